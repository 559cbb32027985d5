"""Build sentences.jsonl, a labelled corpus of single news sentences, from hand-written fragments.

All fragments (frames, place/actor lists, fixed sentences) were written by the eventlens project.
Deterministic: the same seed gives the same file.  Run: python eventlens/data/training/build_corpus.py
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _fragments_news as N  # noqa: E402
import _fragments_places as P  # noqa: E402
from _fragments_events import PROTEST, RIOT, STRATEGIC, VIOLENCE  # noqa: E402
from _fragments_none import NONE_FIXED, NONE_FRAMES  # noqa: E402

SEED = 20240531
CAP = 5  # at most this many sentences per frame, so no frame dominates
MIN_WORDS, MAX_WORDS = 8, 60
# The long news frames have more slots and alternatives than the short ones, so each may give more.
NEWS_SEED, NEWS_CAP = 20261127, 8

# Sentences wanted per ACLED sub-type (capped by what the frames can give).
TARGETS = {
    "violence": {"Armed clash": 95, "Government regains territory": 22, "Non-state actor overtakes territory": 22,
                 "Chemical weapon": 6, "Air/drone strike": 64, "Suicide bomb": 28, "Shelling/artillery/missile attack": 56,
                 "Remote explosive/landmine/IED": 56, "Grenade": 26, "Sexual violence": 24, "Attack": 120,
                 "Abduction/forced disappearance": 50},
    "protest": {"Peaceful protest": 190, "Protest with intervention": 100, "Excessive force against protesters": 40},
    "riot": {"Violent demonstration": 130, "Mob violence": 90},
    "strategic": {"Arrests": 70, "Looting/property destruction": 60, "Agreement": 40, "Change to group/activity": 30,
                  "Disrupted weapons use": 50, "Headquarters or base established": 26,
                  "Non-violent transfer of territory": 26, "Other": 30},
}
FRAMES = {"violence": VIOLENCE, "protest": PROTEST, "riot": RIOT, "strategic": STRATEGIC}

# Countries with ongoing armed conflict; violence frames and frames naming armed actors use these.
CORE = ["NGA", "MLI", "BFA", "COD", "SOM", "SDN", "ETH", "KEN", "CMR", "MOZ", "IRQ", "SYR", "YEM", "AFG", "PAK",
        "IND", "MMR", "PHL", "COL", "MEX", "HTI", "THA"]
# Interstate fronts: only where the frame's actor roles make sense for them.
FRONTS = ["UKR", "LBN", "PSE"]
FRONT_SUBTYPES = {"Armed clash", "Air/drone strike", "Shelling/artillery/missile attack"}
TAGS = {"SUI": ["NGA", "CMR", "SOM", "AFG", "PAK", "IRQ", "SYR", "MLI", "BFA", "YEM"]}
# Where lynchings and communal fights are commonly reported.
MOB = ["NGA", "KEN", "UGA", "MWI", "ZAF", "HTI", "MEX", "BGD", "IND", "BOL", "PER", "GHA", "MOZ", "COD", "CMR",
       "BRA", "ETH", "PAK"]
TERRITORY = ["NGA", "MLI", "BFA", "COD", "SOM", "SDN", "ETH", "MOZ", "SYR", "YEM", "MMR", "HTI", "CMR"]
ARMED_SLOTS = ("ng", "sf", "air", "shell")

ALT_RE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
SLOT_RE = re.compile(r"\{(\w+)\}")


@dataclass
class Item:
    text: str
    label: str
    sub_event_type: str | None
    frame: str


def _countries_for(frame: str, label: str, sub: str | None) -> tuple[list[str], str]:
    """Which countries a frame may be set in, and the frame with any @-restriction removed."""
    if frame.startswith("@"):
        tag, frame = frame[1:].split(" ", 1)
        special = {"ANY": list(P.COUNTRIES), "CORE": CORE + FRONTS}
        codes = special.get(tag) or TAGS.get(tag) or tag.split(",")
        return [c for c in codes if c in P.COUNTRIES], frame
    slots = set(SLOT_RE.findall(frame))
    uses_armed = bool(slots & set(ARMED_SLOTS))
    if sub in ("Government regains territory", "Non-state actor overtakes territory"):
        pool = TERRITORY
    elif sub == "Mob violence":
        pool = MOB
    elif label in ("violence", "strategic") or uses_armed:
        pool = CORE + (FRONTS if sub in FRONT_SUBTYPES else [])
    else:
        pool = list(P.COUNTRIES)
    out = []
    for code in pool:
        c = P.COUNTRIES[code]
        if any(s in slots and not c[s] for s in ARMED_SLOTS):
            continue
        # strikes and shelling only where someone is known to carry them out
        if (sub == "Air/drone strike" and not c["air"]) or (sub == "Shelling/artillery/missile attack" and not c["shell"]):
            continue
        # an air/shell actor and a named armed group on a front would be the same side
        if code == "UKR" and "ng" in slots and ({"air", "shell"} & slots):
            continue
        out.append(code)
    return out, frame


def _date(rng: random.Random, acled: bool) -> str:
    d, m = rng.randint(1, 28), rng.choice(P.MONTHS)
    if acled or rng.random() < 0.3:
        return f"On {d} {m} {rng.randint(2018, 2024)},"
    return rng.choice([f"On {rng.choice(P.WEEKDAYS)},", f"Late on {rng.choice(P.WEEKDAYS)},",
                       f"Early on {rng.choice(P.WEEKDAYS)},", f"On the night of {d} {m},", "Overnight,",
                       f"Last {rng.choice(P.WEEKDAYS)},", f"On {d} {m},", "", "", ""])


def _when(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"on {rng.randint(1, 28)} {rng.choice(P.MONTHS)}"
    return rng.choice(P.WHEN)


def render(frame: str, label: str, sub: str | None, rng: random.Random) -> str | None:
    codes, frame = _countries_for(frame, label, sub)
    if not codes:
        return None
    code = rng.choice(codes)
    c = P.COUNTRIES[code]
    town, region = rng.choice(c["towns"])
    others = [t for t in c["towns"] if t[0] != town]
    town2 = rng.choice(others)[0] if others else "the capital"
    text = ALT_RE.sub(lambda m: rng.choice(m.group(1).split("|")), frame)
    team, team2 = rng.sample(P.TEAMS, 2)
    person, person2 = rng.sample(P.PEOPLE, 2)
    fixed = {
        "town": town, "town2": town2, "region": region, "country": c["name"], "adj": c["adj"], "TOWN": town.upper(),
        "acledloc": rng.choice([f"{town} ({region})", f"{town} ({region}, {c['name']})", f"{town}, {region}"]),
        "team": team, "team2": team2, "person": person, "person2": person2,
    }
    gens = {
        "ng": lambda: rng.choice(c["ng"]), "sf": lambda: rng.choice(c["sf"]), "air": lambda: rng.choice(c["air"]),
        "shell": lambda: rng.choice(c["shell"]), "police": lambda: rng.choice(c["police"]),
        "ng_or_party": lambda: rng.choice(c["ng"] or ["the main opposition coalition", "a coalition of opposition parties"]),
        "gunmen": lambda: rng.choice(P.GUNMEN), "civn": lambda: rng.choice(P.CIVN), "civs": lambda: rng.choice(P.CIVS),
        "crowd": lambda: rng.choice(P.CROWD), "issue": lambda: rng.choice(P.ISSUE), "topic": lambda: rng.choice(P.TOPIC), "size": lambda: rng.choice(P.SIZE),
        "sizetag": lambda: rng.choice(P.SIZETAG), "venue": lambda: rng.choice(P.VENUE), "src": lambda: rng.choice(P.SRC),
        "when": lambda: _when(rng), "date": lambda: _date(rng, False), "adate": lambda: _date(rng, True),
        "day": lambda: rng.choice(P.WEEKDAYS), "n": lambda: rng.choice(P.NUMW), "N": lambda: str(rng.randint(10, 85)),
        "N2": lambda: str(rng.randint(20, 45)), "pct": lambda: rng.choice(["1.5", "2", "3", "4", "5", "6", "7", "8", "9", "11"]),
        "turnout": lambda: str(rng.randint(31, 78)), "month": lambda: rng.choice(P.MONTHS),
        "dnum": lambda: str(rng.randint(1, 28)), "n2d": lambda: str(rng.randint(0, 9)),
        "company": lambda: rng.choice(P.COMPANIES),
        "lsrc": lambda: rng.choice(N.LSRC), "tail": lambda: rng.choice(N.TAIL), "year": lambda: rng.choice(N.YEAR),
        "nth": lambda: rng.choice(N.NTH), "weapon": lambda: rng.choice(N.WEAPON), "official": lambda: rng.choice(N.OFFICIAL),
    }
    cache: dict[str, str] = {}

    def fill(m: re.Match) -> str:
        name = m.group(1)
        if name in fixed:
            return fixed[name]
        if name not in cache:
            cache[name] = gens[name]()
        return cache[name]

    text = SLOT_RE.sub(fill, text)
    return tidy(text)


def tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;])", r"\1", text)
    text = text.replace(",,", ",").replace(",.", ".").replace("..", ".")
    return text[0].upper() + text[1:]


def n_words(text: str) -> int:
    return len(text.split())


def variants(frame: str, label: str, sub: str | None, rng: random.Random, cap: int) -> list[str]:
    out: list[str] = []
    for _ in range(cap * 8):
        if len(out) >= cap:
            break
        s = render(frame, label, sub, rng)
        if s and s not in out and MIN_WORDS <= n_words(s) <= MAX_WORDS:
            out.append(s)
    return out


def build(seed: int = SEED) -> list[Item]:
    rng = random.Random(seed)
    items: list[Item] = []
    seen: set[str] = set()

    def take(label: str, sub: str | None, frames: list[str], target: int, cap: int) -> None:
        pools = [(f, variants(f, label, sub, rng, cap)) for f in frames]
        got, depth = 0, 0
        # round-robin over frames so every frame contributes evenly
        while got < target and depth < cap:
            for f, pool in pools:
                if got >= target:
                    break
                if depth < len(pool) and pool[depth].lower() not in seen:
                    seen.add(pool[depth].lower())
                    items.append(Item(pool[depth], label, sub, f))
                    got += 1
            depth += 1
        if got < target:
            print(f"warning: {label}/{sub}: {got} of {target}", file=sys.stderr)

    for label, subs in TARGETS.items():
        for sub, target in subs.items():
            take(label, sub, FRAMES[label][sub], target, CAP)
    for s in NONE_FIXED:
        if s.lower() not in seen and MIN_WORDS <= n_words(s) <= MAX_WORDS:
            seen.add(s.lower())
            items.append(Item(s, "none", None, "fixed"))
    n_fixed = sum(1 for i in items if i.label == "none")
    frames = [f for fs in NONE_FRAMES.values() for f in fs]
    take("none", None, frames, 700 - n_fixed, 4)
    rng.shuffle(items)
    items += build_news(seen)
    return items


def build_news(seen: set[str], seed: int = NEWS_SEED) -> list[Item]:
    """Long wire-style sentences (_fragments_news), appended after the short ones with their own
    random stream, so adding them left the earlier part of the corpus unchanged."""
    rng = random.Random(seed)
    items: list[Item] = []
    jobs = [(label, sub, frames) for (label, sub), frames in N.NEWS_EVENTS.items()]
    jobs += [("none", None, frames) for frames in N.NEWS_NONE.values()]
    for label, sub, frames in jobs:
        for frame in frames:
            for s in variants(frame, label, sub, rng, NEWS_CAP):
                if s.lower() not in seen:
                    seen.add(s.lower())
                    items.append(Item(s, label, sub, frame))
    rng.shuffle(items)
    return items


def main() -> None:
    items = build()
    out = HERE / "sentences.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps({"text": it.text, "label": it.label, "sub_event_type": it.sub_event_type},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} sentences to {out}")
    for label, n in sorted(Counter(i.label for i in items).items()):
        print(f"{label}: {n}")
    for (label, sub), n in sorted(Counter((i.label, i.sub_event_type) for i in items).items(), key=str):
        print(f"  {label} / {sub}: {n}")


if __name__ == "__main__":
    main()
