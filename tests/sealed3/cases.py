"""The building blocks of tests/sealed/cases.py, with the tables read from this folder.

from tests.sealed3.cases import SealedCase, load, csv_bytes, num, top, ...
"""

from __future__ import annotations

from pathlib import Path

from tests.sealed.cases import (
    BAR,
    BOX,
    HISTOGRAM,
    LINE,
    NO,
    PIE,
    SCATTER,
    SealedCase,
    Tables,
    num,
    one,
    pct_change,
    top,
)

TABLES = Path(__file__).resolve().parent / "tables"

__all__ = [
    "BAR",
    "BOX",
    "HISTOGRAM",
    "LINE",
    "NO",
    "PIE",
    "SCATTER",
    "TABLES",
    "SealedCase",
    "csv_bytes",
    "load",
    "num",
    "one",
    "pct_change",
    "top",
]


_TABLES = Tables(TABLES)
load = _TABLES.load
csv_bytes = _TABLES.csv_bytes
