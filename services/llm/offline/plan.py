"""Query → plain pandas/Plotly code an analyst could paste into a notebook. The last line
prints the result as JSON (after RESULT_MARK) so the answer can quote computed numbers."""

from __future__ import annotations

from services.llm.offline.query import Filter, Query

RESULT_MARK = "ANALYSIS-RESULT "
_FREQ = {
    "D": ("D", "day"),
    "W": ("W", "week"),
    "M": ("MS", "month"),
    "Q": ("QS", "quarter"),
    "Y": ("YS", "year"),
}
_AGG_WORD = {
    "sum": "Total",
    "mean": "Average",
    "median": "Median",
    "min": "Minimum",
    "max": "Maximum",
    "count": "Number of rows",
    "nunique": "Distinct",
    "share": "Share of",
}


def label(column: str) -> str:
    return column.replace("_", " ")


def title_for(query: Query) -> str:
    measure = label(query.measure) if query.measure else "rows"
    what = (
        f"{_AGG_WORD.get(query.agg, query.agg.title())} {measure}"
        if query.measure
        else "Number of rows"
    )
    if query.kind == "trend":
        what += f" per {_FREQ[query.freq or 'M'][1]}"
    elif query.group:
        what += f" by {label(query.group)}"
    if query.top:
        what = f"{'Bottom' if query.ascending else 'Top'} {query.top}: {what}"
    if query.filters:
        what += " (" + ", ".join(f.describe() for f in query.filters) + ")"
    return what


def code_for(query: Query) -> str:
    lines = [f"df = {query.table.variable}.copy()"]
    if query.date and query.kind not in ("overview", "missing"):
        lines.append(f'df[{query.date!r}] = pd.to_datetime(df[{query.date!r}], errors="coerce")')
    elif any(f.op in ("year", "since", "last") for f in query.filters):
        column = next(f.column for f in query.filters if f.op in ("year", "since", "last"))
        lines.append(f'df[{column!r}] = pd.to_datetime(df[{column!r}], errors="coerce")')
    for item in query.filters:
        lines += _filter(item)
    body = _BUILDERS[query.kind](query)
    return "\n".join(lines + body)


def _filter(item: Filter) -> list[str]:
    column = f"df[{item.column!r}]"
    if item.op in ("==", "!="):
        return [f"df = df[{column}.astype(str) {item.op} {str(item.value)!r}]"]
    if item.op == "isin":
        return [f"df = df[{column}.astype(str).isin({list(map(str, item.value))!r})]"]
    if item.op == "between":
        return [f"df = df[{column}.between({item.value[0]!r}, {item.value[1]!r})]"]
    if item.op == "year":
        year, month = item.value
        lines = [f"df = df[{column}.dt.year == {year}]"]
        if month:
            lines.append(f"df = df[{column}.dt.month == {month}]")
        return lines
    if item.op == "since":
        year, month = item.value
        start = (
            f"pd.Timestamp({year}, {month}, 1)"
            if year
            else f"pd.Timestamp({column}.max().year, {month}, 1)"
        )
        return [f"start = {start}", f"df = df[{column} >= start]"]
    if item.op == "last":
        count, unit = item.value
        offset = (
            f"pd.DateOffset(months={3 * count})"
            if unit == "quarters"
            else f"pd.DateOffset({unit}={count})"
        )
        return [f"cutoff = {column}.max() - {offset}", f"df = df[{column} > cutoff]"]
    return [f"df = df[{column} {item.op} {item.value!r}]"]


def _series_agg(query: Query) -> str:
    return (
        "size()"
        if query.agg == "count" or query.measure is None
        else f"[{query.measure!r}].{query.agg}()"
    )


def _emit(kind: str, value: str, extra: str = "") -> list[str]:
    return [
        "",
        "# the numbers for the answer",
        f'print({RESULT_MARK!r} + json.dumps({{"kind": {kind!r}, {extra}"value": '
        f"{value}}}, default=str))",
    ]


def _chart(query: Query, frame: str, x: str, y: str) -> list[str]:
    title = title_for(query)
    labels = {x: label(x), y: label(y)}
    chart = query.chart or "bar"
    if chart == "pie":
        return [f"fig = px.pie({frame}, names={x!r}, values={y!r}, title={title!r})", "fig.show()"]
    kind = {"line": "line", "scatter": "scatter"}.get(chart, "bar")
    return [
        f"fig = px.{kind}({frame}, x={x!r}, y={y!r}, title={title!r}, labels={labels!r})",
        "fig.show()",
    ]


def _aggregate(query: Query) -> list[str]:
    measure = query.measure
    return [
        f"value = df[{measure!r}].{query.agg}()",
        "print(value)",
        *_emit("scalar", "value", '"rows": len(df), '),
    ]


def _count(query: Query) -> list[str]:
    return ["value = len(df)", "print(value)", *_emit("scalar", "value")]


def _distinct(query: Query) -> list[str]:
    measure = query.measure
    if query.group:
        lines = [
            f"result = df.groupby({query.group!r})[{measure!r}].nunique()"
            ".sort_values(ascending=False)",
            "print(result.to_string())",
        ]
        if query.chart:
            lines += _chart(
                query, f"result.reset_index(name={measure!r})", query.group, measure or ""
            )
        return lines + _emit("series", "result.to_dict()")
    return [
        f"values = df[{measure!r}].dropna().unique()",
        "print(len(values), 'distinct')",
        "print(sorted(map(str, values))[:50])",
        *_emit("distinct", "len(values)", '"items": sorted(map(str, values))[:50], '),
    ]


