"""Mentions read again with the whole question in view. Years kept as columns: a wide
table with `population_2016` and `population_2021` has no date to filter on, so "population
in 2016" is the column of that year; the year said picks the column, and no longer asks
for a date or year column. And a value that is also the rows' own noun, said of them all
("any municipality"), is every row."""

from __future__ import annotations

import re
from dataclasses import replace

from services.llm.offline.matcher import Mention
from services.llm.offline.money import paid
from services.llm.offline.names import singular, words_of
from services.llm.offline.rowkinds import kind_nouns, names_the_file
from services.llm.offline.schema import Table

_YEAR = re.compile(r"(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)")
SAID = "thatyear"  # the year's token once its column is taken: a word read as nothing


def _siblings(table: Table, column: str) -> dict[str, str]:
    """The columns named as this one but for its year, by year (`population_2016` …)."""
    own = _YEAR.search(column)
    if own is None:
        return {}
    pattern = re.compile(
        re.escape(column[: own.start()]) + _YEAR.pattern + re.escape(column[own.end() :])
    )
    found = {}
    for other in table.columns:
        match = pattern.fullmatch(other.name)
        if match:
            found[match.group(1)] = other.name
    return found if len(found) > 1 else {}


def year_columns(table: Table, tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """The mentions with a year's column where one year is said that names a column of
    theirs; that year's token is blanked as `SAID` in `tokens`, which is changed in place."""
    years = {i: t for i, t in enumerate(tokens) if _YEAR.fullmatch(t)}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    free = {i: t for i, t in years.items() if i not in covered}
    for mention in mentions:  # "2021" read as `population_2021` itself
        for i in range(mention.start, mention.end):
            if i in years and years[i] in mention.column and _siblings(table, mention.column):
                tokens[i] = SAID
    if len(set(free.values())) != 1:
        return mentions  # no year, or two ("from 2016 to 2021"): as they are
    year = next(iter(free.values()))
    moved, taken = [], False
    for mention in mentions:
        siblings = {} if mention.value is not None else _siblings(table, mention.column)
        moved.append(replace(mention, column=siblings[year]) if year in siblings else mention)
        taken = taken or year in siblings
    if taken:  # the year is said by its column (`population_2011` for "… in 2011")
        for i in free:
            tokens[i] = SAID
    return moved


_EVERY = {"any", "each", "every", "per", "across", "all", "which"}


def rows_not_values(table: Table, tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """The mentions without a value that is also the rows' own noun said of them all: "any
    municipality", "across municipalities" of a table of municipalities whose `csd_type`
    has one called "municipality" are every row, not that type."""
    nouns = kind_nouns(table)
    return [
        m
        for m in mentions
        if not (
            m.value is not None
            and m.end - m.start == 1
            and m.start > 0
            and tokens[m.start - 1] in _EVERY
            and tokens[m.start] in nouns
        )
        and not _per_own_step(table, tokens, m)
        and not _rows_named(table, tokens, m)
    ]


def _rows_named(table: Table, tokens: list[str], m: Mention) -> bool:
    """Is a value read from the word that names the file's rows in another form ("bookings"
    of `wedding_photographer_bookings.csv` read as the status `Booked`)? The word is the rows,
    every one of them, not that status."""
    if m.value is None or m.end - m.start != 1:
        return False
    said, value = tokens[m.start], words_of(m.value)
    named = set(words_of(table.filename.rsplit(".", 1)[0]).split())  # "bookings" itself, not
    said_so = said in named or singular(said) in named  # "generate" of `solar_generation`
    own = value.split()  # "total generation" of `Generation (MWh)`: the value's own word
    return said_so and names_the_file(said, table) and not {said, singular(said)} & set(own)


def _per_own_step(table: Table, tokens: list[str], m: Mention) -> bool:
    """Is a `month` column said in "avg … per month" of monthly rows? Each row is a month:
    the question asks the mean per period, not a ratio to the month's number."""
    dates = table.of_kind("date")
    step = dates[0].step if len(dates) == 1 else None
    return (
        step is not None
        and m.value is None
        and tokens[m.start - 1 : m.start] == ["per"]
        and words_of(m.column) == step
        and tokens[m.start] in (step, step + "s")
        and bool({"avg", "average", "mean", "typical"} & set(tokens))
    )


def rows_last(
    numeric: list[str], columns: list[Mention], mentions: list[Mention], tokens: list[str]
) -> list[str]:
    """The measures with a plural named right after a value put after money: in "how much
    did duck eggs bring in", `eggs` says which rows ("duck eggs"), and the money is the
    measure ("cat weight" stays the weight)."""
    if len(numeric) < 2 or not any(_money(c) for c in numeric):
        return numeric
    after = {
        m.column
        for m in columns
        if tokens[m.end - 1].endswith("s")
        and not _money(m.column)
        and any(v.value is not None and v.end == m.start and v.column != m.column for v in mentions)
    }
    return [c for c in numeric if c not in after] + [c for c in numeric if c in after]


def _money(column: str) -> bool:
    return paid(column) or bool(set(words_of(column).split()) & _MONEY_WORDS)


_MONEY_WORDS = {"amount", "revenue", "sales", "takings", "turnover", "income", "price", "cost"}


def ex_columns(tokens: list[str], mentions: list[Mention], table: Table) -> list[Mention]:
    """ "sales ex VAT" of a table with `priceExVatGbp` beside `vatGbp`: the words after "ex"
    name the column they are excluded from, never the excluded amount itself."""
    names = {c.name: f" {words_of(c.name)} " for c in table.columns}
    found = []
    for m in mentions:
        said = " ".join(tokens[m.start : m.end])
        if m.value is None and m.start > 0 and tokens[m.start - 1] in ("ex", "excluding"):
            kept = [n for n, words in names.items() if f" ex {said} " in words]
            if len(kept) == 1 and kept[0] != m.column:
                m = Mention(m.start - 1, m.end, kept[0])
        found.append(m)
    return found
