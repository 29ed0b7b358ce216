"""Query → plain pandas/Plotly code an analyst could paste into a notebook. The last line
prints the result as JSON (after RESULT_MARK) so the answer can quote computed numbers."""

from __future__ import annotations

from services.llm.offline.gaps import gap_code
from services.llm.offline.query import DATE_PARTS, Filter, Query

RESULT_MARK = "ANALYSIS-RESULT "
GROUP_LIMIT = 15  # groups printed or charted; the rest are summed up as "other"
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
    "std": "Standard deviation of",
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
        if query.group:
            what += f", total by {label(query.group)}"
    elif query.part:
        what += f" by {DATE_PARTS[query.part]}"
    elif query.group:
        what += f" by {label(query.group)}"
        if query.group2:
            what += f" and {label(query.group2)}"
    if query.top:
        what = f"{'Bottom' if query.ascending else 'Top'} {query.top}: {what}"
    if query.filters:
        what += " (" + ", ".join(f.describe() for f in query.filters) + ")"
    return what


def code_for(query: Query, *, repair: bool = False) -> str:
    """The analysis cell. With `repair`, the one retry after a failed cell: the numbers it
    uses are coerced to numbers first (text such as "n/a" becomes missing)."""
    lines = [f"df = {query.table.variable}.copy()"]
    if query.gap is not None:
        lines += gap_code(query.gap)
    if repair:
        lines.append("# the first attempt failed: read the numbers it needs as numbers")
        numbers = [query.measure, query.denominator, *(query.pair or ())]
        numbers += [f.column for f in query.filters if f.op in (">", ">=", "<", "<=", "between")]
        for column in dict.fromkeys(c for c in numbers if c):
            lines.append(f"df[{column!r}] = pd.to_numeric(df[{column!r}], errors='coerce')")
    if query.date and query.kind not in ("overview", "missing"):
        lines.append(f'df[{query.date!r}] = pd.to_datetime(df[{query.date!r}], errors="coerce")')
    timed = ("year", "since", "last", "month", "weekday", "year_between", "quarter", "years")
    dates = {c.name for c in query.table.of_kind("date")}
    if not (query.date and query.kind not in ("overview", "missing")):
        chosen = [f.column for f in query.filters if f.op in timed + ("decades",)]
        for column in dict.fromkeys(c for c in chosen if c in dates):
            lines.append(f'df[{column!r}] = pd.to_datetime(df[{column!r}], errors="coerce")')
    for item in query.filters:
        lines += _filter(item)
    if query.agg == "rate" and query.measure:  # a yes/no column as 0 or 100: its mean is a rate
        truth = ["true", "yes", "y", "1", "1.0"]
        lines.append(
            f"df[{query.measure!r}] = df[{query.measure!r}].astype(str).str.lower()"
            f".isin({truth!r}) * 100.0"
        )
        query = query.with_(agg="mean")
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
    if item.op == "quarter":
        return [f"df = df[{column}.dt.quarter == {item.value}]"]
    if item.op in ("years", "decades"):
        size = 10 if item.op == "decades" else 1
        return [
            f"year = {column}.dt.year if pd.api.types.is_datetime64_any_dtype({column}) "
            f"else pd.to_numeric({column}, errors='coerce')",
            f"df = df[(year // {size} * {size}).isin({list(item.value)!r})]",
        ]
    if item.op == "month":
        return [f"df = df[{column}.dt.month == {item.value}]"]
    if item.op == "weekday":
        return [f"df = df[{column}.dt.day_of_week.isin({list(item.value)!r})]"]
    if item.op == "year_between":
        low, high = item.value
        return [f"df = df[{column}.dt.year.between({low}, {high})]"]
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
        f"{value}}}, default=lambda o: o.item() if hasattr(o, 'item') else str(o)))",
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


