"""A question's parts → one query: which computation (a figure, groups, a trend, a ratio,
a normalisation, a change between two years, the data's coverage …) answers it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.averaged import COUNTS
from services.llm.offline.clock import clock_times
from services.llm.offline.compare import compare_query
from services.llm.offline.coverage import UNIT_COUNT, asks_coverage
from services.llm.offline.extremes import at_extreme
from services.llm.offline.grouping import one_row_each
from services.llm.offline.longkeys import unit_asked
from services.llm.offline.matcher import Mention, has
from services.llm.offline.measures import (
    COUNTED,
    TIME_UNITS,
    change_query,
    countable,
    entities_counted,
    long_measure,
    named_as_counted,
    per_compared,
    per_query,
    unnamed_words_before,
)
from services.llm.offline.monthcolumns import rows_monthly
from services.llm.offline.named import (
    label_column,
    made_measure,
    names_rows,
    row_superlative,
    rows_named,
    sole_measure,
)
from services.llm.offline.query import DATE_PARTS, Query, Unanswerable
from services.llm.offline.rates import rated
from services.llm.offline.ratios import ratio_changed, ratio_query, unit_unresolved
from services.llm.offline.rowcount import rows_counted
from services.llm.offline.spans import moves
from services.llm.offline.splits import split_query
from services.llm.offline.steps import steps_query
from services.llm.offline.unitmeasure import unit_measure
from services.llm.offline.vocabulary import COUNT_ROWS

if TYPE_CHECKING:
    from services.llm.offline.parse import Reading


def shape(r: Reading) -> Query | Unanswerable:
    p = r.parser
    agg = r.agg
    free = [c for c in r.numeric if c not in r.limited]
    # "how many orders had more than 15 units": units only limits the rows that are counted
    measure = (
        free[0] if free else r.numeric[0] if r.numeric and agg not in (None, "count") else None
    )
    if not free and measure is not None and unnamed_words_before(r):
        measure = None  # "average drug spend for those aged over 80": not the average age
    if measure is not None and agg is None and rows_named(r, measure):
        measure = None  # "claims per region" of insurance_claims.csv: the claims, counted
    if measure is None and agg in ("sum", "mean", "median") and not p.counts:
        measure = sole_measure(r)  # "total for the summer months" of one number column
    series = p.date is not None and p.table.series(p.date) and not has(r.text, COUNT_ROWS)
    if measure is None and series and not COUNTED.search(r.text) and agg in (None, "max", "min"):
        measure = sole_measure(r)  # "march 1992 alongside march 1993": a series' one measure
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
    if r.combined is not None and r.combined.name in r.limited:
        query = query.with_(combined=r.combined)  # "games with more than 7 goals"
    if r.kind in ("overview", "missing"):
        return query.with_(kind=r.kind, measure=None)
    counting = agg == "count" and r.gap is not None and r.gap.name in r.limited
    if r.gap is not None and not counting and not [c for c in r.numeric if c not in r.limited]:
        # "avg days to close", "hours from opened to resolved"
        query = made_measure(r, query.with_(gap=r.gap), r.gap.name, "mean")
        measure, agg = query.measure, r.agg
    if (
        r.combined is not None
        and r.combined.name not in r.limited
        and r.gap is None
        and not [c for c in r.numeric if c not in r.limited]
    ):
        # "goals": HomeGoals + AwayGoals
        query = made_measure(r, query.with_(combined=r.combined), r.combined.name, "sum")
        measure, agg = query.measure, r.agg
    query, measure = rated(r, query, measure)
    if r.gap is None and r.combined is None and not p.counts:
        by_unit = unit_measure(
            p.table, text, query, r.earlier
        )  # "how many kg of food": Food_kg summed
        if isinstance(by_unit, Unanswerable):
            return by_unit
        if by_unit is not query:
            query, measure, agg = by_unit, by_unit.measure, by_unit.agg
    if asks_coverage(r) and p.time_column():
        unit = UNIT_COUNT.search(r.text)
        return query.with_(
            kind="coverage",
            measure=r.numeric[0] if r.numeric else None,
            date=p.date,
            group=p.year_column,
            freq=TIME_UNITS[unit.group(1).rstrip("s").replace("date", "day")] if unit else None,
        )
    if measure is None:
        long = long_measure(r)
        counted = re.search(r"\bhow many (days|weeks|months|hours|times|rows|records)\b", text)
        if long is not None and counted and query.filters:  # "on how many days did X exceed"
            long = None
        if long is not None:
            measure = long
            query = query.with_(measure=long, agg=agg if agg not in (None, "count") else "sum")
    if agg == "count" and measure and entities_counted(r, measure):
        return query.with_(kind="distinct", measure=measure, agg="count")  # "how many pigs"
    if (
        agg == "count"
        and measure
        and re.search(r"\b(how many|number of|no of|count of)\b", text)
        and (
            countable(measure)
            or measure != (r.numeric[0] if r.numeric else None)
            or named_as_counted(r, measure)
        )
    ):
        query = query.with_(agg="sum")  # "how many units were sold" adds the units up
    elif agg == "count" and measure:
        query = query.with_(agg=p.default_agg(measure))
        if re.search(r"\b(how many|number of|count)\b", text) and not countable(measure):
            query = query.with_(measure=None, agg="count")
            measure = None
    extreme = at_extreme(r, query)  # "how tall is the tree with the biggest girth"
    if extreme is not None:
        return extreme
    counted = COUNTED.search(text)
    steps = steps_query(r, query, measure or (None if counted else sole_measure(r)))
    if steps is not None:  # "the biggest quarter-on-quarter rise"
        return steps
    change = change_query(r, query)
    if isinstance(change, Query) and change.measure is None and not counted:
        sole = sole_measure(r)  # "how big a jump from 1825 to 1828" of `lynx_pelts`
        change = change.with_(measure=sole, agg=p.default_agg(sole)) if sole else change
    ratio = ratio_query(r, query) if r.kind is None else None
    if isinstance(change, Query) and ratio is not None and ratio.denominator:
        return ratio_changed(p.table)  # "the price per kWp (total price / total kWp): how much %"
    if change is not None:
        return change
    if ratio is not None:  # "Jio vs Airtel (recharge value per txn)": one ratio for each
        return per_compared(r, ratio) if isinstance(ratio, Query) else ratio
    compared = any(f.op in ("years", "decades", "months") for f in query.filters)
    per = None if compared else per_query(r, query)  # "avg monthly X of 1950 vs 1960"
    if per is not None:
        return per
    if (unsaid := unit_unresolved(r)) is not None:
        return unsaid  # "rebate per tonne" of two columns in kg
    found = _classic(r, query)
    if not isinstance(found, Query):
        return found
    by_count = found.kind == "group" and found.agg == "count" and not found.group2
    if by_count and found.group and one_row_each(p, found.group) and not p.counts:
        return Unanswerable(  # "how many people work in each occupation"
            f"each value of `{found.group}` has a single row, so counting rows by it says "
            "nothing; the table has no column counting what the question asks",
            p.table,
        )
    return split_query(text, found)


def _rows_said(r: Reading, m: Mention) -> bool:
    """ "how many appointed": a verb read loosely as `Appointed on the advice of` counts
    rows, not the column's distinct values."""
    return m.loose and r.tokens[m.end - 1].endswith("ed")


