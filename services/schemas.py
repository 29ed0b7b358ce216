"""Public object shapes: the Assistants API v2 model plus the workbench's `chart` block.
Services return these (detached from the database), the UI and a later HTTP API render them."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Metadata = dict[str, str]


class _Object(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- tools -------------------------------------------------------------------------------
class FunctionDefinition(_Object):
    name: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$")
    description: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None


class FunctionTool(_Object):
    type: Literal["function"] = "function"
    function: FunctionDefinition


class CodeInterpreterTool(_Object):
    type: Literal["code_interpreter"] = "code_interpreter"


class RankingOptions(_Object):
    ranker: Literal["auto", "default_2024_08_21", "bm25"] = "auto"
    score_threshold: float = Field(default=0.0, ge=0.0, le=1.0)


class FileSearchOptions(_Object):
    max_num_results: int | None = Field(default=None, ge=1, le=50)
    ranking_options: RankingOptions | None = None


class FileSearchTool(_Object):
    type: Literal["file_search"] = "file_search"
    file_search: FileSearchOptions | None = None


Tool = Annotated[FunctionTool | CodeInterpreterTool | FileSearchTool, Field(discriminator="type")]


# -- message content ---------------------------------------------------------------------
class FilePath(_Object):
    file_id: str


class FilePathAnnotation(_Object):
    type: Literal["file_path"] = "file_path"
    text: str
    start_index: int
    end_index: int
    file_path: FilePath


class FileCitation(_Object):
    """The cited passage: `quote` is its text, at `start`–`end` of the document's text
    (pages joined by a blank line) on `page`; the last four are the workbench's."""

    file_id: str
    quote: str | None = None
    filename: str | None = None
    page: int | None = None
    start: int | None = None
    end: int | None = None


class FileCitationAnnotation(_Object):
    type: Literal["file_citation"] = "file_citation"
    text: str
    start_index: int
    end_index: int
    file_citation: FileCitation


Annotation = Annotated[FilePathAnnotation | FileCitationAnnotation, Field(discriminator="type")]


class Text(_Object):
    value: str
    annotations: list[Annotation] = Field(default_factory=list)


class TextBlock(_Object):
    type: Literal["text"] = "text"
    text: Text


class ImageFile(_Object):
    file_id: str
    detail: Literal["auto", "low", "high"] | None = None


class ImageFileBlock(_Object):
    type: Literal["image_file"] = "image_file"
    image_file: ImageFile


class Chart(_Object):
    """A Plotly figure spec stored as a file, with an optional PNG rendition."""

    file_id: str
    png_file_id: str | None = None
    title: str | None = None


class ChartBlock(_Object):
    type: Literal["chart"] = "chart"
    chart: Chart


ContentBlock = Annotated[TextBlock | ImageFileBlock | ChartBlock, Field(discriminator="type")]


class AttachmentTool(_Object):
    type: Literal["code_interpreter", "file_search"]


class Attachment(_Object):
    file_id: str
    tools: list[AttachmentTool] = Field(default_factory=list)


# -- objects -----------------------------------------------------------------------------
class Assistant(_Object):
    id: str
    object: Literal["assistant"] = "assistant"
    created_at: int
    name: str | None
    description: str | None
    model_backend: str
    model: str
    instructions: str | None
    tools: list[Tool]
    tool_resources: dict[str, Any]
    temperature: float | None
    top_p: float | None
    metadata: Metadata
    connection: dict[str, Any] | None = None  # where openai_* backends go; key references only
    owner: str | None = None  # the id of the user who made it
    shared: Literal["private", "team"] = "private"  # "team": every user may use it


class Thread(_Object):
    id: str
    object: Literal["thread"] = "thread"
    created_at: int
    owner: str | None
    title: str | None
    tool_resources: dict[str, Any]
    metadata: Metadata


class IncompleteDetails(_Object):
    reason: str


class Message(_Object):
    id: str
    object: Literal["thread.message"] = "thread.message"
    created_at: int
    thread_id: str
    role: Literal["user", "assistant"]
    status: Literal["in_progress", "incomplete", "completed"]
    content: list[ContentBlock]
    attachments: list[Attachment]
    assistant_id: str | None
    run_id: str | None
    incomplete_details: IncompleteDetails | None
    completed_at: int | None
    metadata: Metadata

    @property
    def text(self) -> str:
        """All text blocks joined: what a reader sees."""
        return "".join(b.text.value for b in self.content if isinstance(b, TextBlock))


class Usage(_Object):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


class LastError(_Object):
    code: str
    message: str


class TruncationStrategy(_Object):
    type: Literal["auto", "last_messages"] = "auto"
    last_messages: int | None = Field(None, ge=1)


class FunctionCallRequest(_Object):
    name: str
    arguments: str


class RequiredToolCall(_Object):
    id: str
    type: Literal["function"] = "function"
    function: FunctionCallRequest


class SubmitToolOutputs(_Object):
    tool_calls: list[RequiredToolCall]


class RequiredAction(_Object):
    type: Literal["submit_tool_outputs"] = "submit_tool_outputs"
    submit_tool_outputs: SubmitToolOutputs


RunStatus = Literal[
    "queued",
    "in_progress",
    "requires_action",
    "cancelling",
    "cancelled",
    "failed",
    "completed",
    "incomplete",
    "expired",
]
ACTIVE_RUN_STATUSES: tuple[str, ...] = ("queued", "in_progress", "requires_action", "cancelling")
TERMINAL_RUN_STATUSES: tuple[str, ...] = (
    "cancelled",
    "failed",
    "completed",
    "incomplete",
    "expired",
)


