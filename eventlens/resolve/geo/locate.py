"""Which of the places an article mentions is where an event happened."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

from eventlens.schema import Location

from .gazetteer import Gazetteer, Place, Toponym

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
_OFFSET_RE = re.compile(
    r"(?:about|some|around|nearly|roughly|approximately|almost|over|more than|less than|just)?\s*"
    r"(\d+(?:[.,]\d+)?|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred)\s*-?\s*"
    r"(km|kms|kilometers?|kilometres?|miles?|mi)\b\.?\s+(?:\([^)]{0,30}\)\s+)?"
    + _DIR + r"\s+of\s+(?:the\s+)?(?:(?:city|town|village|capital|provincial capital)\s+(?:of\s+)?)?$",
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
_SENT_BOUND = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])|\n\s*\n|\n")


#: "(Mezam, Nord-Ouest)", "(Omoro district)": the units that hold the place named just before
_PAREN_RE = re.compile(r"\(([^()]{2,100})\)")
_ADMIN_WORD = re.compile(
    r"\s+(?:district|province|governorate|region|state|county|division|municipality|prefecture|department|"
    r"parish|sub-?district|upazila|tehsil|subdivision|commune|zone|woreda|lga)$",
    re.I,
)
#: what may stand between a place and its parenthesis: "Ahmedabad city (Ahmedabad, Gujarat)"
_TO_PAREN = re.compile(
    r"\s*(?:(?:city|town|village|area|district|camp|neighbou?rhood|municipality|sub-?district|upazila|"
    r"parish|subdivision|sector|front|market|street|road|junction|locality|commune|county)\s*)?$",
    re.I,
)
#: capitalised words right before a parenthesis: a place the gazetteer may not know
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*|al|el|de|del|do|da|ad|as|ar|an)(?:\s+(?:[A-Z][\w'’-]*|al|el|de|del|do|da|ad|as|ar|an)){0,4})\s*$")


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
    from .normalize import norm

    return norm(name or "") or ""


def _find_admin(gaz: Gazetteer, part: str, iso3: str | None, within: Place | None, prefer: tuple[str, ...]) -> Place | None:
    part = _ADMIN_WORD.sub("", part.strip())
    if len(part) < 3 or not part[:1].isupper() or len(part.split()) > 5:
        return None
    hits = (gaz.lookup(part, iso3=iso3) if iso3 else []) or gaz.lookup(part)
    if within is not None:
        hits = [h for h in hits if h.iso3 == within.iso3 and _key(h.admin1) == _key(within.name)]
    for feat in prefer:
        for h in hits:
            if h.feature == feat:
                return h
    return None


def _holders(text: str, s0: int, s1: int, gaz: Gazetteer, iso3: str | None) -> list[_Holder]:
    out = []
    for m in _PAREN_RE.finditer(text, s0, s1):
        parts = [p.strip() for p in m.group(1).split(",") if p.strip()]
        if not parts or len(parts) > 3:
            continue
        a1 = _find_admin(gaz, parts[-1], iso3, None, ("admin1", "admin2"))
        a2 = None
        if a1 is not None and a1.feature == "admin2":
            if len(parts) > 1:
                continue  # "(A, B)" with B a district: not the usual order, leave it
            # "(Omoro district)": a district alone; its region comes with it
            a1, a2 = next((h for h in gaz.lookup(a1.admin1 or "", iso3=a1.iso3) if h.feature == "admin1"), None), a1
        elif len(parts) > 1:
            a2 = _find_admin(gaz, parts[0], iso3 or (a1.iso3 if a1 else None), a1, ("admin2", "place"))
            if a2 is not None and a2.feature == "place":
                # "(Peshawar, KPK)": a town naming its district; the district is the unit
                a2 = next((h for h in gaz.lookup(a2.admin2, iso3=a2.iso3) if h.feature == "admin2"), None) \
                    if a2.admin2 else None
        if a1 is None and a2 is None:
            continue
        out.append(_Holder(m.start(), m.end(), a1, a2))
    return out


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
) -> LocatedEvent | None:
    """Choose where the event at ``text[event_start:event_end]`` happened.

    Prefers a place in the event's sentence ("X km southeast of Y" > "in X" > "near X" > a bare
    mention; towns over regions over countries; closer to the event words first); then the dateline
    place; then the article's country (ISO3 or name). None when nothing is known.
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
    best, demonym_only = _best_in(text, s0, s1, event_start, event_end, in_body, gaz, ctx_iso3)
    if best is not None:
        dl = _dateline(dateline_place, article_country, lambda: gaz) if best.location.geo_precision == 3 else None
        if dl is not None and best.toponym is not None and _within(dl[0], best.toponym.place):
            # "PESHAWAR, Pakistan — a bombing in northwest Pakistan": the dateline's town is
            # the closest the article comes, and it lies inside the region the sentence names
            place, span = dl
            loc = _location(place, 1 if place.feature == "place" else 2)
            return LocatedEvent(loc, *(span or (None, None, None)),
                                toponym=dateline_place if isinstance(dateline_place, Toponym) else None,
                                method="dateline")
        return best
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


