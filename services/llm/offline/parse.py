"""Question → Query over a table's real columns: fuzzy and synonym matching of column
names and category values, aggregations, grouping, filters, time and chart words, and
follow-ups that change the previous question's frame."""

from __future__ import annotations

import re

from services.llm.offline.matcher import (
    Matcher,
    Mention,
    has,
    normalize,
    similar,
    words_of,
)
from services.llm.offline.query import Filter, Query, Unanswerable
from services.llm.offline.schema import Table
from services.llm.offline.vocabulary import (
    AGGREGATIONS,
    CHARTS,
    COUNT_ROWS,
    FILLER,
    FOLLOW_UP_CUES,
    FREQUENCIES,
    MONTHS,
    OUT_OF_SCOPE,
)

_NUMBER = r"(-?\d+(?:\.\d+)?)\s*(k|thousand|m|million|mn|bn|b|billion)?"
_SCALE = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "million": 1e6,
    "mn": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
}
_MEAN_LIKE = (
    "price",
    "rate",
    "percap",
    "per cap",
    "exp",
    "avg",
    "average",
    "ratio",
    "score",
    "age",
    "temperature",
    "width",
    "length",
    "size",
    "pct",
    "percent",
    "margin",
    "rating",
)


def _number(raw: str, scale: str | None) -> float:
    value = float(raw)
    return value * _SCALE.get(scale or "", 1.0)


def _countable(column: str) -> bool:
    """A column that counts things, so "how many"/"number of" it means its sum."""
    words = words_of(column)
    return any(
        key in words
        for key in (
            "unit",
            "quantity",
            "qty",
            "count",
            "items",
            "pieces",
            "pop",
            "people",
            "visits",
            "orders",
        )
    )


def default_agg(column: str) -> str:
    words = words_of(column)
    return "mean" if any(key in words or key in column.lower() for key in _MEAN_LIKE) else "sum"


