"""Months of a range said within a year: "jun-aug 1956", "from june to august", "the
summer months"."""

from __future__ import annotations

import re

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
