"""Words the table writes shorter or longer than the question: "raw" of `rawpoll_clinton`,
"adjusted" of `adjpoll_trump`, "hep" of the value
`Hepatitis A`. A word nothing else reads is put as the one word of the table's names it
begins (or that begins it, before a word of its own), when exactly one word of the table is
so written and it names one column (or one beside a word the question says); otherwise it
stays unknown and the analyst declines, as before. A word a phone writes for the one said
("witch floor", "rent dew") is read as that word the same way.

The reading is said in the answer ("reading “raw” as `rawpoll`")."""

from __future__ import annotations

from functools import lru_cache

from services.llm.offline.names import singular, words_of
from services.llm.offline.rowkinds import in_file_name
from services.llm.offline.schema import Table
from services.llm.offline.speech import SOUND_ALIKE
from services.llm.offline.words import known

MAX_VALUES = 60  # a category column's values whose words are read
SHORTEST = 3  # letters a short form keeps ("hep", "adj")


def by_short_form(tokens: list[str], unknown: list[str], table: Table) -> tuple[str, list[str]]:
    """The question with each unknown word put as the one table word it is a short or long
    form of, and what was read so ("“raw” as `rawpoll`")."""
    words = _table_words(
        tuple(c.name for c in table.columns),
        tuple(v for c in table.columns if c.kind == "category" for v in c.values[:MAX_VALUES]),
    )
    joined, said_joined = _joined(tokens, unknown, words)
    if said_joined:  # "walk ins" of the value WALKIN
        return " ".join(joined), said_joined
    put = {w: found for w in unknown if (found := _written_as(w, words, table)) is not None}
    put = {w: found for w, found in put.items() if _one_owner(found, w, tokens, table)}
    said = [f"“{word}” as `{found}`" for word, found in put.items()]
    heard = {w: SOUND_ALIKE[w] for w in unknown if w in SOUND_ALIKE and w not in put}
    said += [f"“{word}” as “{meant}”" for word, meant in heard.items()]
    put |= heard  # "witch floor", "rent dew": a word a phone wrote for the one said
    if not put:
        return " ".join(tokens), []
    return " ".join(put.get(t.strip("-/.'"), t) for t in tokens), said


def _joined(
    tokens: list[str], unknown: list[str], words: frozenset[str]
) -> tuple[list[str], list[str]]:
    """The question with an unknown word and the word beside it put as one, where the table
    writes them as one word ("walk ins" of WALKIN, "no shows" of NOSHOW)."""
    for i, token in enumerate(tokens):
        if token not in unknown:
            continue
        for a, b in ((i - 1, i), (i, i + 1)):
            if a < 0 or b >= len(tokens):
                continue
            one = tokens[a] + tokens[b]
            found = next((w for w in (one, singular(one)) if w in words), None)
            if found is not None and len(found) >= 5:
                said = f"“{tokens[a]} {tokens[b]}” as `{found}`"
                return [*tokens[:a], found, *tokens[b + 1 :]], [said]
    return tokens, []


def _one_owner(found: str, word: str, tokens: list[str], table: Table) -> bool:
    """Does the table word name one column (or the values of one), or one of several whose
    other words the question says beside it ("raw Clinton" of `rawpoll_clinton`, among
    `rawpoll_trump` …)? "raw" alone, of four columns, would be read as all of them."""
    owners = [
        c
        for c in table.columns
        if found in words_of(c.name).split()
        or c.kind == "category"
        and any(found in words_of(str(v)).split() for v in c.values[:MAX_VALUES])
    ]
    if len(owners) <= 1:
        return True
    at = [i for i, t in enumerate(tokens) if t.strip("-/.'") == word]
    beside = {tokens[j] for i in at for j in (i - 1, i + 1) if 0 <= j < len(tokens)}
    named = [c for c in owners if beside & set(words_of(c.name).split()) - {found}]
    return len(named) == 1


def _written_as(word: str, words: frozenset[str], table: Table) -> str | None:
    if not word.isalpha() or len(word) < 2:
        return None
    found = {t for t in words if _short_or_long(word, t, words, table)}
    return next(iter(found)) if len(found) == 1 else None


def _short_or_long(word: str, written: str, words: frozenset[str], table: Table) -> bool:
    if len(word) < SHORTEST or written == word:
        return False
    if written.startswith(word):
        return True  # "raw" of `rawpoll`, "hep" of `Hepatitis A`
    for cut in range(SHORTEST, len(written) - SHORTEST + 1):
        head, tail = written[:cut], written[cut:]
        if word.startswith(head) and len(word) > cut and _a_word(tail, words, table):
            return True  # "adjusted" of `adjpoll`: adj + poll
    return False


def _a_word(tail: str, words: frozenset[str], table: Table) -> bool:
    """Is the rest of a written word a word of its own: another word of the table's names
    or of its file's name ("poll" of `adjpoll` in `…_polls_2016.csv`), or one the analyst
    knows?"""
    return tail in words or known(tail) or in_file_name(tail, table)


@lru_cache(maxsize=64)
def _table_words(names: tuple[str, ...], values: tuple[str, ...]) -> frozenset[str]:
    said = [words_of(n) for n in names] + [words_of(str(v)) for v in values]
    return frozenset(w for s in said for w in s.split() if w.isalpha() and len(w) >= 2)
