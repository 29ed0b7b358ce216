"""The Assistants-compatible HTTP API through the official `openai` SDK (its `beta`
namespace, `files` and `vector_stores`), against a real server on the real engine with the
scripted model: every verb, pagination, errors in the API's shape, keys and users, streams,
tool outputs, cancel, idempotency and limits."""

from __future__ import annotations

import json
import subprocess
import sys

import anyio
import httpx2
import openai
import pytest

from services import keys
from services.api.limits import Limits
from tests.integration.api_server import serve

pytestmark = pytest.mark.filterwarnings("ignore:.*deprecated:DeprecationWarning")
RUN_SCRIPT = {"analyst": [[{"type": "text", "text": "Revenue rose 12% in March.", "chunk": 6}]]}


@pytest.fixture
def server(make_engine):
    started = []

    def start(scripts=None, **overrides):
        overrides.setdefault("model_routes", {"analyst*": {"backend": "scripted"}})
        found = serve(make_engine(scripts or RUN_SCRIPT, **overrides))
        started.append(found)
        return found

    yield start
    for found in started:
        found.stop()


def test_assistant_verbs_pagination_and_another_users_objects_are_not_found(server):
    api = server()
    client = api.client()
    made = [
        client.beta.assistants.create(model="analyst", name=f"a{n}", metadata={"n": str(n)})
        for n in range(3)
    ]
    assert made[0].object == "assistant" and made[0].model == "analyst"
    first = client.beta.assistants.list(limit=2, order="asc")
    assert [a.id for a in first.data] == [made[0].id, made[1].id] and first.has_more
    rest = client.beta.assistants.list(limit=2, order="asc", after=first.data[-1].id)
    assert [a.id for a in rest.data] == [made[2].id] and not rest.has_more
    assert [a.id for a in client.beta.assistants.list(order="asc")] == [a.id for a in made]
    changed = client.beta.assistants.update(made[1].id, name="renamed", instructions="Be brief.")
    assert (
        changed.name == "renamed" and client.beta.assistants.retrieve(made[1].id).name == "renamed"
    )
    assert client.beta.assistants.delete(made[2].id).deleted

    other = api.client(api.key("bo@example.com"))
    assert other.beta.assistants.list().data == []
    with pytest.raises(openai.NotFoundError) as missing:
        other.beta.assistants.retrieve(made[0].id)
    assert missing.value.status_code == 404
    assert missing.value.body["message"] == f"No assistant with id '{made[0].id}'."
    with pytest.raises(openai.NotFoundError):
        other.beta.assistants.delete(made[0].id)


def test_errors_have_the_api_shape_and_status(server):
    api = server()
    client = api.client()
    with pytest.raises(openai.AuthenticationError) as no_key:
        api.client("wb-not-a-real-key").beta.assistants.list()
    assert no_key.value.status_code == 401 and no_key.value.code == "invalid_api_key"
    bare = httpx2.get(api.url + "/v1/assistants")
    assert bare.status_code == 401
    assert set(bare.json()["error"]) == {"message", "type", "param", "code"}
    with pytest.raises(openai.BadRequestError) as unrouted:
        client.beta.assistants.create(model="gpt-4o")
    assert "WORKBENCH_MODEL_ROUTES" in unrouted.value.message
    assert unrouted.value.body["param"] == "model"
    with pytest.raises(openai.BadRequestError) as bad_metadata:
        client.beta.threads.create(metadata={"k" * 80: "v"})
    assert bad_metadata.value.body["param"] == "metadata"
    with pytest.raises(openai.BadRequestError) as unknown_field:
        client.beta.assistants.create(model="analyst", extra_body={"colour": "red"})
    assert "colour" in unknown_field.value.message


