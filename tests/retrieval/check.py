"""Self-check of the retrieval evaluation set; exits 1 on any problem.

    python -m tests.retrieval.check

Checks that every document exists, is UTF-8, has 400–3,000 words (CSV files: four columns
`column,type,unit,description`) and is used by at least one question; that every passage is
20–300 characters, occurs exactly once in its document and in no other document, and is found
by the reference scorer (`scoring.answers`) in its document but not in the rest of that
document once the passage is cut out, so only a chunk overlapping the passage can count as a
hit; that question texts are unique. Then prints counts.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections import Counter

from tests.retrieval.questions import DOCUMENTS, QUESTIONS, UNANSWERABLE
from tests.retrieval.scoring import answers

MIN_DOCUMENTS = 22
MIN_QUESTIONS = 70
MIN_UNANSWERABLE = 8
MIN_STRUCTURED = 10
WORDS = (400, 3000)
PASSAGE = (20, 300)
CSV_HEADER = ["column", "type", "unit", "description"]
SUFFIXES = {".md", ".txt", ".csv"}

_LIST_ITEM = re.compile(r"^\s*(?:[-*]\s|\d+(?:\.\d+)*\.?\s)")


def where(text: str, passage: str) -> str:
    """What kind of line the passage starts on: table, list, csv or prose."""
    start = text.index(passage)
    line = text[text.rfind("\n", 0, start) + 1 : text.find("\n", start)]
    if line.lstrip().startswith("|"):
        return "table row"
    if _LIST_ITEM.match(line):
        return "list item or numbered clause"
    return "prose"


def main() -> int:
    errors: list[str] = []
    files = sorted(p for p in DOCUMENTS.iterdir() if p.is_file())
    texts: dict[str, str] = {}
    for path in files:
        if path.suffix not in SUFFIXES:
            errors.append(f"{path.name}: unexpected file type")
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            errors.append(f"{path.name}: not UTF-8")
            continue
        texts[path.name] = text
        n_words = len(text.split())
        if not WORDS[0] <= n_words <= WORDS[1]:
            errors.append(f"{path.name}: {n_words} words, outside {WORDS}")
        if path.suffix == ".csv":
            rows = list(csv.reader(io.StringIO(text)))
            if rows[0] != CSV_HEADER:
                errors.append(f"{path.name}: header {rows[0]} is not {CSV_HEADER}")
            if any(len(row) != len(CSV_HEADER) for row in rows):
                errors.append(f"{path.name}: a row does not have {len(CSV_HEADER)} fields")
    if len(texts) < MIN_DOCUMENTS:
        errors.append(f"{len(texts)} documents, fewer than {MIN_DOCUMENTS}")

    kinds: Counter[str] = Counter()
    for i, q in enumerate(QUESTIONS):
        label = f"question {i} ({q.text!r})"
        if q.document not in texts:
            errors.append(f"{label}: document {q.document!r} does not exist")
            continue
        if not PASSAGE[0] <= len(q.passage) <= PASSAGE[1]:
            errors.append(f"{label}: passage has {len(q.passage)} characters")
        occurrences = texts[q.document].count(q.passage)
        if occurrences != 1:
            errors.append(f"{label}: passage occurs {occurrences} times in {q.document}")
            continue
        elsewhere = [name for name, t in texts.items() if name != q.document and q.passage in t]
        if elsewhere:
            errors.append(f"{label}: passage also occurs in {elsewhere}")
        if not answers(q, (q.document, texts[q.document])):
            errors.append(f"{label}: the scorer does not find the passage in its document")
        rest = texts[q.document].replace(q.passage, " \x00 ")
        if answers(q, (q.document, rest)):
            errors.append(f"{label}: the scorer also matches text outside the passage")
        kinds[
            "csv row" if q.document.endswith(".csv") else where(texts[q.document], q.passage)
        ] += 1

    duplicates = [t for t, n in Counter(q.text for q in QUESTIONS).items() if n > 1]
    duplicates += [t for t, n in Counter(UNANSWERABLE).items() if n > 1]
    if duplicates:
        errors.append(f"duplicate questions: {duplicates}")
    overlap = {q.text for q in QUESTIONS} & set(UNANSWERABLE)
    if overlap:
        errors.append(f"questions both answerable and unanswerable: {sorted(overlap)}")

    per_document = Counter(q.document for q in QUESTIONS)
    unused = [name for name in texts if per_document[name] == 0]
    if unused:
        errors.append(f"documents no question uses: {unused}")
    if len(QUESTIONS) < MIN_QUESTIONS:
        errors.append(f"{len(QUESTIONS)} questions, fewer than {MIN_QUESTIONS}")
    if len(UNANSWERABLE) < MIN_UNANSWERABLE:
        errors.append(f"{len(UNANSWERABLE)} unanswerable questions, fewer than {MIN_UNANSWERABLE}")
    if kinds["table row"] + kinds["list item or numbered clause"] < MIN_STRUCTURED:
        errors.append(f"fewer than {MIN_STRUCTURED} passages in a table row or list item")

    out = sys.stdout
    suffixes = Counter(name.rsplit(".", 1)[1] for name in texts)
    n_words = [len(t.split()) for t in texts.values()]
    out.write(
        f"documents: {len(texts)} ({', '.join(f'{n} .{s}' for s, n in sorted(suffixes.items()))}),"
        f" {sum(n_words):,} words, {min(n_words)}–{max(n_words)} per document\n"
    )
    out.write(f"answerable questions: {len(QUESTIONS)}\n")
    out.write(
        "  passage starts in: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()) + "\n"
    )
    multi = sum("\n" in q.passage for q in QUESTIONS)
    out.write(f"  passages spanning a line break: {multi}\n")
    out.write(f"unanswerable questions: {len(UNANSWERABLE)}\n")
    out.write("questions per document:\n")
    for name in sorted(texts):
        out.write(f"  {per_document[name]:3d}  {name}\n")
    for error in errors:
        out.write(f"ERROR: {error}\n")
    out.write("OK\n" if not errors else f"{len(errors)} error(s)\n")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
