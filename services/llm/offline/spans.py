"""Years and spans said in a question, and whether it asks for a change: "from 2010 to
2020", "jan 2023 vs jan 2024", "in 1990 and 1995", "how did sales change", "% growth"."""

from __future__ import annotations

import re

from services.llm.offline.bounds import YEAR
from services.llm.offline.matcher import has
from services.llm.offline.vocabulary import MONTHS

_PERIOD = rf"(?:([a-z]+)\s+({YEAR})|(q[1-4]|h[12])\s+({YEAR})|({YEAR})\s+(q[1-4]|h[12]))"


def period_span_of(text: str) -> tuple[str, str, str] | None:
    """ "from oct 2023 to jan 2024" → ("M", "2023-10", "2024-01"); "q1 2024 to q2 2024" →
    ("Q", "2024Q1", "2024Q2"); "H1 2023 to H1 2024" → ("H", "2023H1", "2024H1"); "from
    2000-01-01 to 2022-06-01" → ("D", "2000-01-01", "2022-06-01"): two periods shorter than
    a year, each with its year, of one kind."""
    days = _DAYS.search(text)
    if days is not None:
        return "D", days.group(1), days.group(2)
    for match in re.finditer(
        rf"\b{_PERIOD}\s+(?:to|and|-|until|till|through|vs|versus)\s+{_PERIOD}", text
    ):
        first, second = _period(match.groups()[:6]), _period(match.groups()[6:])
        if first is not None and second is not None and first[0] == second[0]:
            return first[0], first[1], second[1]
    return None


_DAY = r"((?:1[5-9]|20)\d\d-[01]\d-[0-3]\d)"
_DAYS = re.compile(rf"\b{_DAY}\s+(?:to|and|-|until|till|through|vs|versus)\s+(?:the\s+)?{_DAY}\b")


def _period(groups: tuple[str | None, ...]) -> tuple[str, str] | None:
    month, year, part, year2, year3, part2 = groups
    if month is not None and year is not None:
        return ("M", f"{year}-{MONTHS[month]:02d}") if month in MONTHS else None
    part, year = (part, year2) if part else (part2, year3)
    if part is None or year is None:
        return None
    return part[0].upper(), f"{year}{part.upper()}"


# What may follow "over 2013" when it is a period, not a limit ("over 2000 units")
_AFTER_A_PERIOD = {"altogether", "overall", "all", "as", "vs", "total"}


def years_of(text: str) -> list[int]:
    """Years named as time, not as a number limit ("over 2000 units")."""
    years = []
    for match in re.finditer(rf"(?<![\w.$,])({YEAR})(?![\w.%,])", text):
        before = text[: match.start()].split()[-2:]
        after = text[match.end() :].split()[:1]
        # "rain over 2013, all told": during 2013, no limit
        during = before[-1:] == ["over"] and bool(after) and after[0] in _AFTER_A_PERIOD
        limit = ("over", "above", "under", "below", "than", "least", "most")
        if before and not during and before[-1] in limit:
            continue
        years.append(int(match.group(1)))
    return list(dict.fromkeys(years))


def span_of(text: str) -> tuple[int, int] | None:
    match = re.search(
        rf"\b(?:from|between)\s+(?:[a-z]+\s+)?({YEAR})\s+(?:to|and|-|until|till|through)\s+(?:[a-z]+\s+)?({YEAR})\b",
        text,
    )
    if match is None:
        match = re.search(rf"\b({YEAR})\s*(?:-|to|vs|versus|and)\s*({YEAR})\b", text)
    return (int(match.group(1)), int(match.group(2))) if match else None


def changes(text: str) -> bool:
    return bool(
        has(
            text,
            (
                "change",
                "changed",
                "yoy",
                "grow",
                "grew",
                "growth",
                "increase",
                "increased",
                "decrease",
                "decreased",
                "decline",
                "declined",
                "rise",
                "rose",
                "fall",
                "fell",
                "drop",
                "dropped",
                "jump",
                "jumped",
                "%",
                "percent",
                "pct",
                "difference",
                "differ",
            ),
        )
    )


def moves(text: str) -> bool:
    """Does the question ask how something moved over time ("how did sales change")?"""
    return bool(MOVES.search(text))


MOVES = re.compile(
    r"\b(increase[ds]?|decrease[ds]?|grow|grew|grown|growth|rise|rose|risen|fell|fall|"
    r"dropped|jump(?:ed)?|declined?|changed?|yoy|trend|go(?:ne)? up|went up|go(?:ne)? down|"
    r"went down)\b(?!\s+(?:below|above|under|beneath)\b|\s+(?:over\s+|to\s+)?-?\d)"  # "fell to 0"
)
