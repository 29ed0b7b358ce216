"""Conversations over the generated tables subscription_billing, warehouse_shipments and
call_centre_log."""

from __future__ import annotations

import pandas as pd

from tests.sealed4.cases import BAR, LINE, NO, SealedCase, load, num, one, pct_change, ranked


def _billing() -> pd.DataFrame:
    return load("subscription_billing.csv", date="InvDate", fmt="%Y-%m-%d")


def subscription_billing() -> list[SealedCase]:
    t = "subscription_billing.csv"
    b = _billing()
    year = b["_d"].dt.year
    paid = b["Status"] == "Paid"
    amount = b["NetAmt_USD"]
    failed_share = b.groupby("PayMethod")["Status"].apply(lambda s: (s == "Failed").mean() * 100)
    per_customer = b.groupby("CustID").size()
    growth_paid = paid & (b["Plan"] == "Growth")
    y2023 = b[year == 2023]
    weekday_2023 = y2023["_d"].dt.day_name().value_counts()
    return [
        one(
            t,
            "aggregate",
            "total NetAmt_USD of paid invoices dated in 2023",
            num(amount[paid & (year == 2023)].sum()),
        ),
        one(
            t,
            "aggregate",
            "how many invoices faild in 2024?",
            num(((b["Status"] == "Failed") & (year == 2024)).sum()),
        ),
        one(
            t,
            "aggregate",
            "avg net amount of an enterprise invoice",
            num(amount[b["Plan"] == "Enterprise"].mean()),
        ),
        one(
            t,
            "ranking",
            "top 5 countries by net amount of paid invoices",
            ranked(amount[paid].groupby(b.loc[paid, "Country"]).sum(), 5),
        ),
        one(
            t,
            "superlative",
            "which payment method has the highest failure rate (failed invoices as % of that "
            "method's invoices)",
            num(failed_share.max()),
        ),
        one(
            t,
            "percent-change",
            "yoy % change in total NetAmt_USD (all invoices, any status) from 2023 to 2024",
            num(pct_change(amount[year == 2023].sum(), amount[year == 2024].sum())),
        ),
        one(
            t,
            "date-part",
            "which weekday had the most invoices in 2023 and how many",
            num(weekday_2023.max()),
        ),
        one(
            t,
            "date-part",
            "how many invoices are dated on a saturday or sunday",
            num((b["_d"].dt.day_of_week >= 5).sum()),
        ),
        one(
            t,
            "derived",
            "refunded invoices as a pct of all invoices",
            num((b["Status"] == "Refunded").mean() * 100),
        ),
        one(
            t,
            "derived",
            "total discount given in dollars on annual invoices (ListPrice_USD minus NetAmt_USD)",
            num((b["ListPrice_USD"] - amount)[b["Cycle"] == "annual"].sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many invoices had a net amount over $2.5k",
            num((amount > 2500).sum()),
        ),
        one(
            t,
            "long-format",
            "how many refunded invoices were on the Scale plan",
            num(((b["Status"] == "Refunded") & (b["Plan"] == "Scale")).sum()),
        ),
        one(
            t,
            "per-normalise",
            "avg number of invoices per customer",
            num(per_customer.mean()),
        ),
        one(
            t,
            "per-normalise",
            "number of invoices per plan",
            num(*b["Plan"].value_counts()),
        ),
        one(
            t,
            "compare",
            "is the avg invoice net amount higher for card or ACH payments?",
            num(amount[b["PayMethod"] == "card"].mean(), amount[b["PayMethod"] == "ACH"].mean()),
        ),
        one(
            t,
            "aggregate",
            "total tax collected in USD on paid invoices from GB customers",
            num(b.loc[paid & (b["Country"] == "GB"), "Tax_USD"].sum()),
        ),
        one(
            t,
            "group",
            "count of invoices by status",
            num(*b["Status"].value_counts()),
        ),
        one(
            t,
            "ranking",
            "top 3 plans by paid net amount in 2024",
            ranked(
                amount[paid & (year == 2024)].groupby(b.loc[paid & (year == 2024), "Plan"]).sum(), 3
            ),
        ),
        one(
            t,
            "long-format",
            "how many pending invoices are there",
            num((b["Status"] == "Pending").sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many invoices had a discount of 15% or more",
            num((b["DiscPct"] >= 15).sum()),
        ),
        one(
            t,
            "percent-change",
            "pct change in the number of invoices from 2022 to 2023",
            num(pct_change((year == 2022).sum(), (year == 2023).sum())),
        ),
        one(t, "unanswerable", "what was our profit margin in 2024", NO),
        one(t, "unanswerable", "total paid revenue from customers in japan", NO),
        one(t, "unanswerable", "which sales rep closed the most enterprise deals", NO),
        one(t, "unanswerable", "forecast: what will total NetAmt be in 2025?", NO),
        SealedCase(
            t,
            [
                (
                    "total paid NetAmt for the Growth plan in 2023",
                    num(amount[growth_paid & (year == 2023)].sum()),
                ),
                (
                    "what about Scale?",
                    num(amount[paid & (b["Plan"] == "Scale") & (year == 2023)].sum()),
                ),
                (
                    "and scale in 2024",
                    num(amount[paid & (b["Plan"] == "Scale") & (year == 2024)].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "how many invoices went to customers in DE in 2022",
                    num(((b["Country"] == "DE") & (year == 2022)).sum()),
                ),
                ("and FR?", num(((b["Country"] == "FR") & (year == 2022)).sum())),
            ],
            "follow-up",
        ),
        one(t, "chart", "plot monthly total NetAmt_USD as a line", LINE),
    ]


def _shipments() -> pd.DataFrame:
    frame = load("warehouse_shipments.csv", date="ShipDate", fmt="%d/%m/%Y")
    frame["_delivered"] = pd.to_datetime(frame["DeliveredDate"], format="%d/%m/%Y")
    return frame


def warehouse_shipments() -> list[SealedCase]:
    t = "warehouse_shipments.csv"
    w = _shipments()
    year = w["_d"].dt.year
    freight = w["Freight (GBP)"]
    transit = (w["_delivered"] - w["_d"]).dt.days
    q1 = w["_d"].dt.quarter == 1
    month_counts = w["_d"].dt.month.value_counts()
    return [
        one(t, "aggregate", "totl freight spend in 2024", num(freight[year == 2024].sum())),
        one(
            t,
            "aggregate",
            "avg weight of Pallet service shipments in kg",
            num(w.loc[w["Service"] == "Pallet", "Weight (kg)"].mean()),
        ),
        one(t, "long-format", "how many shipmnets were lost?", num((w["Status"] == "Lost").sum())),
        one(
            t,
            "long-format",
            "number of returned shipments that went by royal mail",
            num(((w["Status"] == "Returned") & (w["Carrier"] == "Royal Mail")).sum()),
        ),
        one(
            t,
            "ranking",
            "top 3 destination regions by number of shipments",
            ranked(w["DestRegion"].value_counts(), 3),
        ),
        one(
            t,
            "group",
            "average freight cost per shipment for each carrier",
            num(*freight.groupby(w["Carrier"]).mean()),
        ),
        one(
            t,
            "derived",
            "avg calendar days from ShipDate to DeliveredDate for Next Day shipments with "
            "status Delivered",
            num(transit[(w["Service"] == "Next Day") & (w["Status"] == "Delivered")].mean()),
        ),
        one(
            t,
            "derived",
            "freight per kg overall: total freight divided by total weight",
            num(freight.sum() / w["Weight (kg)"].sum()),
        ),
        one(t, "per-normalise", "cartons per shipment on avg", num(w["Cartons"].mean())),
        one(
            t,
            "per-normalise",
            "how many cartons per origin warehouse",
            num(*w.groupby("OriginWH")["Cartons"].sum()),
        ),
        one(
            t,
            "percent-change",
            "% change in freight spend from oct 2023 to oct 2024",
            num(
                pct_change(
                    freight[(year == 2023) & (w["_d"].dt.month == 10)].sum(),
                    freight[(year == 2024) & (w["_d"].dt.month == 10)].sum(),
                )
            ),
        ),
        one(
            t,
            "percent-change",
            "pct change in the number of shipments, Q1 2023 vs Q1 2024",
            num(pct_change((q1 & (year == 2023)).sum(), (q1 & (year == 2024)).sum())),
        ),
        one(
            t,
            "date-part",
            "which calendar month ships the most (both years together)? how many shipments",
            num(month_counts.max()),
        ),
        one(
            t,
            "date-part",
            "how many shipments went out on a monday",
            num((w["_d"].dt.day_of_week == 0).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many shipments weighed over half a tonne",
            num((w["Weight (kg)"] > 500).sum()),
        ),
        one(
            t,
            "compare",
            "is avg freight higher out of MAN1 or BHX2",
            num(freight[w["OriginWH"] == "MAN1"].mean(), freight[w["OriginWH"] == "BHX2"].mean()),
        ),
        one(
            t,
            "group",
            "total freight by service in 2024",
            num(*freight[year == 2024].groupby(w.loc[year == 2024, "Service"]).sum()),
        ),
        one(
            t,
            "long-format",
            "how many shipments are still in transit",
            num((w["Status"] == "In transit").sum()),
        ),
        one(
            t,
            "units-columns",
            "total weight shipped in 2024, in tonnes",
            num(w.loc[year == 2024, "Weight (kg)"].sum() / 1000),
        ),
        one(
            t,
            "superlative",
            "which carrier has the highest avg weight per shipment",
            num(w.groupby("Carrier")["Weight (kg)"].mean().max()),
        ),
        one(t, "unanswerable", "what was the fuel surcharge we paid in 2024", NO),
        one(t, "unanswerable", "how many shipments went to france", NO),
        one(t, "unanswerable", "which driver delivered the most parcels", NO),
        SealedCase(
            t,
            [
                (
                    "how many shipments went to scotland in 2023",
                    num(((w["DestRegion"] == "Scotland") & (year == 2023)).sum()),
                ),
                ("and wales?", num(((w["DestRegion"] == "Wales") & (year == 2023)).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "avg freight for DPD shipments",
                    num(freight[w["Carrier"] == "DPD"].mean()),
                ),
                ("what about XPO", num(freight[w["Carrier"] == "XPO"].mean())),
            ],
            "follow-up",
        ),
        one(t, "chart", "bar chart of shipment counts by carrier", BAR),
    ]


def _calls() -> pd.DataFrame:
    return load("call_centre_log.csv", date="call_start", fmt="%Y-%m-%d %H:%M:%S")


def call_centre_log() -> list[SealedCase]:
    t = "call_centre_log.csv"
    c = _calls()
    month = c["_d"].dt.month
    abandoned = c["outcome"] == "Abandoned"
    hours = c["_d"].dt.hour.value_counts()
    weekdays = c["_d"].dt.day_name().value_counts()
    csat_by_agent = c.groupby("agent")["csat_1to5"].mean()
    tech = c[c["team"] == "Tech Support"]
    billing_jan = (c["team"] == "Billing") & (month == 1)
    return [
        one(
            t,
            "units-columns",
            "avg wait time in minutes",
            num(c["wait_sec"].mean() / 60),
        ),
        one(
            t,
            "units-columns",
            "total talk time in hours for the Moving Home team",
            num(c.loc[c["team"] == "Moving Home", "talk_sec"].sum() / 3600),
        ),
        one(
            t,
            "derived",
            "abandonment rate in march (abandoned calls as % of all march calls)",
            num(abandoned[month == 3].mean() * 100),
        ),
        one(t, "group", "avg talk_sec by team", num(*c.groupby("team")["talk_sec"].mean())),
        one(
            t,
            "ranking",
            "top 3 agents by number of resovled calls",
            ranked(c.loc[c["outcome"] == "Resolved", "agent"].value_counts(), 3),
        ),
        one(
            t,
            "superlative",
            "which agent has the highest avg csat",
            num(csat_by_agent.max()),
        ),
        one(
            t,
            "date-part",
            "busiest hour of the day - how many calls started in that hour",
            num(hours.idxmax(), hours.max()),
        ),
        one(
            t,
            "date-part",
            "what weekday gets the most calls, and how many",
            num(weekdays.max()),
        ),
        one(
            t,
            "per-normalise",
            "on average how many calls does each agent handle",
            num(c["agent"].value_counts().mean()),
        ),
        one(t, "per-normalise", "calls per team", num(*c["team"].value_counts())),
        one(
            t,
            "compare",
            "is avg csat higher for repeat callers or non-repeat callers",
            num(*c.groupby("repeat_caller")["csat_1to5"].mean()),
        ),
        one(
            t,
            "derived",
            "what pct of tech support calls were escalated",
            num((tech["outcome"] == "Escalated").mean() * 100),
        ),
        one(
            t,
            "numbers-in-question",
            "how many calls waited more than 5 mins",
            num((c["wait_sec"] > 300).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "number of calls with over 15 min of talk time",
            num((c["talk_sec"] > 900).sum()),
        ),
        one(
            t,
            "long-format",
            "how many calls ended with a callback in april",
            num(((c["outcome"] == "Callback") & (month == 4)).sum()),
        ),
        one(
            t,
            "coverage",
            "how many different days have calls in this log",
            num(c["_d"].dt.normalize().nunique()),
        ),
        one(
            t,
            "group",
            "abandonment rate by month, in %",
            num(*abandoned.groupby(month).mean() * 100),
        ),
        one(
            t,
            "compare",
            "did january or february have more abandoned calls",
            num((abandoned & (month == 1)).sum(), (abandoned & (month == 2)).sum()),
        ),
        one(
            t,
            "long-format",
            "how many escalated calls did the complaints team have",
            num(((c["outcome"] == "Escalated") & (c["team"] == "Complaints")).sum()),
        ),
        one(t, "unanswerable", "avg handle time for the Sales team", NO),
        one(t, "unanswerable", "which customer called us the most", NO),
        one(t, "unanswerable", "avg csat in july 2024", NO),
        SealedCase(
            t,
            [
                ("avg wait_sec for billing in january", num(c.loc[billing_jan, "wait_sec"].mean())),
                (
                    "what about complaints?",
                    num(c.loc[(c["team"] == "Complaints") & (month == 1), "wait_sec"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "how many calls did Hana take in may",
                    num(((c["agent"] == "Hana") & (month == 5)).sum()),
                ),
                ("and in june", num(((c["agent"] == "Hana") & (month == 6)).sum())),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return subscription_billing() + warehouse_shipments() + call_centre_log()
