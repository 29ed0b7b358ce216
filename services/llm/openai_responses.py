"""OpenAI's Responses API with the hosted code interpreter and function tools.

Code runs in an OpenAI container, one per thread, with the thread's files uploaded to it.
Its id is kept on the thread (`provider_state`); a container idle for 20 minutes expires,
so an old one is checked and, when gone, replaced and the files uploaded again. Every file
the reply cites (`container_file_citation`) is downloaded at once and handed to the engine,
which keeps it in the FileStore: the workbench's copy outlives the container. With
WORKBENCH_RESPONSES_FILE_SEARCH=hosted, OpenAI's file_search searches mirrors of the run's
document stores (responses_search.py)."""

from __future__ import annotations

import base64
import logging
import time
from collections.abc import Iterator
from typing import Any

from services.cancel import CancelToken
from services.errors import ModelProviderError, WorkbenchError
from services.llm.base import (
    Finish,
    GeneratedFile,
    HostedCode,
    ModelEvent,
    ModelRequest,
    StateUpdate,
    TextDelta,
    ToolCallDelta,
    UsageReport,
)
from services.llm.connection import Endpoint
from services.llm.providers import (
    Cancelled,
    OpenAICompatible,
    chain,
    drain,
    open_sse,
    translate,
    with_retries,
)
from services.llm.responses_request import response_params
from services.llm.responses_search import STATE_KEY as SEARCH_KEY
from services.llm.responses_search import Mirror, Searches, fingerprint

log = logging.getLogger(__name__)
STATE_KEY = "openai_responses"
TRUST_SECONDS = 15 * 60  # a container used this recently is still alive (expiry: 20 idle min)


class OpenAIResponsesBackend(OpenAICompatible):
    name = "openai_responses"
    hosted_code = True  # the engine need not describe or start a local sandbox for it
    hosted_search = True  # it can search mirrors of the documents itself (a setting)

    def stream(self, request: ModelRequest, *, cancel: CancelToken) -> Iterator[ModelEvent]:
        endpoint, client = self.connect(request.connection)
        wants_code = any(t.type == "code_interpreter" for t in request.tools)
        search = request.search if any(t.type == "file_search" for t in request.tools) else None
        state = dict(request.provider_state.get(STATE_KEY) or {})
        sessions = 0
        store_ids: list[str] | None = None
        searches: Searches | None = None

        def call(what: str, fn: Any) -> Any:
            return with_retries(
                fn,
                policy=self.retry,
                endpoint=endpoint,
                model=request.model,
                cancel=cancel,
                what=what,
            )

        try:
            if wants_code:
                before = state
                state, sessions = self._container(call, client, endpoint, state, request)
                if _ids(state) != _ids(before):  # a new container or new files: keep now
                    yield StateUpdate(state={STATE_KEY: state})
            if search is not None:
                mirror = Mirror(
                    call=call,
                    client=client,
                    endpoint=endpoint,
                    search=search,
                    state=request.provider_state.get(SEARCH_KEY) or {},
                    thread_id=request.thread_id,
                    cancel=cancel,
                )
                try:
                    store_ids = mirror.sync()
                finally:  # what was uploaded is kept even when a later step failed
                    if mirror.changed:
                        yield StateUpdate(state={SEARCH_KEY: mirror.state})
                searches = Searches(mirror.remote_files(), search.first_number)
            for attempt in range(2):
                params = response_params(request, state.get("container_id"), store_ids)
                try:
                    stream, events, first = call(
                        "response",
                        lambda p=params: open_sse(client, "/responses", p),
                    )
                    break
                except WorkbenchError as error:
                    if attempt == 0 and wants_code and _container_gone(error):
                        log.info(
                            "container of thread %s expired; starting a new one", request.thread_id
                        )
                        state, more = self._container(
                            call, client, endpoint, {}, request, force=True
                        )
                        sessions += more
                        yield StateUpdate(state={STATE_KEY: state})
                        continue
                    raise
        except Cancelled:
            return
        cancel.on_cancel(stream.close)
        if wants_code:  # the container was just used: it counts as active from now
            state["last_active"] = int(time.time())
            yield StateUpdate(state={STATE_KEY: state})
        try:
            yield from _events(
                chain(first, events),
                client=client,
                endpoint=endpoint,
                model=request.model,
                sessions=sessions,
                searches=searches,
            )
        finally:
            stream.close()

    # -- the thread's container ----------------------------------------------------------
    def _container(
        self,
        call: Any,
        client: Any,
        endpoint: Endpoint,
        state: dict[str, Any],
        request: ModelRequest,
        *,
        force: bool = False,
    ) -> tuple[dict[str, Any], int]:
        """(state with a live container holding every thread file, containers created)."""
        server = fingerprint(endpoint)
        container_id = state.get("container_id") if state.get("server") == server else None
        if container_id and not force:
            recent = time.time() - state.get("last_active", 0) < TRUST_SECONDS
            if not recent and not _alive(call, client, container_id):  # noqa: SIM102
                container_id = None
        created = 0
        if not container_id or force:
            container = call(
                "container create",
                lambda: client.containers.create(name=f"workbench-{request.thread_id}"),
            )
            container_id, created = container.id, 1
            state = {"container_id": container_id, "server": server, "files": {}}
        files = dict(state.get("files") or {})
        for attached in request.files:
            if attached.file_id in files:
                continue
            uploaded = call(
                "container file upload",
                lambda a=attached: _upload(client, container_id, a.filename, a.path),
            )
            files[attached.file_id] = uploaded.path or f"/mnt/data/{attached.filename}"
        state = {**state, "container_id": container_id, "server": server, "files": files}
        state["last_active"] = int(time.time())
        return state, created


