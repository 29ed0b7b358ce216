"""End to end in headless Chromium: upload, ask for a chart by month, watch it stream,
download the PNG, reload into the history, and see a bad upload refused. Screenshots of
each step go to tests/e2e/screenshots/."""

from __future__ import annotations

import pytest

from tests.e2e.browser import CHROMIUM, SCREENSHOTS, browser, workbench

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="Chromium is not installed (make test installs it with apt)"
    ),
]
CSV_ROWS = ["date,region,revenue"] + [
    f"2024-{month:02d}-{day:02d},{region},{month * 100 + day}"
    for month in range(1, 13)
    for day in (3, 17)
    for region in ("North", "South")
]


@pytest.mark.timeout(300)
def test_upload_ask_stream_chart_download_reload_and_bad_upload(tmp_path):
    data = tmp_path / "sales.csv"
    data.write_text("\n".join(CSV_ROWS) + "\n")
    bad = tmp_path / "photo.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    with workbench(tmp_path / "data") as url, browser() as chromium:
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url)
        page.get_by_text("Upload a CSV or Excel file").wait_for(timeout=30_000)
        page.screenshot(path=SCREENSHOTS / "1-first-run.png")

        page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(data)
        page.get_by_text("sales.csv · 48 rows × 3 columns").wait_for(timeout=30_000)
        page.screenshot(path=SCREENSHOTS / "2-data-card.png")

        box = page.locator('[data-testid="stChatInput"] textarea')
        box.fill("Show the monthly revenue as a line chart")
        box.press("Enter")
        page.locator('[data-testid="stChatMessage"]').nth(1).wait_for(timeout=30_000)
        answer = page.locator('[data-testid="stChatMessage"] [data-testid="stMarkdownContainer"]')
        answer.filter(has_text="Total revenue per month").first.wait_for(timeout=60_000)
        page.locator('[data-testid="stPlotlyChart"] .main-svg').first.wait_for(timeout=60_000)
        page.screenshot(path=SCREENSHOTS / "3-answer-with-chart.png", full_page=True)
        blocks = page.get_by_text("Analysis ·")
        blocks.nth(1).wait_for(timeout=30_000)  # the final rerun draws the history
        assert blocks.count() == 2, "the inspection cell and the analysis cell"
        blocks.nth(1).click()
        page.get_by_text("resample('MS')").first.wait_for(timeout=10_000)
        page.screenshot(path=SCREENSHOTS / "4-analysis-code.png", full_page=True)

        with page.expect_download(timeout=30_000) as download:
            page.get_by_role("button", name="Download PNG").first.click()
        png = download.value.path().read_bytes()
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        assert len(png) > 10_000

        page.reload()
        answer.filter(has_text="Total revenue per month").first.wait_for(timeout=30_000)
        page.locator('[data-testid="stPlotlyChart"] .main-svg').first.wait_for(timeout=30_000)
        assert page.locator('[data-testid="stChatMessage"]').count() == 2
        page.screenshot(path=SCREENSHOTS / "5-after-reload.png", full_page=True)

        page.get_by_role("button", name="New analysis").click()
        page.get_by_text("Upload a CSV or Excel file").wait_for(timeout=30_000)
        page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(bad)
        page.get_by_text("photo.csv: the content is a PNG image").wait_for(timeout=30_000)
        page.screenshot(path=SCREENSHOTS / "6-bad-upload.png")


@pytest.mark.timeout(300)
def test_a_workbook_with_two_sheets_is_read_and_a_question_about_the_second_is_answered(
    tmp_path,
):
    import pandas as pd

    summary = pd.DataFrame({"quarter": ["Q1", "Q2"], "visits": [120, 140]})
    orders = pd.DataFrame(
        {
            "order": range(1, 13),
            "region": ["North", "South", "East"] * 4,
            "amount": [float(10 * i) for i in range(1, 13)],
        }
    )
    book = tmp_path / "book.xlsx"
    with pd.ExcelWriter(book) as writer:
        summary.to_excel(writer, sheet_name="Summary", index=False)
        orders.to_excel(writer, sheet_name="Orders", index=False)
    gold = orders.groupby("region")["amount"].sum()

    with workbench(tmp_path / "data") as url, browser() as chromium:
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url)
        page.get_by_text("Upload a CSV or Excel file").wait_for(timeout=30_000)
        page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(book)
        page.get_by_text("book.xlsx · 2 rows × 2 columns").wait_for(timeout=30_000)
        page.screenshot(path=SCREENSHOTS / "7-workbook-card.png")
        page.get_by_text("Sheet", exact=True).wait_for(timeout=10_000)  # the sheets are offered

        box = page.locator('[data-testid="stChatInput"] textarea')
        box.fill("What is the total amount by region?")
        box.press("Enter")
        answer = page.locator('[data-testid="stChatMessage"] [data-testid="stMarkdownContainer"]')
        answer.filter(has_text="Orders").first.wait_for(timeout=90_000)
        for total in gold:  # the reply streams in: wait for every row, not only the first
            answer.filter(has_text=f"{total:,.0f}").first.wait_for(timeout=90_000)
        text = answer.all_inner_texts()
        page.screenshot(path=SCREENSHOTS / "8-workbook-answer.png", full_page=True)
        reply = "\n".join(text)
        for region, total in gold.items():
            assert region in reply and f"{total:,.0f}" in reply, (region, total, reply)
