"""Comparisons: "higher in 1965 or in 1995", "avg approve vs disapprove" (two columns),
"is A or B higher for product P" (two values of one column): both figures, side by side."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.arith import Formula
from services.llm.offline.matcher import has
from services.llm.offline.query import Filter, Query
from services.llm.offline.vocabulary import WEEKDAY_NAMES

if TYPE_CHECKING:
    from services.llm.offline.parse import Reading


def _columns_compared(r: Reading, query: Query) -> Query | None:
    """ "were more girls or boys christened", "avg approve vs disapprove": two number
    columns named with "or"/"vs", each aggregated, side by side."""
    flags = {c.name for c in r.parser.table.columns if c.flag}
    named = [c for c in dict.fromkeys(r.numeric) if c not in flags]
    asks = re.search(r"\b(or|vs|versus|than|compare|compared)\b", r.text)
    if len(named) != 2 or not asks or r.group or r.values and len(r.values) > 1 or r.limited:
        return None
    spots = [m.start for c in named for m in r.columns if m.column == c][:2]
    between = r.tokens[min(spots) : max(spots)] if len(spots) == 2 else []
    if not {"or", "vs", "versus", "than", "and"} & set(between):
        return None  # "higher for X or for Y": the two sides are rows, not the columns
    if re.search(r"correlat|relationship|scatter|against|\bper\b|ratio|\bx\b|times", r.text):
        return None
    if query.kind not in ("aggregate", "number", "count") and query.measure not in named:
        return None
    agg = query.agg if query.agg in ("sum", "mean", "median", "max", "min") else None
    agg = agg or r.parser.default_agg(named[0])
    return query.with_(
        kind="columns", compare=tuple(named), measure=None, group=None, top=None, agg=agg
    )


_POOLED = re.compile(r"\b(?:combined|together|altogether|in total|overall|pooled|between them)\b")


_EACH = re.compile(r"\b(?:each|apiece|respectively|separately|individually)\b(?!\s+\w)")


_ROWWISE = re.compile(
    r"\b(higher|more|greater|better|bigger|larger|lower|less|fewer|worse|smaller)\s+"
    r"(?:(?:on|in|for|at)\s+)?(.+?)\s+than\s+(?:(?:on|in|for|at)\s+)?(.+)$"
)
_ABOVE = {"higher", "more", "greater", "better", "bigger", "larger"}


def _rows_compared(r: Reading, query: Query) -> Query | None:
    """ "how many painters score higher on colour than on drawing": the rows where one
    number column is above the other, counted (or as a share of the rows)."""
    named = list(dict.fromkeys(r.numeric))
    said = _ROWWISE.search(r.text)
    asks = has(r.text, ("how many", "number of", "count", "share", "percent", "%", "proportion"))
    if said is None or len(named) != 2 or not asks or r.group:
        return None
    spots = {c: min(m.start for m in r.columns if m.column == c) for c in named}
    start = len(r.text[: said.start(2)].split())
    if min(spots.values()) < start:
        return None  # a column named before the comparison: not the two sides of it
    first, second = sorted(named, key=spots.__getitem__)
    formula = Formula(f"{first} - {second}", (first, second), (first, second), ("-",))
    op = ">" if said.group(1) in _ABOVE else "<"
    return query.with_(
        kind="count", measure=None, agg="count", combined=formula, group=None, top=None,
        filters=(*query.filters, Filter(formula.name, op, 0)), chart=None,
    )  # fmt: skip


def _than_between(r: Reading, values: list) -> bool:
    """Are two values of one column set against each other with "than" ("more men than
    women", "how many times larger … men than … women")?"""
    spots = sorted({m.start for m in values})
    return len(spots) >= 2 and "than" in r.tokens[spots[0] : spots[1]]


def compare_query(r: Reading, query: Query) -> Query | None:
    """Two periods, two number columns or two values of one column, side by side."""
    rowwise = _rows_compared(r, query)
    if rowwise is not None:
        return rowwise
    periods = next((f for f in query.filters if f.op in ("years", "decades", "months")), None)
    if periods is not None:  # "higher in 1965 or in 1995", "the 70s or the 90s", "jan or jul"
        return query.with_(
            kind="compare",
            part={"years": "year", "decades": "decade", "months": "month"}[periods.op],
            date=r.parser.date,
            group=None if r.parser.date else r.parser.year_column,
            top=None,
            agg=query.agg if query.measure else "count",
            chart=query.chart or "bar",
        )
    days = next((f for f in query.filters if f.op == "weekday" and len(f.value) == 2), None)
    named = re.findall(rf"\b{WEEKDAY_NAMES}\b", r.text)
    if days is not None and len(named) == 2 and re.search(r"\b(or|vs|versus|compared?)\b", r.text):
        return query.with_(  # "saturdays or sundays": the two days side by side
            kind="compare", part="weekday", date=r.parser.date, group=None, top=None,
            agg=query.agg if query.measure else "count", chart=query.chart or "bar",
        )  # fmt: skip
    side_by_side = _columns_compared(r, query)
    if side_by_side is not None:
        return side_by_side
    by_column: dict[str, list[str]] = {}
    for m in r.values:
        by_column.setdefault(m.column, [])
        if m.value not in by_column[m.column]:
            by_column[m.column].append(m.value or "")
    several = [c for c, v in by_column.items() if len(v) >= 2]
    values = [m for m in r.values if m.column in several[:1]]
    compare = list(dict.fromkeys(m.value for m in values if m.value is not None))
    columns = {m.column for m in values}
    asks = has(r.text, ("compare", "vs", "versus", "compared", "difference")) or bool(
        re.search(r"\bor\b|\bboth (?:numbers|figures|counts|values)\b", r.text)
    )
    asks = asks or _than_between(r, values)  # "more men than women survived"
    listed = len(compare) >= 3 or query.agg in ("mean", "median") and " and " in r.text
    listed = listed or bool(_EACH.search(r.text))  # "France and the UK … how many people each"
    asks = asks or listed and not _POOLED.search(r.text)  # "for a, b and c": each of them
    if not (asks and len(compare) >= 2 and len(columns) == 1):
        return None
    column = next(iter(columns))
    rest = tuple(f for f in query.filters if f.column != column)
    return query.with_(
        kind="compare",
        group=column,
        compare=tuple(compare),
        filters=rest,
        top=None,
        agg=query.agg if query.measure else "count",
        chart=query.chart or "bar",
    )
