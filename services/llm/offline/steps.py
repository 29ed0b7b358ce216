"""Changes from each period to the next: "the biggest quarter-on-quarter rise", "which three
months grew most on the month before", "on average, how much does the population rise each
quarter", "the smallest yearly increase", and the whole change "from the first reading to the
last". The measure is put on the periods (a series' own rows as they are; else summed per
period for flows, averaged for levels), each period's change from the one before is taken,
and the question says which of those changes it wants: the largest, the k largest, their mean
or median, or all of them."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

from services.llm.offline.cells import FREQ, emit, label
from services.llm.offline.figures import number
from services.llm.offline.query import Query
from services.llm.offline.schema import Table
from services.llm.offline.spans import period_span_of, span_of
from services.llm.offline.usual import NATIVE

if TYPE_CHECKING:
    from services.llm.offline.parse import Reading

_PERIODS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
_ADVERBS = {"daily": "D", "weekly": "W", "monthly": "M", "quarterly": "Q", "yearly": "Y",
            "annual": "Y"}  # fmt: skip
_RISES = r"rises?|increases?|growth|grew|grow|grows|gains?|jumps?|climbs?|added|rose|changes?"
_FALLS = r"drops?|falls?|fell|declines?|decreases?|dips?|losses|lost"
_STEP = rf"(?:{_RISES}|{_FALLS})"
_ON = re.compile(
    r"\b(day|week|month|quarter|year)[\s-]+(?:on|over|to)[\s-]+\1\b|\b(qoq|mom|yoy|wow)\b"
)
_SHORT = {"qoq": "Q", "mom": "M", "yoy": "Y", "wow": "W"}
_EACH = re.compile(
    rf"\b{_STEP}\b(?:\s+\w+){{0,4}}?\s+(?:each|every|per|a|from one|in a single|in one|"
    r"between consecutive|from (?:the|one) \w+ to the next)\s+(day|week|month|quarter|year)s?\b"
)
_ADVERBIAL = re.compile(
    rf"\b(daily|weekly|monthly|quarterly|yearly|annual|single[\s-](?:day|week|month|quarter|year)"
    rf"(?:'s)?)\s+(?:\w+\s+)?{_STEP}\b"
)
_SPAN = re.compile(
    r"\bfrom (?:the )?(?:very )?(?:first|earliest|start|beginning)\b.*\bto (?:the )?(?:very )?"
    r"(?:last|latest|end|final|most recent)\b|\bfrom start to finish\b|\bfirst to last\b"
)
_MOST = re.compile(
    r"\b(biggest|largest|highest|strongest|greatest|sharpest|steepest|most|fastest|best|"
    r"smallest|lowest|weakest|least|slowest|worst|mildest)\b"
)
_LOW = {"smallest", "lowest", "weakest", "least", "slowest", "worst", "mildest"}
_MEAN = re.compile(r"\b(average|avg|mean|on average|typical|typically|median)\b")
_PERCENT = re.compile(r"%|\bper ?cent\b|\bpercentage\b|\bpct\b|\bgrowth rate\b|\brate of growth\b")
_AFTER = ("month", "months", "month_in", "quarter", "weekday")  # kept on the changes: "in the
# december quarters alone" are the changes into those quarters, not december to december


def steps_query(r: Reading, query: Query, measure: str | None) -> Query | None:
    """The query for changes from period to period the question asks for, or None."""
    p = r.parser
    text = r.text
    time = p.date or p.year_column
    if time is None:
        return None
    span = _SPAN.search(text) and re.search(rf"\b{_STEP}\b", text)
    freq = _freq(text)
    if not span and freq is None or span_of(text) or period_span_of(text):
        return None  # "weekly price rise from 2016 to 2017": the change between the two
    percent = bool(_PERCENT.search(text))
    most = _MOST.search(text)
    if span:
        mode = "span"
    elif r.top or most:
        mode = "top"
    elif _MEAN.search(text):
        mode = "median" if re.search(r"\bmedian\b", text) else "mean"
    elif _ON.search(text) and not re.search(r"\b(each|every|all|list)\b", text):
        return None  # "yoy growth": the latest period against the one before (overperiod)
    else:
        mode = "list"
    falls = re.search(rf"\b(?:{_FALLS})\b", text) and not re.search(rf"\b(?:{_RISES})\b", text)
    low = bool(most and most.group(1) in _LOW)
    ascending = low != bool(falls)  # "the biggest drop": the most negative change
    if mode == "top" and falls and low:
        return None  # "the smallest drop" is unsure: the least negative, or the nearest to 0
    filters = tuple(
        f for f in query.filters if not (f.op == "latest" and f.value in ("date", "first"))
    )
    agg = query.agg if query.agg in ("sum", "mean", "median") else None
    return query.with_(
        kind="steps",
        measure=measure,
        agg=agg or (p.default_agg(measure) if measure else "count"),
        date=p.date,
        group=None if p.date else p.year_column,
        freq=freq or _spacing(p.table, p.date) or "Y",
        filters=filters,
        top=(r.top or 1) if mode == "top" else None,
        ascending=ascending,
        scale=100.0 if percent else 1.0,
        per=mode,
        chart=None,
    )


def _freq(text: str) -> str | None:
    on = _ON.search(text)
    if on:
        return _PERIODS.get(on.group(1) or "") or _SHORT[on.group(2)]
    each = _EACH.search(text)
    if each:
        return _PERIODS[each.group(1)]
    adverb = _ADVERBIAL.search(text)
    if adverb:
        word = adverb.group(1).replace("-", " ").removesuffix("'s").split()[-1]
        return _ADVERBS.get(word) or _PERIODS.get(word)
    return None


def steps_cells(query: Query, labelled: list[str]) -> list[str]:
    """`labelled`: the line that writes a series' own dates as the file does."""
    measure, date, key = query.measure, query.date, query.group
    picked = f"[{measure!r}].{query.agg}()" if measure and query.agg != "count" else ".size()"
    if key:  # a column of years
        lines = [f"s = df.groupby({key!r}){picked}.sort_index()"]
    elif date and not _resampled(query):
        lines = [
            f"s = df.dropna(subset=[{date!r}]).sort_values({date!r}).set_index({date!r})"
            + (f"[{measure!r}]" if measure else ".assign(rows=1)['rows']"),
        ]
    else:
        rule = FREQ[query.freq or "M"][0]
        every = f"[{measure!r}]" if measure else ".assign(rows=1)['rows']"
        total = ".sum(min_count=1)" if query.agg in ("sum", "count") else f".{query.agg}()"
        lines = [
            f"s = df.set_index({date!r}){every}.resample({rule!r}){total}.dropna()",
            f"s.index = s.index.to_period({query.freq or 'M'!r})",
        ]
    percent = query.scale == 100
    lines.append(
        "changes = ((s / s.shift(1) - 1) * 100)" if percent else "changes = s - s.shift(1)"
    )
    lines.append("changes = changes.iloc[1:].dropna()  # the first period has none before it")
    lines += _after(query)
    mode = query.per
    if mode == "span":
        value = "(s.iloc[-1] / s.iloc[0] - 1) * 100" if percent else "s.iloc[-1] - s.iloc[0]"
        return lines + [
            f"value = {value}",
            "print(s.index[0], s.iloc[0], '->', s.index[-1], s.iloc[-1], ':', value)",
            *emit(
                "steps", "value",
                '"first": str(s.index[0])[:10], "last": str(s.index[-1])[:10], '
                '"before": s.iloc[0], "after": s.iloc[-1], ',
            ),
        ]  # fmt: skip
    if mode in ("mean", "median"):
        return lines + [
            f"value = changes.{mode}()",
            "print(changes.describe())",
            *emit("steps", "value", '"periods": int(changes.count()), '),
        ]
    if mode == "top":
        lines.append(
            f"result = changes.sort_values(ascending={query.ascending}).head({query.top or 1})"
        )
    else:
        lines.append("result = changes")
    lines += labelled if not _resampled(query) else ["result.index = result.index.astype(str)"]
    return lines + [
        "print(result.to_string())",
        *emit("steps", "{str(k): v for k, v in result.items()}", '"periods": len(changes), '),
    ]


