"""The offline analyst on plain English it used to refuse or misread: numbers spelled in
words ("which three years", "above one hundred and ten", "sixty per cent"), "ex"/"excl" for
excluding (and a left-out value in any word form: "ex voids" of VOID), "men" of a 0/1
`female`, a part of the year over pooled years ("by quarter, all years pooled"), a number
column named only by an aggregation's word ("average volume" of `AveragePrice` and
`TotalVolume`), and an average of nothing the table holds, which is declined instead of
answered with a count of rows. The generated code runs on small frames and the figures are
checked."""

from __future__ import annotations

import pandas as pd
import pytest

from services.llm.offline.names import normalize
from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import Column, Table
from tests.unit.test_offline_reading import answered, read
from tests.unit.test_offline_tallies import described, result_of

ORDERS = pd.DataFrame(
    {
        "month": pd.to_datetime(
            ["2019-01-01", "2019-04-01", "2020-02-01", "2020-07-01", "2021-03-01", "2021-10-01"]
        ),
        "index": [100.0, 120.0, 90.0, 95.0, 130.0, 112.0],
    }
)
PUMPS = pd.DataFrame(
    {
        "litres": [40.0, 10.0, 30.0, 25.0],
        "txnStatus": ["OK", "VOID", "OK", "VOID"],
    }
)
WAGES = pd.DataFrame({"wage": [4.0, 6.0, 8.0, 10.0, 3.0], "female": [1, 0, 0, 0, 1]})
AVOCADO = pd.DataFrame(
    {
        "Date": pd.to_datetime(["2015-01-04", "2015-04-05", "2016-01-03", "2016-10-02"]),
        "AveragePrice": [1.0, 1.2, 0.9, 1.5],
        "TotalVolume": [100.0, 300.0, 200.0, 400.0],
    }
)
SPENDING = pd.DataFrame(
    {
        "age": list(range(65, 91)) * 2,
        "female": [1, 0] * 26,
        "drugexp": [float(n % 7) for n in range(52)],
    }
)


def dated(variable: str, frame: pd.DataFrame, date: str, step: str) -> Table:
    table = described(variable, frame.drop(columns=[date]))
    first, last = (str(d.date()) for d in (frame[date].min(), frame[date].max()))
    table.columns.insert(0, Column(date, "date", first=first, last=last, step=step))
    return table


def flagged(variable: str, frame: pd.DataFrame) -> Table:
    """0/1 columns list their two values, as the schema cell describes them."""
    table = described(variable, frame)
    table.columns = [
        Column(c.name, c.kind, ["0", "1"], c.low, c.high)
        if set(frame[c.name].unique()) <= {0, 1}
        else c
        for c in table.columns
    ]
    return table


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("above one hundred and ten", "above 110"),
        ("sixty per cent", "60 percent"),
        ("a hundred people", "100 people"),
        ("twenty-five", "25"),
        ("two thousand five hundred", "2500"),
        ("top Five", "top 5"),
        ("which one is best", "which one is best"),  # "one" alone is a pronoun
        ("one or two", "one or 2"),
    ],
)
def test_numbers_said_in_words_are_written_in_digits(said, written):
    assert normalize(said) == written


def test_which_three_years_ranks_the_yearly_averages():
    table = dated("orders", ORDERS, "month", "month")
    query = answered("Which three years had the highest average index?", table)
    assert query.top == 3
    result = result_of(query, ORDERS)["value"]
    assert list(result.values()) == pytest.approx([121.0, 110.0, 92.5])  # 2021, 2019, 2020


def test_a_limit_said_in_words_is_a_limit():
    table = dated("orders", ORDERS, "month", "month")
    query = answered("in how many months did the index stand above one hundred and ten", table)
    assert result_of(query, ORDERS)["value"] == 3


@pytest.mark.parametrize(
    "question",
    ["total litres pumped ex voids", "total litres excl voided txns", "total litres excl. void"],
)
def test_ex_and_excl_leave_the_value_out_in_any_word_form(question):
    query = answered(question, described("pumps", PUMPS))
    assert result_of(query, PUMPS)["value"] == 70.0  # the OK rows, never the VOID ones


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("mean hourly wage for men", 8.0),
        ("average wage of women", 3.5),
        ("how many men", 3),
        ("how many women", 2),
    ],
)
def test_men_are_the_zero_rows_of_a_female_flag(question, expected):
    query = answered(question, flagged("wages", WAGES))
    assert result_of(query, WAGES)["value"] == pytest.approx(expected)


