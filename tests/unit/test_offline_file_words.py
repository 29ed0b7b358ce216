"""The offline analyst on words a table's file name and columns imply: the file's last word
names the rows ("houses" of `windsor_housing.csv`) and their own date; a whole number before
a column of counts is a filter ("3 bedroom houses"); abbreviated names ("magnitude" → mag,
"billable hours" → BillHrs); a column named `Total`; two number columns compared; and a
long-format value column kept to one measure. On tables described by hand."""

from __future__ import annotations

import pytest

from services.llm.offline.query import Query, Unanswerable
from services.llm.offline.schema import Column, Table
from tests.unit.test_offline_reading import answered, read


def housing() -> Table:
    return Table(
        variable="windsor_housing",
        path="/mnt/data/windsor_housing.csv",
        rows=546,
        columns=[
            Column("price", "number", low=25000, high=190000),
            Column("bedrooms", "number", ["1", "2", "3", "4", "5", "6"], low=1, high=6),
            Column("stories", "number", ["1", "2", "3", "4"], low=1, high=4),
            Column("mag", "number", ["4.5", "5.0", "5.5"], low=4.5, high=5.5),
            Column("BillHrs", "number", low=0, high=60),
            Column("NonBillHrs", "number", low=0, high=60),
        ],
    )


def returns() -> Table:
    return Table(
        variable="shop_returns",
        path="/mnt/data/shop_returns.csv",
        rows=2800,
        columns=[
            Column("Order Date", "date", first="2023-01-01", last="2024-12-20"),
            Column("Return Date", "date", first="2023-01-09", last="2024-12-31"),
            Column("Channel", "category", ["Web", "App"]),
            Column("Refund", "number", low=0, high=900),
        ],
    )


def christenings() -> Table:
    return Table(
        variable="christenings",
        path="/mnt/data/london_christenings.csv",
        rows=82,
        columns=[
            Column("Year", "number", low=1629, high=1710),
            Column("Males", "number", low=2000, high=8000),
            Column("Females", "number", low=2000, high=8000),
            Column("Total", "number", low=5, high=16),
        ],
    )


def trade() -> Table:  # long format: two measures share `Value`
    return Table(
        variable="imports",
        path="/mnt/data/customs_imports.csv",
        rows=3552,
        columns=[
            Column("Period", "date", first="2020-01-01", last="2023-12-01"),
            Column("Goods", "category", ["Machinery", "Plastics", "Vehicles"]),
            Column("Measure", "category", ["Value (USD 000)", "Net mass (t)"]),
            Column("Value", "number", low=0, high=16000),
        ],
    )


@pytest.mark.parametrize(
    "question", ["how many houses are there", "what % of the houses have 2 stories"]
)
def test_a_form_of_the_file_names_last_word_is_the_rows(question):
    query = answered(question, housing())
    assert query.measure is None or query.kind == "share"


def test_the_file_names_noun_picks_the_rows_own_date_and_is_not_its_column():
    query = answered("how many returns in 2024", returns())
    assert (query.kind, query.agg) == ("count", "count")
    assert [(f.column, f.value[0]) for f in query.filters] == [("Return Date", 2024)]


def test_a_word_of_a_file_name_that_names_no_rows_is_still_declined():
    assert isinstance(read("how many invoices in 2024", returns()), Unanswerable)


@pytest.mark.parametrize(
    ("question", "column", "value"),
    [
        ("avg price of 3 bedroom houses", "bedrooms", "3"),
        ("avg price with 2 stories", "stories", "2"),
    ],
)
def test_a_whole_number_before_a_column_of_counts_is_that_count(question, column, value):
    query = answered(question, housing())
    assert (query.measure, query.agg) == ("price", "mean")
    assert [(f.column, f.op, f.value) for f in query.filters] == [(column, "==", value)]


@pytest.mark.parametrize(
    ("question", "limit"),
    [
        ("how many houses had magnitude 5 or above", ">="),
        ("avg price for more than 3 bedrooms", ">"),
    ],
)
def test_a_number_with_a_comparison_stays_a_limit(question, limit):
    query = answered(question, housing())
    assert [f.op for f in query.filters] == [limit]


@pytest.mark.parametrize(
    ("question", "measure"),
    [("avg magnitude", "mag"), ("total billable hours", "BillHrs")],
)
def test_a_column_name_that_shortens_the_words_is_found(question, measure):
    assert answered(question, housing()).measure == measure


def test_a_column_named_total_is_the_aggregation_before_another_column():
    assert answered("total number of boys christened", christenings()).measure == "Males"
    assert answered("total in 1629", christenings()).measure == "Total"


@pytest.mark.parametrize(
    ("question", "agg"),
    [("were more girls or boys christened in 1700", "sum"), ("avg males vs avg females", "mean")],
)
def test_two_number_columns_asked_with_or_are_both_answered(question, agg):
    query = answered(question, christenings())
    assert query.kind == "columns"
    assert set(query.compare) == {"Males", "Females"}
    assert query.agg == agg


