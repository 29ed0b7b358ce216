"""Questions as a statistics worksheet writes them, and readings they exposed. "The hour of
the day (0-23) at which the mean is highest" ranks the hours; "the mean daily maximum" of
one row a day is the mean of the rows, and "the monthly rates" of `Year` and `Month`
columns are the rows; a year in the file's name (`hitters_1986.csv`) is no filter; "East
division" of a `Division` of E and W is E; "(CHmRun)" glosses the words before it;
"(periods 1 to 7)" after "each period" is a note; "the total number of medals" and "how
many medals in total" count rows; "win" on a medal table is what every row is; "which day
had the most orders" ranks calendar days; a group of blanks has no total. Runs through the
whole backend in this process on small CSVs."""

from __future__ import annotations

import pandas as pd

from tests.analyst_inprocess import chat_on


def _readings() -> pd.DataFrame:
    times = pd.date_range("2010-03-01 00:00", periods=96, freq="30min")
    return pd.DataFrame(
        {
            "datetime": times.strftime("%Y-%m-%d %H:%M"),
            "glucose": [100 + (i % 48) for i in range(96)],
        }
    )


def test_the_hour_at_which_the_mean_is_highest(tmp_path):
    chat = chat_on(tmp_path, "cgm.csv", _readings())
    text, _ = chat.ask(
        "Determine the hour of the day (0-23) at which the mean glucose reading is highest, "
        "and state that mean."
    )
    assert "**23**" in text and "146.50" in text, text  # the readings of 23:00 and 23:30


def test_a_mean_daily_figure_of_one_row_a_day_is_the_mean_of_the_rows(tmp_path):
    days = pd.date_range("2016-06-01", periods=10, freq="D")
    frame = pd.DataFrame({"DATE": days.strftime("%Y-%m-%d"), "TMAX": [80.0 + i for i in range(10)]})
    frame.loc[3, "TMAX"] = None  # a day without a reading: no 0 in the mean
    chat = chat_on(tmp_path, "weather.csv", frame)
    text, _ = chat.ask("Compute the mean daily maximum temperature in June 2016.")
    assert f"**{frame['TMAX'].mean():.2f}**" in text, text


def test_the_monthly_rates_of_year_and_month_columns_are_the_rows(tmp_path):
    frame = pd.DataFrame(
        {
            "Year": [1990] * 12 + [1991] * 12,
            "Month": [
                "Jan",
                "Feb",
                "Mar",
                "Apr",
                "May",
                "Jun",
                "Jul",
                "Aug",
                "Sep",
                "Oct",
                "Nov",
                "Dec",
            ]
            * 2,  # fmt: skip
            "rate": [float(i) for i in range(24)],
        }
    )
    chat = chat_on(tmp_path, "unemployment.csv", frame)
    text, _ = chat.ask("Find the median of the monthly rates for the years 1990 to 1991 inclusive.")
    assert "**11.50**" in text, text


def _hitters() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Hits": [80, 90, 100, 110],
            "Walks": [10, 20, 30, 50],
            "CHmRun": [5, 15, 25, 35],
            "League": ["A", "A", "N", "N"],
            "Division": ["E", "W", "E", "W"],
            "Years": [1, 2, 3, 4],
        }
    )


def test_a_year_of_the_files_name_is_no_filter(tmp_path):
    chat = chat_on(tmp_path, "hitters_1986.csv", _hitters())
    text, _ = chat.ask("What was the mean number of Walks in 1986?")
    assert "**27.50**" in text, text


def test_a_word_before_a_column_of_letters_is_its_initial(tmp_path):
    chat = chat_on(tmp_path, "hitters_1986.csv", _hitters())
    text, _ = chat.ask("Compare the mean Walks of East-division and West-division hitters.")
    assert "| E | 20 |" in text and "| W | 35 |" in text, text


def test_a_column_name_in_brackets_glosses_the_words_before_it(tmp_path):
    chat = chat_on(tmp_path, "hitters_1986.csv", _hitters())
    text, _ = chat.ask("What is the median career home runs (CHmRun)?")
    assert "**20**" in text, text


def _medals() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Name": ["Bolt", "Blake", "Gatlin", "Lewis", "Bolt", "Powell"],
            "Country": ["JAM", "JAM", "USA", "USA", "JAM", "JAM"],
            "Medal": ["GOLD", "SILVER", "BRONZE", "GOLD", "GOLD", "BRONZE"],
            "Time": [9.63, 9.75, 9.79, 9.92, 9.69, 9.95],
            "Year": [2012, 2012, 2012, 1988, 2008, 2008],
        }
    )


def test_medals_won_and_counted_in_total(tmp_path):
    chat = chat_on(tmp_path, "sprint.csv", _medals())
    text, _ = chat.ask("How many gold medals did Jamaica (JAM) win?")
    assert "**2**" in text, text
    text, _ = chat.ask("How many medals in total were won by athletes from Jamaica (JAM)?")
    assert "**4**" in text, text
    text, _ = chat.ask("Rank the countries by total number of medals")
    assert "| JAM | 4 |" in text and "| USA | 2 |" in text, text


def test_a_note_on_the_groups_in_brackets(tmp_path):
    frame = pd.DataFrame({"name": list("abcdef"), "period": [1, 1, 2, 2, 2, 3]})
    chat = chat_on(tmp_path, "elements.csv", frame)
    text, _ = chat.ask("Find the number of elements in each period (periods 1 to 3).")
    assert "| 2 | 3 |" in text and "| 3 | 1 |" in text, text


def test_which_day_had_the_most_rows(tmp_path):
    times = ["2024-01-01 08:00", "2024-01-02 09:00", "2024-01-02 12:00", "2024-01-03 10:00"]
    frame = pd.DataFrame({"order_id": ["A1", "A2", "A3", "A4"], "order_time": times})
    chat = chat_on(tmp_path, "orders.csv", frame)
    text, _ = chat.ask("On which day did we receive the highest number of orders?")
    assert "2024-01-02" in text and "2024-01-02**: 2" in text, text


def test_a_group_of_blanks_has_no_total(tmp_path):
    frame = pd.DataFrame(
        {"name": ["H", "He", "Li", "Bh"], "melting point": [14.0, None, 453.0, None]}
    )
    chat = chat_on(tmp_path, "elements.csv", frame)
    text, _ = chat.ask("Give the two elements with the lowest melting point, lowest first.")
    assert "| H | 14 |" in text and "| Li | 453 |" in text and "Bh" not in text, text
    assert "4 groups" not in text, text  # the blank ones are no groups of a total
