"""The code interpreter sandbox with real kernels: outputs, limits, isolation, cleanup.

Runs at the strongest isolation level this host offers (bubblewrap where installed;
`make test` installs it). Checks that need a level the host cannot give are skipped with
the reason."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from services import threads
from services.config import Settings
from services.engine.engine import Engine
from services.sandbox import isolation

pytestmark = [pytest.mark.slow, pytest.mark.under_load]
LEVEL = isolation.choose("auto")
LEVELS = {a.level: a for a in isolation.probe()}
SECRET = "sk-test-planted-secret-0123456789"
CSV = b"month,region,revenue\n2024-01,North,100\n2024-01,South,80\n2024-02,North,120\n"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    data = tmp_path_factory.mktemp("sandbox") / "data"
    os.environ["WORKBENCH_TEST_SECRET"] = SECRET  # planted in the app's environment
    settings = Settings(
        _env_file=None,
        data_dir=data,
        sandbox_warm_kernels=2,  # type: ignore[call-arg]
        sandbox_timeout_seconds=20,
        sandbox_memory_mb=1024,
        sandbox_max_file_mb=64,
        sandbox_max_log_kb=64,
        sandbox_max_processes=64,
    )
    engine = Engine(settings).start()
    engine.sandbox.wait_warm(2, timeout=60)
    yield engine
    engine.shutdown()
    os.environ.pop("WORKBENCH_TEST_SECRET", None)


@pytest.fixture(autouse=True)
def close_sessions(request):
    """Each test's kernels stop when it ends, so the module stays under the kernel cap."""
    yield
    if "engine" in request.fixturenames:
        engine = request.getfixturevalue("engine")
        for session in engine.sandbox.sessions():
            engine.sandbox.close_session(session.thread_id)


def new_thread(engine, *, files: dict[str, bytes] | None = None) -> str:
    with engine.db.session() as session:
        attachments = []
        for name, data in (files or {}).items():
            stored = engine.files.put(session=session, data=data, filename=name)
            attachments.append({"file_id": stored.id, "tools": [{"type": "code_interpreter"}]})
        thread = threads.create(session=session)
        if attachments:
            threads.create_message(
                session=session, thread_id=thread.id, content="data", attachments=attachments
            )
    return thread.id


def run(engine, thread_id: str, code: str):
    return engine.code_interpreter.run(thread_id=thread_id, code=code)


def test_isolation_level_is_the_strongest_available():
    assert next(a.level for a in isolation.probe() if a.available) == LEVEL
    if os.geteuid() == 0 and Path("/usr/bin/bwrap").exists():
        assert LEVEL == "bubblewrap"


def test_pandas_reads_an_attached_csv_and_a_written_csv_comes_back_byte_for_byte(engine):
    thread_id = new_thread(engine, files={"sales.csv": CSV})
    where = engine.code_interpreter._work_path(thread_id)
    result = run(
        engine,
        thread_id,
        f"""
df = pd.read_csv("{where}/sales.csv")
print(df.groupby("region")["revenue"].sum().to_dict())
df.to_csv("{where}/by_region.csv", index=False)
""",
    )
    assert "{'North': 220, 'South': 80}" in result.output
    files = [o["file"] for o in result.outputs if o["type"] == "file"]
    assert [f["filename"] for f in files] == ["by_region.csv"]
    with engine.db.session() as session:
        written = engine.files.read_bytes(session=session, file_id=files[0]["file_id"])
        meta = engine.files.retrieve(session=session, file_id=files[0]["file_id"])
    assert written == CSV
    assert meta.purpose == "assistants_output"
    assert "sales.csv" not in [f["filename"] for f in files], "inputs are not outputs"


def test_matplotlib_figure_becomes_a_png_image(engine):
    result = run(engine, new_thread(engine), "plt.plot([1, 3, 2]); plt.title('t'); plt.show()")
    images = [o["image"]["file_id"] for o in result.outputs if o["type"] == "image"]
    assert len(images) == 1
    with engine.db.session() as session:
        png = engine.files.read_bytes(session=session, file_id=images[0])
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000


