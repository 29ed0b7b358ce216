"""Every format an analyst drops, to rows for the one layout and type pipeline: Excel and
OpenDocument sheets (calamine), JSON, JSON Lines, Parquet, and gzip / zip wrappers."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import zipfile
from typing import Any

import pandas as pd

from services.tables import delimited, layout
from services.tables.dialect import Dialect
from services.tables.errors import TableError
from services.tables.reading import Reading

MAX_INFLATED_BYTES = 4 * 1024**3  # a zip bomb stops here
SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
TEXTS = (".csv", ".tsv", ".tab", ".txt", ".dat", ".psv")
JSONS = (".json", ".jsonl", ".ndjson")


def kind_of(head: bytes, name: str) -> str:
    """'gzip', 'zip', 'spreadsheet', 'parquet', 'json', 'text' or 'binary' (content first)."""
    lower = name.lower()
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "spreadsheet" if lower.endswith(SPREADSHEETS) else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "spreadsheet"
    if head.startswith(b"PAR1"):
        return "parquet"
    if lower.endswith(SPREADSHEETS):
        return "not-spreadsheet"
    if lower.endswith(".parquet"):
        return "not-parquet"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if lower.endswith(JSONS) or stripped[:1] in (b"[", b"{"):
        return "json"
    return "text"


def sheet_names(data: bytes) -> list[str]:
    book = _workbook(data)
    return [s for s in book.sheet_names]


def read_sheet(data: bytes, *, sheet: str | None, nrows: int | None = None) -> Reading:
    book = _workbook(data)
    names = list(book.sheet_names)
    if not names:
        raise TableError("the workbook has no sheets.")
    if sheet is None:
        sheet = _main_sheet(book, names)
    elif sheet not in names:
        raise TableError(f"the workbook has no sheet {sheet!r}; its sheets are {names}.")
    rows = [[_cell_text(v) for v in row] for row in book.get_sheet_by_name(sheet).to_python()]
    recs = [(i + 1, row) for i, row in enumerate(rows)]
    found = layout.find(recs, dialect=Dialect(quotechar=""), lines=[])
    notes = [f"read sheet {sheet!r} of {len(names)}"] if len(names) > 1 else []
    reading = delimited.typed(found, dialect=Dialect(), notes=notes, nrows=nrows)
    reading.table, reading.tables, reading.format = sheet, names, "excel"
    return reading


def _workbook(data: bytes) -> Any:
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as error:  # calamine raises its own types for every kind of damage
        raise TableError(
            f"the spreadsheet cannot be opened ({str(error)[:120]}); it may be damaged or "
            "password-protected. Open it in Excel, save it again as .xlsx, and upload that."
        ) from error


def _main_sheet(book: Any, names: list[str]) -> str:
    """The first sheet with data (a leading empty or cover sheet is passed over)."""
    for name in names:
        sheet = book.get_sheet_by_name(name)
        if sheet.height > 1 and sheet.width > 1:
            return name
    return names[0]


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value)


def read_json(data: bytes, *, name: str, nrows: int | None = None) -> Reading:
    text = data.decode("utf-8-sig", errors="replace")
    stripped = text.strip()
    if not stripped:
        raise TableError("the file is empty: there is no table to read.")
    try:
        payload = json.loads(stripped)
        lines = False
    except json.JSONDecodeError as error:
        try:
            payload = [json.loads(line) for line in stripped.splitlines() if line.strip()]
            lines = True
        except json.JSONDecodeError:
            if stripped[:1] not in "[{":
                reading = delimited.read_bytes(data, name=name, nrows=nrows)
                reading.assumptions.insert(0, "the file is named .json but holds delimited text")
                return reading
            raise TableError(
                f"the JSON is not valid: {error.msg} at line {error.lineno}, column "
                f"{error.colno}. Fix it there (or export the data again) and upload it again."
            ) from error
    records, where = _records(payload)
    if records is None:
        raise TableError(
            "the JSON holds no list of records (objects with the same keys), so it is not a "
            "table. Upload a list of objects, JSON Lines, or a CSV."
        )
    frame = pd.json_normalize(records, sep=".") if records else pd.DataFrame()
    frame = frame.map(lambda v: json.dumps(v) if isinstance(v, list | dict) else v)
    notes = ["one JSON object per line (JSON Lines)"] if lines else []
    if where:
        notes.append(f"the records are under {where!r}")
    if any("." in str(c) for c in frame.columns):
        notes.append("nested objects became columns named parent.child")
    as_text = frame.map(lambda v: None if v is None or v != v else str(v)).astype(object)
    found = layout.Layout(columns=[str(c) for c in frame.columns], rows=as_text.values.tolist())
    reading = delimited.typed(found, dialect=Dialect(), notes=notes, nrows=nrows)
    reading.format = "json"
    return reading


def _records(payload: Any) -> tuple[list[Any] | None, str]:
    if isinstance(payload, list) and all(isinstance(x, dict) for x in payload):
        return payload, ""
    if isinstance(payload, list) and all(isinstance(x, list) for x in payload) and payload:
        header, *rows = payload
        return [dict(zip(map(str, header), r, strict=False)) for r in rows], ""
    if isinstance(payload, dict):
        for key, value in payload.items():
            if isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
                return value, key
        if all(not isinstance(v, list | dict) for v in payload.values()):
            return [payload], ""
    return None, ""


def read_parquet(data: bytes | str, *, nrows: int | None = None) -> Reading:
    import pyarrow.parquet as pq

    try:
        source = pq.ParquetFile(io.BytesIO(data) if isinstance(data, bytes) else data)
        rows = source.metadata.num_rows
        if nrows is not None:
            batch = next(source.iter_batches(batch_size=max(1, nrows)), None)
            frame = batch.to_pandas() if batch is not None else source.schema_arrow.empty_table()
            frame = frame if isinstance(frame, pd.DataFrame) else frame.to_pandas()
        else:
            frame = source.read().to_pandas()
    except Exception as error:  # pyarrow raises ArrowInvalid, OSError … for damaged files
        raise TableError(
            f"the Parquet file cannot be read ({str(error)[:120]}). Write it again and upload it."
        ) from error
    for name in frame.columns:  # date32 columns arrive as Python dates: make them dates
        column = frame[name]
        first = column.dropna().head(1).tolist()
        if column.dtype == object and first and isinstance(first[0], dt.date):
            frame[name] = pd.to_datetime(column)
    return Reading(frame=frame, rows=rows, format="parquet")


def gunzip(data: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            inflated = _read_capped(stream)
    except (OSError, EOFError) as error:
        raise TableError(
            f"the gzip file is damaged or cut short ({error}). Compress the file again "
            "and upload it."
        ) from error
    if len(inflated) > MAX_INFLATED_BYTES:
        raise TableError("the gzip file unpacks to more than 4 GB; upload a smaller extract.")
    return inflated


def zip_members(data: bytes) -> list[str]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise TableError(f"the zip archive is damaged ({error}).") from error
    return [
        info.filename
        for info in archive.infolist()
        if not info.is_dir()
        and not info.filename.startswith("__MACOSX/")
        and not info.filename.rsplit("/", 1)[-1].startswith(".")
    ]


def unzip(data: bytes, member: str) -> bytes:
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo(member)
    if info.flag_bits & 0x1:
        raise TableError(f"{member} in the zip archive is encrypted; upload it unencrypted.")
    if info.file_size > MAX_INFLATED_BYTES:
        raise TableError(f"{member} unpacks to more than 4 GB; upload a smaller extract.")
    with archive.open(info) as stream:
        return _read_capped(stream)


def _read_capped(stream: Any) -> bytes:
    """Read in pieces up to the cap (one read of the cap's size would reserve it all)."""
    pieces = []
    total = 0
    while piece := stream.read(16 * 1024 * 1024):
        pieces.append(piece)
        total += len(piece)
        if total > MAX_INFLATED_BYTES:
            break
    return b"".join(pieces)
