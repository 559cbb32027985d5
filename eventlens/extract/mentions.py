"""Event mentions: one per sentence that reports a happening.

A mention carries its trigger, cues, the phrases that fill its roles, its modality and who
says so, all with character offsets into the article text.  Resolution to canonical values
(dates, places, actors) happens later, in ``resolve``; merging mentions into events in
``assemble``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventlens.extract.attribution import (
    DENY_HEADS,
    PROTESTER_HEADS,
    REPORTING_VERBS,
    AttributionRef,
    ClaimRef,
    find_attribution,
    find_claims,
)
from eventlens.extract.classifier import SentenceClassifier
from eventlens.extract.counts import CountMention, find_counts
from eventlens.extract.lexicon import Cue, Lexicon
from eventlens.extract.roles import REMAINS_NOUNS, actor_span, antecedent, find_roles, lemma_in, token_at
from eventlens.extract.spans import SpanRef, phrase_span, pobj
from eventlens.extract.typing import REMOTE_CLASSES, VIOLENT_CLASSES, RoleInfo, Typing, decide_type, typed
from eventlens.resolve.actors import ActorDictionary

# ---- small word lists that belong to the grammar of reporting, not to event types ---------
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should", "must"}
PLANNING_HEADS = {
    "plan", "threaten", "vow", "warn", "intend", "prepare", "call", "urge", "announce", "aim",
    "seek", "try", "attempt", "want", "hope", "expect", "schedule", "pledge", "promise", "propose",
    "decide", "agree", "refuse", "fail", "demand", "consider", "set", "due", "fear",
    # "mobilising its members for attacking the district", "waiting for an order to launch the assault"
    "mobilize", "mobilise", "wait", "plot", "conspire",
}
THREAT_HEADS = {"threaten", "vow", "warn", "pledge", "promise"}
#: verbs that stage, show or invent a happening rather than report it
#: words under which a happening is what someone is tried for
CHARGE_HEADS = {"convict", "charge", "accuse", "guilty", "indict", "acquit", "sentence", "crime", "count", "try"}
#: what a thing is made or fit for ("designed to kill", "capable of striking")
CAPABILITY_HEADS = {"design", "intend", "mean", "build", "engineer", "capable", "able"}
DEPICTING_HEADS = {"simulate", "depict", "portray", "dramatise", "dramatize", "reenact", "re-enact", "rehearse",
                   "imagine", "mimic", "fictionalise", "fictionalize", "recreate", "reconstruct"}

ARMED_HEADS = {
    "militant", "insurgent", "rebel", "fighter", "jihadist", "terrorist", "militia", "militiaman",
    "soldier", "troop", "army", "police", "policeman", "gunman", "guerrilla", "paramilitary",
    "combatant", "force", "officer", "personnel", "jawan", "commander", "guard", "gendarme",
    "element", "member", "extremist", "bandit", "pirate", "bodyguard", "escort",
    # military targets: attacking them is fighting armed people
    "position", "post", "outpost", "checkpoint", "base", "convoy", "patrol", "barracks", "garrison",
    "trench", "camp", "unit", "battalion", "brigade", "division", "vehicle", "regiment", "platoon", "squadron",
}
#: unarmed groups whose violence ACLED codes as mob violence
CROWD_HEADS = {
    "mob", "crowd", "villager", "resident", "local", "youth", "supporter", "relative", "people",
    "community", "worker", "student", "family", "neighbour", "neighbor", "farmer", "herder",
    "trader", "vigilante", "inhabitant", "refugee", "migrant", "seller", "vendor", "shopkeeper", "inmate",
}
STATE_HEADS = {
    "soldier", "troop", "trooper", "army", "police", "policeman", "officer", "personnel", "jawan",
    "gendarme", "force", "military", "guard", "navy", "government", "regime", "authority",
}

#: trigger class priority for choosing the head trigger of a sentence
TRIGGER_PRIORITY = [
    "suicide", "chemical", "airstrike", "grenade", "explosive", "shelling", "sexual", "abduct",
    "mob", "riot", "clash", "kill", "shoot", "attack", "wound", "protest", "capture", "arrest",
    "loot", "disrupted", "agreement", "withdraw", "base", "change",
]


@dataclass
class Mention:
    sent_start: int
    sent_end: int
    trigger: SpanRef
    trigger_class: str
    typing: Typing
    classes: set[str]
    actor1: SpanRef | None = None
    actor2: SpanRef | None = None
    counts: list[CountMention] = field(default_factory=list)
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    threatened: bool = False
    attribution: list[AttributionRef] = field(default_factory=list)
    claims: list[ClaimRef] = field(default_factory=list)
    #: the sentence opens with a definite reference ("The attack ...") to an earlier happening
    anaphoric: bool = False
    roles: RoleInfo = field(default_factory=RoleInfo)
    #: a finite verb reports the happening; a bare noun ("the attacks") may only refer to one
    verbal: bool = False
    #: "The protests began on April 28 ...": the start of a wave of protests, recalled
    wave_onset: bool = False
    #: someone was killed in the happening the sentence reports (not in a relative clause about
    #: another: "the body of a man who was killed by police")
    lethal: bool = False
    #: (start, end) characters of the clause this mention was read from, when its sentence tells
    #: two happenings in separate clauses; None when the mention stands for its whole sentence
    clause: tuple[int, int] | None = None
    #: how that clause joins the sentence's first one: "conj" for a coordinated clause ("..., and
    #: his supporters stormed ..."), "alongside", "sequence", "semicolon"; "" for the first clause
    clause_join: str = ""

    @property
    def realis(self) -> bool:
        """True when the text says this happened (not negated, planned, threatened, hypothetical)."""
        return not (self.negated or self.future or self.hypothetical or self.threatened)


#: who fights with guns as a trade: a fight they are in is no crowd's scuffle
NON_STATE_FIGHTERS = {"militant", "insurgent", "rebel", "fighter", "jihadist", "terrorist", "militia", "militiaman",
                      "militiamen", "gunman", "gunmen", "guerrilla", "paramilitary", "combatant", "gang", "bandit",
                      "jihadi", "separatist", "extremist"}
#: weapons that no crowd and no police line use on a crowd
HEAVY_CLASSES = {"shelling", "shell_cue", "explosive", "airstrike", "air_cue", "grenade", "suicide", "ied_cue"}


#: things that warn of a happening or shelter from it ("an air raid alert", "a bomb shelter")
WARNING_NOUNS = {"alert", "siren", "warning", "alarm", "shelter", "bunker", "drill", "insurance", "threat"}
#: places and bodies named after air power ("an air force base")
AIR_PLACE_NOUNS = {"base", "station", "academy", "airfield", "field", "headquarters", "museum", "show", "school",
                   "college", "hangar", "factory", "plant", "maker", "manufacturer", "industry", "exhibition", "fair"}


#: verbs that make the happening they take up a pretence
HOAX_VERBS = {"stage", "fake", "fabricate", "invent", "feign", "simulate"}


#: lemmas the small English model gets wrong, and the verb meant ("staged", "staging" -> "stag")
MISREAD_LEMMAS = {"stag": "stage", "fin": "fine"}


def verb_lemma(tok: Token) -> str:
    """The token's lemma, mended where the model misreads it."""
    lemma = tok.lemma_.lower()
    return MISREAD_LEMMAS.get(lemma, lemma)


def _hoax(tok: Token) -> bool:
    """"staged his own kidnapping", "faked her abduction": a pretended happening."""
    return tok.dep_ in ("dobj", "nsubjpass") and verb_lemma(tok.head) in HOAX_VERBS and any(
        c.dep_ == "poss" for c in tok.children)


def _into_the_air(verb: Token) -> bool:
    """The shots went "into the air" / "in the air" / "into the sky" (the verb or its object's
    preposition), not at anyone."""
    # "fired long bursts of gunfire into the air": from the noun up to the verb that fired it
    while verb.dep_ in ("pobj", "prep", "dobj") and verb.head is not verb and verb.pos_ != "VERB":
        verb = verb.head
    heads = [verb] + [k for k in verb.children if k.dep_ == "dobj"]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("into", "in", "skyward")]
    if any(p.lower_ in ("at", "on", "upon") for h in heads for p in h.children if p.dep_ == "prep"):
        return False
    return any(o.dep_ == "pobj" and o.lemma_.lower() in ("air", "sky") for p in preps for o in p.children)


PROTEST_VERBS = {"demonstrate", "protest", "rally", "march", "riot"}
PROTEST_NOUNS = {"demonstration", "protest", "rally", "march", "sit-in", "mutiny"}


def _fired_by_demonstrators(tok: Token) -> bool:
    """Is the firing the demonstrators' own act: "demonstrated by firing into the air", "staged a
    protest and fired shots in the air" (a verb with no subject of its own, joined to the protest
    verb, or to a verb that stages the protest: STAGING_VERBS)?"""
    verb = tok
    while verb.dep_ in ("pobj", "prep", "dobj") and verb.head is not verb and verb.pos_ != "VERB":
        verb = verb.head
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "by":
        head = head.head
    elif verb.dep_ != "conj":
        return False
    return verb_lemma(head) in PROTEST_VERBS or (verb_lemma(head) in STAGING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in PROTEST_NOUNS for c in head.children))


def _crowd_scuffle(doc: Doc, m: Mention, before: Mention) -> bool:
    """A clash told in the sentence after a protest, with nobody armed but the state in it; the
    crowd's own violence told there ("Some threw bottles at police"); or the police hurt in it,
    with nobody named who hurt them ("Thirty police officers were injured")."""
    fight = m.typing.sub_event_type == "Armed clash" and m.trigger_class == "clash"
    crowd_act = m.typing.sub_event_type == "Mob violence" and m.trigger_class == "riot"
    hurt = m.typing.sub_event_type == "Armed clash" and m.trigger_class == "wound" and m.actor1 is None
    # "Prisoners demonstrated ... The prisoners set fire to buildings and clashed with the guards",
    # "Youths demonstrated ... Demonstrators seized a suspect and killed him": the crowd's own deed
    by_the_crowd = m.trigger_class in CROWD_DEED_CLASSES and m.typing.sub_event_type != "Violent demonstration" and _same_crowd(doc, m, before)
    if not (fight or crowd_act or hurt or by_the_crowd) or before.typing.event_type not in ("Protests", "Riots"):
        return False
    if not before.realis or m.sent_start - before.sent_end > 2 or m.sent_start == before.sent_start:
        return False  # only the very next sentence speaks of the same crowd
    if m.classes & HEAVY_CLASSES:
        return False
    if m.roles.actor1_inter in (2, 3, 4, 8) or m.roles.actor2_inter in (2, 3, 4, 8):
        return False
    sent = doc.char_span(m.sent_start, m.sent_end, alignment_mode="expand")
    return sent is not None and not any(t.lemma_.lower() in NON_STATE_FIGHTERS for t in sent)


#: what a crowd may go on to do at its protest
CROWD_DEED_CLASSES = {"clash", "kill", "attack", "loot", "riot", "wound", "shoot"}


def _same_crowd(doc: Doc, m: Mention, before: Mention) -> bool:
    """Is the doer of ``m`` the crowd of the protest ``before`` ("the prisoners" after "prisoners
    demonstrated", "demonstrators", "the protesters")?"""
    if m.actor1 is not None and m.sent_start <= m.actor1.start < m.sent_end:
        span = doc.char_span(m.actor1.start, m.actor1.end, alignment_mode="expand")
        doer = span.root if span is not None and len(span) else None
    else:
        # (a doer carried over from another sentence is no one seen doing this; the trigger's own
        # subject may be, when roles left it out: "Some of them smashed ...")
        trig = doc.char_span(m.trigger.start, m.trigger.end, alignment_mode="expand")
        doer = next((c for c in trig.root.children if c.dep_ == "nsubj"), None) if trig is not None and len(trig) else None
    if doer is None:
        return False
    head = doer.lemma_.lower()
    if head in PROTESTER_HEADS - {"rally", "protest"}:
        return True
    if head in ("some", "many", "several", "most", "dozens", "hundreds") and any(t.lower_ == "them" for t in doer.subtree):
        # "Some of them smashed the windows": part of the crowd just told of ("they" may as well be
        # the police who broke it up)
        return True
    if before.actor1 is not None:
        span = doc.char_span(before.actor1.start, before.actor1.end, alignment_mode="expand")
        crowd = span.root if span is not None and len(span) > 0 else None
    else:  # ("inmates demonstrated": the protest's subject)
        trig = doc.char_span(before.trigger.start, before.trigger.end, alignment_mode="expand")
        crowd = next((c for c in trig.root.children if c.dep_ == "nsubj"), None) if trig is not None and len(trig) else None
    # the same people named again, with the article that says they are the ones told of
    return crowd is not None and head == crowd.lemma_.lower() and head in CROWD_DOERS and _has_definite_det(doer)


# ---------------------------------------------------------------------------------------------
# modality


def _modality(trigger: Token) -> dict[str, bool]:
    flags = {"negated": False, "future": False, "hypothetical": False, "threatened": False}
    chain = [trigger]
    above_purpose = 10**6  # chain index from which the verbs are above a purpose clause
    t = trigger
    # climb through xcomp / conj / auxiliaries a few steps: "threatened to attack", "plan to march"
    for _ in range(5):
        infinitive = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        # ("called for shops to close in protest": what a call asks for is no purpose of it)
        # (nor is what a threat or vow promises: "threatened on Monday to block the highways",
        # which the parser may hang on the verb as a purpose clause)
        purpose = infinitive and t.head.lemma_.lower() not in ("call", "urge", "ask", "appeal") \
            and t.head.lemma_.lower() not in THREAT_HEADS
        # (and from a word that only qualifies a noun to that noun: "the picket lines" they "did not
        # want to go to")
        if (t.dep_ in ("xcomp", "ccomp", "pobj", "dobj", "conj", "acl", "pcomp", "prep") or infinitive
                or (t.dep_ == "compound" and t.head.pos_ == "NOUN")) and t.head.i != t.i:
            t = t.head
            chain.append(t)
            if purpose:
                above_purpose = min(above_purpose, len(chain) - 1)
        else:
            break
    # "talks ended without an agreement", "without a ceasefire deal" (the trigger may name the noun's kind)
    held = trigger.head if trigger.dep_ in ("compound", "amod") and trigger.head.i > trigger.i else trigger
    if held.dep_ == "pobj" and held.head.lower_ == "without":
        flags["negated"] = True
    for i, tok in enumerate(chain):
        kids = list(tok.children)
        for c in kids:
            low = c.lower_
            if c.dep_ == "neg" or (low == "no" and c.dep_ == "det" and tok.pos_ == "NOUN"):
                flags["negated"] = True
            if c.dep_ in ("nsubj", "nsubjpass") and low in ("nobody", "none", "noone") or (
                    c.dep_ in ("nsubj", "nsubjpass") and low == "one" and any(k.lower_ == "no" for k in c.children)):
                flags["negated"] = True  # "nobody was injured", "no one was hurt"
            if i == 0 and c.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.pos_ in ("VERB", "AUX") and any(
                    k.dep_ == "det" and k.lower_ == "no" for k in c.children):
                flags["negated"] = True  # "no explosives were found", "no shots were fired", "found no explosives"
            if c.dep_ == "aux" and low in FUTURE_AUX:
                flags["future"] = True
            if c.dep_ == "aux" and low in HYPOTHETICAL_AUX:
                flags["hypothetical"] = True
            if c.dep_ == "mark" and low in ("if", "unless", "whether"):
                flags["hypothetical"] = True
        if i > 0 and i < above_purpose:
            # (above a purpose clause only auxiliaries count: "agreed to a ceasefire to allow the
            # forces to withdraw" reports the withdrawal's agreement, "would stage a convoy to protest" does not)
            lemma = tok.lemma_.lower()
            if lemma in DENY_HEADS and chain[i - 1].dep_ == "ccomp":
                # "denied that its forces had fired on civilian areas": a past told only to be denied
                flags["negated"] = True
            elif _reported_past(chain[i - 1]) or (lemma == "set" and chain[i - 1].dep_ in ("dobj", "conj", "prep")):
                # "ten rebels have surrendered, the military announced": a report of what
                # happened, not a plan; "set off a bomb and exchanged fire", "set them on fire as a
                # form of protest" are no "set to"
                pass
            elif lemma in THREAT_HEADS:
                flags["threatened"] = True
            elif lemma == "due" and chain[i - 1].dep_ == "pobj":
                # "injuries due to an explosion": "due to" with a noun gives the cause; only with a
                # verb ("the march is due to start on Friday") does it schedule
                pass
            elif lemma in PLANNING_HEADS:
                flags["future"] = True
            elif lemma in DENY_HEADS:
                flags["negated"] = True
            elif lemma in DEPICTING_HEADS:
                flags["hypothetical"] = True  # "an exercise simulating a bomb attack", "a film depicting"
            elif lemma in CAPABILITY_HEADS and chain[i - 1].dep_ == "xcomp":
                flags["hypothetical"] = True  # "mines designed to kill or maim": what a thing is for
    if trigger.pos_ == "NOUN" and any(
            c.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ in ("can", "could", "may", "might") for a in c.children)
            for c in trigger.children):
        flags["hypothetical"] = True  # "missiles that can be fired from beyond ...": a capability
    if any(t.dep_ == "relcl" and t.head.lower_ in ("anyone", "anybody", "whoever", "whomever") for t in chain):
        flags["hypothetical"] = True  # "the law applies to anyone who blocked roads": whoever might
    if trigger.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        flags["hypothetical"] = True  # "a terrain to be plundered", "targets to attack": what could be done
    if _habitual(trigger) or _as_a_rule(trigger):
        flags["hypothetical"] = True  # "groups that carry out attacks", "continue to raid villages"
    # "his arrest is believed to be an attack on media freedom": a description, not a report
    # ("there was a demonstration" reports one; "was gang-raped", a participle the parser hangs on
    # "was" as a complement, is a passive that reports one too)
    if trigger.dep_ in ("attr", "acomp") and trigger.head.lemma_ == "be" and trigger.tag_ != "VBN" and not any(
            c.dep_ == "expl" for c in trigger.head.children):
        flags["hypothetical"] = True
    if not flags["negated"] and _told_to_be_denied(trigger):
        flags["negated"] = True
    # "going to march", "set to"
    prev = trigger.doc[max(trigger.i - 2, 0) : trigger.i]
    if any(t.lower_ == "going" for t in prev) and any(t.lower_ == "to" for t in prev):
        flags["future"] = True
    return flags


#: the links a denial reaches down: "rejected allegations that its jets were responsible for a
#: strike ... which left 20 dead", "denied it was behind the ambush, killing nine"
DENIED_LINKS = ("xcomp", "ccomp", "pobj", "dobj", "conj", "acl", "pcomp", "prep", "acomp", "relcl", "advcl")


def _told_to_be_denied(trigger: Token) -> bool:
    """The trigger sits under a denial, its outcome clauses and responsibility phrases included.

    A killing told in a participle or relative clause of a denied attack is the same denied
    attack; a clause that gives its own time or cause ("when", "because") is not followed.
    """
    t = trigger
    for _ in range(8):
        if t.dep_ not in DENIED_LINKS or t.head.i == t.i:
            return False
        if t.dep_ == "advcl" and (t.tag_ != "VBG" or any(c.dep_ == "mark" for c in t.children)):
            return False
        t = t.head
        if t.lemma_.lower() in DENY_HEADS and t.pos_ == "VERB":
            return True
    return False


#: words that tell something was being tried, not only planned
ATTEMPT_WORDS = {"try", "attempt"}


def _drop_planned_violence(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """Leave out violence told only as planned or threatened when another trigger of the
    sentence reports something done."""
    def planned(c: Cue) -> bool:
        tok = doc[c.end - 1]
        if c.cls not in VIOLENT_CLASSES | REMOTE_CLASSES or _attempted(tok):
            return False  # (an attempt may have done harm: "tried to kill him, injuring him")
        flags = _modality(tok)
        return (flags["future"] or flags["threatened"]) and not flags["negated"]

    planned_cues = [c for c in cues if c.trigger and planned(c)]
    if not planned_cues:
        return cues
    done = [c for c in cues if c.trigger and c not in planned_cues
            and c.cls not in VIOLENT_CLASSES | REMOTE_CLASSES and not any(_modality(doc[c.end - 1]).values())]
    if not done:
        return cues
    return [c for c in cues if c not in planned_cues]


def _went_off(tok: Token) -> bool:
    """Is ``tok`` the subject of exploding ("the mine went off", "a bomb exploded", "the mine was
    detonated")?"""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return lemma in ("explode", "detonate") or (lemma == "go" and "off" in particles) or (
        lemma == "blow" and "up" in particles)


#: what forces are sent to do in a disaster or an emergency, not in a conflict
#: ("help" and "assist" say nothing alone: "to help the army fight the rebels")
RELIEF_VERBS = {"rescue", "evacuate", "dig", "distribute", "deliver", "vaccinate", "treat", "feed", "rebuild",
                "repair"}


def _sent_for_relief(tok: Token) -> bool:
    """Is ``tok`` a deployment whose purpose is relief ("mobilized to help dig out cars",
    "deployed to rescue residents")?"""
    verb = tok if tok.pos_ == "VERB" else None
    if verb is None:
        return False
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            lemmas = {c.lemma_.lower()} | {k.lemma_.lower() for k in c.children if k.dep_ in ("xcomp", "conj") and k.pos_ == "VERB"}
            if lemmas & RELIEF_VERBS:
                return True
    return False


def _attempted(tok: Token) -> bool:
    """Is ``tok`` what someone was trying to do ("while trying to hold a rally", "in an attempt
    to march")?"""
    return any(a.lemma_.lower() in ATTEMPT_WORDS for a in list(tok.ancestors)[:5])


#: what an attempt may have done on its way: hurt, killed, burnt
HARM_CLASSES = {"wound", "kill", "riot", "loot"}


def _attempt_did_harm(trigger: Token, cues: list[Cue]) -> bool:
    """Did the past attempt above ``trigger`` ("attempted to kill") do harm told in the same
    sentence by a clause of its own ("..., torching his house", "..., injuring him")?"""
    attempt = next((a for a in list(trigger.ancestors)[:3] if a.lemma_.lower() in ATTEMPT_WORDS), None)
    if attempt is None or attempt.tag_ != "VBD" or any(_modality(attempt).values()):
        return False
    doc = trigger.doc
    for c in cues:
        tok = doc[c.end - 1]
        if c.cls not in HARM_CLASSES or not c.trigger or tok.pos_ != "VERB" or tok.i == trigger.i:
            continue
        # the harm is a participle of its own under the attempt, not a second thing attempted
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and (tok.head.i == attempt.i or tok.head.i == trigger.i):
            return True
    return False


def _reported_past(clause: Token) -> bool:
    """A finite clause in the past with its own subject ("[that] rebels have surrendered",
    "militants attacked"), under a verb that otherwise plans ("announced", "said they agreed")."""
    if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(clause.children)
    has_subject = any(k.dep_ in ("nsubj", "nsubjpass") for k in kids)
    past = clause.tag_ == "VBD" or (clause.tag_ == "VBN" and any(
        k.dep_ in ("aux", "auxpass") and k.lemma_.lower() in ("have", "be") for k in kids))
    return has_subject and past and not any(k.dep_ == "aux" and k.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX for k in kids)


#: verbs whose present tense still reports a single happening or a statement
_PRESENT_OK = {"say", "tell", "report", "claim", "confirm", "add", "accuse", "deny", "blame", "believe", "allege",
               "insist", "warn", "state", "announce", "show", "suggest", "indicate", "describe", "estimate"}


#: how often something is done: what is done "almost daily" is a pattern, not one happening
FREQUENCY_ADVERBS = {"daily", "nightly", "regularly", "routinely", "frequently", "often", "constantly", "habitually",
                     "weekly"}


#: how often, said of a plural noun ("frequent clashes"; not "the weekly march", one of a series, reported)
FREQUENCY_ADJECTIVES = {"frequent", "recurrent", "recurring", "constant", "periodic", "habitual"}


def _as_a_rule(trigger: Token) -> bool:
    """"Sumy has been shelled almost daily", "militias routinely abduct farmers", "drones hit the
    town every night": the verb is told with how often it happens."""
    if trigger.pos_ == "NOUN" and trigger.tag_ == "NNS" and any(
            c.dep_ == "amod" and c.lower_ in FREQUENCY_ADJECTIVES for c in trigger.children):
        return True  # "has seen frequent clashes between security forces and militants"
    v = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if v.pos_ not in ("VERB", "AUX"):
        return False
    for c in v.children:
        if c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS:
            return True
        if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "night", "week") and any(
                d.lower_ == "every" for d in c.children):
            return True
    return False


def _habitual(trigger: Token) -> bool:
    """A simple present in a relative clause describes what someone does as a rule, not a
    happening: "fighters who carry out attacks inside Pakistan", "gangs that kidnap for ransom"."""
    v = trigger
    if v.pos_ != "VERB" and v.dep_ in ("dobj", "nsubj", "nsubjpass") and v.head.pos_ == "VERB":
        v = v.head  # "carry out attacks": the verb that carries the noun
    if v.pos_ != "VERB":
        return False
    while v.dep_ == "xcomp" and v.head.pos_ == "VERB" and v.head.i != v.i:
        v = v.head  # "continue to carry out"
    # only in a relative clause: a present main verb is how captions and headlines report
    # ("Protesters chant slogans in Minsk, Sunday"), and "continue to" may report what goes on
    if v.dep_ != "relcl" or v.tag_ not in ("VBP", "VBZ") or v.lemma_.lower() in _PRESENT_OK:
        return False
    # the clause says what its noun does ("fighters who ...", "gangs that ..."), not "a fight
    # where they throw stones"
    if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in v.children):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in v.children)


# ---------------------------------------------------------------------------------------------
# detection


#: a sentence the classifier is this sure reports no event is not coded on weak lexical evidence
GATE_P_NONE = 0.8
#: for any trigger word, not only the ambiguous ones: a sentence the classifier is all but certain
#: reports no event ("the army took delivery of six attack helicopters"; "the film tells how rebels
#: stormed the town in 1998") is not coded unless it counts casualties
WIDE_GATE_P_NONE = 0.98
#: crowd, deal and arrest words are seldom used loosely, while the model often reads a leader's
#: statement about a march or a truce, or a terse police report of arrests, as mere talk: the wide
#: gate leaves them to the rules (on IndiaPoliceEvents the gate cost arrests .608 -> .525 recall)
WIDE_GATE_EXEMPT = {"protest", "agreement", "arrest"}
#: trigger words common outside political violence ("shares rallied", "a blast of cold air",
#: "the striker shot wide"): only these are checked by the classifier gate
AMBIGUOUS_TRIGGERS = {
    "attack", "beat", "beating", "shoot", "shot", "fire", "blast", "explode", "explosion", "rally",
    "strike", "storm", "kill", "killing", "die", "dead", "death", "fight", "battle", "clash", "raid",
    "target", "capture", "bomb", "rocket", "shell", "agreement", "deal", "injure",
    "wound", "hurt", "injury", "casualty", "destroy", "burn", "torch", "seize", "take", "fall", "blow",
    "offensive", "assault", "hit", "crash", "explosive", "launch", "surrender", "withdraw", "abduction",
    "kidnapping", "unrest", "merger",
}


#: words for damage that is never an accident
DELIBERATE_DAMAGE = {"arson", "sabotage", "vandalism", "vandalize", "vandalise"}
#: a modifier that leaves no doubt about an ambiguous word ("an arson attack", "a grenade blast")
VIOLENT_MODIFIERS = {"arson", "bomb", "suicide", "rocket", "mortar", "grenade", "knife", "gun", "acid", "terrorist",
                     "militant", "insurgent", "jihadist", "armed", "deadly", "fatal", "sniper", "ied", "car-bomb"}


