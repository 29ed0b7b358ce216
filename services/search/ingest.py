"""The ingestion worker: files recorded `in_progress` in a vector store are read, cut into
chunks and stored as search_chunks rows, then marked `completed` (or `failed` with the
reason). It is woken when such a file is committed and also looks for work on its own, so
files left `in_progress` by a stopped server are taken up again after a restart.

Extraction runs outside any transaction; the chunks and the status are written in one,
and only if the file is still waiting in that store (it may have been removed or its batch
cancelled meanwhile). Two processes that pick the same file write the same rows."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from services.files import FileStore
from services.search.chunks import chunk_pages
from services.search.extract import ExtractError, extract
from services.store.db import Database
from services.store.models import ChunkRow, FileRow, VectorStoreFileRow

log = logging.getLogger(__name__)
POLL_SECONDS = 5.0
_BATCH = 20


class Ingestor:
    def __init__(self, *, db: Database, files: FileStore) -> None:
        self.db = db
        self.files = files
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._done = threading.Condition()
        self.listeners: list[Callable[[str, str], None]] = []  # (store id, file id)

    def start(self) -> None:
        if self._thread is None:
            self._stopping.clear()
            self._thread = threading.Thread(target=self._run, name="ingest", daemon=True)
            self._thread.start()

    def nudge(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def wait(self, vector_store_ids: list[str], *, timeout: float) -> bool:
        """Block until no file of these stores is in progress (True), or the timeout ends.
        Looks again every half second too: another process may be the one ingesting."""
        deadline = time.monotonic() + timeout
        while self._waiting(vector_store_ids):
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            with self._done:
                self._done.wait(min(left, 0.5))
        return True

    def _waiting(self, vector_store_ids: list[str]) -> bool:
        if not vector_store_ids:
            return False
        with self.db.reader() as session:
            return (
                session.scalar(
                    select(VectorStoreFileRow.pk)
                    .where(
                        VectorStoreFileRow.vector_store_id.in_(vector_store_ids),
                        VectorStoreFileRow.status == "in_progress",
                    )
                    .limit(1)
                )
                is not None
            )

    # -- the worker ----------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                worked = self.run_pending()
            except Exception:  # a broken database must not end the worker
                log.exception("ingestion pass failed; retrying")
                worked = False
            if not worked:
                self._wake.wait(POLL_SECONDS)
                self._wake.clear()

    def run_pending(self) -> bool:
        """Ingest what is waiting, a few files at a time; True when something was done."""
        with self.db.session() as session:
            pending = session.execute(
                select(VectorStoreFileRow.vector_store_id, VectorStoreFileRow.id)
                .where(VectorStoreFileRow.status == "in_progress")
                .order_by(VectorStoreFileRow.pk)
                .limit(_BATCH)
            ).all()
        for store_id, file_id in pending:
            if self._stopping.is_set():
                break
            self.ingest(store_id, file_id)
        return bool(pending)

    def ingest(self, vector_store_id: str, file_id: str) -> None:
        with self.db.session() as session:
            row = self._waiting_row(session, vector_store_id, file_id)
            if row is None:
                return
            strategy = row.chunking_strategy["static"]
            version = row.pk
            file = session.scalar(select(FileRow).where(FileRow.id == file_id))
            filename = file.filename if file is not None else file_id
            try:
                data = self.files.read_bytes(session=session, file_id=file_id) if file else None
            except OSError as error:
                data, read_error = None, str(error)
            else:
                read_error = "the file was deleted" if file is None else ""
        failure: dict[str, str] | None = None
        chunks = []
        if data is None:
            failure = {"code": "server_error", "message": f"{filename}: {read_error}."}
        else:
            try:
                pages = extract(data, filename).pages
                chunks = chunk_pages(
                    pages,
                    max_tokens=strategy["max_chunk_size_tokens"],
                    overlap=strategy["chunk_overlap_tokens"],
                )
            except ExtractError as error:
                failure = {"code": error.code, "message": str(error)}
            except Exception as error:  # a broken document fails alone, never the batch
                log.exception("ingesting %s failed", file_id)
                failure = {
                    "code": "server_error",
                    "message": f"{filename}: could not be read ({type(error).__name__}).",
                }
        with self.db.session() as session:
            row = self._waiting_row(session, vector_store_id, file_id)
            if row is None or row.pk != version:
                return  # removed, cancelled or added again meanwhile
            session.execute(
                delete(ChunkRow).where(
                    ChunkRow.vector_store_id == vector_store_id, ChunkRow.file_id == file_id
                )
            )
            if failure is not None:
                row.status, row.last_error = "failed", failure
            else:
                session.add_all(
                    ChunkRow(
                        vector_store_id=vector_store_id,
                        file_id=file_id,
                        seq=seq,
                        page=chunk.page,
                        start=chunk.start,
                        end=chunk.end,
                        text=chunk.text,
                    )  # fmt: skip
                    for seq, chunk in enumerate(chunks)
                )
                row.status = "completed"
                row.chunk_count = len(chunks)
                row.usage_bytes = sum(len(chunk.text.encode()) for chunk in chunks)
        with self._done:
            self._done.notify_all()
        for listener in self.listeners:
            listener(vector_store_id, file_id)

    @staticmethod
    def _waiting_row(
        session: Session, vector_store_id: str, file_id: str
    ) -> VectorStoreFileRow | None:
        return session.scalar(
            select(VectorStoreFileRow).where(
                VectorStoreFileRow.vector_store_id == vector_store_id,
                VectorStoreFileRow.id == file_id,
                VectorStoreFileRow.status == "in_progress",
            )
        )
