"""Derived readings of a question: a yes/no column as a rate, the value column of a
long-format table, the change between two periods, and normalisation per key or per period.
Ratios of two columns are in `ratios`, the data's coverage in `coverage`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.grouping import few_values
from services.llm.offline.matcher import Mention, has, singular, words_of
from services.llm.offline.monthranges import month_span_of
from services.llm.offline.overperiod import over_period, period_said
from services.llm.offline.query import VALUE_COLUMN, Filter, Query, Unanswerable
from services.llm.offline.rowkinds import key_named, names_the_file
from services.llm.offline.spans import changes, period_span_of, span_of
from services.llm.offline.units import per_unit
from services.llm.offline.vocabulary import AGGREGATIONS, MONTHS
from services.llm.offline.words import row_nouns

if TYPE_CHECKING:
    from services.llm.offline.parse import Reading


TIME_UNITS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}


_COUNT_COLUMN = re.compile(r"^(count|counts|n|number|total|value|values|frequency|freq)$", re.I)


_LONG_KEY = re.compile(
    r"metric|variable|measure|indicator|kpi|series|type|key|item|name|test|parameter|analyte|code",
    re.I,
)


def long_measure(r: Reading) -> str | None:
    """A long-format table: the question names a value of a key column ("returns", "silver
    medals"), and the numbers are in one value column."""
    p = r.parser
    measures = p.measures()
    if not r.values or not measures:
        return None
    counted = [c for c in measures if _COUNT_COLUMN.match(c.name.strip())]
    keyed = any(_LONG_KEY.search(m.column) for m in r.values)
    if len(counted) == 1:
        return counted[0].name
    if keyed and len(measures) == 1:
        return measures[0].name
    valued = [c for c in measures if VALUE_COLUMN.search(c.name)]
    if keyed and len(valued) == 1 and r.agg not in (None, "count"):
        return valued[0].name  # "median CRP": `result_value` where `test_code` is CRP
    return None


def countable(column: str) -> bool:
    """A column that counts things, so "how many"/"number of" it means its sum."""
    return bool(
        re.search(
            r"unit|quantity|qty|count|items|pieces|pop|people|visits|orders|number|num|"
            r"passengers|tickets|sessions|clicks|views|deaths|cases|medals|sold|jobs|"
            r"employees|staff|headcount|students|votes|total|resident|inhabitant",
            column,
            re.I,
        )
    ) or bool(_COUNT_COLUMN.match(column.strip()))


COUNTED = re.compile(r"\b(?:how many|number of|count|#)\b")  # rows counted, said so


def _in_time_order(text: str, points: tuple) -> tuple:
    """ "dec 2024 vs nov 2024 % chg", "growth 2024 vs 2023": a change runs from the earlier
    point to the later one, unless the question says "from" one "to" the other."""
    return points if re.search(r"\bfrom\b", text) else tuple(sorted(points))


def change_query(r: Reading, query: Query) -> Query | Unanswerable | None:
    """ "% change in X from 2010 to 2020", "how much did X grow between 2019 and 2021"."""
    span = span_of(r.text)
    months = month_span_of(r.text)
    if query.measure and query.agg not in ("sum", "mean", "median", "min", "max", "std", "rate"):
        said = "median" if has(r.text, ("median",)) else "mean" if has(r.text, _MEAN) else None
        query = query.with_(agg=said or r.parser.default_agg(query.measure))  # "by what %"
    periods = period_span_of(r.text)
    if any(f.op == "dates" for f in query.filters):
        return None  # "share (%) of water supplied from apr 2024 to mar 2025": rows of a span
    if periods and changes(r.text) and r.parser.date:  # "from oct 2023 to jan 2024"
        timed = ("year", "month", "quarter", "year_between", "since", "before", "last", "years")
        return query.with_(
            kind="change",
            points=_in_time_order(r.text, periods[1:]),
            part="period",
            freq=periods[0],
            date=r.parser.date,
            agg=query.agg if query.measure else "count",
            filters=tuple(
                f for f in query.filters if not (f.column == r.parser.date and f.op in timed)
            ),
        )
    if months and changes(r.text) and r.parser.date:  # "from january to june"
        return query.with_(
            kind="change",
            points=months,
            part="month",
            date=r.parser.date,
            agg=query.agg if query.measure else "count",
        )
    over = period_said(r.text)
    named = query.measure or COUNTED.search(r.text) or set(r.tokens) & row_nouns(r.parser.table)
    # "MoM change dec vs nov": those months; "vs last month for March 2025" ends in March
    dated = sum(w in MONTHS for w in r.tokens) > 1
    if span is None and over and r.parser.date and not periods and named and not dated:
        return over_period(r.parser.table, r.parser.date, over, query)
    if span is None or not changes(r.text) or r.parser.time_column() is None:
        return None
    first, last = _in_time_order(r.text, span)
    low, high = r.parser.year_range()
    if low is not None and high is not None and not (low <= first <= high and low <= last <= high):
        return Unanswerable(  # a change needs both years in the data
            f"the data has no rows for one of the two years: it covers {low}–{high}",
            r.parser.table,
        )
    return query.with_(
        kind="change",
        points=(first, last),
        date=r.parser.date,
        agg=query.agg if query.measure else "count",
        chart=r.chart,
    )


def _counts_rows(r: Reading, query: Query, words: tuple[str, ...]) -> bool:
    """ "how many per month" counts rows; "number of girls per year" adds up `Females`, a
    column that counts (said right after "number of", or named so)."""
    if not has(r.text, words) or query.measure and countable(query.measure):
        return False
    return not named_as_counted(r, query.measure)


def named_as_counted(r: Reading, measure: str | None) -> bool:
    """Is the number column named right after "how many"/"number of" ("how many boys" of
    `Males`)? Then it counts things, and its sum is the answer."""
    named = next((m for m in r.columns if m.column == measure), None)
    if named is None or any(
        names_the_file(t, r.parser.table) for t in r.tokens[named.start : named.end]
    ):
        return False  # "number of sales" of `sales.csv`: the rows
    before = " ".join(r.tokens[max(0, named.start - 2) : named.start])
    return before in ("number of", "how many", "count of")


def entities_counted(r: Reading, measure: str) -> bool:
    """ "how many pigs" on `Pig`, "how many states" on `state` kept as codes: a column named
    as one thing, asked for in the plural right after "how many", numbers the things, and
    the answer is how many different ones there are (never their numbers added up)."""
    named = next((m for m in r.columns if m.column == measure), None)
    column = r.parser.table.column(measure)
    if named is None or column is None or named.end - named.start != 1 or countable(measure):
        return False
    said, own = r.tokens[named.start], words_of(measure)
    if own in ("year", "quarter", "month", "week", "day", "hour", "period"):
        return False  # "how many quarters of data": the periods covered, not their numbers
    before = " ".join(r.tokens[max(0, named.start - 2) : named.start])
    return (
        before in ("number of", "how many", "count of")
        and said != own
        and singular(said) == own
        and 0 < len(column.values) < r.parser.table.rows  # repeated: numbers, not amounts
    )


_MEAN = ("mean", "average", "avg")
_STEPS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}
_PHRASE_ENDS = {"", "on", "in", "for", "overall", "and", "across", "over", "of", "at", "by"}


