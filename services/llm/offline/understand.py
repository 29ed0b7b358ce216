"""Reading a question in the frame of the conversation: pick the table, read the earlier
questions for what a follow-up refers to, then read the question. A question of several
parts ("which years does this cover, and how many deals are there") is read part by part,
each later part in the frame of the one before, and every part is answered."""

from __future__ import annotations

import re

from services.llm.offline.asked import (
    counted_in_column,
    different_ones,
    number_twice,
    per_named_period,
    total_unplaced,
    which_unnamed,
)
from services.llm.offline.calques import plain_english
from services.llm.offline.declared import declared_units, undeclared
from services.llm.offline.definitions import formula_of
from services.llm.offline.follow import SAME_AGAIN
from services.llm.offline.framing import unframed
from services.llm.offline.glosses import codes_of, glossed
from services.llm.offline.idioms import SHARE, financial_years, regional
from services.llm.offline.longkeys import value_measured
from services.llm.offline.names import normalize
from services.llm.offline.parse import Parser
from services.llm.offline.query import (
    MEASURES_KEY,
    PERIODS,
    VALUE_COLUMN,
    Filter,
    Query,
    Unanswerable,
)
from services.llm.offline.ratios import ratio_changed
from services.llm.offline.schema import Table
from services.llm.offline.sqltalk import read_query
from services.llm.offline.words import unread

# A question that only makes sense after the one before: "and for 2020?", "what about bo?"
_FRAGMENT = re.compile(
    r"^(?:and|what about|how about|now|same (?:for|but|thing)|then|also|ok(?:ay)?,? and)\b"
    r"|^\S+\s*\?$"
)
_THANKS = re.compile(r"^(?:thank you|thanks|ok(?:ay)?|great|perfect)\b[\s,.!\-–—]*")
# Words that point back to someone or something of the question before ("how many did she
# complete", "each of those sessions")
_BACK_TO = re.compile(r"\b(?:of those|she|he|her|his|them)\b")
# Where a second question starts: "…, and how many deals are there", "… and what is …"
_JOIN = re.compile(
    r"\s*[,;]?\s+(?:and|also|plus)\s+(?=(?:how|what|which|when|who|where|is|are|was|were|"
    r"does|do|did)\b)"
)


# A change asked for, which only a change, a trend or a comparison answers
_CHANGE = re.compile(r"%\s*change|\bper ?cent(?:age)? change|\bpct change", re.I)
_SUMMED_BELOW = re.compile(
    r"\b(?:share|percentage|proportion|fraction|divided by|ratio)\b[^?.!]*\b(?:plus|\+)\s", re.I
)
_CHANGES = {"change", "steps", "trend", "compare", "ratio"}
_PER_COUNT = re.compile(  # "cases per 100k people"; not "over 10 per 100k", a limit's unit
    r"(?<![\d.,%]\s)\bper\s+(?:\d[\d,.]*(?:\s*(?:k|m|thousand|million))?|hundred|thousand|million)\b"
    r"(\s+(?:people|persons|residents|inhabitants|population|capita|head))?"
)
_DRAWN = re.compile(r"\b(?:chart|graph|plot|bar|line|pie|histogram|scatter|table|again)\b", re.I)


_BACK = {"it", "its", "that", "they", "them", "this", "those", "these"}


# A last short ask for the figure the answer gives anyway: "which month had the most
# trips? how many", "busiest hour - how many", "…, give the avg"
_VALUE_ASK = re.compile(
    r"\s*[?\-–,:;]\s*(?:how (?:many|much)(?: \w+)?|what was it|give (?:me )?(?:the |that |its )?"
    r"(?:number|value|figure|avg|average|rate|count|total|pulse|amount))\s*\??\s*$",
    re.I,
)


def _repeated(parsed: Query | Unanswerable, frame: Query | None, part: str) -> bool:
    """Does a follow-up read as the question before it, unchanged? Not when it asks for a
    chart, nor after an answer by groups (it shows them all), nor "same but median" of an
    average per day (whose answer says the median)."""
    if frame is None or parsed != frame or not _leans_back(part) or _DRAWN.search(part):
        return False
    if frame.group or frame.compare:
        return False  # "and non event days" after event vs non-event: its answer shows both
    return not (frame.kind == "per" and "median" in part.lower())


def _leans_back(question: str) -> bool:
    """Does the question only make sense after the one before ("and for 2020?", "the same
    average for 2025", "how many did she complete")?"""
    return bool(_FRAGMENT.match(_thanked(question))) or _refers_back(question)


def _refers_back(question: str) -> bool:
    said = _thanked(question)
    return bool(SAME_AGAIN.search(normalize(said)) or _BACK_TO.search(said))


