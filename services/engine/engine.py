"""The Engine: built once per process (st.cache_resource in the app, a fixture in tests).
It wires the database, file store, event bus, backends, functions and worker pool."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterator

from services import runs
from services.config import Settings
from services.engine.bus import EventBus
from services.engine.events import Event
from services.engine.loop import RunExecutor
from services.engine.stream import subscribe
from services.engine.workers import WorkerPool
from services.files import FileStore
from services.llm.registry import BackendRegistry
from services.llm.scripted import ScriptedBackend
from services.store.db import Database
from services.tools.functions import FunctionRegistry

log = logging.getLogger(__name__)


class Engine:
    def __init__(
        self,
        settings: Settings,
        *,
        backends: BackendRegistry | None = None,
        functions: FunctionRegistry | None = None,
    ) -> None:
        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.bus = EventBus()
        self.db = Database(settings.resolved_database_url, session_info={"bus": self.bus})
        self.files = FileStore(blob_dir=settings.blob_dir, max_bytes=settings.max_upload_bytes)
        self.backends = backends or default_backends(settings)
        self.functions = functions or FunctionRegistry()
        for module in settings.function_modules:
            self.functions.load_module(module)
        self.executor = RunExecutor(
            db=self.db, settings=settings, backends=self.backends, functions=self.functions
        )
        self.workers = WorkerPool(
            db=self.db, bus=self.bus, executor=self.executor, threads=settings.worker_threads
        )
        self.recovered: list[str] = []
        self._started = False

    def start(self) -> Engine:
        """Migrate, fail runs a crashed process left behind, then start the workers."""
        self.db.migrate()
        with self.db.session() as session:
            self.recovered = runs.recover(session=session, is_alive=_worker_alive)
        if self.recovered:
            log.warning("failed %d run(s) interrupted by a restart", len(self.recovered))
        self.workers.start()
        self._started = True
        return self

    def subscribe(
        self, run_id: str, *, after: int = 0, timeout: float | None = None
    ) -> Iterator[Event]:
        return subscribe(db=self.db, bus=self.bus, run_id=run_id, after=after, timeout=timeout)

    def shutdown(self) -> None:
        if self._started:
            self.workers.shutdown()
            self._started = False
        self.db.dispose()

    def __enter__(self) -> Engine:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.shutdown()


def default_backends(settings: Settings) -> BackendRegistry:
    registry = BackendRegistry()
    if settings.scripted_script is not None:
        registry.register(ScriptedBackend.from_file(settings.scripted_script))
    return registry


def _worker_alive(worker: str | None) -> bool:
    """Whether the process that owns a run still runs (only knowable on this host)."""
    if not worker or ":" not in worker:
        return False
    host, _, pid_text = worker.rpartition(":")
    if host != socket.gethostname():
        return True  # another machine's run: leave it to that machine
    try:
        pid = int(pid_text)
    except ValueError:
        return False
    if pid == os.getpid():
        return False  # this process is only now starting: nothing of it can be running
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
