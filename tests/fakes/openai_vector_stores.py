"""The fake OpenAI server's file search side: vector stores with files, and the
`file_search_call` items and `file_citation` annotations of a scripted Responses stream.

    POST /v1/vector_stores                         GET /v1/vector_stores/{id}
    POST /v1/vector_stores/{id}/files              GET /v1/vector_stores/{id}/files
    GET  /v1/vector_stores/{id}/files/{file}       DELETE /v1/vector_stores/{id}/files/{file}
    DELETE /v1/files/{id}

Knobs for tests: `reading_polls` (a new store file answers `in_progress` that many times),
`unreadable` (filename → why OpenAI cannot read it: the store file fails), `vanish(id)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

CITE = re.compile(r"\{cite:([^}]+)\}")  # a citation of an uploaded file, in scripted text


@dataclass
class RemoteStore:
    id: str
    name: str
    files: dict[str, int] = field(default_factory=dict)  # file id → looks left in progress


class VectorStores:
    def __init__(self, fake: Any) -> None:
        self.fake = fake
        self.stores: dict[str, RemoteStore] = {}
        self.reading_polls = 0
        self.unreadable: dict[str, str] = {}

    def vanish(self, store_id: str | None = None) -> None:
        for found in list(self.stores):
            if store_id in (None, found):
                del self.stores[found]

    def holding(self) -> dict[str, set[str]]:
        """Store id → the names of the files in it."""
        return {
            store.id: {self.fake.files[f][0] for f in store.files if f in self.fake.files}
            for store in self.stores.values()
        }

    # -- routes: each answers (status, JSON) or None when the path is not its own ------
    def get(self, path: str) -> tuple[int, Any] | None:
        if match := re.fullmatch(r"/v1/vector_stores/([^/]+)", path):
            store = self.stores.get(match.group(1))
            return (200, _store_json(store)) if store else _missing("vector store", match[1])
        if match := re.fullmatch(r"/v1/vector_stores/([^/]+)/files", path):
            store = self.stores.get(match.group(1))
            if store is None:
                return _missing("vector store", match[1])
            data = [self._file_json(store, f, look=False) for f in store.files]
            return 200, {"object": "list", "data": data, "has_more": False}
        if match := re.fullmatch(r"/v1/vector_stores/([^/]+)/files/([^/]+)", path):
            store = self.stores.get(match.group(1))
            if store is None or match.group(2) not in store.files:
                return _missing("vector store file", match[2])
            return 200, self._file_json(store, match.group(2), look=True)
        return None

    def post(self, path: str, body: dict[str, Any]) -> tuple[int, Any] | None:
        if path == "/v1/vector_stores":
            store = RemoteStore(self.fake.new_id("vs"), body.get("name") or "")
            self.stores[store.id] = store
            return 200, _store_json(store)
        if match := re.fullmatch(r"/v1/vector_stores/([^/]+)/files", path):
            store = self.stores.get(match.group(1))
            if store is None:
                return _missing("vector store", match[1])
            file_id = body["file_id"]
            if file_id not in self.fake.files:
                return _missing("file", file_id)
            store.files.setdefault(file_id, self.reading_polls)  # adding twice is harmless
            return 200, self._file_json(store, file_id, look=False)
        return None

    def delete(self, path: str) -> tuple[int, Any] | None:
        if match := re.fullmatch(r"/v1/vector_stores/([^/]+)/files/([^/]+)", path):
            store = self.stores.get(match.group(1))
            if store is None or store.files.pop(match.group(2), None) is None:
                return _missing("vector store file", match[2])
            return 200, {"id": match[2], "object": "vector_store.file.deleted", "deleted": True}
        if match := re.fullmatch(r"/v1/files/([^/]+)", path):
            if self.fake.files.pop(match.group(1), None) is None:
                return _missing("file", match[1])
            return 200, {"id": match[1], "object": "file", "deleted": True}
        return None

    def _file_json(self, store: RemoteStore, file_id: str, *, look: bool) -> dict[str, Any]:
        left = store.files[file_id]
        if look and left > 0:
            store.files[file_id] = left - 1
        name = self.fake.files[file_id][0] if file_id in self.fake.files else ""
        status, error = "completed", None
        if left > 0:
            status = "in_progress"
        elif name in self.unreadable:
            status, error = "failed", {"code": "unsupported_file", "message": self.unreadable[name]}
        return {
            "id": file_id,
            "object": "vector_store.file",
            "created_at": 0,
            "vector_store_id": store.id,
            "status": status,
            "last_error": error,
            "usage_bytes": 0,
        }

    # -- the Responses stream --------------------------------------------------------------
    def search_call(self, emit: Any, index: int, part: tuple[Any, ...], body: Any) -> dict:
        """("search", query, [filenames]): a file_search_call that finds the named files
        among those the request's stores hold (read), best first, as the API streams it."""
        _, query, names = part
        tool = next(t for t in body.get("tools", []) if t.get("type") == "file_search")
        item_id = self.fake.new_id("fs")
        item = {
            "type": "file_search_call",
            "id": item_id,
            "queries": [],
            "status": "in_progress",
            "results": None,
        }
        emit("response.output_item.added", output_index=index, item=item)
        for phase in ("in_progress", "searching", "completed"):
            emit(f"response.file_search_call.{phase}", item_id=item_id, output_index=index)
        held = {
            self.fake.files[f][0]: f
            for store_id in tool["vector_store_ids"]
            for f, left in self.stores[store_id].files.items()
            if left == 0 and f in self.fake.files
        }
        results = [
            {
                "file_id": held[name],
                "filename": name,
                "score": round(0.9 - 0.1 * rank, 2),
                "text": self.fake.files[held[name]][1].decode(errors="replace")[:400],
                "attributes": {},
            }
            for rank, name in enumerate(n for n in names if n in held)
        ][: tool.get("max_num_results") or 10]
        if "file_search_call.results" not in (body.get("include") or []):
            results = None  # type: ignore[assignment]
        done = {**item, "queries": [query], "status": "completed", "results": results}
        emit("response.output_item.done", output_index=index, item=done)
        return done

    def citations(self, text: str) -> tuple[str, list[tuple[int, dict[str, Any]]]]:
        """Scripted text without its `{cite:filename}` marks, and a `file_citation` (at the
        mark's place) for each, naming the latest upload of that filename."""
        notes: list[tuple[int, dict[str, Any]]] = []
        clean = ""
        last = 0
        for match in CITE.finditer(text):
            clean += text[last : match.start()]
            last = match.end()
            name = match.group(1)
            file_id = max((f for f, (n, _) in self.fake.files.items() if n == name), default="")
            note = {"type": "file_citation", "file_id": file_id, "filename": name}
            notes.append((len(clean), {**note, "index": len(clean)}))
        return clean + text[last:], notes


def _store_json(store: RemoteStore) -> dict[str, Any]:
    return {
        "id": store.id,
        "object": "vector_store",
        "created_at": 0,
        "name": store.name,
        "status": "completed",
        "usage_bytes": 0,
        "last_active_at": 0,
        "metadata": {},
        "file_counts": {
            "in_progress": 0,
            "completed": len(store.files),
            "failed": 0,
            "cancelled": 0,
            "total": len(store.files),
        },
    }


def _missing(kind: str, object_id: str) -> tuple[int, Any]:
    error = {"message": f"No {kind} found with id '{object_id}'.", "type": "invalid_request_error"}
    return 404, {"error": {**error, "param": None, "code": None}}
