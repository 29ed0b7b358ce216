"""Retention: unused threads and files and expired vector stores go; everything still in
use stays. Real SQLite (or PostgreSQL) databases and blobs; time is set by writing old
timestamps into rows."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import case, func, select, update

from services import assistants, retention, runs, threads, vector_stores
from services import tool_resources as resources
from services.cli import main
from services.common import now
from services.engine.engine import Engine
from services.store.models import (
    AssistantRow,
    Base,
    FileRow,
    MessageRow,
    RunEventRow,
    RunRow,
    RunStepRow,
    ThreadRow,
    VectorStoreRow,
)
from tests.conftest import make_settings

DAY = 86_400
REPLY = {"analyst": [[{"type": "text", "text": "Done."}]]}
CODE = {"type": "code_interpreter"}
CRM = {"type": "function", "function": {"name": "ask_crm"}}
WAITS = {"waiter": [[{"type": "tool_call", "id": "c1", "name": "ask_crm", "arguments": "{}"}]]}
POLICY = ["--thread-days", "30", "--file-days", "30"]
NOTES = b"# Notes\n\nNorth sells the most.\n"


def csv(n: int) -> bytes:
    return f"region,revenue\nNorth,{n}\nSouth,{n + 1}\n".encode()


def age(
    engine: Engine, days: float, *, threads_: tuple[str, ...] = (), files: tuple[str, ...] = ()
):
    """Move threads (with their messages and runs) and files `days` into the past."""
    stamp = now() - int(days * DAY)
    with engine.db.session() as s:
        if threads_:
            s.execute(update(ThreadRow).where(ThreadRow.id.in_(threads_)).values(created_at=stamp))
            s.execute(
                update(MessageRow)
                .where(MessageRow.thread_id.in_(threads_))
                .values(created_at=stamp, completed_at=stamp)
            )
            ended = case((RunRow.completed_at.is_(None), None), else_=stamp)
            s.execute(
                update(RunRow)
                .where(RunRow.thread_id.in_(threads_))
                .values(created_at=stamp, started_at=stamp, completed_at=ended)
            )
        if files:
            s.execute(update(FileRow).where(FileRow.id.in_(files)).values(created_at=stamp))


def wait_for_run(engine: Engine, run_id: str, until: str = "done") -> None:
    for event in engine.subscribe(run_id, timeout=20):
        if event.event == until:
            return
    raise AssertionError(f"run {run_id} never reached {until}")


def counts(engine: Engine) -> dict[str, int]:
    """Rows of every table, and blob files on disk."""
    with engine.db.reader() as s:
        found = {
            table.name: s.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
        }
    found["blobs"] = len(blobs(engine))
    return found


def blobs(engine: Engine) -> set[str]:
    root = engine.files.blob_dir
    return {p.name for p in root.glob("??/*") if p.is_file()}


def exists(engine: Engine, model: Any, object_id: str) -> bool:
    with engine.db.reader() as s:
        return s.scalar(select(model.pk).where(model.id == object_id)) is not None


def put(engine: Engine, data: bytes, name: str = "data.csv") -> str:
    with engine.db.session() as s:
        return engine.files.put(session=s, data=data, filename=name).id


@dataclass
class World:
    engine: Engine
    old: str  # an unused thread, with a finished run, an attachment and its own store
    old_store: str
    recent: str
    old_recent_message: str  # made long ago, but with a message today
    busy: str  # old, but a run waits for tool outputs
    old_attached: str  # files attached only in the old thread …
    old_searched: str  # … one of them for file search (so in its store too)
    kept_attached: str  # an old file attached in the recent thread
    alone: str  # an old file nothing uses
    shared_old: str  # old, unused, but its content is also …
    shared_new: str  # … in this recent file
    recent_file: str
    assistant_file: str  # old, in an assistant's tool_resources
    expired: str  # a store past its expires_after …
    in_expired: str  # … holding an old file
    live: str  # a store without expiry …
    in_live: str  # … holding an old file

    def due(self) -> set[tuple[str, str]]:
        return {
            ("thread", self.old),
            ("vector_store", self.old_store),
            ("vector_store", self.expired),
        } | {
            ("file", f)
            for f in (
                self.old_attached,
                self.old_searched,
                self.alone,
                self.shared_old,
                self.in_expired,
            )
        }

    def kept(self) -> list[tuple[Any, str]]:
        return [
            (ThreadRow, self.recent), (ThreadRow, self.old_recent_message), (ThreadRow, self.busy),
            (VectorStoreRow, self.live), (FileRow, self.kept_attached), (FileRow, self.shared_new),
            (FileRow, self.recent_file), (FileRow, self.assistant_file), (FileRow, self.in_live),
        ]  # fmt: skip


@pytest.fixture
def world(make_engine) -> World:
    engine = make_engine({**REPLY, **WAITS})
    names = ["old_attached", "kept_attached", "alone", "shared_old", "recent_file",
             "assistant_file", "in_expired", "in_live"]  # fmt: skip
    content = {name: csv(n) for n, name in enumerate(names)}
    ids = {name: put(engine, data) for name, data in content.items()}
    ids["old_searched"] = put(engine, NOTES, "notes.md")
    ids["shared_new"] = put(engine, content["shared_old"], "copy.csv")  # one blob, two files
    with engine.db.session() as s:
        analyst = assistants.create(session=s, model_backend="scripted", model="analyst")
        waiter = assistants.create(session=s, model_backend="scripted", model="waiter", tools=[CRM])
        assistants.create(
            session=s, model_backend="scripted", model="analyst",
            tool_resources={"code_interpreter": {"file_ids": [ids["assistant_file"]]}},
        )  # fmt: skip
        old = threads.create(session=s, title="Old analysis").id
        threads.create_message(
            session=s, thread_id=old, content="Sum the revenue",
            attachments=[
                {"file_id": ids["old_attached"], "tools": [{"type": "code_interpreter"}]},
                {"file_id": ids["old_searched"], "tools": [{"type": "file_search"}]},
            ],
        )  # fmt: skip
        recent = threads.create(session=s, title="Recent").id
        threads.create_message(
            session=s, thread_id=recent, content="And this one?",
            attachments=[{"file_id": ids["kept_attached"], "tools": [CODE]}],
        )  # fmt: skip
        old_recent_message = threads.create(session=s, title="Revived").id
        busy = threads.create(session=s, title="Waiting").id
        threads.create_message(session=s, thread_id=busy, content="Ask the CRM")
        expired = vector_stores.create(
            session=s, name="Expired", file_ids=[ids["in_expired"]],
            expires_after={"anchor": "last_active_at", "days": 1},
        ).id  # fmt: skip
        live = vector_stores.create(session=s, name="Live", file_ids=[ids["in_live"]]).id
        old_store = resources.thread_store(s, old)
        finished = runs.create(session=s, thread_id=old, assistant_id=analyst.id).id
        waiting = runs.create(session=s, thread_id=busy, assistant_id=waiter.id).id
    wait_for_run(engine, finished)
    wait_for_run(engine, waiting, until="thread.run.requires_action")
    assert engine.ingestor.wait([old_store, expired, live], timeout=20)
    age(engine, 40, threads_=(old, old_recent_message, busy), files=tuple(ids.values()))
    age(engine, 0, files=(ids["shared_new"], ids["recent_file"]))
    with engine.db.session() as s:
        s.execute(
            update(VectorStoreRow)
            .where(VectorStoreRow.id == expired)
            .values(last_active_at=now() - 3 * DAY)
        )
        threads.create_message(session=s, thread_id=old_recent_message, content="Still here")
    return World(
        engine=engine, old=old, old_store=old_store, recent=recent,
        old_recent_message=old_recent_message, busy=busy, expired=expired, live=live, **ids,
    )  # fmt: skip


def planned(world: World, **days: int) -> retention.Plan:
    with world.engine.db.reader() as s:
        return retention.plan(
            s, thread_days=days.get("thread_days", 30), file_days=days.get("file_days", 30),
            now=now(),
        )  # fmt: skip


def test_the_plan_lists_exactly_the_unused_thread_files_and_expired_stores(world):
    before = counts(world.engine)
    plan = planned(world)
    assert {(item.kind, item.id) for item in plan.items} == world.due()
    assert [item.kind for item in plan.items] == ["thread", "vector_store", "vector_store"] + [
        "file"
    ] * 5, "threads first, then stores, then files"
    by_id = {item.id: item for item in plan.items}
    assert by_id[world.old].name == "Old analysis" and by_id[world.old].size == 2  # question, reply
    assert by_id[world.old_store].needs == (world.old,)
    assert by_id[world.old_searched].needs == tuple(sorted([world.old, world.old_store]))
    assert by_id[world.alone].needs == () and "not used by anything" in by_id[world.alone].reason
    assert by_id[world.in_expired].needs == (world.expired,)
    assert by_id[world.old].last_used < now() - 39 * DAY
    unique = [world.old_attached, world.old_searched, world.alone, world.in_expired]
    assert plan.blob_bytes == sum(by_id[f].size for f in unique), "the shared blob stays"
    assert counts(world.engine) == before


def test_a_shorter_file_policy_alone_keeps_every_thread_and_what_threads_use(world):
    plan = planned(world, thread_days=0)
    assert {(item.kind, item.id) for item in plan.items} == {
        ("vector_store", world.expired),
        ("file", world.alone),
        ("file", world.shared_old),
        ("file", world.in_expired),
    }


def test_the_real_run_deletes_what_is_due_and_keeps_the_rest(world):
    engine = world.engine
    with engine.db.reader() as s:
        owned = [
            s.scalar(select(func.count()).select_from(m).where(m.thread_id == world.old))
            for m in (MessageRow, RunRow, RunStepRow)
        ]
        run_ids = s.scalars(select(RunRow.id).where(RunRow.thread_id == world.old)).all()
        events = s.scalar(select(func.count()).where(RunEventRow.run_id.in_(run_ids)))
    assert min(owned) > 0 and events > 0
    shas = {f: engine.files.blob_path(sha(engine, f)) for f in (world.alone, world.shared_old)}
    unique = [world.old_attached, world.old_searched, world.alone, world.in_expired]
    with engine.db.reader() as s:
        freed = s.scalar(select(func.sum(FileRow.bytes)).where(FileRow.id.in_(unique)))
    before = counts(engine)

    result = retention.run(
        engine.db, engine.files, thread_days=30, file_days=30, sandbox=engine.sandbox
    )

    assert result.deleted == {"thread": 1, "vector_store": 2, "file": 5} and not result.failed
    for kind, object_id in world.due():
        model = {"thread": ThreadRow, "vector_store": VectorStoreRow, "file": FileRow}[kind]
        assert not exists(engine, model, object_id), f"{kind} {object_id} should be gone"
    for model, object_id in world.kept():
        assert exists(engine, model, object_id), f"{model.__tablename__} {object_id} was kept"
    with engine.db.reader() as s:
        for model in (MessageRow, RunRow, RunStepRow):
            assert not s.scalar(select(model.pk).where(model.thread_id == world.old))
        assert not s.scalar(select(func.count()).where(RunEventRow.run_id.in_(run_ids)))
    assert not shas[world.alone].exists()
    assert shas[world.shared_old].exists(), "the recent copy still uses the blob"
    after = counts(engine)
    assert before["blobs"] - after["blobs"] == 4
    assert result.bytes_freed == freed
    assert before["threads"] - after["threads"] == 1 and before["files"] - after["files"] == 5
    again = retention.run(engine.db, engine.files, thread_days=30, file_days=30)
    assert again.total == 0 and counts(engine) == after


def sha(engine: Engine, file_id: str) -> str:
    with engine.db.reader() as s:
        return s.scalar(select(FileRow.sha256).where(FileRow.id == file_id))


@pytest.mark.parametrize(
    "reference",
    [
        "attachment",
        "image_file",
        "chart",
        "chart_png",
        "file_path",
        "file_citation",
        "tool_resources",
    ],
)
def test_a_file_a_kept_thread_refers_to_stays_and_goes_with_an_old_thread(make_engine, reference):
    engine = make_engine()
    with engine.db.session() as s:
        holders = [threads.create(session=s).id for _ in range(2)]
    files = [put(engine, csv(n)) for n in range(2)]
    with engine.db.session() as s:
        for thread_id, file_id in zip(holders, files, strict=True):
            refer(s, reference, thread_id, file_id)
    age(engine, 40, threads_=(holders[1],), files=tuple(files))
    with engine.db.reader() as s:
        plan = retention.plan(s, thread_days=30, file_days=30, now=now())
    assert {(i.kind, i.id, i.needs) for i in plan.items} == {
        ("thread", holders[1], ()),
        ("file", files[1], (holders[1],)),
    }, "the first file is used by a thread that stays"


def refer(s: Any, reference: str, thread_id: str, file_id: str) -> None:
    if reference == "tool_resources":
        threads.update(
            session=s, thread_id=thread_id,
            tool_resources={"code_interpreter": {"file_ids": [file_id]}},
        )  # fmt: skip
        return
    if reference == "attachment":
        threads.create_message(
            session=s, thread_id=thread_id, content="see",
            attachments=[{"file_id": file_id, "tools": [{"type": "code_interpreter"}]}],
        )  # fmt: skip
        return
    span = {"text": "x", "start_index": 0, "end_index": 1}
    blocks = {
        "image_file": {"type": "image_file", "image_file": {"file_id": file_id}},
        "chart": {"type": "chart", "chart": {"file_id": file_id}},
        "chart_png": {"type": "chart", "chart": {"file_id": "file_gone", "png_file_id": file_id}},
        "file_path": {"type": "text", "text": {"value": "x", "annotations": [
            {"type": "file_path", **span, "file_path": {"file_id": file_id}}]}},
        "file_citation": {"type": "text", "text": {"value": "x", "annotations": [
            {"type": "file_citation", **span, "file_citation": {"file_id": file_id}}]}},
    }  # fmt: skip
    threads.create_message(
        session=s, thread_id=thread_id, role="assistant", content=[blocks[reference]]
    )


def test_a_file_in_an_assistants_tool_resources_stays(make_engine):
    engine = make_engine()
    file_id = put(engine, csv(1))
    with engine.db.session() as s:
        assistants.create(
            session=s, model_backend="scripted", model="analyst",
            tool_resources={"code_interpreter": {"file_ids": [file_id]}},
        )  # fmt: skip
    age(engine, 40, files=(file_id,))
    assert not retention.run(engine.db, engine.files, thread_days=30, file_days=30).total
    with engine.db.session() as s:
        s.execute(update(AssistantRow).values(tool_resources={}))
    assert retention.run(engine.db, engine.files, thread_days=30, file_days=30).deleted == {
        "thread": 0, "vector_store": 0, "file": 1,
    }  # fmt: skip


def test_a_thread_that_cannot_be_deleted_keeps_what_depends_on_it_and_the_rest_goes(world, caplog):
    engine = world.engine
    stale = planned(world)  # then the old thread gets a run before the plan is applied
    with engine.db.session() as s:
        waiter = s.scalar(select(AssistantRow.id).where(AssistantRow.model == "waiter"))
        runs.create(session=s, thread_id=world.old, assistant_id=waiter)
    with caplog.at_level(logging.INFO, logger="services.retention"), engine.db.session() as s:
        result = retention.apply(s, stale, engine.files)
    assert result.failed == [world.old, world.old_store, world.old_attached, world.old_searched]
    assert result.deleted == {"thread": 0, "vector_store": 1, "file": 3}
    assert "could not delete thread " + world.old in caplog.text
    assert "active run" in caplog.text
    for model, object_id in [
        (ThreadRow, world.old), (VectorStoreRow, world.old_store),
        (FileRow, world.old_attached), (FileRow, world.old_searched),
    ]:  # fmt: skip
        assert exists(engine, model, object_id)
    for object_id in (world.alone, world.shared_old, world.in_expired):
        assert not exists(engine, FileRow, object_id)
    assert f"retention deleted file {world.alone}" in caplog.text


# -- the command -------------------------------------------------------------------------
@pytest.fixture
def cli_env(monkeypatch, tmp_path):
    def configure(engine: Engine, **variables: str) -> None:
        monkeypatch.chdir(tmp_path)  # no .env of the developer's
        monkeypatch.setenv("WORKBENCH_DATA_DIR", str(engine.settings.data_dir))
        monkeypatch.setenv("WORKBENCH_DATABASE_URL", engine.settings.resolved_database_url)
        for name, value in variables.items():
            monkeypatch.setenv(f"WORKBENCH_{name.upper()}", value)

    return configure


def test_the_cli_dry_run_names_what_would_go_and_deletes_nothing(world, cli_env, capsys):
    cli_env(world.engine)
    before = counts(world.engine)
    assert main(["retention", "--dry-run", *POLICY]) == 0
    out = capsys.readouterr().out
    for _kind, object_id in world.due():
        assert object_id in out
    for _model, object_id in world.kept():
        assert object_id not in out
    header = out.splitlines()[0].split()
    assert header == ["kind", "id", "owner", "name", "size", "last", "used", "reason"]
    assert "Old analysis" in out and "2 messages" in out and "expired (1 days" in out
    assert "Would delete 1 thread, 2 vector stores and 5 files" in out
    assert "nothing was deleted" in out
    assert counts(world.engine) == before


def test_the_cli_deletes_with_the_settings_policy_and_prints_the_counts(world, cli_env, capsys):
    cli_env(world.engine, retention_thread_days="30", retention_file_days="30")
    assert main(["retention"]) == 0
    out = capsys.readouterr().out
    assert "Deleted 1 thread, 2 vector stores and 5 files" in out
    assert not exists(world.engine, ThreadRow, world.old)
    assert not exists(world.engine, FileRow, world.alone)
    assert exists(world.engine, ThreadRow, world.busy)


@pytest.mark.parametrize("flags", [[], ["--thread-days", "0", "--file-days", "0"]])
def test_without_a_policy_the_cli_says_so_and_deletes_nothing(world, cli_env, capsys, flags):
    cli_env(world.engine)
    before = counts(world.engine)
    assert main(["retention", *flags]) == 0
    assert "No retention policy" in capsys.readouterr().out
    assert counts(world.engine) == before


def test_a_flag_overrides_the_setting(world, cli_env, capsys):
    cli_env(world.engine, retention_thread_days="30", retention_file_days="30")
    assert main(["retention", "--dry-run", "--thread-days", "0"]) == 0
    out = capsys.readouterr().out
    assert world.alone in out and world.old not in out


# -- the job in the server ---------------------------------------------------------------
def test_the_server_job_applies_the_policy_on_its_interval_and_stops_on_shutdown(
    tmp_path: Path, caplog
):
    settings = make_settings(tmp_path, retention_thread_days=1, retention_interval_minutes=0.3 / 60)
    engine = Engine(settings).start()
    try:
        assert engine.retention.running
        with engine.db.session() as s:
            thread = threads.create(session=s, title="stale").id
        with caplog.at_level(logging.INFO, logger="services.retention"):
            age(engine, 3, threads_=(thread,))
            deadline = time.monotonic() + 30
            while exists(engine, ThreadRow, thread) and time.monotonic() < deadline:
                time.sleep(0.1)
        assert not exists(engine, ThreadRow, thread)
        assert f"retention deleted thread {thread}" in caplog.text
        passes = engine.retention.passes
        deadline = time.monotonic() + 30
        while engine.retention.passes < passes + 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert engine.retention.passes >= passes + 2, "it runs again on its interval"
    finally:
        started = time.monotonic()
        engine.shutdown()
    assert time.monotonic() - started < 10
    assert not engine.retention.running


def test_without_a_policy_the_server_runs_no_retention_job(make_engine):
    engine = make_engine()
    assert not engine.retention.running
