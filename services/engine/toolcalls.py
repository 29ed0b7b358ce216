"""Tool calls as the engine assembles and records them: streamed pieces in, run-step
details out. A call named `code_interpreter` on a run that has the tool is code."""

from __future__ import annotations

import json
import re
from typing import Any

CODE_INTERPRETER = "code_interpreter"
FILE_SEARCH = "file_search"
_PARTIAL_CODE = re.compile(r'^\s*\{\s*"code"\s*:\s*"((?:[^"\\]|\\.)*)', re.S)


def code_from_arguments(arguments: str) -> str:
    """The code of a code_interpreter call: `{"code": "…"}`, or raw code. Raises
    ValueError when the arguments look like JSON but are not a usable object."""
    text = arguments.strip()
    if not text.startswith("{"):
        return arguments
    value = json.loads(text)
    if not isinstance(value, dict) or not isinstance(value.get("code"), str):
        raise ValueError('expected {"code": "<python code>"}')
    return value["code"]


def partial_code(arguments: str) -> str:
    """The code streamed so far, while the JSON arguments are still incomplete."""
    if not arguments.lstrip().startswith("{"):
        return arguments
    match = _PARTIAL_CODE.match(arguments)
    if match is None:
        return ""
    body = match.group(1)
    if body.endswith("\\") and not body.endswith("\\\\"):
        body = body[:-1]
    try:
        return json.loads(f'"{body}"')
    except ValueError:
        return body


def details(calls: dict[int, dict[str, Any]], results: dict[str, Any]) -> dict[str, Any]:
    """The `tool_calls` step details of a turn's calls with whatever results exist."""
    return {
        "type": "tool_calls",
        "tool_calls": [
            _call_detail(call, results.get(call["id"])) for _, call in sorted(calls.items())
        ],
    }


def _call_detail(call: dict[str, Any], result: Any) -> dict[str, Any]:
    if call["type"] == CODE_INTERPRETER:
        try:
            code = code_from_arguments(call["arguments"])
        except ValueError:
            code = partial_code(call["arguments"]) or call["arguments"]
        return {
            "id": call["id"],
            "type": CODE_INTERPRETER,
            "code_interpreter": {"input": code, "outputs": code_outputs(result)},
        }
    if call["type"] == FILE_SEARCH:
        return {"id": call["id"], "type": FILE_SEARCH, FILE_SEARCH: _search_details(call, result)}
    return {
        "id": call["id"],
        "type": "function",
        "function": {
            "name": call["name"],
            "arguments": call["arguments"],
            "output": result if isinstance(result, str) or result is None else result.output,
        },
    }


def piece(
    call: dict[str, Any], index: int, *, new: bool, arguments: str, code_before: str
) -> dict[str, Any]:
    """The step delta for one streamed piece of a call."""
    if call["type"] == CODE_INTERPRETER:
        body: dict[str, Any] = {"input": partial_code(call["arguments"])[len(code_before) :]}
        out: dict[str, Any] = {"index": index, "type": CODE_INTERPRETER, CODE_INTERPRETER: body}
    elif call["type"] == FILE_SEARCH:
        out = {"index": index, "type": FILE_SEARCH, FILE_SEARCH: {}}
    else:
        fn: dict[str, Any] = {"arguments": arguments}
        if new:
            fn["name"] = call["name"]
        out = {"index": index, "type": "function", "function": fn}
    if new:
        out["id"] = call["id"]
    return out


def code_outputs(result: Any) -> list[dict[str, Any]]:
    """A code call's outputs; a refusal before running (bad arguments) is its only log, so
    the model reads it and can send the call again."""
    if result is None:
        return []
    if isinstance(result, str):
        return [{"type": "logs", "logs": result}]
    return list(result.outputs)


def result_piece(call: dict[str, Any], index: int, result: Any) -> dict[str, Any]:
    """The step delta that carries a call's output."""
    if call["type"] == CODE_INTERPRETER:
        return {
            "index": index,
            "id": call["id"],
            "type": CODE_INTERPRETER,
            CODE_INTERPRETER: {"outputs": code_outputs(result)},
        }
    if call["type"] == FILE_SEARCH:
        return {
            "index": index,
            "id": call["id"],
            "type": FILE_SEARCH,
            FILE_SEARCH: _search_details(call, result),
        }
    return {"index": index, "id": call["id"], "type": "function", "function": {"output": result}}


def _search_details(call: dict[str, Any], result: Any) -> dict[str, Any]:
    """A search call's details: its query and numbered results once it ran (a refusal
    before running is its error)."""
    if result is None:
        try:
            query = json.loads(call["arguments"]).get("query", "")
        except (ValueError, AttributeError):
            query = ""
        return {"query": query, "results": []} if query else {}
    if isinstance(result, str):
        return {"query": "", "results": [], "error": result}
    return dict(result.details())
