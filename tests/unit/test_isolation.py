"""The kernel command lines per isolation level (no processes started)."""

from __future__ import annotations

from pathlib import Path

from services.sandbox.isolation import Layout, Runtime, kernel_argv

LAYOUT = Layout(
    work=Path("/srv/s/work"), kernel_dir=Path("/srv/s/kernel"), socket_dir=Path("/srv/s/sock")
)


def argv(level, runtime):
    return kernel_argv(
        level, runtime=runtime, layout=LAYOUT, uid=200123, gid=200123, tmp_bytes=1024
    )


def test_a_runtime_under_tmp_is_mounted_after_the_private_tmp():
    runtime = Runtime(
        python=Path("/tmp/ci/.venv/bin/python"),
        prefix=Path("/tmp/ci/.venv"),
        base_prefix=Path("/opt/python3.11"),
    )
    args = argv("bubblewrap", runtime)
    tmpfs = args.index("/tmp", args.index("--tmpfs"))
    bind = args.index("/tmp/ci/.venv")
    assert tmpfs < bind
    assert ["--dir", "/tmp"] not in [args[i : i + 2] for i in range(len(args))]


def test_bubblewrap_drops_to_the_session_uid_with_no_capabilities_inside_the_view():
    args = argv("bubblewrap", Runtime.current())
    after = args[args.index("--") + 1 :]
    assert after[0] == "/usr/bin/setpriv"
    assert {
        "--reuid=200123",
        "--regid=200123",
        "--clear-groups",
        "--inh-caps=-all",
        "--bounding-set=-all",
        "--no-new-privs",
    } <= set(after)
    assert "--unshare-net" in args and "--remount-ro" in args
    assert args[args.index("--bind", args.index("/srv/s/work") - 2) + 2] == "/mnt/data"


def test_unshare_and_process_levels_switch_uid_and_none_does_not():
    runtime = Runtime.current()
    assert argv("unshare", runtime)[1:3] == ["--net", "--"]
    assert any(a == "--reuid=200123" for a in argv("process", runtime))
    assert not any(a.startswith("--reuid") for a in argv("none", runtime))
