"""Which of the places an article mentions is where an event happened."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

from eventlens.schema import Location

from .gazetteer import Gazetteer, Place, Toponym, initials
from .normalize import norm, skeleton, strip_article

EARTH_KM = 6371.0088

_BEARINGS = {
    "north": 0, "north-northeast": 22.5, "northeast": 45, "north-east": 45, "east-northeast": 67.5,
    "east": 90, "east-southeast": 112.5, "southeast": 135, "south-east": 135, "south-southeast": 157.5,
    "south": 180, "south-southwest": 202.5, "southwest": 225, "south-west": 225, "west-southwest": 247.5,
    "west": 270, "west-northwest": 292.5, "northwest": 315, "north-west": 315, "north-northwest": 337.5,
}
_NUM_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a few": 5, "several": 10, "a": 1,
}
_DIR = r"(north|south|east|west|north-?east|north-?west|south-?east|south-?west|(?:north|south|east|west)-(?:north|south|east|west)(?:east|west)?)"
#: "about 15 km", "some 20 kilometres": the number (group 1) and the unit (group 2) of a distance
_DISTANCE = (
    r"(?:about|some|around|nearly|roughly|approximately|almost|over|more than|less than|just)?\s*"
    r"(\d+(?:[.,]\d+)?|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred)\s*-?\s*"
    r"(km|kms|kilometers?|kilometres?|miles?|mi)\b\.?\s+"
)
#: "the town of", "the city of" before the place a distance is measured from
_KIND_OF = r"(?:(?:[\w-]+\s+)?(?:city|town|village|capital)\s+(?:of\s+)?)?$"
_OFFSET_RE = re.compile(
    _DISTANCE + r"(?:\([^)]{0,30}\)\s+)?" + _DIR + r"\s+of\s+(?:the\s+)?" + _KIND_OF,
    re.I,
)
_NEAR_RE = re.compile(
    r"\b(near|outside|around|close to|nearby|on the outskirts of|in the outskirts of|outskirts of|"
    r"on the edge of|in the vicinity of|just outside|(?:north|south|east|west|northeast|northwest|southeast|southwest)"
    r"(?:ern)?\s+(?:outskirts\s+)?of)\s+(?:the\s+|a\s+)?(?:(?:[\w-]+\s+){0,3}?(?:city|town|village|capital)\s+of\s+)?$",
    re.I,
)
_IN_RE = re.compile(
    r"\b(in|at|inside|within|across|throughout|into|on)\s+(?:the\s+)?(?:(?:\w+ern\s+)?(?:city|town|village|"
    r"capital|district|province|governorate|region|state|area|neighbou?rhood|suburb|county)\s+of\s+)?"
    r"(?:(?:\w+ern|central)\s+)?(?:(?:centre|center|heart|middle|downtown|part|parts|streets|east|west|north|south)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
#: "the northern city of X", "a residential area of X", "the southern Lebanese city of X": a word
#: naming the kind of place, perhaps after adjectives, puts the event in X as firmly as "in X"
_FEAT_OF_RE = re.compile(
    r"\b(?:(?:city|town|village|hamlet|district|area|neighbou?rhood|suburb|port|camp|settlement|"
    r"municipality|locality|commune)s?\s+of|(?:control|capture|fall|seizure)\s+of|seized|captured|overran|"
    r"entered|took)\s+(?:the\s+)?$",
    re.I,
)
_FROM_RE = re.compile(r"\b(from|to|towards?|for|of|via)\s+(?:the\s+)?$", re.I)
#: "about 15 km from the town of Sebba": a distance with no direction places the event near the town
_DISTANCE_FROM_RE = re.compile(_DISTANCE + r"(?:away\s+)?from\s+(?:the\s+)?" + _KIND_OF, re.I)
_SENT_BOUND = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])|\n\s*\n|\n")


#: "(Mezam, Nord-Ouest)", "(Omoro district)": the units that hold the place named just before
_PAREN_RE = re.compile(r"\(([^()]{2,100})\)")
_ADMIN_WORD = re.compile(
    r"\s+(?:district|province|governorate|region|state|county|division|municipality|prefecture|department|"
    r"parish|sub-?district|upazila|tehsil|sub-?division|commune|zone|woreda|lga|territory|cercle|raion|rayon|oblast)$",
    re.I,
)
#: what may stand between a place and its parenthesis: "Ahmedabad city (Ahmedabad, Gujarat)"
_TO_PAREN = re.compile(
    r"\s*(?:(?:city|town|village|area|district|camp|neighbou?rhood|municipality|sub-?district|upazila|"
    r"parish|sub-?division|sector|front|market|street|road|junction|locality|commune|county|lga|tehsil|"
    r"territory|frontline|checkpoint|region|province|governorate|state)\s*){0,2}$",
    re.I,
)
#: capitalised words right before a parenthesis: a place the gazetteer may not know
_NAME_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*|al|el|de|del|do|da|ad|as|ar|an)(?:\s+(?:[A-Z][\w'’-]*|al|el|de|del|do|da|ad|as|ar|an)){0,4})\s*$")


@dataclass
class _Holder:
    """A parenthetical naming the units around a place."""
    start: int
    end: int
    admin1: Place | None
    admin2: Place | None

    @property
    def unit(self) -> Place:
        return self.admin2 or self.admin1  # type: ignore[return-value]


def _key(name: str | None) -> str:
    return norm(name or "") or ""


def _admin_hits(gaz: Gazetteer, part: str, iso3: str | None, within: Place | None,
                prefer: tuple[str, ...]) -> list[Place]:
    """The readings of ``part`` as one of the ``prefer`` features, in that order, best first."""
    part = _ADMIN_WORD.sub("", part.strip())
    if len(part) < 3 or not part[:1].isupper() or len(part.split()) > 5:
        return []
    hits = gaz.lookup(part, iso3=iso3) if iso3 else gaz.lookup(part)
    if within is not None:
        hits = [h for h in hits if h.iso3 == within.iso3 and _key(h.admin1) == _key(within.name)]
    return [h for feat in prefer for h in hits if h.feature == feat]


def _find_admin(gaz: Gazetteer, part: str, iso3: str | None, within: Place | None, prefer: tuple[str, ...]) -> Place | None:
    hits = _admin_hits(gaz, part, iso3, within, prefer)
    return hits[0] if hits else None


def _holders(text: str, s0: int, s1: int, gaz: Gazetteer, iso3: str | None) -> list[_Holder]:
    out = []
    for m in _PAREN_RE.finditer(text, s0, s1):
        parts = [p.strip() for p in m.group(1).split(",") if p.strip()]
        if not parts or len(parts) > 3:
            continue
        # the article's country first; a holder elsewhere only when it names nothing there
        h = _read_holder(gaz, parts, iso3) if iso3 else None
        h = h or _read_holder(gaz, parts, None)
        if h is not None:
            out.append(_Holder(m.start(), m.end(), *h))
    return out


_ABBREV = re.compile(r"[A-Z][A-Z&.]{0,5}")


def _read_holder(gaz: Gazetteer, parts: list[str], iso3: str | None) -> tuple[Place | None, Place | None] | None:
    """"(Mezam, Nord-Ouest)" -> (region, district); "(Omoro district)" -> (its region, district)."""
    readings = _admin_hits(gaz, parts[-1], iso3, None, ("admin1", "admin2"))
    if not readings and len(parts) > 1 and _ABBREV.fullmatch(parts[-1]):
        # "(Rajouri district, J&K)": a region written by its initials; the district's region
        # with those initials
        letters = re.sub(r"[^A-Z]", "", parts[-1])
        # (in any country when none of the article's has it: the initials say which of two
        # neighbours' Poonch districts is meant, "J&K" or "AJK")
        for scope in (iso3, None) if iso3 else (None,):
            for a2 in _admin_hits(gaz, parts[0], scope, None, ("admin2",)):
                if a2.admin1 and initials(a2.admin1) == letters:
                    return next((x for x in gaz.lookup(a2.admin1, iso3=a2.iso3) if x.feature == "admin1"), None), a2
    if len(parts) > 1:
        # "(Mzimba, Northern)": the reading of the region that holds the district named before it
        for a1 in [r for r in readings if r.feature == "admin1"][:6]:
            a2 = _find_admin(gaz, parts[0], a1.iso3, a1, ("admin2", "place"))
            if a2 is not None and a2.feature == "place":
                # "(Peshawar, KPK)": a town naming its district; the district is the unit
                a2 = next((x for x in gaz.lookup(a2.admin2, iso3=a2.iso3) if x.feature == "admin2"), None) \
                    if a2.admin2 else None
            if a2 is not None:
                return a1, a2
    a1 = readings[0] if readings else None
    if a1 is not None and a1.feature == "admin2":
        if len(parts) > 1:
            return None  # "(A, B)" with B a district: not the usual order, leave it
        # "(Omoro district)": a district alone; its region comes with it
        return next((x for x in gaz.lookup(a1.admin1 or "", iso3=a1.iso3) if x.feature == "admin1"), None), a1
    if a1 is not None:
        return a1, None
    if len(parts) > 1:
        # "(Baramulla district, J&K)": the region is written in a way we do not know; the
        # district says it
        first = _find_admin(gaz, parts[0], iso3, None, ("admin2", "admin1"))
        if first is not None and first.feature == "admin2":
            return next((x for x in gaz.lookup(first.admin1 or "", iso3=first.iso3) if x.feature == "admin1"), None), first
        if first is not None:
            return first, None
    return None


def _inside(p: Place, h: _Holder) -> bool:
    if h.admin2 is not None and _key(p.admin2) == _key(h.admin2.name) or \
            p.feature == "admin2" and h.admin2 is not None and _key(p.name) == _key(h.admin2.name):
        return True
    if h.admin1 is not None and (_key(p.admin1) == _key(h.admin1.name)) and p.iso3 == h.admin1.iso3:
        return True
    return False


@dataclass
class LocatedEvent:
    location: Location
    start: int | None  # evidence span in the article text
    end: int | None
    text: str | None
    toponym: Toponym | None = None
    method: str = "sentence"  # sentence | offset | near | dateline | country


def offset_point(lat: float, lon: float, distance_km: float, bearing: float | str) -> tuple[float, float]:
    """The point ``distance_km`` from (lat, lon) along ``bearing`` (degrees or "southeast")."""
    if isinstance(bearing, str):
        bearing = _BEARINGS[bearing.lower().replace(" ", "-")]
    d = distance_km / EARTH_KM
    b = math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540) % 360 - 180, 5)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    s, e = 0, len(text)
    for m in _SENT_BOUND.finditer(text):
        if m.end() <= start:
            s = m.end()
        elif m.start() >= end:
            e = m.start()
            break
    return s, e


def _number(tok: str) -> float:
    t = tok.lower().strip()
    if t in _NUM_WORDS:
        return float(_NUM_WORDS[t])
    if t.startswith("a hundred"):
        return 100.0
    return float(t.replace(",", "."))


_FEATURE_PENALTY = {"place": 0.0, "admin2": -0.6, "admin1": -1.0, "country": -1.6, "demonym": -3.0}


def locate_event(
    text: str,
    event_start: int,
    event_end: int,
    toponyms: Sequence[Toponym],
    dateline_place: Place | Toponym | str | None = None,
    article_country: str | None = None,
    gazetteer: Gazetteer | None = None,
    next_happening: int | None = None,
    focus: tuple[int, int] | None = None,
) -> LocatedEvent | None:
    """Choose where the event at ``text[event_start:event_end]`` happened.

    Prefers a place in the event's sentence ("X km southeast of Y" > "in X" > "near X" > a bare
    mention; towns over regions over countries; closer to the event words first); then the dateline
    place; then the article's country (ISO3 or name). None when nothing is known.  When the
    sentence names only a region, a town inside it that the next sentences name is taken, up to
    ``next_happening`` (where the article turns to another happening).  ``focus``: the event's
    own words (its trigger); among the sentence's places, those nearer to them weigh more.
    """
    gaz = gazetteer or Gazetteer.load()
    ctx_iso3 = None
    if article_country:
        ctx_iso3 = article_country if len(article_country) == 3 and article_country.isupper() else gaz.country_for(article_country)
    # a sentence span may carry the whitespace after it; bounds past it would take in the next one
    event_end = max(event_start, event_start + len(text[event_start:event_end].rstrip()))
    s0, s1 = _sentence_bounds(text, event_start, event_end)
    s0, s1 = min(s0, event_start), max(s1, event_end)
    # the dateline says where the story was filed, not where its first sentence happened: its
    # names only speak through the dateline fallback below
    body = _body_start(text)
    in_body = [t for t in toponyms if t.start >= body]
    f0, f1 = focus if focus is not None else (event_start, event_end)
    best, demonym_only = _best_in(text, s0, s1, f0, f1, in_body, gaz, ctx_iso3)
    if best is not None:
        region = best.toponym.place if best.location.geo_precision == 3 and best.toponym is not None else None
        part = _compass_part(text, s0, best.toponym) if region is not None else None
        if region is not None:
            # "attacked a mosque in a village in western Niger. The attackers surrounded the mosque in
            # Fambita, ...": the next sentences name the place the lead only gives the region of
            closer = _next_place_within(text, s1, in_body, gaz, ctx_iso3, region, part, next_happening)
            owner = next((t for t in in_body if t.kind == "country" and t.end <= best.toponym.start
                          and _POSSESSIVE_GAP.fullmatch(text[t.end : best.toponym.start])), None)
            if closer is None and owner is not None and region.feature != "country":
                # "in Indonesia's Papua region": the region the country owns may have been split
                # since the gazetteer's borders were drawn; the country still holds the town
                closer = _next_place_within(text, s1, in_body, gaz, ctx_iso3, owner.place, None, next_happening)
            if closer is not None:
                return closer
        dl = _dateline(dateline_place, article_country, lambda: gaz) if region is not None else None
        if dl is not None and _within(dl[0], region) and _in_part(dl[0], region, part):
            # "PESHAWAR, Pakistan — a bombing in northwest Pakistan": the dateline's town is
            # the closest the article comes, and it lies inside the region the sentence names
            place, span = dl
            loc = _location(place, 1 if place.feature == "place" else 2)
            return LocatedEvent(loc, *(span or (None, None, None)),
                                toponym=dateline_place if isinstance(dateline_place, Toponym) else None,
                                method="dateline")
        return best
    # "looted shops in the city's main market": the town told of just before
    told = _town_referred_to(text, s0, s1, in_body, gaz, ctx_iso3)
    if told is not None and (demonym_only is None or demonym_only.place.iso3 == told.location.iso3):
        return told
    # no place in the event's sentence: the article's first place (its lead) unless a dateline says
    lead = None
    if dateline_place is None:
        lead = _lead(text, in_body, gaz, ctx_iso3)
        if lead is not None and (demonym_only is None or demonym_only.place.iso3 == lead.location.iso3):
            return lead

    dl = _dateline(dateline_place, article_country, lambda: gaz)
    if dl is not None:
        place, span = dl
        if demonym_only is None or demonym_only.place.iso3 == place.iso3:
            loc = _location(place, 3 if place.feature in ("country", "admin1") else 2 if place.feature == "admin2" else 1)
            return LocatedEvent(loc, *(span or (None, None, None)), toponym=dateline_place if isinstance(dateline_place, Toponym) else None, method="dateline")
    if demonym_only is not None:
        return LocatedEvent(_location(demonym_only.place, 3), demonym_only.start, demonym_only.end,
                            demonym_only.text, demonym_only, "country")
    if article_country:
        p = gaz.country_place(ctx_iso3) if ctx_iso3 else None
        if p is not None:
            return LocatedEvent(_location(p, 3), None, None, None, None, "country")
    return None


#: "in northern Benin", "in the far north-east of Nigeria": the part of a region an event is in
_COMPASS_BEFORE = re.compile(
    r"\b(?:far[\s-]+)?(north|south|east|west|north[\s-]?east|north[\s-]?west|south[\s-]?east|south[\s-]?west)"
    r"(?:ern)?\s+(?:(?:part|parts|region|corner)\s+of\s+)?(?:the\s+)?$", re.I)
#: "in the Kokorou district of the Tera department": a preposition that puts a place somewhere
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|of|outside|around)\s+(?:the\s+)?$", re.I)
#: how many sentences after an event's own may name its place
NEXT_PLACE_SENTENCES = 2
#: "In a separate attack ...", "Elsewhere, ...": a sentence that moves on to another happening
_MOVES_ON = re.compile(r"^\W*(?:in\s+(?:a\s+)?(?:separate|another|other)\b|separately\b|elsewhere\b|meanwhile\b|"
                       r"also\s+on\b|earlier\b|last\s+(?:year|month|week)\b)", re.I)


#: "the wounded were flown to X": a town casualties were moved to (a hospital in a town may be
#: where things happened: "patients stormed out of the hospital in X")
_TAKEN_TO = re.compile(r"\b(?:taken|rushed|evacuated|transferred|flown|airlifted|moved)\s+to\s+(?:the\s+)?(?:nearby\s+)?$",
                       re.I)
#: a definite reference to a town already named ("in the city's main market", "the town"), not
#: "the city of X" (which names it); "in the same area" likewise
_THE_TOWN = re.compile(r"\bthe\s+(?:same\s+)?(?:city|town|village|camp|district|area)(?:'s|’s)?\b(?!\s+of\b)", re.I)


def _town_referred_to(text: str, s0: int, s1: int, toponyms: Sequence[Toponym],
                      gaz: Gazetteer | None = None, iso3: str | None = None) -> LocatedEvent | None:
    """The town the sentence refers to as "the city" / "the town": the last one named before it."""
    m = _THE_TOWN.search(text, s0, s1)
    if m is None:
        return None
    # (not a town the wounded were taken to: "later transferred to Niamey" is not where it was)
    # (nor a landmark that measures where the town is: "Chernihiv, about 150 km north of Kyiv")
    before = [t for t in toponyms if t.end <= s0 and t.place.feature == "place" and t.kind != "demonym"
              and not _TAKEN_TO.search(text[max(0, t.start - 80) : t.start])
              and not _measures_from(text[max(0, t.start - 80) : t.start])]
    if not before:
        return None
    t = before[-1]
    loc = _location(t.place, 1)
    if gaz is not None:
        # the town as its own sentence placed it ("in Adh Dhalah area (As Said, Shabwah)")
        b0, b1 = _sentence_bounds(text, t.start, t.end)
        got, _ = _best_in(text, b0, b1, t.start, t.end, toponyms, gaz, iso3)
        if got is not None and got.toponym is t:
            loc = got.location
    return LocatedEvent(loc, t.start, t.end, t.text, t, "anaphor")


def _measures_from(before: str) -> bool:
    """The words just before a name make it the landmark of a distance or bearing ("150 km north of ")."""
    m = _OFFSET_RE.search(before)
    return (m is not None and not before[m.end():].strip()) or _BEARING_OF.search(before) is not None


def _compass_part(text: str, s0: int, region: Toponym) -> float | None:
    """The bearing of the part of ``region`` the sentence names ("northern Benin" -> 0), or None."""
    m = _COMPASS_BEFORE.search(text[max(s0, region.start - 40) : region.start])
    if m is None:
        return None
    return float(_BEARINGS[re.sub(r"[\s-]+", "", m.group(1).lower())])


def _in_part(p: Place, region: Place, part: float | None) -> bool:
    """``p`` lies in the part of ``region`` whose bearing from the region's middle is ``part``
    (within 67.5 degrees: "northern" takes north-west to north-east)."""
    if part is None:
        return True
    dy = p.latitude - region.latitude
    dx = (p.longitude - region.longitude) * math.cos(math.radians(region.latitude))
    if abs(dx) + abs(dy) < 0.05:
        return True  # the middle itself belongs to no side: do not rule it out
    bearing = math.degrees(math.atan2(dx, dy)) % 360
    return abs((bearing - part + 180) % 360 - 180) <= 67.5


def _next_place_within(
    text: str, s1: int, toponyms: Sequence[Toponym], gaz: Gazetteer, iso3: str | None,
    region: Place, part: float | None, stop: int | None,
) -> LocatedEvent | None:
    """The first town or district the next sentences, up to ``stop``, name inside ``region``
    (and its named part)."""
    start = s1
    for _ in range(NEXT_PLACE_SENTENCES):
        n0, n1 = _sentence_bounds(text, start + 1, start + 1)
        n0 = max(n0, start)
        while n0 < len(text) and text[n0].isspace():
            n0 += 1
        if n0 >= n1 or (stop is not None and n0 >= stop) or _MOVES_ON.match(text[n0:n1]):
            return None
        got, _ = _best_in(text, n0, n1, n0, n1, toponyms, gaz, iso3)
        # only a place the sentence puts something in ("in X", "near X", "60 km south of X"), not a
        # name in passing ("along the city's Lake Street")
        if got is not None and got.toponym is not None and got.location.geo_precision < 3 and (
                (got.start is not None and got.start < got.toponym.start)
                or _LOCATIVE_BEFORE.search(text[max(n0, got.toponym.start - 40) : got.toponym.start])
        ) and not _FACILITY_AFTER.match(text, got.toponym.end):
            place = got.toponym.place
            if _within(place, region) and _in_part(place, region, part):
                got.method = "next_sentence"
                return got
        start = n1
    return None


def _within(p: Place, region: Place) -> bool:
    """``p`` is a town or district inside ``region`` (a country or first-level region)."""
    if p.feature not in ("place", "admin2") or p.iso3 != region.iso3:
        return False
    return region.feature == "country" or (region.feature == "admin1" and _key(p.admin1) == _key(region.name))


def _body_start(text: str) -> int:
    """Where the story proper begins after a dateline ("KUT, Iraq (AFP) — "); 0 without one."""
    from eventlens.ingest.dateline import parse_dateline  # pure regex module; lazy: ingest is heavy

    dl = parse_dateline(text[:300])
    return dl.end if dl is not None else 0


def _lead(text: str, toponyms: Sequence[Toponym], gaz: Gazetteer, iso3: str | None) -> LocatedEvent | None:
    """Where the article's first sentence naming a place puts things (method "lead")."""
    firsts = [t.start for t in toponyms if t.kind != "demonym"]
    firsts += [m.start() for m in _PAREN_RE.finditer(text)][:1]
    for pos in sorted(firsts)[:3]:
        s0, s1 = _sentence_bounds(text, pos, pos + 1)
        got, _ = _best_in(text, s0, s1, s0, s1, toponyms, gaz, iso3)
        if got is not None:
            got.method = "lead"
            return got
    return None


