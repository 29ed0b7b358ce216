"""The offline analyst on a long table whose measures carry their units in their names
(`metric` = Generation (MWh)): energy units are units ("more than 12 MWh", "in GWh"), a
verb finds the value it is another form of ("generate" → Generation (MWh)), "on how many
days" counts days rather than adding the values up. On a table described by hand."""

from __future__ import annotations

import pytest

from services.llm.offline.schema import Column, Table
from services.llm.offline.units import unit_kind
from tests.unit.test_offline_reading import answered


def solar() -> Table:
    return Table(
        variable="solar_generation",
        path="/mnt/data/solar_generation.csv",
        rows=11680,
        columns=[
            Column("date", "date", first="2022-01-01", last="2023-12-31"),
            Column("site", "category", ["SF-ALD", "SF-BRK", "SF-CRN"]),
            Column(
                "metric",
                "category",
                ["Generation (MWh)", "Export (MWh)", "Irradiance (kWh/m2)", "Availability (%)"],
            ),
            Column("value", "number", low=0, high=100),
        ],
    )


@pytest.mark.parametrize(("word", "kind"), [("mwh", "energy"), ("gwh", "energy"), ("ml", "volume")])
def test_energy_and_volume_are_units(word, kind):
    assert unit_kind(word) == kind


def test_a_verb_finds_the_value_it_is_a_form_of_and_a_limit_in_its_unit_is_kept():
    query = answered("on how many days did SF-CRN generate more than 12 MWh", solar())
    found = {(f.column, f.op, f.value) for f in query.filters}
    assert ("metric", "==", "Generation (MWh)") in found
    assert ("value", ">", 12.0) in found
    assert query.agg == "count"  # days counted, not the values added up


def test_a_long_tables_value_converts_from_the_unit_of_the_measure_chosen():
    query = answered("total generation for SF-BRK in 2023 in GWh", solar())
    assert query.convert is not None
    assert (query.convert.source, query.convert.factor) == ("value", pytest.approx(0.001))


def test_no_conversion_between_kinds():
    query = answered("total generation for SF-BRK in 2023", solar())
    assert query.convert is None
