"""Engine overhead with the scripted backend and no tools: time from runs.create to the
first thread.message.delta and to thread.run.completed, over N sequential runs.

    python benchmarks/engine_overhead.py [--runs 200] [--json]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._report import emit, percentile  # noqa: E402
from services import assistants, runs, threads  # noqa: E402
from services.config import Settings  # noqa: E402
from services.engine.engine import Engine  # noqa: E402
from services.llm.registry import BackendRegistry  # noqa: E402
from services.llm.scripted import ScriptedBackend  # noqa: E402

REPLY = [
    [
        {"type": "text", "text": "Total revenue was 1,234,567 EUR in 2024.", "chunk": 8},
        {"type": "usage", "prompt_tokens": 50, "completion_tokens": 12},
    ]
]


def measure(count: int, data_dir: Path) -> dict[str, float]:
    backends = BackendRegistry()
    backends.register(ScriptedBackend({"bench": REPLY}))
    settings = Settings(_env_file=None, data_dir=data_dir, sandbox_warm_kernels=0)  # type: ignore[call-arg]
    seen: dict[str, dict[str, float]] = {}
    finished = threading.Condition()

    def on_event(event) -> None:
        stamp = time.perf_counter()
        marks = seen.setdefault(event.run_id, {})
        if event.event == "thread.message.delta":
            marks.setdefault("first_delta", stamp)
        elif event.event == "thread.run.completed":
            marks["completed"] = stamp
            with finished:
                finished.notify_all()

    first_delta, completed = [], []
    with Engine(settings, backends=backends) as engine:
        engine.bus.add_listener(on_event)
        with engine.db.session() as session:
            assistant = assistants.create(session=session, model_backend="scripted", model="bench")
        for number in range(count + 5):  # the first few warm caches up and are not counted
            with engine.db.session() as session:
                thread = threads.create(
                    session=session, messages=[{"content": f"Question {number}?"}]
                )
            started = time.perf_counter()
            with engine.db.session() as session:
                run = runs.create(session=session, thread_id=thread.id, assistant_id=assistant.id)
            with finished:
                done = finished.wait_for(
                    lambda run_id=run.id: "completed" in seen.get(run_id, {}), timeout=30
                )
                if not done:
                    raise RuntimeError(f"run {run.id} did not complete")
            if number >= 5:
                first_delta.append((seen[run.id]["first_delta"] - started) * 1000)
                completed.append((seen[run.id]["completed"] - started) * 1000)
    return {
        "runs": count,
        "first_delta_p50_ms": round(statistics.median(first_delta), 2),
        "first_delta_p95_ms": round(percentile(first_delta, 0.95), 2),
        "completed_p50_ms": round(statistics.median(completed), 2),
        "completed_p95_ms": round(percentile(completed, 0.95), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        figures = measure(args.runs, Path(tmp) / "data")
    emit(figures, as_json=args.json)


if __name__ == "__main__":
    main()
