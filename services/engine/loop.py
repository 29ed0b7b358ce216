"""The run loop: build context, call the model, persist what it streams, dispatch tool
calls, repeat, until the model finishes, a limit ends the run, or it waits for outputs."""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from services import costs, runs
from services.cancel import CancelToken
from services.common import new_id, now, to_schema
from services.config import Settings
from services.engine import outputs, toolcalls
from services.engine.bus import record
from services.engine.context import PromptTooLarge, build_context
from services.engine.events import (
    ErrorEvent,
    MessageEvent,
    RunEvent,
    RunStepEvent,
    text_delta,
    tool_call_delta,
)
from services.engine.readahead import ReadAhead, one_by_one
from services.engine.records import Owned
from services.errors import WorkbenchError
from services.files import FileStore
from services.llm.base import (
    AttachedFile,
    Finish,
    GeneratedFile,
    HostedCode,
    ModelRequest,
    StateUpdate,
    TextDelta,
    ToolCallDelta,
    ToolSpec,
    UsageReport,
)
from services.llm.registry import BackendRegistry
from services.schemas import TERMINAL_RUN_STATUSES, LastError, Message, Run, RunStep
from services.search import citations
from services.store.db import Database
from services.store.models import AssistantRow, MessageRow, RunRow, RunStepRow, ThreadRow
from services.tools import file_search
from services.tools.code_interpreter import CodeInterpreter, CodeResult
from services.tools.file_search import FileSearch, SearchCall
from services.tools.functions import FunctionRegistry

log = logging.getLogger(__name__)
# The model events that are written as they arrive (the others wait for the turn's end).
_WRITES = (TextDelta, ToolCallDelta, HostedCode, GeneratedFile, StateUpdate)
_MESSAGES: Table = MessageRow.__table__  # type: ignore[assignment]
_STEPS: Table = RunStepRow.__table__  # type: ignore[assignment]
_RUNS: Table = RunRow.__table__  # type: ignore[assignment]
# The statements of every turn, built once: building one costs more than running it.
_READ_RUN = select(_RUNS).where(_RUNS.c.id == bindparam("run_id"))
_RUN_STATUS = select(_RUNS.c.status).where(_RUNS.c.id == bindparam("run_id"))
_SET_RUN = update(_RUNS).where(_RUNS.c.id == bindparam("run_id"))  # sets what it is given
_READ_CONNECTION = (
    select(AssistantRow.connection, ThreadRow.provider_state)
    .where(ThreadRow.id == bindparam("thread_id"))
    .outerjoin(AssistantRow, AssistantRow.id == bindparam("assistant_id"))
)

CODE_PARAMETERS = {
    "type": "object",
    "properties": {"code": {"type": "string", "description": "Python code to run."}},
    "required": ["code"],
}
_STOP = {
    "cancelled": ("cancelled", None),
    "expired": ("expired", None),
    "shutdown": (
        "failed",
        (
            "server_error",
            "The server stopped while this run was in progress. Send your message again to retry.",
        ),
    ),
}


@dataclass(frozen=True)
class _RunInfo:
    """What a run's turn needs of the run and does not change while it executes (read
    once per turn instead of once per delta)."""

    id: str
    thread_id: str
    assistant_id: str | None
    tools: tuple[str, ...]  # tool types
    declared: frozenset[str] = frozenset()  # function names the run's tools declare
    search_options: dict[str, Any] | None = None  # the file_search tool's, if any
    parallel: bool = True
    model: str = ""
    usage: dict[str, Any] | None = None  # as the turn began (only this worker adds to it)
    cost: dict[str, Any] | None = None

    @property
    def runs_code(self) -> bool:
        return "code_interpreter" in self.tools


