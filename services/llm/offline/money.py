"""Money kept at a scale, answered at the scale asked: "total sales in millions" on `Net
Sales (GBP 000)`, "late fees in euros" on `lateFee_cents`, "budget in $ billions" on
`budget_musd`. A column is money when its name carries a currency (a code or a symbol) or
cents; its scale is the marker in its name (`000`, `k`, `m`, `mn`, `bn`, `cents`), else
one unit. A column with neither is left as it is: its scale is not known."""

from __future__ import annotations

import re

from services.llm.offline.names import CURRENCIES, CURRENCY_WORDS, spelled_out, words_of
from services.llm.offline.schema import Table
from services.llm.offline.units import Conversion

_SCALES = {
    "cent": 0.01, "cents": 0.01, "k": 1e3, "000": 1e3, "thousand": 1e3, "thousands": 1e3,
    "m": 1e6, "mn": 1e6, "mm": 1e6, "mio": 1e6, "million": 1e6, "millions": 1e6,
    "bn": 1e9, "billion": 1e9, "billions": 1e9, "000s": 1e3,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip
# A count kept at a scale its name marks: `residents_000s`, `Population (millions)`
_MARKS = {"000": 1e3, "000s": 1e3, "thousands": 1e3, "millions": 1e6, "mn": 1e6, "mio": 1e6,
          "bn": 1e9, "billions": 1e9}  # fmt: skip
_GLUED = re.compile(r"^(k|m|mn|bn)(usd|eur|gbp)$|^(usd|eur|gbp)(k|m|mn|bn)$")
# "in millions", "in $ billions" (the symbol is gone once normalised), "in euros"
_ASKED = re.compile(
    r"\bin\s+(?:(?:usd|eur|gbp|inr|dollars?|pounds?|euros?|rupees?|us)\s+)?"
    r"(cents|thousands|millions|mn|billions|bn|lakhs|crores)\b"
    r"|\bin\s+(dollars|euros|pounds|rupees|usd|eur|gbp|inr)\b"
    r"(?!\s+(?:thousands|millions|billions|mn|bn|lakhs|crores))"
)

HUNDREDTHS = {"cent", "cents", "pence", "penny", "pennies", "ct", "eurct", "usdct"}  # of a unit
_MONEY_NOUNS = {
    "salary", "salaries", "pay", "wage", "wages", "price", "cost", "revenue", "income", "fee",
    "charge", "budget", "spend", "earnings", "bonus", "rent", "offer", "fare", "tip", "takings",
    "sales", "spending", "turnover", "charges", "fees", "fares", "tips",
}  # fmt: skip
_SAID = re.compile(r"\b(dollars|euros|pounds|rupees)\b")
_OF_THINGS = re.compile(r"^\s+of\s+[a-z]")


def scale_of(column: str) -> float | None:
    """The scale a money column is kept at (1 for plain currency), or None when the column
    is not marked as money."""
    words = words_of(column).split()
    words = [w.lstrip("$€£") or w for w in words]  # `Requested (£k)`: k
    for word in words:
        glued = _GLUED.match(word)
        if glued:
            return _SCALES[glued.group(1) or glued.group(4)]
    money = bool(set(words) & set(CURRENCIES)) or any(s in column for s in "$€£")
    money = money or bool(set(words) & CURRENCY_WORDS)
    markers = [_SCALES[w] for w in words[1:] if w in _SCALES]
    if set(words) & HUNDREDTHS or len(words) > 1 and words[-1] == "c" and money_noun(column):
        return 0.01  # `fare_c`, `rev_c`: money in cents
    if not money:  # `offerSalaryK`: money by its name, at the scale marked
        return markers[-1] if markers and set(words) & _MONEY_NOUNS else None
    return markers[-1] if markers else 1.0


def marked_scale(column: str) -> float | None:
    """The scale a column's name marks, money or not (`residents_000s`: thousands)."""
    words = words_of(column).split()
    marks = [_MARKS[w] for w in words[1:] if w in _MARKS]
    return marks[-1] if marks else scale_of(column)


def money_noun(column: str) -> bool:
    """Is the column named as money (`price`, `salary`) without a currency or a scale?"""
    words = set(words_of(column).split())
    spelled = {w for phrase in spelled_out(words_of(column)) for w in phrase.split()}
    return bool((words | spelled) & _MONEY_NOUNS)  # `rev_c`: revenue


_DEDUCTIONS = ("discount", "fee", "tax", "vat", "refund", "deposit", "tip", "trade")


def paid(column: str) -> bool:
    """A money column of what was paid, not of a deduction from it (discounts, fees, tax)."""
    words = words_of(column).split()
    return scale_of(column) is not None and not any(w.startswith(_DEDUCTIONS) for w in words)


def in_no_currency(column: str) -> bool:
    """Money by its name alone (`offerSalaryK`): any currency the question says is taken
    as the column's own."""
    words = set(words_of(column).split())
    coded = words & (set(CURRENCIES) | HUNDREDTHS) or any(s in column for s in "$€£")
    named = words & CURRENCY_WORDS
    return scale_of(column) is not None and not coded and not named


def _large(table: Table, measure: str, word: str) -> bool:
    """Does the column reach the scale asked (`population` up to 1.4e9 "in millions")? Then
    its values are ones; a `price` of 450 asked "in millions" may be kept in thousands."""
    column = table.column(measure)
    high = column.high if column is not None else None
    scale = _SCALES.get(word, 0.0)
    return high is not None and scale >= 1e3 and abs(high) >= scale


def money_conversion(
    text: str, table: Table, measure: str | None, *, long: bool = False, kept: str | None = None
) -> Conversion | None:
    """The conversion to the scale the question asks for, when the measure is a column of
    the table whose scale is known and differs from it (`long`: a long table's `value`,
    whose unit its measure's name gives, is never taken as kept in ones; `kept`: the name
    of the measure a long table's row holds, `paid_trip_revenue_inr`, whose scale is its)."""
    if measure is None or table.column(measure) is None:
        return None
    own = marked_scale(kept or measure)
    found = _ASKED.search(text)
    whole = found and (_SAID.search(text) or found.group(1) == "cents")  # a currency said
    if own is None and whole and money_noun(measure):
        own = 1.0  # `price` asked "in $k", `wage` "in cents": money in whole units; "price in
        # millions" says no currency, and the price may be kept in thousands: left as it is
    if own is None and found and _OF_THINGS.search(text[found.end() :]):
        own = 1.0  # "in thousands of units", "in millions of francs": ones scaled as said
    if own is None and found and found.group(1) and not long and _large(table, measure, found[1]):
        own = 1.0  # "population in millions" where the largest is 1.4 billion: kept in ones
    said = _SAID.search(text)  # "total $ claimed" on cents: the answer in dollars
    if own is None or found is None and (said is None or own >= 1):
        return None
    word = (found.group(1) or found.group(2)) if found else said[0] if said else ""
    asked = _SCALES.get(word, 1.0)
    if asked == own:
        return None
    return Conversion(measure, word, own / asked, f"{measure} in {word}")
