"""The third development set's building blocks: the fourth sealed set's (tests/sealed4/cases.py,
which are tests/sealed/cases.py's plus `ranked`) and the development set's `above` and `best`,
with `load()`/`csv_bytes()` reading tests/devset3/tables/. Same signatures, so the same runner
and grader (tests/integration/grading.py) serve every set.

    from tests.devset3.cases import SealedCase, load, csv_bytes, num, ranked, above, best, ...
"""

from __future__ import annotations

from pathlib import Path

from tests.devset.cases import above, best
from tests.sealed.cases import Tables
from tests.sealed4.cases import *  # noqa: F403  (the same building blocks, re-exported)
from tests.sealed4.cases import __all__ as _SHARED

TABLES = Path(__file__).resolve().parent / "tables"
_TABLES = Tables(TABLES)
load = _TABLES.load
csv_bytes = _TABLES.csv_bytes

__all__ = [*_SHARED, "above", "best"]
