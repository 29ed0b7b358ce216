"""Function calling through the engine: parallel calls, errors as outputs, requires_action."""

from __future__ import annotations

import json
import time

import pytest

from services import runs
from services.errors import ConflictError, InvalidInputError
from services.tools.functions import FunctionRegistry
from tests.conftest import names

WEATHER = {"type": "function", "function": {"name": "get_weather"}}
RATE = {"type": "function", "function": {"name": "exchange_rate"}}
CLIENT_SIDE = {
    "type": "function",
    "function": {
        "name": "ask_crm",
        "description": "Look up a customer in the CRM.",
        "parameters": {"type": "object", "properties": {"name": {"type": "string"}}},
    },
}


def registry(spans: list | None = None) -> FunctionRegistry:
    functions = FunctionRegistry()
    spans = [] if spans is None else spans

    def get_weather(city: str) -> dict:
        """Current weather of a city."""
        start = time.monotonic()
        time.sleep(0.3)
        spans.append((start, time.monotonic()))
        return {"city": city, "celsius": 21}

    def exchange_rate(currency: str) -> float:
        """Exchange rate to EUR."""
        start = time.monotonic()
        time.sleep(0.3)
        spans.append((start, time.monotonic()))
        raise ValueError(f"no rate for {currency}")

    functions.register(get_weather)
    functions.register(exchange_rate)
    return functions


def tool_step(ws, run_id):
    with ws.engine.db.session() as session:
        steps = runs.list_steps(
            session=session, thread_id=ws.thread.id, run_id=run_id, order="asc"
        ).data
    return next(s for s in steps if s.type == "tool_calls")


def test_two_parallel_tool_calls_run_concurrently_and_an_exception_becomes_an_error_output(
    workspace,
):
    script = [
        [
            {
                "type": "tool_call",
                "id": "call_w",
                "name": "get_weather",
                "arguments": '{"city": "Oslo"}',
            },
            {
                "type": "tool_call",
                "id": "call_r",
                "name": "exchange_rate",
                "arguments": '{"currency": "NOK"}',
            },
        ],
        [{"type": "text", "text": "It is 21°C in Oslo; no NOK rate today."}],
    ]
    spans: list = []
    ws = workspace({"analyst": script}, tools=[WEATHER, RATE], functions=registry(spans))
    run = ws.start_run()
    events = ws.events(run.id)

    assert ws.run(run.id).status == "completed"
    (first_start, first_end), (second_start, second_end) = sorted(spans)
    assert second_start < first_end, "the two calls should run at the same time"
    calls = {c.id: c.function for c in tool_step(ws, run.id).step_details.tool_calls}
    assert json.loads(calls["call_w"].output) == {"city": "Oslo", "celsius": 21}
    assert json.loads(calls["call_r"].output) == {"error": "ValueError: no rate for NOK"}
    assert names(events).count("thread.run.step.completed") == 2


def test_the_model_sees_tool_outputs_on_its_next_turn(workspace):
    seen = []

    class Recorder:
        name = "recorder"

        def stream(self, request, *, cancel):
            seen.append(request)
            from services.llm.base import Finish, TextDelta, ToolCallDelta

            if request.turn == 0:
                yield ToolCallDelta(
                    index=0, id="call_1", name="get_weather", arguments='{"city": "Rome"}'
                )
                yield Finish(reason="tool_calls")
            else:
                yield TextDelta(text="ok")

    ws = workspace(tools=[WEATHER], functions=registry())
    ws.engine.backends.register(Recorder())
    with ws.engine.db.session() as session:
        from services import assistants

        assistants.update(session=session, assistant_id=ws.assistant.id, model_backend="recorder")
    run = ws.start_run()
    ws.events(run.id)

    second = seen[1]
    assert [m.role for m in second.messages] == ["user", "assistant", "tool"]
    assert second.messages[1].tool_calls[0].name == "get_weather"
    assert json.loads(second.messages[2].content)["city"] == "Rome"
    assert seen[0].tools[0].parameters["properties"]["city"]["type"] == "string"


def test_malformed_arguments_go_back_to_the_model_as_an_error(workspace):
    script = [
        [{"type": "tool_call", "id": "call_1", "name": "get_weather", "arguments": "{city:"}],
        [{"type": "text", "text": "Sorry, retrying."}],
    ]
    ws = workspace({"analyst": script}, tools=[WEATHER], functions=registry())
    run = ws.start_run()
    ws.events(run.id)

    output = json.loads(tool_step(ws, run.id).step_details.tool_calls[0].function.output)
    assert "not valid JSON" in output["error"]
    assert ws.run(run.id).status == "completed"


