"""The building blocks of tests/sealed/cases.py, with the tables read from this folder.

from tests.sealed4.cases import SealedCase, load, csv_bytes, num, top, ranked, ...

`ranked` is `top` with two differences: the labels are stripped of surrounding spaces (a
Markdown table cell is read stripped, and some package tables carry names like
`"Kansas "`), and `ascending=True` ranks the smallest first ("the 3 lowest …").
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from tests.integration.offline_suite import Ranked
from tests.sealed.cases import Tables
from tests.sealed2.cases import *  # noqa: F403  (the same building blocks, re-exported)
from tests.sealed2.cases import __all__ as _SHARED

TABLES = Path(__file__).resolve().parent / "tables"
_TABLES = Tables(TABLES)
load = _TABLES.load
csv_bytes = _TABLES.csv_bytes


def ranked(series: pd.Series, k: int = 3, ascending: bool = False) -> Ranked:
    """The k largest (or smallest), in order; refuses gold whose order a tie would make
    arbitrary, or a NaN among them."""
    ordered = series.dropna().sort_values(ascending=ascending, kind="stable")
    head = ordered.iloc[: k + 1].round(6).tolist()
    assert len(head) >= k, ordered
    assert len(set(head[:k])) == k and (len(head) == k or head[k] != head[k - 1]), ordered[: k + 1]
    return Ranked(
        tuple((str(label).strip(), float(value)) for label, value in ordered.iloc[:k].items())
    )


__all__ = [*_SHARED, "ranked"]
