"""How to read a delimited text file: encoding, delimiter, decimal mark and a title line
above the header, guessed from its first bytes. Shared by the data card (in the app) and
the code interpreter's description of the files (so any model reads them right)."""

from __future__ import annotations

import csv
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import BinaryIO

from sqlalchemy.orm import Session

from services.files import FileStore
from services.filetypes import sniff
from services.schemas import FileObject

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


@dataclass
class DataCard:
    name: str
    rows: int
    columns: list[tuple[str, str]]
    head: list[dict[str, object]] = field(default_factory=list)
    note: str = ""


_CARDS: OrderedDict[tuple[str, int], DataCard | None] = OrderedDict()
_CARDS_KEPT = 256
_CARDS_LOCK = threading.Lock()


def data_card(
    *, session: Session, files: FileStore, file: FileObject, head_rows: int = 8
) -> DataCard | None:
    """Name, size and first rows of a table, reading only the head and counting lines as a
    stream (a 500 MB CSV is never held in memory). None for files that are not tables.
    Files never change, so a card is computed once per file and kept."""
    key = (file.id, head_rows)
    with _CARDS_LOCK:
        if key in _CARDS:
            _CARDS.move_to_end(key)
            return _CARDS[key]
    card = _data_card(session=session, files=files, file=file, head_rows=head_rows)
    with _CARDS_LOCK:
        _CARDS[key] = card
        while len(_CARDS) > _CARDS_KEPT:
            _CARDS.popitem(last=False)
    return card


def _data_card(
    *, session: Session, files: FileStore, file: FileObject, head_rows: int
) -> DataCard | None:
    import pandas as pd

    extension = file.filename.rsplit(".", 1)[-1].lower() if "." in file.filename else ""
    note = ""
    with files.open(session=session, file_id=file.id) as handle:
        if extension in ("csv", "tsv", "txt"):
            how = recipe(handle.read(64 * 1024), filename=file.filename)
            handle.seek(0)
            frame = pd.read_csv(
                handle,
                sep=how.sep,
                decimal=how.decimal,
                encoding=how.encoding,
                skiprows=how.skiprows,
                nrows=head_rows,
                encoding_errors="replace",
            )
            handle.seek(0)
            rows = max(0, _count_lines(handle) - 1 - how.skiprows)
            note = ("Assumed: " + "; ".join(how.assumptions) + ".") if how.assumptions else ""
        elif extension in ("xlsx", "xls"):
            frame = pd.read_excel(handle)
            rows = len(frame)
        elif extension == "parquet":
            import pyarrow.parquet as pq

            table = pq.ParquetFile(handle)
            rows = table.metadata.num_rows
            frame = next(table.iter_batches(batch_size=head_rows)).to_pandas()
        elif extension == "json":
            frame = pd.read_json(handle)
            rows = len(frame)
        else:
            return None
    head = frame.head(head_rows)
    return DataCard(
        name=file.filename,
        rows=rows,
        columns=[(str(c), str(t)) for c, t in frame.dtypes.items()],
        head=head.astype(object).where(head.notna(), None).to_dict("records"),
        note=note,
    )


def _count_lines(handle: BinaryIO) -> int:
    count = 0
    last = b"\n"
    while chunk := handle.read(1024 * 1024):
        count += chunk.count(b"\n")
        last = chunk[-1:]
    return count + (0 if last == b"\n" else 1)
