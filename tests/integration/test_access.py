"""Ownership, enforced in the services for every object type and every verb: another
user's id is "not found" exactly like an id that does not exist, and nothing of theirs is
read or changed; the owner still reaches it, and the engine (no actor) sees everyone's.
Assistants shared with the team are readable and usable by all, changeable by owner/admin."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from services import assistants, chat, file_batches, keys, runs, threads
from services import vector_stores as vs
from services.access import Actor
from services.common import new_id
from services.errors import ForbiddenError, NotFoundError

ANA = Actor(user_id="user_ana", name="Ana")
BO = Actor(user_id="user_bo", name="Bo")
ADMIN = Actor(user_id="user_cy", role="admin", name="Cy")
CSV = b"region,sales\nnorth,120\nsouth,80\n"
LOOKUP = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}
SCRIPTS = {
    "analyst": [[{"type": "text", "text": "North sold 120."}]],
    "caller": [
        [{"type": "tool_call", "id": "call_1", "name": "lookup", "arguments": "{}"}],
        [{"type": "text", "text": "Looked it up."}],
    ],
}


@dataclass(frozen=True)
class World:
    """One user's objects, by id."""

    assistant: str
    thread: str  # with a question and a completed run
    message: str
    run: str
    step: str
    waiting_thread: str  # its run waits for a tool output
    waiting_run: str
    file: str
    store: str  # holds the file, added by the batch
    batch: str
    key: str

    def made_up(self) -> World:
        """The same kinds of ids, none of which exists."""
        fields = dataclasses.asdict(self)
        return World(**{name: new_id(value.rsplit("_", 1)[0]) for name, value in fields.items()})


def finish(engine, run_id: str) -> None:
    for event in engine.subscribe(run_id, timeout=20):
        if event.event in ("done", "thread.run.requires_action"):
            return
    raise AssertionError(f"run {run_id} did not finish in 20 s")


def build(engine, actor: Actor) -> World:
    """Everything a user can own, made in sessions acting as them."""
    with engine.db.session(actor) as s:
        file = engine.files.put(session=s, data=CSV, filename="sales.csv").id
        store = vs.create(session=s, name=f"{actor.name}'s docs", file_ids=[file]).id
        batch = file_batches.create(session=s, vector_store_id=store, file_ids=[file]).id
        assistant = assistants.create(
            session=s, model_backend="scripted", model="analyst", name=actor.name, tools=[LOOKUP]
        ).id
        thread = threads.create(session=s, title=actor.name, messages=[{"content": "Sales?"}]).id
        waiting = threads.create(session=s, messages=[{"content": "Look it up."}]).id
        run = runs.create(session=s, thread_id=thread, assistant_id=assistant).id
        waiting_run = runs.create(
            session=s, thread_id=waiting, assistant_id=assistant, model="caller"
        ).id
        key = keys.create(session=s, name=f"{actor.name}'s key")[0].id
    finish(engine, run)
    finish(engine, waiting_run)
    with engine.db.reader(actor) as s:
        message = threads.list_messages(session=s, thread_id=thread, order="asc").data[0].id
        step = runs.list_steps(session=s, thread_id=thread, run_id=run).data[0].id
        assert runs.retrieve(session=s, thread_id=thread, run_id=run).status == "completed"
        status = runs.retrieve(session=s, thread_id=waiting, run_id=waiting_run).status
        assert status == "requires_action"
    return World(
        assistant=assistant, thread=thread, message=message, run=run, step=step,
        waiting_thread=waiting, waiting_run=waiting_run, file=file, store=store, batch=batch,
        key=key,
    )  # fmt: skip


def snapshot(engine, *worlds: World) -> dict[str, Any]:
    """Everything the engine (no actor) sees of these users' objects, and every list."""
    found: dict[str, Any] = {}
    with engine.db.reader() as s:
        for w in worlds:
            found[w.assistant] = assistants.retrieve(session=s, assistant_id=w.assistant)
            for thread, run in ((w.thread, w.run), (w.waiting_thread, w.waiting_run)):
                found[thread] = threads.retrieve(session=s, thread_id=thread)
                found[f"{thread}/messages"] = threads.list_messages(session=s, thread_id=thread)
                found[f"{thread}/runs"] = runs.list_(session=s, thread_id=thread)
                found[run] = runs.list_steps(session=s, thread_id=thread, run_id=run)
            found[w.file] = engine.files.retrieve(session=s, file_id=w.file)
            found[f"{w.file}/bytes"] = engine.files.read_bytes(session=s, file_id=w.file)
            found[w.store] = vs.retrieve(session=s, vector_store_id=w.store)
            found[f"{w.store}/files"] = vs.list_files(session=s, vector_store_id=w.store)
            found[w.batch] = file_batches.retrieve(
                session=s, vector_store_id=w.store, batch_id=w.batch
            )
        found["assistants"] = assistants.list_(session=s, limit=100)
        found["threads"] = threads.list_(session=s, limit=100)
        found["files"] = engine.files.list(session=s, limit=100)
        found["stores"] = vs.list_stores(session=s, include_thread_stores=True, limit=100)
        found["keys"] = keys.list_keys(session=s)
    return found


