"""The PACKAGES half, part B: Longley's post-war US economic series in long format (sktime),
orange juice purchases at five supermarkets (ISLP's OJ) and the Veterans' Administration
lung cancer trial (scikit-survival). Asked by a reporter on a newspaper's data desk checking
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
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

LONGLEY = "longley_us_economy_long.csv"
OJ = "orange_juice_purchases.csv"
VET = "veterans_lung_cancer_trial.csv"


def pct(part: pd.Series) -> float:
    """The share of True values, as a percent number."""
    return float(part.mean() * 100)


def economy() -> list[SealedCase]:
    long = load(LONGLEY)
    p = long.pivot(index="YEAR", columns="series", values="value")
    unemp, gnp, armed, pop, emp, defl = (
        p[c] for c in ("UNEMP", "GNP", "ARMED", "POP", "TOTEMP", "GNPDEFL")
    )
    fifties = p.loc[1950:1959]
    gnp_rise = gnp.diff()
    rate = unemp / (unemp + emp) * 100
    return [
        one(
            LONGLEY,
            "aggregate",
            "What was the average number of unemployed across all the years in this table, "
            "in the units the table uses?",
            num(unemp.mean()),
        ),
        one(
            LONGLEY,
            "group",
            "Give me every one of the six economic series for 1950, each as the table has it.",
            num(*p.loc[1950]),
        ),
        one(
            LONGLEY,
            "ranking",
            "Which three years had the highest unemployment, and what was the figure in each?",
            ranked(unemp, 3),
        ),
        one(
            LONGLEY,
            "ranking",
            "In which three years were the armed forces smallest? Give the size for each.",
            ranked(armed, 3, ascending=True),
        ),
        one(
            LONGLEY,
            "superlative",
            "When did unemployment peak in these years, and at what level?",
            num(unemp.idxmax(), unemp.max()),
        ),
        one(
            LONGLEY,
            "superlative",
            "What was the biggest rise in GNP from one year to the next, and in which year "
            "did it happen?",
            num(gnp_rise.max(), gnp_rise.idxmax()),
        ),
        one(
            LONGLEY,
            "chart",
            "For the graphics desk: a line chart of GNP year by year.",
            LINE,
        ),
        one(
            LONGLEY,
            "compare",
            "A politician says unemployment was about the same in 1949 and 1954. Give me "
            "both figures.",
            num(unemp[1949], unemp[1954]),
        ),
        one(
            LONGLEY,
            "coverage",
            "What are the first and last years in this economic table?",
            num(long["YEAR"].min(), long["YEAR"].max()),
        ),
        one(
            LONGLEY,
            "coverage",
            "How many different economic series does the table carry, and for how many years?",
            num(long["series"].nunique(), long["YEAR"].nunique()),
        ),
        one(
            LONGLEY,
            "date-part",
            "List the unemployment figure for each year of the 1950s.",
            num(*fifties["UNEMP"]),
        ),
        one(
            LONGLEY,
            "date-part",
            "What was the average size of the armed forces over the Korean War years, 1950 "
            "to 1953 inclusive?",
            num(armed.loc[1950:1953].mean()),
        ),
        one(
            LONGLEY,
            "date-part",
            "What was GNP in each year from 1958 to 1962?",
            num(*gnp.loc[1958:1962]),
        ),
        one(
            LONGLEY,
            "date-part",
            "Compare the two halves of the period: average total employment for 1947 to 1954 "
            "and for 1955 to 1962.",
            num(emp.loc[1947:1954].mean(), emp.loc[1955:1962].mean()),
        ),
        one(
            LONGLEY,
            "derived",
            "Work out an unemployment rate for 1958: the unemployed as a share of the "
            "unemployed plus total employment, in per cent.",
            num(rate[1958]),
        ),
        one(
            LONGLEY,
            "per-normalise",
            "What was GNP per head of population in 1962? Just divide the GNP figure by the "
            "population figure as the table gives them.",
            num(gnp[1962] / pop[1962]),
        ),
        one(
            LONGLEY,
            "per-normalise",
            "How many people were in employment per 100 of population in 1955, using the "
            "total employment and population series?",
            num(emp[1955] / pop[1955] * 100),
        ),
        one(
            LONGLEY,
            "percent-change",
            "By what percentage did GNP grow between 1947 and 1962?",
            num(pct_change(gnp[1947], gnp[1962])),
        ),
        one(
            LONGLEY,
            "percent-change",
            "How much did total employment grow from 1950 to 1960, in per cent?",
            num(pct_change(emp[1950], emp[1960])),
        ),
        one(
            LONGLEY,
            "percent-change",
            "Korean War build-up: by what percentage did the armed forces grow from 1950 to 1952?",
            num(pct_change(armed[1950], armed[1952])),
        ),
        one(
            LONGLEY,
            "numbers-in-question",
            "In how many years was unemployment above 3,500?",
            num((unemp > 3500).sum()),
        ),
        one(
            LONGLEY,
            "units-columns",
            "The GNP series is in millions of dollars. What was GNP in 1955 in billions of "
            "dollars?",
            num(gnp[1955] / 1000),
        ),
        one(
            LONGLEY,
            "units-columns",
            "Population is recorded in thousands. What was the population in 1960, in millions?",
            num(pop[1960] / 1000),
        ),
        one(
            LONGLEY,
            "long-format",
            "What was the GNP price deflator in 1947?",
            num(defl[1947]),
        ),
        one(
            LONGLEY,
            "long-format",
            "How big were the armed forces in 1951?",
            num(armed[1951]),
        ),
        one(
            LONGLEY,
            "long-format",
            "What was total employment in 1959?",
            num(emp[1959]),
        ),
        one(
            LONGLEY,
            "long-format",
            "What is the average of the price deflator over all the years?",
            num(defl.mean()),
        ),
        one(
            LONGLEY,
            "long-format",
            "In which year did the population series first pass 120,000, and what was it "
            "that year?",
            num(pop[pop > 120000].index[0], pop[pop > 120000].iloc[0]),
        ),
        SealedCase(
            LONGLEY,
            [
                ("What was unemployment in 1958?", num(unemp[1958])),
                ("And in 1961?", num(unemp[1961])),
                (
                    "By what percentage did it change between the two?",
                    num(pct_change(unemp[1958], unemp[1961])),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            LONGLEY,
            [
                ("What was GNP in 1950?", num(gnp[1950])),
                (
                    "And in real terms, GNP divided by the price deflator times 100?",
                    num(gnp[1950] / defl[1950] * 100),
                ),
                (
                    "Same real figure for 1960?",
                    num(gnp[1960] / defl[1960] * 100),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            LONGLEY,
            [
                ("What was the lowest level of total employment in these years?", num(emp.min())),
                ("And the highest?", num(emp.max())),
            ],
            "follow-up",
        ),
        SealedCase(
            LONGLEY,
            [
                (
                    "What was the average size of the armed forces across all the years?",
                    num(armed.mean()),
                ),
                (
                    "Show it year by year as a bar chart for the graphics desk.",
                    BAR,
                ),
            ],
            "follow-up",
        ),
        one(
            LONGLEY,
            "unanswerable",
            "What was the inflation rate in twenty-twenty?",
            NO,
        ),
        one(
            LONGLEY,
            "unanswerable",
            "How many women were in work in these years?",
            NO,
        ),
        one(
            LONGLEY,
            "unanswerable",
            "Which state had the highest unemployment?",
            NO,
        ),
        one(
            LONGLEY,
            "unanswerable",
            "How deep did GNP fall in the Depression years of the early thirties?",
            NO,
        ),
    ]


def juice() -> list[SealedCase]:
    o = load(OJ)
    ch = o["Purchase"] == "CH"
    store_ch = o.groupby("StoreID")["Purchase"].apply(lambda s: pct(s == "CH"))
    mm_special = o[o["SpecialMM"] == 1]
    week = o.groupby("WeekofPurchase")["PriceMM"].mean()
    store7 = o[o["StoreID"] == 7]
    return [
        one(
            OJ,
            "aggregate",
            "What was the average list price of Citrus Hill orange juice across all the purchases?",
            num(o["PriceCH"].mean()),
        ),
        one(
            OJ,
            "aggregate",
            "How many of the purchases were Minute Maid?",
            num((o["Purchase"] == "MM").sum()),
        ),
        one(
            OJ,
            "group",
            "At each store, what share of shoppers bought Citrus Hill rather than Minute "
            "Maid, in per cent?",
            num(*store_ch),
        ),
        one(
            OJ,
            "group",
            "What was the average sale price of Minute Maid at each store?",
            num(*o.groupby("StoreID")["SalePriceMM"].mean()),
        ),
        one(
            OJ,
            "ranking",
            "Which three stores, by store ID, recorded the most orange juice purchases, and "
            "how many each?",
            ranked(o["StoreID"].value_counts(), 3),
        ),
        one(
            OJ,
            "ranking",
            "Rank the stores, by store ID, on how loyal their shoppers were to Citrus Hill: "
            "the top three by average loyalty score.",
            ranked(o.groupby("StoreID")["LoyalCH"].mean(), 3),
        ),
        one(
            OJ,
            "superlative",
            "What was the highest list price charged for Minute Maid?",
            num(o["PriceMM"].max()),
        ),
        one(
            OJ,
            "superlative",
            "Which store had the lowest share of Citrus Hill buyers, and what was that "
            "share in per cent?",
            num(store_ch.idxmin(), store_ch.min()),
        ),
        one(
            OJ,
            "chart",
            "For the graphics desk: a bar chart of the number of purchases at each store.",
            BAR,
        ),
        one(
            OJ,
            "chart",
            "Could I get a box plot of the Minute Maid sale price at each store?",
            BOX,
        ),
        one(
            OJ,
            "compare",
            "Is Minute Maid really the pricier brand? Give me the average list price of "
            "each brand.",
            num(o["PriceMM"].mean(), o["PriceCH"].mean()),
        ),
        one(
            OJ,
            "compare",
            "When Minute Maid was on special, what share of shoppers bought it, compared "
            "with when it was not? Both in per cent.",
            num(
                pct(mm_special["Purchase"] == "MM"),
                pct(o[o["SpecialMM"] == 0]["Purchase"] == "MM"),
            ),
        ),
        one(
            OJ,
            "coverage",
            "What range of purchase weeks does the data cover, first and last week number, "
            "and how many different weeks appear?",
            num(
                o["WeekofPurchase"].min(), o["WeekofPurchase"].max(), o["WeekofPurchase"].nunique()
            ),
        ),
        one(
            OJ,
            "derived",
            "On average, how much more did Minute Maid cost than Citrus Hill at the sale "
            "prices shoppers actually faced?",
            num((o["SalePriceMM"] - o["SalePriceCH"]).mean()),
        ),
        one(
            OJ,
            "derived",
            "In what share of purchases was Minute Maid being sold at a discount, in per cent?",
            num(pct(o["DiscMM"] > 0)),
        ),
        one(
            OJ,
            "per-normalise",
            "How many orange juice purchases is that per week, on average, over the weeks "
            "that appear in the data?",
            num(len(o) / o["WeekofPurchase"].nunique()),
        ),
        one(
            OJ,
            "per-normalise",
            "On average, how many purchases were recorded per store?",
            num(len(o) / o["StoreID"].nunique()),
        ),
        one(
            OJ,
            "percent-change",
            "By how much, in per cent, did the average Minute Maid list price change between "
            "the first and the last week of the data?",
            num(pct_change(week.iloc[0], week.iloc[-1])),
        ),
        one(
            OJ,
            "numbers-in-question",
            "In how many purchases was Minute Maid discounted by at least $0.30?",
            num((o["DiscMM"] >= 0.3).sum()),
        ),
        one(
            OJ,
            "numbers-in-question",
            "How many purchases were made when Citrus Hill's list price was over $1.90?",
            num((o["PriceCH"] > 1.9).sum()),
        ),
        one(
            OJ,
            "units-columns",
            "What was the average discount on Minute Maid across all purchases, in cents?",
            num(o["DiscMM"].mean() * 100),
        ),
        one(
            OJ,
            "long-format",
            "How many of the purchases were of Citrus Hill?",
            num(ch.sum()),
        ),
        SealedCase(
            OJ,
            [
                (
                    "What share of all purchases were Citrus Hill, in per cent?",
                    num(pct(ch)),
                ),
                ("And at store 7 only?", num(pct(store7["Purchase"] == "CH"))),
                ("As a pie chart for store 7?", PIE),
            ],
            "follow-up",
        ),
        SealedCase(
            OJ,
            [
                (
                    "What was the average Citrus Hill discount, in dollars, over all purchases?",
                    num(o["DiscCH"].mean()),
                ),
                ("And the Minute Maid one?", num(o["DiscMM"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            OJ,
            [
                (
                    "How many purchases were made while Citrus Hill was on special?",
                    num((o["SpecialCH"] == 1).sum()),
                ),
                (
                    "What share of those ended with Citrus Hill in the basket, in per cent?",
                    num(pct(o[o["SpecialCH"] == 1]["Purchase"] == "CH")),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            OJ,
            [
                (
                    "What was the median Minute Maid list price?",
                    num(o["PriceMM"].median()),
                ),
                ("And the median for Citrus Hill?", num(o["PriceCH"].median())),
                (
                    "Only at store 2, what were the two medians?",
                    num(
                        o[o["StoreID"] == 2]["PriceMM"].median(),
                        o[o["StoreID"] == 2]["PriceCH"].median(),
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            OJ,
            [
                (
                    "What was the average Citrus Hill loyalty score across shoppers?",
                    num(o["LoyalCH"].mean()),
                ),
                (
                    "And among the shoppers who bought Minute Maid?",
                    num(o[~ch]["LoyalCH"].mean()),
                ),
                ("Show the spread of the loyalty score as a histogram.", HISTOGRAM),
            ],
            "follow-up",
        ),
        one(
            OJ,
            "unanswerable",
            "In which town is the store that sold the most orange juice?",
            NO,
        ),
        one(
            OJ,
            "unanswerable",
            "How many litres of orange juice did these shoppers buy?",
            NO,
        ),
        one(
            OJ,
            "unanswerable",
            "Did older shoppers prefer Minute Maid?",
            NO,
        ),
    ]


def lung() -> list[SealedCase]:
    v = load(VET)
    dead = v["Status"] == "dead"
    days = v["Survival_in_days"]
    standard, test = v[v["Treatment"] == "standard"], v[v["Treatment"] == "test"]
    small = v[v["Celltype"] == "smallcell"]
    return [
        one(
            VET,
            "aggregate",
            "What was the median survival, in days, of the veterans in the lung cancer trial?",
            num(days.median()),
        ),
        one(
            VET,
            "group",
            "What was the median survival in days for each type of tumour cell?",
            num(*v.groupby("Celltype")["Survival_in_days"].median()),
        ),
        one(
            VET,
            "ranking",
            "Which three cell types had the longest average survival, in days?",
            ranked(v.groupby("Celltype")["Survival_in_days"].mean(), 3),
        ),
        one(
            VET,
            "ranking",
            "Which two cell types had the lowest average Karnofsky performance score?",
            ranked(v.groupby("Celltype")["Karnofsky_score"].mean(), 2, ascending=True),
        ),
        one(
            VET,
            "superlative",
            "What was the longest survival of any patient in the trial, in days?",
            num(days.max()),
        ),
        one(
            VET,
            "chart",
            "For the graphics desk: a histogram of survival times.",
            HISTOGRAM,
        ),
        one(
            VET,
            "compare",
            "Did the test drug help? Give me the average survival in days on the standard "
            "treatment and on the test treatment.",
            num(standard["Survival_in_days"].mean(), test["Survival_in_days"].mean()),
        ),
        one(
            VET,
            "coverage",
            "How many patients took part in the trial, and how many were on each treatment?",
            num(len(v), len(standard), len(test)),
        ),
        one(
            VET,
            "derived",
            "What percentage of the patients had received therapy before the trial?",
            num(pct(v["Prior_therapy"] == "yes")),
        ),
        one(
            VET,
            "per-normalise",
            "What was the death rate per 1,000 patient-days: deaths divided by the total "
            "days of survival, times 1,000?",
            num(dead.sum() / days.sum() * 1000),
        ),
        one(
            VET,
            "numbers-in-question",
            "How many patients had a Karnofsky score of at least 70?",
            num((v["Karnofsky_score"] >= 70).sum()),
        ),
        one(
            VET,
            "units-columns",
            "What was the average survival in weeks?",
            num(days.mean() / 7),
        ),
        one(
            VET,
            "long-format",
            "How many patients were still alive or lost to follow-up, that is censored, at "
            "the end?",
            num((~dead).sum()),
        ),
        SealedCase(
            VET,
            [
                (
                    "How many patients had small-cell tumours?",
                    num(len(small)),
                ),
                (
                    "What was their average age?",
                    num(small["Age_in_years"].mean()),
                ),
                (
                    "And their median survival in days?",
                    num(small["Survival_in_days"].median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            VET,
            [
                (
                    "What was the average age of the patients on the test treatment?",
                    num(test["Age_in_years"].mean()),
                ),
                ("And on the standard treatment?", num(standard["Age_in_years"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            VET,
            [
                (
                    "How many months, on average, had passed between diagnosis and entering "
                    "the trial?",
                    num(v["Months_from_Diagnosis"].mean()),
                ),
                ("And the median?", num(v["Months_from_Diagnosis"].median())),
                (
                    "The median for patients with prior therapy only?",
                    num(v[v["Prior_therapy"] == "yes"]["Months_from_Diagnosis"].median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            VET,
            [
                (
                    "How many patients survived more than a year, over 365 days?",
                    num((days > 365).sum()),
                ),
                (
                    "How many of them were on the test treatment?",
                    num((test["Survival_in_days"] > 365).sum()),
                ),
            ],
            "follow-up",
        ),
        one(
            VET,
            "unanswerable",
            "How many of the veterans had been heavy smokers?",
            NO,
        ),
        one(
            VET,
            "unanswerable",
            "Which hospital enrolled the most patients?",
            NO,
        ),
        one(
            VET,
            "unanswerable",
            "How many of the patients were women?",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return economy() + juice() + lung()
