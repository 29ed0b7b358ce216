"""The pages of a team server (AppTest with sign-in configured and a signed-in user): the
sign-in screen, each user's own threads, the sidebar badge, a thread shared by link and
forked, revoking the link, and a hosted server that refuses to run without sign-in."""

from __future__ import annotations

import shutil

import pytest
from streamlit.testing.v1 import AppTest

from services import shares, threads
from tests.integration.pages import APP, actor_of, person
from tests.integration.pages import signed_in_app as app

pytestmark = pytest.mark.filterwarnings("ignore:.*deprecated:DeprecationWarning")


@pytest.fixture
def engine(app_settings):
    from workbench import get_engine

    app_settings()
    return get_engine()


def test_a_visitor_who_is_not_signed_in_sees_only_the_sign_in_screen(engine):
    at = app(None)
    assert not at.exception
    assert [b.label for b in at.button] == ["Sign in"]
    assert not at.chat_input and not at.sidebar.button  # no threads, no chat


def test_each_user_sees_their_own_threads_and_their_name(engine):
    ana, bo = person("1", "Ana"), person("2", "Bo")
    for user, title in ((ana, "Ana's question"), (bo, "Bo's question")):
        with engine.db.session(actor_of(engine, user)) as session:
            threads.create(session=session, messages=[{"content": title}])
    at = app(ana)
    assert not at.exception
    labels = [b.label for b in at.sidebar.button]
    assert any("Ana's question" in label for label in labels)
    assert not any("Bo's question" in label for label in labels)
    assert "**Ana** · admin" in [m.value for m in at.sidebar.markdown]  # the first user
    assert "Sign out" in labels
    at = app(bo)
    labels = [b.label for b in at.sidebar.button]
    assert any("Bo's question" in label for label in labels)
    assert not any("Ana's question" in label for label in labels)
    assert "**Bo**" in [m.value for m in at.sidebar.markdown]


def test_opening_another_users_thread_by_url_shows_nothing_of_it(engine):
    ana, bo = person("1", "Ana"), person("2", "Bo")
    with engine.db.session(actor_of(engine, ana)) as session:
        thread = threads.create(session=session, messages=[{"content": "Ana's secret plan"}])
    actor_of(engine, bo)
    at = app(bo, thread=thread.id)
    assert not at.exception
    assert not at.chat_message  # the empty start page, not Ana's thread
    assert "Ana's secret plan" not in str(at.main)


def test_a_share_link_is_read_only_forkable_and_stops_when_revoked(engine):
    ana, bo = person("1", "Ana"), person("2", "Bo")
    owner = actor_of(engine, ana)
    with engine.db.session(owner) as session:
        thread = threads.create(session=session, messages=[{"content": "Sales by region?"}])
    at = app(ana)
    at.session_state["thread_id"] = thread.id
    at.run()
    at.button(key="share").click().run()
    (link,) = [c.value for c in at.sidebar.code]
    token = link.rsplit("share=", 1)[1]
    assert link.endswith(f"shared?share={token}")

    shared = app(bo, page="pages/shared.py", share=token)
    assert not shared.exception
    assert [m.name for m in shared.chat_message] == ["user"]
    assert "Shared by Ana · read-only" in [c.value for c in shared.caption]
    assert not shared.chat_input  # read-only: no way to add a message
    shared.button(key="fork").click().run()
    with engine.db.reader(actor_of(engine, bo)) as session:
        (fork,) = threads.list_(session=session).data
    assert fork.title == "Fork of Sales by region?"

    at.button(key="unshare").click().run()
    with engine.db.reader(owner) as session:
        assert shares.current(session=session, thread_id=thread.id) is None
    again = app(bo, page="pages/shared.py", share=token)
    assert "This share link does not work" in again.error[0].value
    assert not again.chat_message


def test_local_mode_is_labelled(app_settings):
    """app.py draws the label before any page runs (AppTest drops the entry script's
    sidebar after switch_page, so other pages are checked in the browser test)."""
    app_settings()
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert any("Single-user local mode" in c.value for c in at.sidebar.caption)
    assert "Sign out" not in [b.label for b in at.sidebar.button]


@pytest.mark.skipif(not shutil.which("bwrap"), reason="a hosted server needs bubblewrap")
def test_a_hosted_server_without_sign_in_refuses_to_serve(app_settings):
    app_settings(hosted="true", sandbox_isolation="bubblewrap")
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.chat_input
    assert "WORKBENCH_HOSTED=true" in at.error[0].value and "[auth]" in at.error[0].value


def test_a_team_assistant_is_usable_by_everyone_and_changed_only_by_its_owner(engine):
    from services import assistants

    ana, bo = person("1", "Ana"), person("2", "Bo")
    with engine.db.session(actor_of(engine, ana)) as session:
        shared = assistants.create(
            session=session, name="Churn analyst", model_backend="offline",
            model="offline-analyst", shared="team",
        )  # fmt: skip
        assistants.create(
            session=session, name="Ana's draft", model_backend="offline", model="offline-analyst"
        )
    actor_of(engine, bo)
    at = app(bo, page="pages/assistants.py")
    labels = [e.label for e in at.expander]
    assert any(label.startswith("Churn analyst") and "team" in label for label in labels)
    assert not any("Ana's draft" in label for label in labels)
    assert not [f for f in at.text_input if f.key == f"edit-{shared.id}-name"]  # no form
    at = app(bo)  # and Bo can pick it for his threads
    assert "Churn analyst" in at.sidebar.selectbox(key="assistant_id").options
    at = app(ana, page="pages/assistants.py")
    assert at.checkbox(key=f"edit-{shared.id}-team").value is True