@pytest.fixture
def two_users(make_engine):
    """An engine with Ana's and Bo's objects; nothing is ingested, so nothing moves."""
    engine = make_engine(SCRIPTS)
    engine.ingestor.stop()
    return engine, build(engine, ANA), build(engine, BO)


# Each verb as (session, engine, target, own): `target` is the user whose id is named,
# `own` the acting user's objects (Bo's when Bo tries Ana's ids, Ana's when she uses hers).
Verb = Callable[[Any, Any, World, World], object]
READS: dict[str, Verb] = {
    "assistant.retrieve": lambda s, e, t, o: assistants.retrieve(
        session=s, assistant_id=t.assistant
    ),
    "thread.retrieve": lambda s, e, t, o: threads.retrieve(session=s, thread_id=t.thread),
    "message.retrieve": lambda s, e, t, o: threads.retrieve_message(
        session=s, thread_id=t.thread, message_id=t.message
    ),
    "message.list": lambda s, e, t, o: threads.list_messages(session=s, thread_id=t.thread),
    "run.retrieve": lambda s, e, t, o: runs.retrieve(session=s, thread_id=t.thread, run_id=t.run),
    "run.list": lambda s, e, t, o: runs.list_(session=s, thread_id=t.thread),
    "step.list": lambda s, e, t, o: runs.list_steps(session=s, thread_id=t.thread, run_id=t.run),
    "step.retrieve": lambda s, e, t, o: runs.retrieve_step(
        session=s, thread_id=t.thread, run_id=t.run, step_id=t.step
    ),
    "file.retrieve": lambda s, e, t, o: e.files.retrieve(session=s, file_id=t.file),
    "file.open": lambda s, e, t, o: read_open(e, s, t.file),
    "file.read_bytes": lambda s, e, t, o: e.files.read_bytes(session=s, file_id=t.file),
    "store.retrieve": lambda s, e, t, o: vs.retrieve(session=s, vector_store_id=t.store),
    "store.list_files": lambda s, e, t, o: vs.list_files(session=s, vector_store_id=t.store),
    "store.retrieve_file": lambda s, e, t, o: vs.retrieve_file(
        session=s, vector_store_id=t.store, file_id=t.file
    ),
    "batch.retrieve": lambda s, e, t, o: file_batches.retrieve(
        session=s, vector_store_id=t.store, batch_id=t.batch
    ),
    "chat.view": lambda s, e, t, o: chat.view(session=s, files=e.files, thread_id=t.thread),
}
WRITES: dict[str, Verb] = {
    "assistant.update": lambda s, e, t, o: assistants.update(
        session=s, assistant_id=t.assistant, name="taken"
    ),
    "assistant.delete": lambda s, e, t, o: assistants.delete(session=s, assistant_id=t.assistant),
    "thread.update": lambda s, e, t, o: threads.update(session=s, thread_id=t.thread, title="x"),
    "thread.delete": lambda s, e, t, o: threads.delete(session=s, thread_id=t.thread),
    "chat.delete_thread": lambda s, e, t, o: chat.delete_thread(
        session=s, sandbox=e.sandbox, thread_id=t.thread
    ),
    "message.create": lambda s, e, t, o: threads.create_message(
        session=s, thread_id=t.thread, content="Mine now."
    ),
    "message.update": lambda s, e, t, o: threads.update_message(
        session=s, thread_id=t.thread, message_id=t.message, metadata={"seen": "yes"}
    ),
    "message.delete": lambda s, e, t, o: threads.delete_message(
        session=s, thread_id=t.thread, message_id=t.message
    ),
    "run.create_on_their_thread": lambda s, e, t, o: runs.create(
        session=s, thread_id=t.thread, assistant_id=o.assistant
    ),
    "run.create_with_their_assistant": lambda s, e, t, o: runs.create(
        session=s, thread_id=o.thread, assistant_id=t.assistant
    ),
    "run.update": lambda s, e, t, o: runs.update(
        session=s, thread_id=t.thread, run_id=t.run, metadata={"seen": "yes"}
    ),
    "run.cancel": lambda s, e, t, o: runs.cancel(
        session=s, thread_id=t.waiting_thread, run_id=t.waiting_run
    ),
    "run.submit_tool_outputs": lambda s, e, t, o: runs.submit_tool_outputs(
        session=s,
        thread_id=t.waiting_thread,
        run_id=t.waiting_run,
        tool_outputs=[{"tool_call_id": "call_1", "output": "42"}],
    ),  # fmt: skip
    "file.delete": lambda s, e, t, o: e.files.delete(session=s, file_id=t.file),
    "file.attached_to_own_message": lambda s, e, t, o: threads.create_message(
        session=s,
        thread_id=o.thread,
        content="See this.",
        attachments=[{"file_id": t.file, "tools": [{"type": "code_interpreter"}]}],
    ),  # fmt: skip
    "file.in_own_thread_code_files": lambda s, e, t, o: threads.create(
        session=s, tool_resources={"code_interpreter": {"file_ids": [t.file]}}
    ),
    "file.in_own_assistant_code_files": lambda s, e, t, o: assistants.update(
        session=s,
        assistant_id=o.assistant,
        tool_resources={"code_interpreter": {"file_ids": [t.file]}},
    ),  # fmt: skip
    "file.added_to_own_store": lambda s, e, t, o: vs.add_file(
        session=s, vector_store_id=o.store, file_id=t.file
    ),
    "file.in_new_store": lambda s, e, t, o: vs.create(session=s, file_ids=[t.file]),
    "file.in_own_batch": lambda s, e, t, o: file_batches.create(
        session=s, vector_store_id=o.store, file_ids=[t.file]
    ),
    "store.update": lambda s, e, t, o: vs.update(session=s, vector_store_id=t.store, name="x"),
    "store.delete": lambda s, e, t, o: vs.delete_store(session=s, vector_store_id=t.store),
    "store.add_file": lambda s, e, t, o: vs.add_file(
        session=s, vector_store_id=t.store, file_id=o.file
    ),
    "store.delete_file": lambda s, e, t, o: vs.delete_file(
        session=s, vector_store_id=t.store, file_id=t.file
    ),
    "store.in_own_assistant": lambda s, e, t, o: assistants.update(
        session=s,
        assistant_id=o.assistant,
        tool_resources={"file_search": {"vector_store_ids": [t.store]}},
    ),  # fmt: skip
    "store.in_own_thread": lambda s, e, t, o: threads.update(
        session=s,
        thread_id=o.thread,
        tool_resources={"file_search": {"vector_store_ids": [t.store]}},
    ),  # fmt: skip
    "batch.create": lambda s, e, t, o: file_batches.create(
        session=s, vector_store_id=t.store, file_ids=[o.file]
    ),
    "batch.cancel": lambda s, e, t, o: file_batches.cancel(
        session=s, vector_store_id=t.store, batch_id=t.batch
    ),
    "key.revoke": lambda s, e, t, o: keys.revoke(session=s, key_id=t.key),
}
VERBS = {**READS, **WRITES}


