"""How the offline analyst reads a question against a table's schema, class by class (the
classes of issue 12). Tables are described here by hand; the end-to-end path with real
kernels is tests/integration/test_offline_classes.py."""

from __future__ import annotations

import json

import pytest

from services.cancel import CancelToken
from services.llm.base import (
    Finish,
    ModelMessage,
    ModelRequest,
    ModelToolCall,
    TextDelta,
    ToolCallDelta,
    ToolSpec,
)
from services.llm.offline import OfflineBackend, understand
from services.llm.offline.answer import compose
from services.llm.offline.decline import cannot
from services.llm.offline.parse import Parser
from services.llm.offline.plan import GROUP_LIMIT, code_for
from services.llm.offline.query import Query, Unanswerable
from services.llm.offline.schema import FILES_MARK, SCHEMA_MARK, Column, Table


def orders() -> Table:
    return Table(
        variable="orders",
        path="/mnt/data/orders.csv",
        rows=5000,
        columns=[
            Column("orderId", "text"),
            Column("customerId", "number", low=1, high=900),
            Column("orderDate", "date", first="2021-01-02", last="2023-12-30"),
            Column("shipDate", "date", first="2021-01-04", last="2024-01-05"),
            Column("region", "category", ["Europe", "Asia", "Americas"]),
            Column("channel", "category", ["web", "store", "PER"]),
            Column("paymentMethod", "category", ["card", "paypal", "invoice"]),
            Column("isReturned", "bool", ["True", "False"]),
            Column("qty", "number", low=1, high=20),
            Column("unitPrice", "number", low=2, high=400),
            Column("netAmount", "number", low=2, high=8000),
            Column("discountPct", "number", low=0, high=40),
            Column("weight (kg)", "number", low=0.1, high=30),
        ],
    )


def kpis() -> Table:
    return Table(
        variable="kpis",
        path="/mnt/data/kpis.csv",
        rows=900,
        columns=[
            Column("month", "date", first="2022-01-01", last="2023-12-01"),
            Column("store", "category", ["Lyon", "Porto", "Graz"]),
            Column("metric", "category", ["visits", "returns", "sales_eur"]),
            Column("value", "number", low=0, high=90000),
        ],
    )


def read(question: str, table: Table | None = None, earlier: tuple[str, ...] = ()):
    found = understand(question, list(earlier), [table or orders()])
    return found if isinstance(found, Unanswerable) else found[0]


def answered(question: str, table: Table | None = None, earlier: tuple[str, ...] = ()) -> Query:
    query = read(question, table, earlier)
    assert isinstance(query, Query), query
    return query


# -- understand or decline -----------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "total profit in 2022",  # no such column
        "average fare per driver",  # neither word is in the table
        "which courier has the most returns",
        "revenue in antarctica",  # a value the data does not have
    ],
)
def test_a_word_nothing_matches_is_declined_and_named(question):
    problem = read(question)
    assert isinstance(problem, Unanswerable)
    text = cannot(problem, [orders()])
    assert "can't answer" in text
    unknown = [w for w in ("profit", "fare", "courier", "antarctica") if w in question]
    assert all(f'"{w}"' in text for w in unknown)
    assert text.count("\n- ") == 3  # three questions it can answer, with real column names
    assert "`netAmount`" in text or "`qty`" in text


def test_a_year_outside_the_data_says_what_the_data_covers():
    problem = read("total net amount in 1999")
    assert isinstance(problem, Unanswerable)
    assert "covers 2021–2023" in problem.reason


def test_a_year_on_a_table_without_dates_is_declined_not_dropped():
    table = Table(
        "t",
        "/mnt/data/t.csv",
        10,
        [Column("team", "category", ["a", "b"]), Column("score", "number", low=0, high=9)],
    )
    assert isinstance(read("average score in 2020", table), Unanswerable)


@pytest.mark.parametrize("question", ["why did europe orders drop", "forecast net amount for 2025"])
def test_causes_and_forecasts_are_declined(question):
    assert isinstance(read(question), Unanswerable)


# -- derived measures ----------------------------------------------------------------------
def test_a_column_per_another_column_is_a_ratio_of_sums():
    query = answered("net amount per qty for europe")
    assert (query.kind, query.measure, query.denominator) == ("ratio", "netAmount", "qty")
    assert any(f.column == "region" and f.value == "Europe" for f in query.filters)


