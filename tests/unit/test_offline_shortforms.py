"""Words the table writes differently from the question (the eleventh round's rules, each
once a decline on a development turn): "raw" of `rawpoll_clinton` beside "Clinton", "hep"
of the value `Hepatitis A`, "walk ins" of WALKIN, "witch" and "dew" a phone wrote for
"which" and "due"; the one measure of a file named for it ("avg oil price" of
`oil_price_daily.csv`); every year added up; a currency the columns are coded in. Runs
through the whole backend in this process on small CSVs."""

from __future__ import annotations

import numpy as np
import pandas as pd

from tests.analyst_inprocess import chat_on


def _polls() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    n = 120
    return pd.DataFrame(
        {
            "state": rng.choice(["Ohio", "Iowa", "Utah"], n),
            "pollster": rng.choice(["Ipsos", "Gallup", "YouGov", "Emerson"], n),
            "samplesize": rng.integers(400, 2000, n),
            "rawpoll_clinton": rng.uniform(35, 50, n).round(1),
            "rawpoll_trump": rng.uniform(35, 50, n).round(1),
            "adjpoll_clinton": rng.uniform(35, 50, n).round(2),
            "adjpoll_trump": rng.uniform(35, 50, n).round(2),
        }
    )


def test_a_short_form_beside_the_word_that_names_one_column(tmp_path):
    frame = _polls()
    chat = chat_on(tmp_path, "us_polls_2016.csv", frame)
    text, _ = chat.ask("avg raw Clinton share in Ohio polls?")
    want = frame.loc[frame["state"] == "Ohio", "rawpoll_clinton"].mean()
    assert f"**{want:.2f}**" in text and "“raw” as `rawpoll`" in text, text
    text, _ = chat.ask("mean adjusted Trump share in Utah polls")
    want = frame.loc[frame["state"] == "Utah", "adjpoll_trump"].mean()
    assert f"**{want:.2f}**" in text, text


def test_a_plural_the_table_writes(tmp_path):
    frame = pd.DataFrame(
        {
            "Year": range(2000, 2010),
            "Ads_revenue_usd": np.arange(10, 20) * 1.5,
            "Circulation_revenue_usd": np.arange(5, 15) * 1.0,
        }
    )
    chat = chat_on(tmp_path, "newspapers.csv", frame)
    text, _ = chat.ask("total ad revenue in 2005")
    want = frame.loc[frame["Year"] == 2005, "Ads_revenue_usd"].sum()
    assert f"**${want:,.2f}**" in text, text


def test_a_short_form_of_several_columns_alone_is_declined(tmp_path):
    chat = chat_on(tmp_path, "us_polls_2016.csv", _polls())
    text, _ = chat.ask("how many polls had a raw number of 45 or more?")
    assert "can't answer" in text and '"raw"' in text, text  # never all four added up


def _cases() -> pd.DataFrame:
    rows = [
        (d, s, y, c)
        for d, base in (("Hepatitis A", 300), ("Measles", 900))
        for s in ("Texas", "Ohio")
        for y, c in zip(range(1990, 1995), range(base, base + 50, 10), strict=True)
    ]
    return pd.DataFrame(rows, columns=["disease", "state", "year", "count"])


def test_a_short_form_of_a_value(tmp_path):
    frame = _cases()
    chat = chat_on(tmp_path, "disease_cases.csv", frame)
    text, _ = chat.ask("total hep A cases in Texas")
    kept = frame[(frame["disease"] == "Hepatitis A") & (frame["state"] == "Texas")]
    assert f"**{kept['count'].sum():,}**" in text and "“hep” as" in text, text


def _appointments() -> pd.DataFrame:
    rng = np.random.default_rng(5)
    n = 200
    return pd.DataFrame(
        {
            "apptDate": pd.date_range("2023-01-02", periods=n, freq="3D").strftime("%Y-%m-%d"),
            "artist": rng.choice(["Dex", "Mara", "Jun"], n),
            "bookingChannel": rng.choice(["WALKIN", "PHONE", "WEB"], n),
            "quoteAud": rng.uniform(100, 1500, n).round(0),
            "status": rng.choice(["DONE", "NS"], n, p=[0.85, 0.15]),
        }
    )


