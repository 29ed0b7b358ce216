"""Questions as people say them, read as they would be typed: a question dictated to a
phone or written the way one talks. Fillers go ("um", "uh"); a self-correction keeps what
was meant ("the average no sorry the median" → the median, "in 2007 no wait 2008" → in
2008); "5 grand" is 5 thousand and "bucks" are dollars. Numbers said in words are made
digits before this (numberwords.py)."""

from __future__ import annotations

import re

from services.llm.offline.vocabulary import AGGREGATIONS

_FILLERS = re.compile(r"\b(?:u+m+|u+h+|e+r+m+|u+h+m+|h+m+)\b,?\s*", re.I)
# "no sorry", "sorry I meant", "no wait", "or rather", "make that": what follows replaces
# the word said just before, when both are of one kind (two numbers, two aggregations)
_MARKER = re.compile(
    r"[,;]?\s*\b(?:(?:no|oh|er),?\s+)?(?:sorry|wait(?:,?\s+no)?|or rather|make that|"
    r"scratch that|no(?=,?\s+(?:the\s+)?(?:median|mean|average|total|sum|max|maximum|min|"
    r"minimum|\d)))\b,?(?:\s+(?:no|i mean|i meant)\b,?)?\s+",
    re.I,
)
_LEADING = re.compile(r"^\s*(?:no,?\s+)?(?:sorry|wait),?\s+(?:no\s+)?(?:i\s+meant?\s+)?", re.I)
_OPENER = re.compile(
    r"^\s*(?:(?:(?:all\s+)?right|okay|ok)\b,?\s+so\b,?\s+|(?:all\s+)?right\b,?\s+"
    r"(?!(?:hand|handed|wing|side|now)\b)|so\b,?\s+(?!(?:far|many|much|long)\b))",
    re.I,
)
_ARTICLE = {"the", "a", "an"}
# Words a phone writes for the word said, read back only where the table has no such word
# ("witch floor takes the longest", "total rent dew", "for the hole file").
SOUND_ALIKE = {
    "witch": "which", "wich": "which", "hole": "whole", "dew": "due", "wait": "weight",
    "weigh": "weight", "meen": "mean",
}  # fmt: skip
_AGGREGATION_WORDS = {w for words in AGGREGATIONS.values() for w in words if " " not in w}
_GRAND = re.compile(r"(?<=\d)\s*(?:grand|g)\b|(?<=\d\s)grand\b", re.I)


def spoken(text: str) -> str:
    """The question without fillers and self-corrections, with "grand" and "bucks" said
    as thousands and dollars."""
    text = _FILLERS.sub("", text)
    text = _LEADING.sub("", text)  # "no sorry I meant the maximum …": a restatement
    text = _OPENER.sub("", text)  # "right so whose got the highest …": a spoken opening
    text = _corrected(text)
    text = _GRAND.sub(" thousand", text)  # "over 2 grand", "50 grand"
    text = re.sub(r"\bin grand\b", "in thousands", text, flags=re.I)  # "in grand"
    text = re.sub(r"\bbucks\b", "dollars", text, flags=re.I)
    return re.sub(r"\bverses\b", "versus", text, flags=re.I)  # a dictation slip


def _kind(word: str) -> str:
    word = word.lower().strip(",.?")
    if re.fullmatch(r"\d[\d.,]*", word):
        return "number"
    return "aggregation" if word in _AGGREGATION_WORDS else "?"  # "?": of no kind


def _corrected(text: str) -> str:
    """Each self-correction applied: what follows the marker replaces the words from its
    first word's last use ("top 5 no sorry top 10"), or the one word just before it when
    both are numbers or both aggregations; otherwise only the marker goes. A bare "no" is
    a correction only between two of a kind ("mean no median"): "no 2023 orders" stays."""
    done = ""
    while (found := _MARKER.search(text)) is not None:
        before = text[: found.start()].split()
        after = text[found.end() :].split()
        said = [w for w in after if w.lower() not in _ARTICLE][:1]
        again = [i for i, w in enumerate(before) if said and w.lower() == said[0].lower()]
        kind = _kind(before[-1]) if before and said else "?"
        alike = kind != "?" and kind == _kind(said[0])
        bare = found.group(0).strip(" ,;").lower() == "no"
        if again and again[-1] >= len(before) - 4 and not bare:  # "top 5 no sorry top 10"
            before = before[: again[-1]]
        elif alike:
            before = before[:-1]
            if before and after and before[-1].lower() in _ARTICLE and after[0].lower() in _ARTICLE:
                before = before[:-1]
        elif bare:  # "with no 2023 orders": no correction; kept as said
            done += text[: found.end()]
            text = text[found.end() :]
            continue
        text = " ".join([*before, *after])
    return done + text
