"""Roles: who acted (actor 1) and on whom (actor 2), read from the parse.

The parse gives the grammatical roles of the trigger (subject, object, agent of a passive,
"opened fire on"); where the small English model leaves a verb without a subject the nearest
armed, state or civilian noun on the right side stands in.  What the phrases resolve to
(canonical actors, inter codes) is ``resolve.actors``' job; ACLED's role conventions by event
type are applied in ``assemble.conventions``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventlens.extract.lexicon import Cue
from eventlens.extract.spans import SpanRef, phrase_span, pobj

PERCEPTION_VERBS = {"show", "see", "film", "witness", "record", "spot", "capture", "hear", "watch", "catch"}


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


SYMMETRIC_VERBS = {"clash", "fight", "engage", "battle", "exchange", "skirmish"}
#: weapons and things are never actors ("four artillery shells", "a military vehicle")
NON_ACTOR_NOUNS = {"shell", "round", "projectile", "vehicle", "car", "truck", "weapon", "ammunition", "bomb",
                   "rocket", "missile", "mortar", "device", "ied", "mine", "grenade", "drone", "house", "home",
                   "building", "bridge", "road", "crop", "field", "area", "village", "town", "city"}


def verb_roles(verb: Token) -> tuple[Token | None, Token | None]:
    actor1 = actor2 = None
    for c in verb.children:
        if c.dep_ == "nsubj":
            actor1 = c
        elif c.dep_ == "nsubjpass":
            actor2 = c
        elif c.dep_ in ("dobj", "obj") and actor2 is None:
            actor2 = c
        elif c.dep_ == "agent":
            actor1 = pobj(c) or actor1
        elif c.dep_ == "prep" and c.lower_ in ("on", "against", "at") and actor2 is None:
            actor2 = pobj(c)
    # "were shot and killed by Taliban militants": the agent hangs on the coordinated verb
    if actor1 is None:
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            agent = next((c for c in conj.children if c.dep_ == "agent"), None)
            if agent is not None and pobj(agent) is not None:
                actor1 = pobj(agent)
                break
    # "GNA and LNA forces clashed", "the NPA and the military engaged in a firefight": two sides
    if actor1 is not None and actor2 is None and verb.lemma_.lower() in SYMMETRIC_VERBS:
        other = next((c for c in actor1.children if c.dep_ == "conj"), None)
        if other is None:
            other = next((c for c in actor1.children if c.dep_ in ("compound", "amod") and
                          any(g.dep_ == "conj" for g in c.children)), None)
            other = next((g for g in other.children if g.dep_ == "conj"), None) if other is not None else None
        if other is not None:
            actor2 = other
    # "a video showed members of X firing": the seen object acts
    if actor1 is None and verb.dep_ in ("advcl", "acl", "xcomp", "ccomp") and verb.head.lemma_ in PERCEPTION_VERBS:
        seen = _children(verb.head, "dobj")
        if seen and seen[0].i < verb.i:
            actor1 = seen[0]
    # coordinated verbs share a subject: "shot and wounded" / "attacked ... killing"
    if actor1 is None and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        a1, a2 = verb_roles(verb.head) if verb.head.i != verb.i else (None, None)
        actor1 = a1
        if actor2 is None and verb.dep_ == "conj":
            actor2 = a2
    return actor1, actor2


def noun_roles(noun: Token) -> tuple[Token | None, Token | None]:
    actor1 = actor2 = None
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "poss") and c.pos_ in ("PROPN", "ADJ", "NOUN") and (
            c.ent_type_ in ("NORP", "GPE", "ORG") or c.lemma_.lower() in ("coalition", "army", "military", "police", "rebel", "militant")
        ):
            actor1 = c  # "Israeli airstrikes", "Saudi-led coalition airstrikes"
        elif c.dep_ == "acl" and c.lemma_.lower() in ("attribute", "blame"):
            to = next((g for g in c.children if g.dep_ in ("prep", "agent") and g.lower_ in ("to", "on", "by")), None)
            actor1 = (pobj(to) if to is not None else None) or actor1  # "an attack attributed to ADF fighters"
        elif c.dep_ == "prep" and c.lower_ == "by":
            actor1 = pobj(c) or actor1
        elif c.dep_ == "prep" and c.lower_ in ("on", "against", "targeting"):
            if c.lower_ == "on" and noun.head.lemma_.lower() in ("blame", "pin"):
                continue  # "blamed the attacks on X": X is the accused, not the target
            actor2 = pobj(c) or actor2
    head = noun.head
    if actor1 is None and noun.dep_ in ("dobj", "obj") and head.lemma_ in {
        "carry", "launch", "conduct", "stage", "mount", "claim", "perpetrate", "commit", "fire", "hold", "organize", "organise",
    }:
        subj = _children(head, "nsubj")
        actor1 = subj[0] if subj else None
    return actor1, actor2


def nearest_actor_like(sent: Span, trigger: Token, before: bool, lexicon_cues: list[Cue]) -> Token | None:
    """Fallback for parse failures: the closest armed/civilian/state noun on one side."""
    best = None
    for cue in lexicon_cues:
        if cue.cls not in ("armed_cue", "civilian_cue", "state_cue", "protest"):
            continue
        tok = sent.doc[cue.end - 1]
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if before and tok.i < trigger.i:
            if best is None or tok.i > best.i:
                best = tok
        elif not before and tok.i > trigger.i:
            if best is None or tok.i < best.i:
                best = tok
    if best is None and before:
        for ent in sent.ents:
            if ent.label_ in ("ORG", "NORP") and ent.end <= trigger.i:
                best = ent.root
    return best


def antecedent(tok: Token) -> Token:
    """For a relative pronoun, the noun its clause modifies."""
    if tok.lemma_.lower() in ("who", "which", "that") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def actor_like(tok: Token | None) -> bool:
    """Could this token head an actor phrase?  Dates, numbers and places of time are not."""
    if tok is None:
        return False
    tok = antecedent(tok)
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return False
    if tok.lemma_.lower() in NON_ACTOR_NOUNS and tok.pos_ == "NOUN":
        return False
    return tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.lower_ not in ("it", "they", "he", "she", "we", "i", "you", "this", "which")


def actor_span(tok: Token | None, body_start: int = 0) -> SpanRef | None:
    """The actor phrase for ``tok``, never reaching back into the dateline."""
    if tok is None:
        return None
    span = phrase_span(antecedent(tok))
    if span.start_char < body_start:
        first = token_at(span.doc, body_start)
        if first >= span.end:
            return None
        span = span.doc[first : span.end]
    while len(span) > 1 and span[0].is_punct:
        span = span[1:]
    return SpanRef.of(span)


def lemma_in(tok: Token | None, words: set[str]) -> bool:
    if tok is None:
        return False
    return tok.lemma_.lower() in words or tok.lower_ in words


def token_at(doc: Doc, char: int) -> int:
    """Index of the first token starting at or after character ``char``."""
    for tok in doc:
        if tok.idx >= char:
            return tok.i
    return len(doc)


def find_roles(
    sent: Span, trig_tok: Token, noun_tok: Token, cues: list[Cue], body_start: int = 0
) -> tuple[Token | None, Token | None, bool]:
    """(actor1, actor2, actor1 came from the parse) for the happening carried by ``trig_tok``.

    ``noun_tok`` is the head trigger word when it is not the verb ("the drone strike that
    killed"); the nearest actor-like noun stands in where the parse gives nothing."""
    a1, a2 = (verb_roles(trig_tok) if trig_tok.pos_ in ("VERB", "AUX") else noun_roles(trig_tok))
    if noun_tok.i != trig_tok.i and noun_tok.pos_ in ("NOUN", "PROPN"):
        # "the US drone strike ... that killed": the weapon noun names the attacker best
        n1, n2 = noun_roles(noun_tok)
        a1 = n1 or a1
        a2 = a2 or n2
    a1 = a1 if actor_like(a1) else None
    a2 = a2 if actor_like(a2) else None
    a1_from_parse = a1 is not None
    if a1 is None:
        a1 = nearest_actor_like(sent, trig_tok, True, cues)
    if a2 is None:
        a2 = nearest_actor_like(sent, trig_tok, False, cues)
    if a1 is not None and a1.idx < body_start:
        a1 = nearest_actor_like(sent.doc[max(sent.start, token_at(sent.doc, body_start)) : sent.end], trig_tok, True, cues)
        if a1 is not None and a1.idx < body_start:
            a1 = None
    if a1 is not None and a2 is not None and a1.i == a2.i:
        # one noun cannot be both sides: keep the role the parse gave it
        if a1_from_parse:
            a2 = None
        else:
            a1 = None
    return a1, a2, a1_from_parse
