"""The PACKAGES half, part A: the Mayo Clinic serum free light chain cohort (scikit-survival's
flchain), the NYSE daily series 1962-1986 and the US News 1995 colleges (both ISLP). Asked by a
working data analyst typing fast between other tasks; gold computed here with plain pandas."""

from __future__ import annotations

from tests.sealed19.cases import (
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

FLC = "free_light_chain_cohort.csv"
NYSE = "nyse_daily_1962_1986.csv"
COLLEGE = "us_colleges_1995.csv"


def flchain() -> list[SealedCase]:
    f = load(FLC)
    dead = f[f["death"] == "dead"]
    women, men = f[f["sex"] == "F"], f[f["sex"] == "M"]
    mgus = f[f["mgus"] == "yes"]
    by_year = f.groupby("sample.yr").size()
    deaths = dead["chapter"].value_counts()
    ratio = f["kappa"] / f["lambda"]
    return [
        one(FLC, "aggregate", "avg age of ppl in the flchain cohort?", num(f["age"].mean())),
        one(
            FLC,
            "aggregate",
            "totla no. of deaths in the study (death = dead)",
            num(len(dead)),
        ),
        one(
            FLC,
            "group",
            "median creatinine by sex pls",
            num(*f.groupby("sex")["creatinine"].median()),
        ),
        one(
            FLC,
            "group",
            "mean kappa and mean lambda for mgus yes vs no — all four numbers",
            num(*f.groupby("mgus")[["kappa", "lambda"]].mean().to_numpy().ravel()),
        ),
        one(
            FLC,
            "ranking",
            "top 5 causes of death by num of deaths (the chapter col)",
            ranked(deaths, 5),
        ),
        one(
            FLC,
            "ranking",
            "which 3 sample yrs enrolled the fewest ppl? w/ counts",
            ranked(by_year, 3, ascending=True),
        ),
        one(
            FLC,
            "superlative",
            "which flc grp has the highest avgerage kappa",
            ranked(f.groupby("flc.grp")["kappa"].mean(), 1),
        ),
        one(FLC, "chart", "histogram of age pls", HISTOGRAM),
        one(FLC, "chart", "box plot of lambda split by sex", BOX),
        one(
            FLC,
            "compare",
            "avg futime for ppl who died vs ppl still alive",
            num(dead["futime"].mean(), f[f["death"] == "alive"]["futime"].mean()),
        ),
        one(
            FLC,
            "compare",
            "women vs men: what share died, in %",
            num(
                (women["death"] == "dead").mean() * 100,
                (men["death"] == "dead").mean() * 100,
            ),
        ),
        one(
            FLC,
            "coverage",
            "what range of sample yrs does this cover (first and last)",
            num(f["sample.yr"].min(), f["sample.yr"].max()),
        ),
        one(
            FLC,
            "coverage",
            "how many diff cause-of-death chapters show up",
            num(f["chapter"].nunique()),
        ),
        one(
            FLC,
            "date-part",
            "no. of ppl sampled each yr (sample.yr), all yrs",
            num(*by_year),
        ),
        one(
            FLC,
            "date-part",
            "avg age by sample yr, each yr",
            num(*f.groupby("sample.yr")["age"].mean()),
        ),
        one(
            FLC,
            "derived",
            "kappa/lambda ratio per person — whats the median of that",
            num(ratio.median()),
        ),
        one(
            FLC,
            "derived",
            "avg total free light chain (kappa + lambda) for the mgus=yes ppl",
            num((mgus["kappa"] + mgus["lambda"]).mean()),
        ),
        one(
            FLC,
            "per-normalise",
            "deaths per 1000 ppl in the whole cohort?",
            num(len(dead) / len(f) * 1000),
        ),
        one(
            FLC,
            "per-normalise",
            "circulatory deaths per 100 ppl aged 80 or more",
            num(
                ((f["age"] >= 80) & (f["chapter"] == "Circulatory")).sum()
                / (f["age"] >= 80).sum()
                * 100
            ),
        ),
        one(
            FLC,
            "percent-change",
            "pct change in num enrolled from 1995 to 1996 (sample yr)",
            num(pct_change(by_year[1995], by_year[1996])),
        ),
        one(
            FLC,
            "numbers-in-question",
            "ppl aged 80+ , how many of them died",
            num(((f["age"] >= 80) & (f["death"] == "dead")).sum()),
        ),
        one(
            FLC,
            "units-columns",
            "avg follow-up time in weeks",
            num(f["futime"].mean() / 7),
        ),
        one(
            FLC,
            "units-columns",
            "median creat level for ppl in flc group 10",
            num(f[f["flc.grp"] == 10]["creatinine"].median()),
        ),
        one(
            FLC,
            "long-format",
            "how many ppl died of Neoplasms",
            num(deaths["Neoplasms"]),
        ),
        one(
            FLC,
            "long-format",
            "of all the deaths what % were Respiratory",
            num(deaths["Respiratory"] / len(dead) * 100),
        ),
        SealedCase(
            FLC,
            [
                ("how many women in the flchain data", num(len(women))),
                ("and men?", num(len(men))),
            ],
            "follow-up",
        ),
        SealedCase(
            FLC,
            [
                ("avg age of the ones who died", num(dead["age"].mean())),
                ("same but median", num(dead["age"].median())),
                ("only men", num(dead[dead["sex"] == "M"]["age"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            FLC,
            [
                ("num of ppl w/ mgus", num(len(mgus))),
                ("what pct of them died", num((mgus["death"] == "dead").mean() * 100)),
            ],
            "follow-up",
        ),
        SealedCase(
            FLC,
            [
                (
                    "deaths by chapter, top 3",
                    ranked(deaths, 3),
                ),
                (
                    "same for women only",
                    ranked(dead[dead["sex"] == "F"]["chapter"].value_counts(), 3),
                ),
                ("bar chart of that", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            FLC,
            [
                ("mean kappa for sample yr 1996", num(f[f["sample.yr"] == 1996]["kappa"].mean())),
                ("and 1999?", num(f[f["sample.yr"] == 1999]["kappa"].mean())),
            ],
            "follow-up",
        ),
        one(FLC, "unanswerable", "whats the avg BMI of the cohort", NO),
        one(FLC, "unanswerable", "which hospital ward enrolled the most ppl", NO),
        one(
            FLC,
            "unanswerable",
            "how many were sampled back in the eighties",
            NO,
        ),
        one(FLC, "unanswerable", "does smoking raise kappa? avg kappa smokers vs non", NO),
    ]


def nyse() -> list[SealedCase]:
    n = load(NYSE, "date")
    n["yr"] = n["_d"].dt.year
    ret = n["DJ_return"]
    y1985 = n[n["yr"] == 1985]
    by_year = n.groupby("yr")
    return [
        one(NYSE, "aggregate", "avg daily DJ_return over the whole file", num(ret.mean())),
        one(
            NYSE,
            "group",
            "mean DJ return by day of week",
            num(*n.groupby("day_of_week")["DJ_return"].mean()),
        ),
        one(
            NYSE,
            "group",
            "median log_volume for train vs not train rows",
            num(*n.groupby("train")["log_volume"].median()),
        ),
        one(
            NYSE,
            "ranking",
            "top 3 yrs by avg daily dow return",
            ranked(by_year["DJ_return"].mean(), 3),
        ),
        one(
            NYSE,
            "ranking",
            "5 worst single days for DJ_return, with the return",
            ranked(n.set_index("date")["DJ_return"], 5, ascending=True),
        ),
        one(
            NYSE,
            "superlative",
            "biggest one-day gain in DJ_return?",
            num(ret.max()),
        ),
        one(
            NYSE,
            "superlative",
            "which weekday has the lowest avg return",
            ranked(n.groupby("day_of_week")["DJ_return"].mean(), 1, ascending=True),
        ),
        one(NYSE, "chart", "line chart of log_volatility over time", LINE),
        one(
            NYSE,
            "compare",
            "avg return mondays vs fridays",
            num(
                n[n["day_of_week"] == "mon"]["DJ_return"].mean(),
                n[n["day_of_week"] == "fri"]["DJ_return"].mean(),
            ),
        ),
        one(
            NYSE,
            "compare",
            "std dev of DJ_return 1974 vs 1984",
            num(
                n[n["yr"] == 1974]["DJ_return"].std(),
                n[n["yr"] == 1984]["DJ_return"].std(),
            ),
        ),
        one(
            NYSE,
            "coverage",
            "what yrs does the nyse data span, first to last",
            num(n["yr"].min(), n["yr"].max()),
        ),
        one(
            NYSE,
            "date-part",
            "avg DJ_return by calendar month (jan..dec), all yrs pooled",
            num(*n.groupby(n["_d"].dt.month)["DJ_return"].mean()),
        ),
        one(
            NYSE,
            "date-part",
            "mean log_volatility per quarter of the yr (Q1-Q4)",
            num(*n.groupby(n["_d"].dt.quarter)["log_volatility"].mean()),
        ),
        one(
            NYSE,
            "derived",
            "what % of days had a positve DJ_return",
            num((ret > 0).mean() * 100),
        ),
        one(
            NYSE,
            "derived",
            "spread b/w the max and min log_volume",
            num(n["log_volume"].max() - n["log_volume"].min()),
        ),
        one(
            NYSE,
            "per-normalise",
            "in 1985 how many trading days per month on avg",
            num(len(y1985) / 12),
        ),
        one(
            NYSE,
            "percent-change",
            "if you compound the daily DJ_return over 1985 whats the total % gain for the yr",
            num(((1 + y1985["DJ_return"]).prod() - 1) * 100),
        ),
        one(
            NYSE,
            "percent-change",
            "compounded % change across all of 1974 from the daily DJ returns",
            num(((1 + n[n["yr"] == 1974]["DJ_return"]).prod() - 1) * 100),
        ),
        one(
            NYSE,
            "numbers-in-question",
            "how many days had a return over 2% (DJ_return > 0.02)",
            num((ret > 0.02).sum()),
        ),
        one(
            NYSE,
            "units-columns",
            "avg daily dow return in basis points",
            num(ret.mean() * 10000),
        ),
        one(
            NYSE,
            "units-columns",
            "median log vol (the volume one not volatility) in 1970",
            num(n[n["yr"] == 1970]["log_volume"].median()),
        ),
        one(
            NYSE,
            "long-format",
            "how many thur rows are there",
            num((n["day_of_week"] == "thur").sum()),
        ),
        SealedCase(
            NYSE,
            [
                (
                    "avg return on mondays",
                    num(n[n["day_of_week"] == "mon"]["DJ_return"].mean()),
                ),
                ("and wed?", num(n[n["day_of_week"] == "wed"]["DJ_return"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            NYSE,
            [
                ("no. of trading days in 1970", num((n["yr"] == 1970).sum())),
                ("and 1980", num((n["yr"] == 1980).sum())),
                ("now a line chart of avg DJ_return per yr", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            NYSE,
            [
                (
                    "how many days with DJ_return under -3%",
                    num((ret < -0.03).sum()),
                ),
                ("only 1980 onwards", num(((ret < -0.03) & (n["yr"] >= 1980)).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            NYSE,
            [
                ("max log_volume in 1982", num(n[n["yr"] == 1982]["log_volume"].max())),
                ("and the min?", num(n[n["yr"] == 1982]["log_volume"].min())),
            ],
            "follow-up",
        ),
        SealedCase(
            NYSE,
            [
                (
                    "mean log_volatility for train=True",
                    num(n[n["train"]]["log_volatility"].mean()),
                ),
                ("and the test rows (train false)?", num(n[~n["train"]]["log_volatility"].mean())),
            ],
            "follow-up",
        ),
        one(NYSE, "unanswerable", "what was the dow's closing price on its best day", NO),
        one(NYSE, "unanswerable", "which stock in the nyse moved the most", NO),
        one(NYSE, "unanswerable", "forecast next yrs avg DJ_return", NO),
        one(NYSE, "unanswerable", "avg daily return during the dot com bubble, late nineties", NO),
    ]


def colleges() -> list[SealedCase]:
    c = load(COLLEGE)
    private, public = c[c["Private"] == "Yes"], c[c["Private"] == "No"]
    accept_rate = c["Accept"] / c["Apps"] * 100
    return [
        one(COLLEGE, "aggregate", "median out of state tuition", num(c["Outstate"].median())),
        one(COLLEGE, "aggregate", "tot applications across all colleges", num(c["Apps"].sum())),
        one(
            COLLEGE,
            "group",
            "avg grad rate for private vs public (Private col)",
            num(*c.groupby("Private")["Grad.Rate"].mean()),
        ),
        one(
            COLLEGE,
            "group",
            "medain S.F.Ratio by Private yes/no",
            num(*c.groupby("Private")["S.F.Ratio"].median()),
        ),
        one(
            COLLEGE,
            "superlative",
            "lowest acceptance rate of any college, accept / apps in %",
            num(accept_rate.min()),
        ),
        one(COLLEGE, "chart", "scatter of Outstate vs Grad.Rate", SCATTER),
        one(COLLEGE, "chart", "pie of private vs public count", PIE),
        one(
            COLLEGE,
            "compare",
            "avg Outstate private vs public",
            num(private["Outstate"].mean(), public["Outstate"].mean()),
        ),
        one(
            COLLEGE,
            "coverage",
            "how many colleges in the file, and how many are private",
            num(len(c), len(private)),
        ),
        one(
            COLLEGE,
            "derived",
            "overall acceptance rate = total accepted / total apps, in %",
            num(c["Accept"].sum() / c["Apps"].sum() * 100),
        ),
        one(
            COLLEGE,
            "derived",
            "avg yield per college (Enroll / Accept) as a pct",
            num((c["Enroll"] / c["Accept"]).mean() * 100),
        ),
        one(
            COLLEGE,
            "per-normalise",
            "apps per enrolled student overall (sum apps / sum enroll)",
            num(c["Apps"].sum() / c["Enroll"].sum()),
        ),
        one(
            COLLEGE,
            "per-normalise",
            "for public schools, part-time undergrads per 100 full-time ones (totals)",
            num(public["P.Undergrad"].sum() / public["F.Undergrad"].sum() * 100),
        ),
        one(
            COLLEGE,
            "percent-change",
            "how much higher in % is avg out-of-state tuition at private vs public",
            num(pct_change(public["Outstate"].mean(), private["Outstate"].mean())),
        ),
        one(
            COLLEGE,
            "numbers-in-question",
            "how many colleges recieved over 10k apps",
            num((c["Apps"] > 10000).sum()),
        ),
        one(
            COLLEGE,
            "numbers-in-question",
            "count of schools w/ grad rate at least 90%",
            num((c["Grad.Rate"] >= 90).sum()),
        ),
        one(
            COLLEGE,
            "numbers-in-question",
            "colleges charging out of state under 8,000 - how many",
            num((c["Outstate"] < 8000).sum()),
        ),
        one(
            COLLEGE,
            "units-columns",
            "avg out of state tuition in thousands of $",
            num(c["Outstate"].mean() / 1000),
        ),
        one(
            COLLEGE,
            "units-columns",
            "avg student/faculty ratio",
            num(c["S.F.Ratio"].mean()),
        ),
        SealedCase(
            COLLEGE,
            [
                ("median grad rate for private colleges", num(private["Grad.Rate"].median())),
                ("and public?", num(public["Grad.Rate"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            COLLEGE,
            [
                (
                    "how many colleges have more than half their students from top 10% of hs",
                    num((c["Top10perc"] > 50).sum()),
                ),
                (
                    "of those, avg grad rate",
                    num(c[c["Top10perc"] > 50]["Grad.Rate"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            COLLEGE,
            [
                ("avg books cost", num(c["Books"].mean())),
                ("same for personal", num(c["Personal"].mean())),
                ("histogram of Personal", HISTOGRAM),
            ],
            "follow-up",
        ),
        SealedCase(
            COLLEGE,
            [
                ("totl full time undergrads", num(c["F.Undergrad"].sum())),
                ("just private ones", num(private["F.Undergrad"].sum())),
            ],
            "follow-up",
        ),
        one(COLLEGE, "unanswerable", "which state has the most colleges", NO),
        one(COLLEGE, "unanswerable", "name of the college with the top grad rate", NO),
        one(COLLEGE, "unanswerable", "avg SAT score for private schools", NO),
    ]


def cases() -> list[SealedCase]:
    return flchain() + nyse() + colleges()
