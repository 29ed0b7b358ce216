"""Years said relative to the data or to the question before, never dropped:

- "the most recent season in the data", "the latest year in there", "the first year" of a
  table with a year column: that column's last (or first) year;
- a follow-up "and the season before?", "the year after", "ten years earlier", "the
  previous month" moves the previous question's year (or month) by that much.

Before this, such words were function words and the answer was of all the years, or of the
year asked before: a confident wrong number."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import TYPE_CHECKING

from services.llm.offline.matcher import words_of
from services.llm.offline.query import Filter, Query

if TYPE_CHECKING:
    from services.llm.offline.parse import Parser

# "the most recent season", "the latest year in there", "the final year", "the first year"
_END_YEAR = re.compile(
    r"\b(?:the\s+)?(latest|last|most recent|newest|final|current|first|earliest|oldest)\s+"
    r"(year|season)\b"
)
_FIRST = {"first", "earliest", "oldest"}
_BOTH_ENDS = re.compile(r"\b(?:first|earliest|oldest)\b.*\b(?:last|latest|most recent)\b")
# "the season before", "2 years earlier", "the year after", "the previous month", "prior
# quarter", "a year earlier", "the same period last year"
_SHIFT = re.compile(
    r"\b(?:the\s+)?(?:(\d+|a|one)\s+)?(year|season|month|quarter)s?\s+(before|earlier|prior|"
    r"after|later)\b"
    r"|\b(?:the\s+)?(previous|prior|preceding|next|following)\s+(year|season|month|quarter)\b"
    r"|\bsame\s+(?:period|time|months?|quarter|weeks?|span|stretch)\s+(?:of\s+)?(?:(last|the "
    r"previous|the prior|a|the|one)\s+)?(year)(\s+(?:before|earlier|prior))?\b"
)
_BACK = {"before", "earlier", "prior", "previous", "preceding"}


def end_year(parser: Parser, text: str) -> Filter | None:
    """The year column's last (or first) year, when the question names it so and no column
    of the table is called a season (then "last season" is one of its values)."""
    column = parser.table.column(parser.year_column) if parser.year_column else None
    said = _END_YEAR.search(text)
    if column is None or said is None or column.low is None or column.high is None:
        return None
    if _BOTH_ENDS.search(text):
        return None  # "the first and last season in the data": what it covers
    if said.group(2) == "season" and any(
        "season" in words_of(c.name).split() for c in parser.table.columns
    ):
        return None
    if parser.date and said.group(2) == "year":
        return None  # "last year" of a dated table: its latest calendar year (timefilters)
    year = column.low if said.group(1) in _FIRST else column.high
    return Filter(column.name, "==", int(year))


def shifted(base: Query, text: str, year_column: str | None) -> tuple[Filter, ...] | None:
    """The previous question's filters with its year (month, quarter) moved as the follow-up
    says; None when it says no such move or the previous question named no period."""
    said = _SHIFT.search(text)
    if said is None:
        return None
    if said.group(7):  # "the same period last year", "the same months a year earlier"
        if not (said.group(6) in ("last", "the previous", "the prior") or said.group(8)):
            return None  # "the same period this year" moves nothing
        steps, unit = -1, "year"
    else:
        count = said.group(1)
        steps = int(count) if count and count.isdigit() else 1
        unit = said.group(2) or said.group(5)
        if (said.group(3) or said.group(4)) in _BACK:
            steps = -steps
    months = {"month": 1, "quarter": 3}.get(unit, 12) * steps
    quarters = [f for f in base.filters if f.op == "quarter"]
    moved, filters = False, []
    for f in base.filters:
        if f.op == "year" and isinstance(f.value, tuple) and f.value[0] and quarters:
            if unit == "quarter" and len(quarters) == 1:  # "Q1 2024" → "Q4 2023"
                index = f.value[0] * 4 + int(quarters[0].value) - 1 + steps
                filters.append(Filter(f.column, "year", (index // 4, None)))
                filters.append(Filter(quarters[0].column, "quarter", index % 4 + 1))
                moved = True
                continue
            if months % 12 == 0:  # "Q1 2024" a year earlier; a month before it is no quarter
                f, moved = Filter(f.column, "year", (f.value[0] + months // 12, None)), True
        elif f.op == "quarter" and unit == "quarter":
            continue  # moved with its year above
        elif f.op == "year" and isinstance(f.value, tuple) and f.value[0]:
            year, month = f.value
            if month or months % 12 == 0:
                index = year * 12 + (month or 1) - 1 + months
                f = Filter(f.column, "year", (index // 12, index % 12 + 1 if month else None))
                moved = True
        elif f.op == "dates" and isinstance(f.value, tuple) and _spans(f.value, unit):
            f, moved = (
                Filter(f.column, "dates", tuple(_moved_day(d, months) for d in f.value)),
                True,
            )
        elif months % 12 == 0 and f.op == "==" and f.column == year_column:
            f, moved = Filter(f.column, "==", int(float(f.value)) + months // 12), True
        filters.append(f)
    return tuple(filters) if moved and len(filters) == len(base.filters) else None


def _spans(days: tuple[str, str], unit: str) -> bool:
    """Is a span of days ("FY 2024/25", "from … to …") one that a move by this unit keeps
    its meaning for: any span a year, but only a month's by a month, a quarter's by a quarter."""
    if unit not in ("month", "quarter"):
        return True
    first, last = (date.fromisoformat(d) for d in days)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    return months == (1 if unit == "month" else 3)


def _moved_day(day: str, months: int) -> str:
    """An ISO day moved by whole months; the last day of a month stays the last day."""
    when = date.fromisoformat(day)
    index = when.year * 12 + when.month - 1 + months
    year, month = index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    ends = when.day == calendar.monthrange(when.year, when.month)[1]
    return date(year, month, last if ends else min(when.day, last)).isoformat()