def test_plotly_figure_becomes_a_chart_with_its_spec(engine):
    result = run(
        engine,
        new_thread(engine),
        "fig = px.bar(x=['a', 'b'], y=[3, 5], title='Revenue by region'); fig.show()",
    )
    charts = [o["chart"] for o in result.outputs if o["type"] == "chart"]
    assert len(charts) == 1 and charts[0]["title"] == "Revenue by region"
    import base64
    import json

    import numpy as np

    with engine.db.session() as session:
        spec = json.loads(engine.files.read_bytes(session=session, file_id=charts[0]["file_id"]))
    y = spec["data"][0]["y"]
    if isinstance(y, dict):  # plotly >= 6 sends typed arrays as base64
        y = np.frombuffer(base64.b64decode(y["bdata"]), dtype=y["dtype"]).tolist()
    assert y == [3, 5]


def test_infinite_loop_is_interrupted_and_the_session_keeps_its_variables(engine, monkeypatch):
    thread_id = new_thread(engine)
    run(engine, thread_id, "kept = 41")
    monkeypatch.setattr(engine.code_interpreter, "timeout", 2.0)
    started = time.monotonic()
    result = run(engine, thread_id, "while True:\n    pass")
    assert time.monotonic() - started < 6
    assert "longer than 2 seconds and was interrupted" in result.output
    assert "42" in run(engine, thread_id, "print(kept + 1)").output


def test_a_kernel_that_ignores_interrupts_is_restarted_and_files_survive(engine, monkeypatch):
    thread_id = new_thread(engine, files={"keep.csv": CSV})
    where = engine.code_interpreter._work_path(thread_id)
    run(engine, thread_id, "lost = 1")
    monkeypatch.setattr(engine.code_interpreter, "timeout", 1.5)
    result = run(
        engine,
        thread_id,
        """
import signal, time
signal.signal(signal.SIGINT, signal.SIG_IGN)
while True:
    time.sleep(0.1)
""",
    )
    assert "the kernel was restarted; variables were lost" in result.output
    after = run(
        engine,
        thread_id,
        f"import os; print(os.path.exists('{where}/keep.csv')); print('lost' in globals())",
    )
    assert "True\nFalse" in after.output


def test_kernel_death_is_reported_and_the_next_execution_gets_a_fresh_kernel(engine):
    thread_id = new_thread(engine)
    result = run(engine, thread_id, "import os, signal; os.kill(os.getpid(), signal.SIGKILL)")
    assert "kernel died" in result.output and "restarted" in result.output
    assert "2" in run(engine, thread_id, "print(1 + 1)").output


def test_memory_bomb_is_contained_and_other_sessions_are_unaffected(engine):
    other = new_thread(engine)
    run(engine, other, "survivor = 'yes'")
    result = run(engine, new_thread(engine), "x = bytearray(8 * 1024**3)\nprint(len(x))")
    assert (
        "MemoryError" in result.output
        or "more memory than the sandbox allows" in result.output
        or "restarted" in result.output
    )
    assert "yes" in run(engine, other, "print(survivor)").output


def test_fork_bomb_is_contained(engine):
    other = new_thread(engine)
    result = run(
        engine,
        new_thread(engine),
        """
import os
children = 0
try:
    for _ in range(10_000):
        if os.fork() == 0:
            import time; time.sleep(30); os._exit(0)
        children += 1
except OSError as error:
    print("stopped after", children, type(error).__name__)
""",
    )
    assert "stopped after" in result.output
    stopped_after = int(result.output.split("stopped after")[1].split()[0])
    assert stopped_after < 100
    assert "2" in run(engine, other, "print(1 + 1)").output


