"""A question's parts → one query: which computation (a figure, groups, a trend, a ratio,
a normalisation, a change between two years, the data's coverage …) answers it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.filters import changes, month_span_of, span_of
from services.llm.offline.matcher import has
from services.llm.offline.query import Query, Unanswerable
from services.llm.offline.schema import Column
from services.llm.offline.vocabulary import COUNT_ROWS

if TYPE_CHECKING:
    from services.llm.offline.parse import Reading

_COVERAGE = (
    "cover",
    "covers",
    "covered",
    "coverage",
    "date range",
    "time range",
    "time span",
    "time period",
    "span",
    "earliest",
    "latest",
    "first date",
    "last date",
    "start date",
    "end date",
    "which years",
    "what years",
    "range of dates",
    "range of years",
    "from when",
    "go back",
    "period",
)
_AVERAGE = ("average", "avg", "mean", "on average", "typical", "typically", "usually", "per")
_TIME_UNITS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
_COUNT_COLUMN = re.compile(r"^(count|counts|n|number|total|value|values|frequency|freq)$", re.I)
_LONG_KEY = re.compile(r"metric|variable|measure|indicator|kpi|series|type|key|item|name", re.I)


def shape(r: Reading) -> Query | Unanswerable:
    p = r.parser
    measure = r.numeric[0] if r.numeric else None
    agg = r.agg
    text = r.text
    query = Query(
        table=p.table,
        kind="aggregate",
        measure=measure,
        chart=r.chart,
        top=r.top,
        ascending=r.ascending,
        filters=tuple(r.filters),
        agg=agg or (p.default_agg(measure) if measure else "count"),
        gap=r.gap,
    )
    if r.kind in ("overview", "missing"):
        return query.with_(kind=r.kind, measure=None)
    counting = agg == "count" and r.gap is not None and r.gap.name in r.limited
    if r.gap is not None and not counting and not [c for c in r.numeric if c not in r.limited]:
        measure = r.gap.name  # "avg days to close", "hours from opened to resolved"
        gap_agg = agg if agg in ("sum", "mean", "median", "min", "max", "std") else "mean"
        query = query.with_(measure=measure, agg=gap_agg, gap=r.gap)
        r.numeric = [measure]
        agg = r.agg = gap_agg
    rated = _rate(r)
    if rated is not None:  # "conversion rate", "% of sessions that bounced"
        query = query.with_(
            measure=rated,
            agg="rate",
            filters=tuple(f for f in query.filters if f.column != rated),
        )
        r.numeric = [rated]
        r.agg = "rate"
    if _asks_coverage(r) and p.time_column():
        unit = _UNIT_COUNT.search(r.text)
        freq = {"days": "D", "weeks": "W", "months": "M", "quarters": "Q", "years": "Y"}
        return query.with_(
            kind="coverage",
            measure=None,
            date=p.date,
            group=p.year_column,
            freq=freq[unit.group(1)] if unit else None,
        )
    if measure is None:
        long = _long_measure(r)
        if long is not None:
            measure = long
            query = query.with_(measure=long, agg=agg if agg not in (None, "count") else "sum")
    if (
        agg == "count"
        and measure
        and re.search(r"\b(how many|number of|no of|count of)\b", text)
        and (_countable(measure) or measure != (r.numeric[0] if r.numeric else None))
    ):
        query = query.with_(agg="sum")  # "how many units were sold" adds the units up
    elif agg == "count" and measure:
        query = query.with_(agg=p.default_agg(measure))
        if re.search(r"\b(how many|number of|count)\b", text) and not _countable(measure):
            query = query.with_(measure=None, agg="count")
            measure = None
    change = _change(r, query)
    if change is not None:
        return change
    ratio = _ratio(r, query) if r.kind is None else None
    if ratio is not None:
        return ratio
    per = _per(r, query)
    if per is not None:
        return per
    return _classic(r, query)


_UNIT_COUNT = re.compile(
    r"\b(?:how many|number of)\s+(?:distinct\s+|different\s+|unique\s+|calendar\s+)?"
    r"(days|weeks|months|quarters|years)\b"
)


def _asks_coverage(r: Reading) -> bool:
    if r.numeric or r.group and r.group != r.parser.year_column:
        return False
    if _UNIT_COUNT.search(r.text) or re.search(
        r"\b(what|which) years?\b.*\b(data|from|is)\b", r.text
    ):
        return not r.filters
    return bool(has(r.text, _COVERAGE)) and not r.filters


def _rate(r: Reading) -> str | None:
    """A yes/no column asked as a rate or share: its share of true values, in percent."""
    if not re.search(r"\brate\b|%|\bpercent|\bpct\b|\bshare\b|\bproportion\b|how often", r.text):
        return None
    flags = [
        m.column
        for m in r.columns
        if r.parser.kind(m.column) == "bool" or _yes_no(r.parser.table.column(m.column))
    ]
    return flags[0] if flags else None


def _yes_no(column: Column | None) -> bool:
    values = {v.lower() for v in column.values} if column else set()
    return bool(values) and values <= {"yes", "no", "true", "false", "y", "n", "0", "1"}


def _long_measure(r: Reading) -> str | None:
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
    return None


def _countable(column: str) -> bool:
    """A column that counts things, so "how many"/"number of" it means its sum."""
    return bool(
        re.search(
            r"unit|quantity|qty|count|items|pieces|pop|people|visits|orders|number|num|"
            r"passengers|tickets|sessions|clicks|views|deaths|cases|medals|sold|jobs|"
            r"employees|staff|headcount|students|votes|total",
            column,
            re.I,
        )
    ) or bool(_COUNT_COLUMN.match(column.strip()))


def _change(r: Reading, query: Query) -> Query | None:
    """ "% change in X from 2010 to 2020", "how much did X grow between 2019 and 2021"."""
    span = span_of(r.text)
    months = month_span_of(r.text)
    if query.measure and query.agg not in ("sum", "mean", "median", "min", "max", "std", "rate"):
        query = query.with_(agg=r.parser.default_agg(query.measure))
    if months and changes(r.text) and r.parser.date:  # "from january to june"
        return query.with_(
            kind="change",
            points=months,
            part="month",
            date=r.parser.date,
            agg=query.agg if query.measure else "count",
        )
    if span is None or not changes(r.text) or r.parser.time_column() is None:
        return None
    if query.measure and query.agg not in ("sum", "mean", "median", "min", "max", "std", "rate"):
        query = query.with_(agg=r.parser.default_agg(query.measure))
    first, last = span
    low, high = r.parser.year_range()
    if low is not None and high is not None and not (low <= first <= high and low <= last <= high):
        return None  # the filters have said so already
    return query.with_(
        kind="change",
        points=(first, last),
        date=r.parser.date,
        agg=query.agg if query.measure else "count",
        chart=r.chart,
    )


def _ratio(r: Reading, query: Query) -> Query | None:
    """ "A per B" with B a number column, "A as a percentage of B", "ratio of A to B"."""
    keyed = _keyed_ratio(r, query)
    if keyed is not None:
        return keyed
    if query.measure is None:
        return None
    numbers = list(dict.fromkeys(r.numeric))
    percent = re.search(
        r"\bas (?:a )?(?:%|percent|percentage|pct|share|proportion|fraction) of\b", r.text
    )
    ratio = re.search(r"\bratio\b|\bdivided by\b|/", r.text)
    per = re.search(r"\bper\s+(\d+)?\s*", r.text)
    if len(numbers) < 2 or not (percent or ratio or per):
        return None
    first, second = numbers[0], numbers[1]
    if per and not (percent or ratio):
        after = len(r.text[: per.end()].split())
        following = [m for m in r.columns if m.start >= after - 1 and m.column in numbers]
        if not following:
            return None
        second = following[0].column
        first = next(n for n in numbers if n != second)
    scale = 100.0 if percent else float(per.group(1)) if per and per.group(1) else 1.0
    rowwise = ratio and has(r.text, ("average", "avg", "mean", "typical"))  # avg of A/B per row
    grouped = r.group if r.group and r.group not in numbers else None
    return query.with_(
        kind="ratio",
        measure=first,
        denominator=second,
        scale=scale,
        group=grouped,
        agg="mean" if rowwise else "sum",
        chart=r.chart or ("bar" if grouped else None),
    )


def _keyed_ratio(r: Reading, query: Query) -> Query | None:
    """Long format: "bugs per deploy" where both are values of one key column."""
    percent = re.search(r"\bas (?:a )?(?:%|percent|percentage|pct|share) of\b", r.text)
    if not (percent or re.search(r"\bper\b|\bratio\b|\bdivided by\b", r.text)):
        return None
    long = _long_measure(r)
    pairs = [m for m in r.values if m.value]
    if long is None or len(pairs) < 2:
        return None
    first, second = pairs[0], next((m for m in pairs[1:] if m.column == pairs[0].column), None)
    if second is None or first.value == second.value:
        return None
    rest = tuple(f for f in query.filters if f.column != first.column)
    return query.with_(
        kind="ratio",
        measure=long,
        group=first.column,
        compare=(first.value or "", second.value or ""),
        filters=rest,
        scale=100.0 if percent else 1.0,
        denominator=None,
        chart=None,
    )


def _per(r: Reading, query: Query) -> Query | None:
    """Normalisation: "orders per customer", "avg qty per basket", "avg rows per month"."""
    p = r.parser
    averaged = has(r.text, ("average", "avg", "mean", "on average", "typical", "typically"))
    adjective = re.search(
        r"\b(?:avg|average|mean|typical)\s+(daily|weekly|monthly|quarterly|yearly|annual)\b",
        r.text,
    )
    match = re.search(r"\b(?:per|each|a|every)\s+(\w+)(?:\s+(\w+))?", r.text)
    if match is None and adjective is None:
        return None
    word = match.group(1) if match else ""
    unit = _TIME_UNITS.get(word.rstrip("s")) or ("D" if word in ("daily",) else None)
    covered = {i for m in r.columns for i in range(m.start, m.end)}
    if adjective is not None and len(r.text[: adjective.start(1)].split()) in covered:
        adjective = None
    if match is None and adjective is None:
        return None
    if adjective is not None:
        unit = {"daily": "D", "weekly": "W", "monthly": "M", "quarterly": "Q"}.get(
            adjective.group(1), "Y"
        )
    if unit and averaged and p.date and r.group in (None, p.date):
        counted = has(r.text, ("how many", "number of")) and not (
            query.measure and _countable(query.measure)
        )
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
    if named is None:
        return None
    totalled = has(r.text, ("total", "sum", "how many", "number of", "count"))
    if not p.id_like(named.column) and averaged and totalled and r.top is None:
        counted = has(r.text, ("how many", "number of", "count")) and not (
            query.measure and _countable(query.measure)
        )
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
        return query.with_(
            kind="per",
            per=named.column,
            agg="sum" if query.measure else "count",
            group=r.group if r.group != named.column else None,
            chart=None,
        )
    return None


def _classic(r: Reading, query: Query) -> Query | Unanswerable:
    p = r.parser
    measure, agg, text = query.measure, r.agg, r.text
    if has(text, COUNT_ROWS) and measure is None and r.group is None and not r.part:
        return query.with_(kind="count", agg="count")
    if not r.mentions and r.kind is None and not r.freq and not r.filters and not r.part:
        return Unanswerable(
            f"I could not relate the question to the columns of `{p.table.filename}`", p.table
        )
    if r.kind == "outliers":
        target = measure or p.first_numeric()
        return query.with_(kind="outliers", measure=target, chart=query.chart or "box")
    if r.kind == "correlation":
        pair = list(dict.fromkeys(r.numeric))
        if len(pair) >= 2 and not has(text, ("matrix", "all", "every", "heatmap")):
            return query.with_(
                kind="correlation",
                pair=(pair[0], pair[1]),
                measure=None,
                chart=query.chart or "scatter",
            )
        return query.with_(kind="matrix", measure=None, chart=query.chart or "heatmap")
    if r.kind == "distribution" or query.chart in ("histogram", "box"):
        target = measure or p.first_numeric()
        if target is None:
            return Unanswerable(
                f"`{p.table.filename}` has no numeric column to show a distribution of", p.table
            )
        chart = query.chart if query.chart in ("histogram", "box") else "histogram"
        return query.with_(kind="distribution", measure=target, chart=chart, group=r.group)
    if query.chart == "scatter" and len(r.numeric) >= 2:
        return query.with_(kind="correlation", pair=(r.numeric[0], r.numeric[1]), measure=None)
    compared = _compare(r, query)
    if compared is not None:
        return compared
    filtered = {f.column for f in query.filters}
    counted = [m for m in r.columns if m.column != r.group and m.column not in filtered]
    if agg == "nunique" or (
        agg == "count"
        and measure is None
        and r.group is None
        and counted
        and (p.kind(counted[0].column) != "number" or p.id_like(counted[0].column))
        and not has(text, ("how many rows", "how many records"))
    ):
        target = counted[0].column if counted else None
        if target is None:
            return Unanswerable("I could not tell which column's distinct values to count", p.table)
        return query.with_(
            kind="distinct", measure=target, group=r.group, chart=query.chart if r.group else None
        )
    if agg == "share":
        group = r.group
        if group is None and not query.filters:
            group = p.first_category()
        return query.with_(
            kind="share",
            measure=measure,
            group=group,
            chart=query.chart or ("pie" if group else None),
        )
    if r.part:
        if measure is None and agg in ("max", "min"):
            query = query.with_(top=query.top or 1, ascending=agg == "min")
        elif agg in ("max", "min") and measure is not None:
            query = query.with_(
                top=query.top or 1,
                ascending=agg == "min",
                agg=r.measure_agg or p.default_agg(measure),
            )
        return query.with_(
            kind="group",
            part=r.part,
            date=p.date,
            agg=query.agg if measure else "count",
            chart=query.chart or "bar",
        )
    time_like = (
        r.freq
        or (r.group is not None and r.group == p.year_column)
        or has(
            text,
            (
                "over time",
                "trend",
                "evolve",
                "evolution",
                "change over",
                "timeline",
                "time series",
                "over the years",
                "by date",
            ),
        )
    )
    if time_like and (p.date or p.year_column):
        if p.date and (r.freq or r.group in (None, p.date)):
            split = r.group if r.group not in (None, p.date, p.year_column) else None
            return query.with_(
                kind="trend",
                date=p.date,
                freq=r.freq or p.default_freq(),
                group=split,  # "monthly revenue by region": one line per region
                measure=measure,
                chart=query.chart or "line",
                agg=query.agg if measure else "count",
            )
        return query.with_(
            kind="group",
            group=p.year_column,
            measure=measure,
            chart=query.chart or "line",
            agg=query.agg if measure else "count",
        )
    if r.group is not None:
        if agg in ("max", "min"):
            query = query.with_(
                top=query.top or 1,
                ascending=agg == "min",
                agg=(r.measure_agg or p.default_agg(measure)) if measure else "count",
            )
        return query.with_(kind="group", group=r.group, group2=r.group2, chart=query.chart or "bar")
    if query.top is not None and measure is not None:
        label = _label_column(r)
        if label is not None:
            return query.with_(
                kind="group",
                group=label,
                agg="sum" if p.id_like(label) else query.agg,
                chart=query.chart or "bar",
            )
    if measure is None:
        if query.filters or agg == "count" or has(text, ("how many", "number of")):
            return query.with_(kind="count", agg="count")
        if query.chart is not None and r.columns:
            return query.with_(kind="group", group=r.columns[0].column, agg="count")
        return Unanswerable("I could not tell which number to compute", p.table)
    return query


def _label_column(r: Reading) -> str | None:
    """ "3 heaviest cars": the rows are named by the table's name column, if it has one."""
    p = r.parser
    named = [
        c
        for c in p.table.columns
        if c.kind in ("text", "category") and re.search(r"name|title|label", c.name, re.I)
    ]
    if named:
        return named[0].name
    return p.first_category()