def per_query(r: Reading, query: Query) -> Query | Unanswerable | None:
    """Normalisation: "orders per customer", "avg qty per basket", "avg rows per month"."""
    p = r.parser
    averaged = has(r.text, ("average", "avg", "mean", "on average", "typical", "typically"))
    adjective = re.search(
        r"\b(?:avg|average|mean|typical)\s+(daily|weekly|monthly|quarterly|yearly|annual)\b",
        r.text,
    )
    if adjective is None and re.search(r"\bon (?:avg|average)\b", r.text):  # "weekly … on avg"
        adjective = re.search(r"\b(daily|weekly|monthly|quarterly|yearly|annual)\b", r.text)
    match = re.search(  # "a" only before a unit of time ("3 times a week", not "a mean area")
        r"\b(?:per|(?<!across )(?<!over )(?:each|every)"  # "across every state" pools them
        r"|a(?=\s+(?:day|week|month|quarter|year|hour)\b))\s+"
        # "per logged entry": a participle before the unit only describes it
        r"(?:(?!\w+(?:speed|need|feed|seed|bed|red)\b)[a-z]{3,}ed\s+(?=[a-z]))?"
        r"(\w+)(?:\s+(\w+))?",
        r.text,
    )
    if match is None and adjective is None:
        return None
    word = match.group(1) if match else ""
    unit = TIME_UNITS.get(word.rstrip("s")) or ("D" if word in ("daily",) else None)
    covered = {i for m in r.columns for i in range(m.start, m.end)}
    if adjective is not None and len(r.text[: adjective.start(1)].split()) in covered:
        adjective = None
    if match is None and adjective is None:
        return None
    if adjective is not None:
        unit = {"daily": "D", "weekly": "W", "monthly": "M", "quarterly": "Q"}.get(
            adjective.group(1), "Y"
        )
    level = query.measure is not None and p.default_agg(query.measure) == "mean"
    dated = p.table.column(p.date) if p.date else None
    one_a_step = dated is not None and dated.step == _STEPS.get(unit or "")
    if adjective is not None and one_a_step and dated and dated.distinct == p.table.rows:
        by_time = re.search(
            r"\b(?:which|what|each|every|by|per)\s+(?:\w+\s+)?(?:hour|day|week|month|quarter|year)"
            r"\b",
            r.text,
        )
        if averaged and query.measure and r.group is None and not by_time:  # "mean daily max"
            return query.with_(kind="aggregate", agg="mean", freq=None, chart=None)  # a row a day
        return None
    if level and "each" in r.text.split():
        return None  # "avg temperature for each month": a level's average by month, no total
    if (
        "each" in r.text.split()
        and not has(r.text, ("total", "sum"))
        and named_as_counted(r, query.measure)
    ):
        return None  # "average number of occupied spaces on each level": its mean by level
    if level and r.chart and unit:
        return None  # "a bar chart of the average price per year": a level's average by year
    if unit and averaged and p.date and r.group in (None, p.date):
        counted = _counts_rows(r, query, ("how many", "number of"))
        return query.with_(
            kind="per",
            per="@" + unit,
            date=p.date,
            measure=None if counted else query.measure,
            agg="sum" if query.measure and not counted else "count",
            chart=None,
        )
    if match is None:
        return None
    position = len(r.text[: match.start(1)].split())
    named = next((m for m in r.columns if m.start == position), None)
    if named is None:  # "revenue per order" on order lines: per `order_id`, the rows' key
        key = key_named(p.table, {singular(word)})
        named = Mention(position, position + 1, key) if key is not None else None
    if named is None and _each_row(word, r, query):
        return query.with_(agg="mean")  # "net fee per case" of `funeral_cases.csv`: a case's
    if named is None:  # average, each row being one case
        return None
    totalled = has(r.text, ("total", "sum", "how many", "number of", "count"))
    column = p.table.column(named.column)
    after = r.tokens[named.end] if named.end < len(r.tokens) else ""
    if query.measure and per_unit(query.measure) and query.measure != named.column:
        return None  # "price per litre" of `unitPriceEur`: the column is that already
    if (
        column is not None
        and column.kind == "number"
        and not (p.id_like(named.column) or few_values(p, named.column))
        and named.column != p.year_column
        and not TIME_UNITS.get(word.rstrip("s"))
        and (after in _PHRASE_ENDS or not after.isalpha())  # "per repaired stop": the stops
    ):
        return Unanswerable(  # "people per household" of `HHs_Served`: no rows per a measure
            f"“per {match.group(1)}” names `{named.column}`, a number measured on each row, "
            "not something the rows belong to; to divide one total by another, name both "
            f"(e.g. “total X / total {named.column}”)",
            p.table,
        )
    if not p.id_like(named.column) and averaged and totalled and r.top is None:
        counted = _counts_rows(r, query, ("how many", "number of", "count"))
        return query.with_(  # "average total X per firm", "on average how many per location"
            kind="per",
            per=named.column,
            measure=None if counted else query.measure,
            agg="count" if counted or not query.measure else "sum",
            group=None,
            chart=None,
        )
    if p.id_like(named.column) and (averaged or match.group(0).startswith("per")):
        if r.top is not None or has(r.text, ("which", "top", "bottom")):
            return None  # "top 3 customers by spend" ranks them; the group budget applies
        query = query.with_(
            kind="per",
            per=named.column,
            agg="sum" if query.measure else "count",
            group=r.group if r.group != named.column else None,
            chart=(query.chart or "bar") if r.group not in (None, named.column) else None,
        )
        return per_compared(r, query)
    return None


