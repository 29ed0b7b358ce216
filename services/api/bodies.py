"""Request bodies of the /v1 routes, as the Assistants API v2 accepted them. Unknown fields
are refused (400), as the API did; a few the SDK may send that have no meaning here
(`response_format`, `reasoning_effort`) are accepted and ignored."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Metadata = dict[str, str]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AssistantCreate(_Body):
    model: str = Field(min_length=1, max_length=256)
    name: str | None = None
    description: str | None = None
    instructions: str | None = None
    tools: list[dict[str, Any]] = Field(default_factory=list)
    tool_resources: dict[str, Any] | None = None
    metadata: Metadata | None = None
    temperature: float | None = None
    top_p: float | None = None
    response_format: Any = None
    reasoning_effort: str | None = None


class AssistantUpdate(_Body):
    model: str | None = Field(default=None, min_length=1, max_length=256)
    name: str | None = None
    description: str | None = None
    instructions: str | None = None
    tools: list[dict[str, Any]] | None = None
    tool_resources: dict[str, Any] | None = None
    metadata: Metadata | None = None
    temperature: float | None = None
    top_p: float | None = None
    response_format: Any = None
    reasoning_effort: str | None = None


class MessageCreate(_Body):
    role: Literal["user", "assistant"] = "user"
    content: str | list[dict[str, Any]]
    attachments: list[dict[str, Any]] | None = None
    metadata: Metadata | None = None


class MetadataUpdate(_Body):
    metadata: Metadata | None = None


class ThreadCreate(_Body):
    messages: list[MessageCreate] = Field(default_factory=list)
    tool_resources: dict[str, Any] | None = None
    metadata: Metadata | None = None


class ThreadUpdate(_Body):
    tool_resources: dict[str, Any] | None = None
    metadata: Metadata | None = None


class _RunOptions(_Body):
    model: str | None = None
    instructions: str | None = None
    tools: list[dict[str, Any]] | None = None
    metadata: Metadata | None = None
    temperature: float | None = None
    top_p: float | None = None
    stream: bool = False
    max_prompt_tokens: int | None = Field(default=None, ge=256)
    max_completion_tokens: int | None = Field(default=None, ge=16)
    truncation_strategy: dict[str, Any] | None = None
    tool_choice: Any = None
    parallel_tool_calls: bool = True
    response_format: Any = None
    reasoning_effort: str | None = None


class RunCreate(_RunOptions):
    assistant_id: str
    additional_instructions: str | None = None
    additional_messages: list[MessageCreate] | None = None


class ThreadAndRun(_RunOptions):
    assistant_id: str
    thread: ThreadCreate | None = None
    tool_resources: dict[str, Any] | None = None


class ToolOutput(_Body):
    tool_call_id: str
    output: str


class SubmitToolOutputs(_Body):
    tool_outputs: list[ToolOutput]
    stream: bool = False


class VectorStoreCreate(_Body):
    name: str | None = None
    file_ids: list[str] = Field(default_factory=list)
    expires_after: dict[str, Any] | None = None
    chunking_strategy: dict[str, Any] | None = None
    metadata: Metadata | None = None


class VectorStoreUpdate(_Body):
    name: str | None = None
    expires_after: dict[str, Any] | None = None
    metadata: Metadata | None = None


class VectorStoreFileCreate(_Body):
    file_id: str
    chunking_strategy: dict[str, Any] | None = None
    attributes: dict[str, Any] | None = None


class FileBatchCreate(_Body):
    file_ids: list[str] = Field(min_length=1)
    chunking_strategy: dict[str, Any] | None = None
    attributes: dict[str, Any] | None = None


class RankingOptions(_Body):
    ranker: str | None = None
    score_threshold: float = Field(default=0.0, ge=0, le=1)


class VectorStoreSearch(_Body):
    query: str | list[str]
    max_num_results: int = Field(default=10, ge=1, le=50)
    ranking_options: RankingOptions | None = None
    filters: dict[str, Any] | None = None
    rewrite_query: bool = False
