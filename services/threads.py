"""Threads and their messages, with Assistants v2 semantics."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from services import access, audit
from services import tool_resources as resources
from services.common import check_metadata, get_row, new_id, now, paginate, to_schema
from services.errors import ConflictError, InvalidInputError
from services.schemas import (
    ACTIVE_RUN_STATUSES,
    Attachment,
    ContentBlock,
    Message,
    Page,
    Thread,
)
from services.store.models import FileRow, MessageRow, RunRow, ThreadRow

MAX_MESSAGE_CHARS = 256_000
MAX_ATTACHMENTS = 20
TITLE_CHARS = 60
_CONTENT = TypeAdapter(list[ContentBlock])
_ATTACHMENTS = TypeAdapter(list[Attachment])
_UNSET: Any = object()


# -- threads -----------------------------------------------------------------------------
def create(
    *,
    session: Session,
    owner: str | None = None,
    title: str | None = None,
    messages: Sequence[Mapping[str, Any]] = (),
    tool_resources: Mapping[str, Any] | None = None,
    metadata: Mapping[str, str] | None = None,
) -> Thread:
    """A new thread of the acting user's, optionally with initial messages (each like
    create_message's args)."""
    owner = access.owner_for(session, owner)
    row = ThreadRow(
        id=new_id("thread"),
        created_at=now(),
        owner=owner,
        title=_clean_title(title),
        tool_resources=resources.resolve(session, tool_resources, owner=owner),
        metadata_=check_metadata(metadata),
    )
    session.add(row)
    session.flush()
    for message in messages:
        create_message(session=session, thread_id=row.id, **message)
    return to_schema(Thread, row)


def retrieve(*, session: Session, thread_id: str) -> Thread:
    return to_schema(Thread, thread_row(session, thread_id))


def update(
    *,
    session: Session,
    thread_id: str,
    title: str | None = _UNSET,
    tool_resources: Mapping[str, Any] | None = _UNSET,
    metadata: Mapping[str, str] | None = _UNSET,
) -> Thread:
    row = thread_row(session, thread_id)
    if metadata is not _UNSET:
        row.metadata_ = check_metadata(metadata)
    if title is not _UNSET:
        row.title = _clean_title(title)
    if tool_resources is not _UNSET:
        row.tool_resources = resources.resolve(session, tool_resources, owner=row.owner)
    session.flush()
    return to_schema(Thread, row)


def list_(
    *,
    session: Session,
    owner: str | None = None,
    limit: int = 20,
    order: Literal["asc", "desc"] = "desc",
    after: str | None = None,
    before: str | None = None,
) -> Page:
    query = select(ThreadRow).where(*access.mine(session, ThreadRow))
    if owner is not None:
        query = query.where(ThreadRow.owner == owner)
    return paginate(
        session,
        query,
        ThreadRow,
        Thread,
        kind="thread",
        limit=limit,
        order=order,
        after=after,
        before=before,
    )


def delete(*, session: Session, thread_id: str) -> None:
    """Delete the thread with its messages, runs and steps. Refused while a run is active."""
    row = thread_row(session, thread_id)
    _refuse_if_busy(session, thread_id, "delete the thread")
    session.delete(row)
    session.flush()
    audit.record(session, "thread.deleted", thread_id, owner=row.owner, title=row.title)


def thread_row(session: Session, thread_id: str) -> ThreadRow:
    """The thread, if the acting user owns it (else "not found")."""
    row: ThreadRow = access.find(session, ThreadRow, thread_id, "thread")
    return row


def active_run(session: Session, thread_id: str) -> RunRow | None:
    return session.scalar(
        select(RunRow).where(RunRow.thread_id == thread_id, RunRow.status.in_(ACTIVE_RUN_STATUSES))
    )


def _refuse_if_busy(session: Session, thread_id: str, action: str) -> None:
    run = active_run(session, thread_id)
    if run is not None:
        raise ConflictError(
            f"Cannot {action}: thread {thread_id} has an active run {run.id} ({run.status}). "
            "Wait for it to finish or cancel it."
        )


def _clean_title(title: str | None) -> str | None:
    if title is None:
        return None
    title = " ".join(title.split())
    return title[:256] or None


