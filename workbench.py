"""Streamlit glue: the one Engine of this server process, created on first use."""

from __future__ import annotations

import atexit
import logging
from collections.abc import Mapping

import streamlit as st

from services import users
from services.access import LOCAL, Actor
from services.config import Settings
from services.engine.engine import Engine

API_SERVERS: list = []  # the HTTP API servers this process runs beside the app


@st.cache_resource(show_spinner="Starting the workbench…", on_release=Engine.shutdown)
def get_engine() -> Engine:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    settings = Settings()
    engine = Engine(settings).start()
    atexit.register(engine.shutdown)
    if settings.api_in_app:  # the HTTP API in this process too, on the same engine
        from services.cli import serve_in_thread

        API_SERVERS.append(serve_in_thread(engine, settings.api_host, settings.api_port))
    return engine


# -- who is signed in --------------------------------------------------------------------
def auth_providers() -> list[str] | None:
    """The sign-in providers of `[auth]` in .streamlit/secrets.toml: [] for the single
    provider configured in `[auth]` itself, the names of `[auth.NAME]` sections otherwise;
    None when sign-in is not configured (single-user local mode)."""
    try:
        section = st.secrets.get("auth")
    except FileNotFoundError:  # no secrets.toml at all (StreamlitSecretNotFoundError)
        return None
    if not section:
        return None
    named = [name for name, value in section.items() if isinstance(value, Mapping)]
    return [] if "client_id" in section or not named else named


def signed_in(*, entry: bool = False) -> Actor:
    """The user this browser session acts as. With sign-in configured, a visitor who is not
    signed in sees the sign-in screen and nothing else (the page stops here; from the app's
    entry script, `entry`, it is the only page of the navigation); without it,
    the workbench is in single-user local mode and everyone is the local user, unless
    WORKBENCH_HOSTED=true, which refuses to serve without sign-in."""
    engine = get_engine()
    providers = auth_providers()
    if providers is None:
        if engine.settings.hosted:
            st.error(
                "This workbench is set up as a shared server (WORKBENCH_HOSTED=true) but "
                "sign-in is not configured, so it will not serve anyone. Add an `[auth]` "
                'section to .streamlit/secrets.toml (see README, "Host it for a team") and '
                "restart."
            )
            st.stop()
        return LOCAL  # the local user's row is made by the migrations
    if not st.user.is_logged_in:
        if entry:  # the app's own navigation: only the sign-in screen, no list of pages
            st.navigation(
                [st.Page(lambda: _sign_in_screen(providers), title="Sign in")], position="hidden"
            ).run()
        else:
            _sign_in_screen(providers)
        st.stop()
    claims = st.user.to_dict()
    with engine.db.reader() as session:
        known = users.known(session, str(claims.get("iss") or ""), str(claims.get("sub") or ""))
    if known is not None:
        return known.actor()
    with engine.db.session() as session:
        return users.sign_in(session, claims, admin_emails=engine.settings.admin_emails).actor()


def _sign_in_screen(providers: list[str]) -> None:
    st.title("📊 Analyst Workbench")
    st.write("Sign in with your company account to see your threads, files and assistants.")
    st.caption("Following a link a teammate shared? Open it again once you are signed in.")
    if not providers:
        st.button("Sign in", type="primary", on_click=st.login, key="sign-in")
        return
    for name in providers:
        st.button(
            f"Sign in with {name.replace('_', ' ').title()}",
            on_click=st.login,
            args=(name,),
            key=f"sign-in-{name}",
        )


def user_badge(actor: Actor) -> None:
    """The sidebar's who-am-I: the signed-in user's name, picture and sign-out, or the
    single-user label."""
    with st.sidebar:
        if actor == LOCAL:  # signed_in() acts as the local user only without sign-in
            st.caption("🖥️ Single-user local mode: no sign-in; everything here is yours.")
            return
        picture = st.user.get("picture") if st.user.is_logged_in else None
        columns = st.columns([1, 4]) if picture else [st.container()]
        if picture:
            columns[0].image(str(picture), width=32)
        columns[-1].markdown(f"**{actor.label}**" + (" · admin" if actor.is_admin else ""))
        st.button("Sign out", on_click=st.logout, key="sign-out")