def test_writing_5_gb_stops_at_the_file_size_limit(engine):
    thread_id = new_thread(engine)
    where = engine.code_interpreter._work_path(thread_id)
    result = run(
        engine,
        thread_id,
        f"""
chunk = b"x" * (16 * 1024**2)
written = 0
try:
    with open("{where}/huge.bin", "wb") as f:
        for _ in range(5 * 64):
            f.write(chunk); written += len(chunk)
except OSError as error:
    print("stopped", written // 1024**2, "MB", error.errno)
""",
    )
    assert "stopped" in result.output and "27" in result.output  # EFBIG
    assert int(result.output.split("stopped")[1].split()[0]) <= 64


def test_200_mb_of_printing_is_cut_with_a_marker(engine):
    thread_id = new_thread(engine)
    result = run(
        engine,
        thread_id,
        "import sys\nfor _ in range(200):\n    sys.stdout.write('y' * 1024 * 1024)",
    )
    assert "[truncated" in result.output
    assert len(result.output) < 200 * 1024
    assert "3" in run(engine, thread_id, "print(1 + 2)").output


@pytest.mark.skipif(
    LEVEL not in isolation.NETWORK_ISOLATED,
    reason=f"no network isolation here: {LEVELS['unshare'].reason}",
)
def test_no_network_tcp_to_a_host_loopback_listener_and_dns_both_fail(engine):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    accepted = []
    threading.Thread(target=lambda: accepted.append(server.accept()), daemon=True).start()
    try:
        result = run(
            engine,
            new_thread(engine),
            f"""
import socket
try:
    socket.create_connection(("127.0.0.1", {port}), timeout=3); print("TCP CONNECTED")
except OSError as error:
    print("tcp failed", error)
try:
    socket.getaddrinfo("pypi.org", 443); print("DNS RESOLVED")
except OSError as error:
    print("dns failed", error)
""",
        )
    finally:
        server.close()
    assert "tcp failed" in result.output and "TCP CONNECTED" not in result.output
    assert "dns failed" in result.output and "DNS RESOLVED" not in result.output
    assert accepted == []


def test_secrets_other_threads_files_and_the_database_are_unreadable(engine):
    first = new_thread(engine, files={"private.csv": b"secret,data\n1,2\n"})
    run(engine, first, "1")  # places the file in the first thread's work dir
    first_work = engine.sandbox.get(first).work
    database = engine.settings.data_dir.resolve() / "workbench.db"
    blob_dir = engine.files.blob_dir.resolve()
    result = run(
        engine,
        new_thread(engine),
        f"""
import os
print("env:", "{SECRET}" in repr(dict(os.environ)), sorted(os.environ))
for path in ["{first_work}/private.csv", "{database}", "{blob_dir}", "/proc/1/environ"]:
    try:
        with open(path, "rb") as f:
            print("GOT-CONTENT", path, f.read(20))
    except OSError as error:
        print("denied", path, type(error).__name__)
""",
    )
    assert "env: False" in result.output
    assert "WORKBENCH_TEST_SECRET" not in result.output
    assert "GOT-CONTENT" not in result.output, result.output


@pytest.mark.parametrize("target", ["database", "/etc/passwd"])
def test_a_symlink_in_the_work_dir_is_never_served(engine, target):
    thread_id = new_thread(engine)
    where = engine.code_interpreter._work_path(thread_id)
    host_path = (
        str(engine.settings.data_dir.resolve() / "workbench.db") if target == "database" else target
    )
    result = run(
        engine,
        thread_id,
        f"""
import os
os.symlink("{host_path}", "{where}/innocent.csv")
os.makedirs("{where}/sub", exist_ok=True)
os.symlink("/etc", "{where}/sub/etc")
print("planted")
""",
    )
    assert "planted" in result.output
    assert [o for o in result.outputs if o["type"] == "file"] == []
    with engine.db.session() as session:
        names = [f.filename for f in engine.files.list(session=session, limit=100).data]
    assert "innocent.csv" not in names and "passwd" not in names


