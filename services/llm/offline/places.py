"""Countries as analysts name them and as tables store them: "germany" in a question is
`DE`, `DEU` or `Germany` in a column, "us" is `United States`. The ISO 3166 names and codes
come from pycountry (a well-kept library of the standard); a few everyday names it does not
know ("uk", "holland", "swiss") are added."""

from __future__ import annotations

from functools import lru_cache

from services.llm.offline.schema import Table

_EVERYDAY = {
    "uk": "GB",
    "britain": "GB",
    "england": "GB",
    "holland": "NL",
    "swiss": "CH",
    "korea": "KR",
    "russia": "RU",
    "german": "DE",
    "french": "FR",
    "italian": "IT",
    "spanish": "ES",
    "dutch": "NL",
    "british": "GB",
    "american": "US",
    "japanese": "JP",
    "chinese": "CN",
    "canadian": "CA",
    "belgian": "BE",
    "austrian": "AT",
    "polish": "PL",
}


@lru_cache(maxsize=2048)
def spellings(word: str) -> frozenset[str]:
    """Every way a table may write the country this word names (lower case); empty when
    the word names no country."""
    import pycountry

    word = word.lower()
    try:
        country = pycountry.countries.lookup(_EVERYDAY.get(word, word))
    except LookupError:
        return frozenset()
    names = {country.alpha_2, country.alpha_3, country.name}
    names |= {getattr(country, k) for k in ("common_name", "official_name") if hasattr(country, k)}
    return frozenset(n.lower() for n in names)


def value_for(word: str, table: Table) -> tuple[str, str] | None:
    """(column, value) of the one category value that is the country this word names."""
    if len(word) < 2 or not word.isalpha():
        return None
    names = spellings(word)
    if not names:
        return None
    found = [
        (column.name, str(value))
        for column in table.of_kind("category")
        for value in column.values
        if str(value).strip().lower() in names
    ]
    return found[0] if len(found) == 1 else None