def test_two_words_the_table_writes_as_one(tmp_path):
    frame = _appointments()
    chat = chat_on(tmp_path, "tattoo_appointments.csv", frame)
    text, _ = chat.ask("how many walk ins have we had all up")
    assert f"**{(frame['bookingChannel'] == 'WALKIN').sum()}**" in text, text


def test_a_currency_the_columns_are_coded_in(tmp_path):
    frame = _appointments()
    chat = chat_on(tmp_path, "tattoo_appointments.csv", frame)
    text, _ = chat.ask("how many bookings had a quote over a thousand dollars")
    assert f"**{(frame['quoteAud'] > 1000).sum()}**" in text, text


def test_every_year_added_up(tmp_path):
    frame = _appointments()
    chat = chat_on(tmp_path, "tattoo_appointments.csv", frame)
    text, _ = chat.ask("which month of the year has the most no shows if you add up all the years")
    months = pd.to_datetime(frame.loc[frame["status"] == "NS", "apptDate"]).dt.month_name()
    counts = months.value_counts()
    assert counts.iloc[0] > counts.iloc[1]  # one month ahead, so the answer is one month
    assert f"**{counts.index[0]}**" in text, text


def test_sound_alikes_a_phone_wrote(tmp_path):
    frame = _appointments()
    chat = chat_on(tmp_path, "tattoo_appointments.csv", frame)
    text, _ = chat.ask("witch artist has the highest average quote")
    best = frame.groupby("artist")["quoteAud"].mean().idxmax()
    assert f"**{best}**" in text and "“witch” as “which”" in text, text


def _oil() -> tuple[pd.DataFrame, pd.DatetimeIndex]:
    rng = np.random.default_rng(9)
    dates = pd.bdate_range("2007-01-01", "2009-12-31")
    frame = pd.DataFrame(
        {"Date": dates.strftime("%m/%d/%Y"), "DCOILWTICO": rng.uniform(30, 140, len(dates))}
    )
    return frame, dates


def test_the_one_measure_of_a_file_named_for_it(tmp_path):
    frame, dates = _oil()
    chat = chat_on(tmp_path, "wti_oil_price_daily.csv", frame)
    text, _ = chat.ask("avg oil price in 2008?")
    want = frame.loc[dates.year == 2008, "DCOILWTICO"].mean()
    assert f"**{want:.2f}**" in text, text
    text, _ = chat.ask("how many days in 2008?")  # a count stays a count of rows
    assert f"**{(dates.year == 2008).sum()}**" in text, text


def _canteen() -> pd.DataFrame:
    rng = np.random.default_rng(11)
    n = 300
    return pd.DataFrame(
        {
            "order_id": [f"C{i:05d}" for i in range(n)],
            "order_ts": pd.date_range("2023-01-02", periods=n, freq="6h").strftime(
                "%Y-%m-%d %H:%M"
            ),
            "category": rng.choice(["Hot Food", "Snacks", "Drinks"], n),
            "qty": rng.integers(1, 4, n),
            "price_cents": rng.choice([150, 250, 400], n),
            "status": rng.choice(["OK", "VOID"], n, p=[0.8, 0.2]),
        }
    )


def test_values_said_as_left_out_with_an_article_or_after(tmp_path):
    frame = _canteen()
    kept = frame[frame["status"] != "VOID"]
    for question in (
        "total qty leave out the voids",
        "total qty, leave the voids out",
        "total qty not counting the voided ones",
    ):
        chat = chat_on(tmp_path, "canteen_orders.csv", frame)
        text, _ = chat.ask(question)
        assert f"**{kept['qty'].sum():,}**" in text and "!= VOID" in text, (question, text)


