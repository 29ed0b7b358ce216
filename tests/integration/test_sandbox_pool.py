"""The kernel pool's rules and the isolation choice, with real kernels."""

from __future__ import annotations

import logging
import time

import pytest

from services.errors import ConfigurationError
from services.sandbox import isolation
from services.sandbox.pool import SandboxBusyError
from tests.conftest import make_settings

pytestmark = [pytest.mark.slow, pytest.mark.under_load]
LEVELS = {a.level: a for a in isolation.probe()}


def test_a_thread_keeps_its_session_and_threads_do_not_share(make_engine):
    engine = make_engine(sandbox_warm_kernels=1)
    first = engine.sandbox.acquire("thread_a")
    again = engine.sandbox.acquire("thread_a")
    other = engine.sandbox.acquire("thread_b")
    assert first is again
    assert other.kernel.uid != first.kernel.uid
    assert other.work != first.work


def test_kernel_caps_give_a_clear_busy_error(make_engine):
    engine = make_engine(sandbox_max_kernels=2, sandbox_max_kernels_per_owner=1)
    first = engine.sandbox.acquire("t1", owner="ann")
    with pytest.raises(SandboxBusyError, match=r"1 code sessions open, your limit .*\(1\)"):
        engine.sandbox.acquire("t2", owner="ann")
    third = engine.sandbox.acquire("t3", owner="bob")
    busy = pytest.raises(SandboxBusyError, match="All 2 code interpreter kernels are in use")
    with first.lock, third.lock, busy:  # both running code: nothing idle to make room
        engine.sandbox.acquire("t4", owner="cy")


def test_at_the_kernel_cap_the_least_recently_used_idle_session_makes_room(make_engine):
    engine = make_engine(sandbox_max_kernels=2, sandbox_warm_kernels=0)
    engine.code_interpreter.run(thread_id="oldest", code="x = 1")
    engine.code_interpreter.run(thread_id="newer", code="y = 2")
    result = engine.code_interpreter.run(thread_id="mine", code="print(3 * 3)")
    assert result.output.strip() == "9"
    assert engine.sandbox.get("oldest") is None, "the least recently used session made room"
    assert engine.sandbox.get("newer") is not None
    again = engine.code_interpreter.run(thread_id="oldest", code="print('back')")
    assert again.output.strip() == "back"


CODE_CALL = [
    {"type": "tool_call", "id": "c1", "name": "code_interpreter", "arguments": '{"code": "1"}'}
]


def test_when_every_kernel_is_running_code_the_run_fails_with_the_busy_error(workspace):
    ws = workspace(
        {"analyst": [CODE_CALL, [{"type": "text", "text": "done"}]]},
        tools=[{"type": "code_interpreter"}],
        sandbox_max_kernels=1,
        sandbox_warm_kernels=0,
    )
    busy = ws.engine.sandbox.acquire("someone_else")
    with busy.lock:  # that session is running code
        run = ws.start_run()
        ws.events(run.id)
    finished = ws.run(run.id)
    assert finished.status == "failed"
    assert finished.last_error.code == "sandbox_busy"
    assert finished.last_error.message.startswith("All 1 code interpreter kernels are in use")


def test_deleting_a_thread_frees_its_kernel_at_once(make_engine):
    from services import chat, threads

    engine = make_engine(sandbox_warm_kernels=0)
    with engine.db.session() as session:
        thread = threads.create(session=session)
    engine.code_interpreter.run(thread_id=thread.id, code="x = 1")
    process = engine.sandbox.get(thread.id).kernel.process
    with engine.db.session() as session:
        chat.delete_thread(session=session, sandbox=engine.sandbox, thread_id=thread.id)
    assert engine.sandbox.get(thread.id) is None
    assert process.wait(timeout=10) is not None


