"""The offline analyst on documents: "what does the handbook say about churn?" becomes a
file_search call; the answer quotes the best passages with their numbers, so the engine
cites them; and when no passage is about the question it says so instead of guessing."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from services.llm.base import ModelMessage
from services.llm.offline.schema import marked_list
from services.search.citations import STOPWORDS, focus, overlap, terms
from services.tools import file_search

# Words that name documents or ask what they say: a question about the documents. The
# naming ones are not the topic, so they leave the search query.
_NAMING = (
    r"documents?|docs?|handbooks?|manuals?|polic(?:y|ies)|guides?|guidelines?|pdfs?|"
    r"dictionar(?:y|ies)|readme|notes?|methodology|playbook|glossary|specs?|specification|"
    r"according to|says?|said|mentions?|tells?"
)
_ASKING = r"definitions?|defined?|defines|describes?|explains?"
_CUES = re.compile(rf"\b({_NAMING}|{_ASKING})\b", re.I)
_DOCUMENT_WORDS = re.compile(rf"\b({_NAMING})\b", re.I)
QUOTED = 2  # passages quoted in an answer


def documents(description: str) -> list[dict[str, Any]]:
    """The searchable documents the tool's description lists."""
    return marked_list(description, file_search.DOCUMENTS_MARK, "name")


def _name_words(names: Sequence[str]) -> set[str]:
    words: set[str] = set()
    for name in names:
        words |= {w for w in re.findall(r"[a-z]+", name.lower().rsplit(".", 1)[0]) if len(w) > 2}
    return words


def asks_documents(question: str, names: Sequence[str]) -> bool:
    """A question about what the documents say: a document word ("handbook", "policy",
    "defined") or a word of a document's name in it."""
    if _CUES.search(question):
        return True
    return bool(_name_words(names) & set(re.findall(r"[a-z]+", question.lower())))


def search_query(question: str, names: Sequence[str]) -> str:
    """The question's content words, without those that name documents (they are not
    the topic): "How is churn defined in the handbook?" → "churn defined"."""
    drop = _name_words(names) | STOPWORDS
    words = [
        w
        for w in re.findall(r"[\w'-]+", _DOCUMENT_WORDS.sub(" ", question))
        if w.lower() not in drop
    ]
    query = " ".join(words).strip()
    return query if terms(query) else question.strip()


def search_outputs(run_turns: Sequence[ModelMessage]) -> list[tuple[str, str]]:
    """(query, output) of this run's searches so far."""
    queries: dict[str, str] = {}
    found = []
    for message in run_turns:
        for call in message.tool_calls:
            if call.name == file_search.NAME:
                try:
                    queries[call.id] = json.loads(call.arguments).get("query", "")
                except (ValueError, AttributeError):
                    queries[call.id] = ""
        if message.role == "tool" and message.tool_call_id in queries:
            found.append((queries[message.tool_call_id], message.content))
    return found


def answer(query: str, output: str, names: Sequence[str]) -> tuple[str, bool]:
    """Quote the passages that are about the query, each with its number; or say that
    nothing in the documents is. The flag: whether anything was quoted."""
    if output.startswith("{"):
        try:
            error = json.loads(output).get("error")
        except ValueError:
            error = None
        if error:
            return f"I could not search the documents: {error}", False
    wanted = terms(query)
    needed = 1 if len(wanted) <= 2 else 2
    relevant = [p for p in file_search.parse(output) if overlap(p["text"], query) >= needed]
    if not relevant:
        listed = ", ".join(f"`{n}`" for n in names[:8]) or "the attached documents"
        return (
            f"I searched {listed} for “{query}” and found no passage about it, so I cannot "
            "say what the documents say. Try other words for it, or attach the document "
            "that covers it.",
            False,
        )
    lines = []
    quoted: set[str] = set()
    for passage in relevant:
        start, end = focus(passage["text"], query)
        quote = " ".join(passage["text"][start:end].split())
        if quote in quoted:
            continue
        quoted.add(quote)
        page = f", page {passage['page']}" if passage.get("page") else ""
        lines.append(f"**{passage['file_name']}**{page}:\n\n> {quote} [{passage['number']}]")
        if len(quoted) == QUOTED:
            break
    intro = "The documents say:" if len(lines) > 1 else "The document says:"
    return intro + "\n\n" + "\n\n".join(lines), True