def _group(query: Query) -> list[str]:
    group, measure = query.group, query.measure
    name = measure or "rows"
    lines = [
        f"result = df.groupby({group!r}).{_series_agg(query).lstrip('.')}"
        if query.agg == "count" or measure is None
        else f"result = df.groupby({group!r})[{measure!r}].{query.agg}()"
    ]
    if query.kind == "group" and query.group and query.chart == "line":
        lines.append("result = result.sort_index()")
    else:
        lines.append(f"result = result.sort_values(ascending={query.ascending})")
    if query.top:
        lines.append(f"result = result.head({query.top})")
    lines.append("print(result.to_string())")
    if query.chart:
        lines += _chart(query, f"result.reset_index(name={name!r})", group or "", name)
    total = f'"total": float(df[{measure!r}].sum()), ' if measure else '"total": len(df), '
    return lines + _emit("series", "{str(k): v for k, v in result.items()}", total)


def _compare(query: Query) -> list[str]:
    wanted = list(query.compare)
    filtered = query.with_(
        filters=(*query.filters, Filter(query.group or "", "isin", tuple(wanted)))
    )
    lines = _filter(filtered.filters[-1])
    return lines + _group(query.with_(kind="compare"))


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
            lines += _chart(query, f"result.reset_index(name={'share'!r})", query.group, "share")
        return lines + _emit("shares", "{str(k): v for k, v in result.items()}")
    # share of the filtered rows in the whole table
    base = f"{query.table.variable}"
    part = f"df[{measure!r}].sum()" if measure else "len(df)"
    whole = f"{base}[{measure!r}].sum()" if measure else f"len({base})"
    return [
        f"value = {part} / {whole} * 100",
        "print(round(value, 1), '%')",
        *_emit("percent", "value"),
    ]


def _trend(query: Query) -> list[str]:
    rule, _ = _FREQ[query.freq or "M"]
    measure = query.measure
    name = measure or "rows"
    selection = f"[{measure!r}].{query.agg}()" if measure and query.agg != "count" else ".size()"
    lines = [
        f"result = df.set_index({query.date!r}).resample({rule!r}){selection}",
        "print(result.to_string())",
    ]
    if query.chart:
        lines += _chart(query, f"result.reset_index(name={name!r})", query.date or "", name)
    return lines + _emit("trend", "{str(k.date()): v for k, v in result.items()}")


def _distribution(query: Query) -> list[str]:
    measure = query.measure
    title = f"Distribution of {label(measure or '')}"
    chart = "px.box" if query.chart == "box" else "px.histogram"
    extra = ""
    if query.group:
        extra = f", x={query.group!r}" if chart == "px.box" else f", color={query.group!r}"
    axis = "y" if chart == "px.box" else "x"
    return [
        f"stats = df[{measure!r}].describe()",
        "print(stats.to_string())",
        f"fig = {chart}(df, {axis}={measure!r}{extra}, title={title!r}, "
        f"labels={{{measure!r}: {label(measure or '')!r}}})",
        "fig.show()",
        *_emit("stats", "stats.to_dict()"),
    ]


def _correlation(query: Query) -> list[str]:
    x, y = query.pair or ("", "")
    title = f"{label(y)} against {label(x)}"
    return [
        f"value = df[{x!r}].corr(df[{y!r}])",
        "print(round(value, 3))",
        f"fig = px.scatter(df, x={x!r}, y={y!r}, title={title!r}, "
        f"labels={{{x!r}: {label(x)!r}, {y!r}: {label(y)!r}}})",
        "fig.show()",
        *_emit("correlation", "value"),
    ]


def _matrix(query: Query) -> list[str]:
    return [
        "matrix = df.select_dtypes('number').corr()",
        "print(matrix.round(2).to_string())",
        "fig = px.imshow(matrix, text_auto='.2f', color_continuous_scale='RdBu_r', "
        "zmin=-1, zmax=1, title='Correlation between the numeric columns')",
        "fig.show()",
        *_emit("matrix", "matrix.to_dict()"),
    ]


def _missing(query: Query) -> list[str]:
    return [
        "missing = df.isna().sum()",
        "print(missing.to_string())",
        *_emit("missing", "missing.to_dict()", '"rows": len(df), '),
    ]


def _outliers(query: Query) -> list[str]:
    measure = query.measure
    return [
        f"q1, q3 = df[{measure!r}].quantile([0.25, 0.75])",
        "low, high = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)",
        f"outliers = df[(df[{measure!r}] < low) | (df[{measure!r}] > high)]",
        "print(len(outliers), 'outliers outside', (round(low, 2), round(high, 2)))",
        f"print(outliers[{measure!r}].sort_values().to_string())",
        f"fig = px.box(df, y={measure!r}, points='outliers', "
        f"title={('Outliers in ' + label(measure or ''))!r})",
        "fig.show()",
        *_emit(
            "outliers",
            "len(outliers)",
            f'"low": low, "high": high, "items": outliers[{measure!r}]'
            ".sort_values().tolist()[:20], ",
        ),
    ]


def _overview(query: Query) -> list[str]:
    return [
        "print(df.shape)",
        "print(df.dtypes.to_string())",
        "print(df.describe(include='all').T.head(30).to_string())",
        *_emit(
            "overview",
            "{c: str(t) for c, t in df.dtypes.items()}",
            '"rows": len(df), "numeric": df.select_dtypes("number").describe().to_dict(), ',
        ),
    ]


_BUILDERS = {
    "aggregate": _aggregate,
    "count": _count,
    "distinct": _distinct,
    "group": _group,
    "compare": _compare,
    "share": _share,
    "trend": _trend,
    "distribution": _distribution,
    "correlation": _correlation,
    "matrix": _matrix,
    "missing": _missing,
    "outliers": _outliers,
    "overview": _overview,
}
