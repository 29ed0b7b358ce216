"""Finding a table's columns and category values in a question: exact names, synonyms,
plurals, adjectives ("widest petals" → petal width) and small typos."""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.llm.offline.abbreviations import (
    abbreviation,
    code_words,
    compact_name,
    only,
    own_units,
    status_code,
)
from services.llm.offline.aliases import SEXES as _SEXES
from services.llm.offline.aliases import column_aliases
from services.llm.offline.columnwords import head_words, step_aliases
from services.llm.offline.function_words import FUNCTION_WORDS, LINKING
from services.llm.offline.names import (
    KEY,
    UNIT_NAMES,
    UNIT_WORDS,
    bare_words,
    entities_of,
    has,
    initials,
    normalize,
    shared_prefix,
    shortened,
    similar,
    singular,
    spelled_out,
    spoken_parts,
    words_of,
)
from services.llm.offline.owners import owned
from services.llm.offline.rowkinds import in_file_name, kind_nouns, names_the_file, stem
from services.llm.offline.schema import Table
from services.llm.offline.vocabulary import (
    FILLER,
    VALUE_ALIASES,
)
from services.llm.offline.wordforms import (
    code_of,
    code_spelled,
    compound_of,
    dimension,
    families,
    flag_forms,
    stem_of,
)
from services.llm.offline.wordplace import (
    after_rows,
    before_rows,
    beside,
    digits,
    how_many,
    ing_of_key,
    rows_of_measure,
)

__all__ = [  # the names most of the analyst uses, found here as before the split
    "KEY", "UNIT_NAMES", "UNIT_WORDS", "Matcher", "Mention", "bare_words", "column_aliases",
    "entities_of", "has", "normalize", "shared_prefix", "similar", "singular", "words_of",
]  # fmt: skip


LOOSE_AT_MOST = 210  # a column of more values is read by whole values only


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    column: str
    value: str | None = None  # a category value of the column, or None for the column
    loose: bool = False  # found by a typo, an abbreviation or one word of a longer name


