"""Training data and fitting for the event verifier (``eventlens train event-verifier``).

Each candidate event the rules assemble from an article is labelled by the hand-coded gold: 1 when
it matches a gold event (the same matching ``eventlens evaluate`` uses), 0 otherwise, and every
event from an article that reports none (``kind: negative`` in the manifest) is 0.  Only text the
project wrote is read (``samples/``); ACLED and CASE 2021 stay evaluation data.

Needs scikit-learn (the ``train`` extra); the verifier it writes needs only numpy.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from eventlens.assemble.verify import FEATURES, MIN_SENTENCES, EventVerifier, confidence_of, event_features
from eventlens.evaluate.match import MatchRule, assign
from eventlens.schema import Article, Event


@dataclass
class VerifierData:
    x: list[np.ndarray] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    #: the article each row came from (folds never split an article)
    doc: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.y)

    def subset(self, docs: set[str]) -> "VerifierData":
        keep = [i for i, d in enumerate(self.doc) if d in docs]
        return VerifierData([self.x[i] for i in keep], [self.y[i] for i in keep], [self.doc[i] for i in keep])


def collect(pipeline, articles: Iterable[Article], gold: Sequence[Event]) -> VerifierData:
    """Candidate events of ``pipeline`` (a :class:`~eventlens.engine.local.Pipeline`) on ``articles``,
    with their features and gold labels."""
    by_doc: dict[str, list[Event]] = {}
    for g in gold:
        by_doc.setdefault(g.doc_ids[0], []).append(g)
    data = VerifierData()
    for art in articles:
        events, view = pipeline.candidates(art)
        if len(view.sentences) < MIN_SENTENCES:
            continue  # the verifier leaves such texts alone, so it does not learn from them
        gold_here = by_doc.get(art.id, [])
        matched = {pi for _, pi, _ in assign(gold_here, events, MatchRule())} if gold_here and events else set()
        for i, ev in enumerate(events):
            data.x.append(event_features(ev, view, events))
            data.y.append(int(i in matched))
            data.doc.append(art.id)
    return data


#: weight of an unmatched candidate against a matched one in training: below 1, a missed event costs
#: more than a false one, so the engine's 0.5 confidence cut sits where held-out F1 peaks on our
#: samples (0.5 weight ~ a cut at 0.33 of the unweighted probability)
UNMATCHED_WEIGHT = 0.5


def fit(data: VerifierData, c: float = 1.0, seed: int = 13, unmatched_weight: float = UNMATCHED_WEIGHT) -> EventVerifier:
    """A logistic regression over the candidates' features."""
    from sklearn.linear_model import LogisticRegression

    if len(set(data.y)) < 2:
        raise ValueError("the verifier needs both matched and unmatched candidate events to learn from")
    model = LogisticRegression(C=c, max_iter=5000, random_state=seed, class_weight={0: unmatched_weight, 1: 1.0})
    model.fit(np.vstack(data.x), np.array(data.y))
    return EventVerifier(model.coef_[0].astype(np.float64), float(model.intercept_[0]))


def held_out_probabilities(data: VerifierData, folds: int = 5, c: float = 1.0, seed: int = 13,
                           unmatched_weight: float = UNMATCHED_WEIGHT) -> np.ndarray:
    """Each candidate's probability from a model fitted without its article (k folds of articles)."""
    docs = sorted(set(data.doc))
    random.Random(seed).shuffle(docs)
    fold_of = {d: k % folds for k, d in enumerate(docs)}
    out = np.zeros(len(data))
    for f in range(folds):
        model = fit(data.subset({d for d in docs if fold_of[d] != f}), c=c, seed=seed, unmatched_weight=unmatched_weight)
        for i, d in enumerate(data.doc):
            if fold_of[d] == f:
                out[i] = model.probability(data.x[i])
    return out


def cross_validate(data: VerifierData, threshold: float, negative_docs: set[str], folds: int = 5,
                   c: float = 1.0, seed: int = 13, unmatched_weight: float = UNMATCHED_WEIGHT) -> dict:
    """Held-out figures: matched and unmatched candidates whose rescored confidence reaches the
    threshold, and the event-free articles left with an event, against the rules' confidence alone."""
    p = held_out_probabilities(data, folds, c, seed, unmatched_weight)
    rule = np.array([x[FEATURES.index("rule_confidence")] for x in data.x])
    keep = np.array([confidence_of(r, q) for r, q in zip(rule, p)]) >= threshold
    y = np.array(data.y)
    neg_with = {d for d, k in zip(data.doc, keep) if k and d in negative_docs}
    rule_keep = rule >= threshold
    return {"rules_kept_matched": int((rule_keep & (y == 1)).sum()), "rules_kept_unmatched": int((rule_keep & (y == 0)).sum()),
            "rules_negative_articles_with_events": len({d for d, k in zip(data.doc, rule_keep) if k and d in negative_docs}),
            "candidates_matched": int(y.sum()), "candidates_unmatched": int(len(y) - y.sum()),
            "cv_kept_matched": int((keep & (y == 1)).sum()), "cv_kept_unmatched": int((keep & (y == 0)).sum()),
            "negative_articles_with_candidates": len({d for d in data.doc if d in negative_docs}),
            "cv_negative_articles_with_events": len(neg_with)}


def weights_table(model: EventVerifier) -> list[str]:
    return [f"| {name} | {w:+.3f} |" for name, w in sorted(zip(FEATURES, model.weights), key=lambda t: -abs(t[1]))]
