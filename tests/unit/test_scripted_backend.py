"""The scripted backend replays turns; malformed scripts fail loudly."""

from __future__ import annotations

import json

import pytest

from services.cancel import CancelToken
from services.errors import ConfigurationError, ModelProviderError
from services.llm.base import Finish, ModelMessage, ModelRequest, TextDelta, ToolCallDelta
from services.llm.scripted import ScriptedBackend


def request(turn=0, model="m"):
    return ModelRequest(model=model, messages=[ModelMessage(role="user", content="hi")], turn=turn)


def test_turns_replay_in_order_with_chunked_text_and_tool_calls():
    backend = ScriptedBackend(
        {
            "m": [
                [{"type": "text", "text": "abcdef", "chunk": 4}],
                [
                    {"type": "tool_call", "name": "f", "arguments": "{}"},
                    {"type": "tool_call", "name": "g"},
                ],
            ]
        }
    )
    first = list(backend.stream(request(0), cancel=CancelToken()))
    second = list(backend.stream(request(1), cancel=CancelToken()))
    assert first == [TextDelta(text="abcd"), TextDelta(text="ef"), Finish(reason="stop")]
    assert [type(e) for e in second] == [ToolCallDelta, ToolCallDelta, Finish]
    assert [e.index for e in second[:2]] == [0, 1]
    assert second[-1].reason == "tool_calls"


def test_missing_turn_and_unknown_model_are_clear_errors():
    backend = ScriptedBackend({"m": [[{"type": "text", "text": "x"}]]})
    with pytest.raises(ModelProviderError, match="has 1 turns; turn 2"):
        list(backend.stream(request(1), cancel=CancelToken()))
    with pytest.raises(ConfigurationError, match="no script for model 'other'"):
        list(backend.stream(request(0, "other"), cancel=CancelToken()))


def test_sleep_ends_early_on_cancel():
    backend = ScriptedBackend(
        {"m": [[{"type": "sleep", "seconds": 30}, {"type": "text", "text": "late"}]]}
    )
    token = CancelToken()
    token.cancel()
    assert list(backend.stream(request(), cancel=token)) == []


def test_script_loads_from_a_file_and_a_broken_file_names_the_setting(tmp_path):
    good = tmp_path / "s.json"
    good.write_text(json.dumps({"m": [[{"type": "text", "text": "hi"}]]}))
    assert list(ScriptedBackend.from_file(good).stream(request(), cancel=CancelToken()))[
        0
    ] == TextDelta(text="hi")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(ConfigurationError, match="WORKBENCH_SCRIPTED_SCRIPT"):
        ScriptedBackend.from_file(bad)
