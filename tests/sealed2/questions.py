"""The second sealed set: every case, in a fixed order. Gold is computed from the CSV files
under tests/sealed2/tables/ with plain pandas each time this is called.

    from tests.sealed2.questions import cases
"""

from __future__ import annotations

from tests.sealed2 import q_business_a, q_business_b, q_packages_a, q_packages_b, q_packages_c
from tests.sealed2.cases import SealedCase

BUILDERS = (
    q_packages_a.penguins,
    q_packages_a.mpg,
    q_packages_b.tx_housing,
    q_packages_b.economics,
    q_packages_c.flights,
    q_packages_c.sf_temps,
    q_packages_c.airports,
    q_business_a.bakery,
    q_business_a.tickets,
    q_business_b.saas,
    q_business_b.fleet,
)


def cases() -> list[SealedCase]:
    return [case for build in BUILDERS for case in build()]
