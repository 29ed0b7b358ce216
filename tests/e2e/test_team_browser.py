"""A team server end to end in headless Chromium, signing in through a real OpenID Connect
provider (oidc-provider-mock): Ana and Bo each sign in, upload and ask; neither sees, opens
by URL, downloads or deletes the other's threads and files; Ana's share link lets Bo read
and fork her thread, and stops working once she revokes it; signing out returns to the
sign-in screen."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.e2e.browser import CHROMIUM, SCREENSHOTS, browser, free_port, workbench
from tests.e2e.oidc import SIGN_IN, provider, secrets_file, sign_in, sign_out
from tests.e2e.steps import (
    ANSWER,
    CHAT_BOX,
    MESSAGES,
    MONTHLY_ANSWER,
    MONTHLY_CHART,
    ask,
    upload,
    wait_for_answer_and_chart,
    write_sales,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="Chromium is not installed (make test installs it with apt)"
    ),
    # The mock provider uses Authlib APIs that Authlib itself has deprecated.
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
]
PEOPLE = {
    "ana": {"email": "ana@example.com", "name": "Ana"},
    "bo": {"email": "bo@example.com", "name": "Bo"},
}
ANA_QUESTION = MONTHLY_CHART
BO_QUESTION = "What is the total revenue by region?"
BO_ANSWER = "15,840"  # each region: the sum of month * 100 + day over the year
SIDEBAR = '[data-testid="stSidebar"]'
BUTTONS = '[data-testid="stButton"] button'
FILE = '[data-testid="stExpander"]'
FILE_ROWS = f"{FILE} summary"
DELETE = '[class*="st-key-delete-file_"]'
TIMEOUT = 30_000
REPLY_TIMEOUT = 90_000


def card(name: str) -> str:
    return f"{name} · 48 rows × 3 columns"


def thread_of(page) -> str:  # type: ignore[no-untyped-def]
    """The open thread's id, from the page's URL."""
    return parse_qs(urlsplit(page.url).query)["thread"][0]


def assert_sign_in_screen(page) -> None:  # type: ignore[no-untyped-def]
    page.get_by_text(SIGN_IN).wait_for(timeout=TIMEOUT)
    page.locator(BUTTONS).first.wait_for(timeout=TIMEOUT)
    assert page.locator(BUTTONS).all_inner_texts() == ["Sign in"]  # no threads, no sign-out
    assert page.locator(CHAT_BOX).count() == 0


def files_offered(page, last: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The ids of the files the Files page offers a download and a delete for, once the
    row of `last` (the oldest file) is drawn."""
    rows = page.locator(FILE_ROWS)
    oldest = page.locator(FILE, has=page.locator("summary", has_text=last)).first
    oldest.locator(DELETE).wait_for(state="attached", timeout=TIMEOUT)  # drawn last
    controls = page.locator(f'[class*="st-key-download-file_"], {DELETE}')
    classes = controls.evaluate_all("elements => elements.map(e => e.className)")
    found = [re.findall(r"st-key-(download|delete)-(file_\w+)", c) for c in classes]
    downloads = {i for pairs in found for kind, i in pairs if kind == "download"}
    deletes = {i for pairs in found for kind, i in pairs if kind == "delete"}
    assert downloads == deletes and len(deletes) == rows.count(), (downloads, deletes)
    return deletes


def click_until(button, shown, attempts: int = 3, reopen=None) -> None:  # type: ignore[no-untyped-def]
    """Click until `shown` appears: on a busy machine a click that lands while the page is
    rerunning can be dropped by Streamlit, and the person would simply click again. If the
    button has gone (its panel folded on a rerun), `reopen()` opens the panel again first."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    for _ in range(attempts):
        if shown.count():
            break
        try:
            if reopen is not None and not button.is_visible():
                reopen()
                button.wait_for(timeout=TIMEOUT // attempts)
            button.click(timeout=TIMEOUT // attempts)
            shown.first.wait_for(timeout=TIMEOUT // attempts)
        except PlaywrightTimeoutError:
            continue
    shown.first.wait_for(timeout=TIMEOUT)


def wait_until_finished(page) -> None:  # type: ignore[no-untyped-def]
    """The run has ended when its Stop button is gone (the final rerun draws the history)."""
    page.locator(".st-key-stop").wait_for(state="detached", timeout=REPLY_TIMEOUT)


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The provider and one workbench signing in with it; yields the workbench's URL."""
    tmp = tmp_path_factory.mktemp("team")
    port = free_port()  # before the start: the redirect URI in the secrets names it
    with provider(PEOPLE) as issuer:
        secrets = secrets_file(tmp / "secrets.toml", app_port=port, provider_url=issuer)
        with workbench(tmp / "data", port=port, args=["--secrets.files", str(secrets)]) as url:
            yield url


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with browser() as instance:
        yield instance


@pytest.mark.timeout(120)
def test_the_sign_in_screen_lists_no_pages(team, chromium):
    page = chromium.new_context().new_page()
    page.goto(team)
    assert_sign_in_screen(page)
    assert page.locator('[data-testid="stSidebarNav"]').count() == 0
    page.context.close()


