"""The big-file path of the reader (head and tail decide, the C parser reads the body) reads
what the small path reads, names malformed lines, and DuckDB answers over the file."""

from __future__ import annotations

import pandas as pd
import pytest

from services import tables
from services.tables import big


@pytest.fixture
def small_threshold(monkeypatch):
    monkeypatch.setattr(big, "BIG_BYTES", 1024)


def orders(rows: int = 3000) -> str:
    lines = ["Orders export 2024", "", "id;region;amount;day"]
    lines += [
        f"{i:05d};{'North' if i % 3 else 'South'};{i},50;{1 + i % 28:02d}.01.2024"
        for i in range(rows)
    ]
    lines.append("Total;;123,00;")
    return "\n".join(lines) + "\n"


def test_big_and_small_paths_read_the_same_table(tmp_path, monkeypatch):
    path = tmp_path / "orders.csv"
    path.write_text(orders())
    small = tables.read_table(path)
    monkeypatch.setattr(big, "BIG_BYTES", 1024)
    large = tables.read_table(path)
    assert list(large.columns) == list(small.columns) == ["id", "region", "amount", "day"]
    assert len(large) == len(small) == 3000
    assert large["id"].iloc[7] == "00007"  # leading zeros kept
    assert large["amount"].sum() == pytest.approx(small["amount"].sum())
    assert pd.api.types.is_datetime64_any_dtype(large["day"])


def test_a_big_file_card_counts_every_row_without_reading_it_into_memory(tmp_path, small_threshold):
    path = tmp_path / "orders.csv"
    path.write_text(orders())
    reading = tables.read(path, nrows=8)
    assert len(reading.frame) == 8
    assert reading.row_count == 3000  # the total row is a footer, not data
    assert any("semicolons" in note for note in reading.assumptions)


def test_malformed_lines_of_a_big_file_are_named(tmp_path, small_threshold):
    text = orders().replace("00043;North;43,50;16.01.2024", "00043;North;43,50;16.01.2024;x;y")
    path = tmp_path / "orders.csv"
    path.write_text(text)
    reading = tables.read(path)
    assert len(reading.frame) == 2999
    assert any("line 47" in note for note in reading.assumptions), reading.assumptions


def test_query_runs_sql_over_a_big_file_in_place(tmp_path, small_threshold):
    path = tmp_path / "orders.csv"
    path.write_text("region,amount\n" + "".join(f"R{i % 4},{i}\n" for i in range(5000)))
    result = tables.query(
        path, "SELECT region, SUM(amount) AS total FROM data GROUP BY 1 ORDER BY 1"
    )
    assert list(result["region"]) == ["R0", "R1", "R2", "R3"]
    assert result["total"].sum() == sum(range(5000))


def test_query_over_a_small_or_excel_file_uses_the_reader(tmp_path):
    path = tmp_path / "book.xlsx"
    with pd.ExcelWriter(path) as writer:
        pd.DataFrame({"a": [1, 2]}).to_excel(writer, sheet_name="first", index=False)
        pd.DataFrame({"b": [5, 7]}).to_excel(writer, sheet_name="second", index=False)
    assert tables.list_tables(path) == ["first", "second"]
    total = tables.query(path, "SELECT SUM(b) AS s FROM data", table="second")
    assert int(total["s"].iloc[0]) == 12


def test_profile_describes_a_big_file_from_one_pass(tmp_path, small_threshold):
    path = tmp_path / "orders.csv"
    path.write_text("region,amount\n" + "".join(f"R{i % 4},{i}\n" for i in range(5000)))
    found = tables.profile(path)
    assert found["rows"] == 5000
    region, amount = found["columns"]
    assert region["kind"] == "category" and sorted(region["values"]) == ["R0", "R1", "R2", "R3"]
    assert (amount["kind"], amount["low"], amount["high"]) == ("number", 0.0, 4999.0)


def test_ids_that_take_leading_zeros_only_near_the_end_stay_text(tmp_path, small_threshold):
    lines = ["zip,amount"] + [f"{10000 + i},{i}" for i in range(5000)]
    lines += [f"0{2000 + i},{i}" for i in range(20)]  # e.g. Boston's zip codes, at the end
    path = tmp_path / "zips.csv"
    path.write_text("\n".join(lines) + "\n")
    frame = tables.read_table(path)
    assert frame["zip"].iloc[-1] == "02019"
    assert frame["zip"].iloc[0] == "10000"
