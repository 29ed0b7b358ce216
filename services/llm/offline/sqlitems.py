"""The select list of a question in query syntax, said plainly: "avg(fare)" → average fare,
"count(distinct customer_id)" → number of different customer_id, "sum(a) / sum(b) * 100" →
total a as a percentage of total b, "sum(x) / count(distinct day)" → average x per day,
"avg(high - low)" → average of high minus low; and the names typed in it, read as the
table's columns."""

from __future__ import annotations

import calendar
import re
from typing import Any

from services.llm.offline.schema import Column, Table

AGGS = {"avg": "mean", "mean": "mean", "sum": "sum", "max": "max", "min": "min",
        "median": "median", "std": "std", "stddev": "std"}  # fmt: skip
_AGG_WORDS = {
    "avg": "average", "mean": "average", "sum": "total", "max": "maximum", "min": "minimum",
    "median": "median", "std": "standard deviation of", "stddev": "standard deviation of",
}  # fmt: skip
_OPERATORS = {"*": "times", "-": "minus", "+": "plus", "/": "divided by"}
CALL = re.compile(r"(\w+)\s*\(\s*(distinct\s+)?(.+?)\s*\)", re.I)


def call_of(text: str) -> re.Match[str] | None:
    """One call of a function, whole: "avg(RHum (%))", never "max(high) - min(low)"."""
    found = CALL.fullmatch(text.strip())
    depth = 0
    for ch in found[3] if found else "":
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return None
    return found if depth == 0 else None


def column_named(name: str, table: Table) -> Column | None:
    """The column a name typed in a query means: the name itself in any case or spacing,
    or the name without its unit ("GHI" of `GHI (W/m^2)`), when only one column has it."""
    raw = name.strip().strip("\"`'[] ")
    key = _key(raw)
    if not key:
        return None
    for same in (lambda c: c.name == raw, lambda c: _key(c.name) == key):
        found = [c for c in table.columns if same(c)]
        if found:
            return found[0]
    stems = [c for c in table.columns if _key(re.sub(r"\s*[(\[].*$", "", c.name)) == key]
    if len(stems) == 1:
        return stems[0]
    worded = [c for c in table.columns if key in map(_key, _words(c.name))]  # fare of fare_amt
    return worded[0] if len(worded) == 1 else None


def _words(name: str) -> list[str]:
    """A column name's words: `fare_amount`, `fareAmount`, `Fare Amount (GBP)`."""
    return re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", name)


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def spoken(column: Column) -> str:
    """The column's name as the parser reads it: its stem when its unit has signs in it."""
    stem = re.sub(r"\s*[(\[].*$", "", column.name)
    plain = re.fullmatch(r"[\w .\-/%()]+", column.name) and "^" not in column.name
    return column.name if plain or not stem else stem


def leading(item: str) -> tuple[str, str]:
    """An item split into its expression of calls ("sum(a) / count(*) * 100") and the words
    typed after it ("for AAPL in 2020")."""
    at, end = 0, 0
    while True:
        found = re.compile(r"\s*(\w+\s*\(|\d+(?:\.\d+)?)").match(item, at)
        if found is None:
            break
        at = found.end()
        if found[1].endswith("("):
            depth = 1
            while at < len(item) and depth:
                depth += {"(": 1, ")": -1}.get(item[at], 0)
                at += 1
            if depth:
                break
        end = at
        sign = re.compile(r"\s*[/*+\-]").match(item, at)
        if sign is None:
            break
        at = sign.end()
    return (item[:end].strip(), item[end:].strip()) if end else ("", item)


def select_said(items: list[str], table: Table, grouped: str | None) -> str | None:
    """The select list said plainly (the grouping column in it left out); None when a part
    of it could not be read."""
    group = column_named(grouped or "", table) if grouped else None
    kept = [i for i in items if not (group and column_named(i, table) == group)]
    bounds = r"(?:min|max)\s*\(\s*(?:year\s*\()?[^()]+\)?\s*\)"
    if len(kept) == 2 and all(re.match(bounds, i, re.I) for i in kept):
        return "which years does the data cover"  # min(year(date)), max(year(date))
    if len(kept) == 2 and not grouped and all(column_named(i, table) for i in kept):
        return "rows"  # "select date, volume …": the rows, said with their order (sqltalk)
    if len(kept) != 1:
        return None if len(kept) > 1 else "number of rows"
    expression, rest = leading(kept[0])
    distinct = re.fullmatch(r"distinct\s+(.+)", rest, re.I) if not expression else None
    if distinct:  # "select distinct Dept": how many there are (the answer lists them)
        column = column_named(distinct[1], table)
        return f"number of different {spoken(column)}" if column else None
    if not expression:
        column = column_named(rest, table)
        return spoken(column) if column else None
    said = _expression_said(expression, table)
    return None if said is None else f"{said} {months_said(rest, table)}".strip()


