"""Days and weeks in a question: weekdays ("on Saturdays", "weekends", "Monday to Friday"),
an ISO week ("week 14 of 2023", said "KW 14" or "ISO week 14" too), and one calendar day
with what is said of it ("on", "on or after", "before", "until")."""

from __future__ import annotations

import datetime as dt
import re

from services.llm.offline.bounds import YEAR
from services.llm.offline.query import Filter
from services.llm.offline.schema import Table
from services.llm.offline.vocabulary import MONTHS, WEEKDAYS

# "Monday to Friday" (names.normalize says short ranges in full): every day between
_DAY_RANGE = re.compile(
    r"\b(mon|tues|wednes|thurs|fri|satur|sun)days?\s+to\s+(mon|tues|wednes|thurs|fri|satur|sun)days?\b"
)
_WORKDAYS = re.compile(
    r"(?<!by )(?<!per )(?<!each )(?<!every )(?<!which )(?<!what )\b(?:weekdays|working days|"
    r"business days|workdays)\b"
)
_DAY_ORDER = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def weekdays(text: str, valued: set[str]) -> tuple[int, ...]:
    if re.search(r"\b(on |at )?weekends?\b", text) and "weekend" not in valued:
        return (5, 6)
    if _WORKDAYS.search(text) and "weekdays" not in valued:  # "on weekdays": Monday to Friday
        return (0, 1, 2, 3, 4)
    ranged = _DAY_RANGE.search(text)
    if ranged and not {ranged.group(1) + "day", ranged.group(2) + "day"} & valued:
        first, last = _DAY_ORDER.index(ranged.group(1)), _DAY_ORDER.index(ranged.group(2))
        span = tuple((first + i) % 7 for i in range((last - first) % 7 + 1))
        return () if len(span) == 7 else span  # Monday to Sunday: every day, no filter
    days = []
    for word in re.findall(r"[a-z]+", text):
        if word in WEEKDAYS and word not in valued and len(word) > 3:
            days.append(WEEKDAYS[word])
    return tuple(dict.fromkeys(days))


WEEK = re.compile(rf"\bweek\s+(\d{{1,2}})\b(?:\s+(?:of|in)\s+({YEAR})\b)?")


def on_or_around(text: str, date: str, day: dt.date) -> Filter:
    """The rows of that day, or from or until it: "on or after 2000-01-01", "before …"."""
    said = re.search(
        r"\b(on or after|on or before|after|before|since|from|until|till|through|thru|up to|by)"
        rf"\s+(?:the\s+)?{day.isoformat()}\b",
        text,
    )
    if said is None:
        return Filter(date, "day", day.isoformat())
    word, next_day = said.group(1), (day + dt.timedelta(days=1)).isoformat()
    if word in ("on or after", "since", "from"):
        return Filter(date, ">=", day.isoformat())
    if word == "after":
        return Filter(date, ">=", next_day)
    if word == "before":
        return Filter(date, "<", day.isoformat())
    return Filter(date, "<", next_day)  # until, through, on or before: the day included


_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# "jan 8", "8 jan", "the 8th of january", with no year after them
_MONTH_DAY = re.compile(
    rf"\b(?:({_NAMES}) (\d{{1,2}})(?:st|nd|rd|th)?|(?:the )?(\d{{1,2}})(?:st|nd|rd|th)? "
    rf"(?:of )?({_NAMES}))\b(?! \d)"
)


def days_in_year(text: str, table: Table) -> str:
    """ "jan 8" as 2022-01-08 when every date of the table falls in one year (a week of
    15-minute readings): the day is then one day of the data, its year not worth saying."""
    dates = table.of_kind("date")
    years = {(c.first or "")[:4] for c in dates} | {(c.last or "")[:4] for c in dates}
    if len(years) != 1 or not next(iter(years)).isdigit() or len(_MONTH_DAY.findall(text)) != 1:
        return text  # two days ("jan 5 vs jan 10") are a comparison this does not make

    def iso(found: re.Match[str]) -> str:
        month = MONTHS[found[1] or found[4]]
        day = int(found[2] or found[3])
        try:
            return dt.date(int(next(iter(years))), month, day).isoformat()
        except ValueError:
            return found[0]

    return _MONTH_DAY.sub(iso, text)
