"""Checks shared by the tests of our two hand-written corpora (samples/ and samples/holdout/)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

from eventlens.schema import PLOVER_TYPES, SUB_EVENT_PARENT, Event

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
FIRST_LINE = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\b")
# capitals with accents too ("VIÑA DEL MAR", "BOGOTÁ")
DATELINE = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9 .,'-]+(, [A-Za-zÀ-ÿ .]+)? \([A-Za-z0-9'. -]+\) (—|-) ")


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def corpus_articles(root: Path) -> dict[str, Path]:
    paths = sorted((root / "articles").glob("*.txt")) + sorted((root / "negatives").glob("*.txt"))
    return {p.stem: p for p in paths}


def parse_article(path: Path) -> tuple[dt.date, str]:
    text = path.read_text(encoding="utf-8")
    first, _, body = text.partition("\n")
    m = FIRST_LINE.match(first)
    assert m, f"{path.name}: first line must be 'date YYYY-MM-DD ...'"
    return dt.date.fromisoformat(m.group(1)), body


def check_article(path: Path, min_words: int, max_words: int) -> None:
    published, body = parse_article(path)
    assert dt.date(1990, 1, 1) <= published <= dt.date.today()
    assert body.startswith("\n"), "a blank line must follow the date line"
    text = body.strip()
    assert DATELINE.match(text), f"{path.stem}: body must open with a dateline"
    assert min_words <= len(text.split()) <= max_words


def check_gold_events(gold: list[dict], articles: dict[str, Path]) -> None:
    for rec in gold:
        ev = Event.model_validate(rec)
        assert ev.sub_event_type in SUB_EVENT_PARENT, ev.sub_event_type
        assert SUB_EVENT_PARENT[ev.sub_event_type] == ev.event_type
        assert ev.plover_type in PLOVER_TYPES
        assert ev.doc_ids and all(d in articles for d in ev.doc_ids), ev.doc_ids
        assert all(articles[d].parent.name == "articles" for d in ev.doc_ids)
        assert ev.date_start <= ev.event_date <= ev.date_end
        assert (ev.date_precision == "day") == (ev.date_start == ev.date_end)
        published, _ = parse_article(articles[ev.doc_ids[0]])
        assert ev.date_end <= published, f"{ev.event_id} ends after publication"
        assert ev.actor1 is not None and ev.location is not None
        loc = ev.location
        assert loc.iso3 and loc.admin1 and loc.geonames_id and loc.geo_precision
        assert -90 <= loc.latitude <= 90 and -180 <= loc.longitude <= 180
        for count in (ev.fatalities, ev.injured, ev.arrested):
            vals = [v for v in (count.low, count.best, count.high) if v is not None]
            assert vals == sorted(vals) and all(v >= 0 for v in vals)
        assert ev.confidence == 1.0


def check_manifest(gold: list[dict], manifest: list[dict], articles: dict[str, Path], *, paths: bool) -> None:
    assert sorted(m["id"] for m in manifest) == sorted(articles)
    per_doc = Counter(d for rec in gold for d in rec["doc_ids"])
    for m in manifest:
        folder = "articles" if m["kind"] == "event" else "negatives"
        assert m["kind"] in ("event", "negative")
        assert articles[m["id"]].parent.name == folder
        if paths:
            assert m["path"] == f"{folder}/{articles[m['id']].name}"
        assert m["n_events"] == per_doc.get(m["id"], 0)
        assert (m["n_events"] > 0) == (m["kind"] == "event")
