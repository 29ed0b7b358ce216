"""Questions of the data's coverage: which years or dates it holds ("what period does
this cover", "how far back does the data go", "first and last year with wage data") and
how many distinct days, weeks or years it spans."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.matcher import has

if TYPE_CHECKING:
    from services.llm.offline.parse import Reading

_COVERAGE = (
    "cover",
    "covers",
    "covered",
    "coverage",
    "date range",
    "time range",
    "time span",
    "time period",
    "span",
    "earliest",
    "latest",
    "first date",
    "last date",
    "first and last",
    "start date",
    "end date",
    "which years",
    "what years",
    "range of dates",
    "range of years",
    "from when",
    "go back",
    "from and to",
    "run from",
    "runs from",
    "period",
)


UNIT_COUNT = re.compile(
    r"\b(?:how many|number of)\s+(?:distinct\s+|different\s+|unique\s+|separate\s+|"
    r"calendar\s+)?(days|dates|weeks|months|quarters|years)\b"
)


def asks_coverage(r: Reading) -> bool:
    # "across the whole period (covered)": all of it, not a question of which period
    text = _WHOLE_PERIOD.sub("", r.text)
    if (r.part or r.freq) and not UNIT_COUNT.search(text):
        return False  # "n appointments in each quarter by start date": a count per quarter
    if r.numeric:  # "first and last year that have wage data": the years the column is filled
        named = bool(_COVERED_BY.search(text) or _FROM_UNTIL.search(text))
        named = named or bool(has(text, _COVERAGE[:4]))  # "approval data cover"
        averaged = r.agg in ("mean", "sum", "median", "max", "min")  # "mean … each decade covered"
        return len(r.numeric) == 1 and not r.filters and bool(named) and not averaged
    if r.group and r.group != r.parser.year_column and r.parser.kind(r.group) != "date":
        return False  # "what period does this cover" names the `Period` column: still coverage
    if UNIT_COUNT.search(r.text) and r.parser.date:  # "on how many days did the chair run"
        return True  # the distinct days of the rows kept, however many rows a day has
    if (
        UNIT_COUNT.search(r.text)
        or _FROM_UNTIL.search(r.text)
        or re.search(r"\b(what|which) years?\b.*\b(data|from|is)\b", r.text)
    ):
        return not r.filters
    return bool(has(text, _COVERAGE)) and not r.filters


_WHOLE_PERIOD = re.compile(
    r"\b(?:whole|entire|full|same) (?:period|span|time range)"
    r"(?: (?:that )?(?:is |was )?(?:covered|spanned))?\b"
)
# "from which month until which month goes the data", "the orders go from which year to which"
_FROM_UNTIL = re.compile(
    r"\bfrom (?:which|what) (?:year|month|date|day|week|quarter)s?\b.*"
    r"\b(?:until|till|to|through|thru) (?:which|what)\b"
)


_COVERED_BY = re.compile(
    r"\b(first and last|earliest and latest)\b|\b(what|which) (years?|dates?|period)\b.*"
    r"\b(have|has|with)\b|\bfrom and to\b|\b(start|begin) and end\b"
)