@dataclass
class MentionFinder:
    lexicon: Lexicon
    #: the statistical sentence classifier (optional: rules work alone)
    classifier: SentenceClassifier | None = None

    def find(self, doc: Doc, body_start: int = 0) -> list[Mention]:
        """Mentions in ``doc``; tokens before ``body_start`` (a dateline) never fill a role."""
        mentions: list[Mention] = []
        sents = list(doc.sents)
        # the lexicon is matched once per sentence: for the article's context and for the mention
        sent_cues = [self.lexicon.find(sent) for sent in sents]
        context, mentioned = self._article_context(sent_cues)
        if any(c.cls == "protest" and _display_demonstration(doc[c.end - 1]) for cues in sent_cues for c in cues):
            mentioned.add("display_demonstration")  # later, "the demonstration" is that display
        if any(c.cls in CROWD_CLASSES and not c.weak for cues in sent_cues for c in cues):
            mentioned.add("crowd_story")  # a story of protests or riots: its burnt cars are the crowd's doing
        if any(_domestic_harm(t) for t in doc):
            mentioned.add("domestic_story")  # "arrested a man suspected of killing his brother"
        if any(_test_fired(sent) for sent in sents):
            mentioned.add("weapons_test")  # "the navy test-fired a cruise missile": its firings are the test
        if any(c.cls == "capture" for cues in sent_cues for c in cues) or any(_hands_over(t) for t in doc):
            mentioned.add("ground_taken")  # someone took or was handed the ground the story tells of
        if any(c.cls in FIGHTING_CLASSES and c.trigger and not c.weak for cues in sent_cues for c in cues):
            mentioned.add("fighting_told")  # a story of fighting: a side that pulls back retreats from it
        for i, (sent, cues) in enumerate(zip(sents, sent_cues)):
            if any(_captive_later_dead(s, c) for s, c in zip(sents[i + 1 : i + 3], sent_cues[i + 1 : i + 3])):
                # "... kidnapped a man. The next day his body was found": the captive killed
                mentioned.add("captive_later_dead")
            m = self._sentence(sent, body_start, context, cues, mentioned)
            mentioned.discard("captive_later_dead")
            if m is None:
                continue
            split = self._clause_mentions(sent, body_start, context, cues, mentioned)
            mentions.extend(split or [m])
        for i in range(1, len(mentions)):
            if _crowd_scuffle(doc, mentions[i], mentions[i - 1]):
                # "Workers demonstrated ... They clashed with police": the crowd's fight with the
                # state is the demonstration turning violent, not a battle (ACLED codebook)
                crowd = mentions[i - 1].typing
                sub = "Mob violence" if crowd.sub_event_type == "Mob violence" else "Violent demonstration"
                mentions[i].typing = typed(sub, mentions[i].typing.certainty)
        return mentions

    def _article_context(self, sent_cues: list[list[Cue]]) -> tuple[set[str], set[str]]:
        """(the non-event contexts the whole article is steeped in, distinct cue words counted;
        the contexts it mentions at all)."""
        words: dict[str, set[str]] = {}
        for cues in sent_cues:
            for c in cues:
                # ("legacy_ordnance": an article about old bombs is about old bombs throughout)
                if c.cls in NON_EVENT_CONTEXTS or c.cls in ("crime_context", "legacy_ordnance", "trial_context",
                                                             "anniversary_context"):
                    words.setdefault(c.cls, set()).add(c.phrase.lower())
        steeped = {cls for cls, ws in words.items() if cls in ARTICLE_CONTEXT_MIN and len(ws) >= ARTICLE_CONTEXT_MIN[cls]}
        return steeped, set(words)

    def _sentence(
        self, sent: Span, body_start: int = 0, article_context: set[str] = frozenset(), cues: list[Cue] | None = None,
        article_words: set[str] = frozenset(),
    ) -> Mention | None:
        cues = self.lexicon.find(sent) if cues is None else list(cues)
        sentence_cues = list(cues)  # (what the words say before any clause is set aside)
        # "fired 14.5mm and 12.7mm machine guns": a calibre of 12.7 mm or more makes a heavy machine gun
        if HEAVY_CALIBRE.search(sent.text):
            cues = [dataclasses.replace(c, cls="shelling", trigger=True, weak=False)
                    if c.cls == "firearm_cue" and sent.doc[c.end - 1].lemma_.lower() in ("gun", "machinegun") else c
                    for c in cues]
        # (the "guns" of "heavy machine guns" is no small arm)
        heavy_spans = [(c.start, c.end) for c in cues if c.cls == "shelling"]
        # (the "guns" of "anti-aircraft guns" are the heavy weapon itself)
        cues = [c for c in cues if not (c.cls == "firearm_cue" and any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end)
                                                                      for s, e in heavy_spans))]
        small_arms_named = any(c.cls == "firearm_cue" and c.phrase.lower() not in GENERIC_FIRE
                               and not any(s <= c.start and c.end <= e for s, e in heavy_spans) for c in cues)
        # a hand-held gun named, not fire alone ("opened fire", "shots"); "machine guns" are mounted
        rifles_named = any(c.cls == "firearm_cue" and any(t.lemma_.lower() in HAND_GUN_WORDS for t in sent.doc[c.start : c.end])
                           and not any(s <= c.start and c.end <= e for s, e in heavy_spans)
                           and not (c.start > sent.start and sent.doc[c.start - 1].lower_ in ("machine", "heavy"))
                           for c in cues)
        # "a non-violent demonstration": the crowd's restraint, not its violence (before the longest
        # match hides the demonstration in "violent demonstration")
        cues = [c for c in cues if not (c.cls in ("riot", "crowd_violence") and _negated_by_prefix(sent.doc, c.start))]
        # the longest trigger wins: "drone strike" is not a labour strike, a "grenade launcher" fires shells
        cues = [
            c for c in cues
            if not (c.trigger and any(
                o.trigger and o.cls != c.cls and o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start)
                for o in cues
            ))
        ]
        # verb-and-object cues read the parse, so they stand beside the word matches
        parse_cues = _parse_cues(sent)
        cues += parse_cues
        if not cues:
            return None
        doc = sent.doc
        # "An Israeli strike killed six soldiers": a country's strike that kills is a blow from the air
        cues = [Cue("airstrike", c.start, c.end, False, True, c.phrase) if c.cls == "protest" and _military_strike(doc[c.end - 1])
                else c for c in cues]
        cues = _drop_protest_topics(doc, cues)
        # "expelled diplomats for taking part in protests": the protest is the grounds of a penalty
        cues = [c for c in cues if not (c.cls == "protest" and _protest_as_grounds(doc[c.end - 1]))]
        # "police regained control of the cell blocks": a prison retaken from rioting inmates is no ground
        cues = [c for c in cues if not (c.cls == "capture" and _prison_retaken(doc[c.start : c.end]))]
        # "signed agreements on defence research": a pact of cooperation, not one between sides of a conflict
        cues = [c for c in cues if not (c.cls == "agreement" and _cooperation_pact(doc[c.start : c.end]))]
        # "demonstrations of traditional sword polishing", "a demonstration of military power": a display
        cues = [c for c in cues if not (c.cls == "protest" and _display_of_a_thing(doc[c.end - 1]))]
        # "leaving 30 dead, according to vigilantes": the source of the report is no party to it
        cues = [c for c in cues if not _in_according_to(doc[c.end - 1])]
        # "arrested activists in anticipation of mass protests", "ahead of marches called for
        # Thursday": what is expected has not happened
        cues = [c for c in cues if not (c.trigger and _anticipated(doc[c.end - 1]))]
        # "jailed 60 militants suspected of plotting attacks", "arrested men planning to bomb a
        # church": violence still planned is the grounds of the act the sentence reports
        cues = _drop_planned_violence(doc, cues)
        # "troops were deployed to rescue flood victims": forces sent to relieve a disaster change
        # nothing in a conflict
        cues = [c for c in cues if not (c.cls == "change" and _sent_for_relief(doc[c.end - 1]))]
        # "new sanctions in response to its chemical attack", "diplomats expelled after a nerve agent
        # attack": the happening is the grounds of a state's response, told as its reason
        cues = [c for c in cues if not (c.trigger and _grounds_of(doc[c.end - 1], RESPONSE_WORDS, GROUNDS_PREPS))]
        # "signed a deal to buy 96 attack helicopters", "a contract for the supply of tanks": trade in
        # arms, not an agreement between the sides of a conflict (ACLED codebook: agreements)
        cues = [c for c in cues if not (c.cls == "agreement" and _a_purchase(doc[c.start : c.end]))]
        # "launched airstrikes on groups it accused of a chlorine attack", "missiles targeting chemical
        # weapons facilities, in retaliation for a gas attack": the strike is the news; the chemical
        # weapon is its target or its grounds
        if any(c.trigger and c.cls in ("airstrike", "shelling", "explosive") for c in cues):
            cues = [c for c in cues if not (c.cls == "chemical" and _chemical_not_used(doc[c.start : c.end]))]
        # "projectiles were thrown at police", "throwing fireworks": hand-thrown, so no shelling
        # and no fireworks accident
        thrown = _thrown_things(sent)
        cues = [c for c in cues if not (c.cls in ("shelling", "shell_cue", "disaster_context") and c.end - 1 in thrown)]
        # "police stormed the campus", "the campesino torch movement": no act of a crowd
        cues = [c for c in cues if not (c.cls in ("riot", "crowd_violence") and (
            _done_by_state(doc[c.start]) or (c.end - c.start == 1 and doc[c.start].dep_ == "compound")))]
        # "about 1,000 people gathered peacefully ... and dispersed in the afternoon": a crowd that
        # disperses of itself met no intervention
        cues = [c for c in cues if not (c.cls == "intervention" and c.end - c.start == 1 and _disperses_itself(doc[c.start]))]
        # "Israeli attacks against peaceful protesters", "stormed the sit-in": violence done to the
        # crowd is not the crowd's
        cues = [c for c in cues if not (c.cls == "crowd_violence" and _aimed_at_crowd(doc[c.end - 1]))]
        # "fatal attacks" beside a protest the press calls peaceful, or a crackdown it calls
        # excessive, are the state's violence ("clashes" stay a fight both ways)
        if any(c.cls == "excessive_force" or (c.cls == "protest" and _called_peaceful(doc[c.end - 1])) for c in cues):
            cues = [c for c in cues if not (c.cls == "crowd_violence" and doc[c.start].lemma_.lower() in ONE_SIDED_VIOLENCE)]
        # "entered the town without a fight": the fighting word says there was none
        unopposed = [(c.start, c.end) for c in cues if c.cls == "unopposed"]
        cues = [c for c in cues if not (c.cls in ("clash", "shoot", "firearm_cue", "crowd_violence") and any(
            s <= c.start and c.end <= e for s, e in unopposed))]
        # "after soldiers said they had seen a drone hovering over their position": a craft only
        # watched is no strike
        cues = [c for c in cues if not (c.cls in ("air_cue", "airstrike") and _only_watched(doc[c.end - 1]))]
        # "about 20 cannons took part", "tanks were displayed": weapons on show, not in use
        cues = [c for c in cues if not (c.cls in REMOTE_CLASSES | {"shell_cue", "air_cue"} and _on_show(doc[c.end - 1]))]
        # "the 25 of March sector", "since March": the month, not a march
        cues = [c for c in cues if not (c.cls == "protest" and _month_march(doc[c.start]))]
        # "demanding the recovery of looted funds": public money looted is embezzled, no crowd's deed
        cues = [c for c in cues if not (c.cls in ("loot", "riot", "crowd_violence") and money_embezzled(doc[c.end - 1]))]
        counts = find_counts(sent)
        if any(c.cls == "protest" for c in cues):
            # "gathered to demonstrate against the killing of a demonstrator": the dead of the
            # protest's cause are no toll of the protest
            topic = _protest_topic(doc, cues)
            counts = [cm for cm in counts if token_at(doc, cm.start) not in topic]
            # "protested against the arrest of an activist", "supporters of the arrested president":
            # an arrest the crowd protests is its cause, not police action against it
            cues = [c for c in cues if not (c.cls == "arrest" and arrest_is_grievance(doc[c.end - 1]))]
            counts = [cm for cm in counts if not (cm.kind == "arrested" and _grievance_count(doc, cm))]
            # "rallied to mourn dozens of demonstrators killed last month": the dead the crowd
            # mourns or protests about are its cause, not this protest's toll
            topic = _protest_topic(doc, cues)
            counts = [cm for cm in counts if not (cm.kind in ("killed", "injured") and token_at(doc, cm.start) in topic)]
        cues = [_promote(doc, c, cues) for c in cues]
        # "stormed the party's offices": a verb done to something is no storm of the weather
        acts = {c.start for c in cues if c.trigger and c.cls in ("riot", "attack")}
        cues = [c for c in cues if not (c.cls == "disaster_context" and c.start in acts and doc[c.start].pos_ == "VERB"
                                        and any(k.dep_ == "dobj" for k in doc[c.start].children))]
        # "the deadliest attack since 2019, when a bomber killed 40", "The bombing came a day after
        # gunmen shot dead an officer": the comparison or the reference restates the story's
        # news; the "when" or "after" clause tells the happening the sentence adds
        recalled = _since_when_clause(sent) or _came_after_clause(sent)
        if recalled and any(c.trigger and c.start in recalled for c in cues):
            cues = [c for c in cues if not c.trigger or c.start in recalled]
        # ("a landmine laid during the Iran-Iraq War": the age of the weapon, told in a clause of its own)
        legacy_weapon = any(c.cls == "legacy_ordnance" and doc[c.start].lower_ in REMNANT_WORDS for c in cues)
        attempted_protests = [c for c in cues if c.cls == "protest" and c.trigger and _attempted(doc[c.end - 1])]
        cues, counts = _drop_embedded(sent, cues, counts)
        if any(c.cls in ("arrest", "intervention") for c in cues):
            # "detained dozens of people who tried to protest", "during an attempt to protest": a
            # protest stopped as it began is a protest met with intervention (ACLED codebook)
            cues += [c for c in attempted_protests if c not in cues]
        cues, counts = _drop_cumulative(sent, cues, counts)
        # "heavy machine guns" are not the small arms that make an exchange of fire an armed clash
        cues = [c for c in cues if not (c.cls == "firearm_cue" and c.start > sent.start and doc[c.start - 1].lower_ in ("machine", "heavy"))]
        # "bursts of fire involving heavy machineguns": fire that names no small arm is the heavy weapon's
        if any(c.cls == "shelling" for c in cues) and not small_arms_named:
            cues = [c for c in cues if not (c.cls == "firearm_cue" and c.phrase.lower() in GENERIC_FIRE)]
        # "the leaders were driven out of the town in army armoured vehicles": carried away, not expelled
        cues = [c for c in cues if not (c.cls in ("capture", "withdraw") and _carried_away(doc[c.start]))]
        # "effigies of the demon king burst into flames" at a festival: a rite, unless the sentence says
        # what the crowd is against ("farmers burned effigies of the minister against the new law")
        cues = _without_effigy_rites(sent, cues)
        # "the festivities began with processions carrying replicas of the Ark ... kept vigil with chants":
        # a feast's crowd, with nothing it is against
        ambient = [c for c in cues if c.cls == "protest" and doc[c.end - 1].lemma_.lower() in AMBIENT_CROWD_WORDS]
        if ambient and any(t.lemma_.lower() in FESTIVE_WORDS for t in sent) and not any(
                t.lemma_.lower() in PROTEST_SIGNS for t in sent):
            cues = [c for c in cues if c not in ambient]
        # "a KWS team fired a tranquilliser dart", "the lion was driven back to the park": done to an animal
        # (a killing or a shooting of an animal is left to the animal-attack rules, which read the whole story)
        cues = [c for c in cues if not (c.trigger and c.cls not in ("kill", "shoot", "wound") and (
            _done_to_an_animal(doc[c.start]) or _done_to_an_animal(doc[c.end - 1])))]
        cues = [c for c in cues if not (c.trigger and c.cls == "shoot" and _fired_a_dart(doc[c.end - 1]))]
        # "a record number of deadly bear attacks", "a bear mauled a woman to death": done by an animal
        cues = [c for c in cues if not (c.trigger and c.cls in ("attack", "kill", "wound") and _done_by_an_animal(doc[c.end - 1]))]
        # "80 people were walked out through a tunnel": led out, no walkout
        cues = [c for c in cues if not (c.cls == "protest" and doc[c.start].lemma_.lower() == "walk"
                                        and any(k.dep_ == "auxpass" for k in doc[c.start].children))]
        # "a riot of colour": a profusion, not a crowd
        cues = [c for c in cues if not (c.cls == "riot" and doc[c.end - 1].lemma_.lower() == "riot" and doc[c.end - 1].pos_ == "NOUN"
                                        and any(p.dep_ == "prep" and p.lower_ == "of" for p in doc[c.end - 1].children))]
        # "India's third shooting title", "a shooting range": the sport, not a shooting
        cues = [c for c in cues if not (c.cls in ("shoot", "firearm_cue") and doc[c.end - 1].dep_ in ("compound", "amod")
                                        and doc[c.end - 1].head.lemma_.lower() in SPORT_HEADS)]
        # ("opened their training centre and shooting range": the parser may read "shooting" as a verb on "range")
        cues = [c for c in cues if not (c.cls == "shoot" and doc[c.end - 1].tag_ == "VBG" and any(
            k.dep_ == "dobj" and k.lemma_.lower() in ("range", "gallery") and not any(d.dep_ == "det" for d in k.children)
            for k in doc[c.end - 1].children))]
        # "we killed the game": a violent verb on a thing is a figure of speech
        cues = [c for c in cues if not (c.cls in ("kill", "attack", "shoot", "wound", "loot") and _figurative(doc[c.end - 1]))]
        # "light combat aircraft", "close-quarter combat drills", "a battle tank": a kind of thing, not a
        # fight; and "fans poured over to mob the players" is no mob
        cues = [c for c in cues if not (
            (c.cls == "clash" and c.end - c.start == 1 and _modifies_noun(doc[c.start]))
            or (c.cls == "mob" and doc[c.start].pos_ == "VERB" and doc[c.start].lemma_.lower() == "mob")
            # "demonstrating combat drills", "demonstrated that the plan works": to show, not to protest
            or (c.cls == "protest" and doc[c.start].lemma_.lower() == "demonstrate"
                and any((k.dep_ == "ccomp" and k.i > c.start and any(m.lower_ == "that" for m in k.children))
                        or (k.dep_ == "dobj" and k.lemma_.lower() in SHOWN_THINGS)
                        for k in doc[c.start].children)))]
        # "record floods have killed 100", "a landslide buried and killed": nature kills no one in a conflict
        # ("landslides blocked roads": nature blocks no road in protest either)
        cues = [c for c in cues if not ((c.cls in ("kill", "wound", "loot")
                                         or (c.cls == "protest" and doc[c.start].lemma_.lower() == "block"))
                                        and _killed_by_nature(doc[c.start]))]
        parse_cues = [c for c in parse_cues if not (c.cls == "loot" and _killed_by_nature(doc[c.start]))]
        # "expressed grave concern about gang violence, sexual abuse and the recruitment of children",
        # "condemned sexual violence": a kind of harm deplored, not a happening
        cues = [c for c in cues if not (c.trigger and _deplored_kind(doc[c.end - 1]))]
        # "the drone had struck the village", "was struck by a canister": striking something or somebody
        # is a blow; workers who strike have no object
        cues = [c for c in cues if not (c.cls == "protest" and doc[c.start].pos_ == "VERB"
                                        and doc[c.start].lemma_.lower() == "strike"
                                        and any(k.dep_ in ("dobj", "nsubjpass", "agent") for k in doc[c.start].children))]
        # "arrested the opposition leader, accusing him of inciting the unrest", "arrested 12 students on
        # charges of rioting": the crowd's deed is the charge, told of no day; the arrest is the news
        if any(c.cls == "arrest" and c.trigger for c in cues):
            charged = _charge_region(sent)
            cues = [c for c in cues if not (c.cls in CHARGED_CROWD_CLASSES and c.start in charged)]
        # "soldiers from a brigade fighting in the region", "negotiations over the release of hostages held
        # in Gaza": what a unit does or what captives are, said of them, names no happening
        cues = [c for c in cues if not (c.trigger and ((c.cls == "clash" and _describes_a_unit(doc[c.end - 1]))
                                                       or (c.cls in ("shelling", "airstrike", "explosive")
                                                           and c.end - c.start == 1 and _names_a_kind(doc[c.start]))
                                                       or (c.cls == "abduct" and _captives_held(doc[c.end - 1]))))]
        # "the party walked out of the coalition talks": a move at the table, not a demonstration
        cues = [c for c in cues if not (c.cls == "protest" and _left_the_table(doc[c.start]))]
        # "fighting and blocked roads had cut people off from aid for months": fighting as a lasting
        # condition that does something over a period is no single clash
        cues = [c for c in cues if not ((c.cls == "clash" or (c.cls == "protest" and doc[c.start].lemma_.lower() == "block"))
                                        and _lasting_cause(doc[c.end - 1]))]
        # "killed in a crush at a concert", "injured in a collision": an accident named as the cause
        cues = [c for c in cues if not (c.cls in ("kill", "wound") and _killed_in_mishap(doc[c.start]))]
        # "a boiler exploded at a garment factory": plant and machines blow up by accident
        if any(c.cls == "explosive" and _machine_exploded(doc[c.start]) for c in cues):
            cues = [c for c in cues if c.cls not in ("explosive", "kill", "wound")]
        # "handed in their weapons under a 2019 peace deal": the accord they act under, not a new one
        cues = [c for c in cues if not (c.cls == "agreement" and _under_an_accord(doc[c.end - 1]))]
        # "residents who had fled during the fighting began returning": a fight named only as the time
        # of something else, with no other event word in the sentence, refers to one told before
        if all(c.cls == "clash" and _circumstance(doc[c.end - 1]) and _definite(doc[c.end - 1])
               for c in cues if c.trigger):
            cues = [c for c in cues if not c.trigger]
        # "to combat the spread of the coronavirus", "battling the blaze": a fight against no one
        cues = [c for c in cues if not (c.cls == "clash" and _fights_no_one(doc[c.start]))]
        # police checkpoints (a speeding campaign) are routine, not a base
        cues = [c for c in cues if not (c.cls == "base" and any(
            t.pos_ == "VERB" and _state_subject(t) for t in doc[c.start : c.end]))]
        # "a police dog squad demonstration for schoolchildren": a display, not a protest
        cues = [c for c in cues if not (c.cls == "protest" and (
            _display_demonstration(doc[c.end - 1])
            or ("display_demonstration" in article_words and doc[c.end - 1].lemma_.lower() == "demonstration"
                and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in doc[c.end - 1].children))
        ))]
        # "a new anti-ship missile system", "the drone maker": equipment, not an attack; "buy
        # long-range missiles", "the development of its own drones": procurement, not use
        cues = [c for c in cues if not (c.trigger and c.cls in REMOTE_CLASSES and (
            _names_equipment(doc[c.end - 1]) or _procured(doc[c.end - 1])))]
        # "a stash of projectiles belonging to the militants, found west of Mosul": weapons in store are
        # held, not fired; found or seized, they are weapons taken out of use (ACLED codebook:
        # disrupted weapons use), whichever word the parser hangs the finding on
        stored = [c for c in cues if c.cls in STORED_WEAPON_CLASSES and (
            _in_store(doc[c.end - 1]) or _seized_weapon(doc[c.end - 1]))]
        if stored:
            cues = [c for c in cues if c not in stored]
            finder = next((t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in DISRUPT_VERBS), None)
            if finder is not None and not any(c.cls == "disrupted" for c in cues):
                cues.append(Cue("disrupted", finder.i, finder.i + 1, False, True, finder.text))
        # "sentenced him for murdering his wife", "the besieged city", "playfully beat", "fired blank
        # rounds", "the prospect of a walkout": the word names no happening the story reports
        cues = [c for c in cues if not (c.trigger and _names_no_happening(doc[c.end - 1]))]
        # "according to the military": the lemma is "accord", the word is no agreement
        cues = [c for c in cues if not (c.cls == "agreement" and doc[c.start].lower_ == "according")]
        # "the disbanded FARC", "a banned party": a group's past change describes it
        # ("troops deployed in the area": a participle after its noun describes the troops too)
        cues = [c for c in cues if not (c.cls in ("change", "withdraw", "agreement", "base") and doc[c.end - 1].dep_ in ("amod", "acl")
                                        and doc[c.end - 1].tag_ == "VBN")]
        # "a fire at a coal mine": the noun fire, not shooting at; "water-bombing aircraft"
        cues = [c for c in cues if not (c.cls == "shoot" and doc[c.start].lemma_.lower() == "fire"
                                        and doc[c.start].pos_ == "NOUN" and c.end - c.start > 1)]
        # "the fires swept into the outskirts", "fire broke out": blazes, not shots (shots are
        # opened or exchanged: "opened fire", "came under fire")
        cues = [c for c in cues if not (c.cls == "shoot" and c.end - c.start == 1 and doc[c.start].lower_ in ("fire", "fires")
                                        and doc[c.start].pos_ == "NOUN"
                                        and (doc[c.start].tag_ == "NNS" or doc[c.start].dep_ == "nsubj"
                                             # "threw a fence into a fire": gunfire is uncounted, a blaze is "a fire"
                                             or any(k.dep_ == "det" and k.lower_ in ("a", "an") for k in doc[c.start].children)))]
        # "a wave of suicide drones", "a kamikaze drone": a loitering munition is an air/drone strike,
        # no bomber (ACLED codebook); the drone word carries the sentence
        cues = [dataclasses.replace(c, cls="airstrike", end=craft.i + 1, phrase=doc[c.start : craft.i + 1].text.lower())
                if c.cls == "suicide" and c.end - c.start == 1 and (craft := _drone_named(doc[c.start])) is not None else c
                for c in cues]
        # "amphibious assault vehicles", "an assault team": the kind of a vehicle or unit, no assault made
        cues = [c for c in cues if not (c.cls == "attack" and c.end - c.start == 1 and doc[c.start].dep_ in ("compound", "amod")
                                        and doc[c.start].head.lemma_.lower() in ASSAULT_KIT)]
        # "summoned the charge d'affaires to protest", "lodged a formal protest", "the foreign ministry
        # protested": a government's protest is diplomacy, no demonstration
        cues = [c for c in cues if not (c.cls == "protest" and c.end - c.start == 1 and _diplomatic_protest(doc[c.start]))]
        # "the anthem of Iran's protest movement", "a protest song", "protest leaders": the word names
        # a kind of thing or person, not a protest held
        cues = [c for c in cues if not (c.cls == "protest" and c.end - c.start == 1 and doc[c.start].dep_ == "compound"
                                        and doc[c.start].head.lemma_.lower() in PROTEST_KIND_NOUNS)]
        # "staged a mock hostage rescue", "a simulated air raid": a drill
        cues = [c for c in cues if not (c.trigger and _mock(doc[c.end - 1]))]
        # "a ceremony to remember the victims of the massacre": what is remembered, told elsewhere if news
        cues = [c for c in cues if not (c.trigger and doc[c.end - 1].pos_ == "NOUN" and _remembered(doc[c.end - 1]))]
        # "as a peace deal held", "the truce has held": an accord in force, not one made
        cues = [c for c in cues if not (c.cls == "agreement" and (
            (doc[c.end - 1].dep_ == "nsubj" and doc[c.end - 1].head.lemma_.lower() in ("hold", "remain", "last", "survive"))
            or any(k.dep_ == "acl" and k.lemma_.lower() == "hold" and not list(k.children) for k in doc[c.end - 1].children)))]
        # "the fires swept into the town, destroying thousands of homes": nature's damage
        cues = [c for c in cues if not (c.cls == "loot" and _done_by_nature(doc[c.end - 1]))]
        cues = [c for c in cues if not (c.cls in ("explosive", "ied_cue", "airstrike", "shelling", "air_cue")
                                        and _not_a_weapon(doc[c.start : c.end]))]
        # "anti-aircraft guns": heavy weapons, not the small arms of a firefight
        cues = [c for c in cues if not (c.cls == "firearm_cue" and doc[c.start].lemma_.lower() == "gun"
                                        and _anti_aircraft(doc[c.start]))]
        # "the Battle of Adwa", "the Tet Offensive": a capitalised name for a past happening
        cues = [c for c in cues if not (c.trigger and _named_happening(doc[c.start]))]
        # "stun grenades", "smoke bombs": crowd control, not a grenade attack
        # (thrown by the police or at a crowd; "gunmen threw a stun grenade at a house" is an attack)
        held = [(c.start, c.end) for c in cues if c.cls == "intervention"]
        if any(c.cls in ("protest", "riot", "state_cue") for c in cues):
            cues = [c for c in cues if not (c.cls in ("grenade", "explosive") and any(s <= c.start and c.end <= e for s, e in held))]
        # "riot police", "Rangers in riot gear": a police unit or its kit, not a riot; at a protest
        # it says the police stood against the crowd
        cues = [dataclasses.replace(c, cls="intervention", trigger=False, weak=True)
                if (c.cls == "riot" and doc[c.start].lower_ == "riot" and doc[c.start].dep_ in ("compound", "amod")
                    and doc[c.start].head.lemma_.lower() in RIOT_KIT) else c
                for c in cues]
        # "fired into the air to disperse": the intervention, not a shooting at anyone; "police fired
        # rubber bullets, flash-bang grenades and tear gas to clear the road": crowd control aimed at
        # no one named ("fired rubber bullets at fishermen" is an attack on them)
        # "near an air force base", "the drone academy": a place named after air power, not an
        # aircraft at work
        # ("formed a drone unit": a body named after its aircraft)
        cues = [c for c in cues if not ((c.cls == "air_cue" or (c.cls == "airstrike" and c.weak))
                                        and doc[c.end - 1].dep_ in ("compound", "amod", "nmod")
                                        and doc[c.end - 1].head.lemma_.lower() in AIR_PLACE_NOUNS | ARMED_UNIT_NOUNS)]
        # "anti-aircraft guns" fire at aircraft; "destroying several helicopters", "damaged passenger
        # planes": aircraft hit on the ground are the target, not the attacker
        cues = [c for c in cues if not (c.cls in ("air_cue", "airstrike") and (c.cls == "air_cue" or c.weak) and (
            _anti_prefixed(doc, c.start) or (doc[c.end - 1].dep_ in ("dobj", "nsubjpass")
                                             and doc[c.end - 1].head.lemma_.lower() in AIRCRAFT_HIT_VERBS)))]
        # "if an air raid alert sounds", "the bomb shelter": what is warned of or sheltered from
        cues = [c for c in cues if not (c.trigger and doc[c.end - 1].dep_ == "compound"
                                        and doc[c.end - 1].head.lemma_.lower() in WARNING_NOUNS)]
        # "fired long bursts of gunfire into the air": warning fire, aimed at no one; fired by the
        # demonstrators themselves ("soldiers demonstrated by firing into the air"), the crowd's
        # own violence (ACLED codebook: a violent demonstration)
        cues = [dataclasses.replace(c, cls="crowd_violence" if _fired_by_demonstrators(doc[c.end - 1]) else "intervention",
                                    trigger=False, weak=True)
                if c.cls == "shoot" and _into_the_air(doc[c.end - 1]) else c for c in cues]
        cues = [dataclasses.replace(c, cls="crowd_violence")
                if c.cls == "intervention" and doc[c.start].lemma_.lower() in ("fire", "shoot", "shot")
                and _fired_by_demonstrators(doc[c.start]) else c for c in cues]
        held_toks = {i for s, e in held for i in range(s, e)}
        # ("police fired shots in the air": the shots are the warning itself; armed men who fire
        # in the air to stop a bus do no crowd control)
        crowd_control = any(c.cls == "state_cue" for c in cues)
        cues = [c for c in cues if not (c.cls == "shoot" and (any(s <= c.start and c.end <= e for s, e in held)
                                                              or (crowd_control and c.end - 1 in held_toks) or (
            any(o.dep_ == "dobj" and o.i in held_toks for o in doc[c.end - 1].children)
            and not any(p.dep_ == "prep" and p.lower_ in ("at", "on", "upon", "toward", "towards") for p in doc[c.end - 1].children))))]
        # "marched them into the bush": a forced march, not a protest
        cues = [c for c in cues if not (c.cls == "protest" and doc[c.start].lemma_.lower() == "march"
                                        and doc[c.start].pos_ == "VERB" and any(k.dep_ == "dobj" for k in doc[c.start].children))]
        # "shot down an army helicopter, killing six soldiers": an attack on a crewed aircraft is
        # fighting; only drones, missiles and rockets brought down are disrupted weapons use
        cues = [dataclasses.replace(c, cls="clash") if c.cls == "disrupted" and _crewed_aircraft_down(doc[c.start : c.end]) else c
                for c in cues]
        # "armed men blocked the road": an ambush or a raid, not a protest ("detained fighters rioted"
        # names its riot outright)
        cues = [c for c in cues if not (c.cls in ("protest", "riot") and _armed_doer(doc[c.start], state_too=c.cls == "riot")
                                        and not (c.cls == "riot" and doc[c.start].lemma_.lower() in ("riot", "rioting")))]
        # "the force patrols a buffer zone": what it does as a rule
        cues = [c for c in cues if not (c.cls == "change" and doc[c.start].pos_ == "VERB" and doc[c.start].tag_ in ("VBZ", "VBP")
                                        and not any(k.dep_ in ("aux", "auxpass") for k in doc[c.start].children))]
        # "took over Combined Task Force 151", "took over the presidency": a post, not ground
        cues = [c for c in cues if not (c.cls == "capture" and _takes_a_post(doc[c.start : c.end]))]
        # "police captured two suspected militants in a raid", "the army has captured a senior
        # commander": people taken, not ground; by the state's forces an arrest, by others an
        # abduction (ACLED codebook)
        # (not beside ground taken in the same sentence: "captured a commander and seized the village")
        people_taken = {c.start: t for c in cues if c.cls == "capture" and (t := _people_captured(doc[c.start : c.end]))}
        if people_taken and all(c.start in people_taken for c in cues if c.cls == "capture"):
            cues = [dataclasses.replace(c, cls=people_taken[c.start]) if c.cls == "capture" else c for c in cues]
        # "violations of the ceasefire", "the collapse of the truce": no agreement made
        cues = [c for c in cues if not (c.cls == "agreement" and doc[c.end - 1].dep_ == "pobj"
                                        and doc[c.end - 1].head.head.lemma_.lower() in BROKEN_AGREEMENT)]
        # "talks on a truce would follow", "negotiations over a ceasefire": what talks are about is
        # not yet agreed
        cues = [c for c in cues if not (c.cls == "agreement" and doc[c.end - 1].dep_ == "pobj"
                                        and doc[c.end - 1].head.lower_ in ("on", "about", "over", "for", "toward", "towards")
                                        and doc[c.end - 1].head.head.lemma_.lower() in TALKS_NOUNS)]
        # "the junta tore up the military agreements", "scrapped the deal": an agreement undone
        cues = [c for c in cues if not (c.cls == "agreement" and doc[c.end - 1].dep_ in ("dobj", "nsubjpass")
                                        and doc[c.end - 1].head.lemma_.lower() in UNDOING_VERBS)]
        # "regained control of the parliament buildings": buildings are not territory
        cues = [c for c in cues if not (c.cls == "capture" and _buildings_only(doc[c.start : c.end]))]
        # "police evacuated 23 schools", "evacuated the wounded": people moved to safety, not ground given up
        cues = [c for c in cues if not (c.cls == "withdraw" and _evacuates_no_ground(doc[c.start]))]
        # "shot in the air to regain control": a purpose, not a capture
        cues = [c for c in cues if not (c.cls == "capture" and doc[c.start].dep_ in ("advcl", "xcomp")
                                        and any(k.dep_ == "aux" and k.lower_ == "to" for k in doc[c.start].children)
                                        and doc[c.start].head.lemma_.lower() not in ("manage", "succeed", "help", "fail"))]
        # "sitting in bamboo classrooms" is no sit-in
        cues = [c for c in cues if not (c.cls == "protest" and doc[c.start].lemma_.lower() == "sit"
                                        and c.end < len(doc) and doc[c.end - 1].lower_ == "in"
                                        and any(k.dep_ == "pobj" for k in doc[c.end - 1].children))]
        if any(c.cls == "arrest" and c.trigger for c in cues) and not {c.cls for c in cues} & (
                VIOLENT_CLASSES - {"attack"} | HEAVY_CLASSES | {"firearm_cue", "abduct", "sexual", "loot"}):
            # "carried out raids, arresting 40 suspects", "raided the village and detained 12 men":
            # a raid with arrests and nobody hurt is the arrests (ACLED codebook)
            # (the raid is then the arrests' setting, no harm done: a rebel group's raid and arrests
            # stay an abduction)
            cues = [dataclasses.replace(c, cls="arrest", trigger=False) if c.cls == "attack"
                    and doc[c.start].lemma_.lower() == "raid" and c.end - c.start == 1 else c for c in cues]
        triggers = [c for c in cues if c.trigger]
        if not triggers:
            return None
        strong = {c.cls for c in triggers if not c.weak}
        if "unopposed" in {c.cls for c in cues}:
            # "withdrew, allowing the militants to take it without resistance": ground handed over
            strong |= {c.cls for c in triggers if c.cls in ("capture", "withdraw")}
        if "clash" in strong and all(_circumstance(doc[c.end - 1]) for c in triggers if c.cls == "clash" and not c.weak) and any(
                c.cls in ("kill", "wound", "attack") and not c.weak and doc[c.end - 1].pos_ == "VERB"
                and any(k.dep_ == "dobj" for k in doc[c.end - 1].children) for c in triggers):
            # "ADF rebels killed 3 civilians during an incursion": the verb and its victims say what
            # happened; the fighting word only sets the scene
            strong.discard("clash")
        classes = {c.cls for c in cues}
        if any(c.cls == "capture" for c in triggers) and any(c.cls == "withdraw" and _withdrawal_before(doc[c.end - 1]) for c in cues):
            # "the militants took the town after the army pulled out": ground the other side left
            classes.add("other_side_left")
        explosive_words = {doc[c.start].lemma_.lower() for c in cues if c.cls == "explosive"}
        if explosive_words and explosive_words <= BARE_EXPLOSION:
            classes.add("bare_explosion")
        clash_starts = [c.start for c in cues if c.cls == "clash" and c.trigger and not c.weak]
        heavy_starts = [c.start for c in cues if c.cls in ("shelling", "explosive")]
        if any(c.cls == "clash" and c.trigger and any(_is_main_verb(t) for t in doc[c.start : c.end]) for c in cues):
            classes.add("clash_main")  # "the army and the rebels fought with heavy weapons": a fight, told as such
        if clash_starts and heavy_starts and min(clash_starts) < min(heavy_starts):
            # "clashed with heavy weapons", "responded to the shelling": the heavy weapons are
            # part of an engagement the sentence reports first
            classes.add("clash_first")
        if re.search(r"\b(?:in|from) both directions\b|\bexchanges? of (?:artillery |mortar |heavy )?fire\b", sent.text, re.I):
            classes.add("clash_first")  # fire "in both directions of the frontline": an engagement
        if rifles_named:
            # rifles, "small arms" named anywhere in the sentence, not bare "shots": direct fire
            classes.add("small_arms")
        if any(c.cls == "riot" and doc[c.start].lemma_.lower() not in ("unrest", "riot") for c in cues):
            classes.add("crowd_act")  # stones thrown, fires set: not "a day of unrest", which names no act
        if any(_by_crowd(doc[c.start]) for c in cues if c.cls == "loot"):
            classes.add("crowd_damage")  # "the demonstrators burned the police station"
        if any(_few_doers(doc[c.start]) for c in cues if c.cls == "loot"):
            classes.add("few_doers")  # "three people torched two patrol cars": a handful, no crowd
        # (the source of the report is no one there: "..., the rights group said")
        if not any(t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in CROWD_DOERS | CROWD_NOUNS
                                                     or t.lemma_.lower() in PERSON_HEADS and t.tag_ == "NNS")
                   and not _is_reporter(t) for t in sent) and not any(c.cls in ("protest", "mob") for c in cues) and "crowd_story" not in article_words:
            classes.add("no_crowd")  # "a councillor's car was set on fire": nobody in the sentence to riot
        if any(_fire_at_homes(t) for t in sent):
            classes.add("fire_at_homes")  # heavy guns fired at villages and farms, with no one firing back
            if MACHINE_GUN.search(sent.text) and "clash" not in classes and not strong & {"kill", "wound"} and not any(
                    cm.kind in ("killed", "injured") and (cm.best or 0) > 0 for cm in counts):
                # "fired machine guns at residential areas of the city", nobody hit and nobody firing
                # back: crew-served guns fired at a place from afar (ACLED codebook: shelling)
                classes.add("shelling")
        if MISFIRE.search(sent.text):
            classes.add("misfire")  # a bomb that went off in its makers' hands or never went off
        if any(_state_bombing(doc[c.start], cues) for c in cues if c.cls == "explosive"):
            classes.add("air_attack")  # "the military forces of Mozambique bombed militant targets": from the air
        if any(_attacks_settlement(doc[c.end - 1]) for c in cues if c.cls == "attack"):
            classes.add("settlement_attack")  # "Boko Haram attacked Debiro and burnt ...": people were there
        if not any(cm.kind in ("killed", "injured") and (cm.best or 0) > 0 for cm in counts) \
                and not strong & {"kill", "wound", "shoot", "sexual", "abduct"} and "loot" in classes \
                and not classes & REMOTE_CLASSES and any(
                _attacks_property(doc[c.end - 1]) for c in triggers if c.cls == "attack"):
            # "gunmen attacked and damaged the radio's offices", "raided several houses, taking away
            # clothes": an attack on things with nobody hurt destroys property (ACLED codebook)
            classes.add("property_attack")
        if any(_unarmed_side_fights(doc[c.end - 1]) for c in triggers if c.cls == "clash") and not classes & {
                "firearm_cue", "shelling", "shell_cue", "explosive"}:
            # "a clash broke out between street vendors and police", "police fought with market vendors":
            # a side the sentence names is plainly unarmed people, and no side an armed group
            classes.add("unarmed_side")
        if _air_subject(doc, cues):
            classes.add("air_attack")  # "the air force targeted", "drones struck": an air strike
        if any(t.lower_ in GRAVE_WORDS and t.head.lemma_.lower() in HARM_WORDS for t in sent):
            classes.add("grave_harm")  # "seriously injured", "serious injuries among demonstrators"
        if any(t.lower_ == "live" and t.head.lemma_.lower() in ("bullet", "ammunition", "round", "fire") for t in sent):
            classes.add("live_fire")  # "dispersed a demonstration using live bullets": lethal force, whatever it hit
        if any(t.lemma_.lower() in DEMAND_WORDS or t.lower_ in ("demanding", "dharna") for t in sent):
            classes.add("demand")  # a crowd that demands something demonstrates
        if any(doc[c.start].lemma_.lower() in RIOT_WORDS for c in cues if c.cls == "riot"):
            # "rioters clashed with police": the press's word for a crowd that turned on the state
            classes.add("riot_word")
        has_casualty_count = any(cm.kind in ("killed", "injured") and (cm.best or 0) > 0 for cm in counts)
        market_sense = {doc[c.start].lemma_.lower() for c in cues if c.cls == "protest"} <= {"rally", "march", "strike", "gather", "gathering"}
        # one disaster word is enough ("killed in a crash"); sport and market words need two
        # ("press club" is not sport)
        # (an epidemic kills but beats, stones or shoots no one: "beat up a man over wearing masks during
        # the coronavirus pandemic" is violence told in an epidemic, not the epidemic's toll)
        doer_violence = bool(strong & {"attack", "shoot", "riot", "mob", "abduct", "sexual"})
        n_context = sum(2 if c.cls == "disaster_context" else 1 for c in cues if c.cls in NON_EVENT_CONTEXTS
                        and not (doer_violence and c.cls == "disaster_context" and _epidemic_word(c.phrase)))
        # "police said" reports; it does not make a crash political
        # a firearm word that is itself the trigger ("the striker shot", "shot down the top seed") is no
        # independent sign of violence
        trigger_spans = {(c.start, c.end) for c in triggers}
        political = {
            c.cls for c in cues
            if (c.cls in POLITICAL_CUES or (c.cls == "chemical" and _chemical_weapon(doc[c.start : c.end])))
            and not _is_reporter(doc[c.end - 1])
            and not (c.cls == "air_cue" and _crashed_craft(doc[c.end - 1]))
            and not (c.cls == "firearm_cue" and any(s <= c.start and c.end <= e for s, e in trigger_spans))
            # ("France unleashed an aerial bombardment to crush Italy 73-24": in a match report an
            # aerial game is a kicking game; only a craft named makes it the air force's)
            and not (c.cls == "air_cue" and "sport_context" in article_context and doc[c.start].lemma_.lower() == "aerial")
        }
        # in a story about sport or a film, fans who march, chant or gather are no protest: only the
        # words that name one ("protested", "a sit-in", "a strike") make it one there
        named_protest = any(c.cls == "protest" and c.cls in strong and doc[c.start].lemma_.lower() not in AMBIENT_CROWD_WORDS
                            for c in triggers) or ("protest" in strong and any(t.lemma_.lower() in GRIEVANCE_WORDS for t in sent))
        if (article_context & set(NON_EVENT_CONTEXTS)) and not political and not named_protest:
            return None
        if "trial_context" in article_context:
            classes.add("trial_article")  # the dater decides: an undated happening there is a charge
        if "anniversary_context" in article_context:
            classes.add("anniversary_article")  # likewise: an undated one there is the one remembered
        if "fiction_context" in article_context and "protest" not in strong:
            # a war game, an exercise, a film: its troops, aircraft and missiles are no evidence
            return None
        if not has_casualty_count and strong <= WEAPON_USE_CLASSES and any(
                c.cls == "fiction_context" and doc[c.end - 1].lemma_.lower() in DRILL_WORDS
                # (in any clause: "Cannon boomed ... as re-enactors staged the battle")
                for c in sentence_cues):
            # "fired tanks and artillery in a live-fire exercise", "howitzers pounded targets in a scenario
            # that simulated a counter-attack": weapons used in a drill the sentence names, with nobody hurt
            return None
        if not has_casualty_count and strong <= WEAPON_USE_CLASSES and (
                _fired_into_the_sea(sent) or _test_fired(sent)
                # ("The missile was fired from a destroyer and hit a target vessel", in the test's story)
                or ("weapons_test" in article_words and not classes & {"civilian_venue", "territory_cue", "kill", "wound"})):
            # "fired an intercontinental ballistic missile into the sea", "before falling outside Japan's
            # exclusive economic zone": a launch at no one (a test or a show of force; a missile fired at
            # a ship is another matter)
            return None
        if "disaster_context" in article_context and strong <= {"change", "withdraw", "agreement", "base"}:
            return None  # soldiers mobilised against wildfires, troops sent to a flood: relief
        if n_context >= 2 and "disaster_context" in classes and strong <= {"change", "withdraw", "agreement", "base"}:
            # soldiers sent to dig out snowbound cars, residents evacuated from floods: relief, not conflict
            return None
        # "burnt the stadium's stand", "an arson attack on a chemical plant": damage done on purpose
        # to a thing the parse names is no metaphor, whatever the story's other words
        deliberate_damage = any(pc.cls == "loot" for pc in parse_cues) or any(
            c.cls == "loot" and doc[c.start].lemma_.lower() in DELIBERATE_DAMAGE for c in triggers)
        # "inspectors were attacked by traders at a market": a crowd laying hands on people is no
        # figure of the market's or the sport's, whatever the story's other words
        # ("five journalists were injured by traders": the wound told of its doers is their assault)
        crowd_assault = any(c.cls in ("attack", "wound") and _crowd_beats_people(doc[c.end - 1]) for c in triggers)
        if n_context >= 2 and not political and not deliberate_damage and not crowd_assault and not _weapon_struck(
                doc, triggers) and not (
            "protest" in strong and not (market_sense and classes & {"economy_context", "sport_context"})
        ):
            # a quake that killed ten, a striker who shot wide, shares that exploded: not political violence
            return None
        if "agreement" in strong and not classes & ({"armed_cue", "state_cue"} | POLITICAL_CUES) and not any(
            doc[c.start].lemma_.lower() in ("ceasefire", "truce", "peace", "cease", "prisoner") for c in cues if c.cls == "agreement"
        ) and not any(pc.cls == "agreement" and doc[pc.start].lemma_.lower() in ("exchange", "swap") for pc in parse_cues):
            # (captives exchanged by two sides the parse names, "Russia and Ukraine swapped prisoners",
            # are an agreement kept whoever the sides are: ACLED codebook)
            strong.discard("agreement")
        if not strong and any(c.cls == "riot" and doc[c.start].lemma_.lower() in ARSON_WORDS and _by_crowd(doc[c.start])
                              for c in triggers):
            # "about 500 community members set alight a tavern": fire a crowd sets is its violence
            strong = {"riot"}
        # (in the simple past: "has been fighting it for years", "have fought alongside" tell a record)
        armed_fight = [c for c in triggers if c.cls == "clash" and c.weak and doc[c.end - 1].tag_ == "VBD"
                       and doc[c.end - 1].dep_ != "relcl" and _armed_sides(doc[c.end - 1])]
        if armed_fight:
            # "government troops and Druze gunmen fought in the streets": armed people who fight, fight
            # a battle, and the fighting heads the mention (not the deaths told with it)
            triggers = [dataclasses.replace(c, weak=False) if c in armed_fight else c for c in triggers]
            strong = strong | {"clash"}
        # "Fighting between Kyrgyz and Tajik troops killed 24": the fighting of armed sides it names
        # heads the mention (the small model may read a sentence-initial "Fighting" as a verb)
        armed_between = [c for c in triggers if c.cls == "clash" and c.weak and doc[c.end - 1].lower_ == "fighting"
                         and any(p.dep_ == "prep" and p.lower_ == "between"
                                 and any(lemma_in(t, ARMED_HEADS | STATE_HEADS) for t in p.subtree)
                                 for p in doc[c.end - 1].children)]
        if armed_between:
            triggers = [dataclasses.replace(c, weak=False) if c in armed_between else c for c in triggers]
            strong = strong | {"clash"}
        forces_moved = [c for c in triggers if c.cls in ("withdraw", "change") and c.weak and _forces_move(doc[c.start])
                        and not article_words & {"ground_taken", "fighting_told"}]
        if forces_moved:
            # "the rebels pulled back from the town", "the government deployed troops to the border":
            # armed forces the verb moves, told as done, are a change of posture (ACLED codebook); in a
            # story of ground taken or of fighting, a side's pull-back is part of the taking or the fight
            triggers = [dataclasses.replace(c, weak=False) if c in forces_moved else c for c in triggers]
            strong = strong | {c.cls for c in forces_moved}
        went_off = [c for c in triggers if c.cls == "explosive" and c.weak and _went_off(doc[c.end - 1])]
        if went_off:
            # "a roadside mine went off near a police vehicle": a mine or bomb that blew up is no coal mine
            triggers = [dataclasses.replace(c, weak=False) if c in went_off else c for c in triggers]
            strong = strong | {"explosive"}
        brawl = False
        broke_out = [c for c in triggers if c.cls == "clash" and c.weak and _fight_between(doc[c.end - 1])]
        if not strong and broke_out:
            # "a fight broke out between rival traders": a fight that happened, between sides it names;
            # with no armed side or force of the state among them, a brawl (ACLED: mob violence)
            triggers = [dataclasses.replace(c, weak=False) if c in broke_out else c for c in triggers]
            strong = strong | {"clash"}
            brawl = not any(lemma_in(t, ARMED_HEADS | STATE_HEADS) or t.lemma_.lower() in NON_STATE_FIGHTERS
                            for c in broke_out for t in _fight_sides(doc[c.end - 1]))
        intervening = {i for c in cues if c.cls == "intervention" for i in range(c.start, c.end)}
        if not strong and any(c.cls == "protest" and _staged_or_stopped(doc[c.end - 1], intervening) for c in triggers):
            # "staged a road blockade", "suppressed the weekly march": a protest someone held or broke up
            strong = {"protest"}
        if not strong and _commemorative_gathering(sent, [doc[c.end - 1] for c in triggers]):
            # "tens of thousands gathered at the memorial centre to mark 30 years since the massacre":
            # a crowd that remembers and asks nothing is a commemoration, however large
            return None
        if not strong:
            # weak words alone ("dead", "drone", "strike") need a casualty count to count as an event
            if not has_casualty_count:
                return None
            strong = {c.cls for c in triggers}
        if any(cm.kind in ("killed",) and (cm.best or 0) > 0 for cm in counts):
            classes.add("kill")
            killed = max(cm.best or 0 for cm in counts if cm.kind == "killed")
            taken = [cm.best for cm in counts if cm.kind == "abducted" and cm.best]
            if not taken or killed > max(taken):
                classes.add("kills_outnumber")  # "killing 41 and abducting six": an attack, not an abduction
        if any(cm.kind in ("injured",) and (cm.best or 0) > 0 for cm in counts):
            classes.add("wound")
        if any(cm.kind == "arrested" for cm in counts):
            classes.add("arrest")
        if any(cm.kind == "crowd" for cm in counts) and "protest" in classes:
            strong.add("protest")

        # a strategic verb at the top of the sentence ("forces agreed a ceasefire after the worst
        # fighting", "troops captured the port") says what the sentence reports
        main_cls = next(
            (c.cls for c in triggers if c.cls in strong and c.cls in STRATEGIC_MAIN
             and any(_is_main_verb(t) or (c.cls == "agreement" and _agreeing_verb(t) is not None)
                     for t in doc[c.start : c.end])),
            None,
        )
        if main_cls is None and not has_casualty_count and any(
                c.cls == "change" and c.cls in strong and not c.weak and doc[c.end - 1].dep_ in ("nsubj", "nsubjpass", "dobj")
                and doc[c.end - 1].head.dep_ == "ROOT" for c in triggers) and not any(
                c.cls in FIGHT_CLASSES and any(_is_main_verb(t) for t in doc[c.start : c.end]) for c in triggers):
            # "reinforcements arrived on the frontlines as battles continue": forces sent or
            # recruited are what the main clause reports; fighting only in a clause below it,
            # with nobody counted dead or hurt, is the setting
            main_cls = "change"
        if main_cls == "arrest" and any(
                c.cls in VIOLENT_CLASSES and c.cls in strong and not c.weak and any(
                    _is_main_verb(t) or (t.dep_ in ("nsubj", "nsubjpass") and _is_main_verb(t.head)) for t in doc[c.start : c.end])
                for c in triggers) and not any(_harms_captives(doc[c.end - 1]) for c in triggers if c.cls == "arrest"):
            # "seven militants were killed and three were arrested", "an exchange of fire took place and a
            # wounded Maoist was arrested": people taken in the fighting the sentence reports beside it
            # are part of that fight (ACLED codebook), so the arrests do not decide the type
            main_cls = None
        if main_cls in ("loot", "disrupted") and _destroyed_by_remote_weapon(
                [doc[c.end - 1] for c in triggers if c.cls == main_cls],
                [c for c in triggers if c.cls in REMOTE_CLASSES and c.cls in strong and not c.weak]):
            # "forces shelled and destroyed a mosque", "airstrikes destroyed five houses", "destroyed a
            # depot with heavy artillery fire": the weapon used decides (ACLED codebook: property
            # destruction is coded only when no other type fits)
            main_cls = None
        deed_tok = None
        if main_cls == "arrest":
            deeds = [c for c in triggers if c.cls in VIOLENT_CLASSES | {"riot", "mob"} and c.cls in strong and not c.weak]
            deed_tok = next((d for a in triggers if a.cls == "arrest"
                             if (d := _arrested_for_the_deed(doc[a.end - 1], deeds)) is not None), None)
            if deed_tok is not None:
                # "13 people were arrested after they attacked police officers with stones": the deed
                # they were taken for, told beside it that day, is the happening (ACLED codes the attack)
                main_cls = None
        if main_cls is not None and not (classes & {"protest", "riot", "mob"} and main_cls in ("loot", "arrest", "change", "withdraw")):
            # the main verb's strategic event heads the mention: its words carry roles and modality
            triggers_for_head = [c for c in triggers if c.cls == main_cls] or triggers
        else:
            triggers_for_head = triggers
        # "No arrests have been made after shops were looted": a happening the sentence says did not
        # take place does not head it while another does
        said_not = [c for c in triggers_for_head if doc[c.end - 1].pos_ == "NOUN" and any(
            k.dep_ == "det" and k.lower_ == "no" for k in doc[c.end - 1].children)]
        if said_not and any(c not in said_not and c.cls in strong and not c.weak for c in triggers_for_head):
            triggers_for_head = [c for c in triggers_for_head if c not in said_not]
        head_candidates = [c for c in triggers_for_head if c.cls in strong and not c.weak] or [
            c for c in triggers_for_head if c.cls in strong
        ] or triggers_for_head
        head_cue = min(
            head_candidates,
            key=lambda c: (TRIGGER_PRIORITY.index(c.cls) if c.cls in TRIGGER_PRIORITY else 99, c.start),
        )
        # the verb that carries the happening, for roles and modality
        verb_tok = self._main_verb(doc, triggers_for_head, strong) if deed_tok is None else deed_tok
        agreeing = _agreeing_verb(doc[head_cue.end - 1]) if head_cue.cls == "agreement" else None
        if agreeing is not None:
            verb_tok = agreeing  # "X and Y agreed to a ceasefire": the parties are its subject
        noun_tok = doc[head_cue.end - 1]
        trig_tok = verb_tok if verb_tok is not None else noun_tok

        a1, a2, a1_from_parse = find_roles(sent, trig_tok, noun_tok, cues, body_start)
        # ("were arrested after they attacked ...": "they" are the people the arrest's clause names)
        a1_from_parse = a1_from_parse or (deed_tok is not None and a1 is not None)
        lone_doer = a1 is not None and antecedent(a1).tag_ in ("NN", "NNP") and not _armed_phrase(antecedent(a1))
        if head_cue.cls in ("kill", "attack", "wound", "shoot", "sexual") and (
                (_own_kin(a2) and lone_doer) or ("domestic_story" in article_words and (a1 is None or not a1_from_parse or lone_doer)
                                                 and not classes & (REMOTE_CLASSES | {"firearm_cue"}))) \
                or ("domestic_story" in article_words and not classes & CROWD_CLASSES and (
                    head_cue.cls == "arrest"
                    or any(a.lemma_.lower() in CHARGING_VERBS for a in list(doc[head_cue.end - 1].ancestors)[:3]))):
            # "charged with murdering his wife", "stabbed her husband": violence in the home is
            # crime between kin, not political violence (ACLED does not code it); in a story of such
            # a crime, the victim "attacked outside his home", the suspect's arrest and the charge
            # ("charged a man with murder after his wife was found stabbed") are that crime
            return None
        hurt_crowd = _harmed_among_crowd(sent)
        if hurt_crowd is not None and a1 is not None and antecedent(a1).i == hurt_crowd.i:
            # "serious injuries among the demonstrators as the authorities suppressed their protests":
            # the people the harm fell among suffered it; they are not its doers
            a1, a1_from_parse = None, False
            a2 = a2 if a2 is not None and antecedent(a2).i != hurt_crowd.i else hurt_crowd
        victims_protesters = lemma_in(a2, PROTESTER_HEADS) or (
            a2 is not None and any(lemma_in(t, PROTESTER_HEADS) for t in phrase_span(a2))
        ) or _fired_on_a_gathering(sent) or (
            # (with no doer named, and no fight the crowd was in: "injured in a clash with police")
            a1 is None and a2 is not None and "clash" not in classes and not _armed_phrase(antecedent(a2))
            and _harmed_at_a_gathering(trig_tok))
        off_duty_scene = bool(OFF_DUTY_SCENE.search(sent.text))
        roles = RoleInfo(
            actor1_state=lemma_in(a1, STATE_HEADS),
            actor2_state=a2 is not None and any(
                lemma_in(t, STATE_HEADS) or t.lower_.rstrip("s") in STATE_HEADS for t in phrase_span(a2)),
            # only a parsed agent can make a mob: the nearest noun may well be the victims
            actor1_crowd=a1_from_parse and _is_crowd(a1),
            actor1_persons=a1_from_parse and _is_plain_persons(a1),
            actor1_named=a1_from_parse or any(c.dep_ in ("agent", "nsubj") for c in trig_tok.children),
            actor1_unarmed=_is_unarmed(a1),
            # (not against plainly armed attackers: "armed youth ... clashes with residents")
            actor2_unarmed=not (a1 is not None and not lemma_in(a1, STATE_HEADS) and (
                _armed_phrase(antecedent(a1)) or any(c.lower_ == "armed" for c in antecedent(a1).children))) and (
                (_is_unarmed(a2) and _side_of(a2, {trig_tok.i, noun_tok.i})) or (a1 is not None and any(
                c.dep_ == "conj" and _is_unarmed(c) for c in antecedent(a1).children)) or (
                _reciprocal(trig_tok) and _is_unarmed(a1))),  # "supporters of X and Y fought one another"
            # (a victim the parse names as a civilian is the one harmed: "shot at a bus driver at a
            # checkpoint" has the checkpoint as a place, not armed victims)
            actor2_armed=((a2 is not None and _armed_phrase(antecedent(a2)))
                          or (_victims_armed(sent, cues) and not _names_civilians(a2)))
            and not (a2 is not None and off_duty_scene),
            actor2_off_duty=a2 is not None and (_off_duty(antecedent(a2)) or _community_members(antecedent(a2))
                                                or off_duty_scene),
            victims_are_protesters=victims_protesters and bool(classes & {"kill", "shoot", "wound", "attack"}),
            sides_coordinated=_coordinated(a1, a2),
        )
        if (
            any(doc[c.start].lemma_.lower() in ARSON_WORDS for c in cues if c.cls in ("loot", "riot"))
            and not has_casualty_count and not classes & (CROWD_CLASSES | {"kill", "wound"} | REMOTE_CLASSES)
            and "shoot" not in strong  # ("Children of Fire" is a name, not gunfire)
            and not (a2 is not None and lemma_in(a2, ARMED_HEADS | CROWD_HEADS | PROTESTER_HEADS))
        ):
            # "carried out an arson attack targeting a hotel": property destroyed, nobody hurt
            classes.add("arson")
        if (
            classes & VIOLENT_CLASSES == {"shoot"} and a2 is None and not has_casualty_count
            and not classes & {"civilian_cue", "civilian_venue", "intervention"} and not _aimed(sent, cues)
        ):
            # "shots were fired near the frontline", "an exchange of fire": gunfire with nobody
            # hit and no target is fighting between armed sides, not an attack on civilians
            classes.add("untargeted_fire")
        if any(_harms_captives(doc[c.end - 1]) for c in cues if c.cls in ("abduct", "arrest")):
            # "kidnapped and killed", "arrested and beat": violence against the captives (ACLED: attack)
            classes.add("harmed_captives")
        if any(c.cls == "kill" and not c.weak and doc[c.end - 1].lemma_.lower() == "massacre" for c in triggers):
            classes.add("massacre")  # a mass killing of people who could not fight back (ACLED: attack)
        typing = decide_type(classes, strong, roles, main_cls=main_cls)
        if typing is None:
            return None
        if brawl and typing.event_type == "Battles":
            typing = typed("Mob violence", typing.certainty)
        if "bare_explosion" in classes and "disaster_context" in (classes | article_words) and not political and not (
            classes & {"armed_cue", "air_cue", "ied_cue", "suicide", "attack"}
        ):
            # "an explosion ripped through a warehouse of petroleum products": an accident
            return None
        if classes & {"explosive", "bare_explosion"} and "accident_cause" in classes and not (
                classes & {"air_cue", "ied_cue", "suicide", "attack", "shoot", "firearm_cue"}):
            # "explosions at a military barracks ... caused by the careless handling of dynamite"
            return None
        if typing.sub_event_type == "Disrupted weapons use" and "legacy_ordnance" in (classes | article_words):
            return None  # "defused three unexploded bombs from the Second World War"
        if typing.event_type == "Explosions/Remote violence" and legacy_weapon and not classes & {
                "armed_cue", "suicide", "air_cue", "attack"}:
            # "a civilian was injured by a landmine laid during the Iran-Iraq War": a remnant of a war
            # long over, with nobody using it now, is no attack (ACLED codebook: strategic development, other)
            typing = typed("Other", typing.certainty)
        if typing.sub_event_type == "Non-violent transfer of territory" and "ground_taken" not in article_words \
                and not classes & {"capture", "unopposed", "other_side_left"}:
            # "US forces have withdrawn from a base near Kobani", with nobody in the story taking it
            # over: territory changes hands only when someone acquires it; a unit pulling out is a
            # change in its activity (ACLED codebook)
            typing = typed("Change to group/activity", typing.certainty)
        if typing.sub_event_type == "Change to group/activity" and "unopposed" in classes and any(
                pc.cls == "change" and doc[pc.start].lemma_.lower() == "enter" for pc in parse_cues):
            # "the fighters entered the town and met no resistance": ground taken without a fight
            # (ACLED codebook: non-violent transfer of territory)
            typing = typed("Non-violent transfer of territory", typing.certainty)
        if typing.sub_event_type == "Abduction/forced disappearance" and "captive_later_dead" in article_words:
            # people seized and then killed: the killing decides (ACLED codebook: attack)
            typing = typed("Attack", typing.certainty)
        if typing.sub_event_type == "Abduction/forced disappearance" and _hoax(doc[head_cue.end - 1]):
            return None  # "staged his own kidnapping"

        # bodies found by searchers, with no killer named: the searchers are not a political side
        remains_found = a1 is None and doc[head_cue.end - 1].lemma_.lower() in REMAINS_NOUNS
        if (
            "disaster_context" in article_words and a1 is None and (not political or remains_found)
            and classes & VIOLENT_CLASSES <= {"kill", "wound"} and not classes & (REMOTE_CLASSES | CROWD_CLASSES | {"firearm_cue"})
            and not deliberate_damage  # ("riders burnt a vehicle after a road accident": their act, not the accident's)
        ):
            # "54 people were injured" in a story about a landslide or a fireworks blast: the
            # disaster's casualties, with nobody and no weapon behind them
            return None
        if (
            "disaster_context" in article_context and classes & VIOLENT_CLASSES <= {"kill", "wound"}
            and not classes & (REMOTE_CLASSES | CROWD_CLASSES | {"firearm_cue", "shoot", "attack"})
            and not (a1 is not None and (_armed_phrase(antecedent(a1)) or roles.actor1_state))
        ):
            # an article about an earthquake: its dead, even with the army digging beside them
            return None
        # a drug bust or a fraud ring's arrest, in the sentence or in an article about crime
        # (arrests told beside a disaster are for negligence: "arrested the managers of the company that
        # maintained the bridge that collapsed")
        crime = "crime_context" in classes or "crime_context" in article_context or (
            # (or in a story steeped in the disaster: "police arrested the two men" who started the wildfire)
            ("disaster_context" in classes or "disaster_context" in article_context) and typing.sub_event_type == "Arrests") or (
            # "detained the merchant for failing to coordinate the handout": held over a lapse
            typing.sub_event_type == "Arrests" and any(_held_for_a_lapse(doc[c.end - 1]) for c in triggers if c.cls == "arrest"))
        # a police raid with nobody hurt is an operation, not an attack
        police_raid = head_lemma_of(doc, triggers, "raid") and roles.actor1_state and not has_casualty_count
        if (typing.sub_event_type in CRIME_SUBTYPES or police_raid) and crime and not any(
            t.lemma_.lower() in POLITICAL_PEOPLE for t in sent
        ):
            return None
        head_lemma = doc[head_cue.start].lemma_.lower()
        # a verb whose object the parse checked ("seized the town", "seized weapons") is not ambiguous
        parse_confirmed = any(pc.cls == head_cue.cls and pc.start == head_cue.start for pc in parse_cues)
        ambiguous = head_cue.end - head_cue.start == 1 and head_lemma in AMBIGUOUS_TRIGGERS and not parse_confirmed \
            and not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in VIOLENT_MODIFIERS
                        for c in doc[head_cue.start].children) \
            and not (head_cue.cls == "protest" and any(
                c.cls == "protest" and not c.weak and (c.end - c.start > 1 or doc[c.start].lemma_.lower() not in AMBIGUOUS_TRIGGERS)
                for c in triggers))  # ("rallies and sit-ins were held": the sit-ins say which rallies)
        p_none = self.classifier.predict_proba(sent.text)["none"] if self.classifier is not None else 0.0
        # (a chemical weapon named outright, "sarin", "a chemical attack", is no loose word either)
        named_chemical_weapon = head_cue.cls == "chemical" and _chemical_weapon(doc[head_cue.start : head_cue.end])
        # people the parse shows laying hands on people ("villagers assaulted a ration dealer", "two
        # groups of migrant labourers clashed") are read plainly, whatever the sentence model makes
        # of a story about food or a market (parse checks made only when a gate would close)
        def hands_on() -> bool:
            return crowd_assault or any(c.cls == "clash" and doc[c.end - 1].pos_ == "VERB"
                                        and _unarmed_side_fights(doc[c.end - 1]) for c in triggers)

        # ground the parse shows armed men taking ("the army recovered the border regions") is read
        # plainly too: a capture verb with a territory object and an armed doer is seldom a figure
        def armed_capture() -> bool:
            return head_cue.cls == "capture" and parse_confirmed and _armed_doer(doc[head_cue.start], state_too=True)

        # (a riot word is no loose word either, unless it refers back to riots told before: "the
        # violent protests were deeply distressing")
        riot_told = head_cue.cls == "riot" and not _has_definite_det(doc[head_cue.end - 1])
        if p_none > WIDE_GATE_P_NONE and not has_casualty_count and head_cue.cls not in WIDE_GATE_EXEMPT and not riot_told \
                and not named_chemical_weapon and not hands_on() and not armed_capture():
            return None
        if self.classifier is not None and ambiguous and not hands_on():
            # the lexicon finds candidate words; whether a sentence built on a word common outside
            # political violence reports an event is where a sentence model does better
            if p_none > GATE_P_NONE and not has_casualty_count and not (
                classes & {"armed_cue", "state_cue", "air_cue", "ied_cue"}
            ):
                return None
            typing = Typing(typing.event_type, typing.sub_event_type, typing.plover_type,
                            round(typing.certainty * (1.0 - 0.5 * p_none), 3))
        flags = _modality(trig_tok)
        if "trial_article" in classes and any(a.lemma_.lower() in CHARGE_HEADS for a in trig_tok.ancestors):
            return None  # "convicted on Thursday of war crimes, including abducting children": a charge
        if head_cue.cls == "agreement" and agreeing is not None:
            # "agreed to a ceasefire": the agreeing is what happened, not a plan
            flags["future"] = flags["future"] and any(
                c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in trig_tok.children
            )
        if head_cue.cls == "protest" and doc[head_cue.end - 1].i != trig_tok.i:
            # "protesters ... will march": check the protest word too
            more = _modality(doc[head_cue.end - 1])
            flags = {k: flags[k] or more[k] for k in flags}
        if head_cue.cls == "protest" and (flags["future"] or flags["hypothetical"]) and not (
                flags["negated"] or flags["threatened"]) and (_attempted(doc[head_cue.end - 1]) or _attempted(trig_tok)) and any(
                c.cls in ("intervention", "arrest") and not any(_modality(doc[c.end - 1]).values()) for c in cues):
            # "detained while trying to hold a demonstration", "tear gas in an attempt to stop them
            # marching": the protest was under way when the state stepped in (ACLED codebook: a
            # protest with intervention)
            flags["future"] = flags["hypothetical"] = False
        if flags["future"] and not (flags["negated"] or flags["hypothetical"] or flags["threatened"]) \
                and _attempt_did_harm(trig_tok, cues):
            # "gunmen attempted to assassinate a trader, seriously injuring him", "youths tried to
            # lynch a suspect, torching his house": an attempt that hurt or burnt is an attack made
            # (ACLED codes attempted attacks with their outcome)
            flags["future"] = False
        head_tok = doc[head_cue.end - 1]
        if head_tok.pos_ == "NOUN" and any(a.dep_ == "relcl" for a in [head_tok, *list(head_tok.ancestors)[:4]]):
            # "a bridge that was destroyed during the battle ... reopened": a happening that only
            # describes a noun of the sentence
            classes.add("in_relative_clause")
        anaphoric = _has_definite_det(head_tok) and head_tok.pos_ == "NOUN"
        # "The protests erupted on Oct. 17 over a WhatsApp tax": how a wave of protests began
        onset = anaphoric and head_cue.cls == "protest" and head_tok.tag_ == "NNS" and head_tok.dep_ == "nsubj" \
            and head_tok.head.lemma_.lower() in ONSET_VERBS
        return Mention(
            sent_start=sent.start_char,
            sent_end=sent.end_char,
            trigger=SpanRef.of(doc[head_cue.start : head_cue.end]),
            trigger_class=head_cue.cls,
            typing=typing,
            classes=classes,
            actor1=actor_span(a1, body_start),
            actor2=actor_span(a2, body_start),
            counts=counts,
            attribution=find_attribution(sent, body_start),
            claims=find_claims(sent),
            anaphoric=anaphoric,
            wave_onset=onset,
            lethal=not _in_clause(trig_tok) and any(
                cm.kind == "killed" and (cm.best or 0) > 0 and not _in_clause(doc[token_at(doc, cm.start)]) for cm in counts),
            roles=roles,
            verbal=verb_tok is not None or _occurs(head_tok),
            **flags,
        )

    def _clause_mentions(
        self, sent: Span, body_start: int, article_context: set[str], cues: list[Cue], article_words: set[str],
    ) -> list[Mention]:
        """One mention per clause when the sentence tells separate happenings in separate clauses
        ("Russian bombs killed four in Zaporizhzhia, as Ukraine said its drones had struck a
        refinery in Russia"); empty when it tells one, which the whole-sentence mention covers."""
        bounds = _clause_bounds(sent)
        if not bounds:
            return []
        doc = sent.doc
        edges = [sent.start, *sorted(bounds), sent.end]

        def read(a: int, b: int) -> Mention | None:
            own = [c for c in cues if a <= c.start and c.end <= b]
            return self._sentence(doc[a:b], body_start, article_context, own, article_words) if own else None

        parts = [(edges[k], edges[k + 1], read(edges[k], edges[k + 1])) for k in range(len(edges) - 1)]
        k = 0
        while k < len(parts) - 1:
            (a0, b0, m0), (a1, b1, m1) = parts[k], parts[k + 1]
            if m0 is not None and m1 is not None and _separate_happenings(doc[a0:b0], m0, doc[a1:b1], m1, bounds[b0]):
                k += 1
                continue
            # one happening, or a clause with none of its own: read the two clauses together
            parts[k : k + 2] = [(a0, b1, read(a0, b1))]
            k = max(k - 1, 0)
        parts = [p for p in parts if p[2] is not None]
        if len(parts) < 2:
            return []
        whole = find_attribution(sent, body_start)
        out = []
        for a, b, m in parts:
            m.clause = (m.sent_start, m.sent_end)
            m.clause_join = bounds.get(a, "")
            m.sent_start, m.sent_end = sent.start_char, sent.end_char
            if not m.attribution:
                m.attribution = whole  # "..., the charity said": the source speaks for every clause
            out.append(m)
        return out

    @staticmethod
    def _main_verb(doc: Doc, triggers: list[Cue], strong: set[str]) -> Token | None:
        """The first strong trigger that the parser saw as a verb: it carries the roles."""
        for c in sorted(triggers, key=lambda c: c.start):
            if c.cls in strong and not c.weak:
                for tok in doc[c.start : c.end]:
                    if tok.pos_ == "VERB" and not _heading_label(tok):
                        return tok
        return None