@dataclass
class _Turn:
    """What one model call produced, as it is persisted."""

    number: int
    run: _RunInfo
    owned: list[Owned] = field(default_factory=list)  # the rows this turn made (records.py)
    message: Owned | None = None  # the reply message being written
    message_step: Owned | None = None  # the step of the last message opened
    text: str = ""
    tool_step: Owned | None = None
    calls: dict[int, dict[str, Any]] = field(default_factory=dict)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    container_sessions: int = 0
    finish: str = "stop"
    hosted: dict[str, Owned] = field(default_factory=dict)  # hosted call id → its step
    hosted_code: dict[str, str] = field(default_factory=dict)  # hosted call id → code so far
    hosted_outputs: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    hosted_done: set[str] = field(default_factory=set)  # hosted calls that finished
    files: list[dict[str, Any]] = field(default_factory=list)  # provider files to show
    ended: bool = False  # the run was finished with the turn's last write


class RunExecutor:
    def __init__(
        self,
        *,
        db: Database,
        settings: Settings,
        backends: BackendRegistry,
        functions: FunctionRegistry,
        code_interpreter: CodeInterpreter | None = None,
        files: FileStore | None = None,
        file_search: FileSearch | None = None,
    ) -> None:
        self.db = db
        self.files = files
        # Told (run id, turn number, seconds) after each model turn's last write: from the
        # start of the turn (reading the run) to its results committed. For benchmarks.
        self.on_turn: Callable[[str, int, float], None] | None = None
        self.settings = settings
        self.backends = backends
        self.functions = functions
        self.code_interpreter = code_interpreter
        self.file_search = file_search

    # -- entry ---------------------------------------------------------------------------
    def execute(self, run_id: str, token: CancelToken) -> None:
        """Drive a queued run until it ends or waits in `requires_action`."""
        with self.db.session() as session:
            row = session.scalar(select(RunRow).where(RunRow.id == run_id))
            if row is None or row.status != "queued":
                return
            # The wall-time limit counts while the run executes (again after tool outputs).
            row.status, row.worker = "in_progress", runs.local_worker()
            row.started_at = row.started_at or now()
            row.expires_at = now() + math.ceil(self.settings.run_timeout_seconds)
            record(
                session,
                RunEvent(event="thread.run.in_progress", run_id=run_id, data=to_schema(Run, row)),
            )
        timer = threading.Timer(
            self.settings.run_timeout_seconds, token.cancel, kwargs={"reason": "expired"}
        )
        timer.daemon = True
        timer.start()
        try:
            self._loop(run_id, token)
        except PromptTooLarge:
            self._end(run_id, "incomplete", incomplete_reason="max_prompt_tokens")
        except WorkbenchError as error:
            self._end(run_id, "failed", error=(error.code, error.message))
        except Exception as error:
            log.exception("run %s failed", run_id)
            self._internal_error(run_id, error)
            self._end(
                run_id,
                "failed",
                error=(
                    "server_error",
                    f"The workbench hit an internal error ({type(error).__name__}). "
                    "The details are in the server log; try again.",
                ),
            )
        finally:
            timer.cancel()

    def _internal_error(self, run_id: str, error: Exception) -> None:
        """Tell subscribers with an `error` event; details stay in the server log."""
        with self.db.session() as session:
            record(
                session,
                ErrorEvent(
                    run_id=run_id,
                    data=LastError(
                        code="server_error", message=f"Internal error: {type(error).__name__}"
                    ),
                ),
            )

    def _end(self, run_id: str, status: Any, **details: Any) -> None:
        with self.db.session() as session:
            row = session.scalar(select(RunRow).where(RunRow.id == run_id))
            if row is not None and row.status not in TERMINAL_RUN_STATUSES:
                runs.end_run(session, row, status, **details)

    def _stop(self, run_id: str, token: CancelToken) -> None:
        status, error = _STOP.get(token.reason or "cancelled", _STOP["cancelled"])
        self._end(run_id, status, error=error)

    # -- loop ----------------------------------------------------------------------------
    def _loop(self, run_id: str, token: CancelToken) -> None:
        previous: ReadAhead | None = None  # the last turn's network stream
        while True:
            started = time.perf_counter()
            if token.is_set():
                return self._stop(run_id, token)
            with self.db.reader() as session:  # a snapshot: no write lock while reading
                # A plain row (read-only, the columns by name): no ORM object to build.
                row = session.execute(_READ_RUN, {"run_id": run_id}).one_or_none()
                if row is None or row.status in TERMINAL_RUN_STATUSES:
                    return None
                if row.status == "cancelling":  # cancelled from another process
                    token.cancel("cancelled")
                    continue
                context = build_context(
                    session, row, default_budget=self.settings.context_token_budget
                )
                limit = self._limit_reached(row, context.turn)
                if limit:
                    return self._end(run_id, "incomplete", incomplete_reason=limit)
                connection, state = session.execute(
                    _READ_CONNECTION, {"thread_id": row.thread_id, "assistant_id": row.assistant_id}
                ).one()
                info = _RunInfo(
                    id=row.id,
                    thread_id=row.thread_id,
                    assistant_id=row.assistant_id,
                    tools=tuple(t["type"] for t in row.tools),
                    declared=frozenset(
                        t["function"]["name"] for t in row.tools if t["type"] == "function"
                    ),
                    parallel=row.parallel_tool_calls,
                    search_options=next(
                        (t.get("file_search") for t in row.tools if t["type"] == "file_search"),
                        None,
                    ),
                    model=row.model,
                    usage=row.usage,
                    cost=row.cost,
                )
            backend = self.backends.get(row.model_backend)
            # Outside the transaction: describing tools may read the database itself.
            request = self._request(row, context, hosted=getattr(backend, "hosted_code", False))
            request.connection, request.provider_state = connection, state or {}
            stream = backend.stream(request, cancel=token)
            # Bursts from a server become one write; an in-process model's pieces go one by one.
            batches: Any
            if getattr(backend, "streams_over_network", False):
                batches = previous = ReadAhead(stream, token, after=previous)
            else:
                batches = one_by_one(stream)
            turn = self._model_turn(run_id, batches, token, _Turn(context.turn, info))
            if self.on_turn is not None:
                self.on_turn(run_id, turn.number, time.perf_counter() - started)
            if token.is_set():
                return self._stop(run_id, token)
            if turn.ended:
                return None
            if self._run_tools(run_id, turn, token):
                return None  # waiting for submit_tool_outputs

    def _limit_reached(self, row: Any, turn: int) -> str | None:
        if turn >= self.settings.max_run_steps:
            return "max_steps"
        used = (row.usage or {}).get("completion_tokens", 0)
        if row.max_completion_tokens is not None and used >= row.max_completion_tokens:
            return "max_completion_tokens"
        return None

    def _request(self, row: Any, context: Any, *, hosted: bool = False) -> ModelRequest:
        remaining = None
        if row.max_completion_tokens is not None:
            remaining = row.max_completion_tokens - (row.usage or {}).get("completion_tokens", 0)
        return ModelRequest(
            model=row.model,
            instructions=row.instructions,
            messages=context.messages,
            tools=[self._tool_spec(tool, row, hosted=hosted) for tool in row.tools],
            files=self._attached(row) if hosted else [],
            tool_choice=row.tool_choice,
            parallel_tool_calls=row.parallel_tool_calls,
            temperature=row.temperature,
            top_p=row.top_p,
            max_completion_tokens=remaining,
            turn=context.turn,
            thread_id=row.thread_id,
            run_id=row.id,
        )

    def _tool_spec(self, tool: dict[str, Any], row: Any, *, hosted: bool) -> ToolSpec:
        thread_id = row.thread_id
        if tool["type"] == toolcalls.FILE_SEARCH:
            # The workbench's own search, offered to every backend as a tool it can call.
            description = (
                self.file_search.describe(thread_id, row.assistant_id)
                if self.file_search is not None
                else "File search is not enabled on this workbench."
            )
            return ToolSpec(
                type="file_search",
                name=toolcalls.FILE_SEARCH,
                description=description,
                parameters=file_search.PARAMETERS,
            )
        if tool["type"] == "code_interpreter":
            return ToolSpec(
                type="code_interpreter",
                name=toolcalls.CODE_INTERPRETER,
                # A hosted interpreter is the provider's: no local kernel to describe.
                description=None if hosted else self._describe_code(thread_id),
                parameters=CODE_PARAMETERS,
            )
        if tool["type"] != "function":
            return ToolSpec(type=tool["type"], name=tool["type"])
        fn = tool["function"]
        registered = self.functions.get(fn["name"])
        return ToolSpec(
            type="function",
            name=fn["name"],
            description=fn.get("description") or (registered.description if registered else None),
            parameters=fn.get("parameters") or (registered.parameters if registered else None),
        )

    def _attached(self, row: Any) -> list[AttachedFile]:
        if self.code_interpreter is None or not any(
            t["type"] == "code_interpreter" for t in row.tools
        ):
            return []
        return [
            AttachedFile(file_id=file_id, filename=name, path=str(path))
            for file_id, name, path in self.code_interpreter.thread_files(row.thread_id)
        ]

    def _describe_code(self, thread_id: str) -> str:
        if self.code_interpreter is None:
            return "The code interpreter is not enabled on this workbench."
        try:
            return self.code_interpreter.describe(thread_id)
        except WorkbenchError as error:
            return f"The code interpreter is unavailable right now: {error.message}"

    # -- one model call ------------------------------------------------------------------
    def _model_turn(self, run_id: str, batches: Any, token: CancelToken, turn: _Turn) -> _Turn:
        """Persist what the model streams, a batch (what arrived together) per write; the
        batch that ends the stream also closes the turn, in the same write."""
        try:
            for events, ended in batches:
                if token.is_set():
                    break
                if not ended and not any(isinstance(e, _WRITES) for e in events):
                    self._note(turn, events)
                    continue
                with self._write(turn) as session:
                    for event in events:
                        self._apply(session, run_id, turn, event)
                    if ended:
                        self._end_turn(session, run_id, turn, token)
                if ended:
                    return turn
        finally:
            batches.close()
        with self._write(turn) as session:
            self._end_turn(session, run_id, turn, token)
        return turn

    @contextmanager
    def _write(self, turn: _Turn) -> Iterator[Session]:
        """A transaction that also saves what the block changed of the turn's own rows."""
        with self.db.session() as session:
            yield session
            self._save(session, turn)

    def _save(self, session: Session, turn: _Turn) -> None:
        for row in turn.owned:
            row.save(session)

    def _apply(self, session: Session, run_id: str, turn: _Turn, event: Any) -> None:
        if isinstance(event, TextDelta):
            if event.text:
                self._on_text(session, run_id, turn, event.text)
        elif isinstance(event, ToolCallDelta):
            self._on_tool_call(session, run_id, turn, event)
        elif isinstance(event, HostedCode):
            self._on_hosted(session, run_id, turn, event)
        elif isinstance(event, GeneratedFile):
            self._on_file(session, run_id, turn, event)
        elif isinstance(event, StateUpdate):
            self._save_state(session, turn.run.thread_id, event.state)
        else:
            self._note(turn, [event])

    def _note(self, turn: _Turn, events: list[Any]) -> None:
        """What the turn only keeps in memory until its last write: usage and the finish."""
        for event in events:
            if isinstance(event, UsageReport):
                turn.prompt_tokens += event.prompt_tokens
                turn.completion_tokens += event.completion_tokens
                turn.container_sessions += event.container_sessions
            elif isinstance(event, Finish):
                turn.finish = event.reason

    def _end_turn(self, session: Session, run_id: str, turn: _Turn, token: CancelToken) -> None:
        """The turn's last write: close its message, add its usage, and end the run when
        this turn ends it."""
        if not token.is_set():
            self._close_message(
                session,
                run_id,
                turn,
                incomplete="stream_interrupted" if turn.finish == "interrupted" else None,
            )
        usage = self._usage(turn)
        ending = None if token.is_set() else _ending(turn)
        if ending is not None:
            status, reason = ending  # the run ends with this turn: in this same transaction
            if reason != "max_completion_tokens":
                self._place_outputs(session, run_id, turn)
            turn.ended = True
            hosted_open = any(call not in turn.hosted_done for call in turn.hosted)
            if status == "completed" and not hosted_open:
                # All this turn opened is closed, earlier tool steps closed when their
                # tools ran: the run ends in one statement, with its usage.
                runs.finish(session, run_id, status, values=usage)
                return
        if usage:
            session.execute(_SET_RUN, {"run_id": run_id, **usage})
        if ending is not None:  # something may still be open: the general way
            self._save(session, turn)
            run = session.scalar(select(RunRow).where(RunRow.id == run_id))
            if run is not None and run.status not in TERMINAL_RUN_STATUSES:
                runs.end_run(session, run, ending[0], incomplete_reason=ending[1])

    def _on_text(self, session: Session, run_id: str, turn: _Turn, text: str) -> None:
        message = turn.message or self._open_message(session, run_id, turn)
        turn.text += text
        message.set(content=[{"type": "text", "text": {"value": turn.text, "annotations": []}}])
        record(session, text_delta(message.id, run_id, 0, text))

    def _open_message(self, session: Session, run_id: str, turn: _Turn) -> Owned:
        run = turn.run
        message = Owned.new(
            _MESSAGES,
            id=new_id("msg"),
            thread_id=run.thread_id,
            created_at=now(),
            role="assistant",
            status="in_progress",
            content=[],
            attachments=[],
            assistant_id=run.assistant_id,
            run_id=run_id,
        )
        turn.owned.append(message)
        step = self._new_step(
            turn, {"type": "message_creation", "message_creation": {"message_id": message.id}}
        )
        turn.message, turn.message_step, turn.text = message, step, ""
        step_schema = step.public(RunStep)
        message_schema = message.public(Message)
        for name in ("thread.run.step.created", "thread.run.step.in_progress"):
            record(session, RunStepEvent(event=name, run_id=run_id, data=step_schema))
        for name in ("thread.message.created", "thread.message.in_progress"):
            record(session, MessageEvent(event=name, run_id=run_id, data=message_schema))
        return message

    def _new_step(self, turn: _Turn, details: dict[str, Any]) -> Owned:
        run = turn.run
        step = Owned.new(
            _STEPS,
            id=new_id("step"),
            run_id=run.id,
            thread_id=run.thread_id,
            assistant_id=run.assistant_id,
            created_at=now(),
            turn=turn.number,
            type=details["type"],
            status="in_progress",
            step_details=details,
        )
        turn.owned.append(step)
        return step

    def _close_message(
        self, session: Session, run_id: str, turn: _Turn, *, incomplete: str | None = None
    ) -> None:
        message, step = turn.message, turn.message_step
        if message is None or step is None or message["status"] != "in_progress":
            return
        pending = turn.files
        if turn.run.runs_code:
            self._save(session, turn)  # `unplaced` reads what this turn wrote so far
            pending = outputs.unplaced(session, run_id) + pending
        turn.files = []
        if pending:
            message.set(content=outputs.attach(message["content"], pending))
        if toolcalls.FILE_SEARCH in turn.run.tools:
            passages = _passages(session, run_id)
            if passages:
                message.set(content=citations.annotate(message["content"], passages))
        stamp = now()
        if incomplete:
            message.set(status="incomplete", incomplete_details={"reason": incomplete})
        else:
            message.set(status="completed", completed_at=stamp)
        step.set(status="completed", completed_at=stamp)
        record(
            session,
            MessageEvent(
                event="thread.message.incomplete" if incomplete else "thread.message.completed",
                run_id=run_id,
                data=message.public(Message),
            ),
        )
        record(
            session,
            RunStepEvent(
                event="thread.run.step.completed", run_id=run_id, data=step.public(RunStep)
            ),
        )
        turn.message = None

    def _place_outputs(self, session: Session, run_id: str, turn: _Turn) -> None:
        """Outputs no message shows yet (the model ended right after its code) get a
        message of their own, so no chart or file is left out of the reply."""
        if not turn.files:
            if not turn.run.runs_code:
                return
            self._save(session, turn)
            if not outputs.unplaced(session, run_id):
                return
        self._open_message(session, run_id, turn)
        self._close_message(session, run_id, turn)

    # -- what a provider does on its side (hosted code, its files, its per-thread state) ---
    def _on_hosted(self, session: Session, run_id: str, turn: _Turn, event: HostedCode) -> None:
        """A hosted code call as a tool_calls step of its own, shown live like local code."""
        step = turn.hosted.get(event.id)
        if step is None:
            self._close_message(session, run_id, turn)
            step = turn.hosted[event.id] = self._new_step(
                turn, {"type": "tool_calls", "tool_calls": [_hosted_call(event.id, "")]}
            )
            turn.hosted_code[event.id] = ""
            schema = step.public(RunStep)
            for name in ("thread.run.step.created", "thread.run.step.in_progress"):
                record(session, RunStepEvent(event=name, run_id=run_id, data=schema))
        if event.phase == "started":
            return
        before = turn.hosted_code[event.id]
        code = before + event.code if event.phase == "code" else (event.code or before)
        turn.hosted_code[event.id] = code
        produced = turn.hosted_outputs.pop(event.id, []) if event.phase != "code" else []
        result = ([{"type": "logs", "logs": event.logs}] if event.logs else []) + produced
        call = _hosted_call(event.id, code, result)
        step.set(step_details={"type": "tool_calls", "tool_calls": [call]})
        piece: dict[str, Any] = {"index": 0, "id": event.id, "type": "code_interpreter"}
        if event.phase == "code":
            piece["code_interpreter"] = {"input": event.code}
        else:
            added = code[len(before) :] if code.startswith(before) else ""
            piece["code_interpreter"] = {"input": added, "outputs": result}
        record(session, tool_call_delta(step.id, run_id, [piece]))
        if event.phase in ("done", "failed"):
            turn.hosted_done.add(event.id)
            stamp = now()
            if event.phase == "failed":
                step.set(
                    status="failed",
                    completed_at=stamp,
                    failed_at=stamp,
                    last_error={"code": "server_error", "message": "The hosted code failed."},
                )
            else:
                step.set(status="completed", completed_at=stamp)
            record(
                session,
                RunStepEvent(
                    event=f"thread.run.step.{step['status']}",
                    run_id=run_id,
                    data=step.public(RunStep),
                ),
            )

    def _on_file(self, session: Session, run_id: str, turn: _Turn, event: GeneratedFile) -> None:
        """Keep a provider's file now (its container may expire) and show it in the reply."""
        if self.files is None:
            return
        try:  # a rejected file is refused before anything is written
            stored = self.files.put(
                session=session,
                data=event.data,
                filename=event.filename,
                purpose="assistants_output",
            )
        except WorkbenchError as error:
            log.warning("run %s: a generated file was not kept: %s", run_id, error.message)
            return
        if stored.mime_type.startswith("image/"):
            output = {"type": "image", "image": {"file_id": stored.id}}
        else:
            output = {"type": "file", "file": {"file_id": stored.id, "filename": stored.filename}}
        if event.call_id is not None and event.call_id in turn.hosted:
            turn.hosted_outputs.setdefault(event.call_id, []).append(output)
        else:
            turn.files.append(output)

    def _save_state(self, session: Session, thread_id: str, state: dict[str, Any]) -> None:
        thread = session.scalar(select(ThreadRow).where(ThreadRow.id == thread_id))
        if thread is not None:
            thread.provider_state = {**(thread.provider_state or {}), **state}

    def _on_tool_call(
        self, session: Session, run_id: str, turn: _Turn, delta: ToolCallDelta
    ) -> None:
        self._close_message(session, run_id, turn)
        step = turn.tool_step
        if step is None:
            step = turn.tool_step = self._new_step(turn, {"type": "tool_calls", "tool_calls": []})
            schema = step.public(RunStep)
            for name in ("thread.run.step.created", "thread.run.step.in_progress"):
                record(session, RunStepEvent(event=name, run_id=run_id, data=schema))
        call = turn.calls.get(delta.index)
        new = call is None
        if call is None:
            name = delta.name or ""
            kind = (
                "code_interpreter"
                if name == toolcalls.CODE_INTERPRETER and turn.run.runs_code
                else toolcalls.FILE_SEARCH
                if name == toolcalls.FILE_SEARCH and toolcalls.FILE_SEARCH in turn.run.tools
                else "function"
            )
            call = {"id": delta.id or new_id("call"), "name": name, "arguments": "", "type": kind}
            turn.calls[delta.index] = call
        elif delta.name:
            call["name"] += delta.name
        code_before = toolcalls.partial_code(call["arguments"])
        call["arguments"] += delta.arguments
        step.set(step_details=toolcalls.details(turn.calls, {}))
        piece = toolcalls.piece(
            call, delta.index, new=new, arguments=delta.arguments, code_before=code_before
        )
        record(session, tool_call_delta(step.id, run_id, [piece]))

    def _usage(self, turn: _Turn) -> dict[str, Any]:
        """Put the turn's usage on its last step; the run's new usage and estimated cost
        (nothing when the turn reported none). The run's totals as the turn began are
        known, so nothing is read back."""
        if not (turn.prompt_tokens or turn.completion_tokens or turn.container_sessions):
            return {}
        usage = {
            "prompt_tokens": turn.prompt_tokens,
            "completion_tokens": turn.completion_tokens,
            "total_tokens": turn.prompt_tokens + turn.completion_tokens,
        }
        last_step = turn.tool_step or turn.message_step
        if last_step is not None:
            last_step.set(usage=usage)
        before = turn.run.usage or {}
        total = {key: before.get(key, 0) + usage[key] for key in usage}
        sessions = (turn.run.cost or {}).get("container_sessions", 0) + turn.container_sessions
        cost = costs.estimate(
            model=turn.run.model, usage=total, container_sessions=sessions, settings=self.settings
        )
        return {"usage": total, "cost": cost}

    # -- tools ---------------------------------------------------------------------------
    def _run_tools(self, run_id: str, turn: _Turn, token: CancelToken) -> bool:
        """Run local calls (in parallel when allowed); True when the run now waits for the
        client to submit outputs of functions it declared but the workbench does not have."""
        declared, parallel, thread_id = turn.run.declared, turn.run.parallel, turn.run.thread_id
        calls = [turn.calls[index] for index in sorted(turn.calls)]
        client = [
            c
            for c in calls
            if c["type"] == "function"
            and self.functions.get(c["name"]) is None
            and c["name"] in declared
        ]
        local = [c for c in calls if c not in client]
        searched = self._search(turn, [c for c in local if c["type"] == toolcalls.FILE_SEARCH])
        local = [c for c in local if c["id"] not in searched]

        def call_one(call: dict[str, Any]) -> str | CodeResult:
            if call["type"] == toolcalls.CODE_INTERPRETER:
                return self._run_code(thread_id, call, token)
            if self.functions.get(call["name"]) is None:
                return _tool_error(
                    f"Tool '{call['name']}' is not available to this run. "
                    "Use one of the tools you were given."
                )
            return self.functions.call(
                call["name"],
                call["arguments"],
                timeout=self.settings.function_timeout_seconds,
                cancel=token,
            )

        if parallel and len(local) > 1:
            with ThreadPoolExecutor(max_workers=min(8, len(local))) as pool:
                results = list(pool.map(call_one, local))
        else:
            results = [call_one(call) for call in local]
        outputs: dict[str, Any] = {
            call["id"]: output for call, output in zip(local, results, strict=True)
        }
        outputs.update(searched)

        with self._write(turn) as session:
            step = turn.tool_step
            assert step is not None
            step.set(step_details=toolcalls.details(turn.calls, outputs))
            if outputs:
                record(
                    session,
                    tool_call_delta(
                        step.id,
                        run_id,
                        [
                            toolcalls.result_piece(call, index, outputs[call["id"]])
                            for index, call in sorted(turn.calls.items())
                            if call["id"] in outputs
                        ],
                    ),
                )
            status = session.scalar(_RUN_STATUS, {"run_id": run_id})
            if token.is_set() or status != "in_progress":
                return False
            if client:
                run = session.scalar(select(RunRow).where(RunRow.id == run_id))
                assert run is not None
                run.status = "requires_action"
                run.required_action = {
                    "type": "submit_tool_outputs",
                    "submit_tool_outputs": {
                        "tool_calls": [
                            {
                                "id": c["id"],
                                "type": "function",
                                "function": {"name": c["name"], "arguments": c["arguments"]},
                            }
                            for c in client
                        ]
                    },
                }
                run.expires_at = now() + int(self.settings.requires_action_timeout_seconds)
                record(
                    session,
                    RunEvent(
                        event="thread.run.requires_action", run_id=run_id, data=to_schema(Run, run)
                    ),
                )
                return True
            step.set(status="completed", completed_at=now())
            record(
                session,
                RunStepEvent(
                    event="thread.run.step.completed", run_id=run_id, data=step.public(RunStep)
                ),
            )
        return False

    def _search(self, turn: _Turn, calls: list[dict[str, Any]]) -> dict[str, SearchCall]:
        """Run the turn's searches in order, numbering passages on from the run's earlier
        ones, so every number a reply cites names one passage of the run."""
        if not calls:
            return {}
        with self.db.reader() as session:
            number = len(_passages(session, turn.run.id)) + 1
        options = turn.run.search_options
        found: dict[str, SearchCall] = {}
        for call in calls:
            if self.file_search is None:
                found[call["id"]] = SearchCall(
                    "", error="File search is not enabled on this workbench."
                )
                continue
            result = self.file_search.run(
                thread_id=turn.run.thread_id,
                assistant_id=turn.run.assistant_id,
                arguments=call["arguments"],
                options=options,
                first_number=number,
            )
            number += len(result.results)
            found[call["id"]] = result
        return found

    def _run_code(
        self, thread_id: str, call: dict[str, Any], token: CancelToken
    ) -> str | CodeResult:
        if self.code_interpreter is None:
            return _tool_error("The code interpreter is not enabled on this workbench.")
        try:
            code = toolcalls.code_from_arguments(call["arguments"])
        except ValueError as error:
            return _tool_error(
                f'The arguments are not valid ({error}). Send {{"code": "<python code>"}}.'
            )
        return self.code_interpreter.run(thread_id=thread_id, code=code, cancel=token)


