"""The openai_chat and openai_responses backends, through the official `openai` SDK against
the fake OpenAI server, on the real engine (and the real sandbox for local code)."""

from __future__ import annotations

import json
import logging
import sqlite3

import pytest
from sqlalchemy import select

from services import assistants, runs, threads
from services.engine.engine import Engine
from services.llm.connection import resolve
from services.llm.openai_chat import list_models
from services.store.models import Base, ThreadRow
from tests.conftest import make_settings
from tests.fakes.openai_server import FakeOpenAI, error, hosted, text, tool_calls

KEY = "sk-test-PLANTED-9f8e7d6c5b4a3f2e1d0c"
CSV = b"month,revenue\n2024-01,100\n2024-02,140\n2024-03,90\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
CHART_CODE = (
    "import plotly.express as px\n"
    "from services.tables import read_table\n"
    "df = read_table('/mnt/data/sales.csv')\n"
    "print(df['revenue'].sum())\n"
    "px.bar(df, x='month', y='revenue', title='Revenue by month').show()\n"
)


@pytest.fixture
def fake():
    with FakeOpenAI(api_key=KEY) as server:
        yield server


@pytest.fixture
def engine(tmp_path):
    settings = make_settings(tmp_path, provider_retry_base_seconds=0.01)
    with Engine(settings) as started:
        started.secrets.set("fake", KEY)
        yield started


class Chat:
    """A thread with one assistant on the fake server; ask, wait, read back."""

    def __init__(self, engine: Engine, backend: str, connection: dict, **options) -> None:
        self.engine = engine
        with engine.db.session() as session:
            self.assistant = assistants.create(
                session=session,
                model_backend=backend,
                model=options.pop("model", "fake-model"),
                tools=options.pop("tools", [{"type": "code_interpreter"}]),
                connection=connection,
            )
            self.thread = threads.create(session=session)
        self.options = options

    def ask(self, question: str, *, files: list[tuple[str, bytes]] = (), **options):
        with self.engine.db.session() as session:
            stored = [
                self.engine.files.put(session=session, data=data, filename=name)
                for name, data in files
            ]
            threads.create_message(
                session=session,
                thread_id=self.thread.id,
                content=question,
                attachments=[
                    {"file_id": f.id, "tools": [{"type": "code_interpreter"}]} for f in stored
                ],
            )
            run = runs.create(
                session=session,
                thread_id=self.thread.id,
                assistant_id=self.assistant.id,
                **{**self.options, **options},
            )
        events = list(self.engine.subscribe(run.id, timeout=60))
        with self.engine.db.session() as session:
            run = runs.retrieve(session=session, thread_id=self.thread.id, run_id=run.id)
            messages = threads.list_messages(
                session=session, thread_id=self.thread.id, run_id=run.id, order="asc"
            ).data
            steps = runs.list_steps(
                session=session, thread_id=self.thread.id, run_id=run.id, order="asc"
            ).data
        return run, messages, steps, events


def connection(fake: FakeOpenAI, **extra) -> dict:
    return {"preset": "custom", "base_url": fake.url, "key": "secret:fake", **extra}


def reply_text(messages) -> str:
    return "".join(b.text.value for m in messages for b in m.content if b.type == "text")


