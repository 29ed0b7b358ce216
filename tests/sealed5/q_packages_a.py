"""Sealed set 5, package tables (a): airquality.csv, prof_salaries.csv, us_cereal.csv."""

from __future__ import annotations

from tests.sealed5.cases import (
    BAR,
    BOX,
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

AIR = "airquality.csv"
SAL = "prof_salaries.csv"
CER = "us_cereal.csv"


def airquality() -> list[SealedCase]:
    d = load(AIR)
    by_month = d.groupby("Month")
    may, jun, jul, aug = (d[d["Month"] == m] for m in (5, 6, 7, 8))
    return [
        one(AIR, "aggregate", "whats the avg ozone level over all days", num(d["Ozone"].mean())),
        one(
            AIR,
            "coverage",
            "how many days are in this data and on how many of them are both ozone and solar "
            "radiation recorded?",
            num(len(d), d[["Ozone", "Solar.R"]].notna().all(axis=1).sum()),
        ),
        one(AIR, "group", "average Temp by month", num(*by_month["Temp"].mean())),
        one(
            AIR,
            "superlative",
            "which month had the highest averge ozone and what was that average?",
            num(by_month["Ozone"].mean().max()),
        ),
        one(
            AIR,
            "numbers-in-question",
            "how many days was the temperature above 85 degrees",
            num((d["Temp"] > 85).sum()),
        ),
        one(
            AIR,
            "compare",
            "compare mean wind speed in may with august",
            num(may["Wind"].mean(), aug["Wind"].mean()),
        ),
        one(AIR, "chart", "scatter of temperature against ozone", SCATTER),
        one(
            AIR,
            "derived",
            "correlation between temp and ozone?",
            num(d["Temp"].corr(d["Ozone"])),
        ),
        one(AIR, "unanswerable", "which city has the worst air quality here", NO),
        one(AIR, "unanswerable", "what was the ozone level in january?", NO),
        one(AIR, "unanswerable", "why is ozone so much higher in summer", NO),
        SealedCase(
            AIR,
            [
                ("highest ozone reading in june?", num(jun["Ozone"].max())),
                ("and in august?", num(aug["Ozone"].max())),
            ],
            "follow-up",
        ),
        one(
            AIR,
            "percent-change",
            "by what percent did the average temp rise from may to july",
            num(pct_change(may["Temp"].mean(), jul["Temp"].mean())),
        ),
        one(
            AIR,
            "units-columns",
            "mean temperature in celsius (the Temp column is fahrenheit)",
            num((d["Temp"].mean() - 32) * 5 / 9),
        ),
        one(
            AIR,
            "numbers-in-question",
            "on how many days was wind over 15 mph and ozone missing",
            num(((d["Wind"] > 15) & d["Ozone"].isna()).sum()),
        ),
    ]


def salaries() -> list[SealedCase]:
    d = load(SAL)
    men, women = d[d["sex"] == "Male"], d[d["sex"] == "Female"]
    full = d[d["rank"] == "Prof"]
    by_rank = d.groupby("rank")
    a, b = d[d["discipline"] == "A"], d[d["discipline"] == "B"]
    return [
        one(SAL, "aggregate", "whats the averge salary", num(d["salary"].mean())),
        one(SAL, "group", "median salary for each rank", num(*by_rank["salary"].median())),
        one(
            SAL,
            "compare",
            "avg salary men vs women",
            num(men["salary"].mean(), women["salary"].mean()),
        ),
        SealedCase(
            SAL,
            [
                (
                    "how many women hold the rank of full professor (Prof)?",
                    num((full["sex"] == "Female").sum()),
                ),
                ("and how many men?", num((full["sex"] == "Male").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            SAL,
            [
                ("mean pay in discipline A", num(a["salary"].mean())),
                ("what about B?", num(b["salary"].mean())),
                ("show both as a bar chart", BAR),
            ],
            "follow-up",
        ),
        one(
            SAL,
            "numbers-in-question",
            "how many faculty earn more than 150k",
            num((d["salary"] > 150_000).sum()),
        ),
        one(
            SAL,
            "superlative",
            "which rank has the longest average years of service, and how long is it",
            num(by_rank["yrs.service"].mean().max()),
        ),
        one(
            SAL,
            "derived",
            "how big is the gap in dollars between the average male and average female salary",
            num(men["salary"].mean() - women["salary"].mean()),
        ),
        one(SAL, "chart", "box plot of salary by rank", BOX),
        one(SAL, "per-normalise", "number of professors per rank", num(*by_rank.size())),
        one(
            SAL,
            "percent-change",
            "how much higher in pct is the avg full Prof salary than the avg AsstProf salary",
            num(pct_change(d.loc[d["rank"] == "AsstProf", "salary"].mean(), full["salary"].mean())),
        ),
        one(
            SAL,
            "units-columns",
            "average salary in thousands of dollars",
            num(d["salary"].mean() / 1000),
        ),
        one(SAL, "unanswerable", "which university pays its professors best?", NO),
        one(SAL, "unanswerable", "what is the average age of the professors", NO),
        one(SAL, "unanswerable", "how have salaries changed over the last decade", NO),
        one(
            SAL,
            "numbers-in-question",
            "how many people have 40+ years since their phd",
            num((d["yrs.since.phd"] >= 40).sum()),
        ),
    ]


def cereal() -> list[SealedCase]:
    d = load(CER).set_index("cereal")
    by_mfr = d.groupby("mfr")
    s1, s3 = d[d["shelf"] == 1], d[d["shelf"] == 3]
    return [
        one(CER, "ranking", "top 5 cereals by potassium", ranked(d["potassium"], 5)),
        one(
            CER,
            "superlative",
            "which cereal has the most fibre and how much",
            num(d["fibre"].max()),
        ),
        one(CER, "group", "avg calories by manufacturer", num(*by_mfr["calories"].mean())),
        one(
            CER,
            "aggregate",
            "how many cereals are fortified with 100% vitamins",
            num((d["vitamins"] == "100%").sum()),
        ),
        one(
            CER,
            "numbers-in-question",
            "how many cereals have more than 300 mg of sodium",
            num((d["sodium"] > 300).sum()),
        ),
        one(CER, "unanswerable", "which cereal is the cheapest per box", NO),
        one(CER, "unanswerable", "which of these cereals are gluten free?", NO),
        one(
            CER,
            "compare",
            "avg sugars kellogg's (K) vs general mills (G)",
            num(d.loc[d["mfr"] == "K", "sugars"].mean(), d.loc[d["mfr"] == "G", "sugars"].mean()),
        ),
        one(
            CER,
            "superlative",
            "which manufacturer has the most cereals in the list, how many",
            num(d["mfr"].value_counts().max()),
        ),
        one(CER, "per-normalise", "how many cereals per shelf", num(*d.groupby("shelf").size())),
        one(CER, "chart", "histogram of calories", HISTOGRAM),
        one(
            CER,
            "derived",
            "what percent of cereals have more than 10 g of sugars",
            num((d["sugars"] > 10).mean() * 100),
        ),
        SealedCase(
            CER,
            [
                ("avg fat for cereals on shelf 1?", num(s1["fat"].mean())),
                ("and shelf 3?", num(s3["fat"].mean())),
            ],
            "follow-up",
        ),
        one(
            CER,
            "ranking",
            "3 lowest-calorie cereals, lowest first",
            ranked(d["calories"], 3, ascending=True),
        ),
    ]


def cases() -> list[SealedCase]:
    return airquality() + salaries() + cereal()