def test_a_column_as_a_percentage_of_another():
    query = answered("discount pct as a percentage of unit price")
    assert query.kind == "ratio" and query.scale == 100
    assert (query.measure, query.denominator) == ("discountPct", "unitPrice")


def test_percent_change_between_two_years():
    query = answered("how much did total net amount grow from 2021 to 2023 in %")
    assert (query.kind, query.points, query.agg) == ("change", (2021, 2023), "sum")


def test_weekday_and_month_of_year_from_a_date():
    saturdays = answered("how many orders on saturdays")
    assert any(f.op == "weekday" and f.value == (5,) for f in saturdays.filters)
    december = answered("avg net amount of december orders, all years")
    assert any(f.op == "month" and f.value == 12 for f in december.filters)
    by_day = answered("net amount by day of week")
    assert (by_day.kind, by_day.part) == ("group", "weekday")


def test_coverage():
    query = answered("which years does the data cover")
    assert query.kind == "coverage" and query.date == "orderDate"
    months = answered("how many months of data are there")
    assert (months.kind, months.freq) == ("coverage", "M")


def test_time_between_two_date_columns():
    query = answered("average days from order to ship")
    assert query.gap is not None and (query.gap.start, query.gap.end) == ("orderDate", "shipDate")
    assert query.measure == query.gap.name and query.agg == "mean"
    assert "total_seconds() / 86400" in code_for(query)


# -- "per" --------------------------------------------------------------------------------
def test_per_an_id_is_a_normalisation_not_a_grouping():
    query = answered("how many orders per customer on average")
    assert (query.kind, query.per, query.agg) == ("per", "customerId", "count")
    spend = answered("average net amount per customer")
    assert (spend.kind, spend.per, spend.measure, spend.agg) == (
        "per",
        "customerId",
        "netAmount",
        "sum",
    )


def test_per_a_category_is_a_grouping():
    query = answered("net amount per region")
    assert (query.kind, query.group) == ("group", "region")


def test_per_month_on_average_is_a_normalisation_over_periods():
    query = answered("avg number of orders per month")
    assert (query.kind, query.per, query.agg) == ("per", "@M", "count")


def test_a_value_spelled_per_is_a_value():
    query = answered("total net amount for the PER channel")
    assert any(f.column == "channel" and f.value == "PER" for f in query.filters)


def test_an_id_column_is_never_an_implicit_grouping():
    query = answered("top 5 orders by net amount")
    assert query.group != "customerId"
    assert all(f.column != "orderId" for f in query.filters)


# -- comparisons ---------------------------------------------------------------------------
def test_is_a_or_b_higher_returns_both():
    query = answered("is the avg net amount higher for card or paypal")
    assert (query.kind, query.group, set(query.compare)) == (
        "compare",
        "paymentMethod",
        {"card", "paypal"},
    )
    assert query.agg == "mean"


def test_two_years_compared():
    query = answered("was total net amount higher in 2021 or 2023")
    assert (query.kind, query.part) == ("compare", "year")
    assert any(f.op == "years" and f.value == (2021, 2023) for f in query.filters)


# -- follow-ups ----------------------------------------------------------------------------
def test_a_follow_up_replaces_the_year():
    query = answered("what about 2022?", earlier=("total net amount in europe in 2021",))
    years = [f.value for f in query.filters if f.op == "year"]
    assert years == [(2022, None)]
    assert any(f.column == "region" for f in query.filters) and query.measure == "netAmount"


def test_a_follow_up_replaces_a_value_of_the_same_column():
    query = answered("and for asia", earlier=("avg qty for europe",))
    assert [f.value for f in query.filters if f.column == "region"] == ["Asia"]
    assert (query.measure, query.agg) == ("qty", "mean")


# -- numbers in questions ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "column", "op", "value"),
    [
        ("how many orders above 2.5k", "netAmount", ">", 2500.0),
        ("orders over 30,000 net amount", "netAmount", ">", 30000.0),
        ("number of orders with a discount of more than 15%", "discountPct", ">", 15.0),
        ("orders with qty of 10 or more", "qty", ">=", 10.0),
    ],
)
def test_numbers_with_separators_suffixes_and_percent(question, column, op, value):
    query = answered(question)
    assert any((f.column, f.op, f.value) == (column, op, value) for f in query.filters), query


# -- columns -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("average weight in kg", "weight (kg)"),
        ("avg unit price", "unitPrice"),
        ("total net amount", "netAmount"),
        ("mean discount", "discountPct"),
    ],
)
def test_columns_with_units_camel_case_and_abbreviations(question, column):
    assert answered(question).measure == column


