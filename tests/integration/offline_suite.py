"""The offline analyst's question suite: questions over five real tables, each with a gold
answer computed here by an independent pandas expression (never by the analyst's code).

A case is (table, questions, kind, gold). Questions after the first are follow-ups asked in
the same thread; the gold belongs to the last one. Gold kinds:
  Num(v, ...)       every value must appear in the answer (rounded as people read it)
  Ranked([(label, value), ...])  labels in this order, with their values
  Chart(type)       the reply has a chart whose first trace is of this type
  NoAnswer()        a refusal that quotes no number
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Num:
    values: tuple[float, ...]


@dataclass(frozen=True)
class Ranked:
    items: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Chart:
    trace: str


@dataclass(frozen=True)
class NoAnswer:
    pass


Gold = Num | Ranked | Chart | NoAnswer


@dataclass(frozen=True)
class Case:
    table: str
    questions: tuple[str, ...]
    kind: str
    gold: Callable[[pd.DataFrame], Gold]


def num(*values: Any) -> Num:
    return Num(tuple(float(v) for v in values))


def ranked(series: pd.Series, k: int = 3) -> Ranked:
    return Ranked(tuple((str(i), float(v)) for i, v in list(series.items())[:k]))


def dated(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["date"] = pd.to_datetime(out["date"])
    return out


def monthly(series: pd.Series, fmt: str = "%b %Y") -> pd.Series:
    series.index = [i.strftime(fmt) for i in series.index]
    return series


def iqr_outliers(values: pd.Series) -> int:
    q1, q3 = values.quantile([0.25, 0.75])
    low, high = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
    return int(((values < low) | (values > high)).sum())


def strongest(df: pd.DataFrame) -> float:
    corr = df.select_dtypes("number").corr()
    pairs = corr.where(np.triu(np.ones(corr.shape, dtype=bool), 1)).stack()
    return float(pairs.loc[pairs.abs().idxmax()])


NO = lambda df: NoAnswer()  # noqa: E731


def c(
    table: str, question: str | tuple[str, ...], kind: str, gold: Callable[[pd.DataFrame], Gold]
) -> Case:
    questions = (question,) if isinstance(question, str) else question
    return Case(table, questions, kind, gold)


S, T, IR, G, K = "sales.csv", "tips.csv", "iris.csv", "gapminder.csv", "stocks.csv"

CASES: list[Case] = [
    # -- aggregations -------------------------------------------------------------------
    c(S, "What is the total revenue?", "aggregate", lambda d: num(d.revenue.sum())),
    c(S, "What's the average unit price?", "aggregate", lambda d: num(d.unit_price.mean())),
    c(S, "median units per order", "aggregate", lambda d: num(d.units.median())),
    c(
        S,
        "What is the highest revenue of a single sale?",
        "aggregate",
        lambda d: num(d.revenue.max()),
    ),
    c(S, "smallest number of units", "aggregate", lambda d: num(d.units.min())),
    c(S, "total sales", "synonym", lambda d: num(d.revenue.sum())),
    c(S, "total turnover", "synonym", lambda d: num(d.revenue.sum())),
    c(S, "How many units were sold in total?", "aggregate", lambda d: num(d.units.sum())),
    c(S, "average quantity", "synonym", lambda d: num(d.units.mean())),
    c(T, "What is the average tip?", "aggregate", lambda d: num(d.tip.mean())),
    c(T, "total of all bills", "synonym", lambda d: num(d.total_bill.sum())),
    c(T, "What's the largest party size?", "synonym", lambda d: num(d["size"].max())),
    c(T, "median total bill", "aggregate", lambda d: num(d.total_bill.median())),
    c(IR, "average petal length", "aggregate", lambda d: num(d.petal_length.mean())),
    c(IR, "maximum sepal width", "aggregate", lambda d: num(d.sepal_width.max())),
    c(G, "What is the average life expectancy?", "synonym", lambda d: num(d.lifeExp.mean())),
    c(G, "highest gdp per capita", "synonym", lambda d: num(d.gdpPercap.max())),
    c(K, "What is the average Apple price?", "synonym", lambda d: num(d.AAPL.mean())),
    c(K, "maximum of MSFT", "aggregate", lambda d: num(d.MSFT.max())),
    # -- typos -------------------------------------------------------------------------------
    c(S, "total reveneu", "typo", lambda d: num(d.revenue.sum())),
    c(
        S,
        "average revenue per regoin",
        "typo",
        lambda d: ranked(d.groupby("region").revenue.mean().sort_values(ascending=False)),
    ),
    c(
        T,
        "averge tip by day",
        "typo",
        lambda d: ranked(d.groupby("day").tip.mean().sort_values(ascending=False)),
    ),
    c(
        G,
        "average life expectency by continent",
        "typo",
        lambda d: ranked(d.groupby("continent").lifeExp.mean().sort_values(ascending=False)),
    ),
    c(
        IR,
        "mean petal lenght by species",
        "typo",
        lambda d: ranked(d.groupby("species").petal_length.mean().sort_values(ascending=False)),
    ),
    # -- group by ----------------------------------------------------------------------------
    c(
        S,
        "Total revenue by region",
        "group",
        lambda d: ranked(d.groupby("region").revenue.sum().sort_values(ascending=False)),
    ),
    c(
        S,
        "revenue per product",
        "group",
        lambda d: ranked(d.groupby("product").revenue.sum().sort_values(ascending=False)),
    ),
    c(
        S,
        "average units by channel",
        "group",
        lambda d: ranked(d.groupby("channel").units.mean().sort_values(ascending=False), 2),
    ),
    c(
        S,
        "Which region has the highest revenue?",
        "group",
        lambda d: ranked(d.groupby("region").revenue.sum().sort_values(ascending=False), 1),
    ),
    c(
        S,
        "Which product sold the fewest units?",
        "group",
        lambda d: ranked(d.groupby("product").units.sum().sort_values(), 1),
    ),
    c(
        S,
        "number of sales per region",
        "group",
        lambda d: ranked(d.groupby("region").size().sort_values(ascending=False)),
    ),
    c(
        T,
        "average tip by day",
        "group",
        lambda d: ranked(d.groupby("day").tip.mean().sort_values(ascending=False)),
    ),
    c(
        T,
        "total bill by time",
        "group",
        lambda d: ranked(d.groupby("time").total_bill.sum().sort_values(ascending=False), 2),
    ),
    c(
        T,
        "average tip for smokers and non smokers",
        "group",
        lambda d: ranked(d.groupby("smoker").tip.mean().sort_values(ascending=False), 2),
    ),
    c(
        T,
        "mean tip by sex",
        "group",
        lambda d: ranked(d.groupby("sex").tip.mean().sort_values(ascending=False), 2),
    ),
    c(
        T,
        "how many tables per day",
        "group",
        lambda d: ranked(d.groupby("day").size().sort_values(ascending=False)),
    ),
    c(
        IR,
        "average sepal length by species",
        "group",
        lambda d: ranked(d.groupby("species").sepal_length.mean().sort_values(ascending=False)),
    ),
    c(
        IR,
        "Which species has the widest petals on average?",
        "group",
        lambda d: ranked(d.groupby("species").petal_width.mean().sort_values(ascending=False), 1),
    ),
    c(
        G,
        "total population by continent in 2007",
        "group",
        lambda d: ranked(
            d[d.year == 2007].groupby("continent")["pop"].sum().sort_values(ascending=False)
        ),
    ),
    c(
        G,
        "average gdp per capita by continent",
        "group",
        lambda d: ranked(d.groupby("continent").gdpPercap.mean().sort_values(ascending=False)),
    ),
    c(
        G,
        "Which continent has the lowest life expectancy?",
        "group",
        lambda d: ranked(d.groupby("continent").lifeExp.mean().sort_values(), 1),
    ),
    # -- top / bottom N ----------------------------------------------------------------------
    c(
        S,
        "Top 3 products by units",
        "topn",
        lambda d: ranked(d.groupby("product").units.sum().sort_values(ascending=False)),
    ),
    c(
        S,
        "top 2 regions by revenue",
        "topn",
        lambda d: ranked(d.groupby("region").revenue.sum().sort_values(ascending=False), 2),
    ),
    c(
        S,
        "bottom 2 products by revenue",
        "topn",
        lambda d: ranked(d.groupby("product").revenue.sum().sort_values(), 2),
    ),
    c(
        G,
        "top 5 countries by population in 2007",
        "topn",
        lambda d: ranked(
            d[d.year == 2007].groupby("country")["pop"].sum().sort_values(ascending=False), 5
        ),
    ),
    c(
        G,
        "5 countries with the highest life expectancy in 2007",
        "topn",
        lambda d: ranked(
            d[d.year == 2007].groupby("country").lifeExp.mean().sort_values(ascending=False), 5
        ),
    ),
    c(
        G,
        "bottom 3 countries by gdp per capita in 1952",
        "topn",
        lambda d: ranked(d[d.year == 1952].groupby("country").gdpPercap.mean().sort_values()),
    ),
    c(
        T,
        "top 2 days by total tips",
        "topn",
        lambda d: ranked(d.groupby("day").tip.sum().sort_values(ascending=False), 2),
    ),
    # -- filters -----------------------------------------------------------------------------
    c(
        S,
        "total revenue in the North region",
        "filter",
        lambda d: num(d[d.region == "North"].revenue.sum()),
    ),
    c(
        S,
        "average units for Widget",
        "filter",
        lambda d: num(d[d["product"] == "Widget"].units.mean()),
    ),
    c(
        S,
        "revenue of online sales",
        "filter",
        lambda d: num(d[d.channel == "Online"].revenue.sum()),
    ),
    c(
        S,
        "how many sales with revenue over 1000",
        "filter",
        lambda d: num((d.revenue > 1000).sum()),
    ),
    c(S, "number of orders with more than 15 units", "filter", lambda d: num((d.units > 15).sum())),
    c(
        S,
        "total revenue of sales with units between 5 and 10",
        "filter",
        lambda d: num(d[d.units.between(5, 10)].revenue.sum()),
    ),
    c(
        S,
        "average revenue where unit price is below 20",
        "filter",
        lambda d: num(d[d.unit_price < 20].revenue.mean()),
    ),
    c(
        S,
        "revenue by product excluding Widget",
        "filter",
        lambda d: ranked(
            d[d["product"] != "Widget"]
            .groupby("product")
            .revenue.sum()
            .sort_values(ascending=False)
        ),
    ),
    c(T, "average tip at dinner", "filter", lambda d: num(d[d.time == "Dinner"].tip.mean())),
    c(T, "average tip on Sunday", "filter", lambda d: num(d[d.day == "Sun"].tip.mean())),
    c(T, "how many bills above 30", "filter", lambda d: num((d.total_bill > 30).sum())),
    c(
        T,
        "average total bill for parties of at least 4",
        "filter",
        lambda d: num(d[d["size"] >= 4].total_bill.mean()),
    ),
    c(
        IR,
        "average petal length of setosa",
        "filter",
        lambda d: num(d[d.species == "setosa"].petal_length.mean()),
    ),
    c(
        IR,
        "how many flowers have sepal length above 7",
        "filter",
        lambda d: num((d.sepal_length > 7).sum()),
    ),
    c(
        G,
        "life expectancy in Europe by year",
        "filter",
        lambda d: ranked(d[d.continent == "Europe"].groupby("year").lifeExp.mean().sort_index(), 3),
    ),
    c(
        G,
        "average life expectancy in Africa in 2007",
        "filter",
        lambda d: num(d[(d.continent == "Africa") & (d.year == 2007)].lifeExp.mean()),
    ),
    c(
        G,
        "population of Japan in 2007",
        "filter",
        lambda d: num(d[(d.country == "Japan") & (d.year == 2007)]["pop"].sum()),
    ),
    c(
        G,
        "how many countries have a life expectancy below 40 in 1952",
        "filter",
        lambda d: num(((d.year == 1952) & (d.lifeExp < 40)).sum()),
    ),
    # -- dates ----------------------------------------------------------------------------
    c(
        S,
        "total revenue in 2024",
        "date",
        lambda d: num(dated(d).pipe(lambda x: x[x.date.dt.year == 2024]).revenue.sum()),
    ),
    c(
        S,
        "revenue in March 2024",
        "date",
        lambda d: num(
            dated(d)
            .pipe(lambda x: x[(x.date.dt.year == 2024) & (x.date.dt.month == 3)])
            .revenue.sum()
        ),
    ),
    c(
        S,
        "total units in the last 6 months",
        "date",
        lambda d: num(
            dated(d).pipe(lambda x: x[x.date > x.date.max() - pd.DateOffset(months=6)]).units.sum()
        ),
    ),
    c(
        S,
        "revenue since October 2024",
        "date",
        lambda d: num(
            dated(d).pipe(lambda x: x[x.date >= pd.Timestamp(2024, 10, 1)]).revenue.sum()
        ),
    ),
    c(
        S,
        "how many sales in the last 30 days",
        "date",
        lambda d: num(
            dated(d).pipe(lambda x: (x.date > x.date.max() - pd.DateOffset(days=30)).sum())
        ),
    ),
    c(
        S,
        "average revenue by region in 2023",
        "date",
        lambda d: ranked(
            dated(d)
            .pipe(lambda x: x[x.date.dt.year == 2023])
            .groupby("region")
            .revenue.mean()
            .sort_values(ascending=False)
        ),
    ),
    c(
        K,
        "average Google price in 2019",
        "date",
        lambda d: num(dated(d).pipe(lambda x: x[x.date.dt.year == 2019]).GOOG.mean()),
    ),
    c(
        K,
        "highest Netflix value since March 2019",
        "date",
        lambda d: num(dated(d).pipe(lambda x: x[x.date >= pd.Timestamp(2019, 3, 1)]).NFLX.max()),
    ),
    # -- time series ------------------------------------------------------------------------
    c(
        S,
        "monthly revenue in 2024",
        "trend",
        lambda d: ranked(
            monthly(
                dated(d)
                .pipe(lambda x: x[x.date.dt.year == 2024])
                .set_index("date")
                .resample("MS")
                .revenue.sum()
            ),
            3,
        ),
    ),
    c(
        S,
        "revenue per quarter",
        "trend",
        lambda d: ranked(
            dated(d)
            .set_index("date")
            .resample("QS")
            .revenue.sum()
            .pipe(lambda s: s.set_axis([f"{i.year} Q{i.quarter}" for i in s.index])),
            3,
        ),
    ),
    c(
        S,
        "yearly units",
        "trend",
        lambda d: ranked(
            dated(d)
            .set_index("date")
            .resample("YS")
            .units.sum()
            .pipe(lambda s: s.set_axis([str(i.year) for i in s.index])),
            2,
        ),
    ),
    c(
        S,
        "how did revenue evolve over time",
        "trend",
        lambda d: ranked(monthly(dated(d).set_index("date").resample("MS").revenue.sum()), 3),
    ),
    c(
        S,
        "number of sales per month in 2023",
        "trend",
        lambda d: ranked(
            monthly(
                dated(d)
                .pipe(lambda x: x[x.date.dt.year == 2023])
                .set_index("date")
                .resample("MS")
                .size()
            ),
            3,
        ),
    ),
    c(
        K,
        "monthly average of AMZN",
        "trend",
        lambda d: ranked(monthly(dated(d).set_index("date").resample("MS").AMZN.mean()), 3),
    ),
    c(
        G,
        "world population over time",
        "trend",
        lambda d: ranked(d.groupby("year")["pop"].sum().sort_index(), 3),
    ),
    c(
        G,
        "average life expectancy per year",
        "trend",
        lambda d: ranked(d.groupby("year").lifeExp.mean().sort_index(), 3),
    ),
    # -- distributions ----------------------------------------------------------------------
    c(
        S,
        "distribution of revenue",
        "distribution",
        lambda d: num(d.revenue.median(), d.revenue.max()),
    ),
    c(
        T,
        "How are tips distributed?",
        "distribution",
        lambda d: num(d.tip.median(), d.tip.min(), d.tip.max()),
    ),
    c(
        IR,
        "histogram of sepal width",
        "distribution",
        lambda d: num(d.sepal_width.median(), d.sepal_width.max()),
    ),
    c(
        G,
        "distribution of life expectancy in 2007",
        "distribution",
        lambda d: num(d[d.year == 2007].lifeExp.median()),
    ),
    c(T, "box plot of total bill", "distribution", lambda d: num(d.total_bill.median())),
    # -- correlation --------------------------------------------------------------------------
    c(
        T,
        "correlation between total bill and tip",
        "correlation",
        lambda d: num(round(d.total_bill.corr(d.tip), 2)),
    ),
    c(
        IR,
        "Is petal length correlated with petal width?",
        "correlation",
        lambda d: num(round(d.petal_length.corr(d.petal_width), 2)),
    ),
    c(
        G,
        "relationship between gdp per capita and life expectancy",
        "correlation",
        lambda d: num(round(d.gdpPercap.corr(d.lifeExp), 2)),
    ),
    c(
        S,
        "correlation between units and revenue",
        "correlation",
        lambda d: num(round(d.units.corr(d.revenue), 2)),
    ),
    c(
        K,
        "correlation between Apple and Microsoft",
        "correlation",
        lambda d: num(round(d.AAPL.corr(d.MSFT), 2)),
    ),
    c(IR, "correlation matrix", "correlation", lambda d: num(round(strongest(d), 2))),
    c(
        K,
        "how are all the stocks correlated? show a heatmap",
        "correlation",
        lambda d: num(round(strongest(d), 2)),
    ),
    # -- missing values, outliers, overview ---------------------------------------------
    c(S, "Are there missing values?", "missing", lambda d: num(d.isna().sum().sum())),
    c(T, "any nulls in the data?", "missing", lambda d: num(d.isna().sum().sum())),
    c(S, "outliers in revenue", "outliers", lambda d: num(iqr_outliers(d.revenue))),
    c(T, "Are there outliers in the tips?", "outliers", lambda d: num(iqr_outliers(d.tip))),
    c(IR, "find outliers in sepal width", "outliers", lambda d: num(iqr_outliers(d.sepal_width))),
    c(S, "describe the data", "overview", lambda d: num(len(d), len(d.columns))),
    c(G, "give me an overview of the dataset", "overview", lambda d: num(len(d), len(d.columns))),
    c(IR, "summary of the table", "overview", lambda d: num(len(d), len(d.columns))),
    # -- counting ---------------------------------------------------------------------------
    c(S, "How many rows are there?", "count", lambda d: num(len(d))),
    c(S, "how many sales in the West", "count", lambda d: num((d.region == "West").sum())),
    c(S, "How many unique products are there?", "count", lambda d: num(d["product"].nunique())),
    c(G, "how many countries are in the data", "count", lambda d: num(d.country.nunique())),
    c(T, "number of tables with smokers", "count", lambda d: num((d.smoker == "Yes").sum())),
    c(IR, "how many species", "count", lambda d: num(d.species.nunique())),
    # -- comparisons and shares ---------------------------------------------------------
    c(
        S,
        "compare revenue between North and South",
        "compare",
        lambda d: ranked(
            d[d.region.isin(["North", "South"])]
            .groupby("region")
            .revenue.sum()
            .sort_values(ascending=False),
            2,
        ),
    ),
    c(
        S,
        "Widget vs Gadget units",
        "compare",
        lambda d: ranked(
            d[d["product"].isin(["Widget", "Gadget"])]
            .groupby("product")
            .units.sum()
            .sort_values(ascending=False),
            2,
        ),
    ),
    c(
        T,
        "compare average tips at lunch and dinner",
        "compare",
        lambda d: ranked(d.groupby("time").tip.mean().sort_values(ascending=False), 2),
    ),
    c(
        G,
        "Europe versus Asia life expectancy",
        "compare",
        lambda d: ranked(
            d[d.continent.isin(["Europe", "Asia"])]
            .groupby("continent")
            .lifeExp.mean()
            .sort_values(ascending=False),
            2,
        ),
    ),
    c(
        S,
        "share of revenue by channel",
        "share",
        lambda d: ranked(
            (d.groupby("channel").revenue.sum() / d.revenue.sum() * 100).sort_values(
                ascending=False
            ),
            2,
        ),
    ),
    c(
        S,
        "What percentage of revenue comes from the North?",
        "share",
        lambda d: num(d[d.region == "North"].revenue.sum() / d.revenue.sum() * 100),
    ),
    c(
        T,
        "percentage of tables by day",
        "share",
        lambda d: ranked((d.groupby("day").size() / len(d) * 100).sort_values(ascending=False)),
    ),
    c(
        G,
        "share of population by continent in 2007",
        "share",
        lambda d: ranked(
            (
                d[d.year == 2007].groupby("continent")["pop"].sum()
                / d[d.year == 2007]["pop"].sum()
                * 100
            ).sort_values(ascending=False)
        ),
    ),
    # -- charts -------------------------------------------------------------------------------
    c(S, "bar chart of revenue by region", "chart", lambda d: Chart("bar")),
    c(S, "line chart of monthly units", "chart", lambda d: Chart("scatter")),
    c(T, "scatter plot of tip against total bill", "chart", lambda d: Chart("scatter")),
    c(T, "pie chart of tips by day", "chart", lambda d: Chart("pie")),
    c(IR, "histogram of petal length", "chart", lambda d: Chart("histogram")),
    c(IR, "box plot of sepal length by species", "chart", lambda d: Chart("box")),
    c(K, "heatmap of correlations", "chart", lambda d: Chart("heatmap")),
    # -- follow-ups ----------------------------------------------------------------------
    c(
        S,
        ("Total revenue by region", "now only for Widget"),
        "followup",
        lambda d: ranked(
            d[d["product"] == "Widget"].groupby("region").revenue.sum().sort_values(ascending=False)
        ),
    ),
    c(
        S,
        ("Total revenue by region", "what about the median?"),
        "followup",
        lambda d: ranked(d.groupby("region").revenue.median().sort_values(ascending=False)),
    ),
    c(
        S,
        ("Top 3 products by revenue", "top 2 instead"),
        "followup",
        lambda d: ranked(d.groupby("product").revenue.sum().sort_values(ascending=False), 2),
    ),
    c(
        S,
        ("monthly revenue in 2024", "and by quarter?"),
        "followup",
        lambda d: ranked(
            dated(d)
            .pipe(lambda x: x[x.date.dt.year == 2024])
            .set_index("date")
            .resample("QS")
            .revenue.sum()
            .pipe(lambda s: s.set_axis([f"{i.year} Q{i.quarter}" for i in s.index])),
            3,
        ),
    ),
    c(
        S,
        ("Total revenue by region", "make it a line chart"),
        "followup",
        lambda d: Chart("scatter"),
    ),
    c(
        S,
        ("What is the total revenue?", "and the average?"),
        "followup",
        lambda d: num(d.revenue.mean()),
    ),
    c(
        S,
        ("average units by region", "what about units in the East?"),
        "followup",
        lambda d: ranked(d[d.region == "East"].groupby("region").units.mean(), 1),
    ),
    c(
        T,
        ("average tip by day", "only at dinner"),
        "followup",
        lambda d: ranked(
            d[d.time == "Dinner"].groupby("day").tip.mean().sort_values(ascending=False)
        ),
    ),
    c(
        T,
        ("average tip by day", "by sex instead"),
        "followup",
        lambda d: ranked(d.groupby("sex").tip.mean().sort_values(ascending=False), 2),
    ),
    c(
        G,
        ("average life expectancy by continent", "now only for 1952"),
        "followup",
        lambda d: ranked(
            d[d.year == 1952].groupby("continent").lifeExp.mean().sort_values(ascending=False)
        ),
    ),
    c(
        G,
        ("top 5 countries by population in 2007", "top 3 instead"),
        "followup",
        lambda d: ranked(
            d[d.year == 2007].groupby("country")["pop"].sum().sort_values(ascending=False), 3
        ),
    ),
    c(
        IR,
        ("average petal length by species", "what about the maximum?"),
        "followup",
        lambda d: ranked(d.groupby("species").petal_length.max().sort_values(ascending=False)),
    ),
    # -- unanswerable --------------------------------------------------------------------
    c(S, "What is the total profit?", "unanswerable", NO),
    c(S, "average customer age", "unanswerable", NO),
    c(S, "Will revenue grow next year?", "unanswerable", NO),
    c(S, "Why did sales drop in May?", "unanswerable", NO),
    c(T, "What is the average waiter salary?", "unanswerable", NO),
    c(T, "predict tomorrow's tips", "unanswerable", NO),
    c(IR, "What is the average stem height?", "unanswerable", NO),
    c(G, "What is the average unemployment rate?", "unanswerable", NO),
    c(G, "forecast life expectancy for 2030", "unanswerable", NO),
    c(K, "total dividends paid", "unanswerable", NO),
    c(K, "what will Apple trade at next month?", "unanswerable", NO),
    c(S, "What's the weather like?", "unanswerable", NO),
    # -- phrasings added later, to check that the analyst generalises --------------
    c(
        S,
        "sum of revenue for the East region",
        "filter",
        lambda d: num(d[d.region == "East"].revenue.sum()),
    ),
    c(
        S,
        "what was the mean unit price of Gizmo?",
        "filter",
        lambda d: num(d[d["product"] == "Gizmo"].unit_price.mean()),
    ),
    c(
        S,
        "revenue by channel in 2023",
        "group",
        lambda d: ranked(
            dated(d)
            .pipe(lambda x: x[x.date.dt.year == 2023])
            .groupby("channel")
            .revenue.sum()
            .sort_values(ascending=False),
            2,
        ),
    ),
    c(
        S,
        "which channel brings the most revenue",
        "group",
        lambda d: ranked(d.groupby("channel").revenue.sum().sort_values(ascending=False), 1),
    ),
    c(
        S,
        "list the top 4 products by number of units",
        "topn",
        lambda d: ranked(d.groupby("product").units.sum().sort_values(ascending=False), 4),
    ),
    c(S, "weekly revenue in the last 2 months", "trend", lambda d: Chart("scatter")),
    c(
        S,
        "average rating per product",
        "group",
        lambda d: ranked(d.groupby("product").rating.mean().sort_values(ascending=False)),
    ),
    c(S, "how many missing ratings are there", "missing", lambda d: num(d.rating.isna().sum())),
    c(S, "What is the gross margin?", "unanswerable", NO),
    c(
        S,
        ("revenue by product", "only online"),
        "followup",
        lambda d: ranked(
            d[d.channel == "Online"].groupby("product").revenue.sum().sort_values(ascending=False)
        ),
    ),
    c(S, ("revenue by product", "as a pie chart"), "followup", lambda d: Chart("pie")),
    c(T, "mean tip for female customers", "filter", lambda d: num(d[d.sex == "Female"].tip.mean())),
    c(T, "what's the biggest tip ever", "aggregate", lambda d: num(d.tip.max())),
    c(T, "total tips on Saturday", "filter", lambda d: num(d[d.day == "Sat"].tip.sum())),
    c(
        T,
        "average bill by party size",
        "group",
        lambda d: ranked(d.groupby("size").total_bill.mean().sort_values(ascending=False)),
    ),
    c(T, "What is the chef's favourite dish?", "unanswerable", NO),
    c(
        IR,
        "median sepal length of virginica",
        "filter",
        lambda d: num(d[d.species == "virginica"].sepal_length.median()),
    ),
    c(
        IR,
        "how many rows per species",
        "group",
        lambda d: ranked(d.groupby("species").size().sort_values(ascending=False)),
    ),
    c(IR, "scatter of sepal length vs petal length", "chart", lambda d: Chart("scatter")),
    c(
        G,
        "average population of countries in Asia in 2007",
        "filter",
        lambda d: num(d[(d.continent == "Asia") & (d.year == 2007)]["pop"].mean()),
    ),
    c(
        G,
        "life expectancy of Sweden over time",
        "trend",
        lambda d: ranked(d[d.country == "Sweden"].groupby("year").lifeExp.mean().sort_index(), 3),
    ),
    c(
        G,
        "which country had the highest gdp per capita in 1952",
        "group",
        lambda d: ranked(
            d[d.year == 1952].groupby("country").gdpPercap.mean().sort_values(ascending=False), 1
        ),
    ),
    c(G, "what is the literacy rate in Kenya?", "unanswerable", NO),
    c(K, "lowest price of Amazon", "aggregate", lambda d: num(d.AMZN.min())),
    c(
        K,
        "average FB value in 2018",
        "date",
        lambda d: num(dated(d).pipe(lambda x: x[x.date.dt.year == 2018]).FB.mean()),
    ),
]
