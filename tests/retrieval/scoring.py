"""How a retriever is scored on this set. A reference for whoever runs the set; it knows nothing
about any implementation.

A retriever is any callable that takes a question and returns ranked chunks, best first, each
as `(document, text)`: the document's file name (a path is fine; only its last part is used)
and the chunk's text as returned to the user.

A chunk **answers** a question when it comes from the question's document and it shares with
the question's passage a run of consecutive words at least half as long as the passage
(rounded down, but at least three words, or the whole passage if it is shorter). Words are
`\\w+` runs, lower-cased, so whitespace, line breaks and Markdown or CSV punctuation (`|`, `*`,
backticks, quotes) do not matter, and a passage cut in two by a chunk boundary still counts in
the chunk holding the larger part.

- recall@5: share of questions with an answering chunk among the first 5.
- MRR@10: mean over questions of 1/rank of the first answering chunk within the first 10
  (0 when there is none).

`UNANSWERABLE` questions are not part of these two numbers; see README.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from tests.retrieval.questions import Question

Chunk = tuple[str, str]
Retriever = Callable[[str], Sequence[Chunk]]

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def longest_common_run(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest run of consecutive words found in both `a` and `b`."""
    best = 0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0] * (len(b) + 1)
        for j, y in enumerate(b, start=1):
            if x == y:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def answers(question: Question, chunk: Chunk) -> bool:
    document, text = chunk
    if PurePath(document).name != question.document:
        return False
    passage = words(question.passage)
    return longest_common_run(passage, words(text)) >= needed(len(passage))


def needed(passage_words: int) -> int:
    """Shared consecutive words a chunk needs to answer a passage of `passage_words` words."""
    return min(passage_words, max(3, passage_words // 2))


def first_rank(question: Question, ranked: Iterable[Chunk], depth: int = 10) -> int | None:
    """1-based rank of the first chunk that answers `question`, looking at `depth` chunks."""
    for rank, chunk in enumerate(ranked, start=1):
        if rank > depth:
            break
        if answers(question, chunk):
            return rank
    return None


@dataclass(frozen=True)
class Score:
    questions: int
    recall_at_5: float
    mrr_at_10: float
    ranks: list[int | None]


def evaluate(questions: Sequence[Question], retrieve: Retriever) -> Score:
    ranks = [first_rank(q, retrieve(q.text), depth=10) for q in questions]
    n = len(questions)
    return Score(
        questions=n,
        recall_at_5=sum(r is not None and r <= 5 for r in ranks) / n,
        mrr_at_10=sum(1 / r for r in ranks if r is not None) / n,
        ranks=ranks,
    )
