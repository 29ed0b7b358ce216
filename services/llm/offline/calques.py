"""The English of colleagues whose first language is another one, read as the analyst reads
English: "the media of the price" (Italian, Spanish, Portuguese *media*: the mean), "the
most high", "percentual variation", "quanti months", "the first semester of 2015" (a half
year), "the first trimester" (a quarter), decimal commas ("more than 2,5") and points that
group thousands ("over 1.000"), dates written day first with points ("the 01.06.2022").

A word is read so only when no column name or category value of the table holds it: a
table with a `media` column (or a size `Medium`) keeps its own meaning."""

from __future__ import annotations

import re
from collections.abc import Callable

from services.llm.offline.names import words_of
from services.llm.offline.schema import Table

_MEAN = r"media|medium|durchschnitt|mittelwert|promedio|moyenne|gemiddelde|srednia|średnia"
_MONTH_NAMES = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_ADJECTIVES = {
    "high": ("higher", "highest"),
    "low": ("lower", "lowest"),
    "big": ("bigger", "biggest"),
    "small": ("smaller", "smallest"),
    "cheap": ("cheaper", "cheapest"),
    "old": ("older", "oldest"),
    "young": ("younger", "youngest"),
    "heavy": ("heavier", "heaviest"),
    "long": ("longer", "longest"),
    "large": ("larger", "largest"),
    "tall": ("taller", "tallest"),
    "short": ("shorter", "shortest"),
    "fast": ("faster", "fastest"),
    "slow": ("slower", "slowest"),
}
# Each: (pattern, replacement, the word a table's names must not hold for it to apply)
_REWRITES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\bin (?:" + _MEAN + r")\b", re.I), "on average", ""),
    (
        re.compile(r"\b(?:" + _MEAN + r")s?\b(?!\s+(?:size|sized|term|range|risk)\b)", re.I),
        "average",
        "",
    ),
    (
        re.compile(
            r"\b(?:percentual|percentage|procentual|porcentual|percent|%)\s+variations?\b"
            r"|\bvariations?\s+(?:in|of|en)\s+(?:%|percent|percentage)\b",
            re.I,
        ),
        "% change",
        "variation",
    ),
    (re.compile(r"\bpercentual\b", re.I), "%", ""),
    (re.compile(r"\bin the time\b", re.I), "over time", ""),
    (re.compile(r"\bvariation(?=\s+(?:of\s+)?.{0,60}\bfrom\b)", re.I), "change", "variation"),
    (
        re.compile(
            r"\b(?:quanti|quante|quantos|quantas|cu[aá]ntos|cu[aá]ntas|combien de|wie viele)\b",
            re.I,
        ),
        "how many",
        "",
    ),
    (re.compile(r"\bsay me\b", re.I), "tell me", ""),
    (
        re.compile(
            r"\b(?:a |an )?(?:bars?|columns?) graphics?\b|\bgraphics? (?:of|with) bars\b", re.I
        ),
        "a bar chart",
        "",
    ),
    (re.compile(r"\bgraphics?\b", re.I), "chart", "graphic"),
    # a bookkeeper's shorthand: "MTD March 2025" is March 2025, "variance vs last month"
    # the change on it
    (re.compile(rf"\bmtd\s+(?=(?:{_MONTH_NAMES})\b)", re.I), "", ""),
    (re.compile(r"\bmtd\b", re.I), "this month", "mtd"),
    (
        re.compile(
            r"\bvariance\s+(?:vs\.?|versus|on|to|against|over)\s+(?=(?:the\s+)?(?:last|"
            r"prior|previous)\s+(?:month|year|quarter|week)\b)",
            re.I,
        ),
        "change vs ",
        "variance",
    ),
)
_HALF = re.compile(r"\b(first|second|1st|2nd)\s+semester\s+(?:of\s+)?((?:19|20)\d\d)\b", re.I)
_THIRD = re.compile(
    r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+trimester\s+(?:of\s+)?((?:19|20)\d\d)\b", re.I
)
_ORDINAL = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
# "the most high", "more high", "the more expensive" said of one
_DEGREE = re.compile(r"\b(most|more)\s+(" + "|".join(_ADJECTIVES) + r")\b", re.I)
# "1.000", "100.000", "2.500.000": points that group thousands (never a leading 0)
_GROUPED = re.compile(r"(?<![\d.,])([1-9]\d{0,2}(?:\.\d{3})+)(?![\d.,]*\d)")
# "01.06.2022", "1.6.2022": day, month, year with points
_DOTTED_DAY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")


def plain_english(text: str, table: Table) -> str:
    """The question with the words of another language's English read as English."""
    held = _held_words(table)
    for pattern, said, guard in _REWRITES:
        if guard and guard in held:
            continue
        text = pattern.sub(_unless_held(said, held), text)
    text = _HALF.sub(_half, text)
    text = _THIRD.sub(lambda m: f"Q{_ORDINAL[m[1].lower()]} {m[2]}", text)
    text = _DEGREE.sub(_degree, text)
    text = _DOTTED_DAY.sub(_dotted, text)
    text = _GROUPED.sub(lambda m: m[1].replace(".", ""), text)
    return text


def _unless_held(said: str, held: set[str]) -> Callable[[re.Match[str]], str]:
    """A replacement that keeps the words when the table holds them."""
    return lambda m: m[0] if _held(m[0], held) else said


def _held_words(table: Table) -> set[str]:
    words: set[str] = set()
    for column in table.columns:
        words |= set(words_of(column.name).split())
        for value in column.values[:200]:
            words |= set(words_of(str(value)).split())
    return words


def _held(said: str, held: set[str]) -> bool:
    return any(
        w in held for w in words_of(said).split() if w not in ("a", "an", "of", "with", "in")
    )


def _half(match: re.Match[str]) -> str:
    first = _ORDINAL[match[1].lower()] == 1
    return f"{'january to june' if first else 'july to december'} {match[2]}"


def _degree(match: re.Match[str]) -> str:
    comparative, superlative = _ADJECTIVES[match[2].lower()]
    return superlative if match[1].lower() == "most" else comparative


def _dotted(match: re.Match[str]) -> str:
    day, month = int(match[1]), int(match[2])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match[0]
    return f"{match[3]}-{month:02d}-{day:02d}"
