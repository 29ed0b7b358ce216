"""Conversations over three generated business tables: an online shop's returns, a research
funder's grant applications, and a consultancy's weekly timesheets."""

from __future__ import annotations

import pandas as pd

from tests.sealed6.cases import (
    BAR,
    NO,
    PIE,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

REFUND = "Refund (cents)"
ASKED = "Requested (£k)"
GIVEN = "Awarded (£k)"
RATE = "BillRate ($/h)"


def cases() -> list[SealedCase]:
    return _returns() + _grants() + _timesheets()


def _returns() -> list[SealedCase]:
    t = "ecommerce_returns.csv"
    r = load(t, "Return Date", "%d/%m/%Y")
    back = r["_d"]
    year = back.dt.year
    ordered = pd.to_datetime(r["Order Date"], format="%d/%m/%Y")
    refund = r[REFUND]

    def restocked(channel: str) -> float:
        return (r.loc[r["Channel"] == channel, "Restocked"] == "Y").mean() * 100

    electronics = r["Category"] == "Electronics"
    market = r["Channel"] == "Marketplace"
    return [
        one(
            t,
            "units-columns",
            "total refunded in 2024 in dollars (going by return date)",
            num(refund[year == 2024].sum() / 100),
        ),
        one(
            t,
            "aggregate",
            "how many returns came in during dec 2023",
            num(((year == 2023) & (back.dt.month == 12)).sum()),
        ),
        one(
            t,
            "date-part",
            "which weekday do most returns arrive on",
            num(back.dt.day_name().value_counts().max()),
        ),
        one(
            t,
            "derived",
            "avg days between order and return",
            num((back - ordered).dt.days.mean()),
        ),
        one(
            t,
            "group",
            "no. of returns by reason code",
            num(*r["Reason Cd"].value_counts()),
        ),
        one(
            t,
            "compare",
            "was the restock rate (in %) higher for web or app returns",
            num(restocked("Web"), restocked("App")),
        ),
        one(
            t,
            "numbers-in-question",
            "how many returns had a refund over $100",
            num((refund > 10_000).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many returns were for 3 or more units",
            num((r["Qty"] >= 3).sum()),
        ),
        one(t, "per-normalise", "avg units per return", num(r["Qty"].mean())),
        one(
            t,
            "derived",
            "refund per unit in $, total refunds over total qty",
            num(refund.sum() / r["Qty"].sum() / 100),
        ),
        one(
            t,
            "ranking",
            "top 3 skus by total refund in dollars",
            ranked(r.groupby("SKU")[REFUND].sum() / 100, 3),
        ),
        one(t, "superlative", "biggest single refund in dollars", num(refund.max() / 100)),
        one(
            t,
            "long-format",
            "how many footwear returns were for wrong size (WSZ)",
            num(((r["Category"] == "Footwear") & (r["Reason Cd"] == "WSZ")).sum()),
        ),
        one(
            t,
            "percent-change",
            "pct change in the number of returns from 2023 to 2024 (by return date)",
            num(pct_change((year == 2023).sum(), (year == 2024).sum())),
        ),
        one(
            t,
            "long-format",
            "total refunded for damaged (DMG) items returned in 2024, in $",
            num(refund[(r["Reason Cd"] == "DMG") & (year == 2024)].sum() / 100),
        ),
        one(
            t,
            "date-part",
            "which month of the year sees the most returns, both years together",
            num(back.dt.month.value_counts().max()),
        ),
        one(t, "coverage", "what date range do the returns cover", num(year.min(), year.max())),
        one(t, "chart", "pie chart of returns by channel", PIE),
        one(t, "unanswerable", "whats our return rate as a % of all orders", NO),
        one(t, "unanswerable", "which customers return the most", NO),
        one(t, "unanswerable", "how many returns did we get in 2022", NO),
        SealedCase(
            t,
            [
                (
                    "total refunds for electronics returned in 2023, in $",
                    num(refund[electronics & (year == 2023)].sum() / 100),
                ),
                ("and for 2024?", num(refund[electronics & (year == 2024)].sum() / 100)),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "how many marketplace returns did we receive in 2024",
                    num((market & (year == 2024)).sum()),
                ),
                ("and via the app?", num(((r["Channel"] == "App") & (year == 2024)).sum())),
            ],
            "follow-up",
        ),
    ]


def _grants() -> list[SealedCase]:
    t = "grant_awards.csv"
    a = load(t)
    submitted = pd.to_datetime(a["Submitted"].astype(str), format="%Y%m%d")
    decided = pd.to_datetime(a["DecisionDt"], format="%b %d, %Y")
    year = submitted.dt.year
    outcome = a["Outcome"]
    funded = outcome == "Funded"
    counts = year.value_counts()
    life = funded & (a["Panel"] == "LIFE")
    return [
        one(
            t, "coverage", "which years were applications submitted in", num(year.min(), year.max())
        ),
        one(
            t,
            "aggregate",
            "for apps submitted in 2021 how much was awarded in total (£k)",
            num(a.loc[year == 2021, GIVEN].sum()),
        ),
        one(
            t,
            "derived",
            "success rate, funded / (funded + rejected), in %",
            num(funded.sum() / outcome.isin(["Funded", "Rejected"]).sum() * 100),
        ),
        one(
            t,
            "group",
            "number of funded applications per panel",
            num(*a[funded].groupby("Panel").size()),
        ),
        one(
            t,
            "units-columns",
            "total requested across all applications in £ millions",
            num(a[ASKED].sum() / 1000),
        ),
        one(
            t,
            "numbers-in-question",
            "how many applicatons asked for more than £1m",
            num((a[ASKED] > 1000).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many apps scored 5 or above",
            num((a["PanelScore"] >= 5).sum()),
        ),
        one(
            t,
            "compare",
            "is the avg award bigger for female or male PIs",
            num(
                a.loc[a["PI_Gender"] == "F", GIVEN].mean(),
                a.loc[a["PI_Gender"] == "M", GIVEN].mean(),
            ),
        ),
        one(
            t,
            "percent-change",
            "% change in the number of applications from 2020 to 2023",
            num(pct_change(counts[2020], counts[2023])),
        ),
        one(
            t,
            "derived",
            "for funded grants, total awarded as a % of total requested",
            num(a.loc[funded, GIVEN].sum() / a.loc[funded, ASKED].sum() * 100),
        ),
        one(
            t,
            "date-part",
            "on which weekday do most applications get submitted",
            num(submitted.dt.day_name().value_counts().max()),
        ),
        one(
            t,
            "ranking",
            "rank the schemes by avg amount requested",
            ranked(a.groupby("Scheme")[ASKED].mean(), 4),
        ),
        one(t, "superlative", "largest single award (£k)", num(a[GIVEN].max())),
        one(
            t,
            "derived",
            "avg days from submission to decision",
            num((decided - submitted).dt.days.mean()),
        ),
        one(
            t,
            "per-normalise",
            "for apps submitted in 2022, avg award per funded application",
            num(a.loc[funded & (year == 2022), GIVEN].mean()),
        ),
        one(
            t,
            "long-format",
            "how many applications are still pending",
            num((outcome == "Pending").sum()),
        ),
        one(t, "chart", "bar chart of applications per year", BAR),
        one(t, "unanswerable", "which university got the most money", NO),
        one(t, "unanswerable", "how many papers did the funded projects publish", NO),
        one(t, "unanswerable", "how many apps were submitted in 2016", NO),
        SealedCase(
            t,
            [
                (
                    "how many LIFE panel apps submitted in 2019 got funded",
                    num((life & (year == 2019)).sum()),
                ),
                ("and in 2020?", num((life & (year == 2020)).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "avg panel score for fellowship applications",
                    num(a.loc[a["Scheme"] == "Fellowship", "PanelScore"].mean()),
                ),
                (
                    "and early career?",
                    num(a.loc[a["Scheme"] == "Early Career", "PanelScore"].mean()),
                ),
            ],
            "follow-up",
        ),
    ]


def _timesheets() -> list[SealedCase]:
    t = "timesheets.csv"
    s = load(t, "WkEnding", "%d-%b-%y")
    week = s["_d"]
    bill = s["BillHrs"]
    overtime = s["OT Hrs"]
    per_person = s.groupby("EmpNo")["BillHrs"].sum()
    quarter = week.dt.quarter
    pending = s["Approved"] == "N"
    return [
        one(t, "aggregate", "total billable hours in 2024", num(bill.sum())),
        one(
            t,
            "units-columns",
            "total overtime hrs for the AUD dept",
            num(overtime[s["Dept"] == "AUD"].sum()),
        ),
        one(
            t,
            "derived",
            "utilisation: billable hours as a % of billable + non-billable",
            num(bill.sum() / (bill.sum() + s["NonBillHrs"].sum()) * 100),
        ),
        one(
            t,
            "derived",
            "how much could we bill in total, hours x rate",
            num((bill * s[RATE]).sum()),
        ),
        one(
            t,
            "group",
            "avg billable hours per timesheet by grade",
            num(*s.groupby("Grade")["BillHrs"].mean()),
        ),
        one(
            t,
            "per-normalise",
            "avg billable hours per employee over the year",
            num(bill.sum() / s["EmpNo"].nunique()),
        ),
        one(t, "per-normalise", "billable hrs per dept", num(*s.groupby("Dept")["BillHrs"].sum())),
        one(
            t,
            "date-part",
            "which month had the most overtime and how many hrs (going by week ending date)",
            num(s.groupby(week.dt.month)["OT Hrs"].sum().max()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many employees billed over 1.5k hrs in the year",
            num((per_person > 1500).sum()),
        ),
        one(
            t,
            "compare",
            "do remote weeks or office weeks have more billable hours on average",
            num(bill[s["Remote?"] == "Y"].mean(), bill[s["Remote?"] == "N"].mean()),
        ),
        one(
            t,
            "ranking",
            "top 5 clients by billable hours",
            ranked(s.groupby("ClientCode")["BillHrs"].sum(), 5),
        ),
        one(t, "superlative", "most OT anyone logged in a single week", num(overtime.max())),
        one(
            t,
            "percent-change",
            "% change in total billable hours from Q3 to Q4, by week ending",
            num(pct_change(bill[quarter == 3].sum(), bill[quarter == 4].sum())),
        ),
        one(t, "chart", "bar chart of total billable hours by dept", BAR),
        one(t, "unanswerable", "whats each employees salary", NO),
        one(t, "unanswerable", "how did utilisation in 2023 compare with this year", NO),
        one(t, "unanswerable", "how many sick days did the tax team take", NO),
        SealedCase(
            t,
            [
                ("how many timesheets are still unapproved", num(pending.sum())),
                (
                    "and how many of them are from TECH?",
                    num((pending & (s["Dept"] == "TECH")).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "total billable hrs for weeks ending in march",
                    num(bill[week.dt.month == 3].sum()),
                ),
                ("and april?", num(bill[week.dt.month == 4].sum())),
            ],
            "follow-up",
        ),
    ]
