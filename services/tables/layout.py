"""Where the table is among a file's records: preamble and title lines, one to three header
rows (or none), the body, repeated header rows, footers, other tables, ragged rows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from services.tables.cells import TOTAL_WORDS, kind
from services.tables.dialect import Dialect
from services.tables.repair import check_unclosed_quote, repair

Record = tuple[int, list[str]]  # (1-based first line, fields)
MAX_NAMED_LINES = 5


@dataclass
class Layout:
    columns: list[str]
    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)
    header_lines: int = 0  # physical lines above the first data row
    others: list[str] = field(default_factory=list)  # other tables in the file, described


def find(recs: list[Record], *, dialect: Dialect, lines: list[str]) -> Layout:
    """Lay out the records of one delimited text."""
    recs = [(line, _trim(fields)) for line, fields in recs]
    recs, quote_note = check_unclosed_quote(recs, lines, dialect)
    filled = [(line, f) for line, f in recs if _nonempty(f)]
    if not filled:
        return Layout(columns=[], rows=[])
    notes: list[str] = [quote_note] if quote_note else []
    recs = _strip_trailing_delimiter(recs, notes)
    filled = [(line, f) for line, f in recs if _nonempty(f)]
    width = _modal_width(filled)
    start = _table_start(recs, width)
    groups = _group_rows(recs, start, width)
    start -= groups
    preamble = [r for r in recs[:start] if _nonempty(r[1])]
    segments = _segments(recs[start:], width)
    main = max(segments, key=len)  # ties: the first
    others = [s for s in segments if s is not main]
    earlier = _preamble_table(preamble)
    if earlier:
        others.insert(0, earlier)
    elif preamble and main is segments[0]:
        notes.append(
            f"skipped {len(preamble)} title line(s) above the header: {_quote(preamble[0][1])}"
        )
    table = main
    width = _modal_width(table) if table else width
    if groups and main is segments[0]:
        header_count = groups + 1 + _header_rows(table[groups:], width) // 2
    else:
        header_count = _header_rows(table, width)
    header = table[:header_count]
    body = table[header_count:]
    if header_count:
        columns = _names([fields for _, fields in header], width)
        if header_count > 1:
            notes.append(f"the header spans {header_count} rows; their names were joined")
    else:
        columns = [f"column_{i + 1}" for i in range(width)]
        notes.append("the file has no header row; columns are named column_1, column_2, …")
    body, repeated = _drop_repeated_headers(body, header)
    if repeated:
        notes.append(f"dropped {repeated} repeated header row(s)")
    body, footer = _split_footer(body, width)
    if footer:
        what = "a total row" if any(TOTAL_WORDS.match(_first(f)) for _, f in footer) else "notes"
        notes.append(
            f"left out {len(footer)} footer line(s) at the end ({what}: {_quote(footer[0][1])})"
        )
    kinds = _column_kinds([f for _, f in body[:500] if len(f) == width], width)
    rows, repaired = repair(body, width, kinds=kinds, dialect=dialect, lines=lines)
    if repaired:
        named = ", ".join(f"line {n}" for n in repaired[:MAX_NAMED_LINES])
        more = (
            f" and {len(repaired) - MAX_NAMED_LINES} more"
            if len(repaired) > MAX_NAMED_LINES
            else ""
        )
        notes.append(f"repaired rows with a wrong number of fields: {named}{more}")
    if header_count:  # without a header every column_N is a real, named-by-us column
        columns, rows = _drop_phantom_columns(columns, rows, notes)
    described = [_describe(s) for s in others]
    if described:
        notes.append(
            "the file holds more tables; read the largest. Others: " + "; ".join(described)
        )
    first_data = body[0][0] if body else (table[-1][0] + 1 if table else 1)
    return Layout(columns, rows, notes, header_lines=first_data - 1, others=described)


QUICK_ROWS = 3000  # from here the layout is found on the head and the body only checked
_HEAD_ROWS = 1000
_QUICK_NOTES = ("skipped ", "the header spans ", "the file has no header row")


def find_quick(recs: list[Record], *, dialect: Dialect, lines: list[str]) -> Layout | None:
    """The layout of a long file found on its first records, when every later record is a
    plain row of the table's width: no blank line, repeated header, ragged row or footer.
    The row-by-row rules of `find` cost about a second a megabyte; this checks each later
    record once. None when the body holds anything the rules must see (then `find` reads it)."""
    if len(recs) <= QUICK_ROWS:
        return None
    head_lines = lines[: recs[_HEAD_ROWS][0] - 1]  # the physical lines of the head records
    found = find(recs[:_HEAD_ROWS], dialect=dialect, lines=head_lines)
    width = len(found.columns)
    if found.others or not found.rows or not all(n.startswith(_QUICK_NOTES) for n in found.notes):
        return None
    raw = recs[_HEAD_ROWS:]
    if any(len(fields) != width for _, fields in raw) or len(recs[_HEAD_ROWS - 1][1]) != width:
        return None
    first = found.columns[0] if found.header_lines else None
    for _, fields in raw:
        if not any(f.strip() for f in fields) or fields[0].strip() == first:
            return None  # a blank line (tables may follow) or perhaps a repeated header
    tail = [(line, _trim(fields)) for line, fields in raw[-400:]]
    if _split_footer(tail, width)[1] or check_unclosed_quote(raw[-50:], lines, dialect)[1]:
        return None
    body = [fields for _, fields in raw]
    return replace(found, rows=found.rows + body)


# -- shape ---------------------------------------------------------------------------------
def _strip_trailing_delimiter(recs: list[Record], notes: list[str]) -> list[Record]:
    """Rows that all end with a delimiter (some or all of them) lose that empty last field."""
    filled = [f for _, f in recs if _nonempty(f) >= 2]
    ending = [f for f in filled if f and not f[-1]]
    if not filled or len(ending) < 0.6 * len(filled):
        return recs
    longest = max(len(f) for f in filled)
    if any(len(f) == longest and f[-1] for f in filled):
        return recs  # some rows fill that last column: it is a real column
    notes.append("the rows end with a delimiter; the empty field after it is not a column")
    return [(line, f[:-1] if len(f) == longest and f and not f[-1] else f) for line, f in recs]


def _group_rows(recs: list[Record], start: int, width: int) -> int:
    """Sparse label rows directly above the header ("", "Sales", "", "Costs"): group headers."""
    count = 0
    index = start - 1
    while index >= 0 and count < 2:
        fields = recs[index][1]
        nonempty = [j for j, f in enumerate(fields) if f]
        if len(fields) != width or not nonempty or not _all_text(fields):
            break
        if nonempty == [0]:  # a title line in the first cell only
            break
        count += 1
        index -= 1
    return count


def _preamble_table(preamble: list[Record]) -> list[Record] | None:
    """A small table above the main one (a summary block): named, not silently skipped."""
    if len(preamble) < 3:
        return None
    widths = Counter(len(f) for _, f in preamble if _nonempty(f) >= 2)
    if not widths:
        return None
    width, count = widths.most_common(1)[0]
    if width >= 2 and count >= 3 and count >= 0.75 * len(preamble):
        return preamble
    return None


def _trim(fields: list[str]) -> list[str]:
    return [f.strip() for f in fields]


def _nonempty(fields: list[str]) -> int:
    return len(fields) - fields.count("")  # fields are trimmed strings: empty is ""


def _first(fields: list[str]) -> str:
    return next((f for f in fields if f), "")


def _modal_width(recs: list[Record]) -> int:
    widths = Counter(len(f) for _, f in recs if _nonempty(f) >= 2)
    if not widths:
        return max((len(f) for _, f in recs), default=1)
    return widths.most_common(1)[0][0]


def _full(fields: list[str], width: int) -> bool:
    return len(fields) == width and _nonempty(fields) >= max(2, (width + 1) // 2)


def _table_start(recs: list[Record], width: int) -> int:
    """Index of the first record that looks like a header or data row of the main width."""
    for index, (_, fields) in enumerate(recs):
        if _full(fields, width) or (width == 1 and _nonempty(fields)):
            return index
    return next(i for i, (_, f) in enumerate(recs) if _nonempty(f))


def _segments(recs: list[Record], width: int) -> list[list[Record]]:
    """Split into tables: a new table starts at a header-like row of another width, or after a
    blank line at a header-like row that differs from the first header."""
    segments: list[list[Record]] = [[]]
    blank_before = False
    current_width = width
    first_header = recs[0][1] if recs else []
    for index, (line, fields) in enumerate(recs):
        if not _nonempty(fields):
            blank_before = True
            continue
        maybe_new = len(fields) != current_width or blank_before
        if maybe_new and segments[-1] and _nonempty(fields) >= 2 and _all_text(fields):
            following = [f for _, f in recs[index + 1 : index + 4] if _nonempty(f)]
            other_width = (
                len(fields) != current_width
                and all(len(f) == len(fields) for f in following[:2])
                and following
            )
            new_after_blank = (
                blank_before
                and fields != first_header
                and following
                and not all(_all_text(f) for f in following)
            )
            if other_width or new_after_blank:
                segments.append([])
                current_width = len(fields)
        segments[-1].append((line, fields))
        blank_before = False
    return [s for s in segments if s]


def _all_text(fields: list[str]) -> bool:
    kinds = [kind(f) for f in fields if f]
    return bool(kinds) and all(k == "text" for k in kinds)


# -- header ----------------------------------------------------------------------------------
def _column_kinds(rows: list[list[str]], width: int) -> list[str]:
    kinds = []
    for j in range(width):
        seen = Counter(kind(r[j]) for r in rows if j < len(r) and r[j])
        seen.pop("empty", None)
        kinds.append(seen.most_common(1)[0][0] if seen else "empty")
    return kinds


def _header_evidence(fields: list[str], body_kinds: list[str]) -> tuple[int, int]:
    """(for a header, against a header): typed columns whose cell is text, or of their type."""
    yes = no = 0
    for value, body in zip(fields, body_kinds, strict=False):
        if body in ("empty", "text") or not value:
            continue
        cell = kind(value)
        if cell == body:
            no += 1
        elif cell == "text":
            yes += 1
    return yes, no


def _header_rows(table: list[Record], width: int) -> int:
    if not table:
        return 0
    if len(table) == 1:
        return 1
    sample = [f for _, f in table[4:204]] or [f for _, f in table[1:]]
    body_kinds = _column_kinds(sample, width)
    yes, no = _header_evidence(table[0][1], body_kinds)
    if no > yes or (no and not yes and _nonempty(table[0][1]) == len(table[0][1])):
        return 0
    if yes == 0 and no == 0 and _looks_like_data(table[0][1], sample):
        return 0
    count = 1
    for _, fields in table[1:3]:
        more_yes, more_no = _header_evidence(fields, body_kinds)
        group_above = _nonempty(table[count - 1][1]) < len(table[count - 1][1])
        if (more_yes and not more_no) or (group_above and _year_row(fields)):
            count += 1
            continue
        break
    return count


def _looks_like_data(first: list[str], sample: list[list[str]]) -> bool:
    """An all-text table: the first row is data when its values recur in the same columns."""
    hits = 0
    for j, value in enumerate(first):
        if value and any(j < len(r) and r[j] == value for r in sample[:200]):
            hits += 1
    return hits * 2 > max(1, _nonempty(first))


def _year_row(fields: list[str]) -> bool:
    values = [f for f in fields if f]
    return bool(values) and all(f.isdigit() and 1800 <= int(f) <= 2200 for f in values)


def _names(header: list[list[str]], width: int) -> list[str]:
    rows = [list(r) + [""] * (width - len(r)) for r in header]
    for row in rows[:-1]:  # a group label covers the blank cells to its right
        for j in range(1, width):
            if not row[j] and row[j - 1] and rows[-1][j]:
                row[j] = row[j - 1]
    names: list[str] = []
    for j in range(width):
        parts = [r[j] for r in rows if j < len(r) and r[j]]
        name = " ".join(dict.fromkeys(parts)) if len(set(parts)) > 1 else " ".join(parts)
        names.append(name or f"column_{j + 1}")
    seen: Counter[str] = Counter()
    unique = []
    for name in names:
        seen[name] += 1
        unique.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return unique


# -- body --------------------------------------------------------------------------------------
def _drop_repeated_headers(body: list[Record], header: list[Record]) -> tuple[list[Record], int]:
    if not header:
        return body, 0
    marks = {tuple(fields) for _, fields in header}
    kept = [r for r in body if tuple(r[1]) not in marks]
    return kept, len(body) - len(kept)


def _split_footer(body: list[Record], width: int) -> tuple[list[Record], list[Record]]:
    end = len(body)
    while end > 1:
        fields = body[end - 1][1]
        sparse = width >= 3 and (
            _nonempty(fields) <= 1 or (len(fields) <= width - 2 and _all_text(fields))
        )
        total = bool(TOTAL_WORDS.match(_first(fields))) and any(kind(f) == "number" for f in fields)
        if not (sparse or total or not _nonempty(fields)):
            break
        end -= 1
    footer = [r for r in body[end:] if _nonempty(r[1])]
    if len(footer) > max(5, len(body) // 4):
        return body, []
    return [r for r in body[:end] if _nonempty(r[1])], footer


def _drop_phantom_columns(
    columns: list[str], rows: list[list[str]], notes: list[str]
) -> tuple[list[str], list[list[str]]]:
    """A trailing delimiter on every row makes an unnamed, empty last column: drop it."""
    dropped = 0
    while (
        len(columns) > 1
        and columns[-1] == f"column_{len(columns)}"
        and all(not r[len(columns) - 1] for r in rows if len(r) >= len(columns))
    ):
        columns = columns[:-1]
        dropped += 1
    if dropped:
        rows = [r[: len(columns)] for r in rows]
        notes.append("dropped an empty, unnamed last column (the rows end with a delimiter)")
    return columns, rows


def _describe(segment: list[Record]) -> str:
    header = segment[0][1]
    return (
        f"a table at line {segment[0][0]} ({len(segment) - 1} rows; columns "
        f"{', '.join(h for h in header[:6] if h)}{' …' if len(header) > 6 else ''})"
    )


def _quote(fields: list[str]) -> str:
    text = " ".join(f for f in fields if f)
    return repr(text[:60] + ("…" if len(text) > 60 else ""))
