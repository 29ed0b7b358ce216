"""The offline analyst on the sealed set (tests/sealed/): conversations over tables it was
never tuned on, gold computed independently with pandas. Run it rarely, and never tune on
its failures.

    python benchmarks/sealed_analyst.py [--set sealed|sealed2|…|sealed17] [--json] [--limit N]
        [--verbose]

Two sealed sets: tests/sealed (measured before and after issue 12's work) and
tests/sealed2 (written during it by a helper who never saw the analyst's code; measured once,
at the end).

sealed_accuracy             share of turns answered correctly (tests/integration/grading.py)
sealed_fabrications         unanswerable turns where the reply did not decline or quoted a number
sealed_declines_answerable  answerable turns where the reply said it can't / cannot answer
answer_p95_ms               95th percentile of question → final answer, per turn
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._report import emit, percentile  # noqa: E402
from services.config import Settings  # noqa: E402
from services.engine.engine import Engine  # noqa: E402
from tests.analyst import OfflineAnalyst  # noqa: E402
from tests.integration.grading import chart_types, declined, grade  # noqa: E402
from tests.integration.offline_suite import NoAnswer  # noqa: E402
from tests.sealed.cases import SealedCase  # noqa: E402


def run_case(
    bench: OfflineAnalyst, case: SealedCase, verbose: bool, tables: Path
) -> list[tuple[bool, bool, bool, float]]:
    """Per turn: (passed, is unanswerable, declined, milliseconds)."""
    thread_id, file_id = bench.thread(case.table, (tables / case.table).read_bytes())
    results = []
    for number, (question, gold) in enumerate(case.turns):
        answer = bench.ask(thread_id, question, file_id if number == 0 else None)
        reply, seconds = answer.reply, answer.seconds
        text = reply.text if reply is not None else ""
        charts = chart_types(bench.engine, reply) if reply is not None else []
        passed, why = grade(gold, text, charts)
        results.append((passed, isinstance(gold, NoAnswer), declined(text), seconds * 1000))
        if verbose:
            mark = "ok  " if passed else "FAIL"
            print(f"{mark} [{case.kind}] {case.table}: {question!r} {why}", file=sys.stderr)
    bench.engine.sandbox.close_session(thread_id)
    return results


def measure(limit: int | None, verbose: bool, name: str = "sealed") -> dict[str, object]:
    package = importlib.import_module(f"tests.{name}.questions")
    tables = Path(package.__file__ or "").parent / "tables"
    selected = package.cases()[:limit]
    per_kind: dict[str, list[bool]] = defaultdict(list)
    times: list[float] = []
    fabrications = declines = answerable = 0
    with tempfile.TemporaryDirectory(prefix="wb-sealed-") as tmp:
        settings = Settings(
            _env_file=None,
            data_dir=Path(tmp) / "data",  # type: ignore[call-arg]
            sandbox_dir=Path(tmp),
            worker_threads=2,
            sandbox_warm_kernels=2,
            sandbox_max_kernels=4,
        )
        with Engine(settings) as engine:
            engine.sandbox.wait_warm(2, timeout=120)
            bench = OfflineAnalyst(engine)
            for case in selected:
                for passed, unanswerable, said_no, ms in run_case(bench, case, verbose, tables):
                    per_kind[case.kind].append(passed)
                    times.append(ms)
                    if unanswerable:
                        fabrications += not passed
                    else:
                        answerable += 1
                        declines += said_no
    total = sum(len(v) for v in per_kind.values())
    correct = sum(sum(v) for v in per_kind.values())
    return {
        "sealed_accuracy": round(correct / total, 4),
        "sealed_fabrications": fabrications,
        "sealed_declines_answerable": declines,
        "sealed_declines_answerable_share": round(declines / max(answerable, 1), 4),
        "answer_p95_ms": round(percentile(times, 0.95), 1),
        "answer_p50_ms": round(percentile(times, 0.5), 1),
        "cases": len(selected),
        "turns": total,
        "unanswerable_turns": total - answerable,
        "per_kind": {kind: f"{sum(v)}/{len(v)}" for kind, v in sorted(per_kind.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    parser.add_argument("--limit", type=int, help="only the first N cases (a smoke test)")
    parser.add_argument("--verbose", action="store_true", help="each turn's grade on stderr")
    sets = [f"sealed{n}" for n in ("", *range(2, 29))]
    parser.add_argument("--set", default="sealed", choices=sets)
    args = parser.parse_args()
    emit(measure(args.limit, args.verbose, args.set), as_json=args.json)


if __name__ == "__main__":
    main()
