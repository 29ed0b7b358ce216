"""Fifteenth sealed set, package tables (b): Australian residents by quarter, half-hourly
electricity demand in England and Wales (summer 2000) and monthly shampoo sales, asked in a
public-health / policy researcher's words."""

from __future__ import annotations

from tests.sealed15.cases import (
    BAR,
    BOX,
    LINE,
    NO,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

AR = "australian_residents_quarterly.csv"
ED = "electricity_demand_ew_2000.csv"
SH = "shampoo_sales_monthly.csv"


def residents() -> list[SealedCase]:
    a = load(AR, date="quarter_ending")
    pop = a["residents_000s"]
    at = a.set_index("quarter_ending")["residents_000s"]
    rise = pop.diff()
    rise_by_q = rise.set_axis(a["quarter_ending"])
    decade = (a["_d"].dt.year // 10) * 10
    years = a["_d"].dt.year.iloc[-1] - a["_d"].dt.year.iloc[0]
    return [
        one(
            AR,
            "aggregate",
            "roughly what was the average resident population over the whole series, in thousands",
            num(pop.mean()),
        ),
        one(
            AR,
            "group",
            "could you give me the mean resident count for each decade covered",
            num(*pop.groupby(decade).mean().values),
        ),
        one(
            AR,
            "superlative",
            "how large was the biggest single quarter-on-quarter rise in residents, in thousands",
            num(rise.max()),
        ),
        one(
            AR,
            "ranking",
            "which three quarters saw the strongest quarter-on-quarter growth in residents",
            ranked(rise_by_q, 3),
        ),
        one(
            AR,
            "compare",
            "residents in June 1975 vs June 1985, please",
            num(at["1975-06-30"], at["1985-06-30"]),
        ),
        one(AR, "coverage", "how many quarterly readings are there in the series", num(len(a))),
        one(
            AR,
            "coverage",
            "which years does the series run from and to",
            num(a["_d"].dt.year.min(), a["_d"].dt.year.max()),
        ),
        one(
            AR,
            "date-part",
            "what was the average resident count across the quarters of 1985",
            num(pop[a["_d"].dt.year == 1985].mean()),
        ),
        one(
            AR,
            "date-part",
            "I'd be curious whether growth is stronger at year end. What's the mean "
            "quarter-on-quarter increase for the December quarters alone",
            num(rise[a["_d"].dt.month == 12].mean()),
        ),
        one(
            AR,
            "derived",
            "on average, by how many thousand does the population rise each quarter",
            num(rise.mean()),
        ),
        one(
            AR,
            "per-normalise",
            "averaged over the whole span, how many thousand residents were added per year",
            num((pop.iloc[-1] - pop.iloc[0]) / years),
        ),
        one(
            AR,
            "percent-change",
            "by what per cent did the resident population grow from the first reading to the last",
            num(pct_change(pop.iloc[0], pop.iloc[-1])),
        ),
        one(
            AR,
            "percent-change",
            "year on year growth in per cent to March 1993",
            num(pct_change(at["1992-03-31"], at["1993-03-31"])),
        ),
        one(
            AR,
            "numbers-in-question",
            "for how many quarters was the population above 16 million",
            num((pop > 16000).sum()),
        ),
        one(
            AR,
            "units-columns",
            "what was the population at the last reading, in millions",
            num(pop.iloc[-1] / 1000),
        ),
        one(AR, "chart", "could you plot the resident population over time as a line", LINE),
        SealedCase(
            AR,
            [
                ("how many residents were there at the end of 1980", num(at["1980-12-31"])),
                ("and at the end of 1990?", num(at["1990-12-31"])),
                (
                    "what's the per cent change between the two?",
                    num(pct_change(at["1980-12-31"], at["1990-12-31"])),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            AR,
            [
                (
                    "what was the smallest quarterly increase in the series, in thousands",
                    num(rise.min()),
                ),
                ("and the median?", num(rise.median())),
            ],
            "follow-up",
        ),
        one(
            AR,
            "unanswerable",
            "could you break the resdient numbers down by state or territory",
            NO,
        ),
        one(
            AR, "unanswerable", "roughly what proportion of these residents were born overseas", NO
        ),
        one(
            AR,
            "unanswerable",
            "what would you expect the population to be over the next few years",
            NO,
        ),
    ]


def electricity() -> list[SealedCase]:
    e = load(ED, date="period_start")
    mw = e["demand_mw"]
    d = e["_d"]
    weekday = d.dt.day_name()
    by_day = mw.groupby(weekday).mean()
    by_hour = mw.groupby(d.dt.hour).mean()
    by_month = mw.groupby(d.dt.month).mean()
    weekend = weekday.isin(["Saturday", "Sunday"])
    days = d.dt.date.nunique()
    week = (d - d.min()).dt.days // 7
    by_week = mw.groupby(week).mean()
    return [
        one(
            ED,
            "aggregate",
            "what was mean electricity demand over the summer, in MW",
            num(mw.mean()),
        ),
        one(
            ED,
            "aggregate",
            "could you give me the standard deviation of half-hourly electricty demand",
            num(mw.std()),
        ),
        one(
            ED, "date-part", "average demand by day of the week, if you would", num(*by_day.values)
        ),
        one(
            ED,
            "date-part",
            "which hour of the day carries the heaviest load on average, and what is that average",
            num(by_hour.max()),
        ),
        one(
            ED,
            "date-part",
            "mean demand for each calendar month in the data",
            num(*by_month.values),
        ),
        one(
            ED,
            "date-part",
            "what's the average demand during the 3am hour, i.e. readings from 03:00 to 03:59",
            num(mw[(d.dt.hour == 3)].mean()),
        ),
        one(
            ED,
            "compare",
            "weekdays vs weekends: average demand for each",
            num(mw[~weekend].mean(), mw[weekend].mean()),
        ),
        one(
            ED,
            "ranking",
            "rank the days of the week by average demand, top three please",
            ranked(by_day, 3),
        ),
        one(
            ED,
            "superlative",
            "what was the single highest half-hourly demand all summer",
            num(mw.max()),
        ),
        one(ED, "superlative", "what was the lowest demand reading in the period", num(mw.min())),
        one(ED, "units-columns", "average demand expressed in gigawatts", num(mw.mean() / 1000)),
        one(ED, "units-columns", "what was the peak load in GW", num(mw.max() / 1000)),
        one(
            ED,
            "derived",
            "total electricity consumed over the whole period in GWh (each reading covers half "
            "an hour)",
            num(mw.sum() * 0.5 / 1000),
        ),
        one(
            ED,
            "per-normalise",
            "how much energy was used per day on average, in MWh",
            num(mw.sum() * 0.5 / days),
        ),
        one(
            ED,
            "percent-change",
            "in per cent, how much did average demand change between June and August",
            num(pct_change(by_month[6], by_month[8])),
        ),
        one(
            ED,
            "percent-change",
            "how does mean demand in the final week compare with the first week, as a per cent "
            "change",
            num(pct_change(by_week.iloc[0], by_week.iloc[-1])),
        ),
        one(
            ED,
            "numbers-in-question",
            "how many half-hours saw demand above 35,000 MW",
            num((mw > 35000).sum()),
        ),
        one(
            ED,
            "numbers-in-question",
            "how many half-hour periods fell below 20k MW",
            num((mw < 20000).sum()),
        ),
        one(ED, "coverage", "how many days does the series cover", num(days)),
        one(ED, "coverage", "how many half-hourly readings do we have in total", num(len(e))),
        one(ED, "chart", "could you chart demand over the summer as a line", LINE),
        one(ED, "chart", "a box plot of demand by day of the week would be helpful", BOX),
        SealedCase(
            ED,
            [
                ("average demand on Mondays", num(by_day["Monday"])),
                ("and on Sundays?", num(by_day["Sunday"])),
            ],
            "follow-up",
        ),
        SealedCase(
            ED,
            [
                ("peak demand in July", num(mw[d.dt.month == 7].max())),
                ("and in August?", num(mw[d.dt.month == 8].max())),
            ],
            "follow-up",
        ),
        one(ED, "unanswerable", "what was demand in Scotland over the same weeks", NO),
        one(ED, "unanswerable", "how much did the electricity cost per megawatt hour", NO),
        one(ED, "unanswerable", "how does winter demand compare with these summer weeks", NO),
    ]


def shampoo() -> list[SealedCase]:
    s = load(SH, date="month", fmt="%Y-%m")
    units = s["units_sold"]
    year = s["_d"].dt.year
    by_year = units.groupby(year).sum()
    at = s.set_index("month")["units_sold"]
    return [
        one(SH, "aggregate", "total shampoo sold across the three years", num(units.sum())),
        one(
            SH,
            "aggregate",
            "what's the typical month's sales, median rather than mean",
            num(units.median()),
        ),
        one(
            SH,
            "group",
            "average monthly sales for each year, please",
            num(*units.groupby(year).mean().values),
        ),
        one(SH, "date-part", "total units sold in each calendar year", num(*by_year.values)),
        one(
            SH,
            "date-part",
            "which month of the year tends to sell best, averaging across the years, and at "
            "what level",
            num(units.groupby(s["_d"].dt.month).mean().max()),
        ),
        one(SH, "ranking", "the three strongest months for sales", ranked(at, 3)),
        one(
            SH, "superlative", "what was the weakest single month's sales figure", num(units.min())
        ),
        one(SH, "compare", "January 1993 vs January 1992 sales", num(at["1993-01"], at["1992-01"])),
        one(
            SH,
            "percent-change",
            "year on year growth in total sales from 1992 to 1993, in per cent",
            num(pct_change(by_year[1992], by_year[1993])),
        ),
        one(
            SH,
            "percent-change",
            "how much did sales grow between December 1991 and December 1993, in per cent",
            num(pct_change(at["1991-12"], at["1993-12"])),
        ),
        one(
            SH,
            "compare",
            "could you put March 1992 alongside March 1993",
            num(at["1992-03"], at["1993-03"]),
        ),
        one(
            SH,
            "derived",
            "what share of all sales fell in the final year, as a per cent",
            num(by_year[1993] / units.sum() * 100),
        ),
        one(
            SH,
            "per-normalise",
            "how many units were sold per day in December 1993",
            num(at["1993-12"] / 31),
        ),
        one(
            SH,
            "numbers-in-question",
            "in how many months did sales exceed 500 units",
            num((units > 500).sum()),
        ),
        one(
            SH,
            "numbers-in-question",
            "average monthly sales in 1992",
            num(units[year == 1992].mean()),
        ),
        one(
            SH,
            "units-columns",
            "total sales over the period in thousands of units",
            num(units.sum() / 1000),
        ),
        one(SH, "coverage", "how many months of sales data are there", num(len(s))),
        one(SH, "chart", "could you show yearly totals as a bar chart", BAR),
        one(SH, "chart", "a line chart of monthly sales, please", LINE),
        SealedCase(
            SH,
            [
                ("total sales in 1992", num(by_year[1992])),
                ("and in 1993?", num(by_year[1993])),
                (
                    "so roughly what growth is that, in per cent?",
                    num(pct_change(by_year[1992], by_year[1993])),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SH,
            [
                ("mean monthly sales in 1991", num(units[year == 1991].mean())),
                (
                    "how does that compare with the last year of the data?",
                    num(units[year == 1993].mean()),
                ),
            ],
            "follow-up",
        ),
        one(SH, "unanswerable", "could you split the shampo sales by brand", NO),
        one(SH, "unanswerable", "what was the average retail price per bottle", NO),
        one(SH, "unanswerable", "which regions or shops drove the growth in the final year", NO),
    ]


def cases() -> list[SealedCase]:
    return [*residents(), *electricity(), *shampoo()]
