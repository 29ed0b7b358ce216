"""The PACKAGES half, part B: Ontario's municipalities in six censuses (`towny`), the World
Bank's country populations 1960-2022 (`countrypops`, a long table) and the daily S&P 500 index
1950-2015 (`sp500`), all shipped in the `great-tables` wheel. Asked by a consultant dictating
into a phone's voice-to-text between meetings; gold computed here with plain pandas."""

from __future__ import annotations

from tests.sealed18.cases import (
    BAR,
    BOX,
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

TOWNY = "towny.csv"
POPS = "countrypops.csv"
SP = "sp500.csv"

SQ_KM_PER_SQ_MILE = 2.589988110336


def towny() -> list[SealedCase]:
    t = load(TOWNY)
    by_name = t.set_index("name")
    toronto = by_name.loc["Toronto"]
    ottawa = by_name.loc["Ottawa"]
    hamilton = t[(t["name"] == "Hamilton") & (t["csd_type"] == "city")].iloc[0]
    cities = t[t["csd_type"] == "city"]
    towns = t[t["csd_type"] == "town"]
    return [
        one(
            TOWNY,
            "aggregate",
            "okay so for the Ontario towns file what's the total population in twenty twenty "
            "one adding up all the municipalities",
            num(t["population_2021"].sum()),
        ),
        one(
            TOWNY,
            "group",
            "total twenty twenty one population by census subdivision type so city town "
            "township village municipality",
            num(*t.groupby("csd_type")["population_2021"].sum()),
        ),
        one(
            TOWNY,
            "group",
            "how many municipalities are lower tier and how many single tier",
            num(*t["status"].value_counts()),
        ),
        one(
            TOWNY,
            "ranking",
            "top five municipalities by population in twenty twenty one",
            ranked(by_name["population_2021"], 5),
        ),
        one(
            TOWNY,
            "ranking",
            "the three most densely populated places as of the twenty twenty one census with "
            "their density",
            ranked(by_name["density_2021"], 3),
        ),
        one(
            TOWNY,
            "superlative",
            "which municipality is biggest by land area and how many square km",
            ranked(by_name["land_area_km2"], 1),
        ),
        one(
            TOWNY,
            "superlative",
            "what's the smallest twenty twenty one population of any municipality",
            num(t["population_2021"].min()),
        ),
        one(
            TOWNY,
            "chart",
            "scatter of land area against twenty twenty one population for the municipalities",
            SCATTER,
        ),
        one(
            TOWNY,
            "chart",
            "box plot of twenty twenty one density by status lower tier versus single tier",
            BOX,
        ),
        one(
            TOWNY,
            "compare",
            "Toronto versus Ottawa population in twenty twenty one just the two populations",
            num(toronto["population_2021"], ottawa["population_2021"]),
        ),
        one(
            TOWNY,
            "compare",
            "cities versus towns what's the average twenty twenty one density for each",
            num(cities["density_2021"].mean(), towns["density_2021"].mean()),
        ),
        one(
            TOWNY,
            "coverage",
            "how many municipalities are in the file",
            num(len(t)),
        ),
        one(
            TOWNY,
            "coverage",
            "how many different census divisions are there",
            num(t["census_div"].nunique()),
        ),
        one(
            TOWNY,
            "derived",
            "overall density for all of them together so total twenty twenty one population "
            "divided by total land area people per square km",
            num(t["population_2021"].sum() / t["land_area_km2"].sum()),
        ),
        one(
            TOWNY,
            "derived",
            "what share of the twenty twenty one population lives in places typed as city "
            "as a percent",
            num(cities["population_2021"].sum() / t["population_2021"].sum() * 100),
        ),
        one(
            TOWNY,
            "per-normalise",
            "the city of Hamilton not the township how many people per square kilometre using "
            "the twenty twenty one "
            "population and its land area",
            num(hamilton["population_2021"] / hamilton["land_area_km2"]),
        ),
        one(
            TOWNY,
            "per-normalise",
            "on average how many square km of land is there per municipality in the Simcoe "
            "census division",
            num(t[t["census_div"] == "Simcoe"]["land_area_km2"].mean()),
        ),
        one(
            TOWNY,
            "percent-change",
            "percent change in Toronto's population from nineteen ninety six to twenty twenty one",
            num(pct_change(toronto["population_1996"], toronto["population_2021"])),
        ),
        one(
            TOWNY,
            "percent-change",
            "um by how much in percent did the total population of all the municipalities "
            "change between the twenty sixteen and twenty twenty one censuses",
            num(pct_change(t["population_2016"].sum(), t["population_2021"].sum())),
        ),
        one(
            TOWNY,
            "numbers-in-question",
            "how many places had fewer than 1,000 residents in twenty twenty one",
            num((t["population_2021"] < 1000).sum()),
        ),
        one(
            TOWNY,
            "numbers-in-question",
            "how many municipalities grew by more than ten percent between twenty sixteen and "
            "twenty twenty one",
            num((t["pop_change_2016_2021_pct"] > 0.10).sum()),
        ),
        one(
            TOWNY,
            "units-columns",
            "what's Ottawa's land area in square miles sorry my client thinks in miles",
            num(ottawa["land_area_km2"] / SQ_KM_PER_SQ_MILE),
        ),
        one(
            TOWNY,
            "units-columns",
            "Toronto's pop change for twenty sixteen to twenty twenty one as a percentage",
            num(toronto["pop_change_2016_2021_pct"] * 100),
        ),
        one(
            TOWNY,
            "units-columns",
            "average population in twenty twenty one in thousands of people per municipality",
            num(t["population_2021"].mean() / 1000),
        ),
        SealedCase(
            TOWNY,
            [
                (
                    "Mississauga's population in twenty eleven",
                    num(by_name.loc["Mississauga", "population_2011"]),
                ),
                ("and in twenty twenty one", num(by_name.loc["Mississauga", "population_2021"])),
                (
                    "and Brampton for twenty twenty one",
                    num(by_name.loc["Brampton", "population_2021"]),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            TOWNY,
            [
                (
                    "how many villages are there in the Ontario file",
                    num((t["csd_type"] == "village").sum()),
                ),
                (
                    "their total twenty twenty one population",
                    num(t[t["csd_type"] == "village"]["population_2021"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            TOWNY,
            [
                (
                    "median density in twenty twenty one across municipalities",
                    num(t["density_2021"].median()),
                ),
                ("and back in nineteen ninety six", num(t["density_1996"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            TOWNY,
            [
                (
                    "average population in twenty twenty one by census subdivision type as a "
                    "bar chart",
                    BAR,
                ),
                (
                    "and just the number for townships",
                    num(t[t["csd_type"] == "township"]["population_2021"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            TOWNY,
            [
                (
                    "how many municipalities are in the Muskoka census division",
                    num((t["census_div"] == "Muskoka").sum()),
                ),
                (
                    "okay and their combined land area in square km",
                    num(t[t["census_div"] == "Muskoka"]["land_area_km2"].sum()),
                ),
            ],
            "follow-up",
        ),
        one(
            TOWNY,
            "unanswerable",
            "what's the median household income in Toronto",
            NO,
        ),
        one(
            TOWNY,
            "unanswerable",
            "what will Ottawa's population be at the twenty twenty six census",
            NO,
        ),
        one(
            TOWNY,
            "unanswerable",
            "who's the mayor of each of the cities",
            NO,
        ),
        one(
            TOWNY,
            "unanswerable",
            "what was the population of Montreal in the last census",
            NO,
        ),
    ]


def countrypops() -> list[SealedCase]:
    c = load(POPS)
    wide = c.pivot(index="country_name", columns="year", values="population")
    y22 = wide[2022]
    total22 = y22.sum()
    nordic = ["Denmark", "Finland", "Iceland", "Norway", "Sweden"]
    return [
        one(
            POPS,
            "aggregate",
            "okay country populations what's the total of all the countries added up for "
            "twenty twenty two",
            num(total22),
        ),
        one(
            POPS,
            "aggregate",
            "mean no median country population in the year two thousand",
            num(wide[2000].median()),
        ),
        one(
            POPS,
            "group",
            "populations of the Nordic countries Denmark Finland Iceland Norway and Sweden in "
            "twenty twenty",
            num(*wide.loc[nordic, 2020]),
        ),
        one(
            POPS,
            "group",
            "how many countries in twenty twenty two had over fifty million under a million "
            "and in between give me the three counts",
            num(
                (y22 > 50_000_000).sum(),
                (y22 < 1_000_000).sum(),
                ((y22 >= 1_000_000) & (y22 <= 50_000_000)).sum(),
            ),
        ),
        one(
            POPS,
            "ranking",
            "top five countries by population in twenty twenty two",
            ranked(y22, 5),
        ),
        one(
            POPS,
            "ranking",
            "the three smallest countries by population in twenty twenty two smallest first",
            ranked(y22, 3, ascending=True),
        ),
        one(
            POPS,
            "superlative",
            "which country added the most people between nineteen sixty and twenty twenty "
            "two and how many did it add",
            ranked(wide[2022] - wide[1960], 1),
        ),
        one(
            POPS,
            "chart",
            "line chart of Japan's population over the years",
            LINE,
        ),
        one(
            POPS,
            "compare",
            "Nigeria verses Brazil population in twenty twenty two",
            num(y22["Nigeria"], y22["Brazil"]),
        ),
        one(
            POPS,
            "compare",
            "France and the United Kingdom in the year two thousand how many people each",
            num(wide.loc["France", 2000], wide.loc["United Kingdom", 2000]),
        ),
        one(
            POPS,
            "coverage",
            "what years does the population data go from and to",
            num(c["year"].min(), c["year"].max()),
        ),
        one(
            POPS,
            "coverage",
            "how many different countries are in there",
            num(c["country_name"].nunique()),
        ),
        one(
            POPS,
            "derived",
            "what share of the twenty twenty two total is China as a percent of all the "
            "countries added up",
            num(y22["China"] / total22 * 100),
        ),
        one(
            POPS,
            "derived",
            "how many more people did India have than China in twenty twenty two the difference",
            num(y22["India"] - y22["China"]),
        ),
        one(
            POPS,
            "per-normalise",
            "what's the average population per country in twenty twenty two just the mean",
            num(y22.mean()),
        ),
        one(
            POPS,
            "percent-change",
            "percent change in Nigeria's population from two thousand to twenty twenty two",
            num(pct_change(wide.loc["Nigeria", 2000], y22["Nigeria"])),
        ),
        one(
            POPS,
            "percent-change",
            "Japan from twenty ten to twenty twenty two what's the percentage change",
            num(pct_change(wide.loc["Japan", 2010], y22["Japan"])),
        ),
        one(
            POPS,
            "numbers-in-question",
            "how many countries had more than a hundred million people in twenty twenty two",
            num((y22 > 100_000_000).sum()),
        ),
        one(
            POPS,
            "numbers-in-question",
            "count of countries under half a million people in twenty twenty two",
            num((y22 < 500_000).sum()),
        ),
        one(
            POPS,
            "units-columns",
            "population in twenty twenty two of the country with the three letter code BGD "
            "in millions",
            num(
                c[(c["country_code_3"] == "BGD") & (c["year"] == 2022)]["population"].iloc[0] / 1e6
            ),
        ),
        one(
            POPS,
            "long-format",
            "what was Canada's population in nineteen seventy five",
            num(wide.loc["Canada", 1975]),
        ),
        one(
            POPS,
            "long-format",
            "Ireland's population in nineteen ninety",
            num(wide.loc["Ireland", 1990]),
        ),
        one(
            POPS,
            "long-format",
            "what was the population of Kenya in twenty twenty two",
            num(y22["Kenya"]),
        ),
        one(
            POPS,
            "long-format",
            "Vietnam's population in the year nineteen eighty",
            num(wide.loc["Vietnam", 1980]),
        ),
        one(
            POPS,
            "long-format",
            "for Egypt give me its lowest population in the table and its highest",
            num(wide.loc["Egypt"].min(), wide.loc["Egypt"].max()),
        ),
        one(
            POPS,
            "long-format",
            "average population of Mexico over all the years in the data",
            num(wide.loc["Mexico"].mean()),
        ),
        SealedCase(
            POPS,
            [
                (
                    "population of the United States in nineteen sixty",
                    num(wide.loc["United States", 1960]),
                ),
                ("and twenty twenty two", num(y22["United States"])),
                (
                    "percent change between those two",
                    num(pct_change(wide.loc["United States", 1960], y22["United States"])),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            POPS,
            [
                (
                    "Pakistan's population in twenty fifteen",
                    num(wide.loc["Pakistan", 2015]),
                ),
                ("what about Bangladesh same year", num(wide.loc["Bangladesh", 2015])),
            ],
            "follow-up",
        ),
        SealedCase(
            POPS,
            [
                (
                    "top three countries by population in nineteen sixty",
                    ranked(wide[1960], 3),
                ),
                ("and for nineteen ninety", ranked(wide[1990], 3)),
            ],
            "follow-up",
        ),
        SealedCase(
            POPS,
            [
                (
                    "how many countries had over two hundred million people in twenty twenty two",
                    num((y22 > 200_000_000).sum()),
                ),
                (
                    "and in nineteen eighty",
                    num((wide[1980] > 200_000_000).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            POPS,
            [
                (
                    "Germany's population in twenty twenty two in millions",
                    num(y22["Germany"] / 1e6),
                ),
                ("and France also in millions", num(y22["France"] / 1e6)),
            ],
            "follow-up",
        ),
        one(
            POPS,
            "unanswerable",
            "what's the GDP per head of each country",
            NO,
        ),
        one(
            POPS,
            "unanswerable",
            "what will India's population be in twenty fifty",
            NO,
        ),
        one(
            POPS,
            "unanswerable",
            "what's the population of Scotland on its own",
            NO,
        ),
        one(
            POPS,
            "unanswerable",
            "how many people lived in Brazil in nineteen fifty",
            NO,
        ),
    ]


def sp500() -> list[SealedCase]:
    s = load(SP, "date").sort_values("_d").reset_index(drop=True)
    s["year"] = s["_d"].dt.year
    ret = s["close"].pct_change() * 100
    by_date = s.set_index("date")
    y15 = s[s["year"] == 2015]
    y14 = s[s["year"] == 2014]
    year_close = s.groupby("year")["close"].last()
    weekdays = s["_d"].dt.dayofweek
    return [
        one(
            SP,
            "aggregate",
            "for the S&P file what's the average closing price over the whole thing",
            num(s["close"].mean()),
        ),
        one(
            SP,
            "aggregate",
            "average daily volume in twenty fifteen",
            num(y15["volume"].mean()),
        ),
        one(
            SP,
            "group",
            "average close for each year from twenty eleven to twenty fifteen",
            num(*s[s["year"].between(2011, 2015)].groupby("year")["close"].mean()),
        ),
        one(
            SP,
            "ranking",
            "the three worst days ever by percentage change in the close from the previous "
            "trading day worst first",
            ranked(ret.set_axis(s["date"]).dropna(), 3, ascending=True),
        ),
        one(
            SP,
            "ranking",
            "top three years by average daily volume",
            ranked(s.groupby("year")["volume"].mean(), 3),
        ),
        one(
            SP,
            "superlative",
            "which day had the highest close and what was the close",
            ranked(by_date["close"], 1),
        ),
        one(
            SP,
            "superlative",
            "what's the biggest one day percentage gain in the close ever",
            num(ret.max()),
        ),
        one(
            SP,
            "chart",
            "can you throw up a line chart of the closing price over time",
            LINE,
        ),
        one(
            SP,
            "compare",
            "average close in two thousand seven no wait two thousand eight versus two "
            "thousand nine",
            num(
                s[s["year"] == 2008]["close"].mean(),
                s[s["year"] == 2009]["close"].mean(),
            ),
        ),
        one(
            SP,
            "compare",
            "total volume January twenty fifteen versus December twenty fifteen",
            num(
                y15[y15["_d"].dt.month == 1]["volume"].sum(),
                y15[y15["_d"].dt.month == 12]["volume"].sum(),
            ),
        ),
        one(
            SP,
            "coverage",
            "what's the first year and the last year in the S and P data",
            num(s["year"].min(), s["year"].max()),
        ),
        one(
            SP,
            "coverage",
            "how many trading days are there in twenty fifteen",
            num(len(y15)),
        ),
        one(
            SP,
            "date-part",
            "average volume by day of the week in twenty fifteen Monday to Friday",
            num(*y15.groupby(y15["_d"].dt.dayofweek)["volume"].mean()),
        ),
        one(
            SP,
            "date-part",
            "average close per quarter in twenty fourteen so Q one through Q four",
            num(*y14.groupby(y14["_d"].dt.quarter)["close"].mean()),
        ),
        one(
            SP,
            "date-part",
            "how many trading days in each month of twenty fifteen",
            num(*y15.groupby(y15["_d"].dt.month).size()),
        ),
        one(
            SP,
            "date-part",
            "over the whole history what's the average daily percent change in the close on "
            "Mondays versus on Fridays",
            num(ret[weekdays == 0].mean(), ret[weekdays == 4].mean()),
        ),
        one(
            SP,
            "date-part",
            "which month of twenty fifteen had the highest average close and what was it",
            num(y15.groupby(y15["_d"].dt.month)["close"].mean().max()),
        ),
        one(
            SP,
            "date-part",
            "how many trading days were there in nineteen fifty",
            num((s["year"] == 1950).sum()),
        ),
        one(
            SP,
            "derived",
            "average daily range high minus low in twenty fifteen",
            num((y15["high"] - y15["low"]).mean()),
        ),
        one(
            SP,
            "derived",
            "what percent of trading days in twenty fifteen closed above the open",
            num((y15["close"] > y15["open"]).mean() * 100),
        ),
        one(
            SP,
            "per-normalise",
            "total shares traded in twenty fourteen divided by the number of trading days "
            "that year so volume per trading day",
            num(y14["volume"].sum() / len(y14)),
        ),
        one(
            SP,
            "percent-change",
            "percent change in the close from the first trading day of twenty fifteen to the last",
            num(pct_change(y15["close"].iloc[0], y15["close"].iloc[-1])),
        ),
        one(
            SP,
            "percent-change",
            "how much did the index fall in two thousand eight in percent comparing the last "
            "close of two thousand seven with the last close of two thousand eight",
            num(pct_change(year_close[2007], year_close[2008])),
        ),
        one(
            SP,
            "percent-change",
            "percentage change in average daily volume from two thousand to twenty ten",
            num(
                pct_change(
                    s[s["year"] == 2000]["volume"].mean(), s[s["year"] == 2010]["volume"].mean()
                )
            ),
        ),
        one(
            SP,
            "numbers-in-question",
            "how many days in twenty fifteen had volume over four billion",
            num((y15["volume"] > 4e9).sum()),
        ),
        one(
            SP,
            "numbers-in-question",
            "how many days did the close finish above two thousand",
            num((s["close"] > 2000).sum()),
        ),
        one(
            SP,
            "numbers-in-question",
            "how many days did the close move more than 3% either way from the day before",
            num((ret.abs() > 3).sum()),
        ),
        one(
            SP,
            "units-columns",
            "average daily volume in billions for twenty fourteen",
            num(y14["volume"].mean() / 1e9),
        ),
        SealedCase(
            SP,
            [
                (
                    "okay S and P lowest close in twenty fifteen",
                    num(y15["close"].min()),
                ),
                ("and the highest", num(y15["close"].max())),
                ("same two for twenty fourteen", num(y14["close"].min(), y14["close"].max())),
            ],
            "follow-up",
        ),
        SealedCase(
            SP,
            [
                (
                    "average close in nineteen ninety nine",
                    num(s[s["year"] == 1999]["close"].mean()),
                ),
                (
                    "no sorry the median",
                    num(s[s["year"] == 1999]["close"].median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SP,
            [
                (
                    "average yearly close as a line chart",
                    LINE,
                ),
                (
                    "and what was the average close in nineteen eighty seven",
                    num(s[s["year"] == 1987]["close"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SP,
            [
                (
                    "how many days in twenty fifteen was the close below the open",
                    num((y15["close"] < y15["open"]).sum()),
                ),
                ("and in twenty fourteen", num((y14["close"] < y14["open"]).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            SP,
            [
                (
                    "total volume for twenty thirteen",
                    num(s[s["year"] == 2013]["volume"].sum()),
                ),
                (
                    "percent change to twenty fourteen's total",
                    num(pct_change(s[s["year"] == 2013]["volume"].sum(), y14["volume"].sum())),
                ),
            ],
            "follow-up",
        ),
        one(
            SP,
            "unanswerable",
            "what was Apple's share price on the last day",
            NO,
        ),
        one(
            SP,
            "unanswerable",
            "where will the S&P close at the end of next year",
            NO,
        ),
        one(
            SP,
            "unanswerable",
            "what was the close in January twenty sixteen",
            NO,
        ),
        one(
            SP,
            "unanswerable",
            "what dividend yield did the index pay each year",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return towny() + countrypops() + sp500()
