"""How the offline analyst finds columns named the way tables shorten them, flags named as
adjectives, and currencies named as units; on tables described by hand."""

from __future__ import annotations

import pytest

from services.llm.offline.plan import code_for
from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import Column, Table
from tests.unit.test_offline_reading import answered, read


def claims() -> Table:
    return Table(
        variable="claims",
        path="/mnt/data/claims.csv",
        rows=4200,
        columns=[
            Column("claim_ref", "text"),
            Column("lossDate", "date", first="2020-01-01", last="2024-12-30"),
            Column("lg", "category", ["AL", "NL"]),
            Column("temp_F", "number", low=20, high=99),
            Column("claim_amt (GBP)", "number", low=10, high=90000),
            Column("paid_amt (GBP)", "number", low=0, high=80000),
            Column("qty", "number", low=1, high=9),
            Column("ram (MB)", "number", ["2", "4", "8", "16"], low=2, high=16),
        ],
    )


def films() -> Table:
    return Table(
        variable="films",
        path="/mnt/data/films.csv",
        rows=12000,
        columns=[
            Column("title", "text"),
            Column("rating", "number", low=1, high=10),
            Column("Action", "number", ["0", "1"], low=0, high=1),
            Column("Comedy", "number", ["1", "0"], low=0, high=1),
        ],
    )


@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("average temperature", "temp_F"),  # the first letters of the word
        ("total quantity", "qty"),  # its first letter and consonants
        ("total amount claimed", "claim_amt (GBP)"),  # the words apart, `amt` spelled out
        ("sum of the claimed amount", "claim_amt (GBP)"),
    ],
)
def test_a_column_is_found_by_the_word_its_name_shortens(question, column):
    assert answered(question, claims()).measure == column


def test_a_grouping_by_a_shortened_column_is_kept():
    query = answered("average temperature for each league", claims())
    assert (query.measure, query.group) == ("temp_F", "lg")


def test_a_grouping_named_as_the_amount_of_something_is_kept_not_dropped():
    query = answered("mean temperature by amount of ram", claims())
    assert (query.measure, query.group) == ("temp_F", "ram (MB)")


def test_the_currency_the_table_is_in_may_be_named():
    assert answered("total paid out in pounds", claims()).measure == "paid_amt (GBP)"
    assert isinstance(read("total paid out in dollars", claims()), Unanswerable)


def test_a_flag_named_beside_a_measure_filters_the_rows():
    query = answered("mean rating of action movies", films())
    assert query.measure == "rating"
    assert [(f.column, f.op, f.value) for f in query.filters] == [("Action", "==", "1")]


def test_a_counted_flag_filters_the_rows():
    query = answered("how many comedies are there", films())
    assert [(f.column, f.value) for f in query.filters] == [("Comedy", "1")]


def test_a_follow_up_naming_another_flag_replaces_the_flag():
    query = answered("and for comedy?", films(), ("mean rating of action movies",))
    assert query.measure == "rating"
    assert [(f.column, f.value) for f in query.filters] == [("Comedy", "1")]


def test_a_flag_alone_is_still_its_own_measure():
    query = answered("average Comedy", films())
    assert (query.measure, query.filters) == ("Comedy", ())


def gym() -> Table:
    return Table(
        variable="gym",
        path="/mnt/data/gym.csv",
        rows=20,
        columns=[
            Column("member", "category", [f"M{n:02}" for n in range(1, 21)]),
            Column("Situps", "number", low=50, high=251),
            Column("Weight (lb)", "number", low=138, high=247),
            Column("Waist (in)", "number", low=31, high=46),
            Column("Downtime_min", "number", low=1, high=400),
            Column("gas", "number", low=1.2, high=3.4),
            Column("reason", "category", ["ELEC", "MECH", "HYD"]),
        ],
    )


@pytest.mark.parametrize(
    ("question", "unit", "factor"),
    [
        ("total weight of all members in kg", "kg", 0.45359237),
        ("average waist size in cm", "cm", 2.54),
        ("total downtime in hours", "hours", 1 / 60),
    ],
)
def test_a_measure_is_converted_to_the_unit_asked(question, unit, factor):
    query = answered(question, gym())
    assert query.convert is not None and query.convert.unit == unit
    assert query.convert.factor == pytest.approx(factor)
    assert query.measure == query.convert.name
    assert f"* {query.convert.factor!r}" in code_for(query)


