"""The Engine: built once per process (st.cache_resource in the app, a fixture in tests).
It wires the database, file store, event bus, backends, functions and worker pool."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterator

from services import quotas, run_endings
from services.config import Settings
from services.engine.bus import EventBus
from services.engine.events import Event
from services.engine.loop import RunExecutor
from services.engine.retention_job import RetentionJob
from services.engine.stream import subscribe
from services.engine.workers import WorkerPool
from services.errors import ConfigurationError
from services.files import FileStore
from services.llm.connection import Clients
from services.llm.offline import OfflineBackend
from services.llm.openai_chat import OpenAIChatBackend
from services.llm.openai_responses import OpenAIResponsesBackend
from services.llm.providers import RetryPolicy
from services.llm.registry import BackendRegistry
from services.llm.scripted import ScriptedBackend
from services.sandbox import isolation
from services.sandbox.charts import ChartRenderer
from services.sandbox.kernel import KernelLimits
from services.sandbox.pool import PoolConfig, SandboxPool
from services.search import dense
from services.search.ingest import Ingestor
from services.search.searcher import Searcher
from services.secrets import SecretStore, install_log_scrubbing, uninstall_log_scrubbing
from services.store.db import Database
from services.tools.code_interpreter import CodeInterpreter
from services.tools.file_search import FileSearch
from services.tools.functions import FunctionRegistry

log = logging.getLogger(__name__)


class Engine:
    def __init__(
        self,
        settings: Settings,
        *,
        backends: BackendRegistry | None = None,
        functions: FunctionRegistry | None = None,
    ) -> None:
        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        settings.data_dir.chmod(0o700)  # the database and blobs are the app's alone
        self.bus = EventBus()
        self.db = Database(settings.resolved_database_url, session_info={"bus": self.bus})
        self.files = FileStore(blob_dir=settings.blob_dir, max_bytes=settings.max_upload_bytes)
        self.ingestor = Ingestor(db=self.db, files=self.files)
        self.db.add_session_info("ingest", self.ingestor.nudge)
        self.db.add_session_info("quotas", quotas.Limits.from_settings(settings))
        if settings.search_ranker == "hybrid" and not dense.available():
            raise ConfigurationError(
                "WORKBENCH_SEARCH_RANKER=hybrid needs the wordllama package (a small "
                "embedding model shipped in its wheel): reinstall the workbench, or use bm25."
            )
        self.searcher = Searcher(db=self.db, ranker=settings.search_ranker)
        self.secrets = SecretStore(settings.data_dir / "secrets.json")
        install_log_scrubbing(self.secrets)
        self.clients = Clients(timeout=settings.provider_timeout_seconds)
        self.backends = backends or default_backends(
            settings, secrets=self.secrets, clients=self.clients
        )
        self.functions = functions or FunctionRegistry()
        for module in settings.function_modules:
            self.functions.load_module(module)
        self.sandbox = SandboxPool(sandbox_config(settings))
        self.renderer = ChartRenderer()
        self.code_interpreter = CodeInterpreter(
            pool=self.sandbox,
            files=self.files,
            db=self.db,
            timeout=settings.sandbox_timeout_seconds,
            max_thread_output_bytes=settings.sandbox_max_thread_output_mb * 1024**2,
            big_file_bytes=settings.big_file_mb * 1024**2,
            renderer=self.renderer,
        )
        self.executor = RunExecutor(
            db=self.db,
            settings=settings,
            backends=self.backends,
            functions=self.functions,
            code_interpreter=self.code_interpreter,
            files=self.files,
            file_search=FileSearch(
                db=self.db,
                searcher=self.searcher,
                ingestor=self.ingestor,
                wait_seconds=settings.search_wait_seconds,
            ),
        )
        self.workers = WorkerPool(
            db=self.db, bus=self.bus, executor=self.executor, threads=settings.worker_threads
        )
        self.retention = RetentionJob(
            db=self.db,
            files=self.files,
            sandbox=self.sandbox,
            thread_days=settings.retention_thread_days,
            file_days=settings.retention_file_days,
            interval=settings.retention_interval_minutes * 60,
        )
        self.recovered: list[str] = []
        self._started = False

    def start(self) -> Engine:
        """Migrate, fail runs a crashed process left behind, then start the workers (and
        the retention job when a retention policy is set)."""
        self.db.migrate()
        with self.db.session() as session:
            self.recovered = run_endings.recover(session=session, is_alive=_worker_alive)
        if self.recovered:
            log.warning("failed %d run(s) interrupted by a restart", len(self.recovered))
        self.workers.start()
        self.ingestor.start()
        self.sandbox.start()
        if self.settings.retention_thread_days or self.settings.retention_file_days:
            self.retention.start()
        self._started = True
        return self

    def subscribe(
        self, run_id: str, *, after: int = 0, timeout: float | None = None
    ) -> Iterator[Event]:
        return subscribe(db=self.db, bus=self.bus, run_id=run_id, after=after, timeout=timeout)

    def shutdown(self) -> None:
        if self._started:
            self.retention.stop()
            self.workers.shutdown()
            self.ingestor.stop()
            self._started = False
        self.sandbox.shutdown()
        self.renderer.close()
        self.clients.close()
        uninstall_log_scrubbing(self.secrets)
        self.db.dispose()

    def __enter__(self) -> Engine:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.shutdown()


def sandbox_config(settings: Settings) -> PoolConfig:
    """The pool's configuration, refusing an isolation level the deployment may not use."""
    try:
        level = isolation.choose(settings.sandbox_isolation)
    except RuntimeError as error:
        raise ConfigurationError(f"WORKBENCH_SANDBOX_ISOLATION: {error}") from None
    if settings.hosted and level not in isolation.NETWORK_ISOLATED:
        reasons = "; ".join(f"{a.level}: {a.reason}" for a in isolation.probe() if not a.available)
        raise ConfigurationError(
            "WORKBENCH_HOSTED=true needs a code interpreter sandbox with its own network "
            f"namespace (bubblewrap or unshare), but this host gives only '{level}' "
            f"({reasons}). Install bubblewrap, or run the workbench as root."
        )
    if level == "none":
        log.warning(
            "!!! CODE INTERPRETER WITHOUT ISOLATION: model-written code runs as this "
            "user with full access. Use only for development on your own machine. !!!"
        )
    mb = 1024**2
    return PoolConfig(
        level=level,
        limits=KernelLimits(
            memory_bytes=settings.sandbox_memory_mb * mb,
            cpu_seconds=settings.sandbox_cpu_seconds,
            max_processes=settings.sandbox_max_processes,
            max_file_bytes=settings.sandbox_max_file_mb * mb,
            max_log_bytes=settings.sandbox_max_log_kb * 1024,
            disk_bytes=settings.sandbox_disk_mb * mb,
            max_files=settings.sandbox_max_files,
        ),
        warm=settings.sandbox_warm_kernels,
        max_kernels=settings.sandbox_max_kernels,
        max_per_owner=settings.sandbox_max_kernels_per_owner,
        idle_seconds=settings.sandbox_idle_seconds,
        uid_base=settings.sandbox_uid_base,
        root=settings.sandbox_dir,
    )


def default_backends(
    settings: Settings, *, secrets: SecretStore, clients: Clients
) -> BackendRegistry:
    """Offline always; the OpenAI-compatible backends too (an assistant's connection says
    where they go; a missing key is reported when a run uses them)."""
    registry = BackendRegistry()
    registry.register(OfflineBackend())
    retry = RetryPolicy(
        attempts=settings.provider_max_retries + 1,
        base_seconds=settings.provider_retry_base_seconds,
    )
    registry.register(OpenAIChatBackend(secrets=secrets, clients=clients, retry=retry))
    registry.register(OpenAIResponsesBackend(secrets=secrets, clients=clients, retry=retry))
    if settings.scripted_script is not None:
        registry.register(ScriptedBackend.from_file(settings.scripted_script))
    return registry


def _worker_alive(worker: str | None) -> bool:
    """Whether the process that owns a run still runs (only knowable on this host)."""
    if not worker or ":" not in worker:
        return False
    host, _, pid_text = worker.rpartition(":")
    if host != socket.gethostname():
        return True  # another machine's run: leave it to that machine
    try:
        pid = int(pid_text)
    except ValueError:
        return False
    if pid == os.getpid():
        return False  # this process is only now starting: nothing of it can be running
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
