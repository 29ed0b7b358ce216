"""Kernels live as long as their session, not as long as the thread or heartbeat that
started them: a kernel (re)started from a short-lived thread survives the thread, and a
kernel whose heartbeat is late is still taken for alive while its process runs."""

from __future__ import annotations

import threading
import time

import pytest
from jupyter_client import BlockingKernelClient

from services.errors import SandboxError
from services.sandbox import isolation

pytestmark = [pytest.mark.slow, pytest.mark.under_load]
LEVEL = next(a.level for a in isolation.probe() if a.available)


def test_a_kernel_restarted_from_a_short_lived_thread_outlives_the_thread(make_engine):
    engine = make_engine(sandbox_warm_kernels=0)
    session = engine.sandbox.acquire("parallel-calls")
    worker = threading.Thread(target=session.kernel.restart)  # as a parallel tool call does
    worker.start()
    worker.join()
    time.sleep(1.5)  # bubblewrap's --die-with-parent would have fired by now
    assert session.kernel.alive()
    result = engine.code_interpreter.run(thread_id="parallel-calls", code="print(6 * 7)")
    assert result.output.strip() == "42"


def test_a_slow_starting_kernel_whose_heartbeat_never_answers_still_starts(
    make_engine, monkeypatch
):
    from services.sandbox import kernel as kernels

    original = BlockingKernelClient.load_connection_info

    def deaf(self, info):  # heartbeats go to a socket nobody listens on: as if far too late
        original(self, {**info, "hb_port": 99})

    argv = kernels.kernel_argv

    def slow(*args, **kwargs):  # a loaded host: the kernel takes seconds to come up
        return ["/bin/sh", "-c", 'sleep 3; exec "$@"', "sh", *argv(*args, **kwargs)]

    monkeypatch.setattr(BlockingKernelClient, "load_connection_info", deaf)
    monkeypatch.setattr(kernels, "kernel_argv", slow)
    engine = make_engine(sandbox_warm_kernels=0)
    result = engine.code_interpreter.run(thread_id="loaded-host", code="print('ready')")
    assert result.output.strip() == "ready"


def test_a_kernel_that_exits_while_starting_is_reported_at_once(make_engine, monkeypatch):
    from services.sandbox import kernel as kernels

    monkeypatch.setattr(kernels, "kernel_argv", lambda *a, **k: ["/bin/false"])
    engine = make_engine(sandbox_warm_kernels=0)
    started = time.monotonic()
    with pytest.raises(SandboxError, match="the kernel process exited with code 1"):
        engine.code_interpreter.run(thread_id="broken", code="1")
    assert time.monotonic() - started < 10, "a dead process is not waited for until the timeout"


def test_kernels_that_fail_to_start_give_back_their_slots(make_engine, monkeypatch):
    """Each failed start frees its slot, uid and folder: a run of failures longer than the
    pool's slots keeps saying why, and a kernel starts once the cause is gone."""
    from services.sandbox import kernel as kernels

    real = kernels.kernel_argv
    monkeypatch.setattr(kernels, "kernel_argv", lambda *a, **k: ["/bin/false"])
    engine = make_engine(sandbox_warm_kernels=0, sandbox_max_kernels=2)
    pool = engine.code_interpreter.pool
    for attempt in range(2 * 4 + 2):  # more failures than the pool has slots
        with pytest.raises(SandboxError, match="exited with code 1"):
            engine.code_interpreter.run(thread_id=f"broken-{attempt}", code="1")
    assert not pool._slots, pool._slots
    assert list(pool.root.iterdir()) == []
    monkeypatch.setattr(kernels, "kernel_argv", real)
    result = engine.code_interpreter.run(thread_id="mended", code="print('ready')")
    assert result.output.strip() == "ready"