def read_open(engine, session, file_id: str) -> bytes:
    with engine.files.open(session=session, file_id=file_id) as handle:
        return handle.read()


def attempt(engine, actor: Actor, verb: Verb, target: World, own: World) -> NotFoundError:
    with pytest.raises(NotFoundError) as caught, engine.db.session(actor) as s:
        verb(s, engine, target, own)
    return caught.value


def shape(error: Exception, world: World) -> str:
    """The error's text with the world's ids replaced by their field names."""
    text = str(error)
    for name, value in dataclasses.asdict(world).items():
        text = text.replace(value, f"<{name}>")
    return text


@pytest.mark.parametrize("verb", VERBS)
def test_another_users_id_is_not_found_like_a_made_up_one_and_changes_nothing(two_users, verb):
    engine, ana, bo = two_users
    before = snapshot(engine, ana, bo)

    refused = attempt(engine, BO, VERBS[verb], ana, bo)
    assert snapshot(engine, ana, bo) == before

    fake = ana.made_up()
    unknown = attempt(engine, BO, VERBS[verb], fake, bo)
    assert type(refused) is type(unknown)
    assert shape(refused, ana) == shape(unknown, fake)
    assert refused.object_id in dataclasses.asdict(ana).values()


@pytest.mark.parametrize("verb", VERBS)
def test_the_owner_reaches_their_own_id(two_users, verb):
    engine, ana, _ = two_users
    before = snapshot(engine, ana)
    with engine.db.session(ANA) as s:
        VERBS[verb](s, engine, ana, ana)
    if verb in WRITES:
        assert snapshot_after(engine, ana, verb) != before
    else:
        assert snapshot(engine, ana) == before