ARSON_WORDS = {"arson", "torch", "set", "burn", "firebomb", "petrol"}
RIOT_WORDS = {"riot", "rioting", "rioter", "violent", "turn"}
BARE_EXPLOSION = {"explosion", "blast", "explode", "detonate", "detonation"}
#: prepositions and verbs that introduce what a protest is about, not what happened at it
TOPIC_PREPS = {"over", "against", "about", "following", "after", "regarding", "for", "at", "demanding", "condemning", "denouncing"}
TOPIC_VERBS = {"demand", "denounce", "condemn", "protest", "call", "complain", "seek", "oppose", "mourn", "deplore",
               "honour", "honor", "remember", "recover", "reject", "decry",
               "commemorate", "mark", "decry", "criticise", "criticize", "urge", "express", "accuse", "show", "support"}
#: weak protest words that are protest events when used as verbs ("workers marched")
PROTEST_VERBS_WHEN_VERB = {"march", "picket", "blockade"}
#: soldiers, cadets and bands march in parades, not in protests
MARCHING_FORCES = {"troop", "soldier", "serviceman", "servicemen", "servicewoman", "cadet", "unit", "band", "contingent",
                   "veteran", "army", "sailor", "marine", "officer", "guard", "regiment", "battalion", "scout",
                   "recruit", "graduate", "commando", "trainee", "conscript", "crew"}
#: a weapon word modifying one of these names equipment or an industry, not an attack
EQUIPMENT_HEADS = {"system", "programme", "program", "maker", "manufacturer", "factory", "plant", "industry",
                   "technology", "production", "purchase", "sale", "contract", "exhibition", "display", "shield",
                   "capability", "arsenal", "budget", "export", "import", "developer", "firm", "company", "defence",
                   "defense", "museum", "parade", "fair", "expo", "show", "launcher",
                   # warships named by their arms ("a guided-missile frigate")
                   "frigate", "destroyer", "corvette", "cruiser", "warship", "submarine", "vessel", "ship"}
#: "armed with anti-ship missiles", "fitted with drones": what a thing carries, not its use
EQUIPPING_VERBS = {"arm", "equip", "fit", "outfit", "carry"}
DEMAND_WORDS = {"demand", "denounce", "condemn", "slogan", "chant", "grievance", "solidarity", "against", "oppose",
                "reject", "rejection", "outrage"}
NON_EVENT_CONTEXTS = ("disaster_context", "sport_context", "economy_context", "diplomacy_context", "technology_context",
                      "fiction_context")
#: an article this steeped in one non-event context (a tennis report, a market wrap, an accident
#: story) needs a political cue in the sentence itself before a violent-sounding word counts
ARTICLE_CONTEXT_MIN = {"sport_context": 4, "economy_context": 5, "technology_context": 4, "disaster_context": 3,
                       "diplomacy_context": 5, "fiction_context": 4, "crime_context": 2, "trial_context": 4,
                       "anniversary_context": 2}
#: arrests and seizures in ordinary crime (drugs, smuggling, fraud) are not political events
CROWD_CLASSES = {"protest", "riot", "mob"}
CRIME_SUBTYPES = {"Arrests", "Disrupted weapons use", "Looting/property destruction"}
POLITICAL_PEOPLE = {"protester", "activist", "opposition", "militant", "rebel", "insurgent", "journalist",
                    "supporter", "leader", "politician", "party", "terrorist", "extremist", "separatist", "dissident"}
#: cues that show political violence or a political crowd despite a non-event context
POLITICAL_CUES = {"armed_cue", "air_cue", "ied_cue", "firearm_cue", "suicide", "intervention", "grenade",
                  "abduct", "sexual", "mob"}


def head_lemma_of(doc: Doc, triggers: list[Cue], lemma: str) -> bool:
    """Is ``lemma`` the only kind of violent trigger word in the sentence?"""
    words = {doc[c.start].lemma_.lower() for c in triggers if c.cls in VIOLENT_CLASSES}
    return words == {lemma}


#: people who are there as a gathering, whom tear gas disperses
GATHERED_PEOPLE = {"mob", "crowd", "youth", "protester", "demonstrator", "rioter", "gathering", "mourner", "worshipper"}
#: gatherings that fire can be aimed at: "opened fire on a huge march"
FIRED_ON_GATHERINGS = {"march", "rally", "protest", "demonstration", "crowd", "sit-in", "vigil", "procession",
                       "protester", "protestor", "demonstrator", "marcher", "mourner"}
#: nouns for violence done to someone, whose "on"/"against" phrase names its target
ASSAULT_NOUNS = {"attack", "assault", "raid", "onslaught", "shooting", "gunfire"}


def _fired_on_a_gathering(sent: Span) -> bool:
    """"Police opened fire on a march ..., killing eight", "killed in attacks against peaceful
    protesters": those killed were the marchers."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in ASSAULT_NOUNS:
            # the attack named as a noun: its target comes with "on" or "against"
            fire_noun = [tok]
        elif tok.pos_ == "VERB":
            fire_noun = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "fire"]
            if lemma not in ("fire", "shoot") and not (lemma == "open" and fire_noun):
                continue
        else:
            continue
        for prep in [*tok.children, *(k for f in fire_noun for k in f.children if k.i != tok.i)]:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "at", "into", "against", "upon"):
                if any(o.dep_ == "pobj" and o.lemma_.lower() in FIRED_ON_GATHERINGS for o in prep.children):
                    return True
    return False


#: what is done to captives that makes their taking an attack
HARM_VERBS = {"kill", "murder", "behead", "execute", "stab", "beat", "torture", "shoot", "slaughter", "hack", "lynch"}


def _harmed_at_a_gathering(verb: Token) -> bool:
    """"Two students died of bullet wounds during a rally": people harmed at a protest, with
    nothing saying they were not in it, are its marchers."""
    v = verb
    for _ in range(3):  # ("died of gunshot wounds": from the wound noun up to its verb)
        if v.pos_ in ("VERB", "AUX") or v.dep_ not in ("pobj", "prep", "compound") or v.head.i == v.i:
            break
        v = v.head
    if v.pos_ not in ("VERB", "AUX"):
        return False
    return any(prep.dep_ == "prep" and prep.lower_ in ("during", "at") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in FIRED_ON_GATHERINGS for o in prep.children) for prep in v.children)


def _destroyed_by_remote_weapon(destroyers: list[Token], weapons: list[Cue]) -> bool:
    """Is one of ``weapons`` the means of the destruction (subject, coordinated verb, "with" or
    "using" phrase), not the thing destroyed ("shot down a drone", "destroyed an arms depot")?"""
    if not weapons or not destroyers:
        return False
    doc = destroyers[0].doc
    destroyed = {t.i for v in destroyers for o in v.children if o.dep_ in ("dobj", "nsubjpass") for t in o.subtree}
    return any(not any(i in destroyed for i in range(c.start, c.end)) for c in weapons) and not any(
        doc[c.end - 1].dep_ in ("compound", "amod") and doc[c.end - 1].head.i in destroyed for c in weapons)


#: family and partners: one's own kin as the victim makes violence domestic
KIN_NOUNS = {"wife", "husband", "girlfriend", "boyfriend", "partner", "fiancee", "fiance", "spouse", "mother", "father",
             "son", "daughter", "brother", "sister", "stepson", "stepdaughter", "stepfather", "stepmother", "child",
             "children", "baby", "parent", "grandmother", "grandfather", "niece", "nephew", "ex-wife", "ex-husband",
             # and the people next door: a quarrel over a fence is no political violence either
             "neighbour", "neighbor"}


def _own_kin(victim: Token | None) -> bool:
    """Is the victim family, told as the doer's own ("his wife", "her two children")?  (The caller
    checks the doer is one person, not "gunmen", whose "his" would be someone else's.)"""
    if victim is None:
        return False
    victim = antecedent(victim)
    return victim.lemma_.lower() in KIN_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in victim.children)


#: what "protest" may qualify without naming a protest held
PROTEST_KIND_NOUNS = {"movement", "song", "anthem", "music", "singer", "leader", "organiser", "organizer", "group",
                      "culture", "art", "poetry", "literature", "tradition", "history", "icon", "symbol"}
#: words for talking towards an accord
TALKS_NOUNS = {"talk", "talks", "negotiation", "negotiations", "discussion", "discussions", "dialogue", "consultation",
               "proposal", "plan", "push", "effort", "call", "bid", "hope", "prospect"}
#: words that make a happening a rehearsal or a show
MOCK_WORDS = {"mock", "simulated", "simulate", "dummy", "pretend"}


def _mock(tok: Token) -> bool:
    """"a mock hostage rescue", "a simulated air raid": the word or the noun it qualifies is marked
    as a rehearsal."""
    heads = [tok] + ([tok.head] if tok.dep_ in ("compound", "amod") else [])
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in MOCK_WORDS for h in heads for c in h.children)


def _domestic_harm(victim: Token) -> bool:
    """Is ``victim`` someone's kin killed or hurt by one person ("suspected of killing his elder
    brother", "a man who stabbed his wife")?"""
    if not _own_kin(victim) or victim.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = victim.head
    if verb.lemma_.lower() in ARREST_VERBS and victim.dep_ == "dobj":
        return True  # "arrested her husband": the suspect is the victim's kin
    if verb.lemma_.lower() == "find" and victim.dep_ == "nsubjpass":
        # "after his wife was found stabbed to death": the deed the finding tells
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "oprd", "acomp") and c.pos_ == "VERB"), verb)
        if verb.lemma_.lower() in HARM_VERBS | {"strangle"}:
            return True
    if verb.lemma_.lower() not in HARM_VERBS | {"murder", "strangle", "injure", "assault"}:
        return False
    if any(a.lemma_.lower() in ("suspect", "suspicion", "charge", "accuse", "arrest", "convict") for a in list(verb.ancestors)[:3]):
        return True  # ("arrested on suspicion of killing his neighbour")
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and antecedent(subj).tag_ in ("NN", "NNP") and not _armed_phrase(antecedent(subj))


REMEMBER_VERBS = {"remember", "commemorate", "honour", "honor", "mourn", "memorialise", "memorialize"}


def _remembered(noun: Token) -> bool:
    """Is ``noun`` within what a verb of remembrance has as its object ("to remember the victims of
    the massacre", "commemorated the uprising")?"""
    tok = noun
    for _ in range(5):
        if tok.dep_ not in ("dobj", "pobj", "prep", "compound", "conj", "appos") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in REMEMBER_VERBS:
            return True
    return False


#: what links an arrest to the deed it was made for
DEED_LINKS = {"after", "for", "when"}


