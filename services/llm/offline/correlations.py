"""A correlation matrix said in words: the strongest pairs, each with how strong it is."""

from __future__ import annotations

import math

from services.llm.offline.cells import label


def strength(value: float) -> str:
    size = abs(value)
    word = (
        "very strong"
        if size >= 0.8
        else "strong"
        if size >= 0.6
        else "moderate"
        if size >= 0.4
        else "weak"
        if size >= 0.2
        else "very weak or no"
    )
    direction = "positive" if value > 0 else "negative"
    return f"a {word} {direction} relationship" if size >= 0.2 else f"{word} relationship"


def matrix_text(matrix: dict[str, dict[str, float]], source: str) -> str:
    pairs = []
    names = list(matrix)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            value = matrix[a].get(b)
            if value is not None and not math.isnan(value):
                pairs.append((a, b, value))
    pairs.sort(key=lambda p: -abs(p[2]))
    lines = [f"Correlations between the numeric columns ({source}); the strongest:"]
    for a, b, value in pairs[:5]:
        lines.append(f"- {label(a)} and {label(b)}: **{value:.2f}** ({strength(value)})")
    return "\n".join(lines)
