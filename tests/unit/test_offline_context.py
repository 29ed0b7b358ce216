"""Questions written with their context around them, as people write at work: "For the
insurer I need …" and "For the mileage claim, what …" say who the answer is for, and are
left aside (said in the answer); a sentence of talk before the ask ("These figures always
attract attention.") is left aside too, unless it says which rows or how to count
("only"). "Weight" is the one column kept in a unit of mass, "distance" the one kept in a
unit of length. A chart "over the whole period covered" is a chart, not the coverage; "Mo-Fr"
and "Monday through Sunday" are every day between. Each runs through the whole backend in
this process, on a small CSV, and the figures are checked."""

from __future__ import annotations

import pandas as pd

from tests.analyst_inprocess import chat_on
from tests.integration.grading import declined


def _rounds() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Date": [
                "2023-01-10",
                "2023-04-12",
                "2023-07-14",
                "2023-07-20",
                "2024-02-03",
                "2024-07-09",
                "2024-07-21",
                "2024-11-30",
            ],
            "Depot": ["North", "South", "North", "South", "North", "South", "North", "South"],
            "Collected kg": [1200.0, 800.0, 1500.0, 700.0, 900.0, 1100.0, 1300.0, 600.0],
            "travelMiles": [10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0],
            "Crew Hrs": [5.0, 4.0, 6.0, 3.0, 5.0, 4.0, 6.0, 3.0],
        }  # fmt: skip
    )


def test_what_the_answer_is_for_is_left_aside(tmp_path):
    chat = chat_on(tmp_path, "rounds.csv", _rounds())
    text, _ = chat.ask("For the insurer I need the total travel miles in 2023 in kilometres")
    assert "160.93" in text and "insurer" in text, text  # 100 miles, said as left aside
    text, _ = chat.ask("For the mileage claim, what were total travel miles in 2024?")
    assert "260" in text, text


def test_a_sentence_of_talk_before_the_ask_is_left_aside(tmp_path):
    chat = chat_on(tmp_path, "rounds.csv", _rounds())
    text, _ = chat.ask("These figures always attract attention. How many rounds in July 2024?")
    assert "**2**" in text and "attract" in text, text
    # … but not one that says which rows: "only" scopes, so its unknown word still declines
    text, _ = chat.ask("Only the dull depots matter. How many rounds in July 2024?")
    assert declined(text), text


def test_weight_and_distance_are_the_columns_kept_in_their_units(tmp_path):
    chat = chat_on(tmp_path, "rounds.csv", _rounds())
    text, _ = chat.ask("What was the total weight collected in 2023, in tonnes?")
    assert "4.2" in text, text  # 4,200 kg
    text, _ = chat.ask("total distance in 2024")
    assert "260" in text, text


def test_a_chart_over_the_whole_period_covered_is_a_chart(tmp_path):
    chat = chat_on(tmp_path, "rounds.csv", _rounds())
    text, charts = chat.ask(
        "could you plot monthly collected kg as a line chart over the whole period covered?"
    )
    assert charts, text


def test_a_range_of_weekdays_is_every_day_between(tmp_path):
    chat = chat_on(tmp_path, "rounds.csv", _rounds())
    text, _ = chat.ask("how many rounds Mo-Fr")
    assert "**5**" in text, text  # Tue, Wed, Fri, Thu, Tue
    text, _ = chat.ask("how many rounds sat thru sun")
    assert "**3**" in text, text
    text, _ = chat.ask("number of rounds by day of the week, Monday through Sunday")
    assert "Saturday" in text and "Tuesday" in text, text  # every day, not Mondays and Sundays