# -- Chat Completions ---------------------------------------------------------------------
@pytest.mark.slow
def test_chat_tool_loop_runs_code_in_the_sandbox_and_the_chart_is_inline(engine, fake):
    fake.script_chat(
        tool_calls(("call_1", "code_interpreter", json.dumps({"code": CHART_CODE}))),
        text("Revenue totals 330; March dipped to 90."),
    )
    chat = Chat(engine, "openai_chat", connection(fake))
    run, messages, steps, _ = chat.ask("Chart revenue by month", files=[("sales.csv", CSV)])
    assert run.status == "completed", run.last_error
    assert reply_text(messages) == "Revenue totals 330; March dipped to 90."
    charts = [b for m in messages for b in m.content if b.type == "chart"]
    assert len(charts) == 1
    with engine.db.session() as session:
        spec = json.loads(engine.files.read_bytes(session=session, file_id=charts[0].chart.file_id))
    assert spec["layout"]["title"]["text"] == "Revenue by month"
    code_step = next(s for s in steps if s.type == "tool_calls")
    call = code_step.step_details.tool_calls[0]
    assert call.code_interpreter.input == CHART_CODE
    assert "330" in call.code_interpreter.outputs[0].logs

    first, second = fake.posted("/v1/chat/completions")
    tool = first.body["tools"][0]["function"]
    assert tool["name"] == "code_interpreter"
    assert "from services.tables import read_table" in tool["description"]
    listed = tool["description"].split("Files (JSON): ", 1)[1].splitlines()[0]
    assert json.loads(listed) == [
        {
            "name": "sales.csv",
            "path": "/mnt/data/sales.csv",
            "bytes": len(CSV),
            "rows": 3,
            "columns": ["month (str)", "revenue (int64)"],
        }
    ]
    assert first.body["messages"][0]["content"].endswith("(Attached: sales.csv)")
    assert second.body["messages"][-1]["role"] == "tool"
    assert second.body["messages"][-1]["tool_call_id"] == "call_1"
    assert "330" in second.body["messages"][-1]["content"]
    assert run.usage.total_tokens == 36  # two turns of 11 + 7


def test_parallel_tool_calls_are_assembled_and_all_answered(engine, fake):
    from services.tools.functions import FunctionRegistry

    registry = FunctionRegistry()

    @registry.register
    def add(a: int, b: int) -> int:
        """Add two numbers."""
        return a + b

    engine.executor.functions = registry
    fake.script_chat(
        tool_calls(("c1", "add", '{"a": 1, "b": 2}'), ("c2", "add", '{"a": 40, "b": 2}')),
        text("3 and 42."),
    )
    tool = {"type": "function", "function": {"name": "add"}}
    chat = Chat(engine, "openai_chat", connection(fake), tools=[tool])
    run, messages, _, _ = chat.ask("add things")
    assert run.status == "completed", run.last_error
    outputs = [
        m for m in fake.posted("/v1/chat/completions")[1].body["messages"] if m["role"] == "tool"
    ]
    assert [(m["tool_call_id"], m["content"]) for m in outputs] == [("c1", "3"), ("c2", "42")]
    assert fake.posted("/v1/chat/completions")[0].body["tools"][0]["function"]["parameters"][
        "required"
    ] == ["a", "b"]
    # Each stream is read to its end, so the second turn reuses the first one's connection.
    assert fake.connections == 1


def test_429_twice_then_success(engine, fake):
    fake.script_chat(
        error(429, "Rate limit reached", headers={"retry-after-ms": "5"}),
        error(429, "Rate limit reached"),
        text("Fine now."),
    )
    run, messages, _, _ = Chat(engine, "openai_chat", connection(fake)).ask("hi")
    assert run.status == "completed"
    assert reply_text(messages) == "Fine now."
    assert len(fake.posted("/v1/chat/completions")) == 3


def test_persistent_500_fails_with_server_error_after_bounded_retries(engine, fake):
    fake.script_chat(*[error(500, "upstream exploded") for _ in range(10)])
    run, messages, _, _ = Chat(engine, "openai_chat", connection(fake)).ask("hi")
    assert run.status == "failed"
    assert run.last_error.code == "server_error"
    assert "after 4 attempts" in run.last_error.message
    assert "Try again later" in run.last_error.message
    assert len(fake.posted("/v1/chat/completions")) == 4  # WORKBENCH_PROVIDER_MAX_RETRIES=3
    assert messages == []


def test_persistent_429_fails_with_rate_limit_exceeded(engine, fake):
    fake.script_chat(*[error(429, "Slow down") for _ in range(10)])
    run, _, _, _ = Chat(engine, "openai_chat", connection(fake)).ask("hi")
    assert (run.status, run.last_error.code) == ("failed", "rate_limit_exceeded")
    assert "Wait a minute" in run.last_error.message