#: words after a name that make it a region: "Anbar province", "Idleb countryside"
_REGION1_AFTER = re.compile(
    r"\s+(?:province|governorate|region|state|oblast|countryside|prefecture|wilaya|department|krai|canton)\b", re.I)
#: "Muqur district", "Sabuwa LGA", "Aweil East county": a second-level unit
_REGION2_AFTER = re.compile(
    r"\s+(?:district|lga|l\.g\.a|upazila|tehsil|county|municipality|raion|rayon|territory|sub-?district|woreda|"
    r"cercle|sub-?division|local government area)\b", re.I)
#: "the countryside of X", "rural X", "X province of": the region, not its town
_REGION_BEFORE = re.compile(
    r"\b(?:(?:countryside|province|governorate|region|state|oblast|outskirts)\s+of\s+(?:the\s+)?|rural\s+)$", re.I)
#: "Tahrir Street", "Byblos Bank", "the Sidon-Beirut highway": a thing named after a place, not
#: the place (a street or a bank rarely stands in the town it is named after)
_FACILITY_AFTER = re.compile(
    r"(?:[\s-]+[A-Z][\w'’]*){0,2}[\s-]+(?:street|st\.|road|rd\.|highway|avenue|bridge|square|bank|boulevard|"
    r"brigade|expressway|motorway|bypass)\b", re.I)
