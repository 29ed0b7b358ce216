"""Months of a range said within a year: "jun-aug 1956", "from june to august", "the
summer months"; a month the data never reaches; and the quarter said ("Q3", "the third
quarter"; "Q1 to Q4" is every quarter)."""

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
    r"\b(spring|summer|autumn|winter)\s+months\b"
    r"|\b(?:in|of|during) (?:the )?(spring|summer|autumn|winter)\b"
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


def quarter_said(text: str) -> int | None:
    text = _EVERY_QUARTER.sub(" ", text)  # "each quarter, q1 to q4": all four, no filter
    match = re.search(r"\bq([1-4])\b", text)
    if match:
        return int(match.group(1))
    match = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th|last)\s+quarter\b", text)
    if match and not re.search(r"\blast\s+quarter\b", text):
        order = ("first", "second", "third", "fourth")
        word = match.group(1)
        return order.index(word) + 1 if word in order else int(word[0])
    return None


_EVERY_QUARTER = re.compile(r"\bq1\s*(?:to|-|–|until|till|through|thru)\s*q4\b")


def month_span_of(text: str) -> tuple[int, int] | None:
    """ "from january to june" → (1, 6)."""
    match = re.search(
        r"\b(?:from|between)\s+([a-z]+)\s+(?:to|and|-|until|till|through)\s+([a-z]+)\b", text
    )
    if match and match.group(1) in MONTHS and match.group(2) in MONTHS:
        return MONTHS[match.group(1)], MONTHS[match.group(2)]
    return None
