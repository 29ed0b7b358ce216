"""End to end in headless Chromium: a PDF is dropped in, a question about it is answered
with a numbered citation, and the citation opens the quoted passage with the document's
name and page. Screenshots go to tests/e2e/screenshots/."""

from __future__ import annotations

import pytest

from tests.documents import pdf
from tests.e2e.browser import CHROMIUM, SCREENSHOTS, browser, workbench

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="Chromium is not installed (make test installs it with apt)"
    ),
]
HANDBOOK = [
    "Revenue is reported in euros. Refunds are subtracted in the month they are paid.",
    "Customer churn is defined as a subscriber who cancels within the billing month. "
    "Paused accounts do not count as churned.",
]


@pytest.mark.timeout(300)
def test_a_pdf_question_is_answered_with_a_citation_that_opens_the_passage(tmp_path):
    document = tmp_path / "handbook.pdf"
    document.write_bytes(pdf(HANDBOOK))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    with workbench(tmp_path / "data") as url, browser() as chromium:
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url)
        page.get_by_text("Upload a CSV or Excel file").wait_for(timeout=30_000)
        page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(document)
        page.get_by_text("handbook.pdf · a document").wait_for(timeout=30_000)

        box = page.locator('[data-testid="stChatInput"] textarea')
        box.fill("How is churn defined in the handbook?")
        box.press("Enter")
        answer = page.locator('[data-testid="stChatMessage"] [data-testid="stMarkdownContainer"]')
        answer.filter(has_text="subscriber who cancels within the billing month").first.wait_for(
            timeout=90_000
        )
        citation = page.get_by_role("button", name="[1] handbook.pdf, page 2")
        citation.wait_for(timeout=60_000)  # drawn with the history once the run ends
        page.screenshot(path=SCREENSHOTS / "9-document-answer.png", full_page=True)

        citation.click()
        passage = page.locator('[data-testid="stPopoverBody"]')
        passage.get_by_text("churn is defined as a subscriber").wait_for(timeout=10_000)
        assert "handbook.pdf, page 2" in passage.inner_text()
        page.screenshot(path=SCREENSHOTS / "10-citation-open.png")
