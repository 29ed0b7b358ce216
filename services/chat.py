"""What the chat page needs, as services: the default assistant, sending a question with
uploads, data cards of uploaded tables, and the thread as the page renders it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from services import assistants, runs, threads
from services.common import to_schema
from services.config import Settings
from services.errors import NotFoundError
from services.files import FileStore
from services.schemas import Assistant, FileObject, Message, Run, RunStep
from services.store.models import AssistantRow, RunRow
from services.tables import DataCard, data_card

__all__ = ["DataCard", "data_card"]

DEFAULT_NAME = "Data analyst"
DEFAULT_INSTRUCTIONS = (
    "You are a careful data analyst. Inspect the attached tables, run "
    "code to compute what is asked, and answer from the computed numbers."
)
TABLE_TYPES = ("csv", "tsv", "txt", "xlsx", "xls", "json", "parquet")


def default_assistant(*, session: Session, settings: Settings) -> Assistant:
    """The assistant new threads use: created on first start with the configured backend."""
    row = session.scalar(
        select(AssistantRow).where(AssistantRow.name == DEFAULT_NAME).order_by(AssistantRow.pk)
    )
    if row is not None:
        return assistants.retrieve(session=session, assistant_id=row.id)
    return assistants.create(
        session=session,
        name=DEFAULT_NAME,
        model_backend=settings.default_backend,
        model=settings.default_model,
        instructions=DEFAULT_INSTRUCTIONS,
        tools=[{"type": "code_interpreter"}],
        metadata={"workbench": "default"},
    )


@dataclass(frozen=True)
class Upload:
    name: str
    data: BinaryIO


Progress = Callable[[str, int], None]  # (file name, bytes stored so far)


def upload(
    *,
    session: Session,
    files: FileStore,
    uploads: Sequence[Upload],
    owner: str | None = None,
    progress: Progress | None = None,
) -> list[FileObject]:
    """Store uploads (all or none: the caller's transaction rolls back on a bad one)."""
    return [
        files.put(
            session=session,
            data=item.data,
            filename=item.name,
            owner=owner,
            progress=_per_file(progress, item.name),
        )
        for item in uploads
    ]


def _per_file(progress: Progress | None, name: str) -> Callable[[int], None] | None:
    if progress is None:
        return None
    return lambda done: progress(name, done)


def ask(
    *,
    session: Session,
    files: FileStore,
    thread_id: str,
    assistant_id: str,
    text: str,
    uploads: Sequence[Upload] = (),
    attach: Sequence[str] = (),
    owner: str | None = None,
    progress: Progress | None = None,
) -> tuple[Message, Run]:
    """Store the uploads, add the question with them (and `attach`, files uploaded before)
    attached, and start a run. A bad upload raises before anything is written."""
    stored = upload(session=session, files=files, uploads=uploads, owner=owner, progress=progress)
    file_ids = [*attach, *(f.id for f in stored)]
    message = threads.create_message(
        session=session,
        thread_id=thread_id,
        content=text or "(attached files)",
        attachments=[{"file_id": f, "tools": [{"type": "code_interpreter"}]} for f in file_ids],
    )
    run = runs.create(session=session, thread_id=thread_id, assistant_id=assistant_id)
    return message, run


def suggested_questions(card: DataCard) -> list[str]:
    """Three questions built from a table's real columns."""
    numbers = [
        n
        for n, t in card.columns
        if t.startswith(("int", "float")) and n.lower() not in ("year", "id")
    ]
    others = [n for n, t in card.columns if not t.startswith(("int", "float"))]
    dates = [n for n in others if "date" in n.lower() or "time" in n.lower()]
    categories = [n for n in others if n not in dates]
    preferred = ("revenue", "sales", "amount", "total", "value", "units", "price", "pop")
    numbers.sort(key=lambda n: next((i for i, w in enumerate(preferred) if w in n.lower()), 99))
    found = []
    if numbers and categories:
        found.append(f"What is the total {numbers[0]} by {categories[0]}?")
    if numbers and dates:
        found.append(f"Show the monthly {numbers[0]} as a line chart")
    if len(numbers) >= 2:
        found.append(f"What is the correlation between {numbers[0]} and {numbers[1]}?")
    if numbers:
        found.append(f"Show the distribution of {numbers[0]}")
    found.append("Describe the data")
    return found[:3]


@dataclass
class ThreadView:
    """A thread as the chat page draws it: messages oldest first, with each reply's steps."""

    messages: list[Message]
    steps: dict[str, list[RunStep]]  # run id → steps
    active_run: Run | None
    files: dict[str, FileObject]
    runs: dict[str, Run] = field(default_factory=dict)  # run id → run (usage, cost)

    def totals(self) -> tuple[int, float | None]:
        """(tokens, estimated USD or None when no run was priced) over the thread."""
        tokens = sum(r.usage.total_tokens for r in self.runs.values() if r.usage)
        priced = [r.cost["usd"] for r in self.runs.values() if r.cost and r.cost.get("usd")]
        return tokens, (round(sum(priced), 6) if priced else None)


def view(*, session: Session, files: FileStore, thread_id: str) -> ThreadView:
    messages: list[Message] = []
    after = None
    while True:
        page = threads.list_messages(
            session=session, thread_id=thread_id, order="asc", limit=100, after=after
        )
        messages += page.data
        if not page.has_more:
            break
        after = page.last_id
    run_ids = list(dict.fromkeys(m.run_id for m in messages if m.run_id))
    steps = {
        run_id: runs.list_steps(
            session=session, thread_id=thread_id, run_id=run_id, order="asc", limit=100
        ).data
        for run_id in run_ids
    }
    active = threads.active_run(session, thread_id)
    file_ids = {a.file_id for m in messages for a in m.attachments}
    known = {}
    for file_id in file_ids:
        with contextlib.suppress(NotFoundError):  # a deleted file is shown by name only
            known[file_id] = files.retrieve(session=session, file_id=file_id)
    thread_runs = {
        r.id: to_schema(Run, r)
        for r in session.scalars(select(RunRow).where(RunRow.thread_id == thread_id))
    }
    return ThreadView(
        messages=messages,
        steps=steps,
        runs=thread_runs,
        active_run=runs.retrieve(session=session, thread_id=thread_id, run_id=active.id)
        if active
        else None,
        files=known,
    )


def file_threads(*, session: Session) -> dict[str, tuple[str, str | None]]:
    """file id → (thread id, thread title) for files attached to or produced in a thread."""
    from services.engine.outputs import referenced_files
    from services.store.models import MessageRow, ThreadRow

    titles = {tid: title for tid, title in session.execute(select(ThreadRow.id, ThreadRow.title))}
    found: dict[str, tuple[str, str | None]] = {}
    for thread_id, attachments, content in session.execute(
        select(MessageRow.thread_id, MessageRow.attachments, MessageRow.content)
    ):
        ids = {a["file_id"] for a in attachments or []} | referenced_files(content)
        for file_id in ids:
            found.setdefault(file_id, (thread_id, titles.get(thread_id)))
    return found
