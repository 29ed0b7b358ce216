"""Cancel, one active run per thread, truncation budgets, and the limits on runs."""

from __future__ import annotations

import time

import pytest

from services import runs, threads
from services.engine.context import build_context, estimate_tokens, message_tokens
from services.errors import ConflictError, InvalidInputError, NotFoundError
from services.store.models import RunRow
from tests.conftest import names

WAITING = [[{"type": "sleep", "seconds": 30}]]  # the run stays in progress, having said nothing
SLOW_REPLY = [
    [
        {"type": "text", "text": "Looking at the data"},
        {"type": "sleep", "seconds": 0.2},
        {"type": "text", "text": " and counting"},
        {"type": "sleep", "seconds": 30},
        {"type": "text", "text": " — never sent."},
    ]
]


def test_cancel_mid_stream_stops_the_model_and_ends_cancelled(workspace):
    ws = workspace({"analyst": SLOW_REPLY})
    run = ws.start_run()
    early = ws.events(run.id, until="thread.message.delta")
    early += ws.events(run.id, after=early[-1].seq, until="thread.message.delta")

    asked = time.monotonic()
    with ws.engine.db.session() as session:
        cancelling = runs.cancel(session=session, thread_id=ws.thread.id, run_id=run.id)
    rest = ws.events(run.id, after=early[-1].seq)
    took = time.monotonic() - asked

    assert cancelling.status == "cancelling"
    assert took < 5, "the 30 s pause in the script must be cut short"
    assert names(rest) == [
        "thread.run.cancelling",
        "thread.message.incomplete",
        "thread.run.step.cancelled",
        "thread.run.cancelled",
        "done",
    ]
    cancelled = ws.run(run.id)
    assert cancelled.status == "cancelled" and cancelled.cancelled_at is not None
    with ws.engine.db.session() as session:
        reply = threads.list_messages(session=session, thread_id=ws.thread.id).data[0]
    assert reply.text == "Looking at the data and counting"
    assert reply.status == "incomplete"
    assert reply.incomplete_details.reason == "run_cancelled"


def test_cancel_of_a_waiting_run_is_immediate(workspace):
    crm = {"type": "function", "function": {"name": "ask_crm"}}
    ws = workspace(
        {"analyst": [[{"type": "tool_call", "id": "c1", "name": "ask_crm", "arguments": "{}"}]]},
        tools=[crm],
    )
    run = ws.start_run()
    ws.events(run.id, until="thread.run.requires_action")
    with ws.engine.db.session() as session:
        ended = runs.cancel(session=session, thread_id=ws.thread.id, run_id=run.id)
    assert ended.status == "cancelled"


def test_cancel_of_a_finished_run_is_a_conflict(workspace):
    ws = workspace({"analyst": [[{"type": "text", "text": "hi"}]]})
    run = ws.start_run()
    ws.events(run.id)
    with pytest.raises(ConflictError, match="already ended"), ws.engine.db.session() as s:
        runs.cancel(session=s, thread_id=ws.thread.id, run_id=run.id)


def test_second_run_on_busy_thread_is_refused_naming_the_active_run(workspace):
    ws = workspace({"analyst": SLOW_REPLY})
    first = ws.start_run()

    with pytest.raises(ConflictError) as refused:
        ws.start_run()

    assert first.id in str(refused.value)
    with ws.engine.db.session() as session:
        assert len(runs.list_(session=session, thread_id=ws.thread.id).data) == 1
        runs.cancel(session=session, thread_id=ws.thread.id, run_id=first.id)
    ws.events(first.id)


def test_adding_a_message_during_a_run_is_refused(workspace):
    ws = workspace({"analyst": SLOW_REPLY})
    run = ws.start_run()
    with pytest.raises(ConflictError, match=run.id):
        ws.say("another question")
    with ws.engine.db.session() as session:
        runs.cancel(session=session, thread_id=ws.thread.id, run_id=run.id)
    ws.events(run.id)


def test_a_new_run_is_accepted_once_the_previous_one_ended(workspace):
    ws = workspace({"analyst": [[{"type": "text", "text": "one"}]]})
    ws.events(ws.start_run().id)
    ws.say("and again?")
    second = ws.start_run()
    ws.events(second.id)
    assert ws.run(second.id).status == "completed"


def test_wall_time_limit_expires_a_running_run(workspace):
    ws = workspace({"analyst": SLOW_REPLY}, run_timeout_seconds=1)
    run = ws.start_run()
    events = ws.events(run.id, timeout=15)
    assert ws.run(run.id).status == "expired"
    assert names(events)[-2:] == ["thread.run.expired", "done"]


def long_thread(ws, count: int, words: int) -> None:
    from services.schemas import TextBlock  # noqa: F401  (keeps the import cost out of timing)

    with ws.engine.db.session() as session:
        for number in range(count):
            threads.create_message(
                session=session,
                thread_id=ws.thread.id,
                role="user" if number % 2 == 0 else "assistant",
                content=f"message {number}: " + "word " * words,
            )


def context_of(ws, run_id):
    with ws.engine.db.session() as session:
        row = session.query(RunRow).filter_by(id=run_id).one()
        return build_context(session, row, default_budget=ws.engine.settings.context_token_budget)


@pytest.mark.parametrize("budget", [300, 1000, 2500])
def test_auto_truncation_keeps_the_newest_messages_within_the_token_budget(workspace, budget):
    ws = workspace({"analyst": WAITING}, question=None)
    long_thread(ws, count=60, words=40)
    run = ws.start_run(max_prompt_tokens=budget, instructions="Be brief.")

    context = context_of(ws, run.id)

    assert context.prompt_tokens <= budget
    assert (
        estimate_tokens("Be brief.") + sum(map(message_tokens, context.messages))
        == context.prompt_tokens
    )
    assert context.messages[-1].content.startswith("message 59:")
    assert 0 < len(context.messages) < 60 and context.dropped == 60 - len(context.messages)
    kept_numbers = [int(m.content.split(":")[0].split()[1]) for m in context.messages]
    assert kept_numbers == list(range(60 - len(kept_numbers), 60))
    with ws.engine.db.session() as session:
        runs.cancel(session=session, thread_id=ws.thread.id, run_id=run.id)


