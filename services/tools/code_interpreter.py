"""The code_interpreter tool: runs a model's code in the thread's sandbox session, brings
the thread's files in, and turns displays and written files into File objects."""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from services import quotas
from services.cancel import CancelToken
from services.common import to_schema
from services.errors import SandboxError
from services.files import FileStore
from services.filetypes import fit_name
from services.sandbox.charts import ChartRenderer
from services.sandbox.execution import Execution
from services.sandbox.pool import SandboxPool, Session
from services.sandbox.workdir import Collected, collect, place, snapshot
from services.schemas import FileObject
from services.store.db import Database
from services.store.models import FileRow, MessageRow, ThreadRow
from services.tables.card import data_card

log = logging.getLogger(__name__)
NAME = "code_interpreter"
MAX_COLUMNS = 40  # columns listed per table in the tool description
FILES_MARK = "Files (JSON): "  # read back by the offline analyst (services/llm/offline/schema)
READER_HELP = (
    "Read every attached table with the workbench reader; it decides encoding, delimiter, "
    "header, footers and number formats exactly as the data cards the user sees "
    "(never pd.read_csv on these files):\n"
    "    from services.tables import read_table, list_tables, query\n"
    "    df = read_table(path)                  # typed DataFrame; df.attrs['assumptions']\n"
    "    df = read_table(path, table='Sheet2')  # a sheet of a workbook or a member of a zip\n"
    "    df = read_table(path, columns=['a', 'b'])  # only the columns you need\n"
    "    query(path, 'SELECT region, SUM(amount) FROM data GROUP BY 1')  # DuckDB SQL\n"
    'For files marked "big", aggregate with query() or read only the needed columns. '
    'A file with an "error" cannot be read: tell the user the reason; do not retry.'
)


@dataclass
class CodeResult:
    """What the model reads back, and the step's record of the call."""

    output: str
    outputs: list[dict[str, Any]] = field(default_factory=list)


