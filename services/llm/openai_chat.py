"""Chat Completions through the official `openai` SDK, against any OpenAI-compatible server
(OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp server, LM Studio). Tools run locally: the
code interpreter is offered as a function tool; the engine runs the calls and calls again."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from services.cancel import CancelToken
from services.llm.base import (
    Finish,
    ModelEvent,
    ModelMessage,
    ModelRequest,
    TextDelta,
    ToolCallDelta,
    UsageReport,
)
from services.llm.connection import Clients, Endpoint
from services.llm.providers import (
    Cancelled,
    OpenAICompatible,
    chain,
    classify,
    drain,
    open_sse,
    translate,
    with_retries,
)

_FINISH = {"stop": "stop", "tool_calls": "tool_calls", "function_call": "tool_calls"}


class OpenAIChatBackend(OpenAICompatible):
    name = "openai_chat"

    def stream(self, request: ModelRequest, *, cancel: CancelToken) -> Iterator[ModelEvent]:
        endpoint, client = self.connect(request.connection)
        params = chat_params(request, endpoint)

        try:
            response, chunks, first = with_retries(
                lambda: open_sse(client, "/chat/completions", params),
                policy=self.retry,
                endpoint=endpoint,
                model=request.model,
                cancel=cancel,
            )
        except Cancelled:
            return
        cancel.on_cancel(response.close)
        try:
            yield from _events(chain(first, chunks), endpoint=endpoint, model=request.model)
        finally:
            response.close()


def _events(
    chunks: Iterator[dict[str, Any]], *, endpoint: Endpoint, model: str
) -> Iterator[ModelEvent]:
    received = False
    finish = None
    try:
        for chunk in chunks:
            usage = chunk.get("usage")
            if usage:
                yield UsageReport(
                    prompt_tokens=usage.get("prompt_tokens") or 0,
                    completion_tokens=usage.get("completion_tokens") or 0,
                )
                if finish is not None:  # the usage chunk is the last: the answer is whole
                    yield Finish(reason=finish)
                    drain(chunks)
                    return
            for choice in chunk.get("choices") or []:
                delta = choice.get("delta") or {}
                if delta.get("content"):
                    received = True
                    yield TextDelta(text=delta["content"])
                for call in delta.get("tool_calls") or []:
                    received = True
                    fn = call.get("function") or {}
                    yield ToolCallDelta(
                        index=call.get("index") or 0,
                        id=call.get("id"),
                        name=fn.get("name"),
                        arguments=fn.get("arguments") or "",
                    )
                reason = choice.get("finish_reason")
                if reason == "length":
                    finish = "length"
                elif reason:
                    finish = _FINISH.get(reason, "stop")
    except Exception as error:
        retryable, _ = classify(error)
        if received and (retryable or _is_cut(error)):
            yield Finish(reason="interrupted")
            return
        raise translate(error, endpoint=endpoint, model=model) from None
    if finish is None:  # the stream ended without saying why: the connection was cut
        if not received:
            raise translate(
                ConnectionError("the stream ended before any answer"),
                endpoint=endpoint,
                model=model,
            )
        finish = "interrupted"
    yield Finish(reason=finish)


def _is_cut(error: Exception) -> bool:
    """A connection that ended mid-stream (the transport's own error types)."""
    name = type(error).__name__
    return name in ("RemoteProtocolError", "ReadError", "ReadTimeout", "IncompleteRead") or (
        "incomplete" in str(error).lower() or "closed" in str(error).lower()
    )


def chat_params(request: ModelRequest, endpoint: Endpoint) -> dict[str, Any]:
    params: dict[str, Any] = {
        "model": request.model,
        "messages": chat_messages(request),
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    tools = [
        tool_param(t)
        for t in request.tools
        if t.type in ("function", "code_interpreter", "file_search")
    ]
    if tools:
        params["tools"] = tools
        params["tool_choice"] = _tool_choice(request.tool_choice)
        params["parallel_tool_calls"] = request.parallel_tool_calls
    if request.temperature is not None:
        params["temperature"] = request.temperature
    if request.top_p is not None:
        params["top_p"] = request.top_p
    if request.max_completion_tokens is not None:
        params[endpoint.preset.token_parameter] = max(1, request.max_completion_tokens)
    return params


def tool_param(tool: Any) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {
            "name": tool.name,
            "description": tool.description or "",
            "parameters": tool.parameters or {"type": "object", "properties": {}},
        },
    }


def _tool_choice(choice: Any) -> Any:
    if isinstance(choice, dict) and choice.get("type") == "code_interpreter":
        return {"type": "function", "function": {"name": "code_interpreter"}}
    return choice


def chat_messages(request: ModelRequest) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if request.instructions:
        out.append({"role": "system", "content": request.instructions})
    for message in request.messages:
        out.append(chat_message(message))
    return out


def chat_message(message: ModelMessage) -> dict[str, Any]:
    if message.role == "tool":
        return {"role": "tool", "tool_call_id": message.tool_call_id, "content": message.content}
    if message.role == "user":
        return {"role": "user", "content": with_attachments(message)}
    item: dict[str, Any] = {"role": "assistant", "content": message.content or None}
    if message.tool_calls:
        item["tool_calls"] = [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": call.name, "arguments": call.arguments or "{}"},
            }
            for call in message.tool_calls
        ]
    return item


def with_attachments(message: ModelMessage) -> str:
    names = [a.get("filename") or a["file_id"] for a in message.attachments]
    if not names:
        return message.content
    return f"{message.content}\n\n(Attached: {', '.join(names)})"


def list_models(endpoint: Endpoint, clients: Clients) -> list[str]:
    """The server's models (the Assistants page's "Test connection")."""
    try:
        return sorted(model.id for model in clients.get(endpoint).models.list())
    except Exception as error:
        raise translate(error, endpoint=endpoint, model="(listing models)") from None
