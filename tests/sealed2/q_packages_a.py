"""Questions over two package tables: penguins.csv (palmerpenguins) and mpg.csv (plotnine)."""

from __future__ import annotations

from tests.sealed2.cases import (
    BOX,
    HISTOGRAM,
    NO,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    top,
)


def penguins() -> list[SealedCase]:
    t = "penguins.csv"
    p = load(t)
    mass = p["body_mass_g"]

    def mass_of(species: str, island: str) -> float:
        return mass[(p["species"] == species) & (p["island"] == island)].mean()

    def count(species: str, sex: str) -> int:
        return int(((p["species"] == species) & (p["sex"] == sex)).sum())

    return [
        one(
            t,
            "aggregate",
            "avg body mass of gentoo penguins",
            num(mass[p["species"] == "Gentoo"].mean()),
        ),
        one(
            t,
            "group",
            "mean flipper length by species",
            num(*p.groupby("species")["flipper_length_mm"].mean()),
        ),
        one(
            t,
            "ranking",
            "which island has the most penguins",
            num(p["island"].value_counts().max()),
        ),
        one(
            t,
            "compare",
            "are male or female penguins heavier on avg",
            num(mass[p["sex"] == "male"].mean(), mass[p["sex"] == "female"].mean()),
        ),
        one(
            t,
            "units-columns",
            "avg bill length for chinstraps",
            num(p.loc[p["species"] == "Chinstrap", "bill_length_mm"].mean()),
        ),
        one(
            t,
            "units-columns",
            "how deep is the deepest bill",
            num(p["bill_depth_mm"].max()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many penguins weigh more than 4.5k g",
            num((mass > 4500).sum()),
        ),
        one(t, "coverage", "what years does the data cover", num(p["year"].min(), p["year"].max())),
        # derived: share of all rows (every penguin has an island).
        one(
            t,
            "derived",
            "what pct of the penguins live on dream island",
            num((p["island"] == "Dream").mean() * 100),
        ),
        one(
            t,
            "percent-change",
            "% change in avg body mass from 2007 to 2009",
            num(pct_change(mass[p["year"] == 2007].mean(), mass[p["year"] == 2009].mean())),
        ),
        one(t, "chart", "scatter of flipper length vs body mass", SCATTER),
        one(t, "unanswerable", "what's the avg age of the penguins", NO),
        one(t, "unanswerable", "how many penguins were counted in 2015", NO),
        SealedCase(
            t,
            [
                ("avg body mass for adelie on dream", num(mass_of("Adelie", "Dream"))),
                ("and on torgersen?", num(mass_of("Adelie", "Torgersen"))),
                ("what about biscoe", num(mass_of("Adelie", "Biscoe"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("no. of male gentoos", num(count("Gentoo", "male"))),
                ("and females?", num(count("Gentoo", "female"))),
            ],
            "follow-up",
        ),
    ]


def mpg() -> list[SealedCase]:
    t = "mpg.csv"
    m = load(t)
    hwy, cty = m["hwy"], m["cty"]

    def city_mpg(cyl: int, column: str = "cty") -> float:
        return m.loc[m["cyl"] == cyl, column].mean()

    return [
        one(
            t, "aggregate", "averge highway mpg for 2008 models", num(hwy[m["year"] == 2008].mean())
        ),
        one(t, "aggregate", "how many distinct models are there", num(m["model"].nunique())),
        one(t, "group", "average city mpg by class", num(*m.groupby("class")["cty"].mean())),
        one(
            t,
            "ranking",
            "top 3 manufacturers by number of cars",
            top(m["manufacturer"].value_counts()),
        ),
        one(
            t,
            "ranking",
            "which manufacturer has the best avg highway mileage",
            num(m.groupby("manufacturer")["hwy"].mean().max()),
        ),
        one(
            t,
            "compare",
            "is avg hwy mpg higher for front wheel drive or 4wd",
            num(hwy[m["drv"] == "f"].mean(), hwy[m["drv"] == "4"].mean()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many cars get at least 30 mpg on the highway",
            num((hwy >= 30).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "count of cars with engine displacement above 5 litres",
            num((m["displ"] > 5).sum()),
        ),
        one(
            t,
            "percent-change",
            "% change in avg engine displacement between 1999 and 2008",
            num(
                pct_change(
                    m.loc[m["year"] == 1999, "displ"].mean(),
                    m.loc[m["year"] == 2008, "displ"].mean(),
                )
            ),
        ),
        # derived: manual transmissions are the `trans` values starting "manual".
        one(
            t,
            "derived",
            "what percent of cars have a manual transmission",
            num(m["trans"].str.startswith("manual").mean() * 100),
        ),
        one(
            t,
            "coverage",
            "which model years are in the data",
            num(m["year"].min(), m["year"].max()),
        ),
        one(t, "chart", "box plot of hwy by class", BOX),
        one(t, "chart", "histogram of city mpg", HISTOGRAM),
        one(t, "unanswerable", "what's the price of the audi a4", NO),
        one(t, "unanswerable", "which car has the most horsepower", NO),
        SealedCase(
            t,
            [
                ("avg cty mpg for 4 cylinder cars", num(city_mpg(4))),
                ("and 8 cylinders?", num(city_mpg(8))),
                ("same for hwy", num(city_mpg(8, "hwy"))),
            ],
            "follow-up",
        ),
        one(t, "aggregate", "lowest city mpg of any suv", num(cty[m["class"] == "suv"].min())),
    ]
