"""The scripted backend: replays model turns from a script, for tests and demos.

A script maps a model name to its turns; turn N of a run replays `turns[N]`. Each item:
  {"type": "text", "text": "…", "chunk": 8}        text deltas (optionally cut into chunks)
  {"type": "tool_call", "id": "call_1", "name": "f", "arguments": "{…}"}
  {"type": "usage", "prompt_tokens": 10, "completion_tokens": 5}
  {"type": "sleep", "seconds": 0.2}                 a pause (ends early on cancel)
  {"type": "error", "code": "server_error", "message": "…"}
  {"type": "finish", "reason": "stop" | "tool_calls" | "length"}
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from services.cancel import CancelToken
from services.errors import ConfigurationError, ModelProviderError
from services.llm.base import (
    Finish,
    ModelEvent,
    ModelRequest,
    TextDelta,
    ToolCallDelta,
    UsageReport,
)

Turn = Sequence[Mapping[str, Any]]


class ScriptedBackend:
    name = "scripted"

    def __init__(self, scripts: Mapping[str, Sequence[Turn]]) -> None:
        self.scripts = {model: [list(turn) for turn in turns] for model, turns in scripts.items()}

    @classmethod
    def from_file(cls, path: Path) -> ScriptedBackend:
        try:
            return cls(json.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, ValueError) as error:
            raise ConfigurationError(
                f"WORKBENCH_SCRIPTED_SCRIPT: cannot read a script from {path}: {error}"
            ) from error

    def stream(self, request: ModelRequest, *, cancel: CancelToken) -> Iterator[ModelEvent]:
        turns = self.scripts.get(request.model)
        if turns is None:
            raise ConfigurationError(
                f"The scripted backend has no script for model '{request.model}' "
                f"(scripts: {', '.join(sorted(self.scripts)) or 'none'})."
            )
        if request.turn >= len(turns):
            raise ModelProviderError(
                f"The script for '{request.model}' has {len(turns)} turns; turn "
                f"{request.turn + 1} was asked for.",
                code="server_error",
            )
        return self._replay(turns[request.turn], cancel)

    def _replay(self, turn: Turn, cancel: CancelToken) -> Iterator[ModelEvent]:
        tool_calls = 0
        finished = False
        for item in turn:
            kind = item.get("type")
            if kind == "text":
                text, chunk = str(item["text"]), int(item.get("chunk") or 0)
                pieces = (
                    [text[i : i + chunk] for i in range(0, len(text), chunk)] if chunk else [text]
                )
                for piece in pieces:
                    yield TextDelta(text=piece)
            elif kind == "tool_call":
                yield ToolCallDelta(
                    index=int(item.get("index", tool_calls)),
                    id=item.get("id"),
                    name=item["name"],
                    arguments=str(item.get("arguments", "{}")),
                )
                tool_calls += 1
            elif kind == "usage":
                yield UsageReport(
                    prompt_tokens=int(item.get("prompt_tokens", 0)),
                    completion_tokens=int(item.get("completion_tokens", 0)),
                )
            elif kind == "sleep":
                if cancel.wait(float(item["seconds"])):
                    return
            elif kind == "error":
                raise ModelProviderError(
                    str(item.get("message", "scripted failure")),
                    code=str(item.get("code", "server_error")),
                )
            elif kind == "finish":
                finished = True
                yield Finish(reason=item.get("reason", "stop"))
            else:
                raise ConfigurationError(f"Unknown scripted event type {kind!r}.")
        if not finished:
            yield Finish(reason="tool_calls" if tool_calls else "stop")
