"""Ways of asking that other registers of English have, said the way the analyst reads
them before the question is parsed:

- Indian English: "centre-wise count" (by centre), "till date" (the whole data), "revert
  with" / "kindly share" (give), "v/s", amounts in lakh and crore ("above 1.5 lakh" is above
  150000), digits grouped the Indian way ("Rs 1,25,000").
- a worksheet's register: part labels ("(b) …"), "Repeat for …" (the question before, with
  one part changed), an imperative verb that only says "answer" ("Determine …", "State …"),
  a first sentence that describes the data ("The data describe …") before the ask.
- financial years: "FY 2023-24", "FY24" read as their months, starting in the month the
  conversation defines ("FY is April to March", "FY23 = Jul 22 to Jun 23"), else April; a
  table that keeps the year as written (`FY2023-24`) keeps its own spelling.
"""

from __future__ import annotations

import re

from services.llm.offline.function_words import FUNCTION_WORDS
from services.llm.offline.names import singular, words_of
from services.llm.offline.schema import Table
from services.llm.offline.vocabulary import MONTHS

_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_NAMES = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]  # fmt: skip

# Words a "-wise" phrase never starts with: "need payment mode wise count" → by payment mode
_BEFORE_WISE = {
    "need", "needs", "please", "pls", "plz", "kindly", "give", "share", "the", "a", "an",
    "and", "of", "for", "me", "us", "show", "provide", "revert", "with", "all", "total",
    "overall", "get", "want", "what", "is", "tell", "also", "send", "our", "your", "my",
}  # fmt: skip
_WISE = re.compile(r"\b([a-z][\w]*(?:[ -][a-z][\w]*){0,3})[ -]wise\b", re.I)