def _ids(state: dict[str, Any]) -> tuple[Any, ...]:
    return state.get("container_id"), tuple(sorted(state.get("files") or {}))


def _alive(call: Any, client: Any, container_id: str) -> bool:
    import openai

    def check() -> bool:
        try:
            container = client.containers.retrieve(container_id)
        except openai.NotFoundError:
            return False
        return getattr(container, "status", "running") not in ("expired", "deleted")

    return bool(call("container check", check))


def _upload(client: Any, container_id: str, filename: str, path: str) -> Any:
    with open(path, "rb") as handle:
        return client.containers.files.create(container_id, file=(filename, handle))


def _container_gone(error: ModelProviderError | Exception) -> bool:
    text = str(getattr(error, "message", error)).lower()
    return "container" in text and any(w in text for w in ("expired", "not found", "404"))


# -- stream -------------------------------------------------------------------------------
def _events(
    events: Iterator[dict[str, Any]],
    *,
    client: Any,
    endpoint: Endpoint,
    model: str,
    sessions: int,
    searches: Searches | None = None,
) -> Iterator[ModelEvent]:
    """Responses stream events (plain JSON) as model events."""
    received = False
    calls = 0
    cited: set[str] = set()
    finish = "stop"
    usage_sent = False
    try:
        for event in events:
            kind = event.get("type", "")
            if kind == "response.output_text.delta":
                received = True
                if searches is not None:
                    searches.tail = event["delta"][-1:] or searches.tail
                yield TextDelta(text=event["delta"])
            elif kind == "response.output_item.added":
                item = event["item"]
                if item["type"] == "function_call":
                    received, calls = True, calls + 1
                    yield ToolCallDelta(
                        index=event["output_index"],
                        id=item["call_id"],
                        name=item["name"],
                        arguments="",
                    )
                elif item["type"] == "code_interpreter_call":
                    received = True
                    yield HostedCode(id=item["id"], phase="started")
                elif item["type"] == "file_search_call" and searches is not None:
                    received = True
                    yield searches.started(item)
            elif kind == "response.function_call_arguments.delta":
                yield ToolCallDelta(index=event["output_index"], arguments=event["delta"])
            elif kind == "response.code_interpreter_call_code.delta":
                yield HostedCode(id=event["item_id"], phase="code", code=event["delta"])
            elif kind == "response.output_item.done":
                item = event["item"]
                if item["type"] == "code_interpreter_call":
                    yield from _hosted_done(item)
                elif item["type"] == "file_search_call" and searches is not None:
                    yield searches.done(item)
                elif item["type"] == "message":
                    for c, part in enumerate(item.get("content") or []):
                        for a, note in enumerate(part.get("annotations") or []):
                            yield from _cited(client, note, cited, searches, (item["id"], c, a))
            elif kind == "response.output_text.annotation.added":
                where = (event["item_id"], event["content_index"], event["annotation_index"])
                yield from _cited(client, event.get("annotation") or {}, cited, searches, where)
            elif kind in ("response.completed", "response.incomplete"):
                response = event["response"]
                usage = response.get("usage")
                if usage:
                    usage_sent = True
                    yield UsageReport(
                        prompt_tokens=usage.get("input_tokens") or 0,
                        completion_tokens=usage.get("output_tokens") or 0,
                        container_sessions=sessions,
                    )
                if kind == "response.incomplete":
                    reason = (response.get("incomplete_details") or {}).get("reason")
                    finish = "length" if reason == "max_output_tokens" else "interrupted"
                else:
                    finish = "tool_calls" if calls else "stop"
                if not usage_sent and sessions:
                    yield UsageReport(container_sessions=sessions)
                yield Finish(reason=finish)  # the response's last event
                drain(events)
                return
            elif kind == "response.failed":
                raise _failed(event["response"].get("error") or {}, endpoint)
            elif kind == "error":
                raise _failed(event, endpoint)
    except ModelProviderError:
        raise
    except Exception as error:
        if not received:
            raise translate(error, endpoint=endpoint, model=model) from None
        log.warning("response stream from %s broke: %s", endpoint.describe(), type(error).__name__)
        if not usage_sent and sessions:
            yield UsageReport(container_sessions=sessions)
        yield Finish(reason="interrupted")
        return
    if not usage_sent and sessions:
        yield UsageReport(container_sessions=sessions)
    if finish == "stop" and not received:
        finish = "interrupted"  # the stream ended before the response did
    yield Finish(reason=finish)


