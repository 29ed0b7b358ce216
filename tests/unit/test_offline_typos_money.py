"""The offline analyst on typos, money said by its symbol, and a few question shapes read
whole: a typo is put right (and said) before the question is read; "$" names the table's
one money column and answers in dollars; "revenue" is the one money column when no column
is named so; an id column named by the rows' own noun is the rows; "10+" is a limit;
"which quarter of 2023" ranks quarters; "rank the 4 depots" ranks all four; monthly counts
of an id are rows per month. On tables described by hand."""

from __future__ import annotations

import pytest

from services.llm.offline import understand
from services.llm.offline.query import Query, Unanswerable
from services.llm.offline.schema import Column, Table
from services.llm.offline.spelling import corrected
from tests.unit.test_offline_reading import answered, read


def claims() -> Table:
    return Table(
        variable="expense_claims",
        path="/mnt/data/expense_claims.csv",
        rows=4300,
        columns=[
            Column("ClaimNo", "category", [f"X-{n:05d}" for n in range(1, 40)]),
            Column("EmpNo", "category", ["E1", "E2", "E3"]),
            Column("Dept", "category", ["SAL", "ENG", "FIN"]),
            Column("SubmittedOn", "date", first="2023-01-02", last="2024-12-31"),
            Column("Cat", "category", ["TRVL", "MEAL", "LODG"]),
            Column("AmountCents", "number", low=500, high=140000),
            Column("Miles", "number", low=1, high=400),
            Column("Status", "category", ["APPROVED", "REJECTED", "PENDING"]),
        ],
    )


def parcels() -> Table:
    return Table(
        variable="parcel_deliveries",
        path="/mnt/data/parcel_deliveries.csv",
        rows=5600,
        columns=[
            Column("ShipmentID", "text"),
            Column("DepotCd", "category", ["AMS-N", "UTR-C", "EIN-W", "RTM-S"]),
            Column("DispatchedAt", "date", first="2024-01-01", last="2024-12-31"),
            Column("Wt (g)", "number", low=50, high=30000),
            Column("Charge (EUR)", "number", low=3, high=40),
            Column("Discount (EUR)", "number", low=0, high=5),
        ],
    )


def hiring() -> Table:
    return Table(
        variable="job_applications",
        path="/mnt/data/job_applications.csv",
        rows=4000,
        columns=[
            Column("appliedOn", "date", first="2022-01-03", last="2024-12-31"),
            Column("yrsExp", "number", low=0, high=34),
            Column("offerSalaryK", "number", low=38, high=206),
        ],
    )


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("reqeusts", "requests"), ("feburary", "february"), ("totl", "total"), ("befor", "before")],
)
def test_a_typo_of_a_known_or_table_word_is_put_right(typo, meant):
    table = Table("service_requests", "/mnt/data/service_requests.csv", 10, [])
    tokens, said = corrected(["how", "many", typo], table)
    assert tokens == ["how", "many", meant]
    assert said == [f"“{typo}” as “{meant}”"]


@pytest.mark.parametrize("word", ["breed", "grain", "swiss", "rt", "sent"])
def test_a_word_that_is_no_typo_is_left_as_it_is(word):
    table = Table("pigs", "/mnt/data/pig_growth.csv", 10, [Column("Feed", "number")])
    assert corrected([word], table) == ([word], [])


def test_the_corrected_question_is_answered_and_the_correction_said():
    found = understand("totl $ claimed in feburary 2024", [], [claims()])
    assert not isinstance(found, Unanswerable), found
    query, note = found
    assert query.convert is not None and (query.convert.source, query.agg) == ("AmountCents", "sum")
    assert "“totl” as “total”" in note and "“feburary” as “february”" in note


@pytest.mark.parametrize(
    ("question", "group"),
    [("total $ claimed by dept", "Dept"), ("biggest single claim in dollars", None)],
)
def test_dollars_name_the_one_money_column_and_answer_in_dollars(question, group):
    query = answered(question, claims())
    assert query.convert is not None and query.convert.source == "AmountCents"
    assert query.group == group  # never grouped by the claim's own number
    assert query.convert is not None and query.convert.factor == pytest.approx(0.01)


