"""Conversations over machine_stops.csv: a plant's stoppage log, 2023–2024, one row per stop
(`StopStart` as `yyyy-mm-ddTHH:MM`, `Downtime_min`, `UnitsLost`, `RepairCost_EUR` and `Tech`
only for MECH/ELEC/HYD repairs, 3.5 % blank `ReasonCode`)."""

from __future__ import annotations

from tests.devset3.cases import (
    BAR,
    HISTOGRAM,
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

ISO_T = "%Y-%m-%dT%H:%M"


def cases() -> list[SealedCase]:
    t = "machine_stops.csv"
    m = load(t, "StopStart", ISO_T)
    down = m["Downtime_min"]
    cost = m["RepairCost_EUR"]
    year = m["_d"].dt.year
    reason = m["ReasonCode"]
    machine = m.groupby("MachineID")
    line = m.groupby("Line")

    def line_year(code: str, y: int) -> float:
        return float(down[(m["Line"] == code) & (year == y)].sum())

    def tech_count(who: str) -> int:
        return int(((m["Tech"] == who) & (reason == "MECH")).sum())

    elec = reason == "ELEC"
    growth = pct_change(down[year == 2023].sum(), down[year == 2024].sum())
    assert growth > 0
    rows = [
        ("aggregate", "how many stops were logged in total", num(len(m))),
        ("aggregate", "total repair spend", num(cost.sum())),
        ("units-columns", "total downtime in hours", num(down.sum() / 60)),
        ("units-columns", "avg repair cost in eur per repaired stop", num(cost.mean())),
        ("group", "downtime minutes by line", num(*line["Downtime_min"].sum())),
        ("group", "number of stops per shift", num(*m.groupby("Shift").size())),
        (
            "ranking",
            "top 5 machines by total downtime",
            ranked(machine["Downtime_min"].sum(), 5),
        ),
        (
            "ranking",
            "which 3 reason codes cost the most in repairs",
            ranked(m.groupby("ReasonCode")["RepairCost_EUR"].sum(), 3),
        ),
        ("superlative", "longest single stoppage in minutes", num(best(down))),
        (
            "superlative",
            "which machine lost the most units overall and how many",
            num(best(machine["UnitsLost"].sum())),
        ),
        (
            "superlative",
            "which technician handled the most repairs? how many",
            num(best(m.groupby("Tech").size())),
        ),
        (
            "compare",
            "avg downtime per stop: shift C vs shift A",
            num(down[m["Shift"] == "C"].mean(), down[m["Shift"] == "A"].mean()),
        ),
        ("coverage", "what date range does the stop log cover", num(year.min(), year.max())),
        (
            "date-part",
            "which calendar month has the most stops, count them",
            num(best(m.groupby(m["_d"].dt.month).size())),
        ),
        (
            "date-part",
            "downtime mins on weekends",
            num(down[m["_d"].dt.day_of_week >= 5].sum()),
        ),
        (
            "date-part",
            "how many stops started between midnight and 6am",
            num((m["_d"].dt.hour < 6).sum()),
        ),
        (
            "derived",
            "what pct of stops have no reason code",
            num(reason.isna().mean() * 100),
        ),
        (
            "derived",
            "repair cost per minute of downtime for ELEC stops (total cost / total mins)",
            num(cost[elec].sum() / down[elec].sum()),
        ),
        (
            "per-normalise",
            "avg number of stops per machine",
            num(len(m) / m["MachineID"].nunique()),
        ),
        ("per-normalise", "avg units lost per stop", num(m["UnitsLost"].mean())),
        ("per-normalise", "stops per line", num(*line.size())),
        ("percent-change", "yoy change in total downtime 2023 to 2024, %", num(growth)),
        (
            "numbers-in-question",
            "how many stops lasted longer than 2 hours",
            num(above(down, 120)),
        ),
        (
            "numbers-in-question",
            "stops with a repair bill above 1.5k eur",
            num(above(cost.dropna(), 1500)),
        ),
        (
            "numbers-in-question",
            "count of stops that lost 500 units or more",
            num((m["UnitsLost"] >= 500).sum()),
        ),
        (
            "long-format",
            "how much downtime was caused by setups",
            num(down[reason == "SETUP"].sum()),
        ),
        ("long-format", "how many electrical stops were there", num(elec.sum())),
        ("chart", "bar chart of downtime by machine", BAR),
        ("chart", "monthly stop count trend", LINE),
        ("chart", "distribution of downtime minutes", HISTOGRAM),
        ("unanswerable", "what's the OEE of each line", NO),
        ("unanswerable", "which operator caused the most stops", NO),
        ("unanswerable", "total energy use of the presses", NO),
        ("unanswerable", "downtime broken down by spare-part supplier", NO),
        ("unanswerable", "how many stops were there in 2022", NO),
    ]
    return [one(t, *row) for row in rows] + [
        SealedCase(
            t,
            [
                ("total downtime on line L1 in 2024", num(line_year("L1", 2024))),
                ("and L3?", num(line_year("L3", 2024))),
                ("what about 2023?", num(line_year("L3", 2023))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many MECH stops did tech JK handle", num(tech_count("JK"))),
                ("and AM?", num(tech_count("AM"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("avg downtime per stop by line", num(*line["Downtime_min"].mean())),
                ("show that as a chart", BAR),
            ],
            "follow-up",
        ),
    ]
