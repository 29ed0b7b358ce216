"""What the chat page needs, as services: the default assistant, sending a question with
uploads, data cards of uploaded tables, and the thread as the page renders it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from services import access, assistants, runs, threads
from services.access import LOCAL_USER
from services.common import to_schema
from services.config import Settings
from services.errors import InvalidInputError, NotFoundError
from services.files import FileStore
from services.llm.offline.askback import read_offer, reworded
from services.llm.offline.decline import OFFERED, SUGGESTED
from services.sandbox.pool import SandboxPool
from services.schemas import Assistant, FileObject, Message, Run, RunStep
from services.store.models import AssistantRow, FileRow, RunRow
from services.tables.card import CLEANED_MAX_BYTES, DataCard, cleaned, data_card

__all__ = ["CLEANED_MAX_BYTES", "DataCard", "cleaned_table", "data_card"]
from services.tables.errors import TableError

__all__ = ["DataCard", "data_card"]

DEFAULT_NAME = "Data analyst"
DEFAULT_INSTRUCTIONS = (
    "You are a careful data analyst. Inspect the attached tables, run "
    "code to compute what is asked, and answer from the computed numbers."
)
# What the uploaders accept. Streamlit checks a name with `endswith`, so "gz" already takes
# `sales.csv.gz`; the double extensions are listed too because some browsers' file pickers
# (macOS) do not offer `x.csv.gz` for a bare `.gz`.
TABLE_TYPES = (
    "csv", "tsv", "txt", "xlsx", "xlsm", "xls", "ods", "json", "jsonl", "parquet", "gz", "zip",
    "csv.gz", "tsv.gz", "txt.gz", "json.gz", "jsonl.gz",
)  # fmt: skip
# Documents go to file search (the thread's own vector store); a .txt may be either, so it
# goes to both tools.
DOCUMENT_TYPES = ("pdf", "docx", "md", "markdown", "html", "htm", "rst")
UPLOAD_TYPES = TABLE_TYPES + DOCUMENT_TYPES
DEFAULT_TOOLS = [{"type": "code_interpreter"}, {"type": "file_search"}]


def default_assistant(*, session: Session, settings: Settings) -> Assistant:
    """The assistant new threads use, shared with the whole team: the workbench's own (the
    local user's), created on first start with the configured backend."""
    row = session.scalar(
        select(AssistantRow)
        .where(
            AssistantRow.name == DEFAULT_NAME,
            AssistantRow.owner == LOCAL_USER,
            AssistantRow.shared == "team",
        )
        .order_by(AssistantRow.pk)
    )
    with access.as_system(session):
        if row is None:
            return assistants.create(
                session=session, name=DEFAULT_NAME, model_backend=settings.default_backend,
                model=settings.default_model, instructions=DEFAULT_INSTRUCTIONS,
                tools=DEFAULT_TOOLS, metadata={"workbench": "default"}, shared="team",
            )  # fmt: skip
        if not any(t.get("type") == "file_search" for t in row.tools):
            # A default made before file search existed gets it, so documents work.
            return assistants.update(
                session=session, assistant_id=row.id, tools=[*row.tools, {"type": "file_search"}]
            )
        return assistants.retrieve(session=session, assistant_id=row.id)


@dataclass(frozen=True)
class Upload:
    name: str
    data: BinaryIO


Progress = Callable[[str, int], None]  # (file name, bytes stored so far)


@dataclass(frozen=True)
class Rejected:
    """An upload the file store refused, and why."""

    name: str
    reason: str

    @property
    def message(self) -> str:
        return f"{self.name}: {self.reason}"


@dataclass
class Stored:
    files: list[FileObject] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def upload(
    *,
    session: Session,
    files: FileStore,
    uploads: Sequence[Upload],
    owner: str | None = None,
    progress: Progress | None = None,
) -> Stored:
    """Store uploads one by one: a bad file is named with its reason, the good ones are kept
    (the store refuses a file before it writes anything for it)."""
    stored = Stored()
    for item in uploads:
        try:
            stored.files.append(
                files.put(
                    session=session,
                    data=item.data,
                    filename=item.name,
                    owner=owner,
                    progress=_per_file(progress, item.name),
                )
            )
        except InvalidInputError as error:
            name = getattr(error, "filename", item.name)
            reason = getattr(error, "reason", error.message)
            stored.rejected.append(Rejected(name=name, reason=reason))
    return stored


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
) -> tuple[Message, Run, list[Rejected]]:
    """Store the uploads, add the question with the good ones (and `attach`, files uploaded
    before) attached, and start a run; the refused uploads come back with their reasons.
    When nothing is left to ask (no text, every upload refused) nothing is written."""
    stored = upload(session=session, files=files, uploads=uploads, owner=owner, progress=progress)
    file_ids = [*attach, *(f.id for f in stored.files)]
    if stored.rejected and not text and not file_ids:
        raise InvalidInputError(" ".join(r.message for r in stored.rejected), param="file")
    message = threads.create_message(
        session=session,
        thread_id=thread_id,
        content=text or "(attached files)",
        attachments=attachments_for(session, file_ids),
    )
    run = runs.create(session=session, thread_id=thread_id, assistant_id=assistant_id)
    return message, run, stored.rejected


