"""Grading the offline analyst's replies against gold answers (see offline_suite.py)."""

from __future__ import annotations

import json
import re

from tests.integration.offline_suite import Chart, Gold, NoAnswer, Num, Ranked

_NUMBER = re.compile(r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?")


def numbers_in(text: str) -> list[float]:
    found = []
    for raw in _NUMBER.findall(text):
        try:
            found.append(float(raw.replace(",", "")))
        except ValueError:
            continue
    return found


def close(found: float, gold: float) -> bool:
    size = abs(gold)
    tolerance = 0.5001 if size >= 1000 else 0.0051 if size >= 1 else size * 0.006 + 1e-9
    return abs(found - gold) <= tolerance


def table_rows(text: str) -> list[tuple[str, str]]:
    rows = []
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 2 and not set(cells[0]) <= set("-"):
            rows.append((cells[0], cells[1]))
    return rows[1:]  # without the header


def declined(text: str) -> bool:
    """Did the reply say it cannot answer?"""
    return "can't answer" in text or "cannot answer" in text


def grade(gold: Gold, text: str, chart_types: list[str]) -> tuple[bool, str]:
    """(passed, why not)."""
    if isinstance(gold, NoAnswer):
        if not declined(text):
            return False, "did not decline"
        # A decline may name the data's range ("it covers 2021–2023") and its files and
        # columns (in backticks); any other digit is a number stated as if it answered.
        stated = re.sub(r"\bcovers \S+\s*(?:–|-|to)\s*\S+", "", text)
        stated = re.sub(r"`[^`]*`", "", stated)
        if re.search(r"\d", stated):
            return False, "declined but quoted a number"
        return True, ""
    if isinstance(gold, Chart):
        if gold.trace in chart_types:
            return True, ""
        return False, f"chart types {chart_types}, wanted {gold.trace}"
    if isinstance(gold, Num):
        found = numbers_in(text)
        missing = [g for g in gold.values if not any(close(f, g) for f in found)]
        return (not missing, f"missing {missing} in {found[:12]}")
    if isinstance(gold, Ranked):
        rows = table_rows(text)
        for position, (label, value) in enumerate(gold.items):
            if position >= len(rows):
                return False, f"only {len(rows)} rows; wanted {gold.items}"
            got_label, got_value = rows[position]
            values = numbers_in(got_value)
            if got_label != label or not values or not close(values[0], value):
                return False, f"row {position}: {rows[position]} != {(label, value)}"
        return True, ""
    raise TypeError(gold)


def chart_types(engine, message) -> list[str]:
    types = []
    for block in message.content:
        if block.type == "chart":
            with engine.db.session() as session:
                spec = json.loads(
                    engine.files.read_bytes(session=session, file_id=block.chart.file_id)
                )
            types += [trace.get("type", "scatter") for trace in spec.get("data", [])[:1]]
    return types
