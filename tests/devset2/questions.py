"""The second development set: every case, in a fixed order. Gold is computed from the CSV
files under tests/devset2/tables/ with plain pandas each time this is called. The offline
analyst may be tuned on this set (unlike tests/sealed*/).

    from tests.devset2.questions import cases
"""

from __future__ import annotations

from tests.devset2 import q_business_a, q_business_b, q_business_c, q_packages_a, q_packages_b
from tests.devset2.cases import SealedCase

BUILDERS = (
    q_packages_a.movies,
    q_packages_a.baseball,
    q_packages_a.bundesliga,
    q_packages_b.forbes,
    q_packages_b.computers,
    q_packages_b.titanic,
    q_packages_b.seattle,
    q_business_a.shop_orders,
    q_business_a.hr_staff,
    q_business_b.meter_readings,
    q_business_b.insurance_claims,
    q_business_c.campaign_daily,
)


def cases() -> list[SealedCase]:
    return [case for build in BUILDERS for case in build()]
