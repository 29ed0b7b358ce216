"""The PACKAGES half, first three tables (beijing_pm25_hourly, melbourne_daily_temps,
cdnow_cd_purchases), asked by a spreadsheet power user who types Excel-isms into the chat
("sumif … where …", "pivot: rows = …, values = …", "countif … > …", "xlookup …").

Gold is computed here with plain pandas from the CSVs in tables/ (see TABLES_packages.md)."""

from __future__ import annotations

import pandas as pd

from tests.sealed24.cases import (
    BAR,
    BOX,
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

PM = "beijing_pm25_hourly.csv"
MEL = "melbourne_daily_temps.csv"
CD = "cdnow_cd_purchases.csv"


def _pm() -> pd.DataFrame:
    frame = load(PM)
    frame["_d"] = pd.to_datetime(frame[["year", "month", "day", "hour"]])
    return frame


def _mel() -> pd.DataFrame:
    return load(MEL, "Date")


def _cd() -> pd.DataFrame:
    frame = load(CD)
    frame["_d"] = pd.to_datetime(frame["date"].astype(str), format="%Y%m%d")
    return frame


def beijing() -> list[SealedCase]:
    b = _pm()
    pm = b["pm2.5"]
    y = b["year"]
    by_cbwd = b.groupby("cbwd")["pm2.5"].mean()
    by_hour = b.groupby("hour")["pm2.5"].mean()
    best_hour = by_hour.idxmin()
    sunday = b["_d"].dt.day_of_week == 6
    yearly = b.groupby("year")["pm2.5"].mean()
    return [
        # aggregate
        one(
            PM,
            "aggregate",
            "averageif on pm2.5 ignoring blanks: what's the mean for the whole sheet?",
            num(pm.mean()),
        ),
        one(
            PM,
            "aggregate",
            "max of col `TEMP` (the hottest hour in the file)",
            num(b["TEMP"].max()),
        ),
        # chart
        one(PM, "chart", "line chart pls, x = year, y = average of pm2.5", LINE),
        # compare
        one(
            PM,
            "compare",
            "avg pm2.5 where cbwd = NW vs where cbwd = SE, side by side",
            num(by_cbwd["NW"], by_cbwd["SE"]),
        ),
        one(
            PM,
            "compare",
            "averageif TEMP for year 2010 vs year 2014, which one is warmer?",
            num(b.loc[y == 2010, "TEMP"].mean(), b.loc[y == 2014, "TEMP"].mean()),
        ),
        # coverage
        one(PM, "coverage", "what's the first and last year in this sheet?", num(y.min(), y.max())),
        one(
            PM,
            "coverage",
            "countblank on the pm2.5 column: how many hours have no reading?",
            num(pm.isna().sum()),
        ),
        # date-part
        one(
            PM,
            "date-part",
            "avg pm2.5 on Sundays only (build the date from year/month/day, WEEKDAY style)",
            num(b.loc[sunday, "pm2.5"].mean()),
        ),
        one(
            PM,
            "date-part",
            "averageifs pm2.5 for Q1 (Jan to Mar), all years lumped together",
            num(b.loc[b["month"] <= 3, "pm2.5"].mean()),
        ),
        one(
            PM,
            "date-part",
            "which hour of the day has the cleanest (lowest) avg pm2.5? give the hour and the avg",
            num(best_hour, by_hour.min()),
        ),
        # derived
        one(
            PM,
            "derived",
            "add a helper col = TEMP - DEWP (dew point spread) and average it",
            num((b["TEMP"] - b["DEWP"]).mean()),
        ),
        one(
            PM,
            "derived",
            "% of rows where cbwd = cv, out of all rows",
            num((b["cbwd"] == "cv").mean() * 100),
        ),
        # group
        one(
            PM,
            "group",
            "pivot: rows = year, values = max of pm2.5",
            num(*b.groupby("year")["pm2.5"].max()),
        ),
        one(
            PM,
            "group",
            "pivot rows = cbwd, values = avg of Iws",
            num(*b.groupby("cbwd")["Iws"].mean()),
        ),
        # numbers-in-question
        one(PM, "numbers-in-question", "countif pm2.5 > 300", num((pm > 300).sum())),
        one(
            PM,
            "numbers-in-question",
            "countifs TEMP >= 35 and pm2.5 over 150",
            num(((b["TEMP"] >= 35) & (pm > 150)).sum()),
        ),
        # per-normalise
        one(
            PM,
            "per-normalise",
            "on avg how many hours per year have pm2.5 over 250?",
            num((pm > 250).sum() / y.nunique()),
        ),
        one(
            PM,
            "per-normalise",
            "blank pm2.5 hours per year, on average",
            num(pm.isna().sum() / y.nunique()),
        ),
        # percent-change
        one(
            PM,
            "percent-change",
            "yoy % for avg pm2.5: 2013 vs 2012",
            num(pct_change(yearly[2012], yearly[2013])),
        ),
        one(
            PM,
            "percent-change",
            "% change in avg TEMP from 2010 to 2014",
            num(pct_change(b.loc[y == 2010, "TEMP"].mean(), b.loc[y == 2014, "TEMP"].mean())),
        ),
        # ranking
        one(PM, "ranking", "sort desc by avg pm2.5 per year, top 3", ranked(yearly, 3)),
        # superlative
        one(PM, "superlative", "which cbwd has the highest avg pm2.5?", ranked(by_cbwd, 1)),
        # units-columns
        one(
            PM, "units-columns", "what's the average dew point in the file?", num(b["DEWP"].mean())
        ),
        one(
            PM,
            "units-columns",
            "average air pressure in hPa across all hours",
            num(b["PRES"].mean()),
        ),
        # unanswerable
        one(PM, "unanswerable", "what's the average ozone level in this sheet?", NO),
        one(
            PM,
            "unanswerable",
            "why are the winter particulate readings so bad? what causes it?",
            NO,
        ),
        one(
            PM,
            "unanswerable",
            "forecast next winter's avg particulate reading off this sheet",
            NO,
        ),
        # follow-up
        SealedCase(
            PM,
            [
                ("averageif pm2.5 for year = 2012", num(yearly[2012])),
                ("same but for 2013", num(yearly[2013])),
                ("swap avg for median", num(b.loc[y == 2013, "pm2.5"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            PM,
            [
                ("countif Ir > 0 (hours with rain)", num((b["Ir"] > 0).sum())),
                ("now only month = 7", num(((b["Ir"] > 0) & (b["month"] == 7)).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            PM,
            [
                (
                    "averageif TEMP where month = 1",
                    num(b.loc[b["month"] == 1, "TEMP"].mean()),
                ),
                ("and as a line chart by month, all twelve", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            PM,
            [
                (
                    "max of pm2.5 in 2014, blanks ignored",
                    num(b.loc[y == 2014, "pm2.5"].max()),
                ),
                ("and the max for 2011?", num(b.loc[y == 2011, "pm2.5"].max())),
            ],
            "follow-up",
        ),
        SealedCase(
            PM,
            [
                ("avg pm2.5 where cbwd = cv", num(by_cbwd["cv"])),
                (
                    "now filter to year 2011 too",
                    num(b.loc[(b["cbwd"] == "cv") & (y == 2011), "pm2.5"].mean()),
                ),
                ("and the avg humidity for those hours?", NO),
            ],
            "follow-up",
        ),
    ]


def melbourne() -> list[SealedCase]:
    m = _mel()
    d = m["_d"]
    year = d.dt.year
    hi, lo = m["Max_Temp"], m["Min_Temp"]
    yearly_hi = m.groupby(year)["Max_Temp"].mean()
    yearly_lo = m.groupby(year)["Min_Temp"].mean()
    by_month_lo = m.groupby(d.dt.month)["Min_Temp"].mean()
    return [
        # aggregate
        one(MEL, "aggregate", "average of Max_Temp, whole sheet", num(hi.mean())),
        one(MEL, "aggregate", "=MEDIAN(max_temp) for all rows", num(hi.median())),
        # chart
        one(MEL, "chart", "line chart pls, x = Date, y = Max_Temp", LINE),
        one(MEL, "chart", "box plot of Min_Temp", BOX),
        # compare
        one(
            MEL,
            "compare",
            "avg Max_Temp in Jan vs in Jul, all years pooled",
            num(hi[d.dt.month == 1].mean(), hi[d.dt.month == 7].mean()),
        ),
        one(
            MEL,
            "compare",
            "averageif Min_Temp for 1981 vs 1990",
            num(yearly_lo[1981], yearly_lo[1990]),
        ),
        # coverage
        one(
            MEL,
            "coverage",
            "what's the first and last year in the Date col?",
            num(year.min(), year.max()),
        ),
        one(
            MEL,
            "coverage",
            "countifs rows where YEAR(Date) = 1984: how many days of that year are in here?",
            num((year == 1984).sum()),
        ),
        # date-part
        one(
            MEL,
            "date-part",
            "averageifs Max_Temp where WEEKDAY(Date) is Saturday",
            num(hi[d.dt.day_of_week == 5].mean()),
        ),
        one(
            MEL,
            "date-part",
            "avg Min_Temp for Q3 (Jul to Sep), all years",
            num(lo[d.dt.quarter == 3].mean()),
        ),
        one(
            MEL,
            "date-part",
            "which calendar month (all years pooled) has the lowest avg Min_Temp? what's the avg?",
            num(by_month_lo.min()),
        ),
        # derived
        one(
            MEL,
            "derived",
            "helper col = Max_Temp - Min_Temp, then avg of that",
            num((hi - lo).mean()),
        ),
        one(
            MEL,
            "derived",
            "biggest single-day gap between Max_Temp and Min_Temp",
            num((hi - lo).max()),
        ),
        # group
        one(
            MEL,
            "group",
            "pivot: rows = year, values = avg of Max_Temp",
            num(*yearly_hi),
        ),
        # numbers-in-question
        one(MEL, "numbers-in-question", "countif Max_Temp > 35", num((hi > 35).sum())),
        one(
            MEL,
            "numbers-in-question",
            "countifs Min_Temp below 2.5 and Max_Temp at least 15",
            num(((lo < 2.5) & (hi >= 15)).sum()),
        ),
        # per-normalise
        one(
            MEL,
            "per-normalise",
            "avg number of days per year with Max_Temp over 30",
            num((hi > 30).sum() / year.nunique()),
        ),
        one(
            MEL,
            "per-normalise",
            "nights at or below 2 degrees (Min_Temp), per year on avg",
            num((lo <= 2).sum() / year.nunique()),
        ),
        # percent-change
        one(
            MEL,
            "percent-change",
            "yoy %: avg Max_Temp 1990 vs 1989",
            num(pct_change(yearly_hi[1989], yearly_hi[1990])),
        ),
        one(
            MEL,
            "percent-change",
            "% change in avg Min_Temp from 1984 to 1988",
            num(pct_change(yearly_lo[1984], yearly_lo[1988])),
        ),
        # ranking
        one(
            MEL,
            "ranking",
            "sort desc by Max_Temp, top 5 days",
            ranked(m.set_index("Date")["Max_Temp"], 5),
        ),
        one(
            MEL,
            "ranking",
            "bottom 3 years by avg Min_Temp",
            ranked(yearly_lo, 3, ascending=True),
        ),
        # superlative
        one(MEL, "superlative", "which year had the highest avg Max_Temp?", ranked(yearly_hi, 1)),
        one(
            MEL,
            "superlative",
            "which Date had the lowest Max_Temp?",
            ranked(m.set_index("Date")["Max_Temp"], 1, ascending=True),
        ),
        # units-columns
        one(
            MEL,
            "units-columns",
            "what was the coldest daily high in the whole file?",
            num(hi.min()),
        ),
        one(
            MEL,
            "units-columns",
            "typical overnight low, i.e. the median daily minimum",
            num(lo.median()),
        ),
        # unanswerable
        one(MEL, "unanswerable", "sumif rainfall for January, all years", NO),
        one(
            MEL,
            "unanswerable",
            "what will the max temp be on New Year's Day next year?",
            NO,
        ),
        # follow-up
        SealedCase(
            MEL,
            [
                ("avg Max_Temp for 1985", num(yearly_hi[1985])),
                ("same but for 1986", num(yearly_hi[1986])),
                ("swap avg for median", num(hi[year == 1986].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            MEL,
            [
                ("countif Max_Temp >= 40", num((hi >= 40).sum())),
                ("now only January", num(((hi >= 40) & (d.dt.month == 1)).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            MEL,
            [
                ("avg Min_Temp for June, all years", num(lo[d.dt.month == 6].mean())),
                ("make it a bar chart, one bar per year", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            MEL,
            [
                ("max of Max_Temp in 1983", num(hi[year == 1983].max())),
                ("what was it in 1995?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            MEL,
            [
                ("min of Min_Temp in 1987", num(lo[year == 1987].min())),
                ("and in 1982?", num(lo[year == 1982].min())),
                ("and the wind speed that night?", NO),
            ],
            "follow-up",
        ),
    ]


def cdnow() -> list[SealedCase]:
    c = _cd()
    d = c["_d"]
    year = d.dt.year
    dollars, cds = c["dollar_value"], c["number_of_cds"]
    q1_97 = dollars[(year == 1997) & (d.dt.quarter == 1)].sum()
    q1_98 = dollars[(year == 1998) & (d.dt.quarter == 1)].sum()
    jan = d.dt.month == 1
    by_weekday = c.groupby(d.dt.day_of_week)["dollar_value"].sum()
    per_customer = c.groupby("customer_id")["dollar_value"].sum()
    biggest = c.loc[[dollars.idxmax()]].set_index("customer_id")["dollar_value"]
    buyers_97 = set(c.loc[year == 1997, "customer_id"])
    buyers_98 = set(c.loc[year == 1998, "customer_id"])
    mar_97 = (year == 1997) & (d.dt.month == 3)
    one_cd = cds == 1
    top_id = per_customer.idxmax()
    return [
        # aggregate
        one(CD, "aggregate", "sum of dollar_value, whole sheet", num(dollars.sum())),
        one(CD, "aggregate", "distinct count of customer_id", num(c["customer_id"].nunique())),
        # chart
        one(CD, "chart", "bar chart of sum dollar_value by month pls", BAR),
        one(CD, "chart", "pie of sum dollar_value by year, 1997 vs 1998", PIE),
        one(CD, "chart", "scatter plot, x = number_of_cds, y = dollar_value", SCATTER),
        # compare
        one(
            CD,
            "compare",
            "sum dollar_value Q1 1997 vs Q1 1998",
            num(q1_97, q1_98),
        ),
        # coverage
        one(
            CD,
            "coverage",
            "first and last year covered by the date col?",
            num(year.min(), year.max()),
        ),
        one(CD, "coverage", "how many distinct dates have at least one order?", num(d.nunique())),
        # date-part
        one(
            CD,
            "date-part",
            "sumif dollar_value by weekday: which weekday takes the most? give me the total",
            num(by_weekday.max()),
        ),
        one(
            CD,
            "date-part",
            "sumif dollar_value for Q4 1997 (Oct to Dec)",
            num(dollars[(year == 1997) & (d.dt.quarter == 4)].sum()),
        ),
        # derived
        one(
            CD,
            "derived",
            "% of total dollar_value that came in 1998",
            num(dollars[year == 1998].sum() / dollars.sum() * 100),
        ),
        one(
            CD,
            "derived",
            "% of rows with dollar_value = 0 (the freebies)",
            num((dollars == 0).mean() * 100),
        ),
        # group
        one(
            CD,
            "group",
            "pivot: rows = year from the date col, values = sum of dollar_value",
            num(*c.groupby(year)["dollar_value"].sum()),
        ),
        one(
            CD,
            "group",
            "pivot rows = number_of_cds (just 1 to 5), values = avg dollar_value",
            num(*c[cds <= 5].groupby("number_of_cds")["dollar_value"].mean()),
        ),
        # numbers-in-question
        one(CD, "numbers-in-question", "countif dollar_value > 100", num((dollars > 100).sum())),
        # per-normalise
        one(
            CD,
            "per-normalise",
            "avg $ per CD, i.e. sum dollar_value / sum number_of_cds",
            num(dollars.sum() / cds.sum()),
        ),
        one(
            CD,
            "per-normalise",
            "spend per customer: total dollar_value over distinct count of customer_id",
            num(dollars.sum() / c["customer_id"].nunique()),
        ),
        one(
            CD,
            "per-normalise",
            "orders per customer on avg (rows / distinct customers)",
            num(len(c) / c["customer_id"].nunique()),
        ),
        # percent-change
        one(
            CD,
            "percent-change",
            "% change in sum dollar_value: Jan 1998 vs Jan 1997",
            num(
                pct_change(dollars[jan & (year == 1997)].sum(), dollars[jan & (year == 1998)].sum())
            ),
        ),
        one(
            CD,
            "percent-change",
            "% change in revenue (dollar_value) from H1 1997 to H1 1998",
            num(
                pct_change(
                    dollars[(year == 1997) & (d.dt.month <= 6)].sum(),
                    dollars[(year == 1998) & (d.dt.month <= 6)].sum(),
                )
            ),
        ),
        # ranking
        one(
            CD,
            "ranking",
            "top 5 customer_id by sum of dollar_value, sort desc",
            ranked(per_customer, 5),
        ),
        one(
            CD,
            "ranking",
            "top 3 customers by number of orders (countif rows per customer_id)",
            ranked(c.groupby("customer_id").size(), 3),
        ),
        # superlative
        one(
            CD,
            "superlative",
            "which customer_id has the most CDs in total (sum number_of_cds)?",
            ranked(c.groupby("customer_id")["number_of_cds"].sum(), 1),
        ),
        one(
            CD,
            "superlative",
            "which customer placed the single biggest order by dollar_value?",
            ranked(biggest, 1),
        ),
        # units-columns
        one(
            CD,
            "units-columns",
            "how much money did the shop take in total in 1998?",
            num(dollars[year == 1998].sum()),
        ),
        one(CD, "units-columns", "how many CDs were sold altogether?", num(cds.sum())),
        # unanswerable
        one(CD, "unanswerable", "which artist sold the most?", NO),
        one(
            CD,
            "unanswerable",
            "pull the customer's state in from the CRM tab and sumif dollar_value by state",
            NO,
        ),
        # follow-up
        SealedCase(
            CD,
            [
                ("sumif dollar_value where year = 1997", num(dollars[year == 1997].sum())),
                ("same but for 1998", num(dollars[year == 1998].sum())),
                ("swap sum for avg", num(dollars[year == 1998].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            CD,
            [
                ("distinct count of customer_id who bought in 1998", num(len(buyers_98))),
                (
                    "and how many customer_id bought in 1997 but never in 1998?",
                    num(len(buyers_97 - buyers_98)),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            CD,
            [
                ("countif number_of_cds = 1", num(one_cd.sum())),
                ("as a % of all rows", num(one_cd.mean() * 100)),
            ],
            "follow-up",
        ),
        SealedCase(
            CD,
            [
                (
                    f"xlookup the total dollar_value of customer_id {top_id}",
                    num(per_customer[top_id]),
                ),
                (
                    "and how many orders did they place?",
                    num((c["customer_id"] == top_id).sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            CD,
            [
                ("total dollar_value for March 1997", num(dollars[mar_97].sum())),
                ("what about March 1999?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            CD,
            [
                (
                    "averageif dollar_value where number_of_cds = 2",
                    num(dollars[cds == 2].mean()),
                ),
                ("now number_of_cds = 3", num(dollars[cds == 3].mean())),
                ("swap avg for median", num(dollars[cds == 3].median())),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return beijing() + melbourne() + cdnow()