def _compare(r: Reading, query: Query) -> Query | None:
    periods = next((f for f in query.filters if f.op in ("years", "decades")), None)
    if periods is not None:  # "higher in 1965 or in 1995", "the 70s or the 90s"
        return query.with_(
            kind="compare",
            part="year" if periods.op == "years" else "decade",
            date=r.parser.date,
            group=None if r.parser.date else r.parser.year_column,
            top=None,
            agg=query.agg if query.measure else "count",
            chart=query.chart or "bar",
        )
    by_column: dict[str, list[str]] = {}
    for m in r.values:
        by_column.setdefault(m.column, [])
        if m.value not in by_column[m.column]:
            by_column[m.column].append(m.value or "")
    several = [c for c, v in by_column.items() if len(v) >= 2]
    values = [m for m in r.values if m.column in several[:1]]
    compare = list(dict.fromkeys(m.value for m in values if m.value is not None))
    columns = {m.column for m in values}
    asks = has(r.text, ("compare", "vs", "versus", "compared", "difference")) or re.search(
        r"\bor\b", r.text
    )
    if not (asks and len(compare) >= 2 and len(columns) == 1):
        return None
    column = next(iter(columns))
    rest = tuple(f for f in query.filters if f.column != column)
    return query.with_(
        kind="compare",
        group=column,
        compare=tuple(compare),
        filters=rest,
        top=None,
        agg=query.agg if query.measure else "count",
        chart=query.chart or "bar",
    )
