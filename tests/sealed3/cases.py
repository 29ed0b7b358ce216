"""The building blocks of tests/sealed/cases.py, with the tables read from this folder.

from tests.sealed3.cases import SealedCase, load, csv_bytes, num, top, ...
"""

from __future__ import annotations

from pathlib import Path

from tests.sealed.cases import Tables
from tests.sealed2.cases import *  # noqa: F403  (the same building blocks, re-exported)
from tests.sealed2.cases import __all__ as _SHARED

TABLES = Path(__file__).resolve().parent / "tables"
_TABLES = Tables(TABLES)
load = _TABLES.load
csv_bytes = _TABLES.csv_bytes

__all__ = list(_SHARED)
