"""Vector stores (`vs_…`): create / retrieve / update / list / delete, files added and
removed one by one or in batches, and a thread's own store for message attachments.

Adding a file records it `in_progress` and nothing more: the ingestion worker
(services/search/ingest.py) reads it, cuts it into chunks and marks it `completed` or
`failed` with a reason. The worker is woken when the transaction commits (the session's
`ingest` hook), and finds left-over work itself after a restart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from pydantic import ValidationError
from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from services import access, audit
from services.common import check_metadata, get_row, new_id, now, paginate, to_schema
from services.errors import InvalidInputError
from services.schemas import (
    ChunkingStrategy,
    ExpiresAfter,
    FileCounts,
    Page,
    VectorStore,
    VectorStoreFile,
)
from services.store.db import on_commit
from services.store.models import (
    ChunkRow,
    FileRow,
    VectorStoreFileBatchRow,
    VectorStoreFileRow,
    VectorStoreRow,
)

THREAD_STORE_DAYS = 7  # a thread's own store expires a week after its last use, as in the API
MAX_BATCH_FILES = 500
MAX_STORES_PER_OWNER = 1  # vector stores per assistant or thread, as in the API
_UNSET: Any = object()
Order = Literal["asc", "desc"]


# -- checks ------------------------------------------------------------------------------
def check_chunking(value: Mapping[str, Any] | None) -> dict[str, Any]:
    """`auto` (or nothing) is 800-token chunks with 400 shared; `static` sets both."""
    if value is None or value.get("type") == "auto":
        return ChunkingStrategy().model_dump()
    try:
        strategy = ChunkingStrategy.model_validate(value)
    except ValidationError as error:
        raise InvalidInputError(
            f"Invalid chunking_strategy: {error.errors()[0]['msg']}. Use {{'type': 'auto'}} or "
            "{'type': 'static', 'static': {'max_chunk_size_tokens': 100–4096, "
            "'chunk_overlap_tokens': at most half of it}}.",
            param="chunking_strategy",
        ) from None
    static = strategy.static
    if static.chunk_overlap_tokens > static.max_chunk_size_tokens // 2:
        raise InvalidInputError(
            f"chunk_overlap_tokens ({static.chunk_overlap_tokens}) may be at most half of "
            f"max_chunk_size_tokens ({static.max_chunk_size_tokens}).",
            param="chunking_strategy",
        )
    return strategy.model_dump()


def check_expiry(value: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if value is None:
        return None
    try:
        return ExpiresAfter.model_validate(value).model_dump()
    except ValidationError as error:
        raise InvalidInputError(
            f"Invalid expires_after: {error.errors()[0]['msg']}. Use "
            "{'anchor': 'last_active_at', 'days': 1–365}.",
            param="expires_after",
        ) from None


def _nudge(session: Session) -> None:
    """Wake the ingestion worker once this transaction commits."""
    hook = session.info.get("ingest")
    if hook is not None:
        on_commit(session, hook)


# -- stores ------------------------------------------------------------------------------
def create(
    *,
    session: Session,
    name: str | None = None,
    file_ids: Sequence[str] = (),
    chunking_strategy: Mapping[str, Any] | None = None,
    expires_after: Mapping[str, Any] | None = None,
    metadata: Mapping[str, str] | None = None,
    owner: str | None = None,
    thread_id: str | None = None,
) -> VectorStore:
    if name is not None and len(name) > 256:
        raise InvalidInputError("name may have at most 256 characters.", param="name")
    stamp = now()
    row = VectorStoreRow(
        id=new_id("vs"),
        created_at=stamp,
        name=name,
        owner=access.owner_for(session, owner),
        thread_id=thread_id,
        chunking_strategy=check_chunking(chunking_strategy),
        expires_after=check_expiry(expires_after),
        last_active_at=stamp,
        metadata_=check_metadata(metadata),
    )
    session.add(row)
    session.flush()
    add_files(session, row, list(file_ids), chunking_strategy=None, batch_id=None)
    return _public(session, [row])[0]


def retrieve(*, session: Session, vector_store_id: str) -> VectorStore:
    return _public(session, [store_row(session, vector_store_id)])[0]


def update(
    *,
    session: Session,
    vector_store_id: str,
    name: str | None = _UNSET,
    expires_after: Mapping[str, Any] | None = _UNSET,
    metadata: Mapping[str, str] | None = _UNSET,
) -> VectorStore:
    row = store_row(session, vector_store_id)
    if name is not _UNSET:
        if name is not None and len(name) > 256:
            raise InvalidInputError("name may have at most 256 characters.", param="name")
        row.name = name
    if expires_after is not _UNSET:
        row.expires_after = check_expiry(expires_after)
    if metadata is not _UNSET:
        row.metadata_ = check_metadata(metadata)
    session.flush()
    return _public(session, [row])[0]


def delete_store(*, session: Session, vector_store_id: str) -> dict[str, Any]:
    """The store, its files' places in it and their chunks; the files themselves stay."""
    row = store_row(session, vector_store_id)
    for model in (ChunkRow, VectorStoreFileRow, VectorStoreFileBatchRow):
        session.execute(delete(model).where(model.vector_store_id == row.id))
    session.delete(row)
    session.flush()
    audit.record(session, "vector_store.deleted", vector_store_id, owner=row.owner, name=row.name)
    return {"id": vector_store_id, "object": "vector_store.deleted", "deleted": True}


