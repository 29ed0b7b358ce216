"""What a question asks that the table does not record, declined before anything is
computed: days or hours finer than its dates (granularity.py), or the name of something
the table knows only by a code ("what's the dog's name" of a table of `dog_id`s)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.granularity import finer_than_data
from services.llm.offline.names import singular
from services.llm.offline.query import Unanswerable
from services.llm.offline.rowkinds import names_the_file

if TYPE_CHECKING:
    from services.llm.offline.matcher import Mention
    from services.llm.offline.schema import Column, Table

_NAME_OF = re.compile(r"\b(\w+?)(?:'s|s'|s)? names?\b|\bnames? of (?:the |that |this |each )?(\w+)")


def unrecorded(table: Table, text: str, mentions: list[Mention]) -> Unanswerable | None:
    finer = finer_than_data(table, text, mentions)
    return finer if finer is not None else _nameless(table, text, mentions)


def _nameless(table: Table, text: str, mentions: list[Mention]) -> Unanswerable | None:
    """The decline for "the dog's name" when the dogs are only codes: no column of the
    table is a name, and the thing named is a code column (or nothing)."""
    found = _NAME_OF.search(text)
    if found is None or any("name" in c.name.lower() for c in table.columns):
        return None
    owner = singular(found.group(1) or found.group(2) or "")
    said = [m for m in mentions if m.value is None and owner in m.column.lower()]
    column = table.column(said[0].column) if said else None
    if column is None and not names_the_file(owner, table):
        return None  # "can you name the top walkers", "the file's name": no thing's name
    if column is not None and column.kind in ("text", "category") and not _coded(column):
        return None  # "the walker's name": `walker` holds names
    return Unanswerable(
        f"it asks for a name, and `{table.filename}` records no names"
        + (f" for `{column.name}` (only its codes)" if column is not None else ""),
        table,
    )


def _coded(column: Column) -> bool:
    """Every value a code with digits (`DOG-0123`), not a name."""
    values = [str(v) for v in column.values[:20]]
    return bool(values) and all(any(ch.isdigit() for ch in v) for v in values)
