"""The database: migrations match the models, SQLite runs in WAL with foreign keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from services.store.db import MIGRATIONS, Database
from services.store.models import Base

HEAD = sorted(p.stem[:4] for p in (Path(MIGRATIONS) / "versions").glob("0*.py"))[-1]


def test_migrations_create_exactly_the_schema_of_the_models(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'w.db'}")
    db.migrate()
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_migrating_twice_is_harmless_and_keeps_data(tmp_path):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    db = Database(url)
    db.migrate()
    with db.engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO threads (id, created_at, tool_resources, metadata) "
                "VALUES ('thread_x', 1, '{}', '{}')"
            )
        )
    Database(url).migrate()
    with db.engine.connect() as c:
        assert c.execute(text("SELECT id FROM threads")).scalars().all() == ["thread_x"]
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD


def test_a_database_of_the_first_schema_is_upgraded_with_its_data(tmp_path):
    from alembic import command
    from alembic.config import Config

    from services.store.db import MIGRATIONS

    url = f"sqlite:///{tmp_path / 'old.db'}"
    db = Database(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO assistants (id, created_at, model_backend, model, tools, "
                "tool_resources, metadata) VALUES ('asst_x', 1, 'offline', 'm', '[]', '{}', '{}')"
            )
        )
    db.migrate()
    with db.engine.connect() as c:
        row = c.execute(text("SELECT id, connection FROM assistants")).one()
        assert tuple(row) == ("asst_x", None)


def test_sqlite_uses_wal_and_enforces_foreign_keys(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'w.db'}")
    db.migrate()
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    raw = sqlite3.connect(tmp_path / "w.db")
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()
    with db.engine.connect() as c:
        try:
            c.execute(
                text(
                    "INSERT INTO messages (id, thread_id, created_at, role, status, "
                    "content, attachments, metadata) VALUES ('msg_x', 'thread_missing',"
                    " 1, 'user', 'completed', '[]', '[]', '{}')"
                )
            )
            c.commit()
        except Exception as error:  # noqa: BLE001 - any integrity error proves the point
            assert "FOREIGN KEY" in str(error)
        else:
            raise AssertionError("a message for a missing thread was accepted")


def test_after_commit_hooks_run_only_on_commit(tmp_path):
    from services.store.db import on_commit

    db = Database(f"sqlite:///{tmp_path / 'w.db'}")
    db.migrate()
    calls = []
    with db.session() as s:
        on_commit(s, lambda: calls.append("committed"))
        assert calls == []
    assert calls == ["committed"]
    try:
        with db.session() as s:
            on_commit(s, lambda: calls.append("rolled back"))
            raise KeyError("boom")
    except KeyError:
        pass
    with db.session() as s:
        pass
    assert calls == ["committed"]


def test_a_missing_database_driver_is_a_configuration_error_without_the_password():
    import pytest

    from services.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="WORKBENCH_DATABASE_URL") as error:
        Database("mysql+notadriver://user:secret@db.internal/workbench")
    assert "secret" not in str(error.value)


def test_password_is_hidden_when_the_url_is_shown(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'w.db'}")
    db.url = db.url.set(password="secret", username="me")
    assert "secret" not in db.describe()
