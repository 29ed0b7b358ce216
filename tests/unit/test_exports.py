"""Tables handed out as CSV/Excel cannot run formulas; generated workbooks with formulas
are recognised."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pandas as pd
import pytest

from services.exports import csv_bytes, download_label, excel_bytes, has_formulas, neutralise


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+cmd", "'+cmd"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("a=b", "a=b"),
    ],
)
def test_text_cells_that_start_a_formula_get_a_quote(cell, expected):
    frame = pd.DataFrame({"text": [cell]})
    assert neutralise(frame)["text"].tolist() == [expected]


def test_negative_numbers_stay_numbers():
    frame = pd.DataFrame({"amount": [-12.5, 3.0], "mixed": [-1, "=x"]})
    safe = neutralise(frame)
    assert safe["amount"].tolist() == [-12.5, 3.0]
    assert safe["mixed"].tolist() == [-1, "'=x"]


def test_csv_download_is_neutralised():
    frame = pd.DataFrame({"=name": ['=HYPERLINK("http://x")', "ok"], "n": [-1, 2]})
    text = csv_bytes(frame).decode("utf-8-sig")
    assert text.splitlines() == ["'=name,n", '"\'=HYPERLINK(""http://x"")",-1', "ok,2"]


def test_excel_download_holds_text_not_formulas():
    frame = pd.DataFrame({"cell": ["=1+2", "@x"], "n": [-3, 4]})
    data = excel_bytes(frame)
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["cell", "n"],
        ["'=1+2", -3],
        ["'@x", 4],
    ]
    assert not has_formulas(data)


def workbook(formula: bool) -> bytes:
    book = openpyxl.Workbook()
    book.active["A1"] = 2
    book.active["A2"] = "=A1*2" if formula else 4
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_workbook_with_a_formula_is_recognised():
    assert has_formulas(workbook(True))
    assert not has_formulas(workbook(False))


def test_a_formula_with_a_namespace_prefix_is_recognised():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/worksheets/sheet1.xml", '<x:c r="A1"><x:f>1+1</x:f></x:c>')
    assert has_formulas(buffer.getvalue())


@pytest.mark.parametrize("data", [b"not a zip", b"PK\x03\x04truncated", b""])
def test_a_damaged_workbook_counts_as_without_formulas(data):
    assert not has_formulas(data)


def test_only_generated_workbooks_with_formulas_are_labelled():
    data = workbook(True)
    warned = "Download (contains formulas — check before opening)"
    assert download_label("out.xlsx", "assistants_output", data) == warned
    assert download_label("out.xlsm", "assistants_output", data) == warned
    assert download_label("in.xlsx", "assistants", data) == "Download"
    assert download_label("out.xlsx", "assistants_output", workbook(False)) == "Download"
