"""The English of colleagues whose first language is another one (calques.py): "the media
of the price" is its mean, "the most high" the highest, "over 1.000" one thousand, "more
than 2,5" two and a half, "the 01.06.2022" a day written day first, "the second semester of
2015" its second half, "the first trimester" its first quarter, "percentual variation" a
% change; a table that holds the word (a `Medium` size) keeps its own meaning. Runs through
the whole backend in this process on small CSVs of my own."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from services.llm.offline.calques import plain_english
from services.llm.offline.schema import Column, Table
from tests.analyst_inprocess import chat_on


def numbers(text: str) -> list[float]:
    return [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]


def said(value: float, text: str) -> bool:
    """Is the value in the text, as the answer rounds it (four significant digits)?"""
    return any(abs(n - value) <= max(0.006, abs(value) * 0.0006) for n in numbers(text))


def _prices() -> pd.DataFrame:
    rng = np.random.default_rng(27)
    n = 96
    return pd.DataFrame(
        {
            "Date": pd.date_range("2015-01-01", periods=n, freq="MS").strftime("%Y-%m-%d"),
            "ACME": rng.uniform(500, 1500, n).round(2),
            "region": rng.choice(["North", "South"], n),
            "weight": rng.uniform(1, 4, n).round(2),
        }
    )


def test_the_mean_said_in_another_language(tmp_path):
    frame = _prices()
    for question in ("how much is the media of the ACME in all the file?", "durchschnitt ACME"):
        text, _ = chat_on(tmp_path, "prices.csv", frame).ask(question)
        assert said(frame.ACME.mean(), text), (question, text)


def test_degrees_and_numbers_written_the_other_way(tmp_path):
    frame = _prices()
    text, _ = chat_on(tmp_path, "prices.csv", frame).ask("how many rows have ACME over 1.000?")
    assert (frame.ACME > 1000).sum() in numbers(text.split("(")[0]), text
    text, _ = chat_on(tmp_path, "prices.csv", frame).ask(
        "how many rows have a weight more than 2,5?"
    )
    assert (frame.weight > 2.5).sum() in numbers(text.split("(")[0]), text
    text, _ = chat_on(tmp_path, "prices.csv", frame).ask(
        "which region has the most low medium of ACME?"
    )
    best = frame.groupby("region").ACME.mean().idxmin()
    assert best in text.split("\n\n")[1], text


def test_halves_and_quarters_said_as_semester_and_trimester(tmp_path):
    frame = _prices()
    dated = pd.to_datetime(frame.Date)
    text, _ = chat_on(tmp_path, "prices.csv", frame).ask(
        "which was the average ACME in the second semester of 2016?"
    )
    half = frame[(dated.dt.year == 2016) & (dated.dt.month >= 7)].ACME.mean()
    assert said(half, text), text
    text, _ = chat_on(tmp_path, "prices.csv", frame).ask(
        "how much was the ACME in average in the first trimester of 2017?"
    )
    quarter = frame[(dated.dt.year == 2017) & (dated.dt.month <= 3)].ACME.mean()
    assert said(quarter, text), text


def test_a_percentual_variation_between_days_written_day_first(tmp_path):
    frame = _prices()
    text, _ = chat_on(tmp_path, "prices.csv", frame).ask(
        "the percentual variation of ACME from the first value to the last value of the file?"
    )
    change = (frame.ACME.iloc[-1] - frame.ACME.iloc[0]) / frame.ACME.iloc[0] * 100
    assert said(change, text), text


def test_a_table_that_holds_the_word_keeps_its_meaning():
    table = Table(
        variable="t",
        path="/t.csv",
        rows=3,
        columns=[
            Column(name="price", kind="number"),
            Column(name="size", kind="category", values=["Small", "Medium", "Large"]),
        ],
    )
    assert plain_english("the medium price", table) == "the medium price"
    assert plain_english("the media of the price", table) == "the average of the price"
    assert plain_english("since 01.06.2022", table) == "since 2022-06-01"
    assert plain_english("top 1,2,3 values", table) == "top 1,2,3 values"
    assert plain_english("the most big percentual growth", table) == "the biggest % growth"
