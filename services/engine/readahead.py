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
from collections.abc import Generator, Iterable, Iterator
from typing import Any

from services.cancel import CancelToken
from services.llm.base import Finish, HostedCode, TextDelta, ToolCallDelta

# What arrived together, and whether the stream ended with it.
Batch = tuple[list[Any], bool]
_END = object()
MAX_BATCH = 512  # events merged at most into one write
POLL_SECONDS = 0.25  # how often a waiting reader looks at the cancel token
DRAIN_SECONDS = 5.0  # the longest a finished stream's producer waits for the turn's write
AFTER_SECONDS = 0.5  # the longest a request waits for the previous stream's connection


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


class ReadAhead:
    """The stream's events in batches of what arrived together, neighbours merged, read on
    a thread of its own. A failure of the stream is raised after the batch of what came
    before it. A batch that holds the model's Finish ends the stream for the engine; the
    rest of the body (the connection's end of the response) is read once the engine closes
    this, after it has written the turn, so that reading is not in the turn's way. A reader
    made `after` another starts its request once the other has finished, so it finds the
    other's connection back in the pool."""

    def __init__(
        self, stream: Iterable[Any], token: CancelToken, *, after: ReadAhead | None = None
    ) -> None:
        self._token = token
        self._inbox: queue.Queue[Any] = queue.Queue()
        self._stop = threading.Event()
        self._producer = threading.Thread(
            target=self._produce, args=(stream, after), name="model-stream", daemon=True
        )
        self._producer.start()

    def _produce(self, stream: Iterable[Any], after: ReadAhead | None) -> None:
        if after is not None:
            after.join(AFTER_SECONDS)
        try:
            for event in stream:
                self._inbox.put(event)
                if isinstance(event, Finish):
                    self._stop.wait(DRAIN_SECONDS)  # the turn is written first
                elif self._stop.is_set():  # abandoned mid-answer
                    break
        except BaseException as error:  # handed to the reader, raised there
            self._inbox.put(_Failure(error))
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                with contextlib.suppress(Exception):  # best effort: the reader has it all
                    close()
            self._inbox.put(_END)

    def __iter__(self) -> Iterator[Batch]:
        inbox = self._inbox
        while True:
            try:
                first = inbox.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if self._token.is_set():
                    return
                continue
            batch = [first]
            while len(batch) < MAX_BATCH and batch[-1] is not _END:
                try:
                    batch.append(inbox.get_nowait())
                except queue.Empty:
                    break
            ended = batch[-1] is _END or isinstance(batch[-1], Finish)
            failure = next((item for item in batch if isinstance(item, _Failure)), None)
            events = merge([item for item in batch if item is not _END and item is not failure])
            if events or ended:
                yield events, ended and failure is None
            if failure is not None:
                raise failure.error
            if ended:
                return

    def close(self) -> None:
        """The engine is done with the stream: the producer reads the rest and stops."""
        self._stop.set()

    def join(self, timeout: float) -> None:
        self._producer.join(timeout)


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
