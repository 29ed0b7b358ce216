"""Searching vector stores: one BM25 index per store, kept in memory and brought up to date
from the database before each search (files completed since are added, files removed are
dropped: only what changed is read). The chunks live in the database, so the index is
the same after a restart, in every process, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import select, update

from services.common import now
from services.errors import InvalidInputError
from services.schemas import SearchResult
from services.search.chunks import Chunk
from services.search.index import SearchIndex
from services.store.db import Database
from services.store.models import ChunkRow, FileRow, VectorStoreFileRow, VectorStoreRow
from services.vector_stores import expires_at

CACHED_STORES = 64
ACTIVE_SECONDS = 60  # how stale a store's last_active_at may get before it is written


class _Cached:
    def __init__(self, ranker: str) -> None:
        self.index = SearchIndex(ranker=ranker)
        self.versions: dict[str, int] = {}  # file id → the pk of the row it was read from
        self.lock = threading.Lock()


class Searcher:
    def __init__(self, *, db: Database, ranker: str = "bm25") -> None:
        self.db = db
        self.ranker = ranker
        self._stores: OrderedDict[str, _Cached] = OrderedDict()
        self._lock = threading.Lock()

    def search(
        self,
        vector_store_ids: Sequence[str],
        query: str,
        *,
        max_num_results: int = 10,
        score_threshold: float = 0.0,
    ) -> list[SearchResult]:
        """The best passages of these stores for the query, best first. Raises
        InvalidInputError for an unknown or expired store or a bad limit."""
        if not 1 <= max_num_results <= 50:
            raise InvalidInputError(
                f"max_num_results must be between 1 and 50, not {max_num_results}.",
                param="max_num_results",
            )
        if not 0 <= score_threshold <= 1:
            raise InvalidInputError(
                f"score_threshold must be between 0 and 1, not {score_threshold}.",
                param="score_threshold",
            )
        if not query.strip():
            raise InvalidInputError("The search query is empty.", param="query")
        hits: list[SearchResult] = []
        for store_id in dict.fromkeys(vector_store_ids):
            cached = self._synced(store_id)
            for hit in cached.index.search(query, limit=max_num_results, threshold=score_threshold):
                hits.append(
                    SearchResult(
                        file_id=hit.file_id,
                        filename="",
                        score=hit.score,
                        text=hit.chunk.text,
                        page=hit.chunk.page,
                        start=hit.chunk.start,
                        end=hit.chunk.end,
                        vector_store_id=store_id,
                    )  # fmt: skip
                )
        hits.sort(key=lambda hit: -hit.score)
        hits = hits[:max_num_results]
        return self._named(hits)

    def _named(self, hits: list[SearchResult]) -> list[SearchResult]:
        if not hits:
            return hits
        with self.db.session() as session:
            names = dict(
                session.execute(
                    select(FileRow.id, FileRow.filename).where(
                        FileRow.id.in_({hit.file_id for hit in hits})
                    )
                ).all()
            )
        return [
            hit.model_copy(update={"filename": names.get(hit.file_id, hit.file_id)}) for hit in hits
        ]

    def _synced(self, store_id: str) -> _Cached:
        """The store's index with exactly its completed files; marks the store active (a
        write at most once a minute: expiry counts in days)."""
        with self.db.reader() as session:
            store = session.scalar(select(VectorStoreRow).where(VectorStoreRow.id == store_id))
            if store is None:
                raise InvalidInputError(
                    f"No vector store with id '{store_id}'.", param="vector_store_ids"
                )
            ends = expires_at(store)
            stamp = now()
            if ends is not None and ends <= stamp:
                day = datetime.fromtimestamp(ends, UTC).date().isoformat()
                raise InvalidInputError(
                    f"Vector store '{store.name or store_id}' expired on {day} and can no "
                    "longer be searched. Make a new store with the files, or lengthen "
                    "expires_after before it ends.",
                    param="vector_store_ids",
                )
            current = dict(
                session.execute(
                    select(VectorStoreFileRow.id, VectorStoreFileRow.pk).where(
                        VectorStoreFileRow.vector_store_id == store_id,
                        VectorStoreFileRow.status == "completed",
                    )
                ).all()
            )
            cached = self._cached(store_id)
            with cached.lock:
                for file_id in set(cached.versions) - set(current):
                    cached.index.remove(file_id)
                    del cached.versions[file_id]
                for file_id, version in current.items():
                    if cached.versions.get(file_id) == version:
                        continue
                    rows = session.scalars(
                        select(ChunkRow)
                        .where(ChunkRow.vector_store_id == store_id, ChunkRow.file_id == file_id)
                        .order_by(ChunkRow.seq)
                    )
                    cached.index.add(file_id, [Chunk(r.text, r.page, r.start, r.end) for r in rows])
                    cached.versions[file_id] = version
        if stamp - store.last_active_at >= ACTIVE_SECONDS:
            with self.db.session() as session:
                session.execute(
                    update(VectorStoreRow)
                    .where(VectorStoreRow.id == store_id)
                    .values(last_active_at=stamp)
                )
        return cached

    def _cached(self, store_id: str) -> _Cached:
        with self._lock:
            cached = self._stores.get(store_id)
            if cached is None:
                cached = self._stores[store_id] = _Cached(self.ranker)
                while len(self._stores) > CACHED_STORES:
                    self._stores.popitem(last=False)
            self._stores.move_to_end(store_id)
            return cached
