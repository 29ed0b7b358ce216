"""Months kept in a column of their own beside a year (`month` of 1–12, or of "Jan" …
"Dec"): the filter for the months a question names, written as the cells are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from services.llm.offline.matcher import words_of
from services.llm.offline.query import Filter, Unanswerable
from services.llm.offline.schema import Table
from services.llm.offline.vocabulary import MONTHS

if TYPE_CHECKING:
    from services.llm.offline.parse import Parser


def month_names_filter(parser: Parser, months: list[int]) -> Filter | None:
    """The filter on a column of month names ("Sep", "September") for the months named;
    a column of month numbers beside a year is already read with the year."""
    for column in parser.table.of_kind("category", "text"):
        by_number = {MONTHS.get(v.lower().strip(".")): v for v in column.values}
        if column.values and None not in by_number and len(by_number) <= 12:
            wanted = [by_number[m] for m in dict.fromkeys(months) if m in by_number]
            if len(wanted) == 1:
                return Filter(column.name, "==", wanted[0])
            return Filter(column.name, "isin", tuple(wanted)) if wanted else None
    numbered = months_kept(parser.table)
    if numbered is not None:
        wanted = [as_written(parser, numbered, m) for m in dict.fromkeys(months)]
        return Filter(numbered, "==" if len(wanted) == 1 else "isin",
                      wanted[0] if len(wanted) == 1 else tuple(wanted))  # fmt: skip
    return None


def as_written(parser: Parser, name: str, number: int) -> str:
    """The value of a number column as its cells are written ("12" or "12.0")."""
    column = parser.table.column(name)
    written = {v.removesuffix(".0"): v for v in column.values} if column else {}
    return written.get(str(number), str(number))


def months_kept(table: Table) -> str | None:
    """The number column of months (1–12) named as such (beside a year column)."""
    for column in table.of_kind("number"):
        named = words_of(column.name) in ("month", "mo", "mon", "mth")
        low, high = column.low, column.high
        if named and low is not None and high is not None and low >= 1 and high <= 12:
            return column.name
    return None


def quarter_column(table: Table) -> str | None:
    """A column of its own that keeps the quarter (`quarter`, `qtr`)."""
    return next(
        (c.name for c in table.columns if words_of(c.name) in ("quarter", "qtr", "q")), None
    )


def quarters_of_months(parser: Parser, freq: str | None) -> str | Unanswerable | None:
    """ "by quarter" of a table of `Year` and `Month` columns: the month column its quarters
    are taken from; a decline when there is none to tell quarters apart (never dropped)."""
    if freq != "Q" or parser.date or quarter_column(parser.table):
        return None
    months = months_kept(parser.table)
    if months is None:
        return Unanswerable(
            f"it asks by quarter, but `{parser.table.filename}` has no date or quarter column "
            "to tell quarters apart; ask by month instead",
            parser.table,
        )
    return months


def rows_monthly(table: Table, text: str) -> bool:
    """ "the mean monthly rate" of `Year` and `Month` columns: the rows are the months, and
    "monthly" says what is averaged, not how to group it ("by month" does)."""
    month = any(words_of(c.name) in ("month", "mo", "mth", "mon") for c in table.columns)
    words = set(text.split())
    averaged = bool(words & {"mean", "average", "avg", "median", "typical"})
    charted = bool(words & {"chart", "plot", "graph", "line", "trend"})
    grouped = charted or any(f"{w} month" in text for w in ("by", "per", "each", "every"))
    per = "per" in words  # "avg monthly revenue per site": per site and month, pooled
    return month and "monthly" in words and averaged and not grouped and not per
