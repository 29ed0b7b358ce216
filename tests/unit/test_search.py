"""File search's core: text out of real documents (PDFs and Word files made here), failures
per file with a reason, chunks that keep their span, a BM25 index that takes files in and
out, and retrieval quality on the question set in tests/retrieval."""

from __future__ import annotations

import pytest

from services.search import ExtractError, SearchIndex, chunk_pages, extract, tokens
from tests.documents import docx, encrypted, image_only_pdf, pdf
from tests.retrieval.questions import DOCUMENTS, QUESTIONS
from tests.retrieval.scoring import evaluate


def test_a_pdf_gives_its_pages_with_their_numbers():
    found = extract(pdf(["Churn is defined as", "Net revenue retention counts upgrades"]), "h.pdf")
    assert found.kind == "pdf" and [p.number for p in found.pages] == [1, 2]
    assert "Churn" in found.pages[0].text and "retention" in found.pages[1].text


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (lambda: encrypted(pdf(["secret plan"])), "locked.pdf", "encrypted"),
        (image_only_pdf, "scan.pdf", "no text layer"),
        (lambda: b"", "empty.pdf", "empty"),
        (lambda: b"%PDF-1.4 this is not really a pdf \x00\x01", "broken.pdf", "not a readable"),
        (lambda: b"PK\x03\x04 nonsense", "broken.docx", "not a readable Word"),
        (lambda: b"\x00\x01", "movie.mp4", "cannot be searched"),
    ],
)
def test_documents_that_cannot_be_searched_fail_with_a_reason(data, name, reason):
    with pytest.raises(ExtractError, match=reason) as error:
        extract(data(), name)
    assert name in str(error.value)


def test_word_paragraphs_and_tables():
    data = docx(
        ["Expense policy", "Per diem in London is 75 GBP."],
        [["city", "per diem"], ["Paris", "70 EUR"]],
    )
    text = extract(data, "policy.docx").text
    assert "Per diem in London is 75 GBP." in text and "Paris | 70 EUR" in text


def test_html_markdown_and_a_csv_data_dictionary():
    html = b"<html><head><style>p{}</style></head><body><h1>SLA</h1><p>Uptime 99.9%</p></body>"
    assert extract(html, "sla.html").text == "SLA\nUptime 99.9%"
    assert "# Title" in extract(b"# Title\n\nbody", "notes.md").text
    csv = b"column,unit,description\nnet_amount,EUR,Net of VAT\nqty,items,Units sold\n"
    text = extract(csv, "dictionary.csv").text
    assert "column: net_amount; unit: EUR; description: Net of VAT" in text


def test_chunks_overlap_and_keep_their_span_in_the_document():
    words = " ".join(f"w{i}" for i in range(1000))
    found = extract(pdf(["page one text", words]), "long.pdf")
    chunks = chunk_pages(found.pages, max_tokens=200, overlap=100)
    text = found.text
    assert all(text[c.start : c.end] == c.text for c in chunks)
    assert chunks[0].page == 1 and chunks[-1].page == 2
    second_page = [c for c in chunks if c.page == 2]
    first, second = tokens(second_page[0].text), tokens(second_page[1].text)
    assert first[100:] == second[:100]  # half of each window is shared with the next
    with pytest.raises(ValueError, match="overlap"):
        chunk_pages(found.pages, max_tokens=200, overlap=150)


def test_the_index_takes_files_in_and_out():
    index = SearchIndex()
    a = chunk_pages(extract(b"churn is the share of customers lost", "a.md").pages)
    b = chunk_pages(extract(b"retention keeps customers; revenue grows", "b.md").pages)
    index.add("file-a", a)
    index.add("file-b", b)
    assert [h.file_id for h in index.search("customers lost churn")][0] == "file-a"
    index.remove("file-a")
    assert {h.file_id for h in index.search("customers lost churn")} == {"file-b"}
    assert index.search("zebra") == []
    hits = SearchIndex()
    assert hits.search("anything") == []


def test_retrieval_finds_the_answering_passage_for_most_questions():
    index = SearchIndex()
    for path in sorted(DOCUMENTS.iterdir()):
        index.add(path.name, chunk_pages(extract(path.read_bytes(), path.name).pages))

    def retrieve(question: str):
        return [(hit.file_id, hit.chunk.text) for hit in index.search(question, limit=10)]

    score = evaluate(QUESTIONS, retrieve)
    assert score.questions >= 60
    assert score.recall_at_5 >= 0.9, score


def test_hybrid_ranking_finds_a_passage_that_shares_no_word_with_the_question():
    from services.search import dense
    from services.search.extract import Page

    if not dense.available():
        pytest.skip("wordllama is not installed (a dependency of the workbench)")
    documents = {
        "retention.md": "Subscribers who leave the service each month are counted as attrition.",
        "travel.md": "Hotel costs are reimbursed up to 180 euros per night.",
    }
    for ranker, expected in (("bm25", []), ("hybrid", ["retention.md"])):
        index = SearchIndex(ranker=ranker)
        for name, text in documents.items():
            index.add(name, chunk_pages([Page(1, text)]))
        assert [h.file_id for h in index.search("customer churn", limit=1)] == expected


def test_hybrid_quality_on_the_question_set_is_at_least_that_of_bm25():
    from services.search import dense

    if not dense.available():
        pytest.skip("wordllama is not installed (a dependency of the workbench)")
    scores = {}
    for ranker in ("bm25", "hybrid"):
        index = SearchIndex(ranker=ranker)
        for path in sorted(DOCUMENTS.iterdir()):
            index.add(path.name, chunk_pages(extract(path.read_bytes(), path.name).pages))
        scores[ranker] = evaluate(
            QUESTIONS,
            lambda q, index=index: [(h.file_id, h.chunk.text) for h in index.search(q, limit=10)],
        )
    assert scores["hybrid"].recall_at_5 >= 0.9
    assert scores["hybrid"].mrr_at_10 >= scores["bm25"].mrr_at_10 - 0.02
