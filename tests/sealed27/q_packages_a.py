"""PACKAGES half, part a: matplotlib's monthly stock prices, siuba's US rent and income (long
form) and scikit-lego's abalone measurements.

Written as an analyst whose first language is not English. Where a question types a number
with a decimal comma ("0,6" = 0.6) or a dot as the thousands separator ("2.000" = 2000),
a comment says so and the gold uses the meaning a colleague from that country means. Dates
in questions are written day first ("01.06.2022" = 1 June 2022).
"""

# ruff: noqa: E501  (questions are kept on one line each)
from __future__ import annotations

import pandas as pd

from tests.sealed27.cases import (
    BAR,
    BOX,
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

STOCKS = "mpl_monthly_stock_prices.csv"
RENT = "us_rent_income_long.csv"
ABALONE = "abalone_rings.csv"


def _stocks() -> pd.DataFrame:
    frame = load(STOCKS, "Date")
    frame["year"] = frame["_d"].dt.year
    frame["month"] = frame["_d"].dt.month
    return frame


def _at(frame: pd.DataFrame, date: str, column: str) -> float:
    (value,) = frame.loc[frame["Date"] == date, column]
    return float(value)


def _year(frame: pd.DataFrame, year: int) -> pd.DataFrame:
    return frame[frame["year"] == year]


def _rent(state: str, variable: str, column: str = "estimate") -> float:
    frame = load(RENT)
    (value,) = frame.loc[(frame["NAME"] == state) & (frame["variable"] == variable), column]
    return float(value)


def _wide() -> pd.DataFrame:
    frame = load(RENT)
    return frame.pivot(index="NAME", columns="variable", values="estimate")


def stock_cases() -> list[SealedCase]:
    s = _stocks()
    out: list[SealedCase] = []

    # aggregate
    out.append(
        one(
            STOCKS,
            "aggregate",
            "how much is the media of the price of IBM in all the file?",
            num(s["IBM"].mean()),
        )
    )
    out.append(
        one(
            STOCKS,
            "aggregate",
            "which is the most high value that the Nasdaq (^IXIC) has reached in the data?",
            num(s["^IXIC"].max()),
        )
    )

    # chart
    out.append(
        one(
            STOCKS,
            "chart",
            "can you make me a graphic of the price of Apple (AAPL) in the time?",
            LINE,
        )
    )
    out.append(
        one(STOCKS, "chart", "plot please the S&P 500 month per month from 2000 until 2010", LINE)
    )
    out.append(
        one(
            STOCKS,
            "chart",
            "show me a bars graphic with the medium price of every action (IBM, AAPL, MSFT, XRX, ADBE) in the year 2021",
            BAR,
        )
    )

    # compare
    y21 = _year(s, 2021)
    out.append(
        one(
            STOCKS,
            "compare",
            "in 2021 was more high the medium of MSFT or the one of ADBE? give me both",
            num(y21["MSFT"].mean(), y21["ADBE"].mean()),
        )
    )
    out.append(
        one(
            STOCKS,
            "compare",
            "compare me the price of IBM of the 01.01.2000 with the one of the 01.01.2020",
            num(_at(s, "2000-01-01", "IBM"), _at(s, "2020-01-01", "IBM")),
        )
    )
    y08 = _year(s, 2008)
    out.append(
        one(
            STOCKS,
            "compare",
            "who was more high in media during 2008, Xerox or Adobe?",
            num(y08["XRX"].mean(), y08["ADBE"].mean()),
        )
    )

    # coverage
    out.append(
        one(
            STOCKS,
            "coverage",
            "from which year until which year goes the data of this file?",
            num(s["year"].min(), s["year"].max()),
        )
    )
    first_amzn = s.loc[s["AMZN"].notna(), "year"].min()
    out.append(
        one(
            STOCKS,
            "coverage",
            "since when there are prices of Amazon in the file? which is the first year?",
            num(first_amzn),
        )
    )
    out.append(
        one(STOCKS, "coverage", "how many are the months in total in the file?", num(len(s)))
    )
    out.append(
        one(
            STOCKS, "coverage", "quanti months have a value for DELL?", num(s["DELL"].notna().sum())
        )
    )

    # date-part
    jan = s[s["month"] == 1]
    out.append(
        one(
            STOCKS,
            "date-part",
            "how much is the medium of the ^GSPC only in the months of January, all the years together?",
            num(jan["^GSPC"].mean()),
        )
    )
    q4 = s[(s["year"] == 2020) & (s["month"] >= 10)]
    out.append(
        one(
            STOCKS,
            "date-part",
            "the average of AAPL in the fourth quarter of 2020?",
            num(q4["AAPL"].mean()),
        )
    )
    quarters = y08.groupby(y08["_d"].dt.quarter)["^GSPC"].mean()
    out.append(
        one(
            STOCKS,
            "date-part",
            "in which quarter of 2008 the S&P 500 had the most low medium value, and which value?",
            num(quarters.min()),
        )
    )
    summer = s[(s["year"] == 2010) & s["month"].isin([6, 7, 8])]
    out.append(
        one(
            STOCKS,
            "date-part",
            "the media of MSFT for the months of summer (June, July and August) of 2010",
            num(summer["MSFT"].mean()),
        )
    )
    # "semester" = half-year (semestre): the second half of 2015, July to December
    sem = s[(s["year"] == 2015) & (s["month"] >= 7)]
    out.append(
        one(
            STOCKS,
            "date-part",
            "which was the average price of GOOGL in the second semester of 2015?",
            num(sem["GOOGL"].mean()),
        )
    )
    march = s[s["month"] == 3]
    out.append(
        one(
            STOCKS,
            "date-part",
            "in the month of March, how much is the durchschnitt of IBM over all the years?",
            num(march["IBM"].mean()),
        )
    )
    y19 = _year(s, 2019)
    out.append(
        one(
            STOCKS,
            "date-part",
            "give me the average of AMZN for every quarter of 2019",
            num(*y19.groupby(y19["_d"].dt.quarter)["AMZN"].mean()),
        )
    )
    y09 = _year(s, 2009)
    out.append(
        one(
            STOCKS,
            "date-part",
            "in which month of 2009 the Nasdaq had its most low value? say me also the value",
            num(y09["^IXIC"].min()),
        )
    )
    # "trimester" = quarter (trimestre): January to March 2000
    tri = s[(s["year"] == 2000) & (s["month"] <= 3)]
    out.append(
        one(
            STOCKS,
            "date-part",
            "how much was the ^IXIC in average in the first trimester of 2000?",
            num(tri["^IXIC"].mean()),
        )
    )
    dec = s[(s["month"] == 12) & s["year"].between(2015, 2019)]
    out.append(
        one(
            STOCKS,
            "date-part",
            "give me the value of XRX of every December, from 2015 until 2019",
            num(*dec["XRX"]),
        )
    )

    # derived
    out.append(
        one(
            STOCKS,
            "derived",
            "which is the ratio between the Nasdaq and the S&P 500 on 01/06/2022?",
            num(_at(s, "2022-06-01", "^IXIC") / _at(s, "2022-06-01", "^GSPC")),
        )
    )
    y20 = _year(s, 2020)
    out.append(
        one(
            STOCKS,
            "derived",
            "how much is the difference between the maximum and the minimum of MSFT in the year 2020?",
            num(y20["MSFT"].max() - y20["MSFT"].min()),
        )
    )

    # follow-up
    y18 = _year(s, 2018)
    out.append(
        SealedCase(
            STOCKS,
            [
                ("give me the medium price of MSFT of the year 2019", num(y19["MSFT"].mean())),
                ("and for the year before?", num(y18["MSFT"].mean())),
                ("the same but for Apple", num(y18["AAPL"].mean())),
            ],
            "follow-up",
        )
    )
    ibm_max = s.loc[s["IBM"].idxmax()]
    out.append(
        SealedCase(
            STOCKS,
            [
                ("which is the maximum of IBM in all the file?", num(s["IBM"].max())),
                ("and in which year it was?", num(ibm_max["year"])),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            STOCKS,
            [
                (
                    "how much was the percentual variation of the S&P 500 from 01.01.2008 until 01.01.2009?",
                    num(pct_change(_at(s, "2008-01-01", "^GSPC"), _at(s, "2009-01-01", "^GSPC"))),
                ),
                (
                    "and for the Nasdaq, the same dates?",
                    num(pct_change(_at(s, "2008-01-01", "^IXIC"), _at(s, "2009-01-01", "^IXIC"))),
                ),
                ("can you make a graphic of the Nasdaq in the year 2008?", LINE),
            ],
            "follow-up",
        )
    )
    y00 = _year(s, 2000)
    out.append(
        SealedCase(
            STOCKS,
            [
                ("the media of XRX in the year 2000?", num(y00["XRX"].mean())),
                ("and the median?", num(y00["XRX"].median())),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            STOCKS,
            [
                (
                    "how many months the price of AAPL was over 100 dollars?",
                    num((s["AAPL"] > 100).sum()),
                ),
                ("and of MSFT?", num((s["MSFT"] > 100).sum())),
            ],
            "follow-up",
        )
    )
    years = s[s["year"].between(2018, 2021)]
    out.append(
        SealedCase(
            STOCKS,
            [
                (
                    "give me the average of ADBE for every year from 2018 to 2021",
                    num(*years.groupby("year")["ADBE"].mean()),
                ),
                ("and what will be the price of ADBE in the next year?", NO),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            STOCKS,
            [
                ("which was the minimum of Google (GOOGL) in the file?", num(s["GOOGL"].min())),
                ("and eventually the dividends that Google paid in that period, how much are?", NO),
            ],
            "follow-up",
        )
    )

    # numbers-in-question
    # "2.000" = two thousand (dot as thousands separator)
    out.append(
        one(
            STOCKS,
            "numbers-in-question",
            "in how many months the S&P 500 was over 2.000 points?",
            num((s["^GSPC"] > 2000).sum()),
        )
    )
    # "100,5" = 100.5 (decimal comma)
    out.append(
        one(
            STOCKS,
            "numbers-in-question",
            "how many months the price of IBM was under 100,5?",
            num((s["IBM"] < 100.5).sum()),
        )
    )
    # "5.000" and "10.000" = five and ten thousand
    out.append(
        one(
            STOCKS,
            "numbers-in-question",
            "quantity of months where the Nasdaq was between 5.000 and 10.000",
            num(s["^IXIC"].between(5000, 10000).sum()),
        )
    )

    # percent-change
    out.append(
        one(
            STOCKS,
            "percent-change",
            "which is the variation in % of Apple between January 2010 and January 2020?",
            num(pct_change(_at(s, "2010-01-01", "AAPL"), _at(s, "2020-01-01", "AAPL"))),
        )
    )
    out.append(
        one(
            STOCKS,
            "percent-change",
            "percentual variation of MSFT from the 01.01.2000 to the 01.06.2022?",
            num(pct_change(_at(s, "2000-01-01", "MSFT"), _at(s, "2022-06-01", "MSFT"))),
        )
    )
    out.append(
        one(
            STOCKS,
            "percent-change",
            "of how much % has changed the media of the S&P 500 from the year 2019 to the year 2020?",
            num(pct_change(y19["^GSPC"].mean(), y20["^GSPC"].mean())),
        )
    )
    out.append(
        one(
            STOCKS,
            "percent-change",
            "the percentual variation of IBM from the first value to the last value of the file?",
            num(pct_change(s["IBM"].iloc[0], s["IBM"].iloc[-1])),
        )
    )

    # ranking
    tickers = ["IBM", "AAPL", "MSFT", "XRX", "AMZN", "DELL", "GOOGL", "ADBE"]
    growth = pd.Series(
        {t: pct_change(_at(s, "2017-01-01", t), _at(s, "2022-01-01", t)) for t in tickers}
    )
    out.append(
        one(
            STOCKS,
            "ranking",
            "which are the 3 actions (not the indexes) with the most big percentual growth from 01.01.2017 to 01.01.2022?",
            ranked(growth, 3),
        )
    )
    y21mean = y21[tickers].mean()
    out.append(
        one(
            STOCKS,
            "ranking",
            "make me a classification of the 3 actions with the lowest medium price in 2021 (not the indexes), from the most low",
            ranked(y21mean, 3, ascending=True),
        )
    )

    # superlative
    last = s.iloc[-1][tickers].astype(float)
    out.append(
        one(
            STOCKS,
            "superlative",
            "which action had the most big price on 01/06/2022, not counting the indexes ^GSPC and ^IXIC?",
            ranked(last, 1),
        )
    )
    ibm_year = s.groupby("year")["IBM"].mean()
    out.append(
        one(
            STOCKS,
            "superlative",
            "in which year the medium price of IBM was the most high?",
            num(ibm_year.idxmax(), ibm_year.max()),
        )
    )

    # units-columns (ticker codes asked in words)
    y15 = _year(s, 2015)
    out.append(
        one(
            STOCKS,
            "units-columns",
            "how much was the S&P 500 index in average in 2015?",
            num(y15["^GSPC"].mean()),
        )
    )
    out.append(
        one(
            STOCKS,
            "units-columns",
            "which is the medium price of Microsoft in the year 2010?",
            num(_year(s, 2010)["MSFT"].mean()),
        )
    )
    out.append(
        one(
            STOCKS,
            "units-columns",
            "the maximum of Xerox in all the data, please",
            num(s["XRX"].max()),
        )
    )
    out.append(
        one(
            STOCKS,
            "units-columns",
            "how much was the Nasdaq Composite in the first month of the year 2020?",
            num(_at(s, "2020-01-01", "^IXIC")),
        )
    )

    # unanswerable
    out.append(
        one(STOCKS, "unanswerable", "how much dividends has paid IBM in all the period?", NO)
    )
    out.append(
        one(
            STOCKS,
            "unanswerable",
            "why the Nasdaq has fallen so much after the bubble of the internet?",
            NO,
        )
    )
    out.append(
        one(
            STOCKS,
            "unanswerable",
            "which is the volume of actions of Microsoft exchanged in the last month of the file?",
            NO,
        )
    )
    return out


def rent_cases() -> list[SealedCase]:
    r = load(RENT)
    w = _wide()
    income = r[r["variable"] == "income"]
    rent = r[r["variable"] == "rent"]
    out: list[SealedCase] = []

    # long-format (the thing asked is a value of the `variable` column)
    out.append(one(RENT, "long-format", "which is the rent of Texas?", num(_rent("Texas", "rent"))))
    out.append(
        one(
            RENT, "long-format", "how much is the income in Oregon?", num(_rent("Oregon", "income"))
        )
    )
    out.append(
        one(
            RENT,
            "long-format",
            "give me the medium of the income over all the lines of the file (Puerto Rico has it empty, leave it out)",
            num(income["estimate"].mean()),
        )
    )
    # "1.000" = one thousand
    out.append(
        one(
            RENT,
            "long-format",
            "how many lines of rent have the estimate more high than 1.000?",
            num((rent["estimate"] > 1000).sum()),
        )
    )
    out.append(
        one(
            RENT,
            "long-format",
            "the median of the rent of all the lines in the file?",
            num(rent["estimate"].median()),
        )
    )
    out.append(
        one(
            RENT,
            "long-format",
            "which is the margin of error (moe) of the income of Alaska?",
            num(_rent("Alaska", "income", "moe")),
        )
    )
    out.append(
        one(
            RENT,
            "long-format",
            "for New York, how much is the rent and how much the income?",
            num(_rent("New York", "rent"), _rent("New York", "income")),
        )
    )
    # "25.000" = twenty-five thousand
    out.append(
        one(
            RENT,
            "long-format",
            "how many states have an income under 25.000?",
            num((income["estimate"] < 25000).sum()),
        )
    )
    out.append(
        one(
            RENT,
            "long-format",
            "the maximum of the estimate when the variable is rent",
            num(rent["estimate"].max()),
        )
    )
    out.append(
        one(
            RENT,
            "long-format",
            "which is the minimum income between all the states? Puerto Rico has no value",
            num(income["estimate"].min()),
        )
    )
    out.append(
        one(
            RENT,
            "long-format",
            "how much is the sum of the moe of the rent for all the states?",
            num(rent["moe"].sum()),
        )
    )

    # derived
    ca = w.loc["California"]
    out.append(
        one(
            RENT,
            "derived",
            "for California, which part of the income goes in rent in one year? (rent of 12 months divided by the income, in %)",
            num(ca["rent"] * 12 / ca["income"] * 100),
        )
    )
    out.append(
        one(
            RENT,
            "derived",
            "how much is the difference between the income of Maryland and the one of Mississippi?",
            num(w.loc["Maryland", "income"] - w.loc["Mississippi", "income"]),
        )
    )

    # compare
    out.append(
        one(
            RENT,
            "compare",
            "which has the rent more high, Florida or Georgia? give me the two values",
            num(w.loc["Florida", "rent"], w.loc["Georgia", "rent"]),
        )
    )

    # ranking
    out.append(
        one(
            RENT,
            "ranking",
            "which are the 3 states with the most high income? DC counts also as a state",
            ranked(w["income"], 3),
        )
    )
    out.append(
        one(
            RENT,
            "ranking",
            "the 3 most cheap rents of the file, from the cheapest: which states or territories are?",
            ranked(w["rent"], 3, ascending=True),
        )
    )

    # superlative
    out.append(
        one(
            RENT,
            "superlative",
            "which is the state with more expensive rent, and how much is it?",
            ranked(w["rent"], 1),
        )
    )

    # numbers-in-question: "1.200" = 1200, "30.000" = 30000
    out.append(
        one(
            RENT,
            "numbers-in-question",
            "how many of the places in the file (DC included) have a rent over 1.200 and also an income over 30.000?",
            num(((w["rent"] > 1200) & (w["income"] > 30000)).sum()),
        )
    )

    # group
    out.append(
        one(
            RENT,
            "group",
            "give me the average of the estimate for each variable",
            num(income["estimate"].mean(), rent["estimate"].mean()),
        )
    )

    # chart
    out.append(one(RENT, "chart", "make me a bar graphic of the income of every state", BAR))

    # coverage
    out.append(
        one(
            RENT,
            "coverage",
            "how many states (or territories) are in the file?",
            num(r["NAME"].nunique()),
        )
    )

    # per-normalise
    out.append(
        one(
            RENT,
            "per-normalise",
            "the income of Washington is for one year: how much is it per month?",
            num(w.loc["Washington", "income"] / 12),
        )
    )

    # unanswerable
    out.append(
        one(RENT, "unanswerable", "from which year are these numbers of rent and income?", NO)
    )
    out.append(one(RENT, "unanswerable", "which is the population of California?", NO))

    # follow-up
    out.append(
        SealedCase(
            RENT,
            [
                ("which is the income of Colorado?", num(w.loc["Colorado", "income"])),
                ("and of Utah?", num(w.loc["Utah", "income"])),
                (
                    "and the rent of this two states?",
                    num(w.loc["Colorado", "rent"], w.loc["Utah", "rent"]),
                ),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            RENT,
            [
                ("the medium of the rent in all the file?", num(rent["estimate"].mean())),
                ("and the median?", num(rent["estimate"].median())),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            RENT,
            [
                ("how much is the rent in Hawaii?", num(w.loc["Hawaii", "rent"])),
                ("and how was it ten years before?", NO),
            ],
            "follow-up",
        )
    )
    return out


def abalone_cases() -> list[SealedCase]:
    a = load(ABALONE)
    by_sex = a.groupby("sex")
    out: list[SealedCase] = []

    # aggregate
    out.append(
        one(
            ABALONE,
            "aggregate",
            "which is the media of the rings of all the abalones?",
            num(a["rings"].mean()),
        )
    )
    out.append(
        one(
            ABALONE,
            "aggregate",
            "the most big whole weight in the data?",
            num(a["whole_weight"].max()),
        )
    )
    out.append(
        one(ABALONE, "aggregate", "quanti abalones are there in total in this file?", num(len(a)))
    )

    # group (M, F, I = male, female, infant)
    out.append(
        one(
            ABALONE,
            "group",
            "how much is the mean of the rings for every sex?",
            num(*by_sex["rings"].mean()),
        )
    )
    out.append(
        one(
            ABALONE,
            "group",
            "give me the median of the whole weight per sex",
            num(*by_sex["whole_weight"].median()),
        )
    )
    out.append(one(ABALONE, "group", "how many are the abalones of each sex?", num(*by_sex.size())))
    out.append(
        one(
            ABALONE,
            "group",
            "the maximum length for each sex, please",
            num(*by_sex["length"].max()),
        )
    )

    # compare
    out.append(
        one(
            ABALONE,
            "compare",
            "are the females more heavy than the males in medium? give me both medias of the whole weight",
            num(by_sex["whole_weight"].mean()["F"], by_sex["whole_weight"].mean()["M"]),
        )
    )
    adults = a[a["sex"] != "I"]
    out.append(
        one(
            ABALONE,
            "compare",
            "the medium length of the infants against the one of the adults (M and F together)",
            num(a.loc[a["sex"] == "I", "length"].mean(), adults["length"].mean()),
        )
    )
    out.append(
        one(
            ABALONE,
            "compare",
            "median of the rings: males versus females?",
            num(by_sex["rings"].median()["M"], by_sex["rings"].median()["F"]),
        )
    )

    # derived
    out.append(
        one(
            ABALONE,
            "derived",
            "which % of the whole weight is the shell weight? (the sum of the shell divided by the sum of the whole)",
            num(a["shell_weight"].sum() / a["whole_weight"].sum() * 100),
        )
    )
    out.append(
        one(
            ABALONE,
            "derived",
            "the medium of the difference between the whole weight and the shucked weight",
            num((a["whole_weight"] - a["shucked_weight"]).mean()),
        )
    )
    out.append(
        one(
            ABALONE,
            "derived",
            "which is the percentage of infants in the data?",
            num((a["sex"] == "I").mean() * 100),
        )
    )

    # numbers-in-question
    out.append(
        one(
            ABALONE,
            "numbers-in-question",
            "how many abalones have more than 15 rings?",
            num((a["rings"] > 15).sum()),
        )
    )
    # "0,6" = 0.6
    out.append(
        one(
            ABALONE,
            "numbers-in-question",
            "how many are the abalones with the length over 0,6?",
            num((a["length"] > 0.6).sum()),
        )
    )
    # "0,5" and "1" = 0.5 and 1 (both included)
    out.append(
        one(
            ABALONE,
            "numbers-in-question",
            "how many have a whole weight between 0,5 and 1 (included)?",
            num(a["whole_weight"].between(0.5, 1).sum()),
        )
    )
    # "1,5" = 1.5
    out.append(
        one(
            ABALONE,
            "numbers-in-question",
            "how many females have at least 1,5 of whole weight?",
            num(((a["sex"] == "F") & (a["whole_weight"] >= 1.5)).sum()),
        )
    )

    # per-normalise
    out.append(
        one(
            ABALONE,
            "per-normalise",
            "how much whole weight there is per ring? I mean the total whole weight divided by the total of the rings",
            num(a["whole_weight"].sum() / a["rings"].sum()),
        )
    )
    out.append(
        one(
            ABALONE,
            "per-normalise",
            "for the infants, how many rings per abalone in media?",
            num(a.loc[a["sex"] == "I", "rings"].mean()),
        )
    )

    # ranking
    counts = a["rings"].value_counts()
    out.append(
        one(
            ABALONE,
            "ranking",
            "which are the 3 numbers of rings more frequent, and how many abalones have each?",
            ranked(counts, 3),
        )
    )
    out.append(
        one(
            ABALONE,
            "ranking",
            "order the sex (M, F, I) by the medium of the height, from the biggest",
            ranked(by_sex["height"].mean(), 3),
        )
    )

    # superlative
    out.append(
        one(
            ABALONE,
            "superlative",
            "which sex has the most high medium of rings?",
            ranked(by_sex["rings"].mean(), 1),
        )
    )
    out.append(
        one(
            ABALONE,
            "superlative",
            "the most old abalone, how many rings has it?",
            num(a["rings"].max()),
        )
    )

    # chart
    out.append(one(ABALONE, "chart", "can you do an histogram of the rings?", HISTOGRAM))
    out.append(
        one(ABALONE, "chart", "a scatter of the length against the whole weight, please", SCATTER)
    )
    out.append(one(ABALONE, "chart", "i would like a box plot of the rings for every sex", BOX))

    # units-columns
    out.append(
        one(
            ABALONE,
            "units-columns",
            "the medium of the weight of the shell?",
            num(a["shell_weight"].mean()),
        )
    )
    out.append(
        one(
            ABALONE,
            "units-columns",
            "the media of the weight of the viscera for the infants",
            num(a.loc[a["sex"] == "I", "viscera_weight"].mean()),
        )
    )

    # coverage
    out.append(
        one(
            ABALONE,
            "coverage",
            "which values take the rings, from which to which?",
            num(a["rings"].min(), a["rings"].max()),
        )
    )
    out.append(
        one(
            ABALONE,
            "coverage",
            "how many different numbers of rings there are in the data?",
            num(a["rings"].nunique()),
        )
    )

    # unanswerable
    out.append(one(ABALONE, "unanswerable", "in which place were the abalones catched?", NO))
    out.append(one(ABALONE, "unanswerable", "which is the price of one abalone on the market?", NO))
    out.append(one(ABALONE, "unanswerable", "in which year were these abalones measured?", NO))

    # follow-up
    out.append(
        SealedCase(
            ABALONE,
            [
                ("the medium of the rings of the males?", num(by_sex["rings"].mean()["M"])),
                ("and for the females?", num(by_sex["rings"].mean()["F"])),
                ("and the infants?", num(by_sex["rings"].mean()["I"])),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            ABALONE,
            [
                ("the median of the whole weight?", num(a["whole_weight"].median())),
                ("and the mean?", num(a["whole_weight"].mean())),
                ("make me an histogram of it", HISTOGRAM),
            ],
            "follow-up",
        )
    )
    old = a[a["rings"] > 20]
    out.append(
        SealedCase(
            ABALONE,
            [
                ("how many abalones have more than 20 rings?", num(len(old))),
                ("and of these, how many are females?", num((old["sex"] == "F").sum())),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            ABALONE,
            [
                (
                    "which is the correlation between the length and the diameter?",
                    num(a["length"].corr(a["diameter"])),
                ),
                (
                    "and between the rings and the shell weight?",
                    num(a["rings"].corr(a["shell_weight"])),
                ),
                ("a graphic of this last one, please", SCATTER),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            ABALONE,
            [
                ("how many abalones have the height equal to zero?", num((a["height"] == 0).sum())),
                (
                    "and which is the medium height without them?",
                    num(a.loc[a["height"] > 0, "height"].mean()),
                ),
            ],
            "follow-up",
        )
    )
    out.append(
        SealedCase(
            ABALONE,
            [
                (
                    "the medium shucked weight of the males?",
                    num(by_sex["shucked_weight"].mean()["M"]),
                ),
                ("and how much they cost per kilo?", NO),
            ],
            "follow-up",
        )
    )
    return out


def cases() -> list[SealedCase]:
    return stock_cases() + rent_cases() + abalone_cases()
