"""The offline analyst on a development set, fast: cells run in this process
(tests/analyst_inprocess.py), so a whole pass takes seconds. For tuning only; official
figures come from benchmarks/sealed_analyst.py with real kernels.

    python benchmarks/dev_analyst.py [--set devset] [--kind KIND] [--verbose] [--json]

declines_offering   declines of answerable turns that offer the question reworded
                    ("Did you mean “score” as `rating`?", services/llm/offline/askback.py)
declines_recovered  … where one of those rewordings, asked next as its button does, is right
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
from services.chat import offered_questions  # noqa: E402
from services.llm.offline.decline import OFFERED  # noqa: E402
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


def recovers(table: Path, asked: list[str], offers: list[str], gold: object) -> str | None:
    """The rewording a decline offers ("Did you mean …") that answers right, asked next in
    the same conversation as a click on its button does; None if none does."""
    for offer in offers:
        chat = Conversation(table)
        for question in asked:
            chat.ask(question)
        text, charts = chat.ask(offer)
        if grade(gold, text, charts)[0]:
            return offer
    return None


def measure(name: str, kind: str | None, verbose: bool) -> dict[str, object]:
    if name == "suite":
        cases, tables = suite_cases()
    else:
        cases = importlib.import_module(f"tests.{name}.questions").cases()
        tables = Path(importlib.import_module(f"tests.{name}").__file__ or "").parent / "tables"
    per_kind: dict[str, list[bool]] = defaultdict(list)
    times: list[float] = []
    fabrications = declines = answerable = offered = recovered = 0
    for case in cases:
        if kind and case.kind != kind:
            continue
        chat = Conversation(tables / case.table)
        asked: list[str] = []
        for question, gold in case.turns:
            asked.append(question)
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
                if declined(text):
                    offers = offered_questions(text, question, (OFFERED,))
                    offered += bool(offers)
                    recovery = recovers(tables / case.table, asked, offers, gold)
                    recovered += recovery is not None
                    if verbose:
                        print(f"OFFER [{case.kind}] {case.table}: {question!r} {offers} → "
                              f"{recovery!r}", file=sys.stderr)  # fmt: skip
            if verbose and not passed:
                print(f"FAIL [{case.kind}] {case.table}: {question!r} {why}", file=sys.stderr)
                print("   " + text[:600].replace("\n", "\n   "), file=sys.stderr)
    total = sum(len(v) for v in per_kind.values())
    correct = sum(sum(v) for v in per_kind.values())
    return {
        "accuracy": round(correct / max(total, 1), 4),
        "fabrications": fabrications,
        "declines_answerable": declines,
        "declines_offering": offered,  # declines that offer the question reworded
        "declines_recovered": recovered,  # … one of which the user clicks and gets right
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
