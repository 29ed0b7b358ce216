"""Fifteenth sealed set, business half B: catering_events, removals_branch_kpis (long),
windfarm_work_orders (costs wide), asked in an FP&A analyst's words."""

from __future__ import annotations

import pandas as pd

from tests.sealed15.cases import (
    BOX,
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

CAT = "catering_events.csv"
REM = "removals_branch_kpis.csv"
WFM = "windfarm_work_orders.csv"
COSTS = ["cost_lbr_gbp", "cost_parts_gbp", "cost_vessel_gbp", "cost_crane_gbp"]


def catering() -> list[SealedCase]:
    c = load(CAT, "EVENT_DT", "%d-%b-%y")
    yr = c["_d"].dt.year
    conf = c[c["STATUS"] != "VOID"]
    cyr = conf["_d"].dt.year
    gp = conf["REV_EUR"] - conf["FOOD_COST_EUR"]
    ticket = conf.groupby("CLIENT_SEG")["REV_EUR"].mean()
    dec = {y: conf[(cyr == y) & (conf["_d"].dt.month == 12)]["REV_EUR"].sum() for y in (2023, 2024)}
    rev_yr = conf.groupby(cyr)["REV_EUR"].sum()
    void25 = c[(c["STATUS"] == "VOID") & (yr == 2025)]
    wedd = conf[conf["CLIENT_SEG"] == "WEDD"]
    return [
        one(CAT, "aggregate", "total revenue ex void, all events", num(conf["REV_EUR"].sum())),
        one(
            CAT,
            "group",
            "avg guest count per event by client segment",
            num(*c.groupby("CLIENT_SEG")["GUESTS"].mean()),
        ),
        one(
            CAT,
            "ranking",
            "top 3 venues by GP (rev less food cost), excluding voids",
            ranked(gp.groupby(conf["VENUE_CD"]).sum()),
        ),
        one(
            CAT,
            "superlative",
            "which client segment brings in the most confirmed revnue",
            ranked(conf.groupby("CLIENT_SEG")["REV_EUR"].sum(), 1),
        ),
        one(CAT, "chart", "histogram of guest counts per event", HISTOGRAM),
        one(
            CAT,
            "compare",
            "avg ticket size wedding vs corporate, confirmed only",
            num(ticket["WEDD"], ticket["CORP"]),
        ),
        one(CAT, "coverage", "which years does the events book cover", num(*sorted(yr.unique()))),
        one(
            CAT,
            "date-part",
            "rev by quarter for 2024 ex void",
            num(*conf[cyr == 2024].groupby(conf["_d"].dt.quarter)["REV_EUR"].sum()),
        ),
        one(
            CAT,
            "derived",
            "overal GP margin % ex void",
            num(gp.sum() / conf["REV_EUR"].sum() * 100),
        ),
        one(
            CAT,
            "per-normalise",
            "revenue per head for weddings (confirmed)",
            num(wedd["REV_EUR"].sum() / wedd["GUESTS"].sum()),
        ),
        one(
            CAT,
            "percent-change",
            "YoY rev growth 2025 vs 2024, confirmed events",
            num(pct_change(rev_yr[2024], rev_yr[2025])),
        ),
        one(
            CAT,
            "numbers-in-question",
            "how many events had more than 150 guests",
            num((c["GUESTS"] > 150).sum()),
        ),
        one(
            CAT,
            "units-columns",
            "total confirmed rev in euro millions",
            num(conf["REV_EUR"].sum() / 1e6),
        ),
        one(
            CAT,
            "long-format",
            "how many charity events still have the deposit unpaid",
            num(((c["CLIENT_SEG"] == "CHAR") & (c["DEP_PAID"] == "N")).sum()),
        ),
        one(
            CAT,
            "numbers-in-question",
            "count of confirmed events over 10k eur in revenue",
            num((conf["REV_EUR"] > 10000).sum()),
        ),
        one(CAT, "chart", "scatter guests against revenue", SCATTER),
        SealedCase(
            CAT,
            [
                ("revenue dec 2024 ex void", num(dec[2024])),
                ("same for dec 2023", num(dec[2023])),
                ("delta as a %", num(pct_change(dec[2023], dec[2024]))),
            ],
            "follow-up",
        ),
        SealedCase(
            CAT,
            [
                ("how many events were voided in 2025", num(len(void25))),
                ("what revenue did we lose on those", num(void25["REV_EUR"].sum())),
            ],
            "follow-up",
        ),
        one(CAT, "unanswerable", "what's AR aging on the outstanding deposits", NO),
        one(CAT, "unanswerable", "which sales rep booked the most events", NO),
        one(CAT, "unanswerable", "how much did we spend on equipment rental per event", NO),
    ]


def removals() -> list[SealedCase]:
    r = load(REM)
    wide = r.pivot_table(index=["yr", "mth", "branch"], columns="kpi", values="value").reset_index()
    rev = r[r["kpi"] == "revenue_usd"]
    jobs = r[r["kpi"] == "jobs_completed"]
    by_yr = wide.groupby("yr")[["revenue_usd", "jobs_completed", "crew_hours"]].sum()
    den = rev[rev["branch"] == "Denver"].groupby("yr")["value"].sum()
    quotes25 = r[(r["kpi"] == "quotes_sent") & (r["yr"] == 2025)].groupby("branch")["value"].sum()
    aus = rev[(rev["branch"] == "Austin") & (rev["yr"] == 2025)]
    aus_q = aus.groupby((aus["mth"] - 1) // 3 + 1)["value"].sum()
    w25 = wide[wide["yr"] == 2025]
    w25d = w25[w25["branch"] == "Denver"]
    jobs24 = jobs[jobs["yr"] == 2024]
    return [
        one(REM, "aggregate", "total revenue all branches, whole period", num(rev["value"].sum())),
        one(
            REM,
            "group",
            "jobs completed by branch in 2024",
            num(*jobs24.groupby("branch")["value"].sum()),
        ),
        one(
            REM,
            "ranking",
            "top 3 branches by rev 2025",
            ranked(rev[rev["yr"] == 2025].groupby("branch")["value"].sum()),
        ),
        one(
            REM,
            "superlative",
            "what was Austin's best month for revenue - the peak figure",
            num(rev[rev["branch"] == "Austin"]["value"].max()),
        ),
        one(REM, "chart", "line chart of total monthly revenue over time", LINE),
        one(
            REM,
            "compare",
            "quotes sent austin vs denver in 2025",
            num(quotes25["Austin"], quotes25["Denver"]),
        ),
        one(REM, "coverage", "how many branches report KPIs", num(r["branch"].nunique())),
        one(
            REM,
            "date-part",
            "total moves completed by quarter, 2025",
            num(*jobs[jobs["yr"] == 2025].groupby((jobs["mth"] - 1) // 3 + 1)["value"].sum()),
        ),
        one(
            REM,
            "derived",
            "quote converison overall - jobs completed as a % of quotes sent",
            num(jobs["value"].sum() / r[r["kpi"] == "quotes_sent"]["value"].sum() * 100),
        ),
        one(
            REM,
            "per-normalise",
            "revenue per crew hour in 2024",
            num(by_yr.loc[2024, "revenue_usd"] / by_yr.loc[2024, "crew_hours"]),
        ),
        one(
            REM,
            "percent-change",
            "denver rev YoY, 2025 vs 2024 in %",
            num(pct_change(den[2024], den[2025])),
        ),
        one(
            REM,
            "numbers-in-question",
            "how many branch-months did rev top 250k",
            num((rev["value"] > 250000).sum()),
        ),
        one(
            REM,
            "units-columns",
            "total rev for 2025 in $m",
            num(by_yr.loc[2025, "revenue_usd"] / 1e6),
        ),
        one(
            REM,
            "long-format",
            "total damage claims for tampa",
            num(r[(r["kpi"] == "damage_claims") & (r["branch"] == "Tampa")]["value"].sum()),
        ),
        one(
            REM,
            "superlative",
            "which branch logged the most crew hours in 2024",
            ranked(wide[wide["yr"] == 2024].groupby("branch")["crew_hours"].sum(), 1),
        ),
        one(
            REM,
            "per-normalise",
            "avg revenue per move across all branches and months",
            num(rev["value"].sum() / jobs["value"].sum()),
        ),
        SealedCase(
            REM,
            [
                ("austin rev q3 2025", num(aus_q[3])),
                ("vs q1, as a % change", num(pct_change(aus_q[1], aus_q[3]))),
            ],
            "follow-up",
        ),
        SealedCase(
            REM,
            [
                ("total jobs completed in 2024", num(jobs24["value"].sum())),
                ("ex raleigh", num(jobs24[jobs24["branch"] != "Raleigh"]["value"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            REM,
            [
                (
                    "damage claims per 100 jobs in 2025",
                    num(w25["damage_claims"].sum() / w25["jobs_completed"].sum() * 100),
                ),
                (
                    "denver only",
                    num(w25d["damage_claims"].sum() / w25d["jobs_completed"].sum() * 100),
                ),
            ],
            "follow-up",
        ),
        one(REM, "unanswerable", "what's the avg move distance by branch", NO),
        one(REM, "unanswerable", "what's our headcount by branch", NO),
        one(REM, "unanswerable", "which customers left bad reviews last quarter", NO),
    ]


def windfarm() -> list[SealedCase]:
    w = load(WFM, "opened", "%Y-%m-%d %H:%M")
    yr = w["_d"].dt.year
    total = w[COSTS].fillna(0).sum(axis=1)
    by_yr = total.groupby(yr).sum()
    parts25 = w[yr == 2025].groupby("site")["cost_parts_gbp"].sum()
    closed = w[w["closed"].notna()]
    turnaround = (
        pd.to_datetime(closed["closed"], format="%Y-%m-%d %H:%M") - closed["_d"]
    ).dt.total_seconds() / 3600
    p1 = w[w["prio"] == 1]["_d"].dt.year.value_counts()
    y24 = w[yr == 2024]
    return [
        one(WFM, "aggregate", "avg labour hours per work order", num(w["lbr_h"].mean())),
        one(WFM, "group", "avg downtime by WO tyep", num(*w.groupby("typ")["dt_h"].mean())),
        one(
            WFM,
            "ranking",
            "top 3 turbines by total downtime",
            ranked(w.groupby("wtg")["dt_h"].sum()),
        ),
        one(
            WFM,
            "superlative",
            "which site spent the most on parts",
            ranked(w.groupby("site")["cost_parts_gbp"].sum(), 1),
        ),
        one(WFM, "chart", "box plot of downtime by order type", BOX),
        one(WFM, "compare", "parts spend KLB vs MWR in 2025", num(parts25["KLB"], parts25["MWR"])),
        one(WFM, "coverage", "how many turbines show up in the WO log", num(w["wtg"].nunique())),
        one(
            WFM,
            "date-part",
            "how many work orders were opened on a weekend",
            num((w["_d"].dt.dayofweek >= 5).sum()),
        ),
        one(
            WFM,
            "derived",
            "avg turnaround from open to close, in hours, for closed WOs",
            num(turnaround.mean()),
        ),
        one(
            WFM,
            "per-normalise",
            "parts cost per corrective work order",
            num(w[w["typ"] == "CM"]["cost_parts_gbp"].mean()),
        ),
        one(
            WFM,
            "percent-change",
            "total maintenance opex (labour+parts+vessel+crane) 2025 vs 2024, % change",
            num(pct_change(by_yr[2024], by_yr[2025])),
        ),
        one(
            WFM,
            "numbers-in-question",
            "how many WOs had more than 2 days of downtime",
            num((w["dt_h"] > 48).sum()),
        ),
        one(WFM, "units-columns", "totl turbine downtime in days", num(w["dt_h"].sum() / 24)),
        one(
            WFM,
            "long-format",
            "split of spend by cost type - labour, parts, vessel, crane",
            num(*w[COSTS].sum()),
        ),
        one(
            WFM,
            "derived",
            "all-in cost across every WO, labor + parts + vessel + crane",
            num(total.sum()),
        ),
        one(
            WFM,
            "long-format",
            "how much went on crane hire overall",
            num(w["cost_crane_gbp"].sum()),
        ),
        one(
            WFM,
            "compare",
            "avg downtime hrs on P1 vs P3 orders",
            num(w[w["prio"] == 1]["dt_h"].mean(), w[w["prio"] == 3]["dt_h"].mean()),
        ),
        SealedCase(
            WFM,
            [
                ("how many P1s in 2025", num(p1[2025])),
                ("and 2024", num(p1[2024])),
            ],
            "follow-up",
        ),
        SealedCase(
            WFM,
            [
                ("crane spend 2024", num(y24["cost_crane_gbp"].sum())),
                ("what about vessel", num(y24["cost_vessel_gbp"].sum())),
            ],
            "follow-up",
        ),
        one(WFM, "unanswerable", "what's the mean time between failures by turbine model", NO),
        one(WFM, "unanswerable", "how many megawatt hours did we lose to downtime", NO),
        one(WFM, "unanswerable", "which technician closed the most work orders", NO),
    ]


def cases() -> list[SealedCase]:
    return catering() + removals() + windfarm()
