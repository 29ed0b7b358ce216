"""Placeholder: written by a helper (see README)."""

from __future__ import annotations

from tests.sealed22.cases import SealedCase


def cases() -> list[SealedCase]:
    return []
