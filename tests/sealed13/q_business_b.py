"""Sealed set 13, business half (b): laundromat monthly KPIs (long), dental lab cases, car
wash daily package counts (wide). Asked by a finance/controlling analyst in spreadsheet words."""

from __future__ import annotations

import pandas as pd

from tests.sealed13.cases import (
    BAR,
    HISTOGRAM,
    LINE,
    NO,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

LAU = "laundromat_kpis.csv"
DEN = "dental_lab_cases.csv"
CAR = "car_wash_daily.csv"


def laundromat() -> list[SealedCase]:
    k = load(LAU)
    w = k.pivot_table(index=["Year", "Month", "Site"], columns="KPI", values="Value").reset_index()
    y23 = w[w["Year"] == 2023]
    rev_year = w.groupby("Year")["revenue_usd"].sum()
    east = w[w["Site"] == "Eastgate"].groupby("Year")["revenue_usd"].sum()
    river = w[w["Site"] == "Riverside"].groupby("Year")["washes"].sum()
    q = w.assign(q=(w["Month"] - 1) // 3 + 1)
    return [
        one(LAU, "aggregate", "total washes across all sites in 2023", num(y23["washes"].sum())),
        one(
            LAU,
            "long-format",
            "what did the laundromats take in revenue in 2022",
            num(rev_year[2022]),
        ),
        one(
            LAU,
            "long-format",
            "total dryer cycles by site, all time",
            num(*w.groupby("Site")["dryer_cycles"].sum()),
        ),
        one(LAU, "long-format", "avg downtime hrs per site-month", num(w["downtime_hours"].mean())),
        one(
            LAU,
            "group",
            "avg monthly washes by site for 2023",
            num(*y23.groupby("Site")["washes"].mean()),
        ),
        one(
            LAU,
            "ranking",
            "rank the sites by 2023 revenue, top 3",
            ranked(y23.groupby("Site")["revenue_usd"].sum(), 3),
        ),
        one(
            LAU,
            "superlative",
            "which site had the most machine downtime overall",
            ranked(w.groupby("Site")["downtime_hours"].sum(), 1),
        ),
        one(LAU, "chart", "line chart of monthly revenue over time, all sites", LINE),
        one(
            LAU,
            "compare",
            "riverside vs eastgate total washes 2022",
            num(river[2022], w[(w["Site"] == "Eastgate") & (w["Year"] == 2022)]["washes"].sum()),
        ),
        one(
            LAU,
            "coverage",
            "how many months of figures does campus have",
            num(len(w[w["Site"] == "Campus"])),
        ),
        one(
            LAU, "coverage", "which years does the kpi file cover", num(*sorted(k["Year"].unique()))
        ),
        one(
            LAU,
            "long-format",
            "sum of machine hours for campus in 2023",
            num(y23[y23["Site"] == "Campus"]["machine_hours"].sum()),
        ),
        one(
            LAU,
            "date-part",
            "total washes by quarter, all years and sites pooled",
            num(*q.groupby("q")["washes"].sum()),
        ),
        one(
            LAU,
            "derived",
            "dryer attach rate in 2023 - dryer cycles per wash, all sites",
            num(y23["dryer_cycles"].sum() / y23["washes"].sum()),
        ),
        one(
            LAU,
            "per-normalise",
            "revenue per machine hour in 2023",
            num(y23["revenue_usd"].sum() / y23["machine_hours"].sum()),
        ),
        one(
            LAU,
            "percent-change",
            "eastgate revenue yoy 2023 vs 2022 in %",
            num(pct_change(east[2022], east[2023])),
        ),
        one(
            LAU,
            "numbers-in-question",
            "how many site-months had more than 3.5k washes",
            num((w["washes"] > 3500).sum()),
        ),
        one(
            LAU,
            "units-columns",
            "total downtime in days for 2023, all sites",
            num(y23["downtime_hours"].sum() / 24),
        ),
        one(LAU, "unanswerable", "what's the water cost per wash", NO),
        one(LAU, "unanswerable", "which machine model breaks down most often", NO),
        one(LAU, "unanswerable", "why is old town running below the other sites", NO),
        SealedCase(
            LAU,
            turns=[
                ("total washes at riverside in 2022", num(river[2022])),
                ("now yoy for 2023", num(pct_change(river[2022], river[2023]))),
            ],
            kind="follow-up",
        ),
        SealedCase(
            LAU,
            turns=[
                (
                    "avg monthly revenue per site in 2021",
                    num(w[w["Year"] == 2021]["revenue_usd"].mean()),
                ),
                (
                    "just old town",
                    num(w[(w["Year"] == 2021) & (w["Site"] == "Old Town")]["revenue_usd"].mean()),
                ),
            ],
            kind="follow-up",
        ),
    ]


def dental() -> list[SealedCase]:
    d = load(DEN)
    d["rcvd"] = pd.to_datetime(d["RCVD_DT"], format="%m/%d/%Y")
    d["ship"] = pd.to_datetime(d["SHIP_DT"], format="%m/%d/%Y")
    s = d[d["STATUS"] == "SHIPPED"].copy()
    s["tat"] = (s["ship"] - s["rcvd"]).dt.days
    fee = s["FEE_USD"]
    brg = s[s["CASE_TYPE"] == "BRG"]
    q2 = d[d["rcvd"].dt.quarter == 2].groupby(d["rcvd"].dt.year).size()
    y24 = d[d["rcvd"].dt.year == 2024]

    def remake(t: str) -> float:
        part = s[s["CASE_TYPE"] == t]
        return (part["REMAKE_YN"] == "Y").mean() * 100

    return [
        one(DEN, "aggregate", "sum of fees on shipped cases", num(fee.sum())),
        one(DEN, "aggregate", "median fee per shipped case", num(fee.median())),
        one(
            DEN,
            "group",
            "avg fee by case type, shipped only",
            num(*s.groupby("CASE_TYPE")["FEE_USD"].mean()),
        ),
        one(
            DEN,
            "ranking",
            "top 3 clinics by shipped fees",
            ranked(s.groupby("CLINIC")["FEE_USD"].sum(), 3),
        ),
        one(
            DEN,
            "ranking",
            "bottom 3 clinics by number of cases sent",
            ranked(d["CLINIC"].value_counts(), 3, ascending=True),
        ),
        one(
            DEN,
            "percent-change",
            "avg shipped fee, % change 2024 vs 2023 (by receipt year)",
            num(pct_change(*s.groupby(s["rcvd"].dt.year)["FEE_USD"].mean()[[2023, 2024]])),
        ),
        one(
            DEN,
            "superlative",
            "which material do we use most (case count, all cases)",
            ranked(d["MATERIAL"].value_counts(), 1),
        ),
        one(DEN, "chart", "bar chart of case count by clinic", BAR),
        one(DEN, "chart", "scatter of units vs fee", SCATTER),
        one(
            DEN,
            "compare",
            "zirc vs emax avg fee on shipped cases",
            num(
                s[s["MATERIAL"] == "ZIRC"]["FEE_USD"].mean(),
                s[s["MATERIAL"] == "EMAX"]["FEE_USD"].mean(),
            ),
        ),
        one(DEN, "coverage", "how many distinct clinics send us work", num(d["CLINIC"].nunique())),
        one(
            DEN,
            "date-part",
            "which weekday do most cases come in",
            ranked(d["rcvd"].dt.day_name().value_counts(), 1),
        ),
        one(
            DEN,
            "date-part",
            "cases received per quarter in 2024",
            num(*y24.groupby(y24["rcvd"].dt.quarter).size()),
        ),
        one(DEN, "derived", "avg turnaround days from receipt to ship", num(s["tat"].mean())),
        one(
            DEN,
            "derived",
            "remake rate % on shipped cases",
            num((s["REMAKE_YN"] == "Y").mean() * 100),
        ),
        one(
            DEN,
            "per-normalise",
            "fee per unit on bridges, shipped (total fee / total units)",
            num(brg["FEE_USD"].sum() / brg["UNITS"].sum()),
        ),
        one(
            DEN,
            "percent-change",
            "case intake growth Q2 2024 vs Q2 2023, %",
            num(pct_change(q2[2023], q2[2024])),
        ),
        one(
            DEN,
            "numbers-in-question",
            "how many shipped cases billed over $1k",
            num((fee > 1000).sum()),
        ),
        one(
            DEN,
            "numbers-in-question",
            "shipped cases with turnaround above 10 days",
            num((s["tat"] > 10).sum()),
        ),
        one(
            DEN,
            "units-columns",
            "avg turnaround in weeks for shipped work",
            num(s["tat"].mean() / 7),
        ),
        one(DEN, "unanswerable", "which technician has the most remakes", NO),
        one(DEN, "unanswerable", "what's our profit margin on implant cases", NO),
        one(DEN, "unanswerable", "breakdown of cases by tooth shade", NO),
        SealedCase(
            DEN,
            turns=[
                ("remake rate % for crowns (shipped)", num(remake("CRN"))),
                ("same for veneers", num(remake("VEN"))),
            ],
            kind="follow-up",
        ),
        SealedCase(
            DEN,
            turns=[
                ("how many cases are still open", num((d["STATUS"] == "OPEN").sum())),
                ("and voided", num((d["STATUS"] == "VOID").sum())),
            ],
            kind="follow-up",
        ),
    ]


def car_wash() -> list[SealedCase]:
    c = load(CAR)
    c["d"] = pd.to_datetime(c["dt"], format="%d-%b-%y")
    c["tot"] = c[["bsc", "dlx", "ult", "mbr"]].sum(axis=1)
    c["usd"] = c["rev_c"] / 100
    y = c["d"].dt.year
    hwy = c[c["loc"] == "HWY9"]
    hwy_year = hwy.groupby(hwy["d"].dt.year)["tot"].sum()
    ult = c.groupby(y)["ult"].sum()
    paid = c[["bsc", "dlx", "ult"]].sum().sum()
    return [
        one(CAR, "aggregate", "biggest single-day takings in $, any site", num(c["usd"].max())),
        one(
            CAR,
            "long-format",
            "how many deluxe washes did we sell in 2024",
            num(c[y == 2024]["dlx"].sum()),
        ),
        one(
            CAR,
            "long-format",
            "wash volume by package, all time (basic, deluxe, ultimate, member)",
            num(*c[["bsc", "dlx", "ult", "mbr"]].sum()),
        ),
        one(
            CAR,
            "long-format",
            "total washes across all packages at mill",
            num(c[c["loc"] == "MILL"]["tot"].sum()),
        ),
        one(
            CAR, "group", "avg daily revenue in $ by location", num(*c.groupby("loc")["usd"].mean())
        ),
        one(
            CAR,
            "ranking",
            "rank the wash packages by total volume, top 3",
            ranked(c[["bsc", "dlx", "ult", "mbr"]].sum(), 3),
        ),
        one(
            CAR,
            "superlative",
            "which site does more washes per day on avg",
            ranked(c.groupby("loc")["tot"].mean(), 1),
        ),
        one(CAR, "chart", "scatter of rainfall vs total washes", SCATTER),
        one(CAR, "chart", "histogram of daily staff hours", HISTOGRAM),
        one(
            CAR,
            "compare",
            "mill vs hwy9 total revenue 2024 in dollars",
            num(
                c[(c["loc"] == "MILL") & (y == 2024)]["usd"].sum(),
                hwy[hwy["d"].dt.year == 2024]["usd"].sum(),
            ),
        ),
        one(
            CAR,
            "coverage",
            "how many trading days of data do we have for mill",
            num((c["loc"] == "MILL").sum()),
        ),
        one(
            CAR,
            "date-part",
            "which weekday is busiest - avg total washes per site-day",
            ranked(c.groupby(c["d"].dt.day_name())["tot"].mean(), 1),
        ),
        one(
            CAR,
            "derived",
            "member share of all washes %",
            num(c["mbr"].sum() / c["tot"].sum() * 100),
        ),
        one(
            CAR,
            "per-normalise",
            "washes per staff hour overall",
            num(c["tot"].sum() / c["stf_hrs"].sum()),
        ),
        one(
            CAR,
            "per-normalise",
            "avg revenue per paid (non-member) wash in $",
            num(c["usd"].sum() / paid),
        ),
        one(
            CAR,
            "percent-change",
            "yoy total wash volume at hwy9, 2024 vs 2023",
            num(pct_change(hwy_year[2023], hwy_year[2024])),
        ),
        one(
            CAR,
            "numbers-in-question",
            "how many site-days had more than 10mm of rain",
            num((c["rain_mm"] > 10).sum()),
        ),
        one(
            CAR,
            "numbers-in-question",
            "days where a site took over $2.5k",
            num((c["usd"] > 2500).sum()),
        ),
        one(
            CAR,
            "units-columns",
            "total takings in dollars for 2024, both sites",
            num(c[y == 2024]["usd"].sum()),
        ),
        one(
            CAR,
            "units-columns",
            "avg daily rainfall in cm at hwy9",
            num(hwy["rain_mm"].mean() / 10),
        ),
        one(CAR, "unanswerable", "avg water usage per wash", NO),
        one(CAR, "unanswerable", "do suvs or sedans make up more of our washes", NO),
        one(CAR, "unanswerable", "avg customer wait time in the queue", NO),
        SealedCase(
            CAR,
            turns=[
                ("total ultimate washes 2023", num(ult[2023])),
                ("now 2024", num(ult[2024])),
                ("yoy %", num(pct_change(ult[2023], ult[2024]))),
            ],
            kind="follow-up",
        ),
        SealedCase(
            CAR,
            turns=[
                ("avg basic washes per day at hwy9", num(hwy["bsc"].mean())),
                ("same for mill", num(c[c["loc"] == "MILL"]["bsc"].mean())),
            ],
            kind="follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return [*laundromat(), *dental(), *car_wash()]
