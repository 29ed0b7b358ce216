"""Runs: create, retrieve, list, update, cancel, submit_tool_outputs, and their steps. How a
run ends is in services/run_endings.py."""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from services import access, quotas, threads
from services.assistants import check_temperature, check_tools
from services.common import (
    check_metadata,
    get_row,
    new_id,
    now,
    paginate,
    to_schema,
)
from services.engine.bus import record
from services.engine.events import RunEvent, RunStepEvent, tool_call_delta
from services.errors import ConflictError, InvalidInputError, NotFoundError
from services.run_endings import end_run
from services.schemas import (
    TERMINAL_RUN_STATUSES,
    Page,
    Run,
    RunStep,
    TruncationStrategy,
)
from services.store.models import AssistantRow, RunRow, RunStepRow, ThreadRow

MAX_TOOL_OUTPUT_CHARS = 512_000


def local_worker() -> str:
    """Identifies the process that executes a run (used by crash recovery)."""
    return f"{socket.gethostname()}:{os.getpid()}"


def create(
    *,
    session: Session,
    thread_id: str,
    assistant_id: str,
    model: str | None = None,
    instructions: str | None = None,
    additional_instructions: str | None = None,
    additional_messages: Sequence[Mapping[str, Any]] = (),
    tools: Sequence[Mapping[str, Any]] | None = None,
    tool_choice: Any = None,
    parallel_tool_calls: bool = True,
    temperature: float | None = None,
    top_p: float | None = None,
    truncation_strategy: Mapping[str, Any] | None = None,
    max_prompt_tokens: int | None = None,
    max_completion_tokens: int | None = None,
    metadata: Mapping[str, str] | None = None,
) -> Run:
    """Write a `queued` run; the worker pool picks it up once this transaction commits.
    A thread has at most one active run: a second is refused with a ConflictError."""
    thread = session.scalar(select(ThreadRow).where(ThreadRow.id == thread_id).with_for_update())
    if thread is None:
        raise NotFoundError("thread", thread_id)
    access.check(session, thread, "thread")
    assistant: AssistantRow = access.find(session, AssistantRow, assistant_id, "assistant")
    busy = threads.active_run(session, thread_id)
    if busy is not None:
        raise ConflictError(
            f"Thread {thread_id} already has an active run {busy.id} ({busy.status}). "
            "Wait for it to finish or cancel it before starting another."
        )
    quotas.check_run(session, thread.owner)
    run_tools = check_tools(tools) if tools is not None else list(assistant.tools)
    strategy = _check_truncation(truncation_strategy)
    for value, param in (
        (max_prompt_tokens, "max_prompt_tokens"),
        (max_completion_tokens, "max_completion_tokens"),
    ):
        if value is not None and value < 1:
            raise InvalidInputError(f"{param} must be a positive number.", param=param)
    merged_instructions = assistant.instructions if instructions is None else instructions
    if additional_instructions:
        merged_instructions = "\n\n".join(
            filter(None, [merged_instructions, additional_instructions])
        )
    for message in additional_messages:
        threads.create_message(session=session, thread_id=thread_id, **message)
    created = now()
    row = RunRow(
        id=new_id("run"),
        thread_id=thread_id,
        assistant_id=assistant_id,
        owner=thread.owner,
        created_at=created,
        status="queued",
        model_backend=assistant.model_backend,
        model=model or assistant.model,
        instructions=merged_instructions,
        tools=run_tools,
        tool_choice=_check_tool_choice(tool_choice, run_tools),
        parallel_tool_calls=bool(parallel_tool_calls),
        temperature=check_temperature(
            temperature if temperature is not None else assistant.temperature
        ),
        top_p=top_p if top_p is not None else assistant.top_p,
        truncation_strategy=strategy,
        max_prompt_tokens=max_prompt_tokens,
        max_completion_tokens=max_completion_tokens,
        metadata_=check_metadata(metadata),
        worker=local_worker(),
    )
    session.add(row)
    session.flush()
    run = to_schema(Run, row)
    record(session, RunEvent(event="thread.run.created", run_id=row.id, data=run))
    record(session, RunEvent(event="thread.run.queued", run_id=row.id, data=run))
    return run


