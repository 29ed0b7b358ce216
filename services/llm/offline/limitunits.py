"""A number limit's unit, held against the columns: "over 2.5k" in the column's scale,
"heavier than half a tonne" on `Weight (kg)` converted, "over 40 pounds" of a table kept in
GBP read as money (never a weight), "longer than 10 minutes" on the one column kept in a
unit of time, and a limit in a unit no column is kept in declined."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.gaps import UNITS
from services.llm.offline.matcher import words_of
from services.llm.offline.query import Filter, Unanswerable
from services.llm.offline.units import (
    dimension_column,
    limit_in_unit,
    names_other_kind,
    unit_kind,
    unit_of,
    unit_size,
)

if TYPE_CHECKING:
    from services.llm.offline.parse import Parser


SCALE = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "million": 1e6,
    "mn": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
}


def in_column_units(parser: Parser, column: str, value: float, raw: str, unit: str | None) -> float:
    """ "sales over 50 billion" on a column kept in billions (it never reaches 50e9, and 50
    is among its values): the number as written."""
    info = parser.table.column(column)
    if unit not in SCALE or info is None or info.high is None or info.low is None:
        return value
    plain = float(raw)
    if value > info.high and info.low <= plain <= info.high:
        return plain
    return value


# Words that say a limit in pounds is money: "£15,000 of revenue", "came to more than £10"


_MONEY_SAID = re.compile(
    r"\b(?:revenue|takings|sales|cost|costs|spend|spent|price|fee|fees|income|paid|charged?|"
    r"amount|worth|earned|sterling|gbp|came to|brought in|purchases?|bill|invoiced?)\b"
)


def unit_unknown(parser: Parser, text: str, limits: list[Filter]) -> Unanswerable | None:
    """ "over 6 ft tall" on `Height` with values 150–200: the limit's unit is not the
    column's (which its name does not say), so it cannot be applied as written."""
    said = [  # "35 in or less" is inches; "below 40 in 1952" is not
        m.group(1)
        for m in re.finditer(r"\b\d[\d.]*\s+([a-z]+)\b(\s+[a-z0-9]+)?", text)
        if m.group(1) != "in" or m.group(2) in (None, " or", " and")
    ]
    if not any(unit_kind(w) for w in said):
        return None
    if set(said) <= {"pounds", "pound"} and _MONEY_SAID.search(text):
        return None  # "more than £15,000 of revenue": money, never a weight
    for item in limits:
        other = next((w for w in said if names_other_kind(item.column, w)), None)
        if other is not None:  # "trees over 75 ft" with the limit put on `Volume`
            return Unanswerable(
                f"the limit is given in {other}, and I could not tell which column is kept in "
                f"that unit (`{item.column}` is not such a quantity); name the column",
                parser.table,
            )
        info = parser.table.column(item.column)
        if info is None or info.low is None or info.high is None or unit_of(item.column):
            continue
        if isinstance(item.value, float) and not info.low <= item.value <= info.high:
            return Unanswerable(
                f"the limit is given in a unit, but `{item.column}` does not say which unit it "
                "is kept in and the limit lies outside its values; give the limit in the "
                "column's own unit",
                parser.table,
            )
    return None


_TIME_UNIT_WORDS = {
    "s": 1,
    "sec": 1,
    "secs": 1,
    "seconds": 1,
    "ms": 0.001,
    "min": 60,
    "mins": 60,
    "minutes": 60,
    "h": 3600,
    "hr": 3600,
    "hrs": 3600,
    "hours": 3600,
    "d": 86400,
    "days": 86400,
    "weeks": 604800,
}


def converted(column: str, value: float, rest: str) -> float:
    """The limit in the column's own unit when it is said in another of the same kind:
    "heavier than 2 tonnes" on `Weight (kg)` is 2,000 (it had been 2)."""
    said = re.match(r"\s*([a-z]+)\b", rest)
    asked = unit_size(said.group(1), alone=True) if said else None
    own = unit_of(column)
    if asked is None or own is None or asked[0] != own[0] or asked[1] == own[1] or not own[1]:
        return value
    return value * asked[1] / own[1]


def unit_column(parser: Parser, rest: str, value: float | None = None) -> tuple[str, float] | None:
    """The one number column kept in the unit written after the number, and the factor to
    its unit: "over 190 lb" → `Weight (lb)`, 1; "35 in or less" → `Waist (in)` ("in" only
    when no word follows it); "over 2.5k grams" → `weight (kg)`, 0.001."""
    found = re.match(r"\s*([a-z]+)\b(\s+[a-z]+)?", rest)
    if found is None or found.group(1) == "in" and found.group(2) not in (None, " or", " and"):
        return None
    if found.group(1) in ("pounds", "pound") and (
        any(re.search(r"gbp|£|sterling|pounds?\b", c.name, re.I) for c in parser.measures())
        or _MONEY_SAID.search(rest)
    ):
        return None  # "over 40 pounds" (£40) of a table kept in GBP: money, never a weight
    named = [
        c.name
        for c in parser.measures()
        if len(words_of(c.name).split()) > 1 and words_of(c.name).split()[-1] == found.group(1)
    ]
    if len(named) == 1:
        return named[0], 1.0
    kept = limit_in_unit(found.group(1), parser.measures())
    if kept is None and value is not None:  # "trees over 75 ft" on a `Height` of 63–87
        dimension = dimension_column(found.group(1), value, parser.measures())
        return (dimension, 1.0) if dimension else None
    return kept


def timed_column(parser: Parser, unit: str, value: float) -> tuple[str, float] | Unanswerable:
    """The one number column kept in a unit of time, and the value in that unit."""
    asked = UNITS.get(unit) or UNITS.get(unit + "s") or 86400
    timed = [
        (c.name, _TIME_UNIT_WORDS[w])
        for c in parser.measures()
        for w in words_of(c.name).split()[-1:]
        if w in _TIME_UNIT_WORDS
    ]
    if len(timed) != 1:
        return Unanswerable(
            f"the question sets a limit in {unit}, and I cannot tell which column holds "
            "that time; name the column",
            parser.table,
        )
    name, seconds = timed[0]
    return name, value * asked / seconds
