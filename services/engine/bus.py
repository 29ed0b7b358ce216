"""The event bus: committed events fan out to per-run subscriber queues and to global
listeners (the worker pool). Publishing happens only after the commit (see record())."""

from __future__ import annotations

import logging
import queue
import threading
from collections import defaultdict
from collections.abc import Callable

from sqlalchemy.orm import Session

from services.engine.events import Event
from services.store.db import on_commit
from services.store.models import RunEventRow

log = logging.getLogger(__name__)
Listener = Callable[[Event], None]


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
    The row is written with the transaction's other changes (no flush per event); its id
    becomes the event's `seq` once committed."""
    row = RunEventRow(
        run_id=event.run_id,
        event=event.event,
        data=event.data if isinstance(event.data, str) else event.data.model_dump(mode="json"),
    )
    session.add(row)
    bus: EventBus | None = session.info.get("bus")

    def committed() -> None:
        event.seq = row.id
        if bus is not None:
            bus.publish(event)

    on_commit(session, committed)
    return event