def _thanked(question: str) -> str:
    """The question without a leading "Thank you -", "ok,", lower case."""
    return _THANKS.sub("", question.strip().lower())


def parts_of(question: str) -> list[str]:
    """The questions a question asks, in order (one, unless it joins whole questions). A
    short part that points back ("and how much was it", "and what is that pace") asks for
    the first part's figure, which its answer gives: it is no question of its own."""
    pieces = [p.strip(" ,;?") for p in _JOIN.split(question)]
    asks_back = any(_points_back(p) for p in pieces[1:])
    if (
        len(pieces) > 1
        and not asks_back
        and all(len(re.findall(r"[a-z]+", p.lower())) >= 3 for p in pieces)
    ):
        return pieces
    return [question]


def _points_back(part: str) -> bool:
    words = re.findall(r"[a-z]+", part.lower())
    return len(words) <= 5 and bool(_BACK & set(words)) or len(words) <= 4 and "there" in words


def understand(
    question: str, earlier: list[str], tables: list[Table]
) -> tuple[Query, str] | Unanswerable:
    """Pick the table, then read the question in the frame of the earlier ones."""
    found = understand_all(question, earlier, tables, split=False)
    return found if isinstance(found, Unanswerable) else found[0]


def understand_all(
    question: str, earlier: list[str], tables: list[Table], *, split: bool = True
) -> list[tuple[Query, str]] | Unanswerable:
    """Every part of the question read, each with what to say before its answer. If one
    part cannot be answered, none is: a half answer would read as the whole one."""
    table = choose_table(question, earlier, tables)
    declared = declared_units([*earlier, question], table)  # "TMAX is recorded in °F."
    said = [plain_english(regional(undeclared(e, table), table), table) for e in earlier]
    earlier = [financial_years(e, said[:i], table)[0] for i, e in enumerate(said)]
    asked = plain_english(regional(undeclared(question, table), table), table)  # "media"
    question, years_read = financial_years(asked, said, table)
    parser = Parser(table)
    parser.declared = declared
    frame: Query | None = None
    last: Query | Unanswerable | None = None
    for previous in earlier[-6:]:
        if not (isinstance(last, Unanswerable) and _refers_back(previous)):
            last, _ = _read(parser, previous, frame)  # (what leaned on an unanswered
        frame = last if isinstance(last, Query) else frame  # question stays unanswered)
    if isinstance(last, Unanswerable) and _leans_back(question):
        return Unanswerable(
            "it follows on from the question before, which I could not answer, so I can't "
            "tell what it refers to. Ask it in full",
            table,
        )
    bare = _VALUE_ASK.sub("", question) if split else question
    if len(bare.split()) >= 3:  # "which month had the most trips? how many" → its first part
        question = bare
    parts = parts_of(question) if split else [question]
    answers: list[tuple[Query, str]] = []
    for part in parts:
        parsed, aside = _read(parser, part, frame)
        if _repeated(parsed, frame, part) and len(parts) == 1:
            parsed = Unanswerable(  # "what about services" read as the callouts again
                "it follows on from the question before, but I could not tell what it "
                "changes in it; ask it in full",
                table,
            )
        if isinstance(parsed, Unanswerable):
            if len(parts) == 1:
                return parsed
            return Unanswerable(f"of its part “{part}”, {parsed.reason}", parsed.table)
        notes = []
        if len(tables) > 1 and not answers:
            notes.append(f"Using `{table.filename}` (its columns match the question).")
        if aside:
            notes.append("Leaving aside " + ", ".join(f"“{a}”" for a in aside) + ".")
        read = [*(years_read if not answers else []), *parser.readings]
        if read:
            notes.append("Reading " + ", ".join(read) + ".")
        if parsed.weight:
            notes.append(
                f"Each row of `{table.filename}` stands for `{parsed.weight}` units, so the "
                "counts and shares below are of those units."
            )
        answers.append((parsed, " ".join(notes)))
        frame = parsed
    return answers


def _read(
    parser: Parser, question: str, frame: Query | None
) -> tuple[Query | Unanswerable, list[str]]:
    """The question read; one in query syntax ("avg(fare) where region = 'EU'") is read as
    the question it says plainly, with its conditions as filters (sqltalk.py)."""
    parser.readings = []
    return read_query(question, parser.table, frame, lambda t: _read_words(parser, t, frame))


