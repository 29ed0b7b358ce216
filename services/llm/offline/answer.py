"""Computed result → the answer, in words and a small table. Every number quoted here comes
from the result the code printed; nothing is estimated."""

from __future__ import annotations

import math
import re
from typing import Any

from services.llm.offline.cells import FREQ, label, title_for
from services.llm.offline.correlations import matrix_text, strength
from services.llm.offline.extremes import extreme_answer
from services.llm.offline.figures import number, percent
from services.llm.offline.names import words_of
from services.llm.offline.query import DATE_PARTS, Query
from services.llm.offline.steps import steps_answer


def _span_of(query: Query) -> str:
    """What the data's date covers, said so a reader can ask again within it."""
    column = query.table.column(query.date or "") or next(iter(query.table.of_kind("date")), None)
    if column is None or not column.first or not column.last:
        return ""
    return f"`{column.name}` covers {str(column.first)[:10]} – {str(column.last)[:10]}."


def compose(query: Query, result: dict[str, Any], *, note: str = "") -> str:
    kind = result.get("kind")
    value = result.get("value")
    table = query.table
    source = f"from `{table.filename}`"
    where = (" where " + " and ".join(f.describe() for f in query.filters)) if query.filters else ""
    lead = note + "\n\n" if note else ""
    if kind == "extreme":
        return lead + extreme_answer(query, result, where, source)
    if kind == "steps":
        return lead + steps_answer(query, result, source)
    beyond = _beyond(query) if kind == "scalar" and value == 0 else None
    if beyond is not None and beyond[1]:  # "more than 50 grand" read on `Month` (1 to 12)
        return f"{lead}I can't answer that from the data: {beyond[0]}."
    if kind == "scalar" and query.kind == "count":
        ranged = f" {beyond[0][0].upper()}{beyond[0][1:]}." if beyond else ""
        return f"{lead}There are **{number(value)}** rows{where} ({source}).{ranged}"
    if kind == "scalar" and query.filters and result.get("rows") == 0:
        return (  # "total sales in december 2024" past the data's end: no total of nothing
            f"{lead}I can't answer that from the data: no row of `{table.filename}` matches "
            "what the question asks for, so there is nothing to add up or average. "
            + _span_of(query)
        ).strip()
    if kind == "scalar" and _missing(value) and query.measure:
        scope = " where " + " and ".join(f"`{f.describe()}`" for f in query.filters)
        return (  # every matching row blank: a figure of nothing is no answer
            f"{lead}I can't answer that from the data: `{query.measure}` is blank on every "
            f"row of `{table.filename}`{scope if query.filters else ''}, so there is no "
            f"{_agg_phrase(query.agg)} to give."
        )
    if kind == "scalar":
        what = f"{_agg_phrase(query.agg)} {label(query.measure or '')}"
        return (
            f"{lead}The {what}{where} is **{number(value, query.measure)}** "
            f"({source}, {number(result.get('rows'))} row{'' if result.get('rows') == 1 else 's'})."
        )
    if kind == "distinct":
        items = result.get("items") or []
        shown = ", ".join(items[:12]) + (" …" if len(items) > 12 else "")
        return (
            f"{lead}There are **{number(value)}** distinct values of "
            f"{label(query.measure or '')}{where}: {shown}."
        )
    period = query.of_period()
    if kind == "percent" and isinstance(value, int | float):
        return (
            f"{lead}Rows{where} make up **{percent(value)}** of the "
            + (f"total {label(query.measure)}" if query.measure else "rows")
            + (" where " + " and ".join(f.describe() for f in period) if period else "")
            + f" ({source})."
        )
    if kind == "ratio":
        top, bottom = label(query.measure or ""), label(query.denominator or "")
        if query.compare:
            top, bottom = query.compare[0], query.compare[1]
        if result.get("rowwise"):
            return (
                f"{lead}The average of {top} / {bottom}{where}, row by row, is "
                f"**{number(value)}** ({number(result.get('rows'))} rows; {source})."
            )
        what = (
            f"{top} per {query.unit} of {bottom}"
            if query.unit
            else f"{top} as a percentage of {bottom}"
            if query.scale == 100
            else f"{top} per {'' if query.scale == 1 else f'{query.scale:g} '}{bottom}"
        )
        scaled = query.scale == 100 or bool(query.unit) and query.scale != 1
        total = "average" if result.get("means") else "total"
        return (
            f"{lead}The {what}{where} is **{number(value)}** ({total} {top} "
            f"{number(result.get('top'), query.measure)} / {total} {bottom} "
            f"{number(result.get('bottom'), query.denominator)}"
            + (f" × {query.scale:g}" if scaled else "")
            + f"; {source})."
        )
    if kind == "per":
        per = query.per or ""
        unit = FREQ[per[1:]][1] if per.startswith("@") else label(per)
        what = f"{label(query.measure)}" if query.measure else "rows"
        return (
            f"{lead}On average there are **{number(value, query.measure)}** {what} per "
            f"{unit}{where} (over {number(result.get('groups'))} {unit}s; the median is "
            f"{number(result.get('median'), query.measure)}; {source})."
            if not query.measure
            else f"{lead}The average total {what} per {unit}{where} is "
            f"**{number(value, query.measure)}** (over {number(result.get('groups'))} "
            f"{unit}s; the median is {number(result.get('median'), query.measure)}; {source})."
        )
    if kind == "change":
        first, last = query.points or ("", "")
        if query.part == "month":
            first, last = _MONTHS[int(first) - 1], _MONTHS[int(last) - 1]
        what = (
            f"{_agg_phrase(query.agg)} {label(query.measure)}"
            if query.measure
            else "number of rows"
        )
        before, after = result.get("before"), result.get("after")
        if not isinstance(value, int | float) or math.isnan(value):
            return (
                f"{lead}The {what}{where} was {number(before, query.measure)} in {first}, so a "
                f"percentage change to {last} ({number(after, query.measure)}) is not defined."
            )
        direction = "up" if value >= 0 else "down"
        moved = (  # "by how much": the difference too, not only the percentage
            f"{'+' if after >= before else '-'}{number(abs(after - before), query.measure)}"
            if isinstance(before, int | float) and isinstance(after, int | float)
            else ""
        )
        moved = f"{value:+.2f}%" + (f", {moved}" if moved else "")
        return (
            f"{lead}The {what}{where} went from **{number(before, query.measure)}** in {first} to "
            f"**{number(after, query.measure)}** in {last}: {direction} **{abs(value):.2f}%** "
            f"({moved}; {source})."
        )
    if kind == "coverage":
        years = result.get("years") or ["?", "?"]
        count = result.get("count")
        asked = (result.get("counts") or {}).get(query.freq or "")
        if isinstance(value, list) and asked is not None:
            unit = FREQ[query.freq or "D"][1]
            return (
                f"{lead}The data has **{number(asked)}** distinct {unit}s{where}, from "
                f"**{value[0]}** to **{value[1]}** (the years **{years[0]}** to "
                f"**{years[-1]}**; {source})."
            )
        data = (
            f"The rows with a `{query.measure}` value cover" if query.measure else "The data covers"
        )
        if isinstance(value, list):
            return (
                f"{lead}{data} **{value[0]}** to **{value[1]}**: the years "
                f"{_years_said(years)} ({number(count)} distinct years; {source})."
            )
        return (
            f"{lead}{data} the years {_years_said(years)} "
            f"({number(count)} distinct years; {source})."
        )
    if kind in ("series", "shares", "trend"):
        return lead + _series(query, result, source)
    if kind == "stats":
        stats = value or {}
        return (
            f"{lead}{label(query.measure or '').capitalize()}{where} ranges from "
            f"**{number(stats.get('min'), query.measure)}** to "
            f"**{number(stats.get('max'), query.measure)}**; the median is "
            f"**{number(stats.get('50%'), query.measure)}** and the mean "
            f"**{number(stats.get('mean'), query.measure)}**. Half of the values lie "
            f"between {number(stats.get('25%'), query.measure)} and "
            f"{number(stats.get('75%'), query.measure)} ({number(stats.get('count'))} "
            f"values, {source}). The chart shows the distribution."
        )
    if kind == "correlation" and isinstance(value, int | float):
        x, y = query.pair or ("", "")
        return (
            f"{lead}The correlation between {label(x)} and {label(y)}{where} is "
            f"**{value:.2f}** — {strength(value)} ({source})."
        )
    if kind == "matrix":
        return lead + matrix_text(value or {}, source)
    if kind == "missing":
        missing = {k: v for k, v in (value or {}).items() if v}
        rows = result.get("rows") or 0
        if not missing:
            return (
                f"{lead}There are **no missing values** in {table.filename} (0 of "
                f"{number(rows * len(value or {}))} cells)."
            )
        parts = [
            f"{label(k)}: {number(v)} ({percent(v / rows * 100) if rows else 'n/a'})"
            for k, v in sorted(missing.items(), key=lambda kv: -kv[1])
        ]
        return (
            f"{lead}There are **{number(sum(missing.values()))}** missing values in "
            f"{len(missing)} columns of {table.filename}: " + "; ".join(parts) + "."
        )
    if kind == "outliers":
        items = result.get("items") or []
        shown = ", ".join(number(v, query.measure) for v in items[:10])
        return (
            f"{lead}**{number(value)}** values of {label(query.measure or '')}{where} lie "
            f"outside {number(result.get('low'), query.measure)} – "
            f"{number(result.get('high'), query.measure)} (1.5 × IQR rule)"
            + (f": {shown}{' …' if len(items) > 10 else ''}." if items else ".")
        )
    if kind == "overview":
        types = value or {}
        numeric = result.get("numeric") or {}
        lines = [
            f"{lead}`{table.filename}` has **{number(result.get('rows'))}** rows and "
            f"**{len(types)}** columns."
        ]
        lines.append("")
        lines.append("| column | type | summary |")
        lines.append("|---|---|---|")
        for column in table.columns:
            stats = numeric.get(column.name)
            if stats:
                summary = (
                    f"{number(stats.get('min'), column.name)} – "
                    f"{number(stats.get('max'), column.name)}, mean "
                    f"{number(stats.get('mean'), column.name)}"
                )
            elif column.values:
                summary = ", ".join(column.values[:6]) + (" …" if len(column.values) > 6 else "")
            else:
                summary = ""
            lines.append(f"| {column.name} | {column.kind} | {summary} |")
        return "\n".join(lines)
    return f"{lead}The analysis ran; the result is shown above."