def snapshot_after(engine, world: World, verb: str) -> dict[str, Any]:
    """After a write the owner's objects differ (or one of them is gone)."""
    try:
        return snapshot(engine, world)
    except NotFoundError:
        assert verb.endswith("delete") or verb.endswith("delete_thread"), verb
        return {}


def test_lists_hold_only_the_users_own_objects_and_the_engine_sees_all(two_users):
    engine, ana, bo = two_users

    def listed(actor: Actor | None) -> dict[str, set[str]]:
        with engine.db.reader(actor) as s:
            return {
                "assistants": {a.id for a in assistants.list_(session=s, limit=100).data},
                "threads": {t.id for t in threads.list_(session=s, limit=100).data},
                "files": {f.id for f in engine.files.list(session=s, limit=100).data},
                "stores": {
                    v.id
                    for v in vs.list_stores(session=s, include_thread_stores=True, limit=100).data
                },
                "keys": {k.id for k in keys.list_keys(session=s)},
            }

    def owned(*worlds: World) -> dict[str, set[str]]:
        return {
            "assistants": {w.assistant for w in worlds},
            "threads": {t for w in worlds for t in (w.thread, w.waiting_thread)},
            "files": {w.file for w in worlds},
            "stores": {w.store for w in worlds},
            "keys": {w.key for w in worlds},
        }

    assert listed(BO) == owned(bo)
    assert listed(ANA) == owned(ana)
    assert listed(None) == owned(ana, bo)


def test_the_engine_reaches_every_users_objects_by_id(two_users):
    engine, ana, bo = two_users
    found = snapshot(engine, ana, bo)
    for world, actor in ((ana, ANA), (bo, BO)):
        assert found[world.assistant].name == actor.name
        assert found[world.thread].title == actor.name
        assert [m.id for m in found[f"{world.thread}/messages"].data][-1] == world.message
        assert [r.id for r in found[f"{world.thread}/runs"].data] == [world.run]
        assert [step.id for step in found[world.run].data] == [world.step]
        assert found[f"{world.file}/bytes"] == CSV
        assert found[world.store].file_counts.total == 1
        assert found[world.batch].status == "in_progress"


def test_a_team_assistant_is_used_by_all_and_changed_only_by_its_owner_or_an_admin(make_engine):
    engine = make_engine(SCRIPTS)
    with engine.db.session(ANA) as s:
        team = assistants.create(
            session=s, model_backend="scripted", model="analyst", name="Team", shared="team"
        )
    with engine.db.session(BO) as s:
        assert assistants.retrieve(session=s, assistant_id=team.id) == team
        assert [a.id for a in assistants.list_(session=s).data] == [team.id]
        thread = threads.create(session=s, messages=[{"content": "Sales?"}])
        run = runs.create(session=s, thread_id=thread.id, assistant_id=team.id)
    finish(engine, run.id)
    with engine.db.reader(BO) as s:
        assert runs.retrieve(session=s, thread_id=thread.id, run_id=run.id).status == "completed"
        reply = threads.list_messages(session=s, thread_id=thread.id).data[0]
        assert reply.text == "North sold 120."

    for change in (
        lambda s: assistants.update(session=s, assistant_id=team.id, name="Bo's now"),
        lambda s: assistants.update(session=s, assistant_id=team.id, shared="private"),
        lambda s: assistants.delete(session=s, assistant_id=team.id),
    ):
        with (
            pytest.raises(ForbiddenError, match="shared with the team"),
            engine.db.session(BO) as s,
        ):
            change(s)
    with engine.db.reader(ANA) as s:
        assert assistants.retrieve(session=s, assistant_id=team.id) == team

    with engine.db.session(ADMIN) as s:
        renamed = assistants.update(session=s, assistant_id=team.id, name="Team (admin)")
    with engine.db.reader(BO) as s:
        assert assistants.retrieve(session=s, assistant_id=team.id) == renamed
    assert renamed.name == "Team (admin)" and renamed.shared == "team"
