"""Which way a superlative runs, and whom it names: "best" and "worst" turned round for a
measure where more is worse (delay, cost), "fastest" and "slowest" for a time, and "who …"
answered with the column naming the rows' people or teams."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.matcher import has, words_of
from services.llm.offline.rowkinds import kind_nouns, names_the_file
from services.llm.offline.schema import Table
from services.llm.offline.words import timed_measure

if TYPE_CHECKING:
    from services.llm.offline.parse import Reading


def who_column(table: Table) -> str | None:
    """The one column naming the people (or teams) of the rows, for "who …"."""
    found = [
        c.name for c in table.of_kind("category", "text") if set(words_of(c.name).split()) & _PEOPLE
    ]
    return found[0] if len(found) == 1 else None


def asks_who(table: Table, text: str) -> bool:
    """Does the question ask who, or which of the rows ("which municipality is biggest"
    of a table of municipalities), so that the answer names it?"""
    which = re.match(r"(?:which|what) (\w+)", text)
    if which is not None and (which[1] in kind_nouns(table) or names_the_file(which[1], table)):
        return True
    return text.startswith("who")


_PEOPLE = {
    "name", "athlete", "player", "person", "employee", "driver", "customer", "member", "patient",
    "student", "author", "artist", "candidate", "manager", "rep", "agent", "technician", "tech",
    "winner", "team", "club", "company", "firm", "owner", "seller", "vendor", "supplier",
}  # fmt: skip

# Quantities where more is worse: the "worst" delay is the longest, the "best" the shortest.
_WORSE_WHEN_MORE = re.compile(
    r"delay|late|cost|error|defect|complaint|downtime|incident|loss|death|injur|fatal|"
    r"accident|crime|churn|refund|cancel|wait|absen|sick|fault|fail|bug|debt|penalt|fine|"
    r"emission|pollut|tat|turnaround|mic|unemp|poverty|infect|inflat|overdue|arrear|delinq|"
    r"waste|wasted|spoil|pm2|pm10|smog|dna|noshow|no-show"
)


def judged(r: Reading) -> None:
    """ "best" and "worst" turned round for a measure where more is worse; "fastest" and
    "slowest" for a time ("fastest 800m time" is the least)."""
    measure = r.numeric[0] if r.numeric else None
    if measure is None:
        return
    speed = has(r.text, ("fastest", "quickest", "slowest", "faster", "quicker", "slower"))
    timed = speed and timed_measure(r.tokens, r.mentions, r.parser.table)
    said = re.search(r"\b(?:best|worst)\s+(\w+)", r.text)  # "our worst waste by weight"
    subject = f"{words_of(measure)} {said[1] if said else ''}"
    worse = has(r.text, ("best", "worst")) and _WORSE_WHEN_MORE.search(subject)
    if not (timed or worse):
        return
    if r.agg in ("max", "min"):
        r.agg = "min" if r.agg == "max" else "max"
    if r.top is not None:
        r.ascending = not r.ascending
