"""The offline analyst on a long table of course figures by academic term: "spring 2022" is
a value of `Term`, not a year to filter a date by (it had been declined for want of a date
column); "fall 2022 vs fall 2023" compares two terms; "how many students withdrew" adds up
the `Withdrawn` values, "students" naming what they count. On a table described by hand."""

from __future__ import annotations

from services.llm.offline.schema import Column, Table
from tests.unit.test_offline_reading import answered

TERMS = [f"{season} {year}" for year in (2021, 2022, 2023) for season in ("Spring", "Fall")]


def courses() -> Table:
    return Table(
        variable="course_enrolments",
        path="/mnt/data/course_enrolments.csv",
        rows=1070,
        columns=[
            Column("Term", "category", TERMS),
            Column("CourseCode", "text"),
            Column("Dept", "category", ["CS", "MATH", "HIST", "ECON", "CHEM"]),
            Column("Metric", "category", ["Capacity", "Enrolled", "Withdrawn", "Passed"]),
            Column("Value", "number", low=0, high=180),
        ],
    )


def test_a_term_named_with_its_year_is_a_value_of_the_term_column():
    query = answered("total enrolled in HIST courses in spring 2022", courses())
    filters = {(f.column, f.op, f.value) for f in query.filters}
    assert filters == {("Metric", "==", "Enrolled"), ("Dept", "==", "HIST"),
                       ("Term", "==", "Spring 2022")}, query  # fmt: skip
    assert (query.measure, query.agg) == ("Value", "sum"), query


def test_two_terms_compared_are_the_terms():
    query = answered("enrolment fall 2022 vs fall 2023", courses())
    assert query.kind == "compare" and query.group == "Term", query
    assert set(query.compare) == {"Fall 2022", "Fall 2023"}, query


def test_the_noun_after_how_many_names_what_a_long_value_counts():
    query = answered("how many students withdrew in spring 2023", courses())
    filters = {(f.column, f.value) for f in query.filters}
    assert filters == {("Metric", "Withdrawn"), ("Term", "Spring 2023")}, query
    assert (query.measure, query.agg) == ("Value", "sum"), query