_REWRITES = (
    # a worksheet's part label: "(b) Repeat for July 2010."
    (re.compile(r"^\s*(?:part\s+)?\(?(?:[a-h]|i{1,3}|iv)\)\s*", re.I), ""),
    (
        re.compile(
            r"\brepeat(?:\s+(?:part\s+)?\(?[a-h]\)?)?(?:\s+the\s+calculation)?\s+(?:for|with|using)\b",
            re.I,
        ),
        "what about",
    ),  # fmt: skip
    (
        re.compile(
            r"\b(?:now\s+)?restrict(?:\s+(?:it|this|that|the analysis|the sample))?\s+to\b", re.I
        ),
        "now only",
    ),  # fmt: skip
    (re.compile(r"\brecompute\s+", re.I), ""),
    # "…, and state that mean": the figure the answer gives anyway
    (
        re.compile(
            r",?\s+and\s+(?:state|report|give)\s+(?:that|this|its)\s+(?:mean|median|"
            r"value|rate|figure|count|number|total|amount)\b",
            re.I,
        ),
        "",
    ),  # fmt: skip
    # "Convert and report the mean … in degrees Celsius", "(b) Convert it to degrees Celsius."
    (re.compile(r"(^|[.;:]\s+)convert(?:ed)?\s+and\s+(?:report|give|state)\b", re.I), r"\1give"),
    (
        re.compile(
            r"(^|[.;:]\s+)convert\s+(?:it|this|that|the answer|your answer)\s+(?:in)?to\b", re.I
        ),
        r"\1what is it in",
    ),  # fmt: skip
    # an imperative that only says "answer this"
    (re.compile(r"(^|[.;:]\s+)(?:determine|state|identify|obtain)\b", re.I), r"\1give"),
    (
        re.compile(
            r"(^|[.;:]\s+)(?:illustrate|construct|produce)\b(?=\s+(?:a|an|the|side|box|bar|"
            r"line|pie|scatter|histograms?|charts?|plots?|these|this|it)\b)",
            re.I,
        ),
        r"\1show",
    ),
    # an order to list in, said as a span: "(Mon to Sun)", "Apr to Mar order", a list of the
    # quarters' months "(Jan-Mar, Apr-Jun, Jul-Sep, Oct-Dec)"
    (
        re.compile(
            rf",?\s*\(?(?:in\s+)?(?:{_NAMES}|mon|monday)\s*(?:to|-|–)\s*(?:{_NAMES}|sun|sunday)"
            r"\s+order\)?",
            re.I,
        ),
        "",
    ),
    (re.compile(rf"\((?:\s*(?:{_NAMES})\s*[-–]\s*(?:{_NAMES})\s*,?){{3,4}}\)", re.I), ""),
    # "for the years 2000 to 2009 (inclusive)": the years between them
    (
        re.compile(
            r"\b(?:for|in|during|over|across|covering)\s+(?:the\s+)?years?\s+((?:1[5-9]|20)\d\d)"
            r"\s*(?:to|through|thru|until|till|-|–)\s*((?:1[5-9]|20)\d\d)(?:,?\s+inclusive)?\b",
            re.I,
        ),
        r"between \1 and \2",
    ),  # fmt: skip
    # a note on the groups after "each period": "(periods 1 to 7)", "(four groups)", "(0-23)"
    (
        re.compile(
            r"(\b(?:each|every|by|per)\s+(?:[a-z]+\s+){0,4}?[a-z]+)\s*\((?:\s*[a-z]+\s+)?\d+\s*"
            r"(?:to|-|–)\s*\d+\s*\)",
            re.I,
        ),
        r"\1",
    ),  # fmt: skip
    (
        re.compile(
            r"\s*\((?:two|three|four|five|six|seven|eight|\d+)\s+(?:groups|strata|categories|"
            r"classes|values)\)",
            re.I,
        ),
        "",
    ),  # fmt: skip
    (
        re.compile(
            r"\s*\((?:mon(?:day)?\s*(?:to|-|–)\s*sun(?:day)?|jan(?:uary)?\s*(?:to|-|–)\s*"
            r"dec(?:ember)?)\)",
            re.I,
        ),
        "",
    ),  # fmt: skip
    # "at or below 32": 32 or less
    (re.compile(r"\bat\s+or\s+(?:below|under)\s+(-?[\d.,]+)", re.I), r"\1 or less"),
    (re.compile(r"\bat\s+or\s+(?:above|over)\s+(-?[\d.,]+)", re.I), r"\1 or more"),
    # "the date of the first reading and the date of the last": the span the data covers
    (
        re.compile(
            r"\b(?:give|state|report|what (?:is|are))\s+the\s+dates?\s+of\s+the\s+first\s+"
            r"(?:[a-z]+\s+)?and\s+(?:the\s+date\s+of\s+)?the\s+last\s+[a-z]+\b",
            re.I,
        ),
        "what are the first and last dates",
    ),  # fmt: skip
    # "East-division players": the two words, each to be read
    (
        re.compile(
            r"\b([a-z]+)-(division|league|region|zone|class|group|team|type|category|"
            r"segment|tier|grade|level|band)\b",
            re.I,
        ),
        r"\1 \2",
    ),  # fmt: skip
    # ", along with the box count": the figures the answer shows anyway
    (
        re.compile(
            r",?\s+along\s+with\s+(?:the|their|its)\s+[a-z ]{1,30}?(?=\s*(?:[.?!]|$))", re.I
        ),
        "",
    ),
    # Indian English
    (re.compile(r"\brevert\s+(?:back\s+)?with\b", re.I), "give"),
    (re.compile(r"\b(?:kindly|please|pls|plz|pl|also|can you|could you)\s+share\b", re.I), "give"),
    (re.compile(r"(^|[.?!]\s+)share\s+(?=(?:the|me|us|your|a|an)\b)", re.I), r"\1give "),
    (re.compile(r"\bv/s\.?", re.I), "vs"),
    # "average ticket size (recharge value per txn)": the formula in brackets is the ask
    (re.compile(r"\b(?:average |avg\.? )?ticket size\s*(?=[^()]{0,30}\()", re.I), ""),
    (re.compile(r"\b(?:average |avg\.? )?ticket size\b", re.I), "average order value"),
    (re.compile(r"\b(?:till|upto|up to|to) date\b", re.I), ""),
    (
        re.compile(
            r"\bas per (?:the|this|our) (?:data|report|register|file|sheet|records?)\b", re.I
        ),
        "",
    ),  # fmt: skip
    (
        re.compile(
            r"\b(?:in|for|over|across) the (?:entire|full|whole|complete) (?:data|dataset|"
            r"period|register|report|record|sample|table|business|file|cohort|deployment)\b"
            r"(?!['’]s)|\b(?:in|of|across) the (?:cohort|whole business)\b(?!['’]s)",
            re.I,
        ),
        "",
    ),  # fmt: skip
    (
        re.compile(
            r"\b(month|week|day|quarter)[- ]on[- ]\1\b(?!\s*(?:%|change|growth|increase|"
            r"decrease|rise|fall|drop|difference))",
            re.I,
        ),
        r"by \1",
    ),  # fmt: skip
)

