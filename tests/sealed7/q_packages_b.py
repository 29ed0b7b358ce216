"""Conversations over three package tables: Berkeley's 1973 graduate admissions in long
format, a pig-feeding trial's weekly weights, and economics journals' library prices."""

from __future__ import annotations

import pandas as pd

from tests.sealed7.cases import (
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
    return _admissions() + _pigs() + _journals()


def _admissions() -> list[SealedCase]:
    t = "berkeley_admissions.csv"
    b = load(t)
    admitted = b["Admit"] == "Admitted"
    women = b["Gender"] == "Female"
    men = b["Gender"] == "Male"
    dept = b.groupby("Dept")["Freq"].sum()
    dept_rate = b[admitted].groupby("Dept")["Freq"].sum() / dept * 100

    def count(mask: pd.Series) -> float:
        return b.loc[mask, "Freq"].sum()

    def rate(mask: pd.Series) -> float:
        return count(mask & admitted) / count(mask) * 100

    return [
        one(t, "aggregate", "how many applicants were there in total", num(b["Freq"].sum())),
        one(t, "long-format", "overal admission rate", num(rate(b["Freq"] >= 0))),
        one(
            t,
            "compare",
            "admission rate for women vs men? both pct",
            num(rate(women), rate(men)),
        ),
        one(t, "long-format", "acceptance rate by department", num(*dept_rate)),
        one(t, "ranking", "top 3 departments by number of applicnats", ranked(dept, 3)),
        one(
            t,
            "superlative",
            "which dept had the lowest acceptance rate, what was it",
            num(dept_rate.min()),
        ),
        one(
            t,
            "long-format",
            "how many women applied to dept A",
            num(count(women & (b["Dept"] == "A"))),
        ),
        one(
            t,
            "long-format",
            "in dept C how many men were rejected",
            num(count(men & (b["Dept"] == "C") & ~admitted)),
        ),
        one(
            t,
            "derived",
            "what share of all applicants were women, in %",
            num(count(women) / b["Freq"].sum() * 100),
        ),
        one(
            t,
            "numbers-in-question",
            "how many departments admitted more than 50% of their applicants",
            num((dept_rate > 50).sum()),
        ),
        one(
            t,
            "compare",
            "did dept A admit more men or women? give both counts",
            num(
                count(men & admitted & (b["Dept"] == "A")),
                count(women & admitted & (b["Dept"] == "A")),
            ),
        ),
        one(t, "per-normalise", "avg number of applicants per department", num(dept.mean())),
        one(t, "chart", "bar chart of applicants per departmnet", BAR),
        one(t, "long-format", "how many women were admitted overall", num(count(women & admitted))),
        one(
            t,
            "long-format",
            "number of men who applied to dept B",
            num(count(men & (b["Dept"] == "B"))),
        ),
        one(
            t,
            "long-format",
            "which dept got the most female applicants, how many",
            num(b[women].groupby("Dept")["Freq"].sum().max()),
        ),
        one(t, "unanswerable", "how did the admit rate change from 1972 to 1973", NO),
        one(t, "unanswerable", "what were the avg test scores of admitted students", NO),
        one(t, "unanswerable", "what was the admission rate for the physics department", NO),
        SealedCase(
            t,
            [
                ("admit rate for women in dept A", num(rate(women & (b["Dept"] == "A")))),
                ("and for men?", num(rate(men & (b["Dept"] == "A")))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many applicants did dept E get", num(dept["E"])),
                ("and dept F?", num(dept["F"])),
            ],
            "follow-up",
        ),
    ]


def _pigs() -> list[SealedCase]:
    t = "pig_growth.csv"
    p = load(t)
    weekly = p.groupby("Time")["Weight"].mean()
    wide = p.pivot(index="Pig", columns="Time", values="Weight")
    final = p[p["Time"] == 12].set_index("Pig")
    heaviest = p.loc[p["Weight"].idxmax()]
    return [
        one(t, "aggregate", "how many pigs are in the studdy", num(p["Pig"].nunique())),
        one(
            t, "coverage", "which weeks does the data cover", num(p["Time"].min(), p["Time"].max())
        ),
        one(t, "group", "avg weight by week", num(*weekly)),
        one(
            t,
            "percent-change",
            "pct change in avg weight from week 1 to week 12",
            num(pct_change(weekly[1], weekly[12])),
        ),
        one(
            t,
            "superlative",
            "which pig was heaviest at any weigh-in, and how heavy",
            num(heaviest["Pig"], heaviest["Weight"]),
        ),
        one(t, "ranking", "top 4 pigs by weight in week 12", ranked(final["Weight"], 4)),
        one(
            t,
            "compare",
            "avg week 12 weight for copper dose 1 vs dose 3",
            num(
                final.loc[final["Cu"] == 1, "Weight"].mean(),
                final.loc[final["Cu"] == 3, "Weight"].mean(),
            ),
        ),
        one(
            t,
            "derived",
            "avg weight gain per pig betwen week 1 and week 12",
            num((wide[12] - wide[1]).mean()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many weigh-ins were over 100 kg",
            num((p["Weight"] > 100).sum()),
        ),
        one(
            t,
            "per-normalise",
            "how many pigs per litter on avg",
            num(p.groupby("Litter")["Pig"].nunique().mean()),
        ),
        one(
            t,
            "group",
            "avg week-12 weight for each vitamin E dose (Evit)",
            num(*final.groupby("Evit")["Weight"].mean()),
        ),
        one(t, "chart", "line chart of avg weigth by week", LINE),
        one(t, "unanswerable", "what did the pigs sell for per kg", NO),
        one(t, "unanswerable", "which breed grew the fastest", NO),
        one(t, "unanswerable", "avg weight of the pigs at week 20", NO),
        SealedCase(
            t,
            [
                ("avg weight in week 6", num(weekly[6])),
                ("what about week 10?", num(weekly[10])),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many pigs got vitamin E dose 2", num(p.loc[p["Evit"] == 2, "Pig"].nunique())),
                ("and dose 3?", num(p.loc[p["Evit"] == 3, "Pig"].nunique())),
            ],
            "follow-up",
        ),
    ]


def _journals() -> list[SealedCase]:
    t = "econ_journals.csv"
    j = load(t)
    price = j["libprice"]
    return [
        one(t, "aggregate", "avg library subscripton price", num(price.mean())),
        one(t, "coverage", "how many journals are listed", num(len(j))),
        one(
            t,
            "ranking",
            "top 5 publishers by number of journals",
            ranked(j["pub"].value_counts(), 5),
        ),
        one(
            t,
            "ranking",
            "the 4 most expensive journals for libraries",
            ranked(j.set_index("title")["libprice"], 4),
        ),
        one(
            t, "ranking", "top 3 fields by number of journals", ranked(j["field"].value_counts(), 3)
        ),
        one(t, "superlative", "founding year of the oldest journal", num(j["date1"].min())),
        one(
            t,
            "compare",
            "avg library price elsevier vs blackwell",
            num(price[j["pub"] == "Elsevier"].mean(), price[j["pub"] == "Blackwell"].mean()),
        ),
        one(
            t,
            "derived",
            "what % of the journals are society journals",
            num((j["society"] == "yes").mean() * 100),
        ),
        one(t, "per-normalise", "avg number of pages per journal", num(j["pages"].mean())),
        one(
            t,
            "numbers-in-question",
            "how many journals cost libraries more than $1,000",
            num((price > 1000).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many journals were founded befor 1950",
            num((j["date1"] < 1950).sum()),
        ),
        one(t, "units-columns", "avg characters per page", num(j["charpp"].mean())),
        one(t, "chart", "histogram of library prices", HISTOGRAM),
        one(t, "unanswerable", "what's the impact factor of each journal", NO),
        one(t, "unanswerable", "how have library prices changed since 2010", NO),
        one(t, "unanswerable", "which journal gets the most downloads", NO),
        SealedCase(
            t,
            [
                ("how many journals does elsevier publish", num((j["pub"] == "Elsevier").sum())),
                ("and blackwell?", num((j["pub"] == "Blackwell").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "avg library price of the General field journals",
                    num(price[j["field"] == "General"].mean()),
                ),
                ("and Ec History?", num(price[j["field"] == "Ec History"].mean())),
            ],
            "follow-up",
        ),
    ]
