"""The offline analyst on time series (one row per date): quarterly dates are known as
quarterly, a series is shown at its own spacing, a level (a population) is averaged rather
than added up over time, changes from each period to the next ("the biggest quarter-on-
quarter rise", their mean or median, those of the December quarters alone), the change
from the first reading to the last, the value at the last reading or at the end of a year,
a count kept in thousands (`pop_000s`) asked in millions or limited "above 16 million", and
"sales" of `units_sold`. The generated code runs on small frames and the figures are
checked."""

from __future__ import annotations

import pandas as pd
import pytest

from services.llm.offline.schema import _STEP_CODE, Column, Table
from tests.unit.test_offline_reading import answered
from tests.unit.test_offline_tallies import described, result_of

QUARTERS = pd.date_range("1999-12-31", periods=9, freq="QE")
POP = pd.DataFrame(
    {
        "quarter_end": QUARTERS,
        "pop_000s": [15000.0, 15040.0, 15100.0, 15130.0, 15200.0, 15290.0, 15310.0, 15400.0,
                     16100.0],
    }
)  # fmt: skip
MONTHS = pd.date_range("2001-01-01", periods=24, freq="MS")
SALES = pd.DataFrame({"month": MONTHS, "units_sold": [float(100 + 5 * i) for i in range(24)]})
SALES.loc[14, "units_sold"] = 400.0  # 2002-03: the biggest rise, then the biggest fall


def series(variable: str, frame: pd.DataFrame, date: str, step: str) -> Table:
    """As the schema cell describes a series: one row per date, so as many distinct dates."""
    table = described(variable, frame.drop(columns=[date]))
    first, last = (str(d.date()) for d in (frame[date].min(), frame[date].max()))
    column = Column(date, "date", first=first, last=last, step=step, distinct=len(frame))
    table.columns.insert(0, column)
    return table


def _pop() -> Table:
    return series("pop_quarterly", POP, "quarter_end", "quarter")


def _sales() -> Table:
    return series("units_monthly", SALES, "month", "month")


def _changes() -> pd.Series:
    return POP.set_index("quarter_end")["pop_000s"].diff().iloc[1:]


def test_quarter_end_dates_are_known_as_quarterly():
    space: dict = {}
    exec("\n".join(_STEP_CODE), space)  # the schema cell's own function
    assert space["date_step"](pd.Series(QUARTERS)) == "quarter"
    assert space["date_step"](pd.Series(MONTHS)) == "month"
    assert space["date_step"](pd.Series(pd.date_range("2000-01-01", periods=5, freq="YS"))) == (
        "year"
    )


def test_a_series_over_time_is_shown_at_its_own_spacing_and_a_level_is_averaged():
    query = answered("plot the population over time", _pop())
    assert query.kind == "trend" and query.freq == "Q" and query.agg == "mean"
    values = result_of(query, POP)["value"]
    assert len(values) == len(POP)  # every quarter, never a total per year


def test_the_biggest_rises_from_one_quarter_to_the_next_are_ranked():
    query = answered("which three quarters saw the strongest quarter-on-quarter growth", _pop())
    assert query.kind == "steps"
    found = result_of(query, POP)["value"]
    expected = _changes().sort_values(ascending=False).head(3)
    assert list(found) == [str(d.date()) for d in expected.index]  # the file's own dates
    assert list(found.values()) == pytest.approx(list(expected))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what was the smallest quarterly increase in the series", _changes().min()),
        ("on average, by how many thousand does the population rise each quarter",
         _changes().mean()),
        ("median quarter-on-quarter change in population", _changes().median()),
        ("mean quarter-on-quarter increase for the december quarters alone",
         _changes()[_changes().index.month == 12].mean()),
    ],
)  # fmt: skip
def test_changes_from_one_period_to_the_next_are_summarised_as_asked(question, expected):
    found = result_of(answered(question, _pop()), POP)["value"]
    value = found if not isinstance(found, dict) else next(iter(found.values()))
    assert value == pytest.approx(expected)


def test_a_follow_up_asks_another_summary_of_the_same_changes():
    earlier = ("what was the smallest quarterly increase in the series",)
    query = answered("and the median?", _pop(), earlier)
    assert result_of(query, POP)["value"] == pytest.approx(_changes().median())