def _ending(turn: _Turn) -> tuple[Any, str | None] | None:
    """(status, incomplete reason) when the run ends with this turn; None when its tool
    calls are to be run."""
    if turn.finish == "length":
        return "incomplete", "max_completion_tokens"
    if turn.finish == "interrupted":
        return "incomplete", "stream_interrupted"
    if not turn.calls:
        return "completed", None
    return None


def _hosted_call(
    call_id: str, code: str, outputs: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return {
        "id": call_id,
        "type": "code_interpreter",
        "code_interpreter": {"input": code, "outputs": outputs or []},
    }


def _passages(session: Session, run_id: str) -> dict[int, dict[str, Any]]:
    """The run's numbered search passages so far, each with the query that found it."""
    found: dict[int, dict[str, Any]] = {}
    for details in session.scalars(
        select(RunStepRow.step_details).where(
            RunStepRow.run_id == run_id, RunStepRow.type == "tool_calls"
        )
    ):
        for call in details.get("tool_calls") or []:
            if call["type"] != toolcalls.FILE_SEARCH:
                continue
            search = call.get(toolcalls.FILE_SEARCH) or {}
            for result in search.get("results") or []:
                found[result["number"]] = {**result, "query": search.get("query", "")}
    return found


def _tool_error(message: str) -> str:
    return json.dumps({"error": message})
