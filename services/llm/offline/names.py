"""How the names of a table's columns and values are spoken: normalising a question,
singular forms, a column name's words, its units, how names shorten words ("temp" →
temperature, "lg" → league, `amt` → amount) and small typos."""

from __future__ import annotations

import re

from services.llm.offline.claims import claim_checked
from services.llm.offline.days import said_as_iso
from services.llm.offline.numberwords import continental, digits
from services.llm.offline.schema import Table
from services.llm.offline.sheettalk import DUE, signs_said, talk_said
from services.llm.offline.speech import spoken
from services.llm.offline.vocabulary import ABBREVIATIONS, SHORTHAND, day_ranges
from services.search import dense

_MONEY = {"$": "dollars", "£": "pounds", "€": "euros"}


_GLUED_UNIT = r"\b(\d+(?:\.\d+)?)(kg|g|km|mi|cm|mm|lbs?|f|c|hrs?|mins?|secs?|mwh|kwh|gb|mb|ml)\b"
_TIMES = {"once": "1", "twice": "2", "thrice": "3"}


_PERIOD = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|(?:19|20)\d\d)"
)
# Two months or years set against each other: "how much higher … in june than in december"
# is the change from december to june.
_PERIODS_THAN = re.compile(rf"\bin ({_PERIOD}) than (?:in )?({_PERIOD})\b", re.I)


