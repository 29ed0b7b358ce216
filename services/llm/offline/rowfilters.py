"""The code of a filter: the rows of `df` it keeps, for each kind of filter a question can
set (a value, a list, a pattern of SQL, a range, blanks, a part or span of dates, hours)."""

from __future__ import annotations

import re

from services.llm.offline.clock import clock_code
from services.llm.offline.query import Filter


def filter_code(item: Filter) -> list[str]:
    """The lines that keep the rows a filter keeps, on `df`."""
    column = f"df[{item.column!r}]"
    tz = f"{column}.dt.tz"  # a day said is in the dates' own zone (`time (UTC)`)
    if item.op in ("==", "!="):
        return [f"df = df[{column}.astype(str) {item.op} {str(item.value)!r}]"]
    if item.op in ("blank", "filled"):  # "have no reason code", "have a budget figure"
        return [f"df = df[{column}.{'isna' if item.op == 'blank' else 'notna'}()]"]
    if item.op in ("isin", "not in"):
        keep = "~" if item.op == "not in" else ""
        return [f"df = df[{keep}{column}.astype(str).isin({list(map(str, item.value))!r})]"]
    if item.op in ("like", "not like"):  # a pattern of SQL: % any text, _ one character
        keep = "~" if item.op == "not like" else ""
        pattern = ".*".join(".".join(map(re.escape, p.split("_"))) for p in item.value.split("%"))
        return [f"df = df[{keep}{column}.astype(str).str.fullmatch({pattern!r}, case=False)]"]
    if item.op in ("col>", "col<"):  # one number column above another
        other = f"pd.to_numeric(df[{item.value!r}], errors='coerce')"
        return [f"df = df[pd.to_numeric({column}, errors='coerce') {item.op[3]} {other}]"]
    if item.op == "between":
        return [f"df = df[{column}.between({item.value[0]!r}, {item.value[1]!r})]"]
    if item.op == "latest" and item.value in ("date", "first"):
        return [f"df = df[{column} == {column}.{'min' if item.value == 'first' else 'max'}()]"]
    if item.op == "latest":
        rule = {"month": "M", "quarter": "Q", "year": "Y"}[item.value]
        return [f"df = df[{column}.dt.to_period({rule!r}) == {column}.max().to_period({rule!r})]"]
    if item.op == "quarter":
        return [f"df = df[{column}.dt.quarter == {item.value}]"]
    if item.op == "hours":
        return clock_code(item.column, item.value)
    if item.op in ("years", "decades"):
        size = 10 if item.op == "decades" else 1
        return [
            f"year = {column}.dt.year if pd.api.types.is_datetime64_any_dtype({column}) "
            f"else pd.to_numeric({column}, errors='coerce')",
            f"df = df[(year // {size} * {size}).isin({list(item.value)!r})]",
        ]
    if item.op == "month":
        return [f"df = df[{column}.dt.month == {item.value}]"]
    if item.op in ("months", "month_in"):
        return [f"df = df[{column}.dt.month.isin({list(item.value)!r})]"]
    if item.op == "weekday":
        return [f"df = df[{column}.dt.day_of_week.isin({list(item.value)!r})]"]
    if item.op == "year_between":
        low, high = item.value
        return [f"df = df[{column}.dt.year.between({low}, {high})]"]
    if item.op == "isoweek":
        week, year = item.value
        lines = [f"iso = {column}.dt.isocalendar()", f"df = df[iso.week == {week}]"]
        return lines + ([f"df = df[iso.loc[df.index, 'year'] == {year}]"] if year else [])
    if item.op == "daycmp":  # "date >= '2021-01-01'"
        sign, day = item.value
        return [f"df = df[{column} {sign} pd.Timestamp({day!r}, tz={tz})]"]
    if item.op == "day":
        return [f"df = df[{column}.dt.normalize() == pd.Timestamp({item.value!r}, tz={tz})]"]
    if item.op == "year":
        year, month = item.value
        lines = [f"df = df[{column}.dt.year == {year}]"]
        if month:
            lines.append(f"df = df[{column}.dt.month == {month}]")
        return lines
    if item.op == "dates":  # both days kept: the second is the last day of the span
        first, last = item.value
        return [
            f"df = df[({column} >= pd.Timestamp({first!r}, tz={tz})) & "
            f"({column} < pd.Timestamp({last!r}, tz={tz}) + pd.Timedelta(days=1))]"
        ]
    if item.op == "since":
        year, month = item.value
        start = (
            f"pd.Timestamp({year}, {month}, 1, tz={tz})"
            if year
            else f"pd.Timestamp({column}.max().year, {month}, 1, tz={tz})"
        )
        return [f"start = {start}", f"df = df[{column} >= start]"]
    if item.op == "before":
        year, month = item.value
        return [f"end = pd.Timestamp({year}, {month}, 1, tz={tz})", f"df = df[{column} < end]"]
    if item.op == "last":
        count, unit = item.value
        offset = (
            f"pd.DateOffset(months={3 * count})"
            if unit == "quarters"
            else f"pd.DateOffset({unit}={count})"
        )
        return [f"cutoff = {column}.max() - {offset}", f"df = df[{column} > cutoff]"]
    return [f"df = df[{column} {item.op} {item.value!r}]"]
