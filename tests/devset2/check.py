"""Sanity check of the second development set: builds every case (computing every gold),
refuses NaN or infinite gold, tables missing from tables/ and questions asked twice, and
prints the counts per kind and per table.

    python -m tests.devset2.check
"""

from __future__ import annotations

import math
import sys
from collections import Counter

from tests.devset2.cases import TABLES, csv_bytes
from tests.devset2.questions import cases
from tests.integration.offline_suite import Chart, NoAnswer, Num, Ranked


def main() -> None:
    built = cases()
    conversations, turns, tables = Counter(), Counter(), Counter()
    charts = Counter()
    seen = set()
    for case in built:
        assert csv_bytes(case.table), case.table
        conversations[case.kind] += 1
        turns[case.kind] += len(case.turns)
        tables[case.table] += len(case.turns)
        assert case.kind != "follow-up" or 2 <= len(case.turns) <= 3, case
        for question, gold in case.turns:
            key = (case.table, question.lower())
            assert key not in seen or len(case.turns) > 1, key
            seen.add(key)
            if isinstance(gold, Num):
                values = gold.values
            elif isinstance(gold, Ranked):
                values = tuple(value for _, value in gold.items)
            else:
                assert isinstance(gold, Chart | NoAnswer), gold
                values = ()
                if isinstance(gold, Chart):
                    charts[gold.trace] += 1
            assert values or not isinstance(gold, Num | Ranked), (question, gold)
            assert all(math.isfinite(v) for v in values), (question, gold)
    out = sys.stdout
    out.write(f"{len(built)} conversations, {sum(turns.values())} turns, {len(tables)} tables\n")
    out.write("| kind | conversations | turns |\n| --- | --- | --- |\n")
    for kind in sorted(conversations):
        out.write(f"| {kind} | {conversations[kind]} | {turns[kind]} |\n")
    out.write(f"charts: {dict(charts)}\n")
    for name in sorted(tables):
        out.write(f"{name}: {tables[name]} turns\n")
    unused = {p.name for p in TABLES.glob("*.csv")} - set(tables)
    assert not unused, unused


if __name__ == "__main__":
    main()
