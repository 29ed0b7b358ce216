"""Words around a question that frame it rather than ask it: "Doing a year-in-weather piece
for the city desk. What was …", "heat wave angle: how many …", "quick one - what's …".

A clause before or after the question is left aside only when it reads as talk about the
asking (it opens with "doing", "writing", "quick" …, or is about a piece, a story, a deck, a
graphic), has no digit, and names nothing in the table. A clause that scopes the question
("for the Paris branch: …") is no frame: its unknown words still decline the question.
The answer says what it left aside."""

from __future__ import annotations

import re
from collections.abc import Callable

from services.llm.offline.function_words import FUNCTION_WORDS
from services.llm.offline.sheettalk import DUE

Plain = Callable[[str], bool]

# Where a clause ends: a full stop, colon, semicolon, question or exclamation mark, or a dash
# between spaces ("quick one - what's the median …").
_BREAK = re.compile(r"(?<=[.!?:;])\s+|\s+[-–—]+\s+")
_COMMA = re.compile(r"(?<=,)\s+")  # context is also set off by commas
# A frame opens with talk about the asker's own work …
_OPENERS = {
    "doing", "writing", "working", "preparing", "putting", "researching", "drafting",
    "building", "trying", "quick", "background", "context", "fyi", "btw", "hi", "hey",
    "hello", "sorry", "thanks", "thank", "cheers", "morning", "afternoon", "ok", "okay", "bit",
    "great", "perfect", "lovely",
}  # fmt: skip
# … or is about what the answer is for.
_FOR = {
    "piece", "story", "article", "feature", "graphic", "graphics", "report", "slide",
    "slides", "deck", "board", "meeting", "sidebar", "desk", "angle", "newsletter", "blog",
    "presentation", "briefing", "memo", "question", "one", "editor", "boss", "readers",
    "email", "update", "pitch", "podcast", "explainer", "headline", "writeup", "write-up",
    "pack", "review", "committee", "trustees", "directors", "papers", "notes", "section",
    "funder", "funders", "auditors", "agenda", "insurer", "insurers", "claim", "regulator",
    "accountant", "accountants", "investors", "lender", "bank", "release", "press",
    "newsroom", "factcheck", "fact-check", "handover", "minister", "council", "check",
    "draft", "box", "version", "manager", "managers", "owner", "owners", "huddle", "rota",
    "poster", "talk", "return", "form", "grant", "bookkeeper", "landlord", "query",
}  # fmt: skip
# A clause that says who asks ("sub-editor asks:", "the boss wants:") frames what follows it.
_SPEECH = {"asks", "asked", "says", "said", "wants", "wonders", "needs", "writes", "wrote"}


# Words that say nothing of what is asked: with words the analyst does not read at all,
# all a context clause may hold ("The board always asks about this.")
EMPTY = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "is", "are", "was",
    "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "i", "we",
    "you", "they", "he", "she", "our", "my", "your", "their", "his", "her", "us", "me",
    "them", "to", "of", "in", "on", "at", "for", "about", "so", "as", "always",
    "very", "really", "quite", "there", "here", "would", "could", "should", "will", "can",
    "may", "might", "must", "also", "too", "now", "then", "said", "told", "asked", "asks",
    "ask", "want", "wants", "like", "likes", "keen", "interested", "some", "with", "from",
    "into", "up", "out", "i'm", "i've", "i'd",
    "we're", "we've", "there's", "it's", "that's", "thank", "thanks", "please", "well",
}  # fmt: skip


def _is_frame(clause: str, names_data: Callable[[str], bool]) -> bool:
    words = re.findall(r"[a-z][a-z'-]*", clause.lower())
    if not words or re.search(r"\d", clause) or names_data(clause):
        return False
    if clause.rstrip().endswith(":") and words[-1] in _SPEECH and len(words) <= 4:
        return True  # "sub-editor asks:"
    opens = words[0] in _OPENERS or words[:2] in (["before", "i"], ["before", "we"])
    if opens:  # "Working on a Bundesliga history feature."
        return True
    if _NAMED.search(clause.strip()):
        return False  # "For the Paris branch trustees": a name may say which rows are meant
    return words[-1] in _FOR or bool(_FOR & set(words) and words[0] in {"for", "on"})


