"""The offline analyst on ratios written out: "ingredient cost per litre of wort (total
cost / total wort)" divides the two totals even when the litres have few values (it had
grouped by them, a confident wrong number); "fare revenue per passenger in euros (total rev
/ total pax)" of a column in cents converts before dividing. The generated code runs."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.unit.test_offline_reading import answered
from tests.unit.test_offline_tallies import described, result_of

BATCHES = pd.DataFrame(
    {
        "Style": ["Lager", "Lager", "IPA", "Lager"],
        "Wort Vol (L)": [1000, 2000, 1000, 3000],
        "Ingredient Cost (USD)": [560.0, 1150.0, 900.0, 1740.0],
    }
)
SAILINGS = pd.DataFrame(
    {"ROUTE": ["A", "B", "A"], "PAX": [100, 50, 150], "FARE_REV_CT": [230000, 110000, 340000]}
)


def test_a_written_out_ratio_divides_the_totals():
    query = answered(
        "ingredient cost per litre of wort for lagers (total cost / total wort)",
        described("brewery_batches", BATCHES),
    )
    assert (query.kind, query.measure, query.denominator) == (
        "ratio", "Ingredient Cost (USD)", "Wort Vol (L)"
    ), query  # fmt: skip
    assert result_of(query, BATCHES)["value"] == pytest.approx(3450 / 6000)


def test_cents_per_passenger_asked_in_euros_are_converted():
    query = answered(
        "fare revenue per passenger in euros overall (total rev / total pax)",
        described("ferry_sailings", SAILINGS),
    )
    assert query.kind == "ratio" and query.convert is not None, query
    assert result_of(query, SAILINGS)["value"] == pytest.approx(6800 / 300)
