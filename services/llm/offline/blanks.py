"""Rows kept by whether a column is filled in: "films that have a budget figure" keeps the
rows whose `budget` is not blank, "stops with no reason code" those whose `ReasonCode` is
blank, "claims without a settlement date", "missing rating". Only a column named as a
thing the rows have or lack; "with a price above 100" is a limit (filters.py) instead. And
the end of a row's story said as a verb: "employees who left" are the rows with an exit
date, "invoices still unpaid" those without a paid date."""

from __future__ import annotations

import re

from services.llm.offline.matcher import Mention, words_of
from services.llm.offline.query import Filter
from services.llm.offline.schema import Table

_HAVE = {"have", "has", "had", "with"}
_LACK = {"without", "missing", "lacking", "lack", "lacks"}
_ARTICLES = {"a", "an", "any"}
_BE = {"is", "are", "was", "were", "that", "which", "where"}
_FOLLOWS_LIMIT = re.compile(
    r"^(?:[\d$£€]|(?:above|over|under|below|more|less|greater|of|between|at|exceeding|higher|"
    r"lower)\b)"
)


def blank_filters(tokens: list[str], mentions: list[Mention]) -> list[Filter]:
    """A blank / filled filter for each column named right after "have no", "with a",
    "without", "missing" … (and not followed by a number or a limit)."""
    found = []
    for m in mentions:
        if m.value is not None or m.start == 0:
            continue
        before = tokens[max(0, m.start - 2) : m.start]
        after = " ".join(tokens[m.end : m.end + 2])
        if _FOLLOWS_LIMIT.search(after):
            continue
        said = tokens[m.end : m.end + 4]  # "where transit days is filled", "… is not blank"
        if said[1:2] in (["is"], ["are"]) and said[:1] in (["amount"], ["value"], ["figure"]):
            said = said[1:]  # "where parts amount is filled" of `PartsInr`
        if said[:1] in (["is"], ["are"]) and len(said) > 1:
            negated = said[1] == "not" and len(said) > 2
            state = said[2] if negated else said[1]
            if state in _FILLED or negated and state in _EMPTY:
                found.append(Filter(m.column, "filled", None))
                continue
            if state in _EMPTY:
                found.append(Filter(m.column, "blank", None))
                continue
        wider = " ".join(tokens[max(0, m.start - 5) : m.start])
        valued = _VALUE_FOR.search(wider)  # "months that have a value for DELL"
        if valued is not None:
            lacking = valued.group(1) in _LACK or valued.group(2) == "no"
            found.append(Filter(m.column, "blank" if lacking else "filled", None))
            continue
        last = before[-1]
        first = before[0] if len(before) == 2 else ""
        if last in _LACK or last == "no" and first in _HAVE | _BE:
            found.append(Filter(m.column, "blank", None))
        elif last in _ARTICLES and first in _LACK:
            found.append(Filter(m.column, "blank", None))  # "missing a reason code"
        elif last in _ARTICLES and first in _HAVE or last == "with" and first in _ROWS_WORDS:
            found.append(Filter(m.column, "filled", None))
    return found


_VALUE_FOR = re.compile(
    r"\b(have|has|had|with|without|missing|lacking|lack|lacks)\s+(?:(a|an|any|no)\s+)?"
    r"(?:value|values|figure|figures|number|reading|readings|entry|entries|price|data)\s+"
    r"(?:for|in|of|on)$"
)
_FILLED = {"filled", "recorded", "available", "present", "known", "entered", "populated"}
_EMPTY = {"blank", "missing", "empty", "null", "nan", "unknown", "unrecorded"}

# Words for the rows before "with": "the jobs with install hours", "contracts with a …"
_ROWS_WORDS = {"jobs", "rows", "records", "contracts", "orders", "ones", "cases", "those"}


# What ends a row's story, by the date column that records it: (words of such a date
# column, words saying it happened, phrases saying it has not happened yet).
_ENDINGS: tuple[tuple[frozenset[str], frozenset[str], tuple[str, ...]], ...] = (
    (
        frozenset({"exit", "termination", "terminated", "leave", "leaving", "left", "separation"}),
        frozenset({"left", "leaver", "leavers", "quit", "exited", "departed", "resigned"}),
        ("still with us", "still employed", "still here", "still working", "still active"),
    ),
    (
        frozenset({"paid", "payment"}),
        frozenset({"paid"}),
        ("still unpaid", "unpaid", "not paid", "not yet paid", "still outstanding"),
    ),
    (
        frozenset({"return", "returned"}),
        frozenset({"returned"}),
        ("still out", "not returned", "not yet returned", "still on loan"),
    ),
    (
        frozenset({"closed", "close", "resolved", "resolution", "completed", "completion"}),
        frozenset({"closed", "resolved", "completed"}),
        ("still open", "not closed", "not yet closed", "unresolved", "not resolved"),
    ),
    (
        frozenset({"settled", "settlement"}),
        frozenset({"settled"}),
        ("unsettled", "not settled", "not yet settled", "still open"),
    ),
)


def ended(table: Table, text: str) -> tuple[list[Filter], set[str]]:
    """ "employees who left" keeps the rows with an exit date, "still with us" those
    without; "invoices still unpaid" those without a paid date. Only when exactly one date
    column records that ending. The filters, and the words they account for."""
    dates = [c.name for c in table.of_kind("date")]
    words = set(text.split())
    for stems, done, pending in _ENDINGS:
        named = [c for c in dates if set(words_of(c).split()) & stems]
        if len(named) != 1:
            continue
        for phrase in pending:
            if re.search(rf"\b{phrase}\b", text):
                return [Filter(named[0], "blank", None)], set(phrase.split())
        said = words & done
        if said:
            return [Filter(named[0], "filled", None)], said
    return [], set()


def ending_words() -> set[str]:
    """Every word the endings above are said with."""
    return {
        w for _, done, pending in _ENDINGS for w in done | {w for p in pending for w in p.split()}
    }
