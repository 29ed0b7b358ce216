"""Mentions read again with their neighbours: a number after or before a column of codes
or counts is one of its values ("grade 3", "3 bedroom houses"); a column named like an
aggregation (`Total`) before another number column is the aggregation; "line chart" never
names a `Line` column; an id named by the rows' own noun is the rows ("claim" of
`expense_claims.csv`); and a currency or "sales" said where no number column is named
names the table's one money column; "occupation type" is the `type` column alone."""

from __future__ import annotations

import re
from collections.abc import Callable

from services.llm.offline.concepts import column_for
from services.llm.offline.matcher import KEY, Mention
from services.llm.offline.money import paid
from services.llm.offline.names import CURRENCY_WORDS, singular, words_of
from services.llm.offline.rowkinds import in_file_name, names_the_file
from services.llm.offline.schema import Table
from services.llm.offline.units import unit_kind, unit_of


def read_again(table: Table, tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """The matcher's mentions read with their neighbours, by every rule below."""
    mentions = not_the_chart(tokens, not_the_aggregation(table, coded(table, tokens, mentions)))
    mentions = money_named(table, tokens, not_the_rows(table, tokens, mentions))
    return kind_of(table, output_named(table, tokens, mentions))


_KIND_HEADS = {"type", "kind", "category", "class", "group", "sector", "band", "tier"}


def kind_of(table: Table, mentions: list[Mention]) -> list[Mention]:
    """ "occupation type" of `occupation` (a name each row has) and `type`: the kind of
    occupation, one mention of `type`; so is a word read loosely as a column before one
    named exactly ("charging sites" is `SITE`, not `CHARGER` and `SITE`)."""
    found: list[Mention] = []
    for m in mentions:
        last = found[-1] if found else None
        if (
            last is not None and last.end == m.start and last.value is None and m.value is None
            and _kind(table, last.column) != "number" and _kind(table, m.column) != "number"
            and (words_of(m.column) in _KIND_HEADS or last.loose and not m.loose)
        ):  # fmt: skip
            found[-1] = Mention(last.start, m.end, m.column, None, m.loose)
            continue
        found.append(m)
    return found


def coded(table: Table, tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """ "sex 1", "grade 3": a number column with few values, followed by one of them, is
    that value (a code), not the column as a measure; so is "3 bedroom houses", "2 storeys"
    (a whole number before a column of whole numbers). Never "mag 5 or above", "top 3", nor
    "by year: 2007, 2012" (a grouping, its values listed)."""
    found = []
    for m in mentions:
        column = table.column(m.column)
        codes = {v.removesuffix(".0"): v for v in column.values} if column else {}
        if m.value is not None or column is None or column.kind != "number" or column.flag:
            found.append(m)
            continue
        after = 1 + (tokens[m.end : m.end + 1] in (["of"], ["is"], ["="]))  # "ram of 8"
        following = tokens[m.end + after - 1] if m.end + after - 1 < len(tokens) else ""
        beyond = " ".join(tokens[m.end + after : m.end + after + 3])
        said = _unit_between(tokens, m, codes)  # "8 mb ram", "14 inch screens": one token
        number = tokens[m.start - 1 - said] if m.start > said else ""
        before = tokens[m.start - 2 - said] if m.start > 1 + said else ""
        whole = all(v.removesuffix(".0").lstrip("-").isdigit() for v in codes)
        grouped = tokens[m.start - 1 : m.start] in (["by"], ["per"], ["each"])
        if following in codes and not _LIMIT_AFTER.search(beyond) and not grouped:
            found.append(Mention(m.start, m.end + after, m.column, codes[following]))
        elif whole and number in codes and before not in _LIMIT_BEFORE:
            found.append(Mention(m.start - 1 - said, m.end, m.column, codes[number]))
        else:
            found.append(m)
    return found


def _unit_between(tokens: list[str], m: Mention, codes: dict[str, str]) -> int:
    """1 when a unit word stands between a code and its column ("8 mb ram"), of the unit
    the column is kept in if its name says one; else 0."""
    word = tokens[m.start - 1] if m.start > 1 else ""
    kind = unit_kind(word)
    own = unit_of(m.column)
    if kind is None or tokens[m.start - 2] not in codes or (own and own[0] != kind):
        return 0
    return 1


def not_the_aggregation(table: Table, mentions: list[Mention]) -> list[Mention]:
    """A column named like an aggregation (`Total`, `Average`) is the aggregation, not the
    column, when another number column is named right after it ("total number of boys")."""
    numbers = [m for m in mentions if m.value is None and _kind(table, m.column) == "number"]
    dropped = {
        id(m)
        for m in numbers
        if m.end - m.start == 1
        and m.column.strip().lower() in _AGGREGATION_NAMES
        and any(0 <= o.start - m.end <= 3 and o is not m for o in numbers)
    }
    return [m for m in mentions if id(m) not in dropped]


def not_the_chart(tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """ "line chart of …" on a table with a `Line` column: the kind of chart, not the column."""
    return [
        m
        for m in mentions
        if not (
            m.end - m.start == 1
            and tokens[m.start] in ("line", "bar", "pie", "area", "scatter")
            and m.end < len(tokens)
            and tokens[m.end] in ("chart", "charts", "graph", "plot", "diagram")
        )
    ]


def not_the_rows(table: Table, tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """An id column named by the word that names the table's rows is the rows, not the id:
    "avg claim amount" and "$ claimed" on `expense_claims.csv` with `ClaimNo` (a claim's
    number is never what is averaged or grouped by unless it is named as the number)."""

    def others(m: Mention) -> bool:  # "days from order to ship": `orderDate` is named too
        word = words_of(m.column).split()[0]
        return any(c.name != m.column and word in words_of(c.name).split() for c in table.columns)

    return [
        m
        for m in mentions
        if m.value is not None
        or m.end - m.start != 1
        or not _key(m.column)
        or not names_the_file(tokens[m.start], table)
        or others(m)
    ]


EARNED = {  # money taken or paid, said so
    "sales", "revenue", "revenues", "takings", "turnover", "claimed", "paid", "charged", "billed",
    "spent", "spend", "billings",
}  # fmt: skip


_SPENT = {"cost", "costs", "expense", "expenses", "spend", "spending", "outlay"}


def money_named(table: Table, tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """ "biggest claim in dollars", "total $ by dept", "total sales in february": a currency
    (or money taken) said where no number column is named names the table's one money
    column (`AmountCents`, `Charge (EUR)`); with several, or none, nothing is added."""
    if any(
        m.value is None and _kind(table, m.column) == "number" and not _key(m.column)
        for m in mentions
    ):
        return mentions
    counting = bool(re.search(r"\b(how many|number of|count)\b", " ".join(tokens)))
    said = next(
        (i for i, t in enumerate(tokens) if t in CURRENCY_WORDS or t in EARNED and not counting),
        None,
    )
    money = [c.name for c in table.columns if c.kind == "number" and paid(c.name)]
    if said is not None and tokens[said] in EARNED:  # a unit price or a cost is no money taken
        money = [c for c in money if not _per_unit(c) and not _SPENT & set(words_of(c).split())]
    if said is not None and tokens[said] in EARNED and len(money) != 1:
        named = column_for(tokens[said], table)  # "sales" of `lineTotal`, by its synonyms
        if named is not None and named.kind == "number" and not _per_unit(named.name):
            money = [named.name]
    if said is not None and tokens[said] in EARNED and not money and not _quantities(table):
        sold = [c.name for c in table.columns if c.kind == "number" and paid(c.name)
                and re.search(r"\b(?:sale|sales|sold|selling)\b", words_of(c.name))]  # fmt: skip
        money = sold  # one car a row: its `Sale Price ($)` is the money taken
    if said is None or len(money) != 1:
        return mentions
    return [*mentions, Mention(said, said + 1, money[0], loose=True)]


_OUTPUT = {"output", "outputs", "production", "produced"}


def output_named(table: Table, tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """ "avg quarterly output", "total production per year": what the table records being
    made is its one measure (`yarn_tonnes`), when no number column is named; with several
    measures nothing is added, and the word stays unknown."""
    if any(m.value is None and _kind(table, m.column) == "number" for m in mentions):
        return mentions
    said = next((i for i, t in enumerate(tokens) if t in _OUTPUT), None)
    if said is None and not re.search(r"\b(how many|number of|count)\b", " ".join(tokens)):
        said = next((i for i, t in enumerate(tokens) if _measure_of_file(t, table)), None)
    measures = [
        c.name
        for c in table.columns
        if c.kind == "number" and not c.flag and not _key(c.name)
        and words_of(c.name) not in ("year", "yr", "month", "quarter")
    ]  # fmt: skip
    if said is None or len(measures) != 1:
        return mentions
    return [*mentions, Mention(said, said + 1, measures[0], loose=True)]


def _measure_of_file(word: str, table: Table) -> bool:
    """Does the word name the quantity the file's name says was measured ("price" of
    `wti_oil_price_daily.csv`), not its rows ("appointments", "salon") or its spacing?"""
    return singular(word) in _QUANTITIES and in_file_name(word, table)


_QUANTITIES = {
    "price", "level", "value", "reading", "rate", "index", "temperature", "concentration",
    "amount", "yield", "score", "output", "production", "consumption", "demand", "flow",
    "speed", "height", "weight", "depth", "emission", "load", "volume", "revenue", "cost",
}  # fmt: skip


def _quantities(table: Table) -> bool:
    """Does a column count the units of each row (then a price is per unit, not per row)?"""
    return any(
        re.search(r"\b(?:qty|quantity|units|count|pieces|items)\b", words_of(c.name))
        for c in table.of_kind("number")
    )


def _per_unit(name: str) -> bool:
    """Money per unit (`unit price (EUR)`, `Rate ($/h)`), never money taken in total."""
    return bool({"price", "unit", "rate"} & set(words_of(name).split()))


def _key(name: str) -> bool:
    """Named as an id or number (`ClaimNo`, `order_id`)."""
    return bool(KEY.search(words_of(name)))


def _kind(table: Table, name: str) -> str | None:
    column = table.column(name)
    return column.kind if column else None


_AGGREGATION_NAMES = {"total", "sum", "average", "avg", "mean", "count", "median"}
_LIMIT_AFTER = re.compile(r"or (more|less|fewer|above|below|over|under|higher|lower|greater)\b")
_LIMIT_BEFORE = {  # words that make the number before a column a limit or a rank
    "than", "over", "under", "above", "below", "least", "most", "top", "first", "last",
    "bottom", "best", "worst", "next", "past", "previous", "exceeding",
}  # fmt: skip


def beside_aggregation(
    kind: Callable[[str], str], tokens: list[str], mentions: list[Mention]
) -> list[Mention]:
    """ "average volume" of `AveragePrice` and `TotalVolume`: a number column named only by an
    aggregation's word ("average") is that aggregation when another number column is named."""

    def bare(m: Mention) -> bool:
        return m.value is None and set(tokens[m.start : m.end]) <= _AGGREGATION_NAMES | {
            "max",
            "min",
        }

    numbers = [m for m in mentions if m.value is None and kind(m.column) == "number"]
    if not any(not bare(m) for m in numbers):
        return mentions
    return [m for m in mentions if not (bare(m) and kind(m.column) == "number")]
