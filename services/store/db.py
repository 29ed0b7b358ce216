"""The database: one SQLAlchemy engine, sessions with after-commit hooks, migrations."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, make_url
from sqlalchemy.exc import DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from services.errors import ConfigurationError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"
_HOOKS = "after_commit_hooks"
_BEFORE = "before_commit_hooks"


def on_commit(session: Session, hook: Callable[[], None]) -> None:
    """Run `hook` once the session's current transaction has committed (never on rollback)."""
    session.info.setdefault(_HOOKS, []).append(hook)


def before_commit(session: Session, hook: Callable[[], None]) -> None:
    """Run `hook` inside the transaction, just before it commits (its writes commit too)."""
    session.info.setdefault(_BEFORE, []).append(hook)


class Database:
    """Owns the engine. SQLite gets WAL, foreign keys and `BEGIN IMMEDIATE` transactions,
    so concurrent writers queue on the busy timeout instead of failing mid-transaction."""

    def __init__(self, url: str, *, session_info: dict[str, Any] | None = None) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            Path(self.url.database).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.engine = create_engine(self.url, pool_pre_ping=not self.is_sqlite)
        except (ModuleNotFoundError, NoSuchModuleError):
            raise ConfigurationError(
                f"WORKBENCH_DATABASE_URL asks for '{self.url.drivername}', whose driver is not "
                "installed. For PostgreSQL use postgresql+psycopg://… and install the extra: "
                "pip install 'analyst-workbench[postgres]'."
            ) from None
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_on_connect)
            event.listen(self.engine, "begin", _sqlite_on_begin)
        # session_info (e.g. the event bus) is copied into every session's `info`.
        self._factory = sessionmaker(
            self.engine, expire_on_commit=False, info=dict(session_info or {})
        )
        event.listen(self._factory, "before_commit", _run_before_commit_hooks)
        event.listen(self._factory, "after_commit", _run_commit_hooks)
        self._local = threading.local()
        event.listen(self._factory, "after_soft_rollback", _drop_commit_hooks)
        # Readers (event replay, pages) on SQLite begin DEFERRED: a snapshot of the WAL that
        # never waits for, or blocks, the writers.
        self.read_engine = self.engine
        if self.is_sqlite:
            self.read_engine = create_engine(self.url)
            event.listen(self.read_engine, "connect", _sqlite_on_connect)
            event.listen(self.read_engine, "begin", _sqlite_on_read_begin)
        self._reader = sessionmaker(self.read_engine, expire_on_commit=False)

    def add_session_info(self, key: str, value: Any) -> None:
        """Give every session opened from now on `info[key] = value` (e.g. a worker's wake-up
        hook made after the database)."""
        for factory in (self._factory, self._reader):
            info = dict(factory.kw.get("info") or {})
            info[key] = value
            factory.configure(info=info)

    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision (idempotent)."""
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    @contextmanager
    def session(self, actor: Any = None) -> Iterator[Session]:
        """A session whose transaction commits when the block ends, or rolls back on error.
        `actor` (services.access.Actor) is who the services act for; without one, the
        engine itself. On SQLite a second session opened inside the first in one thread
        would wait for the first's write lock forever, so it is refused at once as a
        programming error."""
        if self.is_sqlite and getattr(self._local, "open", False):
            raise RuntimeError("nested database session in one thread (would deadlock)")
        self._local.open = True
        try:
            with self._factory.begin() as session:
                if actor is not None:
                    session.info["actor"] = actor
                yield session
        finally:
            self._local.open = False

    @contextmanager
    def reader(self, actor: Any = None) -> Iterator[Session]:
        """A read-only session (a consistent snapshot); safe inside a writing session."""
        session = self._reader()
        if actor is not None:
            session.info["actor"] = actor
        try:
            yield session
        finally:
            session.close()  # ends the snapshot; loaded objects stay readable, detached

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()

    def describe(self) -> str:
        """The URL with any password hidden, for display."""
        return self.url.render_as_string(hide_password=True)


BUSY_TIMEOUT_MS = 10_000  # one wait inside SQLite for the write lock …
LOCK_WAIT_SECONDS = 600.0  # … repeated until this long: writers queue, they never fail


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see _sqlite_on_begin)
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: the others may wait
    _while_locked(lambda: cursor.execute("PRAGMA journal_mode=WAL"))
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    """Take the write lock before anything is done, waiting as long as other writers hold
    it: nothing has happened yet, so trying again is always safe."""
    _while_locked(lambda: connection.exec_driver_sql("BEGIN IMMEDIATE"))


def _while_locked(step: Callable[[], Any]) -> None:
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    pause = 0.05
    while True:
        try:
            step()
            return
        except (sqlite3.OperationalError, DBAPIError) as error:
            if not _is_locked(error) or time.monotonic() > deadline:
                raise
            log.info("SQLite is locked by another writer; waiting")
            time.sleep(pause)
            pause = min(pause * 2, 1.0)


def _is_locked(error: BaseException) -> bool:
    original = getattr(error, "orig", error)
    text = str(original).lower()
    return isinstance(original, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def _sqlite_on_read_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def _run_before_commit_hooks(session: Session) -> None:
    for hook in session.info.pop(_BEFORE, []):
        hook()


def _run_commit_hooks(session: Session) -> None:
    hooks = session.info.pop(_HOOKS, [])
    for hook in hooks:
        try:
            hook()
        except Exception:  # a failing listener must not undo a committed write
            log.exception("after-commit hook failed")


def _drop_commit_hooks(session: Session, _previous_transaction: Any) -> None:
    if not session.in_transaction():
        session.info.pop(_HOOKS, None)
        session.info.pop(_BEFORE, None)
        for key in [k for k in session.info if isinstance(k, str) and k.startswith("pending_")]:
            session.info.pop(key, None)
