"""The sealed evaluation corpus for the data-file loader.

`build(directory)` writes every corpus file (deterministic bytes) and returns the cases that
say what loading each file must give. Run `python -m tests.corpus.build` to see the counts.

Decisions beyond the written policy (the gold follows them):
- A name longer than 255 bytes cannot exist on disk: such a case keeps the upload name in
  `file` and says where its bytes are in `disk_name` (`Case.stored_as` is the name to open).
- Ragged rows are repaired, not dropped: `rows` counts them; their cells are not checked,
  except that a missing trailing field is missing (None).
- A header repeated after a blank line (a paged report) is a repeated header, not a new
  table: only a header that differs starts another table.
- Big integers are checked as exact digit strings (int or str may be loaded); columns of
  them carry no numeric/text demand. 20-digit ids beyond int64 are included too.
- Multi-row header names are checked with `columns_contain`: the lowest-row word, plus the
  group word directly above it ("Sales 2022"); whether a group word is carried over blank
  cells to its right is left free.
- Notes: footers of "Total"/"Summe" rows must mention "total" (or "footer" when the file
  also has a source line), note lines "footer", day-first dates "day", currencies
  "currency", percents "percent", other tables "table", a missing header "header".
  Preambles, repeated headers, thousands separators and encodings demand no note words.
- Error words: empty and whitespace-only files "empty"; binary bytes named .csv and a
  non-zip .xlsx "not"; a truncated gzip "gz"; an unclosed quote "quote" and "line N".
- A CSV named .json must load as the CSV it is (expect="table").
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

from . import binary_files, real_world, text_structure, text_types
from .case import Case

__all__ = ["Case", "build"]


def build(directory: Path) -> list[Case]:
    """Write every corpus file into `directory` (deterministic bytes) and return the cases."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    return (
        text_structure.build_all(directory)
        + text_types.build_all(directory)
        + binary_files.build_all(directory)
        + real_world.build_all(directory)
    )


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        cases = build(Path(tmp))
    counts = Counter(c.kind for c in cases)
    for kind, n in sorted(counts.items()):
        sys.stdout.write(f"{n:4d}  {kind}\n")
    sys.stdout.write(f"{len(cases):4d}  cases, {len(counts)} kinds\n")
