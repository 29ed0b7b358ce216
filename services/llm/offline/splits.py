"""A limit compared with the rest of the rows: "avg jumps for members over 190 lb vs
everyone else", "mean fertility of provinces over 50% catholic and the others". The rows
are split in two by the limit and both groups answered; before, the rest was dropped and
one figure given, as if the question had asked only for the first group."""

from __future__ import annotations

import re

from services.llm.offline.query import Filter, Query

_REST = re.compile(
    r"\b(?:vs\.?|versus|and|or|than|compared (?:to|with)|against)\s+(?:for\s+|to\s+|with\s+)?"
    r"(?:the\s+|all\s+)?(?:rest|others|other ones|everyone else|everybody else|everything "
    r"else|remainder|the other \w+|all other \w+)\b"
)
_LIMITS = (">", ">=", "<", "<=")
_WEEKENDS = re.compile(
    r"\bweekdays?\b.*\b(?:vs\.?|versus|or|and|compared)\b.*\bweekends?\b|"
    r"\bweekends?\b.*\b(?:vs\.?|versus|or|and|compared)\b.*\bweekdays?\b"
)


def split_query(text: str, query: Query) -> Query:
    """The query grouped by one limit and its complement, when the question sets one limit
    against "the rest" (or weekdays against weekends); otherwise unchanged."""
    weekends = bool(_WEEKENDS.search(text))
    if not (_REST.search(text) or weekends) or query.group:
        return query
    if query.kind not in ("aggregate", "count"):
        return query
    ops = ("weekday",) if weekends else _LIMITS
    limits = [f for f in query.filters if f.op in ops]
    if len(limits) != 1:
        return query
    kept = tuple(f for f in query.filters if f is not limits[0])
    agg = query.agg if query.measure else "count"
    return query.with_(kind="group", split=limits[0], filters=kept, agg=agg, chart=None, top=None)


def split_key(split: Filter) -> list[str]:
    """The line that names each row's side of the limit ("Weight (lb) > 190" or "the rest")."""
    if split.op == "weekday":
        days = list(split.value)
        side, rest = ("weekends", "weekdays") if set(days) == {5, 6} else ("those days", "others")
        mask = f"df[{split.column!r}].dt.day_of_week.isin({days!r})"
        return [f"key = {mask}.map({{True: {side!r}, False: {rest!r}}}).rename('group')"]
    side = f"{split.column} {split.op} {split.value:g}"
    mask = f"(df[{split.column!r}] {split.op} {split.value!r})"
    return [f"key = {mask}.map({{True: {side!r}, False: 'the rest'}}).rename('group')"]
