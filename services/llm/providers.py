"""What the OpenAI-compatible backends share: bounded retries with backoff, and provider
errors translated into errors a user can act on (naming the setting that is wrong)."""

from __future__ import annotations

import contextlib
import json
import logging
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from services.cancel import CancelToken
from services.errors import ConfigurationError, ModelProviderError, WorkbenchError
from services.llm.connection import Clients, Endpoint, resolve
from services.secrets import SecretStore

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # the first try and up to three retries
    base_seconds: float = 1.0
    max_seconds: float = 20.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_seconds)
        backoff = self.base_seconds * 2**attempt
        return min(backoff * (0.5 + random.random() / 2), self.max_seconds)


class OpenAICompatible:
    """What both OpenAI-API backends hold: the secret store (to resolve an assistant's key
    reference), one SDK client per endpoint, and the retry policy."""

    streams_over_network = True  # the engine reads the stream ahead and merges bursts

    def __init__(self, *, secrets: SecretStore, clients: Clients, retry: RetryPolicy) -> None:
        self.secrets = secrets
        self.clients = clients
        self.retry = retry

    def connect(self, connection: dict[str, Any] | None) -> tuple[Endpoint, Any]:
        endpoint = resolve(connection, self.secrets)
        return endpoint, self.clients.get(endpoint)


def chain(first: Any, stream: Iterable[Any]) -> Iterator[Any]:
    """A stream whose first item was read already (to surface errors before streaming)."""
    if first is not None:
        yield first
    yield from stream


def open_sse(
    client: Any, path: str, body: dict[str, Any]
) -> tuple[Any, Iterator[dict[str, Any]], dict[str, Any] | None]:
    """POST a streaming request through the SDK's own client (auth, headers, its typed
    errors) and read the server-sent events as plain JSON. The body is sent as built: the
    SDK's parameter transform and event models cost about 0.7 ms a request, which is most of
    what a turn costs beyond the database. Returns (response, events, first event)."""
    import httpx2

    response = client.post(path, body=body, cast_to=httpx2.Response, stream=True)
    events = sse_data(response)
    try:
        first = next(events, None)  # errors of a stream surface on the first read
    except BaseException:
        response.close()
        raise
    return response, events, first


def sse_data(response: Any) -> Iterator[dict[str, Any]]:
    """The JSON objects of a server-sent event stream, until `[DONE]`. An event counts once
    its blank line arrives (one cut off by a dropped connection is discarded, as the SSE
    spec says). An `error` object in the stream is raised as the SDK's APIError."""
    import openai

    data: list[str] = []
    lines = response.iter_lines()
    for line in lines:
        if line:
            if line.startswith("data:"):
                data.append(line[5:].removeprefix(" "))
            continue
        if not data:
            continue
        payload, data = "\n".join(data), []
        if payload == "[DONE]":
            # Read to the end of the body, as the SDK does: a response closed unread takes
            # its connection with it, and the next request would have to open a new one.
            drain(lines)
            return
        value = json.loads(payload)
        if isinstance(value, dict) and value.get("error"):
            error = value["error"]
            message = error.get("message") if isinstance(error, dict) else str(error)
            request = getattr(response, "request", None) or response.http_request
            raise openai.APIError(str(message or "error in the stream"), request, body=error)
        yield value


def drain(events: Iterator[Any]) -> None:
    """Read what is left of a stream whose answer is complete (its `Finish` was sent), so
    its connection can be reused; a failure now changes nothing."""
    with contextlib.suppress(Exception):
        for _ in events:
            pass


class Cancelled(Exception):
    """The run was cancelled while waiting to retry."""


def with_retries(
    call: Callable[[], T],
    *,
    policy: RetryPolicy,
    endpoint: Endpoint,
    model: str,
    cancel: CancelToken,
    what: str = "model call",
) -> T:
    """`call()`, retried on 429, 5xx, timeouts and dropped connections; other failures and
    the last retryable one are raised as workbench errors."""
    attempt = 0
    while True:
        try:
            return call()
        except Exception as error:  # the SDK's errors; translated below
            retryable, retry_after = classify(error)
            if not retryable or attempt + 1 >= policy.attempts:
                raise translate(
                    error, endpoint=endpoint, model=model, attempts=attempt + 1
                ) from None
            delay = policy.delay(attempt, retry_after)
            log.warning(
                "%s to %s failed (%s); retry %d in %.2fs",
                what,
                endpoint.describe(),
                type(error).__name__,
                attempt + 1,
                delay,
            )
            attempt += 1
            if cancel.wait(delay):
                raise Cancelled() from None