def _is_context(clause: str, names_data: Callable[[str], bool], plain: Plain) -> bool:
    """Context said around the ask ("The trustees have been asking about this."): no digit,
    nothing named, no question mark, and every word either empty or one the analyst does
    not read at all."""
    words = re.findall(r"[a-z][a-z'-]*", clause.lower())
    if len(words) < 3 or re.search(r"\d", clause) or clause.rstrip().endswith("?"):
        return False  # "flip it", "conversion:": too short to tell from an instruction
    if words[0] in _SCOPES or _NAMED.search(clause.strip()):
        return False  # "For the Paris branch", "Ms Gupta joined us": may say which rows
    if words[0] in _ASKING or _PLEASE & set(words):
        return False  # "Give me their names.", "Please a prediction.": a second ask
    if names_data(clause):
        return False
    if all(w in EMPTY or plain(w) for w in words):
        return True
    # A whole sentence of talk ("These figures always attract attention."): words the
    # analyst does not read, and words of asking, but none that would scope or shape an ask.
    return (
        clause.rstrip().endswith(".")
        and any(plain(w) for w in words)
        and all(w in EMPTY or plain(w) or w in FUNCTION_WORDS - SHAPING for w in words)
    )


def _is_talk(clause: str, names_data: Callable[[str], bool]) -> bool:
    """A whole sentence of background in a message that asks its question in another ("The
    accountant is putting the year-end pack together and wants a single figure from me."):
    it ends in a full stop, names nothing in the table, and has no digit, no name, no word
    that would say which rows, when, or how to count, and no word of asking."""
    clause = DUE.sub(" ", clause)  # "the board pack is due Friday": when, never which rows
    words = re.findall(r"[a-z][a-z'-]*", clause.lower())  # "year-end" is no year
    if len(words) < 3 or not re.search(r"[.!]\s*$", clause) or re.search(r"\d", clause):
        return False
    if words[0] in _ASKING or words[0] in _SCOPES or _PLEASE & set(words):
        return False
    if _NAMED.search(clause.strip()) or names_data(clause):
        return False
    timed = {i for i, w in enumerate(words) if w in _WHEN}
    said = {  # "the next flyer drop" says no time; "next month" does
        w for i, w in enumerate(words) if w not in _ORDINALS or {i + 1, i + 2} & timed
    }
    return not said & (SHAPING | _COUNTING | _WHEN)


_ORDINALS = {"next", "last", "first", "previous"}


# Words of how to count and of when: a sentence holding one may scope the question.
_COUNTING = {
    "average", "avg", "mean", "median", "total", "totals", "sum", "max", "maximum", "min",
    "minimum", "count", "share", "percent", "percentage", "rate", "ratio", "blank", "blanks",
    "missing", "empty", "zero", "treat", "round", "rounded", "typical", "cancelled",
    "canceled", "void", "voided", "voids", "refunded", "returned", "rows", "entries",
}  # fmt: skip
_WHEN = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend",
    "weekends", "weekday", "weekdays", "today", "yesterday", "tomorrow", "tonight", "morning",
    "afternoon", "evening", "night", "nights", "week", "weeks", "month", "months", "year",
    "years", "quarter", "season", "spring", "summer", "autumn", "fall", "winter", "christmas",
    "easter", "holiday", "holidays", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "since", "recently",
    "lately", "daily", "weekly", "monthly", "yearly", "annual", "shift", "shifts",
}  # fmt: skip


# Function words that say which rows or how to count, kept even in a sentence of talk.
SHAPING = {
    "only", "just", "excluding", "exclude", "excluded", "except", "without", "ignoring",
    "ignore", "leave", "leaving", "including", "include", "count", "counts", "counted", "per",
    "each", "every", "all", "not", "no", "non", "none", "first", "last", "next", "previous",
    "top", "bottom", "above", "below", "over", "under", "between", "before", "after", "since",
    "until", "within", "than", "more", "less", "fewer", "most", "least",
}  # fmt: skip


# A sentence that asks for something is never talk around the ask: it opens with a verb of
# asking, or says "please".
_ASKING = {
    "give", "show", "tell", "list", "name", "provide", "share", "send", "plot", "draw", "make",
    "add", "include", "break", "split", "sort", "rank", "predict", "forecast", "estimate",
    "compare", "find", "calculate", "compute", "work", "let", "need", "want",
}  # fmt: skip
_PLEASE = {"please", "pls", "plz", "kindly"}


# A clause that opens like a scope, or names someone or somewhere (a capital after its first
# word), may say which rows are meant: never context.
_SCOPES = {"for", "in", "at", "on", "from", "among", "within", "across", "only", "excluding"}
_NAMED = re.compile(r"(?<=\s)(?!I\b|I'[a-z]+\b)[A-Z]")


