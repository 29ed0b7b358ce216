"""Words for the same quantity that tables and analysts spell differently: a question's
"revenue" is a table's `lineTotal` or `sales`, its "spend" a `cost` column, its "usage" a
meter's `value`. A general business and measurement vocabulary, not any one table's: a
word is read as a column only when exactly one column of the table is named with one of
its synonyms (numbers first), and the reading is said in the answer like any other
reading by meaning."""

from __future__ import annotations

from services.llm.offline.matcher import singular, words_of
from services.llm.offline.money import paid
from services.llm.offline.schema import Column, Table
from services.llm.offline.units import columns_in_kind

# A question's word → the words a column naming the same quantity may use, best first.
# True synonyms only: "profit" is never read as revenue, nor "cost" as price.
_GROUPS: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (
        ("revenue", "revenues", "turnover", "takings", "gmv", "sales", "worth", "raised", "money"),
        (
            "revenue",
            "revenues",
            "sales",
            "takings",
            "turnover",
            "linetotal",
            "gross",
            "amount",
            "total",
        ),
    ),
    (
        ("spend", "spending", "spent", "expense", "expenses", "expenditure", "outlay"),
        ("spend", "spending", "cost", "costs", "expense", "expenses", "expenditure"),
    ),
    (("cost", "costs"), ("cost", "costs", "spend", "spending", "expense", "expenses")),
    (
        ("bill", "bills", "billed", "billing", "billings", "invoiced", "invoice", "invoices"),
        ("invoice", "invoiced", "bill", "billed", "billing", "charge"),
    ),
    (
        ("consumption", "usage", "use", "used", "consumed"),
        ("consumption", "usage", "use", "consumed", "kwh", "reading", "value"),
    ),
    (
        ("salary", "salaries", "pay", "wage", "wages", "earnings", "compensation"),
        ("salary", "pay", "wage", "wages", "compensation", "earnings"),
    ),
    (("profit", "profits"), ("profit", "profits", "earnings")),
    (("memory",), ("ram", "memory", "mem")),
    (("disk", "storage"), ("hd", "hdd", "ssd", "disk", "storage")),
    (("temperature", "temp", "temps"), ("temperature", "temp", "tavg", "tmean")),
    (("headcount", "staff", "employees", "workforce"), ("headcount", "employees", "staff")),
    (
        ("duration", "length", "runtime"),
        ("duration", "dur", "length", "runtime", "minutes", "mins"),
    ),
    (("price", "prices"), ("price", "unit price", "list price")),
    (("quantity", "units", "volume"), ("quantity", "qty", "units", "volume")),
    (("visits", "visitors", "traffic"), ("visits", "sessions", "visitors", "pageviews")),
    (
        ("people", "attendees", "crowd", "crowds", "turnout"),
        ("attendance", "attendees", "headcount", "people", "pax", "guests"),
    ),
    (
        ("rain", "rainfall", "precipitation", "precip"),
        ("precip", "precipitation", "prcp", "rain", "rainfall"),
    ),
]
CONCEPTS: dict[str, tuple[str, ...]] = {word: names for words, names in _GROUPS for word in words}


# Ratios with names of their own: the word → (numerator, denominator), each a column named
# by one of these words (first that the table has), and the factor the ratio is shown in.
FORMULAS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "ctr": (("clicks",), ("impressions", "views"), "%"),
    "cvr": (("conversions",), ("clicks",), "%"),
    "cpc": (("spend", "cost", "costs"), ("clicks",), ""),
    "cpa": (("spend", "cost", "costs"), ("conversions",), ""),
    "cpm": (("spend", "cost", "costs"), ("impressions",), "per thousand"),
    "roas": (("convvalue", "conversion value", "revenue", "value"), ("spend", "cost"), ""),
}


def formula_for(word: str, table: Table) -> tuple[str, str, str] | None:
    """(numerator column, denominator column, how it is shown) of a named ratio ("ctr"),
    when the table has both parts; else None."""
    found = FORMULAS.get(word.lower())
    if found is None:
        return None
    top, bottom = _first(table, found[0]), _first(table, found[1])
    if top is None or bottom is None or top is bottom:
        return None
    return top.name, bottom.name, found[2]


def _first(table: Table, words: tuple[str, ...]) -> Column | None:
    for word in words:
        named = [c for c in table.columns if c.kind == "number" and _names(c, word)]
        if len(named) == 1:
            return named[0]
    return None


def column_for(word: str, table: Table) -> Column | None:
    """The one column this word names by a synonym, or None (none, or several alike)."""
    synonyms = CONCEPTS.get(word.lower()) or CONCEPTS.get(singular(word.lower()))
    if not synonyms:
        return _kept_in(word.lower(), table)
    for synonym in synonyms:  # best first: the first synonym any column uses decides
        found = [c for c in table.columns if _names(c, synonym)]
        numbers = [c for c in found if c.kind == "number"]
        chosen = numbers or found
        if len(chosen) == 1:
            return chosen[0]
        if chosen:
            return None  # several columns alike: not clear which is meant
    if synonyms == CONCEPTS["revenue"]:  # "revenue" of `Charge (EUR)`: the one money column
        money = [c for c in table.columns if c.kind == "number" and paid(c.name)]
        return money[0] if len(money) == 1 else None
    return None


# A quantity's name → the kind of unit it is measured in: "weight" is the one column kept
# in a unit of mass (`Collected kg`), "distance" the one kept in a unit of length
# (`travelMiles`), "area" the one in square units (`area_sq_m`).
_QUANTITIES = {
    "weight": "mass", "weights": "mass", "mass": "mass", "tonnage": "mass",
    "distance": "length", "distances": "length", "mileage": "length", "drive": "length",
    "drove": "length", "driven": "length", "travelled": "length", "traveled": "length",
    "area": "area", "surface": "area", "footage": "area",
    "energy": "energy", "power": "power",
}  # fmt: skip


def _kept_in(word: str, table: Table) -> Column | None:
    """The one number column kept in a unit of the kind the word names, if only one is."""
    kept = columns_in_kind(table, _QUANTITIES.get(word))
    return table.column(kept[0]) if len(kept) == 1 else None


def _names(column: Column, synonym: str) -> bool:
    words = words_of(column.name).split()
    joined = "".join(words)
    return (
        synonym in words
        or synonym.replace(" ", "") == joined
        or (" " in synonym and synonym in " ".join(words))
    )
