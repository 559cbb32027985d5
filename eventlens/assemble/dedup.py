"""Cross-article deduplication: which event records describe the same happening.

Pure functions over :class:`~eventlens.schema.Event`; the store drives them
incrementally (a new mention joins the best matching canonical event, or starts
one) and :class:`Clusterer` does the same in memory.

Two records may merge only when every hard check passes:

- **type family**: political violence (Battles, Explosions/Remote violence,
  Violence against civilians), demonstrations (Protests, Riots), or, for
  Strategic developments, the same sub-event type. Untyped records merge only
  with untyped ones.
- **date**: the date ranges overlap after widening each side by a tolerance
  that depends on its precision (:data:`DATE_TOLERANCE_DAYS`). Two day-precise
  records must agree on the day: like ACLED, we keep each day of a multi-day
  happening as its own event. Records with no date never merge.
- **background**: a background (recalled) record merges with a current one
  only when both give the same exact day.
- **place**: same country; then, by the coarser of the two geo precisions,
  within 10 km (precision 1), 50 km (2) or in the same admin1 (3).
- **actors**: the ACLED inter codes, grouped into classes (state, non-state
  armed, crowd, civilians, external), must share a class when both sides name
  actors ("Unidentified ..." actors are wildcards), and two specifically named
  non-state armed groups must share a name.
- **counts**: fatalities not wildly different (``max <= 4 * min + 5``, or the
  ranges overlap); crowd sizes within a factor of 10.

Among the compatible candidates the highest :func:`similarity` wins (ties go
to the oldest canonical event), so the result depends only on the order in
which mentions arrive; :meth:`eventlens.store.Store.rebuild` replays them in
the same order and gets the same events.

Merge rules (:func:`merge`): every doc_id, attribution, claim and evidence span
is kept; the date is taken from the most precise record (narrowest range, then
the most reported day); the place from the lowest geo_precision (then the most
reported place); types and actors are the most reported (named actors before
"Unidentified"); counts follow UCDP: ``low`` = the lowest credible figure (min
of lows, a report's best standing in for a missing low), ``best`` = the most
reported best figure, else the median (lower median) of reported bests, ``high``
= the max of highs; confidence is a noisy-or of the reports' confidences,
capped at 0.99, since independent reports corroborate each other.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..geodesy import location_km
from ..schema import SUB_EVENT_PARENT, Actor, Count, CrowdSize, Event, Location

#: Days each side of a record's date range is widened by, per date precision.
DATE_TOLERANCE_DAYS: dict[str, int] = {
    "day": 0,
    "week": 1,
    "range": 1,
    "month": 0,
    "year": 0,
}
#: Largest tolerance: what a blocking query must widen by.
MAX_TOLERANCE_DAYS = max(DATE_TOLERANCE_DAYS.values())

#: Distance limit (km) by the coarser geo precision of the pair; 3 means same admin1.
DISTANCE_LIMIT_KM: dict[int, float] = {1: 10.0, 2: 50.0}
#: Fallback limit for region-level (precision 3) records that lack an admin1 name.
REGION_FALLBACK_KM = 150.0

_VIOLENCE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
_DEMO = {"Protests", "Riots"}

#: ACLED inter code -> actor class, for the "actors don't contradict" check.
_ACTOR_CLASS = {1: "state", 2: "armed", 3: "armed", 4: "armed", 5: "crowd", 6: "crowd", 7: "civ", 8: "ext"}

_DATE_RANK = {"day": 0, "week": 1, "range": 2, "month": 3, "year": 4, "unknown": 5}


# --------------------------------------------------------------------------- keys


def family(event: Event) -> str:
    """Blocking key for the type check (see module doc)."""
    t = event.event_type or SUB_EVENT_PARENT.get(event.sub_event_type or "")
    if t in _VIOLENCE:
        return "violence"
    if t in _DEMO:
        return "demonstration"
    if t == "Strategic developments":
        return f"sd:{event.sub_event_type or '?'}"
    return "none" if t is None else f"other:{t}"


def date_interval(event: Event) -> tuple[dt.date, dt.date] | None:
    """The record's (start, end) dates, or None when it has no date at all."""
    start = event.date_start or event.event_date or event.date_end
    end = event.date_end or event.event_date or event.date_start
    if start is None or end is None:
        return None
    return (start, end) if start <= end else (end, start)