def _check_truncation(strategy: Mapping[str, Any] | None) -> dict[str, Any]:
    try:
        parsed = TruncationStrategy.model_validate(dict(strategy or {"type": "auto"}))
    except ValidationError as error:
        raise InvalidInputError(
            f"Invalid truncation_strategy: {error.errors()[0]['msg']}", param="truncation_strategy"
        ) from None
    if parsed.type == "last_messages" and parsed.last_messages is None:
        raise InvalidInputError(
            "truncation_strategy 'last_messages' needs last_messages >= 1.",
            param="truncation_strategy",
        )
    return parsed.model_dump(mode="json")


def _check_tool_choice(choice: Any, tools: list[dict[str, Any]]) -> Any:
    if choice is None:
        return "auto"
    if choice in ("none", "auto", "required"):
        return choice
    if isinstance(choice, Mapping):
        kind = choice.get("type")
        if kind == "function":
            name = (choice.get("function") or {}).get("name")
            declared = {t["function"]["name"] for t in tools if t["type"] == "function"}
            if name not in declared:
                raise InvalidInputError(
                    f"tool_choice names function {name!r}, which the run's tools do not declare.",
                    param="tool_choice",
                )
            return {"type": "function", "function": {"name": name}}
        if kind in ("code_interpreter", "file_search"):
            if not any(t["type"] == kind for t in tools):
                raise InvalidInputError(
                    f"tool_choice asks for {kind}, which the run lacks.", param="tool_choice"
                )
            return {"type": kind}
    raise InvalidInputError(
        "tool_choice must be 'none', 'auto', 'required' or a tool object.", param="tool_choice"
    )


def run_row(session: Session, thread_id: str, run_id: str) -> RunRow:
    """The run of this thread, if the acting user owns the thread (else "not found")."""
    threads.thread_row(session, thread_id)
    row: RunRow = get_row(session, RunRow, run_id, "run", RunRow.thread_id == thread_id)
    return row


def retrieve(*, session: Session, thread_id: str, run_id: str) -> Run:
    return to_schema(Run, run_row(session, thread_id, run_id))


def update(
    *, session: Session, thread_id: str, run_id: str, metadata: Mapping[str, str] | None
) -> Run:
    """Only metadata of a run can change, as in the Assistants API."""
    row = run_row(session, thread_id, run_id)
    row.metadata_ = check_metadata(metadata)
    session.flush()
    return to_schema(Run, row)


def list_(
    *,
    session: Session,
    thread_id: str,
    limit: int = 20,
    order: Literal["asc", "desc"] = "desc",
    after: str | None = None,
    before: str | None = None,
) -> Page:
    threads.thread_row(session, thread_id)
    query = select(RunRow).where(RunRow.thread_id == thread_id)
    return paginate(
        session,
        query,
        RunRow,
        Run,
        kind="run",
        limit=limit,
        order=order,
        after=after,
        before=before,
    )


def list_steps(
    *,
    session: Session,
    thread_id: str,
    run_id: str,
    limit: int = 20,
    order: Literal["asc", "desc"] = "desc",
    after: str | None = None,
    before: str | None = None,
) -> Page:
    run_row(session, thread_id, run_id)
    query = select(RunStepRow).where(RunStepRow.run_id == run_id)
    return paginate(
        session,
        query,
        RunStepRow,
        RunStep,
        kind="run step",
        limit=limit,
        order=order,
        after=after,
        before=before,
    )


def retrieve_step(*, session: Session, thread_id: str, run_id: str, step_id: str) -> RunStep:
    run_row(session, thread_id, run_id)
    row: RunStepRow = get_row(session, RunStepRow, step_id, "run step", RunStepRow.run_id == run_id)
    return to_schema(RunStep, row)


