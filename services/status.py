"""What the running workbench is wired to: shown on the status page and in logs."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel
from sqlalchemy import func, select, text

from services.engine.engine import Engine
from services.sandbox import isolation
from services.store.models import AssistantRow, FileRow, RunRow, ThreadRow


class BackendStatus(BaseModel):
    name: str
    detail: str  # never a key: only whether one is set, and where requests go
    assistants: int


class EngineStatus(BaseModel):
    backends_status: list[BackendStatus]
    saved_keys: int
    default_backend: str
    default_model: str
    default_backend_available: bool
    backends: list[str]
    functions: list[str]
    data_dir: str
    database: str
    schema_revision: str | None
    worker_threads: int
    active_runs: int
    counts: dict[str, int]
    recovered_runs: int
    sandbox_level: str
    sandbox_levels: list[dict[str, str | bool]]
    sandbox_limits: dict[str, str]
    kernels_in_use: int
    kernels_warm: int
    storage_bytes: int


def describe(*, engine: Engine) -> EngineStatus:
    settings = engine.settings
    with engine.db.session() as session:
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        counts = {
            label: session.scalar(select(func.count()).select_from(model)) or 0
            for label, model in (
                ("assistants", AssistantRow),
                ("threads", ThreadRow),
                ("runs", RunRow),
                ("files", FileRow),
            )
        }
        used = dict(
            session.execute(
                select(AssistantRow.model_backend, func.count()).group_by(
                    AssistantRow.model_backend
                )
            ).all()
        )
    return EngineStatus(
        backends_status=[
            BackendStatus(
                name=name, assistants=used.get(name, 0), detail=_backend_detail(name, engine)
            )
            for name in engine.backends.names()
        ],
        saved_keys=len(engine.secrets.names()),
        default_backend=settings.default_backend,
        default_model=settings.default_model,
        default_backend_available=settings.default_backend in engine.backends,
        backends=engine.backends.names(),
        functions=engine.functions.names(),
        data_dir=str(settings.data_dir.resolve()),
        database=engine.db.describe(),
        schema_revision=revision,
        worker_threads=settings.worker_threads,
        active_runs=len(engine.workers.active()),
        counts=counts,
        recovered_runs=len(engine.recovered),
        sandbox_level=engine.sandbox.config.level,
        sandbox_levels=[
            {"level": a.level, "available": a.available, "reason": a.reason}
            for a in isolation.probe()
        ],
        sandbox_limits={
            "memory": f"{settings.sandbox_memory_mb} MB",
            "execution time": f"{settings.sandbox_timeout_seconds:g} s",
            "processes": str(settings.sandbox_max_processes),
            "file size": f"{settings.sandbox_max_file_mb} MB",
            "kernels": f"{settings.sandbox_max_kernels} "
            f"({settings.sandbox_max_kernels_per_owner} per person)",
        },
        kernels_in_use=len(engine.sandbox.sessions()),
        kernels_warm=engine.sandbox.warm_count(),
        storage_bytes=_disk_usage(settings.data_dir),
    )


def _backend_detail(name: str, engine: Engine) -> str:
    if name == "offline":
        return "Embedded analyst: no network, no key."
    if name in ("openai_chat", "openai_responses"):
        key = "set" if os.environ.get("OPENAI_API_KEY") else "not set"
        base = os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1"
        hosted = " Code runs in OpenAI's containers." if name == "openai_responses" else ""
        return (
            f"Default server {base}; OPENAI_API_KEY {key}. Each assistant may name its own "
            f"server and key reference.{hosted}"
        )
    if name == "scripted":
        return f"Replays {engine.settings.scripted_script}."
    return ""


def _disk_usage(root: Path) -> int:
    """Bytes under the data dir: the database and the file blobs."""
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
