"""Conversations over the package tables us_arrests.csv, esophageal_cancer.csv and
nottingham_temps.csv."""

from __future__ import annotations

from tests.sealed9.cases import (
    BAR,
    HISTOGRAM,
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

ARR = "us_arrests.csv"
ESO = "esophageal_cancer.csv"
NOT = "nottingham_temps.csv"


def us_arrests() -> list[SealedCase]:
    a = load(ARR)
    s = a.set_index("State")
    alaska_pct = pct_change(a["Rape"].mean(), s.loc["Alaska", "Rape"])
    assert alaska_pct > 0
    urban80 = a[a["UrbanPop"] > 80]["Rape"].mean()
    urban50 = a[a["UrbanPop"] < 50]["Rape"].mean()
    big = a["UrbanPop"] >= 70
    return [
        one(
            ARR, "aggregate", "whats the avg murder rate across the states", num(a["Murder"].mean())
        ),
        one(ARR, "aggregate", "median urban pop % over all states", num(a["UrbanPop"].median())),
        one(ARR, "chart", "scatter urbanpop against assault rate", SCATTER),
        one(
            ARR,
            "compare",
            "murder rate texas vs california?",
            num(s.loc["Texas", "Murder"], s.loc["California", "Murder"]),
        ),
        one(ARR, "coverage", "how many states are in this table", num(a["State"].nunique())),
        one(
            ARR,
            "derived",
            "combined arrest rate for florida - murder + assault + rape, per 100k",
            num(s.loc["Florida", ["Murder", "Assault", "Rape"]].sum()),
        ),
        one(
            ARR,
            "numbers-in-question",
            "no. of states with a murder rate over 10 per 100k",
            num((a["Murder"] > 10).sum()),
        ),
        one(
            ARR,
            "per-normalise",
            "assault arrests per murder arrest nationally (sum of assault over sum of murder)",
            num(a["Assault"].sum() / a["Murder"].sum()),
        ),
        one(
            ARR,
            "percent-change",
            "how many % above the average state (plain mean of the states) is alaska's rape rate",
            num(alaska_pct),
        ),
        one(ARR, "ranking", "top 5 states for assault arrests", ranked(s["Assault"], 5)),
        one(
            ARR,
            "superlative",
            "which state has the lowest assault rate, and what is it",
            num(a["Assault"].min()),
        ),
        one(
            ARR,
            "units-columns",
            "georgia's murder arrests per million residents? the figures are per 100,000",
            num(s.loc["Georgia", "Murder"] * 10),
        ),
        one(
            ARR,
            "group",
            "avg assault rate for states with urbanpop 70 or more vs the rest",
            num(a[big]["Assault"].mean(), a[~big]["Assault"].mean()),
        ),
        one(
            ARR,
            "units-columns",
            "assault arrests per 1,000 residents in maryland (data is per 100k)",
            num(s.loc["Maryland", "Assault"] / 100),
        ),
        one(ARR, "unanswerable", "which county had the highest assault rate", NO),
        one(ARR, "unanswerable", "how has the murder rate in ohio changed over the years", NO),
        one(ARR, "unanswerable", "split the murder arrests by gender of the arrestee", NO),
        SealedCase(
            ARR,
            [
                ("avg rape rate in states where urban pop is above 80%", num(urban80)),
                ("what about states below 50%", num(urban50)),
            ],
            "follow-up",
        ),
        SealedCase(
            ARR,
            [
                ("how many states have an assault rate above 250", num((a["Assault"] > 250).sum())),
                ("and above 150?", num((a["Assault"] > 150).sum())),
            ],
            "follow-up",
        ),
    ]


def esophageal_cancer() -> list[SealedCase]:
    e = load(ESO)
    age = e.groupby("agegp")["ncases"].sum()
    alc = e.groupby("alcgp")["ncases"].sum()
    assert age["65-74"] > age["45-54"]
    combo = e.set_index(["agegp", "alcgp", "tobgp"])["ncases"]
    assert (combo == combo.max()).sum() == 1
    old = e[e["agegp"] == "75+"]
    tob = e.groupby("tobgp")["ncases"].sum()
    return [
        one(ESO, "aggregate", "total cases in the study?", num(e["ncases"].sum())),
        one(ESO, "chart", "bar chart of cases per age group", BAR),
        one(
            ESO,
            "compare",
            "cases among the heaviest drinkers (120+) vs the lightest (0-39g/day)",
            num(alc["120+"], alc["0-39g/day"]),
        ),
        one(
            ESO,
            "coverage",
            "how many age bands are there, and how many people in total (cases plus controls)",
            num(e["agegp"].nunique(), e["ncases"].sum() + e["ncontrols"].sum()),
        ),
        one(
            ESO,
            "derived",
            "overall share of participants who are cases, cases/(cases+controls) in %",
            num(e["ncases"].sum() / (e["ncases"].sum() + e["ncontrols"].sum()) * 100),
        ),
        one(ESO, "group", "number of cases in each age grp", num(*age.tolist())),
        one(
            ESO,
            "long-format",
            "how many controls in the 55-64 age band altogether",
            num(e[e["agegp"] == "55-64"]["ncontrols"].sum()),
        ),
        one(
            ESO,
            "long-format",
            "total cases for smokers of 10-19 g a day, all ages and drinking levels",
            num(tob["10-19"]),
        ),
        one(
            ESO,
            "long-format",
            "cases aged 65-74 in the top alcohol bracket (120+)",
            num(e[(e["agegp"] == "65-74") & (e["alcgp"] == "120+")]["ncases"].sum()),
        ),
        one(
            ESO,
            "numbers-in-question",
            "cases among people smoking 30g/day or more",
            num(tob["30+"]),
        ),
        one(
            ESO,
            "per-normalise",
            "controls per case in the 75+ age group",
            num(old["ncontrols"].sum() / old["ncases"].sum()),
        ),
        one(
            ESO,
            "percent-change",
            "by what % do cases in the 65-74 band exceed the 45-54 band",
            num(pct_change(age["45-54"], age["65-74"])),
        ),
        one(ESO, "ranking", "rank the alcohol groups by total cases", ranked(alc, 4)),
        one(
            ESO,
            "superlative",
            "which age / alcohol / tobacco cell has the most cases? how many",
            num(combo.max()),
        ),
        one(
            ESO,
            "units-columns",
            "how many cases drank at least 80 grams of alcohol per day",
            num(alc["80-119"] + alc["120+"]),
        ),
        one(ESO, "unanswerable", "how many of the cases were women", NO),
        one(ESO, "unanswerable", "what year were these patients diagnosed", NO),
        one(ESO, "unanswerable", "how many cases survived five years after diagnosis", NO),
        SealedCase(
            ESO,
            [
                ("how many cases in the 35-44 age group", num(age["35-44"])),
                ("and controls?", num(e[e["agegp"] == "35-44"]["ncontrols"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            ESO,
            [
                ("cases in the lowest tobacco group (0-9g/day)", num(tob["0-9g/day"])),
                ("what about 20-29", num(tob["20-29"])),
            ],
            "follow-up",
        ),
    ]


def _temps():
    frame = load(NOT, "month", "%b %Y")
    frame["year"] = frame["_d"].dt.year
    frame["mon"] = frame["_d"].dt.month
    return frame


def nottingham_temps() -> list[SealedCase]:
    t = _temps()
    f = t["temp_degF"]
    yearly = t.groupby("year")["temp_degF"].mean()
    by_mon = t.groupby("mon")["temp_degF"].mean()
    y30 = t[t["year"] == 1930]["temp_degF"]
    jul = t[t["mon"] == 7].set_index("year")["temp_degF"]
    assert jul[1921] > jul[1920]
    months = t.set_index("month")["temp_degF"]
    summer = t[t["mon"].isin([6, 7, 8])].groupby("year")["temp_degF"].mean()
    return [
        one(NOT, "aggregate", "overall mean temperature in the data", num(f.mean())),
        one(NOT, "chart", "line chart of the monthly temps over time", LINE),
        one(NOT, "chart", "histogram of the monthly temperatures", HISTOGRAM),
        one(NOT, "compare", "avg temp 1925 vs 1935", num(yearly[1925], yearly[1935])),
        one(
            NOT,
            "coverage",
            "which years does the temperature record span",
            num(t["year"].min(), t["year"].max()),
        ),
        one(
            NOT,
            "date-part",
            "which calendar month is warmest on average? give the average",
            num(by_mon.max()),
        ),
        one(NOT, "date-part", "mean summer temp (jun, jul, aug) in 1933", num(summer[1933])),
        one(
            NOT,
            "derived",
            "temperature range in 1930, warmest month minus coldest",
            num(y30.max() - y30.min()),
        ),
        one(NOT, "group", "yearly average temperature, every year", num(*yearly.tolist())),
        one(
            NOT, "numbers-in-question", "how many months were colder than 35 F", num((f < 35).sum())
        ),
        one(
            NOT,
            "per-normalise",
            "on avg how many months per year go above 60 degrees",
            num((f > 60).sum() / t["year"].nunique()),
        ),
        one(
            NOT,
            "percent-change",
            "% change in the july temp from 1920 to 1921",
            num(pct_change(jul[1920], jul[1921])),
        ),
        one(NOT, "ranking", "top 3 hottest months on record", ranked(months, 3)),
        one(NOT, "superlative", "coldest month in the whole series - how cold", num(f.min())),
        one(
            NOT, "units-columns", "1930 average temp in celsius pls", num((y30.mean() - 32) * 5 / 9)
        ),
        one(NOT, "units-columns", "hottest month on record, in deg C", num((f.max() - 32) * 5 / 9)),
        one(NOT, "unanswerable", "how much rain fell in nottingham each year", NO),
        one(NOT, "unanswerable", "what was the avg temperature in the nineteen fifties", NO),
        one(NOT, "unanswerable", "which day of the year had the highest max temp", NO),
        SealedCase(
            NOT,
            [
                ("average january temperature across all the years", num(by_mon[1])),
                ("same for july", num(by_mon[7])),
                ("bar chart of the average for each calendar month", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            NOT,
            [
                ("what was the mean temp in 1926", num(yearly[1926])),
                ("and in 1938?", num(yearly[1938])),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return us_arrests() + esophageal_cancer() + nottingham_temps()
