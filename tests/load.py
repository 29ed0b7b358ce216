"""A busy machine for tests: two processes that keep both cores busy while a module's tests
run (a shared team server is never quiet). Modules marked `under_load` always get them;
`pytest --under-load` (make test-load) gives them to every module."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

HOGS = 2
_HOG = "while True:\n    pass\n"


@pytest.fixture(scope="module")
def cpu_hogs() -> Iterator[list[subprocess.Popen[bytes]]]:
    hogs = [subprocess.Popen([sys.executable, "-c", _HOG]) for _ in range(HOGS)]
    try:
        yield hogs
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait(timeout=10)


def add_load(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Give the hogs to every test under --under-load, and to `under_load` modules always."""
    everywhere = config.getoption("--under-load")
    for item in items:
        if everywhere or item.get_closest_marker("under_load") is not None:
            item.fixturenames.insert(0, "cpu_hogs")  # type: ignore[attr-defined]
