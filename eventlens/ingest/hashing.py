"""Content hash for idempotent re-ingest: same text and date, same hash."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from eventlens.schema import Article

__all__ = ["article_hash", "normalise_for_hash"]

_WS = re.compile(r"\s+")


def normalise_for_hash(text: str) -> str:
    """NFC, whitespace runs to one space, trimmed: re-wrapped or re-encoded
    copies of a story (CRLF, NBSP, composed accents) hash alike."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_hash(article: Article) -> str:
    """sha256 hex of the normalised text and the publication date (ISO or empty).

    The id, title and source are left out on purpose: the same story arriving
    under another file name or feed must be recognised as already stored.
    """
    published = article.published.isoformat() if article.published else ""
    payload = normalise_for_hash(article.text) + "\x00" + published
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
