"""Conversations over three package tables: Windsor house sales, US traffic fatalities by
state and year, and Arbuthnot's London christenings."""

from __future__ import annotations

from tests.sealed6.cases import (
    BAR,
    HISTOGRAM,
    LINE,
    NO,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)


def cases() -> list[SealedCase]:
    return _housing() + _fatalities() + _christenings()


def _housing() -> list[SealedCase]:
    t = "windsor_housing.csv"
    h = load(t)
    price = h["price"]
    return [
        one(t, "aggregate", "whats the median sale price of these houses", num(price.median())),
        one(
            t,
            "numbers-in-question",
            "how many houses have a lot bigger than 8,000 sq ft",
            num((h["lotsize"] > 8000).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many homes went for 100k or more",
            num((price >= 100_000).sum()),
        ),
        one(
            t,
            "group",
            "avg price by number of stories",
            num(*h.groupby("stories")["price"].mean()),
        ),
        one(
            t,
            "compare",
            "are houses with air con pricier on average than ones without? give both avgs",
            num(price[h["airco"] == "yes"].mean(), price[h["airco"] == "no"].mean()),
        ),
        one(
            t,
            "derived",
            "what % of the houses have a full basement",
            num((h["fullbase"] == "yes").mean() * 100),
        ),
        one(t, "units-columns", "avg number of bathrooms per house", num(h["bathrms"].mean())),
        one(
            t,
            "units-columns",
            "how many of the houses have gas hot water heating",
            num((h["gashw"] == "yes").sum()),
        ),
        one(
            t,
            "per-normalise",
            "how many garage spaces does a house have on avg",
            num(h["garagepl"].mean()),
        ),
        one(
            t,
            "per-normalise",
            "avg sale price per bedroom count",
            num(*h.groupby("bedrooms")["price"].mean()),
        ),
        one(
            t,
            "superlative",
            "how big is the lot of the most expensive house",
            num(h.loc[price.idxmax(), "lotsize"]),
        ),
        one(t, "chart", "histogram of sale prcies", HISTOGRAM),
        one(t, "unanswerable", "what year were most of these houses built", NO),
        one(t, "unanswerable", "how do these prices compare with houses in toronto", NO),
        one(t, "unanswerable", "how much did prices go up between 1990 and 1995", NO),
        one(t, "unanswerable", "whats the avg property tax on these homes", NO),
        SealedCase(
            t,
            [
                (
                    "avg price for houses in the preferred neighbourhood",
                    num(price[h["prefarea"] == "yes"].mean()),
                ),
                ("and for the ones not in it?", num(price[h["prefarea"] == "no"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg price of 2 storey houses", num(price[h["stories"] == 2].mean())),
                ("what about 3 storeys?", num(price[h["stories"] == 3].mean())),
                ("now a bar chart of avg price by number of storeys", BAR),
            ],
            "follow-up",
        ),
    ]


def _fatalities() -> list[SealedCase]:
    t = "traffic_fatalities.csv"
    f = load(t)
    year = f["year"]
    by_year = f.groupby("year")
    income = by_year["perinc"].mean()
    worst = f["unrate"].idxmax()
    return [
        one(t, "coverage", "which years does this data cover", num(year.min(), year.max())),
        one(
            t,
            "units-columns",
            "whats the average unemployment rate in 1988",
            num(f.loc[year == 1988, "unrate"].mean()),
        ),
        one(
            t,
            "units-columns",
            "avg per capita income in 1982",
            num(f.loc[year == 1982, "perinc"].mean()),
        ),
        one(t, "group", "avg mrall for each yr", num(*by_year["mrall"].mean())),
        one(
            t,
            "percent-change",
            "pct change in the average per capita income between 1982 and 1988",
            num(pct_change(income[1982], income[1988])),
        ),
        one(
            t,
            "numbers-in-question",
            "in how many state-years was the beer tax above 1.0",
            num((f["beertax"] > 1).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "in 1982 how many states had a minimum drinking age under 21",
            num((f.loc[year == 1982, "mlda"] < 21).sum()),
        ),
        one(
            t,
            "compare",
            "is the avg fatality rate higher where jail is mandatory (jaild) or where it isnt",
            num(
                f.loc[f["jaild"] == "yes", "mrall"].mean(),
                f.loc[f["jaild"] == "no", "mrall"].mean(),
            ),
        ),
        one(
            t,
            "superlative",
            "highest unemployment rate in the table, and what year was it",
            num(f.loc[worst, "unrate"], f.loc[worst, "year"]),
        ),
        one(
            t,
            "ranking",
            "top 5 states by average beer tax",
            ranked(f.groupby("state")["beertax"].mean(), 5),
        ),
        one(
            t,
            "derived",
            "what share of the observations require community service (comserd), in %",
            num((f["comserd"] == "yes").mean() * 100),
        ),
        one(t, "chart", "line chart of the avg fatality rate by yr", LINE),
        one(t, "unanswerable", "which state had the most drunk driving deaths in 1995", NO),
        one(t, "unanswerable", "whats the population of each state", NO),
        one(t, "unanswerable", "how many of the deaths involved motorcycles", NO),
        SealedCase(
            t,
            [
                ("avg vmiles in 1984", num(f.loc[year == 1984, "vmiles"].mean())),
                ("and 1987?", num(f.loc[year == 1987, "vmiles"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("mean beer tax in 1982?", num(f.loc[year == 1982, "beertax"].mean())),
                ("what about 1988", num(f.loc[year == 1988, "beertax"].mean())),
            ],
            "follow-up",
        ),
    ]


def _christenings() -> list[SealedCase]:
    t = "london_christenings.csv"
    a = load(t)
    year = a["Year"]
    both = a["Males"] + a["Females"]
    row = a.set_index("Year")
    worst = a["Plague"].idxmax()
    return [
        one(t, "coverage", "what yrs does the data span", num(year.min(), year.max())),
        one(
            t,
            "aggregate",
            "total number of boys christened over the whole period",
            num(a["Males"].sum()),
        ),
        one(
            t,
            "compare",
            "were more girls or boys christened in 1700",
            num(row.loc[1700, "Females"], row.loc[1700, "Males"]),
        ),
        one(
            t,
            "percent-change",
            "% change in total christenings between 1650 and 1700",
            num(pct_change(both[year == 1650].iloc[0], both[year == 1700].iloc[0])),
        ),
        one(
            t,
            "units-columns",
            "give me total christenings for 1629 as a full number rather than in thousands",
            num(row.loc[1629, "Total"] * 1000),
        ),
        one(
            t,
            "superlative",
            "which year had the most plague deaths and how many",
            num(a.loc[worst, "Plague"], a.loc[worst, "Year"]),
        ),
        one(
            t,
            "numbers-in-question",
            "how many yrs had mortality above 20k",
            num((a["Mortality"] > 20_000).sum()),
        ),
        one(
            t,
            "derived",
            "boys per 100 girls over the whole period (total boys / total girls x 100)",
            num(a["Males"].sum() / a["Females"].sum() * 100),
        ),
        one(t, "ranking", "top 3 years for plague deaths", ranked(row["Plague"], 3)),
        one(t, "chart", "plot boys and girls christened over time", LINE),
        one(
            t,
            "per-normalise",
            "how many christenings per year on average, boys and girls together",
            num(both.mean()),
        ),
        one(
            t,
            "derived",
            "in 1665 what share of all deaths were from plague, in %",
            num(row.loc[1665, "Plague"] / row.loc[1665, "Mortality"] * 100),
        ),
        one(t, "unanswerable", "how many christenings were there in 1750", NO),
        one(t, "unanswerable", "what was londons population in 1700", NO),
        one(t, "unanswerable", "how many of the children died before age five", NO),
        SealedCase(
            t,
            [
                (
                    "avg number of girls christened per yr in the 1640s",
                    num(a.loc[year.between(1640, 1649), "Females"].mean()),
                ),
                ("and in the 1690s?", num(a.loc[year.between(1690, 1699), "Females"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many boys were christened in 1666", num(row.loc[1666, "Males"])),
                ("and girls?", num(row.loc[1666, "Females"])),
            ],
            "follow-up",
        ),
    ]
