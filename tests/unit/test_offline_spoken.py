"""Questions said rather than typed, and tables shaped as the world keeps them. Fillers ("um")
and self-corrections ("the average no sorry the median", "2023 no wait 2024") keep what was
meant; "2 grand" is 2,000 and "bucks" dollars; "verses" is versus. A table of a few hundred
named places or countries is read by its names; a wide table's `population_2016` is the
population "in 2016"; "municipalities" is the plural of a value `municipality`, no typo;
"population in millions" of a column in ones is scaled; "cars" are the rows of a table of
makes and models, and "any municipality" every row of a table of municipalities; "the close
below the open" compares two columns row by row, and "what percent of days in 2015" is a
share of 2015's days; times whose UTC offset changes are read as written; "billing" is the
invoice column; car abbreviations; square units; a limit far past its column declines;
"which municipality" names it. Each runs through the whole backend in this process, on a
small CSV, and the figures are checked."""

from __future__ import annotations

import pandas as pd

from services.tables.card import make_card
from tests.analyst_inprocess import Conversation
from tests.analyst_inprocess import chat_on as _chat
from tests.integration.grading import declined


def _jobs() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Job #": [f"J{i:03d}" for i in range(1, 9)],
            "Date": [
                "2023-03-01",
                "2023-05-02",
                "2023-07-03",
                "2024-01-04",
                "2024-02-05",
                "2024-03-06",
                "2024-04-07",
                "2024-05-08",
            ],
            "Tech": ["Dave", "Luis", "Dave", "Luis", "Dave", "Luis", "Dave", "Luis"],
            "Invoice Total ($)": [500.0, 2500.0, 900.0, 3100.0, 150.0, 2200.0, 700.0, 1000.0],
        }  # fmt: skip
    )


def test_fillers_and_self_corrections_keep_what_was_meant(tmp_path):
    chat = _chat(tmp_path, "plumbing_jobs.csv", _jobs())
    text, _ = chat.ask("um what was the average no sorry the median invoice total")
    assert "950" in text and "1,381" not in text, text  # median of 8 invoices, not the mean
    text, _ = chat.ask("total invoice in 2023 no wait 2024")
    assert "7,150" in text, text
    text, _ = chat.ask("top five no sorry top two jobs by invoice total")
    assert "J004" in text and "J002" in text and "J006" not in text, text


def test_grand_and_bucks_are_thousands_and_dollars(tmp_path):
    chat = _chat(tmp_path, "plumbing_jobs.csv", _jobs())
    text, _ = chat.ask("how many jobs came to over 2 grand?")
    assert "**3**" in text, text
    text, _ = chat.ask("how many jobs were under 800 bucks")
    assert "**3**" in text, text


def test_verses_is_versus(tmp_path):
    chat = _chat(tmp_path, "plumbing_jobs.csv", _jobs())
    text, _ = chat.ask("Dave verses Luis total invoice")
    assert "2,250" in text and "8,800" in text, text
    text, _ = chat.ask("Dave and Luis, total invoice each")
    assert "2,250" in text and "8,800" in text and "11,050" not in text, text


def _places() -> pd.DataFrame:
    names = [f"Place{i:03d}" for i in range(300)]
    return pd.DataFrame(
        {
            "name": names,
            "csd_type": ["municipality", "town", "village"] * 100,
            "population_2016": [1000 + 10 * i for i in range(300)],
            "population_2021": [2000 + 10 * i for i in range(300)],
            "land_area_km2": [5.0 + i for i in range(300)],
            "density_2021": [round((2000 + 10 * i) / (5.0 + i), 2) for i in range(300)],
        }
    )


def test_hundreds_of_names_are_read_as_values(tmp_path):
    chat = _chat(tmp_path, "places.csv", _places())
    text, _ = chat.ask("what is the population_2021 of Place257")
    assert "4,570" in text, text
    text, _ = chat.ask("how many people live in Place999")
    assert declined(text), text


def test_a_year_said_picks_a_wide_tables_year_column(tmp_path):
    chat = _chat(tmp_path, "places.csv", _places())
    text, _ = chat.ask("population of Place010 in 2016")
    assert "1,100" in text and "2,100" not in text, text
    text, _ = chat.ask("total population in 2021 of the villages")
    assert f"{sum(2000 + 10 * i for i in range(2, 300, 3)):,}" in text, text
    text, _ = chat.ask("population of Place010 in 1999")
    assert declined(text), text