# "the hour of the day (0-23) at which the mean glucose is highest": which hour has the
# highest mean glucose
_AT_WHICH = re.compile(
    r"\b(?:(?:give|find|state|determine|identify|report|what (?:is|was))\s+)?the\s+"
    r"([a-z]+(?:\s+[a-z0-9]+){0,3}?)(?:\s*\([^)]*\))?\s+(?:at|in|on|during|for|with)\s+which\s+"
    r"(?:the\s+)?([^,.;?]+?)\s+(?:is|was|were|are|reached|peaked at)\s+(?:the\s+)?"
    r"(highest|lowest|largest|smallest|greatest|biggest|maximum|minimum|max|min)\b",
    re.I,
)


# A first sentence that only describes the data, before the ask: "The data describe …."
_DESCRIBES = re.compile(
    r"^\s*(?:the|these|this)\s+(?:data|dataset|table|file|records?)\s+(?:describes?|lists?|"
    r"gives?|contains?|covers?|shows?|holds?|records?|comes?|are|is)\b[^.?!]*[.!]\s+(?=\S)",
    re.I,
)

# Indian digit groups (1,25,000; 2,50,00,000) and amounts in rupees, lakh and crore
_INDIAN_GROUPS = re.compile(r"(?<![\d,])\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])")
_RUPEES = re.compile(r"(?:₹|\brs\b\.?|\binr\b)\s*(\d[\d,]*(?:\.\d+)?)", re.I)
_LAKH = re.compile(r"(\d+(?:\.\d+)?)\s*(lakhs?|lacs?|crores?|cr)\b", re.I)


def _scaled(match: re.Match[str]) -> str:
    factor = 1e7 if match[2].lower().startswith("cr") else 1e5
    value = float(match[1]) * factor
    return f"{value:.0f}" if value == int(value) else f"{value}"


def _wise(match: re.Match[str]) -> str:
    words = re.split(r"[ -]", match[1])
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() in _BEFORE_WISE:
            break
        kept.insert(0, word)
    if not kept:
        return match[0]
    skipped = words[: len(words) - len(kept)]
    return " ".join([*skipped, "by", *kept])


SHARE = re.compile(r"\bshare\b|%|\bper ?cent|\bproportion\b|\bfraction\b", re.I)  # asks a share
# "all centres", "across all wards together", "all outlets and operators": no rows left out
_ALL = re.compile(
    r",?\s*\b(?:(?:for|across|in|at|over|from)\s+)?all\s+(?:the\s+)?([a-z]+)"
    r"((?:\s*(?:,|and|&)\s*(?:all\s+)?(?:the\s+)?[a-z]+)*)"
    r"(?:\s+(?:together|combined|added|included|put together))?\b",
    re.I,
)


_TOTAL_NUMBER = re.compile(r"\btotal\s+(?:number|count|no\.?)\s+of\s+([a-z]+)", re.I)


