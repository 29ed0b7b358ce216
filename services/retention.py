"""Retention: threads and files not used for N days go, and vector stores past their
`expires_after`. `plan` lists what is due (nothing is changed); `apply` deletes it.

Definitions:
- A thread's last use is the latest of its creation, its messages (created or completed)
  and its runs (created, started, ended). It goes when that is more than `thread_days`
  days ago, unless it has an active run (queued, in_progress, requires_action,
  cancelling). Its messages, runs, steps and events go with it (foreign-key cascades),
  and so does its own vector store.
- A vector store goes when its `expires_after` has passed (vector_stores.expires_at), or
  with its thread. Its files stay: they are judged as files.
- A file goes when it was created more than `file_days` days ago and nothing that stays
  refers to it: a message of a thread (attachments, image_file, chart and its PNG,
  file_path and file_citation annotations), a thread's tool_resources or run steps, an
  assistant's tool_resources, or a vector store. References from threads and stores that
  go in the same pass do not count; if one of those cannot be deleted, the file stays.
- A blob on disk is removed only when no file row (of any owner) with its sha256 remains.

References are found in Python over the JSON columns (any `…file_id` key or `file_ids`
list), so the same code runs on SQLite and PostgreSQL. The real pass plans and deletes in
one write transaction, so nothing can start using an object between the two."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services import audit, chat, threads, vector_stores
from services.common import now as clock
from services.files import FileStore, file_ids
from services.sandbox.pool import SandboxPool
from services.schemas import ACTIVE_RUN_STATUSES
from services.store.db import Database
from services.store.models import (
    AssistantRow,
    FileRow,
    MessageRow,
    RunRow,
    RunStepRow,
    ThreadRow,
    VectorStoreFileRow,
    VectorStoreRow,
)

log = logging.getLogger(__name__)
DAY = 86_400
Kind = Literal["thread", "vector_store", "file"]
KINDS: tuple[Kind, ...] = ("thread", "vector_store", "file")  # the order they are deleted in


@dataclass(frozen=True)
class Item:
    """One object that is due, and why."""

    kind: Kind
    id: str
    owner: str | None
    name: str | None
    size: int  # bytes of a file, or of a store's files; messages of a thread
    last_used: int
    reason: str
    needs: tuple[str, ...] = ()  # ids of items that must go first (else this one stays)


@dataclass(frozen=True)
class Plan:
    now: int
    thread_days: int
    file_days: int
    items: list[Item]
    blob_bytes: int  # bytes on disk the files' going would free (shared blobs excluded)

    def counts(self) -> dict[str, int]:
        return {kind: sum(1 for item in self.items if item.kind == kind) for kind in KINDS}


@dataclass
class Result:
    deleted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    bytes_freed: int = 0  # blob bytes removed from disk
    failed: list[str] = field(default_factory=list)  # ids not deleted (see the log)

    @property
    def total(self) -> int:
        return sum(self.deleted.values())


def plan(session: Session, *, thread_days: int, file_days: int, now: int) -> Plan:
    """What the policy would delete at `now` (0 days: that kind is kept forever)."""
    items = _threads(session, thread_days, now) if thread_days > 0 else []
    going = {item.id for item in items}
    stores = _stores(session, going, now)
    items += stores
    going |= {item.id for item in stores}
    files, blob_bytes = _files(session, going, file_days, now) if file_days > 0 else ([], 0)
    return Plan(now, thread_days, file_days, items + files, blob_bytes)


def _threads(session: Session, days: int, now: int) -> list[Item]:
    last: dict[str, int] = {}
    messages: dict[str, int] = {}
    for thread_id, created, completed, count in session.execute(
        select(
            MessageRow.thread_id,
            func.max(MessageRow.created_at),
            func.max(MessageRow.completed_at),
            func.count(),
        ).group_by(MessageRow.thread_id)
    ):
        last[thread_id] = _latest(created, completed)
        messages[thread_id] = count
    stamps = (RunRow.created_at, RunRow.started_at, RunRow.completed_at, RunRow.failed_at,
              RunRow.cancelled_at)  # fmt: skip
    for thread_id, *ends in session.execute(
        select(RunRow.thread_id, *(func.max(c) for c in stamps)).group_by(RunRow.thread_id)
    ):
        last[thread_id] = _latest(last.get(thread_id), *ends)
    busy = set(
        session.scalars(select(RunRow.thread_id).where(RunRow.status.in_(ACTIVE_RUN_STATUSES)))
    )
    cutoff = now - days * DAY
    found = []
    for thread_id, owner, title, created in session.execute(
        select(ThreadRow.id, ThreadRow.owner, ThreadRow.title, ThreadRow.created_at).order_by(
            ThreadRow.pk
        )
    ):
        used = _latest(created, last.get(thread_id))
        if used < cutoff and thread_id not in busy:
            reason = f"unused for more than {days} days"
            found.append(
                Item("thread", thread_id, owner, title, messages.get(thread_id, 0), used, reason)
            )
    return found


def _stores(session: Session, going_threads: set[str], now: int) -> list[Item]:
    usage = dict(
        session.execute(
            select(VectorStoreFileRow.vector_store_id, func.sum(VectorStoreFileRow.usage_bytes))
            .group_by(VectorStoreFileRow.vector_store_id)
        ).all()
    )  # fmt: skip
    found = []
    for row in session.scalars(select(VectorStoreRow).order_by(VectorStoreRow.pk)):
        ends = vector_stores.expires_at(row)
        needs: tuple[str, ...] = ()
        if row.thread_id in going_threads:
            reason, needs = f"the store of thread {row.thread_id}, which goes", (row.thread_id,)
        elif ends is not None and ends <= now:
            reason = f"expired ({(row.expires_after or {}).get('days')} days after last use)"
        else:
            continue
        size = int(usage.get(row.id) or 0)
        found.append(
            Item("vector_store", row.id, row.owner, row.name, size, row.last_active_at, reason,
                 needs)
        )  # fmt: skip
    return found


def _files(session: Session, going: set[str], days: int, now: int) -> tuple[list[Item], int]:
    kept: set[str] = set()  # files something that stays refers to
    only: defaultdict[str, set[str]] = defaultdict(set)  # file → going objects that refer to it

    def note(holder: str, value: Any) -> None:
        for file_id in file_ids(value):
            if holder in going:
                only[file_id].add(holder)
            else:
                kept.add(file_id)

    for thread_id, attachments, content in session.execute(
        select(MessageRow.thread_id, MessageRow.attachments, MessageRow.content)
    ):
        note(thread_id, [attachments, content])
    for thread_id, resources in session.execute(select(ThreadRow.id, ThreadRow.tool_resources)):
        note(thread_id, resources)
    for thread_id, details in session.execute(
        select(RunStepRow.thread_id, RunStepRow.step_details)
    ):
        note(thread_id, details)
    for resources in session.scalars(select(AssistantRow.tool_resources)):
        kept |= set(file_ids(resources))
    for store_id, file_id in session.execute(
        select(VectorStoreFileRow.vector_store_id, VectorStoreFileRow.id)
    ):
        note(store_id, {"file_id": file_id})

    cutoff = now - days * DAY
    rows = session.execute(
        select(FileRow.id, FileRow.owner, FileRow.filename, FileRow.bytes, FileRow.created_at,
               FileRow.sha256).order_by(FileRow.pk)
    ).all()  # fmt: skip
    found = []
    for file_id, owner, filename, size, created, _sha in rows:
        if created >= cutoff or file_id in kept:
            continue
        needs = tuple(sorted(only.get(file_id, ())))
        reason = f"older than {days} days and " + (
            f"used only by {', '.join(needs)}, which go{'es' if len(needs) == 1 else ''}"
            if needs
            else "not used by anything"
        )
        found.append(Item("file", file_id, owner, filename, size, created, reason, needs))
    going_files = {item.id for item in found}
    shared = {sha for file_id, *_, sha in rows if file_id not in going_files}
    blobs = {sha: size for file_id, _, _, size, _, sha in rows if file_id in going_files}
    return found, sum(size for sha, size in blobs.items() if sha not in shared)


def _latest(*stamps: int | None) -> int:
    return max((s for s in stamps if s is not None), default=0)


def apply(
    session: Session, plan: Plan, files: FileStore, *, sandbox: SandboxPool | None = None
) -> Result:
    """Delete what `plan` (made in this same transaction) lists, each object in a savepoint
    of its own: a failure is logged and the rest proceed. With `sandbox`, a deleted
    thread's kernel is stopped at once (as the chat page does)."""
    result = Result()
    failed: set[str] = set()
    for item in plan.items:
        if failed.intersection(item.needs):
            log.warning("retention kept %s %s: %s could not be deleted", item.kind, item.id,
                        ", ".join(sorted(failed.intersection(item.needs))))  # fmt: skip
            failed.add(item.id)
            continue
        try:
            with session.begin_nested():
                freed = _delete(session, item, files, sandbox)
                _removed(session, item.kind, item.id, item.owner, item.reason)
        except Exception:  # one object must not stop the pass; the log says what failed
            log.exception("retention could not delete %s %s", item.kind, item.id)
            failed.add(item.id)
            continue
        result.deleted[item.kind] += 1
        result.bytes_freed += freed
    result.failed = [item.id for item in plan.items if item.id in failed]
    return result


