"""A question that says how to compute what it asks: "What is the price per bottle of Barolo,
so net revenue divided by the bottles?", "What was the occupancy of Haarlem in 2023? I mean
booked nights divided by capacity nights, in %.", "(sum of AttendedHours divided by sum of
LessonHours)". The formula is the question; of the words before it, only what says which
rows (values, years, months) is kept: the name it defines ("occupancy", "price per
bottle") need not be a column."""

from __future__ import annotations

import re
from collections.abc import Callable

from services.llm.offline.names import normalize
from services.llm.offline.vocabulary import MONTHS

_FORMULA = re.compile(
    r"(?:[?.;:,]\s+|\(\s*|\s[-–—]\s)"
    r"(?:so|i\.?\s?e\.?,?|i mean|meaning|that is,?|calculated as|computed as|defined as|"
    r"just|simply|formula:?)?\s*"
    r"(?P<formula>[^?.;()]*?\b(?:divided (?:by|through)|/)\s[^?;()]*?)\)?[.?!]?\s*$",
    re.I,
)
_SCOPING = re.compile(
    r"\b(?:with|without|that|which|who|whose|where|only|excluding|except|not|but|unless)\b", re.I
)
_PERCENT = re.compile(r"%|\bper ?cent\b|\bpercentage\b|\bshare\b|\brate\b")

Values = Callable[[list[str]], list[tuple[int, int]]]


def formula_of(question: str, spans: Values) -> tuple[str, str] | None:
    """The question as its formula and the rows it names; with the words it defines, to
    say. `spans(tokens)`: where the tokens name values of the table."""
    found = _FORMULA.search(question)
    if found is None or found.start() == 0:
        return None
    if _SCOPING.search(question[: found.start()]):
        return None  # "bookings that went ahead", "the jobs with install hours": more rows said
    formula = re.sub(r"\bdivided through\b", "divided by", found.group("formula").strip(" ,"))
    before = normalize(question[: found.start()])
    tokens = before.split()
    kept = [" ".join(tokens[a:b]) for a, b in spans(tokens)]
    for token in tokens:
        if re.fullmatch(r"(?:19|20)\d\d", token) or token in MONTHS and len(token) > 2:
            kept.append(f"in {token}")
    if _PERCENT.search(before) and not _PERCENT.search(formula):
        formula += ", in %"
    scope = f" for {' and '.join(kept)}" if kept else ""
    return formula + scope, question[: found.start()].strip(" ?.,;:(")
