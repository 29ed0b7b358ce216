"""Read a model stream ahead, on its own thread, and hand the engine what has arrived as
one batch, merged: a fast server's burst of fifty text deltas becomes one database write
and one event, while a slow stream still gets each delta through the moment it arrives.
(Every batch is a committed transaction before it is published; that costs about a
millisecond, so one per token would cap a fast local model at a few hundred tokens a
second.) A batch also says whether the stream ended with it, so the engine can close the
turn in the same write as its last pieces."""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Generator, Iterable
from typing import Any

from services.cancel import CancelToken
from services.llm.base import Finish, HostedCode, TextDelta, ToolCallDelta

# What arrived together, and whether the stream ended with it.
Batch = tuple[list[Any], bool]
_END = object()
MAX_BATCH = 512  # events merged at most into one write
POLL_SECONDS = 0.25  # how often a waiting reader looks at the cancel token


class _Failure:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def one_by_one(stream: Iterable[Any]) -> Generator[Batch, None, None]:
    """An in-process stream's events as batches of one, each passed on as it is made (its
    end is only known after the last one)."""
    try:
        for event in stream:
            yield [event], False
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()


def read_ahead(stream: Iterable[Any], token: CancelToken) -> Generator[Batch, None, None]:
    """The stream's events in batches of what arrived together, neighbours merged. A
    failure of the stream is raised after the batch of what came before it."""
    inbox: queue.Queue[Any] = queue.Queue()
    stop = threading.Event()

    def produce() -> None:
        try:
            for event in stream:
                inbox.put(event)
                if stop.is_set() and not isinstance(event, Finish):  # abandoned mid-answer
                    break
        except BaseException as error:  # handed to the reader, raised there
            inbox.put(_Failure(error))
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                with contextlib.suppress(Exception):  # best effort: the reader has it all
                    close()
            inbox.put(_END)

    producer = threading.Thread(target=produce, name="model-stream", daemon=True)
    producer.start()
    try:
        while True:
            try:
                first = inbox.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if token.is_set():
                    return
                continue
            batch = [first]
            while len(batch) < MAX_BATCH and batch[-1] is not _END:
                try:
                    batch.append(inbox.get_nowait())
                except queue.Empty:
                    break
            # A Finish is the model's last event: the turn can end now, while the producer
            # reads the rest of the body (to keep the connection) and closes on its own.
            ended = batch[-1] is _END or isinstance(batch[-1], Finish)
            failure = next((item for item in batch if isinstance(item, _Failure)), None)
            events = merge([item for item in batch if item is not _END and item is not failure])
            if events or ended:
                yield events, ended and failure is None
            if failure is not None:
                raise failure.error
            if ended:
                return
    finally:
        stop.set()


def merge(batch: list[Any]) -> list[Any]:
    """Join neighbouring pieces of the same thing: text with text, a tool call's argument
    pieces (same index, no new id or name), a hosted call's code pieces."""
    out: list[Any] = []
    for item in batch:
        last = out[-1] if out else None
        if isinstance(item, TextDelta) and isinstance(last, TextDelta):
            out[-1] = TextDelta(text=last.text + item.text)
        elif (
            isinstance(item, ToolCallDelta)
            and isinstance(last, ToolCallDelta)
            and item.index == last.index
            and item.id is None
            and item.name is None
        ):
            out[-1] = last.model_copy(update={"arguments": last.arguments + item.arguments})
        elif (
            isinstance(item, HostedCode)
            and isinstance(last, HostedCode)
            and item.phase == last.phase == "code"
            and item.id == last.id
        ):
            out[-1] = last.model_copy(update={"code": last.code + item.code})
        else:
            out.append(item)
    return out
