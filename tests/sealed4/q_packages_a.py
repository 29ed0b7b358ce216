"""Conversations over the statsmodels tables: statecrime, fertility, sunspots, elnino."""

from __future__ import annotations

import pandas as pd

from tests.sealed4.cases import BAR, LINE, NO, SealedCase, load, num, one, pct_change, ranked

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _crime() -> pd.DataFrame:
    frame = load("statecrime.csv")
    frame["name"] = frame["state"].str.strip()  # "Kansas ", "Kentucky ", "Montana " as shipped
    return frame.set_index("name")


def statecrime() -> list[SealedCase]:
    t = "statecrime.csv"
    s = _crime()
    return [
        # mean over the 51 rows (50 states and DC)
        one(t, "aggregate", "whats the avg murder rate in this data", num(s["murder"].mean())),
        one(
            t,
            "aggregate",
            "median of the single column (single-parent families, %) across all rows?",
            num(s["single"].median()),
        ),
        one(
            t,
            "superlative",
            "which state has the highest poverty rate",
            num(s["poverty"].max()),
        ),
        one(
            t,
            "superlative",
            "Which state has the lowest high school grad rate?",
            num(s["hs_grad"].min()),
        ),
        one(
            t,
            "ranking",
            "top 5 states by urban %",
            ranked(s["urban"], 5),
        ),
        one(
            t,
            "ranking",
            "rank the 3 states with the lowest violent crime rate, lowest first",
            ranked(s["violent"], 3, ascending=True),
        ),
        one(
            t,
            "compare",
            "is poverty higher in kentucky or west virginia?",
            num(s.loc["Kentucky", "poverty"], s.loc["West Virginia", "poverty"]),
        ),
        one(
            t,
            "derived",
            "for louisiana, murder rate as a percentage of the violent crime rate",
            num(s.loc["Louisiana", "murder"] / s.loc["Louisiana", "violent"] * 100),
        ),
        one(
            t,
            "numbers-in-question",
            "how many states have a murder rate under 2.5 per 100k",
            num((s["murder"] < 2.5).sum()),
        ),
        one(
            t,
            "aggregate",
            "avg violent crime rate of states where more than 90% of people graduated high school",
            num(s.loc[s["hs_grad"] > 90, "violent"].mean()),
        ),
        one(t, "aggregate", "poverty rate in kansas?", num(s.loc["Kansas", "poverty"])),
        one(
            t,
            "unanswerable",
            "how did the murder rate in texas change between 2005 and 2009",
            NO,
        ),
        one(
            t,
            "unanswerable",
            "how many murders were committed in ohio in total",
            NO,
        ),
        one(
            t,
            "unanswerable",
            "which state has the highest property crime rate",
            NO,
        ),
        SealedCase(
            t,
            [
                ("murder rate in montana?", num(s.loc["Montana", "murder"])),
                ("what about vermont", num(s.loc["Vermont", "murder"])),
            ],
            "follow-up",
        ),
        one(t, "chart", "bar chart of murder rate by state", BAR),
    ]


def _fertility() -> pd.DataFrame:
    return load("fertility.csv").set_index("Country Name")


def fertility() -> list[SealedCase]:
    t = "fertility.csv"
    f = _fertility()
    years = [c for c in f.columns if c.isdigit()]
    with_data = [y for y in years if f[y].notna().any()]
    return [
        one(t, "aggregate", "fertility rate of india in 1990?", num(f.loc["India", "1990"])),
        one(
            t,
            "aggregate",
            "avg fertility rate for japan over 2000-2010",
            num(f.loc["Japan", [str(y) for y in range(2000, 2011)]].mean()),
        ),
        one(
            t,
            "superlative",
            "which country had the highest fertility rate in 2011",
            num(f["2011"].max()),
        ),
        one(
            t,
            "ranking",
            "top 5 countires by fertility rate in 2011",
            ranked(f["2011"], 5),
        ),
        one(
            t,
            "ranking",
            "which 3 countries had the lowest fertility in 2011? lowest first",
            ranked(f["2011"], 3, ascending=True),
        ),
        one(
            t,
            "percent-change",
            "pct change in the fertility rate of the russian federation from 2000 to 2011",
            num(
                pct_change(f.loc["Russian Federation", "2000"], f.loc["Russian Federation", "2011"])
            ),
        ),
        one(
            t,
            "percent-change",
            "kazakhstan fertility: % change 1999 -> 2010",
            num(pct_change(f.loc["Kazakhstan", "1999"], f.loc["Kazakhstan", "2010"])),
        ),
        one(
            t,
            "compare",
            "in 1980 was fertility higher in brazil or mexico",
            num(f.loc["Brazil", "1980"], f.loc["Mexico", "1980"]),
        ),
        one(
            t,
            "numbers-in-question",
            "how many countries had a fertility rate above 6 in 2010",
            num((f["2010"] > 6).sum()),
        ),
        one(
            t,
            "derived",
            "how many times higher was niger's fertility rate than japan's in 2011",
            num(f.loc["Niger", "2011"] / f.loc["Japan", "2011"]),
        ),
        one(
            t,
            "coverage",
            "what's the first and the last year that actually has fertility values",
            num(int(with_data[0]), int(with_data[-1])),
        ),
        one(t, "unanswerable", "fertility rate in germany in 2013?", NO),
        one(t, "unanswerable", "whats the population of brazil in 2005", NO),
        one(t, "unanswerable", "what will india's fertility rate be in 2030", NO),
        SealedCase(
            t,
            [
                (
                    "fertility rate in the united states in 1960",
                    num(f.loc["United States", "1960"]),
                ),
                ("and in 2010?", num(f.loc["United States", "2010"])),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("bangladesh's fertility rate in 1975", num(f.loc["Bangladesh", "1975"])),
                ("same year for pakistan", num(f.loc["Pakistan", "1975"])),
            ],
            "follow-up",
        ),
    ]


