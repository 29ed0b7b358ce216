"""A long-format table keeps several measures in one value column, told apart by a key
column (`Measure` = "Value (USD 000)" or "Net mass (t)"). Adding or averaging the value
column across measures mixes units, so a query on it keeps one measure: the one the question
names ("value", "tonnes" of a measure in t), or, when it names none, the analyst asks which.
"""

from __future__ import annotations

import re
from dataclasses import replace

from services.llm.offline.matcher import Mention
from services.llm.offline.money import marked_scale, money_conversion
from services.llm.offline.names import CURRENCY_WORDS, singular, words_of
from services.llm.offline.query import VALUE_COLUMN, Filter, Query, Unanswerable
from services.llm.offline.rowkinds import names_the_file
from services.llm.offline.schema import Column, Table
from services.llm.offline.tallies import counted_noun
from services.llm.offline.units import (
    Conversion,
    columns_in_kind,
    conversion,
    unit_kind,
    unit_of,
    units_of_kinds,
)

_KEY = re.compile(r"measure|indicator|variable|metric|series|statistic|kpi", re.I)
_VALUE = re.compile(r"value|amount|figure|obs", re.I)  # the column the measures share
_PLAIN = ("aggregate", "group", "trend", "change", "compare", "date")  # one measure, added up
_UNIT = re.compile(r"^(units?|uom)$", re.I)
_AGGREGATED = ("sum", "mean", "median", "max", "min", "std")


def measure_key(table: Table) -> Column | None:
    """The one category column whose values name measures (2 to 12 of them)."""
    found = [
        c for c in table.of_kind("category") if _KEY.search(c.name) and 2 <= len(c.values) <= 12
    ]
    return found[0] if len(found) == 1 else None


def long_units(
    table: Table, unknown: list[str], tokens: list[str], mentions: list[Mention]
) -> list[str]:
    """ "how many students withdrew" of a long table whose `Metric` holds Withdrawn: the
    plural noun right after "how many" names what its values count."""
    key = measure_key(table)
    if key is None or not any(m.column == key.name and m.value for m in mentions):
        return []
    asked = {
        tokens[i + 2]
        for i in range(len(tokens) - 2)
        if tokens[i : i + 2] in (["how", "many"], ["number", "of"])
    }
    return [w for w in unknown if w in asked and counted_noun(w)]


def measure_units(table: Table) -> set[str]:
    """The unit words a question may name a measure by ("tonnes" of `Net mass (t)`)."""
    key = measure_key(table)
    if key is None:
        return set()
    kinds = {unit_kind(w) for v in key.values for w in words_of(v).split()}
    return units_of_kinds({k for k in kinds if k is not None})


def chosen_measure(query: Query) -> str | None:
    """The measure a long table's filter chose, when its name carries a unit ("Generation
    (MWh)"): the unit `value` is kept in for this question."""
    key = measure_key(query.table)
    chosen = [
        str(f.value)
        for f in query.filters
        if key and f.column == key.name and f.op == "==" and unit_of(str(f.value))
    ]
    return chosen[0] if len(chosen) == 1 else None


def value_measured(query: Query) -> Query:
    """ "highest minutes per room on any floor" of a long table (`kpi`, `value`, `floor`):
    once a measure is chosen by its name, the figure is the value column, never another
    number column the question named only to say which rows ("any floor", "all floors")."""
    key = measure_key(query.table)
    if key is None or query.measure is None or query.denominator is not None:
        return query
    if _VALUE.search(query.measure) or query.agg not in _AGGREGATED or query.kind not in _PLAIN:
        return query
    if not any(f.column == key.name and f.op == "==" for f in query.filters):
        return query
    values = [c.name for c in query.table.of_kind("number") if _VALUE.search(c.name)]
    return query.with_(measure=values[0]) if len(values) == 1 else query


def one_measure(query: Query | Unanswerable, tokens: list[str]) -> Query | Unanswerable:
    if not isinstance(query, Query) or query.measure is None or query.agg not in _AGGREGATED:
        return query
    key = measure_key(query.table)
    column = query.table.column(query.measure)
    if key is None or column is None or column.kind != "number" or query.kind not in _PLAIN:
        return query
    if not _VALUE.search(column.name) or query.denominator is not None:
        return query
    if any(f.column == key.name or _UNIT.search(f.column) for f in query.filters):
        return query  # one measure chosen, by its name or by its unit (`unit` = kWh)
    if query.group == key.name:
        return query
    asked = {singular(t) for t in tokens} | set(tokens)
    units = {unit_kind(t) for t in tokens} - {None}
    named = [
        value
        for value in key.values
        if {w for w in words_of(value).split() if len(w) >= 3} & asked
        or {unit_kind(w) for w in words_of(value).split()} & units
    ]
    if len(named) == 1:
        return query.with_(filters=(*query.filters, Filter(key.name, "==", named[0])))
    shown = ", ".join(f"“{v}”" for v in key.values)
    return Unanswerable(
        f"`{query.measure}` holds several measures told apart by `{key.name}` ({shown}), and "
        "adding them together would mix their units; say which one you mean",
        query.table,
    )