def date_tolerance(event: Event) -> int:
    return DATE_TOLERANCE_DAYS.get(event.date_precision, 0)


def blocking_window(event: Event) -> tuple[dt.date, dt.date] | None:
    """The record's date range widened by its own tolerance.

    Two records can only be compatible when their windows overlap, so this is
    what the store indexes and queries on.
    """
    iv = date_interval(event)
    if iv is None:
        return None
    tol = dt.timedelta(days=date_tolerance(event))
    return iv[0] - tol, iv[1] + tol


def country_key(event: Event) -> str | None:
    loc = event.location
    if loc is None:
        return None
    if loc.iso3:
        return loc.iso3.upper()
    return loc.country.casefold() if loc.country else None


# --------------------------------------------------------------------------- checks


def _norm(s: str | None) -> str:
    return " ".join((s or "").casefold().split())


def _has_coords(loc: Location | None) -> bool:
    return loc is not None and loc.latitude is not None and loc.longitude is not None


def _precision(loc: Location) -> int:
    if loc.geo_precision is not None:
        return loc.geo_precision
    return 2 if _has_coords(loc) else 3


def _distance(a: Location, b: Location) -> float | None:
    if _has_coords(a) and _has_coords(b):
        return location_km(a, b)
    return None


def _place_problem(a: Event, b: Event) -> str | None:
    la, lb = a.location, b.location
    if la is None or lb is None:
        # A record without a place could be anywhere: never merge it.
        return "no place"
    ca, cb = country_key(a), country_key(b)
    if ca and cb and ca != cb:
        return "different country"
    p = max(_precision(la), _precision(lb))
    d = _distance(la, lb)
    if p >= 3:
        if la.admin1 and lb.admin1:
            return None if _norm(la.admin1) == _norm(lb.admin1) else "different admin1"
        if d is not None:
            return None if d <= REGION_FALLBACK_KM else f"{d:.0f} km apart"
        return None
    limit = DISTANCE_LIMIT_KM[p]
    if d is not None:
        return None if d <= limit else f"{d:.0f} km apart (limit {limit:.0f})"
    # No coordinates: fall back on names.
    if _norm(la.name) == _norm(lb.name):
        return None
    if p == 2 and la.admin1 and lb.admin1 and _norm(la.admin1) == _norm(lb.admin1):
        return None
    return "different place names, no coordinates"


def _is_generic(actor: Actor) -> bool:
    return "unidentified" in actor.name.casefold()


def _actors(event: Event) -> list[Actor]:
    return [a for a in (event.actor1, event.actor2) if a is not None and not _is_generic(a)]


def _actor_problem(a: Event, b: Event) -> str | None:
    # Classes count "Unidentified Armed Group" too (it is still an armed group);
    # names ignore it (it is no particular group).
    ka = {_ACTOR_CLASS[x.type.code] for x in (a.actor1, a.actor2) if x is not None and x.type}
    kb = {_ACTOR_CLASS[x.type.code] for x in (b.actor1, b.actor2) if x is not None and x.type}
    if ka and kb and not ka & kb:
        return "actor types contradict"
    xa, xb = _actors(a), _actors(b)
    na = {_norm(x.name) for x in xa if x.type and x.type.code in (2, 3, 4)}
    nb = {_norm(x.name) for x in xb if x.type and x.type.code in (2, 3, 4)}
    if na and nb and not na & nb:
        return "different armed groups"
    return None


def _range(c: Count) -> tuple[int, int] | None:
    vals = [v for v in (c.low, c.best, c.high) if v is not None]
    return (min(vals), max(vals)) if vals else None


