"""What a question asks for, held against its reading: "how many head did Tama do" counts
what the `Head Shorn` column keeps (its sum, not the rows), and "which driver did the most
km" asks for a driver, which a table with only `Driver Hrs` cannot name (never the largest
distance alone, as if it were the answer)."""

from __future__ import annotations

import re

from services.llm.offline.function_words import FUNCTION_WORDS
from services.llm.offline.names import normalize, singular, words_of
from services.llm.offline.query import Query, Unanswerable

_HOW_MANY = re.compile(r"\bhow many ([a-z]+)\b")
_WHICH = re.compile(r"\b(?:which|what)\s+([a-z]+)\b")
# Periods and units are read by their own rules ("how many days", "which month")
_OWN_RULES = {
    "day", "date", "week", "fortnight", "month", "quarter", "year", "season", "hour", "minute",
    "time", "period", "row", "record", "entry", "one", "value", "number", "percent", "share",
    "times", "way", "kind", "type", "sort",
}  # fmt: skip


# Words of a column that measures something rather than counting it
_MEASURED = {
    "id", "size", "weight", "wt", "amount", "price", "value", "rate", "cost", "fee", "time",
    "hours", "hrs", "length", "area", "volume", "score", "ratio", "pct", "percent", "kg", "km",
    "age", "year", "date", "pay", "income", "revenue", "sales", "total", "avg", "mean",
}  # fmt: skip


def _first_word(name: str) -> str:
    words = words_of(name).split()
    return words[0] if words else ""


def counted_in_column(query: Query, question: str) -> Query:
    """ "how many head did Tama do in Canterbury" of a table with `Head Shorn`: the thing
    counted is what the one number column named after it keeps, so its sum is the answer
    (each row counts many head); the rows are counted only when no such column is there."""
    if query.agg != "count" or query.measure or query.kind not in ("count", "group", "compare"):
        return query
    asked = _HOW_MANY.search(normalize(question).lower())
    if asked is None:
        return query
    word = singular(asked[1])
    named = [
        c
        for c in query.table.columns
        if c.kind == "number"
        and singular(_first_word(c.name)) == word
        and not set(words_of(c.name).split()) & _MEASURED
        and "(" not in c.name  # `System Size (kWp)`: a size, never a count of systems
        and word not in _OWN_RULES
        and word not in FUNCTION_WORDS
    ]
    if len(named) != 1:
        named = _people_did(query, question)
    if len(named) != 1:
        return query
    kind = "aggregate" if query.kind == "count" else query.kind
    return query.with_(kind=kind, agg="sum", measure=named[0].name)


# "how many people booked", "how many children attended": people counted by what they did
_PEOPLE_DID = re.compile(
    r"\bhow many (?:people|persons|customers|guests|children|kids|students|pupils|patients|"
    r"visitors|members|adults|attendees|participants|passengers|riders|ppl)"
    r"(?: (?:have|had|were|got|actually))? ([a-z]+)\b"
)


def _people_did(query: Query, question: str) -> list:
    """The one number column of whole counts named by what the people did (`booked`,
    `attended`): each row counts many people, so its sum is the answer."""
    said = _PEOPLE_DID.search(normalize(question).lower())
    if said is None:
        return []
    verb = said[1]
    return [
        c
        for c in query.table.columns
        if c.kind == "number"
        and (c.low is None or c.low >= 0)
        and len(words_of(c.name).split()) == 1
        and (words_of(c.name) == verb or len(verb) >= 6 and words_of(c.name)[:6] == verb[:6])
    ]


_DIFFERENT = re.compile(r"\bhow many (?:different|distinct|separate|unique) ([a-z]+)\b")


def different_ones(query: Query, question: str) -> Query:
    """ "how many different stations have we shorn for": how many stations, never the
    distinct numbers of another column (`Head Shorn`) per station."""
    asked = _DIFFERENT.search(normalize(question).lower())
    if query.kind != "distinct" or not query.group or asked is None:
        return query
    if singular(asked[1]) not in map(singular, words_of(query.group).split()):
        return query
    return query.with_(measure=query.group, group=None, agg="count", chart=None)