#: the name goes on: "San Andres| de Tuxtla", "Bab| al Faraj", "Toba| tek Singh": the gazetteer
#: matched part of a longer name, usually another place
NAME_GOES_ON = re.compile(
    r"(?:\s+(?:al|el|de|del|de la|de los|de las|do|da|dos|das|ad|as|ar|an|ash|at|az|bin|ibn|tek|ul|ud|di|du|le|la|"
    r"er|es|ed|et|ez|en|ech|esh)"
    r"[\s-]+[A-Z]|[ -][A-Z][a-z])")
_NAME_CAME_BEFORE = re.compile(
    r"(?:\b(?:al|el|ad|as|ar|an|ash|at|az|er|es|ed|et|ez|ech|esh|bir|tel|tal|wadi|jabal|jebel|ain|deir|kafr|beit|"
    r"bani|bin|ras|umm|abu)"
    r"[\s-]+|(?<![.!?:;,]\s)\b[A-Z][a-z][\w'’]*\s+)$")
#: capitalised words before a name that do not make it a longer name
_OPEN_WORDS = {
    "in", "on", "at", "near", "from", "to", "of", "the", "and", "or", "around", "outside", "inside", "into",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
    "upper", "lower", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "rural", "downtown", "old", "new", "across", "throughout", "between",
    "with", "by", "for", "after", "while", "during", "within", "along", "over", "barangay", "colonia",
    "village", "town", "city", "camp", "district", "province", "governorate", "mount", "lake",
}
#: words that continue a name without making it another place ("Kabul Province", "Gaza City")
_FEATURE_WORDS = {
    "city", "town", "village", "province", "governorate", "district", "region", "state", "county", "area",
    "airport", "university", "hospital", "port", "municipality", "camp", "valley", "river", "mountains",
    "district's", "prison", "base", "airbase", "market", "checkpoint", "countryside", "oblast", "raion",
    "lga", "upazila", "sub-district", "subdistrict", "division", "zone", "territory", "sector", "front",
    "strip", "bay", "island", "islands", "hills", "lake", "desert", "plain", "street", "road", "highway",
    "avenue", "bridge", "square", "bank", "barangay", "colonia", "mount", "frontline", "crossing", "station",
    "township", "parish", "commune", "department", "prefecture", "oblast", "county", "cercle", "woreda",
    "tehsil", "mandal", "block", "ward", "neighborhood", "neighbourhood", "suburb", "locality", "region",
}
#: "Turkish forces", "US dollar", "the Pakistan army": a country naming whose, not where
_OWNER_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:forces|troops|army|military|police|soldiers|government|authorities|officials|navy|"
    r"jets?|warplanes|drones?|air\s*strikes?|missiles?|rockets?|bombs?|shells|artillery|shelling|air force|border|frontier|dollars?|pounds?|militias?|embassy|consulate|border guards?|"
    r"security|nationals?|citizens?|intelligence|coalition|ministry|president|regime|backed|led)\b")
