"""Questions as people chat them: a clause that frames the question rather than asks it
("Doing a piece for the city desk. …", "quick one - …", "For the graphic: …") is left aside
and said so; a clause that scopes the question ("For the Paris branch: …") is not, and its
unknown words still decline the question. Also "graphic" for a chart, "more then 200",
spreadsheet words (sumif, countif, pivot by), "ytd 2023", "rain … over 2013, all told",
"from which month until which month", "°C" of `WaterTemp_F`, "incidents per 100 flights"
in a long table, "revenue" that is never a cost column, years and decades said in words,
"aged 80 or older", a measure said in words that name no column, and "appointments" of
`dog_grooming_appts.csv`, "topped 200" and "90 degrees" of a plain `temp`."""

from __future__ import annotations

import pandas as pd
import pytest

from services.llm.offline.framing import unframed
from services.llm.offline.numberwords import digits
from services.llm.offline.query import Unanswerable
from services.llm.offline.rowkinds import names_the_file
from services.llm.offline.schema import Column, Table
from services.llm.offline.understand import understand_all
from tests.unit.test_offline_tallies import described, result_of


def weather() -> Table:
    return Table(
        variable="weather",
        path="/mnt/data/airport_weather.csv",
        rows=900,
        columns=[
            Column("origin", "category", ["EWR", "JFK", "LGA"]),
            Column("month", "number", low=1, high=12),
            Column("temp", "number", low=10, high=100),
            Column("seats", "number", low=2, high=400),
        ],
    )


def _answered(question: str, earlier: tuple[str, ...] = (), table: Table | None = None):
    found = understand_all(question, list(earlier), [table or weather()])
    assert not isinstance(found, Unanswerable), found
    return found[0]


@pytest.mark.parametrize(
    "question, aside",
    [
        ("Doing a weather piece for the city desk. What was the average temp?",
         "Doing a weather piece for the city desk"),
        ("quick one - what's the average temp", "quick one"),
        ("Goal-fest angle: what's the average temp", "Goal-fest angle"),
        ("what's the average temp? for the sidebar", "for the sidebar"),
        ("Before I quote anything: what's the average temp", "Before I quote anything"),
    ],
)  # fmt: skip
def test_a_framing_clause_is_left_aside_and_said(question, aside):
    query, note = _answered(question)
    assert (query.measure, query.agg) == ("temp", "mean")
    assert f"Leaving aside “{aside}”" in note


@pytest.mark.parametrize(
    "question",
    [
        "For the Paris branch: what's the average temp",  # a scope, not a frame
        "Doing a piece on 2019: what's the average temp",  # a digit: may be a period
        "quick one - what's the average temp of the cabin",  # the unknown word is asked
        "what's the average temp. Doing a piece on JFK",  # names the data: no frame
    ],
)
def test_a_clause_that_scopes_the_question_is_no_frame(question):
    assert isinstance(understand_all(question, [], [weather()]), Unanswerable)


def test_a_frame_needs_a_question_left_and_names_nothing_in_the_data():
    assert unframed("Doing a piece for the desk", lambda clause: False) is None
    assert unframed("quick one - average temp", lambda clause: "temp" in clause) == (
        "average temp",
        ["quick one"],
    )
    assert unframed("quick one about temp - average temp", lambda c: "temp" in c) is None


def test_a_follow_up_reads_the_framed_question_before_it():
    query, _ = _answered(
        "and at JFK?", ("Doing a weather piece for the city desk. What was the average temp?",)
    )
    assert (query.measure, query.agg) == ("temp", "mean")
    assert [(f.column, f.value) for f in query.filters] == [("origin", "JFK")]


def test_graphic_is_a_chart_and_more_then_is_more_than():
    query, _ = _answered("line graphic of the average temp by month")
    assert query.chart == "line"
    query, _ = _answered("how many rows have more then 200 seats")
    assert [(f.column, f.op, f.value) for f in query.filters] == [("seats", ">", 200.0)]


def sales() -> Table:
    return Table(
        variable="sales",
        path="/mnt/data/branch_sales.csv",
        rows=3000,
        columns=[
            Column("Sale Date", "date", first="2022-01-01", last="2024-06-18"),
            Column("Branch", "category", ["Leeds", "York", "Hull"]),
            Column("Status", "category", ["C", "REF", "NS"]),
            Column("Net_GBP", "number", low=1, high=9000),
            Column("Qty", "number", low=1, high=9),
            Column("Ink Cost (GBP)", "number", low=1, high=90),
            Column("WaterTemp_F", "number", low=70, high=90),
            Column("precip", "number", low=0, high=2),
        ],
    )


def test_spreadsheet_words_are_the_operations_they_name():
    query, _ = _answered("sumif Net_GBP where Branch is Leeds", table=sales())
    assert (query.measure, query.agg) == ("Net_GBP", "sum")
    assert [(f.column, f.value) for f in query.filters] == [("Branch", "Leeds")]
    query, _ = _answered("countif Status = REF", table=sales())
    assert query.measure is None and query.agg == "count"
    query, _ = _answered("pivot by Branch, sum of net", table=sales())
    assert (query.measure, query.agg, query.group) == ("Net_GBP", "sum", "Branch")