def blanked(tokens: list[str], mentions: list[Mention]) -> str:
    """The question with the words these mentions cover written as "_", so a pattern
    searched in it finds only the words that name no column or value."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    return " ".join("_" if i in covered else t for i, t in enumerate(tokens))


# Words before a number that says how many to show ("top 5", "bottom 3")
_RANKS = {"top", "bottom", "first", "last", "best", "worst", "highest", "lowest", "largest"}


class Matcher:
    """Finds columns and category values named in a question."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.aliases = {c.name: column_aliases(c) for c in table.columns}
        self.heads: dict[str, set[str]] = {}
        for column in table.columns:  # "invoices" are the rows; only loosely `invoice_no`
            bare = bare_words(column.name)
            if KEY.search(column.name) and bare != words_of(column.name):
                self.aliases[column.name] -= {bare, singular(bare)}
                self.heads.setdefault(column.name, set()).update({bare, bare + "s"})
        for name, unit in own_units(table).items():
            self.aliases[name].add(unit)  # "total kWp" → `System Size (kWp)`
            bare = name.lower().removesuffix(unit)
            if bare != name.lower() and len(bare) >= 3 and bare.isalpha():
                self.aliases[name].add(bare)  # "area" of `areakm2`
        for name, steps in step_aliases(table).items():
            self.aliases[name] |= steps
        self.entities = entities_of(table) | kind_nouns(table)
        for name, said in head_words(table, self.entities).items():
            self.heads.setdefault(name, set()).update(said)
        self.compact = {c.name: compact_name(c.name) for c in table.columns}
        self.values: dict[str, list[tuple[str, str]]] = {}
        self.upper: set[str] = set()  # words the question wrote in capitals ("IN", "US")
        self.tokens: list[str] = []
        for column in table.columns:
            if column.kind in ("category", "bool", "text"):
                pairs = [(v, normalize(v)) for v in column.values]
                pairs += [(v, words_of(v)) for v, norm in list(pairs) if words_of(v) != norm]
                pairs += [  # a long table's `REV_EUR`: "revenue"
                    (v, spelled) for v in column.values[:MAX_SPELLED]
                    for spelled in spelled_out(words_of(v)) | spelled_out(bare_words(v))
                ]  # fmt: skip
                pairs += [
                    (v, alias) for v, norm in list(pairs) for alias in VALUE_ALIASES.get(norm, ())
                ]
                if words_of(column.name).split()[-1] in ("gender", "sex"):  # F/M: "women"
                    pairs += [(v, a) for v, norm in list(pairs) for a in _SEXES.get(norm, ())]
                self.values[column.name] = pairs
        self.written = {norm for pairs in self.values.values() for _, norm in pairs}
        self.noes = {  # yes/no columns and their "no" value ("unapproved": Approved = N)
            c.name: no
            for c in table.columns
            if {v.lower().removesuffix(".0") for v in c.values} in _YES_NO
            for no in [v for v in c.values if v.lower()[:1] in "nf"][:1]
        }
        self.short_codes = {  # values of 3–4 capitals (DLV, EXP): "delivered", "export"
            name: [
                (v, norm) for v, norm in pairs if v.isupper() and v.isalpha() and 3 <= len(v) <= 4
            ]
            for name, pairs in self.values.items()
        }
        self.coded = {  # columns of short capital codes (GLU, SOD): "glucose" → GLU
            name
            for name, values in self.values.items()
            if values and all(v.isupper() and len(v) <= 6 for v, _ in values)
        }
        # Multi-word values by their initials ("ge" → General Electric) and by each word
        # ("bugs" → bugs_opened), looked up per phrase of every question.
        self.value_initials: dict[str, set[tuple[str, str]]] = {}
        self.value_words: dict[str, set[tuple[str, str]]] = {}
        for name, values in self.values.items():
            if len(values) > LOOSE_AT_MOST:
                continue  # hundreds of names read whole: "people" is no Korea, Dem. People's Rep.
            for value, norm in values:
                words = norm.split()
                if len(words) > 1:
                    self.value_initials.setdefault(initials(words), set()).add((name, value))
                    for word in words:
                        self.value_words.setdefault(singular(word), set()).add((name, value))

    def _negated(self, phrase: str, start: int, end: int) -> Mention | None:
        """ "unapproved", "non-remote": the "no" value of a yes/no column so named."""
        found = re.match(r"^(?:un|non-?|not-)([a-z]{4,})$", phrase)
        if found is None:
            return None
        for name, no in self.noes.items():
            bare = self.aliases[name] & set(self.tokens)  # "remote … than non-remote"
            if found.group(1) in self.aliases[name] and not bare:
                return Mention(start, end, name, no)
        return None

    def mentions(self, tokens: list[str], upper: set[str] | None = None) -> list[Mention]:
        self.upper = upper or set()
        self.tokens = tokens
        glued = {  # "long jump" of `longjump` stays "long", not length
            i for i in range(len(tokens) - 1) if tokens[i] + tokens[i + 1] in self.compact.values()
        }
        tokens = [  # "grp" is a group, unless the data writes GRP
            t if i in glued or t in self.written else _SHORT.get(t, dimension(self.compact, t))
            for i, t in enumerate(tokens)
        ]
        found: list[Mention] = []
        taken = [False] * len(tokens)
        for loose in (False, True):  # exact names and values everywhere first, then typos
            for size in (4, 3, 2, 1):
                for start in range(len(tokens) - size + 1):
                    if any(taken[start : start + size]):
                        continue
                    phrase = " ".join(tokens[start : start + size])
                    mention = self._match(phrase, start, start + size, loose=loose)
                    if mention is not None:
                        found.append(mention)
                        for i in range(start, start + size):
                            taken[i] = True
        found += self._scattered(tokens, taken)
        found += [
            Mention(i, i + 1, name, value)
            for i, name, value in families(self.values, tokens, taken, self.upper)
        ]
        return owned(self, sorted(found, key=lambda m: m.start))

    def _scattered(self, tokens: list[str], taken: list[bool]) -> list[Mention]:
        """A two-word column named apart: "widest petals" → petal width."""
        words = {singular(t): i for i, t in enumerate(tokens) if not taken[i]}
        for word, i in list(words.items()):  # "claimed" → claim
            for ending in ("ed", "d", "ing"):
                if len(word) > len(ending) + 3 and word.endswith(ending):
                    words.setdefault(word[: -len(ending)], i)
        found = []
        for column in self.table.columns:
            parts = spoken_parts(column.name)
            if len(parts) == 2 and all(p in words for p in parts):
                first = min(words[p] for p in parts)
                found.append(Mention(first, first + 1, column.name))
                for p in parts:
                    taken[words[p]] = True
        return found

    def _match(self, phrase: str, start: int, end: int, *, loose: bool) -> Mention | None:
        single = singular(phrase)
        for column in self.table.columns:  # exact column names and synonyms first
            aliases = self.aliases[column.name]
            if phrase in aliases or single in aliases:
                if rows_of_measure(self, phrase, single, column.name, start):
                    return None  # "how many walks" of `dog_walks.csv`: rows, not `walk_mins`
                return Mention(start, end, column.name)
        glued = phrase.replace(" ", "")  # "beer tax" → beertax, "long jump" → longjump
        if " " in phrase and len(glued) >= 6:
            same = [n for n, c in self.compact.items() if c in (glued, singular(glued))]
            if len(same) == 1:
                return Mention(start, end, same[0])
        if " " not in phrase and re.fullmatch(r"\d+[a-z]+", phrase):  # "800m" → run800m
            ends = [n for n, c in self.compact.items() if c.endswith(phrase) and c != phrase]
            if len(ends) == 1:
                return Mention(start, end, ends[0])
        negated = self._negated(phrase, start, end)
        if negated is not None:
            return negated
        if phrase.isdigit() and self.tokens[start - 1 : start] and self.tokens[start - 1] in _RANKS:
            return None  # "top 5 countrycodes": how many to show, never the code 5
        for name, values in self.values.items():
            for value, norm in values:
                if (phrase == norm or single == norm or single == singular(norm)) and (
                    norm not in FUNCTION_WORDS
                    or phrase in self.upper
                    or phrase not in LINKING  # "countrycodes by": a link, not the code BY
                    and (
                        beside(self, name, start, end)  # "the data team"
                        or before_rows(self, end)  # "ok orders"
                        or after_rows(self, start)
                    )
                ):
                    return Mention(start, end, name, value)
        if not loose or {phrase, single, phrase.removesuffix("es")} & self.entities:
            return None  # "matches" of `match_date`: the rows, counted as rows
        found = self._loosely(phrase, single, start, end)
        if found is not None and found.value is None and ing_of_key(phrase, found.column):
            return None  # "marketing spend" is no `market_ids`
        if found is not None and names_the_file(phrase, self.table):
            named = self.table.column(found.column)
            if named is not None and named.kind == "date" and found.value is None:
                return None  # "returns" of `ecommerce_returns.csv`: the rows, not `Return Date`
            longer = [
                w for w in words_of(found.column).split()
                if w.startswith(single) and len(w) >= len(single) + 3
            ]  # fmt: skip
            if found.value is None and longer:
                return None  # "polls" of `…_polls_2016.csv`: the rows, not `pollster`
        if (
            found is not None
            and found.value is not None
            and in_file_name(phrase, self.table)
            and len(re.sub(r"\(.*?\)", "", found.value).split()) > 1  # but Generation (MWh)
        ):
            return None  # "weddings" of `wedding_venue_enquiries.csv`: not Wedding Fair
        return found

    def _loosely(self, phrase: str, single: str, start: int, end: int) -> Mention | None:
        for name, heads in self.heads.items():
            if phrase in heads or single in heads:
                return Mention(start, end, name, None, True)
        flagged = only(flag_forms(self.table, phrase))
        if flagged:
            return Mention(start, end, flagged, None, True)
        if (phrase in FILLER or phrase in FUNCTION_WORDS) and phrase not in self.upper:
            stem = (
                stem_of(self.compact, phrase) if len(phrase) >= 6 else None
            )  # "return" ~ returned
            if stem:
                return Mention(start, end, stem, None, True)
            pair = only(self._value_stem(phrase))  # "generate" → the value Generation (MWh)
            pair = pair or status_code(self.short_codes, phrase)  # "delivered" → the code DLV
            pair = pair or only({  # "hours" → the long table's value hours_cleaned
                p for p in self.value_words.get(singular(phrase), set())
                if words_of(p[1]).split()[0] == phrase and len(phrase) >= 4 and phrase[-1] == "s"
            })  # fmt: skip
            return Mention(start, end, pair[0], pair[1], True) if pair else None
        found = self._loose(phrase, single, start, end)
        if found is not None and found.value is not None and how_many(self, phrase, found, end):
            return None  # "which 3 levels": how many, never the value `Level 3`
        return Mention(found.start, found.end, found.column, found.value, True) if found else None

    def _value_stem(self, phrase: str) -> set[tuple[str, str]]:
        """The values one of whose words is another form of this word ("generate" →
        Generation (MWh)); six letters or more, so the forms are not chance alike."""
        if len(phrase) < 6 or " " in phrase:
            return set()
        return {
            pair for word, pairs in self.value_words.items() for pair in pairs
            if len(word) >= 6 and stem(word) == stem(phrase)
        }  # fmt: skip

    def _loose(self, phrase: str, single: str, start: int, end: int) -> Mention | None:
        if " " not in phrase:
            initials = self.value_initials.get(phrase) if 2 <= len(phrase) <= 4 else None
            # One word of a longer value names it ("bremen" → Werder Bremen, "bugs" →
            # bugs_opened), but a plural after its first word is a common noun ("all
            # companies" is not the value Trading companies).
            words = self.value_words.get(single) or self._value_stem(phrase)
            if singular(phrase) != phrase:  # ("admissions" is still ADMITS, its first word)
                words = {
                    pair for pair in words
                    if stem(first := words_of(pair[1]).split()[0]) == stem(phrase)
                    and (first == phrase or len(first) >= 6)
                }  # fmt: skip
            for found in (initials, words):
                pair = only(found or set())  # "ge" → General Electric; "bugs" → bugs_opened
                if pair is not None:
                    return Mention(start, end, pair[0], pair[1])
        spelled = code_spelled(self.values, self.coded, phrase)  # "no-show" → NS
        if spelled is not None:
            return Mention(start, end, spelled[0], spelled[1])
        coded = code_words(self.values, phrase) if " " in phrase else None
        if coded is not None:  # "occupied beds" → BEDS_OCC, "total employment" → TOTEMP
            return Mention(start, end, coded[0], coded[1])
        abbreviated = abbreviation(self.compact, phrase)
        if abbreviated is not None:
            return Mention(start, end, abbreviated)
        if " " not in phrase and len(phrase) == 4:  # "hire" → the value Hired
            pair = only({
                (name, value) for name, values in self.values.items() for value, norm in values
                if " " not in norm and len(norm) <= 7 and stem(norm) == stem(phrase)
            })  # fmt: skip
            return Mention(start, end, pair[0], pair[1]) if pair is not None else None
        if len(phrase) < 5:
            return None
        for column in self.table.columns:  # then typos
            if any(
                similar(phrase, alias) or similar(single, alias)
                for alias in self.aliases[column.name]
                if len(alias) >= 5
            ):
                return Mention(start, end, column.name)
        for name, values in self.values.items():
            for value, norm in values:
                if len(norm) >= 5 and similar(phrase, norm) and digits(phrase) == digits(norm):
                    return Mention(start, end, name, value)
        compound = compound_of(self.table, self.aliases, single)
        if compound is not None:
            return Mention(start, end, compound)
        stemmed = {
            (name, value)
            for name, values in self.values.items()
            for value, norm in values
            if " " not in phrase
            and len(norm) >= 5
            and (
                shared_prefix(phrase, norm) >= max(5, 0.75 * min(len(phrase), len(norm)))
                or stem(norm) == stem(phrase)  # "admissions" → the value ADMITS
            )
        }
        pair = only(stemmed)  # "deployed" → the value "deploys"
        if pair is None and " " not in phrase:
            pair = only(  # "electrical" → the value ELEC, "hydraulic" → HYD
                {
                    (name, value)
                    for name, values in self.values.items()
                    for value, norm in values
                    if len(norm) >= 3
                    and (shortened(norm, phrase) or code_of(self.coded, name, value, phrase))
                    and norm[1] == phrase[1]
                }
            )
        return Mention(start, end, pair[0], pair[1]) if pair else None


MAX_SPELLED = 60  # values of a column whose abbreviations are spelled out

_YES_NO = ({"yes", "no"}, {"true", "false"}, {"y", "n"})
# Short words of questions read as the word they stand for ("for each yr").
_SHORT = {
    "yr": "year", "yrs": "years", "mth": "month", "mths": "months", "wk": "week",
    "grp": "group", "grps": "groups",
}  # fmt: skip