def test_an_id_named_by_the_rows_noun_is_not_a_measure_or_a_group():
    query = answered("avg claim amount", claims())
    assert (query.measure, query.agg, query.group) == ("AmountCents", "mean", None)


def test_revenue_is_the_one_money_column_that_is_not_a_deduction():
    query = answered("total revenue by depot", parcels())
    assert (query.measure, query.agg, query.group) == ("Charge (EUR)", "sum", "DepotCd")


def test_dollars_on_a_table_with_two_paid_money_columns_do_not_pick_one():
    table = claims()
    table.columns.append(Column("AdvanceCents", "number", low=0, high=90000))
    assert isinstance(read("biggest single claim in dollars", table), Unanswerable)


def test_a_salary_kept_in_thousands_is_answered_in_dollars():
    query = answered("avg offer salary in dollars", hiring())
    assert query.convert is not None and query.convert.source == "offerSalaryK"
    assert query.convert is not None and query.convert.factor == pytest.approx(1000)


def test_a_number_with_a_plus_is_an_inclusive_limit():
    query = answered("how many applicants have 10+ yrs of experience", hiring())
    assert [(f.column, f.op, f.value) for f in query.filters] == [("yrsExp", ">=", 10.0)]


def test_which_quarter_of_a_year_ranks_the_quarters_of_that_year():
    query = answered("which quarter of 2023 had the most claims", claims())
    assert (query.kind, query.freq, query.top) == ("trend", "Q", 1)
    assert [(f.column, f.op) for f in query.filters] == [("SubmittedOn", "year")]


def test_rank_the_n_groups_ranks_all_of_them():
    query = answered("rank the 4 depots by avg charge", parcels())
    assert (query.group, query.top, query.ascending) == ("DepotCd", 4, False)


def test_monthly_counts_of_an_id_are_rows_per_month():
    query = answered("monthly shipment counts as a line chart", parcels())
    assert isinstance(query, Query)
    assert (query.kind, query.freq, query.agg) == ("trend", "M", "count")


def test_the_singular_of_a_column_named_in_the_plural_is_no_typo():
    table = Table("shipments", "/mnt/data/shipments.csv", 10, [Column("parcels", "number")])
    assert corrected(["fee", "per", "parcel"], table) == (["fee", "per", "parcel"], [])


def test_weighed_is_the_weight_column_and_then_before_a_number_is_than():
    query = answered("how many parcels weighed over 5kg", parcels())
    assert [(f.column, f.op, f.value) for f in query.filters] == [("Wt (g)", ">", 5000.0)]
    query = answered("how many parcels were heavier then 5000 g", parcels())
    assert [(f.column, f.op) for f in query.filters] == [("Wt (g)", ">")]


def test_pence_are_hundredths_of_a_pound():
    table = Table(
        "pharmacy_baskets",
        "/mnt/data/pharmacy_baskets.csv",
        7900,
        [Column("StoreNo", "number", ["101", "117"]), Column("DiscountPence", "number")],
    )
    query = answered("total discount given in pounds", table)
    assert query.convert is not None and query.convert.factor == pytest.approx(0.01)


def test_a_bare_number_after_a_question_kept_to_one_code_replaces_the_code():
    table = Table(
        "pharmacy_baskets",
        "/mnt/data/pharmacy_baskets.csv",
        7900,
        [Column("StoreNo", "number", ["101", "117"]), Column("BasketValue (GBP)", "number")],
    )
    query = answered("and 117?", table, ("avg basket value at store 101",))
    assert [(f.column, f.value) for f in query.filters] == [("StoreNo", "117")]
    assert query.measure == "BasketValue (GBP)"


def test_a_common_word_is_never_corrected_to_one_of_the_analysts_words():
    table = Table("air_passengers", "/mnt/data/air_passengers.csv", 144, [])
    assert corrected(["summer"], table) == (["summer"], [])  # not "summed"


def test_a_limit_in_a_unit_outside_a_unitless_columns_values_is_declined():
    table = Table(
        "student_survey",
        "/mnt/data/student_survey.csv",
        237,
        [Column("Height", "number", low=150, high=200), Column("Sex", "category", ["F", "M"])],
    )
    found = read("how many rows have a height over 6 ft", table)
    assert isinstance(found, Unanswerable)
    assert "unit" in found.reason
