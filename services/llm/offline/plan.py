"""Query → plain pandas/Plotly code an analyst could paste into a notebook. The last line
prints the result as JSON (after RESULT_MARK) so the answer can quote computed numbers."""

from __future__ import annotations

import re
from datetime import datetime

from services.llm.offline.cells import (
    FREQ,
    GROUP_LIMIT,
    RESULT_MARK,
    chart,
    emit,
    label,
    title_for,
    year_column,
)
from services.llm.offline.derived import change, coverage, per, ratio, trend_split
from services.llm.offline.extremes import extreme_code
from services.llm.offline.gaps import gap_code
from services.llm.offline.monthcolumns import months_kept
from services.llm.offline.query import DATE_PARTS, DATED, Filter, Query
from services.llm.offline.rowfilters import filter_code
from services.llm.offline.splits import split_key
from services.llm.offline.steps import after_filters, steps_cells
from services.llm.offline.tallies import expand_code
from services.llm.offline.views import (
    correlation_code,
    distribution_code,
    matrix_code,
    missing_code,
    outliers_code,
    overview_code,
)

__all__ = ["GROUP_LIMIT", "RESULT_MARK", "code_for", "label", "title_for"]


def code_for(query: Query, *, repair: bool = False) -> str:
    """The analysis cell. With `repair`, the one retry after a failed cell: the numbers it
    uses are coerced to numbers first (text such as "n/a" becomes missing)."""
    lines = [f"df = {query.table.variable}.copy()"]
    if query.gap is not None:
        lines += gap_code(query.gap)
    if repair:
        lines.append("# the first attempt failed: read the numbers it needs as numbers")
        numbers = [query.convert.source if query.convert else query.measure, query.denominator]
        numbers += [*(query.pair or ())]
        numbers += [f.column for f in query.filters if f.op in (">", ">=", "<", "<=", "between")]
        for column in dict.fromkeys(c for c in numbers if c):
            lines.append(f"df[{column!r}] = pd.to_numeric(df[{column!r}], errors='coerce')")
    lines += expand_code(query)
    if query.combined is not None:
        lines.append(query.combined.code())
    if query.convert is not None:
        source, factor = query.convert.source, query.convert.factor
        shift = f" + {query.convert.offset!r}" if query.convert.offset else ""
        lines.append(f"df[{query.convert.name!r}] = df[{source!r}] * {factor!r}{shift}")
    if query.date and query.kind not in ("overview", "missing"):
        lines.append(f'df[{query.date!r}] = pd.to_datetime(df[{query.date!r}], errors="coerce")')
    timed = DATED
    dates = {c.name for c in query.table.of_kind("date")}
    if not (query.date and query.kind not in ("overview", "missing")):
        chosen = [f.column for f in query.filters if f.op in timed]
        for column in dict.fromkeys(c for c in chosen if c in dates):
            lines.append(f'df[{column!r}] = pd.to_datetime(df[{column!r}], errors="coerce")')
    reading = [f for f in query.filters if f.op == "latest" and f.value in ("date", "first")]
    later = after_filters(query)  # kept on the changes from period to period, not the rows
    kept = [f for i, f in enumerate(query.filters) if i not in later]
    for item in [f for f in kept if f not in reading] + reading:
        lines += filter_code(item)  # "at the last reading in 1980": the latest of those rows
    if query.agg == "rate" and query.measure:  # a yes/no column as 0 or 100: its mean is a rate
        truth = ["true", "yes", "y", "1", "1.0"]
        lines.append(
            f"df[{query.measure!r}] = df[{query.measure!r}].astype(str).str.lower()"
            f".isin({truth!r}) * 100.0"
        )
        query = query.with_(agg="mean")
    body = _BUILDERS[query.kind](query)
    return "\n".join(lines + body)


def _aggregate(query: Query) -> list[str]:
    measure = query.measure
    blank = "min_count=1" if query.agg == "sum" else ""  # a total of only blanks is no 0
    return [
        f"value = df[{measure!r}].{query.agg}({blank})",
        "print(value)",
        *emit("scalar", "value", '"rows": len(df), '),
    ]


def _count(query: Query) -> list[str]:
    return ["value = len(df)", "print(value)", *emit("scalar", "value")]


def _distinct(query: Query) -> list[str]:
    measure = query.measure
    if query.group:
        lines = [
            f"result = df.groupby({query.group!r})[{measure!r}].nunique()"
            f".sort_values(ascending={query.ascending})",
            f"result = result.head({query.top or GROUP_LIMIT})",
            "print(result.to_string())",
        ]
        if query.chart:
            lines += chart(
                query, f"result.reset_index(name={measure!r})", query.group, measure or ""
            )
        return lines + emit("series", "result.to_dict()")
    return [
        f"values = df[{measure!r}].dropna().unique()",
        "print(len(values), 'distinct')",
        "print(sorted(map(str, values))[:50])",
        *emit("distinct", "len(values)", '"items": sorted(map(str, values))[:50], '),
    ]


