"""Questions over midwest.csv, gapminder.csv and tips.csv."""

from __future__ import annotations

from tests.sealed3.cases import (
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
    top,
)


def midwest() -> list[SealedCase]:
    t = "midwest.csv"
    m = load(t)
    il = m[m["state"] == "IL"]
    poverty = m.groupby("state")["percbelowpoverty"].mean()
    counties = m.groupby("state").size()
    return [
        one(
            t,
            "aggregate",
            "What's the total Asian population across all the counties?",
            num(m["popasian"].sum()),
        ),
        one(t, "group", "Total population by state", num(*m.groupby("state")["poptotal"].sum())),
        # the plain mean of the county percentages, per state
        one(
            t,
            "group",
            "What's the average percollege value for the counties of each state?",
            num(*m.groupby("state")["percollege"].mean()),
        ),
        one(
            t,
            "ranking",
            "Which 4 counties have the largest population? County names and populations.",
            top(m.set_index("county")["poptotal"], 4),
        ),
        one(t, "chart", "Make a bar chart of each state's total population", BAR),
        # county means of percbelowpoverty
        one(
            t,
            "compare",
            "Is the average county poverty rate (percbelowpoverty) higher in Michigan or Indiana?",
            num(poverty["MI"], poverty["IN"]),
        ),
        # Illinois totals: sum(popblack) / sum(poptotal)
        one(
            t,
            "derived",
            "What percentage of Illinois's population is Black?",
            num(il["popblack"].sum() / il["poptotal"].sum() * 100),
        ),
        one(
            t,
            "per-normalise",
            "What's the average population per county in Wisconsin?",
            num(m.loc[m["state"] == "WI", "poptotal"].mean()),
        ),
        one(
            t,
            "numbers-in-question",
            "How many counties have more than 100,000 residents?",
            num((m["poptotal"] > 100000).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many counties have over 20% of people below the poverty line?",
            num((m["percbelowpoverty"] > 20).sum()),
        ),
        SealedCase(
            t,
            [
                ("How many counties does Indiana have in this data?", num(counties["IN"])),
                ("and Michigan?", num(counties["MI"])),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "What's the median household income in Cook County?", NO),
        one(t, "unanswerable", "How much did Cook County's population grow since 1990?", NO),
    ]


def gapminder() -> list[SealedCase]:
    t = "gapminder.csv"
    g = load(t)
    g07 = g[g["year"] == 2007]

    def at(country: str, year: int, column: str) -> float:
        return float(g.loc[(g["country"] == country) & (g["year"] == year), column].iloc[0])

    return [
        one(
            t,
            "aggregate",
            "What was the total population of all countries in 2007?",
            num(g07["pop"].sum()),
        ),
        # unweighted: the mean over each continent's countries
        one(
            t,
            "group",
            "Average life expectancy per continent in 2007",
            num(*g07.groupby("continent")["lifeExp"].mean()),
        ),
        one(
            t,
            "group",
            "Median GDP per capita for each continent in 1982?",
            num(*g[g["year"] == 1982].groupby("continent")["gdpPercap"].median()),
        ),
        one(
            t,
            "ranking",
            "Top 5 countries by GDP per capita in 2007",
            top(g07.set_index("country")["gdpPercap"], 5),
        ),
        one(
            t,
            "ranking",
            "Which 3 countries had the largest populations in 1952?",
            top(g[g["year"] == 1952].set_index("country")["pop"], 3),
        ),
        one(t, "chart", "Line chart of life expectancy over time for Germany and France", LINE),
        one(t, "chart", "Pie chart of the 2007 population by continent", PIE),
        one(
            t,
            "compare",
            "In 2007, was life expectancy higher in Chile or Poland?",
            num(at("Chile", 2007, "lifeExp"), at("Poland", 2007, "lifeExp")),
        ),
        one(
            t,
            "compare",
            "Which had the higher GDP per capita in 1972: Japan or Italy?",
            num(at("Japan", 1972, "gdpPercap"), at("Italy", 1972, "gdpPercap")),
        ),
        one(
            t,
            "coverage",
            "Which years does this dataset span?",
            num(g["year"].min(), g["year"].max()),
        ),
        one(
            t,
            "derived",
            "What share of the total 2007 population lived in Asia, in percent?",
            num(g07.loc[g07["continent"] == "Asia", "pop"].sum() / g07["pop"].sum() * 100),
        ),
        one(
            t,
            "per-normalise",
            "What was the average population per country in Europe in 2007?",
            num(g07.loc[g07["continent"] == "Europe", "pop"].mean()),
        ),
        one(
            t,
            "percent-change",
            "By what percentage did China's population grow between 1952 and 2007?",
            num(pct_change(at("China", 1952, "pop"), at("China", 2007, "pop"))),
        ),
        # the table names it "Korea, Rep."
        one(
            t,
            "percent-change",
            "How much did South Korea's GDP per capita grow from 1962 to 2007, in percent?",
            num(
                pct_change(
                    at("Korea, Rep.", 1962, "gdpPercap"), at("Korea, Rep.", 2007, "gdpPercap")
                )
            ),
        ),
        one(
            t,
            "numbers-in-question",
            "How many countries had a life expectancy above 75 years in 2007?",
            num((g07["lifeExp"] > 75).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "In 2007, how many countries had a population over 50M?",
            num((g07["pop"] > 50_000_000).sum()),
        ),
        SealedCase(
            t,
            [
                ("What was Japan's life expectancy in 1952?", num(at("Japan", 1952, "lifeExp"))),
                ("What about 2007?", num(at("Japan", 2007, "lifeExp"))),
                ("And Brazil's?", num(at("Brazil", 2007, "lifeExp"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("What was Kenya's GDP per capita in 1987?", num(at("Kenya", 1987, "gdpPercap"))),
                ("And Ghana's?", num(at("Ghana", 1987, "gdpPercap"))),
                ("what about Ghana in 2017?", NO),  # the data ends in 2007
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "What was Germany's GDP per capita in 2015?", NO),
        one(t, "unanswerable", "What was India's literacy rate in 2002?", NO),
        one(t, "unanswerable", "What was the life expectancy of women in Japan in 2007?", NO),
    ]


def tips() -> list[SealedCase]:
    t = "tips.csv"
    d = load(t)
    share = d["tip"] / d["total_bill"] * 100
    by_sex = d.groupby("sex")["tip"].mean()
    by_day = d.groupby("day")["tip"].mean()
    return [
        one(t, "aggregate", "What's the average tip?", num(d["tip"].mean())),
        one(
            t,
            "aggregate",
            "How much was billed in total on Saturdays?",
            num(d.loc[d["day"] == "Sat", "total_bill"].sum()),
        ),
        one(t, "group", "average tip for each day of the week", num(*by_day)),
        one(
            t,
            "group",
            "How many bills are there for each party size?",
            num(*d.groupby("size").size()),
        ),
        one(
            t,
            "ranking",
            "Which 3 party sizes leave the largest average tip?",
            top(d.groupby("size")["tip"].mean(), 3),
        ),
        one(t, "chart", "Histogram of the total bill amounts", HISTOGRAM),
        one(t, "chart", "Show me a box plot of tips by day", BOX),
        one(
            t,
            "compare",
            "Do men or women tip more on average?",
            num(by_sex["Male"], by_sex["Female"]),
        ),
        # ratio of the sums
        one(
            t,
            "derived",
            "What are total tips as a percentage of total bills?",
            num(d["tip"].sum() / d["total_bill"].sum() * 100),
        ),
        # mean of the per-bill ratio, as the question spells out
        one(
            t,
            "derived",
            "Compute each bill's tip as a percentage of the bill; what's the average of that "
            "for smokers?",
            num(share[d["smoker"] == "Yes"].mean()),
        ),
        one(
            t,
            "per-normalise",
            "How many people per table on average at dinner?",
            num(d.loc[d["time"] == "Dinner", "size"].mean()),
        ),
        # "per day" is a grouping: the sum of tips on each day
        one(
            t,
            "per-normalise",
            "What are the total tips per day?",
            num(*d.groupby("day")["tip"].sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "How many bills were over $30?",
            num((d["total_bill"] > 30).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "What percentage of bills had a tip of more than 15% of the bill?",
            num((share > 15).mean() * 100),
        ),
        SealedCase(
            t,
            [
                ("What's the average tip on Sundays?", num(by_day["Sun"])),
                ("and on Thursdays?", num(by_day["Thur"])),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "What's the average tip in December?", NO),
        one(t, "unanswerable", "Which waiter got the most tips?", NO),
    ]


def cases() -> list[SealedCase]:
    return midwest() + gapminder() + tips()