def test_a_hard_link_in_the_work_dir_is_not_collected(engine):
    thread_id = new_thread(engine, files={"base.csv": CSV})
    where = engine.code_interpreter._work_path(thread_id)
    result = run(
        engine,
        thread_id,
        f"""
import os
os.link("{where}/base.csv", "{where}/linked.csv")
print("linked")
""",
    )
    assert "linked" in result.output
    assert [o for o in result.outputs if o["type"] == "file"] == []
    assert "hard link" in result.output


def test_the_sandbox_view_is_read_only_outside_the_work_dir(engine):
    if LEVEL != "bubblewrap":
        pytest.skip(f"read-only view needs bubblewrap: {LEVELS['bubblewrap'].reason}")
    result = run(
        engine,
        new_thread(engine),
        """
for path in ["/usr/evil", "/evil", "/run/kernel/evil", "/mnt/evil"]:
    try:
        open(path, "w").write("x"); print("WROTE", path)
    except OSError as error:
        print("refused", path, type(error).__name__)
import os; print("uid", os.getuid())
""",
    )
    assert "WROTE" not in result.output
    assert "uid 0" not in result.output


def kernel_processes(root: Path) -> list[str]:
    out = subprocess.run(["ps", "-eo", "pid,args"], capture_output=True, text=True).stdout
    return [
        line
        for line in out.splitlines()
        if str(root) in line or "ipykernel_launcher" in line and str(root.name) in line
    ]


def test_shutdown_leaves_no_kernel_processes_behind_including_spawned_ones(tmp_path):
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path / "data",  # type: ignore[call-arg]
        sandbox_warm_kernels=1,
        sandbox_uid_base=300_000,
    )
    engine = Engine(settings).start()
    try:
        engine.sandbox.wait_warm(1, timeout=60)
        thread_id = new_thread(engine)
        marker = f"wbk-survivor-{os.getpid()}"
        result = run(
            engine,
            thread_id,
            f"""
import subprocess
subprocess.Popen(["/bin/sh", "-c", "exec -a {marker} sleep 600"], start_new_session=True)
subprocess.Popen(["/bin/sh", "-c", "(setsid sleep 601 &) ; sleep 602"])
print("spawned")
""",
        )
        assert "spawned" in result.output
        uids = {s.kernel.uid for s in engine.sandbox.sessions()}
    finally:
        engine.shutdown()
    time.sleep(0.5)
    leftovers = subprocess.run(
        ["ps", "-eo", "uid=,args="], capture_output=True, text=True
    ).stdout.splitlines()
    mine = [
        line for line in leftovers if line.split()[0].isdigit() and int(line.split()[0]) in uids
    ]
    assert mine == [], mine
    assert not [line for line in leftovers if marker in line]


