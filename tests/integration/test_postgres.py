"""A team server keeps its data in PostgreSQL (README, "Host it for a team"). This starts
a throwaway PostgreSQL server and runs the suites that exercise the database against it:
every test there gets a fresh database of its own (tests/conftest.py, make_settings)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SUITES = [
    "tests/integration/test_store.py",
    "tests/integration/test_objects.py",
    "tests/integration/test_files.py",
    "tests/integration/test_run_lifecycle.py",
    "tests/integration/test_run_events.py",
    "tests/integration/test_tool_calls.py",
    "tests/integration/test_crash_recovery.py",
    "tests/integration/test_providers.py",
    "tests/integration/test_vector_stores.py",
    "tests/integration/test_access.py",
    "tests/integration/test_team.py",
    "tests/integration/test_retention.py",
]


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A PostgreSQL server on a free loopback port; its admin URL."""
    pytest.importorskip("psycopg", reason="the postgres extra (psycopg) is not installed")
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed here (apt-get install postgresql)")
    # The server refuses to run as root: it runs as the `postgres` user then.
    as_user: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: cannot start PostgreSQL")
        as_user = ["runuser", "-u", "postgres", "--"]
    home = Path(tempfile.mkdtemp(prefix="wb-pg-"))
    data = home / "data"
    if as_user:
        shutil.chown(home, "postgres")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    run = {"check": True, "capture_output": True, "text": True}
    subprocess.run(
        [*as_user, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"],
        **run,
    )
    options = f"-k {home} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off"
    ctl = [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data)]
    subprocess.run([*ctl, "-o", options, "-l", str(home / "log"), "-w", "start"], **run)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*ctl, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


@pytest.mark.slow
@pytest.mark.timeout(1300)
def test_the_database_suites_pass_on_postgresql(server):
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *SUITES],
        cwd=ROOT,
        env={**os.environ, "WORKBENCH_TEST_DATABASE_URL": server},
        capture_output=True,
        text=True,
        timeout=1200,
    )
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert " passed" in summary and "skipped" not in summary, summary