def test_the_biggest_monthly_rise_of_units_sold_is_said_of_sales():
    query = answered("which month had the biggest month-on-month increase in sales", _sales())
    found = result_of(query, SALES)["value"]
    assert found == {"2002-03": pytest.approx(400.0 - 165.0)}


def test_growth_from_the_first_reading_to_the_last_in_percent():
    query = answered("by what per cent did the population grow from the first reading to the last",
                     _pop())  # fmt: skip
    assert result_of(query, POP)["value"] == pytest.approx((16100 / 15000 - 1) * 100)


def test_the_value_at_the_last_reading_in_millions_of_a_count_kept_in_thousands():
    query = answered("what was the population at the last reading, in millions", _pop())
    assert result_of(query, POP)["value"] == pytest.approx(16.1)
    query = answered("population at the end of 2000", _pop())
    assert result_of(query, POP)["value"] == pytest.approx(15200.0)  # 2000-12-31, not a sum


def test_a_limit_in_millions_on_a_count_kept_in_thousands_is_scaled():
    query = answered("for how many quarters was the population above 15.2 million", _pop())
    assert result_of(query, POP)["value"] == 4  # 15290, 15310, 15400, 16100


def test_counting_quarterly_readings_of_a_quarterly_series_counts_them_all():
    query = answered("how many quarterly readings are there", _pop())
    assert result_of(query, POP)["value"] == len(POP)


def test_sales_of_units_sold_add_up_and_scale_as_asked():
    query = answered("total sales in 2002", _sales())
    assert result_of(query, SALES)["value"] == pytest.approx(
        SALES[SALES["month"].dt.year == 2002]["units_sold"].sum()
    )
    query = answered("total sales over the period in thousands of units", _sales())
    assert result_of(query, SALES)["value"] == pytest.approx(SALES["units_sold"].sum() / 1000)


def test_a_mean_for_each_decade_covered_is_no_question_of_coverage():
    frame = pd.DataFrame(
        {"year": pd.date_range("1975-01-01", periods=20, freq="YS"), "pop_000s": range(20)}
    )
    table = series("pop_yearly", frame, "year", "year")
    query = answered("the mean population for each decade covered", table)
    assert query.kind != "coverage"


HALF_HOURS = pd.date_range("2000-06-05 00:00", periods=96, freq="30min")
DEMAND = pd.DataFrame(
    {"period_start": HALF_HOURS, "demand_mw": [20000.0 + 300 * (i % 48) for i in range(96)]}
)


def _demand() -> Table:
    return series("electricity_demand", DEMAND, "period_start", "time")


def test_half_hours_are_the_rows_of_a_half_hourly_series():
    query = answered("how many half-hours saw demand above 33,000 MW", _demand())
    assert result_of(query, DEMAND)["value"] == int((DEMAND["demand_mw"] > 33000).sum())
    query = answered("standard deviation of half-hourly demand", _demand())
    assert result_of(query, DEMAND)["value"] == pytest.approx(DEMAND["demand_mw"].std())


def test_demand_in_megawatts_is_asked_in_gigawatts_and_load_is_demand():
    query = answered("what was the peak load in GW", _demand())
    assert result_of(query, DEMAND)["value"] == pytest.approx(DEMAND["demand_mw"].max() / 1000)


def test_a_superlative_said_of_a_named_measure_is_its_most():
    query = answered("which hour of the day carries the heaviest load on average", _demand())
    found = result_of(query, DEMAND)["value"]
    by_hour = DEMAND.groupby(DEMAND["period_start"].dt.hour)["demand_mw"].mean()
    assert found == {str(by_hour.idxmax()): pytest.approx(by_hour.max())}


def test_a_level_is_added_up_over_places_but_averaged_over_a_series_own_dates():
    places = pd.DataFrame(
        {"year": [2000, 2000, 2001, 2001], "country": ["A", "B", "A", "B"], "pop": [1, 2, 3, 4]}
    )
    table = described("countries", places)
    assert answered("population by year", table).agg == "sum"
    assert answered("population over time", _pop()).agg == "mean"


