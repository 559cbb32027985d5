"""Test helper: character spans of surface strings in a text, in order."""

from __future__ import annotations


def spans_of(text: str, *surfaces: str) -> list[tuple[int, int]]:
    """(start, end) of each surface, each found after the one before it."""
    out, at = [], 0
    for s in surfaces:
        i = text.index(s, at)
        out.append((i, i + len(s)))
        at = i + len(s)
    return out
