"""What a single cell looks like (number, date, time, boolean, empty or text): the shared
vocabulary of the layout and type decisions."""

from __future__ import annotations

import re

NA_TEXT = {"", "na", "n/a", "nan", "null", "none", "#n/a", "<na>", "nil", "missing", "-nan"}
NA_IN_TYPED = NA_TEXT | {"-", "--", "?", ".", "—", "–", "n.a.", "#value!", "#div/0!"}
BOOL_TRUE = {"true", "yes", "y", "t"}
BOOL_FALSE = {"false", "no", "n", "f"}
TOTAL_WORDS = re.compile(
    r"^\s*(grand\s+)?(total|totals|sum|subtotal|gesamt|summe|insgesamt|totaal|totale|somme)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"^[-+(]?\s?(?:[$€£¥₹]|[A-Z]{3}\s)?\s?[-+]?(?:\d[\d,.'\u00a0\u202f ]*\d|\d)"
    r"(?:[eE][-+]?\d+)?\s?(?:%|[$€£¥₹]|\s[A-Z]{3})?\)?$"
)
_DATE = re.compile(
    r"^(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"  # "Sun 25 May 2025", "Fri, 3/6/22"
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|\d{1,2}[ -]?[A-Za-z]{3,9}\.?[ -]?\d{2,4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4})"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AaPp][Mm])?$")


def kind(cell: str) -> str:
    """'empty', 'number', 'date', 'time', 'bool' or 'text'."""
    value = cell.strip()
    if not value or value.lower() in NA_TEXT:
        return "empty"
    if _DATE.match(value):
        return "date"
    if _NUMBER.match(value):
        return "number"
    if _TIME.match(value):
        return "time"
    if value.lower() in BOOL_TRUE or value.lower() in BOOL_FALSE:
        return "bool"
    return "text"
