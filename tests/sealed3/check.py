"""Sanity check of the third sealed set: every case loads, every gold is computed (no
exception, no NaN or infinite number, tables exist), and the counts per kind.

    python -m tests.sealed3.check [--show]    # --show: every question with its gold
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from pathlib import Path

from tests.integration.offline_suite import Chart, NoAnswer, Num, Ranked
from tests.sealed3.cases import TABLES, SealedCase
from tests.sealed3.questions import cases

KINDS = {
    "aggregate",
    "group",
    "ranking",
    "chart",
    "compare",
    "coverage",
    "date-part",
    "derived",
    "per-normalise",
    "percent-change",
    "numbers-in-question",
    "units-columns",
    "long-format",
    "follow-up",
    "unanswerable",
}


def check(case: SealedCase, tables: Path = TABLES, kinds: set[str] = KINDS) -> None:
    assert case.kind in kinds, case.kind
    assert (tables / case.table).is_file(), case.table
    assert case.turns, case
    if case.kind == "follow-up":
        assert 2 <= len(case.turns) <= 3, case
    else:
        assert len(case.turns) == 1, case
    for question, gold in case.turns:
        assert question.strip(), case
        if isinstance(gold, Num):
            assert gold.values and all(math.isfinite(v) for v in gold.values), (question, gold)
        elif isinstance(gold, Ranked):
            assert gold.items, (question, gold)
            assert all(math.isfinite(v) and label for label, v in gold.items), (question, gold)
        elif isinstance(gold, NoAnswer):
            assert case.kind in ("unanswerable", "follow-up"), question
        else:
            assert isinstance(gold, Chart), (question, gold)
        if case.kind == "unanswerable":
            assert isinstance(gold, NoAnswer), question


def show(case: SealedCase) -> str:
    lines = [f"[{case.kind}] {case.table}"]
    for question, gold in case.turns:
        lines.append(f"    {question!r} -> {gold}")
    return "\n".join(lines) + "\n"


def main(
    every: list[SealedCase] | None = None, tables: Path = TABLES, kinds: set[str] = KINDS
) -> None:
    """Check a set (this one by default; later sets pass their own cases, tables, kinds)."""
    every = cases() if every is None else every
    for case in every:
        check(case, tables, kinds)
        if "--show" in sys.argv:
            sys.stdout.write(show(case))
    firsts = [case.turns[0][0] for case in every]
    assert len(set(firsts)) == len(firsts), "a conversation's first question is repeated"
    conversations = Counter(case.kind for case in every)
    turns = Counter()
    for case in every:
        turns[case.kind] += len(case.turns)
    tables = {case.table for case in every}
    sys.stdout.write(
        f"{len(every)} conversations, {sum(turns.values())} turns, {len(tables)} tables" + "\n"
    )
    sys.stdout.write("| kind | conversations | turns |\n| --- | --- | --- |\n")
    for kind in sorted(conversations):
        sys.stdout.write(f"| {kind} | {conversations[kind]} | {turns[kind]} |\n")
    per_table = Counter(case.table for case in every)
    for table in sorted(per_table):
        sys.stdout.write(f"{table}: {per_table[table]} conversations\n")
    no = sum(isinstance(g, NoAnswer) for case in every for _, g in case.turns)
    sys.stdout.write(f"NoAnswer turns: {no}\n")


def wider(every: list[SealedCase], tables: Path, kinds: set[str]) -> None:
    """The checks of the later sets (the eleventh on): every table is used, every kind has
    at least twelve conversations, an unanswerable question carries no digit; then main."""
    used = {case.table for case in every}
    assert used == {path.name for path in tables.glob("*.csv")}, used
    per_kind = Counter(case.kind for case in every)
    assert set(per_kind) == kinds, set(per_kind) ^ kinds
    assert min(per_kind.values()) >= 12, per_kind
    for case in every:
        if case.kind == "unanswerable":
            assert not re.search(r"\d", case.turns[0][0]), case.turns[0][0]
    main(every, tables, kinds)


if __name__ == "__main__":
    main()