def test_a_run_with_code_shows_the_chart_and_file_in_the_reply_and_records_the_step(engine):
    import json

    from services import assistants, runs
    from services.llm.scripted import ScriptedBackend
    from services.schemas import ChartBlock, ImageFileBlock

    code = (
        "df = pd.read_csv('/mnt/data/sales.csv')\n"
        "print(df.revenue.sum())\n"
        "px.line(df, x='month', y='revenue', title='Revenue').show()\n"
        "plt.bar(df.region, df.revenue); plt.show()\n"
        "df.to_csv('/mnt/data/clean.csv', index=False)"
    )
    if LEVEL != "bubblewrap":
        pytest.skip("the scripted code uses /mnt/data paths")
    engine.backends.register(
        ScriptedBackend(
            {
                "coder": [
                    [
                        {"type": "text", "text": "Let me look."},
                        {
                            "type": "tool_call",
                            "id": "call_code",
                            "name": "code_interpreter",
                            "arguments": json.dumps({"code": code}),
                            "chunk": 0,
                        },
                    ],
                    [
                        {
                            "type": "text",
                            "text": "Revenue totals 300. "
                            "The table is in sandbox:/mnt/data/clean.csv.",
                        }
                    ],
                ]
            }
        )
    )
    thread_id = new_thread(engine, files={"sales.csv": CSV})
    with engine.db.session() as session:
        assistant = assistants.create(
            session=session,
            model_backend="scripted",
            model="coder",
            tools=[{"type": "code_interpreter"}],
        )
        run_obj = runs.create(session=session, thread_id=thread_id, assistant_id=assistant.id)
    events = list(engine.subscribe(run_obj.id, timeout=60))

    with engine.db.session() as session:
        finished = runs.retrieve(session=session, thread_id=thread_id, run_id=run_obj.id)
        steps = runs.list_steps(
            session=session, thread_id=thread_id, run_id=run_obj.id, order="asc"
        ).data
        reply = threads.list_messages(session=session, thread_id=thread_id).data[0]
    assert finished.status == "completed", finished.last_error
    call = next(s for s in steps if s.type == "tool_calls").step_details.tool_calls[0]
    assert call.type == "code_interpreter" and call.code_interpreter.input == code
    assert "300" in call.code_interpreter.outputs[0].logs
    assert {o.type for o in call.code_interpreter.outputs} == {"logs", "chart", "image", "file"}
    assert any(isinstance(b, ChartBlock) for b in reply.content)
    assert any(isinstance(b, ImageFileBlock) for b in reply.content)
    annotation = reply.content[0].text.annotations[0]
    assert annotation.text == "sandbox:/mnt/data/clean.csv"
    code_deltas = "".join(
        e.data.delta["step_details"]["tool_calls"][0]["code_interpreter"].get("input", "")
        for e in events
        if e.event == "thread.run.step.delta"
        and e.data.delta["step_details"]["tool_calls"][0]["type"] == "code_interpreter"
    )
    assert code_deltas == code


def test_plotly_chart_gets_a_png_rendition_outside_the_sandbox(engine):
    if not engine.renderer.available:
        pytest.skip("kaleido or Chromium missing: charts have no PNG rendition here")
    result = run(engine, new_thread(engine), "px.scatter(x=[1, 2, 3], y=[2, 1, 3]).show()")
    chart = next(o["chart"] for o in result.outputs if o["type"] == "chart")
    with engine.db.session() as session:
        png = engine.files.read_bytes(session=session, file_id=chart["png_file_id"])
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000


SPARSE_CHILD = """
import json, sys
from pathlib import Path
from services.config import Settings
from services.engine.engine import Engine
settings = Settings(_env_file=None, data_dir=Path(sys.argv[1]), sandbox_warm_kernels=0,
                    sandbox_max_file_mb=2048, sandbox_max_thread_output_mb=64)
engine = Engine(settings).start()
try:
    def peak():  # VmHWM: ru_maxrss would keep the forking parent's size across exec
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    before = peak()
    code = (
        "for name in ('a.bin', 'b.bin'):\\n"
        "    with open(name, 'wb') as f:\\n"
        "        f.truncate(1 << 30)  # 1 GB, no disk blocks\\n"
        "with open('small.csv', 'w') as f:\\n"
        "    f.write('x\\\\n1\\\\n')\\n"
    )
    result = engine.code_interpreter.run(thread_id="sparse", code=code)
    after = peak()
    print(json.dumps({"grew_mb": (after - before) / 1024, "output": result.output}))
finally:
    engine.shutdown()
"""


