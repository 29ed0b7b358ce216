"""Numbers spelled as words, written as digits: "the three councils" → the 3 councils,
"above one hundred and ten" → above 110, "sixty per cent" → 60 percent, "a thousand" →
1000. "One" alone stays a word ("which one", "the one with"); it is a number only inside
a longer number ("twenty one", "one hundred")."""

from __future__ import annotations

import re

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_CENTURIES = {"eighteen", "nineteen", "twenty"}  # the first half of a year said in words
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD = "|".join(sorted([*_SMALL, *_SCALES], key=len, reverse=True))
# A run of number words, joined by spaces, hyphens or "and" ("one hundred and ten"), or a
# scale after "a" ("a hundred"); "and" only ever joins, it never ends the run.
_RUN = re.compile(
    rf"\b(?:(?:a|an)\s+(?=(?:{'|'.join(_SCALES)})\b))?(?:{_WORD})"
    rf"(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}))*\b",
    re.I,
)


_TENS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
         "nineties")  # fmt: skip
# "the fifties", "the nineteen-seventies": decades of the twentieth century, as people say them
_DECADE = re.compile(rf"\b(?:nineteen[\s-]?)?({'|'.join(_TENS)})\b", re.I)


def digits(text: str) -> str:
    """The text with every number said in words written in digits."""
    text = _DECADE.sub(lambda m: f"19{_TENS.index(m[1].lower()) + 2}0s", text)
    return _RUN.sub(_replace, text)


def _replace(match: re.Match[str]) -> str:
    words = re.split(r"[\s-]+", match[0].lower())
    if words[0] in ("a", "an"):
        words[0] = "one"
    words = [w for w in words if w != "and"]
    if words == ["one"]:
        return match[0]  # "which one": a pronoun, not a number
    value = _value(words)
    if value is None and words[0] in _CENTURIES and len(words) > 1:
        rest = _value(words[1:])  # "nineteen ninety-five", "twenty twenty-three": a year
        value = _SMALL[words[0]] * 100 + rest if rest is not None and 10 <= rest < 100 else None
    return match[0] if value is None else str(value)


def _value(words: list[str]) -> int | None:
    """The number the words say, or None where they are not one number ("two three")."""
    total = current = 0
    last: int | None = None  # the size of the word before, to refuse "two three"
    for word in words:
        if word in _SCALES:
            scale = _SCALES[word]
            if current == 0 and last is None:
                return None
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
            last = scale
            continue
        number = _SMALL[word]
        if last is not None and last < 100 and (last < 20 or number >= 10):
            return None  # "two three", "twenty thirty": two numbers, not one
        current += number
        last = number
    return total + current


# Numbers written the continental way, read as written there: "1.500 €" and "1.250.000" are
# thousands with dots, "12 000 km" thousands with spaces, "2,5 hours" and "1.500,50 €" a
# decimal comma, "3 Mio." a million. A dot before three digits is a thousands separator only
# when two or more such groups follow, a decimal comma follows, or money or a unit is next
# ("1.500 kg"); "1.500" alone stays 1.5.
_SPACED = re.compile(r"(?<![\d.,])(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)(?![\d.,])")
_GROUPS = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.])|(?<![\d.,])\d{1,3}(?:\.\d{3})+(?=,\d{1,2}(?!\d))"
)
_MARKED = re.compile(
    r"(?<![\d.,])(\d{1,3})\.(\d{3})(?=\s*(?:€|\$|£|eur|euros?|usd|gbp|chf|dollars?|pounds?|kg|km|"
    r"kwh|mwh|m2|m²|m3|litres?|liters?|l\b|hrs?\b|hours?|mins?\b|minutes?|tonnes?|t\b|units?|"
    r"bottles?|rides?|visits?))",
    re.I,
)
_DECIMAL_COMMA = re.compile(
    r"(?<![\d.,])(\d+),(\d{1,2})(?![\d,])(?!\s*(?:,|and|or|&)\s*\d+(?![,.]\d))"
)
_SCALE_WORDS = (
    (re.compile(r"\bin\s+mio\b\.?", re.I), "in millions"),  # "in Mio. €"
    (re.compile(r"\bmio\b\.?", re.I), "million"),
    (re.compile(r"\bmrd\b\.?", re.I), "billion"),
    (re.compile(r"\btsd\b\.?", re.I), "thousand"),
)


def continental(text: str) -> str:
    text = _SPACED.sub(lambda m: m[1] + re.sub(r"\D", "", m[2]), text)
    text = _GROUPS.sub(lambda m: m[0].replace(".", ""), text)
    text = _MARKED.sub(r"\1\2", text)
    text = _DECIMAL_COMMA.sub(r"\1.\2", text)
    for pattern, word in _SCALE_WORDS:
        text = pattern.sub(word, text)
    return text
