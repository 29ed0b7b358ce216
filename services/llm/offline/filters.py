"""The filters a question sets: category values, yes/no columns, numbers with a comparator
("over 2.5k", "more than 15%"), and time (a year, a month, weekdays, "since", "last N")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.clock import clock_filter
from services.llm.offline.gaps import UNITS, Gap
from services.llm.offline.leftout import left_out, taken_in
from services.llm.offline.limitunits import (
    SCALE,
    converted,
    in_column_units,
    timed_column,
    unit_column,
    unit_unknown,
)
from services.llm.offline.matcher import Mention, has, singular, words_of
from services.llm.offline.money import marked_scale, scale_of
from services.llm.offline.query import Filter, Unanswerable
from services.llm.offline.rowkinds import key_named, names_the_file
from services.llm.offline.timefilters import YEAR, date_filters

if TYPE_CHECKING:
    from services.llm.offline.parse import Parser

NUMBER = r"\$?(-?\d+(?:\.\d+)?)\s*(k|thousand|m|million|mn|bn|b|billion|%)?(?![\w])"
COMPARATORS = (
    (
        r"(?:more than|greater than|over|above|exceeding|exceeds?|exceeded|topped|surpassed|"
        r"larger than|higher than|older than|taller than|wider than|pricier than|costlier than|"
        r"more expensive than|warmer than|hotter than|"
        r"longer than|heavier than|bigger than|deeper than|>)",
        ">",
    ),
    (r"(?:at least|>=|no less than|or more)", ">="),
    (
        r"(?:less than|fewer than|under|below|smaller than|lower than|younger than|"
        r"shorter than|lighter than|shallower than|cheaper than|narrower than|colder than|"
        r"cooler than|<)",
        "<",
    ),
    (r"(?:at most|<=|no more than|or less)", "<="),
)


_UPWARD = (
    r"\b(?:or|and) (?:more|longer|higher|greater|above|over|up|later|warmer|hotter|heavier|"
    r"bigger|larger|older|deeper)\b"
)
_OR_BEYOND = (  # "3 hours or longer", "500 units or more", "35 in or less", "70F or warmer"
    r"(?:or|and) (?:more|longer|higher|greater|above|over|up|later|warmer|hotter|heavier|bigger|"
    r"larger|older|deeper|less|shorter|lower|fewer|below|under|earlier|colder|cooler|lighter|"
    r"smaller|younger|shallower)"
)


def number_of(raw: str, scale: str | None) -> float:
    return float(raw) * SCALE.get(scale or "", 1.0)


def filters_of(
    parser: Parser, text: str, tokens: list[str], mentions: list[Mention], gap: Gap | None
) -> list[Filter] | Unanswerable:
    values = [m for m in mentions if m.value is not None and not taken_in(tokens, m)]
    found: list[Filter] = []
    by_column: dict[str, list[str]] = {}
    for mention in values:
        by_column.setdefault(mention.column, []).append(mention.value or "")
    comparing = has(text, ("compare", "vs", "versus", "compared")) or re.search(r"\bor\b", text)
    for column, chosen in by_column.items():
        chosen = list(dict.fromkeys(chosen))
        spoken = {  # the words that named each value: "cancellations out" of `Cancelled`
            v: tuple(" ".join(tokens[m.start : m.end]) for m in values if m.value == v)
            for v in chosen
        }
        dropped = [v for v in chosen if left_out(text, v, spoken[v])]  # "not counting CPO"
        found += [Filter(column, "!=", v) for v in dropped]
        chosen = [v for v in chosen if v not in dropped]
        if len(chosen) > 1:
            if not comparing:
                found.append(Filter(column, "isin", tuple(chosen)))
        elif chosen:
            found.append(Filter(column, "==", chosen[0]))
    numeric = numeric_filters(parser, text, mentions, gap)
    if isinstance(numeric, Unanswerable):
        return numeric
    limits = [f for f in numeric if f.op in (">", ">=", "<", "<=")]
    unsure = unit_unknown(parser, text, limits)
    if unsure is not None:
        return unsure
    opposite = {f.op[0] for f in limits} == {"<", ">"} and len({f.column for f in limits}) == 1
    if (
        (opposite and " or " in text)
        or len(limits) == 1
        and re.search(
            r"\bor\b.*\b(than|(and|or) (deeper|above|over|more|higher|longer|less|below|under|"
            r"lower|shorter|shallower|older|younger))\b",
            text[text.find(" or ") :] if " or " in text else "",
        )
    ):
        return Unanswerable(  # "shallower than 300 km or 300 km and deeper": two ranges
            "the question compares two ranges of a number, and I can answer one range at a "
            "time; ask for each range on its own",
            parser.table,
        )
    timed = date_filters(parser, text, mentions)
    if isinstance(timed, Unanswerable):
        return timed
    hours = clock_filter(parser, text)
    if isinstance(hours, Unanswerable):
        return hours
    timed += [hours] if hours is not None else []
    return list(dict.fromkeys(found + numeric + timed))  # "35 or less" is read by two shapes


def numeric_filters(
    parser: Parser, text: str, mentions: list[Mention], gap: Gap | None = None
) -> list[Filter] | Unanswerable:
    found = []
    numeric = [m for m in mentions if m.value is None and parser.kind(m.column) == "number"]
    for pattern, op in COMPARATORS:
        if pattern.startswith("(?:at least") or pattern.startswith("(?:at most"):
            shape = (  # "15k and under" is at most 15k; "15k and under 20k" is two limits
                rf"(?:{pattern[3:-1]})\s+{NUMBER}"
                rf"|{NUMBER}\s+(?:\w+\s+)?(?:{_OR_BEYOND})\b(?!\s+[$£€]?\d)"
            )
        else:
            shape = rf"(?<![a-z]){pattern}\s+{NUMBER}"  # "colder than" holds "older than"
        for match in re.finditer(shape, text):
            groups = [g for g in match.groups()]
            raw, unit = (groups[0], groups[1]) if groups[0] is not None else (groups[2], groups[3])
            if op in (">=", "<=") and groups[0] is None:
                op_here = ">=" if re.search(_UPWARD, match.group(0)) else "<="
            else:
                op_here = op
            if (
                re.fullmatch(YEAR, raw)
                and parser.time_column()
                and unit is None
                and _said_of_time(parser, match.group(0), int(raw))
            ):
                continue  # "after 2020" is time, not a number filter
            value = number_of(raw, unit if unit != "%" else None)
            if _one_row(parser, text[_number_end(match) :], op_here, value):
                continue  # "days with at least 1 booking": every day the data has
            after = re.match(
                r"\s*(days?|hours?|hrs?|minutes?|mins?|weeks?)\b", text[_number_end(match) :]
            )
            if gap is not None and after:
                unit = after.group(1)
                seconds = UNITS.get(unit) or UNITS.get(unit + "s", 86400)
                found.append(Filter(gap.name, op_here, value * seconds / gap.seconds))
                continue
            if after:  # "longer than 10 minutes" on a column kept in seconds
                timed = timed_column(parser, after.group(1), value)
                if isinstance(timed, Unanswerable):
                    return timed
                found.append(Filter(timed[0], op_here, timed[1]))
                continue
            aged = re.match(r"(older|younger) than", match.group(0))
            age = next((c.name for c in parser.measures() if words_of(c.name) == "age"), None)
            in_unit = unit_column(parser, text[_number_end(match) :], value)
            if in_unit is not None:  # "over 190 lb"; "over 2.5k grams" on a column in kg
                found.append(Filter(in_unit[0], op_here, value * in_unit[1]))
                continue
            column = (
                age
                if aged and age
                else _named_after(numeric, text, _number_end(match))
                or _column_for(parser, numeric, text, match.start(), value, unit == "%")
            )
            if isinstance(column, Unanswerable):
                return column
            if unit == "%" and _fraction(parser, column):
                value /= 100
            paid = re.match(r"\s*(dollars|pounds|euros)\b", text[_number_end(match) :])
            kept_at = scale_of(column) if paid else None
            if unit in SCALE and unit != "%" and not paid:  # "above 16 million" of `pop_000s`
                kept_at = marked_scale(column) if (marked_scale(column) or 1) > 1 else None
            if kept_at:  # "a refund over $100" on `Refund (cents)`: 10,000 cents
                value /= kept_at
            else:
                value = in_column_units(parser, column, value, raw, unit)
                value = converted(column, value, text[_number_end(match) :])
            found.append(Filter(column, op_here, value))
    for match in re.finditer(rf"between\s+{NUMBER}\s+and\s+{NUMBER}", text):
        if re.fullmatch(YEAR, match.group(1)) and parser.time_column():
            continue
        if re.fullmatch(YEAR, match.group(1)) and re.fullmatch(YEAR, match.group(3)):
            return Unanswerable(  # "between 1990 and 1995" on a table without dates
                f"the question names years, but `{parser.table.filename}` has no date or year "
                "column to filter on",
                parser.table,
            )
        low = number_of(match.group(1), match.group(2) if match.group(2) != "%" else None)
        high = number_of(match.group(3), match.group(4) if match.group(4) != "%" else None)
        column = _column_for(parser, numeric, text, match.start(), low, match.group(2) == "%")
        if isinstance(column, Unanswerable):
            return column
        found.append(Filter(column, "between", (low, high)))
    return found


def _one_row(parser: Parser, rest: str, op: str, value: float) -> bool:
    """ "at least 1 booking" where bookings are the rows: every row is one, so no limit."""
    said = re.match(r"\s*([a-z]+)", rest)
    return (
        (op, value) in ((">=", 1.0), (">", 0.0))
        and said is not None
        and (
            names_the_file(said.group(1), parser.table)
            or key_named(parser.table, {singular(said.group(1))}) is not None
        )
    )


def _column_for(
    parser: Parser,
    numeric: list[Mention],
    text: str,
    position: int,
    value: float,
    is_percent: bool,
) -> str | Unanswerable:
    """The numeric column a comparator applies to: the one named closest before it (or just
    after); when none is named, the only column whose values could reach the number."""
    words_before = len(text[:position].split())
    year = parser.table.column(parser.year_column or "")
    if year is not None and year.low is not None and not year.low <= value <= (year.high or 0):
        numeric = [m for m in numeric if m.column != year.name]  # "years topped 1,000": counted
    itself = [m for m in numeric if m.start == words_before]  # "deeper than": depth
    if itself:
        return itself[0].column
    before = [m for m in numeric if m.start < words_before]
    if before:
        return before[-1].column
    if numeric:
        return numeric[0].column
    if parser.combined is not None and re.search(rf"\b{parser.combined.word}\b", text):
        return parser.combined.name  # "more than 7 goals" on HomeGoals + AwayGoals
    if len(parser.earlier_limits) == 1:
        return parser.earlier_limits[0]  # "and for 35 or less?" after "… waist over 35 in"
    candidates = [
        c
        for c in parser.measures()
        if c.low is not None
        and c.high is not None
        and (c.low <= value <= c.high or is_percent and c.high <= 1 and c.low <= value / 100)
    ]
    if is_percent:
        percentish = [c for c in candidates if re.search(r"pct|percent|rate|share", c.name, re.I)]
        candidates = percentish or candidates
    if len(candidates) > 1:
        money = [c for c in candidates if _money(c.name)]
        candidates = money if len(money) == 1 else candidates
    if len(candidates) == 1:
        return candidates[0].name
    shown = ", ".join(c.name for c in (candidates or parser.measures())[:6])
    return Unanswerable(
        f"the question sets a number limit but does not say which column it applies to "
        f"(it could be {shown}); name the column",
        parser.table,
    )


def _named_after(numeric: list[Mention], text: str, end: int) -> str | None:
    """The number column named right after the number ("more than 80% women" limits
    `women`, even after "income" was named as the measure)."""
    at = len(text[:end].split())
    tokens = text.split()
    between = tokens[at] if at < len(tokens) else ""
    for m in numeric:
        if m.start == at or m.start == at + 1 and between in ("%", "percent", "pct", "of"):
            return m.column
    return None


def _number_end(match: re.Match[str]) -> int:
    """Where the number of a comparison ends ("35" of "35 in or less")."""
    ends = [match.end(i) for i in range(1, (match.lastindex or 0) + 1) if match.group(i)]
    return max(ends) if ends else match.end()


def _money(name: str) -> bool:
    return bool(
        re.search(r"amount|price|revenue|sales|spend|cost|value|total|usd|eur|gbp", name, re.I)
    )


def _fraction(parser: Parser, column: str) -> bool:
    found = parser.table.column(column)
    return bool(found and found.high is not None and found.high <= 1.0)


def _said_of_time(parser: Parser, said: str, year: int) -> bool:
    """Is a limit written as a year ("after 2020", "over 2021") time, not an amount? It is
    when said with a word of time, or when the data's years are near it ("more than 1500 €"
    of data in 2022–2024 is an amount)."""
    if re.match(r"\s*(?:after|before|since|until|till|from|by|through|thru)\b", said):
        return True
    low, high = parser.year_range()
    return low is None or high is None or low - 5 <= year <= high + 5
