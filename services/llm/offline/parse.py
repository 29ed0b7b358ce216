"""Question → Query over a table's real columns. The question is read into its parts (what
it names, which operation, grouping, filters, time, chart), every word must be accounted
for, and the parts are shaped into one query (services/llm/offline/shape.py); a follow-up
changes one part of the previous query (follow.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from services.llm.offline import semantic
from services.llm.offline.abbreviations import spelled_out
from services.llm.offline.aggregations import aggregation
from services.llm.offline.arith import CONSTANT, Formula, formula_of, gap_between, spelled_operators
from services.llm.offline.askback import Offer, offers
from services.llm.offline.averaged import averaged_nothing, ranked_nothing
from services.llm.offline.blanks import blank_filters, ended
from services.llm.offline.capita import per_capita
from services.llm.offline.cells import year_column_of
from services.llm.offline.combined import Combined, combined_of
from services.llm.offline.dayfilters import days_in_year
from services.llm.offline.declared import unit_names
from services.llm.offline.directions import asks_who, judged, who_column
from services.llm.offline.filters import filters_of
from services.llm.offline.flags import kept_out, said_as_sex, with_and_without, yes_no
from services.llm.offline.follow import earlier_codes, follow, is_follow_up
from services.llm.offline.gaps import Gap, gap_of, said_as_units
from services.llm.offline.grouping import group_of, ranking, second_group
from services.llm.offline.leftout import subtotals_out
from services.llm.offline.longkeys import in_units, long_units, one_measure
from services.llm.offline.matcher import (
    KEY,
    Matcher,
    Mention,
    blanked,
    has,
    normalize,
    words_of,
)
from services.llm.offline.mentioned import (
    SAID,
    ex_columns,
    rows_last,
    rows_not_values,
    year_columns,
)
from services.llm.offline.mentions import beside_aggregation, read_again
from services.llm.offline.monthcolumns import quarters_of_months
from services.llm.offline.numbers import check_numbers
from services.llm.offline.pairs import column_comparison
from services.llm.offline.parsewords import (
    chart_said,
    kind_said,
    measure_agg,
    not_the_count,
    unnamed,
)
from services.llm.offline.query import Filter, Query, Unanswerable
from services.llm.offline.rowkinds import names_the_file, without_file_phrase
from services.llm.offline.schema import Column, Table
from services.llm.offline.shape import shape
from services.llm.offline.shortforms import by_short_form
from services.llm.offline.spelling import corrected
from services.llm.offline.tallies import counts_column, units_said, weighted
from services.llm.offline.timewords import date_part, frequency, said_yearly
from services.llm.offline.units import spelled_units
from services.llm.offline.unrecorded import unrecorded
from services.llm.offline.usual import spacing_said, usual_agg, usual_freq
from services.llm.offline.vocabulary import (
    OUT_OF_SCOPE,
)
from services.llm.offline.words import unknown_words

_ASKS_WHEN = re.compile(r"^when\b|\b(?:what|which) (?:year|month|date|day)\b|\bin what year\b")


@dataclass
class Reading:
    """A question read against a table: the parts it names, before they become a query."""

    parser: Parser
    text: str
    tokens: list[str]
    mentions: list[Mention]
    agg: str | None = None
    chart: str | None = None
    top: int | None = None
    ascending: bool = False
    freq: str | None = None
    group: str | None = None
    part: str | None = None
    numeric: list[str] = field(default_factory=list)
    filters: list[Filter] = field(default_factory=list)
    kind: str | None = None
    limited: set[str] = field(default_factory=set)  # number columns the filters limit
    measure_agg: str | None = None  # "average", "total" … beside a superlative
    group2: str | None = None  # a second grouping: "by region and channel"
    gap: Gap | None = None  # time between two date columns, as a measure
    combined: Combined | None = None  # one quantity kept in several columns ("goals")
    units: list[str] = field(default_factory=list)  # a frequency table's units ("students")
    earlier: str | None = None  # the measure of the question before, if any

    @property
    def columns(self) -> list[Mention]:
        return [m for m in self.mentions if m.value is None]

    @property
    def values(self) -> list[Mention]:
        return [m for m in self.mentions if m.value is not None]


def _numbering(column: Column, rows: int) -> bool:
    return (
        column.kind == "number" and rows > 30 and column.missing == 0 and column.low in (0.0, 1.0)
        and column.high is not None and column.high - column.low + 1 == rows
    )  # fmt: skip


_PERIOD_WORDS = {"year", "month", "season", "quarter", "week"}


class Parser:
    def __init__(self, table: Table) -> None:
        self.table = table
        self.matcher = Matcher(table)
        self.earlier_limits: list[str] = []  # number limits of the question before ("and 35?")
        self.combined: Combined | None = None  # the question's quantity over several columns
        dates = table.of_kind("date")  # the rows' own date first: `Return Date` of returns
        dates.sort(
            key=lambda c: not any(names_the_file(w, table) for w in words_of(c.name).split())
        )
        self.date = self.own_date = dates[0].name if dates else None
        self.year_column = year_column_of(table)  # `Year`, or whole numbers 1800–2100
        self.counts = counts_column(table)  # a frequency table's `Freq`
        self.asks_back = True  # a decline offers the question reworded (askback.py)
        self.declared: dict[str, str] = {}  # units the conversation declares (declared.py)

    def score(self, question: str) -> int:
        """How well this table's columns fit the question (for choosing among files)."""
        tokens = normalize(question).split()
        return sum(m.end - m.start for m in self.matcher.mentions(tokens))

    # -- the table ----------------------------------------------------------------------
    def kind(self, column: str) -> str:
        found = self.table.column(column)
        return found.kind if found else "text"

    def id_like(self, column: str) -> bool:
        """A key with about one row per value: never a grouping unless named."""
        found = self.table.column(column)
        if found is None:
            return False
        camel = KEY.search(words_of(column)) and not 0 < len(found.values) <= 20  # `EmpNo`
        return (
            bool(KEY.search(column.strip()) or camel)
            or found.kind == "text"
            or (
                _numbering(found, self.table.rows)  # `respondent` 1 … 944: the rows' numbers
            )
        )

    def measures(self) -> list[Column]:
        return [
            c
            for c in self.table.of_kind("number")
            if c.name != self.year_column and not self.id_like(c.name)
        ]

    def time_column(self) -> str | None:
        return self.date or self.year_column

    def year_range(self) -> tuple[int | None, int | None]:
        if self.date:
            column = self.table.column(self.date)
            try:
                low = datetime.fromisoformat(str(column.first)[:10]).year if column else None
                high = datetime.fromisoformat(str(column.last)[:10]).year if column else None
            except (TypeError, ValueError):
                return None, None
            return low, high
        if self.year_column:
            column = self.table.column(self.year_column)
            if column and column.low is not None and column.high is not None:
                return int(column.low), int(column.high)
            if column and column.values:
                years = [int(v) for v in column.values if str(v).isdigit()]
                return (min(years), max(years)) if years else (None, None)
        return None, None

    def default_agg(self, column: str) -> str:
        return usual_agg(self.table, self.date, column)

    def default_freq(self) -> str:
        return usual_freq(self.table, self.date)

    def first_numeric(self) -> str | None:
        numbers = self.measures()
        return numbers[0].name if numbers else None

    def first_category(self) -> str | None:
        categories = [c for c in self.table.of_kind("category") if not self.id_like(c.name)]
        return categories[0].name if categories else None

    # -- reading ------------------------------------------------------------------------
    def parse(
        self, question: str, previous: Query | None = None, *, reread: bool = False
    ) -> Query | Unanswerable:
        names = {c.name for c in self.table.columns}
        said = gap_between(spelled_operators(question), names)  # "gap between A and B"
        text = normalize(spelled_units(said, self.table))
        text = days_in_year(without_file_phrase(text, self.table), self.table)  # "jan 8"
        tokens = spelled_out(text.split(), self.table)  # "pop" → population
        if not reread:
            tokens, self.readings = corrected(tokens, self.table)  # typos, to be said
            tokens, capita = per_capita(tokens, self.table)
            self.readings += capita
            text = " ".join(tokens)
        upper = {
            w.lower() for w in re.findall(r"\b[A-Z]{2,}\b|(?<=\w )[A-Z]\b|(?<=\()[A-Z]\b", question)
        }
        mentions = read_again(self.table, tokens, self.matcher.mentions(tokens, upper))
        mentions = mentions or earlier_codes(previous, tokens)  # "and 117?"
        mentions = beside_aggregation(self.kind, tokens, mentions)
        mentions = year_columns(self.table, tokens, mentions)  # "population in 2016"
        mentions = rows_not_values(self.table, tokens, mentions)  # "any municipality"
        mentions = ex_columns(tokens, mentions, self.table)  # "ex VAT" of `priceExVatGbp`
        text = " ".join(tokens)
        named = {m.column for m in mentions if m.value is None and self.kind(m.column) == "date"}
        # "… in 2024 (going by order date)": the one date named is the date of this question
        self.date = next(iter(named)) if len(named) == 1 else self.own_date
        scope = self._out_of_scope(text, mentions)
        if scope:
            return Unanswerable(
                f"it asks for {OUT_OF_SCOPE[scope]}, and I only report what "
                f"is in `{self.table.filename}`",
                self.table,
            )
        if _ASKS_WHEN.search(text) and self.time_column() is None:
            return Unanswerable(  # "what year did titian paint his best work"
                f"it asks when, and `{self.table.filename}` has no dates or years", self.table
            )
        finer = unrecorded(self.table, text, mentions)  # days finer than its dates, a name
        if finer is not None:
            return finer
        covered = {i for m in mentions for i in range(m.start, m.end)}
        combined = combined_of(
            self.table, tokens, covered, lambda name: self.default_agg(name) == "sum"
        )
        formula = formula_of(self.table, tokens, mentions)
        spent: set[int] = set()
        if formula is not None:  # "murder + assault + rape": one added column
            combined, spent = formula
            tokens = [CONSTANT if i in spent else t for i, t in enumerate(tokens)]
            text = " ".join(tokens)
        endings, ending_words = ended(self.table, text)
        if not named and endings and endings[0].op == "filled":
            self.date = endings[0].column  # "people who left in 2023": their exit date's year
        declared = unit_names(self.declared)  # "in celsius" of a TMAX said in °F
        unknown = [
            w
            for w in unknown_words(tokens, mentions, self.table)
            if (combined is None or w != combined.word)
            and w not in ending_words
            and w not in (CONSTANT, SAID)
            and w not in declared
        ]
        tallied = units_said(unknown, tokens, mentions) if self.counts else []  # "students"
        tallied = tallied or long_units(self.table, unknown, tokens, mentions)
        unknown = [w for w in unknown if w not in tallied]
        # Unknown words read as the table writes them ("raw" of `rawpoll_clinton`), else by
        # meaning ("films" as the rows): the question read again so, if it then reads.
        for reading_of in (by_short_form, semantic.by_meaning) if unknown and not reread else ():
            spelled = self.readings
            rewritten, readings = reading_of(tokens, unknown, self.table)
            if readings:
                again = self.parse(rewritten, previous, reread=True)
                if isinstance(again, Query):
                    self.readings = [*spelled, *readings]
                    return again
        if unknown:
            # A code with digits ("bondsba01") is shown as code, not as a number said.
            quoted = ", ".join(f"`{w}`" if any(c.isdigit() for c in w) else f'"{w}"'
                               for w in unknown[:4])  # fmt: skip
            return Unanswerable(
                f"I don't know what {quoted} means here: no column or value of "
                f"`{self.table.filename}` matches it",
                self.table,
                self._offers(question, unknown, previous, {m.column for m in mentions})
                if not reread
                else (),
            )
        reading = Reading(self, text, tokens, mentions, units=tallied)
        reading.gap = gap_of(self.table, text, tokens, mentions)
        reading.earlier = previous.measure if previous is not None else None
        reading.combined = self.combined = combined
        reading.agg = aggregation(text, tokens, mentions)
        reading.measure_agg = measure_agg(text)
        reading.chart = chart_said(blanked(tokens, [m for m in mentions if not m.loose]))
        reading.top, reading.ascending = ranking(text)
        if reading.top is not None:  # "the 3 manufacturers with the highest …": no value 3
            mentions = reading.mentions = not_the_count(tokens, mentions, reading.top)
        reading.freq = frequency(text, reading.columns, self.date, self.year_column)
        reading.freq = spacing_said(self.table, self.date, reading.freq, text)
        reading.part = date_part(text, self.date, self.time_column())
        quartered = quarters_of_months(self, reading.freq)  # of `Year` and `Month` columns
        if isinstance(quartered, Unanswerable):
            return quartered
        if quartered is not None:
            reading.freq, reading.part = None, "quarter"
        spanned = (reading.gap.start, reading.gap.end) if reading.gap else ()  # never groups
        reading.group = group_of(
            self,
            text,
            tokens,
            [m for m in reading.columns if m.column not in spanned],
            {i for m in mentions if m.value is not None for i in range(m.start, m.end)},
        )
        reading.group = quartered or reading.group  # its quarters, from the months
        if reading.group is None and reading.agg in ("max", "min") and asks_who(self.table, text):
            reading.group = who_column(self.table)  # "who had the highest score": the person's name
        if reading.group is None and reading.agg in ("max", "min") and " when" in f" {text}":
            reading.group = self.year_column or self.date  # "peak price and when was it"
        reading.group = reading.group or with_and_without(self, text, tokens, reading.columns)
        yearly = said_yearly(text, reading.chart)
        if reading.group is None and self.year_column and not self.date and yearly:
            reading.group = self.year_column  # "bar chart of the annual averages"
        reading.group2 = second_group(self, tokens, reading.columns, reading.group)
        third = second_group(self, tokens, reading.columns, reading.group2)
        if third is not None and third != reading.group:
            return Unanswerable(  # "which age / alcohol / tobacco cell": three keys at once
                f"it groups by three columns at once (`{reading.group}`, `{reading.group2}`, "
                f"`{third}`), and I group by two at a time; ask for two of them",
                self.table,
            )
        reading.numeric = [
            m.column
            for m in reading.columns
            if self.kind(m.column) == "number"
            and m.column != reading.group2
            and m.column != reading.group
            and m.column != self.year_column
            and not self.id_like(m.column)  # an id is never a measure
            and not KEY.search(words_of(m.column))  # nor a numbered thing (`pumpNo` 1 … 8)
            # "women" of a 0/1 `female` keeps rows; it is no measure
            and not said_as_sex(self.table.column(m.column), tokens[m.start])
        ]
        reading.numeric = rows_last(reading.numeric, reading.columns, mentions, tokens)
        if isinstance(combined, Formula):  # its columns are no measures of their own
            reading.numeric = [c for c in reading.numeric if c not in combined.columns]
        units = said_as_units(reading.gap, tokens, reading.columns)  # "… to close in hours"
        reading.numeric = [c for c in reading.numeric if c not in units]
        limits = (">", ">=", "<", "<=", "between")
        earlier = previous.filters if previous is not None else ()
        self.earlier_limits = list(dict.fromkeys(f.column for f in earlier if f.op in limits))
        filters = filters_of(self, text, tokens, mentions, reading.gap)
        if isinstance(filters, Unanswerable):
            return filters
        pair = column_comparison(self.table, tokens, mentions)  # "close below the open"
        if pair is not None:
            filters = [*filters, pair[0]]
            reading.numeric = [c for c in reading.numeric if c not in {m.column for m in pair[1]}]
        limited = {f.column for f in filters if f.op in (">", ">=", "<", "<=", "between")}
        free = [c for c in reading.numeric if c not in limited]
        reading.numeric = free + [c for c in reading.numeric if c in limited and c not in free]
        reading.limited = limited
        blanks = [  # "without air con" of a yes/no column is its no, never a blank
            f
            for f in blank_filters(tokens, mentions) + endings
            if not (column := self.table.column(f.column)) or not column.yes_no
        ]
        filters += [f for f in blanks if f.column not in {g.column for g in filters}]
        said_twice = {m.column for m in mentions if sum(n.column == m.column for n in mentions) > 1}
        blank_columns = {f.column for f in blanks} - said_twice  # "avg X where X is filled"
        reading.numeric = [c for c in reading.numeric if c not in blank_columns]  # a filter only
        flags = yes_no(self, text, tokens, reading.columns, reading.group)
        reading.filters = filters + flags
        flagged = {f.column for f in flags}  # "rating of action films": Action is no measure
        kept = [c for c in reading.numeric if c not in flagged]
        if not kept and len(flagged) == len(flags):  # "how many survived": the flag's sum …
            kept = [c for c in reading.numeric if c not in kept_out(flags)]  # "how many men" no
        reading.numeric = kept
        reading.kind = kind_said(unnamed(tokens, mentions))
        judged(reading)
        if previous is not None and is_follow_up(reading):
            found = in_units(follow(previous, reading), text, self.declared)
        else:
            found = averaged_nothing(in_units(shape(reading), text, self.declared), reading)
            found = ranked_nothing(found, reading)
        found = weighted(one_measure(found, tokens), self.counts)
        if isinstance(found, Query):  # "TOTAL" rows beside the branches they add up
            left = subtotals_out(self.table, mentions, list(found.filters))
            found = found.with_(filters=(*found.filters, *left)) if left else found
        return check_numbers(found, tokens, mentions)

    def _offers(
        self, question: str, unknown: list[str], previous: Query | None, named: set[str]
    ) -> tuple[Offer, ...]:
        """askback.offers, each checked by a parser of its own (this one's state is kept)."""
        if not self.asks_back:
            return ()
        checker = Parser(self.table)
        checker.asks_back = False

        def reads(text: str) -> bool:
            return isinstance(checker.parse(text, previous), Query)

        return offers(question, unknown, self.table, reads, named)

    def out_of_scope(self, text: str) -> bool:
        """Does the text ask for something out of the data's scope (a forecast, a cause)?"""
        return self._out_of_scope(normalize(text), []) is not None

    def _out_of_scope(self, text: str, mentions: list[Mention]) -> str | None:
        scope = has(text, list(OUT_OF_SCOPE))
        if not scope:
            return None
        named = {w for c in self.table.columns for w in words_of(c.name).split()}
        named |= set(words_of(self.table.filename.rsplit(".", 1)[0]).split())
        said = set(scope.split()) - _PERIOD_WORDS  # "next year" of a `year` column: a forecast
        return None if said & named else scope
