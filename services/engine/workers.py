"""The worker pool: executes queued runs in background threads, cancels them on request,
and expires runs that wait too long for tool outputs. It learns of work from the bus."""

from __future__ import annotations

import heapq
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from services import run_endings
from services.cancel import CancelToken
from services.engine.bus import EventBus
from services.engine.events import Event
from services.engine.loop import RunExecutor
from services.store.db import Database

log = logging.getLogger(__name__)


class WorkerPool:
    def __init__(self, *, db: Database, bus: EventBus, executor: RunExecutor, threads: int) -> None:
        self.db = db
        self.bus = bus
        self.executor = executor
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="run-worker")
        self._lock = threading.Lock()
        self._tokens: dict[str, CancelToken] = {}
        self._deadlines: list[tuple[int, str]] = []
        self._wake = threading.Condition(self._lock)
        self._closed = False
        self._timer = threading.Thread(target=self._expire_loop, name="run-expiry", daemon=True)

    def start(self) -> None:
        """Listen for work, and schedule expiry of runs already waiting for tool outputs."""
        self.bus.add_listener(self._on_event)
        with self.db.session() as session:
            waiting = run_endings.waiting_deadlines(session=session)
        with self._lock:
            for deadline in waiting:
                heapq.heappush(self._deadlines, deadline)
        self._timer.start()

    def _on_event(self, event: Event) -> None:
        if event.event == "thread.run.queued":
            self.submit(event.run_id)
        elif event.event == "thread.run.cancelling":
            with self._lock:
                token = self._tokens.get(event.run_id)
            if token is not None:
                token.cancel("cancelled")
        elif event.event == "thread.run.requires_action":
            expires_at = getattr(event.data, "expires_at", None) or int(time.time())
            with self._wake:
                heapq.heappush(self._deadlines, (expires_at, event.run_id))
                self._wake.notify()

    def submit(self, run_id: str) -> None:
        token = CancelToken()
        with self._lock:
            if self._closed:
                return
            self._tokens[run_id] = token
        self._pool.submit(self._execute, run_id, token)

    def _execute(self, run_id: str, token: CancelToken) -> None:
        try:
            self.executor.execute(run_id, token)
        finally:
            with self._lock:
                if self._tokens.get(run_id) is token:
                    del self._tokens[run_id]

    def _expire_loop(self) -> None:
        while True:
            with self._wake:
                while not self._closed and (
                    not self._deadlines or self._deadlines[0][0] > time.time()
                ):
                    timeout = self._deadlines[0][0] - time.time() if self._deadlines else None
                    self._wake.wait(timeout)
                if self._closed:
                    return
                heapq.heappop(self._deadlines)
            try:
                with self.db.session() as session:
                    run_endings.expire_due(session=session)
            except Exception:
                log.exception("expiring waiting runs failed")

    def active(self) -> list[str]:
        with self._lock:
            return list(self._tokens)

    def shutdown(self, *, timeout: float = 10.0) -> None:
        """Stop taking work, stop running runs (they end `failed`), wait for workers."""
        self.bus.remove_listener(self._on_event)
        with self._wake:
            self._closed = True
            tokens = list(self._tokens.values())
            self._wake.notify_all()
        for token in tokens:
            token.cancel("shutdown")
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self._timer.is_alive():
            self._timer.join(timeout)
