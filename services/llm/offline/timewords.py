"""Words of time that group the rows: a frequency ("monthly", "per year"), a part of the
date ("by weekday", "hour of the day", "by decade", "by quarter, all years pooled") and
yearly figures ("bar chart of the annual averages")."""

from __future__ import annotations

import re

from services.llm.offline.matcher import Mention, blanked, has, words_of
from services.llm.offline.vocabulary import FREQUENCIES

_PARTS = (
    ("weekday", r"(?:days? of (?:the )?week|weekday|dow|day name)"),
    ("month", r"(?:months? of (?:the )?year|calendar month|month name)"),
    ("quarter", r"(?:quarter of (?:the )?year|calendar quarter)"),
    ("hour", r"(?:hour of (?:the )?day|hour)"),
)
# "pooling the years", "all years together", "across the years": a part of the year, not
# one period after another
_POOLED = re.compile(
    r"\bpool(?:ed|ing)\b|\b(?:all|every|each) (?:the )?years? (?:together|combined)\b"
    r"|\b(?:across|over) (?:all )?(?:the )?years\b"
)
_POOLED_PARTS = (("quarter", r"quarters?\b"), ("month", r"months?\b"))
_YEARLY = re.compile(r"\b(?:yearly|annual)\s+(?:averages|means|totals|medians|figures)\b")


def frequency(
    text: str, columns: list[Mention], date: str | None, year_column: str | None
) -> str | None:
    text = blanked(text.split(), columns)
    for spaced in (True, False):  # "by quarter" before "daily" ("mean daily min each quarter")
        for freq, words in FREQUENCIES.items():
            found = has(text, tuple(w for w in words if (" " in w) == spaced))
            if found:
                if freq == "Y" and year_column and not date:
                    return None
                return freq
    which = _WHICH_PERIOD.search(text) if date else None
    return _PERIOD_FREQ[which.group(1)] if which else None  # "on which day … the most"


# "which day had the most orders", "on which single date": the calendar period ranked (not
# a day of the week, nor a month of the year)
_WHICH_PERIOD = re.compile(
    r"\b(?:which|what)\s+(?:single\s+|calendar\s+)?(day|date|week|month|quarter|year)\b"
    r"(?!\s+of\s+(?:the\s+)?(?:week|year|month))(?=.*\b(?:most|highest|lowest|least|fewest|"
    r"max|maximum|min|minimum|busiest|quietest|largest|smallest|peak)\b)"
)
_PERIOD_FREQ = {"day": "D", "date": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}


def date_part(text: str, date: str | None, time_column: str | None) -> str | None:
    """Grouping by a part of a date: "by weekday", "which day of the week", "by decade"."""
    if re.search(r"\b(by|per|each|every|which|what|across|for each)\s+(the\s+)?decades?", text):
        return "decade" if time_column else None
    if not date:
        return None
    pooled = _POOLED.search(text)  # "by quarter, all years pooled": a part of the year
    named = "|".join(re.escape(w) for w in words_of(date).split() if w.isalpha() and len(w) > 2)
    dated = rf"(?:(?:{named})\s+)?" if named else ""  # "by arrival quarter" of `arrival_date`
    for part, pattern in _PARTS + (_POOLED_PARTS if pooled else ()):
        if re.search(
            rf"\b(by|per|each|every|which|what|across|for each|busiest|quietest|best|worst|"
            rf"peak|rank|ranked|sort)\s+(the\s+)?{dated}{pattern}",
            text,
        ):
            return part
    return None


def said_yearly(text: str, chart: str | None) -> bool:
    """ "the annual averages", "bar chart of yearly average co2": one figure per year."""
    return bool(_YEARLY.search(text) or chart and has(text, FREQUENCIES["Y"]))
