"""Rows kept by whether a column is filled in: "films that have a budget figure" keeps the
rows whose `budget` is not blank, "stops with no reason code" those whose `ReasonCode` is
blank, "claims without a settlement date", "missing rating". Only a column named as a
thing the rows have or lack; "with a price above 100" is a limit (filters.py) instead."""

from __future__ import annotations

import re

from services.llm.offline.matcher import Mention
from services.llm.offline.query import Filter

_HAVE = {"have", "has", "had", "with"}
_LACK = {"without", "missing", "lacking", "lack", "lacks"}
_ARTICLES = {"a", "an", "any"}
_BE = {"is", "are", "was", "were", "that", "which", "where"}
_FOLLOWS_LIMIT = re.compile(
    r"^(?:[\d$£€]|(?:above|over|under|below|more|less|greater|of|between|at|exceeding|higher|"
    r"lower)\b)"
)


def blank_filters(tokens: list[str], mentions: list[Mention]) -> list[Filter]:
    """A blank / filled filter for each column named right after "have no", "with a",
    "without", "missing" … (and not followed by a number or a limit)."""
    found = []
    for m in mentions:
        if m.value is not None or m.start == 0:
            continue
        before = tokens[max(0, m.start - 2) : m.start]
        after = " ".join(tokens[m.end : m.end + 2])
        if _FOLLOWS_LIMIT.search(after):
            continue
        last = before[-1]
        first = before[0] if len(before) == 2 else ""
        if last in _LACK or last == "no" and first in _HAVE | _BE:
            found.append(Filter(m.column, "blank", None))
        elif last in _ARTICLES and first in _LACK:
            found.append(Filter(m.column, "blank", None))  # "missing a reason code"
        elif last in _ARTICLES and first in _HAVE:
            found.append(Filter(m.column, "filled", None))
    return found
