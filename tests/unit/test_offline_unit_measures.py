"""The offline analyst on a unit said as the thing counted: "how many kg of food" adds up
`Food_kg` (it had counted rows), "how many kg were refused" is `RefusedKg`, "how many
tonnes" converts, "by miles" ranks by `Miles`; with several columns in the unit and none
named, it asks which. And "per household" on `HHs_Served`, a measure, is declined rather
than read as rows per value. On a table described by hand."""

from __future__ import annotations

import pytest

from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import Column, Table
from services.llm.offline.units import unit_size
from tests.unit.test_offline_reading import answered, read


def deliveries() -> Table:
    return Table(
        variable="deliveries",
        path="/mnt/data/deliveries.csv",
        rows=2085,
        columns=[
            Column("DelivDate", "date", first="2023-01-02", last="2024-12-31", step="day"),
            Column("Van", "category", ["VAN1", "VAN2", "VAN3", "VAN4"]),
            Column("Food_kg", "number", low=300, high=1500),
            Column("RefusedKg", "number", low=0, high=90),
            Column("HHs_Served", "number", low=20, high=200),
            Column("Miles", "number", low=2, high=60),
            Column("Rate ($/h)", "number", low=10, high=30),
        ],
    )


@pytest.mark.parametrize(
    ("question", "measure", "agg", "group"),
    [
        ("how many kg of food went out in 2024", "Food_kg", "sum", None),
        ("how many kg were refused in total", "RefusedKg", "sum", None),
        ("which van did the most miles", "Miles", "sum", "Van"),
        ("how many tonnes of food were delivered", "Food (tonnes)", "sum", None),
    ],
)
def test_a_counted_unit_is_the_measure_kept_in_it(question, measure, agg, group):
    query = answered(question, deliveries())
    assert (query.measure, query.agg, query.group) == (measure, agg, group), query


def test_tonnes_convert_from_kilograms():
    query = answered("how many tonnes of food were delivered", deliveries())
    assert query.convert is not None and query.convert.factor == pytest.approx(0.001)


def test_a_unit_of_several_columns_none_named_is_asked_about():
    found = read("how many kg per delivery on average", deliveries())
    assert isinstance(found, Unanswerable), found
    assert "`Food_kg`" in found.reason and "`RefusedKg`" in found.reason


def test_a_rate_per_hour_is_no_column_of_hours():
    assert unit_size("BillRate ($/h)") is None
    assert unit_size("OT Hrs") == ("time", 3600)
    assert unit_size("Miles") == ("length", 1609.344)


def test_per_a_measured_number_is_declined():
    found = read("how many people per household on average", deliveries())
    assert isinstance(found, Unanswerable), found
    assert "`HHs_Served`" in found.reason


def test_a_unit_kept_as_each_items_size_is_no_amount():
    table = Table(
        variable="orders",
        path="/mnt/data/orders.csv",
        rows=500,
        columns=[
            Column("Bean", "category", ["BRA-CER", "ETH-YIR"]),
            Column("QTY", "number", low=1, high=40),
            Column("BAG (kilos)", "number", values=["0.25", "1.0"], low=0.25, high=1),
        ],
    )
    found = read("top 3 beans by kg sold", table)
    assert isinstance(found, Unanswerable), found
    assert "`BAG (kilos)` is the size of each item" in found.reason


def claims() -> Table:
    return Table(
        variable="insurance_claims",
        path="/mnt/data/insurance_claims.csv",
        rows=4200,
        columns=[
            Column("claim_ref", "text"),
            Column("region", "category", ["London", "North", "Wales"]),
            Column("claim_amt (GBP)", "number", low=100, high=90000),
        ],
    )


@pytest.mark.parametrize(
    ("question", "measure", "agg"),
    [
        ("claims per region", None, "count"),
        ("total claims per region", "claim_amt (GBP)", "sum"),
        ("avg claim amount per region", "claim_amt (GBP)", "mean"),
    ],
)
def test_the_files_rows_named_in_the_plural_are_counted(question, measure, agg):
    query = answered(question, claims())
    assert (query.measure, query.agg, query.group) == (measure, agg, "region"), query


def visits() -> Table:
    return Table(
        variable="vet_visits",
        path="/mnt/data/vet_visits.csv",
        rows=5000,
        columns=[
            Column("species", "category", ["Dog", "Cat"]),
            Column("petWeight_kg", "number", low=1, high=60),
            Column("consultFee_GBP", "number", low=20, high=400),
        ],
    )


def test_a_weight_in_pounds_is_mass_even_beside_money_in_pounds():
    table = visits()
    query = answered("avg cat weight in pounds", table)
    assert query.convert is not None and query.convert.source == "petWeight_kg", query
    assert query.convert.factor == pytest.approx(1 / 0.45359237)
    fees = answered("total consult fees in pounds", table)
    assert fees.convert is None and fees.measure == "consultFee_GBP", fees


def test_by_a_unit_of_time_is_a_grouping_not_a_measure():
    table = Table(
        variable="appointments",
        path="/mnt/data/appointments.csv",
        rows=9000,
        columns=[
            Column(
                "apptDate", "date", first="2023-01-01 09:00", last="2024-12-31 18:00", step="time"
            ),  # fmt: skip
            Column("durationMin", "number", low=15, high=180),
        ],
    )
    query = answered("appointments by hour of day", table)
    assert (query.part, query.measure, query.convert) == ("hour", None, None), query
