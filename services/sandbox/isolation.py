"""Isolation levels, what this host can give, and the command that starts a kernel.

bubblewrap  own mount/pid/net/ipc/uts namespaces, read-only view, unprivileged uid
unshare     own network namespace + unprivileged uid (setpriv), host filesystem view
process     unprivileged uid + rlimits only
none        the app's own user and view: development only
"""

from __future__ import annotations

import functools
import os
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Level = Literal["bubblewrap", "unshare", "process", "none"]
LEVELS: tuple[Level, ...] = ("bubblewrap", "unshare", "process", "none")
NETWORK_ISOLATED: tuple[Level, ...] = ("bubblewrap", "unshare")
SANDBOX_WORK = "/mnt/data"
SANDBOX_KERNEL_DIR = "/run/kernel"
SANDBOX_SOCKET_DIR = "/run/jupyter"
# The one reader of data files (services/tables) is shown read-only inside the sandbox, so the
# code the model writes reads tables exactly as the data card did.
READER_PACKAGE = Path(__file__).resolve().parents[1] / "tables"
SANDBOX_READER_ROOT = "/opt/workbench"


def reader_path(level: Level) -> str:
    """The PYTHONPATH entry under which the kernel imports `services.tables`."""
    return SANDBOX_READER_ROOT if level == "bubblewrap" else str(READER_PACKAGE.parents[1])


# The read-only system part of the bubblewrap view (Debian's merged /usr).
_SYSTEM_VIEW = [
    "--ro-bind",
    "/usr",
    "/usr",
    "--symlink",
    "usr/lib",
    "/lib",
    "--symlink",
    "usr/lib64",
    "/lib64",
    "--symlink",
    "usr/bin",
    "/bin",
]


@dataclass(frozen=True)
class Availability:
    level: Level
    available: bool
    reason: str = ""


@dataclass(frozen=True)
class Runtime:
    """The Python the kernel runs: the app's venv and the interpreter it was made from."""

    python: Path
    prefix: Path
    base_prefix: Path

    @classmethod
    def current(cls) -> Runtime:
        return cls(
            python=Path(sys.prefix) / "bin" / "python",
            prefix=Path(sys.prefix),
            base_prefix=Path(sys.base_prefix),
        )


@functools.cache
def probe() -> tuple[Availability, ...]:
    """Check each level on this host (cached: the answer does not change at run time)."""
    runtime = Runtime.current()
    is_root = os.geteuid() == 0
    setpriv = shutil.which("setpriv")
    readable = _readable_by_others(runtime.prefix) and _readable_by_others(runtime.base_prefix)
    results = []

    bwrap = shutil.which("bwrap")
    if not bwrap:
        results.append(
            Availability(
                "bubblewrap",
                False,
                "bwrap is not installed (Debian/Ubuntu: apt-get install bubblewrap)",
            )
        )
    elif not is_root or not setpriv:
        results.append(
            Availability(
                "bubblewrap", False, "needs root and setpriv to give each session its own uid"
            )
        )
    else:
        ok, detail = _try(
            [
                bwrap,
                "--unshare-net",
                "--unshare-pid",
                "--unshare-ipc",
                *_SYSTEM_VIEW,
                "--proc",
                "/proc",
                "--dev",
                "/dev",
                "--",
                "/usr/bin/true",
            ]
        )
        results.append(Availability("bubblewrap", ok, "" if ok else f"bwrap failed: {detail}"))

    unshare = shutil.which("unshare")
    if not (is_root and setpriv and unshare):
        results.append(Availability("unshare", False, "needs root, unshare and setpriv"))
    elif not readable:
        results.append(Availability("unshare", False, _unreadable(runtime)))
    else:
        ok, detail = _try([unshare, "--net", "--", "/usr/bin/true"])
        results.append(Availability("unshare", ok, "" if ok else f"unshare failed: {detail}"))

    if not (is_root and setpriv):
        results.append(Availability("process", False, "needs root and setpriv to switch uid"))
    elif not readable:
        results.append(Availability("process", False, _unreadable(runtime)))
    else:
        results.append(Availability("process", True))

    results.append(Availability("none", True))
    return tuple(results)


def choose(requested: str) -> Level:
    """The level to use: the strongest available for `auto`, else the one asked for."""
    found = {a.level: a for a in probe()}
    if requested == "auto":
        return next(a.level for a in probe() if a.available)
    if requested not in found:
        raise ValueError(f"unknown isolation level {requested!r}")
    if not found[requested].available:
        raise RuntimeError(
            f"{requested} isolation is not available here: {found[requested].reason}"
        )
    return requested