def _key(query: Query) -> tuple[list[str], str, str]:
    """(lines that make the grouping key, the key as code, its label)."""
    if query.part in ("year", "decade"):
        name = DATE_PARTS[query.part]
        source = (
            f"df[{query.date!r}].dt.year"
            if query.date
            else f"pd.to_numeric(df[{query.group or _year(query) or ''!r}], errors='coerce')"
        )
        size = 10 if query.part == "decade" else 1
        return [f"key = ({source} // {size} * {size}).rename({name!r})"], "key", name
    if query.part:
        part = {"weekday": ".dt.day_name()", "month": ".dt.month_name()", "hour": ".dt.hour"}
        name = DATE_PARTS[query.part]
        return [f"key = df[{query.date!r}]{part[query.part]}.rename({name!r})"], "key", name
    column = query.group or ""
    if query.group2:
        name = f"{column} / {query.group2}"
        both = f"df[{column!r}].astype(str) + ' / ' + df[{query.group2!r}].astype(str)"
        return [f"key = ({both}).rename({name!r})"], "key", name
    return [f"key = df[{column!r}]"], "key", column


def _group(query: Query) -> list[str]:
    measure = query.measure
    lines, key, name = _key(query)
    value = measure or "rows"
    counted = query.agg == "count" or measure is None
    lines.append(
        f"result = df.groupby({key}).size()"
        if counted
        else f"result = df.groupby({key})[{measure!r}].{query.agg}()"
    )
    in_order = not query.top and (
        query.chart == "line" or query.group is not None and query.group == _year(query)
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
            f"    rest = df[~{key}.isin(result.index)]",
            f"    other = {rest}",
        ]
    else:
        lines.append("other = None")
    lines.append("print(result.to_string())")
    lines.append("if other is not None:")
    lines.append("    print('other', groups - len(result), 'groups:', other)")
    if query.chart:
        lines += _chart(query, f"result.reset_index(name={value!r})", name, value)
    total = f'"total": float(df[{measure!r}].sum()), ' if measure else '"total": len(df), '
    extra = total + '"groups": groups, "other": other, '
    return lines + _emit("series", "{str(k): v for k, v in result.items()}", extra)


def _year(query: Query) -> str | None:
    column = next((c for c in query.table.columns if c.name.lower() in ("year", "yr")), None)
    return column.name if column else None


def _compare(query: Query) -> list[str]:
    if query.part:  # periods compared: the filters already hold the two periods
        return _group(query.with_(kind="compare"))
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
    if query.group:
        return _trend_split(query, rule, selection, name)
    lines = [
        f"result = df.set_index({query.date!r}).resample({rule!r}){selection}",
        "print(result.to_string())",
    ]
    if query.chart:
        lines += _chart(query, f"result.reset_index(name={name!r})", query.date or "", name)
    return lines + _emit("trend", "{str(k.date()): v for k, v in result.items()}")


def _trend_split(query: Query, rule: str, selection: str, name: str) -> list[str]:
    """One line per group (the largest groups only), and each group's total in the answer."""
    group, date = query.group or "", query.date or ""
    lines = [
        f"totals = df.groupby({group!r}){selection}.sort_values(ascending=False)",
        f"kept = totals.index[:{GROUP_LIMIT}]",
        f"shown = df[df[{group!r}].isin(kept)]",
        f"series = shown.groupby([pd.Grouper(key={date!r}, freq={rule!r}), {group!r}])"
        f"{selection}.rename({name!r}).reset_index()",
        f"print(series.pivot(index={date!r}, columns={group!r}, values={name!r}).tail(24)"
        ".to_string())",
    ]
    if query.chart:
        title = title_for(query)
        lines += [
            f"fig = px.line(series, x={date!r}, y={name!r}, color={group!r}, title={title!r})",
            "fig.show()",
        ]
    extra = '"groups": len(totals), "other": None, "split": True, '
    return lines + _emit(
        "series", "{str(k): v for k, v in totals.head(" + str(GROUP_LIMIT) + ").items()}", extra
    )


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


