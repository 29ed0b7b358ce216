"""The offline analyst driven without the engine, for fast development loops: its cells run
in this process (never in the app; this is a developer's harness). Grading and official
figures use tests/analyst.py and real kernels; this only makes a 200-question development
pass take seconds instead of minutes.

    from tests.analyst_inprocess import Conversation
    chat = Conversation(path_to_csv)
    text, charts = chat.ask("avg price by region")
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import traceback
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import plotly.io as pio

from services.cancel import CancelToken
from services.llm.base import (
    Finish,
    ModelMessage,
    ModelRequest,
    ModelToolCall,
    TextDelta,
    ToolCallDelta,
    ToolSpec,
)
from services.llm.offline import CODE_TOOL, OfflineBackend
from services.llm.offline.schema import FILES_MARK
from services.tables import list_tables, profile, query, read_table


def chat_on(folder: Path, name: str, frame: pd.DataFrame) -> Conversation:
    """A conversation about `frame`, written as CSV file `name` in `folder`."""
    path = folder / name
    frame.to_csv(path, index=False)
    return Conversation(path)


class Conversation:
    def __init__(self, path: Path, *, max_turns: int = 6) -> None:
        self.path = Path(path)
        self.messages: list[ModelMessage] = []
        self.charts: list[str] = []
        self.codes: list[str] = []
        self.max_turns = max_turns
        self.namespace: dict[str, Any] = {
            "pd": pd,
            "np": np,
            "px": px,
            "go": go,
            "json": json,
            "os": os,
            "read_table": read_table,
            "list_tables": list_tables,
            "query": query,
            "profile": profile,
        }
        entry: dict[str, Any] = {"name": self.path.name, "path": str(self.path), "rows": 0}
        tables = list_tables(str(self.path))
        if len(tables) > 1:
            entry["tables"] = tables
        self.tool = ToolSpec(
            type="code_interpreter",
            name=CODE_TOOL,
            description="Run Python.\n" + FILES_MARK + json.dumps([entry]),
        )

    def ask(self, question: str) -> tuple[str, list[str]]:
        """(the reply's text, the first-trace types of the charts this question drew)."""
        self.messages.append(ModelMessage(role="user", content=question))
        self.charts = []
        self.codes = []
        backend = OfflineBackend()
        for turn in range(self.max_turns):
            request = ModelRequest(
                model="offline", messages=self.messages, tools=[self.tool], turn=turn
            )
            text, arguments, call_id, reason = "", "", None, None
            for event in backend.stream(request, cancel=CancelToken()):
                if isinstance(event, TextDelta):
                    text += event.text
                elif isinstance(event, ToolCallDelta):
                    arguments += event.arguments or ""
                    call_id = event.id or call_id
                elif isinstance(event, Finish):
                    reason = event.reason
            if reason != "tool_calls":
                self.messages.append(ModelMessage(role="assistant", content=text))
                return text, self.charts
            code = json.loads(arguments)["code"]
            self.codes.append(code)
            call = ModelToolCall(
                id=call_id or "call", type="code_interpreter", name=CODE_TOOL, arguments=arguments
            )
            self.messages.append(ModelMessage(role="assistant", content=text, tool_calls=[call]))
            output = self._run(code)
            self.messages.append(ModelMessage(role="tool", content=output, tool_call_id=call.id))
        return "", self.charts

    def _run(self, code: str) -> str:
        out = io.StringIO()
        shown: list[str] = []

        def show(fig: Any, *args: Any, **kwargs: Any) -> None:
            data = fig.to_dict().get("data", [])
            shown.append(data[0].get("type", "scatter") if data else "none")

        original = go.Figure.show
        go.Figure.show = show  # type: ignore[method-assign]
        pio.renderers.default = "json"
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(code, "<cell>", "exec"), self.namespace)
        except Exception:
            out.write(traceback.format_exc(limit=2))
        finally:
            go.Figure.show = original  # type: ignore[method-assign]
        self.charts += shown
        return out.getvalue()
