"""The Documents page through AppTest, on the real engine and its ingestion worker: a store
is made, documents dropped on it are read (or fail with their reason), searched, removed,
and the store deleted; and the Assistants page attaches a store for File search."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from services import assistants, file_batches
from services import vector_stores as vs
from tests.documents import docx, pdf

APP = str(Path(__file__).resolve().parents[2] / "app.py")
HANDBOOK = pdf(
    [
        "Customer churn is defined as a subscriber who cancels within the billing month.",
        "Net revenue retention counts upgrades and downgrades of existing customers.",
    ]
)
GLOSSARY = docx(["ARPU means average revenue per user, in euros."], [["column", "unit"]])
BROKEN = b"%PDF-1.4 not really"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def engine(app_settings):
    from workbench import get_engine

    app_settings()
    return get_engine()


def page(path: str) -> AppTest:
    return AppTest.from_file(APP, default_timeout=30).run().switch_page(path).run()


def only_store(engine):
    with engine.db.reader() as session:
        (store,) = vs.list_stores(session=session).data
    return store


def rows(at: AppTest, first_column: str) -> list[dict]:
    """The rows of the table whose first column is named so."""
    table = next(d for d in at.dataframe if d.value.columns[0] == first_column)
    return table.value.to_dict("records")


def test_documents_are_added_read_searched_removed_and_the_store_deleted(engine):
    at = page("pages/documents.py")
    assert not at.exception
    assert "No document stores yet" in at.info[0].value
    at.text_input(key="new-name").set_value("Policies")
    at.number_input(key="new-days").set_value(30)
    at.button(key="create").click().run()
    store = only_store(engine)
    assert store.name == "Policies" and store.expires_after.days == 30
    assert at.selectbox(key="store").value == store.id

    at.file_uploader(key="documents").set_value(
        [
            ("handbook.pdf", HANDBOOK, PDF),
            ("glossary.docx", GLOSSARY, DOCX),
            ("broken.pdf", BROKEN, PDF),
            ("notes.docx", b"plain text, not a Word file", DOCX),  # the file store refuses it
        ]
    )
    at.button(key="add").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        "notes.docx: the content is text, not DOCX as the name '.docx' says. "
        "It was not added; fix the file and add it again."
    ]
    assert "Added 3 document(s)" in at.success[0].value
    assert engine.ingestor.wait([store.id], timeout=60), "ingestion did not finish in 60 s"

    at.run()
    assert not at.exception
    assert at.get("progress")[0].proto.text == "2 of 3 documents ready · 1 failed"
    files = {r["Document"]: r for r in rows(at, "Document")}
    assert files["handbook.pdf"]["Status"] == "✅ ready" and files["handbook.pdf"]["Chunks"] >= 1
    assert files["glossary.docx"]["Status"] == "✅ ready" and files["glossary.docx"]["Chunks"] >= 1
    assert files["broken.pdf"]["Status"] == "❌ failed"
    assert "not a readable" in files["broken.pdf"]["Problem"]
    assert at.warning[0].value.startswith("1 document(s) could not be read")
    (listed,) = rows(at, "Store")
    assert (listed["Store"], listed["Ready"], listed["In progress"], listed["Failed"]) == (
        "Policies", 2, 0, 1
    )  # fmt: skip

    at.text_input(key="query").set_value("average revenue per user")
    at.button(key="search-go").click().run()
    shown = [m.value for m in at.markdown]
    best = next(n for n, text in enumerate(shown) if text.startswith("**") and " · page " in text)
    assert shown[best].startswith("**glossary.docx** · page 1 · score ")
    assert shown[best + 1].startswith("> ARPU means average revenue per user, in euros\\.  \n")

    with engine.db.reader() as session:
        ids = {
            f.filename: f.id for f in vs.list_files(session=session, vector_store_id=store.id).data
        }
    at.selectbox(key="remove-file").set_value(ids["broken.pdf"])
    at.button(key="remove").click().run()
    assert [r["Document"] for r in rows(at, "Document")] == ["glossary.docx", "handbook.pdf"]

    assert at.button(key=f"delete-{store.id}").disabled
    at.checkbox(key=f"confirm-{store.id}").check().run()
    at.button(key=f"delete-{store.id}").click().run()
    assert not at.exception
    with engine.db.reader() as session:
        assert vs.list_stores(session=session).data == []
        assert len(engine.files.list(session=session).data) == 3  # the files themselves stay
    assert "No document stores yet" in at.info[0].value


def test_a_store_with_documents_being_read_shows_its_progress(engine):
    with engine.db.session() as session:
        store = vs.create(session=session, name="Slow")
        held = engine.files.put(session=session, data=HANDBOOK, filename="handbook.pdf")
    engine.ingestor.stop()  # nothing is read while the page looks
    with engine.db.session() as session:
        file_batches.create(session=session, vector_store_id=store.id, file_ids=[held.id])
    at = page("pages/documents.py")
    assert not at.exception
    assert at.get("progress")[0].proto.text == "0 of 1 documents ready"
    assert rows(at, "Document")[0]["Status"] == "⏳ reading"
    at.text_input(key="query").set_value("churn")
    at.button(key="search-go").click().run()
    assert "No document of this store is ready yet" in at.info[0].value


def test_an_assistant_gets_a_document_store_for_file_search(engine):
    with engine.db.session() as session:
        store = vs.create(session=session, name="Policies")
    at = page("pages/assistants.py")
    at.text_input(key="create-name").set_value("Policy helper")
    at.toggle(key="create-file-search").set_value(True)
    at.selectbox(key="create-store").set_value(store.id)
    at.button(key="create-save").click().run()
    assert not at.exception
    with engine.db.reader() as session:
        helper = next(
            a for a in assistants.list_(session=session).data if a.name == "Policy helper"
        )
    assert [t.type for t in helper.tools] == ["code_interpreter", "file_search"]
    assert helper.tool_resources == {"file_search": {"vector_store_ids": [store.id]}}

    with engine.db.session() as session:
        vs.delete_store(session=session, vector_store_id=store.id)
    at = page("pages/assistants.py")
    assert at.selectbox(key=f"edit-{helper.id}-store").value == store.id
    at.button(key=f"edit-{helper.id}-save").click().run()
    assert f"No vector store with id '{store.id}'" in at.error[0].value
    at.selectbox(key=f"edit-{helper.id}-store").set_value("")  # none
    at.toggle(key=f"edit-{helper.id}-file-search").set_value(False)
    at.button(key=f"edit-{helper.id}-save").click().run()
    assert not at.error, at.error[0].value
    with engine.db.reader() as session:
        helper = assistants.retrieve(session=session, assistant_id=helper.id)
    assert [t.type for t in helper.tools] == ["code_interpreter"]
    assert helper.tool_resources == {}
