"""A run end to end on the scripted backend: event order, persistence, replay, usage."""

from __future__ import annotations

import time

from sqlalchemy import select

from services import runs, threads
from services.schemas import TextBlock
from services.store.models import RunEventRow
from tests.conftest import names

GREETING = [
    [
        {"type": "text", "text": "Revenue grew 12% in Q3.", "chunk": 6},
        {"type": "usage", "prompt_tokens": 42, "completion_tokens": 7},
    ]
]

DOCUMENTED_ORDER = [
    "thread.run.created",
    "thread.run.queued",
    "thread.run.in_progress",
    "thread.run.step.created",
    "thread.run.step.in_progress",
    "thread.message.created",
    "thread.message.in_progress",
    "thread.message.delta",
    "thread.message.completed",
    "thread.run.step.completed",
    "thread.run.completed",
    "done",
]


def test_run_streams_events_in_documented_order_and_completes(workspace):
    ws = workspace({"analyst": GREETING})
    run = ws.start_run()
    assert run.status == "queued"

    events = ws.events(run.id)

    assert names(events) == DOCUMENTED_ORDER
    deltas = "".join(
        e.data.delta["content"][0]["text"]["value"]
        for e in events
        if e.event == "thread.message.delta"
    )
    assert deltas == "Revenue grew 12% in Q3."
    assert ws.run(run.id).status == "completed"
    assert [e.seq for e in events] == sorted(e.seq for e in events)


def test_events_replayed_from_database_match_the_live_sequence(workspace):
    ws = workspace({"analyst": GREETING})
    run = ws.start_run()
    live = ws.events(run.id)

    replayed = ws.events(run.id)

    assert [(e.seq, e.event) for e in replayed] == [(e.seq, e.event) for e in live]
    assert [e.model_dump() for e in replayed] == [e.model_dump() for e in live]


def test_published_events_carry_the_ids_they_are_stored_under(workspace):
    """An event's `seq` is its row's id, also for the several events of one transaction
    (a reconnecting client resumes from it)."""
    ws = workspace({"analyst": GREETING})
    published = []
    ws.engine.bus.add_listener(published.append)
    run = ws.start_run()
    ws.events(run.id)
    with ws.engine.db.reader() as session:
        stored = [
            (seq, name)
            for seq, name in session.execute(
                select(RunEventRow.id, RunEventRow.event)
                .where(RunEventRow.run_id == run.id)
                .order_by(RunEventRow.id)
            )
        ]
    deadline = time.monotonic() + 5  # `done` reaches listeners just after subscribers
    while len([e for e in published if e.run_id == run.id]) < len(stored):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    # listeners hear events from the threads that store them, so not always in id order
    assert sorted((e.seq, e.event) for e in published if e.run_id == run.id) == stored
    assert len(stored) > 5


def test_reconnecting_subscriber_resumes_after_its_cursor(workspace):
    ws = workspace({"analyst": GREETING})
    run = ws.start_run()
    everything = ws.events(run.id)
    cursor = everything[5].seq

    rest = list(ws.engine.subscribe(run.id, after=cursor, timeout=5))

    assert [e.seq for e in rest] == [e.seq for e in everything[6:]]


def test_completed_run_leaves_the_reply_and_steps_in_the_thread(workspace):
    ws = workspace({"analyst": GREETING})
    run = ws.start_run()
    ws.events(run.id)

    with ws.engine.db.session() as session:
        messages = threads.list_messages(session=session, thread_id=ws.thread.id, order="asc").data
        steps = runs.list_steps(session=session, thread_id=ws.thread.id, run_id=run.id).data

    assert [m.role for m in messages] == ["user", "assistant"]
    reply = messages[1]
    assert reply.status == "completed" and reply.run_id == run.id
    assert isinstance(reply.content[0], TextBlock)
    assert reply.text == "Revenue grew 12% in Q3."
    assert [s.type for s in steps] == ["message_creation"]
    assert steps[0].step_details.message_creation.message_id == reply.id