SESSIONS = pd.DataFrame(
    {
        "Tutor": ["Chen", "Chen", "Evans", "Gupta", "Evans"],
        "Subject": ["Maths", "Physics", "Maths", "Maths", "Physics"],
        "List": [60.0, 80.0, 60.0, 70.0, 90.0],
        "Billed (USD)": [50.0, 80.0, 45.0, 70.0, 85.0],
    }
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("total billings across the whole log", 330.0),  # "billings" is the money billed
        ("rev for maths", 165.0),  # "rev": revenue, the one money column taken
        ("how many tutors are on the books", 3),  # never the tutor "Brooks"
        ("total list less billed", 30.0),  # "less" between two columns: a difference
    ],
)
def test_shorthand_and_idioms_of_the_books(question, expected):
    table = described("tutoring_sessions", SESSIONS)
    assert result_of(answered(question, table), SESSIONS)["value"] == pytest.approx(expected)


def test_observations_of_a_monthly_series_are_its_rows():
    query = answered("how many monthly observations does this series contain altogether", _sales())
    assert result_of(query, SALES)["value"] == len(SALES)


def test_a_month_alongside_another_compares_a_series_one_measure():
    query = answered("could you put march 2001 alongside march 2002", _sales())
    found = result_of(query, SALES)["value"]
    march = SALES[SALES["month"].dt.month == 3]
    expected = dict(zip(march["month"].dt.year.astype(str), march["units_sold"], strict=True))
    assert found == {y: pytest.approx(v) for y, v in expected.items()}


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("total units sold in each calendar year", "2002"),
        ("rank the months of the year by average sales, top three please", None),
    ],
)
def test_calendar_years_and_ranked_parts_of_the_year_group_the_series(question, key):
    query = answered(question, _sales())
    assert query.group or query.part or query.kind == "trend"
    found = result_of(query, SALES)["value"]
    assert isinstance(found, dict) and len(found) >= 2
    if key:
        assert any(k.startswith(key) for k in found)


def test_a_box_plot_that_would_be_helpful_is_a_box_plot():
    query = answered("a box plot of demand by day of the week would be helpful", _demand())
    assert query.chart == "box"


def test_a_log_of_events_each_at_its_own_time_is_no_series():
    log = Table(
        "checkins",
        "/mnt/data/checkins.csv",
        5,
        [Column("at", "date", step="time", distinct=5), Column("club", "category", ["A", "B"]),
         Column("durationMin", "number", low=10, high=90)],
    )  # fmt: skip
    assert not log.series("at")
    assert _demand().series("period_start") and _pop().series("quarter_end")


BERTHS = pd.DataFrame(
    {
        "arrival_date": pd.to_datetime(["2023-01-05", "2023-04-02", "2024-01-09", "2024-07-30"]),
        "pontoon": ["A", "B", "A", "B"],
        "berth_fee_gbp": [100.0, 250.0, 120.0, 300.0],
        "status": ["CNF", "CNF", "CXL", "CNF"],
    }
)
DEALS = pd.DataFrame(
    {
        "Sale Date": pd.to_datetime(["2023-01-03", "2023-05-04", "2024-02-01"]),
        "List Price ($)": [21000.0, 30000.0, 25000.0],
        "Sale Price ($)": [20000.0, 28000.0, 24000.0],
        "Trade-In ($)": [5000.0, 0.0, 3000.0],
    }
)


def test_revenue_said_after_a_money_column_named_is_that_column():
    table = series("berths", BERTHS, "arrival_date", "day")
    table.columns[1] = Column("pontoon", "category", ["A", "B"])
    table.columns[3] = Column("status", "category", ["CNF", "CXL"])
    query = answered("confirmed berth revenue by pontoon", table)
    assert result_of(query, BERTHS)["value"] == {"B": 550.0, "A": 100.0}
    query = answered("berth revenue by arrival quarter, all years pooled", table)
    assert query.part == "quarter"


def test_revenue_of_one_sale_a_row_is_its_sale_price_never_a_trade_in():
    table = series("car_sales", DEALS, "Sale Date", "day")
    query = answered("total sales revenue in 2023", table)
    assert result_of(query, DEALS)["value"] == pytest.approx(48000.0)


def test_now_yoy_after_a_year_is_that_year_against_the_one_before():
    table = series("berths", BERTHS, "arrival_date", "day")
    table.columns[1] = Column("pontoon", "category", ["A", "B"])
    table.columns[3] = Column("status", "category", ["CNF", "CXL"])
    query = answered("now yoy", table, ("total berth fee in 2024",))
    assert query.kind == "change" and query.points == (2023, 2024)
    assert result_of(query, BERTHS)["value"] == pytest.approx((420 / 350 - 1) * 100)
