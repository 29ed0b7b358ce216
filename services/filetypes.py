"""What a file really is (from its bytes, not its name) and a safe display name."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

MAX_NAME_BYTES = 255  # one filesystem name component (ext4, XFS, APFS) in UTF-8
SNIFF_BYTES = 64 * 1024

# Leading bytes → (kind, MIME type, what to call it in an error).
_MAGIC: list[tuple[bytes, str, str, str]] = [
    (b"\x89PNG\r\n\x1a\n", "png", "image/png", "a PNG image"),
    (b"\xff\xd8\xff", "jpeg", "image/jpeg", "a JPEG image"),
    (b"GIF87a", "gif", "image/gif", "a GIF image"),
    (b"GIF89a", "gif", "image/gif", "a GIF image"),
    (b"%PDF-", "pdf", "application/pdf", "a PDF document"),
    (b"PK\x03\x04", "zip", "application/zip", "a ZIP archive"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "ole",
        "application/x-ole-storage",
        "a legacy Office document",
    ),
    (b"PAR1", "parquet", "application/vnd.apache.parquet", "a Parquet file"),
    (b"\x1f\x8b", "gzip", "application/gzip", "a gzip archive"),
    (b"\x7fELF", "elf", "application/x-executable", "a Linux executable"),
]

_TEXT_MIME = {
    ".csv": "text/csv",
    ".tsv": "text/tab-separated-values",
    ".json": "application/json",
    ".md": "text/markdown",
    ".py": "text/x-python",
    ".html": "text/html",
    ".xml": "application/xml",
    ".sql": "application/sql",
}
# Extension → the kinds of content it may hold.
_EXPECTED: dict[str, set[str]] = {
    **{
        ext: {"text"}
        for ext in (
            ".csv",
            ".tsv",
            ".txt",
            ".json",
            ".jsonl",
            ".ndjson",
            ".md",
            ".py",
            ".html",
            ".xml",
            ".yaml",
            ".yml",
            ".log",
            ".sql",
            ".js",
            ".ts",
        )
    },
    ".xlsx": {"zip"},
    ".xlsm": {"zip"},
    ".ods": {"zip"},
    ".docx": {"zip"},
    ".pptx": {"zip"},
    ".zip": {"zip"},
    ".xls": {"ole"},
    ".doc": {"ole"},
    ".parquet": {"parquet"},
    ".png": {"png"},
    ".jpg": {"jpeg"},
    ".jpeg": {"jpeg"},
    ".gif": {"gif"},
    ".pdf": {"pdf"},
    ".gz": {"gzip"},
}
_MIME_BY_EXT = {
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".xls": "application/vnd.ms-excel",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


@dataclass(frozen=True)
class Sniffed:
    kind: str  # "text", "png", "zip", … or "binary"
    mime_type: str
    label: str
    encoding: str | None = None


def sniff(head: bytes) -> Sniffed:
    """Classify content from its first bytes (pass up to SNIFF_BYTES)."""
    for magic, kind, mime, label in _MAGIC:
        if head.startswith(magic):
            return Sniffed(kind, mime, label)
    encoding = _text_encoding(head)
    if encoding is not None:
        return Sniffed("text", "text/plain", "text", encoding)
    return Sniffed("binary", "application/octet-stream", "binary data of an unknown kind")


def _text_encoding(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if b"\x00" in head:
        return None
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if controls > len(head) // 100:
        return None
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        if error.start >= len(head) - 3:  # a multibyte character cut by the sniff window
            return "utf-8"
    return "cp1252" if _decodes(head, "cp1252") else "latin-1"


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def check_type(filename: str, sniffed: Sniffed) -> tuple[str, str | None]:
    """The MIME type to record, or (“”, reason) when the name promises other content."""
    ext = os.path.splitext(filename)[1].lower()
    expected = _EXPECTED.get(ext)
    if expected is not None and sniffed.kind not in expected:
        wanted = "text" if expected == {"text"} else ext.lstrip(".").upper()
        return "", f"the content is {sniffed.label}, not {wanted} as the name '{ext}' says."
    if sniffed.kind == "text":
        return _TEXT_MIME.get(ext, "text/plain"), None
    return _MIME_BY_EXT.get(ext, sniffed.mime_type), None


def safe_filename(name: str) -> str:
    """A display name that can never act as a path: last component only, no control
    characters or NULs, no leading dots, at most 255 UTF-8 bytes with the extension kept.
    A name that is only an extension after its leading dots (`...csv`, `.csv.gz`) becomes
    `file.csv` / `file.csv.gz`, so it keeps its type; commas and quotes are kept as they are."""
    name = unicodedata.normalize("NFC", str(name))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable() and ch not in "\x00")
    name = name.strip()
    bare = name.lstrip(".").strip()
    if not bare:
        return "file"
    if bare != name and extension("file." + bare) == "." + bare:
        bare = "file." + bare
    return fit_name(bare)


_COMPRESSED = (".gz", ".bz2", ".xz", ".zst")
_MAX_EXT_CHARS = 16


def extension(name: str) -> str:
    """The name's extension, a compressed file's inner one included (`.csv.gz`); "" when the
    last suffix is too long or not a word to be an extension."""
    stem, ext = os.path.splitext(name)
    if not _is_suffix(ext):
        return ""
    if ext.lower() in _COMPRESSED:
        inner = os.path.splitext(stem)[1]
        if _is_suffix(inner):
            return inner + ext
    return ext


def _is_suffix(ext: str) -> bool:
    return 1 < len(ext) <= _MAX_EXT_CHARS and ext[1:].replace("_", "").isalnum()


def fit_name(name: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """`name` shortened to at most `max_bytes` UTF-8 bytes (a filesystem name component),
    cutting the stem on a character boundary and keeping the extension (`.csv.gz` too)."""
    # A lone surrogate (an undecodable byte from os.fsdecode) cannot be written in UTF-8.
    name = name.encode("utf-8", errors="replace").decode("utf-8")
    if len(name.encode("utf-8")) <= max_bytes:
        return name
    ext = extension(name)
    if len(ext.encode("utf-8")) > max_bytes // 2:
        ext = ""
    stem = name[: len(name) - len(ext)]
    budget = max_bytes - len(ext.encode("utf-8"))
    cut = stem.encode("utf-8")[:budget].decode("utf-8", errors="ignore").rstrip()
    return (cut or "file"[:budget]) + ext
