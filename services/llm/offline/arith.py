"""Arithmetic said over columns: "murder + assault + rape", "100 minus catholic", "sale
price minus the trade-in allowance", "customers out x minutes". The formula is a column
the analysis adds (named as written), so every other rule applies to it ("average",
"for florida", "in 2024", "by region")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.llm.offline.combined import Combined
from services.llm.offline.matcher import Mention, words_of
from services.llm.offline.schema import Table

OPERATORS = {"plus": "+", "minus": "-", "less": "-", "-": "-", "x": "*", "times": "*"}
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_SKIPPED = {"the", "a", "an", "its", "their", "total"}  # "minus the trade-in allowance"
_SAID_AFTER = {"total", "sum", "avg", "average", "mean", "median", "i"}  # "- i.e."
CONSTANT = "_constant_"  # a number of the formula, hidden from the number limits


def spelled_operators(question: str) -> str:
    """ "a + b" as "a plus b", which the question's words keep ("75+" and "supp+dose" stay)."""
    return re.sub(r"(?<=[A-Za-z0-9)])\s+\+\s+(?=[A-Za-z(])", " plus ", question)


_BETWEEN = re.compile(
    r"\b(?:gap|difference|diff|spread)\s+between\s+(?:the\s+)?([\w.()%/-]+?)\s+and\s+"
    r"(?:the\s+)?([\w.()%/-]+?)(?=[\s,?.!]|$)",
    re.I,
)


def gap_between(question: str, names: set[str]) -> str:
    """ "biggest gap between Max_Temp and Min_Temp" as "Max_Temp - Min_Temp", when both are
    a column's name as written (a difference between two values stays a comparison)."""
    lower = {n.lower(): n for n in names}
    spoken = {words_of(n): n for n in names}

    def said(found: re.Match[str]) -> str:
        first, second = lower.get(found[1].lower()), lower.get(found[2].lower())
        return f"{first} - {second}" if first and second and first != second else found[0]

    def in_words(found: re.Match[str]) -> str:  # "between the whole weight and the shucked …"
        first, second = spoken.get(words_of(found[1])), spoken.get(words_of(found[2]))
        return f"{first} - {second}" if first and second and first != second else found[0]

    return _SPOKEN_BETWEEN.sub(in_words, _BETWEEN.sub(said, question))


_SPOKEN_BETWEEN = re.compile(
    r"\b(?:gap|difference|diff|spread)\s+between\s+(?:the\s+)?([a-z][\w ]{1,40}?)\s+and\s+"
    r"(?:the\s+)?([a-z][\w ]{1,40}?)(?=\s*[,?.!]|\s*$|\s+(?:for|in|of|by|per|where|when|on|"
    r"across|among|over|during)\b)",
    re.I,
)


@dataclass(frozen=True)
class Formula(Combined):
    terms: tuple[str, ...] = ()  # columns and numbers, in order
    operators: tuple[str, ...] = ()  # between them: + - *

    @property
    def name(self) -> str:
        parts = [self.terms[0]]
        for op, term in zip(self.operators, self.terms[1:], strict=True):
            parts += [op, term]
        return " ".join(parts)

    def code(self) -> str:
        if set(self.operators) == {"+"} and not any(_NUMBER.match(t) for t in self.terms):
            # a sum of amounts: a blank is none of that amount, unless all are blank
            return f"df[{self.name!r}] = df[{list(self.terms)!r}].sum(axis=1, min_count=1)"
        parts = [self.terms[0] if _NUMBER.match(self.terms[0]) else f"df[{self.terms[0]!r}]"]
        for op, term in zip(self.operators, self.terms[1:], strict=True):
            parts += [op, term if _NUMBER.match(term) else f"df[{term!r}]"]
        return f"df[{self.name!r}] = " + " ".join(parts)


def formula_of(
    table: Table, tokens: list[str], mentions: list[Mention]
) -> tuple[Formula, set[int]] | None:
    """The formula the question spells, with the indexes of its operators and numbers."""
    numbers = {
        m.start: m for m in mentions
        if m.value is None and (c := table.column(m.column)) is not None
        and c.kind == "number" and not c.flag
    }  # fmt: skip
    index = 0
    while index < len(tokens):
        found = _chain(tokens, numbers, index)
        if found is not None:
            return found
        index += 1
    return None


def _term(tokens: list[str], numbers: dict[int, Mention], index: int) -> tuple[str, int] | None:
    while index < len(tokens) and tokens[index] in _SKIPPED:
        index += 1
    if index in numbers:
        return numbers[index].column, numbers[index].end
    if index < len(tokens) and _NUMBER.match(tokens[index]):
        return tokens[index], index + 1
    return None


def _chain(
    tokens: list[str], numbers: dict[int, Mention], index: int
) -> tuple[Formula, set[int]] | None:
    first = (
        _term(tokens, numbers, index) if index in numbers or _NUMBER.match(tokens[index]) else None
    )
    if first is None:
        return None
    terms, operators, spent = [first[0]], [], set()
    at = first[1]
    if _NUMBER.match(first[0]):
        spent.add(index)
    while at < len(tokens) and tokens[at] in OPERATORS:
        op = OPERATORS[tokens[at]]
        if tokens[at] == "-" and tokens[at + 1 : at + 2] and tokens[at + 1] in _SAID_AFTER:
            break  # "avg $ per km - total quote over total km": a dash, then how it is meant
        following = _term(tokens, numbers, at + 1)
        if following is None:
            break
        constant = _NUMBER.match(following[0])
        if op == "*" and (constant or _NUMBER.match(terms[-1])):
            break  # "3 x 4", "2 x bigger": no formula over columns
        spent.add(at)
        if constant:
            spent.add(following[1] - 1)
        terms.append(following[0])
        operators.append(op)
        at = following[1]
    columns = [t for t in terms if not _NUMBER.match(t)]
    if not operators or not columns or len(columns) < 2 and "-" not in operators:
        return None
    return Formula(" ".join(tokens[index:at]), tuple(dict.fromkeys(columns)), tuple(terms),
                   tuple(operators)), spent  # fmt: skip
