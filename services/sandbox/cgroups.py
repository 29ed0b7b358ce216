"""Per-session cgroups (v2 or v1 controllers): memory, pids and CPU caps, and a kill
that reaches every process of the session, including ones that left its process group."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)
ROOT = Path("/sys/fs/cgroup")
_V1_CONTROLLERS = ("memory", "pids", "cpu")


@dataclass(frozen=True)
class Limits:
    memory_bytes: int
    max_pids: int
    cpu_cores: float


class CgroupSet:
    """The cgroup(s) of one session. `dirs` is empty when the host gives none."""

    def __init__(self, dirs: list[Path], version: int) -> None:
        self.dirs = dirs
        self.version = version

    @classmethod
    def create(cls, name: str, limits: Limits) -> CgroupSet:
        """Make and configure the session's cgroups; an empty set when not possible."""
        try:
            if (ROOT / "cgroup.controllers").exists():
                return cls._create_v2(name, limits)
            if (ROOT / "memory" / "cgroup.procs").exists():
                return cls._create_v1(name, limits)
        except OSError as error:
            log.warning("cgroups unavailable (%s); relying on rlimits", error)
        return cls([], 0)

    @classmethod
    def _create_v2(cls, name: str, limits: Limits) -> CgroupSet:
        parent = ROOT / "workbench"
        parent.mkdir(exist_ok=True)
        with contextlib.suppress(OSError):
            (parent / "cgroup.subtree_control").write_text("+memory +pids +cpu")
        path = parent / name
        path.mkdir(exist_ok=True)
        _write(path / "memory.max", str(limits.memory_bytes))
        _write(path / "memory.swap.max", "0", optional=True)
        _write(path / "pids.max", str(limits.max_pids))
        period = 100_000
        _write(path / "cpu.max", f"{int(limits.cpu_cores * period)} {period}", optional=True)
        return cls([path], 2)

    @classmethod
    def _create_v1(cls, name: str, limits: Limits) -> CgroupSet:
        dirs = []
        for controller in _V1_CONTROLLERS:
            base = ROOT / controller
            if not (base / "cgroup.procs").exists():
                continue
            path = base / "workbench" / name
            path.mkdir(parents=True, exist_ok=True)
            dirs.append(path)
            if controller == "memory":
                _write(path / "memory.limit_in_bytes", str(limits.memory_bytes))
                _write(
                    path / "memory.memsw.limit_in_bytes", str(limits.memory_bytes), optional=True
                )
            elif controller == "pids":
                _write(path / "pids.max", str(limits.max_pids))
            elif controller == "cpu":
                period = 100_000
                _write(path / "cpu.cfs_period_us", str(period), optional=True)
                _write(
                    path / "cpu.cfs_quota_us", str(int(limits.cpu_cores * period)), optional=True
                )
        return cls(dirs, 1)

    def join_self(self) -> None:
        """Move the calling process into the session's cgroups (run in preexec_fn)."""
        pid = str(os.getpid())
        for path in self.dirs:
            with open(path / "cgroup.procs", "w") as handle:
                handle.write(pid)

    def pids(self) -> set[int]:
        found: set[int] = set()
        for path in self.dirs:
            with contextlib.suppress(OSError):
                found |= {int(p) for p in (path / "cgroup.procs").read_text().split()}
        return found

    def kill(self, *, timeout: float = 5.0) -> None:
        """SIGKILL every process in the session's cgroups until none is left."""
        if not self.dirs:
            return
        if self.version == 2 and (self.dirs[0] / "cgroup.kill").exists():
            _write(self.dirs[0] / "cgroup.kill", "1", optional=True)
        deadline = time.monotonic() + timeout
        while (pids := self.pids()) and time.monotonic() < deadline:
            for pid in pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.01)

    def remove(self) -> None:
        self.kill()
        for path in self.dirs:
            with contextlib.suppress(OSError):
                path.rmdir()

    def memory_killed(self) -> bool:
        """Whether the kernel OOM killer acted in this cgroup."""
        for path in self.dirs:
            for name in ("memory.events", "memory.oom_control"):
                with contextlib.suppress(OSError):
                    text = (path / name).read_text()
                    for line in text.splitlines():
                        key, _, value = line.partition(" ")
                        if key in ("oom_kill", "oom") and value.strip() not in ("", "0"):
                            return True
        return False


def _write(path: Path, value: str, *, optional: bool = False) -> None:
    try:
        path.write_text(value)
    except OSError:
        if not optional:
            raise
