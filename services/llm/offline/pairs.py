"""Rows where one number column is above another: "days the close was below the open",
"orders where the bill came in over the estimate", "closed above the open". Both columns
are the table's numbers and no number follows the comparison; the two become one filter
and neither is a measure of the question."""

from __future__ import annotations

import re

from services.llm.offline.matcher import Mention
from services.llm.offline.query import Filter
from services.llm.offline.schema import Table

_ABOVE = {"above", "over", "higher", "greater", "more", "exceeded", "exceeds", "exceeding",
          "beat", "beats", "topped", "larger", "bigger"}  # fmt: skip
_BELOW = {"below", "under", "lower", "less", "smaller", "beneath"}
_BETWEEN = {"than", "the", "its", "their", "that", "day", "days", "s", "was", "were", "is"}


def column_comparison(
    table: Table, tokens: list[str], mentions: list[Mention]
) -> tuple[Filter, tuple[Mention, Mention]] | None:
    """The filter `a > b` (or `<`) the question sets between two number columns it names,
    with the two mentions it is made of; None when it sets none."""
    columns = sorted(
        (m for m in mentions if m.value is None and _number(table, m.column)),
        key=lambda m: m.start,
    )
    for left, right in zip(columns, columns[1:], strict=False):
        if left.column == right.column:
            continue
        between = tokens[left.end : right.start]
        said = [w for w in between if w not in _BETWEEN]
        after = tokens[right.end : right.end + 1]
        if len(said) != 1 or after and re.fullmatch(r"[\d.]+%?", after[0]):
            continue
        word = said[0]
        if word in _ABOVE or word in _BELOW:
            op = ">" if word in _ABOVE else "<"
            return Filter(left.column, f"col{op}", right.column), (left, right)
    return None


def _number(table: Table, name: str) -> bool:
    """A number column that is no year ("score over the years" compares nothing)."""
    column = table.column(name)
    if column is None or column.kind != "number":
        return False
    low, high = column.low, column.high
    return not (low is not None and high is not None and 1800 <= low <= high <= 2100)
