"""One model turn as the run loop keeps it: what it needs of the run (RunInfo), what it
produced (Turn), the statements every turn runs, and how its own rows are saved."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from services.engine import toolcalls
from services.engine.records import Owned
from services.store.db import Database
from services.store.models import AssistantRow, MessageRow, RunRow, RunStepRow, ThreadRow

MESSAGES: Table = MessageRow.__table__  # type: ignore[assignment]
STEPS: Table = RunStepRow.__table__  # type: ignore[assignment]
RUNS: Table = RunRow.__table__  # type: ignore[assignment]
# The statements of every turn, built once: building one costs more than running it.
READ_RUN = select(RUNS).where(RUNS.c.id == bindparam("run_id"))
RUN_STATUS = select(RUNS.c.status).where(RUNS.c.id == bindparam("run_id"))
SET_RUN = update(RUNS).where(RUNS.c.id == bindparam("run_id"))  # sets what it is given
READ_CONNECTION = (
    select(AssistantRow.connection, ThreadRow.provider_state)
    .where(ThreadRow.id == bindparam("thread_id"))
    .outerjoin(AssistantRow, AssistantRow.id == bindparam("assistant_id"))
)


@dataclass(frozen=True)
class RunInfo:
    """What a run's turn needs of the run and does not change while it executes (read
    once per turn instead of once per delta)."""

    id: str
    thread_id: str
    assistant_id: str | None
    owner: str | None = None  # the thread's owner: whose code sessions the run counts against
    tools: tuple[str, ...] = ()  # tool types
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
class Turn:
    """What one model call produced, as it is persisted."""

    number: int
    run: RunInfo
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


def save(session: Session, turn: Turn) -> None:
    """Write what changed of the rows the turn owns (records.py)."""
    for row in turn.owned:
        row.save(session)


@contextmanager
def write(db: Database, turn: Turn) -> Iterator[Session]:
    """A transaction that also saves what the block changed of the turn's own rows."""
    with db.session() as session:
        yield session
        save(session, turn)


def passages(session: Session, run_id: str) -> dict[int, dict[str, Any]]:
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
