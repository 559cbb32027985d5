"""Which predicted event is which gold event: the matching rule and one-to-one assignment.

The rule is written out for users in docs/evaluation.md; keep the two in step.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventlens.geodesy import haversine_km, location_km  # noqa: F401  (re-exported)
from eventlens.schema import Event, Location

#: ACLED event type -> detection family.  A model that calls a riot a protest, or an attack a
#: clash, has still found the event; the type itself is then scored as a field.
TYPE_FAMILIES: dict[str, str] = {
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Battles": "political violence",
    "Explosions/Remote violence": "political violence",
    "Violence against civilians": "political violence",
    "Strategic developments": "strategic developments",
}


@dataclass(frozen=True)
class MatchRule:
    """When a predicted event counts as finding a gold event (see docs/evaluation.md)."""

    #: dates match when the two date ranges, each widened by this many days, overlap
    date_tolerance_days: int = 2
    #: places match when both have coordinates no more than this far apart
    max_km: float = 50.0
    #: "family" (TYPE_FAMILIES), "event_type" (exact ACLED type) or "any" (type not checked)
    type_level: str = "family"
    families: dict[str, str] = field(default_factory=lambda: dict(TYPE_FAMILIES))
    #: without coordinates on both sides: same admin1, else same country, else this
    missing_place_matches: bool = True
    #: an event without any date on either side does not fail the date test
    missing_date_matches: bool = True
    #: False drops background (recalled, older) events on both sides before scoring
    include_background: bool = True
    #: tolerance for the "location within N km" field accuracy on matched pairs
    location_km: float = 25.0

    def __post_init__(self) -> None:
        if self.type_level not in ("family", "event_type", "any"):
            raise ValueError(f"type_level must be family, event_type or any, not {self.type_level!r}")


# --------------------------------------------------------------------------- place and date


_ADMIN_WORDS = re.compile(
    r"\b(governorate|province|state|region|oblast|department|departement|district|county|"
    r"prefecture|division|territory|muhafazat|wilayah|wilaya|city|municipality|of|the)\b"
)


def norm_place(name: str | None) -> str:
    """Loose key for admin names: "Homs Governorate" == "homs", "Sana'a" == "Sanaa"."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’`ʿʾ]", "", text)
    text = _ADMIN_WORDS.sub(" ", re.sub(r"[^a-z0-9]+", " ", text))
    # a name made only of generic words ("District") keeps itself rather than becoming ""
    return " ".join(text.split()) or name.strip().casefold()


@functools.lru_cache(maxsize=4096)
def _admin1_id(name: str, iso3: str) -> int | None:
    """The GeoNames id of the first-order region ``name`` denotes in ``iso3``, if the gazetteer
    knows it: "Lower Shabelle" and "Shabeele Hoose", "Sud-Kivu" and "South Kivu" are one region."""
    from eventlens.resolve.geo import Gazetteer

    for place in Gazetteer.load().lookup(name, iso3=iso3, limit=10):
        if place.feature == "admin1" and place.iso3 == iso3:
            return place.geonames_id
    return None


def admin1_equal(a_name: str | None, a_iso3: str | None, b_name: str | None, b_iso3: str | None) -> bool:
    """Do two admin1 names name the same region?  The same spelling (loosely), or the same
    region of the same country by the gazetteer's names and alternate names."""
    if not a_name or not b_name:
        return False
    if norm_place(a_name) == norm_place(b_name):
        return True
    if not a_iso3 or a_iso3 != b_iso3:
        return False
    ida, idb = _admin1_id(a_name, a_iso3), _admin1_id(b_name, b_iso3)
    if ida is not None and ida == idb:
        return True
    # transliterations of one name: Idleb / Idlib, Fizuli / Fuzuli, Urozgan / Oruzgan
    ka, kb = _consonants(a_name), _consonants(b_name)
    return len(ka) >= 3 and ka == kb


def _consonants(name: str) -> str:
    """The consonant skeleton of a loosely normalised name ("q" read as "k", doubled letters once)."""
    key = norm_place(name).replace(" ", "").replace("q", "k").replace("ph", "f")
    out = []
    for ch in key:
        if ch in "aeiouyw" or (out and out[-1] == ch):
            continue
        out.append(ch)
    return "".join(out)


def same_admin1(a: Location | None, b: Location | None) -> bool | None:
    """None when either side lacks admin1."""
    if a is None or b is None or not a.admin1 or not b.admin1:
        return None
    return admin1_equal(a.admin1, a.iso3, b.admin1, b.iso3)


def _same_country(a: Location | None, b: Location | None) -> bool | None:
    if a is None or b is None:
        return None
    if a.iso3 and b.iso3:
        return a.iso3.upper() == b.iso3.upper()
    if a.country and b.country:
        return norm_place(a.country) == norm_place(b.country)
    return None


