"""The offline analyst on shorthand and plain readings it used to refuse or misread:
"tot"/"chg" in questions, status codes (`C` completed, `CXL` cancelled), a long table's
abbreviated keys (`REV_EUR` is revenue), a change between two periods said later first
("dec vs nov"), a measure per a unit of another column ("fee per hour" of minutes, "eur per
km"), a total in a unit ("total hours" of `durationMin`), "how many years topped 1,000", a
synonym inside a column's name ("jobless rate" of `unemployment_rate`), "across every
state" (one figure), and values listed ("for a, b and c": each). The generated code runs on
small frames and the figures are checked."""

from __future__ import annotations

import pandas as pd
import pytest

from services.llm.offline.names import normalize
from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import Column
from tests.unit.test_offline_plain_words import dated
from tests.unit.test_offline_reading import answered, read
from tests.unit.test_offline_tallies import described, result_of

JOBS = pd.DataFrame(
    {
        "job_dt": pd.to_datetime(
            ["2024-11-03", "2024-11-20", "2024-12-01", "2024-12-05", "2024-12-24", "2024-12-30"]
        ),
        "drv": ["D01", "D02", "D01", "D01", "D02", "D02"],
        "dist_mi": [3.0, 5.0, 2.0, 10.0, 4.0, 6.0],
        "sts": ["C", "X", "C", "C", "N", "C"],
    }
)
KPIS = pd.DataFrame(
    {
        "YEAR": [2023, 2023, 2024, 2024],
        "KPI": ["REV_EUR", "SAMPLES_RCVD", "REV_EUR", "SAMPLES_RCVD"],
        "VALUE": [1000.0, 50.0, 1500.0, 60.0],
    }
)
LESSONS = pd.DataFrame(
    {
        "Type": ["STD", "STD", "MCK"],
        "Duration (min)": [60, 90, 120],
        "Fee ($)": [50.0, 70.0, 100.0],
        "Miles": [10.0, 20.0, 30.0],
    }
)
FLOWS = pd.DataFrame({"year": [1871, 1872, 1873, 1874], "discharge_1e8_m3": [1120, 960, 1010, 800]})
STATES = pd.DataFrame(
    {
        "state": ["Texas", "Texas", "Ohio", "Ohio", "Maine", "Maine"],
        "year": [1985, 1986, 1985, 1986, 1985, 1986],
        "unemployment_rate": [6.0, 8.0, 9.0, 7.0, 5.0, 4.0],
    }
)


@pytest.mark.parametrize(
    ("said", "written"),
    [("tot sales % chg", "total sales % change"), ("diff thru 2024", "difference through 2024")],
)
def test_shorthand_of_questions_is_read_as_its_word(said, written):
    assert normalize(said) == written


@pytest.mark.parametrize(
    ("question", "expected"),
    [("tot miles, completed jobs", 21.0), ("how many cancelled jobs", 1)],
)
def test_status_codes_are_read_as_the_words_they_stand_for(question, expected):
    query = answered(question, dated("jobs", JOBS, "job_dt", "day"))
    assert result_of(query, JOBS)["value"] == pytest.approx(expected)


def test_a_long_tables_abbreviated_key_is_read_spelled_out():
    query = answered("tot revenue in 2024", described("lab_kpis", KPIS))
    assert result_of(query, KPIS)["value"] == pytest.approx(1500.0)
    query = answered("samples received in 2023", described("lab_kpis", KPIS))
    assert result_of(query, KPIS)["value"] == pytest.approx(50.0)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("# jobs dec 2024 vs nov 2024 % chg", 100.0),
        ("% change in jobs from dec 2024 to nov 2024", -50.0),
    ],
)
def test_a_change_runs_from_the_earlier_period_unless_said_from_and_to(question, expected):
    query = answered(question, dated("jobs", JOBS, "job_dt", "day"))
    assert result_of(query, JOBS)["value"] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("fee per hour for standard lessons", 120.0 / 2.5),  # 150 minutes are 2.5 hours
        ("total fees / total hours", 220.0 / 4.5),
        ("fee per mile", 220.0 / 60.0),
    ],
)
def test_a_measure_per_the_unit_of_another_column_divides_the_totals(question, expected):
    query = answered(question, described("lessons", LESSONS))
    assert query.kind == "ratio"
    assert result_of(query, LESSONS)["value"] == pytest.approx(expected)


