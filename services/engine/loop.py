"""The run loop: build context, call the model, persist what it streams, dispatch tool
calls, repeat, until the model finishes, a limit ends the run, or it waits for outputs.
A turn's state and statements are in turn.py, what it writes as it streams in writes.py,
and the tools (the specs offered to the model, running the calls) in tool_runner.py."""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from services import costs, run_endings, runs
from services.cancel import CancelToken
from services.common import now, to_schema
from services.config import Settings
from services.engine import writes
from services.engine.bus import record
from services.engine.context import PromptTooLarge, build_context
from services.engine.events import ErrorEvent, RunEvent
from services.engine.readahead import ReadAhead, one_by_one
from services.engine.tool_runner import ToolRunner
from services.engine.turn import READ_CONNECTION, READ_RUN, SET_RUN, RunInfo, Turn, save, write
from services.errors import WorkbenchError
from services.files import FileStore
from services.llm.base import (
    Finish,
    GeneratedFile,
    HostedCode,
    HostedSearch,
    ModelRequest,
    StateUpdate,
    TextDelta,
    ToolCallDelta,
    UsageReport,
)
from services.llm.registry import BackendRegistry
from services.schemas import TERMINAL_RUN_STATUSES, LastError, Run
from services.store.db import Database
from services.store.models import RunRow
from services.tools.code_interpreter import CodeInterpreter
from services.tools.file_search import FileSearch
from services.tools.functions import FunctionRegistry

