"""Bytes to text: which encoding a data file uses, decided from its bytes, and said plainly."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# Bytes cp1252 maps to printable characters where latin-1 has C1 controls.
_LEGACY = [
    "cp1251",
    "koi8_r",
    "cp1253",
    "cp1250",
    "cp1256",
    "cp1255",
    "shift_jis",
    "gb18030",
    "big5",
    "euc_kr",
    "cp1254",
    "cp1257",
    "cp874",
]
_CP1252_ONLY = set(range(0x80, 0xA0)) - {0x81, 0x8D, 0x8F, 0x90, 0x9D}


@dataclass(frozen=True)
class Encoding:
    name: str  # a Python codec name
    errors: str = "strict"  # "replace" when a few stray bytes are kept as U+FFFD
    note: str = ""  # what was assumed, for the card; empty for plain UTF-8


def detect(head: bytes) -> Encoding:
    """The encoding of a text file from its first bytes (64 KB is plenty)."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            if name == "utf-8-sig":
                return Encoding(name)
            return Encoding(name, note=f"the text is {name.upper()} (it starts with a BOM)")
    utf16 = _utf16_without_bom(head)
    if utf16:
        return Encoding(utf16, note=f"the text is {utf16.upper()} without a BOM")
    cut = _cut_tail(head)
    try:
        cut.decode("utf-8")
        return Encoding("utf-8")
    except UnicodeDecodeError:
        pass
    good, bad = _utf8_sequences(cut)
    if good and good >= bad:  # legacy text almost never forms valid UTF-8 sequences
        return Encoding(
            "utf-8",
            errors="replace",
            note=f"the text is UTF-8 with {bad} stray byte(s) shown as \ufffd",
        )
    high = sum(1 for byte in cut if byte >= 0x80)
    if high >= 16 and high > len(cut) * 0.2:  # mostly non-Latin text: Cyrillic, Greek, CJK …
        guess = _legacy_guess(cut)
        if guess:
            return Encoding(guess, errors="replace", note=f"the text is not UTF-8; read as {guess}")
    if any(byte in _CP1252_ONLY for byte in cut):
        return Encoding("cp1252", errors="replace", note="the text is not UTF-8; read as cp1252")
    return Encoding("latin-1", note="the text is not UTF-8; read as latin-1")


def decode(data: bytes, encoding: Encoding) -> str:
    text = data.decode(encoding.name, errors=encoding.errors)
    return text[1:] if text.startswith("\ufeff") else text


def _cut_tail(head: bytes) -> bytes:
    """Drop a multibyte character cut off by the end of the sample."""
    for back in range(1, 4):
        if len(head) > back and 0xC2 <= head[-back] <= 0xF4:
            return head[:-back]
    return head


def _utf16_without_bom(head: bytes) -> str | None:
    sample = head[:4096]
    if len(sample) < 8:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.6 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.6 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _utf8_sequences(data: bytes) -> tuple[int, int]:
    """(valid multibyte sequences, invalid bytes) of UTF-8."""
    good = bad = 0
    i, n = 0, len(data)
    while i < n:
        byte = data[i]
        if byte < 0x80:
            i += 1
            continue
        width = (
            2
            if byte >> 5 == 0b110
            else 3
            if byte >> 4 == 0b1110
            else 4
            if byte >> 3 == 0b11110
            else 0
        )
        chunk = data[i : i + width]
        if width and len(chunk) == width and all(b >> 6 == 0b10 for b in chunk[1:]):
            try:
                chunk.decode("utf-8")
                good += 1
                i += width
                continue
            except UnicodeDecodeError:
                pass
        bad += 1
        i += 1
    return good, bad


def _legacy_guess(data: bytes) -> str | None:
    """charset-normalizer's best guess for a non-UTF-8 sample (None when it has none)."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # the kernel's runtime has it; a bare one falls back to cp1252
        return None
    best = from_bytes(data[:16384], cp_isolation=_LEGACY).best()
    return best.encoding if best is not None else None