def test_long_format_value_is_the_thing_asked_about():
    query = answered("how many returns did porto have in 2023", kpis())
    assert (query.measure, query.agg) == ("value", "sum")
    assert {(f.column, f.value) for f in query.filters if f.op == "=="} == {
        ("metric", "returns"),
        ("store", "Porto"),
    }


def test_long_format_ratio_of_two_values():
    query = answered("returns per visits for graz", kpis())
    assert (query.kind, query.compare) == ("ratio", ("returns", "visits"))


def test_a_yes_no_column_asked_as_a_rate():
    query = answered(
        "return rate by region",
        Table(
            "o",
            "/mnt/data/o.csv",
            10,
            [
                Column("region", "category", ["Europe", "Asia"]),
                Column("returned", "bool", ["True", "False"]),
            ],
        ),
    )
    assert (query.measure, query.agg, query.group) == ("returned", "rate", "region")


# -- budgets and evidence ------------------------------------------------------------------
def test_many_groups_are_capped_with_the_rest_as_other():
    code = code_for(answered("net amount by customer id"))
    assert f"if groups > {GROUP_LIMIT}" in code and "other" in code


def test_the_sentence_names_the_group_the_numbers_show_on_top():
    query = answered("avg qty by region")
    result = {
        "kind": "series",
        "value": {"Asia": 3.0, "Europe": 9.5, "Americas": 4.0},
        "groups": 3,
        "other": None,
    }
    text = compose(query, result)
    assert "**Europe** is highest" in text


def test_a_comparison_says_which_is_higher_from_the_numbers():
    query = answered("is the avg net amount higher for card or paypal")
    result = {"kind": "series", "value": {"card": 10.0, "paypal": 12.5}}
    text = compose(query, result)
    assert "**paypal** is higher" in text and "10" in text and "12.50" in text


def test_parser_scores_the_table_that_fits():
    assert Parser(orders()).score("net amount by region") > Parser(kpis()).score(
        "net amount by region"
    )


# -- at most one repair --------------------------------------------------------------------
def _turns(failures: int) -> list:
    schema = {
        "variable": "orders",
        "path": "/mnt/data/orders.csv",
        "rows": 3,
        "columns": [
            {"name": "region", "kind": "category", "values": ["Europe", "Asia"]},
            {"name": "qty", "kind": "number", "low": 1, "high": 9},
        ],
    }
    messages = [ModelMessage(role="user", content="total qty by region")]
    outputs = [SCHEMA_MARK + json.dumps(schema)] + ["Traceback: TypeError: bad"] * failures
    for number, output in enumerate(outputs):
        call = ModelToolCall(
            id=f"c{number}", type="code_interpreter", name="code_interpreter", arguments="{}"
        )
        messages.append(ModelMessage(role="assistant", tool_calls=[call]))
        messages.append(ModelMessage(role="tool", content=output, tool_call_id=call.id))
    return messages


def _reply(failures: int) -> tuple[str, str, str]:
    files = [{"name": "orders.csv", "path": "/mnt/data/orders.csv", "rows": 3}]
    tool = ToolSpec(
        type="code_interpreter", name="code_interpreter", description=FILES_MARK + json.dumps(files)
    )
    request = ModelRequest(model="offline", messages=_turns(failures), tools=[tool])
    text = code = reason = ""
    for event in OfflineBackend().stream(request, cancel=CancelToken()):
        if isinstance(event, TextDelta):
            text += event.text
        elif isinstance(event, ToolCallDelta):
            code += event.arguments or ""
        elif isinstance(event, Finish):
            reason = event.reason
    return text, code, reason


def test_a_failed_cell_is_repaired_once_then_answered_plainly():
    first, code, reason = _reply(0)
    assert reason == "tool_calls" and "to_numeric" not in code
    _, repair, reason = _reply(1)
    assert reason == "tool_calls" and "to_numeric" in repair  # one repair attempt
    text, code, reason = _reply(2)
    assert reason == "stop" and code == ""  # no third attempt
    assert "failed twice" in text and "TypeError" in text


def test_two_groupings_and_a_trend_split_by_a_category_are_kept():
    both = answered("avg qty by region and channel")
    assert (both.group, both.group2) == ("region", "channel")
    assert "' / '" in code_for(both)
    split = answered("monthly net amount by region")
    assert (split.kind, split.freq, split.group) == ("trend", "M", "region")
    assert "color='region'" in code_for(split)