def test_ytd_with_a_year_is_that_year_and_over_a_year_said_as_time_is_during_it():
    for question in ("net gbp YTD 2023", "2023 ytd net"):
        query, _ = _answered(question, table=sales())
        assert [(f.op, f.value) for f in query.filters] == [("year", (2023, None))], question
    query, note = _answered("how much rain fell over 2023, all told?", table=sales())
    assert (query.measure, query.agg) == ("precip", "sum") and "“rain” as `precip`" in note
    assert [(f.op, f.value) for f in query.filters] == [("year", (2023, None))]
    query, _ = _answered("how many rows have Net_GBP over 2500", table=sales())
    assert [(f.column, f.op, f.value) for f in query.filters] == [("Net_GBP", ">", 2500.0)]


def test_from_which_month_until_which_month_asks_what_the_data_covers():
    query, _ = _answered("from which month until which month goes the sales data", table=sales())
    assert query.kind == "coverage"


def test_a_temperature_named_with_a_lone_f_converts_to_celsius():
    query, _ = _answered("average water temp in celsius", table=sales())
    assert query.convert is not None
    assert (query.convert.source, query.convert.unit) == ("WaterTemp_F", "celsius")


def test_revenue_is_never_a_cost_column():
    jobs = Table(
        "jobs",
        "/mnt/data/print_jobs.csv",
        400,
        [
            Column("Customer Type", "category", ["Trade", "Retail"]),
            Column("Quantity", "number", low=1, high=900),
            Column("Price (EUR)", "number", low=5, high=900),
            Column("Ink Cost (EUR)", "number", low=1, high=90),
        ],
    )
    found = understand_all("total revenue for trade customers", [], [jobs])
    assert isinstance(found, Unanswerable), found  # before: the total ink cost


FLIGHTS = pd.DataFrame(
    {
        "SiteCode": ["A", "A", "B", "B"],
        "Metric": ["flights", "incidents", "flights", "incidents"],
        "Value": [30.0, 1.0, 50.0, 3.0],
    }
)


def test_a_rate_per_hundred_in_a_long_table_is_scaled():
    table = described("drone_kpis", FLIGHTS)
    query, _ = _answered("incidents per 100 flights, all the data", table=table)
    assert query.kind == "ratio" and query.scale == 100.0
    assert result_of(query, FLIGHTS)["value"] == pytest.approx(5.0)


@pytest.mark.parametrize(
    "said, written",
    [
        ("films in nineteen ninety-five", "films in 1995"),
        ("sales in twenty twenty-three", "sales in 2023"),
        ("from the fifties through the nineties", "from the 1950s through the 1990s"),
        ("goals in the nineteen-seventies", "goals in the 1970s"),
        ("twenty three stores", "23 stores"),  # a number, not a year
        ("two three", "two three"),
    ],
)
def test_years_and_decades_said_in_words_are_written_in_digits(said, written):
    assert digits(said) == written


def people() -> Table:
    return Table(
        variable="people",
        path="/mnt/data/medicare_spending.csv",
        rows=900,
        columns=[
            Column("age", "number", low=65, high=95),
            Column("drugexp", "number", low=0, high=9000),
            Column("income", "number", low=0, high=300),
        ],
    )


def test_aged_over_a_number_limits_the_age_and_the_measure_said_is_kept():
    query, _ = _answered("average income of people aged 80 or older, actually", table=people())
    assert (query.measure, query.agg) == ("income", "mean")
    assert [(f.column, f.op, f.value) for f in query.filters] == [("age", ">=", 80.0)]
    query, _ = _answered("what is the average age of those aged over 80", table=people())
    assert (query.measure, query.agg) == ("age", "mean")


def test_a_measure_said_in_words_that_name_no_column_is_not_the_limited_one():
    found = understand_all("average drug spend for those aged over 80", [], [people()])
    assert isinstance(found, Unanswerable)  # before: the average age of those over 80


def test_across_the_whole_period_is_no_coverage_question():
    query, _ = _answered("total Net_GBP across the whole period", table=sales())
    assert (query.kind, query.measure, query.agg) == ("aggregate", "Net_GBP", "sum")


def test_a_file_name_that_shortens_its_rows_names_them():
    appts = Table(
        "appts",
        "/mnt/data/dog_grooming_appts.csv",
        500,
        [Column("Salon", "category", ["LDN", "BRS"]), Column("Price", "number", low=5, high=90)],
    )
    assert names_the_file("appointments", appts)
    assert not names_the_file("salaries", sales())  # `branch_sales.csv`: "sales" is a word
    query, _ = _answered("how many appointments has each salon", table=appts)
    assert (query.kind, query.group, query.measure) == ("group", "Salon", None)


def test_topped_a_number_is_above_it_and_degrees_are_a_temps_own_unit():
    query, _ = _answered("how many rows topped 200 seats")
    assert [(f.column, f.op, f.value) for f in query.filters] == [("seats", ">", 200.0)]
    query, _ = _answered("how many rows had a temp above 90 degrees")
    assert [(f.column, f.op, f.value) for f in query.filters] == [("temp", ">", 90.0)]
    assert isinstance(understand_all("average temp in celsius", [], [weather()]), Unanswerable)