def _arrested_for_the_deed(arrest: Token, violence: list[Cue]) -> Token | None:
    """The deed ``arrest`` was made for, violence the same people did told in a clause under it
    ("were arrested after they attacked police", "arrested for fighting"); None when there is none
    or that clause has a date of its own ("arrested for attacking a post last year")."""
    if arrest.pos_ != "VERB" or not violence:
        return None
    doc = arrest.doc
    for c in violence:
        deed = doc[c.end - 1]
        if deed.pos_ != "VERB" or deed.head.i == deed.i:
            continue
        link = deed.head if deed.dep_ == "pcomp" else deed
        linked = (deed.dep_ == "advcl" and deed.head.i == arrest.i and any(
            k.dep_ == "mark" and k.lower_ in DEED_LINKS for k in deed.children)) or (
            deed.dep_ == "pcomp" and link.lower_ in DEED_LINKS and link.head.i == arrest.i)
        if not linked:
            continue
        subj = next((k for k in deed.children if k.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ != "PRON":
            continue  # someone else's deed ("arrested after gunmen attacked a post")
        if any(t.ent_type_ == "DATE" for t in deed.subtree):
            continue
        return deed
    return None


#: verbs of seeing: a thing seen is not thereby used
PERCEPTION_VERBS = {"see", "spot", "sight", "observe", "notice", "detect", "film", "photograph", "watch", "hear"}


def _only_watched(tok: Token) -> bool:
    """"had seen a Cambodian drone hovering", "a drone was spotted over the base": the craft is
    what someone saw, and nothing in its own phrase strikes."""
    head = tok.head
    if tok.dep_ == "nsubj" and head.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() not in WEAPON_USING_VERBS:
        tok, head = head, head.head  # "had seen [a drone hovering]"
    if tok.dep_ in ("dobj", "obj", "nsubjpass", "ccomp", "xcomp") and head.lemma_.lower() in PERCEPTION_VERBS:
        return not any(t.lemma_.lower() in WEAPON_USING_VERBS for t in tok.subtree if t is not tok)
    return False


#: what carries people
VEHICLE_WORDS = {"vehicle", "car", "convoy", "bus", "truck", "lorry", "helicopter", "ambulance", "boat", "plane",
                 "aircraft", "van", "jeep", "carrier"}


def _carried_away(tok: Token) -> bool:
    """"were driven out of the town in army armoured vehicles": a ride, not an expulsion."""
    if tok.lemma_.lower() != "drive":
        return False
    # (the parse may hang the vehicles on the place: "out of [the town in army vehicles]")
    return any(o.dep_ == "pobj" and o.lemma_.lower() in VEHICLE_WORDS and o.head.lower_ in ("in", "aboard")
               for o in tok.subtree)


#: what someone held over a lapse is accused of
LAPSE_WORDS = {"fail", "failure", "negligence", "neglect", "lapse", "mismanagement", "oversight", "carelessness"}


def _held_for_a_lapse(tok: Token) -> bool:
    """"detained ... for failing to coordinate the distribution", "arrested over negligence"."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("for", "over", "on"):
            for g in p.children:
                if g.dep_ in ("pcomp", "pobj") and (g.lemma_.lower() in LAPSE_WORDS or any(
                        c.dep_ == "prep" and c.lower_ == "of" and (o := pobj(c)) is not None
                        and o.lemma_.lower() in LAPSE_WORDS for c in g.children)):
                    return True
    return False


#: open water a missile may be fired into at no one
OPEN_WATERS = {"sea", "ocean", "waters", "zone", "gulf"}
#: what a missile does on its way
FLIGHT_VERBS = {"fire", "launch", "fall", "land", "splash", "crash", "fly", "plunge", "drop", "test", "test-fire"}
#: what a missile fired into the sea may have been aimed at
VESSEL_WORDS = {"ship", "vessel", "tanker", "boat", "carrier", "destroyer", "frigate", "freighter", "warship", "ferry"}


#: vehicles, craft and units named for the assaults they are made for
ASSAULT_KIT = {"vehicle", "craft", "ship", "boat", "helicopter", "carrier", "team", "unit", "brigade", "battalion",
               "force", "course", "breacher", "ladder", "glider",
               # "an AK-47 assault rifle": a weapon's kind
               "rifle", "weapon", "gun"}

#: those who protest for a state
DIPLOMATIC_DOERS = {"ministry", "government", "embassy", "ambassador", "envoy", "diplomat", "consulate", "minister"}
#: what a government does with a protest
PROTEST_LODGING_VERBS = {"lodge", "summon", "file", "register", "deliver", "convey", "issue", "send"}


def _diplomatic_protest(tok: Token) -> bool:
    """"summoned the envoy to protest", "lodged a formal protest", "the foreign ministry protested",
    "Lithuania protested": a protest made by a state to another."""
    if tok.lemma_.lower() != "protest":
        return False
    if tok.pos_ == "NOUN" and (any(k.dep_ == "amod" and k.lower_ in ("formal", "diplomatic", "official") for k in tok.children)
                               or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in PROTEST_LODGING_VERBS)):
        return True
    if tok.pos_ == "VERB":
        if tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in PROTEST_LODGING_VERBS:
            return True
        # (every subject: the small model may give "in Cali, Valle del Cauca department, a group of
        # drivers protested" two)
        subjs = [c for c in tok.children if c.dep_ == "nsubj"]
        if subjs and all(subj.lemma_.lower() in DIPLOMATIC_DOERS or (
                subj.ent_type_ == "GPE" and subj.pos_ == "PROPN" and not any(k.dep_ == "prep" for k in subj.children))
                for subj in subjs):
            return True
    return False


def _test_fired(sent: Span) -> bool:
    """"the navy test-fired a cruise missile", "test-launched a rocket": a weapons test."""
    return any(t.lemma_.lower() in ("fire", "launch") and t.pos_ == "VERB" and t.i >= 2
               and sent.doc[t.i - 1].text == "-" and sent.doc[t.i - 2].lower_ == "test" for t in sent)


def _fired_into_the_sea(sent: Span) -> bool:
    """A launch or a fall into open water, with no vessel in the sentence."""
    if any(t.lemma_.lower() in VESSEL_WORDS for t in sent):
        return False
    for t in sent:
        if t.lemma_.lower() not in OPEN_WATERS:
            continue
        n = t.head if t.dep_ == "compound" else t  # ("outside Japan's economic zone west of Hokkaido")
        if n.dep_ == "pobj" and n.head.lower_ in ("into", "in", "outside", "off") and \
                n.head.head.lemma_.lower() in FLIGHT_VERBS:
            return True
    return False


#: what is done with weapons shown, not used
SHOWING_VERBS = {"display", "parade", "exhibit", "showcase", "unveil", "show"}


def _on_show(tok: Token) -> bool:
    """"More than 100 horses and about 20 cannons took part", "tanks and missiles were paraded"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "nsubj" and head.lemma_.lower() in ("take", "participate") and (
            head.lemma_.lower() == "participate" or any(c.lower_ == "part" for c in head.children)):
        return True
    return tok.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in SHOWING_VERBS


def _weapon_struck(doc: Doc, triggers: list[Cue]) -> bool:
    """"Rockets hit a petrol station", "a missile struck a refinery": a weapon named as what struck
    a place is an attack on it, however much the place sounds like an accident's (a bare "explosion"
    or "blast" that hit a depot may be one, so it does not count)."""
    return any(
        t.dep_ == "nsubj" and t.lemma_.lower() not in BARE_EXPLOSION and t.head.lemma_.lower() in STRIKING_VERBS
        for c in triggers if c.cls in REMOTE_CLASSES and not c.weak for t in doc[c.start : c.end]
    )


def _harms_captives(tok: Token) -> bool:
    """Is the taking coordinated with harm to the same people ("detained and tortured")?"""
    if tok.pos_ != "VERB":
        return False
    near = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])

    def own_victims(v: Token) -> list[Token]:
        return [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ != "PRON"]

    # the same people: the second verb names no victims of its own ("kidnapped and killed three
    # civilians", "were detained and tortured"); "killed a guard and abducted 20 students" are two sets
    return any(n.pos_ == "VERB" and n.lemma_.lower() in HARM_VERBS and not (own_victims(n) and own_victims(tok))
               for n in near)


def _disperses_itself(tok: Token) -> bool:
    """"The crowd dispersed": the verb without an object, not passive ("police dispersed the crowd",
    "the crowd was dispersed" are interventions)."""
    return tok.lemma_.lower() == "disperse" and tok.pos_ == "VERB" and not any(
        c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in tok.children)


def _circumstance(tok: Token) -> bool:
    """A noun that only sets the scene: "during an incursion", "amid clashes"."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("during", "amid", "amidst", "in")


#: determiners that point back to something already told ("the attack", "these clashes")
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})


def _has_definite_det(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in noun.children)


def _definite(noun: Token) -> bool:
    """"the fighting", "these clashes", "its offensive": a noun that points back to something already told."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_DETS | {"its", "their"} for c in noun.children)


GRIEVANCE_HEADS = {"against", "over", "denounce", "condemn", "protest", "demand", "release", "decry", "oppose", "reject"}


def arrest_is_grievance(tok: Token) -> bool:
    """An arrest named as what a protest is about, or as what describes a person."""
    if tok.dep_ == "amod" and tok.tag_ == "VBN":
        return True  # "the arrested second president"
    if tok.pos_ == "VERB" and tok.dep_ in ("relcl", "acl") and (
            tok.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in tok.children)):
        return True  # "a cleric who was arrested for remarks", "activists detained in recent protests"
    if tok.pos_ == "NOUN":
        t = tok
        for _ in range(3):
            t = t.head
            if t.lemma_.lower() in GRIEVANCE_HEADS or t.lower_ in GRIEVANCE_HEADS:
                return True  # "against the arrest of", "denouncing the detention of", "release of"
            if t.pos_ == "VERB" and t.lemma_.lower() not in GRIEVANCE_HEADS:
                break
    return False


ARREST_WORDS = {"arrest", "detain", "detention", "jail", "imprison", "custody", "imprisonment"}


def _grievance_count(doc: Doc, cm: CountMention) -> bool:
    """Is the arrest this count belongs to ("the arrest of an activist") a protest's grievance?"""
    t = doc[token_at(doc, cm.start)]
    for _ in range(4):
        # the arrest word above the count, or describing it ("a cleric who was arrested")
        for a in [t] + [c for c in t.children if c.dep_ in ("amod", "relcl", "acl")]:
            if a.lemma_.lower() in ARREST_WORDS:
                return arrest_is_grievance(a)
        if t.head.i == t.i:
            break
        t = t.head
    return False


#: penalties whose grounds ("for taking part in protests") are told, not reported as news
PENALTY_VERBS = {"expel", "fine", "sentence", "punish", "dismiss", "sack", "deport", "convict", "prosecute",
                 "suspend", "discipline", "indict", "penalise", "penalize", "reprimand", "censure"}
#: a state's answer to a happening abroad: sanctions and expulsions
RESPONSE_WORDS = {"sanction", "sanctions", "expel", "expulsion", "deport", "embargo"}
#: how a penalty or a response names its grounds
GROUNDS_PREPS = {"for", "over", "after", "following"}


def _protest_as_grounds(tok: Token) -> bool:
    """Is this protest word inside the "for"/"over" grounds of a penalty ("expelled three diplomats
    for taking part in unauthorised protests", "fined students over a sit-in")?"""
    return _grounds_of(tok, PENALTY_VERBS, ("for", "over"))


#: what chemical weapons are kept or made in: a strike on one hits the place, not with the weapon
CHEMICAL_SITES = {"facility", "site", "plant", "depot", "stockpile", "program", "programme", "factory", "lab",
                  "laboratory", "arsenal", "storage", "warehouse", "centre", "center"}


def _chemical_not_used(span: Span) -> bool:
    """A chemical weapon named as a strike's target ("chemical weapons facilities") or grounds
    ("accused of a chlorine attack", "in retaliation for a gas attack"), not as the weapon used."""
    last = span[-1]
    if last.head.lemma_.lower() in CHEMICAL_SITES and last.dep_ in ("compound", "amod", "nmod"):
        return True
    for node in [last, *last.ancestors][:8]:
        if verb_lemma(node) == "accuse" or (node.dep_ == "prep" and node.lower_ in ("in", "for") and any(
                p.lemma_.lower() in ("retaliation", "response", "reaction", "revenge", "reprisal") for p in [node.head, *node.children])):
            return True
    return False


def _grounds_of(tok: Token, heads: set[str], preps: tuple[str, ...] | set[str]) -> bool:
    """Is ``tok`` inside a prepositional phrase (or "in response to") hung on one of ``heads``?"""
    node = tok
    for _ in range(7):
        if node.head.i == node.i:
            return False
        # (the verb itself, or what it does: "imposed sanctions over ...", "announced sanctions in response to")
        named = {verb_lemma(node.head)} | {c.lemma_.lower() for c in node.head.children if c.dep_ in ("dobj", "nsubjpass")}
        if node.dep_ == "prep" and named & heads and (
                node.lower_ in preps or (node.lower_ == "in" and any(
                    p.lemma_.lower() in ("response", "retaliation", "reaction") for p in node.children))):
            return True
        node = node.head
    return False


#: what an aircraft does when it is lost by accident
CRASH_WORDS = {"crash", "collision", "collide", "accident"}


def _crashed_craft(tok: Token) -> bool:
    """"a plane crash", "the helicopter crashed": the aircraft of an accident is no sign of war."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in CRASH_WORDS:
        return True
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in CRASH_WORDS


def _drop_protest_topics(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """Cues inside what a protest is *about* ("protested over the killing of a driver") are a topic."""
    topic = _protest_topic(doc, cues)
    if not topic:
        return cues
    # tear gas and baton charges describe what was done to the crowd, wherever the parse hangs
    # them; only a wish ("urged the authorities to intervene") is a topic
    return [c for c in cues if c.cls == "protest" or c.start not in topic or (
        c.cls == "intervention" and doc[c.end - 1].dep_ != "xcomp" and doc[c.end - 1].head.lemma_.lower() not in TOPIC_VERBS
    )]


def _protest_topic(doc: Doc, cues: list[Cue]) -> set[int]:
    """Token indices of what the sentence's protests are about."""
    protest_toks = [doc[c.end - 1] for c in cues if c.cls == "protest" and not c.weak or (
        c.cls == "protest" and doc[c.end - 1].pos_ == "VERB")]
    named = {c.end - 1 for c in cues if c.cls == "protest" and not c.weak}
    topic: set[int] = set()
    for p in protest_toks:
        while p.dep_ == "compound" and p.head.i != p.i:
            p = p.head  # "held a protest march ..., demanding ...": the march carries the cause
        # ("rallies were held against the execution of ...": the passive's verb carries the cause)
        anchors = [p] + ([p.head] if p.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and p.head.pos_ == "VERB" else [])
        for a in anchors:
            if a.lemma_.lower() in TOPIC_VERBS and a.i != p.i:
                # "protesters demanded the recovery of looted funds": what is demanded is a topic
                for child in a.children:
                    if child.dep_ in ("dobj", "ccomp", "xcomp"):
                        topic.update(t.i for t in child.subtree)
            for t in a.subtree:
                # "a protest in Kalna (East Burdwan district) against the attacks": the parse may
                # hang the cause on the place named before it
                if t.dep_ == "prep" and t.lower_ in ("against", "over") and t.head.i != a.i and _place_like(t.head):
                    topic.update(x.i for x in t.subtree)
            for child in a.children:
                if (child.dep_ == "prep" and child.lower_ in TOPIC_PREPS) or (
                    child.dep_ in ("advcl", "xcomp", "ccomp", "acl", "relcl", "pcomp") and child.lemma_.lower() in TOPIC_VERBS
                ) or (child.dep_ == "advcl" and any(g.lower_ in ("to", "demanding") for g in child.lefts)) or (
                    # "relatives protested after prisoners were killed": what set the protest off
                    a.i == p.i and a.i in named and a.pos_ == "VERB" and child.dep_ == "advcl"
                    and any(g.dep_ == "mark" and g.lower_ in PROTEST_CAUSE_MARKS for g in child.children)
                ):
                    topic.update(_topic_words(child))
    return topic


#: outcomes a participle after a comma tells ("..., killing at least two people")
OUTCOME_PARTICIPLES = {"kill", "wound", "injure", "leave"}


def _topic_words(clause: Token) -> set[int]:
    """Token indices of a protest's cause clause, less a toll the parser hung on it ("marching to
    oppose tax increases, killing at least two people": the killing is the police's, not the cause)."""
    words = {t.i for t in clause.subtree}
    doc = clause.doc
    for t in clause.subtree:
        if t.i != clause.i and t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in OUTCOME_PARTICIPLES \
                and t.i > 0 and doc[t.i - 1].text == ",":
            words -= {x.i for x in t.subtree}
    return words


#: conjunctions that introduce what set a protest off ("protested after ...", "because ...")
PROTEST_CAUSE_MARKS = {"after", "because", "since"}


#: where people live and work: fire aimed there is aimed at no armed side
HOMES = {"village", "farm", "house", "home", "neighbourhood", "neighborhood", "hamlet", "dwelling",
         # a stretch of ground, not a foe ("fired at scattered areas of the district")
         "area", "location", "locality", "outskirts", "district"}
INHABITED = {"residential", "populated", "civilian", "inhabited"}
#: machine guns, which ACLED counts as shelling when fired at a place from afar
MACHINE_GUN = re.compile(r"\b(?:machine[- ]?guns?|medium weapons?)\b", re.I)


def _fire_at_homes(verb: Token) -> bool:
    """"fired 14.5mm machine guns and sniper shots at residential villages and farms"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("fire", "shoot", "target", "shell", "open"):
        return False
    # (the small model may hang "at ..." on the weapons the verb fires: "fired machine guns and
    # sniper shots at villages")
    weapons = [o for o in verb.children if o.dep_ == "dobj"]
    weapons += [c for o in weapons for c in o.conjuncts]
    for prep in [c for w in [verb, *weapons] for c in w.children]:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "on", "toward", "towards"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for place in [obj, *obj.conjuncts]:
                if place.lemma_.lower() in HOMES or any(
                        a.dep_ in ("amod", "compound") and a.lemma_.lower() in INHABITED for a in place.children):
                    return True
    return False


#: who a crowd is, as the doer of its own acts
CROWD_DOERS = CROWD_HEADS | {"protester", "demonstrator", "rioter", "prisoner", "marcher", "protestor", "participant",
                             "kin", "kinsman", "kinsmen"}


#: nouns that count people ("hundreds of protesters")
QUANTITY_HEADS = {"hundred", "thousand", "dozen", "score", "ten", "tens", "hundreds", "thousands", "dozens", "scores"}


#: how many people are a handful, not a crowd (ACLED codes the damage a few do as property destruction)
FEW_PEOPLE = 5
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "pair": 2, "couple": 2}


def _few_doers(verb: Token) -> bool:
    """Is the doer of ``verb`` a handful of people, counted ("two men set fire to ...")?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and _a_few(subj)


def _a_few(subj: Token) -> bool:
    """"three people", "a pair of men", "2 youths": a handful of people, counted."""
    if subj.lemma_.lower() in ("pair", "couple"):
        return True
    for c in subj.children:
        if c.dep_ == "nummod":
            n = _SMALL_NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
            return n is not None and n <= FEW_PEOPLE
    return False


def _by_crowd(verb: Token) -> bool:
    """Is the crowd the doer of ``verb`` ("the demonstrators burned ...", "protesters gathered and
    smashed ...")?"""
    v = verb
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lemma_.lower() in QUANTITY_HEADS:
            # "hundreds of protesters": the people counted
            subj = next((pobj(p) for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" and pobj(p) is not None), subj)
        if subj is not None:
            return (antecedent(subj).lemma_.lower() in CROWD_DOERS or _is_crowd(subj)) and not _a_few(subj)
        if v.dep_ != "conj" or v.head.i == v.i:
            return False
        v = v.head
    return False


def _hands_over(tok: Token) -> bool:
    """Does ``tok`` tell of ground given to or entered by another side: "handed (it) over", "a
    handover", "handed control to", "an evacuation deal", "leaving it in the hands of", "entered the
    town"?"""
    lemma = tok.lemma_.lower()
    if lemma in ("control", "enter") and tok.pos_ == "VERB":
        # "Iraqi forces have controlled the town after the Peshmerga withdrew": the other side moved in
        return any(c.dep_ == "dobj" and c.lemma_.lower() in TERRITORY_OBJECTS for c in tok.children)
    if lemma == "hand" and tok.pos_ == "VERB":
        return any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children) or any(
            c.dep_ == "dobj" and c.lemma_.lower() == "control" for c in tok.children)
    if lemma == "hand" and tok.tag_ == "NNS":
        return tok.head.lower_ == "in" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    return lemma in ("handover", "hand-over") or (lemma == "deal" and any(
        c.lemma_.lower() == "evacuation" for c in tok.children))


def _crowd_beats_people(verb: Token) -> bool:
    """Is ``verb`` a crowd's violence on people ("traders attacked two inspectors", "a journalist
    was assaulted by villagers")?"""
    if verb.pos_ != "VERB":
        return False
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None) or (pobj(agent) if agent is not None else None)
    patient = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if doer is None or not (antecedent(doer).lemma_.lower() in CROWD_DOERS or _is_crowd(doer)):
        return False
    if patient is None:
        # "... were physically attacked by traders" with the victims lost to the parse: a passive
        # of a crowd's blows has someone under them
        return agent is not None and any(c.dep_ == "auxpass" for c in verb.children)
    patient = antecedent(patient)
    lemma = patient.lemma_.lower()
    # (a noun of one who does something, "inspector", "dealer", "journalist", names a person)
    return patient.ent_type_ == "PERSON" or lemma_in(patient, STATE_HEADS | PERSON_HEADS | CROWD_HEADS | PEOPLE_WORDS) \
        or (patient.pos_ == "NOUN" and lemma.endswith(("er", "or", "ist"))) or _names_civilians(patient)


#: plain words for people
PEOPLE_WORDS = {"people", "official", "staff", "woman", "boy", "girl", "child", "employee", "journalist", "individual",
                "guard", "family"}


#: what people do to hold a protest ("staged a blockade", "led a march")
STAGING_VERBS = {"stage", "organise", "organize", "lead", "hold", "mount", "launch"}


def _staged_or_stopped(tok: Token, intervening: set[int]) -> bool:
    """Is the weak protest word the object of staging it or of the force that broke it up?"""
    if tok.lemma_.lower() in ("gather", "gathering", "strike", "procession") or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    if tok.head.i in intervening:
        return True  # "the march was broken up", "suppressed the weekly march"
    if intervening and verb_lemma(tok.head) in ("halt", "stop"):
        return True  # "police halted the march, dispersing the crowd": stopped by force it names
    # "staged a road blockade"; the passive is too often a habit ("marches have been held peacefully
    # every year")
    return tok.dep_ == "dobj" and verb_lemma(tok.head) in STAGING_VERBS


