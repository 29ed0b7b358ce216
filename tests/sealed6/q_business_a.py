"""Conversations over three generated business tables: a dairy herd's milk recording, a gym
chain's check-ins, and monthly customs imports in long format."""

from __future__ import annotations

from tests.sealed6.cases import (
    BAR,
    LINE,
    NO,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

MILK = "Milk (kg/d)"
SCC = "SCC ('000/mL)"
VALUE = "Value (USD 000)"
MASS = "Net mass (t)"


def cases() -> list[SealedCase]:
    return _dairy() + _gym() + _customs()


def _dairy() -> list[SealedCase]:
    t = "dairy_herd_tests.csv"
    d = load(t, "TestDate", "%d/%m/%Y")
    year = d["_d"].dt.year
    milk = d[MILK]
    yearly = d.groupby(year)[MILK].mean()
    return [
        one(
            t,
            "coverage",
            "what period do these test records cover",
            num(year.min(), year.max()),
        ),
        one(t, "aggregate", "how many cows are in the data", num(d["CowTag"].nunique())),
        one(t, "units-columns", "avg SCC in cells per mL", num(d[SCC].mean() * 1000)),
        one(
            t,
            "units-columns",
            "avg fat percentage for the holsteins",
            num(d.loc[d["Breed"] == "HOL", "Fat %"].mean()),
        ),
        one(t, "group", "avg mlik yield per breed", num(*d.groupby("Breed")[MILK].mean())),
        one(
            t,
            "numbers-in-question",
            "how many tests had an SCC over 400k",
            num((d[SCC] > 400).sum()),
        ),
        one(
            t,
            "date-part",
            "which month of the year has the highest avg milk yield",
            num(d.groupby(d["_d"].dt.month)[MILK].mean().max()),
        ),
        one(
            t,
            "percent-change",
            "pct change in avg milk per test from 2022 to 2023",
            num(pct_change(yearly[2022], yearly[2023])),
        ),
        one(
            t,
            "derived",
            "what % of tests had a mastitis treatment",
            num((d["MastitisTx"] == "Y").mean() * 100),
        ),
        one(
            t,
            "per-normalise",
            "how many tests per cow on avg",
            num(len(d) / d["CowTag"].nunique()),
        ),
        one(t, "superlative", "highest single milk yield recorded", num(milk.max())),
        one(
            t,
            "ranking",
            "top 5 cows by avg milk yield",
            ranked(d.groupby("CowTag")[MILK].mean(), 5),
        ),
        one(
            t,
            "ranking",
            "rank the breeds by avg fat %",
            ranked(d.groupby("Breed")["Fat %"].mean(), 3),
        ),
        one(t, "chart", "bar chart of avg milk by breed", BAR),
        one(t, "unanswerable", "whats the feed cost per cow", NO),
        one(t, "unanswerable", "how much milk did the herd give in dec 2021", NO),
        one(t, "unanswerable", "which cows are in calf right now", NO),
        SealedCase(
            t,
            [
                ("avg milk for first-lactation cows", num(milk[d["Parity"] == 1].mean())),
                ("and third lactation?", num(milk[d["Parity"] == 3].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg scc for the jerseys", num(d.loc[d["Breed"] == "JER", SCC].mean())),
                ("and holsteins?", num(d.loc[d["Breed"] == "HOL", SCC].mean())),
            ],
            "follow-up",
        ),
    ]


def _gym() -> list[SealedCase]:
    t = "gym_checkins.csv"
    g = load(t, "checkInTs", "%Y-%m-%d %H:%M:%S")
    when = g["_d"]
    month = when.dt.strftime("%Y-%m")
    hours = when.dt.hour.value_counts()
    duration = g["durationMin"]
    tier = g["membershipTier"]
    visits = g["memberId"].value_counts()
    q1 = (when >= "2024-01-01") & (when < "2024-04-01")

    def booked(band: str) -> float:
        return (g.loc[g["ageBand"] == band, "classBooked"] == "Y").mean() * 100

    return [
        one(
            t, "coverage", "which months does the data cover", num(when.min().year, when.max().year)
        ),
        one(
            t,
            "aggregate",
            "how many visits were there in march 2024",
            num((month == "2024-03").sum()),
        ),
        one(
            t,
            "date-part",
            "busiest hour of the day and how many checkins in it",
            num(hours.max(), hours.idxmax()),
        ),
        one(
            t,
            "date-part",
            "which weekday gets the most check-ins",
            num(when.dt.dayofweek.value_counts().max()),
        ),
        one(
            t,
            "group",
            "avg workout length by membership tier",
            num(*g.groupby("membershipTier")["durationMin"].mean()),
        ),
        one(t, "units-columns", "avg session length in hours", num(duration.mean() / 60)),
        one(
            t, "long-format", "how many premium checkins were ther", num((tier == "Premium").sum())
        ),
        one(
            t,
            "numbers-in-question",
            "how many sessions lasted over 2 hours",
            num((duration > 120).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "how many members came at least 10 times",
            num((visits >= 10).sum()),
        ),
        one(t, "per-normalise", "visits per member on avg", num(len(g) / g["memberId"].nunique())),
        one(t, "per-normalise", "checkins per club", num(*g["clubCode"].value_counts())),
        one(
            t,
            "compare",
            "do 25-34s or 35-44s book classes more often, as a % of their visits",
            num(booked("25-34"), booked("35-44")),
        ),
        one(
            t,
            "derived",
            "what pct of checkins had a class booked",
            num((g["classBooked"] == "Y").mean() * 100),
        ),
        one(
            t,
            "superlative",
            "which club had the most visits in jan 2024, how many",
            num(g.loc[month == "2024-01", "clubCode"].value_counts().max()),
        ),
        one(
            t,
            "percent-change",
            "pct change in checkins from july 2023 to jan 2024",
            num(pct_change((month == "2023-07").sum(), (month == "2024-01").sum())),
        ),
        one(
            t,
            "date-part",
            "how many checkins happen on sundays",
            num((when.dt.day_name() == "Sunday").sum()),
        ),
        one(
            t,
            "ranking",
            "top 3 clubs by premium check-ins",
            ranked(g.loc[tier == "Premium", "clubCode"].value_counts(), 3),
        ),
        one(t, "chart", "bar chart of checkins by hour of day", BAR),
        one(t, "unanswerable", "how much revenue did each club make", NO),
        one(t, "unanswerable", "whats the avg members weight", NO),
        one(t, "unanswerable", "how many checkins in december 2024", NO),
        SealedCase(
            t,
            [
                (
                    "how many check-ins at MAN-NQ in Q1 2024",
                    num((q1 & (g["clubCode"] == "MAN-NQ")).sum()),
                ),
                ("and LDS-CTR?", num((q1 & (g["clubCode"] == "LDS-CTR")).sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg duration for premium members", num(duration[tier == "Premium"].mean())),
                ("and off-peak?", num(duration[tier == "Off-Peak"].mean())),
                ("now chart avg duration by tier as bars", BAR),
            ],
            "follow-up",
        ),
    ]


def _customs() -> list[SealedCase]:
    t = "customs_imports.csv"
    c = load(t)
    year = c["Period"].str[:4].astype(int)
    value = c[c["Measure"] == VALUE]
    mass = c[c["Measure"] == MASS]
    vyear = year[value.index]
    myear = year[mass.index]

    def worth(y: int, desc: str | None = None, partner: str | None = None) -> float:
        keep = vyear == y
        if desc is not None:
            keep &= value["HS2_Desc"] == desc
        if partner is not None:
            keep &= value["Partner"] == partner
        return value.loc[keep, "Value"].sum()

    machinery = value[(vyear == 2023) & (value["HS2_Desc"] == "Machinery")]
    machinery_t = mass[(myear == 2023) & (mass["HS2_Desc"] == "Machinery")]
    monthly = value.groupby("Period")["Value"].sum()
    apparel = value[value["HS2_Desc"] == "Knitted apparel"]
    japan_cars = value[(value["HS2_Desc"] == "Vehicles") & (value["Partner"] == "JPN")]
    return [
        one(t, "coverage", "what period does this cover", num(year.min(), year.max())),
        one(
            t,
            "long-format",
            "total import value of vehicles from germany in 2022, in usd thousands",
            num(worth(2022, "Vehicles", "DEU")),
        ),
        one(
            t,
            "long-format",
            "how many tonnes of plastics came from china in 2021",
            num(
                mass.loc[
                    (myear == 2021) & (mass["HS2_Desc"] == "Plastics") & (mass["Partner"] == "CHN"),
                    "Value",
                ].sum()
            ),
        ),
        one(
            t,
            "long-format",
            "total net mass of mineral fuels imported in 2023",
            num(mass.loc[(myear == 2023) & (mass["HS2_Desc"] == "Mineral fuels"), "Value"].sum()),
        ),
        one(
            t,
            "long-format",
            "how many tonnes of vehicles came in from mexico in 2020",
            num(
                mass.loc[
                    (myear == 2020) & (mass["HS2_Desc"] == "Vehicles") & (mass["Partner"] == "MEX"),
                    "Value",
                ].sum()
            ),
        ),
        one(
            t,
            "units-columns",
            "total value of pharma imports in 2023 in dollars, not thousands",
            num(worth(2023, "Pharmaceuticals") * 1000),
        ),
        one(
            t,
            "percent-change",
            "% change in total import value between 2020 and 2023",
            num(pct_change(worth(2020), worth(2023))),
        ),
        one(
            t,
            "ranking",
            "top 3 partner countries by import value in 2023",
            ranked(value[vyear == 2023].groupby("Partner")["Value"].sum(), 3),
        ),
        one(
            t,
            "group",
            "total import value by hs chapter for 2021",
            num(*value[vyear == 2021].groupby("HS2")["Value"].sum()),
        ),
        one(
            t,
            "derived",
            "avg unit value of machinery imports in 2023 in usd per kg",
            num(machinery["Value"].sum() / machinery_t["Value"].sum()),
        ),
        one(
            t,
            "compare",
            "did we import more electrical equipment by value from china or vietnam in 2023",
            num(
                worth(2023, "Electrical equipment", "CHN"),
                worth(2023, "Electrical equipment", "VNM"),
            ),
        ),
        one(
            t,
            "superlative",
            "which month had the highest total import value and how much was it",
            num(monthly.max()),
        ),
        one(
            t,
            "date-part",
            "knitted apparel import value by calendar month with all years added up, "
            "which month is highest",
            num(apparel.groupby(apparel["Period"].str[-2:])["Value"].sum().max()),
        ),
        one(
            t,
            "numbers-in-question",
            "in how many months did vehicle imports from japan exceed 4,000 (usd 000)",
            num((japan_cars["Value"] > 4000).sum()),
        ),
        one(
            t,
            "per-normalise",
            "whats the average monthly import value in 2023",
            num(monthly[monthly.index.str.startswith("2023")].mean()),
        ),
        one(t, "chart", "line chart of total monthly import value", LINE),
        one(t, "unanswerable", "what were our exports to japan in 2022", NO),
        one(t, "unanswerable", "how much did we import in 2019", NO),
        one(t, "unanswerable", "what tariff rate applies to vehicles", NO),
        SealedCase(
            t,
            [
                ("total value of machinery imports in 2021", num(worth(2021, "Machinery"))),
                ("and 2022?", num(worth(2022, "Machinery"))),
                ("now machinery by year as a bar chart", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "value of pharmaceuticals from the usa in 2023",
                    num(worth(2023, "Pharmaceuticals", "USA")),
                ),
                ("and from germany?", num(worth(2023, "Pharmaceuticals", "DEU"))),
            ],
            "follow-up",
        ),
    ]
