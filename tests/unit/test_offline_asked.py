"""What a question asks for, held against its reading (the tenth round's rules, each once a
wrong number or a silent drop on a development turn): "how many head" of `Head Shorn` is its
sum; "how many different stations" counts stations; "on how many separate dates" counts
days; "n of countries" is a number of countries; "which driver did the most km" of a table
naming no driver is declined; "the ratio of mean A to mean B" divides the two means and
"total A / total B" the two totals; "across every booking" pools the bookings. Runs through
the whole backend in this process on small CSVs."""

from __future__ import annotations

import numpy as np
import pandas as pd

from tests.analyst_inprocess import chat_on


def _tallies() -> pd.DataFrame:
    rng = np.random.default_rng(7)
    n = 240
    return pd.DataFrame(
        {
            "Date": pd.date_range("2024-01-01", periods=n // 3, freq="D")
            .repeat(3)
            .strftime("%d/%m/%Y"),
            "Station": rng.choice(["Glenmore", "Awatere", "Kyeburn", "Tapanui"], n),
            "Shearer": rng.choice(["Tama", "Kate", "Liam"], n),
            "Head Shorn": rng.integers(150, 400, n),
            "Rate (NZ$/head)": rng.choice([3.1, 3.4], n),
            "Driver Hrs": rng.uniform(1, 9, n).round(2),
            "Distance (km)": rng.uniform(10, 900, n).round(1),
        }
    )


def test_how_many_of_a_counting_column_adds_it_up(tmp_path):
    frame = _tallies()
    chat = chat_on(tmp_path, "gang.csv", frame)
    text, _ = chat.ask("how many head did Tama do?")
    assert f"**{frame.loc[frame['Shearer'] == 'Tama', 'Head Shorn'].sum():,}**" in text, text


def test_how_many_different_ones_and_separate_dates(tmp_path):
    frame = _tallies()
    chat = chat_on(tmp_path, "gang.csv", frame)
    text, _ = chat.ask("how many different stations have we shorn for?")
    assert "**4**" in text and "Head Shorn" not in text, text
    text, _ = chat.ask("on how many separate dates did the gang work?")
    assert f"**{len(frame) // 3}** distinct days" in text, text  # days, not dates listed


def test_n_of_is_a_number_of(tmp_path):
    chat = chat_on(tmp_path, "gang.csv", _tallies())
    text, _ = chat.ask("n of shearers in the file")
    assert "**3**" in text, text


def test_which_of_something_the_table_does_not_name_is_declined(tmp_path):
    chat = chat_on(tmp_path, "gang.csv", _tallies())
    text, _ = chat.ask("which driver clocked up the most km?")
    assert "can't answer" in text and "driver" in text and "Driver Hrs" in text, text
    text, _ = chat.ask("which shearer did the most km?")
    assert "can't answer" not in text, text  # a column of shearers: answered by name


def test_ratio_of_means_and_of_totals(tmp_path):
    frame = _tallies()
    frame.loc[::5, "Driver Hrs"] = np.nan  # the two means are over different rows
    chat = chat_on(tmp_path, "gang.csv", frame)
    text, _ = chat.ask("ratio of mean Distance (km) to mean Driver Hrs")
    means = frame["Distance (km)"].mean() / frame["Driver Hrs"].mean()
    assert f"**{means:.2f}**" in text and "row by row" not in text, text
    text, _ = chat.ask("avg km per hour - total Distance (km) / total Driver Hrs")
    totals = frame["Distance (km)"].sum() / frame["Driver Hrs"].sum()
    assert f"**{totals:.2f}**" in text and "row by row" not in text, text


def test_across_every_booking_pools_them(tmp_path):
    rng = np.random.default_rng(3)
    frame = pd.DataFrame(
        {
            "BookingID": [f"SS{10000 + i}" for i in range(300)],
            "Students": rng.integers(1, 9, 300),
            "boards_hired": rng.integers(0, 3, 300),
        }
    )
    chat = chat_on(tmp_path, "lessons.csv", frame)
    text, _ = chat.ask(
        "across every booking, how many boards do we hire out per 100 students? "
        "(total boards hired / total students x 100)"
    )
    share = frame["boards_hired"].sum() / frame["Students"].sum() * 100
    assert f"**{share:.2f}**" in text and "BookingID" not in text, text


def _population() -> pd.DataFrame:
    rows = []
    for place in ("Europe", "Asia", "World"):
        for sex in ("Male", "Female"):
            for age in ("0-4", "5-9", "10-14", "15-19"):
                rows.append((place, 1950, sex, age, 1_000_000 * (len(place) + len(age))))
    return pd.DataFrame(rows, columns=["Location", "Year", "Sex", "AgeGrp", "Value"])


def test_short_words_and_a_trailing_scale(tmp_path):
    frame = _population()
    chat = chat_on(tmp_path, "un_population_long.csv", frame)
    text, _ = chat.ask("total Female pop of Europe in 1950, millions")
    kept = frame[(frame["Location"] == "Europe") & (frame["Sex"] == "Female")]
    assert f"**{kept['Value'].sum() / 1e6:g}**" in text and "millions" in text, text


def test_a_short_word_the_table_uses_is_its_own(tmp_path):
    frame = pd.DataFrame({"country": ["A", "B", "C"], "pop": [10.0, 20.0, 40.0]})
    chat = chat_on(tmp_path, "countries.csv", frame)
    text, _ = chat.ask("total pop")
    assert "**70**" in text, text


def test_a_unit_in_brackets_after_a_column_declares_it(tmp_path):
    frame = pd.DataFrame({"tsize": [10, 20, 30, 41], "age": [40, 50, 60, 70]})
    chat = chat_on(tmp_path, "trial.csv", frame)
    text, _ = chat.ask("largest tsize (mm)?")
    assert "**41**" in text, text
    text, _ = chat.ask("mean tsize (mm) in cm")
    assert "**2.53**" in text, text  # 25.25 mm


def test_two_measures_of_a_long_table_are_never_added_up(tmp_path):
    frame = pd.DataFrame(
        {
            "depot": ["North", "North", "South", "South"],
            "kpi": ["revenue", "pools_serviced", "revenue", "pools_serviced"],
            "value": [1000.0, 10.0, 3000.0, 20.0],
        }
    )
    chat = chat_on(tmp_path, "kpis.csv", frame)
    text, _ = chat.ask(
        "revenue per pool serviced across the whole business - total revenue over total pools"
    )
    assert "**133.33**" in text, text  # the two keys' totals divided
    text, _ = chat.ask("total revenue and pools serviced together")
    assert "4,030" not in text and "can't answer" in text, text


def test_ex_gst_is_the_tables_column_and_a_total_of_several_is_declined(tmp_path):
    frame = pd.DataFrame(
        {
            "store": ["Subiaco", "Subiaco", "Fremantle"],
            "category": ["Beer", "Wine", "Beer"],
            "ex_gst_aud": [100.0, 200.0, 50.0],
            "gst_aud": [10.0, 20.0, 5.0],
            "inc_gst_aud": [110.0, 220.0, 55.0],
        }
    )
    chat = chat_on(tmp_path, "till.csv", frame)
    text, _ = chat.ask("sales ex GST by category pls")
    assert "| Beer | 150 |" in text, text
    text, _ = chat.ask("total GST collected at Subiaco?")
    assert "can't answer" in text and "`gst_aud`" in text, text


def test_a_column_range_is_its_lowest_and_highest(tmp_path):
    frame = pd.DataFrame({"age": [21, 35, 48, 80], "tsize": [10, 20, 30, 41]})
    chat = chat_on(tmp_path, "trial.csv", frame)
    for question in ("age range?", "age range of the cohort (youngest, oldest)?"):
        text, _ = chat.ask(question)
        assert "**21**" in text and "**80**" in text, text


def test_through_time_is_a_trend_and_the_whole_business_all_rows(tmp_path):
    frame = _population()
    frame.loc[frame.index[::2], "Year"] = 1960
    chat = chat_on(tmp_path, "un_population_long.csv", frame)
    text, charts = chat.ask("World total pop through time — line plot")
    world = frame[frame["Location"] == "World"].groupby("Year")["Value"].sum()
    assert f"| 1960 | {world[1960]:,} |" in text and charts, text
    chat = chat_on(tmp_path, "kpis.csv", pd.DataFrame({"depot": ["A", "B"], "visits": [3, 4]}))
    text, _ = chat.ask("total visits for the whole business")
    assert "**7**" in text, text


def test_avg_per_a_named_period_averages_the_periods_with_data(tmp_path):
    ends = pd.date_range("2024-01-12", periods=6, freq="14D").strftime("%Y-%m-%d")
    frame = pd.DataFrame(
        {
            "fortnight_ending": list(ends) * 2,
            "depot": ["Toowoomba"] * 6 + ["Gold Coast"] * 6,
            "kpi": ["complaints"] * 12,
            "value": [1, 0, None, 2, 1, 0, 5, 5, 5, 5, 5, 5],
        }
    )
    chat = chat_on(tmp_path, "pool_kpis.csv", frame)
    text, _ = chat.ask("avg complaints per fortnight at Toowoomba?")
    assert "**0.8**" in text and "over 5 " in text, text  # the blank fortnight is no zero


def test_one_number_read_twice_is_declined(tmp_path):
    ages = [f"{a}-{a + 4}" for a in range(0, 100, 5)] + ["100+"]
    frame = pd.DataFrame(
        [
            (place, 2020, sex, age, start, 1000 * (start + 7))
            for place in ("Europe", "Africa")
            for sex in ("Male", "Female")
            for start, age in zip(range(0, 105, 5), ages, strict=True)
        ],
        columns=["Location", "Year", "Sex", "AgeGrp", "AgeGrpStart", "Value"],
    )
    chat = chat_on(tmp_path, "un_population_long.csv", frame)
    text, _ = chat.ask("share of Africa's 2020 pop under 15, %")
    assert "can't answer" in text and "read twice" in text, text
    text, _ = chat.ask("Africa, 2020: n of persons in the 100+ group")
    kept = frame[(frame["Location"] == "Africa") & (frame["AgeGrp"] == "100+")]
    assert f"**{kept['Value'].sum():,}**" in text, text  # the value named, no limit