def test_a_run_is_polled_to_its_reply_and_its_steps_are_listed(server):
    client = server().client()
    assistant = client.beta.assistants.create(model="analyst", instructions="Answer.")
    thread = client.beta.threads.create(messages=[{"role": "user", "content": "How is March?"}])
    run = client.beta.threads.runs.create_and_poll(
        thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=50
    )
    assert run.status == "completed"
    messages = client.beta.threads.messages.list(thread_id=thread.id, order="asc")
    assert [m.role for m in messages] == ["user", "assistant"]
    assert messages.data[1].content[0].text.value == "Revenue rose 12% in March."
    steps = client.beta.threads.runs.steps.list(thread_id=thread.id, run_id=run.id)
    assert [s.type for s in steps] == ["message_creation"]
    step = client.beta.threads.runs.steps.retrieve(
        thread_id=thread.id, run_id=run.id, step_id=steps.data[0].id
    )
    assert step.step_details.message_creation.message_id == messages.data[1].id
    assert [r.id for r in client.beta.threads.runs.list(thread_id=thread.id)] == [run.id]
    updated = client.beta.threads.runs.update(
        thread_id=thread.id, run_id=run.id, metadata={"seen": "yes"}
    )
    assert updated.metadata == {"seen": "yes"}
    assert (
        client.beta.threads.messages.retrieve(thread_id=thread.id, message_id=messages.data[1].id)
        .content[0]
        .text.value
        == "Revenue rose 12% in March."
    )
    assert client.beta.threads.retrieve(thread.id).id == thread.id
    message = client.beta.threads.messages.update(
        thread_id=thread.id, message_id=messages.data[0].id, metadata={"tag": "q"}
    )
    assert message.metadata == {"tag": "q"}
    assert client.beta.threads.messages.delete(
        thread_id=thread.id, message_id=messages.data[0].id
    ).deleted
    assert client.beta.threads.update(thread.id, metadata={"x": "1"}).metadata == {"x": "1"}
    assert client.beta.threads.delete(thread.id).deleted


def test_a_streamed_run_delivers_the_api_events_to_the_event_handler(server):
    client = server().client()
    assistant = client.beta.assistants.create(model="analyst")
    thread = client.beta.threads.create(messages=[{"role": "user", "content": "How is March?"}])
    seen: list[str] = []
    pieces: list[str] = []

    class Handler(openai.AssistantEventHandler):
        def on_event(self, event) -> None:
            seen.append(event.event)

        def on_text_delta(self, delta, snapshot) -> None:
            pieces.append(delta.value)

    with client.beta.threads.runs.stream(
        thread_id=thread.id, assistant_id=assistant.id, event_handler=Handler()
    ) as stream:
        stream.until_done()
        final = stream.get_final_messages()
    assert seen[0] == "thread.run.created" and seen[-1] == "thread.run.completed"
    assert "thread.message.delta" in seen and "thread.run.step.created" in seen
    assert "".join(pieces) == "Revenue rose 12% in March." and len(pieces) > 1
    assert final[0].content[0].text.value == "Revenue rose 12% in March."


FUNCTION = {
    "type": "function",
    "function": {
        "name": "ask_crm",
        "description": "Look a customer up.",
        "parameters": {"type": "object", "properties": {"name": {"type": "string"}}},
    },
}


def test_function_calling_waits_for_outputs_submitted_in_a_stream(server):
    scripts = {
        "analyst-fn": [
            [
                {
                    "type": "tool_call",
                    "id": "call_crm",
                    "name": "ask_crm",
                    "arguments": '{"name": "Acme"}',
                }
            ],
            [{"type": "text", "text": "Acme is a gold customer."}],
        ]
    }
    client = server(scripts).client()
    assistant = client.beta.assistants.create(model="analyst-fn", tools=[FUNCTION])
    thread = client.beta.threads.create(messages=[{"role": "user", "content": "Who is Acme?"}])
    run = client.beta.threads.runs.create_and_poll(
        thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=50
    )
    assert run.status == "requires_action"
    (call,) = run.required_action.submit_tool_outputs.tool_calls
    assert (call.id, call.function.name, json.loads(call.function.arguments)) == (
        "call_crm",
        "ask_crm",
        {"name": "Acme"},
    )
    with client.beta.threads.runs.submit_tool_outputs_stream(
        thread_id=thread.id,
        run_id=run.id,
        tool_outputs=[{"tool_call_id": call.id, "output": "gold"}],
    ) as stream:
        events = [event.event for event in stream]
    assert events[-1] == "thread.run.completed"
    assert "thread.run.created" not in events  # only what came after the submission
    reply = client.beta.threads.messages.list(thread_id=thread.id, limit=1).data[0]
    assert reply.content[0].text.value == "Acme is a gold customer."


