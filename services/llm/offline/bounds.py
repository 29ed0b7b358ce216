"""Time open at one end: "since 2019", "from march 2020", "after 2016" (from 2017 on),
"before 1900", "until june 2021" (through June), "pre-1990", on a date column or on a
column of whole years. A bound is a limit, never the year it names ("before 2016" is not
"in 2016")."""

from __future__ import annotations

import re

from services.llm.offline.query import Filter
from services.llm.offline.vocabulary import MONTHS

YEAR = r"(?:1[5-9]|20)\d{2}"  # a year written in full
_BOUND = re.compile(
    r"\b(since|after|from|starting|starting in|before|prior to|pre|post|until|till|up to"
    r"|up until|through|thru)[\s-]+(?:the (?:start|end) of\s+)?(?:([a-z]+)\s+)?"
    rf"({YEAR})\b(?!\s*(?:-|–|to|and|through|thru|till|until)\s*\d)"
)
_AFTER = {"after", "post"}
_BEFORE = {"before", "prior to", "pre"}
_FROM = {"since", "from", "starting", "starting in"}


def bound_of(text: str, date: str | None, year_column: str | None) -> Filter | None:
    """The one bound the question sets, on the date column (ops "since", "before": the
    first day of a month) or else on the year column (>=, >, <, <=)."""
    match = _BOUND.search(text)
    if match is None or not (date or year_column):
        return None
    said, word, year = match.group(1), match.group(2), int(match.group(3))
    month = MONTHS.get(word or "")
    if word and month is None and word not in ("the", "year", "end", "start"):
        return None  # "after dinner 2019": not a bound on time
    if date is None:
        if month is not None:
            return None  # a month needs dates
        op = ">=" if said in _FROM else ">" if said in _AFTER else "<" if said in _BEFORE else "<="
        return Filter(year_column or "", op, year)
    if said in _FROM:
        return Filter(date, "since", (year, month or 1))
    if said in _BEFORE:
        return Filter(date, "before", (year, month or 1))
    after = _next(year, month)  # after or through: from the month (or year) after it
    return Filter(date, "since" if said in _AFTER else "before", after)


def _next(year: int, month: int | None) -> tuple[int, int]:
    if month is None or month == 12:
        return year + 1, 1
    return year, month + 1
