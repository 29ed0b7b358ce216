"""OpenAI's hosted file search for `openai_responses` (WORKBENCH_RESPONSES_FILE_SEARCH=
hosted), through the official SDK against the fake server: the run's document stores are
mirrored to OpenAI vector stores once per thread and kept in step, the provider's search
is recorded as the workbench's own search step with local file ids, and its citations
become `file_citation` annotations pointing at the local files."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from services import assistants
from services import vector_stores as vs
from services.engine.engine import Engine
from services.llm.responses_search import STATE_KEY
from services.store.models import ThreadRow
from services.tools.functions import FunctionRegistry
from tests.conftest import make_settings
from tests.fakes.openai_server import FakeOpenAI, hosted
from tests.integration.test_providers import KEY, Chat, connection, reply_text

POLICY = b"# Travel\n\nHotel costs are reimbursed up to 180 euros per night."
HANDBOOK = b"# Metrics\n\nChurn is a subscriber who cancels within the billing month."
SEARCH_TOOL = {"type": "file_search", "file_search": {"max_num_results": 3}}


@pytest.fixture
def fake():
    with FakeOpenAI(api_key=KEY) as server:
        yield server


def started(tmp_path, setting: str = "hosted"):
    settings = make_settings(
        tmp_path, responses_file_search=setting, provider_retry_base_seconds=0.01
    )
    engine = Engine(settings).start()
    engine.secrets.set("fake", KEY)
    return engine


@pytest.fixture
def engine(tmp_path):
    engine = started(tmp_path)
    yield engine
    engine.shutdown()


def documents(engine: Engine, chat: Chat, files: dict[str, bytes]) -> tuple[str, list[str]]:
    """A document store with these files, attached to the chat's assistant, read."""
    with engine.db.session() as session:
        ids = [engine.files.put(session=session, data=d, filename=n).id for n, d in files.items()]
        store = vs.create(session=session, name="docs", file_ids=ids)
        assistants.update(
            session=session,
            assistant_id=chat.assistant.id,
            tool_resources={"file_search": {"vector_store_ids": [store.id]}},
        )
    assert engine.ingestor.wait([store.id], timeout=30)
    return store.id, ids


def mirror_state(engine: Engine, chat: Chat) -> dict:
    with engine.db.session() as session:
        state = session.scalar(
            select(ThreadRow.provider_state).where(ThreadRow.id == chat.thread.id)
        )
    return state[STATE_KEY]


def search_chat(engine: Engine, fake: FakeOpenAI) -> Chat:
    return Chat(engine, "openai_responses", connection(fake), tools=[SEARCH_TOOL])


def test_the_store_is_mirrored_once_searched_there_and_cited_at_the_local_file(engine, fake):
    fake.vector_stores.reading_polls = 1  # OpenAI is still reading the files at first look
    fake.script_responses(
        hosted(
            ("search", "hotel per night", ["policy.md", "handbook.md"]),
            (
                "text",
                "Hotels up to 180 euros a night{cite:policy.md}; churn is monthly"
                "{cite:handbook.md}. Again: 180 euros{cite:policy.md}.",
            ),
        ),
        hosted(("search", "hotel", ["policy.md", "handbook.md"]), ("text", "Still 180 euros.")),
    )
    chat = search_chat(engine, fake)
    store, (policy, handbook) = documents(
        engine, chat, {"policy.md": POLICY, "handbook.md": HANDBOOK}
    )
    run, messages, steps, _ = chat.ask("How much may a hotel cost?")
    assert run.status == "completed", run.last_error

    uploads = fake.posted("/v1/files")
    assert len(uploads) == 2 and all(b'name="purpose"\r\n\r\nassistants' in u.raw for u in uploads)
    (remote,) = fake.vector_stores.stores
    assert fake.vector_stores.holding() == {remote: {"policy.md", "handbook.md"}}
    request = fake.posted("/v1/responses")[0].body
    assert request["tools"] == [
        {"type": "file_search", "vector_store_ids": [remote], "max_num_results": 3}
    ]
    assert "file_search_call.results" in request["include"]

    # the provider's search is a search step like the workbench's own, with local ids
    assert [s.type for s in steps] == ["tool_calls", "message_creation"]
    (call,) = steps[0].step_details.tool_calls
    assert call.type == "file_search" and call.file_search["query"] == "hotel per night"
    results = call.file_search["results"]
    assert [(r["number"], r["file_id"], r["file_name"]) for r in results] == [
        (1, policy, "policy.md"),
        (2, handbook, "handbook.md"),
    ]
    assert "180 euros per night" in results[0]["content"][0]["text"]
    assert results[0]["vector_store_id"] == store and results[0]["page"] is None

    # each citation is a marker at its place, annotated with the local file (twice: twice)
    text = messages[-1].content[0].text
    assert text.value == (
        "Hotels up to 180 euros a night [1]; churn is monthly [2]. Again: 180 euros [1]."
    )
    assert [(a.text, a.file_citation.file_id) for a in text.annotations] == [
        ("[1]", policy),
        ("[2]", handbook),
        ("[1]", policy),
    ]
    assert "180 euros per night" in text.annotations[0].file_citation.quote
    assert all(text.value[a.start_index : a.end_index] == a.text for a in text.annotations)
    state = mirror_state(engine, chat)
    assert state["stores"][store]["id"] == remote
    assert set(state["files"]) == {policy, handbook}

    # a document removed here is removed there; the mirror is reused, nothing uploaded again
    with engine.db.session() as session:
        vs.delete_file(session=session, vector_store_id=store, file_id=handbook)
    run2, _, _, _ = chat.ask("And again?")
    assert run2.status == "completed", run2.last_error
    assert len(fake.posted("/v1/files")) == 2 and len(fake.posted("/v1/vector_stores")) == 1
    assert fake.vector_stores.holding() == {remote: {"policy.md"}}
    deleted = [r.path for r in fake.requests if r.method == "DELETE"]
    assert deleted == [
        f"/v1/vector_stores/{remote}/files/{state['files'][handbook]}",
        f"/v1/files/{state['files'][handbook]}",
    ]
    assert set(mirror_state(engine, chat)["files"]) == {policy}