class CodeInterpreter:
    def __init__(
        self,
        *,
        pool: SandboxPool,
        files: FileStore,
        db: Database,
        timeout: float,
        max_thread_output_bytes: int,
        big_file_bytes: int = 200 * 1024**2,
        renderer: ChartRenderer | None = None,
    ) -> None:
        self.big_file_bytes = big_file_bytes
        self.pool = pool
        self.files = files
        self.db = db
        self.timeout = timeout
        self.max_thread_output_bytes = max_thread_output_bytes
        self.renderer = renderer

    # -- what the model is told ----------------------------------------------------------
    def describe(self, thread_id: str) -> str:
        """Tool description: how to call it, how to read the files, and what each holds (as
        one JSON list, so no file name can be misread)."""
        named = self._thread_files(thread_id)
        where = self._work_path(thread_id)
        lines = [
            "Run Python 3 code in a Jupyter kernel that keeps its state between calls. "
            "pandas (pd), numpy (np), matplotlib.pyplot (plt), plotly.express (px) are "
            f"imported. Files are in {where}; save files for the user there. Show charts "
            "with plt.show() or fig.show(). Print the numbers you need to answer. "
            "There is no internet access.",
            READER_HELP,
        ]
        if named:
            with self.db.reader() as session:  # one snapshot for all; no write lock
                listed = [self._entry(session, row, name, where) for row, name in named]
            lines.append(FILES_MARK + json.dumps(listed, ensure_ascii=False))
        return "\n".join(lines)

    def _entry(self, session: DbSession, row: FileRow, name: str, where: str) -> dict[str, Any]:
        """What the model needs to know of one file: its path and, for a table, its card."""
        entry: dict[str, Any] = {"name": name, "path": f"{where}/{name}", "bytes": row.bytes}
        card = data_card(session=session, files=self.files, file=to_schema(FileObject, row))
        if card is None:
            return entry
        if card.error:
            entry["error"] = card.error
            return entry
        entry["rows"] = card.rows
        shown = [f"{column} ({kind})" for column, kind in card.columns[:MAX_COLUMNS]]
        if len(card.columns) > MAX_COLUMNS:
            shown.append(f"and {len(card.columns) - MAX_COLUMNS} more")
        entry["columns"] = shown
        if card.assumptions:
            entry["assumptions"] = card.assumptions
        if len(card.tables) > 1:
            entry["tables"] = card.tables
            entry["table"] = card.table
        delimited = row.filename.lower().endswith((".csv", ".tsv", ".tab", ".txt", ".psv"))
        if row.bytes > self.big_file_bytes and delimited:
            entry["big"] = True
        return entry

    def thread_files(self, thread_id: str) -> list[tuple[str, str, Path]]:
        """(file id, name in the work dir, the app's copy) of the thread's files."""
        return [
            (row.id, name, self.files.blob_path(row.sha256))
            for row, name in self._thread_files(thread_id)
        ]

    def _work_path(self, thread_id: str) -> str:
        if self.pool.config.level == "bubblewrap":
            return "/mnt/data"
        session = self.pool.get(thread_id)
        if session is None:
            session = self.pool.acquire(thread_id)
        return session.kernel.work_path

    def _thread_files(self, thread_id: str) -> list[tuple[FileRow, str]]:
        """The thread's code-interpreter files with unique names, oldest first."""
        with self.db.reader() as session:
            thread = session.scalar(select(ThreadRow).where(ThreadRow.id == thread_id))
            ids: list[str] = []
            if thread is not None:
                ids += list((thread.tool_resources or {}).get(NAME, {}).get("file_ids", []))
            for attachments in session.scalars(
                select(MessageRow.attachments)
                .where(MessageRow.thread_id == thread_id)
                .order_by(MessageRow.pk)
            ):
                for attachment in attachments or []:
                    tools = {t.get("type") for t in attachment.get("tools") or []}
                    if not tools or NAME in tools:
                        ids.append(attachment["file_id"])
            rows = {r.id: r for r in session.scalars(select(FileRow).where(FileRow.id.in_(ids)))}
        named: list[tuple[FileRow, str]] = []
        used: set[str] = set()
        for file_id in dict.fromkeys(ids):
            row = rows.get(file_id)
            if row is None:
                continue
            name = _unique(fit_name(row.filename), used)
            used.add(name)
            named.append((row, name))
        return named

    # -- running code --------------------------------------------------------------------
    def run(
        self,
        *,
        thread_id: str,
        code: str,
        cancel: CancelToken | None = None,
        owner: str | None = None,
    ) -> CodeResult:
        # A kernel that cannot be had (every one busy running code, none could start, or
        # the owner at their limit of sessions) ends the run with that error: the user sees
        # it, and no answer is made up.
        limit = None
        if owner is not None and self.pool.get(thread_id) is None:
            with self.db.reader() as db:
                limit = quotas.kernel_limit(db, owner)
        session = self.pool.acquire(thread_id, owner=owner, wait=5.0, owner_limit=limit)
        with session.lock:
            session.last_used = time.monotonic()
            self._place_files(session, thread_id)
            before = snapshot(session.work)
            if cancel is not None:
                cancel.on_cancel(session.kernel.interrupt)
            try:
                execution = session.kernel.execute(code, timeout=self.timeout)
            except SandboxError as error:
                execution = Execution(status="died", note=f"{error.message}")
            collected, skipped = collect(
                session.work, before, max_file_bytes=session.kernel.limits.max_file_bytes
            )
            session.last_used = time.monotonic()
        return self._record(session, execution, collected, skipped)

    def _place_files(self, session: Session, thread_id: str) -> None:
        for row, name in self._thread_files(thread_id):
            if session.placed.get(row.id) == name and (session.work / name).is_file():
                continue  # still there (code may have deleted it: then it comes back)
            place(
                session.work,
                name,
                self.files.blob_path(row.sha256),
                uid=session.kernel.uid,
                gid=session.kernel.gid,
            )
            session.placed[row.id] = name

    def _record(
        self, session: Session, execution: Execution, collected: list[Any], skipped: list[str]
    ) -> CodeResult:
        where = session.kernel.work_path
        notes: list[str] = []
        records: list[dict[str, Any]] = []
        figure = sum(1 for o in execution.outputs if o.type in ("image", "plotly"))
        with self.db.session() as db:
            # What the code makes belongs to whoever owns the thread (for the HTTP API).
            owner = db.scalar(select(ThreadRow.owner).where(ThreadRow.id == session.thread_id))
            for output in execution.outputs:
                if output.type == "image":
                    stored = self._store(session, db, output.data, "figure.png", notes, owner)
                    if stored:
                        records.append({"type": "image", "image": {"file_id": stored.id}})
                        notes.append(f"[a figure ({stored.filename}) is shown to the user]")
                elif output.type == "plotly" and output.spec is not None:
                    chart = self._store_chart(session, db, output.spec, notes, owner)
                    if chart:
                        records.append({"type": "chart", "chart": chart})
                        notes.append(
                            f'[an interactive chart "{chart.get("title") or ""}" '
                            "is shown to the user]"
                        )
            for item in collected:
                with item.handle:
                    stored = self._store(session, db, item, item.name, notes, owner)
                if stored:
                    records.append(
                        {
                            "type": "file",
                            "file": {"file_id": stored.id, "filename": stored.filename},
                        }
                    )
                    notes.append(f"[{where}/{item.name} was saved; the user can download it]")
        notes += [f"[skipped {note}]" for note in skipped]
        if execution.note:
            notes.append(execution.note)
        text = execution.logs
        if notes:
            text = (text.rstrip("\n") + "\n" if text.strip() else "") + "\n".join(notes)
        if not text.strip():
            text = "(the code ran and printed nothing)" if figure == 0 else ""
        return CodeResult(output=text, outputs=[{"type": "logs", "logs": text}, *records])

    def _store(
        self,
        session: Session,
        db: Any,
        data: bytes | Collected,
        name: str,
        notes: list[str],
        owner: str | None = None,
    ) -> Any:
        """Keep one output: its size is checked against what the thread may still keep
        before a byte is read; a written file is streamed into the store."""
        size = data.size if isinstance(data, Collected) else len(data)
        if session.output_bytes + size > self.max_thread_output_bytes:
            notes.append(
                f"[{name} was not kept: this thread reached its output limit of "
                f"{self.max_thread_output_bytes // 1024**2} MB]"
            )
            return None
        try:
            content = data.read_capped() if isinstance(data, Collected) else data
            stored = self.files.put(
                session=db, data=content, filename=name, purpose="assistants_output", owner=owner
            )
        except SandboxError:
            raise
        except Exception as error:  # a rejected output must not lose the run's other results
            log.warning("output %s not stored: %s", name, error)
            notes.append(f"[{name} was not kept: {error}]")
            return None
        session.output_bytes += stored.bytes
        return stored

    def _store_chart(
        self,
        session: Session,
        db: Any,
        spec: dict[str, Any],
        notes: list[str],
        owner: str | None = None,
    ) -> dict[str, Any] | None:
        data = json.dumps(spec, separators=(",", ":")).encode()
        stored = self._store(session, db, data, "chart.json", notes, owner)
        if stored is None:
            return None
        chart: dict[str, Any] = {"file_id": stored.id, "title": _title(spec)}
        png = self.renderer.render(spec) if self.renderer is not None else None
        if png is not None:
            rendition = self._store(session, db, png, "chart.png", notes, owner)
            if rendition is not None:
                chart["png_file_id"] = rendition.id
        return chart


def _unique(name: str, used: set[str]) -> str:
    if name not in used:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    number = 2
    while (candidate := f"{stem} ({number}){dot}{ext}") in used:
        number += 1
    return candidate


def _title(spec: dict[str, Any]) -> str | None:
    title = (spec.get("layout") or {}).get("title")
    if isinstance(title, dict):
        title = title.get("text")
    return str(title) if title else None
