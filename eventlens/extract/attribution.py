"""Who says so: attribution ("a security source said") and claims (accusations, claims of
responsibility, denials) in a sentence, from the parse."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from eventlens.extract.spans import SpanRef, phrase_span, pobj

REPORTING_VERBS = {
    "say", "tell", "report", "confirm", "announce", "add", "state", "claim", "quote", "note",
    "explain", "allege", "assert", "accord", "write", "tweet",
}
DENY_HEADS = {"deny", "dismiss", "reject", "refute"}
PROTESTER_HEADS = {"protester", "protestor", "demonstrator", "marcher", "rally", "protest", "crowd"}


@dataclass
class AttributionRef:
    source: str
    span: SpanRef


@dataclass
class ClaimRef:
    claimant: str
    kind: str
    target: str | None
    span: SpanRef


def find_attribution(sent: Span, body_start: int = 0) -> list[AttributionRef]:
    """Who reports what the sentence says: the subject of a reporting verb, or "according to X"."""
    out: list[AttributionRef] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and lemma in REPORTING_VERBS and lemma != "accord":
            for c in tok.children:
                if c.dep_ == "nsubj" and c.pos_ != "PRON" and c.idx >= body_start:
                    span = phrase_span(c)
                    out.append(AttributionRef(_source_name(span), SpanRef.of(sent.doc[span.start : max(span.end, tok.i + 1)])))
        if tok.lower_ == "according" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
            to = sent.doc[tok.i + 1]
            obj = pobj(to)
            if obj is not None:
                span = phrase_span(obj)
                out.append(AttributionRef(_source_name(span), SpanRef.of(sent.doc[tok.i : span.end])))
    return out


def _source_name(span: Span) -> str:
    words = [t for t in span if t.dep_ not in ("det",) and t.lower_ not in ("a", "an", "the")]
    return " ".join(t.text for t in words) or span.text


def find_claims(sent: Span) -> list[ClaimRef]:
    out: list[ClaimRef] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        claimant = _source_name(phrase_span(subj)) if subj is not None else None
        if claimant is None:
            continue
        if lemma == "blame":
            target = None
            kids = list(tok.children) + [g for c in tok.children if c.dep_ == "dobj" for g in c.children]
            for c in kids:
                if c.dep_ == "prep" and c.lower_ == "on":
                    obj = pobj(c)
                    target = phrase_span(obj).text if obj is not None else None
                elif c.dep_ in ("dobj",) and target is None and c.lemma_.lower() not in PROTESTER_HEADS | {"attack", "attacks", "strike", "bombing", "killing", "violence", "incident", "shooting", "blast"}:
                    target = phrase_span(c).text
            out.append(ClaimRef(claimant, "accuse", target, SpanRef.of(sent)))
        elif lemma == "accuse":
            dobj = next((c for c in tok.children if c.dep_ in ("dobj",)), None)
            out.append(ClaimRef(claimant, "accuse", phrase_span(dobj).text if dobj is not None else None, SpanRef.of(sent)))
        elif lemma in ("claim", "assume") and any(c.lemma_.lower() == "responsibility" for c in tok.subtree):
            out.append(ClaimRef(claimant, "claim responsibility", None, SpanRef.of(sent)))
        elif lemma in DENY_HEADS:
            out.append(ClaimRef(claimant, "deny", None, SpanRef.of(sent)))
    return out
