"""The aggregation a question asks for: the first word of one ("total", "avg", "coldest"),
not counting a word inside a column's name, nor "overall" before another ("overall mean");
a typo of one ("averge") when none is spelled right."""

from __future__ import annotations

import re

from services.llm.offline.matcher import Mention, has, similar
from services.llm.offline.vocabulary import ADJECTIVES, AGGREGATIONS

_OTHER_AGG = re.compile(r"^\s+(?:average|mean|avg|median|max|maximum|min|minimum|highest|lowest)\b")


def aggregation(text: str, tokens: list[str], mentions: list[Mention]) -> str | None:
    """The first aggregation word that is not part of a column's name."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    free = " ".join(  # "coldest" names the temperature and also its minimum
        t if i not in covered or t in ADJECTIVES else "_" for i, t in enumerate(tokens)
    )
    free = re.sub(r"\bhow (many|much) (percent|%|pct|times)\b", "_", free)
    free = re.sub(r"\bat (?:the )?(?:least|most)\b", "_", free)  # "with at least 500": a limit
    best: tuple[int, str] | None = None
    for agg, words in AGGREGATIONS.items():
        for word in words:
            match = re.search(rf"(?<![\w%]){re.escape(word)}(?![\w])", free)
            if match and (best is None or match.start() < best[0]):
                if agg == "max" and word == "top" and re.search(r"\btop \d+", free):
                    continue
                if agg == "share" and re.search(r"\d\s*%|as a (%|percent)", free):
                    continue
                if word == "overall" and _OTHER_AGG.search(free[match.end() :]):
                    continue  # "overall mean temperature": the mean, over all rows
                best = (match.start(), agg)
    if best is None:  # a typo of an aggregation word: "averge", "totl"
        for position, token in enumerate(free.split()):
            agg_found = next(
                (
                    a
                    for a, words in AGGREGATIONS.items()
                    for w in words
                    if " " not in w and len(w) >= 5 and similar(token, w)
                ),
                None,
            )
            if agg_found:
                best = (position, agg_found)
                break
    vague = re.search(r"\btypical(?:ly)?\b", free) and re.search(r"\bmedian\b", free)
    if best and best[1] == "mean" and vague:  # "the typical respondent? median age"
        best = (best[0], "median")
    if best and best[1] == "count" and has(text, ("unique", "distinct", "different", "separate")):
        return "nunique"
    if best is None and _TAKINGS.search(free):  # "sales ex VAT for March" of a price column
        return "sum"
    return best[1] if best else None


# Words for money taken in, not named by a column: a total unless said otherwise
_TAKINGS = re.compile(r"\b(?:sales|revenue|revenues|takings|turnover|billing|billed|bill)\b")
