# ruff: noqa: E501
"""Thirteenth sealed set, package tables (a): euro-area electrical equipment orders,
the 1997 Scottish devolution vote by council area, and Cleveland heart clinic patients.
Asked in a public-sector analyst's words while preparing a briefing."""

from __future__ import annotations

from tests.sealed13.cases import (
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

ELEC = "euro_electrical_orders.csv"
SCOT = "scottish_devolution_vote.csv"
HEART = "heart_patients_cleveland.csv"


def elec() -> list[SealedCase]:
    e = load(ELEC, "month", "%Y-%m-%d")
    s = e.set_index("_d")["new_orders_index"]
    year = e.groupby(e["_d"].dt.year)["new_orders_index"].mean()
    moy = e.groupby(e["_d"].dt.month)["new_orders_index"].mean()
    qtr = e.groupby(e["_d"].dt.quarter)["new_orders_index"].mean()
    return [
        one(
            ELEC,
            "aggregate",
            "Could you tell me the average level of the new orders index over the whole series, please?",
            num(s.mean()),
        ),
        one(
            ELEC,
            "group",
            "I'd like the average orders index for each year from 2009 to 2012, if you would.",
            num(*year.loc[2009:2012]),
        ),
        one(
            ELEC,
            "ranking",
            "Which three years had the highest average orders index for electrical equipment?",
            ranked(year, 3),
        ),
        one(
            ELEC,
            "superlative",
            "What was the highest reading the orders index ever reached?",
            num(s.max()),
        ),
        one(
            ELEC,
            "chart",
            "Could I have a line chart of new orders over time for the briefing pack?",
            LINE,
        ),
        one(
            ELEC,
            "compare",
            "How did the index in January 2008 compare with January 2009?",
            num(s.loc["2008-01-01"], s.loc["2009-01-01"]),
        ),
        one(
            ELEC,
            "coverage",
            "How many monthly observations does this series contain altogether?",
            num(len(e)),
        ),
        one(
            ELEC,
            "date-part",
            "Would you give me the average index for each quarter of the year, pooling all years?",
            num(*qtr),
        ),
        one(
            ELEC,
            "date-part",
            "On average across the years, how high does the index run in August?",
            num(moy.loc[8]),
        ),
        one(
            ELEC,
            "date-part",
            "Which calendar month tends to be the strongest for orders, on average? Please give its average level.",
            num(moy.max()),
        ),
        one(
            ELEC,
            "date-part",
            "what was the average index in december, taking every year together",
            num(moy.loc[12]),
        ),
        one(
            ELEC,
            "derived",
            "What is the gap between the highest and the lowest monthly readings in the series?",
            num(s.max() - s.min()),
        ),
        one(
            ELEC,
            "percent-change",
            "By what percentage did the index change between January 2009 and January 2011?",
            num(pct_change(s.loc["2009-01-01"], s.loc["2011-01-01"])),
        ),
        one(
            ELEC,
            "percent-change",
            "Could you work out the percentage change in the yearly average index from 2008 to 2009?",
            num(pct_change(year.loc[2008], year.loc[2009])),
        ),
        one(
            ELEC,
            "percent-change",
            "How much, in percentage terms, did the yearly average index grow between 1995 and 2015?",
            num(pct_change(year.loc[1995], year.loc[2015])),
        ),
        one(
            ELEC,
            "numbers-in-question",
            "In how many months did the index stand above one hundred and ten?",
            num((s > 110).sum()),
        ),
        one(
            ELEC,
            "numbers-in-question",
            "How many months had an index between 90 and 100?",
            num(s.between(90, 100).sum()),
        ),
        SealedCase(
            ELEC,
            [
                ("What was the average orders index in 2007?", num(year.loc[2007])),
                ("And in 2009?", num(year.loc[2009])),
            ],
            "follow-up",
        ),
        SealedCase(
            ELEC,
            [
                ("Could you tell me the lowest monthly reading of the index?", num(s.min())),
                ("And the median, please?", num(s.median())),
            ],
            "follow-up",
        ),
        one(
            ELEC,
            "unanswerable",
            "Which manufacturers placed the largest share of these orders?",
            NO,
        ),
        one(
            ELEC,
            "unanswerable",
            "Could you break the orders down by member state, Germany against France for instance?",
            NO,
        ),
        one(
            ELEC,
            "unanswerable",
            "What value in euros did the new orders amount to in the latest month?",
            NO,
        ),
    ]


def scot() -> list[SealedCase]:
    v = load(SCOT)
    a = v.set_index("council_area")
    high = v["smr"] > 100
    return [
        one(
            SCOT,
            "aggregate",
            "Could you tell me the average Yes vote share across the council areas?",
            num(v["yes_pct"].mean()),
        ),
        one(
            SCOT,
            "aggregate",
            "What is the median council tax figure across Scotland's councils?",
            num(v["council_tax_gbp"].median()),
        ),
        one(
            SCOT,
            "group",
            "I'd like the average Yes share for areas with mortality above the UK level and for the rest, please.",
            num(v.loc[high, "yes_pct"].mean(), v.loc[~high, "yes_pct"].mean()),
        ),
        one(
            SCOT,
            "ranking",
            "Which three council areas returned the strongest Yes vote?",
            ranked(a["yes_pct"], 3),
        ),
        one(
            SCOT,
            "ranking",
            "Please list the three councils with the lowest labour force participation.",
            ranked(a["labour_participation_pct"], 3, ascending=True),
        ),
        one(
            SCOT,
            "superlative",
            "Which area has the highest standardised mortality ratio, and what is it?",
            num(a["smr"].max()),
        ),
        one(
            SCOT,
            "chart",
            "Could you plot the Yes share against the council tax level as a scatter?",
            SCATTER,
        ),
        one(
            SCOT, "chart", "A bar chart of the Yes vote by council area would be most helpful.", BAR
        ),
        one(
            SCOT,
            "compare",
            "How did Glasgow City compare with Edinburgh on the Yes vote?",
            num(a.loc["Glasgow City", "yes_pct"], a.loc["Edinburgh City", "yes_pct"]),
        ),
        one(
            SCOT,
            "coverage",
            "How many council areas are covered in this return?",
            num(v["council_area"].nunique()),
        ),
        one(
            SCOT,
            "derived",
            "What share of voters in the Orkney Islands voted No, assuming every vote was Yes or No?",
            num(100 - a.loc["Orkney Islands", "yes_pct"]),
        ),
        one(
            SCOT,
            "derived",
            "By how many percentage points did Dundee City's Yes vote exceed the average across the areas?",
            num(a.loc["Dundee City", "yes_pct"] - v["yes_pct"].mean()),
        ),
        one(
            SCOT,
            "per-normalise",
            "The council tax figure is quoted for two adults; what does it come to per adult in Fife?",
            num(a.loc["Fife", "council_tax_gbp"] / 2),
        ),
        one(
            SCOT,
            "numbers-in-question",
            "In how many areas did the Yes vote exceed sixty per cent?",
            num((v["yes_pct"] > 60).sum()),
        ),
        one(
            SCOT,
            "numbers-in-question",
            "How many councils charged a council tax under £650?",
            num((v["council_tax_gbp"] < 650).sum()),
        ),
        one(
            SCOT,
            "units-columns",
            "What was the average council tax in pounds sterling, across the areas?",
            num(v["council_tax_gbp"].mean()),
        ),
        one(
            SCOT,
            "units-columns",
            "Expressed as a proportion between nought and one, what was the Yes vote in Highland?",
            num(a.loc["Highland", "yes_pct"] / 100),
        ),
        SealedCase(
            SCOT,
            [
                ("Which area recorded the highest Yes share?", num(a["yes_pct"].max())),
                ("And the lowest?", num(a["yes_pct"].min())),
            ],
            "follow-up",
        ),
        SealedCase(
            SCOT,
            [
                (
                    "What is the average percentage of children aged five to fifteen across the areas?",
                    num(v["pct_children_5_15"].mean()),
                ),
                ("And what about the highest?", num(v["pct_children_5_15"].max())),
            ],
            "follow-up",
        ),
        SealedCase(
            SCOT,
            [
                (
                    "How many councils had a Yes share above sixty per cent?",
                    num((v["yes_pct"] > 60).sum()),
                ),
                ("And above seventy?", num((v["yes_pct"] > 70).sum())),
            ],
            "follow-up",
        ),
        one(SCOT, "unanswerable", "How did men and women differ in their Yes vote?", NO),
        one(SCOT, "unanswerable", "What was the turnout in each council area?", NO),
        one(
            SCOT,
            "unanswerable",
            "Which party controlled each council at the time of the referendum?",
            NO,
        ),
    ]


def heart() -> list[SealedCase]:
    h = load(HEART)
    men = h["sex"] == "male"
    by_cp = h.groupby("chest_pain_type")["max_hr"].mean()
    return [
        one(
            HEART,
            "aggregate",
            "Could you tell me the average age of the patients in this cohort?",
            num(h["age"].mean()),
        ),
        one(
            HEART,
            "aggregate",
            "What was the highest maximum heart rate achieved by any patient?",
            num(h["max_hr"].max()),
        ),
        one(
            HEART,
            "group",
            "I'd like the average cholesterol for male and for female patients, please.",
            num(h.loc[men, "cholesterol_mg_dl"].mean(), h.loc[~men, "cholesterol_mg_dl"].mean()),
        ),
        one(
            HEART,
            "group",
            "what's the mean peak heart rate for each chest pain category",
            num(*by_cp),
        ),
        one(
            HEART,
            "ranking",
            "Which three chest pain categories have the highest average peak heart rate?",
            ranked(by_cp, 3),
        ),
        one(
            HEART,
            "superlative",
            "What is the age of the oldest patient on the list?",
            num(h["age"].max()),
        ),
        one(HEART, "chart", "Could I see a histogram of patient ages?", HISTOGRAM),
        one(
            HEART, "chart", "A box plot of cholesterol by sex would be useful for the report.", BOX
        ),
        one(
            HEART,
            "compare",
            "How does the average resting blood pressure of men compare with that of women?",
            num(h.loc[men, "resting_bp_mmhg"].mean(), h.loc[~men, "resting_bp_mmhg"].mean()),
        ),
        one(HEART, "coverage", "How many patients does the extract cover?", num(len(h))),
        one(
            HEART,
            "coverage",
            "What age range do the patients span, youngest to oldest?",
            num(h["age"].min(), h["age"].max()),
        ),
        one(
            HEART,
            "derived",
            "On average, what percentage of their age-predicted maximum heart rate (two hundred and twenty minus age) did patients reach?",
            num((h["max_hr"] / (220 - h["age"]) * 100).mean()),
        ),
        one(
            HEART,
            "per-normalise",
            "Per hundred patients, how many had exercise-induced angina?",
            num(h["exercise_angina"].mean() * 100),
        ),
        one(
            HEART,
            "numbers-in-question",
            "How many patients had a cholesterol reading over 300?",
            num((h["cholesterol_mg_dl"] > 300).sum()),
        ),
        one(
            HEART,
            "numbers-in-question",
            "How many patients were aged between forty and fifty inclusive?",
            num(h["age"].between(40, 50).sum()),
        ),
        one(
            HEART,
            "units-columns",
            "What was the average cholesterol expressed in grams per litre?",
            num(h["cholesterol_mg_dl"].mean() / 100),
        ),
        one(
            HEART,
            "long-format",
            "What share of the patients are women, as a percentage?",
            num((~men).mean() * 100),
        ),
        SealedCase(
            HEART,
            [
                (
                    "What was the average cholesterol among the male patients?",
                    num(h.loc[men, "cholesterol_mg_dl"].mean()),
                ),
                ("And for the women?", num(h.loc[~men, "cholesterol_mg_dl"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            HEART,
            [
                (
                    "How many patients had a fasting blood sugar above one hundred and twenty?",
                    num(h["fasting_sugar_over_120"].sum()),
                ),
                (
                    "What percentage of all patients is that?",
                    num(h["fasting_sugar_over_120"].mean() * 100),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            HEART,
            [
                (
                    "What is the average age of patients with exercise-induced angina?",
                    num(h.loc[h["exercise_angina"] == 1, "age"].mean()),
                ),
                ("And of those without it?", num(h.loc[h["exercise_angina"] == 0, "age"].mean())),
            ],
            "follow-up",
        ),
        one(
            HEART,
            "long-format",
            "How many patients are recorded under chest pain category two?",
            num((h["chest_pain_type"] == 2).sum()),
        ),
        one(HEART, "long-format", "How many of the patients are men?", num(men.sum())),
        one(
            HEART,
            "unanswerable",
            "How many of these patients died within a year of their clinic visit?",
            NO,
        ),
        one(HEART, "unanswerable", "What proportion of the patients were smokers?", NO),
        one(HEART, "unanswerable", "What was the average body mass index of the patients?", NO),
        one(
            HEART,
            "unanswerable",
            "How has the patients' cholesterol changed from one admission year to the next?",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return [*elec(), *scot(), *heart()]
