"""Helpers for page tests through AppTest."""

from __future__ import annotations

import time

from streamlit.testing.v1 import AppTest


def ready(at: AppTest, tries: int = 60) -> AppTest:
    """Run again until no card is still being read (cards are read in a child process, and
    the page polls for them; AppTest does not run the poll on its own)."""
    for _ in range(tries):
        if not any(c.value.startswith("Reading ") for c in at.caption):
            return at
        time.sleep(0.5)
        at.run()
    raise AssertionError("a card was still being read")
