"""Questions over two plotnine tables: tx_housing.csv (Texas home sales by city and month)
and economics_long.csv (US economic series in long format: date, variable, value)."""

from __future__ import annotations

from tests.sealed2.cases import LINE, NO, SealedCase, load, num, one, pct_change, top


def tx_housing() -> list[SealedCase]:
    t = "tx_housing.csv"
    h = load(t)
    sales = h["sales"]

    def total(city: str, year: int, column: str = "sales") -> float:
        return h.loc[(h["city"] == city) & (h["year"] == year), column].sum()

    def avg_median(city: str, year: int) -> float:
        return h.loc[(h["city"] == city) & (h["year"] == year), "median"].mean()

    fw12 = h[(h["city"] == "Fort Worth") & (h["year"] == 2012)]
    austin = h[h["city"] == "Austin"]
    return [
        one(t, "aggregate", "total sales in houston in 2010", num(total("Houston", 2010))),
        one(
            t,
            "group",
            "total sales per city in 2014",
            num(*h[h["year"] == 2014].groupby("city")["sales"].sum()),
        ),
        one(t, "group", "avg inventory by city", num(*h.groupby("city")["inventory"].mean())),
        one(t, "ranking", "top 3 cities by total sales", top(h.groupby("city")["sales"].sum())),
        one(
            t,
            "ranking",
            "which city had the highest listings in a single month",
            num(h["listings"].max()),
        ),
        one(
            t,
            "compare",
            "was the avg median price higher in austin or dallas in 2014",
            num(avg_median("Austin", 2014), avg_median("Dallas", 2014)),
        ),
        one(
            t,
            "percent-change",
            "how much did houston's sales grow from 2005 to 2014, in %",
            num(pct_change(total("Houston", 2005), total("Houston", 2014))),
        ),
        one(
            t,
            "numbers-in-question",
            "how many months did austin have more than 2,500 sales",
            num((austin["sales"] > 2500).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "no. of rows where the median price is over 200k",
            num((h["median"] > 200000).sum()),
        ),
        # derived: dollar volume over homes sold (sum / sum) = average price per sale.
        one(
            t,
            "derived",
            "avg price per sale in fort worth in 2012 (volume / sales)",
            num(fw12["volume"].sum() / fw12["sales"].sum()),
        ),
        one(
            t,
            "per-normalise",
            "avg number of sales per month in el paso",
            num(sales[h["city"] == "El Paso"].mean()),
        ),
        one(
            t,
            "date-part",
            "avg december sales for dallas across all yrs",
            num(sales[(h["city"] == "Dallas") & (h["month"] == 12)].mean()),
        ),
        one(t, "coverage", "what years does this cover", num(h["year"].min(), h["year"].max())),
        one(t, "chart", "line chart of monthly sales for austin", LINE),
        one(t, "unanswerable", "avg mortgage rate in 2010", NO),
        one(t, "unanswerable", "total sales in san diego", NO),
        SealedCase(
            t,
            [
                ("total sales in lubbock in 2008", num(total("Lubbock", 2008))),
                ("and 2009?", num(total("Lubbock", 2009))),
                ("what about amarillo", num(total("Amarillo", 2009))),
            ],
            "follow-up",
        ),
    ]


def economics() -> list[SealedCase]:
    t = "economics_long.csv"
    e = load(t, "date")
    year = e["_d"].dt.year

    def series(name: str):
        return e[e["variable"] == name]

    def at(name: str, day: str) -> float:
        s = series(name)
        return float(s.loc[s["date"] == day, "value"].iloc[0])

    def yearly(name: str, y: int) -> float:
        s = series(name)
        return s.loc[s["_d"].dt.year == y, "value"].mean()

    savings = series("psavert")
    by_year = savings.groupby(savings["_d"].dt.year)["value"].mean()
    return [
        one(
            t,
            "long-format",
            "peak number of unemployed (unemploy)",
            num(series("unemploy")["value"].max()),
        ),
        one(t, "long-format", "avg psavert in 2000", num(yearly("psavert", 2000))),
        one(t, "long-format", "what was pop in jan 2010", num(at("pop", "2010-01-01"))),
        one(
            t,
            "long-format",
            "lowest uempmed on record",
            num(series("uempmed")["value"].min()),
        ),
        one(
            t,
            "percent-change",
            "% change in pce from jan 1990 to jan 2010",
            num(pct_change(at("pce", "1990-01-01"), at("pce", "2010-01-01"))),
        ),
        one(t, "coverage", "what's the date range", num(year.min(), year.max())),
        one(
            t,
            "date-part",
            "average psavert in december months",
            num(savings.loc[savings["_d"].dt.month == 12, "value"].mean()),
        ),
        one(
            t,
            "ranking",
            "which year had the highest avg savings rate (psavert)",
            num(by_year.max()),
        ),
        one(
            t,
            "group",
            "average value of each variable",
            num(*e.groupby("variable")["value"].mean()),
        ),
        # derived: both series are in thousands, so the share is a plain ratio.
        one(
            t,
            "derived",
            "unemploy as a % of pop in jan 2000",
            num(at("unemploy", "2000-01-01") / at("pop", "2000-01-01") * 100),
        ),
        one(
            t,
            "numbers-in-question",
            "in how many months was the savings rate (psavert) above 12%",
            num((savings["value"] > 12).sum()),
        ),
        one(
            t,
            "compare",
            "was the avg psavert higher in 1980 or 2000",
            num(yearly("psavert", 1980), yearly("psavert", 2000)),
        ),
        one(t, "chart", "plot unemploy over time", LINE),
        one(t, "unanswerable", "what was gdp in 2000", NO),
        one(t, "unanswerable", "forecast unemploy for 2020", NO),
        SealedCase(
            t,
            [
                ("avg uempmed in 2008", num(yearly("uempmed", 2008))),
                ("and 2010?", num(yearly("uempmed", 2010))),
                ("same for psavert", num(yearly("psavert", 2010))),
            ],
            "follow-up",
        ),
    ]
