"""Names and values written short: a column name that abbreviates the question's words
("unemployment" → `unemp`, "blood pressure" → `bp`), and a value of short code words
("occupied beds" → BEDS_OCC)."""

from __future__ import annotations

import re
from typing import TypeVar

from services.llm.offline.function_words import FUNCTION_WORDS
from services.llm.offline.names import (
    CURRENCIES,
    UNIT_NAMES,
    UNIT_WORDS,
    initials,
    prefixes,
    shared_prefix,
    shortened,
    singular,
    words_of,
)
from services.llm.offline.schema import Table

T = TypeVar("T")


def abbreviation(compact_names: dict[str, str], phrase: str) -> str | None:
    """Column names that abbreviate the words: "unemployment" → `unemp`, "real
    consumption" → `realcons`, "blood pressure" → `bp`, "conversion" → `converted`."""
    tokens = phrase.split()
    if len(tokens) == 2 and tokens[0] in _EXTREMES:  # "maximum temperature" → TMAX
        return only({n for n, c in compact_names.items() if _initial_last(tokens, c)})
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
            if len(compact) >= 4 and len(word) >= 5 and word.startswith(compact[1:]):
                found.add(name)  # "visibility" → Hvis: a qualifier's initial, then the word
                continue
            stem = _SORTED_BY.sub("", compact)
            if len(stem) >= 3 and stem != compact and word.startswith(stem):
                found.add(name)  # "alcohol" → alcgp, "tobacco" → tobgp
                continue
            for part in words_of(name).split():
                shared = shared_prefix(word, part)
                if shared >= 5 and shared >= 0.6 * min(len(word), len(part)):
                    found.add(name)
                elif part not in _UNIT_PARTS and shortened(part, word) and _two_letters(part, word):
                    found.add(name)  # "temperature" → temp_F, "league" → lg
        elif compact == initials(words):
            found.add(name)  # initials: "blood pressure" → bp
        elif _each_shortened(words, words_of(name).split()):
            found.add(name)  # "billable hours" → BillHrs, "overtime hours" → OT Hrs
        elif len(compact) >= 4 and prefixes(words, compact, shortest=1):
            found.add(name)  # "in vehicle time" → invt, "party size" → psize
        elif len(compact) >= 4 and prefixes(words, compact, shortest=3, skeletons=True):
            found.add(name)  # "age group" → agegp, "alcohol group" → alcgp
        elif len(compact) >= 4 and _initial_then_short(words, compact):
            found.add(name)  # "wind speed" → Wspd, "horizontal visibility" → Hvis
    return only(found)


def code_words(values: dict[str, list[tuple[str, str]]], phrase: str) -> tuple[str, str] | None:
    """The one value of two or three code words that the phrase's words spell out in any
    order, each word in full or begun by its code ("occupied beds", "beds occupied" →
    BEDS_OCC; "open beds" → BEDS_OPEN); else of one code word ("total employment" →
    TOTEMP)."""
    words = phrase.split()
    if (glued := value_abbreviation(values, phrase)) is not None:
        return glued
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


def value_abbreviation(
    values: dict[str, list[tuple[str, str]]], phrase: str
) -> tuple[str, str] | None:
    """The one value of a single code word made of the phrase's words shortened, in order:
    "total employment" → TOTEMP, "gross weight" → GRSWGT."""
    words = phrase.split()
    if not 2 <= len(words) <= 3 or any(w in _SMALL or not w.isalpha() for w in words):
        return None
    return only({
        (name, value) for name, pairs in values.items() for value, norm in pairs
        if " " not in norm and len(norm) >= 5 and norm.isalpha() and value.isupper()
        and prefixes(words, norm, shortest=3, skeletons=True)
    })  # fmt: skip


_UNIT_PARTS = UNIT_WORDS | {"ct", "cts", "cent", "cents", "p"} | set(CURRENCIES)  # "ct" of cents


def _two_letters(part: str, word: str) -> bool:
    """A part of two letters has its second letter inside the word ("lg" of league, "dt" of
    downtime, "cl" of chlorine), never only as its last ("cd" is no "confirmed")."""
    return len(part) != 2 or part[1] in word[1:-1]


# A name's ending that says it sorts rows into groups: `alcgp` is the alcohol group
_SORTED_BY = re.compile(r"(?:gp|grp|group|cat|type|lvl|level|band|class)$")

_SMALL = {"the", "of", "in", "for", "by", "per", "and", "or", "to", "a", "an", "with", "on", "at"}
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


