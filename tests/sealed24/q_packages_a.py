"""Placeholder: written by a helper."""

from __future__ import annotations

from tests.sealed24.cases import SealedCase


def cases() -> list[SealedCase]:
    return []
