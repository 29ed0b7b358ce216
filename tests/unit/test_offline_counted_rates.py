"""The offline analyst on what is counted and what is a rate: "how many states" counts the
different states (never adds their codes up), "how many races" counts the races named (no
grouping by them), "avg X across states" is one figure, "rejection rate" is the share of
rows with that value (within the other filters), "sales" on a table with one money column
is that column; a change between two months (quarters, halves) of given years compares
those two periods. On tables described by hand."""

from __future__ import annotations

import pytest

from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import Column, Table
from tests.unit.test_offline_reading import answered, read


def cigarettes() -> Table:
    return Table(
        variable="cigarette_sales",
        path="/mnt/data/cigarette_sales.csv",
        rows=1380,
        columns=[
            Column("state", "number", [str(n) for n in range(1, 47)], low=1, high=51),
            Column("year", "number", low=1963, high=1992),
            Column("price", "number", low=20, high=200),
            Column("ndi", "number", low=1300, high=23000),
            Column("quarter", "number", ["1", "2", "3", "4"], low=1, high=4),
        ],
    )


def races() -> Table:
    return Table(
        variable="hill_races",
        path="/mnt/data/scottish_hill_races.csv",
        rows=35,
        columns=[
            Column("race", "text"),
            Column("dist", "number", low=2, high=28),
            Column("climb", "number", low=300, high=7500),
            Column("time", "number", low=15, high=205),
        ],
    )


def applications() -> Table:
    return Table(
        variable="job_applications",
        path="/mnt/data/job_applications.csv",
        rows=4000,
        columns=[
            Column("source", "category", ["Referral", "LinkedIn", "Agency"]),
            Column("stageReached", "category", ["Applied", "Screen", "Offer", "Hired"]),
            Column("Status", "category", ["OPEN", "REJECTED", "CLOSED"]),
            Column("Dept", "category", ["ENG", "SAL"]),
        ],
    )


def baskets() -> Table:
    return Table(
        variable="pharmacy_baskets",
        path="/mnt/data/pharmacy_baskets.csv",
        rows=7900,
        columns=[
            Column("TxnTime", "date", first="2024-01-02", last="2024-06-30"),
            Column("ItemsQty", "number", low=1, high=12),
            Column("BasketValue (GBP)", "number", low=1, high=80),
            Column("DiscountPence", "number", low=0, high=500),
        ],
    )


def test_how_many_of_a_coded_column_counts_its_different_values():
    query = answered("how many states are in this table", cigarettes())
    assert (query.kind, query.measure) == ("distinct", "state")


def test_how_many_periods_is_not_read_as_different_codes():
    query = answered("how many quarters had a price above 100", cigarettes())
    assert query.kind != "distinct"


def test_how_many_rows_named_by_a_name_column_counts_them_without_grouping():
    query = answered("how many races climb more than 2,000 ft", races())
    assert query.group is None
    assert [(f.column, f.op, f.value) for f in query.filters] == [("climb", ">", 2000.0)]


@pytest.mark.parametrize(
    ("question", "table", "measure"),
    [
        ("avg ndi across states in 1992", cigarettes, "ndi"),
        ("avg time across the races", races, "time"),
    ],
)
def test_an_average_across_a_category_is_one_figure(question, table, measure):
    query = answered(question, table())
    assert (query.measure, query.agg, query.group) == (measure, "mean", None)


def test_a_value_before_rate_is_the_share_of_rows_with_it():
    query = answered("what's the rejection rate, as a %", applications())
    assert query.agg == "rate" and query.combined is not None
    assert (query.combined.columns, query.combined.value) == (("Status",), "REJECTED")
    assert "== 'REJECTED'" in query.combined.code()
    assert query.filters == ()  # every row is in the denominator


def test_a_value_rate_is_kept_within_the_other_filters_and_found_by_its_stem():
    query = answered("hire rate for referrals, in pct", applications())
    assert query.combined is not None and query.combined.value == "Hired"
    assert [(f.column, f.value) for f in query.filters] == [("source", "Referral")]


def test_a_value_rate_by_a_category_is_grouped():
    query = answered("rejection rate by dept", applications())
    assert (query.agg, query.group) == ("rate", "Dept")


@pytest.mark.parametrize(
    "question", ["total sales in february", "pct change in sales from april to may"]
)
def test_sales_on_a_table_with_one_money_column_is_that_column(question):
    query = answered(question, baskets())
    assert query.measure == "BasketValue (GBP)"


def test_how_many_sales_still_counts_rows():
    query = answered("how many sales in may", baskets())
    assert (query.measure, query.agg) == (None, "count")


@pytest.mark.parametrize(
    ("question", "freq", "points"),
    [
        ("pct change in sales from oct 2023 to jan 2024", "M", ("2023-10", "2024-01")),
        ("% change in sales from Q1 2024 to Q2 2024", "Q", ("2024Q1", "2024Q2")),
        ("sales change from H1 2023 to H1 2024 in %", "H", ("2023H1", "2024H1")),
    ],
)
def test_a_change_between_two_periods_of_given_years(question, freq, points):
    table = baskets()
    table.columns[0] = Column("TxnTime", "date", first="2023-01-02", last="2024-06-30")
    query = answered(question, table)
    assert (query.kind, query.part, query.freq, query.points) == ("change", "period", freq, points)
    assert query.filters == ()  # the two periods are the points, not filters
    assert query.measure == "BasketValue (GBP)"


def test_per_a_camel_case_id_is_a_normalisation_and_per_a_short_code_a_grouping():
    table = Table(
        variable="expense_claims",
        path="/mnt/data/expense_claims.csv",
        rows=4300,
        columns=[
            Column("EmpNo", "category"),  # 160 employees: too many to list
            Column("StoreNo", "category", ["101", "104", "117"]),
            Column("Amount", "number", low=5, high=1400),
        ],
    )
    query = answered("avg amount per employee", table)
    assert (query.kind, query.per, query.agg) == ("per", "EmpNo", "sum")
    assert answered("total amount per store", table).group == "StoreNo"


def pigs() -> Table:
    return Table(
        variable="pig_growth",
        path="/mnt/data/pig_growth.csv",
        rows=861,
        columns=[
            Column("Weight", "number", low=15, high=117),
            Column("Time", "number", [str(n) for n in range(1, 13)], low=1, high=12),
            Column("Pig", "number", [str(n) for n in range(4601, 4673)], low=4601, high=4672),
        ],
    )


def test_a_step_of_time_names_the_time_column_of_a_table_without_dates():
    query = answered("avg weight in week 6", pigs())
    assert [(f.column, f.op, f.value) for f in query.filters] == [("Time", "==", "6")]
    assert answered("avg weight by week", pigs()).group == "Time"


def test_a_time_column_is_no_step_where_the_table_has_dates():
    table = pigs()
    table.columns.append(Column("Weighed", "date", first="2020-01-01", last="2020-03-31"))
    query = read("avg weight in week 6", table)
    assert isinstance(query, Unanswerable) or all(f.column != "Time" for f in query.filters)


def test_top_n_of_a_column_of_numbered_things_ranks_them():
    query = answered("top 4 pigs by weight in week 12", pigs())
    assert (query.group, query.top, query.measure) == ("Pig", 4, "Weight")


def test_a_number_nothing_read_is_declined_and_quoted_as_the_questions_own():
    found = read("avg weight of the pigs at week 20", pigs())
    assert isinstance(found, Unanswerable)
    assert "`20`" in found.reason  # quoted from the question, never stated as a figure
