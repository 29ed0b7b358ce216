"""Reading a model stream ahead: bursts merge, slow streams do not, failures surface."""

from __future__ import annotations

import time

import pytest

from services.cancel import CancelToken
from services.engine.readahead import ReadAhead, merge, one_by_one
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

    batches = list(ReadAhead(slow(), CancelToken()))
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
    batches = list(ReadAhead(iter(pieces), CancelToken()))
    got = [event for events, _ in batches for event in events]
    assert "".join(e.text for e in got) == "".join(p.text for p in pieces)
    assert len(got) < 300
    assert batches[-1][1] is True and not any(ended for _, ended in batches[:-1])


def test_a_stream_that_arrives_at_once_ends_with_its_only_batch():
    burst = [TextDelta(text="All "), TextDelta(text="at once."), Finish(reason="stop")]

    # Whatever the thread timing, the last batch carries the end, and the end only once.
    reader = ReadAhead(iter(burst), CancelToken())
    batches = list(reader)
    reader.close()
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
        for events, ended in ReadAhead(failing(), CancelToken()):
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
    assert list(ReadAhead(silent(), token)) == []
    assert time.perf_counter() - started < 1


def test_the_turn_ends_at_finish_and_the_rest_of_the_body_is_read_after_it_is_written():
    order = []

    def server():
        yield TextDelta(text="Done.")
        yield Finish(reason="stop")
        order.append("tail read")  # the backend reads the rest of the body

    batches = ReadAhead(server(), CancelToken())
    got = []
    for events, ended in batches:
        got.extend(events)
        if ended:
            break
    time.sleep(0.05)
    order.append("turn written")
    batches.close()  # as the engine does once the turn is written
    batches.join(5)
    assert got[-1] == Finish(reason="stop")
    assert order == ["turn written", "tail read"]  # not in the write's way, and not skipped


def test_a_reader_after_another_starts_once_the_other_has_read_its_tail():
    order = []

    def first():
        yield Finish(reason="tool_calls")
        time.sleep(0.1)
        order.append("first done")

    def second():
        order.append("second request")
        yield Finish(reason="stop")

    one = ReadAhead(first(), CancelToken())
    assert [ended for _, ended in one] == [True]
    one.close()
    two = ReadAhead(second(), CancelToken(), after=one)
    assert [ended for _, ended in two] == [True]
    two.close()
    assert order == ["first done", "second request"]  # the connection is back in the pool
