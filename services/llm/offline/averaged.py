"""An average or an amount asked where no column is read as the amount ("average drug
spending by sex", "how much did we pay the distributor"), or a ranking where nothing is
read to rank: declined, never answered with a count of rows or one figure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.matcher import blanked
from services.llm.offline.names import singular
from services.llm.offline.query import Query, Unanswerable
from services.llm.offline.words import row_nouns

if TYPE_CHECKING:
    from services.llm.offline.parse import Reading

COUNTS = re.compile(r"\b(?:how many|number|count|counts|rows|records|frequency|often|volume)\b")
_EACH = re.compile(r"\b(?:per|each|every)\b|\ba (?:day|week|month|quarter|year)\b")
_AVERAGED = re.compile(r"\b(?:average|avg|mean|median)\b|\bhow much\b")  # an amount
# an amount of money named as a noun ("prison spending per inmate by state"); "sales" is
# left out, as sales are often the rows themselves
_MONEY = re.compile(
    r"\b(?:spending|expenditure|revenues?|costs?|prices?|salar(?:y|ies)|wages?|income|"
    r"earnings|turnover|takings|profits?)\b"
)


def averaged_nothing(found: Query | Unanswerable, r: Reading) -> Query | Unanswerable:
    """ "average drug spending by sex", "how much did we pay the distributor" where no column
    is read as the amount: rows counted would answer another question, so the analyst says
    it found no number to average."""
    if (
        isinstance(found, Query)
        and found.kind in ("group", "count")
        and found.measure is None
        and found.agg in ("count", "mean", "median")
        and _amount_said(blanked(r.tokens, r.mentions))
        and not (COUNTS.search(r.text) or _counted_rows(r) and _EACH.search(r.text))
    ):
        return Unanswerable("I could not tell which number to add up or average", found.table)
    return found


_TOTAL_SALES = re.compile(r"\b(?:total|sum of|sum)\s+(?:the\s+)?(?:sales|takings)\b")


def _amount_said(text: str) -> bool:
    return bool(_AVERAGED.search(text) or _MONEY.search(text) or _TOTAL_SALES.search(text))


def _counted_rows(r: Reading) -> bool:
    """Are the rows named as things counted ("avg invoices [per customer]"), not just by a
    word of the file's name ("drug spending" of `medicare_drug_spending.csv`)?"""
    nouns = row_nouns(r.parser.table)
    return any(t in nouns and t.endswith("s") and singular(t) != t for t in r.tokens)


_RANKS = re.compile(r"\b(?:rank|ranked|ranking|sorted|sort)\b")


def ranked_nothing(found: Query | Unanswerable, r: Reading) -> Query | Unanswerable:
    """ "rank the depots by …" where no grouping was read: one figure would answer another
    question, so the analyst says what it could not tell."""
    if (
        isinstance(found, Query)
        and found.kind in ("aggregate", "count")
        and found.group is None
        and _RANKS.search(r.text)
    ):
        return Unanswerable("I could not tell which things to rank", found.table)
    return found
