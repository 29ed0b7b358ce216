"""The sealed set: every case, in a fixed order. Gold is computed from the CSV files under
tests/sealed/tables/ with plain pandas each time this is called.

    from tests.sealed.questions import cases
"""

from __future__ import annotations

from tests.sealed import q_business, q_plotly, q_vega_a, q_vega_b
from tests.sealed.cases import SealedCase

BUILDERS = (
    q_business.orders,
    q_business.store_kpis,
    q_vega_a.cars,
    q_vega_a.seattle,
    q_vega_b.iowa,
    q_vega_b.barley,
    q_vega_b.employment,
    q_vega_b.riots,
    q_plotly.election,
    q_plotly.medals,
    q_plotly.wind,
    q_plotly.experiment,
)


def cases() -> list[SealedCase]:
    return [case for build in BUILDERS for case in build()]