def test_a_slow_function_times_out_with_an_error_output(workspace):
    functions = FunctionRegistry()

    def get_weather(city: str) -> str:
        time.sleep(3)
        return "late"

    functions.register(get_weather)
    script = [
        [{"type": "tool_call", "id": "c", "name": "get_weather", "arguments": '{"city": "Oslo"}'}],
        [{"type": "text", "text": "ok"}],
    ]
    ws = workspace(
        {"analyst": script}, tools=[WEATHER], functions=functions, function_timeout_seconds=0.5
    )
    run = ws.start_run()
    ws.events(run.id)
    output = json.loads(tool_step(ws, run.id).step_details.tool_calls[0].function.output)
    assert "did not finish within 0.5 seconds" in output["error"]


def test_unregistered_declared_function_waits_for_outputs_then_completes(workspace):
    script = [
        [
            {
                "type": "tool_call",
                "id": "call_crm",
                "name": "ask_crm",
                "arguments": '{"name": "ACME"}',
            }
        ],
        [{"type": "text", "text": "ACME is a gold customer."}],
    ]
    ws = workspace({"analyst": script}, tools=[CLIENT_SIDE])
    run = ws.start_run()
    first = ws.events(run.id, until="thread.run.requires_action")

    waiting = ws.run(run.id)
    assert waiting.status == "requires_action"
    assert names(first)[-1] == "thread.run.requires_action"
    pending = waiting.required_action.submit_tool_outputs.tool_calls
    assert [(c.id, c.function.name, c.function.arguments) for c in pending] == [
        ("call_crm", "ask_crm", '{"name": "ACME"}')
    ]

    with ws.engine.db.session() as session:
        runs.submit_tool_outputs(
            session=session,
            thread_id=ws.thread.id,
            run_id=run.id,
            tool_outputs=[{"tool_call_id": "call_crm", "output": "gold"}],
        )
    rest = list(ws.engine.subscribe(run.id, after=first[-1].seq, timeout=10))

    assert ws.run(run.id).status == "completed"
    assert names(rest)[:3] == [
        "thread.run.step.delta",
        "thread.run.step.completed",
        "thread.run.queued",
    ]
    assert names(rest)[-2:] == ["thread.run.completed", "done"]
    assert tool_step(ws, run.id).step_details.tool_calls[0].function.output == "gold"


@pytest.mark.parametrize(
    ("outputs", "complaint"),
    [
        ([], "missing outputs for call_crm"),
        ([{"tool_call_id": "call_other", "output": "x"}], "no pending tool call call_other"),
        ([{"tool_call_id": "call_crm", "output": 5}], "string output"),
    ],
)
def test_wrong_tool_outputs_are_refused_and_the_run_keeps_waiting(workspace, outputs, complaint):
    ws = workspace(
        {
            "analyst": [
                [{"type": "tool_call", "id": "call_crm", "name": "ask_crm", "arguments": "{}"}]
            ]
        },
        tools=[CLIENT_SIDE],
    )
    run = ws.start_run()
    ws.events(run.id, until="thread.run.requires_action")

    with pytest.raises(InvalidInputError, match=complaint), ws.engine.db.session() as session:
        runs.submit_tool_outputs(
            session=session, thread_id=ws.thread.id, run_id=run.id, tool_outputs=outputs
        )
    assert ws.run(run.id).status == "requires_action"


def test_submitting_outputs_to_a_run_that_is_not_waiting_is_a_conflict(workspace):
    ws = workspace({"analyst": [[{"type": "text", "text": "hi"}]]})
    run = ws.start_run()
    ws.events(run.id)
    with pytest.raises(ConflictError, match="not waiting"), ws.engine.db.session() as session:
        runs.submit_tool_outputs(
            session=session, thread_id=ws.thread.id, run_id=run.id, tool_outputs=[]
        )


def test_requires_action_expires_after_the_configured_time(workspace):
    ws = workspace(
        {
            "analyst": [
                [{"type": "tool_call", "id": "call_crm", "name": "ask_crm", "arguments": "{}"}]
            ]
        },
        tools=[CLIENT_SIDE],
        requires_action_timeout_seconds=1,
    )
    run = ws.start_run()
    events = ws.events(run.id, timeout=10)

    expired = ws.run(run.id)
    assert expired.status == "expired"
    assert expired.required_action is None
    assert names(events)[-4:] == [
        "thread.run.requires_action",
        "thread.run.step.expired",
        "thread.run.expired",
        "done",
    ]
    assert tool_step(ws, run.id).status == "expired"
