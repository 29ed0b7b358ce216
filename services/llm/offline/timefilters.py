"""Time in a question: a year or years, a span ("from 2010 to 2020"), decades, quarters,
months of the year, weekdays, "since"/"last N"; and a year the data does not cover, which
is declined with the range it does cover."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.llm.offline.bounds import YEAR, bound_of
from services.llm.offline.dateranges import date_span, span_outside
from services.llm.offline.dayfilters import WEEK, on_or_around, weekdays
from services.llm.offline.days import day_of
from services.llm.offline.matcher import Mention, blanked
from services.llm.offline.monthcolumns import (
    as_written,
    month_names_filter,
    months_kept,
    quarter_column,
)
from services.llm.offline.monthranges import month_outside, month_range, month_span_of, quarter_said
from services.llm.offline.query import Filter, Unanswerable
from services.llm.offline.relative import end_year
from services.llm.offline.spans import MOVES, changes, moves, period_span_of, span_of, years_of
from services.llm.offline.vocabulary import MONTHS

if TYPE_CHECKING:
    from services.llm.offline.parse import Parser


_READING = (
    r"\b(last|latest|most recent|final|newest|first|earliest|oldest|initial|opening)\s+"
    r"(?:single\s+)?(?:reading|value|figure|observation|data point|measurement|entry|record)s?\b"
    r"|\b(?:at|by) the (end|start|beginning) of\b"  # a stock at the end of 1980
)


def _without_dated_values(text: str, mentions: list[Mention]) -> str:
    dated = [m for m in mentions if m.value is not None and any(ch.isdigit() for ch in m.value)]
    if not dated or len(text.split()) < max(m.end for m in dated):
        return text
    return blanked(text.split(), dated)


def date_filters(parser: Parser, text: str, mentions: list[Mention]) -> list[Filter] | Unanswerable:
    found: list[Filter] = []
    date, year_column = parser.date, parser.year_column
    text = _without_dated_values(text, mentions)  # "spring 2022" of a `Term` is no year
    dated = date_span(text) if date and not moves(text) else None
    if date and dated is not None:  # "from april 2023 to march 2024": those days
        outside = span_outside(parser.table, date, dated[0])
        if outside is not None:
            return outside
        found.append(Filter(date, "dates", dated[0]))
        text = dated[1]
    ranged = month_range(text) if date and not period_span_of(text) else None
    if date and ranged is not None:  # "jun-aug 1956": those months, in that year
        found.append(Filter(date, "month_in", ranged[0]))
        text = ranged[1]
    valued = {m.value.lower() for m in mentions if m.value}
    week = WEEK.search(text) if date else None
    if date and week and 1 <= int(week.group(1)) <= 53:  # "week 14 of 2023": ISO week 14
        year = int(week.group(2)) if week.group(2) else None
        found.append(Filter(date, "isoweek", (int(week.group(1)), year)))
        text = text[: week.start()] + " " + text[week.end() :]
    ended = end_year(parser, text)  # "the most recent season in the data": its last year
    found += [ended] if ended is not None else []
    if not (date or year_column):
        covered = {i for m in mentions for i in range(m.start, m.end)}
        free = " ".join(t for i, t in enumerate(text.split()) if i not in covered)
        timeless = _timeless(free, valued, parser.table.filename)
        if timeless is not None:
            return Unanswerable(timeless, parser.table)
    if date:
        match = re.search(
            r"\b(?:last|past|previous)\s+(\d+)\s*(day|week|month|quarter|year)s?\b", text
        )
        latest = re.search(
            r"(?<!first and )(?<!first & )\b(?:last|this|latest|most recent|current)\s+"
            r"(month|quarter|year)\b",
            text,
        )
        reading = re.search(_READING, text)
        if match:
            found.append(Filter(date, "last", (int(match.group(1)), match.group(2) + "s")))
        elif reading:  # "at the last reading", "the first figure": the row of that date
            said = reading.group(1) or reading.group(2)
            first = said in ("first", "earliest", "oldest", "initial", "opening", "start")
            first = first or said == "beginning"
            found.append(Filter(date, "latest", "first" if first else "date"))
        elif latest:  # "last year": the latest calendar year in the data
            found.append(Filter(date, "latest", latest.group(1)))
        bound = bound_of(text, date, year_column) if not span_of(text) else None
        match = re.search(rf"\b(?:since|after|from)\s+([a-z]+)?\s*({YEAR})?\b", text)
        if bound is not None:  # "before 2016", "after march 2020", "until 2021"
            found.append(bound)
        elif match and match.group(1) in MONTHS and not span_of(text):  # "since march"
            month: int = MONTHS.get(match.group(1) or "", 1)
            year = int(match.group(2)) if match.group(2) else None
            found.append(Filter(date, "since", (year, month)))
        days = weekdays(text, valued)
        if days:
            found.append(Filter(date, "weekday", days))
    elif year_column and not span_of(text):  # "before 1900" of a `year` column
        bound = bound_of(text, None, year_column)
        found += [bound] if bound is not None else []
    decades = decades_of(text, parser)
    quarter = quarter_said(text)
    if quarter is not None:
        column = quarter_column(parser.table)
        if column is not None:
            found.append(Filter(column, "==", quarter))
        elif date:
            found.append(Filter(date, "quarter", quarter))
        elif kept := month_names_filter(parser, [3 * quarter - 2 + i for i in range(3)]):
            found.append(kept)  # "Q3 2023" of `Year` and `Month` columns: its three months
        else:  # "the second quarter of 1985" with no months to tell quarters apart
            return Unanswerable(
                f"the question names a quarter, but `{parser.table.filename}` has no date or "
                "quarter column to tell quarters apart; ask by month instead",
                parser.table,
            )
    century = re.search(r"\b(?:the\s+)?(1[0-7])00s\b", text)  # "in the 1700s"
    if century and (date or year_column):
        low = int(century.group(1)) * 100
        within = _years_between(parser, low, low + 99)
        if isinstance(within, Unanswerable):
            return within
        found.append(within)
    if (
        decades
        and (date or year_column)
        and not (len(decades) > 1 and re.search(r"\bor\b|vs", text))
    ):
        within = _years_between(parser, decades[0], decades[-1] + 9)
        if isinstance(within, Unanswerable):
            return within
        found.append(within)
    month_span = month_span_of(text)
    if month_span and changes(text):
        found = [f for f in found if f.op != "since"]
    years = years_of(text)
    pairs = _MONTH_YEAR.findall(text) if date else []
    named_months = tuple(dict.fromkeys(MONTHS[m] for m, _ in pairs))
    one_year = len({y for _, y in pairs}) == 1
    if date and len(named_months) > 1 and one_year and _VERSUS.search(text):
        return found + [  # "january 2016 vs july 2016": the two months of that year
            Filter(date, "year", (int(pairs[0][1]), None)),
            Filter(date, "months", named_months),
        ]
    versus = re.search(r"\bvs\b|versus|compare", text) and not changes(text)  # "1925 vs 1935"
    if (
        len(years) > 1
        and re.search(r"\bor\b|\bvs\b|versus|compare", text)
        and (versus or not span_of(text))
    ):
        named = [MONTHS[w] for w in re.findall(r"[a-z]+", text) if w in MONTHS and w != "may"]
        same_month = [Filter(date, "month", named[0])] if date and named else []
        month_column = months_kept(parser.table) if named and not date else None
        if month_column is not None:  # "jan 2002 or jan 2005" on `year` and `month` columns
            written = as_written(parser, month_column, named[0])
            same_month = [Filter(month_column, "==", written)]
        return found + same_month + [Filter(date or year_column or "", "years", tuple(years))]
    listed = not re.search(r"\b(?:to|through|thru|till|until|from|between)\b", text)
    if len(decades) > 1 and (re.search(r"\bor\b|\bvs\b|versus|compare", text) or listed):
        return found + [Filter(date or year_column or "", "decades", tuple(decades))]
    months = [
        MONTHS[w]
        for w in re.findall(r"\b([a-z]+)\b(?!\s+(?:18|19|20)\d{2})", text)
        if w in MONTHS
        and (w != "may" or re.search(r"\b(in|of|during) may\b", text))
        and w not in valued
    ]
    if found and any(f.op in ("since", "before", "last") for f in found):
        years = []
    if any(f.column == year_column and f.op in (">=", ">", "<", "<=") for f in found):
        years = []
    span = span_of(text)
    if span and not re.search(r"\bbetween\b", text):
        years = []  # "from 2010 to 2020": the two points of a change, not a filter
    spanned = re.search(rf"\b(?:across|during|over|in|for)\s+{YEAR}\s*[-–]\s*{YEAR}\b", text)
    spanned = spanned or re.search(  # "from 1871 through 1898", "from 2015 to 2016"
        rf"\bfrom\s+{YEAR}\s+(?:to|through|thru|until|till)\s+{YEAR}\b", text
    )
    within_words = re.search(r"\bbetween\b", text) or spanned  # "across 1990-1997"
    if span and within_words and not changes(text) and (date or year_column):
        within = _years_between(parser, *span)
        if isinstance(within, Unanswerable):
            return within
        by_name = month_names_filter(parser, months) if months and not date else None
        return found + [within] + ([by_name] if by_name else [])  # "september across 1990-1997"
    if span and re.search(r"\bbetween\b", text):
        years = []
    if years and not (date or year_column) and all(str(y) in parser.table.filename for y in years):
        years = []  # "hits in 1986" of `hitters_1986.csv`: the year the whole file is of
    if years and not (date or year_column):
        return Unanswerable(
            f"the question names a year, but `{parser.table.filename}` has no date or year "
            "column to filter on",
            parser.table,
        )
    if years and (date or year_column):
        check = _outside(parser, years)
        if check is not None:
            return check
        listed = any(f.op in ("month_in", "months") for f in found)
        several = _named_months(text, valued)  # "june, july and august 2010": all three
        if date and len(several) > 1 and not listed and len(years) == 1:  # "july vs august"
            found.append(Filter(date, "months" if _VERSUS.search(text) else "month_in", several))
            listed = True
        month_of = None if listed else _month_with_year(text)  # "june, july and august 2016"
        # "december 2006" on `year` and `month` columns (12 or "Dec"), read once
        by_month = month_names_filter(parser, [month_of]) if month_of else None
        day = day_of(text)  # "on 2023-04-03": that day, not its year
        if day is not None and not date:
            return Unanswerable(
                f"the question names a day, but `{parser.table.filename}` has no date column "
                "to tell days apart",
                parser.table,
            )
        if day is not None and date and len(years) == 1:
            past = _past_the_data(parser, date, day.year, day.month)
            if past is not None:
                return past
            found.append(on_or_around(text, date, day))
        elif date and (not year_column or month_of):  # a `Year` column of its own is the year
            for year in years[:1]:
                past = _past_the_data(parser, date, year, month_of)
                if past is not None:
                    return past
                found.append(Filter(date, "year", (year, month_of)))
        elif month_of and by_month is None:
            return Unanswerable(
                f"the question names a month, but `{parser.table.filename}` has no date or "
                "month column to tell months apart",
                parser.table,
            )
        else:
            found += [by_month] if by_month else []  # "december 2006" of `year`, `month`
            found.append(
                Filter(
                    year_column or "",
                    "isin" if len(years) > 1 else "==",
                    tuple(years) if len(years) > 1 else years[0],
                )
            )
    elif (
        months
        and date
        and not month_span
        and quarter is None
        and not any(f.op == "since" for f in found)
    ):
        asked = tuple(dict.fromkeys(months))  # "january or july": both, never the first alone
        compared = re.search(r"\bor\b|\bvs\b|versus|compare", text)
        op = "month" if len(asked) == 1 else "months" if compared else "month_in"
        found.append(Filter(date, op, asked[0] if len(asked) == 1 else asked))
    elif months and not date and not month_span and quarter is None:
        by_name = month_names_filter(parser, months)  # "september" of a `month` of Jan … Dec
        if by_name is None:
            return Unanswerable(
                f"the question names a month, but `{parser.table.filename}` has no date or "
                "month column to tell months apart",
                parser.table,
            )
        found.append(by_name)
    return month_outside(parser.table, found) or found


def _years_between(parser: Parser, low: int, high: int) -> Filter | Unanswerable:
    """The rows from year `low` to `high`, on the date or year column; or what the data
    covers when the span lies outside it."""
    check = _outside(parser, [low, high], both=True)
    if check is not None:
        return check
    if parser.date:
        return Filter(parser.date, "year_between", (low, high))
    return Filter(parser.year_column or "", "between", (low, high))


def decades_of(text: str, parser: Parser) -> list[int]:
    """ "the 1970s", "the 70s", "'90s" → the decades' first years."""
    found = []
    low, high = parser.year_range()
    for match in re.finditer(r"(?<![\w.])'?((?:1[5-9]|20)?\d0)s\b", text):
        raw = match.group(1)
        if len(raw) == 4 and raw < "1900" and raw.endswith("00"):
            continue  # "the 1700s" is a century
        if len(raw) == 4:
            found.append(int(raw))
            continue
        for century in (1900, 2000, 1800):
            if low is None or high is None or low - 10 <= century + int(raw) <= high:
                found.append(century + int(raw))
                break
    return list(dict.fromkeys(found))