def list_stores(
    *,
    session: Session,
    owner: str | None = None,
    include_thread_stores: bool = False,
    limit: int = 20,
    order: Order = "desc",
    after: str | None = None,
    before: str | None = None,
) -> Page:
    query = select(VectorStoreRow).where(*access.mine(session, VectorStoreRow))
    if owner is not None:
        query = query.where(VectorStoreRow.owner == owner)
    if not include_thread_stores:
        query = query.where(VectorStoreRow.thread_id.is_(None))
    return paginate(
        session, query, VectorStoreRow, VectorStore, kind="vector store", limit=limit,
        order=order, after=after, before=before, convert=lambda rows: _public(session, rows),
    )  # fmt: skip


def expires_at(row: VectorStoreRow) -> int | None:
    if not row.expires_after:
        return None
    return row.last_active_at + int(row.expires_after["days"]) * 86_400


def store_row(session: Session, vector_store_id: str) -> VectorStoreRow:
    row: VectorStoreRow = access.find(session, VectorStoreRow, vector_store_id, "vector store")
    return row


def _public(session: Session, rows: list[VectorStoreRow]) -> list[VectorStore]:
    counts = counts_by(session, VectorStoreFileRow.vector_store_id, [r.id for r in rows])
    usage = dict(
        session.execute(
            select(VectorStoreFileRow.vector_store_id, func.sum(VectorStoreFileRow.usage_bytes))
            .where(VectorStoreFileRow.vector_store_id.in_([r.id for r in rows]))
            .group_by(VectorStoreFileRow.vector_store_id)
        ).all()
    )
    stamp = now()
    found = []
    for row in rows:
        file_counts = counts.get(row.id, FileCounts())
        ends = expires_at(row)
        status = (
            "expired"
            if ends is not None and ends <= stamp
            else "in_progress"
            if file_counts.in_progress
            else "completed"
        )
        found.append(
            VectorStore(
                id=row.id,
                created_at=row.created_at,
                name=row.name,
                usage_bytes=int(usage.get(row.id) or 0),
                file_counts=file_counts,
                status=status,
                expires_after=row.expires_after,
                expires_at=ends,
                last_active_at=row.last_active_at,
                metadata=row.metadata_ or {},
                chunking_strategy=row.chunking_strategy,
                thread_id=row.thread_id,
                owner=row.owner,
            )
        )
    return found


def counts_by(session: Session, key: Any, ids: Iterable[str]) -> dict[str, FileCounts]:
    """File counts per store (or per batch), by status, in one query."""
    status = VectorStoreFileRow.status
    columns = [
        func.sum(case((status == name, 1), else_=0))
        for name in ("in_progress", "completed", "failed", "cancelled")
    ]
    counts = {}
    for owner_id, *values in session.execute(
        select(key, *columns).where(key.in_(list(ids))).group_by(key)
    ):
        numbers = [int(v or 0) for v in values]
        counts[owner_id] = FileCounts(
            in_progress=numbers[0], completed=numbers[1], failed=numbers[2],
            cancelled=numbers[3], total=sum(numbers),
        )  # fmt: skip
    return counts


# -- files of a store --------------------------------------------------------------------
def add_file(
    *,
    session: Session,
    vector_store_id: str,
    file_id: str,
    chunking_strategy: Mapping[str, Any] | None = None,
    attributes: Mapping[str, Any] | None = None,
) -> VectorStoreFile:
    row = store_row(session, vector_store_id)
    (added,) = add_files(
        session, row, [file_id], chunking_strategy=chunking_strategy, batch_id=None,
        attributes=attributes,
    )  # fmt: skip
    return _public_files(session, [added])[0]


