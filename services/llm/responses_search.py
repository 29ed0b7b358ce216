"""OpenAI's hosted file search for the Responses backend (WORKBENCH_RESPONSES_FILE_SEARCH=
hosted): the run's local document stores mirrored to OpenAI vector stores, and what the
stream says about its searches turned back into the workbench's own terms.

The mirror is kept on the thread (`provider_state[STATE_KEY]`): the server's fingerprint,
local file id → uploaded file id, and per local store its remote store and the local files
it holds. Before each request every remote store is looked at (one GET each): a vanished
one is made again, new files are uploaded once and added, files the local store no longer
has are removed, and new files are waited for (bounded) until OpenAI has read them.
A `file_search_call` becomes a search step whose passages are numbered on from the run's
and point at local files; a `file_citation` becomes a ` [n]` marker at the point it
arrives, which the engine turns into an annotation like any other (citations.py)."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import time
from typing import Any

from services.cancel import CancelToken
from services.errors import ConfigurationError, ModelProviderError, WorkbenchError
from services.llm.base import AttachedFile, HostedSearch, SearchDocuments, TextDelta
from services.llm.connection import Endpoint
from services.llm.providers import Cancelled

log = logging.getLogger(__name__)
STATE_KEY = "openai_responses_search"
STORE_DAYS = 7  # a remote store unused this long expires (it is made again when needed)
POLL_FIRST, POLL_MOST = 0.2, 2.0  # seconds between looks at files OpenAI is still reading
ADVICE = (
    "Try again; if it keeps failing, remove the document from its store, or set "
    "WORKBENCH_RESPONSES_FILE_SEARCH=local to search the documents in the workbench."
)


def fingerprint(endpoint: Endpoint) -> str:
    """Which server a provider-side object lives on (ids mean nothing on another)."""
    return hashlib.sha256(endpoint.describe().encode()).hexdigest()[:16]


class StoreGone(Exception):
    """A remote store vanished while it was being filled."""


class Mirror:
    """The run's local stores as OpenAI vector stores on this endpoint. `state` is what the
    thread keeps; `changed` says whether it has to be saved (also after a failure)."""

    def __init__(
        self,
        *,
        call: Any,
        client: Any,
        endpoint: Endpoint,
        search: SearchDocuments,
        state: dict[str, Any],
        thread_id: str | None,
        cancel: CancelToken,
    ) -> None:
        self.call, self.client, self.endpoint = call, client, endpoint
        self.search, self.thread_id, self.cancel = search, thread_id, cancel
        server = fingerprint(endpoint)
        if state.get("server") != server:  # another server: its ids are not ours
            state = {"server": server, "files": {}, "stores": {}}
        self.state: dict[str, Any] = {
            "server": server,
            "files": dict(state.get("files") or {}),
            "stores": {
                local: {"id": entry["id"], "files": list(entry["files"])}
                for local, entry in (state.get("stores") or {}).items()
            },
        }
        self.changed = self.state != state

    def sync(self) -> list[str]:
        """The remote store ids of the run's stores, each holding the local store's files."""
        remote = []
        for local_id, files in self.search.stores.items():
            try:
                remote.append(self._store(local_id, files, fresh=False))
            except StoreGone:
                log.info("remote store of %s vanished while filled; making it again", local_id)
                try:
                    remote.append(self._store(local_id, files, fresh=True))
                except StoreGone:
                    raise ModelProviderError(
                        f"Hosted file search: OpenAI's copy of the document store {local_id} "
                        f"vanished twice while its files were added. {ADVICE}"
                    ) from None
        return remote

    def remote_files(self) -> dict[str, tuple[str, str, str]]:
        """Uploaded file id → (local file id, filename, local store id)."""
        found: dict[str, tuple[str, str, str]] = {}
        for local_id, files in self.search.stores.items():
            for attached in files:
                uploaded = self.state["files"].get(attached.file_id)
                if uploaded:
                    found.setdefault(uploaded, (attached.file_id, attached.filename, local_id))
        return found

    # -- one store -------------------------------------------------------------------------
    def _store(self, local_id: str, files: list[AttachedFile], *, fresh: bool) -> str:
        entry = self.state["stores"].get(local_id)
        if entry is None or fresh or not self._alive(entry["id"]):
            store = self._do(
                f"create a vector store for the document store {local_id}",
                lambda: self.client.vector_stores.create(
                    name=f"workbench {local_id}",
                    metadata={"workbench_store": local_id, "thread": self.thread_id or ""},
                    expires_after={"anchor": "last_active_at", "days": STORE_DAYS},
                ),
            )
            entry = self.state["stores"][local_id] = {"id": store.id, "files": []}
            self.changed = True
        wanted = {attached.file_id for attached in files}
        for gone in [file_id for file_id in entry["files"] if file_id not in wanted]:
            self._remove(entry, gone)
        adding = [attached for attached in files if attached.file_id not in entry["files"]]
        for attached in adding:
            self._add(entry["id"], attached)
        self._wait(entry, adding)
        return str(entry["id"])

    def _alive(self, store_id: str) -> bool:
        import openai

        def check() -> bool:
            try:
                store = self.client.vector_stores.retrieve(store_id)
            except openai.NotFoundError:
                return False
            return getattr(store, "status", "completed") != "expired"

        return bool(self._do(f"look up vector store {store_id}", check))

    def _upload(self, attached: AttachedFile) -> str:
        def upload() -> Any:
            with open(attached.path, "rb") as handle:
                return self.client.files.create(
                    file=(attached.filename, handle), purpose="assistants"
                )

        uploaded = self._do(f"upload {attached.filename}", upload)
        self.state["files"][attached.file_id] = uploaded.id
        self.changed = True
        return str(uploaded.id)

    def _add(self, store_id: str, attached: AttachedFile) -> None:
        """Add the file's upload to the store; an upload that vanished is made again once."""
        import openai

        def add(uploaded: str) -> bool:
            try:
                self.client.vector_stores.files.create(store_id, file_id=uploaded)
            except openai.NotFoundError:
                return False
            return True

        what = f"add {attached.filename} to vector store {store_id}"
        uploaded = self.state["files"].get(attached.file_id) or self._upload(attached)
        if self._do(what, lambda: add(uploaded)):
            return
        if not self._alive(store_id):
            raise StoreGone()
        uploaded = self._upload(attached)  # the store is there: the upload was gone
        if not self._do(what, lambda: add(uploaded)):
            raise ModelProviderError(f"Hosted file search: could not {what} (404). {ADVICE}")

    def _remove(self, entry: dict[str, Any], file_id: str) -> None:
        """Take a file the local store no longer has out of the remote one, and delete its
        upload when no mirrored store holds it any more."""
        import openai

        uploaded = self.state["files"].get(file_id)

        def remove() -> None:
            with contextlib.suppress(openai.NotFoundError):  # gone already
                self.client.vector_stores.files.delete(uploaded, vector_store_id=entry["id"])

        if uploaded:
            self._do(f"remove file {uploaded} from vector store {entry['id']}", remove)
        entry["files"].remove(file_id)
        self.changed = True
        if uploaded and not any(file_id in e["files"] for e in self.state["stores"].values()):
            del self.state["files"][file_id]

            def delete() -> None:
                with contextlib.suppress(openai.NotFoundError):
                    self.client.files.delete(uploaded)

            self._do(f"delete file {uploaded}", delete)

    def _wait(self, entry: dict[str, Any], adding: list[AttachedFile]) -> None:
        """Wait (bounded) until OpenAI has read the files just added; those it read join
        the store's list, a failure is named, a file still being read is named too (it is
        added again, idempotently, by the next request)."""
        pending = {self.state["files"][a.file_id]: a for a in adding}
        failed: list[str] = []
        deadline = time.monotonic() + self.search.wait_seconds
        pause = POLL_FIRST
        while pending:
            for uploaded, attached in list(pending.items()):
                found = self._do(
                    f"check {attached.filename} in vector store {entry['id']}",
                    lambda u=uploaded: self.client.vector_stores.files.retrieve(
                        u, vector_store_id=entry["id"]
                    ),
                )
                if found.status == "in_progress":
                    continue
                del pending[uploaded]
                if found.status == "completed":
                    entry["files"].append(attached.file_id)
                    self.changed = True
                else:
                    error = getattr(found, "last_error", None)
                    reason = getattr(error, "message", None) or found.status
                    failed.append(f"{attached.filename} ({reason})")
                    with contextlib.suppress(WorkbenchError):  # so a retry reads it afresh
                        self.call(
                            "remove a failed file",
                            lambda u=uploaded: self.client.vector_stores.files.delete(
                                u, vector_store_id=entry["id"]
                            ),
                        )
            if failed:
                raise ModelProviderError(
                    f"Hosted file search: OpenAI could not read {', '.join(failed)}. {ADVICE}"
                )
            if not pending:
                return
            left = deadline - time.monotonic()
            if left <= 0:
                names = ", ".join(a.filename for a in pending.values())
                raise ModelProviderError(
                    f"Hosted file search: OpenAI is still reading {names} after "
                    f"{self.search.wait_seconds:g} s. Ask again in a minute, or raise "
                    "WORKBENCH_SEARCH_WAIT_SECONDS."
                )
            if self.cancel.wait(min(pause, left)):
                raise Cancelled()
            pause = min(pause * 2, POLL_MOST)

    def _do(self, what: str, fn: Any) -> Any:
        """`fn()` with the backend's retries; a failure says what could not be done. A 404
        that `fn` does not expect means the server lacks the API."""
        import openai

        def guarded() -> Any:
            try:
                return fn()
            except openai.NotFoundError:
                raise ConfigurationError(
                    f"{self.endpoint.preset.label} at {self.endpoint.describe()} answered 404: "
                    "it has no Files or Vector Stores API, which hosted file search needs. Set "
                    "WORKBENCH_RESPONSES_FILE_SEARCH=local."
                ) from None

        try:
            return self.call(what, guarded)
        except ConfigurationError as error:
            raise ConfigurationError(
                f"Hosted file search: could not {what}: {error.message}"
            ) from None
        except WorkbenchError as error:
            raise ModelProviderError(
                f"Hosted file search: could not {what}: {error.message} {ADVICE}",
                code=error.code if isinstance(error, ModelProviderError) else "server_error",
            ) from None


