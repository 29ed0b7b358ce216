"""A unit said as the thing counted names the measure kept in it: "how many kg of food went
out" adds up `Food_kg` (it had counted rows), "how many kg were refused" is `RefusedKg`,
"top 5 agencies by kg received" ranks by the kilograms, "how many tonnes" converts. When
several columns are kept in the unit and the question names none of them, it asks which."""

from __future__ import annotations

import re

from services.llm.offline.names import shared_prefix, words_of
from services.llm.offline.query import Query, Unanswerable
from services.llm.offline.schema import Table
from services.llm.offline.units import Conversion, unit_size

_COUNTED = re.compile(  # a lookahead, so "by total km" is read at "total km" too; "total
    # non voided kg", "how many dairy kg": a value or two may stand before the unit
    r"(?=\b(how many|by|most|fewest|least|total|sum of|average|avg|mean|median)\s+"
    r"((?:[a-z]+\s+){0,2}[a-z]+)\b)"
)
_BETWEEN_STOP = {"than", "over", "under", "above", "below", "of", "per", "in", "at", "on", "for",
                 "by", "and", "or", "a", "the"}  # fmt: skip
_SIZE = re.compile(r"\b(?:bag|pack|size|each|unit|per)\b")
_CALENDAR = {"day", "days", "week", "weeks"}  # "how many days had …" counts days


def unit_measure(
    table: Table, text: str, query: Query, earlier: str | None = None
) -> Query | Unanswerable:
    """The query with the measure the counted unit names, summed; unchanged when no unit
    of a column's kind is counted. Among several, the one the question names, else the
    measure of the question before ("which month had the most overtime, how many hrs")."""
    said = _said_unit(table, text)
    if said is None:
        return query
    word, kind, size = said
    kept = [
        (column.name, own)
        for column in table.of_kind("number")
        if (own := unit_size(column.name)) is not None and own[0] == kind
    ]
    names = [name for name, _ in kept]
    if query.measure in names:
        chosen = query.measure
    else:
        named = [name for name in names if _named(name, text)]
        named = named or [name for name in names if name == earlier]
        if len(named) != 1 and len(kept) > 1:
            listed = ", ".join(f"`{n}`" for n in names)
            return Unanswerable(
                f"“{word}” is the unit of several columns ({listed}); say which one you mean",
                table,
            )
        chosen = named[0] if named else names[0]
    if _SIZE.search(words_of(chosen)):
        return Unanswerable(  # "kg sold" of `BAG (kilos)`: kilos per bag times bags sold
            f"`{chosen}` is the size of each item, not an amount, so “{word}” in total would "
            f"be `{chosen}` times a count of items; I do not multiply columns, ask for each",
            table,
        )
    own = dict(kept)[chosen]
    agg = query.agg if query.agg not in (None, "count") else "sum"
    kind = "aggregate" if query.kind == "count" else query.kind
    found = query.with_(measure=chosen, agg=agg, kind=kind)
    if own[1] == size:
        return found
    conversion = Conversion(chosen, word, own[1] / size)
    return found.with_(convert=conversion, measure=conversion.name)


def _said_unit(table: Table, text: str) -> tuple[str, str, float] | None:
    for match in _COUNTED.finditer(text):
        words = match.group(2).split()
        stop = next((i for i, w in enumerate(words) if w in _BETWEEN_STOP), len(words))
        units = [w for w in words[:stop] if unit_size(w, alone=True) is not None]
        word = units[0] if units else words[0]
        found = unit_size(word, alone=True)
        if found is None or word in _CALENDAR:
            continue
        if match.group(1) == "by" and found[0] == "time":
            continue  # "by hour of day" groups by the hour; it names no measure
        kinds = {own[0] for c in table.of_kind("number") if (own := unit_size(c.name))}
        if found[0] in kinds:
            return word, found[0], found[1]
    return None


def _named(column: str, text: str) -> bool:
    """Does the question say a word of the column besides its unit ("refused" of
    `RefusedKg`, "food" of `Food_kg`)?"""
    words = [w for w in words_of(column).split() if unit_size(w, alone=True) is None]
    said = text.split()
    return any(shared_prefix(w, s) >= min(4, len(w)) for w in words if len(w) >= 3 for s in said)