def test_a_long_format_value_column_keeps_the_measure_the_question_names():
    value = answered("total value of machinery in 2021", trade())
    mass = answered("total tonnes of plastics", trade())
    assert ("Measure", "==", "Value (USD 000)") in [
        (f.column, f.op, f.value) for f in value.filters
    ]
    assert ("Measure", "==", "Net mass (t)") in [(f.column, f.op, f.value) for f in mass.filters]


def test_a_long_format_value_column_without_a_measure_named_is_declined():
    problem = read("average for vehicles", trade())
    assert isinstance(problem, Unanswerable)
    assert "Measure" in problem.reason and "mix" in problem.reason


def test_coverage_through_a_period_column():
    query = answered("what period does this cover", trade())
    assert isinstance(query, Query) and query.kind == "coverage"


def refunds() -> Table:
    return Table(
        variable="shop_returns",
        path="/mnt/data/shop_returns.csv",
        rows=2800,
        columns=[
            Column("Order Date", "date", first="2023-01-01", last="2024-12-20"),
            Column("Return Date", "date", first="2023-01-09", last="2024-12-31"),
            Column("Refund (cents)", "number", low=0, high=90000),
            Column("Requested (£k)", "number", low=10, high=3000),
            Column("WkEnding", "date", first="2024-01-05", last="2024-12-27"),
            Column("OT Hrs", "number", low=0, high=20),
        ],
    )


def test_a_limit_in_dollars_on_a_column_in_cents_is_converted():
    query = answered("how many returns had a refund over $100", refunds())
    assert [(f.column, f.op, f.value) for f in query.filters] == [("Refund (cents)", ">", 10000)]


def test_a_limit_in_millions_on_a_column_in_thousands_is_converted():
    query = answered("how many returns requested more than £1m", refunds())
    assert [(f.column, f.value) for f in query.filters] == [("Requested (£k)", 1000)]


@pytest.mark.parametrize(
    ("question", "factor"),
    [("total refund in $", 0.01), ("total requested in £ millions", 0.001)],
)
def test_an_answer_asked_in_another_scale_of_money_is_converted(question, factor):
    query = answered(question, refunds())
    assert query.convert is not None and query.convert.factor == pytest.approx(factor)


def test_the_one_date_named_is_the_date_a_year_applies_to_and_no_grouping():
    query = answered("total refund in 2024 (going by order date)", refunds())
    assert query.group is None
    assert [(f.column, f.value[0]) for f in query.filters] == [("Order Date", 2024)]
    again = answered("total refund in 2024", refunds())
    assert [f.column for f in again.filters] == ["Return Date"]


def test_an_abbreviated_date_column_covers_its_words():
    query = answered("total overtime by month (going by week ending date)", refunds())
    assert (query.measure, query.freq, query.date) == ("OT Hrs", "M", "WkEnding")


def office() -> Table:
    return Table(
        variable="timesheets",
        path="/mnt/data/timesheets.csv",
        rows=2451,
        columns=[
            Column("Grade", "category", ["A1", "A2", "M1"]),
            Column("BillHrs", "number", low=0, high=60),
            Column("Remote?", "bool", ["False", "True"]),
            Column("Approved", "bool", ["True", "False"]),
            Column("run800m", "number", low=120, high=165),
            Column("run200m", "number", low=22, high=27),
            Column("BillRate", "number", low=80, high=400),
        ],
    )


@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("how many timesheets are still unapproved", "Approved"),
        ("avg billable hours for non-remote weeks", "Remote?"),
    ],
)
def test_un_and_non_before_a_yes_no_column_are_its_no(question, column):
    query = answered(question, office())
    assert [(f.column, f.op, f.value) for f in query.filters] == [(column, "==", "False")]


def test_rank_the_groups_by_a_measure():
    query = answered("rank the grades by avg billable hours", office())
    assert (query.group, query.measure, query.agg) == ("Grade", "BillHrs", "mean")


@pytest.mark.parametrize(
    ("question", "agg", "measure"),
    [("fastest 800m time", "min", "run800m"), ("slowest 200m time", "max", "run200m")],
)
def test_fastest_and_slowest_of_a_time_are_its_least_and_most(question, agg, measure):
    query = answered(question, office())
    assert (query.measure, query.agg) == (measure, agg)


def test_fastest_without_a_time_is_still_declined():
    assert isinstance(read("which grade has the fastest bill rate", office()), Unanswerable)


def approval() -> Table:  # a year and a month column, no date
    return Table(
        variable="approval",
        path="/mnt/data/approval.csv",
        rows=65,
        columns=[
            Column("month", "number", [str(m) for m in range(1, 13)], low=1, high=12),
            Column("year", "number", low=2001, high=2006),
            Column("approve", "number", low=30, high=90),
        ],
    )


def visits() -> Table:
    return Table(
        variable="gym_checkins",
        path="/mnt/data/gym_checkins.csv",
        rows=7000,
        columns=[
            Column("checkInTs", "date", first="2023-07-01 06:00:00", last="2024-06-30 21:00:00"),
            Column("durationMin", "number", low=5, high=180),
        ],
    )


