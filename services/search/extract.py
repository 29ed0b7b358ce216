"""Text out of a document, page by page: PDF (pypdf), Word (python-docx), Markdown, HTML,
plain text and source code, and tables (CSV/Excel) as their column dictionary and rows.
A document that has no text to search fails with a reason that says what to do."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from html.parser import HTMLParser

from services.tables import TableError, read_table
from services.tables.text import decode, detect

TEXT_TYPES = {
    ".txt", ".md", ".markdown", ".rst", ".log", ".json", ".yaml", ".yml", ".toml", ".ini",
    ".py", ".sql", ".r", ".js", ".ts", ".java", ".go", ".rs", ".c", ".h", ".cpp", ".sh",
    ".ipynb", ".tex", ".xml",
}  # fmt: skip
TABLE_TYPES = {".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods", ".parquet"}
MAX_TABLE_ROWS = 2000


class ExtractError(ValueError):
    """The document cannot be searched; the message says why and what to do. `code` is the
    Assistants API's: `unsupported_file` for a type it does not read, else `invalid_file`."""

    def __init__(self, message: str, *, code: str = "invalid_file") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Page:
    number: int  # 1-based; text documents are one page
    text: str


@dataclass(frozen=True)
class Extracted:
    kind: str  # pdf, docx, html, text, table
    pages: list[Page]

    @property
    def text(self) -> str:
        return "\n\n".join(page.text for page in self.pages)


def extract(data: bytes, filename: str) -> Extracted:
    extension = os.path.splitext(filename.lower())[1]
    if not data.strip():
        raise ExtractError(f"{filename} is empty: there is no text to search")
    if extension == ".pdf":
        found = Extracted("pdf", _pdf(data, filename))
    elif extension == ".docx":
        found = Extracted("docx", _docx(data, filename))
    elif extension in (".html", ".htm"):
        found = Extracted("html", [Page(1, _html(_text(data)))])
    elif extension in TABLE_TYPES:
        found = Extracted("table", [Page(1, _table(data, filename))])
    elif extension in TEXT_TYPES or not extension:
        found = Extracted("text", [Page(1, _text(data))])
    else:
        raise ExtractError(
            f"{filename}: {extension} files cannot be searched; attach PDF, Word, Markdown, "
            "HTML, text, code, CSV or Excel",
            code="unsupported_file",
        )
    if not any(page.text.strip() for page in found.pages):
        raise ExtractError(f"{filename} has no text to search")
    return found


def _text(data: bytes) -> str:
    return decode(data, detect(data[:65536]))


def _pdf(data: bytes, filename: str) -> list[Page]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractError(
                f"{filename} is encrypted: save it without a password and attach it again"
            )
        pages = [Page(n, page.extract_text() or "") for n, page in enumerate(reader.pages, 1)]
    except ExtractError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError, TypeError) as error:
        raise ExtractError(
            f"{filename} is not a readable PDF ({error}); export it again"
        ) from error
    if pages and not any(page.text.strip() for page in pages):
        raise ExtractError(
            f"{filename} has no text layer (a scanned image?): run OCR on it or attach a text "
            "version"
        )
    return pages


def _docx(data: bytes, filename: str) -> list[Page]:
    import zipfile

    from docx import Document

    try:
        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ExtractError(f"{filename} is not a readable Word file ({error})") from error
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text.strip() for cell in row.cells))
    return [Page(1, "\n".join(lines))]


class _HTMLText(HTMLParser):
    SKIP = {"script", "style", "head"}
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.skipping += tag in self.SKIP
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.skipping -= tag in self.SKIP and self.skipping > 0

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _html(markup: str) -> str:
    parser = _HTMLText()
    parser.feed(markup)
    lines = ("".join(parser.parts)).splitlines()
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def _table(data: bytes, filename: str) -> str:
    """A table as its column dictionary, then its rows as `column: value` lines, so a data
    dictionary's rows (and a table's values) can be found by what they say."""
    try:
        frame = read_table(data, name=filename)
    except TableError as error:
        raise ExtractError(f"{filename} could not be read as a table: {error}") from error
    lines = [
        f"Table {filename}: {len(frame):,} rows. Columns: "
        + ", ".join(f"{column} ({frame[column].dtype})" for column in frame.columns)
    ]
    for _, row in frame.head(MAX_TABLE_ROWS).iterrows():
        lines.append("; ".join(f"{column}: {value}" for column, value in row.items()))
    return "\n".join(lines)
