"""What assistants and threads name for their tools: `tool_resources` checked (the files
and vector stores must be the acting user's), and a thread's own vector store, which files
attached to a message for file search go into."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from services import access
from services.errors import InvalidInputError
from services.store.models import FileRow, VectorStoreFileRow, VectorStoreRow
from services.vector_stores import (
    MAX_STORES_PER_OWNER,
    THREAD_STORE_DAYS,
    add_files,
    create,
    store_row,
)


def check_store_ids(session: Session, ids: Sequence[str], *, param: str) -> list[str]:
    """The vector_store_ids of an assistant's or a thread's tool_resources."""
    ids = list(dict.fromkeys(ids))
    if len(ids) > MAX_STORES_PER_OWNER:
        raise InvalidInputError(
            f"{len(ids)} vector stores given; an assistant or a thread may have "
            f"{MAX_STORES_PER_OWNER}. Put the files into one store.",
            param=param,
        )
    for store_id in ids:
        access.find(session, VectorStoreRow, store_id, "vector store")
    return ids


# -- a thread's own store ----------------------------------------------------------------
def thread_store(session: Session, thread_id: str, *, owner: str | None = None) -> str:
    """The id of the thread's own store (made on first use, expiring a week after its last
    use), which message attachments for file search go into."""
    found = session.scalar(select(VectorStoreRow.id).where(VectorStoreRow.thread_id == thread_id))
    if found is not None:
        return found
    return create(
        session=session, name=f"Files of thread {thread_id}", owner=owner, thread_id=thread_id,
        expires_after={"anchor": "last_active_at", "days": THREAD_STORE_DAYS},
    ).id  # fmt: skip


def attach_for_search(
    session: Session, thread_id: str, file_ids: Sequence[str], *, owner: str | None = None
) -> str | None:
    """Put files attached for file search into the thread's store; its id (None if none)."""
    if not file_ids:
        return None
    store_id = thread_store(session, thread_id, owner=owner)
    row = store_row(session, store_id)
    known = set(
        session.scalars(
            select(VectorStoreFileRow.id).where(VectorStoreFileRow.vector_store_id == store_id)
        )
    )
    add_files(
        session, row, [f for f in file_ids if f not in known], chunking_strategy=None,
        batch_id=None,
    )  # fmt: skip
    return store_id


def resolve(
    session: Session, resources: Mapping[str, Any] | None, *, owner: str | None = None
) -> dict[str, Any]:
    """An assistant's or thread's tool_resources with file_search checked: its
    `vector_store_ids` must exist, and `vector_stores: [{file_ids, …}]` (a store made on
    the spot, as the API allowed) becomes the id of the new store."""
    found = dict(resources or {})
    code = found.get("code_interpreter")
    if isinstance(code, Mapping):
        for file_id in code.get("file_ids") or []:
            access.find(session, FileRow, str(file_id), "file")
    search = found.get("file_search")
    if search is None:
        return found
    if not isinstance(search, Mapping):
        raise InvalidInputError(
            "tool_resources.file_search must be an object with vector_store_ids.",
            param="tool_resources",
        )
    ids = list(search.get("vector_store_ids") or [])
    for spec in search.get("vector_stores") or []:
        ids.append(
            create(
                session=session, file_ids=spec.get("file_ids") or [],
                chunking_strategy=spec.get("chunking_strategy"),
                metadata=spec.get("metadata"), owner=owner,
            ).id
        )  # fmt: skip
    found["file_search"] = {
        "vector_store_ids": check_store_ids(
            session, ids, param="tool_resources.file_search.vector_store_ids"
        )
    }
    return found
