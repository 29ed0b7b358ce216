"""The Assistants tutorial's own flow, unchanged, against the workbench's HTTP API (the
official `openai` SDK, the scripted model, the real sandbox): an assistant with the code
interpreter, a thread, a message, a run polled to its end, the messages listed; a CSV
attachment turned into a chart whose PNG is downloaded as an `image_file`; function calling
through `requires_action`; a streamed run; file search over an uploaded document with a
citation; and clean-up."""

from __future__ import annotations

import json

import pytest

from tests.integration.api_server import serve

pytestmark = [
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore:.*deprecated:DeprecationWarning"),
]
CSV = b"month,revenue\n2024-01,100\n2024-02,140\n2024-03,90\n"
CHART = (
    "import pandas as pd, plotly.express as px\n"
    "df = pd.read_csv('/mnt/data/sales.csv')\n"
    "print(df['revenue'].sum())\n"
    "px.bar(df, x='month', y='revenue', title='Revenue by month').show()\n"
)
SCRIPTS = {
    "tutorial-chart": [
        [{"type": "tool_call", "id": "c1", "name": "code_interpreter",
          "arguments": json.dumps({"code": CHART})}],
        [{"type": "text", "text": "Revenue totals 330; the chart shows each month."}],
    ],
    "tutorial-function": [
        [{"type": "tool_call", "id": "f1", "name": "get_rate", "arguments": '{"currency": "USD"}'}],
        [{"type": "text", "text": "The rate is 0.92."}],
    ],
    "tutorial-stream": [[{"type": "text", "text": "Streaming works fine.", "chunk": 5}]],
    "tutorial-search": [
        [{"type": "tool_call", "id": "s1", "name": "file_search",
          "arguments": '{"query": "hotel per night"}'}],
        [{"type": "text", "text": "Hotels are paid up to 180 euros a night [1]."}],
    ],
}  # fmt: skip
RATE = {
    "type": "function",
    "function": {
        "name": "get_rate",
        "description": "Exchange rate to EUR.",
        "parameters": {"type": "object", "properties": {"currency": {"type": "string"}}},
    },
}


@pytest.fixture
def client(make_engine):
    engine = make_engine(SCRIPTS, model_routes={"tutorial-*": {"backend": "scripted"}})
    api = serve(engine)
    yield api.client()
    api.stop()


def test_the_tutorial_flow_runs_unchanged(client):
    # 1. the code interpreter on an attached CSV, polled, then the chart downloaded
    data = client.files.create(file=("sales.csv", CSV), purpose="assistants")
    assistant = client.beta.assistants.create(
        name="Data tutor", instructions="You analyse data.", model="tutorial-chart",
        tools=[{"type": "code_interpreter"}],
    )  # fmt: skip
    thread = client.beta.threads.create()
    client.beta.threads.messages.create(
        thread_id=thread.id, role="user", content="Chart the revenue by month.",
        attachments=[{"file_id": data.id, "tools": [{"type": "code_interpreter"}]}],
    )  # fmt: skip
    run = client.beta.threads.runs.create_and_poll(
        thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=100
    )
    assert run.status == "completed", run.last_error
    messages = client.beta.threads.messages.list(thread_id=thread.id, order="asc")
    assert messages.data[0].role == "user"
    blocks = [b for m in messages.data[1:] for b in m.content]
    texts = [b.text.value for b in blocks if b.type == "text"]
    assert any("330" in t for t in texts)
    (image,) = [b for b in blocks if b.type == "image_file"]
    png = client.files.content(image.image_file.file_id).read()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5_000
    steps = client.beta.threads.runs.steps.list(thread_id=thread.id, run_id=run.id, order="asc")
    code = [c for s in steps for c in getattr(s.step_details, "tool_calls", [])]
    assert code[0].type == "code_interpreter" and "px.bar" in code[0].code_interpreter.input

    # 2. function calling through requires_action
    client.beta.assistants.update(assistant.id, model="tutorial-function", tools=[RATE])
    run = client.beta.threads.runs.create_and_poll(
        thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=100
    )
    assert run.status == "requires_action"
    call = run.required_action.submit_tool_outputs.tool_calls[0]
    run = client.beta.threads.runs.submit_tool_outputs_and_poll(
        thread_id=thread.id, run_id=run.id, poll_interval_ms=100,
        tool_outputs=[{"tool_call_id": call.id, "output": "0.92"}],
    )  # fmt: skip
    assert run.status == "completed"
    latest = client.beta.threads.messages.list(thread_id=thread.id, limit=1).data[0]
    assert latest.content[0].text.value == "The rate is 0.92."

    # 3. a streamed run
    client.beta.assistants.update(assistant.id, model="tutorial-stream", tools=[])
    with client.beta.threads.runs.stream(thread_id=thread.id, assistant_id=assistant.id) as stream:
        streamed = "".join(stream.text_deltas)
    assert streamed == "Streaming works fine."

    # 4. file search over an uploaded document, cited
    policy = client.files.create(
        file=("policy.md", b"# Travel\n\nHotel costs are reimbursed up to 180 euros per night."),
        purpose="assistants",
    )
    store = client.vector_stores.create(name="Policies")
    client.vector_stores.files.create_and_poll(
        vector_store_id=store.id, file_id=policy.id, poll_interval_ms=100
    )
    client.beta.assistants.update(
        assistant.id, model="tutorial-search", tools=[{"type": "file_search"}],
        tool_resources={"file_search": {"vector_store_ids": [store.id]}},
    )  # fmt: skip
    run = client.beta.threads.runs.create_and_poll(
        thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=100
    )
    assert run.status == "completed", run.last_error
    reply = client.beta.threads.messages.list(thread_id=thread.id, limit=1).data[0].content[0]
    (citation,) = reply.text.annotations
    assert citation.type == "file_citation" and citation.file_citation.file_id == policy.id
    steps = client.beta.threads.runs.steps.list(
        thread_id=thread.id, run_id=run.id, include=[
            "step_details.tool_calls[*].file_search.results[*].content"
        ],
    )  # fmt: skip
    search = [c for s in steps for c in getattr(s.step_details, "tool_calls", [])][0]
    assert "180 euros" in search.file_search.results[0].content[0].text

    # 5. clean-up
    assert client.beta.threads.delete(thread.id).deleted
    assert client.vector_stores.delete(store.id).deleted
    for file_id in (data.id, policy.id):
        assert client.files.delete(file_id).deleted
    assert client.beta.assistants.delete(assistant.id).deleted
    assert client.beta.assistants.list().data == []
