"""Host-wide allocation of kernel uids: one uid per kernel, never shared, even between
two workbench processes on the same host (a held flock marks a uid as taken)."""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
import threading
from pathlib import Path

from services.errors import SandboxError

LOCK_DIR = Path(tempfile.gettempdir()) / "workbench-uids"


class UidAllocator:
    def __init__(self, base: int, count: int, *, lock_dir: Path = LOCK_DIR) -> None:
        self.base = base
        self.count = count
        self.lock_dir = lock_dir
        self._held: dict[int, int] = {}  # uid → fd of its lock file
        self._lock = threading.Lock()
        lock_dir.mkdir(mode=0o700, exist_ok=True)

    def take(self) -> int:
        with self._lock:
            for uid in range(self.base, self.base + self.count):
                if uid in self._held:
                    continue
                fd = os.open(self.lock_dir / str(uid), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    os.close(fd)
                    continue
                self._held[uid] = fd
                return uid
        raise SandboxError(
            f"No free sandbox uid in {self.base}–{self.base + self.count - 1}; "
            "too many kernels on this host."
        )

    def release(self, uid: int) -> None:
        with self._lock:
            fd = self._held.pop(uid, None)
        if fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def release_all(self) -> None:
        for uid in list(self._held):
            self.release(uid)
