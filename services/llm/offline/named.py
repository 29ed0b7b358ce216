"""What a question names besides its columns: the table's rows ("claims" of
insurance_claims.csv, "matches"), the one measure a table has, a key column of the things
counted, the column that labels the rows; and a measure the analysis adds."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.matcher import KEY, singular, words_of
from services.llm.offline.measures import TIME_UNITS
from services.llm.offline.names import CURRENCY_WORDS
from services.llm.offline.query import Query
from services.llm.offline.rowkinds import key_named, names_the_file
from services.llm.offline.vocabulary import FILLER
from services.llm.offline.words import row_nouns

if TYPE_CHECKING:
    from services.llm.offline.parse import Reading


def rows_named(r: Reading, measure: str) -> bool:
    """Is the measure named only by a plural that names the file's rows ("claims" of
    `claim_amt (GBP)` in insurance_claims.csv)?"""
    words = set(words_of(measure).split())
    if not words & _AMOUNT_WORDS:
        return False  # `tip`, `AirPassengers`: the column is what is counted
    for m in r.columns:
        said = " ".join(r.tokens[m.start : m.end])
        after = r.tokens[m.end] if m.end < len(r.tokens) else ""
        if m.column == measure and m.value is None:
            plural = " " not in said and said.endswith("s") and singular(said) in words
            money = after in CURRENCY_WORDS or after in ("$", "£", "€", "amount", "value")
            return plural and not money and names_the_file(said, r.parser.table)
    return False


_AMOUNT_WORDS = {"amt", "amount", "value", "val", "gbp", "usd", "eur", "cost", "total"}


def names_rows(r: Reading) -> bool:
    """Does the question call the table's rows by name ("matches", "returns" of
    `ecommerce_returns.csv`, "passengers" of a table of people)?"""
    table = r.parser.table
    return bool(set(r.tokens) & row_nouns(table)) or any(names_the_file(t, table) for t in r.tokens)


# "how many patients are in this table", "… does the file list": the rows, whatever called
_IN_THE_DATA = re.compile(
    r"\bhow many ([a-z]+) (?:are|were|is) (?:there )?(?:in|on) (?:this|the) "
    r"(?:table|file|data|dataset|data set|sheet|spreadsheet|list)\b"
    r"|\bhow many ([a-z]+) does (?:this|the) (?:table|file|data|dataset|sheet) "
    r"(?:have|hold|list|contain|cover)\b"
)


def rows_called(r: Reading) -> str | None:
    """The word a question calls the table's rows by when it asks how many of them the
    table holds ("patients" of "how many patients are in this table"), unless that word
    names a column (then its distinct values are counted), a period ("how many seasons
    are in the data") or asks for distinct ones."""
    found = _IN_THE_DATA.search(r.text)
    word = found and (found.group(1) or found.group(2))
    if not word or r.columns or re.search(r"\b(?:unique|distinct|different)\b", r.text):
        return None
    periods = (*TIME_UNITS, "season", "decade", "period", "hour", "minute")
    return None if word.rstrip("s") in periods else word


TIME_PLURALS = {*TIME_UNITS, *(f"{unit}s" for unit in TIME_UNITS)}
# Words of the filler that end in "s" but name no things counted ("what was …")
_NOT_PLURAL = {
    "was", "is", "has", "does", "this", "its", "as", "always", "perhaps", "series", "sometimes",
    "whereas", "various", "across", "yes", "hers", "ours", "yours", "vs", "versus", "thus",
}  # fmt: skip


def sole_measure(r: Reading) -> str | None:
    """The table's one number column that is a measure (not a year, an id, a code or a
    0/1 flag), when the question names no column to add up or compare."""
    p = r.parser
    if (
        r.gap is not None
        or r.combined is not None
        or any(p.kind(m.column) == "number" for m in r.columns)
    ):
        return None
    table = r.parser.table
    called = set(r.tokens) & row_nouns(table)  # rows that are periods ("december quarters")
    if any(names_the_file(t, table) for t in r.tokens) or called - set(TIME_PLURALS):
        return None  # "the most returns" of `ecommerce_returns.csv`: rows, counted
    if " per " in f" {r.text} " or any(
        t in FILLER
        and t.endswith("s")
        and t.rstrip("s") not in TIME_UNITS
        and t not in _NOT_PLURAL
        and not t.endswith(("ss", "us"))
        for t in r.tokens
    ):
        return None  # "visits per member on avg": things counted
    sole = [  # (many whole numbers are counts, not codes)
        c.name for c in p.measures() if not c.flag and (not c.numbered or len(c.values) > 30)
    ]
    return sole[0] if len(sole) == 1 else None


def made_measure(r: Reading, query: Query, name: str, usual: str) -> Query:
    """The query measuring a column the analysis adds (a gap between dates, a sum of
    columns), with the question's aggregation or the usual one for it."""
    made = r.agg if r.agg in ("sum", "mean", "median", "min", "max", "std") else usual
    r.numeric, r.agg = [name], made
    return query.with_(measure=name, agg=made)


def key_of_rows(r: Reading) -> str | None:
    """The key column named for the things counted ("orders" → `order_id`), if any."""
    return key_named(r.parser.table, {singular(t) for t in r.text.split()})


def label_column(r: Reading, *, strict: bool = False) -> str | None:
    """ "3 heaviest cars": the rows are named by the table's name column, if it has one
    (strict: only a column that names each row, never the first category)."""
    p = r.parser
    named = [
        c
        for c in p.table.columns
        if c.kind in ("text", "category") and re.search(r"name|title|label", c.name, re.I)
    ]
    if named:
        return named[0].name
    labels = [  # `country` of a table of one row per country: its rows' names
        c.name for c in p.table.columns
        if c.kind in ("text", "category") and p.id_like(c.name) and not KEY.search(c.name)
    ]  # fmt: skip
    if strict:
        return labels[0] if labels else None
    return p.first_category() or (labels[0] if labels else None)


def row_superlative(r: Reading) -> bool:
    """Is a superlative said of the rows themselves ("the biggest city", "largest
    country by area")? Then the answer names the row, not only its number."""
    tokens = r.tokens
    said = {m.start for m in r.mentions}
    for i, word in enumerate(tokens[:-1]):
        if not (word.endswith("est") and len(word) > 5 or word in ("most", "least")):
            continue
        row = tokens[i + 1]
        if i + 1 not in said and (
            singular(row) in r.parser.matcher.entities or names_the_file(row, r.parser.table)
        ):
            return True
    return False