def test_passages_number_on_across_the_run_and_a_search_is_replayed_as_text(engine, fake):
    registry = FunctionRegistry()

    @registry.register
    def nights(city: str) -> str:
        """Nights booked in a city."""
        return "3"

    engine.executor.functions = registry
    fake.script_responses(
        hosted(("search", "hotel", ["policy.md"]), ("call", "fc_1", "nights", '{"city": "Oslo"}')),
        hosted(("search", "churn", ["handbook.md"]), ("text", "Churn{cite:handbook.md}.")),
    )
    chat = Chat(
        engine,
        "openai_responses",
        connection(fake),
        tools=[SEARCH_TOOL, {"type": "function", "function": {"name": "nights"}}],
    )
    _, (policy, handbook) = documents(engine, chat, {"policy.md": POLICY, "handbook.md": HANDBOOK})
    run, messages, steps, _ = chat.ask("Hotel cost for my Oslo trip, and churn?")
    assert run.status == "completed", run.last_error
    searches = [
        c.file_search
        for s in steps
        if s.type == "tool_calls"
        for c in s.step_details.tool_calls
        if c.type == "file_search"
    ]
    assert [[(r["number"], r["file_id"]) for r in s["results"]] for s in searches] == [
        [(1, policy)],
        [(2, handbook)],
    ]
    assert reply_text(messages) == "Churn [2]."
    (annotation,) = messages[-1].content[0].text.annotations
    assert annotation.file_citation.file_id == handbook
    second = fake.posted("/v1/responses")[1].body["input"]
    said = json.dumps(second)
    assert "I searched the documents" in said and "[1] policy.md" in said
    assert not any(i.get("name") == "file_search" for i in second)  # not a function call
    assert len(fake.posted("/v1/files")) == 2  # uploaded once for both turns


def test_a_vanished_remote_store_is_made_again_with_the_uploads_it_had(engine, fake):
    fake.script_responses(
        hosted(("search", "hotel", ["policy.md"]), ("text", "180{cite:policy.md}.")),
        hosted(("search", "hotel", ["policy.md"]), ("text", "Still 180{cite:policy.md}.")),
    )
    chat = search_chat(engine, fake)
    _, (policy,) = documents(engine, chat, {"policy.md": POLICY})
    assert chat.ask("Hotel?")[0].status == "completed"
    fake.vector_stores.vanish()  # expired after a week unused, or deleted on the dashboard
    run, messages, _, _ = chat.ask("Hotel again?")
    assert run.status == "completed", run.last_error
    assert len(fake.posted("/v1/vector_stores")) == 2 and len(fake.posted("/v1/files")) == 1
    (remote,) = fake.vector_stores.stores
    assert fake.posted("/v1/responses")[1].body["tools"][0]["vector_store_ids"] == [remote]
    assert messages[-1].content[0].text.annotations[0].file_citation.file_id == policy


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        ("upload", "could not upload policy.md"),
        ("read", "OpenAI could not read policy.md (Scanned PDF without text)"),
    ],
)
def test_a_file_that_cannot_be_mirrored_fails_the_run_naming_it(engine, fake, failure, expected):
    if failure == "upload":
        fake.refused_uploads["policy.md"] = "File type not supported."
    else:
        fake.vector_stores.unreadable["policy.md"] = "Scanned PDF without text"
    chat = search_chat(engine, fake)
    _, (handbook, policy) = documents(engine, chat, {"handbook.md": HANDBOOK, "policy.md": POLICY})
    run, _, _, _ = chat.ask("Hotel?")
    assert run.status == "failed"
    assert expected in run.last_error.message
    assert "WORKBENCH_RESPONSES_FILE_SEARCH=local" in run.last_error.message
    assert fake.posted("/v1/responses") == []  # the model was not asked without its documents
    # what was uploaded before the failure is kept: the next run does not upload it again
    assert handbook in mirror_state(engine, chat)["files"]


def test_with_the_local_setting_nothing_is_uploaded(tmp_path, fake):
    engine = started(tmp_path, "local")
    try:
        fake.script_responses(
            hosted(("call", "fs_1", "file_search", json.dumps({"query": "hotel per night"}))),
            hosted(("text", "Up to 180 euros a night [1].")),
        )
        chat = search_chat(engine, fake)
        _, (policy,) = documents(engine, chat, {"policy.md": POLICY})
        run, messages, _, _ = chat.ask("Hotel?")
        assert run.status == "completed", run.last_error
        assert messages[-1].content[0].text.annotations[0].file_citation.file_id == policy
    finally:
        engine.shutdown()
    assert fake.posted("/v1/files") == [] and fake.vector_stores.stores == {}
    offered = fake.posted("/v1/responses")[0].body["tools"]
    assert [(t["type"], t["name"]) for t in offered] == [("function", "file_search")]
