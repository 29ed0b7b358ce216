"""Conversations over rail_services.csv: a regional operator's trains, January – June 2024
(one row per train, `svc_date` as `dd-Mon-yyyy`, `sched_dep` as `HH:MM`, `delay_mins` blank
for cancelled trains, which carry no passengers, `fare_rev_gbp` in pounds)."""

from __future__ import annotations

from tests.devset3.cases import (
    BAR,
    LINE,
    NO,
    SealedCase,
    above,
    best,
    load,
    num,
    one,
    pct_change,
    ranked,
)

DMY = "%d-%b-%Y"


def cases() -> list[SealedCase]:
    t = "rail_services.csv"
    r = load(t, "svc_date", DMY)
    month = r["_d"].dt.month
    weekend = r["_d"].dt.day_of_week >= 5
    delay = r["delay_mins"]
    rev = r["fare_rev_gbp"]
    ran = r["cancelled"] == "N"
    hour = r["sched_dep"].str[:2].astype(int)
    route = r.groupby("route")

    def cancellations(code: str) -> int:
        return int(((r["route"] == code) & ~ran).sum())

    def hour_delay(h: int) -> float:
        return float(delay[hour == h].mean())

    def month_pax(mo: int) -> int:
        return int(r.loc[month == mo, "pax"].sum())

    growth = pct_change(rev[month == 2].sum(), rev[month == 3].sum())
    assert growth > 0
    rows = [
        ("aggregate", "total passengers carried", num(r["pax"].sum())),
        ("aggregate", "how many trains were cancelled", num((~ran).sum())),
        ("units-columns", "total fare revenue in £", num(rev.sum())),
        ("units-columns", "avg delay in minutes", num(delay.mean())),
        ("group", "fare revenue by route", num(*route["fare_rev_gbp"].sum())),
        ("group", "avg delay per route", num(*route["delay_mins"].mean())),
        ("ranking", "top 3 routes by passengers", ranked(route["pax"].sum(), 3)),
        (
            "ranking",
            "which 3 routes have the worst average delay",
            ranked(route["delay_mins"].mean(), 3),
        ),
        (
            "superlative",
            "busiest day by passengers - how many pax",
            num(best(r.groupby("_d")["pax"].sum())),
        ),
        ("superlative", "worst single delay in mins", num(best(delay.dropna()))),
        (
            "compare",
            "avg passengers per train, weekdays vs weekends",
            num(r.loc[~weekend, "pax"].mean(), r.loc[weekend, "pax"].mean()),
        ),
        ("coverage", "how many days of service are in the data", num(r["_d"].nunique())),
        (
            "date-part",
            "passengers on saturdays",
            num(r.loc[r["_d"].dt.day_of_week == 5, "pax"].sum()),
        ),
        ("date-part", "fare revenue in march", num(rev[month == 3].sum())),
        ("date-part", "how many trains are scheduled to leave before 8am", num((hour < 8).sum())),
        (
            "derived",
            "% of trains that ran with a delay under 5 min",
            num((delay[ran] < 5).mean() * 100),
        ),
        (
            "derived",
            "overall load factor of the trains that ran: total pax / total seats, in %",
            num(r.loc[ran, "pax"].sum() / r.loc[ran, "seats"].sum() * 100),
        ),
        ("per-normalise", "average revenue per passenger", num(rev.sum() / r["pax"].sum())),
        ("per-normalise", "trains per day on average", num(len(r) / r["_d"].nunique())),
        ("percent-change", "revenue growth from feb to march, %", num(growth)),
        (
            "percent-change",
            "by what pct did passenger numbers grow from february to april",
            num(pct_change(month_pax(2), month_pax(4))),
        ),
        (
            "numbers-in-question",
            "trains delayed 10 mins or more",
            num((delay >= 10).sum()),
        ),
        (
            "numbers-in-question",
            "how many trains took over 1,500 quid in fares",
            num(above(rev, 1500)),
        ),
        (
            "long-format",
            "passengers on the LDS-YRK route",
            num(r.loc[r["route"] == "LDS-YRK", "pax"].sum()),
        ),
        ("chart", "daily passengers over time", LINE),
        ("chart", "bar chart of revenue by route", BAR),
        ("unanswerable", "how many passengers travelled on season tickets", NO),
        ("unanswerable", "avg first class fare", NO),
        ("unanswerable", "how many delays were caused by signal failures", NO),
        ("unanswerable", "how many trains ran in july", NO),
    ]
    return [one(t, *row) for row in rows] + [
        SealedCase(
            t,
            [
                ("cancellations on MAN-LIV", num(cancellations("MAN-LIV"))),
                ("and on LDS-HUL?", num(cancellations("LDS-HUL"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg delay of the 7am departures", num(hour_delay(7))),
                ("and the 6pm ones?", num(hour_delay(18))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("total passengers in may", num(month_pax(5))),
                ("what about june?", num(month_pax(6))),
                ("as a chart by route", BAR),
            ],
            "follow-up",
        ),
    ]