def which_unnamed(query: Query, question: str) -> Unanswerable | None:
    """ "which driver clocked up the most km" read as the largest distance: the question asks
    for a driver, and the table names none (only a number column, `Driver Hrs`, has the
    word). Declined, never answered with the largest value as if it named one."""
    if query.kind != "aggregate" or query.agg not in ("max", "min") or query.group or query.top:
        return None
    asked = _WHICH.search(normalize(question).lower())
    if asked is None:
        return None
    word = singular(asked[1])
    if word in _OWN_RULES or word in FUNCTION_WORDS or len(word) < 3:
        return None
    measured = {singular(w) for w in words_of(query.measure or "").split()}
    if word in measured:
        return None  # "what temperature was the highest": the measure itself
    holding = [c for c in query.table.columns if word in map(singular, words_of(c.name).split())]
    if not holding or any(c.kind != "number" for c in holding):
        return None
    return Unanswerable(
        f"it asks which {asked[1]} it was, but `{query.table.filename}` has no column that "
        f"names them (only `{holding[0].name}`, a number); ask for the largest value itself, "
        "or group by one of its columns",
        query.table,
    )


_TOTAL = re.compile(r"\b(?:total|sum of|sum)\s+(?:the\s+)?([a-z]+)\b")


def total_unplaced(query: Query, question: str) -> Unanswerable | None:
    """ "total GST collected at Subiaco" of a table with `ex_gst_aud`, `gst_aud` and
    `inc_gst_aud`: a total of something number columns hold, read as a count of rows because
    no one column was named. Declined, naming the columns; never the rows counted instead."""
    if query.kind != "count" or query.measure:
        return None
    asked = _TOTAL.search(normalize(question).lower())
    if asked is None or asked[1] in FUNCTION_WORDS or singular(asked[1]) in _OWN_RULES:
        return None
    holding = [
        c.name
        for c in query.table.columns
        if c.kind == "number" and asked[1] in words_of(c.name).split()
    ]
    if not holding:
        return None
    named = ", ".join(f"`{name}`" for name in holding[:4])
    return Unanswerable(
        f"it asks for a total of “{asked[1]}”, which I could not place in one column "
        f"({named} hold it); name the column to add up",
        query.table,
    )


def per_named_period(query: Query, question: str) -> Query:
    """ "avg complaints per fortnight at Toowoomba" of a `fortnight_ending` date column: the
    average over the fortnights (each fortnight's total), never one average per fortnight."""
    if query.kind != "group" or query.agg != "mean" or not query.group or not query.measure:
        return query
    column = query.table.column(query.group)
    said = re.search(r"\bper ([a-z]+)\b", normalize(question).lower())
    if column is None or column.kind != "date" or said is None:
        return query
    if singular(said[1]) not in words_of(query.group).split():
        return query
    return query.with_(kind="per", per=query.group, group=None, agg="sum", chart=None)


def number_twice(query: Query) -> Query | Unanswerable:
    """ "share of Africa's 2020 pop under 15": one number read twice, as the age group
    `15-19` and as a limit on `Value`. Declined; never answered with both (0 %). "the 100+
    group" names the value `100+`: the limit read from it ("100 or more") is dropped."""
    for limit in query.filters:
        if limit.op not in ("<", ">", "<=", ">=") or not isinstance(limit.value, int | float):
            continue
        said = re.compile(rf"(?<![\d.]){re.escape(f'{limit.value:g}')}(?![\d.])")
        for kept in query.filters:
            values = kept.value if kept.op == "isin" else (kept.value,) if kept.op == "==" else ()
            named = next((v for v in values if isinstance(v, str) and said.search(v)), None)
            if named is not None and kept.column != limit.column:
                if named.replace(" ", "") == f"{limit.value:g}+":
                    return query.with_(filters=tuple(f for f in query.filters if f is not limit))
                return Unanswerable(
                    f"the number in it is read twice, as a limit on `{limit.column}` and as "
                    f"part of the `{kept.column}` value “{named}”; ask it with the "
                    f"`{kept.column}` values you mean, or the limit alone",
                    query.table,
                )
    return query
