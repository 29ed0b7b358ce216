"""The offline analyst on rows kept by a blank or filled-in column ("films that have a
budget figure", "stops with no reason code"), limits said in words ("more than once",
"exceed 1,000"), "per class" (a column whose name ends in s), "which 3 test codes" and
"line chart of X over the year". On tables described by hand."""

from __future__ import annotations

import pytest

from services.llm.offline.blanks import blank_filters
from services.llm.offline.matcher import Mention
from services.llm.offline.schema import Column, Table
from tests.unit.test_offline_reading import answered


def stops() -> Table:
    return Table(
        variable="machine_stops",
        path="/mnt/data/machine_stops.csv",
        rows=6200,
        columns=[
            Column("StopStart", "date", first="2023-01-01", last="2024-12-31"),
            Column("Line", "category", ["L1", "L2", "L3"]),
            Column("ReasonCode", "category", ["JAM", "ELEC", "HYD"]),
            Column("budget", "number", low=0, high=9000),
            Column("Renewals", "number", ["0", "1", "2", "3"], low=0, high=3),
            Column("class", "category", ["1st class", "2nd class", "3rd class"]),
            Column("test_code", "category", ["CRP", "GLU", "HGB"]),
            Column("temp F", "number", low=20, high=100),
        ],
    )


@pytest.mark.parametrize(
    ("question", "column", "op"),
    [
        ("what pct of stops have no reason code", "ReasonCode", "blank"),
        ("how many stops with no reason code in 2024", "ReasonCode", "blank"),
        ("how many stops have a budget figure", "budget", "filled"),
        ("stops missing a reason code by line", "ReasonCode", "blank"),
    ],
)
def test_a_column_the_rows_have_or_lack_is_a_blank_or_filled_filter(question, column, op):
    query = answered(question, stops())
    assert (column, op) in [(f.column, f.op) for f in query.filters]
    assert query.measure != column


def test_a_column_with_a_limit_after_it_is_no_blank_filter():
    tokens = ["stops", "with", "a", "budget", "above", "100"]
    assert blank_filters(tokens, [Mention(3, 4, "budget")]) == []


def test_no_blank_filter_comes_from_a_value():
    tokens = ["stops", "with", "no", "JAM"]
    assert blank_filters(tokens, [Mention(3, 4, "ReasonCode", "JAM")]) == []


@pytest.mark.parametrize(
    ("question", "op", "value"),
    [
        ("how many stops were renewed more than once", ">", 1.0),
        ("how many stops had renewals at least twice", ">=", 2.0),
        ("in how many stops did the budget exceed 1,000", ">", 1000.0),
    ],
)
def test_limits_said_in_words(question, op, value):
    query = answered(question, stops())
    assert [(f.op, f.value) for f in query.filters] == [(op, value)]


def test_per_a_column_ending_in_s_groups_by_it():
    assert answered("number of stops per class", stops()).group == "class"


def test_which_n_of_a_column_ranks_by_it():
    query = answered("which 3 test codes have the most stops", stops())
    assert (query.group, query.top) == ("test_code", 3)


def test_a_line_chart_over_the_year_is_a_trend():
    query = answered("line chart of temp F over the year", stops())
    assert (query.kind, query.chart) == ("trend", "line")


def staff() -> Table:
    return Table(
        variable="hr_staff",
        path="/mnt/data/hr_staff.csv",
        rows=950,
        columns=[
            Column("emp_id", "text"),
            Column("hire_date", "date", first="2012-01-03", last="2024-12-02"),
            Column("exit_date", "date", first="2013-02-01", last="2024-12-20"),
            Column("paid_date", "date", first="2013-02-01", last="2024-12-20"),
            Column("salary", "number", low=30000, high=200000),
        ],
    )


@pytest.mark.parametrize(
    ("question", "column", "op"),
    [
        ("what percentage of all employees have left", "exit_date", "filled"),
        ("avg salary of people still with us", "exit_date", "blank"),
        ("how many are still unpaid", "paid_date", "blank"),
    ],
)
def test_the_end_of_a_rows_story_said_as_a_verb_is_its_date_column_filled_or_blank(
    question, column, op
):
    query = answered(question, staff())
    assert (column, op) in [(f.column, f.op) for f in query.filters]


def test_a_year_with_an_ending_verb_is_the_year_of_that_ending():
    query = answered("how many people left in 2023", staff())
    assert [(f.column, f.op, f.value[0]) for f in query.filters] == [("exit_date", "year", 2023)]


def test_a_currency_after_a_limit_is_its_unit_where_no_column_names_a_currency():
    query = answered("how many staff earn more than $100k", staff())
    assert [(f.column, f.op, f.value) for f in query.filters] == [("salary", ">", 100000.0)]


def requests() -> Table:
    return Table(
        variable="service_requests",
        path="/mnt/data/service_requests.csv",
        rows=7310,
        columns=[
            Column("SR_TYPE", "category", ["POTH", "GRAF"]),
            Column("OPENED_DT", "date", first="2023-01-01", last="2024-12-31"),
            Column("CLOSED_DT", "date", first="2023-01-02", last="2024-12-31"),
            Column("SLA_HRS", "number", ["24", "72", "120"], low=24, high=120),
        ],
    )


def test_a_unit_of_time_with_a_time_between_dates_is_its_unit_not_a_column():
    query = answered("avg time to close a request in hours", requests())
    assert query.gap is not None and query.measure == query.gap.name
    assert query.group is None


def test_the_dates_of_a_time_between_them_are_no_grouping():
    query = answered("avg days between the opened and closed dates", requests())
    assert query.gap is not None and query.group is None


def test_a_number_glued_to_its_unit_and_or_warmer():
    query = answered("how many stops had temp F of 70F or warmer", stops())
    assert [(f.column, f.op, f.value) for f in query.filters] == [("temp F", ">=", 70.0)]


def test_over_the_year_is_a_trend_only_when_a_chart_is_asked():
    assert answered("mean temp F over the year", stops()).kind == "aggregate"


def test_show_that_as_a_chart_follows_the_question_before():
    query = answered("show that as a chart", stops(), ("count of stops by line",))
    assert (query.group, query.chart) == ("Line", "bar")


def test_leavers_is_no_typo_and_a_follow_up_year_stays_on_the_same_date():
    query = answered("how many leavers in 2022", staff())
    assert [(f.column, f.op) for f in query.filters] == [("exit_date", "year")]
    query = answered("and in 2023?", staff(), ("how many leavers in 2022",))
    assert [(f.column, f.value[0]) for f in query.filters] == [("exit_date", 2023)]


def test_days_to_pay_runs_from_the_first_date_to_the_one_the_verb_names():
    table = Table(
        variable="invoices",
        path="/mnt/data/invoices.csv",
        rows=3200,
        columns=[
            Column("invoice_no", "text"),
            Column("issue_date", "date", first="2022-01-03", last="2024-12-30"),
            Column("due_date", "date", first="2022-01-17", last="2025-01-29"),
            Column("paid_date", "date", first="2022-01-09", last="2025-02-20"),
        ],
    )
    query = answered("avg days to pay an invoice", table)
    assert query.gap is not None and (query.gap.start, query.gap.end) == ("issue_date", "paid_date")
