"""Follow a run's events and draw the reply as it streams: text token by token, the code
of each analysis step as it is written, then its output."""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from services.engine.events import Event


def follow(events: Iterable[Event]) -> str:
    """Draw until the run ends; returns its final status event name."""
    text = ""
    final = ""
    with st.chat_message("assistant"):
        status = st.status("Thinking…", expanded=True)
        code_box = status.empty()
        logs_box = status.empty()
        text_box = st.empty()
        code: dict[str, str] = {}
        for event in events:
            name = event.event
            if name == "thread.run.step.delta":
                for call in event.data.delta.get("step_details", {}).get("tool_calls", []):
                    if call.get("type") != "code_interpreter":
                        continue
                    body = call.get("code_interpreter", {})
                    key = event.data.id
                    code[key] = code.get(key, "") + (body.get("input") or "")
                    status.update(label="Running the analysis…")
                    code_box.code(code[key], language="python")
                    for output in body.get("outputs") or []:
                        if output.get("type") == "logs":
                            logs_box.code(output.get("logs") or "", language="text")
            elif name == "thread.message.delta":
                for part in event.data.delta.get("content", []):
                    text += (part.get("text") or {}).get("value", "")
                status.update(label="Writing the answer…", state="complete", expanded=False)
                text_box.markdown(text + "▌")
            elif name.startswith("thread.run.") and name.split(".")[-1] in (
                "completed",
                "failed",
                "cancelled",
                "expired",
                "incomplete",
            ):
                final = name
            elif name == "done":
                break
        text_box.markdown(text)
        status.update(state="complete" if final.endswith("completed") else "error")
    return final