#: a country's institution named with capitals ("the Rwanda Defence Force", "the Kenya Police")
_INSTITUTION_AFTER = re.compile(
    r"\s+(?:National\s+)?(?:Defen[cs]e\s+Forces?|Armed\s+Forces|Air\s+Force|Army|Navy|Police(?:\s+Service)?|"
    r"Military|Coast\s+Guard|Border\s+Guards?|Gendarmerie)\b")
#: "the city's Kyivskyi district", "the capital's Karrada neighbourhood"
_CITY_PART_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:city|town|capital)['’]s\s+(?:\w+\s+)?$", re.I)
_CITY_PART_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|quarter|suburb|area|borough)\b", re.I)
#: "Malta-flagged", "Dubai-based", "Gaza-bound": a name made into an adjective of a ship, a group or a cargo
_ATTRIBUTE_AFTER = re.compile(
    r"-(?:flagged|registered|owned|operated|based|bound|born|made|built|funded|headquartered)\b", re.I)
_OWNER_BEFORE = re.compile(
    r"\b(?:forces|troops|army|armies|military|government|authorities|police|navy|embassy|soldiers|ministry|"
    r"officials|nationals|citizens)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:and|&)\s+)?$")
#: between a place and the region named after it: "X, Y", "X (Y", "X in Y", "X area of Y district,"
_CHAIN_GAP = re.compile(
    r"(?:\s*(?:,|\(|\)|\bof\b|\bin\b|\bthe\b|\bwithin\b|\bunder\b|"
    r"\b(?:village|town|city|area|district|province|governorate|region|state|county|municipality|sub-?district|"
    r"sub-?division|upazila|tehsil|lga|zone|territory|countryside|commune|neighbou?rhood|locality|sector|camp|"
    r"department|oblast|raion|rayon|parish|barangay|suburb)s?\b|\b\w+ern\b|\bcentral\b|\brural\b))*\s*", re.I)
_CHAIN_LINK = re.compile(r",|\(|\bof\b|\bin\b", re.I)
#: "Sirwah district west of Marib": a bare bearing after a place describes that place
_BEARING_OF = re.compile(
    r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$", re.I)
_DESCRIBED_GAP = re.compile(
    r"\s*(?:(?:village|town|city|area|district|camp|neighbou?rhood|sub-?district|checkpoint|front(?:line)?)\s*)?,?\s*"
    r"(?:(?:about|some|around|nearly|roughly|approximately|just|located|situated)\s+)*$", re.I)
_FROM_HARD = re.compile(r"\b(?:from|towards?|heading (?:to|for|towards)|bound for|en route to|on (?:the|its|their) way to)\s+(?:the\s+)?$", re.I)


#: "its worst crisis since the fall of the Soviet Union", "since the 2011 uprising in Libya": a
#: name inside a "since ..." phrase dates the story, it does not place the event
_SINCE_PHRASE = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:of|in)\s+(?:the\s+)?$", re.I)
#: where casualties were taken or treated is not where the event happened
_TREATED_AT = re.compile(
    r"\b(?:(?:hospitals?|clinics?|morgues?|mortuary|treated|treatment|admitted|jail|prison)\s+(?:in|at)"
    r"|(?:taken|rushed|evacuated|transferred|flown|airlifted|moved)\s+to"
    r"(?:\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:hospital|clinic|jail|prison|detention centre|detention center)\s+(?:in|at))?)"
    r"\s+(?:the\s+)?(?:nearby\s+)?$", re.I)
