"""Years said relative to the data or to the question before, never dropped:

- "the most recent season in the data", "the latest year in there", "the first year" of a
  table with a year column: that column's last (or first) year;
- a follow-up "and the season before?", "the year after", "ten years earlier", "the
  previous month" moves the previous question's year (or month) by that much.

Before this, such words were function words and the answer was of all the years, or of the
year asked before: a confident wrong number."""

from __future__ import annotations

import re
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
# "the season before", "2 years earlier", "the year after", "the previous month"
_SHIFT = re.compile(
    r"\b(?:the\s+)?(?:(\d+)\s+)?(year|season|month)s?\s+(before|earlier|prior|after|later)\b"
    r"|\b(?:the\s+)?(previous|prior|preceding|next|following)\s+(year|season|month)\b"
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
    """The previous question's filters with its year (or month) moved as the follow-up says;
    None when it says no such move or the previous question named no year."""
    said = _SHIFT.search(text)
    if said is None:
        return None
    steps = int(said.group(1) or 1)
    unit = said.group(2) or said.group(5)
    if (said.group(3) or said.group(4)) in _BACK:
        steps = -steps
    moved, filters = False, []
    for f in base.filters:
        if unit == "month" and f.op == "year" and isinstance(f.value, tuple) and f.value[1]:
            year, month = f.value
            index = year * 12 + month - 1 + steps
            f, moved = Filter(f.column, "year", (index // 12, index % 12 + 1)), True
        elif unit != "month" and f.op == "year" and isinstance(f.value, tuple) and f.value[0]:
            f, moved = Filter(f.column, "year", (f.value[0] + steps, f.value[1])), True
        elif unit != "month" and f.op == "==" and f.column == year_column:
            f, moved = Filter(f.column, "==", int(float(f.value)) + steps), True
        filters.append(f)
    return tuple(filters) if moved else None
