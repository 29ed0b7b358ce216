"""Data cards: a table's name, size, columns, first rows and what was assumed, or the reason
it cannot be read. Cards are made by the one reader in a child process with a memory and time
limit (a hostile file can neither stall nor bloat the app), once per file, and kept."""

from __future__ import annotations

import atexit
import concurrent.futures as cf
import logging
import multiprocessing
import resource
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from services.files import FileStore
from services.schemas import FileObject
from services.tables.errors import TableError

log = logging.getLogger(__name__)
TABLE_SUFFIXES = (
    ".csv", ".tsv", ".tab", ".txt", ".dat", ".psv", ".xlsx", ".xlsm", ".xls", ".xlsb", ".ods",
    ".json", ".jsonl", ".ndjson", ".parquet", ".gz", ".zip",
)  # fmt: skip
CARD_SECONDS = 60.0
CARD_MEMORY_BYTES = 3 * 1024**3
HEAD_ROWS = 8


@dataclass
class DataCard:
    name: str
    rows: int | None
    columns: list[tuple[str, str]]
    head: list[dict[str, object]] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    error: str = ""  # why the file cannot be read as a table ("" when it can)
    table: str | None = None  # the sheet or archive member shown
    tables: list[str] = field(default_factory=list)  # all of them
    pending: bool = False  # still being read
    bytes: int = 0  # size of the file

    @property
    def note(self) -> str:
        return ("Assumed: " + "; ".join(self.assumptions) + ".") if self.assumptions else ""


def is_table_name(filename: str) -> bool:
    return filename.lower().endswith(TABLE_SUFFIXES)


_CARDS: OrderedDict[tuple[str, str, str | None], DataCard] = OrderedDict()
_PENDING: dict[tuple[str, str, str | None], cf.Future[DataCard]] = {}
_CARDS_KEPT = 256
_LOCK = threading.Lock()
_POOL: cf.ProcessPoolExecutor | None = None


def data_card(
    *,
    session: Session,
    files: FileStore,
    file: FileObject,
    table: str | None = None,
    wait: float | None = CARD_SECONDS,
) -> DataCard | None:
    """The card of a table file (None for files that are not tables). With `wait` set, a card
    not ready by then comes back `pending`; ask again later."""
    if not is_table_name(file.filename):
        return None
    path = files.blob_path(file.sha256)
    return card_for(path, name=file.filename, key=file.sha256, table=table, wait=wait)


def card_for(
    path: Path, *, name: str, key: str, table: str | None = None, wait: float | None = CARD_SECONDS
) -> DataCard:
    ident = (key, name, table)
    for attempt in range(2):  # a card lost to another card's crash is made once more
        with _LOCK:
            if ident in _CARDS:
                _CARDS.move_to_end(ident)
                return _CARDS[ident]
            future = _PENDING.get(ident)
            if future is None:
                future = _PENDING[ident] = _submit(path, name, table)
        try:
            card = future.result(timeout=wait)
        except cf.TimeoutError:
            if wait is not None and wait < CARD_SECONDS and not _expired(future):
                return DataCard(name=name, rows=None, columns=[], pending=True)
            card = _failed(name, f"reading it took longer than {CARD_SECONDS:.0f} seconds")
            _restart_pool(getattr(future, "pool", None))
        except (cf.process.BrokenProcessPool, cf.CancelledError):
            with _LOCK:
                _PENDING.pop(ident, None)
            _restart_pool(getattr(future, "pool", None))
            if attempt == 0:
                continue
            card = _failed(name, "reading it used more memory than a card may use")
        break
    with _LOCK:
        _PENDING.pop(ident, None)
        _CARDS[ident] = card
        while len(_CARDS) > _CARDS_KEPT:
            _CARDS.popitem(last=False)
    return card


def _expired(future: cf.Future[DataCard]) -> bool:
    started = getattr(future, "started", None)
    return started is not None and time.monotonic() - started > CARD_SECONDS


