"""Judge a loaded table against a corpus case. The loaded table arrives as a plain summary
(so the card path, the reader in this process and the reader inside the kernel are judged by
the same code): {"error": str} or {"rows", "columns", "kinds", "cells", "assumptions"}."""

from __future__ import annotations

import hashlib
import math
from typing import Any

from tests.corpus.case import Case

# Run by the kernel (and here): read each case's file and print one summary per case.
SUMMARY_CODE = r"""
import json, math, datetime
from services.tables import read, TableError

def _kind(series):
    import pandas as pd
    if pd.api.types.is_bool_dtype(series):
        return "bool"
    if pd.api.types.is_numeric_dtype(series):
        return "number"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "date"
    return "text"

def _plain(value):
    if isinstance(value, str) and len(value) > 1000:  # keep printed summaries small
        import hashlib
        return "sha256:" + hashlib.sha256(value.encode()).hexdigest()
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "isoformat"):
        if value != value:
            return None
        return value.isoformat()
    if hasattr(value, "item"):
        value = value.item()
    if value is not None and not isinstance(value, (str, int, float, bool)):
        text = str(value)
        return None if text in ("<NA>", "NaT", "nan") else text
    return value

def summarise(path, name, table, cells):
    try:
        reading = read(path, name=name, table=table)
    except TableError as error:
        return {"error": str(error)}
    frame = reading.frame
    columns = [str(c) for c in frame.columns]
    picked = []
    for row, column in cells:
        if column.startswith("#"):
            j = int(column[1:])
        else:
            j = columns.index(column) if column in columns else None
        if j is None or row >= len(frame) or j >= len(columns):
            picked.append("<missing>")
        else:
            picked.append(_plain(frame.iat[row, j]))
    return {"rows": reading.row_count, "columns": columns,
            "kinds": [_kind(frame[c]) for c in frame.columns],
            "cells": picked, "assumptions": list(reading.assumptions)}
"""


def column_index(case: Case, columns: list[str], ref: str) -> int | None:
    if ref.startswith("#"):
        return int(ref[1:])
    return columns.index(ref) if ref in columns else None


def judge(case: Case, summary: dict[str, Any]) -> list[str]:
    """What is wrong with `summary` for `case` ([] when it passes)."""
    problems: list[str] = []
    if case.expect == "error":
        if "error" not in summary:
            return ["expected an error, got a table"]
        message = summary["error"].lower()
        return [
            f"error lacks {w!r}: {summary['error']}" for w in case.error_words if w not in message
        ]
    if "error" in summary:
        return [f"expected a table, got an error: {summary['error']}"]
    columns: list[str] = summary["columns"]
    if case.rows is not None and summary["rows"] != case.rows:
        problems.append(f"rows {summary['rows']} != {case.rows}")
    if case.ncols is not None and len(columns) != case.ncols:
        problems.append(f"ncols {len(columns)} != {case.ncols}: {columns}")
    if case.columns is not None and tuple(columns) != tuple(case.columns):
        problems.append(f"columns {columns} != {list(case.columns)}")
    for i, words in enumerate(case.columns_contain):
        if i >= len(columns) or any(w.lower() not in columns[i].lower() for w in words.split()):
            problems.append(
                f"column {i} {columns[i] if i < len(columns) else None!r} lacks {words!r}"
            )
    for wanted, refs in (
        ("number", case.numeric),
        ("text", case.text),
        ("bool", case.bools),
        ("date", case.dates),
    ):
        for ref in refs:
            j = column_index(case, columns, ref)
            if j is None or j >= len(columns):
                problems.append(f"no column {ref}")
            elif summary["kinds"][j] != wanted:
                problems.append(f"{ref} is {summary['kinds'][j]}, not {wanted}")
    for (row, ref, expected), got in zip(case.cells, summary["cells"], strict=True):
        if not _same(expected, got):
            problems.append(f"cell ({row}, {ref}) = {got!r}, expected {expected!r}")
    said = " ".join(summary["assumptions"]).lower()
    problems += [f"assumptions lack {w!r}" for w in case.note_words if w.lower() not in said]
    return problems


def _same(expected: object, got: object) -> bool:
    if isinstance(got, str) and got.startswith("sha256:") and isinstance(expected, str):
        return got[7:] == hashlib.sha256(expected.encode()).hexdigest()
    if expected is None:
        return got is None or got == ""
    if isinstance(expected, bool) or isinstance(got, bool):
        return expected == got or str(expected).lower() == str(got).lower()
    if isinstance(expected, int | float) and isinstance(got, int | float):
        return math.isclose(expected, got, rel_tol=1e-9, abs_tol=1e-12)
    if (
        isinstance(expected, str)
        and isinstance(got, str)
        and got[:10] == expected
        and len(expected) == 10
        and expected[4:5] == "-"
    ):
        return True  # a date compared as YYYY-MM-DD
    if isinstance(expected, str) and isinstance(got, int):
        return expected == str(got)
    return expected == got


def summarise_here(path: str, case: Case) -> dict[str, Any]:
    scope: dict[str, Any] = {}
    exec(SUMMARY_CODE, scope)  # the same code the kernel runs
    cells = [(row, ref) for row, ref, _ in case.cells]
    return scope["summarise"](path, case.file, case.table, cells)