def test_a_plural_of_a_value_is_no_typo(tmp_path):
    chat = _chat(tmp_path, "places.csv", _places())
    text, _ = chat.ask("how many municipalities are there")
    assert "**100**" in text and "municipalitys" not in text, text


def test_millions_of_a_column_kept_in_ones(tmp_path):
    frame = pd.DataFrame({"country": ["A", "B", "C"], "population": [1_500_000, 2_500_000, 40]})
    chat = _chat(tmp_path, "pops.csv", frame)
    text, _ = chat.ask("population of B in millions")
    assert "2.5" in text and "2,500,000" not in text, text
    small = pd.DataFrame({"item": ["A", "B"], "price": [450.0, 300.0]})
    text, _ = _chat(tmp_path, "prices.csv", small).ask("total price in millions")
    assert "750" in text, text  # a price of 450 may be kept in thousands: left as it is


def test_cars_are_the_rows_of_a_table_of_makes_and_models(tmp_path):
    frame = pd.DataFrame(
        {
            "mfr": ["Ford", "Ferrari", "Ferrari", "BMW", "Audi"],
            "model": ["GT", "458", "F12", "i8", "R8"],
            "hp": [647, 597, 731, 357, 610],
            "msrp": [447000, 291744, 319995, 140700, 162900],
        }
    )
    chat = _chat(tmp_path, "gtcars.csv", frame)
    text, _ = chat.ask("how many cars have more than 600 hp")
    assert "**3**" in text, text
    text, _ = _chat(tmp_path, "readings.csv", pd.DataFrame({"temp": [1, 2]})).ask(
        "how many cars are there"
    )
    assert declined(text), text


def test_times_with_changing_utc_offsets_are_read_as_written(tmp_path):
    path = tmp_path / "flow.csv"
    path.write_text(
        "Time,flow\n2022-03-27T00:00:00+01:00,1.5\n2022-03-27T01:00:00+01:00,2.5\n"
        "2022-03-27T03:00:00+02:00,3.5\n2022-03-27T04:00:00+02:00,4.5\n"
    )
    card = make_card(str(path), "flow.csv")
    assert "+02:00" in card.note and "local clock time" in card.note, card.note
    text, _ = Conversation(path).ask("average flow by hour of day")
    assert "3.5" in text and "| 3 |" in text.replace("03", "3"), text


def test_dates_ending_in_a_year_are_no_utc_offsets(tmp_path):
    path = tmp_path / "meters.csv"
    path.write_text("reading_date,kwh\n13-01-2022,1\n14-01-2022,2\n01-02-2023,3\n")
    card = make_card(str(path), "meters.csv")
    assert "offset" not in card.note and "day first" in card.note, card.note
    text, _ = Conversation(path).ask("total kwh in 2022")
    assert "**3**" in text, text


def _days() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "date": [
                "2014-12-30",
                "2014-12-31",
                "2015-01-02",
                "2015-01-05",
                "2015-01-06",
                "2015-01-07",
            ],
            "open": [10.0, 11.0, 12.0, 13.0, 14.0, 15.0],
            "close": [11.0, 10.0, 13.0, 12.0, 15.0, 14.5],
        }  # fmt: skip
    )


def test_one_number_column_above_another(tmp_path):
    chat = _chat(tmp_path, "index_daily.csv", _days())
    text, _ = chat.ask("how many days was the close below the open")
    assert "**3**" in text, text
    text, _ = chat.ask("what percent of days in 2015 closed above the open")
    assert "50" in text and "33.3" not in text, text  # 2 of the 4 days of 2015


def test_a_measure_over_the_years_compares_no_columns(tmp_path):
    frame = pd.DataFrame({"Year": [2020, 2020, 2021, 2021], "score": [80, 90, 70, 75]})
    text, _ = _chat(tmp_path, "inspections.csv", frame).ask("avg score over the years")
    assert "85" in text and "72.5" in text, text


def test_a_bare_no_corrects_only_between_two_of_a_kind(tmp_path):
    chat = _chat(tmp_path, "plumbing_jobs.csv", _jobs())
    text, _ = chat.ask("median no mean invoice total")
    assert "1,381" in text and "950" not in text, text