def test_a_value_spelled_as_a_common_word_before_the_rows(tmp_path):
    frame = _canteen()
    chat = chat_on(tmp_path, "canteen_orders.csv", frame)
    text, _ = chat.ask("total qty for ok orders")
    assert f"**{frame.loc[frame['status'] == 'OK', 'qty'].sum():,}**" in text, text
    chat = chat_on(tmp_path, "canteen_orders.csv", frame)
    text, _ = chat.ask("ok so what is the total qty")  # "ok" opening a question keeps all rows
    assert f"**{frame['qty'].sum():,}**" in text, text


def test_a_long_tables_figure_is_its_value_column(tmp_path):
    rng = np.random.default_rng(13)
    days = pd.date_range("2024-01-01", periods=30, freq="D").strftime("%Y-%m-%d")
    rows = [
        (d, floor, kpi, float(rng.integers(1, 60)))
        for d in days
        for floor in (1, 2, 3)
        for kpi in ("rooms_cleaned", "minutes_per_room", "complaints")
    ]
    frame = pd.DataFrame(rows, columns=["date", "floor", "kpi", "value"])
    chat = chat_on(tmp_path, "housekeeping_kpis.csv", frame)
    text, _ = chat.ask("whats the highest minutes per room anyone logged on any floor")
    want = frame.loc[frame["kpi"] == "minutes_per_room", "value"].max()
    assert f"**{want:g}**" in text and "maximum value" in text, text
    chat = chat_on(tmp_path, "housekeeping_kpis.csv", frame)
    text, _ = chat.ask("add up complaints for floor 2")
    kept = frame[(frame["kpi"] == "complaints") & (frame["floor"] == 2)]
    assert f"**{kept['value'].sum():,.0f}**" in text, text


def test_the_rows_named_by_the_file_not_a_column_they_begin(tmp_path):
    frame = _polls()
    chat = chat_on(tmp_path, "us_polls_2016.csv", frame)
    text, _ = chat.ask("how many polls of Ohio are in the file?")
    assert f"**{(frame['state'] == 'Ohio').sum()}** rows" in text, text


def test_a_few_years_are_each_said_and_the_file_named_in_words(tmp_path):
    rows = [(f"{y}-{m:02d}", unit, 1000.0 + m) for y in (2022, 2023, 2024) for m in range(1, 13)
            for unit in ("A1", "A2")]  # fmt: skip
    frame = pd.DataFrame(rows, columns=["month", "unit", "rent_due"])
    chat = chat_on(tmp_path, "rent_roll_monthly.csv", frame)
    text, _ = chat.ask("which years are on the rent roll")
    assert "**2022**, **2023** and **2024**" in text, text
    text, _ = chat.ask("how many months does the rent roll cover")
    assert "**36** distinct months" in text, text


def test_what_the_answer_is_for_and_who_wants_it_are_left_aside(tmp_path):
    frame, dates = _oil()
    chat = chat_on(tmp_path, "wti_oil_price_daily.csv", frame)
    text, _ = chat.ask("pull the median WTI price across the whole file for the explainer box pls")
    assert f"**{frame['DCOILWTICO'].median():.2f}**" in text and "explainer box" in text, text
    text, _ = chat.ask("sub-editor asks: and the mean?")
    assert f"**{frame['DCOILWTICO'].mean():.2f}**" in text, text
    chat = chat_on(tmp_path, "wti_oil_price_daily.csv", frame)
    text, charts = chat.ask("ed wants a bar chart of the average oil price per year, asap")
    yearly = frame.groupby(dates.year)["DCOILWTICO"].mean()
    assert charts == ["bar"] and f"{yearly.max():.2f}" in text, text  # a level: its average


