"""subscribe(run_id): replay the run's persisted events, then follow live ones, so a late
or reconnecting subscriber sees exactly the sequence an early one saw."""

from __future__ import annotations

import queue
from collections.abc import Iterator

from sqlalchemy import select

from services.common import get_row
from services.engine.bus import EventBus
from services.engine.events import EVENT_ADAPTER, Event
from services.store.db import Database
from services.store.models import RunEventRow, RunRow

# Re-read the log this often while idle: covers events written by another process.
POLL_SECONDS = 1.0


def subscribe(
    *, db: Database, bus: EventBus, run_id: str, after: int = 0, timeout: float | None = None
) -> Iterator[Event]:
    """Yield the run's events with `seq > after`, ending after `done`. With `timeout`, stop
    quietly when nothing arrives for that long (the caller may subscribe again later)."""
    inbox = bus.open_queue(run_id)  # first, so nothing published during replay is missed
    try:
        with db.reader() as session:
            get_row(session, RunRow, run_id, "run")
        cursor = after
        idle = 0.0
        reread = True  # the log is read at first, after a gap, and when idle
        while True:
            if reread:
                for event in _read_log(db, run_id, cursor):
                    cursor = event.seq
                    yield event
                    if event.event == "done":
                        return
                reread = False
            wait = POLL_SECONDS if timeout is None else min(POLL_SECONDS, timeout - idle)
            try:
                event = inbox.get(timeout=max(wait, 0.0))
            except queue.Empty:
                idle += wait
                if timeout is not None and idle >= timeout:
                    return
                reread = True  # another process may be writing this run's events
                continue
            idle = 0.0
            while True:  # drain what is already here without touching the database
                if event.seq > cursor:
                    if event.seq != cursor + 1 and _gap(db, run_id, cursor, event.seq):
                        reread = True  # something between came from elsewhere
                        break
                    cursor = event.seq
                    yield event
                    if event.event == "done":
                        return
                try:
                    event = inbox.get_nowait()
                except queue.Empty:
                    break
    finally:
        bus.close_queue(run_id, inbox)


def _read_log(db: Database, run_id: str, after: int) -> list[Event]:
    with db.reader() as session:
        rows = session.execute(
            select(RunEventRow.id, RunEventRow.event, RunEventRow.data)
            .where(RunEventRow.run_id == run_id, RunEventRow.id > after)
            .order_by(RunEventRow.id)
        ).all()
    return [
        EVENT_ADAPTER.validate_python({"event": name, "data": data, "run_id": run_id, "seq": seq})
        for seq, name, data in rows
    ]


def _gap(db: Database, run_id: str, after: int, before: int) -> bool:
    """Whether the log holds events of this run between two sequence numbers."""
    with db.reader() as session:
        found = session.scalar(
            select(RunEventRow.id)
            .where(RunEventRow.run_id == run_id, RunEventRow.id > after, RunEventRow.id < before)
            .limit(1)
        )
    return found is not None
