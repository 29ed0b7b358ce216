"""The offline analyst on values written as short codes in a long table: "admissions" is
ADMITS (another form of the same word), "occupied beds" and "beds occupied" are BEDS_OCC
(each code word begun by a word of the question), "open beds" is BEDS_OPEN; a value two
code words share ("beds") alone names neither. On a table described by hand."""

from __future__ import annotations

import pytest

from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import Column, Table
from tests.unit.test_offline_reading import answered, read


def wards() -> Table:
    return Table(
        variable="ward_occupancy",
        path="/mnt/data/ward_occupancy.csv",
        rows=10940,
        columns=[
            Column("Date", "date", first="2023-01-01", last="2024-06-30"),
            Column("Ward", "category", ["ICU", "AMU", "SURG", "MAT", "PAED"]),
            Column("Measure", "category", ["BEDS_OPEN", "BEDS_OCC", "ADMITS", "DISCH"]),
            Column("Value", "number", low=0, high=60),
        ],
    )


@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("admissions by ward", "ADMITS"),
        ("total discharges in 2023", "DISCH"),
        ("avg number of occupied beds on ICU", "BEDS_OCC"),
        ("on how many days did ICU have 15 or more beds occupied", "BEDS_OCC"),
        ("avg open beds per day in 2024", "BEDS_OPEN"),
    ],
)
def test_a_code_value_is_found_by_the_words_it_shortens(question, code):
    query = answered(question, wards())
    assert ("Measure", code) in [(f.column, f.value) for f in query.filters], query
    assert query.measure == "Value" or query.kind in ("count", "coverage"), query  # days


def test_a_code_word_two_values_share_names_neither():
    found = read("avg beds on ICU", wards())
    assert isinstance(found, Unanswerable), found
    assert "BEDS_OPEN" in found.reason and "BEDS_OCC" in found.reason