def _delete(session: Session, item: Item, files: FileStore, sandbox: SandboxPool | None) -> int:
    """Delete one object through its service; the blob bytes this frees."""
    if item.kind == "thread":
        if sandbox is not None:
            chat.delete_thread(session=session, sandbox=sandbox, thread_id=item.id)
        else:
            threads.delete(session=session, thread_id=item.id)
        return 0
    if item.kind == "vector_store":
        vector_stores.delete_store(session=session, vector_store_id=item.id)
        return 0
    sha = session.scalar(select(FileRow.sha256).where(FileRow.id == item.id))
    files.delete(session=session, file_id=item.id)  # the blob goes once no row shares it
    left = session.scalar(select(func.count()).select_from(FileRow).where(FileRow.sha256 == sha))
    return 0 if left else item.size


def _removed(session: Session, kind: str, object_id: str, owner: str | None, reason: str) -> None:
    """The one place a deletion is reported: the log, and the audit log in its transaction."""
    log.info("retention deleted %s %s of %s: %s", kind, object_id, owner or "nobody", reason)
    audit.record(session, "retention.deleted", object_id, kind=kind, owner=owner, reason=reason)


def run(
    db: Database,
    files: FileStore,
    *,
    thread_days: int,
    file_days: int,
    sandbox: SandboxPool | None = None,
    now: int | None = None,
) -> Result:
    """One pass: look in a read snapshot first (no write lock while nothing is due), then
    plan again and delete in one write transaction."""
    stamp = clock() if now is None else now
    with db.reader() as session:
        if not plan(session, thread_days=thread_days, file_days=file_days, now=stamp).items:
            return Result()
    with db.session() as session:
        due = plan(session, thread_days=thread_days, file_days=file_days, now=stamp)
        return apply(session, due, files, sandbox=sandbox)


def counts_text(counts: Mapping[str, int]) -> str:
    """'2 threads, 1 vector store and 3 files' (kinds with none left out)."""
    words = {"thread": "thread", "vector_store": "vector store", "file": "file"}
    parts = [f"{n} {words[k]}{'' if n == 1 else 's'}" for k, n in counts.items() if n]
    if not parts:
        return "nothing"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
