"""A fake OpenAI server: stdlib HTTP on 127.0.0.1, streaming SSE the way the real API does.

It implements the part of the API the workbench's backends use, scripted per test:

    POST /v1/chat/completions          a scripted Turn per request (stream or error)
    POST /v1/responses                 a scripted Turn per request; hosted code runs "in"
                                       the request's container and may create files there
    GET  /v1/models                    the models it claims to serve
    POST /v1/containers                GET /v1/containers/{id}
    POST /v1/containers/{id}/files     GET /v1/containers/{id}/files/{file}/content
    POST /v1/files                     GET /v1/files/{id}/content
    /v1/vector_stores…, DELETE /v1/files/{id}: see openai_vector_stores.py

Every request is recorded (method, path, headers, JSON body) for the test to inspect.
A container can be expired by the test; it then answers like an expired one does.
"""

from __future__ import annotations

import itertools
import json
import re
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.fakes.openai_vector_stores import VectorStores


# -- scripts ------------------------------------------------------------------------------
@dataclass
class Turn:
    """One scripted answer. `parts` are (kind, …) tuples; see the builders below."""

    parts: list[tuple[Any, ...]] = field(default_factory=list)
    status: int = 200
    error: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    cut_after: int | None = None  # close the connection after this many stream events
    finish: str | None = None  # chat: finish_reason override ("length"); responses: incomplete
    usage: tuple[int, int] = (11, 7)


def text(value: str, **options: Any) -> Turn:
    return Turn(parts=[("text", value)], **options)


def tool_calls(*calls: tuple[str, str, str], **options: Any) -> Turn:
    """(call id, function name, arguments) each, streamed in pieces like the real API."""
    return Turn(parts=[("call", *call) for call in calls], **options)


def error(status: int, message: str, *, code: str | None = None, **options: Any) -> Turn:
    kind = "server_error" if status >= 500 else "invalid_request_error"
    return Turn(
        status=status,
        error={"message": message, "type": kind, "param": None, "code": code},
        **options,
    )


def hosted(*parts: tuple[Any, ...], **options: Any) -> Turn:
    """Responses parts: ("text", s), ("code", code, logs, [(filename, bytes), …]),
    ("cite", filename) — a container_file_citation of a file the code made —
    ("call", call_id, name, arguments), ("search", query, [filename, …]) — a hosted
    file_search_call finding those files in the request's stores; text may cite one as
    `{cite:filename}` (a file_citation there, the mark removed)."""
    return Turn(parts=list(parts), **options)


# -- server -------------------------------------------------------------------------------
@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    raw: bytes


@dataclass
class Container:
    id: str
    name: str
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # id → (path, data)
    expired: bool = False