def test_an_active_run_blocks_a_second_one_and_can_be_cancelled(server):
    scripts = {"analyst-slow": [[{"type": "sleep", "seconds": 30}, {"type": "text", "text": "x"}]]}
    client = server(scripts).client()
    assistant = client.beta.assistants.create(model="analyst-slow")
    thread = client.beta.threads.create(messages=[{"role": "user", "content": "Go"}])
    run = client.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant.id)
    with pytest.raises(openai.ConflictError) as busy:
        client.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant.id)
    assert busy.value.status_code == 409 and "already has an active run" in busy.value.message
    with pytest.raises(openai.ConflictError):
        client.beta.threads.messages.create(thread_id=thread.id, role="user", content="more")
    client.beta.threads.runs.cancel(thread_id=thread.id, run_id=run.id)
    final = client.beta.threads.runs.poll(thread_id=thread.id, run_id=run.id, poll_interval_ms=50)
    assert final.status == "cancelled"


def test_files_upload_list_download_and_delete(server):
    client = server().client()
    uploaded = client.files.create(
        file=("sales.csv", b"month,revenue\n1,10\n"), purpose="assistants"
    )
    assert (uploaded.filename, uploaded.bytes, uploaded.purpose) == ("sales.csv", 19, "assistants")
    assert [f.id for f in client.files.list(purpose="assistants")] == [uploaded.id]
    assert client.files.retrieve(uploaded.id).filename == "sales.csv"
    assert client.files.content(uploaded.id).read() == b"month,revenue\n1,10\n"
    with pytest.raises(openai.BadRequestError):
        client.files.create(file=("x.csv", b"a\n1\n"), purpose="fine-tune")
    assert client.files.delete(uploaded.id).deleted
    with pytest.raises(openai.NotFoundError):
        client.files.retrieve(uploaded.id)


def test_vector_store_verbs_batches_and_search(server):
    client = server().client()
    policy = client.files.create(
        file=("policy.md", b"Hotel costs are reimbursed up to 180 euros per night."),
        purpose="assistants",
    )
    notes = client.files.create(
        file=("notes.md", b"The warehouse ships on weekdays."), purpose="assistants"
    )
    store = client.vector_stores.create(name="docs", file_ids=[policy.id], metadata={"t": "x"})
    assert store.object == "vector_store" and store.file_counts.total == 1
    batch = client.vector_stores.file_batches.create_and_poll(
        vector_store_id=store.id, file_ids=[notes.id], poll_interval_ms=50
    )
    assert batch.status == "completed" and batch.file_counts.completed == 1
    listed = client.vector_stores.files.list(vector_store_id=store.id)
    assert {f.id for f in listed} == {policy.id, notes.id}
    assert (
        client.vector_stores.files.retrieve(file_id=notes.id, vector_store_id=store.id).status
        == "completed"
    )
    found = client.vector_stores.search(vector_store_id=store.id, query="hotel per night")
    assert found.data[0].file_id == policy.id and "180 euros" in found.data[0].content[0].text
    assert client.vector_stores.retrieve(store.id).file_counts.completed == 2
    in_batch = client.vector_stores.file_batches.list_files(
        batch_id=batch.id, vector_store_id=store.id
    )
    assert [f.id for f in in_batch] == [notes.id]
    with pytest.raises(openai.ConflictError):  # a finished batch has nothing to cancel
        client.vector_stores.file_batches.cancel(batch_id=batch.id, vector_store_id=store.id)
    assert client.vector_stores.update(store.id, name="renamed").name == "renamed"
    assert client.vector_stores.files.delete(file_id=notes.id, vector_store_id=store.id).deleted
    assert [s.id for s in client.vector_stores.list()] == [store.id]
    assert client.vector_stores.delete(store.id).deleted


def test_idempotent_creates_replay_and_a_reused_key_for_another_request_is_refused(server):
    client = server().client()
    first = client.beta.assistants.create(
        model="analyst", name="once", extra_headers={"Idempotency-Key": "k-1"}
    )
    again = client.beta.assistants.create(
        model="analyst", name="once", extra_headers={"Idempotency-Key": "k-1"}
    )
    assert again.id == first.id and len(client.beta.assistants.list().data) == 1
    with pytest.raises(openai.ConflictError) as reused:
        client.beta.assistants.create(
            model="analyst", name="other", extra_headers={"Idempotency-Key": "k-1"}
        )
    assert reused.value.code == "idempotency_key_reused"


