"""Files the workbench hands out: tables written as CSV/Excel with formula-like text cells
neutralised (OWASP CSV injection), and a check for formulas in generated workbooks."""

from __future__ import annotations

import io
import re
import zipfile

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
FORMULA_NOTE = "contains formulas — check before opening"
_SCAN_BYTES = 256 * 1024 * 1024  # uncompressed sheet XML read at most, over all sheets
_CHUNK = 1024 * 1024
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_SHEET = re.compile(r"^xl/(?:worksheets|chartsheets|macrosheets|dialogsheets)/[^/]+\.xml$")


def neutralise_cell(value: object) -> object:
    """A text cell a spreadsheet would run as a formula, prefixed with `'`; anything else
    unchanged (a number such as -12.5 is not a formula)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells (and column names) cannot start a formula."""
    safe = frame.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]) and not (
            pd.api.types.is_datetime64_any_dtype(safe[column])
        ):
            safe[column] = safe[column].map(neutralise_cell)
    safe.columns = [neutralise_cell(c) if isinstance(c, str) else c for c in safe.columns]
    return safe


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The table as UTF-8 CSV (with BOM, so Excel reads the encoding), neutralised."""
    return neutralise(frame).to_csv(index=False).encode("utf-8-sig")


def excel_bytes(frame: pd.DataFrame, *, sheet: str = "Sheet1") -> bytes:
    """The table as an .xlsx workbook, neutralised (text cells stay text, never formulas)."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        neutralise(frame).to_excel(writer, sheet_name=sheet[:31], index=False)
    return buffer.getvalue()


def has_formulas(data: bytes) -> bool:
    """Whether an .xlsx/.xlsm workbook holds formulas (`<f>` cells in its sheet XML). Reads
    at most a bounded amount; a damaged workbook counts as without formulas (its card says
    why it cannot be read)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            budget = _SCAN_BYTES
            for info in archive.infolist():
                if not _SHEET.match(info.filename):
                    continue
                found, budget = _scan(archive, info, budget)
                if found:
                    return True
                if budget <= 0:
                    return False
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError):
        return False
    return False


def _scan(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> tuple[bool, int]:
    tail = b""
    with archive.open(info) as member:
        while budget > 0 and (chunk := member.read(min(_CHUNK, budget))):
            budget -= len(chunk)
            if _FORMULA.search(tail + chunk):
                return True, budget
            tail = chunk[-64:]  # a tag cut between two chunks
    return False, budget


def download_label(filename: str, purpose: str, data: bytes, *, label: str = "Download") -> str:
    """The download button's label: generated workbooks with formulas say so."""
    generated = purpose == "assistants_output"
    if generated and filename.lower().endswith(WORKBOOK_SUFFIXES) and has_formulas(data):
        return f"{label} ({FORMULA_NOTE})"
    return label
