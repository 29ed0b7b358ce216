"""Sanity check of the fourth development set: every case loads, every gold is computed (no
exception, no NaN or infinite number, tables exist), and the counts per kind. The checks are
the third sealed set's, with one more kind (superlative), plus: every table is used, every
kind has at least eight conversations (the brief's floor for this set), and an unanswerable
question carries no digit.

    python -m tests.devset4.check [--show]    # --show: every question with its gold
"""

from __future__ import annotations

import re
from collections import Counter

from tests.devset4.cases import TABLES
from tests.devset4.questions import cases
from tests.sealed3.check import KINDS, main

ALL_KINDS = KINDS | {"superlative"}
MINIMUM = 8


def wider(every, tables, kinds) -> None:
    """Every table is used, every kind has at least MINIMUM conversations, an unanswerable
    question carries no digit; then the third set's checks and counts."""
    used = {case.table for case in every}
    assert used == {path.name for path in tables.glob("*.csv")}, used
    per_kind = Counter(case.kind for case in every)
    assert set(per_kind) == kinds, set(per_kind) ^ kinds
    assert min(per_kind.values()) >= MINIMUM, per_kind
    for case in every:
        if case.kind == "unanswerable":
            assert not re.search(r"\d", case.turns[0][0]), case.turns[0][0]
    main(every, tables, kinds)


if __name__ == "__main__":
    wider(cases(), TABLES, ALL_KINDS)
