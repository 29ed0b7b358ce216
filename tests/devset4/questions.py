"""The fourth development set's conversations, in a fixed order, with gold computed when
`cases()` is called: each is a SealedCase(table, turns=[(question, gold), ...], kind)."""

from __future__ import annotations

from tests.devset4 import q_chat_a, q_chat_b, q_manager_a, q_manager_b
from tests.devset4.cases import SealedCase


def cases() -> list[SealedCase]:
    return q_manager_a.cases() + q_manager_b.cases() + q_chat_a.cases() + q_chat_b.cases()
