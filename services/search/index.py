"""Ranking chunks with BM25 (bm25s: sparse matrices, no model, offline). Chunks are kept per
file; adding or removing a file only marks the index stale, and it is rebuilt once, on the
next search (building is fast: about a second per 100,000 chunks)."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import bm25s
import numpy as np
import Stemmer

from services.search.chunks import Chunk

_STEMMER = Stemmer.Stemmer("english")


@dataclass(frozen=True)
class Hit:
    file_id: str
    chunk: Chunk
    score: float


class SearchIndex:
    def __init__(self) -> None:
        self._files: dict[str, list[Chunk]] = {}
        self._order: list[tuple[str, Chunk]] = []
        self._bm25: bm25s.BM25 | None = None
        self._stale = True
        self._lock = threading.Lock()

    def add(self, file_id: str, chunks: list[Chunk]) -> None:
        with self._lock:
            self._files[file_id] = list(chunks)
            self._stale = True

    def remove(self, file_id: str) -> None:
        with self._lock:
            if self._files.pop(file_id, None) is not None:
                self._stale = True

    def __len__(self) -> int:
        return sum(len(chunks) for chunks in self._files.values())

    def search(self, query: str, *, limit: int = 20, threshold: float = 0.0) -> list[Hit]:
        """The best chunks for the query, best first; scores are BM25, normalised to 0–1 by
        the best score of this query (so a threshold reads the same for every query)."""
        if not 1 <= limit <= 50:
            raise ValueError("max_num_results must be between 1 and 50")
        with self._lock:
            if self._stale:
                self._build()
            bm25, order = self._bm25, self._order
        if bm25 is None or not order:
            return []
        asked = bm25s.tokenize(query, stemmer=_STEMMER, show_progress=False, return_ids=False)
        if not any(asked):
            return []
        found, scores = bm25.retrieve(asked, k=min(limit, len(order)), show_progress=False)
        best = float(np.max(scores[0])) if scores.size else 0.0
        hits = []
        for position, score in zip(found[0], scores[0], strict=True):
            if score <= 0 or best <= 0 or score / best < threshold:
                continue
            file_id, chunk = order[int(position)]
            hits.append(Hit(file_id, chunk, round(float(score) / best, 4)))
        return hits

    def _build(self) -> None:
        self._order = [(f, chunk) for f, chunks in self._files.items() for chunk in chunks]
        self._stale = False
        if not self._order:
            self._bm25 = None
            return
        corpus = bm25s.tokenize(
            [chunk.text for _, chunk in self._order], stemmer=_STEMMER, show_progress=False
        )
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)
