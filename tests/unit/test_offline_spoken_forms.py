"""The offline analyst on words a table does not spell but plainly means: arithmetic over
columns ("murder + assault + rape", "100 minus catholic"), a word ending in a column's name
("policyholders" of `Holders`), other names of the rows ("bookings" of appointments, "mothers"
of births), a yes/no column as a participle ("smoking mothers"), "per capita" of a table with
no population, units said in two words ("cubic metres") and money's scale with its symbol
("in £k"). The generated code runs on small frames and the figures are checked."""

from __future__ import annotations

import pandas as pd
import pytest

from services.llm.offline.answer import compose
from services.llm.offline.query import Query, Unanswerable
from services.llm.offline.schema import Column, Table
from services.llm.offline.understand import understand_all
from tests.unit.test_offline_reading import answered, read
from tests.unit.test_offline_tallies import described, result_of

ARRESTS = pd.DataFrame(
    {
        "State": ["Florida", "Ohio", "Maine"],
        "Murder": [15.4, 7.3, 2.1],
        "Assault": [335.0, 120.0, 83.0],
        "Rape": [31.9, 21.4, 7.8],
        "Catholic": [10.0, 40.0, 35.0],
    }
)
POLICIES = pd.DataFrame(
    {"District": [1, 1, 4, 4], "Holders": [100, 300, 50, 50], "Claims": [10, 20, 5, 15]}
)
SALON = pd.DataFrame(
    {"salonCode": ["KEN", "KEN", "ISL"], "priceGBP": [40.0, 55.0, 30.0], "status": ["C"] * 3}
)
BIRTHS = pd.DataFrame({"low": [1, 0, 1, 0, 0], "smoke": [1, 1, 0, 0, 1], "ht": [0, 1, 0, 0, 1]})
DRIVING = pd.DataFrame({"year": [1956, 1957, 1958], "miles": [3675, 3800, 4000]})
BATCHES = pd.DataFrame({"Style": ["IPA", "Lager"], "Packaged (L)": [1500.0, 2500.0]})
DONATIONS = pd.DataFrame({"Channel": ["web", "post"], "Amount (GBP)": [1200.0, 300.0]})
PRICES = pd.DataFrame({"price": [1500, 2500, 3000], "ram": [4, 8, 16]})


def births() -> Table:
    """The births as the schema cell describes them: 0/1 columns list their two values."""
    table = described("birth_weights", BIRTHS)
    table.columns = [Column(c.name, c.kind, ["0", "1"], c.low, c.high) for c in table.columns]
    return table


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("combined rate for florida - murder + assault + rape", 15.4 + 335.0 + 31.9),
        ("non catholic share in ohio (100 minus catholic)", 60.0),
        ("average of assault minus murder", ((335 - 15.4) + (120 - 7.3) + (83 - 2.1)) / 3),
    ],
)
def test_arithmetic_over_columns_is_one_added_column(question, expected):
    query = answered(question, described("us_arrests", ARRESTS))
    assert query.combined is not None, query
    assert result_of(query, ARRESTS)["value"] == pytest.approx(expected)


def test_a_number_in_a_formula_is_no_limit():
    query = answered("100 minus catholic, averaged over the states", described("x", ARRESTS))
    assert not query.filters, query
    assert result_of(query, ARRESTS)["value"] == pytest.approx(100 - ARRESTS["Catholic"].mean())


def test_a_word_ending_in_a_columns_name_is_that_column():
    table = described("motor_insurance", POLICIES)
    query = answered("how many policyholders in total", table)
    assert query.measure == "Holders", query
    assert result_of(query, POLICIES)["value"] == 500
    query = answered("claims per 100 policyholders overall", table)
    assert result_of(query, POLICIES)["value"] == pytest.approx(50 / 500 * 100)


