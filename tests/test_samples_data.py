"""Consistency checks for the hand-written sample corpus and its gold events (samples/)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest
from corpus_checks import (
    SAMPLES,
    check_article,
    check_gold_events,
    check_manifest,
    corpus_articles,
    parse_article,
    read_jsonl,
)

from eventlens.schema import ACLED_TAXONOMY, Event


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return read_jsonl(SAMPLES / "gold.jsonl")


@pytest.fixture(scope="module")
def manifest() -> list[dict]:
    return read_jsonl(SAMPLES / "manifest.jsonl")


def _articles():
    return corpus_articles(SAMPLES)


def test_article_ids_unique_and_named() -> None:
    stems = [p.stem for p in (SAMPLES / "articles").glob("*.txt")] + [
        p.stem for p in (SAMPLES / "negatives").glob("*.txt")]
    assert len(stems) == len(set(stems))
    assert all(re.fullmatch(r"\d{2,4}_[a-z0-9_]+", s) for s in stems)  # (negatives passed 999 in session 14)


@pytest.mark.parametrize("stem", sorted(_articles()))
def test_article_parses(stem: str) -> None:
    # wire briefs of 70 words and long features of 500 occur in real feeds (session 13's batches)
    check_article(_articles()[stem], 65, 520)


def test_gold_lines_validate(gold: list[dict]) -> None:
    ids = [Event.model_validate(rec).event_id for rec in gold]
    assert len(ids) == len(set(ids))


def test_gold_taxonomy_and_fields(gold: list[dict]) -> None:
    check_gold_events(gold, _articles())


def test_manifest_consistent(gold: list[dict], manifest: list[dict]) -> None:
    check_manifest(gold, manifest, _articles(), paths=False)


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
    published, _ = parse_article(_articles()["01_kut_protest"])
    assert published == dt.date(2022, 1, 8)
