"""/v1/threads and their messages: create (with messages), retrieve, update, delete; messages
created with attachments, listed, retrieved, updated and deleted."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session

from services import threads
from services.api import present
from services.api.access import Caller, Page, Who, engine_of
from services.api.bodies import MessageCreate, MetadataUpdate, ThreadCreate, ThreadUpdate

router = APIRouter()


def make_thread(session: Session, who: Caller, body: ThreadCreate | None) -> Any:
    """A new thread of the caller's, with its first messages (shared by create-and-run)."""
    body = body or ThreadCreate()
    return threads.create(
        session=session,
        messages=[m.model_dump(exclude_none=True) for m in body.messages],
        tool_resources=body.tool_resources,
        metadata=body.metadata,
    )


@router.post("/threads")
def create(
    request: Request,
    who: Who,
    body: ThreadCreate | None = None,
) -> dict:
    with engine_of(request).db.session(who.actor) as session:
        return present.obj(make_thread(session, who, body))


@router.get("/threads/{thread_id}")
def retrieve(
    thread_id: str,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.reader(who.actor) as session:
        return present.obj(threads.retrieve(session=session, thread_id=thread_id))


@router.post("/threads/{thread_id}")
def update(
    thread_id: str,
    body: ThreadUpdate,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.session(who.actor) as session:
        return present.obj(
            threads.update(
                session=session, thread_id=thread_id, **body.model_dump(exclude_unset=True)
            )
        )


@router.delete("/threads/{thread_id}")
def delete(
    thread_id: str,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.session(who.actor) as session:
        threads.delete(session=session, thread_id=thread_id)
    return present.deleted(thread_id, "thread")


# -- messages ----------------------------------------------------------------------------
@router.post("/threads/{thread_id}/messages")
def create_message(
    thread_id: str,
    body: MessageCreate,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.session(who.actor) as session:
        return present.obj(
            threads.create_message(
                session=session, thread_id=thread_id, **body.model_dump(exclude_none=True)
            )
        )


@router.get("/threads/{thread_id}/messages")
def list_messages(
    thread_id: str,
    request: Request,
    who: Who,
    page: Page,
    run_id: str | None = None,
) -> dict:
    with engine_of(request).db.reader(who.actor) as session:
        found = threads.list_messages(
            session=session, thread_id=thread_id, **page.kwargs(), run_id=run_id,
        )  # fmt: skip
    return present.page(found)


@router.get("/threads/{thread_id}/messages/{message_id}")
def retrieve_message(
    thread_id: str,
    message_id: str,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.reader(who.actor) as session:
        return present.obj(
            threads.retrieve_message(session=session, thread_id=thread_id, message_id=message_id)
        )


@router.post("/threads/{thread_id}/messages/{message_id}")
def update_message(
    thread_id: str,
    message_id: str,
    body: MetadataUpdate,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.session(who.actor) as session:
        return present.obj(
            threads.update_message(
                session=session, thread_id=thread_id, message_id=message_id,
                metadata=body.metadata,
            )
        )  # fmt: skip


@router.delete("/threads/{thread_id}/messages/{message_id}")
def delete_message(
    thread_id: str,
    message_id: str,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.session(who.actor) as session:
        threads.delete_message(session=session, thread_id=thread_id, message_id=message_id)
    return present.deleted(message_id, "thread.message")