log = logging.getLogger(__name__)
# The model events that are written as they arrive (the others wait for the turn's end).
_WRITES = (TextDelta, ToolCallDelta, HostedCode, HostedSearch, GeneratedFile, StateUpdate)

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
        self.tools = ToolRunner(
            db=db,
            settings=settings,
            functions=functions,
            code_interpreter=code_interpreter,
            file_search=file_search,
        )

    # The tool runner's, settable here as before (tests swap the function registry).
    @property
    def functions(self) -> FunctionRegistry:
        return self.tools.functions

    @functions.setter
    def functions(self, functions: FunctionRegistry) -> None:
        self.tools.functions = functions

    @property
    def code_interpreter(self) -> CodeInterpreter | None:
        return self.tools.code_interpreter

    @code_interpreter.setter
    def code_interpreter(self, code_interpreter: CodeInterpreter | None) -> None:
        self.tools.code_interpreter = code_interpreter

    @property
    def file_search(self) -> FileSearch | None:
        return self.tools.file_search

    @file_search.setter
    def file_search(self, file_search: FileSearch | None) -> None:
        self.tools.file_search = file_search

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
                run_endings.end_run(session, row, status, **details)

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
                row = session.execute(READ_RUN, {"run_id": run_id}).one_or_none()
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
                    READ_CONNECTION, {"thread_id": row.thread_id, "assistant_id": row.assistant_id}
                ).one()
                info = RunInfo(
                    id=row.id,
                    thread_id=row.thread_id,
                    assistant_id=row.assistant_id,
                    owner=row.owner,
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
            request = self._request(
                row,
                context,
                hosted=getattr(backend, "hosted_code", False),
                search=self.settings.responses_file_search == "hosted"
                and getattr(backend, "hosted_search", False),
            )
            request.connection, request.provider_state = connection, state or {}
            stream = backend.stream(request, cancel=token)
            # Bursts from a server become one write; an in-process model's pieces go one by one.
            batches: Any
            if getattr(backend, "streams_over_network", False):
                batches = previous = ReadAhead(stream, token, after=previous)
            else:
                batches = one_by_one(stream)
            turn = self._model_turn(run_id, batches, token, Turn(context.turn, info))
            if self.on_turn is not None:
                self.on_turn(run_id, turn.number, time.perf_counter() - started)
            if token.is_set():
                return self._stop(run_id, token)
            if turn.ended:
                return None
            if self.tools.run_calls(run_id, turn, token):
                return None  # waiting for submit_tool_outputs

    def _limit_reached(self, row: Any, turn: int) -> str | None:
        if turn >= self.settings.max_run_steps:
            return "max_steps"
        used = (row.usage or {}).get("completion_tokens", 0)
        if row.max_completion_tokens is not None and used >= row.max_completion_tokens:
            return "max_completion_tokens"
        return None

    def _request(
        self, row: Any, context: Any, *, hosted: bool = False, search: bool = False
    ) -> ModelRequest:
        remaining = None
        if row.max_completion_tokens is not None:
            remaining = row.max_completion_tokens - (row.usage or {}).get("completion_tokens", 0)
        return ModelRequest(
            model=row.model,
            instructions=row.instructions,
            messages=context.messages,
            tools=[self.tools.tool_spec(tool, row, hosted=hosted) for tool in row.tools],
            files=self.tools.attached(row) if hosted else [],
            search=self.tools.search_documents(row) if search else None,
            tool_choice=row.tool_choice,
            parallel_tool_calls=row.parallel_tool_calls,
            temperature=row.temperature,
            top_p=row.top_p,
            max_completion_tokens=remaining,
            turn=context.turn,
            thread_id=row.thread_id,
            run_id=row.id,
        )

    # -- one model call ------------------------------------------------------------------
    def _model_turn(self, run_id: str, batches: Any, token: CancelToken, turn: Turn) -> Turn:
        """Persist what the model streams, a batch (what arrived together) per write; the
        batch that ends the stream also closes the turn, in the same write."""
        try:
            for events, ended in batches:
                if token.is_set():
                    break
                if not ended and not any(isinstance(e, _WRITES) for e in events):
                    self._note(turn, events)
                    continue
                with write(self.db, turn) as session:
                    for event in events:
                        self._apply(session, run_id, turn, event)
                    if ended:
                        self._end_turn(session, run_id, turn, token)
                if ended:
                    return turn
        finally:
            batches.close()
        with write(self.db, turn) as session:
            self._end_turn(session, run_id, turn, token)
        return turn

    def _apply(self, session: Session, run_id: str, turn: Turn, event: Any) -> None:
        if isinstance(event, TextDelta):
            if event.text:
                writes.on_text(session, run_id, turn, event.text)
        elif isinstance(event, ToolCallDelta):
            writes.on_tool_call(session, run_id, turn, event)
        elif isinstance(event, HostedCode):
            writes.on_hosted(session, run_id, turn, event)
        elif isinstance(event, HostedSearch):
            writes.on_hosted_search(session, run_id, turn, event)
        elif isinstance(event, GeneratedFile):
            writes.on_file(session, run_id, turn, event, files=self.files)
        elif isinstance(event, StateUpdate):
            writes.save_state(session, turn.run.thread_id, event.state)
        else:
            self._note(turn, [event])

    def _note(self, turn: Turn, events: list[Any]) -> None:
        """What the turn only keeps in memory until its last write: usage and the finish."""
        for event in events:
            if isinstance(event, UsageReport):
                turn.prompt_tokens += event.prompt_tokens
                turn.completion_tokens += event.completion_tokens
                turn.container_sessions += event.container_sessions
            elif isinstance(event, Finish):
                turn.finish = event.reason

    def _end_turn(self, session: Session, run_id: str, turn: Turn, token: CancelToken) -> None:
        """The turn's last write: close its message, add its usage, and end the run when
        this turn ends it."""
        if not token.is_set():
            writes.close_message(
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
                writes.place_outputs(session, run_id, turn)
            turn.ended = True
            hosted_open = any(call not in turn.hosted_done for call in turn.hosted)
            if status == "completed" and not hosted_open:
                # All this turn opened is closed, earlier tool steps closed when their
                # tools ran: the run ends in one statement, with its usage.
                run_endings.finish(session, run_id, status, values=usage)
                return
        if usage:
            session.execute(SET_RUN, {"run_id": run_id, **usage})
        if ending is not None:  # something may still be open: the general way
            save(session, turn)
            run = session.scalar(select(RunRow).where(RunRow.id == run_id))
            if run is not None and run.status not in TERMINAL_RUN_STATUSES:
                run_endings.end_run(session, run, ending[0], incomplete_reason=ending[1])

    def _usage(self, turn: Turn) -> dict[str, Any]:
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


def _ending(turn: Turn) -> tuple[Any, str | None] | None:
    """(status, incomplete reason) when the run ends with this turn; None when its tool
    calls are to be run."""
    if turn.finish == "length":
        return "incomplete", "max_completion_tokens"
    if turn.finish == "interrupted":
        return "incomplete", "stream_interrupted"
    if not turn.calls:
        return "completed", None
    return None