def _hosted_done(item: dict[str, Any]) -> Iterator[ModelEvent]:
    logs = []
    for number, output in enumerate(item.get("outputs") or []):
        url = str(output.get("url") or "")
        if output.get("type") == "logs":
            logs.append(output.get("logs") or "")
        elif output.get("type") == "image" and url.startswith("data:image/png;base64,"):
            data = base64.b64decode(url.split(",", 1)[1])
            yield GeneratedFile(filename=f"figure-{number + 1}.png", data=data, call_id=item["id"])
    phase = "failed" if item.get("status") in ("failed", "incomplete") else "done"
    yield HostedCode(id=item["id"], phase=phase, code=item.get("code") or "", logs="\n".join(logs))


def _cited(
    client: Any,
    note: dict[str, Any],
    cited: set[str],
    searches: Searches | None,
    where: tuple[str, int, int],
) -> Iterator[ModelEvent]:
    """A searched document the reply cites, as its passage's marker (where the citation
    arrives); a container file it cites, downloaded now before its container can expire."""
    if note.get("type") == "file_citation" and searches is not None:
        marker = searches.cited(note, where)
        if marker is not None:
            yield marker
        return
    if note.get("type") != "container_file_citation" or note["file_id"] in cited:
        return
    cited.add(note["file_id"])
    content = client.containers.files.content.retrieve(
        note["file_id"], container_id=note["container_id"]
    )
    yield GeneratedFile(filename=note["filename"], data=content.read())


def _failed(error: dict[str, Any], endpoint: Endpoint) -> ModelProviderError:
    code = str(error.get("code") or "")
    message = str(error.get("message") or "the response failed")
    if code == "rate_limit_exceeded":
        return ModelProviderError(
            f"{endpoint.preset.label} rate-limited the response: {message}. Wait and try again.",
            code="rate_limit_exceeded",
        )
    return ModelProviderError(
        f"{endpoint.preset.label} could not finish the response: {message}", code="server_error"
    )