def sunspots() -> list[SealedCase]:
    t = "sunspots.csv"
    u = load(t).set_index("YEAR")["SUNACTIVITY"]
    return [
        one(
            t,
            "superlative",
            "which year had the most sunspot activity and how much was it",
            num(u.idxmax(), u.max()),
        ),
        one(t, "coverage", "which years does the data cover?", num(u.index.min(), u.index.max())),
        one(
            t,
            "aggregate",
            "mean sunspot activty in the 1990s",
            num(u.loc[1990:1999].mean()),
        ),
        one(
            t,
            "aggregate",
            "total sunactivity from 1900 through 1950",
            num(u.loc[1900:1950].sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many yrs had activity above 100",
            num((u > 100).sum()),
        ),
        one(t, "aggregate", "in how many years was the activity exactly zero", num((u == 0).sum())),
        one(
            t,
            "percent-change",
            "percent change in sunspot activity from 1954 to 1957",
            num(pct_change(u.loc[1954], u.loc[1957])),
        ),
        SealedCase(
            t,
            [
                ("avg sunspot activity in the 1800s", num(u.loc[1800:1899].mean())),
                ("and the 1900s?", num(u.loc[1900:1999].mean())),
            ],
            "follow-up",
        ),
        one(
            t,
            "group",
            "avg sunspot activity by century (1700s, 1800s, 1900s, 2000s)",
            num(*u.groupby(u.index // 100).mean()),
        ),
        one(t, "unanswerable", "sunspot activity in 2015?", NO),
        one(t, "chart", "line chart of sunspot activity over time", LINE),
    ]


def elnino() -> list[SealedCase]:
    t = "elnino.csv"
    e = load(t).set_index("YEAR")
    means = e[MONTHS].mean()
    return [
        one(t, "aggregate", "sea temp in march 1998?", num(e.loc[1998, "MAR"])),
        one(
            t,
            "date-part",
            "which calendar month is warmest on average over all years, and what's its avg temp",
            num(means.max()),
        ),
        one(
            t,
            "date-part",
            "coolest month of the year on avg (all years)? give the avg",
            num(means.min()),
        ),
        one(t, "aggregate", "avg temperature over the 12 months of 1997", num(e.loc[1997].mean())),
        one(
            t,
            "superlative",
            "which year had the warmest december, and how warm was it",
            num(e["DEC"].idxmax(), e["DEC"].max()),
        ),
        one(
            t,
            "compare",
            "was jan 1983 warmer than jan 1998? give both temps",
            num(e.loc[1983, "JAN"], e.loc[1998, "JAN"]),
        ),
        one(
            t,
            "long-format",
            "mean august temp for the years 2000 to 2009",
            num(e.loc[2000:2009, "AUG"].mean()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many years had a february temperature above 26.5",
            num((e["FEB"] > 26.5).sum()),
        ),
        one(t, "coverage", "what's the last year in the el nino data", num(e.index.max())),
        one(t, "unanswerable", "el nino sea temperature in june 2015", NO),
        one(t, "unanswerable", "what was the sea temp on 15 july 1990", NO),
        SealedCase(
            t,
            [
                ("avg JUL temperature in the 1950s", num(e.loc[1950:1959, "JUL"].mean())),
                ("and in the 1980s", num(e.loc[1980:1989, "JUL"].mean())),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return statecrime() + fertility() + sunspots() + elnino()