#: "the superintendent of ", "doctors at ": the staff of the hospital a name is about to name
_HOSPITAL_STAFF_OF = re.compile(
    r"\b(?:superintendent|director|doctors?|physicians?|surgeons?|nurses?|officials?|spokes(?:man|woman|person)|staff|"
    r"head|chief|medics?)\s+(?:at|of|from)\s+(?:the\s+)?$", re.I)
_HOSPITAL_AFTER = re.compile(
    r"\s+(?:(?:district|general|teaching|regional|city|provincial|central|main|military)\s+)*"
    r"(?:hospital|clinic|morgue|mortuary|medical)", re.I)
#: "paramilitaries close to Iran": a country an armed group is close to is its ally
_CLOSE_TO = re.compile(r"\bclose\s+to\s+(?:the\s+)?$", re.I)


def _region_reading(t: Toponym, prefer: tuple[str, ...] = ("admin1", "admin2"),
                    gaz: Gazetteer | None = None) -> Place | None:
    """The region a name means when it is written as one ("X, Donetsk", "X in Idleb")."""
    if t.kind in ("admin1", "admin2", "country") and t.place.feature in ("admin1", "admin2", "country"):
        return t.place
    key = _key(t.text)
    for feat in prefer:
        for c in [t.place, *t.candidates]:
            if c.feature == feat and c.iso3 == t.place.iso3 and (_key(c.name) == key or _key(c.name) == _key(t.place.admin1 if feat == "admin1" else t.place.admin2)):
                return c
    if gaz is not None and "admin1" in prefer and t.place.feature == "place" and t.place.row >= 0 \
            and _same_name(t.place.name, t.place.admin1):
        # "Idleb" is an alternate name of Idlib the town only, not of its governorate: a town
        # named like its region stands for the region when written as one
        return gaz.admin1_place(t.place)
    return None


def _same_name(a: str | None, b: str | None) -> bool:
    """One name up to transliteration and a leading article ("Al Ḩasakah" / "Al-Hasakah")."""
    ka, kb = skeleton(a or ""), skeleton(b or "")
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    sa, sb = strip_article(ka), strip_article(kb)
    return sa is not None and sa == sb


def _contains(region: Place, c: Place) -> bool:
    """Is ``c`` inside ``region`` (a country, first- or second-level unit, or a town's first-level unit)?"""
    if c.iso3 != region.iso3:
        return False
    if region.feature == "country":
        return True
    if c.feature == "country":
        return False
    if region.feature == "admin1":
        return c.feature != "admin1" and _key(c.admin1) in (_key(region.name), _key(region.admin1))
    if region.feature == "admin2":
        if c.feature in ("admin1", "admin2"):
            return False
        if region.admin1 and c.admin1 and _key(c.admin1) != _key(region.admin1):
            return False
        if c.admin2:
            return _key(c.admin2) == _key(region.name)
        return _key(c.admin1) == _key(region.admin1)
    # a town: places of its first-level unit
    return c.feature == "place" and bool(c.admin1) and _key(c.admin1) == _key(region.admin1)


def _seat(gaz: Gazetteer, unit: Place) -> Place | None:
    """The town a unit is named after and run from ("Muqur" of Muqur district): a unit is coded at
    its seat, not at the middle of its map."""
    if unit.feature not in ("admin1", "admin2"):
        return None
    key = _key(unit.name)
    for c in gaz.lookup(unit.name, iso3=unit.iso3, limit=10):
        if c.feature == "place" and _key(c.name) == key and _contains(unit, c):
            return c
    return None


def _unit_point(gaz: Gazetteer, unit: Place) -> tuple[float, float]:
    seat = _seat(gaz, unit)
    return (seat.latitude, seat.longitude) if seat is not None else (unit.latitude, unit.longitude)


def _region_location(gaz: Gazetteer, name: str, unit: Place) -> Location:
    """Somewhere called ``name`` known only by the unit it lies in."""
    lat, lon = _unit_point(gaz, unit)
    prec = 2 if unit.feature == "admin2" else 3 if unit.feature in ("admin1", "country") else 2
    return Location(
        name=name, admin1=unit.admin1 if unit.feature != "country" else None,
        admin2=unit.name if unit.feature == "admin2" else unit.admin2 if unit.feature == "place" else None,
        country=unit.country, iso3=unit.iso3, latitude=lat, longitude=lon, geo_precision=prec, geonames_id=None,
    )


def _chain(text: str, i: int, tops: list[Toponym], s1: int, gaz: Gazetteer | None = None) -> list[int]:
    """Indices of the toponyms after ``tops[i]`` that name the units holding it: "X, Y, Z",
    "X area of Y district, Z", "X in the eastern countryside of Y".  Towns on the way
    ("Barangay Pange, Siayan, Zamboanga del Norte") are passed over, not taken as units."""
    out: list[int] = []
    # the rest of a longer name the gazetteer matched only in part ("Bab| al Faraj area in ...")
    end = _NAME_TAIL.match(text, tops[i].end).end()
    for j in range(i + 1, len(tops)):
        r = tops[j]
        if r.start < end:
            continue
        if r.start > s1 or r.kind == "demonym":
            break
        gap = text[end : r.start]
        if len(gap) > 60 or not _CHAIN_GAP.fullmatch(gap) or not _CHAIN_LINK.search(gap):
            break
        if _TOWN_OF.search(gap):
            break  # "the Aley town of Ain er Roummaneh": the town lies in the name before it
        if r.kind == "country" and NAME_GOES_ON.match(text, r.end):
            break  # "Bosaso, U.S. Africa Command said": the country opens a name
        reading = _region_reading(r, gaz=gaz)
        if reading is not None and not _CITY_AFTER.match(text, r.end):
            out.append(j)
        end = r.end
    if out and out[-1] + 1 < len(tops) and _LIST_GAP.fullmatch(text[tops[out[-1]].end : tops[out[-1] + 1].start]) \
            and tops[out[-1] + 1].kind != "country":
        return []  # "in Mosul, Kirkuk and Diyala": a list of places, not a place and its region
    return out


_LIST_GAP = re.compile(r"\s*,?\s*(?:and|or|&)\s+(?:the\s+)?|\s*,\s*", re.I)


_NAME_TAIL = re.compile(
    r"(?:[\s-]+(?:al|el|de|del|de la|de los|do|da|ad|as|ar|an|ash|at|az|er|es|ed|et|ez|bin|tek|ul|ud)(?=[\s-]+[A-Z]))?"
    r"(?:[ -][A-Z][\w'’-]*)*")
_CITY_AFTER = re.compile(r"\s+(?:city|town|village)\b", re.I)
_TOWN_OF = re.compile(r"\b(?:city|town|village|capital)\s+of\b", re.I)


def _owner_country(text: str, t: Toponym, s0: int) -> bool:
    """"Turkish forces", "the US dollar", "military forces of India and Pakistan", "the Rwanda
    Defence Force"."""
    if t.kind not in ("country", "demonym"):
        return False
    return bool(_OWNER_AFTER.match(text, t.end) or _INSTITUTION_AFTER.match(text, t.end)
                or _OWNER_BEFORE.search(text[max(s0, t.start - 80) : t.start]))


