"""Accounting for every word of a question. A word is understood when it names a column or a
value, is an operation, a time expression or a number, or is a function word. Any other
word means the analyst did not understand the question, and it says so instead of
answering a different question."""

from __future__ import annotations

import re

from services.llm.offline.matcher import Mention, similar, singular, words_of
from services.llm.offline.schema import Table
from services.llm.offline.vocabulary import (
    ADJECTIVES,
    AGGREGATIONS,
    CHARTS,
    FILLER,
    FREQUENCIES,
    MONTHS,
    WEEKDAYS,
)

# Words that carry no content of their own in a question about a table.
FUNCTION_WORDS = set(
    """
    a about above across after again against all almost along also although always am
    among an and any anything are around as at be because been before being below
    beside besides between both but by can could did do does doing done during each
    either else even ever every for from further had has have having he her here hers
    him his how however i if in including inside into is it its itself just least
    let lets me might mine more most much must my near neither no nor not of off on
    once one only onto or other our ours out over own per please quite rather really
    same she should since so some somehow something such than that the their them
    then there these they this those though through throughout thus to together too
    toward towards under unless until up upon us very via was we were what whats
    whatever when where whether which while who whom whose why will with within without
    would yes yet you your yours ok okay hey hi thanks thank pls plz kindly
    show shown tell give list find get compute calculate work figure display print see
    look looks looking want need like know check report return provide break broken
    put pull produce draw plot plotted graph chart make made create visualize visualise
    summarize summarise describe explain compare compared comparing rank ranked ranking
    sort sorted order ordered group grouped split splitting broke
    happen happened occur occurred record recorded register registered take took taken
    place placed sell sold buy bought purchase purchased spend spent pay paid earn
    earned generate generated bring brought ship shipped receive received deliver
    delivered have got go went come came fall fell rise rose grow grew change changed
    vary varies varied differ differs doing do done perform performed performing
    go going gone stand stands standing look trend trending move moved moving
    how whats what's which who when where much many number numbers no nr num count
    counts counted total totals sum summed overall whole entire altogether combined
    value values amount amounts figure figures level levels rate rates data dataset
    table file sheet row rows record records entry entries observation observations
    line lines case cases item items thing things stuff one ones
    typical typically usually generally roughly approximately approx about around
    exactly precisely just only same also instead too either both
    each every per all any some none whole
    first last next previous prior latest earliest recent newest oldest
    top bottom best worst highest lowest largest smallest biggest greatest most least
    higher lower larger smaller bigger greater more less fewer longer shorter
    high low large small big great long short many few much
    average avg mean median typical minimum min maximum max
    ratio proportion percentage percent pct share fraction portion part
    growth grow grew grown increase increased decrease decreased decline declined
    difference differ change changed delta gap
    between from to vs versus against compared than
    year years yr yrs month months mo week weeks day days daily weekly monthly
    quarterly yearly annual annually quarter quarters hour hours hourly date dates
    time times period periods season seasonal weekday weekdays weekend weekends
    weekdays range span cover covers covered coverage start starts end ends begin
    begins earliest latest
    distribution distributed spread histogram outlier outliers correlation correlated
    relationship related breakdown split summary overview missing null nulls blank
    unique distinct different separate individual
    above below over under exceeding exceed exceeds beyond within least atleast
    greater less fewer than equal equals
    so far overall altogether in total
    often frequent frequently common commonly usual
    except excluding exclude excluded without apart besides ignoring including include
    evolve evolved evolving develop developed over_time matrix heatmap chart bar pie
    customers customer clients client people persons person users user guests guest
    visitors members buyers shoppers folks everyone anyone someone
    overall whole entire general across altogether
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

_NUMBERISH = re.compile(
    r"^(?:[$€£]?-?\d[\d,]*(?:\.\d+)?(?:%|k|m|bn|b|st|nd|rd|th|s)?|q[1-4]|h[12]|\d{4}s?|%)$"
)


def row_nouns(table: Table) -> set[str]:
    """What a table's rows are called, from its file name: `orders.csv` → order(s)."""
    stem = re.sub(r"\.[a-z0-9]+$", "", table.filename.lower())
    nouns = set()
    for word in words_of(stem).split():
        nouns |= {word, singular(word), word + "s"}
    return nouns


def known_vocabulary() -> set[str]:
    words = set(FUNCTION_WORDS) | set(FILLER) | set(MONTHS) | set(WEEKDAYS) | set(ADJECTIVES)
    for group in (AGGREGATIONS, CHARTS, FREQUENCIES):
        for phrases in group.values():
            for phrase in phrases:
                words |= set(phrase.split())
    return words


_KNOWN = known_vocabulary()


def unknown_words(tokens: list[str], mentions: list[Mention], table: Table) -> list[str]:
    """The words of the question that nothing accounts for, in order."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    nouns = row_nouns(table)
    column_words = {w for c in table.columns for w in words_of(c.name).split()}
    found = []
    for index, token in enumerate(tokens):
        word = token.strip("-/.'")
        if index in covered or not word or _NUMBERISH.match(word):
            continue
        base = singular(word)
        if word in _KNOWN or base in _KNOWN or word in nouns or base in nouns:
            continue
        if base in column_words or len(word) <= 2:
            continue
        if _stem(word) in _KNOWN or _stem(word) in column_words:
            continue
        if len(word) >= 5 and any(similar(word, k) for k in _KNOWN if len(k) >= 5):
            continue  # a typo of a known word
        found.append(word)
    return list(dict.fromkeys(found))


def _stem(word: str) -> str:
    for ending in ("ing", "ed", "es", "ly", "s"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word
