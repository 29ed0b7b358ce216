"""Values said as left out ("excluding CPO", "not counting voids", "non-CPO", "voids out",
"voided entries not counted", "don't count the voided ones") or as counted in too ("all
contracts, also the cancelled ones", "including the voids"): neither keeps only the rows of
that value."""

from __future__ import annotations

import re

from services.llm.offline.matcher import Mention
from services.llm.offline.names import normalize
from services.llm.offline.query import Filter
from services.llm.offline.schema import Table

_LEAVING_OUT = (
    r"not|non|except|excluding|exclude|without|other than|not counting|not including|"
    r"apart from|but not|leaving out|leave out|leaves out|ignoring|ignore|minus|"
    r"do not count|does not count|did not count"
)
# Said after the value and a word for its rows: "voids out", "voided lines left out", "voided
# entries not counted", "voided ones don't count" (the text is normalized: "do not count").
_AFTER = (
    # a plural: "entries", "ones"; not blanks left out after a value ("at 50 (blanks out)")
    r"(?:\s+(?!does\b|blanks\b|nulls\b|nans\b|empties\b|missings\b)[a-z]+s)?"
    r"\s+(?:(?:left|kept|taken)\s+)?"
    r"(?:out\b(?!\s+of\b)|(?:not counted|not included|excluded|removed|do not count|"
    r"does not count|(?:should|must|shall|will) not be (?:counted|included))\b)"
)


def left_out(text: str, value: str, spoken: tuple[str, ...] = ()) -> bool:
    """Is the value said as left out ("excluding CPO", "not counting the voided ones",
    "non-CPO", "ex voids", "leave the voids out"), by its name or by the words that named it
    in the question (`spoken`: "cancellations out" of `Cancelled`)?"""
    said = re.escape(normalize(value))  # "excluding voids", "ex voided txns": any word form
    own = normalize(value)  # "gst" of `revenue_ex_gst_aud`: its own word
    others = "".join(f"|{re.escape(w)}" for w in spoken if w and w not in own)
    forms = rf"(?:{said}(?:s|es|d|ed)?{others})\b"
    if re.search(rf"\b(?:{_LEAVING_OUT})[\s(-]+(?:(?:the|any|all)\s+)?{forms}", text):
        return True
    if re.search(rf"\b{forms}{_AFTER}", text):
        return True
    return bool(re.search(rf"\bleav(?:e|ing) (?:the |any |all )?{forms}(?: [a-z]+s)? out\b", text))


def taken_in(tokens: list[str], m: Mention) -> bool:
    """Is the value said as counted in too ("all contracts, also the cancelled ones",
    "including the voids")? Then it keeps no rows out."""
    before = tokens[max(0, m.start - 2) : m.start]
    before = before[:-1] if before[-1:] == ["the"] else before
    return bool(before) and before[-1] in ("also", "including", "incl", "even")


# A category value that adds up the others: "TOTAL", "Grand total", "All", "ALL SHOPS",
# "All branches", "Subtotal"
_SUBTOTAL = re.compile(
    r"(?:grand\s+)?(?:total|totals|subtotal|sub-total|all)(?:\s+[a-z]+s)?", re.IGNORECASE
)


def subtotals_out(table: Table, mentions: list[Mention], filters: list[Filter]) -> list[Filter]:
    """The rows of a category value that adds up the others (`branch` = TOTAL beside the
    branches of a long KPI table) left out, unless the question names that value or keeps
    the column to values of its own: a sum, a ranking or a count over every branch would
    otherwise count each branch twice, and "which branch collected the most" answer TOTAL."""
    kept = {f.column for f in filters if f.op in ("==", "isin")}
    named = {(f.column, f.value) for f in filters if f.op == "!="}
    named |= {(m.column, m.value) for m in mentions if m.value is not None}
    found = []
    for column in table.columns:
        if column.kind != "category" or column.name in kept or len(column.values) < 3:
            continue
        for value in column.values:
            if _SUBTOTAL.fullmatch(value.strip()) and (column.name, value) not in named:
                found.append(Filter(column.name, "!=", value))
    return found
