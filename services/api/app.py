"""The FastAPI app of the HTTP API, built on an engine that is already started."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from services.api import errors
from services.api.access import RateLimiter
from services.api.limits import Limits
from services.api.routes_assistants import router as assistants
from services.api.routes_files import router as files
from services.api.routes_runs import router as runs
from services.api.routes_threads import router as threads
from services.api.routes_vector_stores import router as vector_stores
from services.engine.engine import Engine

STREAM_THREADS = 400  # routes and streams run in threads; each open stream holds one


@asynccontextmanager
async def _lifespan(_: FastAPI) -> AsyncIterator[None]:
    to_thread.current_default_thread_limiter().total_tokens = STREAM_THREADS
    yield


def create_app(engine: Engine) -> FastAPI:
    settings = engine.settings
    app = FastAPI(
        title="Analyst Workbench API",
        version="2",
        description="The Assistants API v2, served by the workbench: assistants, threads, "
        "messages, runs, run steps, files and vector stores.",
        openapi_url="/openapi.json",
        docs_url="/docs",
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.engine = engine
    app.state.limiter = RateLimiter(settings.api_rate_per_minute)
    errors.install(app)
    # runs first: `POST /threads/runs` must not be read as an update of thread "runs"
    for router in (assistants, runs, threads, files, vector_stores):
        app.include_router(router, prefix="/v1")

    app.add_middleware(
        Limits,
        db=engine.db,
        max_json=settings.api_max_json_kb * 1024,
        max_upload=settings.max_upload_bytes + 1024 * 1024,
    )
    if settings.api_cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.api_cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "Idempotency-Key", "OpenAI-Beta"],
        )
    return app
