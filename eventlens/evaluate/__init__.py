"""Scoring eventlens output against gold events (see docs/evaluation.md)."""

from eventlens.evaluate.gold import (
    GoldSet,
    acled_csv_articles,
    acled_csv_pairs,
    load_gold,
    load_pred,
)
from eventlens.evaluate.match import TYPE_FAMILIES, MatchRule
from eventlens.evaluate.report import FieldScore, Report, score

__all__ = [
    "FieldScore",
    "GoldSet",
    "MatchRule",
    "Report",
    "TYPE_FAMILIES",
    "acled_csv_articles",
    "acled_csv_pairs",
    "load_gold",
    "load_pred",
    "score",
]