def _key(query: Query) -> tuple[list[str], str, str]:
    """(lines that make the grouping key, the key as code for groupby, its label)."""
    if query.part in ("year", "decade"):
        name = DATE_PARTS[query.part]
        source = (
            f"df[{query.date!r}].dt.year"
            if query.date
            else f"pd.to_numeric(df[{query.group or year_column(query) or ''!r}], errors='coerce')"
        )
        size = 10 if query.part == "decade" else 1
        return [f"key = ({source} // {size} * {size}).rename({name!r})"], "key", name
    month = months_kept(query.table) if query.part == "quarter" and not query.date else None
    if month is not None:
        months = f"pd.to_numeric(df[{month!r}], errors='coerce')"  # 1–12
        quarter = f"(({months} - 1) // 3 + 1).map('Q{{:.0f}}'.format)"
        return [f"key = {quarter}.rename('quarter')"], "key", "quarter"
    if query.part:
        part = {"weekday": ".dt.day_name()", "month": ".dt.month_name()", "hour": ".dt.hour",
                "quarter": ".dt.quarter.map('Q{}'.format)"}  # fmt: skip
        name = DATE_PARTS[query.part]
        return [f"key = df[{query.date!r}]{part[query.part]}.rename({name!r})"], "key", name
    if query.split is not None:  # "over 190 lb vs everyone else"
        return split_key(query.split), "key", "group"
    column = query.group or ""
    if query.group2:
        name = f"{column} / {query.group2}"
        both = f"df[{column!r}].astype(str) + ' / ' + df[{query.group2!r}].astype(str)"
        return [f"key = ({both}).rename({name!r})"], "key", name
    return [], repr(column), column  # a plain column: df.groupby('region')


def _group(query: Query) -> list[str]:
    measure = query.measure
    lines, key, name = _key(query)
    series = "key" if lines else f"df[{key}]"  # the key as a column, to pick the other rows
    value = measure or "rows"
    counted = query.agg == "count" or measure is None
    blank = "min_count=1" if query.agg == "sum" else ""  # a group of blanks is no 0
    lines.append(
        f"result = df.groupby({key}).size()"
        if counted
        else f"result = df.groupby({key})[{measure!r}].{query.agg}({blank}).dropna()"
    )
    in_order = not query.top and (
        query.chart == "line" or query.group is not None and query.group == year_column(query)
    )
    if in_order:
        lines.append("result = result.sort_index()")
    else:
        lines.append(f"result = result.sort_values(ascending={query.ascending})")
    lines.append("groups = len(result)")
    rest = "len(rest)" if counted else f"rest[{measure!r}].{query.agg}()"
    if query.top:
        lines.append(f"result = result.head({query.top})")
        lines.append("other = None")
    elif not in_order:
        lines += [
            "other = None",
            f"if groups > {GROUP_LIMIT}:  # the largest groups, and the rest as one",
            f"    result = result.head({GROUP_LIMIT})",
            f"    rest = df[~{series}.isin(result.index)]",
            f"    other = {rest}",
        ]
    else:
        lines.append("other = None")
    lines += _dates_as_said(query)
    lines.append("print(result.to_string())")
    lines.append("if other is not None:")
    lines.append("    print('other', groups - len(result), 'groups:', other)")
    if query.chart:
        lines += chart(query, f"result.reset_index(name={value!r})", name, value)
    total = f'"total": float(df[{measure!r}].sum()), ' if measure else '"total": len(df), '
    extra = total + '"groups": groups, "other": other, '
    return lines + emit("series", "{str(k): v for k, v in result.items()}", extra)


_SPACING = {"month": "%Y-%m", "quarter": "%Y-%m-%d", "year": "%Y", "week": "%Y-%m-%d",
            "day": "%Y-%m-%d", "time": "%Y-%m-%d %H:%M"}  # fmt: skip
# How files write a month or a year, tried on a column's first value ("Jan 1920", "1960-07")
_WRITTEN = ("%b %Y", "%B %Y", "%b-%y", "%b-%Y", "%b %y", "%Y-%m", "%Y/%m", "%m/%Y", "%Y")


