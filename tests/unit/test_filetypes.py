"""Display names: safe, at most 255 UTF-8 bytes, extension kept."""

from __future__ import annotations

import pytest

from services.filetypes import check_type, extension, fit_name, safe_filename, sniff


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sales, 2024.csv", "sales, 2024.csv"),
        ('the "final" report.csv', 'the "final" report.csv'),
        ("it's.csv", "it's.csv"),
        ("...report.csv", "report.csv"),
        (".hidden.csv", "hidden.csv"),
        ("...csv", "file.csv"),
        (".csv.gz", "file.csv.gz"),
        ("...", "file"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\me\\data.csv", "data.csv"),
        ("bad\x00name\n.csv", "badname.csv"),
    ],
)
def test_names_are_made_safe_and_keep_what_the_user_typed(given, expected):
    assert safe_filename(given) == expected


@pytest.mark.parametrize("char", ["é", "日", "😀"])
def test_a_long_name_is_cut_by_utf8_bytes_on_a_character_boundary_keeping_the_extension(char):
    name = char * 200 + ".csv"
    safe = safe_filename(name)
    assert len(safe.encode()) <= 255
    assert safe.endswith(".csv")
    assert set(safe[: -len(".csv")]) == {char}
    assert len(safe.encode()) > 255 - len(char.encode()) - 1  # as long as fits


def test_a_long_name_keeps_a_double_extension():
    safe = safe_filename("données " * 60 + ".csv.gz")
    assert safe.endswith(".csv.gz")
    assert len(safe.encode()) <= 255


def test_an_ascii_name_of_255_bytes_is_unchanged():
    name = "a" * 251 + ".csv"
    assert safe_filename(name) == name


def test_fit_name_shortens_to_any_byte_budget():
    assert fit_name("ééééé.csv", max_bytes=9) == "éé.csv"
    assert fit_name("abc.csv", max_bytes=255) == "abc.csv"
    assert len(fit_name("x" * 300).encode()) == 255


def test_fit_name_replaces_characters_a_filesystem_cannot_store():
    assert fit_name("a\udcff.csv") == "a?.csv"


@pytest.mark.parametrize(
    ("name", "ext"),
    [("a.csv.gz", ".csv.gz"), ("a.gz", ".gz"), ("a.b.csv", ".csv"), ("a", ""), ("a.x y", "")],
)
def test_extension_includes_the_inner_suffix_of_a_compressed_file(name, ext):
    assert extension(name) == ext


@pytest.mark.parametrize("ext", ["xlsm", "ods"])
def test_a_spreadsheet_that_is_not_a_zip_is_refused(ext):
    _, reason = check_type(f"book.{ext}", sniff(b"just some text"))
    assert reason == f"the content is text, not {ext.upper()} as the name '.{ext}' says."


@pytest.mark.parametrize("name", ["rows.jsonl", "book.xlsm", "data.csv.gz"])
def test_new_table_formats_are_accepted_for_their_content(name):
    head = {"rows.jsonl": b'{"a": 1}\n', "book.xlsm": b"PK\x03\x04", "data.csv.gz": b"\x1f\x8b"}
    assert check_type(name, sniff(head[name]))[1] is None


@pytest.mark.parametrize(
    "name",
    ["a.csv", "a.tsv", "a.txt", "a.xlsx", "a.xlsm", "a.xls", "a.ods", "a.json", "a.jsonl"]
    + ["a.parquet", "a.csv.gz", "A.CSV.GZ", "a.zip"],
)
def test_the_uploaders_accept_every_table_format_double_extensions_included(name):
    from streamlit.elements.lib.file_uploader_utils import (
        enforce_filename_restriction,
        normalize_upload_file_type,
    )

    from services.chat import TABLE_TYPES

    enforce_filename_restriction(name, normalize_upload_file_type(list(TABLE_TYPES)))