def test_the_rows_own_noun_said_of_them_all_is_no_value(tmp_path):
    chat = _chat(tmp_path, "places.csv", _places())
    text, _ = chat.ask("largest population_2021 of any municipality")
    assert "4,990" in text, text  # Place299, a village: every row is a municipality
    text, _ = chat.ask("largest population_2021 of any town")
    assert "4,980" in text, text  # Place298: "town" is not the rows' noun


def test_billing_is_the_invoice_column_and_no_grouping_by_job(tmp_path):
    many = pd.DataFrame(  # more jobs than a column's values are kept for
        {
            "Job #": [f"J{i:04d}" for i in range(1200)],
            "Date": ["2023-06-01"] * 1200,
            "Tech": ["Ann"] * 1200,
            "Invoice Total ($)": [100.0] * 1200,
        }
    )
    frame = pd.concat([_jobs(), many]).assign(parts_cost_usd=10.0)
    chat = _chat(tmp_path, "plumbing_jobs.csv", frame)
    text, _ = chat.ask("What was our total billing for 2024 on jobs done by Dave?")
    assert "850" in text and "J005" not in text, text  # 150 + 700: one total, not per job


def test_car_abbreviations_and_the_tables_whole_name(tmp_path):
    frame = pd.DataFrame(
        {
            "mfr": ["Ford", "Ferrari", "Ferrari", "BMW", "Audi"],
            "model": ["GT", "458", "F12", "i8", "R8"],
            "hp": [647, 597, 731, 357, 610],
            "hp_rpm": [6250, 9000, 8250, 5800, 8250],
            "trq": [550, 398, 509, 420, 413],
            "trq_rpm": [5900, 6000, 6000, 3700, 6500],
            "trsmn": ["7a", "7a", "6m", "6a", "7a"],
            "msrp": [447000, 291744, 319995, 140700, 162900],
        }
    )
    chat = _chat(tmp_path, "gtcars.csv", frame)
    text, _ = chat.ask("what's the most torque any of these cars has")
    assert "550" in text, text
    text, _ = chat.ask("how many of the cars have more than six hundred horsepower")
    assert "**3**" in text, text
    text, _ = chat.ask("how many cars per transmission")
    assert "| 7a | 3 |" in text, text
    text, _ = chat.ask("for the GT cars table what's the average sticker price")
    assert "272,468" in text, text  # all five, not the model GT


def test_square_units_convert(tmp_path):
    frame = pd.DataFrame({"name": ["Ottawa", "Hamilton"], "land_area_km2": [2788.2, 1117.3]})
    chat = _chat(tmp_path, "towns.csv", frame)
    text, _ = chat.ask("what's Ottawa's land area in square miles")
    assert "1,077" in text, text
    rooms = pd.DataFrame({"room": ["A", "B"], "Floor_sq_m": [100.0, 50.0]})
    text, _ = _chat(tmp_path, "rooms.csv", rooms).ask("total floor in square feet")
    assert "1,615" in text, text  # 150 m² = 1,614.6 ft²


def test_a_limit_far_past_its_column_is_declined_and_a_near_one_says_the_range(tmp_path):
    frame = pd.DataFrame(
        {
            "Year": [2023] * 4,
            "Month": [1, 2, 3, 4],
            "kpi": ["revenue_usd"] * 4,
            "value": [40000.0, 52000.0, 61000.0, 45000.0],
        }  # fmt: skip
    )
    chat = _chat(tmp_path, "studio_kpis.csv", frame)
    text, _ = chat.ask("how many times was a month above 50 thousand in Month")
    assert declined(text) and "`Month`" in text, text
    text, _ = chat.ask("how many rows have Month above 6")
    assert "**0**" in text and "runs from" in text, text


def test_which_of_the_rows_names_it(tmp_path):
    chat = _chat(tmp_path, "places.csv", _places())
    text, _ = chat.ask("which municipality is biggest by land area")
    assert "Place299" in text, text


def test_its_lowest_and_its_highest_give_both(tmp_path):
    chat = _chat(tmp_path, "plumbing_jobs.csv", _jobs())
    text, _ = chat.ask("for Dave give me his lowest invoice total and his highest")
    assert "150" in text and "900" in text, text
