"""Pollock data-loading benchmark: scoring (see /work/shared/benchmarks/pollock/README.md).

    .venv/bin/python benchmarks/pollock.py [--workers 2] [--files a.csv b.csv]

`score(loader)` loads every polluted file with `loader` (Path -> DataFrame; any exception is a
failed load), writes the table as a standard CSV (header row first, `index=False`), reads it
back with the csv module and compares it with the clean CSV:

- success: 1 if a table came back (an empty table for the empty file counts).
- header / record / cell precision, recall, F1 over multisets of normalised values, with the
  README's orientation: precision = shared / clean count, recall = shared / loaded count,
  F1 = harmonic mean (0 when nothing is shared). Header = first CSV row, records = the rows
  after it, on both sides (the clean file is read the same way, so for file_no_header the
  clean "header" is its first data row; the parameters/ folder is never read). When the clean
  side of a measure is empty (empty file; records of the header-only file) the measure is 1,
  so a correct empty result scores 1 everywhere. A failed load scores 0 on all nine.
- Rows: trailing empty cells are dropped (a DataFrame must pad ragged rows with empty cells,
  so padding is not counted against the loader) and blank rows are skipped. A record is its
  normalised cells joined with a separator.
- Cells: true/false -> 1/0; numbers (surrounding whitespace ignored) to canonical form with
  integers and floats kept apart as in the original Pollock code: "3", " 3 ", "+3" -> "3" and
  "3.0", "3.00" -> "3.0", but "3" != "3.0" (so pandas turning an int column into floats costs);
  currency values to their number ("$12.50" -> "12.5"); dates/times in common ISO, d/m/y,
  d.m.y and H:M[:S] forms to ISO; any other text is lower-cased but NOT stripped (a loader
  that leaves the space of a ", " delimiter in its cells is wrong). Empty stays empty.
  Unifying "3" and "3.0", stripping text, or taking the clean header from parameters/ each
  moved the reference loaders away from the README's figures (see __main__).

Simple score = sum of the ten file-averaged measures (max 10). Weighted score = the same sum
with every file weighted by its normalised weight. Weight mapping: pollock_weights.json has one
key per file name; every one of the 2,290 files has its own key, so the mapping is exact
(weight = json[name]). The json also holds 584 keys for files that are not in this copy of the
benchmark (e.g. `row_extra_quote*_col9.csv`); those are ignored, and weights are normalised
over the files scored. No family splitting is needed; a file without a key would get weight 0
and be counted in a printed warning.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache, partial
from multiprocessing import Pool
from pathlib import Path

import pandas as pd

ROOT = Path(
    os.environ.get(
        "WORKBENCH_POLLOCK_DIR",
        Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "pollock",
    )
)
DATA = ROOT / "polluted_files"
MEASURES = ("success",) + tuple(
    f"{part}_{m}" for part in ("header", "record", "cell") for m in ("precision", "recall", "f1")
)
Loader = Callable[[Path], "pd.DataFrame"]

_NUM = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_CURRENCY = re.compile(r"^(?:[$€£¥]|usd|eur|gbp)\s*(.+)$|^(.+?)\s*(?:[$€£¥]|usd|eur|gbp)$", re.I)
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?")


def _number(text: str) -> str | None:
    if not _NUM.fullmatch(text):
        return None
    if re.fullmatch(r"[+-]?\d+", text):
        return str(int(text))
    return repr(float(text))


def _date(text: str) -> str | None:
    parts = re.split(r"[ T]", text, maxsplit=1)
    day: date | None = None
    try:
        if m := _YMD.fullmatch(parts[0]):
            day = date(int(m[1]), int(m[2]), int(m[3]))
        elif m := _DMY.fullmatch(parts[0]):
            a, b = int(m[1]), int(m[2])
            d, mo = (b, a) if b > 12 else (a, b)  # day first unless impossible
            day = date(int(m[3]), mo, d)
    except ValueError:
        return None
    if day is None:
        return None
    if len(parts) == 1:
        return day.isoformat()
    clock = _time(parts[1])
    return f"{day.isoformat()} {clock}" if clock else None


def _time(text: str) -> str | None:
    m = _TIME.fullmatch(text)
    if not m or int(m[1]) > 23 or int(m[2]) > 59 or int(m[3] or 0) > 59:
        return None
    return f"{int(m[1]):02d}:{m[2]}:{int(m[3] or 0):02d}"


@lru_cache(maxsize=200_000)
def normalize(cell: str) -> str:
    """Canonical form of one cell (see module docstring)."""
    text = cell.strip()
    if not text:
        return ""
    low = text.lower()
    if low in ("true", "false"):
        return "1" if low == "true" else "0"
    if (num := _number(text)) is not None:
        return num
    if (m := _CURRENCY.match(text)) and (num := _number((m[1] or m[2]).replace(",", ""))):
        return num
    if text[0].isdigit() and (canon := _date(text) or _time(text)):
        return canon
    return cell.lower()


def _prf(clean: Iterable[str], loaded: Iterable[str]) -> tuple[float, float, float]:
    c, ld = Counter(clean), Counter(loaded)
    n_clean, n_loaded = sum(c.values()), sum(ld.values())
    if n_clean == 0:
        return 1.0, 1.0, 1.0
    shared = sum((c & ld).values())
    if shared == 0:
        return 0.0, 0.0, 0.0
    p, r = shared / n_clean, shared / n_loaded
    return p, r, 2 * p * r / (p + r)


def _trim(row: list[str]) -> list[str]:
    while row and not row[-1].strip():
        row = row[:-1]
    return row


def _rows(text: str) -> list[list[str]]:
    rows = [_trim(row) for row in csv.reader(io.StringIO(text, newline=""))]
    return [row for row in rows if row]


def _table(header: list[str], records: list[list[str]]) -> tuple[list[str], list[str], list[str]]:
    head = [normalize(c) for c in header]
    recs = [[normalize(c) for c in row] for row in records]
    return head, ["\x1f".join(r) for r in recs], [c for r in recs for c in r]


@lru_cache(maxsize=4096)
def _clean(name: str) -> tuple[list[str], list[str], list[str]]:
    rows = _rows((DATA / "clean" / name).read_text(encoding="utf-8"))
    return _table(rows[0] if rows else [], rows[1:])


def to_csv_text(df: pd.DataFrame) -> str:
    """The loaded table as a standard CSV (comma, double quotes, header first)."""
    if df.shape[1] == 0:
        return ""
    return df.to_csv(index=False, lineterminator="\n")


def score_file(loader: Loader, name: str) -> dict[str, float]:
    try:
        df = loader(DATA / "csv" / name)
        rows = _rows(to_csv_text(df))
    except Exception:  # any loader failure (or unwritable result) is a failed load
        return dict.fromkeys(MEASURES, 0.0)
    clean = _clean(name)
    loaded = _table(rows[0] if rows else [], rows[1:])
    result = {"success": 1.0}
    for part, c, ld in zip(("header", "record", "cell"), clean, loaded, strict=True):
        p, r, f = _prf(c, ld)
        result.update({f"{part}_precision": p, f"{part}_recall": r, f"{part}_f1": f})
    return result


def load_weights(names: list[str]) -> dict[str, float]:
    raw = json.loads((ROOT / "pollock_weights.json").read_text())
    missing = [n for n in names if n not in raw]
    if missing:
        print(f"warning: {len(missing)} files have no weight key (weight 0)")
    weights = {n: float(raw.get(n, 0.0)) for n in names}
    total = sum(weights.values()) or 1.0
    return {n: w / total for n, w in weights.items()}


def score(loader: Loader, *, files: list[str] | None = None, workers: int = 1) -> dict:
    """Score `loader` on the Pollock files (all 2,290 unless `files` names a subset)."""
    names = sorted(files) if files else sorted(p.name for p in (DATA / "csv").glob("*.csv"))
    job = partial(score_file, loader)
    if workers > 1:
        with Pool(workers) as pool:
            results = pool.map(job, names, chunksize=16)
    else:
        results = [job(n) for n in names]
    per_file = dict(zip(names, results, strict=True))
    weights = load_weights(names)
    means = {m: sum(r[m] for r in results) / len(names) for m in MEASURES}
    weighted = sum(weights[n] * sum(r.values()) for n, r in per_file.items())
    return {
        "simple": sum(means.values()),
        "weighted": weighted,
        "files": len(names),
        "failed": [n for n, r in per_file.items() if not r["success"]],
        "means": means,
        "per_file": per_file,
    }


def pandas_plain(path: Path) -> pd.DataFrame:
    """Reference 1: plain `pd.read_csv(path)`."""
    return pd.read_csv(path)


def clevercsv_table(path: Path) -> pd.DataFrame:
    """Reference 2: CleverCSV's own sniffer and reader; first row is the header."""
    import clevercsv

    rows = clevercsv.read_table(str(path))
    if not rows:
        return pd.DataFrame()
    width = max(len(r) for r in rows)
    padded = [list(r) + [""] * (width - len(r)) for r in rows]
    return pd.DataFrame(padded[1:], columns=padded[0], dtype=str)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--files", nargs="*")
    args = parser.parse_args()
    print(f"pandas {pd.__version__}")
    refs = {
        "pandas plain": (pandas_plain, 5.537, 6.675),
        "clevercsv": (clevercsv_table, 9.193, 9.454),
    }
    for label, (loader, simple, weighted) in refs.items():
        start = time.perf_counter()
        out = score(loader, files=args.files, workers=args.workers)
        took = time.perf_counter() - start
        print(
            f"{label:13s} simple {out['simple']:.3f} (README {simple})  weighted "
            f"{out['weighted']:.3f} (README {weighted})  failed {len(out['failed'])}/"
            f"{out['files']}  {took:.1f}s"
        )
        print("   " + " ".join(f"{m}={v:.3f}" for m, v in out["means"].items()))
