"""Threads shared read-only by link. The owner makes a link (`/shared?share=<token>`);
any signed-in teammate who opens it sees the conversation, its charts and files, and may
fork it into a thread of their own. Revoking the link stops it at once: every read through
a link checks the link first. Nothing here widens what a thread id alone reaches; another
user's thread by id is still "not found"."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from services import access, audit, chat, quotas, threads, users
from services import tool_resources as resources
from services.common import new_id, now, to_schema
from services.errors import ForbiddenError, NotFoundError
from services.files import FileStore, file_ids
from services.schemas import FileObject, Thread
from services.store.models import FileRow, MessageRow, ThreadRow, ThreadShareRow


@dataclass(frozen=True)
class Share:
    token: str
    thread_id: str
    created_at: int
    revoked_at: int | None

    @property
    def path(self) -> str:
        return f"shared?share={self.token}"


@dataclass(frozen=True)
class Shared:
    """A thread as a teammate sees it through a link."""

    token: str
    thread_id: str
    title: str | None
    owner: str  # the owner's display name
    view: chat.ThreadView


def share(*, session: Session, thread_id: str) -> Share:
    """The thread's live link, made now if it has none (only the owner may share)."""
    threads.thread_row(session, thread_id)
    found = current(session=session, thread_id=thread_id)
    if found is not None:
        return found
    row = ThreadShareRow(
        id=secrets.token_urlsafe(18), thread_id=thread_id,
        created_by=access.actor_of(session).user_id, created_at=now(),
    )  # fmt: skip
    session.add(row)
    session.flush()
    audit.record(session, "thread.shared", thread_id)
    return _public(row)


def current(*, session: Session, thread_id: str) -> Share | None:
    """The thread's live link, if it has one (the owner's view)."""
    threads.thread_row(session, thread_id)
    row = session.scalar(
        select(ThreadShareRow).where(
            ThreadShareRow.thread_id == thread_id, ThreadShareRow.revoked_at.is_(None)
        )
    )
    return _public(row) if row is not None else None


def revoke(*, session: Session, thread_id: str) -> int:
    """Stop every live link of the thread; how many were stopped."""
    threads.thread_row(session, thread_id)
    rows = list(
        session.scalars(
            select(ThreadShareRow).where(
                ThreadShareRow.thread_id == thread_id, ThreadShareRow.revoked_at.is_(None)
            )
        )
    )
    for row in rows:
        row.revoked_at = now()
    if rows:
        session.flush()
        audit.record(session, "thread.unshared", thread_id)
    return len(rows)


def open_link(*, session: Session, files: FileStore, token: str) -> Shared:
    """What the link shows: the thread, read-only. A revoked or unknown link is "not found",
    and the message says what to do."""
    row = _live(session, token)
    thread = session.scalar(select(ThreadRow).where(ThreadRow.id == row.thread_id))
    assert thread is not None  # shares go with their thread (ON DELETE CASCADE)
    with access.as_system(session):
        view = chat.view(session=session, files=files, thread_id=thread.id)
        owner = users.names(session, [thread.owner or ""]).get(thread.owner or "", "a teammate")
    return Shared(token=token, thread_id=thread.id, title=thread.title, owner=owner, view=view)


def file(
    *, session: Session, files: FileStore, token: str, file_id: str
) -> tuple[FileObject, bytes]:
    """A file of the shared thread (attached, or made by its code) and its content."""
    row = _live(session, token)
    if file_id not in _thread_file_ids(session, row.thread_id):
        raise NotFoundError("file", file_id)
    with access.as_system(session):
        meta = files.retrieve(session=session, file_id=file_id)
        return meta, files.read_bytes(session=session, file_id=file_id)


def fork(*, session: Session, token: str) -> Thread:
    """A copy of the shared thread that belongs to the acting user: its messages, and its
    files as files of theirs (the content is not copied: blobs are shared by hash)."""
    actor = access.actor_of(session)
    if actor.is_system:
        raise ForbiddenError("Sign in to fork a shared thread.")
    row = _live(session, token)
    source = session.scalar(select(ThreadRow).where(ThreadRow.id == row.thread_id))
    assert source is not None
    file_ids = sorted(_thread_file_ids(session, source.id))
    originals = list(session.scalars(select(FileRow).where(FileRow.id.in_(file_ids))))
    quotas.check_storage(session, actor.user_id, sum(f.bytes for f in originals))
    renamed: dict[str, str] = {}
    for original in originals:
        copy = FileRow(
            id=new_id("file"), created_at=now(), filename=original.filename,
            bytes=original.bytes, purpose=original.purpose, sha256=original.sha256,
            mime_type=original.mime_type, owner=actor.user_id,
        )  # fmt: skip
        session.add(copy)
        renamed[original.id] = copy.id
    title = f"Fork of {source.title or 'a shared thread'}"[:256]
    thread = ThreadRow(
        id=new_id("thread"), created_at=now(), owner=actor.user_id, title=title,
        tool_resources={}, metadata_={"forked_from": source.id},
    )  # fmt: skip
    session.add(thread)
    session.flush()
    searched: list[str] = []
    for message in session.scalars(
        select(MessageRow).where(MessageRow.thread_id == source.id).order_by(MessageRow.pk)
    ):
        attachments = _renamed(message.attachments, renamed)
        session.add(
            MessageRow(
                id=new_id("msg"),
                thread_id=thread.id,
                created_at=message.created_at,
                role=message.role,
                status=message.status,
                content=_renamed(message.content, renamed),
                attachments=attachments,
                assistant_id=message.assistant_id,
                completed_at=message.completed_at,
                incomplete_details=message.incomplete_details,
                metadata_={},
            )  # fmt: skip
        )
        searched += [
            a["file_id"] for a in attachments
            if any(t.get("type") == "file_search" for t in a.get("tools") or [])
        ]  # fmt: skip
    session.flush()
    resources.attach_for_search(session, thread.id, searched, owner=actor.user_id)
    audit.record(session, "thread.forked", thread.id, source=source.id)
    return to_schema(Thread, thread)


def _live(session: Session, token: str) -> ThreadShareRow:
    row = session.scalar(select(ThreadShareRow).where(ThreadShareRow.id == (token or "")))
    if row is None or row.revoked_at is not None:
        raise NotFoundError("shared thread", "this link")
    return row


def _thread_file_ids(session: Session, thread_id: str) -> set[str]:
    """The files a thread's messages attach or refer to (that still exist)."""
    named: set[str] = set()
    for attachments, content in session.execute(
        select(MessageRow.attachments, MessageRow.content).where(MessageRow.thread_id == thread_id)
    ):
        named.update(file_ids(attachments), file_ids(content))
    return set(session.scalars(select(FileRow.id).where(FileRow.id.in_(named))))


def _renamed(value: Any, renamed: dict[str, str]) -> Any:
    """`value` (JSON) with every file id replaced by its copy's id (ids are unique random
    strings, so replacing them as text cannot touch anything else)."""
    text = json.dumps(value)
    for old, new in renamed.items():
        text = text.replace(f'"{old}"', f'"{new}"')
    return json.loads(text)


def _public(row: ThreadShareRow) -> Share:
    return Share(
        token=row.id, thread_id=row.thread_id, created_at=row.created_at,
        revoked_at=row.revoked_at,
    )  # fmt: skip
