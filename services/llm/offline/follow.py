"""Follow-ups: a short question that changes one part of the previous one ("and 2022?",
"what about furniture", "same for invoice", "now by month") keeps the rest of it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.matcher import Mention, has
from services.llm.offline.overperiod import over_period, period_said
from services.llm.offline.query import Filter, Query
from services.llm.offline.relative import shifted
from services.llm.offline.vocabulary import AGGREGATIONS, CHARTS, FOLLOW_UP_CUES

if TYPE_CHECKING:
    from services.llm.offline.parse import Reading

_OWN_QUESTION = re.compile(
    r"(what|how|which|who|show|list|is|are|does|do|give|plot|draw|describe|count|compare|"
    r"correlat|total|average|avg|mean|median|sum|number|histogram|distribution)\b"
)


def earlier_codes(previous: Query | None, tokens: list[str]) -> list[Mention]:
    """ "and 117?" after "avg basket value at store 101": a bare number that is a value of a
    column the previous question kept to one value names that value instead."""
    if previous is None or len(tokens) > 4:
        return []
    for f in previous.filters:
        column = previous.table.column(f.column)
        codes = {v.removesuffix(".0"): v for v in column.values} if column else {}
        if f.op != "==" or str(f.value).removesuffix(".0") not in codes:
            continue
        for index, token in enumerate(tokens):
            if token.strip("?!.,") in codes:
                return [Mention(index, index + 1, f.column, codes[token.strip("?!.,")])]
    return []


# "could I have the same average for 2025", "the equivalent figure for July": the question
# before, with one part changed
SAME_AGAIN = re.compile(
    r"\b(?:the|that) (?:same|equivalent|corresponding) (?:\w+ )?(?:average|figure|total|number"
    r"|count|median|mean|breakdown|chart|measure|thing|amount|share|percentage)s?\b"
)


# "Can you break that down by region?", "what was it for the women only?": the answer
# before, with one part changed
_POINTS_BACK = re.compile(
    r"\b(?:break|split|divide|show|plot|chart|graph|redo|repeat)\s+(?:that|it|this|those|these|"
    r"them)\b|^(?:(?:and|so|then|ok|okay)\s+)?(?:what|how much|how many)\s+(?:was|is|were|are)\s+"
    r"(?:it|that|this|they)\b(?!\s+(?:in total|overall))"
)


# "how many of those were gold?", "show the Assists means as a bar chart": the answer before
_OF_THOSE = re.compile(
    r"^how many (?:\w+ )?(?:of|among) (?:those|these|them)\b"
    r"|^(?:show|plot|draw|display|chart|graph) (?:the )?(?:\w+ )?"
    r"(?:means|medians|totals|counts|averages|figures|values|results|shares)\b"
)


def is_follow_up(reading: Reading) -> bool:
    text = reading.text
    padded = text + " "
    if (
        any(padded.startswith(cue) for cue in FOLLOW_UP_CUES)
        or re.match(
            r"(and|what about|how about|same|now|then|ok|okay)\b"
            r"|(show|plot|draw|chart|make|put|turn) (that|this|it|those|these)\b",  # "… as a chart"
            text,
        )
        or SAME_AGAIN.search(text)
        or _POINTS_BACK.search(text)
        or _OF_THOSE.search(text)
        or re.search(r"\b(?:his|her|he|she|him)\b", text)  # "whats his avg price": the one before
    ):
        return True
    if _OWN_QUESTION.match(text) or reading.kind:
        return False  # a question of its own, not a fragment
    if reading.group and (reading.agg or re.search(r"\brate\b|%|\bshare\b", text)):
        return False  # "damage rate by hub" names what and how: a question of its own
    if len(reading.mentions) >= 2 and re.search(r"\bper\b|\bratio\b|\bas a\b", text):
        return False  # "complaints per delivery": a measure of its own
    has_measure = any(
        m.value is None and reading.parser.kind(m.column) == "number" for m in reading.mentions
    )
    return (
        not has_measure
        and len(text.split()) <= 6
        and bool(
            reading.mentions
            or reading.filters
            or has(text, [w for words in CHARTS.values() for w in words])
            or has(text, [w for words in AGGREGATIONS.values() for w in words])
        )
    )


def follow(base: Query, reading: Reading) -> Query:
    """The previous query with the parts this question names replaced."""
    parser = reading.parser
    query = base
    measure = next((c for c in reading.numeric if c not in reading.limited), None)
    flag = _flag(base, reading, measure)
    if flag is not None and measure is not None:  # "and for animation?" after "… action films"
        kept = tuple(f for f in base.filters if f.column != flag.column)
        query, measure = query.with_(filters=(*kept, Filter(measure, "==", flag.value))), None
    if measure and measure != base.measure:
        query = query.with_(measure=measure)
        if base.kind in ("count", "distinct"):
            query = query.with_(kind="aggregate", agg=reading.agg or parser.default_agg(measure))
    if base.kind == "group" and base.top and reading.agg in ("min", "max") and not measure:
        query = query.with_(ascending=reading.agg == "min")  # "and the least?" after the most
    elif reading.agg in ("sum", "mean", "median", "min", "max", "std") and query.kind in (
        "aggregate",
        "group",
        "trend",
        "compare",
        "change",
    ):
        query = query.with_(agg=reading.agg)
    over = period_said(reading.text) if parser.date else None
    if over and base.kind in ("aggregate", "count") and parser.date:  # "now yoy"
        year = next((f for f in base.filters if f.op == "year" and isinstance(f.value, int)), None)
        if over == "Y" and year is not None:  # after "… in 2024": 2023 to 2024
            return base.with_(
                kind="change",
                points=(int(year.value) - 1, int(year.value)),
                date=parser.date,
                filters=tuple(f for f in base.filters if f is not year),
                agg=base.agg if base.measure else "count",
            )
        latest = over_period(parser.table, parser.date, over, base)
        if latest is not None:
            return latest
    if base.kind == "steps" and reading.agg in ("mean", "median", "min", "max"):
        mode = reading.agg if reading.agg in ("mean", "median") else "top"  # "and the median?"
        query = query.with_(per=mode, top=1 if mode == "top" else None)
        query = query.with_(ascending=reading.agg == "min") if mode == "top" else query
    if reading.chart:
        query = query.with_(chart=reading.chart)
    if reading.top is not None:
        query = query.with_(top=reading.top, ascending=reading.ascending)
    if reading.freq and parser.date:
        query = query.with_(
            kind="trend",
            date=parser.date,
            freq=reading.freq,
            group=None,
            part=None,
            chart=reading.chart or ("line" if base.kind != "trend" else query.chart),
        )
    if reading.part:
        query = query.with_(kind="group", part=reading.part, group=None, date=parser.date)
    if reading.group and reading.group != base.group:
        query = query.with_(
            group=reading.group,
            part=None,
            kind="group" if base.kind in ("aggregate", "trend", "count") else query.kind,
            chart=reading.chart or (query.chart if base.kind == "group" else "bar"),
        )
    moved = shifted(base, reading.text, parser.year_column)  # "and the season before?"
    if moved is not None:
        query = query.with_(filters=moved)
    elif reading.filters:
        query = query.with_(filters=_replace(base, reading))
    if base.kind == "compare" and reading.filters:
        changed = {f.column for f in reading.filters}
        if base.group in changed:  # "what about C" after comparing A and B: C alone
            query = query.with_(kind="aggregate" if query.measure else "count", group=None)
    if reading.kind in ("distribution", "outliers", "missing", "overview"):
        query = query.with_(kind=reading.kind, chart=reading.chart or query.chart)
    return query


def _replace(base: Query, reading: Reading) -> tuple[Filter, ...]:
    """New filters replace the previous ones on the same column (a year replaces a year)."""
    timed = (
        "year",
        "month",
        "months",
        "month_in",
        "since",
        "before",
        "last",
        "weekday",
        "year_between",
        "dates",
    )
    before = {f.column for f in base.filters if f.op in timed}
    new = [  # "and in 2023?" after "leavers in 2022": the same date column's year
        Filter(next(iter(before)), f.op, f.value)
        if f.op in timed and len(before) == 1 and f.column not in before
        and not has(reading.text, (f.column.lower(),))
        else f
        for f in reading.filters
    ]  # fmt: skip
    replaced = {f.column for f in new}
    if any(f.op in timed for f in new):
        replaced |= {
            f.column
            for f in base.filters
            if f.op in ("year", "since", "before", "last", "year_between", "dates")
        }
    only = has(reading.text, ("only", "just"))
    kept = tuple(f for f in base.filters if f.column not in replaced)
    if only and not kept:
        return tuple(new)
    return kept + tuple(new)


def _flag(base: Query, reading: Reading, measure: str | None) -> Filter | None:
    """The previous question's 0/1 flag filter, when this one names another flag."""
    if measure is None or measure == base.measure:
        return None
    flags = {c.name for c in base.table.columns if c.flag}
    old = next((f for f in base.filters if f.column in flags and f.op == "=="), None)
    return old if old is not None and measure in flags else None