def add_files(
    session: Session,
    store: VectorStoreRow,
    file_ids: list[str],
    *,
    chunking_strategy: Mapping[str, Any] | None,
    batch_id: str | None,
    attributes: Mapping[str, Any] | None = None,
) -> list[VectorStoreFileRow]:
    """Record the files `in_progress` (a file already in the store is ingested again)."""
    if len(file_ids) > MAX_BATCH_FILES:
        raise InvalidInputError(
            f"{len(file_ids)} files given; at most {MAX_BATCH_FILES} at a time.",
            param="file_ids",
        )
    strategy = check_chunking(chunking_strategy) if chunking_strategy else store.chunking_strategy
    attrs = _check_attributes(attributes)
    rows = []
    for file_id in dict.fromkeys(file_ids):
        access.find(session, FileRow, file_id, "file")
        _forget_file(session, store.id, file_id)
        row = VectorStoreFileRow(
            id=file_id, vector_store_id=store.id, batch_id=batch_id, created_at=now(),
            status="in_progress", last_error=None, usage_bytes=0, chunk_count=0,
            chunking_strategy=strategy, attributes=attrs,
        )  # fmt: skip
        session.add(row)
        rows.append(row)
    session.flush()
    if rows:
        _nudge(session)
    return rows


def _check_attributes(attributes: Mapping[str, Any] | None) -> dict[str, Any]:
    attrs = dict(attributes or {})
    if len(attrs) > 16 or any(
        not isinstance(k, str) or not isinstance(v, str | int | float | bool)
        for k, v in attrs.items()
    ):
        raise InvalidInputError(
            "attributes are at most 16 keys with string, number or boolean values.",
            param="attributes",
        )
    return attrs


def _forget_file(session: Session, vector_store_id: str, file_id: str) -> bool:
    session.execute(
        delete(ChunkRow).where(
            ChunkRow.vector_store_id == vector_store_id, ChunkRow.file_id == file_id
        )
    )
    gone = session.execute(
        delete(VectorStoreFileRow).where(
            VectorStoreFileRow.vector_store_id == vector_store_id,
            VectorStoreFileRow.id == file_id,
        )
    )
    return bool(gone.rowcount)  # type: ignore[attr-defined]


def retrieve_file(*, session: Session, vector_store_id: str, file_id: str) -> VectorStoreFile:
    return _public_files(session, [_store_file(session, vector_store_id, file_id)])[0]


def delete_file(*, session: Session, vector_store_id: str, file_id: str) -> dict[str, Any]:
    """Take the file out of the store (and out of its search results); the file stays."""
    _store_file(session, vector_store_id, file_id)
    _forget_file(session, vector_store_id, file_id)
    session.flush()
    return {"id": file_id, "object": "vector_store.file.deleted", "deleted": True}


def forget_file_everywhere(session: Session, file_id: str) -> None:
    """A deleted file leaves every store it was in."""
    for store_id in session.scalars(
        select(VectorStoreFileRow.vector_store_id).where(VectorStoreFileRow.id == file_id)
    ).all():
        _forget_file(session, store_id, file_id)


def list_files(
    *,
    session: Session,
    vector_store_id: str,
    status: str | None = None,
    batch_id: str | None = None,
    limit: int = 20,
    order: Order = "desc",
    after: str | None = None,
    before: str | None = None,
) -> Page:
    store_row(session, vector_store_id)
    scope: tuple[Any, ...] = (VectorStoreFileRow.vector_store_id == vector_store_id,)
    if batch_id is not None:
        scope += (VectorStoreFileRow.batch_id == batch_id,)
    query = select(VectorStoreFileRow).where(*scope)
    if status is not None:
        if status not in ("in_progress", "completed", "failed", "cancelled"):
            raise InvalidInputError(
                f"filter must be in_progress, completed, failed or cancelled, not {status!r}.",
                param="filter",
            )
        query = query.where(VectorStoreFileRow.status == status)
    return paginate(
        session, query, VectorStoreFileRow, VectorStoreFile, kind="vector store file",
        limit=limit, order=order, after=after, before=before, scope=scope,
        convert=lambda rows: _public_files(session, rows),
    )  # fmt: skip


def _store_file(session: Session, vector_store_id: str, file_id: str) -> VectorStoreFileRow:
    store_row(session, vector_store_id)
    return get_row(
        session, VectorStoreFileRow, file_id, "vector store file",
        VectorStoreFileRow.vector_store_id == vector_store_id,
    )  # fmt: skip


def _public_files(session: Session, rows: list[VectorStoreFileRow]) -> list[VectorStoreFile]:
    names = dict(
        session.execute(
            select(FileRow.id, FileRow.filename).where(FileRow.id.in_([r.id for r in rows]))
        ).all()
    )
    return [
        to_schema(VectorStoreFile, row).model_copy(update={"filename": names.get(row.id)})
        for row in rows
    ]
