"""Typed run events with the Assistants stream names. Each carries the run id, its
position in the run's persisted log (`seq`), and the delta or snapshot to render."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, TypeAdapter

from services.schemas import LastError, Message, Run, RunStep

RunEventName = Literal[
    "thread.run.created",
    "thread.run.queued",
    "thread.run.in_progress",
    "thread.run.requires_action",
    "thread.run.completed",
    "thread.run.incomplete",
    "thread.run.failed",
    "thread.run.cancelling",
    "thread.run.cancelled",
    "thread.run.expired",
]
StepEventName = Literal[
    "thread.run.step.created",
    "thread.run.step.in_progress",
    "thread.run.step.completed",
    "thread.run.step.failed",
    "thread.run.step.cancelled",
    "thread.run.step.expired",
]
MessageEventName = Literal[
    "thread.message.created",
    "thread.message.in_progress",
    "thread.message.completed",
    "thread.message.incomplete",
]


class _Event(BaseModel):
    run_id: str
    seq: int = 0


class RunEvent(_Event):
    event: RunEventName
    data: Run


class RunStepEvent(_Event):
    event: StepEventName
    data: RunStep


class RunStepDelta(BaseModel):
    id: str
    object: Literal["thread.run.step.delta"] = "thread.run.step.delta"
    delta: dict[str, Any]


class RunStepDeltaEvent(_Event):
    event: Literal["thread.run.step.delta"] = "thread.run.step.delta"
    data: RunStepDelta


class MessageEvent(_Event):
    event: MessageEventName
    data: Message


class MessageDelta(BaseModel):
    id: str
    object: Literal["thread.message.delta"] = "thread.message.delta"
    delta: dict[str, Any]


class MessageDeltaEvent(_Event):
    event: Literal["thread.message.delta"] = "thread.message.delta"
    data: MessageDelta


class ErrorEvent(_Event):
    event: Literal["error"] = "error"
    data: LastError


class DoneEvent(_Event):
    event: Literal["done"] = "done"
    data: Literal["[DONE]"] = "[DONE]"


Event = Annotated[
    RunEvent
    | RunStepEvent
    | RunStepDeltaEvent
    | MessageEvent
    | MessageDeltaEvent
    | ErrorEvent
    | DoneEvent,
    Field(discriminator="event"),
]
EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)


def text_delta(message_id: str, run_id: str, index: int, text: str) -> MessageDeltaEvent:
    return MessageDeltaEvent(
        run_id=run_id,
        data=MessageDelta(
            id=message_id,
            delta={"content": [{"index": index, "type": "text", "text": {"value": text}}]},
        ),
    )


def tool_call_delta(
    step_id: str, run_id: str, tool_calls: list[dict[str, Any]]
) -> RunStepDeltaEvent:
    return RunStepDeltaEvent(
        run_id=run_id,
        data=RunStepDelta(
            id=step_id, delta={"step_details": {"type": "tool_calls", "tool_calls": tool_calls}}
        ),
    )