def _read_words(
    parser: Parser, question: str, frame: Query | None
) -> tuple[Query | Unanswerable, list[str]]:
    """The question read; if it is not understood and has a framing clause ("Doing a piece
    for the city desk. What was …"), the question without it, and the clauses left aside."""
    plain = lambda w: _unread(parser, w)  # noqa: E731
    names = frozenset(c.name for c in parser.table.columns)
    coded = glossed(question, codes_of(parser.table), plain, names) if "(" in question else None
    defined = formula_of(coded[0] if coded else question, lambda t: _value_spans(parser, t))
    if defined is not None:  # "the occupancy of Haarlem? I mean booked nights divided by …"
        again = parser.parse(defined[0], frame)  # the formula said is the question
        if isinstance(again, Query) and again.kind == "ratio":
            parser.readings += [
                *(coded[1] if coded else []),
                f"“{defined[1]}” as the formula that follows it",
            ]
            return again, []
    parsed = parser.parse(question, frame)
    if isinstance(parsed, Query) and _RELATIVE.search(question) and not _dated(parsed, frame):
        return Unanswerable(  # "for the previous year" with no year asked before
            "it names a period relative to another (“previous”, “next”), but no period was "
            "asked before; name the year or month",
            parser.table,
        ), []
    if isinstance(parsed, Query) and parsed.kind == "count" and _MOST.search(question):
        return Unanswerable(  # "biggest single order in $": a count is no biggest anything
            "the question asks which is the most or least of something, but I could not "
            "tell what it ranks (say it as, e.g., “which month has the most rows”)",
            parser.table,
        ), []
    ranked = isinstance(parsed, Query) and bool(parsed.group or parsed.top)
    if isinstance(parsed, Query) and ranked and (said := _TIMES_LIMIT.search(question)):
        return Unanswerable(  # "places inspected at least 50 times": a count per place
            f"“{said[0]}” limits how often something happened, which I can't count per "
            "group; ask for the counts first",
            parser.table,
        ), []
    if isinstance(parsed, Query) and parsed.kind == "change" and _BRACKET_RATIO.search(question):
        return ratio_changed(parser.table), []  # "Jio avg (value per txn): by what % …"
    if isinstance(parsed, Query) and _CHANGE.search(question) and parsed.kind not in _CHANGES:
        return Unanswerable(  # "vs q1, as a % change" read as Q1's total: never dropped
            "it asks for a change, but I could not tell between which two points; ask it as "
            "“from … to …”",
            parser.table,
        ), []
    per = _PER_COUNT.search(normalize(question))
    if isinstance(parsed, Query) and per and (per[1] or parsed.agg == "rate") and parsed.scale == 1:
        return Unanswerable(  # "polio rate per 100k residents" read as the population
            "it asks for a rate per so many people or things, which I could not read as one "
            "column divided by another; ask for each figure on its own (e.g. the cases, and "
            "the population)",
            parser.table,
        ), []
    if isinstance(parsed, Query) and _SUMMED_BELOW.search(question):
        return Unanswerable(  # "the unemployed as a share of the unemployed plus …"
            "it divides by a sum of two figures, which I can't compute; ask for each figure",
            parser.table,
        ), []
    if isinstance(parsed, Query) and _BY_SEASON.search(question) and not _seasoned(parsed):
        return Unanswerable(  # "for each season" with no season in the table: never dropped
            "it asks for each season, but the table has no season column; ask by year or by "
            "month instead",
            parser.table,
        ), []
    if isinstance(parsed, Query) and (key := _kinds_mixed(parsed)):
        return Unanswerable(  # "total callouts" read as every KPI's values added up
            f"`{parsed.measure}` holds a different measure on each row (by `{key}`), and I "
            f"could not tell which of them the question means; name one of the `{key}` values",
            parser.table,
        ), []
    if isinstance(parsed, Query) and (unnamed := which_unnamed(parsed, question)) is not None:
        return unnamed, []  # "which driver did the most km" of a table naming no driver
    if isinstance(parsed, Query) and (unplaced := total_unplaced(parsed, question)) is not None:
        return unplaced, []  # "total GST" of `ex_gst_aud`, `gst_aud`, `inc_gst_aud`
    if isinstance(parsed, Query):
        parsed = value_measured(parsed)  # "highest minutes per room on any floor"
        parsed = counted_in_column(parsed, question)  # "how many head" of `Head Shorn`
        parsed = different_ones(parsed, question)  # "how many different stations …"
        parsed = per_named_period(parsed, question)  # "avg complaints per fortnight"
        twice = number_twice(parsed)  # "pop under 15" as `AgeGrp` 15-19 and `Value` < 15
        if isinstance(twice, Unanswerable):
            return twice, []
        parsed = twice  # "the 100+ group": the value, and no limit read from it
        return _counted_in_total(_one_group_share(parsed, question), question), []
    if coded is not None:  # "Cellar door (CD) against web shop (WEB)": the codes
        again = parser.parse(coded[0], frame)
        if isinstance(again, Query):
            parser.readings += coded[1]
            return again, []
        question = coded[0]
    bare = unframed(question, lambda clause: parser.score(clause) > 0, plain)
    if bare is None or parser.out_of_scope(" ".join(bare[1])):
        return parsed, []  # "… ed wants a projection": a forecast is never left aside
    again, more = _read(parser, bare[0], frame)  # the same checks as any question
    return (again, [*bare[1], *more]) if isinstance(again, Query) else (parsed, [])