def test_a_total_said_in_a_unit_adds_up_the_column_kept_in_it():
    query = answered("total hours of standard lessons", described("lessons", LESSONS))
    assert result_of(query, LESSONS)["value"] == pytest.approx(2.5)


def _flows():
    table = described("nile_flow", FLOWS)
    table.columns[0] = Column("year", "number", [str(y) for y in FLOWS["year"]], 1871.0, 1874.0)
    return table


def test_years_counted_above_a_number_outside_them_compare_the_measure():
    query = answered("how many years topped 1,000", _flows())
    assert result_of(query, FLOWS)["value"] == 2  # 1120 and 1010, never "year > 1000"


def test_a_synonym_of_a_word_in_a_column_name_names_the_column():
    assert answered("avg flow", _flows()).measure == "discharge_1e8_m3"
    states = described("states", STATES)
    assert answered("avg jobless rate", states).measure == "unemployment_rate"


def test_across_every_state_is_one_figure_and_a_list_of_states_is_each():
    states = described("states", STATES)
    query = answered("avg jobless rate across every state and year", states)
    assert query.group is None
    assert result_of(query, STATES)["value"] == pytest.approx(6.5)
    query = answered("avg jobless rate for texas, ohio and maine", states)
    assert result_of(query, STATES)["value"] == {"Texas": 7.0, "Ohio": 8.0, "Maine": 4.5}
    query = answered("avg jobless rate for texas and ohio combined", states)
    assert result_of(query, STATES)["value"] == pytest.approx(7.5)


PRICES = pd.DataFrame(
    {
        "Date": pd.to_datetime(
            ["2015-03-01", "2015-09-01", "2016-02-01", "2016-08-01", "2017-05-01"]
        ),
        "AveragePrice": [1.0, 2.0, 3.0, 4.0, 5.0],
    }
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("avg price before 2016", 1.5),
        ("avg price after 2016", 5.0),  # from 2017 on, never "in 2016"
        ("avg price since 2016", 4.0),
        ("avg price up to 2016", 2.5),  # through the end of 2016
        ("avg price after june 2016", 4.5),
        ("avg price from 2015 to 2016", 2.5),
    ],
)
def test_a_bound_in_time_is_a_limit_not_the_year_it_names(question, expected):
    query = answered(question, dated("prices", PRICES, "Date", "month"))
    assert result_of(query, PRICES)["value"] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("avg flow before 1873", 1040.0),
        ("avg flow after 1872", 905.0),
        ("mean flow from 1871 through 1873", 1030.0),
    ],
)
def test_a_bound_on_a_column_of_years_compares_the_years(question, expected):
    query = answered(question, _flows())
    assert result_of(query, FLOWS)["value"] == pytest.approx(expected)


def test_next_year_is_a_forecast_even_when_the_table_has_a_year_column():
    found = read("what will the flow be next year", _flows())
    assert isinstance(found, Unanswerable) and "forecasts" in found.reason


CO2 = pd.DataFrame(
    {
        "year": [1980, 1980, 1981, 1981],
        "month": ["Jan", "Jul", "Jan", "Jul"],
        "co2": [1.0, 3.0, 5.0, 7.0],
    }
)


