"""The PACKAGES half, part A: Canadian senators' terms (lifelines), restaurant health
inspections (causaldata) and the ACTG 175 HIV trial (lifelines). Asked by a research
assistant at a policy think-tank, typing between meetings; gold computed here with plain
pandas from the CSVs."""

from __future__ import annotations

from tests.sealed17.cases import (
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

SENATORS = "canadian_senators.csv"
INSPECTIONS = "restaurant_inspections.csv"
ACTG = "actg175_hiv_trial.csv"

PROVINCE = "Province / Territory"
PARTY = "Political Affiliation at Appointment"
ADVICE = "Appointed on the advice of"


def senators() -> list[SealedCase]:
    s = load(SENATORS, "start_date")
    year = s["_d"].dt.year
    decade = year // 10 * 10
    days = s["diff_days"]
    by_province = s[PROVINCE].value_counts()
    maritimes = s.groupby(PROVINCE)["diff_days"].mean()
    lib = s[s[PARTY] == "Liberal Party of Canada"]
    pc = s[s[PARTY] == "Progressive Conservative Party"]
    pms = s[s[ADVICE] != "Royal Proclamation"]
    sitting = s[~s["observed"]]
    return [
        one(
            SENATORS,
            "aggregate",
            "senators file - median diff_days across everyone",
            num(days.median()),
        ),
        one(
            SENATORS,
            "aggregate",
            "n senators whose term ended by death",
            num((s["reason"] == "Death").sum()),
        ),
        one(
            SENATORS,
            "group",
            "count of senators by reason term ended (death, resignation, retirement, declined)",
            num(*s["reason"].value_counts()),
        ),
        one(
            SENATORS,
            "group",
            "avg days served by province, just the maritime three: nova scotia, new brunswick, pei",
            num(
                maritimes["Nova Scotia"],
                maritimes["New Brunswick"],
                maritimes["Prince Edward Island"],
            ),
        ),
        one(
            SENATORS,
            "ranking",
            "top 3 provinces/territories by number of senators appointed",
            ranked(by_province, 3),
        ),
        one(
            SENATORS,
            "superlative",
            "which PM advised the most senate appointments",
            ranked(s[ADVICE].value_counts(), 1),
        ),
        one(
            SENATORS,
            "superlative",
            "longest single tenure in the file, in days",
            num(days.max()),
        ),
        one(
            SENATORS,
            "chart",
            "bar chart of appointments by province / territory pls",
            BAR,
        ),
        one(
            SENATORS,
            "chart",
            "pie of why terms ended - reason col",
            PIE,
        ),
        one(
            SENATORS,
            "compare",
            "liberal party of canada vs progressive conservative party - avg days served for each",
            num(lib["diff_days"].mean(), pc["diff_days"].mean()),
        ),
        one(
            SENATORS,
            "coverage",
            "what span of years do the appointment dates (start_date) cover",
            num(year.min(), year.max()),
        ),
        one(
            SENATORS,
            "date-part",
            "appointments by decade, 1960s thru 2000s (start_date)",
            num(*[(decade == d).sum() for d in (1960, 1970, 1980, 1990, 2000)]),
        ),
        one(
            SENATORS,
            "date-part",
            "which day of the week were senators most often appointed on, and how many",
            num(s["_d"].dt.day_name().value_counts().max()),
        ),
        one(
            SENATORS,
            "date-part",
            "n appointments in each calendar quarter (Q1-Q4) by start date, all yrs pooled",
            num(*s["_d"].dt.quarter.value_counts().sort_index()),
        ),
        one(
            SENATORS,
            "derived",
            "share of all senators in the file who resigned, pct",
            num((s["reason"] == "Resignation").mean() * 100),
        ),
        one(
            SENATORS,
            "per-normalise",
            "avg appointments per prime minister - leave out the royal proclamation ones",
            num(len(pms) / pms[ADVICE].nunique()),
        ),
        one(
            SENATORS,
            "percent-change",
            "pct change in number of senators appointed, 1980s vs 1990s",
            num(pct_change((decade == 1980).sum(), (decade == 1990).sum())),
        ),
        one(
            SENATORS,
            "percent-change",
            "avg tenure for senators appointed in the 1920s compared w/ the 1950s - % change "
            "(1920s as base)",
            num(pct_change(days[decade == 1920].mean(), days[decade == 1950].mean())),
        ),
        one(
            SENATORS,
            "numbers-in-question",
            "how many sat for more than 10k days",
            num((days > 10000).sum()),
        ),
        one(
            SENATORS,
            "numbers-in-question",
            "senators appointed on or after jan 1 2000 - how many",
            num((s["_d"] >= "2000-01-01").sum()),
        ),
        one(
            SENATORS,
            "units-columns",
            "avg time served in weeks (from diff_days)",
            num(days.mean() / 7),
        ),
        one(
            SENATORS,
            "units-columns",
            "median tenure in yrs, taking a year as 365 days",
            num(days.median() / 365),
        ),
        one(
            SENATORS,
            "long-format",
            "how many appointments came by royal proclamation rather than on a PM's advice",
            num((s[ADVICE] == "Royal Proclamation").sum()),
        ),
        SealedCase(
            SENATORS,
            [
                ("n senators from ontario", num((s[PROVINCE] == "Ontario").sum())),
                ("and british columbia", num((s[PROVINCE] == "British Columbia").sum())),
                (
                    "avg diff_days for bc ones",
                    num(s[s[PROVINCE] == "British Columbia"]["diff_days"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SENATORS,
            [
                (
                    "how many senators still sitting (observed = false)",
                    num(len(sitting)),
                ),
                (
                    "of those, how many were appointed on harper's advice",
                    num((sitting[ADVICE] == "Harper, Stephen").sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SENATORS,
            [
                (
                    "mean tenure days for senators who retired",
                    num(days[s["reason"] == "Retirement"].mean()),
                ),
                ("same for resignations", num(days[s["reason"] == "Resignation"].mean())),
                (
                    "and the median for resignations",
                    num(days[s["reason"] == "Resignation"].median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SENATORS,
            [
                (
                    "appointments per year in the 2000s, each yr 2000-2009",
                    num(*[(year == y).sum() for y in range(2000, 2010)]),
                ),
                ("as a line chart", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            SENATORS,
            [
                (
                    "how many senators did trudeau (pierre) advise",
                    num((s[ADVICE] == "Trudeau, Pierre Elliott").sum()),
                ),
                (
                    "and how many under justin trudeau",
                    NO,
                ),
            ],
            "follow-up",
        ),
        one(
            SENATORS,
            "unanswerable",
            "avg age of senators at appointment",
            NO,
        ),
        one(
            SENATORS,
            "unanswerable",
            "share of women among appointees",
            NO,
        ),
        one(
            SENATORS,
            "unanswerable",
            "how many senators later crossed the floor to another party",
            NO,
        ),
        one(
            SENATORS,
            "unanswerable",
            "what salary did senators draw on avg",
            NO,
        ),
    ]


def inspections() -> list[SealedCase]:
    r = load(INSPECTIONS)
    score = r["inspection_score"]
    by_year = r.groupby("Year")["inspection_score"].mean()
    counts = r["Year"].value_counts()
    weekend = r[r["Weekend"]]
    weekday = r[~r["Weekend"]]
    big = r.groupby("business_name")["inspection_score"].agg(["mean", "size"])
    mcd = r[r["business_name"] == "MCDONALD'S"]
    y17 = r[r["Year"] == 2017]
    return [
        one(
            INSPECTIONS,
            "aggregate",
            "avg inspection score, all obs",
            num(score.mean()),
        ),
        one(
            INSPECTIONS,
            "aggregate",
            "lowest score mcdonald's ever got",
            num(mcd["inspection_score"].min()),
        ),
        one(
            INSPECTIONS,
            "aggregate",
            "how many inspections came out a perfect score",
            num((score == 100).sum()),
        ),
        one(
            INSPECTIONS,
            "group",
            "mean score by year, 2015 through 2019",
            num(*by_year.loc[2015:2019]),
        ),
        one(
            INSPECTIONS,
            "group",
            "sd of inspection scores weekend vs weekday inspections",
            num(weekend["inspection_score"].std(), weekday["inspection_score"].std()),
        ),
        one(
            INSPECTIONS,
            "ranking",
            "top 5 businesses by number of inspections",
            ranked(r["business_name"].value_counts(), 5),
        ),
        one(
            INSPECTIONS,
            "ranking",
            "3 worst years by avg inspection score",
            ranked(by_year, 3, ascending=True),
        ),
        one(
            INSPECTIONS,
            "ranking",
            "among places inspected at least 50 times, bottom 3 by avg score",
            ranked(big[big["size"] >= 50]["mean"], 3, ascending=True),
        ),
        one(
            INSPECTIONS,
            "superlative",
            "which year had the highest avg score",
            ranked(by_year, 1),
        ),
        one(
            INSPECTIONS,
            "superlative",
            "yr with the most inspections, and n",
            num(counts.max()),
        ),
        one(
            INSPECTIONS,
            "chart",
            "line chart avg inspection score over the years",
            LINE,
        ),
        one(
            INSPECTIONS,
            "chart",
            "box plot of inspection_score, weekend vs not",
            BOX,
        ),
        one(
            INSPECTIONS,
            "compare",
            "weekend vs weekday inspections - avg score each",
            num(weekend["inspection_score"].mean(), weekday["inspection_score"].mean()),
        ),
        one(
            INSPECTIONS,
            "compare",
            "avg score 2009 vs 2015",
            num(by_year[2009], by_year[2015]),
        ),
        one(
            INSPECTIONS,
            "coverage",
            "first and last year of inspections in the file",
            num(r["Year"].min(), r["Year"].max()),
        ),
        one(
            INSPECTIONS,
            "coverage",
            "which years in between are missing entirely? i.e. no inspections at all",
            num(*sorted(set(range(r["Year"].min(), r["Year"].max() + 1)) - set(r["Year"]))),
        ),
        one(
            INSPECTIONS,
            "date-part",
            "n inspections per year for 2004-2008",
            num(*counts.sort_index().loc[2004:2008]),
        ),
        one(
            INSPECTIONS,
            "derived",
            "pct of inspections scoring a perfect 100",
            num((score == 100).mean() * 100),
        ),
        one(
            INSPECTIONS,
            "derived",
            "how many points higher is the avg weekend score than the weekday avg",
            num(weekend["inspection_score"].mean() - weekday["inspection_score"].mean()),
        ),
        one(
            INSPECTIONS,
            "per-normalise",
            "avg inspections per business over the whole file",
            num(len(r) / r["business_name"].nunique()),
        ),
        one(
            INSPECTIONS,
            "per-normalise",
            "in 2017, inspections per distinct restaurant name",
            num(len(y17) / y17["business_name"].nunique()),
        ),
        one(
            INSPECTIONS,
            "percent-change",
            "% change in number of inspections 2015 to 2018",
            num(pct_change(counts[2015], counts[2018])),
        ),
        one(
            INSPECTIONS,
            "numbers-in-question",
            "how many inspections scored below 80",
            num((score < 80).sum()),
        ),
        one(
            INSPECTIONS,
            "numbers-in-question",
            "share of inspections at chains w/ more than 100 locations, pct",
            num((r["NumberofLocations"] > 100).mean() * 100),
        ),
        one(
            INSPECTIONS,
            "units-columns",
            "avg chain size (numberoflocations) across all inspection rows",
            num(r["NumberofLocations"].mean()),
        ),
        one(
            INSPECTIONS,
            "long-format",
            "how many times was PEKING WOK inspected",
            num((r["business_name"] == "PEKING WOK").sum()),
        ),
        SealedCase(
            INSPECTIONS,
            [
                ("avg score for mcdonald's", num(mcd["inspection_score"].mean())),
                (
                    "and for carl's jr restaurant",
                    num(r[r["business_name"] == "CARL'S JR RESTAURANT"]["inspection_score"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            INSPECTIONS,
            [
                ("n inspections in 2007", num(counts[2007])),
                ("how many of them on a weekend", num(len(weekend[weekend["Year"] == 2007]))),
                ("and in 2017", num(len(weekend[weekend["Year"] == 2017]))),
            ],
            "follow-up",
        ),
        SealedCase(
            INSPECTIONS,
            [
                (
                    "how many inspections scored under 70",
                    num((score < 70).sum()),
                ),
                ("under 75?", num((score < 75).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            INSPECTIONS,
            [
                ("avg score by year", num(*by_year)),
                ("as a bar chart", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            INSPECTIONS,
            [
                ("avg score in 2019", num(by_year[2019])),
                ("and in 2012", NO),
            ],
            "follow-up",
        ),
        one(
            INSPECTIONS,
            "unanswerable",
            "most common violation type cited",
            NO,
        ),
        one(
            INSPECTIONS,
            "unanswerable",
            "avg score by cuisine type - mexican vs chinese vs pizza",
            NO,
        ),
        one(
            INSPECTIONS,
            "unanswerable",
            "forecast avg score for next year please",
            NO,
        ),
    ]


def actg() -> list[SealedCase]:
    a = load(ACTG)
    arms_cd420 = a.groupby("arms")["cd420"].mean()
    change = a["cd420"] - a["cd40"]
    men = a[a["gender"] == 1]
    women = a[a["gender"] == 0]
    symp = a[a["symptom"] == 1]
    asymp = a[a["symptom"] == 0]
    zdv = a[a["arms"] == 0]
    ddi = a[a["arms"] == 3]
    return [
        one(
            ACTG,
            "aggregate",
            "actg175 - mean age of participants",
            num(a["age"].mean()),
        ),
        one(
            ACTG,
            "aggregate",
            "median baseline cd4 count (cd40)",
            num(a["cd40"].median()),
        ),
        one(
            ACTG,
            "aggregate",
            "n patients who had the failure event (cens = 1)",
            num(a["cens"].sum()),
        ),
        one(
            ACTG,
            "group",
            "avg cd4 at week 20 (cd420) by treatment arm",
            num(*arms_cd420),
        ),
        one(
            ACTG,
            "group",
            "event rate (cens) by arms, as pct",
            num(*(a.groupby("arms")["cens"].mean() * 100)),
        ),
        one(
            ACTG,
            "ranking",
            "rank the four arms by avg cd4 gain from baseline to wk 20 (cd420 - cd40), "
            "biggest first",
            ranked(change.groupby(a["arms"]).mean(), 4),
        ),
        one(
            ACTG,
            "superlative",
            "which arm had highest mean cd420",
            ranked(arms_cd420, 1),
        ),
        one(
            ACTG,
            "chart",
            "box plot cd40 by arms",
            BOX,
        ),
        one(
            ACTG,
            "chart",
            "scatter baseline cd4 vs wk20 cd4",
            SCATTER,
        ),
        one(
            ACTG,
            "compare",
            "baseline cd4 men vs women (gender col) - means",
            num(men["cd40"].mean(), women["cd40"].mean()),
        ),
        one(
            ACTG,
            "compare",
            "event rate symptomatic vs asymptomatic, pct each",
            num(symp["cens"].mean() * 100, asymp["cens"].mean() * 100),
        ),
        one(
            ACTG,
            "compare",
            "zidovudine-only arm (0) vs didanosine-only (3): mean cd420",
            num(zdv["cd420"].mean(), ddi["cd420"].mean()),
        ),
        one(
            ACTG,
            "coverage",
            "how many patients in the trial file",
            num(len(a)),
        ),
        one(
            ACTG,
            "coverage",
            "range of follow-up days, min and max",
            num(a["days"].min(), a["days"].max()),
        ),
        one(
            ACTG,
            "derived",
            "mean cd4/cd8 ratio at baseline (cd40 over cd80, per patient, then avg)",
            num((a["cd40"] / a["cd80"]).mean()),
        ),
        one(
            ACTG,
            "derived",
            "share of patients who went off treatment early (offtrt), pct",
            num(a["offtrt"].mean() * 100),
        ),
        one(
            ACTG,
            "per-normalise",
            "events per 1000 patient-days, whole trial (cens events over total days)",
            num(a["cens"].sum() / a["days"].sum() * 1000),
        ),
        one(
            ACTG,
            "per-normalise",
            "arm 1: failures per 100 patients",
            num(a[a["arms"] == 1]["cens"].mean() * 100),
        ),
        one(
            ACTG,
            "percent-change",
            "pct change in mean cd4 from baseline (cd40) to week 20 (cd420), all patients",
            num(pct_change(a["cd40"].mean(), a["cd420"].mean())),
        ),
        one(
            ACTG,
            "numbers-in-question",
            "how many had a baseline cd4 under 200",
            num((a["cd40"] < 200).sum()),
        ),
        one(
            ACTG,
            "units-columns",
            "avg body weight in pounds",
            num(a["wtkg"].mean() * 2.20462),
        ),
        one(
            ACTG,
            "units-columns",
            "mean prior antiretroviral therapy (preanti) in weeks, among those w/ any",
            num(a[a["preanti"] > 0]["preanti"].mean() / 7),
        ),
        one(
            ACTG,
            "long-format",
            "how many patients were in arm 2 (zidovudine + zalcitabine)",
            num((a["arms"] == 2).sum()),
        ),
        SealedCase(
            ACTG,
            [
                ("mean age in arm 0", num(zdv["age"].mean())),
                ("arm 3?", num(ddi["age"].mean())),
                ("and the sd for arm 3", num(ddi["age"].std())),
            ],
            "follow-up",
        ),
        SealedCase(
            ACTG,
            [
                ("pct of patients w/ hemophilia (hemo)", num(a["hemo"].mean() * 100)),
                ("and w/ history of iv drug use", num(a["drugs"].mean() * 100)),
            ],
            "follow-up",
        ),
        SealedCase(
            ACTG,
            [
                ("median cd420 for men", num(men["cd420"].median())),
                ("for women", num(women["cd420"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            ACTG,
            [
                ("histogram of baseline cd4", HISTOGRAM),
                ("avg of it for non-white pts (race = 1)", num(a[a["race"] == 1]["cd40"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            ACTG,
            [
                ("n events in the symptomatic group", num(symp["cens"].sum())),
                ("and their avg viral load at baseline", NO),
            ],
            "follow-up",
        ),
        one(
            ACTG,
            "unanswerable",
            "avg bmi of participants",
            NO,
        ),
        one(
            ACTG,
            "unanswerable",
            "baseline viral load by arm",
            NO,
        ),
        one(
            ACTG,
            "unanswerable",
            "which enrolment site recruited the most patients",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return senators() + inspections() + actg()
