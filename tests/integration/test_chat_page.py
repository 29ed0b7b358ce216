"""The chat page through AppTest, on the real engine, sandbox and offline analyst."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from services import threads
from tests.integration.pages import ready

APP = str(Path(__file__).resolve().parents[2] / "app.py")
SAMPLE = Path(APP).parent / "assets" / "sample_sales.csv"
pytestmark = pytest.mark.slow


@pytest.fixture
def engine(app_settings):
    from workbench import get_engine

    app_settings(sandbox_warm_kernels="1", max_upload_bytes=str(5 * 1024 * 1024))
    return get_engine()


def app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=90)


def texts(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_first_run_offers_upload_and_sample_data_with_suggested_questions(engine):
    at = app().run()
    assert not at.exception
    assert "try the sample data" in texts(at)
    assert "Assistant: Data analyst (offline · offline-analyst)" in [c.value for c in at.caption]
    ready(at.button(key="sample").click().run())
    assert "**sample_sales.csv** · 2,400 rows × 8 columns" in texts(at)
    suggestions = [b.label for b in at.button if b.key and b.key.startswith("suggest-")]
    assert len(suggestions) == 3
    assert any("revenue" in s for s in suggestions)


def test_a_question_streams_a_reply_with_a_chart_that_history_shows_again(engine):
    at = app().run()
    at.button(key="sample").click().run()
    at.chat_input(key="prompt").set_value("Total revenue by region").run()
    assert not at.exception
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert "**North** is highest" in texts(at)
    assert len(at.get("plotly_chart")) == 1
    assert "📎 sample_sales.csv" in "\n".join(c.value for c in at.caption)
    question, answer = at.chat_message
    assert [e.label for e in question.expander] == ["sample_sales.csv · 2,400 rows × 8 columns"]
    # One bubble, in run order: what it is about to do, the code, then the answer.
    said = [m.value for m in answer.markdown]
    assert said[0] == "Let me first look at the columns of `sample_sales.csv`."
    assert said[1] == "Computing the total revenue by region from `sample_sales.csv`."
    assert "**North** is highest" in said[2]
    assert [e.label.split(" · ")[0] for e in answer.expander] == ["Analysis", "Analysis"]

    again = app()
    again.session_state["thread_id"] = at.session_state["thread_id"]
    again.run()
    assert [m.name for m in again.chat_message] == ["user", "assistant"]
    assert [m.value for m in again.chat_message[1].markdown] == said
    assert "**North** is highest" in texts(again)
    assert len(again.get("plotly_chart")) == 1


def test_threads_can_be_renamed_and_deleted_from_the_sidebar(engine):
    at = app().run()
    at.button(key="sample").click().run()
    at.chat_input(key="prompt").set_value("How many rows are there?").run()
    thread_id = at.session_state["thread_id"]
    with engine.db.session() as session:
        assert (
            threads.retrieve(session=session, thread_id=thread_id).title
            == "How many rows are there?"
        )
    at.text_input(key=f"title-{thread_id}").set_value("Row count").run()
    at.button(key="rename-thread").click().run()
    with engine.db.session() as session:
        assert threads.retrieve(session=session, thread_id=thread_id).title == "Row count"
    assert at.button(key="delete-thread").disabled
    at.checkbox(key=f"confirm-{thread_id}").check().run()
    at.button(key="delete-thread").click().run()
    with engine.db.session() as session:
        assert threads.list_(session=session).data == []
    assert "thread_id" not in at.session_state


def test_a_png_renamed_csv_is_refused_with_the_file_and_reason(engine):
    at = app().run()
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
    at.file_uploader(key="dropzone").set_value([("data.csv", png, "text/csv")]).run()
    errors = [e.value for e in at.error]
    assert errors and errors[0].startswith("data.csv: the content is a PNG image")
    with engine.db.session() as session:
        assert engine.files.list(session=session).data == []


MESSY = {
    "semicolons.csv": b"region;revenue\nNorth;1234,5\nSouth;99,25\nNorth;10,25\n",
    "latin1.csv": "ville,montant\nMontréal,10\nQuébec,20\nMontréal,30\n".encode("latin-1"),
    "bom.csv": "\ufeffregion,revenue\nNorth,1\nSouth,2\nNorth,3\n".encode(),
    "titled.csv": b"Sales report 2024\nregion,revenue\nNorth,1\nSouth,2\nNorth,3\n",
}


@pytest.mark.parametrize("name", sorted(MESSY))
def test_messy_csvs_load_with_a_note_of_what_was_assumed_and_the_analyst_reads_them(engine, name):
    at = app().run()
    ready(at.file_uploader(key="dropzone").set_value([(name, MESSY[name], "text/csv")]).run())
    assert not at.error
    page = texts(at)
    assert f"**{name}** · 3 rows × 2 columns" in page
    notes = " ".join(i.value for i in at.info)
    if name == "semicolons.csv":
        assert "decimal comma" in notes and "semicolons" in notes
    if name == "titled.csv":
        assert "title line" in notes
    if name == "latin1.csv":
        assert "not UTF-8" in notes
    column = "montant" if name == "latin1.csv" else "revenue"
    at.chat_input(key="prompt").set_value(f"What is the total {column}?").run()
    expected = {"semicolons.csv": "1,344", "latin1.csv": "60", "bom.csv": "6", "titled.csv": "6"}[
        name
    ]
    assert f"**{expected}**" in texts(at), texts(at)


def test_a_failed_reply_is_explained_and_retry_answers_again(engine):
    from services import assistants, chat

    with engine.db.session() as session:
        default = chat.default_assistant(session=session, settings=engine.settings)
        assistants.update(session=session, assistant_id=default.id, model_backend="missing")
    at = app().run()
    at.button(key="sample").click().run()
    at.chat_input(key="prompt").set_value("How many rows are there?").run()
    errors = [e.value for e in at.error]
    assert errors and "Model backend 'missing' is not available" in errors[0]

    with engine.db.session() as session:
        assistants.update(session=session, assistant_id=default.id, model_backend="offline")
    at.button(key="retry").click().run()
    assert not at.error
    assert "There are **2,400** rows" in texts(at)


def test_a_default_assistant_on_openai_chat_uses_the_sdk_variables_and_shows_cost(
    app_settings, monkeypatch
):
    from tests.fakes.openai_server import FakeOpenAI, text

    key = "sk-env-test-abcdef123456"
    with FakeOpenAI(api_key=key) as fake:
        monkeypatch.setenv("OPENAI_API_KEY", key)
        monkeypatch.setenv("OPENAI_BASE_URL", fake.url)
        app_settings(default_backend="openai_chat", default_model="gpt-4.1-mini")
        fake.script_chat(text("Hello from the model.", usage=(120_000, 8_000)))
        at = app().run()
        assert "Assistant: Data analyst (openai_chat · gpt-4.1-mini)" in [
            c.value for c in at.caption
        ]
        at.chat_input(key="prompt").set_value("Say hello").run()
        assert not at.exception
        assert "Hello from the model." in texts(at)
        captions = [c.value for c in at.caption]
        # 120k in × $0.40/M + 8k out × $1.60/M
        assert "gpt-4.1-mini · 120,000 in / 8,000 out · ≈ $0.0608" in captions
        assert "This thread: 128,000 tokens · ≈ $0.0608 (estimated)" in captions
        assert fake.posted("/v1/chat/completions")[0].body["model"] == "gpt-4.1-mini"


def test_a_document_answer_shows_numbered_citations_that_open_the_passage(engine):
    import io

    from services import chat
    from tests.documents import pdf

    handbook = [
        "Revenue is reported in euros.",
        "Customer churn is defined as a subscriber who cancels within the billing month.",
    ]
    with engine.db.session() as session:
        assistant = chat.default_assistant(session=session, settings=engine.settings)
        thread = threads.create(session=session)
        _, run, rejected = chat.ask(
            session=session,
            files=engine.files,
            thread_id=thread.id,
            assistant_id=assistant.id,
            text="How is churn defined in the handbook?",
            uploads=[chat.Upload("handbook.pdf", io.BytesIO(pdf(handbook)))],
        )
    assert rejected == []
    assert list(engine.subscribe(run.id, timeout=90))[-2].event == "thread.run.completed"
    at = app()
    at.session_state["thread_id"] = thread.id
    at.run()
    assert not at.exception
    question, answer = at.chat_message
    assert "📎 handbook.pdf" in [c.value for c in question.caption]
    assert "subscriber who cancels within the billing month" in texts(at)
    (source,) = answer.get("popover")
    assert source.proto.popover.label == "[1] handbook.pdf, page 2"
    assert "churn is defined as a subscriber" in " ".join(m.value for m in source.markdown)
    assert any(e.label.startswith("Searched the documents for") for e in answer.expander)


def test_a_decline_offers_the_question_reworded_as_buttons_that_ask_it(engine):
    at = app().run()
    at.button(key="sample").click().run()
    at.chat_input(key="prompt").set_value("average score by region").run()
    assert not at.exception
    assert "Did you mean:" in texts(at)
    offers = {b.key: b.label for b in at.button if b.key and b.key.startswith("offer-")}
    assert offers["offer-0"] == "average `rating` by region"
    assert "What is the total `units` by `region`?" in offers.values()  # its suggestions too
    at.button(key="offer-0").click().run()
    assert not at.exception
    assert [m.name for m in at.chat_message] == ["user", "assistant", "user", "assistant"]
    assert at.chat_message[2].markdown[0].value == "average `rating` by region"
    best = pd.read_csv(SAMPLE).groupby("region")["rating"].mean()
    assert f"**{best.idxmax()}** is highest with {best.max():.2f}" in texts(at)
    assert not [b for b in at.button if b.key and b.key.startswith("offer-")]  # answered
