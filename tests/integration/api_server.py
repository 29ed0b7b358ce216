"""A real HTTP API server for tests: the FastAPI app on uvicorn in a thread, on a started
engine with the scripted backend, and the official `openai` SDK pointed at it."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

import openai
import uvicorn

from services import keys
from services.api.app import create_app
from services.engine.engine import Engine
from tests.e2e.browser import free_port


@dataclass
class Server:
    engine: Engine
    url: str
    uvicorn: uvicorn.Server

    def key(self, user: str = "ana@example.com") -> str:
        with self.engine.db.session() as session:
            return keys.create(session=session, user=user)[1]

    def client(self, key: str | None = None, **options: Any) -> openai.OpenAI:
        options.setdefault("max_retries", 0)
        return openai.OpenAI(base_url=self.url + "/v1", api_key=key or self.key(), **options)

    def stop(self) -> None:
        self.uvicorn.should_exit = True


def serve(engine: Engine) -> Server:
    port = free_port()
    config = uvicorn.Config(create_app(engine), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the API server did not start in 30 s")
        time.sleep(0.02)
    return Server(engine=engine, url=f"http://127.0.0.1:{port}", uvicorn=server)
