"""Delimited text (CSV, TSV, TXT …) to a typed table: encoding, dialect, layout, types."""

from __future__ import annotations

import pandas as pd

from services.tables import layout, values
from services.tables.dialect import Dialect, lines_of, records, sniff
from services.tables.errors import TableError
from services.tables.reading import Reading
from services.tables.repair import check_unclosed_quote
from services.tables.text import decode, detect


def read_bytes(data: bytes, *, name: str = "", nrows: int | None = None) -> Reading:
    """Read a whole delimited text held in memory."""
    if not data.strip():
        raise TableError("the file is empty (or only blank space): there is no table to read.")
    encoding = detect(data[: 64 * 1024])
    text = decode(data, encoding)
    if "\x00" in text[:4096]:
        raise TableError(
            "the file holds binary data, not text: it is not a CSV. Export the table as "
            "CSV or Excel and upload that."
        )
    lines = lines_of(text)
    hint = "\t" if name.lower().endswith((".tsv", ".tab")) else ""
    dialect = sniff(lines, hint=hint)
    if not dialect.quotechar and '"' in text:
        # Quotes that would swallow the rest of the file: an unclosed quote, not a dialect.
        quoted = Dialect(dialect.delimiter, '"')
        check_unclosed_quote(list(records(lines, quoted)), lines, quoted)
    recs = list(records(lines, dialect))
    found = layout.find_quick(recs, dialect=dialect, lines=lines)
    if found is None:
        found = layout.find(recs, dialect=dialect, lines=lines)
    notes = [encoding.note] if encoding.note else []
    if dialect.delimiter != "," or dialect.skipinitialspace:
        notes.append(f"columns are separated by {dialect.describe()}")
    if not dialect.quotechar and '"' in text:
        notes.append("double quotes are read as plain characters (they do not pair up)")
    if dialect.quotechar == "'":
        notes.append("text is quoted with apostrophes")
    if dialect.escapechar:
        notes.append(f"quotes inside text are escaped with {dialect.escapechar!r}")
    return typed(found, dialect=dialect, notes=notes, nrows=nrows)


def typed(
    found: layout.Layout, *, dialect: Dialect, notes: list[str], nrows: int | None = None
) -> Reading:
    """A laid-out table of strings, with its column types decided and converted."""
    rows = found.rows
    frame = pd.DataFrame(rows, columns=found.columns, dtype=object)
    if frame.empty and not found.columns:
        frame = pd.DataFrame()
    decimal = values.file_decimal(frame, delimiter=dialect.delimiter)
    frame, type_notes = values.convert(frame, decimal=decimal)
    if nrows is not None:
        frame = frame.head(nrows)
    return Reading(
        frame=frame,
        assumptions=[*notes, *found.notes, *type_notes],
        rows=len(rows),
    )