def _armed_sides(verb: Token) -> bool:
    """Is the subject of ``verb`` armed people, on every side it names ("troops and gunmen")?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return all(_armed_phrase(antecedent(side)) for side in (subj, *subj.conjuncts))


def _place_like(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in PLACE_NOUNS


def _done_by_state(tok: Token) -> bool:
    """Is the verb's doer the state's force ("Israeli forces stormed the town", "residents were
    beaten up by police")?  Then it is no act of the crowd."""
    if tok.pos_ != "VERB":
        return False
    doer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if doer is None:
        # "were beaten up and dragged into cars by police": the agent may hang on a conjunct
        verbs = [tok] + [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        agent = next((c for v in verbs for c in v.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")), None)
        doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if doer is None:
        return False
    # "by dozens of police": the quantity's people
    heads = {doer.lemma_.lower()} | {g.lemma_.lower() for p in doer.children if p.dep_ == "prep" and p.lower_ == "of"
                                      for g in p.children if g.dep_ == "pobj"}
    return bool(heads & STATE_HEADS)


def _side_of(tok: Token | None, heads: set[int]) -> bool:
    """Is ``tok`` a side the parse gives the happening ("clashed with shopkeepers", "between X and
    Y", "attacked villagers"), not a noun met nearby ("with the displacement of people")?"""
    if tok is None:
        return False
    t = tok
    for _ in range(4):
        if t.dep_ in ("poss", "compound", "amod") or (t.dep_ == "pobj" and t.head.lower_ == "of"):
            return False
        if t.head.i in heads:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _heading_label(tok: Token) -> bool:
    """A label that heads the sentence, cut off by a colon ("Looting: On 9 May, rebels looted ...",
    "BREAKING: ..."): it names the story, the verb after it carries the roles."""
    doc = tok.doc
    return tok.i - tok.sent.start <= 3 and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":"


def _coordinated(a1: Token | None, a2: Token | None) -> bool:
    """True when both sides are written as one phrase: the second side a conjunct inside the first
    side's phrase ("GNA and LNA forces clashed"), or the first side's phrase coordinating two
    countries ("Burundian and Rwandan soldiers", "military forces of India and Pakistan")."""
    if a1 is None:
        return False
    if a2 is not None and a2.dep_ == "conj" and a1.left_edge.i <= a2.head.i <= a1.right_edge.i:
        return True
    return any(t.dep_ == "conj" and t.ent_type_ in ("GPE", "NORP") and t.head.ent_type_ in ("GPE", "NORP")
               for t in a1.subtree)


def _reciprocal(verb: Token) -> bool:
    """"fought one another", "attacked each other": both sides are the subject."""
    return any(c.dep_ in ("dobj", "pobj", "npadvmod") and c.lower_ in ("one", "each")
               and any(g.lower_ in ("another", "other") for g in c.subtree) for c in verb.subtree)


#: verbs of a gathering changing character, and what it changed into
TURN_VERBS = {"turn", "become", "grow", "descend", "degenerate", "spiral", "devolve"}
VIOLENCE_WORDS = {"violent", "violence", "chaos", "riot", "rioting", "clash", "mayhem"}


def _turns_violent(verb: Token) -> bool:
    """A protest that "turned violent" or "descended into violence": the crowd's own violence
    (the subject must be the gathering, not "the situation" the police made)."""
    if verb.lemma_.lower() not in TURN_VERBS:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        # a subject the parse lost ("as a protest against X descended into violence"): the last
        # noun before the verb in its own stretch of words
        subj = next((t for t in reversed(verb.doc[max(verb.sent.start, verb.i - 6) : verb.i])
                     if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"), None)
        if subj is not None and subj.dep_ == "pobj" and subj.head.lower_ != "as":
            subj = subj.head.head if subj.head.head.pos_ == "NOUN" else None
    if subj is None or subj.lemma_.lower() not in CROWD_EVENT_WORDS:
        return False
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd", "attr") and c.lemma_.lower() in VIOLENCE_WORDS:
            return True
        if c.dep_ == "prep" and c.lower_ == "into" and any(t.lemma_.lower() in VIOLENCE_WORDS for t in c.subtree):
            return True
    return False


#: nouns for a gathering that can turn violent
CROWD_EVENT_WORDS = {"protest", "demonstration", "rally", "march", "protester", "demonstrator", "crowd",
                     "gathering", "sit-in", "strike", "picket", "procession"}


#: the press's words for a crowd that did no violence
PEACEFUL_WORDS = {"peaceful", "peacefully", "nonviolent", "non-violent"}
#: crowd-violence words that may as well name violence done to the crowd
ONE_SIDED_VIOLENCE = {"attack", "storm", "beat"}


def _called_peaceful(tok: Token) -> bool:
    """"peaceful protesters", "a non-violent demonstration", "protested peacefully"."""
    for c in tok.children:
        if c.dep_ in ("amod", "advmod") and c.lower_ in PEACEFUL_WORDS:
            return True
        if c.dep_ == "amod" and c.lower_ == "violent" and _negated_by_prefix(tok.doc, c.i):
            return True
    return False


#: what a crowd is gathered in, as the object of an attack on it
CROWD_GATHERINGS = PROTESTER_HEADS | {"demonstration", "march", "sit-in", "gathering", "procession", "vigil"}


def _aimed_at_crowd(tok: Token) -> bool:
    """An attack word whose target is the protesters or their protest ("attacks against
    protesters", "attacked the sit-in"); "clashed with protesters" is a fight both ways."""
    if tok.lemma_.lower() in ("clash", "scuffle"):
        return False
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CROWD_GATHERINGS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("against", "on", "upon") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in CROWD_GATHERINGS for p in c.children):
            return True
    return False


def _negated_by_prefix(doc: Doc, start: int) -> bool:
    """"non-violent", "non violent": the word after "non" is denied."""
    prev = [doc[i].lower_ for i in range(max(0, start - 2), start)]
    return bool(prev) and (prev[-1] == "non" or prev == ["non", "-"])


#: verbs for taking what is not one's own
TAKING_VERBS = {"loot", "plunder", "pillage", "steal", "embezzle", "siphon", "misappropriate"}
#: money and wealth, whose looting is embezzlement
MONEY_WORDS = {"fund", "funds", "money", "asset", "wealth", "treasury", "coffer", "coffers", "resource", "revenue",
               "billion", "million", "saving", "savings", "deposit"}


def money_embezzled(tok: Token) -> bool:
    """"looted funds", "the corrupt who looted the treasury": money or wealth taken (plain "money"
    only as a participle's noun: robbers loot money from shops)."""
    if tok.lemma_.lower() not in TAKING_VERBS and tok.lower_ not in ("looted", "stolen", "plundered"):
        return False
    if tok.dep_ == "amod" and tok.head.lemma_.lower() in MONEY_WORDS:
        return True
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for o in objs for g in o.children if g.dep_ == "conj"]
    return bool(objs) and all(o.lemma_.lower() in MONEY_WORDS - {"money"} for o in objs)


def _month_march(tok: Token) -> bool:
    if tok.text != "March" or tok.i == tok.sent.start:
        return False
    if tok.ent_type_ == "DATE":
        return True
    doc = tok.doc
    near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return any(t.like_num for t in near) or doc[tok.i - 1].lower_ in (
        "of", "in", "since", "until", "till", "early", "late", "mid", "last", "next", "this", "by", "from")


#: heads of an "of" phrase naming what is still to come ("ahead of", "in anticipation of")
ANTICIPATING = {"ahead", "anticipation", "expectation", "preparation", "advance", "run-up", "eve"}


def _anticipated(tok: Token) -> bool:
    """Is ``tok`` in an "ahead of ..." / "in anticipation of ..." phrase?"""
    return any(a.lower_ in ("of", "for") and a.dep_ == "prep" and a.head.lower_ in ANTICIPATING
               and not (a.head.lower_ == "eve" and a.lower_ == "for")
               for a in list(tok.ancestors)[:3])


def _in_according_to(tok: Token) -> bool:
    """Is ``tok`` in an "according to ..." phrase, naming who reports?"""
    return any(a.lower_ == "to" and a.dep_ == "prep" and a.head.lower_ == "according" for a in list(tok.ancestors)[:4])


def _is_reporter(tok: Token) -> bool:
    """Is ``tok`` (part of) the subject of a reporting verb ("police said")?"""
    t = tok
    while t.dep_ in ("compound", "amod", "conj", "appos") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "nsubj" and t.head.lemma_.lower() in REPORTING_VERBS


#: what is done with weapons that are not being used
PROCURE_WORDS = {"buy", "purchase", "acquire", "order", "develop", "development", "produce", "production",
                 "manufacture", "build", "export", "import", "ship", "sell", "sale", "supply", "deliver", "delivery",
                 "test", "unveil", "display", "showcase", "include", "fund", "earmark", "approve", "invest",
                 "stockpile", "station", "receive", "possess", "own", "modernise", "modernize", "upgrade",
                 "procure", "procurement", "arsenal", "stock", "budget", "contract", "licence", "license",
                 "present", "exhibit", "parade", "advertise", "market", "tout"}
#: what a fair or a maker shows: weapons listed among them are goods, not weapons in use
WARES = {"product", "equipment", "hardware", "exhibit", "ware", "model", "prototype"}
WEAPON_NOUNS_ONLY = {"missile", "rocket", "drone", "artillery", "mortar", "shell", "warplane", "jet", "bomb",
                     "howitzer", "munition", "ammunition", "weapon"}
MINERALS = {"coal", "gold", "copper", "diamond", "salt", "tin", "iron", "silver", "uranium", "lithium", "cobalt",
            "open-pit", "opencast", "zinc", "nickel", "jade", "emerald", "bauxite", "underground"}


RIOT_KIT = {"police", "policeman", "officer", "gear", "shield", "squad", "unit", "van", "control", "helmet",
            "troop", "force", "equipment", "vehicle", "truck", "personnel", "agent", "gun"}


POSTS = {"command", "force", "leadership", "presidency", "chairmanship", "post", "role", "job", "ministry",
         "portfolio", "mission", "company", "firm", "business", "club", "team", "office", "helm", "reins", "duty",
         "responsibility", "management", "operation", "operations", "power", "government"}
UNDOING_VERBS = {"tear", "scrap", "cancel", "annul", "revoke", "suspend", "abandon", "terminate", "denounce", "reject",
                 "break", "violate", "breach", "quit", "exit", "repudiate", "void", "nullify", "rip"}
BROKEN_AGREEMENT = {"violation", "breach", "collapse", "end", "expiry", "term", "terms", "violator", "breakdown"}


def _takes_a_post(span: Span) -> bool:
    verb = next((t for t in span if t.pos_ == "VERB"), span.root)
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:  # "took over as commander": the post comes with a preposition
        objs = [pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("as", "of") and pobj(c) is not None]
    return bool(objs) and all(o.lemma_.lower() in POSTS and not _military_post(o) for o in objs)


def _military_post(noun: Token) -> bool:
    """"three hill posts", "a border post": a post that troops hold, not one a person takes up."""
    return noun.lemma_.lower() == "post" and any(
        k.dep_ in ("compound", "amod") and k.lemma_.lower() in MILITARY_POST_KINDS for k in noun.children)


def _armed_doer(tok: Token, state_too: bool = False) -> bool:
    if tok.pos_ != "VERB":
        return False
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) or (pobj(agent) if agent is not None else None)
    if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
        subj = tok.head  # "soldiers storming the town"
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() not in ("member", "element") and (
        _armed_phrase(subj) or any(k.lower_ == "armed" for k in subj.children)) and (state_too or not lemma_in(subj, STATE_HEADS))


def _verb_objects(verb: Token) -> list[Token]:
    """What a verb acts on: its object or passive subject, the "of" noun of a quantity ("a cache of
    arms"), and their conjuncts ("weapons and ammunition")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [pobj(g) for o in objs for g in o.children if g.dep_ == "prep" and g.lower_ == "of" and pobj(g) is not None]
    objs += [g for o in objs for g in o.children if g.dep_ == "conj"]
    return objs


def _buildings_only(span: Span) -> bool:
    verb = next((t for t in span if t.pos_ == "VERB"), span.root)
    heads = {o.lemma_.lower() for o in _verb_objects(verb)}
    return bool(heads & BUILDING_OBJECTS) and not heads & (TERRITORY_OBJECTS - {"control"})


def _evacuates_no_ground(verb: Token) -> bool:
    """"Evacuate" with objects none of which is ground (a town, a base, a named place)."""
    if verb.lemma_.lower() != "evacuate" or verb.pos_ != "VERB":
        return False
    objs = _verb_objects(verb)
    return bool(objs) and not any(
        o.lemma_.lower() in TERRITORY_OBJECTS or o.ent_type_ in ("GPE", "LOC", "FAC") for o in objs)


CREWED_AIRCRAFT = {"helicopter", "plane", "aircraft", "jet", "warplane", "fighter", "bomber", "airplane", "chopper"}


def _crewed_aircraft_down(span: Span) -> bool:
    verb = span[0]
    if verb.lemma_.lower() != "shoot":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CREWED_AIRCRAFT for c in verb.children)


#: courts judge past deeds: "sentenced ... for murdering his wife" reports the verdict, not the murder
JUDICIAL_WORDS = {"sentence", "convict", "acquit", "jail", "imprison", "indict", "charge", "prosecute", "try",
                  "fine", "punish", "verdict", "conviction", "trial", "guilty", "sentencing"}
#: what recalls a happening long past: "the anniversary of the bombing", "veterans of the battle"
COMMEMORATION_WORDS = {"anniversary", "commemoration", "memorial", "remembrance", "veteran", "survivor", "museum",
                       "memory", "monument", "legacy", "commemorate"}
#: a happening only foreseen: "the prospect of a walkout", "the risk of clashes"
PROSPECT_WORDS = {"prospect", "possibility", "risk", "spectre", "specter", "likelihood", "danger", "chance"}
#: people who are "fired" from their jobs
DISMISSED_PEOPLE = {"officer", "officers", "employee", "worker", "staff", "manager", "coach", "minister", "director",
                    "official", "chief", "executive", "teacher", "he", "she", "they", "who"}
#: a heavy machine gun's or cannon's calibre ("14.5mm", "12.7 mm", "23mm")
HEAVY_CALIBRE = re.compile(r"\b(?:12[.,]7|14[.,]5|(?:2[0-9]|[3-9][0-9]))\s?mm\b", re.I)
#: what crowds burn in the street
BURNT_IN_PROTEST = {"tire", "tyre", "object", "material", "barricade", "branch", "trash", "rubbish", "debris", "tires",
                    "tyres", "objects", "barricades"}
#: a road, a demand or the police beside the burning: it is a protest's, not a farmer's
STREET_PROTEST_SIGNS = {"demonstrate", "demonstrator", "demonstration", "protest", "protester", "demand", "denounce",
                        "rioter", "police", "close", "clash", "chant"}
#: words for firing that name no weapon
GENERIC_FIRE = {"burst of fire", "bursts of fire", "shot", "shots"}
#: the words of a firearm cue that name a gun carried by hand, as against fire told alone
HAND_GUN_WORDS = {"arm", "rifle", "gun", "pistol", "kalashnikov", "ak-47", "firearm", "weapon", "gunfire", "gunshot"}
#: what a group does as a rule: "a policy of kidnapping", "a pattern of abuse"
HABIT_WORDS = {"policy", "practice", "pattern", "habit", "strategy", "tactic", "culture", "history", "form"}
#: manner that takes the harm out of a violent verb ("playfully beat", "mock attack")
PLAY_MANNER = {"playfully", "jokingly", "mockingly", "ritually", "theatrically"}


def _date_word(tok: Token | None) -> bool:
    return tok is not None and (tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in (
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


#: what a court does to a charge it dismisses ("cleared him of murder")
ACQUITTING_VERBS = {"acquit", "clear", "exonerate", "absolve"}


def _names_no_happening(tok: Token) -> bool:
    """A trigger word that, by its place in the parse, reports no happening of the story."""
    if tok.dep_ == "amod" and tok.tag_ in ("VBN", "JJ") and (
            tok.head.ent_type_ in ("GPE", "LOC", "FAC") or tok.head.lemma_.lower() in PLACE_NOUNS):
        return True  # "the besieged city of Taiz", "the bombed town": a description of a place
    if any(c.dep_ == "advmod" and c.lower_ in PLAY_MANNER for c in tok.children):
        return True
    verb = tok.head if tok.dep_ == "prep" and tok.lower_ == "on" else tok  # the phrase "fired on"
    if verb.lemma_.lower() == "fire" and verb.tag_ == "VBN" and any(
            c.dep_ == "nsubjpass" and (c.lemma_.lower() in DISMISSED_PEOPLE or c.ent_type_ == "PERSON") for c in verb.children
    ) and not any(c.dep_ in ("prep", "agent") and c.lower_ in ("at", "upon", "into", "towards", "by") for c in verb.children) \
            and not (tok.i != verb.i and not _date_word(pobj(tok))):
        return True  # "three officers were fired on Tuesday": dismissed, not shot at
    if tok.lemma_.lower() in ("fire", "shoot") and any(
            c.dep_ in ("dobj", "obj") and (c.lower_ == "blanks" or any(m.lower_ == "blank" for m in c.children))
            for c in tok.children):
        return True  # "fired blank rounds": a demonstration
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PROSPECT_WORDS | HABIT_WORDS \
            and not (tok.head.head.lemma_.lower() == "form" and tok.head.head.dep_ == "pobj" and tok.head.head.head.lower_ == "as"):
        # ("set their mattresses on fire as a form of protest": the act done was the protest)
        return True  # "the prospect of a walkout", "a policy of kidnapping civilians", "a form of protest"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ("year", "month", "decade", "week") \
            and (tok.head.head.tag_ == "NNS" or any(c.dep_ == "nummod" for c in tok.head.head.children)):
        return True  # "during the years of fighting", "after months of street protests": a period, summed up
    # what an anniversary, a memorial or its veterans recall: "the 70th anniversary of the battle",
    # "a memorial to soldiers who died in the battle", "veterans of the siege"
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            break
        if t.dep_ == "prep" and t.lower_ in ("of", "to") and (t.head.lemma_.lower() in COMMEMORATION_WORDS or (
                # ("unveiled a memorial in Wola to the civilians murdered": the parser may hang "to" on the verb)
                t.lower_ == "to" and t.head.pos_ == "VERB"
                and any(c.dep_ == "dobj" and c.lemma_.lower() in COMMEMORATION_WORDS for c in t.head.children))):
            # (unless the sentence gives the recalled day with its year: "the anniversary of the drone
            # strike on January 3, 2020" recalls a dated, codable background event)
            return not _dated_with_year(tok.sent)
        t = t.head
    # "six years after a months-long battle", "a decade since the war": a happening recalled by the
    # time gone since, with no date of its own (the anniversary rule's exception applies)
    t = tok
    for _ in range(4):
        if t.head.i == t.i:
            break
        if t.dep_ == "prep" and t.lower_ in ("after", "since") and any(
                c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "decade") for c in t.children):
            return not _dated_with_year(tok.sent)
        # "eight years after the landmark was destroyed during the battle": "after" opens a clause
        mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in ("after", "since")), None)
        if mark is not None and any(c.dep_ in ("npadvmod", "dep") and c.lemma_.lower() in ("year", "decade")
                                    for c in (*t.children, *mark.children)):
            return not _dated_with_year(tok.sent)
        t = t.head
    # "Khartoum has been coming back to life since the fighting moved away": the happening a
    # period is counted from, recalled with no date of its own
    clause = next((t for t in [tok, *tok.ancestors][:4] if t.pos_ in ("VERB", "AUX") and t.dep_ == "advcl"
                   and any(k.dep_ == "mark" and k.lower_ == "since" for k in t.children)), None)
    if clause is not None and any(k.dep_ == "aux" and k.lemma_ == "have" for k in clause.head.children) \
            and not any(w.ent_type_ in ("DATE", "TIME") for w in clause.subtree):
        return True
    # a court's reason: the deed is judged, and its date is not the story's ("sentenced for
    # murdering", "found guilty of war crimes including rape")
    via_reason = False
    t = tok
    for _ in range(8):
        # (the parser may hang "of" on the person cleared)
        acquitter = t.head.head if t.head.dep_ == "dobj" else t.head
        if t.dep_ == "prep" and t.lower_ == "of" and acquitter.lemma_.lower() in ACQUITTING_VERBS and acquitter.pos_ == "VERB":
            return True  # "a judge cleared the officer of murder": the charge a court dismissed
        if t.dep_ == "prep" and (t.lower_ in ("for", "over") or (t.lower_ == "of" and t.head.lemma_.lower() in ("guilty", "convict"))
                                 or (t.lower_ == "on" and any(c.lemma_.lower() in ("count", "charge") for c in t.children))):
            via_reason = True  # ("convicted on 27 counts including murder and rape")
        if t.head.i == t.i:
            break
        t = t.head
        judicial = t.lemma_.lower() in JUDICIAL_WORDS or any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in JUDICIAL_WORDS for c in t.children)
        if via_reason and judicial:
            return True
    return False


def _since_when_clause(sent: Span) -> set[int]:
    """Token indices of a "when" clause that tells what happened at a date counted "since"
    ("the worst since February 2019, when a car bomber killed 40"); empty when there is none."""
    doc = sent.doc
    for t in sent:
        if t.lower_ != "when" or t.dep_ != "advmod" or t.head.i < t.i or t.i < sent.start + 2:
            continue
        j = t.i - 1 if doc[t.i - 1].text == "," else t.i
        date_end = doc[j - 1]
        if not (date_end.ent_type_ == "DATE" or (date_end.like_num and len(date_end.text) == 4)):
            continue
        if any(w.lower_ == "since" for w in doc[max(sent.start, j - 5) : j - 1]):
            return {k.i for k in t.head.subtree}
    return set()


#: units that measure how long after another happening something came ("a day after"), in days
#: ("hours after" is the same day)
OFFSET_UNIT_DAYS = {"minute": 0, "hour": 0, "day": 1, "week": 7}


def _came_after_clause(sent: Span) -> set[int]:
    """Token indices of the "after" clause or phrase in "The bombing came a day after gunmen shot
    dead an officer": a definite reference to the story's happening, placed a measured time after
    another one; empty when there is none."""
    for t in sent:
        if t.lemma_.lower() != "come" or not any(
                c.dep_ == "nsubj" and any(d.lower_ in DEFINITE_DETS for d in c.children)
                for c in t.children):
            continue
        for c in t.children:
            if c.dep_ in ("advcl", "conj"):
                marker = next((k for k in c.children if k.dep_ == "mark" and k.lower_ == "after"), None)
            elif c.dep_ == "prep" and c.lower_ == "after":
                marker = c
            else:
                continue
            if marker is None:
                continue
            measured = any(q.dep_ == "npadvmod" and q.lemma_.lower() in OFFSET_UNIT_DAYS and q.right_edge.i == marker.i - 1
                           for q in (*t.children, *c.children, *marker.children))
            if measured:
                return {k.i for k in c.subtree}
    return set()


def _dated_with_year(sent: Span) -> bool:
    """Does the sentence give a date with its year ("on January 3, 2020"; not a year that names a
    thing, "the 1944 Warsaw Uprising")?"""
    return any(e.label_ == "DATE" and any(
        re.fullmatch(r"(?:1[89]|20)\d\d", t.text) and not _attributive_year(t) for t in e) for e in sent.ents)


def _attributive_year(tok: Token) -> bool:
    """"the 1944 Warsaw Uprising", "the 1994 war": a year naming a campaign of months, which dates
    no one happening (unlike "the 2018 Konduga bombing")."""
    return tok.dep_ in ("nummod", "compound", "amod", "nmod") and tok.head.i > tok.i \
        and tok.head.lemma_.lower() in YEAR_NAMED_CAMPAIGNS


#: campaigns of months that a year names ("the 1944 Warsaw Uprising")
YEAR_NAMED_CAMPAIGNS = {"uprising", "war", "revolution", "siege", "offensive", "campaign", "conflict", "insurgency",
                        "occupation", "genocide", "intifada", "invasion", "rebellion", "revolt"}


def _procured(tok: Token) -> bool:
    """A weapon noun that is bought, built, tested or shipped: "will buy long-range missiles"."""
    if tok.lemma_.lower() not in WEAPON_NOUNS_ONLY or tok.pos_ != "NOUN":
        return False
    # "the cruise missiles it bought from India", "drones that were delivered last year"
    if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in PROCURE_WORDS for c in tok.children):
        return True
    t = tok
    for _ in range(3):
        if t.dep_ in ("conj", "appos", "compound", "nmod") or (t.dep_ == "pobj" and t.head.lower_ in ("of", "for")):
            t = t.head if t.dep_ != "pobj" else t.head.head
            continue
        break
    if t.i != tok.i and t.lemma_.lower() in PROCURE_WORDS:
        return True
    if t.dep_ == "pobj" and t.head.lower_ in ("including", "like") and t.head.head.lemma_.lower() in WARES:
        return True  # "showed their products, including a short-range missile": wares on show
    head = t.head if t.dep_ in ("dobj", "nsubjpass", "pobj", "compound") else None
    if head is not None and head.dep_ == "prep":
        head = head.head
    if head is not None and head.lemma_.lower() in PROCURE_WORDS:
        return True
    if head is not None and head.lemma_.lower() == "show" and any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children):
        return True  # "companies showed off drones and missiles" (a video that "showed missiles" still reports)
    # "missile tests", "drone exports"
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in PROCURE_WORDS


def _not_a_weapon(span: Span) -> bool:
    """"a coal mine", "mine workers", "water-bombing aircraft": no explosive weapon."""
    first, last = span[0], span[-1]
    if last.lemma_.lower() == "mine" and (
        any(c.lemma_.lower() in MINERALS or c.lower_ == "mining" for c in last.children)
        or (last.dep_ == "compound" and last.head.lemma_.lower() in ("worker", "shaft", "owner", "operator", "site", "accident", "collapse", "fire"))
    ):
        return True
    if last.lemma_.lower() == "mine" and last.text[:1].isupper() and last.i > last.sent.start and (
            last.pos_ == "PROPN" or last.ent_type_ in ("GPE", "LOC", "FAC", "ORG")):
        return True  # "near Karbonit Mine", "in the area of Mine 6/7": a pit's name, a place
    doc = first.doc
    before = doc[max(0, first.i - 2) : first.i].text.lower().replace(" ", "")
    if before.endswith(("anti-", "anti")) and span.text.lower().startswith(("aircraft", "air", "drone", "helicopter")):
        return True  # "anti-aircraft guns": a ground weapon against aircraft, no aircraft at work
    return before.endswith(("water", "water-")) or "water-bomb" in span.text.lower()


def _anti_aircraft(tok: Token) -> bool:
    """Is ``tok`` modified by "anti-aircraft" / "anti-tank" (however the hyphen was split)?"""
    before = tok.doc[max(0, tok.i - 3) : tok.i].text.lower().replace(" ", "")
    return before.endswith(("anti-aircraft", "antiaircraft", "anti-tank", "antitank"))


def _named_happening(tok: Token) -> bool:
    """"the Battle of Adwa", "the Tet Offensive", "the Easter Rising": a name, capitalised mid-sentence."""
    if tok.i == tok.sent.start or not tok.text[:1].isupper() or tok.text.isupper():
        return False
    if tok.lemma_.lower() not in ("battle", "offensive", "massacre", "siege", "war", "uprising", "rising",
                                  "revolution", "raid", "invasion", "campaign", "bombing", "insurrection"):
        return False
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1]
    return (nxt is not None and nxt.lower_ == "of" and tok.i + 2 < len(doc) and doc[tok.i + 2].text[:1].isupper()) or (
        prev.pos_ == "PROPN" and prev.text[:1].isupper())


def _names_equipment(tok: Token) -> bool:
    """A weapon noun that only modifies an equipment or industry noun ("missile system"), or
    what something is armed with ("a frigate armed with anti-ship missiles")."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ == "with" \
            and tok.head.head.lemma_.lower() in EQUIPPING_VERBS:
        return True
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("compound", "amod", "nmod") and (
        tok.head.lemma_.lower() in EQUIPMENT_HEADS
    )


def _figurative(tok: Token) -> bool:
    """A violent verb whose object is a thing, not people or places: "we killed the game",
    "shares were attacked", "she beat her rival's record"."""
    if tok.pos_ != "VERB":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:
        return False
    o = objs[0]
    if o.lemma_.lower() == "way" and any(
            p.dep_ == "prep" and p.lower_ in ("to", "into") and (g := pobj(p)) is not None
            and g.lemma_.lower() in ACHIEVEMENTS for p in (*o.children, *tok.children)):
        return True  # "shot his way to gold", "fought her way into the final": how a prize was won
    if o.pos_ in ("PROPN", "PRON", "NUM") or o.ent_type_ in ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "CARDINAL"):
        return False
    if any(ch.dep_ == "nummod" for ch in o.children):
        return False
    return o.lemma_.lower() in FIGURATIVE_OBJECTS


#: what a sport's name modifies ("a shooting title", "the shooting federation")
SPORT_HEADS = {"title", "medal", "competition", "event", "range", "federation", "championship", "team", "club",
               "contest", "sport", "discipline", "final", "gold", "silver", "bronze", "record", "squad"}
def _without_effigy_rites(sent: Span, cues: list[Cue]) -> list[Cue]:
    """The cues less an effigy burned as a rite: the effigy word and the burning or blowing up done
    to it, when the sentence names nothing the crowd is against and nobody who protests."""
    doc = sent.doc
    effigy_at = {i for c in cues if c.cls == "protest" and doc[c.end - 1].lemma_.lower() == "effigy"
                 for i in range(c.start, c.end)}
    if not effigy_at or any(t.lemma_.lower() in PROTEST_SIGNS | DEMAND_WORDS for t in sent):
        return cues
    burnt = {t.i for i in effigy_at for t in (doc[i], doc[i].head)}

    def done_to_effigy(c: Cue) -> bool:
        return c.cls in ("riot", "crowd_violence", "loot", "explosive") and any(
            w.i in burnt or any(t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.i in effigy_at for t in w.children)
            for w in doc[c.start : c.end])

    return [c for c in cues if c.start not in effigy_at and not done_to_effigy(c)]


#: a feast's words: its crowds and processions celebrate
FESTIVE_WORDS = {"festival", "festivity", "celebration", "celebrate", "worshipper", "pilgrim", "pilgrimage", "feast",
                 "epiphany", "carnival", "faithful", "holiday", "parade"}
#: animals people deal with, and what they fire at them
ANIMAL_WORDS = {"animal", "lion", "lioness", "elephant", "leopard", "hyena", "crocodile", "hippo", "hippopotamus",
                "buffalo", "bear", "wolf", "tiger", "monkey", "baboon", "snake", "dog", "cattle", "cow", "goat",
                "wildlife", "beast", "shark", "boar", "jaguar", "puma", "cougar", "rhino", "jackal", "cobra", "grizzly",
                "bee", "swarm", "hornet", "wasp"}
TRANQUILLISERS = {"dart", "tranquilliser", "tranquillizer", "tranquilizer", "sedative"}


#: what a crowd does when it remembers
MARKING_VERBS = {"mark", "commemorate", "remember", "honour", "honor", "celebrate", "observe"}


def _commemorative_gathering(sent: Span, trigger_words: list[Token]) -> bool:
    """Only gathering words ("gathered", "a procession"), gathered "to mark" or "commemorate"
    something, with no demand, slogan or placard in the sentence."""
    if not trigger_words or not all(t.lemma_.lower() in ("gather", "gathering", "procession") for t in trigger_words):
        return False
    marking = any(t.lemma_.lower() in MARKING_VERBS and t.dep_ in ("xcomp", "advcl") and t.head in trigger_words
                  for t in sent)
    return marking and not any(t.lemma_.lower() in DEMAND_WORDS | PROTEST_SIGNS for t in sent)


def _done_by_an_animal(tok: Token) -> bool:
    """The deed's doer is an animal: "bear attacks" (the noun's compound), "a shark killed a
    swimmer" (the verb's subject), "was mauled by a leopard" (its agent)."""
    doers = [c for c in tok.children if c.dep_ in ("compound", "nsubj")]
    doers += [pobj(c) for c in tok.children if c.dep_ == "agent"]
    return any(d is not None and d.lemma_.lower() in ANIMAL_WORDS for d in doers)


def _done_to_an_animal(tok: Token) -> bool:
    """The verb's object is an animal ("the animal was driven back to the park")."""
    shared = [c for c in tok.head.children if c.dep_ == "nsubjpass"] if tok.dep_ == "conj" else []
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ANIMAL_WORDS for c in [*tok.children, *shared])


def _fired_a_dart(tok: Token) -> bool:
    """"fired a tranquilliser dart from a vehicle"."""
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in TRANQUILLISERS or any(
        k.dep_ == "compound" and k.lemma_.lower() in TRANQUILLISERS for k in c.children)) for c in tok.children)


#: who protests, by name
PROTEST_PEOPLE = {"protester", "protestor", "demonstrator", "marcher", "rioter", "striker"}
#: a prize or a rank that is won ("shot his way to gold")
ACHIEVEMENTS = {"gold", "silver", "bronze", "medal", "victory", "win", "title", "final", "semifinal", "semi-final",
                "quarterfinal", "record", "top", "lead", "championship", "crown", "glory", "podium", "triumph",
                "stardom", "fame", "success", "trophy", "cup"}


#: what one fights that fights no one back: a disease, a disaster, a social ill
ABSTRACT_FOES = {
    "spread", "virus", "coronavirus", "covid", "covid-19", "pandemic", "epidemic", "outbreak", "disease", "illness",
    "cancer", "infection", "fire", "blaze", "wildfire", "flame", "flood", "drought", "locust", "hunger", "famine",
    "poverty", "corruption", "crime", "inflation", "unemployment", "misinformation", "disinformation",
    "climate", "change", "pollution", "addiction", "malaria", "cholera", "ebola", "impunity", "discrimination",
    # a campaign fought over years is no one day's battle ("militias fought a rebellion")
    "rebellion", "insurgency", "war", "uprising", "campaign",
}


def _modifies_noun(tok: Token) -> bool:
    """A word used to qualify a noun after it: "combat aircraft", "surveillance and combat drones"."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i


#: machines and stores that explode by accident
ACCIDENT_EXPLODERS = {"boiler", "cylinder", "tank", "transformer", "generator", "reactor", "furnace", "kiln",
                      "stove", "engine", "battery", "tyre", "tire", "firework", "firecracker", "pipeline", "pipe",
                      "gas", "compressor", "heater", "oven", "fertiliser", "fertilizer", "chemical"}


def _machine_exploded(tok: Token) -> bool:
    """"A boiler exploded", "a gas cylinder blew up": the subject is a machine or a store of fuel."""
    verb = tok if tok.pos_ == "VERB" else tok.head
    if verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(
        s.lemma_.lower() in ACCIDENT_EXPLODERS or any(k.dep_ == "compound" and k.lemma_.lower() in ACCIDENT_EXPLODERS
                                                      for k in s.children)
        for s in subjects)


def _under_an_accord(noun: Token) -> bool:
    """"under the agreement", "under the terms of a 2019 peace deal": the accord as a framework
    (not "under the agreement signed on Monday", which tells the signing)."""
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in AGREE_VERBS for c in noun.children):
        return False
    t = noun
    for _ in range(3):
        if t.dep_ == "compound":
            t = t.head
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("under", "within"):
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i != t.head.i:
            t = t.head.head  # "the terms of the deal"
            continue
        break
    return False


def _killed_by_nature(tok: Token) -> bool:
    """A killing, wounding or damaging verb whose subject (or passive agent) is a natural force."""
    if tok.pos_ != "VERB":
        return False
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [pobj(c) for c in tok.children if c.dep_ == "agent" and pobj(c) is not None]
    if not doers and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        doers = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "a quake killed eight and damaged houses"
    if not doers and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB":
        # "landslides buried six villages, killing at least 15": the participle's doer is its head's
        doers = [c for c in tok.head.children if c.dep_ == "nsubj"]
    natural = NATURAL_AGENTS | {"landslide", "mudslide", "avalanche", "tsunami"}
    # (a sentence-initial plural can be tagged a proper noun and keep its "s": "Landslides blocked")
    return bool(doers) and all(d.lemma_.lower() in natural or d.lower_.removesuffix("s") in natural for d in doers)


def _lasting_cause(noun: Token) -> bool:
    """A fight noun that is the subject of a verb lasting "for months" ("fighting has cut off the
    city for weeks")."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "det" for c in noun.children):
        return False
    sent = noun.sent
    if any(t.lower_ in DAY_WORDS for t in sent):
        return False
    # (read from the words, not the tree: the parser often hangs "for months" on the wrong word)
    later = [t for t in sent if t.i > noun.i]
    perfect = any(t.lemma_ == "have" and t.dep_ == "aux" for t in later)
    lasting = any(t.lower_ in ("for", "over", "throughout") and any(
        u.lemma_.lower() in PERIOD_UNITS and u.tag_ == "NNS" for u in sent.doc[t.i + 1 : min(t.i + 4, sent.end)])
        for t in later)
    return perfect and lasting


CONCERN_NOUNS = {"concern", "alarm", "worry", "outrage", "dismay", "anger", "fear"}
DEPLORING_VERBS = {"condemn", "denounce", "deplore", "decry", "criticise", "criticize"}


def _deplored_kind(noun: Token) -> bool:
    """A bare event noun that a statement is concerned about or condemns: "concern about gang
    violence and sexual abuse", "condemned sexual violence" (not "condemned the attack on ...")."""
    if noun.pos_ != "NOUN" or noun.tag_ == "NNS" or _day_dated(noun) or any(
            c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head is not noun and any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    if head.dep_ == "pobj" and head.head.lower_ in ("about", "over", "at"):
        # "concern about X", or "expressed grave concern on Monday about X" (hung on the verb)
        holder = head.head.head
        if holder.lemma_.lower() in CONCERN_NOUNS or any(
                c.dep_ == "dobj" and c.lemma_.lower() in CONCERN_NOUNS for c in holder.children):
            return True
    return head.dep_ == "dobj" and head.head.lemma_.lower() in DEPLORING_VERBS


#: words that make an injury grave, and the injuries they qualify
GRAVE_WORDS = {"serious", "seriously", "severe", "severely", "critical", "critically", "grave", "gravely", "life-threatening"}
HARM_WORDS = {"injure", "injury", "wound", "hurt", "burn", "condition"}


UNIT_NOUNS = {"brigade", "unit", "battalion", "regiment", "division", "soldier", "troop", "force", "fighter", "corps",
              "company", "platoon", "militia", "group"}
#: what is done about captives who are held: their release, exchange or fate is no new taking
CAPTIVE_MATTERS = {"release", "exchange", "return", "fate", "family", "freedom", "swap", "deal", "negotiation", "talk",
                   "plight", "list", "number"}


def _describes_a_unit(tok: Token) -> bool:
    """"soldiers from a brigade fighting in the region": a participle that says what a unit does."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() == "fighting":
        # (the parser can read "a brigade fighting" as one noun phrase)
        return any(c.dep_ == "compound" and c.lemma_.lower() in UNIT_NOUNS and any(d.dep_ == "det" for d in c.children)
                   for c in tok.children)
    return tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.lemma_.lower() in UNIT_NOUNS \
        and not _day_dated(tok)


#: what a weapon's name can qualify without being fired: "missile units", "drone programme"
WEAPON_KINDS = UNIT_NOUNS | {"battery", "system", "programme", "program", "launcher", "site", "capability", "arsenal",
                             "defence", "defense", "shield", "technology", "industry", "maker", "manufacturer", "crew"}


def _names_a_kind(tok: Token) -> bool:
    """"footage of missile units on high alert", "the drone programme": a weapon word that only
    says what kind of unit or thing the noun it qualifies is."""
    return tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.head.lemma_.lower() in WEAPON_KINDS


def _captives_held(tok: Token) -> bool:
    """"the release of hostages held in Gaza", "families of the captives": people held, not a taking."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ("hostage", "captive", "abductee", "detainee"):
        return False
    if any(c.dep_ == "acl" and c.lemma_.lower() in ("hold", "keep", "detain") for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for", "over") and tok.head.head.lemma_.lower() in CAPTIVE_MATTERS


#: the words of a drill, and what soldiers do in one
DRILL_WORDS = {"exercise", "drill", "simulation", "rehearsal", "scenario", "wargame", "game", "simulate",
               # a battle re-enacted, a gun salute: weapons fired for show
               "enactor", "reenactor", "enactment", "reenactment", "salute"}
WEAPON_USE_CLASSES = {"shelling", "airstrike", "shoot", "attack", "clash", "explosive", "grenade", "capture"}


#: crowd cues that can be a charge laid against the arrested
CHARGED_CROWD_CLASSES = {"riot", "protest", "crowd_violence", "mob", "crowd_damage"}
CHARGING_VERBS = {"accuse", "charge", "suspect", "indict", "convict"}
CHARGE_NOUNS = {"charge", "suspicion", "allegation", "accusation", "count"}


def _charge_region(sent: Span) -> set[int]:
    """Token indices of the charges in ``sent``: "accusing him of inciting the unrest", "on
    charges of rioting", "charged with organising the protests" (not "arrested after they
    rioted", a deed told with its arrest)."""
    region: set[int] = set()
    for tok in sent:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in CHARGING_VERBS:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "with", "over"):
                    region |= {t.i for t in prep.subtree}
        elif tok.dep_ == "prep" and tok.lower_ in ("on", "over", "for") and pobj(tok) is not None \
                and pobj(tok).lemma_.lower() in CHARGE_NOUNS:
            region |= {t.i for t in tok.subtree}
    return region


#: where negotiators sit, and who sits there: walking out of these is bargaining
TABLE_NOUNS = {"talk", "negotiation", "meeting", "summit", "conference", "session", "dialogue", "coalition", "round",
               "consultation"}
TABLE_SIDES = {"party", "delegation", "government", "minister", "side", "negotiator", "coalition", "partner", "team"}


def _left_the_table(tok: Token) -> bool:
    """"the centrist party walked out, citing concerns", "delegates walked out of the talks": a
    walkout from negotiations by one of their sides (a strike's walkout has workers and no table)."""
    verb = tok if tok.pos_ == "VERB" else tok.head
    if verb.lemma_.lower() != "walk" and tok.lemma_.lower() != "walkout":
        return False
    places = [pobj(p) for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("of", "from") and pobj(p) is not None]
    if any(p.lemma_.lower() in TABLE_NOUNS for p in places):
        return True
    # "the centrist New Social Contract party walked out" (the name can be parsed as an apposition)
    sides = [t for c in verb.children if c.dep_ == "nsubj" for t in (c, *(a for a in c.children if a.dep_ == "appos"))]
    if any(t.lemma_.lower() in TABLE_SIDES for t in sides):
        return True
    # "talks broke down after the party walked out"
    return verb.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in TABLE_NOUNS
                                        for c in verb.head.children)


#: happenings that kill by accident: a death "in" one of them has no doer
MISHAP_NOUNS = {"crush", "stampede", "crash", "collision", "accident", "collapse", "landslide", "mudslide", "avalanche",
                "flood", "flooding", "earthquake", "quake", "storm", "cyclone", "typhoon", "hurricane", "tornado",
                "heatwave", "derailment", "capsizing", "shipwreck", "mishap", "pileup", "blaze", "inferno"}


#: what boats, buildings, mines and trains do when they kill by accident ("crash" is left out: a car
#: that crashes into a crowd may have been driven into it)
MISHAP_VERBS = {"capsize", "sink", "collapse", "derail", "overturn", "topple", "plunge", "cave"}


def _mishap(verb: Token) -> bool:
    """"the boat capsized", "the pit collapsed": an accident verb with nothing done to an object."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in MISHAP_VERBS and not any(
        c.dep_ in ("dobj", "agent") for c in verb.children)


def _killed_in_mishap(tok: Token) -> bool:
    """A killing or wounding verb whose cause is an accident: "were killed in a crush at a concert",
    "injured in a road accident". A blaze counts only when nobody is said to have set it ("killed in a
    blaze started by rioters" names doers)."""
    if tok.pos_ != "VERB":
        return False
    # "a boat capsized on the lake, killing 34" (the participle is often hung on another word),
    # "died when the mine collapsed"; not "rebels sank a ferry, killing 12", which has a doer
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp") and any(
            _mishap(t) for t in tok.sent if t.i < tok.i):
        return True
    if any(c.dep_ == "advcl" and _mishap(c) and any(m.dep_ == "mark" and m.lower_ in ("when", "after", "as")
                                                   for m in c.children) for c in tok.children):
        return True
    # "were killed and about 30 injured in a crush": the cause told once for the coordinated verbs
    # (the parser may hang the second verb on its number: "[30] injured")
    conjs = [c for c in tok.children if c.dep_ == "conj"]
    verbs = [tok, *(c for c in conjs if c.pos_ == "VERB"),
             *(a for c in conjs if c.pos_ != "VERB" for a in c.children if a.dep_ == "acl" and a.pos_ == "VERB")]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        verbs.append(tok.head)
    for prep in (c for v in verbs for c in v.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        cause = pobj(prep)
        if cause is None or cause.lemma_.lower() not in MISHAP_NOUNS:
            continue
        # "a blaze set by militants", "the crash caused by a drone": the accident has a doer
        # (only the cause's own verb counts: "a crush at a concert by a star" names a performer)
        if any(a.dep_ == "agent" for v in cause.children if v.dep_ in ("acl", "relcl") for a in v.children):
            continue
        return True
    return False


def _fights_no_one(tok: Token) -> bool:
    """"combat the spread of the virus", "fight against corruption", "firefighters battled the blaze"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("combat", "fight", "battle", "tackle", "confront"):
        return False
    foes = [c for c in tok.children if c.dep_ == "dobj"]
    foes += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children if g.dep_ == "pobj"]
    return bool(foes) and all(f.lemma_.lower() in ABSTRACT_FOES for f in foes)


#: ACLED codes explosives that went off early in their makers' hands, or failed to go off, as
#: disrupted weapons use, not as an attack
MISFIRE = re.compile(
    r"\b(?:exploded|detonated|went off|blew up) (?:prematurely|accidentally)\b|\bpremature (?:explosion|detonation|blast)\b"
    r"|\b(?:did not|didn't|failed to) (?:explode|detonate|go off)\b"
    r"|\bwhile (?:they were |he was |she was )?(?:planting|assembling|making|preparing|manufacturing|handling|"
    r"fixing|transporting) (?:a |an |the |their |his |her )?(?:bomb|explosive|ied|mine|landmine|device)", re.I)


#: places where people live: attacking one is attacking its people
SETTLEMENT_NOUNS = {"village", "town", "community", "settlement", "locality", "hamlet", "neighbourhood", "neighborhood",
                    "quarter", "district", "camp", "city"}


def _state_bombing(tok: Token, cues: list[Cue]) -> bool:
    """The verb "bomb" with the state's forces as its subject: armies bomb from the air (ACLED
    codes it as an air strike); militants who bomb plant or throw their bombs."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "bomb":
        return False
    state = [c for c in cues if c.cls == "state_cue"]
    # ("Israel bombed the defence ministry": a country that bombs does it with its air force)
    return any(ch.dep_ == "nsubj" and (any(c.start <= t.i < c.end for t in ch.subtree for c in state) or ch.ent_type_ == "GPE")
               and not any(t.lemma_.lower() in ("police", "policeman") for t in ch.subtree) for ch in tok.children)


def _attacks_settlement(tok: Token) -> bool:
    """"attacked Debiro", "raided the village of X": an attack verb on a place where people live."""
    if tok.pos_ != "VERB":
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    # a bare name is a place or a person (NER often calls a village a person), never a building
    return any(o.ent_type_ in ("GPE", "LOC") or (o.pos_ == "PROPN" and o.ent_type_ not in ("ORG", "FAC"))
               or o.lemma_.lower() in SETTLEMENT_NOUNS for o in objs)


#: words that date a weapon to a war long over ("a rocket leftover from the civil war"); a bomb
#: merely "unexploded" may have been laid last week
REMNANT_WORDS = {"leftover", "left", "laid", "remnant", "remnants", "explosive"}
#: things attacked for themselves: an attack on them with nobody hurt destroys property (police
#: stations and bases are armed posts; villages and towns are their people)
#: (vehicles carry people, and a home raided is often raided for them: neither is listed)
PROPERTY_TARGETS = {"building", "office", "shop", "store", "pipeline", "hotel", "dormitory", "mill", "factory",
                    "warehouse", "tower", "mast", "property", "premise", "plant", "house", "home"}


def _attacks_property(tok: Token) -> bool:
    """"attacked the building", "the oil field was attacked", "raided several houses": an attack
    verb on a thing."""
    if tok.pos_ != "VERB":
        return False
    targets = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] or [
        # "attacked and damaged the building": the object the two verbs share
        o for v in tok.children if v.dep_ == "conj" and v.pos_ == "VERB" for o in v.children if o.dep_ == "dobj"]
    return bool(targets) and all(t.lemma_.lower() in PROPERTY_TARGETS for t in targets)


def _in_clause(tok: Token) -> bool:
    """Is ``tok`` inside a relative or adnominal clause ("a strike *that killed two*")?"""
    t = tok
    while t.head.i != t.i:
        if t.dep_ in ("relcl", "acl"):
            return True
        t = t.head
    return False


TEMPORAL_ADJUNCTS = {"after", "following", "amid", "since", "before", "despite"}
#: what a toll reports: harm alone, with no act of its own
HARM_ONLY_CLASSES = {"kill", "wound"}
#: acts a toll can be told "after" as its cause
CAUSE_CLASSES = REMOTE_CLASSES | {"attack"}


def _cue_family(cls: str) -> str:
    if cls in VIOLENT_CLASSES or cls in REMOTE_CLASSES or cls in ("sexual", "abduct"):
        return "violence"
    if cls in ("protest", "riot", "mob"):
        return "crowd"
    return cls


def _misparsed_finite(tok: Token) -> bool:
    """The small model reads "Gunmen on motorcycles abducted at least 50 people, ... said" as a
    reduced relative ("gunmen abducted ..."); a past form with an object of its own after the
    subject is the finite verb of the report."""
    return (tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.head.dep_ in ("nsubj", "nsubjpass")
            and tok.i > tok.head.i and any(c.dep_ == "dobj" for c in tok.children))


#: adverbs that put a pluperfect clause before the story's time
EARLIER_ADVERBS = {"previously", "earlier", "formerly", "once", "before"}


def _earlier_stage_clauses(sent: Span) -> set[int]:
    """Token indices of relative clauses in the pluperfect with "previously" or "earlier" ("an
    offensive that had previously involved air strikes")."""
    out: set[int] = set()
    for tok in sent:
        if tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children) and any(
                c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS for c in tok.children):
            out |= {t.i for t in tok.subtree}
    return out


def _drop_embedded(sent: Span, cues: list[Cue], counts: list[CountMention]) -> tuple[list[Cue], list[CountMention]]:
    """When the sentence reports a happening in its main clause, what a relative clause says about
    another thing ("a ceremony marking a US strike that killed two commanders") is not part of it."""
    doc = sent.doc
    # "widening an offensive that had previously involved mainly aerial bombings": an earlier stage,
    # told in a clause of its own beside the happening the sentence reports
    before_now = _earlier_stage_clauses(sent)
    if before_now and any(c.trigger and c.start not in before_now for c in cues):
        cues = [c for c in cues if not (c.trigger and c.start in before_now)]
    main = [c for c in cues if c.trigger and not c.weak and not _in_clause(doc[c.end - 1])]
    if not main:
        return cues, counts
    main_by_end = {c.end - 1: c.cls for c in main}
    trigger_ends = sorted(c.end - 1 for c in cues if c.trigger)
    embedded: set[int] = set()
    earlier: set[int] = set()  # the adjuncts that tell an earlier happening ("after ...")
    for tok in sent:
        if tok.dep_ == "acl" and tok.head.dep_ in ("nsubj", "nsubjpass") and any(
            c.cls == "protest" and c.start in {t.i for t in tok.subtree} for c in cues
        ):
            continue  # "residents demonstrating against the curfew vandalized ...": who they are
        if tok.dep_ in ("acl", "relcl") and _taken_people(tok.head) \
                and tok.lemma_.lower() not in PLANNING_HEADS | THREAT_HEADS and any(
            c.cls == "protest" and c.trigger and c.start in {t.i for t in tok.subtree} for c in cues
        ):
            continue  # "police detained five activists taking part in a protest": taken at the protest
        if _misparsed_finite(tok):
            continue  # "Gunmen on motorcycles abducted 50 people, ... residents said": the report itself
        if tok.lemma_.lower() in DISRUPT_VERBS and _found_weapons_participle(tok):
            continue  # "a stash of rockets found in a hideout": the finding is the happening, not an aside
        if tok.dep_ in ("relcl", "acl") and not any(doc[c.end - 1].i in {t.i for t in tok.subtree} for c in main):
            clause_start = tok.left_edge.i
            before = [i for i in trigger_ends if i < clause_start]
            clause_classes = {c.cls for c in cues if c.trigger and c.start in {t.i for t in tok.subtree}}
            if (before and before[-1] in main_by_end and clause_start - before[-1] <= 8
                    and {_cue_family(main_by_end[before[-1]])} & {_cue_family(k) for k in clause_classes}):
                continue  # "the drone strike in Baghdad ... that killed two": describes the main event
            if before and before[-1] in main_by_end and _where_clause(tok) \
                    and {_cue_family(main_by_end[before[-1]])} & {_cue_family(k) for k in clause_classes}:
                continue  # "protests spread to Portland, where thousands marched": what happened there
            embedded.update(t.i for t in tok.subtree)
        elif tok.dep_ == "prep" and tok.lower_ in TEMPORAL_ADJUNCTS and not any(
            c.dep_ == "pcomp" and c.pos_ == "VERB" and not any(g.dep_.startswith("nsubj") for g in c.children)
            for c in tok.children
        ):
            # (a gerund with no subject of its own is the subject's own doing, one happening:
            # "was killed after exchanging fire with police")
            # "... after the intense protests and riots in the prisons": an earlier happening,
            # when the sentence reports a happening of its own outside the adjunct
            inside = {t.i for t in tok.subtree}
            if tok.lower_ in ("after", "following") and all(c.cls in HARM_ONLY_CLASSES for c in main if c.start not in inside) and any(
                    c.trigger and c.cls in CAUSE_CLASSES and c.start in inside for c in cues):
                # "five villagers were killed after an air strike on the village", "children were hurt
                # after a chemical attack": a toll told before its cause; the attack is the happening
                # the harm belongs to, not an earlier one
                continue
            if any(c.end - 1 not in inside and c.start not in inside for c in main):
                embedded.update(inside)
                earlier.update(inside)
    if not embedded:
        return cues, counts
    starts = {doc[i].idx for i in embedded}
    kept_counts = [cm for cm in counts if cm.start not in starts]
    # (a phrase that runs out of the clause, "a motorcycle [shot] dead" misparsed, is the main clause's)
    # (the state's crowd control told in an "as" or "while" clause beside a protest the sentence
    # reports acts on that protest, wherever the parse hangs the clause: "rallied ... demanding that
    # the president resign as police fired tear gas")
    crowd_main = any(c.cls == "protest" for c in main)
    # ("seized the area following the withdrawal of the army": the other side's pull-out told before
    # a capture says how the ground was taken, not a happening of its own; ACLED codebook: a
    # non-violent transfer of territory)
    capture_main = any(c.cls == "capture" for c in main)
    return [c for c in cues if not (c.start in embedded and c.end - 1 in embedded
                                    and not (crowd_main and c.cls == "intervention" and c.start not in earlier
                                             and _while_clause(doc[c.start]))
                                    and not (capture_main and c.cls == "withdraw" and c.start in earlier))], kept_counts


