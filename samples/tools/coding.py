"""Helpers for hand-coding gold events (samples/tools/build_gold.py, samples/holdout/build_gold.py).

They only fill in gazetteer fields (GeoNames ids, coordinates, admin1 names) from geo.py and build
contract records; the coding decisions stay in the builders.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from geo import admin1_by_name, admin1_table, ascii_fold, city, country

from eventlens.schema import Event

COUNTRY_NAME = {"PS": "Palestine", "CD": "Democratic Republic of Congo"}


def _country(cc: str) -> tuple[str, str]:
    name, iso3 = country(cc)
    return COUNTRY_NAME.get(cc, name), iso3


def P(place: str, cc: str, prec: int = 1) -> dict:
    """A populated place from cities500; prec 2 = near it / a village in its area."""
    v = city(place, cc)
    cname, iso3 = _country(cc)
    a1 = admin1_table().get(f"{cc}.{v['admin1code']}")
    return dict(name=ascii_fold(v["name"]), admin1=a1[0] if a1 else None, country=cname,
                iso3=iso3, latitude=v["latitude"], longitude=v["longitude"],
                geo_precision=prec, geonames_id=v["geonameid"])


def R(admin1: str, cc: str, capital: str) -> dict:
    """Only a province is known: its capital's coordinates, the province's GeoNames id."""
    _code, name, gid = admin1_by_name(admin1, cc)
    v = city(capital, cc)
    cname, iso3 = _country(cc)
    return dict(name=name, admin1=name, country=cname, iso3=iso3, latitude=v["latitude"],
                longitude=v["longitude"], geo_precision=3, geonames_id=gid)


def A(name: str, text: str, code: int, iso3: str | None, aff: tuple[str, ...] = ()) -> dict:
    from eventlens.schema import ACTOR_TYPES
    return dict(name=name, text=text, type=dict(code=code, label=ACTOR_TYPES[code]),
                country=iso3, affiliations=list(aff))


def N(low=None, best=None, high=None) -> dict:
    return dict(low=low, best=best, high=high)


def exact(n: int) -> dict:
    return N(n, n, n)


def atleast(n: int) -> dict:
    return N(n, n, None)


def day(s: str) -> dict:
    return dict(event_date=s, date_start=s, date_end=s, date_precision="day")


def span(a: str, b: str, prec: str) -> dict:
    """A window: event_date is its middle day (rounded down)."""
    d0, d1 = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    mid = d0 + (d1 - d0) // 2
    return dict(event_date=mid.isoformat(), date_start=a, date_end=b, date_precision=prec)


PLOVER = {
    "Battles": "ASSAULT", "Explosions/Remote violence": "ASSAULT",
    "Violence against civilians": "ASSAULT", "Protests": "PROTEST",
    "Violent demonstration": "PROTEST", "Mob violence": "ASSAULT",
    "Excessive force against protesters": "ASSAULT", "Agreement": "AGREE", "Arrests": "COERCE",
    "Change to group/activity": "REJECT", "Disrupted weapons use": "ASSAULT",
    "Headquarters or base established": "MOBILIZE", "Looting/property destruction": "COERCE",
    "Non-violent transfer of territory": "MOBILIZE", "Other": "COERCE",
}

from eventlens.schema import SUB_EVENT_PARENT  # noqa: E402

EVENTS: list[dict] = []


def ev(doc: str, n: int, sub: str, when: dict, a1: dict, a2: dict | None, loc: dict, *,
       background: bool = False, fat=None, inj=None, arr=None, crowd=None,
       attribution=(), claims=(), assoc1=(), assoc2=()) -> None:
    parent = SUB_EVENT_PARENT[sub]
    EVENTS.append(dict(
        event_id=f"{doc.split('_')[0]}_{doc.split('_')[1]}-e{n}", doc_ids=[doc], **when,
        background=background, event_type=parent, sub_event_type=sub,
        plover_type=PLOVER.get(sub, PLOVER.get(parent)), actor1=a1, actor2=a2,
        assoc_actor_1=list(assoc1), assoc_actor_2=list(assoc2), location=loc,
        fatalities=fat or N(), injured=inj or N(), arrested=arr or N(),
        crowd_size=crowd or dict(low=None, high=None),
        attribution=[dict(source=s, text=t) for s, t in attribution],
        claims=[dict(claimant=c, kind=k, target=tg, text=t) for c, k, tg, t in claims],
        confidence=1.0, evidence=[]))


def civ(cty: str, iso3: str, text: str) -> dict:
    return A(f"Civilians ({cty})", text, 7, iso3)


def uag(cty: str, iso3: str, text: str) -> dict:
    return A(f"Unidentified Armed Group ({cty})", text, 3, iso3)


def mil(cty: str, iso3: str, text: str, code: int = 1) -> dict:
    return A(f"Military Forces of {cty}", text, code, iso3)


def pol(cty: str, iso3: str, text: str) -> dict:
    return A(f"Police Forces of {cty}", text, 1, iso3)


def write_gold(folder: Path) -> None:
    """Validate EVENTS against the contract; write folder/gold.jsonl and folder/manifest.jsonl."""
    lines = []
    for rec in EVENTS:
        # validating fails loudly on any contract violation; dumping writes every field
        lines.append(json.dumps(Event.model_validate(rec).to_json_dict(), ensure_ascii=False))
    (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for rec in EVENTS:
        counts[rec["doc_ids"][0]] = counts.get(rec["doc_ids"][0], 0) + 1
    manifest = []
    for kind, sub in (("event", "articles"), ("negative", "negatives")):
        for p in sorted((folder / sub).glob("*.txt")):
            manifest.append({"id": p.stem, "kind": kind, "path": f"{sub}/{p.name}",
                             "n_events": counts.get(p.stem, 0)})
    missing = set(counts) - {m["id"] for m in manifest}
    if missing:
        raise SystemExit(f"gold refers to missing articles: {sorted(missing)}")
    (folder / "manifest.jsonl").write_text(
        "".join(json.dumps(m) + "\n" for m in manifest), encoding="utf-8")
    print(f"{len(EVENTS)} events, {len(manifest)} articles")
