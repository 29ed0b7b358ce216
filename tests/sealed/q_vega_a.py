"""Questions over two vega_datasets tables: cars.csv and seattle_weather.csv."""

from __future__ import annotations

from tests.sealed.cases import (
    BAR,
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


def cars() -> list[SealedCase]:
    t = "cars.csv"
    c = load(t, "Year")
    year = c["_d"].dt.year
    mpg, hp = c["Miles_per_Gallon"], c["Horsepower"]

    def count(cyl: int, origin: str) -> int:
        return int(((c["Cylinders"] == cyl) & (c["Origin"] == origin)).sum())

    def accel(origin: str) -> float:
        return c.loc[c["Origin"] == origin, "Acceleration"].mean()

    by_name_weight = c.set_index("Name")["Weight_in_lbs"]
    return [
        one(t, "aggregate", "avg mpg for japanese cars", num(mpg[c["Origin"] == "Japan"].mean())),
        one(
            t,
            "group",
            "average horsepower by origin",
            num(*c.groupby("Origin")["Horsepower"].mean()),
        ),
        one(
            t,
            "units-columns",
            "mean weight in lbs of 4 cyl cars",
            num(c.loc[c["Cylinders"] == 4, "Weight_in_lbs"].mean()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many cars weigh over 3.5k lbs",
            num((c["Weight_in_lbs"] > 3500).sum()),
        ),
        one(t, "numbers-in-question", "cars with more than 150 hp - count", num((hp > 150).sum())),
        one(
            t,
            "ranking",
            "top 3 cylinder counts by number of cars",
            top(c["Cylinders"].value_counts()),
        ),
        one(t, "ranking", "3 heaviest cars", top(by_name_weight)),
        one(
            t,
            "derived",
            "what percent of the cars are from europe",
            num((c["Origin"] == "Europe").mean() * 100),
        ),
        one(t, "coverage", "which years does the data cover", num(year.min(), year.max())),
        one(
            t,
            "percent-change",
            "% change in avg mpg from 1970 to 1980",
            num(pct_change(mpg[year == 1970].mean(), mpg[year == 1980].mean())),
        ),
        one(
            t,
            "compare",
            "is avg acceleration higher for europe or japan",
            num(accel("Europe"), accel("Japan")),
        ),
        one(t, "chart", "scatter of horsepower vs mpg", SCATTER),
        one(t, "chart", "distribution of mpg", HISTOGRAM),
        one(
            t,
            "units-columns",
            "total weight_in_lbs of all 3 cylinder cars",
            num(c.loc[c["Cylinders"] == 3, "Weight_in_lbs"].sum()),
        ),
        one(t, "aggregate", "median displacement", num(c["Displacement"].median())),
        one(
            t,
            "aggregate",
            "max acceleration for 8 cylinder cars",
            num(c.loc[c["Cylinders"] == 8, "Acceleration"].max()),
        ),
        one(t, "aggregate", "how many cars have no mpg value", num(mpg.isna().sum())),
        one(t, "unanswerable", "avg price of a usa car", NO),
        one(t, "unanswerable", "how many cars from 1995", NO),
        SealedCase(
            t,
            [
                ("avg mpg in 1975", num(mpg[year == 1975].mean())),
                ("and in 1980?", num(mpg[year == 1980].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many 6 cylinder cars from usa", num(count(6, "USA"))),
                ("what about japan", num(count(6, "Japan"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "avg weight of european cars",
                    num(c.loc[c["Origin"] == "Europe", "Weight_in_lbs"].mean()),
                ),
                ("and their avg hp", num(hp[c["Origin"] == "Europe"].mean())),
            ],
            "follow-up",
        ),
    ]


def seattle() -> list[SealedCase]:
    t = "seattle_weather.csv"
    w = load(t, "date", "%Y/%m/%d")
    year, month = w["_d"].dt.year, w["_d"].dt.month
    rain, tmax, tmin = w["precipitation (mm)"], w["max temp (C)"], w["min temp (C)"]
    wind = w["wind (m/s)"]

    def snow(y: int) -> int:
        return int(((w["weather"] == "snow") & (year == y)).sum())

    return [
        one(t, "aggregate", "total precip in 2015", num(rain[year == 2015].sum())),
        one(t, "date-part", "avg max temp in july", num(tmax[month == 7].mean())),
        one(t, "group", "number of days per weather type", num(*w["weather"].value_counts())),
        one(
            t,
            "numbers-in-question",
            "how many days had more than 20 mm of rain",
            num((rain > 20).sum()),
        ),
        one(t, "numbers-in-question", "days with max temp above 30", num((tmax > 30).sum())),
        one(t, "date-part", "avg wind on sundays", num(wind[w["_d"].dt.dayofweek == 6].mean())),
        one(t, "coverage", "what date range does this cover", num(year.min(), year.max())),
        one(
            t,
            "percent-change",
            "percent change in total precipitation from 2012 to 2015",
            num(pct_change(rain[year == 2012].sum(), rain[year == 2015].sum())),
        ),
        one(
            t,
            "compare",
            "was 2013 or 2014 warmer? avg max temp",
            num(tmax[year == 2013].mean(), tmax[year == 2014].mean()),
        ),
        one(t, "chart", "line chart of max temp over time", LINE),
        one(t, "chart", "bar chart of days by weather", BAR),
        one(t, "derived", "avg daily temperature range (max minus min)", num((tmax - tmin).mean())),
        one(
            t,
            "ranking",
            "top 3 weather types by avg precipitation",
            top(w.groupby("weather")["precipitation (mm)"].mean()),
        ),
        one(t, "units-columns", "highest wind speed in m/s", num(wind.max())),
        one(
            t,
            "units-columns",
            "avg precipitation (mm) on rain days",
            num(rain[w["weather"] == "rain"].mean()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many days in 2014 had min temp below 0",
            num(((tmin < 0) & (year == 2014)).sum()),
        ),
        one(t, "unanswerable", "avg humidity in 2014", NO),
        one(t, "unanswerable", "how much did it snow in 2018", NO),
        SealedCase(
            t,
            [("how many snow days in 2012", num(snow(2012))), ("and 2013?", num(snow(2013)))],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg min temp in jan 2013", num(tmin[(year == 2013) & (month == 1)].mean())),
                ("and in feb?", num(tmin[(year == 2013) & (month == 2)].mean())),
            ],
            "follow-up",
        ),
    ]
