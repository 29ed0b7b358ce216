"""The reader's decisions that the corpus does not pin down one by one."""

from __future__ import annotations

import pytest

from services import tables


def test_a_stray_quote_near_the_end_is_read_as_a_character_and_said():
    data = b'id,name,city\n1,Ann,Oslo\n2,"Bob,Rome\n3,Cy,Nice\n'
    reading = tables.read(data, name="people.csv")
    assert reading.frame["name"].tolist() == ["Ann", '"Bob', "Cy"]
    said = " ".join(reading.assumptions)
    assert "quote" in said and "plain character" in said, reading.assumptions


def test_a_quote_that_swallows_rows_of_another_width_is_refused_naming_its_line():
    data = b'id,name,city\n1,Ann,Oslo\n2,"Bob, Jr,Rome\n3,Cy,Nice\n4,Di,Bonn\n'
    with pytest.raises(tables.TableError, match="a quote opened on line 3 is never closed"):
        tables.read(data, name="people.csv")


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (b"", "empty.csv", "the file is empty"),
        (b"PK\x03\x04" + bytes(40), "book.xlsx", "the spreadsheet cannot be opened"),
        (b"a,b\n1,2\n", "book.xlsx", "is not a spreadsheet"),
        (b"\x1f\x8b\x08\x00" + bytes(10), "data.csv.gz", "the gzip file is damaged"),
        (b'[{"a": 1}, {"a": ', "data.json", "the JSON is not valid"),
    ],
)
def test_unreadable_files_say_why(data, name, reason):
    with pytest.raises(tables.TableError, match=reason):
        tables.read(data, name=name)


def test_a_zip_of_several_tables_reads_the_first_and_lists_the_others():
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.csv", "x,y\n1,2\n")
        archive.writestr("b.csv", "x,y\n3,4\n5,6\n")
        archive.writestr("readme.txt.md", "notes")
    reading = tables.read(buffer.getvalue(), name="bundle.zip")
    assert (reading.table, reading.tables) == ("a.csv", ["a.csv", "b.csv"])
    second = tables.read(buffer.getvalue(), name="bundle.zip", table="b.csv")
    assert second.frame["y"].tolist() == [4, 6]


def test_read_table_keeps_only_the_columns_asked_for_and_names_a_missing_one():
    data = b"a,b,c\n1,2,3\n"
    assert list(tables.read_table(data, columns=["c", "a"]).columns) == ["c", "a"]
    with pytest.raises(tables.TableError, match="no column 'z'"):
        tables.read_table(data, columns=["z"])


def test_dates_written_as_numbers_and_statistical_periods_are_read_as_dates():
    data = (
        b"Submitted,Period,Quarter,Id\n"
        b"20190315,2020M01,2021Q3,20190315\n20201231,2020M12,2021Q4,99991231\n"
    )
    frame = tables.read_table(data)
    assert frame["Submitted"].dt.strftime("%Y-%m-%d").tolist() == ["2019-03-15", "2020-12-31"]
    assert frame["Period"].dt.strftime("%Y-%m").tolist() == ["2020-01", "2020-12"]
    assert frame["Quarter"].dt.strftime("%Y-%m").tolist() == ["2021-07", "2021-10"]
    assert frame["Id"].tolist() == [20190315, 99991231]  # not every value is a date: numbers


def test_dates_in_two_formats_with_weekdays_read_the_numeric_ones_day_first():
    data = (
        b"ref,wedding_date\nA,25/03/2023\nB,02/09/2023\nC,Sun 25 May 2025\n"
        b'D,"Sat, 1 Jun 2024"\nE,14/10/2023\n'
    )
    frame = tables.read_table(data)
    assert [f"{d:%Y-%m-%d}" for d in frame["wedding_date"]] == [
        "2023-03-25", "2023-09-02", "2025-05-25", "2024-06-01", "2023-10-14"
    ]  # fmt: skip
    assert any("numeric ones day first" in a for a in frame.attrs["assumptions"])


def test_a_period_outside_its_range_leaves_the_column_as_it_was():
    frame = tables.read_table(b"P,x\n2020M13,1\n2020M01,2\n")
    assert frame["P"].tolist() == ["2020M13", "2020M01"]


def test_months_of_a_year_are_read_as_their_first_day_and_said():
    frame = tables.read_table(
        b"Month,App,Value\nJan-22,A,1\nFeb-22,A,2\nDec-99,B,3\nSept 2021,B,4\n"
    )
    assert [f"{d:%Y-%m-%d}" for d in frame["Month"]] == [
        "2022-01-01", "2022-02-01", "1999-12-01", "2021-09-01"
    ]  # fmt: skip
    assert any("Jan-22 is 01 January 2022" in a for a in frame.attrs["assumptions"])
    assert frame.attrs["written"] == {"Month": "Jan-22"}  # labels are written as the file does
    names = tables.read_table(b"Name,Value\nMarco,1\nJune,2\n")  # words, not months of a year
    assert names["Name"].tolist() == ["Marco", "June"]


def test_a_file_read_again_unchanged_comes_from_memory_as_a_copy_and_a_changed_one_is_reread(
    tmp_path, monkeypatch
):
    path = tmp_path / "people.csv"
    path.write_bytes(b"id,name\n1,Ann\n2,Bob\n")
    calls = []
    real = tables._read
    monkeypatch.setattr(tables, "_read", lambda *a, **k: calls.append(1) or real(*a, **k))
    first = tables.read_table(path)
    first.loc[0, "name"] = "changed"  # the caller's own copy
    again = tables.read_table(path)
    assert again["name"].tolist() == ["Ann", "Bob"] and len(calls) == 1
    path.write_bytes(b"id,name\n1,Ann\n2,Bob\n3,Cy\n")  # another size: read again
    assert tables.read_table(path)["name"].tolist() == ["Ann", "Bob", "Cy"]
    assert len(calls) == 2


def test_plain_numbers_with_a_leading_zero_stay_codes():
    frame = tables.read(b"code,n\n007,1\n012,2\n", name="codes.csv").frame
    assert frame["code"].tolist() == ["007", "012"]
    frame = tables.read(b"x,n\n0.5,1\n-0.25,2\n", name="values.csv").frame
    assert frame["x"].tolist() == [0.5, -0.25]


def test_a_column_of_clean_numbers_reads_as_the_full_reading_would():
    data = b"id,n,when,code\n1, 5,20190315,7\n2,6,20190316,8\n3,7.5,20190317,9\n"
    frame = tables.read(data, name="clean.csv").frame
    assert frame["n"].tolist() == [5.0, 6.0, 7.5]  # padded, still numbers
    assert str(frame["when"].dtype).startswith("datetime64")  # digits that are dates
    assert frame["id"].dtype.kind == "i" and frame["code"].tolist() == [7, 8, 9]