def _agg_phrase(agg: str) -> str:
    return {
        "sum": "total",
        "mean": "average",
        "median": "median",
        "std": "standard deviation of",
        "min": "minimum",
        "max": "maximum",
        "count": "number of",
        "rate": "rate (% of rows) of",
    }.get(agg, agg)


def _series(query: Query, result: dict[str, Any], source: str) -> str:
    values: dict[str, Any] = result.get("value") or {}
    if not values:
        return f"No rows match{_where(query)}, so there is nothing to show ({source})."
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
        return f"{_MONTHS[month - 1]} {year}"
    if query.freq == "Q":
        return f"{year} Q{(month - 1) // 3 + 1}"
    if query.freq == "Y":
        return year
    return key


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-\d{2}")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _where(query: Query) -> str:
    return (" " + " and ".join(f.describe() for f in query.filters)) if query.filters else ""


def _missing(value: Any) -> bool:
    """No figure: the result of adding up or averaging only blanks."""
    return value is None or isinstance(value, float) and math.isnan(value)


def _time_part(column: str) -> bool:
    """A column that numbers a time (`Month` 1 to 12, `Year`, `hour`): no amount is kept in
    it, so a limit of an amount read on it was meant of another column."""
    return bool(set(words_of(column).split()) & _TIME_PARTS)


