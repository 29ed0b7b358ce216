"""Other forms of a table's names that a question may use: a yes/no column as a participle
("smoking" of `smoke`), a word ending in a column's name ("policyholders" of `Holders`), a
word of the same stem ("returned" of `Return Date`), a code that starts a word ("glucose"
of GLU), a code a hyphenated word spells ("no-show" of NS), the codes a word begins ("DC"
of DC50, DC150), and the quantity an adjective names ("shortest" → length or height). Each
gives a reading only when exactly one name (or one column's family of codes) fits."""

from __future__ import annotations

import re

from services.llm.offline.abbreviations import only
from services.llm.offline.function_words import FUNCTION_WORDS
from services.llm.offline.names import initials, shared_prefix, singular, words_of
from services.llm.offline.schema import Table
from services.llm.offline.vocabulary import ADJECTIVES, FILLER
from services.search import dense


def dimension(compact: dict[str, str], word: str) -> str:
    """The quantity an adjective names: "shortest" is the least length, or of a table
    that keeps only a height, the least height ("the shortest tree")."""
    if word not in ("shortest", "shorter"):
        return ADJECTIVES.get(word, word)
    words = {w for name in compact for w in words_of(name).split()}
    return "height" if "height" in words and not words & {"length", "len"} else "length"


def code_of(coded: set[str], column: str, value: str, word: str) -> bool:
    """ "glucose" → GLU, "sodium" → SOD: in a column of short capital codes, the code
    that is the word's first three letters or more."""
    return (
        column in coded and len(word) >= 5 and 3 <= len(value) < len(word)
        and word.startswith(value.lower())
    )  # fmt: skip


def flag_forms(table: Table, word: str) -> set[str]:
    """The yes/no or category columns of one word this word is a form of: "smoking",
    "smokers" of `smoke` or `Smoke` (Heavy, Never …), "hypertensive" is not (the word
    starts with the name, less a final e)."""
    return {
        column.name
        for column in table.columns
        if (column.flag or column.yes_no or column.kind == "category")
        and re.fullmatch(r"[a-z]{4,}", name := column.name.lower())
        and len(word) > len(name)
        and word.startswith(name.removesuffix("e"))
        and word[len(name.removesuffix("e")) :] in ("ing", "er", "ers", "ed", "es", "s")
    }


def compound_of(table: Table, aliases: dict[str, set[str]], word: str) -> str | None:
    """ "policyholders" → `Holders`: the one column whose name (five letters or more) ends
    a longer word, after three letters or more of its own."""
    if " " in word:
        return None
    return only({
        column.name for column in table.columns for alias in aliases[column.name]
        if " " not in alias and len(alias) >= 5 and len(word) - len(alias) >= 3
        and word.endswith(singular(alias))
    })  # fmt: skip


def stem_of(compact: dict[str, str], word: str) -> str | None:
    """The one column with a word of the same stem (six letters or more in common)."""
    found = {
        name
        for name in compact
        for part in words_of(name).split()
        if shared_prefix(word, part) >= 6
        and shared_prefix(word, part) >= 0.75 * min(len(word), len(part))
    }
    return only(found)


Values = dict[str, list[tuple[str, str]]]  # a column's values, as written and as read


def code_spelled(values: Values, coded: set[str], phrase: str) -> tuple[str, str] | None:
    """The one code of two or three capitals that a hyphenated word spells by the initials
    of its parts ("no-show" → NS, "walk-in" → WI), in a column of codes. Words said apart
    are not read so: "distinct donors" is no channel DD."""
    words = phrase.split("-")
    if " " in phrase or not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return None
    said = initials(words)
    return only({
        (name, value) for name in coded for value, _ in values[name] if value.lower() == said
    })  # fmt: skip


def families(
    values: Values, tokens: list[str], taken: list[bool], upper: set[str]
) -> list[tuple[int, str, str]]:
    """ "DC sessions" of `CHARGER` DC50, DC150: the values of one column that the word
    begins, before a number, at least two of them (index, column, value). The word is no
    function word, and no common word unless written in capitals ("in" is no IN1, IN3)."""
    found = []
    for index, token in enumerate(tokens):
        if taken[index] or not 2 <= len(token) <= 4 or not token.isalpha():
            continue
        if token in FUNCTION_WORDS or token in FILLER:
            continue
        if token not in upper and dense.available() and dense.whole_token(token):
            continue
        family = {
            (name, value) for name, pairs in values.items() for value, _ in pairs
            if re.fullmatch(rf"{token}[\s_-]*\d[\w.]*", value.lower())
        }  # fmt: skip
        if len(family) >= 2 and len({name for name, _ in family}) == 1:
            found += [(index, name, value) for name, value in sorted(family)]
            taken[index] = True
    return found
