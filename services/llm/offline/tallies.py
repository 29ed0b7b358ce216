"""Frequency tables: a table whose rows are combinations of categories with a column that
counts the units of each (`Hair, Eye, Sex, Freq`; `Admit, Gender, Dept, Freq`). A row is
not a unit there, so counts, shares, rates and groupings are taken over the units: the
analysis repeats each row `Freq` times first. A question about the count column itself
("rows with a count above 50", "average Freq") is about the rows and is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from services.llm.offline.matcher import Mention
from services.llm.offline.query import Query, Unanswerable
from services.llm.offline.schema import Table

# The names a count column goes by in a frequency table (R's as.data.frame of a table
# writes `Freq`; others write `Count`, `n`).
_COUNT_NAME = re.compile(r"^(freq|frequency|count|counts|n|number|tally|no)$", re.I)
_MOST_UNITS = 5_000_000  # repeating more rows than this would not fit a sandbox's memory
# Nouns of counted units said with no column behind them ("how many students",
# "applicants per department"): the plural of anything, or one of these.
_IRREGULAR = {"people", "men", "women", "children", "folk", "persons", "staff"}


def counts_column(table: Table) -> str | None:
    """The count column of a frequency table, or None. Every other column must be a
    category, a date or a whole-number code, so each row is one combination of them."""
    counted = [c for c in table.columns if c.kind == "number" and _COUNT_NAME.match(c.name.strip())]
    if len(counted) != 1:
        return None
    count = counted[0]
    if count.low is None or count.low < 0 or count.high is None:
        return None
    others = [c for c in table.columns if c is not count]
    keys = [c for c in others if c.kind in ("category", "bool", "date") or c.numbered]
    if not others or len(keys) != len(others) or not any(c.kind == "category" for c in keys):
        return None
    if table.rows * count.high > _MOST_UNITS:
        return None
    return count.name


def units_said(unknown: list[str], tokens: list[str], mentions: list[Mention]) -> list[str]:
    """The unknown words that name a frequency table's units ("how many students"). A
    word right before a column's name is a value of it the table lacks ("physics
    department"), and stays unknown."""
    before_column = {tokens[m.start - 1] for m in mentions if m.value is None and m.start}
    return [w for w in unknown if counted_noun(w) and w not in before_column]


def counted_noun(word: str) -> bool:
    """Whether an unknown word may be the noun of the units counted ("students")."""
    if word in _IRREGULAR:
        return True
    return (
        len(word) >= 4
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ics"))
    )


def weighted(found: Query | Unanswerable, counts: str | None) -> Query | Unanswerable:
    """The query taken over the units of a frequency table, unless it is about the count
    column itself (then over its rows)."""
    if not isinstance(found, Query):
        return found
    named = {found.measure, found.group, found.group2, found.denominator, found.per}
    named |= {f.column for f in found.filters} | set(found.pair or ()) | set(found.compare)
    if found.combined is not None:
        named |= set(found.combined.columns)
    about_rows = counts is None or counts in named or found.kind in ("overview", "missing")
    weight = None if about_rows else counts
    return found if found.weight == weight else replace(found, weight=weight)


def expand_code(query: Query) -> list[str]:
    """The lines that repeat each row of a frequency table once per unit it counts."""
    if query.weight is None:
        return []
    count = f"df[{query.weight!r}]"
    return [
        f"# each row counts {query.weight} units: one row per unit",
        f"df = df.loc[df.index.repeat(pd.to_numeric({count}, errors='coerce')"
        ".fillna(0).clip(lower=0).astype(int))].reset_index(drop=True)",
        "every = df",
    ]