def test_two_workbench_processes_never_share_a_kernel_uid(make_engine):
    first = make_engine(sandbox_warm_kernels=0)
    second = make_engine(sandbox_warm_kernels=0)  # its own pool, as another process has
    mine = {first.sandbox.acquire(f"a{i}").kernel.uid for i in range(2)}
    theirs = {second.sandbox.acquire(f"b{i}").kernel.uid for i in range(2)}
    assert len(mine) == len(theirs) == 2
    assert not mine & theirs


def test_idle_sessions_are_reaped(make_engine):
    engine = make_engine(sandbox_idle_seconds=1)
    session = engine.sandbox.acquire("sleepy")
    process = session.kernel.process
    deadline = time.monotonic() + 10
    while engine.sandbox.get("sleepy") is not None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert engine.sandbox.get("sleepy") is None
    assert process.wait(timeout=10) is not None
    deadline = time.monotonic() + 5
    while session.work.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not session.work.exists()


def test_warm_kernels_are_refilled_after_one_is_taken(make_engine):
    engine = make_engine(sandbox_warm_kernels=1)
    assert engine.sandbox.wait_warm(1, timeout=60)
    engine.sandbox.acquire("taker")
    assert engine.sandbox.wait_warm(1, timeout=60)


def test_thread_output_cap_keeps_later_outputs_out_and_says_so(make_engine):
    engine = make_engine(sandbox_max_thread_output_mb=1)
    where = engine.code_interpreter._work_path("capped")
    result = engine.code_interpreter.run(
        thread_id="capped",
        code=f"""
open("{where}/a.bin", "wb").write(b"a" * 700_000)
open("{where}/b.bin", "wb").write(b"b" * 700_000)
""",
    )
    kept = [o["file"]["filename"] for o in result.outputs if o["type"] == "file"]
    assert len(kept) == 1
    assert "reached its output limit of 1 MB" in result.output


def test_hosted_mode_refuses_a_sandbox_without_its_own_network(tmp_path):
    from services.engine.engine import Engine

    with pytest.raises(ConfigurationError, match="WORKBENCH_HOSTED=true needs"):
        Engine(make_settings(tmp_path, hosted=True, sandbox_isolation="none"))


@pytest.mark.skipif(not LEVELS["bubblewrap"].available, reason=LEVELS["bubblewrap"].reason)
def test_hosted_mode_starts_with_bubblewrap(tmp_path):
    from services.engine.engine import Engine

    engine = Engine(make_settings(tmp_path, hosted=True))
    assert engine.sandbox.config.level == "bubblewrap"
    engine.shutdown()


@pytest.mark.parametrize("level", ["bubblewrap", "unshare", "process"])
def test_forcing_an_unavailable_level_names_the_setting_and_the_reason(tmp_path, level):
    from services.engine.engine import Engine

    if LEVELS[level].available:
        pytest.skip(f"{level} is available on this host")
    with pytest.raises(ConfigurationError, match=f"WORKBENCH_SANDBOX_ISOLATION: {level}"):
        Engine(make_settings(tmp_path, sandbox_isolation=level))


def test_no_isolation_logs_a_loud_warning(tmp_path, caplog):
    from services.engine.engine import Engine

    with caplog.at_level(logging.WARNING):
        engine = Engine(make_settings(tmp_path, sandbox_isolation="none"))
    engine.shutdown()
    assert "WITHOUT ISOLATION" in caplog.text


@pytest.mark.parametrize("level", ["bubblewrap", "unshare", "process"])
def test_every_level_runs_code_as_an_unprivileged_user_with_a_clean_environment(
    make_engine, monkeypatch, level
):
    if not LEVELS[level].available:
        pytest.skip(f"{level} isolation is not available here: {LEVELS[level].reason}")
    monkeypatch.setenv("WORKBENCH_PLANTED_SECRET", "hunter2")
    engine = make_engine(sandbox_isolation=level)
    result = engine.code_interpreter.run(
        thread_id="t",
        code="""
import os
print("uid", os.getuid())
print("secret" , "hunter2" in repr(dict(os.environ)))
""",
    )
    assert "uid 0" not in result.output and "uid " in result.output
    assert "secret False" in result.output
