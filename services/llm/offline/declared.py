"""Units a question declares for a column whose name says none: "TMAX is recorded in
degrees Fahrenheit.", "The melting point column is in kelvin.", "Time is in seconds", "given
that Salary is in thousands of dollars". The declaring clause is taken out of the question,
and the column is read as if its name said the unit (`TMAX (degf)`), so that a conversion
asked for ("in Celsius", "in dollars", "in minutes") applies; a unit the analyst does not
know is no declaration, and the clause stays (its words then decline the question)."""

from __future__ import annotations

import re

from services.llm.offline.names import words_of
from services.llm.offline.schema import Table
from services.llm.offline.units import unit_words

# "X is (recorded) in U", "the X column is in U", "given that X is in U", "(X in U)"
_DECLARED = re.compile(
    r"(?P<lead>^|(?<=[.;:?!])\s*|,\s*|\(\s*|\bgiven\s+that\s+|\b(?:note|nb)\s*[:,]?\s+)"
    r"(?:the\s+)?(?P<column>[A-Za-z][\w .%/-]{0,40}?)\s+(?:column\s+|values?\s+)?"
    r"(?:is|are)\s+(?:recorded\s+|given\s+|measured\s+|kept\s+|stored\s+|expressed\s+|"
    r"reported\s+|written\s+)?in\s+(?P<unit>[^.;:?!,()]{1,40}?)\s*(?P<end>[.;!?,)]|$)",
    re.I,
)

# "tsize (mm)": a column's name with its unit in brackets after it
_BRACKETED = re.compile(r"(?P<column>\b[A-Za-z][\w.]{0,30})\s*\(\s*(?P<unit>[^()]{1,20}?)\s*\)")

# How a declared unit is written after a column's name so the conversions read it
_TEMPERATURES = {
    "fahrenheit": "degf", "degrees fahrenheit": "degf", "°f": "degf", "deg f": "degf",
    "degrees f": "degf", "celsius": "degc", "degrees celsius": "degc", "°c": "degc",
    "deg c": "degc", "degrees c": "degc", "centigrade": "degc", "kelvin": "kelvin",
    "degrees kelvin": "kelvin",
}  # fmt: skip
_MONEY = re.compile(r"^(thousands|millions)(?:\s+of\s+(?:us\s+)?(dollars|euros|pounds|rupees))?$")
_CODES = {"dollars": "usd", "euros": "eur", "pounds": "gbp", "rupees": "inr"}
_MARKS = {"thousands": "000", "millions": "mn"}


def _written(unit: str) -> str | None:
    """The unit as a column name would end with it, or None for a unit not known."""
    said = re.sub(r"\s+", " ", unit.strip().lower())
    if said in _TEMPERATURES:
        return _TEMPERATURES[said]
    money = _MONEY.match(said)
    if money is not None:
        code = _CODES.get(money.group(2) or "dollars", "usd")
        return f"{code} {_MARKS[money.group(1)]}"
    return said if said in unit_words() else None


def _column(said: str, table: Table) -> str | None:
    """The column the words name exactly (by its name or its spoken words)."""
    words = words_of(said)
    for column in table.of_kind("number"):
        if said.lower() == column.name.lower() or words == words_of(column.name):
            return column.name
    return None


def declared_units(texts: list[str], table: Table) -> dict[str, str]:
    """Each column a question of the conversation declares a unit for → its name as if it
    said that unit (`TMAX` → `TMAX (degf)`); the latest declaration wins."""
    found: dict[str, str] = {}
    for text in texts:
        for match in [*_DECLARED.finditer(text), *_BRACKETED.finditer(text)]:
            column = _column(match.group("column"), table)
            unit = _written(match.group("unit"))
            if column is not None and unit is not None:
                found[column] = f"{column} ({unit})"
    return found


def undeclared(text: str, table: Table) -> str:
    """The question without the clauses that declare a known unit for a column."""

    def known(match: re.Match[str]) -> bool:
        return bool(_column(match.group("column"), table) and _written(match.group("unit")))

    def cut(match: re.Match[str]) -> str:
        if not known(match):
            return match[0]
        return " " if match.group("end") in ".;!?)" or not match.group("end") else ", "

    def bracket(match: re.Match[str]) -> str:
        return match.group("column") if known(match) else match[0]

    return _BRACKETED.sub(bracket, _DECLARED.sub(cut, text)).strip()


def unit_names(declared: dict[str, str]) -> set[str]:
    """The words a question may ask a declared column's answer in ("celsius", "dollars",
    "minutes"): never unknown words on such a table."""
    words: set[str] = set()
    for name in declared.values():
        unit = name.rsplit("(", 1)[-1].rstrip(")")
        if unit in ("degf", "degc", "kelvin"):
            words |= {"celsius", "centigrade", "fahrenheit", "kelvin", "deg", "degrees"}
        elif unit.endswith(("000", "mn")):
            words |= {"dollars", "euros", "pounds", "rupees", "thousands", "millions"}
        else:
            words |= unit_words()
    return words