def test_standard_deviation_and_range():
    assert answered("standard deviation of net amount").agg == "std"
    assert answered("range of unit price").kind == "distribution"


def test_the_best_period_and_the_latest_year():
    best = answered("best month for net amount")
    assert (best.kind, best.freq, best.top, best.ascending) == ("trend", "M", 1, False)
    latest = answered("total net amount last year")
    assert any(f.op == "latest" and f.value == "year" for f in latest.filters)


def test_a_column_that_only_limits_the_rows_is_not_the_measure():
    query = answered("how many orders had more than 15 qty")
    assert (query.kind, query.measure) in (("count", None), ("distinct", "orderId"))
    assert any((f.column, f.op) == ("qty", ">") for f in query.filters)
    assert answered("total qty of orders with more than 15 qty").measure == "qty"


def test_a_change_from_a_year_the_data_does_not_have_is_declined():
    problem = read("% change in total net amount from 2019 to 2022")
    assert isinstance(problem, Unanswerable) and "covers 2021–2023" in problem.reason


def test_a_trend_whose_periods_are_not_dates_is_told_as_printed():
    query = answered("total net amount by month")
    assert query.kind == "trend"
    result = {"kind": "trend", "value": {"March 2024": 5.0, "2024-04-01": 7.0}}
    text = compose(query, result)
    assert "March 2024" in text and "Apr 2024" in text


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("median t-bill rate", "tbilrate"),
        ("average in-vehicle time", "invt"),
        ("mean party size", "psize"),
        ("average household income", "hinc"),
    ],
)
def test_column_names_made_of_word_beginnings_are_read(question, measure):
    travel = Table(
        variable="travel",
        path="/mnt/data/travel.csv",
        rows=800,
        columns=[
            Column("mode", "category", ["air", "train", "bus", "car"]),
            Column("invt", "number", low=1, high=1400),
            Column("invc", "number", low=1, high=200),
            Column("tbilrate", "number", low=0, high=15),
            Column("psize", "number", low=1, high=6),
            Column("hinc", "number", low=2, high=90),
        ],
    )
    assert answered(question, travel).measure == measure


def titanic() -> Table:
    return Table(
        variable="titanic",
        path="/mnt/data/titanic.csv",
        rows=1316,
        columns=[
            Column("class", "category", ["1st class", "2nd class", "3rd class"]),
            Column("sex", "category", ["man", "women"]),
            Column("survived", "bool", ["yes", "no"]),
        ],
    )


def test_a_count_of_a_yes_no_column_counts_the_rows_where_it_is_yes():
    query = answered("how many women survived", titanic())
    assert query.agg == "count"
    assert {(f.column, f.value) for f in query.filters} == {("sex", "women"), ("survived", "yes")}


def test_irregular_plurals_name_their_value():
    query = answered("how many men survived", titanic())
    assert ("sex", "man") in {(f.column, f.value) for f in query.filters}


def test_a_word_the_table_does_not_spell_is_read_by_meaning_only_when_clear():
    from services.llm.offline import semantic

    if not semantic.available():
        pytest.skip("the embedding model (wordllama) is not installed")
    movies = Table(
        variable="movies",
        path="/mnt/data/movies.csv",
        rows=12000,
        columns=[
            Column("title", "text"),
            Column("year", "number", low=1893, high=2005),
            Column("rating", "number", low=1, high=10),
            Column("price", "number", low=1, high=50),
        ],
    )
    assert semantic.read_as("films", movies).target == "rows"
    assert semantic.read_as("cost", movies).target == "price"
    assert semantic.read_as("airline", movies) is None  # nothing here is like it
    travel = Table(
        variable="trips",
        path="/mnt/data/trips.csv",
        rows=10,
        columns=[Column("mode", "category", ["air", "train", "bus"])],
    )
    assert semantic.read_as("airline", travel) is None  # spelled like `air`, not meant as it
    query, note = understand("how many films have a rating above 8", [], [movies])
    assert query.agg == "count" and "“films” as the rows of `movies.csv`" in note


