"""Accounting for every word of a question. A word is understood when it names a column or a
value, is an operation, a time expression or a number, or is a function word. Any other
word means the analyst did not understand the question, and it says so instead of
answering a different question."""

from __future__ import annotations

import re

from services.llm.offline.clock import is_clock
from services.llm.offline.function_words import FUNCTION_WORDS
from services.llm.offline.longkeys import measure_units
from services.llm.offline.matcher import (
    Mention,
    entities_of,
    shared_prefix,
    similar,
    singular,
    words_of,
)
from services.llm.offline.money import HUNDREDTHS, in_no_currency, money_noun, scale_of
from services.llm.offline.names import CURRENCIES, CURRENCY_WORDS
from services.llm.offline.rowkinds import kind_nouns, names_the_file
from services.llm.offline.schema import Column, Table
from services.llm.offline.units import convertible_words, kept_in_kind, unit_kind
from services.llm.offline.vocabulary import (
    ADJECTIVES,
    AGGREGATIONS,
    CHARTS,
    FILLER,
    FREQUENCIES,
    MONTHS,
    WEEKDAYS,
)
from services.search import dense

_NUMBERISH = re.compile(
    r"^(?:[$€£]?-?\d[\d,]*(?:\.\d+)?(?:%|k|m|bn|b|st|nd|rd|th|s)?|q[1-4]|h[12]|\d{4}s?|%)$"
)


_SCALE_WORDS = {"thousand", "thousands", "million", "millions", "mn", "billion", "billions", "bn"}
_SCALE_WORDS |= {"lakh", "lakhs", "crore", "crores"}


def currency_words(table: Table) -> set[str]:
    """The names of the currencies the table's columns are in ("in pounds" for `paid (GBP)`):
    such words say the unit of the answer and need no column of their own."""
    spoken = {w for c in table.columns for w in words_of(c.name).split()}
    raw = " ".join(c.name.lower() for c in table.columns)
    found: set[str] = set()
    if any(in_no_currency(c.name) for c in table.columns):
        found |= CURRENCY_WORDS  # `offerSalaryK`
    if any(money_noun(c.name) and scale_of(c.name) is None for c in table.of_kind("number")):
        found |= CURRENCY_WORDS | HUNDREDTHS  # `wage`, `AveragePrice`: "in dollars", "in cents"
    for code, (symbol, words) in CURRENCIES.items():
        if code in spoken or symbol and symbol in raw or spoken & HUNDREDTHS:  # cents
            found |= words | HUNDREDTHS  # "in euro cents" of `rate_EUR`
    return found


# Nouns that say what a number column measures, after its name: "gas price" on `gas`,
# "waist size" on `Waist (in)`, "penicillin level" on `Penicillin`.
_HEAD_NOUNS = {
    "price", "size", "level", "value", "figure", "reading", "concentration", "measurement",
    "quantity", "yield", "rating", "time", "amount", "score", "index", "rate", "count",
    "output", "production",
}  # fmt: skip


_LEAPS = {"jump", "jumped", "leap", "drop", "dropped"}
_DRAWN = re.compile(r"\b(?:charts?|graphs?|plots?|plotted|diagrams?|draw|visuali[sz]e|show)\b")
_TWO_YEARS = re.compile(r"\b(?:1[5-9]|20)\d{2}\b.*\b(?:1[5-9]|20)\d{2}\b")
_TAKEN = {"revenue", "income", "takings", "turnover", "earnings", "sales", "charge", "fee", "cost"}
_GENERIC_HEADS = {"score", "rating", "figure", "reading"}  # the number of whatever is named

# Participles that, beside a number column's name, make another quantity of it ("expected
# revenue", "adjusted sales"): never read as just the column.
_OTHER_QUANTITY = {
    "projected", "predicted", "estimated", "expected", "budgeted", "planned", "adjusted",
    "ranking",
}  # fmt: skip


_CATEGORY_HEADS = {
    "method", "type", "kind", "category", "status", "group", "class", "name", "code", "country",
    "id", "label", "band", "tier", "bracket", "brackets", "level", "segment",
}  # fmt: skip


