"""Words of a question the parser reads apart from its columns: the kind asked for
("distribution", "correlation") among the words no column or value is named by, the chart,
how each group's number is made when a superlative ranks groups, and the number of a
ranking that is no value ("the 3 manufacturers")."""

from __future__ import annotations

from services.llm.offline.matcher import Mention, blanked, has, words_of
from services.llm.offline.vocabulary import AGGREGATIONS, CHARTS, KIND_WORDS


def measure_agg(text: str) -> str | None:
    """How each group's number is made when a superlative ranks the groups: "which month
    has the lowest co2 on average" ranks monthly averages."""
    for agg in ("mean", "median", "sum"):
        if has(text, AGGREGATIONS[agg]):
            return agg
    return None


def chart_said(text: str) -> str | None:
    for chart, words in CHARTS.items():
        if has(text, words):
            return chart
    return None


def kind_said(text: str) -> str | None:
    for kind, words in KIND_WORDS:
        if has(text, words):
            return kind
    return None


def unnamed(tokens: list[str], mentions: list[Mention]) -> str:
    """The question without the words that are words of the name a mention matched: "how many
    kilograms were distributed" of a `kg_food_distributed` value asks for no spread, while
    "the distribution of kg_food_distributed" still does."""
    named = [
        Mention(m.start + i, m.start + i + 1, m.column, m.value, m.loose)
        for m in mentions
        for i, token in enumerate(tokens[m.start : m.end])
        if token in words_of(m.value or m.column).split()
    ]
    return blanked(tokens, named)


def not_the_count(tokens: list[str], mentions: list[Mention], top: int) -> list[Mention]:
    """The mentions without a value that is only the number of a ranking ("which are the 3
    manufacturers with the highest power" of a table whose `wind_zone` holds 3)."""
    return [
        m
        for m in mentions
        if not (
            m.value is not None
            and m.end - m.start == 1
            and tokens[m.start] == str(top)
            and m.start > 0
            and tokens[m.start - 1] in ("the", "which", "what", "top", "bottom", "first", "last")
        )
    ]
