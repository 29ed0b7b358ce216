"""End to end in headless Chromium: upload, ask for a chart by month, watch it stream,
download the PNG, reload into the history, and see a bad upload refused. Screenshots of
each step go to tests/e2e/screenshots/."""

from __future__ import annotations

import pytest

from tests.e2e.browser import CHROMIUM, SCREENSHOTS, browser, workbench
from tests.e2e.steps import (
    MESSAGES,
    MONTHLY_ANSWER,
    MONTHLY_CHART,
    SALES_CARD,
    UPLOADER,
    ask,
    download,
    open_workbench,
    upload,
    wait_for_answer_and_chart,
    write_sales,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="Chromium is not installed (make test installs it with apt)"
    ),
]


@pytest.mark.timeout(300)
def test_upload_ask_stream_chart_download_reload_and_bad_upload(tmp_path):
    data = write_sales(tmp_path / "sales.csv")
    bad = tmp_path / "photo.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    with workbench(tmp_path / "data") as url, browser() as chromium:
        page = open_workbench(chromium, url)
        page.screenshot(path=SCREENSHOTS / "1-first-run.png")

        upload(page, data, SALES_CARD)
        page.screenshot(path=SCREENSHOTS / "2-data-card.png")

        ask(page, MONTHLY_CHART)
        wait_for_answer_and_chart(page, MONTHLY_ANSWER)
        page.screenshot(path=SCREENSHOTS / "3-answer-with-chart.png", full_page=True)
        blocks = page.get_by_text("Analysis ·")
        blocks.nth(1).wait_for(timeout=30_000)  # the final rerun draws the history
        assert blocks.count() == 2, "the inspection cell and the analysis cell"
        blocks.nth(1).click()
        page.get_by_text("resample('MS')").first.wait_for(timeout=10_000)
        page.screenshot(path=SCREENSHOTS / "4-analysis-code.png", full_page=True)

        png = download(page, "Download PNG")
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        assert len(png) > 10_000

        page.reload()
        wait_for_answer_and_chart(page, MONTHLY_ANSWER, timeout=30_000)
        assert page.locator(MESSAGES).count() == 2
        page.screenshot(path=SCREENSHOTS / "5-after-reload.png", full_page=True)

        page.get_by_role("button", name="New analysis").click()
        page.get_by_text("Upload a CSV or Excel file").wait_for(timeout=30_000)
        page.locator(UPLOADER).set_input_files(bad)
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
        page = open_workbench(chromium, url)
        upload(page, book, "book.xlsx · 2 rows × 2 columns")
        page.screenshot(path=SCREENSHOTS / "7-workbook-card.png")
        page.get_by_text("Sheet", exact=True).wait_for(timeout=10_000)  # the sheets are offered

        answer = ask(page, "What is the total amount by region?")
        answer.filter(has_text="Orders").first.wait_for(timeout=90_000)
        for total in gold:  # the reply streams in: wait for every row, not only the first
            answer.filter(has_text=f"{total:,.0f}").first.wait_for(timeout=90_000)
        text = answer.all_inner_texts()
        page.screenshot(path=SCREENSHOTS / "8-workbook-answer.png", full_page=True)
        reply = "\n".join(text)
        for region, total in gold.items():
            assert region in reply and f"{total:,.0f}" in reply, (region, total, reply)
