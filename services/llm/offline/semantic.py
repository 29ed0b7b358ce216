"""Words the table does not spell, read by meaning: "films" in `movies.csv` are its rows,
"men" is the value `male`, "cost" is the column `price`. A word is read as a name only when
a small static embedding model (WordLlama, its weights inside its wheel; see
services/search/dense.py) finds it clearly closer to one name of the table than to any
other; otherwise it stays unknown and the analyst declines, as before. Without the model
nothing is read this way.

The reading is said in the answer ("reading “films” as the rows of `movies.csv`")."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np

from services.llm.offline import concepts, places
from services.llm.offline.matcher import shared_prefix, singular, words_of
from services.llm.offline.schema import Table
from services.search import dense

CLOSE = 0.5  # cosine a word needs to a column's name or the rows to be read as it
CLOSE_VALUE = 0.6  # and to a value (values are many: a chance likeness is likelier)
MARGIN = 0.1  # and its lead over the closest name of anything else
MAX_VALUES = 60  # a category column's values considered
CACHED_TABLES = 32  # tables whose names' vectors are kept


@dataclass(frozen=True)
class Name:
    """What a word may be read as: a column, a value of one, or the table's rows."""

    text: str  # as it goes into the question
    shown: str  # as the answer says it
    target: str  # what it names (a column, column=value, or "rows")


class Names:
    """A table's names and their vectors, made once per table."""

    def __init__(self, table: Table, stems: list[str]) -> None:
        self.names: list[Name] = []
        for column in table.columns:
            spoken = words_of(column.name)
            self.names.append(Name(spoken, f"`{column.name}`", column.name))
            for value in column.values[:MAX_VALUES] if column.kind == "category" else []:
                text = str(value)
                if text and not text.replace(".", "").isdigit():
                    self.names.append(
                        Name(text, f"`{column.name}` = {text}", f"{column.name}={text}")
                    )
        for stem in stems:
            self.names.append(Name(stem, f"the rows of `{table.filename}`", "rows"))
        self.vectors = dense.embed([n.text.lower() for n in self.names])


_CACHE: dict[tuple, Names] = {}
_LOCK = threading.Lock()


def available() -> bool:
    return dense.available()


def _names(table: Table) -> Names:
    stem = re.sub(r"\.[a-z0-9]+$", "", table.filename.lower())
    stems = [w for w in words_of(stem).split() if len(w) >= 3]
    # Keyed by what the names are made of: two files of one name and shape differ in them.
    key = (table.path, table.rows, *((c.name, *c.values[:MAX_VALUES]) for c in table.columns))
    with _LOCK:
        found = _CACHE.pop(key, None) or Names(table, stems)
        _CACHE[key] = found  # the most recent last
        while len(_CACHE) > CACHED_TABLES:
            del _CACHE[next(iter(_CACHE))]
        return found


def read_as(word: str, table: Table) -> Name | None:
    """The one name of the table this word clearly means, or None: a column named by one
    of the word's synonyms (concepts.py), else the name the model finds clearly closest."""
    if len(word) < 2 or not word.isalpha():
        return None
    place = places.value_for(word, table)
    if place is not None:
        where, value = place
        return Name(value, f"`{where}` = {value}", f"{where}={value}")
    if len(word) < 3:
        return None
    column = concepts.column_for(word, table)
    if column is not None:
        return Name(words_of(column.name), f"`{column.name}`", column.name)
    formula = concepts.formula_for(word, table)
    if formula is not None:
        top, bottom, shown = formula
        scale = " as a percentage" if shown == "%" else " per 1000" if shown else ""
        text = f"{words_of(top)} / {words_of(bottom)}{scale}"
        return Name(text, f"`{top}` / `{bottom}`{scale}", f"{top}/{bottom}")
    if not available():
        return None
    names = _names(table)
    if not names.names:
        return None
    scores = _likeness(word.lower(), names)
    for index, name in enumerate(names.names):
        if shared_prefix(word.lower(), name.text.lower()) >= 3:
            scores[index] = -1.0  # spelled alike ("airline" ~ air): the matcher's business
    order = np.argsort(-scores)
    best = names.names[int(order[0])]
    close = CLOSE_VALUE if "=" in best.target else CLOSE
    if float(scores[order[0]]) < close:
        return None
    rival = next(
        (float(scores[i]) for i in order[1:] if names.names[int(i)].target != best.target), -1.0
    )
    return best if float(scores[order[0]]) - rival >= MARGIN else None


def by_meaning(tokens: list[str], unknown: list[str], table: Table) -> tuple[str, list[str]]:
    """The question with each unknown word that clearly means one name of the table put as
    that name, and what was read so ("“films” as the rows of `movies.csv`")."""
    names = {word: read_as(word, table) for word in unknown}
    said = [f"“{word}” as {name.shown}" for word, name in names.items() if name is not None]
    if not said:
        return " ".join(tokens), []
    averaged = bool(_AVERAGED & set(tokens))
    put = []
    for t in tokens:
        name = names.get(t.strip("-/.'"))
        if name is None:
            put.append(t)
            continue
        summed = t.strip("-/.'") in _SUMMED and not averaged and "=" not in name.target
        put.append(("total " if summed else "") + name.text.lower())  # revenue: a total
    return " ".join(put), said


# Words of an amount that adds up ("top services by revenue" ranks total takings, even of a
# `price` column), unless the question says another aggregation.
_SUMMED = {
    word for word, names in concepts.CONCEPTS.items() if names == concepts.CONCEPTS["revenue"]
}
_AVERAGED = {
    "avg", "average", "averages", "mean", "median", "typical", "typically", "max", "maximum",
    "min", "minimum", "highest", "lowest", "biggest", "largest", "smallest", "per",
}  # fmt: skip


def closest(word: str, table: Table, n: int = 4) -> list[Name]:
    """The names of the table nearest the word, best first, one per thing named, however
    far: by meaning (the model) or by spelling ("amt" ~ `amount`). Only ever offered to
    the user to choose from (askback.py), never read on its own."""
    word = word.lower()
    if len(word) < 2 or not word.replace(" ", "").isalpha() or not available():
        return []  # a word or a phrase; without the model, no names' vectors to compare
    names = _names(table)
    if not names.names:
        return []
    spelled = np.array([_spelled_alike(word, name.text.lower()) for name in names.names])
    scores = np.maximum(spelled, _likeness(word, names))
    found: dict[str, Name] = {}
    for index in np.argsort(-scores):
        name = names.names[int(index)]
        if float(scores[index]) < FAR or len(found) >= n:
            break
        found.setdefault(name.target, name)
    return list(found.values())


def _likeness(word: str, names: Names) -> np.ndarray:
    """The model's cosine of the word (or its singular) to each name of the table."""
    forms = list(dict.fromkeys([word, singular(word)]))
    return (names.vectors @ dense.embed(forms).T).max(axis=1)


FAR = 0.3  # below this likeness a name is no candidate at all
SPELLED = 0.75  # a spelling likeness below this is chance ("score" ~ "south")


def _spelled_alike(word: str, name: str) -> float:
    """How alike in spelling: a near typo ("subscripton" ~ "subscription"), or the word
    an abbreviation of the name, its letters in order from the first ("amt" ~ "amount")."""
    ratio = SequenceMatcher(None, word, name).ratio()
    if ratio >= SPELLED:
        return ratio
    letters = iter(name.replace(" ", ""))
    if len(word) >= 2 and name.startswith(word[0]) and all(c in letters for c in word):
        return SPELLED
    return 0.0