def _best_in(
    text: str, s0: int, s1: int, event_start: int, event_end: int, toponyms: Sequence[Toponym],
    gaz: Gazetteer, iso3: str | None,
) -> tuple[LocatedEvent | None, Toponym | None]:
    best: tuple[float, LocatedEvent] | None = None
    demonym_only: Toponym | None = None
    holders = _holders(text, s0, s1, gaz, iso3)
    held: set[int] = set()  # holders attached to a recognised place
    for t in toponyms:
        if t.start < s0 or t.end > s1:
            continue
        if any(h.start < t.start < h.end for h in holders):
            continue  # a name inside "(Mezam, Nord-Ouest)" places its neighbour, not the event
        if t.kind == "demonym":
            demonym_only = demonym_only or t
            continue
        place = t.place
        holder = next((i for i, h in enumerate(holders) if h.start >= t.end and _TO_PAREN.fullmatch(text[t.end : h.start])), None)
        fallback_unit: _Holder | None = None
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
        before = text[max(s0, t.start - 80) : t.start]
        kind = t.kind if t.kind in _FEATURE_PENALTY else place.feature
        if place is not t.place:
            kind = place.feature
        score = 2.0 + _FEATURE_PENALTY.get(kind, 0.0) + (1.0 if holder is not None else 0.0)
        ev_start, method, precision = t.start, "sentence", 1
        lat, lon = place.latitude, place.longitude
        m = _OFFSET_RE.search(before)
        if m:
            score += 3.0
            ev_start, method, precision = t.start - len(before) + m.start(1), "offset", 2
            km = _number(m.group(1))
            if m.group(2).lower().startswith("mi"):
                km *= 1.609344
            lat, lon = offset_point(lat, lon, km, m.group(3).lower())
        elif (m := _NEAR_RE.search(before)):
            score += 1.5
            ev_start, method, precision = t.start - len(before) + m.start(1), "near", 2
        elif (m := _IN_RE.search(before)):
            # "in northern Myanmar" is how a lead names the country of a story: it does not
            # outweigh the town that sentence names
            score += 1.0 if kind == "country" else 2.0
            ev_start = t.start - len(before) + m.start(1)
        elif _FEAT_OF_RE.search(before):
            score += 2.0
        elif _FROM_RE.search(before):
            score -= 0.5
        if kind == "admin1" or kind == "country":
            precision = 3
        elif kind == "admin2":
            precision = max(precision, 2)
        # closeness to the event words (inside the span counts as close)
        dist = 0 if event_start <= t.start < event_end else min(abs(t.start - event_end), abs(t.end - event_start))
        score -= dist / 400.0
        if fallback_unit is not None:
            loc = _unit_location(t.text, fallback_unit)
        else:
            loc = Location(
                name=place.name, admin1=place.admin1, admin2=place.admin2, country=place.country,
                iso3=place.iso3, latitude=lat, longitude=lon, geo_precision=precision,
                geonames_id=place.geonames_id or None,
            )
        cand = LocatedEvent(loc, ev_start, t.end, text[ev_start : t.end], t, method)
        if best is None or score > best[0]:
            best = (score, cand)
    # a parenthesis after words the gazetteer does not know: "at Kirni sector area (Poonch
    # district, J&K)", "in Binya parish (Omoro district)"
    for i, h in enumerate(holders):
        if i in held:
            continue
        head = text[s0 : h.start]
        tail = _TO_PAREN.search(head)
        head = head[: tail.start()] if tail else head
        nm = _NAME_BEFORE.search(head)
        name = nm.group(1) if nm and nm.group(1)[:1].isupper() else None
        if name is None:
            continue
        start = s0 + nm.start(1)
        before = text[max(s0, start - 80) : start]
        score = 2.0 + 1.0 + (2.0 if _IN_RE.search(before) or _NEAR_RE.search(before) else 0.0)
        dist = 0 if event_start <= start < event_end else min(abs(start - event_end), abs(h.end - event_start))
        score -= dist / 400.0
        known = [c for c in gaz.lookup(name, iso3=h.unit.iso3) if c.feature == "place" and _inside(c, h)]
        loc = _location(known[0], 1) if known else _unit_location(name, h)
        cand = LocatedEvent(loc, start, h.end, text[start : h.end], None, "sentence")
        if best is None or score > best[0]:
            best = (score, cand)
    return (best[1] if best else None), demonym_only


def _unit_location(name: str, h: _Holder) -> Location:
    """A place known only by the units around it: their names, the smallest unit's point."""
    u = h.unit
    return Location(
        name=name, admin1=h.admin1.name if h.admin1 else u.admin1, admin2=h.admin2.name if h.admin2 else None,
        country=u.country, iso3=u.iso3, latitude=u.latitude, longitude=u.longitude, geo_precision=3,
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