def test_a_spoken_opening_and_a_word_for_the_crowd(tmp_path):
    rng = np.random.default_rng(17)
    n = 120
    frame = pd.DataFrame(
        {
            "session_date": pd.date_range("2024-01-01", periods=n, freq="D").strftime("%Y-%m-%d"),
            "session_type": rng.choice(["Public Skate", "Disco Skate"], n),
            "attendance": rng.integers(10, 200, n),
            "takings_gbp": rng.uniform(100, 900, n).round(2),
        }
    )
    chat = chat_on(tmp_path, "ice_rink_sessions.csv", frame)
    text, _ = chat.ask("right so whats the average crowd at disco skate")
    want = frame.loc[frame["session_type"] == "Disco Skate", "attendance"].mean()
    assert f"**{want:.2f}**" in text, text
    chat = chat_on(tmp_path, "ice_rink_sessions.csv", frame)
    text, _ = chat.ask("um how much did we take in february twenty twenty four")
    kept = frame[frame["session_date"].str.startswith("2024-02")]
    assert f"£{kept['takings_gbp'].sum():,.0f}" in text, text  # the money taken


def test_a_follow_up_that_changes_nothing_is_declined_not_answered_again(tmp_path):
    rows = [
        (2024, m, b, k, float(10 * m + len(b) + len(k)))
        for m in range(1, 13)
        for b in ("BFD", "LDS")
        for k in ("Breakdown Callouts", "Services Completed")
    ]
    frame = pd.DataFrame(rows, columns=["Year", "Month", "Branch", "KPI", "Value"])
    chat = chat_on(tmp_path, "boiler_kpis.csv", frame)
    text, _ = chat.ask("how many callouts did BFD handle in 2024")
    kept = frame[(frame["Branch"] == "BFD") & (frame["KPI"] == "Breakdown Callouts")]
    assert f"**{kept['Value'].sum():,.0f}**" in text, text
    text, _ = chat.ask("what about boilers")  # names nothing that changes the question
    assert "can't answer" in text and f"{kept['Value'].sum():,.0f}" not in text, text


def test_a_forecast_is_never_left_aside_as_talk(tmp_path):
    frame, _ = _oil()
    chat = chat_on(tmp_path, "wti_oil_price_daily.csv", frame)
    text, _ = chat.ask("what will the oil price be by the end of the decade? ed wants a projection")
    assert "can't answer" in text and "projections" in text, text


def test_a_rate_per_so_many_people_is_never_a_share_of_rows(tmp_path):
    rows = [(d, s, 1990, c, p) for d, c in (("Polio", 40), ("Measles", 900))
            for s, p in (("Texas", 17_000_000), ("Ohio", 10_800_000))]  # fmt: skip
    frame = pd.DataFrame(rows, columns=["disease", "state", "year", "count", "population"])
    chat = chat_on(tmp_path, "disease_cases.csv", frame)
    text, _ = chat.ask("polio rate per 100k residents in Texas in 1990")
    assert "can't answer" in text and "**" not in text, text  # not "25 %" of the rows


def test_rows_left_out_where_a_column_is_blank_and_takings_per_head(tmp_path):
    frame = _appointments()
    frame.loc[frame.index % 4 == 0, "quoteAud"] = np.nan
    chat = chat_on(tmp_path, "tattoo_appointments.csv", frame)
    text, _ = chat.ask("average quote on done ones, leave out the ones where the quote is blank")
    kept = frame[(frame["status"] == "DONE") & frame["quoteAud"].notna()]
    assert f"**{kept['quoteAud'].mean():,.2f}**" in text, text
    text, _ = chat.ask("right so whose got the highest average quote on done appointments")
    best = kept.groupby("artist")["quoteAud"].mean().idxmax()
    assert f"**{best}**" in text, text
    rng = np.random.default_rng(19)
    rink = pd.DataFrame(
        {
            "session_type": rng.choice(["Disco", "Public"], 80),
            "attendance": rng.integers(20, 200, 80),
            "takings_gbp": rng.uniform(200, 2000, 80).round(2),
        }
    )
    chat = chat_on(tmp_path, "rink_sessions.csv", rink)
    text, _ = chat.ask("how much do we take per head at the disco sessions")
    disco = rink[rink["session_type"] == "Disco"]
    assert f"**{disco['takings_gbp'].sum() / disco['attendance'].sum():.2f}**" in text, text
