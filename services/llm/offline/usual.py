"""What a question leaves unsaid about a measure or a date: a column's usual aggregation
(averaged for prices, rates, sizes and levels; added up otherwise) and a date's usual
spacing for a trend (a series' own, else days, months or years by its span)."""

from __future__ import annotations

import re
from datetime import datetime

from services.llm.offline.matcher import words_of
from services.llm.offline.schema import Table

_MEAN_LIKE = re.compile(
    r"\b(?:price|rate|percap|per cap|exp\b|avg|average|ratio|score|ages?\b|temp|width|length|"
    r"height|size|pct|percent|margin|rating|days|duration|time|speed|mpg|per\b|weight|distance|"
    r"acceleration|hp|horsepower|index|level|wind|humidity|pressure|precipitation|"
    r"concentration|ppm\b|[kmg]w\b|pourc|prozent|porcentaje|share\b|proportion|rapport|mag\b|"
    r"fraction)",
    re.I,
)
# A unit in brackets that is a rate or a level: per something, percent, degrees, pressure
_LEVEL_UNIT = re.compile(
    r"[(\[][^)\]]*(?:/|%|°|\bdeg|mbar|hpa|kpa|tenths|ppm)[^)\]]*[)\]]|(?-i:\(\s*[CF]\s*\))", re.I
)
# Levels, counted at a moment: added up over places (a world population), never over time
_LEVEL = re.compile(r"\b(?:population|pop|residents|inhabitants|balance|inventory|headcount)\b")
NATIVE = {"week": "W", "month": "M", "quarter": "Q", "year": "Y"}
_COUNTED = re.compile(r"\b(?:how many|number of)\s+(?:\w+ly)\b")


def usual_agg(table: Table, date: str | None, column: str) -> str:
    if _LEVEL.search(words_of(column)) and date and table.series(date):
        return "mean"  # a quarterly population: its yearly figure is no sum of quarters
    if _LEVEL_UNIT.search(column):
        return "mean"  # `Wspd (m/s)`, `RHum (%)`, `Dry-bulb (C)`: a rate or a level, averaged
    if _MEAN_LIKE.search(words_of(column)) or _MEAN_LIKE.search(column):
        return "mean"
    return "mean" if _named_level(table, column) else "sum"


def _named_level(table: Table, column: str) -> bool:
    """Is the column the one number of a file named for a price or a level
    (`DCOILWTICO` of `wti_oil_price_daily.csv`)? Then its figures are averaged too."""
    numbers = [c.name for c in table.of_kind("number")]
    name = re.sub(r"\.[a-z0-9]+$", "", table.filename.lower())
    return numbers == [column] and bool(_MEAN_LIKE.search(words_of(name)))


def usual_freq(table: Table, date: str | None) -> str:
    column = table.column(date) if date else None
    native = column and table.series(column.name) and column.step in NATIVE
    if column and native and table.rows <= 400:  # a series at its own spacing
        return NATIVE[column.step or ""]
    try:
        low = datetime.fromisoformat(str(column.first)[:10]) if column else None
        high = datetime.fromisoformat(str(column.last)[:10]) if column else None
    except (TypeError, ValueError):
        return "M"
    if low is None or high is None:
        return "M"
    days = (high - low).days
    return "D" if days <= 92 else "M" if days <= 3 * 366 else "Y"


def spacing_said(table: Table, date: str | None, freq: str | None, text: str) -> str | None:
    """The frequency said, unless it only describes what is counted at the date's own
    spacing ("how many quarterly readings" of a quarterly series: all of them)."""
    column = table.column(date) if date else None
    own = NATIVE.get(column.step or "") if column is not None else None
    return None if freq and own == freq and _COUNTED.search(text) else freq