def _partial_name(text: str, t: Toponym, starts: set[int], s0: int) -> bool:
    """The gazetteer matched part of a longer name ("Bab" of "Bab al Faraj", "Hasan" of "Bir Hasan")."""
    name, said = _key(t.place.name), _key(t.text)
    if name != said and (name.startswith(said) or name.endswith(said)):
        return False  # the gazetteer knows the longer name: "Leon" read as León de los Aldama
    if NAME_GOES_ON.match(text, t.end):
        nxt = re.match(r"[\s-]*(?:[a-z]+[\s-]+)*([A-Z][\w'’-]*)", text[t.end : t.end + 40])
        if nxt and nxt.group(1).lower() not in _FEATURE_WORDS and t.end + nxt.start(1) not in starts:
            return True
    m = _NAME_CAME_BEFORE.search(text, max(s0, t.start - 30), t.start)
    if m is None:
        return False
    word = m.group(0).strip()
    if word[:1].islower():
        return True  # "el Mina", "Bir Hasan"
    if word.lower() in _OPEN_WORDS or word.lower() in _FEATURE_WORDS or word.isupper() or m.start() in starts \
            or m.start() + len(word) in starts:
        return False
    # the first word of a sentence or clause is capitalised anyway
    return bool(text[s0 : m.start()].strip()) and not re.search(r"[.:;!?\"“(]\s*$", text[s0 : m.start()])


