"""The file_search tool: the run's vector stores (the assistant's, the thread's and the
thread's own store of attachments) searched for the model's query. Passages come back
numbered across the whole run, so a reply cites `[3]` and the engine turns that into a
`file_citation` annotation pointing at passage 3 (services/search/citations.py)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from services.errors import WorkbenchError
from services.schemas import SearchResult
from services.search.ingest import Ingestor
from services.search.searcher import Searcher
from services.store.db import Database
from services.store.models import (
    AssistantRow,
    FileRow,
    ThreadRow,
    VectorStoreFileRow,
    VectorStoreRow,
)

NAME = "file_search"
DOCUMENTS_MARK = "WORKBENCH_DOCUMENTS="  # the description's machine-readable document list
PARAMETERS = {
    "type": "object",
    "properties": {
        "query": {
            "type": "string",
            "description": "What to look for, in the words the documents would use.",
        }
    },
    "required": ["query"],
}
DEFAULT_RESULTS = 5
WAIT_SECONDS = 60.0  # how long a search waits for documents still being read
_HEADER = re.compile(r"^\[(\d+)\] (.+?)(?:, page (\d+))? \(score ([\d.]+)\):$")


@dataclass
class SearchCall:
    """One search as the run records it: the query, the numbered passages, the text the
    model reads, or the error it reads instead."""

    query: str
    results: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None

    @property
    def output(self) -> str:
        return render(self.query, self.results, self.error)

    def details(self) -> dict[str, Any]:
        found: dict[str, Any] = {"query": self.query, "results": self.results}
        if self.error:
            found["error"] = self.error
        return found


def render(query: str, results: list[dict[str, Any]], error: str | None = None) -> str:
    """The tool output a model reads."""
    if error:
        return json.dumps({"error": error})
    if not results:
        return f'No passage of the documents matches "{query}".'
    lines = [
        f'Passages for "{query}", best first. Cite a passage by its number in square '
        "brackets, e.g. [1], right after the sentence that uses it."
    ]
    for result in results:
        page = f", page {result['page']}" if result.get("page") else ""
        lines.append(
            f"\n[{result['number']}] {result['file_name']}{page} (score {result['score']}):"
        )
        lines.append(result["content"][0]["text"])
    return "\n".join(lines)


def parse(output: str) -> list[dict[str, Any]]:
    """The numbered passages of a rendered output (for the offline analyst)."""
    found: list[dict[str, Any]] = []
    for line in output.splitlines():
        header = _HEADER.match(line)
        if header:
            number, name, page = header.group(1), header.group(2), header.group(3)
            found.append(
                {"number": int(number), "file_name": name, "page": page and int(page), "text": ""}
            )
        elif found and line.strip():
            found[-1]["text"] += ("\n" if found[-1]["text"] else "") + line
    return found


def step_result(number: int, hit: SearchResult) -> dict[str, Any]:
    """A result as the run step shows it (the API's shape plus number, page and span)."""
    return {
        "number": number,
        "file_id": hit.file_id,
        "file_name": hit.filename,
        "score": hit.score,
        "content": [{"type": "text", "text": hit.text}],
        "page": hit.page,
        "start": hit.start,
        "end": hit.end,
        "vector_store_id": hit.vector_store_id,
    }


class FileSearch:
    def __init__(
        self,
        *,
        db: Database,
        searcher: Searcher,
        ingestor: Ingestor,
        wait_seconds: float = WAIT_SECONDS,
    ) -> None:
        self.db = db
        self.searcher = searcher
        self.ingestor = ingestor
        self.wait_seconds = wait_seconds

    def stores(self, thread_id: str, assistant_id: str | None) -> list[str]:
        """The assistant's stores, the thread's, and the thread's own store."""
        with self.db.reader() as session:
            ids: list[str] = []
            for model, object_id in ((AssistantRow, assistant_id), (ThreadRow, thread_id)):
                resources = session.scalar(
                    select(model.tool_resources).where(model.id == object_id)
                )
                ids += ((resources or {}).get(NAME) or {}).get("vector_store_ids") or []
            ids += session.scalars(
                select(VectorStoreRow.id).where(VectorStoreRow.thread_id == thread_id)
            ).all()
        return list(dict.fromkeys(ids))

    def documents(self, thread_id: str, assistant_id: str | None) -> list[dict[str, Any]]:
        """The run's searchable documents: name and status."""
        stores = self.stores(thread_id, assistant_id)
        with self.db.reader() as session:
            rows = session.execute(
                select(FileRow.filename, VectorStoreFileRow.status)
                .join(FileRow, FileRow.id == VectorStoreFileRow.id)
                .where(VectorStoreFileRow.vector_store_id.in_(stores))
                .order_by(VectorStoreFileRow.pk)
            ).all()
        return [{"name": name, "status": status} for name, status in rows]

    def store_files(
        self, thread_id: str, assistant_id: str | None
    ) -> dict[str, list[tuple[str, str, Path]]]:
        """The run's stores, each with its readable files as (file id, filename, the app's
        copy), for a provider that searches them itself. Documents still being read are
        waited for, as a search would."""
        stores = self.stores(thread_id, assistant_id)
        self.ingestor.wait(stores, timeout=self.wait_seconds)
        found: dict[str, list[tuple[str, str, Path]]] = {store: [] for store in stores}
        with self.db.reader() as session:
            rows = session.execute(
                select(
                    VectorStoreFileRow.vector_store_id, FileRow.id, FileRow.filename, FileRow.sha256
                )
                .join(FileRow, FileRow.id == VectorStoreFileRow.id)
                .where(
                    VectorStoreFileRow.vector_store_id.in_(stores),
                    VectorStoreFileRow.status == "completed",
                )
                .order_by(VectorStoreFileRow.pk)
            ).all()
        for store, file_id, filename, sha256 in rows:
            found[store].append((file_id, filename, self.ingestor.files.blob_path(sha256)))
        return found

    def describe(self, thread_id: str, assistant_id: str | None) -> str:
        documents = self.documents(thread_id, assistant_id)
        usable = [d for d in documents if d["status"] in ("completed", "in_progress")]
        names = ", ".join(d["name"] for d in usable[:50]) or "none yet"
        return (
            "Search the documents attached to this assistant and conversation (handbooks, "
            "policies, data dictionaries, notes) for passages about a topic. Use it for "
            "questions about what the documents say, define or require; cite the passages "
            f"you use by number. Documents: {names}.\n"
            + DOCUMENTS_MARK
            + json.dumps(documents[:200])
        )

    def run(
        self,
        *,
        thread_id: str,
        assistant_id: str | None,
        arguments: str,
        options: dict[str, Any] | None = None,
        first_number: int = 1,
    ) -> SearchCall:
        try:
            value = json.loads(arguments or "{}")
        except ValueError:
            value = {"query": arguments}
        query = str(value.get("query") or "").strip() if isinstance(value, dict) else ""
        if not query:
            return SearchCall(query, error='Send {"query": "<what to look for>"}.')
        options = options or {}
        ranking = options.get("ranking_options") or {}
        stores = self.stores(thread_id, assistant_id)
        if not stores:
            return SearchCall(query, error="No documents are attached to search.")
        if not self.ingestor.wait(stores, timeout=self.wait_seconds):
            return SearchCall(
                query,
                error="The documents are still being read; ask again in a minute.",
            )
        try:
            hits = self.searcher.search(
                stores,
                query,
                max_num_results=options.get("max_num_results") or DEFAULT_RESULTS,
                score_threshold=ranking.get("score_threshold") or 0.0,
            )
        except WorkbenchError as error:
            return SearchCall(query, error=error.message)
        return SearchCall(
            query,
            [step_result(first_number + n, hit) for n, hit in enumerate(hits)],
        )