def normalize(text: str) -> str:
    text = DUE.sub(" ", text)
    text = signs_said(text)
    text = spoken(digits(continental(text)))  # "above one hundred and ten" → above 110; "um"
    # ("5 grand"); "1.500 €", "2,5 hours", "12 000 km", "3 Mio." as written on the continent
    text = re.sub(r"\bper\s+cent\b", "percent", text, flags=re.I)  # "sixty per cent"
    text = re.sub(r"\bin percent(?:age)?\b(?!\s+(?:of|points?)\b)", "in %", text, flags=re.I)
    text = _PERIODS_THAN.sub(r"from \2 to \1", text)  # "higher in june than in december"
    text = re.sub(r"\(\s*q[1-4]\s*(?:=|is|means)[^)]*\)", " ", text, flags=re.I)  # "(Q1 = Jan–Mar)"
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # 30,000 → 30000
    text = re.sub(r"(?<=\d)\+(?=\s|$)", " or more", text)  # "10+ yrs" → 10 or more yrs
    text = re.sub(r"\b(\w+er|more|less) then (?=[$£€]?\d)", r"\1 than ", text)  # "older then 50"
    text = re.sub(r"\bgraphics?\b", "chart", text, flags=re.I)  # "a line graphic"
    text = re.sub(r"\bweigh(?:s|ed|ing)?\b", "weight", text, flags=re.I)  # "weighed over 5kg"
    text = re.sub(r"\baged\b(?=\s+(?:\d|over|under|above|below|between|at|from))", "age", text,
                  flags=re.I)  # "workers aged 60 or older": their age  # fmt: skip
    text = re.sub(_GLUED_UNIT, r"\1 \2", text, flags=re.I)  # "5kg" → 5 kg, "70F" → 70 F
    text = re.sub(r"\b(than|least|most|exactly) (once|twice|thrice)\b",  # "more than once"
                  lambda m: f"{m[1]} {_TIMES[m[2]]}", text, flags=re.I)  # fmt: skip
    text = re.sub(r"\bno\.\s", "number ", text, flags=re.I)  # "no. of" → "number of"
    text = re.sub(r"(?<![\w'-])n of (?=[a-z])", "number of ", text, flags=re.I)  # "n of obs"
    text = re.sub(  # "— express in millions"; never "express in 2023" (an express service)
        r"\bexpress(?:ed)? in (?=(?:thousands|millions|billions)\b)", "in ", text, flags=re.I
    )
    text = re.sub(  # "age range?", "the tsize range of the cohort": the range of age
        r"\b(?!(?:date|time|year|period|the|a|full|whole|entire|same|data)\b)([a-z]\w*) range\b"
        r"(?=\s*(?:[?(,.]|$|of\b|in\b|for\b))",
        r"range of \1",
        text,
    )
    text = re.sub(  # "World pop 2020, millions", "(in millions)": the answer's scale
        r"\s*(?:[,(–—]|\s-)\s*(?:in\s+)?(thousands|millions|billions)\s*\)?\s*\??\s*$",
        r" in \1",
        text,
        flags=re.I,
    )
    text = re.sub(r"\b(\d{1,2}):(\d{2})\b", r"\1h\2", text)  # 22:00 → 22h00, one word
    text = re.sub(r"\b(\d{1,2}(?:h\d{2})?)\s+([ap]m)\b", r"\1\2", text, flags=re.I)  # 8 am
    # "in $" → in dollars, "$100" → 100 dollars: the currency said as a word, kept
    text = re.sub(r"\bin\s*([$£€])(?=\s*(?:[,.;:?!)]|$))", lambda m: "in " + _MONEY[m[1]], text)
    text = re.sub(r"([$£€])\s?(\d[\d.]*(?:k|m|mn|bn)?)\b", lambda m: f"{m[2]} {_MONEY[m[1]]}", text)
    # "total $ claimed" → total dollars claimed; "in $ billions" keeps only its scale
    text = re.sub(r"[$£€](?!\s*(?:thousands?|millions?|billions?|bn|mn|m|k)\b)",
                  lambda m: f" {_MONEY[m[0]]} ", text)  # fmt: skip
    text = re.sub(r"(?<![\w'-])u(?![\w'-])", "you", text)  # chat: "can u", lower case only
    text = re.sub(r"(?<![\w'-])r(?= (?:there|they|we|you|still|the)\b)", "are", text)  # "r still"
    text = re.sub(r"(?<=[a-z]) n (?=[a-z])(?!(?:of|by|per|=)\b)", " and ", text)  # "x n y"
    text = text.lower().replace("’", "'").replace("'s ", " ")
    text = talk_said(text)  # spreadsheet and chat talk (sheettalk.py)
    text = claim_checked(text)  # "… says the average was over 40 — what is it actually?"
    text = day_ranges(text)  # "Mo-Fr" → monday to friday
    text = said_as_iso(text)  # "3 April 2023", "03.04.2023" → 2023-04-03
    text = re.sub(r"(?<!\d )(?<!\d)\b(?:kw|cw)\s*(?=\d{1,2}\b)", "week ", text)  # "KW 12"
    text = re.sub(r"\b(?:iso|calendar)\s+(weeks?)\b", r"\1", text)  # "ISO week 12"
    text = re.sub(r"^n (?=\d{4}\b)", "and ", text)  # a follow-up "n 2023"
    # "how many orders, any status", "whatever the outcome": no status is left out
    text = re.sub(r"\b(?:(?:of|in|with|at) )?(?:any|all|every|whatever(?: the| its| their)?|"
                  r"regardless of(?: the)?) (?:status(?:es)?|outcomes?)\b", " ", text)  # fmt: skip
    text = re.sub(r"\b(in (?:dollars|euros|pounds)),? (?:not|rather than|instead of) "
                  r"(?:in )?cents\b", r"\1", text)  # "tips in dollars not cents"  # fmt: skip
    text = re.sub(r"\bsince (?:it|they|we|she|he) (?:opened|started|began|joined)\b", " ", text)
    text = re.sub(r"\bdiff\b(?=\s+(?!between|in|of|from)[a-z]+s\b)", "different", text)
    text = re.sub(r"(?<=[a-z])'(?:ve|re|ll|d|m)\b", "", text)  # "we've had" → we had
    text = re.sub(r"[^\w%.\-/ ]+", " ", text)
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text)
    text = re.sub(r"\btaking (?=(?:all|every|each|the|a|an)\b)", "", text)  # "taking all years"
    text = re.sub(r"\bback (?=in \d{4}\b)", "", text)  # "back in 1970"
    text = re.sub(r"(?<![\w-])(?:ex|excl|w/o)(?=\s+\w)", "excluding", text)  # "ex voids"
    text = re.sub(r"(?<=[a-z])/(?=[a-z])", " / ", text)  # "ldl/hdl" → ldl / hdl
    text = re.sub(r"\bhalf[\s-]hour(?:ly|s)?\b", "halfhourly", text)  # the rows of a series
    text = re.sub(r"\btop(?:ped|s)\s+(?=[$£€]?\d)", "above ", text)  # "weeks that topped 6m"
    text = re.sub(r"\ball told\b", "altogether", text)  # "how much rain fell, all told"
    # "if you add up all the years", "all years in the file added together", "lump all the
    # years together": every year pooled
    text = re.sub(
        r"\b(?:if you )?(?:add|lump)(?:ing|ed)? (?:up |together )?(?:all |both )?"
        r"(?:the )?(?:\w+ )?years(?: together| up)?\b",
        "across all years",
        text,
    )
    text = re.sub(
        r"\b(?:all )?(?:the )?years (?:in the (?:file|data) )?(?:added|lumped) "
        r"(?:together|up)\b",
        "across all years",
        text,
    )
    # "add up staff on shift for 2024"; never a sum of several ("a, b and c") or a product
    text = re.sub(r"^add up\b(?![^?]*(?:,| and | times | multiplied ))", "total", text)
    # "leave out the ones where the tip is blank": the rows where it is filled in
    text = re.sub(r"\b(?:leave|leaving|leaves) out (?:the )?(?:ones|rows|lines|those|entries) "
                  r"where (?:the )?((?:\w+ ){0,2}?\w+) (?:is|are|was|were) "
                  r"(?:blank|missing|empty)\b", r"where \1 is filled", text)  # fmt: skip
    # "how much did we take in december": the money taken
    text = re.sub(r"\bhow much (?:did|do|does|have|has) (?:we|they|you|it|the \w+) "
                  r"(?:take|taken)\b", "how much takings", text)  # fmt: skip
    # "the most we took in a day", "what did duck eggs bring in": the money taken
    text = re.sub(r"\bthe (most|least) (?:we|they|you|it) (?:took|take|made|make|brought in)\b",
                  r"the \1 takings", text)  # fmt: skip
    if not re.search(r"\b(?:revenue|takings|sales|money|income|turnover|fees?)\b", text):
        text = re.sub(
            r"\b(?:bring|brings|brought|bringing|(?<=how much )(?:came|come|comes)) in\b"
            r"(?=\s*(?:$|[?.!,;]|(?:in|during|"
            r"on|at|last|this|from|for|over|across|per|by|altogether|overall|so far)\b))",
            "takings",
            text,
        )  # fmt: skip  ("how much came in"; "cases come in" arrive)
    # "what's the most we took in one day": the day with the most
    text = re.sub(r"\b(?:what(?: is| was|s)? )?the (most|least|highest|lowest|biggest) "
                  r"((?:(?!\b(?:one|each|any|single|every)\b).)+?) in "
                  r"(?:one|a single|a|any one|any single|any) (day|week|month|quarter|year)\b",
                  r"which \3 had the \1 \2", text)  # fmt: skip
    text = re.sub(r"\ball up\b(?=\s*$)", "altogether", text)  # "how many have we had all up"
    text = re.sub(r"\banywhere\b|\b(?:over|across) (?:everything|the board)\b", "overall", text)
    text = re.sub(r"\bytd (\d{4})\b|\b(\d{4}) ytd\b", r"in \1\2", text)  # "ytd 2023": that year
    text = re.sub(r"\bon (?:the|our) books\b", "", text)  # "how many tutors are on the books"
    # "the whole log", "the stop log": the data; "log over 250 callouts" is no data
    text = re.sub(r"\blog\b(?!\s+(?:over|more|less|under|fewer|at|above|below|\d))", "data", text)
    text = re.sub(r"\boperating (?=days?\b|hours?\b)", "", text)  # "per operating day"
    text = re.sub(r"\bcalendar (?=years?\b)", "", text)  # "each calendar year"
    # "its lowest population and its highest" → lowest and highest population
    text = re.sub(r"\b(lowest|smallest|minimum) ((?:\w+ ){1,6}?)and (?:(?:its|the|his|her|their|"
                  r"our) )?(highest|largest|maximum)\b", r"\1 and \3 \2", text)  # fmt: skip
    return " ".join(SHORTHAND.get(word, word) for word in text.split())


