"""The file_search tool through the engine: the model's query searches the run's stores
(the assistant's, and the thread's own store of attachments), passages are numbered across
the run, the model reads them, and the markers its reply uses become `file_citation`
annotations whose quote is the document's text at the cited span."""

from __future__ import annotations

import json

import pytest

from services import assistants, runs, threads
from services import vector_stores as vs
from services.engine.engine import Engine
from services.search import extract
from tests.conftest import make_settings, names
from tests.documents import pdf
from tests.integration.test_tool_calls import tool_step

HANDBOOK = [
    "Revenue is reported in euros. Refunds are subtracted in the month they are paid.",
    "Customer churn is defined as a subscriber who cancels within the billing month. "
    "Paused accounts do not count as churned.",
]
POLICY = b"# Travel\n\nHotel costs are reimbursed up to 180 euros per night."
SEARCH = {"type": "file_search", "file_search": {"max_num_results": 3}}


def search_call(query: str, call_id: str = "call_s") -> dict:
    return {
        "type": "tool_call",
        "id": call_id,
        "name": "file_search",
        "arguments": json.dumps({"query": query}),
    }


def upload(engine, name: str, data: bytes) -> str:
    with engine.db.session() as session:
        return engine.files.put(session=session, data=data, filename=name).id


def messages(ws):
    with ws.engine.db.session() as session:
        return threads.list_messages(session=session, thread_id=ws.thread.id, order="asc").data


def test_a_search_is_cited_at_the_span_it_quotes(workspace):
    reply = "Churn counts subscribers who cancel within the billing month [1]."
    ws = workspace(
        {"analyst": [[search_call("how is churn defined")], [{"type": "text", "text": reply}]]},
        tools=[SEARCH],
        question="How is churn defined in the handbook?",
    )
    handbook = pdf(HANDBOOK)
    file_id = upload(ws.engine, "handbook.pdf", handbook)
    with ws.engine.db.session() as session:
        store = vs.create(session=session, name="docs", file_ids=[file_id])
        assistants.update(
            session=session,
            assistant_id=ws.assistant.id,
            tool_resources={"file_search": {"vector_store_ids": [store.id]}},
        )
    run = ws.start_run()
    seen = names(ws.events(run.id, timeout=60))
    assert seen[-2:] == ["thread.run.completed", "done"]
    assert "thread.run.step.delta" in seen

    call = tool_step(ws, run.id).step_details.tool_calls[0]
    assert call.type == "file_search"
    results = call.file_search["results"]
    assert results[0]["number"] == 1 and results[0]["file_id"] == file_id
    assert results[0]["file_name"] == "handbook.pdf" and results[0]["page"] == 2
    assert len(results) <= 3  # the tool's max_num_results

    text = messages(ws)[-1].content[0].text
    (annotation,) = text.annotations
    assert annotation.type == "file_citation" and annotation.text == "[1]"
    assert text.value[annotation.start_index : annotation.end_index] == "[1]"
    cited = annotation.file_citation
    assert cited.file_id == file_id and cited.page == 2 and cited.filename == "handbook.pdf"
    assert "churn is defined" in cited.quote.lower()
    assert extract(handbook, "handbook.pdf").text[cited.start : cited.end] == cited.quote

    # the model read the numbered passages (its second request carried them)
    with ws.engine.db.session() as session:
        step = runs.list_steps(session=session, thread_id=ws.thread.id, run_id=run.id).data
    assert any(s.type == "tool_calls" for s in step)


def test_attachments_for_file_search_go_to_the_thread_store_and_numbers_run_on(workspace):
    reply = "Hotels up to 180 euros a night [2]; churn as the handbook says [1]. Not [9]."
    ws = workspace(
        {
            "analyst": [
                [search_call("churn definition", "call_a")],
                [search_call("hotel per night", "call_b")],
                [{"type": "text", "text": reply}],
            ]
        },
        tools=[{"type": "file_search", "file_search": {"max_num_results": 1}}],
        question=None,
    )
    handbook = upload(ws.engine, "handbook.pdf", pdf(HANDBOOK))
    policy = upload(ws.engine, "policy.md", POLICY)
    with ws.engine.db.session() as session:
        threads.create_message(
            session=session,
            thread_id=ws.thread.id,
            content="What do the documents say?",
            attachments=[
                {"file_id": handbook, "tools": [{"type": "file_search"}]},
                {"file_id": policy, "tools": [{"type": "file_search"}]},
            ],
        )
    run = ws.start_run()
    assert names(ws.events(run.id, timeout=90))[-2] == "thread.run.completed"
    annotations = messages(ws)[-1].content[0].text.annotations
    assert [(a.text, a.file_citation.file_id) for a in annotations] == [
        ("[2]", policy),
        ("[1]", handbook),
    ]  # [9] names no passage and stays plain text


