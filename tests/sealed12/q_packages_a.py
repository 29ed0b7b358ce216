"""The twelfth sealed set, package tables (first three): weekly Californian avocado prices
(causaldata), organ donor registration by state and quarter (causaldata) and the share of
US bachelor's degrees earned by women by field (bokeh-sampledata). Asked the way an applied
economist or policy analyst would; gold with plain pandas on the CSVs as read."""

from __future__ import annotations

from tests.sealed12.cases import (
    BAR,
    HISTOGRAM,
    LINE,
    NO,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

AVO = "avocado_prices_ca.csv"
ORG = "organ_donor_registration.csv"
DEG = "women_bachelors_share.csv"


def avocado() -> list[SealedCase]:
    a = load(AVO, "Date", "%Y-%m-%d")
    year = a["_d"].dt.year
    price, volume = a["AveragePrice"], a["TotalVolume"]
    by_year_price = price.groupby(year).mean()
    by_year_volume = volume.groupby(year).sum()
    weeks = a.set_index("Date")
    spend = price * volume
    in_2016 = price[year == 2016]
    return [
        one(
            AVO,
            "aggregate",
            "over the whole run, what's the mean weekly volume of conventional avocados sold "
            "in california",
            num(volume.mean()),
        ),
        one(
            AVO,
            "ranking",
            "list the five heaviest weeks for volume, biggest first",
            ranked(weeks["TotalVolume"], 5),
        ),
        one(
            AVO,
            "superlative",
            "what was the highest weekly average price the series ever reaches",
            num(price.max()),
        ),
        one(AVO, "chart", "can i see the distribution of weekly volumes as a histogram", HISTOGRAM),
        one(
            AVO,
            "compare",
            "simple mean of the weekly prices in 2015 against 2017, both figures please",
            num(by_year_price[2015], by_year_price[2017]),
        ),
        one(
            AVO,
            "coverage",
            "how many weeks does the series hold, and in which years does it start and end",
            num(len(a), year.min(), year.max()),
        ),
        one(
            AVO,
            "date-part",
            "pooling the years, which calendar month tends to be priciest on average? give me "
            "that month's mean weekly price",
            num(price.groupby(a["_d"].dt.month).mean().max()),
        ),
        one(
            AVO,
            "date-part",
            "average weekly volume by quarter of the year, all years pooled together",
            num(*volume.groupby(a["_d"].dt.quarter).mean()),
        ),
        one(
            AVO,
            "date-part",
            "total number of avocados sold in each calendar year",
            num(*by_year_volume),
        ),
        one(
            AVO,
            "derived",
            "roughly how much was spent on conventional avocados in california over the full "
            "period, taking price times volume each week and adding it up",
            num(spend.sum()),
        ),
        one(
            AVO,
            "per-normalise",
            "what did shoppers actually pay per avocado across the whole period, i.e. total "
            "spend divided by total avocados sold",
            num(spend.sum() / volume.sum()),
        ),
        one(
            AVO,
            "percent-change",
            "by how much did the avrage weekly price rise from 2016 to 2017, in percent",
            num(pct_change(by_year_price[2016], by_year_price[2017])),
        ),
        one(
            AVO,
            "numbers-in-question",
            "how many weeks topped 6m avocados",
            num((volume > 6_000_000).sum()),
        ),
        one(
            AVO,
            "numbers-in-question",
            "avg price in the weeks where volume came in under 4.5 million",
            num(price[volume < 4_500_000].mean()),
        ),
        one(
            AVO,
            "units-columns",
            "mean weekly price in cents rather than dollars",
            num(price.mean() * 100),
        ),
        one(
            AVO,
            "units-columns",
            "total avocados sold during 2017, in millions",
            num(by_year_volume[2017] / 1_000_000),
        ),
        SealedCase(
            AVO,
            [
                ("what was the mean weekly volume in 2015", num(volume[year == 2015].mean())),
                ("and in 2016?", num(volume[year == 2016].mean())),
                ("show the yearly averages as a bar chart", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            AVO,
            [
                ("what was the peak weekly price in 2016", num(in_2016.max())),
                ("and the lowest that year?", num(in_2016.min())),
            ],
            "follow-up",
        ),
        SealedCase(
            AVO,
            [
                (
                    "how many avocdos were sold in total in the first quarter of 2018",
                    num(volume[(year == 2018) & (a["_d"].dt.quarter == 1)].sum()),
                ),
                (
                    "and in the same quarter a year earlier?",
                    num(volume[(year == 2017) & (a["_d"].dt.quarter == 1)].sum()),
                ),
            ],
            "follow-up",
        ),
        one(
            AVO, "unanswerable", "how did organic avocados compare on price over the same weeks", NO
        ),
        one(
            AVO,
            "unanswerable",
            "break the weekly volume down by bag size, small versus large bags",
            NO,
        ),
        one(
            AVO,
            "unanswerable",
            "what drove the autumn price spikes, was it a poor harvest in mexico",
            NO,
        ),
    ]


def organ() -> list[SealedCase]:
    o = load(ORG)
    rate = o["Rate"]
    state_mean = o.groupby("State")["Rate"].mean()
    cal = o[o["State"] == "California"].set_index("Quarter")["Rate"]
    quarter_mean = o.groupby("Quarter")["Rate"].mean()
    year = o["Quarter"].str[2:].astype(int)
    quarter_of_year = o["Quarter"].str[1].astype(int)
    q4_2011 = rate[o["Quarter"] == "Q42011"]
    q1_2012 = o[o["Quarter"] == "Q12012"].set_index("State")["Rate"]
    cell = o.set_index(["State", "Quarter"])["Rate"]
    return [
        one(
            ORG,
            "aggregate",
            "what's the average donor registration rate across every state and quarter in the "
            "panel",
            num(rate.mean()),
        ),
        one(
            ORG,
            "group",
            "mean registration rate for each quarter, averaging over the states",
            num(*quarter_mean),
        ),
        one(
            ORG,
            "group",
            "average rate for california, and for all the other states taken together",
            num(cal.mean(), rate[o["State"] != "California"].mean()),
        ),
        one(
            ORG,
            "ranking",
            "top five states by average registration rate over the window",
            ranked(state_mean, 5),
        ),
        one(
            ORG,
            "ranking",
            "which three states had the weakest registation in the first quarter of 2012, "
            "lowest first",
            ranked(q1_2012, 3, ascending=True),
        ),
        one(
            ORG,
            "superlative",
            "what was the lowest rate any state recorded in the opening quarter of the data",
            num(rate[o["Quarter"] == "Q42010"].min()),
        ),
        one(
            ORG, "chart", "line chart of california's registration rate accross the quarters", LINE
        ),
        one(
            ORG,
            "compare",
            "california against new york, average rate over all six quarters",
            num(state_mean["California"], state_mean["New York"]),
        ),
        one(
            ORG,
            "coverage",
            "how many states are in the panel, and how many quarters does it run for",
            num(o["State"].nunique(), o["Quarter"].nunique()),
        ),
        one(
            ORG,
            "date-part",
            "average rate per calendar year, reading the year off the quarter code",
            num(*rate.groupby(year).mean()),
        ),
        one(
            ORG,
            "date-part",
            "average registration rate by quarter of the year (Q1 to Q4), pooling the years",
            num(*rate.groupby(quarter_of_year).mean()),
        ),
        one(
            ORG,
            "derived",
            "in Q4 2011, what was the spread between the best and the worst state, max rate "
            "minus min rate",
            num(q4_2011.max() - q4_2011.min()),
        ),
        one(
            ORG,
            "percent-change",
            "percentage change in the cross-state average rate from the first quarter in the "
            "data (Q4 2010) to the last (Q1 2012)",
            num(pct_change(quarter_mean["Q42010"], quarter_mean["Q12012"])),
        ),
        one(
            ORG,
            "numbers-in-question",
            "how many state-quarters had registration above 0.6",
            num((rate > 0.6).sum()),
        ),
        one(
            ORG,
            "units-columns",
            "california's average registration rate expressed as a percentage",
            num(cal.mean() * 100),
        ),
        one(
            ORG,
            "long-format",
            "what was washington's rate in Q3 2011",
            num(cell["Washington", "Q32011"]),
        ),
        SealedCase(
            ORG,
            [
                (
                    "california's average rate before the active-choice change, i.e. Q4 2010 "
                    "through Q2 2011",
                    num(cal[["Q42010", "Q12011", "Q22011"]].mean()),
                ),
                ("and from Q3 2011 onwards?", num(cal[["Q32011", "Q42011", "Q12012"]].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            ORG,
            [
                ("average rate for michigan over the window", num(state_mean["Michigan"])),
                ("what about ohio", num(state_mean["Ohio"])),
            ],
            "follow-up",
        ),
        one(
            ORG,
            "unanswerable",
            "how many transplants did california actually carry out over this period",
            NO,
        ),
        one(ORG, "unanswerable", "split california's registration rate by age group and sex", NO),
        one(
            ORG,
            "unanswerable",
            "show the monthly rates for california around the switch to active choice",
            NO,
        ),
    ]


def degrees() -> list[SealedCase]:
    d = load(DEG)
    s = d.set_index("Year")
    fields = s.columns
    decade = s.index // 10 * 10
    comp = s["Computer Science"]
    educ = s["Education"]
    return [
        one(
            DEG,
            "aggregate",
            "average share of computer science bachelor's degrees going to women across all "
            "the years",
            num(comp.mean()),
        ),
        one(
            DEG,
            "aggregate",
            "what's the standard deviaton of the women's share in psychology over the series",
            num(s["Psychology"].std()),
        ),
        one(
            DEG,
            "group",
            "average share of women in engineerng by decade, 1970s, 1980s and so on",
            num(*s["Engineering"].groupby(decade).mean()),
        ),
        one(
            DEG,
            "ranking",
            "top three fields for women's share of degrees in 2011",
            ranked(s.loc[2011], 3),
        ),
        one(
            DEG,
            "ranking",
            "bottom five fields by share of women in 1995, lowest first",
            ranked(s.loc[1995], 5, ascending=True),
        ),
        one(
            DEG,
            "superlative",
            "in which year did women's share of computer science degrees peak, and at what level",
            num(comp.max()),
        ),
        one(
            DEG,
            "superlative",
            "what's the lowest share women ever had of engineering degrees in this series",
            num(s["Engineering"].min()),
        ),
        one(
            DEG,
            "chart",
            "line chart of the women's share in engineering and in computer science over time",
            LINE,
        ),
        one(
            DEG,
            "compare",
            "psychology vs business, share of degrees earned by women in 1990",
            num(s.loc[1990, "Psychology"], s.loc[1990, "Business"]),
        ),
        one(
            DEG,
            "coverage",
            "what years does the table run over, and how many fields of study does it track",
            num(s.index.min(), s.index.max(), len(fields)),
        ),
        one(
            DEG,
            "derived",
            "what share of engineering bachelor's degrees went to men in 2011",
            num(100 - s.loc[2011, "Engineering"]),
        ),
        one(
            DEG,
            "derived",
            "how wide was the gap between english and engineering in 2000, in percentage points",
            num(s.loc[2000, "English"] - s.loc[2000, "Engineering"]),
        ),
        one(
            DEG,
            "percent-change",
            "how much did women's share of agriculture degrees grow between 1970 and 2011, in %",
            num(pct_change(s.loc[1970, "Agriculture"], s.loc[2011, "Agriculture"])),
        ),
        one(
            DEG,
            "numbers-in-question",
            "in how many years was the women's share of business degrees above 45%",
            num((s["Business"] > 45).sum()),
        ),
        one(
            DEG,
            "numbers-in-question",
            "how many fields had women under 20% of graduates in 2011",
            num((s.loc[2011] < 20).sum()),
        ),
        one(
            DEG,
            "units-columns",
            "express the 1985 share of women in maths and stats as a proportion (between 0 and "
            "1) rather than a percentage",
            num(s.loc[1985, "Math and Statistics"] / 100),
        ),
        one(
            DEG,
            "long-format",
            "which field had the lowest share of women in 1985, and what was that share",
            num(s.loc[1985].min()),
        ),
        one(
            DEG,
            "long-format",
            "taking a simple average over all the fields, what was women's share in 2011",
            num(s.loc[2011].mean()),
        ),
        SealedCase(
            DEG,
            [
                (
                    "what share of physical sciences degrees were earned by women in 1980",
                    num(s.loc[1980, "Physical Sciences"]),
                ),
                ("and in 2010?", num(s.loc[2010, "Physical Sciences"])),
                ("show the whole trend as a chart", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            DEG,
            [
                (
                    "mean share of women in education degrees over the 1970s",
                    num(educ[(educ.index >= 1970) & (educ.index <= 1979)].mean()),
                ),
                (
                    "and over the 2000s?",
                    num(educ[(educ.index >= 2000) & (educ.index <= 2009)].mean()),
                ),
            ],
            "follow-up",
        ),
        one(
            DEG,
            "unanswerable",
            "how many engineering degrees were awarded in total, in headcount terms",
            NO,
        ),
        one(
            DEG,
            "unanswerable",
            "what does the picture look like for master's and doctoral programmes",
            NO,
        ),
        one(
            DEG,
            "unanswerable",
            "break the computer science share down by state or by university",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return avocado() + organ() + degrees()
