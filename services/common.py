"""Small helpers every service uses: ids, clocks, metadata rules, row conversion, paging."""

from __future__ import annotations

import secrets
import string
import time
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar

from pydantic import BaseModel
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from services.errors import InvalidInputError, NotFoundError
from services.schemas import Page

_ALPHABET = string.ascii_letters + string.digits
MAX_METADATA_KEYS = 16
MAX_METADATA_KEY_CHARS = 64
MAX_METADATA_VALUE_CHARS = 512

SchemaT = TypeVar("SchemaT", bound=BaseModel)


def new_id(prefix: str) -> str:
    """An id like `msg_3Fq…`: the Assistants API prefix plus 24 random characters."""
    # One read of the system's randomness (not one per character); 62**24 ≈ 2**143 ids.
    number = int.from_bytes(secrets.token_bytes(18), "big")
    chars = []
    for _ in range(24):
        number, digit = divmod(number, len(_ALPHABET))
        chars.append(_ALPHABET[digit])
    return f"{prefix}_" + "".join(chars)


def now() -> int:
    return int(time.time())


def check_metadata(metadata: Mapping[str, Any] | None) -> dict[str, str]:
    """Enforce the Assistants metadata limits: 16 keys, 64-char keys, 512-char string values."""
    if metadata is None:
        return {}
    if not isinstance(metadata, Mapping):
        raise InvalidInputError(
            "metadata must be an object of string keys and values.", param="metadata"
        )
    if len(metadata) > MAX_METADATA_KEYS:
        raise InvalidInputError(
            f"metadata has {len(metadata)} keys; the limit is {MAX_METADATA_KEYS}.",
            param="metadata",
        )
    for key, value in metadata.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise InvalidInputError("metadata keys and values must be strings.", param="metadata")
        if len(key) > MAX_METADATA_KEY_CHARS:
            raise InvalidInputError(
                f"metadata key '{key[:20]}…' has {len(key)} characters; the limit is "
                f"{MAX_METADATA_KEY_CHARS}.",
                param="metadata",
            )
        if len(value) > MAX_METADATA_VALUE_CHARS:
            raise InvalidInputError(
                f"metadata value of '{key}' has {len(value)} characters; the limit is "
                f"{MAX_METADATA_VALUE_CHARS}.",
                param="metadata",
            )
    return dict(metadata)


_INTERNAL_COLUMNS = frozenset({"pk", "turn", "worker", "provider_state"})


def to_schema(schema: type[SchemaT], row: Any) -> SchemaT:
    """Convert an ORM row to its public object (columns only; `metadata_` → `metadata`)."""
    return schema_from_values(
        schema, {column.key: getattr(row, column.key) for column in row.__mapper__.column_attrs}
    )


def schema_from_values(schema: type[SchemaT], values: Mapping[str, Any]) -> SchemaT:
    """The public object of a row given as its column values (by column or attribute name)."""
    public = {key: value for key, value in values.items() if key not in _INTERNAL_COLUMNS}
    if "metadata_" in public:
        public["metadata"] = public.pop("metadata_")
    if "metadata" in public:
        public["metadata"] = public["metadata"] or {}
    return schema.model_validate(public)


def get_row(session: Session, model: type[Any], object_id: str, kind: str, *scope: Any) -> Any:
    """The row with this public id (among those `scope` selects), or NotFoundError naming
    the kind."""
    row = session.scalar(select(model).where(model.id == object_id, *scope))
    if row is None:
        raise NotFoundError(kind, object_id)
    return row


def paginate(
    session: Session,
    query: Select[Any],
    model: type[Any],
    schema: type[SchemaT],
    *,
    kind: str,
    limit: int = 20,
    order: Literal["asc", "desc"] = "desc",
    after: str | None = None,
    before: str | None = None,
    scope: tuple[Any, ...] = (),
    convert: Callable[[list[Any]], list[Any]] | None = None,
) -> Page:
    """Cursor paging as in the Assistants API: `after`/`before` are object ids (looked up
    among the rows `scope` selects). `convert` makes the public objects of a page's rows
    when they are more than the rows' columns."""
    if not 1 <= limit <= 100:
        raise InvalidInputError(f"limit must be between 1 and 100, not {limit}.", param="limit")
    if order not in ("asc", "desc"):
        raise InvalidInputError(f"order must be 'asc' or 'desc', not {order!r}.", param="order")
    ascending = order == "asc"
    if after is not None:
        pk = get_row(session, model, after, kind, *scope).pk
        query = query.where(model.pk > pk if ascending else model.pk < pk)
    if before is not None:
        pk = get_row(session, model, before, kind, *scope).pk
        query = query.where(model.pk < pk if ascending else model.pk > pk)
    query = query.order_by(model.pk.asc() if ascending else model.pk.desc()).limit(limit + 1)
    rows = list(session.scalars(query))
    has_more = len(rows) > limit
    data: list[Any] = (
        convert(rows[:limit]) if convert else [to_schema(schema, row) for row in rows[:limit]]
    )
    ids: list[str] = [item.id for item in data]
    return Page(
        data=data,
        first_id=ids[0] if ids else None,
        last_id=ids[-1] if ids else None,
        has_more=has_more,
    )