def test_sparse_gigabyte_files_are_refused_before_a_byte_is_read(tmp_path):
    child = subprocess.run(
        [sys.executable, "-c", SPARSE_CHILD, str(tmp_path / "data")],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    report = json.loads(child.stdout.strip().splitlines()[-1])
    assert "a.bin was not kept: this thread reached its output limit of 64 MB" in report["output"]
    assert "b.bin was not kept" in report["output"]
    assert "small.csv was saved" in report["output"]
    assert report["grew_mb"] < 300, "the app process read a sparse file"


def session_processes(engine, thread_id: str) -> set[int]:
    """The session's processes still running, other than the kernel (a zombie has stopped)."""
    from services.sandbox import processes

    kernel = engine.sandbox.get(thread_id).kernel
    pids = kernel._session_pids() - kernel._kernel_pids()
    return {pid for pid in pids if not processes.exited(pid)}


def test_after_a_timeout_children_that_ignore_sigint_are_stopped(engine, monkeypatch):
    monkeypatch.setattr(engine.code_interpreter, "timeout", 3)
    thread_id = new_thread(engine)
    code = (
        "import os, signal, time\n"
        "for _ in range(3):\n"
        "    if os.fork() == 0:\n"
        "        signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
        "        while True:\n"
        "            pass\n"
        "time.sleep(60)\n"
    )
    result = run(engine, thread_id, code)
    assert "was interrupted. 3 process(es) it started were stopped" in result.output
    assert session_processes(engine, thread_id) == set()
    assert run(engine, thread_id, "print('still here')").output.strip() == "still here"


def test_after_a_timeout_a_cell_that_left_a_thread_running_gets_a_fresh_kernel(engine, monkeypatch):
    monkeypatch.setattr(engine.code_interpreter, "timeout", 3)
    thread_id = new_thread(engine)
    run(engine, thread_id, "kept = 1")
    before = engine.sandbox.get(thread_id).kernel.process.pid
    code = (
        "import threading, time\n"
        "def spin():\n"
        "    while True:\n"
        "        pass\n"
        "threading.Thread(target=spin, daemon=True).start()\n"
        "time.sleep(60)\n"
    )
    result = run(engine, thread_id, code)
    # the thread holds the GIL, so the interrupt may not even land: restarted either way
    assert "the kernel was restarted; variables were lost" in result.output
    assert engine.sandbox.get(thread_id).kernel.process.pid != before
    assert "NameError" in run(engine, thread_id, "print(kept)").output


def test_a_session_that_fills_its_disk_quota_gets_enospc_and_the_host_disk_is_untouched(
    make_engine,
):
    import shutil

    engine = make_engine(sandbox_warm_kernels=0, sandbox_disk_mb=64, sandbox_max_file_mb=1024)
    free_before = shutil.disk_usage(engine.settings.data_dir).free
    code = (
        "import errno\n"
        "block = b'x' * (16 << 20)\n"
        "written = 0\n"
        "try:\n"
        "    for piece in range(20):  # 5 GB were once written 1 GB at a time\n"
        "        with open(f'/mnt/data/piece{piece}.bin', 'wb') as f:\n"
        "            for _ in range(16):\n"
        "                f.write(block); written += len(block)\n"
        "except OSError as error:\n"
        "    print('stopped', errno.errorcode[error.errno], written >> 20)\n"
        "for where in ('/tmp/t.bin', '/dev/shm/s.bin'):\n"
        "    try:\n"
        "        open(where, 'wb').write(block * 8)\n"
        "    except OSError as error:\n"
        "        print('stopped', where, errno.errorcode[error.errno])\n"
    )
    result = engine.code_interpreter.run(thread_id="filler", code=code)
    lines = result.output.splitlines()
    stopped = next(line for line in lines if line.startswith("stopped ENOSPC"))
    assert int(stopped.split()[2]) <= 64
    assert "stopped /tmp/t.bin ENOSPC" in lines and "stopped /dev/shm/s.bin ENOSPC" in lines
    assert free_before - shutil.disk_usage(engine.settings.data_dir).free < 200 * 1024**2


def test_a_session_cannot_create_more_files_than_its_inode_quota(make_engine):
    engine = make_engine(sandbox_warm_kernels=0, sandbox_max_files=2000)
    code = (
        "import errno, os\n"
        "os.makedirs('/mnt/data/many', exist_ok=True)\n"
        "made = 0\n"
        "try:\n"
        "    for n in range(100_000):\n"
        "        open(f'/mnt/data/many/{n}', 'w').close(); made += 1\n"
        "except OSError as error:\n"
        "    print('stopped', errno.errorcode[error.errno], made)\n"
    )
    result = engine.code_interpreter.run(thread_id="inodes", code=code)
    stopped = next(line for line in result.output.splitlines() if line.startswith("stopped"))
    assert stopped.split()[1] == "ENOSPC" and int(stopped.split()[2]) < 2500  # ext4 rounds up


SYSCALL_PROBE = """
import ctypes, errno, os
libc = ctypes.CDLL(None, use_errno=True)
def refused(result):
    return 'refused' if result == -1 and ctypes.get_errno() == errno.EPERM else f'ALLOWED {result}'
CLONE_NEWUSER, CLONE_NEWNS, CLONE_NEWNET = 0x10000000, 0x00020000, 0x40000000
print('unshare', refused(libc.unshare(CLONE_NEWUSER | CLONE_NEWNS)))
print('unshare-net', refused(libc.unshare(CLONE_NEWNET)))
print('ptrace', refused(libc.ptrace(16, os.getppid(), 0, 0)))   # PTRACE_ATTACH
print('bpf', refused(libc.syscall(321, 0, 0, 0)))
print('keyctl', refused(libc.syscall(250, 0, 0, 0, 0, 0)))
print('perf_event_open', refused(libc.syscall(298, 0, 0, -1, -1, 0)))
print('mount', refused(libc.mount(b'none', b'/tmp', b'tmpfs', 0, None)))
print('clone-newuser', refused(libc.syscall(56, CLONE_NEWUSER | 17, 0, 0, 0, 0)))
"""


@pytest.mark.skipif(LEVEL != "bubblewrap", reason="the seccomp filter is bubblewrap's")
def test_namespaces_mounts_ptrace_bpf_keyrings_and_perf_events_are_refused(engine):
    thread_id = new_thread(engine)
    lines = run(engine, thread_id, SYSCALL_PROBE).output.splitlines()
    results = dict(line.split(" ", 1) for line in lines if " " in line)
    assert results == {
        name: "refused"
        for name in (
            "unshare", "unshare-net", "ptrace", "bpf", "keyctl", "perf_event_open", "mount",
            "clone-newuser",
        )
    }, lines  # fmt: skip


def test_the_analysis_libraries_still_work_under_the_filter(engine):
    thread_id = new_thread(engine, files={"sales.csv": CSV})
    code = (
        "import duckdb, threading, subprocess\n"
        "import matplotlib.pyplot as plt, plotly.express as px\n"
        "from services.tables import read_table, query\n"
        "df = read_table('/mnt/data/sales.csv')\n"
        "print('pandas', df.groupby('region')['revenue'].sum().to_dict())\n"
        "print('duckdb', duckdb.sql('SELECT 40 + 2').fetchall()[0][0])\n"
        "print('query', int(query('/mnt/data/sales.csv', 'SELECT SUM(revenue) FROM data')"
        ".iloc[0, 0]))\n"
        "t = threading.Thread(target=lambda: None); t.start(); t.join(); print('threads ok')\n"
        "print('fork', subprocess.run(['echo', 'ok'], capture_output=True, text=True).stdout)\n"
        "plt.plot([1, 2]); plt.show()\n"
        "px.bar(df, x='region', y='revenue').show()\n"
    )
    result = run(engine, thread_id, code)
    assert "pandas {'North': 220, 'South': 80}" in result.output
    assert "duckdb 42" in result.output and "query 300" in result.output
    assert "threads ok" in result.output and "fork ok" in result.output
    kinds = [o["type"] for o in result.outputs]
    assert "image" in kinds and "chart" in kinds