def _counted(text: str, table: Table) -> str:
    """ "the total number of medals" on a table of medal rows: a count, never the sum of
    some number column; "the total number of divorces" of a `Divorces` column is its sum."""
    numbers = {w for c in table.of_kind("number") for w in words_of(c.name).split()}

    def said(found: re.Match[str]) -> str:
        noun = found[1].lower()
        return found[0] if {noun, singular(noun)} & numbers else f"number of {found[1]}"

    return _TOTAL_NUMBER.sub(said, text)


def _all_of(text: str, table: Table) -> str:
    """The question without "all <groups>" where the groups are a column's ("all centres"
    of `Centre`): every row is kept, as it is without the words."""
    words = {
        w for c in table.columns if c.kind in ("category", "text") for w in words_of(c.name).split()
    }

    if SHARE.search(text):
        return text  # "as a percent of all the countries": the base of a share

    def drop(found: re.Match[str]) -> str:
        nouns = [found[1], *re.findall(r"[a-z]+", found[2] or "", re.I)]
        nouns = [n.lower() for n in nouns if n.lower() not in ("and", "all", "the")]
        plural = all(singular(n) != n for n in nouns)
        return "" if plural and all(singular(n) in words for n in nouns) else found[0]

    return _ALL.sub(drop, text)


def _initialled(text: str, table: Table) -> str:
    """ "East division" of a `Division` kept as E and W, "American League" of A and N: the
    word before (or after) the column's name is its value by its initial."""
    for column in table.columns:
        values = set(column.values)
        if not values or len(values) > 6 or not all(len(v) == 1 and v.isupper() for v in values):
            continue
        name = re.escape(column.name)

        def initial(found: re.Match[str], values: set[str] = values) -> str:
            word = found.group("word")
            letter = word[0].upper()
            if word.lower() in FUNCTION_WORDS or len(word) < 3 or letter not in values:
                return found[0]
            return found[0].replace(word, letter, 1)

        text = re.sub(rf"\b(?P<word>[A-Za-z]+)[\s-]+{name}\b", initial, text, flags=re.I)
    return text


def regional(text: str, table: Table | None = None) -> str:
    """The question in the words the analyst reads (see the module's docstring)."""
    described = _DESCRIBES.sub("", text)
    text = described if described.strip() else text
    for pattern, said in _REWRITES:
        text = pattern.sub(said, text)
    if table is not None:
        text = _counted(_all_of(_initialled(text, table), table), table)
    text = _AT_WHICH.sub(lambda m: f"which {m[1]} has the {m[3]} {m[2]}", text)
    text = _WISE.sub(_wise, text)
    text = _INDIAN_GROUPS.sub(lambda m: m[0].replace(",", ""), text)
    text = _RUPEES.sub(lambda m: m[1].replace(",", "") + " rupees", text)
    return _LAKH.sub(_scaled, text)


# Financial years: "FY 2023-24", "FY2023/24", "FY 23-24", "FY24", "FY 2024"
_FY = re.compile(r"\bfy\s*'?(\d{2}|\d{4})(?:\s*[-–/]\s*(\d{2}|\d{4}))?\b", re.I)
_FY_MONTHS = re.compile(
    rf"\b(?:fy|financial year|fiscal year)s?\b[^.?!]{{0,30}}?(?:\bis\b|=|\bmeans\b|\bruns?\b|"
    rf"\bfrom\b|:|\(|,)\s*(?:from\s+)?({_NAMES})\.?\s*(?:'?\d{{2,4}}\s*)?"
    rf"(?:to|-|–|through|till|until)\s*({_NAMES})\b",
    re.I,
)
# "the 2022/23 financial year", "financial year 2023-24": a financial year said in words
_FY_SAID = re.compile(
    r"\b(?:the )?((?:19|20)\d\d\s*[/–-]\s*\d{2}(?:\d{2})?)\s+(?:financial|fiscal)\s+years?\b"
    r"|\b(?:the )?(?:financial|fiscal)\s+years?\s+((?:19|20)\d\d\s*[/–-]\s*\d{2}(?:\d{2})?)\b",
    re.I,
)
# A span said in full right after the year ("FY 2023-24, i.e. Apr 2023 to Mar 2024")
_SPELLED = re.compile(
    rf"^\s*[,(]?\s*(?:i\.?e\.?,?|that is,?|=|means)?\s*(?:from\s+)?"
    rf"({_NAMES})\.?\s*'?(\d{{4}}|\d{{2}})\s*(?:to|-|–|through|till|until)\s*({_NAMES})\.?\s*'?(\d{{4}}|\d{{2}})\b\s*\)?",
    re.I,
)
_DEFINITION = re.compile(
    rf"\(\s*(?:fy|financial year|fiscal year)\s*(?:is|=|means|runs?)?\s*(?:from\s+)?"
    rf"({_NAMES})\w*\.?\s*(?:to|-|–|through)\s*({_NAMES})\w*\.?\s*\)",
    re.I,
)


