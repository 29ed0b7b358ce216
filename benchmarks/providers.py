"""The engine's own time per model turn with the OpenAI-compatible backends, against the
fake OpenAI server (in its own process, as a real server is) through the official SDK. Each
run is a function call (turn one) and a text answer (turn two); the server's own time for
each request is subtracted: from its request line arriving to the last byte of the answer
sent (parsing the request, its simulated latency, streaming).

    python benchmarks/providers.py [--runs 60] [--latency-ms 20] [--json]

turn_overhead_p50_ms                 openai_chat, per model turn: from the engine starting
                                     the turn (reading the run and its context) to the
                                     turn's results committed, minus the server's time
responses_turn_overhead_p50_ms       openai_responses, the same
run_overhead_per_turn_p50_ms         openai_chat, whole runs: (wall time from runs.create to
                                     `done`, minus server time) / 2 — adds creating and
                                     starting the run and running the function
responses_run_overhead_per_turn_p50_ms   openai_responses, the same
server_latency_ms                    the simulated latency of each request
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._report import emit, percentile  # noqa: E402
from services import assistants, runs, threads  # noqa: E402
from services.config import Settings  # noqa: E402
from services.engine.engine import Engine  # noqa: E402
from services.tools.functions import FunctionRegistry  # noqa: E402
from tests.fakes.openai_server import hosted, text, tool_calls  # noqa: E402

KEY = "sk-bench-0000000000000000"
TURNS = 2
WARMUP = 5
ROOT = Path(__file__).resolve().parents[1]


def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


class Server:
    """The fake server in a child process, scripted up front; its handling times are read
    back over HTTP."""

    def __init__(self, backend: str, runs: int, latency: float) -> None:
        call = ("c1", "add", '{"a": 20, "b": 22}')
        answer = "The sum is 42, as the function computed."
        if backend == "openai_chat":
            turns = [tool_calls(call), text(answer)] * runs
        else:
            turns = [hosted(("call", *call)), hosted(("text", answer))] * runs
        key = "chat" if backend == "openai_chat" else "responses"
        config = {"api_key": KEY, "latency": latency, key: [dataclasses.asdict(t) for t in turns]}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.fakes.openai_server"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(config) + "\n")
        self.process.stdin.flush()
        self.url = self.process.stdout.readline().strip()

    def handling_seconds(self) -> list[float]:
        request = urllib.request.Request(
            f"{self.url}/_fake/stats", headers={"Authorization": f"Bearer {KEY}"}
        )
        with urllib.request.urlopen(request, timeout=5) as reply:
            return list(json.load(reply)["handling_seconds"])

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


def measure(
    backend: str, count: int, latency: float, data_dir: Path
) -> tuple[list[float], list[float]]:
    """(per-turn overheads, whole-run overheads per turn), in ms."""
    registry = FunctionRegistry()
    registry.register(add)
    settings = Settings(_env_file=None, data_dir=data_dir, sandbox_warm_kernels=0)  # type: ignore[call-arg]
    fake = Server(backend, count + WARMUP, latency)
    turns: list[float] = []
    try:
        with Engine(settings, functions=registry) as engine:
            engine.executor.on_turn = lambda _run, _number, seconds: turns.append(seconds)
            walls = _runs(engine, backend, count, fake.url)
        server = fake.handling_seconds()
    finally:
        fake.close()
    # One request per turn, two turns per run, in order; the warm-up runs come first.
    skip = WARMUP * TURNS
    per_turn = [(t - s) * 1000 for t, s in zip(turns[skip:], server[skip:], strict=True)]
    per_run = [server[2 * n] + server[2 * n + 1] for n in range(len(server) // 2)][WARMUP:]
    whole = [(wall - spent) / TURNS * 1000 for wall, spent in zip(walls, per_run, strict=True)]
    return per_turn, whole


def _runs(engine: Engine, backend: str, count: int, url: str) -> list[float]:
    engine.secrets.set("bench", KEY)
    with engine.db.session() as session:
        assistant = assistants.create(
            session=session,
            model_backend=backend,
            model="fake-model",
            tools=[{"type": "function", "function": {"name": "add"}}],
            connection={"preset": "custom", "base_url": url, "key": "secret:bench"},
        )
    walls = []
    for number in range(count + WARMUP):  # the first runs warm the client and caches
        with engine.db.session() as session:
            thread = threads.create(session=session)  # a question in a new thread, each run
            threads.create_message(session=session, thread_id=thread.id, content="1+1?")
            started = time.perf_counter()
            run = runs.create(session=session, thread_id=thread.id, assistant_id=assistant.id)
        final = ""
        for event in engine.subscribe(run.id, timeout=60):
            final = event.event if event.event.startswith("thread.run.") else final
        wall = time.perf_counter() - started
        if final != "thread.run.completed":
            raise SystemExit(f"run {number} ended {final}")
        if number >= WARMUP:
            walls.append(wall)
    return walls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wb-providers-") as tmp:
        latency = args.latency_ms / 1000
        chat, chat_runs = measure("openai_chat", args.runs, latency, Path(tmp) / "chat")
        responses, responses_runs = measure(
            "openai_responses", args.runs, latency, Path(tmp) / "responses"
        )
    figures: dict[str, float] = {"runs": args.runs, "server_latency_ms": args.latency_ms}
    for prefix, per_turn, whole in (
        ("", chat, chat_runs),
        ("responses_", responses, responses_runs),
    ):
        figures[f"{prefix}turn_overhead_p50_ms"] = round(statistics.median(per_turn), 2)
        figures[f"{prefix}turn_overhead_p95_ms"] = round(percentile(per_turn, 0.95), 2)
        figures[f"{prefix}run_overhead_per_turn_p50_ms"] = round(statistics.median(whole), 2)
    emit(figures, as_json=args.json)


if __name__ == "__main__":
    main()
