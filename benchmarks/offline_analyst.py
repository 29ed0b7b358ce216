"""The offline analyst: planning speed, answer latency with a warm kernel, and accuracy on
the question suite (tests/integration/offline_suite.py), in one run.

    python benchmarks/offline_analyst.py [--json] [--quick]

plan_p50_ms    question → analysis code (parsing and planning only, no execution)
answer_p50_ms  question → final answer, chart questions, the thread's kernel already warm
accuracy       share of the suite answered correctly (graded against independent pandas)
sealed_*       accuracy, fabrications and declines of answerable questions on the sealed set
sealed2_*      the same on the second sealed set (tests/sealed2)
sealed4_*      the same on the fourth (tests/sealed4)
sealed5_*      the same on the fifth (tests/sealed5)
sealed6_*      the same on the sixth (tests/sealed6; a development set since 2026-12-01)
sealed7_*      the same on the seventh (tests/sealed7; a development set since 2026-12-01)
sealed8_*      the same on the eighth (tests/sealed8; a development set since 2026-12-01)
sealed9_*      the same on the ninth (tests/sealed9; a development set since 2026-12-01)
sealed10_*     the same on the tenth (tests/sealed10; measured before and after, now spent)
sealed11_*     the same on the eleventh (tests/sealed11; measured before and after)
sealed12_*     the same on the twelfth (tests/sealed12; two helpers, two styles)
sealed13_*     the same on the thirteenth (tests/sealed13; two helpers, two more styles)
sealed23_*     the same on the twenty-third (tests/sealed23; a data journalist fact-checking a
               draft, and a business owner dictating by voice; a development set since
               the eleventh round)
sealed24_*     the same on the twenty-fourth (tests/sealed24; a spreadsheet power user's
               Excel-isms, and a busy manager's emails; a development set since the twelfth
               round)
sealed25_*     the same on the twenty-fifth (tests/sealed25; a product manager's dashboard
               jargon, and a business owner typing on a phone; a development set since the
               thirteenth round)
sealed26_*     the same on the twenty-sixth (tests/sealed26; a data engineer's pseudo-SQL, and
               a charity programme officer's report questions; a development set since the
               fourteenth round)
sealed27_*     the same on the twenty-seventh (tests/sealed27; an analyst writing English as a
               second language, and a bookkeeper's month-end questions; a development set
               since the fifteenth round)
sealed28_*     the same on the twenty-eighth (tests/sealed28; a chatty colleague who wraps
               each question in conversation, and a small firm's owner-operator), the newest
               (14 to 22: sealed_analyst.py --set)
answer_p95_ms  the sealed set's 95th percentile answer time
answer_1m_rows_ms     first question on a 1,000,000-row table (its card made at upload, as the
                      chat page does); answer_1m_followup_ms  the next question
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from benchmarks._report import emit  # noqa: E402
from services import threads  # noqa: E402
from services.config import Settings  # noqa: E402
from services.engine.engine import Engine  # noqa: E402
from services.llm.offline import understand  # noqa: E402
from services.llm.offline.plan import code_for  # noqa: E402
from services.llm.offline.query import Unanswerable  # noqa: E402
from services.llm.offline.schema import SCHEMA_MARK, inspection_code, read_schemas  # noqa: E402
from tests.analyst import OfflineAnalyst  # noqa: E402
from tests.datasets import csv_bytes, frame  # noqa: E402
from tests.integration.grading import chart_types, grade  # noqa: E402
from tests.integration.offline_suite import CASES  # noqa: E402

CHART_QUESTIONS = [
    "Total revenue by region",
    "monthly revenue in 2024",
    "distribution of unit price",
    "share of revenue by channel",
    "correlation between units and revenue",
    "top 3 products by units",
]


def plan_times(engine: Engine) -> list[float]:
    """Schemas come from a real inspection cell; then only parsing and planning is timed."""
    schemas = {}
    for table in sorted({case.table for case in CASES}):
        session = engine.sandbox.acquire(f"plan-{table}")
        path = f"{session.kernel.work_path}/{table}"
        (session.work / table).write_bytes(csv_bytes(table))
        code, _ = inspection_code([{"path": path}])
        output = session.kernel.execute(code, timeout=60).logs
        assert SCHEMA_MARK in output, output[-500:]
        schemas[table] = read_schemas(output)
        engine.sandbox.close_session(f"plan-{table}")
    times = []
    for _ in range(3):
        for case in CASES:
            started = time.perf_counter()
            plan = understand(case.questions[-1], list(case.questions[:-1]), schemas[case.table])
            if not isinstance(plan, Unanswerable):
                code_for(plan[0])
            times.append((time.perf_counter() - started) * 1000)
    return times


def measure(quick: bool) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="wb-bench-") as tmp:
        settings = Settings(
            _env_file=None,
            data_dir=Path(tmp) / "data",  # type: ignore[call-arg]
            sandbox_dir=Path(tmp),
            sandbox_warm_kernels=2,
            sandbox_max_kernels=8,
        )
        with Engine(settings) as engine:
            engine.sandbox.wait_warm(2, timeout=120)
            bench = OfflineAnalyst(engine)
            plans = plan_times(engine)

            thread_id, file_id = bench.thread("sales.csv", csv_bytes("sales.csv"))
            bench.ask(thread_id, "How many rows are there?", file_id)  # warms the kernel
            answers = [
                bench.ask(thread_id, question).seconds * 1000
                for _ in range(2)
                for question in CHART_QUESTIONS
            ]

            per_kind: dict[str, list[bool]] = defaultdict(list)
            for case in CASES[:: 6 if quick else 1]:
                thread_id, file_id = bench.thread(case.table, csv_bytes(case.table))
                for number, question in enumerate(case.questions):
                    reply = bench.ask(thread_id, question, file_id if number == 0 else None).reply
                engine.sandbox.close_session(thread_id)
                passed, _ = grade(
                    case.gold(frame(case.table)), reply.text, chart_types(engine, reply)
                )
                per_kind[case.kind].append(passed)
    total = sum(len(v) for v in per_kind.values())
    correct = sum(sum(v) for v in per_kind.values())
    return {
        "plan_p50_ms": round(statistics.median(plans), 3),
        "plan_p95_ms": round(sorted(plans)[int(len(plans) * 0.95)], 3),
        "answer_p50_ms": round(statistics.median(answers), 1),
        "accuracy": round(correct / total, 4),
        "questions": total,
        "per_kind": {kind: f"{sum(v)}/{len(v)}" for kind, v in sorted(per_kind.items())},
    }


def million_rows() -> dict[str, float]:
    """A question on a 1M-row table (45 MB of CSV; under the big-file size, so loaded whole)."""
    rng = np.random.default_rng(5)
    rows = 1_000_000
    day = pd.Timestamp("2022-01-01") + pd.to_timedelta(rng.integers(0, 1000, rows), unit="D")
    table = pd.DataFrame(
        {
            "orderId": np.arange(rows),
            "orderDate": day.strftime("%Y-%m-%d"),
            "region": rng.choice(["North", "South", "East", "West"], rows),
            "product": rng.choice([f"P{i}" for i in range(40)], rows),
            "qty": rng.integers(1, 20, rows),
            "amount": np.round(rng.uniform(1, 500, rows), 2),
        }
    )
    with tempfile.TemporaryDirectory(prefix="wb-1m-") as tmp:
        path = Path(tmp) / "orders_1m.csv"
        table.to_csv(path, index=False)
        settings = Settings(
            _env_file=None,
            data_dir=Path(tmp) / "data",  # type: ignore[call-arg]
            sandbox_warm_kernels=1,
        )
        with Engine(settings) as engine:
            engine.sandbox.wait_warm(1, timeout=120)
            bench = OfflineAnalyst(engine)
            thread_id, file_id = bench.thread("orders_1m.csv", path.read_bytes())
            with engine.db.session() as session:  # uploaded and attached: the card is made
                threads.create_message(
                    session=session,
                    thread_id=thread_id,
                    content="(the data)",
                    attachments=[{"file_id": file_id, "tools": [{"type": "code_interpreter"}]}],
                )
            engine.code_interpreter.describe(thread_id)
            first = bench.ask(thread_id, "total amount by region in 2023", timeout=300)
            second = bench.ask(thread_id, "avg qty on saturdays", timeout=300)
    assert first.run.status == second.run.status == "completed"
    return {
        "answer_1m_rows_ms": round(first.seconds * 1000, 1),
        "answer_1m_followup_ms": round(second.seconds * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    parser.add_argument("--quick", action="store_true", help="a sixth of the suite")
    args = parser.parse_args()
    figures = measure(args.quick)
    # The sealed set (tests/sealed): questions the analyst was never tuned on.
    from sealed_analyst import measure as sealed

    held_out = sealed(10 if args.quick else None, False)
    for key in ("sealed_accuracy", "sealed_fabrications", "sealed_declines_answerable"):
        figures[key] = held_out[key]
    figures["answer_p95_ms"] = held_out["answer_p95_ms"]
    others = ("sealed2", "sealed4", "sealed5", "sealed6", "sealed7", "sealed8", "sealed9")
    for name in (
        *others,
        "sealed10",
        "sealed11",
        "sealed12",
        "sealed13",
        "sealed23",
        "sealed24",
        "sealed25",
        "sealed26",
        "sealed27",
        "sealed28",
    ):
        other = sealed(10 if args.quick else None, False, name)
        for key in ("sealed_accuracy", "sealed_fabrications", "sealed_declines_answerable"):
            figures[key.replace("sealed", name)] = other[key]
    figures.update(million_rows())
    emit(figures, as_json=args.json)


if __name__ == "__main__":
    main()
