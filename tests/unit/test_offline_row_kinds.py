"""What the offline analyst calls a table's rows when its file name does not say (people,
matches, computers), words that only qualify a column named beside them, quantities kept in
several columns used as limits, and a table's own year column; on tables described by hand.
"""

from __future__ import annotations

import pytest

from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import Column, Table
from tests.unit.test_offline_reading import answered, read


def voyage() -> Table:  # people, told by sex and age
    return Table(
        variable="voyage",
        path="/mnt/data/voyage.csv",
        rows=1316,
        columns=[
            Column("class", "category", ["1st", "2nd", "3rd"]),
            Column("sex", "category", ["man", "women"]),
            Column("age", "number", low=1, high=80),
            Column("fare", "number", low=0, high=500),
        ],
    )


def league() -> Table:  # matches, told by a home and an away side
    return Table(
        variable="league",
        path="/mnt/data/league.csv",
        rows=9000,
        columns=[
            Column("HomeTeam", "category", ["Borussia Dortmund", "Hamburger SV"]),
            Column("AwayTeam", "category", ["Hamburger SV", "Borussia Dortmund"]),
            Column("HomeGoals", "number", low=0, high=12),
            Column("AwayGoals", "number", low=0, high=9),
            Column("Year", "number", low=1963, high=2008),
            Column("Date", "date", first="1963-08-24", last="2009-05-23"),
        ],
    )


def readings() -> Table:  # no kind of row shows: a meter's readings
    return Table(
        variable="meters",
        path="/mnt/data/meters.csv",
        rows=500,
        columns=[
            Column("site", "category", ["Leeds", "York"]),
            Column("kwh", "number", low=0, high=900),
            Column("disease", "number", low=0, high=90),
        ],
    )


@pytest.mark.parametrize(
    ("question", "table"),
    [
        ("how many passengers travelled 3rd class", voyage),
        ("how many people were older than 60", voyage),
        ("how many games were played in 1980", league),
        ("how many matches in 1999", league),
    ],
)
def test_a_general_noun_is_the_rows_when_the_columns_show_their_kind(question, table):
    query = answered(question, table())
    assert query.agg == "count"
    assert query.measure is None


@pytest.mark.parametrize("question", ["how many passengers", "how many games were played"])
def test_a_general_noun_without_evidence_is_declined(question):
    problem = read(question, readings())
    assert isinstance(problem, Unanswerable)


def test_a_limit_on_a_quantity_kept_in_two_columns_counts_rows():
    query = answered("how many games had more than 7 goals", league())
    assert query.combined is not None
    assert [(f.column, f.op, f.value) for f in query.filters] == [(query.combined.name, ">", 7)]
    assert query.agg == "count"


def test_a_year_is_taken_from_the_tables_own_year_column():
    query = answered("average home goals in the 1980 season", league())
    assert [(f.column, f.op, f.value) for f in query.filters] == [("Year", "==", 1980)]


def test_a_word_of_a_value_that_names_no_one_column_is_not_dropped():
    # "dortmund" is a value of both team columns: answering without it would be wrong
    problem = read("most home goals for dortmund", league())
    assert isinstance(problem, Unanswerable)
    assert "dortmund" in problem.reason


@pytest.mark.parametrize("question", ["total kwh used", "total kwh recorded", "avg metered kwh"])
def test_a_participle_beside_a_column_is_read_as_the_column(question):
    assert answered(question, readings()).measure == "kwh"


@pytest.mark.parametrize(
    "question",
    [
        "total kwh increase",  # another quantity made from the column
        "average kwh target",
        "total weekend kwh",  # rows the table cannot tell apart, not a qualifier
        "total kwh emissions",  # a noun may name another quantity ("gas emissions")
        "average first class kwh",
    ],
)
def test_a_word_naming_another_quantity_or_a_segment_is_declined(question):
    table = readings()
    problem = read(question, table)
    assert isinstance(problem, Unanswerable), problem


def weather() -> Table:
    return Table(
        variable="weather",
        path="/mnt/data/weather.csv",
        rows=8760,
        columns=[
            Column("date", "date", first="2010-01-01 00:00", last="2010-12-31 23:00"),
            Column("temp_F", "number", low=20, high=95),
        ],
    )


def test_an_adjective_names_its_quantity_and_its_direction():
    query = answered("which hour of the day is coldest on average", weather())
    assert (query.measure, query.part, query.top, query.ascending) == ("temp_F", "hour", 1, True)
    query = answered("was january or july warmer on average", weather())
    assert query.measure == "temp_F"
    assert [(f.op, f.value) for f in query.filters] == [("months", (1, 7))]


def test_an_adjective_for_a_quantity_the_table_lacks_is_declined():
    problem = read("which site is the hottest", readings())
    assert isinstance(problem, Unanswerable)
    assert "hottest" in problem.reason


def trains() -> Table:
    return Table(
        variable="trains",
        path="/mnt/data/trains.csv",
        rows=3000,
        columns=[
            Column("svc_date", "date", first="2024-01-01", last="2024-06-30"),
            Column("route", "category", ["LDS-YRK", "YRK-SCA", "SHF-LDS"]),
            Column("delay_mins", "number", low=0, high=30),
            Column("pax", "number", low=0, high=400),
        ],
    )


def test_worst_is_the_most_of_a_measure_where_more_is_worse():
    query = answered("which 2 routes have the worst average delay", trains())
    assert (query.group, query.measure, query.top, query.ascending) == (
        "route", "delay_mins", 2, False,
    )  # fmt: skip
    assert answered("worst single delay", trains()).agg == "max"
    assert answered("best single delay", trains()).agg == "min"
    assert answered("which 2 routes have the worst pax", trains()).ascending is True


def test_busiest_period_ranks_the_periods():
    query = answered("busiest calendar month - how many trains", trains())
    assert (query.part, query.top, query.ascending) == ("month", 1, False)


def test_a_superlative_with_nothing_to_rank_is_declined_not_counted():
    problem = read("busiest time for trains - how many trains", trains())
    assert isinstance(problem, Unanswerable), problem


def labs() -> Table:
    return Table(
        variable="labs",
        path="/mnt/data/labs.csv",
        rows=6000,
        columns=[
            Column("test_code", "category", ["GLU", "SOD", "CREAT", "K"]),
            Column("result_value", "number", low=0, high=900),
            Column("flag", "category", ["H", "L"]),
        ],
    )


def test_a_word_is_read_as_the_short_capital_code_it_begins_with():
    query = answered("how many glucose tests were flagged high", labs())
    assert {(f.column, f.value) for f in query.filters} == {("test_code", "GLU"), ("flag", "H")}
    assert answered("avg sodium level", labs()).filters[0].value == "SOD"
    assert isinstance(read("avg potassium level", labs()), Unanswerable)  # K: no letters shared
