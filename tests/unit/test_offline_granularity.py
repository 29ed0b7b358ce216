"""The offline analyst on questions finer than the table's dates: weekdays of weekly dates,
days of monthly ones, times of day of dates without a time. The schema cell measures each
date column's spacing (run here on real frames); a question the spacing cannot answer is
declined with it, rather than answered with a 0 or a figure of coarser dates."""

from __future__ import annotations

import pandas as pd
import pytest

from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import _STEP_CODE, Column, Table
from tests.unit.test_offline_reading import answered, read


def date_step(values: pd.Series) -> str | None:
    scope: dict[str, object] = {}
    exec("\n".join(_STEP_CODE), scope)  # the schema cell's own function
    return scope["date_step"](values)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("dates", "step"),
    [
        (pd.date_range("2023-01-02", periods=40, freq="W-MON"), "week"),
        (pd.date_range("2020-01-01", periods=30, freq="MS"), "month"),
        (pd.date_range("2020-01-31", periods=30, freq="ME"), "month"),
        (pd.date_range("2001-01-01", periods=12, freq="YS"), "year"),
        (pd.date_range("2023-01-01", periods=50, freq="D"), "day"),
        (pd.date_range("2023-01-01 08:30", periods=50, freq="7h"), "time"),
    ],
)
def test_the_schema_cell_measures_a_date_columns_spacing(dates, step):
    assert date_step(pd.Series(dates)) == step


def test_two_dates_are_too_few_to_say_a_spacing():
    assert date_step(pd.Series(pd.to_datetime(["2023-01-02", "2023-01-09"]))) is None


def admissions() -> Table:
    return Table(
        variable="admissions",
        path="/mnt/data/admissions.csv",
        rows=950,
        columns=[
            Column("WeekCommencing", "date", first="2023-01-02", last="2024-12-30", step="week"),
            Column("Exhibition", "category", ["Permanent", "Monet", "Kahlo"]),
            Column("Visitors", "number", low=0, high=3000),
        ],
    )


def temperatures() -> Table:
    return Table(
        variable="temps",
        path="/mnt/data/temps.csv",
        rows=240,
        columns=[
            Column("month", "date", first="1920-01-01", last="1939-12-01", step="month"),
            Column("temp_degF", "number", low=31, high=67),
        ],
    )


@pytest.mark.parametrize(
    ("question", "table", "said"),
    [
        ("how many visitors came on saturdays", admissions, "every one a Monday"),
        ("avg visitors at weekends", admissions, "cannot tell days apart"),
        ("busiest day of the week for Monet", admissions, "one date a week"),
        ("which day of the year had the highest temp", temperatures, "one date a month"),
        ("average daily temperature in 1930", temperatures, "cannot tell days apart"),
        ("visitors in the morning", admissions, "cannot tell times of day apart"),
    ],
)
def test_a_question_finer_than_the_dates_is_declined_with_their_spacing(question, table, said):
    found = read(question, table())
    assert isinstance(found, Unanswerable), found
    assert said in found.reason


@pytest.mark.parametrize(
    "question",
    ["total visitors in 2023 by exhibition", "visitors per week for Kahlo", "monthly visitors"],
)
def test_a_question_at_or_above_the_spacing_is_answered(question):
    answered(question, admissions())


def test_a_daily_table_answers_weekdays():
    table = admissions()
    table.columns[0].step = "day"
    query = answered("how many visitors came on saturdays", table)
    assert [f.op for f in query.filters] == ["weekday"]


def appointments() -> Table:
    return Table(
        variable="salon_appointments",
        path="/mnt/data/salon_appointments.csv",
        rows=9000,
        columns=[
            Column(
                "apptDate", "date", first="2023-01-01 09:00", last="2024-12-31 18:00", step="time"
            ),  # fmt: skip
            Column("stylistId", "category", ["ST01", "ST02", "ST03"]),
            Column("priceGBP", "number", low=20, high=300),
        ],
    )


def test_a_date_part_with_nothing_to_count_or_add_is_declined():
    found = read("what do we pay the stylists per hour", appointments())
    assert isinstance(found, Unanswerable), found
    assert "which number to compute" in found.reason


def test_a_date_part_of_counted_rows_is_answered():
    query = answered("how many appointments by hour of day", appointments())
    assert (query.part, query.agg) == ("hour", "count"), query