def _best_in(
    text: str, s0: int, s1: int, event_start: int, event_end: int, toponyms: Sequence[Toponym],
    gaz: Gazetteer, iso3: str | None,
) -> tuple[LocatedEvent | None, Toponym | None]:
    best: tuple[float, LocatedEvent] | None = None
    demonym_only: Toponym | None = None
    holders = _holders(text, s0, s1, gaz, iso3)
    held: set[int] = set()  # holders attached to a recognised place
    sent = [t for t in toponyms if s0 <= t.start and t.end <= s1
            and not any(h.start < t.start < h.end for h in holders)]  # names inside "(Mezam, Nord-Ouest)" place their neighbour
    sent.sort(key=lambda t: t.start)
    starts = {t.start for t in sent} | {t.end for t in sent}
    # which names only say where the name before them lies
    hint_of: dict[int, int] = {}
    chains: dict[int, list[int]] = {}
    for i, t in enumerate(sent):
        if t.kind == "demonym":
            continue
        ch = _chain(text, i, sent, s1, gaz)
        if ch:
            chains[i] = ch
            for j in ch:
                hint_of.setdefault(j, i)
    # "Sirwah district west of Marib", "in Kharistan, 10 km south of Y": Y is a landmark for
    # the place named just before it
    described: dict[int, int] = {}
    for j, r in enumerate(sent):
        if j == 0:
            continue
        before = text[max(s0, r.start - 80) : r.start]
        m = _OFFSET_RE.search(before) or _BEARING_OF.search(before)
        if not m:
            continue
        lead_start = r.start - len(before) + m.start()
        prev = sent[j - 1]
        if prev.end <= lead_start and prev.kind != "demonym" and _DESCRIBED_GAP.fullmatch(text[prev.end : lead_start]):
            described[j] = j - 1

    # "Mozambique's Cabo Delgado province": a country written as the owner of the name after it
    # only says where that name lies
    owners = {id(c) for c, t in zip(sent, sent[1:])
              if c.kind == "country" and t.kind != "demonym" and t.place.iso3 == c.place.iso3
              and _POSSESSIVE_GAP.fullmatch(text[c.end : t.start])}
    # "in Surin province's Phanom Dong Rak district": a region written as the owner likewise; the
    # name it owns is read inside it and takes the words that place the pair ("in", "near")
    owned_by: dict[int, Toponym] = {}
    for j in range(1, len(sent)):
        c, t = sent[j - 1], sent[j]
        if c.kind == "demonym" or t.kind in ("demonym", "country") or not _REGION_POSSESSIVE_GAP.fullmatch(text[c.end : t.start]):
            continue
        region = _region_reading(c, gaz=gaz)
        if region is None or region.feature not in ("admin1", "admin2"):
            continue
        if any(_contains(region, p) for p in (t.place, *t.candidates)):
            owners.add(id(c))
            owned_by[j] = c

    # the regions the sentence says things happen in ("..., Paktika", "(Marib, Marib)")
    sentence_regions: list[Place] = []
    for i, ch in chains.items():
        rg = _region_reading(sent[ch[-1]], gaz=gaz)
        if rg is not None and rg.feature in ("admin1", "admin2"):
            sentence_regions.append(rg)
    sentence_regions += [h.admin1 for h in holders if h.admin1 is not None]

    def consider(score: float, cand: LocatedEvent) -> None:
        nonlocal best
        if best is None or score > best[0]:
            best = (score, cand)

    for i, t in enumerate(sent):
        if t.kind == "demonym":
            if not _owner_country(text, t, s0):
                demonym_only = demonym_only or t
            continue
        place = t.place
        holder = next((k for k, h in enumerate(holders) if h.start >= t.end and _TO_PAREN.fullmatch(text[t.end : h.start])), None)
        fallback_unit: _Holder | None = None
        fallback_region: Place | None = None
        in_pool: list[Place] = []
        outside = False
        before = text[max(s0, t.start - 80) : t.start]
        after = text[t.end : min(s1, t.end + 40)]
        anchor = t.start  # where the words before the name end
        if i in owned_by:
            owner = owned_by[i]
            anchor = owner.start
            before = text[max(s0, owner.start - 80) : owner.start]
            owner_region = _region_reading(owner, gaz=gaz)
            if not _contains(owner_region, place):
                place = next(c for c in t.candidates if _contains(owner_region, c))
        if place.iso3 is None:
            continue  # a continent or an ocean ("Gbagbo's African Peoples' Party"): in no country, no event's place
        if _TREATED_AT.search(before):
            continue  # "taken to hospital in Kaya": where the wounded went, not where it happened
        if t.kind != "country" and _CITY_PART_BEFORE.search(before) and _CITY_PART_AFTER.match(text, t.end):
            continue  # "the city's Kyivskyi district": a part of the city told before, not a town of that name
        if _ATTRIBUTE_AFTER.match(text, t.end):
            continue  # "the Malta-flagged ship", "a Beirut-based group": whose or from where, not where
        if _HOSPITAL_STAFF_OF.search(before) and _HOSPITAL_AFTER.match(text, t.end):
            continue  # "said the superintendent of Gopalganj district hospital": where the dead were brought
        if t.kind == "country" and _CLOSE_TO.search(before):
            continue  # "paramilitaries close to Iran": an ally, not a neighbourhood
        since = _SINCE_PHRASE.search(before)
        if since is not None and not (anchor - len(before) + since.start() <= event_start < t.start):
            continue  # (but "two years since the drone strike in Baghdad" places the strike itself)
        # the kind of place the words around the name say it is
        want: tuple[str, ...] = ()
        if _REGION1_AFTER.match(after) or _REGION_BEFORE.search(before):
            want = ("admin1", "admin2")
        elif _REGION2_AFTER.match(after):
            want = ("admin2", "admin1")
        if holder is not None:
            held.add(holder)
            h = holders[holder]
            inside = [c for c in t.candidates if _inside(c, h)]
            if not inside:
                inside = [c for c in gaz.lookup(t.text, iso3=h.unit.iso3) if _inside(c, h)]
            if inside:
                place = inside[0]
            else:
                fallback_unit = h  # a place the gazetteer does not know: its district stands in
        elif i in chains:
            last = sent[chains[i][-1]]
            after_last = next((k for k, h in enumerate(holders)
                               if h.start >= last.end and _TO_PAREN.fullmatch(text[last.end : h.start])), None)
            regions = [_region_reading(sent[j], gaz=gaz) or sent[j].place for j in chains[i]]
            if after_last is not None:
                # "Al Jabaliyah area in western Yemen (At Tuhayat, Al Hudaydah)"
                hh = holders[after_last]
                regions += [u for u in (hh.admin2, hh.admin1) if u is not None]
            widest = regions[-1]
            pool = [place, *t.candidates]
            inside = [c for c in pool if all(_contains(rg, c) for rg in regions)] or \
                [c for c in pool if _contains(widest, c)]
            if not inside:
                inside = [c for c in gaz.lookup(t.text, iso3=widest.iso3, limit=10)
                          if c.feature != "country" and _contains(widest, c)]
            if inside:
                in_pool = inside
                if place not in inside:
                    place = inside[0]
            elif after_last is not None:
                held.add(after_last)
                fallback_unit = holders[after_last]
            else:
                # not known inside the units written after it: the narrowest of them places it
                fallback_region = next((rg for rg in regions if _contains(widest, rg) or rg is widest), widest)
        elif t.kind == "place" and i not in hint_of and (t.place.population or 0) < 100_000 and \
                (told := _told_elsewhere(text, t, toponyms, gaz, iso3)) is not None and not _contains(told, place):
            # "near Vodyane, Donetsk. ... near Vodyane.": one name, one place in an article; where
            # another mention says which region it lies in, this one lies there too
            inside = [c for c in t.candidates if _contains(told, c)] or \
                [c for c in gaz.lookup(t.text, iso3=told.iso3, limit=10) if c.feature == "place" and _contains(told, c)]
            if inside:
                place = inside[0]
            else:
                fallback_region = told
        elif sentence_regions and t.kind in ("place", "admin2") and i not in hint_of and \
                not any(_contains(rg, place) for rg in sentence_regions):
            # the sentence names the region things happen in: a reading inside it, or a doubt
            inside = [c for c in t.candidates if any(_contains(rg, c) for rg in sentence_regions)]
            if inside:
                place = inside[0]
            else:
                outside = True
        if want and fallback_unit is None and fallback_region is None and place.feature not in want:
            alt = next((c for feat in want for c in (in_pool or [place, *t.candidates])
                        if c.feature == feat and c.iso3 == place.iso3 and _key(c.name) == _key(t.text)), None)
            if alt is None and want[0] == "admin1" and place.feature == "place" and _key(place.admin1) == _key(t.text):
                alt = gaz.admin1_place(place) if place.row >= 0 else None
            if alt is not None:
                place = alt
        kind = t.kind if t.kind in _FEATURE_PENALTY else place.feature
        if place is not t.place:
            kind = place.feature
        score = 2.0 + _FEATURE_PENALTY.get(kind, 0.0) + (1.0 if holder is not None else 0.0)
        if i in chains:
            score += 0.5  # the text says where it lies
        if outside:
            score -= 1.0
        if i in hint_of or id(t) in owners:
            score -= 1.5  # says where the name before (or after) it lies
        if i in described.values():
            score += 2.0
        if _owner_country(text, t, s0):
            if iso3 and place.iso3 != iso3 and t.kind == "country":
                continue  # "the Rwanda Defence Force said" in a story from Mozambique: whose, never where
            score -= 3.0
        if kind in ("place", "admin2", "admin1") and _FACILITY_AFTER.match(text, t.end):
            score -= 1.2
        if kind in ("place", "admin2") and fallback_unit is None and _partial_name(text, t, starts, s0):
            score -= 1.5
        ev_start, method, precision = t.start, "sentence", 1
        lat, lon = place.latitude, place.longitude
        m = _OFFSET_RE.search(before)
        if m:
            score += 3.0
            ev_start, method, precision = anchor - len(before) + m.start(1), "offset", 2
            km = _number(m.group(1))
            if m.group(2).lower().startswith("mi"):
                km *= 1.609344
            lat, lon = offset_point(lat, lon, km, m.group(3).lower())
            if i in described:
                score -= 2.5  # the place named before it is the one meant
        elif (m := _NEAR_RE.search(before)) or (m := _DISTANCE_FROM_RE.search(before)):
            score += 1.5
            ev_start, method, precision = anchor - len(before) + m.start(1), "near", 2
            if i in described:
                score -= 2.5
        elif (m := _IN_RE.search(before)):
            # "in northern Myanmar" is how a lead names the country of a story: it does not
            # outweigh the town that sentence names
            score += 1.0 if kind == "country" else 2.0
            ev_start = anchor - len(before) + m.start(1)
        elif _FEAT_OF_RE.search(before):
            score += 2.0
        elif _FROM_HARD.search(before):
            score -= 1.5
        elif _FROM_RE.search(before):
            score -= 0.5
        if kind == "admin1" or kind == "country":
            precision = 3
        elif kind == "admin2":
            precision = max(precision, 2)
        elif want and precision == 1:
            precision = 2  # "Mahasamund district": the district, coded at its town
        # closeness to the event words (inside the span counts as close)
        dist = 0 if event_start <= t.start < event_end else min(abs(t.start - event_end), abs(t.end - event_start))
        score -= dist / 400.0
        if fallback_unit is not None:
            loc = _unit_location(t.text, fallback_unit, gaz)
        elif fallback_region is not None:
            loc = _region_location(gaz, text[t.start : _NAME_TAIL.match(text, t.end).end()], fallback_region)
            if method == "near" and loc.geo_precision == 1:
                loc.geo_precision = 2
        else:
            if method == "sentence" and kind in ("admin1", "admin2"):
                lat, lon = _unit_point(gaz, place)
            loc = Location(
                name=place.name, admin1=place.admin1, admin2=place.admin2, country=place.country,
                iso3=place.iso3, latitude=lat, longitude=lon, geo_precision=precision,
                geonames_id=place.geonames_id or None,
            )
        end = t.end
        if fallback_region is not None and i in chains:
            end = sent[chains[i][-1]].end
        consider(score, LocatedEvent(loc, ev_start, end, text[ev_start:end], t, method))
    # "near Orikhove, Luhansk", "in Qoqfin in Idleb": a name the gazetteer does not know, then the
    # region it lies in; the region places it
    for j, r in enumerate(sent):
        if r.kind == "demonym" or j in hint_of:
            continue
        before = text[max(s0, r.start - 80) : r.start]
        m = _UNKNOWN_BEFORE.search(before)
        if not m:
            continue
        nstart = r.start - len(before) + m.start("name")
        nend = r.start - len(before) + m.end("name")
        if any(t.start < nend and nstart < t.end for t in sent) or any(h.start <= nstart < h.end for h in holders):
            continue
        unit = _region_reading(r, gaz=gaz)
        hk = next((k for k, h in enumerate(holders) if h.start >= r.end and _TO_PAREN.fullmatch(text[r.end : h.start])), None)
        if hk is not None:
            unit = holders[hk].unit  # "in Al Jabaliyah area in western Yemen (At Tuhayat, Al Hudaydah)"
            held.add(hk)
        if unit is None or _CITY_AFTER.match(text, r.end):
            continue
        if hk is None and j + 1 < len(sent) and sent[j + 1].kind not in ("country", "demonym") and \
                _LIST_GAP.fullmatch(text[r.end : sent[j + 1].start]):
            nxt = _region_reading(sent[j + 1], gaz=gaz)
            if nxt is None or not (_contains(nxt, unit) or _contains(nxt, r.place)):
                continue  # "in Kabul, Ghor, Laghman and Balkh provinces": a list, not a place and its region
        if hk is not None and r.kind == "place" and _region_reading(r, gaz=gaz) is None:
            continue  # "at Abbnoor Polytechnic College, Faridkot (Punjab)": the town is the place
        name = m.group("name")
        if name.split()[-1].lower() in _INSTITUTIONS:
            continue
        score = 2.0 + 2.0 + 0.5
        dist = 0 if event_start <= nstart < event_end else min(abs(nstart - event_end), abs(r.end - event_start))
        score -= dist / 400.0
        pstart = r.start - len(before) + m.start()
        near = bool(re.match(r"(?:near|outside|around|close to)\b", m.group(0), re.I))
        # a name the recogniser passed over may still be a town of that region
        known = [c for c in gaz.lookup(name, iso3=unit.iso3, limit=10)
                 if c.feature == "place" and (_inside(c, holders[hk]) if hk is not None else _contains(unit, c))]
        if known:
            loc = _location(known[0], 2 if near else 1)
        elif unit.feature == "country":
            continue  # "a town of X in northwest Syria": the country says too little
        elif hk is not None:
            loc = _unit_location(name, holders[hk], gaz)
        else:
            loc = _region_location(gaz, name, unit)
        pend = holders[hk].end if hk is not None else r.end
        consider(score, LocatedEvent(loc, pstart, pend, text[pstart:pend], r, "near" if near else "sentence"))
    # a parenthesis after words the gazetteer does not know: "at Kirni sector area (Poonch
    # district, J&K)", "in Binya parish (Omoro district)"
    for k, h in enumerate(holders):
        if k in held:
            continue
        head = text[s0 : h.start]
        tail = _TO_PAREN.search(head)
        head = head[: tail.start()] if tail else head
        nm = _NAME_BEFORE.search(head)
        name = nm.group(1) if nm and nm.group(1)[:1].isupper() else None
        start = s0 + nm.start(1) if name else h.start
        before = text[max(s0, start - 80) : start]
        score = 2.0 + 1.0 + (2.0 if _IN_RE.search(before) or _NEAR_RE.search(before) else 0.0)
        if name is None:
            score -= 1.0  # only the units are named
        dist = 0 if event_start <= start < event_end else min(abs(start - event_end), abs(h.end - event_start))
        score -= dist / 400.0
        known = [c for c in gaz.lookup(name, iso3=h.unit.iso3) if c.feature in ("place", "admin2") and _inside(c, h)] \
            if name else []
        if known:
            loc = _location(known[0], 1 if known[0].feature == "place" else 2)
            if known[0].feature == "admin2":
                loc.latitude, loc.longitude = _unit_point(gaz, known[0])
        else:
            loc = _unit_location(name or h.unit.name, h, gaz)
        consider(score, LocatedEvent(loc, start, h.end, text[start : h.end], None, "sentence"))
    return (best[1] if best else None), demonym_only


