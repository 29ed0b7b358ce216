"""The offline analyst: the embedded default model. No network, no key. It inspects the
attached tables, plans from the question and the real schema, runs plain pandas/Plotly code
through the code interpreter like any model would, and answers from what the code printed."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from services.cancel import CancelToken
from services.llm.base import (
    Finish,
    ModelEvent,
    ModelMessage,
    ModelRequest,
    TextDelta,
    ToolCallDelta,
    UsageReport,
)
from services.llm.offline import documents
from services.llm.offline.answer import compose
from services.llm.offline.decline import cannot
from services.llm.offline.plan import RESULT_MARK, code_for, label, title_for
from services.llm.offline.query import Query, Unanswerable
from services.llm.offline.schema import (
    FILES_MARK,
    SCHEMA_MARK,
    inspection_code,
    load_needed,
    marked_list,
    read_schemas,
)
from services.llm.offline.understand import understand, understand_all
from services.tools import file_search

__all__ = ["CODE_TOOL", "OfflineBackend", "understand"]

CODE_TOOL = "code_interpreter"


class OfflineBackend:
    name = "offline"

    def stream(self, request: ModelRequest, *, cancel: CancelToken) -> Iterator[ModelEvent]:
        return self._respond(request)

    def _respond(self, request: ModelRequest) -> Iterator[ModelEvent]:
        question, history, run_turns = _split(request.messages)
        code_tool = next((t for t in request.tools if t.name == CODE_TOOL), None)
        search_tool = next((t for t in request.tools if t.name == file_search.NAME), None)
        names = (
            [d["name"] for d in documents.documents(search_tool.description or "")]
            if (search_tool)
            else []
        )
        searches = documents.search_outputs(run_turns)
        searched = {output for _, output in searches}
        outputs = [m.content for m in run_turns if m.role == "tool" and m.content not in searched]
        sources = (
            [f for f in _files(code_tool.description or "") if "rows" in f] if (code_tool) else []
        )
        if names and (not sources or documents.asks_documents(question, names)):
            yield from self._from_documents(request.turn, question, names, searches)
            return
        if code_tool is None:
            yield from _say(
                "I analyse data by running code, but this assistant has no code "
                "interpreter. Enable the code interpreter tool on the assistant."
            )
            return
        files = _files(code_tool.description or "")
        broken = [f for f in files if f.get("error")]
        sources = [f for f in files if "rows" in f]
        if not sources:
            reason = "no data is attached"
            if broken:
                reason = " ".join(f["error"] for f in broken)
                yield from _say(_unreadable(broken))
                return
            yield from _say(cannot(Unanswerable(reason), []))
            return
        schema_output = next((o for o in outputs if SCHEMA_MARK in o), None)
        if schema_output is None:
            if outputs:  # the inspection cell itself failed: say so once, never loop
                yield from _say(
                    "I could not load the attached data. The inspection said:\n\n"
                    + _tail(outputs[-1])
                )
                return
            code, _ = inspection_code(sources)
            yield from _call(request.turn, code, say=_looking_at([f["path"] for f in sources]))
            return
        tables = read_schemas(schema_output)
        if not tables:
            yield from _say(
                "I could not load the attached data. The inspection said:\n\n"
                + _tail(schema_output)
            )
            return
        plan = understand_all(question, [m.content for m in history if m.role == "user"], tables)
        result_output = next((o for o in outputs if RESULT_MARK in o), None)
        if isinstance(plan, Unanswerable):
            if names:  # not a question about the data: perhaps the documents answer it
                yield from self._from_documents(
                    request.turn, question, names, searches, otherwise=cannot(plan, tables)
                )
                return
            yield from _say(cannot(plan, tables))
            return
        queries = [query for query, _ in plan]
        if result_output is None:
            attempts = len(outputs) - 1  # analysis cells run after the inspection
            if attempts >= 2:  # the one repair failed too: a plain answer, no third try
                yield from _say(
                    "The analysis failed twice, so I have no numbers to report. "
                    "What the code said:\n\n" + _tail(outputs[-1])
                )
                return
            cells = [code_for(query, repair=attempts == 1) for query in queries]
            code = load_needed(queries[0].table, "\n\n".join(cells))
            say = (
                "That failed; trying once more with the numbers read as numbers."
                if attempts
                else " Then ".join(intent(query) for query in queries)
            )
            yield from _call(request.turn, code, say=say)
            return
        results = _results(result_output)
        if len(results) != len(queries):
            yield from _say(
                "The analysis did not produce a result, so I have no numbers to "
                "report. What the code said:\n\n" + _tail(result_output)
            )
            return
        answers = []
        for (query, note), result in zip(plan, results, strict=True):
            text = compose(query, result, note=note)
            if query.weight:  # a frequency table's rows were repeated once per unit
                text = re.sub(r"\brows\b", "units", text)
            answers.append(text)
        yield from _say("\n\n".join(answers))

    def _from_documents(
        self,
        turn: int,
        question: str,
        names: list[str],
        searches: list[tuple[str, str]],
        *,
        otherwise: str | None = None,
    ) -> Iterator[ModelEvent]:
        """Search once, then quote what was found; `otherwise` is said instead when no
        passage is about the question (a data question the documents do not answer)."""
        if not searches:
            query = documents.search_query(question, names)
            yield from _call(
                turn,
                json.dumps({"query": query}),
                tool=file_search.NAME,
                say="Searching the documents.",
            )
            return
        query, output = searches[-1]
        said, found = documents.answer(query, output, names)
        if otherwise is not None and not found:
            said = otherwise
        yield from _say(said)


def _split(messages: list[ModelMessage]) -> tuple[str, list[ModelMessage], list[ModelMessage]]:
    """(the question, the history before it, this run's own turns after it)."""
    last_user = max((i for i, m in enumerate(messages) if m.role == "user"), default=-1)
    if last_user < 0:
        return "", [], list(messages)
    return messages[last_user].content, messages[:last_user], messages[last_user + 1 :]


def _files(description: str) -> list[dict[str, Any]]:
    """The structured file list of the code tool's description."""
    return marked_list(description, FILES_MARK, "path")


def _unreadable(broken: list[dict[str, Any]]) -> str:
    lines = ["I cannot analyse the attached data: the file could not be read as a table."]
    lines += [f"- {f['error']}" for f in broken]
    lines.append(
        "Fix the file as the reason says (or export it again as CSV or Excel) and attach it "
        "to a new question."
    )
    return "\n".join(lines)


def _results(output: str) -> list[dict]:
    """The results the analysis printed, in order (one per part of the question)."""
    found = []
    for line in output.splitlines():
        if line.startswith(RESULT_MARK):
            try:
                found.append(json.loads(line[len(RESULT_MARK) :]))
            except ValueError:
                return []
    return found


def _tail(output: str) -> str:
    lines = [
        line for line in output.splitlines() if not line.startswith((SCHEMA_MARK, RESULT_MARK))
    ]
    return "```\n" + "\n".join(lines[-12:]) + "\n```"


def intent(query: Query) -> str:
    """One sentence saying what the analysis about to run computes."""
    source = f"`{query.table.filename}`"
    measure = label(query.measure) if query.measure else ""
    if query.kind == "distribution":
        return f"Looking at the distribution of {measure} in {source}."
    if query.kind == "correlation" and query.pair:
        return f"Measuring how {label(query.pair[0])} and {label(query.pair[1])} move together."
    if query.kind == "matrix":
        return f"Computing the correlations between the numeric columns of {source}."
    if query.kind == "missing":
        return f"Counting the missing values in each column of {source}."
    if query.kind == "outliers":
        return f"Looking for outliers in {measure}."
    if query.kind == "overview":
        return f"Summarising {source}."
    if query.kind == "distinct" and query.group:
        return f"Listing the distinct values of {label(query.group)}."
    if query.top and query.group:
        end = "bottom" if query.ascending else "top"
        what = title_for(query.with_(top=None)).split(" by ")[0].lower()
        return f"Ranking {label(query.group)} by {what} (the {end} {query.top}) in {source}."
    if query.kind == "count" and not query.group:
        where = ", ".join(f.describe() for f in query.filters)
        return f"Counting the rows of {source}" + (f" where {where}." if where else ".")
    what = title_for(query)
    return f"Computing the {what[0].lower() + what[1:]} from {source}."


def _looking_at(paths: list[str]) -> str:
    names = [f"`{p.rsplit('/', 1)[-1]}`" for p in paths]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"Let me first look at the columns of {listed}."


def _call(turn: int, code: str, *, say: str = "", tool: str = CODE_TOOL) -> Iterator[ModelEvent]:
    """A short sentence (shown at once, like a model thinking aloud), then the call: the
    code, or for another tool its JSON arguments."""
    if say:
        for piece in re.findall(r"\S+\s*|\s+", say):
            yield TextDelta(text=piece)
    arguments = json.dumps({"code": code}) if tool == CODE_TOOL else code
    for start in range(0, len(arguments), 120):
        yield ToolCallDelta(
            index=0,
            id=f"call_offline_{turn}" if start == 0 else None,
            name=tool if start == 0 else None,
            arguments=arguments[start : start + 120],
        )
    yield UsageReport(prompt_tokens=0, completion_tokens=len(arguments) // 4)
    yield Finish(reason="tool_calls")


def _say(text: str) -> Iterator[ModelEvent]:
    for piece in re.findall(r"\S+\s*|\s+", text):
        yield TextDelta(text=piece)
    yield UsageReport(prompt_tokens=0, completion_tokens=len(text) // 4)
    yield Finish(reason="stop")
