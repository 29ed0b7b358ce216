"""The answer for a series of figures, one per group or period: the leader (or the change
from first to last), the groups shown and left out, and the table of them."""

from __future__ import annotations

import math
import re
from typing import Any

from services.llm.offline.cells import label, title_for
from services.llm.offline.figures import number, percent
from services.llm.offline.query import DATE_PARTS, Query


def series_answer(query: Query, result: dict[str, Any], source: str) -> str:
    values: dict[str, Any] = result.get("value") or {}
    if not values:
        return f"No rows match{where_said(query)}, so there is nothing to show ({source})."
    shares = result.get("kind") == "shares"
    column = None if query.agg in ("count", "nunique") else query.measure
    fmt = (lambda v: percent(v)) if shares else (lambda v: number(v, column))
    items = [(_period(k, query), v) for k, v in values.items()]
    title = (
        "Share of "
        + (label(query.measure) if query.measure else "rows")
        + (f" by {label(query.group)}" if query.group else "")
        if shares
        else title_for(query)
    )
    lines = [f"**{title}** ({source})", ""]
    if result.get("kind") == "trend":
        numbers = [
            (k, v)
            for k, v in items
            if v is not None and not (isinstance(v, float) and math.isnan(v))
        ]
        if numbers:
            high = max(numbers, key=lambda kv: kv[1])
            low = min(numbers, key=lambda kv: kv[1])
            first, last = numbers[0], numbers[-1]
            change = ""
            if first[1]:
                change = f" ({(last[1] - first[1]) / abs(first[1]) * 100:+.1f}%)"
            lines.append(
                f"From {first[0]} to {last[0]} it went from {fmt(first[1])} to "
                f"{fmt(last[1])}{change}. The highest was {fmt(high[1])} ({high[0]}), "
                f"the lowest {fmt(low[1])} ({low[0]})."
            )
            lines.append("")
    else:
        head_key, head_value = items[0]
        if query.kind in ("compare", "columns") and len(items) == 2:
            lines.append(_comparison(items, fmt))
        elif len(items) == 1:
            lines.append(f"**{head_key}**: {fmt(head_value)}.")
        else:
            lines.append(_leader(items, query.ascending, fmt))
        lines.append("")
    groups, other = result.get("groups"), result.get("other")
    if isinstance(groups, int) and groups > len(items):
        shown = "bottom" if query.ascending else "top"
        rest = groups - len(items)
        lines.append(
            f"There are {number(groups)} groups; the table shows the {shown} {len(items)}"
            + (f" and the other {number(rest)} together as “other”." if other is not None else ".")
        )
        lines.append("")
    lines.append(f"| {_key_label(query)} | {'share' if shares else _value_label(query)} |")
    lines.append("|---|---|")
    limit = 24
    for key, value in items[:limit]:
        lines.append(f"| {key} | {fmt(value)} |")
    if len(items) > limit:
        lines.append(f"| … {len(items) - limit} more | |")
    if other is not None and isinstance(groups, int) and groups > len(items):
        lines.append(f"| other ({number(groups - len(items))} groups) | {fmt(other)} |")
    return "\n".join(lines)


def _value_label(query: Query) -> str:
    if query.kind == "columns":
        return {"sum": "total", "mean": "average"}.get(query.agg, query.agg)
    return label(query.measure or "rows")


def _key_label(query: Query) -> str:
    if query.kind == "columns":
        return "column"
    if query.part:
        return DATE_PARTS[query.part]
    if query.group2:
        return f"{label(query.group or '')} / {label(query.group2)}"
    return label(query.group or query.date or "group")


def _comparison(items: list[tuple[str, Any]], fmt: Any) -> str:
    """Both numbers, and which is higher by how much (from the numbers, not the order)."""
    (a, av), (b, bv) = items[0], items[1]
    if not all(isinstance(v, int | float) and not math.isnan(v) for v in (av, bv)):
        return f"**{a}** has {fmt(av)} and **{b}** {fmt(bv)}."
    if av == bv:
        return f"**{a}** and **{b}** are equal at {fmt(av)}."
    (high, hv), (low, lv) = ((a, av), (b, bv)) if av > bv else ((b, bv), (a, av))
    relative = f", {(hv - lv) / abs(lv) * 100:.1f}% more" if lv else ""
    relative += f", {hv / lv:.2f} times as much" if lv > 0 else ""  # "how many times larger"
    return (
        f"**{high}** is higher with {fmt(hv)} against {fmt(lv)} for **{low}** "
        f"(a difference of {fmt(hv - lv)}{relative})."
    )


def _leader(items: list[tuple[str, Any]], lowest: bool, fmt: Any) -> str:
    """The sentence names the group the numbers show on top, whatever the table's order."""
    numbers = [(k, v) for k, v in items if isinstance(v, int | float) and not math.isnan(v)]
    if not numbers:
        return "No group has a value."
    pick = min if lowest else max
    key, value = pick(numbers, key=lambda kv: kv[1])
    return f"**{key}** is {'lowest' if lowest else 'highest'} with {fmt(value)}."


def _period(key: str, query: Query) -> str:
    """A trend's period as people say it: Mar 2024, 2024 Q1, 2024."""
    found = _ISO_DAY.match(key)
    if query.kind != "trend" or found is None:
        return key  # not a period the code printed as a date: shown as it is
    year, month = found.group(1), int(found.group(2))
    if query.freq == "M":
        return f"{MONTHS[month - 1]} {year}"
    if query.freq == "Q":
        return f"{year} Q{(month - 1) // 3 + 1}"
    if query.freq == "Y":
        return year
    return key


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-\d{2}")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def where_said(query: Query) -> str:
    return (" " + " and ".join(f.describe() for f in query.filters)) if query.filters else ""
