"""Years said relative to the data or to the question before: "the most recent season in the
data" and "the latest year in there" are a year column's last year, "the first season" its
first; a follow-up "and the season before?", "10 years later", "the following season" or
"the previous month" moves the previous question's year or month; "which season had the most
goals" ranks the seasons' totals, not the biggest single match. Before, each of these
answered for all the years or for the year asked before."""

from __future__ import annotations

import pandas as pd
import pytest

from services.llm.offline.query import Filter, Query, Unanswerable
from services.llm.offline.relative import shifted
from services.llm.offline.schema import Column, Table
from services.llm.offline.understand import understand_all
from tests.unit.test_offline_tallies import result_of

MATCHES = pd.DataFrame(
    {
        "HomeTeam": ["A", "B", "A", "C", "B", "C"],
        "HomeGoals": [1, 5, 2, 2, 1, 0],
        "AwayGoals": [0, 1, 2, 1, 1, 3],
        "Year": [1989, 1989, 1990, 1990, 1991, 1991],
    }
)


def matches(dated: bool = True) -> Table:
    columns = [
        Column("HomeTeam", "category", ["A", "B", "C"]),
        Column("HomeGoals", "number", low=0, high=5),
        Column("AwayGoals", "number", low=0, high=3),
        Column("Year", "number", low=1989, high=1991),
    ]
    if dated:
        columns.append(Column("Date", "date", first="1989-08-01", last="1992-05-30"))
    return Table("matches", "/mnt/data/league_matches.csv", 6, columns)


def _query(question: str, earlier: tuple[str, ...] = (), table: Table | None = None):
    found = understand_all(question, list(earlier), [table or matches()])
    assert not isinstance(found, Unanswerable), found
    return found[0][0]


def _years(query) -> list[tuple[str, str, object]]:
    return [(f.column, f.op, f.value) for f in query.filters]


@pytest.mark.parametrize(
    "question, year",
    [
        ("total HomeGoals in the most recent season in the data", 1991),
        ("total HomeGoals in the latest season", 1991),
        ("total HomeGoals in the first season", 1989),
    ],
)
def test_the_latest_or_first_season_is_the_year_columns_last_or_first(question, year):
    assert _years(_query(question)) == [("Year", "==", year)]


def test_the_latest_year_of_a_table_with_only_a_year_column():
    query = _query("average HomeGoals in the latest year in there", table=matches(dated=False))
    assert _years(query) == [("Year", "==", 1991)]


def test_first_and_last_season_asks_what_the_data_covers():
    assert _query("first and last season in the data?").kind == "coverage"


@pytest.mark.parametrize(
    "follow_up, year",
    [
        ("ok and the season before?", 1989),
        ("and the year after?", 1991),
        ("and the following season", 1991),
        ("and 1 year earlier", 1989),
    ],
)
def test_a_follow_up_moves_the_year_asked_before(follow_up, year):
    query = _query(follow_up, ("total HomeGoals in the 1990 season",))
    assert _years(query) == [("Year", "==", year)]
    assert query.measure == "HomeGoals"


def test_a_follow_up_moves_a_month_across_the_year_end():
    base = Query(table=matches(), kind="aggregate", filters=(Filter("Date", "year", (1990, 1)),))
    assert shifted(base, "and the previous month", "Year") == (Filter("Date", "year", (1989, 12)),)
    assert shifted(base, "and the month after", "Year") == (Filter("Date", "year", (1990, 2)),)
    assert shifted(base, "and for team b", "Year") is None


def test_which_season_had_the_most_ranks_the_seasons_totals():
    query = _query("Which Year had the most HomeGoals?")
    assert (query.group, query.agg, query.top) == ("Year", "sum", 1)
    assert result_of(query, MATCHES)["value"] == {"1989": 6}  # not 1989's biggest match, 5
