"""Questions that say how to compute what they ask, and the guards that keep a half-read
question from a number. "What is the price per bottle of Barolo, so net revenue divided
by the bottles?" is its formula, with the rows the words before it name; "A divided by B"
divides the columns on either side of it, whatever else is named; "also the cancelled
ones" keeps no rows out; "in per cent … than" compares; "in June than in December" is the
change between them. Declined, never answered wrong: the change of a ratio, a sum below
the line, "per tonne" with no one column in tonnes, the values column of a long table
added up over every measure, and "% change" read as one figure. Runs through the whole
backend in this process on a small CSV."""

from __future__ import annotations

import pandas as pd

from tests.analyst_inprocess import chat_on


def _orders() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Year": [2023, 2023, 2023, 2024, 2024],
            "wine": ["Barolo", "Barolo", "Soave", "Barolo", "Soave"],
            "status": ["OK", "CANC", "OK", "OK", "OK"],
            "net_eur": [100.0, 60.0, 30.0, 200.0, 40.0],
            "bottles": [4, 2, 3, 6, 4],
            "order_lines": [1, 1, 1, 2, 1],
        }
    )


def test_a_formula_said_after_the_question(tmp_path):
    chat = chat_on(tmp_path, "winery_orders.csv", _orders())
    text, _ = chat.ask(
        "What is the average price per bottle of Barolo, so net revenue divided by the bottles?"
    )
    assert "**30**" in text and "formula" in text, text  # 360 / 12


def test_divided_by_takes_the_columns_on_either_side(tmp_path):
    chat = chat_on(tmp_path, "winery_orders.csv", _orders())
    text, _ = chat.ask("total bottles divided by total net revenue for the Barolo order lines")
    assert "**0.0333**" in text, text  # 12 / 360, not bottles per order line


def test_also_the_cancelled_ones_keeps_them(tmp_path):
    chat = chat_on(tmp_path, "winery_orders.csv", _orders())
    text, _ = chat.ask("How many bottles in total in 2023? All orders, also the cancelled ones.")
    assert "**9**" in text, text


def test_a_change_of_a_ratio_is_declined(tmp_path):
    chat = chat_on(tmp_path, "winery_orders.csv", _orders())
    text, _ = chat.ask(
        "The net per bottle (total net_eur / total bottles): how much % did it move from "
        "2023 to 2024?"
    )
    assert "can't answer" in text and "ratio" in text, text


def test_a_sum_below_the_line_is_declined(tmp_path):
    chat = chat_on(tmp_path, "winery_orders.csv", _orders())
    text, _ = chat.ask("net revenue as a share of net revenue plus bottles, in %")
    assert "can't answer" in text and "sum of two" in text, text


def test_in_per_cent_than_compares(tmp_path):
    chat = chat_on(tmp_path, "winery_orders.csv", _orders())
    text, _ = chat.ask("How much higher, in per cent, is the average net for Barolo than Soave?")
    assert "| Barolo | €120 |" in text and "| Soave | €35 |" in text, text


def test_a_month_than_another_is_the_change(tmp_path):
    frame = pd.DataFrame(
        {
            "day": pd.to_datetime(["2023-06-01", "2023-06-02", "2023-12-01", "2023-12-02"]),
            "sun": [300.0, 100.0, 50.0, 50.0],
        }
    )
    chat = chat_on(tmp_path, "sun.csv", frame)
    text, _ = chat.ask("How much higher, in per cent, is the average sun in June than in December?")
    assert "**300%**" in text or "300.00%" in text, text  # 200 against 50


def test_per_a_unit_no_column_is_kept_in_is_declined(tmp_path):
    frame = pd.DataFrame(
        {"gross_kg": [2000.0, 3000.0], "tare_kg": [1000.0, 1000.0], "rebate_usd": [50.0, 70.0]}
    )
    chat = chat_on(tmp_path, "weighbridge.csv", frame)
    text, _ = chat.ask("rebate per tonne overall")
    assert "can't answer" in text and "tonne" in text, text


def _kpis() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Year": [2024] * 4,
            "Month": [1, 1, 2, 2],
            "KPI": ["Breakdown Callouts", "Revenue (GBP)"] * 2,
            "Value": [10.0, 5000.0, 12.0, 6000.0],
        }
    )


def test_the_values_of_every_measure_are_never_added_up(tmp_path):
    chat = chat_on(tmp_path, "service_kpis.csv", _kpis())
    text, _ = chat.ask("total value in 2024")
    assert "can't answer" in text and "`KPI`" in text, text
    text, _ = chat.ask("total breakdown callouts in 2024")
    assert "**22**" in text, text


def test_a_percent_change_read_as_one_figure_is_declined(tmp_path):
    chat = chat_on(tmp_path, "service_kpis.csv", _kpis())
    chat.ask("total breakdown callouts in February 2024")
    text, _ = chat.ask("vs january, as a % change")
    assert "**10**" not in text, text  # never January's total alone
    assert "can't answer" in text and "change" in text or "20.00%" in text, text


def test_a_note_in_brackets_after_a_day(tmp_path):
    frame = pd.DataFrame(
        {
            "start_time": pd.to_datetime(
                ["2023-07-14 10:00", "2023-07-14 11:00", "2023-07-15 09:00"]
            ),
            "city": ["Lyon", "Lyon", "Lyon"],
        }
    )
    chat = chat_on(tmp_path, "rides.csv", frame)
    text, _ = chat.ask("How many rides were made in Lyon on 14.07.2023 (national holiday)?")
    assert "**2**" in text and "note" in text, text
