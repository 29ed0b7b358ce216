# ruff: noqa: E501
"""Thirteenth sealed set, package tables (b): Michigan manufacturing plants and job
training grants, prescription drug spending of older Americans (MEPS), and a Big Five
personality survey. Asked in a public-sector analyst's words while preparing a briefing."""

from __future__ import annotations

from tests.sealed13.cases import (
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

MICH = "michigan_training_grants.csv"
MEPS = "medicare_drug_spending.csv"
BIG5 = "personality_survey.csv"
TRAITS = ["Neuroticism", "Extraversion", "Openness", "Agreeableness", "Conscientiousness"]


def mich() -> list[SealedCase]:
    m = load(MICH)
    yr = m.groupby("year")
    grants = yr["grant"].sum()
    union = m["union"] == 1
    y87, y89 = m[m["year"] == 1987], m[m["year"] == 1989]
    both = m.dropna(subset=["tothrs", "totrain"])
    spe = (m["sales"] / m["employ"]).dropna()
    return [
        one(
            MICH,
            "aggregate",
            "Could you tell me the average number of employees per plant across all plant-years?",
            num(m["employ"].mean()),
        ),
        one(
            MICH,
            "group",
            "I'd like the average scrap rate for each year, please.",
            num(*yr["scrap"].mean()),
        ),
        one(
            MICH,
            "ranking",
            "Which three plants had the largest workforce in 1989? Please give the firm codes.",
            ranked(y89.set_index("fcode")["employ"], 3),
        ),
        one(
            MICH,
            "ranking",
            "Over the three years together, which three plants trained the most employees?",
            ranked(m.groupby("fcode")["totrain"].sum(), 3),
        ),
        one(
            MICH,
            "superlative",
            "What was the largest workforce recorded at any single plant?",
            num(m["employ"].max()),
        ),
        one(
            MICH,
            "chart",
            "Could I have a bar chart of the number of training grants awarded in each year?",
            BAR,
        ),
        one(
            MICH,
            "chart",
            "Please plot plant sales against the number of employees as a scatter.",
            SCATTER,
        ),
        one(
            MICH,
            "compare",
            "How do unionised and non-unionised plants compare on average workforce size?",
            num(m.loc[union, "employ"].mean(), m.loc[~union, "employ"].mean()),
        ),
        one(
            MICH,
            "coverage",
            "How many distinct plants are covered by the survey?",
            num(m["fcode"].nunique()),
        ),
        one(MICH, "date-part", "How many training grants were awarded in each year?", num(*grants)),
        one(
            MICH,
            "date-part",
            "What were total training hours in each survey year?",
            num(*yr["tothrs"].sum()),
        ),
        one(
            MICH,
            "date-part",
            "In which year were the most grants awarded, and how many were there?",
            num(grants.idxmax(), grants.max()),
        ),
        one(
            MICH,
            "derived",
            "What was the combined scrap and rework rate on average, for plants reporting both?",
            num((m["scrap"] + m["rework"]).mean()),
        ),
        one(
            MICH,
            "derived",
            "What share of their workforce did plants train on average in 1988, as a percentage (employees trained over employees)?",
            num(
                (m.loc[m["year"] == 1988, "totrain"] / m.loc[m["year"] == 1988, "employ"]).mean()
                * 100
            ),
        ),
        one(
            MICH,
            "per-normalise",
            "What were median sales per employee across all plant-years?",
            num(spe.median()),
        ),
        one(
            MICH,
            "percent-change",
            "By what percentage did average plant employment change between 1987 and 1989?",
            num(pct_change(y87["employ"].mean(), y89["employ"].mean())),
        ),
        one(
            MICH,
            "percent-change",
            "What was the percentage change in total training hours from 1987 to 1988?",
            num(pct_change(yr["tothrs"].sum().loc[1987], yr["tothrs"].sum().loc[1988])),
        ),
        one(
            MICH,
            "per-normalise",
            "Taking plant-years that report both, how many training hours were delivered per employee trained overall?",
            num(both["tothrs"].sum() / both["totrain"].sum()),
        ),
        one(
            MICH,
            "numbers-in-question",
            "How many plants employed more than a hundred people in 1988?",
            num(((m["year"] == 1988) & (m["employ"] > 100)).sum()),
        ),
        one(
            MICH,
            "units-columns",
            "What were average annual sales per plant in millions of dollars?",
            num(m["sales"].mean() / 1e6),
        ),
        one(
            MICH,
            "units-columns",
            "What was the average employee salary in thousands of dollars in 1987?",
            num(y87["avgsal"].mean() / 1000),
        ),
        SealedCase(
            MICH,
            [
                ("What was the average scrap rate in 1987?", num(y87["scrap"].mean())),
                ("And in 1989?", num(y89["scrap"].mean())),
                (
                    "And the percentage change between the two?",
                    num(pct_change(y87["scrap"].mean(), y89["scrap"].mean())),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            MICH,
            [
                ("How many plants were unionised in 1987?", num(y87["union"].sum())),
                ("And in 1989?", num(y89["union"].sum())),
            ],
            "follow-up",
        ),
        one(MICH, "unanswerable", "How much money did each grant award come to?", NO),
        one(MICH, "unanswerable", "Which county of Michigan is each plant located in?", NO),
        one(MICH, "unanswerable", "Which industry does each plant belong to?", NO),
    ]


def meps() -> list[SealedCase]:
    d = load(MEPS)
    fem = d["female"] == 1
    by_chr = d.groupby("totchr")["drugexp"].mean()
    by_age = d.groupby("age")["drugexp"].mean()
    status = d[["vegood", "good", "fair", "poor"]].sum()
    return [
        one(
            MEPS,
            "aggregate",
            "Could you tell me the average annual spend on prescription drugs per person?",
            num(d["drugexp"].mean()),
        ),
        one(
            MEPS,
            "aggregate",
            "What is the median household income in the sample?",
            num(d["income"].median()),
        ),
        one(
            MEPS,
            "group",
            "I'd like the average drug spend broken down by number of chronic conditions, for none through three.",
            num(*by_chr.loc[0:3]),
        ),
        one(
            MEPS,
            "ranking",
            "Which three ages show the highest average drug spending?",
            ranked(by_age, 3),
        ),
        one(
            MEPS,
            "superlative",
            "What was the largest drug bill recorded for any one person?",
            num(d["drugexp"].max()),
        ),
        one(MEPS, "chart", "A histogram of drug expenditure would be helpful, please.", HISTOGRAM),
        one(
            MEPS,
            "chart",
            "Could you show a box plot of drug spending for those with and without private cover?",
            BOX,
        ),
        one(
            MEPS,
            "compare",
            "How does average drug spending compare between women and men?",
            num(d.loc[fem, "drugexp"].mean(), d.loc[~fem, "drugexp"].mean()),
        ),
        one(MEPS, "coverage", "How many people are included in this survey extract?", num(len(d))),
        one(
            MEPS,
            "coverage",
            "What ages does the sample span, from youngest to oldest?",
            num(d["age"].min(), d["age"].max()),
        ),
        one(
            MEPS,
            "derived",
            "What percentage of respondents hold private insurance?",
            num(d["private"].mean() * 100),
        ),
        one(
            MEPS,
            "per-normalise",
            "Per thousand older people in the sample, how many are below the poverty line?",
            num(d["poverty"].mean() * 1000),
        ),
        one(
            MEPS,
            "per-normalise",
            "What is total drug spending per chronic condition, taking the whole sample together?",
            num(d["drugexp"].sum() / d["totchr"].sum()),
        ),
        one(
            MEPS,
            "percent-change",
            "By what percentage is average drug spending higher for those with two chronic conditions than for those with one?",
            num(pct_change(by_chr.loc[1], by_chr.loc[2])),
        ),
        one(
            MEPS,
            "numbers-in-question",
            "How many people spent more than $5k on prescriptions?",
            num((d["drugexp"] > 5000).sum()),
        ),
        one(
            MEPS,
            "numbers-in-question",
            "What is the average drug spend for those aged eighty or over?",
            num(d.loc[d["age"] >= 80, "drugexp"].mean()),
        ),
        one(
            MEPS,
            "units-columns",
            "What is the average income in dollars? The figures are held in thousands, I believe.",
            num(d["income"].mean() * 1000),
        ),
        one(
            MEPS,
            "units-columns",
            "What is the average prescription spend in thousands of dollars?",
            num(d["drugexp"].mean() / 1000),
        ),
        one(
            MEPS,
            "long-format",
            "How many respondents described their health as fair?",
            num(status.loc["fair"]),
        ),
        one(
            MEPS,
            "long-format",
            "Which self-reported health rating, among very good, good, fair and poor, is the most common, and how many gave it?",
            num(status.max()),
        ),
        SealedCase(
            MEPS,
            [
                (
                    "What is the average drug spend of people living in a metropolitan area?",
                    num(d.loc[d["msa"] == 1, "drugexp"].mean()),
                ),
                ("And of those outside one?", num(d.loc[d["msa"] == 0, "drugexp"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            MEPS,
            [
                ("How many of the respondents are married?", num(d["marry"].sum())),
                ("As a percentage of everyone?", num(d["marry"].mean() * 100)),
            ],
            "follow-up",
        ),
        one(MEPS, "unanswerable", "Which medicines account for most of the drug spending?", NO),
        one(MEPS, "unanswerable", "How does drug spending vary by state of residence?", NO),
        one(
            MEPS,
            "unanswerable",
            "How much of each person's drug bill was paid out of pocket rather than by the insurer?",
            NO,
        ),
    ]


def big5() -> list[SealedCase]:
    p = load(BIG5)
    means = p[TRAITS].mean()
    return [
        one(
            BIG5,
            "aggregate",
            "Could you tell me the average neuroticism score of the respondents?",
            num(p["Neuroticism"].mean()),
        ),
        one(
            BIG5,
            "aggregate",
            "What is the standard deviation of the extraversion scores?",
            num(p["Extraversion"].std()),
        ),
        one(
            BIG5,
            "group",
            "I'd like the average openness score for respondents above and below the median on extraversion (above first).",
            num(
                p.loc[p["Extraversion"] > p["Extraversion"].median(), "Openness"].mean(),
                p.loc[p["Extraversion"] <= p["Extraversion"].median(), "Openness"].mean(),
            ),
        ),
        one(
            BIG5,
            "ranking",
            "Which three personality traits score highest on average?",
            ranked(means, 3),
        ),
        one(
            BIG5,
            "superlative",
            "What is the highest conscientiousness score anyone recorded?",
            num(p["Conscientiousness"].max()),
        ),
        one(
            BIG5,
            "superlative",
            "Which of the five traits has the lowest average score, and what is it?",
            num(means.min()),
        ),
        one(BIG5, "chart", "Could I have a histogram of openness scores?", HISTOGRAM),
        one(BIG5, "chart", "Please plot extraversion against neuroticism as a scatter.", SCATTER),
        one(
            BIG5,
            "compare",
            "How do average openness and average conscientiousness compare?",
            num(means["Openness"], means["Conscientiousness"]),
        ),
        one(
            BIG5,
            "compare",
            "Could you set respondent 1's agreeableness beside respondent 2's?",
            num(
                p.loc[p["Subject"] == 1, "Agreeableness"].iloc[0],
                p.loc[p["Subject"] == 2, "Agreeableness"].iloc[0],
            ),
        ),
        one(
            BIG5,
            "coverage",
            "How many people answered the questionnaire?",
            num(p["Subject"].nunique()),
        ),
        one(
            BIG5,
            "derived",
            "What is the average gap between respondents' extraversion and neuroticism scores (extraversion minus neuroticism)?",
            num((p["Extraversion"] - p["Neuroticism"]).mean()),
        ),
        one(
            BIG5,
            "derived",
            "What is the average of the five trait scores per respondent, averaged over everyone?",
            num(p[TRAITS].mean(axis=1).mean()),
        ),
        one(
            BIG5,
            "numbers-in-question",
            "How many respondents scored above 3.5 on neuroticism?",
            num((p["Neuroticism"] > 3.5).sum()),
        ),
        one(
            BIG5,
            "numbers-in-question",
            "How many had an agreeableness score between 3 and 4?",
            num(p["Agreeableness"].between(3, 4).sum()),
        ),
        one(
            BIG5,
            "long-format",
            "Taking the five traits as categories, what is the average score of the agreeableness trait?",
            num(means["Agreeableness"]),
        ),
        one(
            BIG5,
            "long-format",
            "Treating each trait score as a separate record, what is the overall average across all trait scores?",
            num(p[TRAITS].stack().mean()),
        ),
        one(
            BIG5,
            "per-normalise",
            "Per hundred respondents, how many scored four or more on openness?",
            num((p["Openness"] >= 4).mean() * 100),
        ),
        one(
            BIG5,
            "percent-change",
            "By what percentage is the average openness score higher than the average neuroticism score?",
            num(pct_change(means["Neuroticism"], means["Openness"])),
        ),
        SealedCase(
            BIG5,
            [
                ("What is the median agreeableness score?", num(p["Agreeableness"].median())),
                ("And the median for conscientiousness?", num(p["Conscientiousness"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            BIG5,
            [
                ("What is the average extraversion score?", num(means["Extraversion"])),
                ("What about the lowest?", num(p["Extraversion"].min())),
            ],
            "follow-up",
        ),
        one(
            BIG5, "unanswerable", "How do the personality scores differ between men and women?", NO
        ),
        one(BIG5, "unanswerable", "Which country was each respondent surveyed in?", NO),
    ]


def cases() -> list[SealedCase]:
    return [*mich(), *meps(), *big5()]
