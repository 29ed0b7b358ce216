"""A real OpenID Connect provider for the browser tests (oidc-provider-mock, in a thread),
the secrets that point a workbench's `[auth]` at it, and signing in through its form."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# One host name everywhere (the provider's issuer and endpoints come from the Host it is
# asked with, and the browser's cookies are per host).
HOST = "127.0.0.1"
SIGN_IN = "Sign in with your company account"


@contextmanager
def provider(people: Mapping[str, Mapping[str, str]]) -> Iterator[str]:
    """The provider on a free port, knowing `people` (sub → claims); yields its URL."""
    from oidc_provider_mock import User, run_server_in_thread

    users = [User(sub=sub, claims=dict(claims)) for sub, claims in people.items()]
    with run_server_in_thread(user_claims=users) as server:
        yield f"http://{HOST}:{server.server_port}"


def secrets_file(path: Path, *, app_port: int, provider_url: str) -> Path:
    """A secrets.toml whose `[auth]` signs in with the provider at `provider_url`."""
    path.write_text(
        "[auth]\n"
        f'redirect_uri = "http://{HOST}:{app_port}/oauth2callback"\n'
        'cookie_secret = "a-cookie-secret-for-the-browser-test"\n'
        'client_id = "workbench"\n'
        'client_secret = "workbench-secret"\n'
        f'server_metadata_url = "{provider_url}/.well-known/openid-configuration"\n'
    )
    return path


def sign_in(page: Any, sub: str) -> None:
    """From the workbench's sign-in screen through the provider's authorize form as `sub`,
    back to the workbench's chat page."""
    page.get_by_role("button", name="Sign in").click()
    page.locator("input[name=sub]").fill(sub)
    page.get_by_role("button", name="Authorize", exact=True).click()
    page.get_by_text("Upload a CSV or Excel file").wait_for(timeout=30_000)


def sign_out(page: Any) -> None:
    """The sidebar's "Sign out", then the provider's end-session confirmation."""
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("button", name="End session").click()
    page.get_by_text(SIGN_IN).wait_for(timeout=30_000)
