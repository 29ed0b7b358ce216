"""What a model turn writes as it streams: its reply messages, its tool-call and hosted-code
steps, the provider's files and per-thread state, each recorded with its events. Every
function writes in the caller's transaction; the turn's own rows are saved by its end."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.common import new_id, now
from services.engine import outputs, toolcalls
from services.engine.bus import record
from services.engine.events import MessageEvent, RunStepEvent, text_delta, tool_call_delta
from services.engine.records import Owned
from services.engine.turn import MESSAGES, STEPS, Turn, passages, save
from services.errors import WorkbenchError
from services.files import FileStore
from services.llm.base import GeneratedFile, HostedCode, HostedSearch, ToolCallDelta
from services.schemas import Message, RunStep
from services.search import citations
from services.store.models import ThreadRow

log = logging.getLogger(__name__)


# -- the reply ---------------------------------------------------------------------------
def on_text(session: Session, run_id: str, turn: Turn, text: str) -> None:
    """Add streamed text to the reply, opening it first if none is open."""
    message = turn.message or open_message(session, run_id, turn)
    turn.text += text
    message.set(content=[{"type": "text", "text": {"value": turn.text, "annotations": []}}])
    record(session, text_delta(message.id, run_id, 0, text))


def open_message(session: Session, run_id: str, turn: Turn) -> Owned:
    """A new in-progress reply message and its message_creation step."""
    run = turn.run
    message = Owned.new(
        MESSAGES,
        id=new_id("msg"),
        thread_id=run.thread_id,
        created_at=now(),
        role="assistant",
        status="in_progress",
        content=[],
        attachments=[],
        assistant_id=run.assistant_id,
        run_id=run_id,
    )
    turn.owned.append(message)
    step = new_step(
        turn, {"type": "message_creation", "message_creation": {"message_id": message.id}}
    )
    turn.message, turn.message_step, turn.text = message, step, ""
    step_schema = step.public(RunStep)
    message_schema = message.public(Message)
    for name in ("thread.run.step.created", "thread.run.step.in_progress"):
        record(session, RunStepEvent(event=name, run_id=run_id, data=step_schema))
    for name in ("thread.message.created", "thread.message.in_progress"):
        record(session, MessageEvent(event=name, run_id=run_id, data=message_schema))
    return message


def new_step(turn: Turn, details: dict[str, Any]) -> Owned:
    """An in-progress run step of the turn (saved with the turn's rows)."""
    run = turn.run
    step = Owned.new(
        STEPS,
        id=new_id("step"),
        run_id=run.id,
        thread_id=run.thread_id,
        assistant_id=run.assistant_id,
        created_at=now(),
        turn=turn.number,
        type=details["type"],
        status="in_progress",
        step_details=details,
    )
    turn.owned.append(step)
    return step


def close_message(
    session: Session, run_id: str, turn: Turn, *, incomplete: str | None = None
) -> None:
    """Finish the open reply: attach outputs not shown yet, annotate citations, complete
    it (or mark it incomplete) with its step."""
    message, step = turn.message, turn.message_step
    if message is None or step is None or message["status"] != "in_progress":
        return
    pending = turn.files
    if turn.run.runs_code:
        save(session, turn)  # `unplaced` reads what this turn wrote so far
        pending = outputs.unplaced(session, run_id) + pending
    turn.files = []
    if pending:
        message.set(content=outputs.attach(message["content"], pending))
    if toolcalls.FILE_SEARCH in turn.run.tools:
        save(session, turn)  # a hosted search of this very write is read back too
        found = passages(session, run_id)
        if found:
            message.set(content=citations.annotate(message["content"], found))
    stamp = now()
    if incomplete:
        message.set(status="incomplete", incomplete_details={"reason": incomplete})
    else:
        message.set(status="completed", completed_at=stamp)
    step.set(status="completed", completed_at=stamp)
    record(
        session,
        MessageEvent(
            event="thread.message.incomplete" if incomplete else "thread.message.completed",
            run_id=run_id,
            data=message.public(Message),
        ),
    )
    record(
        session,
        RunStepEvent(event="thread.run.step.completed", run_id=run_id, data=step.public(RunStep)),
    )
    turn.message = None


def place_outputs(session: Session, run_id: str, turn: Turn) -> None:
    """Outputs no message shows yet (the model ended right after its code) get a
    message of their own, so no chart or file is left out of the reply."""
    if not turn.files:
        if not turn.run.runs_code:
            return
        save(session, turn)
        if not outputs.unplaced(session, run_id):
            return
    open_message(session, run_id, turn)
    close_message(session, run_id, turn)


# -- tool calls ----------------------------------------------------------------------------
def on_tool_call(session: Session, run_id: str, turn: Turn, delta: ToolCallDelta) -> None:
    """Add a streamed piece of a tool call to the turn's tool_calls step."""
    close_message(session, run_id, turn)
    step = turn.tool_step
    if step is None:
        step = turn.tool_step = new_step(turn, {"type": "tool_calls", "tool_calls": []})
        schema = step.public(RunStep)
        for name in ("thread.run.step.created", "thread.run.step.in_progress"):
            record(session, RunStepEvent(event=name, run_id=run_id, data=schema))
    call = turn.calls.get(delta.index)
    new = call is None
    if call is None:
        name = delta.name or ""
        kind = (
            "code_interpreter"
            if name == toolcalls.CODE_INTERPRETER and turn.run.runs_code
            else toolcalls.FILE_SEARCH
            if name == toolcalls.FILE_SEARCH and toolcalls.FILE_SEARCH in turn.run.tools
            else "function"
        )
        call = {"id": delta.id or new_id("call"), "name": name, "arguments": "", "type": kind}
        turn.calls[delta.index] = call
    elif delta.name:
        call["name"] += delta.name
    code_before = toolcalls.partial_code(call["arguments"])
    call["arguments"] += delta.arguments
    step.set(step_details=toolcalls.details(turn.calls, {}))
    piece = toolcalls.piece(
        call, delta.index, new=new, arguments=delta.arguments, code_before=code_before
    )
    record(session, tool_call_delta(step.id, run_id, [piece]))


# -- what a provider does on its side (hosted code, its files, its per-thread state) -------
def on_hosted(session: Session, run_id: str, turn: Turn, event: HostedCode) -> None:
    """A hosted code call as a tool_calls step of its own, shown live like local code."""
    step = turn.hosted.get(event.id)
    if step is None:
        close_message(session, run_id, turn)
        step = turn.hosted[event.id] = new_step(
            turn, {"type": "tool_calls", "tool_calls": [hosted_call(event.id, "")]}
        )
        turn.hosted_code[event.id] = ""
        schema = step.public(RunStep)
        for name in ("thread.run.step.created", "thread.run.step.in_progress"):
            record(session, RunStepEvent(event=name, run_id=run_id, data=schema))
    if event.phase == "started":
        return
    before = turn.hosted_code[event.id]
    code = before + event.code if event.phase == "code" else (event.code or before)
    turn.hosted_code[event.id] = code
    produced = turn.hosted_outputs.pop(event.id, []) if event.phase != "code" else []
    result = ([{"type": "logs", "logs": event.logs}] if event.logs else []) + produced
    call = hosted_call(event.id, code, result)
    step.set(step_details={"type": "tool_calls", "tool_calls": [call]})
    piece: dict[str, Any] = {"index": 0, "id": event.id, "type": "code_interpreter"}
    if event.phase == "code":
        piece["code_interpreter"] = {"input": event.code}
    else:
        added = code[len(before) :] if code.startswith(before) else ""
        piece["code_interpreter"] = {"input": added, "outputs": result}
    record(session, tool_call_delta(step.id, run_id, [piece]))
    if event.phase in ("done", "failed"):
        turn.hosted_done.add(event.id)
        stamp = now()
        if event.phase == "failed":
            step.set(
                status="failed",
                completed_at=stamp,
                failed_at=stamp,
                last_error={"code": "server_error", "message": "The hosted code failed."},
            )
        else:
            step.set(status="completed", completed_at=stamp)
        record(
            session,
            RunStepEvent(
                event=f"thread.run.step.{step['status']}",
                run_id=run_id,
                data=step.public(RunStep),
            ),
        )


def on_hosted_search(session: Session, run_id: str, turn: Turn, event: HostedSearch) -> None:
    """A provider's file search as a tool_calls step recorded like the workbench's own: its
    query and numbered passages (the reply's citations and the next turn's context read
    them from there)."""
    step = turn.hosted.get(event.id)
    if step is None:
        close_message(session, run_id, turn)
        call = {"id": event.id, "type": toolcalls.FILE_SEARCH, toolcalls.FILE_SEARCH: {}}
        step = turn.hosted[event.id] = new_step(turn, {"type": "tool_calls", "tool_calls": [call]})
        schema = step.public(RunStep)
        for name in ("thread.run.step.created", "thread.run.step.in_progress"):
            record(session, RunStepEvent(event=name, run_id=run_id, data=schema))
        record(session, tool_call_delta(step.id, run_id, [{"index": 0, **call}]))
    if event.phase == "started":
        return
    found: dict[str, Any] = {"query": event.query, "results": event.results}
    if event.phase == "failed":
        found["error"] = "The provider's file search failed."
    call = {"id": event.id, "type": toolcalls.FILE_SEARCH, toolcalls.FILE_SEARCH: found}
    step.set(step_details={"type": "tool_calls", "tool_calls": [call]})
    record(session, tool_call_delta(step.id, run_id, [{"index": 0, **call}]))
    turn.hosted_done.add(event.id)
    stamp = now()
    if event.phase == "failed":
        error = {"code": "server_error", "message": "The provider's file search failed."}
        step.set(status="failed", completed_at=stamp, failed_at=stamp, last_error=error)
    else:
        step.set(status="completed", completed_at=stamp)
    record(
        session,
        RunStepEvent(
            event=f"thread.run.step.{step['status']}", run_id=run_id, data=step.public(RunStep)
        ),
    )


def on_file(
    session: Session, run_id: str, turn: Turn, event: GeneratedFile, *, files: FileStore | None
) -> None:
    """Keep a provider's file now (its container may expire) and show it in the reply."""
    if files is None:
        return
    try:  # a rejected file is refused before anything is written
        stored = files.put(
            session=session,
            data=event.data,
            filename=event.filename,
            purpose="assistants_output",
            owner=session.scalar(select(ThreadRow.owner).where(ThreadRow.id == turn.run.thread_id)),
        )
    except WorkbenchError as error:
        log.warning("run %s: a generated file was not kept: %s", run_id, error.message)
        return
    if stored.mime_type.startswith("image/"):
        output = {"type": "image", "image": {"file_id": stored.id}}
    else:
        output = {"type": "file", "file": {"file_id": stored.id, "filename": stored.filename}}
    if event.call_id is not None and event.call_id in turn.hosted:
        turn.hosted_outputs.setdefault(event.call_id, []).append(output)
    else:
        turn.files.append(output)


def save_state(session: Session, thread_id: str, state: dict[str, Any]) -> None:
    """Merge the provider's per-thread state into the thread's."""
    thread = session.scalar(select(ThreadRow).where(ThreadRow.id == thread_id))
    if thread is not None:
        thread.provider_state = {**(thread.provider_state or {}), **state}


def hosted_call(
    call_id: str, code: str, outputs: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """A hosted code call as a code_interpreter entry of step details."""
    return {
        "id": call_id,
        "type": "code_interpreter",
        "code_interpreter": {"input": code, "outputs": outputs or []},
    }
