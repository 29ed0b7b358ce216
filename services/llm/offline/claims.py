"""A figure someone claims, put to the data as the question of what the figure is: "A press
release says the average fare was over 40 — what is it actually?" and "Is it true that
the average fare is above 40?" both ask the average fare (the claimed 40 is no limit on
the fares; read as one, it had answered the average of the fares above 40). The answer
gives the figure, which settles the claim."""

from __future__ import annotations

import re

_LIMIT = (
    r"(?:(?:just |well )?(?:over|above|under|below|about|around|roughly|nearly|almost|more than|"
    r"less than|at least|at most|close to|exactly)\s+)?"
)
_FIGURE = r"[$£€]?\d[\d.,]*\s*(?:%|k|m|bn|percent|per cent|million|billion|thousand)?"
_IS = r"(?:was|is|were|are|came to|comes to|stood at|stands at|reached|hit|topped)"
_SAID = re.compile(
    r"^.*?\b(?:says?|said|claims?|claimed|reports?|reported|suggests?|suggested|states?|"
    r"stated|told me|tells me|thinks?|believes?|argues?)\s+(?:that\s+)?"
    rf"(?P<asked>.+?)\s+{_IS}\s+{_LIMIT}{_FIGURE}\s*[-—–:;,.]*\s*"
    r"(?:(?:so\s+)?(?:what|how much|how many|is that|is this|is it|can you|could you|please|"
    r"check|confirm)\b.*)$"
)
_TRUE = re.compile(
    r"^(?:is it (?:true|correct|right|the case)|can you confirm|could you confirm|please confirm|"
    rf"check) (?:that\s+)?(?P<asked>.+?)\s+{_IS}\s+{_LIMIT}{_FIGURE}\s*[?.!]*\s*$"
)


def claim_checked(text: str) -> str:
    """The (lower case) question as the figure it claims: "what was the average fare"."""
    for pattern in (_SAID, _TRUE):
        found = pattern.match(text.strip())
        if found and not re.search(r"\d", found.group("asked")[:1]):
            return f"what was {found.group('asked')}"
    return text
