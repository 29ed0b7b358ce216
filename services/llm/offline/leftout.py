"""Values said as left out ("excluding CPO", "not counting voids", "non-CPO", "voids out",
"voided entries not counted", "don't count the voided ones") or as counted in too ("all
contracts, also the cancelled ones", "including the voids"): neither keeps only the rows of
that value."""

from __future__ import annotations

import re

from services.llm.offline.matcher import Mention
from services.llm.offline.names import normalize

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


def left_out(text: str, value: str) -> bool:
    """Is the value said as left out ("excluding CPO", "not counting the voided ones",
    "non-CPO", "ex voids", "leave the voids out")?"""
    said = re.escape(normalize(value))  # "excluding voids", "ex voided txns": any word form
    forms = rf"{said}(?:s|es|d|ed)?\b"
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
