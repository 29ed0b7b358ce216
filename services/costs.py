"""Estimated cost of a run: tokens priced from the settings' table (per model), plus a fee
per hosted code interpreter container session. An estimate: providers bill the truth."""

from __future__ import annotations

from typing import Any

from services.config import Settings


def price_of(model: str, prices: dict[str, tuple[float, float]]) -> tuple[float, float] | None:
    """The model's prices; dated snapshots (`gpt-4.1-2025-04-14`) use their family's."""
    if model in prices:
        return prices[model]
    family = max((name for name in prices if model.startswith(name + "-")), key=len, default=None)
    return prices[family] if family else None


def estimate(
    *, model: str, usage: dict[str, Any], container_sessions: int, settings: Settings
) -> dict[str, Any]:
    """The run's `cost`: {"usd": float | None, "container_sessions": n, "priced": bool}."""
    price = price_of(model, settings.prices)
    tokens = 0.0
    if price is not None:
        tokens = (
            usage.get("prompt_tokens", 0) * price[0] + usage.get("completion_tokens", 0) * price[1]
        ) / 1_000_000
    containers = container_sessions * settings.container_session_price
    priced = price is not None
    return {
        "usd": round(tokens + containers, 6) if priced or container_sessions else None,
        "container_sessions": container_sessions,
        "priced": priced,
    }