def _end_year(first: str, second: str | None) -> int:
    """The calendar year a financial year ends in: "2023-24" → 2024, "24" → 2024."""
    said = second or first
    year = int(said)
    if year < 100:
        year += 2000 if year < 70 else 1900
    if second is not None and len(second) < len(first):  # "2023-24": the century of 2023
        year = int(first[: len(first) - len(second)] + second)
    return year


def first_month(question: str, earlier: list[str]) -> int | None:
    """The month the conversation says its financial year starts in, if it says one."""
    for said in [question, *reversed(earlier)]:
        found = _FY_MONTHS.search(said)
        if found is not None:
            return MONTHS[found.group(1).lower()]
    return None


def _kept_years(table: Table) -> dict[int, str]:
    """A column that keeps financial years as written (`FY2023-24`): end year → value."""
    for column in table.columns:
        values = [str(v) for v in column.values[:40]]
        if values and all(_FY.fullmatch(v.strip()) for v in values):
            return {_end_year(*_FY.fullmatch(v.strip()).groups()): v for v in values}  # type: ignore[union-attr]
    return {}


def financial_years(question: str, earlier: list[str], table: Table) -> tuple[str, list[str]]:
    """The question with each financial year said as the months it spans (or as the table
    writes it), and what was read."""
    kept = _kept_years(table)
    start = first_month(question, earlier) or 4
    text = _DEFINITION.sub(" ", _FY_SAID.sub(lambda m: f"FY {m[1] or m[2]}", question))
    if any(_FY.search(e) or _FY_SAID.search(e) for e in earlier):  # "and for 2023/24?"
        text = re.sub(r"(?<!FY )\b((?:19|20)\d\d\s*/\s*\d{2})\b", r"FY \1", text)
    # "FY 2023/24 (1 April 2023 to 31 March 2024)": the days it spans, said again
    text = re.sub(rf"(\bFY \S+)\s*\((?=[^)]*\b(?:{_NAMES}))[^)]*\)", r"\1", text, flags=re.I)
    readings: list[str] = []
    pieces: list[str] = []
    at = 0
    for match in _FY.finditer(text):
        end = _end_year(match[1], match[2])
        following = _SPELLED.match(text[match.end() :])
        pieces.append(text[at : match.start()])
        at = match.end()
        if kept:
            pieces.append(kept.get(end, match[0]))
            at += following.end() if following is not None else 0  # the months said again
        elif following is not None:  # "FY 2023-24, i.e. Apr 2023 to Mar 2024": those months
            first, second = (_end_year(following[i], None) for i in (2, 4))
            pieces.append(f"from {following[1]} {first} to {following[3]} {second} ")
            at += following.end()
        else:
            first_year = end - 1 if start > 1 else end
            last = _MONTH_NAMES[(start - 2) % 12]
            span = f"{_MONTH_NAMES[start - 1]} {first_year} to {last} {end}"
            readings.append(f"“{match[0]}” as {span}")
            pieces.append("from " + span)
    pieces.append(text[at:])
    return "".join(pieces), readings
