"""Bytes to text: BOMs, UTF-8, a guarded fallback to cp1252 / latin-1, binary detection."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Decoded", "decode_bytes", "sniff_binary", "human_size"]

# Signatures of binary formats people drop into input folders by mistake; naming
# the format makes the quarantine reason actionable.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "zip / docx / xlsx"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\xd0\xcf\x11\xe0", "MS Office (OLE)"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"PAR1", "Parquet"),
    (b"\x7fELF", "executable"),
)

_VALID_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Control characters other than tab, newline, carriage return, form feed.
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    text: str | None = None
    #: set when the text was decoded with something other than UTF-8
    warning: str | None = None
    #: set when the bytes were refused (then ``text`` is None)
    error: str | None = None


def human_size(n: int) -> str:
    if n < 1000:
        return f"{n} bytes"
    if n < 1_000_000:
        return f"{n / 1000:.0f} kB"
    return f"{n / 1_000_000:.0f} MB"


def sniff_binary(head: bytes) -> str | None:
    """Reason string when ``head`` (the first few kB) is not text, else None."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # UTF-16 is full of NUL bytes but is text
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return f"binary file ({name})"
    if b"\x00" in head:
        return "binary file (NUL bytes)"
    if head and len(_CONTROL.findall(head)) > 0.05 * len(head):
        return "binary file (mostly control characters)"
    return None


def _looks_legacy(raw: bytes, text: str) -> bool:
    """Whether undecodable-as-UTF-8 bytes read as plausible Western legacy text."""
    high = sum(1 for b in raw if b >= 0x80)
    if high > 0.3 * len(raw):
        return False  # real prose in cp1252 is mostly ASCII
    if _VALID_UTF8_MULTI.search(raw):
        # Valid multi-byte sequences next to invalid bytes: damaged UTF-8, and
        # reading it as cp1252 would turn every accent into mojibake.
        return False
    odd = 0
    for ch in text:
        if ord(ch) >= 0x80:
            cat = unicodedata.category(ch)
            if cat[0] not in "LPSNZ":
                odd += 1
    return odd == 0


def decode_bytes(raw: bytes, *, first: bool = True, offset: int = 0) -> Decoded:
    """Decode a whole file (``first=True``) or one line of it (``first=False``).

    UTF-8 (a BOM is dropped), UTF-16 with a BOM, else cp1252 / latin-1 when the
    bytes look like legacy Western text (with a warning), else an error naming
    the first bad byte (``offset`` is added, for lines of a file). Binary
    detection is the caller's job (:func:`sniff_binary`).
    """
    if first:
        if raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
            offset += len(codecs.BOM_UTF8)
        elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            try:
                return Decoded(raw.decode("utf-16"), warning="decoded as UTF-16 (BOM)")
            except UnicodeDecodeError as e:
                return Decoded(error=f"invalid UTF-16 at byte {e.start + offset}")
    try:
        return Decoded(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        bad = e.start + offset
    for enc in ("cp1252", "latin-1"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_legacy(raw, text):
            return Decoded(text, warning=f"not UTF-8 (bad byte at {bad}); decoded as {enc}")
        break
    return Decoded(error=f"invalid UTF-8 at byte {bad}")
