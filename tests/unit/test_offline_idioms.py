"""Questions in other registers of English, and spans of dates said in full. "Centre-wise
count" groups by centre; "till date" is the whole data; amounts in lakh and crore and
digits grouped the Indian way are numbers; "in lakhs" is the answer's scale; a financial
year is its twelve months (from April unless the conversation says otherwise, or as the
table writes it); a worksheet's "(b) Repeat for …" is a follow-up and "Determine …" an
ask; a first sentence that describes the data is left aside. "From April 2023 to March
2024" keeps those days, never the two whole years. Also: a status said as a word ("the
delivered orders") is its code; two different fees are never added up; the share of
one value is never the 100 % of itself; a long table's share keeps its measure in the
base. Runs through the whole backend in this process on small CSVs."""

from __future__ import annotations

import pandas as pd

from tests.analyst_inprocess import chat_on


def _orders() -> pd.DataFrame:
    days = pd.date_range("2022-04-01", periods=36, freq="MS") + pd.Timedelta(days=9)
    return pd.DataFrame(
        {
            "order_time": days.strftime("%Y-%m-%d 12:30"),
            "kitchen": ["Powai", "Thane", "Vashi"] * 12,
            "status": ["DLV", "DLV", "CNL", "DLV"] * 9,
            "amount_inr": [100000.0 + 1000 * i for i in range(36)],
            "Course Fee (Rs)": [200000.0] * 36,
            "Fee Paid (Rs)": [150000.0] * 36,
        }
    )


def _sum(frame: pd.DataFrame, first: str, last: str) -> float:
    when = pd.to_datetime(frame["order_time"])
    return float(frame.loc[(when >= first) & (when < last), "amount_inr"].sum())


def _shown(value: float) -> str:
    return f"**{value:,.0f}**"


def test_a_span_of_months_keeps_those_days_not_whole_years(tmp_path):
    frame = _orders()
    chat = chat_on(tmp_path, "tiffin_orders.csv", frame)
    text, _ = chat.ask("total amount_inr between april 2023 and march 2024")
    assert _shown(_sum(frame, "2023-04-01", "2024-04-01")) in text, text
    text, _ = chat.ask("and from apr 2024 to mar 2025?")
    assert _shown(_sum(frame, "2024-04-01", "2025-04-01")) in text, text


def test_a_span_the_data_never_reaches_is_declined_with_its_range(tmp_path):
    chat = chat_on(tmp_path, "tiffin_orders.csv", _orders())
    text, _ = chat.ask("total amount_inr from apr 2019 to mar 2020")
    assert "can't answer" in text and "2022-04-10" in text, text


def test_a_financial_year_is_april_to_march_unless_defined(tmp_path):
    frame = _orders()
    chat = chat_on(tmp_path, "tiffin_orders.csv", frame)
    text, _ = chat.ask("Total amount_inr in FY 2023-24?")
    assert _shown(_sum(frame, "2023-04-01", "2024-04-01")) in text, text
    assert "april 2023 to march 2024" in text, text  # the reading is said
    chat = chat_on(tmp_path, "tiffin_orders.csv", frame)
    text, _ = chat.ask("Total amount_inr in FY24 (FY = July to June)?")
    assert _shown(_sum(frame, "2023-07-01", "2024-07-01")) in text, text
    text, _ = chat.ask("what about FY23?")  # the definition holds for the conversation
    assert _shown(_sum(frame, "2022-07-01", "2023-07-01")) in text, text


def test_a_financial_year_as_the_table_writes_it(tmp_path):
    frame = pd.DataFrame(
        {
            "FY": ["FY2022-23", "FY2022-23", "FY2023-24", "FY2023-24"],
            "Branch": ["A", "B", "A", "B"],
            "LabourInr": [10.0, 20.0, 30.0, 50.0],
        }
    )
    chat = chat_on(tmp_path, "jobcards.csv", frame)
    text, _ = chat.ask("total LabourInr for FY 2023-24")
    assert "**80**" in text, text


def test_wise_is_by_and_till_date_is_everything(tmp_path):
    chat = chat_on(tmp_path, "tiffin_orders.csv", _orders())
    text, _ = chat.ask("Kindly share kitchen-wise count of orders till date")
    assert "| Powai | 12 |" in text and "| Vashi | 12 |" in text, text


def test_lakh_and_indian_digit_groups_are_numbers(tmp_path):
    chat = chat_on(tmp_path, "tiffin_orders.csv", _orders())
    text, _ = chat.ask("How many orders had amount_inr above 1.3 lakh?")
    assert "**5**" in text, text  # 131,000 … 135,000
    text, _ = chat.ask("How many orders had amount_inr above Rs 1,33,000?")
    assert "**2**" in text, text


def test_in_lakhs_is_the_answers_scale(tmp_path):
    frame = _orders()
    chat = chat_on(tmp_path, "tiffin_orders.csv", frame)
    text, _ = chat.ask("Total amount_inr in lakhs?")
    assert f"**{frame['amount_inr'].sum() / 1e5:.2f}**" in text, text


def test_a_status_said_as_a_word_is_its_code(tmp_path):
    frame = _orders()
    chat = chat_on(tmp_path, "tiffin_orders.csv", frame)
    text, _ = chat.ask("total amount_inr of the delivered orders")
    assert _shown(frame.loc[frame["status"] == "DLV", "amount_inr"].sum()) in text, text


def test_two_different_fees_are_never_added_up(tmp_path):
    chat = chat_on(tmp_path, "tiffin_orders.csv", _orders())
    text, _ = chat.ask("total fee")
    assert "350,000" not in text and "12,600,000" not in text, text


def test_worksheet_parts_repeat_and_determine(tmp_path):
    frame = pd.DataFrame(
        {
            "League": ["A", "A", "N", "N", "N"],
            "Salary": [100.0, 300.0, 50.0, 70.0, 90.0],
            "Years": [1, 2, 3, 4, 5],
            "Hits": [80, 90, 100, 110, 120],
            "Walks": [10, 20, 30, 40, 50],
        }
    )
    chat = chat_on(tmp_path, "hitters.csv", frame)
    text, _ = chat.ask(
        "The data describe major-league hitters with their salaries. (a) Determine the mean "
        "Salary of players in League A."
    )
    assert "A**: 200" in text or "**200**" in text, text
    text, _ = chat.ask("(b) Repeat for League N.")
    assert "N**: 70" in text or "**70**" in text, text


def test_the_share_of_one_value_is_of_all_rows(tmp_path):
    frame = pd.DataFrame({"room": ["Baby", "Preschool", "Preschool"], "fee_gbp": [50.0, 30, 20]})
    chat = chat_on(tmp_path, "daycare.csv", frame)
    text, _ = chat.ask("What share of total fee income came from the Preschool room?")
    assert "**50.00%**" in text, text


def test_a_long_tables_share_keeps_its_measure_in_the_base(tmp_path):
    frame = pd.DataFrame(
        {
            "month": ["2024-04", "2024-04", "2024-04", "2024-04"],
            "ward": ["Baner", "Baner", "Wagholi", "Wagholi"],
            "metric": ["water_kl", "trips", "water_kl", "trips"],
            "value": [300.0, 5000.0, 100.0, 7000.0],
        }
    )
    chat = chat_on(tmp_path, "ward_kpis.csv", frame)
    text, _ = chat.ask("What share (%) of total water_kl went to Wagholi?")
    assert "**25.00%**" in text, text