def test_a_run_without_documents_tells_the_model_so(workspace):
    ws = workspace(
        {"analyst": [[search_call("anything")], [{"type": "text", "text": "Nothing found."}]]},
        tools=[SEARCH],
    )
    run = ws.start_run()
    assert names(ws.events(run.id, timeout=60))[-2] == "thread.run.completed"
    call = tool_step(ws, run.id).step_details.tool_calls[0]
    assert call.file_search["error"] == "No documents are attached to search."
    assert call.file_search["results"] == []


@pytest.fixture
def offline(tmp_path):
    engine = Engine(make_settings(tmp_path)).start()
    with engine.db.session() as session:
        assistant = assistants.create(
            session=session,
            model_backend="offline",
            model="offline-analyst",
            tools=[{"type": "code_interpreter"}, {"type": "file_search"}],
        )
    yield engine, assistant
    engine.shutdown()


def ask_offline(engine, assistant, question: str, documents: dict[str, bytes]):
    with engine.db.session() as session:
        ids = [
            engine.files.put(session=session, data=d, filename=n).id for n, d in documents.items()
        ]
        thread = threads.create(session=session)
        threads.create_message(
            session=session,
            thread_id=thread.id,
            content=question,
            attachments=[{"file_id": f, "tools": [{"type": "file_search"}]} for f in ids],
        )
        run = runs.create(session=session, thread_id=thread.id, assistant_id=assistant.id)
    events = list(engine.subscribe(run.id, timeout=60))
    assert events[-2].event == "thread.run.completed", events[-2]
    with engine.db.session() as session:
        reply = threads.list_messages(session=session, thread_id=thread.id).data[0]
    return reply.content[0].text, ids


def test_the_offline_analyst_quotes_and_cites_the_document(offline):
    engine, assistant = offline
    text, (handbook, _) = ask_offline(
        engine,
        assistant,
        "How is churn defined in the handbook?",
        {"handbook.pdf": pdf(HANDBOOK), "policy.md": POLICY},
    )
    assert "subscriber who cancels within the billing month" in text.value
    assert "handbook.pdf" in text.value and "page 2" in text.value
    (annotation,) = text.annotations
    assert annotation.file_citation.file_id == handbook
    assert " ".join(annotation.file_citation.quote.split()) in " ".join(text.value.split())


def test_the_offline_analyst_says_when_the_documents_do_not_cover_it(offline):
    engine, assistant = offline
    text, _ = ask_offline(
        engine,
        assistant,
        "What does the policy say about parental leave?",
        {"handbook.pdf": pdf(HANDBOOK), "policy.md": POLICY},
    )
    assert "found no passage about it" in text.value
    assert text.annotations == [] and "180" not in text.value


@pytest.mark.parametrize("backend", ["openai_chat", "openai_responses"])
def test_a_provider_model_searches_reads_the_passages_and_is_cited(tmp_path, backend):
    """Through the official SDK against the fake server: the model is offered file_search
    as a function, its call is run locally, and the passages reach its next request."""
    from tests.fakes.openai_server import FakeOpenAI, hosted, text, tool_calls
    from tests.integration.test_providers import KEY, Chat, connection, reply_text

    with FakeOpenAI(api_key=KEY) as fake, Engine(make_settings(tmp_path)) as engine:
        engine.secrets.set("fake", KEY)
        call = ("fs_1", "file_search", json.dumps({"query": "hotel per night"}))
        if backend == "openai_chat":
            fake.script_chat(tool_calls(call), text("Up to 180 euros a night [1]."))
        else:
            fake.script_responses(
                hosted(("call", *call)), hosted(("text", "Up to 180 euros a night [1]."))
            )
        policy = upload(engine, "policy.md", POLICY)
        with engine.db.session() as session:
            store = vs.create(session=session, file_ids=[policy])
        chat = Chat(engine, backend, connection(fake), tools=[{"type": "file_search"}])
        with engine.db.session() as session:
            assistants.update(
                session=session,
                assistant_id=chat.assistant.id,
                tool_resources={"file_search": {"vector_store_ids": [store.id]}},
            )
        run, messages, _, _ = chat.ask("How much may a hotel cost?")
        assert run.status == "completed", run.last_error
        path = "/v1/chat/completions" if backend == "openai_chat" else "/v1/responses"
        first, second = (request.body for request in fake.posted(path))
        offered = json.dumps(first["tools"])
        assert '"file_search"' in offered and "policy.md" in offered
        assert "reimbursed up to 180 euros" in json.dumps(second)  # the passage was read
        assert reply_text(messages) == "Up to 180 euros a night [1]."
        (annotation,) = messages[-1].content[0].text.annotations
        assert annotation.file_citation.file_id == policy
