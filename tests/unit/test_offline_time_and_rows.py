"""How the offline analyst reads times of day, centuries and months, what a table's rows are
called, long tables' value column, and numbers nothing used; on tables described by hand."""

from __future__ import annotations

import pytest

from services.llm.offline.plan import code_for
from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import Column, Table
from tests.unit.test_offline_reading import answered, read


def trains() -> Table:
    return Table(
        variable="trains",
        path="/mnt/data/trains.csv",
        rows=4251,
        columns=[
            Column("svc_date", "date", first="2024-01-01 00:00:00", last="2024-06-30 00:00:00"),
            Column("route", "category", ["LDS-YRK", "MAN-LIV"]),
            Column("sched_dep", "category", ["07:47", "09:02", "18:15"]),
            Column("delay_mins", "number", low=0, high=30),
            Column("pax", "number", low=0, high=400),
        ],
    )


def matches() -> Table:
    return Table(
        variable="matches",
        path="/mnt/data/tennis.csv",
        rows=1240,
        columns=[
            Column("match_date", "date", first="2021-01-04 00:00:00", last="2024-11-30 00:00:00"),
            Column("surface", "category", ["Clay", "Grass", "Hard"]),
            Column("minutes", "number", low=50, high=300),
        ],
    )


def lab() -> Table:
    return Table(
        variable="lab",
        path="/mnt/data/lab.csv",
        rows=6015,
        columns=[
            Column("sample_id", "text"),
            Column("collected", "date", first="2024-03-01 03:13:00", last="2024-08-30 22:41:00"),
            Column("test_code", "category", ["GLU", "CRP", "HGB", "PLT"]),
            Column("result_value", "number", low=0.1, high=600),
            Column("tat_min", "number", low=5, high=400),
            Column("gender", "category", ["F", "M"]),
        ],
    )


def wheat() -> Table:
    return Table(
        variable="wheat",
        path="/mnt/data/wheat.csv",
        rows=52,
        columns=[
            Column("year", "number", low=1565, high=1820),
            Column("wheat", "number", low=26, high=99),
            Column("wages", "number", low=5, high=30),
        ],
    )


@pytest.mark.parametrize(
    ("question", "hours"),
    [
        ("how many trains leave before 8am", (0.0, 8.0)),
        ("avg delay of the 7am departures", (7.0, 8.0)),
        ("total pax after 6 pm", (18.0, 24.0)),
        ("how many trains between midnight and 6am", (0.0, 6.0)),
        ("avg delay from 22:00 to 06:00", (22.0, 6.0)),  # past midnight
    ],
)
def test_a_time_of_day_limits_the_hours_of_the_column_holding_times(question, hours):
    query = answered(question, trains())
    assert [(f.column, f.op, f.value) for f in query.filters] == [("sched_dep", "hours", hours)]


def test_a_range_past_midnight_keeps_both_ends():
    code = code_for(answered("avg delay from 22:00 to 06:00", trains()))
    assert "(hour >= 22.0) | (hour < 6.0)" in code


def test_a_time_of_day_without_a_column_of_times_is_declined():
    assert isinstance(read("how many matches before 8am", matches()), Unanswerable)


def test_the_rows_are_named_by_the_date_column_named_for_them():
    query = answered("how many matches were played on clay", matches())
    assert (query.kind, query.measure) == ("count", None)
    assert [(f.column, f.value) for f in query.filters] == [("surface", "Clay")]


def test_a_limit_or_longer_in_another_unit_of_time():
    query = answered("how many matches took 3 hours or longer", matches())
    assert [(f.column, f.op, f.value) for f in query.filters] == [("minutes", ">=", 180.0)]


@pytest.mark.parametrize(
    ("question", "agg", "code"),
    [("median CRP", "median", "CRP"), ("highest platelet reading", "max", "PLT")],
)
def test_an_aggregate_of_a_coded_value_is_taken_of_the_value_column(question, agg, code):
    query = answered(question, lab())
    assert (query.measure, query.agg) == ("result_value", agg)
    assert [(f.column, f.value) for f in query.filters] == [("test_code", code)]


def test_women_and_men_are_the_gender_codes():
    query = answered("avg tat for women", lab())
    assert [(f.column, f.value) for f in query.filters] == [("gender", "F")]


def test_a_century_limits_the_years():
    query = answered("avg wheat in the 1700s", wheat())
    assert [(f.op, f.value) for f in query.filters] == [("between", (1700, 1799))]


def test_years_before_1800_are_years():
    query = answered("by how many percent did wages rise from 1565 to 1810", wheat())
    assert (query.kind, query.points) == ("change", (1565, 1810))


def test_the_years_a_column_has_values_in():
    query = answered("first and last year that have wage data", wheat())
    assert (query.kind, query.measure) == ("coverage", "wages")
    assert "notna()" in code_for(query)


def test_across_all_years_is_no_grouping():
    query = answered("avg wheat across all years", wheat())
    assert (query.kind, query.group) == ("aggregate", None)


def test_two_months_are_compared_and_neither_is_dropped():
    query = answered("avg delay: january or july", trains())
    assert (query.kind, query.part) == ("compare", "month")
    assert [(f.op, f.value) for f in query.filters] == [("months", (1, 7))]
    both = answered("avg delay in june and july", trains())
    assert [(f.op, f.value) for f in both.filters] == [("month_in", (6, 7))]


@pytest.mark.parametrize(
    "question",
    [
        "avg wheat in the 1400s",  # a century the data does not reach
        "avg wheat for the 3 best harvests of 1600",  # "3" used by nothing
    ],
)
def test_a_number_nothing_used_is_declined(question):
    assert isinstance(read(question, wheat()), Unanswerable)
