"""Rates and shares of a category's value: "rejection rate" (the share of rows with
REJECTED), "admission rate by department", a yes/no column's rate ("% that bounced"), and
a share within a part of the rows ("what % of females have blue eyes": Eye = Blue among
the rows where Sex = Female)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.combined import Flagged, Present
from services.llm.offline.query import Query
from services.llm.offline.rowkinds import stem

if TYPE_CHECKING:
    from services.llm.offline.parse import Reading


def rated(r: Reading, query: Query, measure: str | None) -> tuple[Query, str | None]:
    """A rate asked of a value or a yes/no column: the query takes the share of rows that
    have it (within the other filters) as its measure."""
    flagged = value_rate(r)
    if flagged is not None:  # "rejection rate": the share of rows with that value
        query = query.with_(
            combined=flagged,
            filters=tuple(
                f for f in query.filters
                if (f.column, f.op, f.value) != (flagged.columns[0], "==", flagged.value)
                and not (isinstance(flagged, Present) and f.column == flagged.columns[0])
            ),  # "% of sessions that had an idle fee": the share, not the rows that had one
        )  # fmt: skip
    rate = flagged.name if flagged is not None else rate_column(r)
    if rate is not None:  # "conversion rate", "% of sessions that bounced"
        query = query.with_(
            measure=rate,
            agg="rate",
            filters=tuple(f for f in query.filters if f.column != rate),
        )
        r.numeric = [rate]
        r.agg, measure = "rate", rate
        if r.group == rate:  # "% of lines that were returned": the rate itself, not by it
            r.group = None
    return query, measure


def rate_column(r: Reading) -> str | None:
    """A yes/no column asked as a rate or share: its share of true values, in percent."""
    if not re.search(r"\brate\b|%|\bpercent|\bpct\b|\bshare\b|\bproportion\b|how often", r.text):
        return None
    flags = [
        m.column
        for m in r.columns
        if (column := r.parser.table.column(m.column)) is not None and column.yes_no
    ]
    return flags[0] if flags else None


def value_rate(r: Reading) -> Flagged | None:
    """ "rejection rate", "hire rate for referrals": a category's value said right before
    "rate" is asked as the share of rows (of those the other filters keep) that have it."""
    for m in r.values:
        following = r.tokens[m.end] if m.end < len(r.tokens) else ""
        if following == "rate" and m.value is not None:
            return Flagged(r.tokens[m.start], (m.column,), m.value)
    for index, word in enumerate(r.tokens[:-1]):
        if r.tokens[index + 1] == "rate" and not r.tokens[index].isdigit():
            found = _stem_value(r, word)  # "admission rate", "admit rate" of `Admit`
            if found is not None:
                return Flagged(word, (found[0],), found[1])
    return _share_within(r) or _present(r)


_SHARE = re.compile(r"%|\bpercent|\bpct\b|\bshare\b|\bproportion\b|\bfraction\b")
_SHARE_OF = re.compile(  # "what % of", "share of": not "avg discount %"
    r"\b(?:what|which)\s+(?:%|percent|percentage|pct|share|proportion|fraction)"
    r"|(?:%|\bpercent|\bpercentage|\bpct|\bshare|\bproportion|\bfraction)\s+of\b"
)
_HAVING = {"have", "has", "had", "are", "is", "were", "was", "with", "who", "that", "got"}


def _share_within(r: Reading) -> Flagged | None:
    """ "what % of females have blue eyes", "among brown-haired, what share have hazel
    eyes": the value said after the verb is the share asked, among the rows the values
    said before it keep."""
    values = [m for m in r.values if m.value is not None]
    if len(values) < 2 or not _SHARE.search(r.text):
        return None
    verb = next((i for i in range(values[0].end, len(r.tokens)) if r.tokens[i] in _HAVING), None)
    if verb is None:
        return None
    before = [m for m in values if m.end <= verb]
    after = [m for m in values if m.start > verb]
    if not before or len(after) != 1 or after[0].column in {m.column for m in before}:
        return None
    asked = after[0]
    return Flagged(r.tokens[asked.start], (asked.column,), str(asked.value))


def _present(r: Reading) -> Flagged | None:
    """ "what % of DC sessions incurred an idle fee": a number column said after "a", "an"
    or "any" is asked as the share of rows that have one (filled in, and not zero)."""
    if not _SHARE_OF.search(r.text):
        return None
    for m in r.columns:
        column = r.parser.table.column(m.column)
        if column is None or column.kind != "number" or column.flag or m.start == 0:
            continue
        if r.tokens[m.start - 1] in ("a", "an", "any"):
            return Present(r.tokens[m.start], (m.column,))
    return None


def _stem_value(r: Reading, word: str) -> tuple[str, str] | None:
    """The one category value that is another form of the word ("admission", "admit" →
    Admitted): the value a rate named by the word counts."""
    found = {
        (c.name, v)
        for c in r.parser.table.columns
        if c.kind == "category"
        for v in c.values
        if len(v) >= 4 and stem(v) == stem(word)
    }
    return found.pop() if len(found) == 1 else None