_ROWS = {"row", "record", "entry", "line"}


def _each_row(word: str, r: Reading, query: Query) -> bool:
    """Is "per X" said of the rows themselves (the file's name for them, or "per row")?"""
    said = singular(word)
    return (
        query.kind == "aggregate"
        and r.group is None
        and r.chart is None
        and not _COMPARED.search(r.text)  # "Boeing versus Embraer - seats per plane"
        and query.measure is not None
        and query.agg in ("sum", "mean")
        and (said in _ROWS or names_the_file(word, r.parser.table))
    )


def per_compared(r: Reading, query: Query) -> Query:
    """ "avg order value: paypal vs card": the values compared are the groups, each kept."""
    said: dict[str, list[str]] = {}
    for m in r.values:
        if m.value is not None and m.value not in said.setdefault(m.column, []):
            said[m.column].append(m.value)
    several = [(c, v) for c, v in said.items() if len(v) >= 2]
    if query.group is not None or len(several) != 1 or not _COMPARED.search(r.text):
        return query
    column, values = several[0]
    kept = tuple(f for f in query.filters if f.column != column)
    compared = Filter(column, "isin", tuple(values))
    return query.with_(group=column, filters=(*kept, compared), chart=query.chart or "bar")


_COMPARED = re.compile(r"\b(?:vs|versus|or|compare|compared)\b")


_ENDS_MEASURE = {"for", "of", "among", "where", "with", "in", "across", "by", "when", "at", "on"}


def unnamed_words_before(r: Reading) -> bool:
    """Does the question say its measure in words that name no column, between the
    aggregation and the rows it keeps ("average drug spend for those aged over 80")? Then
    the column only limited (`age`) is not what it averages."""
    said = {w for w in AGGREGATIONS.get(r.agg or "", ()) if " " not in w}
    start = next((i for i, t in enumerate(r.tokens) if t in said), None)
    if start is None:
        return False
    end = next((i for i in range(start + 1, len(r.tokens)) if r.tokens[i] in _ENDS_MEASURE), None)
    if end is None or end == start + 1:
        return False
    named = any(start < m.start < end for m in r.mentions)
    return not named and any(
        t.isalpha() and t not in ("the", "a", "an") for t in r.tokens[start + 1 : end]
    )
