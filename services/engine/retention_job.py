"""The retention job: a daemon thread of the engine that applies the retention policy
(services/retention.py) every `interval` seconds, and logs what it removed."""

from __future__ import annotations

import logging
import threading

from services import retention
from services.files import FileStore
from services.sandbox.pool import SandboxPool
from services.store.db import Database

log = logging.getLogger(__name__)


class RetentionJob:
    def __init__(
        self,
        *,
        db: Database,
        files: FileStore,
        sandbox: SandboxPool | None,
        thread_days: int,
        file_days: int,
        interval: float,
    ) -> None:
        self.db = db
        self.files = files
        self.sandbox = sandbox
        self.thread_days = thread_days
        self.file_days = file_days
        self.interval = interval
        self.passes = 0  # passes completed (or failed) since start
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._stopping.clear()
            self._thread = threading.Thread(target=self._loop, name="retention", daemon=True)
            self._thread.start()

    def stop(self, *, timeout: float = 30.0) -> None:
        """Stop waiting at once; a pass under way finishes its transaction first."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        while not self._stopping.wait(self.interval):
            try:
                result = retention.run(
                    self.db, self.files, thread_days=self.thread_days,
                    file_days=self.file_days, sandbox=self.sandbox,
                )  # fmt: skip
            except Exception:  # a broken database must not end the job; next interval retries
                log.exception("retention pass failed; trying again in %.0f s", self.interval)
            else:
                if result.total or result.failed:
                    log.info(
                        "retention removed %s, freeing %d bytes on disk%s",
                        retention.counts_text(result.deleted), result.bytes_freed,
                        f"; {len(result.failed)} kept after errors" if result.failed else "",
                    )  # fmt: skip
            self.passes += 1