def _classic(r: Reading, query: Query) -> Query | Unanswerable:
    p = r.parser
    measure, agg, text = query.measure, r.agg, r.text
    if measure is None and has(text, ("how many", "number of", "count")):
        compared = compare_query(r, query)  # "JP vs DE: how many rows each": side by side
        if compared is not None and compared.kind == "compare":
            return compared
    rows = rows_counted(r, query, measure, agg)  # "how many rows", "how many matches"
    if rows is not None:
        return rows
    filtered = {f.column for f in query.filters}
    if agg in ("mean", "sum", "median", "std") and measure is None and r.gap is None:
        named = [
            m.column for m in r.columns
            if m.column not in (r.group, *filtered)
            and p.kind(m.column) in ("category", "text", "bool")
        ]  # fmt: skip
        if named:  # "average age" where age holds child/adult: never a count instead
            column = p.table.column(named[0])
            held = ", ".join(map(str, (column.values if column else [])[:4]))
            return Unanswerable(
                f"`{named[0]}` holds categories{f' ({held})' if held else ''}, not numbers, so "
                f"it has no {'total' if agg == 'sum' else 'average' if agg == 'mean' else agg}",
                p.table,
            )
    if (
        not r.mentions
        and r.gap is None
        and query.combined is None
        and r.kind is None
        and not r.freq
        and not r.filters
        and not r.part
    ):
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
    compared = compare_query(r, query)
    if compared is not None:
        return compared
    counted = [m for m in r.columns if m.column != r.group and m.column not in filtered]
    if agg == "nunique" or (
        agg == "count"
        and measure is None
        and r.group is None
        and not r.freq  # "monthly shipment counts": rows per month, below
        and counted
        and (
            p.kind(counted[0].column) in ("category", "text", "bool")
            or p.id_like(counted[0].column)
        )
        and not _rows_said(r, counted[0])
        and not has(text, ("how many rows", "how many records"))
        and not clock_times(p.table.column(counted[0].column))  # "call outs" ≠ `call_time`s
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
        if measure in r.limited and not re.search(
            rf"% of (the )?{re.escape(measure.lower())}", text
        ):
            measure = None  # "% of quakes picked up by more than 50 stations": a share of rows
        return query.with_(
            kind="share",
            measure=measure,
            group=group,
            chart=query.chart or ("pie" if group else None),
        )
    if r.part:
        if (
            measure is None
            and agg is None
            and not (r.chart or COUNTS.search(text) or names_rows(r))
        ):
            return Unanswerable(  # "what do we pay the stylists per hour": no pay column
                "I could not tell which number to compute for each "
                f"{DATE_PARTS[r.part]} (say what to count or add up)",
                p.table,
            )
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
    best = re.search(
        r"\b(?:best|worst|highest|lowest|busiest|quietest|biggest|top|bottom|peak|strongest|"
        r"weakest|record|which|what)\s+(?:(\d+)\s+(?=\w+s\b))?(day|week|month|quarter|year)"
        r"(?(1)s)\b"
        r"(?!\s+of\s+(?:the\s+)?(?:year|week|day)\b)",  # "which quarter of 2023", not a part
        text,
    )
    if best and p.date and (agg in ("max", "min") or r.measure_agg or r.top) and not r.group:
        low = (  # "worst unemployment" is the most (judged turned the aggregation round)
            agg == "min"
            if agg in ("max", "min")
            else bool(re.search(r"worst|lowest|quietest|weakest|bottom", text))
        )
        freq = TIME_UNITS[best.group(2)]
        return query.with_(  # "best month for revenue": the one period with the most
            kind="trend",
            date=p.date,
            freq=freq,
            top=query.top or int(best.group(1) or 1),  # "which 3 years had the most"
            ascending=low,
            agg=(r.measure_agg or p.default_agg(measure)) if measure else "count",
            chart=query.chart,
        )
    if r.freq == "M" and not p.date and p.year_column and rows_monthly(p.table, text):
        r.freq = None  # "the median of the monthly rates" of `Year` and `Month`: the rows
    time_like = (
        r.freq
        or r.chart is not None
        and has(text, ("over the year", "through the year"))
        or (r.group is not None and r.group == p.year_column)
        or r.group is None
        and not r.values
        and moves(text)  # "how did sales change"
        or has(
            text,
            (
                "over time",
                "through time",
                "across time",
                "through the years",
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
        which = re.match(r"(?:in )?(?:which|what)(?: \d+)? (?:year|season)s?\b", text)
        if agg in ("max", "min") and measure is not None and (r.measure_agg or which):
            return query.with_(  # "which year had the worst unemployment (yearly avg)"
                kind="group",  # "which season had the most goals": the seasons' totals
                group=p.year_column,
                top=query.top or 1,
                ascending=agg == "min",
                agg=r.measure_agg or p.default_agg(measure),
                chart=query.chart,
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
    if agg in ("max", "min") and measure is not None and row_superlative(r):
        label = label_column(r, strict=True)  # "the biggest city by population": which one
        if label is not None:
            return query.with_(
                kind="group",
                group=label,
                top=query.top or 1,
                ascending=agg == "min",
                agg=agg,
                chart=query.chart,
            )  # fmt: skip  (each row's own number: two cities of one name are not added)
    if query.top is not None and measure is not None:
        label = label_column(r)
        if label is not None:
            return query.with_(
                kind="group",
                group=label,
                agg="sum" if p.id_like(label) else query.agg,
                chart=query.chart or "bar",
            )
    if measure is None:
        timed = unit_asked(p.table, text) if agg in ("sum", "mean", "median") else None
        if timed is not None:  # "total grooming time in hours": the one duration column
            return query.with_(kind="aggregate", measure=timed, agg=agg)
        if query.filters or agg == "count" or has(text, ("how many", "number of")):
            return query.with_(kind="count", agg="count")
        if query.chart is not None and r.columns:
            return query.with_(kind="group", group=r.columns[0].column, agg="count")
        return Unanswerable("I could not tell which number to compute", p.table)
    return query
