"""Follow a run's events and draw the reply as it streams, in the order the run produces it:
each message token by token, each analysis step with its code as it is written, then its
output. The finished reply is drawn again from the database by `messages.reply`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import streamlit as st

from services.engine.events import Event

TERMINAL = ("completed", "failed", "cancelled", "expired", "incomplete")


class _Analysis:
    """One tool-calls step on screen: a status block with the code and its logs."""

    def __init__(self) -> None:
        self.block = st.status("Running the analysis…", expanded=True)
        self.code_box = self.block.empty()
        self.logs_box = self.block.empty()
        self.code = ""
        self.logs = ""
        self.search: dict[str, Any] | None = None  # a file search step: its query and results

    def delta(self, calls: list[dict[str, Any]]) -> None:
        for call in calls:
            if call.get("type") == "file_search":
                self.search = {**(self.search or {}), **call.get("file_search", {})}
                query = self.search.get("query")
                self.block.update(
                    label=f"Searching the documents for “{query}”…"
                    if query
                    else "Searching the documents…"
                )
                continue
            if call.get("type") != "code_interpreter":
                continue
            body = call.get("code_interpreter", {})
            if body.get("input"):
                self.code += body["input"]
                self.code_box.code(self.code, language="python")
            for output in body.get("outputs") or []:
                if output.get("type") == "logs" and output.get("logs"):
                    self.logs += output["logs"]
                    self.logs_box.code(self.logs, language="text")

    def finish(self, status: str, seconds: int) -> None:
        failed = status != "completed"
        label = f"Analysis · {seconds} s"
        if self.search is not None:
            found = len(self.search.get("results") or [])
            label = (
                f"Searched the documents for “{self.search.get('query', '')}” · {found} passage(s)"
            )
        self.block.update(
            label=label + (f" · {status}" if failed else ""),
            state="error" if failed else "complete",
            expanded=False,
        )


def follow(events: Iterable[Event]) -> str:
    """Draw until the run ends; returns its final status event name."""
    final = ""
    with st.chat_message("assistant"):
        waiting = st.empty()
        waiting.caption("Thinking…")
        texts: dict[str, list[Any]] = {}  # message id → [placeholder, text so far]
        steps: dict[str, _Analysis] = {}
        for event in events:
            name = event.event
            data: Any = event.data
            if name == "thread.message.created":
                waiting.empty()
                texts[data.id] = [st.empty(), ""]
            elif name == "thread.message.delta":
                entry = texts.setdefault(data.id, [st.empty(), ""])
                for part in data.delta.get("content", []):
                    entry[1] += (part.get("text") or {}).get("value", "")
                entry[0].markdown(entry[1] + "▌")
            elif name == "thread.message.completed" and data.id in texts:
                placeholder, text = texts[data.id]
                placeholder.markdown(text)
            elif name == "thread.run.step.created" and data.type == "tool_calls":
                waiting.empty()
                steps[data.id] = _Analysis()
            elif name == "thread.run.step.delta" and data.id in steps:
                steps[data.id].delta(data.delta.get("step_details", {}).get("tool_calls", []))
            elif name.startswith("thread.run.step.") and data.id in steps:
                if name.split(".")[-1] in TERMINAL:
                    ended = (
                        data.completed_at or data.failed_at or data.cancelled_at or data.expired_at
                    )
                    seconds = (ended or data.created_at) - data.created_at
                    steps.pop(data.id).finish(data.status, seconds)
            elif name.startswith("thread.run.") and name.split(".")[-1] in TERMINAL:
                final = name
            elif name == "done":
                break
        waiting.empty()
        for placeholder, text in texts.values():
            placeholder.markdown(text)
    return final
