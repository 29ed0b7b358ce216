"""Days and numbers as people write them. One calendar day ("on 2024-03-05", "5 March
2024", "March 5, 2024", "05.03.2024") keeps the rows of that day, not of its year (the ISO
form had been read as the year alone); "on or after", "before", "until" a day are bounds.
Numbers written the continental way: "1.500 €" and "1.250.000" are thousands, "12 000"
too, "2,5" and "1.500,50 €" have a decimal comma, "in Mio. €" is in millions; "1.500" alone
stays 1.5. A limit that looks like a year but is far from the data's years ("more than 1500
€" of bookings in 2024) is an amount. "KW 12" and "ISO week 12 of 2024" are that ISO week.
Each runs through the whole backend in this process, on a small CSV, and the figures are
checked."""

from __future__ import annotations

import pandas as pd
import pytest

from services.llm.offline.numberwords import continental
from tests.analyst_inprocess import chat_on
from tests.integration.grading import declined


def _bookings() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Arrival": [
                "2024-03-04",
                "2024-03-05",
                "2024-03-05",
                "2024-03-06",
                "2024-07-01",
                "2024-07-02",
                "2024-08-10",
                "2024-09-12",
            ],
            "Nights": [1, 2, 3, 2, 7, 3, 14, 2],
            "amount_eur": [90.0, 180.0, 270.0, 180.0, 1250.5, 270.0, 2100.0, 180.0],
        }  # fmt: skip
    )


@pytest.mark.parametrize(
    "question",
    [
        "how many bookings arrived on 2024-03-05",
        "how many bookings arrived on 5 March 2024",
        "how many bookings arrived on March 5, 2024",
        "how many bookings arrived on the 5th of March 2024",
        "how many bookings arrived on 05.03.2024",
    ],
)
def test_one_calendar_day_keeps_that_day(tmp_path, question):
    text, _ = chat_on(tmp_path, "bookings.csv", _bookings()).ask(question)
    assert "**2**" in text and "5 March 2024" in text, text  # not the 8 rows of 2024


def test_a_day_as_a_bound_and_a_day_without_a_date_column(tmp_path):
    chat = chat_on(tmp_path, "bookings.csv", _bookings())
    text, _ = chat.ask("how many bookings arrived on or after 2 July 2024")
    assert "**3**" in text, text
    text, _ = chat.ask("how many bookings arrived before 05.03.2024")
    assert "**1**" in text, text
    years = pd.DataFrame({"Year": [2023, 2024, 2024], "Sales": [1.0, 2.0, 3.0]})
    text, _ = chat_on(tmp_path, "yearly.csv", years).ask("total sales on 5 March 2024")
    assert declined(text) and "day" in text, text


def test_numbers_written_the_continental_way(tmp_path):
    chat = chat_on(tmp_path, "bookings.csv", _bookings())
    text, _ = chat.ask("how many bookings with an amount of more than 1.500 €")
    assert "**1**" in text, text  # 2,100 only (every amount is above 1.5)
    text, _ = chat.ask("how many bookings with more than 2,5 nights")
    assert "**4**" in text, text  # 3, 7, 3, 14
    text, _ = chat.ask("how many bookings with an amount under 1 000 €")
    assert "**6**" in text, text
    text, _ = chat.ask("total amount in Mio. €")
    assert "0.00452" in text or "0.0045" in text, text  # 4,521 €


def test_a_year_like_limit_far_from_the_data_is_an_amount(tmp_path):
    text, _ = chat_on(tmp_path, "bookings.csv", _bookings()).ask(
        "how many bookings with amount_eur more than 1500"
    )
    assert "**1**" in text, text


def test_a_dot_before_three_digits_alone_stays_a_decimal_point():
    assert continental("a ratio above 1.500") == "a ratio above 1.500"
    assert continental("diets 1,2 and 3") == "diets 1,2 and 3"
    assert continental("between 1,5 and 2,5 hours") == "between 1.5 and 2.5 hours"
    assert continental("1.500,50 €") == "1500.50 €"


def test_an_iso_week_said_as_kw_or_iso_week(tmp_path):
    chat = chat_on(tmp_path, "bookings.csv", _bookings())
    text, _ = chat.ask("how many bookings arrived in KW 10 of 2024")
    assert "**4**" in text and "ISO week 10" in text, text
    text, _ = chat.ask("total amount_eur in ISO week 27 of 2024")
    assert "1,520" in text, text  # 1,250.50 + 270; "in week 27" is no unit to convert to
