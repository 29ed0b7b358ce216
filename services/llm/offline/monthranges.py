"""Months of a range said within a year: "jun-aug 1956", "from june to august", "the
summer months"; and a month the data never reaches."""

from __future__ import annotations

import re
from datetime import date

from services.llm.offline.query import Filter, Unanswerable
from services.llm.offline.schema import Table
from services.llm.offline.vocabulary import MONTHS

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_RANGE = re.compile(
    rf"\b(?:from\s+)?({_MONTH_NAMES})\s*(?:-|–|to|through|thru|until|till)\s*({_MONTH_NAMES})\b"
)
_SEASONS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "winter": (12, 1, 2)}
_SEASON = re.compile(
    r"\b(spring|summer|autumn|winter)\s+months\b|\bin (?:the )?(spring|summer|autumn|winter)\b"
)


def month_range(text: str) -> tuple[tuple[int, ...], str] | None:
    """The months of a range said within a year ("jun-aug 1956", "from june to august",
    "the summer months"), and the text without it (its year stays)."""
    found = _MONTH_RANGE.search(text)
    if found is not None:
        first, last = MONTHS[found.group(1)], MONTHS[found.group(2)]
        if first != last:
            months = tuple((first - 1 + i) % 12 + 1 for i in range((last - first) % 12 + 1))
            return months, text[: found.start()] + " " + text[found.end() :]
    season = _SEASON.search(text)
    if season is not None:
        months = _SEASONS[season.group(1) or season.group(2)]
        return months, text[: season.start()] + " " + text[season.end() :]
    return None


def month_outside(table: Table, found: list[Filter]) -> Unanswerable | None:
    """A month of the year the data never reaches ("in july" of January–June 2024): say
    what the data covers, compute nothing (not "0 rows")."""
    for item in found:
        column = table.column(item.column)
        if item.op not in ("month", "months", "month_in") or column is None:
            continue
        if not (column.first and column.last):
            continue
        first, last = date.fromisoformat(column.first[:10]), date.fromisoformat(column.last[:10])
        covered = {
            (first.month - 1 + step) % 12 + 1
            for step in range((last.year - first.year) * 12 + last.month - first.month + 1)
        }
        asked = item.value if isinstance(item.value, tuple) else (item.value,)
        if not covered & set(asked):
            return Unanswerable(
                f"the data has no rows in that month: `{item.column}` runs from "
                f"`{column.first[:10]}` to `{column.last[:10]}`",
                table,
            )
    return None