def _submit(path: Path, name: str, table: str | None) -> cf.Future[DataCard]:
    if _POOL is None:
        _submit_pool()
    assert _POOL is not None
    future = _POOL.submit(make_card, str(path), name, table)
    future.started = time.monotonic()  # type: ignore[attr-defined]
    future.pool = _POOL  # type: ignore[attr-defined]
    return future


def _submit_pool() -> None:
    global _POOL
    if not _EXIT_HOOKED:
        _hook_exit()
    _POOL = cf.ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_limit_memory,
        initargs=(CARD_MEMORY_BYTES,),
    )


_EXIT_HOOKED = False


def _hook_exit() -> None:
    """Stop the card process when the app exits (not left to interpreter teardown)."""
    global _EXIT_HOOKED
    atexit.register(_restart_pool)
    _EXIT_HOOKED = True


def _restart_pool(broken: cf.ProcessPoolExecutor | None = None) -> None:
    """Kill the card process (a card that ran over its limits); a new one starts with the
    next card. Given the pool a card failed in, only that pool (not its replacement)."""
    global _POOL
    with _LOCK:
        if broken is not None and _POOL is not broken:
            return
        pool, _POOL = _POOL, None
    if pool is not None:
        for process in list(getattr(pool, "_processes", {}).values()):
            process.kill()
        pool.shutdown(wait=False, cancel_futures=True)


def _limit_memory(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _failed(name: str, reason: str) -> DataCard:
    return DataCard(name=name, rows=None, columns=[], error=f"{name} cannot be read: {reason}.")


def make_card(path: str, name: str, table: str | None = None) -> DataCard:
    """Read a file with the one reader and describe it (runs in the card process)."""
    from services.tables import TableError, read

    try:
        reading = read(Path(path), name=name, table=table, nrows=HEAD_ROWS)
    except TableError as error:
        return _failed(name, str(error).rstrip("."))
    except MemoryError:
        return _failed(name, "it needs more memory than a card may use")
    except (ValueError, OSError, UnicodeError, KeyError, IndexError) as error:
        log.warning("card of %s failed: %r", name, error)
        return _failed(name, f"the reader failed ({type(error).__name__}: {str(error)[:200]})")
    frame = reading.frame
    head = frame.head(HEAD_ROWS)
    return DataCard(
        name=name,
        rows=reading.row_count,
        columns=[(str(c), str(t)) for c, t in frame.dtypes.items()],
        head=_plain(head),
        assumptions=list(reading.assumptions),
        table=reading.table,
        tables=list(reading.tables),
        bytes=Path(path).stat().st_size,
    )


CLEANED_MAX_BYTES = 200 * 1024**2  # a cleaned copy is offered for files up to this size


def cleaned(path: Path, *, name: str, table: str | None, fmt: str) -> bytes:
    """The table as the reader reads it, as CSV or Excel with cells that could run as
    formulas neutralised; made in the card process, under its limits."""
    global _POOL
    with _LOCK:
        if _POOL is None:
            _submit_pool()
        assert _POOL is not None
        future = _POOL.submit(_cleaned, str(path), name, table, fmt)
    try:
        return future.result(timeout=CARD_SECONDS)
    except cf.TimeoutError as error:
        _restart_pool()
        raise TableError(
            f"making the cleaned copy took longer than {CARD_SECONDS:.0f} s"
        ) from error
    except cf.process.BrokenProcessPool as error:
        _restart_pool()
        raise TableError("making the cleaned copy needed more memory than allowed") from error


def _cleaned(path: str, name: str, table: str | None, fmt: str) -> bytes:
    from services import exports
    from services.tables import read

    frame = read(Path(path), name=name, table=table).frame
    if fmt == "xlsx":
        return exports.excel_bytes(frame, sheet=(table or "data")[:31])
    return exports.csv_bytes(frame)


def _plain(head: Any) -> list[dict[str, object]]:
    rows = head.astype(object).where(head.notna(), None).to_dict("records")
    return [{str(k): (v if isinstance(v, int | float | str | bool) or v is None else str(v))
             for k, v in row.items()} for row in rows]  # fmt: skip