def _while_clause(tok: Token) -> bool:
    """Is ``tok`` in a clause of things done at the same time ("as police fired tear gas", "while
    troops ...")?"""
    for anc in [tok, *tok.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in anc.children):
            return True
        if anc.dep_ in ("relcl", "acl", "ROOT"):
            return False
    return False


def _where_clause(tok: Token) -> bool:
    """A relative clause on a place, opened by "where" ("... in the capital, where crowds marched")."""
    return tok.dep_ == "relcl" and tok.left_edge.lower_ == "where"


def _taken_people(tok: Token) -> bool:
    """Is ``tok`` the people an arrest verb takes ("detained five activists", "activists were held")?"""
    if tok.dep_ not in ("dobj", "nsubjpass", "conj"):
        return False
    verb = tok.head
    while verb.dep_ == "conj" and verb.pos_ != "VERB":
        verb = verb.head  # "detained three students and two teachers who ..."
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ARREST_VERBS


ARREST_VERBS = {"arrest", "detain", "apprehend", "hold", "nab", "jail", "imprison"}


#: processes that last months or years: "the insurgency has killed 40,000", "killed in the war"
LONG_PROCESSES = {"war", "conflict", "insurgency", "rebellion", "uprising", "crisis", "campaign", "civil",
                  "occupation", "genocide", "intifada"}
#: words that put a clause on one day
DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
             "tonight", "overnight"}
#: what "since ..." may name and still be one happening ("have been killed since Friday" in clashes)
SHORT_SINCE = DAY_WORDS | {"morning", "afternoon", "evening", "night", "dawn", "weekend", "hour", "noon", "midnight"}
PERIOD_UNITS = {"year", "month", "decade", "week"}
#: verbs that hold a happening ("held a protest", "staged a sit-in"): one told in the simple past is one
HOLDING_VERBS = {"hold", "stage", "organise", "organize", "mount", "conduct"}
#: with "over" or "for", a count of days is a period too ("killed in the genocide over roughly 100 days")
LONG_DAYS = 30
#: what a count of happenings counts ("recorded 33,000 murders")
ONSET_VERBS = {"begin", "start", "erupt", "break", "flare", "spark", "spread", "kick"}
TALLIED_HAPPENINGS = {"murder", "homicide", "killing", "attack", "detonation", "explosion", "bombing", "incident",
                      "death", "case", "shooting", "kidnapping", "abduction", "protest", "demonstration", "clash",
                      "violation", "strike", "raid", "arrest", "rise", "increase", "surge", "spike", "spate",
                      "wave", "number", "series", "upsurge"}
#: verbs that tally victims or happenings; "two years since the drone strike" tallies nothing
TALLY_VERBS = {"kill", "die", "claim", "displace", "wound", "injure", "arrest", "detain", "abduct", "kidnap",
               "flee", "perish", "lose", "leave", "record", "register", "document", "carry", "rise", "reach",
               "climb", "exceed", "top", "murder", "execute", "attack", "target",
               # a siege or an occupation "since May" is a state over the period, not a happening
               "besiege", "blockade", "encircle", "occupy",
               # "has deployed troops in the region since last year": a presence over the period
               "deploy", "station",
               # "has come under attack since May", "has been hit by shelling since Monday": blows over a period
               "come", "hit",
               # "its units have taken part in offensives in recent years": campaigns over a period
               "take", "participate", "join", "launch", "conduct", "stage", "mount", "wage",
               # "have held several rounds of protests since June": protests over a period
               "hold", "organise", "organize",
               # "about 1,000 schools have been damaged or destroyed since the start of the invasion"
               "damage", "destroy"}


def _period_prep(t: Token) -> bool:
    """Is the year ``t`` a period ("in 2018", "during 2019"), not part of a day's date ("On 8 May 2020")?"""
    for a in (t.head, t.head.head):
        if a.dep_ == "prep":
            return a.lower_ in ("in", "during", "for", "throughout", "over", "since")
    return False




def _day_dated(verb: Token) -> bool:
    """Does the clause name a day ("on Tuesday", "on 3 May")?"""
    return any(t.lower_ in DAY_WORDS or (t.ent_type_ == "DATE" and t.like_num and len(t.text) <= 2)
               for t in verb.subtree)


def _years_apart(between: Token) -> bool:
    """"between 1996 and 2006": two different years."""
    years = {t.text for t in between.subtree if t.like_num and len(t.text) == 4 and t.text.isdigit()}
    return len(years) >= 2


#: numbers too large and vague to be one day's count of happenings
MANY_WORDS = {"hundreds", "thousands", "countless", "numerous", "innumerable"}


def _describes(word: Token, noun: Token) -> bool:
    """``word`` qualifies ``noun`` itself ("the deadliest attack", "one of the deadliest attacks",
    "the most violent day"), not a noun set beside it ("Ukraine's second-largest city")."""
    head = word.head.head if word.lower_ == "most" else word.head
    return head.i == noun.i or (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i == noun.i)


def _perfect(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children)


def _many_happenings(verb: Token) -> bool:
    """"hit by hundreds of air strikes", "has seen countless attacks": the verb's doer or object is
    a vague multitude of happenings."""
    for c in verb.children:
        arg = pobj(c) if c.dep_ == "agent" else c if c.dep_ in ("dobj", "nsubj", "nsubjpass") else None
        if arg is None:
            continue
        if arg.lower_ in MANY_WORDS:
            of = next((k for k in arg.children if k.dep_ == "prep" and k.lower_ == "of"), None)
            thing = pobj(of) if of is not None else None
        elif arg.tag_ == "NNS" and any(k.lower_ in MANY_WORDS for k in arg.children if k.dep_ in ("amod", "nummod")):
            thing = arg
        else:
            continue
        if thing is not None and thing.tag_ == "NNS" and thing.lemma_.lower() in TALLIED_HAPPENINGS:
            return True
    return False


def _cumulative(verb: Token) -> bool:
    """The clause tallies many happenings over a period ("More than 3,600 people have been killed
    this year", "since the insurgency flared in 2004", "The war has killed 40,000"): a summary,
    which is not coded and whose figures are no event's toll."""
    if verb.lemma_.lower() in ("record", "register", "document", "tally", "log", "count", "see", "witness") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in TALLIED_HAPPENINGS
            and (c.tag_ == "NNS" or c.lemma_.lower() in ("rise", "increase", "surge", "spike", "spate", "wave", "number",
                                                         "series", "upsurge"))
            for c in verb.children) and any(
            t.lemma_.lower() in ("year", "month", "decade", "annually", "annual") or (
                t.like_num and len(t.text) == 4 and t.text.isdigit() and _period_prep(t))
            for t in verb.subtree):
        # "Mexico recorded more than 33,000 murders in 2018", "police record dozens of detonations a
        # year" (not "monitors recorded 25 explosions near X on Friday", which is one day's fighting)
        return True
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() in PERIOD_UNITS | {"day", "hour", "minute"}
           and {k.lower_ for k in c.children} & {"every", "each", "per"} for c in verb.children):
        return True  # "a woman is murdered roughly every three hours": a rate, whatever the verb
    if _perfect(verb) and _many_happenings(verb):
        return True  # "Sagaing has been hit by hundreds of air strikes": a tally, whatever the verb
    # ("security forces were responsible for hundreds of disappearances during her 15 years in power")
    responsible = verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ == "responsible" for c in verb.children)
    if verb.lemma_.lower() not in TALLY_VERBS and not responsible:
        return False
    # ("has spread ... and killed": the conjunct shares its head's "has")
    perfect = _perfect(verb) or (verb.dep_ == "conj" and _perfect(verb.head))
    # "the deadliest attack since 2019", "the first casualty since the truce": a comparison, not a tally
    # (the happening's own word: "one of the deadliest attacks", not "Ukraine's second-largest city")
    superlative = any(((t.tag_ == "JJS" and t.dep_ == "amod") or (t.lower_ == "most" and t.dep_ == "advmod" and t.head.pos_ == "ADJ")
                       or (t.lower_ == "first" and t.dep_ == "amod")) and _describes(t, o)
                      for o in verb.children if o.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") for t in o.subtree)
    # "held a protest against the non-payment of salaries for the past three months": one protest
    # held, told in the simple past; the period is the grievance's ("have held protests since June" tallies)
    one_held = verb.lemma_.lower() in HOLDING_VERBS and not perfect and any(
        c.dep_ == "dobj" and c.tag_ == "NN" for c in verb.children)
    if perfect and any(c.dep_ == "advmod" and c.lower_ in ("repeatedly", "frequently", "regularly", "often",
                                                           "routinely", "periodically") for c in verb.children):
        return True  # "has been repeatedly targeted": many happenings summed up
    # ("have been damaged or destroyed since the start of the invasion": the period hangs on the conjunct)
    conjuncts = [k for k in verb.children if k.dep_ == "conj" and k.pos_ == "VERB"]
    if any(t.dep_ == "prep" and t.lower_ == "between" and _years_apart(t) for t in verb.subtree):
        return True  # "killed in the conflict between 1996 and 2006": a span of years
    # (what one was responsible for carries the period: "responsible for hundreds of killings during ...")
    held_to_account = [t for c in verb.children if c.dep_ == "acomp" for t in c.subtree
                       if t.dep_ == "prep" and t.lower_ in ("since", "during", "throughout", "over")] if responsible else []
    for c in [*verb.children, *held_to_account, *(k for cj in conjuncts for k in cj.children
                                                  if k.dep_ == "prep" and k.lower_ in ("since", "during", "throughout"))]:
        low = c.lower_
        since_clause = c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ == "since" for k in c.children)
        if since_clause and not superlative:
            return True  # "since HTS launched its offensive on Wednesday": counted from a campaign's start
        if one_held and c.dep_ == "prep" and low in ("since", "in", "over", "during", "within", "for"):
            continue
        if low == "since" and c.dep_ == "prep" and not superlative:
            words = {t.lemma_.lower() for t in c.subtree}
            if not words & SHORT_SINCE:
                return True
        elif c.dep_ == "npadvmod" and c.lemma_.lower() in PERIOD_UNITS:
            kids = {k.lower_ for k in c.children}
            if c.lemma_.lower() == "year" and "this" in kids and not kids & {"earlier", "later"}:
                return True  # "this year", not "earlier this year" (a date)
            if kids & {"each", "every", "a", "per"}:
                return True  # "killing about 2,000 each year": a rate
        elif c.dep_ == "advmod" and low == "far" and any(k.lower_ == "so" for k in c.children):
            # "so far" tallies a period, but "so far today" is one day's running toll
            if not {t.lower_ for t in verb.sent} & {"today", "tonight", "morning", "dawn"}:
                return True
        elif c.dep_ == "prep" and low in ("in", "over", "during", "within", "to", "for"):
            for pobj in (k for k in c.children if k.dep_ == "pobj"):
                mods = {k.lower_ for k in pobj.subtree}
                if low == "to" and pobj.lower_ == "date":
                    return True
                if pobj.lemma_.lower() in ("half", "quarter") and any(
                        t.lemma_.lower() in PERIOD_UNITS for t in pobj.subtree if t.i != pobj.i):
                    return True  # "in the first half of the year"
                if pobj.lemma_.lower() in PERIOD_UNITS and pobj.tag_ == "NNS" and (
                        mods & {"past", "last", "recent", "previous", "first"} or low in ("for", "over")):
                    return True  # "in the past three years", "over recent months", "for eight years"
                if pobj.lemma_.lower() in PERIOD_UNITS and pobj.tag_ == "NNS" and low in ("in", "during", "within") and any(
                        k.dep_ == "nummod" for k in pobj.children):
                    return True  # "were killed in four months of battle": a span of many days
                if low in ("over", "for") and pobj.lemma_.lower() == "day" and any(
                        n.like_num and n.text.replace(",", "").isdigit() and int(n.text.replace(",", "")) >= LONG_DAYS
                        for n in pobj.subtree):
                    return True  # "over roughly 100 days"
                if (perfect or not _day_dated(verb)) and low in ("in", "during", "throughout") \
                        and pobj.lemma_.lower() in LONG_PROCESSES:
                    # "have been killed in the conflict", "has been targeted during the war", "200,000
                    # people were killed during the war" (but "killed in the war on Tuesday" is one day's)
                    return True
        elif c.dep_ == "nsubj" and perfect and c.lemma_.lower() in LONG_PROCESSES:
            return True  # "the insurgency has killed"
        elif c.dep_ == "nsubj" and c.lemma_.lower() in PERIOD_UNITS and any(
                k.dep_ == "prep" and k.lower_ == "of" and any(p.lemma_.lower() in LONG_PROCESSES | {"fighting", "violence"}
                                                             for p in k.children if p.dep_ == "pobj") for k in c.children):
            return True  # "a decade of war has killed", "years of fighting left"
    clause = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else verb
    if clause.dep_ == "relcl" and clause.head.lemma_.lower() in LONG_PROCESSES:
        return True  # "a conflict that left a million people dead", "an insurgency that has spread ... and killed"
    if perfect and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("thousands", "millions") for c in verb.children):
        return True  # "jihadists have killed thousands of civilians": a tally with no day to it
    if verb.lemma_.lower() in TOLL_VERBS and _toll_of_thousands(verb) and not _day_dated(verb):
        return True  # "gangs killed at least 4,500 people in 2023": no one happening with no day kills thousands
    return False


#: a toll no single dated happening reaches without the report naming its day (mass arrests do
#: reach it: "over 2,500 activists have been arrested in the district" is one crackdown)
TALLY_TOLL = 1000
TOLL_VERBS = {"kill", "die", "murder", "wound", "injure", "perish", "execute"}


def _toll_of_thousands(verb: Token) -> bool:
    """The verb's victims number in the thousands ("killed at least 4,500 people", "more than 5,600
    people were killed")."""
    for victim in verb.children:
        if victim.dep_ not in ("dobj", "nsubjpass", "nsubj"):
            continue
        for t in [victim, *(k for k in victim.children if k.dep_ in ("nummod", "quantmod"))]:
            digits = t.text.replace(",", "")
            year = len(t.text) == 4 and 1800 <= int(digits or 0) <= 2100 if digits.isdigit() else False
            if t.like_num and digits.isdigit() and int(digits) >= TALLY_TOLL and not year:
                return True
    return False


def cumulative_region(sent: Span) -> set[int]:
    """Token indices of the clauses of `sent` that tally a period, not report a happening."""
    region: set[int] = set()
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.i not in region and _cumulative(tok):
            inner = {t.i for t in tok.subtree}
            # a clause of its own inside ("... since gunmen attacked the village on Friday") stays
            for t in tok.subtree:
                # (a participle without a subject goes on with the tally: "waged an insurgency for two
                # decades, abducting tens of thousands of children")
                own_clause = (t.dep_ in ("relcl", "ccomp") and t.head.i != tok.i) or (
                    t.dep_ == "advcl" and not any(k.dep_ == "mark" and k.lower_ == "since" for k in t.children)
                    and not (t.tag_ == "VBG" and not any(k.dep_ in ("nsubj", "nsubjpass", "mark") for k in t.children)))
                if t.i != tok.i and own_clause:
                    inner -= {x.i for x in t.subtree}
            region |= inner
    return region


def drop_cumulative_counts(sent: Span, counts: list[CountMention]) -> list[CountMention]:
    """The counts of `sent` that are no tally of a period ("3,600 killed this year")."""
    region = cumulative_region(sent)
    starts = {sent.doc[i].idx for i in region}
    return [cm for cm in counts if cm.start not in starts]


def _drop_cumulative(sent: Span, cues: list[Cue], counts: list[CountMention]) -> tuple[list[Cue], list[CountMention]]:
    """Remove the triggers and counts of clauses that tally a period."""
    region = cumulative_region(sent)
    if not region:
        return cues, counts
    starts = {sent.doc[i].idx for i in region}
    return [c for c in cues if (c.end - 1) not in region], [cm for cm in counts if cm.start not in starts]


#: verbs that, with these objects, make a strategic development ("set up a new observation post",
#: "seized weapons and ammunition", "discovered explosive devices")
FIGURATIVE_OBJECTS = {
    "game", "match", "deal", "bill", "idea", "chance", "momentum", "mood", "record", "time", "price",
    "share", "stock", "plan", "proposal", "project", "rally", "hope", "story", "joke", "goal", "ball",
    "shot", "point", "set", "lead", "competition", "rival", "opponent", "market", "demand", "growth",
    "inflation", "deadline", "engine", "light", "song", "film", "movie", "scene", "video", "photo",
    "picture", "problem", "question", "issue", "policy", "law", "reform", "debate", "argument",
    # what hackers attack: "attacked the party's website"
    "website", "server", "database", "email", "computer", "software",
}
#: cue classes of fighting and attack, whichever weapon
FIGHT_CLASSES = {"clash", "kill", "shoot", "wound", "attack", "airstrike", "shelling", "explosive", "suicide",
                 "grenade", "chemical", "abduct", "sexual", "capture"}
STRATEGIC_MAIN = {"agreement", "base", "disrupted", "withdraw", "capture", "arrest", "change", "loot"}
BASE_VERBS = {"establish", "set", "build", "erect", "construct", "install", "open"}
BASE_OBJECTS = {"base", "post", "point", "checkpoint", "headquarters", "outpost", "position", "camp", "garrison", "airbase",
                "barracks"}
DISRUPT_VERBS = {"seize", "discover", "find", "uncover", "recover", "destroy", "dismantle", "defuse", "confiscate", "capture",
                 "intercept", "neutralize", "neutralise", "impound", "unearth"}
LOOT_VERBS = {"seize", "steal", "rob", "loot", "confiscate", "destroy", "burn", "torch", "demolish", "raze",
              "vandalize", "vandalise", "ransack", "plunder", "bulldoze", "damage", "set", "uproot", "smash",
              "wreck", "sabotage", "deface", "cut", "chop", "fell"}
#: verbs that destroy only with their particle ("cut down olive trees", not "cut prices")
LOOT_VERBS_WITH_DOWN = {"cut", "chop"}
PROPERTY_OBJECTS = {"house", "home", "vehicle", "car", "truck", "phone", "property", "shop", "good", "cattle",
                    "livestock", "money", "motorbike", "motorcycle", "crop", "field", "school", "building",
                    "office", "market", "store", "hut", "dwelling", "bus", "belonging", "possession", "cow",
                    "goat", "sheep", "camel", "land", "farm", "warehouse", "church", "mosque", "shrine",
                    # buildings, fittings and works that are damaged or burnt to make a point
                    "apartment", "flat", "plant", "factory", "facility", "station", "tower", "mast", "pipeline",
                    "statue", "monument", "memorial", "window", "front", "facade", "door", "gate", "hotel",
                    "restaurant", "premise", "premises", "headquarters", "tent", "billboard", "poster", "banner",
                    "equipment", "machinery", "clinic", "tribune", "stand", "scheme", "infrastructure", "residence",
                    "temple", "synagogue", "pagoda", "monastery", "kiosk", "stall", "fence", "generator",
                    "transformer", "tractor", "boat", "ambulance", "polling", "ballot", "camera",
                    # orchards and harvests destroyed in land disputes
                    "tree", "olive", "seedling", "sapling", "plantation", "orchard", "vineyard", "grove", "harvest",
                    "granary", "barn"}
BLOCK_OBJECTS = {"road", "highway", "street", "route", "bridge", "junction", "roundabout", "intersection",
                 "railway", "entrance", "access", "traffic", "avenue", "square", "crossing", "motorway",
                 # "blocked the railway tracks", "blocked the train rails"
                 "rail", "railroad", "track", "railtrack", "expressway", "freeway", "boulevard", "tollgate"}
BURNT_PEOPLE = {"man", "woman", "member", "suspect", "thief", "people", "person", "boy", "girl", "youth", "child",
                "villager", "resident", "robber", "bandit", "worker", "driver", "trader", "witch", "teenager"}
CAPTURE_VERBS = {"capture", "seize", "retake", "recapture", "overrun", "liberate", "regain", "recover", "take", "gain",
                 "establish", "wrest", "occupy"}
#: places whose capture changes who holds territory (a control noun counts: "took control of")
TERRITORY_OBJECTS = {"town", "village", "city", "district", "area", "region", "territory", "base", "airport",
                     "airbase", "port", "hill", "stronghold", "outpost", "position", "camp", "locality",
                     "neighbourhood", "neighborhood", "crossing", "oilfield", "field", "county", "province",
                     "capital", "suburb", "settlement", "garrison", "bastion", "control", "ground", "island"}
#: what makes a "post" a place troops hold
MILITARY_POST_KINDS = {"hill", "border", "military", "army", "police", "observation", "forward", "frontier",
                       "security", "command", "guard", "checkpoint", "outlying", "remote"}
#: "police regained control of the buildings": buildings are not territory
BUILDING_OBJECTS = {"building", "parliament", "congress", "palace", "office", "compound", "court", "ministry",
                    "embassy", "square", "complex", "hall", "residence", "house", "stadium", "university", "campus"}
PERSON_OBJECTS = {"fighter", "soldier", "militant", "rebel", "civilian", "people", "member", "prisoner", "man"}
AGREE_VERBS = {"agree", "sign", "reach", "strike", "broker", "conclude", "seal", "accept", "announce"}
AGREE_OBJECTS = {"ceasefire", "truce", "deal", "agreement", "accord", "pact", "peace", "memorandum", "cease-fire"}
EXCHANGE_VERBS = {"exchange", "swap", "release", "free", "hand"}
EXCHANGE_OBJECTS = {"prisoner", "detainee", "hostage", "body", "captive", "prisoners"}
#: "the heat damaged crops", "floods destroyed houses": nature is not an actor
NATURAL_AGENTS = {"heat", "storm", "fire", "flood", "rain", "wind", "quake", "earthquake", "drought", "frost",
                  "hail", "cyclone", "hurricane", "typhoon", "landslide", "water", "wave", "blaze", "flame",
                  "snow", "tornado", "lightning", "heatwave", "downpour", "tremor"}
#: "an airstrike destroyed a clinic": the damage is the attack's, not a separate destruction
ATTACK_AGENTS = {"airstrike", "strike", "shell", "shelling", "bomb", "bombing", "explosion", "blast", "missile", "rocket",
                 "attack", "raid", "drone", "artillery", "mortar", "bombardment", "warplane", "jet", "grenade"}
WEAPON_OBJECTS = {"weapon", "ammunition", "explosive", "device", "ied", "cache", "arm", "arms", "gun", "firearm",
                  "rifle", "rocket", "mine", "landmine", "bomb", "hideout", "tunnel", "depot", "workshop",
                  "missile", "drone", "grenade", "munition", "round", "shell", "stockpile", "factory", "pistol",
                  "bullet", "stash", "package", "parcel", "launcher", "ammo", "projectile"}
#: verbs that take laid explosives out of the ground ("cleared the mines", "removed 40 IEDs")
CLEARING_VERBS = {"clear", "remove", "disarm"}
#: explosives laid to go off later: what clearing verbs make safe
LAID_EXPLOSIVES = {"mine", "landmine", "ied", "explosive", "device", "bomb", "ordnance", "booby-trap"}


#: stores of weapons ("a stash of projectiles", "caches of rockets")
STORE_NOUNS = {"stash", "cache", "stockpile", "arsenal", "haul", "depot", "storehouse"}
#: weapon cues that a store holds instead of firing
STORED_WEAPON_CLASSES = {"shelling", "shell_cue", "explosive", "ied_cue", "grenade", "airstrike", "air_cue"}


def _in_store(noun: Token) -> bool:
    """"a stash of projectiles", "a cache of rockets and mortar rounds": the weapon named as what a
    store holds (the "of" object of a store noun, or one coordinated with it)."""
    while noun.dep_ == "conj":
        noun = noun.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in STORE_NOUNS


def _seized_weapon(noun: Token) -> bool:
    """"seized rifles, mortars and ammunition", "mortar rounds were recovered": a weapon named as
    what was taken or found (the object of a seizing verb, or one coordinated with it), not fired."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.dep_ == "compound":
        noun = noun.head
    if any(c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in WEAPON_TAKING_VERBS for c in noun.children):
        return True  # ("and seized rifles, mortars": the parser may hang the verb on its object)
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in WEAPON_TAKING_VERBS


#: verbs of taking or finding weapons (not of destroying or stopping them: "destroyed several planes" is an attack)
WEAPON_TAKING_VERBS = DISRUPT_VERBS - {"destroy", "dismantle", "defuse", "intercept", "neutralize", "neutralise"}


#: nouns of harm to people that name whom it fell among ("injuries among the demonstrators")
HARM_AMONG_NOUNS = {"injury", "casualty", "death", "fatality", "wound", "victim"}


def _harmed_among_crowd(sent: Span) -> Token | None:
    """The protesters of "serious injuries among the demonstrators", "casualties among protesters":
    the crowd a harm noun says it fell among, or None."""
    for tok in sent:
        if tok.lemma_.lower() not in HARM_AMONG_NOUNS or tok.pos_ != "NOUN":
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "among":
                obj = pobj(prep)
                if obj is not None and obj.lemma_.lower() in PROTESTER_HEADS:
                    return obj
    return None


#: people a capturing verb can take
PEOPLE_TAKEN = PERSON_OBJECTS | {"commander", "leader", "suspect", "insurgent", "terrorist", "gunman", "jihadist",
                                 "kidnapper", "chief", "person", "woman", "child", "bandit", "smuggler",
                                 "trafficker", "militiaman", "official", "journalist", "activist", "hostage"}


def _people_captured(span: Span) -> str | None:
    """"police captured two suspected militants", "the army has captured a senior commander": a
    capturing verb whose object is people, not ground.  "arrest" when the state's forces take them,
    "abduct" when anyone else does; None when the object is no person or the cue is no lone verb."""
    if len(span) != 1 or span[0].pos_ != "VERB" or span[0].lemma_.lower() not in ("capture", "seize", "catch", "nab"):
        return None
    verb = span[0]
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in objs for g in o.children if g.dep_ == "conj"]
    if not objs or not all(o.lemma_.lower() in PEOPLE_TAKEN or o.ent_type_ == "PERSON" for o in objs):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
        (pobj(c) for c in verb.children if c.dep_ == "agent"), None)
    if subj is None:
        return None
    words = {t.lemma_.lower() for t in subj.subtree}
    if not words & STATE_HEADS:
        return "abduct"
    if not words & {"police", "policeman", "gendarme"} and any(
            o.lemma_.lower() in ARMED_HEADS | {"insurgent", "terrorist", "jihadist", "gunman"} for o in objs):
        # "regime forces captured 2 rebels on the front": fighters taken by troops were taken in a
        # fight (ACLED codes an armed clash)
        return "clash"
    return "arrest"


def _found_weapons_participle(verb: Token) -> bool:
    """"a stash of projectiles found west of Mosul", "the bombs discovered on Wednesday": a past
    participle hung on the weapons it found (the noun, or the "of" noun of a quantity)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    noun = verb.head
    nouns = [noun] + [pobj(g) for g in noun.children if g.dep_ == "prep" and g.lower_ == "of" and pobj(g) is not None]
    return any(n.lemma_.lower() in WEAPON_OBJECTS for n in nouns)


#: people a dispersal may scatter
DISPERSED_PEOPLE = CROWD_HEADS | {"laborer", "labourer", "citizen", "group", "employee", "teacher", "nurse", "doctor",
                                  "driver", "member", "activist", "man", "woman", "person", "individual"}
#: a numbered road ("RN 12", "N1", "BR-116", "NH 44", "A7")
ROAD_CODE = re.compile(r"^(?:RN|RP|RD|NH|SH|BR|N|R|A|B|M|E)[-\s]?\d{1,3}$")
def _road_code(tok: Token) -> bool:
    """"the RN 12" (a number the parser hangs on the letters), "the N1", "BR-116"."""
    num = next((c.text for c in tok.children if c.dep_ == "nummod" and c.text.isdigit()), "")
    return bool(ROAD_CODE.match(tok.text) or (num and ROAD_CODE.match(f"{tok.text} {num}")))


#: verbs that put barricades up
_BARRICADE_BUILDERS = {"build", "erect", "raise", "set", "put", "mount", "install", "construct"}
_REFLEXIVE = {"themselves", "himself", "herself", "itself", "ourselves"}


def _barricading(verb: Token, heads: set[str]) -> bool:
    """"barricaded the road", "erected barricades": a crowd closing a road with barricades."""
    lemma = verb.lemma_.lower()
    if lemma == "barricade":
        return bool(heads & BLOCK_OBJECTS) and not any(c.lower_ in _REFLEXIVE for c in verb.children)
    if lemma in _BARRICADE_BUILDERS and heads & {"barricade", "barricades", "roadblock", "roadblocks"}:
        return lemma not in ("set", "put") or any(c.lower_ == "up" for c in verb.children)
    return False


#: verbs for setting off a charge
DETONATING_VERBS = {"detonate", "explode", "blow", "trigger", "set", "activate"}

#: craft whose raids are air strikes
RAIDING_AIRCRAFT = {"chopper", "helicopter", "warplane", "jet", "aircraft", "plane", "drone", "bomber", "gunship", "uav",
                    "airforce", "aviation"}


def _raid_from_the_air(tok: Token) -> bool:
    """"raids by the Syrian army's choppers", "helicopter raids": a raid carried out by aircraft."""
    if tok.lemma_.lower() != "raid" or tok.pos_ != "NOUN":
        return False
    preps = [k for k in tok.children if k.dep_ == "prep" and k.lower_ in ("by", "from")]
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in ("by", "from") and nxt.dep_ == "prep":
        preps.append(nxt)  # (the parser may hang "by" on the noun before: "losses in raids by choppers")
    agents = [pobj(k) for k in preps]
    agents += [k for k in tok.children if k.dep_ == "compound"]
    return any(a is not None and a.lemma_.lower() in RAIDING_AIRCRAFT for a in agents)


#: ground that can be handed over ("handed over the town", "the handover of three districts")
HANDED_GROUND = {"territory", "town", "village", "city", "district", "area", "region", "base", "airport", "airbase",
                 "port", "province", "county", "land", "swathe", "crossing", "outpost", "position", "enclave", "zone"}


def _hands_over_ground(tok: Token) -> bool:
    """"handed over the town to the army", "a swathe of territory was handed over", "the handover
    of the districts to Azerbaijan": a handing over (``_hands_over``) whose object is ground.
    Prisoners, weapons, power and documents handed over are not ground."""
    if tok.lemma_.lower() not in ("hand", "handover", "hand-over") or tok.tag_ == "NNS" or not _hands_over(tok):
        return False
    ground = [t for k in tok.children if k.dep_ in ("dobj", "nsubjpass") or (k.dep_ == "prep" and k.lower_ in ("of", "over"))
              for t in k.subtree]
    return any(t.lemma_.lower() in HANDED_GROUND and t.pos_ == "NOUN" for t in ground)


