"""One calendar day in a question, written any of the ways people write it: "2023-04-03",
"3 April 2023", "3rd of April, 2023", "April 3, 2023", "03.04.2023" (day first, as dotted
dates always are). `said_as_iso` writes each as 2023-04-03, so one reader (`day_of`) finds
it and the year inside it is still the year. A slashed date ("03/04/2023") is left alone:
which of its numbers is the month is not said."""

from __future__ import annotations

import functools
import re
from datetime import date

from services.llm.offline.vocabulary import MONTHS

_YEAR = r"((?:1[5-9]|20)\d{2})"
_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_WRITTEN = (
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"), (3, 2, 1)),  # 3 april 2023
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"), (3, 1, 2)),  # april 3, 2023
    (re.compile(rf"(?<![\d.]){_DAY}\.(\d{{1,2}})\.{_YEAR}\b"), (3, 2, 1)),  # 03.04.2023
)
_ISO = re.compile(rf"(?<![\w-]){_YEAR}-(\d{{2}})-(\d{{2}})(?![\w-])")


def said_as_iso(text: str) -> str:
    """Every calendar day in the (lower case) text written as 2023-04-03; a day that is no
    date ("31 february 2023") is left as written."""
    for pattern, order in _WRITTEN:
        text = pattern.sub(functools.partial(_iso, order=order), text)
    return text


# "top 3 march 2023": a count before a month, no day
_COUNTED = re.compile(
    r"\b(?:top|bottom|first|last|best|worst|highest|lowest|largest|biggest|smallest|next|"
    r"previous|past)\s*$"
)


def _iso(found: re.Match[str], order: tuple[int, int, int]) -> str:
    y, m, d = order
    if _COUNTED.search(found.string[: found.start()]):
        return found[0]
    month = found[m]
    number = int(month) if month.isdigit() else MONTHS[month]
    try:
        return date(int(found[y]), number, int(found[d])).isoformat()
    except ValueError:
        return found[0]


def day_of(text: str) -> date | None:
    """The one calendar day the normalised question names (2023-04-03), if it names one."""
    days = {found[0] for found in _ISO.finditer(text)}
    if len(days) != 1:
        return None
    try:
        return date.fromisoformat(days.pop())
    except ValueError:
        return None
