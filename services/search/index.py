"""Ranking chunks with BM25 (bm25s: sparse matrices, no model, offline), or hybrid: BM25 and
dense embeddings (services/search/dense.py) fused by reciprocal rank. Chunks are kept per
file; adding or removing a file only marks the index stale, and it is rebuilt once, on the
next search (building is fast: about a second per 100,000 chunks; embeddings are made once
per file and kept)."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import bm25s
import numpy as np
import Stemmer

from services.search import dense
from services.search.chunks import Chunk

_STEMMER = Stemmer.Stemmer("english")


@dataclass(frozen=True)
class Hit:
    file_id: str
    chunk: Chunk
    score: float


RRF_K = 60  # the usual constant of reciprocal rank fusion
CANDIDATES = 50  # each ranker's list that is fused
DENSE_FLOOR = 0.1  # cosine below which a passage is not a dense candidate at all


class SearchIndex:
    def __init__(self, *, ranker: str = "bm25") -> None:
        if ranker not in ("bm25", "hybrid"):
            raise ValueError(f"ranker must be 'bm25' or 'hybrid', not {ranker!r}")
        self.ranker = ranker
        self._vectors: dict[str, np.ndarray] = {}  # file id → its chunks' embeddings
        self._matrix: np.ndarray | None = None
        self._files: dict[str, list[Chunk]] = {}
        self._order: list[tuple[str, Chunk]] = []
        self._bm25: bm25s.BM25 | None = None
        self._stale = True
        self._lock = threading.Lock()

    def add(self, file_id: str, chunks: list[Chunk]) -> None:
        with self._lock:
            self._files[file_id] = list(chunks)
            self._vectors.pop(file_id, None)
            self._stale = True

    def remove(self, file_id: str) -> None:
        with self._lock:
            self._vectors.pop(file_id, None)
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
            bm25, order, matrix = self._bm25, self._order, self._matrix
        if bm25 is None or not order:
            return []
        asked = bm25s.tokenize(query, stemmer=_STEMMER, show_progress=False, return_ids=False)
        if matrix is None:
            if not any(asked):
                return []
            found, scores = bm25.retrieve(asked, k=min(limit, len(order)), show_progress=False)
            ranked = [(int(p), float(s)) for p, s in zip(found[0], scores[0], strict=True)]
        else:
            ranked = self._fused(bm25, matrix, asked, query, len(order))
        best = ranked[0][1] if ranked else 0.0
        hits = []
        for position, score in ranked[:limit]:
            if score <= 0 or best <= 0 or score / best < threshold:
                continue
            file_id, chunk = order[position]
            hits.append(Hit(file_id, chunk, round(score / best, 4)))
        return hits

    @staticmethod
    def _fused(
        bm25: bm25s.BM25, matrix: np.ndarray, asked: list[list[str]], query: str, size: int
    ) -> list[tuple[int, float]]:
        """BM25's and the embeddings' candidates, fused by reciprocal rank (best first)."""
        fused: dict[int, float] = {}
        if any(asked):
            found, scores = bm25.retrieve(asked, k=min(CANDIDATES, size), show_progress=False)
            lexical = [int(p) for p, s in zip(found[0], scores[0], strict=True) if s > 0]
            for rank, position in enumerate(lexical):
                fused[position] = fused.get(position, 0.0) + 1 / (RRF_K + rank + 1)
        similarity = matrix @ dense.embed([query])[0]
        nearest = np.argsort(-similarity)[:CANDIDATES]
        for rank, position in enumerate(int(p) for p in nearest):
            if similarity[position] >= DENSE_FLOOR:
                fused[position] = fused.get(position, 0.0) + 1 / (RRF_K + rank + 1)
        return sorted(fused.items(), key=lambda item: -item[1])

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
        self._matrix = None
        if self.ranker == "hybrid":
            for file_id, chunks in self._files.items():
                if file_id not in self._vectors:
                    self._vectors[file_id] = dense.embed([chunk.text for chunk in chunks])
            self._matrix = np.vstack([self._vectors[f] for f in self._files])
