"""Words a column is known by beyond its own name: one word of a longer name that no other
column has (`pagesViewed` ← "pages"), a unit only one column is in ("kWh"), and the steps of
a table's one `Time` column ("week 6", "by day")."""

from __future__ import annotations

from services.llm.offline.function_words import FUNCTION_WORDS
from services.llm.offline.names import (
    UNIT_NAMES,
    UNIT_WORDS,
    bare_words,
    singular,
    spelled_out,
    words_of,
)
from services.llm.offline.schema import Table
from services.llm.offline.vocabulary import FREQUENCIES

STEP_WORDS = ("week", "weeks", "day", "days", "month", "months", "year", "years")


def step_aliases(table: Table) -> dict[str, set[str]]:
    """A table with no dates whose one `Time` (`Period`) column counts whole steps: "week
    6", "by week", "day 3" name that column, in the unit the question says."""
    if table.of_kind("date"):
        return {}
    named = {w for c in table.columns for w in words_of(c.name).split()}
    steps = [
        c for c in table.of_kind("number")
        if words_of(c.name) in ("time", "period", "t") and c.numbered
    ]  # fmt: skip
    if len(steps) == 1 and not named & set(STEP_WORDS):
        return {steps[0].name: set(STEP_WORDS)}
    return {}


def head_words(table: Table, entities: set[str]) -> dict[str, set[str]]:
    """One word of a longer column name names it when no other column has that word:
    `pagesViewed` ← "pages", `performanceRating` ← "performance"; and a unit only one
    column ends in names that column. `entities`: the words for the rows, never a column's."""
    heads: dict[str, set[str]] = {}
    owners: dict[str, set[str]] = {}
    for column in table.columns:
        spelled = {w for s in spelled_out(words_of(column.name)) for w in s.split()}
        for word in set(bare_words(column.name).split()) | (spelled - UNIT_WORDS):
            owners.setdefault(singular(word), set()).add(column.name)
    for unit, shorts in UNIT_NAMES.items():
        kept = [
            c.name for c in table.columns if words_of(c.name).split()[-1:] in [[s] for s in shorts]
        ]
        if len(kept) == 1:
            heads.setdefault(kept[0], set()).update({unit, unit.rstrip("s")})
    generic = FUNCTION_WORDS | {w for ws in FREQUENCIES.values() for w in ws} | entities
    for word, names in owners.items():
        if len(names) == 1 and len(word) >= 3 and word not in generic:
            name = next(iter(names))
            if len(words_of(name).split()) > 1:
                heads.setdefault(name, set()).update({word, word + "s"})
    for column in table.of_kind("category"):  # `levelName` ← "level": a label column whose
        words = bare_words(column.name).split()  # every word is a common one
        first = singular(words[0]) if len(words) == 2 and words[1] in _LABELS else ""
        if first and owners.get(first) == {column.name} and first not in entities:
            heads.setdefault(column.name, set()).update({first, first + "s"})
    return heads


_LABELS = {"name", "names", "label", "title", "desc", "description"}
