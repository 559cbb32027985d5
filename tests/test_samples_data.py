"""Consistency checks for the hand-written sample corpus and its gold events (samples/)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from eventlens.schema import ACLED_TAXONOMY, PLOVER_TYPES, SUB_EVENT_PARENT, Event

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
FIRST_LINE = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2})\b")
DATELINE = re.compile(r"^[A-Z][A-Z .,'-]+(, [A-Za-z .]+)? \([A-Za-z]+\) (—|-) ")


def _jsonl(name: str) -> list[dict]:
    with (SAMPLES / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return _jsonl("gold.jsonl")


@pytest.fixture(scope="module")
def manifest() -> list[dict]:
    return _jsonl("manifest.jsonl")


def _articles() -> dict[str, Path]:
    paths = sorted((SAMPLES / "articles").glob("*.txt")) + sorted((SAMPLES / "negatives").glob("*.txt"))
    return {p.stem: p for p in paths}


def _parse(path: Path) -> tuple[dt.date, str]:
    text = path.read_text(encoding="utf-8")
    first, _, body = text.partition("\n")
    m = FIRST_LINE.match(first)
    assert m, f"{path.name}: first line must be 'date YYYY-MM-DD ...'"
    return dt.date.fromisoformat(m.group(1)), body


def test_article_ids_unique_and_named() -> None:
    stems = [p.stem for p in (SAMPLES / "articles").glob("*.txt")] + [
        p.stem for p in (SAMPLES / "negatives").glob("*.txt")]
    assert len(stems) == len(set(stems))
    assert all(re.fullmatch(r"\d{2}_[a-z0-9_]+", s) for s in stems)


@pytest.mark.parametrize("stem", sorted(_articles()))
def test_article_parses(stem: str) -> None:
    published, body = _parse(_articles()[stem])
    assert dt.date(1990, 1, 1) <= published <= dt.date.today()
    assert body.startswith("\n"), "a blank line must follow the date line"
    text = body.strip()
    assert DATELINE.match(text), f"{stem}: body must open with a dateline"
    assert 110 <= len(text.split()) <= 420


def test_gold_lines_validate(gold: list[dict]) -> None:
    ids = [Event.model_validate(rec).event_id for rec in gold]
    assert len(ids) == len(set(ids))


def test_gold_taxonomy_and_fields(gold: list[dict]) -> None:
    articles = _articles()
    for rec in gold:
        ev = Event.model_validate(rec)
        assert ev.sub_event_type in SUB_EVENT_PARENT, ev.sub_event_type
        assert SUB_EVENT_PARENT[ev.sub_event_type] == ev.event_type
        assert ev.plover_type in PLOVER_TYPES
        assert ev.doc_ids and all(d in articles for d in ev.doc_ids)
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
        assert m["n_events"] == per_doc.get(m["id"], 0)
        assert (m["n_events"] > 0) == (m["kind"] == "event")


def test_corpus_coverage(gold: list[dict], manifest: list[dict]) -> None:
    kinds = Counter(m["kind"] for m in manifest)
    assert kinds["event"] >= 30 and kinds["negative"] >= 50
    assert {rec["event_type"] for rec in gold} == set(ACLED_TAXONOMY)
    assert len({rec["sub_event_type"] for rec in gold}) >= 20
    assert any(rec["background"] for rec in gold)


def test_defining_example(gold: list[dict]) -> None:
    kut = [rec for rec in gold if rec["doc_ids"] == ["01_kut_protest"]]
    assert len(kut) == 3
    assert sum(rec["background"] for rec in kut) == 1
    published, _ = _parse(_articles()["01_kut_protest"])
    assert published == dt.date(2022, 1, 8)
