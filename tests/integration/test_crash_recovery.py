"""A process executing a run is killed with SIGKILL; the next start recovers cleanly."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from services import runs, threads
from services.run_endings import RESTART_MESSAGE
from tests.conftest import make_settings

ROOT = Path(__file__).resolve().parents[2]


def endless_script(path: Path) -> Path:
    turn = []
    for number in range(2000):
        turn += [{"type": "text", "text": f"fact {number}. "}, {"type": "sleep", "seconds": 0.002}]
    path.write_text(json.dumps({"endless": [turn]}))
    return path


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.0, 0.05, 0.2])
def test_sigkill_mid_run_leaves_a_sound_database_and_a_failed_run(tmp_path, delay):
    from services.engine.engine import Engine

    settings = make_settings(tmp_path)  # the child and the restarted engine share it
    data_dir = settings.data_dir
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.integration.crash_child",
            str(data_dir),
            str(endless_script(tmp_path / "script.json")),
            settings.database_url or "",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("READY"), f"child did not start a run: {line!r}"
        _, thread_id, run_id = line.split()
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

    if not settings.database_url:  # SQLite: the file itself is sound
        raw = sqlite3.connect(data_dir / "workbench.db")
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        raw.close()

    with Engine(settings) as engine:
        assert run_id in engine.recovered
        with engine.db.session() as session:
            run = runs.retrieve(session=session, thread_id=thread_id, run_id=run_id)
            everything = threads.list_(session=session, limit=100).data
            texts = [
                m.text
                for t in everything
                for m in threads.list_messages(session=session, thread_id=t.id, limit=100).data
            ]
            reply = threads.list_messages(session=session, thread_id=thread_id).data[0]
        events = list(engine.subscribe(run_id, timeout=5))

    assert run.status == "failed"
    assert run.last_error.code == "server_error"
    assert run.last_error.message == RESTART_MESSAGE
    assert sorted(t for t in texts if t.startswith("committed")) == sorted(
        f"committed message {n}" for n in range(20)
    )
    assert "Tell me everything" in texts
    streamed = "".join(
        e.data.delta["content"][0]["text"]["value"]
        for e in events
        if e.event == "thread.message.delta"
    )
    assert reply.role == "assistant" and reply.status == "incomplete"
    assert reply.text == streamed and reply.text.startswith("fact 0. fact 1. ")
    assert [e.event for e in events][-2:] == ["thread.run.failed", "done"]
