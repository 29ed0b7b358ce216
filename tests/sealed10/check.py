"""Sanity check of the tenth sealed set: every case loads, every gold is computed (no
exception, no NaN or infinite number, tables exist), and the counts per kind. The checks
are the third set's, with one more kind (superlative), plus this set's own: at least 240
conversations and 265 turns, at least 36 unanswerable conversations, unanswerable
questions without digits, and every table used.

    python -m tests.sealed10.check [--show]    # --show: every question with its gold
"""

from __future__ import annotations

import re
from collections import Counter

from tests.integration.offline_suite import NoAnswer
from tests.sealed3.check import KINDS, main
from tests.sealed10.cases import TABLES, SealedCase
from tests.sealed10.questions import cases


def own_checks(every: list[SealedCase]) -> None:
    turns = sum(len(case.turns) for case in every)
    assert len(every) >= 240 and turns >= 265, (len(every), turns)
    kinds = Counter(case.kind for case in every)
    assert kinds["unanswerable"] >= 36, kinds
    assert 22 <= kinds["follow-up"] <= 28, kinds
    for case in every:
        for question, gold in case.turns:
            if isinstance(gold, NoAnswer):
                assert not re.search(r"\d", question), question
    used = {case.table for case in every}
    assert used == {path.name for path in TABLES.glob("*.csv")}, used


if __name__ == "__main__":
    every = cases()
    own_checks(every)
    main(every, TABLES, KINDS | {"superlative"})