def test_auto_truncation_uses_the_configured_budget_when_the_run_sets_none(workspace):
    ws = workspace({"analyst": WAITING}, question=None, context_token_budget=400)
    long_thread(ws, count=30, words=30)
    run = ws.start_run()
    context = context_of(ws, run.id)
    assert context.prompt_tokens <= 400 and context.dropped > 0
    with ws.engine.db.session() as session:
        runs.cancel(session=session, thread_id=ws.thread.id, run_id=run.id)


@pytest.mark.parametrize("keep", [1, 4, 10])
def test_last_messages_truncation_keeps_exactly_that_many(workspace, keep):
    ws = workspace({"analyst": WAITING}, question=None)
    long_thread(ws, count=25, words=3)
    run = ws.start_run(truncation_strategy={"type": "last_messages", "last_messages": keep})

    context = context_of(ws, run.id)

    assert len(context.messages) == keep
    assert context.messages[-1].content.startswith("message 24:")
    with ws.engine.db.session() as session:
        runs.cancel(session=session, thread_id=ws.thread.id, run_id=run.id)


def test_a_question_larger_than_the_prompt_budget_ends_the_run_incomplete(workspace):
    ws = workspace({"analyst": [[{"type": "text", "text": "hi"}]]}, question=None)
    ws.say("word " * 2000)
    run = ws.start_run(max_prompt_tokens=300)
    ws.events(run.id)
    ended = ws.run(run.id)
    assert ended.status == "incomplete"
    assert ended.incomplete_details.reason == "max_prompt_tokens"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"truncation_strategy": {"type": "last_messages"}}, "last_messages"),
        ({"truncation_strategy": {"type": "middle"}}, "truncation_strategy"),
        ({"tool_choice": {"type": "function", "function": {"name": "nope"}}}, "nope"),
        ({"tool_choice": "sometimes"}, "tool_choice"),
        ({"max_completion_tokens": 0}, "max_completion_tokens"),
        ({"temperature": 3}, "temperature"),
        ({"metadata": {f"k{i}": "v" for i in range(17)}}, "limit is 16"),
    ],
)
def test_bad_run_options_are_refused_before_anything_is_written(workspace, options, message):
    ws = workspace({"analyst": [[{"type": "text", "text": "hi"}]]})
    with pytest.raises(InvalidInputError, match=message):
        ws.start_run(**options)
    with ws.engine.db.session() as session:
        assert runs.list_(session=session, thread_id=ws.thread.id).data == []


def test_unknown_ids_give_not_found_errors(workspace):
    ws = workspace({"analyst": [[{"type": "text", "text": "hi"}]]})
    with ws.engine.db.session() as session:
        with pytest.raises(NotFoundError, match="No run with id 'run_nope'"):
            runs.retrieve(session=session, thread_id=ws.thread.id, run_id="run_nope")
        with pytest.raises(NotFoundError, match="thread"):
            runs.create(session=session, thread_id="thread_nope", assistant_id=ws.assistant.id)
        with pytest.raises(NotFoundError, match="assistant"):
            runs.create(session=session, thread_id=ws.thread.id, assistant_id="asst_nope")
    with pytest.raises(NotFoundError):
        list(ws.engine.subscribe("run_nope", timeout=1))


def test_cancel_during_a_tool_call_stops_waiting_for_it(workspace):
    from services.tools.functions import FunctionRegistry

    functions = FunctionRegistry()
    started = []

    def crunch(rows: int) -> str:
        started.append(time.monotonic())
        time.sleep(5)
        return "done"

    functions.register(crunch)
    ws = workspace(
        {
            "analyst": [
                [{"type": "tool_call", "id": "c1", "name": "crunch", "arguments": '{"rows": 10}'}],
                [{"type": "text", "text": "never"}],
            ]
        },
        tools=[{"type": "function", "function": {"name": "crunch"}}],
        functions=functions,
    )
    run = ws.start_run()
    early = ws.events(run.id, until="thread.run.step.delta")
    deadline = time.monotonic() + 5
    while not started and time.monotonic() < deadline:
        time.sleep(0.01)
    with ws.engine.db.session() as session:
        runs.cancel(session=session, thread_id=ws.thread.id, run_id=run.id)
    rest = ws.events(run.id, after=early[-1].seq)

    assert time.monotonic() - started[0] < 3
    assert names(rest)[-3:] == ["thread.run.step.cancelled", "thread.run.cancelled", "done"]
    assert ws.run(run.id).status == "cancelled"


def test_an_internal_failure_emits_an_error_event_and_fails_the_run(workspace):
    class Broken:
        name = "broken"

        def stream(self, request, *, cancel):
            raise RuntimeError("database of the backend exploded")

    ws = workspace({"analyst": [[{"type": "text", "text": "x"}]]})
    ws.engine.backends.register(Broken())
    from services import assistants

    with ws.engine.db.session() as session:
        assistants.update(session=session, assistant_id=ws.assistant.id, model_backend="broken")
    run = ws.start_run()
    events = ws.events(run.id)

    assert names(events)[-3:] == ["error", "thread.run.failed", "done"]
    failed = ws.run(run.id)
    assert failed.last_error.code == "server_error"
    assert "exploded" not in failed.last_error.message  # internals stay in the log