def test_an_idempotent_answer_is_stored_before_the_client_receives_it(make_engine):
    """A retry sent the moment the first answer arrives must find it stored (under load the
    retry once overtook the store and made a second assistant)."""
    engine = make_engine(RUN_SCRIPT)
    with engine.db.session() as session:
        secret = keys.create(session=session, user="ana@example.com")[1]
        user = keys.find(session, secret).user
    seen: list[object] = []

    async def app(scope, receive, send):
        await receive()
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json")]})  # fmt: skip
        await send({"type": "http.response.body", "body": b'{"id": "asst_1"}'})

    limits = Limits(app, db=engine.db, max_json=4096, max_upload=4096)

    async def send(message):
        if message["type"] == "http.response.body":
            seen.append(limits._stored(user, "k-9"))

    async def receive():
        return {"type": "http.request", "body": b"{}", "more_body": False}

    scope = {"type": "http", "method": "POST", "path": "/v1/assistants",
             "headers": [(b"authorization", f"Bearer {secret}".encode()),
                         (b"idempotency-key", b"k-9")]}  # fmt: skip
    anyio.run(limits, scope, receive, send)
    assert len(seen) == 1 and seen[0] is not None and seen[0].status == 200


def test_rate_limits_and_body_limits(server):
    api = server(api_rate_per_minute=3, api_max_json_kb=4)
    client = api.client()
    for _ in range(3):
        client.beta.assistants.list()
    with pytest.raises(openai.RateLimitError) as limited:
        client.beta.assistants.list()
    assert limited.value.status_code == 429
    assert int(limited.value.response.headers["retry-after"]) >= 1
    other = api.client(api.key("bo@example.com"))  # another key is not slowed down
    assert other.beta.assistants.list().data == []
    with pytest.raises(openai.APIStatusError) as too_big:
        other.beta.threads.create(messages=[{"role": "user", "content": "x" * 8000}])
    assert too_big.value.status_code == 413 and too_big.value.code == "request_too_large"


def test_keys_are_made_listed_and_revoked_from_the_command_line(tmp_path, server):
    env = {"WORKBENCH_DATA_DIR": str(tmp_path / "cli"), "PATH": "/usr/bin:/bin"}
    made = subprocess.run(
        [sys.executable, "-m", "services.cli", "keys", "create", "--user", "ana@example.com",
         "--name", "notebook"],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    secret = made.stdout.strip().splitlines()[-1]
    assert secret.startswith("wb-") and len(secret) > 40
    listed = subprocess.run(
        [sys.executable, "-m", "services.cli", "keys", "list"],
        capture_output=True, text=True, env=env, check=True,
    ).stdout  # fmt: skip
    assert "ana@example.com (notebook)" in listed and secret not in listed
    key_id = listed.split()[0]
    subprocess.run(
        [sys.executable, "-m", "services.cli", "keys", "revoke", key_id],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    assert "revoked" in subprocess.run(
        [sys.executable, "-m", "services.cli", "keys", "list"],
        capture_output=True, text=True, env=env, check=True,
    ).stdout  # fmt: skip


def test_a_client_that_leaves_a_stream_does_not_stop_the_run(server):
    scripts = {
        "analyst-long": [
            [
                {"type": "text", "text": "Working"},
                {"type": "sleep", "seconds": 1.0},
                {"type": "text", "text": " and done."},
            ]
        ]
    }
    client = server(scripts).client()
    assistant = client.beta.assistants.create(model="analyst-long")
    with client.beta.threads.create_and_run(
        assistant_id=assistant.id,
        thread={"messages": [{"role": "user", "content": "Go"}]},
        stream=True,
    ) as stream:
        first = next(iter(stream))  # read one event, then hang up
    assert first.event == "thread.run.created"
    run = client.beta.threads.runs.poll(
        thread_id=first.data.thread_id, run_id=first.data.id, poll_interval_ms=50
    )
    assert run.status == "completed"
    reply = client.beta.threads.messages.list(thread_id=run.thread_id, limit=1).data[0]
    assert reply.content[0].text.value == "Working and done."


def test_keys_never_reach_the_logs(server, caplog):
    import logging

    api = server()
    secret = api.key()
    wrong = secret[:-4] + "zzzz"
    with caplog.at_level(logging.DEBUG):
        client = api.client(secret)
        client.beta.assistants.create(model="analyst", name="logged")
        with pytest.raises(openai.AuthenticationError) as refused:
            api.client(wrong).beta.assistants.list()
    assert wrong not in refused.value.message and secret not in refused.value.message
    assert caplog.records, "something was logged"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert secret not in logged and wrong not in logged
    with api.engine.db.session() as session:
        from sqlalchemy import text

        dump = "\n".join(str(row) for row in session.execute(text("SELECT * FROM api_keys")))
    assert secret not in dump  # only its digest is kept