class FakeOpenAI:
    def __init__(self, *, api_key: str | None = None, models: tuple[str, ...] = ("fake-model",)):
        self.api_key = api_key
        self.models = list(models)
        self.latency = 0.0  # seconds slept before each answer (benchmarks)
        self.chunk_pause = 0.0  # seconds between stream events
        self.requests: list[Recorded] = []
        self.chat: deque[Turn] = deque()
        self.responses: deque[Turn] = deque()
        self.containers: dict[str, Container] = {}
        self.files: dict[str, tuple[str, bytes]] = {}
        self.refused_uploads: dict[str, str] = {}  # filename → why /v1/files refuses it
        self.vector_stores = VectorStores(self)
        self.handling_seconds: list[float] = []  # from request line to answer sent, per call
        self.connections = 0  # TCP connections accepted (a client that keeps one alive: 1)
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"fake": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def script_chat(self, *turns: Turn) -> None:
        self.chat.extend(turns)

    def script_responses(self, *turns: Turn) -> None:
        self.responses.extend(turns)

    def expire(self, container_id: str | None = None) -> None:
        for container in self.containers.values():
            if container_id in (None, container.id):
                container.expired = True

    def new_id(self, prefix: str) -> str:
        with self._lock:
            return f"{prefix}_{next(self._ids):04d}"

    def posted(self, path: str) -> list[Recorded]:
        return [r for r in self.requests if r.method == "POST" and r.path == path]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> FakeOpenAI:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class _Handler(BaseHTTPRequestHandler):
    fake: FakeOpenAI
    received = 0.0  # when the current request line arrived (perf_counter)
    protocol_version = "HTTP/1.1"

    def log_message(self, *_: Any) -> None:  # quiet
        pass

    def parse_request(self) -> bool:
        # The server's own time for a request starts when its request line has arrived:
        # parsing the headers and reading the body are the server's work too.
        self.received = time.perf_counter()
        return super().parse_request()

    def setup(self) -> None:
        super().setup()
        with self.fake._lock:
            self.fake.connections += 1
        # As API servers do: small stream frames go out at once, not held back by Nagle.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    # -- plumbing ------------------------------------------------------------------------
    def _record(self) -> Recorded:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        body: Any = None
        if raw and "json" in (self.headers.get("content-type") or ""):
            body = json.loads(raw)
        item = Recorded(self.command, self.path, dict(self.headers.items()), body, raw)
        self.fake.requests.append(item)
        return item

    def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _bytes(self, data: bytes) -> None:
        self.send_response(200)
        self.send_header("content-type", "application/octet-stream")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, message: str, code: str | None = None) -> None:
        kind = "invalid_request_error" if status < 500 else "server_error"
        self._json(
            status, {"error": {"message": message, "type": kind, "param": None, "code": code}}
        )

    def _authorized(self) -> bool:
        if self.fake.api_key is None:
            return True
        if self.headers.get("authorization") == f"Bearer {self.fake.api_key}":
            return True
        self._error(401, "Incorrect API key provided.", "invalid_api_key")
        return False

    def _start_stream(self) -> None:
        """An event stream as the API sends it: chunked, on a connection that stays open
        for the client's next request."""
        self.send_response(200)
        self.send_header("content-type", "text/event-stream; charset=utf-8")
        self.send_header("cache-control", "no-cache")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _send(self, data: str, event: str | None = None) -> None:
        if self.fake.chunk_pause:
            time.sleep(self.fake.chunk_pause)
        frame = (f"event: {event}\n" if event else "") + f"data: {data}\n\n"
        self._chunk(frame.encode())

    def _end_stream(self) -> None:
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _cut(self, partial: bytes = b"") -> None:
        """The connection drops mid-stream (no final chunk)."""
        if partial:
            self._chunk(partial)
        self.close_connection = True
        self.connection.shutdown(2)

    # -- routes --------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802
        self._record()
        if not self._authorized():
            return
        path = self.path.split("?")[0]
        if path == "/v1/_fake/stats":  # not OpenAI's: what the fake spent answering
            return self._json(200, {"handling_seconds": self.fake.handling_seconds})
        if path == "/v1/models":
            data = [
                {"id": m, "object": "model", "created": 0, "owned_by": "fake"}
                for m in self.fake.models
            ]
            return self._json(200, {"object": "list", "data": data})
        if match := re.fullmatch(r"/v1/containers/([^/]+)", path):
            container = self.fake.containers.get(match.group(1))
            if container is None:
                return self._error(404, f"No container found with id '{match.group(1)}'.")
            return self._json(200, _container_json(container))
        if match := re.fullmatch(r"/v1/containers/([^/]+)/files/([^/]+)/content", path):
            container = self.fake.containers.get(match.group(1))
            if container is None or container.expired:
                return self._error(404, "Container is expired or does not exist.")
            found = container.files.get(match.group(2))
            if found is None:
                return self._error(404, "No such file.")
            return self._bytes(found[1])
        if answer := self.fake.vector_stores.get(path):
            return self._json(*answer)
        if match := re.fullmatch(r"/v1/files/([^/]+)/content", path):
            found = self.fake.files.get(match.group(1))
            return self._bytes(found[1]) if found else self._error(404, "No such file.")
        return self._error(404, f"Unknown path {path}")

    def do_POST(self) -> None:  # noqa: N802
        request = self._record()
        if not self._authorized():
            return
        path = self.path.split("?")[0]
        if path == "/v1/chat/completions":
            return self._scripted(self.fake.chat, lambda turn: self._chat(turn, request.body))
        if path == "/v1/responses":
            problem = self._container_problem(request.body)
            if problem:  # refused before any scripted answer is used, as the real API does
                return self._error(400, problem, "container_expired")
            return self._scripted(
                self.fake.responses, lambda turn: self._response(turn, request.body)
            )
        if path == "/v1/containers":
            container = Container(self.fake.new_id("cntr"), (request.body or {}).get("name", ""))
            self.fake.containers[container.id] = container
            return self._json(200, _container_json(container))
        if match := re.fullmatch(r"/v1/containers/([^/]+)/files", path):
            container = self.fake.containers.get(match.group(1))
            if container is None or container.expired:
                return self._error(404, "Container is expired or does not exist.")
            name, data = _multipart_file(self.headers.get("content-type", ""), request.raw)
            file_id = self.fake.new_id("cfile")
            container.files[file_id] = (f"/mnt/data/{name}", data)
            return self._json(200, _container_file_json(container, file_id))
        if answer := self.fake.vector_stores.post(path, request.body or {}):
            return self._json(*answer)
        if path == "/v1/files":
            name, data = _multipart_file(self.headers.get("content-type", ""), request.raw)
            if name in self.fake.refused_uploads:
                return self._error(400, self.fake.refused_uploads[name])
            file_id = self.fake.new_id("file")
            self.fake.files[file_id] = (name, data)
            return self._json(
                200,
                {
                    "id": file_id,
                    "object": "file",
                    "bytes": len(data),
                    "created_at": 0,
                    "filename": name,
                    "purpose": "user_data",
                    "status": "processed",
                },
            )
        return self._error(404, f"Unknown path {path}")

    def do_DELETE(self) -> None:  # noqa: N802
        self._record()
        if not self._authorized():
            return
        answer = self.fake.vector_stores.delete(self.path.split("?")[0])
        return self._json(*answer) if answer else self._error(404, f"Unknown path {self.path}")

    def _scripted(self, queue: deque[Turn], answer: Any) -> None:
        started = self.received
        if self.fake.latency:
            time.sleep(self.fake.latency)
        if not queue:
            return self._error(500, "The fake server has no scripted answer left.")
        turn = queue.popleft()
        if turn.error is not None:
            self._json(turn.status, {"error": turn.error}, turn.headers)
        else:
            answer(turn)
        self.fake.handling_seconds.append(time.perf_counter() - started)

    # -- chat completions ----------------------------------------------------------------
    def _chat(self, turn: Turn, body: dict[str, Any]) -> None:
        chunk_id = self.fake.new_id("chatcmpl")
        model = body.get("model", "")

        def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
            return json.dumps(
                {
                    "id": chunk_id,
                    "object": "chat.completion.chunk",
                    "created": int(time.time()),
                    "model": model,
                    "choices": [
                        {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
                    ],
                }
            )

        frames = [chunk({"role": "assistant", "content": ""})]
        finish = "stop"
        for index, part in enumerate(p for p in turn.parts if p[0] == "call"):
            _, call_id, name, arguments = part
            frames.append(
                chunk(
                    {
                        "tool_calls": [
                            {
                                "index": index,
                                "id": call_id,
                                "type": "function",
                                "function": {"name": name, "arguments": ""},
                            }
                        ]
                    }
                )
            )
            for piece in _pieces(arguments, 7):
                frames.append(
                    chunk({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
                )
            finish = "tool_calls"
        for part in turn.parts:
            if part[0] == "text":
                for piece in re.findall(r"\S+\s*|\s+", part[1]):
                    frames.append(chunk({"content": piece}))
        frames.append(chunk({}, turn.finish or finish))
        prompt, completion = turn.usage
        usage = {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        }
        frames.append(
            json.dumps(
                {
                    "id": chunk_id,
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": model,
                    "choices": [],
                    "usage": usage,
                }
            )
        )
        frames.append("[DONE]")
        self._start_stream()
        for number, frame in enumerate(frames):
            if turn.cut_after is not None and number >= turn.cut_after:
                return self._cut(b'data: {"id": "chatcm')  # half a frame, then gone
            self._send(frame)
        self._end_stream()

    # -- responses -----------------------------------------------------------------------
    def _container_problem(self, body: dict[str, Any]) -> str | None:
        for tool in body.get("tools", []):
            if tool.get("type") != "code_interpreter" or not isinstance(tool.get("container"), str):
                continue
            container = self.fake.containers.get(tool["container"])
            if container is None or container.expired:
                return f"Container {tool['container']} is expired. Create a new container."
        return None

    def _response(self, turn: Turn, body: dict[str, Any]) -> None:
        container_id = next(
            (
                t.get("container")
                for t in body.get("tools", [])
                if t.get("type") == "code_interpreter"
            ),
            None,
        )
        container = (
            self.fake.containers.get(container_id) if isinstance(container_id, str) else None
        )
        response_id = self.fake.new_id("resp")
        sequence = itertools.count()
        events: list[tuple[str, dict[str, Any]]] = []
        output: list[dict[str, Any]] = []
        made: dict[str, str] = {}  # filename → container file id

        def emit(kind: str, **payload: Any) -> None:
            events.append((kind, {"type": kind, "sequence_number": next(sequence), **payload}))

        snapshot = {
            "id": response_id,
            "object": "response",
            "created_at": int(time.time()),
            "model": body.get("model"),
            "status": "in_progress",
            "output": [],
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
            "usage": None,
            "error": None,
            "incomplete_details": None,
        }
        emit("response.created", response=snapshot)
        emit("response.in_progress", response=snapshot)
        calls = 0
        for part in turn.parts:
            index = len(output)
            if part[0] == "text":
                value, cites = self.fake.vector_stores.citations(part[1])
                item_id = self.fake.new_id("msg")
                item = {
                    "type": "message",
                    "id": item_id,
                    "role": "assistant",
                    "status": "in_progress",
                    "content": [],
                }
                emit("response.output_item.added", output_index=index, item=item)
                emit(
                    "response.content_part.added",
                    item_id=item_id,
                    output_index=index,
                    content_index=0,
                    part={"type": "output_text", "text": "", "annotations": []},
                )
                annotations: list[dict[str, Any]] = []
                # As the API streams them: a citation comes right where it is, the text
                # before it sent first.
                places = [at for at, _ in cites] + [len(value)]
                for start, end in zip([0, *places], places, strict=False):
                    for piece in re.findall(r"\S+\s*|\s+", value[start:end]):
                        emit(
                            "response.output_text.delta",
                            item_id=item_id,
                            output_index=index,
                            content_index=0,
                            delta=piece,
                            logprobs=[],
                        )
                    if cites and cites[0][0] == end:
                        emit(
                            "response.output_text.annotation.added",
                            item_id=item_id,
                            output_index=index,
                            content_index=0,
                            annotation_index=len(annotations),
                            annotation=cites[0][1],
                        )
                        annotations.append(cites.pop(0)[1])
                for name, file_id in list(made.items()):
                    start = value.find(name)
                    if start >= 0:
                        note = {
                            "type": "container_file_citation",
                            "container_id": container_id,
                            "file_id": file_id,
                            "filename": name,
                            "start_index": start,
                            "end_index": start + len(name),
                        }
                        emit(
                            "response.output_text.annotation.added",
                            item_id=item_id,
                            output_index=index,
                            content_index=0,
                            annotation_index=len(annotations),
                            annotation=note,
                        )
                        annotations.append(note)
                done = {
                    **item,
                    "status": "completed",
                    "content": [{"type": "output_text", "text": value, "annotations": annotations}],
                }
                emit(
                    "response.output_text.done",
                    item_id=item_id,
                    output_index=index,
                    content_index=0,
                    text=value,
                    logprobs=[],
                )
                emit("response.output_item.done", output_index=index, item=done)
                output.append(done)
            elif part[0] == "code":
                _, code, logs, files = part
                assert container is not None, "hosted code needs a container in the request"
                item_id = self.fake.new_id("ci")
                item = {
                    "type": "code_interpreter_call",
                    "id": item_id,
                    "code": "",
                    "container_id": container_id,
                    "status": "in_progress",
                    "outputs": None,
                }
                emit("response.output_item.added", output_index=index, item=item)
                emit(
                    "response.code_interpreter_call.in_progress",
                    item_id=item_id,
                    output_index=index,
                )
                for piece in _pieces(code, 12):
                    emit(
                        "response.code_interpreter_call_code.delta",
                        item_id=item_id,
                        output_index=index,
                        delta=piece,
                    )
                emit(
                    "response.code_interpreter_call_code.done",
                    item_id=item_id,
                    output_index=index,
                    code=code,
                )
                emit(
                    "response.code_interpreter_call.interpreting",
                    item_id=item_id,
                    output_index=index,
                )
                for name, data in files:
                    file_id = self.fake.new_id("cfile")
                    container.files[file_id] = (f"/mnt/data/{name}", data)
                    made[name] = file_id
                emit(
                    "response.code_interpreter_call.completed", item_id=item_id, output_index=index
                )
                outputs = [{"type": "logs", "logs": logs}] if logs else []
                if "code_interpreter_call.outputs" not in (body.get("include") or []):
                    outputs = None
                done = {**item, "code": code, "status": "completed", "outputs": outputs}
                emit("response.output_item.done", output_index=index, item=done)
                output.append(done)
            elif part[0] == "search":
                output.append(self.fake.vector_stores.search_call(emit, index, part, body))
            elif part[0] == "call":
                _, call_id, name, arguments = part
                item_id = self.fake.new_id("fc")
                item = {
                    "type": "function_call",
                    "id": item_id,
                    "call_id": call_id,
                    "name": name,
                    "arguments": "",
                    "status": "in_progress",
                }
                emit("response.output_item.added", output_index=index, item=item)
                for piece in _pieces(arguments, 7):
                    emit(
                        "response.function_call_arguments.delta",
                        item_id=item_id,
                        output_index=index,
                        delta=piece,
                    )
                emit(
                    "response.function_call_arguments.done",
                    item_id=item_id,
                    output_index=index,
                    arguments=arguments,
                )
                done = {**item, "arguments": arguments, "status": "completed"}
                emit("response.output_item.done", output_index=index, item=done)
                output.append(done)
                calls += 1
        prompt, completion = turn.usage
        final = {
            **snapshot,
            "status": "completed",
            "output": output,
            "usage": {
                "input_tokens": prompt,
                "output_tokens": completion,
                "total_tokens": prompt + completion,
                "input_tokens_details": {"cached_tokens": 0},
                "output_tokens_details": {"reasoning_tokens": 0},
            },
        }
        if turn.finish == "incomplete":
            final.update(status="incomplete", incomplete_details={"reason": "max_output_tokens"})
            emit("response.incomplete", response=final)
        else:
            emit("response.completed", response=final)
        self._start_stream()
        for number, (kind, payload) in enumerate(events):
            if turn.cut_after is not None and number >= turn.cut_after:
                return self._cut()
            self._send(json.dumps(payload), event=kind)
        self._end_stream()


def _pieces(value: str, size: int) -> list[str]:
    return [value[i : i + size] for i in range(0, len(value), size)] or [""]


def _container_json(container: Container) -> dict[str, Any]:
    return {
        "id": container.id,
        "object": "container",
        "created_at": 0,
        "name": container.name,
        "status": "expired" if container.expired else "running",
        "last_active_at": 0,
        "expires_after": {"anchor": "last_active_at", "minutes": 20},
    }


def _container_file_json(container: Container, file_id: str) -> dict[str, Any]:
    path, data = container.files[file_id]
    return {
        "id": file_id,
        "object": "container.file",
        "container_id": container.id,
        "path": path,
        "bytes": len(data),
        "created_at": 0,
        "source": "user",
    }


def _multipart_file(content_type: str, raw: bytes) -> tuple[str, bytes]:
    """(filename, content) of the `file` part of a multipart/form-data body."""
    boundary = content_type.split("boundary=", 1)[1].strip('"').encode()
    for part in raw.split(b"--" + boundary):
        head, _, content = part.partition(b"\r\n\r\n")
        if b'name="file"' in head:
            match = re.search(rb'filename="([^"]*)"', head)
            return (match.group(1).decode() if match else "upload"), content.removesuffix(b"\r\n")
    raise ValueError("no file part")


def _turn_from(data: dict[str, Any]) -> Turn:
    return Turn(
        **{
            **data,
            "parts": [tuple(p) for p in data.get("parts", [])],
            "usage": tuple(data.get("usage", (11, 7))),
        }
    )


def main() -> None:
    """Serve from another process (a real server never shares the app's GIL). Reads
    {"api_key", "latency", "chat": [Turn…], "responses": [Turn…]} as JSON on stdin, prints
    the base URL, and serves until stdin closes."""
    import sys

    config = json.loads(sys.stdin.readline())
    fake = FakeOpenAI(api_key=config.get("api_key"))
    fake.latency = float(config.get("latency", 0))
    fake.script_chat(*(_turn_from(t) for t in config.get("chat", [])))
    fake.script_responses(*(_turn_from(t) for t in config.get("responses", [])))
    sys.stdout.write(fake.url + "\n")
    sys.stdout.flush()
    sys.stdin.read()
    fake.close()


if __name__ == "__main__":
    main()
