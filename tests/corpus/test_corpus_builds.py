"""The corpus builds, is self-consistent, deterministic, and its gold agrees with plain
pandas wherever a file is simple enough for pandas to read it with explicit options."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from tests.corpus.build import Case, build

REQUIRED_KIND_PREFIXES = [
    "encoding-utf8",
    "encoding-utf8-bom",
    "encoding-utf16le",
    "encoding-utf16be",
    "encoding-utf32",
    "encoding-cp1252",
    "encoding-latin1",
    "encoding-utf8-stray",
    "delimiter-comma",
    "delimiter-semicolon",
    "delimiter-tab",
    "delimiter-pipe",
    "delimiter-space",
    "delimiter-comma-space",
    "quote-single",
    "escape-doubled",
    "escape-backslash",
    "lineend-crlf",
    "lineend-cr",
    "lineend-mixed",
    "multiline-quoted",
    "long-cell",
    "preamble",
    "header-2row",
    "header-3row",
    "header-none",
    "header-quoted-thousands",
    "trailing-delimiter",
    "footer-total",
    "footer-notes",
    "repeated-header",
    "multi-table",
    "ragged-rows",
    "unclosed-quote",
    "unreadable-empty",
    "unreadable-binary",
    "unreadable-not-zip",
    "unreadable-truncated-gz",
    "wrong-extension",
    "ids-leading-zeros",
    "ids-bigint",
    "thousands-",
    "decimal-comma",
    "currency",
    "percent",
    "booleans",
    "na-spellings",
    "dates-iso",
    "dates-dayfirst",
    "dates-monthfirst",
    "dates-mixed",
    "datetimes",
    "format-csv-gz",
    "format-tsv-gz",
    "format-zip",
    "format-zip-members",
    "format-json",
    "format-jsonl",
    "format-parquet",
    "format-xlsx",
    "format-xlsx-sheets",
    "format-xlsm",
    "format-xls",
    "format-ods",
    "xlsx-title-row",
    "name-long-utf8",
    "name-hostile",
    "real-bank-de",
    "real-export-fr",
    "real-excel-csv-utf8",
    "real-survey",
    "real-paged-report",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Case]]:
    directory = tmp_path_factory.mktemp("corpus")
    return directory, build(directory)


def test_corpus_builds(corpus: tuple[Path, list[Case]]) -> None:
    directory, cases = corpus
    assert len(cases) >= 90
    kinds = Counter(c.kind for c in cases)
    assert len(kinds) >= 20
    for prefix in REQUIRED_KIND_PREFIXES:
        assert any(k.startswith(prefix) for k in kinds), prefix
    keys = [(c.file, c.table) for c in cases]
    assert len(keys) == len(set(keys)), [k for k, n in Counter(keys).items() if n > 1]
    for case in cases:
        assert (directory / case.stored_as).is_file(), case.stored_as
        assert case.expect in ("table", "error"), case
        assert case.kind and case.kind == case.kind.lower()
        if case.expect == "error":
            assert case.error_words, case.file
            assert case.rows is None and not case.cells
        else:
            assert case.rows and case.ncols, case.file
            assert case.columns is None or len(case.columns) == case.ncols, case.file
            assert not case.columns_contain or len(case.columns_contain) == case.ncols
            for word in case.note_words + case.error_words:
                assert word == word.lower(), word
            named = [
                *case.numeric,
                *case.text,
                *case.bools,
                *case.dates,
                *(col for _, col, _ in case.cells),
            ]
            for col in named:
                if col.startswith("#"):
                    assert 0 <= int(col[1:]) < case.ncols, (case.file, col)
                else:
                    assert case.columns is not None and col in case.columns, (case.file, col)
            assert all(0 <= r < case.rows for r, _, _ in case.cells), case.file
        if case.disk_name:
            assert len(case.file.encode()) > 255, case.file
    hostile = {c.file for c in cases if c.kind.startswith("name-")}
    assert any(len(n.encode()) > 255 > len(n) for n in hostile)
    assert {"north, south.csv", 'it\'s "final".csv', "...report.csv"} <= hostile
    assert (directory / "empty.csv").stat().st_size == 0


def test_corpus_is_deterministic(corpus: tuple[Path, list[Case]], tmp_path: Path) -> None:
    directory, cases = corpus
    again = build(tmp_path)
    assert again == cases

    def digests(d: Path) -> dict[str, str]:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in d.iterdir()}

    assert digests(directory) == digests(tmp_path)


# Files plain pandas can read when told the dialect: the gold must agree with it.
PANDAS_READERS = {
    "sales_comma.csv": {},
    "sales_semicolon.csv": {"sep": ";"},
    "sales_tab.tsv": {"sep": "\t"},
    "sales_pipe.txt": {"sep": "|"},
    "sales_crlf.csv": {},
    "sales_cr_only.csv": {},
    "tickets_multiline.csv": {},
    "customers_utf16le.csv": {"encoding": "utf-16"},
    "customers_utf32.csv": {"encoding": "utf-32"},
    "kunden_cp1252.csv": {"sep": ";", "encoding": "cp1252"},
    "clients_latin1.csv": {"encoding": "latin-1"},
    "staff_leading_zeros.csv": {"dtype": str},
    "customers_late_zero_zips.csv": {"dtype": {"zip": str}},
    "catalog_huge_cell.csv": {},
    "feedback_doubled_quotes.csv": {},
    "feedback_backslash_quotes.csv": {"escapechar": "\\"},
    "contacts_single_quote.csv": {"quotechar": "'"},
    "sales_2023.csv.gz": {},
    "sensor_log.tsv.gz": {"sep": "\t", "compression": "gzip"},
    "readings_na.csv": {"na_values": ["-", "none", "?"]},
    "soldes_fr_nbsp.csv": {"sep": ";", "thousands": "\u00a0", "decimal": ",", "engine": "python"},
    "salden_de_tausender.csv": {"sep": ";", "thousands": ".", "decimal": ","},
    "balances_us_thousands.csv": {"thousands": ","},
    "sales_with_total.csv": {"skipfooter": 1, "engine": "python"},
    "sales_report_generated.csv": {"skiprows": 1},
    "long_name_sales.csv": {},
}


def excel_engine(path: Path) -> str | None:
    return "openpyxl" if path.suffix in (".xlsx", ".xlsm") else None


def read(path: Path, options: dict[str, object]) -> pd.DataFrame:
    name = path.name
    if name.endswith(".json"):
        return pd.read_json(path)
    if name.endswith(".jsonl"):
        return pd.read_json(path, lines=True)
    if name.endswith(".parquet"):
        return pd.read_parquet(path)
    if name.endswith((".xlsx", ".xlsm", ".xls", ".ods")):
        return pd.read_excel(
            path,
            sheet_name=options.get("sheet", 0),
            engine=excel_engine(path),
            dtype=options.get("dtype"),
        )
    return pd.read_csv(path, **options)  # type: ignore[call-overload]


def same(expected: object, got: object) -> bool:
    if expected is None:
        return bool(pd.isna(got))
    if isinstance(expected, bool):
        return bool(got) == expected
    if isinstance(expected, int | float):
        return abs(float(got) - float(expected)) <= 1e-9 * max(1.0, abs(float(expected)))
    if isinstance(expected, str) and len(expected) == 10 and expected[4] == expected[7] == "-":
        return str(got)[:10] == expected
    return str(got) == expected


def test_gold_agrees_with_pandas(corpus: tuple[Path, list[Case]]) -> None:
    directory, cases = corpus
    readers = dict(PANDAS_READERS)
    for name in (
        "sales_records.json",
        "sensor_events.jsonl",
        "stores.parquet",
        "sales_2023.xlsx",
        "sales_legacy.xls",
        "sales_libreoffice.ods",
        "sales_macro.xlsm",
    ):
        readers[name] = {}
    readers["staff_directory.xlsx"] = {"dtype": {"emp_id": str, "zip": str}}
    checked = 0
    for case in cases:
        options = dict(readers.get(case.stored_as, {"skip": True}))
        if options.pop("skip", False):
            continue
        if case.table and case.stored_as.endswith(".xlsx"):
            options["sheet"] = case.table
        frame = read(directory / case.stored_as, options)
        assert len(frame) == case.rows, case.file
        assert frame.shape[1] == case.ncols, case.file
        if case.columns is not None:
            assert tuple(frame.columns) == case.columns, case.file
        for row, col, value in case.cells:
            got = frame.iloc[row, int(col[1:])] if col.startswith("#") else frame.iloc[row][col]
            assert same(value, got), (case.file, row, col, value, got)
        checked += 1
    assert checked >= 30


def test_sheets_and_members_agree_with_pandas(corpus: tuple[Path, list[Case]]) -> None:
    import zipfile

    directory, cases = corpus
    for case in cases:
        if not case.table:
            continue
        path = directory / case.stored_as
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as z, z.open(case.table) as member:
                sep = "\t" if case.table.endswith(".tsv") else None
                frame = pd.read_csv(member, sep=sep, engine="python")
        else:
            frame = pd.read_excel(path, sheet_name=case.table, engine=excel_engine(path))
        assert (len(frame), frame.shape[1]) == (case.rows, case.ncols), (case.file, case.table)
        assert tuple(frame.columns) == case.columns