_IRREGULAR = {
    "men": "man", "women": "woman", "children": "child", "people": "person",
    "persons": "person", "feet": "foot", "mice": "mouse", "teeth": "tooth",
}  # fmt: skip


def singular(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    if len(word) == 3 and word.endswith("s") and word[1].isdigit():
        return word[:-1]  # "l5s" → l5
    return word


def words_of(name: str) -> str:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    return " ".join(w for w in re.split(r"[\s_\-.()\[\]/]+", spaced.lower()) if w).strip()


# Units and markers people leave out when they name a column: `salary_usd`, `durationSec`,
# `length (mm)`, `co2_ppm`, `bonusPct`.
UNIT_WORDS = set(
    """usd eur gbp chf jpy pct percent perc amount amt total num nr no id sec secs s ms min
    mins minutes hrs hr h hours days d kg g lbs lb km m mm cm ppm c f degc degf mph kmh kph
    in inch ft cnt qty k bpm rpm kwh mwh gwh kw mw gw ml psi""".split()  # noqa: SIM905
)


# A unit's names in questions: "seconds" → the one column kept in `…Sec`.
UNIT_NAMES = {
    "seconds": ("sec", "secs", "s"),
    "minutes": ("min", "mins"),
    "hours": ("h", "hr", "hrs", "hours"),
    "kilograms": ("kg",),
    "kilos": ("kg",),
    "kilometres": ("km",),
    "kilometers": ("km",),
    "dollars": ("usd",),
    "euros": ("eur",),
    "pounds": ("gbp", "lbs", "lb"),
    "percent": ("pct",),
}


_WHEN = {"date", "time", "at", "on", "ts", "timestamp", "datetime", "day", "dt", "when", "start",
         "started", "end", "ended", "begin", "finish", "of"}  # fmt: skip


def entities_of(table: Table) -> set[str]:
    """What a table's rows are, from its one date column named for them: `match_date` →
    match, `StopStart` → stop (so "how many matches" counts rows). Several such columns
    (`orderDate`, `shipDate`) name the steps a row goes through, not the rows."""
    found = set()
    for column in table.of_kind("date"):
        words = words_of(column.name).split()
        kept = [w for w in words if w not in _WHEN]
        if len(kept) == 1 and len(words) > 1 and len(kept[0]) >= 3:
            found.add(kept[0])
    return found if len(found) == 1 else set()


def bare_words(name: str) -> str:
    """A column's words without its unit: `durationSec` → "duration"."""
    words = words_of(name).split()
    kept = [w for w in words if w not in UNIT_WORDS]
    return " ".join(kept) if kept else " ".join(words)


def spelled_out(words: str) -> set[str]:
    """A column's words with each shortened word written out ("fare rev gbp" → "fare revenue
    gbp"), and without a trailing currency or unit ("fare revenue")."""
    parts = words.split()
    if not any(p in ABBREVIATIONS for p in parts):
        return set()
    found = set()
    for choice in range(max(len(ABBREVIATIONS.get(p, ("",))) for p in parts)):
        spelled = [ABBREVIATIONS[p][min(choice, len(ABBREVIATIONS[p]) - 1)]
                   if p in ABBREVIATIONS else p for p in parts]  # fmt: skip
        found.add(" ".join(spelled))
        kept = [w for w in spelled if w not in UNIT_WORDS]
        if kept:
            found.add(" ".join(kept))
    return found


def similar(a: str, b: str) -> bool:
    """Equal but for a typo: one edit (or swap of neighbours) per five letters, at most two."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if shortest < 5 or abs(len(a) - len(b)) > 2 or a[0] != b[0] and a[:2] != b[1::-1]:
        return False
    return _edits(a, b, limit=min(2, shortest // 5)) <= min(2, shortest // 5)


def _edits(a: str, b: str, *, limit: int) -> int:
    """Optimal string alignment distance (insert, delete, substitute, swap), capped."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


KEY = re.compile(r"(^|[_\s.\-])(id|key|code|no|nr|uuid|number)$|[a-z]Id$|ID$", re.I)


# Currency codes a column name may carry → (its symbol, the names a question may use).
CURRENCIES: dict[str, tuple[str, set[str]]] = {
    "usd": ("$", {"usd", "dollar", "dollars"}),
    "gbp": ("£", {"gbp", "pound", "pounds", "sterling"}),
    "eur": ("€", {"eur", "euro", "euros"}),
    "chf": ("", {"chf"}),
    "jpy": ("¥", {"jpy", "yen"}),
    "cad": ("", {"cad", "dollar", "dollars"}),
    "aud": ("", {"aud", "dollar", "dollars"}),
    "nzd": ("", {"nzd", "dollar", "dollars"}),
    "inr": ("₹", {"inr", "rupee", "rupees", "rs"}),
}

CURRENCY_WORDS = {w for _, words in CURRENCIES.values() for w in words}  # "dollars", "gbp" …


def spoken_parts(name: str) -> list[str]:
    """A column's words as a question says them apart ("amount claimed" → `claim_amt
    (GBP)`): shortenings spelled out, currencies left out."""
    words = [ABBREVIATIONS.get(w, (w,))[0] for w in words_of(name).split() if w not in CURRENCIES]
    return words if len(words) > 1 else words_of(name).split()


_VOWELS = set("aeiou")


def shortened(part: str, word: str) -> bool:
    """Is `part` how a column name shortens `word`: its first four letters or more
    ("temp" → temperature, "perf" → performance), or its first letter and some of its
    consonants ("lg" → league, "amt" → amount, "qty" → quantity)?"""
    if len(word) < 5 or len(part) >= len(word) or not part.isalpha() or part[0] != word[0]:
        return False
    if len(part) >= 4:
        if word.startswith(part):
            return True
        rest = iter(word[1:])  # "intg" → integrity, "dmnr" → demeanor, "rten" → retention
        return (
            len(part) == 4
            and len(word) >= 7
            and all(letter in rest for letter in part[1:])
            and not (dense.available() and dense.whole_token(part))  # "sets" ≠ spectators
        )
    if len(part) < 2 or _VOWELS & set(part[1:]):
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in part[1:])  # in order


def initials(words: list[str]) -> str:
    return "".join(word[0] for word in words)


def shared_prefix(a: str, b: str) -> int:
    """How many leading letters two words share."""
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return size


def prefixes(words: list[str], compact: str, *, shortest: int = 2, skeletons: bool = False) -> bool:
    """Is `compact` made of a prefix of each word in turn, each at least `shortest` letters?
    With `skeletons`, a piece may also be a word's consonants ("gp" of group: `agegp`)."""
    if not words:
        return not compact
    if not compact:
        return False
    word, rest = words[0], words[1:]
    for size in range(min(len(word), len(compact)), 0, -1):
        piece = compact[:size]
        fits = size >= shortest and word[:size] == piece or skeletons and shortened(piece, word)
        if fits and prefixes(rest, compact[size:], shortest=shortest, skeletons=skeletons):
            return True
    return False


def has(text: str, phrases: tuple[str, ...] | list[str]) -> str | None:
    for phrase in sorted(phrases, key=len, reverse=True):
        if re.search(rf"(?<![\w%]){re.escape(phrase)}(?![\w])", text):
            return phrase
    return None
