"""Who is calling. A bearer key names its user, and the routes open their sessions as that
user: the services then refuse another user's object as "not found", for every verb. Keys
are rate-limited per minute with a token bucket; over the limit is a 429 with Retry-After."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, Request

from services import keys
from services.access import Actor
from services.api.errors import APIError
from services.engine.engine import Engine


@dataclass(frozen=True)
class Caller:
    """The key's user, as the services see them (they check ownership themselves)."""

    actor: Actor
    key_id: str


def engine_of(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def bearer(authorization: str) -> str:
    """The key of an `Authorization: Bearer <key>` header ("" when there is none)."""
    scheme, _, secret = authorization.partition(" ")
    return secret.strip() if scheme.lower() == "bearer" else ""


def caller(request: Request) -> Caller:
    """The dependency every /v1 route takes: the key's user, or 401 / 429."""
    secret = bearer(request.headers.get("authorization", ""))
    if not secret:
        raise APIError(
            401,
            "You didn't provide an API key. Send it as 'Authorization: Bearer <key>'; an "
            "administrator makes one with `workbench keys create --user EMAIL`.",
            type="invalid_request_error",
            code="missing_api_key",
        )
    engine = engine_of(request)
    with engine.db.reader() as session:  # no write lock for every request
        found = keys.find(session, secret)
    if found is not None and keys.stale(found):
        with engine.db.session() as session:
            keys.touch(session, found)
    if found is None:
        raise APIError(
            401,
            "Incorrect API key provided (it is unknown or was revoked). Make a new one with "
            "`workbench keys create --user EMAIL`.",
            type="invalid_request_error",
            code="invalid_api_key",
        )
    request.app.state.limiter.take(found.id)
    return Caller(actor=Actor(user_id=found.user, role=found.role), key_id=found.id)


class RateLimiter:
    """`per_minute` requests per key, refilled continuously (bursts up to the same)."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._buckets: dict[str, tuple[float, float]] = {}  # key → (tokens, when)
        self._lock = threading.Lock()

    def take(self, key_id: str) -> None:
        if self.per_minute <= 0:
            return
        rate = self.per_minute / 60.0
        stamp = time.monotonic()
        with self._lock:
            tokens, when = self._buckets.get(key_id, (float(self.per_minute), stamp))
            tokens = min(float(self.per_minute), tokens + (stamp - when) * rate)
            if tokens < 1:
                wait = math.ceil((1 - tokens) / rate)
                self._buckets[key_id] = (tokens, stamp)
                raise APIError(
                    429,
                    f"Rate limit reached: {self.per_minute} requests per minute for this key. "
                    f"Try again in {wait} s.",
                    type="requests",
                    code="rate_limit_exceeded",
                    headers={"Retry-After": str(wait)},
                )
            self._buckets[key_id] = (tokens - 1, stamp)


Who = Annotated[Caller, Depends(caller)]


@dataclass(frozen=True)
class Paging:
    """The list parameters of the API: `limit` (1–100), `order`, `after`, `before`."""

    limit: int = 20
    order: Literal["asc", "desc"] = "desc"
    after: str | None = None
    before: str | None = None

    def kwargs(self) -> dict[str, Any]:
        return {
            "limit": self.limit,
            "order": self.order,
            "after": self.after,
            "before": self.before,
        }


Page = Annotated[Paging, Depends()]
