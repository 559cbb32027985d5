"""Consistency checks for the held-out corpus (samples/holdout/): files, gold, manifest."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from corpus_checks import (
    SAMPLES,
    check_article,
    check_gold_events,
    check_manifest,
    corpus_articles,
    read_jsonl,
)

from eventlens.schema import Event

HOLDOUT = SAMPLES / "holdout"


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return read_jsonl(HOLDOUT / "gold.jsonl")


@pytest.fixture(scope="module")
def manifest() -> list[dict]:
    return read_jsonl(HOLDOUT / "manifest.jsonl")


def _articles():
    return corpus_articles(HOLDOUT)


def test_article_ids_named_and_disjoint_from_samples() -> None:
    stems = [p.stem for p in (HOLDOUT / "articles").glob("*.txt")] + [
        p.stem for p in (HOLDOUT / "negatives").glob("*.txt")]
    assert len(stems) == len(set(stems))
    assert all(re.fullmatch(r"\d{2}_[a-z0-9_]+", s) for s in stems)
    # the two corpora may be pooled, so ids must not collide
    assert not set(stems) & set(corpus_articles(SAMPLES))


@pytest.mark.parametrize("stem", sorted(_articles()))
def test_article_parses(stem: str) -> None:
    check_article(_articles()[stem], 140, 360)


def test_gold_lines_validate(gold: list[dict]) -> None:
    ids = [Event.model_validate(rec).event_id for rec in gold]
    assert len(ids) == len(set(ids))
    sample_ids = {rec["event_id"] for rec in read_jsonl(SAMPLES / "gold.jsonl")}
    assert not set(ids) & sample_ids


def test_gold_fields(gold: list[dict]) -> None:
    check_gold_events(gold, _articles())


def test_manifest_consistent(gold: list[dict], manifest: list[dict]) -> None:
    check_manifest(gold, manifest, _articles(), paths=True)


def test_size(gold: list[dict], manifest: list[dict]) -> None:
    kinds = Counter(m["kind"] for m in manifest)
    assert kinds["event"] == 16 and kinds["negative"] == 30
    assert any(rec["background"] for rec in gold)
