"""Business tables, first half: golf tee times, tool-hire contracts, bakery wholesale rounds.
Asked by a site manager on a phone between jobs (terse, abbreviations, typos)."""

from __future__ import annotations

import pandas as pd

from tests.sealed14.cases import (
    BAR,
    HISTOGRAM,
    LINE,
    NO,
    PIE,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

GOLF = "golf_tee_times.csv"
TOOL = "tool_hire_contracts.csv"
BAKE = "bakery_wholesale_rounds.csv"


def golf() -> list[SealedCase]:
    g = load(GOLF, "tee_time", "%Y-%m-%d %H:%M")
    conf = g[g["status"] == "CONF"]
    vis = conf[conf["member_booking"] == "N"]
    via_fee = g.groupby("booked_via")["green_fee_gbp"].sum()
    fee_by_course = g.groupby("course")["green_fee_gbp"].sum()
    by_year = g.groupby(g["_d"].dt.year)
    cxl = g[g["status"] == "CXL"]
    apr_sep = g[g["_d"].dt.month.between(4, 9)]
    old = g[g["course"] == "Old Course"]
    park = g[g["course"] == "Parkland"]
    return [
        one(
            GOLF,
            "aggregate",
            "tot green fees takn confirmed only",
            num(conf["green_fee_gbp"].sum()),
        ),
        one(GOLF, "aggregate", "avg # of players per tee booking", num(g["players"].mean())),
        one(
            GOLF,
            "group",
            "avg green fee per confirmed booking by course",
            num(*conf.groupby("course")["green_fee_gbp"].mean()),
        ),
        one(GOLF, "ranking", "top 2 booking channels by green fee £", ranked(via_fee, 2)),
        one(
            GOLF,
            "superlative",
            "which course brings in the most green fee",
            ranked(fee_by_course, 1),
        ),
        one(GOLF, "chart", "bar of bookngs per course", BAR),
        one(GOLF, "chart", "line of monthly tee bookings pls", LINE),
        one(
            GOLF,
            "compare",
            "old course vs parkland tot players",
            num(old["players"].sum(), park["players"].sum()),
        ),
        one(GOLF, "coverage", "how many bookings on the sheet", num(len(g))),
        one(
            GOLF, "date-part", "# tee times on saturdays", num((g["_d"].dt.day_of_week == 5).sum())
        ),
        one(
            GOLF,
            "derived",
            "cxl rate as % of all bookings",
            num((g["status"] == "CXL").mean() * 100),
        ),
        one(
            GOLF,
            "per-normalise",
            "visitor green fees per player, confirmed only",
            num(vis["green_fee_gbp"].sum() / vis["players"].sum()),
        ),
        one(
            GOLF,
            "percent-change",
            "bookings growth apr-sep 2025 vs same months 2024 in %",
            num(
                pct_change(
                    (apr_sep["_d"].dt.year == 2024).sum(), (apr_sep["_d"].dt.year == 2025).sum()
                )
            ),
        ),
        one(
            GOLF,
            "numbers-in-question",
            "how many bookings w/ fee over £150",
            num((g["green_fee_gbp"] > 150).sum()),
        ),
        one(
            GOLF,
            "units-columns",
            "avg visitor green fee in pence, confirmed bookings",
            num(vis["green_fee_gbp"].mean() * 100),
        ),
        one(
            GOLF,
            "long-format",
            "# bookings made thru the pro shop",
            num((g["booked_via"] == "pro_shop").sum()),
        ),
        one(GOLF, "unanswerable", "avg time to get round the old course", NO),
        one(GOLF, "unanswerable", "avg handicap of visitor golfers", NO),
        one(GOLF, "unanswerable", "were the cxls mostly down to rain", NO),
        SealedCase(
            GOLF,
            [
                ("cancelled tee bookings in 2024 how many", num((cxl["_d"].dt.year == 2024).sum())),
                ("and 2025", num((cxl["_d"].dt.year == 2025).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            GOLF,
            [
                ("tot golfers booked in 2025", num(by_year["players"].sum()[2025])),
                ("what about 2024", num(by_year["players"].sum()[2024])),
            ],
            "follow-up",
        ),
    ]


def tool_hire() -> list[SealedCase]:
    t = load(TOOL, "hireOut", "%d/%m/%Y")
    t["_r"] = pd.to_datetime(t["hireReturn"], format="%d/%m/%Y")
    live = t[t["contractStatus"] != "VOID"]
    back = t[t["contractStatus"] == "RETURNED"]
    days_out = (back["_r"] - back["_d"]).dt.days
    rate = t.groupby("toolCategory")["dailyRateGbp"].mean()
    openh = t[t["contractStatus"] == "OPEN"]
    h1 = t[t["_d"].dt.month <= 6]
    dmg = t.groupby("depot")["damageChargeGbp"].sum()
    digger = t[t["toolCategory"] == "Mini digger"]
    return [
        one(TOOL, "aggregate", "avg day rate across all hires", num(t["dailyRateGbp"].mean())),
        one(TOOL, "aggregate", "tot damage charged to date", num(t["damageChargeGbp"].sum())),
        one(
            TOOL,
            "group",
            "# hires per depot excl void",
            num(*live["depot"].value_counts()),
        ),
        one(
            TOOL,
            "ranking",
            "top 3 kit types by # of hires",
            ranked(t["toolCategory"].value_counts(), 3),
        ),
        one(TOOL, "superlative", "which depot has racked up most damage charges", ranked(dmg, 1)),
        one(TOOL, "chart", "pie of hires by depot", PIE),
        one(
            TOOL,
            "compare",
            "avg day rate mini digger vs cement mixer",
            num(rate["Mini digger"], rate["Cement mixer"]),
        ),
        one(
            TOOL,
            "coverage",
            "how many diff tool typs we hire out",
            num(t["toolCategory"].nunique()),
        ),
        one(
            TOOL,
            "date-part",
            "# hires in q3, all yrs together",
            num((t["_d"].dt.quarter == 3).sum()),
        ),
        one(TOOL, "derived", "avg hire length in days, returned ones only", num(days_out.mean())),
        one(
            TOOL,
            "per-normalise",
            "damage £ per hire on non void contracts",
            num(live["damageChargeGbp"].sum() / len(live)),
        ),
        one(
            TOOL,
            "percent-change",
            "% grwoth in hires jan-jun 2025 vs jan-jun 2024",
            num(pct_change((h1["_d"].dt.year == 2024).sum(), (h1["_d"].dt.year == 2025).sum())),
        ),
        one(
            TOOL,
            "numbers-in-question",
            "# hires w/ a damage charge over £100",
            num((t["damageChargeGbp"] > 100).sum()),
        ),
        one(
            TOOL,
            "units-columns",
            "avg mini digger day rate in pence",
            num(digger["dailyRateGbp"].mean() * 100),
        ),
        one(
            TOOL,
            "long-format",
            "how many carpet cleaner hires",
            num((t["toolCategory"] == "Carpet cleaner").sum()),
        ),
        one(TOOL, "unanswerable", "which cust hires from us the most", NO),
        one(TOOL, "unanswerable", "avg diesel used per mini digger hire", NO),
        one(TOOL, "unanswerable", "why is harrogate so quiet", NO),
        SealedCase(
            TOOL,
            [
                ("open hires rn how many", num(len(openh))),
                ("by depot", num(*openh["depot"].value_counts())),
            ],
            "follow-up",
        ),
        SealedCase(
            TOOL,
            [
                ("tot damage charges leeds", num(dmg["Leeds"])),
                ("and bradford", num(dmg["Bradford"])),
            ],
            "follow-up",
        ),
    ]


def bakery() -> list[SealedCase]:
    b = load(BAKE, "Delivery Date", "%d-%b-%y")
    inv = "Invoice Value (EUR)"
    products = ["Sourdough (trays)", "Rye (trays)", "Baguette (trays)", "Pastry (trays)"]
    out = b[products].sum(axis=1)
    by_round = b.groupby("Round")
    mean_inv = by_round[inv].mean()
    yr = b["_d"].dt.year
    q2 = b[b["_d"].dt.quarter == 2]
    airport = b[b["Round"] == "R4 Airport"]
    pastry = b.groupby(yr)["Pastry (trays)"].sum()
    return [
        one(BAKE, "aggregate", "tot invoiced all rounds", num(b[inv].sum())),
        one(BAKE, "group", "avg drops per run by round", num(*by_round["Drops"].mean())),
        one(
            BAKE,
            "ranking",
            "rounds ranked by tot km, top 3",
            ranked(by_round["Distance (km)"].sum(), 3),
        ),
        one(BAKE, "ranking", "lowest 2 rounds on avg invoice", ranked(mean_inv, 2, ascending=True)),
        one(BAKE, "superlative", "biggest single invoice on any run", num(b[inv].max())),
        one(BAKE, "chart", "histogram of drops per run", HISTOGRAM),
        one(
            BAKE,
            "compare",
            "avg invoce coast round vs valley round",
            num(mean_inv["R2 Coast"], mean_inv["R3 Valley"]),
        ),
        one(BAKE, "coverage", "how many delivry days on file", num(b["Delivery Date"].nunique())),
        one(
            BAKE,
            "date-part",
            "avg invoice per run on saturdays",
            num(b.loc[b["_d"].dt.day_of_week == 5, inv].mean()),
        ),
        one(
            BAKE,
            "derived",
            "returns as % of trays sent out (all bread + pastry)",
            num(b["Trays Returned"].sum() / out.sum() * 100),
        ),
        one(BAKE, "derived", "avg trays out per run, all products together", num(out.mean())),
        one(
            BAKE,
            "per-normalise",
            "eur per km across all rounds",
            num(b[inv].sum() / b["Distance (km)"].sum()),
        ),
        one(
            BAKE,
            "percent-change",
            "invoice tot q2 2025 vs q2 2024 % chg",
            num(
                pct_change(
                    q2.loc[q2["_d"].dt.year == 2024, inv].sum(),
                    q2.loc[q2["_d"].dt.year == 2025, inv].sum(),
                )
            ),
        ),
        one(BAKE, "numbers-in-question", "how many runs over 1.5k eur", num((b[inv] > 1500).sum())),
        one(
            BAKE,
            "units-columns",
            "tot distance driven in 2024 in miles",
            num(b.loc[yr == 2024, "Distance (km)"].sum() / 1.609344),
        ),
        one(
            BAKE,
            "long-format",
            "tot rye trays in 2025",
            num(b.loc[yr == 2025, "Rye (trays)"].sum()),
        ),
        one(
            BAKE,
            "long-format",
            "which product do we send most trays of",
            num(b[products].sum().max()),
        ),
        one(BAKE, "unanswerable", "which cafe cust orders the most sourdough", NO),
        one(BAKE, "unanswerable", "who drives the coast round usually", NO),
        one(BAKE, "unanswerable", "fuel cost per round last yr", NO),
        SealedCase(
            BAKE,
            [
                ("airport round tot invoiced", num(airport[inv].sum())),
                ("and avg per run", num(airport[inv].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            BAKE,
            [
                ("tot pastry trays 2024", num(pastry[2024])),
                ("and 2025", num(pastry[2025])),
                ("as % chg", num(pct_change(pastry[2024], pastry[2025]))),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return golf() + tool_hire() + bakery()