def _spacing(table: Table, date: str | None) -> str | None:
    """The frequency of a date column's own spacing (quarterly dates: Q), if it has one."""
    column = table.column(date) if date else None
    return {**NATIVE, "day": "D"}.get(column.step or "") if column is not None else None


def _after(query: Query) -> list[str]:
    """Filters on a part of the date, kept on the changes ("the december quarters")."""
    lines = []
    for item in query.filters:
        if item.op not in _AFTER or item.column != query.date:
            continue
        index = "changes.index.to_timestamp()" if _resampled(query) else "changes.index"
        if item.op == "quarter":
            lines.append(f"changes = changes[{index}.quarter == {item.value!r}]")
        elif item.op == "weekday":
            lines.append(f"changes = changes[{index}.day_of_week.isin({list(item.value)!r})]")
        elif item.op == "month":
            lines.append(f"changes = changes[{index}.month == {item.value!r}]")
        else:
            lines.append(f"changes = changes[{index}.month.isin({list(item.value)!r})]")
    return lines


def _resampled(query: Query) -> bool:
    date = query.date or ""
    return not (query.table.series(date) and query.freq == _spacing(query.table, date))


def after_filters(query: Query) -> set[int]:
    """The indexes of the filters the changes keep, which the rows must not lose first."""
    if query.kind != "steps" or query.group:
        return set()
    return {i for i, f in enumerate(query.filters) if f.op in _AFTER and f.column == query.date}