def _percent_split(expression: str) -> tuple[str, bool]:
    """An expression without its "* 100", and whether it had one."""
    percent = re.search(r"\s*\*\s*100(?:\.0+)?\s*$", expression)
    return (expression[: percent.start()], True) if percent else (expression, False)


def _expression_said(expression: str, table: Table) -> str | None:
    core, percent = _percent_split(expression)
    parts = [p.strip() for p in split_outside(core, "/")]
    if len(parts) == 1:
        return None if percent else _call_said(parts[0], table)
    if len(parts) != 2:
        return None
    top, bottom = (call_of(p) for p in parts)
    if top is None or bottom is None:
        return None
    agg, below = top[1].lower(), bottom[1].lower()
    measure = column_named(top[3], table)
    if below == "count" and measure is not None and agg == "sum" and not percent:
        if bottom[2]:  # sum(x) / count(distinct day) with words after it: x per day
            per = column_named(bottom[3], table)
            return f"average {spoken(measure)} per day" if per and per.kind == "date" else None
        return f"average {spoken(measure)}"  # sum(x) / count(*), sum(x) / count(x)
    if agg == below == "count" and percent and top[3] == bottom[3]:
        return "percentage of rows"  # count(*) where … / count(*) * 100
    first, second = _call_said(parts[0], table), _call_said(parts[1], table)
    if first is None or second is None:
        return None
    return f"{first} {'as a percentage of' if percent else 'divided by'} {second}"


def direct(expression: str, table: Table) -> dict[str, Any] | None:
    """The query of a share or a rate whose words the parser reads another way, as the
    fields of a Query: count(*) … / count(*) * 100 (the share of the rows the conditions
    keep), sum(x) … / sum(x) * 100, sum(x) / count(distinct k) (x per day, per k)."""
    core, percent = _percent_split(expression)
    parts = split_outside(core, "/")
    calls = [call_of(p) for p in parts]
    if len(calls) != 2 or not calls[0] or not calls[1]:
        return None
    top, bottom = calls[0], calls[1]
    same = top[1].lower() == bottom[1].lower() and top[3] == bottom[3] and not top[2]
    if percent and same and top[1].lower() == "count" and top[3] in ("*", "1"):
        return {"kind": "share", "agg": "share"}
    measure = column_named(top[3], table)
    if measure is None:
        return None
    if percent and same and top[1].lower() == "sum":
        return {"kind": "share", "agg": "share", "measure": measure.name}
    per = column_named(bottom[3], table) if bottom[2] and bottom[1].lower() == "count" else None
    if per is not None and not percent and top[1].lower() == "sum":  # x per day, per value
        if per.kind == "date":
            return {"kind": "per", "agg": "sum", "measure": measure.name, "date": per.name,
                    "per": "@D"}  # fmt: skip
        return {"kind": "per", "agg": "sum", "measure": measure.name, "per": per.name}
    return None


def _call_said(call: str, table: Table) -> str | None:
    found = call_of(call)
    if found is None:
        return None
    agg, distinct, argument = found[1].lower(), found[2], found[3]
    if agg == "count":
        if argument in ("*", "1"):
            return "number of rows"
        column = column_named(argument, table)
        if column is None:
            return None
        name = spoken(column)
        return (
            f"number of different {name}"
            if distinct
            else f"number of rows where {name} is recorded"
        )
    if agg not in _AGG_WORDS:
        return None
    column = column_named(argument, table)
    if column is not None:
        return f"{_AGG_WORDS[agg]} {spoken(column)}"
    terms = re.split(r"\s+([*+\-/])\s+", argument)  # "close * volume", "a-b - c"
    if len(terms) < 3:
        terms = re.split(r"\s*([*+\-/])\s*(?=[\"`\w])", argument)
    columns = [column_named(t, table) for t in terms[::2]]
    named = [c for c in columns if c is not None]
    if len(terms) < 3 or len(named) < len(columns):
        return None
    words = [spoken(named[0])]
    for sign, other in zip(terms[1::2], named[1:], strict=True):
        words += [_OPERATORS[sign], spoken(other)]
    return f"{_AGG_WORDS[agg]} of {' '.join(words)}"


def split_outside(text: str, sep: str) -> list[str]:
    """The text split at `sep` outside brackets and quotes."""
    parts, depth, quote, start = [], 0, "", 0
    for i, ch in enumerate(text):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            start = i + len(sep)
    return [*parts, text[start:]]


