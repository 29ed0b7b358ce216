"""Units a question declares for a column whose name says none: "TMAX is recorded in
degrees Fahrenheit. … in degrees Celsius", "The melting point column is in kelvin", "Salary
is recorded in thousands of dollars. … in dollars". The clause is taken out, and the
conversion asked applies to the column as if its name said the unit; the declaration holds
for the conversation. A unit the analyst does not know declares nothing. Runs through the
whole backend in this process on small CSVs."""

from __future__ import annotations

import pandas as pd

from tests.analyst_inprocess import chat_on


def _weather() -> pd.DataFrame:
    days = pd.date_range("2016-01-01", periods=4, freq="D")
    return pd.DataFrame({"DATE": days.strftime("%Y-%m-%d"), "TMAX": [32.0, 50.0, 68.0, 86.0]})


def test_fahrenheit_declared_converts_to_celsius(tmp_path):
    chat = chat_on(tmp_path, "weather.csv", _weather())
    text, _ = chat.ask(
        "TMAX is recorded in degrees Fahrenheit. Convert and report the mean TMAX in degrees "
        "Celsius."
    )
    assert "**15**" in text, text  # 59 °F
    text, _ = chat.ask("and the maximum?")  # the declaration holds for the conversation
    assert "**30**" in text, text


def test_kelvin_declared_converts_to_celsius(tmp_path):
    frame = pd.DataFrame({"name": ["Iron", "Gold"], "melting point": [1811.0, 1337.33]})
    chat = chat_on(tmp_path, "elements.csv", frame)
    text, _ = chat.ask(
        "The melting point column is in kelvin. Give the melting point of Iron in degrees Celsius."
    )
    assert "1,538" in text or "1,537.85" in text, text


def test_thousands_of_dollars_declared(tmp_path):
    frame = pd.DataFrame({"Salary": [100.0, 300.0], "Hits": [1, 2]})
    chat = chat_on(tmp_path, "hitters.csv", frame)
    text, _ = chat.ask(
        "Salary is recorded in thousands of dollars. Give the mean Salary in dollars."
    )
    assert "**200,000**" in text, text


def test_an_unknown_unit_declares_nothing(tmp_path):
    frame = pd.DataFrame({"isig": [10.0, 20.0], "glucose": [100, 120]})
    chat = chat_on(tmp_path, "cgm.csv", frame)
    text, _ = chat.ask("The isig column is in nanoamps. Give the mean isig in picoamps.")
    assert "can't answer" in text, text
