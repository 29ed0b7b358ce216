"""Questions that count the table's rows, whatever they call them: "how many rows", "how
many monthly observations", "how many matches" of a table of `match_date`s, "how many
patients are in this table"; where the rows are lines of something, its distinct ids ("how
many orders" of order lines, "orders per payment method")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.matcher import has
from services.llm.offline.named import key_of_rows, names_rows, rows_called
from services.llm.offline.query import Query, Unanswerable
from services.llm.offline.vocabulary import COUNT_ROWS

if TYPE_CHECKING:
    from services.llm.offline.parse import Reading

_READINGS = re.compile(
    r"\b(?:how many|number of) (?:\w+ly )?(?:observations|readings|data points|measurements|"
    r"records|entries|rows)\b"
)


def rows_counted(
    r: Reading, query: Query, measure: str | None, agg: str | None
) -> Query | Unanswerable | None:
    """The count of rows (or of the distinct ids they are lines of) the question asks for,
    or None when it asks something else."""
    p, text = r.parser, r.text
    rows = (
        has(text, COUNT_ROWS)
        or _READINGS.search(text)  # "how many monthly observations does the series hold"
        or (  # "how many matches" on a table of `match_date`s
            re.search(r"\b(how many|number of|count of)\b", text)
            and names_rows(r)
            and not r.freq
            and not [m for m in r.columns if m.value is None]  # "orders" of `order_id`: distinct
        )
        or bool(r.units)  # "how many students" of a frequency table: its units
    )
    called = rows_called(r)  # "how many patients are in this table"
    if (rows or called) and measure is None and r.group is None and not r.part:
        if agg in ("max", "min") and not r.top:  # "busiest … how many": most of what?
            return Unanswerable(
                "the question asks which is the most or least of something, but I could not "
                "tell what it ranks (say it as, e.g., “which month has the most rows”)",
                p.table,
            )
        keyed = key_of_rows(r)
        if keyed is not None:  # "how many orders" on order lines: the distinct order ids
            return query.with_(kind="distinct", measure=keyed, agg="count")
        if called and not rows:
            p.readings.append(f"“{called}” as the rows of `{p.table.filename}`")
        return query.with_(kind="count", agg="count")
    if measure is None and r.group is not None and not r.part and agg in (None, "count"):
        keyed = key_of_rows(r)  # "orders per payment method" on order lines: distinct ids
        if keyed is not None and keyed not in (r.group, r.group2):
            return query.with_(kind="distinct", measure=keyed, agg="nunique", group=r.group)
    return None
