"""Words glossed in brackets: "online (ONL)", "Cellar door (CD) against web shop (WEB)": the
code in brackets is a value of the table, the words before it that the analyst does not
read are its gloss, and the question is read with the code alone. A bracket of words only
after an acronym or a day ("TAT (turnaround time)", "on 14.07.2023 (national holiday)")
that the analyst does not read and that neither scopes nor counts is left aside. The
answer says so."""

from __future__ import annotations

import re
from collections.abc import Callable

from services.llm.offline.framing import EMPTY, SHAPING
from services.llm.offline.function_words import FUNCTION_WORDS
from services.llm.offline.schema import Table
from services.llm.offline.vocabulary import FILLER

# "(CD)", or the code after a word that says what it is: "(status WDR)", "(JobStatus RWK)"
_BRACKETED = re.compile(r"\(\s*(?:[A-Za-z_.]+\s+)?([^()\s]{1,12})\s*\)")
_GLOSS_WORDS = 4  # at most this many words before the code are its gloss


def codes_of(table: Table) -> set[str]:
    """The values of the table's non-number columns, as written, and the names of its
    columns ("career home runs (CHmRun)")."""
    values = {v for c in table.columns if c.kind != "number" for v in c.values if v.strip()}
    return values | {c.name for c in table.columns if " " not in c.name}


def glossed(
    question: str,
    codes: set[str],
    plain: Callable[[str], bool],
    names: frozenset[str] = frozenset(),
) -> tuple[str, list[str]] | None:
    """The question with each gloss before a bracketed code left out, and the readings to
    say ("“online” as ONL"); None when it has none."""
    readings: list[str] = []
    out, last = [], 0
    for found in _BRACKETED.finditer(question):
        code = found.group(1)
        if code not in codes:
            continue
        before = question[last : found.start()]
        words = list(re.finditer(r"[A-Za-z][\w'-]*", before))
        ends = len(words)
        if code in names:  # "career home runs (CHmRun)": the words naming the column
            plain_or_named = lambda w: w.lower() not in FUNCTION_WORDS  # noqa: E731
        else:  # "withdrawn students (status WDR)": the gloss, then the rows
            plain_or_named = plain
            final, prior = (words[i].group(0).lower() for i in (-1, -2 if ends > 1 else -1))
            if ends > 1 and not plain(final) and plain(prior):
                ends -= 1
        kept = ends
        while (
            kept and ends - kept < _GLOSS_WORDS and plain_or_named(words[kept - 1].group(0).lower())
        ):
            kept -= 1
        if kept == ends:
            continue  # nothing before it is a gloss: "in group (GRP)" reads as it is
        cut, end = words[kept].start(), words[ends - 1].end()
        readings.append(f"“{before[cut:end].strip()}” as {code}")
        out.append(before[:cut] + code + before[end:])
        last = found.end()
    out.append(question[last:])
    said = "".join(out)
    for found in list(_WORDS_ONLY.finditer(said))[::-1]:
        if not _GLOSSED.search(said[: found.start()]):
            continue  # "(non-member)", "(by receipt year)" after words: may scope the rows
        said_words = re.findall(r"[a-z][a-z'-]*", found.group(1).lower())
        idle = [plain(w) or w in EMPTY or w in FILLER and w not in SHAPING for w in said_words]
        if said_words and any(plain(w) for w in said_words) and all(idle):
            readings.append(f"“{found.group(1).strip()}” in brackets as a note")
            said = said[: found.start()] + said[found.end() :]
    return (said, readings) if readings else None


# What a bracket of words may gloss: an acronym ("TAT (turnaround time)") or a day
# ("14.07.2023 (national holiday)").
_GLOSSED = re.compile(r"(?:\b[A-Z]{2,5}|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4})\s*$")
_WORDS_ONLY = re.compile(r"\s*\(([^()\d]{3,60})\)")
