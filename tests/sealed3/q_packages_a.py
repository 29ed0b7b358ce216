"""Questions over stocks.csv, diamonds.csv, msleep.csv and meat_production.csv."""

from __future__ import annotations

from tests.sealed3.cases import (
    HISTOGRAM,
    LINE,
    NO,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    top,
)


def stocks() -> list[SealedCase]:
    t = "stocks.csv"
    s = load(t, "date", "%b %d %Y")
    s["year"], s["month"] = s["_d"].dt.year, s["_d"].dt.month

    def price(symbol: str, when: str) -> float:
        return float(s.loc[(s["symbol"] == symbol) & (s["_d"] == when), "price"].iloc[0])

    def sym(symbol: str):
        return s[s["symbol"] == symbol]

    msft = sym("MSFT")
    return [
        one(
            t,
            "aggregate",
            "What's IBM's average price over the whole period?",
            num(sym("IBM")["price"].mean()),
        ),
        one(
            t,
            "ranking",
            "Rank the five stocks by their all-time high price.",
            top(s.groupby("symbol")["price"].max(), 5),
        ),
        one(t, "chart", "plot the price of every symbol over time", LINE),
        # both monthly prices on Mar 1 2010, the last month of the data
        one(
            t,
            "compare",
            "In March 2010, which was trading higher, Amazon or IBM?",
            num(price("AMZN", "2010-03-01"), price("IBM", "2010-03-01")),
        ),
        one(
            t,
            "coverage",
            "What time span does this stock data cover?",
            num(s["year"].min(), s["year"].max()),
        ),
        one(
            t,
            "coverage",
            "In which year does the GOOG series start?",
            num(sym("GOOG")["year"].min()),
        ),
        one(
            t,
            "date-part",
            "What's Microsoft's average price across all the January months?",
            num(msft.loc[msft["month"] == 1, "price"].mean()),
        ),
        # ratio of the two 2009 means (12 monthly prices each)
        one(
            t,
            "derived",
            "In 2009, what was the ratio of Google's average price to Apple's average price?",
            num(
                sym("GOOG").query("year == 2009")["price"].mean()
                / sym("AAPL").query("year == 2009")["price"].mean()
            ),
        ),
        one(
            t,
            "percent-change",
            "By what percentage did Amazon's price change from January 2003 to January 2008?",
            num(pct_change(price("AMZN", "2003-01-01"), price("AMZN", "2008-01-01"))),
        ),
        one(
            t,
            "numbers-in-question",
            "In how many months was AAPL priced above $100?",
            num((sym("AAPL")["price"] > 100).sum()),
        ),
        SealedCase(
            t,
            [
                (
                    "What was the highest MSFT price in 2001?",
                    num(msft.loc[msft["year"] == 2001, "price"].max()),
                ),
                ("and in 2007?", num(msft.loc[msft["year"] == 2007, "price"].max())),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "What was Tesla's share price in January 2009?", NO),
        one(t, "unanswerable", "How many Microsoft shares were traded in 2005?", NO),
    ]


def diamonds() -> list[SealedCase]:
    t = "diamonds.csv"
    d = load(t)
    by_cut = d.groupby("cut")["price"].mean()
    return [
        one(
            t,
            "aggregate",
            "What's the average price of the diamonds in this file?",
            num(d["price"].mean()),
        ),
        one(
            t, "aggregate", "how many diamonds have an Ideal cut?", num((d["cut"] == "Ideal").sum())
        ),
        one(t, "group", "Average price for each cut, please.", num(*by_cut)),
        one(
            t,
            "group",
            "What's the median carat for each colour grade?",
            num(*d.groupby("color")["carat"].median()),
        ),
        one(
            t,
            "ranking",
            "Which three clarity grades have the highest average price?",
            top(d.groupby("clarity")["price"].mean(), 3),
        ),
        one(t, "chart", "Scatter plot of carat vs price", SCATTER),
        one(t, "chart", "Can you show a histogram of diamond prices?", HISTOGRAM),
        one(
            t,
            "compare",
            "Are Fair-cut or Good-cut diamonds pricier on average?",
            num(by_cut["Fair"], by_cut["Good"]),
        ),
        # mean of the per-diamond ratio, as the question spells out
        one(
            t,
            "derived",
            "Work out price per carat for every diamond, then give me the average of that for "
            "Premium cut.",
            num((d["price"] / d["carat"])[d["cut"] == "Premium"].mean()),
        ),
        one(
            t,
            "numbers-in-question",
            "How many diamonds cost more than $15k?",
            num((d["price"] > 15000).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many diamonds are priced under 2.5k?",
            num((d["price"] < 2500).sum()),
        ),
        SealedCase(
            t,
            [
                (
                    "What's the average price of Ideal diamonds with colour E?",
                    num(d.query("cut == 'Ideal' and color == 'E'")["price"].mean()),
                ),
                ("and colour J?", num(d.query("cut == 'Ideal' and color == 'J'")["price"].mean())),
                (
                    "What about Premium cut, colour J?",
                    num(d.query("cut == 'Premium' and color == 'J'")["price"].mean()),
                ),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "What was the average price of diamonds sold in 2019?", NO),
        one(t, "unanswerable", "Which country were most of these diamonds mined in?", NO),
    ]


def msleep() -> list[SealedCase]:
    t = "msleep.csv"
    m = load(t)
    by_vore = m.groupby("vore")["sleep_total"].mean()
    human = m[m["name"] == "Human"].iloc[0]
    by_order = m.groupby("order")["sleep_total"].mean()
    return [
        one(
            t,
            "aggregate",
            "What's the median REM sleep among the mammals that have it recorded?",
            num(m["sleep_rem"].median()),
        ),
        # groupby drops the 7 animals with no vore
        one(t, "group", "Average total sleep for each diet type (vore)?", num(*by_vore)),
        one(
            t,
            "ranking",
            "Which 5 mammals sleep the most?",
            top(m.set_index("name")["sleep_total"], 5),
        ),
        one(t, "chart", "Scatter plot of body weight against brain weight", SCATTER),
        one(
            t,
            "compare",
            "Do herbivores or carnivores sleep longer on average?",
            num(by_vore["herbi"], by_vore["carni"]),
        ),
        one(
            t,
            "derived",
            "What's the human brain weight as a percentage of body weight?",
            num(human["brainwt"] / human["bodywt"] * 100),
        ),
        one(
            t,
            "per-normalise",
            "On average, how many species are there per order?",
            num(len(m) / m["order"].nunique()),
        ),
        one(
            t,
            "numbers-in-question",
            "How many of the animals weigh more than 500 kg?",
            num((m["bodywt"] > 500).sum()),
        ),
        SealedCase(
            t,
            [
                (
                    "What's the average total sleep of rodents (order Rodentia)?",
                    num(by_order["Rodentia"]),
                ),
                ("And of primates?", num(by_order["Primates"])),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "What's the average lifespan of the primates?", NO),
    ]


def meat() -> list[SealedCase]:
    t = "meat_production.csv"
    m = load(t, "date")
    m["year"], m["month"] = m["_d"].dt.year, m["_d"].dt.month
    meats = ["beef", "veal", "pork", "lamb_and_mutton", "broilers", "other_chicken", "turkey"]
    yearly = m.groupby("year")[meats].sum()
    y2020 = m[m["year"] == 2020]
    eighties = m[m["year"].between(1980, 1989)]
    tens = m[m["year"].between(2010, 2019)]
    return [
        one(
            t,
            "aggregate",
            "What was the total lamb and mutton production in 1990?",
            num(yearly.loc[1990, "lamb_and_mutton"]),
        ),
        one(t, "ranking", "Top 3 years by total turkey production", top(yearly["turkey"], 3)),
        one(
            t,
            "coverage",
            "Which years does the meat data cover?",
            num(m["year"].min(), m["year"].max()),
        ),
        one(
            t,
            "coverage",
            "From which year on are broiler figures available?",
            num(m.loc[m["broilers"].notna(), "year"].min()),
        ),
        one(
            t,
            "date-part",
            "Across all years, what's the average pork production in November?",
            num(m.loc[m["month"] == 11, "pork"].mean()),
        ),
        # the value only: the mean over every year's month, highest of the twelve
        one(
            t,
            "date-part",
            "Which calendar month has the highest average beef production, and what is that "
            "average?",
            num(m.groupby("month")["beef"].mean().max()),
        ),
        # share of the 2020 sum of all seven columns
        one(
            t,
            "derived",
            "In 2020, what percentage of total production across all seven meat columns was "
            "broilers?",
            num(y2020["broilers"].sum() / y2020[meats].sum().sum() * 100),
        ),
        one(
            t,
            "percent-change",
            "By what % did annual beef production grow from 1950 to 2000?",
            num(pct_change(yearly.loc[1950, "beef"], yearly.loc[2000, "beef"])),
        ),
        one(
            t,
            "percent-change",
            "What was the percentage change in yearly veal production between 1960 and 2020?",
            num(pct_change(yearly.loc[1960, "veal"], yearly.loc[2020, "veal"])),
        ),
        one(
            t,
            "numbers-in-question",
            "In how many months did beef production exceed 2,400?",
            num((m["beef"] > 2400).sum()),
        ),
        SealedCase(
            t,
            [
                ("How much veal was produced in total in 1950?", num(yearly.loc[1950, "veal"])),
                ("what about 1990?", num(yearly.loc[1990, "veal"])),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "Average monthly pork production in the 1980s (1980 to 1989)?",
                    num(eighties["pork"].mean()),
                ),
                ("And in the 2010s?", num(tens["pork"].mean())),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "How much beef did the US export in 1995?", NO),
        one(t, "unanswerable", "What was pork production in 1935?", NO),
    ]


def cases() -> list[SealedCase]:
    return stocks() + diamonds() + msleep() + meat()
