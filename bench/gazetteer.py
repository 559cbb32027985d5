"""Gazetteer benchmark: index load time, memory, and time to find + resolve toponyms in a
~560-word article (written for this benchmark), scaled to 700 words. Aims: load < 1 s, match < 5 ms
per 700 words on first sight (words not seen before in the process: memo tables empty).

    .venv/bin/python bench/gazetteer.py [--index PATH]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PARAGRAPHS = [
    "KUT, Iraq — Gunmen opened fire on protesters in the centre of Kut on Saturday, killing two men "
    "and wounding at least nine others, a security source in Wasit province said.",
    "The demonstrators had gathered outside the provincial council building to demand jobs and an end "
    "to power cuts that have left much of southern Iraq without electricity during the summer heat. "
    "Witnesses said masked men in two pickup trucks drove past the crowd and fired into it before "
    "speeding away towards the Tigris.",
    "Protests have spread in recent weeks from Basra to Nasiriyah, Diwaniyah and Amarah, and on Friday "
    "hundreds of people blocked the main road between Kut and Baghdad for several hours. In Nassiriya, "
    "police used tear gas and live rounds to disperse crowds who tried to storm the offices of two "
    "political parties, medical sources said.",
    "A roadside bomb exploded 15 km southeast of Baghdad on Sunday, hitting a convoy of trucks carrying "
    "supplies for a foreign company, the Iraqi military said in a statement. No one was hurt. A second "
    "device was defused near Mahmudiyah.",
    "In Anbar province, the army said it had killed three suspected militants in an air strike west of "
    "Ramadi. The statement did not say when the strike took place. Local officials in Fallujah said "
    "the men had been hiding in farmland along the Euphrates.",
    "The unrest comes as the government in Baghdad struggles to form a cabinet months after "
    "parliamentary elections. The prime minister met tribal leaders from Wasit and Maysan on Monday and "
    "promised to investigate the killings in Kut. Officials said the best way to calm the anger was "
    "to deliver services quickly, but many people say they have heard such promises before.",
    "Human rights groups in Geneva and London called on the authorities to protect peaceful "
    "demonstrators. A spokesman for the United Nations mission in Iraq said the use of force against "
    "protesters was unacceptable and urged restraint. Washington and Tehran, both with influence in "
    "Baghdad, made no immediate comment.",
    "Across the border in Syria, clashes between government forces and rebels continued in Idlib "
    "province, and Turkish drones struck targets near Qamishli, according to a monitoring group based "
    "in Britain. In Lebanon, hundreds of people marched in Beirut and Tripoli against rising prices.",
    "Back in Kut, shops stayed closed on Sunday as mourners buried the two men killed in the shooting. "
    "Relatives said one of them, a 24-year-old father of three, had been unemployed for two years. "
    "Police said they had arrested four suspects in the village of Zurbatiyah, east of the city, and "
    "seized weapons and a car used in the attack.",
    "Mobile phone networks were cut for several hours in parts of Wasit and Dhi Qar on Monday, residents "
    "said. Internet monitors said the outage was the longest since October, when the government shut "
    "down access nationwide for days during a wave of protests that began in Baghdad and spread to "
    "Karbala, Najaf, Hillah and Samawah.",
    "Analysts in Erbil and Sulaimaniya said the Kurdish region had so far been spared, but warned that "
    "unpaid salaries could bring crowds into the streets there too. In Georgia, meanwhile, police in "
    "Tbilisi detained dozens of opposition supporters, and in Afghanistan a suicide bomber killed six "
    "people near a mosque in Jalalabad, the capital of Nangarhar province, officials said. "
    "An Afghan interior ministry spokesman blamed the Taliban, who denied involvement.",
]
ARTICLE = "\n\n".join(PARAGRAPHS)

# A short text of other words, read once before timing so that the first timed call on ARTICLE
# pays for first sight of its words (memo tables empty for them), not for imports.
WARM_UP = (
    "NAIROBI, Kenya — Police in Mombasa said on Tuesday that they had arrested five men after a "
    "clash near the port. In Ethiopia, officials in Addis Ababa reported protests in Gondar and "
    "Bahir Dar, while Somali forces fought militants outside Kismayo, near the border with Kenya."
)


def _forget(gaz) -> None:
    """Empty the per-process memo tables, as in a process that has not read these words yet."""
    from eventlens.resolve.geo import gazetteer as gz
    from eventlens.resolve.geo import normalize

    gz._WORD_MEMO.clear()
    normalize.norm.cache_clear()
    normalize.skeleton_of_norm.cache_clear()
    for name in ("_places", "_norm_names", "_exact_memo", "_stem_memo", "_admin_names"):
        d = getattr(gaz, name, None)
        if isinstance(d, dict):
            d.clear()
    gaz._cue_memo = (None, {})


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args(argv)
    from eventlens.resolve.geo import Gazetteer, locate_event
    from eventlens.resolve.geo.gazetteer import default_index_path
    from eventlens.resolve.geo.store import read_index

    path = args.index or default_index_path()
    if not path.exists():
        t = time.perf_counter()
        Gazetteer.load(path)
        print(f"built index {path} in {time.perf_counter() - t:.1f} s")
    base = rss_mb()
    t = time.perf_counter()
    arrays, meta = read_index(path)
    gaz = Gazetteer(arrays, meta, path)
    load_s = time.perf_counter() - t
    words = len(ARTICLE.split())
    t = time.perf_counter()
    gaz.find_toponyms(WARM_UP)  # first call: lazy imports, pages in the parts of the index it touches
    cold_ms = 1000 * (time.perf_counter() - t)
    t = time.perf_counter()
    tops = gaz.find_toponyms(ARTICLE)  # first sight of the article's words
    first_ms = 1000 * (time.perf_counter() - t)
    # first sight again, as a median over fresh reads: the per-process memo tables are emptied
    firsts = []
    for _ in range(max(5, args.repeat // 5)):
        _forget(gaz)
        t = time.perf_counter()
        gaz.find_toponyms(ARTICLE)
        firsts.append(1000 * (time.perf_counter() - t))
    first_med = sorted(firsts)[len(firsts) // 2]
    gaz.find_toponyms(ARTICLE)
    t = time.perf_counter()
    for _ in range(args.repeat):
        tops = gaz.find_toponyms(ARTICLE)
    match_ms = 1000 * (time.perf_counter() - t) / args.repeat
    ev = ARTICLE.index("opened fire")
    t = time.perf_counter()
    loc = locate_event(ARTICLE, ev, ev + 11, tops, gazetteer=gaz)
    loc_ms = 1000 * (time.perf_counter() - t)
    size = path.stat().st_size / 1e6
    print(f"index {path} ({meta.get('kind')}, {len(gaz):,} places, {meta.get('keys', 0):,} name keys, {size:.1f} MB)")
    print(f"load: {load_s * 1000:.1f} ms (memory-mapped)   peak RSS {rss_mb():.0f} MB (+{rss_mb() - base:.0f} MB over imports)")
    per700 = 700 / words
    print(f"article: {words} words, {len(tops)} toponyms; locate_event {loc_ms:.2f} ms")
    print(f"find_toponyms: process's first call {cold_ms:.0f} ms (imports, page-in; {len(WARM_UP.split())} words); "
          f"first sight of the article {first_ms:.2f} ms (median over fresh memo tables {first_med:.2f} ms); "
          f"seen before {match_ms:.2f} ms")
    print(f"per 700 words: first sight {first_med * per700:.2f} ms, seen before {match_ms * per700:.2f} ms (aim < 5 ms)"
          f"; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    from eventlens.resolve.actors import ActorDictionary

    actors = ActorDictionary.load()
    actors.find(WARM_UP)
    t = time.perf_counter()
    for _ in range(args.repeat):
        actors.find(ARTICLE, "IRQ")
    actors_ms = 1000 * (time.perf_counter() - t) / args.repeat
    print(f"actor dictionary find: {actors_ms * per700:.2f} ms per 700 words")
    print("toponyms:", ", ".join(f"{t.text}->{t.place.name}/{t.place.iso3}" for t in tops))
    print("event location:", loc.location.model_dump() if loc else None, "|", loc.text if loc else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
