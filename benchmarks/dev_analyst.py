"""The offline analyst on a development set, fast: cells run in this process
(tests/analyst_inprocess.py), so a whole pass takes seconds. For tuning only; official
figures come from benchmarks/sealed_analyst.py with real kernels.

    python benchmarks/dev_analyst.py [--set devset] [--kind KIND] [--verbose] [--json]
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._report import emit, percentile  # noqa: E402
from tests.analyst_inprocess import Conversation  # noqa: E402
from tests.datasets import csv_bytes, frame  # noqa: E402
from tests.integration.grading import declined, grade  # noqa: E402
from tests.integration.offline_suite import (
    CASES,  # noqa: E402
    NoAnswer,  # noqa: E402
)
from tests.sealed.cases import SealedCase  # noqa: E402


def suite_cases() -> tuple[list[SealedCase], Path]:
    """The first suite (tests/integration/offline_suite.py) as conversations graded on
    their last turn, its tables written to a temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="wb-suite-"))
    found = []
    for case in CASES:
        path = folder / case.table
        if not path.exists():
            path.write_bytes(csv_bytes(case.table))
        gold = case.gold(frame(case.table))
        turns = [(q, None) for q in case.questions[:-1]] + [(case.questions[-1], gold)]
        found.append(SealedCase(case.table, turns, case.kind))  # type: ignore[arg-type]
    return found, folder


def measure(name: str, kind: str | None, verbose: bool) -> dict[str, object]:
    if name == "suite":
        cases, tables = suite_cases()
    else:
        cases = importlib.import_module(f"tests.{name}.questions").cases()
        tables = Path(importlib.import_module(f"tests.{name}").__file__ or "").parent / "tables"
    per_kind: dict[str, list[bool]] = defaultdict(list)
    times: list[float] = []
    fabrications = declines = answerable = 0
    for case in cases:
        if kind and case.kind != kind:
            continue
        chat = Conversation(tables / case.table)
        for question, gold in case.turns:
            started = time.perf_counter()
            text, charts = chat.ask(question)
            times.append((time.perf_counter() - started) * 1000)
            if gold is None:
                continue
            passed, why = grade(gold, text, charts)
            per_kind[case.kind].append(passed)
            if isinstance(gold, NoAnswer):
                fabrications += not passed
            else:
                answerable += 1
                declines += declined(text)
            if verbose and not passed:
                print(f"FAIL [{case.kind}] {case.table}: {question!r} {why}", file=sys.stderr)
                print("   " + text[:600].replace("\n", "\n   "), file=sys.stderr)
    total = sum(len(v) for v in per_kind.values())
    correct = sum(sum(v) for v in per_kind.values())
    return {
        "accuracy": round(correct / max(total, 1), 4),
        "fabrications": fabrications,
        "declines_answerable": declines,
        "turns": total,
        "p95_ms": round(percentile(times, 0.95), 1),
        "per_kind": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(per_kind.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", default="devset", help="a package under tests/ with questions")
    parser.add_argument("--kind", help="only cases of this kind")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    emit(measure(args.set, args.kind, args.verbose), as_json=args.json)


if __name__ == "__main__":
    main()
