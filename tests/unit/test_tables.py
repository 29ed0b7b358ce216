"""Reading recipes for messy delimited files."""

from __future__ import annotations

import pytest

from services.tables import recipe


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"a,b\n1.5,2\n3,4\n", {"sep": ",", "decimal": ".", "skiprows": 0, "encoding": "utf-8"}),
        (b"a;b\n1,5;2\n3,25;4\n", {"sep": ";", "decimal": ","}),
        (b"a\tb\n1\t2\n3\t4\n", {"sep": "\t"}),
        ("\ufeffa,b\n1,2\n".encode(), {"encoding": "utf-8-sig"}),
        ("a,b\nJosé,2\nRené,3\n".encode("latin-1"), {"encoding": "cp1252"}),
        (b"Report for 2024\na,b\n1,2\n3,4\n5,6\n", {"skiprows": 1}),
    ],
)
def test_recipes_for_messy_files(data, expected):
    found = recipe(data)
    for key, value in expected.items():
        assert getattr(found, key) == value, (key, found)


def test_assumptions_are_spelled_out_and_plain_csv_needs_no_arguments():
    assert recipe(b"a,b\n1,2\n").read_csv_args() == ""
    messy = recipe(b"Title\na;b\n1,5;2\n3,5;4\n")
    assert messy.read_csv_args() == "sep=';', decimal=',', skiprows=1"
    assert "numbers use a decimal comma" in messy.assumptions
