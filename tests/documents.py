"""Real documents made in the tests: PDFs with a text layer (matplotlib), an image-only
"scan", an encrypted PDF, and Word files (python-docx)."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from docx import Document  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402
from pypdf import PdfReader, PdfWriter  # noqa: E402


def pdf(pages: list[str]) -> bytes:
    """A real PDF with a text layer: one page per string (matplotlib, TrueType fonts)."""
    buffer = io.BytesIO()
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(buffer) as document:
        for text in pages:
            figure = plt.figure(figsize=(8.5, 11))
            figure.text(0.1, 0.9, text, fontsize=12, va="top", wrap=True)
            document.savefig(figure)
            plt.close(figure)
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    buffer = io.BytesIO()
    with PdfPages(buffer) as document:
        figure = plt.figure(figsize=(4, 4))
        figure.figimage([[0.1, 0.9], [0.5, 0.3]], xo=10, yo=10, resize=False)
        document.savefig(figure)
        plt.close(figure)
    return buffer.getvalue()


def encrypted(data: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt("s3cret")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx(paragraphs: list[str], table: list[list[str]]) -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for r, row in enumerate(table):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
