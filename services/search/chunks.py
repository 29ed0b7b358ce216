"""Cutting pages into overlapping windows of tokens (the Assistants API's defaults: 800
tokens, 400 of them shared with the next window). Tokens are words and punctuation marks
(a close, model-free stand-in for a BPE tokenizer); each chunk keeps its page and its
character span in the document's text, so a citation can point at it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.search.extract import Page

TOKEN = re.compile(r"\w+|[^\w\s]")
PAGE_GAP = 2  # pages are joined with a blank line in the document's text


@dataclass(frozen=True)
class Chunk:
    text: str
    page: int
    start: int  # character span in the document's text (pages joined by "\n\n")
    end: int


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def chunk_pages(pages: list[Page], *, max_tokens: int = 800, overlap: int = 400) -> list[Chunk]:
    if not 100 <= max_tokens <= 4096 or not 0 <= overlap <= max_tokens // 2:
        raise ValueError(
            "chunking needs 100 to 4096 tokens per chunk and an overlap of at most half of them"
        )
    step = max_tokens - overlap
    found: list[Chunk] = []
    base = 0
    for page in pages:
        spans = [match.span() for match in TOKEN.finditer(page.text)]
        for first in range(0, max(len(spans), 1), step):
            window = spans[first : first + max_tokens]
            if not window:
                break
            start, end = window[0][0], window[-1][1]
            found.append(Chunk(page.text[start:end], page.number, base + start, base + end))
            if first + max_tokens >= len(spans):
                break
        base += len(page.text) + PAGE_GAP
    return found