def counts_compatible(a: Count, b: Count) -> bool:
    ra, rb = _range(a), _range(b)
    if ra is None or rb is None:
        return True
    if ra[0] <= rb[1] and rb[0] <= ra[1]:
        return True
    x = a.best if a.best is not None else ra[0]
    y = b.best if b.best is not None else rb[0]
    lo, hi = sorted((x, y))
    return hi <= 4 * lo + 5


def _crowd_compatible(a: CrowdSize, b: CrowdSize) -> bool:
    va = [v for v in (a.low, a.high) if v]
    vb = [v for v in (b.low, b.high) if v]
    if not va or not vb:
        return True
    lo, hi = sorted((max(va), max(vb)))
    return hi <= 10 * lo


def why_not(a: Event, b: Event) -> str | None:
    """The first hard check that keeps ``a`` and ``b`` apart, or None if they may merge."""
    if family(a) != family(b):
        return "different type family"
    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        return "no date"
    if a.background != b.background:
        if not (
            a.date_precision == b.date_precision == "day" and a.event_date and a.event_date == b.event_date
        ):
            return "background vs current, dates differ"
    tol = dt.timedelta(days=max(date_tolerance(a), date_tolerance(b)))
    if ia[0] - tol > ib[1] or ib[0] - tol > ia[1]:
        return "dates do not overlap"
    problem = _place_problem(a, b) or _actor_problem(a, b)
    if problem:
        return problem
    if not counts_compatible(a.fatalities, b.fatalities):
        return "fatalities differ widely"
    if not _crowd_compatible(a.crowd_size, b.crowd_size):
        return "crowd sizes differ widely"
    return None


def compatible(a: Event, b: Event) -> bool:
    return why_not(a, b) is None


def similarity(a: Event, b: Event) -> float:
    """How alike two compatible records are (0-6); ranks candidates."""
    s = 0.0
    ia, ib = date_interval(a), date_interval(b)
    if ia and ib:
        ca = ia[0] + (ia[1] - ia[0]) / 2
        cb = ib[0] + (ib[1] - ib[0]) / 2
        s += 2.0 / (1.0 + abs((ca - cb).days))
    la, lb = a.location, b.location
    if la and lb:
        d = _distance(la, lb)
        if d is not None:
            limit = DISTANCE_LIMIT_KM.get(max(_precision(la), _precision(lb)), REGION_FALLBACK_KM)
            s += 1.5 * max(0.0, 1.0 - d / limit)
        if _norm(la.name) == _norm(lb.name):
            s += 0.5
    if a.sub_event_type and a.sub_event_type == b.sub_event_type:
        s += 1.0
    na = {_norm(x.name) for x in _actors(a)}
    nb = {_norm(x.name) for x in _actors(b)}
    if na and nb:
        s += len(na & nb) / len(na | nb)
    ra, rb = _range(a.fatalities), _range(b.fatalities)
    if ra and rb:
        s += 0.5 / (1.0 + abs(ra[0] - rb[0]) / (1.0 + min(ra[0], rb[0])))
    return s


def best_match(mention: Event, candidates: Iterable[Event]) -> Event | None:
    """The compatible candidate most like ``mention`` (first one on ties), or None.

    ``candidates`` must come oldest first for results to be reproducible.
    """
    best: Event | None = None
    best_score = -1.0
    for cand in candidates:
        if why_not(mention, cand) is not None:
            continue
        score = similarity(mention, cand)
        if score > best_score:
            best, best_score = cand, score
    return best


# --------------------------------------------------------------------------- merge


def _mode(values: Sequence, default=None):
    """Most frequent value; ties go to the one seen first."""
    vals = [v for v in values if v is not None]
    if not vals:
        return default
    counts = Counter(vals)
    top = max(counts.values())
    return next(v for v in vals if counts[v] == top)


