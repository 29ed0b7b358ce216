"""The Assistants-compatible HTTP API, through the official `openai` SDK against a real
server (uvicorn) on the engine with the scripted model, in one run.

    python benchmarks/http_api.py [--json] [--quick]

create_run_p50_ms           POST /threads/{id}/runs → the queued run in the response
stream_first_delta_p50_ms   a streamed run: request → its first thread.message.delta
list_messages_p50_ms        GET /threads/{id}/messages (limit 100) on a thread of 1,000 messages
streams_concurrent_ok       of 200 streamed runs started at once on one server, how many
                            reached thread.run.completed and `done` (none lost)
streams_concurrent_s        how long those 200 took, first request to last `done`
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import warnings  # noqa: E402

from benchmarks._report import emit, percentile  # noqa: E402
from services import threads  # noqa: E402
from services.config import Settings  # noqa: E402
from services.engine.engine import Engine  # noqa: E402
from services.llm.registry import BackendRegistry  # noqa: E402
from services.llm.scripted import ScriptedBackend  # noqa: E402
from tests.integration.api_server import serve  # noqa: E402

warnings.filterwarnings("ignore", category=DeprecationWarning)
SCRIPT = {"bench": [[{"type": "text", "text": "The answer is 42.", "chunk": 4}]]}


def engine_in(folder: Path) -> Engine:
    backends = BackendRegistry()
    backends.register(ScriptedBackend(SCRIPT))
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        data_dir=folder / "data",
        sandbox_warm_kernels=0,
        worker_threads=16,
        api_rate_per_minute=0,
        model_routes={"bench": {"backend": "scripted"}},
    )
    return Engine(settings, backends=backends).start()


def create_runs(client, assistant_id: str, count: int) -> list[float]:
    times = []
    for _ in range(count):
        thread = client.beta.threads.create(messages=[{"role": "user", "content": "Hi"}])
        started = time.perf_counter()
        run = client.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant_id)
        times.append((time.perf_counter() - started) * 1000)
        client.beta.threads.runs.poll(thread_id=thread.id, run_id=run.id, poll_interval_ms=20)
    return times


def first_deltas(client, assistant_id: str, count: int) -> list[float]:
    times = []
    for _ in range(count):
        thread = client.beta.threads.create(messages=[{"role": "user", "content": "Hi"}])
        started = time.perf_counter()
        first = None
        with client.beta.threads.runs.create(
            thread_id=thread.id, assistant_id=assistant_id, stream=True
        ) as stream:
            for event in stream:
                if first is None and event.event == "thread.message.delta":
                    first = (time.perf_counter() - started) * 1000
        times.append(first if first is not None else float("inf"))
    return times


def list_times(engine: Engine, client, user: str, count: int) -> list[float]:
    with engine.db.session() as session:
        thread = threads.create(session=session, owner=user)
        for n in range(1000):
            threads.create_message(session=session, thread_id=thread.id, content=f"note {n}")
    times = []
    for _ in range(count):
        started = time.perf_counter()
        page = client.beta.threads.messages.list(thread_id=thread.id, limit=100)
        times.append((time.perf_counter() - started) * 1000)
        assert len(page.data) == 100
    return times


def concurrent_streams(client, assistant_id: str, count: int) -> tuple[int, float]:
    def one(_: int) -> bool:
        names = []
        with client.beta.threads.create_and_run(
            assistant_id=assistant_id,
            thread={"messages": [{"role": "user", "content": "Hi"}]},
            stream=True,
        ) as stream:
            names = [event.event for event in stream]
        return bool(names) and names[-1] == "thread.run.completed"

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=count) as pool:
        finished = list(pool.map(one, range(count)))
    return sum(finished), time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    parser.add_argument("--quick", action="store_true", help="fewer samples, 50 streams")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    samples = 10 if args.quick else 40
    with tempfile.TemporaryDirectory() as folder:
        engine = engine_in(Path(folder))
        api = serve(engine)
        try:
            import httpx2

            client = api.client(
                http_client=httpx2.Client(limits=httpx2.Limits(max_connections=300)),
                timeout=120,
            )
            assistant = client.beta.assistants.create(model="bench")
            create_runs(client, assistant.id, 3)  # warm up
            created = create_runs(client, assistant.id, samples)
            deltas = first_deltas(client, assistant.id, samples)
            listed = list_times(engine, client, "ana@example.com", samples)
            streams = 50 if args.quick else 200
            ok, took = concurrent_streams(client, assistant.id, streams)
        finally:
            api.stop()
            engine.shutdown()
    emit(
        {
            "create_run_p50_ms": round(percentile(created, 0.5), 2),
            "stream_first_delta_p50_ms": round(percentile(deltas, 0.5), 2),
            "list_messages_p50_ms": round(percentile(listed, 0.5), 2),
            "streams_concurrent_ok": ok,
            "streams_concurrent": streams,
            "streams_concurrent_s": round(took, 1),
        },
        as_json=args.json,
    )


if __name__ == "__main__":
    main()
