"""Sanity check of the fifteenth sealed set: every case loads, every gold is computed (no
exception, no NaN or infinite number, tables exist), and the counts per kind. The checks
are the third set's, with one more kind (superlative), plus: every table is used, every
kind has at least twelve conversations, and an unanswerable question carries no digit.

    python -m tests.sealed15.check [--show]    # --show: every question with its gold
"""

from __future__ import annotations

import re
from collections import Counter

from tests.sealed3.check import KINDS, main
from tests.sealed15.cases import TABLES
from tests.sealed15.questions import cases

ALL_KINDS = KINDS | {"superlative"}


def extra(every: list) -> None:
    tables = {case.table for case in every}
    assert tables == {path.name for path in TABLES.glob("*.csv")}, tables
    per_kind = Counter(case.kind for case in every)
    assert set(per_kind) == ALL_KINDS, set(per_kind) ^ ALL_KINDS
    assert min(per_kind.values()) >= 12, per_kind
    for case in every:
        if case.kind == "unanswerable":
            assert not re.search(r"\d", case.turns[0][0]), case.turns[0][0]


if __name__ == "__main__":
    every = cases()
    extra(every)
    main(every, TABLES, ALL_KINDS)
