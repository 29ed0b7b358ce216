"""The cells that look at a table as a whole or at one column's spread: a distribution,
a correlation (of two columns, or all of them), missing values, outliers, an overview."""

from __future__ import annotations

from services.llm.offline.cells import emit, label
from services.llm.offline.query import Query


def distribution_code(query: Query) -> list[str]:
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
        *emit("stats", "stats.to_dict()"),
    ]


SVG_POINTS = 10_000  # a plain scatter up to this many points; WebGL (scattergl) beyond


def correlation_code(query: Query) -> list[str]:
    x, y = query.pair or ("", "")
    title = f"{label(y)} against {label(x)}"
    return [
        f"value = df[{x!r}].corr(df[{y!r}])",
        "print(round(value, 3))",
        f"fig = px.scatter(df, x={x!r}, y={y!r}, title={title!r}, "
        f"labels={{{x!r}: {label(x)!r}, {y!r}: {label(y)!r}}}, "
        f"render_mode='svg' if len(df) <= {SVG_POINTS} else 'webgl')",
        "fig.show()",
        *emit("correlation", "value"),
    ]


def matrix_code(query: Query) -> list[str]:
    return [
        "matrix = df.select_dtypes('number').corr()",
        "print(matrix.round(2).to_string())",
        "fig = px.imshow(matrix, text_auto='.2f', color_continuous_scale='RdBu_r', "
        "zmin=-1, zmax=1, title='Correlation between the numeric columns')",
        "fig.show()",
        *emit("matrix", "matrix.to_dict()"),
    ]


def missing_code(query: Query) -> list[str]:
    return [
        "missing = df.isna().sum()",
        "print(missing.to_string())",
        *emit("missing", "missing.to_dict()", '"rows": len(df), '),
    ]


def outliers_code(query: Query) -> list[str]:
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
        *emit(
            "outliers",
            "len(outliers)",
            f'"low": low, "high": high, "items": outliers[{measure!r}]'
            ".sort_values().tolist()[:20], ",
        ),
    ]


def overview_code(query: Query) -> list[str]:
    return [
        "print(df.shape)",
        "print(df.dtypes.to_string())",
        "print(df.describe(include='all').T.head(30).to_string())",
        *emit(
            "overview",
            "{c: str(t) for c, t in df.dtypes.items()}",
            '"rows": len(df), "numeric": df.select_dtypes("number").describe().to_dict(), ',
        ),
    ]