def test_a_stream_cut_midway_keeps_the_partial_text_and_ends_incomplete(engine, fake):
    fake.script_chat(text("The total revenue is 330 and the best month", cut_after=6))
    run, messages, _, _ = Chat(engine, "openai_chat", connection(fake)).ask("hi")
    assert run.status == "incomplete"
    assert run.incomplete_details.reason == "stream_interrupted"
    assert reply_text(messages) == "The total revenue is 330 "
    assert messages[0].status == "incomplete"


def test_malformed_arguments_go_back_to_the_model_which_corrects_itself(engine, fake):
    fake.script_chat(
        tool_calls(("c1", "code_interpreter", '{"code": "print(1)"')),  # no closing brace
        text("Sorry, here it is."),
    )
    run, messages, steps, _ = Chat(engine, "openai_chat", connection(fake)).ask("hi")
    assert run.status == "completed", run.last_error
    answer = fake.posted("/v1/chat/completions")[1].body["messages"][-1]
    assert answer["role"] == "tool" and answer["tool_call_id"] == "c1"
    assert "arguments are not valid" in json.loads(answer["content"])["error"]


def test_max_completion_tokens_ends_incomplete_and_is_sent_to_the_server(engine, fake):
    fake.script_chat(text("A long answer cut by the", finish="length"))
    chat = Chat(engine, "openai_chat", connection(fake))
    run, messages, _, _ = chat.ask("hi", max_completion_tokens=50)
    assert run.status == "incomplete"
    assert run.incomplete_details.reason == "max_completion_tokens"
    body = fake.posted("/v1/chat/completions")[0].body
    assert body["max_tokens"] == 50  # a generic server; OpenAI's preset sends the new name
    assert reply_text(messages) == "A long answer cut by the"


def test_a_wrong_key_says_which_setting_to_fix(engine, fake):
    engine.secrets.set("wrong", "sk-wrong-0000000000000000")
    run, _, _, _ = Chat(engine, "openai_chat", connection(fake, key="secret:wrong")).ask("hi")
    assert (run.status, run.last_error.code) == ("failed", "invalid_configuration")
    assert "rejected the API key (401)" in run.last_error.message
    assert "sk-wrong" not in run.last_error.message


def test_a_wrong_base_url_names_it(engine):
    conn = {"preset": "custom", "base_url": "http://127.0.0.1:9/v1"}
    run, _, _, _ = Chat(engine, "openai_chat", conn).ask("hi")
    assert (run.status, run.last_error.code) == ("failed", "server_error")
    assert "Could not connect to http://127.0.0.1:9/v1" in run.last_error.message
    assert "base URL" in run.last_error.message


def test_a_missing_key_reference_is_a_configuration_error(engine, fake, monkeypatch):
    monkeypatch.delenv("NO_SUCH_KEY_VAR", raising=False)
    run, _, _, _ = Chat(engine, "openai_chat", connection(fake, key="env:NO_SUCH_KEY_VAR")).ask(
        "hi"
    )
    assert run.last_error.code == "invalid_configuration"
    assert "environment variable NO_SUCH_KEY_VAR is not set" in run.last_error.message


def test_a_model_without_tool_support_gets_a_clear_configuration_error(engine, fake):
    fake.script_chat(error(400, "registry.ollama.ai/library/gemma:2b does not support tools"))
    conn = {"preset": "ollama", "base_url": fake.url, "key": "secret:fake"}
    run, _, _, _ = Chat(engine, "openai_chat", conn, model="gemma:2b").ask("hi")
    assert run.last_error.code == "invalid_configuration"
    assert "does not accept tools" in run.last_error.message
    assert "tool support" in run.last_error.message  # the Ollama preset's hint


def test_history_reaches_the_server_within_the_truncation_strategy(engine, fake):
    fake.script_chat(text("First answer."), text("Second answer."), text("Third answer."))
    chat = Chat(engine, "openai_chat", connection(fake))
    chat.ask("first question")
    chat.ask("second question")
    chat.ask("third question", truncation_strategy={"type": "last_messages", "last_messages": 3})
    sent = fake.posted("/v1/chat/completions")
    assert [m["content"] for m in sent[1].body["messages"]] == [
        "first question",
        "First answer.",
        "second question",
    ]
    assert [m["content"] for m in sent[2].body["messages"]] == [
        "second question",
        "Second answer.",
        "third question",
    ]


