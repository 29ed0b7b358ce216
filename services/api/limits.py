"""Two ASGI layers in front of the routes: request bodies kept within limits (413 in the
API's error shape), and `Idempotency-Key` on POST: the first answer to a key is stored
with a digest of the request and replayed to retries; the same key with another request
is a 409. Streams are never stored (a retry of a streamed create gets its own stream)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from anyio import to_thread
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from services import keys
from services.api.access import bearer
from services.api.errors import BodyTooLarge
from services.api.errors import body as error_body
from services.common import now
from services.store.db import Database
from services.store.models import IdempotencyRow

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
KEEP_SECONDS = 24 * 3600  # how long an idempotent answer is replayed
MAX_STORED = 1024 * 1024  # bodies above this are not idempotent (uploads)


async def _send_json(send: Send, status: int, payload: Any, headers: dict[str, str]) -> None:
    data = json.dumps(payload).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": data})


class Limits:
    def __init__(self, app: ASGIApp, *, db: Database, max_json: int, max_upload: int) -> None:
        self.app, self.db = app, db
        self.max_json, self.max_upload = max_json, max_upload

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send)
        headers = {k.decode().lower(): v.decode() for k, v in scope.get("headers", [])}
        multipart = headers.get("content-type", "").startswith("multipart/")
        limit = self.max_upload if multipart else self.max_json
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            return await self._too_large(send, limit)
        key = headers.get("idempotency-key", "")
        if not key or multipart:
            return await self.app(scope, self._counted(receive, limit, send), send)
        chunks = []
        size = 0
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > limit:
                return await self._too_large(send, limit)
            if not message.get("more_body"):
                break
        raw = b"".join(chunks)
        user = await to_thread.run_sync(self._user, headers.get("authorization", ""))
        if user is None or len(raw) > MAX_STORED or len(key) > 255:
            return await self.app(scope, _replay(raw, receive), send)
        digest = hashlib.sha256(
            scope["method"].encode() + scope["path"].encode() + b"\0" + raw
        ).hexdigest()
        found = await to_thread.run_sync(self._stored, user, key)
        if found is not None:
            if found.request != digest:
                return await _send_json(
                    send, 409,
                    error_body(
                        "This Idempotency-Key was already used for a different request. Use a "
                        "new key for a new request.", "invalid_request_error",
                        code="idempotency_key_reused",
                    ),
                    {},
                )  # fmt: skip
            return await _send_json(
                send, found.status, json.loads(found.body), {"Idempotent-Replayed": "true"}
            )
        # A non-streamed answer is held until it is stored: a retry sent the moment the
        # first answer arrives must find it, or it would run the create a second time.
        captured: dict[str, Any] = {"start": None, "body": b"", "stream": False}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                kinds = dict(message.get("headers", [])).get(b"content-type", b"")
                captured["stream"] = kinds.startswith(b"text/event-stream")
                if captured["stream"]:
                    return await send(message)
                captured["start"] = message
            elif message["type"] == "http.response.body" and not captured["stream"]:
                captured["body"] += message.get("body", b"")
                if message.get("more_body"):
                    return None
                status = captured["start"]["status"]
                if status < 500:
                    await to_thread.run_sync(
                        self._store, user, key, digest, status, captured["body"]
                    )
                await send(captured["start"])
                return await send({"type": "http.response.body", "body": captured["body"]})
            else:
                await send(message)
            return None

        await self.app(scope, _replay(raw, receive), capture)

    def _counted(self, receive: Receive, limit: int, send: Send) -> Receive:
        """The body, refused once it passes `limit` (a body sent without a length)."""
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(limit)
            return message

        return counted

    async def _too_large(self, send: Send, limit: int) -> None:
        await _send_json(
            send, 413,
            error_body(
                f"The request body is larger than this server accepts ({limit // 1024:,} KB). "
                "Send less at once, or ask the operator to raise the limit.",
                "invalid_request_error", code="request_too_large",
            ),
            {},
        )  # fmt: skip

    def _user(self, authorization: str) -> str | None:
        with self.db.reader() as session:
            found = keys.find(session, bearer(authorization))
        return found.user if found else None

    def _stored(self, user: str, key: str) -> IdempotencyRow | None:
        with self.db.reader() as session:
            return session.scalar(
                select(IdempotencyRow).where(IdempotencyRow.user == user, IdempotencyRow.key == key)
            )

    def _store(self, user: str, key: str, digest: str, status: int, data: bytes) -> None:
        stamp = now()
        try:
            with self.db.session() as session:
                session.execute(
                    delete(IdempotencyRow).where(IdempotencyRow.created_at < stamp - KEEP_SECONDS)
                )
                session.add(
                    IdempotencyRow(
                        user=user,
                        key=key,
                        request=digest,
                        status=status,
                        body=data.decode(errors="replace"),
                        created_at=stamp,
                    )  # fmt: skip
                )
        except IntegrityError:
            pass  # a concurrent retry stored it first: its answer stands


def _replay(raw: bytes, receive: Receive) -> Receive:
    """The body already read, then the connection's own messages (its disconnect)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": raw, "more_body": False}

    return replayed