def in_units(
    query: Query | Unanswerable, text: str, declared: dict[str, str] | None = None
) -> Query | Unanswerable:
    """The query with its measure in the unit the question asks for, if it asks for one
    (`declared`: columns whose unit the conversation said, as their names would say it)."""
    if not isinstance(query, Query) or query.convert is not None:
        return query
    if query.denominator:  # "fare revenue per passenger in euros" of cents: scaled
        money = money_conversion(text, query.table, query.measure)
        if query.kind == "ratio" and money is not None and money.factor != 1:
            return query.with_(measure=money.name, convert=money)
        return query
    said = (declared or {}).get(query.measure or "")  # "TMAX is recorded in °F" → `TMAX (degf)`
    kept_in = chosen_measure(query) or said
    found = conversion(text, query.table, query.measure, kept_in)
    if said and isinstance(found, Conversion) and found.source == said:
        found = replace(found, source=query.measure or "")  # the column, as the file names it
    if found is None:  # "in millions" on `sales (GBP 000)`
        marked = [
            str(f.value) for f in query.filters if f.op == "==" and marked_scale(str(f.value))
        ]
        long = kept_in is not None or bool(marked)  # `Measure` = Value (USD 000)
        kept = marked[0] if marked and VALUE_COLUMN.search(query.measure or "") else said
        found = money_conversion(text, query.table, query.measure, long=long, kept=kept)
    unsure = _unit_unknown(text, query) if found is None and said is None else None
    if unsure is not None:
        return Unanswerable(  # "prior therapy (preanti) in weeks": days? weeks? not said
            f"it asks for `{query.measure}` in {unsure}, but the column does not say what "
            "unit it is kept in, so I can't convert it; ask for it as it is kept",
            query.table,
        )
    if isinstance(found, str):
        kept = _kept_in_kind(query.table, found)  # "longest walk in km": `distance_km`
        rows = any(names_the_file(w, query.table) for w in words_of(query.measure or "").split())
        if kept is not None and kept != query.measure and rows:  # `walk_mins` said as "walk"
            other = conversion(text, query.table, kept, None)
            moved = query.with_(measure=kept)
            if isinstance(other, Conversion):
                return moved.with_(convert=other, measure=other.name)
            return moved
        return Unanswerable(
            f"it asks for `{query.measure}` in {found}, and that column is not kept in a unit "
            f"that converts to {found}",
            query.table,
        )
    return query.with_(convert=found, measure=found.name) if found else query


def unit_asked(table: Table, text: str) -> str | None:
    """The one number column kept in the kind of unit the answer is asked in ("… in
    hours" of `duration_min`), when the question names no number of its own."""
    found = re.search(r"\bin ([a-z]+)\b", text)
    return _kept_in_kind(table, found.group(1)) if found and unit_kind(found.group(1)) else None


def _kept_in_kind(table: Table, unit: str) -> str | None:
    """The one number column kept in a unit of the kind asked (km: a length), if one is."""
    kept = columns_in_kind(table, unit_kind(unit))
    return kept[0] if len(kept) == 1 else None


# "…, in weeks?", "in hours please": the unit the answer is asked in, said at the end
_ASKED_IN = re.compile(
    r"\bin\s+([a-z]+)(?=\s*(?:[,.?!;)]|$|\s+(?:rather|instead|please|pls|not|among|for|where|"
    r"only|and|of)\b))"
)


def _unit_unknown(text: str, query: Query) -> str | None:
    """The unit asked for when the measure's name says none of its own, or None."""
    if query.measure is None or query.kind in ("count", "distinct") or query.convert:
        return None
    if query.table.column(query.measure) is None or VALUE_COLUMN.search(query.measure):
        return None  # a span between two dates, a long table's values: their own units
    named = chosen_measure(query) or query.measure
    if unit_of(named) is not None or unit_of(query.measure) is not None:
        return None
    for word in _ASKED_IN.findall(text):
        if unit_kind(word) is not None and word not in CURRENCY_WORDS and word != "pounds":
            return word
    return None
