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


class AttachedFile(BaseModel):
    """A file of the thread's code interpreter, for backends that upload files themselves.
    `path` is the app's own copy; it never reaches a sandbox or a provider as a path."""

    file_id: str
    filename: str
    path: str


class SearchDocuments(BaseModel):
    """The run's document stores, for a backend that searches them on its own side (OpenAI's
    hosted file search): each local store's completed files, how many passages a search
    returns, the number of the run's next passage, and how long to wait for the provider
    to read new files."""

    stores: dict[str, list[AttachedFile]]  # local store id → its files
    max_num_results: int = 5
    first_number: int = 1
    wait_seconds: float = 60.0


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
    connection: dict[str, Any] | None = None  # the assistant's; key references only
    files: list[AttachedFile] = Field(default_factory=list)
    provider_state: dict[str, Any] = Field(default_factory=dict)  # the thread's, per backend
    search: SearchDocuments | None = None  # set when the backend searches the documents


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
    container_sessions: int = 0  # hosted code interpreter containers opened (billed each)


class HostedCode(BaseModel):
    """Code the provider runs in its own container (the Responses API's hosted code
    interpreter): `started`, then `code` pieces, then `done` with the logs."""

    type: Literal["hosted_code"] = "hosted_code"
    id: str
    phase: Literal["started", "code", "done", "failed"]
    code: str = ""
    logs: str = ""


class HostedSearch(BaseModel):
    """A file search the provider ran (the Responses API's hosted file_search): `started`,
    then `done` with its passages numbered on from the run's and pointing at local files."""

    type: Literal["hosted_search"] = "hosted_search"
    id: str
    phase: Literal["started", "done", "failed"]
    query: str = ""
    results: list[dict[str, Any]] = Field(default_factory=list)


class GeneratedFile(BaseModel):
    """A file the provider made (downloaded at once: its container may expire)."""

    type: Literal["generated_file"] = "generated_file"
    filename: str
    data: bytes
    call_id: str | None = None  # the hosted call that made it, when known


class StateUpdate(BaseModel):
    """What the backend keeps for this thread (e.g. its container id), saved on the thread."""

    type: Literal["state"] = "state"
    state: dict[str, Any]


class Finish(BaseModel):
    """The model's last event: the engine ends the turn on it (a backend may still read the
    rest of the response body afterwards, to keep its connection, but yields nothing more).
    `interrupted`: the stream broke after content arrived (the partial text is kept)."""

    type: Literal["finish"] = "finish"
    reason: Literal["stop", "tool_calls", "length", "interrupted"] = "stop"


ModelEvent = Annotated[
    TextDelta
    | ToolCallDelta
    | UsageReport
    | HostedCode
    | HostedSearch
    | GeneratedFile
    | StateUpdate
    | Finish,
    Field(discriminator="type"),
]


class Backend(Protocol):
    """A model backend. `stream` may be abandoned early: the engine closes the iterator
    when a run is cancelled, and `cancel` is set so a blocking backend can stop waiting."""

    name: str

    def stream(self, request: ModelRequest, *, cancel: CancelToken) -> Iterator[ModelEvent]: ...
