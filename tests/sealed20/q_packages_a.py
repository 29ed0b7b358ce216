"""Placeholder: a helper replaces this with its conversations."""

from __future__ import annotations

from tests.sealed20.cases import SealedCase


def cases() -> list[SealedCase]:
    return []
