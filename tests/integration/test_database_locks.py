"""SQLite under concurrent writers: a writer that finds the database locked waits its turn,
however long another transaction holds the lock; nobody sees "database is locked"."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from services import threads
from services.store.db import Database

pytestmark = pytest.mark.slow


def test_writers_wait_out_a_transaction_held_longer_than_the_busy_timeout(tmp_path):
    path = tmp_path / "workbench.db"
    database = Database(f"sqlite:///{path}")
    database.migrate()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process's long write (a bulk import, say)
    errors: list[BaseException] = []
    made: list[str] = []

    def write() -> None:
        try:
            with database.session() as session:
                made.append(threads.create(session=session).id)
        except BaseException as error:  # noqa: BLE001 - the test reports any failure
            errors.append(error)

    writers = [threading.Thread(target=write) for _ in range(6)]
    for writer in writers:
        writer.start()
    time.sleep(12)  # longer than SQLite's own busy timeout (10 s)
    holder.execute("COMMIT")
    for writer in writers:
        writer.join(timeout=60)
    holder.close()
    assert errors == []
    assert len(made) == 6


def test_many_concurrent_writers_and_readers_never_see_a_lock_error(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'workbench.db'}")
    database.migrate()
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for _ in range(25):
                with database.session() as session:
                    thread = threads.create(session=session, metadata={"w": str(worker)})
                    threads.create_message(session=session, thread_id=thread.id, content="hi")
                with database.reader() as session:
                    threads.list_messages(session=session, thread_id=thread.id)
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    workers = [threading.Thread(target=work, args=(n,)) for n in range(16)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
    assert errors == []
