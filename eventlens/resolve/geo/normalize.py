"""Name normalisation shared by the index builders and the text matcher.

Two levels:
- ``norm``: lowercase ASCII words (diacritics, apostrophes, hyphens and punctuation removed).
- ``skeleton``: ``norm`` plus transliteration folding, so that spellings of one Arabic, Persian or
  Pashto name written by different newsrooms meet (Nasiriyah / Nassiriya / Nasiriya).
The index is keyed on skeletons; the exact ``norm`` form is only a ranking signal.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

import numpy as np

# Letters NFKD does not decompose into ASCII.
_SPECIAL = str.maketrans(
    {
        "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
        "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "ð": "d", "ħ": "h", "ŀ": "l",
        "ə": "e", "Ə": "E", "ʻ": "", "ʼ": "", "ʿ": "", "ʾ": "", "'": "", "’": "", "‘": "",
        "`": "", "´": "", "ʽ": "",
    }
)
_NON_WORD = re.compile(r"[^a-z0-9]+")
_LATIN_OK = re.compile(r"^[a-z0-9 ]*$")
# Abbreviations written both ways in gazetteers and news.
_ABBREV = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}
#: the abbreviated words that open place names ("St. Louis", "Mt. Pleasant"), written with a stop
NAME_ABBREVIATIONS = frozenset(_ABBREV)

#: Arabic article forms (with sun-letter assimilation) dropped to make a second key.
ARABIC_ARTICLES = frozenset(
    {"al", "el", "ul", "an", "ad", "as", "ar", "ash", "az", "at", "ath", "adh", "ed", "es", "er", "en", "et", "ez"}
)
#: countries whose place names carry the Arabic article (the article rule only applies there).
ARTICLE_COUNTRIES = frozenset(
    "IQ SY LB JO PS IL EG LY TN DZ MA EH SA YE OM AE QA BH KW SD SS MR SO DJ KM TD IR AF ER".split()
)

#: words that name the type of an administrative unit; "Anbar Province" is also keyed as "anbar".
ADMIN_SUFFIXES = frozenset(
    """governorate province district region state county prefecture oblast municipality department
    division parish regency territory canton krai okrug raion rayon wilaya willaya vilayet
    muhafazah muhafazat shahrestan ostan voivodeship emirate city republic respublika township twp""".split()
)


@functools.lru_cache(maxsize=1 << 16)  # pure; words and place names repeat across articles
def norm(text: str) -> str | None:
    """Lowercase ASCII words separated by single spaces; None when the name is not Latin script."""
    if text.isascii():  # most words and names: nothing to decompose
        if text.isalnum():  # one plain word (ASCII letters and digits): the steps below give this
            w = text.lower()
            return _ABBREV.get(w, w)
        s = text.lower().translate(_SPECIAL)
    else:
        s = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
        s = s.translate(_SPECIAL)
        if not s.isascii():
            return None
    words = _NON_WORD.sub(" ", s).split()
    if not words:
        return None
    return " ".join(_ABBREV.get(w, w) for w in words)


_DOUBLE = re.compile(r"([a-z])\1+")
_ENDING = re.compile(r"(?:iyah|iyeh|iya|iyah|ijah|ija|iah|ia|yah)$")
_ENDINGS = ("iyah", "iyeh", "iya", "ijah", "ija", "iah", "ia", "yah")  # (to test before the search)


def _fold_word(w: str) -> str:
    if w.isdigit():
        return w
    if _DOUBLE.search(w):  # (sub with a template costs a call into re even where nothing matches)
        w = _DOUBLE.sub(r"\1", w)
    w = w.replace("ou", "u").replace("q", "k").replace("ay", "ai")
    if w.endswith(_ENDINGS):
        w = _ENDING.sub("ia", w)
    if len(w) > 3 and w[-1] == "h" and w[-2] in "aeiou":
        w = w[:-1]  # Basrah / Basra, Fallujah / Falluja
    return w


@functools.lru_cache(maxsize=1 << 16)
def skeleton_of_norm(n: str) -> str:
    if n.isalnum():  # one word: nothing to split
        return _fold_word(n)
    return " ".join(_fold_word(w) for w in n.split())


def skeleton(text: str) -> str | None:
    n = norm(text)
    return None if n is None else skeleton_of_norm(n)


def strip_article(key: str) -> str | None:
    """'al kut' -> 'kut'; None when there is no leading article or nothing would be left."""
    head, _, rest = key.partition(" ")
    if rest and head in ARABIC_ARTICLES:
        return rest
    return None


def strip_admin_suffix(key: str) -> str | None:
    """'anbar province' -> 'anbar'; 'wasit governorate' -> 'wasit'."""
    words = key.split()
    if len(words) >= 2 and words[-1] in ADMIN_SUFFIXES:
        return " ".join(words[:-1])
    if len(words) >= 3 and words[0] in ADMIN_SUFFIXES and words[1] == "of":
        return " ".join(words[2:])  # "Province of Anbar"
    return None


def key_hash(key: str) -> int:
    """Stable 64-bit hash of a key (Python's str hash is salted per process)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little")


def key_hashes(keys: list[str]) -> np.ndarray:
    """key_hash of each key, as a uint64 array (the digests read in one go)."""
    b2 = hashlib.blake2b
    return np.frombuffer(b"".join([b2(k.encode(), digest_size=8).digest() for k in keys]), "<u8")


def is_latin(n: str | None) -> bool:
    return n is not None and bool(_LATIN_OK.match(n))
