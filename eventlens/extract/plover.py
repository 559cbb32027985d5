"""PLOVER typing of sentences that carry no ACLED event: meetings, agreements, demands, aid,
sanctions, withdrawals, arrests as policy ... (PLOVER's 16 types; ACLED codes only part of them).

A statistical sentence typer (the same hashed-gram linear model as ``extract.classifier``, with
PLOVER's labels and "none") says which type a sentence reports; the parse says who did it to
whom: the subject of the sentence's main verb is the source, its object (or the object of a
preposition hanging on it: "met with", "sanctions on") the target.  It is trained by
``eventlens train plover-typer`` (``eventlens/data/plover_clf.md`` has its provenance).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventlens.extract.classifier import SentenceClassifier
from eventlens.extract.spans import SpanRef
from eventlens.schema import PLOVER_TYPES

PLOVER_LABELS: tuple[str, ...] = ("none", *PLOVER_TYPES)
#: the least probability of the typer's first choice (over 17 labels) that makes a record: held
#: out on the PLOVER gold, 0.2 keeps 82% of sentences typed at 46% accuracy, 0.4 only 33%
MIN_PROBABILITY = 0.2
#: verbs that only report what someone else did or said: the action is in their clause
_REPORTING = {"say", "tell", "report", "state", "add", "announce", "confirm", "claim"}
#: named entities that can be a side: people, groups, places standing for their governments
_ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
#: people named by their role ("the defence minister", "refugees")
_PEOPLE_NOUNS = {"minister", "president", "leader", "official", "government", "army", "police", "rebel", "refugee",
                 "protester", "worker", "student", "civilian", "soldier", "troop", "force", "militant", "party",
                 "opposition", "delegation", "envoy", "ambassador", "diplomat", "negotiator", "peacekeeper",
                 "prisoner", "detainee", "journalist", "activist", "union", "authority", "regime", "chief",
                 "commander", "counterpart", "king", "prime", "premier", "chancellor", "secretary", "spokesman"}


@dataclass(frozen=True)
class PloverMention:
    plover_type: str
    probability: float
    #: the first choice's share of the first two (0.5-1): how clearly the typer chose
    certainty: float
    sentence: SpanRef
    trigger: SpanRef
    source: SpanRef | None
    target: SpanRef | None


def load_typer() -> SentenceClassifier | None:
    """The packaged PLOVER typer; None when the model file is absent."""
    return SentenceClassifier.load_packaged("plover_clf.npz")


def _phrase(tok: Token) -> SpanRef:
    """The noun phrase a token heads, without a trailing relative clause or apposition."""
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("compound", "amod", "poss", "nummod", "flat", "nmod") or (
                child.dep_ == "prep" and child.lower_ == "of"):
            right = child.right_edge.i
    while left < tok.i and tok.doc[left].is_space:
        left += 1  # the blanks that stand for a dateline
    span = tok.doc[left : right + 1]
    return SpanRef(span.start_char, span.end_char, span.text)


def _action_verb(sent: Span) -> Token:
    root = sent.root
    if root.lemma_.lower() in _REPORTING:
        # "The ministry said it had signed the deal": the signing is the action
        inner = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None)
        if inner is not None:
            return inner
    return root


def _names_an_actor(tok: Token) -> bool:
    """Does the noun phrase ``tok`` heads name someone (a person, group, place standing for its
    government) rather than a thing ("concessions", "a formula", "Saturday")?"""
    if tok.ent_type_ and tok.ent_type_ not in _ACTOR_ENTS:
        return False  # "on Thursday", "by 2 percent"
    span = tok.doc[tok.left_edge.i : tok.i + 1]
    return tok.ent_type_ in _ACTOR_ENTS or tok.pos_ == "PROPN" or tok.lemma_.lower() in _PEOPLE_NOUNS or any(
        t.ent_type_ in _ACTOR_ENTS for t in span)


def _target(verb: Token, source: Token | None) -> Token | None:
    """The first object under the verb that names an actor: its direct object, or the object of
    a preposition below it ("paid a visit to Amman", "agreed to send troops to Lebanon")."""
    skip = set(range(source.left_edge.i, source.right_edge.i + 1)) if source is not None else set()
    for tok in verb.subtree:
        if tok.i in skip or tok.i == verb.i or tok.dep_ not in ("dobj", "dative", "pobj"):
            continue
        if _names_an_actor(tok):
            return tok
    return None


def _roles(verb: Token, sent: Span) -> tuple[SpanRef | None, SpanRef | None]:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        # "X was arrested by police", "aid was delivered to families by the WFP" (the parser
        # often hangs "by" on the nearest noun, so any "by" under the verb will do)
        by = next((t for t in verb.subtree if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by")), None)
        source = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        target = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"), None)
        return (_phrase(source) if source is not None else None, _phrase(target) if target is not None else None)
    source = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if source is None and verb.dep_ in ("ccomp", "xcomp"):
        # "X said it would ...": the reporting verb's subject speaks for the pronoun
        source = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    target = _target(verb, source)
    return (_phrase(source) if source is not None else None, _phrase(target) if target is not None else None)


def type_sentence(sent: Span, typer: SentenceClassifier) -> PloverMention | None:
    """The PLOVER type the sentence reports, with its source and target; None for none."""
    probs = typer.predict_proba(sent.text)
    first, second = sorted(probs, key=probs.get, reverse=True)[:2]
    if first == "none" or probs[first] < MIN_PROBABILITY:  # read at call time: benches may vary it
        return None
    verb = _action_verb(sent)
    source, target = _roles(verb, sent)
    return PloverMention(
        plover_type=first, probability=probs[first], certainty=probs[first] / (probs[first] + probs[second]),
        sentence=SpanRef.of(sent), trigger=SpanRef.of(verb),
        source=source, target=target,
    )
