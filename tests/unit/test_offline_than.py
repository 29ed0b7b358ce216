"""Two values of one column set against each other with "than" ("Is it true that more men
than women survived? Give me both numbers.", "how many times larger … men than … women")
are compared: both figures, which is higher, and how many times as much (they had been
pooled into one count). Runs through the whole backend in this process on a small CSV."""

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