# -- messages ----------------------------------------------------------------------------
def create_message(
    *,
    session: Session,
    thread_id: str,
    content: str | Sequence[Mapping[str, Any]],
    role: Literal["user", "assistant"] = "user",
    attachments: Sequence[Mapping[str, Any]] | None = None,
    metadata: Mapping[str, str] | None = None,
) -> Message:
    """Add a message. Refused while a run is active on the thread (as in the Assistants API)."""
    thread = thread_row(session, thread_id)
    if role not in ("user", "assistant"):
        raise InvalidInputError(f"role must be 'user' or 'assistant', not {role!r}.", param="role")
    blocks = _content_blocks(content)
    checked_attachments = _check_attachments(session, attachments)
    metadata = check_metadata(metadata)
    _refuse_if_busy(session, thread_id, "add a message")
    row = MessageRow(
        id=new_id("msg"),
        thread_id=thread_id,
        created_at=now(),
        role=role,
        status="completed",
        content=blocks,
        attachments=checked_attachments,
        completed_at=now(),
        metadata_=metadata,
    )
    session.add(row)
    for_search = [
        a["file_id"]
        for a in checked_attachments
        if any(tool["type"] == "file_search" for tool in a["tools"])
    ]
    if for_search:  # into the thread's own store, made on demand, as the API did
        resources.attach_for_search(session, thread_id, for_search, owner=thread.owner)
    if thread.title is None and role == "user":
        thread.title = _title_from(blocks)
    session.flush()
    return to_schema(Message, row)


def retrieve_message(*, session: Session, thread_id: str, message_id: str) -> Message:
    return to_schema(Message, _message_row(session, thread_id, message_id))


def update_message(
    *, session: Session, thread_id: str, message_id: str, metadata: Mapping[str, str] | None
) -> Message:
    row = _message_row(session, thread_id, message_id)
    row.metadata_ = check_metadata(metadata)
    session.flush()
    return to_schema(Message, row)


def list_messages(
    *,
    session: Session,
    thread_id: str,
    limit: int = 20,
    order: Literal["asc", "desc"] = "desc",
    after: str | None = None,
    before: str | None = None,
    run_id: str | None = None,
) -> Page:
    thread_row(session, thread_id)
    query = select(MessageRow).where(MessageRow.thread_id == thread_id)
    if run_id is not None:
        query = query.where(MessageRow.run_id == run_id)
    return paginate(
        session,
        query,
        MessageRow,
        Message,
        kind="message",
        limit=limit,
        order=order,
        after=after,
        before=before,
    )


def delete_message(*, session: Session, thread_id: str, message_id: str) -> None:
    row = _message_row(session, thread_id, message_id)
    _refuse_if_busy(session, thread_id, "delete a message")
    session.delete(row)
    session.flush()


def _message_row(session: Session, thread_id: str, message_id: str) -> MessageRow:
    thread_row(session, thread_id)
    row: MessageRow = get_row(
        session, MessageRow, message_id, "message", MessageRow.thread_id == thread_id
    )
    return row


def _content_blocks(content: str | Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    if isinstance(content, str):
        content = [{"type": "text", "text": {"value": content, "annotations": []}}]
    try:
        blocks = _CONTENT.validate_python([_text_shorthand(block) for block in content])
    except ValidationError as error:
        first = error.errors()[0]
        raise InvalidInputError(
            f"Invalid message content: {first['msg']}", param="content"
        ) from None
    if not blocks:
        raise InvalidInputError("A message needs some content.", param="content")
    size = sum(len(b.text.value) for b in blocks if b.type == "text")
    if size > MAX_MESSAGE_CHARS:
        raise InvalidInputError(
            f"The message has {size} characters; the limit is {MAX_MESSAGE_CHARS}.",
            param="content",
        )
    return [block.model_dump(mode="json", exclude_none=True) for block in blocks]


def _text_shorthand(block: Mapping[str, Any]) -> Mapping[str, Any]:
    """Accept `{"type": "text", "text": "hi"}` as the API does."""
    if block.get("type") == "text" and isinstance(block.get("text"), str):
        return {"type": "text", "text": {"value": block["text"], "annotations": []}}
    return block


def _check_attachments(
    session: Session, attachments: Sequence[Mapping[str, Any]] | None
) -> list[dict[str, Any]]:
    if not attachments:
        return []
    if len(attachments) > MAX_ATTACHMENTS:
        raise InvalidInputError(
            f"{len(attachments)} attachments given; the limit is {MAX_ATTACHMENTS}.",
            param="attachments",
        )
    try:
        parsed = _ATTACHMENTS.validate_python(list(attachments))
    except ValidationError as error:
        raise InvalidInputError(
            f"Invalid attachments: {error.errors()[0]['msg']}", param="attachments"
        ) from None
    for attachment in parsed:
        access.find(session, FileRow, attachment.file_id, "file")
    return [a.model_dump(mode="json") for a in parsed]


def _title_from(blocks: list[dict[str, Any]]) -> str | None:
    text = " ".join(b["text"]["value"] for b in blocks if b["type"] == "text")
    text = " ".join(text.split())
    if not text:
        return None
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1].rstrip() + "…"
