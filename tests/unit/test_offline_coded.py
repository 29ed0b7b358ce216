"""Names, codes and rankings written the way real exports and analysts write them: "which 3
lanes have the shortest average turn time" ranks from the bottom (it had declined on the
3), "top 3 of the hauliers by visits" groups by haulier (it had grouped by the visit id),
"at least 4" is no ranking; "wind speed" is `Wspd (m/s)` and "visibility" `Hvis (m)`, a
unit of a rate or level in brackets is averaged by month, not added up; "total employment"
is the long table's TOTEMP; "Cellar door (CD)" is the code in brackets; "kWp" is the column
kept in kWp; "Q1 to Q4" is every quarter, a quarter of `Year` and `Month` columns is its
three months and "every quarter" groups their months by quarter (without months it
declines). A trailing sentence that asks
("Give me their names.") is never talk to leave aside. Runs through the whole backend in
this process on a small CSV."""

from __future__ import annotations

import pandas as pd

from tests.analyst_inprocess import chat_on


def _gate() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "VisitId": [f"V{i:03d}" for i in range(9)],
            "GateLane": ["L1", "L1", "L2", "L2", "L3", "L3", "L4", "L4", "L4"],
            "Haulier": ["Maas", "Maas", "Maas", "Rhein", "Rhein", "Dijk", "Maas", "Dijk", "Maas"],
            "TurnTimeMin": [10.0, 20.0, 30.0, 50.0, 5.0, 7.0, 40.0, 44.0, 42.0],
        }
    )


def test_which_n_with_the_shortest_ranks_from_the_bottom(tmp_path):
    chat = chat_on(tmp_path, "gate_log.csv", _gate())
    text, _ = chat.ask("Which 2 gate lanes have the shortest average turn time? Shortest first.")
    assert "| L3 | 6 |" in text and "| L1 | 15 |" in text and "L4" not in text, text
    text, _ = chat.ask("Which 2 lanes have the longest average turn time?")
    assert "| L4 | 42 |" in text and "| L2 | 40 |" in text, text


def test_top_n_of_the_groups_by_a_count(tmp_path):
    chat = chat_on(tmp_path, "gate_log.csv", _gate())
    text, _ = chat.ask("Top 2 of the hauliers by number of visits, please with the counts.")
    assert "| Maas | 5 |" in text and "| Dijk | 2 |" in text, text


def test_at_least_is_a_limit_not_a_ranking(tmp_path):
    chat = chat_on(tmp_path, "gate_log.csv", _gate())
    text, _ = chat.ask("average turn time of visits of at least 40 minutes")
    assert "**44**" in text and "Bottom" not in text, text


def test_a_trailing_ask_is_not_talk(tmp_path):
    chat = chat_on(tmp_path, "gate_log.csv", _gate())
    text, _ = chat.ask("Which hauliers had the most visits? Give me their phone numbers.")
    assert "can't answer" in text and "phone" in text, text


def _weather() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Date (MM/DD/YYYY)": ["01/01/1990", "01/02/1990", "02/01/1990", "02/02/1990"],
            "Wspd (m/s)": [2.0, 4.0, 6.0, 8.0],
            "Wdir (degrees)": [90, 180, 270, 0],
            "Hvis (m)": [1000, 3000, 5000, 7000],
            "RHum (%)": [50, 70, 80, 90],
        }
    )


def test_initial_and_shortened_names(tmp_path):
    chat = chat_on(tmp_path, "weather.csv", _weather())
    text, _ = chat.ask("What is the average wind speed?")
    assert "**5**" in text and "Wspd" in text, text
    text, _ = chat.ask("What is the average visibility?")
    assert "**4,000**" in text and "Hvis" in text, text


def test_a_rate_in_brackets_is_averaged_by_month(tmp_path):
    chat = chat_on(tmp_path, "weather.csv", _weather())
    text, _ = chat.ask("What is the average wind speed in each month of the year?")
    assert "| January | 3 |" in text and "| February | 7 |" in text, text


def _long() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "YEAR": [1950, 1951, 1950, 1951],
            "series": ["TOTEMP", "TOTEMP", "UNEMP", "UNEMP"],
            "value": [61187.0, 63221.0, 3096.0, 2099.0],
        }
    )


def test_a_code_made_of_the_words_shortened(tmp_path):
    chat = chat_on(tmp_path, "economy_long.csv", _long())
    text, _ = chat.ask("What was total employment in 1951?")
    assert "**63,221**" in text and "1 row)" in text, text


def _orders() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Year": [2023] * 6 + [2024] * 2,
            "Month": [1, 2, 7, 8, 11, 12, 1, 7],
            "channel": ["CD", "WEB", "CD", "WEB", "GRP", "CD", "WEB", "CD"],
            "net_eur": [10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0],
        }
    )


def test_a_gloss_before_a_code_in_brackets(tmp_path):
    chat = chat_on(tmp_path, "winery_orders.csv", _orders())
    text, _ = chat.ask(
        "Cellar door (CD) against web shop (WEB) in 2023: how much net revenue each?"
    )
    assert "| CD | €100 |" in text and "| WEB | €60 |" in text, text
    assert "“Cellar door” as CD" in text, text


def test_a_short_word_the_data_writes_is_its_value(tmp_path):
    chat = chat_on(tmp_path, "winery_orders.csv", _orders())
    text, _ = chat.ask("total net revenue of the grp orders")
    assert "**€50**" in text, text


def test_quarters_of_year_and_month_columns(tmp_path):
    chat = chat_on(tmp_path, "winery_orders.csv", _orders())
    text, _ = chat.ask("How much net revenue in Q3 2023?")
    assert "**€70**" in text, text
    text, _ = chat.ask("For 2023, how much net revenue came in every quarter? Q1 until Q4.")
    assert "| Q4 | €110 |" in text and "| Q1 | €30 |" in text, text  # never the year's total
    yearly = _orders().drop(columns="Month")
    chat = chat_on(tmp_path, "yearly_orders.csv", yearly)
    text, _ = chat.ask("For 2023, how much net revenue came in every quarter?")
    assert "can't answer" in text and "by month" in text, text


def test_q1_to_q4_is_every_quarter(tmp_path):
    frame = pd.DataFrame(
        {"start_time": pd.date_range("2023-01-15", periods=8, freq="45D"), "fare": [1.0] * 8}
    )
    chat = chat_on(tmp_path, "rides.csv", frame)
    text, _ = chat.ask("For 2023 I need the count of rides in each quarter (Q1 to Q4).")
    assert "| 2023 Q1 | 2 |" in text and "| 2023 Q4 | 2 |" in text, text


def test_a_unit_names_its_column(tmp_path):
    frame = pd.DataFrame(
        {
            "System Size (kWp)": [10.0, 60.0, 80.0],
            "Battery (kWh)": [5.0, 0.0, 10.0],
            "Yield Est (kWh/yr)": [9000.0, 50000.0, 70000.0],
        }
    )
    chat = chat_on(tmp_path, "solar.csv", frame)
    text, _ = chat.ask("How many systems are bigger than 50 kWp?")
    assert "**2**" in text and "System Size" in text, text