_BY_SEASON = re.compile(r"\b(?:for each|each|every|per|by)\s+seasons?\b", re.I)


def _seasoned(query: Query) -> bool:
    named = [c.name for c in query.table.columns if "season" in c.name.lower()]
    return bool(named) or query.part == "season" or query.group in named


_TIMES_LIMIT = re.compile(
    r"\b(?:at least|at most|more than|fewer than|less than|over|under)\s+\d+\s+times\b", re.I
)
_BRACKET_RATIO = re.compile(  # "(value per txn)"; never "(rows per year)"
    r"\((?![^()]*\bper (?:year|month|week|day|quarter|hour)\b)[^()]*\b(?:per|divided by|/)\b"
    r"[^()]*\)",
    re.I,
)
_MOST = re.compile(r"\b(?:biggest|largest|smallest|highest|lowest|maximum|minimum)\b", re.I)
_RELATIVE = re.compile(r"\b(?:previous|prior|preceding|next|following)\s+(?:year|month|season)\b")


def _dated(query: Query, frame: Query | None) -> bool:
    """Does the query, or the one before, keep a period of time (of a date, or of a year
    or month column)?"""
    return any(_timed(f, query) for q in (query, frame) if q is not None for f in q.filters)


def _timed(item: Filter, query: Query) -> bool:
    column = query.table.column(item.column)
    named = re.search(r"year|season|month|date|period|fy", item.column, re.I)
    return item.op in PERIODS or bool(named) or column is not None and column.kind == "date"


def _one_group_share(query: Query, question: str) -> Query:
    """ "What share of fee income came from the Preschool room": a share of the rows of one
    value, never the share of that value among the rows of itself (always 100 %)."""
    one = any(f.column == query.group and f.op == "==" for f in query.filters)
    asked = query.kind == "share" or query.kind == "group" and query.agg == "sum"
    if query.group and one and asked and SHARE.search(question):
        return query.with_(kind="share", agg="share", group=None, chart=None)
    return query


_IN_TOTAL = re.compile(
    r"\bin total\b|\baltogether\b|\ball told\b|\b(?:did|does|do)\b.*\bwin\b", re.I
)


def _counted_in_total(query: Query, question: str) -> Query:
    """ "How many medals in total were won by the USA": the rows (each a medal), never the
    3 kinds of medal the `Medal` column holds."""
    column = query.table.column(query.measure) if query.measure else None
    few = column is not None and column.kind == "category" and 0 < len(column.values) <= 12
    if query.kind == "distinct" and not query.group and few and _IN_TOTAL.search(question):
        return query.with_(kind="count", agg="count", measure=None)
    return query


def _kinds_mixed(query: Query) -> str | None:
    """The key column of a long table whose values column the query adds up or averages
    over several keys at once (no key kept or grouped by): the key, else None."""
    if query.measure is None or not VALUE_COLUMN.search(query.measure):
        return None
    if query.kind not in ("aggregate", "group", "trend", "change", "compare"):
        return None
    kept = {  # "kpi in revenue, pools" adds two measures up: no key kept
        f.column for f in query.filters if f.op != "isin" or len(f.value) == 1
    } | {query.group, query.group2}
    for column in query.table.columns:
        named = MEASURES_KEY.search(column.name) and column.kind in ("category", "text")
        if named and 1 < len(column.values) <= 60 and column.name not in kept:
            return column.name
    return None


def _value_spans(parser: Parser, tokens: list[str]) -> list[tuple[int, int]]:
    """Where the tokens name a value of the table ("haarlem", "completed")."""
    return [(m.start, m.end) for m in parser.matcher.mentions(tokens) if m.value is not None]


def _unread(parser: Parser, word: str) -> bool:
    """Is the word one the analyst does not read at all on this table?"""
    tokens = normalize(word).split()
    return len(tokens) == 1 and unread(tokens[0], parser.table, parser.matcher.mentions(tokens))


def choose_table(question: str, earlier: list[str], tables: list[Table]) -> Table:
    if len(tables) == 1:
        return tables[0]
    context = " ".join(earlier[-3:])

    def score(table: Table) -> tuple[int, int]:
        parser = Parser(table)
        return parser.score(question) * 4 + parser.score(context), table.rows

    return max(tables, key=score)
