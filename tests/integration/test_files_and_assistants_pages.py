"""The Files and Assistants pages through AppTest."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from services import assistants, chat

APP = str(Path(__file__).resolve().parents[2] / "app.py")
CSV = b"region,revenue\nNorth,10\nSouth,20\n"


@pytest.fixture
def engine(app_settings):
    from workbench import get_engine

    app_settings()
    return get_engine()


def page(path: str) -> AppTest:
    return AppTest.from_file(APP, default_timeout=30).run().switch_page(path).run()


def test_files_page_previews_downloads_and_deletes_with_confirmation(engine):
    with engine.db.session() as session:
        stored = engine.files.put(session=session, data=CSV, filename="sales.csv")
    at = page("pages/files.py")
    assert not at.exception
    assert at.expander[0].label.startswith(f"sales.csv · {len(CSV)} bytes · uploaded")
    assert "**sales.csv** · 2 rows × 2 columns" in "\n".join(m.value for m in at.markdown)
    assert at.button(key=f"delete-{stored.id}").disabled
    at.checkbox(key=f"confirm-{stored.id}").check().run()
    at.button(key=f"delete-{stored.id}").click().run()
    with engine.db.session() as session:
        assert engine.files.list(session=session).data == []
    assert not engine.files.blob_path(stored.sha256).exists()


def test_assistants_page_lists_the_default_and_creates_edits_and_deletes(engine):
    at = page("pages/assistants.py")
    assert not at.exception
    assert at.expander[0].label.startswith(f"{chat.DEFAULT_NAME} · offline / offline-analyst")
    at.text_input[-2].set_value("Finance helper")
    at.text_area[-1].set_value("Answer in EUR.")
    at.button[-1].click().run()  # the create form's Save
    with engine.db.session() as session:
        names = [a.name for a in assistants.list_(session=session).data]
    assert "Finance helper" in names
    with engine.db.session() as session:
        helper = next(
            a for a in assistants.list_(session=session).data if a.name == "Finance helper"
        )
    assert helper.instructions == "Answer in EUR."
    at.checkbox(key=f"confirm-{helper.id}").check().run()
    at.button(key=f"delete-{helper.id}").click().run()
    with engine.db.session() as session:
        assert "Finance helper" not in [a.name for a in assistants.list_(session=session).data]
