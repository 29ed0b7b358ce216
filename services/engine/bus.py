"""The event bus: committed events fan out to per-run subscriber queues and to global
listeners (the worker pool). Publishing happens only after the commit (see record())."""

from __future__ import annotations

import logging
import queue
import threading
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import Table, insert, text
from sqlalchemy.orm import Session

from services.engine.events import Event
from services.store.db import before_commit, on_commit
from services.store.models import RunEventRow

log = logging.getLogger(__name__)
Listener = Callable[[Event], None]
_PENDING = "pending_run_events"
_EVENTS: Table = RunEventRow.__table__  # type: ignore[assignment]
_INSERT = insert(_EVENTS)  # built once: building a statement costs more than running it
_LAST_ID = text("SELECT last_insert_rowid()")


class EventBus:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queues: dict[str, set[queue.SimpleQueue[Event]]] = defaultdict(set)
        self._listeners: list[Listener] = []

    def add_listener(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def open_queue(self, run_id: str) -> queue.SimpleQueue[Event]:
        """A queue that receives every event of `run_id` published from now on."""
        inbox: queue.SimpleQueue[Event] = queue.SimpleQueue()
        with self._lock:
            self._queues[run_id].add(inbox)
        return inbox

    def close_queue(self, run_id: str, inbox: queue.SimpleQueue[Event]) -> None:
        with self._lock:
            inboxes = self._queues.get(run_id)
            if inboxes is not None:
                inboxes.discard(inbox)
                if not inboxes:
                    del self._queues[run_id]

    def publish(self, event: Event) -> None:
        with self._lock:
            inboxes = list(self._queues.get(event.run_id, ()))
            listeners = list(self._listeners)
        for inbox in inboxes:
            inbox.put(event)
        for listener in listeners:
            try:
                listener(event)
            except Exception:
                log.exception("event listener failed on %s", event.event)


def record(session: Session, event: Event) -> Event:
    """Append the event to the run's log in this transaction; publish it after commit.
    A transaction's events are written together, in order, just before it commits (one
    statement); their ids become the events' `seq`."""
    pending: list[tuple[Event, dict[str, Any]]] | None = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = []
        before_commit(session, lambda: _write(session))
    if pending and pending[-1][0].data is event.data:  # `created` then `in_progress`
        data = pending[-1][1]["data"]
    elif isinstance(event.data, str):
        data = event.data
    else:
        data = event.data.model_dump(mode="json")
    pending.append((event, {"run_id": event.run_id, "event": event.event, "data": data}))
    return event


def _write(session: Session) -> None:
    pending: list[tuple[Event, dict[str, Any]]] = session.info.pop(_PENDING, [])
    if not pending:
        return
    ids = _insert(session, [row for _, row in pending])
    for (event, _), seq in zip(pending, ids, strict=True):
        event.seq = seq
    bus: EventBus | None = session.info.get("bus")
    if bus is not None:
        events = [event for event, _ in pending]

        def publish() -> None:
            for event in events:
                bus.publish(event)

        on_commit(session, publish)


def _insert(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert the rows in order; their ids. On SQLite in one executemany and a look at the
    last id: a write transaction holds the write lock from its start (BEGIN IMMEDIATE), so
    the rows' AUTOINCREMENT ids are consecutive. (SQLAlchemy's ordered RETURNING runs one
    statement per row there.) Elsewhere RETURNING, in the rows' order."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(_INSERT, rows)
        last = session.execute(_LAST_ID).scalar_one()
        return list(range(last - len(rows) + 1, last + 1))
    return list(
        session.scalars(
            insert(RunEventRow).returning(RunEventRow.id, sort_by_parameter_order=True), rows
        ).all()
    )