def place_test(rule: MatchRule, gold: Event, pred: Event) -> tuple[bool, float]:
    """(matches, closeness 0-1)."""
    km = location_km(gold.location, pred.location)
    if km is not None:
        g_id = gold.location.geonames_id if gold.location else None
        if g_id and pred.location and pred.location.geonames_id == g_id and pred.location.geo_precision == 2:
            # "60 km north of Banikoara": one coder puts the point at the town, another moves it
            # the 60 km; both name the same place
            return True, 0.9
        if km <= rule.max_km:
            return True, 1.0 - km / (rule.max_km * 2)
        # a region-level point (precision 3) is a centroid: fall back to the region itself
        coarse = 3 in (
            gold.location.geo_precision if gold.location else None,
            pred.location.geo_precision if pred.location else None,
        )
        if coarse and same_admin1(gold.location, pred.location):
            return True, 0.3
        # a country-level point (no admin1) says only the country: judge it there, as leniently as
        # a missing place, or an honest "somewhere in Ukraine" would score worse than no place at all
        if any(loc is not None and loc.geo_precision == 3 and not loc.admin1 for loc in (gold.location, pred.location)):
            country = _same_country(gold.location, pred.location)
            return bool(country), 0.15 if country else 0.0
        return False, 0.0
    admin = same_admin1(gold.location, pred.location)
    if admin is not None:
        return admin, 0.4 if admin else 0.0
    country = _same_country(gold.location, pred.location)
    if country is not None:
        return country, 0.2 if country else 0.0
    return rule.missing_place_matches, 0.1


def _span(ev: Event):
    start = ev.date_start or ev.event_date or ev.date_end
    end = ev.date_end or ev.event_date or ev.date_start
    if start and end and end < start:
        start, end = end, start
    return start, end


def date_gap_days(gold: Event, pred: Event) -> int | None:
    """Days between the two date ranges (0 when they overlap); None when either has no date."""
    gs, ge = _span(gold)
    ps, pe = _span(pred)
    if gs is None or ps is None:
        return None
    return max(0, (ps - ge).days, (gs - pe).days)


def date_test(rule: MatchRule, gold: Event, pred: Event) -> tuple[bool, float]:
    gap = date_gap_days(gold, pred)
    if gap is None:
        return rule.missing_date_matches, 0.3
    if gap > rule.date_tolerance_days:
        return False, 0.0
    return True, 1.0 - gap / (rule.date_tolerance_days + 1)


def type_test(rule: MatchRule, gold: Event, pred: Event) -> bool:
    if rule.type_level == "any":
        return True
    if gold.event_type is None or pred.event_type is None:
        return False
    if rule.type_level == "event_type":
        return gold.event_type == pred.event_type
    g = rule.families.get(gold.event_type, gold.event_type)
    p = rule.families.get(pred.event_type, pred.event_type)
    return g == p


def pair_score(rule: MatchRule, gold: Event, pred: Event) -> float | None:
    """None when the pair does not match; otherwise a 0-1 score used to pick among candidates."""
    if not set(gold.doc_ids) & set(pred.doc_ids):
        return None
    if not type_test(rule, gold, pred):
        return None
    date_ok, date_close = date_test(rule, gold, pred)
    if not date_ok:
        return None
    place_ok, place_close = place_test(rule, gold, pred)
    if not place_ok:
        return None
    same_type = gold.event_type == pred.event_type
    same_sub = gold.sub_event_type is not None and gold.sub_event_type == pred.sub_event_type
    return 0.3 * same_type + 0.2 * same_sub + 0.25 * date_close + 0.25 * place_close


# --------------------------------------------------------------------------- assignment


def _hungarian_min(cost: list[list[float]]) -> list[tuple[int, int]]:
    """Minimum-cost assignment of every row to a distinct column (rows <= columns).

    The textbook O(n^2 m) potentials method; our matrices are per article and tiny.
    """
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j] = row (1-based) assigned to column j
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]


def assign(
    gold: Sequence[Event], pred: Sequence[Event], rule: MatchRule
) -> list[tuple[int, int, float]]:
    """One-to-one (gold index, pred index, score) pairs.

    Most matched pairs first, then the highest total score: a pred that could match two gold
    events goes to the one that leaves more events matched, else to the closer one.
    """
    by_doc: dict[str, list[int]] = {}
    for pi, ev in enumerate(pred):
        for doc in ev.doc_ids:
            by_doc.setdefault(doc, []).append(pi)
    edges: dict[tuple[int, int], float] = {}
    for gi, g in enumerate(gold):
        cands = sorted({pi for doc in g.doc_ids for pi in by_doc.get(doc, ())})
        for pi in cands:
            s = pair_score(rule, g, pred[pi])
            if s is not None:
                edges[(gi, pi)] = s
    # connected components of the candidate graph keep each assignment problem small
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for gi, pi in edges:
        parent[find(("g", gi))] = find(("p", pi))
    groups: dict[tuple[str, int], tuple[list[int], list[int]]] = {}
    for node in list(parent):
        gs, ps = groups.setdefault(find(node), ([], []))
        (gs if node[0] == "g" else ps).append(node[1])
    out: list[tuple[int, int, float]] = []
    for gs, ps in groups.values():
        gs.sort()
        ps.sort()
        # weight 1000 + score: any extra matched pair outweighs all score differences
        weight = [[1000.0 + edges[(g, p)] if (g, p) in edges else 0.0 for p in ps] for g in gs]
        transpose = len(gs) > len(ps)
        if transpose:
            weight = [list(col) for col in zip(*weight)]
        pairs = _hungarian_min([[-w for w in row] for row in weight])
        for r, c in pairs:
            gi, pi = (gs[c], ps[r]) if transpose else (gs[r], ps[c])
            if (gi, pi) in edges:
                out.append((gi, pi, edges[(gi, pi)]))
    out.sort()
    return out
