"""A question finer than the table's dates: "visitors on saturdays" where every date is a
week's Monday, "which day of the year was warmest" of monthly means, "before noon" of dates
without a time. The data cannot tell those apart, so the question is declined and the
answer says how far apart the dates are, rather than a 0 or the figure of a coarser date."""

from __future__ import annotations

import re
from datetime import datetime

from services.llm.offline.matcher import Mention, blanked, words_of
from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import Column, Table

_COARSER = {"time": 0, "day": 1, "week": 2, "month": 3, "quarter": 4, "year": 5}
_DAYS = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekdays?|weekends?|"
    r"day of (?:the )?(?:week|year|month)|(?:which|what|busiest|quietest|single|best|worst) "
    r"(?:single )?day|daily|per day|each day|by day|a day)\b"
)
_HOURS = re.compile(
    r"\b(?:hours? of (?:the )?day|hourly|halfhourly|per hour|by hour|time of day|mornings?|"
    r"afternoons?|evenings?|overnight|noon|midnight|rush hour|\d{1,2}\s?(?:am|pm))\b"
)
_MONTHS = re.compile(r"\b(?:which|what|busiest|quietest|best|worst) month|monthly|per month\b")
_TIME_NAMES = {"time", "hour", "hr", "clock", "shift", "slot", "dep", "arr", "am", "pm"}


def finer_than_data(table: Table, text: str, mentions: list[Mention]) -> Unanswerable | None:
    """The decline for a question that asks about days, hours or months the table's dates
    are too far apart to tell apart; None when the dates can answer it."""
    dates = table.of_kind("date")
    if not dates or any(c.step is None for c in dates):
        return None
    finest = min(dates, key=lambda c: _COARSER.get(c.step or "", 0))
    step = _COARSER.get(finest.step or "", 0)
    asked = None
    if step >= _COARSER["week"] and _said(_DAYS, text, mentions):
        asked = "days"
    elif step >= _COARSER["quarter"] and _said(_MONTHS, text, mentions):
        asked = "months"
    elif step >= _COARSER["day"] and _said(_HOURS, text, mentions) and not _timed(table):
        asked = "times of day"
    if asked is None:
        return None
    return Unanswerable(
        f"`{finest.name}` holds {_spacing(finest)}, so the data cannot tell {asked} apart",
        table,
    )


def _said(pattern: re.Pattern[str], text: str, mentions: list[Mention]) -> bool:
    """Is the pattern in the words of the question that name no column or value?"""
    return bool(pattern.search(blanked(text.split(), mentions)))


def _timed(table: Table) -> bool:
    """Does another column keep times of day (`DEP_TIME`, `Hour`, a column of "08:30")?"""
    for column in table.columns:
        words = set(re.split(r"[^a-z]+", column.name.lower())) | set(words_of(column.name).split())
        if words & _TIME_NAMES:
            return True
        clocks = [v for v in column.values[:20] if re.fullmatch(r"\d{1,2}:\d{2}", v)]
        if column.kind != "number" and clocks:
            return True
    return False


def _spacing(column: Column) -> str:
    if column.step == "week":
        try:
            weekday = datetime.fromisoformat(str(column.first)[:10]).strftime("%A")
        except ValueError:
            return "one date a week"
        return f"one date a week (every one a {weekday})"
    if column.step in ("month", "quarter", "year"):
        return f"one date a {column.step}"
    return "dates without a time of day"
