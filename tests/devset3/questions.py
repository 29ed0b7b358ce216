"""The third development set's conversations, in a fixed order, with gold computed when
`cases()` is called: each is a SealedCase(table, turns=[(question, gold), ...], kind). The
offline analyst may be tuned on this set (unlike tests/sealed*/).

    from tests.devset3.questions import cases
"""

from __future__ import annotations

from tests.devset3 import (
    q_lab,
    q_library,
    q_machines,
    q_packages_a,
    q_packages_b,
    q_rail,
    q_tennis,
)
from tests.devset3.cases import SealedCase


def cases() -> list[SealedCase]:
    return (
        q_packages_a.cases()
        + q_packages_b.cases()
        + q_machines.cases()
        + q_tennis.cases()
        + q_rail.cases()
        + q_lab.cases()
        + q_library.cases()
    )