def attachments_for(session: Session, file_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Each file with the tool that reads it: documents are searched, tables analysed."""
    names = dict(
        session.execute(select(FileRow.id, FileRow.filename).where(FileRow.id.in_(file_ids))).all()
    )
    found = []
    for file_id in file_ids:
        name = str(names.get(file_id, "")).lower()
        tools = []
        if not name.endswith(tuple(f".{t}" for t in DOCUMENT_TYPES)):
            tools.append({"type": "code_interpreter"})
        if name.endswith((".txt", *(f".{t}" for t in DOCUMENT_TYPES))):
            tools.append({"type": "file_search"})
        found.append({"file_id": file_id, "tools": tools})
    return found


CARD_WAIT = 2.0  # seconds a page waits for a card before showing "Reading …"


def file_card(
    *,
    session: Session,
    files: FileStore,
    file_id: str,
    table: str | None = None,
    wait: float | None = CARD_WAIT,
) -> DataCard | None:
    """The card of a stored file (None when it is not a table). A file that is gone gets an
    error card that says so, never an exception."""
    try:
        meta = files.retrieve(session=session, file_id=file_id)
    except NotFoundError as error:
        return DataCard(name=file_id, rows=None, columns=[], error=error.message)
    return data_card(session=session, files=files, file=meta, table=table, wait=wait)


def cleaned_table(
    *, session: Session, files: FileStore, file_id: str, table: str | None, fmt: str
) -> bytes:
    """The table as the data card reads it, as CSV or Excel, safe to open in a spreadsheet
    (cells that would run as formulas are neutralised)."""
    meta = files.retrieve(session=session, file_id=file_id)
    try:
        return cleaned(files.blob_path(meta.sha256), name=meta.filename, table=table, fmt=fmt)
    except TableError as error:
        raise InvalidInputError(f"{meta.filename}: {error}") from error


def delete_thread(*, session: Session, sandbox: SandboxPool, thread_id: str) -> None:
    """Delete a thread with its messages and runs, and free its kernel at once."""
    threads.delete(session=session, thread_id=thread_id)
    sandbox.close_session(thread_id)


def suggested_questions(card: DataCard) -> list[str]:
    """Three questions built from a table's real columns (none for a card that is an error
    or still being read)."""
    if card.error or card.pending or not card.columns:
        return []
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


def offered_questions(
    reply: str, asked: str, headings: tuple[str, ...] = (OFFERED, SUGGESTED)
) -> list[str]:
    """The questions a reply to `asked` offers to ask next, for the chat page's buttons:
    `asked` reworded by each reading listed under "Did you mean:" (“deaths” as `survived`),
    and the questions listed under "Questions I can answer on it:" (the offline analyst's
    declines; any model may write the same)."""
    found: list[str] = []
    listing = ""
    for line in reply.splitlines():
        stripped = line.strip()
        if stripped in headings:
            listing = stripped
        elif listing and stripped.startswith("- ") and len(stripped) > 2:
            item = stripped[2:].strip()
            if listing == OFFERED:
                readings = read_offer(item)
                item = (reworded(asked, readings) if readings else None) or ""
            if item:
                found.append(item)
        elif stripped:
            listing = ""
    return list(dict.fromkeys(found))


def next_questions(view: ThreadView) -> list[str]:
    """The questions the thread's latest reply offers (offered_questions), once it has
    ended: none while a run is going or when the last word is the user's."""
    if view.active_run is not None or not view.messages:
        return []
    last = view.messages[-1]
    asked = next((m for m in reversed(view.messages) if m.role == "user"), None)
    if last.role != "assistant" or asked is None:
        return []
    reply = [m for m in view.messages if m.run_id is not None and m.run_id == last.run_id]
    return offered_questions("\n\n".join(m.text for m in reply or [last]), asked.text)


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

    mine = select(ThreadRow.id, ThreadRow.title).where(*access.mine(session, ThreadRow))
    titles = {tid: title for tid, title in session.execute(mine)}
    found: dict[str, tuple[str, str | None]] = {}
    for thread_id, attachments, content in session.execute(
        select(MessageRow.thread_id, MessageRow.attachments, MessageRow.content).where(
            MessageRow.thread_id.in_(mine.with_only_columns(ThreadRow.id))
        )
    ):
        ids = {a["file_id"] for a in attachments or []} | referenced_files(content)
        for file_id in ids:
            found.setdefault(file_id, (thread_id, titles.get(thread_id)))
    return found
