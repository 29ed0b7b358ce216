"""Questions over four vega_datasets tables: iowa_electricity, barley, us_employment and
la_riots."""

from __future__ import annotations

from tests.sealed.cases import BOX, LINE, NO, SCATTER, SealedCase, load, num, one, pct_change, top


def iowa() -> list[SealedCase]:
    t = "iowa_electricity.csv"
    e = load(t, "year")
    year = e["_d"].dt.year

    def gen(source: str, y: int) -> float:
        rows = (e["source"] == source) & (year == y)
        assert rows.sum() == 1
        return float(e.loc[rows, "net_generation"].iloc[0])

    total_2017 = e.loc[year == 2017, "net_generation"].sum()
    return [
        one(t, "long-format", "renewables net generation in 2010", num(gen("Renewables", 2010))),
        one(
            t,
            "percent-change",
            "how much did renewables grow from 2001 to 2017 in %",
            num(pct_change(gen("Renewables", 2001), gen("Renewables", 2017))),
        ),
        one(
            t,
            "compare",
            "nuclear or fossil fuels higher in 2005",
            num(gen("Nuclear Energy", 2005), gen("Fossil Fuels", 2005)),
        ),
        one(t, "coverage", "yrs covered?", num(year.min(), year.max())),
        one(
            t,
            "group",
            "total net_generation by source",
            num(*e.groupby("source")["net_generation"].sum()),
        ),
        one(
            t,
            "derived",
            "share of renewables in total generation in 2017, in percent",
            num(gen("Renewables", 2017) / total_2017 * 100),
        ),
        one(t, "chart", "chart net generation over the years for each source", LINE),
        one(t, "unanswerable", "fossil fuels generation in 2020", NO),
        one(t, "unanswerable", "what will renewables be in 2030", NO),
        SealedCase(
            t,
            [
                ("nuclear energy generation in 2008", num(gen("Nuclear Energy", 2008))),
                ("and in 2012?", num(gen("Nuclear Energy", 2012))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("fossil fuels in 2016", num(gen("Fossil Fuels", 2016))),
                ("and in 2025?", NO),
            ],
            "follow-up",
        ),
    ]


def barley() -> list[SealedCase]:
    t = "barley.csv"
    b = load(t)
    crop = b["yield"]

    def avg(**where: object) -> float:
        rows = crop.notna()
        for column, value in where.items():
            rows &= b[column] == value
        return crop[rows].mean()

    return [
        one(t, "group", "avg yield per site", num(*b.groupby("site")["yield"].mean())),
        one(
            t, "ranking", "top 3 varieties by avg yield", top(b.groupby("variety")["yield"].mean())
        ),
        one(
            t,
            "compare",
            "avg yield at morris: 1931 vs 1932",
            num(avg(site="Morris", year=1931), avg(site="Morris", year=1932)),
        ),
        one(t, "aggregate", "total yield for trebi", num(crop[b["variety"] == "Trebi"].sum())),
        one(
            t, "numbers-in-question", "how many records with yield above 40", num((crop > 40).sum())
        ),
        one(
            t,
            "percent-change",
            "% change in avg yield from 1931 to 1932",
            num(pct_change(avg(year=1931), avg(year=1932))),
        ),
        one(t, "aggregate", "min yield at duluth", num(crop[b["site"] == "Duluth"].min())),
        one(t, "chart", "box plot of yield by site", BOX),
        one(
            t,
            "aggregate",
            "yld of No. 457 at crookston in 1931",
            num(avg(variety="No. 457", site="Crookston", year=1931)),
        ),
        one(t, "unanswerable", "avg rainfall at waseca", NO),
        SealedCase(
            t,
            [
                ("avg yield for velvet in 1932", num(avg(variety="Velvet", year=1932))),
                ("what about glabron?", num(avg(variety="Glabron", year=1932))),
            ],
            "follow-up",
        ),
    ]


def employment() -> list[SealedCase]:
    t = "us_employment.csv"
    u = load(t, "month")
    year = u["_d"].dt.year

    def at(column: str, month: str) -> float:
        return float(u.loc[u["month"] == month, column].iloc[0])

    def change(y: int) -> float:
        return u.loc[year == y, "nonfarm_change"].sum()

    return [
        one(t, "aggregate", "avg nonfarm in 2009", num(u.loc[year == 2009, "nonfarm"].mean())),
        one(
            t,
            "percent-change",
            "manufacturing: % change from jan 2006 to dec 2015",
            num(pct_change(at("manufacturing", "2006-01-01"), at("manufacturing", "2015-12-01"))),
        ),
        one(t, "aggregate", "highest construction value", num(u["construction"].max())),
        one(
            t,
            "numbers-in-question",
            "how many months had nonfarm change below -500",
            num((u["nonfarm_change"] < -500).sum()),
        ),
        one(t, "coverage", "which years does the data cover", num(year.min(), year.max())),
        one(
            t,
            "compare",
            "was avg retail trade or manufacturing higher in 2010",
            num(
                u.loc[year == 2010, "retail_trade"].mean(),
                u.loc[year == 2010, "manufacturing"].mean(),
            ),
        ),
        one(
            t,
            "derived",
            "government as % of nonfarm in dec 2015",
            num(at("government", "2015-12-01") / at("nonfarm", "2015-12-01") * 100),
        ),
        one(t, "chart", "plot nonfarm over time", LINE),
        one(
            t,
            "date-part",
            "avg nonfarm_change in january months",
            num(u.loc[u["_d"].dt.month == 1, "nonfarm_change"].mean()),
        ),
        one(t, "unanswerable", "unemployment rate in 2012", NO),
        one(t, "unanswerable", "nonfarm jobs in 2020", NO),
        SealedCase(
            t,
            [
                ("total nonfarm_change in 2009", num(change(2009))),
                ("and 2010?", num(change(2010))),
                ("and 2011", num(change(2011))),
            ],
            "follow-up",
        ),
    ]


def riots() -> list[SealedCase]:
    t = "la_riots.csv"
    r = load(t, "death_date")
    age = r["age"]

    def race(name: str) -> int:
        return int((r["race"] == name).sum())

    return [
        one(t, "aggregate", "avg age of victims", num(age.mean())),
        one(t, "group", "deaths by race", num(*r["race"].value_counts())),
        one(t, "numbers-in-question", "how many victims over 40", num((age > 40).sum())),
        one(
            t,
            "date-part",
            "how many deaths happened on a thursday",
            num((r["_d"].dt.dayofweek == 3).sum()),
        ),
        one(
            t,
            "compare",
            "avg age male vs female",
            num(age[r["gender"] == "Male"].mean(), age[r["gender"] == "Female"].mean()),
        ),
        one(t, "long-format", "how many homicides", num((r["type"] == "Homicide").sum())),
        one(t, "ranking", "top 2 types by count", top(r["type"].value_counts(), 2)),
        one(t, "derived", "% of victims that were male", num((r["gender"] == "Male").mean() * 100)),
        one(t, "chart", "scatter longitude vs latitude", SCATTER),
        one(t, "unanswerable", "why were there more deaths in compton", NO),
        one(t, "unanswerable", "how many people were injured", NO),
        SealedCase(
            t,
            [("how many latino victims", num(race("Latino"))), ("and white?", num(race("White")))],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg age of homicide victims", num(age[r["type"] == "Homicide"].mean())),
                (
                    "same for officer-involved shootings",
                    num(age[r["type"] == "Officer-involved shooting"].mean()),
                ),
            ],
            "follow-up",
        ),
    ]
