"""The BUSINESS half, part A: a surf school's lessons, a shearing gang's daily tallies and a
Perth bottle shop's till transactions (generated, see TABLES_business.md). Asked by an
operations manager texting the team chat; gold computed here with plain pandas."""

from __future__ import annotations

import pandas as pd

from tests.sealed22.cases import (
    BAR,
    BOX,
    HISTOGRAM,
    LINE,
    NO,
    PIE,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

SURF = "surf_school_lessons.csv"
SHEAR = "shearing_gang_tallies.csv"
BOTTLE = "bottle_shop_transactions.csv"


def fy_of(d: pd.Series) -> pd.Series:
    """Australian / NZ financial year by its ending year (FY24 = Jul 2023 to Jun 2024)."""
    return d.dt.year + (d.dt.month >= 7).astype(int)


def surf() -> list[SealedCase]:
    s = load(SURF, "LessonStart")
    done = s[s["Status"] == "DONE"]
    money = "total_inc_gst_aud"
    arvo = s[s["_d"].dt.hour >= 12]
    year_take = done.groupby(done["_d"].dt.year)[money].sum()
    bondi = s[s["Beach"] == "Bondi"]
    noosa_done = done[done["Beach"] == "Noosa"]
    return [
        one(
            SURF,
            "aggregate",
            "g'day, how many students did we actually teach at Bondi all up? only lessons that "
            "ran (status DONE)",
            num(bondi.loc[bondi["Status"] == "DONE", "Students"].sum()),
        ),
        one(
            SURF,
            "aggregate",
            "whats the median booking total inc GST across every booking in the file",
            num(s[money].median()),
        ),
        one(
            SURF,
            "group",
            "quick one mate - number of bookings per state, any status",
            num(*s["State"].value_counts().sort_index()),
        ),
        one(
            SURF,
            "group",
            "avg class size (students per booking) for each lesson type - GRP, PRV, KID, SUP",
            num(*s.groupby("LessonType")["Students"].mean()),
        ),
        one(
            SURF,
            "ranking",
            "who were our top 3 instructors by number of completed (DONE) lessons? list em with "
            "the counts",
            ranked(done["Instructor"].value_counts(), 3),
        ),
        one(
            SURF,
            "superlative",
            "which beach brought in the most takings inc GST in 2024, counting DONE lessons only?",
            ranked(done[done["_d"].dt.year == 2024].groupby("Beach")[money].sum(), 1),
        ),
        one(
            SURF,
            "superlative",
            "which instructor had the lowest avg rating? (ignore lessons with no rating) - "
            "give me the avg",
            num(s.groupby("Instructor")["rating"].mean().min()),
        ),
        one(
            SURF,
            "chart",
            "reckon you could chart the number of bookings each month as a line? whole period",
            LINE,
        ),
        one(SURF, "chart", "chuck the swell heights in a histogram pls", HISTOGRAM),
        one(
            SURF,
            "compare",
            "Manly vs Cronulla - how many bookings got called off for weather (WX) at each?",
            num(
                *(len(s[(s["Beach"] == b) & (s["Status"] == "WX")]) for b in ("Manly", "Cronulla"))
            ),
        ),
        one(
            SURF,
            "coverage",
            "how many different days have at least one booking on them (any status), across the "
            "whole file?",
            num(s["_d"].dt.normalize().nunique()),
        ),
        one(
            SURF,
            "coverage",
            "which calendar years does the lesson data cover?",
            num(*sorted(s["_d"].dt.year.unique())),
        ),
        one(
            SURF,
            "date-part",
            "how many bookings kick off in the arvo (12pm or later) vs before midday? all statuses",
            num(len(arvo), len(s) - len(arvo)),
        ),
        one(
            SURF,
            "derived",
            "what % of all bookings got cancelled for weather (status WX)?",
            num((s["Status"] == "WX").mean() * 100),
        ),
        one(
            SURF,
            "derived",
            "for DONE lessons, what share of total takings inc GST came from private lessons "
            "(PRV)? as a %",
            num(done.loc[done["LessonType"] == "PRV", money].sum() / done[money].sum() * 100),
        ),
        one(
            SURF,
            "per-normalise",
            "across every booking, how many boards do we hire out per 100 students? (total "
            "boards hired / total students x 100)",
            num(s["boards_hired"].sum() / s["Students"].sum() * 100),
        ),
        one(
            SURF,
            "per-normalise",
            "what's the avg spend per head inc GST at Noosa for completed lessons - total "
            "takings over total students",
            num(noosa_done[money].sum() / noosa_done["Students"].sum()),
        ),
        one(
            SURF,
            "percent-change",
            "how'd takings from DONE lessons go in 2024 vs 2023? % change inc GST",
            num(pct_change(year_take[2023], year_take[2024])),
        ),
        one(
            SURF,
            "percent-change",
            "Torquay bookings (any status) in 2024 vs 2023 - % change?",
            num(
                pct_change(
                    *(
                        len(s[(s["Beach"] == "Torquay") & (s["_d"].dt.year == yr)])
                        for yr in (2023, 2024)
                    )
                )
            ),
        ),
        one(
            SURF,
            "numbers-in-question",
            "how many bookings came to over $750 inc GST?",
            num((s[money] > 750).sum()),
        ),
        one(
            SURF,
            "numbers-in-question",
            "count of bookings where the swell was more than 2.5m",
            num((s["swell_m"] > 2.5).sum()),
        ),
        one(
            SURF,
            "units-columns",
            "how many hours of lessons did we actually deliver (DONE only), all beaches? in hrs "
            "not mins",
            num(done["duration_mins"].sum() / 60),
        ),
        one(
            SURF,
            "units-columns",
            "avg swell at Torquay in centimetres?",
            num(s.loc[s["Beach"] == "Torquay", "swell_m"].mean() * 100),
        ),
        one(
            SURF,
            "long-format",
            "how many no-shows (NS) have we had all up?",
            num((s["Status"] == "NS").sum()),
        ),
        one(
            SURF,
            "long-format",
            "what share of bookings are stand-up paddle (SUP)? %",
            num((s["LessonType"] == "SUP").mean() * 100),
        ),
        SealedCase(
            SURF,
            [
                (
                    "how many bookings did Byron Bay have in Jan 2024?",
                    num(
                        len(
                            s[
                                (s["Beach"] == "Byron Bay")
                                & (s["_d"].dt.year == 2024)
                                & (s["_d"].dt.month == 1)
                            ]
                        )
                    ),
                ),
                (
                    "and Jan 2025?",
                    num(
                        len(
                            s[
                                (s["Beach"] == "Byron Bay")
                                & (s["_d"].dt.year == 2025)
                                & (s["_d"].dt.month == 1)
                            ]
                        )
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SURF,
            [
                (
                    "total students across all DONE lessons at Noosa?",
                    num(noosa_done["Students"].sum()),
                ),
                (
                    "same for Torquay",
                    num(done.loc[done["Beach"] == "Torquay", "Students"].sum()),
                ),
                (
                    "now chuck every beach's total in a bar chart",
                    BAR,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SURF,
            [
                (
                    "avg booking total inc GST for kids lessons (KID)?",
                    num(s.loc[s["LessonType"] == "KID", money].mean()),
                ),
                (
                    "and the median?",
                    num(s.loc[s["LessonType"] == "KID", money].median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SURF,
            [
                (
                    "which 3 beaches had the most refunds (RF)? with counts",
                    ranked(s.loc[s["Status"] == "RF", "Beach"].value_counts(), 3),
                ),
                (
                    "just the weather cancellations (WX) instead, top 3",
                    ranked(s.loc[s["Status"] == "WX", "Beach"].value_counts(), 3),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SURF,
            [
                (
                    "can you plot booking total inc GST against number of students, one dot per "
                    "booking",
                    SCATTER,
                ),
                (
                    "what's the correlation between the two?",
                    num(s[money].corr(s["Students"])),
                ),
            ],
            "follow-up",
        ),
        one(
            SURF,
            "unanswerable",
            "what's the water temp been averaging at Noosa?",
            NO,
        ),
        one(
            SURF,
            "unanswerable",
            "how many of our students came back for a second lesson?",
            NO,
        ),
        one(
            SURF,
            "unanswerable",
            "how many lessons did we run at Bondi back in the summer of twenty nineteen?",
            NO,
        ),
        one(
            SURF,
            "unanswerable",
            "reckon you could tell me why Torquay is so much quieter than Bondi?",
            NO,
        ),
    ]


def shearing() -> list[SealedCase]:
    d = load(SHEAR, "Date", "%d/%m/%Y")
    head, hrs, wool, pay = "Head Shorn", "Hrs Worked", "Wool kg", "Gross Pay (NZ$)"
    d["fy"] = fy_of(d["_d"])
    fy_pay = d.groupby("fy")[pay].sum()
    ewes = d[(d["Stock Class"] == "Ewes") & d[wool].notna()]
    otago, southland = (d[d["Region"] == r] for r in ("Otago", "Southland"))
    fy24 = d[d["fy"] == 2024]
    lambs = d[d["Stock Class"] == "Lambs"]
    return [
        one(
            SHEAR,
            "aggregate",
            "kia ora - how many sheep has the gang shorn all up in this file?",
            num(d[head].sum()),
        ),
        one(
            SHEAR,
            "aggregate",
            "on a lamb day whats the avg tally per shearer? (avg Head Shorn over the Lambs rows)",
            num(lambs[head].mean()),
        ),
        one(
            SHEAR,
            "group",
            "total head shorn by region pls",
            num(*d.groupby("Region")[head].sum()),
        ),
        one(
            SHEAR,
            "ranking",
            "top 3 shearers by total head in FY24 (1 Jul 23 to 30 Jun 24)?",
            ranked(fy24.groupby("Shearer")[head].sum(), 3),
        ),
        one(
            SHEAR,
            "ranking",
            "which 2 stations have had the fewest shearer-days (rows) with us?",
            ranked(d["Station"].value_counts(), 2, ascending=True),
        ),
        one(
            SHEAR,
            "superlative",
            "which station has paid out the most gross pay (NZ$) over the whole file?",
            ranked(d.groupby("Station")[pay].sum(), 1),
        ),
        one(
            SHEAR,
            "superlative",
            "biggest single-day tally by one shearer - how many head?",
            num(d[head].max()),
        ),
        one(SHEAR, "chart", "bar chart of total head shorn by stock class?", BAR),
        one(SHEAR, "chart", "can I get a pie of gross pay split by region", PIE),
        one(
            SHEAR,
            "compare",
            "Otago vs Southland - total wool kg off each?",
            num(otago[wool].sum(), southland[wool].sum()),
        ),
        one(
            SHEAR,
            "compare",
            "Hemi vs Rawiri, avg head per day (per row) over everything?",
            num(*(d.loc[d["Shearer"] == w, head].mean() for w in ("Hemi", "Rawiri"))),
        ),
        one(
            SHEAR,
            "coverage",
            "how many different stations have we shorn for?",
            num(d["Station"].nunique()),
        ),
        one(
            SHEAR,
            "coverage",
            "on how many separate dates did the gang work?",
            num(d["_d"].nunique()),
        ),
        one(
            SHEAR,
            "date-part",
            "how many head did we knock over on Saturdays, all up?",
            num(d.loc[d["_d"].dt.dayofweek == 5, head].sum()),
        ),
        one(
            SHEAR,
            "aggregate",
            "how many head did the gang get through on the 7th of March 2024?",
            num(d.loc[d["Date"] == "07/03/2024", head].sum()),
        ),
        one(
            SHEAR,
            "date-part",
            "total head shorn in Dec, all years combined?",
            num(d.loc[d["_d"].dt.month == 12, head].sum()),
        ),
        one(
            SHEAR,
            "derived",
            "avg wool cut per head for Ewes in kg - total wool over total head, leaving out rows "
            "with no wool weight",
            num(ewes[wool].sum() / ewes[head].sum()),
        ),
        one(
            SHEAR,
            "derived",
            "what % of all head shorn were lambs?",
            num(lambs[head].sum() / d[head].sum() * 100),
        ),
        one(
            SHEAR,
            "per-normalise",
            "head per hour across the whole gang - total head / total hrs worked",
            num(d[head].sum() / d[hrs].sum()),
        ),
        one(
            SHEAR,
            "per-normalise",
            "gross pay per hour worked for Sophie, NZ$?",
            num(
                d.loc[d["Shearer"] == "Sophie", pay].sum()
                / d.loc[d["Shearer"] == "Sophie", hrs].sum()
            ),
        ),
        one(
            SHEAR,
            "percent-change",
            "how'd total gross pay in FY24 compare to FY23? % change (FY = Jul to Jun, FY23 = "
            "Jul 22 to Jun 23)",
            num(pct_change(fy_pay[2023], fy_pay[2024])),
        ),
        one(
            SHEAR,
            "numbers-in-question",
            "how many shearer-days hit 300 head or more?",
            num((d[head] >= 300).sum()),
        ),
        one(
            SHEAR,
            "numbers-in-question",
            "how many rows where gross pay was more than a grand (NZ$1,000)?",
            num((d[pay] > 1000).sum()),
        ),
        one(
            SHEAR,
            "units-columns",
            "how many tonnes of wool all up?",
            num(d[wool].sum() / 1000),
        ),
        one(
            SHEAR,
            "units-columns",
            "how many minutes does a sheep take us on average? total hrs worked over total head, "
            "in mins",
            num(d[hrs].sum() * 60 / d[head].sum()),
        ),
        one(
            SHEAR,
            "long-format",
            "how many rows are Rams?",
            num((d["Stock Class"] == "Rams").sum()),
        ),
        SealedCase(
            SHEAR,
            [
                (
                    "how many head did Tama do in Canterbury?",
                    num(
                        d.loc[(d["Shearer"] == "Tama") & (d["Region"] == "Canterbury"), head].sum()
                    ),
                ),
                (
                    "and in Otago?",
                    num(d.loc[(d["Shearer"] == "Tama") & (d["Region"] == "Otago"), head].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SHEAR,
            [
                (
                    "avg rate NZ$/head for Ewes rows?",
                    num(d.loc[d["Stock Class"] == "Ewes", "Rate (NZ$/head)"].mean()),
                ),
                (
                    "and for Rams",
                    num(d.loc[d["Stock Class"] == "Rams", "Rate (NZ$/head)"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SHEAR,
            [
                (
                    "total wool kg in FY23 (Jul 22 to Jun 23)?",
                    num(d.loc[d["fy"] == 2023, wool].sum()),
                ),
                (
                    "and FY25?",
                    num(d.loc[d["fy"] == 2025, wool].sum()),
                ),
                (
                    "so what's the % change FY23 to FY25",
                    num(
                        pct_change(
                            d.loc[d["fy"] == 2023, wool].sum(), d.loc[d["fy"] == 2025, wool].sum()
                        )
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SHEAR,
            [
                (
                    "top 3 stations by total head shorn?",
                    ranked(d.groupby("Station")[head].sum(), 3),
                ),
                (
                    "just Hoggets now",
                    ranked(d[d["Stock Class"] == "Hoggets"].groupby("Station")[head].sum(), 3),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SHEAR,
            [
                (
                    "line chart of head shorn per month over the whole period pls",
                    LINE,
                ),
                (
                    "how many head in Nov 2023?",
                    num(d.loc[(d["_d"].dt.year == 2023) & (d["_d"].dt.month == 11), head].sum()),
                ),
            ],
            "follow-up",
        ),
        one(
            SHEAR,
            "unanswerable",
            "what price per kg did the wool fetch at the sales?",
            NO,
        ),
        one(
            SHEAR,
            "unanswerable",
            "how many sheep did we do for Glenmore Downs back in twenty twenty?",
            NO,
        ),
        one(
            SHEAR,
            "unanswerable",
            "which of the gang is likely to get crook with a bad back next season?",
            NO,
        ),
        one(
            SHEAR,
            "unanswerable",
            "how much did the shed hands and wool handlers get paid?",
            NO,
        ),
    ]


def bottle() -> list[SealedCase]:
    b = load(BOTTLE, "txn_time")
    inc, ex = "inc_gst_aud", "ex_gst_aud"
    y = b["_d"].dt.year
    b23, b24 = b[y == 2023], b[y == 2024]
    dec = b[b["_d"].dt.month == 12]
    dec_take = dec.groupby(dec["_d"].dt.year)[inc].sum()
    spirits = b[b["category"] == "Spirits"]
    return [
        one(
            BOTTLE,
            "aggregate",
            "what did we take inc GST across all five stores in 2024?",
            num(b24[inc].sum()),
        ),
        one(
            BOTTLE,
            "aggregate",
            "avg transaction value inc GST at Mandurah?",
            num(b.loc[b["store"] == "Mandurah", inc].mean()),
        ),
        one(
            BOTTLE,
            "group",
            "sales ex GST by category for 2023 pls",
            num(*b23.groupby("category")[ex].sum()),
        ),
        one(
            BOTTLE,
            "group",
            "how many transactions per payment method, whole file?",
            num(*b["payment_method"].value_counts()),
        ),
        one(
            BOTTLE,
            "ranking",
            "top 3 stores by takings inc GST in Dec 2023",
            ranked(dec[dec["_d"].dt.year == 2023].groupby("store")[inc].sum(), 3),
        ),
        one(
            BOTTLE,
            "ranking",
            "bottom 2 categories by units sold, all time",
            ranked(b.groupby("category")["units"].sum(), 2, ascending=True),
        ),
        one(
            BOTTLE,
            "superlative",
            "which store sold the most spirits by units?",
            ranked(spirits.groupby("store")["units"].sum(), 1),
        ),
        one(BOTTLE, "chart", "line chart of monthly takings inc GST pls", LINE),
        one(
            BOTTLE,
            "chart",
            "box plot of sale value inc GST for each category",
            BOX,
        ),
        one(
            BOTTLE,
            "compare",
            "Fremantle vs Subiaco takings inc GST in 2024?",
            num(*(b24.loc[b24["store"] == st, inc].sum() for st in ("Fremantle", "Subiaco"))),
        ),
        one(
            BOTTLE,
            "coverage",
            "how many trading days does the till data cover?",
            num(b["_d"].dt.normalize().nunique()),
        ),
        one(
            BOTTLE,
            "date-part",
            "total takings inc GST by quarter for 2024",
            num(*b24.groupby(b24["_d"].dt.quarter)[inc].sum()),
        ),
        one(
            BOTTLE,
            "date-part",
            "how many sales happened after 6pm (18:00 onwards), across the whole file?",
            num((b["_d"].dt.hour >= 18).sum()),
        ),
        one(
            BOTTLE,
            "derived",
            "how much GST did we collect in 2023 all up?",
            num(b23["gst_aud"].sum()),
        ),
        one(
            BOTTLE,
            "derived",
            "what % of total takings inc GST came from loyalty members (Y), whole file?",
            num(b.loc[b["loyalty_member"] == "Y", inc].sum() / b[inc].sum() * 100),
        ),
        one(
            BOTTLE,
            "per-normalise",
            "avg units per transaction at Scarborough?",
            num(b.loc[b["store"] == "Scarborough", "units"].mean()),
        ),
        one(
            BOTTLE,
            "per-normalise",
            "what do spirits go for per unit ex GST on average? total ex GST over total units",
            num(spirits[ex].sum() / spirits["units"].sum()),
        ),
        one(
            BOTTLE,
            "percent-change",
            "Dec 2024 vs Dec 2023 takings inc GST - what's the % change?",
            num(pct_change(dec_take[2023], dec_take[2024])),
        ),
        one(
            BOTTLE,
            "percent-change",
            "% change in the number of MOBILE payments from 2023 to 2024?",
            num(pct_change(*((bb["payment_method"] == "MOBILE").sum() for bb in (b23, b24)))),
        ),
        one(
            BOTTLE,
            "numbers-in-question",
            "how many sales were over $150 inc GST?",
            num((b[inc] > 150).sum()),
        ),
        one(
            BOTTLE,
            "units-columns",
            "total takings ex GST for Joondalup, in thousands ($k)?",
            num(b.loc[b["store"] == "Joondalup", ex].sum() / 1000),
        ),
        one(
            BOTTLE,
            "long-format",
            "how many cash sales did we do in 2024?",
            num((b24["payment_method"] == "CASH").sum()),
        ),
        SealedCase(
            BOTTLE,
            [
                (
                    "how much beer did Fremantle sell inc GST in 2023?",
                    num(
                        b23.loc[
                            (b23["store"] == "Fremantle") & (b23["category"] == "Beer"), inc
                        ].sum()
                    ),
                ),
                (
                    "and wine?",
                    num(
                        b23.loc[
                            (b23["store"] == "Fremantle") & (b23["category"] == "Wine"), inc
                        ].sum()
                    ),
                ),
                (
                    "what about 2024 for wine",
                    num(
                        b24.loc[
                            (b24["store"] == "Fremantle") & (b24["category"] == "Wine"), inc
                        ].sum()
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            BOTTLE,
            [
                (
                    "avg units per sale for RTDs?",
                    num(b.loc[b["category"] == "RTD", "units"].mean()),
                ),
                (
                    "and the max?",
                    num(b.loc[b["category"] == "RTD", "units"].max()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            BOTTLE,
            [
                (
                    "top 3 stores by number of transactions in 2024?",
                    ranked(b24["store"].value_counts(), 3),
                ),
                (
                    "same but only MOBILE payments",
                    ranked(b24.loc[b24["payment_method"] == "MOBILE", "store"].value_counts(), 3),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            BOTTLE,
            [
                (
                    "total GST collected at Subiaco, whole file?",
                    num(b.loc[b["store"] == "Subiaco", "gst_aud"].sum()),
                ),
                (
                    "chuck GST by store in a graph",
                    BAR,
                ),
            ],
            "follow-up",
        ),
        one(
            BOTTLE,
            "unanswerable",
            "which beer brand sold the most slabs?",
            NO,
        ),
        one(
            BOTTLE,
            "unanswerable",
            "what's our profit margin on spirits after what we pay the supplier?",
            NO,
        ),
        one(
            BOTTLE,
            "unanswerable",
            "what'll we take next Christmas at Mandurah, reckon?",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return surf() + shearing() + bottle()