def test_a_month_and_year_on_month_and_year_columns_filters_both():
    query = answered("avg approval in march 2003", approval())
    assert {(f.column, f.value) for f in query.filters} == {("month", "3"), ("year", 2003)}


def test_a_month_past_the_end_of_the_dates_is_declined_with_their_span():
    problem = read("how many checkins in december 2024", visits())
    assert isinstance(problem, Unanswerable)
    assert "2023-07 – 2024-06" in problem.reason
    assert isinstance(answered("how many checkins in december 2023", visits()), Query)


def test_a_month_on_a_table_with_only_years_is_declined():
    table = approval()
    table.columns = table.columns[1:]
    assert isinstance(read("approval in december 2004", table), Unanswerable)


@pytest.mark.parametrize(
    "question", ["how much did prices go up between 1990 and 1995", "did price go up"]
)
def test_years_or_a_change_on_a_table_without_time_are_declined(question):
    assert isinstance(read(question, housing()), Unanswerable)


def test_an_aggregate_of_no_rows_is_declined_and_a_count_of_none_is_zero():
    from services.llm.offline.answer import compose

    total = answered("avg approval in march 2003", approval())
    text = compose(total, {"kind": "scalar", "value": None, "rows": 0})
    assert "can't answer" in text and "nothing to add up" in text
    count = answered("how many checkins in december 2023", visits())
    assert "**0** rows" in compose(count, {"kind": "scalar", "value": 0})


def fatalities() -> Table:
    return Table(
        variable="traffic_fatalities",
        path="/mnt/data/traffic_fatalities.csv",
        rows=336,
        columns=[
            Column("state", "number", low=1, high=56),
            Column("year", "number", [str(y) for y in range(1982, 1989)], low=1982, high=1988),
            Column("beertax", "number", low=0, high=2.7),
            Column("longjump", "number", low=5, high=8),
        ],
    )


def test_a_state_kept_as_numbers_is_a_grouping_and_two_words_glued_name_a_column():
    query = answered("top 5 states by average beer tax", fatalities())
    assert (query.group, query.measure, query.agg, query.top) == ("state", "beertax", "mean", 5)
    assert answered("avg long jump", fatalities()).measure == "longjump"


def test_yr_is_the_year_column():
    assert answered("avg beer tax for each yr", fatalities()).group == "year"


def test_a_decade_of_a_year_column_before_1900():
    query = answered("avg males in the 1640s", christenings())
    assert [(f.op, f.value) for f in query.filters] == [("between", (1640, 1649))]


def test_how_many_before_a_column_that_counts_adds_it_up():
    query = answered("how many boys were christened in 1666", christenings())
    assert (query.measure, query.agg) == ("Males", "sum")


def test_still_is_understood_only_before_a_value():
    assert isinstance(read("how many timesheets are still unapproved", office()), Query)
    assert isinstance(read("how many timesheets are still with us", office()), Unanswerable)


def causes() -> Table:
    return Table(
        variable="crimea",
        path="/mnt/data/crimea.csv",
        rows=24,
        columns=[
            Column("date", "date", first="1854-04-01", last="1856-03-01"),
            Column("wounds", "number", ["0", "5", "120"], low=0, high=120),
            Column("disease", "number", ["110", "105", "1440"], low=105, high=1440),
            Column("gas", "number", ["1.25", "2.5"], low=1.25, high=2.5),
        ],
    )


@pytest.mark.parametrize(
    "question", ["total deaths from disease", "disease deaths in 1855", "max wound deaths"]
)
def test_an_event_noun_beside_a_column_of_whole_numbers_is_what_it_counts(question):
    assert answered(question, causes()).measure in ("disease", "wounds")


def test_an_event_noun_beside_a_measured_amount_is_declined():
    assert isinstance(read("total gas deaths", causes()), Unanswerable)


def quakes() -> Table:
    return Table(
        variable="quakes",
        path="/mnt/data/fiji_quakes.csv",
        rows=1000,
        columns=[
            Column("depth", "number", low=40, high=680),
            Column("mag", "number", ["4.0", "5.5", "6.4"], low=4.0, high=6.4),
            Column("stations", "number", low=10, high=132),
        ],
    )


def test_a_unit_after_a_number_on_a_column_without_one_is_its_own():
    query = answered("avg magnitude for quakes shallower than 300 km", quakes())
    assert [(f.column, f.op, f.value) for f in query.filters] == [("depth", "<", 300)]


def test_two_ranges_compared_are_declined_not_answered_for_one():
    question = "is avg magnitude higher for quakes shallower than 300 km or 300 km and deeper"
    assert isinstance(read(question, quakes()), Unanswerable)


def test_a_percent_of_the_rows_limited_by_a_column_is_a_share_of_rows():
    query = answered("what % of quakes were picked up by more than 50 stations", quakes())
    assert (query.kind, query.measure) == ("share", None)


def test_who_with_a_superlative_names_the_person():
    table = office()
    table.columns.append(Column("athlete", "text", []))
    query = answered("who was fastest in the 800m", table)
    assert (query.group, query.measure, query.top, query.ascending) == (
        "athlete",
        "run800m",
        1,
        True,
    )
