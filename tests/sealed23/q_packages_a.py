"""PACKAGES half, first three tables (see TABLES_packages.md): daily WTI crude oil prices (arch),
US contagious disease counts by state and year (dslabs, long format) and the 2016 US
presidential polls (dslabs / FiveThirtyEight). Style: a data journalist on deadline
fact-checking a draft story. Gold is computed here with plain pandas from the CSVs."""

from __future__ import annotations

import pandas as pd

from tests.sealed23.cases import (
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

OIL = "wti_oil_price_daily.csv"
DIS = "us_disease_cases_by_state.csv"
POLLS = "us_presidential_polls_2016.csv"


def _oil() -> pd.DataFrame:
    return load(OIL, "Date", "%m/%d/%Y")


def oil_cases() -> list[SealedCase]:
    w = _oil()
    p = w["DCOILWTICO"]
    year = w["_d"].dt.year
    yearly = p.groupby(year).mean()

    def yr(y: int) -> pd.Series:
        return p[year == y].dropna()

    monthly08 = yr(2008).groupby(w["_d"].dt.month).mean()
    days = w.dropna(subset=["DCOILWTICO"])
    first, last = days["DCOILWTICO"].iloc[0], days["DCOILWTICO"].iloc[-1]
    q4_2014 = p[(year == 2014) & (w["_d"].dt.quarter == 4)].mean()
    mondays = p[w["_d"].dt.day_of_week == 0].mean()
    fridays = p[w["_d"].dt.day_of_week == 4].mean()
    by_month = p.groupby(w["_d"].dt.month).mean()
    dec_2015 = p[(year == 2015) & (w["_d"].dt.month == 12)].mean()
    jun_2014 = p[(year == 2014) & (w["_d"].dt.month == 6)].mean()
    return [
        one(
            OIL,
            "aggregate",
            "Fact check: draft says oil averaged about $100 a barrel in 2008. What was the actual"
            " average WTI price that year?",
            num(yearly[2008]),
        ),
        one(
            OIL,
            "aggregate",
            "pull the median WTI price across the whole file for the explainer box pls",
            num(p.median()),
        ),
        one(
            OIL,
            "aggregate",
            "what was the average oil price over the 1990s (1990 to 1999, all days with a price)?",
            num(p[(year >= 1990) & (year <= 1999)].mean()),
        ),
        one(OIL, "chart", "need a line chart of the WTI price over time for the web version", LINE),
        one(
            OIL,
            "chart",
            "ed wants a bar chart of the average oil price per year, asap",
            BAR,
        ),
        one(
            OIL,
            "compare",
            "how many times bigger was the average oil price in 2008 than in 1998?",
            num(yearly[2008] / yearly[1998]),
        ),
        one(
            OIL,
            "coverage",
            "what's the source range on the oil file: which years does it cover?",
            num(year.min(), year.max()),
        ),
        one(
            OIL,
            "coverage",
            "some rows have no price. how many days in the file actually have a WTI price?",
            num(p.notna().sum()),
        ),
        one(
            OIL,
            "date-part",
            "Claim in draft: oil is cheapest on Mondays. What's the average WTI price on Mondays"
            " across the file?",
            num(mondays),
        ),
        one(
            OIL,
            "date-part",
            "avg WTI price in Q4 2014, the crash quarter, pls",
            num(q4_2014),
        ),
        one(
            OIL,
            "date-part",
            "which calendar month (all years pooled) has the highest average oil price? need the"
            " figure",
            num(by_month.max()),
        ),
        one(
            OIL,
            "date-part",
            "in 2008, which month had the highest average price? give me that month's average",
            num(monthly08.max()),
        ),
        one(
            OIL,
            "derived",
            "what was the spread between the highest and lowest WTI price in 2008, in dollars?",
            num(yr(2008).max() - yr(2008).min()),
        ),
        one(
            OIL,
            "derived",
            "how far below its all-time high in the file was the last price, in dollars?",
            num(p.max() - last),
        ),
        one(
            OIL,
            "percent-change",
            "Claim in draft: oil prices more than halved between 2014 and 2016. What's the actual"
            " % change in the annual average price?",
            num(pct_change(yearly[2014], yearly[2016])),
        ),
        one(
            OIL,
            "percent-change",
            "% change from the first price in the file to the last one?",
            num(pct_change(first, last)),
        ),
        one(
            OIL,
            "percent-change",
            "how much did the average price move between June 2014 and December 2015, in %?",
            num(pct_change(jun_2014, dec_2015)),
        ),
        one(
            OIL,
            "numbers-in-question",
            "how many days did WTI trade above $100 a barrel?",
            num((p > 100).sum()),
        ),
        one(
            OIL,
            "numbers-in-question",
            "fact check: 'oil was under $20 on more than 2,000 days'. how many days below 20"
            " dollars?",
            num((p < 20).sum()),
        ),
        one(
            OIL,
            "superlative",
            "what's the record high WTI price in the file?",
            num(p.max()),
        ),
        one(
            OIL,
            "superlative",
            "lowest oil price in 2016? the draft says it dipped under $27",
            num(yr(2016).min()),
        ),
        one(
            OIL,
            "ranking",
            "give me the top 5 years by average oil price for a chart",
            ranked(yearly, 5),
        ),
        one(
            OIL,
            "ranking",
            "the 3 cheapest years for oil by annual average, lowest first",
            ranked(yearly, 3, ascending=True),
        ),
        one(
            OIL,
            "group",
            "average WTI price per year for 2010 to 2014, one number a year",
            num(*[yearly[y] for y in range(2010, 2015)]),
        ),
        one(
            OIL,
            "compare",
            "average oil price in 2000 vs 2010, both figures for the comparison line",
            num(yearly[2000], yearly[2010]),
        ),
        one(
            OIL,
            "date-part",
            "avg WTI price in the first quarter of 2009, when the recession bit?",
            num(p[(year == 2009) & (w["_d"].dt.quarter == 1)].mean()),
        ),
        one(OIL, "unanswerable", "why did oil prices crash in late autumn?", NO),
        one(
            OIL,
            "unanswerable",
            "what will WTI be next year? ed wants a forecast figure for the standfirst",
            NO,
        ),
        one(
            OIL,
            "unanswerable",
            "what was the Brent price on the day WTI hit its record? need both for the graphic",
            NO,
        ),
        one(
            OIL,
            "unanswerable",
            "how many barrels did the US produce in the year oil peaked?",
            NO,
        ),
        SealedCase(
            OIL,
            [
                ("avg oil price in 2008?", num(yearly[2008])),
                ("sub-editor asks: and 2009?", num(yearly[2009])),
            ],
            "follow-up",
        ),
        SealedCase(
            OIL,
            [
                ("how many days was oil above $100 in 2011?", num((yr(2011) > 100).sum())),
                ("and in 2013?", num((yr(2013) > 100).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            OIL,
            [
                ("max WTI price in 2014?", num(yr(2014).max())),
                ("and the min that year?", num(yr(2014).min())),
            ],
            "follow-up",
        ),
        SealedCase(
            OIL,
            [
                ("mean WTI price in 1990 pls", num(yearly[1990])),
                ("what about the median", num(yr(1990).median())),
            ],
            "follow-up",
        ),
        SealedCase(
            OIL,
            [
                ("average oil price in 2018?", num(yearly[2018])),
                ("and what about 2020? draft has a line on it", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            OIL,
            [
                ("average oil price on Fridays across the file?", num(fridays)),
                ("and on Mondays?", num(mondays)),
            ],
            "follow-up",
        ),
    ]


def disease_cases() -> list[SealedCase]:
    d = load(DIS)

    def total(disease: str, y: int) -> float:
        return d[(d.disease == disease) & (d.year == y)]["count"].sum()

    def cell(disease: str, state: str, y: int) -> pd.Series:
        return d[(d.disease == disease) & (d.state == state) & (d.year == y)].iloc[0]

    def rate(disease: str, state: str, y: int, per: float = 1e5) -> float:
        row = cell(disease, state, y)
        return row["count"] / row["population"] * per

    measles = d[d.disease == "Measles"]
    m1963 = measles[measles.year == 1963].set_index("state")["count"]
    m1960 = measles[measles.year == 1960].set_index("state")
    polio_years = d[d.disease == "Polio"].groupby("year")["count"].sum()
    polio1952 = d[(d.disease == "Polio") & (d.year == 1952)].set_index("state")["count"]
    mumps1970 = d[(d.disease == "Mumps") & (d.year == 1970)].set_index("state")["count"]
    m1960_rate = m1960["count"] / m1960["population"] * 1e5
    pert = d[d.disease == "Pertussis"].year
    pert_years = sorted(pert.unique())
    gap = [y for y in range(pert.min(), pert.max() + 1) if y not in pert_years]
    in1970 = d[d.year == 1970].groupby("disease")["count"].sum()
    hep = d[d.disease == "Hepatitis A"].groupby("year")["count"].sum()
    per_state_hep = d[(d.disease == "Hepatitis A") & (d.year == 2000)]
    return [
        one(
            DIS,
            "long-format",
            "total measles cases reported across all states in 1963?",
            num(total("Measles", 1963)),
        ),
        one(
            DIS,
            "long-format",
            "how many smallpox cases nationwide in 1930, all states added up?",
            num(total("Smallpox", 1930)),
        ),
        one(
            DIS,
            "long-format",
            "pertussis total for 2011, whole country. what does the file say?",
            num(total("Pertussis", 2011)),
        ),
        one(
            DIS,
            "long-format",
            "mumps cases in Ohio in 1970?",
            num(cell("Mumps", "Ohio", 1970)["count"]),
        ),
        one(
            DIS,
            "long-format",
            "national rubella total in 1970 pls",
            num(total("Rubella", 1970)),
        ),
        one(
            DIS,
            "long-format",
            "hepatitis A: total reported cases across the US in 2000?",
            num(total("Hepatitis A", 2000)),
        ),
        one(
            DIS,
            "long-format",
            "all measles cases ever reported in California in this file, every year summed",
            num(measles[measles.state == "California"]["count"].sum()),
        ),
        one(
            DIS,
            "long-format",
            "In 1968, which was bigger nationally, mumps or measles? give me both totals",
            num(total("Mumps", 1968), total("Measles", 1968)),
        ),
        one(
            DIS,
            "long-format",
            "fact check: 'polio cases topped 50,000 in 1952'. national polio total that year?",
            num(total("Polio", 1952)),
        ),
        one(
            DIS,
            "long-format",
            "hep A cases in Texas, all years in the file added together?",
            num(d[(d.disease == "Hepatitis A") & (d.state == "Texas")]["count"].sum()),
        ),
        one(
            DIS,
            "compare",
            "Ohio in 1970: mumps vs measles cases, both numbers pls",
            num(cell("Mumps", "Ohio", 1970)["count"], cell("Measles", "Ohio", 1970)["count"]),
        ),
        one(
            DIS,
            "numbers-in-question",
            "draft says 'more than 20 states logged over 2,000 polio cases in 1952'. how many"
            " states did?",
            num((polio1952 > 2000).sum()),
        ),
        one(
            DIS,
            "numbers-in-question",
            "how many states reported over 10k measles cases in 1960?",
            num((m1960["count"] > 10000).sum()),
        ),
        one(
            DIS,
            "per-normalise",
            "measles cases per 100,000 people in Texas in 1960?",
            num(rate("Measles", "Texas", 1960)),
        ),
        one(
            DIS,
            "per-normalise",
            "polio rate per 100k residents in Minnesota in 1952, for the sidebar",
            num(rate("Polio", "Minnesota", 1952)),
        ),
        one(
            DIS,
            "per-normalise",
            "pertussis cases per 100,000 in Washington state in 2011?",
            num(rate("Pertussis", "Washington", 2011)),
        ),
        one(
            DIS,
            "per-normalise",
            "hep A cases per million people in Arizona in 2000?",
            num(rate("Hepatitis A", "Arizona", 2000, 1e6)),
        ),
        one(
            DIS,
            "superlative",
            "is it fair to say Wisconsin had the most measles cases of any state in 1963? how"
            " many did the top state have?",
            num(m1963.max()),
        ),
        one(
            DIS,
            "superlative",
            "highest national polio total in any single year in the file, what's the number?",
            num(polio_years.max()),
        ),
        one(
            DIS,
            "superlative",
            "which state had the highest measles rate per 100,000 in 1960? need the rate",
            num(m1960_rate.max()),
        ),
        one(
            DIS,
            "ranking",
            "top 5 states for polio cases in 1952, for a chart",
            ranked(polio1952, 5),
        ),
        one(
            DIS,
            "ranking",
            "give me the top 3 states by mumps cases in 1970",
            ranked(mumps1970, 3),
        ),
        one(
            DIS,
            "percent-change",
            "Claim in draft: measles cases fell by more than 90% between 1963 and 1968."
            " National totals, what's the % change?",
            num(pct_change(total("Measles", 1963), total("Measles", 1968))),
        ),
        one(
            DIS,
            "percent-change",
            "% change in the national hepatitis A total from 1990 to 2010?",
            num(pct_change(hep[1990], hep[2010])),
        ),
        one(
            DIS,
            "group",
            "total cases by disease for 1970, one figure per disease in the file that year",
            num(*in1970.tolist()),
        ),
        one(
            DIS,
            "compare",
            "pertussis in 2011: how many times more cases did California have than Texas?",
            num(
                cell("Pertussis", "California", 2011)["count"]
                / cell("Pertussis", "Texas", 2011)["count"]
            ),
        ),
        one(
            DIS,
            "derived",
            "what share of all US measles cases in 1963 were in Wisconsin, in %?",
            num(m1963["Wisconsin"] / m1963.sum() * 100),
        ),
        one(
            DIS,
            "aggregate",
            "average hep A cases per state in 2000 (all states in the file)?",
            num(per_state_hep["count"].mean()),
        ),
        one(
            DIS,
            "coverage",
            "draft says the pertussis series runs 1938 to 2011 without a break. which years does"
            " the file actually have?",
            num(pert.min(), gap[0] - 1, gap[-1] + 1, pert.max()),
        ),
        one(
            DIS,
            "coverage",
            "which years does the polio data span, first and last?",
            num(polio_years.index.min(), polio_years.index.max()),
        ),
        one(
            DIS,
            "coverage",
            "how many states are in the disease file (DC counted as one)?",
            num(d.state.nunique()),
        ),
        one(
            DIS,
            "chart",
            "for the graphic: national measles cases per year as a line chart",
            LINE,
        ),
        one(DIS, "unanswerable", "why did measles cases collapse in the late sixties?", NO),
        one(
            DIS,
            "unanswerable",
            "how many people died of measles in the worst year? need deaths not cases",
            NO,
        ),
        one(DIS, "unanswerable", "measles cases in Puerto Rico, any year?", NO),
        one(
            DIS,
            "unanswerable",
            "what did the surgeon general say about the mumps figures?",
            NO,
        ),
        SealedCase(
            DIS,
            [
                ("total measles cases nationally in 1960?", num(total("Measles", 1960))),
                ("and in 1970?", num(total("Measles", 1970))),
                (
                    "so what's the % change?",
                    num(pct_change(total("Measles", 1960), total("Measles", 1970))),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            DIS,
            [
                ("polio cases in New York in 1949?", num(cell("Polio", "New York", 1949)["count"])),
                (
                    "sub-editor asks: and California?",
                    num(cell("Polio", "California", 1949)["count"]),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            DIS,
            [
                ("top 5 states for mumps cases in 1970 pls", ranked(mumps1970, 5)),
                ("now as a bar chart", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            DIS,
            [
                ("national pertussis total in 1940?", num(total("Pertussis", 1940))),
                ("what about smallpox the same year?", num(total("Smallpox", 1940))),
            ],
            "follow-up",
        ),
        SealedCase(
            DIS,
            [
                ("measles rate per 100k in Texas in 1990?", num(rate("Measles", "Texas", 1990))),
                ("and in California?", num(rate("Measles", "California", 1990))),
            ],
            "follow-up",
        ),
        SealedCase(
            DIS,
            [
                (
                    "how many rubella cases in Illinois in 1975?",
                    num(cell("Rubella", "Illinois", 1975)["count"]),
                ),
                ("and how many of those were in children?", NO),
            ],
            "follow-up",
        ),
    ]


def poll_cases() -> list[SealedCase]:
    p = load(POLLS, "startdate")
    p["_end"] = pd.to_datetime(p["enddate"])
    nat = p[p.state == "U.S."]
    states = p[p.state != "U.S."]
    raw_lead = p["rawpoll_clinton"] - p["rawpoll_trump"]
    per_pollster = p.pollster.value_counts()
    oct16 = ((p["_d"].dt.year == 2016) & (p["_d"].dt.month == 10)).sum()
    sep16 = ((p["_d"].dt.year == 2016) & (p["_d"].dt.month == 9)).sum()
    by_month = p.groupby(p["_d"].dt.to_period("M")).size()
    proper = states[~states.state.str.contains("CD-")]
    trump_by_state = proper.groupby("state")["rawpoll_trump"].mean()
    fl = raw_lead[p.state == "Florida"].mean()
    pa = raw_lead[p.state == "Pennsylvania"].mean()
    oh = p[p.state == "Ohio"]
    mi = p[p.state == "Michigan"]
    ipsos = p[p.pollster == "Ipsos"]
    field = (p["_end"] - p["_d"]).dt.days
    grade_counts = p.grade.value_counts()
    return [
        one(
            POLLS,
            "aggregate",
            "fact check: avg raw Clinton number across all the national (U.S.) polls?",
            num(nat["rawpoll_clinton"].mean()),
        ),
        one(
            POLLS,
            "aggregate",
            "median sample size of all the polls in the file?",
            num(p.samplesize.median()),
        ),
        one(
            POLLS,
            "group",
            "avg raw Clinton-minus-Trump margin by population type (lv, rv, a, v)",
            num(*raw_lead.groupby(p.population).mean().tolist()),
        ),
        one(
            POLLS,
            "group",
            "mean adjusted Trump share for A+ graded pollsters vs C- graded ones",
            num(
                p[p.grade == "A+"]["adjpoll_trump"].mean(),
                p[p.grade == "C-"]["adjpoll_trump"].mean(),
            ),
        ),
        one(
            POLLS,
            "group",
            "number of polls per population type (lv, rv, a, v)",
            num(*p.population.value_counts().tolist()),
        ),
        one(
            POLLS,
            "ranking",
            "top 5 pollsters by number of polls in the file",
            ranked(per_pollster, 5),
        ),
        one(
            POLLS,
            "ranking",
            "rank the grades by how many polls carry them, top 3 for the chart",
            ranked(grade_counts, 3),
        ),
        one(
            POLLS,
            "superlative",
            "biggest sample size of any poll in the file?",
            num(p.samplesize.max()),
        ),
        one(
            POLLS,
            "superlative",
            "which pollster ran the most polls? how many?",
            num(per_pollster.max()),
        ),
        one(
            POLLS,
            "superlative",
            "which state had the highest average raw Trump share? states only, not the national"
            " polls or the congressional districts. need the figure",
            num(trump_by_state.max()),
        ),
        one(
            POLLS,
            "numbers-in-question",
            "how many polls had a sample size of at least 1,500?",
            num((p.samplesize >= 1500).sum()),
        ),
        one(
            POLLS,
            "numbers-in-question",
            "how many national polls had Clinton at 50% or more, raw numbers?",
            num((nat["rawpoll_clinton"] >= 50).sum()),
        ),
        one(
            POLLS,
            "numbers-in-question",
            "how many polls showed Trump ahead by more than 5 points on the raw numbers?",
            num((raw_lead < -5).sum()),
        ),
        one(
            POLLS,
            "date-part",
            "how many polls started in October 2016?",
            num(oct16),
        ),
        one(
            POLLS,
            "date-part",
            "how many polls finished on a Sunday (end date)?",
            num((p["_end"].dt.day_of_week == 6).sum()),
        ),
        one(
            POLLS,
            "date-part",
            "which month had the most polls going into the field (by start date)? how many?",
            num(by_month.max()),
        ),
        one(
            POLLS,
            "derived",
            "avg raw Clinton lead over Trump (Clinton minus Trump) in the national polls?",
            num((nat["rawpoll_clinton"] - nat["rawpoll_trump"]).mean()),
        ),
        one(
            POLLS,
            "derived",
            "on average how many days was a poll in the field (end date minus start date)?",
            num(field.mean()),
        ),
        one(
            POLLS,
            "compare",
            "Florida vs Pennsylvania: average raw Clinton lead in each state's polls",
            num(fl, pa),
        ),
        one(
            POLLS,
            "percent-change",
            "% change in the number of polls started from September to October 2016?",
            num(pct_change(sep16, oct16)),
        ),
        one(
            POLLS,
            "units-columns",
            "what's the average 538-adjusted number for Gary Johnson across all polls that have"
            " one?",
            num(p["adjpoll_johnson"].mean()),
        ),
        one(
            POLLS,
            "units-columns",
            "average raw share for Evan McMullin in the polls that list him?",
            num(p["rawpoll_mcmullin"].mean()),
        ),
        one(
            POLLS,
            "per-normalise",
            "Ipsos: average respondents per poll?",
            num(ipsos.samplesize.mean()),
        ),
        one(
            POLLS,
            "coverage",
            "how many polls in the file have no pollster grade?",
            num(p.grade.isna().sum()),
        ),
        one(
            POLLS,
            "coverage",
            "how many different pollsters are in the file?",
            num(p.pollster.nunique()),
        ),
        one(
            POLLS,
            "chart",
            "histogram of poll sample sizes for the methods box",
            HISTOGRAM,
        ),
        one(
            POLLS,
            "chart",
            "scatter plot of raw Clinton vs raw Trump share, one dot per poll",
            SCATTER,
        ),
        one(
            POLLS,
            "chart",
            "show me a bar chart of the number of polls per grade",
            BAR,
        ),
        one(
            POLLS,
            "unanswerable",
            "what did the Trump campaign say about these polls?",
            NO,
        ),
        one(POLLS, "unanswerable", "who actually won Florida, and by how much?", NO),
        one(
            POLLS,
            "unanswerable",
            "pull the Senate race polls for Pennsylvania too pls",
            NO,
        ),
        one(POLLS, "unanswerable", "why were the polls so wrong in Wisconsin?", NO),
        one(
            POLLS,
            "unanswerable",
            "what was the response rate for the Ipsos polls?",
            NO,
        ),
        SealedCase(
            POLLS,
            [
                ("avg raw Clinton share in Ohio polls?", num(oh["rawpoll_clinton"].mean())),
                ("and Trump?", num(oh["rawpoll_trump"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            POLLS,
            [
                ("how many polls of Michigan are in the file?", num(len(mi))),
                ("and Wisconsin?", num((p.state == "Wisconsin").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            POLLS,
            [
                (
                    "mean adjusted Clinton share in national likely-voter (lv) polls?",
                    num(nat[nat.population == "lv"]["adjpoll_clinton"].mean()),
                ),
                (
                    "sub-editor asks: and registered voters (rv) only?",
                    num(nat[nat.population == "rv"]["adjpoll_clinton"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            POLLS,
            [
                ("median sample size of the Ipsos polls?", num(ipsos.samplesize.median())),
                (
                    "and for SurveyMonkey?",
                    num(p[p.pollster == "SurveyMonkey"].samplesize.median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            POLLS,
            [
                (
                    "how many polls had Trump at 45% or more on the raw number?",
                    num((p["rawpoll_trump"] >= 45).sum()),
                ),
                ("and how many of those respondents were Hispanic?", NO),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return oil_cases() + disease_cases() + poll_cases()
