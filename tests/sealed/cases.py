"""The sealed set's building blocks: a case (a conversation over one table), the tables as
the analyst reads them back from CSV, and helpers that turn pandas results into gold.

Gold types are the suite's own (tests/integration/offline_suite.py) so that
tests/integration/grading.grade grades both the same way."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from tests.integration.offline_suite import Chart, Gold, NoAnswer, Num, Ranked

TABLES = Path(__file__).resolve().parent / "tables"

NO = NoAnswer()
LINE = Chart("scatter")  # plotly line charts are scatter traces
SCATTER = Chart("scatter")
BAR = Chart("bar")
HISTOGRAM = Chart("histogram")
BOX = Chart("box")
PIE = Chart("pie")


@dataclass(frozen=True)
class SealedCase:
    """A conversation: each turn is a user message and the gold for the reply to it."""

    table: str
    turns: list[tuple[str, Gold]]
    kind: str


def one(table: str, kind: str, question: str, gold: Gold) -> SealedCase:
    return SealedCase(table, [(question, gold)], kind)


class Tables:
    """A set's CSV tables: `load` (read once, copied per use) and `csv_bytes`. The
    development and second sealed sets read theirs from their own folders."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._read = functools.cache(lambda name: pd.read_csv(folder / name))

    def load(self, name: str, date: str | None = None, fmt: str | None = None) -> pd.DataFrame:
        """The table as read from its CSV; with `date`, that column parsed into `_d`."""
        frame = self._read(name).copy()
        if date is not None:
            frame["_d"] = pd.to_datetime(frame[date], format=fmt)
        return frame

    def csv_bytes(self, name: str) -> bytes:
        return (self.folder / name).read_bytes()


_TABLES = Tables(TABLES)
load = _TABLES.load
csv_bytes = _TABLES.csv_bytes


def num(*values: Any) -> Num:
    return Num(tuple(float(v) for v in values))


def pct_change(before: float, after: float) -> float:
    return (after - before) / before * 100


def top(series: pd.Series, k: int = 3) -> Ranked:
    """The k largest, in order; refuses gold whose order a tie would make arbitrary."""
    ordered = series.sort_values(ascending=False)
    head = ordered.iloc[: k + 1].round(6).tolist()
    assert len(set(head[:k])) == k and (len(head) == k or head[k] != head[k - 1]), ordered[: k + 1]
    return Ranked(tuple((str(label), float(value)) for label, value in ordered.iloc[:k].items()))