def _parse_cues(sent: Span) -> list[Cue]:
    """Cues that need the parse: a verb and its object together decide them."""
    out: list[Cue] = []
    for tok in sent:
        if _turns_violent(tok):
            # "the protests turned very violent", "the rally descended into violence"
            # (before the verb test: the small model tags "protests turn violent" as a noun "turn")
            out.append(Cue("riot", tok.i, tok.i + 1, False, True, tok.text))
            continue
        if _raid_from_the_air(tok):
            # "raids by the army's choppers", "helicopter-borne raids": a raid flown is an air strike
            out.append(Cue("airstrike", tok.i, tok.i + 1, False, True, tok.text))
            continue
        if _hands_over_ground(tok):
            # "territory was handed over to Azerbaijani control", "the handover of the districts":
            # ground given up with no fight (ACLED codebook: a non-violent transfer of territory)
            out.append(Cue("capture", tok.i, tok.i + 1, False, True, tok.text))
            out.append(Cue("unopposed", tok.i, tok.i + 1, False, False, tok.text))
            continue
        if tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        objs = _verb_objects(tok)  # "a lot of weapons", "a cache of arms and ammunition"
        heads = {o.lemma_.lower() for o in objs}
        for post in [o for o in objs if _military_post(o)]:
            # "occupied three hill posts", "overran a border post": a post held by troops is ground
            # (unlike "took the post of minister")
            heads = heads | {"outpost"}
            out.append(Cue("territory_cue", post.i, post.i + 1, False, False, post.text))
        # (the small model reads "bases" as the plural of "basis")
        heads |= {"base" for o in objs if o.lower_ == "bases"}
        if lemma == "kill" and heads & {"himself", "herself", "themselves"} and tok.dep_ in ("advcl", "conj", "xcomp") \
                and tok.head.lemma_.lower() in DETONATING_VERBS:
            # "two militants detonated explosives, killing themselves": bombers who die by their own
            # charge (ACLED codebook: a suicide bomb)
            out.append(Cue("suicide", tok.i, tok.i + 1, False, True, tok.text))
        if lemma in BASE_VERBS and heads & BASE_OBJECTS and (lemma != "set" or any(c.lower_ == "up" for c in tok.children)) and not _state_subject(tok):
            # a base or post set up by armed forces; police checkpoints are routine, not one
            out.append(Cue("base", tok.i, tok.i + 1, False, True, tok.text))
        elif any(antecedent(t).lemma_.lower() in BURNT_IN_PROTEST and (
                (t.dep_ in ("dobj", "nsubjpass") and t.head.i == tok.i and lemma in ("burn", "torch", "set", "light"))
                or (t.head.i == tok.i and t.dep_ == "dobj" and any(
                    k.dep_ == "prep" and k.lower_ == "on" and any(f.lower_ == "fire" for f in k.children) for k in tok.children))
                or any(m.lower_ in ("burning", "flaming") for m in t.children)) for t in tok.subtree if t.i != tok.i) \
                and any(t.lemma_.lower() in BLOCK_OBJECTS | STREET_PROTEST_SIGNS for t in sent) and not _armed_doer(tok):
            # "blocked the road with burning tyres", "set barricades on fire": ACLED codes burning
            # material in the street as a violent demonstration
            out.append(Cue("riot", tok.i, tok.i + 1, False, True, tok.text))
        elif (lemma in CROWD_ASSAULT_VERBS and any(o.dep_ == "dobj" for o in objs)
              or lemma == "break" and tok.dep_ != "xcomp" and any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children)) \
                and _crowd_doer(tok):
            # "his supporters responded by storming military buildings": a crowd forcing its way in
            # ("protesters broke into the governor's office" likewise; "tried to break in" is told as
            # an attempt)
            out.append(Cue("riot", tok.i, tok.i + 1, False, True, tok.text))
        elif lemma in BLOW_VERBS and _crowd_beats_people(tok):
            # "residents hit a man suspected of robberies", "villagers slapped the official": blows
            # a crowd deals a person (a storm hits a town, protesters hit the streets: no person struck)
            out.append(Cue("attack", tok.i, tok.i + 1, False, True, tok.text))
        elif lemma == "disperse" and heads & DISPERSED_PEOPLE and any(t.lemma_.lower() in GRIEVANCE_WORDS for t in sent):
            # "police dispersed 180 migrant labourers who demanded to go home": people with a demand,
            # dispersed, were protesting (the intervention cue makes it a protest with intervention)
            out.append(Cue("protest", tok.i, tok.i + 1, False, True, tok.text))
        elif lemma == "respond" and any(k.dep_ == "prep" and k.lower_ == "to" and _answered_fire(k) for k in tok.children) \
                and _armed_doer(tok, state_too=True):
            # "forces responded to rebel fire", "responded to the militia's shelling": fire answered
            # with fire is an exchange (ACLED codebook: armed clash); armed doers only, as firefighters
            # also respond to a fire
            out.append(Cue("clash", tok.i, tok.i + 1, False, True, tok.text))
        elif lemma in HANDOUT_VERBS and any(t.lemma_.lower() in HANDOUT_GOODS for o in objs for t in o.subtree) \
                and _armed_group_doer(tok):
            # "members of a drug cartel handed out food parcels to families": an armed group taking
            # up relief work changes its activity (ACLED codebook: change to group/activity)
            out.append(Cue("change", tok.i, tok.i + 1, False, True, tok.text))
        elif lemma in RELEASE_VERBS and (heads & HELD_PEOPLE or any(
                t.lemma_.lower() in HELD_PEOPLE | {"prison"} for o in objs for t in o.subtree)) \
                and not any(k.dep_ == "prep" and k.lower_ == "on" and any(b.lemma_.lower() in ("bail", "parole") for b in k.children)
                            for k in tok.children):
            # "the government released 67 Taliban prisoners", "48 soldiers held as prisoners were
            # freed": ACLED's codebook counts prisoner releases among agreements ("released on bail"
            # is the courts' business)
            out.append(Cue("agreement", tok.i, tok.i + 1, False, True, tok.text))
        elif lemma == "demand" and tok.dep_ != "relcl" and not any(c.dep_ == "mark" for c in tok.children) \
                and _demanding_group(tok):
            # (not a demand told as the cause of something else: "shot after the workers demanded pay")
            # "workers of a construction company demanded their unpaid salaries", "hundreds of
            # labourers came out on the roads, demanding transport home": a body of people making
            # a demand together demonstrates (ACLED codebook: a protest)
            out.append(Cue("protest", tok.i, tok.i + 1, False, True, tok.text))
        elif lemma == "block" and any(o.dep_ == "dobj" and _road_code(o) for o in objs) and not _armed_doer(tok) \
                and not _blocked_by_nature(tok):
            # "workers blocked the RN 12", "blocked the N1": a numbered road is a road
            out.append(Cue("protest", tok.i, tok.i + 1, False, True, tok.text))
        elif _throws_missiles(tok, heads) and not _armed_doer(tok, state_too=True):
            # "youths threw bottles and fireworks at police", "projectiles were thrown at officers":
            # things thrown by hand at people are crowd violence (ACLED codebook), no shelling
            out.append(Cue("riot", tok.i, tok.i + 1, False, True, tok.text))
        elif lemma == "stone" and any(o.dep_ in ("dobj", "nsubjpass") for o in objs) and not _armed_doer(tok):
            # "community members stoned two police officers", "the convoy was stoned": crowd violence
            out.append(Cue("riot", tok.i, tok.i + 1, False, True, tok.text))
        elif _barricading(tok, heads) and not _armed_doer(tok):
            # ACLED codebook: road-blocking with barricades is a violent demonstration ("barricaded
            # the main routes", "built barricades across the streets"); "barricaded themselves in" is not.
            # A barricade makes a demand seen, so the crowd demonstrates (no mob)
            out.append(Cue("riot", tok.i, tok.i + 1, False, True, tok.text))
            out.append(Cue("protest", tok.i, tok.i + 1, False, False, tok.text))
        elif lemma == "block" and heads & BLOCK_OBJECTS and not _blocked_by_nature(tok) and not (
            (subj := next((c for c in tok.children if c.dep_ == "nsubj"), None)) is not None
            and (_armed_phrase(subj) or any(k.lower_ == "armed" for k in subj.children))
        ):
            # "residents blocked the highway to demand fuel": a road blockade is a protest
            out.append(Cue("protest", tok.i, tok.i + 1, False, True, tok.text))
        elif (lemma in AGREE_VERBS and heads & AGREE_OBJECTS) or (
            lemma in EXCHANGE_VERBS and heads & EXCHANGE_OBJECTS and lemma in ("exchange", "swap")
        ):
            # "agreed a five-day ceasefire", "signed a peace deal", "exchanged prisoners"
            out.append(Cue("agreement", tok.i, tok.i + 1, False, True, tok.text))
        elif lemma in CAPTURE_VERBS and not (lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)) and (heads & TERRITORY_OBJECTS or (
            # ("troops took up positions outside federal buildings": deployed, not captured)
            # "rebels seized Aleppo": a place by name, taken by fighters or troops
            any(o.ent_type_ in ("GPE", "LOC", "FAC", "") and o.pos_ == "PROPN" and o.dep_ == "dobj" and o.head.i == tok.i
                and o.text[:1].isupper() for o in objs)
            and lemma not in ("free", "gain", "establish")
            and (subj := next((c for c in tok.children if c.dep_ == "nsubj"), None)) is not None
            and (_armed_phrase(subj) or (subj.pos_ == "PROPN" and subj.ent_type_ not in ("PERSON", "GPE")))
        )) and not heads & PERSON_OBJECTS and not (
            heads & BUILDING_OBJECTS and not heads & (TERRITORY_OBJECTS - {"control"})
        ) and not any(
            g.dep_ == "poss" and g.pos_ == "PRON" for o in objs for g in o.children
        ) and (
            lemma not in ("gain", "establish") or heads & {"control", "ground"}
        ):
            # "forces captured five villages", "rebels seized the town", "took control of the port"
            out.append(Cue("capture", tok.i, tok.i + 1, False, True, tok.text))
            # the ground taken: a place by name, or a territory noun the lexicon may not list ("two oil
            # fields"; not "the weapons of the garrison", whose garrison was not taken)
            place = next((o for o in objs if o.lemma_.lower() in TERRITORY_OBJECTS and o.dep_ in ("dobj", "nsubjpass", "conj")),
                         None) if heads & TERRITORY_OBJECTS else next(o for o in objs if o.pos_ == "PROPN" and o.dep_ == "dobj")
            if place is not None:
                out.append(Cue("territory_cue", place.i, place.i + 1, False, False, place.text))
        elif lemma == "set" and any(t.lower_ in ("alight", "ablaze", "fire") for t in tok.subtree) and (
            heads & BURNT_PEOPLE or any(o.pos_ == "PRON" and o.lower_ in ("him", "her") for o in objs)
        ):
            # "villagers set two suspected thieves alight": burning people is an attack on them
            out.append(Cue("attack", tok.i, tok.i + 1, False, True, tok.text))
        elif (lemma in PATROL_VERBS and heads & {"patrol"} and not any(
                m.lower_ in ROUTINE_WORDS for o in objs for m in o.children) and (_forces_subject(tok) or any(
                t.lemma_.lower() in FORCE_WORDS for o in objs for t in o.subtree))) or (
                lemma == "take" and heads & {"place"} and any(   # "a patrol by Russian forces took place"
                    c.dep_ == "nsubj" and c.lemma_.lower() == "patrol" and any(t.lemma_.lower() in FORCE_WORDS for t in c.subtree)
                    for c in tok.children)):
            # "Russian military police conducted a patrol near Abu Rasin": a movement of forces
            out.append(Cue("change", tok.i, tok.i + 1, False, True, tok.text))
        elif lemma in CROWD_CONTROL_VERBS and _state_handles_people(tok, objs):
            # "riot police chased demonstrators", "security forces dragged them out of the way":
            # the state acting on the crowd's bodies is an intervention (typing only: no trigger)
            out.append(Cue("intervention", tok.i, tok.i + 1, True, False, tok.text))
        elif lemma in FORM_VERBS and (lemma != "set" or any(c.lower_ == "up" for c in tok.children)) \
                and any(_armed_unit(o, tok) for o in objs):
            # "the army formed a new drone unit", "special groups of troops have been formed": a new
            # armed body is a change to group/activity (ACLED codebook)
            out.append(Cue("change", tok.i, tok.i + 1, False, True, tok.text))
        elif (lemma in FORTIFY_VERBS and heads & FORTIFICATIONS and _forces_subject(tok)) or (
                lemma == "fortify" and heads & FORTIFIED_PLACES and not _state_subject(tok)):
            # "forces established new fortifications east of the city", "the factions continue to
            # fortify their positions near the front": a change of posture
            out.append(Cue("change", tok.i, tok.i + 1, False, True, tok.text))
        elif lemma == "join" and _forces_subject(tok) and any(
                o.dep_ == "dobj" and (o.ent_type_ in ("ORG", "NORP") or o.lemma_.lower() in ARMED_GROUP_WORDS) for o in objs):
            # "35 soldiers and policemen joined the Taliban": a defection
            out.append(Cue("change", tok.i, tok.i + 1, False, True, tok.text))
        elif lemma in MOVE_VERBS and (_forces_subject(tok) or _forces_object(tok)) and _into_territory(tok):
            # "a Turkish military column entered Syrian territory", "troops crossed into the district",
            # "the government is moving troops to the border region"
            out.append(Cue("change", tok.i, tok.i + 1, False, True, tok.text))
        elif lemma in EXPEL_VERBS and any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out" for c in tok.children) \
                and any(o.lemma_.lower() in ARMED_HEADS or o.ent_type_ in ("ORG", "NORP") for o in objs):
            # "the army drove the ISIL terrorists out of key areas": territory changes hands
            out.append(Cue("capture", tok.i, tok.i + 1, False, True, tok.text))
        elif lemma in DISRUPT_VERBS and (heads & WEAPON_OBJECTS or (not objs and any(
            t.lemma_.lower() in WEAPON_OBJECTS for t in sent.doc[tok.i + 1 : min(tok.i + 7, sent.end)]
        ))):
            # (the parser sometimes leaves "discovered a large amount of ammunition" without an object)
            out.append(Cue("disrupted", tok.i, tok.i + 1, False, True, tok.text))
        elif (lemma in DISRUPT_VERBS and _found_weapons_participle(tok)) or (
                lemma in CLEARING_VERBS and heads & LAID_EXPLOSIVES):
            # "a stash of rockets found in a hideout", "engineers cleared 500 landmines": weapons taken
            # out of use before they were used (ACLED codebook: disrupted weapons use)
            out.append(Cue("disrupted", tok.i, tok.i + 1, False, True, tok.text))
        elif lemma in LOOT_VERBS and heads & PROPERTY_OBJECTS and (
            lemma != "set" or any(c.lower_ in ("fire", "ablaze", "alight") for c in tok.subtree)
        ) and (
            lemma not in LOOT_VERBS_WITH_DOWN or any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children)
        ) and not any(c.dep_ == "nsubj" and c.lemma_.lower() in NATURAL_AGENTS | ATTACK_AGENTS for c in tok.children) and not any(
            m.dep_ in ("amod", "compound") and m.lemma_.lower() == "military" for o in objs for m in o.children
        ):
            # "seized their vehicle", "destroyed 4 houses", "a car was set on fire" (military kit
            # destroyed is a loss in the fighting, not property destruction)
            out.append(Cue("loot", tok.i, tok.i + 1, False, True, tok.text))
    return out


#: groups of working or local people whose joint demand is a protest; kin, officials and
#: single persons make statements
DEMANDING_GROUPS = {"worker", "employee", "staff", "labourer", "laborer", "resident", "villager", "student", "farmer",
                    "trader", "vendor", "driver", "teacher", "nurse", "doctor", "fisherman", "merchant", "shopkeeper",
                    "miner", "inhabitant", "peasant", "retiree", "pensioner", "community", "people", "citizen", "inmate",
                    # "crowds walked the streets and continued to demand ..."
                    "crowd", "youth"}


def _demanding_group(verb: Token) -> bool:
    """Is a plural group of working or local people the doer of the demand ``verb`` ("workers
    demanded", "employees ... demanding salaries", "labourers came out on the roads, demanding ...")?"""
    v = verb
    for _ in range(3):
        if v.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.lower_ in PRESENT_AUX for c in v.children):
            # "the students are demanding an end to quotas": the campaign's aim, no happening
            return False
        subjs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjs and v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
            subjs = [v.head]
        if subjs:
            # (the small model may give a verb two subjects: "hundreds of day labourers came out")
            return any(_people_group(s) for s in subjs)
        if v.dep_ in ("conj", "advcl", "xcomp") and v.head.i != v.i:
            v = v.head
        else:
            break
    # no subject in the parse ("employees of the hospital in front of its gate demanding salaries",
    # "a group of workers ... commemorated labour day and demanded ..." read as an apposition): the
    # nearest noun before the verb, in the same clause
    for t in reversed(list(verb.doc[verb.sent.start : v.i])):
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.pos_ == "NOUN" and _people_group(t):
            return True
    return False


RELEASE_VERBS = {"release", "free"}
#: words that take up the victims of an earlier sentence ("the victim", "his body")
VICTIM_ANAPHORS = {"victim", "body", "corpse", "remains", "he", "she", "they", "his", "her", "their"}


def _captive_later_dead(sent: Span, cues: list[Cue]) -> bool:
    """Does ``sent`` tell people of an earlier sentence dead ("The victims were killed", "his corpse
    was found", "Days later he died"), with no new attacker of its own?"""
    dead = [c for c in cues if c.cls == "kill" and not c.weak] or [
        t for t in sent if t.lemma_.lower() in ("body", "corpse") and t.head.lemma_.lower() == "find"]
    if not dead or any(c.cls in ("abduct", "attack", "shoot", "clash") for c in cues):
        return False
    return any(t.lower_ in VICTIM_ANAPHORS or t.lemma_.lower() in VICTIM_ANAPHORS for t in sent
               if t.dep_ in ("nsubj", "nsubjpass", "poss"))


#: the other side's fire, answered ("responded to Houthi fire")
ANSWERED_FIRE = {"fire", "gunfire", "shelling", "shooting"}


def _answered_fire(to: Token) -> bool:
    """Does the phrase after "responded to" name fire ("to pro-government shelling")?  Read as words,
    up to the phrase's end: the small model may tear a hyphenated name from its noun."""
    for t in to.doc[to.i + 1 : min(to.i + 6, to.sent.end)]:
        if t.lemma_.lower() in ANSWERED_FIRE or t.lower_ in ANSWERED_FIRE:
            return True
        if t.pos_ in ("ADP", "VERB", "AUX") or (t.pos_ == "PUNCT" and t.text != "-"):
            return False
    return False


#: giving out goods to people; with an armed group as the giver, the group's new activity
HANDOUT_VERBS = {"deliver", "distribute", "hand", "donate", "give"}
HANDOUT_GOODS = {"food", "package", "parcel", "box", "ration", "aid", "relief", "grocery", "supply", "pantry",
                 "mask", "sanitizer", "hamper", "basket", "meal"}
#: armed groups outside the state that the dictionary may not know by name ("the Gulf Cartel")
OUTLAW_GROUP_WORDS = {"cartel", "gang", "militia", "mafia", "rebel", "militant", "insurgent", "jihadist", "guerrilla",
                     "paramilitary"}


def _armed_group_doer(verb: Token) -> bool:
    """Is the doer of ``verb`` a non-state armed group, by its words ("members of the Gulf Cartel")
    or by the actor dictionary (ACLED inter 2-4: rebels, political and identity militias)?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        # "in Karimabad, members of the Gulf Cartel gave out ...": the doer parsed as an
        # apposition to the place, its phrase ending right before the verb
        subj = next((t for t in verb.doc[verb.sent.start : verb.i] if t.dep_ == "appos"
                     and t.pos_ in ("NOUN", "PROPN") and t.right_edge.i == verb.i - 1), None)
    if subj is None:
        return False
    words = {t.lemma_.lower() for t in subj.subtree}
    if words & OUTLAW_GROUP_WORDS or (words & {"armed", "criminal"} and words & {"group", "organization", "organisation"}):
        return True
    ref = actor_span(subj)
    found = ActorDictionary.load().resolve(ref.text) if ref is not None else None
    return bool(found is not None and found.type is not None and found.type.code in (2, 3, 4) and found.name
                and not found.name.startswith("Unidentified"))


#: people held by the other side, whose release is an agreement's doing
HELD_PEOPLE = {"prisoner", "detainee", "captive", "pow"}
PRESENT_AUX = {"is", "are", "am", "'re", "'s", "has", "have", "'ve", "will", "would"}


def _people_group(subj: Token) -> bool:
    if subj.lemma_.lower() in QUANTITY_HEADS | {"group", "member", "number"}:
        # "hundreds of migrant labourers", "a group of workers", "members of indigenous communities"
        subj = next((pobj(p) for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" and pobj(p) is not None), subj)
    head = subj.lemma_.lower()
    plural = subj.tag_ in ("NNS", "NNPS") or head in ("staff", "people", "community", "crowd")
    words = {t.lemma_.lower() for t in phrase_span(subj)}
    return plural and head in DEMANDING_GROUPS and not words & (
        ARMED_HEADS | STATE_HEADS | {"armed", "official", "minister", "government", "leader", "union"})


#: verbs of throwing by hand, and the things a crowd throws or sets off at people
THROW_VERBS = {"throw", "hurl", "lob", "fling", "pelt", "fire", "launch", "set"}
THROWN_MISSILES = {"bottle", "brick", "firework", "firecracker", "projectile", "rock", "stone", "object", "missile",
                   "chair", "debris", "cobblestone", "paving"}
#: singular nouns that stand for many people
CROWD_NOUNS = {"crowd", "mob", "group", "gang", "throng", "band", "horde", "protester", "demonstrator"}
#: of those, what only a crowd throws: "fired projectiles" may be a rocket, "fired fireworks" is not
HAND_THROWN = THROWN_MISSILES - {"projectile", "missile", "rock", "object"}


def _throws_missiles(verb: Token, heads: set[str]) -> bool:
    """Does ``verb`` throw bottles, fireworks, bricks ... by hand ("threw bottles at police",
    "projectiles were thrown at officers", "set off fireworks against the riot police")?"""
    lemma = verb.lemma_.lower()
    if lemma not in THROW_VERBS or not heads & THROWN_MISSILES:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "NN" and subj.lemma_.lower() not in CROWD_NOUNS:
        return False  # "a man threw a rock at a nurse": one person's assault, no crowd's violence
    if lemma in ("throw", "hurl", "lob", "fling", "pelt"):
        return True
    # "fired fireworks", "set off firecrackers", "launched flares": a crowd's, not a gun crew's
    return bool(heads & HAND_THROWN) and (lemma != "set" or any(c.lower_ == "off" for c in verb.children))


#: chemical words that name a weapon and nothing else (chlorine or a toxic gas may leak from a plant)
CHEMICAL_WEAPON_WORDS = {"sarin", "mustard", "nerve", "weapon", "attack", "munition", "chloropicrin", "poison"}
#: what carries a chemical as a weapon: "chlorine munitions", "chlorine-filled barrel bombs"
CHEMICAL_CARRIERS = {"munition", "bomb", "shell", "rocket", "missile", "canister", "grenade", "attack", "weapon"}


def _chemical_weapon(span: Span) -> bool:
    """Does a chemical cue name a weapon ("sarin", "a chemical attack", "chlorine munitions",
    "chlorine gas attack"), not a substance that an accident may release?"""
    words = {t.lemma_.lower() for t in span}
    if words & CHEMICAL_WEAPON_WORDS:
        return True
    # ("barrel bombs filled with chlorine": the carrier within three steps up the parse)
    return any(a.lemma_.lower() in CHEMICAL_CARRIERS for a in list(span[-1].ancestors)[:3])


#: what is done to aircraft that are the target ("destroyed three helicopters on the ground")
AIRCRAFT_HIT_VERBS = {"destroy", "damage", "hit", "burn", "wreck", "torch"}


def _anti_prefixed(doc: Doc, start: int) -> bool:
    """"anti-aircraft", "anti-drone": a weapon against the thing, not the thing at work."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "anti" or (
        start >= 1 and doc[start - 1].lower_ in ("anti", "counter"))


#: what police do to a crowd's bodies
CROWD_CONTROL_VERBS = {"chase", "drag", "shove", "push", "haul", "carry", "remove", "pull",
                       # holding a crowd back or in: "soldiers stopped the protesters from pitching tents"
                       "stop", "prevent", "control", "contain", "block"}
#: who is handled: a crowd, or people the sentence's protest names by pronoun
HANDLED_PEOPLE = {"protester", "protestor", "demonstrator", "crowd", "marcher", "activist", "them", "student", "supporter"}
#: the state's forces, as the subject of a crowd-control verb
STATE_HANDLERS = {"police", "policeman", "officer", "security", "soldier", "troop", "army", "force", "gendarme", "guard"}


def _state_handles_people(verb: Token, objs: list[Token]) -> bool:
    """"riot police chased demonstrators", "security forces struggled to drag them out", "the
    protesters were removed by the police"."""
    if any(c.dep_ == "mark" and c.lower_ in ("after", "because", "since") for c in verb.children):
        return False  # "protested after the police stopped them at the border": the grievance, told before
    handled = HANDLED_PEOPLE | {"they"}
    if any(o.dep_ == "nsubjpass" and o.head.i == verb.i and o.lemma_.lower() in handled for o in objs):
        # the passive names the state as its agent
        return any(t.lemma_.lower() in STATE_HANDLERS for c in verb.children if c.dep_ == "agent" for t in c.subtree)
    if not any(o.dep_ == "dobj" and o.lemma_.lower() in handled for o in objs):
        return False
    v = verb
    for _ in range(3):  # "struggled to drag them": the subject of the verb above
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return any(t.lemma_.lower() in STATE_HANDLERS for t in subj.subtree)
        if v.dep_ not in ("xcomp", "conj", "advcl") or v.head.i == v.i:
            return False
        v = v.head
    return False


def state_handles_crowd(sent: Span) -> bool:
    """Does the sentence tell the state's forces acting on a crowd's bodies ("officers controlled
    the crowd", "the protesters were removed by the police")?"""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in CROWD_CONTROL_VERBS and _state_handles_people(t, _verb_objects(t))
               for t in sent)


#: verbs by which the authorities take goods out of circulation
SEIZING_VERBS = {"seize", "confiscate", "impound", "dismantle", "destroy", "discover", "find", "uncover", "burn",
                 "uproot", "eradicate", "intercept"}
#: goods that are seized as illegal in themselves (drugs, their labs and crops, smuggled goods)
CONTRABAND_WORDS = {"drug", "narcotic", "marijuana", "marihuana", "cannabis", "cocaine", "heroin", "methamphetamine",
                    "opium", "poppy", "coca", "hashish", "contraband", "smuggle", "counterfeit"}


def contraband_seizure(sent: Span) -> Token | None:
    """The verb by which the sentence tells drugs or contraband seized or destroyed ("seized three
    tons of marijuana", "dismantled a cocaine lab", "seized smuggled cigarettes"), if any."""
    return next((t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in SEIZING_VERBS and not _denied_verb(t) and any(
        w.lemma_.lower() in CONTRABAND_WORDS for o in _verb_objects(t) for w in o.subtree)), None)


def _denied_verb(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


#: bringing a new body into being
FORM_VERBS = {"form", "create", "set", "found", "launch", "establish"}
#: the bodies armed men are organised in
ARMED_UNIT_NOUNS = {"force", "unit", "brigade", "battalion", "militia", "division", "regiment", "corps", "group",
                    "organisation", "organization", "network", "squad", "wing", "entity", "army", "command"}


def _armed_unit(obj: Token, verb: Token) -> bool:
    """Is ``obj`` (what ``verb`` forms) an armed body: "Land Forces", "groups of troops", "a militia
    network", or any unit that armed forces form ("the Guards formed a drone organisation")?"""
    lemma = obj.lemma_.lower()
    if lemma not in ARMED_UNIT_NOUNS and lemma.rstrip("s") not in ARMED_UNIT_NOUNS:
        return False
    armed = {"force", "army", "military", "militia", "troop", "soldier", "brigade", "battalion", "fighter", "militant",
             "rebel", "armed", "police", "guard"}
    return any(t.lemma_.lower() in armed or t.lemma_.lower().rstrip("s") in armed for t in obj.subtree) or _forces_subject(verb)


#: verbs that make the other side leave
FORCING_VERBS = {"force", "compel", "oblige", "push", "drive", "make"}


#: craft that fly into their target: "suicide drone", "kamikaze UAV"
LOITERING_CRAFT = {"drone", "uav", "aircraft", "munition", "quadcopter", "plane"}


def _drone_named(tok: Token) -> Token | None:
    """The craft whose kind "suicide" or "kamikaze" names ("suicide drones", "kamikaze UAV"), if
    the word describes a craft rather than a bomber."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lemma_.lower() in LOITERING_CRAFT:
        return nxt
    if tok.head.i > tok.i and tok.head.lemma_.lower() in LOITERING_CRAFT:
        return tok.head
    return None


def _withdrawal_before(tok: Token) -> bool:
    """Is the withdrawal told as what came before the sentence's capture ("after the troops pulled
    out", "following the withdrawal of the army") rather than what the captors did next?  One the
    other side was forced into ("were forced to withdraw") was fought for."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in FORCING_VERBS:
        return False
    node = tok
    for _ in range(3):
        if any(k.dep_ == "mark" and k.lower_ in ("after", "as", "when", "once") for k in node.children):
            return True
        if node.dep_ == "pobj" and node.head.lower_ in ("after", "following", "upon"):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _thrown_things(sent: Span) -> set[int]:
    """Token indices of the things thrown by hand in ``sent`` (see ``_throws_missiles``)."""
    out: set[int] = set()
    for tok in sent:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in THROW_VERBS:
            objs = _verb_objects(tok)
            if _throws_missiles(tok, {o.lemma_.lower() for o in objs}):
                out |= {o.i for o in objs}
    return out


#: verbs a weapon does its harm by ("drones struck a refinery", "a shell hit the market")
STRIKING_VERBS = {"strike", "hit", "pound", "slam", "smash", "destroy", "damage", "target", "rip", "tear"}
#: what a craft does when it is used, not watched ("saw a drone drop a bomb")
WEAPON_USING_VERBS = STRIKING_VERBS | {"drop", "fire", "launch", "bomb", "attack"}
#: what a crowd does to force its way into a building or a post
CROWD_ASSAULT_VERBS = {"storm", "ransack"}
#: verbs of blows, common outside violence ("hit a record", "kicked off"), that the parse confirms
#: when a crowd deals them to a person
BLOW_VERBS = {"hit", "punch", "slap", "kick", "whip", "flog", "thrash", "batter", "manhandle", "club", "cane", "lash"}


def _crowd_doer(verb: Token) -> bool:
    """Is a crowd the doer of ``verb``, also through "responded by storming", "went on to storm"?"""
    v = verb
    for _ in range(3):
        if _by_crowd(v):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return False
        if v.dep_ == "pcomp" and v.head.dep_ == "prep":
            v = v.head.head
        elif v.dep_ in ("xcomp", "advcl") and v.head.i != v.i:
            v = v.head
        else:
            return False
    return False


#: what police fire less-lethal rounds to do to a crowd
CROWD_CLEARING_VERBS = {"disperse", "clear", "scatter", "repel", "evict", "remove"}


def _promote(doc: Doc, cue: Cue, cues: list[Cue]) -> Cue:
    """Weak words that the parse or a weapon shows to be the event itself become strong."""
    if not cue.weak or not cue.trigger:
        return cue
    tok = doc[cue.end - 1]
    if cue.cls == "protest" and tok.pos_ == "VERB" and tok.lemma_.lower() in PROTEST_VERBS_WHEN_VERB and not any(
        ch.dep_ == "nsubj" and (ch.lemma_.lower() in MARCHING_FORCES or any(  # "columns of troops marched"
            g.dep_ == "prep" and g.lower_ == "of" and pobj(g) is not None and pobj(g).lemma_.lower() in MARCHING_FORCES
            for g in ch.children))
        for ch in tok.children
    ):
        return Cue(cue.cls, cue.start, cue.end, False, True, cue.phrase)
    if cue.cls == "protest" and any(t.lemma_.lower() in DEMAND_WORDS for t in tok.sent):
        # "gathered in front of the Government House to demand ...": a demand makes it a protest
        return Cue(cue.cls, cue.start, cue.end, False, True, cue.phrase)
    armed_subject = any(
        ch.dep_ in ("nsubj", "nsubjpass") and any(
            c.cls in ("armed_cue", "state_cue", "air_cue") and c.start <= t.i < c.end for t in ch.subtree for c in cues)
        for ch in tok.children
    )
    has_object = any(ch.dep_ in ("dobj", "obj") for ch in tok.children)
    weapons = any(c.cls in REMOTE_CLASSES or c.cls in ("shell_cue", "firearm_cue", "shoot") for c in cues)
    if tok.pos_ == "VERB" and armed_subject and has_object and (
        cue.cls == "attack" or (cue.cls == "loot" and not weapons) or (cue.cls == "explosive" and tok.lemma_.lower() == "bomb")
    ):
        # "the air force targeted a military bus", "forces demolished a house": armed people
        # doing it to something is the event itself
        return Cue(cue.cls, cue.start, cue.end, False, True, cue.phrase)
    if cue.cls == "clash" and tok.pos_ == "VERB" and armed_subject:
        # "soldiers fought the rebels", "troops engaged militants": armed people on both sides
        foes = [ch for ch in tok.children if ch.dep_ in ("dobj", "obj")]
        foes += [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in ("with", "against")
                 for g in ch.children if g.dep_ == "pobj"]
        if any(c.cls in ("armed_cue", "state_cue") and c.start <= t.i < c.end for f in foes for t in f.subtree for c in cues):
            return Cue(cue.cls, cue.start, cue.end, False, True, cue.phrase)
    territory = any(c.cls == "territory_cue" for c in cues)
    if tok.pos_ == "VERB" and armed_subject and (cue.cls == "change" or (cue.cls in ("withdraw", "capture") and territory)):
        # "the army deployed troops", "forces withdrew from the crossing"
        return Cue(cue.cls, cue.start, cue.end, False, True, cue.phrase)
    if cue.cls in REMOTE_CLASSES and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in STRIKING_VERBS and any(
            ch.dep_ in ("dobj", "obj") for ch in tok.head.children) and not any(
            c.trigger and c.cls != "protest" and c.start <= tok.head.i < c.end for c in cues):
        # "its drones had struck an oil refinery", "rockets hit a petrol station": the weapon did it
        # (where the verb is a trigger of its own, "a drone targeted a truck", the verb carries it)
        return Cue(cue.cls, cue.start, cue.end, False, True, cue.phrase)
    if cue.cls == "agreement" and _agreeing_verb(tok) is not None:
        # "the government and the rebels agreed to resume peace talks": what the sentence reports
        return Cue(cue.cls, cue.start, cue.end, False, True, cue.phrase)
    if cue.cls == "shoot" and tok.pos_ == "VERB" and any(
        c.cls == "intervention" and tok.i < c.start <= tok.i + 4 for c in cues
    ) and not (
        # "fired rubber bullets at fishermen in their boats": with no crowd anywhere, "less lethal"
        # rounds fired at civilians are an attack on them (ACLED codebook)
        not any(c.cls in ("protest", "riot", "mob", "crowd_violence") for c in cues)
        and not any(t.lemma_.lower() in GATHERED_PEOPLE for t in tok.sent)
        # ("fired tear gas to clear hundreds of farmers": fired to move people on is crowd control)
        and not any(t.lemma_.lower() in CROWD_CLEARING_VERBS and t.dep_ in ("advcl", "xcomp") for t in tok.sent)
        and any(c.cls == "civilian_cue" and c.start > tok.i for c in cues)
    ):
        # "fired tear gas", "shot rubber bullets": crowd control, not lethal fire
        return Cue("intervention", cue.start, cue.end, False, False, cue.phrase)
    if cue.cls == "shoot" and tok.lemma_.lower() == "fire" and tok.pos_ == "VERB":
        aimed = any(c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "towards", "toward", "into", "with") for c in tok.children)
        if aimed or any(c.cls in ("shell_cue", "firearm_cue", "armed_cue") for c in cues):
            return Cue(cue.cls, cue.start, cue.end, False, True, cue.phrase)
    return cue


#: verbs that report an agreement being made, kept or resumed when they govern its noun
AGREEING_VERBS = {"agree", "sign", "reach", "conclude", "seal", "broker", "strike", "accept", "resume",
                  "declare", "announce", "begin", "start", "hold", "open", "extend", "renew", "finalise",
                  "finalize", "complete", "implement", "carry", "exchange", "swap"}


def _is_main_verb(tok: Token) -> bool:
    """Does ``tok`` carry what the sentence reports?  The root, a verb coordinated with it, or
    the reported clause of a root "say"/"report" ("police said weapons were seized")."""
    if tok.dep_ == "ROOT":
        return True
    if tok.dep_ == "conj" and tok.head.dep_ == "ROOT":
        return True
    if tok.dep_ == "xcomp" and tok.head.dep_ == "ROOT" and tok.head.lemma_.lower() in REPORTING_VERBS \
            and any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children):
        return True  # "the Rangers claimed to have seized weapons": a past deed, reported
    return tok.dep_ == "ccomp" and tok.head.dep_ == "ROOT" and tok.head.lemma_.lower() in REPORTING_VERBS


#: what a deal of trade does: buy, sell, supply
PURCHASE_VERBS = {"buy", "purchase", "sell", "supply", "acquire", "procure", "import", "export", "lease", "deliver",
                  "manufacture", "produce", "build"}
PURCHASE_NOUNS = {"purchase", "sale", "supply", "delivery", "acquisition", "procurement", "import", "export", "lease",
                  "manufacture", "production"}


def _a_purchase(words: Span) -> bool:
    """Does this deal word ("signed", "a deal", "the contract") tell a purchase or sale: "signed a
    deal to buy helicopters", "an agreement for the supply of tanks"?"""
    heads = set()
    for tok in words:
        heads.add(tok)
        heads.update(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))  # "signed a deal"
        if tok.dep_ in ("dobj", "pobj", "nsubjpass"):
            heads.add(tok.head)  # "a deal was signed", "signed ... a deal"
    for tok in heads:
        for c in tok.children:
            if c.dep_ in ("advcl", "acl", "relcl", "xcomp") and c.lemma_.lower() in PURCHASE_VERBS:
                return True
            if c.dep_ == "prep" and c.lower_ in ("for", "on") and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in PURCHASE_NOUNS for o in c.children):
                return True
    return False


def _agreeing_verb(tok: Token) -> Token | None:
    """The sentence's main verb when it agrees, signs, resumes or holds ``tok`` (a ceasefire,
    peace talks, a prisoner swap), else None.  "agreed to a temporary ceasefire", "signed a peace deal",
    "agreed to resume the peace talks"."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("dobj", "obj", "pobj", "prep", "xcomp", "nsubjpass", "attr") and t.head.i != t.i:
            t = t.head
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in AGREEING_VERBS and (
                t.dep_ == "ROOT"
                or (t.dep_ in ("xcomp", "conj") and t.head.dep_ == "ROOT")
                # "..., a security official told EFE": the reported clause is the news
                or (t.dep_ == "ccomp" and t.head.dep_ == "ROOT" and t.head.lemma_.lower() in REPORTING_VERBS)
            ):
                return t
        else:
            return None
    return None


def _is_crowd(tok: Token | None) -> bool:
    """An unarmed group as attacker: villagers, a crowd, "a group of people"."""
    if tok is None:
        return False
    tok = antecedent(tok)
    words = {t.lemma_.lower() for t in phrase_span(tok)}
    if words & {"armed", "gunman", "militant", "militia", "soldier", "police", "fighter", "rebel"}:
        return False
    if words & {"unknown", "unidentified"}:
        # doers nobody can name are no crowd seen at work: ACLED codes them as an unidentified
        # armed group ("assaulted by unknown people")
        return False
    head = tok.lemma_.lower()
    if head in CROWD_HEADS:
        return True
    if head in ("group", "member", "band"):
        # "a group of local people", "community members": whose group says whether it is a crowd
        around = {t.lemma_.lower() for t in tok.subtree} | words
        if around & {"armed", "gunman", "militant", "militia", "soldier", "police", "fighter", "rebel", "gang"}:
            return False
        return bool(around & {"people", "youth", "villager", "resident", "local", "man", "woman", "student",
                              "supporter", "community", "village", "mob", "crowd", "citizen", "national", "refugee",
                              "migrant", "seller", "vendor", "trader", "shopkeeper", "worker", "farmer", "inmate",
                              "prisoner", "passenger", "fan", "protester", "protestor", "demonstrator"})
    return False


#: plain words for several people; plural, with no arms in the phrase, they make a group of attackers
PERSON_HEADS = {"person", "man", "citizen", "national", "people"}


def _is_plain_persons(tok: Token | None) -> bool:
    """Several people named only as people: "five persons", "three men", "a group of citizens"."""
    if tok is None:
        return False
    tok = antecedent(tok)
    if tok.lemma_.lower() in ("group", "band"):
        # "a group of men": the people the group is of
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        tok = pobj(of) if of is not None else None
        if tok is None:
            return False
    if tok.lemma_.lower() not in PERSON_HEADS or tok.tag_ not in ("NNS", "NNPS") and tok.lower_ not in ("men", "people"):
        return False
    if any(c.dep_ == "nummod" and c.lower_ in ("two", "2", "both") for c in tok.children):
        return False  # a pair of attackers is no crowd
    words = {t.lemma_.lower() for t in phrase_span(tok)}
    return not words & {"armed", "gunman", "militant", "militia", "soldier", "police", "fighter", "rebel", "gang",
                        "unidentified", "unknown", "masked", "hooded", "assailant", "attacker"}


UNARMED_HEADS = CROWD_HEADS | {"group", "member", "activist", "community", "youth", "supporter", "people",
                               "man", "woman", "protester", "demonstrator", "prisoner", "inmate", "migrant",
                               "national", "citizen", "shopkeeper", "vendor", "hawker", "passenger", "fisherman",
                               "labourer", "laborer", "journalist", "reporter", "driver"}


def _names_civilians(tok: Token | None) -> bool:
    """Does the phrase of ``tok`` resolve to civilians ("a bus driver", "civilians")?"""
    if tok is None:
        return False
    tok = antecedent(tok)
    if tok.lemma_.lower() in _ANYONE:
        return False  # "killing five people" at a checkpoint: the dead may be its guards
    ref = actor_span(tok)
    found = ActorDictionary.load().resolve(ref.text) if ref is not None else None
    return found is not None and found.type is not None and found.type.code == 7


#: words for persons that say nothing of who they are
_ANYONE = {"people", "person", "man", "woman", "individual", "one", "other", "victim"}


def _is_unarmed(tok: Token | None) -> bool:
    """Plainly unarmed people: "two groups of the Solangi community", "Palestinians", "party youths"."""
    if tok is None:
        return False
    tok = antecedent(tok)
    if tok.dep_ in ("amod", "compound") and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
        tok = tok.head  # "Indian nationals" given as its modifier
    words = {t.lemma_.lower() for t in phrase_span(tok)}
    words |= {w[:-1] for w in words if w.endswith("s")}  # "Special Forces" keeps its plural as lemma
    if words & (ARMED_HEADS - {"member", "element", "unit", "position", "post", "base", "camp", "vehicle"} | {"armed"}):
        return False
    if tok.lemma_.lower() in UNARMED_HEADS:
        return True
    # a plural nationality or community used as a noun ("Palestinians clashed with ...")
    return tok.ent_type_ == "NORP" and tok.tag_ == "NNPS" or (tok.ent_type_ == "NORP" and tok.lower_.endswith("s"))


#: what one demonstrates when showing, not protesting
SHOWN_THINGS = {"drill", "skill", "technique", "capability", "ability", "method", "product", "system", "weapon",
                "manoeuvre", "maneuver", "tactic", "procedure", "way", "how", "use", "power", "strength", "prowess",
                "readiness", "effectiveness", "feature", "prototype", "equipment", "exercise", "routine", "move"}
#: words that give a crowd a cause ("rallied ..., accusing its leaders of betrayal")
GRIEVANCE_WORDS = {"demand", "denounce", "condemn", "oppose", "reject", "accuse", "against", "grievance", "outrage"}
#: words that say a crowd protests: what it is against, or who it is
PROTEST_SIGNS = GRIEVANCE_WORDS | POLITICAL_PEOPLE | PROTEST_PEOPLE
#: the disaster words that name a disease or its measures
EPIDEMIC_WORDS = {"disease", "virus", "outbreak", "epidemic", "pandemic", "covid", "cholera", "coronavirus", "lockdown"}


def _epidemic_word(phrase: str) -> bool:
    return any(w in EPIDEMIC_WORDS for w in re.findall(r"[a-z]+", phrase.lower()))


#: what crowds do at a match or a festival as much as at a protest
AMBIENT_CROWD_WORDS = {"march", "chant", "gather", "gathering", "procession", "banner", "slogan", "placard", "boo",
                       "heckle", "rally", "caravan", "motorcade", "vigil"}
#: what may stand before "demonstration" in a protest ("a street demonstration", "student demonstrations")
PROTEST_COMPOUNDS = {"street", "mass", "peace", "solidarity", "opposition", "student", "worker", "farmer", "teacher",
                     "protest", "youth", "woman", "women", "union", "party", "public", "city", "nationwide", "weekend",
                     "night", "candlelight", "anti", "government", "sit", "hunger", "lockdown", "labour", "labor",
                     "climate", "election", "pro", "border", "doctor", "nurse", "driver", "trader", "resident"}
#: audiences a display is given for
DISPLAY_AUDIENCES = {"schoolchild", "schoolchildren", "child", "children", "pupil", "visitor", "guest", "journalist",
                     "delegation", "investor", "customer", "buyer", "audience", "tourist", "family", "families"}


#: what an open day or a fair lists beside its demonstrations
DISPLAY_COMPANIONS = {"simulator", "stand", "exhibit", "exhibition", "workshop", "tour", "talk", "display", "show",
                      "presentation", "stall", "lecture", "competition", "game", "tasting"}


def _display_demonstration(tok: Token) -> bool:
    """"a dog squad demonstration", "a cooking demonstration for visitors", "a demonstration of
    the new scanner": the other sense of the word."""
    if tok.lemma_.lower() != "demonstration" or tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "give":
        return True  # one gives a demonstration of skill; a protest is held or staged
    listed = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in (",", "and"):
        listed.append(doc[tok.i + 2])  # (the parser may lose the list: "demonstrations, simulators and stands")
    if any(t.lemma_.lower() in DISPLAY_COMPANIONS for t in listed):
        return True  # "a day of demonstrations, simulators and recruitment stands": an open day's shows
    preps = list(tok.children) + ([c for c in tok.head.children if c.dep_ == "prep"] if tok.dep_ == "dobj" else [])
    for c in preps:
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in PROTEST_COMPOUNDS:
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and pobj(c) is not None:
            # "for visitors", "for hundreds of schoolchildren"
            audience = [pobj(c)] + [pobj(g) for g in pobj(c).children if g.dep_ == "prep" and g.lower_ == "of" and pobj(g)]
            if any(a.lemma_.lower() in DISPLAY_AUDIENCES or a.lower_ in DISPLAY_AUDIENCES for a in audience):
                return True
    return False


