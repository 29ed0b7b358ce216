"""Typos put right before a question is read: "reqeusts" → requests of
`service_requests.csv`, "feburary" → february, "genration" → the value `Generation (MWh)`,
"befor 1950" → before. A word is corrected only when it is none of the words the analyst
knows or the table spells, and exactly one of those is equal to it but for a typo (one
edit or swap of neighbours per five letters, at most two; names.similar). A word of four
letters is corrected only to a word of asking, with a letter left out or two swapped
("totl", "mcuh"); shorter words never: too many real words are one letter
apart. A common word of its own ("summer": one token of the embedding model's vocabulary)
is corrected only to a word of the table, never to one of the analyst's own words."""

from __future__ import annotations

import re
from functools import lru_cache

from services.llm.offline.blanks import ending_words
from services.llm.offline.concepts import CONCEPTS
from services.llm.offline.mentions import EARNED
from services.llm.offline.names import CURRENCY_WORDS, similar, singular, words_of
from services.llm.offline.rowkinds import KINDS
from services.llm.offline.schema import Table
from services.llm.offline.units import unit_words
from services.llm.offline.words import common_word, known_vocabulary

_SHORTEST = 5  # letters a word needs before it is corrected
_VALUES = 60  # a column's values whose words are known
# The words of asking a four-letter typo may be of ("sent" is no typo of spent).
_ASKING = {
    "total", "much", "many", "which", "what", "when", "where", "with", "from", "than",
    "mean", "average", "count", "most", "least", "each", "over", "under", "above", "below",
}  # fmt: skip


@lru_cache(maxsize=1)
def _general() -> frozenset[str]:
    """The words every table shares: the analyst's vocabulary, the concepts' synonyms, the
    words of endings, money and units, and the nouns of the row kinds."""
    words = known_vocabulary() | set(CONCEPTS) | ending_words() | EARNED | unit_words()
    words |= CURRENCY_WORDS
    for kind in KINDS:
        words |= kind.nouns
    return frozenset(w for w in words if w.isalpha())


def table_words(table: Table) -> frozenset[str]:
    """The words of the table's name, column names and category values."""
    stem = re.sub(r"\.[a-z0-9]+$", "", table.filename.lower())
    words = set(words_of(stem).split())
    for column in table.columns:
        words |= set(words_of(column.name).split())
        for value in column.values[:_VALUES] if column.kind == "category" else []:
            words |= set(words_of(str(value)).split())
    return frozenset(w for w in words if w.isalpha())


def corrected(tokens: list[str], table: Table) -> tuple[list[str], list[str]]:
    """The tokens with each clear typo put right, and what was put right ("“reqeusts” as
    requests"), to be said in the answer."""
    own = table_words(table)
    known = _general() | own
    out, said = [], []
    for token in _compounds(tokens, own):
        word = token.strip("-/.'")
        fixed = _fix(word, known) if word else None
        if fixed is not None and fixed not in own and common_word(word):
            fixed = None  # "summer" is a word of its own, not a typo of "summed"
        if fixed is None:
            out.append(token)
            continue
        out.append(token.replace(word, fixed))
        said.append(f"“{word}” as “{fixed}”")
    return out, said


# "red-haired", "blue-eyed", "left-handed": a value, then a column's word made an adjective
_COMPOUND = re.compile(r"^([a-z]+)-([a-z]{3,}?)e?d$")


def _compounds(tokens: list[str], own: frozenset[str]) -> list[str]:
    """ "red-haired" → "red hair" when `hair` is a word of the table's columns or values,
    and "non-remote" → "non remote" when `remote` is."""
    out = []
    for token in tokens:
        found = _COMPOUND.match(token)
        if found and found.group(2) in own and found.group(1) in own:
            out += [found.group(1), found.group(2)]
        elif token.startswith("non-") and token[4:] in own:  # "non-remote" of `remote`
            out += ["non", token[4:]]
        else:
            out.append(token)
    return out


def _fix(word: str, known: frozenset[str]) -> str | None:
    if word in known or singular(word) in known:
        return None  # "municipalities" of a value `municipality`: its plural, no typo
    if len(word) > 5 and word.endswith("s") and not word.endswith("ss"):
        single = _fix(word[:-1], known)  # "colours" → colors, as "colour" → color
        if single is not None and not single.endswith("s"):
            return single + "s"
    if len(word) < 4 or not word.isalpha() or word in known or singular(word) in known:
        return None
    if {word + "s", word + "es", word[:-1] + "ies"} & known:
        return None  # the singular of a known plural ("parcel" of `parcels`): no typo
    if len(word) == 4:  # "totl" → total, "mcuh" → much: a letter left out or two swapped
        close = {k for k in _ASKING if _slip(word, k)}
    else:
        close = {k for k in known if len(k) >= _SHORTEST and similar(word, k)}
    close = {singular(k) if singular(k) in close else k for k in close}  # a noun and its plural
    if len(close) != 1:
        return None  # none, or several alike: not clear which was meant
    return next(iter(close))


def _slip(word: str, known: str) -> bool:
    """`known` with one letter left out, or with two neighbours swapped."""
    if len(known) == len(word) + 1:
        return any(known[:i] + known[i + 1 :] == word for i in range(1, len(known)))
    swaps = (word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1))
    return len(known) == len(word) and known in swaps
