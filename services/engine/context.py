"""Model context: the thread's history (after the run's truncation strategy) plus what the
run itself has done so far (its text and tool calls with their outputs)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session

from services.llm.base import ModelMessage, ModelToolCall
from services.store.models import FileRow, MessageRow, RunStepRow
from services.tools import file_search

MESSAGE_OVERHEAD_TOKENS = 4
PAGE = 64  # history rows read at a time, newest first

# Built once: building a statement costs more than running it.
_HISTORY = (  # the thread's messages, except the run's own
    MessageRow.thread_id == bindparam("thread_id"),
    or_(MessageRow.run_id.is_(None), MessageRow.run_id != bindparam("run_id")),
)
_NEWEST = (
    select(MessageRow.pk, MessageRow.role, MessageRow.content, MessageRow.attachments)
    .where(*_HISTORY)
    .order_by(MessageRow.pk.desc())
    .limit(PAGE)
)
_OLDER = _NEWEST.where(MessageRow.pk < bindparam("before"))
_COUNT = select(func.count()).select_from(MessageRow).where(*_HISTORY)
_FILENAMES = select(FileRow.id, FileRow.filename).where(
    FileRow.id.in_(bindparam("ids", expanding=True))
)
_RUN_STEPS = (
    select(RunStepRow.turn, RunStepRow.type, RunStepRow.step_details)
    .where(RunStepRow.run_id == bindparam("run_id"))
    .order_by(RunStepRow.pk)
)
_TEXTS = select(MessageRow.id, MessageRow.content).where(
    MessageRow.id.in_(bindparam("ids", expanding=True))
)


class PromptTooLarge(Exception):
    """Even the newest message does not fit in the prompt budget."""


@dataclass(frozen=True)
class Context:
    messages: list[ModelMessage]
    prompt_tokens: int  # estimated
    dropped: int  # history messages left out by truncation
    turn: int  # model calls the run already made


def estimate_tokens(text: str | None) -> int:
    """About four characters a token: close enough for budgeting, no tokenizer needed."""
    return (len(text) + 3) // 4 if text else 0


def message_tokens(message: ModelMessage) -> int:
    calls = sum(estimate_tokens(c.name) + estimate_tokens(c.arguments) for c in message.tool_calls)
    return MESSAGE_OVERHEAD_TOKENS + estimate_tokens(message.content) + calls


def build_context(session: Session, run: Any, *, default_budget: int) -> Context:
    """Read the thread newest first and stop at the first message that does not fit, so the
    cost follows what the model sees, not the thread's whole length. `run` is the run's row:
    an ORM object or a plain row with its columns by name."""
    current, turn = _run_messages(session, run)
    strategy = run.truncation_strategy or {"type": "auto"}
    if strategy.get("type") == "last_messages":
        cap: int | None = int(strategy["last_messages"])
        budget = run.max_prompt_tokens
    else:
        cap, budget = None, run.max_prompt_tokens or default_budget
    used = estimate_tokens(run.instructions) + sum(message_tokens(m) for m in current)
    if budget is not None and used > budget:
        raise PromptTooLarge(
            f"The run's instructions and its own turns need more than the prompt budget of "
            f"{budget} tokens."
        )
    params = {"thread_id": run.thread_id, "run_id": run.id}
    kept: list[Any] = []  # rows of (pk, role, content, attachments)
    full = False
    seen = 0  # history rows looked at
    before: int | None = None
    while not full:
        if before is None:
            page = list(session.execute(_NEWEST, params))  # plain rows: no ORM objects to build
        else:
            page = list(session.execute(_OLDER, {**params, "before": before}))
        for row in page:
            if cap is not None and len(kept) >= cap:
                full = True
                break
            cost = MESSAGE_OVERHEAD_TOKENS + estimate_tokens(content_text(row.content))
            if budget is not None and used + cost > budget:
                full = True
                break
            kept.append(row)
            used += cost
        seen += len(page)
        if len(page) < PAGE:
            break
        before = page[-1].pk
    # Only count the thread when something was left unread.
    total = seen
    if full:
        total = session.scalar(_COUNT, params) or 0
    if total and not kept and cap != 0:
        raise PromptTooLarge(
            f"The newest message and the run's instructions need more than the prompt budget "
            f"of {budget} tokens."
        )
    kept.reverse()
    names = _filenames(session, kept)
    messages = [_history_message(row, names) for row in kept] + current
    return Context(messages=messages, prompt_tokens=used, dropped=total - len(kept), turn=turn)


def _filenames(session: Session, rows: list[Any]) -> dict[str, str]:
    ids = {a["file_id"] for row in rows for a in row.attachments or []}
    if not ids:
        return {}
    found = session.execute(_FILENAMES, {"ids": list(ids)})
    return {file_id: filename for file_id, filename in found}


def _history_message(row: Any, names: dict[str, str]) -> ModelMessage:
    return ModelMessage(
        role="user" if row.role == "user" else "assistant",
        content=content_text(row.content),
        attachments=[
            {**a, "filename": names.get(a["file_id"], a["file_id"])} for a in row.attachments or []
        ],
    )


def content_text(blocks: list[dict[str, Any]]) -> str:
    """Message content as the model reads it: text, with placeholders for images/charts."""
    parts = []
    for block in blocks or []:
        if block["type"] == "text":
            parts.append(block["text"]["value"])
        elif block["type"] == "image_file":
            parts.append(f"[image {block['image_file']['file_id']}]")
        elif block["type"] == "chart":
            title = block["chart"].get("title") or block["chart"]["file_id"]
            parts.append(f"[chart: {title}]")
    return "\n".join(parts)


def _run_messages(session: Session, run: Any) -> tuple[list[ModelMessage], int]:
    """The run's earlier model turns, one assistant message each, then their tool outputs."""
    steps = list(session.execute(_RUN_STEPS, {"run_id": run.id}))
    message_ids = [
        s.step_details["message_creation"]["message_id"]
        for s in steps
        if s.type == "message_creation"
    ]
    texts = {}
    if message_ids:
        texts = {
            message_id: content_text(content)
            for message_id, content in session.execute(_TEXTS, {"ids": message_ids})
        }
    messages: list[ModelMessage] = []
    for _, group in groupby(steps, key=lambda s: s.turn):
        assistant = ModelMessage(role="assistant")
        outputs: list[ModelMessage] = []
        for step in group:
            if step.type == "message_creation":
                assistant.content += texts.get(
                    step.step_details["message_creation"]["message_id"], ""
                )
                continue
            for call in step.step_details["tool_calls"]:
                tool_call, output = _tool_call(call)
                assistant.tool_calls.append(tool_call)
                if output is not None:
                    outputs.append(
                        ModelMessage(role="tool", tool_call_id=call["id"], content=output)
                    )
        messages.append(assistant)
        messages.extend(outputs)
    return messages, steps[-1].turn + 1 if steps else 0


def _tool_call(call: dict[str, Any]) -> tuple[ModelToolCall, str | None]:
    if call["type"] == "function":
        fn = call["function"]
        return ModelToolCall(id=call["id"], name=fn["name"], arguments=fn["arguments"]), fn.get(
            "output"
        )
    if call["type"] == "code_interpreter":
        ci = call["code_interpreter"]
        logs = "\n".join(o.get("logs") or "" for o in ci.get("outputs", []) if o["type"] == "logs")
        return ModelToolCall(
            id=call["id"],
            type="code_interpreter",
            name="code_interpreter",
            arguments=json.dumps({"code": ci["input"]}),
        ), logs
    if call["type"] == "file_search":
        search = call.get("file_search") or {}
        query = search.get("query", "")
        return ModelToolCall(
            id=call["id"], name="file_search", arguments=json.dumps({"query": query})
        ), file_search.render(query, search.get("results") or [], search.get("error"))
    return ModelToolCall(id=call["id"], name=call["type"], arguments="{}"), json.dumps(
        call.get(call["type"], {})
    )
