"""The kernel pool: warm kernels ready to hand out, one session per thread, caps on
kernels (total and per owner), idle reaping, and a shutdown that leaves nothing behind."""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from services.errors import SandboxError
from services.sandbox.isolation import Layout, Level, Runtime
from services.sandbox.kernel import KernelLimits, KernelSession
from services.sandbox.uids import UidAllocator

log = logging.getLogger(__name__)


class SandboxBusyError(SandboxError):
    code = "sandbox_busy"


@dataclass(frozen=True)
class PoolConfig:
    level: Level
    limits: KernelLimits
    warm: int = 2
    max_kernels: int = 16
    max_per_owner: int = 4
    idle_seconds: float = 1200.0
    uid_base: int = 200_000
    root: Path | None = None  # where session dirs live; a private temp dir by default
    start_timeout: float = 60.0


@dataclass
class Session:
    """A thread's kernel and work dir; one execution at a time."""

    kernel: KernelSession
    thread_id: str
    owner: str | None
    slot: int
    last_used: float = field(default_factory=time.monotonic)
    lock: threading.Lock = field(default_factory=threading.Lock)
    placed: dict[str, str] = field(default_factory=dict)  # file id → name in the work dir
    output_bytes: int = 0

    @property
    def work(self) -> Path:
        return self.kernel.layout.work


