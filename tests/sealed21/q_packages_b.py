"""The PACKAGES half, part B: the US monthly unemployment rate 1948-2016 in long format
(bokeh_sampledata, melted), the periodic table of the elements (bokeh_sampledata), and the
Olympic men's 100 m medallists 1896-2012 (bokeh_sampledata). Asked as a statistics
lecturer's worksheet exercises; gold computed here with plain pandas from the CSVs."""

from __future__ import annotations

import pandas as pd

from tests.sealed21.cases import (
    BAR,
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

UNEMPLOYMENT = "us_unemployment_rate_long.csv"
ELEMENTS = "periodic_table_elements.csv"
SPRINT = "olympic_100m_medallists.csv"

QUARTERS = {
    "Jan": 1,
    "Feb": 1,
    "Mar": 1,
    "Apr": 2,
    "May": 2,
    "Jun": 2,
    "Jul": 3,
    "Aug": 3,
    "Sep": 3,
    "Oct": 4,
    "Nov": 4,
    "Dec": 4,
}


def unemployment() -> list[SealedCase]:
    u = load(UNEMPLOYMENT)
    rate = u["rate"]
    yearly = u.groupby("Year")["rate"].mean()

    def at(year: int, month: str) -> float:
        return float(u[(u["Year"] == year) & (u["Month"] == month)]["rate"].iloc[0])

    by_month = u.groupby("Month")["rate"].mean()
    decade = u["Year"] // 10 * 10
    in_50s_to_00s = u[(u["Year"] >= 1950) & (u["Year"] <= 2009)]
    y1975 = u[u["Year"] == 1975].set_index("Month")["rate"]
    y2008 = u[u["Year"] == 2008]["rate"]
    y2009 = u[u["Year"] == 2009]["rate"]
    high = u.loc[rate.idxmax()]
    return [
        one(
            UNEMPLOYMENT,
            "aggregate",
            "The data give the US civilian unemployment rate (per cent) for every month from "
            "1948 onwards, one row per year and month. Compute the mean monthly rate over the "
            "whole sample.",
            num(rate.mean()),
        ),
        one(
            UNEMPLOYMENT,
            "aggregate",
            "Find the median of the monthly unemployment rates for the years 1990 to 1999 "
            "inclusive.",
            num(u[u["Year"].between(1990, 1999)]["rate"].median()),
        ),
        one(
            UNEMPLOYMENT,
            "long-format",
            "State the unemployment rate recorded for March 1983.",
            num(at(1983, "Mar")),
        ),
        one(
            UNEMPLOYMENT,
            "long-format",
            "Compute the mean unemployment rate over all the January observations in the sample.",
            num(by_month["Jan"]),
        ),
        one(
            UNEMPLOYMENT,
            "long-format",
            "Determine the month of 1975 in which the unemployment rate was highest, and give "
            "that rate.",
            num(y1975.max()),
        ),
        one(
            UNEMPLOYMENT,
            "long-format",
            "Report the mean of the December rates for the years 2000 to 2009.",
            num(u[(u["Month"] == "Dec") & u["Year"].between(2000, 2009)]["rate"].mean()),
        ),
        one(
            UNEMPLOYMENT,
            "long-format",
            "Compare the unemployment rate in October 2009 with the rate in October 2016.",
            num(at(2009, "Oct"), at(2016, "Oct")),
        ),
        one(
            UNEMPLOYMENT,
            "group",
            "Compute the mean monthly unemployment rate for each decade from the 1950s to the "
            "2000s (1950-1959, ..., 2000-2009).",
            num(*in_50s_to_00s.groupby(decade)["rate"].mean()),
        ),
        one(
            UNEMPLOYMENT,
            "ranking",
            "Rank the twelve calendar months by their mean unemployment rate over all years, "
            "and give the top three months with their means.",
            ranked(by_month, 3),
        ),
        one(
            UNEMPLOYMENT,
            "ranking",
            "Taking each year's mean of its monthly rates, list the three years with the "
            "lowest annual mean, lowest first.",
            ranked(yearly, 3, ascending=True),
        ),
        one(
            UNEMPLOYMENT,
            "superlative",
            "Determine the highest monthly unemployment rate in the sample, and state the "
            "year in which it occurred.",
            num(high["rate"], high["Year"]),
        ),
        one(
            UNEMPLOYMENT,
            "superlative",
            "Which year had the highest mean of its twelve monthly rates? Give the year and "
            "that mean.",
            num(yearly.idxmax(), yearly.max()),
        ),
        one(
            UNEMPLOYMENT,
            "chart",
            "Plot the annual mean unemployment rate against year as a line chart.",
            LINE,
        ),
        one(
            UNEMPLOYMENT,
            "compare",
            "Compare the mean unemployment rate in 1982 with the mean rate in 2010.",
            num(yearly[1982], yearly[2010]),
        ),
        one(
            UNEMPLOYMENT,
            "coverage",
            "State the first and the last year covered by the unemployment series.",
            num(u["Year"].min(), u["Year"].max()),
        ),
        one(
            UNEMPLOYMENT,
            "date-part",
            "Compute the mean unemployment rate for each calendar quarter (Q1 = January to "
            "March, and so on), pooling all years.",
            num(*u.groupby(u["Month"].map(QUARTERS))["rate"].mean()),
        ),
        one(
            UNEMPLOYMENT,
            "date-part",
            "For the year 2009 alone, find the mean rate in each quarter.",
            num(*u[u["Year"] == 2009].groupby(u["Month"].map(QUARTERS))["rate"].mean()),
        ),
        one(
            UNEMPLOYMENT,
            "date-part",
            "Split the year 2016 into its first half (January to June) and second half (July "
            "to December). Report the mean unemployment rate in each half.",
            num(
                u[(u["Year"] == 2016) & (u["Month"].map(QUARTERS) <= 2)]["rate"].mean(),
                u[(u["Year"] == 2016) & (u["Month"].map(QUARTERS) >= 3)]["rate"].mean(),
            ),
        ),
        one(
            UNEMPLOYMENT,
            "date-part",
            "Find the median unemployment rate for each calendar month across all years.",
            num(*u.groupby("Month")["rate"].median()),
        ),
        one(
            UNEMPLOYMENT,
            "derived",
            "Compute the difference, in percentage points, between the highest and the "
            "lowest annual mean unemployment rate in the sample.",
            num(yearly.max() - yearly.min()),
        ),
        one(
            UNEMPLOYMENT,
            "per-normalise",
            "How many months per year, on average, had an unemployment rate above 7? Divide "
            "the number of such months by the number of years in the sample.",
            num((rate > 7).sum() / u["Year"].nunique()),
        ),
        one(
            UNEMPLOYMENT,
            "percent-change",
            "Calculate the percentage change in the annual mean unemployment rate from 2009 "
            "to 2016.",
            num(pct_change(yearly[2009], yearly[2016])),
        ),
        one(
            UNEMPLOYMENT,
            "percent-change",
            "By what percentage did the unemployment rate change from January 2000 to "
            "January 2010?",
            num(pct_change(at(2000, "Jan"), at(2010, "Jan"))),
        ),
        one(
            UNEMPLOYMENT,
            "percent-change",
            "Report the percentage change in the annual mean rate between 1969 and 1982.",
            num(pct_change(yearly[1969], yearly[1982])),
        ),
        one(
            UNEMPLOYMENT,
            "numbers-in-question",
            "Count the months in the sample with an unemployment rate above 7.5%.",
            num((rate > 7.5).sum()),
        ),
        one(
            UNEMPLOYMENT,
            "numbers-in-question",
            "How many years had an annual mean unemployment rate under 4 per cent?",
            num((yearly < 4).sum()),
        ),
        one(
            UNEMPLOYMENT,
            "units-columns",
            "The rate column is a percentage. Express the mean rate for 2016 as a proportion "
            "(a fraction between 0 and 1).",
            num(yearly[2016] / 100),
        ),
        one(
            UNEMPLOYMENT,
            "unanswerable",
            "Compute the mean unemployment rate for the state of Ohio.",
            NO,
        ),
        one(
            UNEMPLOYMENT,
            "unanswerable",
            "How many people were unemployed in the month with the highest rate?",
            NO,
        ),
        one(
            UNEMPLOYMENT,
            "unanswerable",
            "Report the unemployment rate among workers aged under twenty-five.",
            NO,
        ),
        one(
            UNEMPLOYMENT,
            "unanswerable",
            "Predict the unemployment rate for the year after the series ends.",
            NO,
        ),
        SealedCase(
            UNEMPLOYMENT,
            [
                ("(a) Compute the mean monthly unemployment rate for 2008.", num(y2008.mean())),
                ("(b) Repeat for 2009.", num(y2009.mean())),
                (
                    "(c) Give the percentage change from the 2008 mean to the 2009 mean.",
                    num(pct_change(y2008.mean(), y2009.mean())),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            UNEMPLOYMENT,
            [
                ("(a) What was the unemployment rate in June 1958?", num(at(1958, "Jun"))),
                ("(b) And in June 1968?", num(at(1968, "Jun"))),
            ],
            "follow-up",
        ),
        SealedCase(
            UNEMPLOYMENT,
            [
                (
                    "(a) Find the maximum monthly unemployment rate recorded in the 1970s "
                    "(1970-1979).",
                    num(u[u["Year"].between(1970, 1979)]["rate"].max()),
                ),
                (
                    "(b) Repeat for the 1990s.",
                    num(u[u["Year"].between(1990, 1999)]["rate"].max()),
                ),
                (
                    "(c) Now give the minimum for the 1990s instead.",
                    num(u[u["Year"].between(1990, 1999)]["rate"].min()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            UNEMPLOYMENT,
            [
                (
                    "(a) Compute the annual mean unemployment rate for each year from 2005 to "
                    "2015.",
                    num(*yearly.loc[2005:2015]),
                ),
                ("(b) Illustrate these annual means with a bar chart.", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            UNEMPLOYMENT,
            [
                (
                    "(a) Count the months in which the unemployment rate was 10 or higher.",
                    num((rate >= 10).sum()),
                ),
                (
                    "(b) Now restrict to the years from 2000 onwards.",
                    num(((rate >= 10) & (u["Year"] >= 2000)).sum()),
                ),
            ],
            "follow-up",
        ),
    ]


def elements() -> list[SealedCase]:
    e = load(ELEMENTS)
    named = e.set_index("name")
    solids = e[e["standard state"] == "solid"]
    year = pd.to_numeric(e["year discovered"], errors="coerce")
    melt, boil = e["melting point"], e["boiling point"]
    alkali = e[e["metal"] == "alkali metal"]
    earth = e[e["metal"] == "alkaline earth metal"]
    transition = e[e["metal"] == "transition metal"]
    lanth = e[e["metal"] == "lanthanoid"]
    halogen = e[e["metal"] == "halogen"]
    return [
        one(
            ELEMENTS,
            "aggregate",
            "The data list the 118 chemical elements with their physical properties. Compute "
            "the mean density of the elements whose standard state is solid.",
            num(solids["density"].mean()),
        ),
        one(
            ELEMENTS,
            "aggregate",
            "Find the median melting point over all elements for which it is recorded.",
            num(melt.median()),
        ),
        one(
            ELEMENTS,
            "group",
            "Compute the mean electronegativity for each category of the metal column, "
            "leaving out any category in which no electronegativity is recorded.",
            num(*e.groupby("metal")["electronegativity"].mean().dropna()),
        ),
        one(
            ELEMENTS,
            "group",
            "Find the number of elements in each period of the table (periods 1 to 7).",
            num(*e.groupby("period").size()),
        ),
        one(
            ELEMENTS,
            "ranking",
            "List the three densest elements by name, densest first, with their densities.",
            ranked(named["density"], 3),
        ),
        one(
            ELEMENTS,
            "ranking",
            "Rank the elements by first ionisation energy (IE-1) and give the top three with "
            "their values.",
            ranked(named["IE-1"], 3),
        ),
        one(
            ELEMENTS,
            "ranking",
            "Give the three elements with the lowest melting points, lowest first.",
            ranked(named["melting point"], 3, ascending=True),
        ),
        one(
            ELEMENTS,
            "superlative",
            "Determine which element has the highest boiling point and state that boiling point.",
            num(boil.max()),
        ),
        one(
            ELEMENTS,
            "superlative",
            "Which element is the most electronegative? Report its electronegativity.",
            ranked(named["electronegativity"], 1),
        ),
        one(
            ELEMENTS,
            "chart",
            "Draw a scatter plot of first ionisation energy against atomic number.",
            SCATTER,
        ),
        one(
            ELEMENTS,
            "chart",
            "Produce a bar chart of the number of elements in each category of the metal column.",
            BAR,
        ),
        one(
            ELEMENTS,
            "compare",
            "Compare the mean melting point of the alkali metals with that of the alkaline "
            "earth metals.",
            num(alkali["melting point"].mean(), earth["melting point"].mean()),
        ),
        one(
            ELEMENTS,
            "coverage",
            "How many distinct categories does the metal column contain?",
            num(e["metal"].nunique()),
        ),
        one(
            ELEMENTS,
            "coverage",
            "Among the elements with a numeric year of discovery, state the earliest and the "
            "latest year.",
            num(year.min(), year.max()),
        ),
        one(
            ELEMENTS,
            "derived",
            "The liquid range of an element is its boiling point minus its melting point. "
            "Compute the mean liquid range over the elements with both values recorded.",
            num((boil - melt).mean()),
        ),
        one(
            ELEMENTS,
            "per-normalise",
            "How many elements were discovered per decade during the nineteenth century "
            "(discovery years 1800 to 1899)? Divide the count by ten decades.",
            num(year.between(1800, 1899).sum() / 10),
        ),
        one(
            ELEMENTS,
            "numbers-in-question",
            "Count the elements with a density over 10.",
            num((e["density"] > 10).sum()),
        ),
        one(
            ELEMENTS,
            "numbers-in-question",
            "How many elements have a melting point above 2,000 K?",
            num((melt > 2000).sum()),
        ),
        one(
            ELEMENTS,
            "units-columns",
            "The melting point column is in kelvin. Give the melting point of iron in degrees "
            "Celsius.",
            num(named.loc["Iron", "melting point"] - 273.15),
        ),
        one(
            ELEMENTS,
            "units-columns",
            "Density is given in grams per cubic centimetre. Express the density of gold in "
            "kilograms per cubic metre.",
            num(named.loc["Gold", "density"] * 1000),
        ),
        one(
            ELEMENTS,
            "unanswerable",
            "Compute the mean market price per kilogram of the transition metals.",
            NO,
        ),
        one(
            ELEMENTS,
            "unanswerable",
            "Determine which element is most abundant in the Earth's crust.",
            NO,
        ),
        one(
            ELEMENTS,
            "unanswerable",
            "State which scientist discovered the most elements.",
            NO,
        ),
        SealedCase(
            ELEMENTS,
            [
                (
                    "(a) Compute the mean density of the transition metals.",
                    num(transition["density"].mean()),
                ),
                ("(b) Repeat for the lanthanoids.", num(lanth["density"].mean())),
                ("(c) Now give the median for the lanthanoids.", num(lanth["density"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            ELEMENTS,
            [
                (
                    "(a) How many elements in period 4 are classed as transition metals?",
                    num((transition["period"] == 4).sum()),
                ),
                (
                    "(b) And in period 6?",
                    num((transition["period"] == 6).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            ELEMENTS,
            [
                (
                    "(a) Find the mean atomic radius of the alkali metals.",
                    num(alkali["atomic radius"].mean()),
                ),
                (
                    "(b) Repeat for the halogens.",
                    num(halogen["atomic radius"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            ELEMENTS,
            [
                (
                    "(a) Give the boiling point of mercury in kelvin.",
                    num(named.loc["Mercury", "boiling point"]),
                ),
                (
                    "(b) Convert it to degrees Celsius.",
                    num(named.loc["Mercury", "boiling point"] - 273.15),
                ),
            ],
            "follow-up",
        ),
    ]


def sprint() -> list[SealedCase]:
    s = load(SPRINT)
    gold = s[s["Medal"] == "GOLD"].set_index("Year")["Time"]
    silver = s[s["Medal"] == "SILVER"].set_index("Year")["Time"]
    per_country = s.groupby("Country").size()
    usa, jam, gbr = (s[s["Country"] == c] for c in ("USA", "JAM", "GBR"))
    early, late = gold[gold.index < 1950], gold[gold.index >= 1950]
    games = s["Year"].nunique()
    return [
        one(
            SPRINT,
            "aggregate",
            "The data list every medallist in the men's Olympic 100 metres from 1896 to 2012, "
            "with the time in seconds. Compute the mean Time over all medallists.",
            num(s["Time"].mean()),
        ),
        one(
            SPRINT,
            "aggregate",
            "How many medals in total were won by athletes from the USA?",
            num(len(usa)),
        ),
        one(
            SPRINT,
            "long-format",
            "Compute the mean winning time, i.e. the mean Time over the GOLD medallists only.",
            num(gold.mean()),
        ),
        one(
            SPRINT,
            "long-format",
            "Count the SILVER medals won by Great Britain (GBR).",
            num((gbr["Medal"] == "SILVER").sum()),
        ),
        one(
            SPRINT,
            "long-format",
            "Find the median Time of the BRONZE medallists.",
            num(s[s["Medal"] == "BRONZE"]["Time"].median()),
        ),
        one(
            SPRINT,
            "long-format",
            "How many gold medals did Jamaica (JAM) win?",
            num((jam["Medal"] == "GOLD").sum()),
        ),
        one(
            SPRINT,
            "group",
            "Compute the number of medals won by each country, for the countries with at "
            "least three medals.",
            num(*per_country[per_country >= 3]),
        ),
        one(
            SPRINT,
            "group",
            "Find the mean Time for each medal type (gold, silver, bronze).",
            num(*s.groupby("Medal")["Time"].mean()),
        ),
        one(
            SPRINT,
            "ranking",
            "Rank the countries by total number of medals and give the top three with their "
            "counts.",
            ranked(per_country, 3),
        ),
        one(
            SPRINT,
            "ranking",
            "List the three Olympic years with the fastest winning (gold-medal) times, "
            "fastest first, with those times.",
            ranked(gold, 3, ascending=True),
        ),
        one(
            SPRINT,
            "superlative",
            "State the fastest time recorded by any medallist in the data.",
            num(s["Time"].min()),
        ),
        one(
            SPRINT,
            "superlative",
            "Which country has won the most gold medals, and how many?",
            num(s[s["Medal"] == "GOLD"]["Country"].value_counts().max()),
        ),
        one(
            SPRINT,
            "chart",
            "Plot the winning time against year as a line chart.",
            LINE,
        ),
        one(
            SPRINT,
            "compare",
            "Compare the winning time in 1968 with the winning time in 1988.",
            num(gold[1968], gold[1988]),
        ),
        one(
            SPRINT,
            "compare",
            "Compare the mean Time of the USA's medallists with the mean Time of Jamaica's "
            "medallists.",
            num(usa["Time"].mean(), jam["Time"].mean()),
        ),
        one(
            SPRINT,
            "coverage",
            "How many distinct Olympic Games (years) are represented in the data, and how many "
            "distinct athletes?",
            num(games, s["Name"].nunique()),
        ),
        one(
            SPRINT,
            "coverage",
            "State the first and the last year in the sprint data.",
            num(s["Year"].min(), s["Year"].max()),
        ),
        one(
            SPRINT,
            "derived",
            "Compute the winning margin in 2008: the silver medallist's time minus the gold "
            "medallist's time, in seconds.",
            num(silver[2008] - gold[2008]),
        ),
        one(
            SPRINT,
            "derived",
            "What proportion of all medals went to the USA? Report it as a percentage.",
            num(len(usa) / len(s) * 100),
        ),
        one(
            SPRINT,
            "per-normalise",
            "On average, how many medals did the USA win per Games? Divide its medal count by "
            "the number of distinct years in the data.",
            num(len(usa) / games),
        ),
        one(
            SPRINT,
            "percent-change",
            "Calculate the percentage change in the winning time from 1896 to 2012.",
            num(pct_change(gold[1896], gold[2012])),
        ),
        one(
            SPRINT,
            "percent-change",
            "Calculate the percentage change in the winning time between the 1936 Games and "
            "the 1996 Games.",
            num(pct_change(gold[1936], gold[1996])),
        ),
        one(
            SPRINT,
            "numbers-in-question",
            "How many medal-winning times are under 10 seconds?",
            num((s["Time"] < 10).sum()),
        ),
        one(
            SPRINT,
            "units-columns",
            "Time is in seconds over 100 metres. Convert the 2012 winning time into an average "
            "speed in kilometres per hour.",
            num(100 / gold[2012] * 3.6),
        ),
        one(
            SPRINT,
            "units-columns",
            "Express the mean winning time as an average speed in metres per second, i.e. 100 "
            "divided by the mean gold-medal Time.",
            num(100 / gold.mean()),
        ),
        one(
            SPRINT,
            "unanswerable",
            "Compute the mean wind speed during the finals.",
            NO,
        ),
        one(
            SPRINT,
            "unanswerable",
            "Find the mean winning time in the women's event.",
            NO,
        ),
        one(
            SPRINT,
            "unanswerable",
            "Report the mean age of the gold medallists.",
            NO,
        ),
        one(
            SPRINT,
            "unanswerable",
            "State the winning time at the Games held after the last ones in the data.",
            NO,
        ),
        SealedCase(
            SPRINT,
            [
                ("(a) Compute the mean winning time for the Games before 1950.", num(early.mean())),
                ("(b) Repeat for the Games from 1950 onwards.", num(late.mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            SPRINT,
            [
                ("(a) How many medals did Canada (CAN) win?", num((s["Country"] == "CAN").sum())),
                (
                    "(b) How many of those were gold?",
                    num(((s["Country"] == "CAN") & (s["Medal"] == "GOLD")).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SPRINT,
            [
                ("(a) Find the slowest gold-medal time in the data.", num(gold.max())),
                ("(b) And the slowest silver-medal time?", num(silver.max())),
            ],
            "follow-up",
        ),
        SealedCase(
            SPRINT,
            [
                (
                    "(a) Count the medals won by each Medal type for the USA.",
                    num(*usa.groupby("Medal").size()),
                ),
                ("(b) Show these counts as a pie chart.", PIE),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return unemployment() + elements() + sprint()
