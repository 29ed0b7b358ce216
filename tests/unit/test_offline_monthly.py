"""The offline analyst on a monthly series (one row a month, Fahrenheit): "the top 3
hottest months" ranks the rows by their own dates and labels them as a person writes a
month ("Jul 1934"); "1925 vs 1935" compares the two years; "colder than 35 F" is a limit
below 35 (its "older than" is no limit above); "in celsius" converts degrees with their
offset. The generated code runs on a small frame, so the figures are checked."""

from __future__ import annotations

import pandas as pd
import pytest

from services.llm.offline.schema import Column, Table
from tests.unit.test_offline_reading import answered
from tests.unit.test_offline_tallies import result_of

MONTHS = pd.date_range("1925-01-01", periods=24, freq="MS").append(
    pd.date_range("1935-01-01", periods=12, freq="MS")
)
TEMPS = pd.DataFrame(
    {
        "month": MONTHS,
        "temp_degF": [30.0 + (i % 12) * 3 + (i // 12) for i in range(len(MONTHS))],
    }
)


def series() -> Table:
    return Table(
        "temps",
        "/mnt/data/temps.csv",
        len(TEMPS),
        [
            Column(
                "month",
                "date",
                first="1925-01-01",
                last="1935-12-01",
                step="month",
                written="Jan 1925",
            ),  # fmt: skip
            Column("temp_degF", "number", low=30, high=65),
        ],
    )


def test_the_hottest_months_of_a_monthly_series_are_its_rows_labelled_as_months():
    query = answered("top 3 hottest months on record", series())
    assert query.group == "month", query
    found = result_of(query, TEMPS)
    assert list(found["value"].items()) == [("Dec 1935", 65.0), ("Dec 1926", 64.0),
                                           ("Dec 1925", 63.0)]  # fmt: skip


def test_months_the_file_does_not_write_are_labelled_year_first():
    table = series()
    table.columns[0].written = None  # dates kept as dates (an Excel sheet)
    found = result_of(answered("top 3 hottest months on record", table), TEMPS)
    assert list(found["value"]) == ["1935-12", "1926-12", "1925-12"], found


def test_two_years_said_with_vs_are_compared():
    found = result_of(answered("avg temp 1925 vs 1935", series()), TEMPS)
    assert found["value"] == {"1925": 46.5, "1935": 48.5}, found


@pytest.mark.parametrize(("question", "count"), [("how many months were colder than 35 F", 5),
                                                 ("months warmer than 62 F", 3)])  # fmt: skip
def test_comparatives_of_temperature_are_limits(question, count):
    found = result_of(answered(question, series()), TEMPS)
    assert found["value"] == count, found


def test_fahrenheit_asked_in_celsius_converts_with_the_offset():
    query = answered("average temp in 1935 in celsius", series())
    found = result_of(query, TEMPS)
    assert found["value"] == pytest.approx((48.5 - 32) / 1.8), found
    assert "°C" in (query.measure or ""), query
