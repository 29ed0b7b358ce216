"""The thirteenth round's rules, each once a wrong number or a decline on a development
turn of a dashboard user's questions: two-letter codes that are English words ("by" of
BY, "as" of AS), the N of "top N" read as a code, values compared with "vs" dropped from a
count, "the biggest city" answered without its name, values listed together given to
another column, "how many walks" read as `walk_mins`, "marketing" as `market_ids`, years
kept in a column not named for them, "15k and under 20k", "by year: 2007, 2012", "avg per
month" of monthly rows, "(blanks out)", "non-null", "flip to median", "p50", "busier …
or …", "max minus min", "the dog's name" of dog ids, "jan 8" of a year's data. Runs
through the whole backend in this process on small CSVs."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from services import tables
from tests.analyst_inprocess import chat_on


def numbers(text: str) -> list[float]:
    found = re.findall(r"(-?)[£$]?(\d[\d,]*(?:\.\d+)?)", text)
    return [float(sign + n.replace(",", "")) for sign, n in found]


def near(text: str, want: float, places: int = 2) -> bool:
    """Is the number in the answer, as rounded to the decimals it is shown with?"""
    return any(abs(got - want) <= 0.5 * 10**-places + 1e-9 for got in numbers(text))


def _cities() -> pd.DataFrame:
    rng = np.random.default_rng(13)
    codes = ["BY", "IN", "AS", "TO", "GB", "JP", "DE"]
    n = 700
    return pd.DataFrame(
        {
            "name": [f"Town{i}" for i in range(n)],
            "countrycode": rng.choice(codes, n, p=[0.05, 0.3, 0.05, 0.05, 0.2, 0.2, 0.15]),
            "continentcode": rng.choice(["EU", "AS", "AF"], n),
            "latitude": rng.uniform(-50, 70, n).round(4),
            "population": rng.integers(15_000, 2_000_000, n),
            "admin1code": rng.choice(["08", "3", "5", "CBG", "ZH", "10"], n),  # mixed: codes
        }
    )


def test_a_code_spelled_as_a_linking_word_or_the_n_of_top_is_no_filter(tmp_path):
    frame = _cities()
    chat = chat_on(tmp_path, "cities.csv", frame)
    text, _ = chat.ask("top 5 countrycodes by number of cities")
    counts = frame["countrycode"].value_counts()
    assert "countrycode = BY" not in text and "admin1code" not in text, text
    assert near(text, counts.iloc[0], 0) and counts.index[0] in text, text
    text, _ = chat_on(tmp_path, "cities.csv", frame).ask("top 3 countrycodes by population")
    summed = frame.groupby("countrycode")["population"].sum().sort_values(ascending=False)
    assert near(text, summed.iloc[0], 0) and "admin1code" not in text, text


def test_two_codes_set_against_each_other_are_both_counted(tmp_path):
    frame = _cities()
    text, _ = chat_on(tmp_path, "cities.csv", frame).ask("JP vs DE: how many rows does each have?")
    counts = frame["countrycode"].value_counts()
    assert near(text, counts["JP"], 0) and near(text, counts["DE"], 0), text


def test_the_biggest_city_is_named(tmp_path):
    frame = _cities()
    text, _ = chat_on(tmp_path, "cities.csv", frame).ask("biggest city in GB by population?")
    gb = frame[frame["countrycode"] == "GB"].sort_values("population", ascending=False)
    assert gb["name"].iloc[0] in text and near(text, gb["population"].iloc[0], 0), text


def test_values_listed_together_belong_to_one_column(tmp_path):
    frame = _cities()
    text, _ = chat_on(tmp_path, "cities.csv", frame).ask(
        "break down total population by continentcode — AF, AS and EU"
    )
    summed = frame.groupby("continentcode")["population"].sum()
    assert all(near(text, summed[c], 0) for c in ("AF", "AS", "EU")), text
    assert "countrycode = AS" not in text, text


def test_topline_is_the_overall_figure(tmp_path):
    frame = _cities()
    text, _ = chat_on(tmp_path, "cities.csv", frame).ask("topline: total population")
    assert near(text, frame["population"].sum(), 0), text


def _walks() -> pd.DataFrame:
    rng = np.random.default_rng(7)
    n = 900
    return pd.DataFrame(
        {
            "walk_id": [f"W{i:05d}" for i in range(n)],
            "walk_date": pd.date_range("2024-01-01", periods=n, freq="8h").strftime("%Y-%m-%d"),
            "walker": rng.choice(["Jess", "Kai", "Tom"], n),
            "dog_id": rng.choice([f"DOG-{i:04d}" for i in range(40)], n),
            "walk_mins": rng.integers(20, 70, n),
            "price_aud": rng.uniform(20, 45, n).round(2),
        }
    )


def test_the_files_rows_are_not_a_measure_named_with_a_unit(tmp_path):
    frame = _walks()
    chat = chat_on(tmp_path, "dog_walks.csv", frame)
    text, _ = chat.ask("how many walks has kai done")
    assert near(text, (frame["walker"] == "Kai").sum(), 0), text
    assert "walk mins" not in text, text
    text, _ = chat.ask("whats his avg price per walk")  # "his": Kai, the one before
    assert near(text, frame.loc[frame["walker"] == "Kai", "price_aud"].mean()), text


def test_a_name_the_table_does_not_record_is_declined(tmp_path):
    chat = chat_on(tmp_path, "dog_walks.csv", _walks())
    chat.ask("how many walks has DOG-0012 had")
    text, _ = chat.ask("whats the dogs name")
    assert text.startswith("I can't answer that from the data") and "no names" in text, text


def _panel() -> pd.DataFrame:
    rng = np.random.default_rng(5)
    rows = [
        (year, f"M{year}{i}", firm, rng.uniform(5, 20))
        for year in range(1971, 1991)
        for i, firm in enumerate(rng.choice([3, 7, 19], 12))
    ]
    return pd.DataFrame(rows, columns=["market_ids", "car_ids", "firm_ids", "prices"])


def test_whole_numbers_of_years_are_the_year_and_marketing_is_no_market(tmp_path):
    frame = _panel()
    chat = chat_on(tmp_path, "car_models.csv", frame)
    text, _ = chat.ask("avg prices in 1990")
    assert near(text, frame.loc[frame["market_ids"] == 1990, "prices"].mean()), text
    text, _ = chat.ask("what's their marketing spend?")
    assert text.startswith("I can't answer that from the data"), text


def test_a_lower_and_upper_limit_and_a_grouping_with_its_values_listed(tmp_path):
    frame = _cities()
    text, _ = chat_on(tmp_path, "cities.csv", frame).ask(
        "count of cities with population at least 15k and under 200k"
    )
    kept = frame[(frame["population"] >= 15_000) & (frame["population"] < 200_000)]
    assert near(text, len(kept), 0), text
    months = pd.date_range("2006-01-01", "2020-12-01", freq="MS")
    deaths = pd.DataFrame(
        {
            "date": months.strftime("%Y-%m-%d"),
            "deaths": np.random.default_rng(3).integers(38_000, 60_000, len(months)),
            "year": months.year,
            "month": months.month,
        }
    )
    chat = chat_on(tmp_path, "monthly_deaths.csv", deaths)
    text, _ = chat.ask("break down total deaths by year: 2007, 2012, 2017")
    yearly = deaths.groupby("year")["deaths"].sum()
    assert all(near(text, yearly[y], 0) for y in (2007, 2012, 2017)), text
    text, _ = chat.ask("avg deaths per month in 2015")  # monthly rows: their mean
    assert near(text, deaths.loc[deaths["year"] == 2015, "deaths"].mean(), 0), text


def test_blanks_out_non_null_flip_p50_and_max_minus_min(tmp_path):
    frame = pd.DataFrame(
        {
            "latitude": ["20", "50"] * 30,
            "month": ["dec"] * 30 + ["jul"] * 30,
            "sza": [np.nan if i % 7 == 0 else 40.0 + i for i in range(60)],
        }
    )
    chat = chat_on(tmp_path, "zenith_long.csv", frame)
    text, _ = chat.ask("avg sza for month = dec at latitude 50 (blanks out)")
    kept = frame[(frame["month"] == "dec") & (frame["latitude"] == "50")]["sza"]
    assert near(text, kept.mean()) and "!= 50" not in text, text
    text, _ = chat.ask("count of non-null sza rows for month jul")
    assert near(text, frame.loc[frame["month"] == "jul", "sza"].notna().sum(), 0), text
    chat = chat_on(tmp_path, "zenith_long.csv", frame)
    chat.ask("avg sza for month jul")
    text, _ = chat.ask("flip to median")
    assert near(text, frame.loc[frame["month"] == "jul", "sza"].median()), text
    text, _ = chat_on(tmp_path, "zenith_long.csv", frame).ask("what's the p50 sza")
    assert near(text, frame["sza"].median()), text
    text, _ = chat_on(tmp_path, "zenith_long.csv", frame).ask("spread of sza: max minus min")
    assert near(text, frame["sza"].max() - frame["sza"].min()), text


def test_busier_on_one_day_or_another_compares_the_two(tmp_path):
    frame = _walks()
    text, _ = chat_on(tmp_path, "dog_walks.csv", frame).ask("are we busier saturdays or sundays")
    days = pd.to_datetime(frame["walk_date"]).dt.day_of_week.value_counts()
    assert near(text, days[5], 0) and near(text, days[6], 0), text


@pytest.mark.parametrize("question", ["avg module temp on Jan 8", "avg module temp on 8 Jan"])
def test_a_day_without_its_year_in_a_year_of_readings(tmp_path, question):
    stamps = pd.date_range("2022-01-05", "2022-01-10 23:45", freq="15min")
    frame = pd.DataFrame(
        {
            "Timestamp": [f"{t.month}/{t.day}/{t.year} {t.hour}:{t.minute:02d}" for t in stamps],
            "Module Temp [C]": np.linspace(-12, 4, len(stamps)).round(3),
        }
    )
    text, _ = chat_on(tmp_path, "pv_log.csv", frame).ask(question)
    day = frame.iloc[[t.day == 8 for t in stamps]]  # 1/8/2022: the 8th of January
    assert near(text, day["Module Temp [C]"].mean()), text


def test_dates_that_read_both_ways_are_read_the_way_they_are_evenly_spaced():
    log = "".join(f"1/{d}/2022 {h}:00,{h}\n" for d in range(5, 11) for h in range(24))
    frame = tables.read_table(("When,x\n" + log).encode())
    assert frame["When"].min().strftime("%Y-%m-%d") == "2022-01-05", frame["When"].min()
    assert any("month first" in a for a in frame.attrs["assumptions"])
    monthly = "".join(f"01/{m:02d}/{y},{m}\n" for y in (2020, 2021) for m in range(1, 13))
    frame = tables.read_table(("Month start,x\n" + monthly).encode())
    assert frame["Month start"].iloc[1].strftime("%Y-%m-%d") == "2020-02-01"  # day first still


def _jobs() -> pd.DataFrame:
    rng = np.random.default_rng(21)
    n = 600
    return pd.DataFrame(
        {
            "job_ref": [f"J{i:05d}" for i in range(n)],
            "job_date": pd.date_range("2023-01-02", periods=n, freq="1D").strftime("%Y-%m-%d"),
            "call_time": rng.choice(["06:15", "07:40", "09:05", "13:30", "17:45"], n),
            "hourStart": rng.integers(6, 20, n),
            "technician": rng.choice(["Dave", "Kiri", "Mick"], n),
            "payment": rng.choice(["CARD", "CASH"], n),
            "callout_miles": rng.uniform(1, 40, n).round(1),
            "price_gbp": rng.choice([60.0, 90.0, 120.0, 2500.0], n),
            "status": rng.choice(["DONE", "DONE", "CANX"], n),
        }
    )


def test_hours_clock_times_money_in_and_v(tmp_path):
    frame = _jobs()
    chat = chat_on(tmp_path, "tyre_jobs.csv", frame.drop(columns="call_time"))
    text, _ = chat.ask("avg price at 8am")  # `hourStart`: the hour of day
    assert near(text, frame.loc[frame["hourStart"] == 8, "price_gbp"].mean()), text
    text, _ = chat_on(tmp_path, "tyre_jobs.csv", frame).ask("how many call outs over 20 miles")
    assert near(text, (frame["callout_miles"] > 20).sum(), 0) and "distinct" not in text, text
    text, _ = chat_on(tmp_path, "tyre_jobs.csv", frame).ask("card vs cash how much came in on each")
    paid = frame.groupby("payment")["price_gbp"].sum()
    assert near(text, paid["CARD"], 0) and near(text, paid["CASH"], 0), text
    text, _ = chat_on(tmp_path, "tyre_jobs.csv", frame).ask("dave v kiri avg price")
    each = frame.groupby("technician")["price_gbp"].mean()
    assert near(text, each["Dave"]) and near(text, each["Kiri"]), text


def test_the_least_after_the_most_and_coverage_said_as_going_back(tmp_path):
    frame = _jobs()
    weekday = pd.to_datetime(frame["job_date"]).dt.day_of_week
    frame = frame[
        ~((weekday == 6) & (frame.index % 3 == 0)) & ~((weekday == 2) & (frame.index % 4 == 0))
    ]
    chat = chat_on(tmp_path, "tyre_jobs.csv", frame)
    chat.ask("which weekday had the most jobs")
    text, _ = chat.ask("and the least?")
    days = pd.to_datetime(frame["job_date"]).dt.day_name().value_counts()
    assert days.idxmin() in text and near(text, days.min(), 0), text
    text, _ = chat_on(tmp_path, "tyre_jobs.csv", frame).ask("how far back does the data go")
    assert "2023-01-02" in text, text


def test_area_units_glued_to_a_name_and_dashboard_words(tmp_path):
    frame = pd.DataFrame(
        {
            "name": ["Aland", "Bora", "Cyra", "Dova", "Esta"],
            "areakm2": [500.0, 12_000.0, 800.0, 95_000.0, 2_500.0],
            "population": [10_000, 900_000, 25_000, 4_000_000, 60_000],
        }
    )
    chat = chat_on(tmp_path, "countries.csv", frame)
    text, _ = chat.ask("count of countries under 1,000 km2")
    assert near(text, 2, 0), text
    text, _ = chat_on(tmp_path, "countries.csv", frame).ask("total area in square kilometres")
    assert near(text, frame["areakm2"].sum(), 0), text
    text, _ = chat_on(tmp_path, "countries.csv", frame).ask("median area")  # `areakm2`: area
    assert near(text, frame["areakm2"].median(), 0), text
    text, _ = chat_on(tmp_path, "countries.csv", frame).ask("north-star number: total population")
    assert near(text, frame["population"].sum(), 0), text


def test_a_metric_named_by_its_first_word_and_weekly_on_average(tmp_path):
    weeks = pd.date_range("2024-01-01", periods=30, freq="W-MON").strftime("%Y-%m-%d")
    rows = [
        (w, site, metric, float(10 + i + (5 if metric == "complaints" else 40)))
        for i, w in enumerate(weeks)
        for site in ("Eastwood Library", "Northgate Medical")
        for metric in ("hours_cleaned", "complaints")
    ]
    frame = pd.DataFrame(rows, columns=["week_starting", "site", "metric", "value"])
    hours = frame[(frame["metric"] == "hours_cleaned") & (frame["site"] == "Northgate Medical")]
    chat = chat_on(tmp_path, "site_kpis_long.csv", frame)
    text, _ = chat.ask("total hours at northgate")
    assert near(text, hours["value"].sum(), 0), text
    text, _ = chat_on(tmp_path, "site_kpis_long.csv", frame).ask("weekly hours at northgate on avg")
    assert near(text, hours["value"].mean()), text


def test_one_value_outperforming_another_is_a_comparison(tmp_path):
    frame = _cities()
    text, _ = chat_on(tmp_path, "cities.csv", frame).ask(
        "is GB outperforming JP on avg population? give both avgs"
    )
    each = frame.groupby("countrycode")["population"].mean()
    assert near(text, each["GB"], 0) and near(text, each["JP"], 0), text


def test_a_unit_asked_of_another_column_and_words_for_all_of_it(tmp_path):
    frame = _walks().assign(distance_km=lambda f: (f["walk_mins"] / 16).round(2))
    text, _ = chat_on(tmp_path, "dog_walks.csv", frame).ask("longest walk we've done in km")
    assert near(text, frame["distance_km"].max()), text
    text, _ = chat_on(tmp_path, "dog_walks.csv", frame).ask("whats the avg walk length in mins")
    assert near(text, frame["walk_mins"].mean()), text
    text, _ = chat_on(tmp_path, "dog_walks.csv", frame).ask("total price across the board")
    assert near(text, frame["price_aud"].sum(), 0), text


def test_jobs_we_have_done_and_a_code_described_in_words(tmp_path):
    rng = np.random.default_rng(4)
    n = 500
    frame = pd.DataFrame(
        {
            "booking_ref": [f"CS{i:04d}" for i in range(n)],
            "job_date": pd.date_range("2023-01-02", periods=n, freq="2D").strftime("%d/%m/%Y"),
            "job_code": rng.choice(["SWP", "BIRD", "COWL"], n),
            "price": rng.choice([60.0, 90.0, 150.0], n),
            "status": rng.choice(["DONE", "DONE", "CANX", "NOACC"], n),
        }
    )
    chat = chat_on(tmp_path, "sweep_bookings.csv", frame)
    text, _ = chat.ask("how many cowl fitting jobs have we done")
    done = frame[(frame["job_code"] == "COWL") & (frame["status"] == "DONE")]
    assert near(text, len(done), 0), text


def test_a_total_asked_in_a_unit_of_time_and_years_each_row_began(tmp_path):
    rng = np.random.default_rng(8)
    n = 300
    grooming = pd.DataFrame(
        {
            "ApptID": [f"G{i:05d}" for i in range(n)],
            "Appt_DateTime": pd.date_range("2023-06-01 09:00", periods=n, freq="1D").strftime(
                "%Y-%m-%d %H:%M"
            ),
            "GroomerID": rng.choice(["LDN-G1", "LDN-G2"], n),
            "duration_min": rng.integers(30, 120, n),
        }
    )
    text, _ = chat_on(tmp_path, "dog_grooming_appts.csv", grooming).ask(
        "total grooming time in hours for 2024"
    )
    in_2024 = grooming[grooming["Appt_DateTime"].str.startswith("2024")]
    assert near(text, in_2024["duration_min"].sum() / 60, 0), text
    journals = pd.DataFrame(
        {
            "title": [f"Journal {i}" for i in range(90)],
            "libprice": rng.integers(20, 900, 90),
            "date1": rng.choice(range(1844, 1990, 3), 90),  # the year each journal began
        }
    )
    text, _ = chat_on(tmp_path, "econ_journals.csv", journals).ask(
        "how have library prices changed since 2010"
    )
    assert text.startswith("I can't answer that from the data"), text


def test_a_name_with_other_digits_is_no_typo_of_a_value(tmp_path):
    frame = pd.DataFrame(
        {"name": [f"Place{i:03d}" for i in range(300)], "population": range(1000, 1300)}
    )
    text, _ = chat_on(tmp_path, "places.csv", frame).ask("population of Place999")
    assert "Place099" not in text and text.startswith("I can't answer that from the data"), text


def test_a_word_after_a_code_said_another_way_is_not_passed_over(tmp_path):
    rng = np.random.default_rng(9)
    n = 200
    frame = pd.DataFrame(
        {
            "Lesson Ref": [f"L{i:05d}" for i in range(n)],
            "Type": rng.choice(["STD", "MWY"], n),
            "Duration (min)": rng.choice([60, 90, 120], n),
            "Miles": rng.uniform(5, 60, n).round(1),
            "Status": rng.choice(["C", "X"], n),
        }
    )
    text, _ = chat_on(tmp_path, "driving_lessons.csv", frame).ask(
        "total miles on completed motorway lessons"
    )  # "completed" is the code C; "motorway" is no description of it
    assert "MWY" in text or text.startswith("I can't answer that from the data"), text


def test_one_letter_values_listed_in_brackets_are_each_counted(tmp_path):
    frame = pd.DataFrame(
        {"League": ["A", "A", "N", "N", "N"], "Salary": [100.0, 300.0, 50.0, 70.0, 90.0]}
    )
    text, _ = chat_on(tmp_path, "hitters.csv", frame).ask(
        "Compute the mean Salary for each League (A and N)."
    )
    assert near(text, 200) and near(text, 70), text
