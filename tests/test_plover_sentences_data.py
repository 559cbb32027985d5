"""Consistency checks for the hand-written PLOVER sentence-typer training corpus."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import eventlens

CORPUS = Path(eventlens.__file__).parent / "data" / "training" / "plover_sentences.jsonl"
LABELS = set(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT none".split()
)


def _rows() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_every_row_has_text_and_a_known_label():
    for row in _rows():
        assert set(row) == {"text", "label"}
        assert row["label"] in LABELS
        assert 8 <= len(row["text"].split()) <= 60


def test_all_labels_present_with_enough_examples():
    counts = Counter(row["label"] for row in _rows())
    assert set(counts) == LABELS
    assert min(counts.values()) >= 30


def test_no_duplicate_texts():
    texts = [row["text"].strip().lower() for row in _rows()]
    assert len(texts) == len(set(texts))
