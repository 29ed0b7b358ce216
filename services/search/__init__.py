"""File search: documents in, ranked passages with their place in the document out.

    from services.search import extract, chunk_pages, SearchIndex

`extract` turns a document's bytes into pages of text (or raises ExtractError with a reason
a person can act on); `chunk_pages` cuts pages into overlapping token windows that keep
their character span; `SearchIndex` ranks chunks with BM25 (bm25s, a sparse-matrix
implementation) and takes files in and out without rebuilding what did not change.
Nothing here imports the engine."""

from services.search.chunks import Chunk, chunk_pages, tokens
from services.search.extract import Extracted, ExtractError, Page, extract
from services.search.index import Hit, SearchIndex

__all__ = [
    "Chunk",
    "ExtractError",
    "Extracted",
    "Hit",
    "Page",
    "SearchIndex",
    "chunk_pages",
    "extract",
    "tokens",
]
