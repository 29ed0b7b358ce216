"""What every analysis cell shares: the result line the answer is read from, titles and
labels, and the chart call."""

from __future__ import annotations

from services.llm.offline.names import words_of
from services.llm.offline.query import DATE_PARTS, Query
from services.llm.offline.schema import Table

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
    return column.name if column is not None else year_column_of(query.table)


def year_column_of(table: Table) -> str | None:
    """The column of years: one named so, or, in a table with no dates, one whose whole
    numbers run through every year of a span in 1800–2100, each year on several rows
    (`market_ids` 1971–1990 of a panel), so "in 1990" reads; never a year each row was
    founded or built (`date1` of journals: scattered years, an attribute of each row)."""
    named = next(
        (
            c for c in table.columns
            if words_of(c.name) in ("year", "yr", "years", "fiscal year")
            and c.kind in ("number", "category")
            and not (c.kind == "number" and c.high is not None and c.high < 1000)
        ),
        None,
    )  # fmt: skip
    if named is not None or table.of_kind("date"):
        return named.name if named is not None else None
    years = [  # every year of the span there, each on several rows: a panel's time
        c.name for c in table.columns
        if c.kind == "number" and c.numbered and c.low is not None and c.high is not None
        and 1800 <= c.low <= c.high <= 2100 and len(c.values) >= 3
        and len(c.values) >= 0.9 * (c.high - c.low + 1) and table.rows >= 3 * len(c.values)
    ]  # fmt: skip
    return years[0] if len(years) == 1 else None
