"""A quantity kept in several columns, asked as one: "goals" on `HomeGoals` and
`AwayGoals`, "aces" on `aces_w` and `aces_l`. The word must be the one word those number
columns share (and no column is named by it alone); the measure is their sum per row, a
column the analysis adds (named for what it is), so every other rule applies to it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from services.llm.offline.names import bare_words, singular, words_of
from services.llm.offline.schema import Table


@dataclass(frozen=True)
class Combined:
    word: str
    columns: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"{self.word} ({' + '.join(self.columns)})"

    def code(self) -> str:
        return f"df[{self.name!r}] = df[{list(self.columns)!r}].sum(axis=1, min_count=1)"


@dataclass(frozen=True)
class Flagged(Combined):
    """A value of a category asked as a rate ("rejection rate" of `Status` = REJECTED): a
    column the analysis adds, true where the row has the value, so its rate is the share."""

    value: str = ""

    @property
    def name(self) -> str:
        return f"{self.value} ({self.columns[0]})"

    def code(self) -> str:
        column = self.columns[0]
        return f"df[{self.name!r}] = df[{column!r}].astype(str) == {self.value!r}"


@dataclass(frozen=True)
class Present(Flagged):
    """A number column asked as a rate of having one ("% of sessions with an idle fee"):
    true where the row's number is filled in and not zero."""

    @property
    def name(self) -> str:
        return f"has {self.columns[0]}"

    def code(self) -> str:
        column = self.columns[0]
        return f"df[{self.name!r}] = df[{column!r}].notna() & df[{column!r}].ne(0)"


def combined_of(
    table: Table, tokens: list[str], covered: set[int], additive: Callable[[str], bool]
) -> Combined | None:
    """The quantity a word of the question names across several number columns, if any.
    Only amounts add up: "score" on `math score` and `reading score` is no one quantity."""
    numbers = [c for c in table.of_kind("number") if not c.flag and additive(c.name)]
    for index, token in enumerate(tokens):
        word = singular(token)
        if index in covered or len(word) < 3:
            continue
        sharing = tuple(c.name for c in numbers if word in _words(c.name))
        alone = any(words_of(c.name) in (word, token) for c in table.columns)
        if len(sharing) >= 2 and not alone and _parallel(word, sharing):
            return Combined(token, sharing)
    return None


def _parallel(word: str, names: tuple[str, ...]) -> bool:
    """Are the columns one quantity split the same way (`HomeGoals`, `AwayGoals`: the word
    in the same place of names of as many words)? `Course Fee` and `Fee Paid` are two
    different fees, never added up."""
    split = [[singular(w) for w in bare_words(n).split()] for n in names]
    if len({len(words) for words in split}) != 1:
        return False
    return len({words.index(word) for words in split if word in words}) == 1


def _words(name: str) -> set[str]:
    return {singular(w) for w in bare_words(name).split()}