@pytest.mark.timeout(300)
def test_two_users_keep_their_work_private_and_share_a_thread_read_only(team, chromium, tmp_path):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    url = team
    # Two contexts: two cookie jars, two people.
    ana = chromium.new_context(viewport={"width": 1280, "height": 900}).new_page()
    bo = chromium.new_context(viewport={"width": 1280, "height": 900}).new_page()
    for page, sub, badge in ((ana, "ana", "Ana · admin"), (bo, "bo", "Bo")):
        page.goto(url)
        assert_sign_in_screen(page)
        sign_in(page, sub)
        page.locator(SIDEBAR).get_by_text(badge, exact=True).wait_for(timeout=TIMEOUT)

    upload(ana, write_sales(tmp_path / "ana_sales.csv"), card("ana_sales.csv"))
    ask(ana, ANA_QUESTION)
    upload(bo, write_sales(tmp_path / "bo_sales.csv"), card("bo_sales.csv"))
    ask(bo, BO_QUESTION)
    wait_for_answer_and_chart(ana, MONTHLY_ANSWER, timeout=REPLY_TIMEOUT)
    bo.locator(ANSWER).filter(has_text=BO_ANSWER).first.wait_for(timeout=REPLY_TIMEOUT)
    for page in (ana, bo):
        wait_until_finished(page)
    ana_thread = thread_of(ana)
    ana.screenshot(path=SCREENSHOTS / "team-1-ana-answer.png", full_page=True)

    # Each sidebar lists its owner's thread, never the other's.
    for page, own, other in ((ana, ANA_QUESTION, BO_QUESTION), (bo, BO_QUESTION, ANA_QUESTION)):
        threads = page.locator(SIDEBAR).locator(BUTTONS)
        threads.filter(has_text=own).first.wait_for(timeout=TIMEOUT)
        assert threads.filter(has_text=other).count() == 0

    # Bo opens Ana's thread by URL: the empty start page, nothing of hers.
    bo.goto(f"{url}/?thread={ana_thread}")
    bo.get_by_text("Upload a CSV or Excel file").wait_for(timeout=TIMEOUT)
    assert bo.locator(MESSAGES).count() == 0
    assert bo.get_by_text(ANA_QUESTION).count() == 0
    assert bo.get_by_text(MONTHLY_ANSWER).count() == 0

    # Each Files page lists only its owner's files, offers download and delete for those
    # alone, and the sidebar still says who is signed in.
    offered = {}
    for page, badge, own, other in (
        (ana, "Ana · admin", "ana_sales.csv", "bo_sales.csv"),
        (bo, "Bo", "bo_sales.csv", "ana_sales.csv"),
    ):
        page.goto(f"{url}/files")
        page.locator(SIDEBAR).get_by_text(badge, exact=True).wait_for(timeout=TIMEOUT)
        offered[page] = files_offered(page, own)
        labels = page.locator(FILE_ROWS).all_inner_texts()
        assert [label for label in labels if own in label], labels
        assert not [label for label in labels if other in label], labels
        theirs = BO_QUESTION if other.startswith("bo") else ANA_QUESTION
        assert not [label for label in labels if theirs in label], labels
    assert offered[ana] and offered[bo] and not offered[ana] & offered[bo], offered
    bo.screenshot(path=SCREENSHOTS / "team-2-bo-files.png", full_page=True)

    # Ana shares her thread: a read-only link.
    ana.goto(f"{url}/?thread={ana_thread}")
    wait_for_answer_and_chart(ana, MONTHLY_ANSWER, timeout=TIMEOUT)
    ana.locator(SIDEBAR).get_by_text("Share this thread").click()
    code = ana.locator(SIDEBAR).locator("code").filter(has_text="share=")
    click_until(ana.get_by_role("button", name="Make a read-only link"), code)
    link = code.inner_text().strip()
    assert link.startswith(f"{url}/shared?share="), link

    # Bo reads it, cannot write to it, and forks it into a thread of his own.
    bo.goto(link)
    bo.get_by_text("Shared by Ana · read-only").wait_for(timeout=TIMEOUT)
    wait_for_answer_and_chart(bo, MONTHLY_ANSWER, timeout=TIMEOUT)
    assert bo.get_by_role("heading", name=ANA_QUESTION).count() == 1
    assert bo.locator(MESSAGES).count() == 2
    assert bo.locator(CHAT_BOX).count() == 0
    bo.screenshot(path=SCREENSHOTS / "team-3-shared-read-only.png", full_page=True)
    fork = bo.locator(SIDEBAR).locator(BUTTONS).filter(has_text=f"Fork of {ANA_QUESTION}")
    click_until(bo.get_by_role("button", name="Fork into my threads"), fork)
    wait_for_answer_and_chart(bo, MONTHLY_ANSWER, timeout=TIMEOUT)
    assert thread_of(bo) != ana_thread
    bo.locator(CHAT_BOX).wait_for(timeout=TIMEOUT)  # his own copy: he can ask on (drawn last)
    assert bo.locator(CHAT_BOX).count() == 1

    # Ana stops sharing: the link no longer opens. (On a busy machine her page may have
    # rerun meanwhile with the share panel folded: she opens it again, as a person would.)
    stop = ana.get_by_role("button", name="Stop sharing")

    def unfold() -> None:
        ana.locator(SIDEBAR).get_by_text("Share this thread").click()

    if not stop.is_visible():
        unfold()
    stop.wait_for(timeout=TIMEOUT)
    click_until(stop, ana.get_by_role("button", name="Make a read-only link"), reopen=unfold)
    bo.goto(link)
    bo.get_by_text("This share link does not work").wait_for(timeout=TIMEOUT)
    assert bo.locator(MESSAGES).count() == 0
    assert bo.get_by_text(MONTHLY_ANSWER).count() == 0
    bo.screenshot(path=SCREENSHOTS / "team-4-revoked-link.png", full_page=True)

    # Signing out returns to the sign-in screen.
    sign_out(bo)
    assert_sign_in_screen(bo)
    bo.screenshot(path=SCREENSHOTS / "team-5-signed-out.png", full_page=True)
