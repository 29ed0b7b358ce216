"""Big delimited files (above BIG_BYTES): the layout and column types are decided on the
head (and the footer on the tail) by the same code as small files; the body is then read by
pandas' C parser, or queried in place by DuckDB, so a 1 GB CSV never passes through Python
row by row and can be aggregated inside a 2 GB kernel."""

from __future__ import annotations

import contextlib
import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from services.tables import layout, values
from services.tables.dialect import Dialect, lines_of, records, sniff
from services.tables.errors import TableError
from services.tables.reading import Reading
from services.tables.text import Encoding, decode, detect

BIG_BYTES = 16 * 1024**2  # the row-by-row path holds ~25× the file in Python objects
HEAD_BYTES = 32 * 1024  # about 600 rows of a typical export: enough to decide
TAIL_BYTES = 256 * 1024
DUCKDB_MEMORY = "1GB"


@dataclass
class Plan:
    """How to read the body: what the head and tail showed."""

    encoding: Encoding
    dialect: Dialect
    columns: list[str]
    skip_lines: int  # physical lines above the first data row
    footer_rows: int
    native: list[str] = field(default_factory=list)  # columns the C parser types itself
    guarded: list[str] = field(default_factory=list)  # columns it must leave as text
    kinds: dict[str, str] = field(default_factory=dict)  # column → pandas dtype of the head
    head: pd.DataFrame | None = None
    notes: list[str] = field(default_factory=list)


def plan(path: Path, *, name: str = "") -> Plan:
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
        size = os.fstat(handle.fileno()).st_size
        handle.seek(max(0, size - TAIL_BYTES))
        tail = handle.read()
    if not head.strip():
        raise TableError("the file is empty (or only blank space): there is no table to read.")
    if len(head) == HEAD_BYTES:  # the last line may be cut
        head = head[: max(head.rfind(b"\n"), head.rfind(b"\r")) + 1] or head
    encoding = detect(head[: 64 * 1024])
    lines = lines_of(decode(head, encoding))
    hint = "\t" if name.lower().endswith((".tsv", ".tab")) else ""
    dialect = sniff(lines, hint=hint)
    found = layout.find(list(records(lines, dialect)), dialect=dialect, lines=lines)
    if not found.columns:
        raise TableError("the file holds no table: no row has more than one field.")
    footer, last_rows = _tail(tail, encoding, dialect, len(found.columns))
    frame = pd.DataFrame(found.rows + last_rows, columns=found.columns, dtype=object)
    decimal = values.file_decimal(frame, delimiter=dialect.delimiter)
    native: list[str] = []
    guarded: list[str] = []
    kinds: dict[str, str] = {}
    type_notes: list[str] = []
    typed_columns = {}
    for column in found.columns:
        notes: list[str] = []
        typed = values.column(frame[column], name=column, decimal=decimal, notes=notes)
        typed_columns[column] = typed
        type_notes += notes
        kinds[column] = str(typed.dtype)
        if not notes and (
            pd.api.types.is_integer_dtype(typed) or pd.api.types.is_float_dtype(typed)
        ):
            native.append(column)
        elif notes or not _is_text(str(typed.dtype)):
            guarded.append(column)
    typed_head = pd.DataFrame(typed_columns).head(len(found.rows))
    notes = [encoding.note] if encoding.note else []
    if dialect.delimiter != ",":
        notes.append(f"columns are separated by {dialect.describe()}")
    notes += [n for n in found.notes if not n.startswith("repaired")]
    return Plan(
        encoding=encoding,
        dialect=dialect,
        columns=found.columns,
        skip_lines=found.header_lines,
        footer_rows=footer,
        native=native,
        guarded=guarded,
        kinds=kinds,
        head=typed_head,
        notes=notes + type_notes,
    )


def _tail(tail: bytes, encoding: Encoding, dialect: Dialect, width: int) -> tuple[int, list]:
    """(footer rows at the end, the last data rows): the tail is typed with the head, so a
    column that turns into ids with leading zeros late in the file is still kept as text."""
    text = decode(tail, encoding)
    lines = lines_of(text)[1:]  # the first line may be cut
    recs = [(i, [f.strip() for f in r]) for i, r in records(lines[-400:], dialect)]
    body, footer = layout._split_footer(recs, width)
    return len(footer), [fields for _, fields in body if len(fields) == width]


