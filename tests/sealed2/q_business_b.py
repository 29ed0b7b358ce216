"""Questions over two generated business tables: saas_metrics.csv (monthly subscription
metrics per plan, long format) and fleet_trips.csv (a logistics trip log with unit-suffixed
columns and day/month/year start times)."""

from __future__ import annotations

from tests.sealed2.cases import (
    BOX,
    LINE,
    NO,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    top,
)


def saas() -> list[SealedCase]:
    t = "saas_metrics.csv"
    s = load(t, "month", "%Y-%m")
    year, month = s["_d"].dt.year, s["_d"].dt.month

    def total(metric: str, plan: str | None = None, y: int | None = None) -> float:
        rows = s["metric"] == metric
        if plan is not None:
            rows &= s["plan"] == plan
        if y is not None:
            rows &= year == y
        return s.loc[rows, "value"].sum()

    def at(metric: str, plan: str, m: str) -> float:
        rows = (s["metric"] == metric) & (s["plan"] == plan) & (s["month"] == m)
        return float(s.loc[rows, "value"].iloc[0])

    new_2024 = s[(s["metric"] == "new_accounts") & (year == 2024)]
    starter_new = s[(s["metric"] == "new_accounts") & (s["plan"] == "Starter")]["value"]
    q4 = (s["metric"] == "new_mrr_usd") & (year == 2023) & (month >= 10)
    dec24 = (s["metric"] == "mrr_usd") & (s["month"] == "2024-12")
    net_2024 = (
        total("new_mrr_usd", y=2024)
        + total("expansion_mrr_usd", y=2024)
        - total("churned_mrr_usd", y=2024)
    )
    return [
        one(t, "long-format", "total new mrr in 2023", num(total("new_mrr_usd", y=2023))),
        one(
            t,
            "long-format",
            "how many churned accounts for starter in 2022",
            num(total("churned_accounts", "Starter", 2022)),
        ),
        one(
            t,
            "long-format",
            "active accounts on the growth plan in dec 2024",
            num(at("active_accounts", "Growth", "2024-12")),
        ),
        one(
            t,
            "long-format",
            "total mrr in dec 2024 across all plans",
            num(s.loc[dec24, "value"].sum()),
        ),
        one(
            t,
            "percent-change",
            "how much did enterprise mrr grow from jan 2022 to jan 2024, in %",
            num(
                pct_change(
                    at("mrr_usd", "Enterprise", "2022-01"), at("mrr_usd", "Enterprise", "2024-01")
                )
            ),
        ),
        one(
            t,
            "group",
            "total expansion mrr by plan",
            num(*s[s["metric"] == "expansion_mrr_usd"].groupby("plan")["value"].sum()),
        ),
        one(
            t,
            "ranking",
            "which plan brought in the most new accounts in 2024",
            num(new_2024.groupby("plan")["value"].sum().max()),
        ),
        one(
            t,
            "compare",
            "did scale or growth lose more mrr to churn in 2023",
            num(total("churned_mrr_usd", "Scale", 2023), total("churned_mrr_usd", "Growth", 2023)),
        ),
        # derived: net new MRR = new + expansion - churned (the standard SaaS definition).
        one(t, "derived", "net new mrr in 2024 (new + expansion - churned)", num(net_2024)),
        # derived: average revenue per account = MRR / active accounts, same plan and month.
        one(
            t,
            "derived",
            "avg revenue per account for enterprise in dec 2024",
            num(
                at("mrr_usd", "Enterprise", "2024-12")
                / at("active_accounts", "Enterprise", "2024-12")
            ),
        ),
        one(
            t,
            "per-normalise",
            "avg new accounts per month on growth",
            num(s.loc[(s["metric"] == "new_accounts") & (s["plan"] == "Growth"), "value"].mean()),
        ),
        one(t, "coverage", "which months does the data cover", num(year.min(), year.max())),
        one(t, "date-part", "total new mrr in q4 2023", num(s.loc[q4, "value"].sum())),
        one(
            t,
            "date-part",
            "churned accounts in januarys, all years and plans",
            num(s.loc[(s["metric"] == "churned_accounts") & (month == 1), "value"].sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "in how many months did starter get more than 50 new accounts",
            num((starter_new > 50).sum()),
        ),
        one(t, "chart", "plot mrr over time by plan", LINE),
        one(t, "unanswerable", "what's the CAC for enterprise", NO),
        one(t, "unanswerable", "total mrr in 2019", NO),
        SealedCase(
            t,
            [
                (
                    "total churned mrr for growth in 2022",
                    num(total("churned_mrr_usd", "Growth", 2022)),
                ),
                ("and 2023?", num(total("churned_mrr_usd", "Growth", 2023))),
                ("what about scale", num(total("churned_mrr_usd", "Scale", 2023))),
            ],
            "follow-up",
        ),
    ]


def fleet() -> list[SealedCase]:
    t = "fleet_trips.csv"
    f = load(t, "start_time", "%d/%m/%Y %H:%M")
    year = f["_d"].dt.year
    km, fuel, load_kg = f["distance (km)"], f["fuel (l)"], f["load (kg)"]
    delay = f["delay (min)"]
    vans, rigids = f[f["vehicle_type"] == "van"], f[f["vehicle_type"] == "rigid"]

    def depot_km(depot: str, y: int) -> float:
        return km[(f["depot"] == depot) & (year == y)].sum()

    def type_delay(kind: str) -> float:
        return delay[f["vehicle_type"] == kind].mean()

    return [
        one(t, "units-columns", "total km driven in 2024", num(km[year == 2024].sum())),
        one(
            t,
            "units-columns",
            "avg litres of fuel per trip for artics",
            num(fuel[f["vehicle_type"] == "artic"].mean()),
        ),
        one(t, "units-columns", "what's the heaviest load", num(load_kg.max())),
        # derived: fleet consumption = total litres / total km * 100.
        one(
            t,
            "derived",
            "fuel consumption in l/100km for vans",
            num(vans["fuel (l)"].sum() / vans["distance (km)"].sum() * 100),
        ),
        # derived: toll per km = total toll / total km.
        one(
            t,
            "derived",
            "toll cost per km for rigid trucks",
            num(rigids["toll_eur"].sum() / rigids["distance (km)"].sum()),
        ),
        one(t, "group", "total distance by depot", num(*f.groupby("depot")["distance (km)"].sum())),
        one(
            t,
            "group",
            "avg delay by vehicle type",
            num(*f.groupby("vehicle_type")["delay (min)"].mean()),
        ),
        one(
            t,
            "ranking",
            "top 3 drivers by km driven",
            top(f.groupby("driver_id")["distance (km)"].sum()),
        ),
        one(
            t,
            "ranking",
            "which vehicle did the most trips",
            num(f["vehicle_id"].value_counts().max()),
        ),
        one(
            t,
            "compare",
            "is avg load higher out of rotterdam or antwerp",
            num(load_kg[f["depot"] == "Rotterdam"].mean(), load_kg[f["depot"] == "Antwerp"].mean()),
        ),
        one(t, "per-normalise", "avg trips per vehicle", num(len(f) / f["vehicle_id"].nunique())),
        one(t, "per-normalise", "avg stops per trip for vans", num(vans["stops"].mean())),
        one(t, "per-normalise", "avg km per day", num(km.sum() / f["_d"].dt.date.nunique())),
        one(
            t,
            "date-part",
            "how many trips started on sundays",
            num((f["_d"].dt.dayofweek == 6).sum()),
        ),
        one(
            t,
            "date-part",
            "avg delay for trips starting before 6am",
            num(delay[f["_d"].dt.hour < 6].mean()),
        ),
        one(t, "numbers-in-question", "trips longer than 500 km - how many", num((km > 500).sum())),
        one(
            t,
            "numbers-in-question",
            "how many trips were more than 30 min late",
            num((delay > 30).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "avg fuel for trips with a load over 10,000 kg",
            num(fuel[load_kg > 10000].mean()),
        ),
        one(
            t,
            "percent-change",
            "% change in total fuel used from 2023 to 2024",
            num(pct_change(fuel[year == 2023].sum(), fuel[year == 2024].sum())),
        ),
        one(t, "coverage", "date range of the trips?", num(year.min(), year.max())),
        one(t, "chart", "scatter of distance vs fuel", SCATTER),
        one(t, "chart", "box plot of delay by depot", BOX),
        one(t, "unanswerable", "what's the drivers' hourly wage", NO),
        one(t, "unanswerable", "how many trips in 2022", NO),
        one(t, "unanswerable", "average trip duration in hours", NO),
        SealedCase(
            t,
            [
                ("total km for lille in 2023", num(depot_km("Lille", 2023))),
                ("and 2024?", num(depot_km("Lille", 2024))),
                ("same for utrecht", num(depot_km("Utrecht", 2024))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg delay for vans", num(type_delay("van"))),
                ("what about rigids", num(type_delay("rigid"))),
            ],
            "follow-up",
        ),
    ]
