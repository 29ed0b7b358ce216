"""Filters a yes/no column makes: "tables with smokers" keeps smoker = Yes, "rating of
action films" keeps Action = 1, and "houses with air con vs those without" groups by it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.aliases import OTHER_SEX, SEXES
from services.llm.offline.matcher import Mention
from services.llm.offline.names import entities_of, singular, words_of
from services.llm.offline.query import Filter
from services.llm.offline.rowkinds import kind_nouns, names_the_file
from services.llm.offline.schema import Column

if TYPE_CHECKING:
    from services.llm.offline.parse import Parser


# "low birth weight rate among smokers": a flag's rate, of the rows another flag keeps
_RATED = re.compile(r"\b(?:rate|share|proportion|percentage|pct)\b|%")


def yes_no(
    parser: Parser, text: str, tokens: list[str], columns: list[Mention], group: str | None
) -> list[Filter]:
    """ "tables with smokers" → smoker == Yes (a yes/no column named as a noun); "rating of
    action films" → Action == 1 (a 0/1 flag beside another measure, or counted)."""
    found = []
    counting = re.search(r"\b(how many|number of|count of|share of|percent)", text)
    for mention in columns:
        column = parser.table.column(mention.column)
        if column is None or mention.column == group or " non" in f" {text}":
            continue
        values = {v.lower().removesuffix(".0"): v for v in column.values}
        flag = column.flag and (
            counting or _RATED.search(text) or any(_measure(parser, m) for m in columns)
        )
        if set(values) in ({"yes", "no"}, {"true", "false"}, {"y", "n"}) or flag:
            yes, no = sorted(values, key=lambda v: v[0] not in "ty1")
            before = " ".join(tokens[max(0, mention.start - 2) : mention.start])
            after = tokens[mention.end] if mention.end < len(tokens) else ""
            if (
                re.search(r"\b(with|among|for|of|are|who|only)\b", before)
                or mention.start == 0
                or counting  # "how many women survived": the rows where survived is yes
                or _names_rows(parser, after)  # "the most emergency callouts"
            ):
                negated = bool(re.search(r"\b(no|not|without)\b", before))
                negated ^= _other_sex(column.name, tokens[mention.start])  # "men": female 0
                found.append(Filter(mention.column, "==", values[no if negated else yes]))
    return found


_BOTH_SIDES = re.compile(
    r"\bwith\b.*\bwithout\b|\bwithout\b.*\bwith\b|\bor not\b"
    r"|\b(?:vs|versus|than|or|and) (?:not|non)\b"
)


def with_and_without(
    parser: Parser, text: str, tokens: list[str], columns: list[Mention]
) -> str | None:
    """ "houses with air con vs those without", "smokers or not", "women vs men" of a 0/1
    `female`: the one yes/no column named is compared both ways, so it groups the rows (it
    filters none)."""
    sexed = [m.column for m in columns if _other_sex(m.column, tokens[m.start])]
    if any(m.column in sexed and not _other_sex(m.column, tokens[m.start]) for m in columns):
        return sexed[0]
    if not _BOTH_SIDES.search(text):
        return None
    flags = {
        m.column for m in columns
        if (column := parser.table.column(m.column)) is not None and column.yes_no
    }  # fmt: skip
    return flags.pop() if len(flags) == 1 else None


def _measure(parser: Parser, mention: Mention) -> bool:
    """Does the mention name a number column other than a 0/1 flag?"""
    column = parser.table.column(mention.column)
    return (
        mention.value is None
        and column is not None
        and column.kind == "number"
        and (not column.flag)
    )


def _other_sex(name: str, word: str) -> bool:
    """Is the word the other sex of a 0/1 column named for one ("men" of `female`)?"""
    return word in OTHER_SEX.get(singular(words_of(name)), ())


def said_as_sex(column: Column | None, word: str) -> bool:
    """Is a 0/1 column named for one sex said by a word for people ("women", "men" of
    `female`)? Then it keeps rows; it is never the number asked about."""
    if column is None or not column.flag:
        return False  # a count of `Males`: "boys" is its number
    return word in SEXES.get(singular(words_of(column.name)), ()) or _other_sex(column.name, word)


def kept_out(flags: list[Filter]) -> set[str]:
    """The flags whose filter keeps their 0 or no rows ("men" of `female`, "non-smokers")."""
    return {f.column for f in flags if str(f.value).lower() in ("0", "0.0", "no", "n", "false")}


def _names_rows(parser: Parser, word: str) -> bool:
    """Is the word what the table's rows are called ("callouts", "jobs" of a callout log)?
    A yes/no column said right before it is said as an adjective of the rows."""
    if len(word) < 3:
        return False
    table = parser.table
    return names_the_file(word, table) or singular(word) in kind_nouns(table) | entities_of(table)
