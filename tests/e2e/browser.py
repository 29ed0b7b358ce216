"""A real workbench server and headless Chromium, for the end-to-end test and the UI
benchmark. Chromium comes from the system (apt); Playwright never downloads a browser."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "tests" / "e2e" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def workbench(
    data_dir: Path, *, port: int | None = None, args: Sequence[str] = (), **settings: str
) -> Iterator[str]:
    """`streamlit run app.py` on `port` (a free one by default), with `args` added to its
    command line (e.g. `--secrets.files PATH`) and `settings` to its environment; yields
    its URL once healthy."""
    port = port or free_port()
    env = {
        **os.environ,
        "WORKBENCH_DATA_DIR": str(data_dir),
        "WORKBENCH_SANDBOX_WARM_KERNELS": "1",
        **settings,
    }
    log = open(data_dir.parent / "streamlit.log", "wb")  # noqa: SIM115
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
            "--browser.gatherUsageStats",
            "false",
            *args,
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("the workbench did not become healthy")
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


@contextmanager
def browser(*args: str) -> Iterator[object]:
    """Headless system Chromium; `args` are added to CHROMIUM_ARGS."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, *args]
        )
        try:
            yield instance
        finally:
            instance.close()
