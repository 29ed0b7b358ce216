"""Reading a Chat Completions event stream without the SDK's chunk models."""

from __future__ import annotations

import httpx2
import openai
import pytest

from services.llm.providers import sse_data


class Response:
    def __init__(self, *lines: str) -> None:
        self.lines = lines
        self.http_request = httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")

    def iter_lines(self):
        yield from self.lines


def test_events_are_parsed_once_complete_and_done_ends_the_stream():
    stream = Response(
        ": a comment",
        'data: {"a": 1}',
        "",
        "data: {",
        'data: "b": 2}',
        "",
        "data: [DONE]",
        "",
        'data: {"after": "done"}',
        "",
    )
    assert list(sse_data(stream)) == [{"a": 1}, {"b": 2}]


def test_an_event_cut_off_by_a_dropped_connection_is_discarded():
    assert list(sse_data(Response('data: {"a": 1}', "", 'data: {"id": "chatcm'))) == [{"a": 1}]


def test_an_error_in_the_stream_is_raised_as_the_sdk_error():
    stream = Response('data: {"a": 1}', "", 'data: {"error": {"message": "overloaded"}}', "")
    events = sse_data(stream)
    assert next(events) == {"a": 1}
    with pytest.raises(openai.APIError, match="overloaded"):
        next(events)
