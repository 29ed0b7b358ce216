"""The offline analyst driven as the chat page drives it: a file uploaded and attached to
the first question, each question a run, the reply read back. Shared by tests and
benchmarks."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from services import assistants, runs, threads
from services.engine.engine import Engine
from services.schemas import Message, Run, RunStep


@dataclass
class Answer:
    reply: Message | None  # the assistant's last message (None if it wrote none)
    run: Run
    steps: list[RunStep]
    seconds: float

    @property
    def text(self) -> str:
        if self.reply is None or not self.reply.content:
            return ""
        block: Any = self.reply.content[0]
        return block.text.value if block.type == "text" else ""

    @property
    def codes(self) -> list[str]:
        return [
            call.code_interpreter.input
            for step in self.steps
            if step.type == "tool_calls"
            for call in step.step_details.tool_calls
            if call.type == "code_interpreter"
        ]


class OfflineAnalyst:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        with engine.db.session() as session:
            self.assistant = assistants.create(
                session=session,
                model_backend="offline",
                model="offline-analyst",
                tools=[{"type": "code_interpreter"}],
            )

    def thread(self, name: str, data: Any) -> tuple[str, str]:
        """A new thread and a stored file (bytes or a binary file): (thread id, file id)."""
        with self.engine.db.session() as session:
            file_id = self.engine.files.put(session=session, data=data, filename=name).id
            return threads.create(session=session).id, file_id

    def ask(
        self, thread_id: str, question: str, file_id: str | None = None, *, timeout: float = 120
    ) -> Answer:
        attachments = (
            [{"file_id": file_id, "tools": [{"type": "code_interpreter"}]}] if file_id else None
        )
        started = time.perf_counter()
        with self.engine.db.session() as session:
            threads.create_message(
                session=session, thread_id=thread_id, content=question, attachments=attachments
            )
            run = runs.create(session=session, thread_id=thread_id, assistant_id=self.assistant.id)
        list(self.engine.subscribe(run.id, timeout=timeout))
        seconds = time.perf_counter() - started
        with self.engine.db.reader() as session:
            finished = runs.retrieve(session=session, thread_id=thread_id, run_id=run.id)
            steps = runs.list_steps(
                session=session, thread_id=thread_id, run_id=run.id, order="asc"
            ).data
            latest = threads.list_messages(session=session, thread_id=thread_id).data[0]
        reply = latest if latest.role == "assistant" else None
        return Answer(reply=reply, run=finished, steps=steps, seconds=seconds)