def test_a_unit_of_another_kind_is_not_understood():
    assert isinstance(read("total downtime in kg", gym()), Unanswerable)
    assert answered("total downtime in minutes", gym()).convert is None  # kept in minutes
    assert answered("average Situps", gym()).convert is None


@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("avg situps for members over 190 lb", "Weight (lb)"),
        ("avg situps with 35 in or less", "Waist (in)"),
    ],
)
def test_a_unit_after_a_number_names_the_column_it_limits(question, column):
    query = answered(question, gym())
    assert query.measure == "Situps" and query.group is None  # "for members": the rows
    assert [f.column for f in query.filters] == [column]


def test_a_follow_up_limit_applies_to_the_column_limited_before():
    query = answered("and for 35 or less?", gym(), ("mean situps with a waist over 35 in",))
    assert [(f.column, f.op, f.value) for f in query.filters] == [("Waist (in)", "<=", 35.0)]


def test_a_value_is_found_by_the_word_it_shortens():
    query = answered("total downtime for electrical", gym())
    assert [(f.column, f.value) for f in query.filters] == [("reason", "ELEC")]


def test_a_noun_saying_what_a_column_measures_is_understood():
    assert answered("highest gas price", gym()).measure == "gas"
    assert isinstance(read("highest gas emissions", gym()), Unanswerable)


def test_which_n_groups_rank_n():
    query = answered("which 3 reasons have the most downtime", gym())
    assert (query.group, query.top, query.ascending) == ("reason", 3, False)


def test_a_limit_in_another_unit_is_put_in_the_column_unit():
    query = answered("how many members over 90 kg", gym())
    assert [(f.column, f.op) for f in query.filters] == [("Weight (lb)", ">")]
    assert query.filters[0].value == pytest.approx(90 / 0.45359237)


def ledger() -> Table:
    return Table(
        variable="ledger",
        path="/mnt/data/ledger.csv",
        rows=900,
        columns=[
            Column("store", "category", ["A", "B"]),
            Column("Net Sales (GBP 000)", "number", low=1, high=5000),
            Column("lateFee_cents", "number", low=0, high=900),
            Column("budget_musd", "number", low=0.1, high=40),
            Column("price", "number", low=1, high=50),
        ],
    )


@pytest.mark.parametrize(
    ("question", "measure", "factor"),
    [
        ("total net sales in millions", "Net Sales (GBP 000)", 1e-3),
        ("total late fees in euros", "lateFee_cents", 0.01),
        ("total budget in $ billions", "budget_musd", 1e-3),
    ],
)
def test_money_is_answered_at_the_scale_asked(question, measure, factor):
    query = answered(question, ledger())
    assert query.convert is not None and query.convert.source == measure
    assert query.convert.factor == pytest.approx(factor)


def test_money_of_unknown_scale_is_left_as_it_is():
    assert answered("total price in millions", ledger()).convert is None
    assert answered("total net sales in thousands", ledger()).convert is None  # kept so


def games() -> Table:
    return Table(
        variable="games",
        path="/mnt/data/games.csv",
        rows=14018,
        columns=[
            Column("HomeTeam", "category", ["Bremen", "Dortmund"]),
            Column("HomeGoals", "number", low=0, high=9),
            Column("AwayGoals", "number", low=0, high=9),
            Column("Year", "number", low=1963, high=2008),
        ],
    )


def test_a_word_shared_by_number_columns_is_their_sum():
    query = answered("total goals in 1990", games())
    assert query.combined is not None
    assert query.combined.columns == ("HomeGoals", "AwayGoals")
    assert (query.measure, query.agg) == (query.combined.name, "sum")
    assert "sum(axis=1, min_count=1)" in code_for(query)
    assert answered("total home goals", games()).measure == "HomeGoals"  # one of them named


def test_levels_shared_by_columns_are_not_added_up():
    exams = Table(
        variable="exams",
        path="/mnt/data/exams.csv",
        rows=300,
        columns=[
            Column("math score", "number", low=0, high=100),
            Column("reading score", "number", low=0, high=100),
        ],
    )
    found = read("average score", exams)
    assert isinstance(found, Unanswerable) or found.combined is None
