"""The Responses API request of a model turn: its tools (the hosted code interpreter in the
thread's container, hosted file search over mirrored stores, functions) and its input."""

from __future__ import annotations

import json
from typing import Any

from services.llm.base import ModelRequest
from services.llm.openai_chat import with_attachments


def response_params(
    request: ModelRequest, container_id: str | None, store_ids: list[str] | None = None
) -> dict[str, Any]:
    tools: list[dict[str, Any]] = []
    for tool in request.tools:
        if tool.type == "code_interpreter" and container_id:
            tools.append({"type": "code_interpreter", "container": container_id})
        elif tool.type == "file_search" and store_ids is not None and request.search:
            limit = request.search.max_num_results
            tools.append(
                {"type": "file_search", "vector_store_ids": store_ids, "max_num_results": limit}
            )
        elif tool.type in ("function", "file_search"):  # the workbench's own file search
            tools.append(
                {
                    "type": "function",
                    "name": tool.name,
                    "description": tool.description or "",
                    "parameters": tool.parameters or {"type": "object", "properties": {}},
                    "strict": False,
                }
            )
    params: dict[str, Any] = {
        "model": request.model,
        "input": response_input(request),
        "stream": True,
        "store": False,
        "include": ["code_interpreter_call.outputs"],
    }
    if store_ids is not None:
        params["include"].append("file_search_call.results")
    if request.instructions:
        params["instructions"] = request.instructions
    if tools:
        params["tools"] = tools
        params["parallel_tool_calls"] = request.parallel_tool_calls
        choice = request.tool_choice
        if isinstance(choice, dict) and choice.get("type") == "function":
            choice = {"type": "function", "name": choice["function"]["name"]}
        params["tool_choice"] = choice
    if request.temperature is not None:
        params["temperature"] = request.temperature
    if request.top_p is not None:
        params["top_p"] = request.top_p
    if request.max_completion_tokens is not None:
        params["max_output_tokens"] = max(16, request.max_completion_tokens)
    return params


def response_input(request: ModelRequest) -> list[dict[str, Any]]:
    """The conversation as Responses input items. What the provider ran itself earlier
    (hosted code, hosted searches) is replayed as text: its call items cannot be re-sent
    with `store=False`."""
    items: list[dict[str, Any]] = []
    replayed: dict[str, str] = {}  # call id → how its output is shown
    for message in request.messages:
        if message.role == "user":
            items.append({"role": "user", "content": with_attachments(message)})
        elif message.role == "assistant":
            if message.content:
                items.append({"role": "assistant", "content": message.content})
            for call in message.tool_calls:
                if call.type == "code_interpreter":
                    replayed[call.id] = "Output:\n```\n{}\n```"
                    said = f"I ran:\n```python\n{_code(call.arguments)}\n```"
                elif call.name == "file_search" and request.search is not None:
                    replayed[call.id] = "{}"
                    said = f"I searched the documents: {call.arguments}"
                else:
                    items.append(
                        {
                            "type": "function_call",
                            "call_id": call.id,
                            "name": call.name,
                            "arguments": call.arguments or "{}",
                        }
                    )
                    continue
                items.append({"role": "assistant", "content": said})
        elif message.tool_call_id in replayed:
            if message.content.strip():
                shown = replayed[message.tool_call_id].format(message.content)
                items.append({"role": "assistant", "content": shown})
        else:
            items.append(
                {
                    "type": "function_call_output",
                    "call_id": message.tool_call_id,
                    "output": message.content,
                }
            )
    return items


def _code(arguments: str) -> str:
    try:
        value = json.loads(arguments)
    except ValueError:
        return arguments
    return value.get("code", arguments) if isinstance(value, dict) else arguments
