"""The model backend protocol: a provider-neutral request in, a stream of ModelEvents out."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal, Protocol

from pydantic import BaseModel, Field

from services.cancel import CancelToken


# -- request -----------------------------------------------------------------------------
class ModelToolCall(BaseModel):
    id: str
    type: Literal["function", "code_interpreter"] = "function"
    name: str
    arguments: str


class ModelMessage(BaseModel):
    """One turn of the conversation, normalized (Chat Completions-like)."""

    role: Literal["user", "assistant", "tool"]
    content: str = ""
    tool_calls: list[ModelToolCall] = Field(default_factory=list)
    tool_call_id: str | None = None
    attachments: list[dict[str, Any]] = Field(default_factory=list)


class ToolSpec(BaseModel):
    """A tool the model may call. Built-in tools carry no schema."""

    type: Literal["function", "code_interpreter", "file_search"]
    name: str
    description: str | None = None
    parameters: dict[str, Any] | None = None


class ModelRequest(BaseModel):
    model: str
    instructions: str | None = None
    messages: list[ModelMessage]
    tools: list[ToolSpec] = Field(default_factory=list)
    tool_choice: Any = "auto"
    parallel_tool_calls: bool = True
    temperature: float | None = None
    top_p: float | None = None
    max_completion_tokens: int | None = None
    turn: int = 0  # how many model calls this run made before this one
    thread_id: str | None = None
    run_id: str | None = None


# -- events ------------------------------------------------------------------------------
class TextDelta(BaseModel):
    type: Literal["text_delta"] = "text_delta"
    text: str


class ToolCallDelta(BaseModel):
    """A piece of a tool call, as Chat Completions streams it: `index` ties the pieces."""

    type: Literal["tool_call_delta"] = "tool_call_delta"
    index: int = 0
    id: str | None = None
    name: str | None = None
    arguments: str = ""


class UsageReport(BaseModel):
    type: Literal["usage"] = "usage"
    prompt_tokens: int = 0
    completion_tokens: int = 0


class Finish(BaseModel):
    type: Literal["finish"] = "finish"
    reason: Literal["stop", "tool_calls", "length"] = "stop"


ModelEvent = Annotated[
    TextDelta | ToolCallDelta | UsageReport | Finish, Field(discriminator="type")
]


class Backend(Protocol):
    """A model backend. `stream` may be abandoned early: the engine closes the iterator
    when a run is cancelled, and `cancel` is set so a blocking backend can stop waiting."""

    name: str

    def stream(self, request: ModelRequest, *, cancel: CancelToken) -> Iterator[ModelEvent]: ...