# What the answer is for, said before the ask in the same sentence: "For the board pack
# I've been asked how many …", "For the insurer I need …", "For the mileage claim, what …".
_LEAD = re.compile(
    r"^\s*(?i:for|in)\s+(?i:the|our|my|a|an|this|next|tomorrow's|today's)\s+"
    r"(?P<said>(?:[a-z'-]+\s+){0,3}?(?P<noun>[a-z'-]+)"
    r"(?:\s+(?:of|on|for|in)\s+(?:the|our|my|a|this)\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]+)?)"
    r"\s*,?\s+(?=(?i:i|i've|i'm|i'd|we|we've|we'd|we're|what|how|which|who|when|could|can|"
    r"would|please|is|are|do|does|did|give|show|tell)\b)"
)


def _lead(question: str, names_data: Callable[[str], bool]) -> tuple[str, str] | None:
    """The sentence's opening phrase of what the answer is for, when it is one: it ends in
    (or its "of …" part names) something an answer is for, names nothing in the table, and
    has no digit or name; with the question without it."""
    found = _LEAD.match(question)
    if found is None:
        return None
    said = found.group("said")
    nouns = set(re.findall(r"[a-z'-]+", said)) & _FOR
    if not nouns or found.group("noun") not in _FOR and said.split()[-1] not in _FOR:
        return None
    if re.search(r"\d", said) or names_data(said):
        return None
    return question[found.end() :], found.group(0).strip(" ,")


# What the answer is for, said at the end of the sentence: "… for the explainer box pls",
# "… for the web version", "… for the comparison line, asap".
_TAIL = re.compile(
    r"[\s,]+for (?:the|a|an|our|my|this) (?P<said>(?:[a-z'-]+ ){0,2}?(?P<noun>[a-z'-]+))"
    r"(?:[\s,]+(?:pls|please|plz|asap|thanks|thx))*\s*[?.!]?\s*$",
    re.I,
)


# Who wants the answer, said first: "ed wants a bar chart of …", "the boss needs to know …".
_WHO = re.compile(
    r"^\s*(?:the |my |our )?(?P<who>[a-z'-]+(?: [a-z'-]+)?) (?:wants|needs|asked for|asks for|"
    r"would like)(?: to know| to see)?\s+",
    re.I,
)


def _tail(question: str, names_data: Callable[[str], bool]) -> tuple[str, str] | None:
    """The sentence's closing phrase of what the answer is for, when it is one (it ends in a
    noun of what answers are for, and names nothing in the table), with the question
    without it."""
    found = _TAIL.search(question)
    if found is None or found.group("noun").lower() not in _FOR:
        return None
    said = found.group("said")
    if re.search(r"\d", said) or names_data(said):
        return None
    return question[: found.start()], found.group(0).strip(" ,?.!")


def unframed(
    question: str, names_data: Callable[[str], bool], plain: Plain = lambda word: False
) -> tuple[str, list[str]] | None:
    """The question without its framing clauses, and the clauses left aside; None when it
    has none (or nothing would be left). `plain(word)`: is the word one the analyst does not
    read at all (no column, value or word it knows)?"""
    who = _WHO.match(question)
    if who is not None and not names_data(who.group("who")) and question[who.end() :].strip():
        rest = unframed(question[who.end() :], names_data, plain)
        said = who.group(0).strip()
        return (rest[0], [said, *rest[1]]) if rest else (question[who.end() :], [said])
    tail = _tail(question, names_data)
    if tail is not None and tail[0].strip() and not _is_frame(tail[0], names_data):
        rest = unframed(tail[0], names_data, plain)
        return (rest[0], [*rest[1], tail[1]]) if rest else (tail[0], [tail[1]])
    led = _lead(question, names_data)
    if led is not None:
        rest = unframed(led[0], names_data, plain)
        return (rest[0], [led[1], *rest[1]]) if rest else (led[0], [led[1]])
    clauses = [c for c in _BREAK.split(question.strip()) if c.strip()]
    dropped: list[str] = []
    while len(clauses) > 1 and "," in clauses[0] and _is_frame(clauses[0], names_data):
        dropped.append(clauses.pop(0))  # "Bit of a sensitive one, so just for me: …"
    clauses = [part for c in clauses for part in _COMMA.split(c) if part.strip()]

    asks = "?" in question

    def aside(clause: str, whole: bool) -> bool:
        return (
            (whole and _is_frame(clause, names_data))
            or _is_context(clause, names_data, plain)
            or (whole and asks and "?" not in clause and _is_talk(clause, names_data))
        )

    while len(clauses) > 1 and aside(clauses[0], not clauses[0].rstrip().endswith(",")):
        dropped.append(clauses.pop(0))
    while len(clauses) > 1 and aside(clauses[-1], not clauses[-2].rstrip().endswith(",")):
        dropped.append(clauses.pop())
    if not dropped:
        return None
    return " ".join(clauses), [c.strip(" .:;-–—") for c in dropped]
