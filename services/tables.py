"""How to read a delimited text file: encoding, delimiter, decimal mark and a title line
above the header, guessed from its first bytes. Shared by the data card (in the app) and
the code interpreter's description of the files (so any model reads them right)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field

from services.filetypes import sniff

_DELIMITERS = ",;\t|"


@dataclass(frozen=True)
class Recipe:
    sep: str = ","
    decimal: str = "."
    encoding: str = "utf-8"
    skiprows: int = 0
    assumptions: tuple[str, ...] = field(default=())

    def read_csv_args(self) -> str:
        """Keyword arguments for pd.read_csv beyond the defaults, as Python source."""
        parts = []
        if self.sep != ",":
            parts.append(f"sep={self.sep!r}")
        if self.decimal != ".":
            parts.append(f"decimal={self.decimal!r}")
        if self.encoding not in ("utf-8", "ascii"):
            parts.append(f"encoding={self.encoding!r}")
        if self.skiprows:
            parts.append(f"skiprows={self.skiprows}")
        return ", ".join(parts)


def recipe(head: bytes, *, filename: str = "") -> Recipe:
    """Guess how to read a CSV/TSV from its first bytes; say what was assumed."""
    encoding = sniff(head).encoding or "utf-8"
    text = head.decode(encoding, errors="replace")
    lines = [line for line in text.splitlines() if line.strip()][:50]
    if len(lines) > 1 and len(head) >= 64 * 1024:
        lines = lines[:-1]  # the last line may be cut by the sniff window
    assumptions: list[str] = []
    if encoding == "utf-8-sig":
        encoding = "utf-8-sig"
    elif encoding not in ("utf-8", "ascii"):
        assumptions.append(f"the text is not UTF-8; read it as {encoding}")
    sep = "\t" if filename.lower().endswith(".tsv") else _delimiter(lines)
    skiprows = _title_lines(lines, sep)
    if skiprows:
        assumptions.append(f"skipped {skiprows} title line(s) above the header")
    body = "\n".join(lines[skiprows + 1 :])
    decimal = "."
    if (
        sep != ","
        and re.search(r"(?<![\d.])\d+,\d+(?![\d,])", body)
        and not re.search(r"\d+\.\d+", body)
    ):
        decimal = ","
        assumptions.append("numbers use a decimal comma")
    if sep != ",":
        name = {";": "semicolons", "\t": "tabs", "|": "pipes"}.get(sep, repr(sep))
        assumptions.append(f"columns are separated by {name}")
    return Recipe(
        sep=sep,
        decimal=decimal,
        encoding=encoding,
        skiprows=skiprows,
        assumptions=tuple(assumptions),
    )


def _delimiter(lines: list[str]) -> str:
    sample = "\n".join(lines[:20])
    try:
        return csv.Sniffer().sniff(sample, _DELIMITERS).delimiter
    except csv.Error:
        counts = {d: sum(line.count(d) for line in lines[:20]) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _title_lines(lines: list[str], sep: str) -> int:
    """Lines above the header with fewer fields than the rows below (a report title)."""
    if len(lines) < 3:
        return 0
    widths = [line.count(sep) for line in lines]
    body = max(set(widths[1:]), key=widths[1:].count)
    skipped = 0
    for width in widths:
        if width >= body or skipped >= 5:
            break
        skipped += 1
    return skipped
