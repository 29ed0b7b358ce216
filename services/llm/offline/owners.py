"""Which column a value belongs to when several hold it: the one named beside it ("brown
eyes" is `Eye` = Brown even where `Hair` has Brown too), or, for values listed side by
side ("by continent: AF, AS and EU"), the one column that holds them all."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from services.llm.offline.matcher import Matcher, Mention


def owned(m: Matcher, found: list[Mention]) -> list[Mention]:
    """The mentions, each value given to the column that owns it in the question."""
    out = []
    for mention in found:
        beside = {
            n.column for n in found
            if n.value is None and (n.start == mention.end or n.end == mention.start)
        }  # fmt: skip
        owners = {
            name for name in beside
            if mention.value is not None
            and any(v == mention.value for v, _ in m.values.get(name, ()))
        }  # fmt: skip
        if mention.column not in beside and len(owners) == 1:
            mention = replace(mention, column=owners.pop())
        out.append(mention)
    return _listed(m, out)


def _listed(m: Matcher, found: list[Mention]) -> list[Mention]:
    """Values listed side by side are values of the one column that holds them all, where
    another also holds some (`iso` has AF and AS, `continentcode` AF, AS and EU)."""
    out = list(found)
    chain: list[int] = []
    for i in range(len(out) + 1):
        mention = out[i] if i < len(out) else None
        valued = mention is not None and mention.value is not None
        if (
            mention is not None
            and valued
            and (not chain or _next_to(m.tokens, out[chain[-1]], mention))
        ):
            chain.append(i)
            continue
        values = [out[j].value for j in chain]
        common = [
            name for name, pairs in m.values.items()
            if all(any(v == value for v, _ in pairs) for value in values)
        ]  # fmt: skip
        if len(chain) > 1 and len(common) == 1:
            for j in chain:
                out[j] = replace(out[j], column=common[0])
        chain = [i] if valued else []
    return out


def _next_to(tokens: list[str], n: Mention, m: Mention) -> bool:
    """Are the two values side by side in a list ("af as and eu")?"""
    between = tokens[n.end : m.start]
    return not between or between in (["and"], ["or"], ["vs"])
