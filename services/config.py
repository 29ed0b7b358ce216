"""One Settings object, read from the environment (prefix WORKBENCH_) and `.env`."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# USD per million (input, output) tokens: OpenAI list prices when this table was written.
DEFAULT_PRICES: dict[str, tuple[float, float]] = {
    "gpt-5": (1.25, 10.0),
    "gpt-5-mini": (0.25, 2.0),
    "gpt-5-nano": (0.05, 0.4),
    "gpt-4.1": (2.0, 8.0),
    "gpt-4.1-mini": (0.4, 1.6),
    "gpt-4.1-nano": (0.1, 0.4),
    "gpt-4o": (2.5, 10.0),
    "gpt-4o-mini": (0.15, 0.6),
    "o4-mini": (1.1, 4.4),
}


class Settings(BaseSettings):
    """Every knob of the workbench. Created once at start-up; never changed at run time."""

    model_config = SettingsConfigDict(
        env_prefix="WORKBENCH_", env_file=".env", extra="ignore", frozen=True
    )

    data_dir: Path = Field(
        Path("data"),
        description="Directory for the SQLite database, file blobs and sandbox work dirs.",
    )
    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL of the database. Empty means a SQLite file "
        "`workbench.db` inside the data dir; use `postgresql+psycopg://…` for a team server.",
    )
    default_backend: str = Field(
        "offline",
        description="Model backend of the default assistant: `offline`, `openai_chat`, "
        "`openai_responses` or `scripted`.",
    )
    default_model: str = Field(
        "offline-analyst", description="Model name the default assistant asks its backend for."
    )
    max_upload_bytes: int = Field(
        1024**3, gt=0, description="Largest file accepted by the file store, in bytes."
    )
    worker_threads: int = Field(
        4, ge=1, le=64, description="Runs executed at the same time by the in-process worker pool."
    )
    max_run_steps: int = Field(
        25, ge=1, description="Model turns one run may take before it ends `incomplete`."
    )
    run_timeout_seconds: float = Field(
        600.0, gt=0, description="Wall time after which an unfinished run ends `expired`."
    )
    requires_action_timeout_seconds: float = Field(
        600.0,
        gt=0,
        description="How long a run waits in `requires_action` for tool outputs before it "
        "ends `expired`.",
    )
    context_token_budget: int = Field(
        16000,
        ge=256,
        description="Prompt token budget of the `auto` truncation strategy when a run sets "
        "no `max_prompt_tokens`.",
    )
    function_modules: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Comma-separated Python modules imported at start-up; their "
        "`@function_tool` functions become callable by assistants.",
    )
    function_timeout_seconds: float = Field(
        30.0, gt=0, description="Longest a registered function may run before its call fails."
    )
    sandbox_isolation: Literal["auto", "bubblewrap", "unshare", "process", "none"] = Field(
        "auto",
        description="Code interpreter isolation: `auto` takes the strongest this host offers "
        "(bubblewrap > unshare > process > none); `none` is for development only.",
    )
    hosted: bool = Field(
        False,
        description="A shared deployment: refuse to start unless the sandbox has its own "
        "network namespace (bubblewrap or unshare) and sign-in is configured (`[auth]` in "
        ".streamlit/secrets.toml).",
    )
    sandbox_dir: Path | None = Field(
        None,
        description="Where session work dirs are made (a private dir is created inside). "
        "Empty means the system temp dir.",
    )
    sandbox_warm_kernels: int = Field(
        2,
        ge=0,
        description="Kernels kept started and ready, so a new thread's first cell is fast.",
    )
    sandbox_max_kernels: int = Field(
        16, ge=1, description="Most kernels (warm and in use) running at once."
    )
    sandbox_max_kernels_per_owner: int = Field(
        4,
        ge=1,
        description="Most kernels one user may hold at once (the team default of "
        "the per-user quota; an admin may override it per user).",
    )
    sandbox_idle_seconds: float = Field(
        1200.0, gt=0, description="A thread's kernel is stopped after this long unused."
    )
    sandbox_timeout_seconds: float = Field(
        120.0, gt=0, description="Wall time of one code execution before it is interrupted."
    )
    sandbox_memory_mb: int = Field(
        2048, ge=256, description="Memory one kernel may use (cgroup, and address-space rlimit)."
    )
    sandbox_cpu_seconds: int = Field(
        3600, ge=10, description="CPU time one kernel process may use in its life (rlimit)."
    )
    sandbox_max_processes: int = Field(
        64, ge=8, description="Processes and threads one kernel may run (rlimit and cgroup)."
    )
    sandbox_max_file_mb: int = Field(
        1024, ge=1, description="Largest file the code may write, and largest output file taken."
    )
    sandbox_disk_mb: int = Field(
        4096,
        ge=0,
        description="Bytes one session may write in all (work dir, /tmp, /dev/shm), on a "
        "filesystem of its own; 0 turns the quota off.",
    )
    sandbox_max_files: int = Field(
        20_000, ge=100, description="Files and directories one session may create in all."
    )
    sandbox_max_log_kb: int = Field(
        256, ge=1, description="Printed output kept per execution; the rest is cut with a marker."
    )
    sandbox_max_thread_output_mb: int = Field(
        500,
        ge=1,
        description="Total size of images, charts and files one thread's code may produce.",
    )
    big_file_mb: int = Field(
        200,
        ge=1,
        description="Delimited files above this size are analysed by column or with DuckDB "
        "(query()) instead of being loaded whole into the kernel.",
    )
    search_ranker: Literal["bm25", "hybrid"] = Field(
        "bm25",
        description="How file search ranks passages: bm25 (no model), or hybrid (BM25 and "
        "dense embeddings fused by reciprocal rank; needs the `dense` extra).",
    )
    search_wait_seconds: float = Field(
        60.0,
        ge=0,
        description="How long a file search waits for documents that are still being read.",
    )
    responses_file_search: Literal["local", "hosted"] = Field(
        "local",
        description="File search of `openai_responses` assistants: `local` (the workbench "
        "searches its own stores; documents stay here) or `hosted` (the stores are mirrored "
        "to OpenAI vector stores and OpenAI's file_search tool searches them).",
    )
    sandbox_uid_base: int = Field(
        200_000, ge=1000, description="First uid of the unprivileged kernel users (one per kernel)."
    )
    provider_timeout_seconds: float = Field(
        120.0, gt=0, description="How long a model server may take to answer one request."
    )
    provider_max_retries: int = Field(
        3, ge=0, le=10, description="Retries of a model call after 429, 5xx, timeouts or drops."
    )
    provider_retry_base_seconds: float = Field(
        1.0,
        ge=0,
        description="First retry delay; it doubles each time (with jitter, at most 20 s). "
        "A `Retry-After` from the server wins.",
    )
    prices: dict[str, tuple[float, float]] = Field(
        default_factory=lambda: dict(DEFAULT_PRICES),
        description="USD per million (input, output) tokens by model, as JSON, e.g. "
        '`{"gpt-4.1": [2.0, 8.0]}`. Replaces the built-in table of OpenAI list prices; '
        "models not listed show tokens without a cost.",
    )
    container_session_price: float = Field(
        0.03, ge=0, description="USD per hosted code interpreter container session."
    )
    scripted_script: Path | None = Field(
        None,
        description="JSON file of model turns replayed by the `scripted` backend (demos, tests).",
    )

    api_host: str = Field(
        "127.0.0.1", description="Address the HTTP API (`workbench serve`) binds."
    )
    api_port: int = Field(8600, ge=1, le=65535, description="Port of the HTTP API.")
    api_in_app: bool = Field(
        False,
        description="Also serve the HTTP API from the Streamlit process (one process for a "
        "single machine), on WORKBENCH_API_HOST:WORKBENCH_API_PORT.",
    )
    api_cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Browser origins allowed to call the HTTP API, comma-separated "
        "(empty: none; scripts and servers need none).",
    )
    api_rate_per_minute: int = Field(
        600, ge=0, description="Requests per minute one API key may make (0: no limit)."
    )
    api_max_json_kb: int = Field(
        1024, ge=1, description="Largest JSON request body the HTTP API accepts, in KB."
    )
    model_routes: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="Where an API assistant's `model` goes, as JSON: model-name patterns to a "
        'backend and connection, e.g. `{"gpt-4o*": {"backend": "openai_chat", "connection": '
        '{"preset": "openai", "key": "secret:openai"}}}`. The default model goes to the '
        "default backend; a model no pattern matches is refused with a 400.",
    )
    # -- team hosting: sign-in, admins, quotas (0: no limit) ------------------------------
    admin_emails: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Emails of the users who are admins (comma-separated). The first person "
        "to sign in is an admin too.",
    )
    quota_runs_per_minute: int = Field(
        0, ge=0, description="Runs one user may start per minute (0: no limit)."
    )
    quota_concurrent_runs: int = Field(
        0, ge=0, description="Runs one user may have going at once (0: no limit)."
    )
    quota_tokens_per_day: int = Field(
        0, ge=0, description="Model tokens one user may use per day, UTC (0: no limit)."
    )
    quota_storage_mb: int = Field(
        0, ge=0, description="Storage one user's files may take, in MB (0: no limit)."
    )

    retention_thread_days: int = Field(
        0,
        ge=0,
        description="Threads unused for this many days are deleted with their messages, runs "
        "and own vector store (threads with an active run never); 0 keeps them forever.",
    )
    retention_file_days: int = Field(
        0,
        ge=0,
        description="Files older than this many days that nothing kept refers to (a thread's "
        "messages, an assistant, a vector store) are deleted; 0 keeps them forever.",
    )
    retention_interval_minutes: float = Field(
        60.0,
        gt=0,
        description="How often the server applies the retention policy (when either "
        "retention setting is above 0); expired vector stores go in the same pass.",
    )

    @field_validator("function_modules", "api_cors_origins", "admin_emails", mode="before")
    @classmethod
    def _split_list(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @cached_property
    def resolved_database_url(self) -> str:
        """The database URL in use: the configured one, or SQLite under the data dir."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'workbench.db').resolve()}"

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"