def test_test_connection_lists_models_or_explains(engine, fake):
    endpoint = resolve(connection(fake), engine.secrets)
    assert list_models(endpoint, engine.clients) == ["fake-model"]
    engine.secrets.set("wrong", "sk-wrong-0000000000000000")
    bad = resolve(connection(fake, key="secret:wrong"), engine.secrets)
    with pytest.raises(Exception, match="rejected the API key"):
        list_models(bad, engine.clients)


@pytest.mark.parametrize(
    ("connection", "refusal"),
    [
        ({"key": "sk-live-abcdefghijklmnop"}, "not a key reference"),
        ({"base_url": "localhost:11434"}, "not an http"),
        ({"headers": {"api-key": "literal-secret-value"}}, "not a key reference"),
        ({"preset": "bedrock"}, "unknown preset"),
    ],
)
def test_connections_refuse_literal_keys_bad_urls_and_unknown_presets(engine, connection, refusal):
    from services.errors import InvalidInputError

    with engine.db.session() as session, pytest.raises(InvalidInputError, match=refusal):
        assistants.create(
            session=session, model_backend="openai_chat", model="m", connection=connection
        )
    with engine.db.session() as session:
        assert assistants.list_(session=session).data == []  # nothing half-written


# -- Responses with the hosted code interpreter --------------------------------------------
def test_hosted_code_file_lands_in_the_file_store_and_survives_container_expiry(engine, fake):
    fake.script_responses(
        hosted(
            ("text", "Let me chart it."),
            ("code", CHART_CODE, "330\n", [("chart.png", PNG), ("totals.csv", b"total\n330\n")]),
            ("text", "Here is chart.png: revenue totals 330 (also in totals.csv)."),
        ),
        hosted(("text", "March was the low point at 90.")),
    )
    chat = Chat(engine, "openai_responses", connection(fake))
    fake.chunk_pause = 0.003  # a server that streams as it generates
    run, messages, steps, events = chat.ask("Chart revenue", files=[("sales.csv", CSV)])
    fake.chunk_pause = 0
    assert run.status == "completed", run.last_error
    assert [s.type for s in steps] == ["message_creation", "tool_calls", "message_creation"]
    call = steps[1].step_details.tool_calls[0]
    assert call.code_interpreter.input == CHART_CODE
    assert call.code_interpreter.outputs[0].logs == "330\n"
    # The code was shown live, piece by piece.
    pieces = [
        c["code_interpreter"].get("input", "")
        for e in events
        if e.event == "thread.run.step.delta"
        for c in e.data.delta["step_details"]["tool_calls"]
    ]
    assert len([p for p in pieces if p]) > 3 and "".join(pieces) == CHART_CODE
    images = [b.image_file.file_id for b in messages[-1].content if b.type == "image_file"]
    assert len(images) == 1
    (cited,) = [a for b in messages[-1].content if b.type == "text" for a in b.text.annotations]
    assert cited.type == "file_path" and cited.text == "totals.csv"
    with engine.db.session() as session:
        assert engine.files.read_bytes(session=session, file_id=images[0]) == PNG
        table = engine.files.retrieve(session=session, file_id=cited.file_path.file_id)
        assert table.purpose == "assistants_output" and table.filename == "totals.csv"
        assert engine.files.read_bytes(session=session, file_id=table.id) == b"total\n330\n"
    (container,) = fake.containers.values()
    assert [path for path, _ in container.files.values()][0] == "/mnt/data/sales.csv"
    request = fake.posted("/v1/responses")[0].body
    assert request["tools"] == [{"type": "code_interpreter", "container": container.id}]
    assert request["include"] == ["code_interpreter_call.outputs"]

    fake.expire()  # 20 idle minutes later
    run2, messages2, _, _ = chat.ask("Which month was lowest?")
    assert run2.status == "completed", run2.last_error
    assert reply_text(messages2) == "March was the low point at 90."
    assert len(fake.containers) == 2  # a new container …
    new = [c for c in fake.containers.values() if not c.expired][0]
    assert [p for p, _ in new.files.values()] == ["/mnt/data/sales.csv"]  # … with the files
    with engine.db.session() as session:
        assert engine.files.read_bytes(session=session, file_id=images[0]) == PNG  # still ours
        state = session.scalar(
            select(ThreadRow.provider_state).where(ThreadRow.id == chat.thread.id)
        )
    assert state["openai_responses"]["container_id"] == new.id
    assert run.cost["container_sessions"] == 1 and run2.cost["container_sessions"] == 1


