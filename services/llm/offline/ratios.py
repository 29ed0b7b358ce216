"""Ratios of two columns: "A per B" with B a number column, "A as a percentage of B",
"ratio of A to B", "eur per km" and "fee per hour" of a column kept in the unit said (in
minutes: scaled), and, in a long table, "bugs per deploy" of two values of one key column."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.matcher import has, singular
from services.llm.offline.measures import long_measure
from services.llm.offline.query import Query, Unanswerable
from services.llm.offline.schema import Table
from services.llm.offline.units import per_unit, unit_size

if TYPE_CHECKING:
    from services.llm.offline.parse import Reading

_CALENDAR = {"day", "days", "week", "weeks", "month", "months", "year", "years"}
_DIVIDED = re.compile(r"(?:\bper|/|\bdivided by)\s*(?:the\s+)?(?:total\s+)?([a-z]+\d?)\b")


def _unit_said(r: Reading) -> tuple[str, tuple[str, float] | None]:
    """The word after "per" or "/" and the kind and size of its unit, if it is one."""
    after = _DIVIDED.search(r.text)
    word = after.group(1) if after else ""
    return word, unit_size(word, alone=True) if word not in _CALENDAR else None


def _per_said_unit(r: Reading) -> tuple[str, float, str] | None:
    """The one number column kept in the kind of the unit said after "per" or "/" ("per
    km", "per hour" of `Duration (min)`, "total fees / total hours"), and the factor from
    its unit to the one said. Days, weeks and longer are periods of the calendar ("per
    day"), not a column's unit."""
    word, said = _unit_said(r)
    if said is None:
        return None
    kept = [
        (column.name, own[1])
        for column in r.parser.table.of_kind("number")
        if (own := unit_size(column.name)) is not None and own[0] == said[0]
    ]
    return (kept[0][0], said[1] / kept[0][1], singular(word)) if len(kept) == 1 else None


def ratio_changed(table: Table) -> Unanswerable:
    return Unanswerable(
        "it asks how a ratio of two totals changed, which I can't compute in one step; ask "
        "for the ratio in each period",
        table,
    )


def unit_unresolved(r: Reading) -> Unanswerable | None:
    """ "rebate per tonne" where no one column is kept in a unit of mass (two are, or none):
    the unit said divides by nothing a reading has. Declined, never dropped."""
    word, said = _unit_said(r)
    if said is None or said[0] == "time" or _per_said_unit(r) is not None:
        return None
    named = [m.column for m in r.columns]
    if any(per_unit(c) or word in c.lower() or singular(word) in c.lower() for c in named):
        return None  # "price per kg" of `price_per_kg`: the column is that already
    return Unanswerable(
        f"it asks per {word}, but no one column of `{r.parser.table.filename}` is kept in that "
        "unit, so I can't tell what to divide by; name the column",
        r.parser.table,
    )


def ratio_query(r: Reading, query: Query) -> Query | None:
    """ "A per B" with B a number column, "A as a percentage of B", "ratio of A to B"."""
    keyed = _keyedratio_query(r, query)
    if keyed is not None:
        return keyed
    if query.measure is None:
        return None
    numbers = list(dict.fromkeys(r.numeric))
    p = r.parser
    said = re.search(r"/|\bdivided by\b", r.text)  # "(total cost / total wort)"
    if r.group and said and p.kind(r.group) == "number" and not p.id_like(r.group):
        numbers.append(r.group)  # "cost per litre of wort": `Wort Vol (L)` measures, no key
    percent = re.search(
        r"\bas (?:a )?(?:%|percent|percentage|pct|share|proportion|fraction) of\b", r.text
    )
    ratio = re.search(r"\bratio\b|\bdivided by\b|/", r.text)
    if ratio and not percent:  # "clicks / impressions as a percentage", "… in %"
        percent = re.search(r"\bas (?:a )?(?:%|percent|percentage|pct)\b|\bin %", r.text)
    per = re.search(r"\bper\s+(\d+)?\s*", r.text)
    unit = _per_said_unit(r) if not percent else None
    if unit is not None:  # "eur per km" of `Distance (km)`, "fee per hour" of `Duration (min)`
        column, factor, unit_said = unit
        converted = query.convert.source if query.convert else None  # "total hours" read first
        candidates = [*numbers, *([query.measure] if converted != column else [])]
        first = next((n for n in candidates if n != column), None)
        if first is None or per_unit(first):
            return None
        grouped = r.group if r.group and p.kind(r.group) == "category" else None
        return query.with_(
            kind="ratio", measure=first, denominator=column, scale=factor, convert=None,
            unit=unit_said if factor != 1 else None, group=grouped, agg="sum",
            chart=r.chart or ("bar" if grouped else None),
        )  # fmt: skip
    if len(numbers) < 2 or not (percent or ratio or per):
        return None
    first, second = _around_divided(r, numbers) or (numbers[0], numbers[1])
    if per and not (percent or ratio):
        after = len(r.text[: per.end()].split())
        following = [m for m in r.columns if m.start >= after - 1 and m.column in numbers]
        if not following:
            return None
        second = following[0].column
        first = next(n for n in numbers if n != second)
        if per_unit(first):
            return None  # "price per litre" of `unitPriceEur`: the column is that already
    per_n = _PER_N.search(r.text)  # "runs per at-bat …, expressed per 100 at-bats"
    scale = 100.0 if percent else float(per_n[1]) if per_n else 1.0
    # "avg of A/B" is each row's ratio averaged; "mean A to mean B" the ratio of the two
    # means, "total A / total B" of the two totals
    each_side = {k: len(re.findall(rf"\b(?:{k})\b", r.text)) >= 2 for k in _SIDES}
    rowwise = (
        ratio and has(r.text, ("average", "avg", "mean", "typical")) and not any(each_side.values())
    )
    grouped = r.group if r.group and r.group not in numbers else None
    return query.with_(
        kind="ratio",
        measure=first,
        denominator=second,
        scale=scale,
        group=grouped,
        agg="mean" if rowwise else "means" if ratio and each_side[_SIDES[0]] else "sum",
        chart=r.chart or ("bar" if grouped else None),
    )


_SIDES = ("mean|average|avg", "total|sum")


def _around_divided(r: Reading, numbers: list[str]) -> tuple[str, str] | None:
    """ "A divided by B", "A / B": the number columns named on either side, whatever else
    the question names ("… of the completed courses" of `CourseFeeEUR`)."""
    said = re.search(r"\bdivided (?:by|through)\b|\s/\s?|\w/\s", r.text)
    if said is None:
        return None
    at = len(r.text[: said.start()].split())
    clause = re.split(r"[,;:?(]", r.text[: said.start()])[-1]  # the numerator's clause
    start = at - len(clause.split())
    before = [m.column for m in r.columns if start <= m.start and m.end <= at]
    after = [m.column for m in r.columns if m.start >= at and m.column in numbers]
    before = [c for c in before if c in numbers]
    if before and after and before[0] != after[0]:
        return before[0], after[0]  # "total `Invoice Total ($)`": the first name said
    return None


_PER_N = re.compile(r"\bper\s+(\d+(?:\.\d+)?)\b")  # "incidents per 100 flights"


def _keyedratio_query(r: Reading, query: Query) -> Query | None:
    """Long format: "bugs per deploy" where both are values of one key column."""
    percent = re.search(r"\bas (?:a )?(?:%|percent|percentage|pct|share) of\b", r.text)
    divided = re.search(r"\bratio\b|\bdivided by\b", r.text)
    if divided and not percent:  # "no-shows divided by bookings, in %"
        percent = re.search(r"\bas (?:a )?(?:%|percent|percentage|pct)\b|\bin %", r.text)
    if not (percent or divided or re.search(r"\bper\b", r.text)):
        return None
    long = long_measure(r)
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
        scale=100.0 if percent else float(per[1]) if (per := _PER_N.search(r.text)) else 1.0,
        denominator=None,
        chart=None,
    )
