"""Placeholder: written by a helper."""

from __future__ import annotations

from tests.sealed28.cases import SealedCase


def cases() -> list[SealedCase]:
    return []
