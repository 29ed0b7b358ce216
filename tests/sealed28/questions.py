"""The twenty-eighth sealed set's conversations, in a fixed order, with gold computed when
`cases()` is called: each is a SealedCase(table, turns=[(question, gold), ...], kind)."""

from __future__ import annotations

from tests.sealed28 import q_business_a, q_business_b, q_packages_a, q_packages_b
from tests.sealed28.cases import SealedCase


def cases() -> list[SealedCase]:
    return q_packages_a.cases() + q_packages_b.cases() + q_business_a.cases() + q_business_b.cases()
