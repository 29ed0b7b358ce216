"""A long file's layout found on its head (services/tables/layout.py `find_quick`): the same
reading as the row-by-row rules when the body is plain rows, and those rules whenever the
body holds something they must see."""

from __future__ import annotations

import pytest

from services.tables import delimited, layout
from services.tables.dialect import lines_of, records, sniff

ROWS = 5000
HEADER = "id,region,amount,when,note\n"


def body(rows: int = ROWS) -> list[str]:
    regions = ["North", " South ", "East", "n/a", ""]
    lines = []
    for i in range(rows):
        amount = f'"${i * 3 % 997:,}.50"' if i % 7 else ""
        lines.append(f"{i},{regions[i % 5]},{amount},2024-{i % 12 + 1:02d}-{i % 28 + 1:02d},x{i}\n")
    return lines


def read_both(text: str, monkeypatch: pytest.MonkeyPatch):
    """(the reading with the quick layout, the reading with the row-by-row rules only)."""
    data = text.encode()
    quick = delimited.read_bytes(data, name="long.csv")
    with monkeypatch.context() as patched:
        patched.setattr(layout, "find_quick", lambda *args, **kwargs: None)
        full = delimited.read_bytes(data, name="long.csv")
    return quick, full


def test_a_long_plain_file_reads_exactly_as_row_by_row(monkeypatch):
    text = "Sales export, all regions\n" + HEADER + "".join(body())
    quick, full = read_both(text, monkeypatch)
    assert quick.frame.equals(full.frame)
    assert list(quick.frame.dtypes) == list(full.frame.dtypes)
    assert quick.assumptions == full.assumptions and quick.rows == full.rows == ROWS
    assert quick.frame["region"].iloc[1] == "South"  # padding stripped as the rules strip it
    assert quick.frame["amount"].iloc[1] == 3.5


def test_the_quick_layout_is_used_on_a_long_plain_file():
    text = HEADER + "".join(body())
    lines = lines_of(text)
    dialect = sniff(lines)
    found = layout.find_quick(list(records(lines, dialect)), dialect=dialect, lines=lines)
    assert found is not None and len(found.rows) == ROWS and found.columns[0] == "id"


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda rows: rows[:4000] + [HEADER] + rows[4000:], "dropped 1 repeated header row"),
        (lambda rows: rows[:3500] + ["3500,North,12,2024-01-01\n"] + rows[3501:], "repaired"),
        (lambda rows: [*rows, "Total,,123456,,\n"], "footer"),
        (lambda rows: [*rows[:4200], "\n", "code,label\n", "A,Alpha\n", "B,Beta\n"], "more tables"),
    ],
    ids=["repeated header", "short row", "total row", "second table"],
)
def test_a_body_the_rules_must_see_is_read_by_them(change, said, monkeypatch):
    text = HEADER + "".join(change(body()))
    quick, full = read_both(text, monkeypatch)
    assert any(said in note for note in quick.assumptions), quick.assumptions
    assert quick.frame.equals(full.frame) and quick.assumptions == full.assumptions