def _try(argv: list[str]) -> tuple[bool, str]:
    try:
        done = subprocess.run(argv, capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return False, str(error)
    return done.returncode == 0, done.stderr.decode(errors="replace").strip()[:200]


def _readable_by_others(path: Path) -> bool:
    """Whether an unprivileged user can reach and read `path` (every parent searchable)."""
    path = path.resolve()
    for part in [*reversed(path.parents), path]:
        try:
            mode = part.stat().st_mode
        except OSError:
            return False
        if stat.S_ISDIR(mode) and not mode & stat.S_IXOTH:
            return False
    return True


def _unreadable(runtime: Runtime) -> str:
    return (
        f"the Python runtime ({runtime.base_prefix}) is not readable by other users; "
        "use bubblewrap, which shows it read-only inside the sandbox"
    )


@dataclass(frozen=True)
class Layout:
    """Host paths of one session: the work dir (kernel-writable), the kernel dir
    (app-owned, read-only to the kernel: connection file) and the socket dir."""

    work: Path
    kernel_dir: Path
    socket_dir: Path
    # The session's quota filesystem, holding `work` and scratch/tmp, scratch/shm (the
    # sandbox's /tmp and /dev/shm); None: no quota, /tmp and /dev/shm are small tmpfs.
    quota_root: Path | None = None

    @property
    def scratch(self) -> Path | None:
        return self.quota_root / "scratch" if self.quota_root is not None else None


def kernel_argv(
    level: Level,
    *,
    runtime: Runtime,
    layout: Layout,
    uid: int,
    gid: int,
    tmp_bytes: int,
    seccomp_fd: int | None = None,
) -> list[str]:
    """The command line that starts ipykernel at this level."""
    in_sandbox = level == "bubblewrap"
    connection = (
        f"{SANDBOX_KERNEL_DIR}/kernel.json"
        if in_sandbox
        else str(layout.kernel_dir / "kernel.json")
    )
    kernel = [
        str(runtime.python),
        "-m",
        "ipykernel_launcher",
        "-f",
        connection,
        "--IPKernelApp.parent_handle=1",
        "--HistoryManager.enabled=False",
    ]
    drop = [
        "setpriv",
        f"--reuid={uid}",
        f"--regid={gid}",
        "--clear-groups",
        "--inh-caps=-all",
        "--bounding-set=-all",
        "--no-new-privs",
        "--",
    ]
    if level == "none":
        return kernel
    if level == "process":
        return [shutil.which("setpriv") or "setpriv", *drop[1:], *kernel]
    if level == "unshare":
        return [
            shutil.which("unshare") or "unshare",
            "--net",
            "--",
            shutil.which("setpriv") or "setpriv",
            *drop[1:],
            *kernel,
        ]
    # Order matters: the private /tmp comes before the runtime binds, so a runtime that
    # lives under /tmp (a CI checkout, say) is mounted on top of it, not hidden by it.
    argv = [
        shutil.which("bwrap") or "bwrap",
        "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
        "--unshare-cgroup-try", "--die-with-parent", "--new-session",
        "--hostname", "sandbox",
        *_SYSTEM_VIEW, "--symlink", "usr/sbin", "/sbin",
        "--proc", "/proc", "--dev", "/dev",
    ]  # fmt: skip
    if layout.scratch is not None:  # on the session's quota filesystem
        argv += ["--bind", str(layout.scratch / "tmp"), "/tmp",
                 "--bind", str(layout.scratch / "shm"), "/dev/shm"]  # fmt: skip
    else:
        argv += ["--perms", "1777", "--size", str(tmp_bytes), "--tmpfs", "/tmp",
                 "--perms", "1777", "--size", str(tmp_bytes), "--tmpfs", "/dev/shm"]  # fmt: skip
    for path in _mount_roots(runtime):
        argv += _parents(path)
        argv += ["--ro-bind", str(path), str(path)]
    reader = f"{SANDBOX_READER_ROOT}/services/tables"
    argv += _parents(Path(reader))
    argv += ["--ro-bind", str(READER_PACKAGE), reader]
    argv += [
        "--perms", "0755", "--dir", "/mnt", "--bind", str(layout.work), SANDBOX_WORK,
        "--perms", "0755", "--dir", "/run",
        "--ro-bind", str(layout.kernel_dir), SANDBOX_KERNEL_DIR,
        "--bind", str(layout.socket_dir), SANDBOX_SOCKET_DIR,
        "--remount-ro", "/", "--chdir", SANDBOX_WORK,
    ]  # fmt: skip
    if seccomp_fd is not None:  # read by bwrap, applied to the sandbox (and inherited)
        argv += ["--seccomp", str(seccomp_fd)]
    argv.append("--")
    # bwrap runs as root to build the view; setpriv inside drops to the session's uid with
    # no capabilities, an empty bounding set and no_new_privs before Python starts.
    return [*argv, "/usr/bin/setpriv", *drop[1:], *kernel]


def _mount_roots(runtime: Runtime) -> list[Path]:
    roots: list[Path] = []
    for path in (runtime.base_prefix.resolve(), runtime.prefix.resolve()):
        if str(path).startswith("/usr/") or any(path.is_relative_to(r) for r in roots):
            continue
        roots.append(path)
    return roots


def _parents(path: Path) -> list[str]:
    """Create the mount point's parents searchable (bwrap would copy 0700 from /root).
    Directories the view already has (/, /tmp, /dev) are left as they are."""
    args: list[str] = []
    for parent in reversed(path.parents):
        if str(parent) in ("/", "/tmp", "/dev", "/usr"):
            continue
        args += ["--perms", "0755", "--dir", str(parent)]
    return args
