"""Placeholder: written by a helper (see README.md)."""

from __future__ import annotations

from tests.sealed23.cases import SealedCase


def cases() -> list[SealedCase]:
    return []
