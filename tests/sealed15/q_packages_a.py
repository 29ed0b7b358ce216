"""Fifteenth sealed set, package tables (a): the RAND health insurance experiment, Mroz's
married women's labour supply survey and Engel's Belgian household budgets, asked in a
public-health / policy researcher's words."""

from __future__ import annotations

import pandas as pd

from tests.sealed15.cases import (
    BAR,
    BOX,
    HISTOGRAM,
    NO,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

RHI = "rand_health_insurance.csv"
MW = "married_women_labour_1975.csv"
EN = "engel_food_budgets.csv"


def rand_health() -> list[SealedCase]:
    r = load(RHI)
    visits = r["md_visits"]
    by_coins = r.groupby("coinsurance_pct")["md_visits"].mean()
    by_health = r.groupby("self_rated_health")["md_visits"].mean()
    health = r["self_rated_health"]
    deductible = r.groupby("individual_deductible")["md_visits"].mean()
    limited = r[r["physical_limitation"] == "yes"]
    return [
        one(
            RHI,
            "aggregate",
            "could you give me a sense of how many outpatient doctor visits a particpant makes "
            "in a year, on average",
            num(visits.mean()),
        ),
        one(
            RHI,
            "aggregate",
            "what is the median chronic disease score across the whole sample, median rather "
            "than mean please",
            num(r["chronic_disease_index"].median()),
        ),
        one(
            RHI,
            "group",
            "I'd be curious how the mean number of physician visits varies across the "
            "coinsurance arms of the experiment",
            num(*by_coins.values),
        ),
        one(
            RHI,
            "group",
            "average doctor visits broken down by whether the person reports a physical limitation",
            num(*r.groupby("physical_limitation")["md_visits"].mean().values),
        ),
        one(
            RHI,
            "ranking",
            "which three coinsurance rates are associated with the highest average visit counts",
            ranked(by_coins, 3),
        ),
        one(
            RHI,
            "superlative",
            "which self-rated health category sees the GP most often on average, and roughly "
            "how often",
            num(by_health.max()),
        ),
        one(
            RHI,
            "compare",
            "on average, visits among those reporting poor health vs those in excellent health",
            num(by_health["poor"], by_health["excellent"]),
        ),
        one(
            RHI, "coverage", "how many person-year records does the RAND extract hold", num(len(r))
        ),
        one(
            RHI,
            "coverage",
            "which coinsurance rates actually appear in the experiment? I'd like the full list",
            num(*sorted(r["coinsurance_pct"].unique())),
        ),
        one(
            RHI,
            "derived",
            "roughly what proportion of person-years come from people with a physical "
            "limitation, in per cent",
            num((r["physical_limitation"] == "yes").mean() * 100),
        ),
        one(
            RHI,
            "per-normalise",
            "how many physician visits per 1,000 person-years do we see on the free-care plan "
            "(zero coinsurance)",
            num(r.loc[r["coinsurance_pct"] == 0, "md_visits"].mean() * 1000),
        ),
        one(
            RHI,
            "numbers-in-question",
            "among those with a chronic disease score above 20, what is the mean number of visits",
            num(r.loc[r["chronic_disease_index"] > 20, "md_visits"].mean()),
        ),
        one(
            RHI,
            "numbers-in-question",
            "how many person-years involved more than 10 doctor visits",
            num((visits > 10).sum()),
        ),
        one(
            RHI,
            "units-columns",
            "on average what coinsurance rate do participants face, expressed as a proportion "
            "rather than a per cent",
            num(r["coinsurance_pct"].mean() / 100),
        ),
        one(
            RHI,
            "units-columns",
            "what is the largest participation incentive anyone was offered, in thousands of "
            "dollars",
            num(r["incentive_payment_usd"].max() / 1000),
        ),
        one(
            RHI,
            "long-format",
            "roughly what share of person-years rate their health as only fair, as a per cent",
            num((health == "fair").mean() * 100),
        ),
        one(
            RHI,
            "long-format",
            "how many records describe the respondent's health as poor",
            num((health == "poor").sum()),
        ),
        one(
            RHI,
            "long-format",
            "for people who say their health is good, what's the median number of visits",
            num(r.loc[health == "good", "md_visits"].median()),
        ),
        one(
            RHI,
            "long-format",
            "what is the mean chronic disease score among those rating their health excellent",
            num(r.loc[health == "excellent", "chronic_disease_index"].mean()),
        ),
        one(
            RHI,
            "percent-change",
            "by what per cent do mean visits fall going from free care to the 95% coinsurance plan",
            num(pct_change(by_coins[0], by_coins[95])),
        ),
        one(
            RHI,
            "chart",
            "could you show the distribution of visit counts as a histogram",
            HISTOGRAM,
        ),
        one(
            RHI,
            "chart",
            "a box plot of chronic disease scores for each self-rated health group would be "
            "helpful",
            BOX,
        ),
        SealedCase(
            RHI,
            [
                (
                    "mean visits for participants on an individual deductible plan",
                    num(deductible["yes"]),
                ),
                ("and for those without one?", num(deductible["no"])),
            ],
            "follow-up",
        ),
        SealedCase(
            RHI,
            [
                (
                    "how many person-years report excellent health",
                    num((health == "excellent").sum()),
                ),
                (
                    "and what share of the total is that, in per cent?",
                    num((health == "excellent").mean() * 100),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            RHI,
            [
                (
                    "averge chronic disease score for people with a physical limitation",
                    num(limited["chronic_disease_index"].mean()),
                ),
                (
                    "and the median rather than the mean?",
                    num(limited["chronic_disease_index"].median()),
                ),
            ],
            "follow-up",
        ),
        one(
            RHI,
            "unanswerable",
            "could you break the visit rates down by the participant's age band",
            NO,
        ),
        one(
            RHI,
            "unanswerable",
            "I'd be curious what the experiment spent on hospital admissions per person",
            NO,
        ),
        one(
            RHI,
            "unanswerable",
            "why did people on the free plan see the doctor more often, do you think",
            NO,
        ),
    ]


def married_women() -> list[SealedCase]:
    m = load(MW)
    working = m[m["in_labour_force"] == "yes"]
    lf = m["in_labour_force"] == "yes"
    by_u6 = m.groupby("kids_under_6")["hours_1975"].mean()
    smsa = m.groupby("lives_in_smsa")["in_labour_force"].apply(lambda s: (s == "yes").mean() * 100)
    educ_wage = working.groupby("educ_yrs")["hourly_wage"].mean()
    earn = working["hourly_wage"] * working["hours_1975"]
    with_u6 = working[working["kids_under_6"] > 0]
    without_u6 = working[working["kids_under_6"] == 0]
    return [
        one(
            MW,
            "aggregate",
            "what was the mean hourly wage among the women who were actually in work",
            num(working["hourly_wage"].mean()),
        ),
        one(
            MW,
            "aggregate",
            "could you give me the median family income in the survey",
            num(m["family_income"].median()),
        ),
        one(
            MW,
            "group",
            "average annual hours worked by the number of children under six in the household",
            num(*by_u6.values),
        ),
        one(
            MW,
            "group",
            "I'd be curious about participation in paid work, in per cent, for women in and "
            "outside the big metropolitan areas",
            num(*smsa.values),
        ),
        one(
            MW,
            "ranking",
            "which three years-of-schooling levels have the highest average wages among "
            "working women",
            ranked(educ_wage, 3),
        ),
        one(
            MW,
            "superlative",
            "what's the highest hourly wage recorded for any of the wives",
            num(m["hourly_wage"].max()),
        ),
        one(
            MW,
            "superlative",
            "what is the oldest age of any husband in the sampel",
            num(m["husb_age"].max()),
        ),
        one(
            MW,
            "compare",
            "mean hourly pay of the working wives vs the mean for all husbands in the sample",
            num(working["hourly_wage"].mean(), m["husb_hourly_wage"].mean()),
        ),
        one(MW, "coverage", "how many married women does the survey cover", num(len(m))),
        one(
            MW,
            "coverage",
            "what age range do the women span, youngest to oldest",
            num(m["age"].min(), m["age"].max()),
        ),
        one(
            MW,
            "derived",
            "roughly what proportion of the wives were in the labour force, as a per cent",
            num(lf.mean() * 100),
        ),
        one(
            MW,
            "derived",
            "on average how many years older are the husbands than their wives",
            num((m["husb_age"] - m["age"]).mean()),
        ),
        one(
            MW,
            "derived",
            "for working wives, what share of family income do their own earnings make up on "
            "average (wage times hours over family income), in per cent",
            num((earn / working["family_income"]).mean() * 100),
        ),
        one(
            MW,
            "per-normalise",
            "per 100 women, how many have at least one child under six",
            num((m["kids_under_6"] > 0).mean() * 100),
        ),
        one(
            MW,
            "per-normalise",
            "taking the working wives together, what were total earnings per hour worked",
            num(earn.sum() / working["hours_1975"].sum()),
        ),
        one(
            MW,
            "numbers-in-question",
            "among women over 50, what share were in the labour force, in per cent",
            num((m.loc[m["age"] > 50, "in_labour_force"] == "yes").mean() * 100),
        ),
        one(
            MW,
            "numbers-in-question",
            "how many of the women workd more than 2,000 hours",
            num((m["hours_1975"] > 2000).sum()),
        ),
        one(
            MW,
            "numbers-in-question",
            "mean family income for households where the wife has 16 or more years of schooling",
            num(m.loc[m["educ_yrs"] >= 16, "family_income"].mean()),
        ),
        one(
            MW,
            "units-columns",
            "average family income in thousands of dollars",
            num(m["family_income"].mean() / 1000),
        ),
        one(
            MW,
            "units-columns",
            "what's the mean marginal tax rate the wives face, in per cent",
            num(m["marginal_tax_rate"].mean() * 100),
        ),
        one(
            MW,
            "units-columns",
            "roughly how many hours a week do the husbands work on average, across a full year",
            num(m["husb_hours"].mean() / 52),
        ),
        one(MW, "long-format", "how many of the women were in the labour force", num(lf.sum())),
        one(
            MW,
            "long-format",
            "for the women not in paid work, what was the average number of children aged six "
            "to eighteen",
            num(m.loc[~lf, "kids_6_to_18"].mean()),
        ),
        one(
            MW,
            "long-format",
            "among city dwellers, how many wives were outside the labour force",
            num(((m["lives_in_smsa"] == "yes") & ~lf).sum()),
        ),
        one(
            MW,
            "percent-change",
            "in per cent terms, how much higher is the average family income of women with a "
            "college degree (16+ years) than of women with exactly 12 years",
            num(
                pct_change(
                    m.loc[m["educ_yrs"] == 12, "family_income"].mean(),
                    m.loc[m["educ_yrs"] >= 16, "family_income"].mean(),
                )
            ),
        ),
        one(
            MW,
            "chart",
            "a scatter of the wife's schooling against her hourly wage, please",
            SCATTER,
        ),
        one(
            MW, "chart", "could you plot the distribution of hours worked as a histogram", HISTOGRAM
        ),
        SealedCase(
            MW,
            [
                ("mean years of education for the wives", num(m["educ_yrs"].mean())),
                ("and for their husbands?", num(m["husb_educ_yrs"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            MW,
            [
                (
                    "average wage of working women with a child under six",
                    num(with_u6["hourly_wage"].mean()),
                ),
                ("and those without young children?", num(without_u6["hourly_wage"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            MW,
            [
                (
                    "what is the mean county unemployment rate the women live with",
                    num(m["county_unemp_rate"].mean()),
                ),
                ("and the highest?", num(m["county_unemp_rate"].max())),
                ("could you show it as a histogram?", HISTOGRAM),
            ],
            "follow-up",
        ),
        one(MW, "unanswerable", "could you split labour force participation by race", NO),
        one(MW, "unanswerable", "which occupations were the working wives employed in", NO),
        one(
            MW,
            "unanswerable",
            "how did participation change over the following decade for these women",
            NO,
        ),
    ]


def engel() -> list[SealedCase]:
    e = load(EN)
    income = e["annual_income_bef"]
    food = e["food_spend_bef"]
    share = food / income * 100
    quartile = pd.qcut(income, 4, labels=False)
    by_q = food.groupby(quartile).mean()
    below = share[income < income.median()]
    above = share[income > income.median()]
    h = e.set_index("household")
    return [
        one(
            EN,
            "aggregate",
            "what does a household spend on food in a year, on average",
            num(food.mean()),
        ),
        one(
            EN,
            "aggregate",
            "could you give me the standard deviation of household income",
            num(income.std()),
        ),
        one(
            EN,
            "group",
            "I'd be curious how mean food spending rises across income quartiles",
            num(*by_q.values),
        ),
        one(
            EN,
            "ranking",
            "the three households with the largest food budgets, please",
            ranked(h["food_spend_bef"], 3),
        ),
        one(
            EN,
            "ranking",
            "which three households have the highest incomes",
            ranked(h["annual_income_bef"], 3),
        ),
        one(
            EN,
            "superlative",
            "what is the highest share of income any single household puts towards food, in "
            "per cent",
            num(share.max()),
        ),
        one(
            EN,
            "superlative",
            "what is the smallest amount any household spends on food",
            num(food.min()),
        ),
        one(
            EN,
            "compare",
            "could you set household 10's food spending alongside household 20's",
            num(h.loc[10, "food_spend_bef"], h.loc[20, "food_spend_bef"]),
        ),
        one(EN, "coverage", "how many households are there in Engel's sample", num(len(e))),
        one(
            EN,
            "coverage",
            "what range of incomes does the sample span",
            num(income.min(), income.max()),
        ),
        one(
            EN,
            "derived",
            "taken as a whole, what is food's share of total income across all households "
            "(total food over total income), in per cent",
            num(food.sum() / income.sum() * 100),
        ),
        one(
            EN,
            "derived",
            "on average how much does a household have left after food, i.e. income minus "
            "food spending",
            num((income - food).mean()),
        ),
        one(
            EN,
            "per-normalise",
            "on average across households, how much goes on food per 100 francs of income",
            num(share.mean()),
        ),
        one(
            EN,
            "numbers-in-question",
            "how many households have incomes over 2,000 francs",
            num((income > 2000).sum()),
        ),
        one(
            EN,
            "numbers-in-question",
            "mean food spend for households with incomes between 500 and 1,000 francs",
            num(food[income.between(500, 1000)].mean()),
        ),
        one(
            EN,
            "units-columns",
            "total food spending of the sample in thousands of francs",
            num(food.sum() / 1000),
        ),
        one(
            EN,
            "percent-change",
            "in per cent, how much more does the top income quartile spend on food than the "
            "bottom quartile, on average",
            num(pct_change(by_q[0], by_q[3])),
        ),
        one(EN, "chart", "scatter of food spending agaisnt income would be lovely", SCATTER),
        one(EN, "chart", "could you chart average food spend by income quartile as bars", BAR),
        SealedCase(
            EN,
            [
                (
                    "median food share of income, in per cent, for househlods "
                    "below the median income",
                    num(below.median()),
                ),
                ("and for those above it?", num(above.median())),
            ],
            "follow-up",
        ),
        SealedCase(
            EN,
            [
                ("what's the median household income", num(income.median())),
                ("and the mean?", num(income.mean())),
            ],
            "follow-up",
        ),
        one(
            EN,
            "unanswerable",
            "could you work out food spending per head, given the size of each household",
            NO,
        ),
        one(EN, "unanswerable", "which towns or regions do these households come from", NO),
        one(
            EN,
            "unanswerable",
            "how did food's share of the budget move year on year for these families",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return [*rand_health(), *married_women(), *engel()]
