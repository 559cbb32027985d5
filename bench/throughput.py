"""Extraction throughput: articles/s, words/s and peak memory, for 1 and 2 processes.

The corpus is the bundled sample articles (events and negatives) replicated until it reaches
--min-mb (default 2 MB).  Prints figures; asserts nothing.

    .venv/bin/python bench/throughput.py [--min-mb 2] [--processes 1 2]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventlens.engine.local import Pipeline  # noqa: E402
from eventlens.ingest import read_inputs  # noqa: E402
from eventlens.schema import Article  # noqa: E402


def corpus(min_mb: float) -> list[Article]:
    base = [a for a in read_inputs([str(ROOT / "samples" / "articles"), str(ROOT / "samples" / "negatives")])
            if isinstance(a, Article)]
    out: list[Article] = []
    size = 0
    i = 0
    while size < min_mb * 1_000_000:
        a = base[i % len(base)]
        out.append(a.model_copy(update={"id": f"{a.id}#{i // len(base)}"}))
        size += len(a.text.encode())
        i += 1
    return out


def peak_rss_mb(children: bool = False) -> float:
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def run(articles: list[Article], n_process: int) -> dict:
    pipe = Pipeline.load()
    words = sum(len(a.text.split()) for a in articles)
    t0 = time.perf_counter()
    n_events = 0
    for res in pipe.extract_many(articles, n_process=n_process):
        n_events += len(res.events)
    dt = time.perf_counter() - t0
    return {
        "processes": n_process,
        "articles": len(articles),
        "words": words,
        "seconds": round(dt, 1),
        "articles_per_s": round(len(articles) / dt, 1),
        "words_per_s": round(words / dt),
        "events": n_events,
        "peak_rss_mb_main": round(peak_rss_mb(), 0),
        "peak_rss_mb_workers": round(peak_rss_mb(children=True), 0),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--min-mb", type=float, default=2.0)
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    arts = corpus(args.min_mb)
    mb = sum(len(a.text.encode()) for a in arts) / 1e6
    print(f"corpus: {len(arts)} articles, {mb:.2f} MB; cores: {os.cpu_count()}")
    for n in args.processes:
        print(run(arts, n))


if __name__ == "__main__":
    main()
