"""What the reader returns: the table, what it assumed, and the other tables in the file."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass
class Reading:
    frame: pd.DataFrame
    assumptions: list[str] = field(default_factory=list)
    table: str | None = None  # the sheet or archive member read, when the file has several
    tables: list[str] = field(default_factory=list)  # every table in the file, by name
    rows: int | None = None  # the true row count when `frame` holds only the first rows
    format: str = "csv"

    @property
    def row_count(self) -> int:
        return self.rows if self.rows is not None else len(self.frame)
