"""What every analysis cell shares: the result line the answer is read from, titles and
labels, and the chart call."""

from __future__ import annotations

from services.llm.offline.query import DATE_PARTS, Query

RESULT_MARK = "ANALYSIS-RESULT "


GROUP_LIMIT = 15  # groups printed or charted; the rest are summed up as "other"


FREQ = {
    "D": ("D", "day"),
    "W": ("W", "week"),
    "M": ("MS", "month"),
    "Q": ("QS", "quarter"),
    "Y": ("YS", "year"),
}


AGG_WORD = {
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
        f"{AGG_WORD.get(query.agg, query.agg.title())} {measure}"
        if query.measure
        else "Number of rows"
    )
    if query.kind == "columns":  # two number columns side by side
        what = f"{AGG_WORD.get(query.agg, query.agg.title())} " + " and ".join(
            label(c) for c in query.compare
        )
    if query.kind == "per" and query.per and not query.per.startswith("@"):
        what = f"Average {'total ' + measure if query.measure else 'rows'} per {label(query.per)}"
    if query.kind == "ratio" and query.measure and query.denominator:
        what = f"{measure} / {label(query.denominator)}"
        what += " (%)" if query.scale == 100 else f" × {query.scale:g}" if query.scale != 1 else ""
    if query.kind == "trend":
        what += f" per {FREQ[query.freq or 'M'][1]}"
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


def emit(kind: str, value: str, extra: str = "") -> list[str]:
    return [
        "",
        "# the numbers for the answer",
        f'print({RESULT_MARK!r} + json.dumps({{"kind": {kind!r}, {extra}"value": '
        f"{value}}}, default=lambda o: o.item() if hasattr(o, 'item') else str(o)))",
    ]


def chart(query: Query, frame: str, x: str, y: str) -> list[str]:
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


def year_column(query: Query) -> str | None:
    column = next((c for c in query.table.columns if c.name.lower() in ("year", "yr")), None)
    if column is not None:
        return column.name
    from services.llm.offline.mentioned import year_column_of  # a panel's `market_ids`

    return year_column_of(query.table)
