"""Conversations over the package tables air_passengers.csv, student_survey.csv and
birth_weights.csv."""

from __future__ import annotations

from tests.sealed8.cases import (
    BAR,
    BOX,
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

AIR = "air_passengers.csv"
SURVEY = "student_survey.csv"
BIRTH = "birth_weights.csv"


def _air():
    frame = load(AIR, "month", "%Y-%m")
    frame["year"] = frame["_d"].dt.year
    return frame


def air_passengers() -> list[SealedCase]:
    a = _air()
    p = a["AirPassengers"]
    yearly = a.groupby("year")["AirPassengers"].sum()
    by_month = a.groupby(a["_d"].dt.month)["AirPassengers"].mean()
    y1960 = a[a["year"] == 1960]["AirPassengers"]
    q3_58 = a[(a["year"] == 1958) & a["_d"].dt.month.isin([7, 8, 9])]["AirPassengers"].sum()
    jul = a[a["_d"].dt.month == 7].set_index("year")["AirPassengers"]
    assert jul[1959] > jul[1958] and yearly[1960] > yearly[1949]
    summer = a[a["_d"].dt.month.isin([6, 7, 8])].groupby("year")["AirPassengers"].sum()
    months = a.set_index("month")["AirPassengers"]
    return [
        one(AIR, "aggregate", "total passengers in 1955? (in thousands, as the data is)",
            num(yearly[1955])),
        one(AIR, "aggregate", "avg monthly passenger count over the whole series",
            num(p.mean())),
        one(AIR, "date-part",
            "which calendar month is busiest on average across all the years? give that avg",
            num(by_month.max())),
        one(AIR, "date-part", "how many passengers in q3 1958 combined", num(q3_58)),
        one(AIR, "percent-change", "pct growth in yearly passengers from 1949 to 1960",
            num(pct_change(yearly[1949], yearly[1960]))),
        one(AIR, "percent-change", "by how much % was july 1959 up on july 1958",
            num(pct_change(jul[1958], jul[1959]))),
        one(AIR, "coverage", "what years does this passenger series run from and to",
            num(a["year"].min(), a["year"].max())),
        one(AIR, "chart", "plot the monthly passengers over time", LINE),
        one(AIR, "compare", "compare the average monthly passengers of 1950 with 1960",
            num(a[a["year"] == 1950]["AirPassengers"].mean(), y1960.mean())),
        one(AIR, "numbers-in-question",
            "how many months had more than 400k passengers? (values are in thousands)",
            num((p > 400).sum())),
        one(AIR, "ranking", "top 3 months ever by passengers", ranked(months, 3)),
        one(AIR, "derived",
            "seasonal swing in 1960: busiest month minus quietest month, in passengers",
            num(y1960.max() - y1960.min())),
        one(AIR, "group", "yearly passenger totals pls", num(*yearly.tolist())),
        one(AIR, "per-normalise", "on average how many passengers per year (yearly total)",
            num(yearly.mean())),
        one(AIR, "superlative", "which year carried the most passengers, and how many",
            num(yearly.max(), yearly.idxmax())),
        SealedCase(AIR, [
            ("avrage passengers per month in 1952?",
             num(a[a["year"] == 1952]["AirPassengers"].mean())),
            ("and in 1957?", num(a[a["year"] == 1957]["AirPassengers"].mean())),
        ], "follow-up"),
        SealedCase(AIR, [
            ("total for the summer months (jun-aug) of 1956", num(summer[1956])),
            ("same for 1960", num(summer[1960])),
        ], "follow-up"),
        one(AIR, "unanswerable", "which airline carried the most passengers", NO),
        one(AIR, "unanswerable", "how did passenger numbers look in the seventies", NO),
        one(AIR, "unanswerable", "break the passenger numbers down by destination country", NO),
    ]  # fmt: skip


def student_survey() -> list[SealedCase]:
    s = load(SURVEY)
    h = s["Height"]
    by_sex_h = s.groupby("Sex")["Height"].mean()
    smoke_age = s.groupby("Smoke")["Age"].mean()
    clap = s.groupby("Clap")["Pulse"].mean()
    hand = s["W.Hnd"].dropna()
    women = s[s["Sex"] == "Female"]["Pulse"]
    men = s[s["Sex"] == "Male"]["Pulse"]
    never = s[s["Smoke"] == "Never"]
    regul = s[s["Smoke"] == "Regul"]
    return [
        one(SURVEY, "aggregate", "avg height of the students", num(h.mean())),
        one(SURVEY, "aggregate", "how many heavy smokers are in the class",
            num((s["Smoke"] == "Heavy").sum())),
        one(SURVEY, "group", "mean pulse for each smoking status",
            num(*s.groupby("Smoke")["Pulse"].mean().tolist())),
        one(SURVEY, "compare", "are the guys taller than the girls? give both avg heights",
            num(by_sex_h["Male"], by_sex_h["Female"])),
        one(SURVEY, "units-columns", "whats the average height in inches",
            num((h / 2.54).mean())),
        one(SURVEY, "units-columns", "average span of the writing hand, in inches",
            num((s["Wr.Hnd"] / 2.54).mean())),
        one(SURVEY, "numbers-in-question", "how many students are over 6 ft tall",
            num((h > 6 * 30.48).sum())),
        one(SURVEY, "numbers-in-question", "number of students aged 30 or older",
            num((s["Age"] >= 30).sum())),
        one(SURVEY, "derived", "height gap between the sexes: male avg minus female avg, cm",
            num(by_sex_h["Male"] - by_sex_h["Female"])),
        one(SURVEY, "derived",
            "of the students who said which hand they write with, what pct are lefties",
            num((hand == "Left").mean() * 100)),
        one(SURVEY, "ranking", "rank the smoking groups by average age, oldest first",
            ranked(smoke_age, 4)),
        one(SURVEY, "chart", "histogram of the students' ages", HISTOGRAM),
        one(SURVEY, "chart", "scatter plot of height against writing hand span", SCATTER),
        one(SURVEY, "per-normalise", "avg age per sex",
            num(*s.groupby("Sex")["Age"].mean().tolist())),
        one(SURVEY, "superlative",
            "which way of clapping (right hand on top etc) goes with the highest avg pulse? "
            "give the pulse",
            num(clap.max())),
        one(SURVEY, "coverage",
            "how many students answered the survey, and how many of them gave a height",
            num(len(s), h.notna().sum())),
        SealedCase(SURVEY, [
            ("median pulse for the women?", num(women.median())),
            ("and for the men?", num(men.median())),
        ], "follow-up"),
        SealedCase(SURVEY, [
            ("how many never-smokers exercise frequently",
             num((never["Exer"] == "Freq").sum())),
            ("what about the regular smokers", num((regul["Exer"] == "Freq").sum())),
        ], "follow-up"),
        one(SURVEY, "unanswerable", "whats the avg body weight of the students", NO),
        one(SURVEY, "unanswerable", "average exam mark for men vs women", NO),
        one(SURVEY, "unanswerable", "break the heights down by country of birth", NO),
    ]  # fmt: skip


def birth_weights() -> list[SealedCase]:
    b = load(BIRTH)
    smokers = b[b["smoke"] == 1]
    non = b[b["smoke"] == 0]
    race_low = b.groupby("race")["low"].mean() * 100
    ui = b.groupby("ui")["bwt"].mean()
    return [
        one(BIRTH, "aggregate", "mean birth weight in grams", num(b["bwt"].mean())),
        one(BIRTH, "aggregate", "how many of the mothers had hypertension",
            num(b["ht"].sum())),
        one(BIRTH, "compare", "avg baby weight, smokers vs non-smokers",
            num(smokers["bwt"].mean(), non["bwt"].mean())),
        one(BIRTH, "units-columns", "average birth weight in pounds?",
            num((b["bwt"] / 453.59237).mean())),
        one(BIRTH, "units-columns", "mothers' avg weight at last period, in kg",
            num((b["lwt"] * 0.45359237).mean())),
        one(BIRTH, "numbers-in-question", "how many babies came in under 2.5kg",
            num((b["bwt"] < 2500).sum())),
        one(BIRTH, "numbers-in-question", "how many mums weighed more than 200 lbs",
            num((b["lwt"] > 200).sum())),
        one(BIRTH, "derived", "low birth weight rate among smoking mothers, as a %",
            num(smokers["low"].mean() * 100)),
        one(BIRTH, "group", "average birthweight by race code",
            num(*b.groupby("race")["bwt"].mean().tolist())),
        one(BIRTH, "ranking", "rank the race codes by their low-birth-weight rate (%)",
            ranked(race_low, 3)),
        one(BIRTH, "per-normalise",
            "how many first-trimester physician visits per mother, on average",
            num(b["ftv"].mean())),
        one(BIRTH, "per-normalise", "avg maternal age per race",
            num(*b.groupby("race")["age"].mean().tolist())),
        one(BIRTH, "superlative", "how heavy was the heaviest baby, and how old was its mum",
            num(b["bwt"].max(), b.loc[b["bwt"].idxmax(), "age"])),
        one(BIRTH, "chart", "box plot of birth weight split by smoking", BOX),
        one(BIRTH, "coverage", "how many births are in here, and what's the mothers' age range",
            num(len(b), b["age"].min(), b["age"].max())),
        SealedCase(BIRTH, [
            ("avg bwt for mums with uterine irritability", num(ui[1])),
            ("and without?", num(ui[0])),
        ], "follow-up"),
        SealedCase(BIRTH, [
            ("how many low birth weight babies were born to smokers", num(smokers["low"].sum())),
            ("same for non-smokers", num(non["low"].sum())),
            ("now as a bar chart", BAR),
        ], "follow-up"),
        one(BIRTH, "unanswerable", "what's the avg gestational age at delivery", NO),
        one(BIRTH, "unanswerable", "how many of the babies were twins", NO),
        one(BIRTH, "unanswerable", "which delivery ward had the most low-weight births", NO),
    ]  # fmt: skip


def cases() -> list[SealedCase]:
    return air_passengers() + student_survey() + birth_weights()
