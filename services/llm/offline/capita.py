""" "Per capita" on a table with no population: its figures are already per person (a
country's `dpi`, a state's `miles` driven per capita, `perinc`), so the words are taken
out and the reading said ("salary per head by site": the average salary, each row one
person, when no other aggregation is said); with a population column they stay, for the ratio."""

from __future__ import annotations

import re

from services.llm.offline.matcher import words_of
from services.llm.offline.schema import Table

_PER_CAPITA = re.compile(r"\bper[\s-](?:capita|head|person|inhabitant|resident)\b")
_AGGREGATED = re.compile(
    r"\b(?:total|sum|average|avg|mean|median|max|maximum|min|minimum|highest|lowest|most|least)\b"
)
_HEADS = {"attendance", "attendees", "headcount", "covers", "pax", "guests", "visitors"}
_POPULATION = {"pop", "population", "inhabitants", "residents", "people", "persons", "capita"}


def has_population(table: Table) -> bool:
    return any(set(words_of(c.name).split()) & _POPULATION for c in table.columns)


def per_capita(tokens: list[str], table: Table) -> tuple[list[str], list[str]]:
    """The question without "per capita" where the table cannot divide by a population,
    and the reading to say."""
    text = " ".join(tokens)
    if not _PER_CAPITA.search(text) or has_population(table):
        return tokens, []
    heads = [c.name for c in table.of_kind("number") if set(words_of(c.name).split()) & _HEADS]
    if len(heads) == 1:  # "takings per head" of a table counting `attendance`: per attendee
        return _PER_CAPITA.sub(f" per {words_of(heads[0])}", text).split(), [
            f"“per head” as per `{heads[0]}`"
        ]
    said = _AGGREGATED.search(text)
    first = _PER_CAPITA.sub(" " if said else " average ", text, count=1)  # per row: a person
    return _PER_CAPITA.sub(" ", first).split(), [
        "“per capita” as the figures are given (the table has no population column)"
    ]