class Parser:
    def __init__(self, table: Table) -> None:
        self.table = table
        self.matcher = Matcher(table)
        dates = table.of_kind("date")
        self.date = dates[0].name if dates else None
        year = next(
            (c for c in table.columns if c.name.lower() == "year" and c.kind == "number"), None
        )
        self.year_column = year.name if year else None

    def score(self, question: str) -> int:
        """How well this table's columns fit the question (for choosing among files)."""
        tokens = normalize(question).split()
        return sum(m.end - m.start for m in self.matcher.mentions(tokens))

    # -- main ----------------------------------------------------------------------------
    def parse(self, question: str, previous: Query | None = None) -> Query | Unanswerable:
        text = normalize(question)
        tokens = text.split()
        scope = has(text, list(OUT_OF_SCOPE))
        if scope:
            return Unanswerable(
                f"it asks for {OUT_OF_SCOPE[scope]}, and I only report what "
                f"is in {self.table.filename}",
                self.table,
            )
        mentions = self.matcher.mentions(tokens)
        follow_up = previous is not None and self._is_follow_up(text, mentions)
        base = previous if follow_up and previous is not None else None

        columns = [m for m in mentions if m.value is None]
        values = [m for m in mentions if m.value is not None]
        agg = self._aggregation(text, tokens, mentions)
        chart = self._chart(text)
        top, ascending = self._ranking(text)
        freq = self._frequency(text, columns)
        group = self._group(text, tokens, columns)
        numeric = [
            m.column
            for m in columns
            if self._kind(m.column) == "number"
            and m.column != group
            and m.column != self.year_column
        ]
        filters = self._filters(text, tokens, mentions, values)

        kind = self._kindwords_of(text)
        unknown = self._unknown_measure(text, tokens, mentions)
        if unknown and not numeric:
            return Unanswerable(f'{self.table.filename} has no column for "{unknown}"', self.table)
        measure = numeric[0] if numeric else None

        if base is not None:
            return self._follow(
                base,
                measure=measure,
                agg=agg,
                chart=chart,
                top=top,
                ascending=ascending,
                freq=freq,
                group=group,
                filters=filters,
                values=values,
                kind=kind,
                text=text,
            )
        if has(text, COUNT_ROWS) and not numeric and group is None:
            return Query(table=self.table, kind="count", agg="count", filters=tuple(filters))
        if not mentions and kind is None and not freq:
            return Unanswerable(
                f"I could not relate the question to the columns of {self.table.filename}",
                self.table,
            )
        if (
            agg == "count"
            and measure
            and re.search(r"\b(how many|number of)\b", text)
            and _countable(measure)
        ):
            agg = "sum"  # "how many units were sold", "number of units" add the units up
        filters += self._yes_no(text, tokens, columns, group)
        query = Query(
            table=self.table,
            kind="aggregate",
            measure=measure,
            chart=chart,
            top=top,
            ascending=ascending,
            filters=tuple(filters),
            agg=agg or (default_agg(measure) if measure else "count"),
        )
        return self._shape(
            query,
            kind=kind,
            agg=agg,
            group=group,
            freq=freq,
            numeric=numeric,
            values=values,
            text=text,
            columns=columns,
        )

    def _shape(
        self,
        query: Query,
        *,
        kind: str | None,
        agg: str | None,
        group: str | None,
        freq: str | None,
        numeric: list[str],
        values: list[Mention],
        text: str,
        columns: list[Mention],
    ) -> Query | Unanswerable:
        measure = query.measure
        if kind in ("overview", "missing"):
            return query.with_(kind=kind, measure=None)
        if kind == "outliers":
            target = measure or self._first_numeric()
            return query.with_(kind="outliers", measure=target, chart=query.chart or "box")
        if kind == "correlation":
            pair = [c for c in dict.fromkeys(numeric)]
            if len(pair) >= 2 and not has(text, ("matrix", "all", "every", "heatmap")):
                return query.with_(
                    kind="correlation",
                    pair=(pair[0], pair[1]),
                    measure=None,
                    chart=query.chart or "scatter",
                )
            return query.with_(kind="matrix", measure=None, chart=query.chart or "heatmap")
        if kind == "distribution" or query.chart in ("histogram", "box"):
            target = measure or self._first_numeric()
            if target is None:
                return Unanswerable(
                    f"{self.table.filename} has no numeric column to show a distribution of",
                    self.table,
                )
            chart = query.chart if query.chart in ("histogram", "box") else "histogram"
            return query.with_(kind="distribution", measure=target, chart=chart, group=group)
        if query.chart == "scatter" and len(numeric) >= 2:
            return query.with_(kind="correlation", pair=(numeric[0], numeric[1]), measure=None)
        compare = [m.value for m in values if m.value is not None]
        compare_columns = {m.column for m in values}
        if (
            (has(text, ("compare", "vs", "versus", "compared")) or " or " in f" {text} ")
            and len(compare) >= 2
            and len(compare_columns) == 1
        ):
            column = next(iter(compare_columns))
            rest = tuple(f for f in query.filters if f.column != column)
            return query.with_(
                kind="compare",
                group=column,
                compare=tuple(compare),
                filters=rest,
                agg=agg or (default_agg(measure) if measure else "count"),
                chart=query.chart or "bar",
            )
        filtered = {f.column for f in query.filters}
        counted = [m for m in columns if m.column != group and m.column not in filtered]
        if agg == "nunique" or (
            agg == "count"
            and measure is None
            and group is None
            and counted
            and self._kind(counted[0].column) != "number"
        ):
            target = counted[0].column if counted else None
            if agg == "nunique" or target is not None:
                if target is None:
                    return Unanswerable(
                        "I could not tell which column's distinct values to count", self.table
                    )
                return query.with_(
                    kind="distinct",
                    measure=target,
                    group=group,
                    chart=query.chart if group else None,
                )
        if agg == "share":
            if group is None and not query.filters:
                group = self._first_category()
            return query.with_(
                kind="share",
                measure=measure,
                group=group,
                chart=query.chart or ("pie" if group else None),
            )
        time_like = (
            freq
            or (group is not None and group == self.year_column)
            or has(
                text,
                (
                    "over time",
                    "trend",
                    "evolve",
                    "evolution",
                    "change over",
                    "timeline",
                    "time series",
                ),
            )
        )
        if time_like and (self.date or self.year_column):
            if self.date and (freq or group in (None, self.date)):
                return query.with_(
                    kind="trend",
                    date=self.date,
                    freq=freq or self._default_freq(),
                    group=None,
                    measure=measure,
                    chart=query.chart or "line",
                    agg=query.agg if measure else "count",
                )
            return query.with_(
                kind="group",
                group=self.year_column,
                measure=measure,
                chart=query.chart or "line",
                agg=query.agg if measure else "count",
            )
        if group is not None:
            if query.top is None and agg in ("max", "min") and measure is not None:
                query = query.with_(top=1, ascending=agg == "min", agg=default_agg(measure))
            elif agg in ("max", "min") and measure is not None:
                query = query.with_(ascending=agg == "min", agg=default_agg(measure))
            return query.with_(
                kind="group",
                group=group,
                chart=query.chart or "bar",
            )
        if query.top is not None and measure is not None:
            category = self._first_category()
            if category is not None:
                return query.with_(kind="group", group=category, chart=query.chart or "bar")
        if measure is None:
            if query.filters or agg == "count" or has(text, ("how many", "number of")):
                return query.with_(kind="count", agg="count")
            if query.chart is not None and columns:
                return query.with_(kind="group", group=columns[0].column, agg="count")
            return Unanswerable("I could not tell which number to compute", self.table)
        return query

    def _yes_no(
        self, text: str, tokens: list[str], columns: list[Mention], group: str | None
    ) -> list[Filter]:
        """ "tables with smokers" → smoker == Yes (a yes/no column named as a noun)."""
        found = []
        for mention in columns:
            column = self.table.column(mention.column)
            if column is None or mention.column == group or " non" in f" {text}":
                continue
            values = {v.lower(): v for v in column.values}
            if set(values) == {"yes", "no"}:
                before = " ".join(tokens[max(0, mention.start - 2) : mention.start])
                if re.search(r"\b(with|among|for|of|are|who)\b", before):
                    negated = re.search(r"\b(no|not|without)\b", before)
                    found.append(Filter(mention.column, "==", values["no" if negated else "yes"]))
        return found

    # -- follow-ups ----------------------------------------------------------------------
    def _is_follow_up(self, text: str, mentions: list[Mention]) -> bool:
        padded = text + " "
        if any(padded.startswith(cue) for cue in FOLLOW_UP_CUES):
            return True
        if re.match(
            r"(what|how|which|who|show|list|is|are|does|do|give|plot|draw|describe|"
            r"count|compare|correlat)\b",
            text,
        ) or self._kindwords_of(text):
            return False  # a question of its own, not a fragment
        has_measure = any(m.value is None and self._kind(m.column) == "number" for m in mentions)
        return (
            not has_measure
            and len(text.split()) <= 6
            and bool(
                mentions
                or has(text, [w for words in CHARTS.values() for w in words])
                or has(text, [w for words in AGGREGATIONS.values() for w in words])
            )
        )

    def _follow(
        self,
        base: Query,
        *,
        measure: str | None,
        agg: str | None,
        chart: str | None,
        top: int | None,
        ascending: bool,
        freq: str | None,
        group: str | None,
        filters: list[Filter],
        values: list[Mention],
        kind: str | None,
        text: str,
    ) -> Query | Unanswerable:
        query = base
        if measure:
            query = query.with_(measure=measure)
            if base.kind in ("count", "distinct"):
                query = query.with_(kind="aggregate", agg=agg or default_agg(measure))
        if agg:
            query = query.with_(agg=agg)
        if chart:
            query = query.with_(chart=chart)
        if top is not None:
            query = query.with_(top=top, ascending=ascending)
        if freq and self.date:
            query = query.with_(
                kind="trend",
                date=self.date,
                freq=freq,
                group=None,
                chart=chart or ("line" if base.kind != "trend" else query.chart),
            )
        if group and group != base.group:
            query = query.with_(
                group=group,
                kind="group" if base.kind in ("aggregate", "trend", "count") else query.kind,
                chart=chart or (query.chart if base.kind == "group" else "bar"),
            )
        if filters:
            replaced = {f.column for f in filters}
            only = has(text, ("only", "just"))
            kept = tuple(f for f in base.filters if f.column not in replaced)
            query = query.with_(
                filters=kept + tuple(filters) if not only or kept else tuple(filters)
            )
        if kind in ("distribution", "outliers", "missing", "overview"):
            query = query.with_(kind=kind, chart=chart or query.chart)
        return query

    # -- pieces --------------------------------------------------------------------------
    def _kind(self, column: str) -> str:
        found = self.table.column(column)
        return found.kind if found else "text"

    def _first_numeric(self) -> str | None:
        numbers = [
            c.name
            for c in self.table.of_kind("number")
            if c.name != self.year_column and not c.name.lower().endswith("id")
        ]
        return numbers[0] if numbers else None

    def _first_category(self) -> str | None:
        categories = self.table.of_kind("category")
        return categories[0].name if categories else None

    def _default_freq(self) -> str:
        column = self.table.column(self.date) if self.date else None
        try:
            from datetime import datetime

            low = datetime.fromisoformat(str(column.low)[:10]) if column else None
            high = datetime.fromisoformat(str(column.high)[:10]) if column else None
        except (TypeError, ValueError):
            return "M"
        if low is None or high is None:
            return "M"
        days = (high - low).days
        return "D" if days <= 92 else "M" if days <= 3 * 366 else "Y"

    def _aggregation(self, text: str, tokens: list[str], mentions: list[Mention]) -> str | None:
        """The first aggregation word that is not part of a column's name."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        free = " ".join(t if i not in covered else "_" for i, t in enumerate(tokens))
        best: tuple[int, str] | None = None
        for agg, words in AGGREGATIONS.items():
            for word in words:
                match = re.search(rf"(?<![\w%]){re.escape(word)}(?![\w])", free)
                if match and (best is None or match.start() < best[0]):
                    if agg == "max" and word == "top" and re.search(r"\btop \d+", free):
                        continue
                    best = (match.start(), agg)
        if best is None:  # a typo of an aggregation word: "averge", "totl"
            for position, token in enumerate(free.split()):
                agg_found = next(
                    (
                        a
                        for a, words in AGGREGATIONS.items()
                        for w in words
                        if " " not in w and len(w) >= 5 and similar(token, w)
                    ),
                    None,
                )
                if agg_found:
                    best = (position, agg_found)
                    break
        if best and best[1] == "count" and has(text, ("unique", "distinct", "different")):
            return "nunique"
        return best[1] if best else None

    def _chart(self, text: str) -> str | None:
        for chart, words in CHARTS.items():
            if has(text, words):
                return chart
        return None

    def _ranking(self, text: str) -> tuple[int | None, bool]:
        match = re.search(
            r"\b(top|bottom|first|last|best|worst|highest|lowest|largest|"
            r"smallest|biggest)\s+(\d+)\b",
            text,
        )
        if match and not re.search(r"\blast\s+\d+\s+(day|week|month|quarter|year)", text):
            return int(match.group(2)), match.group(1) in ("bottom", "worst", "lowest", "smallest")
        match = re.search(
            r"\b(\d+)\s+(?:[a-z]+\s+){0,2}?(?:with the |with |by )?(highest|lowest|largest|"
            r"smallest|biggest|best|worst|most|least)\b",
            text,
        )
        if match:
            return int(match.group(1)), match.group(2) in ("lowest", "smallest", "worst", "least")
        return None, False

    def _frequency(self, text: str, columns: list[Mention]) -> str | None:
        named = {m.column.lower() for m in columns}
        for freq, words in FREQUENCIES.items():
            found = has(text, words)
            if found and not any(w in named for w in found.split()):
                if freq == "Y" and self.year_column and not self.date:
                    return None
                return freq
        return None

    def _group(self, text: str, tokens: list[str], columns: list[Mention]) -> str | None:
        for mention in columns:
            before = " ".join(tokens[max(0, mention.start - 3) : mention.start])
            grouped = re.search(
                r"\b(by|per|for each|each|across|for every|every|in each|"
                r"between the|among)$",
                before,
            ) or re.search(r"\b(by|per|each|across)\b \w+$", before)
            if grouped and (
                self._kind(mention.column) != "number"
                or mention.column == self.year_column
                or self._few_values(mention.column)  # "by party size"
            ):
                return mention.column
        categories = [
            m.column
            for m in columns
            if self._kind(m.column) in ("category", "text", "bool")
            and (m.start == 0 or tokens[m.start - 1] not in ("of", "all", "the"))
        ]
        has_measure = any(self._kind(m.column) == "number" for m in columns)
        if categories and has_measure:  # "top 3 products by units", "which region sells most"
            return categories[0]
        return None

    def _few_values(self, column: str) -> bool:
        found = self.table.column(column)
        return found is not None and 0 < len(found.values) <= 8

    def _kindwords_of(self, text: str) -> str | None:
        checks = [
            ("missing", ("missing", "null", "nulls", "nan", "empty values", "blank", "incomplete")),
            (
                "outliers",
                ("outlier", "outliers", "anomaly", "anomalies", "unusual", "extreme values"),
            ),
            (
                "correlation",
                (
                    "correlation",
                    "correlate",
                    "correlated",
                    "correlations",
                    "relationship between",
                    "related to",
                    "relationship",
                ),
            ),
            ("distribution", ("distribution", "distributed", "histogram", "spread")),
            (
                "overview",
                (
                    "overview",
                    "describe",
                    "summary",
                    "summarize",
                    "summarise",
                    "what is in",
                    "what's in",
                    "whats in",
                    "about the data",
                    "what columns",
                    "which columns",
                    "describe the data",
                ),
            ),
        ]
        for kind, words in checks:
            if has(text, words):
                return kind
        return None

    def _unknown_measure(self, text: str, tokens: list[str], mentions: list[Mention]) -> str | None:
        """A thing the question asks to compute that no column matches (e.g. 'profit')."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        triggers = {w for words in AGGREGATIONS.values() for w in words if " " not in w}
        asks = {
            i + 2
            for i in range(len(tokens) - 2)
            if tokens[i] in ("what", "whats", "what's")
            and tokens[i + 1] in ("is", "was", "are", "the")
        }
        asks |= {i + 1 for i in range(len(tokens) - 1) if tokens[i] in ("whats", "what's")}
        for index, token in enumerate(tokens):
            if token not in triggers and index + 1 not in asks:
                continue
            phrase: list[str] = []
            for follower in range(index + 1, min(len(tokens), index + 7)):
                word = tokens[follower]
                if len(phrase) == 3:
                    break
                if follower in covered or word in (
                    "by",
                    "per",
                    "for",
                    "in",
                    "across",
                    "where",
                    "with",
                    "between",
                    "over",
                    "on",
                    "and",
                ):
                    break
                if word in FILLER or word in triggers or word.isdigit():
                    continue
                phrase.append(word)
            if phrase:
                candidate = " ".join(phrase)
                if candidate not in MONTHS and not has(
                    candidate, [w for ws in CHARTS.values() for w in ws]
                ):
                    return candidate
        return None

    def _filters(
        self, text: str, tokens: list[str], mentions: list[Mention], values: list[Mention]
    ) -> list[Filter]:
        filters: list[Filter] = []
        by_column: dict[str, list[str]] = {}
        for mention in values:
            by_column.setdefault(mention.column, []).append(mention.value or "")
        comparing = has(text, ("compare", "vs", "versus", "compared"))
        for column, chosen in by_column.items():
            if len(chosen) > 1:
                if not comparing:
                    filters.append(Filter(column, "isin", tuple(chosen)))
            else:
                negated = re.search(
                    rf"\b(not|except|excluding|without)\s+"
                    rf"{re.escape(normalize(chosen[0]))}",
                    text,
                )
                filters.append(Filter(column, "!=" if negated else "==", chosen[0]))
        filters += self._numeric_filters(text, tokens, mentions)
        filters += self._date_filters(text)
        return filters

    def _numeric_filters(
        self, text: str, tokens: list[str], mentions: list[Mention]
    ) -> list[Filter]:
        found = []
        comparators = [
            (r"(?:more than|greater than|over|above|exceeding|larger than|>)", ">"),
            (r"(?:at least|>=|no less than)", ">="),
            (r"(?:less than|fewer than|under|below|smaller than|<)", "<"),
            (r"(?:at most|<=|no more than)", "<="),
        ]
        numeric = [m for m in mentions if m.value is None and self._kind(m.column) == "number"]
        for pattern, op in comparators:
            for match in re.finditer(rf"{pattern}\s+\$?{_NUMBER}", text):
                column = self._nearest(numeric, text, match.start())
                if column is not None:
                    found.append(Filter(column, op, _number(match.group(1), match.group(2))))
        for match in re.finditer(rf"between\s+\$?{_NUMBER}\s+and\s+\$?{_NUMBER}", text):
            column = self._nearest(numeric, text, match.start())
            low, high = (
                _number(match.group(1), match.group(2)),
                _number(match.group(3), match.group(4)),
            )
            if column is not None:
                found.append(Filter(column, "between", (low, high)))
        return found

    def _nearest(self, numeric: list[Mention], text: str, position: int) -> str | None:
        """The numeric column named closest before a comparator (or just after it)."""
        prefix_words = len(text[:position].split())
        before = [m for m in numeric if m.start < prefix_words]
        if before:
            return before[-1].column
        return numeric[0].column if numeric else None

    def _date_filters(self, text: str) -> list[Filter]:
        found: list[Filter] = []
        if self.date:
            match = re.search(r"\blast\s+(\d+)?\s*(day|week|month|quarter|year)s?\b", text)
            if match:
                found.append(
                    Filter(self.date, "last", (int(match.group(1) or 1), match.group(2) + "s"))
                )
            match = re.search(r"\bsince\s+([a-z]+)?\s*(\d{4})?", text)
            if match and (match.group(1) in MONTHS or match.group(2)):
                month: int = MONTHS.get(match.group(1) or "", 1)
                found.append(
                    Filter(
                        self.date, "since", (int(match.group(2)) if match.group(2) else None, month)
                    )
                )
            elif not found:
                match = re.search(
                    r"\b(?:in|during|for|of)\s+(?:([a-z]+)\s+)?((?:19|20)\d{2})\b", text
                )
                if match:
                    in_month = MONTHS.get(match.group(1) or "")
                    found.append(Filter(self.date, "year", (int(match.group(2)), in_month)))
        elif self.year_column:
            match = re.search(r"\b(?:in|during|for|of)\s+((?:18|19|20)\d{2})\b", text)
            if match:
                found.append(Filter(self.year_column, "==", int(match.group(1))))
        return found
