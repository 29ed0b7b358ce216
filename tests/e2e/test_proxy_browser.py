"""The shipped reverse proxy (deploy/nginx.conf, TLS off, a 1 MB upload limit) in front of a
real workbench: the analyst's browser path runs through it, the websocket upgrade and the
XSRF-protected upload pass it, the HTTP API is forwarded under /v1/, and an upload over the
proxy's limit is refused where the analyst sees it."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.browser import CHROMIUM, ROOT, SCREENSHOTS, browser, free_port, workbench
from tests.e2e.proxy import NGINX, SITE, main_config, nginx
from tests.e2e.steps import (
    MONTHLY_ANSWER,
    MONTHLY_CHART,
    SALES_CARD,
    UPLOADER,
    ask,
    download,
    open_workbench,
    upload,
    wait_for_answer_and_chart,
    write_sales,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        NGINX is None, reason="nginx is not installed (make test installs it with apt)"
    ),
]
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (make test installs it with apt)"
)
LIMIT = "1m"
# The browser reaches the proxy by a name, as on a server: Streamlit then accepts the
# websocket only if the Host the proxy forwards matches the page's origin (it would let
# 127.0.0.1 through whatever the Host).
NAME = "workbench.test"


@dataclass
class Proxied:
    url: str  # the proxy's, by address
    data_dir: Path
    logs: Path

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    @property
    def named_url(self) -> str:
        return f"http://{NAME}:{self.port}"


@pytest.fixture(scope="module")
def proxied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Proxied]:
    """One workbench (the HTTP API in its process) and nginx in front of it."""
    tmp = tmp_path_factory.mktemp("proxy")
    api_port = free_port()
    settings = {"WORKBENCH_API_IN_APP": "true", "WORKBENCH_API_PORT": str(api_port)}
    with (
        workbench(tmp / "data", **settings) as app,
        nginx(tmp / "nginx", app_url=app, api_port=api_port, max_body=LIMIT) as url,
    ):
        yield Proxied(url=url, data_dir=tmp / "data", logs=tmp / "nginx")


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    with browser(f"--host-resolver-rules=MAP {NAME} 127.0.0.1") as instance:
        yield instance


def handshake(port: int, path: str) -> str:
    """The status line nginx answers a browser's websocket upgrade of `path` with."""
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {NAME}:{port}\r\nOrigin: http://{NAME}:{port}\r\n"
        "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: streamlit\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(request.encode())
        return connection.recv(4096).decode("latin-1").split("\r\n", 1)[0]


def status_and_body(request: urllib.request.Request | str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            return reply.status, reply.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_the_shipped_site_with_its_tls_server_passes_nginx_t(tmp_path):
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed (a throwaway certificate is needed)")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
         "/CN=workbench.example.com", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    site = SITE.read_text()
    site = site.replace("/etc/ssl/certs/workbench.example.com.pem", str(cert))
    site = site.replace("/etc/ssl/private/workbench.example.com.key", str(key))
    config = tmp_path / "nginx.conf"
    config.write_text(main_config(tmp_path, site))
    checked = subprocess.run(
        [NGINX, "-t", "-p", str(tmp_path), "-c", str(config), "-e", str(tmp_path / "e.log")],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr


def test_the_websocket_upgrade_passes_and_uploads_stay_xsrf_protected(proxied):
    status = handshake(proxied.port, "/_stcore/stream")
    assert status.startswith("HTTP/1.1 101"), (
        f"{status!r}: deploy/nginx.conf must forward Upgrade, Connection and the Host (with "
        "its port) to /_stcore/stream, or no page ever connects"
    )
    forged = urllib.request.Request(f"{proxied.url}/_stcore/upload_file/s/f", b"x", method="PUT")
    assert status_and_body(forged) == (403, b"XSRF token missing or invalid")


@needs_chromium
@pytest.mark.timeout(300)
def test_through_the_proxy_an_analyst_uploads_asks_and_downloads_the_chart(
    proxied, chromium, tmp_path
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = open_workbench(chromium, proxied.named_url)
    upload(page, write_sales(tmp_path / "sales.csv"), SALES_CARD)
    ask(page, MONTHLY_CHART)
    wait_for_answer_and_chart(page, MONTHLY_ANSWER)
    page.screenshot(path=SCREENSHOTS / "proxy-1-answer-with-chart.png", full_page=True)
    png = download(page, "Download PNG")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    page.close()


@needs_chromium
@pytest.mark.timeout(180)
def test_an_upload_over_the_proxy_limit_is_refused_and_the_page_says_so(
    proxied, chromium, tmp_path
):
    big = tmp_path / "big.csv"
    big.write_text("id,amount\n" + "".join(f"{i},{i * 3}\n" for i in range(150_000)))
    assert big.stat().st_size > 1024 * 1024
    page = open_workbench(chromium, proxied.named_url)
    page.locator(UPLOADER).set_input_files(big)
    page.get_by_text("Request failed with status code 413").wait_for(timeout=30_000)
    page.screenshot(path=SCREENSHOTS / "proxy-2-upload-too-large.png")
    assert page.get_by_text("big.csv ·").count() == 0, "no data card for a refused file"
    log = (proxied.logs / "error.log").read_text()
    assert "client intended to send too large body" in log
    page.close()


@needs_chromium
@pytest.mark.timeout(180)
def test_the_http_api_is_forwarded_under_v1(proxied, chromium):
    # The API starts with the app's engine, on the first page view.
    open_workbench(chromium, proxied.named_url).close()
    deadline = time.monotonic() + 30
    status, body = status_and_body(f"{proxied.url}/v1/assistants")
    while status == 502 and time.monotonic() < deadline:  # until the API thread listens
        time.sleep(0.1)
        status, body = status_and_body(f"{proxied.url}/v1/assistants")
    assert status == 401 and json.loads(body)["error"]["code"] == "missing_api_key"

    made = subprocess.run(
        [sys.executable, "-m", "services.cli", "keys", "create", "--user", "ana@example.com"],
        cwd=ROOT,
        env={**os.environ, "WORKBENCH_DATA_DIR": str(proxied.data_dir)},
        capture_output=True,
        text=True,
        check=True,
    )
    key = made.stdout.strip().splitlines()[-1]
    listed = urllib.request.Request(
        f"{proxied.url}/v1/assistants", headers={"Authorization": f"Bearer {key}"}
    )
    status, body = status_and_body(listed)
    assert status == 200 and json.loads(body)["object"] == "list"
