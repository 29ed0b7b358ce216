"""The Files and Assistants pages through AppTest."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from services import assistants, chat
from tests.integration.pages import ready

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
    at = ready(page("pages/files.py"))
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
    at.text_input(key="create-name").set_value("Finance helper")
    at.text_area(key="create-instructions").set_value("Answer in EUR.")
    at.button(key="create-save").click().run()
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


def test_an_assistant_on_a_server_is_configured_tested_and_keeps_only_a_key_reference(engine):
    from tests.fakes.openai_server import FakeOpenAI

    with FakeOpenAI(api_key="sk-page-test-1234567890", models=("llama3", "qwen")) as fake:
        at = page("pages/assistants.py")
        at.text_input(key="create-name").set_value("Local llama")
        at.selectbox(key="create-backend").set_value("openai_chat")
        at.text_input(key="create-model").set_value("llama3")
        at.selectbox(key="create-preset").set_value("vllm")
        at.text_input(key="create-base-url").set_value(fake.url)
        at.text_input(key="create-new-key").set_value("sk-page-test-1234567890")
        at.button(key="create-test").click().run()
        assert not at.exception
        assert at.success[0].value.startswith(f"Connected to {fake.url}: 2 model(s): llama3, qwen")

        at.button(key="create-save").click().run()
        with engine.db.session() as session:
            saved = next(
                a for a in assistants.list_(session=session).data if a.name == "Local llama"
            )
        assert saved.connection == {
            "preset": "vllm",
            "base_url": fake.url,
            "key": "secret:Local-llama-key",
            "headers": {},
        }
        assert engine.secrets.resolve("secret:Local-llama-key") == "sk-page-test-1234567890"

        at = page("pages/assistants.py")
        at.text_input(key=f"edit-{saved.id}-key").set_value("secret:nope")
        at.button(key=f"edit-{saved.id}-test").click().run()
        assert "no key named 'nope' is saved" in at.error[0].value
        at.text_input(key=f"edit-{saved.id}-key").set_value("sk-literal-key-in-the-wrong-box")
        at.button(key=f"edit-{saved.id}-save").click().run()
        assert "not a key reference" in at.error[0].value
        with engine.db.session() as session:
            kept = assistants.retrieve(session=session, assistant_id=saved.id)
        assert kept.connection["key"] == "secret:Local-llama-key"  # bad input changed nothing
