"""Shared fixtures: real SQLite files under tmp_path, a real engine with its workers."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from services import assistants, runs, threads
from services.config import Settings
from services.engine.engine import Engine
from services.engine.events import Event
from services.llm.registry import BackendRegistry
from services.llm.scripted import ScriptedBackend
from services.schemas import Assistant, Run, Thread
from services.tools.functions import FunctionRegistry
from tests.load import add_load, cpu_hogs  # noqa: F401  (the fixture, for every module)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--under-load",
        action="store_true",
        help="run every test while two processes keep the CPU busy (make test-load)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    add_load(config, items)


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    """Settings for a test: data under tmp_path; no warm kernels unless a test asks. With
    WORKBENCH_TEST_DATABASE_URL set (a PostgreSQL server's URL), each test gets a fresh
    database of its own there instead of a SQLite file."""
    overrides.setdefault("sandbox_warm_kernels", 0)
    server = os.environ.get("WORKBENCH_TEST_DATABASE_URL")
    if server and "database_url" not in overrides:
        overrides["database_url"] = fresh_database(server)
    return Settings(_env_file=None, data_dir=tmp_path / "data", **overrides)  # type: ignore[call-arg]


def fresh_database(server: str) -> str:
    """A new, empty database on the server; its URL."""
    from sqlalchemy import create_engine, make_url, text

    name = f"wb_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


EngineFactory = Callable[..., Engine]


@pytest.fixture
def make_engine(tmp_path: Path) -> Iterator[EngineFactory]:
    """Build and start an engine with a scripted backend; shut down after the test."""
    started: list[Engine] = []

    def factory(
        scripts: Mapping[str, Sequence[Sequence[Mapping[str, Any]]]] | None = None,
        *,
        functions: FunctionRegistry | None = None,
        **overrides: Any,
    ) -> Engine:
        backends = BackendRegistry()
        backends.register(ScriptedBackend(scripts or {}))
        engine = Engine(
            make_settings(tmp_path, **overrides), backends=backends, functions=functions
        )
        started.append(engine.start())
        return engine

    yield factory
    for engine in started:
        engine.shutdown()


class Workspace:
    """An engine plus one assistant and one thread: the usual starting point of a test."""

    def __init__(self, engine: Engine, assistant: Assistant, thread: Thread) -> None:
        self.engine = engine
        self.assistant = assistant
        self.thread = thread

    def start_run(self, **options: Any) -> Run:
        with self.engine.db.session() as session:
            return runs.create(
                session=session, thread_id=self.thread.id, assistant_id=self.assistant.id, **options
            )

    def events(
        self, run_id: str, *, timeout: float = 10.0, until: str | None = None, after: int = 0
    ) -> list[Event]:
        """The run's events up to `done` (or up to the first `until` event)."""
        seen = []
        for event in self.engine.subscribe(run_id, timeout=timeout, after=after):
            seen.append(event)
            if event.event == until:
                break
        return seen

    def run(self, run_id: str) -> Run:
        with self.engine.db.session() as session:
            return runs.retrieve(session=session, thread_id=self.thread.id, run_id=run_id)

    def say(self, text: str) -> None:
        with self.engine.db.session() as session:
            threads.create_message(session=session, thread_id=self.thread.id, content=text)


@pytest.fixture
def workspace(make_engine: EngineFactory) -> Callable[..., Workspace]:
    def build(
        scripts: Mapping[str, Any] | None = None,
        *,
        tools: Sequence[Any] = (),
        question: str | None = "How are sales doing?",
        **engine_options: Any,
    ) -> Workspace:
        engine = make_engine(scripts, **engine_options)
        with engine.db.session() as session:
            assistant = assistants.create(
                session=session, model_backend="scripted", model="analyst", tools=list(tools)
            )
            thread = threads.create(session=session)
            if question:
                threads.create_message(session=session, thread_id=thread.id, content=question)
        return Workspace(engine, assistant, thread)

    return build


def names(events: Sequence[Event]) -> list[str]:
    """Event names, a run of deltas of one kind counted once: how many deltas a burst of
    tokens becomes depends on how fast it arrived (see engine/readahead.py)."""
    found: list[str] = []
    for event in events:
        if not (event.event.endswith(".delta") and found and found[-1] == event.event):
            found.append(event.event)
    return found


@pytest.fixture
def app_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Path]]:
    """Configure the Streamlit app's one engine through WORKBENCH_ variables (as a deployment
    would); the engine is rebuilt for the test and released after it. Returns the data dir."""
    from workbench import get_engine

    def configure(**variables: str) -> Path:
        data = tmp_path / "appdata"
        monkeypatch.setenv("WORKBENCH_DATA_DIR", str(data))
        monkeypatch.setenv("WORKBENCH_SANDBOX_WARM_KERNELS", "0")
        for name, value in variables.items():
            monkeypatch.setenv(f"WORKBENCH_{name.upper()}", value)
        get_engine.clear()
        return data

    yield configure
    get_engine.clear()
