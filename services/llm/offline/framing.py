"""Words around a question that frame it rather than ask it: "Doing a year-in-weather piece
for the city desk. What was …", "heat wave angle: how many …", "quick one - what's …".

A clause before or after the question is left aside only when it reads as talk about the
asking (it opens with "doing", "writing", "quick" …, or is about a piece, a story, a deck, a
graphic), has no digit, and names nothing in the table. A clause that scopes the question
("for the Paris branch: …") is no frame: its unknown words still decline the question.
The answer says what it left aside."""

from __future__ import annotations

import re
from collections.abc import Callable

Plain = Callable[[str], bool]

# Where a clause ends: a full stop, colon, semicolon, question or exclamation mark, or a dash
# between spaces ("quick one - what's the median …").
_BREAK = re.compile(r"(?<=[.!?:;])\s+|\s+[-–—]+\s+")
_COMMA = re.compile(r"(?<=,)\s+")  # context is also set off by commas
# A frame opens with talk about the asker's own work …
_OPENERS = {
    "doing", "writing", "working", "preparing", "putting", "researching", "drafting",
    "building", "trying", "quick", "background", "context", "fyi", "btw", "hi", "hey",
    "hello", "sorry", "thanks", "thank", "cheers", "morning", "afternoon", "ok", "okay",
    "great", "perfect", "lovely",
}  # fmt: skip
# … or is about what the answer is for.
_FOR = {
    "piece", "story", "article", "feature", "graphic", "graphics", "report", "slide",
    "slides", "deck", "board", "meeting", "sidebar", "desk", "angle", "newsletter", "blog",
    "presentation", "briefing", "memo", "question", "one", "editor", "boss", "readers",
    "email", "update", "pitch", "podcast", "explainer", "headline", "writeup", "write-up",
    "pack", "review", "committee", "trustees", "directors", "papers", "notes", "section",
    "funder", "funders", "auditors", "agenda",
}  # fmt: skip


# Words that say nothing of what is asked: with words the analyst does not read at all,
# all a context clause may hold ("The board always asks about this.")
_EMPTY = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "is", "are", "was",
    "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "i", "we",
    "you", "they", "he", "she", "our", "my", "your", "their", "his", "her", "us", "me",
    "them", "to", "of", "in", "on", "at", "for", "about", "so", "as", "always",
    "very", "really", "quite", "there", "here", "would", "could", "should", "will", "can",
    "may", "might", "must", "also", "too", "now", "then", "said", "told", "asked", "asks",
    "ask", "want", "wants", "like", "likes", "keen", "interested", "some", "with", "from",
    "into", "up", "out", "i'm", "i've", "i'd",
    "we're", "we've", "there's", "it's", "that's", "thank", "thanks", "please", "well",
}  # fmt: skip


def _is_frame(clause: str, names_data: Callable[[str], bool]) -> bool:
    words = re.findall(r"[a-z][a-z'-]*", clause.lower())
    if not words or re.search(r"\d", clause) or names_data(clause):
        return False
    opens = words[0] in _OPENERS or words[:2] in (["before", "i"], ["before", "we"])
    if opens:  # "Working on a Bundesliga history feature."
        return True
    if _NAMED.search(clause.strip()):
        return False  # "For the Paris branch trustees": a name may say which rows are meant
    return words[-1] in _FOR or bool(_FOR & set(words) and words[0] in {"for", "on"})


def _is_context(clause: str, names_data: Callable[[str], bool], plain: Plain) -> bool:
    """Context said around the ask ("The trustees have been asking about this."): no digit,
    nothing named, no question mark, and every word either empty or one the analyst does
    not read at all."""
    words = re.findall(r"[a-z][a-z'-]*", clause.lower())
    if len(words) < 3 or re.search(r"\d", clause) or clause.rstrip().endswith("?"):
        return False  # "flip it", "conversion:": too short to tell from an instruction
    if words[0] in _SCOPES or _NAMED.search(clause.strip()):
        return False  # "For the Paris branch", "Ms Gupta joined us": may say which rows
    return not names_data(clause) and all(w in _EMPTY or plain(w) for w in words)


# A clause that opens like a scope, or names someone or somewhere (a capital after its first
# word), may say which rows are meant: never context.
_SCOPES = {"for", "in", "at", "on", "from", "among", "within", "across", "only", "excluding"}
_NAMED = re.compile(r"(?<=\s)(?!I\b|I'[a-z]+\b)[A-Z]")


def unframed(
    question: str, names_data: Callable[[str], bool], plain: Plain = lambda word: False
) -> tuple[str, list[str]] | None:
    """The question without its framing clauses, and the clauses left aside; None when it
    has none (or nothing would be left). `plain(word)`: is the word one the analyst does not
    read at all (no column, value or word it knows)?"""
    clauses = [c for c in _BREAK.split(question.strip()) if c.strip()]
    clauses = [part for c in clauses for part in _COMMA.split(c) if part.strip()]
    dropped: list[str] = []

    def aside(clause: str, whole: bool) -> bool:
        return (whole and _is_frame(clause, names_data)) or _is_context(clause, names_data, plain)

    while len(clauses) > 1 and aside(clauses[0], not clauses[0].rstrip().endswith(",")):
        dropped.append(clauses.pop(0))
    while len(clauses) > 1 and aside(clauses[-1], not clauses[-2].rstrip().endswith(",")):
        dropped.append(clauses.pop())
    if not dropped:
        return None
    return " ".join(clauses), [c.strip(" .:;-–—") for c in dropped]
