"""How runs end: the one transition to a terminal status (closing the run's open messages
and steps and announcing it), used by the engine, cancellation, the expiry timer and crash
recovery."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

from sqlalchemy import Table, bindparam, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from services.common import now, schema_from_values, to_schema
from services.engine.bus import record
from services.engine.events import DoneEvent, MessageEvent, RunEvent, RunStepEvent
from services.schemas import TERMINAL_RUN_STATUSES, Message, Run, RunStep
from services.store.models import MessageRow, RunRow, RunStepRow

RESTART_MESSAGE = (
    "The server restarted while this run was in progress, so it was stopped. "
    "Send your message again to retry."
)
_RUNS: Table = RunRow.__table__  # type: ignore[assignment]
# Built once (building a statement costs more than running it); sets the columns it is given.
_FINISH = (
    sql_update(_RUNS)
    .where(_RUNS.c.id == bindparam("run_id"))
    .where(*(_RUNS.c.status != status for status in TERMINAL_RUN_STATUSES))  # no IN to expand
    .returning(*_RUNS.c)
)
_MESSAGE_REASON = {"cancelled": "run_cancelled", "expired": "run_expired", "failed": "run_failed"}
_STEP_STATUS = {
    "cancelled": "cancelled",
    "expired": "expired",
    "failed": "failed",
    "incomplete": "cancelled",
    "completed": "completed",
}
_TIMESTAMP = {
    "cancelled": "cancelled_at",
    "failed": "failed_at",
    "completed": "completed_at",
    "incomplete": "completed_at",
}


def end_run(
    session: Session,
    row: RunRow,
    status: Literal["completed", "cancelled", "failed", "expired", "incomplete"],
    *,
    error: tuple[str, str] | None = None,
    incomplete_reason: str | None = None,
    nothing_open: bool = False,
) -> Run:
    """Finish a run: close its open messages and steps, set the final status, and record
    the matching events followed by `done`. `nothing_open`: the caller closed them all
    itself (the run loop finishing normally), so they are not looked for."""
    stamp = now()
    open_messages = select(MessageRow).where(
        MessageRow.run_id == row.id, MessageRow.status == "in_progress"
    )
    for message in [] if nothing_open else session.scalars(open_messages):
        reason = _MESSAGE_REASON.get(status, incomplete_reason)
        if status == "completed" or reason is None:
            message.status, message.completed_at = "completed", stamp
            name = "thread.message.completed"
        else:
            message.status, message.incomplete_details = "incomplete", {"reason": reason}
            name = "thread.message.incomplete"
        record(
            session,
            MessageEvent(
                event=name,
                run_id=row.id,
                data=to_schema(Message, message),
            ),
        )
    step_status = _STEP_STATUS[status]
    open_steps = select(RunStepRow).where(
        RunStepRow.run_id == row.id, RunStepRow.status == "in_progress"
    )
    for step in [] if nothing_open else session.scalars(open_steps):
        step.status = step_status
        setattr(step, f"{step_status}_at", stamp)
        if status == "failed" and error:
            step.last_error = {"code": error[0], "message": error[1]}
        record(
            session,
            RunStepEvent(
                event=f"thread.run.step.{step_status}",
                run_id=row.id,
                data=to_schema(RunStep, step),
            ),
        )
    for column, value in _final_values(status, error, incomplete_reason, stamp).items():
        setattr(row, column, value)
    run = to_schema(Run, row)
    _announce(session, run)
    return run


def finish(
    session: Session,
    run_id: str,
    status: Literal["completed", "incomplete"],
    *,
    incomplete_reason: str | None = None,
    values: Mapping[str, Any] | None = None,
) -> Run | None:
    """End an executing run in one statement, without reading it first: its worker has
    closed all it opened. `values` are written too (the last turn's usage). None when the
    run had already ended."""
    final = {**(values or {}), **_final_values(status, None, incomplete_reason, now())}
    row = session.execute(_FINISH, {"run_id": run_id, **final}).mappings().one_or_none()
    if row is None:
        return None
    run = schema_from_values(Run, dict(row))
    _announce(session, run)
    return run


def _final_values(
    status: str, error: tuple[str, str] | None, incomplete_reason: str | None, stamp: int
) -> dict[str, Any]:
    values: dict[str, Any] = {"status": status, "required_action": None}
    if error is not None:
        values["last_error"] = {"code": error[0], "message": error[1]}
    if incomplete_reason is not None and status == "incomplete":
        values["incomplete_details"] = {"reason": incomplete_reason}
    if status in _TIMESTAMP:
        values[_TIMESTAMP[status]] = stamp
    return values


def _announce(session: Session, run: Run) -> None:
    record(session, RunEvent(event=f"thread.run.{run.status}", run_id=run.id, data=run))
    record(session, DoneEvent(run_id=run.id))


def recover(*, session: Session, is_alive: Callable[[str | None], bool]) -> list[str]:
    """At start-up: fail runs whose worker process is gone, so none hangs forever."""
    failed = []
    for row in session.scalars(
        select(RunRow).where(RunRow.status.in_(("queued", "in_progress", "cancelling")))
    ):
        if is_alive(row.worker):
            continue
        if row.status == "cancelling":
            end_run(session, row, "cancelled")
        else:
            end_run(session, row, "failed", error=("server_error", RESTART_MESSAGE))
        failed.append(row.id)
    return failed


def expire_due(*, session: Session, at: int | None = None) -> list[str]:
    """Expire runs that waited in `requires_action` past their deadline."""
    at = now() if at is None else at
    expired = []
    for row in session.scalars(
        select(RunRow).where(RunRow.status == "requires_action", RunRow.expires_at <= at)
    ):
        end_run(session, row, "expired")
        expired.append(row.id)
    return expired


def waiting_deadlines(*, session: Session) -> list[tuple[int, str]]:
    """(expires_at, run_id) of every run waiting for tool outputs."""
    rows = session.execute(
        select(RunRow.expires_at, RunRow.id).where(RunRow.status == "requires_action")
    )
    return [(int(expires or 0), run_id) for expires, run_id in rows]
