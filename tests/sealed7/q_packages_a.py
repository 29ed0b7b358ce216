"""Conversations over three package tables: cigarette sales by US state and year, Australian
AIDS cases, and Scottish hill-race records."""

from __future__ import annotations

import pandas as pd

from tests.sealed7.cases import (
    BAR,
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
    return _cigarettes() + _aids() + _hills()


def _cigarettes() -> list[SealedCase]:
    t = "cigarette_sales.csv"
    c = load(t)
    year = c["year"]
    by_year = c.groupby("year")
    sales = by_year["sales"].mean()
    price = by_year["price"].mean()
    y92 = c[year == 1992].set_index("state")

    def at(state: int, yr: int, column: str) -> float:
        return c.loc[(c["state"] == state) & (year == yr), column].iloc[0]

    return [
        one(
            t, "coverage", "which years does the cigarette data cover", num(year.min(), year.max())
        ),
        one(t, "coverage", "how many states are in this table", num(c["state"].nunique())),
        one(
            t,
            "aggregate",
            "avg per-capita cigarette sales accross the states in 1992",
            num(sales[1992]),
        ),
        one(
            t,
            "group",
            "avg pack price by decade (60s, 70s, 80s, 90s)",
            num(*c.groupby(year // 10 * 10)["price"].mean()),
        ),
        one(
            t,
            "ranking",
            "top 5 states by packs sold per captia in 1980",
            ranked(c[year == 1980].set_index("state")["sales"], 5),
        ),
        one(
            t,
            "superlative",
            "in which year was avg per-capita consumption highest, and what was it",
            num(sales.idxmax(), sales.max()),
        ),
        one(
            t,
            "compare",
            "was the pack price higher in state 5 or state 10 in 1990? give both",
            num(at(5, 1990, "price"), at(10, 1990, "price")),
        ),
        one(
            t,
            "percent-change",
            "pct chnage in the avg pack price between 1970 and 1990",
            num(pct_change(price[1970], price[1990])),
        ),
        one(
            t,
            "derived",
            "in 1992, how much higher was a state's pack price than the min price in neighbouring "
            "states (pimin), on average",
            num((y92["price"] - y92["pimin"]).mean()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many state-year rows have a pack price above 100",
            num((c["price"] > 100).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "in how many states were sales over 150 packs per head in 1975",
            num(((year == 1975) & (c["sales"] > 150)).sum()),
        ),
        one(t, "units-columns", "avg ndi across states in 1992", num(y92["ndi"].mean())),
        one(t, "chart", "line chart of the avg pack price over the yeras", LINE),
        one(
            t,
            "percent-change",
            "pct change in avg ndi from 1980 to 1990",
            num(pct_change(by_year["ndi"].mean()[1980], by_year["ndi"].mean()[1990])),
        ),
        one(t, "unanswerable", "what share of adults smoked in each state", NO),
        one(t, "unanswerable", "per capita cigarette sales by state in 2005", NO),
        one(t, "unanswerable", "what's the name of the state with code 5", NO),
        SealedCase(
            t,
            [
                ("avg packs per capita in 1970", num(sales[1970])),
                ("and in 1990?", num(sales[1990])),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("top 3 states by pack price in 1992", ranked(y92["price"], 3)),
                ("now the 3 cheapest, cheapest first", ranked(y92["price"], 3, ascending=True)),
            ],
            "follow-up",
        ),
    ]


def _aids() -> list[SealedCase]:
    t = "aids_australia.csv"
    a = load(t, "diag", "%Y-%m-%d")
    a["_death"] = pd.to_datetime(a["death"], format="%Y-%m-%d")
    year = a["_d"].dt.year
    per_year = year.value_counts()
    months = a["_d"].dt.month.value_counts()
    died = a["status"] == "D"
    return [
        one(t, "aggregate", "how many patients are in this table", num(len(a))),
        one(t, "aggregate", "avg age at diagnosys", num(a["age"].mean())),
        one(t, "group", "number of cases by state", num(*a["state"].value_counts())),
        one(
            t,
            "ranking",
            "rank the top 3 transmission categories by number of cases",
            ranked(a["T.categ"].value_counts(), 3),
        ),
        one(
            t,
            "superlative",
            "which year had the most diagnoses and how many were there",
            num(per_year.idxmax(), per_year.max()),
        ),
        one(
            t,
            "compare",
            "were more men or women diagnosed? both counts pls",
            num((a["sex"] == "M").sum(), (a["sex"] == "F").sum()),
        ),
        one(
            t,
            "derived",
            "what % of patients had died by the end of follow-up",
            num(died.mean() * 100),
        ),
        one(
            t,
            "derived",
            "for the patients who died, avg number of days from diagnosis to death",
            num((a["_death"] - a["_d"])[died].dt.days.mean()),
        ),
        one(
            t,
            "date-part",
            "which calendar month saw the most diagnoses, and how many",
            num(months.max()),
        ),
        one(t, "coverage", "what years do the diagnoses span", num(year.min(), year.max())),
        one(
            t,
            "percent-change",
            "pct change in the number of diagnoses from 1985 to 1990",
            num(pct_change(per_year[1985], per_year[1990])),
        ),
        one(
            t,
            "numbers-in-question",
            "how many patients were older then 50 when diagnosed",
            num((a["age"] > 50).sum()),
        ),
        one(t, "per-normalise", "avg age per state", num(*a.groupby("state")["age"].mean())),
        one(t, "chart", "bar chart of cases by transmision category", BAR),
        one(
            t,
            "date-part",
            "which day of the week had the most diagnoses, how many",
            num(a["_d"].dt.dayofweek.value_counts().max()),
        ),
        one(t, "unanswerable", "what was the avg cd4 count at diagnosis", NO),
        one(t, "unanswerable", "how many cases were diagnosed in 1995", NO),
        one(t, "unanswerable", "which treatment gave patients the longest survival", NO),
        SealedCase(
            t,
            [
                ("avg age of the patients in VIC", num(a.loc[a["state"] == "VIC", "age"].mean())),
                ("and QLD?", num(a.loc[a["state"] == "QLD", "age"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many deaths in NSW", num((died & (a["state"] == "NSW")).sum())),
                ("what about the 'Other' states?", num((died & (a["state"] == "Other")).sum())),
            ],
            "follow-up",
        ),
    ]


def _hills() -> list[SealedCase]:
    t = "scottish_hill_races.csv"
    h = load(t).set_index("race")
    pace = h["time"] / h["dist"]
    return [
        one(t, "aggregate", "avg recrod time across the races", num(h["time"].mean())),
        one(t, "coverage", "how many races are listed", num(len(h))),
        one(t, "ranking", "rank the 5 races with the most climb", ranked(h["climb"], 5)),
        one(
            t,
            "superlative",
            "what's the fastest record time of any race",
            num(h["time"].min()),
        ),
        one(
            t,
            "compare",
            "ben nevis vs knockfarrel, which has the bigger climb? both numbers",
            num(h.loc["Ben Nevis", "climb"], h.loc["Knockfarrel", "climb"]),
        ),
        one(
            t,
            "derived",
            "for ben nevis, how many minutes per mile is the record",
            num(pace["Ben Nevis"]),
        ),
        one(
            t,
            "superlative",
            "which race has the slowest pace per mile, and what is that pace",
            num(pace.max()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many races climb more than 2,000 ft",
            num((h["climb"] > 2000).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many races are 10 miles or longr",
            num((h["dist"] >= 10).sum()),
        ),
        one(t, "chart", "scatter plot of record time against distance", SCATTER),
        one(t, "unanswerable", "who holds the ben nevis record", NO),
        one(t, "unanswerable", "what year was each record set", NO),
        one(t, "unanswerable", "how many runners finished each race", NO),
        SealedCase(
            t,
            [
                ("record time for ben lomond", num(h.loc["Ben Lomond", "time"])),
                ("and ben nevis?", num(h.loc["Ben Nevis", "time"])),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("top 3 races by record time", ranked(h["time"], 3)),
                ("now as a bar chart", BAR),
            ],
            "follow-up",
        ),
    ]
