"""Spreadsheet and chat talk, said again in the words the analyst reads: comparison signs
("mag >= 5"), "pivot: rows = state, values = avg of income", "x = date, y = …", "swap avg
for median", rows left out however it is said ("voids left out", "don't count voids"),
a half of a year, "1988 onwards", "the full log", "half a tonne", "how many clinic-weeks",
and when an answer is due ("the board pack is due Friday"), which says no rows."""

from __future__ import annotations

import re

from services.llm.offline.vocabulary import WEEKDAY_NAMES

# Comparison signs after a name, as words: "mag >= 5", "Max_Temp<10", "status <> VOID"; an
# arrow is "to" ("Jan→Feb"). A sign after a small word or a bracket is a value's own
# ("young drivers (<25)", "claims by <25", "the >2l group").
_SIGN = re.compile(r"([\w\]`'\"]+)?(\s*)(>=|≥|=>|<=|≤|=<|<>|!=|≠|>|<)\s*")
_SIGN_WORDS = {
    ">=": "at least", "≥": "at least", "=>": "at least", "<=": "at most", "≤": "at most",
    "=<": "at most", "<>": "not", "!=": "not", "≠": "not", ">": "over", "<": "under",
}  # fmt: skip
_NO_NAME = {"by", "in", "of", "for", "the", "a", "an", "and", "or", "to", "at", "on", "aged"}


def signs_said(text: str) -> str:
    """The comparison signs after a name as words; arrows as "to"."""

    def said(found: re.Match[str]) -> str:
        before = found[1] or ""
        if not before or before.lower() in _NO_NAME:
            return found[0]
        return f"{before} {_SIGN_WORDS[found[3]]} "

    return _SIGN.sub(said, re.sub(r"\s*(?:-+>|→)\s*", " to ", text))


# When the answer is due, never which rows: "the board pack is due Friday", "for Friday's
# team huddle", "before Thursday's meeting"
DUE = re.compile(
    r"\b(?:(?:is |are )?due(?: on| by)?|by|before|for|at)\s+(?:next |this )?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s (?:\w+ )?(?:meeting|huddle|call|"
    r"catch-?up|stand-?up|board|review|briefing|session)|(?=\s*[.!]))",
    re.I,
)


_HALF = re.compile(
    r"\b(?:the )?(?P<n>first|1st|second|2nd) half of (?:the year )?(?:(?P<y1>\d{4})\b)?"
    r"|\b(?P<h>h[12]) (?P<y2>\d{4})\b"
)
_HALF_MONTHS = {1: "january to june", 2: "july to december"}


def _which_half(found: re.Match[str]) -> int:
    return 2 if found["n"] in ("second", "2nd") or found["h"] == "h2" else 1