EXPEL_VERBS = {"drive", "push", "chase", "flush", "force", "kick", "throw"}
#: light verbs that report a patrol as done ("conducted a patrol", "a patrol took place")
PATROL_VERBS = {"conduct", "carry", "launch", "mount", "hold", "run", "take"}
#: what troops do as a rule is no movement of forces ("routine patrols")
ROUTINE_WORDS = {"routine", "regular", "normal", "usual", "daily", "weekly", "scheduled"}
FORTIFY_VERBS = {"establish", "build", "construct", "dig", "erect", "set", "reinforce"}
FORTIFICATIONS = {"fortification", "trench", "earthwork", "berm", "bunker", "barrier", "embankment", "sandbag"}
#: what armed groups fortify
FORTIFIED_PLACES = {"position", "defence", "defense", "line", "frontline", "front", "post", "base", "outpost", "stronghold"}
#: what defectors join
ARMED_GROUP_WORDS = {"rebel", "rebels", "insurgent", "insurgents", "militant", "militants", "militia", "group", "movement"}
MOVE_VERBS = {"enter", "cross", "arrive", "reach", "move", "advance", "head", "deploy", "redeploy", "withdraw"}
#: who moves as a force: a column, a convoy, troops
FORCE_WORDS = {"column", "convoy", "troop", "soldier", "force", "army", "military", "unit", "battalion", "brigade",
               "reinforcement", "vehicle", "tank", "militia", "fighter", "militant", "rebel"}
MOVE_TARGETS = {"territory", "border", "crossing", "town", "city", "area", "province", "district", "region",
                "base", "village", "countryside", "country", "island", "port", "airport"}


def _forces_subject(verb: Token) -> bool:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(t.lemma_.lower() in FORCE_WORDS for t in subj.subtree) and not any(
        t.lemma_.lower() in ("civilian", "refugee", "migrant", "resident", "family", "people", "aid", "humanitarian",
                             "relief", "food", "medical", "commercial", "wfp", "un", "unicef", "trader") for t in subj.subtree
    )


#: the violence that makes a story one of fighting
FIGHTING_CLASSES = {"clash", "shoot", "attack", "kill", "wound", "shelling", "airstrike", "explosive", "grenade"}
#: verbs that move forces, with the forces as their doer ("troops withdrew") or object ("deployed troops")
FORCE_MOVING_VERBS = {"withdraw", "pull", "retreat", "redeploy", "deploy", "dispatch", "send", "move", "mobilize",
                      "mobilise", "reinforce"}


def _forces_move(verb: Token) -> bool:
    """A finite verb of the past or present that moves armed forces: "the militia pulled back from
    the villages", "the army has deployed two battalions to the north" (not a plan, not a noun)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FORCE_MOVING_VERBS or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP", "VBG"):
        return False
    if verb.dep_ in ("xcomp", "amod", "acl", "relcl", "pcomp") or any(c.dep_ == "aux" and c.lower_ in ("to", "will", "would", "could", "may", "might", "should")
                                                                  for c in verb.children):
        return False
    if any(t.lemma_.lower() in POLICING_WORDS for c in verb.children if c.dep_ == "nsubj" for t in c.subtree):
        return False  # police sent out or pulled back are policing, not a force's change of posture
    return _forces_subject(verb) or _forces_object(verb)


#: who polices: police units moved about are routine, not a change of an armed group's posture
POLICING_WORDS = {"police", "policeman", "policemen", "officer", "gendarme", "gendarmerie"}


def _forces_object(verb: Token) -> bool:
    """Armed forces are what the verb moves ("moved troops", "sent two battalions"; not police units)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in FORCE_WORDS
               and not any(t.lemma_.lower() in POLICING_WORDS for t in c.subtree) for c in verb.children)


def _into_territory(verb: Token) -> bool:
    """Does the movement go into or across a place ("entered Syrian territory", "into the town")?"""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in MOVE_TARGETS:
            return True
        if c.dep_ == "dobj" and verb.lemma_.lower() == "enter" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "LOC"):
            return True  # "the fighters entered Afrin": a place by name
        if c.dep_ == "prep" and c.lower_ in ("into", "to", "across", "via") and pobj(c) is not None and (
            pobj(c).lemma_.lower() in MOVE_TARGETS or pobj(c).ent_type_ in ("GPE", "LOC")
        ):
            return True
    return False


#: verbs that say a happening named by its noun took place ("a shoot-out broke out")
OCCURRENCE_VERBS = {"break", "erupt", "occur", "happen", "ensue", "take", "flare", "report", "continue", "rage"}


def _occurs(noun: Token) -> bool:
    """Is the trigger noun the subject of an occurrence verb ("An intense shoot-out broke out",
    "clashes erupted", "an explosion occurred", "fighting was reported")?"""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    if verb.lemma_.lower() not in OCCURRENCE_VERBS:
        return False
    if verb.lemma_.lower() == "take":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "place" for c in verb.children)
    return True


#: the weak fighting nouns that report a fight when one breaks out or takes place
FIGHT_NOUNS = {"fight", "brawl", "fistfight", "scuffle"}
#: verbs of a fight starting or happening ("continue" and "rage" go on with a campaign: "the fight against graft")
FIGHT_ONSETS = {"break", "erupt", "occur", "happen", "ensue", "take"}


def _fight_sides(noun: Token) -> list[Token]:
    """The sides "a fight between A and B" names."""
    sides = []
    # (the parse may hang the phrase on the verb: "a fight broke out between ...")
    for prep in [*noun.children, *(noun.head.children if noun.dep_ == "nsubj" else [])]:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            for o in prep.children:
                if o.dep_ == "pobj":
                    sides += [o, *(c for c in o.children if c.dep_ == "conj")]
    return sides


def _unarmed_side_fights(tok: Token) -> bool:
    """Is one side of the fight ``tok`` tells plainly unarmed people, and none an armed group other
    than the state's forces ("a clash between demonstrators and police", "fought with vendors")?"""
    sides = _fight_sides(tok) + [
        # "a clash ensued between ..." read with "ensued" hung on the noun
        o for v in tok.children if v.dep_ == "acl" for p in v.children if p.dep_ == "prep" and p.lower_ == "between"
        for o in p.children if o.dep_ == "pobj"]
    if tok.pos_ == "VERB":
        sides += [c for c in tok.children if c.dep_ == "nsubj"]
        sides += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    sides += [c for s in list(sides) for c in s.children if c.dep_ == "conj"]
    # "a group of hitmen", "members of Tropa del Infierno": the people the group is of
    people = [_group_of(antecedent(s)) for s in sides]
    if not people or any(p is None or (_armed_phrase(p) and not lemma_in(p, STATE_HEADS)) or (p.ent_type_ == "ORG" and not lemma_in(p, STATE_HEADS))
                         for p in people):
        return False
    return any(p.lemma_.lower() not in VAGUE_SIDES and (_is_unarmed(p) or lemma_in(p, PROTESTER_HEADS)) for p in people)


#: words for a side that say nothing of whether it is armed
VAGUE_SIDES = {"group", "member", "family", "side", "people", "man", "individual", "unit"}


def _group_of(tok: Token) -> Token | None:
    """The people a "group of ..." / "members of ..." names (None when the group names none)."""
    if tok.lemma_.lower() in VAGUE_SIDES | QUANTITY_HEADS | {"number"}:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = pobj(of) if of is not None else None
        return inner if inner is not None and inner.pos_ != "PROPN" else None
    return tok


def _fight_between(noun: Token) -> bool:
    """"a fight broke out between X and Y", "a fight between two groups took place"."""
    return noun.lemma_.lower() in FIGHT_NOUNS and _occurs(noun) and noun.head.lemma_.lower() in FIGHT_ONSETS \
        and bool(_fight_sides(noun))


def _blocked_by_nature(verb: Token) -> bool:
    """"roads were blocked by fallen trees", "the highway was blocked": no people block it."""
    natural = NATURAL_AGENTS | {"tree", "debris", "rubble", "mud", "rock", "boulder", "landslide", "water"}
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if not passive:
        # "snow blocked the A7", "a landslide blocked the road"
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in natural for c in verb.children)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    who = pobj(agent) if agent is not None else None
    return who is None or who.lemma_.lower() in natural | STANDING_OBSTACLES or (
        # "blocked by parked trucks", "by an overturned tanker": vehicles left standing, not a convoy of protest
        who.lemma_.lower() in VEHICLES and any(c.dep_ == "amod" and c.lower_ in LEFT_STANDING for c in who.children))


#: what stands in a road without anybody putting it there in protest
STANDING_OBSTACLES = {"roadwork", "roadworks", "construction", "repair", "traffic", "congestion", "jam", "queue", "wreckage"}
VEHICLES = {"truck", "lorry", "car", "vehicle", "bus", "tanker", "van", "trailer", "minibus"}
LEFT_STANDING = {"parked", "abandoned", "stalled", "overturned", "broken", "crashed", "stranded", "stuck"}


def _done_by_nature(verb: Token) -> bool:
    """Is the doer of ``verb`` (or of the verb its participle hangs on) a force of nature ("the
    fires ..., destroying homes", "floods destroyed crops")?"""
    natural = NATURAL_AGENTS | {"wildfire", "landslide", "mudslide", "avalanche"}
    v = verb
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj.lemma_.lower() in natural
        if v.dep_ in ("acl", "relcl"):
            return v.head.lemma_.lower() in natural  # ("the fires, ..., swept into ...")
        if v.dep_ not in ("advcl", "conj", "xcomp") or v.head.i == v.i:
            return False
        v = v.head
    return False


def _state_subject(verb: Token) -> bool:
    """Is the subject of ``verb`` the police (whose checkpoints are routine, not a base)?"""
    subj, v = None, verb
    for _ in range(4):  # "the police began the campaign by setting up checkpoints"
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or v.head.i == v.i:
            break
        v = v.head
    if subj is None:
        return False
    words = {t.lemma_.lower() for t in subj.subtree}
    return bool(words & {"police", "policeman", "traffic"})


#: what aircraft do to a target on the ground
AIR_DESTROY_VERBS = {"destroy", "demolish", "raze", "flatten", "obliterate"}


def _air_subject(doc: Doc, cues: list[Cue]) -> bool:
    """Is an aircraft or air force the subject of an attack, targeting or bombing verb?"""
    air = [c for c in cues if c.cls == "air_cue"]
    if not air:
        return False
    for c in cues:
        # ("Turkish jets destroyed weapon depots": what aircraft destroy, they destroy from the air)
        if c.cls not in ("attack", "kill", "wound", "shelling", "explosive") and not (
                c.cls in ("loot", "disrupted") and doc[c.start].lemma_.lower() in AIR_DESTROY_VERBS):
            continue
        verb = next((t for t in doc[c.start : c.end] if t.pos_ == "VERB"), None)
        if verb is None:
            # "raids by the army's helicopters": the noun's "by" names the doer
            noun = doc[c.end - 1]
            if noun.pos_ == "NOUN" and any(ch.dep_ == "prep" and ch.lower_ == "by" and any(
                    a.start <= t.i < a.end for t in ch.subtree for a in air) for ch in noun.children):
                return True
            continue
        for ch in verb.children:
            if ch.dep_ in ("nsubj", "agent") and any(a.start <= t.i < a.end for t in ch.subtree for a in air):
                return True
    return False


def _aimed(sent: Span, cues: list[Cue]) -> bool:
    """Does any shooting word in the sentence say what it was aimed at ("fired at a bus")?"""
    for c in cues:
        if c.cls == "shoot":
            for tok in sent.doc[c.start : c.end]:
                if any(t.dep_ == "prep" and t.lower_ in ("at", "on", "upon", "against", "towards", "into")
                       for t in tok.subtree):
                    return True
    return False


def _community_members(tok: Token) -> bool:
    """"two members of the Fulani community", "relatives of a party leader": whatever the
    dictionary makes of the name, these victims are civilians."""
    if tok.lemma_.lower() not in ("member", "relative", "family", "people", "man", "woman", "elder", "leader"):
        return False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    held = pobj(of) if of is not None else None
    return held is not None and held.lemma_.lower() in CIVIL_GROUPS


#: the victim was not at his post: at home, on the way to work, leaving prayers (ACLED codes
#: attacks on security personnel off duty as violence against civilians)
OFF_DUTY_SCENE = re.compile(
    r"\boff[- ]duty\b|\b(?:at|in front of|outside|near) (?:his|her|their) (?:own )?(?:home|house|residence|farm|shop)\b"
    r"|\bon (?:his|her|their) way (?:to|from|home|back)\b|\bleaving (?:a|the) mosque\b|\bon leave\b", re.I)


#: modifiers that take a soldier, guard or vehicle out of the fighting: "a former army officer", "a
#: civilian school guard", "civilian vehicles"
_NOT_SERVING = {"former", "retired", "ex", "ex-", "civilian"}
#: camps where no one is armed: "a cattle camp", "a refugee camp"
_CIVIL_CAMPS = {"cattle", "refugee", "idp", "displacement", "displaced", "summer", "holiday", "transit", "migrant"}


def _off_duty(tok: Token) -> bool:
    """"an off-duty policeman": ACLED counts security personnel off duty (or retired) as civilians."""
    words = {t.lower_ for t in tok.subtree}
    if "off-duty" in words or {"off", "duty"} <= words:
        return True
    # any pre-modifier: "a civilian school guard" hangs "civilian" on "school"
    return any(t.i < tok.i and t.dep_ in ("amod", "compound", "nmod") and t.lower_ in _NOT_SERVING for t in tok.subtree)


def _armed_phrase(tok: Token) -> bool:
    """Does this noun name armed people or a military target?  "soldiers", "a militia check point",
    "a police station", "members of the army"; never someone off duty (ACLED: a civilian then)."""
    if _off_duty(tok):
        return False
    lemma = tok.lemma_.lower()
    if lemma == "camp" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _CIVIL_CAMPS for c in tok.children):
        return False
    if lemma in ARMED_HEADS and lemma not in ("member", "element"):
        return True
    if lemma in ("member", "element"):
        return any(t.lemma_.lower() in ARMED_HEADS - {"member", "element"} for t in tok.subtree)
    # the modifier says who is there: "militia check point", "police station", "army convoy"
    return any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in ARMED_HEADS - {"member", "element"}
        for c in tok.children
    )


CIVIL_GROUPS = {"community", "tribe", "clan", "family", "village", "congregation", "church", "mosque", "union",
                "association", "household", "minority", "ethnicity", "caste", "sect"}
PLACE_NOUNS = {"road", "countryside", "area", "village", "town", "city", "district", "province", "region",
               "street", "highway", "neighbourhood", "neighborhood", "market", "house", "home", "field", "farm"}
#: what one fires or opens is not a victim: "opened fire on X", "fired rounds at X"
_FIRED = {"fire", "shot", "round", "salvo", "volley", "burst"}


def _victims_armed(sent: Span, cues: list[Cue]) -> bool:
    """Is anyone armed on the receiving end of a killing, wounding, attack or fire in this sentence?"""
    verbs, nouns = [], []
    for c in cues:
        if c.cls in ("kill", "wound", "attack", "shoot"):
            tok = next((t for t in sent.doc[c.start : c.end] if t.pos_ == "VERB"), None)
            if tok is not None:
                verbs.append(tok)
            elif sent.doc[c.end - 1].pos_ == "NOUN":
                nouns.append(sent.doc[c.end - 1])  # "an attack on their positions"
    victims = [
        child for tok in verbs for child in tok.children
        if child.dep_ in ("nsubjpass", "dobj") and not (tok.lemma_.lower() == "fire" and child.dep_ == "dobj")
        and child.lemma_.lower() not in WEAPON_OBJECTS and child.lemma_.lower() not in _FIRED
    ]
    for tok in verbs:
        # "two fighters were found dead, killed by gunmen": the participle's noun is the victim
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") and not (
            tok.head.ent_type_ in ("GPE", "LOC", "FAC") or tok.head.lemma_.lower() in PLACE_NOUNS
        ):
            victims.append(tok.head)
        elif tok.dep_ in ("advcl", "acl") and tok.tag_ == "VBN":
            # "... were found dead on the road, killed by gunmen": the parse may hang the participle
            # on the place; the one found is the sentence subject
            root = tok.sent.root
            victims += [c for c in root.children if c.dep_ == "nsubjpass"]
    if any(_armed_phrase(v) for v in victims):
        return True
    if victims:
        # "shot and killed a taxi driver at a checkpoint": with a victim named, "at X" is where
        return False
    # "fired ... on the positions of X", "opened fire on a convoy": the aim of the fire
    for tok in verbs + nouns:
        preps = [t for t in tok.subtree if t.dep_ == "prep"] if tok.pos_ == "VERB" else [
            c for c in tok.children if c.dep_ == "prep"]
        for t in preps:
            if t.lower_ in ("at", "on", "upon", "against", "towards"):
                obj = pobj(t)
                if obj is not None and _armed_phrase(obj):
                    return True
    return False


# ---------------------------------------------------------------------------------------------
# separate happenings in one sentence


#: words that join a happening told alongside the main one ("..., as Ukraine said its drones had
#: struck a refinery", "..., while counter-protesters attacked a camp")
ALONGSIDE_MARKS = {"as", "while", "whereas"}
#: words that join an earlier or later happening ("a day after police opened fire")
SEQUENCE_MARKS = {"after", "before"}
CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "expl")
#: words in an actor's phrase that tell no side from another ("Russian forces", "Ukrainian forces")
GENERIC_SIDE_WORDS = {"force", "people", "man", "member", "group", "person", "unit", "official", "other", "side",
                      "several", "many", "unknown", "unidentified", "suspected", "some", "local", "own", "more"}


#: nouns that, made definite ("in the attack"), refer to a happening the story already told
HAPPENING_NOUNS = {"attack", "clash", "fighting", "assault", "raid", "ambush", "bombing", "strike", "shelling",
                   "protest", "demonstration", "incident", "operation", "offensive", "battle", "explosion", "blast",
                   "violence", "unrest", "riot", "shooting", "killing"}


def _finite_clause(tok: Token) -> bool:
    """A verb with its own subject and its own tense ("his supporters stormed"; not "... and 'some'
    fighters killed", which borrows the first verb's auxiliary)."""
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ in CLAUSE_SUBJECTS for c in tok.children) and (
        tok.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in tok.children))


def _refers_back(span: Span) -> bool:
    """"..., while Al Shabaab claimed to have killed four soldiers in the attack": the clause
    speaks of a happening already told."""
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in HAPPENING_NOUNS and _has_definite_det(t) for t in span)


def _clause_bounds(sent: Span) -> dict[int, str]:
    """Where, by the parse, a clause that may tell a happening of its own begins or ends, with how
    it is joined: "conj" (a coordinated clause with its own subject: "Rangers arrested Khan, and
    his supporters stormed ..."), "alongside" ("as ...", "while ..."), "sequence" ("a day after
    police opened fire ...") or "semicolon".  A verb sharing its subject ("stormed the village and
    killed 12") or a relative clause is no clause of its own here."""
    doc = sent.doc
    root = sent.root
    spine = [root]
    if root.lemma_.lower() in REPORTING_VERBS:
        # "officials said A happened": the reported clause carries the happenings
        spine += [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    heads: list[tuple[Token, Token, str]] = []
    seen: set[int] = set()
    while spine:
        v = spine.pop()
        if v.i in seen:
            continue
        seen.add(v.i)
        for c in v.children:
            if c.pos_ not in ("VERB", "AUX"):
                continue
            if c.dep_ == "parataxis" and c.lemma_.lower() in REPORTING_VERBS:
                spine.append(c)  # "..., the governor said, as Ukraine said ...": the aside hangs on the source
            elif c.dep_ == "conj":
                spine.append(c)
                if _finite_clause(c):
                    heads.append((c, v, "conj"))
            elif c.dep_ == "advcl":
                marks = {k.lower_ for k in c.children if k.dep_ == "mark"}
                if marks & ALONGSIDE_MARKS:
                    heads.append((c, v, "alongside"))
                elif marks & SEQUENCE_MARKS and _finite_clause(c) and v.lemma_.lower() != "come":
                    # ("the bombing came a day after ...": the sentence's one happening is the other clause)
                    heads.append((c, v, "sequence"))
            elif c.dep_ in ("ccomp", "parataxis") and _finite_clause(c):
                lo, hi = (c.right_edge.i + 1, v.i) if c.i < v.i else (v.i + 1, c.left_edge.i)
                if any(t.text == ";" for t in doc[lo:hi]):
                    heads.append((c, v, "semicolon"))  # "... in Gao on Monday; meanwhile, gunmen abducted ..."
    bounds: dict[int, str] = {}
    for c, v, kind in heads:
        b = c.left_edge.i if c.i > v.i else c.right_edge.i + 1
        if sent.start < b < sent.end:
            bounds.setdefault(b, kind)
    return bounds


#: prepositions that put a happening somewhere ("in Gao", "near the town of Boni")
PLACE_PREPS = {"in", "near", "at", "outside", "inside", "around", "into", "across", "on"}
#: nouns a place's name follows with "of" ("the village of Hulaipole")
NAMED_PLACE_NOUNS = SETTLEMENT_NOUNS | {"province", "region", "state", "county", "area", "capital", "port", "suburb",
                                       "commune", "municipality"}


def _named_places(span: Span) -> set[str]:
    """Places the clause says things happened in (not a state that speaks: "Ukraine said"): the
    parser's place names, and proper names after "in", "near" or "the village of"."""
    # (not "a US strike", "the Iraqi army": a name that qualifies a noun says whose, not where)
    out = {e.text.lower() for e in span.ents if e.label_ in ("GPE", "LOC", "FAC")
           and e.root.dep_ in ("pobj", "dobj", "appos", "conj", "npadvmod")}
    for t in span:
        if t.pos_ != "PROPN" or t.dep_ != "pobj" or t.ent_type_ in ("ORG", "NORP", "DATE"):
            continue
        prep = t.head
        # (the parser takes many a village for a person: "the village of" says what it is)
        if (prep.lower_ in PLACE_PREPS and t.ent_type_ != "PERSON") or (
                prep.lower_ == "of" and prep.head.lemma_.lower() in NAMED_PLACE_NOUNS):
            out.add(t.text.lower())
    return out


#: strategic changes that the happening told with them may have brought about
TERRITORIAL_CHANGES = {"Non-state actor overtakes territory", "Government regains territory",
                       "Non-violent transfer of territory", "Change to group/activity"}
#: words that put a date expression on the calendar ("on Friday", "on 3 May", "yesterday")
CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
                  "tonight", "january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                  "oct", "nov", "dec"}
#: units of a count back from another happening ("a day after", "two weeks before")
OFFSET_DAY_UNITS = {"day", "week", "month"}


#: prepositions that say where whatever follows them ("in several cities")
WHERE_PREPS = {"in", "near", "outside", "inside", "around", "across", "throughout"}
#: prepositions that say where only when no people follow them ("slammed into the grounds of the
#: airport", not "fired on demonstrators")
TARGET_OR_WHERE_PREPS = {"at", "on", "into"}


def has_place_phrase(span: Span) -> bool:
    """Does the clause say where, named or not ("in Gao", "in several cities")?"""
    for t in span:
        if t.dep_ != "prep" or t.lower_ not in WHERE_PREPS | TARGET_OR_WHERE_PREPS:
            continue
        for k in t.children:
            if k.dep_ != "pobj" or k.pos_ not in ("NOUN", "PROPN") or k.ent_type_ in ("DATE", "TIME"):
                continue
            if t.lower_ in WHERE_PREPS or not (k.ent_type_ in ("PERSON", "NORP", "ORG") or lemma_in(
                    k, CROWD_HEADS | PROTESTER_HEADS | STATE_HEADS | NON_STATE_FIGHTERS | {"civilian", "people"})):
                return True
    return False


def _named_dates(span: Span, offsets: bool = False) -> set[str]:
    """Days the clause names for its own happening: a calendar date, or with ``offsets`` a count
    of days back ("a day after ..."); not "the same day", not a duration ("their second week"),
    not the day a statement was made ("police said on Saturday")."""
    out = set()
    for e in span.ents:
        if e.label_ != "DATE" or any(w.lower_ in ("same", "that") for w in e):
            continue
        if e.root.head.lemma_.lower() in REPORTING_VERBS or (
                e.root.head.dep_ == "prep" and e.root.head.head.lemma_.lower() in REPORTING_VERBS):
            continue
        words = {w.lower_ for w in e}
        # ("clashed on Tuesday, and a drone strike the next day killed 15": a day of its own)
        next_day = bool(words & {"next", "following", "previous"} and words & {"day", "morning", "evening", "night"})
        if words & CALENDAR_WORDS or any(w.like_num and len(w.text) in (1, 2, 4) and w.text.isdigit() for w in e) \
                or next_day or (offsets and {w.lemma_.lower() for w in e} & OFFSET_DAY_UNITS):
            out.add(e.text.lower())
    if offsets:
        # "a day after police opened fire": the parser leaves the count of days outside its dates
        out |= {t.text.lower() for t in span if t.dep_ == "npadvmod" and t.lemma_.lower() in OFFSET_DAY_UNITS}
    return out


def _side_words(doc: Doc, ref: SpanRef | None) -> tuple[str, set[str]] | None:
    """(head lemma, the words that tell the side) of an actor phrase."""
    if ref is None:
        return None
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    words = {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ")} - GENERIC_SIDE_WORDS
    return span.root.lemma_.lower(), words


def _same_side(x: tuple[str, set[str]] | None, y: tuple[str, set[str]] | None) -> bool:
    if x is None or y is None:
        return False
    if x[1] and y[1]:
        return bool(x[1] & y[1])
    return x[0] == y[0]


def _pronoun(doc: Doc, ref: SpanRef | None) -> bool:
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand") if ref is not None else None
    return span is not None and len(span) > 0 and span.root.pos_ == "PRON"


def _one_crowd_happening(doc: Doc, a: Mention, b: Mention) -> bool:
    """A crowd's act told with another crowd act or with the state's answer to it ("protesters
    blocked the road and police fired tear gas"): one protest."""
    def crowd(m: Mention) -> bool:
        return m.typing.event_type in ("Protests", "Riots")

    def on_crowd(m: Mention) -> bool:
        if m.typing.sub_event_type == "Arrests":
            verb = doc[token_at(doc, m.trigger.start)]
            target = doc.char_span(m.actor2.start, m.actor2.end, alignment_mode="expand") if m.actor2 is not None else None
            # (the people taken and their names, not what the rest of the clause says: "arrested 180
            # people ..., the latest in days of protests at a power-grab by ex-president Serzh Sarkisian")
            taken = [*(target if target is not None else ()),
                     *(t for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                       for t in [c, *(k for k in c.children if k.dep_ in ("compound", "appos", "conj", "flat"))])]
            if any(t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.dep_ in ("dobj", "nsubjpass", "appos")) for t in taken):
                return False  # "Rangers arrested Imran Khan": a named person's arrest, no crowd's
        return m.roles.actor1_state or m.roles.victims_are_protesters or m.typing.sub_event_type in (
            "Protest with intervention", "Excessive force against protesters", "Arrests")

    return (crowd(a) and (crowd(b) or on_crowd(b))) or (crowd(b) and on_crowd(a))


def _clause_verbs(span: Span) -> list[Token]:
    """The children of the verbs heading ``span``."""
    return [c for t in span if t.pos_ in ("VERB", "AUX") and not (span.start <= t.head.i < span.end and t.head.i != t.i)
            for c in t.children]


def _reported(doc: Doc, m: Mention) -> bool:
    """Does a verb report the mention's happening ("killed", "its drones had struck")?"""
    tok = doc[token_at(doc, m.trigger.start)]
    return m.verbal or (tok.dep_ == "nsubj" and tok.head.pos_ == "VERB")


#: what a military strike does to what it hits
STRIKE_HARM_VERBS = {"kill", "hit", "destroy", "wound", "injure", "target", "flatten", "level", "damage", "claim"}
#: who strikes from afar, besides a country's own name ("a US strike", "a military strike")
STRIKER_WORDS = {"military", "army", "air", "aerial", "drone", "missile", "precision", "retaliatory", "coalition"}


def _military_strike(noun: Token) -> bool:
    """"An Israeli strike killed six soldiers", "were killed in a US strike": the noun strike, made
    by a country or a military and doing harm, is an attack, not a stoppage of work."""
    if noun.lemma_.lower() != "strike" or noun.pos_ != "NOUN":
        return False
    striker = any(c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or c.lemma_.lower() in STRIKER_WORDS)
                  for c in noun.children)
    if not striker:
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in STRIKE_HARM_VERBS:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "by") and noun.head.head.lemma_.lower() in (
        "kill", "wound", "injure", "die", "hit", "destroy", "damage")


#: the parts of a prison that guards take back from inmates
PRISON_PARTS = {"prison", "jail", "gaol", "penitentiary", "cell", "cellblock", "block", "ward", "wing", "yard"}


def _prison_retaken(words: Span) -> bool:
    """"regained control of the cell blocks", "retook the prison": what is taken back is a prison."""
    verb = next((t for t in words if t.pos_ == "VERB"), words.root)
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [pobj(p) for o in list(objs) if o.lemma_.lower() == "control" for p in o.children
             if p.dep_ == "prep" and p.lower_ == "of"]
    objs += [pobj(p) for t in words if t.lemma_.lower() == "control" for p in t.children
             if p.dep_ == "prep" and p.lower_ == "of"]
    return any(o is not None and o.lemma_.lower() in PRISON_PARTS for o in objs)


#: what an agreement between sides of a conflict settles (ACLED codebook: ceasefires, peace deals,
#: prisoner exchanges, surrenders, withdrawals)
SETTLEMENT_WORDS = {"ceasefire", "cease-fire", "truce", "peace", "prisoner", "exchange", "swap", "release", "hostage",
                    "withdrawal", "surrender", "disarmament", "demobilisation", "demobilization", "hostility",
                    "fighting", "conflict", "war", "evacuation", "corridor", "cessation", "handover", "integration",
                    "reconciliation", "settlement", "violence", "rebel", "militia", "armistice", "detainee", "captive"}


def _cooperation_pact(words: Span) -> bool:
    """"signed agreements on defence research and submarines", "an accord on trade": an agreement
    whose subject ("on", "for", "covering") settles nothing between sides of a conflict."""
    noun = words[-1]
    if noun.pos_ == "VERB":  # "signed agreements on ...": the verb's object
        noun = next((c for c in noun.children if c.dep_ == "dobj"), noun)
    if noun.lemma_.lower() not in ("agreement", "accord") or noun.pos_ != "NOUN":
        return False
    topics = [pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "over", "covering")]
    topics = [t for t in topics if t is not None]
    if not topics:
        return False
    sentence_words = {t.lemma_.lower() for t in noun.sent}
    return not sentence_words & SETTLEMENT_WORDS and not any(
        t.lemma_.lower() in SETTLEMENT_WORDS for top in topics for t in top.subtree)


#: what a demonstration "of" shows when it is a protest ("a demonstration of solidarity")
STANCE_NOUNS = {"solidarity", "support", "anger", "opposition", "protest", "outrage", "dissent", "defiance", "unity",
                "discontent", "frustration", "resistance", "rage", "fury", "grief", "mourning", "dissatisfaction"}


def _display_of_a_thing(noun: Token) -> bool:
    """"demonstrations of sword polishing", "a demonstration of its vertical take-off": the noun
    demonstration showing a skill or a thing (not "a demonstration of workers", "of solidarity")."""
    if noun.lemma_.lower() != "demonstration" or noun.pos_ != "NOUN":
        return False
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    shown = pobj(of) if of is not None else None
    if shown is None or shown.ent_type_ in ("NORP", "ORG", "GPE", "CARDINAL", "DATE"):
        return False
    return (shown.tag_ in ("NN", "VBG") and shown.lemma_.lower() not in STANCE_NOUNS | QUANTITY_HEADS
            and shown.lemma_.lower() not in ("people", "staff", "crowd"))


def _outcome_participle(doc: Doc, m: Mention) -> bool:
    """The mention is a death or wound told by a bare participle ("..., killing seven people")."""
    if m.trigger_class not in ("kill", "wound"):
        return False
    tok = doc[token_at(doc, m.trigger.start)]
    return tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)


def _separate_happenings(span_a: Span, a: Mention, span_b: Span, b: Mention, joined: str) -> bool:
    """Do two clauses of one sentence tell two happenings?  Each needs a verb reporting it, and
    the second its own place, its own date, or its own doer (not the first clause's doer or
    target again: "troops attacked the rebels, and the rebels fired back" is one battle)."""
    doc = span_a.doc
    if not (_reported(doc, a) and _reported(doc, b)) or a.anaphoric or b.anaphoric or _refers_back(span_b):
        return False  # ("The bombings came a day after ...": the story's happening referred to)
    sequence = joined == "sequence"
    if sequence and {a.typing.sub_event_type, b.typing.sub_event_type} & TERRITORIAL_CHANGES:
        return False  # "took the town after the soldiers surrendered": how the one change came about
    places_a, places_b = _named_places(span_a), _named_places(span_b)
    if places_a and places_b and not places_a & places_b:
        return True
    dates_a, dates_b = _named_dates(span_a), _named_dates(span_b, offsets=sequence)
    own_date = bool(dates_b) and not dates_a & dates_b and (bool(dates_a) or sequence)
    if sequence or any(c.dep_ == "advmod" and c.lower_ in ("then", "later") for c in _clause_verbs(span_b)):
        # "police fired tear gas after protesters threw stones", "and gunmen then opened fire":
        # one happening told with its cause or its next step, unless that has a day of its own
        # ("a day after police opened fire")
        return own_date
    if _outcome_participle(doc, b):
        # "a missile struck the theatre as people gathered for an exhibition, killing seven": a
        # toll told by a participle with no subject is the outcome of the blow, wherever the
        # parser hangs it
        return own_date
    doer_a, doer_b = _side_words(doc, a.actor1), _side_words(doc, b.actor1)
    target_a, target_b = _side_words(doc, a.actor2), _side_words(doc, b.actor2)
    refers_back = _pronoun(doc, b.actor1) or _pronoun(doc, b.actor2) or _same_side(doer_b, target_a) \
        or _same_side(target_b, doer_a)
    if refers_back or _one_crowd_happening(doc, a, b) or doer_a is None or doer_b is None or _same_side(doer_a, doer_b):
        return own_date
    return True
