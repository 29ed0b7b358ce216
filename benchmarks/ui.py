"""The UI in headless Chromium against a real server (offline analyst, sample data, the
thread's kernel warm).

    python benchmarks/ui.py [--samples 5] [--json]

page_ready_p50_ms           navigation → the chat input is visible
first_token_visible_p50_ms  Enter → the first token of the reply is on screen (the analyst says
                            what it is about to do before its first code cell)
chart_visible_p50_ms        Enter → the interactive chart is drawn
first_feedback_p50_ms       Enter → the reply's progress block is on screen
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._report import emit  # noqa: E402
from tests.e2e.browser import browser, workbench  # noqa: E402

QUESTIONS = [
    "Total revenue by region",
    "Show the monthly revenue as a line chart",
    "distribution of unit price",
    "share of revenue by channel",
    "top 3 products by units",
]
# JavaScript run in the page: the newest reply once `n` chat messages are on screen.
REPLY = (
    "n => { const m = document.querySelectorAll('[data-testid=\"stChatMessage\"]');"
    " return m.length >= n ? m[m.length - 1] : null; }"
)
HAS_REPLY = f"n => ({REPLY})(n) !== null"
HAS_TOKEN = (
    f"n => {{ const m = ({REPLY})(n); if (!m) return false;"
    " const t = [...m.querySelectorAll('[data-testid=\"stMarkdownContainer\"]')]"
    ".map(e => e.innerText).join(' ');"
    " return t.includes('▌') || t.includes('from sample_sales.csv'); }"
)
HAS_CHART = f"n => {{ const m = ({REPLY})(n); return !!(m && m.querySelector('.main-svg')); }}"


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def measure(samples: int) -> dict[str, object]:
    ready, feedback, first_token, chart = [], [], [], []
    with (
        tempfile.TemporaryDirectory(prefix="wb-ui-") as tmp,
        workbench(Path(tmp) / "data") as url,
        browser() as chromium,
    ):
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        for _ in range(samples):
            started = time.perf_counter()
            page.goto(url)
            page.locator('[data-testid="stChatInput"] textarea').wait_for()
            ready.append(time.perf_counter() - started)
        page.get_by_role("button", name="Try the sample data").click()
        page.get_by_text("sample_sales.csv · 2,400 rows").wait_for(timeout=30_000)
        ask(page, "How many rows are there?", 2)  # the thread's kernel is warm from here on
        for number in range(samples):
            question = QUESTIONS[number % len(QUESTIONS)]
            expected = 2 * (number + 2)
            marks = ask(page, question, expected)
            feedback.append(marks["feedback"])
            first_token.append(marks["token"])
            chart.append(marks["chart"])
    return {
        "samples": samples,
        "page_ready_p50_ms": ms(statistics.median(ready)),
        "first_feedback_p50_ms": ms(statistics.median(feedback)),
        "first_token_visible_p50_ms": ms(statistics.median(first_token)),
        "chart_visible_p50_ms": ms(statistics.median(chart)),
    }


def ask(page, question: str, messages: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    box = page.locator('[data-testid="stChatInput"] textarea')
    box.fill(question)
    started = time.perf_counter()
    box.press("Enter")
    page.wait_for_function(HAS_REPLY, arg=messages, timeout=60_000, polling=10)
    feedback = time.perf_counter() - started
    page.wait_for_function(HAS_TOKEN, arg=messages, timeout=60_000, polling=10)
    token = time.perf_counter() - started
    chart = float("nan")
    if "rows" not in question:
        page.wait_for_function(HAS_CHART, arg=messages, timeout=60_000, polling=10)
        chart = time.perf_counter() - started
    page.get_by_text("from sample_sales.csv").last.wait_for(timeout=60_000)
    page.wait_for_timeout(300)  # let the final rerun settle before the next question
    return {"feedback": feedback, "token": token, "chart": chart}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    args = parser.parse_args()
    figures = measure(args.samples)
    emit(figures, as_json=args.json)


if __name__ == "__main__":
    main()
