"""The offline analyst on which column a filter is about: a value said as left out
("not counting CPO", "non-CPO", "excluding …") is excluded; a limit followed by a column's
name limits that column ("income of occupations more than 80% women"); a limit in a unit
goes to the one column that names such a quantity ("taller than 80 ft" → Height) and is
declined when it would land on another kind ("volume for trees over 75 ft" never limits
`Volume`); "below 40 in 1952" is no limit in inches. On tables described by hand."""

from __future__ import annotations

import pytest

from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import Column, Table
from tests.unit.test_offline_reading import answered, read


def cars() -> Table:
    return Table(
        variable="cars",
        path="/mnt/data/car_sales.csv",
        rows=1890,
        columns=[
            Column("Condition", "category", ["New", "Used", "CPO"]),
            Column("Make", "category", ["BMW", "Ford", "Kia"]),
            Column("Odometer (mi)", "number", low=0, high=150000),
            Column("Sale Price ($)", "number", low=5000, high=70000),
        ],
    )


def occupations() -> Table:
    return Table(
        variable="prestige",
        path="/mnt/data/occupational_prestige.csv",
        rows=102,
        columns=[
            Column("occupation", "text"),
            Column("income", "number", low=611, high=25879),
            Column("women", "number", low=0, high=97.5),
            Column("prestige", "number", low=14.8, high=87.2),
        ],
    )


def trees() -> Table:
    return Table(
        variable="trees",
        path="/mnt/data/cherry_trees.csv",
        rows=31,
        columns=[
            Column("Girth", "number", low=8.3, high=20.6),
            Column("Height", "number", low=63, high=87),
            Column("Volume", "number", low=10.2, high=77),
        ],
    )


@pytest.mark.parametrize(
    "question",
    [
        "how many used cars did we sell (not counting CPO)",
        "avg odometer reading of the used (non-CPO) cars",
        "how many used cars excluding CPO",
    ],
)
def test_a_value_said_as_left_out_is_excluded(question):
    query = answered(question, cars())
    kept = {(f.column, f.op, f.value) for f in query.filters}
    assert ("Condition", "!=", "CPO") in kept and ("Condition", "==", "Used") in kept, query


def test_a_limit_followed_by_a_column_limits_that_column():
    query = answered("avg income of occupations that are more than 80% women", occupations())
    assert query.measure == "income"
    assert [(f.column, f.op, f.value) for f in query.filters] == [("women", ">", 80.0)]


def test_a_limit_in_a_unit_goes_to_the_column_of_that_quantity():
    query = answered("how many trees are taller than 80 ft", trees())
    assert [(f.column, f.op, f.value) for f in query.filters] == [("Height", ">", 80.0)]


def test_a_limit_in_a_unit_is_never_put_on_a_column_of_another_kind():
    found = read("avg volume for trees over 75 ft", trees())
    assert isinstance(found, Unanswerable), found
    assert "ft" in found.reason and "Volume" in found.reason


def test_a_year_after_in_is_no_unit():
    table = Table(
        "gapminder",
        "/mnt/data/gapminder.csv",
        1704,
        [Column("country", "text"), Column("year", "number", low=1952, high=2007),
         Column("lifeExp", "number", low=23.6, high=82.6)],
    )  # fmt: skip
    query = answered("how many countries have a life expectancy below 40 in 1952", table)
    assert ("lifeExp", "<", 40.0) in {(f.column, f.op, f.value) for f in query.filters}


def passengers() -> Table:
    return Table(
        variable="air",
        path="/mnt/data/air_passengers.csv",
        rows=144,
        columns=[
            Column("month", "date", first="1949-01-01", last="1960-12-01"),
            Column("AirPassengers", "number", [str(n) for n in range(104, 248)], low=104,
                   high=622),
        ],
    )  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "total passengers jun-aug 1956",
        "total passengers from june to august 1956",
        "total for the summer months of 1956",
    ],
)
def test_a_month_range_within_a_year_keeps_those_months_of_it(question):
    query = answered(question, passengers())
    kept = {(f.op, f.value) for f in query.filters}
    assert ("month_in", (6, 7, 8)) in kept and ("year", (1956, None)) in kept, query
    assert (query.measure, query.agg) == ("AirPassengers", "sum")


def test_a_month_range_across_the_new_year_wraps():
    query = answered("total passengers nov-feb", passengers())
    assert ("month_in", (11, 12, 1, 2)) in {(f.op, f.value) for f in query.filters}


def test_two_years_compared_are_compared_even_when_monthly():
    query = answered("compare the average monthly passengers of 1950 with 1960", passengers())
    assert (query.kind, query.measure, query.agg) == ("compare", "AirPassengers", "mean")
    assert ("years", (1950, 1960)) in {(f.op, f.value) for f in query.filters}
