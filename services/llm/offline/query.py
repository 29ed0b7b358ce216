"""A question understood against a table's real columns: what to compute and show."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from services.llm.offline.combined import Combined
from services.llm.offline.gaps import Gap
from services.llm.offline.schema import Table
from services.llm.offline.units import Conversion

if TYPE_CHECKING:
    from services.llm.offline.askback import Offer

_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DATE_PARTS = {
    "weekday": "day of week",
    "month": "month of year",
    "quarter": "quarter of year",
    "hour": "hour of day",
    "decade": "decade",
    "year": "year",
    "period": "period",  # a change between two months, quarters or halves of given years
}


@dataclass(frozen=True)
class Filter:
    column: str
    op: str  # ==, !=, >, >=, <, <=, between, isin, year, since, last, month, weekday
    value: Any

    def describe(self) -> str:
        if self.op in ("blank", "filled"):
            return f"{self.column} {'is blank' if self.op == 'blank' else 'is filled in'}"
        if self.op == "quarter":
            return f"{self.column} in Q{self.value}"
        if self.op == "hours":
            low, high = (f"{int(h) % 24:02}:{round(h % 1 * 60):02}" for h in self.value)
            return f"{self.column} from {low} to before {high}"
        if self.op == "latest" and self.value == "first":
            return f"the first date of {self.column}"
        if self.op == "latest":
            return f"the latest {self.value} of {self.column}"
        if self.op == "dates":
            return f"{self.column} from {self.value[0]} to {self.value[1]}"
        if self.op == "year_between":
            return f"{self.column} in {self.value[0]}–{self.value[1]}"
        if self.op == "years":
            return f"{self.column} in " + " or ".join(map(str, self.value))
        if self.op == "decades":
            return f"{self.column} in the " + " or ".join(f"{d}s" for d in self.value)
        if self.op == "month":
            return f"{self.column} in {_MONTH_NAMES[self.value - 1]} (all years)"
        if self.op in ("months", "month_in"):
            named = " or ".join(_MONTH_NAMES[m - 1] for m in self.value)
            return f"{self.column} in {named} (all years)"
        if self.op == "isoweek":
            week, year = self.value
            return f"{self.column} in ISO week {week}" + (f" of {year}" if year else "")
        if self.op == "day":
            year, month, day = (int(part) for part in str(self.value).split("-"))
            return f"{self.column} on {day} {_MONTH_NAMES[month - 1]} {year}"
        if self.op == "daycmp":
            return f"{self.column} {self.value[0]} {self.value[1]}"
        if self.op == "weekday":
            days = [_DAY_NAMES[d] + "s" for d in self.value]
            return f"{self.column} on " + (" and ".join(days))
        if self.op == "==":
            return f"{self.column} = {self.value}"
        if self.op in ("isin", "not in"):
            listed = ", ".join(map(str, self.value))
            return f"{self.column} {self.op.replace('isin', 'in')} {listed}"
        if self.op in ("like", "not like"):
            return f"{self.column} {self.op} '{self.value}'"
        if self.op in ("col>", "col<"):
            return f"{self.column} {self.op[3]} {self.value}"
        if self.op == "between":
            return f"{self.column} between {self.value[0]} and {self.value[1]}"
        if self.op == "year":
            year, month = self.value
            return f"{self.column} in {_MONTH_NAMES[month - 1] + ' ' if month else ''}{year}"
        if self.op == "since":
            year, month = self.value
            return f"{self.column} since {_MONTH_NAMES[month - 1]}{' ' + str(year) if year else ''}"
        if self.op == "before":
            year, month = self.value
            return f"{self.column} before {_MONTH_NAMES[month - 1]} {year}"
        if self.op == "last":
            return f"the last {self.value[0]} {self.value[1]} of {self.column}"
        return f"{self.column} {self.op} {self.value}"


# A long table's values column, and the key column that says what each value measures
VALUE_COLUMN = re.compile(r"value|result|reading|measurement|level|(^|_)val($|_)", re.I)
MEASURES_KEY = re.compile(r"metric|variable|measure|indicator|kpi|series|parameter|analyte", re.I)

# Filters of time: those whose date column the plan reads as dates first, and all of them
DATED = {"year", "since", "before", "last", "month", "weekday", "year_between", "quarter"}
DATED |= {"years", "latest", "decades", "day", "isoweek", "dates", "daycmp"}
PERIODS = DATED | {"months", "month_in"}


@dataclass(frozen=True)
class Query:
    table: Table
    kind: str  # aggregate, group, trend, distribution, correlation, matrix, missing,
    #            outliers, overview, count, distinct, compare, share, ratio, per, change,
    #            coverage
    measure: str | None = None
    agg: str = "sum"
    group: str | None = None
    date: str | None = None
    freq: str | None = None  # D, W, M, Q, Y
    filters: tuple[Filter, ...] = ()
    top: int | None = None
    ascending: bool = False
    chart: str | None = None
    pair: tuple[str, str] | None = None
    compare: tuple[str, ...] = ()
    part: str | None = None  # group by a part of `date`: weekday, month, hour
    denominator: str | None = None  # ratio: sum(measure) / sum(denominator) * scale
    scale: float = 1.0
    unit: str | None = None  # ratio: the unit said after "per" ("fee per hour" of minutes)
    per: str | None = None  # per: the measure per value of this column (or "@M" per month)
    points: tuple[Any, Any] | None = None  # change: the two years compared
    gap: Gap | None = None  # a measure made from two date columns
    group2: str | None = None  # a second grouping key (groups are "a / b")
    convert: Conversion | None = None  # the measure in the unit asked ("… in hours")
    combined: Combined | None = None  # the measure summed over several columns ("goals")
    weight: str | None = None  # a frequency table's count column: one row per unit counted
    split: Filter | None = None  # group: rows within this limit against the rest

    def with_(self, **changes: Any) -> Query:
        return replace(self, **changes)

    def of_period(self) -> tuple[Filter, ...]:
        """The filters of time when others are set too: "what percent of days in 2015 closed
        above the open" is a share of the days of 2015, not of all days."""
        timed = tuple(f for f in self.filters if f.op in PERIODS)
        long = bool(self.measure and VALUE_COLUMN.search(self.measure))
        keyed = tuple(  # a long table's measure: "water supplied" is the base as well
            f for f in self.filters if long and f.op == "==" and MEASURES_KEY.search(f.column)
        )
        left_out = tuple(  # "of all non-voided kilos": rows left out are out of the whole too
            f for f in self.filters if f.op in ("!=", "not in") and f not in timed + keyed
        )
        kept = timed + keyed + left_out
        return kept if len(kept) < len(self.filters) else ()


@dataclass(frozen=True)
class Unanswerable:
    reason: str
    table: Table | None = None
    offers: tuple[Offer, ...] = ()  # readings of its unknown words, for the user to choose