class SandboxPool:
    def __init__(self, config: PoolConfig, *, runtime: Runtime | None = None) -> None:
        self.config = config
        self.runtime = runtime or Runtime.current()
        self._lock = threading.Condition()
        self._warm: deque[KernelSession] = deque()
        self._sessions: dict[str, Session] = {}
        self._slots: set[int] = set()
        self._uids = UidAllocator(config.uid_base, 10_000)
        self._starting = 0
        self._closed = False
        self.root = Path(tempfile.mkdtemp(prefix="wbk-", dir=config.root))
        self.root.chmod(0o711)
        self._filler = threading.Thread(target=self._fill, name="kernel-warmer", daemon=True)
        self._reaper = threading.Thread(target=self._reap, name="kernel-reaper", daemon=True)

    def start(self) -> SandboxPool:
        self._filler.start()
        self._reaper.start()
        return self

    # -- sessions ------------------------------------------------------------------------
    def acquire(
        self,
        thread_id: str,
        *,
        owner: str | None = None,
        wait: float = 0.0,
        owner_limit: int | None = None,
    ) -> Session:
        """The thread's session: its existing one, a warm kernel, or a new one. An owner
        holds at most `owner_limit` sessions (default: the pool's `max_per_owner`)."""
        with self._lock:
            session = self._sessions.get(thread_id)
            if session is not None:
                session.last_used = time.monotonic()
                return session
            self._check_caps(owner, owner_limit or self.config.max_per_owner)
            deadline = time.monotonic() + wait
            while not self._warm and self._starting and time.monotonic() < deadline:
                self._lock.wait(deadline - time.monotonic())
            kernel = self._warm.popleft() if self._warm else None
            evicted = None
            if kernel is None and self._total() >= self.config.max_kernels:
                evicted = self._idle_session_locked()
                if evicted is None:
                    raise self._busy()
                self._sessions.pop(evicted.thread_id, None)
            if kernel is None:
                kernel = self._new_kernel_locked()
                fresh = True
            else:
                fresh = False
            self._lock.notify_all()  # the warmer refills
        if evicted is not None:  # its files are placed again when its thread next runs code
            log.info("kernel cap reached: closing the idle session of %s", evicted.thread_id)
            with evicted.lock:
                self._close_kernel(evicted.kernel)
        if fresh:
            try:
                kernel.start(timeout=self.config.start_timeout)
            except BaseException:
                self._close_kernel(kernel)  # its slot, uid and folder go back at once
                raise
            finally:
                with self._lock:
                    self._starting -= 1
                    self._lock.notify_all()
        session = Session(kernel=kernel, thread_id=thread_id, owner=owner, slot=_slot(kernel))
        with self._lock:
            if self._closed:
                self._close_kernel(kernel)
                raise SandboxError("The workbench is shutting down.")
            self._sessions[thread_id] = session
        return session

    def _idle_session_locked(self) -> Session | None:
        """The least recently used session not running code now (None when all are)."""
        for session in sorted(self._sessions.values(), key=lambda s: s.last_used):
            if not session.lock.locked():
                return session
        return None

    def _check_caps(self, owner: str | None, limit: int) -> None:
        if owner is not None:
            mine = sum(1 for s in self._sessions.values() if s.owner == owner)
            if mine >= limit:
                idle = round(self.config.idle_seconds / 60)
                raise SandboxBusyError(
                    f"You have {mine} code sessions open, your limit of code sessions at once "
                    f"({limit}). One frees up when you delete a thread, or after a thread's "
                    f"session has been idle for {idle} min."
                )

    def _busy(self) -> SandboxBusyError:
        return SandboxBusyError(
            f"All {self.config.max_kernels} code interpreter kernels are in use. "
            "Try again in a minute."
        )

    def _total(self) -> int:
        return len(self._sessions) + len(self._warm) + self._starting

    def _new_kernel_locked(self) -> KernelSession:
        uid = self._uids.take()  # host-wide: another workbench process holds others
        slot = next(n for n in range(self.config.max_kernels * 4) if n not in self._slots)
        self._slots.add(slot)
        self._starting += 1
        name = f"k-{slot}"
        base = self.root / name
        shutil.rmtree(base, ignore_errors=True)
        base.mkdir()
        base.chmod(0o711)
        quota_root = base / "fs" if self.config.limits.disk_bytes > 0 else None
        layout = Layout(
            work=(quota_root or base) / "work",
            kernel_dir=base / "kernel",
            socket_dir=base / "sock",
            quota_root=quota_root,
        )
        return KernelSession(
            level=self.config.level,
            runtime=self.runtime,
            layout=layout,
            uid=uid,
            limits=self.config.limits,
            name=f"{self.root.name}-{name}",
        )

    def get(self, thread_id: str) -> Session | None:
        with self._lock:
            return self._sessions.get(thread_id)

    def close_session(self, thread_id: str) -> None:
        with self._lock:
            session = self._sessions.pop(thread_id, None)
        if session is not None:
            with session.lock:
                self._close_kernel(session.kernel)

    def _close_kernel(self, kernel: KernelSession) -> None:
        kernel.close()
        shutil.rmtree(kernel.layout.kernel_dir.parent, ignore_errors=True)
        self._uids.release(kernel.uid)
        with self._lock:
            self._slots.discard(_slot(kernel))
            self._lock.notify_all()

    def sessions(self) -> list[Session]:
        with self._lock:
            return list(self._sessions.values())

    def warm_count(self) -> int:
        with self._lock:
            return len(self._warm)

    def wait_warm(self, count: int, timeout: float = 60.0) -> bool:
        """Block until `count` warm kernels are ready (for start-up and benchmarks)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self._warm) < count and time.monotonic() < deadline:
                self._lock.wait(deadline - time.monotonic())
            return len(self._warm) >= count

    # -- background ----------------------------------------------------------------------
    def _fill(self) -> None:
        failures = 0
        while True:
            with self._lock:
                while not self._closed and (
                    len(self._warm) + self._starting >= self.config.warm
                    or self._total() >= self.config.max_kernels
                ):
                    self._lock.wait()
                if self._closed:
                    return
                kernel = self._new_kernel_locked()
            try:
                kernel.start(timeout=self.config.start_timeout)
                failures = 0
            except Exception:
                log.exception("could not start a warm kernel")
                self._close_kernel(kernel)
                with self._lock:
                    self._starting -= 1
                failures += 1
                time.sleep(min(30.0, 2.0**failures))
                continue
            with self._lock:
                self._starting -= 1
                if self._closed:
                    kernel.close()
                    return
                self._warm.append(kernel)
                self._lock.notify_all()

    def _reap(self) -> None:
        period = max(0.2, min(60.0, self.config.idle_seconds / 4))
        while True:
            with self._lock:
                self._lock.wait(period)
                if self._closed:
                    return
                now = time.monotonic()
                idle = [
                    s
                    for s in self._sessions.values()
                    if now - s.last_used > self.config.idle_seconds and not s.lock.locked()
                ]
            for session in idle:
                log.info("reaping idle sandbox session of %s", session.thread_id)
                self.close_session(session.thread_id)

    def shutdown(self) -> None:
        """Kill every kernel (and what it spawned) and remove the session dirs."""
        with self._lock:
            self._closed = True
            sessions = list(self._sessions.values())
            warm = list(self._warm)
            self._sessions.clear()
            self._warm.clear()
            self._lock.notify_all()
        for kernel in [s.kernel for s in sessions] + warm:
            kernel.close()
        for thread in (self._filler, self._reaper):
            if thread.is_alive():
                thread.join(timeout=self.config.start_timeout)
        shutil.rmtree(self.root, ignore_errors=True)
        self._uids.release_all()


def _slot(kernel: KernelSession) -> int:
    """The pool slot a kernel was started in (its name ends in `k-<slot>`)."""
    return int(kernel.name.rsplit("-", 1)[1])
