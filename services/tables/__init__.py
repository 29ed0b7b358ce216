"""The one reader of data files. The data card, the tool description given to models and
the code that runs in the kernel all read tables through it, so they never disagree.

In the kernel::

    from services.tables import read_table, list_tables, query
    df = read_table("/mnt/data/sales.csv")        # a typed DataFrame
    df.attrs["assumptions"]                        # what was assumed, in words
    list_tables("/mnt/data/book.xlsx")             # sheets / archive members
    read_table("/mnt/data/book.xlsx", table="Q2")  # one of them
    query("/mnt/data/big.csv", "SELECT region, sum(amount) FROM data GROUP BY 1")

Plain Python with pandas, pyarrow, calamine and DuckDB only: nothing of the app is imported,
so the package can be shown read-only inside the sandbox."""

from __future__ import annotations

import os
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path

import pandas as pd

from services.tables import delimited, formats
from services.tables.errors import TableError
from services.tables.reading import Reading

__all__ = [
    "Reading",
    "TableError",
    "is_big",
    "list_tables",
    "profile",
    "query",
    "read",
    "read_table",
]

Source = str | os.PathLike[str] | bytes


# Readings of files kept in this process (a kernel reads the same upload on every turn of a
# conversation): keyed by the file's path, size and modification time, so a changed file is
# read again; each caller gets its own copy of the frame to change as it likes.
_READ: OrderedDict[tuple[object, ...], Reading] = OrderedDict()
_KEPT = 4


def read(
    source: Source, *, name: str = "", table: str | None = None, nrows: int | None = None
) -> Reading:
    """Read a table from a path (or bytes with their file name): the frame, what was
    assumed, and the other tables the file holds. Raises TableError with the reason."""
    key: tuple[object, ...] | None = None
    if not isinstance(source, bytes):
        from services.tables import big

        path = Path(source)
        if big._is_big_text(path):
            return big.read_path(path, name=name or path.name, nrows=nrows)
        try:
            stat = path.stat()
            key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, name, table, nrows)
        except OSError:
            key = None  # _load says what is wrong with the path
    if key is not None and key in _READ:
        _READ.move_to_end(key)
        return _copied(_READ[key])
    data, name = _load(source, name)
    reading = _read(data, name=name, table=table, nrows=nrows)
    if key is not None:
        _READ[key] = _copied(reading)
        while len(_READ) > _KEPT:
            _READ.popitem(last=False)
    return reading


def _copied(reading: Reading) -> Reading:
    return replace(
        reading,
        frame=reading.frame.copy(),
        assumptions=list(reading.assumptions),
        tables=list(reading.tables),
    )


def read_table(
    source: Source,
    table: str | None = None,
    *,
    columns: list[str] | None = None,
    name: str = "",
) -> pd.DataFrame:
    """A typed DataFrame; `.attrs["assumptions"]` says what was assumed, `.attrs["tables"]`
    lists the file's other sheets or members. `columns` keeps only those."""
    if columns is not None and not isinstance(source, bytes):
        from services.tables import big

        if big._is_big_text(Path(source)):  # only those columns pass through memory
            reading = big.read_path(Path(source), name=name, columns=list(columns))
            reading.frame.attrs["assumptions"] = list(reading.assumptions)
            return reading.frame
    reading = read(source, name=name, table=table)
    frame = reading.frame
    if columns is not None:
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise TableError(f"no column {missing[0]!r}; the columns are {list(frame.columns)}.")
        frame = frame[list(columns)]
    frame.attrs["assumptions"] = list(reading.assumptions)
    frame.attrs["tables"] = list(reading.tables)
    frame.attrs["table"] = reading.table
    return frame


def list_tables(source: Source, *, name: str = "") -> list[str]:
    """The sheets of a workbook or the table members of a zip; [] for a single table."""
    data, name = _load(source, name)
    kind = formats.kind_of(data[:8], name)
    if kind == "spreadsheet":
        return formats.sheet_names(data)
    if kind == "zip":
        return formats.zip_members(data)
    if kind == "gzip":
        return list_tables(formats.gunzip(data), name=_inner_name(name))
    return []


def query(source: Source, sql: str, *, table: str | None = None) -> pd.DataFrame:
    """Run SQL over the file as the table `data` with DuckDB (big files stay on disk)."""
    from services.tables import big

    return big.query(source, sql, table=table)


def is_big(source: Source) -> bool:
    """Whether a file is a big delimited text: aggregate it with query() or read only the
    columns needed (read_table(path, columns=[…]))."""
    from services.tables import big

    return not isinstance(source, bytes) and big._is_big_text(Path(source))


def profile(source: str | os.PathLike[str]) -> dict[str, object]:
    """Rows and per-column kind, range, missing count and few distinct values of a big
    delimited file, from one DuckDB pass (nothing is loaded into memory)."""
    from services.tables import big

    return big.profile(Path(source))


def _load(source: Source, name: str) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        return source, name
    path = Path(source)
    try:
        return path.read_bytes(), name or path.name
    except FileNotFoundError as error:
        raise TableError(f"there is no file at {path}.") from error
    except IsADirectoryError as error:
        raise TableError(f"{path} is a folder, not a file.") from error


def _read(data: bytes, *, name: str, table: str | None, nrows: int | None) -> Reading:
    kind = formats.kind_of(data[:8], name)
    if kind == "gzip":
        reading = _read(formats.gunzip(data), name=_inner_name(name), table=table, nrows=nrows)
        reading.assumptions.insert(0, "unpacked from gzip")
        return reading
    if kind == "zip":
        members = formats.zip_members(data)
        tabular = [m for m in members if m.lower().endswith(_TABLE_SUFFIXES)]
        if not tabular:
            raise TableError(
                f"the zip archive holds no table file (it has {len(members)} file(s): "
                f"{', '.join(members[:5])}). Put a CSV or Excel file in it."
            )
        if table is None:
            table = tabular[0]
        elif table not in members:
            raise TableError(f"the zip archive has no member {table!r}; it has {tabular}.")
        reading = _read(formats.unzip(data, table), name=table, table=None, nrows=nrows)
        if len(tabular) > 1:
            reading.assumptions.insert(0, f"read {table} of the {len(tabular)} tables in the zip")
        reading.table, reading.tables = table, tabular
        return reading
    if kind == "spreadsheet":
        return formats.read_sheet(data, sheet=table, nrows=nrows)
    if kind == "not-spreadsheet":
        raise TableError(
            f"the file is named {Path(name).suffix} but is not a spreadsheet (its bytes are "
            "not an Excel or OpenDocument file). Save it from Excel again and upload that."
        )
    if kind == "parquet":
        return formats.read_parquet(data, nrows=nrows)
    if kind == "not-parquet":
        raise TableError("the file is named .parquet but is not a Parquet file.")
    if kind == "json":
        return formats.read_json(data, name=name, nrows=nrows)
    return delimited.read_bytes(data, name=name, nrows=nrows)


_TABLE_SUFFIXES = (*formats.TEXTS, *formats.SPREADSHEETS, *formats.JSONS, ".parquet", ".gz")


def _inner_name(name: str) -> str:
    lower = name.lower()
    for suffix in (".gz", ".gzip"):
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name
