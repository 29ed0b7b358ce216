"""Sealed set 5, generated tables (b): restaurant_covers.csv, construction_projects.csv,
event_tickets.csv."""

from __future__ import annotations

import pandas as pd

from tests.sealed5.cases import (
    BAR,
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

REST = "restaurant_covers.csv"
CONS = "construction_projects.csv"
EVT = "event_tickets.csv"


def _rising(before: float, after: float) -> float:
    change = pct_change(before, after)
    assert change > 0, (before, after)
    return change


def _single_max(counts: pd.Series) -> pd.Series:
    assert (counts == counts.max()).sum() == 1, counts
    return counts


def restaurants() -> list[SealedCase]:
    d = load(REST, date="Date", fmt="%d %b %Y")
    site = {name: d[d["Site"] == name] for name in d["Site"].unique()}
    y24 = d[d["_d"].dt.year == 2024]
    h1_23 = d[(d["_d"].dt.year == 2023) & (d["_d"].dt.month <= 6)]
    weekday = _single_max(d.groupby(d["_d"].dt.day_of_week)["Covers"].mean())
    m23 = d[d["_d"].dt.year == 2023]
    month23 = _single_max(m23.groupby(m23["_d"].dt.month)["NetRev_GBP"].sum())
    walk = d.groupby("Site")["Walkins"].sum() / d.groupby("Site")["Covers"].sum() * 100
    mar24 = d[(d["_d"].dt.year == 2024) & (d["_d"].dt.month == 3)]
    bristol = site["Bristol"]
    soho, leeds = site["Soho"], site["Leeds"]
    return [
        one(REST, "aggregate", "total net revenue across all sites", num(d["NetRev_GBP"].sum())),
        one(
            REST,
            "per-normalise",
            "avg spend per cover at soho (total revenue / total covers)",
            num(soho["NetRev_GBP"].sum() / soho["Covers"].sum()),
        ),
        one(REST, "group", "total covers by site", num(*d.groupby("Site")["Covers"].sum())),
        one(
            REST,
            "date-part",
            "which day of the week has the highest avg covers, and what is that avg",
            num(weekday.max()),
        ),
        one(
            REST,
            "derived",
            "food cost as a pct of revenue, overall",
            num(d["FoodCost_GBP"].sum() / d["NetRev_GBP"].sum() * 100),
        ),
        one(
            REST,
            "percent-change",
            "% change in total covers from jan-jun 2023 to jan-jun 2024",
            num(_rising(h1_23["Covers"].sum(), y24["Covers"].sum())),
        ),
        one(
            REST,
            "compare",
            "leeds vs bristol: average daily revenue in 2024",
            num(
                y24.loc[y24["Site"] == "Leeds", "NetRev_GBP"].mean(),
                y24.loc[y24["Site"] == "Bristol", "NetRev_GBP"].mean(),
            ),
        ),
        one(
            REST,
            "numbers-in-question",
            "on how many days did soho take more than £10k",
            num((soho["NetRev_GBP"] > 10_000).sum()),
        ),
        one(
            REST,
            "superlative",
            "biggest single day for covers at any site - how many covers was it",
            num(d["Covers"].max()),
        ),
        one(REST, "unanswerable", "which dish sells best at each site", NO),
        one(REST, "unanswerable", "whats the average tip per table", NO),
        one(REST, "unanswerable", "how many covers did the manchester site do", NO),
        one(REST, "unanswerable", "customer satisfaction scores by site?", NO),
        SealedCase(
            REST,
            [
                (
                    "total revnue at edinburgh in march 2024",
                    num(mar24.loc[mar24["Site"] == "Edinburgh", "NetRev_GBP"].sum()),
                ),
                (
                    "what about shoreditch?",
                    num(mar24.loc[mar24["Site"] == "Shoreditch", "NetRev_GBP"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            REST,
            [
                (
                    "avg covers on saturdays at bristol",
                    num(bristol.loc[bristol["_d"].dt.day_of_week == 5, "Covers"].mean()),
                ),
                (
                    "and on sundays?",
                    num(bristol.loc[bristol["_d"].dt.day_of_week == 6, "Covers"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            REST,
            [
                (
                    "labour hours per cover at leeds, total hours over total covers",
                    num(leeds["LabourHrs"].sum() / leeds["Covers"].sum()),
                ),
                ("and soho?", num(soho["LabourHrs"].sum() / soho["Covers"].sum())),
            ],
            "follow-up",
        ),
        one(REST, "chart", "bar chart of revenue by site", BAR),
        one(
            REST,
            "units-columns",
            "total revenue in thousands of pounds",
            num(d["NetRev_GBP"].sum() / 1000),
        ),
        one(
            REST,
            "ranking",
            "top 3 sites by walk-in share of covers (total walkins / total covers, %)",
            ranked(walk, 3),
        ),
        one(
            REST,
            "coverage",
            "how many distinct dates does the file cover",
            num(d["Date"].nunique()),
        ),
        one(
            REST,
            "date-part",
            "which month of 2023 had the highest total revenue? how much",
            num(month23.max()),
        ),
    ]


def construction() -> list[SealedCase]:
    d = load(CONS, date="StartDate", fmt="%Y-%m-%d")
    done = d[d["ActualFinish"].notna()]
    late = pd.to_datetime(done["ActualFinish"]) > pd.to_datetime(done["PlannedFinish"])
    delay = (pd.to_datetime(done["ActualFinish"]) - pd.to_datetime(done["PlannedFinish"])).dt.days
    year = d["_d"].dt.year
    by_region = d.groupby("Region")["SafetyIncidents"].sum()
    return [
        one(CONS, "aggregate", "total budget of all projects in $m", num(d["Budget_USDm"].sum())),
        one(CONS, "group", "avg budget by sector", num(*d.groupby("Sector")["Budget_USDm"].mean())),
        one(
            CONS,
            "derived",
            "for completed projects, how far over budget are they in total, as a pct "
            "((total cost - total budget) / total budget)",
            num(
                (done["CostToDate_USDm"].sum() - done["Budget_USDm"].sum())
                / done["Budget_USDm"].sum()
                * 100
            ),
        ),
        one(
            CONS,
            "ranking",
            "top 3 contractors by total budget",
            ranked(d.groupby("Contractor")["Budget_USDm"].sum(), 3),
        ),
        one(
            CONS,
            "numbers-in-question",
            "how many projects have a budget above 50m",
            num((d["Budget_USDm"] > 50).sum()),
        ),
        one(
            CONS,
            "date-part",
            "how many projects kicked off in Q1 (jan-mar), across all years",
            num((d["_d"].dt.month <= 3).sum()),
        ),
        one(
            CONS,
            "coverage",
            "how many projects are still ongoing, with no actual finish yet",
            num(d["ActualFinish"].isna().sum()),
        ),
        one(CONS, "unanswerable", "which project manager has the most delays", NO),
        one(CONS, "unanswerable", "what's the carbon footprint of the highway projects", NO),
        one(CONS, "unanswerable", "why do hospital projects run over budget?", NO),
        one(CONS, "unanswerable", "how many workers are on site for each project", NO),
        SealedCase(
            CONS,
            [
                (
                    "how many bridge projects finished later than planned",
                    num(late[done["Sector"] == "Bridge"].sum()),
                ),
                ("and highway?", num(late[done["Sector"] == "Highway"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            CONS,
            [
                ("total safety incidents in the north region", num(by_region["North"])),
                ("south?", num(by_region["South"])),
                ("show incidents by region as a bar chart", BAR),
            ],
            "follow-up",
        ),
        one(
            CONS,
            "compare",
            "avg budget hospital vs school projects",
            num(
                d.loc[d["Sector"] == "Hospital", "Budget_USDm"].mean(),
                d.loc[d["Sector"] == "School", "Budget_USDm"].mean(),
            ),
        ),
        one(
            CONS,
            "per-normalise",
            "safety incidents per project on average",
            num(d["SafetyIncidents"].mean()),
        ),
        one(CONS, "per-normalise", "projects per region", num(*d.groupby("Region").size())),
        one(CONS, "chart", "scatter of budget vs cost to date", SCATTER),
        one(
            CONS,
            "superlative",
            "whats the biggest project budget",
            num(d["Budget_USDm"].max()),
        ),
        one(
            CONS,
            "percent-change",
            "pct change in avg budget, projects started in 2019 vs started in 2024",
            num(
                _rising(
                    d.loc[year == 2019, "Budget_USDm"].mean(),
                    d.loc[year == 2024, "Budget_USDm"].mean(),
                )
            ),
        ),
        one(
            CONS,
            "units-columns",
            "total budget in dollars, not millions",
            num(round(d["Budget_USDm"].sum(), 2) * 1_000_000),
        ),
        one(
            CONS,
            "derived",
            "for completed projects, avg days between planned finish and actual finish",
            num(delay.mean()),
        ),
    ]


def events() -> list[SealedCase]:
    d = load(EVT, date="EventDt", fmt="%Y-%m-%dT%H:%M")
    months = _single_max(d["_d"].dt.to_period("M").value_counts())
    hours = _single_max(d["_d"].dt.hour.value_counts())
    fill = d["TixSold"] / d["Capacity"] * 100
    y23, y24 = d[d["_d"].dt.year == 2023], d[d["_d"].dt.year == 2024]
    hall24 = y24[y24["Venue"] == "HALL-C"]
    classical = d[d["Genre"] == "Classical"]
    return [
        one(EVT, "aggregate", "total gross across all events", num(d["Gross_EUR"].sum())),
        one(
            EVT,
            "group",
            "avg sell-through by venue (tickets sold / capacity per event, in %, averaged)",
            num(*fill.groupby(d["Venue"]).mean()),
        ),
        one(
            EVT,
            "ranking",
            "top 3 genres by total tickets sold",
            ranked(d.groupby("Genre")["TixSold"].sum().astype(float), 3),
        ),
        one(
            EVT,
            "date-part",
            "which month and year had the most events? how many",
            num(months.max()),
        ),
        one(
            EVT,
            "superlative",
            "highest gross for a single event?",
            num(d["Gross_EUR"].max()),
        ),
        one(
            EVT,
            "percent-change",
            "yoy pct change in total tickets sold, 2023 to 2024",
            num(_rising(y23["TixSold"].sum(), y24["TixSold"].sum())),
        ),
        one(
            EVT,
            "numbers-in-question",
            "how many events sold more than 10,000 tickets",
            num((d["TixSold"] > 10_000).sum()),
        ),
        one(
            EVT,
            "compare",
            "avg ticket price jazz vs comedy",
            num(
                d.loc[d["Genre"] == "Jazz", "AvgTixPrice_EUR"].mean(),
                d.loc[d["Genre"] == "Comedy", "AvgTixPrice_EUR"].mean(),
            ),
        ),
        one(EVT, "unanswerable", "which artist drew the biggest crowd", NO),
        one(EVT, "unanswerable", "how much did merch bring in at the arena", NO),
        one(EVT, "unanswerable", "ticket sales broken down by buyer age", NO),
        one(EVT, "unanswerable", "why were refunds higher at some venues?", NO),
        SealedCase(
            EVT,
            [
                ("how many rock shows at HALL-C in 2024", num((hall24["Genre"] == "Rock").sum())),
                ("and pop?", num((hall24["Genre"] == "Pop").sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            EVT,
            [
                ("total comps at ARENA-N", num(d.loc[d["Venue"] == "ARENA-N", "Comps"].sum())),
                ("and at OPEN-P", num(d.loc[d["Venue"] == "OPEN-P", "Comps"].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            EVT,
            [
                (
                    "average tickets sold per classical event in 2023",
                    num(classical.loc[classical["_d"].dt.year == 2023, "TixSold"].mean()),
                ),
                (
                    "2024?",
                    num(classical.loc[classical["_d"].dt.year == 2024, "TixSold"].mean()),
                ),
            ],
            "follow-up",
        ),
        one(EVT, "per-normalise", "avg tickets sold per event", num(d["TixSold"].mean())),
        one(EVT, "per-normalise", "number of events per venue", num(*d.groupby("Venue").size())),
        one(EVT, "chart", "pie chart of tickets sold by genre", PIE),
        one(
            EVT,
            "derived",
            "comps as a share of tickets sold overall, in %",
            num(d["Comps"].sum() / d["TixSold"].sum() * 100),
        ),
        one(
            EVT,
            "units-columns",
            "total gross in millions of euros",
            num(d["Gross_EUR"].sum() / 1_000_000),
        ),
        one(
            EVT,
            "date-part",
            "at what hour do most events start, and how many start then",
            num(hours.idxmax(), hours.max()),
        ),
        one(
            EVT,
            "coverage",
            "how many events and how many venues are in the data",
            num(len(d), d["Venue"].nunique()),
        ),
    ]


def cases() -> list[SealedCase]:
    return restaurants() + construction() + events()