def test_other_names_of_the_rows_are_the_rows():
    query = answered("bookings per salon", described("salon_appointments", SALON))
    assert query.group == "salonCode" and query.agg == "count", query
    query = answered("how many mothers smoked", births())
    assert result_of(query, BIRTHS)["value"] == 3
    refused = read("how many bookings smoked", births())
    assert isinstance(refused, Unanswerable), refused  # bookings are no births


def test_a_yes_no_column_said_as_a_participle_keeps_its_rows():
    query = answered("low birth weight rate among smoking mothers", births())
    assert isinstance(query, Query) and "smoke" in {query.group} | {
        f.column for f in query.filters
    }, query
    result = result_of(query, BIRTHS)
    shown = result["value"] if query.filters else result["value"]["1"]
    assert shown == pytest.approx(100 / 3), result  # two of the three smokers


def test_per_capita_of_a_table_without_population_is_the_figure_as_given():
    parsed = answered("average miles driven per capita", described("driving", DRIVING))
    assert (parsed.measure, parsed.agg) == ("miles", "mean"), parsed
    with_people = DRIVING.assign(pop=[10, 20, 30])
    refused = read("average miles driven per capita", described("driving", with_people))
    assert not isinstance(refused, Query) or refused.measure != "miles" or refused.per, refused


def test_units_said_in_two_words_and_with_a_symbol_convert():
    query = answered("total packaged in hectolitres", described("brewery", BATCHES))
    assert result_of(query, BATCHES)["value"] == pytest.approx(40.0)
    query = answered("total packaged in cubic metres", described("brewery", BATCHES))
    assert result_of(query, BATCHES)["value"] == pytest.approx(4.0)
    query = answered("total amount in £k", described("charity_donations", DONATIONS))
    assert result_of(query, DONATIONS)["value"] == pytest.approx(1.5)


def test_a_price_in_no_currency_asked_in_dollars_thousands_is_in_whole_dollars():
    query = answered("median price in $k", described("pc_prices", PRICES))
    assert result_of(query, PRICES)["value"] == pytest.approx(2.5)
    assert answered("median price in millions", described("pc_prices", PRICES)).convert is None


def test_a_common_word_is_no_four_letter_code_of_another():
    matches = pd.DataFrame({"tourney": ["Wimbledon", "US Open"], "sets": [3, 5], "aces": [4, 9]})
    refused = read("how many spectators attended wimbledon", described("tennis", matches))
    assert isinstance(refused, Unanswerable), refused  # "sets" is a word, not spectators


SESSIONS = pd.DataFrame(
    {
        "CHARGER": ["AC22", "DC50", "DC150", "DC50", "AC7"],
        "status": ["C", "NS", "C", "C", "NS"],
        "KWH": [30.0, 20.0, 40.0, 10.0, 5.0],
        "IDLE_FEE_CT": [None, 150.0, None, 0.0, 80.0],
    }
)


def sessions() -> Table:
    return described("ev_charging_sessions", SESSIONS)


def test_a_hyphenated_word_spells_a_code_by_its_initials():
    query = answered("whats our no-show rate", sessions())
    assert result_of(query, SESSIONS)["value"] == pytest.approx(40.0)
    assert isinstance(read("distinct donors count", sessions()), Unanswerable)  # no DD


def test_a_code_prefix_keeps_every_value_it_begins():
    query = answered("avg kwh of DC sessions", sessions())
    assert {f.column for f in query.filters} == {"CHARGER"}, query
    assert result_of(query, SESSIONS)["value"] == pytest.approx(70 / 3)
    refused = read(
        "total kwh in the table", described("x", SESSIONS.assign(team=["IN1", "IN3"] * 2 + ["X"]))
    )
    assert isinstance(refused, Query) and not refused.filters, refused  # "in" is no code


def test_a_number_said_after_a_is_a_share_of_rows_that_have_one():
    query = answered("what % of DC sessions had an idle fee", sessions())
    assert result_of(query, SESSIONS)["value"] == pytest.approx(100 / 3)  # 150 yes, 0 no
    query = answered("avg idle fee % when there was an idle fee", sessions())
    assert query.agg != "rate", query  # a mean, not a share