_MONTH_YEAR = re.compile(rf"\b({'|'.join(sorted(MONTHS, key=len, reverse=True))})\s+({YEAR})\b")
_VERSUS = re.compile(r"\bor\b|\bvs\b|versus|compare")


def _named_months(text: str, valued: set[str]) -> tuple[int, ...]:
    """Every month the text names, in order, once each ("may" only as "in may")."""
    return tuple(
        dict.fromkeys(
            MONTHS[w]
            for w in re.findall(r"\b([a-z]+)\b", text)
            if w in MONTHS
            and (w != "may" or re.search(r"\b(in|of|during) may\b", text))
            and w not in valued
        )
    )


def _month_with_year(text: str) -> int | None:
    match = re.search(rf"\b([a-z]+)\s+({YEAR})\b", text)
    return MONTHS.get(match.group(1)) if match else None


def _timeless(text: str, valued: set[str], filename: str) -> str | None:
    """Why a question about time cannot be answered on a table without dates or years:
    "how did X grow", "on weekends"; never answered as if the time were not asked."""
    moved = MOVES.search(text)
    if moved and moved.group(1) not in valued:
        return (
            f'"{moved.group(1)}" asks how something changed over time, but `{filename}` has '
            "no date or year column to tell when"
        )
    if weekdays(text, valued):
        return f"the question names days of the week, but `{filename}` has no date column"
    return None


def _past_the_data(parser: Parser, date: str, year: int, month: int | None) -> Unanswerable | None:
    """A month the data does not reach ("december 2024" when it ends in june 2024)."""
    column = parser.table.column(date)
    if month is None or column is None or not column.first or not column.last:
        return None
    asked, first, last = f"{year:04}-{month:02}", str(column.first)[:7], str(column.last)[:7]
    if first <= asked <= last:
        return None
    return Unanswerable(
        f"the data has no rows for that month: `{date}` covers {first} – {last}", parser.table
    )


def _outside(parser: Parser, years: list[int], *, both: bool = False) -> Unanswerable | None:
    """A year the data does not cover: say which years it does cover, compute nothing."""
    low, high = parser.year_range()
    if low is None or high is None:
        return None
    outside = [y for y in years if not low <= y <= high]
    if not outside or both and len(outside) < len(years):
        return None  # a span that overlaps the data is answered for the part it covers
    if both and min(years) <= high and max(years) >= low:
        return None  # "the 60s to the 90s" around data of 1965–1995
    which = "that year" if len(outside) == 1 else "those years"
    return Unanswerable(f"the data has no rows for {which}: it covers {low}–{high}", parser.table)