def test_women_and_men_together_group_by_the_flag():
    query = answered("mean hourly wage for men and for women", flagged("wages", WAGES))
    assert query.group == "female"
    assert result_of(query, WAGES)["value"] == {"0": 8.0, "1": 3.5} or result_of(query, WAGES)[
        "value"
    ] == {0: 8.0, 1: 3.5}


def test_pooled_years_group_by_the_quarter_of_the_year():
    table = dated("avocado", AVOCADO, "Date", "week")
    query = answered("average volume by quarter, all years pooled", table)
    assert query.part == "quarter" and query.measure == "TotalVolume"
    assert result_of(query, AVOCADO)["value"] == {"Q1": 150.0, "Q2": 300.0, "Q4": 400.0}


def test_an_aggregation_word_in_a_column_name_gives_way_to_the_column_named():
    table = dated("avocado", AVOCADO, "Date", "week")
    assert answered("average volume", table).measure == "TotalVolume"
    assert answered("average price", table).measure == "AveragePrice"


def test_an_average_of_nothing_in_the_table_is_declined_not_counted():
    table = flagged("medicare_drug_spending", SPENDING)
    ages = [str(a) for a in range(65, 91)]  # whole numbers of few values list them
    table.columns[0] = Column("age", "number", ages, 65.0, 90.0)
    found = read("which three ages show the highest average drug spending", table)
    assert isinstance(found, Unanswerable), found
    assert "average" in found.reason


WAGE_ONLY = pd.DataFrame({"wage": [4.0, 6.0, 8.5]})
FUEL = pd.DataFrame(
    {
        "fuelGrade": ["Diesel", "Super98", "Super98"],
        "litres": [40.0, 10.0, 30.0],
        "unitPriceEur": [1.60, 1.90, 1.94],
    }
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [("average hourly pay in cents", 1850 / 3), ("average wage in dollars", 18.5 / 3)],
)
def test_money_named_by_its_noun_is_asked_in_a_currency_or_in_cents(question, expected):
    query = answered(question, described("wages", WAGE_ONLY))
    assert result_of(query, WAGE_ONLY)["value"] == pytest.approx(expected)


def test_a_unit_price_per_its_unit_is_the_column_itself_not_a_ratio_of_totals():
    query = answered("avg price per litre of super98 in cents", described("fuel", FUEL))
    assert result_of(query, FUEL)["value"] == pytest.approx(192.0)


def test_an_average_with_no_number_to_average_is_not_a_count_of_rows():
    jobs = pd.DataFrame(
        {"Product": ["Flyers", "Posters", "Flyers"], "Quantity": [500, 20, 250],
         "Price (EUR)": [52.5, 80.0, 30.0], "Ink Cost (EUR)": [14.2, 9.0, 8.1]}
    )  # fmt: skip
    found = read("avg flyer job value in euro cents", described("print_jobs", jobs))
    assert isinstance(found, Unanswerable), found  # not "there are 2 rows of Flyers"


def test_a_site_is_a_location_kept_as_loc():
    washes = pd.DataFrame({"loc": ["HWY9", "MILL", "HWY9"], "revenue": [10.0, 5.0, 20.0]})
    query = answered("total revenue by site", described("car_wash", washes))
    assert query.group == "loc"
    assert result_of(query, washes)["value"] == {"HWY9": 30.0, "MILL": 5.0}


PAINTERS = pd.DataFrame({"Painter": ["Titian", "Rubens"], "Colour": [18, 17], "Drawing": [15, 13]})
SCREENINGS = pd.DataFrame(
    {"film_title": ["Hollow Pines", "Velocity", "Hollow Pines"], "admits": [120, 80, 95]}
)
PUMP_SALES = pd.DataFrame(
    {"pumpNo": [1, 2, 1, 3], "litres": [40.0, 10.0, 30.0, 25.0], "day": ["Sat", "Mon"] * 2}
)


@pytest.mark.parametrize(
    ("question", "table", "said"),
    [
        ("what year did titian paint his best work", PAINTERS, "no dates or years"),
        ("how many admits will we get next season", SCREENINGS, "forecasts"),
        ("how much did we pay the distributor for hollow pines", SCREENINGS, "add up"),
    ],
)
def test_questions_the_table_cannot_answer_are_declined(question, table, said):
    found = read(question, described("data", table))
    assert isinstance(found, Unanswerable), found
    assert said in found.reason


def test_a_numbered_thing_is_never_the_number_averaged():
    pumps = described("fuel", PUMP_SALES)
    pumps.columns[0] = Column("pumpNo", "number", ["1", "2", "3"], 1.0, 3.0)
    found = read("avg wait at the pumps", pumps)
    assert isinstance(found, Unanswerable) or found.measure != "pumpNo", found
    query = answered("total litres by pump", pumps)  # a grouping still
    assert query.group == "pumpNo"
