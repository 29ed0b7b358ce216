"""/v1 runs and run steps: create (and create-and-run), list, retrieve, update, cancel,
submit_tool_outputs; `stream=true` answers with the run's events as server-sent events,
replayed from the engine's event log, ending with `done` / `[DONE]`. A client that goes
away stops only its stream, never the run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import func, select

from services import runs
from services.api import present
from services.api.access import Page, Who, engine_of
from services.api.bodies import (
    MetadataUpdate,
    RunCreate,
    SubmitToolOutputs,
    ThreadAndRun,
    ThreadCreate,
)
from services.api.routes_threads import make_thread
from services.engine.engine import Engine
from services.store.models import RunEventRow

router = APIRouter()
INCLUDE_SEARCH_CONTENT = "step_details.tool_calls[*].file_search.results[*].content"
Include = Annotated[list[str] | None, Query(alias="include[]")]
_RUN_FIELDS = (
    "model", "instructions", "tools", "metadata", "temperature", "top_p", "max_prompt_tokens",
    "max_completion_tokens", "truncation_strategy", "tool_choice", "parallel_tool_calls",
)  # fmt: skip


def stream(engine: Engine, run_id: str, *, after: int = 0) -> StreamingResponse:
    def events() -> Iterator[str]:
        created: set[str] = set()  # steps and messages this stream announced
        for event in engine.subscribe(run_id, after=after):
            if event.event == "done":
                yield "event: done\ndata: [DONE]\n\n"
                return
            if event.event.endswith(".created"):
                created.add(getattr(event.data, "id", ""))
            elif event.event.endswith(".delta") and getattr(event.data, "id", "") not in created:
                # A stream that resumes (after submit_tool_outputs) gets no deltas of what
                # it never saw created: clients build deltas onto the created snapshot.
                continue
            data = present.obj(event.data) if hasattr(event.data, "model_dump") else event.data
            yield f"event: {event.event}\ndata: {json.dumps(data)}\n\n"

    return StreamingResponse(
        events(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


def _options(body: RunCreate | ThreadAndRun) -> dict[str, Any]:
    chosen = body.model_dump(include=set(_RUN_FIELDS), exclude_unset=True)
    if chosen.get("tool_choice") is None:
        chosen.pop("tool_choice", None)
    return chosen


@router.post("/threads/{thread_id}/runs", response_model=None)
def create(
    thread_id: str,
    body: RunCreate,
    request: Request,
    who: Who,
    include: Include = None,
) -> dict | StreamingResponse:
    engine = engine_of(request)
    with engine.db.session(who.actor) as session:
        run = runs.create(
            session=session,
            thread_id=thread_id,
            assistant_id=body.assistant_id,
            additional_instructions=body.additional_instructions,
            additional_messages=[
                m.model_dump(exclude_none=True) for m in body.additional_messages or []
            ],
            **_options(body),
        )
    return stream(engine, run.id) if body.stream else present.obj(run)


@router.post("/threads/runs", response_model=None)
def create_thread_and_run(
    body: ThreadAndRun,
    request: Request,
    who: Who,
) -> dict | StreamingResponse:
    engine = engine_of(request)
    with engine.db.session(who.actor) as session:
        thread_body = body.thread
        if body.tool_resources is not None:
            thread_body = (thread_body or ThreadCreate()).model_copy(
                update={"tool_resources": body.tool_resources}
            )
        thread = make_thread(session, who, thread_body)
        run = runs.create(
            session=session, thread_id=thread.id, assistant_id=body.assistant_id, **_options(body)
        )
    return stream(engine, run.id) if body.stream else present.obj(run)


@router.get("/threads/{thread_id}/runs")
def list_(
    thread_id: str,
    request: Request,
    who: Who,
    page: Page,
) -> dict:
    with engine_of(request).db.reader(who.actor) as session:
        found = runs.list_(
            session=session, thread_id=thread_id, **page.kwargs(),
        )  # fmt: skip
    return present.page(found)


@router.get("/threads/{thread_id}/runs/{run_id}")
def retrieve(
    thread_id: str,
    run_id: str,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.reader(who.actor) as session:
        return present.obj(runs.retrieve(session=session, thread_id=thread_id, run_id=run_id))


@router.post("/threads/{thread_id}/runs/{run_id}")
def update(
    thread_id: str, run_id: str, body: MetadataUpdate, request: Request,
    who: Who,
) -> dict:  # fmt: skip
    with engine_of(request).db.session(who.actor) as session:
        return present.obj(
            runs.update(session=session, thread_id=thread_id, run_id=run_id, metadata=body.metadata)
        )


@router.post("/threads/{thread_id}/runs/{run_id}/cancel")
def cancel(
    thread_id: str,
    run_id: str,
    request: Request,
    who: Who,
) -> dict:
    with engine_of(request).db.session(who.actor) as session:
        return present.obj(runs.cancel(session=session, thread_id=thread_id, run_id=run_id))


@router.post("/threads/{thread_id}/runs/{run_id}/submit_tool_outputs", response_model=None)
def submit_tool_outputs(
    thread_id: str,
    run_id: str,
    body: SubmitToolOutputs,
    request: Request,
    who: Who,
) -> dict | StreamingResponse:
    engine = engine_of(request)
    with engine.db.session(who.actor) as session:
        seen = session.scalar(select(func.max(RunEventRow.id)).where(RunEventRow.run_id == run_id))
        run = runs.submit_tool_outputs(
            session=session,
            thread_id=thread_id,
            run_id=run_id,
            tool_outputs=[o.model_dump() for o in body.tool_outputs],
        )
    return stream(engine, run.id, after=seen or 0) if body.stream else present.obj(run)


# -- steps -------------------------------------------------------------------------------
def _step(step: Any, include: list[str] | None) -> dict:
    data = present.obj(step)
    if INCLUDE_SEARCH_CONTENT in (include or []):
        return data
    for call in (data.get("step_details") or {}).get("tool_calls") or []:
        for result in (call.get("file_search") or {}).get("results") or []:
            result.pop("content", None)  # the API gave passages only when asked
    return data


@router.get("/threads/{thread_id}/runs/{run_id}/steps")
def list_steps(
    thread_id: str,
    run_id: str,
    request: Request,
    who: Who,
    page: Page,
    include: Include = None,
) -> dict:
    with engine_of(request).db.reader(who.actor) as session:
        found = runs.list_steps(
            session=session, thread_id=thread_id, run_id=run_id, **page.kwargs(),
        )  # fmt: skip
    listed = present.page(found)
    listed["data"] = [_step(step, include) for step in found.data]
    return listed


@router.get("/threads/{thread_id}/runs/{run_id}/steps/{step_id}")
def retrieve_step(
    thread_id: str, run_id: str, step_id: str, request: Request,
    who: Who, include: Include = None,
) -> dict:  # fmt: skip
    with engine_of(request).db.reader(who.actor) as session:
        step = runs.retrieve_step(
            session=session, thread_id=thread_id, run_id=run_id, step_id=step_id
        )
    return _step(step, include)
