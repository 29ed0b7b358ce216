"""Data cards are made in a child process with a time and memory limit: a pathological file
gets its card (or a clear error card) and the app process never does the work."""

from __future__ import annotations

import os

import pytest

from services.tables import card as cards

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def fresh_cards(monkeypatch):
    monkeypatch.setattr(cards, "_CARDS", type(cards._CARDS)())
    yield
    cards._restart_pool()


def test_a_line_of_100000_fields_gets_its_card_from_the_card_process(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(
        ",".join(f"f{i}" for i in range(100_000)) + "\n" + ",".join(map(str, range(100_000)))
    )
    made = cards.card_for(path, name="wide.csv", key="wide")
    assert not made.error, made.error
    assert (made.rows, len(made.columns)) == (1, 100_000)
    pool = cards._POOL
    assert pool is not None
    workers = [p.pid for p in pool._processes.values()]  # type: ignore[attr-defined]
    assert workers and os.getpid() not in workers  # the work happened elsewhere


def test_a_card_over_its_time_limit_is_an_error_card_and_the_next_card_still_works(
    tmp_path, monkeypatch
):
    slow = tmp_path / "slow.csv"
    slow.write_text(",".join(f"f{i}" for i in range(100_000)) + "\n" + "1," * 99_999 + "1\n")
    monkeypatch.setattr(cards, "CARD_SECONDS", 0.2)
    made = cards.card_for(slow, name="slow.csv", key="slow", wait=0.2)
    assert made.error == "slow.csv cannot be read: reading it took longer than 0 seconds."
    monkeypatch.setattr(cards, "CARD_SECONDS", 60.0)
    good = tmp_path / "good.csv"
    good.write_text("a,b\n1,2\n")
    again = cards.card_for(good, name="good.csv", key="good")
    assert (again.error, again.rows, again.columns) == ("", 1, [("a", "int64"), ("b", "int64")])


def test_a_card_not_ready_within_the_wait_comes_back_pending(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"f{i}" for i in range(50_000)) + "\n" + "1," * 49_999 + "1\n")
    first = cards.card_for(path, name="wide.csv", key="pending", wait=0.01)
    assert first.pending and first.rows is None
    final = cards.card_for(path, name="wide.csv", key="pending", wait=None)
    assert not final.pending and final.rows == 1


def test_the_cleaned_table_is_typed_without_its_footer_and_safe_to_open(tmp_path):
    import io

    import openpyxl

    path = tmp_path / "links.csv"
    path.write_text(
        'name;amount\n=HYPERLINK("http://x.test","click");10,5\n@SUM(A1);5\n-ok;-2\nTotal;13,5\n'
    )
    text = cards.cleaned(path, name="links.csv", table=None, fmt="csv").decode("utf-8-sig")
    assert text.splitlines() == [
        "name,amount",
        '"\'=HYPERLINK(""http://x.test"",""click"")",10.5',
        "'@SUM(A1),5.0",
        "'-ok,-2.0",
    ]
    book = openpyxl.load_workbook(
        io.BytesIO(cards.cleaned(path, name="links.csv", table=None, fmt="xlsx"))
    )
    sheet = book.active
    assert sheet["A2"].value == '\'=HYPERLINK("http://x.test","click")'
    assert sheet["A2"].data_type == "s" and sheet["B4"].value == -2


def test_a_card_over_its_memory_limit_is_an_error_card_and_the_next_card_still_works(
    tmp_path, monkeypatch
):
    import gzip

    bomb = tmp_path / "zeros.csv.gz"
    with gzip.open(bomb, "wb", compresslevel=1) as out:  # 1.5 GB of zeros in ~1.5 MB
        block = b"0," * (8 << 20)
        for _ in range(90):
            out.write(block)
    monkeypatch.setattr(cards, "CARD_MEMORY_BYTES", 1024**3)
    cards._restart_pool()  # the next card process gets the smaller limit
    made = cards.card_for(bomb, name="zeros.csv.gz", key="bomb")
    assert made.error.startswith("zeros.csv.gz cannot be read: ")
    assert "memory" in made.error
    good = tmp_path / "good.csv"
    good.write_text("a,b\n1,2\n")
    assert cards.card_for(good, name="good.csv", key="good-after-bomb").rows == 1
