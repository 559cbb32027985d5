"""The event verifier: how likely is it that a careful coder would code this assembled event?

The rules find candidate events with high recall; many false ones share traits that no single
rule sees but that weigh together: told once, far down the article, in a sentence the sentence
classifier doubts, with no date, place or actor of its own, in an article that otherwise reads
as sport or business.  The verifier is a logistic regression over such traits of the assembled
event and its article (``FEATURES``).  The event's ``confidence`` becomes the mean of the rules'
certainty and the verifier's probability, so ``min_confidence`` drops what both doubt: on its own
the verifier would also drop true events told late and vaguely dated ("In recent days, rocket
attacks have targeted the coalition"), which the rules are sure of.

It is trained by ``eventlens train event-verifier`` on articles and gold the project wrote
(``samples/``); the weights ship as a small JSON file with its provenance beside it
(``eventlens/data/event_verifier.md``).  numpy only at run time.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from eventlens.extract.classifier import SentenceClassifier
from eventlens.schema import ACLED_TAXONOMY, Article, Event

#: names of the features, in the order of the weight vector
FEATURES: tuple[str, ...] = (
    "rule_confidence",  # the rules' own certainty (typing, own place, date, actor, lead)
    "p_event_trigger",  # the sentence classifier's P(event) for the best of the event's sentences
    "p_event_headline",  # ... for the title, or the first body sentence when there is none
    "article_event_share",  # share of the article's sentences the classifier reads as events
    "p_event_article",  # the article classifier's P(the story reports an event at all), read over the whole text
    "n_mentions",  # how often the article tells this happening (capped at 4, over 4)
    "in_lead",  # told in the article's first two sentences
    "position",  # where its first telling starts, as a share of the article's length
    "dated",  # a date expression of its own
    "day_precision",
    "background",
    "age",  # days between the event and publication (log scale, 0..1 over ten years)
    "own_place",  # a place phrase of its own (not the dateline's fallback)
    "place_precision_1",
    "actor1_named",  # an actor other than an unidentified group
    "actor2",
    "fatalities",
    "injured",
    "arrested",
    "crowd",
    "attribution",
    "claims",
    "n_events_in_article",  # log scale, 0..1 over 16
    *(f"type={t}" for t in ACLED_TAXONOMY),
)


@dataclass(frozen=True)
class ArticleView:
    """What the verifier reads of the article the events came from."""

    article: Article
    #: (start, end) character offsets of the body's sentences, in order
    sentences: Sequence[tuple[int, int]]
    #: the classifier's P(event) for each sentence, in the same order
    p_event: Sequence[float]
    p_event_headline: float
    #: the article classifier's P(event) for the whole story (0.5 without that model)
    p_event_article: float = 0.5

    @classmethod
    def build(
        cls, article: Article, sentences: Sequence[tuple[int, int]], classifier: SentenceClassifier | None,
        article_classifier: SentenceClassifier | None = None,
    ) -> "ArticleView":
        text = article.text
        if classifier is None:
            p = [0.5] * len(sentences)
            head = 0.5
        else:
            p = [classifier.p_event(text[s:e]) for s, e in sentences]
            head = classifier.p_event(article.title) if article.title else (p[0] if p else 0.5)
        whole = article_probability(article_classifier, article)
        return cls(article, list(sentences), p, head, whole)

    def sentence_of(self, char: int) -> int | None:
        for i, (s, e) in enumerate(self.sentences):
            if s <= char < e:
                return i
        return None


#: the article classifier's file in ``eventlens/data``: the sentence classifier's hashed linear model,
#: with the labels none/event, over a whole story (``eventlens train event-verifier`` writes both)
ARTICLE_MODEL = "article_clf.npz"


def article_text(article: Article) -> str:
    """What the article classifier reads: the caption and the body."""
    return f"{article.title}\n{article.text}" if article.title else article.text


#: the article classifier sums the weights of the words it knows, learnt from stories of 80 to 500
#: words: a coder's note or a snippet gives that sum too little to go on (it read every ACLED note
#: as event-free), so a text this short keeps the neutral 0.5
ARTICLE_MIN_WORDS = 150


def article_probability(article_classifier: SentenceClassifier | None, article: Article) -> float:
    """The article classifier's P(event) for the story; 0.5 without the model or for a short text."""
    if article_classifier is None or len(article.text.split()) < ARTICLE_MIN_WORDS:
        return 0.5
    return article_classifier.p_event(article_text(article))


def load_article_classifier() -> SentenceClassifier | None:
    """The packaged article classifier (``article_clf.npz``); None when absent (its feature stays 0.5)."""
    return SentenceClassifier.load_packaged(ARTICLE_MODEL)


