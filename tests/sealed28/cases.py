"""The building blocks of tests/sealed/cases.py, with the tables read from this folder.

from tests.sealed28.cases import SealedCase, load, csv_bytes, num, top, ranked, ...

`ranked` is the fourth set's: `top` with stripped labels, refusing ties and NaN, and
`ascending=True` for "the 3 least …".
"""

from __future__ import annotations

from pathlib import Path

from tests.sealed.cases import Tables
from tests.sealed2.cases import *  # noqa: F403  (the same building blocks, re-exported)
from tests.sealed2.cases import __all__ as _SHARED
from tests.sealed4.cases import ranked

TABLES = Path(__file__).resolve().parent / "tables"
_TABLES = Tables(TABLES)
load = _TABLES.load
csv_bytes = _TABLES.csv_bytes

__all__ = [*_SHARED, "ranked"]
