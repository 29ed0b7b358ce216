"""How a delimited text is split: delimiter, quote and escape characters, chosen by how
consistently each candidate splits a sample into rows of one width with typed cells
(the idea behind CleverCSV's data consistency measure, whose detector is one candidate)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

csv.field_size_limit(2**31 - 1)  # a 250 KB text cell is a cell, not an error
DELIMITERS = (",", ";", "\t", "|", " ", ":")
NAMES = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "pipes", " ": "spaces",
         ":": "colons"}  # fmt: skip
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_TYPED = re.compile(
    r"""^(?:
      [-+]?[$€£¥]?\s?[-+]?\d[\d,.'\u00a0\u202f ]*(?:[eE][-+]?\d+)?\s?(?:%|[$€£¥])?   # numbers
    | \d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?              # dates
    | \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?                                     # times
    | (?i:true|false|yes|no|y|n|na|n/a|null|none|nan)
    | https?://\S+ | [\w.+-]+@[\w-]+\.[\w.]+                                        # url, email
    | [^\W\d_][\w'&()/.\-!?]*(?:\ [^\W_][\w'&()/.\-!?]*)*                           # words
    )$""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Dialect:
    delimiter: str = ","
    quotechar: str = '"'
    escapechar: str = ""
    skipinitialspace: bool = False  # ", " between fields

    def describe(self) -> str:
        name = NAMES.get(self.delimiter, repr(self.delimiter))
        return f"{name} followed by a space" if self.skipinitialspace else name


def lines_of(text: str) -> list[str]:
    """Physical lines, ends kept; CR, LF and CRLF all end a line (and nothing else does)."""
    return _LINE.findall(text)


def records(lines: list[str], dialect: Dialect) -> Iterator[tuple[int, list[str]]]:
    """(1-based first line, fields) for each record; quoted fields may span lines."""
    reader = csv.reader(
        iter(lines),
        delimiter=dialect.delimiter,
        quotechar=dialect.quotechar or '"',
        quoting=csv.QUOTE_MINIMAL if dialect.quotechar else csv.QUOTE_NONE,
        escapechar=dialect.escapechar or None,
        doublequote=True,
        skipinitialspace=dialect.skipinitialspace,
        strict=False,
    )
    start = 1
    for row in reader:
        yield start, row
        start = reader.line_num + 1


def sniff(lines: list[str], *, hint: str = "") -> Dialect:
    """The best dialect for a sample of lines (the first 200 or so are enough)."""
    sample = [line for line in lines[:400] if line.strip()][:200]
    if not sample:
        return Dialect()
    text = "".join(sample)
    candidates = {Dialect()}
    for delimiter in DELIMITERS:
        if delimiter not in text:
            continue
        for quote in ('"', "'", ""):
            if quote and quote not in text:
                continue
            candidates.add(Dialect(delimiter, quote))
            if "\\" + quote in text and quote:
                candidates.add(Dialect(delimiter, quote, "\\"))
        if delimiter == "," and ", " in text:
            candidates.add(Dialect(",", '"', "", True))
    if hint == "\t":
        candidates = {d for d in candidates if d.delimiter == "\t"} or candidates
    scored = [(_score(sample, d), _preference(d), d) for d in candidates]
    return max(scored, key=lambda item: (item[0], item[1]))[2]


def _preference(dialect: Dialect) -> tuple[int, int, int, int]:
    """Ties go to the usual: comma, double quotes, no escape, no skipped spaces."""
    order = DELIMITERS.index(dialect.delimiter) if dialect.delimiter in DELIMITERS else 9
    return (
        -order,
        {'"': 2, "": 1, "'": 0}[dialect.quotechar],
        -len(dialect.escapechar),
        -int(dialect.skipinitialspace),
    )


def _score(sample: list[str], dialect: Dialect) -> float:
    """Pattern consistency (rows of the modal width, more columns better) × type score."""
    try:
        rows = [row for _, row in records(sample, dialect) if any(f.strip() for f in row)]
    except csv.Error:
        return 0.0
    if not rows:
        return 0.0
    widths = Counter(len(row) for row in rows)
    width, count = widths.most_common(1)[0]
    if width < 2:
        return 0.0
    pattern = (count / len(rows)) * (1 - 1 / (width + 1))
    cells = [cell.strip() for row in rows[:100] for cell in row[:100]]
    others = [d for d in ",;\t|" if d != dialect.delimiter]
    typed = sum(
        -1 if any(d in cell for d in others) else 1 if not cell or _TYPED.match(cell) else 0
        for cell in cells
    ) / len(cells)
    return pattern * (1.5 + typed)
