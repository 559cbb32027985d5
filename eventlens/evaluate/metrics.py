"""Plain classification and detection metrics.

Written out by hand (numpy is not even needed) so that evaluation works without the optional
scikit-learn extra; the definitions follow the usual ones (sklearn's ``zero_division=0``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PRF:
    """Detection counts and the figures derived from them."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def prf_from_flags(gold: Sequence[bool], pred: Sequence[bool]) -> PRF:
    """Binary P/R/F1 where each item is positive or not (e.g. a sentence mentions a killing)."""
    _same_length(gold, pred)
    tp = sum(1 for g, p in zip(gold, pred) if g and p)
    fp = sum(1 for g, p in zip(gold, pred) if p and not g)
    fn = sum(1 for g, p in zip(gold, pred) if g and not p)
    return PRF(tp, fp, fn)


def accuracy(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    _same_length(gold, pred)
    if not gold:
        return 0.0
    return sum(1 for g, p in zip(gold, pred) if g == p) / len(gold)


def per_label_prf(
    gold: Sequence[Hashable], pred: Sequence[Hashable], labels: Sequence[Hashable] | None = None
) -> dict[Hashable, PRF]:
    """One-vs-rest counts per label; labels default to every label seen on either side."""
    _same_length(gold, pred)
    if labels is None:
        labels = sorted(set(gold) | set(pred), key=str)
    out: dict[Hashable, PRF] = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        out[label] = PRF(tp, fp, fn)
    return out


def macro_f1(
    gold: Sequence[Hashable], pred: Sequence[Hashable], labels: Sequence[Hashable] | None = None
) -> float:
    """Unweighted mean of per-label F1 over ``labels`` (default: labels on either side)."""
    per = per_label_prf(gold, pred, labels)
    return sum(x.f1 for x in per.values()) / len(per) if per else 0.0


def weighted_f1(
    gold: Sequence[Hashable], pred: Sequence[Hashable], labels: Sequence[Hashable] | None = None
) -> float:
    """Per-label F1 weighted by the label's gold support (labels absent from gold weigh 0)."""
    per = per_label_prf(gold, pred, labels)
    support = Counter(gold)
    total = sum(support[label] for label in per)
    if not total:
        return 0.0
    return sum(per[label].f1 * support[label] for label in per) / total


def confusion(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> dict[str, dict[str, int]]:
    """Nested counts ``{gold_label: {pred_label: n}}`` (labels as strings, for JSON)."""
    _same_length(gold, pred)
    out: dict[str, dict[str, int]] = {}
    for g, p in zip(gold, pred):
        row = out.setdefault(str(g), {})
        row[str(p)] = row.get(str(p), 0) + 1
    return out


def classification_summary(
    gold: Sequence[Hashable], pred: Sequence[Hashable], labels: Sequence[Hashable] | None = None
) -> dict:
    """Accuracy, macro-F1 and weighted F1 in one dict (n = number of items)."""
    return {
        "n": len(gold),
        "accuracy": accuracy(gold, pred),
        "macro_f1": macro_f1(gold, pred, labels),
        "weighted_f1": weighted_f1(gold, pred, labels),
    }


def _same_length(a: Sequence, b: Sequence) -> None:
    if len(a) != len(b):
        raise ValueError(f"gold and pred differ in length: {len(a)} != {len(b)}")
