"""Reading a model stream ahead: bursts merge, slow streams do not, failures surface."""

from __future__ import annotations

import time

import pytest

from services.cancel import CancelToken
from services.engine.readahead import merge, one_by_one, read_ahead
from services.llm.base import Finish, HostedCode, TextDelta, ToolCallDelta


def test_a_burst_is_merged_into_one_piece_per_kind():
    burst = [
        TextDelta(text="Revenue "),
        TextDelta(text="grew."),
        ToolCallDelta(index=0, id="c1", name="f", arguments="{"),
        ToolCallDelta(index=0, arguments='"a": 1'),
        ToolCallDelta(index=0, arguments="}"),
        ToolCallDelta(index=1, id="c2", name="g", arguments="{}"),
        HostedCode(id="h", phase="code", code="print("),
        HostedCode(id="h", phase="code", code="1)"),
        Finish(reason="tool_calls"),
    ]
    assert merge(burst) == [
        TextDelta(text="Revenue grew."),
        ToolCallDelta(index=0, id="c1", name="f", arguments='{"a": 1}'),
        ToolCallDelta(index=1, id="c2", name="g", arguments="{}"),
        HostedCode(id="h", phase="code", code="print(1)"),
        Finish(reason="tool_calls"),
    ]


def test_a_slow_stream_is_passed_through_piece_by_piece():
    def slow():
        for word in ("one ", "two ", "three"):
            time.sleep(0.02)
            yield TextDelta(text=word)

    batches = list(read_ahead(slow(), CancelToken()))
    assert [[e.text for e in events] for events, _ in batches if events] == [
        ["one "],
        ["two "],
        ["three"],
    ]
    # Only the last batch ends the stream (with "three", or empty right after it).
    assert [ended for _, ended in batches][-1] is True
    assert sum(ended for _, ended in batches) == 1


def test_a_fast_stream_arrives_merged_and_complete():
    pieces = [TextDelta(text=f"{n} ") for n in range(300)]
    batches = list(read_ahead(iter(pieces), CancelToken()))
    got = [event for events, _ in batches for event in events]
    assert "".join(e.text for e in got) == "".join(p.text for p in pieces)
    assert len(got) < 300
    assert batches[-1][1] is True and not any(ended for _, ended in batches[:-1])


def test_a_stream_that_arrives_at_once_ends_with_its_only_batch():
    burst = [TextDelta(text="All "), TextDelta(text="at once."), Finish(reason="stop")]

    # Whatever the thread timing, the last batch carries the end, and the end only once.
    batches = list(read_ahead(iter(burst), CancelToken()))
    assert [ended for _, ended in batches][-1] is True
    assert sum(ended for _, ended in batches) == 1
    got = [e for events, _ in batches for e in events]
    assert "".join(e.text for e in got[:-1]) == "All at once."
    assert got[-1] == Finish(reason="stop")


def test_one_by_one_passes_each_event_and_closes_the_stream():
    closed = []

    def stream():
        try:
            yield TextDelta(text="a")
            yield Finish(reason="stop")
        finally:
            closed.append(True)

    batches = one_by_one(stream())
    assert next(batches) == ([TextDelta(text="a")], False)
    batches.close()
    assert closed == [True]


def test_a_failure_in_the_stream_is_raised_to_the_reader_after_what_came_before():
    def failing():
        yield TextDelta(text="partial")
        raise RuntimeError("connection reset")

    seen = []
    with pytest.raises(RuntimeError, match="connection reset"):
        for events, ended in read_ahead(failing(), CancelToken()):
            seen.extend(events)
            assert not ended  # a failed stream never ends normally
    assert seen == [TextDelta(text="partial")]


def test_cancel_stops_a_reader_waiting_on_a_silent_stream():
    token = CancelToken()

    def silent():
        time.sleep(5)
        yield TextDelta(text="late")

    started = time.perf_counter()
    token.cancel()
    assert list(read_ahead(silent(), token)) == []
    assert time.perf_counter() - started < 1


def test_the_turn_ends_at_finish_while_the_rest_of_the_body_is_read():
    tail_read = []

    def server():
        yield TextDelta(text="Done.")
        yield Finish(reason="stop")
        time.sleep(0.3)  # the backend reads the rest of the body (keeps the connection)
        tail_read.append(True)

    started = time.perf_counter()
    batches = read_ahead(server(), CancelToken())
    got = []
    for events, ended in batches:
        got.extend(events)
        if ended:
            break
    batches.close()  # as the engine does once the turn ends
    assert got[-1] == Finish(reason="stop")
    assert time.perf_counter() - started < 0.25  # not held up by the tail
    deadline = time.monotonic() + 5
    while not tail_read and time.monotonic() < deadline:
        time.sleep(0.01)
    assert tail_read == [True]  # and the stream was not abandoned mid-read
