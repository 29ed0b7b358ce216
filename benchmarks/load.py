"""Sixteen analysts on one workbench at once, with two CPU hogs running: each in its own
thread drives the engine exactly as the chat page does (upload a CSV with the first question,
then four more: two charts and a follow-up) and waits for every reply.

    python benchmarks/load.py [--json] [--analysts N]

runs, failed_runs           runs started / not ending `completed`
false_kernel_deaths         kernels reported dead (start or execution) that were not killed
                            for using too much memory
lock_errors                 "database is locked" anywhere (runs, logs)
question_p50_ms / p95_ms    question sent → reply complete
questions_per_minute        over the whole run
peak_rss_mb_app / _kernels  the app process's peak; the kernels' largest sum, sampled
"""

from __future__ import annotations

import argparse
import logging
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._report import emit, percentile  # noqa: E402
from services import chat, runs, threads  # noqa: E402
from services.config import Settings  # noqa: E402
from services.engine.engine import Engine  # noqa: E402
from tests.datasets import csv_bytes  # noqa: E402

QUESTIONS = [
    "What is the total revenue by region?",
    "Show the monthly revenue as a line chart",
    "Which product has the highest average unit price?",
    "Show the distribution of units as a histogram",
    "now only for the North region",
]
DEATHS = ("Kernel died", "kernel did not start", "The kernel died", "kernel is not running")


class Tally(logging.Handler):
    """Counts log records that mean a lock error or a kernel death."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.locks = 0
        self.deaths = 0

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += str(record.exc_info[1])
        self.locks += "database is locked" in text
        self.deaths += any(d in text for d in DEATHS)


def analyst(engine: Engine, assistant_id: str, index: int, report: dict) -> None:
    with engine.db.session() as session:
        thread_id = threads.create(session=session).id
    for number, question in enumerate(QUESTIONS):
        uploads = [chat.Upload("sales.csv", _bytes())] if number == 0 else []
        started = time.perf_counter()
        with engine.db.session() as session:
            _, run, _ = chat.ask(
                session=session,
                files=engine.files,
                thread_id=thread_id,
                assistant_id=assistant_id,
                text=question,
                uploads=uploads,
            )
        list(engine.subscribe(run.id, timeout=600))
        elapsed = (time.perf_counter() - started) * 1000
        with engine.db.reader() as session:
            finished = runs.retrieve(session=session, thread_id=thread_id, run_id=run.id)
            steps = runs.list_steps(session=session, thread_id=thread_id, run_id=run.id).data
        notes = " ".join(
            output.logs or ""
            for step in steps
            if step.type == "tool_calls"
            for call in step.step_details.tool_calls
            if call.type == "code_interpreter"
            for output in call.code_interpreter.outputs
            if output.type == "logs"
        )
        with report["lock"]:
            report["times"].append(elapsed)
            report["runs"] += 1
            if finished.status != "completed":
                report["failed"] += 1
                message = finished.last_error.message if finished.last_error else ""
                report["failures"].append(f"{index}/{number}: {finished.status} {message}")
                report["locks"] += "database is locked" in message
                report["deaths"] += any(d in message for d in DEATHS)
            if "memory" not in notes:
                report["deaths"] += any(d in notes for d in DEATHS)


def _bytes():
    import io

    return io.BytesIO(csv_bytes("sales.csv"))


def kernels_rss_mb(engine: Engine) -> float:
    return sum(s.kernel.private_memory_bytes() for s in engine.sandbox.sessions()) / 1024**2


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--analysts", type=int, default=16)
    args = parser.parse_args()
    tally = Tally()
    logging.getLogger().addHandler(tally)
    logging.getLogger().setLevel(logging.INFO)
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    report: dict = {"lock": threading.Lock(), "times": [], "runs": 0, "failed": 0,
                    "failures": [], "locks": 0, "deaths": 0}  # fmt: skip
    peak_kernels = 0.0
    try:
        with tempfile.TemporaryDirectory(prefix="wb-load-") as tmp:
            settings = Settings(
                _env_file=None,  # type: ignore[call-arg]
                data_dir=Path(tmp) / "data",
                sandbox_dir=Path(tmp),
                sandbox_max_kernels=max(16, args.analysts),
            )
            with Engine(settings) as engine:
                with engine.db.session() as session:
                    assistant = chat.default_assistant(session=session, settings=settings)
                started = time.perf_counter()
                workers = [
                    threading.Thread(target=analyst, args=(engine, assistant.id, n, report))
                    for n in range(args.analysts)
                ]
                for worker in workers:
                    worker.start()
                while any(w.is_alive() for w in workers):
                    peak_kernels = max(peak_kernels, kernels_rss_mb(engine))
                    time.sleep(0.5)
                wall = time.perf_counter() - started
    finally:
        for hog in hogs:
            hog.kill()
    times = report["times"]
    figures = {
        "runs": report["runs"],
        "failed_runs": report["failed"],
        "false_kernel_deaths": report["deaths"] + tally.deaths,
        "lock_errors": report["locks"] + tally.locks,
        "question_p50_ms": round(percentile(times, 0.5)),
        "question_p95_ms": round(percentile(times, 0.95)),
        "questions_per_minute": round(len(times) / wall * 60, 1),
        "peak_rss_mb_app": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_rss_mb_kernels": round(peak_kernels),
    }
    for failure in report["failures"][:10]:
        print("failed:", failure, file=sys.stderr)
    emit(figures, as_json=args.json)


if __name__ == "__main__":
    main()
