"""Times of day in a question: "before 8am", "after 10pm", "the 7am departures", "between
midnight and 6am", "22:00 to 06:00". They limit the rows by the hour of the one column that
holds times (a timestamp with times, or a column of "07:47" clock times); a range may wrap
past midnight. A time of day with no such column is not understood."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.matcher import words_of
from services.llm.offline.query import Filter, Unanswerable

if TYPE_CHECKING:
    from services.llm.offline.parse import Parser
    from services.llm.offline.schema import Column

CLOCK = r"(?:(\d{1,2})(?:h(\d{2}))?\s*(am|pm)\b|(\d{1,2})h(\d{2})\b|\b(midnight|noon|midday)\b)"
_TOKEN = re.compile(r"^(?:\d{1,2}(?:h\d{2})?(?:am|pm)|\d{1,2}h\d{2}|midnight|noon|midday)$")
_RANGE = re.compile(rf"\b(?:between|from)?\s*{CLOCK}\s*(?:and|to|-|until|till)\s*{CLOCK}")
_BEFORE = re.compile(rf"\b(?:before|earlier than|until|by)\s+{CLOCK}")
_AFTER = re.compile(rf"\b(?:after|later than|from|since)\s+{CLOCK}")
_AT = re.compile(CLOCK)
_TIME_WORDS = {"time", "dep", "departure", "arr", "arrival", "start", "end", "at", "hour"}


def is_clock(token: str) -> bool:
    """Is the word a time of day ("8am", "22h00" as normalize() writes 22:00, "noon")?"""
    return bool(_TOKEN.match(token))


def hours_of(groups: tuple[str | None, ...]) -> float:
    """The hour (with minutes as a fraction) of one CLOCK match's six groups."""
    hour, minutes, half, plain, plain_minutes, word = groups
    if word:
        return 0.0 if word == "midnight" else 12.0
    if plain is not None:
        return int(plain) % 24 + int(plain_minutes or 0) / 60
    value = int(hour or 0) % 12 + (12 if half == "pm" else 0)
    return value + int(minutes or 0) / 60


def clock_filter(parser: Parser, text: str) -> Filter | Unanswerable | None:
    """The rows' hours the question limits to, as (from, to) with `to` excluded."""
    span = _span(text)
    if span is None:
        return None
    column = _timed_column(parser, text)
    if column is None:
        return Unanswerable(
            "the question names a time of day, and no column of the table holds times of day",
            parser.table,
        )
    return Filter(column, "hours", span)


def _span(text: str) -> tuple[float, float] | None:
    found = _RANGE.search(text)
    if found:
        return hours_of(found.groups()[:6]), hours_of(found.groups()[6:])
    found = _BEFORE.search(text)
    if found:
        return 0.0, hours_of(found.groups())
    found = _AFTER.search(text)
    if found:
        return hours_of(found.groups()), 24.0
    found = _AT.search(text)
    if found:
        start = hours_of(found.groups())
        return start, start + 1
    return None


def _timed_column(parser: Parser, text: str = "") -> str | None:
    """The one column holding times of day: a timestamp whose values have times, or text
    like "07:47"; a column named for a time ("sched_dep") first when there are several, and
    of those the one whose word the question says ("hires that start before 11am")."""
    found = []
    for column in parser.table.columns:
        sample = [str(v) for v in column.values[:20]] + [column.first or "", column.last or ""]
        clocked = any(re.search(r"\b\d{1,2}:\d{2}", v) and " 00:00:00" not in v for v in sample)
        if clocked or _hours(column):  # "07:47", or `hourStart` 0–23: the hour a row starts
            found.append(column.name)
    if len(found) > 1:
        named = [c for c in found if set(words_of(c).split()) & _TIME_WORDS]
        said = {re.sub(r"(?:s|ed|ing)$", "", w) for w in re.findall(r"[a-z]+", text)}
        said |= set(re.findall(r"[a-z]+", text))  # "starts", "started", "ending"
        told = [c for c in named if set(words_of(c).split()) & _TIME_WORDS & said]
        found = named if len(named) == 1 else told if len(told) == 1 else found
    return found[0] if len(found) == 1 else None


def clock_times(column: Column | None) -> bool:
    """Does the column hold clock times ("06:15")? Their distinct values count nothing."""
    values = [str(v) for v in column.values[:20]] if column is not None else []
    return bool(values) and all(re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?", v) for v in values)


def _hours(column: Column) -> bool:
    """A number column of the hour of day (`hourStart`, `Hour` 0–23)."""
    return (
        column.kind == "number"
        and bool({"hour", "hr"} & set(words_of(column.name).split()))
        and column.low is not None
        and column.high is not None
        and 0 <= column.low <= column.high <= 23
    )


def clock_code(column: str, value: tuple[float, float]) -> list[str]:
    low, high = value
    times = f"pd.to_datetime(df[{column!r}].astype(str), errors='coerce', format='mixed')"
    keep = "(hour >= {0}) & (hour < {1})" if low <= high else "(hour >= {0}) | (hour < {1})"
    return [
        f"if pd.api.types.is_numeric_dtype(df[{column!r}]):",  # an hour of day, 0–23
        f"    hour = df[{column!r}]",
        "else:",
        f"    when = {times}",
        "    hour = when.dt.hour + when.dt.minute / 60",
        f"df = df[{keep.format(low, high)}]",
    ]