def test_usage_is_recorded_per_run_and_per_step(workspace):
    script = [
        [
            {"type": "tool_call", "id": "call_a", "name": "lookup", "arguments": "{}"},
            {"type": "usage", "prompt_tokens": 100, "completion_tokens": 10},
        ],
        [
            {"type": "text", "text": "done"},
            {"type": "usage", "prompt_tokens": 120, "completion_tokens": 5},
        ],
    ]
    ws = workspace({"analyst": script})
    run = ws.start_run()
    ws.events(run.id)

    finished = ws.run(run.id)
    with ws.engine.db.session() as session:
        steps = runs.list_steps(
            session=session, thread_id=ws.thread.id, run_id=run.id, order="asc"
        ).data

    assert finished.usage is not None
    assert finished.usage.prompt_tokens == 220
    assert finished.usage.completion_tokens == 15
    assert finished.usage.total_tokens == 235
    assert [(s.type, s.usage.prompt_tokens, s.usage.completion_tokens) for s in steps] == [
        ("tool_calls", 100, 10),
        ("message_creation", 120, 5),
    ]


def test_model_error_fails_the_run_with_its_code(workspace):
    ws = workspace(
        {
            "analyst": [
                [
                    {"type": "text", "text": "Let me"},
                    {"type": "error", "code": "rate_limit_exceeded", "message": "Slow down."},
                ]
            ]
        }
    )
    run = ws.start_run()
    events = ws.events(run.id)

    failed = ws.run(run.id)
    assert failed.status == "failed"
    assert failed.last_error.code == "rate_limit_exceeded"
    assert "thread.message.incomplete" in names(events)
    assert names(events)[-2:] == ["thread.run.failed", "done"]


def test_unknown_backend_fails_with_a_message_naming_the_setting(workspace):
    ws = workspace({"analyst": GREETING})
    with ws.engine.db.session() as session:
        from services import assistants

        assistants.update(
            session=session, assistant_id=ws.assistant.id, model_backend="nonexistent"
        )
    run = ws.start_run()
    ws.events(run.id)

    failed = ws.run(run.id)
    assert failed.status == "failed"
    assert failed.last_error.code == "invalid_configuration"
    assert "nonexistent" in failed.last_error.message
    assert "WORKBENCH_DEFAULT_BACKEND" in failed.last_error.message


def test_step_limit_ends_the_run_incomplete(workspace):
    loop_forever = [[{"type": "tool_call", "name": "lookup", "arguments": "{}"}]] * 5
    ws = workspace({"analyst": loop_forever}, max_run_steps=3)
    run = ws.start_run()
    ws.events(run.id)

    ended = ws.run(run.id)
    assert ended.status == "incomplete"
    assert ended.incomplete_details.reason == "max_steps"


def test_max_completion_tokens_ends_the_run_incomplete(workspace):
    script = [
        [
            {"type": "tool_call", "name": "lookup", "arguments": "{}"},
            {"type": "usage", "prompt_tokens": 10, "completion_tokens": 300},
        ],
        [{"type": "text", "text": "never reached"}],
    ]
    ws = workspace({"analyst": script})
    run = ws.start_run(max_completion_tokens=256)
    ws.events(run.id)

    ended = ws.run(run.id)
    assert ended.status == "incomplete"
    assert ended.incomplete_details.reason == "max_completion_tokens"


def test_model_stopping_for_length_ends_the_run_incomplete(workspace):
    ws = workspace(
        {"analyst": [[{"type": "text", "text": "cut off"}, {"type": "finish", "reason": "length"}]]}
    )
    run = ws.start_run()
    ws.events(run.id)
    assert ws.run(run.id).incomplete_details.reason == "max_completion_tokens"


def test_run_metadata_can_be_updated_within_the_limits(workspace):
    import pytest

    from services.errors import InvalidInputError

    ws = workspace({"analyst": GREETING})
    run = ws.start_run(metadata={"source": "test"})
    ws.events(run.id)
    with ws.engine.db.session() as session:
        updated = runs.update(
            session=session, thread_id=ws.thread.id, run_id=run.id, metadata={"source": "retagged"}
        )
    assert updated.metadata == {"source": "retagged"}
    with pytest.raises(InvalidInputError, match="limit is 512"), ws.engine.db.session() as session:
        runs.update(
            session=session, thread_id=ws.thread.id, run_id=run.id, metadata={"source": "x" * 600}
        )
    assert ws.run(run.id).metadata == {"source": "retagged"}
