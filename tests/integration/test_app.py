"""The Settings page through AppTest: it shows what the engine is wired to."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from services import assistants
from tests.integration.test_store import HEAD

APP = Path(__file__).resolve().parents[2] / "app.py"


def settings_page() -> AppTest:
    app = AppTest.from_file(str(APP), default_timeout=30).run()
    return app.switch_page("pages/status.py").run()


@pytest.fixture
def app_env(app_settings):
    return app_settings(default_model="analyst-test")


def test_status_page_shows_backend_data_dir_and_database(app_env):
    app = settings_page()

    assert not app.exception
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Model backend"] == "offline"
    assert metrics["Model"] == "analyst-test"
    page_text = " ".join(m.value for m in app.markdown)
    assert str(app_env.resolve()) in page_text
    assert "workbench.db" in page_text and f"`{HEAD}`" in page_text
    assert "**Storage used:**" in page_text
    assert (app_env / "workbench.db").exists()
    assert not app.warning, "the default offline analyst is available"
    from services.sandbox import isolation

    assert app.success[0].value == f"Isolation: {isolation.choose('auto')}"


def test_status_page_warns_when_the_default_backend_is_missing(app_env, monkeypatch):
    # `scripted` is registered only when WORKBENCH_SCRIPTED_SCRIPT names a script.
    monkeypatch.setenv("WORKBENCH_DEFAULT_BACKEND", "scripted")
    app = settings_page()
    assert "not available in this build" in app.warning[0].value


def test_status_page_counts_what_is_in_the_database(app_env):
    from workbench import get_engine

    engine = get_engine()
    with engine.db.session() as session:
        assistants.create(session=session, model_backend="scripted", model="m")
    app = settings_page()
    with engine.db.session() as session:
        total = len(assistants.list_(session=session).data)  # ours and the default one
    assert total == 2
    assert {m.label: m.value for m in app.metric}["Assistants"] == str(total)


def test_status_page_lists_each_backend_and_whether_a_key_is_set_never_the_key(
    app_env, monkeypatch
):
    key = "sk-status-page-0123456789abcdef"
    monkeypatch.setenv("OPENAI_API_KEY", key)
    app = settings_page()
    table = app.dataframe[0].value
    rows = {row["backend"]: row for row in table.to_dict("records")}
    assert set(rows) >= {"offline", "openai_chat", "openai_responses"}
    assert rows["offline"]["assistants"] == 1  # the default analyst
    assert "OPENAI_API_KEY set" in rows["openai_chat"]["configuration"]
    everything = " ".join(
        [m.value for m in app.markdown]
        + [c.value for c in app.caption]
        + table.astype(str).to_numpy().ravel().tolist()
    )
    assert key not in everything
    monkeypatch.delenv("OPENAI_API_KEY")
    again = settings_page()
    rows = {row["backend"]: row for row in again.dataframe[0].value.to_dict("records")}
    assert "OPENAI_API_KEY not set" in rows["openai_chat"]["configuration"]
