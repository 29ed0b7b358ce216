"""What a table's rows are, from the kind of columns it has: a table with `sex` and `age` is
of people ("how many passengers"), one with `HomeTeam` and `AwayTeam` of matches ("how
many games"), one with `ram` and `speed` of computers ("how many PCs"). A general noun is
read as the rows only when the table shows such evidence; otherwise it stays unknown and
the analyst declines, so "how many customers" on a table of readings is never a row count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from services.llm.offline.names import KEY, bare_words, entities_of, singular, words_of
from services.llm.offline.schema import Table
from services.search import dense


@dataclass(frozen=True)
class RowKind:
    nouns: frozenset[str]  # what such rows are called (singular)
    evidence: frozenset[str]  # column words that show the rows are of this kind
    needed: int  # how many different evidence words the table must have
    together: frozenset[str] = frozenset()  # or: all of these words at once


def _kind(nouns: str, evidence: str, needed: int = 2, together: str = "") -> RowKind:
    return RowKind(
        frozenset(nouns.split()), frozenset(evidence.split()), needed, frozenset(together.split())
    )


KINDS = (
    _kind(
        "person people individual passenger traveller traveler participant respondent subject",
        "sex gender birth dob",
        needed=1,
    ),
    _kind(
        "employee worker staff staffer person people",
        "hire hired salary dept department job grade tenure exit overtime",
    ),
    _kind(
        "player athlete",
        "salary atbat hits hmrun rbi walks putouts assists errors position height weight",
        needed=3,
    ),
    _kind(
        "student pupil learner candidate",
        "course grade score exam mock admission enrolment enrollment batch gpa tuition",
        needed=2,
    ),
    _kind("athlete medallist medalist competitor winner", "medal athlete country nation noc"),
    _kind(
        "element",
        "atomic symbol electronegativity density melting boiling isotope valence",
        needed=3,
    ),
    _kind("match game fixture", "", together="home away"),
    _kind("match game", "", together="winner loser"),
    _kind(
        "machine computer pc laptop device",
        "ram cpu mhz ghz hd hdd ssd screen memory processor",
    ),
    _kind(
        "company firm business corporation",
        "sales profit profits assets marketvalue revenue ebitda employees",
        needed=3,
    ),
    _kind(
        "train service departure",
        "dep departure arr arrival delay route headcode cancelled platform seats",
        needed=3,
    ),
    _kind("flight", "dep departure arr arrival delay carrier airline origin dest", needed=3),
    _kind("trip ride journey", "pickup dropoff fare distance driver", needed=3),
    _kind(
        "car vehicle auto",
        "make model mfr trim msrp hp horsepower odometer mileage mpg drivetrain vin cyl "
        "cylinders displ transmission trsmn",
    ),
    _kind(
        "municipality place community locality",
        "population density census land area km2 sq municipality",
        needed=4,
    ),
    _kind("day trading session", "open high low close volume", needed=4),
)


def _column_words(table: Table) -> set[str]:
    words: set[str] = set()
    for column in table.columns:
        spoken = words_of(column.name).split()
        words |= set(spoken) | {singular(w) for w in spoken}
        words.add("".join(spoken))
    return words


def kind_nouns(table: Table) -> set[str]:
    """The general nouns the table's rows may be called by, with their plurals: by the
    kind of its columns, and the other names of what its file name calls them."""
    words = _column_words(table)
    found: set[str] = set()
    for named in _name_stems(table.filename) | {stem(e) for e in entities_of(table)}:
        found |= _ROW_SYNONYMS.get(named, frozenset())  # `job_date`: jobs are bookings
    for kind in KINDS:
        shown = len(kind.evidence & words) >= kind.needed if kind.evidence else False
        if shown or (kind.together and kind.together <= words):
            found |= kind.nouns
    return found | {_plural(n) for n in found}


_STEMMER = Stemmer.Stemmer("english")  # Snowball (PyStemmer), as file search uses
# Words of file names that say what the file is, not what its rows are.
_FILE_WORDS = set(
    """data dataset table file export extract report list sheet final clean cleaned raw
    sample copy new old latest all full monthly weekly daily yearly annual quarterly hourly by
    per and of the v1 v2 v3""".split()  # noqa: SIM905
)


# Words of file names that name a measure, never a countable row: "the average density for
# every class" of `calif_county_employment_density.csv` asks for no rows per class
MEASURE_WORDS = {
    "density", "densities", "rate", "rates", "ratio", "ratios", "price", "prices", "income",
    "employment", "unemployment", "growth", "temperature", "temperatures", "level", "levels",
    "yield", "yields", "speed", "consumption", "demand", "emissions", "share", "shares",
}  # fmt: skip


_NOMINAL = re.compile(r"(?<=[a-z]{2})ission(?:s)?$")  # admission → admit, submission → submit


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """The Snowball stem, after a noun made with -ission is read as its verb (Snowball
    leaves "admiss" of admission apart from "admit" of admitted)."""
    return str(_STEMMER.stemWord(_NOMINAL.sub("it", word.lower())))


# Other nouns for what a file's name says its rows are (by the Snowball stem of its last
# word): a booking is an appointment, a gift a donation, a birth its mother or baby.
_ROW_SYNONYMS = {
    stem(word): frozenset(others.split())
    for word, others in (
        ("appointment", "booking reservation"),
        ("booking", "reservation appointment"),
        ("reservation", "booking"),
        ("donation", "gift contribution"),
        ("gift", "donation"),
        ("birth", "baby mother mum newborn infant"),
        ("order", "purchase"),
        ("sale", "deal transaction"),
        ("deal", "sale"),
        ("transaction", "sale purchase payment"),
        ("trip", "ride journey"),
        ("ride", "trip journey"),
        ("sailing", "crossing voyage departure"),
        ("shipment", "consignment"),
        ("outage", "interruption"),
        ("ticket", "request"),
        ("request", "ticket"),
        ("listing", "ad advert"),
        ("hire", "booking rental reservation"),
        ("rental", "booking hire reservation"),
        ("callout", "job call visit"),
        ("job", "booking callout order visit"),
    )
}


def file_stems(table: Table) -> frozenset[str]:
    """The stem of the file name's last word, which names its rows: `windsor_housing.csv`
    → hous, `machine_stops.csv` → stop (a machine is not a stop)."""
    return _file_stems(table.filename)


def _name_words(filename: str) -> list[str]:
    """The words of a file's name, without its extension (`birth_weights.csv`)."""
    name = re.sub(r"\.[a-z0-9]+$", "", filename.lower())
    return [w for w in words_of(name).split() if w.isalpha()]


