"""Questions over four packaged tables: forbes2000.csv (the Forbes 2000 list, US$ billions),
computers.csv (PC prices 1993–1995, units in the column names), titanic.csv (one row per
passenger) and seattle_temps.csv (hourly temperatures, 2010)."""

from __future__ import annotations

from tests.devset2.cases import (
    BAR,
    BOX,
    HISTOGRAM,
    LINE,
    NO,
    PIE,
    SCATTER,
    SealedCase,
    above,
    best,
    load,
    num,
    one,
    pct_change,
    top,
)


def forbes() -> list[SealedCase]:
    t = "forbes2000.csv"
    f = load(t)
    by_country = f.groupby("country")
    banking = f[f["category"] == "Banking"]

    def country_mean(country: str, column: str) -> float:
        return float(f.loc[f["country"] == country, column].mean())

    def companies(country: str) -> int:
        return int((f["country"] == country).sum())

    return [
        one(t, "aggregate", "combined market value of all companies", num(f["marketvalue"].sum())),
        one(t, "aggregate", "median profit", num(f["profits"].median())),
        one(
            t,
            "group",
            "total market value for the US, Japan and the UK",
            num(
                *(
                    f.loc[f["country"] == c, "marketvalue"].sum()
                    for c in ("United States", "Japan", "United Kingdom")
                )
            ),
        ),
        one(t, "ranking", "top 5 countries by number of companies", top(by_country.size(), 5)),
        one(
            t,
            "ranking",
            "which 3 industries (category) earn the most profit in total",
            top(f.groupby("category")["profits"].sum()),
        ),
        one(t, "chart", "bar chart of the 10 countries with most companies", BAR),
        one(t, "chart", "scatter plot sales vs profits", SCATTER),
        one(
            t,
            "compare",
            "are japanese or german companies bigger on average by sales",
            num(country_mean("Japan", "sales"), country_mean("Germany", "sales")),
        ),
        # Banking has no blank profits: total profits / total sales of the banks, in percent.
        one(
            t,
            "derived",
            "profit margin of the banking category (total profits over total sales, %)",
            num(banking["profits"].sum() / banking["sales"].sum() * 100),
        ),
        one(
            t,
            "derived",
            "for banks, market value as a multiple of sales (sum of mv / sum of sales)",
            num(banking["marketvalue"].sum() / banking["sales"].sum()),
        ),
        one(
            t,
            "per-normalise",
            "average number of companies per country",
            num(len(f) / f["country"].nunique()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many companies have sales of over 50 billion",
            num(above(f["sales"], 50)),
        ),
        one(
            t,
            "numbers-in-question",
            "number of firms that lost more than $3bn",
            num(above(-f["profits"].dropna(), 3)),
        ),
        one(
            t,
            "units-columns",
            "total assets of swiss companies in $ billions",
            num(f.loc[f["country"] == "Switzerland", "assets"].sum()),
        ),
        SealedCase(
            t,
            [
                ("how many companies from canada are on the list", num(companies("Canada"))),
                ("and australia?", num(companies("Australia"))),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "how many employees does toyota motor have", NO),
        one(t, "unanswerable", "what were citigroup's profits in 2010", NO),
    ]


def computers() -> list[SealedCase]:
    t = "computers.csv"
    c = load(t)
    price = c["price ($)"]
    by_month = c.groupby("trend")
    first, last = c["trend"].min(), c["trend"].max()

    def ram_price(mb: int) -> float:
        return float(price[c["ram (MB)"] == mb].mean())

    return [
        one(t, "aggregate", "average price of a pc", num(price.mean())),
        one(
            t,
            "group",
            "mean price by amount of ram",
            num(*c.groupby("ram (MB)")["price ($)"].mean()),
        ),
        one(
            t,
            "ranking",
            "which screen size has the highest avg price",
            num(best(c.groupby("screen (in)")["price ($)"].mean())),
        ),
        one(t, "chart", "box plot of price by ram", BOX),
        one(t, "chart", "scatter of price against hard drive size", SCATTER),
        one(
            t,
            "compare",
            "premium vs non-premium makers - avg price",
            num(price[c["premium"] == "yes"].mean(), price[c["premium"] == "no"].mean()),
        ),
        # `trend` is the month (1 = Jan 1993); first and last month of the data.
        one(
            t,
            "percent-change",
            "how much did the avg hard drive size grow from the first month to the last, in %",
            num(pct_change(by_month["hd (MB)"].mean()[first], by_month["hd (MB)"].mean()[last])),
        ),
        one(
            t,
            "numbers-in-question",
            "how many PCs cost over $3,000",
            num(above(price, 3000)),
        ),
        one(t, "units-columns", "avg clock speed", num(c["speed (MHz)"].mean())),
        one(t, "units-columns", "biggest hard disk in the data", num(c["hd (MB)"].max())),
        one(
            t,
            "units-columns",
            "how much memory does the average machine have",
            num(c["ram (MB)"].mean()),
        ),
        one(
            t,
            "long-format",
            "how many machines come with a cd drive",
            num((c["cd"] == "yes").sum()),
        ),
        SealedCase(
            t,
            [
                ("avg price of machines with 8 mb ram", num(ram_price(8))),
                ("and with 16?", num(ram_price(16))),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "which brand is the cheapest", NO),
        one(t, "unanswerable", "how many units were sold in total", NO),
    ]


def titanic() -> list[SealedCase]:
    t = "titanic.csv"
    p = load(t)
    survived = p["survived"] == "yes"

    def rate(column: str, value: str) -> float:
        return float(survived[p[column] == value].mean() * 100)

    def died(sex: str) -> int:
        return int((~survived & (p["sex"] == sex)).sum())

    return [
        one(t, "group", "number of survivors per class", num(*p[survived].groupby("class").size())),
        one(t, "group", "passenger count broken down by class", num(*p.groupby("class").size())),
        one(
            t,
            "ranking",
            "which class had the most deaths",
            num(best(p.loc[~survived, "class"].value_counts())),
        ),
        one(t, "chart", "pie chart of passengers by class", PIE),
        # Counts of survivors, not rates ("how many").
        one(
            t,
            "compare",
            "how many survived: men vs women",
            num((survived & (p["sex"] == "man")).sum(), (survived & (p["sex"] == "women")).sum()),
        ),
        one(t, "derived", "survival rate for children in percent", num(rate("age", "child"))),
        one(
            t,
            "derived",
            "what proportion of passengers travelled 3rd class (%)",
            num((p["class"] == "3rd class").mean() * 100),
        ),
        one(
            t,
            "long-format",
            "how many women survived",
            num((survived & (p["sex"] == "women")).sum()),
        ),
        one(t, "long-format", "no. of children on board", num((p["age"] == "child").sum())),
        SealedCase(
            t,
            [
                ("survival rate in 1st class, %", num(rate("class", "1st class"))),
                ("and 3rd class?", num(rate("class", "3rd class"))),
                ("2nd?", num(rate("class", "2nd class"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many men died", num(died("man"))),
                ("and women?", num(died("women"))),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "what was the average age of the survivors", NO),
        one(t, "unanswerable", "how much did a 1st class ticket cost", NO),
    ]


def seattle() -> list[SealedCase]:
    t = "seattle_temps.csv"
    s = load(t, "date", "%Y/%m/%d %H:%M")
    temp = s["temp_F"]
    month, hour = s["_d"].dt.month, s["_d"].dt.hour
    by_hour = temp.groupby(hour).mean()

    def month_mean(n: int) -> float:
        return float(temp[month == n].mean())

    return [
        one(t, "aggregate", "mean temperature over the year", num(temp.mean())),
        one(t, "aggregate", "what was the highest temp recorded", num(temp.max())),
        one(t, "group", "avg temperature for each month", num(*temp.groupby(month).mean())),
        one(t, "chart", "line chart of temperature over the year", LINE),
        one(t, "chart", "histogram of hourly temps", HISTOGRAM),
        one(
            t,
            "compare",
            "was january or july warmer on average",
            num(month_mean(1), month_mean(7)),
        ),
        one(t, "coverage", "how many days of readings are there", num(s["_d"].dt.date.nunique())),
        one(t, "date-part", "average temperature at 3pm", num(temp[hour == 15].mean())),
        one(t, "date-part", "what's the mean temp in december", num(month_mean(12))),
        one(
            t,
            "date-part",
            "which hour of the day is coldest on average (avg temp)",
            num(best(by_hour, lowest=True)),
        ),
        one(
            t,
            "date-part",
            "avg temp on weekends (sat+sun)",
            num(temp[s["_d"].dt.day_of_week >= 5].mean()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many hourly readings were 70F or warmer",
            num((temp >= 70).sum()),
        ),
        one(t, "units-columns", "lowest temperature in fahrenheit", num(temp.min())),
        SealedCase(
            t,
            [
                ("avg temp in march", num(month_mean(3))),
                ("and in october?", num(month_mean(10))),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "how much rain fell in november", NO),
        one(t, "unanswerable", "average temperature in 2012", NO),
    ]