def _ratio(query: Query) -> list[str]:
    top, bottom, scale = query.measure, query.denominator, query.scale
    factor = f" * {scale:g}" if scale != 1 else ""
    if query.compare:  # long format: two values of one key column
        key, (a, b) = query.group or "", query.compare[:2]
        return [
            f"key = df[{key!r}].astype(str)",
            f"top = df.loc[key == {a!r}, {top!r}].sum()",
            f"bottom = df.loc[key == {b!r}, {top!r}].sum()",
            f"value = top / bottom{factor}",
            "print(top, '/', bottom, '=', value)",
            *_emit("ratio", "value", '"top": top, "bottom": bottom, "rows": len(df), '),
        ]
    if query.group:
        lines = [
            f"sums = df.groupby({query.group!r})[[{top!r}, {bottom!r}]].sum()",
            f"result = (sums[{top!r}] / sums[{bottom!r}]{factor}).sort_values(ascending=False)",
            f"result = result.head({query.top or GROUP_LIMIT})",
            "print(result.to_string())",
        ]
        if query.chart:
            lines += _chart(query, "result.reset_index(name='ratio')", query.group, "ratio")
        return lines + _emit("series", "{str(k): v for k, v in result.items()}")
    if query.agg == "mean":  # the average of each row's ratio
        return [
            f"ratios = (df[{top!r}] / df[{bottom!r}]{factor}).replace([np.inf, -np.inf], np.nan)",
            "value = ratios.mean()",
            "print('average ratio', value, 'over', ratios.count(), 'rows')",
            *_emit("ratio", "value", '"rows": int(ratios.count()), "rowwise": True, '),
        ]
    return [
        f"top, bottom = df[{top!r}].sum(), df[{bottom!r}].sum()",
        f"value = top / bottom{factor}",
        "print(top, '/', bottom, '=', value)",
        *_emit("ratio", "value", '"top": top, "bottom": bottom, "rows": len(df), '),
    ]


def _per(query: Query) -> list[str]:
    """The measure per key (or per period), then the average over the keys."""
    per = query.per or ""
    if per.startswith("@"):
        rule = {"D": "D", "W": "W", "M": "M", "Q": "Q", "Y": "Y"}[per[1:]]
        key = f"df[{query.date!r}].dt.to_period({rule!r})"
    else:
        key = f"df[{per!r}]"
    each = (
        f"df.groupby({key})[{query.measure!r}].sum()"
        if query.measure
        else f"df.groupby({key}).size()"
    )
    return [
        f"each = {each}",
        "value = each.mean()",
        "print(len(each), 'groups; average', value, '; median', each.median())",
        *_emit("per", "value", '"groups": len(each), "median": each.median(), "rows": len(df), '),
    ]


def _change(query: Query) -> list[str]:
    first, last = query.points or (0, 0)
    if query.date and query.part == "month":
        year = f"df[{query.date!r}].dt.month"
    elif query.date:
        year = f"df[{query.date!r}].dt.year"
    else:
        year = f"pd.to_numeric(df[{_year(query) or ''!r}], errors='coerce')"
    value = f"[{query.measure!r}].{query.agg}()" if query.measure else ".shape[0]"
    return [
        f"year = {year}",
        f"before = df[year == {first}]{value}",
        f"after = df[year == {last}]{value}",
        "change = (after - before) / before * 100 if before else float('nan')",
        f"print({first}, before, '->', {last}, after, ':', round(change, 2), '%')",
        *_emit("change", "change", '"before": before, "after": after, '),
    ]


def _coverage(query: Query) -> list[str]:
    if query.date:
        column = query.date
        return [
            f"dates = df[{column!r}].dropna()",
            "first, last = dates.min(), dates.max()",
            "years = sorted(dates.dt.year.unique().tolist())",
            "counts = {unit: int(dates.dt.to_period(unit).nunique()) for unit in 'DWMQY'}",
            "print(first, last, years[0], years[-1], counts)",
            *_emit(
                "coverage",
                "[str(first.date()), str(last.date())]",
                '"years": [years[0], years[-1]], "count": len(years), "counts": counts, ',
            ),
        ]
    column = query.group or ""
    return [
        f"years = pd.to_numeric(df[{column!r}], errors='coerce').dropna()",
        "years = sorted(years.unique().tolist())",
        "print(years[0], years[-1], len(years), 'years')",
        *_emit("coverage", "None", '"years": [years[0], years[-1]], "count": len(years), '),
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
    "ratio": _ratio,
    "per": _per,
    "change": _change,
    "coverage": _coverage,
}
