"""Sanity check of the ninth sealed set: every case loads, every gold is computed (no
exception, no NaN or infinite number, tables exist), and the counts per kind. The checks
are the third set's, with one more kind (superlative).

    python -m tests.sealed9.check [--show]    # --show: every question with its gold
"""

from __future__ import annotations

from tests.sealed3.check import KINDS, main
from tests.sealed9.cases import TABLES
from tests.sealed9.questions import cases

if __name__ == "__main__":
    main(cases(), TABLES, KINDS | {"superlative"})