def _number(table: Table, name: str) -> bool:
    column = table.column(name)
    return column is not None and column.kind == "number"


_SPACINGS = {"hourly", "daily", "weekly", "monthly", "quarterly", "yearly", "annual", "annually"}


def row_nouns(table: Table) -> set[str]:
    """What a table's rows are called, from its file name: `orders.csv` → order(s)."""
    stem = re.sub(r"\.[a-z0-9]+$", "", table.filename.lower())
    nouns = set()
    for word in words_of(stem).split() + sorted(entities_of(table)):
        if word in _SPACINGS:
            continue  # `shampoo_sales_monthly.csv`: how often, never what a row is
        nouns |= {word, singular(word), word + "s", word + "es"}
    return nouns | kind_nouns(table)


_TIMED = re.compile(r"time|sec|min|dur|hour|hrs|lap|run|sprint|hurdle|\d+m\b", re.I)


def timed_measure(tokens: list[str], mentions: list[Mention], table: Table) -> bool:
    """Is a number column named that holds a time ("run800m", "lap_time"), or is the word
    "time" said beside one ("800m time")? Then "fastest" is its least and "slowest" its most,
    on a table without a speed column."""
    if any(words_of(c.name) in ("speed", "pace", "velocity") for c in table.columns):
        return False
    named = [m.column for m in mentions if m.value is None and _number(table, m.column)]
    return bool(named) and (
        "time" in tokens or "times" in tokens or any(_TIMED.search(c) for c in named)
    )


def known_vocabulary() -> set[str]:
    words = set(FUNCTION_WORDS) | set(FILLER) | set(MONTHS) | set(WEEKDAYS) | set(ADJECTIVES)
    for group in (AGGREGATIONS, CHARTS, FREQUENCIES):
        for phrases in group.values():
            for phrase in phrases:
                words |= set(phrase.split())
    return words


_KNOWN = known_vocabulary()


def known(word: str) -> bool:
    """Is the word one the analyst knows on any table (a function word, an operation …)?"""
    return word in _KNOWN or singular(word) in _KNOWN


def common_word(word: str) -> bool:
    """A common word of its own (one token of the embedding model's vocabulary: "county",
    "summer"), which is never read as a typo of another."""
    return dense.available() and dense.whole_token(word)


