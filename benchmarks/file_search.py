"""File search's core (services/search): ingestion, indexing and BM25 query speed, and
retrieval quality on tests/retrieval (151 questions over 24 documents, written without an
implementation to tune on), in one run.

    python benchmarks/file_search.py [--json] [--quick]

ingest_pages_per_s  text extracted and chunked from a 300-page PDF, pages per second
index_1k_docs_s     1,000 generated documents (about 100k chunks of 200 tokens) indexed
query_p50_ms / query_p95_ms   BM25 queries on that index
recall_at_5 / mrr   the answering passage among the first 5 / 1 over its rank (first 10),
                    with the API's default chunking (800 tokens, 400 overlap)
recall_at_5_hybrid / mrr_hybrid   the same with hybrid ranking (BM25 + dense embeddings,
                    reciprocal rank fusion)
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402

from benchmarks._report import emit, percentile  # noqa: E402
from services.search import SearchIndex, chunk_pages, dense, extract  # noqa: E402
from tests.retrieval.questions import DOCUMENTS, QUESTIONS  # noqa: E402
from tests.retrieval.scoring import evaluate  # noqa: E402

WORDS = [
    "revenue",
    "churn",
    "retention",
    "customer",
    "invoice",
    "policy",
    "expense",
    "travel",
    "warehouse",
    "shipment",
    "forecast",
    "margin",
    "quarter",
    "region",
    "product",
    "discount",
    "contract",
    "renewal",
    "support",
    "ticket",
    "latency",
    "uptime",
    "incident",
    "dashboard",
    "metric",
    "cohort",
    "segment",
    "pricing",
    "refund",
    "audit",
    "vendor",
]


def big_pdf(pages: int) -> bytes:
    rng = random.Random(7)
    buffer = io.BytesIO()
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(buffer) as document:
        for number in range(pages):
            figure = plt.figure(figsize=(8.5, 11))
            for line in range(40):
                text = " ".join(rng.choice(WORDS) for _ in range(12))
                figure.text(0.05, 0.95 - line * 0.023, f"{number}.{line} {text}", fontsize=8)
            document.savefig(figure)
            plt.close(figure)
    return buffer.getvalue()


def ingest(pages: int) -> float:
    data = big_pdf(pages)
    started = time.perf_counter()
    found = extract(data, "manual.pdf")
    chunk_pages(found.pages)
    assert len(found.pages) == pages
    return pages / (time.perf_counter() - started)


def index_and_query(documents: int) -> tuple[float, list[float]]:
    rng = random.Random(11)
    index = SearchIndex()
    for number in range(documents):
        text = " ".join(rng.choice(WORDS) + str(rng.randrange(500)) for _ in range(10_000))
        pages = extract(text.encode(), f"doc{number}.txt").pages
        index.add(f"file-{number}", chunk_pages(pages, max_tokens=200, overlap=100))
    started = time.perf_counter()
    index.search("warmup")  # the build happens on the first search
    built = time.perf_counter() - started
    times = []
    for _ in range(200):
        query = " ".join(rng.choice(WORDS) + str(rng.randrange(500)) for _ in range(6))
        started = time.perf_counter()
        index.search(query, limit=20)
        times.append((time.perf_counter() - started) * 1000)
    return built, times


def quality(ranker: str = "bm25") -> tuple[float, float]:
    index = SearchIndex(ranker=ranker)
    for path in sorted(DOCUMENTS.iterdir()):
        index.add(path.name, chunk_pages(extract(path.read_bytes(), path.name).pages))
    score = evaluate(
        QUESTIONS, lambda q: [(h.file_id, h.chunk.text) for h in index.search(q, limit=10)]
    )
    return score.recall_at_5, score.mrr_at_10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    parser.add_argument("--quick", action="store_true", help="30 pages and 100 documents")
    args = parser.parse_args()
    pages_per_s = ingest(30 if args.quick else 300)
    built, times = index_and_query(100 if args.quick else 1000)
    recall, mrr = quality()
    hybrid: dict[str, float] = {}
    if dense.available():
        recall_hybrid, mrr_hybrid = quality("hybrid")
        hybrid = {"recall_at_5_hybrid": round(recall_hybrid, 3), "mrr_hybrid": round(mrr_hybrid, 3)}
    emit(
        {
            "ingest_pages_per_s": round(pages_per_s, 1),
            "index_1k_docs_s": round(built, 2),
            "query_p50_ms": round(percentile(times, 0.5), 2),
            "query_p95_ms": round(percentile(times, 0.95), 2),
            "recall_at_5": round(recall, 3),
            "mrr": round(mrr, 3),
            **hybrid,
            "questions": len(QUESTIONS),
        },
        as_json=args.json,
    )


if __name__ == "__main__":
    main()