def _merge_count(counts: Sequence[Count]) -> Count:
    lows = [c.low if c.low is not None else c.best for c in counts]
    lows = [v for v in lows if v is not None]
    bests = [c.best for c in counts if c.best is not None]
    highs = [c.high if c.high is not None else c.best for c in counts]
    highs = [v for v in highs if v is not None]
    if not bests and not lows and not highs:
        return Count()
    best: int | None = None
    if bests:
        counter = Counter(bests)
        top, n = counter.most_common(1)[0]
        if n > 1 and list(counter.values()).count(n) == 1:
            best = top  # one figure reported more often than any other
        else:
            best = sorted(bests)[(len(bests) - 1) // 2]  # lower median
    low = min(lows) if lows else best
    high = max(highs) if highs else best
    if best is not None:
        low = min(low, best) if low is not None else best
        high = max(high, best) if high is not None else best
    return Count(low=low, best=best, high=high)


def _merge_crowd(crowds: Sequence[CrowdSize]) -> CrowdSize:
    lows = [c.low for c in crowds if c.low is not None]
    highs = [c.high for c in crowds if c.high is not None]
    return CrowdSize(low=min(lows) if lows else None, high=max(highs) if highs else None)


def _pick_actor(actors: Sequence[Actor | None]) -> Actor | None:
    present = [a for a in actors if a is not None]
    if not present:
        return None
    named = [a for a in present if not _is_generic(a)] or present
    name = _mode([a.name for a in named])
    return next(a for a in named if a.name == name)


def _union_actors(lists: Iterable[list[Actor]], exclude: set[str]) -> list[Actor]:
    out: list[Actor] = []
    seen = set(exclude)
    for lst in lists:
        for a in lst:
            if a.name not in seen:
                seen.add(a.name)
                out.append(a)
    return out


def _unique(items: Iterable, key) -> list:
    seen: set = set()
    out = []
    for it in items:
        k = key(it)
        if k not in seen:
            seen.add(k)
            out.append(it)
    return out


def merge(mentions: Sequence[Event], event_id: str) -> Event:
    """One canonical event from the records of one happening (see module doc)."""
    if not mentions:
        raise ValueError("merge needs at least one mention")
    ms = list(mentions)

    doc_ids = _unique((d for m in ms for d in m.doc_ids), key=lambda d: d)

    # Date: most precise record; among equals, the narrowest range, then the most reported day.
    def date_key(m: Event):
        iv = date_interval(m)
        width = (iv[1] - iv[0]).days if iv else 10**6
        return (_DATE_RANK[m.date_precision], width)

    dated = sorted(ms, key=date_key)  # stable: first reported wins ties
    top = [m for m in dated if date_key(m) == date_key(dated[0])]
    day = _mode([m.event_date for m in top])
    dsrc = next((m for m in top if m.event_date == day), top[0])

    # Place: lowest geo_precision, then the most reported place name.
    placed = [m.location for m in ms if m.location is not None]
    location = None
    if placed:
        pbest = min(_precision(loc) for loc in placed)
        precise = [loc for loc in placed if _precision(loc) == pbest]
        with_coords = [loc for loc in precise if _has_coords(loc)] or precise
        name = _mode([loc.name for loc in with_coords])
        location = next(loc for loc in with_coords if loc.name == name)

    sub = _mode([m.sub_event_type for m in ms])
    etype = SUB_EVENT_PARENT.get(sub) if sub else _mode([m.event_type for m in ms])
    actor1 = _pick_actor([m.actor1 for m in ms])
    actor2 = _pick_actor([m.actor2 for m in ms])
    main = {a.name for a in (actor1, actor2) if a is not None}

    conf = 1.0
    for m in ms:
        conf *= 1.0 - m.confidence
    return Event(
        event_id=event_id,
        doc_ids=doc_ids,
        event_date=dsrc.event_date,
        date_start=dsrc.date_start,
        date_end=dsrc.date_end,
        date_precision=dsrc.date_precision,
        background=all(m.background for m in ms),
        event_type=etype,
        sub_event_type=sub,
        plover_type=_mode([m.plover_type for m in ms]),
        actor1=actor1,
        actor2=actor2,
        assoc_actor_1=_union_actors((m.assoc_actor_1 for m in ms), main),
        assoc_actor_2=_union_actors((m.assoc_actor_2 for m in ms), main),
        location=location,
        fatalities=_merge_count([m.fatalities for m in ms]),
        injured=_merge_count([m.injured for m in ms]),
        arrested=_merge_count([m.arrested for m in ms]),
        crowd_size=_merge_crowd([m.crowd_size for m in ms]),
        attribution=_unique((a for m in ms for a in m.attribution), key=lambda a: (a.source, a.text)),
        claims=_unique((c for m in ms for c in m.claims), key=lambda c: (c.claimant, c.kind, c.target, c.text)),
        confidence=round(min(0.99, 1.0 - conf), 4) if len(ms) > 1 else ms[0].confidence,
        evidence=_unique(
            (e for m in ms for e in m.evidence), key=lambda e: (e.doc_id, e.field, e.start, e.end)
        ),
    )


# --------------------------------------------------------------------------- in memory


@dataclass
class _Cluster:
    seq: int
    members: list[Event] = field(default_factory=list)
    event: Event | None = None
    keys: list[tuple] = field(default_factory=list)


class Clusterer:
    """Incremental clustering in memory with a (family, country, week) blocking index.

    ``add`` returns the canonical event id the record joined or founded. The
    store does the same against its tables; this one serves tests, evaluation
    and batch jobs that do not need a database.
    """

    def __init__(self) -> None:
        self._clusters: dict[str, _Cluster] = {}
        self._index: dict[tuple, set[str]] = {}
        self._seq = 0

    @staticmethod
    def _weeks(window: tuple[dt.date, dt.date]) -> range:
        a = window[0].toordinal() // 7
        b = window[1].toordinal() // 7
        return range(a, b + 1)

    def _keys(self, ev: Event) -> list[tuple]:
        w = blocking_window(ev)
        if w is None:
            return []
        fam, c = family(ev), country_key(ev) or "*"
        return [(fam, c, wk) for wk in self._weeks(w)]

    def candidates(self, ev: Event) -> list[Event]:
        w = blocking_window(ev)
        if w is None:
            return []
        fam, c = family(ev), country_key(ev)
        ids: set[str] = set()
        for wk in self._weeks(w):
            if c is None:
                for key, vals in self._index.items():  # rare: no country, scan the family-week
                    if key[0] == fam and key[2] == wk:
                        ids |= vals
            else:
                ids |= self._index.get((fam, c, wk), set())
                ids |= self._index.get((fam, "*", wk), set())
        found = sorted((self._clusters[i] for i in ids), key=lambda cl: cl.seq)
        return [cl.event for cl in found if cl.event is not None]

    def add(self, mention: Event) -> str:
        match = best_match(mention, self.candidates(mention))
        if match is None:
            cid = mention.event_id
            if cid in self._clusters:
                cid = f"{cid}~{self._seq}"
            cl = _Cluster(seq=self._seq, members=[mention])
            self._clusters[cid] = cl
        else:
            cid = match.event_id
            cl = self._clusters[cid]
            cl.members.append(mention)
            for k in cl.keys:
                self._index[k].discard(cid)
        self._seq += 1
        cl.event = merge(cl.members, cid)
        cl.keys = self._keys(cl.event)
        for k in cl.keys:
            self._index.setdefault(k, set()).add(cid)
        return cid

    def events(self) -> list[Event]:
        return [cl.event for cl in sorted(self._clusters.values(), key=lambda c: c.seq) if cl.event]

    def clusters(self) -> dict[str, list[Event]]:
        return {cid: list(cl.members) for cid, cl in self._clusters.items()}


def cluster(mentions: Iterable[Event]) -> tuple[list[Event], list[str]]:
    """Cluster records in order; returns the canonical events and each record's event id."""
    c = Clusterer()
    assigned = [c.add(m) for m in mentions]
    return c.events(), assigned
