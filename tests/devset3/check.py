"""Sanity check of the third development set: every case loads, every gold is computed (no
exception, no NaN or infinite number, tables exist, no first question asked twice), and the
counts per kind. The checks are the third sealed set's, with the kind `superlative`.

    python -m tests.devset3.check [--show]    # --show: every question with its gold
"""

from __future__ import annotations

from tests.devset3.cases import TABLES
from tests.devset3.questions import cases
from tests.sealed3.check import KINDS, main

if __name__ == "__main__":
    every = cases()
    assert {p.name for p in TABLES.glob("*.csv")} == {c.table for c in every}
    main(every, TABLES, KINDS | {"superlative"})
