"""The building blocks of tests/sealed/cases.py, with the tables read from this folder.

from tests.sealed2.cases import SealedCase, load, csv_bytes, num, top, ...
"""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd

from tests.sealed.cases import (
    BAR,
    BOX,
    HISTOGRAM,
    LINE,
    NO,
    PIE,
    SCATTER,
    SealedCase,
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


@functools.cache
def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(TABLES / name)


def load(name: str, date: str | None = None, fmt: str | None = None) -> pd.DataFrame:
    """The table as read from its CSV; with `date`, that column parsed into `_d`."""
    frame = _read(name).copy()
    if date is not None:
        frame["_d"] = pd.to_datetime(frame[date], format=fmt)
    return frame


def csv_bytes(name: str) -> bytes:
    return (TABLES / name).read_bytes()
