"""The second development set's building blocks: the development set's (tests/devset/cases.py,
which are the sealed set's plus `above` and `best`) with the tables read from
tests/devset2/tables/ instead. Same signatures, so the same runner and grader
(tests/integration/grading.py) serve every set."""

from __future__ import annotations

from pathlib import Path

from tests.devset.cases import *  # noqa: F403  (the same building blocks, re-exported)
from tests.devset.cases import __all__ as _SHARED
from tests.sealed.cases import Tables

TABLES = Path(__file__).resolve().parent / "tables"
_TABLES = Tables(TABLES)
load = _TABLES.load
csv_bytes = _TABLES.csv_bytes

__all__ = list(_SHARED)
