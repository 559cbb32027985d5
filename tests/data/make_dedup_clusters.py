"""Generate tests/data/dedup_clusters.jsonl: reports of the same happenings, labelled.

Each line is an Event record (the contract JSON) plus ``cluster`` (the
happening it reports) and ``kind`` (``main``, ``near-day``: same place as a
main happening on another day, ``near-place``: same day and type in another
town 30+ km away in the same admin1). Each happening is reported 2-6 times
with varied wording, date precision (day, week, a 3-day range, month), place
precision (the town, "near" the town, the province), actors (unidentified,
swapped, missing), sub-event type within the family, and counts (exact, "at
least", ranges, rising tolls, unknown). A few later reports recall the
happening as background on its exact day. Records come out shuffled, as
reports arrive.

    python tests/data/make_dedup_clusters.py  # rewrites the file (seeded, deterministic)
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
from pathlib import Path

SEED = 20240611
OUT = Path(__file__).with_name("dedup_clusters.jsonl")

# name, alt spelling, admin1, country, iso3, lat, lon; towns paired by admin1 are 30+ km apart
TOWNS = [
    ("Kut", "Al-Kut", "Wasit", "Iraq", "IRQ", 32.5128, 45.8182),
    ("Numaniyah", "An Numaniyah", "Wasit", "Iraq", "IRQ", 32.5569, 45.4133),
    ("Nasiriyah", "An Nasiriyah", "Dhi Qar", "Iraq", "IRQ", 31.0522, 46.2577),
    ("Shatra", "Al-Shatrah", "Dhi Qar", "Iraq", "IRQ", 31.4098, 46.1718),
    ("Basra", "Al-Basrah", "Basra", "Iraq", "IRQ", 30.5085, 47.7804),
    ("Qurna", "Al-Qurnah", "Basra", "Iraq", "IRQ", 31.0137, 47.4311),
    ("Maiduguri", "Maiduguri", "Borno", "Nigeria", "NGA", 11.8464, 13.1603),
    ("Bama", "Bama town", "Borno", "Nigeria", "NGA", 11.5221, 13.6856),
    ("Aleppo", "Halab", "Aleppo", "Syria", "SYR", 36.2021, 37.1343),
    ("Azaz", "A'zaz", "Aleppo", "Syria", "SYR", 36.5866, 37.0463),
    ("Idlib", "Idleb", "Idlib", "Syria", "SYR", 35.9306, 36.6339),
    ("Maarat al-Numan", "Ma'arrat al-Nu'man", "Idlib", "Syria", "SYR", 35.6439, 36.6717),
    ("Morelia", "Morelia city", "Michoacan", "Mexico", "MEX", 19.7008, -101.1844),
    ("Uruapan", "Uruapan del Progreso", "Michoacan", "Mexico", "MEX", 19.4208, -102.0628),
    ("Chilpancingo", "Chilpancingo de los Bravo", "Guerrero", "Mexico", "MEX", 17.5506, -99.5058),
    ("Iguala", "Iguala de la Independencia", "Guerrero", "Mexico", "MEX", 18.3448, -99.5397),
    ("Imphal", "Imphal city", "Manipur", "India", "IND", 24.8170, 93.9368),
    ("Churachandpur", "Lamka", "Manipur", "India", "IND", 24.3333, 93.6833),
    ("Beni", "Beni town", "North Kivu", "Democratic Republic of Congo", "COD", 0.4911, 29.4731),
    ("Butembo", "Butembo city", "North Kivu", "Democratic Republic of Congo", "COD", 0.1416, 29.2910),
    ("Lahore", "Lahore city", "Punjab", "Pakistan", "PAK", 31.5497, 74.3436),
    ("Kasur", "Qasur", "Punjab", "Pakistan", "PAK", 31.1187, 74.4503),
]
PAIR = {t[0]: TOWNS[i ^ 1] for i, t in enumerate(TOWNS)}  # the other town in the admin1

STATE = {
    "IRQ": "Military Forces of Iraq", "NGA": "Military Forces of Nigeria", "SYR": "Military Forces of Syria",
    "MEX": "Police Forces of Mexico", "IND": "Police Forces of India", "COD": "Military Forces of the Democratic Republic of Congo",
    "PAK": "Police Forces of Pakistan",
}
ARMED = {
    "IRQ": "Islamic State (Iraq)", "NGA": "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
    "SYR": "Hayat Tahrir al-Sham", "MEX": "Jalisco New Generation Cartel", "IND": "Meitei Ethnic Militia (India)",
    "COD": "ADF: Allied Democratic Forces", "PAK": "Tehreek-e-Labbaik Pakistan",
}

# (sub_event_type, event_type, plover, alternatives within the family, actor pattern, counts kind)
KINDS = [
    ("Armed clash", "Battles", "ASSAULT", ["Attack"], "state-armed", "deaths"),
    ("Attack", "Violence against civilians", "ASSAULT", ["Armed clash", "Remote explosive/landmine/IED"], "armed-civ", "deaths"),
    ("Remote explosive/landmine/IED", "Explosions/Remote violence", "ASSAULT", ["Suicide bomb", "Attack"], "armed-civ", "deaths"),
    ("Air/drone strike", "Explosions/Remote violence", "ASSAULT", ["Shelling/artillery/missile attack"], "state-armed", "deaths"),
    ("Peaceful protest", "Protests", "PROTEST", ["Protest with intervention"], "protest", "crowd"),
    ("Protest with intervention", "Protests", "PROTEST", ["Peaceful protest", "Violent demonstration"], "protest-state", "crowd"),
    ("Violent demonstration", "Riots", "PROTEST", ["Protest with intervention"], "riot", "crowd"),
    ("Arrests", "Strategic developments", "COERCE", [], "state-civ", "arrests"),
]

WORDING = {
    "deaths": [
        "{n} people were killed in {place} on {day}, officials said.",
        "At least {n} dead after violence in {place}.",
        "{place}: {n} killed, a security source said.",
        "The toll from {day}'s attack near {place} rose to {n}.",
        "Witnesses reported {n} bodies in {place}.",
    ],
    "crowd": [
        "Hundreds rallied in {place} on {day}.",
        "Protesters gathered in central {place} demanding jobs.",
        "A crowd of about {n} marched through {place}.",
        "Demonstrators blocked roads in {place}, police said.",
    ],
    "arrests": [
        "Police arrested {n} people in {place} on {day}.",
        "{n} suspects were detained in a raid in {place}.",
        "Security forces rounded up {n} in {place}.",
    ],
}


def _actor(name: str, text: str, code: int, iso3: str | None = None) -> dict:
    labels = {1: "State Forces", 2: "Rebel Groups", 3: "Political Militias", 4: "Identity Militias",
              5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other Forces"}
    return {"name": name, "text": text, "type": {"code": code, "label": labels[code]}, "country": iso3, "affiliations": []}


def _actors(pattern: str, iso3: str, country: str) -> tuple[dict | None, dict | None]:
    state = _actor(STATE[iso3], "security forces", 1, iso3)
    armed = _actor(ARMED[iso3], "militants", 2 if iso3 in ("IRQ", "NGA", "SYR", "COD") else 3, None)
    civ = _actor(f"Civilians ({country})", "residents", 7, iso3)
    prot = _actor(f"Protesters ({country})", "demonstrators", 6, iso3)
    riot = _actor(f"Rioters ({country})", "rioters", 5, iso3)
    return {
        "state-armed": (state, armed),
        "armed-civ": (armed, civ),
        "protest": (prot, None),
        "protest-state": (prot, state),
        "riot": (riot, civ),
        "state-civ": (state, civ),
    }[pattern]


def _offset(lat: float, lon: float, km: float, rng: random.Random) -> tuple[float, float]:
    ang = rng.uniform(0, 2 * math.pi)
    dlat = km * math.cos(ang) / 111.32
    dlon = km * math.sin(ang) / (111.32 * math.cos(math.radians(lat)))
    return round(lat + dlat, 4), round(lon + dlon, 4)


def _admin1_centroid(admin1: str) -> tuple[float, float]:
    pts = [(t[5], t[6]) for t in TOWNS if t[2] == admin1]
    return round(sum(p[0] for p in pts) / len(pts), 4), round(sum(p[1] for p in pts) / len(pts), 4)


def _happening(rng: random.Random, label: str, kind: str, town: tuple, day: dt.date, sub_kind: tuple, truth: int) -> dict:
    return {"cluster": label, "kind": kind, "town": town, "day": day, "sub_kind": sub_kind, "truth": truth,
            "reports": rng.randint(2, 6)}


def _report(rng: random.Random, h: dict, i: int, rid: str) -> dict:
    name, alt, admin1, country, iso3, lat, lon = h["town"]
    sub, etype, plover, alts, pattern, counts = h["sub_kind"]
    day: dt.date = h["day"]
    rec: dict = {"event_id": rid, "doc_ids": [f"art-{h['cluster']}-{i}"], "background": False,
                 "plover_type": plover, "confidence": round(rng.uniform(0.4, 0.9), 2)}

    # date precision as different outlets would resolve it; near misses are
    # reported precisely (an imprecise report is ambiguous, not a near miss)
    near = h["kind"] != "main"
    r = rng.random() * (0.65 if near else 1.0)
    if r < 0.65:
        rec.update(event_date=day, date_start=day, date_end=day, date_precision="day")
    elif r < 0.80:
        monday = day - dt.timedelta(days=day.weekday())
        rec.update(event_date=None, date_start=monday, date_end=monday + dt.timedelta(days=6), date_precision="week")
    elif r < 0.92:
        rec.update(event_date=None, date_start=day - dt.timedelta(days=1), date_end=day + dt.timedelta(days=1),
                   date_precision="range")
    else:
        first = day.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        rec.update(event_date=None, date_start=first, date_end=nxt - dt.timedelta(days=1), date_precision="month")
    if i > 0 and rec["date_precision"] == "day" and rng.random() < 0.12:
        rec["background"] = True  # a later article recalling it, on its exact day

    # place precision
    r = rng.random() * (0.87 if near else 1.0)
    if r < 0.6:
        plat, plon = _offset(lat, lon, rng.uniform(0, 2.0), rng)
        loc = {"name": rng.choice([name, alt]), "geo_precision": 1}
    elif r < 0.87:
        plat, plon = _offset(lat, lon, rng.uniform(2.0, 9.0), rng)
        loc = {"name": name, "geo_precision": 2}
    else:
        plat, plon = _admin1_centroid(admin1)
        loc = {"name": admin1, "geo_precision": 3}
    loc.update(admin1=admin1, admin2=None, country=country, iso3=iso3, latitude=plat, longitude=plon, geonames_id=None)
    rec["location"] = loc

    # type: most outlets agree, some code a neighbour in the family
    rec["sub_event_type"] = rng.choice(alts) if alts and rng.random() < 0.2 else sub
    from eventlens.schema import SUB_EVENT_PARENT

    rec["event_type"] = SUB_EVENT_PARENT[rec["sub_event_type"]]

    a1, a2 = _actors(pattern, iso3, country)
    r = rng.random()
    if pattern in ("state-armed", "armed-civ") and r < 0.2:
        unk = _actor(f"Unidentified Armed Group ({country})", "gunmen", 3, iso3)
        if pattern == "state-armed":
            a2 = unk
        else:
            a1 = unk
    elif r < 0.3:
        a2 = None
    elif pattern == "state-armed" and r < 0.45:
        a1, a2 = a2, a1
    rec["actor1"], rec["actor2"] = a1, a2
    rec["assoc_actor_1"], rec["assoc_actor_2"] = [], []

    truth = h["truth"]
    empty = {"low": None, "best": None, "high": None}
    rec["fatalities"], rec["injured"], rec["arrested"] = dict(empty), dict(empty), dict(empty)
    rec["crowd_size"] = {"low": None, "high": None}
    n_words = truth
    if counts == "deaths":
        r = rng.random()
        if r < 0.45:
            c = {"low": truth, "best": truth, "high": truth}
        elif r < 0.65:
            lo = max(0, truth - rng.randint(0, 3))
            c = {"low": lo, "best": lo, "high": None}  # "at least"
            n_words = lo
        elif r < 0.8:
            c = {"low": max(0, truth - 2), "best": truth, "high": truth + 3}
        elif r < 0.9:
            grown = int(truth * rng.uniform(1.0, 1.8)) + 1  # the toll rose in later reports
            c = {"low": grown, "best": grown, "high": grown}
            n_words = grown
        else:
            c = dict(empty)
        rec["fatalities"] = c
    elif counts == "crowd":
        if rng.random() < 0.6:
            lo = int(truth * rng.uniform(0.5, 1.0))
            rec["crowd_size"] = {"low": lo, "high": int(truth * rng.uniform(1.0, 2.0))}
    else:
        if rng.random() < 0.8:
            v = max(1, truth + rng.randint(-2, 2))
            rec["arrested"] = {"low": v, "best": v, "high": v}
            n_words = v

    template = rng.choice(WORDING[counts])
    text = template.format(n=n_words, place=loc["name"], day=day.strftime("%A"))
    rec["evidence"] = [{"doc_id": rec["doc_ids"][0], "field": "trigger", "start": 0, "end": len(text), "text": text}]
    rec["attribution"], rec["claims"] = [], []
    rec["cluster"], rec["kind"] = h["cluster"], h["kind"]
    return rec


def _truth(rng: random.Random, sub_kind: tuple) -> int:
    return {"deaths": rng.randint(1, 25), "crowd": rng.choice([50, 100, 300, 1000, 5000]),
            "arrests": rng.randint(2, 30)}[sub_kind[5]]


def generate(seed: int = SEED, n_main: int = 44) -> list[dict]:
    rng = random.Random(seed)
    happenings: list[dict] = []
    used: set[tuple] = set()
    while len(happenings) < n_main:
        town = rng.choice(TOWNS)
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(360))
        sub_kind = rng.choice(KINDS)
        if (town[2], day, sub_kind[1]) in used:
            continue
        used.add((town[2], day, sub_kind[1]))
        truth = _truth(rng, sub_kind)
        label = f"h{len(happenings):03d}"
        happenings.append(_happening(rng, label, "main", town, day, sub_kind, truth))
    # near misses for a third of them: same place another day; same day another town
    for h in list(happenings[: n_main // 3]):
        gap = rng.choice([1, 2, 3, -1, -2])
        happenings.append(_happening(rng, h["cluster"] + "-day", "near-day", h["town"],
                                     h["day"] + dt.timedelta(days=gap), h["sub_kind"], _truth(rng, h["sub_kind"])))
        happenings.append(_happening(rng, h["cluster"] + "-place", "near-place", PAIR[h["town"][0]],
                                     h["day"], h["sub_kind"], _truth(rng, h["sub_kind"])))
    records: list[dict] = []
    for h in happenings:
        for i in range(h["reports"]):
            records.append(_report(rng, h, i, f"m{len(records):04d}"))
    rng.shuffle(records)
    return records


def main() -> None:
    records = generate()
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, default=str, ensure_ascii=False) + "\n")
    n_clusters = len({r["cluster"] for r in records})
    print(f"wrote {len(records)} records in {n_clusters} happenings to {OUT}")


if __name__ == "__main__":
    main()
