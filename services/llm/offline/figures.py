"""Numbers as an answer says them: thousands separators, sensible rounding, and the unit a
column's name gives (`fare_eur` → €, `share_pct` → %)."""

from __future__ import annotations

import math
from typing import Any

_CURRENCY = {"eur": "€", "usd": "$", "gbp": "£", "dollars": "$", "euro": "€"}


def unit_of(column: str | None) -> tuple[str, str]:
    """(prefix, suffix) for a column's values, from its name."""
    if not column:
        return "", ""
    words = column.lower().replace("-", "_").split("_")
    for word in words:
        if word in _CURRENCY:
            return _CURRENCY[word], ""
    if any(w in ("pct", "percent", "percentage") for w in words):
        return "", "%"
    return "", ""


def number(value: Any, column: str | None = None) -> str:
    """Readable number: thousands separators, sensible rounding, unit from the column."""
    if value is None or isinstance(value, float) and math.isnan(value):
        return "n/a"
    if isinstance(value, bool):
        return str(value)
    if not isinstance(value, int | float):
        return str(value)
    prefix, suffix = unit_of(column)
    magnitude = abs(value)
    if float(value).is_integer() and magnitude < 1e15:
        text = f"{int(value):,}"
    elif magnitude >= 1000:
        text = f"{value:,.0f}"
    elif magnitude >= 1:
        text = f"{value:,.2f}"
    else:
        text = f"{value:.3g}"
    return f"{prefix}{text}{suffix}"


def percent(value: float) -> str:
    return f"{value:.2f}%"