#: between a country and the place it owns: "'s", "'s northern", "’s far-western"
#: "Surin province's ", "Idlib's southern ": a region written as the owner of the name after it
_REGION_POSSESSIVE_GAP = re.compile(
    r"(?:\s+(?:province|state|region|governorate|oblast|department|county|district|prefecture))?['’]s\s+"
    r"(?:(?:far[\s-]+)?[\w-]+ern\s+|central\s+|restive\s+|remote\s+)?", re.I)
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:far[\s-]+)?[\w-]+ern\s+|central\s+|restive\s+|remote\s+)?", re.I)


_HINT_AFTER = re.compile(r"\s*(?:,|\()\s*")


def _told_elsewhere(text: str, t: Toponym, toponyms: Sequence[Toponym], gaz: Gazetteer,
                    iso3: str | None) -> Place | None:
    """The region another mention of ``t``'s name in the article is written with ("X, Donetsk",
    "X (Mezam, Nord-Ouest)"), None without one."""
    name = t.text
    if len(name) < 3:
        return None
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
        if m.start() == t.start:
            continue
        after = _HINT_AFTER.match(text, m.end())
        if after is None:
            continue
        if text[after.start() : after.end()].strip() == "(":
            hs = _holders(text, m.end(), min(len(text), m.end() + 110), gaz, iso3)
            if hs and not text[m.end() : hs[0].start].strip():
                return hs[0].unit
            continue
        r = next((r for r in toponyms if r.start == after.end()), None)
        if r is None or r.kind == "demonym":
            continue
        rg = _region_reading(r, gaz=gaz)
        if rg is None or rg.feature not in ("admin1", "admin2") or _in_list(text, r, toponyms, gaz):
            continue  # "Goma, Butembo and other towns": a list, not a place and its region
        return rg
    return None


def _in_list(text: str, r: Toponym, toponyms: Sequence[Toponym], gaz: Gazetteer) -> bool:
    """``r`` goes on as a list ("Butembo and ...", "Ghor, Laghman"), not as a wider unit."""
    if re.match(r"\s*,?\s*(?:and|or|&)\s", text[r.end : r.end + 12]):
        return True
    nxt = next((x for x in toponyms if x.start >= r.end), None)
    if nxt is None or nxt.kind in ("country", "demonym") or not _LIST_GAP.fullmatch(text[r.end : nxt.start]):
        return False
    wider = _region_reading(nxt, gaz=gaz)
    return wider is None or not _contains(wider, r.place)


_INSTITUTIONS = {"college", "hospital", "university", "school", "mosque", "church", "market", "bank", "office",
                 "prison", "court", "station", "hotel", "stadium", "headquarters", "hq", "hall", "center", "centre",
                 "building", "institute", "ministry", "palace", "embassy", "club", "factory", "company"}
#: "near Orikhove, " / "in Qoqfin in " / "at Zamanly, ": a capitalised name after a locative word,
#: then the region it lies in
_UNKNOWN_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|around|close to|village of|town of)\s+(?:the\s+)?"
    r"(?P<name>(?:(?:al|el|ad|as|ar|an|ash|at|az)-)?[A-Z][\w'’-]+(?:[ -](?:[A-Z0-9][\w'’/-]*|al|el|de|del|do|da|ad|as|ar|an|ash))*)"
    r"(?:\s+(?:village|town|area|camp|neighbou?rhood|locality|mine|checkpoint|district|sub-?district|sector))?"
    r"\s*(?:,|\bof\b|\bin\b(?:\s+the)?(?:\s+(?:\w+ern|(?:north|south)-?(?:east|west)))?"
    r"(?:\s+(?:countryside|province|governorate|district|region)\s+of)?)\s*$")


def _unit_location(name: str, h: _Holder, gaz: Gazetteer | None = None) -> Location:
    """A place known only by the units around it: their names, the smallest unit's point."""
    u = h.unit
    lat, lon = _unit_point(gaz, u) if gaz is not None else (u.latitude, u.longitude)
    return Location(
        name=name, admin1=h.admin1.name if h.admin1 else u.admin1, admin2=h.admin2.name if h.admin2 else None,
        country=u.country, iso3=u.iso3, latitude=lat, longitude=lon, geo_precision=2 if h.admin2 else 3,
        geonames_id=None,
    )


def _location(p: Place, precision: int) -> Location:
    return Location(
        name=p.name, admin1=p.admin1, admin2=p.admin2, country=p.country, iso3=p.iso3,
        latitude=p.latitude, longitude=p.longitude, geo_precision=precision, geonames_id=p.geonames_id or None,
    )


def _dateline(dp, article_country, gaz_factory) -> tuple[Place, tuple[int, int, str] | None] | None:
    if dp is None:
        return None
    if isinstance(dp, Toponym):
        return dp.place, (dp.start, dp.end, dp.text)
    if isinstance(dp, Place):
        return dp, None
    if isinstance(dp, str) and dp.strip():
        g = gaz_factory()
        iso3 = g.country_for(article_country) if article_country else None
        # "KUT, Iraq" style datelines carry their own country
        name, _, rest = dp.partition(",")
        if rest.strip():
            iso3 = g.country_for(rest.strip()) or iso3
        hits = g.lookup(name.strip(), iso3=iso3) or g.lookup(name.strip())
        if hits:
            return hits[0], None
    return None
