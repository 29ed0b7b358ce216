"""The fourteenth round's English rules, each once a decline on development turns of several
sets: "how many different drivers appear in the records" (how many there are), "how many
weeks does the series hold" / "does the RAND extract hold" (how many there are), "what do
all the salaries add up to" (their total), "the 2022/23 financial year" (FY 2022/23, and
"and for 2023/24?" after it), "how many households were served" of a long table whose
values `households_served` and `individuals_served` share a word. Runs through the whole
backend in this process on a small CSV."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from tests.analyst_inprocess import chat_on


def numbers(text: str) -> list[float]:
    return [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]


def _trips() -> pd.DataFrame:
    rng = np.random.default_rng(14)
    n = 400
    return pd.DataFrame(
        {
            "trip_date": pd.date_range("2024-01-01", periods=n, freq="6h").strftime("%Y-%m-%d"),
            "driver": rng.choice([f"D{i:02}" for i in range(17)], n),
            "depot": rng.choice(["Harbour", "Hill"], n),
            "fare": rng.uniform(3, 40, n).round(2),
        }
    )


def test_values_that_appear_and_rows_a_file_holds_are_counted(tmp_path):
    frame = _trips()
    chat = chat_on(tmp_path, "trips.csv", frame)
    text, _ = chat.ask("how many different drivers appear in the records?")
    assert frame.driver.nunique() in numbers(text.split("\n")[0]), text
    text, _ = chat_on(tmp_path, "trips.csv", frame).ask("how many trips does the file hold?")
    assert len(frame) in numbers(text), text
    text, _ = chat_on(tmp_path, "trips.csv", frame).ask(
        "how many drivers does the Harbour export hold"
    )
    harbour = frame.loc[frame.depot == "Harbour", "driver"].nunique()
    assert harbour in numbers(text.split(":")[0]), text


def test_what_values_add_up_to_is_their_total(tmp_path):
    frame = _trips()
    text, _ = chat_on(tmp_path, "trips.csv", frame).ask("what do all the fares add up to?")
    assert round(frame.fare.sum()) in numbers(text), text


def test_a_financial_year_said_in_words_is_its_months(tmp_path):
    frame = _trips()
    frame["trip_date"] = pd.date_range("2022-01-01", periods=len(frame), freq="3D").strftime(
        "%Y-%m-%d"
    )
    days = pd.to_datetime(frame.trip_date)
    fy = frame[(days >= "2023-04-01") & (days <= "2024-03-31")]
    for question in (
        "total fare for the 2023/24 financial year",
        "total fare in financial year 2023-24",
        "total fare for the 2023/24 financial year, April to March",
        "total fare over the 2023/24 financial year (1 April 2023 to 31 March 2024)",
    ):
        text, _ = chat_on(tmp_path, "trips.csv", frame).ask(question)
        assert round(fy.fare.sum()) in numbers(text), (question, text)
    chat = chat_on(tmp_path, "trips.csv", frame)
    chat.ask("total fare for the 2022/23 financial year")
    text, _ = chat.ask("And for 2023/24?")  # the financial year, as the question before
    assert round(fy.fare.sum()) in numbers(text), text


def test_the_other_word_of_a_value_named_is_read_with_it(tmp_path):
    months = pd.period_range("2023-01", "2024-12", freq="M").astype(str)
    rows = [
        (m, branch, kpi, float(100 + 7 * i + 3 * j + len(kpi)))
        for i, m in enumerate(months)
        for j, branch in enumerate(["North", "South"])
        for kpi in ["meals_served", "guests_served", "volunteer_hours"]
    ]
    frame = pd.DataFrame(rows, columns=["month", "branch", "kpi", "value"])
    text, _ = chat_on(tmp_path, "kpis.csv", frame).ask(
        "How many meals did the North branch serve in 2024?"
    )
    kept = frame[(frame.kpi == "meals_served") & (frame.branch == "North")]
    assert kept[kept.month.str.startswith("2024")].value.sum() in numbers(text), text
    text, _ = chat_on(tmp_path, "kpis.csv", frame).ask("How many meals were served in 2023?")
    kept = frame[(frame.kpi == "meals_served") & frame.month.str.startswith("2023")]
    assert kept.value.sum() in numbers(text), text