JOBS = pd.DataFrame(
    {
        "occupation": ["judges", "janitors", "clerks", "nurses"],
        "income": [20000, 3000, 5000, 6000],
        "type": ["prof", "bc", "wc", "prof"],
    }
)
SURVEY = pd.DataFrame({"Smoke": ["Heavy", "Never", "Never", "Heavy"], "Age": [30, 20, 22, 26]})
SERVICES = pd.DataFrame(
    {"serviceCode": ["CUT", "CUT", "CUT", "HLT"], "priceGBP": [40.0, 40.0, 40.0, 90.0]}
)


def test_a_kind_of_a_named_thing_is_the_kind_column():
    query = answered("average income for each occupation type", described("prestige", JOBS))
    assert (query.group, query.per) == ("type", None), query
    assert result_of(query, JOBS)["value"]["prof"] == pytest.approx(13000)
    query = answered("rank the charging sites by number of sessions", sessions_by_site())
    assert query.group == "SITE", query


def sessions_by_site() -> Table:
    return described("ev_charging_sessions", SESSIONS.assign(SITE=["A", "B", "A", "A", "B"]))


def test_a_category_column_said_as_another_form_of_its_name():
    query = answered("rank the smoking groups by average age", described("survey", SURVEY))
    assert query.group == "Smoke", query
    assert result_of(query, SURVEY)["value"] == {"Heavy": 28.0, "Never": 21.0}


def test_revenue_read_as_a_price_column_is_its_total():
    query = answered("top 3 services by revenue", described("salon", SERVICES))
    assert query.agg == "sum", query
    assert result_of(query, SERVICES)["value"]["CUT"] == pytest.approx(120.0)


CO2 = pd.DataFrame(
    {
        "year": [1965, 1965, 1975, 1975, 1985, 1995, 1995],
        "month": ["Jan", "Jul", "Jan", "Jul", "Jan", "Jan", "Jul"],
        "co2": [319.0, 321.0, 330.0, 332.0, 345.0, 360.0, 362.0],
    }
)


def test_annual_means_compared_are_means_and_listed_decades_are_kept():
    table = described("mauna_loa", CO2)
    query = answered("co2 in 1965 vs 1995 (annual means)", table)
    assert query.agg == "mean", query
    assert result_of(query, CO2)["value"] == {"1965": 320.0, "1995": 361.0}
    query = answered("avg co2 by decade (60s, 70s, 90s)", table)
    result = result_of(query, CO2)
    assert result["value"] == {"1960": 320.0, "1970": 331.0, "1990": 361.0}, result
    assert "**1990** is highest" in compose(query, result)  # not the first two compared


LINES = pd.DataFrame(
    {
        "order_id": ["SO-1", "SO-1", "SO-2", "SO-3", "SO-3", "SO-4"],
        "payment": ["card", "card", "card", "paypal", "paypal", "paypal"],
        "category": ["Toys", "Books", "Toys", "Books", "Books", "Toys"],
        "unit price (EUR)": [10.0, 5.0, 10.0, 5.0, 5.0, 10.0],
        "lineTotal": [20.0, 5.0, 30.0, 15.0, 10.0, 10.0],
    }
)


def test_sales_of_order_lines_are_the_line_totals():
    query = answered("sales by category", described("shop_orders", LINES))
    assert (query.measure, query.agg) == ("lineTotal", "sum"), query
    assert result_of(query, LINES)["value"] == {"Toys": 60.0, "Books": 30.0}


def test_orders_per_group_on_order_lines_count_distinct_orders():
    query = answered("number of orders per payment method", described("shop_orders", LINES))
    assert result_of(query, LINES)["value"] == {"card": 2, "paypal": 2}  # not 3 lines each