def event_features(event: Event, view: ArticleView, article_events: Sequence[Event]) -> np.ndarray:
    """The feature vector of one event among the article's (order: ``FEATURES``)."""
    n_events = len(article_events)
    text_len = max(1, len(view.article.text))
    by_field: dict[str, list] = {}
    for ev in event.evidence:
        by_field.setdefault(ev.field, []).append(ev)
    triggers = sorted(by_field.get("trigger", []), key=lambda e: e.start)
    sent_ids = sorted({i for t in triggers if (i := view.sentence_of(t.start)) is not None})
    first = triggers[0].start if triggers else 0
    p_trig = max((view.p_event[i] for i in sent_ids), default=0.5)
    share = (sum(p > 0.5 for p in view.p_event) / len(view.p_event)) if view.p_event else 0.5
    published = view.article.published
    age = 0.0
    if published is not None and event.event_date is not None:
        age = min(1.0, math.log1p(abs((published - event.event_date).days)) / math.log1p(3650))
    loc = event.location
    a1 = event.actor1
    values = {
        "rule_confidence": event.confidence,
        "p_event_trigger": p_trig,
        "p_event_headline": view.p_event_headline,
        "article_event_share": share,
        "p_event_article": view.p_event_article,
        "n_mentions": min(len(sent_ids), 4) / 4,
        "in_lead": float(bool(sent_ids) and sent_ids[0] < 2),
        "position": first / text_len,
        "dated": float("event_date" in by_field),
        "day_precision": float(event.date_precision == "day"),
        "background": float(event.background),
        "age": age,
        "own_place": float("location" in by_field),
        "place_precision_1": float(loc is not None and loc.geo_precision == 1),
        "actor1_named": float(a1 is not None and not a1.name.startswith("Unidentified")),
        "actor2": float(event.actor2 is not None),
        # a count the text gives, "no casualties" (0) included: a detail a summary rarely has
        "fatalities": float(event.fatalities.best is not None),
        "injured": float(event.injured.best is not None),
        "arrested": float(event.arrested.best is not None),
        "crowd": float(event.crowd_size.low is not None or event.crowd_size.high is not None),
        "attribution": float(bool(event.attribution)),
        "claims": float(bool(event.claims)),
        "n_events_in_article": min(1.0, math.log1p(n_events) / math.log1p(16)),
    }
    for t in ACLED_TAXONOMY:
        values[f"type={t}"] = float(event.event_type == t)
    return np.array([values[name] for name in FEATURES], dtype=np.float64)


#: the verifier reads stories: a text of fewer sentences (a coder's note, a headline, a snippet)
#: gives its article-level features nothing to go on, and there it would only second-guess the
#: rules (on ACLED notes it dropped 4% of true events), so their confidence stands
MIN_SENTENCES = 4


@dataclass(frozen=True)
class EventVerifier:
    weights: np.ndarray  # (len(FEATURES),)
    bias: float
    features: tuple[str, ...] = FEATURES

    def probability(self, x: np.ndarray) -> float:
        z = float(np.dot(self.weights, x) + self.bias)
        return 1.0 / (1.0 + math.exp(-z))

    def confidence(self, x: np.ndarray) -> float:
        """What the event's ``confidence`` becomes: the rules' and the verifier's, weighed alike."""
        return confidence_of(float(x[FEATURES.index("rule_confidence")]), self.probability(x))

    def rescore(self, events: list[Event], view: ArticleView) -> list[Event]:
        """The events with ``confidence`` rescored (a story of at least
        ``MIN_SENTENCES`` sentences; a shorter text keeps the rules' confidence)."""
        if len(view.sentences) < MIN_SENTENCES:
            return events
        return [
            e.model_copy(update={"confidence": round(self.confidence(event_features(e, view, events)), 3)})
            for e in events
        ]

    def to_json(self) -> str:
        return json.dumps({"features": list(self.features), "weights": [round(float(w), 6) for w in self.weights],
                           "bias": round(float(self.bias), 6)}, indent=1)

    @classmethod
    def from_json(cls, raw: str) -> "EventVerifier":
        data = json.loads(raw)
        if tuple(data["features"]) != FEATURES:
            # a model trained on other features would score nonsense: refuse it loudly
            raise ValueError("event verifier was trained on other features; retrain with `eventlens train event-verifier`")
        return cls(np.array(data["weights"], dtype=np.float64), float(data["bias"]))

    @classmethod
    def load(cls, path: str | Path | None = None) -> "EventVerifier | None":
        """The packaged verifier, or ``path``; None when no model file exists (rules' confidence stays)."""
        return _load(str(path) if path else None)


def confidence_of(rule_confidence: float, probability: float) -> float:
    return (rule_confidence + probability) / 2


@functools.lru_cache(maxsize=4)
def _load(path: str | None) -> EventVerifier | None:
    if path is None:
        ref = resources.files("eventlens.data").joinpath("event_verifier.json")
        if not ref.is_file():
            return None
        return EventVerifier.from_json(ref.read_text("utf-8"))
    return EventVerifier.from_json(Path(path).read_text("utf-8"))

