"""Citations: the sentences of a passage that answer a query, and `file_citation`
annotations for the markers a reply uses (`[3]`, or the API's `【3†source】`).

An annotation names the file, quotes the focused sentences, and gives their page and
character span in the document's text, so a reader can open the passage where it is."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import Stemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS

MARKER = re.compile(r"【(\d+)(?::\d+)?(?:†[^】]*)?】|\[(\d+)\]")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.M)
_WORD = re.compile(r"\w+")
_STEMMER = Stemmer.Stemmer("english")
STOPWORDS = frozenset(STOPWORDS_EN_PLUS)
QUOTE_CHARS = 400


def terms(text: str) -> set[str]:
    """The stemmed content words of a text."""
    words = [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1]
    return set(_STEMMER.stemWords(words))


def focus(text: str, query: str, *, limit: int = QUOTE_CHARS) -> tuple[int, int]:
    """The span (offsets into `text`) of the sentence that shares most content words with
    the query, with the following sentences while they fit in `limit` characters; the
    passage's start when no sentence shares a word."""
    wanted = terms(query)
    sentences = [
        (m.start() + len(m.group()) - len(m.group().lstrip()), m.end())
        for m in _SENTENCE.finditer(text)
        if m.group().strip()
    ]
    if not sentences:
        return 0, min(len(text), limit)
    scores = [len(wanted & terms(text[start:end])) for start, end in sentences]
    best = max(range(len(sentences)), key=lambda i: (scores[i], -i))
    if scores[best] == 0:
        best = 0
    start, end = sentences[best]
    for following in sentences[best + 1 :]:
        if following[1] - start > limit:
            break
        end = following[1]
    if end - start > limit:
        end = start + limit
    return start, end


def overlap(text: str, query: str) -> int:
    """How many of the query's content words the text has."""
    return len(terms(query) & terms(text))


def annotate(
    content: list[dict[str, Any]], passages: Mapping[int, Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Content blocks with a `file_citation` annotation for every marker that names one of
    the run's passages (numbers that name none are left as plain text)."""
    blocks = []
    for block in content:
        if block.get("type") != "text":
            blocks.append(block)
            continue
        value = block["text"]["value"]
        kept = [a for a in block["text"].get("annotations") or [] if a["type"] != "file_citation"]
        for match in MARKER.finditer(value):
            number = int(match.group(1) or match.group(2))
            passage = passages.get(number)
            if passage is None:
                continue
            kept.append(citation(match.group(), match.start(), match.end(), passage))
        kept.sort(key=lambda a: a["start_index"])
        blocks.append({**block, "text": {"value": value, "annotations": kept}})
    return blocks


def citation(marker: str, start: int, end: int, passage: Mapping[str, Any]) -> dict[str, Any]:
    text = passage["content"][0]["text"]
    left, right = focus(text, passage.get("query") or "")
    offset = passage.get("start")  # unknown for a provider's passage (hosted file search)
    return {
        "type": "file_citation",
        "text": marker,
        "start_index": start,
        "end_index": end,
        "file_citation": {
            "file_id": passage["file_id"],
            "quote": text[left:right],
            "filename": passage.get("file_name"),
            "page": passage.get("page"),
            "start": None if offset is None else offset + left,
            "end": None if offset is None else offset + right,
        },
    }