@lru_cache(maxsize=256)
def _file_stems(filename: str) -> frozenset[str]:
    words = [w for w in _name_words(filename) if w not in _FILE_WORDS]
    if words and words[-1] in MEASURE_WORDS:
        return frozenset()
    return frozenset({stem(words[-1])} if words and len(words[-1]) >= 4 else ())


@lru_cache(maxsize=256)
def _name_stems(filename: str) -> frozenset[str]:
    """The stems of every word of the file name (`birth_weights.csv` → birth, weight)."""
    return frozenset(stem(w) for w in _name_words(filename) if len(w) >= 4)


def in_file_name(word: str, table: Table) -> bool:
    """Is the word a form of any word of the file's name ("weddings" of
    `wedding_venue_enquiries.csv`)? Such a word says what the whole table is about."""
    return len(word) >= 4 and word.isalpha() and stem(word) in _name_stems(table.filename)


def names_the_file(word: str, table: Table) -> bool:
    """Whether a word is a form of one of the file name's words: "houses" and "house" of
    `windsor_housing.csv`, "christened" of `london_christenings.csv`. Such a word names the
    rows (or what was recorded in them), as the file name does."""
    if len(word) < 4 or not word.isalpha():
        return False
    return stem(word) in file_stems(table) or _abbreviated(word, table.filename)


def _abbreviated(word: str, filename: str) -> bool:
    """Is the file's last word a short form of the word, its letters in order from the first
    (`dog_grooming_appts.csv`: "appointments"; `fuel_txns.csv`: "transactions")? Only a
    last word that is no common word of its own ("sales" never shortens "salaries")."""
    short = _short_last(filename)
    full = singular(word)
    if short is None or len(full) < len(short) + 3 or full[0] != short[0]:
        return False
    rest = iter(full[1:])
    return all(letter in rest for letter in short[1:])


@lru_cache(maxsize=256)
def _short_last(filename: str) -> str | None:
    words = _name_words(filename)
    last = words[-1] if words else ""
    if len(last) < 4 or not dense.available() or dense.whole_token(last):
        return None
    return last[:-1] if last.endswith("s") else last


def _plural(noun: str) -> str:
    if noun in ("people", "staff"):
        return noun
    if noun.endswith("y") and noun[-2:] not in ("ay", "ey", "oy"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("ch", "s")) else "s")


def key_named(table: Table, said: set[str]) -> str | None:
    """The one id column whose noun is among these words (`order_id` for "order")."""
    keys = [
        c.name
        for c in table.columns
        if KEY.search(c.name.strip()) and bare_words(c.name) != words_of(c.name)
        and singular(bare_words(c.name)) in said
    ]  # fmt: skip
    return keys[0] if len(keys) == 1 else None


_FILE_PHRASE = re.compile(
    r"\b(?:for|in|on|from|of|with) (?:the|this|my|our) ((?:[a-z0-9]+ ){1,3})"
    r"(?:table|file|data|dataset|spreadsheet|sheet|csv|export)\b"
)


def without_file_phrase(text: str, table: Table) -> str:
    """The question with a phrase that says its file's whole name in words ("for the GT cars
    table" of `gtcars.csv`) read as "in the data": the words say which table, not a value
    of it ("GT" is also a model)."""
    name = "".join(_name_words(table.filename))
    for found in _FILE_PHRASE.finditer(text):
        said = found[1].split()
        if len(said) > 1 and "".join(said) == name:  # the whole name, not one of its words
            return f"{text[: found.start()]}in the data{text[found.end() :]}"
    words = _name_words(table.filename)
    if len(words) > 2 and words[-1] in _SPACED:  # `rent_roll_monthly.csv`: "the rent roll"
        bare = "".join(words[:-1])
        for size in (2, 3):
            pattern = _NAMED_AS_FILE + rf"((?:[a-z]+ ){{{size - 1}}}[a-z]+)\b"
            for found in re.finditer(pattern, text):
                if "".join(found[1].split()) == bare:
                    return f"{text[: found.start()]}the data{text[found.end() :]}"
    return text


_SPACED = {"daily", "weekly", "monthly", "quarterly", "yearly", "annual", "hourly", "log"}
_NAMED_AS_FILE = r"\b(?:the|this|our|my)(?: whole| entire)? "
