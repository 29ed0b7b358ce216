"""A change from one period to the next, said without the periods: "yoy growth", "sales
month over month", "qoq", "vs last year". It runs from the period before the data's latest
to the latest. Year on year over a latest year the data covers only in part compares the
same months of both years ("January–June 2024 against January–June 2023"), never a part
of a year against a whole one."""

from __future__ import annotations

import re
from datetime import date

from services.llm.offline.query import Filter, Query
from services.llm.offline.schema import Table

_SAID = (
    ("Y", r"\byoy\b|\byear[\s-]+(?:over|on)[\s-]+year\b|\b(?:vs|versus|on|than) last year\b"),
    ("M", r"\bmom\b|\bmonth[\s-]+(?:over|on)[\s-]+month\b|\b(?:vs|versus|on|than) last month\b"),
    (
        "Q",
        r"\bqoq\b|\bquarter[\s-]+(?:over|on)[\s-]+quarter\b|\b(?:vs|versus|on|than) last quarter\b",
    ),
)


def period_said(text: str) -> str | None:
    """The frequency of a change said over periods ("yoy" → Y), or None."""
    return next((freq for freq, pattern in _SAID if re.search(pattern, text)), None)


def over_period(table: Table, date_column: str, freq: str, query: Query) -> Query | None:
    """The change from the period before the latest to the latest, on `date_column`."""
    column = table.column(date_column)
    if column is None or not column.last:
        return None
    try:
        last = date.fromisoformat(column.last[:10])
    except ValueError:
        return None
    said = _said_period(query, date_column, freq)  # "vs last month for March 2025"
    last = said or last
    agg = query.agg if query.measure else "count"
    timed = ("latest", "last", "year", "since", "before")  # "vs last month": the latest is in it
    query = query.with_(filters=tuple(f for f in query.filters if f.op not in timed))
    if freq == "Y":
        found = query.with_(kind="change", points=(last.year - 1, last.year), date=date_column)
        if last.month < 12 and said is None:  # the latest year in part: its months in both
            months = tuple(range(1, last.month + 1))
            kept = (*query.filters, Filter(date_column, "month_in", months))
            found = found.with_(filters=kept)
        return found.with_(agg=agg, part=None)
    if freq == "M":
        before = (last.year, last.month - 1) if last.month > 1 else (last.year - 1, 12)
        points = (f"{before[0]}-{before[1]:02d}", f"{last.year}-{last.month:02d}")
    else:
        quarter = (last.month - 1) // 3 + 1
        before = (last.year, quarter - 1) if quarter > 1 else (last.year - 1, 4)
        points = (f"{before[0]}Q{before[1]}", f"{last.year}Q{quarter}")
    return query.with_(
        kind="change", points=points, part="period", freq=freq, date=date_column, agg=agg
    )


def _said_period(query: Query, date_column: str, freq: str) -> date | None:
    """The period the question names as the later one ("job count vs last month for March
    2025": March 2025; "vs last year for 2023": 2023), or None for the data's latest."""
    for f in query.filters:
        if f.column != date_column or f.op != "year" or not isinstance(f.value, tuple):
            continue
        year, month = f.value
        if freq == "Y" and year and not month:
            return date(int(year), 12, 1)
        if freq in ("M", "Q") and year and month:
            return date(int(year), int(month), 1)
    return None
