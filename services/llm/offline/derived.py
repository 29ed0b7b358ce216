"""Cells for derived measures: a ratio of two columns (or two values of a key column), a
measure normalised per key or per period, the change between two periods, the data's
coverage, and a trend split by a category."""

from __future__ import annotations

from services.llm.offline.cells import GROUP_LIMIT, chart, emit, title_for, year_column
from services.llm.offline.query import Query


def ratio(query: Query) -> list[str]:
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
            *emit("ratio", "value", '"top": top, "bottom": bottom, "rows": len(df), '),
        ]
    if query.group:
        lines = [
            f"sums = df.groupby({query.group!r})[[{top!r}, {bottom!r}]].sum()",
            f"result = (sums[{top!r}] / sums[{bottom!r}]{factor}).sort_values(ascending=False)",
            f"result = result.head({query.top or GROUP_LIMIT})",
            "print(result.to_string())",
        ]
        if query.chart:
            lines += chart(query, "result.reset_index(name='ratio')", query.group, "ratio")
        return lines + emit("series", "{str(k): v for k, v in result.items()}")
    if query.agg == "means":  # "the ratio of mean A to mean B"
        return [
            f"top, bottom = df[{top!r}].mean(), df[{bottom!r}].mean()",
            f"value = top / bottom{factor}",
            "print(top, '/', bottom, '=', value)",
            *emit("ratio", "value", '"top": top, "bottom": bottom, "means": True, '),
        ]
    if query.agg == "mean":  # the average of each row's ratio
        return [
            f"ratios = (df[{top!r}] / df[{bottom!r}]{factor}).replace([np.inf, -np.inf], np.nan)",
            "value = ratios.mean()",
            "print('average ratio', value, 'over', ratios.count(), 'rows')",
            *emit("ratio", "value", '"rows": int(ratios.count()), "rowwise": True, '),
        ]
    return [
        f"top, bottom = df[{top!r}].sum(), df[{bottom!r}].sum()",
        f"value = top / bottom{factor}",
        "print(top, '/', bottom, '=', value)",
        *emit("ratio", "value", '"top": top, "bottom": bottom, "rows": len(df), '),
    ]


def per(query: Query) -> list[str]:
    """The measure per key (or per period), then the average over the keys."""
    per = query.per or ""
    if per.startswith("@"):
        rule = per[1:]  # pandas' period codes are the frequencies' letters
        key = f"df[{query.date!r}].dt.to_period({rule!r})"
    else:
        key = f"df[{per!r}]"
    group = None if per.startswith("@") else query.group  # "avg order value: paypal vs card"
    keys = f"[{group!r}, {per!r}]" if group else key
    each = (
        f"df.groupby({keys})[{query.measure!r}].sum(min_count=1).dropna()"
        if query.measure
        else f"df.groupby({keys}).size()"
    )
    if group:
        name = query.measure or "rows"
        return [
            f"each = {each}",
            "result = each.groupby(level=0).mean().sort_values(ascending=False)",
            f"result = result.head({GROUP_LIMIT})",
            "print(result.to_string())",
            *(
                chart(query, f"result.reset_index(name={name!r})", group, name)
                if query.chart
                else []
            ),
            *emit("series", "{str(k): v for k, v in result.items()}"),
        ]
    return [
        f"each = {each}",
        "value = each.mean()",
        "print(len(each), 'groups; average', value, '; median', each.median())",
        *emit("per", "value", '"groups": len(each), "median": each.median(), "rows": len(df), '),
    ]


def change(query: Query) -> list[str]:
    first, last = query.points or (0, 0)
    if query.date and query.part == "period":  # "2023-10", "2024Q1", "2023H1"
        when = f"df[{query.date!r}].dt"
        year = (
            f"{when}.year.astype(str) + 'H' + ({when}.month.gt(6) + 1).astype(str)"
            if query.freq == "H"
            else f"{when}.to_period({query.freq!r}).astype(str)"
        )
        first, last = repr(first), repr(last)
    elif query.date and query.part == "month":
        year = f"df[{query.date!r}].dt.month"
    elif query.date:
        year = f"df[{query.date!r}].dt.year"
    else:
        year = f"pd.to_numeric(df[{year_column(query) or ''!r}], errors='coerce')"
    value = f"[{query.measure!r}].{query.agg}()" if query.measure else ".shape[0]"
    return [
        f"year = {year}",
        f"before = df[year == {first}]{value}",
        f"after = df[year == {last}]{value}",
        "change = (after - before) / before * 100 if before else float('nan')",
        f"print({first}, before, '->', {last}, after, ':', round(change, 2), '%')",
        *emit("change", "change", '"before": before, "after": after, '),
    ]


def coverage(query: Query) -> list[str]:
    kept = [f"df = df[df[{query.measure!r}].notna()]"] if query.measure else []
    if query.date:
        column = query.date
        return kept + [
            f"dates = df[{column!r}].dropna()",
            "first, last = dates.min(), dates.max()",
            "years = sorted(dates.dt.year.unique().tolist())",
            "counts = {unit: int(dates.dt.to_period(unit).nunique()) for unit in 'DWMQY'}",
            "print(first, last, years[0], years[-1], counts)",
            *emit(
                "coverage",
                "[str(first.date()), str(last.date())]",
                '"years": years if len(years) <= 12 else [years[0], years[-1]], '
                '"count": len(years), "counts": counts, ',
            ),
        ]
    column = query.group or ""
    return kept + [
        f"years = pd.to_numeric(df[{column!r}], errors='coerce').dropna()",
        "years = sorted(years.unique().tolist())",
        "print(years[0], years[-1], len(years), 'years')",
        *emit(
            "coverage",
            "None",
            '"years": years if len(years) <= 12 else [years[0], years[-1]], "count": len(years), ',
        ),
    ]


def trend_split(query: Query, rule: str, selection: str, name: str) -> list[str]:
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
    return lines + emit(
        "series", "{str(k): v for k, v in totals.head(" + str(GROUP_LIMIT) + ").items()}", extra
    )
