"""What an execution produced: ordered outputs (text, images, Plotly specs, tables, errors)
turned from the kernel's iopub messages, with printed text capped."""

from __future__ import annotations

import base64
import re
import time
from dataclasses import dataclass, field
from typing import Any, Literal

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


@dataclass
class Output:
    """One ordered output of an execution."""

    type: Literal["logs", "image", "plotly", "table", "error"]
    text: str = ""
    data: bytes = b""
    spec: dict[str, Any] | None = None
    html: str | None = None


@dataclass
class Execution:
    status: Literal["ok", "error", "timeout", "died"]
    outputs: list[Output] = field(default_factory=list)
    duration: float = 0.0
    restarted: bool = False
    note: str = ""  # what happened to the kernel, in words for the model

    @property
    def logs(self) -> str:
        return "".join(o.text for o in self.outputs if o.type in ("logs", "error"))


class Collector:
    """Turns iopub messages into ordered outputs, capping text at `max_log_bytes`."""

    def __init__(self, max_log_bytes: int) -> None:
        self.outputs: list[Output] = []
        self.max_log_bytes = max_log_bytes
        self.log_bytes = 0
        self.dropped = 0
        self.failed = False

    def add(self, kind: str, content: dict[str, Any]) -> None:
        if kind == "stream":
            self._log(content.get("text", ""))
        elif kind in ("display_data", "execute_result"):
            data = content.get("data", {})
            if "image/png" in data:
                self.outputs.append(Output("image", data=base64.b64decode(data["image/png"])))
            elif "application/vnd.plotly.v1+json" in data:
                self.outputs.append(Output("plotly", spec=data["application/vnd.plotly.v1+json"]))
            elif "text/html" in data and "text/plain" in data:
                self.outputs.append(
                    Output("table", text=str(data["text/plain"]), html=str(data["text/html"]))
                )
            elif "text/plain" in data:
                self._log(str(data["text/plain"]) + "\n")
        elif kind == "error":
            self.failed = True
            trace = _ANSI.sub("", "\n".join(content.get("traceback", [])))
            text = trace or f"{content.get('ename')}: {content.get('evalue')}"
            self.outputs.append(Output("error", text=self._cap(text + "\n")))

    def _log(self, text: str) -> None:
        capped = self._cap(text)
        if not capped:
            return
        if self.outputs and self.outputs[-1].type == "logs":
            self.outputs[-1].text += capped
        else:
            self.outputs.append(Output("logs", text=capped))

    def _cap(self, text: str) -> str:
        size = len(text.encode("utf-8", errors="replace"))
        room = self.max_log_bytes - self.log_bytes
        if size <= room:
            self.log_bytes += size
            return text
        self.dropped += size - max(room, 0)
        kept = text.encode("utf-8", errors="replace")[: max(room, 0)].decode("utf-8", "ignore")
        self.log_bytes = self.max_log_bytes
        return kept

    def result(self, status: Any, started: float) -> Execution:
        outputs = list(self.outputs)
        if self.dropped:
            outputs.append(Output("logs", text=f"\n[truncated {self.dropped} bytes]\n"))
        return Execution(status=status, outputs=outputs, duration=time.monotonic() - started)
