"""Consistency checks for the held-out corpus (samples/holdout/): files, gold, manifest."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from eventlens.schema import PLOVER_TYPES, SUB_EVENT_PARENT, Event

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
HOLDOUT = SAMPLES / "holdout"
FIRST_LINE = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\b")
DATELINE = re.compile(r"^[A-Z][A-Z .,'-]+(, [A-Za-z .]+)? \([A-Za-z]+\) (—|-) ")


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return _jsonl(HOLDOUT / "gold.jsonl")


@pytest.fixture(scope="module")
def manifest() -> list[dict]:
    return _jsonl(HOLDOUT / "manifest.jsonl")


def _articles(root: Path = HOLDOUT) -> dict[str, Path]:
    paths = sorted((root / "articles").glob("*.txt")) + sorted((root / "negatives").glob("*.txt"))
    return {p.stem: p for p in paths}


def _parse(path: Path) -> tuple[dt.date, str]:
    text = path.read_text(encoding="utf-8")
    first, _, body = text.partition("\n")
    m = FIRST_LINE.match(first)
    assert m, f"{path.name}: first line must be 'date YYYY-MM-DD ...'"
    return dt.date.fromisoformat(m.group(1)), body


def test_article_ids_named_and_disjoint_from_samples() -> None:
    stems = [p.stem for p in (HOLDOUT / "articles").glob("*.txt")] + [
        p.stem for p in (HOLDOUT / "negatives").glob("*.txt")]
    assert len(stems) == len(set(stems))
    assert all(re.fullmatch(r"\d{2}_[a-z0-9_]+", s) for s in stems)
    # the two corpora may be pooled, so ids must not collide
    assert not set(stems) & set(_articles(SAMPLES))


@pytest.mark.parametrize("stem", sorted(_articles()))
def test_article_parses(stem: str) -> None:
    published, body = _parse(_articles()[stem])
    assert dt.date(1990, 1, 1) <= published <= dt.date.today()
    assert body.startswith("\n"), "a blank line must follow the date line"
    text = body.strip()
    assert DATELINE.match(text), f"{stem}: body must open with a dateline"
    assert 140 <= len(text.split()) <= 360


def test_gold_lines_validate(gold: list[dict]) -> None:
    ids = [Event.model_validate(rec).event_id for rec in gold]
    assert len(ids) == len(set(ids))
    sample_ids = {rec["event_id"] for rec in _jsonl(SAMPLES / "gold.jsonl")}
    assert not set(ids) & sample_ids


def test_gold_fields(gold: list[dict]) -> None:
    articles = _articles()
    for rec in gold:
        ev = Event.model_validate(rec)
        assert ev.sub_event_type in SUB_EVENT_PARENT, ev.sub_event_type
        assert SUB_EVENT_PARENT[ev.sub_event_type] == ev.event_type
        assert ev.plover_type in PLOVER_TYPES
        assert ev.doc_ids and all(d in articles for d in ev.doc_ids), ev.doc_ids
        assert all(articles[d].parent.name == "articles" for d in ev.doc_ids)
        assert ev.date_start <= ev.event_date <= ev.date_end
        assert (ev.date_precision == "day") == (ev.date_start == ev.date_end)
        published, _ = _parse(articles[ev.doc_ids[0]])
        assert ev.date_end <= published, f"{ev.event_id} ends after publication"
        assert ev.actor1 is not None and ev.location is not None
        loc = ev.location
        assert loc.iso3 and loc.admin1 and loc.geonames_id and loc.geo_precision
        assert -90 <= loc.latitude <= 90 and -180 <= loc.longitude <= 180
        for count in (ev.fatalities, ev.injured, ev.arrested):
            vals = [v for v in (count.low, count.best, count.high) if v is not None]
            assert vals == sorted(vals) and all(v >= 0 for v in vals)
        assert ev.confidence == 1.0


def test_manifest_consistent(gold: list[dict], manifest: list[dict]) -> None:
    articles = _articles()
    assert sorted(m["id"] for m in manifest) == sorted(articles)
    per_doc = Counter(d for rec in gold for d in rec["doc_ids"])
    for m in manifest:
        folder = "articles" if m["kind"] == "event" else "negatives"
        assert m["kind"] in ("event", "negative")
        assert articles[m["id"]].parent.name == folder
        assert m["path"] == f"{folder}/{articles[m['id']].name}"
        assert m["n_events"] == per_doc.get(m["id"], 0)
        assert (m["n_events"] > 0) == (m["kind"] == "event")


def test_size(gold: list[dict], manifest: list[dict]) -> None:
    kinds = Counter(m["kind"] for m in manifest)
    assert kinds["event"] == 16 and kinds["negative"] == 30
    assert any(rec["background"] for rec in gold)
