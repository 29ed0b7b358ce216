"""The offline analyst on one measure read at the row where another is largest or
smallest: "how tall is the tree with the biggest girth" is the height of that tree (it had
answered the largest girth itself), "the girth of the shortest tree" reads the girth where
the height is least (a table with a height and no length), and a superlative alone stays
the extreme of its own column. The generated code runs on a small frame."""

from __future__ import annotations

import pandas as pd

from services.llm.offline.answer import compose
from tests.unit.test_offline_reading import answered
from tests.unit.test_offline_tallies import described, result_of

TREES = pd.DataFrame(
    {
        "Girth": [8.3, 10.5, 20.6, 14.2, 20.6],
        "Height": [70, 63, 87, 81, 80],
        "Volume": [10.3, 16.4, 77.0, 31.7, 70.0],
    }  # fmt: skip
)


def trees():
    return described("cherry_trees", TREES)


def test_a_measure_at_the_row_of_the_largest_other():
    query = answered("how tall is the tree with the biggest girth", trees())
    assert (query.kind, query.measure, query.denominator) == ("extreme", "Height", "Girth")
    found = result_of(query, TREES)
    assert (found["value"], found["ranked"], found["ties"]) == (87, 20.6, 2), found
    text = compose(query, found)
    assert "**87**" in text and "2 rows share" in text, text


def test_the_shortest_tree_is_the_least_height_when_no_length_is_kept():
    query = answered("what is the girth of the shortest tree", trees())
    assert (query.measure, query.denominator, query.ascending) == ("Girth", "Height", True)
    assert result_of(query, TREES)["value"] == 10.5


def test_a_superlative_alone_is_its_own_columns_extreme():
    query = answered("biggest girth in the data", trees())
    assert (query.kind, query.measure, query.agg) == ("aggregate", "Girth", "max"), query


MACRO = pd.DataFrame(
    {
        "year": [1981] * 4 + [1982] * 4 + [1983] * 4,
        "quarter": [1, 2, 3, 4] * 3,
        "unemp": [7.4, 7.4, 7.4, 8.2, 8.8, 9.4, 9.9, 10.7, 11.0, 9.0, 8.5, 8.0],
    }  # fmt: skip
)


def test_the_worst_year_of_a_yearly_average_where_more_is_worse():
    query = answered(
        "which year had the worst unemployment (yearly avg)", described("macro", MACRO)
    )
    assert (query.group, query.agg, query.top, query.ascending) == ("year", "mean", 1, False)
    found = result_of(query, MACRO)
    assert list(found["value"]) == ["1982"], found  # the most in one quarter was 1983