def forbes() -> Table:
    return Table(
        variable="forbes",
        path="/mnt/data/forbes2000.csv",
        rows=2000,
        columns=[
            Column("name", "text"),
            Column("country", "category", ["United States", "Japan", "United Kingdom"]),
            Column("category", "category", ["Banking", "Trading companies", "Insurance"]),
            Column("sales", "number", low=0.01, high=256.3),
            Column("marketvalue", "number", low=0.02, high=328.5),
        ],
    )


def test_a_number_in_billions_on_a_column_kept_in_billions_is_taken_as_written():
    query = answered("how many companies have sales of over 50 billion", forbes())
    assert [(f.column, f.op, f.value) for f in query.filters] == [("sales", ">", 50.0)]


def test_a_plural_common_noun_is_not_read_as_a_longer_value_that_ends_with_it():
    query = answered("combined market value of all companies", forbes())
    assert query.measure == "marketvalue" and not query.filters


def test_a_country_typed_as_capital_initials_is_read():
    query = answered("total market value for the US", forbes())
    assert [(f.column, f.value) for f in query.filters] == [("country", "United States")]


# -- synonyms and named ratios (concepts.py) ------------------------------------------------
def campaigns() -> Table:
    return Table(
        variable="campaigns",
        path="/mnt/data/campaigns.csv",
        rows=400,
        columns=[
            Column("day", "date", first="2023-01-01", last="2024-12-31"),
            Column("channel", "category", ["Search", "Social", "Email"]),
            Column("impressions", "number", low=0, high=90000),
            Column("clicks", "number", low=0, high=4000),
            Column("Spend (USD)", "number", low=0, high=900),
            Column("conversions", "number", low=0, high=90),
            Column("convValue", "number", low=0, high=9000),
        ],
    )


def test_a_synonym_reads_the_one_column_named_so():
    query = answered("total spending by channel", campaigns())
    assert (query.measure, query.group) == ("Spend (USD)", "channel")
    assert answered("sum of revenue for europe").measure == "netAmount"  # revenue ~ amount


@pytest.mark.parametrize(
    ("question", "top", "bottom", "scale"),
    [
        ("ctr by channel", "clicks", "impressions", 100),
        ("what was the cpc in 2024", "Spend (USD)", "clicks", 1),
        ("overall cpm", "Spend (USD)", "impressions", 1000),
        ("roas for email", "convValue", "Spend (USD)", 1),
    ],
)
def test_a_named_ratio_is_the_ratio_of_its_parts(question, top, bottom, scale):
    query = answered(question, campaigns())
    assert (query.kind, query.measure, query.denominator, query.scale) == (
        "ratio", top, bottom, scale,
    )  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "total profit in 2022",  # net amount is not profit
        "what is the ctr",  # no clicks or impressions in an orders table
        "average salary by region",
    ],
)
def test_a_synonym_or_named_ratio_the_table_lacks_is_declined(question):
    assert isinstance(read(question), Unanswerable)


def shipments() -> Table:
    return Table(
        variable="shipments",
        path="/mnt/data/shipments.csv",
        rows=900,
        columns=[
            Column("shipCountry", "category", ["DE", "FR", "IT", "NL"]),
            Column("carrier", "category", ["DHL", "UPS"]),
            Column("weight (kg)", "number", low=0.1, high=40),
        ],
    )


@pytest.mark.parametrize(
    ("question", "value"),
    [("total weight shipped to germany", "DE"), ("avg weight for holland", "NL")],
)
def test_a_country_is_read_as_the_code_the_table_stores(question, value):
    query = answered(question, shipments())
    assert [(f.column, f.value) for f in query.filters] == [("shipCountry", value)]


def test_a_country_the_table_lacks_is_declined():
    assert isinstance(read("total weight shipped to the uk", shipments()), Unanswerable)


def test_a_follow_up_to_a_question_that_was_declined_is_declined_too():
    earlier = ("total weight of the parcels handled by the night shift",)  # "shift" unknown
    assert isinstance(read("and for france?", shipments(), earlier), Unanswerable)
    query = answered("and for france?", shipments(), ("total weight to germany",))
    assert [(f.column, f.value) for f in query.filters] == [("shipCountry", "FR")]


def test_an_average_of_a_column_of_categories_is_declined_not_counted():
    found = read("what is the average region of the returned orders")
    assert isinstance(found, Unanswerable)
    assert "`region` holds categories (Europe, Asia, Americas" in found.reason


def test_a_code_with_digits_in_a_decline_is_shown_as_code():
    found = read("units bought by cust00417")
    assert isinstance(found, Unanswerable) and "`cust00417`" in found.reason
