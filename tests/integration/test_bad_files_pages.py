"""Bad files on the Chat and Files pages through AppTest, on the real engine: a bad file
shows why, good files dropped with it are kept, and the Files page shows every file."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from services import chat, threads
from services.errors import InvalidInputError
from tests.integration.pages import ready

APP = str(Path(__file__).resolve().parents[2] / "app.py")
GOOD = b"region,revenue\nNorth,10\nSouth,20\n"
BROKEN = b"this is text, not a workbook"  # refused by the file store
DAMAGED = b"PK\x03\x04 a zip header and then nothing a spreadsheet reader can open"
BLANK = b"   \n  \n\n"  # stored, but no table to read
REFUSED = "broken.xlsx: the content is text, not XLSX as the name '.xlsx' says."
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def engine(app_settings):
    from workbench import get_engine

    app_settings()
    return get_engine()


def drop(*files: tuple[str, bytes, str]) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    return ready(at.file_uploader(key="dropzone").set_value(list(files)).run())


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def markdown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def suggestions(at: AppTest) -> list[str]:
    return [b.key for b in at.button if b.key and b.key.startswith("suggest-")]


def stored_names(engine) -> list[str]:
    with engine.db.session() as session:
        return sorted(f.filename for f in engine.files.list(session=session).data)


def test_a_workbook_that_is_not_a_zip_dropped_alone_is_named_with_its_reason(engine):
    at = drop(("broken.xlsx", BROKEN, XLSX))
    assert not at.exception
    assert errors(at) == [REFUSED]
    assert stored_names(engine) == []


def test_a_file_with_no_table_dropped_alone_shows_its_error_card_without_suggestions(engine):
    at = drop(("blank.csv", BLANK, "text/csv"))
    assert not at.exception
    assert "**blank.csv**" in markdown(at)
    [error] = errors(at)
    assert error.startswith("blank.csv cannot be read: the file is empty")
    assert suggestions(at) == []
    assert "Try asking:" not in [c.value for c in at.caption]
    assert stored_names(engine) == ["blank.csv"]


def test_good_files_dropped_with_bad_ones_are_kept_and_the_bad_ones_named(engine):
    at = drop(
        ("broken.xlsx", BROKEN, XLSX),
        ("good.csv", GOOD, "text/csv"),
        ("damaged.xlsx", DAMAGED, XLSX),
    )
    assert not at.exception
    assert "**good.csv** · 2 rows × 2 columns" in markdown(at)
    assert len(suggestions(at)) == 3
    card_error, refused = errors(at)
    assert card_error.startswith("damaged.xlsx cannot be read: ")
    assert refused == REFUSED
    assert stored_names(engine) == ["damaged.xlsx", "good.csv"]


def test_a_question_with_a_bad_upload_keeps_the_good_one_and_names_the_bad(workspace):
    space = workspace(question=None)
    uploads = [
        chat.Upload("good.csv", io.BytesIO(GOOD)),
        chat.Upload("broken.xlsx", io.BytesIO(BROKEN)),
    ]
    with space.engine.db.session() as session:
        message, _, rejected = chat.ask(
            session=session, files=space.engine.files, thread_id=space.thread.id,
            assistant_id=space.assistant.id, text="Total revenue?", uploads=uploads,
        )  # fmt: skip
        [attached] = message.attachments
        kept = space.engine.files.retrieve(session=session, file_id=attached.file_id)
    assert kept.filename == "good.csv"
    assert [r.message for r in rejected] == [REFUSED]


def test_a_drop_of_only_refused_files_without_a_question_writes_nothing(workspace):
    space = workspace(question=None)
    refused = pytest.raises(InvalidInputError, match="^broken.xlsx: the content is text")
    with refused, space.engine.db.session() as session:
        chat.ask(
            session=session, files=space.engine.files, thread_id=space.thread.id,
            assistant_id=space.assistant.id, text="",
            uploads=[chat.Upload("broken.xlsx", io.BytesIO(BROKEN))],
        )  # fmt: skip
    with space.engine.db.session() as session:
        assert threads.list_messages(session=session, thread_id=space.thread.id).data == []


def formulas_workbook() -> bytes:
    book = openpyxl.Workbook()
    book.active["A1"] = 2
    book.active["A2"] = "=A1*2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_the_files_page_shows_every_file_when_some_are_broken(engine):
    with engine.db.session() as session:
        put = engine.files.put
        put(session=session, data=GOOD, filename="good.csv")
        put(session=session, data=DAMAGED, filename="damaged.xlsx")
        gone = put(session=session, data=b"x,y\n1,2\n", filename="gone.csv")
        put(session=session, data=formulas_workbook(), filename="made.xlsx",
            purpose="assistants_output")  # fmt: skip
        put(session=session, data=b"a,b\n3,4\n", filename="last.csv")
    engine.files.blob_path(gone.sha256).unlink()
    at = AppTest.from_file(APP, default_timeout=60).run().switch_page("pages/files.py")
    at = ready(at.run())
    assert not at.exception
    shown = sorted(e.label.split(" · ")[0] for e in at.expander)
    assert shown == ["damaged.xlsx", "gone.csv", "good.csv", "last.csv", "made.xlsx"]
    found = errors(at)
    missing = "its stored content is missing (it may have been removed from the disk)."
    assert f"gone.csv cannot be read: {missing}" in found
    assert any(e.startswith("damaged.xlsx cannot be read: ") for e in found)
    page = markdown(at)
    assert "**good.csv** · 2 rows × 2 columns" in page
    assert "**last.csv** · 1 rows × 2 columns" in page
    labels = [b.label for b in at.download_button]
    assert "Download (contains formulas — check before opening)" in labels
    # the three readable tables (two CSVs, the generated workbook) offer cleaned copies
    assert labels.count("Download cleaned CSV") == labels.count("Download cleaned XLSX") == 3
