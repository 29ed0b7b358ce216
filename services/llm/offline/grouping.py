"""How many groups a question ranks ("top 3", "which 3 … the most") and what it groups by
("by region", "for each month", "which store", a second key "by region and channel")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.function_words import LINKING
from services.llm.offline.names import singular, words_of
from services.llm.offline.rowkinds import names_the_file
from services.llm.offline.vocabulary import AGGREGATIONS

if TYPE_CHECKING:
    from services.llm.offline.matcher import Mention
    from services.llm.offline.parse import Parser


def ranking(text: str) -> tuple[int | None, bool]:
    match = re.search(rf"(?<!at )\b(top|bottom|first|last|{_SUPERLATIVE})\s+(\d+)\b(?!\s*%)", text)
    if match and not re.search(r"\b(last|past)\s+\d+\s+(day|week|month|quarter|year)", text):
        low = match.group(1) == "bottom" or match.group(1) in _LOW
        return int(match.group(2)), low
    match = re.search(
        rf"\b(\d{{1,2}})\s+(?:[a-z]+\s+){{0,2}}?(?:with the |with |by )?({_SUPERLATIVE})\b", text
    )
    if match:
        return int(match.group(1)), match.group(2) in _LOW
    match = re.search(r"\b(?:rank|ranking|order|sort)\s+(?:the|all|my|our)\s+(\d{1,2})\s+[a-z]",
                      text)  # fmt: skip
    if match:  # "rank the 4 depots by avg charge": all of them, highest first
        low = bool(re.search(r"\b(ascending|lowest first|smallest first|cheapest first)\b", text))
        return int(match.group(1)), low
    match = re.search(r"\b(?:which|what|the)\s+(\d{1,2})\s+[a-z]", text)
    most = re.search(rf"\b({_SUPERLATIVE})\b", text)
    if match and most:  # "which 3 reason codes cost the most in repairs"
        return int(match.group(1)), most.group(1) in _LOW
    return None, False


# The one-word superlatives of the vocabulary: "which 3 lanes have the shortest …" ranks
# from the bottom, "the 5 longest stays" from the top.
_LOW = {w for w in AGGREGATIONS["min"] if " " not in w} - {"min", "minimum"}
_HIGH = {w for w in AGGREGATIONS["max"] if " " not in w} - {"max", "maximum", "peak", "top"}
_SUPERLATIVE = "|".join(sorted(_LOW | _HIGH, key=len, reverse=True))


def group_of(
    parser: Parser,
    text: str,
    tokens: list[str],
    columns: list[Mention],
    valued: set[int] | None = None,
) -> str | None:
    """The column the question groups by; the words of a value between its cue and it are
    passed over ("top 3 Children's titles by units": the titles)."""
    columns = [m for m in columns if not _names_its_value(parser, m, tokens)]
    for mention in columns:
        before = " ".join(tokens[max(0, mention.start - 3) : mention.start])
        kept = [t for i, t in enumerate(tokens[: mention.start]) if i not in (valued or ())]
        passed = re.search(r"\b(?:top|bottom|which|what) \d+$", " ".join(kept[-2:]))
        before = " ".join(kept[-2:]) if passed else before  # "top 3 Children's titles"
        grouped = re.search(
            r"\b(by|per|for each|each|across|for every|every|in each|"
            r"between the|among|which|what|which \d+|what \d+|top \d+|bottom \d+|rank|rank the|"
            r"ranking of|"
            r"ranking the|sort|sort the|order the)$",
            before,
        ) or re.search(r"\b(by|per|each|across)\b (?!all\b)(\w+|the \w+ of|\w+ of)$", before)
        wider = " ".join(tokens[max(0, mention.start - 4) : mention.start])
        grouped = grouped or re.search(r"\b(top|bottom|which|what) \d+ of( the)?$", wider)
        ranked = tokens[mention.end : mention.end + 2] in (["ranked", "by"], ["sorted", "by"])
        if ranked and parser.kind(mention.column) != "number":
            return mention.column  # "labs ranked by rejected samples"
        if re.search(r"\b(going|based|according|judging|counting) (by|on|to)( the)?$", before):
            continue  # "going by return date": which date counts, not a grouping
        if re.search(r"\bacross( the| every| each| all( the)?)?$", before) and (
            _AGGREGATED.search(" ".join(tokens[: mention.start]))
            or parser.id_like(mention.column)  # "across every booking, …": all the rows
        ):
            continue  # "avg ndi across states": one figure over all of them
        said = tokens[mention.start] if mention.end - mention.start == 1 else ""
        if _own_spacing(parser, mention.column, said) and re.search(_RANKED, before):
            return mention.column  # "top 3 hottest months" of monthly rows: the rows' dates
        after = tokens[mention.end] if mention.end < len(tokens) else ""
        if (
            before.endswith(("per", "each"))
            and singular(after) in _ROW_NOUNS | parser.matcher.entities
        ):
            continue  # "per logged entry": per row, `logged_by` only describes it
        counted = words_of(mention.column)
        if before.endswith("per") and said != counted and said == singular(counted):
            continue  # "fee per parcel": a ratio to the `parcels` count, not a grouping
        first = tokens[mention.start]
        if parser.id_like(mention.column) and mention.loose and names_the_file(first, parser.table):
            continue  # "every session in the records" of `tutoring_sessions.csv`: the rows
        if grouped and (
            parser.kind(mention.column) != "number"
            or mention.column == parser.year_column
            or few_values(parser, mention.column)  # "by party size"
            # "top 4 pigs by weight"
            or re.search(r"\b(top|bottom|which|what) \d+( of( the)?)?$", wider)
            and (found := parser.table.column(mention.column)) is not None
            and found.numbered
            or parser.id_like(mention.column)
            and not mention.loose  # "by customer id"
        ):
            return mention.column
    categories = [
        m.column
        for m in columns
        if parser.kind(m.column) in ("category", "text", "bool")
        and not m.loose  # a loose reading ("departures" ~ sched_dep) is no grouping
        # "avg jumps for members", "of all the products": the rows, not a grouping
        and (m.start == 0 or tokens[m.start - 1] not in _POOLING)
        and tokens[max(0, m.start - 2) : m.start] != ["how", "many"]  # what is counted
        and tokens[max(0, m.start - 2) : m.start - 1] != ["across"]  # "across every state"
        and not _after_value(
            parser, m.column, tokens[m.start - 1] if m.start else "", tokens[m.end - 1]
        )
    ]
    ranks = re.search(r"\b(?:which|what(?= \d)|who|top|bottom|rank\w*|most|least|\w+est)\b", text)
    categories = [  # "total billing on jobs done by Dave": over the jobs, not by job
        c for c in categories if ranks or not (one_row_each(parser, c) or parser.id_like(c))
    ]
    has_measure = any(parser.kind(m.column) == "number" for m in columns)
    if categories and has_measure:  # "top 3 products by units", "which region sells most"
        return categories[0]
    return None


def _names_its_value(parser: Parser, mention: Mention, tokens: list[str]) -> bool:
    """Is the column named before one of its values ("where station = Pastry")? Then it
    says which rows, never a grouping."""
    before = tokens[max(0, mention.start - 1) : mention.start]
    if before and before[0] in ("by", "per", "each", "across", "wise"):
        return False  # "by menostat (Pre / Post)": a grouping, its values listed
    after = tokens[mention.end : mention.end + 2]
    after = after[1:] if after[:1] in (["is"], ["equals"], ["of"]) else after[:1]
    norms = {norm.split()[0] for _, norm in parser.matcher.values.get(mention.column, []) if norm}
    linking = after[:1] and after[0] in LINKING and after[0] not in parser.matcher.upper
    return bool(after) and after[0] in norms and not linking  # "countrycode by": no code BY


def _after_value(parser: Parser, column: str, word: str, column_said: str) -> bool:
    """Is the word before the column's name, said in the plural, a value of another column
    ("voided payments", "cancelled orders")? Then the name says what the rows are, not a
    grouping ("the biggest usd customer" still groups by customer)."""
    if len(word) < 3 or not column_said.endswith("s"):
        return False
    return any(
        name != column and (word == norm or len(norm) >= 4 and word.startswith(norm))
        for name, values in parser.matcher.values.items()
        for _, norm in values
    )


# "avg jumps for members", "of all the products", "both sites", "any site": the rows
_POOLING = {"of", "all", "the", "for", "among", "across", "both", "any", "a", "an", "either"}
_RANKED = r"\b(?:top \d+|\d+|which|what|the)\s+(?:\w+est|most|least)$|\b(?:\w+est|most|least)$"


def _own_spacing(parser: Parser, column: str, said: str) -> bool:
    """Is the word the spacing of the date column it names ("months" of monthly dates)?"""
    found = parser.table.column(column)
    return found is not None and found.kind == "date" and singular(said) == found.step


_ROW_NOUNS = {"entry", "row", "record", "line", "item", "transaction", "sale", "visit"}
_AGGREGATED = re.compile(r"\b(avg|average|mean|total|sum|median)\b")


def second_group(
    parser: Parser, tokens: list[str], columns: list[Mention], group: str | None
) -> str | None:
    """ "by region and channel": the category named right after the first grouping."""
    first = next((m for m in columns if m.column == group), None)
    if first is None:
        return None
    for m in columns:
        joined = " ".join(tokens[first.end : m.start])
        joins = joined in ("and", "&", "and by", "and per", "then by", "x", "/", "+")
        after = tokens[m.end] if m.end < len(tokens) else ""
        joins = joins or joined == "" and after in _COMBINATION  # "supplement+dose combination"
        kind = parser.kind(m.column) in ("category", "bool") or few_values(parser, m.column)
        if m.column != group and joins and kind:
            return m.column
    return None


_COMBINATION = {"combination", "combinations", "combo", "combos", "cell", "cells", "pair", "pairs"}


def one_row_each(parser: Parser, column: str) -> bool:
    """Does every row have its own value (`Province` of a table of provinces)? Then the
    column names the rows: "fertility of catholic provinces" is over them, not by them."""
    found = parser.table.column(column)
    return found is not None and bool(found.values) and len(found.values) == parser.table.rows


def few_values(parser: Parser, column: str) -> bool:
    """A number column that sorts rows rather than measures them: few values ("party
    size"), or a code named for a place or unit ("state" kept as FIPS numbers)."""
    found = parser.table.column(column)
    if found is not None and words_of(column) in _CODED_NOUNS:
        return True
    return found is not None and 0 < len(found.values) <= 12


_CODED_NOUNS = {
    "state", "county", "country", "region", "district", "zip", "zipcode", "fips", "station",
    "site", "store", "branch", "team", "club", "school", "hospital", "ward",
}  # fmt: skip
