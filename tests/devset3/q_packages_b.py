"""Conversations over wheat (vega_datasets: Playfair's wheat price and weekly wages, every
five years 1565–1820, no wages for the last two rows), breast_cancer (scikit-learn: the
Wisconsin diagnostic data, 569 tumours) and linnerud (scikit-learn: 20 fitness-club men)."""

from __future__ import annotations

from tests.devset3.cases import (
    HISTOGRAM,
    LINE,
    NO,
    SCATTER,
    SealedCase,
    above,
    best,
    load,
    num,
    one,
    pct_change,
    ranked,
)

LB_TO_KG = 0.45359237
INCH_TO_CM = 2.54


def wheat() -> list[SealedCase]:
    t = "wheat.csv"
    w = load(t).set_index("year")
    price, wages = w["wheat"], w["wages"]

    def century(series, start: int) -> float:
        return float(series[(series.index >= start) & (series.index < start + 100)].mean())

    rows = [
        (
            "superlative",
            "peak wheat price and when was it",
            num(best(price), price.idxmax()),
        ),
        ("aggregate", "avg wheat price across all years", num(price.mean())),
        (
            "derived",
            "wheat price divided by wages in 1800",
            num(price[1800] / wages[1800]),
        ),
        ("ranking", "top 3 years by weekly wages", ranked(wages, 3)),
        (
            "percent-change",
            "by how many percent did wages rise from 1565 to 1810",
            num(pct_change(wages[1565], wages[1810])),
        ),
        (
            "coverage",
            "first and last year that have wage data",
            num(wages.dropna().index.min(), wages.dropna().index.max()),
        ),
        ("numbers-in-question", "how many years was wheat over 60", num(above(price, 60))),
        ("chart", "plot wheat and wages over the years", LINE),
        ("date-part", "avg wheat price in the 1700s", num(century(price, 1700))),
        ("unanswerable", "what was the wheat price in 1900", NO),
        ("unanswerable", "which monarch was reigning when wheat peaked", NO),
    ]
    return [one(t, *row) for row in rows] + [
        SealedCase(
            t,
            [
                ("average wages in the 1600s", num(century(wages, 1600))),
                ("and the 1700s?", num(century(wages, 1700))),
            ],
            "follow-up",
        )
    ]


def breast_cancer() -> list[SealedCase]:
    t = "breast_cancer.csv"
    b = load(t)
    dx = b.groupby("diagnosis")
    malignant = b["diagnosis"] == "malignant"
    big = b["worst radius"] > 17
    assert not (b["worst radius"] == 17).any()
    rows = [
        ("aggregate", "how many tumours are malignant", num(malignant.sum())),
        ("derived", "what pct of the cases are benign", num((~malignant).mean() * 100)),
        ("group", "avg mean radius by diagnosis", num(*dx["mean radius"].mean())),
        (
            "compare",
            "median worst area: malignant vs benign",
            num(*dx["worst area"].median()),
        ),
        (
            "numbers-in-question",
            "how many samples have a mean area over 1,000",
            num(above(b["mean area"], 1000)),
        ),
        (
            "numbers-in-question",
            "of the tumours with worst radius above 17, what percent are malignant",
            num(malignant[big].mean() * 100),
        ),
        ("superlative", "largest mean perimeter in the data", num(best(b["mean perimeter"]))),
        ("chart", "histogram of mean texture", HISTOGRAM),
        ("chart", "scatter mean radius against mean texture", SCATTER),
        (
            "aggregate",
            "avg of the texture error column",
            num(b["texture error"].mean()),
        ),
        ("unanswerable", "avg patient age for malignant tumours", NO),
        ("unanswerable", "what is the five year survival rate", NO),
        ("unanswerable", "which hospital sent the most samples", NO),
    ]
    return [one(t, *row) for row in rows] + [
        SealedCase(
            t,
            [
                (
                    "average mean smoothness for malignant ones",
                    num(dx["mean smoothness"].mean()["malignant"]),
                ),
                ("and benign?", num(dx["mean smoothness"].mean()["benign"])),
            ],
            "follow-up",
        )
    ]


def linnerud() -> list[SealedCase]:
    t = "linnerud.csv"
    m = load(t)
    heavy = m["Weight (lb)"] > 190
    assert not (m["Weight (lb)"] == 190).any()
    wide = m["Waist (in)"] > 35
    rows = [
        ("aggregate", "avg resting pulse", num(m["Pulse (bpm)"].mean())),
        ("units-columns", "average weight in lb", num(m["Weight (lb)"].mean())),
        (
            "units-columns",
            "what's the average waist size in cm",
            num(m["Waist (in)"].mean() * INCH_TO_CM),
        ),
        (
            "units-columns",
            "total weight of all members in kg",
            num(m["Weight (lb)"].sum() * LB_TO_KG),
        ),
        ("superlative", "most situps done by a single member", num(best(m["Situps"]))),
        ("ranking", "top 3 members by jumps", ranked(m.set_index("member")["Jumps"], 3)),
        (
            "numbers-in-question",
            "how many guys did 200 or more situps",
            num((m["Situps"] >= 200).sum()),
        ),
        (
            "compare",
            "avg jumps for members over 190 lb vs everyone else",
            num(m.loc[heavy, "Jumps"].mean(), m.loc[~heavy, "Jumps"].mean()),
        ),
        ("unanswerable", "avg age of the members", NO),
        ("unanswerable", "which gym do they train at", NO),
    ]
    return [one(t, *row) for row in rows] + [
        SealedCase(
            t,
            [
                (
                    "mean situps for members with a waist over 35 in",
                    num(m.loc[wide, "Situps"].mean()),
                ),
                ("and for 35 or less?", num(m.loc[~wide, "Situps"].mean())),
            ],
            "follow-up",
        )
    ]


def cases() -> list[SealedCase]:
    return wheat() + breast_cancer() + linnerud()
