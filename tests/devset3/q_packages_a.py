"""Conversations over three vega_datasets tables: burtin (antibiotic MICs against 16
bacteria), crimea (Nightingale's monthly deaths by cause) and driving (US miles per capita
and gas price by year)."""

from __future__ import annotations

import pandas as pd

from tests.devset3.cases import (
    BAR,
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


def burtin() -> list[SealedCase]:
    t = "burtin.csv"
    b = load(t)
    gram = b.groupby("Gram_Staining")
    genus = b.set_index("Bacteria")
    strep = b[b["Genus"] == "Streptococcus"]
    staph = b[b["Genus"] == "Staphylococcus"]
    rows = [
        ("aggregate", "how many of the bacteria are gram positive", num(gram.size()["positive"])),
        ("group", "avg penicillin mic by gram stain", num(*gram["Penicillin"].mean())),
        ("group", "number of bacteria per genus", num(*b.groupby("Genus").size())),
        (
            "ranking",
            "which 3 bacteria need the highest streptomycin concentration? top 3",
            ranked(genus["Streptomycin"], 3),
        ),
        ("superlative", "highest penicillin MIC of any bacterium", num(best(b["Penicillin"]))),
        (
            "compare",
            "avg streptomycin, gram negative vs gram positive",
            num(*gram["Streptomycin"].mean()),
        ),
        (
            "numbers-in-question",
            "how many bacteria have a penicillin mic above 0.5",
            num(above(b["Penicillin"], 0.5)),
        ),
        (
            "derived",
            "ratio of penicillin to neomycin MIC for Escherichia coli",
            num(
                genus.loc["Escherichia coli", "Penicillin"]
                / genus.loc["Escherichia coli", "Neomycin"]
            ),
        ),
        ("chart", "bar chart of penicillin by bacteria", BAR),
        ("unanswerable", "which antibiotic is cheapest per dose", NO),
        ("unanswerable", "why is penicillin so weak against gram negative bugs", NO),
        ("unanswerable", "avg mic of tetracycline across the bacteria", NO),
    ]
    return [one(t, *row) for row in rows] + [
        SealedCase(
            t,
            [
                ("mean neomycin for the streptococcus genus", num(strep["Neomycin"].mean())),
                ("and staphylococcus?", num(staph["Neomycin"].mean())),
            ],
            "follow-up",
        )
    ]


def crimea() -> list[SealedCase]:
    t = "crimea.csv"
    c = load(t, "date", "%Y-%m-%d")
    year = c["_d"].dt.year
    causes = ["wounds", "other", "disease"]
    total = c[causes].sum(axis=1)
    rows = [
        ("aggregate", "total deaths from disease", num(c["disease"].sum())),
        ("aggregate", "total deaths, all causes combined", num(total.sum())),
        (
            "superlative",
            "which month had the most disease deaths and how many",
            num(best(c["disease"])),
        ),
        ("date-part", "disease deaths in 1855", num(c.loc[year == 1855, "disease"].sum())),
        ("coverage", "what years does this data cover", num(year.min(), year.max())),
        (
            "derived",
            "what share of all deaths were from disease, in %",
            num(c["disease"].sum() / total.sum() * 100),
        ),
        (
            "percent-change",
            "how much did wound deaths go up from 1854 to 1855 (%)",
            num(pct_change(*(c.loc[year == y, "wounds"].sum() for y in (1854, 1855)))),
        ),
        (
            "compare",
            "compare total deaths from wounds vs other causes",
            num(c["wounds"].sum(), c["other"].sum()),
        ),
        ("chart", "line chart of disease deaths over time", LINE),
        (
            "numbers-in-question",
            "in how many months did disease deaths exceed 1,000",
            num(above(c["disease"], 1000)),
        ),
        ("per-normalise", "avg deaths per month from disease", num(c["disease"].mean())),
        ("unanswerable", "how many soldiers were treated at scutari", NO),
        ("unanswerable", "total disease deaths in 1857", NO),
    ]
    return [one(t, *row) for row in rows] + [
        SealedCase(
            t,
            [
                ("avg monthly wound deaths in 1855", num(c.loc[year == 1855, "wounds"].mean())),
                ("what about 1854?", num(c.loc[year == 1854, "wounds"].mean())),
            ],
            "follow-up",
        )
    ]


def driving() -> list[SealedCase]:
    t = "driving.csv"
    d = load(t)
    by_year = d.set_index("year")
    miles, gas = by_year["miles"], by_year["gas"]

    def decade(series: pd.Series, start: int) -> float:
        return float(series[(series.index >= start) & (series.index < start + 10)].mean())

    rows = [
        (
            "coverage",
            "which years does the driving data span",
            num(d["year"].min(), d["year"].max()),
        ),
        (
            "superlative",
            "what was the highest gas price, and in which year",
            num(best(gas), gas.idxmax()),
        ),
        ("superlative", "lowest gas price recorded", num(best(gas, lowest=True))),
        (
            "percent-change",
            "pct growth in miles driven per capita from 1956 to 2007",
            num(pct_change(miles[1956], miles[2007])),
        ),
        ("date-part", "avg gas price in the 70s", num(decade(gas, 1970))),
        (
            "numbers-in-question",
            "how many years had gas above $3 a gallon",
            num(above(d["gas"], 3)),
        ),
        (
            "numbers-in-question",
            "number of years where miles per person went over 9.5k",
            num(above(d["miles"], 9500)),
        ),
        ("chart", "scatter plot of gas price vs miles driven", SCATTER),
        ("units-columns", "average miles driven per capita over all years", num(d["miles"].mean())),
        ("ranking", "top 3 years by miles driven", ranked(miles, 3)),
        ("unanswerable", "what was the gas price in 2015", NO),
        ("unanswerable", "how many cars were registered in the us", NO),
        ("unanswerable", "why did people drive less after the financial crisis", NO),
    ]
    return [one(t, *row) for row in rows] + [
        SealedCase(
            t,
            [
                ("avg gas price in the 1980s", num(decade(gas, 1980))),
                ("and the 1990s?", num(decade(gas, 1990))),
            ],
            "follow-up",
        )
    ]


def cases() -> list[SealedCase]:
    return burtin() + crimea() + driving()
