"""/v1/vector_stores with their files, file batches and search."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request

from services import file_batches
from services import vector_stores as vs
from services.api import present
from services.api.access import Page, Who, engine_of
from services.api.bodies import (
    FileBatchCreate,
    VectorStoreCreate,
    VectorStoreFileCreate,
    VectorStoreSearch,
    VectorStoreUpdate,
)

router = APIRouter()
Status = Literal["in_progress", "completed", "failed", "cancelled"]


@router.post("/vector_stores")
def create(
    body: VectorStoreCreate,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.session(who.actor) as session:
        return present.obj(vs.create(session=session, **body.model_dump()))


@router.get("/vector_stores")
def list_(
    request: Request,
    who: Who,
    page: Page,
) -> dict:
    with engine_of(request).db.reader(who.actor) as session:
        found = vs.list_stores(session=session, **page.kwargs())
    return present.page(found)


@router.get("/vector_stores/{store_id}")
def retrieve(
    store_id: str,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.reader(who.actor) as session:
        return present.obj(vs.retrieve(session=session, vector_store_id=store_id))


@router.post("/vector_stores/{store_id}")
def update(
    store_id: str,
    body: VectorStoreUpdate,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.session(who.actor) as session:
        return present.obj(
            vs.update(
                session=session, vector_store_id=store_id, **body.model_dump(exclude_unset=True)
            )
        )


@router.delete("/vector_stores/{store_id}")
def delete(
    store_id: str,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.session(who.actor) as session:
        return vs.delete_store(session=session, vector_store_id=store_id)


@router.post("/vector_stores/{store_id}/search")
def search(
    store_id: str,
    body: VectorStoreSearch,
    request: Request,
    who: Who,
) -> dict:
    engine = engine_of(request)
    with engine.db.reader(who.actor) as session:
        vs.retrieve(session=session, vector_store_id=store_id)  # the caller's store, or 404
    query = body.query if isinstance(body.query, str) else " ".join(body.query)
    ranking = body.ranking_options
    hits = engine.searcher.search(
        [store_id],
        query,
        max_num_results=body.max_num_results,
        score_threshold=ranking.score_threshold if ranking else 0.0,
    )
    return {
        "object": "vector_store.search_results.page",
        "search_query": [query],
        "data": [
            {
                "file_id": hit.file_id,
                "filename": hit.filename,
                "score": hit.score,
                "attributes": {},
                "content": [{"type": "text", "text": hit.text}],
            }
            for hit in hits
        ],
        "has_more": False,
        "next_page": None,
    }


# -- files of a store --------------------------------------------------------------------
@router.post("/vector_stores/{store_id}/files")
def add_file(
    store_id: str,
    body: VectorStoreFileCreate,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.session(who.actor) as session:
        return present.obj(
            vs.add_file(session=session, vector_store_id=store_id, **body.model_dump())
        )


@router.get("/vector_stores/{store_id}/files")
def list_files(
    store_id: str,
    request: Request,
    who: Who,
    page: Page,
    filter: Status | None = None,
) -> dict:
    with engine_of(request).db.reader(who.actor) as session:
        found = vs.list_files(
            session=session, vector_store_id=store_id, status=filter, **page.kwargs(),
        )  # fmt: skip
    return present.page(found)


@router.get("/vector_stores/{store_id}/files/{file_id}")
def retrieve_file(
    store_id: str,
    file_id: str,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.reader(who.actor) as session:
        return present.obj(
            vs.retrieve_file(session=session, vector_store_id=store_id, file_id=file_id)
        )


@router.delete("/vector_stores/{store_id}/files/{file_id}")
def delete_file(
    store_id: str,
    file_id: str,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.session(who.actor) as session:
        return vs.delete_file(session=session, vector_store_id=store_id, file_id=file_id)


# -- batches -----------------------------------------------------------------------------
@router.post("/vector_stores/{store_id}/file_batches")
def create_batch(
    store_id: str,
    body: FileBatchCreate,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.session(who.actor) as session:
        return present.obj(
            file_batches.create(session=session, vector_store_id=store_id, **body.model_dump())
        )


@router.get("/vector_stores/{store_id}/file_batches/{batch_id}")
def retrieve_batch(
    store_id: str,
    batch_id: str,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.reader(who.actor) as session:
        return present.obj(
            file_batches.retrieve(session=session, vector_store_id=store_id, batch_id=batch_id)
        )


@router.post("/vector_stores/{store_id}/file_batches/{batch_id}/cancel")
def cancel_batch(
    store_id: str,
    batch_id: str,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.session(who.actor) as session:
        return present.obj(
            file_batches.cancel(session=session, vector_store_id=store_id, batch_id=batch_id)
        )


@router.get("/vector_stores/{store_id}/file_batches/{batch_id}/files")
def list_batch_files(
    store_id: str,
    batch_id: str,
    request: Request,
    who: Who,
    page: Page,
    filter: Status | None = None,
) -> dict:
    with engine_of(request).db.reader(who.actor) as session:
        file_batches.retrieve(session=session, vector_store_id=store_id, batch_id=batch_id)
        found = vs.list_files(
            session=session, vector_store_id=store_id, batch_id=batch_id, status=filter,
            **page.kwargs(),
        )  # fmt: skip
    return present.page(found)
