"""The offline analyst on a monthly table kept as `year` and `month` columns, the month
written as a name ("Sep"): "september across 1990-1997" keeps both the month and the span
(both had been dropped, one overall figure given); "march 1990" is that month of that
year; a quarter is its three months; a grouping by quarter, which months kept as names
cannot give, is declined rather than dropped."""

from __future__ import annotations

import pandas as pd
import pytest

from services.llm.offline.query import Unanswerable
from tests.unit.test_offline_reading import answered, read
from tests.unit.test_offline_tallies import described, result_of

NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CO2 = pd.DataFrame(
    {
        "year": [y for y in range(1988, 2000) for _ in NAMES],
        "month": NAMES * 12,
        "co2": [300.0 + i for i in range(144)],
    }
)


def readings():
    return described("mauna_loa", CO2)


def test_a_month_across_a_span_of_years_keeps_both():
    query = answered("mean co2 in september across 1990-1997", readings())
    found = result_of(query, CO2)
    wanted = CO2[(CO2.year.between(1990, 1997)) & (CO2.month == "Sep")].co2.mean()
    assert found["value"] == pytest.approx(wanted), (query, found)


def test_a_month_of_a_year_is_that_row():
    found = result_of(answered("avg co2 in march 1990", readings()), CO2)
    assert found["value"] == pytest.approx(300.0 + 24 + 2)


def test_a_quarter_is_its_three_months():
    found = result_of(answered("average co2 in the second quarter of 1990", readings()), CO2)
    wanted = CO2[(CO2.year == 1990) & CO2.month.isin(["Apr", "May", "Jun"])].co2.mean()
    assert found["value"] == pytest.approx(wanted), found


def test_quarters_without_month_numbers_are_declined():
    found = read("average co2 by quarter in 1990", readings())
    assert isinstance(found, Unanswerable), found
    assert "quarter" in found.reason