class Run(_Object):
    id: str
    object: Literal["thread.run"] = "thread.run"
    created_at: int
    thread_id: str
    assistant_id: str
    owner: str | None = None  # the thread's owner, whose quotas the run counts against
    status: RunStatus
    model_backend: str
    model: str
    instructions: str | None
    tools: list[Tool]
    tool_choice: Any
    parallel_tool_calls: bool
    temperature: float | None
    top_p: float | None
    truncation_strategy: TruncationStrategy
    max_prompt_tokens: int | None
    max_completion_tokens: int | None
    required_action: RequiredAction | None
    last_error: LastError | None
    incomplete_details: IncompleteDetails | None
    usage: Usage | None
    cost: dict[str, Any] | None = None  # estimated: {"usd", "container_sessions", "priced"}
    started_at: int | None
    expires_at: int | None
    cancelled_at: int | None
    failed_at: int | None
    completed_at: int | None
    metadata: Metadata


class MessageCreation(_Object):
    message_id: str


class MessageCreationDetails(_Object):
    type: Literal["message_creation"] = "message_creation"
    message_creation: MessageCreation


class FunctionCall(_Object):
    name: str
    arguments: str
    output: str | None = None


class FunctionToolCall(_Object):
    id: str
    type: Literal["function"] = "function"
    function: FunctionCall


class OutputFile(_Object):
    file_id: str
    filename: str


class CodeInterpreterOutput(_Object):
    """`logs` and `image` as in the Assistants API; `chart` and `file` are the workbench's."""

    type: Literal["logs", "image", "chart", "file"]
    logs: str | None = None
    image: ImageFile | None = None
    chart: Chart | None = None
    file: OutputFile | None = None


class CodeInterpreterCall(_Object):
    input: str
    outputs: list[CodeInterpreterOutput] = Field(default_factory=list)


class CodeInterpreterToolCall(_Object):
    id: str
    type: Literal["code_interpreter"] = "code_interpreter"
    code_interpreter: CodeInterpreterCall


class FileSearchToolCall(_Object):
    id: str
    type: Literal["file_search"] = "file_search"
    file_search: dict[str, Any] = Field(default_factory=dict)


ToolCall = Annotated[
    FunctionToolCall | CodeInterpreterToolCall | FileSearchToolCall, Field(discriminator="type")
]


class ToolCallsDetails(_Object):
    type: Literal["tool_calls"] = "tool_calls"
    tool_calls: list[ToolCall]


StepDetails = Annotated[MessageCreationDetails | ToolCallsDetails, Field(discriminator="type")]


class RunStep(_Object):
    id: str
    object: Literal["thread.run.step"] = "thread.run.step"
    created_at: int
    run_id: str
    thread_id: str
    assistant_id: str
    type: Literal["message_creation", "tool_calls"]
    status: Literal["in_progress", "cancelled", "failed", "completed", "expired"]
    step_details: StepDetails
    last_error: LastError | None
    usage: Usage | None
    completed_at: int | None
    cancelled_at: int | None
    failed_at: int | None
    expired_at: int | None
    metadata: Metadata


class FileObject(_Object):
    id: str
    object: Literal["file"] = "file"
    created_at: int
    filename: str
    bytes: int
    purpose: Literal["assistants", "assistants_output"]
    sha256: str
    mime_type: str
    owner: str | None


class Page(BaseModel):
    """One page of a list call, with the cursors of the Assistants API."""

    data: list[Any]
    first_id: str | None
    last_id: str | None
    has_more: bool


# -- vector stores -----------------------------------------------------------------------
class FileCounts(_Object):
    in_progress: int = 0
    completed: int = 0
    failed: int = 0
    cancelled: int = 0
    total: int = 0


class ExpiresAfter(_Object):
    anchor: Literal["last_active_at"] = "last_active_at"
    days: int = Field(ge=1, le=365)


class StaticChunking(_Object):
    max_chunk_size_tokens: int = Field(default=800, ge=100, le=4096)
    chunk_overlap_tokens: int = Field(default=400, ge=0)


class ChunkingStrategy(_Object):
    type: Literal["static"] = "static"
    static: StaticChunking = Field(default_factory=StaticChunking)


class VectorStore(_Object):
    id: str
    object: Literal["vector_store"] = "vector_store"
    created_at: int
    name: str | None
    usage_bytes: int
    file_counts: FileCounts
    status: Literal["expired", "in_progress", "completed"]
    expires_after: ExpiresAfter | None
    expires_at: int | None
    last_active_at: int
    metadata: Metadata
    chunking_strategy: ChunkingStrategy  # the store's default for files added to it
    thread_id: str | None = None  # set on a thread's own store
    owner: str | None = None


class FileError(_Object):
    code: Literal["server_error", "unsupported_file", "invalid_file"]
    message: str


class VectorStoreFile(_Object):
    id: str
    object: Literal["vector_store.file"] = "vector_store.file"
    usage_bytes: int
    created_at: int
    vector_store_id: str
    status: Literal["in_progress", "completed", "cancelled", "failed"]
    last_error: FileError | None
    chunking_strategy: ChunkingStrategy
    attributes: dict[str, Any]
    chunk_count: int = 0  # the workbench's: chunks searched, the file's name, its batch
    filename: str | None = None
    batch_id: str | None = None


class VectorStoreFileBatch(_Object):
    id: str
    object: Literal["vector_store.files_batch"] = "vector_store.files_batch"
    created_at: int
    vector_store_id: str
    status: Literal["in_progress", "completed", "cancelled", "failed"]
    file_counts: FileCounts


class SearchResult(_Object):
    """One ranked passage: what the file_search tool returns and a citation points at."""

    file_id: str
    filename: str
    score: float
    text: str
    page: int
    start: int
    end: int
    vector_store_id: str