def test_responses_incomplete_at_max_output_tokens(engine, fake):
    fake.script_responses(hosted(("text", "Partial"), finish="incomplete"))
    run, _, _, _ = Chat(engine, "openai_responses", connection(fake)).ask(
        "hi", max_completion_tokens=40
    )
    assert (run.status, run.incomplete_details.reason) == ("incomplete", "max_completion_tokens")
    assert fake.posted("/v1/responses")[0].body["max_output_tokens"] == 40


def test_responses_function_calls_round_trip(engine, fake):
    from services.tools.functions import FunctionRegistry

    registry = FunctionRegistry()

    @registry.register
    def lookup(city: str) -> str:
        """Population of a city."""
        return "2.1 million" if city == "Paris" else "unknown"

    engine.executor.functions = registry
    fake.script_responses(
        hosted(("call", "fc_1", "lookup", '{"city": "Paris"}')),
        hosted(("text", "Paris has 2.1 million people.")),
    )
    tools = [{"type": "function", "function": {"name": "lookup"}}]
    run, messages, _, _ = Chat(engine, "openai_responses", connection(fake), tools=tools).ask(
        "How many people live in Paris?"
    )
    assert run.status == "completed", run.last_error
    second = fake.posted("/v1/responses")[1].body["input"]
    assert second[-2] == {
        "type": "function_call",
        "call_id": "fc_1",
        "name": "lookup",
        "arguments": '{"city": "Paris"}',
    }
    assert second[-1] == {
        "type": "function_call_output",
        "call_id": "fc_1",
        "output": "2.1 million",
    }


# -- secrets ----------------------------------------------------------------------------------
@pytest.mark.slow
def test_a_planted_key_never_reaches_logs_events_database_or_sandbox(
    engine, fake, caplog, tmp_path
):
    caplog.set_level(logging.DEBUG)
    probe = (
        "import os, json\n"
        "print(json.dumps(dict(os.environ)))\n"
        "print(open('/proc/self/environ', 'rb').read())"
    )
    fake.script_chat(
        error(500, "flaky"),
        tool_calls(("c1", "code_interpreter", json.dumps({"code": probe}))),
        text("Done."),
    )
    chat = Chat(engine, "openai_chat", connection(fake))
    run, _, steps, events = chat.ask("Show the environment")
    assert run.status == "completed", run.last_error
    # The key was really used …
    assert all(
        {k.lower(): v for k, v in r.headers.items()}["authorization"] == f"Bearer {KEY}"
        for r in fake.posted("/v1/chat/completions")
    )
    # … and appears nowhere of ours.
    code_step = next(s for s in steps if s.type == "tool_calls")
    logs = code_step.step_details.tool_calls[0].code_interpreter.outputs[0].logs
    assert "PATH" in logs and KEY not in logs
    assert KEY not in "\n".join(e.model_dump_json() for e in events)
    logging.getLogger("test").warning("about to leak %s", KEY)
    assert KEY not in caplog.text and "[redacted]" in caplog.text
    with engine.db.reader() as session:  # every row of every table, whatever the database
        rows = [session.execute(select(table)).all() for table in Base.metadata.sorted_tables]
    assert any(rows) and KEY not in repr(rows)
    if engine.db.is_sqlite:  # and the file's bytes, its WAL included
        engine.db.dispose()
        database = engine.settings.data_dir / "workbench.db"
        for path in database.parent.glob("workbench.db*"):
            assert KEY.encode() not in path.read_bytes()
        with sqlite3.connect(database) as db:
            dump = "\n".join(db.iterdump())
        assert run.id in dump and KEY not in dump
    secrets_file = engine.settings.data_dir / "secrets.json"
    assert oct(secrets_file.stat().st_mode & 0o777) == "0o600"
