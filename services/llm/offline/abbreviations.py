"""Names and values written short: a column name that abbreviates the question's words
("unemployment" → `unemp`, "blood pressure" → `bp`), and a value of short code words
("occupied beds" → BEDS_OCC)."""

from __future__ import annotations

import re
from typing import TypeVar

from services.llm.offline.function_words import FUNCTION_WORDS
from services.llm.offline.names import (
    UNIT_NAMES,
    UNIT_WORDS,
    initials,
    prefixes,
    shared_prefix,
    shortened,
    singular,
    words_of,
)

T = TypeVar("T")


def abbreviation(compact_names: dict[str, str], phrase: str) -> str | None:
    """Column names that abbreviate the words: "unemployment" → `unemp`, "real
    consumption" → `realcons`, "blood pressure" → `bp`, "conversion" → `converted`."""
    tokens = phrase.split()
    # A phrase may begin with a small word only when the name begins with all of it
    # ("in vehicle time" → invt), never by a letter of it.
    lead = tokens[0] if tokens[0] in FUNCTION_WORDS else ""
    if (lead and len(tokens) < 3) or any(t in _GRAMMAR for t in tokens[1 if lead else 0 :]):
        return None
    words = phrase.replace("-", " ").split()  # "t-bill rate" → tbilrate, "in-vehicle time"
    if not all(w.isalnum() for w in words):
        return None
    found = set()
    for name, compact in compact_names.items():
        if lead and not compact.startswith(lead):
            continue
        if len(words) == 1:
            word = words[0]
            short = len(compact) >= 4 or len(compact) == 3 and len(word) >= 7  # "mag"
            if short and len(word) > len(compact) and word.startswith(compact):
                found.add(name)
                continue
            stem = _SORTED_BY.sub("", compact)
            if len(stem) >= 3 and stem != compact and word.startswith(stem):
                found.add(name)  # "alcohol" → alcgp, "tobacco" → tobgp
                continue
            for part in words_of(name).split():
                shared = shared_prefix(word, part)
                if shared >= 5 and shared >= 0.6 * min(len(word), len(part)):
                    found.add(name)
                elif part not in UNIT_WORDS and shortened(part, word):
                    found.add(name)  # "temperature" → temp_F, "league" → lg
        elif compact == initials(words):
            found.add(name)  # initials: "blood pressure" → bp
        elif _each_shortened(words, words_of(name).split()):
            found.add(name)  # "billable hours" → BillHrs, "overtime hours" → OT Hrs
        elif len(compact) >= 4 and prefixes(words, compact, shortest=1):
            found.add(name)  # "in vehicle time" → invt, "party size" → psize
        elif len(compact) >= 4 and prefixes(words, compact, shortest=3, skeletons=True):
            found.add(name)  # "age group" → agegp, "alcohol group" → alcgp
    return only(found)


def code_words(values: dict[str, list[tuple[str, str]]], phrase: str) -> tuple[str, str] | None:
    """The one value of two or three code words that the phrase's words spell out in any
    order, each word in full or begun by its code ("occupied beds", "beds occupied" →
    BEDS_OCC; "open beds" → BEDS_OPEN)."""
    words = phrase.split()
    if not 2 <= len(words) <= 3:
        return None

    def spells(word: str, code: str) -> bool:
        return word == code or singular(word) == code or len(code) >= 3 and word.startswith(code)

    found = {
        (name, value)
        for name, pairs in values.items()
        for value, norm in pairs
        if len(codes := norm.split()) == len(words)
        and all(any(spells(w, c) for w in words) for c in codes)
        and all(any(spells(w, c) for c in codes) for w in words)
    }
    return only(found)


# A name's ending that says it sorts rows into groups: `alcgp` is the alcohol group
_SORTED_BY = re.compile(r"(?:gp|grp|group|cat|type|lvl|level|band|class)$")

_GRAMMAR = set(
    """the of in for by per and or to a an with on at from is are was were what which how
    many much total average avg mean sum number count""".split()  # noqa: SIM905
)


def _each_shortened(words: list[str], parts: list[str]) -> bool:
    """Each word of the phrase is its column word in full or shortened ("bill" of billable,
    "hrs" of hours), the same number of words in the same order."""
    return len(words) == len(parts) and all(
        w == p or shortened(p, w) or len(p) >= 3 and w.startswith(p) or p in UNIT_NAMES.get(w, ())
        for w, p in zip(words, parts, strict=True)
    )  # "labour hours" → lbr_h


def only(found: set[T]) -> T | None:
    """The one thing found, or None when nothing or more than one was."""
    return next(iter(found)) if len(found) == 1 else None
