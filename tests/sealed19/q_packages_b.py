"""The PACKAGES half, part B: hourly water flow in a pipe and R's chick weights (both river),
and the quarterly US changes (sktime's Uschange, melted to long format). Asked by a working
data analyst typing fast between other tasks; gold computed here with plain pandas."""

from __future__ import annotations

import pandas as pd

from tests.sealed19.cases import (
    BAR,
    BOX,
    HISTOGRAM,
    LINE,
    NO,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

WATER = "pipe_water_flow_hourly.csv"
CHICKS = "chick_weights_by_diet.csv"
MACRO = "us_macro_changes_long.csv"
FLOW = "Water flow [l/s]"


def water() -> list[SealedCase]:
    w = load(WATER)
    w["_d"] = pd.to_datetime(w["Time"].str[:19])  # the local clock time the file shows
    w["day"] = w["Time"].str[:10]
    flow = w[FLOW]
    month = w["_d"].dt.month
    march, april, may = (w[month == m][FLOW] for m in (3, 4, 5))
    daily = w.groupby("day")[FLOW].mean()
    weekend = w["_d"].dt.dayofweek >= 5
    return [
        one(WATER, "aggregate", "avg water flow over the whole file", num(flow.mean())),
        one(WATER, "aggregate", "median flow l/s", num(flow.median())),
        one(
            WATER,
            "ranking",
            "top 3 days by avg flow",
            ranked(daily, 3),
        ),
        one(
            WATER,
            "ranking",
            "which 3 days had the lowest avgerage flow, w/ the avg",
            ranked(daily, 3, ascending=True),
        ),
        one(WATER, "superlative", "lowest single hourly reading?", num(flow.min())),
        one(
            WATER,
            "superlative",
            "which day had the highest peak hourly flow",
            ranked(w.groupby("day")[FLOW].max(), 1),
        ),
        one(WATER, "chart", "line chart of the flow over time", LINE),
        one(
            WATER,
            "compare",
            "avg flow march vs may",
            num(march.mean(), may.mean()),
        ),
        one(
            WATER,
            "compare",
            "weekday vs weekend avg flow (sat+sun = weekend)",
            num(flow[~weekend].mean(), flow[weekend].mean()),
        ),
        one(WATER, "coverage", "how many hourly readings are there", num(len(w))),
        one(WATER, "coverage", "how many distinct days does the flow data cover", num(len(daily))),
        one(
            WATER,
            "date-part",
            "avg flow by mnth",
            num(march.mean(), april.mean(), may.mean()),
        ),
        one(
            WATER,
            "date-part",
            "mean flow per day of week, mon to sun",
            num(*w.groupby(w["_d"].dt.dayofweek)[FLOW].mean()),
        ),
        one(
            WATER,
            "date-part",
            "median flow for readings taken at 3am",
            num(w[w["_d"].dt.hour == 3][FLOW].median()),
        ),
        one(
            WATER,
            "derived",
            "what % of readings are below 100 l/s",
            num((flow < 100).mean() * 100),
        ),
        one(
            WATER,
            "derived",
            "gap b/w the highest and lowest flow reading",
            num(flow.max() - flow.min()),
        ),
        one(
            WATER,
            "per-normalise",
            "readings per day on avg (total readings / no. of days)",
            num(len(w) / len(daily)),
        ),
        one(
            WATER,
            "percent-change",
            "pct change in avg flow from march to april",
            num(pct_change(march.mean(), april.mean())),
        ),
        one(
            WATER,
            "percent-change",
            "% change from the very first reading to the very last one",
            num(pct_change(flow.iloc[0], flow.iloc[-1])),
        ),
        one(
            WATER,
            "numbers-in-question",
            "how many hrs had flow under 90 l/s",
            num((flow < 90).sum()),
        ),
        one(
            WATER,
            "units-columns",
            "avg flow in cubic metres per hour",
            num(flow.mean() * 3.6),
        ),
        one(
            WATER,
            "units-columns",
            "max flow in litres per minute",
            num(flow.max() * 60),
        ),
        SealedCase(
            WATER,
            [
                ("avg flow in april", num(april.mean())),
                ("and the min?", num(april.min())),
                ("same for may", num(may.min())),
            ],
            "follow-up",
        ),
        SealedCase(
            WATER,
            [
                ("how many readings below 50 l/s", num((flow < 50).sum())),
                ("only march", num((march < 50).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            WATER,
            [
                ("daily avg flow on 2022-04-27", num(daily["2022-04-27"])),
                ("and the next day", num(daily["2022-04-28"])),
            ],
            "follow-up",
        ),
        SealedCase(
            WATER,
            [
                ("avg flow by weekday", num(*w.groupby(w["_d"].dt.dayofweek)[FLOW].mean())),
                ("bar chart it", BAR),
            ],
            "follow-up",
        ),
        one(WATER, "unanswerable", "whats the avg water pressure in the pipe", NO),
        one(WATER, "unanswerable", "which pipe or site had the most flow", NO),
        one(WATER, "unanswerable", "avg flow in june", NO),
        one(WATER, "unanswerable", "what caused the big drops in flow", NO),
    ]


def chicks() -> list[SealedCase]:
    k = load(CHICKS)
    final = k[k["time"] == 21]
    start = k[k["time"] == 0].set_index("chick")["weight"]
    end = final.set_index("chick")["weight"]
    gain = (end - start).dropna()
    by_diet = final.groupby("diet")["weight"].mean()
    return [
        one(CHICKS, "aggregate", "avg chick weight at day 21", num(final["weight"].mean())),
        one(
            CHICKS,
            "group",
            "avg weight at the last day (time 21) by diet",
            num(*by_diet),
        ),
        one(
            CHICKS,
            "group",
            "numbr of chicks per diet",
            num(*k.groupby("diet")["chick"].nunique()),
        ),
        one(
            CHICKS,
            "ranking",
            "top 3 chicks by weight at day 21",
            ranked(end, 3),
        ),
        one(
            CHICKS,
            "ranking",
            "lightest 3 chicks at time 21",
            ranked(end, 3, ascending=True),
        ),
        one(
            CHICKS,
            "superlative",
            "heaviest weight ever recorded in the chick data",
            num(k["weight"].max()),
        ),
        one(
            CHICKS,
            "superlative",
            "which diet gives the biggest avg weight at day 21",
            ranked(by_diet, 1),
        ),
        one(CHICKS, "chart", "line chart avg weight over time, one line per diet", LINE),
        one(CHICKS, "chart", "box plot of day 21 weight by diet", BOX),
        one(
            CHICKS,
            "compare",
            "diet 1 vs diet 4, avg wieght at day 21",
            num(by_diet[1], by_diet[4]),
        ),
        one(
            CHICKS,
            "compare",
            "diet 2 vs diet 3 median weight across all weighings",
            num(
                k[k["diet"] == 2]["weight"].median(),
                k[k["diet"] == 3]["weight"].median(),
            ),
        ),
        one(CHICKS, "coverage", "how many chicks are in the data", num(k["chick"].nunique())),
        one(
            CHICKS,
            "coverage",
            "how many chicks got weighed at all 12 time points",
            num((k.groupby("chick")["time"].nunique() == 12).sum()),
        ),
        one(
            CHICKS,
            "derived",
            "avg gain from day 0 to day 21 per chick (chicks weighed both days)",
            num(gain.mean()),
        ),
        one(
            CHICKS,
            "per-normalise",
            "avg grams gained per day over the 21 days, for chicks weighed on day 0 and 21",
            num(gain.mean() / 21),
        ),
        one(
            CHICKS,
            "per-normalise",
            "weighings per chick on avg",
            num(len(k) / k["chick"].nunique()),
        ),
        one(
            CHICKS,
            "percent-change",
            "% change in avg weight from day 0 to day 21 (avg at each time)",
            num(pct_change(k[k["time"] == 0]["weight"].mean(), final["weight"].mean())),
        ),
        one(
            CHICKS,
            "percent-change",
            "pct change in avg weight b/w day 10 and day 20 for diet 3",
            num(
                pct_change(
                    k[(k["time"] == 10) & (k["diet"] == 3)]["weight"].mean(),
                    k[(k["time"] == 20) & (k["diet"] == 3)]["weight"].mean(),
                )
            ),
        ),
        one(
            CHICKS,
            "numbers-in-question",
            "how many weighings came in over 200g",
            num((k["weight"] > 200).sum()),
        ),
        one(
            CHICKS,
            "numbers-in-question",
            "chicks at least 250 g at day 21 - how many",
            num((final["weight"] >= 250).sum()),
        ),
        one(
            CHICKS,
            "units-columns",
            "avg wt at 3 weeks old in kg",
            num(final["weight"].mean() / 1000),
        ),
        one(
            CHICKS,
            "units-columns",
            "median weight at day 0 in ounces",
            num(k[k["time"] == 0]["weight"].median() / 28.349523125),
        ),
        SealedCase(
            CHICKS,
            [
                ("avg weight at day 10", num(k[k["time"] == 10]["weight"].mean())),
                ("only diet 1", num(k[(k["time"] == 10) & (k["diet"] == 1)]["weight"].mean())),
                ("and diet 2", num(k[(k["time"] == 10) & (k["diet"] == 2)]["weight"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            CHICKS,
            [
                ("max weight for diet 4", num(k[k["diet"] == 4]["weight"].max())),
                ("same but median", num(k[k["diet"] == 4]["weight"].median())),
            ],
            "follow-up",
        ),
        SealedCase(
            CHICKS,
            [
                ("how many chicks made it to day 21", num(final["chick"].nunique())),
                ("and per diet?", num(*final.groupby("diet")["chick"].nunique())),
            ],
            "follow-up",
        ),
        SealedCase(
            CHICKS,
            [
                ("avg weight by time point", num(*k.groupby("time")["weight"].mean())),
                ("chart it as a line", LINE),
            ],
            "follow-up",
        ),
        one(CHICKS, "unanswerable", "what breed are the chicks", NO),
        one(CHICKS, "unanswerable", "feed cost per chick by diet", NO),
        one(CHICKS, "unanswerable", "avg weight of the male chicks vs female", NO),
        one(CHICKS, "unanswerable", "whats the avg weight at six weeks old", NO),
    ]


def macro() -> list[SealedCase]:
    u = load(MACRO)
    u["year"] = u["Quarter"].str[:4].astype(int)
    u["q"] = u["Quarter"].str[-1].astype(int)
    wide = u.pivot(index="Quarter", columns="series", values="value")
    cons, inc, prod = wide["Consumption"], wide["Income"], wide["Production"]
    sav, unemp = wide["Savings"], wide["Unemployment"]
    year = pd.Series(wide.index.str[:4].astype(int), index=wide.index)
    quarter = pd.Series(wide.index.str[-1].astype(int), index=wide.index)

    def decade(series: pd.Series, start: int) -> float:
        return series[(year >= start) & (year < start + 10)].mean()

    full_years = year <= 2015
    return [
        one(
            MACRO,
            "aggregate",
            "avg quarterly consumption change over the whole peroid",
            num(cons.mean()),
        ),
        one(MACRO, "aggregate", "how many rows are there for Savings", num(sav.size)),
        one(
            MACRO,
            "group",
            "mean value by series",
            num(*u.groupby("series")["value"].mean()),
        ),
        one(
            MACRO,
            "group",
            "std dev of value for each series",
            num(*u.groupby("series")["value"].std()),
        ),
        one(
            MACRO,
            "ranking",
            "top 3 quarters for consumption growth",
            ranked(cons, 3),
        ),
        one(
            MACRO,
            "ranking",
            "worst 4 quarters for production, with the value",
            ranked(prod, 4, ascending=True),
        ),
        one(
            MACRO,
            "ranking",
            "rank the series by avg value, top 3",
            ranked(u.groupby("series")["value"].mean(), 3),
        ),
        one(
            MACRO,
            "superlative",
            "which quarter had the strongest income growth",
            ranked(inc, 1),
        ),
        one(
            MACRO,
            "superlative",
            "largest drop in savings in any quarter (most negative value)",
            num(sav.min()),
        ),
        one(MACRO, "chart", "line chart of Consumption over time", LINE),
        one(MACRO, "chart", "bar chart avg value per series", BAR),
        one(
            MACRO,
            "compare",
            "avg Consumption vs avg Income",
            num(cons.mean(), inc.mean()),
        ),
        one(
            MACRO,
            "compare",
            "production 2008 Q4 vs 2009 Q1",
            num(prod["2008 Q4"], prod["2009 Q1"]),
        ),
        one(
            MACRO,
            "coverage",
            "first and last year in the data",
            num(year.min(), year.max()),
        ),
        one(MACRO, "coverage", "how many quarters are covered", num(len(wide))),
        one(
            MACRO,
            "date-part",
            "avg consumption change by quarter of the year (Q1 to Q4)",
            num(*cons.groupby(quarter).mean()),
        ),
        one(
            MACRO,
            "date-part",
            "avg Income change per yr for 2007 thru 2010",
            num(*inc[(year >= 2007) & (year <= 2010)].groupby(year).mean()),
        ),
        one(
            MACRO,
            "date-part",
            "sum of unemployment changes for each yr 2008, 2009, 2010",
            num(*unemp[(year >= 2008) & (year <= 2010)].groupby(year).sum()),
        ),
        one(
            MACRO,
            "derived",
            "avg gap income minus consumption, per quarter",
            num((inc - cons).mean()),
        ),
        one(
            MACRO,
            "derived",
            "what % of quarters had negative production",
            num((prod < 0).mean() * 100),
        ),
        one(
            MACRO,
            "per-normalise",
            "quarters w/ falling production per yr, avg over the full yrs 1970-2015",
            num((prod[full_years] < 0).sum() / year[full_years].nunique()),
        ),
        one(
            MACRO,
            "percent-change",
            "avg consumption growth in the 2000s vs the 1990s, % change",
            num(pct_change(decade(cons, 1990), decade(cons, 2000))),
        ),
        one(
            MACRO,
            "percent-change",
            "pct change in avg income growth, 1980s to 1990s",
            num(pct_change(decade(inc, 1980), decade(inc, 1990))),
        ),
        one(
            MACRO,
            "numbers-in-question",
            "how many quarters had Income up more than 2",
            num((inc > 2).sum()),
        ),
        one(
            MACRO,
            "numbers-in-question",
            "quarters where unemployment rose by half a point or more",
            num((unemp >= 0.5).sum()),
        ),
        one(
            MACRO,
            "long-format",
            "max value of the Production series",
            num(prod.max()),
        ),
        one(
            MACRO,
            "long-format",
            "median savings value",
            num(sav.median()),
        ),
        one(
            MACRO,
            "long-format",
            "no. of quarters where Income was negative",
            num((inc < 0).sum()),
        ),
        one(
            MACRO,
            "long-format",
            "avg Unemployment value in 2009",
            num(unemp[year == 2009].mean()),
        ),
        one(
            MACRO,
            "long-format",
            "min consumption figure, whole data",
            num(cons.min()),
        ),
        one(
            MACRO,
            "long-format",
            "how many quarters was Savings above 10",
            num((sav > 10).sum()),
        ),
        SealedCase(
            MACRO,
            [
                ("avg consumption in 2008", num(cons[year == 2008].mean())),
                ("and 2009", num(cons[year == 2009].mean())),
                ("same for income", num(inc[year == 2009].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            MACRO,
            [
                ("max production value", num(prod.max())),
                ("only after 2000", num(prod[year > 2000].max())),
            ],
            "follow-up",
        ),
        SealedCase(
            MACRO,
            [
                ("avg savings change", num(sav.mean())),
                ("and the median?", num(sav.median())),
                ("histogram of it", HISTOGRAM),
            ],
            "follow-up",
        ),
        SealedCase(
            MACRO,
            [
                ("top 3 quarters for income growth", ranked(inc, 3)),
                ("only 1990+", ranked(inc[year >= 1990], 3)),
            ],
            "follow-up",
        ),
        SealedCase(
            MACRO,
            [
                ("how many quarters did consumption fall", num((cons < 0).sum())),
                ("and production?", num((prod < 0).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            MACRO,
            [
                ("unemployment change in 2009 Q1", num(unemp["2009 Q1"])),
                ("and 2008 Q4", num(unemp["2008 Q4"])),
            ],
            "follow-up",
        ),
        one(MACRO, "unanswerable", "whats the inflation rate series avg", NO),
        one(MACRO, "unanswerable", "consumption growth in the nineteen sixties", NO),
        one(MACRO, "unanswerable", "predict next yrs income growth", NO),
        one(MACRO, "unanswerable", "which state had the biggest drop in production", NO),
    ]


def cases() -> list[SealedCase]:
    return water() + chicks() + macro()