_TIME_PARTS = {"month", "mth", "year", "yr", "day", "week", "wk", "quarter", "hour", "period"}


def _beyond(query: Query) -> tuple[str, bool] | None:
    """Why a limit counts nothing: it lies past every value of its column, and whether it
    lies far past them on a column that numbers a time (ten times the largest, as "over
    50000" of `Month` from 1 to 12), so that it was surely meant of another column ("a fee
    above 1,000" where fees run to 89.99 is a true 0)."""
    for item in query.filters:
        column = query.table.column(item.column)
        if column is None or column.low is None or column.high is None:
            continue
        if not isinstance(item.value, int | float) or item.op not in (">", ">=", "<", "<="):
            continue
        above = item.op.startswith(">") and item.value > column.high
        if above or item.op.startswith("<") and item.value < column.low:
            far = above and (  # "over one million" of a `Salary` that runs to 2,460
                _time_part(item.column)
                and item.value >= 10 * column.high
                or column.high > 0
                and item.value >= 100 * column.high
            )
            side = "above" if above else "below"
            said = (
                f"no row of `{query.table.filename}` has `{item.column}` {side} "
                f"`{number(item.value)}`: it runs from `{number(column.low)}` to "
                f"`{number(column.high)}`"
            )
            return (said + ", so that limit may be meant of another column; say which", far)
    return None


def _years_said(years: list) -> str:
    """ "**2023**, **2024** and **2025**": a few years each said; many as a span."""
    if 2 < len(years) <= 12:
        said = [f"**{y}**" for y in years]
        return ", ".join(said[:-1]) + " and " + said[-1]
    return f"**{years[0]}** to **{years[-1]}**"
