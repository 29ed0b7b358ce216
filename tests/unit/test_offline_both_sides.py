"""The offline analyst on a yes/no column asked both ways: "houses with air con vs those
without", "remote or not", "than non-remote" group the rows by it (they filter none);
"without air con" alone is its no, never a blank; comparatives name their measure
("pricier" → price). On tables described by hand."""

from __future__ import annotations

import pytest

from services.llm.offline.schema import Column, Table
from tests.unit.test_offline_reading import answered


def houses() -> Table:
    return Table(
        variable="housing",
        path="/mnt/data/windsor_housing.csv",
        rows=546,
        columns=[
            Column("price", "number", low=25000, high=190000),
            Column("bedrooms", "number", ["1", "2", "3", "4", "5", "6"], low=1, high=6),
            Column("airco", "category", ["yes", "no"]),
            Column("driveway", "category", ["yes", "no"]),
        ],
    )


def staff() -> Table:
    return Table(
        variable="hr",
        path="/mnt/data/hr_staff.csv",
        rows=900,
        columns=[
            Column("emp_id", "text"),
            Column("dept", "category", ["MKT", "ENG", "OPS"]),
            Column("Salary ($)", "number", low=30000, high=150000),
            Column("sick_days", "number", low=0, high=20),
            Column("remote", "category", ["Yes", "No"]),
        ],
    )


@pytest.mark.parametrize(
    ("question", "table", "group", "measure"),
    [
        ("are houses with air con pricier on average than ones without?", houses, "airco", "price"),
        ("avg price with vs without airco", houses, "airco", "price"),
        ("avg price of houses with and without a driveway", houses, "driveway", "price"),
        ("do remote workers take more sick days on average than non-remote?", staff, "remote",
         "sick_days"),
        ("avg sick days, remote or not", staff, "remote", "sick_days"),
    ],
)  # fmt: skip
def test_a_yes_no_column_asked_both_ways_groups_the_rows(question, table, group, measure):
    query = answered(question, table())
    assert (query.group, query.measure, query.agg) == (group, measure, "mean")
    assert not query.filters


def test_without_a_yes_no_column_alone_is_its_no():
    query = answered("how many houses without airco", houses())
    assert [(f.column, f.op, f.value) for f in query.filters] == [("airco", "==", "no")]
