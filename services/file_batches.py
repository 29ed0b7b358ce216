"""File batches of a vector store: many files added at once, followed as one, cancellable
while they are read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from services import vector_stores
from services.common import get_row, new_id, now
from services.errors import ConflictError, InvalidInputError
from services.schemas import FileCounts, VectorStoreFileBatch
from services.store.models import VectorStoreFileBatchRow, VectorStoreFileRow


def create(
    *,
    session: Session,
    vector_store_id: str,
    file_ids: Sequence[str],
    chunking_strategy: Mapping[str, Any] | None = None,
    attributes: Mapping[str, Any] | None = None,
) -> VectorStoreFileBatch:
    store = vector_stores.store_row(session, vector_store_id)
    if not file_ids:
        raise InvalidInputError("A batch needs at least one file id.", param="file_ids")
    batch = VectorStoreFileBatchRow(
        id=new_id("vsfb"), vector_store_id=store.id, created_at=now(), cancelled=False
    )
    session.add(batch)
    vector_stores.add_files(
        session, store, list(file_ids), chunking_strategy=chunking_strategy,
        batch_id=batch.id, attributes=attributes,
    )  # fmt: skip
    return _public_batch(session, batch)


def retrieve(*, session: Session, vector_store_id: str, batch_id: str) -> VectorStoreFileBatch:
    return _public_batch(session, _batch(session, vector_store_id, batch_id))


def cancel(*, session: Session, vector_store_id: str, batch_id: str) -> VectorStoreFileBatch:
    """Files of the batch not yet ingested are `cancelled`; those done stay."""
    batch = _batch(session, vector_store_id, batch_id)
    if _public_batch(session, batch).status != "in_progress":
        raise ConflictError(f"Batch {batch_id} is not in progress; there is nothing to cancel.")
    batch.cancelled = True
    for row in session.scalars(
        select(VectorStoreFileRow).where(
            VectorStoreFileRow.batch_id == batch_id, VectorStoreFileRow.status == "in_progress"
        )
    ):
        row.status = "cancelled"
    session.flush()
    return _public_batch(session, batch)


def _batch(session: Session, vector_store_id: str, batch_id: str) -> VectorStoreFileBatchRow:
    vector_stores.store_row(session, vector_store_id)  # the acting user's store, or "not found"
    return get_row(
        session, VectorStoreFileBatchRow, batch_id, "vector store file batch",
        VectorStoreFileBatchRow.vector_store_id == vector_store_id,
    )  # fmt: skip


def _public_batch(session: Session, batch: VectorStoreFileBatchRow) -> VectorStoreFileBatch:
    counts = vector_stores.counts_by(session, VectorStoreFileRow.batch_id, [batch.id]).get(
        batch.id, FileCounts()
    )
    status = (
        "cancelled" if batch.cancelled else "in_progress" if counts.in_progress else "completed"
    )
    return VectorStoreFileBatch(
        id=batch.id, created_at=batch.created_at, vector_store_id=batch.vector_store_id,
        status=status, file_counts=counts,
    )  # fmt: skip
