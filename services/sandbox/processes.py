"""The processes of a kernel session, from /proc: which belong to it (its cgroup, else its
uid), which are the kernel itself, and killing the rest."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path


def session_pids(*, cgroup_pids: set[int] | None, uid: int | None) -> set[int]:
    """Every process of a session: its cgroup's, else every process of its uid."""
    if cgroup_pids is not None:
        return cgroup_pids
    if uid is None:
        return set()
    found = set()
    for entry in Path("/proc").iterdir():
        with contextlib.suppress(OSError):
            if entry.name.isdigit() and entry.stat().st_uid == uid:
                found.add(int(entry.name))
    return found


def kernel_pids(started: int, pids: set[int]) -> set[int]:
    """The process started for the kernel and, under bubblewrap, the bubblewrap processes
    and the kernel they hold (a process the code forked has the kernel as its parent)."""
    keep = {started}
    holders = {pid for pid in pids if program(pid) == b"bwrap"}
    keep |= holders
    keep |= {pid for pid in pids if parent(pid) in holders and program(pid) != b"bwrap"}
    return keep


def kill(pids: set[int]) -> int:
    """SIGKILL these processes; how many were signalled."""
    killed = 0
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
            killed += 1
    return killed


def kill_all_but(
    find: Callable[[], set[int]], keep: set[int], *, rounds: int = 3, settle: float = 5.0
) -> int:
    """Kill what `find()` lists except `keep`, a few rounds (a process may fork meanwhile),
    then wait up to `settle` seconds for the killed ones to be gone: SIGKILL is delivered
    asynchronously and on a busy machine a process can stay listed for a while.
    Returns how many distinct processes were signalled."""
    killed: set[int] = set()
    for _ in range(rounds):
        leftovers = find() - keep - killed
        if not leftovers:
            break
        for pid in leftovers:
            if kill({pid}):
                killed.add(pid)
        time.sleep(0.05)
    deadline = time.monotonic() + settle
    while time.monotonic() < deadline:
        running = {pid for pid in find() & killed if not exited(pid)}
        if not running:
            break
        kill(running)
        time.sleep(0.05)
    return len(killed)


def exited(pid: int) -> bool:
    """Gone, or a zombie waiting for its parent to collect it."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[0] in ("Z", "X")


def thread_count(pid: int) -> int:
    with contextlib.suppress(OSError):
        return len(os.listdir(f"/proc/{pid}/task"))
    return 0


def program(pid: int) -> bytes:
    """The base name of a process's program ('' when it is gone)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""
    return os.path.basename(command.split(b"\0", 1)[0])


def parent(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("PPid:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def private_memory(pids: set[int]) -> int:
    """Private (unshared) bytes of these processes, from /proc/PID/smaps_rollup."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith(("Private_Clean:", "Private_Dirty:")):
                    total += int(line.split()[1]) * 1024
    return total
