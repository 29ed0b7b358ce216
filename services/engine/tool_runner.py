"""The run's tools on the workbench's side: the specs offered to the model (functions, the
code interpreter, file search) and running a turn's calls, then recording their results
or handing the client's functions back to it (`requires_action`)."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import select

from services.cancel import CancelToken
from services.common import now, to_schema
from services.config import Settings
from services.engine import toolcalls
from services.engine.bus import record
from services.engine.events import RunEvent, RunStepEvent, tool_call_delta
from services.engine.turn import RUN_STATUS, Turn, passages, write
from services.errors import WorkbenchError
from services.llm.base import AttachedFile, SearchDocuments, ToolSpec
from services.schemas import Run, RunStep
from services.store.db import Database
from services.store.models import RunRow
from services.tools import file_search
from services.tools.code_interpreter import CodeInterpreter, CodeResult
from services.tools.file_search import FileSearch, SearchCall
from services.tools.functions import FunctionRegistry

CODE_PARAMETERS = {
    "type": "object",
    "properties": {"code": {"type": "string", "description": "Python code to run."}},
    "required": ["code"],
}


class ToolRunner:
    def __init__(
        self,
        *,
        db: Database,
        settings: Settings,
        functions: FunctionRegistry,
        code_interpreter: CodeInterpreter | None = None,
        file_search: FileSearch | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.functions = functions
        self.code_interpreter = code_interpreter
        self.file_search = file_search

    # -- what the model is offered -------------------------------------------------------
    def tool_spec(self, tool: dict[str, Any], row: Any, *, hosted: bool) -> ToolSpec:
        """One of the run's tools as the model is told of it."""
        thread_id = row.thread_id
        if tool["type"] == toolcalls.FILE_SEARCH:
            # The workbench's own search, offered to every backend as a tool it can call.
            description = (
                self.file_search.describe(thread_id, row.assistant_id)
                if self.file_search is not None
                else "File search is not enabled on this workbench."
            )
            return ToolSpec(
                type="file_search",
                name=toolcalls.FILE_SEARCH,
                description=description,
                parameters=file_search.PARAMETERS,
            )
        if tool["type"] == "code_interpreter":
            return ToolSpec(
                type="code_interpreter",
                name=toolcalls.CODE_INTERPRETER,
                # A hosted interpreter is the provider's: no local kernel to describe.
                description=None if hosted else self._describe_code(thread_id),
                parameters=CODE_PARAMETERS,
            )
        if tool["type"] != "function":
            return ToolSpec(type=tool["type"], name=tool["type"])
        fn = tool["function"]
        registered = self.functions.get(fn["name"])
        return ToolSpec(
            type="function",
            name=fn["name"],
            description=fn.get("description") or (registered.description if registered else None),
            parameters=fn.get("parameters") or (registered.parameters if registered else None),
        )

    def attached(self, row: Any) -> list[AttachedFile]:
        """The thread's files a hosted code interpreter is given."""
        if self.code_interpreter is None or not any(
            t["type"] == "code_interpreter" for t in row.tools
        ):
            return []
        return [
            AttachedFile(file_id=file_id, filename=name, path=str(path))
            for file_id, name, path in self.code_interpreter.thread_files(row.thread_id)
        ]

    def search_documents(self, row: Any) -> SearchDocuments | None:
        """The run's documents for a backend that searches them itself; None when the run
        has no file_search tool or no document store (the local tool answers it then)."""
        tool = next((t for t in row.tools if t["type"] == toolcalls.FILE_SEARCH), None)
        if tool is None or self.file_search is None:
            return None
        found = self.file_search.store_files(row.thread_id, row.assistant_id)
        if not found:
            return None
        with self.db.reader() as session:
            first = len(passages(session, row.id)) + 1
        options = tool.get(toolcalls.FILE_SEARCH) or {}
        return SearchDocuments(
            stores={
                store: [AttachedFile(file_id=f, filename=n, path=str(p)) for f, n, p in files]
                for store, files in found.items()
            },
            max_num_results=options.get("max_num_results") or file_search.DEFAULT_RESULTS,
            first_number=first,
            wait_seconds=self.settings.search_wait_seconds,
        )

    def _describe_code(self, thread_id: str) -> str:
        if self.code_interpreter is None:
            return "The code interpreter is not enabled on this workbench."
        try:
            return self.code_interpreter.describe(thread_id)
        except WorkbenchError as error:
            return f"The code interpreter is unavailable right now: {error.message}"

    # -- running a turn's calls ----------------------------------------------------------
    def run_calls(self, run_id: str, turn: Turn, token: CancelToken) -> bool:
        """Run local calls (in parallel when allowed); True when the run now waits for the
        client to submit outputs of functions it declared but the workbench does not have."""
        declared, parallel, thread_id = turn.run.declared, turn.run.parallel, turn.run.thread_id
        owner = turn.run.owner
        calls = [turn.calls[index] for index in sorted(turn.calls)]
        client = [
            c
            for c in calls
            if c["type"] == "function"
            and self.functions.get(c["name"]) is None
            and c["name"] in declared
        ]
        local = [c for c in calls if c not in client]
        searched = self._search(turn, [c for c in local if c["type"] == toolcalls.FILE_SEARCH])
        local = [c for c in local if c["id"] not in searched]

        def call_one(call: dict[str, Any]) -> str | CodeResult:
            if call["type"] == toolcalls.CODE_INTERPRETER:
                return self._run_code(thread_id, call, token, owner)
            if self.functions.get(call["name"]) is None:
                return _tool_error(
                    f"Tool '{call['name']}' is not available to this run. "
                    "Use one of the tools you were given."
                )
            return self.functions.call(
                call["name"],
                call["arguments"],
                timeout=self.settings.function_timeout_seconds,
                cancel=token,
            )

        if parallel and len(local) > 1:
            with ThreadPoolExecutor(max_workers=min(8, len(local))) as pool:
                results = list(pool.map(call_one, local))
        else:
            results = [call_one(call) for call in local]
        outputs: dict[str, Any] = {
            call["id"]: output for call, output in zip(local, results, strict=True)
        }
        outputs.update(searched)

        with write(self.db, turn) as session:
            step = turn.tool_step
            assert step is not None
            step.set(step_details=toolcalls.details(turn.calls, outputs))
            if outputs:
                record(
                    session,
                    tool_call_delta(
                        step.id,
                        run_id,
                        [
                            toolcalls.result_piece(call, index, outputs[call["id"]])
                            for index, call in sorted(turn.calls.items())
                            if call["id"] in outputs
                        ],
                    ),
                )
            status = session.scalar(RUN_STATUS, {"run_id": run_id})
            if token.is_set() or status != "in_progress":
                return False
            if client:
                run = session.scalar(select(RunRow).where(RunRow.id == run_id))
                assert run is not None
                run.status = "requires_action"
                run.required_action = {
                    "type": "submit_tool_outputs",
                    "submit_tool_outputs": {
                        "tool_calls": [
                            {
                                "id": c["id"],
                                "type": "function",
                                "function": {"name": c["name"], "arguments": c["arguments"]},
                            }
                            for c in client
                        ]
                    },
                }
                run.expires_at = now() + int(self.settings.requires_action_timeout_seconds)
                record(
                    session,
                    RunEvent(
                        event="thread.run.requires_action", run_id=run_id, data=to_schema(Run, run)
                    ),
                )
                return True
            step.set(status="completed", completed_at=now())
            record(
                session,
                RunStepEvent(
                    event="thread.run.step.completed", run_id=run_id, data=step.public(RunStep)
                ),
            )
        return False

    def _search(self, turn: Turn, calls: list[dict[str, Any]]) -> dict[str, SearchCall]:
        """Run the turn's searches in order, numbering passages on from the run's earlier
        ones, so every number a reply cites names one passage of the run."""
        if not calls:
            return {}
        with self.db.reader() as session:
            number = len(passages(session, turn.run.id)) + 1
        options = turn.run.search_options
        found: dict[str, SearchCall] = {}
        for call in calls:
            if self.file_search is None:
                found[call["id"]] = SearchCall(
                    "", error="File search is not enabled on this workbench."
                )
                continue
            result = self.file_search.run(
                thread_id=turn.run.thread_id,
                assistant_id=turn.run.assistant_id,
                arguments=call["arguments"],
                options=options,
                first_number=number,
            )
            number += len(result.results)
            found[call["id"]] = result
        return found

    def _run_code(
        self, thread_id: str, call: dict[str, Any], token: CancelToken, owner: str | None
    ) -> str | CodeResult:
        if self.code_interpreter is None:
            return _tool_error("The code interpreter is not enabled on this workbench.")
        try:
            code = toolcalls.code_from_arguments(call["arguments"])
        except ValueError as error:
            return _tool_error(
                f'The arguments are not valid ({error}). Send {{"code": "<python code>"}}.'
            )
        return self.code_interpreter.run(thread_id=thread_id, code=code, cancel=token, owner=owner)


def _tool_error(message: str) -> str:
    return json.dumps({"error": message})