def talk_said(text: str) -> str:
    """Spreadsheet and chat phrasings as the words the analyst reads (the text is lower
    case here)."""
    # "don't count voids", "didn't turn up", "dont": the negation said as a word
    text = re.sub(r"\b(do|does|did|is|are|was|were|has|have|had|could|would|should)n't\b"
                  r"|\b(do|does|did)nt\b", r"\1\2 not", text)  # fmt: skip
    text = re.sub(r"\bwon't\b", "will not", text).replace("can't", "cannot")
    text = re.sub(r"\bnon-(?=[a-z]+ed\b)", "non ", text)  # "non-voided" → non voided
    # "voids left out", "leaving voided entries out": the rows left out (leftout.py)
    text = re.sub(r"\b(?:left|kept|taken) out\b", "out", text)
    text = re.sub(r"\bleaving\b", "leave", text)
    # spreadsheet talk: "swap avg for median", "side by side", "sort asc", "countblank"
    text = re.sub(r"^(?:now |ok |and )?(?:swap|switch|change|replace|flip)(?: the)? [\w.]+ "
                  r"(?:for|to|with)(?: the)? ([\w.]+)\b", r"what about the \1", text)  # fmt: skip
    # "flip to median": the question before, with its aggregation changed
    text = re.sub(r"^(?:now |ok |and )?(?:swap|switch|change|flip)(?: it| that)? to(?: the)? "
                  r"(median|mean|average|avg|total|sum|max|min|maximum|minimum)\b",
                  r"what about the \1", text)  # fmt: skip
    text = re.sub(r"\bp50\b", "median", text)  # the 50th percentile
    # "how far back does the data go", "what year does this go back to": where it starts
    text = re.sub(r"\bhow far back\b|\bgo(?:es)? back(?: to)?\b", "from when", text)
    # dashboard talk: "north-star number: …" is the figure asked; "is A outperforming B on X"
    text = re.sub(r"\bnorth[- ]?star(?: (?:number|metric|kpi|figure))?\b", " ", text)
    text = re.sub(r"\b(?:outperform(?:ing|s|ed)?|beating|ahead of)\b", "vs", text)
    text = re.sub(r"(?<=[a-z]) v\.? (?=[a-z])", " vs ", text)  # "home block v terrace"
    # "max minus min": the spread, said as a sum
    text = re.sub(r"\b(?:max(?:imum)?|highest) (?:minus|less|-) (?:min(?:imum)?|lowest)\b",
                  "range", text)  # fmt: skip
    # "are we busier saturdays or sundays": more rows on one day than the other (a station
    # "busier than" another is its traffic, not its rows)
    text = re.sub(r"\b(?:(?:are|were|is|was) (?:we|they|it) )?busier\b(?= (?:on |in |at |during )?"
                  rf"(?:{WEEKDAY_NAMES}|weekends?|weekdays|mornings?|"
                  r"evenings?|nights?|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                  r"summer|winter|spring|autumn|the (?:morning|evening|weekend)))",
                  "more rows", text)  # fmt: skip
    text = re.sub(r",?\s*\bside[- ]by[- ]side\b", " ", text)
    # one half of a year ("first half of 2024", "H1 1985"): its months; two halves are a
    # change between periods (spans.py); "1980 onwards", "the full log", "half a tonne"
    if len(_HALF.findall(text)) == 1:
        text = _HALF.sub(lambda m: f"{_HALF_MONTHS[_which_half(m)]} {m['y1'] or m['y2'] or ''}",
                         text)  # fmt: skip
    text = re.sub(r"\b(?:from )?((?:the )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                  r"[a-z]* )?\d{4}s?) onwards?\b", r"since \1", text)  # fmt: skip
    text = re.sub(r"\bthe full (?=(?:year|log|data|dataset|period|file|list|decades?|range|"
                  r"sheet|history|record|span|export)\b)", "the whole ", text)  # fmt: skip
    text = re.sub(r"\bhalf an? (million|thousand|tonne|ton|kilo|kg|hour|day|mile|km)\b",
                  lambda m: f"0.5 {m[1]}" + ("s" if len(m[1]) > 2 else ""), text)  # fmt: skip
    # "how many clinic-weeks", "level-hours": the rows, each a place at a time; never
    # "person-hours" or "man-days", which add up time
    text = re.sub(r"\bhow many (?!(?:person|man|staff|worker|labou?r|crew|student)-)[a-z]+-"
                  r"(?:weeks|days|hours|months|nights|years)\b", "how many rows", text)  # fmt: skip
    # "pivot: rows = state, values = avg of income" → avg of income by state; "x = date,
    # y = avg pm2.5" → avg pm2.5 by date (of a scatter: against it)
    text = re.sub(r"\b(?:pivot(?:ed)?\s*:?\s*)?rows?\s*=\s*([^,=]+?),?\s+values?\s*=\s*([^,=]+)",
                  r"\2 by \1", text)  # fmt: skip
    text = re.sub(r"\bx\s*=\s*([^,=]+?),?\s+y\s*=\s*([^,=]+)",
                  lambda m: f"{m[2]} {'against' if 'scatter' in text else 'by'} {m[1]}",
                  text)  # fmt: skip
    text = re.sub(r"\b(?:sort(?:ed)? )?(?:asc|ascending)\b", "lowest", text)
    text = re.sub(r"\bcountblanks?\b", "count blank", text)
    # "non-null sza rows", "not-null x": the rows where it is filled in
    text = re.sub(r"\b(?:non|not)[- ]?(?:null|blank|missing|empty|nan)\s+([a-z][\w]*)\b",
                  r"\1 is recorded", text)  # fmt: skip
    text = re.sub(r"\bhelper col(?:umn)?\s*(?:=|:)?\s*", "", text)
    # "how many weeks does the series hold": how many there are in it
    text = re.sub(r"\b(?:does|do) (?:the |this )?(?:[a-z]+ )?(?:data|dataset|file|series|table|"
                  r"extract|sheet|log|register|export|column)\s+hold\b", "are there",
                  text)  # fmt: skip
    # "what do all the salaries add up to": their total
    text = re.sub(r"\bwhat (?:do|does) (?:all )?(?:the )?(.+?) (?:add|sum|come) up to\b",
                  r"what is the total \1", text)  # fmt: skip
    # "how many different drivers appear in the records": how many there are
    text = re.sub(r"^(.*\bhow many (?:different |distinct |unique |separate )?[a-z][\w ]*?) "
                  r"appear(?:s|ed)?\b", r"\1", text)  # fmt: skip
    return text
