"""Helpers for page tests through AppTest."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from services import users
from services.access import Actor


def ready(at: AppTest, tries: int = 60) -> AppTest:
    """Run again until no card is still being read (cards are read in a child process, and
    the page polls for them; AppTest does not run the poll on its own)."""
    for _ in range(tries):
        if not any(c.value.startswith("Reading ") for c in at.caption):
            return at
        time.sleep(0.5)
        at.run()
    raise AssertionError("a card was still being read")


# -- a team server: sign-in configured, users signed in -----------------------------------
APP = str(Path(__file__).resolve().parents[2] / "app.py")
AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "a-test-cookie-secret",
    "client_id": "workbench",
    "client_secret": "secret",
    "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
}


def person(sub: str, name: str) -> dict:
    """ID-token claims of a signed-in user, as `st.user` holds them."""
    return {
        "is_logged_in": True,
        "iss": "https://id.example.com",
        "sub": sub,
        "email": f"{name.lower()}@example.com",
        "name": name,
    }


def signed_in_app(user: dict | None, *, page: str | None = None, **query: str) -> AppTest:
    """The app with sign-in configured, as `user` (None: signed out), on `page`."""
    at = AppTest.from_file(APP, default_timeout=30)
    at.secrets["auth"] = AUTH
    at.user = user or {"is_logged_in": False}
    for name, value in query.items():
        at.query_params[name] = value
    at.run()
    return at.switch_page(page).run() if page else at


def actor_of(engine: Any, user: dict) -> Actor:
    """The user these claims sign in as (made at their first sign-in)."""
    with engine.db.session() as session:
        return users.sign_in(session, user).actor()
