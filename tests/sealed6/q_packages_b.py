"""Conversations over three package tables: the 1988 Olympic heptathlon, monthly
presidential approval 2001–2006, and earthquakes near Fiji."""

from __future__ import annotations

import numpy as np

from tests.sealed6.cases import (
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


def cases() -> list[SealedCase]:
    return _heptathlon() + _approval() + _quakes()


def _heptathlon() -> list[SealedCase]:
    t = "heptathlon_1988.csv"
    h = load(t)
    by = h.set_index("athlete")
    score = h["score"]
    winner = score.max()
    return [
        one(t, "aggregate", "avg score", num(score.mean())),
        one(
            t,
            "superlative",
            "who threw the javelin furthest and how far",
            num(h["javelin"].max()),
        ),
        one(t, "superlative", "fastest 800m time in the field?", num(h["run800m"].min())),
        one(
            t,
            "units-columns",
            "whats joyner-kersees 800m time in minutes",
            num(by.loc["Joyner-Kersee (USA)", "run800m"] / 60),
        ),
        one(t, "units-columns", "avg high jump in cm", num(h["highjump"].mean() * 100)),
        one(t, "ranking", "top 5 athletes by long jump", ranked(by["longjump"], 5)),
        one(
            t,
            "ranking",
            "the 3 slowest in the 200m, slowest first",
            ranked(by["run200m"], 3),
        ),
        one(
            t,
            "numbers-in-question",
            "how many athletes scored at least 6,000 points",
            num((score >= 6000).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many ran the hurdles in under 13.5 s",
            num((h["hurdles"] < 13.5).sum()),
        ),
        one(
            t,
            "compare",
            "did john or behmer put the shot further",
            num(by.loc["John (GDR)", "shot"], by.loc["Behmer (GDR)", "shot"]),
        ),
        one(
            t,
            "derived",
            "joyner-kersee's score as a pct of the avg score",
            num(by.loc["Joyner-Kersee (USA)", "score"] / score.mean() * 100),
        ),
        one(
            t,
            "per-normalise",
            "how many points per event did the winner average over the 7 events",
            num(winner / 7),
        ),
        one(t, "chart", "scatter of long jump vs 200m time", SCATTER),
        one(t, "unanswerable", "how old was joyner-kersee", NO),
        one(t, "unanswerable", "who won the heptathlon at the 1992 games", NO),
        one(t, "unanswerable", "whats the best pole vault here", NO),
        SealedCase(
            t,
            [
                (
                    "avg score of the GDR athletes",
                    num(score[h["athlete"].str.endswith("(GDR)")].mean()),
                ),
                ("and the URS ones?", num(score[h["athlete"].str.endswith("(URS)")].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("average 800m time", num(h["run800m"].mean())),
                ("in minutes pls", num(h["run800m"].mean() / 60)),
            ],
            "follow-up",
        ),
    ]


def _approval() -> list[SealedCase]:
    t = "presidential_approval.csv"
    p = load(t)
    year, month = p["year"], p["month"]
    yearly = p.groupby("year")
    price = yearly["avg.price"].mean()
    best = p["approve"].idxmax()
    june06 = p[(year == 2006) & (month == 6)].iloc[0]
    return [
        one(
            t,
            "coverage",
            "what period does this approval data cover",
            num(year.min(), year.max()),
        ),
        one(
            t,
            "aggregate",
            "avg approval rating in 2004",
            num(p.loc[year == 2004, "approve"].mean()),
        ),
        one(
            t,
            "superlative",
            "highest approval and in what year",
            num(p.loc[best, "approve"], p.loc[best, "year"]),
        ),
        one(t, "superlative", "lowest approval rating in the data", num(p["approve"].min())),
        one(
            t,
            "percent-change",
            "% change in avg.price from 2002 to 2005, using yearly averages",
            num(pct_change(price[2002], price[2005])),
        ),
        one(
            t,
            "units-columns",
            "whats the mean avg.price in the months flagged as iraq war",
            num(p.loc[p["iraq.war"] == 1, "avg.price"].mean()),
        ),
        one(
            t,
            "compare",
            "was approval higher in jan 2002 or jan 2005",
            num(
                p.loc[(year == 2002) & (month == 1), "approve"].iloc[0],
                p.loc[(year == 2005) & (month == 1), "approve"].iloc[0],
            ),
        ),
        one(
            t,
            "date-part",
            "which calendar month has the best avg approval across the years",
            num(p.groupby("month")["approve"].mean().max()),
        ),
        one(
            t,
            "derived",
            "by how many points did disapproval beat approval in june 2006",
            num(june06["disapprove"] - june06["approve"]),
        ),
        one(
            t,
            "numbers-in-question",
            "how many months had approval above 70%",
            num((p["approve"] > 70).sum()),
        ),
        one(t, "group", "avg approval per year", num(*yearly["approve"].mean())),
        one(t, "chart", "line chart of approve and disapprove over time", LINE),
        one(t, "unanswerable", "what was obama's approval in 2009", NO),
        one(t, "unanswerable", "what was his approval among republicans", NO),
        one(t, "unanswerable", "approval in december 2006?", NO),
        SealedCase(
            t,
            [
                ("avg approval in 2002", num(p.loc[year == 2002, "approve"].mean())),
                ("what about 2003?", num(p.loc[year == 2003, "approve"].mean())),
                ("show 2003 month by month as a line chart", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg disapproval in 2005", num(p.loc[year == 2005, "disapprove"].mean())),
                ("and unsure?", num(p.loc[year == 2005, "unsure"].mean())),
            ],
            "follow-up",
        ),
    ]


def _quakes() -> list[SealedCase]:
    t = "fiji_quakes.csv"
    q = load(t)
    mag, depth = q["mag"], q["depth"]
    return [
        one(t, "aggregate", "avg magnitude of the quakes pls", num(mag.mean())),
        one(
            t,
            "numbers-in-question",
            "how many quakes were magnitude 5 or above",
            num((mag >= 5).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many quakes deeper than 500 km",
            num((depth > 500).sum()),
        ),
        one(
            t,
            "units-columns",
            "avg depth in miles (depth is in km)",
            num(depth.mean() / 1.609344),
        ),
        one(
            t,
            "superlative",
            "how many stations reported the strongest quake",
            num(q.loc[mag.idxmax(), "stations"]),
        ),
        one(
            t,
            "compare",
            "is avg magnitude higher for quakes shallower than 300 km "
            "or for those 300 km and deeper",
            num(mag[depth < 300].mean(), mag[depth >= 300].mean()),
        ),
        one(t, "chart", "scatter plot of depth vs magnitude", SCATTER),
        one(t, "chart", "histogram of quake depths", HISTOGRAM),
        one(
            t,
            "group",
            "avg number of reporting stations for mag 4.x, 5.x and 6.x quakes",
            num(*q.groupby(np.floor(mag))["stations"].mean()),
        ),
        one(
            t,
            "derived",
            "what % of quakes were picked up by more than 50 stations",
            num((q["stations"] > 50).mean() * 100),
        ),
        one(t, "per-normalise", "avg stations per quake", num(q["stations"].mean())),
        one(t, "unanswerable", "when did the biggest quake happen", NO),
        one(t, "unanswerable", "how many people died in these quakes", NO),
        one(t, "unanswerable", "which years are covered by the quake data", NO),
        SealedCase(
            t,
            [
                ("how many quakes of magnitude 6 or above", num((mag >= 6).sum())),
                ("what about 5.5 or above?", num((mag >= 5.5).sum())),
                ("bar chart of the count per magnitude value for those", BAR),
            ],
            "follow-up",
        ),
    ]
