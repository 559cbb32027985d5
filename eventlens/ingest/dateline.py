"""Datelines: the place of filing at the start of a wire story ("KUT, Iraq (AFP) -").

The parser is deliberately conservative: a missed dateline only costs the geo
resolver a hint, while a false one ("Police said:") would plant a wrong place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Dateline", "parse_dateline"]


@dataclass(frozen=True)
class Dateline:
    """A parsed dateline. Offsets index the text given to :func:`parse_dateline`."""

    #: the place as written, country part included: "KUT, Iraq"
    text: str
    #: the first part: "KUT"
    place: str
    #: the last part when there are several ("Iraq"); may be a state ("Ill.")
    country: str | None
    #: news agency in parentheses: "AFP", "Reuters"
    agency: str | None
    #: a date inside the dateline, as written: "Jan 8"
    date_text: str | None
    #: span of ``text``
    start: int
    end: int
    #: where the story proper begins, after the separator
    body_start: int


# Separators wire services use after the dateline. A bare hyphen or a colon must
# be followed by a space so that "al-Qaim" or "10:30" never end a dateline.
_SEP = re.compile(r"\s*(?:[—–―]+|--?(?=\s|$)|:(?=\s|$))\s*")

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2})"
)
_TRAILING_DATE = re.compile(rf",\s*({_DATE})\s*$", re.IGNORECASE)
_TRAILING_AGENCY = re.compile(r"\s*\(([A-Za-z][\w .&'/-]{0,39})\)\s*$")

# Lower-case particles allowed inside a place name ("Sharm el-Sheikh", "Dar es Salaam").
_PARTICLES = {"al", "el", "es", "ad", "as", "ash", "at", "ar", "an", "de", "del", "da",
              "do", "dos", "du", "la", "le", "les", "of", "the", "upon", "sur", "am", "im",
              "bin", "ibn", "van", "von"}
_WORD_CHARS = re.compile(r"^[^\W\d_][^\W_'’.\-/]*(?:['’.\-/][^\W_]*)*\.?$")

# All-caps slugs that look like a dateline but are not places.
_NOT_PLACES = {"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS",
               "OPINION", "EDITORIAL", "FACTBOX", "EXPLAINER", "CORRECTION", "REFILE",
               "URGENT", "FLASH", "NEWS", "VIDEO", "PHOTOS", "NOTE", "EDITOR'S NOTE",
               "WARNING", "ALERT", "TOPIC", "SUMMARY", "HIGHLIGHTS", "PHOTO", "UPDATE 1",
               "BULLETIN", "ADVISORY", "Q&A", "FEATURE", "INTERVIEW", "REVIEW", "COMMENT"}

# Title-case words that open ordinary sentences with a comma and a date
# ("Tuesday, March 3 — ...") and would otherwise pass as a place.
_CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday", "today", "yesterday", "tonight", "january", "february", "march",
                   "april", "may", "june", "july", "august", "september", "october",
                   "november", "december"}

_MAX_HEAD = 120  # datelines are short; never scan into the story


def _place_part_ok(part: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 5:
        return False
    if not words[0][:1].isupper():
        return False
    for w in words:
        if not _WORD_CHARS.match(w):
            return False
        if not w[:1].isupper() and w.lower() not in _PARTICLES and not re.match(
            r"^(?:al|el|ad|as|ash|at|ar|an|ed|um|umm|abu|bin|ibn)-", w
        ):
            return False
    return True


def _is_caps(part: str) -> bool:
    letters = [c for c in part if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def parse_dateline(text: str) -> Dateline | None:
    """Find a dateline at the start of ``text`` (leading whitespace allowed).

    Recognised: ``KUT, Iraq —``, ``KUT, Iraq (AFP) -``, ``BAGHDAD (Reuters) -``,
    ``Kut, Iraq, Jan 8 (AFP) -``, ``NEW DELHI:``, ``SPRINGFIELD, Ill., May 3 (AP) —``.
    An all-caps place stands on its own; a title-case one needs a second part
    ("Kut, Iraq"), an agency or a date, and a colon separator needs all caps,
    which keeps ordinary sentences ("Police said: ...") out.
    """
    lead = len(text) - len(text.lstrip())
    window = text[lead : lead + _MAX_HEAD + 10]
    first_line = window.split("\n", 1)[0]
    m = _SEP.search(first_line)
    if m is None or m.start() == 0 or m.start() > _MAX_HEAD:
        return None
    sep = m.group().strip()
    head = first_line[: m.start()]
    if m.end() >= len(first_line) and "\n" not in window:
        return None  # nothing follows: a lone heading, not a dateline

    agency = None
    am = _TRAILING_AGENCY.search(head)
    if am:
        agency = am.group(1).strip()
        head = head[: am.start()]
    date_text = None
    dm = _TRAILING_DATE.search(head)
    if dm:
        date_text = dm.group(1)
        head = head[: dm.start()]
    head = head.rstrip().rstrip(",").rstrip()
    if not head or any(c in head for c in "\"“”;!?()[]"):
        return None

    parts = [p.strip() for p in head.split(",")]
    if not 1 <= len(parts) <= 3 or not all(parts) or not all(_place_part_ok(p) for p in parts):
        return None
    if parts[0].upper() in _NOT_PLACES or head.upper() in _NOT_PLACES:
        return None
    if parts[0].lower() in _CALENDAR_WORDS:
        return None
    caps = _is_caps(parts[0])
    if sep == ":" and not caps:
        return None
    if not caps and len(parts) == 1 and agency is None and date_text is None:
        return None

    start = lead
    end = lead + len(head)
    body_start = lead + m.end()
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    return Dateline(
        text=head,
        place=parts[0],
        country=parts[-1] if len(parts) > 1 else None,
        agency=agency,
        date_text=date_text,
        start=start,
        end=end,
        body_start=body_start,
    )
