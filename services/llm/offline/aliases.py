"""The names a column goes by: its own words, with and without their spaces and units,
its synonyms, spelled-out abbreviations (`fare_rev_gbp` → fare revenue) and, for a
column of one sex (`Males`), "boys" and "men"."""

from __future__ import annotations

import re

from services.llm.offline.names import bare_words, singular, spelled_out, words_of
from services.llm.offline.schema import Column
from services.llm.offline.vocabulary import SYNONYMS

SEXES = {
    "f": ("female", "females", "woman", "women", "girl", "girls"),
    "m": ("male", "males", "man", "men", "boy", "boys"),
    "female": ("woman", "women", "females", "girl", "girls"),
    "male": ("man", "men", "males", "boy", "boys"),
}

OTHER_SEX = {"female": SEXES["m"], "male": SEXES["f"]}


def column_aliases(column: Column) -> set[str]:
    words = words_of(column.name)
    bare = bare_words(column.name)
    aliases = {column.name.lower(), words, words.replace(" ", ""), singular(words), bare}
    aliases.add(" ".join(re.sub(r"[^a-z0-9 ]", " ", words).split()))  # `Remote?` → remote
    aliases.add(singular(bare))
    for key in (words, words.replace(" ", ""), column.name.lower(), bare):
        aliases.update(SYNONYMS.get(key, ()))
    for spelled in spelled_out(words) | spelled_out(bare):  # `fare_rev_gbp` → fare revenue
        aliases |= {spelled, singular(spelled), *SYNONYMS.get(spelled, ())}  # `loc`: "site"
    for part in words.split():
        if part in ("eur", "usd", "gbp", "pct", "amount", "total", "num", "nr", "id"):
            rest = " ".join(w for w in words.split() if w != part)
            if rest:
                aliases.add(rest)
                aliases.update(SYNONYMS.get(rest, ()))
    plain = [w for w in bare.split() if not re.search(r"\d", w)]  # `discharge_1e8_m3`
    for i, part in enumerate(plain):  # `unemployment_rate`: "jobless rate"
        for other in SYNONYMS.get(part, ()):
            aliases.add(" ".join([*plain[:i], other, *plain[i + 1 :]]))
    if "sold" in plain:  # `units_sold`, `qty_sold`: "sales" alone is what was sold
        aliases |= {"sales", "sale"}
    counted = re.fullmatch(r"(?:n|nb|no|num|cnt)_?([a-z]{3,}s)", bare.replace(" ", ""))
    if counted:  # `ncases`, `n_deaths`: a count of cases, deaths
        aliases |= {counted.group(1), singular(counted.group(1))}
    for sex, names in SEXES.items():  # a column of `Males`: "boys", "men"
        if len(sex) > 1 and singular(bare) == sex:
            aliases.update(names)
            if column.flag:  # a 0/1 `female`: "men" are its rows of 0 (flags.yes_no)
                aliases.update(OTHER_SEX[sex])
    return {a for a in aliases if a}
