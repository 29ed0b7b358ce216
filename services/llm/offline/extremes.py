"""One measure read at the row where another is largest or smallest: "how tall is the tree
with the biggest girth" is the `Height` of the row of the largest `Girth` (it had answered
the largest girth itself, a confident wrong number), "how big is the lot of the most
expensive house" the `lotsize` of the row of the highest `price`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from services.llm.offline.cells import emit, label
from services.llm.offline.figures import number
from services.llm.offline.query import Query
from services.llm.offline.vocabulary import ADJECTIVES, AGGREGATIONS

if TYPE_CHECKING:
    from services.llm.offline.parse import Reading

_MOST = {w for w in AGGREGATIONS["max"] if " " not in w}
_LEAST = {w for w in AGGREGATIONS["min"] if " " not in w}
_ROW = r"(?:with|having|has|of|for|on|in) (?:the )?(?:single )?"


def at_extreme(r: Reading, query: Query) -> Query | None:
    """The query for "A of the row with the most B", or None when the question is not one."""
    if query.agg not in ("max", "min") or r.group or r.top or query.kind != "aggregate":
        return None
    numbers = list(
        dict.fromkeys(
            m.column
            for m in r.columns
            if r.parser.kind(m.column) == "number" and m.column != r.parser.year_column
        )
    )
    if len(numbers) != 2:
        return None
    ranked = None
    for m in r.columns:
        said = r.tokens[m.start] if m.end - m.start == 1 else ""
        if said in ADJECTIVES and said in _MOST | _LEAST:
            at = m.start  # "heaviest": the adjective names the column
        elif m.start and r.tokens[m.start - 1] in _MOST | _LEAST | {"most", "least"}:
            at = m.start - 1  # "biggest girth", "most expensive"
        else:
            continue
        prefix = " ".join(r.tokens[:at]) + " "
        if m.column in numbers and re.search(rf"\b{_ROW}$", prefix):
            ranked = (m.column, r.tokens[at] in _LEAST | {"least"})
    if ranked is None:
        return None
    asked = next(c for c in numbers if c != ranked[0])
    return query.with_(kind="extreme", measure=asked, denominator=ranked[0], ascending=ranked[1])


def extreme_code(query: Query) -> list[str]:
    """The row of the largest (or smallest) ranked value, and the asked measure on it."""
    ranked, asked = query.denominator or "", query.measure or ""
    pick = "idxmin" if query.ascending else "idxmax"
    return [
        f"ranked = df.dropna(subset=[{ranked!r}, {asked!r}])",
        f"row = ranked.loc[ranked[{ranked!r}].{pick}()]",
        f"ties = int((ranked[{ranked!r}] == row[{ranked!r}]).sum())",
        "print(row.to_string())",
        *emit(
            "extreme",
            f"row[{asked!r}]",
            f'"ranked": row[{ranked!r}], "ties": ties, "rows": len(ranked), ',
        ),
    ]


def extreme_answer(query: Query, result: dict[str, Any], where: str, source: str) -> str:
    ranked, asked = query.denominator or "", query.measure or ""
    side = "smallest" if query.ascending else "largest"
    ties = int(result.get("ties") or 1)
    note = (
        f" {ties} rows share that {label(ranked)}; this is the first of them." if ties > 1 else ""
    )
    return (
        f"The {label(asked)} of the row with the {side} {label(ranked)}"
        f" ({number(result.get('ranked'), ranked)}){where} is "
        f"**{number(result.get('value'), asked)}** ({source}, {number(result.get('rows'))} "
        f"rows).{note}"
    )
