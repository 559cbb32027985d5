"""Store at scale: ingest synthetic articles (no NLP), measure speed, size, query latency, memory.

    .venv/bin/python bench/store_scale.py --n 100000 --db sqlite:////tmp/scale.db
    .venv/bin/python bench/store_scale.py --n 100000 --db "$(scripts/start_postgres.sh)" --fresh

Each article carries 1-3 events; about 30% of them re-report a recent
happening (with another precision, count or actor wording) so dedup has real
work. Happenings are spread over 24 countries, 40 places each, two years. At
every checkpoint it prints articles/s (since the last checkpoint and overall),
database size, country-month query latency p50/p95 over 40 random queries,
and the process's current and peak RSS (memory must stay flat: nothing is
kept per article).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import math
import random
import resource
import statistics
import sys
import time

from eventlens.schema import Actor, ActorType, Article, Count, Event, Location
from eventlens.store import Store, normalize_url

COUNTRIES = [
    ("Iraq", "IRQ", 33.2, 43.7), ("Syria", "SYR", 35.0, 38.5), ("Nigeria", "NGA", 9.1, 8.7),
    ("Mexico", "MEX", 23.6, -102.5), ("India", "IND", 22.0, 79.0), ("Pakistan", "PAK", 30.4, 69.3),
    ("Yemen", "YEM", 15.6, 48.5), ("Sudan", "SDN", 15.5, 30.2), ("Somalia", "SOM", 5.2, 46.2),
    ("Mali", "MLI", 17.6, -4.0), ("Burkina Faso", "BFA", 12.2, -1.6), ("Myanmar", "MMR", 21.9, 95.9),
    ("Ukraine", "UKR", 48.4, 31.2), ("Colombia", "COL", 4.6, -74.3), ("Brazil", "BRA", -14.2, -51.9),
    ("Democratic Republic of Congo", "COD", -4.0, 21.8), ("Ethiopia", "ETH", 9.1, 40.5),
    ("Afghanistan", "AFG", 33.9, 67.7), ("Libya", "LBY", 26.3, 17.2), ("Lebanon", "LBN", 33.9, 35.9),
    ("Cameroon", "CMR", 7.4, 12.4), ("Mozambique", "MOZ", -18.7, 35.5), ("Haiti", "HTI", 19.0, -72.3),
    ("Philippines", "PHL", 12.9, 121.8),
]
TYPES = [
    ("Battles", "Armed clash", (1, 2)), ("Explosions/Remote violence", "Air/drone strike", (1, 2)),
    ("Violence against civilians", "Attack", (3, 7)), ("Protests", "Peaceful protest", (6, 0)),
    ("Riots", "Violent demonstration", (5, 7)), ("Strategic developments", "Arrests", (1, 7)),
]
START = dt.date(2023, 1, 1)
DAYS = 730


def _places(rng: random.Random):
    out = {}
    for name, iso3, lat, lon in COUNTRIES:
        pl = []
        for k in range(40):
            plat, plon = lat + rng.uniform(-3, 3), lon + rng.uniform(-3, 3)
            pl.append((f"{name} town {k}", f"{name} region {k % 8}", round(plat, 4), round(plon, 4)))
        out[iso3] = (name, pl)
    return out


def _event(rng: random.Random, h: tuple, eid: str) -> Event:
    iso3, pidx, day, tidx, deaths, _ = h
    country, places = PLACES[iso3]
    town, admin1, lat, lon = places[pidx]
    etype, sub, (c1, c2) = TYPES[tidx]
    r = rng.random()
    if r < 0.75:
        dates = dict(event_date=day, date_start=day, date_end=day, date_precision="day")
    else:
        mon = day - dt.timedelta(days=day.weekday())
        dates = dict(date_start=mon, date_end=mon + dt.timedelta(days=6), date_precision="week")
    geo = 1 if rng.random() < 0.8 else 2
    jitter = 0.01 if geo == 1 else 0.05
    d = deaths if rng.random() < 0.7 else (deaths + rng.randint(0, 3) if deaths is not None else None)
    return Event(
        event_id=eid,
        doc_ids=[],
        **dates,
        event_type=etype,
        sub_event_type=sub,
        actor1=Actor(name=f"Actor {c1} ({country})", text="they", type=ActorType.of(c1)),
        actor2=Actor(name=f"Actor {c2} ({country})", text="them", type=ActorType.of(c2)) if c2 else None,
        location=Location(name=town, admin1=admin1, country=country, iso3=iso3,
                          latitude=lat + rng.uniform(-jitter, jitter), longitude=lon + rng.uniform(-jitter, jitter),
                          geo_precision=geo),
        fatalities=Count(low=d, best=d, high=d) if d is not None else Count(),
        confidence=0.6,
    )


def synthetic_articles(n: int, seed: int = 7):
    """Yield (Article, [Event]) pairs; keeps only a bounded window of recent happenings."""
    rng = random.Random(seed)
    recent: collections.deque = collections.deque(maxlen=2000)
    for i in range(n):
        # articles move forward in time; events are about the last few days
        base = START + dt.timedelta(days=int(DAYS * i / max(1, n)))
        evs = []
        for j in range(rng.choice((1, 1, 2, 3))):
            if recent and rng.random() < 0.3:
                h = rng.choice(recent)  # another outlet reports a known happening
            else:
                iso3 = rng.choice(COUNTRIES)[1]
                day = base - dt.timedelta(days=rng.randint(0, 3))
                tidx = rng.randrange(len(TYPES))
                deaths = rng.randint(0, 20) if tidx < 3 else None
                h = (iso3, rng.randrange(40), day, tidx, deaths, i)
                recent.append(h)
            evs.append(_event(rng, h, f"syn{i}-{j}"))
        text = f"Synthetic article {i} about {len(evs)} events. " + "Filler text. " * 80
        yield Article(id=f"syn{i}", text=text, published=base, source=f"Outlet {i % 50}"), evs


def rss_mb() -> tuple[float, float]:
    cur = 0.0
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    cur = int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return cur, peak


def query_latency(store: Store, rng: random.Random, k: int, upto: dt.date) -> tuple[float, float, float]:
    times, counts = [], []
    months = max(1, (upto.year - START.year) * 12 + upto.month - START.month + 1)
    for _ in range(k):
        country = rng.choice(COUNTRIES)[0]
        m = rng.randrange(months)
        first = dt.date(START.year + m // 12, m % 12 + 1, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        t = time.perf_counter()
        n = sum(1 for _ in store.query(country=country, since=first, until=last))
        times.append((time.perf_counter() - t) * 1000)
        counts.append(n)
    times.sort()
    p95 = times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)]
    return statistics.median(times), p95, statistics.mean(counts)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="articles to ingest")
    ap.add_argument("--db", default="sqlite:////tmp/eventlens-scale.db")
    ap.add_argument("--checkpoints", type=int, default=10)
    ap.add_argument("--queries", type=int, default=40)
    ap.add_argument("--fresh", action="store_true", help="drop the tables first (PostgreSQL)")
    args = ap.parse_args(argv)

    url = normalize_url(args.db)
    if args.fresh:
        from sqlalchemy import create_engine, text

        from eventlens.store.tables import metadata

        eng = create_engine(url)
        with eng.begin() as conn:
            metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        eng.dispose()
    if url.startswith("sqlite:///"):
        import os

        path = url[len("sqlite:///"):]
        for p in (path, path + "-wal", path + "-shm"):
            if os.path.exists(p):
                os.remove(p)

    global PLACES
    PLACES = _places(random.Random(1))
    store = Store.open(url)
    print(f"store {store.dialect} {store.engine.url.render_as_string(hide_password=True)}; {args.n} articles", flush=True)
    print(f"{'articles':>9} {'art/s':>7} {'art/s all':>9} {'events':>8} {'size MB':>8} "
          f"{'q p50 ms':>8} {'q p95 ms':>8} {'ev/query':>8} {'RSS MB':>7} {'peak MB':>7}", flush=True)
    step = max(1, args.n // args.checkpoints)
    qrng = random.Random(3)
    t0 = tlast = time.perf_counter()
    last_i = 0
    n_mentions = 0
    for i, (art, evs) in enumerate(synthetic_articles(args.n), start=1):
        store.add_article(art, evs)
        n_mentions += len(evs)
        if i % step == 0 or i == args.n:
            now = time.perf_counter()
            rate, rate_all = (i - last_i) / (now - tlast), i / (now - t0)
            st = store.stats()
            p50, p95, mean_n = query_latency(store, qrng, args.queries, art.published or START)
            cur, peak = rss_mb()
            size = (store.size_bytes() or 0) / 1e6
            print(f"{i:>9} {rate:>7.0f} {rate_all:>9.0f} {st['events']:>8} {size:>8.1f} "
                  f"{p50:>8.1f} {p95:>8.1f} {mean_n:>8.0f} {cur:>7.0f} {peak:>7.0f}", flush=True)
            tlast, last_i = time.perf_counter(), i
    st = store.stats()
    print(f"done: {st['articles']} articles, {st['mentions']} mentions, {st['events']} canonical events "
          f"({st['events_multi_source']} with 2+ sources) in {time.perf_counter() - t0:.0f} s", flush=True)
    store.close()


PLACES: dict = {}

if __name__ == "__main__":
    main(sys.argv[1:])
