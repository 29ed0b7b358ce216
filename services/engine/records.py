"""The rows a run's worker owns while a turn streams: its reply messages and its run steps.
Nothing else changes them while the run executes (a cancel only flags the run; the worker
itself closes what is open), so the worker keeps them in memory and never reads them back.
Each is written with Core: inserted whole at the end of the write that made it (a reply
that arrives in one burst is inserted once, already complete), and updated afterwards by
just the columns that changed."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Insert, Table, Update, bindparam, insert, update
from sqlalchemy.orm import Session

from services.common import SchemaT, schema_from_values


@dataclass(eq=False)
class Owned:
    table: Table
    values: dict[str, Any]  # every column but the surrogate key, by column name
    saved: bool = False
    changed: set[str] = field(default_factory=set)

    @classmethod
    def new(cls, table: Table, **values: Any) -> Owned:
        row = dict.fromkeys((c.name for c in table.columns if not c.primary_key), None)
        row.update(metadata={}, **values)
        return cls(table, row)

    @property
    def id(self) -> str:
        return str(self.values["id"])

    def __getitem__(self, column: str) -> Any:
        return self.values[column]

    def set(self, **values: Any) -> None:
        self.values.update(values)
        self.changed.update(values)

    def public(self, schema: type[SchemaT]) -> SchemaT:
        return schema_from_values(schema, self.values)

    def save(self, session: Session) -> None:
        """Insert it whole if it is new, else update the columns changed since last time."""
        if not self.saved:
            session.execute(_statements(self.table)[0], self.values)
            self.saved = True
        elif self.changed:
            changed = {column: self.values[column] for column in self.changed}
            session.execute(_statements(self.table)[1], {"row_id": self.values["id"], **changed})
        self.changed.clear()


@functools.cache
def _statements(table: Table) -> tuple[Insert, Update]:
    """Built once: SQLAlchemy builds and keys a new statement object on every call, which
    costs more than running it. The update sets the columns its parameters name."""
    return insert(table), update(table).where(table.c.id == bindparam("row_id"))
