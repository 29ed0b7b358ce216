"""The development set: every case, in a fixed order. Gold is computed from the CSV files
under tests/devset/tables/ with plain pandas each time this is called. The offline analyst
may be tuned on this set (unlike tests/sealed/).

    from tests.devset.questions import cases
"""

from __future__ import annotations

from tests.devset import q_econ, q_finance, q_people, q_travel_health
from tests.devset.cases import SealedCase

BUILDERS = (
    q_econ.macro,
    q_econ.grunfeld,
    q_econ.co2,
    q_travel_health.modechoice,
    q_travel_health.diabetes,
    q_people.employees,
    q_people.web_sessions,
    q_finance.invoices,
    q_finance.team_kpis,
)


def cases() -> list[SealedCase]:
    return [case for build in BUILDERS for case in build()]
