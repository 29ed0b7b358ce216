"""One sandboxed ipykernel: start, execute with limits, interrupt, restart, kill."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import resource
import secrets
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jupyter_client import BlockingKernelClient

from services.errors import SandboxError
from services.sandbox import processes, quota, seccomp, spawner
from services.sandbox.cgroups import CgroupSet, Limits
from services.sandbox.execution import Collector, Execution
from services.sandbox.isolation import (
    SANDBOX_SOCKET_DIR,
    SANDBOX_WORK,
    Layout,
    Level,
    Runtime,
    kernel_argv,
    reader_path,
)
from services.sandbox.warmup import WARMUP

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KernelLimits:
    memory_bytes: int
    cpu_seconds: int
    max_processes: int
    max_file_bytes: int
    max_log_bytes: int
    tmp_bytes: int = 256 * 1024 * 1024
    cpu_cores: float = 1.0
    disk_bytes: int = 0  # quota on all the session writes (0: none)
    max_files: int = 20_000


class KernelSession:
    """A kernel process at one isolation level with its own uid, work dir and cgroup."""

    def __init__(
        self,
        *,
        level: Level,
        runtime: Runtime,
        layout: Layout,
        uid: int,
        limits: KernelLimits,
        name: str,
    ) -> None:
        self.level = level
        self.runtime = runtime
        self.layout = layout
        self.uid = uid if level != "none" else os.getuid()
        self.gid = uid if level != "none" else os.getgid()
        self.limits = limits
        self.name = name
        self.process: subprocess.Popen[bytes] | None = None
        self.client: BlockingKernelClient | None = None
        self.cgroup = CgroupSet([], 0)
        self.started_at = 0.0
        self.quota = ""  # the kind of quota filesystem mounted ("" for none yet)

    @property
    def work_path(self) -> str:
        """Where the code sees the work dir."""
        return SANDBOX_WORK if self.level == "bubblewrap" else str(self.layout.work)

    # -- lifecycle -----------------------------------------------------------------------
    def start(self, *, timeout: float = 30.0, warm: bool = True) -> None:
        started = time.monotonic()
        self._prepare_dirs()
        key = secrets.token_hex(32)
        sockets = (
            SANDBOX_SOCKET_DIR if self.level == "bubblewrap" else str(self.layout.socket_dir)
        ) + "/k"
        self._write_connection(self.layout.kernel_dir / "kernel.json", sockets, key)
        self.cgroup = CgroupSet.create(
            self.name,
            Limits(
                memory_bytes=self.limits.memory_bytes,
                max_pids=self.limits.max_processes,
                cpu_cores=self.limits.cpu_cores,
            ),
        )
        filter_fd = seccomp.open_program() if self.level == "bubblewrap" else None
        argv = kernel_argv(
            self.level,
            runtime=self.runtime,
            layout=self.layout,
            uid=self.uid,
            gid=self.gid,
            tmp_bytes=self.limits.tmp_bytes,
            seccomp_fd=filter_fd,
        )
        log_file = open(self.layout.kernel_dir / "kernel.log", "wb")  # noqa: SIM115
        try:
            self.process = spawner.popen(
                argv,
                pass_fds=(filter_fd,) if filter_fd is not None else (),
                env=self._environment(),
                cwd=str(self.layout.work),
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                preexec_fn=self._preexec,
                close_fds=True,
                start_new_session=True,
            )
        finally:
            log_file.close()
            if filter_fd is not None:
                os.close(filter_fd)
        client = BlockingKernelClient()
        info: dict[str, Any] = {
            "transport": "ipc",
            "ip": str(self.layout.socket_dir / "k"),
            "key": key,
            "signature_scheme": "hmac-sha256",
            **_PORTS,
        }
        client.load_connection_info(info)  # type: ignore[arg-type]
        client.start_channels(hb=False)  # liveness is the process (see _wait_ready)
        self.client = client
        try:
            self._wait_ready(client, timeout=timeout)
        except RuntimeError as error:
            detail = self._log_tail()
            self.kill()
            raise SandboxError(
                f"The code interpreter kernel did not start ({error}). {detail}"
            ) from None
        self._seal_sockets()
        self.started_at = time.monotonic()
        if warm:
            warmed = self.execute(WARMUP, timeout=max(5.0, timeout - (time.monotonic() - started)))
            if warmed.status != "ok":
                self.kill()
                raise SandboxError(
                    f"The kernel started but could not import the analysis "
                    f"libraries: {warmed.logs[-500:]}"
                )

    def _prepare_dirs(self) -> None:
        writable = [self.layout.work, self.layout.socket_dir]
        if self.layout.quota_root is not None and self.layout.scratch is not None:
            self.quota = self.quota or quota.mount(
                self.layout.quota_root,
                size_bytes=self.limits.disk_bytes,
                inodes=self.limits.max_files,
            )
            writable += [self.layout.scratch / "tmp", self.layout.scratch / "shm"]
        for path in writable:
            path.mkdir(parents=True, exist_ok=True)
            os.chown(path, self.uid, self.gid)
            path.chmod(0o700)
        self.layout.kernel_dir.mkdir(parents=True, exist_ok=True)
        self.layout.kernel_dir.chmod(0o711 if self.level != "none" else 0o700)
        for stale in self.layout.socket_dir.iterdir():
            stale.unlink(missing_ok=True)

    def _write_connection(self, path: Path, sockets: str, key: str) -> None:
        info = {
            "transport": "ipc",
            "ip": sockets,
            "key": key,
            "signature_scheme": "hmac-sha256",
            "kernel_name": "python3",
            **_PORTS,
        }
        tmp = path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o400)
        with os.fdopen(fd, "w") as handle:
            json.dump(info, handle)
        os.chown(tmp, self.uid, self.gid)
        os.replace(tmp, path)

    def _wait_ready(self, client: BlockingKernelClient, *, timeout: float) -> None:
        """Ask for kernel_info until the kernel answers. Liveness is the process itself:
        jupyter_client's own wait judges it by heartbeats, which a busy machine delays
        past its 1 s limit while a healthy kernel is still importing."""
        deadline = time.monotonic() + timeout
        while True:
            if not self.alive():
                code = self.process.returncode if self.process is not None else None
                raise RuntimeError(f"the kernel process exited with code {code}")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise RuntimeError(f"no reply to kernel_info within {timeout:g} seconds")
            msg_id = client.kernel_info()
            while remaining > 0:
                try:
                    reply = client.get_shell_msg(timeout=min(remaining, 1.0))
                except queue.Empty:
                    break
                if reply["parent_header"].get("msg_id") == msg_id:
                    self._flush_iopub(client)
                    return
                remaining = deadline - time.monotonic()

    @staticmethod
    def _flush_iopub(client: BlockingKernelClient) -> None:
        while True:
            try:
                client.get_iopub_msg(timeout=0.2)
            except queue.Empty:
                return

    def _seal_sockets(self) -> None:
        """After the kernel bound its sockets it may not add or swap entries there."""
        if self.level == "none":
            return
        os.chown(self.layout.socket_dir, 0, 0)
        self.layout.socket_dir.chmod(0o711)

    def _environment(self) -> dict[str, str]:
        """A clean environment: nothing from the host, so no secret can leak in."""
        home = "/tmp/home" if self.level == "bubblewrap" else str(self.layout.work / ".home")
        return {
            "PATH": f"{self.runtime.prefix}/bin:/usr/local/bin:/usr/bin:/bin",
            "HOME": home,
            "MPLCONFIGDIR": f"{home}/.mpl",
            "IPYTHONDIR": f"{home}/.ipython",
            "JUPYTER_RUNTIME_DIR": f"{home}/.jupyter",
            "TMPDIR": "/tmp",
            "LANG": "C.UTF-8",
            "PYTHONUNBUFFERED": "1",
            "PYTHONPATH": reader_path(self.level),
            "PYTHONDONTWRITEBYTECODE": "1",
            "OPENBLAS_NUM_THREADS": "1",
            "OMP_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
            "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        }

    def _preexec(self) -> None:
        """In the child before exec (kept minimal: the parent has threads): cgroups, rlimits."""
        self.cgroup.join_self()
        limits = self.limits
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 5))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits.max_file_bytes, limits.max_file_bytes))
        address_space = limits.memory_bytes + 1024**3  # headroom for mapped libraries
        resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
        if self.level != "none":
            resource.setrlimit(resource.RLIMIT_NPROC, (limits.max_processes, limits.max_processes))

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """Kill the kernel and everything it spawned (process group and cgroup)."""
        if self.client is not None:
            with contextlib.suppress(Exception):
                self.client.stop_channels()
            self.client = None
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=5)
            self.process = None
        self.cgroup.kill()
        self._kill_uid_leftovers()

    def _session_pids(self) -> set[int]:
        if self.cgroup.dirs:
            return processes.session_pids(cgroup_pids=self.cgroup.pids(), uid=None)
        return processes.session_pids(
            cgroup_pids=None, uid=None if self.level == "none" else self.uid
        )

    def _kernel_pids(self) -> set[int]:
        if self.process is None:
            return set()
        return processes.kernel_pids(self.process.pid, self._session_pids())

    def _kill_leftovers(self) -> int:
        """SIGKILL what the code started (children that ignore SIGINT, daemons): every
        process of the session but the kernel itself. Returns how many were killed."""
        return processes.kill_all_but(self._session_pids, self._kernel_pids())

    def _thread_count(self) -> int:
        """Threads of the kernel's Python process (ipykernel's own plus any the code left)."""
        for pid in self._kernel_pids():
            if processes.program(pid) != b"bwrap":
                return processes.thread_count(pid)
        return 0

    def _kill_uid_leftovers(self) -> None:
        """Without cgroups, a process that escaped the group still runs as the session uid."""
        if self.level == "none" or self.cgroup.dirs:
            return
        processes.kill(processes.session_pids(cgroup_pids=None, uid=self.uid))

    def close(self) -> None:
        self.kill()
        self.cgroup.remove()
        if self.layout.quota_root is not None:
            quota.unmount(self.layout.quota_root)
            self.quota = ""

    def restart(self) -> None:
        self.kill()
        self.start()

    def interrupt(self) -> None:
        """Ask the kernel to raise KeyboardInterrupt (message mode crosses namespaces)."""
        if self.client is None:
            return
        message = self.client.session.msg("interrupt_request", content={})
        self.client.control_channel.send(message)

    # -- execution -----------------------------------------------------------------------
    def execute(self, code: str, *, timeout: float) -> Execution:
        """Run code; on timeout interrupt, and restart if the kernel does not come back."""
        if self.client is None or not self.alive():
            raise SandboxError("The kernel is not running.")
        started = time.monotonic()
        collector = Collector(self.limits.max_log_bytes)
        threads = self._thread_count()
        msg_id = self.client.execute(code, store_history=False, allow_stdin=False)
        status = self._drain(msg_id, collector, deadline=started + timeout)
        if status == "timeout":
            self.interrupt()
            status = self._drain(msg_id, collector, deadline=time.monotonic() + 3)
            execution = collector.result("timeout", started)
            killed = self._kill_leftovers()  # processes the cell started, SIGINT or not
            if status == "timeout" or not self.alive():
                self._recover(
                    execution,
                    f"The code ran longer than {timeout:g} seconds and the "
                    "kernel did not respond to an interrupt, so",
                )
            elif self._thread_count() > threads:
                self._recover(
                    execution,
                    f"The code ran longer than {timeout:g} seconds and left threads "
                    "running after the interrupt, so",
                )
            else:
                stopped = f" {killed} process(es) it started were stopped." if killed else ""
                execution.note = (
                    f"The code ran longer than {timeout:g} seconds and was "
                    f"interrupted.{stopped} Variables are kept."
                )
            return execution
        if status == "died":
            execution = collector.result("died", started)
            reason = (
                "The code used more memory than the sandbox allows, so"
                if self.cgroup.memory_killed()
                else "The kernel died, so"
            )
            self._recover(execution, reason)
            return execution
        return collector.result(status, started)

    def _recover(self, execution: Execution, reason: str) -> None:
        execution.status = "died" if execution.status != "timeout" else "timeout"
        self.kill()
        self.cgroup.remove()
        self.start()
        execution.restarted = True
        execution.note = (
            f"{reason} the kernel was restarted; variables were lost; files in "
            f"{self.work_path} are still there."
        )

    def _drain(self, msg_id: str, collector: Collector, *, deadline: float) -> str:
        assert self.client is not None
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return "timeout"
            try:
                message = self.client.get_iopub_msg(timeout=min(remaining, 0.5))
            except queue.Empty:
                if not self.alive():
                    return "died"
                continue
            if message["parent_header"].get("msg_id") != msg_id:
                continue
            kind, content = message["msg_type"], message["content"]
            if kind == "status" and content.get("execution_state") == "idle":
                return "error" if collector.failed else "ok"
            collector.add(kind, content)

    def _log_tail(self) -> str:
        with contextlib.suppress(OSError):
            text = (self.layout.kernel_dir / "kernel.log").read_text(errors="replace")
            if text.strip():
                return "Kernel log: " + text.strip()[-800:]
        return ""

    def private_memory_bytes(self) -> int:
        """Private (unshared) memory of the kernel's processes, from /proc smaps_rollup."""
        pids = self.cgroup.pids() or ({self.process.pid} if self.process else set())
        return processes.private_memory(pids)


_PORTS = {"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5}
