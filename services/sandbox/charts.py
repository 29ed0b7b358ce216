"""PNG renditions of Plotly specs, made outside the sandbox but never with network access:
specs are stripped of every external reference, and the renderer (kaleido's Chromium) runs
in a process of its own inside a network namespace with no interfaces but a dead loopback.
The process starts when the first chart needs a PNG and stops after a while unused."""

from __future__ import annotations

import base64
import importlib.util
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
IDLE_SECONDS = 300.0
RENDER_SECONDS = 60.0
_EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//|url\(", re.IGNORECASE)
_ROOT = Path(__file__).resolve().parents[2]


def sanitise(spec: Any) -> Any:
    """The spec without anything a browser could fetch: image sources and any other string
    that is a URL (data: URIs stay), map styles given as URLs."""
    if isinstance(spec, dict):
        clean = {}
        for key, value in spec.items():
            if key == "images" and isinstance(value, list):
                value = [i for i in value if _data_image(i)]
            clean[key] = sanitise(value)
        return clean
    if isinstance(spec, list):
        return [sanitise(item) for item in spec]
    if isinstance(spec, str) and _EXTERNAL.search(spec):
        return ""
    return spec


def _data_image(image: Any) -> bool:
    source = image.get("source") if isinstance(image, dict) else None
    return isinstance(source, str) and source.startswith("data:image/")


class ChartRenderer:
    def __init__(self, *, idle_seconds: float = IDLE_SECONDS) -> None:
        self.available = bool(importlib.util.find_spec("kaleido")) and any(
            shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
        )
        self.idle_seconds = idle_seconds
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None
        self._last_used = 0.0
        self._reaper: threading.Timer | None = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def render(self, spec: dict[str, Any], *, width: int = 1000, height: int = 560) -> bytes | None:
        """PNG bytes, or None when no renderer is available or the spec cannot be drawn."""
        if not self.available:
            return None
        return self._render_raw(sanitise(spec), width=width, height=height)

    def _render_raw(self, spec: Any, *, width: int, height: int) -> bytes | None:
        with self._lock:
            try:
                process = self._ensure_started()
                assert process.stdin is not None and process.stdout is not None
                request = {"spec": spec, "width": width, "height": height}
                process.stdin.write(json.dumps(request) + "\n")
                process.stdin.flush()
                answer = self._read_answer(process)
            except (OSError, ValueError, TimeoutError) as error:
                log.warning("PNG rendition failed: %s", error)
                self._stop_locked()
                return None
            finally:
                self._last_used = time.monotonic()
                self._schedule_reap()
        if "error" in answer:
            log.warning("PNG rendition failed: %s", answer["error"])
            return None
        return base64.b64decode(answer["png"])

    def _read_answer(self, process: subprocess.Popen[str]) -> dict[str, Any]:
        stdout = process.stdout
        assert stdout is not None
        result: list[str] = []
        reader = threading.Thread(target=lambda: result.append(stdout.readline()))
        reader.daemon = True
        reader.start()
        reader.join(RENDER_SECONDS)
        if not result or not result[0]:
            raise TimeoutError("the chart renderer did not answer")
        answer: dict[str, Any] = json.loads(result[0])
        return answer

    def _ensure_started(self) -> subprocess.Popen[str]:
        if self._process is not None and self._process.poll() is None:
            return self._process
        argv = [sys.executable, "-m", "services.sandbox.render_server"]
        if os.geteuid() == 0 and shutil.which("unshare"):
            argv = [shutil.which("unshare") or "unshare", "--net", "--", *argv]
        else:
            log.warning("the chart renderer runs without its own network namespace (needs root)")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("WORKBENCH_", "OPENAI"))}
        env["PYTHONPATH"] = str(_ROOT)
        self._process = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
            start_new_session=True,
        )
        return self._process

    def _schedule_reap(self) -> None:
        if self._reaper is not None:
            self._reaper.cancel()
        self._reaper = threading.Timer(self.idle_seconds, self._reap)
        self._reaper.daemon = True
        self._reaper.start()

    def _reap(self) -> None:
        with self._lock:
            if time.monotonic() - self._last_used >= self.idle_seconds * 0.99:
                self._stop_locked()

    def _stop_locked(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        try:
            if process.stdin is not None:
                process.stdin.close()
            process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            with_group_killed(process)

    def close(self) -> None:
        if self._reaper is not None:
            self._reaper.cancel()
        with self._lock:
            self._stop_locked()


def with_group_killed(process: subprocess.Popen[str]) -> None:
    """Kill the renderer and the browser it started (they share its session)."""
    import signal

    try:
        os.killpg(process.pid, signal.SIGKILL)
    except OSError:
        process.kill()
    process.wait(timeout=10)