def _initial_then_short(words: list[str], compact: str) -> bool:
    """Two words written as the first one's initial and the second shortened: "wind speed"
    → wspd, "total cloud" → totcld (a prefix of three letters also does for the first)."""
    if len(words) != 2 or len(words[0]) < 3:
        return False
    first, second = words
    for lead in (first[:1], first[:3]):
        rest = compact[len(lead) :]
        fits = second.startswith(rest) or shortened(rest, second)
        if compact.startswith(lead) and len(rest) >= 3 and fits:
            return True
    return False


_EXTREMES = {"maximum", "minimum", "max", "min", "average", "mean", "avg", "total"}


def _initial_last(words: list[str], compact: str) -> bool:
    """Two words written as the second one's initial, then the first begun ("maximum
    temperature" → tmax, "minimum temperature" → tmin)."""
    first, second = words
    rest = compact[1:]
    return len(rest) >= 3 and compact[0] == second[0] and first.startswith(rest)


def status_code(values: dict[str, list[tuple[str, str]]], word: str) -> tuple[str, str] | None:
    """ "delivered" → DLV, "cancelled" → CNL, "completed" → CMP: the one upper-case code of
    three or four letters that begins with the word's first letter and next consonant and
    whose letters all come, in order, among the word's consonants; "export" → EXP, a code
    that begins a word of another form."""
    if len(word) < 6:
        return None
    if not word.endswith("ed"):  # "export" → EXP: the code begins the word (never a word
        if word in FUNCTION_WORDS:  # of the analyst's own: "median" is no MED, "season" SEA)
            return None
        return only({
            (name, value) for name, pairs in values.items() for value, norm in pairs
            if value.isupper() and value.isalpha() and 3 <= len(value) <= 4
            and word.startswith(norm)
        })  # fmt: skip
    skeleton = word[0] + "".join(c for c in word[1:] if c not in "aeiouy")

    def inside(code: str) -> bool:
        rest = iter(skeleton)
        return all(letter in rest for letter in code)

    return only({
        (name, value) for name, pairs in values.items() for value, norm in pairs
        if value.isupper() and value.isalpha() and 3 <= len(value) <= 4
        and norm[:2] == skeleton[:2] and inside(norm)
    })  # fmt: skip


def only(found: set[T]) -> T | None:
    """The one thing found, or None when nothing or more than one was."""
    return next(iter(found)) if len(found) == 1 else None


def own_units(table: Table) -> dict[str, str]:
    """Columns named by their bracketed unit when no other column's unit holds it: "kWp" of
    `System Size (kWp)`, but not "kWh" beside `Yield Est (kWh/yr)`."""
    units = {}
    for column in table.columns:
        found = re.search(r"\(([A-Za-z][A-Za-z0-9/^]{1,9})\)\s*$", column.name)
        glued = re.fullmatch(r"[a-z]{3,}?(km2|m2|sqkm|sqm|mi2|ft2|sqft)", column.name.lower())
        said = found or glued  # `areakm2`: "km2" too
        if said is not None and column.kind == "number":
            units[column.name] = said.group(1).lower()
    return {
        name: unit for name, unit in units.items()
        if unit.isalnum() and len(unit) >= 2
        and sum(unit in re.split(r"[^a-z0-9]", other) for other in units.values()) == 1
    }  # fmt: skip


def compact_name(name: str) -> str:
    """A name's letters and digits without its bracketed unit: `Wspd (m/s)` → wspd."""
    bare = re.sub(r"[(\[][^)\]]*[)\]]", "", name.lower())
    return re.sub(r"[^a-z0-9]", "", bare) or re.sub(r"[^a-z0-9]", "", name.lower())


# Short words of questions that stand for a longer one, unless the table itself uses them
# (gapminder's `pop`, a value "Temp"): "total Female pop of Europe", "pre- vs post-menopausal
# pts", "mean temp in Aug 2016" of `temperature (celsius)`.
_STANDS_FOR = {
    "pop": "population", "pts": "patients", "temp": "temperature", "temps": "temperatures",
}  # fmt: skip


def spelled_out(tokens: list[str], table: Table) -> list[str]:
    """The tokens with such short words written in full, where the table does not use them;
    "ex GST" (read as "excluding gst") kept as the table's `ex_gst_aud` names it."""
    if "excluding" in tokens:  # the column names are read only when "ex" was said
        names = [f" {words_of(c.name)} " for c in table.columns]
        after = [*tokens[1:], ""]
        tokens = [
            "ex" if t == "excluding" and any(f" ex {a} " in n for n in names) else t
            for t, a in zip(tokens, after, strict=True)
        ]
    if not _STANDS_FOR.keys() & set(tokens):
        return tokens
    used = {w for c in table.columns for w in words_of(c.name).split()}
    used |= {w for c in table.columns for v in c.values for w in words_of(str(v)).split()}
    return [_STANDS_FOR.get(t, t) if t not in used else t for t in tokens]