def _dates_as_said(query: Query) -> list[str]:
    """Rows grouped by their own dates are labelled as the file writes a month or a year
    ("Jul 1934", "1960-07"), else as 2024-03-05 (never 1934-07-01 00:00:00)."""
    column = query.table.column(query.group or "")
    if query.part or query.group2 or column is None or column.kind != "date":
        return []
    form = _SPACING.get(column.step or "")
    if column.step in ("month", "quarter", "year") and column.written:
        form = next((f for f in _WRITTEN if _writes(column.written, f)), form)
    return [f"result.index = pd.DatetimeIndex(result.index).strftime({form!r})"] if form else []


def _writes(written: str, form: str) -> bool:
    try:
        return datetime.strptime(written, form).strftime(form) == written
    except ValueError:
        return False


def _compare(query: Query) -> list[str]:
    if query.part:  # periods compared: the filters already hold the two periods
        return _group(query.with_(kind="compare"))
    wanted = list(query.compare)
    filtered = query.with_(
        filters=(*query.filters, Filter(query.group or "", "isin", tuple(wanted)))
    )
    lines = filter_code(filtered.filters[-1])
    return lines + _group(query.with_(kind="compare"))


def _columns(query: Query) -> list[str]:
    """Two number columns compared ("were more girls or boys christened"): each one's
    aggregate, side by side."""
    names = list(query.compare)
    lines = [f"result = df[{names!r}].agg({query.agg!r})", "print(result.to_string())"]
    if query.chart:
        lines += chart(query, "result.rename_axis('column').reset_index(name='value')",
                       "column", "value")  # fmt: skip
    return lines + emit("series", "{str(k): v for k, v in result.items()}", '"rows": len(df), ')


def _share(query: Query) -> list[str]:
    measure = query.measure
    if query.group:
        part = (
            f"df.groupby({query.group!r})[{measure!r}].sum()"
            if measure
            else f"df.groupby({query.group!r}).size()"
        )
        total = f"df[{measure!r}].sum()" if measure else "len(df)"
        lines = [f"result = ({part} / {total} * 100).sort_values(ascending=False)"]
        if query.top:
            lines.append(f"result = result.head({query.top})")
        lines.append("print(result.round(1).to_string())")
        if query.chart:
            lines += chart(query, f"result.reset_index(name={'share'!r})", query.group, "share")
        return lines + emit("shares", "{str(k): v for k, v in result.items()}")
    # share of the filtered rows in the whole table, or in its rows of the period named
    base = "every" if query.weight else query.table.variable
    lines = []
    if query.of_period() and not query.weight:
        base = "base"
        lines.append(f"base = {query.table.variable}.copy()")
        dates = {c.name for c in query.table.of_kind("date")}
        for item in query.of_period():
            if item.column in dates:
                name = item.column
                lines.append(f"base[{name!r}] = pd.to_datetime(base[{name!r}], errors='coerce')")
            lines += [re.sub(r"\bdf\b", "base", line) for line in filter_code(item)]
    part = f"df[{measure!r}].sum()" if measure else "len(df)"
    whole = f"{base}[{measure!r}].sum()" if measure else f"len({base})"
    return [
        *lines,
        f"value = {part} / {whole} * 100",
        "print(round(value, 1), '%')",
        *emit("percent", "value"),
    ]


def _trend(query: Query) -> list[str]:
    rule, _ = FREQ[query.freq or "M"]
    measure = query.measure
    name = measure or "rows"
    selection = f"[{measure!r}].{query.agg}()" if measure and query.agg != "count" else ".size()"
    if query.group:
        return trend_split(query, rule, selection, name)
    lines = [f"result = df.set_index({query.date!r}).resample({rule!r}){selection}"]
    if query.top:  # "best month": the periods ranked
        lines += [
            f"result = result.sort_values(ascending={query.ascending}).head({query.top})",
            "print(result.to_string())",
            *emit("series", "{str(k.date()): v for k, v in result.items()}"),
        ]
        return lines
    lines.append("print(result.to_string())")
    if query.chart:
        lines += chart(query, f"result.reset_index(name={name!r})", query.date or "", name)
    return lines + emit("trend", "{str(k.date()): v for k, v in result.items()}")


_BUILDERS = {
    "aggregate": _aggregate,
    "count": _count,
    "distinct": _distinct,
    "group": _group,
    "compare": _compare,
    "columns": _columns,
    "share": _share,
    "trend": _trend,
    "distribution": distribution_code,
    "correlation": correlation_code,
    "matrix": matrix_code,
    "missing": missing_code,
    "outliers": outliers_code,
    "overview": overview_code,
    "ratio": ratio,
    "per": per,
    "change": change,
    "steps": lambda query: steps_cells(
        query, _dates_as_said(query.with_(group=query.date, kind="group"))
    ),
    "coverage": coverage,
    "extreme": extreme_code,
}