def read_path(
    path: Path, *, name: str = "", nrows: int | None = None, columns: list[str] | None = None
) -> Reading:
    """Read a big delimited file; with `nrows`, only its first rows (the row count is still
    that of the whole file, counted by DuckDB)."""
    how = plan(path, name=name)
    if nrows is not None and how.head is not None and nrows <= len(how.head):
        frame = how.head.head(nrows)
        return Reading(frame=frame, assumptions=how.notes, rows=count_rows(path, how))
    frame, skipped = _read_body(path, how, columns=columns, nrows=nrows)
    notes = list(how.notes)
    if skipped:
        shown = ", ".join(f"line {n}" for n in skipped[:5])
        notes.append(f"left out {len(skipped)} malformed line(s): {shown}")
    return Reading(frame=frame, assumptions=notes, rows=None if nrows is None else len(frame))


def _read_body(
    path: Path, how: Plan, *, columns: list[str] | None, nrows: int | None
) -> tuple[pd.DataFrame, list[int]]:
    wanted = list(columns) if columns is not None else list(how.columns)
    missing = [c for c in wanted if c not in how.columns]
    if missing:
        raise TableError(f"no column {missing[0]!r}; the columns are {how.columns}.")
    # Text the C parser might turn into numbers (ids with leading zeros), and columns our
    # own conversion types (currency, dates …), are read as text; the rest it types itself.
    dtypes = {c: "str" for c in wanted if c not in how.native and c in how.guarded}
    skipped: list[int] = []
    options: dict[str, Any] = dict(
        sep=how.dialect.delimiter,
        quotechar=how.dialect.quotechar or '"',
        quoting=0 if how.dialect.quotechar else 3,
        escapechar=how.dialect.escapechar or None,
        skipinitialspace=how.dialect.skipinitialspace,
        header=None,
        names=how.columns,
        skiprows=how.skip_lines,
        dtype=dtypes or None,
        nrows=nrows,
        engine="c",
    )
    if columns is not None:
        options["usecols"] = wanted
    if how.encoding.name not in ("utf-8", "ascii") or how.encoding.errors != "strict":
        options.update(encoding=how.encoding.name, encoding_errors="replace")
    try:
        frame = pd.read_csv(path, **options)
    except pd.errors.ParserError:  # rows with too many fields: read again, naming them
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            frame = pd.read_csv(path, on_bad_lines="warn", **options)
        for warning in caught:
            skipped += [int(n) for n in re.findall(r"[Ll]ine (\d+)", str(warning.message))]
    if how.footer_rows and nrows is None:
        frame = frame.iloc[: len(frame) - how.footer_rows]
    for column in wanted:
        if column in dtypes and not _is_text(how.kinds.get(column, "")):
            frame[column] = values.column(frame[column], name=column, decimal=".", notes=[])
        elif frame[column].dtype == object:  # repeated header rows in a numeric column
            frame[column] = pd.to_numeric(frame[column], errors="coerce")
    return frame, sorted(set(skipped))


def _is_text(dtype: str) -> bool:
    return dtype in ("object", "str", "string") or dtype.startswith("string")


def count_rows(path: Path, how: Plan) -> int:
    """Data rows of the whole file, counted by DuckDB straight from disk."""
    connection = _duckdb()
    try:
        total = connection.execute(
            f"SELECT count(*) FROM {_csv_source(path, how, typed=False)}"
        ).fetchone()
    finally:
        connection.close()
    return int(total[0]) - how.footer_rows if total else 0


def query(source: Any, sql: str, *, table: str | None = None) -> pd.DataFrame:
    """SQL over one file as the table `data`: big delimited files are scanned in place,
    anything else is read by the reader first."""
    connection = _duckdb()
    try:
        if isinstance(source, str | os.PathLike) and _is_big_text(Path(source)):
            how = plan(Path(source), name=Path(source).name)
            connection.execute(
                f"CREATE VIEW data AS SELECT * FROM {_csv_source(Path(source), how)}"
            )
        else:
            from services.tables import read_table

            frame = read_table(source, table=table)
            connection.register("data", frame)
        return connection.execute(sql).df()
    finally:
        connection.close()


