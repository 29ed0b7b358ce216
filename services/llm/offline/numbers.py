"""Every number of a question must be used by the query that answers it. A number nothing
read ("in the 1700s" with no rule for centuries, "3 hours or longer" with no limit found)
means part of the question was not understood: the analyst says so instead of answering
a question without it."""

from __future__ import annotations

import re
from typing import Any

from services.llm.offline.clock import is_clock
from services.llm.offline.matcher import Mention
from services.llm.offline.query import Query, Unanswerable
from services.llm.offline.units import conversion_factors

_RANGE = re.compile(r"^(\d{4})[-–](\d{4})$")
_NUMBER = re.compile(r"^[$€£]?(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|b|%|s)?$")
# How a number may appear in the query: as written, scaled (2.5k, 15% of a fraction),
# in another unit of time (3 hours → 180 minutes), or as a decade (the 70s → 1970).
_FACTORS = {1.0, 1e3, 1e6, 1e9, 1e-2, 1e2} | conversion_factors()


_GLUED = re.compile(r"[a-z]{3,}-(\d+(?:\.\d+)?)")


def unused_number(query: Query, tokens: list[str], mentions: list[Mention]) -> str | None:
    """The first number of the question the query does not use, as written; or None."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    used = _numbers_in(query)
    for index, token in enumerate(tokens):
        ranged = _RANGE.match(token.strip("?!.,()"))
        if ranged and index not in covered:  # "across 1990-1997": both ends must be used
            for end in ranged.groups():
                if not _used(float(end), None, used):
                    return token.strip("?!.,()")
            continue
        glued = _GLUED.fullmatch(token.strip("?!.,()"))
        named = glued and any(glued.group(1) in c.name for c in query.table.columns)
        if glued and index not in covered and not named and float(glued.group(1)) not in used:
            return token.strip("?!.,()")  # "week-12 weight": a number nothing read
        found = _NUMBER.match(token.strip("?!.,()"))
        if is_clock(token.strip("?!.,()")) and not any(f.op == "hours" for f in query.filters):
            return token.strip("?!.,()")  # a time of day nothing read
        if index in covered or found is None:
            continue
        if (
            re.fullmatch(r"(?:1[5-9]|20)\d\d", found.group(0))
            and found.group(0) in query.table.filename
        ):
            continue  # "walks in 1986" of `hitters_1986.csv`: the year the file is of
        value = float(found.group(1).replace(",", ""))
        if not _used(value, found.group(2), used):
            return token.strip("?!.,()")
    return None


def check_numbers(
    query: Query | Unanswerable, tokens: list[str], mentions: list[Mention]
) -> Query | Unanswerable:
    if not isinstance(query, Query):
        return query
    number = unused_number(query, tokens, mentions)
    if number is None:
        return query
    return Unanswerable(
        f"I could not tell what `{number}` refers to in the question, so I would be answering "
        "a different question; say which column or period it is about",
        query.table,
    )


def _used(value: float, suffix: str | None, used: set[float]) -> bool:
    if suffix == "s" and value < 100:  # "the 70s"
        candidates = {1900 + value, 2000 + value}
    else:
        candidates = {value * f for f in _FACTORS}
    return any(abs(c - u) <= 1e-6 * max(1.0, abs(u)) for c in candidates for u in used)


def _numbers_in(query: Query) -> set[float]:
    """Every number the query holds: limits, years, dates, top N, scales, points."""
    found: set[float] = set()
    values: list[Any] = [query.top, query.scale, query.points, query.per]
    values += [f.value for f in query.filters]
    values += [f.value[0] - 1 for f in query.filters if f.op in ("since", "before") and f.value[0]]
    # ("after 2016" is since January 2017, "through 2016" before January 2017)
    if query.convert is not None:
        values.append(query.convert.factor)
    if query.split is not None:
        values.append(query.split.value)  # a limit, or the weekdays of a weekend
    for value in values:
        _collect(value, found)
    return found


def _collect(value: Any, found: set[float]) -> None:
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, int | float):
        found.add(float(value))
    elif isinstance(value, tuple | list | set | frozenset):
        for item in value:
            _collect(item, found)
    else:
        found.update(float(d) for d in re.findall(r"\d+(?:\.\d+)?", str(value)))
