"""/v1/assistants: create, list, retrieve, update, delete. An assistant's `model` is routed to
a backend by WORKBENCH_MODEL_ROUTES (model-name patterns → backend and connection); the
workbench's default model goes to the default backend."""

from __future__ import annotations

import fnmatch
from typing import Any

from fastapi import APIRouter, Request

from services import assistants
from services.api import present
from services.api.access import Page, Who, engine_of
from services.api.bodies import AssistantCreate, AssistantUpdate
from services.config import Settings
from services.errors import InvalidInputError

router = APIRouter()


def route(settings: Settings, model: str) -> tuple[str, dict[str, Any] | None]:
    """(backend, connection) for a model name: the first matching pattern of
    WORKBENCH_MODEL_ROUTES, else the default backend for the default model."""
    for pattern, target in settings.model_routes.items():
        if fnmatch.fnmatchcase(model, pattern):
            return str(target["backend"]), target.get("connection")
    if model == settings.default_model:
        return settings.default_backend, None
    raise InvalidInputError(
        f"The model '{model}' routes to no backend on this workbench. Ask its operator to add "
        'a pattern for it to WORKBENCH_MODEL_ROUTES (JSON, e.g. {"gpt-4o*": {"backend": '
        '"openai_chat", "connection": {…}}}), or use ' + f"'{settings.default_model}'.",
        param="model",
    )


@router.post("/assistants")
def create(
    body: AssistantCreate,
    request: Request,
    who: Who,
) -> dict:
    engine = engine_of(request)
    backend, connection = route(engine.settings, body.model)
    with engine.db.session(who.actor) as session:
        made = assistants.create(
            session=session,
            model_backend=backend,
            model=body.model,
            connection=connection,
            name=body.name,
            description=body.description,
            instructions=body.instructions,
            tools=body.tools,
            tool_resources=body.tool_resources,
            temperature=body.temperature,
            top_p=body.top_p,
            metadata=body.metadata,
        )
    return present.obj(made)


@router.get("/assistants")
def list_(
    request: Request,
    who: Who,
    page: Page,
) -> dict:
    with engine_of(request).db.reader(who.actor) as session:
        found = assistants.list_(session=session, **page.kwargs())
    return present.page(found)


@router.get("/assistants/{assistant_id}")
def retrieve(
    assistant_id: str,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.reader(who.actor) as session:
        return present.obj(assistants.retrieve(session=session, assistant_id=assistant_id))


@router.post("/assistants/{assistant_id}")
def update(
    assistant_id: str,
    body: AssistantUpdate,
    request: Request,
    who: Who,
) -> dict:
    engine = engine_of(request)
    changes = body.model_dump(exclude_unset=True, exclude={"response_format", "reasoning_effort"})
    if "model" in changes:
        if changes["model"] is None:
            raise InvalidInputError("model cannot be null; leave it out to keep it.", param="model")
        changes["model_backend"], connection = route(engine.settings, changes["model"])
        changes["connection"] = connection
    with engine.db.session(who.actor) as session:
        return present.obj(assistants.update(session=session, assistant_id=assistant_id, **changes))


@router.delete("/assistants/{assistant_id}")
def delete(
    assistant_id: str,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.session(who.actor) as session:
        assistants.delete(session=session, assistant_id=assistant_id)
    return present.deleted(assistant_id, "assistant")