def months_said(words: str, table: Table) -> str:
    """ "month 8 vs month 2", "months 6, 7, 8" of a dated table: the months by name."""
    if not table.of_kind("date"):
        return words
    names = [m.lower() for m in calendar.month_name[1:]]
    listed = re.sub(r"\bmonths? ((?:\d{1,2}(?:,\s*|\s+and\s+|\s*-\s*|\s+or\s+))*\d{1,2})\b",
                    lambda m: re.sub(r"\d{1,2}", lambda d: names[int(d[0]) - 1]
                                     if 1 <= int(d[0]) <= 12 else d[0], m[1]), words)  # fmt: skip
    return listed


_BEST = re.compile(r"^(?:the )?([\w ]+?) with (?:the )?(max|min)\s*\(\s*([^()]+?)\s*\)\W*$", re.I)


def best_of(text: str, table: Table) -> tuple[str, str, str] | None:
    """ "Name with the max(Pnt)": which name has the highest Pnt on one row, said, with the
    column and its function."""
    best = _BEST.match(text.strip())
    column = column_named(best[3], table) if best else None
    if best is None or column is None:
        return None
    side = "highest" if best[2].lower() == "max" else "lowest"
    return f"which {best[1]} has the {side} {spoken(column)}", column.name, best[2].lower()


def calls_said(text: str, table: Table) -> str:
    """The calls of columns in an English question said as words ("which status has the
    highest avg(age)?", "pct change avg(GHI) month 6 -> month 7", "Name with the max(Pnt)")."""
    best = best_of(text, table)
    if best is not None:
        return best[0]

    def said(found: re.Match[str]) -> str:
        return _call_said(found[0], table) or found[0]

    text = re.sub(r"\b(?:avg|mean|sum|count|min|max|median|stddev|std)\s*\((?:[^()]|\([^()]*\))*\)",
                  said, text, flags=re.I)  # fmt: skip
    return months_said(text, table)


def pandas_said(text: str) -> str:
    """pandas as query syntax: `len(df[df.age > 60])` → count(*) where age > 60,
    `df.groupby('k').x.mean()` → mean(x) group by k, `x.value_counts()` → count by x."""
    col = r"(?:df\s*)?(?:\.\s*(\w+)|\[\s*['\"]([^'\"]+)['\"]\s*\])"
    text = re.sub(r"\bdf\s*\.\s*(\w+)\s*\.\s*str\s*\[\s*:\s*4\s*\]", r"year(\1)", text)
    found = re.match(r"^\s*len\s*\(\s*df\s*\[(.+)\]\s*\)\s*$", text, re.I)
    if found:
        cond = _mask_said(found[1], col)
        return f"count(*) where {cond}"
    found = re.match(
        r"^\s*df\s*\.\s*groupby\s*\(\s*(?:['\"]([^'\"]+)['\"]|(year\(\w+\)))\s*\)\s*"
        r"(?:\.\s*(\w+)|\[\s*['\"]([^'\"]+)['\"]\s*\])\s*\.\s*(\w+)\s*\(\s*\)\s*$",
        text,
        re.I,
    )
    if found:
        key, measure, agg = found[1] or found[2], found[3] or found[4], found[5].lower()
        return f"{'count(distinct ' if agg == 'nunique' else agg + '('}{measure}) group by {key}"
    found = re.match(rf"^\s*df\s*\[(.+)\]\s*{col}\s*\.\s*(\w+)\s*\(\s*\)\s*$", text, re.I)
    if found:  # df[df.region == 'EU'].sales.sum()
        cond = _mask_said(found[1], col)
        agg = found[4].lower()
        call = (
            f"count(distinct {found[2] or found[3]})"
            if agg == "nunique"
            else f"{agg}({found[2] or found[3]})"
        )
        return f"{call} where {cond}"
    found = re.match(rf"^\s*df{col}\s*\.\s*(\w+)\s*\(\s*\)\s*$", text, re.I)
    if found:
        agg = found[3].lower()
        if agg == "value_counts":
            return f"count(*) group by {found[1] or found[2]}"
        return f"{'count(distinct ' if agg == 'nunique' else agg + '('}{found[1] or found[2]})"
    text = re.sub(r"\bvalue_counts\s*(?:on|of|for|\()\s*([^,()]+?)\s*\)?(?=,|$|\s+where\b)",
                  r"count(*) group by \1", text, flags=re.I)  # fmt: skip
    return re.sub(r"\bnunique\s*\(?\s*(\w+)\s*\)?", r"count(distinct \1)", text, flags=re.I)


def _mask_said(mask: str, col: str) -> str:
    """A pandas mask as conditions: `(df.age > 60) & (df.sex == 'F')` → age > 60 and sex = 'F'."""
    cond = re.sub(rf"\bdf{col}", lambda m: m[1] or m[2], mask)
    return cond.replace("&", " and ").replace("==", "=").replace("(", " ").replace(")", " ")
