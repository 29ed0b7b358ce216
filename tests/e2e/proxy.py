"""nginx in front of a test workbench, configured from the shipped deploy/nginx.conf: the
same upstreams, headers and locations, with plain HTTP on a free port and a small upload
limit instead of TLS and 1024 MB."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.e2e.browser import ROOT, free_port

SITE = ROOT / "deploy" / "nginx.conf"
NGINX = shutil.which("nginx") or next(
    (path for path in ("/usr/sbin/nginx",) if os.access(path, os.X_OK)), None
)


def top_level_blocks(text: str) -> list[tuple[str, str]]:
    """The `name args { … }` blocks at the top of an nginx file, as (head, whole block)."""
    text = re.sub(r"#[^\n]*", "", text)
    blocks, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                block = text[start : index + 1].strip()
                blocks.append((block.split("{", 1)[0].strip(), block))
                start = index + 1
        elif char == ";" and depth == 0:
            start = index + 1
    return blocks


def _sub_once(pattern: str, replacement: str, text: str, what: str) -> str:
    result, count = re.subn(pattern, replacement, text, flags=re.M)
    if count != 1:
        raise AssertionError(f"deploy/nginx.conf: expected one {what}, found {count}")
    return result


def site_for_test(*, listen: int, app_port: int, api_port: int, max_body: str) -> str:
    """deploy/nginx.conf with its TLS server on 127.0.0.1:`listen` over plain HTTP, the
    upstreams on the test ports, and `max_body` as the upload limit."""
    blocks = top_level_blocks(SITE.read_text())
    kept = [block for head, block in blocks if head.startswith(("upstream", "map"))]
    tls = [block for head, block in blocks if head == "server" and "ssl_certificate" in block]
    if len(tls) != 1 or len(kept) != 3:
        raise AssertionError("deploy/nginx.conf: expected two upstreams, a map and a TLS server")
    site = "\n\n".join([*kept, tls[0]])
    site = _sub_once(r"server 127\.0\.0\.1:8501;", f"server 127.0.0.1:{app_port};", site, "app")
    site = _sub_once(r"server 127\.0\.0\.1:8600;", f"server 127.0.0.1:{api_port};", site, "api")
    site = re.sub(r"^\s*(listen|ssl_\w+)\s[^;]*;\n", "", site, flags=re.M)
    site = _sub_once(
        r"^(\s*)client_max_body_size 1024m;",
        rf"\1client_max_body_size {max_body};",
        site,
        "server-wide upload limit of 1024m",
    )
    return site.replace("server {", f"server {{\n    listen 127.0.0.1:{listen};", 1)


def main_config(tmp: Path, site: str) -> str:
    """A whole nginx.conf around `site`, with every path (pid, logs, temp) inside `tmp`."""
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers must write the temp dirs
    temps = "\n".join(
        f"    {kind}_temp_path {tmp / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return (
        f"{user}worker_processes 1;\npid {tmp / 'nginx.pid'};\n"
        f"error_log {tmp / 'error.log'} info;\nevents {{ worker_connections 256; }}\n"
        f"http {{\n    access_log {tmp / 'access.log'};\n{temps}\n\n{site}\n}}\n"
    )


@contextmanager
def nginx(tmp: Path, *, app_url: str, api_port: int, max_body: str) -> Iterator[str]:
    """nginx (not a daemon) with the shipped site in front of `app_url`; yields its URL."""
    assert NGINX is not None
    tmp.mkdir(parents=True, exist_ok=True)
    port = free_port()
    site = site_for_test(
        listen=port, app_port=int(app_url.rsplit(":", 1)[1]), api_port=api_port, max_body=max_body
    )
    config = tmp / "nginx.conf"
    config.write_text(main_config(tmp, site))
    command = [NGINX, "-p", str(tmp), "-c", str(config), "-e", str(tmp / "error.log")]
    server = subprocess.Popen([*command, "-g", "daemon off;"], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"nginx exited: {server.stderr.read().decode()}")  # type: ignore[union-attr]
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("nginx did not listen within 20 s") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