def classify(error: Exception) -> tuple[bool, float | None]:
    """(worth retrying, seconds the server asked us to wait)."""
    import openai

    if isinstance(error, openai.APITimeoutError | openai.APIConnectionError):
        return True, None
    if isinstance(error, openai.APIStatusError):
        status = error.status_code
        if status == 429 and _quota_exhausted(error):
            return False, None
        if status in (408, 409, 429) or status >= 500:
            return True, _retry_after(error)
    return False, None


def _retry_after(error: object) -> float | None:
    response = getattr(error, "response", None)
    headers = getattr(response, "headers", None) or {}
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return float(value) * scale
        except ValueError:
            return None
    return None


def _quota_exhausted(error: object) -> bool:
    body = getattr(error, "body", None)
    code = body.get("code") if isinstance(body, dict) else None
    return code == "insufficient_quota"


def _server_message(error: object) -> str:
    body = getattr(error, "body", None)
    if isinstance(body, dict):
        message = body.get("message") or (body.get("error") or {}).get("message")
        if message:
            return str(message)[:300]
    return str(getattr(error, "message", "") or error)[:300]


def translate(
    error: Exception, *, endpoint: Endpoint, model: str, attempts: int = 1
) -> WorkbenchError:
    """A provider failure as the workbench reports it: `last_error.code` and a message
    that says what to change. Never includes the key."""
    import openai

    where = endpoint.describe()
    label = endpoint.preset.label
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    if isinstance(error, WorkbenchError):
        return error
    if isinstance(error, openai.APITimeoutError):
        return ModelProviderError(
            f"{label} at {where} did not answer in time{tries}. Try again, or raise "
            "WORKBENCH_PROVIDER_TIMEOUT_SECONDS for slow local models.",
            code="server_error",
        )
    if isinstance(error, openai.APIConnectionError):
        return ModelProviderError(
            f"Could not connect to {where}{tries}. Check the assistant's base URL and that the "
            "server is running.",
            code="server_error",
        )
    if isinstance(error, openai.AuthenticationError):
        return ConfigurationError(
            f"{label} at {where} rejected the API key (401). Check the key the assistant's "
            "connection names (Assistants page) or OPENAI_API_KEY."
        )
    if isinstance(error, openai.PermissionDeniedError):
        return ConfigurationError(
            f"{label} at {where} refused access (403): {_server_message(error)}. Check the key's "
            "permissions and project."
        )
    if isinstance(error, openai.NotFoundError):
        return ConfigurationError(
            f"{label} at {where} answered 404 for model '{model}': check the model name and the "
            "base URL (it usually ends in /v1)."
        )
    if isinstance(error, openai.APIStatusError):
        status = error.status_code
        message = _server_message(error)
        if status == 429:
            advice = (
                "The account's quota is used up; check billing."
                if _quota_exhausted(error)
                else "Wait a minute and try again, or lower the request rate."
            )
            return ModelProviderError(
                f"{label} rate-limited the request{tries} (429): {message}. {advice}",
                code="rate_limit_exceeded",
            )
        if status >= 500:
            return ModelProviderError(
                f"{label} at {where} had a server error{tries} ({status}): {message}. Try again "
                "later.",
                code="server_error",
            )
        if status == 400 and "tool" in message.lower():
            return ConfigurationError(
                f"Model '{model}' at {where} does not accept tools ({message}). The workbench "
                f"needs a model with tool calling. {endpoint.preset.hint}".strip()
            )
        if status == 400 and ("context" in message.lower() or "too long" in message.lower()):
            return ModelProviderError(
                f"The conversation is too long for model '{model}': {message}. Start a new "
                "thread or lower the assistant's max prompt tokens.",
                code="invalid_prompt",
            )
        return ModelProviderError(
            f"{label} at {where} refused the request ({status}): {message}",
            code="invalid_prompt" if status == 400 else "server_error",
        )
    return ModelProviderError(
        f"{label} at {where} failed: {type(error).__name__}.", code="server_error"
    )