def test_annual_averages_on_a_column_of_years_are_one_per_year():
    table = described("co2", CO2)
    table.columns[0] = Column("year", "number", ["1980", "1981"], 1980.0, 1981.0)
    query = answered("show a bar chart of the annual averages of co2", table)
    assert query.group == "year" and query.chart == "bar"
    assert result_of(query, CO2)["value"] == {"1980": 2.0, "1981": 6.0}


PAINTERS = pd.DataFrame(
    {"Painter": ["Titian", "Rubens", "Raphael"], "Colour": [18, 17, 12], "Drawing": [15, 18, 10]}
)


def test_rows_where_one_column_is_above_another_are_counted():
    painters = described("painters", PAINTERS)
    query = answered("how many painters score higher on colour than on drawing", painters)
    assert result_of(query, PAINTERS)["value"] == 2
    query = answered("how many painters score lower on colour than on drawing", painters)
    assert result_of(query, PAINTERS)["value"] == 1


SCANS = pd.DataFrame(
    {
        "Date": pd.to_datetime(["2024-01-02", "2024-01-02", "2024-01-03", "2024-01-05"]),
        "Lift": ["Ridge", "Ridge", "Ridge", "Valley"],
    }
)


def test_on_how_many_days_counts_the_days_of_the_rows_kept_not_the_rows():
    table = dated("lift_scans", SCANS, "Date", "day")
    query = answered("on how many days did the ridge lift run", table)
    assert result_of(query, SCANS)["counts"]["D"] == 2  # three scans on two days


def test_a_month_the_data_never_reaches_is_declined_with_its_range():
    table = dated("lift_scans", SCANS, "Date", "day")
    found = read("how many scans in july", table)
    assert isinstance(found, Unanswerable) and "runs from" in found.reason


WASHES = pd.DataFrame({"loc": ["HWY9", "MILL", "HWY9"], "rev_c": [150000, 90000, 300000]})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("total revenue in dollars, both sites", 5400.0),  # cents as dollars, one figure
        ("biggest takings in $, any site", 3000.0),
        ("days where a site took over $1.2k", 2),
    ],
)
def test_money_of_a_cents_column_in_dollars_and_both_or_any_site_pooled(question, expected):
    query = answered(question, described("car_wash", WASHES))
    assert query.group is None
    assert result_of(query, WASHES)["value"] == pytest.approx(expected)


def test_run_as_a_verb_is_understood_and_a_run_of_is_not():
    assert answered("what years does the series run from and to", _flows()).kind == "coverage"
    assert isinstance(read("how many years had a run of 1k or more", _flows()), Unanswerable)


SALES = pd.DataFrame(
    {
        "orderDate": pd.to_datetime(
            ["2023-02-10", "2023-05-03", "2023-05-20", "2023-11-02", "2024-04-11", "2024-05-30"]
        ),
        "lineTotal": [10.0, 20.0, 5.0, 100.0, 40.0, 20.0],
    }
)


@pytest.mark.parametrize(
    ("question", "points", "expected"),
    [
        ("yoy growth in sales", (2023, 2024), 60.0 / 35.0 * 100 - 100),  # Jan–May of both
        ("sales month over month %", ("2024-04", "2024-05"), -50.0),
        ("qoq change in sales", ("2024Q1", "2024Q2"), None),  # no sales in 2024Q1: undefined
    ],
)
def test_a_change_over_periods_runs_from_the_period_before_the_latest(question, points, expected):
    query = answered(question, dated("orders", SALES, "orderDate", "day"))
    assert query.kind == "change" and query.points == points
    if expected is not None:
        assert result_of(query, SALES)["value"] == pytest.approx(expected)


def test_how_did_sales_change_is_a_trend_not_a_total():
    assert answered("how have sales grown", dated("orders", SALES, "orderDate", "day")).kind == (
        "trend"
    )


def test_ytd_is_the_latest_year_and_a_run_rate_is_a_projection():
    table = dated("orders", SALES, "orderDate", "day")
    assert result_of(answered("sales ytd", table), SALES)["value"] == pytest.approx(60.0)
    found = read("sales run-rate", table)
    assert isinstance(found, Unanswerable) and "projections" in found.reason


