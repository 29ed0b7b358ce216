"""The PACKAGES half, part A: Greensboro's typical meteorological year (pvlib's TMY3 file),
Toronto's arrests for simple cannabis possession (scikit-lego) and the Worcester Heart
Attack Study (scikit-survival). Asked by a reporter on a newspaper's data desk checking
figures for stories; gold computed here with plain pandas from the CSVs."""

from __future__ import annotations

import pandas as pd

from tests.sealed20.cases import (
    BAR,
    BOX,
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

TMY = "greensboro_typical_weather_year.csv"
ARRESTS = "toronto_cannabis_arrests.csv"
WHAS = "worcester_heart_attack_study.csv"

DATE = "Date (MM/DD/YYYY)"
TIME = "Time (HH:MM)"
TEMP = "Dry-bulb (C)"
DEW = "Dew-point (C)"
GHI = "GHI (W/m^2)"
DHI = "DHI (W/m^2)"
CLOUD = "TotCld (tenths)"
HUM = "RHum (%)"
WIND = "Wspd (m/s)"
WDIR = "Wdir (degrees)"
VIS = "Hvis (m)"
PRES = "Pressure (mbar)"


def pct(part: pd.Series) -> float:
    """The share of True values, as a percent number."""
    return float(part.mean() * 100)


def weather() -> list[SealedCase]:
    t = load(TMY, DATE, "%m/%d/%Y")
    month = t["_d"].dt.month
    hour = t[TIME].str[:2].astype(int)
    by_month_temp = t.groupby(month)[TEMP].mean()
    by_month_wind = t.groupby(month)[WIND].mean()
    by_month_ghi = t.groupby(month)[GHI].mean()
    quarter = (month - 1) // 3 + 1
    by_hour_temp = t.groupby(hour)[TEMP].mean()
    moving = t[t[WDIR] > 0]
    fog = t[VIS] < 1000
    jul, jan, aug, dec = (t[month == m] for m in (7, 1, 8, 12))
    clear_aug = aug[CLOUD] == 0
    six, three = t[t[TIME] == "06:00"], t[t[TIME] == "15:00"]
    return [
        one(
            TMY,
            "aggregate",
            "For a piece on Greensboro's climate: across every hour of this typical weather "
            "year, what is the average air temperature?",
            num(t[TEMP].mean()),
        ),
        one(
            TMY,
            "aggregate",
            "What is the median relative humidity over all the hourly readings in the "
            "Greensboro file?",
            num(t[HUM].median()),
        ),
        one(
            TMY,
            "group",
            "How many hours fall at each level of total cloud cover, from zero tenths "
            "(clear) up to ten tenths (overcast)? I want the count for every level.",
            num(*t[CLOUD].value_counts().sort_index()),
        ),
        one(
            TMY,
            "group",
            "What is the average sunlight on a flat surface, the global horizontal "
            "irradiance, at each level of total cloud cover? One figure per cloud level, "
            "please.",
            num(*t.groupby(CLOUD)[GHI].mean()),
        ),
        one(
            TMY,
            "ranking",
            "Leaving out the calm hours, which are recorded with a wind direction of 0, which "
            "five wind directions occur most often, and in how many hours each?",
            ranked(moving[WDIR].value_counts(), 5),
        ),
        one(
            TMY,
            "ranking",
            "Which three wind directions bring the strongest wind on average? Ignore calm "
            "hours (direction 0), and give me the average speed for each.",
            ranked(moving.groupby(WDIR)[WIND].mean(), 3),
        ),
        one(
            TMY,
            "superlative",
            "What was the hottest temperature recorded in any hour of the Greensboro typical year?",
            num(t[TEMP].max()),
        ),
        one(
            TMY,
            "aggregate",
            "For an Independence Day weather box: what was the highest temperature recorded "
            "on July 4, 1981?",
            num(t[t[DATE] == "07/04/1981"][TEMP].max()),
        ),
        one(
            TMY,
            "superlative",
            "Which month is the windiest on average in Greensboro, and what is its average "
            "wind speed?",
            num(by_month_wind.max()),
        ),
        one(
            TMY,
            "chart",
            "For the graphics desk: a line chart of the average daily temperature through "
            "the year, one point per day.",
            LINE,
        ),
        one(
            TMY,
            "chart",
            "Could you plot air temperature against dew point for every hour, as a scatter "
            "plot? The graphics desk wants to show how they move together.",
            SCATTER,
        ),
        one(
            TMY,
            "compare",
            "How much stronger is the sunshine in July than in January? Give me the average "
            "global horizontal irradiance for each month over all hours, day and night.",
            num(jul[GHI].mean(), jan[GHI].mean()),
        ),
        one(
            TMY,
            "compare",
            "Is it true that overcast hours are far more humid than clear ones? Give me the "
            "average relative humidity for hours with ten tenths of cloud and for hours with "
            "none.",
            num(t[t[CLOUD] == 10][HUM].mean(), t[t[CLOUD] == 0][HUM].mean()),
        ),
        one(
            TMY,
            "coverage",
            "A typical year is stitched together from months of different real years. How "
            "many different calendar years appear in the dates?",
            num(t["_d"].dt.year.nunique()),
        ),
        one(
            TMY,
            "coverage",
            "How many hourly readings does the Greensboro file hold, and on how many "
            "different days?",
            num(len(t), t[DATE].nunique()),
        ),
        one(
            TMY,
            "date-part",
            "What is the average temperature in each month of the Greensboro typical year?",
            num(*by_month_temp),
        ),
        one(
            TMY,
            "date-part",
            "Break the year into its four quarters (January to March and so on) and give me "
            "the average temperature in each.",
            num(*t.groupby(quarter)[TEMP].mean()),
        ),
        one(
            TMY,
            "date-part",
            "At what time of day is Greensboro warmest on average? Give me the hour and the "
            "average temperature at that hour.",
            num(by_hour_temp.max()),
        ),
        one(
            TMY,
            "date-part",
            "Which month has the strongest average global horizontal irradiance, and what "
            "is that average?",
            num(by_month_ghi.max()),
        ),
        one(
            TMY,
            "date-part",
            "What is the average wind speed in each month of the year?",
            num(*by_month_wind),
        ),
        one(
            TMY,
            "derived",
            "On average, how many degrees above the dew point is the air temperature, taking "
            "every hour of the year?",
            num((t[TEMP] - t[DEW]).mean()),
        ),
        one(
            TMY,
            "derived",
            "What share of the year's global horizontal irradiance arrives as diffuse light? "
            "Add up the diffuse irradiance over all hours, divide by the total global "
            "irradiance, and give it in per cent.",
            num(t[DHI].sum() / t[GHI].sum() * 100),
        ),
        one(
            TMY,
            "per-normalise",
            "How much solar energy falls on a square metre of flat ground per day, on "
            "average, in kilowatt-hours? Treat each hourly irradiance reading as watt-hours "
            "and spread the year's total over the days in the file.",
            num(t[GHI].sum() / 1000 / t[DATE].nunique()),
        ),
        one(
            TMY,
            "per-normalise",
            "How many fully overcast hours (ten tenths of cloud) does Greensboro get per "
            "day, on average over the year?",
            num((t[CLOUD] == 10).sum() / t[DATE].nunique()),
        ),
        one(
            TMY,
            "percent-change",
            "By what percentage does the average temperature rise from March to April?",
            num(pct_change(by_month_temp[3], by_month_temp[4])),
        ),
        one(
            TMY,
            "percent-change",
            "How much higher, in per cent, is average global horizontal irradiance in June "
            "than in December?",
            num(pct_change(by_month_ghi[12], by_month_ghi[6])),
        ),
        one(
            TMY,
            "percent-change",
            "What is the percentage change in the average wind speed from January to July?",
            num(pct_change(by_month_wind[1], by_month_wind[7])),
        ),
        one(
            TMY,
            "numbers-in-question",
            "How many hours of the year does the temperature go above 30°C?",
            num((t[TEMP] > 30).sum()),
        ),
        one(
            TMY,
            "numbers-in-question",
            "In how many hours is the global horizontal irradiance over 800 watts per "
            "square metre?",
            num((t[GHI] > 800).sum()),
        ),
        one(
            TMY,
            "units-columns",
            "For American readers: what is the year's average air temperature in degrees "
            "Fahrenheit?",
            num(t[TEMP].mean() * 9 / 5 + 32),
        ),
        one(
            TMY,
            "units-columns",
            "What is the highest wind speed in the file, in kilometres per hour?",
            num(t[WIND].max() * 3.6),
        ),
        one(
            TMY,
            "units-columns",
            "What is the average horizontal visibility across the year, in kilometres?",
            num(t[VIS].mean() / 1000),
        ),
        one(
            TMY,
            "units-columns",
            "What is the average station air pressure over the year, in hectopascals?",
            num(t[PRES].mean()),
        ),
        SealedCase(
            TMY,
            [
                (
                    "What is the average air temperature in Greensboro in July?",
                    num(jul[TEMP].mean()),
                ),
                ("And in January?", num(jan[TEMP].mean())),
                (
                    "So how many degrees warmer is July than January?",
                    num(jul[TEMP].mean() - jan[TEMP].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            TMY,
            [
                (
                    "Fog story: a reader claims Greensboro gets hundreds of foggy hours a year. "
                    "In how many hours is visibility under 1,000 metres?",
                    num(fog.sum()),
                ),
                (
                    "How many of those foggy hours are in December?",
                    num((fog & (month == 12)).sum()),
                ),
                (
                    "Can you give the graphics desk a bar chart of foggy hours by month?",
                    BAR,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            TMY,
            [
                ("What is the average wind speed over the whole year?", num(t[WIND].mean())),
                ("What is that in kilometres per hour?", num(t[WIND].mean() * 3.6)),
                (
                    "And the average for March only, in metres per second?",
                    num(t[month == 3][WIND].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            TMY,
            [
                (
                    "How many hours of the year have a completely clear sky, zero tenths of cloud?",
                    num((t[CLOUD] == 0).sum()),
                ),
                ("And how many of those are in August?", num(clear_aug.sum())),
                ("What share of all August hours is that, in per cent?", num(pct(clear_aug))),
            ],
            "follow-up",
        ),
        SealedCase(
            TMY,
            [
                (
                    "What is the average relative humidity in the readings stamped 06:00?",
                    num(six[HUM].mean()),
                ),
                ("And in the ones stamped 15:00?", num(three[HUM].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            TMY,
            [
                (
                    "What was the coldest temperature recorded in any hour of the year?",
                    num(t[TEMP].min()),
                ),
                ("And the coldest in December?", num(dec[TEMP].min())),
                (
                    "Show me how December's hourly temperatures are spread, as a histogram.",
                    HISTOGRAM,
                ),
            ],
            "follow-up",
        ),
        one(
            TMY,
            "unanswerable",
            "How many centimetres of snow fell in Greensboro over the year?",
            NO,
        ),
        one(
            TMY,
            "unanswerable",
            "What was the pollen count on the worst day of spring?",
            NO,
        ),
        one(
            TMY,
            "unanswerable",
            "How does Greensboro's average temperature compare with Raleigh's?",
            NO,
        ),
        one(
            TMY,
            "unanswerable",
            "How hot will next summer be in Greensboro?",
            NO,
        ),
    ]


def arrests() -> list[SealedCase]:
    a = load(ARRESTS)
    released = a["released"] == "Yes"
    per_year = a["year"].value_counts().sort_index()
    black, white = a[a["colour"] == "Black"], a[a["colour"] == "White"]
    black_year = black["year"].value_counts()
    held = a[~released]
    women = a[a["sex"] == "Female"]
    return [
        one(
            ARRESTS,
            "aggregate",
            "A campaign group says the typical person arrested for simple cannabis possession "
            "in Toronto was barely out of school. What was the average age of those arrested?",
            num(a["age"].mean()),
        ),
        one(
            ARRESTS,
            "aggregate",
            "How many women were arrested in total?",
            num(len(women)),
        ),
        one(
            ARRESTS,
            "group",
            "What share of arrestees were released with a summons, for Black and for White "
            "arrestees separately? In per cent, please.",
            num(pct(black["released"] == "Yes"), pct(white["released"] == "Yes")),
        ),
        one(
            ARRESTS,
            "group",
            "What was the average age of those arrested, for men and for women?",
            num(*a.groupby("sex")["age"].mean()),
        ),
        one(
            ARRESTS,
            "ranking",
            "At which three ages were people most often arrested, and how many arrests at "
            "each age?",
            ranked(a["age"].value_counts(), 3),
        ),
        one(
            ARRESTS,
            "superlative",
            "In which year did Toronto police make the most of these arrests, and how many "
            "were there that year?",
            num(per_year.idxmax(), per_year.max()),
        ),
        one(
            ARRESTS,
            "chart",
            "For the graphics desk: a bar chart of the number of arrests in each year.",
            BAR,
        ),
        one(
            ARRESTS,
            "chart",
            "Can I have a pie chart showing how the arrests split between Black and White "
            "arrestees?",
            PIE,
        ),
        one(
            ARRESTS,
            "compare",
            "Were citizens more likely to be released than non-citizens? Give me the "
            "release rate, in per cent, for each.",
            num(
                pct(a[a["citizen"] == "Yes"]["released"] == "Yes"),
                pct(a[a["citizen"] == "No"]["released"] == "Yes"),
            ),
        ),
        one(
            ARRESTS,
            "compare",
            "On average, in how many police databases did the names of Black arrestees "
            "show up, compared with White arrestees? Both averages, please.",
            num(black["checks"].mean(), white["checks"].mean()),
        ),
        one(
            ARRESTS,
            "coverage",
            "Which years do these arrest records cover? First and last year, please.",
            num(a["year"].min(), a["year"].max()),
        ),
        one(
            ARRESTS,
            "coverage",
            "How many arrests are in the data altogether?",
            num(len(a)),
        ),
        one(
            ARRESTS,
            "date-part",
            "How many arrests were there in each year?",
            num(*per_year),
        ),
        one(
            ARRESTS,
            "date-part",
            "What was the release rate in each year, in per cent?",
            num(*a.groupby("year")["released"].apply(lambda s: pct(s == "Yes"))),
        ),
        one(
            ARRESTS,
            "derived",
            "How many times as many White arrestees as Black arrestees are there in the data?",
            num(len(white) / len(black)),
        ),
        one(
            ARRESTS,
            "derived",
            "What percentage of all the people arrested were released with a summons?",
            num(pct(released)),
        ),
        one(
            ARRESTS,
            "per-normalise",
            "Over the years covered, how many arrests is that per year on average?",
            num(len(a) / a["year"].nunique()),
        ),
        one(
            ARRESTS,
            "percent-change",
            "By what percentage did the number of arrests grow between 1997 and 2000?",
            num(pct_change(per_year[1997], per_year[2000])),
        ),
        one(
            ARRESTS,
            "percent-change",
            "How much did arrests of Black people rise, in per cent, from 1998 to 2001?",
            num(pct_change(black_year[1998], black_year[2001])),
        ),
        one(
            ARRESTS,
            "percent-change",
            "What was the percentage change in arrests from 2001 to 2002?",
            num(pct_change(per_year[2001], per_year[2002])),
        ),
        one(
            ARRESTS,
            "numbers-in-question",
            "How many of the people arrested were over 30?",
            num((a["age"] > 30).sum()),
        ),
        one(
            ARRESTS,
            "numbers-in-question",
            "How many arrestees turned up in at least 3 police databases?",
            num((a["checks"] >= 3).sum()),
        ),
        one(
            ARRESTS,
            "long-format",
            "How many of the people arrested were not Canadian citizens?",
            num((a["citizen"] == "No").sum()),
        ),
        one(
            ARRESTS,
            "long-format",
            "Of the people who were held rather than released, what share were Black, in per cent?",
            num(pct(held["colour"] == "Black")),
        ),
        SealedCase(
            ARRESTS,
            [
                (
                    "What share of Black arrestees were released with a summons, in per cent?",
                    num(pct(black["released"] == "Yes")),
                ),
                (
                    "And of White arrestees?",
                    num(pct(white["released"] == "Yes")),
                ),
                (
                    "Same two figures for 2001 alone?",
                    num(
                        pct(black[black["year"] == 2001]["released"] == "Yes"),
                        pct(white[white["year"] == 2001]["released"] == "Yes"),
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            ARRESTS,
            [
                ("How many people under 18 were arrested?", num((a["age"] < 18).sum())),
                (
                    "How many of them were girls?",
                    num(((a["age"] < 18) & (a["sex"] == "Female")).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            ARRESTS,
            [
                (
                    "How many arrestees had a job?",
                    num((a["employed"] == "Yes").sum()),
                ),
                (
                    "What is that as a share of everyone arrested, in per cent?",
                    num(pct(a["employed"] == "Yes")),
                ),
                (
                    "And the share with a job among Black arrestees only?",
                    num(pct(black["employed"] == "Yes")),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            ARRESTS,
            [
                ("How many people were arrested in 1999?", num(per_year[1999])),
                ("And in 2000?", num(per_year[2000])),
                (
                    "What was the median age of those arrested in 2000?",
                    num(a[a["year"] == 2000]["age"].median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            ARRESTS,
            [
                (
                    "What is the average number of police databases an arrestee's name "
                    "appeared in?",
                    num(a["checks"].mean()),
                ),
                (
                    "And for the people who were held, not released?",
                    num(held["checks"].mean()),
                ),
                (
                    "Could you show the distribution of that number for everyone as a histogram?",
                    HISTOGRAM,
                ),
            ],
            "follow-up",
        ),
        one(
            ARRESTS,
            "unanswerable",
            "Which Toronto police division made the most of these arrests?",
            NO,
        ),
        one(
            ARRESTS,
            "unanswerable",
            "How much cannabis was the average arrestee carrying?",
            NO,
        ),
        one(
            ARRESTS,
            "unanswerable",
            "How many arrests were there in the year after legalisation, twenty-nineteen?",
            NO,
        ),
        one(
            ARRESTS,
            "unanswerable",
            "How many of those arrested were Asian or Indigenous?",
            NO,
        ),
    ]


def heart() -> list[SealedCase]:
    w = load(WHAS)
    died = w["fstat"] == 1
    obese = w["bmi"] >= 30
    pulse = w["sysbp"] - w["diasbp"]
    chf = w[w["chf"] == 1]
    afb = w[w["afb"] == 1]
    shock = w[w["sho"] == 1]
    over_eighty = w[w["age"] > 80]
    return [
        one(
            WHAS,
            "aggregate",
            "What is the median age of the heart attack patients in the Worcester study?",
            num(w["age"].median()),
        ),
        one(
            WHAS,
            "aggregate",
            "How long did patients stay in hospital on average, in days?",
            num(w["los"].mean()),
        ),
        one(
            WHAS,
            "group",
            "What was the average hospital stay for patients with congestive heart failure "
            "and for those without it?",
            num(*w.groupby("chf")["los"].mean()),
        ),
        one(
            WHAS,
            "group",
            "Give me the share of patients who died during follow-up, in per cent, for "
            "those with and without a history of cardiovascular disease.",
            num(*w.groupby("cvd")["fstat"].mean() * 100),
        ),
        one(
            WHAS,
            "ranking",
            "Which three hospital stay lengths, in whole days, were the least common among "
            "stays of a week or less? Give the number of patients for each.",
            ranked(w[w["los"] <= 7]["los"].value_counts(), 3, ascending=True),
        ),
        one(
            WHAS,
            "superlative",
            "How old was the oldest heart attack patient in the study?",
            num(w["age"].max()),
        ),
        one(
            WHAS,
            "superlative",
            "What was the highest heart rate recorded on admission?",
            num(w["hr"].max()),
        ),
        one(
            WHAS,
            "chart",
            "For the graphics desk: a histogram of the patients' ages.",
            HISTOGRAM,
        ),
        one(
            WHAS,
            "chart",
            "Please draw a box plot of body mass index for patients who died and for those "
            "who did not.",
            BOX,
        ),
        one(
            WHAS,
            "compare",
            "Is it true that the patients who died were older? Give me the average age of "
            "those who died during follow-up and of those who did not.",
            num(w[died]["age"].mean(), w[~died]["age"].mean()),
        ),
        one(
            WHAS,
            "compare",
            "How long did patients in cardiogenic shock stay in hospital on average, "
            "against patients who were not in shock?",
            num(shock["los"].mean(), w[w["sho"] == 0]["los"].mean()),
        ),
        one(
            WHAS,
            "coverage",
            "How many heart attack patients does the study include?",
            num(len(w)),
        ),
        one(
            WHAS,
            "coverage",
            "What is the longest follow-up time in the data, in days?",
            num(w["lenfol"].max()),
        ),
        one(
            WHAS,
            "derived",
            "What is the average pulse pressure, systolic minus diastolic blood pressure, "
            "across the patients?",
            num(pulse.mean()),
        ),
        one(
            WHAS,
            "derived",
            "What percentage of the patients died during follow-up?",
            num(pct(died)),
        ),
        one(
            WHAS,
            "per-normalise",
            "For every 100 patients with atrial fibrillation, how many died during follow-up?",
            num(afb["fstat"].sum() / len(afb) * 100),
        ),
        one(
            WHAS,
            "per-normalise",
            "How many hospital days were used per patient, on average, by the patients "
            "aged over 80?",
            num(over_eighty["los"].sum() / len(over_eighty)),
        ),
        one(
            WHAS,
            "numbers-in-question",
            "How many patients had a body mass index of 30 or more?",
            num(obese.sum()),
        ),
        one(
            WHAS,
            "numbers-in-question",
            "What share of patients had a systolic blood pressure above 160, in per cent?",
            num(pct(w["sysbp"] > 160)),
        ),
        one(
            WHAS,
            "units-columns",
            "What was the average follow-up time in years?",
            num(w["lenfol"].mean() / 365.25),
        ),
        one(
            WHAS,
            "units-columns",
            "What was the average pulse, in beats per minute, when patients were admitted?",
            num(w["hr"].mean()),
        ),
        one(
            WHAS,
            "long-format",
            "How many of the heart attacks were recurrent ones rather than a first attack?",
            num((w["miord"] == 1).sum()),
        ),
        SealedCase(
            WHAS,
            [
                (
                    "How many patients had congestive heart failure?",
                    num(len(chf)),
                ),
                (
                    "What share of them died during follow-up, in per cent?",
                    num(pct(chf["fstat"] == 1)),
                ),
                (
                    "And the share for patients without heart failure?",
                    num(pct(w[w["chf"] == 0]["fstat"] == 1)),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WHAS,
            [
                ("What was the average body mass index of the patients?", num(w["bmi"].mean())),
                ("And the median?", num(w["bmi"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            WHAS,
            [
                (
                    "How many patients were older than 80?",
                    num(len(over_eighty)),
                ),
                (
                    "What was their average systolic blood pressure?",
                    num(over_eighty["sysbp"].mean()),
                ),
                (
                    "And for patients aged 80 or under?",
                    num(w[w["age"] <= 80]["sysbp"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WHAS,
            [
                (
                    "What was the longest hospital stay, in days?",
                    num(w["los"].max()),
                ),
                (
                    "Can the graphics desk have a scatter plot of hospital stay against age?",
                    SCATTER,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WHAS,
            [
                (
                    "How many patients had atrial fibrillation?",
                    num(len(afb)),
                ),
                ("What was their average age?", num(afb["age"].mean())),
                ("And the average heart rate?", num(afb["hr"].mean())),
            ],
            "follow-up",
        ),
        one(
            WHAS,
            "unanswerable",
            "What was the average cholesterol level of the patients?",
            NO,
        ),
        one(
            WHAS,
            "unanswerable",
            "How many of the patients were smokers?",
            NO,
        ),
        one(
            WHAS,
            "unanswerable",
            "Which hospital in Worcester treated the most patients?",
            NO,
        ),
        one(
            WHAS,
            "unanswerable",
            "Did giving patients aspirin on admission cut their risk of dying?",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return weather() + arrests() + heart()
