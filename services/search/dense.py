"""Dense sentence embeddings from WordLlama: a small static embedding model whose weights
ship inside its PyPI wheel, so nothing is downloaded at run time (it is loaded with
downloads disabled). Used by hybrid file search and by the offline analyst to read a word
the table does not spell (services/llm/offline/semantic.py)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np

from services.errors import ConfigurationError

_MODEL: Any = None
_LOCK = threading.Lock()


def available() -> bool:
    try:
        import wordllama  # noqa: F401
    except ImportError:
        return False
    return True


def _model() -> Any:
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            try:
                import wordllama
                from wordllama import WordLlama
            except ImportError:
                raise ConfigurationError(
                    "Hybrid search needs the wordllama package, a dependency of the "
                    "workbench: reinstall it (or set WORKBENCH_SEARCH_RANKER=bm25)."
                ) from None
            # The wheel carries the weights and the tokenizer; point the cache at it.
            _MODEL = WordLlama.load(
                cache_dir=Path(wordllama.__file__).parent, disable_download=True
            )
        return _MODEL


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length vectors, one row per text (float32)."""
    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    vectors = np.asarray(_model().embed(texts), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-9)


def whole_token(word: str) -> bool:
    """Is the word one token of the model's vocabulary (a common word, "summer"), rather
    than pieces (a rare word or a typo, "feburary")? Counted against a word surely whole."""
    tokenizer = _model().tokenizer
    pieces = len(tokenizer.encode(" " + word.lower()).ids)
    return pieces <= len(tokenizer.encode(" the").ids)
