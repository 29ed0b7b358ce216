"""Rows that do not fit: ragged rows repaired keeping the columns' types, and a quote that
never closes (read as a character when that restores the rows, refused otherwise)."""

from __future__ import annotations

import csv
from collections import Counter

from services.tables.cells import kind
from services.tables.dialect import Dialect, lines_of, records
from services.tables.errors import TableError

Record = tuple[int, list[str]]  # (1-based first line, fields)


def repair(
    body: list[Record], width: int, *, kinds: list[str], dialect: Dialect, lines: list[str]
) -> tuple[list[list[str]], list[int]]:
    """Rows of the table's width (each wrong one fixed by `_fix`) and the lines repaired."""
    rows: list[list[str]] = []
    repaired: list[int] = []
    for index, (line, fields) in enumerate(body):
        if len(fields) == width:
            rows.append(fields)
            continue
        end = body[index + 1][0] if index + 1 < len(body) else line + 1
        rows.append(_fix(fields, width, kinds, dialect, "".join(lines[line - 1 : end - 1])))
        repaired.append(line)
    return rows, repaired


def _fix(fields: list[str], width: int, kinds: list[str], dialect: Dialect, raw: str) -> list[str]:
    if dialect.quotechar and raw.count(dialect.quotechar) % 2:
        literal = _reparse_with_literal_quote(raw, width, dialect)
        if literal is not None:
            return literal
    if len(fields) > width:
        extra = len(fields) - width
        empties = [j for j, f in enumerate(fields) if not f]
        options = (
            [_without(fields, drop) for drop in _choices(empties, extra)]
            if len(empties) >= extra
            else []
        )
        joiner = dialect.delimiter if dialect.delimiter != " " else " "
        options += [
            [*fields[:j], joiner.join(fields[j : j + extra + 1]), *fields[j + extra + 1 :]]
            for j in range(width)
        ]
        options.append(fields[:width])  # extra values at the end: left out
        return max(options, key=lambda row: _agreement(row, kinds))
    short = width - len(fields)
    options = [fields[:j] + [""] * short + fields[j:] for j in range(len(fields) + 1)]
    return max(reversed(options), key=lambda row: _agreement(row, kinds))


def _choices(positions: list[int], extra: int) -> list[tuple[int, ...]]:
    if extra == 1:
        return [(p,) for p in positions]
    return [tuple(positions[-extra:]), tuple(positions[:extra])]


def _without(fields: list[str], drop: tuple[int, ...]) -> list[str]:
    return [f for j, f in enumerate(fields) if j not in drop]


def _agreement(row: list[str], kinds: list[str]) -> int:
    return sum(1 for value, k in zip(row, kinds, strict=False) if value and kind(value) == k)


def _reparse_with_literal_quote(raw: str, width: int, dialect: Dialect) -> list[str] | None:
    """A stray quote: try each quote as a literal character until the row has the width."""
    quote = dialect.quotechar
    positions = [i for i, ch in enumerate(raw) if ch == quote][:40]
    for position in positions:
        text = raw[:position] + "\x00" + raw[position + 1 :]
        try:
            parsed = [f for _, f in records([text], dialect)]
        except csv.Error:
            continue
        if len(parsed) == 1 and len(parsed[0]) == width:
            return [f.replace("\x00", quote).strip() for f in parsed[0]]
    return None


def check_unclosed_quote(
    recs: list[Record], lines: list[str], dialect: Dialect
) -> tuple[list[Record], str]:
    """A quote that is never closed swallows the rest of the file into one cell. When one
    quote read as a plain character gives rows of the usual width, that is the repair (with
    a note); otherwise refuse, naming the line, rather than silently lose the last rows."""
    quote = dialect.quotechar
    if not recs or not quote or not lines:
        return recs, ""
    line, _ = recs[-1]
    spanned = len(lines) - line + 1
    raw = "".join(lines[line - 1 :])
    if dialect.escapechar:
        raw = raw.replace(dialect.escapechar + quote, "")
    if spanned < 2 or not raw.count(quote) % 2:
        return recs, ""
    widths = Counter(len(f) for _, f in recs[:-1])
    width = widths.most_common(1)[0][0] if widths else 0
    tail = "".join(lines[line - 1 :])
    for position in [i for i, ch in enumerate(tail) if ch == quote][:40]:
        text = tail[:position] + "\x00" + tail[position + 1 :]
        try:
            fixed = [
                (line + start - 1, [f.replace("\x00", quote).strip() for f in fields])
                for start, fields in records(lines_of(text), dialect)
            ]
        except csv.Error:
            continue
        if width and all(len(f) == width for _, f in fixed if any(f)):
            note = f"a stray quote on line {line} was read as a plain character"
            return recs[:-1] + fixed, note
    raise TableError(
        f"a quote opened on line {line} is never closed, so the rest of the file "
        f"({spanned} lines) would be one cell. Fix the quote on line {line} "
        "(or remove it) and upload the file again."
    )