def test_order_value_is_the_money_of_each_order_averaged():
    table = described("shop_orders", LINES)
    query = answered("average order value", table)
    assert (query.kind, query.per) == ("per", "order_id"), query
    assert result_of(query, LINES)["value"] == pytest.approx(90 / 4)  # 25, 30, 25, 10
    query = answered("avg order value: paypal vs card", table)
    assert result_of(query, LINES)["value"] == {"card": 27.5, "paypal": 17.5}


SAVINGS = pd.DataFrame(  # one row per country: its name is the rows' label, not a category
    {
        "country": ["Japan", "Zambia", "India"] + [f"Land {chr(65 + i)}" for i in range(27)],
        "sr": [21.1, 18.56, 18.0] + [float(i % 9) for i in range(27)],
    }
)


def test_top_n_rows_of_a_table_named_by_unique_labels_ranks_the_rows():
    table = described("life_cycle_savings", SAVINGS)
    table.columns[0] = Column("country", "text")  # as the schema cell describes unique names
    query = answered("top 3 savers by savings ratio sr", table)
    assert (query.group, query.top) == ("country", 3), query  # it had summed sr: 48.26
    assert list(result_of(query, SAVINGS)["value"]) == ["Japan", "Zambia", "India"]


@pytest.mark.parametrize(
    "question", ["how many patients are in this table", "how many patients does the file list"]
)
def test_how_many_of_anything_the_table_holds_counts_its_rows_and_says_so(question):
    patients = pd.DataFrame({"state": ["NSW", "VIC", "NSW"], "age": [35, 53, 41]})
    table = described("aids_australia", patients)
    parts = understand_all(question, [], [table])
    assert not isinstance(parts, Unanswerable), parts
    ((query, said),) = parts
    assert (query.kind, query.measure) == ("count", None)
    assert said == "Reading “patients” as the rows of `aids_australia.csv`."
    assert result_of(query, patients)["value"] == 3


@pytest.mark.parametrize(
    "question",
    [
        "how many seasons are in the data",  # a period, not the rows
        "how many unique patients are in this table",  # distinct: of what column?
    ],
)
def test_periods_and_distinct_things_are_not_read_as_the_rows(question):
    patients = pd.DataFrame({"state": ["NSW", "VIC", "NSW"], "age": [35, 53, 41]})
    assert isinstance(read(question, described("aids_australia", patients)), Unanswerable)


COMPUTERS = pd.DataFrame(
    {
        "price ($)": [1500.0, 2500.0, 3000.0, 2000.0],
        "ram (MB)": [4, 8, 8, 16],
        "screen (in)": [14, 14, 15, 17],
    }
)


@pytest.mark.parametrize(
    ("question", "column", "expected"),
    [
        ("avg price of machines with 8 mb ram", "ram (MB)", 2750.0),  # a unit in between
        ("avg price of 8mb ram machines", "ram (MB)", 2750.0),
        ("avg price where ram is 8", "ram (MB)", 2750.0),
        ("avg price of machines with ram of 16", "ram (MB)", 2000.0),
        ("avg price for 14 inch screens", "screen (in)", 2000.0),
    ],
)
def test_a_code_said_with_its_unit_or_after_is_or_of_is_that_value(question, column, expected):
    frame = COMPUTERS
    table = described("computers", frame)
    table.columns = [
        Column(c.name, c.kind, [str(v) for v in sorted(frame[c.name].unique())], c.low, c.high)
        for c in table.columns
    ]
    query = answered(question, table)
    assert [(f.column, f.op) for f in query.filters] == [(column, "==")]
    assert result_of(query, frame)["value"] == pytest.approx(expected)


def test_a_unit_of_another_kind_between_is_no_code():
    table = described("computers", COMPUTERS)
    table.columns = [
        Column(c.name, c.kind, [str(v) for v in sorted(COMPUTERS[c.name].unique())])
        for c in table.columns
    ]
    found = read("avg price of machines with 8 kg ram", table)
    assert isinstance(found, Unanswerable) or not any(f.op == "==" for f in found.filters)
