"""/v1/files: upload (multipart), list by purpose, retrieve, delete, and `/content`."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import FileResponse

from services.api import present
from services.api.access import Who, engine_of
from services.errors import InvalidInputError

router = APIRouter()
Order = Literal["asc", "desc"]
PURPOSES = ("assistants", "assistants_output")


@router.post("/files")
def upload(
    request: Request,
    who: Who,
    file: Annotated[UploadFile, File()],
    purpose: Annotated[str, Form()],
) -> dict:
    if purpose != "assistants":
        raise InvalidInputError(
            f"purpose must be 'assistants' (files for assistants, threads and vector stores), "
            f"not {purpose!r}.",
            param="purpose",
        )
    engine = engine_of(request)
    with engine.db.session(who.actor) as session:
        stored = engine.files.put(
            session=session,
            data=file.file,
            filename=file.filename or "upload",
            purpose="assistants",
        )
    return present.obj(stored) | {"status": "processed"}


@router.get("/files")
def list_(
    request: Request,
    who: Who,
    purpose: str | None = None,
    limit: int = 20,
    order: Order = "desc",
    after: str | None = None,
) -> dict:
    if purpose is not None and purpose not in PURPOSES:
        raise InvalidInputError(
            f"purpose must be one of {', '.join(PURPOSES)}, not {purpose!r}.", param="purpose"
        )
    engine = engine_of(request)
    with engine.db.reader(who.actor) as session:
        found = engine.files.list(
            session=session, purpose=purpose, limit=limit, order=order,  # type: ignore[arg-type]
            after=after,
        )  # fmt: skip
    return present.page(found)


@router.get("/files/{file_id}")
def retrieve(
    file_id: str,
    request: Request,
    who: Who,
) -> dict:
    engine = engine_of(request)
    with engine.db.reader(who.actor) as session:
        return present.obj(engine.files.retrieve(session=session, file_id=file_id)) | {
            "status": "processed"
        }


@router.get("/files/{file_id}/content", response_model=None)
def content(
    file_id: str,
    request: Request,
    who: Who,
) -> FileResponse:
    engine = engine_of(request)
    with engine.db.reader(who.actor) as session:
        meta = engine.files.retrieve(session=session, file_id=file_id)
    return FileResponse(
        engine.files.blob_path(meta.sha256),
        media_type=meta.mime_type,
        filename=meta.filename,
    )


@router.delete("/files/{file_id}")
def delete(
    file_id: str,
    request: Request,
    who: Who,
) -> dict:
    engine = engine_of(request)
    with engine.db.session(who.actor) as session:
        engine.files.delete(session=session, file_id=file_id)
    return present.deleted(file_id, "file")
