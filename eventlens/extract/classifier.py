"""A small statistical sentence classifier: does this sentence report a political event, and of
which family (violence, protest, riot, strategic)?

It backs up the trigger lexicon: the lexicon is precise about *what kind* of event, the
classifier is better at *whether* a sentence reports one at all ("the striker shot wide" has a
trigger word but no event).  The model is a linear softmax over hashed word unigrams and
bigrams, stored as a compressed ``.npz`` of a few MB: numpy at run time, no torch.  It is trained
by ``eventlens train sentence-classifier`` (``eventlens/extract/train.py``); its provenance is in
``eventlens/data/sentence_clf.md``.
"""

from __future__ import annotations

import functools
import re
import zlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

LABELS = ("none", "violence", "protest", "riot", "strategic")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")
#: digits carry no class signal but vary a lot; map them to one token
_DIGITS = re.compile(r"^\d+$")


def features(text: str, n_buckets: int) -> np.ndarray:
    """Hashed bucket ids of lowercase unigrams and bigrams (crc32: stable across processes)."""
    words = ["<num>" if _DIGITS.match(w) else w for w in _WORD.findall(text.lower())]
    grams = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    return np.fromiter((zlib.crc32(g.encode()) % n_buckets for g in grams), dtype=np.int64, count=len(grams))


@dataclass(frozen=True)
class SentenceClassifier:
    weights: np.ndarray  # (n_buckets, n_labels) float32
    bias: np.ndarray  # (n_labels,)
    labels: tuple[str, ...]

    @property
    def n_buckets(self) -> int:
        return self.weights.shape[0]

    def predict_proba(self, text: str) -> dict[str, float]:
        ids = features(text, self.n_buckets)
        if len(ids):
            # binary features, as in training: each distinct gram counts once
            logits = self.weights[np.unique(ids)].sum(axis=0) + self.bias
        else:
            logits = self.bias.copy()
        logits = logits - logits.max()
        p = np.exp(logits)
        p /= p.sum()
        return {label: float(v) for label, v in zip(self.labels, p)}

    def p_event(self, text: str) -> float:
        return 1.0 - self.predict_proba(text)["none"]

    def save(self, path: str | Path) -> None:
        np.savez_compressed(
            path, weights=self.weights.astype(np.float16), bias=self.bias.astype(np.float32),
            labels=np.array(self.labels),
        )

    @classmethod
    def load(cls, path: str | Path | None = None) -> "SentenceClassifier | None":
        """The packaged model, or ``path``; None when no model file exists (rules work alone)."""
        return _load(str(path)) if path else _load_packaged("sentence_clf.npz")

    @classmethod
    def load_packaged(cls, name: str) -> "SentenceClassifier | None":
        """A model file shipped in ``eventlens/data`` (e.g. the PLOVER typer); None when absent."""
        return _load_packaged(name)


@functools.lru_cache(maxsize=4)
def _load(path: str) -> SentenceClassifier:
    return _read(Path(path))


@functools.lru_cache(maxsize=4)
def _load_packaged(name: str) -> SentenceClassifier | None:
    ref = resources.files("eventlens.data").joinpath(name)
    if not ref.is_file():
        return None
    with resources.as_file(ref) as p:
        return _read(p)


def _read(path: Path) -> SentenceClassifier:
    with np.load(path, allow_pickle=False) as z:
        return SentenceClassifier(
            weights=z["weights"].astype(np.float32),
            bias=z["bias"].astype(np.float32),
            labels=tuple(str(x) for x in z["labels"]),
        )
