"""Kernel processes are started from one long-lived thread.

bubblewrap's --die-with-parent (PR_SET_PDEATHSIG) fires when the *thread* that forked it
ends, not the process: a kernel started from a short-lived thread (a parallel tool call,
a request handler) would be killed with it. Every Popen of a kernel goes through here."""

from __future__ import annotations

import concurrent.futures as cf
import subprocess
import threading
from typing import Any

_LOCK = threading.Lock()
_EXECUTOR: cf.ThreadPoolExecutor | None = None


def popen(argv: list[str], **options: Any) -> subprocess.Popen[bytes]:
    """subprocess.Popen(argv, **options), run on the spawner thread (which never exits)."""
    global _EXECUTOR
    with _LOCK:
        if _EXECUTOR is None:
            _EXECUTOR = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="kernel-spawner")
        executor = _EXECUTOR
    return executor.submit(_start, argv, options).result()


def _start(argv: list[str], options: dict[str, Any]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(argv, **options)
