"""The busy-machine fixture really keeps the CPU busy for an `under_load` module."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.under_load


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def test_an_under_load_module_runs_beside_two_busy_processes(request):
    hogs = request.getfixturevalue("cpu_hogs")
    assert len(hogs) == 2 and all(h.poll() is None for h in hogs)
    before = [cpu_ticks(h.pid) for h in hogs]
    time.sleep(1.0)
    used = [cpu_ticks(h.pid) - b for h, b in zip(hogs, before, strict=True)]
    ticks = os.sysconf("SC_CLK_TCK")
    # Each burned a real share of a core: a tenth at least, so the check holds on a machine
    # that is busy with more than the hogs (they share two cores with everything else).
    assert all(u > ticks * 0.1 for u in used), used