def steps_answer(query: Query, result: dict[str, Any], source: str) -> str:
    value = result.get("value")
    what = label(query.measure) if query.measure else "number of rows"
    period = FREQ[query.freq or "M"][1]
    unit = "%" if query.scale == 100 else ""
    fmt = (lambda v: f"{v:+.2f}%") if unit else (lambda v: _signed(number(v, query.measure), v))
    if query.per == "span":
        if not isinstance(value, int | float) or math.isnan(value):
            return f"The change of {what} from the first {period} to the last is not defined."
        return (
            f"The {what} went from **{number(result.get('before'), query.measure)}** "
            f"({result.get('first')}) to **{number(result.get('after'), query.measure)}** "
            f"({result.get('last')}): a change of **{fmt(value)}** ({source})."
        )
    changes = result.get("periods")
    if query.per in ("mean", "median"):
        if not isinstance(value, int | float) or math.isnan(value):
            return _none_in_a_row(period, source)
        return (
            f"The {'average' if query.per == 'mean' else 'median'} change in {what} from one "
            f"{period} to the next is **{fmt(value)}** (over {number(changes)} changes; {source})."
        )
    items = list((value or {}).items())
    if not items:
        return _none_in_a_row(period, source)
    head = items[0]
    lead = (
        f"The {'largest' if not query.ascending else 'smallest'} change in {what} from one "
        f"{period} to the next is **{fmt(head[1])}**, into {head[0]}"
        if query.per == "top"
        else f"Change in {what} from each {period} to the next"
    )
    lines = [f"{lead} ({source}).", "", f"| {period} | change in {what}{unit and ' (%)'} |",
             "|---|---|"]  # fmt: skip
    for key, change in items[:24]:
        lines.append(f"| {key} | {fmt(change)} |")
    if len(items) > 24:
        lines.append(f"| … {len(items) - 24} more | |")
    return "\n".join(lines)


def _signed(said: str, value: float) -> str:
    return said if said.startswith("-") or value < 0 else f"+{said}"


def _none_in_a_row(period: str, source: str) -> str:
    return (
        f"I can't answer that from the data: there are no two {period}s in a row to compare "
        f"({source})."
    )