def unknown_words(tokens: list[str], mentions: list[Mention], table: Table) -> list[str]:
    """The words of the question that nothing accounts for, in order."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    valued = {m.start for m in mentions if m.value is not None}
    measured = {  # the words of a number column named ("gas", "waist")
        m.end - 1 for m in mentions if m.value is None and _number(table, m.column)
    }
    named = [m for m in mentions if m.value is None and not m.loose and _number(table, m.column)]
    starts = {m.start for m in named}
    ends = {  # "customers affected" of `CustOut`, named by an abbreviation too
        m.end - 1 for m in mentions if m.value is None and _number(table, m.column)
    }
    moneyed = {  # the words of a money column named ("berth" of `berth_fee_gbp`)
        m.end - 1 for m in mentions if m.value is None and _number(table, m.column)
        and scale_of(m.column) is not None
    }  # fmt: skip
    sorted_by = {  # the words of a category column named ("payment")
        m.end - 1 for m in mentions if m.value is None and not _number(table, m.column)
    }
    coded_ends = {  # a code typed as the word it is ("cowl" of COWL, not "completed" of C)
        m.end - 1 for m in mentions
        if m.value is not None and str(m.value).isupper()
        and " ".join(tokens[m.start : m.end]) == str(m.value).lower()
    }  # fmt: skip
    nouns = row_nouns(table) | currency_words(table) | convertible_words(table)
    nouns |= measure_units(table)  # "tonnes" of a long table's `Net mass (t)`
    column_words = {w for c in table.columns for w in words_of(c.name).split()}
    stems = {w for w in column_words if len(w) >= 4}
    said_values = [words_of(str(v)).split() for c in table.columns for v in c.values[:60]]
    value_words = {w for words in said_values for w in words}
    first_words = {words[0] for words in said_values if words}
    named_words = {
        w for m in mentions if m.value is not None for w in words_of(str(m.value)).split()
    }
    found = []
    for index, token in enumerate(tokens):
        word = token.strip("-/.'")
        if index in covered or not word or _NUMBERISH.match(word) or is_clock(word):
            continue
        parts = [p for p in re.split(r"[-/]", word) if p]
        if len(parts) > 1 and all(p in _KNOWN or _NUMBERISH.match(p) for p in parts):
            continue  # "oct-dec", "2020/21"
        base = singular(word)
        before = tokens[index - 1] if index else ""
        if base in _LEAPS and _TWO_YEARS.search(" ".join(tokens)):
            continue  # "how big a jump from 1970 to 1986": the change between the two
        drawn = before in ("as", "a", "in") or tokens[index + 1 : index + 2] == ["of"]
        if base == "bar" and not drawn and not _DRAWN.search(" ".join(tokens)):
            found.append(word)  # "bar spend per guest": a bar, where no chart is asked
            continue
        if base == "run" and tokens[index + 1 : index + 2] == ["of"]:
            found.append(word)  # "a run of 1k": a quantity the table may not have
            continue
        money = before in ("in", "$", "£", "€") or any(before in w for _, w in CURRENCIES.values())
        if word in _SCALE_WORDS and (_NUMBERISH.match(before) or money or before == "many"):
            continue  # "50 billion", "in billions", "by how many thousand"
        if ADJECTIVES.get(word) == "speed" and timed_measure(tokens, mentions, table):
            continue  # "fastest 800m time": the least time (parse turns the direction round)
        if word in ADJECTIVES and ADJECTIVES[word] not in ("length", "width"):
            if index + 1 in starts and ADJECTIVES[word] in ("weight", "height"):
                continue  # "the heaviest load", "the tallest dad": the most of what is named
            found.append(word)  # "warmest" on a table with no temperature: not understood
            continue
        if (
            word in _KNOWN
            or base in _KNOWN
            or word in nouns
            or base in nouns
            or names_the_file(word, table)
        ):
            continue
        if word in CURRENCY_WORDS and _NUMBERISH.match(before) and not nouns & CURRENCY_WORDS:
            continue  # "more than $3bn" where no column says its currency: the limit's unit
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        scaled = before == "in" and after in _SCALE_WORDS | {"thousands"}
        if word in CURRENCY_WORDS and scaled and any(money_noun(c.name) for c in table.columns):
            continue  # "price in $k": the answer's unit, of a `price` in no currency
        kind = unit_kind(word)
        if kind and _NUMBERISH.match(before) and not kept_in_kind(table, kind):
            continue  # "deeper than 500 km" on `depth`: the column's own unit, as said
        if before == "how" and word in _HOW_MUCH and measured:
            continue  # "coldest month - how cold": the figure itself
        if base in _WON and any(_AWARDED.search(c.name) for c in table.columns):
            continue  # "how many medals did JAM win": every row of a medal table is won
        if base in _FILLED and (before in ("is", "are", "not") or index - 1 in covered):
            continue  # "where transit days is filled": the blank filter says it
        if index - 1 in coded_ends and after != singular(after) and singular(after) in nouns:
            continue  # "cowl fitting jobs", "bird nest jobs": the code's rows, described
        if word == "still" and index + 1 in valued:
            continue  # "still pending", "still unapproved": the value says which rows
        if base in _EVENT_NOUNS and _counted_by(table, mentions, index):
            continue  # "plague deaths", "deaths from disease": a column counting them
        if base in _HEAD_NOUNS and index - 1 in measured:
            continue  # "gas price", "waist size": what the column named measures
        if base in _TAKEN and index - 1 in moneyed:
            continue  # "berth revenue" of `berth_fee_gbp`: the money that column keeps
        if base in _GENERIC_HEADS and measured:
            continue  # "avg score for oral rulings" of `ORAL`: the figure of what is named
        if base in _CATEGORY_HEADS and index - 1 in sorted_by:
            continue  # "payment method", "product type": what the column named sorts by
        if _qualifies(word, index, ends, starts):
            continue  # "miles driven", "resting pulse": the column named
        if base in column_words or len(word) == 1 or word[:-1] in column_words and word[-1] == "s":
            continue
        if _stem(word) in _KNOWN or _stem(word) in column_words:
            continue
        if (
            len(word) >= 5
            and not common_word(word)
            and any(similar(word, k) for k in _KNOWN if len(k) >= 5)
        ):
            continue  # a typo of a known word ("county" is a word of its own, not "count")
        if any(_same_stem(word, s) for s in stems):
            continue  # another form of a column's word: "hired" ~ hireDate
        if any(_same_stem(word, w) for w in named_words):
            continue  # "households were served": a word of the value named (households_served)
        own = {word} if base == word else set()  # a singular word spelled as in a value
        if base != word and base in first_words:
            found.append(word)  # "liberals" of Liberal Party …, Liberal-Conservative: a
            continue  # name that begins several values, none of them named
        if any(_same_stem(word, s) for s in value_words - own):
            continue  # another form of a value's word ("deployed" ~ deploys), or a plural
            # common noun inside a longer value ("companies" of Trading companies); a value's
            # own word that named no value ("dortmund" of two columns) is not understood
        found.append(word)
    return list(dict.fromkeys(found))


_FILLED = {"filled", "populated", "recorded", "entered", "available", "present"}
_WON = {"win", "won", "wins"}  # ("the winning time" is the gold medal's)
_AWARDED = re.compile(r"medal|award|prize|trophy|title", re.I)
_HOW_MUCH = {"cold", "hot", "warm", "big", "heavy", "tall", "far", "old", "deep", "wide", "high"}

_EVENT_NOUNS = {
    "death", "case", "casualty", "injury", "birth", "admission", "incident", "accident",
    "arrest", "infection", "fatality", "victim", "visit", "sale", "complaint", "failure",
}  # fmt: skip


def _counted_by(table: Table, mentions: list[Mention], index: int) -> bool:
    """Is the event noun at `index` what a column of whole numbers named beside it counts
    ("plague deaths", "deaths from disease")? A column of measured amounts ("gas" kept as a
    price) is not a count: "gas emissions" there stays not understood."""
    for m in mentions:
        beside = m.end == index or m.start == index + 2
        if m.value is None and beside and _whole(table.column(m.column)):
            return True
    return False


def _whole(column: Column | None) -> bool:
    if column is None or column.kind != "number" or column.flag:
        return False
    if column.values:
        return all(v.removesuffix(".0").lstrip("-").isdigit() for v in column.values)
    low, high = column.low, column.high
    return (
        low is not None
        and high is not None
        and low >= 0
        and float(low).is_integer()
        and float(high).is_integer()
    )


def _qualifies(word: str, index: int, measured: set[int], starts: set[int]) -> bool:
    """A participle beside a number column's name, saying only how its quantity came about:
    "miles driven", "units sold", "resting pulse". A noun there may name another quantity
    ("gas emissions" on a gas price), and "weekend sales" rows the table cannot tell apart,
    so neither is read this way."""
    if not word.isalpha() or len(word) < 4 or word in _OTHER_QUANTITY:
        return False
    return word.endswith(("ed", "en", "ing")) and (index - 1 in measured or index + 1 in starts)


def _same_stem(word: str, other: str) -> bool:
    shortest = min(len(word), len(other))
    return shortest >= 4 and shared_prefix(word, other) >= max(4, 0.75 * shortest)


def _stem(word: str) -> str:
    for ending in ("ing", "ed", "es", "ly", "s"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def unread(word: str, table: Table, mentions: list[Mention]) -> bool:
    """Is the word one the analyst reads in no way on this table: no column, value, known
    word, unit, scale, currency or comparison ("trustees", not "heaviest" or "thousands")?"""
    if word in _KNOWN or word in _SCALE_WORDS or word in CURRENCY_WORDS or word in ADJECTIVES:
        return False
    if unit_kind(word) or word in HUNDREDTHS or mentions:
        return False
    return unknown_words([word], mentions, table) == [word]
