"""The offline analyst on a question of several parts: "which years does this cover, and
how many deals are there" answers both; a short part that points back ("and how much was
it") asks for the first part's figure and is no question of its own; if one part cannot be
answered, no part is, and the decline names the part. The two-part answer runs through the
whole backend (in this process, on a small CSV)."""

from __future__ import annotations

import pandas as pd
import pytest

from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import Column, Table
from services.llm.offline.understand import parts_of, understand_all
from tests.analyst_inprocess import Conversation


def deals() -> Table:
    return Table(
        variable="deals",
        path="/mnt/data/car_deals.csv",
        rows=6,
        columns=[
            Column("Sold", "date", first="2022-01-03", last="2024-12-31"),
            Column("Make", "category", ["BMW", "Ford"]),
            Column("Price", "number", low=9000, high=52000),
        ],
    )


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("which years does this cover, and how many deals are there", 2),
        ("what is the average price and what is the max price", 2),
        ("which month had the highest total price and how much was it", 1),
        ("which year had the most deals and how many were there", 1),
        ("avg price of BMW and Ford", 1),  # values joined, not questions
    ],
)
def test_a_question_splits_where_a_whole_question_is_joined(question, parts):
    assert len(parts_of(question)) == parts


def test_a_last_ask_for_the_figure_is_no_part_of_its_own():
    found = understand_all("which month of 2022 had the most deals? how many", [], [deals()])
    assert not isinstance(found, Unanswerable), found
    assert len(found) == 1 and found[0][0].top == 1 and found[0][0].freq == "M"


def test_each_part_is_read_in_the_frame_of_the_one_before():
    found = understand_all("what is the average price and what is the max price", [], [deals()])
    assert not isinstance(found, Unanswerable)
    assert [(q.measure, q.agg) for q, _ in found] == [("Price", "mean"), ("Price", "max")]


def test_a_part_that_cannot_be_answered_declines_the_whole_and_is_named():
    found = understand_all("what is the average price, and what is the avg mileage", [], [deals()])
    assert isinstance(found, Unanswerable)
    assert "what is the avg mileage" in found.reason and "mileage" in found.reason


def test_both_parts_are_answered_with_their_figures(tmp_path):
    path = tmp_path / "car_deals.csv"
    pd.DataFrame(
        {
            "Sold": ["2022-01-03", "2022-06-01", "2023-02-01", "2023-03-05", "2024-12-31"],
            "Make": ["BMW", "Ford", "BMW", "Ford", "Ford"],
            "Price": [52000, 9000, 40000, 12000, 15000],
        }
    ).to_csv(path, index=False)
    text, _ = Conversation(path).ask("what is the average price, and what is the max price")
    assert "25,600" in text and "52,000" in text, text
