"""What an analyst does in the browser, as steps the end-to-end tests share: open the
workbench, drop a file, ask, wait for the reply and its chart, download a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

UPLOADER = '[data-testid="stFileUploader"] input[type="file"]'
CHAT_BOX = '[data-testid="stChatInput"] textarea'
MESSAGES = '[data-testid="stChatMessage"]'
ANSWER = '[data-testid="stChatMessage"] [data-testid="stMarkdownContainer"]'
CHART = '[data-testid="stPlotlyChart"] .main-svg'
SALES_ROWS = ["date,region,revenue"] + [
    f"2024-{month:02d}-{day:02d},{region},{month * 100 + day}"
    for month in range(1, 13)
    for day in (3, 17)
    for region in ("North", "South")
]
SALES_CARD = "sales.csv · 48 rows × 3 columns"
MONTHLY_CHART = "Show the monthly revenue as a line chart"
MONTHLY_ANSWER = "Total revenue per month"


def write_sales(path: Path) -> Path:
    """A small sales CSV (48 rows: two regions, two days a month for a year)."""
    path.write_text("\n".join(SALES_ROWS) + "\n")
    return path


def open_workbench(chromium: Any, url: str) -> Any:
    """A new page on the workbench, once the chat page offers an upload."""
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url)
    page.get_by_text("Upload a CSV or Excel file").wait_for(timeout=30_000)
    return page


def upload(page: Any, path: Path, card: str) -> None:
    """Drop a file on the uploader and wait for its data card."""
    page.locator(UPLOADER).set_input_files(path)
    page.get_by_text(card).wait_for(timeout=30_000)


def ask(page: Any, question: str) -> Any:
    """Send a question; returns the locator of the reply's text blocks."""
    box = page.locator(CHAT_BOX)
    box.fill(question)
    box.press("Enter")
    page.locator(MESSAGES).nth(1).wait_for(timeout=30_000)
    return page.locator(ANSWER)


def wait_for_answer_and_chart(page: Any, text: str, timeout: int = 60_000) -> None:
    """The reply's text containing `text`, and an interactive chart drawn."""
    page.locator(ANSWER).filter(has_text=text).first.wait_for(timeout=timeout)
    page.locator(CHART).first.wait_for(timeout=timeout)


def download(page: Any, button: str) -> bytes:
    """Click a download button; the downloaded bytes."""
    with page.expect_download(timeout=30_000) as started:
        page.get_by_role("button", name=button).first.click()
    return started.value.path().read_bytes()
