"""Computed result → the answer, in words and a small table. Every number quoted here comes
from the result the code printed; nothing is estimated."""

from __future__ import annotations

import math
from typing import Any

from services.llm.offline.cells import FREQ, label
from services.llm.offline.correlations import matrix_text, strength
from services.llm.offline.extremes import extreme_answer
from services.llm.offline.figures import number, percent
from services.llm.offline.names import words_of
from services.llm.offline.query import Query
from services.llm.offline.seriestext import MONTHS, series_answer
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
            first, last = MONTHS[int(first) - 1], MONTHS[int(last) - 1]
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
        return lead + series_answer(query, result, source)
    if kind == "stats":
        stats = value or {}
        return (
            f"{lead}{label(query.measure or '').capitalize()}{where} ranges from "
            f"**{number(stats.get('min'), query.measure)}** to "
            f"**{number(stats.get('max'), query.measure)}**{_span(stats, query)}; the median is "
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


def _span(stats: dict[str, Any], query: Query) -> str:
    """ " (a range of 9,718,251)": the maximum less the minimum, when both are numbers."""
    low, high = stats.get("min"), stats.get("max")
    if not isinstance(low, int | float) or not isinstance(high, int | float):
        return ""
    return f" (a range of **{number(high - low, query.measure)}**)"


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
