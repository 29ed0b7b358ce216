"""Time between two date columns as a measure: "avg days to close a ticket", "hours from
opened to resolved", "orders shipped more than 5 days after ordering". The gap is a column
the analysis adds (named for what it is), so every other rule (filters, groups, averages)
applies to it unchanged."""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.llm.offline.matcher import Mention, bare_words, shared_prefix
from services.llm.offline.schema import Table

UNITS = {
    "second": 1,
    "seconds": 1,
    "minute": 60,
    "minutes": 60,
    "min": 60,
    "mins": 60,
    "hour": 3600,
    "hours": 3600,
    "hrs": 3600,
    "hr": 3600,
    "day": 86400,
    "days": 86400,
    "week": 604800,
    "weeks": 604800,
}
_ASKS = re.compile(
    r"\b(how long|time to|time between|time from|duration|turnaround|lead time|"
    r"days? (?:to|between|from|after|before|until)|hours? (?:to|between|from|after|until)|"
    r"minutes? (?:to|between|from|after|until)|weeks? (?:to|between|from|after|until)|"
    r"(?:resolution|processing|delivery|waiting|wait|response|handling|cycle) time)\b"
)


_GENERIC = {"date", "time", "at", "on", "ts", "timestamp", "datetime", "day", "dt", "when"}


@dataclass(frozen=True)
class Gap:
    start: str
    end: str
    unit: str  # "days", "hours", …

    @property
    def name(self) -> str:
        return f"{self.unit} from {self.start} to {self.end}"

    @property
    def seconds(self) -> int:
        return UNITS[self.unit]


def gap_of(table: Table, text: str, tokens: list[str], mentions: list[Mention]) -> Gap | None:
    """The gap a question asks about, if it names a time unit or a duration and (by name
    or by a verb such as "closed" ~ `closed_at`) the date columns it runs between."""
    dates = table.of_kind("date")
    if len(dates) < 2 or not _ASKS.search(text):
        return None
    found = [(m.start, m.column) for m in mentions if table.column(m.column) in dates]
    for position, token in enumerate(tokens):
        for column in dates:
            words = [w for w in bare_words(column.name).split() if w not in _GENERIC]
            if any(_stem(_PAST.get(token, token), word) for word in words):
                found.append((position, column.name))
    named = list(dict.fromkeys(name for _, name in sorted(found)))
    ordered = True
    if len(named) < 2 and len(dates) == 2:
        named, ordered = [c.name for c in dates], False
    elif len(named) == 1 and re.search(r"\b(?:to|until|before)\s+\w+", text):
        first = min(dates, key=lambda c: c.first or "9999")  # "days to pay": from the first
        if first.name != named[0]:  # date the rows have (issued) to the one named (paid)
            named, ordered = [first.name, named[0]], True
    if len(named) < 2:
        return None
    unit = next((t for t in tokens if t in UNITS), None)
    unit = {"min": "minutes", "mins": "minutes", "hrs": "hours", "hr": "hours"}.get(
        unit or "", unit
    )
    if unit is None:
        unit = "days"
    elif not unit.endswith("s"):
        unit += "s"
    start, end = _in_order(table, named[0], named[1]) if not ordered else (named[0], named[1])
    after = re.search(r"\b(?:after|since)\s+(?:the\s+)?(\w+)", text)
    if after and any(_stem(after.group(1), w) for w in bare_words(end).split()):
        start, end = end, start  # "days after the due date … paid": from due to paid
    return Gap(start, end, unit)


_PAST = {"pay": "paid", "pays": "paid", "paying": "paid", "sell": "sold", "send": "sent",
         "leave": "left", "ship": "shipped", "buy": "bought"}  # fmt: skip


def _stem(word: str, other: str) -> bool:
    size = shared_prefix(word, other)
    return size >= 4 and size >= 0.6 * min(len(word), len(other))


def _in_order(table: Table, a: str, b: str) -> tuple[str, str]:
    """Earlier column first, by the schema's first dates."""
    column_a, column_b = table.column(a), table.column(b)
    first_a = column_a.first or "" if column_a else ""
    first_b = column_b.first or "" if column_b else ""
    return (a, b) if first_a <= first_b else (b, a)


def gap_code(gap: Gap) -> list[str]:
    return [
        f"df[{gap.start!r}] = pd.to_datetime(df[{gap.start!r}], errors='coerce', format='mixed')",
        f"df[{gap.end!r}] = pd.to_datetime(df[{gap.end!r}], errors='coerce', format='mixed')",
        f"df[{gap.name!r}] = (df[{gap.end!r}] - df[{gap.start!r}]).dt.total_seconds() / "
        f"{gap.seconds}",
    ]


_UNIT_WORDS = {"hours", "hrs", "days", "minutes", "mins", "weeks", "seconds", "secs"}


def said_as_units(gap: Gap | None, tokens: list[str], columns: list[Mention]) -> set[str]:
    """The columns named only by a unit of time when the measure is a time between two
    dates ("avg time to close in hours" on a table with `SLA_HRS`): the gap's unit, not
    a measure of their own."""
    if gap is None:
        return set()
    return {m.column for m in columns if " ".join(tokens[m.start : m.end]) in _UNIT_WORDS}