def _is_big_text(path: Path) -> bool:
    from services.tables import formats

    if not path.is_file() or path.stat().st_size <= BIG_BYTES:
        return False
    with path.open("rb") as handle:
        return formats.kind_of(handle.read(8), path.name) == "text"


def _duckdb() -> Any:
    import duckdb

    connection = duckdb.connect(config={"memory_limit": DUCKDB_MEMORY, "threads": 2})
    # A terminal would show a progress bar; Jupyter refuses the setting without ipywidgets.
    with contextlib.suppress(duckdb.InvalidInputException):
        connection.execute("SET enable_progress_bar = false")
    return connection


_DUCK_TYPES = {"int64": "BIGINT", "Int64": "BIGINT", "float64": "DOUBLE", "bool": "BOOLEAN"}


def _csv_source(path: Path, how: Plan, *, typed: bool = True) -> str:
    def sql_type(column: str) -> str:
        if typed and column in how.native:
            return _DUCK_TYPES.get(how.kinds.get(column, ""), "VARCHAR")
        return "VARCHAR"

    columns = ", ".join(f"{_sql_string(c)}: '{sql_type(c)}'" for c in how.columns)
    escape = how.dialect.escapechar or how.dialect.quotechar or '"'
    utf8 = how.encoding.name in ("utf-8", "utf-8-sig", "ascii")
    encoding = "utf-8" if utf8 else how.encoding.name
    return (
        f"read_csv({_sql_string(str(path))}, delim={_sql_string(how.dialect.delimiter)}, "
        f"quote={_sql_string(how.dialect.quotechar)}, escape={_sql_string(escape)}, "
        f"header=false, skip={how.skip_lines}, columns={{{columns}}}, "
        f"encoding={_sql_string(encoding)}, strict_mode=false, null_padding=true, "
        "ignore_errors=true, parallel=true)"
    )


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def profile(path: Path, *, low_cardinality: int = 30) -> dict[str, Any]:
    """Rows and, per column, kind, missing count, range and (few) distinct values, from one
    DuckDB pass over the file: how a big table is described without loading it."""
    how = plan(path, name=path.name)
    connection = _duckdb()
    try:
        connection.execute(f"CREATE VIEW data AS SELECT * FROM {_csv_source(path, how)}")
        parts = ["count(*)"]
        for name in how.columns:
            column = _sql_name(name)
            parts += [
                f"count({column})",
                f"min({column})",
                f"max({column})",
                f"approx_count_distinct({column})",
            ]
        found: tuple[Any, ...] = connection.execute(
            f"SELECT {', '.join(parts)} FROM data"
        ).fetchone() or (0,)
        rows = int(found[0]) - how.footer_rows
        columns = []
        few = []
        for index, name in enumerate(how.columns):
            present, low, high, unique = found[1 + 4 * index : 5 + 4 * index]
            dtype = how.kinds.get(name, "")
            unique = int(unique or 0)
            info: dict[str, Any] = {"name": name, "missing": max(0, rows - int(present))}
            if name in how.native:
                info.update(kind="number", low=_float(low), high=_float(high))
            elif "bool" in dtype:
                info["kind"] = "bool"
            elif "datetime" in dtype:
                info.update(kind="date", low=str(low), high=str(high))
            else:
                small = unique <= low_cardinality or unique <= rows * 0.05
                info["kind"] = "category" if small else "text"
            if unique <= low_cardinality * 7:
                few.append(name)
            columns.append(info)
        if few:
            picked = ", ".join(f"list(DISTINCT {_sql_name(c)})[:200]" for c in few)
            found = connection.execute(f"SELECT {picked} FROM data").fetchone() or ()
            for name, distinct in zip(few, found, strict=True):
                info = next(c for c in columns if c["name"] == name)
                info["values"] = [str(v) for v in distinct if v is not None]
    finally:
        connection.close()
    return {"rows": rows, "columns": columns, "assumptions": how.notes}


def _float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _sql_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