def cancel(*, session: Session, thread_id: str, run_id: str) -> Run:
    """Ask a run to stop. An executing run goes `cancelling` and its worker stops the model
    stream and tool calls; a queued or waiting run is cancelled at once."""
    row = run_row(session, thread_id, run_id)
    if row.status in TERMINAL_RUN_STATUSES:
        raise ConflictError(f"Cannot cancel run {run_id}: it has already ended ({row.status}).")
    if row.status == "in_progress":
        row.status = "cancelling"
        session.flush()
        run = to_schema(Run, row)
        record(session, RunEvent(event="thread.run.cancelling", run_id=run_id, data=run))
        return run
    if row.status in ("queued", "requires_action"):
        return end_run(session, row, "cancelled")
    return to_schema(Run, row)  # already cancelling


def submit_tool_outputs(
    *,
    session: Session,
    thread_id: str,
    run_id: str,
    tool_outputs: Sequence[Mapping[str, Any]],
) -> Run:
    """Give the outputs of every pending tool call at once; the run is queued again."""
    row = run_row(session, thread_id, run_id)
    if row.status != "requires_action" or not row.required_action:
        raise ConflictError(f"Run {run_id} is {row.status}, not waiting for tool outputs.")
    pending = [call["id"] for call in row.required_action["submit_tool_outputs"]["tool_calls"]]
    outputs: dict[str, str] = {}
    for item in tool_outputs:
        call_id, output = item.get("tool_call_id"), item.get("output", "")
        if not isinstance(call_id, str) or not isinstance(output, str):
            raise InvalidInputError(
                "Each tool output needs a tool_call_id and a string output.", param="tool_outputs"
            )
        if call_id in outputs:
            raise InvalidInputError(
                f"Tool call {call_id} was given two outputs.", param="tool_outputs"
            )
        if len(output) > MAX_TOOL_OUTPUT_CHARS:
            raise InvalidInputError(
                f"The output for {call_id} has {len(output)} characters; the limit is "
                f"{MAX_TOOL_OUTPUT_CHARS}.",
                param="tool_outputs",
            )
        outputs[call_id] = output
    missing = [call_id for call_id in pending if call_id not in outputs]
    unknown = [call_id for call_id in outputs if call_id not in pending]
    if missing or unknown:
        parts = []
        if missing:
            parts.append(f"missing outputs for {', '.join(missing)}")
        if unknown:
            parts.append(f"no pending tool call {', '.join(unknown)}")
        raise InvalidInputError(
            "Cannot submit tool outputs: " + "; ".join(parts) + ".", param="tool_outputs"
        )
    step = session.scalar(
        select(RunStepRow).where(
            RunStepRow.run_id == run_id,
            RunStepRow.type == "tool_calls",
            RunStepRow.status == "in_progress",
        )
    )
    if step is not None:
        details = dict(step.step_details)
        calls = []
        deltas = []
        for index, call in enumerate(details["tool_calls"]):
            call = dict(call)
            if call["id"] in outputs:
                call["function"] = {**call["function"], "output": outputs[call["id"]]}
                deltas.append(
                    {
                        "index": index,
                        "id": call["id"],
                        "type": "function",
                        "function": {"output": outputs[call["id"]]},
                    }
                )
            calls.append(call)
        step.step_details = {**details, "tool_calls": calls}
        step.status, step.completed_at = "completed", now()
        session.flush()
        record(session, tool_call_delta(step.id, run_id, deltas))
        record(
            session,
            RunStepEvent(
                event="thread.run.step.completed", run_id=run_id, data=to_schema(RunStep, step)
            ),
        )
    row.status, row.required_action = "queued", None
    row.expires_at, row.worker = None, local_worker()
    session.flush()
    run = to_schema(Run, row)
    record(session, RunEvent(event="thread.run.queued", run_id=run_id, data=run))
    return run
