"""Query syntax typed into the chat, read as the question it asks: "avg(fare) group by
region", "count(distinct customer_id)", "select count(*) where status != 'void'", "like
'%road%'", "order by 2 desc limit 3", "df.groupby('type').price.median()", "len(df[df.age >
60])", "value_counts on species".

The select list and the grouping are said again in the words the parser reads ("average
fare by region"); the conditions of the `where` become filters of their own, on the columns
they name, so a value is never read as a word of the question. A name that is no column of
the table is left as it was typed, and the parser says it does not know it."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from services.llm.offline.limitunits import SCALE
from services.llm.offline.query import Filter, Query, Unanswerable
from services.llm.offline.schema import Column, Table
from services.llm.offline.sqlitems import (
    AGGS,
    CALL,
    best_of,
    call_of,
    calls_said,
    column_named,
    direct,
    leading,
    months_said,
    pandas_said,
    select_said,
    split_outside,
    spoken,
)

# A question in query syntax: a function of a column, a clause keyword, or pandas
_SYNTAX = re.compile(
    r"\b(?:avg|mean|sum|count|min|max|median|stddev|std|nunique)\(|\bselect\s+\S"
    r"|\bwhere\s+[\w\"`'()\[\]]+[^=<>!]*?(?:=|!=|<>|>|<|\blike\b|\bin\b|\bbetween\b|\bis\b)"
    r"|\bgroup\s+by\b|\border\s+by\b|\blimit\s+\d|\bdf\s*[.\[]|\bvalue_counts\b|\blen\s*\(",
    re.I,
)
_CLAUSES = re.compile(r"\b(where|group\s+by|order\s+by|limit|having)\b", re.I)
_DATE_PART = re.compile(
    r"^(year|month|day|dayofweek|weekday|hour|quarter)\s*\(\s*(.+?)\s*\)$"
    r"|^(dayofweek|weekday|day of week|month|year|hour|quarter)(?:\s+of\s+(.+))?$",
    re.I,
)
_DAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_DAYS |= {name.lower(): i for i, name in enumerate(calendar.day_abbr)}


@dataclass(frozen=True)
class Said:
    """A question in query syntax: the words the parser reads, the filters its conditions
    are, the function its select list keeps, a query read whole, or why it cannot be read."""

    text: str
    filters: tuple[Filter, ...] = ()
    measure: str | None = None  # the column of the select list's function, and the function
    agg: str | None = None
    query: dict[str, Any] | None = None  # the fields of a query read whole (sqlitems.direct)
    problem: str | None = None  # why it cannot be read: a name that is no column, a condition


def query_said(question: str, table: Table) -> Said | None:
    """The question said plainly, with its conditions as filters; None when it is no query
    syntax. Calls inside an English question ("which status has the highest avg(age)?")
    are said as words; a name typed as a column that the table does not have is said."""
    if not _SYNTAX.search(question) and not _CHANGED_CONDITION.match(question):
        return None
    read = _clauses_said(question, table)
    if read is not None:
        return read
    unknown = _unknown_name(question, table)
    if unknown is not None:
        return Said("", problem=f"it names `{unknown}` where a column goes, and "
                    f"`{table.filename}` has no such column")  # fmt: skip
    best = best_of(question, table)
    if best is not None:  # "Name with the max(Pnt)": the name of the row with the most
        return Said(best[0], measure=best[1], agg=best[2])
    plain = calls_said(question, table)
    return Said(plain) if plain != question else None


# A follow-up that changes a condition without "where": "same but TotCld = 0"
_CHANGED_CONDITION = re.compile(
    r"^\s*(?:same(?: thing)? but|and|now|but|ok)\s+(?!where\b)[\w\"`\[\]() ]+?\s*(?:=|!=|<>)\s*\S",
    re.I,
)


def _clauses_said(question: str, table: Table) -> Said | None:
    text, asked = _comment_split(question)
    text = pandas_said(text.strip().rstrip(";?").strip())
    text = re.sub(r"^\s*(same(?: thing)? but|and|now|but|ok)\s+(?!where\b)(?=[^=]+(?:=|!=|<>))",
                  r"\1 where ", text, flags=re.I)  # "same but TotCld = 0"  # fmt: skip
    drawn = re.search(r"\s*\((?:as a )?(line|bar|pie|scatter|histogram)(?: chart| plot)?\)\s*$",
                      text, re.I)  # "plot … (line)": the chart asked, said at the end  # fmt: skip
    if drawn:
        text, asked = text[: drawn.start()], f"{asked} as a {drawn[1].lower()} chart".strip()
    text = re.sub(r"\s*\((?:every|all|nulls?|ignoring|excluding|i\.e\.)\b[^()]*\)\s*$", "", text,
                  flags=re.I)  # "(every December in the file)": said again, left out  # fmt: skip
    text = re.sub(r"\s*\(((?:order by [^()]*)?limit \d+)\)\s*$", r" \1", text, flags=re.I)
    text = re.sub(r",\s*(?:top|limit|first)\s+(\d+)\s*$", r" limit \1", text, flags=re.I)
    # "sum(x) where a = 1 / sum(x) * 100": the share of the rows where a = 1
    text = re.sub(r"^(.+?)\s+(where\s+.+?)\s*(/\s*\w+\s*\(.+)$", r"\1 \3 \2", text, flags=re.I)
    text = re.sub(r"^\s*select\s+", "", text, flags=re.I)
    text = re.sub(r"\s+from\s+[A-Za-z_][\w.]*(?=\s+(?:where|group|order|limit)\b|\s*$)", "",
                  text, flags=re.I)  # "from df", "FROM stocks"  # fmt: skip
    pieces = _CLAUSES.split(text)
    head, clauses = pieces[0].strip(), {}
    for word, body in zip(pieces[1::2], pieces[2::2], strict=False):
        clauses[re.sub(r"\s+", " ", word.lower())] = body.strip(" ,")
    before = re.match(r"^(same(?: thing)? but|and|now|but|ok)$", head, re.I)
    filters: list[Filter] = []
    words: list[str] = []
    comment = question.partition("--")[2]
    compared = re.search(r"\b(?:which|bigger|higher|lower|smaller|vs|both|compare)\b", comment)
    for condition in _conditions(clauses.get("where", "")):
        read = _condition(condition, table)
        if isinstance(read, Filter) and read.op == "isin" and compared:
            read = f"{read.column} " + " vs ".join(map(str, read.value))  # "… -- which is bigger?"
        signed = _SIGNED.match(condition)
        quoted = re.search(r"'[^']*'|\"[^\"]*\"|[<>]=?\s*-?\d", condition)  # SQL, not Excel
        if read is None and signed and quoted and column_named(signed[1], table):
            return Said("", problem=f"I could not read the condition “{condition}”: write it as "
                        "column = 'value', a comparison with a number or a date, like, in (…), "
                        "between … and …, or is null")  # fmt: skip
        if read is None:
            return None
        if isinstance(read, str):
            words.append(read)
        else:
            filters.append(read)
    items = [i.strip() for i in split_outside(head, ",") if i.strip()] if not before else []
    grouped = clauses.get("group by")
    if not items and not grouped and (filters or words):
        return Said(" ".join(["same but", *words]), tuple(filters))  # "where month = 12"
    alone = leading(items[0]) if len(items) == 1 and not grouped else ("", "x")
    whole = direct(alone[0], table) if alone[0] and not alone[1] and not words else None
    if whole is not None:
        return Said("", tuple(filters), query=whole)
    group_words = ""
    if grouped:
        group, group_words = _group_said(grouped, table)
        if group is None:
            return None
    said = select_said(items, table, grouped)
    formula = leading(head)[0]
    if said is None and formula and len(re.split(r"\)\s*[-+*/]\s*\w+\s*\(", formula)) > 1:
        return Said("", problem=f"I could not compute “{formula}” as it is written: ask for "
                    "each figure on its own, or as a ratio (sum(a) / sum(b))")  # fmt: skip
    if said is None:  # "plot value by date where …": the head is English, the rest is not
        plain = all(f.op in ("==", "between") for f in filters)  # the parser reads those,
        plain = plain and not re.search(r"['\"]", clauses.get("where", ""))  # as typed in Excel
        plain = plain and not {"order by", "limit"} & set(clauses)
        if not clauses or plain or CALL.search(head) and calls_said(head, table) == head:
            return None
        said = calls_said(head, table)
    if grouped:
        said += f" by {group} {group_words}"
    limit = re.match(r"\s*(\d+)", clauses.get("limit", ""))
    order = clauses.get("order by", "")
    if limit and not re.search(r"\b(?:top|bottom)\s+\d", said):
        bottom = re.search(r"\basc\b", order, re.I) is not None
        said = f"{'bottom' if bottom else 'top'} {limit[1]} " + said
        if order and not grouped:  # "select date, volume … order by volume desc limit 5"
            key = _ordered(order, items, table)
            if key is None:
                return None
            listed = [c for c in map(lambda i: column_named(i, table), items) if c]
            shown = [spoken(c) for c in listed if spoken(c) != key]
            ranked = column_named(key, table) or column_named(order.split()[0], table)
            if len(listed) == 2 and len(shown) == 1 and ranked:  # the rows, by their key
                said = f"{said.split(' ', 2)[0]} {limit[1]} {shown[0]} by {key}"
                text = " ".join([said, *words, asked]).strip()
                return Said(text, tuple(filters), ranked.name, "min" if bottom else "max")
            said += f" by {key}"
    text = " ".join([said, *words, asked]).strip()
    group_column = column_named(grouped, table) if grouped else None
    kept = [i for i in items if not (group_column and column_named(i, table) == group_column)]
    function = call_of(leading(kept[0])[0]) if len(kept) == 1 else None
    measure = column_named(function[3], table) if function else None
    agg = AGGS.get(function[1].lower()) if function and measure else None
    named = measure.name if measure else None
    return Said(re.sub(r"\s+", " ", text), tuple(filters), named, agg)


def _unknown_name(question: str, table: Table) -> str | None:
    """A name in a place only a column goes ("group by Store", "avg(margin)") that is no
    column of the table: said, never read as another."""
    places = [
        *re.findall(r"\bgroup\s+by\s+([\w\"`]+)", question, re.I),
        *(
            c[3]
            for c in CALL.finditer(question)
            if c[1].lower() in AGGS or c[1].lower() == "count"
            if "(" in c[0][: len(c[1]) + 1]
        ),  # "avg(x)", never "car count (C1)"
    ]
    for name in places:
        plain = name.strip('"` ')
        if plain in ("*", "1") or not re.fullmatch(r"[A-Za-z_]\w*", plain):
            continue
        if _DATE_PART.match(plain) or plain.lower() in ("distinct", "year", "month"):
            continue
        if column_named(plain, table) is None and not any(
            plain.lower() in c.name.lower() for c in table.columns
        ):
            return plain
    return None


def _comment_split(question: str) -> tuple[str, str]:
    """The query and what its comment asks ("-- which date has it?"); a comment that only
    names the figure ("-- dollar volume") is left out."""
    query, _, comment = question.partition("--")
    return query, comment.strip() if "?" in comment else ""


def _conditions(where: str) -> list[str]:
    """The conditions joined by "and" or a comma (never the "and" of a "between")."""
    if not where:
        return []
    where = re.sub(r"\s+and\s+", " and ", where, flags=re.I)
    pieces = [p for c in split_outside(where, " and ") for p in split_outside(c, ", ")]
    joined: list[str] = []
    for piece in pieces:
        if joined and re.search(r"\bbetween\s+\S+$", joined[-1], re.I):
            joined[-1] += f" and {piece}"
        else:
            joined.append(piece)
    return [p.strip() for p in joined if p.strip()]


def _group_said(grouped: str, table: Table) -> tuple[str | None, str]:
    """The grouping said plainly, and the words typed after it ("month for months 6, 7")."""
    for size in range(len(grouped.split()), 0, -1):
        name, rest = " ".join(grouped.split()[:size]), " ".join(grouped.split()[size:])
        column = column_named(name, table)
        if column is not None:
            return spoken(column), months_said(rest, table)
        part = _DATE_PART.match(name)
        if part:
            return (part[1] or part[3]).lower().replace("dayofweek", "weekday"), months_said(
                rest, table
            )
    return None, ""


def _ordered(order: str, items: list[str], table: Table) -> str | None:
    """What rows are ordered by: a column, or the n-th item of the select list."""
    key = re.sub(r"\s+(?:asc|desc)\s*$", "", order.strip(), flags=re.I)
    if key.isdigit() and 0 < int(key) <= len(items):
        key = items[int(key) - 1]
    column = column_named(key, table)
    return spoken(column) if column else None


_SIGNED = re.compile(
    r"^\s*([\w\"`\[\]() .\-/%^]+?)\s*"
    r"(?:==|!=|<>|>=|<=|=|>|<|\s(?:not\s+)?like\s|\s(?:not\s+)?in\s*\(|\sbetween\s)",
    re.I,
)
_OPS = {"=": "==", "==": "==", "!=": "!=", "<>": "!=", ">": ">", ">=": ">=", "<": "<", "<=": "<="}
_CONDITION = re.compile(
    r"^(?P<col>.+?)\s*(?:(?P<op>==|!=|<>|>=|<=|=|>|<)\s*(?P<value>.+)"
    r"|\s(?P<not>not\s+)?like\s+(?P<pattern>.+)"
    r"|\s(?P<notin>not\s+)?in\s*\((?P<values>.+)\)"
    r"|\sbetween\s+(?P<low>\S+)\s+and\s+(?P<high>\S+)"
    r"|\sis\s+(?P<isnot>not\s+)?null)$",
    re.I,
)


def _condition(condition: str, table: Table) -> Filter | str | None:
    """A condition of the `where` as a filter on its column; None when it is not one."""
    found = _CONDITION.match(condition.strip())
    if found is None:
        return None
    name = found["col"].strip()
    part = None if column_named(name, table) else _DATE_PART.match(name)
    if part:
        column = column_named(part[2] or part[4] or "", table) if (part[2] or part[4]) else None
        column = column or next(iter(table.of_kind("date")), None)
        if column is None or found["op"] not in ("=", "=="):
            return None
        return _date_part(column.name, (part[1] or part[3]).lower(), _unquoted(found["value"]))
    column = column_named(name, table)
    if column is None:
        return None
    if found["pattern"]:
        if not re.fullmatch(r"\s*'[^']*'\s*|\s*\"[^\"]*\"\s*", found["pattern"]):
            return None
        op = "not like" if found["not"] else "like"
        return Filter(column.name, op, _unquoted(found["pattern"]))
    if found["values"]:
        values = tuple(_unquoted(v) for v in split_outside(found["values"], ","))
        return Filter(column.name, "not in" if found["notin"] else "isin", values)
    if found["low"]:
        low, high = _number(found["low"]), _number(found["high"])
        return None if low is None or high is None else Filter(column.name, "between", (low, high))
    if found["isnot"] is not None or condition.lower().rstrip().endswith("null"):
        return Filter(column.name, "filled" if found["isnot"] else "blank", None)
    if re.search(r"\s(?:vs|or)\s", found["value"]):  # "IsHoliday = TRUE vs FALSE": compared
        return f"{column.name} {found['value']}"
    if not re.fullmatch(r"'[^']*'|\"[^\"]*\"|[\w.\-:/]+", found["value"].strip()):
        return None  # "= 95 / sum(x) * 100": more than a value
    value, op = _unquoted(found["value"]), _OPS[found["op"]]
    if column.kind == "date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Filter(
            column.name, "day" if op == "==" else "daycmp", value if op == "==" else (op, value)
        )
    number = _number(value)
    if op in ("==", "!="):
        known = _as_in_column(value, column)
        if number is not None and column.kind == "number":
            return Filter(column.name, "between", (number, number)) if op == "==" else None
        return None if known is None else Filter(column.name, op, known)
    return None if number is None else Filter(column.name, op, number)


def _date_part(column: str, part: str, value: str) -> Filter | None:
    if part in ("dayofweek", "weekday", "day of week"):
        day = _DAYS.get(value.lower().rstrip("s"))
        return None if day is None else Filter(column, "weekday", (day,))
    if not value.isdigit():
        return None
    number = int(value)
    if part == "year":
        return Filter(column, "year", (number, None))
    if part == "month" and 1 <= number <= 12:
        return Filter(column, "month", number)
    if part == "quarter" and 1 <= number <= 4:
        return Filter(column, "quarter", number)
    if part == "hour" and 0 <= number <= 23:
        return Filter(column, "hours", (float(number), float(number + 1)))
    return None


def _unquoted(value: str) -> str:
    return value.strip().strip("'\"`").strip()


def _number(value: str) -> float | None:
    found = re.fullmatch(r"(-?[\d,]*\.?\d+)\s*([km])?", _unquoted(value).lower())
    if found is None:
        return None
    number = float(found[1].replace(",", "")) * SCALE.get(found[2] or "", 1.0)
    return int(number) if number.is_integer() else number


def _as_in_column(value: str, column: Column) -> str | None:
    """The value as the column writes it ("black" of `Black`); None when the column's
    values are all known and it is none of them (its answer would be 0 of a typo)."""
    same = [v for v in column.values if v.lower() == value.lower()]
    if same:
        return same[0]
    return None if column.values and len(column.values) < _ALL_KNOWN else value


_ALL_KNOWN = 40  # a column with fewer values than this has all of them listed


_NO_WHERE = re.compile(
    r"^(?:now |ok,? |and |then )?(?:drop|remove|lose|clear|no|without)(?: the)? "
    r"(?:where|filters?|conditions?)(?: clause)?\W*$",
    re.I,
)
Read = tuple[Query | Unanswerable, list[str]]


def read_query(
    question: str, table: Table, frame: Query | None, words: Callable[[str], Read]
) -> Read:
    """The question read: one in query syntax as the words it says plainly (read by
    `words`), with its conditions set as filters over those the words set, its function
    kept ("max(close) group by symbol" is each one's max), and a share or a rate made
    whole; "drop the where" is the question before on all rows; any other by `words`."""
    if frame is not None and _NO_WHERE.match(question.strip()):
        return frame.with_(filters=()), []
    said = query_said(question, table)
    if said is None:
        return words(question)
    if said.problem is not None:
        return Unanswerable(said.problem, table), []
    if said.query is not None:
        return Query(table, **said.query, filters=said.filters), []
    parsed, aside = words(said.text)
    if isinstance(parsed, Query) and said.agg and parsed.measure == said.measure:
        parsed = parsed.with_(agg=said.agg)
    if isinstance(parsed, Query) and said.filters:
        named = {f.column for f in said.filters}
        kept = tuple(f for f in parsed.filters if f.column not in named)
        parsed = parsed.with_(filters=kept + said.filters)
    return parsed, aside
