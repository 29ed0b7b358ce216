"""Answers in the unit the question asks for: "total downtime in hours" on `Downtime_min`,
"average weight in kg" on `Weight (lb)`, "waist in cm" on `Waist (in)`. The converted
measure is a column the analysis adds (named for what it is), like a gap between dates, so
every other rule applies to it unchanged. Only units of the same kind convert: a question
"in kg" about a column kept in minutes is not understood."""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.llm.offline.names import CURRENCIES, words_of
from services.llm.offline.schema import Column, Table

_KINDS: dict[str, dict[str, float]] = {
    "time": {
        "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
        "min": 60, "mins": 60, "minute": 60, "minutes": 60,
        "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
        "day": 86400, "days": 86400, "week": 604800, "weeks": 604800,
    },
    "mass": {
        "g": 1, "gram": 1, "grams": 1, "kg": 1000, "kgs": 1000, "kilo": 1000, "kilos": 1000,
        "kilogram": 1000, "kilograms": 1000, "lb": 453.59237, "lbs": 453.59237,
        "pound": 453.59237, "pounds": 453.59237, "oz": 28.349523125, "ounce": 28.349523125,
        "ounces": 28.349523125, "tonne": 1e6, "tonnes": 1e6, "t": 1e6,
    },
    "length": {
        "mm": 0.001, "millimetre": 0.001, "millimetres": 0.001, "millimeter": 0.001,
        "millimeters": 0.001, "cm": 0.01, "centimetre": 0.01, "centimetres": 0.01,
        "centimeter": 0.01, "centimeters": 0.01, "m": 1, "metre": 1, "metres": 1, "meter": 1,
        "meters": 1, "km": 1000, "kilometre": 1000, "kilometres": 1000, "kilometer": 1000,
        "kilometers": 1000, "in": 0.0254, "inch": 0.0254, "inches": 0.0254, "ft": 0.3048,
        "foot": 0.3048, "feet": 0.3048, "mi": 1609.344, "mile": 1609.344, "miles": 1609.344,
    },
    "area": {
        "m2": 1, "sqm": 1, "km2": 1e6, "sqkm": 1e6, "ft2": 0.09290304, "sqft": 0.09290304,
        "mi2": 2589988.110336, "sqmi": 2589988.110336,
    },
    "storage": {"kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12},
    "power": {
        "watt": 1, "watts": 1, "kw": 1e3, "kilowatt": 1e3, "kilowatts": 1e3, "mw": 1e6,
        "megawatt": 1e6, "megawatts": 1e6, "gw": 1e9, "gigawatt": 1e9, "gigawatts": 1e9,
    },
    "energy": {"wh": 1, "kwh": 1e3, "mwh": 1e6, "gwh": 1e9, "twh": 1e12},
    "volume": {
        "ml": 0.001, "millilitre": 0.001, "millilitres": 0.001, "l": 1, "litre": 1, "litres": 1,
        "liter": 1, "liters": 1, "gallon": 3.785411784, "gallons": 3.785411784,
        "hl": 100, "hectolitre": 100, "hectolitres": 100, "hectoliter": 100,
        "hectoliters": 100, "m3": 1000, "cbm": 1000, "ft3": 28.316846592,
    },
}  # fmt: skip
_UNITS = {unit: (kind, factor) for kind, units in _KINDS.items() for unit, factor in units.items()}
# m3, ft3, km2; "in week 30" names a week, no unit
_ASKED = re.compile(r"\b(?:in|into|as|to)\s+(?:the\s+)?([a-z]+[23]?)\b(?!\s+\d)")


@dataclass(frozen=True)
class Conversion:
    source: str  # the column, in its own unit
    unit: str  # the unit asked for, as asked
    factor: float  # source × factor + offset = the value in `unit`
    label: str = ""  # the converted column's name, when not made from the source's
    offset: float = 0.0  # degrees: °F = °C × 1.8 + 32

    @property
    def name(self) -> str:
        """`Weight (lb)` in kg → "Weight (kg)"; `Downtime_min` in hours → "Downtime (hours)"."""
        if self.label:
            return self.label
        own = words_of(self.source).split()[-1]
        bare = re.sub(rf"[\s_(\[-]*{re.escape(own)}\W*$", "", self.source, flags=re.I)
        return f"{bare or self.source} ({self.unit})"


_SPELLED = (
    (re.compile(r"\bcubic (?:metres|meters|metre|meter|m)\b", re.I), "m3"),
    (re.compile(r"\bcubic (?:feet|foot|ft)\b", re.I), "ft3"),
    (
        re.compile(r"\b(?:square|sq\.?) (?:kilometres|kilometers|kilometre|kilometer|km)\b", re.I),
        "km2",
    ),
    (re.compile(r"\b(?:square|sq\.?) (?:metres|meters|metre|meter|m)\b", re.I), "m2"),
    (re.compile(r"\b(km|m|mi|ft)²"), r"\g<1>2"),  # km²: km2
    (re.compile(r"\b(?:square|sq\.?) (?:feet|foot|ft)\b", re.I), "ft2"),
    (re.compile(r"\b(?:square|sq\.?) (?:miles|mile|mi)\b", re.I), "mi2"),
    (re.compile(r"\b(?:us|u\.s\.) (gallons?)\b", re.I), r"\1"),
    *(
        (re.compile(rf"\bin\s*\{symbol}\s*{scale}\b", re.I), f"in {currency} {said}")
        for symbol, currency in (("£", "pounds"), ("$", "dollars"), ("€", "euros"))
        for scale, said in (
            ("k", "thousands"),
            ("(?:m|mn|mm)", "millions"),
            ("(?:bn|b)", "billions"),
        )
    ),  # "in £k" → in pounds thousands
)


# "average order value": the money of each order, added up, then averaged
_OF_EACH = re.compile(
    r"\b(order|basket|cart|transaction|booking|invoice|purchase)s?\s+values?\b", re.I
)
# "the average card purchase": the money of one, averaged ("average purchase value")
_ONE_BOUGHT = re.compile(
    r"\b(average|avg|mean|median|typical)\s+((?:[a-z]+\s+)?)(purchase|transaction|basket)\b(?!\s+(?:values?|counts?|sizes?|prices?|dates?|times?|amounts?|totals?|ids?))",
    re.I,
)


def spelled_units(question: str, table: Table | None = None) -> str:
    """Units said in two words, as one: "cubic metres" → m3, "US gallons" → gallons;
    money's scale said with its symbol ("in £k" → in thousands), which normalising drops;
    and "order value" as the revenue per order (unless a column is so named:
    `BasketValue (GBP)`)."""
    for pattern, unit in _SPELLED:
        question = pattern.sub(unit, question)
    question = _ONE_BOUGHT.sub(r"\1 \2\3 value", question)
    named = table is not None and any(_OF_EACH.search(words_of(c.name)) for c in table.columns)
    return question if named else _OF_EACH.sub(r"revenue per \1", question)


def unit_words() -> set[str]:
    """Every unit's name of two letters or more."""
    return {u for u in _UNITS if len(u) > 1}


def unit_kind(word: str) -> str | None:
    """ "tonnes" → mass, "km" → length; None for a word that is no unit (or one letter
    other than t, too common to be read as a unit)."""
    if len(word) < 2 and word != "t":
        return None
    found = _UNITS.get(word)
    return found[0] if found else None


def kept_in_kind(table: Table, kind: str) -> bool:
    """Does a number column of the table name a unit of this kind (`Weight (lb)`: mass)?"""
    return bool(columns_in_kind(table, kind))


def columns_in_kind(table: Table, kind: str | None) -> list[str]:
    """The number columns whose names say a unit of this kind (mass: `Weight (lb)`)."""
    return [
        c.name for c in table.of_kind("number")
        if kind and (own := unit_of(c.name)) and own[0] == kind
    ]  # fmt: skip


def units_of_kinds(kinds: set[str]) -> set[str]:
    """Every unit word of these kinds ("mass" → g, kg, tonnes …), two letters or more."""
    return {u for u, (kind, _) in _UNITS.items() if kind in kinds and len(u) > 1}


def conversion_factors() -> set[float]:
    """Every factor between two units of one kind (a limit "over 90 kg" is 198.4 lb)."""
    return {a / b for units in _KINDS.values() for a in units.values() for b in units.values()}


def unit_of(column: str) -> tuple[str, float] | None:
    """The kind and size of the unit a column's name ends with: `Downtime_min` → time, 60;
    `Floor_sq_m` → area, 1."""
    words = words_of(column).split()
    if len(words) > 2 and words[-2] in ("sq", "square") and "sq" + words[-1] in _UNITS:
        return _UNITS["sq" + words[-1]]
    if len(words) > 2 and words[-2] in ("k", "m", "g") and words[-2] + words[-1] in _UNITS:
        return _UNITS[words[-2] + words[-1]]  # `Battery (kWh)`: kWh, never Wh
    if len(words) < 2 or words[-1] not in _UNITS:
        return None
    return _UNITS[words[-1]]


def unit_size(name: str, *, alone: bool = False) -> tuple[str, float] | None:
    """The kind and size of a word's unit (`alone`: the word is a unit of two letters or
    more) or a column's: its last word (`Food_kg`), or its only word (`Miles`)."""
    if alone:
        return _UNITS.get(name) if len(name) >= 2 else None
    if re.search(r"/|\bper\b", name.lower()):
        return None  # `BillRate ($/h)` is a rate, not hours
    words = words_of(name).split()
    if len(words) == 1:
        return _UNITS.get(words[0]) if len(words[0]) >= 2 else None
    return unit_of(name)


def limit_in_unit(word: str, measures: list[Column]) -> tuple[str, float] | None:
    """The one number column kept in a unit of the same kind as `word`, and the factor from
    `word`'s unit to the column's ("2.5k grams" on `weight (kg)` → 0.001)."""
    asked = _UNITS.get(word)
    if asked is None or len(word) < 2:
        return None
    found = [(c.name, own) for c in measures if (own := unit_of(c.name)) and own[0] == asked[0]]
    if len(found) != 1:
        return None
    name, own = found[0]
    return name, asked[1] / own[1]


# Column words that name a quantity of a kind, when the column does not say its unit
_DIMENSIONS = {
    "length": {
        "height", "length", "width", "depth", "girth", "span", "distance", "dist", "diameter",
        "radius", "odometer", "mileage", "elevation", "altitude", "climb", "thickness", "size",
    },
    "mass": {"weight", "mass", "wt", "bwt", "lwt", "load", "payload"},
}  # fmt: skip


def _named_kind(word: str) -> str | None:
    """The kind of a unit of two letters or more whose columns have known names."""
    kind = unit_kind(word) if len(word) >= 2 else None
    return kind if kind in _DIMENSIONS else None


def _names_quantity(column: str, kind: str) -> bool:
    return bool(set(words_of(column).split()) & _DIMENSIONS[kind])


def names_other_kind(column: str, word: str) -> bool:
    """Does a column that does not say its unit name a quantity other than the unit's kind
    ("over 75 ft" said of `Volume`)? Only kinds with known names are judged."""
    kind = _named_kind(word)
    if kind is None or unit_of(column):
        return False
    words = set(words_of(column).split())
    if words & set(CURRENCIES) or any(_UNITS.get(w, ("",))[0] == kind for w in words):
        return False  # "£50" (read as pounds) of `Value (GBP)`; "250 miles" of `Miles`
    return not _names_quantity(column, kind)


def dimension_column(word: str, value: float, measures: list[Column]) -> str | None:
    """The one column that names a quantity of the unit's kind without saying its unit,
    if its values reach the number: "students over 180 cm" → `Height` (150–200). With
    `Girth` and `Height` both lengths, "over 20 ft" is left unsure."""
    kind = _named_kind(word)
    if kind is None:
        return None
    named = [c for c in measures if unit_of(c.name) is None and _names_quantity(c.name, kind)]
    if len(named) != 1:  # `Girth` and `Height`: which one "over 20 ft" means is unsure
        return None
    low, high = named[0].low, named[0].high
    reached = low is not None and high is not None and low <= value <= high
    return named[0].name if reached else None


def convertible_words(table: Table) -> set[str]:
    """The unit names a question may ask an answer in: those of the kinds the table's number
    columns are kept in (a table with `Weight (lb)` may be asked "in kg")."""
    # "pounds" next to a column in GBP is money, not mass
    money = any(w in CURRENCIES for c in table.columns for w in words_of(c.name).split())
    kinds = {found[0] for c in table.of_kind("number") if (found := unit_of(c.name))}
    words = {u for u, (kind, _) in _UNITS.items() if kind in kinds and len(u) > 1}
    if any(_kept_in_degrees(c.name) for c in table.of_kind("number")):
        words |= {"celsius", "centigrade", "fahrenheit", "deg", "degrees"}
    elif any(words_of(c.name).startswith("temp") for c in table.of_kind("number")):
        words |= {"deg", "degrees"}  # "topped ninety degrees" of `temp`: in its own scale
    return words - {"pound", "pounds"} if money else words


def conversion(
    text: str, table: Table, measure: str | None, kept_in: str | None = None
) -> Conversion | str | None:
    """The conversion of `measure` the question asks for ("… in hours"); the unit asked
    when `measure` is kept in a unit of another kind ("downtime in kg"); else None. A long
    table's `value` is kept in the unit of the measure chosen (`kept_in`: "Generation
    (MWh)")."""
    if measure is None or table.column(measure) is None:
        return None
    degrees = _degrees(text, kept_in or measure)
    if degrees is not None:
        return degrees
    own = unit_of(kept_in or measure)
    if own is None:
        return _other_than_money(text, kept_in or measure)
    for match in _ASKED.finditer(text):
        word = match.group(1)
        asked = _UNITS.get(word)
        if (
            asked is None
            or len(word) < 2
            or word in ("pound", "pounds")
            and own[0] != "mass"  # "weight in pounds" of `petWeight_kg`, not money
            and (word not in convertible_words(table))
        ):
            continue
        if asked[0] != own[0]:
            return word
        if asked[1] != own[1]:
            return Conversion(measure, word, own[1] / asked[1])
    return None


_MONEY_WORDS = {"fee", "fees", "price", "cost", "revenue", "income", "salary", "spend", "fare"}


def _other_than_money(text: str, measure: str) -> str | None:
    """The unit asked when `measure` is money (`consultFee_GBP`) and the question asks it in
    a unit of time, mass or length ("how long is a consultation in minutes")."""
    words = set(words_of(measure).split())
    if not words & (set(CURRENCIES) | _MONEY_WORDS):
        return None
    for match in _ASKED.finditer(text):
        word = match.group(1)
        if len(word) >= 2 and word in _UNITS and word not in ("pound", "pounds"):
            return word
    return None


# Temperature scales, which convert with an offset: the scale, and (factor, offset) from °C
_SCALES = {"c": "celsius", "celsius": "celsius", "centigrade": "celsius", "degc": "celsius",
           "f": "fahrenheit", "fahrenheit": "fahrenheit", "degf": "fahrenheit",
           "kelvin": "kelvin"}  # fmt: skip
_FROM_CELSIUS = {"celsius": (1.0, 0.0), "fahrenheit": (1.8, 32.0), "kelvin": (1.0, 273.15)}
_SCALE_ASKED = re.compile(
    r"\b(?:in|into|as|to)\s+(?:the\s+)?(?:deg(?:rees?)?\s+|°\s*)?"
    r"(celsius|centigrade|fahrenheit|kelvin|c|f)\b"
)


def _degrees(text: str, measure: str) -> Conversion | None:
    """ "in celsius", "in deg C" of a temperature kept in the other scale (`temp_degF`)."""
    words = words_of(measure).split()
    if not _kept_in_degrees(measure):
        return None
    own = _SCALES[words[-1]]
    asked = _SCALE_ASKED.search(text)
    scale = _SCALES.get(asked.group(1)) if asked else None
    if scale is None or scale == own:
        return None
    to_c, to_c_offset = _FROM_CELSIUS[own]  # own = C × to_c + to_c_offset
    into, into_offset = _FROM_CELSIUS[scale]
    factor = into / to_c
    bare = " ".join(w for w in words if w not in _SCALES and w != "deg")
    shown = {"celsius": "°C", "fahrenheit": "°F", "kelvin": "K"}[scale]
    label = f"{bare or measure} ({shown})"
    return Conversion(measure, scale, factor, label, into_offset - to_c_offset * factor)


def _kept_in_degrees(measure: str) -> bool:
    words = words_of(measure).split()
    scale = words[-1] if len(words) >= 2 else ""
    # a lone "f" or "c" is a scale only after a temperature's name (`WaterTemp_F`)
    return scale in _SCALES and (len(scale) > 1 or any(w.startswith("temp") for w in words))


_PER_UNIT = re.compile(r"\bunit\b|\bper\b|^rate\b")


def per_unit(column: str) -> bool:
    """Is the column already an amount per unit (`unitPriceEur`, `ratePerWord_EUR`)? Then
    "price per litre" is the column itself, never a ratio of totals."""
    return bool(_PER_UNIT.search(words_of(column)))
