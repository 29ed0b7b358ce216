"""A question the analyst cannot answer: why, in words, and three it can answer on the
table, with the table's real column names. No number is stated."""

from __future__ import annotations

from services.llm.offline.query import Unanswerable
from services.llm.offline.schema import Table

# The chat page shows the questions listed under these as buttons (chat.offered_questions)
OFFERED = "Did you mean:"
SUGGESTED = "Questions I can answer on it:"


def cannot(problem: Unanswerable, tables: list[Table]) -> str:
    """Why the question cannot be answered, and three it can, with real column names."""
    table = problem.table or (tables[0] if tables else None)
    if table is None:
        return (
            "I need data to answer that. Attach a CSV, Excel, JSON or Parquet file "
            "(or try the sample data), then ask about its columns."
        )
    lines = [f"I can't answer that from the data: {problem.reason}.", ""]
    if problem.offers:
        lines += [OFFERED, *(f"- {offer.said}" for offer in problem.offers), ""]
    lines += [
        f"`{table.filename}` has these columns: "
        + ", ".join(f"`{c.name}`" for c in table.columns)
        + ".",
        "",
        SUGGESTED,
    ]
    lines += [f"- {q}" for q in suggestions(table)]
    return "\n".join(lines)


def suggestions(table: Table) -> list[str]:
    """Three questions built from the table's real columns (no numbers in them)."""
    numbers = [
        c.name
        for c in table.of_kind("number")
        if c.name.lower() != "year" and not c.name.lower().endswith("id")
    ]
    categories = [c.name for c in table.of_kind("category")]
    dates = [c.name for c in table.of_kind("date")]
    year = next((c.name for c in table.columns if c.name.lower() == "year"), None)
    found: list[str] = []
    if numbers and categories:
        found.append(f"What is the total `{numbers[0]}` by `{categories[0]}`?")
    if numbers and (dates or year):
        found.append(f"How did the average `{numbers[-1]}` change over time?")
    if len(numbers) >= 2:
        found.append(f"What is the correlation between `{numbers[0]}` and `{numbers[1]}`?")
    if numbers:
        found.append(f"Show the distribution of `{numbers[0]}`.")
    if categories:
        found.append(f"How many rows are there for each `{categories[-1]}`?")
    found.append("Are there missing values?")
    return found[:3]