class Searches:
    """A response's hosted searches as the workbench records them: passages numbered on
    from `first_number`, remote file ids mapped back to local ones, and citations as the
    number of the first passage of the cited file in this response."""

    def __init__(self, files: dict[str, tuple[str, str, str]], first_number: int) -> None:
        self.files = files
        self.number = first_number
        self.first: dict[str, int] = {}  # uploaded file id → its first passage number
        self.placed: set[tuple[str, int, int]] = set()  # citations already marked
        self.tail = ""  # the last character of the reply so far

    def started(self, item: dict[str, Any]) -> HostedSearch:
        return HostedSearch(id=item["id"], phase="started")

    def done(self, item: dict[str, Any]) -> HostedSearch:
        results = []
        for found in item.get("results") or []:
            local = self.files.get(str(found.get("file_id")))
            if local is None:
                log.info("hosted search found file %s, not a mirrored one", found.get("file_id"))
                continue
            file_id, filename, store_id = local
            self.first.setdefault(str(found["file_id"]), self.number)
            results.append(
                {
                    "number": self.number,
                    "file_id": file_id,
                    "file_name": filename,
                    "score": round(float(found.get("score") or 0.0), 4),
                    "content": [{"type": "text", "text": found.get("text") or ""}],
                    "page": None,
                    "start": None,
                    "end": None,
                    "vector_store_id": store_id,
                }
            )
            self.number += 1
        failed = item.get("status") in ("failed", "incomplete")
        return HostedSearch(
            id=item["id"],
            phase="failed" if failed else "done",
            query="; ".join(item.get("queries") or []),
            results=results,
        )

    def cited(self, note: dict[str, Any], where: tuple[str, int, int]) -> TextDelta | None:
        """The marker of a `file_citation` at `where` (item id, content index, annotation
        index), once; None when it names no passage of this response."""
        if note.get("type") != "file_citation" or where in self.placed:
            return None
        self.placed.add(where)
        number = self.first.get(str(note.get("file_id")))
        if number is None:
            log.info("a citation of file %s names no passage found", note.get("file_id"))
            return None
        # At the citation's place when it arrives there (as OpenAI streams it), else after
        # the text so far, spaced either way.
        marker = f"[{number}] " if not self.tail or self.tail.isspace() else f" [{number}]"
        self.tail = marker[-1]
        return TextDelta(text=marker)
