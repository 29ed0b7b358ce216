"""The second development set's building blocks: the sealed set's (tests/sealed/cases.py)
with the tables read from tests/devset2/tables/ instead, plus the development set's `above`
and `best`. Same signatures, so the same runner and grader (tests/integration/grading.py)
serve every set."""

from __future__ import annotations

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
    "above",
    "best",
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


def above(series: pd.Series, threshold: float) -> int:
    """How many values exceed the threshold; refuses a threshold that some value equals, so
    "over", "above" and "at least" cannot disagree."""
    assert not (series == threshold).any(), (series.name, threshold)
    return int((series > threshold).sum())


def best(series: pd.Series, lowest: bool = False) -> float:
    """The largest (or smallest) value of a series whose winner is not tied."""
    ordered = series.sort_values(ascending=lowest).round(6)
    assert len(ordered) < 2 or ordered.iloc[0] != ordered.iloc[1], ordered.head(3)
    return float(series.min() if lowest else series.max())
