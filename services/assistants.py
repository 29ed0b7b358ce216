"""Assistants: create / retrieve / update / list / delete."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from services import access, audit
from services import tool_resources as resources
from services.common import check_metadata, new_id, now, paginate, to_schema
from services.errors import InvalidInputError
from services.llm.connection import parse_connection
from services.schemas import Assistant, Page, Tool
from services.store.models import AssistantRow

MAX_TOOLS = 128
MAX_INSTRUCTIONS_CHARS = 256_000
_TOOLS = TypeAdapter(list[Tool])
_UNSET: Any = object()


def check_tools(tools: Sequence[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
    """Validate tool declarations; return them as plain JSON-ready dicts."""
    if tools is None:
        return []
    if len(tools) > MAX_TOOLS:
        raise InvalidInputError(
            f"{len(tools)} tools given; the limit is {MAX_TOOLS}.", param="tools"
        )
    try:
        parsed = _TOOLS.validate_python(list(tools))
    except ValidationError as error:
        raise InvalidInputError(f"Invalid tools: {_first_error(error)}", param="tools") from None
    names = [t.function.name for t in parsed if t.type == "function"]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise InvalidInputError(
            f"Function tools declared twice: {', '.join(duplicates)}.", param="tools"
        )
    return [tool.model_dump(mode="json", exclude_none=True) for tool in parsed]


def check_temperature(value: float | None, param: str = "temperature") -> float | None:
    if value is not None and not 0 <= value <= 2:
        raise InvalidInputError(f"{param} must be between 0 and 2, not {value}.", param=param)
    return value


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}"


def _check_text(value: str | None, param: str, limit: int) -> str | None:
    if value is not None and len(value) > limit:
        raise InvalidInputError(
            f"{param} has {len(value)} characters; the limit is {limit}.", param=param
        )
    return value


def create(
    *,
    session: Session,
    model_backend: str,
    model: str,
    name: str | None = None,
    description: str | None = None,
    instructions: str | None = None,
    tools: Sequence[Mapping[str, Any]] | None = None,
    tool_resources: Mapping[str, Any] | None = None,
    temperature: float | None = None,
    top_p: float | None = None,
    metadata: Mapping[str, str] | None = None,
    connection: Mapping[str, Any] | None = None,
    owner: str | None = None,
    shared: str = "private",
) -> Assistant:
    """A new assistant of the acting user's (`owner` is for the engine's own, e.g. the
    default assistant); `shared="team"` lets every user of the workbench use it."""
    if not model_backend or not model:
        raise InvalidInputError("An assistant needs a model backend and a model.", param="model")
    owner = access.owner_for(session, owner)
    row = AssistantRow(
        id=new_id("asst"),
        created_at=now(),
        owner=owner,
        shared=_check_shared(shared),
        name=_check_text(name, "name", 256),
        description=_check_text(description, "description", 512),
        model_backend=model_backend,
        model=model,
        instructions=_check_text(instructions, "instructions", MAX_INSTRUCTIONS_CHARS),
        tools=check_tools(tools),
        tool_resources=resources.resolve(session, tool_resources, owner=owner),
        connection=parse_connection(connection),
        temperature=check_temperature(temperature),
        top_p=top_p,
        metadata_=check_metadata(metadata),
    )
    session.add(row)
    session.flush()
    return to_schema(Assistant, row)


def retrieve(*, session: Session, assistant_id: str) -> Assistant:
    return to_schema(Assistant, access.find(session, AssistantRow, assistant_id, "assistant"))


def update(
    *,
    session: Session,
    assistant_id: str,
    model_backend: str = _UNSET,
    model: str = _UNSET,
    name: str | None = _UNSET,
    description: str | None = _UNSET,
    instructions: str | None = _UNSET,
    tools: Sequence[Mapping[str, Any]] | None = _UNSET,
    tool_resources: Mapping[str, Any] | None = _UNSET,
    temperature: float | None = _UNSET,
    top_p: float | None = _UNSET,
    metadata: Mapping[str, str] | None = _UNSET,
    connection: Mapping[str, Any] | None = _UNSET,
    shared: str = _UNSET,
) -> Assistant:
    """Change only the fields given; validation happens before anything is written."""
    row = access.find(session, AssistantRow, assistant_id, "assistant", write=True)
    changes: dict[str, Any] = {}
    if shared is not _UNSET:
        changes["shared"] = _check_shared(shared)
    if connection is not _UNSET:
        changes["connection"] = parse_connection(connection)
    if model_backend is not _UNSET:
        changes["model_backend"] = model_backend
    if model is not _UNSET:
        changes["model"] = model
    if name is not _UNSET:
        changes["name"] = _check_text(name, "name", 256)
    if description is not _UNSET:
        changes["description"] = _check_text(description, "description", 512)
    if instructions is not _UNSET:
        changes["instructions"] = _check_text(instructions, "instructions", MAX_INSTRUCTIONS_CHARS)
    if tools is not _UNSET:
        changes["tools"] = check_tools(tools)
    if tool_resources is not _UNSET:
        changes["tool_resources"] = resources.resolve(session, tool_resources, owner=row.owner)
    if temperature is not _UNSET:
        changes["temperature"] = check_temperature(temperature)
    if top_p is not _UNSET:
        changes["top_p"] = top_p
    if metadata is not _UNSET:
        changes["metadata_"] = check_metadata(metadata)
    if not changes.get("model_backend", row.model_backend) or not changes.get("model", row.model):
        raise InvalidInputError("An assistant needs a model backend and a model.", param="model")
    for key, value in changes.items():
        setattr(row, key, value)
    session.flush()
    return to_schema(Assistant, row)


def list_(
    *,
    session: Session,
    owner: str | None = None,
    limit: int = 20,
    order: Literal["asc", "desc"] = "desc",
    after: str | None = None,
    before: str | None = None,
) -> Page:
    query = select(AssistantRow).where(*access.mine(session, AssistantRow))
    if owner is not None:
        query = query.where(AssistantRow.owner == owner)
    return paginate(
        session,
        query,
        AssistantRow,
        Assistant,
        kind="assistant",
        limit=limit,
        order=order,
        after=after,
        before=before,
    )


def delete(*, session: Session, assistant_id: str) -> None:
    """Runs keep their own copy of model, instructions and tools, so history stays readable."""
    row = access.find(session, AssistantRow, assistant_id, "assistant", write=True)
    session.delete(row)
    session.flush()
    audit.record(session, "assistant.deleted", row.id, name=row.name)


def _check_shared(value: str) -> str:
    if value not in ("private", "team"):
        raise InvalidInputError(
            f"shared must be 'private' or 'team', not {value!r}.", param="shared"
        )
    return value
