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

# Where a clause ends: a full stop, colon, semicolon, question or exclamation mark, or a dash
# between spaces ("quick one - what's the median …").
_BREAK = re.compile(r"(?<=[.!?:;])\s+|\s+[-–—]+\s+")
# A frame opens with talk about the asker's own work …
_OPENERS = {
    "doing", "writing", "working", "preparing", "putting", "researching", "drafting",
    "building", "trying", "quick", "background", "context", "fyi", "btw", "hi", "hey",
    "hello", "sorry", "thanks", "cheers", "morning", "afternoon",
}  # fmt: skip
# … or is about what the answer is for.
_FOR = {
    "piece", "story", "article", "feature", "graphic", "graphics", "report", "slide",
    "slides", "deck", "board", "meeting", "sidebar", "desk", "angle", "newsletter", "blog",
    "presentation", "briefing", "memo", "question", "one", "editor", "boss", "readers",
    "email", "update", "pitch", "podcast", "explainer", "headline", "writeup", "write-up",
}  # fmt: skip


def _is_frame(clause: str, names_data: Callable[[str], bool]) -> bool:
    words = re.findall(r"[a-z][a-z'-]*", clause.lower())
    if not words or re.search(r"\d", clause) or names_data(clause):
        return False
    opens = words[0] in _OPENERS or words[:2] in (["before", "i"], ["before", "we"])
    return opens or words[-1] in _FOR or bool(_FOR & set(words) and words[0] in {"for", "on"})


def unframed(question: str, names_data: Callable[[str], bool]) -> tuple[str, list[str]] | None:
    """The question without its framing clauses, and the clauses left aside; None when it
    has none (or nothing would be left)."""
    clauses = [c for c in _BREAK.split(question.strip()) if c.strip()]
    dropped: list[str] = []
    while len(clauses) > 1 and _is_frame(clauses[0], names_data):
        dropped.append(clauses.pop(0))
    while len(clauses) > 1 and _is_frame(clauses[-1], names_data):
        dropped.append(clauses.pop())
    if not dropped:
        return None
    return " ".join(clauses), [c.strip(" .:;-–—") for c in dropped]