STAFF = pd.DataFrame({"site": ["A", "A", "B"], "salary": [50.0, 70.0, 40.0]})


def test_per_head_on_rows_of_people_is_the_average_and_hedges_are_understood():
    staff = described("hr_staff", STAFF)
    query = answered("salary per head by site", staff)
    assert result_of(query, STAFF)["value"] == {"A": 60.0, "B": 40.0}
    query = answered("could you give me a sense of the average salary, ballpark", staff)
    assert result_of(query, STAFF)["value"] == pytest.approx(160.0 / 3)


VOTERS = pd.DataFrame({"respondent": range(1, 41), "age": [20 + n % 7 * 10 for n in range(40)]})


def test_a_column_numbering_the_rows_is_never_averaged_and_median_beats_typical():
    query = answered(
        "ballpark, how old is the typical respondent? median age", described("v", VOTERS)
    )
    assert query.measure == "age" and query.agg == "median"
    assert result_of(query, VOTERS)["value"] == pytest.approx(VOTERS["age"].median())


def test_a_change_between_named_months_is_not_the_latest_periods():
    query = answered("MoM sales change may vs feb, %", dated("orders", SALES, "orderDate", "day"))
    assert query.kind != "change" or query.points != ("2024-04", "2024-05")


YARN = pd.DataFrame(
    {
        "quarter_start": pd.to_datetime(["1966-01-01", "1966-04-01", "1993-01-01", "1993-04-01"]),
        "yarn_tonnes": [100.0, 60.0, 40.0, 40.0],
    }
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how big a drop from 1966 to 1993 in annual output, %", -50.0),
        ("how big a jump in production from 1993 to 1966, %", 100.0),  # said from and to
        ("total output in 1993", 80.0),
    ],
)
def test_output_of_a_table_with_one_measure_is_that_measure(question, expected):
    query = answered(question, dated("yarn", YARN, "quarter_start", "quarter"))
    assert result_of(query, YARN)["value"] == pytest.approx(expected)


def test_output_is_not_understood_where_several_measures_could_be_it():
    found = read("total output in 1993", described("lessons", LESSONS))
    assert isinstance(found, Unanswerable)


def test_a_jump_is_understood_between_two_years_and_back_in_a_year_is_that_year():
    table = dated("yarn", YARN, "quarter_start", "quarter")
    assert isinstance(read("how big a drop from the first year to the last", table), Unanswerable)
    query = answered("total output back in 1966", table)
    assert result_of(query, YARN)["value"] == pytest.approx(160.0)


LAB_KPIS = pd.DataFrame(
    {
        "YEAR": [2023, 2023, 2024, 2024, 2024],
        "MONTH": [1, 2, 1, 1, 3],
        "LAB": ["VL-N", "VL-N", "VL-S", "VL-N", "VL-S"],
        "KPI": ["SAMPLES_REJ"] * 5,
        "VALUE": [5.0, 7.0, 11.0, 2.0, 1.0],
    }
)


def test_labs_ranked_by_a_total_are_grouped_and_a_plural_month_filters():
    table = described("lab_kpis", LAB_KPIS)
    query = answered("labs ranked by tot rejected samples", table)
    assert result_of(query, LAB_KPIS)["value"] == {"VL-S": 12.0, "VL-N": 14.0}
    table.columns[1] = Column("MONTH", "number", ["1", "2", "3"], 1.0, 3.0)
    query = answered("tot rejected samples in januarys, all yrs", table)
    assert result_of(query, LAB_KPIS)["value"] == pytest.approx(18.0)


def test_a_ranking_with_nothing_read_to_rank_is_declined():
    found = read("rank the total rejected samples", described("lab_kpis", LAB_KPIS))
    assert isinstance(found, Unanswerable) and "rank" in found.reason
