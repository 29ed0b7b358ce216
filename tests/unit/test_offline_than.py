"""Two values of one column set against each other with "than" ("Is it true that more men
than women survived? Give me both numbers.", "how many times larger … men than … women")
are compared: both figures, which is higher, and how many times as much (they had been
pooled into one count). A follow-up that points back ("Can you break that down by sex?",
"What was it for the women only?") keeps the question before (a polite opener had made it
a question of its own: a count of rows). A claimed figure ("A press release says the average
was over 4 — what is it actually?", "Is it true that … is above 3?") asks the figure; the
claim is no limit on the rows. "By how much did it rise" says the difference as well as the
percentage. Runs through the whole backend in this process on
a small CSV."""

from __future__ import annotations

import pandas as pd

from tests.analyst_inprocess import chat_on


def _passengers() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "sex": ["man"] * 6 + ["woman"] * 3,
            "survived": ["yes", "no", "no", "no", "no", "yes", "yes", "yes", "no"],
        }
    )


def test_more_of_one_value_than_another_gives_both(tmp_path):
    chat = chat_on(tmp_path, "passengers.csv", _passengers())
    text, _ = chat.ask("Is it true that more men than women survived? Give me both numbers.")
    assert "**2**" not in text and "4" not in text.split("(from")[0], text  # not pooled (4)
    assert "| man | 2 |" in text and "| woman | 2 |" in text, text


def test_how_many_times_larger_says_the_ratio(tmp_path):
    chat = chat_on(tmp_path, "passengers.csv", _passengers())
    text, _ = chat.ask("How many times larger was the number of men than the number of women?")
    assert "| man | 6 |" in text and "2.00 times" in text, text


def _tips() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "day": ["Sun", "Sun", "Sun", "Sat", "Sat", "Sun"],
            "sex": ["Female", "Male", "Male", "Female", "Male", "Female"],
            "tip": [4.0, 2.0, 3.0, 10.0, 10.0, 6.0],
        }
    )


def test_a_follow_up_that_points_back_keeps_the_question_before(tmp_path):
    chat = chat_on(tmp_path, "tips.csv", _tips())
    chat.ask("What was the average tip on Sundays?")
    text, _ = chat.ask("Can you break that down by sex?")
    assert "| Female | 5 |" in text and "| Male | 2.50 |" in text, text  # Sundays only
    text, _ = chat.ask("What was it for the women only?")
    assert "**5**" in text or "| Female | 5 |" in text, text
    assert "Male" not in text.split("(from")[1], text


def test_a_claimed_figure_is_put_as_the_question_of_the_figure(tmp_path):
    chat = chat_on(tmp_path, "tips.csv", _tips())
    text, _ = chat.ask("A press release says the average tip was over 4 — what is it actually?")
    assert "**5.83**" in text, text  # all six tips, not the mean of those above 4
    text, _ = chat.ask("Is it true that the average tip on Sundays is above 3?")
    assert "**3.75**" in text, text  # 4, 2, 3, 6


def test_by_how_much_a_figure_rose_says_the_difference_too(tmp_path):
    years = pd.DataFrame({"year": [2010, 2011, 2012], "visitors": [200.0, 230.0, 150.0]})
    chat = chat_on(tmp_path, "visits.csv", years)
    text, _ = chat.ask("By how much did visitors rise between 2010 and 2011?")
    assert "15.00%" in text and "+30" in text, text
    text, _ = chat.ask("By how much did visitors change from 2011 to 2012?")
    assert "-34.78%" in text and "-80" in text, text
