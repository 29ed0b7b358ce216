"""The PACKAGES half, second part: monthly deaths and temperature in England and Wales
(causalpy), a snowy week of a PV array's 15-minute readings (pvanalytics) and the long table
of solar zenith angles (great-tables), asked by a product / growth manager in dashboard jargon.

Gold is computed here with plain pandas from the CSV as the analyst reads it back.
"""

from __future__ import annotations

from tests.sealed25.cases import (
    BAR,
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

DEATHS = "england_wales_monthly_deaths.csv"
SNOW = "pv_array_snow_15min.csv"
SZA = "solar_zenith_angles_long.csv"

AC = "INV1 AC Power [kW]"
POA = "POA [W/m²]"
VOLT = "INV1 CB2 Voltage [V]"
AMP = "INV1 CB2 Current [A]"
MODULE = "Module Temp [C]"
AMBIENT = "Ambient Temp [C]"


def deaths() -> list[SealedCase]:
    d = load(DEATHS, "date")
    deaths_ = d["deaths"]
    year = d.groupby("year")
    total = year["deaths"].sum()

    def at(y: int, m: int, col: str = "deaths") -> float:
        (value,) = d[(d["_d"].dt.year == y) & (d["_d"].dt.month == m)][col]
        return value

    month = d["_d"].dt.month
    full = d[d["year"] <= 2021]
    y2016 = d[d["year"] == 2016]["deaths"]
    y2019 = d[d["year"] == 2019]
    baseline = total[[2015, 2016, 2017, 2018, 2019]].mean()
    return [
        one(DEATHS, "aggregate", "north-star number: total deaths in 2019", num(total[2019])),
        one(
            DEATHS,
            "aggregate",
            "topline avg monthly deaths for 2015",
            num(d[d["year"] == 2015]["deaths"].mean()),
        ),
        one(
            DEATHS,
            "percent-change",
            "MoM % change in deaths Dec 2020 → Jan 2021",
            num(pct_change(at(2020, 12), at(2021, 1))),
        ),
        one(
            DEATHS,
            "percent-change",
            "YoY % change in total deaths 2019 vs 2020",
            num(pct_change(total[2019], total[2020])),
        ),
        one(
            DEATHS,
            "percent-change",
            "% change in deaths Mar 2020 → Apr 2020 📈",
            num(pct_change(at(2020, 3), at(2020, 4))),
        ),
        one(
            DEATHS,
            "percent-change",
            "YoY delta in % for avg temp, 2010 vs 2011",
            num(pct_change(year["temp"].mean()[2010], year["temp"].mean()[2011])),
        ),
        one(
            DEATHS,
            "percent-change",
            "Jan 2018 → Jan 2019: % change in deaths",
            num(pct_change(at(2018, 1), at(2019, 1))),
        ),
        one(
            DEATHS,
            "date-part",
            "avg deaths in January, across all years",
            num(d[month == 1]["deaths"].mean()),
        ),
        one(
            DEATHS,
            "date-part",
            "avg temp for July months, all years",
            num(d[month == 7]["temp"].mean()),
        ),
        one(
            DEATHS,
            "date-part",
            "Q1 total deaths for 2019",
            num(y2019[y2019["_d"].dt.quarter == 1]["deaths"].sum()),
        ),
        one(
            DEATHS,
            "date-part",
            "avg monthly deaths in Q4 (Oct–Dec), across all years",
            num(d[d["_d"].dt.quarter == 4]["deaths"].mean()),
        ),
        one(
            DEATHS,
            "date-part",
            "summer cut: total deaths Jun–Aug 2019",
            num(y2019[y2019["_d"].dt.month.isin([6, 7, 8])]["deaths"].sum()),
        ),
        one(
            DEATHS,
            "date-part",
            "avg deaths in February months, all years",
            num(d[month == 2]["deaths"].mean()),
        ),
        one(
            DEATHS,
            "date-part",
            "avg deaths in March months across all years",
            num(d[month == 3]["deaths"].mean()),
        ),
        SealedCase(
            DEATHS,
            [
                (
                    "total Q1 deaths 2020",
                    num(d[(d["year"] == 2020) & (month <= 3)]["deaths"].sum()),
                ),
                ("and Q1 2021?", num(d[(d["year"] == 2021) & (month <= 3)]["deaths"].sum())),
            ],
            "follow-up",
        ),
        one(
            DEATHS,
            "coverage",
            "what's the date range here — first and last year?",
            num(d["_d"].min().year, d["_d"].max().year),
        ),
        one(DEATHS, "coverage", "how many months of data are in this file?", num(len(d))),
        one(
            DEATHS,
            "coverage",
            "how many months of 2022 does the data have?",
            num((d["year"] == 2022).sum()),
        ),
        one(
            DEATHS,
            "superlative",
            "peak month for deaths — what was the number?",
            num(deaths_.max()),
        ),
        one(
            DEATHS,
            "superlative",
            "which full year had the highest total deaths?",
            ranked(full.groupby("year")["deaths"].sum(), 1),
        ),
        one(
            DEATHS,
            "superlative",
            "coldest month in the file — what temp?",
            num(d["temp"].min()),
        ),
        one(
            DEATHS,
            "ranking",
            "top 3 years by total deaths",
            ranked(total, 3),
        ),
        one(
            DEATHS,
            "ranking",
            "top 3 full years by avg temp",
            ranked(full.groupby("year")["temp"].mean(), 3),
        ),
        one(
            DEATHS,
            "group",
            "avg monthly deaths by year — 2010, 2015 and 2020",
            num(*(year["deaths"].mean()[y] for y in (2010, 2015, 2020))),
        ),
        one(
            DEATHS,
            "group",
            "break down total deaths by year: 2007, 2012, 2017",
            num(*(total[y] for y in (2007, 2012, 2017))),
        ),
        one(
            DEATHS,
            "compare",
            "Jan 2021 vs Jan 2020 deaths",
            num(at(2021, 1), at(2020, 1)),
        ),
        one(
            DEATHS,
            "compare",
            "2018 vs 2019 total deaths, both pls",
            num(total[2018], total[2019]),
        ),
        one(
            DEATHS,
            "compare",
            "pre = True vs pre = False: avg monthly deaths for each",
            num(d[d["pre"]]["deaths"].mean(), d[~d["pre"]]["deaths"].mean()),
        ),
        one(
            DEATHS,
            "derived",
            "excess deaths: total 2020 minus the avg annual total of 2015–2019",
            num(total[2020] - baseline),
        ),
        one(
            DEATHS,
            "derived",
            "deaths gap: Jan 2021 minus Jan 2020",
            num(at(2021, 1) - at(2020, 1)),
        ),
        one(
            DEATHS,
            "numbers-in-question",
            "how many months had more than 50k deaths?",
            num((deaths_ > 50_000).sum()),
        ),
        one(
            DEATHS,
            "numbers-in-question",
            "count of months with temp below 3°C",
            num((d["temp"] < 3).sum()),
        ),
        one(
            DEATHS,
            "numbers-in-question",
            "months with deaths under 40,000 and temp over 15 — how many?",
            num(((deaths_ < 40_000) & (d["temp"] > 15)).sum()),
        ),
        one(
            DEATHS,
            "per-normalise",
            "deaths per day in Feb 2020",
            num(at(2020, 2) / 29),
        ),
        one(
            DEATHS,
            "per-normalise",
            "daily run-rate of deaths for Apr 2020 (deaths per day)",
            num(at(2020, 4) / 30),
        ),
        one(
            DEATHS,
            "per-normalise",
            "avg deaths per month in 2021",
            num(d[d["year"] == 2021]["deaths"].mean()),
        ),
        one(DEATHS, "chart", "line chart of deaths over time", LINE),
        one(DEATHS, "chart", "scatter temp vs deaths", SCATTER),
        one(DEATHS, "chart", "bar chart of total deaths by year", BAR),
        one(DEATHS, "unanswerable", "deaths split by age band?", NO),
        one(DEATHS, "unanswerable", "forecast deaths for next quarter", NO),
        one(DEATHS, "unanswerable", "what were deaths in Scotland last month?", NO),
        one(DEATHS, "unanswerable", "why did deaths spike in the spring of the covid year?", NO),
        one(DEATHS, "unanswerable", "what's the vaccination rate by month?", NO),
        SealedCase(
            DEATHS,
            [
                ("total deaths 2018", num(total[2018])),
                ("what about 2017", num(total[2017])),
                ("YoY % change between the two", num(pct_change(total[2017], total[2018]))),
            ],
            "follow-up",
        ),
        SealedCase(
            DEATHS,
            [
                ("avg temp across 2010", num(year["temp"].mean()[2010])),
                ("and 2011?", num(year["temp"].mean()[2011])),
            ],
            "follow-up",
        ),
        SealedCase(
            DEATHS,
            [
                ("deaths in Jan 2021?", num(at(2021, 1))),
                ("MoM % vs Dec 2020", num(pct_change(at(2020, 12), at(2021, 1)))),
                ("what's the hospital admissions number for that month?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            DEATHS,
            [
                ("avg monthly deaths 2016", num(y2016.mean())),
                ("flip to median", num(y2016.median())),
            ],
            "follow-up",
        ),
        SealedCase(
            DEATHS,
            [
                ("peak monthly deaths in 2019 — what number?", num(y2019["deaths"].max())),
                ("and the lowest month?", num(y2019["deaths"].min())),
                ("plot 2019 by month as a line", LINE),
            ],
            "follow-up",
        ),
        SealedCase(
            DEATHS,
            [
                ("avg temp in Jan 2010", num(at(2010, 1, "temp"))),
                ("what about Jan 2011", num(at(2011, 1, "temp"))),
            ],
            "follow-up",
        ),
        SealedCase(
            DEATHS,
            [
                ("how many months had temp over 16?", num((d["temp"] > 16).sum())),
                ("ok now over 17", num((d["temp"] > 17).sum())),
            ],
            "follow-up",
        ),
    ]


def snow() -> list[SealedCase]:
    s = load(SNOW, "Timestamp", "%m/%d/%Y %H:%M")
    day = s["_d"].dt.day
    hour = s["_d"].dt.hour
    daily = s.groupby(day)
    kwh = daily[AC].sum() * 0.25

    def on(d: int):
        return s[day == d]

    return [
        one(SNOW, "units-columns", "peak AC power in kW?", num(s[AC].max())),
        one(SNOW, "units-columns", "avg ambient temp in degrees Celsius", num(s[AMBIENT].mean())),
        one(
            SNOW,
            "units-columns",
            "max plane-of-array irradiance in watts per square metre",
            num(s[POA].max()),
        ),
        one(
            SNOW,
            "units-columns",
            "avg module temperature in deg C on Jan 8",
            num(on(8)[MODULE].mean()),
        ),
        one(SNOW, "units-columns", "highest voltage on INV1 CB2, in volts", num(s[VOLT].max())),
        one(
            SNOW,
            "units-columns",
            "avg current in amps when the inverter is reporting (skip blanks)",
            num(s[AMP].mean()),
        ),
        one(SNOW, "aggregate", "how many rows have null AC power", num(s[AC].isna().sum())),
        one(SNOW, "aggregate", "lowest ambient temp reading in the file?", num(s[AMBIENT].min())),
        one(
            SNOW,
            "derived",
            "energy for Jan 10 in kWh: sum of AC power × 0.25 h",
            num(kwh[10]),
        ),
        one(
            SNOW,
            "derived",
            "avg delta of module temp minus ambient temp",
            num((s[MODULE] - s[AMBIENT]).mean()),
        ),
        one(
            SNOW,
            "date-part",
            "avg POA in the 12 o'clock hour (12:00–12:45), all days",
            num(s[hour == 12][POA].mean()),
        ),
        one(
            SNOW,
            "date-part",
            "avg ambient temp in the midnight hour (00:00–00:45) across days",
            num(s[hour == 0][AMBIENT].mean()),
        ),
        one(
            SNOW,
            "date-part",
            "peak AC power seen in the 13:00 hour across the week",
            num(s[hour == 13][AC].max()),
        ),
        one(
            SNOW,
            "date-part",
            "avg AC power in the 10 o'clock hour, all days (skip blanks)",
            num(s[hour == 10][AC].mean()),
        ),
        one(
            SNOW,
            "coverage",
            "which days of Jan 2022 does this cover — first and last day?",
            num(s["_d"].min().day, s["_d"].max().day),
        ),
        one(SNOW, "coverage", "how many days of data are there?", num(s["_d"].dt.date.nunique())),
        one(SNOW, "coverage", "how many 15-min rows per day?", num(daily.size()[5])),
        one(
            SNOW,
            "numbers-in-question",
            "how many intervals had POA over 500 W/m²?",
            num((s[POA] > 500).sum()),
        ),
        one(
            SNOW,
            "numbers-in-question",
            "rows with ambient temp below -10 — count?",
            num((s[AMBIENT] < -10).sum()),
        ),
        one(
            SNOW,
            "numbers-in-question",
            "count of intervals where AC power was at least 20 kW",
            num((s[AC] >= 20).sum()),
        ),
        one(
            SNOW,
            "compare",
            "Jan 6 vs Jan 10: peak AC power on each day",
            num(on(6)[AC].max(), on(10)[AC].max()),
        ),
        one(
            SNOW,
            "compare",
            "avg module temp, Jan 5 vs Jan 10",
            num(on(5)[MODULE].mean(), on(10)[MODULE].mean()),
        ),
        one(
            SNOW,
            "percent-change",
            "% change in daily max AC power from Jan 7 to Jan 8",
            num(pct_change(on(7)[AC].max(), on(8)[AC].max())),
        ),
        one(
            SNOW,
            "percent-change",
            "DoD % change in summed POA, Jan 8 → Jan 9",
            num(pct_change(on(8)[POA].sum(), on(9)[POA].sum())),
        ),
        one(
            SNOW,
            "superlative",
            "which day had the highest summed POA, and what was the sum?",
            num(daily[POA].sum().max()),
        ),
        one(
            SNOW,
            "group",
            "break down peak AC power by day — give me Jan 6, Jan 8 and Jan 10",
            num(*(daily[AC].max()[x] for x in (6, 8, 10))),
        ),
        one(
            SNOW,
            "group",
            "avg POA by day for Jan 5, Jan 7 and Jan 9",
            num(*(daily[POA].mean()[x] for x in (5, 7, 9))),
        ),
        one(
            SNOW,
            "per-normalise",
            "avg daily energy in kWh (AC power × 0.25 h summed, per day)",
            num(kwh.sum() / len(kwh)),
        ),
        one(
            SNOW,
            "per-normalise",
            "energy per interval: avg kWh per 15-min reading where AC power is reported",
            num((s[AC] * 0.25).mean()),
        ),
        one(SNOW, "chart", "line chart of AC power over time", LINE),
        one(SNOW, "chart", "scatter POA vs AC power", SCATTER),
        one(SNOW, "unanswerable", "what was the snow depth on the panels?", NO),
        one(SNOW, "unanswerable", "how much revenue did the array earn?", NO),
        one(SNOW, "unanswerable", "what's the output of the other inverter?", NO),
        SealedCase(
            SNOW,
            [
                ("peak AC power on Jan 6", num(on(6)[AC].max())),
                ("ok same for Jan 9", num(on(9)[AC].max())),
                ("what about peak POA that day", num(on(9)[POA].max())),
            ],
            "follow-up",
        ),
        SealedCase(
            SNOW,
            [
                ("avg ambient temp on Jan 7", num(on(7)[AMBIENT].mean())),
                ("and the min?", num(on(7)[AMBIENT].min())),
            ],
            "follow-up",
        ),
        SealedCase(
            SNOW,
            [
                ("count of blank AC power rows", num(s[AC].isna().sum())),
                ("of those, how many are on Jan 10?", num(on(10)[AC].isna().sum())),
                ("what's the snow loss in kWh for that day?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            SNOW,
            [
                ("energy on Jan 6 in kWh (sum of kW × 0.25)", num(kwh[6])),
                ("what about Jan 8", num(kwh[8])),
            ],
            "follow-up",
        ),
    ]


def sza() -> list[SealedCase]:
    z = load(SZA)

    def cut(lat: int, month: str):
        return z[(z["latitude"] == lat) & (z["month"] == month)]

    def at(lat: int, month: str, tst: int) -> float:
        (value,) = cut(lat, month)[cut(lat, month)["tst"] == tst]["sza"]
        return value

    noon40 = z[(z["latitude"] == 40) & (z["tst"] == 1200)].set_index("month")["sza"]
    lat50 = z[z["latitude"] == 50]
    return [
        one(
            SZA,
            "long-format",
            "what's the sza at latitude 40 in jun at tst 1200?",
            num(at(40, "jun", 1200)),
        ),
        one(
            SZA,
            "long-format",
            "avg sza for month = dec at latitude 50 (blanks out)",
            num(cut(50, "dec")["sza"].mean()),
        ),
        one(SZA, "long-format", "min sza in jan at latitude 30", num(cut(30, "jan")["sza"].min())),
        one(
            SZA,
            "long-format",
            "how many rows have null sza for latitude 50?",
            num(lat50["sza"].isna().sum()),
        ),
        one(
            SZA,
            "long-format",
            "count of non-null sza rows for month jul",
            num(z[z["month"] == "jul"]["sza"].notna().sum()),
        ),
        one(SZA, "long-format", "sza at latitude 20, month mar, tst 0900", num(at(20, "mar", 900))),
        one(
            SZA,
            "long-format",
            "avg sza across jun at latitude 20",
            num(cut(20, "jun")["sza"].mean()),
        ),
        one(SZA, "long-format", "sza at tst 0800 in sep, latitude 30", num(at(30, "sep", 800))),
        one(
            SZA,
            "long-format",
            "at latitude 50, how many months have sza under 40 at tst 1200?",
            num((lat50[lat50["tst"] == 1200]["sza"] < 40).sum()),
        ),
        one(
            SZA,
            "long-format",
            "max sza at tst 1200 across all rows",
            num(z[z["tst"] == 1200]["sza"].max()),
        ),
        one(SZA, "long-format", "sza for latitude 50, nov, tst 1000", num(at(50, "nov", 1000))),
        one(
            SZA,
            "superlative",
            "at tst 1200 and latitude 40, which month has the lowest sza?",
            ranked(noon40, 1, ascending=True),
        ),
        one(
            SZA,
            "ranking",
            "top 3 months by avg sza at latitude 50",
            ranked(lat50.groupby("month")["sza"].mean(), 3),
        ),
        one(
            SZA,
            "coverage",
            "which latitudes does this cover — min and max?",
            num(z["latitude"].min(), z["latitude"].max()),
        ),
        one(
            SZA,
            "coverage",
            "how many distinct tst values are in the table?",
            num(z["tst"].nunique()),
        ),
        one(SZA, "chart", "line chart of sza over tst for latitude 40 in mar", LINE),
        one(
            SZA,
            "group",
            "avg sza by latitude — 20, 30, 40 and 50",
            num(*(z.groupby("latitude")["sza"].mean()[x] for x in (20, 30, 40, 50))),
        ),
        one(
            SZA,
            "compare",
            "latitude 20 vs 50: noon (tst 1200) sza in dec",
            num(at(20, "dec", 1200), at(50, "dec", 1200)),
        ),
        one(SZA, "unanswerable", "what's the UV index at noon?", NO),
        SealedCase(
            SZA,
            [
                ("avg sza at latitude 50 in jun", num(cut(50, "jun")["sza"].mean())),
                ("what's the cloud cover then?", NO),
            ],
            "follow-up",
        ),
        one(SZA, "unanswerable", "solar output in kWh for these angles?", NO),
        SealedCase(
            SZA,
            [
                ("sza at latitude 40, jun, tst 1200", num(at(40, "jun", 1200))),
                ("same for dec", num(at(40, "dec", 1200))),
                (
                    "what's the delta between the two",
                    num(at(40, "dec", 1200) - at(40, "jun", 1200)),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SZA,
            [
                ("avg sza for latitude 30 in apr", num(cut(30, "apr")["sza"].mean())),
                ("flip to median", num(cut(30, "apr")["sza"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            SZA,
            [
                (
                    "how many null sza rows at latitude 20?",
                    num(z[z["latitude"] == 20]["sza"].isna().sum()),
                ),
                ("and at latitude 40?", num(z[z["latitude"] == 40]["sza"].isna().sum())),
            ],
            "follow-up",
        ),
    ]


def cases() -> list[SealedCase]:
    return deaths() + snow() + sza()
