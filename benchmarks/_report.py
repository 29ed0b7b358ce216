"""What every benchmark shares: percentiles, and printing the figures (one JSON object on
the last line with --json, aligned lines otherwise)."""

from __future__ import annotations

import json
from collections.abc import Mapping


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def emit(figures: Mapping[str, object], *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(dict(figures)))
        return
    width = max(len(key) for key in figures)
    for key, value in figures.items():
        print(f"{key:>{width}}: {value}")
