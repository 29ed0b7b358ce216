"""Conversations over the generated tables coffee_roastery_orders.csv, power_outages.csv and
app_store_metrics.csv."""

from __future__ import annotations

import pandas as pd

from tests.sealed8.cases import (
    BAR,
    LINE,
    NO,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

COFFEE = "coffee_roastery_orders.csv"
OUTAGES = "power_outages.csv"
APPS = "app_store_metrics.csv"


def coffee_roastery_orders() -> list[SealedCase]:
    c = load(COFFEE, "ORDER_DT", "%Y.%m.%d")
    year = c["_d"].dt.year
    eur = c["LINE_TOTAL_CT"] / 100
    kg = c["BAG_G"] * c["QTY"] / 1000
    rev = eur.groupby(year).sum()
    whsl = c["CHANNEL"] == "WHSL"
    whsl_kg = kg[whsl].groupby(year[whsl]).sum()
    assert rev[2024] > rev[2023] and whsl_kg[2024] > whsl_kg[2023]
    line_mean = eur.groupby(c["CHANNEL"]).mean()
    by_moy = eur.groupby(c["_d"].dt.month).sum()
    cafe = c["CHANNEL"] == "CAFE"
    web23 = c[(c["CHANNEL"] == "WEB") & (year == 2023)]
    whsl_eur = eur[whsl]
    weekend24 = (c["_d"].dt.weekday >= 5) & (year == 2024)
    return [
        one(COFFEE, "units-columns", "2024 turnover in euros", num(rev[2024])),
        one(COFFEE, "aggregate", "how many orders (not lines) did we get altogether",
            num(c["ORDER_NO"].nunique())),
        one(COFFEE, "units-columns", "how many kg of coffee did we sell in total", num(kg.sum())),
        one(COFFEE, "units-columns", "avg unit price on the 1kg-bag order lines, in euros",
            num(c[c["BAG_G"] == 1000]["UNIT_PRICE_CT"].mean() / 100)),
        one(COFFEE, "group", "revenue by channel in eur", num(*eur.groupby(c["CHANNEL"]).sum())),
        one(COFFEE, "group", "average qty per line for each bag size",
            num(*c.groupby("BAG_G")["QTY"].mean().tolist())),
        one(COFFEE, "ranking", "top 3 beans by kg sold", ranked(kg.groupby(c["BEAN"]).sum(), 3)),
        one(COFFEE, "ranking", "rank all six beans by revenue (eur)",
            ranked(eur.groupby(c["BEAN"]).sum(), 6)),
        one(COFFEE, "compare", "avg line value web vs wholesale, in euros",
            num(line_mean["WEB"], line_mean["WHSL"])),
        one(COFFEE, "derived", "when we did give a discount, what was the avg discount %",
            num(c["DISC_PCT"].mean())),
        one(COFFEE, "derived", "average order value in eur (all lines of an order added up)",
            num(eur.groupby(c["ORDER_NO"]).sum().mean())),
        one(COFFEE, "per-normalise", "bags per order on average",
            num(c["QTY"].sum() / c["ORDER_NO"].nunique())),
        one(COFFEE, "numbers-in-question", "how many lines were worth more than €200",
            num((c["LINE_TOTAL_CT"] > 20000).sum())),
        one(COFFEE, "numbers-in-question", "how many web lines were for 500g bags",
            num(((c["CHANNEL"] == "WEB") & (c["BAG_G"] == 500)).sum())),
        one(COFFEE, "date-part",
            "which calendar month brings in the most revenue (both years added)? how many euros",
            num(by_moy.max())),
        one(COFFEE, "date-part", "weekend takings in 2024, in euros", num(eur[weekend24].sum())),
        one(COFFEE, "percent-change", "revenue growth 2023 -> 2024 in %",
            num(pct_change(rev[2023], rev[2024]))),
        one(COFFEE, "percent-change", "kg sold to wholesale: up how many pct from 2023 to 2024",
            num(pct_change(whsl_kg[2023], whsl_kg[2024]))),
        one(COFFEE, "superlative", "which of our cafes took the most kilos? how many kg",
            num(kg[cafe].groupby(c[cafe]["CUST_ID"]).sum().max())),
        one(COFFEE, "coverage", "how many distinct web customers do we have",
            num(c[c["CHANNEL"] == "WEB"]["CUST_ID"].nunique())),
        one(COFFEE, "chart", "monthly revenue trend as a line", LINE),
        SealedCase(COFFEE, [
            ("how many ETH-YIR bags did the web shop sell in 2023",
             num(web23[web23["BEAN"] == "ETH-YIR"]["QTY"].sum())),
            ("and KEN-AA?", num(web23[web23["BEAN"] == "KEN-AA"]["QTY"].sum())),
        ], "follow-up"),
        SealedCase(COFFEE, [
            ("avg line total for WHSL in eur", num(whsl_eur.mean())),
            ("same but median", num(whsl_eur.median())),
        ], "follow-up"),
        one(COFFEE, "unanswerable", "what's our gross margin after green coffee costs", NO),
        one(COFFEE, "unanswerable", "which roast level sells best, light or dark", NO),
        one(COFFEE, "unanswerable", "how satisfied are customers - avg review score", NO),
    ]  # fmt: skip


def _outages() -> pd.DataFrame:
    o = load(OUTAGES, "Start", "%m-%d-%Y %H:%M")
    restored = pd.to_datetime(o["Restored"], format="%m-%d-%Y %H:%M")
    o["_mins"] = (restored - o["_d"]).dt.total_seconds() / 60
    return o


def power_outages() -> list[SealedCase]:
    o = _outages()
    year = o["_d"].dt.year
    mins = o["_mins"]
    cust = o["CustOut"]
    count = o.groupby(year).size()
    assert count[2024] > count[2022]
    cause = o.groupby("CauseCd")["CustOut"].mean()
    by_moy = o.groupby(o["_d"].dt.month).size()
    veg = o[o["CauseCd"] == "VEG"]
    veg_y = veg.groupby(veg["_d"].dt.year)["_mins"].mean()
    planned = o[o["CauseCd"] == "PLN"].groupby("Region").size()
    y24 = o[year == 2024]
    return [
        one(OUTAGES, "aggregate", "how many unplanned outages have we had",
            num((o["CauseCd"] != "PLN").sum())),
        one(OUTAGES, "aggregate", "total customers affected in 2023",
            num(cust[year == 2023].sum())),
        one(OUTAGES, "derived", "avg outage duration in minutes (restored ones)", num(mins.mean())),
        one(OUTAGES, "derived", "total customer-minutes lost in 2024 (customers out x minutes)",
            num((y24["CustOut"] * y24["_mins"]).sum())),
        one(OUTAGES, "units-columns", "avg restoration time in hours for weather (WX) outages",
            num(o[o["CauseCd"] == "WX"]["_mins"].mean() / 60)),
        one(OUTAGES, "units-columns", "total crew time in 2024 expressed in days (24h days)",
            num(y24["CrewHrs"].sum() / 24)),
        one(OUTAGES, "group", "outages by cause code", num(*o.groupby("CauseCd").size())),
        one(OUTAGES, "ranking", "top 3 feeders by number of outages",
            ranked(o.groupby("Feeder").size(), 3)),
        one(OUTAGES, "ranking", "rank the regions by total customers affected",
            ranked(o.groupby("Region")["CustOut"].sum(), 5)),
        one(OUTAGES, "compare", "avg customers affected, weather vs equipment outages",
            num(cause["WX"], cause["EQP"])),
        one(OUTAGES, "date-part",
            "which month of the year sees the most outages (all years together)? how many",
            num(by_moy.max())),
        one(OUTAGES, "date-part", "how many outages started between midnight and 6am",
            num((o["_d"].dt.hour < 6).sum())),
        one(OUTAGES, "percent-change", "change in the number of outages from 2022 to 2024, %",
            num(pct_change(count[2022], count[2024]))),
        one(OUTAGES, "numbers-in-question",
            "how many outages knocked out more than 1,000 customers",
            num((cust > 1000).sum())),
        one(OUTAGES, "numbers-in-question", "count of outages that lasted 4+ hours",
            num((mins >= 240).sum())),
        one(OUTAGES, "per-normalise", "outages per feeder on average",
            num(len(o) / o["Feeder"].nunique())),
        one(OUTAGES, "superlative", "biggest single outage by customers affected - how many",
            num(cust.max())),
        one(OUTAGES, "coverage", "how many regions and feeders are in this data",
            num(o["Region"].nunique(), o["Feeder"].nunique())),
        one(OUTAGES, "chart", "bar chart of outages per region", BAR),
        SealedCase(OUTAGES, [
            ("avg duration of VEG outages in 2023, mins", num(veg_y[2023])),
            ("and in 2024?", num(veg_y[2024])),
        ], "follow-up"),
        SealedCase(OUTAGES, [
            ("how many planned outages in NORTH", num(planned["NORTH"])),
            ("what about METRO", num(planned["METRO"])),
            ("show planned outages for every region as a bar chart", BAR),
        ], "follow-up"),
        one(OUTAGES, "unanswerable", "what did the outages cost us in dollars", NO),
        one(OUTAGES, "unanswerable", "avg wind speed during weather outages", NO),
        one(OUTAGES, "unanswerable", "which repair crew took the longest to restore power", NO),
    ]  # fmt: skip


def _apps() -> pd.DataFrame:
    a = load(APPS, "Month", "%b-%y")
    return a.pivot_table(
        index=["_d", "App", "Platform"], columns="Metric", values="Value"
    ).reset_index()


def app_store_metrics() -> list[SealedCase]:
    a = _apps()
    year = a["_d"].dt.year
    y24 = a[year == 2024]
    rev = "Revenue (USD k)"
    pl = a[a["App"] == "PocketLedger"].groupby(year)["Downloads"].sum()
    assert pl[2024] > pl[2022]
    snap = a[(a["App"] == "SnapChef") & (a["Platform"] == "Android")]
    zen = y24[y24["App"] == "ZenTimer"]
    trail23 = a[(a["App"] == "TrailMate") & (year == 2023)]["Downloads"].sum()
    zen23 = a[(a["App"] == "ZenTimer") & (year == 2023)]["Downloads"].sum()
    pl24 = y24[y24["App"] == "PocketLedger"].set_index("Platform")["MAU"].groupby(level=0)
    platform = y24.groupby("Platform")[rev].sum()
    q4 = y24[y24["_d"].dt.month >= 10]
    return [
        one(APPS, "long-format", "total downloads in 2024, all apps", num(y24["Downloads"].sum())),
        one(APPS, "long-format", "PocketLedger revenue for 2023 (usd k)",
            num(a[(a["App"] == "PocketLedger") & (year == 2023)][rev].sum())),
        one(APPS, "long-format", "avg crash rate for SnapChef on android in 2024",
            num(snap[snap["_d"].dt.year == 2024]["Crash Rate (%)"].mean())),
        one(APPS, "long-format", "TrailMate's average rating on iOS",
            num(a[(a["App"] == "TrailMate") & (a["Platform"] == "iOS")]["Avg Rating"].mean())),
        one(APPS, "units-columns", "total 2024 revenue in dollars, not thousands",
            num(y24[rev].sum() * 1000)),
        one(APPS, "group", "2024 downloads by app",
            num(*y24.groupby("App")["Downloads"].sum().tolist())),
        one(APPS, "group", "how are the apps doing on crash rate - avg per app over 2024",
            num(*y24.groupby("App")["Crash Rate (%)"].mean().tolist())),
        one(APPS, "ranking", "top 3 apps by revenue in 2024",
            ranked(y24.groupby("App")[rev].sum(), 3)),
        one(APPS, "compare", "iOS vs Android revenue in 2024 (usd k)",
            num(platform["iOS"], platform["Android"])),
        one(APPS, "percent-change", "how much did PocketLedger downloads grow 2022 to 2024, pct",
            num(pct_change(pl[2022], pl[2024]))),
        one(APPS, "date-part", "total downloads in Q4 2024", num(q4["Downloads"].sum())),
        one(APPS, "superlative", "worst monthly crash rate for SnapChef on android? give the rate",
            num(snap["Crash Rate (%)"].max())),
        one(APPS, "numbers-in-question",
            "in how many app/platform/month rows was the crash rate above 1.5%",
            num((a["Crash Rate (%)"] > 1.5).sum())),
        one(APPS, "derived",
            "revenue per download for ZenTimer in 2024, in $ (total revenue / total downloads)",
            num(zen[rev].sum() * 1000 / zen["Downloads"].sum())),
        one(APPS, "per-normalise", "avg star rating per app (all months, both stores)",
            num(*a.groupby("App")["Avg Rating"].mean().tolist())),
        one(APPS, "coverage", "how many months of data do we have for QuizPop",
            num(a[a["App"] == "QuizPop"]["_d"].nunique())),
        one(APPS, "chart", "chart SnapChef downloads month by month", LINE),
        SealedCase(APPS, [
            ("total downloads for TrailMate in 2023", num(trail23)),
            ("and ZenTimer?", num(zen23)),
            ("show every app's 2023 downloads as a bar chart", BAR),
        ], "follow-up"),
        SealedCase(APPS, [
            ("avg MAU for PocketLedger on android in 2024", num(pl24.mean()["Android"])),
            ("what about iOS", num(pl24.mean()["iOS"])),
        ], "follow-up"),
        one(APPS, "unanswerable", "how many downloads came from germany", NO),
        one(APPS, "unanswerable", "how much did we spend on ads per install", NO),
        one(APPS, "unanswerable", "what are users complaining about in their reviews", NO),
    ]  # fmt: skip


def cases() -> list[SealedCase]:
    return coffee_roastery_orders() + power_outages() + app_store_metrics()
