"""Fourteenth sealed set, package tables (second half): state public capital (Munnell),
Australian woollen yarn output by quarter and the Hudson's Bay lynx trappings. Asked the way
a data journalist on deadline types. Gold is plain pandas on the CSV as `load()` reads it."""

from __future__ import annotations

from tests.sealed14.cases import (
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

CAP = "state_public_capital.csv"
WOOL = "wool_yarn_quarterly.csv"
LYNX = "lynx_trappings.csv"


def capital() -> list[SealedCase]:
    m = load(CAP)
    y86 = m[m["year"] == 1986].set_index("state")
    y70 = m[m["year"] == 1970].set_index("state")
    y82 = m[m["year"] == 1982].set_index("state")
    by_year = m.groupby("year")
    tx = m[m["state"] == "Texas"].set_index("year")
    kinds = ["highway_capital", "water_capital", "utility_capital"]
    return [
        one(
            CAP,
            "aggregate",
            "avg jobless rate across every state and year",
            num(m["unemployment_rate"].mean()),
        ),
        one(
            CAP,
            "group",
            "total gsp across the states, year by year",
            num(*by_year["gsp"].sum().tolist()),
        ),
        one(
            CAP,
            "group",
            "avg jobless rate over the whole period for california, new york and texas",
            num(
                *m[m["state"].isin(["California", "New York", "Texas"])]
                .groupby("state")["unemployment_rate"]
                .mean()
                .tolist()
            ),
        ),
        one(
            CAP, "ranking", "top five states by gross state product in 1986", ranked(y86["gsp"], 5)
        ),
        one(
            CAP,
            "ranking",
            "the three states with the lowest unemployment in 1982",
            ranked(y82["unemployment_rate"], 3, ascending=True),
        ),
        one(
            CAP,
            "ranking",
            "which four states had the most private capital in 1970",
            ranked(y70["private_capital"], 4),
        ),
        one(
            CAP,
            "superlative",
            "worst offender on unemployment in 1982 - which state",
            ranked(y82["unemployment_rate"], 1),
        ),
        one(
            CAP,
            "superlative",
            "which state had the smallest economy in 1986",
            ranked(y86["gsp"], 1, ascending=True),
        ),
        one(CAP, "chart", "line chart of california's gsp over the years", LINE),
        one(CAP, "chart", "scatter public capital against gsp", SCATTER),
        one(
            CAP,
            "compare",
            "texas vs new york gsp, 1986",
            num(y86.loc["Texas", "gsp"], y86.loc["New York", "gsp"]),
        ),
        one(
            CAP,
            "compare",
            "michigan vs ohio unemployment in 1982",
            num(y82.loc["Michigan", "unemployment_rate"], y82.loc["Ohio", "unemployment_rate"]),
        ),
        one(CAP, "coverage", "how many states are in this", num(m["state"].nunique())),
        one(CAP, "coverage", "first and last year covered", num(m["year"].min(), m["year"].max())),
        one(
            CAP,
            "date-part",
            "average unemployment rate by year",
            num(*by_year["unemployment_rate"].mean().tolist()),
        ),
        one(
            CAP,
            "date-part",
            "which year had the highest average jobless rate across states",
            ranked(by_year["unemployment_rate"].mean(), 1),
        ),
        one(
            CAP,
            "derived",
            "public capital as a share of all capital (public plus private) in ohio, 1986, %",
            num(
                y86.loc["Ohio", "public_capital"]
                / (y86.loc["Ohio", "public_capital"] + y86.loc["Ohio", "private_capital"])
                * 100
            ),
        ),
        one(
            CAP,
            "per-normalise",
            "gsp per employee in california in 1986",
            num(y86.loc["California", "gsp"] / y86.loc["California", "employment"]),
        ),
        one(
            CAP,
            "per-normalise",
            "private capital per worker in texas back in 1970",
            num(y70.loc["Texas", "private_capital"] / y70.loc["Texas", "employment"]),
        ),
        one(
            CAP,
            "per-normalise",
            "public capital per job across all states combined in 1986",
            num(y86["public_capital"].sum() / y86["employment"].sum()),
        ),
        one(
            CAP,
            "percent-change",
            "how big a jump in california gsp from 1970 to 1986, in %",
            num(pct_change(y70.loc["California", "gsp"], y86.loc["California", "gsp"])),
        ),
        one(
            CAP,
            "percent-change",
            "total employment across the states, % growth 1970 to 1986",
            num(pct_change(y70["employment"].sum(), y86["employment"].sum())),
        ),
        one(
            CAP,
            "numbers-in-question",
            "how many states had unemployment over ten percent in 1982",
            num((y82["unemployment_rate"] > 10).sum()),
        ),
        one(
            CAP,
            "long-format",
            "break public capital down by type for 1986 - highways, water, utilities, totals",
            num(*(y86[c].sum() for c in kinds)),
        ),
        one(
            CAP,
            "long-format",
            "what share of all public capital was roads and highways in 1986, %",
            num(y86["highway_capital"].sum() / y86["public_capital"].sum() * 100),
        ),
        one(
            CAP,
            "long-format",
            "for florida in 1980, water vs utility capital",
            num(
                *m[(m["state"] == "Florida") & (m["year"] == 1980)][
                    ["water_capital", "utility_capital"]
                ].iloc[0]
            ),
        ),
        one(CAP, "unanswerable", "public capital numbers for alaska", NO),
        one(CAP, "unanswerable", "break the highway spending down by county", NO),
        one(CAP, "unanswerable", "why did michigan's unemployment spike in the early eighties", NO),
        SealedCase(
            CAP,
            [
                ("texas unemployment rate in 1982", num(tx.loc[1982, "unemployment_rate"])),
                ("and in 1986?", num(tx.loc[1986, "unemployment_rate"])),
            ],
            "follow-up",
        ),
        SealedCase(
            CAP,
            [
                ("combined gsp of all states in 1975", num(by_year["gsp"].sum()[1975])),
                ("and 1985", num(by_year["gsp"].sum()[1985])),
                (
                    "how big a jump is that in %",
                    num(pct_change(by_year["gsp"].sum()[1975], by_year["gsp"].sum()[1985])),
                ),
            ],
            "follow-up",
        ),
    ]


def wool() -> list[SealedCase]:
    w = load(WOOL, date="quarter_start")
    t = w["yarn_tonnes"]
    year = w["_d"].dt.year
    yearly = t.groupby(year).sum()
    by_q = t.groupby(w["_d"].dt.quarter).mean()
    s = w.set_index("quarter_start")["yarn_tonnes"]
    seventies = t[year.between(1970, 1979)]
    return [
        one(WOOL, "aggregate", "avg quarterly yarn output, whole series", num(t.mean())),
        one(
            WOOL,
            "group",
            "average quarterly output for each year from 1990 on",
            num(*t[year >= 1990].groupby(year[year >= 1990]).mean().tolist()),
        ),
        one(WOOL, "date-part", "average production by quarter of the year", num(*by_q.tolist())),
        one(WOOL, "date-part", "total output in 1970", num(yearly[1970])),
        one(WOOL, "date-part", "which calendar year produced the most yarn", ranked(yearly, 1)),
        one(WOOL, "date-part", "avg tonnes in the q4 quarters only", num(by_q[4])),
        one(WOOL, "superlative", "worst single quarter on record", ranked(s, 1, ascending=True)),
        one(WOOL, "ranking", "top three years by total output", ranked(yearly, 3)),
        one(WOOL, "chart", "plot yarn output over time", LINE),
        one(WOOL, "chart", "bar chart of total production per year", BAR),
        one(WOOL, "compare", "annual yarn output, 1980 vs 1990", num(yearly[1980], yearly[1990])),
        one(WOOL, "coverage", "how many quarters of data do we have", num(len(w))),
        one(
            WOOL,
            "percent-change",
            "how big a drop from 1966 to 1993 in annual output, %",
            num(pct_change(yearly[1966], yearly[1993])),
        ),
        one(
            WOOL,
            "percent-change",
            "% change from the very first quarter to the latest one",
            num(pct_change(t.iloc[0], t.iloc[-1])),
        ),
        one(
            WOOL, "numbers-in-question", "how many quarters topped 7k tonnes", num((t > 7000).sum())
        ),
        one(
            WOOL,
            "numbers-in-question",
            "count of quarters between 4,000 and 5,000 tonnes",
            num(t.between(4000, 5000).sum()),
        ),
        one(WOOL, "units-columns", "average quarterly output in kilotonnes", num(t.mean() / 1000)),
        one(
            WOOL,
            "units-columns",
            "total 1985 yarn production in kilograms",
            num(yearly[1985] * 1000),
        ),
        one(WOOL, "per-normalise", "average tonnes per month in 1990", num(yearly[1990] / 12)),
        one(
            WOOL,
            "derived",
            "spread between the best and worst quarter, in tonnes",
            num(t.max() - t.min()),
        ),
        one(WOOL, "unanswerable", "which mill produced the most yarn", NO),
        one(WOOL, "unanswerable", "what will yarn output be next quarter", NO),
        one(WOOL, "unanswerable", "how much of the yarn was exported", NO),
        SealedCase(
            WOOL,
            [
                ("avg quarterly output in the 1970s", num(seventies.mean())),
                ("what about the median", num(seventies.median())),
            ],
            "follow-up",
        ),
        SealedCase(
            WOOL,
            [
                ("total yarn made in 1975", num(yearly[1975])),
                ("and 1985", num(yearly[1985])),
            ],
            "follow-up",
        ),
        SealedCase(
            WOOL,
            [
                ("avg output in the first quarter of each year", num(by_q[1])),
                ("now the third", num(by_q[3])),
            ],
            "follow-up",
        ),
    ]


def lynx() -> list[SealedCase]:
    x = load(LYNX)
    s = x.set_index("year")["lynx_pelts"]
    decade = (x["year"] // 10) * 10
    early = s[s.index < 1900]
    late = s[s.index >= 1900]
    return [
        one(LYNX, "aggregate", "total lynx pelts over the whole record", num(s.sum())),
        one(LYNX, "aggregate", "median yearly catch", num(s.median())),
        one(LYNX, "superlative", "peak year for lynx trapping", ranked(s, 1)),
        one(LYNX, "ranking", "five biggest years for pelts", ranked(s, 5)),
        one(LYNX, "chart", "chart the lynx catch over time", LINE),
        one(LYNX, "chart", "distribution of annual catches as a histogram", HISTOGRAM),
        one(LYNX, "compare", "catch in 1900 vs 1904", num(s[1900], s[1904])),
        one(LYNX, "coverage", "how many years of records are there", num(len(s))),
        one(
            LYNX,
            "date-part",
            "total pelts by decade",
            num(*s.groupby(decade.to_numpy()).sum().tolist()),
        ),
        one(
            LYNX,
            "group",
            "average yearly catch in the 1820s and in the 1830s",
            num(s.loc[1820:1829].mean(), s.loc[1830:1839].mean()),
        ),
        one(
            LYNX,
            "percent-change",
            "how big a jump from 1825 to 1828, %",
            num(pct_change(s[1825], s[1828])),
        ),
        one(
            LYNX,
            "percent-change",
            "% change between 1904 and 1907",
            num(pct_change(s[1904], s[1907])),
        ),
        one(
            LYNX,
            "numbers-in-question",
            "how many years saw over 5,000 pelts",
            num((s > 5000).sum()),
        ),
        one(
            LYNX,
            "numbers-in-question",
            "how many years came in under a thousand",
            num((s < 1000).sum()),
        ),
        one(LYNX, "units-columns", "total catch in thousands of skins", num(s.sum() / 1000)),
        one(
            LYNX,
            "per-normalise",
            "average pelts a year across the 1880s",
            num(s.loc[1880:1889].mean()),
        ),
        one(
            LYNX,
            "per-normalise",
            "pelts per decade on average, over the full decades 1830 to 1929",
            num(s.loc[1830:1929].sum() / 10),
        ),
        one(
            LYNX,
            "derived",
            "what share of all pelts came in during the 1900s decade (1900-1909), %",
            num(s.loc[1900:1909].sum() / s.sum() * 100),
        ),
        one(LYNX, "derived", "biggest single-year increase in the catch", num(s.diff().max())),
        one(LYNX, "unanswerable", "which province trapped the most lynx", NO),
        one(LYNX, "unanswerable", "what was the going price per pelt", NO),
        one(LYNX, "unanswerable", "how many snowshoe hares were caught alongside", NO),
        SealedCase(
            LYNX,
            [
                ("avg yearly catch before 1900", num(early.mean())),
                ("and from 1900 on", num(late.mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            LYNX,
            [
                ("what's the biggest catch in any one year", num(s.max())),
                ("and the smallest", num(s.min())),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return [*capital(), *wool(), *lynx()]
