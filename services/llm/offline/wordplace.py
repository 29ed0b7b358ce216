"""Where a word stands in the question, for a value spelled as a common word ("ok",
"done", "large", "ran") or a number that may be one: beside its column's name, before or
after the rows ("ok orders", "sessions that ran"), joined to another value of its column
("large or medium"), or before a plural that says how many ("which 3 levels")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.function_words import FUNCTION_WORDS
from services.llm.offline.money import scale_of
from services.llm.offline.names import singular, words_of
from services.llm.offline.rowkinds import names_the_file

if TYPE_CHECKING:
    from services.llm.offline.matcher import Matcher, Mention

_RELATIVE_FILL = {"actually", "really", "were", "was", "got", "have", "had", "been", "did", "has"}


def beside(m: Matcher, column: str, start: int, end: int) -> bool:
    """Is the word beside its column's name ("the data team", "flagged high"), before the
    file's rows ("done orders"), or joined to another value of its column?"""
    near = set(m.tokens[end : end + 1]) | set(m.tokens[max(0, start - 1) : start])
    aliases = m.aliases[column]
    after = m.tokens[end : end + 1]
    said = m.tokens[start:end]
    if after and len(said) == 1 and len(said[0]) >= 4 and names_the_file(after[0], m.table):
        return True  # "done orders" of `florist_orders.csv`: the orders' status
    return (
        bool({singular(t) for t in near} & aliases)
        or any(
            t.startswith(a)
            for t in near
            for a in aliases
            if len(a) >= 4  # "flagged high"
        )
        or paired(m, column, start, end)
    )


def paired(m: Matcher, column: str, start: int, end: int) -> bool:
    """Is the word joined to another value of its column ("large or medium")? Then a
    value spelled as a common word is that value too."""
    norms = {norm for _, norm in m.values.get(column, [])}
    after = m.tokens[end : end + 2]
    before = m.tokens[max(0, start - 2) : start]
    joins = ("or", "and", "vs", "versus")
    return (len(after) == 2 and after[0] in joins and after[1] in norms) or (
        len(before) == 2 and before[1] in joins and before[0] in norms
    )


def before_rows(m: Matcher, end: int) -> bool:
    """Is the word before the rows ("ok orders", "the done ones")? Then a value spelled
    as a common word ("ok", "done") says which rows."""
    after = m.tokens[end : end + 1]
    if not after:
        return False
    word = after[0]
    plural = len(word) >= 4 and word.endswith("s") and word not in FUNCTION_WORDS
    return (
        word in ("ones", "lines", "rows")
        or singular(word) in m.entities
        or plural
        or (names_the_file(word, m.table))
    )


def how_many(m: Matcher, phrase: str, found: Mention, end: int) -> bool:
    """Is the number said before the plural of its value's word ("which 3 levels" of
    `Level 3`)? Then it says how many, not which."""
    if re.fullmatch(r"\d+ [a-z]+s", phrase):
        return True
    after = m.tokens[end : end + 1]
    return (
        phrase.isdigit()
        and bool(after)
        and after[0].endswith("s")
        and singular(after[0]) in words_of(str(found.value)).split()
    )


def after_rows(m: Matcher, start: int) -> bool:
    """Does the word end a clause on the rows ("sessions that actually ran", "jobs that
    were done")? Then a value spelled as a common word says which rows."""
    before = _unfilled(m.tokens[max(0, start - 4) : start])
    if before[-1:] and before[-1] in ("we", "they", "you", "he", "she", "i"):
        before = [*_unfilled(before[:-1]), "that"]  # "jobs have we done", "walks we got done"
    if len(before) < 2 or before[-1] not in ("that", "which", "who"):
        return False
    word = before[-2]
    return singular(word) in m.entities or names_the_file(word, m.table) or word == "jobs"


def _unfilled(words: list[str]) -> list[str]:
    """The words without the fillers at their end ("that were actually" → "that")."""
    while words and words[-1] in _RELATIVE_FILL:
        words = words[:-1]
    return words


def rows_of_measure(m: Matcher, phrase: str, single: str, name: str, start: int) -> bool:
    """Is the plural the file's rows, of a number column named by it and a unit
    (`walk_mins` of `dog_walks.csv`)? The unit is not said, so the rows are meant."""
    column = m.table.column(name)
    before = m.tokens[start - 1 : start] if start else []
    return (
        (phrase != single or before in (["per"], ["each"], ["every"], ["a"]))  # "per walk"
        and " " not in phrase
        and column is not None
        and column.kind == "number"
        and len(words_of(name).split()) > 1
        and words_of(name).split()[0] == single  # `walk_mins` said as "walks"
        and names_the_file(phrase, m.table)
        and scale_of(name) is None  # "total claims" of `claim_amt (GBP)`: money claimed
    )


def ing_of_key(phrase: str, column: str) -> bool:
    """Is an "-ing" noun read loosely as an id column named by its stem ("marketing" of
    `market_ids`, "housing" of `house_id`)? It names an activity, not the ids."""
    return phrase.endswith("ing") and bool(_KEYS.search(column))


_KEYS = re.compile(r"(^|[_\s.\-])(ids?|keys?|codes?|nos?)$|[a-z]Ids?$|IDs?$")


def digits(word: str) -> str:
    """The digits of a word: "place999" is no typo of Place099, whatever its letters."""
    return "".join(ch for ch in word if ch.isdigit())
