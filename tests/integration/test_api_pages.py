"""The HTTP API and the UI on one engine: keys made and revoked on the API keys page, and a
run started over HTTP shown in the chat page's thread list with its reply."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from services import keys, users
from services.access import LOCAL_USER
from tests.integration.api_server import serve

APP = str(Path(__file__).resolve().parents[2] / "app.py")
pytestmark = pytest.mark.filterwarnings("ignore:.*deprecated:DeprecationWarning")


@pytest.fixture
def engine(app_settings):
    from workbench import get_engine

    app_settings()
    return get_engine()


def page(path: str) -> AppTest:
    return AppTest.from_file(APP, default_timeout=30).run().switch_page(path).run()


def test_a_key_is_shown_once_listed_and_revoked_on_the_page(engine):
    at = page("pages/keys.py")
    assert not at.exception and "No keys yet." in [i.value for i in at.info]
    at.text_input(key="key-user").input("ana@example.com")
    at.text_input(key="key-name").input("notebook")
    at.button[0].click().run()  # the form's submit button
    (secret,) = [c.value for c in at.code]
    assert secret.startswith("wb-")
    with engine.db.session() as session:
        made = keys.authenticate(session, secret)
        assert users.get(session, made.user).email == "ana@example.com"  # a user for the email
    at.button(key="forget-key").click().run()
    assert not at.code  # shown once: gone after it was copied
    assert "ana@example.com" in "\n".join(m.value for m in at.markdown)
    (revoke,) = [b for b in at.button if (b.key or "").startswith("revoke-")]
    revoke.click().run()
    assert "revoked" in "\n".join(m.value for m in at.markdown)
    with engine.db.session() as session:
        assert keys.authenticate(session, secret) is None


def test_a_run_started_over_http_appears_in_the_chat_page_with_its_reply(engine):
    """The local user's key reaches the local user's threads; another user's thread does not
    show up in the local user's list."""
    api = serve(engine)
    try:
        runs = []
        for user, text in ((LOCAL_USER, "Hello from a script"), ("bo@example.com", "Bo's own")):
            client = api.client(api.key(user))
            assistant = client.beta.assistants.create(model=engine.settings.default_model)
            runs.append(
                client.beta.threads.create_and_run_poll(
                    assistant_id=assistant.id,
                    thread={"messages": [{"role": "user", "content": text}]},
                    poll_interval_ms=100,
                )
            )
    finally:
        api.stop()
    run = runs[0]
    assert [r.status for r in runs] == ["completed", "completed"]
    at = AppTest.from_file(APP, default_timeout=30).run()
    titles = [b.label for b in at.sidebar.button]
    assert any("Hello from a script" in title for title in titles), titles
    assert not any("Bo's own" in title for title in titles), titles
    at.session_state["thread_id"] = run.thread_id
    at.run()
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert at.chat_message[1].markdown  # the offline analyst's reply is drawn


def test_the_api_can_run_inside_the_streamlit_process(app_settings):
    from tests.e2e.browser import free_port
    from workbench import API_SERVERS, get_engine

    port = free_port()
    app_settings(api_in_app="true", api_port=str(port))
    engine = get_engine()
    try:
        with engine.db.session() as session:
            secret = keys.create(session=session, user="ana@example.com")[1]
        import time

        import openai

        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=secret)
        deadline = time.monotonic() + 20
        while True:
            try:
                assert client.beta.assistants.list().data == []
                break
            except openai.APIConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
    finally:
        for server in API_SERVERS:
            server.should_exit = True
        API_SERVERS.clear()
