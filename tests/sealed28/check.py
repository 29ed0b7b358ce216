"""Sanity check of the twenty-eighth sealed set: every case loads, every gold is computed (no
exception, no NaN or infinite number, tables exist), and the counts per kind. The checks
are the third set's, with one more kind (superlative), plus: every table is used, every
kind has at least twelve conversations, and an unanswerable question carries no digit.

    python -m tests.sealed28.check [--show]    # --show: every question with its gold
"""

from __future__ import annotations

from tests.sealed3.check import KINDS, wider
from tests.sealed28.cases import TABLES
from tests.sealed28.questions import cases

ALL_KINDS = KINDS | {"superlative"}

if __name__ == "__main__":
    wider(cases(), TABLES, ALL_KINDS)
