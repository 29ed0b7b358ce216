"""A span of dates said with both ends in full: "from April 2023 to March 2024", "between
2023-04-01 and 2024-03-31", "Apr 2024 - Mar 2025". Its rows are those from the first day of
the first end up to the last day of the second; read as whole years, the span would take in
months it leaves out."""

from __future__ import annotations

import calendar
import re

from services.llm.offline.bounds import YEAR
from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import Table
from services.llm.offline.vocabulary import MONTHS

_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_POINT = rf"(?:(?:({_NAMES})\s+({YEAR}))|({YEAR})-(\d{{2}})(?:-(\d{{2}}))?)"
_SPAN = re.compile(  # "and" joins the ends only after "between": "jan 2016 and jul 2016" is two
    rf"\b(?:(?:between\s+(?:the\s+period\s+)?{_POINT}\s*(?:and|to|-|–))"
    rf"|(?:(?:from|for|in|over|during)\s+(?:the\s+period\s+)?)?{_POINT}\s*"
    rf"(?:to|through|thru|till|until|-|–))\s*(?:the\s+end\s+of\s+)?{_POINT}(?![\d-])"
)


def _point(groups: tuple[str | None, ...], *, end: bool) -> tuple[int, int, int] | None:
    """(year, month, day) of one end: a month's first day, or its last day at the end."""
    name, year, iso_year, iso_month, iso_day = groups
    numbers: tuple[int, int, int | None]
    if name is not None and year is not None:
        numbers = (int(year), MONTHS[name], None)
    elif iso_year is not None and iso_month is not None:
        numbers = (int(iso_year), int(iso_month), int(iso_day) if iso_day else None)
    else:
        return None
    year_, month, day = numbers
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year_, month)[1]
    if day is None:
        day = last if end else 1
    return (year_, month, day) if 1 <= day <= last else None


def date_span(text: str) -> tuple[tuple[str, str], str] | None:
    """The span said ((first day, last day) as ISO dates) and the text without it, or None.
    A span whose end comes before its start is none."""
    found = _SPAN.search(text)
    if found is None:
        return None
    groups = found.groups()
    opening = groups[:5] if any(groups[:5]) else groups[5:10]
    first = _point(opening, end=False)
    last = _point(groups[10:], end=True)
    if first is None or last is None or last < first:
        return None
    iso = tuple("{:04}-{:02}-{:02}".format(*p) for p in (first, last))
    return (iso[0], iso[1]), text[: found.start()] + " " + text[found.end() :]


def span_outside(table: Table, column: str, span: tuple[str, str]) -> Unanswerable | None:
    """A span the data does not reach at all: say what it covers, compute nothing."""
    kept = table.column(column)
    if kept is None or not kept.first or not kept.last:
        return None
    first, last = str(kept.first)[:10], str(kept.last)[:10]
    if span[1] < first or span[0] > last:
        return Unanswerable(
            f"the data has no rows in that period: `{column}` covers {first} – {last}", table
        )
    return None
