"""Vector stores as objects: every verb, each document format ingested by the worker,
failures per file that never stop a batch, incremental add/remove, cancel, restart
persistence, thread stores, expiry, and search results whose span is the quoted text."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import update

from services import file_batches
from services import tool_resources as resources
from services import vector_stores as vs
from services.errors import ConflictError, InvalidInputError, NotFoundError
from services.search import extract
from services.store.models import VectorStoreRow
from tests.documents import docx, encrypted, image_only_pdf, pdf

HANDBOOK = [
    "Customer churn is defined as a subscriber who cancels within the billing month.",
    "Net revenue retention counts upgrades and downgrades of existing customers.",
]
POLICY = (
    "# Travel policy\n\nEconomy class is required for flights under six hours. "
    "Hotel costs are reimbursed up to 180 euros per night."
)


def upload(engine, name: str, data: bytes) -> str:
    with engine.db.session() as session:
        return engine.files.put(session=session, data=data, filename=name).id


def ready(engine, store_id: str) -> None:
    assert engine.ingestor.wait([store_id], timeout=60), "ingestion did not finish in 60 s"


def search(engine, store_id: str, query: str, **options):
    return engine.searcher.search([store_id], query, **options)


def test_store_verbs_and_pagination(make_engine):
    engine = make_engine()
    with engine.db.session() as session:
        made = [
            vs.create(session=session, name=f"store {n}", metadata={"team": "risk"})
            for n in range(3)
        ]
        assert made[0].status == "completed" and made[0].file_counts.total == 0
        assert made[0].chunking_strategy.static.max_chunk_size_tokens == 800
        page = vs.list_stores(session=session, limit=2, order="asc")
        assert [s.id for s in page.data] == [made[0].id, made[1].id] and page.has_more
        rest = vs.list_stores(session=session, limit=2, order="asc", after=page.last_id)
        assert [s.id for s in rest.data] == [made[2].id] and not rest.has_more
        changed = vs.update(
            session=session,
            vector_store_id=made[1].id,
            name="renamed",
            expires_after={"anchor": "last_active_at", "days": 3},
        )
        assert changed.name == "renamed"
        assert changed.expires_at == changed.last_active_at + 3 * 86400
        assert vs.retrieve(session=session, vector_store_id=made[1].id).name == "renamed"
        gone = vs.delete_store(session=session, vector_store_id=made[2].id)
        assert gone == {"id": made[2].id, "object": "vector_store.deleted", "deleted": True}
        with pytest.raises(NotFoundError, match="vector store"):
            vs.retrieve(session=session, vector_store_id=made[2].id)
        with pytest.raises(InvalidInputError, match="at most half"):
            vs.create(
                session=session,
                chunking_strategy={
                    "type": "static",
                    "static": {"max_chunk_size_tokens": 200, "chunk_overlap_tokens": 150},
                },
            )
        with pytest.raises(InvalidInputError, match="expires_after"):
            vs.create(session=session, expires_after={"anchor": "last_active_at", "days": 0})


def test_each_format_is_ingested_and_found_with_its_span(make_engine):
    engine = make_engine()
    documents = {
        "handbook.pdf": pdf(HANDBOOK),
        "glossary.docx": docx(
            ["ARPU means average revenue per user, in euros."],
            [["column", "unit"], ["arpu", "EUR"]],
        ),
        "policy.md": POLICY.encode(),
        "dictionary.csv": b"column,meaning\nsignup_date,day the account was opened\n",
    }
    ids = {name: upload(engine, name, data) for name, data in documents.items()}
    with engine.db.session() as session:
        store = vs.create(session=session, name="docs", file_ids=list(ids.values()))
        assert store.status == "in_progress" and store.file_counts.in_progress == 4
    ready(engine, store.id)
    with engine.db.session() as session:
        store = vs.retrieve(session=session, vector_store_id=store.id)
        files = vs.list_files(session=session, vector_store_id=store.id, limit=10).data
    assert store.status == "completed" and store.file_counts.completed == 4
    assert store.usage_bytes > 0 and all(f.chunk_count >= 1 for f in files)
    assert {f.filename for f in files} == set(documents)
    for query, name in [
        ("how is churn defined", "handbook.pdf"),
        ("average revenue per user", "glossary.docx"),
        ("hotel reimbursed per night", "policy.md"),
        ("when was the account opened", "dictionary.csv"),
    ]:
        best = search(engine, store.id, query)[0]
        assert best.filename == name and best.file_id == ids[name]
        text = extract(documents[name], name).text
        assert text[best.start : best.end] == best.text  # the citation's span is the quote
    handbook = search(engine, store.id, "net revenue retention upgrades")[0]
    assert handbook.page == 2


def test_failures_are_per_file_and_never_stop_the_batch(make_engine):
    engine = make_engine()
    good = upload(engine, "ok.md", POLICY.encode())
    bad = {
        "locked.pdf": encrypted(pdf(["secret plan"])),
        "scan.pdf": image_only_pdf(),
        "blank.txt": b"   \n\n  ",
        "broken.pdf": b"%PDF-1.4 this is not really a pdf \x00\x01",
        "clip.wav": b"RIFF\x00\x00\x00\x00WAVEfmt ",
    }
    ids = {name: upload(engine, name, data) for name, data in bad.items()}
    with engine.db.session() as session:
        store = vs.create(session=session, name="mixed")
        batch = file_batches.create(
            session=session, vector_store_id=store.id, file_ids=[good, *ids.values()]
        )
        assert batch.status == "in_progress" and batch.file_counts.total == 6
    ready(engine, store.id)
    with engine.db.session() as session:
        batch = file_batches.retrieve(session=session, vector_store_id=store.id, batch_id=batch.id)
        failed = {
            f.filename: f.last_error
            for f in vs.list_files(
                session=session, vector_store_id=store.id, status="failed", limit=10
            ).data
        }
    assert batch.status == "completed"
    assert (batch.file_counts.completed, batch.file_counts.failed) == (1, 5)
    assert "encrypted" in failed["locked.pdf"].message
    assert "no text layer" in failed["scan.pdf"].message
    assert "no text" in failed["blank.txt"].message
    assert "not a readable" in failed["broken.pdf"].message
    assert failed["clip.wav"].code == "unsupported_file"
    assert all(error.code == "invalid_file" for n, error in failed.items() if n != "clip.wav")
    assert search(engine, store.id, "hotel per night")[0].file_id == good


def test_files_come_and_go_without_touching_the_rest(make_engine):
    engine = make_engine()
    policy = upload(engine, "policy.md", POLICY.encode())
    handbook = upload(engine, "handbook.pdf", pdf(HANDBOOK))
    with engine.db.session() as session:
        store = vs.create(session=session, file_ids=[policy])
    ready(engine, store.id)
    assert {h.file_id for h in search(engine, store.id, "churn hotel")} == {policy}
    with engine.db.session() as session:
        vs.add_file(session=session, vector_store_id=store.id, file_id=handbook)
    ready(engine, store.id)
    assert search(engine, store.id, "churn defined")[0].file_id == handbook
    with engine.db.session() as session:
        vs.delete_file(session=session, vector_store_id=store.id, file_id=handbook)
        with pytest.raises(NotFoundError):
            vs.retrieve_file(session=session, vector_store_id=store.id, file_id=handbook)
        engine.files.retrieve(session=session, file_id=handbook)  # the file itself stays
    assert {h.file_id for h in search(engine, store.id, "churn hotel")} == {policy}
    with engine.db.session() as session:
        engine.files.delete(session=session, file_id=policy)  # a deleted file leaves stores
        assert vs.retrieve(session=session, vector_store_id=store.id).file_counts.total == 0
    assert search(engine, store.id, "hotel per night") == []


def test_a_cancelled_batch_leaves_its_waiting_files_cancelled(make_engine):
    engine = make_engine()
    engine.ingestor.stop()  # nothing is ingested until the batch is cancelled
    ids = [upload(engine, f"note{n}.md", f"note {n} about budgets".encode()) for n in range(3)]
    with engine.db.session() as session:
        store = vs.create(session=session)
        batch = file_batches.create(session=session, vector_store_id=store.id, file_ids=ids)
        cancelled = file_batches.cancel(
            session=session, vector_store_id=store.id, batch_id=batch.id
        )
        assert cancelled.status == "cancelled" and cancelled.file_counts.cancelled == 3
        with pytest.raises(ConflictError, match="not in progress"):
            file_batches.cancel(session=session, vector_store_id=store.id, batch_id=batch.id)
    engine.ingestor.start()
    ready(engine, store.id)
    assert search(engine, store.id, "budgets") == []


def test_the_index_and_waiting_files_survive_a_restart(make_engine):
    first = make_engine()
    done = upload(first, "handbook.pdf", pdf(HANDBOOK))
    with first.db.session() as session:
        store = vs.create(session=session, file_ids=[done])
    ready(first, store.id)
    before = search(first, store.id, "churn defined")
    first.ingestor.stop()
    waiting = upload(first, "policy.md", POLICY.encode())
    with first.db.session() as session:
        vs.add_file(session=session, vector_store_id=store.id, file_id=waiting)
    first.shutdown()

    second = make_engine(database_url=first.settings.resolved_database_url)  # the same data
    assert search(second, store.id, "churn defined") == before
    ready(second, store.id)  # the file left waiting is taken up again
    assert search(second, store.id, "hotel per night")[0].file_id == waiting


def test_thread_stores_hold_attachments_and_expire(make_engine):
    engine = make_engine()
    policy = upload(engine, "policy.md", POLICY.encode())
    with engine.db.session() as session:
        store_id = resources.attach_for_search(session, "thread_abc", [policy])
        assert resources.attach_for_search(session, "thread_abc", [policy]) == store_id  # once
        store = vs.retrieve(session=session, vector_store_id=store_id)
        assert store.thread_id == "thread_abc" and store.expires_after.days == 7
        assert store_id not in [s.id for s in vs.list_stores(session=session).data]
    ready(engine, store_id)
    assert search(engine, store_id, "economy class flights")[0].file_id == policy
    with engine.db.session() as session:
        session.execute(
            update(VectorStoreRow)
            .where(VectorStoreRow.id == store_id)
            .values(last_active_at=int(time.time()) - 8 * 86400)
        )
        assert vs.retrieve(session=session, vector_store_id=store_id).status == "expired"
    with pytest.raises(InvalidInputError, match="expired on"):
        search(engine, store_id, "economy")


def test_search_options_are_checked_and_applied(make_engine):
    engine = make_engine()
    ids = [upload(engine, f"n{n}.md", f"budget note {n} travel".encode()) for n in range(5)]
    with engine.db.session() as session:
        store = vs.create(session=session, file_ids=ids)
    ready(engine, store.id)
    assert len(search(engine, store.id, "budget note", max_num_results=2)) == 2
    assert all(h.score >= 0.99 for h in search(engine, store.id, "budget", score_threshold=0.99))
    with pytest.raises(InvalidInputError, match="between 1 and 50"):
        search(engine, store.id, "budget", max_num_results=51)
    with pytest.raises(InvalidInputError, match="empty"):
        search(engine, store.id, "  ")
