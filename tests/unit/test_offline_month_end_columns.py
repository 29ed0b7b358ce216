"""The fifteenth round's column and date rules, each once a wrong answer on development
turns: "sales ex VAT" of a table with `priceExVatGbp` beside `vatGbp` (the price, added up,
never the VAT); "bookings" of `…_bookings.csv` that is no status `Booked`; "the most emergency
callouts" of a yes/no `emergency` (those rows); "June, July and August 2010" (all three
months); "July vs August 2024" (both); "% change from 2000-01-01 to 2022-06-01" (the two
days); "months that have a value for X" (X filled in); "the top 3 Children's titles by
units" (the titles, not the units); "hires that start before 11am" (the start time of two);
"the difference between the whole weight and the shucked weight" (a difference of columns).
Runs through the whole backend in this process on small CSVs of my own."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from tests.analyst_inprocess import chat_on


def said(value: float, text: str) -> bool:
    """Is the value in the text, as the answer rounds it (four significant digits)?"""
    found = [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]
    return any(abs(n - value) <= max(0.006, abs(value) * 0.0006) for n in found)


def _jobs() -> pd.DataFrame:
    rng = np.random.default_rng(28)
    n = 500
    price = rng.uniform(40, 900, n).round(2)
    start = pd.Timestamp("2024-01-01 08:00") + pd.to_timedelta(rng.integers(0, 300 * 24, n), "h")
    return pd.DataFrame(
        {
            "jobNo": [f"J{i:04}" for i in range(n)],
            "jobStart": start.strftime("%Y-%m-%d %H:%M"),
            "jobEnd": (start + pd.Timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
            "priceExVatGbp": price,
            "vatGbp": (price * 0.2).round(2),
            "emergency": rng.choice(["Y", "N"], n),
            "status": rng.choice(["Booked", "Done", "Done", "Cancelled"], n),
            "category": rng.choice(["Children's", "Crime", "Poetry"], n),
            "title": rng.choice([f"Title {i}" for i in range(9)], n),
            "qty": rng.integers(1, 6, n),
        }
    )


def test_a_column_after_ex_is_the_one_it_is_excluded_from(tmp_path):
    frame = _jobs()
    text, _ = chat_on(tmp_path, "sign_jobs.csv", frame).ask("Sales ex VAT for March 2024?")
    march = frame[frame.jobStart.str.startswith("2024-03")]
    assert said(march.priceExVatGbp.sum(), text) and "vatGbp" not in text.split("**")[0], text


def test_the_rows_noun_is_no_status(tmp_path):
    frame = _jobs().rename(columns={"jobStart": "booking_date"})
    text, _ = chat_on(tmp_path, "wedding_photographer_bookings.csv", frame).ask(
        "How many cancelled bookings on file?"
    )
    assert said((frame.status == "Cancelled").sum(), text) and "Booked" not in text, text


def test_a_yes_no_column_said_before_the_rows_keeps_its_yes_rows(tmp_path):
    frame = _jobs()
    text, _ = chat_on(tmp_path, "callout_log.csv", frame).ask(
        "Which weekday has the most emergency callouts?"
    )
    days = pd.to_datetime(frame.jobStart[frame.emergency == "Y"]).dt.day_name().value_counts()
    assert days.index[0] in text and said(days.iloc[0], text), text


def test_several_months_of_one_year(tmp_path):
    frame = _jobs()
    month = pd.to_datetime(frame.jobStart).dt.month
    text, _ = chat_on(tmp_path, "sign_jobs.csv", frame).ask(
        "average priceExVatGbp in June, July and August 2024"
    )
    assert said(frame.priceExVatGbp[month.isin([6, 7, 8])].mean(), text), text
    text, _ = chat_on(tmp_path, "sign_jobs.csv", frame).ask("July vs August 2024 vatGbp?")
    for m in (7, 8):
        assert said(frame.vatGbp[month == m].sum(), text), text


def test_a_change_between_two_days(tmp_path):
    days = pd.date_range("2020-01-01", periods=30, freq="MS")
    frame = pd.DataFrame({"Date": days.strftime("%Y-%m-%d"), "ACME": np.arange(30) * 3.5 + 10})
    text, _ = chat_on(tmp_path, "prices.csv", frame).ask(
        "% change of ACME from 2020-02-01 to 2021-06-01"
    )
    before, after = frame.ACME[1], frame.ACME[17]
    assert said((after - before) / before * 100, text), text


def test_rows_that_have_a_value_for_a_column(tmp_path):
    days = pd.date_range("2020-01-01", periods=30, freq="MS")
    frame = pd.DataFrame({"Date": days.strftime("%Y-%m-%d"), "ACME": np.arange(30) * 1.5})
    frame["NEWCO"] = [None] * 12 + list(range(18))
    text, _ = chat_on(tmp_path, "prices.csv", frame).ask("how many months have a value for NEWCO?")
    assert said(18, text.split("(")[0]) and not said(30, text.split("(")[0]), text


def test_a_ranking_over_a_value_named_before_the_column(tmp_path):
    frame = _jobs()
    text, _ = chat_on(tmp_path, "till_lines.csv", frame).ask("Top 3 Children's titles by qty?")
    best = frame[frame.category == "Children's"].groupby("title").qty.sum().nlargest(3)
    assert [t for t in best.index if t in text] == list(best.index), text


def test_a_time_of_day_of_the_column_the_question_names(tmp_path):
    frame = _jobs()
    text, _ = chat_on(tmp_path, "sign_jobs.csv", frame).ask("What % of jobs start before 11am?")
    share = (pd.to_datetime(frame.jobStart).dt.hour < 11).mean() * 100
    assert said(share, text), text


def test_the_difference_between_two_columns_said_in_words(tmp_path):
    frame = pd.DataFrame({"whole_weight": [1.0, 2.0, 4.0], "shucked_weight": [0.5, 0.5, 1.0]})
    text, _ = chat_on(tmp_path, "shells.csv", frame).ask(
        "the average of the difference between the whole weight and the shucked weight"
    )
    assert said(5.0 / 3, text), text
