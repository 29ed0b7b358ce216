"""The corpus case record and the small helpers every corpus module shares."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path


@dataclass(frozen=True)
class Case:
    file: str  # the file name as an analyst uploads it (may be hostile)
    kind: str  # the class, short slug, e.g. "encoding-utf16", "footer-totals"
    expect: str  # "table" or "error"
    table: str | None = None  # which sheet / zip member (None = the main/only table)
    rows: int | None = None  # data rows (header, preamble, footers, repeated headers not counted)
    ncols: int | None = None
    columns: tuple[str, ...] | None = None  # exact column names in order; None when no header
    columns_contain: tuple[str, ...] = ()  # multi-row headers: name i must contain word(s) i
    numeric: tuple[str, ...] = ()  # columns (name or "#k") that must load as numbers
    text: tuple[str, ...] = ()  # columns that must stay text
    bools: tuple[str, ...] = ()  # columns that must load as booleans
    dates: tuple[str, ...] = ()  # columns that must load as dates/datetimes
    cells: tuple[tuple[int, str, object], ...] = ()  # (data row, column, expected value)
    note_words: tuple[str, ...] = ()  # lowercase words that must appear in the stated assumptions
    error_words: tuple[str, ...] = ()  # expect="error": lowercase words of the error message
    # Name of the bytes inside the build directory when `file` cannot be a file name on disk
    # (a name longer than 255 bytes). None: the file is stored under `file` itself.
    disk_name: str | None = None

    @property
    def stored_as(self) -> str:
        """The file name inside the build directory that holds this case's bytes."""
        return self.disk_name or self.file


EPOCH = (2024, 1, 3, 9, 15, 0)  # every timestamp inside a container file
EPOCH_ISO = "2024-01-03T09:15:00Z"


def write(directory: Path, name: str, data: bytes | str, encoding: str = "utf-8") -> None:
    raw = data.encode(encoding) if isinstance(data, str) else data
    (directory / name).write_bytes(raw)


def needs_quotes(text: str, delim: str, quote: str) -> bool:
    return any(ch in text for ch in (delim, delim.strip() or delim, quote, "\n", "\r"))


def line(fields: Iterable[object], delim: str = ",", quote: str = '"', always: bool = False) -> str:
    """One delimited record (no line ending); quotes are escaped by doubling."""
    out = []
    for value in fields:
        text = cell_text(value)
        if always or needs_quotes(text, delim, quote):
            text = quote + text.replace(quote, quote * 2) + quote
        out.append(text)
    return delim.join(out)


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def table_text(
    header: Sequence[object] | None,
    rows: Iterable[Sequence[object]],
    delim: str = ",",
    eol: str = "\n",
    quote: str = '"',
    always: bool = False,
) -> str:
    lines = [] if header is None else [line(header, delim, quote, always)]
    lines += [line(r, delim, quote, always) for r in rows]
    return eol.join(lines) + eol


def gold(value: object) -> object:
    """A python value as the cell spot-check wants it (dates as YYYY-MM-DD strings)."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def spot(
    columns: Sequence[str], rows: Sequence[Sequence[object]], picks: Iterable[tuple[int, str]]
) -> tuple[tuple[int, str, object], ...]:
    """Cell checks taken from the generated data: (row, column) -> value in that row."""
    out = []
    for r, col in picks:
        index = int(col[1:]) if col.startswith("#") else list(columns).index(col)
        out.append((r, col, gold(rows[r][index])))
    return tuple(out)


def ends(n: int) -> list[int]:
    """Row indexes worth spot-checking in a table of n rows: first, middle, last."""
    return sorted({0, n // 2, n - 1})


def normalize_zip(raw: bytes) -> bytes:
    """Re-pack a zip container (xlsx, ods) with fixed member timestamps and fixed document
    dates, so the corpus bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                text = data.decode("utf-8")
                text = re.sub(
                    r"(<(dcterms:created|dcterms:modified|meta:creation-date|dc:date)[^>]*>)"
                    r"[^<]*(</\2>)",
                    lambda m: m.group(1) + EPOCH_ISO + m.group(3),
                    text,
                )
                data = text.encode("utf-8")
            if "mimetype" in src.namelist() and info.filename.endswith(".xml"):
                data = odf_namespaces(data)
            fixed = zipfile.ZipInfo(info.filename, date_time=EPOCH)
            fixed.compress_type = info.compress_type
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, data)
    return out.getvalue()


ODF_NAMESPACES = {
    p: f"urn:oasis:names:tc:opendocument:xmlns:{p}:1.0"
    for p in ("office", "text", "meta", "table", "chart", "presentation", "style")
} | {
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


def odf_namespaces(raw: bytes) -> bytes:
    """odfpy declares on each root element the namespaces it has met so far in the process,
    so the same document differs between a first and a second build: declare a fixed set."""
    text = raw.decode("utf-8")
    match = re.search(r"<(office:document-[a-z]+)((?:\s+xmlns:[a-z]+=\"[^\"]*\")+)", text)
    if not match:
        return raw
    found = dict(re.findall(r'xmlns:([a-z]+)="([^"]*)"', match.group(2)))
    merged = ODF_NAMESPACES | found
    decl = "".join(f' xmlns:{k}="{v}"' for k, v in sorted(merged.items()))
    return (text[: match.start(2)] + decl + text[match.end(2) :]).encode("utf-8")


def zip_members(members: Sequence[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)
    return out.getvalue()
