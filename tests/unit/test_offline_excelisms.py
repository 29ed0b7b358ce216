"""The twelfth round's rules, each once a decline or a wrong number on a development turn:
rows left out however it is said ("voids out", "voided entries not counted", "don't count
voids", "non-voided"); comparison signs ("mag >= 5", "< 10"); a spreadsheet user's
"pivot: rows = …, values = …", "x = …, y = …", "swap avg for median", "col", "desc",
"maxifs", "side by side"; status words ("completed" of DONE, "sessions that ran");
"how many people booked" adding up `booked`; a sentence of background around the
question; a label column named by its first word (`levelName` ← "level"); "which 3
levels"; "large or medium"; "£40" of a table kept in GBP. Runs through the whole backend
in this process on small CSVs."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from tests.analyst_inprocess import chat_on


def bold(text: str) -> list[tuple[float, int]]:
    """The numbers the answer puts in bold, each with the decimals it shows."""
    found = re.findall(r"\*\*[-£$]?([\d,]+(?:\.(\d+))?)%?\*\*", text)
    return [(float(whole.replace(",", "")), len(places)) for whole, places in found]


def says(text: str, want: float) -> bool:
    """Is the number among the bold ones, as rounded to the decimals shown?"""
    return any(abs(got - want) <= 0.5 * 10**-places + 1e-9 for got, places in bold(text))


def _waste() -> pd.DataFrame:
    rng = np.random.default_rng(12)
    n = 400
    return pd.DataFrame(
        {
            "entry_id": [f"W{i:05d}" for i in range(n)],
            "log_date": pd.date_range("2024-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "shift": rng.choice(["Early", "Late", "Night"], n),
            "station": rng.choice(["Grill", "Pastry", "Sauce"], n),
            "weight_kg": rng.uniform(0.2, 9, n).round(2),
            "cost_gbp": rng.uniform(1, 60, n).round(2),
            "logged_by": rng.choice(["AL", "HW", "TN"], n),
            "status": rng.choice(["OK", "OK", "OK", "VOID"], n),
        }
    )


@pytest.mark.parametrize(
    "question",
    [
        "total kg in 2024, voids out",
        "total kg in 2024, voided entries left out",
        "total kg in 2024, leaving voided entries out",
        "total kg in 2024, leaving out the voided ones",
        "total kg in 2024. Voided entries not counted.",
        "total kg in 2024, don't count voids",
        "total non-voided kg in 2024",
    ],
)
def test_rows_left_out_however_it_is_said(tmp_path, question):
    frame = _waste()
    chat = chat_on(tmp_path, "kitchen_waste_log.csv", frame)
    text, _ = chat.ask(question)
    kept = frame[(frame["status"] != "VOID") & frame["log_date"].str.startswith("2024")]
    assert says(text, kept["weight_kg"].sum()) and "!= VOID" in text, text


@pytest.mark.parametrize(
    ("question", "keep"),
    [
        ("countif cost_gbp >= 40", lambda f: f["cost_gbp"] >= 40),
        ("countif cost_gbp < 10", lambda f: f["cost_gbp"] < 10),
        ("how many entries with weight_kg>5", lambda f: f["weight_kg"] > 5),
        ("how many entries with weight_kg ≤ 2", lambda f: f["weight_kg"] <= 2),
    ],
)
def test_comparison_signs(tmp_path, question, keep):
    frame = _waste()
    chat = chat_on(tmp_path, "kitchen_waste_log.csv", frame)
    text, _ = chat.ask(question)
    assert f"**{int(keep(frame).sum()):,}**" in text, text  # it had read ">=" as "="


def test_pounds_of_a_table_kept_in_gbp_are_money(tmp_path):
    frame = _waste()
    chat = chat_on(tmp_path, "kitchen_waste_log.csv", frame)
    text, _ = chat.ask("How many entries cost us at least £40 each, leaving out voided ones?")
    want = ((frame["cost_gbp"] >= 40) & (frame["status"] != "VOID")).sum()
    assert f"**{want:,}**" in text and "cost_gbp >= 40" in text, text  # never 40 lb of kg


def test_a_unit_after_a_value_names_the_measure(tmp_path):
    frame = _waste()
    chat = chat_on(tmp_path, "kitchen_waste_log.csv", frame)
    text, _ = chat.ask("total voided kg in 2024")
    voided = (frame["status"] == "VOID") & frame["log_date"].str.startswith("2024")
    want = frame.loc[voided, "weight_kg"].sum()
    assert says(text, want), text  # it had counted the rows


def test_per_a_described_row_is_per_row(tmp_path):
    frame = _waste()
    chat = chat_on(tmp_path, "kitchen_waste_log.csv", frame)
    text, _ = chat.ask("average cost per logged entry on the grill station")
    want = frame.loc[frame["station"] == "Grill", "cost_gbp"].mean()
    assert says(text, want) and "logged by" not in text.lower(), text


def test_spreadsheet_talk(tmp_path):
    frame = _waste()
    frame["month"] = frame["log_date"].str[:7]
    chat = chat_on(tmp_path, "kitchen_waste_log.csv", frame)
    text, _ = chat.ask("pivot: rows = station, values = avg of cost_gbp")
    for station, mean in frame.groupby("station")["cost_gbp"].mean().items():
        assert station in text and f"{mean:,.2f}" in text, text
    text, _ = chat.ask("pivot: rows = year, values = max of weight_kg")
    for year, most in frame.groupby(frame["log_date"].str[:4])["weight_kg"].max().items():
        assert year in text and f"{most:,.2f}" in text, text  # it had given one maximum
    text, _ = chat.ask("max of col weight_kg")
    assert says(text, frame["weight_kg"].max()), text
    text, _ = chat.ask("avg weight_kg for Grill")
    text, _ = chat.ask("swap avg for median")
    assert says(text, frame.loc[frame["station"] == "Grill", "weight_kg"].median()), text
    text, _ = chat.ask("maxifs cost_gbp where station = Pastry")
    assert says(text, frame.loc[frame["station"] == "Pastry", "cost_gbp"].max()), text


def test_x_and_y_said_for_a_chart(tmp_path):
    frame = _waste()
    chat = chat_on(tmp_path, "kitchen_waste_log.csv", frame)
    _, charts = chat.ask("scatter plot pls, x = weight_kg, y = cost_gbp")
    assert charts == ["scatter"], charts


def _sessions() -> pd.DataFrame:
    rng = np.random.default_rng(5)
    n = 300
    return pd.DataFrame(
        {
            "session_id": [f"S{i:04d}" for i in range(n)],
            "session_date": pd.date_range("2023-06-01", periods=n, freq="2D").strftime("%Y-%m-%d"),
            "class_name": rng.choice(["Wheel", "Handbuilding", "Glaze Lab"], n),
            "booked": rng.integers(2, 10, n),
            "attended": rng.integers(1, 8, n),
            "status": rng.choice(["RAN", "RAN", "RAN", "CXL"], n),
        }
    )


def test_status_words_and_people_counted_by_what_they_did(tmp_path):
    frame = _sessions()
    chat = chat_on(tmp_path, "studio_sessions.csv", frame)
    text, _ = chat.ask("How many people booked onto sessions that actually ran in 2024?")
    kept = frame[(frame["status"] == "RAN") & frame["session_date"].str.startswith("2024")]
    assert f"**{kept['booked'].sum():,}**" in text, text  # it had counted all sessions' rows
    jobs = frame.assign(status=frame["status"].replace({"RAN": "DONE"}))
    chat = chat_on(tmp_path, "studio_jobs.csv", jobs)
    text, _ = chat.ask("how many completed sessions in 2024")
    done = jobs[(jobs["status"] == "DONE") & jobs["session_date"].str.startswith("2024")]
    assert f"**{len(done):,}**" in text and "DONE" in text, text


def test_a_sentence_of_background_is_left_aside(tmp_path):
    frame = _sessions()
    chat = chat_on(tmp_path, "studio_sessions.csv", frame)
    text, _ = chat.ask(
        "The landlord keeps asking how busy the studio is. How many people attended in 2024?"
    )
    kept = frame[frame["session_date"].str.startswith("2024")]
    assert f"**{kept['attended'].sum():,}**" in text and "Leaving aside" in text, text
    text, _ = chat.ask("Bea and Carlos keep asking. How many people attended in 2024?")
    assert "can't answer" in text, text  # names in it may say which rows: never left aside
    for said in (
        "Hi — the accountant is doing the year-end pack and wants one figure from me.",
        "We're thinking about where to put the next flyer drop.",
        "Bit of a sensitive one, so just for me:",
    ):
        text, _ = chat.ask(f"{said} How many people attended in 2024?")
        assert f"**{kept['attended'].sum():,}**" in text and "Leaving aside" in text, text
    text, _ = chat.ask("We only count the Wheel ones. How many people attended in 2024?")
    assert f"**{kept['attended'].sum():,}**" not in text, text  # a sentence that scopes


def _car_park() -> pd.DataFrame:
    rng = np.random.default_rng(8)
    levels = ["Ground", "Level 1", "Level 2", "Level 3", "Roof"]
    n = 500
    return pd.DataFrame(
        {
            "hourStart": pd.date_range("2024-03-01", periods=n, freq="h").strftime(
                "%Y-%m-%d %H:%M"
            ),
            "levelName": [levels[i % 5] for i in range(n)],
            "occupiedSpaces": rng.integers(0, 120, n),
            "vehiclesIn": rng.integers(0, 60, n),
            "takingsGbp": rng.uniform(0, 300, n).round(1),
        }
    )


def test_a_label_column_named_by_its_first_word(tmp_path):
    frame = _car_park()
    chat = chat_on(tmp_path, "car_park_hourly.csv", frame)
    text, _ = chat.ask("total takings per level for the whole period")
    for level, total in frame.groupby("levelName")["takingsGbp"].sum().items():
        assert level in text and f"{total:,.0f}" in text.replace(".00", ""), text
    text, _ = chat.ask("What's the average number of occupied spaces on each level?")
    means = frame.groupby("levelName")["occupiedSpaces"].mean()
    assert all(f"{m:,.2f}" in text for m in means), text  # not the mean of each level's total


def test_a_number_before_a_plural_says_how_many(tmp_path):
    frame = _car_park()
    chat = chat_on(tmp_path, "car_park_hourly.csv", frame)
    text, _ = chat.ask("Which 3 levels had the fewest vehicles coming in, lowest first?")
    totals = frame.groupby("levelName")["vehiclesIn"].sum().sort_values()
    assert "Level 3)" not in text and "levelName = Level 3" not in text, text
    assert text.index(totals.index[0]) < text.index(totals.index[1]), text


def test_common_word_values_joined_by_or(tmp_path):
    rng = np.random.default_rng(2)
    n = 200
    frame = pd.DataFrame(
        {
            "sale_date": pd.date_range("2024-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "grade": rng.choice(["Large", "Medium", "Small"], n),
            "eggs": rng.integers(6, 30, n),
            "amount": rng.uniform(2, 20, n).round(2),
            "payment": rng.choice(["CASH", "CARD"], n),
            "status": rng.choice(["OK", "OK", "VOID"], n),
        }
    )
    chat = chat_on(tmp_path, "egg_sales.csv", frame)
    text, _ = chat.ask("Large or Medium — which sold more eggs? Both totals please.")
    totals = frame.groupby("grade")["eggs"].sum()
    assert f"{totals['Large']:,}" in text and f"{totals['Medium']:,}" in text, text
    text, _ = chat.ask("what were our takings in 2024, leaving out voided payments?")
    want = frame.loc[frame["status"] != "VOID", "amount"].sum()
    assert says(text, want) and "by payment" not in text, text  # the payments are the rows


def _kpis() -> pd.DataFrame:
    rng = np.random.default_rng(4)
    weeks = pd.date_range("2024-01-05", periods=40, freq="7D").strftime("%Y-%m-%d")
    rows = [
        (
            w,
            clinic,
            metric,
            float(rng.integers(50, 400) if metric != "revenue_gbp" else rng.integers(5000, 25000)),
        )
        for w in weeks
        for clinic in ("Leeds", "York")
        for metric in ("appointments", "new_patients", "revenue_gbp")
    ]
    return pd.DataFrame(rows, columns=["week_ending", "clinic", "metric", "value"])


def test_place_weeks_are_the_rows_and_pounds_of_revenue_are_money(tmp_path):
    frame = _kpis()
    chat = chat_on(tmp_path, "clinic_weekly_kpis.csv", frame)
    text, _ = chat.ask("How many clinic-weeks brought in more than £15,000 of revenue?")
    want = ((frame["metric"] == "revenue_gbp") & (frame["value"] > 15000)).sum()
    assert f"**{want:,}**" in text, text  # it had added the revenue up


def test_when_it_is_due_is_no_filter(tmp_path):
    frame = _kpis()
    chat = chat_on(tmp_path, "clinic_weekly_kpis.csv", frame)
    text, _ = chat.ask("Hi — the board pack is due Friday. How many new patients in 2024?")
    want = frame.loc[frame["metric"] == "new_patients", "value"].sum()
    assert says(text, want) and "Leaving aside" in text, text
    text, _ = chat.ask("For Friday's team huddle could you give me the new patients in 2024?")
    assert says(text, want), text  # the huddle's day is no weekday filter


def test_the_average_purchase_is_its_money(tmp_path):
    rng = np.random.default_rng(6)
    n = 150
    frame = pd.DataFrame(
        {
            "sale_date": pd.date_range("2024-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "eggs_per_pack": rng.choice([6, 12, 30], n),
            "qty": rng.integers(1, 4, n),
            "unit_price": rng.uniform(2, 7, n).round(2),
            "amount": rng.uniform(2, 20, n).round(2),
            "payment": rng.choice(["CASH", "CARD"], n),
        }
    )
    chat = chat_on(tmp_path, "stall_sales.csv", frame)
    text, _ = chat.ask("What's the average card purchase?")
    assert says(text, frame.loc[frame["payment"] == "CARD", "amount"].mean()), text


def test_the_worst_of_a_quantity_where_more_is_worse(tmp_path):
    frame = _waste()
    frame["month"] = frame["log_date"].str[:7]
    chat = chat_on(tmp_path, "kitchen_waste_log.csv", frame)
    text, _ = chat.ask("Which station had our worst waste by weight?")
    means = frame.groupby("station")["weight_kg"].mean()
    assert means.idxmax() in text.split("\n\n")[1], text  # the most waste, never the least


def _daily() -> pd.DataFrame:
    rng = np.random.default_rng(9)
    days = pd.date_range("1985-01-01", "1990-12-31", freq="D")
    return pd.DataFrame(
        {"Date": days.strftime("%Y-%m-%d"), "Max_Temp": rng.uniform(8, 40, len(days)).round(1)}
    )


@pytest.mark.parametrize(
    ("question", "keep"),
    [
        ("total Max_Temp in the first half of 1986", lambda d: (d.year == 1986) & (d.month <= 6)),
        ("total Max_Temp in H2 1987", lambda d: (d.year == 1987) & (d.month >= 7)),
        ("total Max_Temp from 1989 onwards", lambda d: d.year >= 1989),
        ("total Max_Temp over the full log", lambda d: d.year > 0),
    ],
)
def test_spans_said_in_words(tmp_path, question, keep):
    frame = _daily()
    chat = chat_on(tmp_path, "daily_temps.csv", frame)
    text, _ = chat.ask(question)
    dates = pd.to_datetime(frame["Date"]).dt
    assert says(text, frame.loc[keep(dates), "Max_Temp"].sum()), text  # "H1" had been dropped


def test_rows_left_out_are_out_of_the_whole_of_a_share(tmp_path):
    frame = _waste()
    frame["reason"] = np.random.default_rng(1).choice(["OVP", "TRIM", "DROP"], len(frame))
    chat = chat_on(tmp_path, "kitchen_waste_log.csv", frame)
    text, _ = chat.ask("what share of kilos has reason OVP, leaving out voids?")
    kept = frame[frame["status"] != "VOID"]
    want = kept.loc[kept["reason"] == "OVP", "weight_kg"].sum() / kept["weight_kg"].sum() * 100
    assert says(text, want), text  # the voids had stayed in the whole


def test_magnitudes_are_averaged(tmp_path):
    rng = np.random.default_rng(3)
    frame = pd.DataFrame(
        {
            "place": rng.choice(["Banda Sea", "Tonga", "Chile"], 90),
            "mag": rng.uniform(4, 7, 90).round(1),
        }
    )
    chat = chat_on(tmp_path, "quakes.csv", frame)
    text, _ = chat.ask("top 3 places by mag")
    means = frame.groupby("place")["mag"].mean()
    assert all(f"{m:.2f}" in text for m in means), text  # never magnitudes added up


def test_bottom_years_and_a_gap_between_two_columns(tmp_path):
    frame = _daily()
    frame["Min_Temp"] = (
        frame["Max_Temp"] - np.random.default_rng(2).uniform(2, 15, len(frame))
    ).round(1)
    chat = chat_on(tmp_path, "daily_temps.csv", frame)
    text, _ = chat.ask("bottom 3 years by avg Min_Temp")
    years = frame.groupby(frame["Date"].str[:4])["Min_Temp"].mean().sort_values()
    assert text.index(years.index[0]) < text.index(years.index[1]), text  # one overall mean before
    text, _ = chat.ask("biggest single-day gap between Max_Temp and Min_Temp")
    assert says(text, (frame["Max_Temp"] - frame["Min_Temp"]).max()), text  # not the max of one


def test_money_taken_said_as_verbs(tmp_path):
    rng = np.random.default_rng(7)
    n = 300
    frame = pd.DataFrame(
        {
            "sale_date": pd.date_range("2024-01-01", periods=n, freq="8h").strftime("%Y-%m-%d"),
            "grade": rng.choice(["Large", "Duck"], n),
            "eggs": rng.integers(6, 30, n),
            "amount": rng.uniform(2, 20, n).round(2),
        }
    )
    chat = chat_on(tmp_path, "egg_sales.csv", frame)
    text, _ = chat.ask("How much did duck eggs bring in?")
    assert says(text, frame.loc[frame["grade"] == "Duck", "amount"].sum()), text  # not the eggs
    text, _ = chat.ask("What's the most we took in one day?")
    best = frame.groupby("sale_date")["amount"].sum().max()
    assert f"{best:,.2f}" in text, text  # a day's total, never the biggest single sale


def test_a_limit_in_another_unit_of_the_column_is_converted(tmp_path):
    rng = np.random.default_rng(11)
    frame = pd.DataFrame(
        {
            "Ward": rng.choice(["A", "B"], 300),
            "Weight (kg)": rng.uniform(50, 900, 300).round(1),
            "Rejected (kg)": rng.uniform(0, 20, 300).round(1),
        }
    )
    chat = chat_on(tmp_path, "linen_loads.csv", frame)
    text, _ = chat.ask("how many loads were heavier than half a tonne")
    assert f"**{(frame['Weight (kg)'] > 500).sum():,}**" in text, text  # it had been 0.5 kg


def test_a_sign_of_a_value_is_no_comparison(tmp_path):
    rng = np.random.default_rng(12)
    frame = pd.DataFrame(
        {
            "Age": rng.choice(["<25", "25-39", "40+"], 200),
            "Group": rng.choice(["<1l", "1-2l", ">2l"], 200),
            "Claims": rng.integers(0, 40, 200),
        }
    )
    chat = chat_on(tmp_path, "motor_claims.csv", frame)
    text, _ = chat.ask("total Claims in the >2l group for <25")
    kept = frame[(frame["Age"] == "<25") & (frame["Group"] == ">2l")]
    assert f"{kept['Claims'].sum():,}" in text and "Claims <" not in text, text


def test_what_should_not_be_counted_is_left_out(tmp_path):
    rng = np.random.default_rng(13)
    frame = pd.DataFrame(
        {"status": rng.choice(["OK", "CXL", "NOSHOW"], 400), "fee": rng.uniform(10, 50, 400)}
    )
    chat = chat_on(tmp_path, "tee_times.csv", frame)
    text, _ = chat.ask("total fee? NOSHOW rows should not be counted.")
    assert says(text, frame.loc[frame["status"] != "NOSHOW", "fee"].sum()), text


def test_a_month_said_of_dates_kept_with_a_time_zone(tmp_path):
    times = pd.date_range("2016-02-15", periods=600, freq="12h", tz="UTC")
    frame = pd.DataFrame(
        {
            "time (UTC)": times.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "temperature (celsius)": np.linspace(3, 15, 600).round(3),
        }
    )
    chat = chat_on(tmp_path, "buoy_sea_temp.csv", frame)
    text, _ = chat.ask("average temperature since Sep 2016")
    want = frame.loc[times >= pd.Timestamp("2016-09-01", tz="UTC"), "temperature (celsius)"].mean()
    assert says(text, want), text  # it had failed comparing zoned dates with a plain day


def test_values_listed_after_a_grouping_keep_it(tmp_path):
    rng = np.random.default_rng(14)
    frame = pd.DataFrame(
        {"menostat": rng.choice(["Pre", "Post"], 120), "tsize": rng.integers(5, 80, 120)}
    )
    chat = chat_on(tmp_path, "trial.csv", frame)
    text, _ = chat.ask("n of patients by menostat (Pre / Post)")
    counts = frame["menostat"].value_counts()
    assert f"| Pre | {counts['Pre']} |" in text and f"| Post | {counts['Post']} |" in text, text


def test_each_season_of_a_table_without_seasons_is_declined(tmp_path):
    frame = _daily()
    chat = chat_on(tmp_path, "daily_temps.csv", frame)
    text, _ = chat.ask("average Max_Temp by season")
    assert "can't answer" in text and "season" in text, text  # it had answered one mean


def test_bringing_in_a_named_measure_keeps_it(tmp_path):
    rng = np.random.default_rng(15)
    frame = pd.DataFrame(
        {
            "course": rng.choice(["Links", "Parkland"], 100),
            "green_fee_gbp": rng.uniform(20, 90, 100).round(2),
            "amount": rng.uniform(1, 9, 100).round(2),
        }
    )
    chat = chat_on(tmp_path, "tee_times.csv", frame)
    text, _ = chat.ask("which course brings in the most green fee")
    best = frame.groupby("course")["green_fee_gbp"].sum().idxmax()
    assert best in text.split("\n\n")[1] and "green fee" in text.lower(), text


def test_digits_alone_are_ids_not_dates(tmp_path):
    rng = np.random.default_rng(16)
    days = pd.date_range("1997-01-01", "1998-06-30", freq="D")
    picked = rng.choice(len(days), 400)
    frame = pd.DataFrame(
        {
            "customer_id": [f"{i:05d}" for i in rng.integers(1, 3000, 400)],
            "date": days[picked].strftime("%Y%m%d"),
            "dollar_value": rng.uniform(5, 90, 400).round(2),
        }
    )
    chat = chat_on(tmp_path, "cd_purchases.csv", frame)
    text, _ = chat.ask("total dollar_value in 1997")
    want = frame.loc[frame["date"].str.startswith("1997"), "dollar_value"].sum()
    assert says(text, want), text  # `00001` ids had been read as the years 1 to 9999
