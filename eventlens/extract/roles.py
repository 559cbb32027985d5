"""Roles: who acted (actor 1) and on whom (actor 2), read from the parse.

The parse gives the grammatical roles of the trigger (subject, object, agent of a passive,
"opened fire on"); where the small English model leaves a verb without a subject the nearest
armed, state or civilian noun, or the nearest actor the dictionary names, on the right side
stands in.  What the phrases resolve to (canonical actors, inter codes) is ``resolve.actors``'
job; ACLED's role conventions by event type are applied in ``assemble.conventions``.

ACLED codes the side that initiated the violence as actor 1.  The surface subject is not always
that side, and these constructions are read accordingly:

* defence: "forces repelled / thwarted / foiled a Taliban attack", "repulsed an incursion by X",
  "fended off militants": the attacker (in the object, or the object itself) is actor 1 and the
  subject actor 2;
* the subject as target: "troops suffered casualties", "the army came under fire from X",
  "a patrol struck an IED", "their vehicle stepped on a landmine planted by X": the subject is
  actor 2, and actor 1 is whoever the fire or the device is attributed to, if anyone;
* the event noun names the sides: "were killed following an attack by X on Y", "clashes between
  X and Y", "an exchange of fire with X", "an attack of X", "a Taliban-planted IED";
* the weapon is not the target: "fired mortars at the positions of X": X is actor 2.
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
                   "building", "bridge", "road", "crop", "field", "area", "village", "town", "city",
                   "landmine", "explosive", "launcher", "gun", "rifle", "firearm", "bullet", "shot", "gunfire",
                   "fire", "casualty", "loss", "injury", "damage"}
#: what is fired or thrown: "fired mortars at X" has X, not the mortars, as its target
WEAPON_NOUNS = (NON_ACTOR_NOUNS - {"house", "home", "building", "bridge", "road", "crop", "field", "area",
                                   "village", "town", "city", "casualty", "loss", "injury", "damage", "vehicle",
                                   "car", "truck"}) | {
    "artillery", "stone", "rock", "brick", "molotov", "cocktail", "gas", "canister", "munition", "shell", "rpg",
    "tear", "teargas", "bottle", "petrol", "rubber", "pellet", "arrow", "machete", "salvo", "volley", "barrage"}
#: explosive devices that a passing patrol sets off: whoever plants them is the attacker
DEVICE_NOUNS = {"ied", "mine", "landmine", "explosive", "device", "bomb", "booby", "trap"}
#: nouns that name a violent happening and may carry its sides ("an attack by X on Y")
EVENT_NOUNS = {
    "attack", "assault", "offensive", "incursion", "raid", "ambush", "advance", "attempt", "infiltration",
    "strike", "airstrike", "bombardment", "shelling", "fire", "gunfire", "clash", "fighting", "firefight",
    "exchange", "gunfight", "shootout", "shoot", "battle", "skirmish", "confrontation", "encounter",
    "explosion", "blast", "bombing", "operation", "onslaught", "hostility", "crossfire",
}
#: event nouns of two-sided fighting: "clashes with X" names the other side
CLASH_NOUNS = {"clash", "fighting", "firefight", "exchange", "gunfight", "shootout", "battle", "skirmish",
               "confrontation", "encounter", "hostility", "crossfire", "fight"}
#: the subject defends; the attack it stops is the other side's ("repelled a Taliban attack")
DEFEND_VERBS = {"repel", "repulse", "thwart", "foil", "fend", "ward", "beat", "push", "fight", "resist",
                "withstand", "counter", "frustrate", "abort", "avert", "stave", "rebuff", "deflect"}
#: phrasal particles that make a defence verb of "beat back", "push back", "fight off", "fend off"
_DEFEND_PARTICLES = {"back", "off"}
#: the subject is on the receiving end ("troops suffered casualties", "the officer survived the attack")
SUFFER_VERBS = {"suffer", "sustain", "incur", "endure", "survive", "escape"}
#: the subject dies: it is the victim, never the killer ("two marchers died from gunfire")
DEATH_VERBS = {"die", "perish", "succumb"}
#: a vehicle or patrol that hits, steps on or runs over a device is its target
TRIGGER_DEVICE_VERBS = {"hit", "strike", "step", "run", "drive", "trigger", "roll", "tread", "touch"}
#: verbs that only say an event happened ("clashes erupted between X and Y")
LIGHT_VERBS = {"erupt", "break", "take", "occur", "ensue", "happen", "continue", "rage", "flare", "resume",
               "intensify", "escalate", "follow", "start", "begin", "go", "be", "report", "record", "observe",
               "hear"}
#: prepositions that attach a verb to the happening it belongs to ("killed in an attack by X")
_EVENT_PREPS = {"in", "during", "after", "following", "amid", "amidst", "from", "by", "through", "since"}
#: nouns for armed or official people: "an attack of pro-Houthi forces" names an actor
_AGENT_LEMMAS = {
    "force", "troop", "soldier", "army", "military", "police", "policeman", "officer", "militant", "fighter",
    "rebel", "insurgent", "gunman", "militia", "militiaman", "jihadist", "terrorist", "extremist", "guerrilla",
    "group", "faction", "unit", "brigade", "battalion", "member", "element", "assailant", "attacker", "man",
    "bandit", "separatist", "loyalist", "supporter", "gang", "cartel", "guard", "commando", "personnel",
    "regime", "government", "coalition", "movement", "organization", "organisation", "party", "sniper",
    "raider", "kidnapper", "herder", "herdsman", "tribesman", "youth", "mob", "rioter", "protester",
    "peacekeeper", "trooper", "marine", "paratrooper", "ranger", "gendarme", "cadre", "policemen", "troops",
}


def _dictionary():
    from eventlens.resolve.actors import ActorDictionary

    return ActorDictionary.load()


def _names_actor(tok: Token) -> bool:
    """Does this modifier or object name an actor ("Taliban", "IS", "pro-Houthi forces")?"""
    if tok.ent_type_ in ("NORP", "ORG") and not _sentence_initial_word(tok):
        return True
    if tok.lemma_.lower() in _AGENT_LEMMAS:
        return True
    if tok.pos_ in ("PROPN", "NOUN", "ADJ", "AUX", "VERB") and tok.text[:1].isupper():
        return any(m.kind != "monitor" for m in _dictionary().find(tok.text))
    return False


def _sentence_initial_word(tok: Token) -> bool:
    """"Fierce clashes ...": a capitalised first word that the model tags as a name."""
    return tok.i == tok.sent.start and tok.pos_ not in ("PROPN",)


def _particle(verb: Token) -> str | None:
    p = next((c for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _DEFEND_PARTICLES)), None)
    return p.lower_ if p is not None else None


def is_defence(verb: Token) -> bool:
    """"repelled", "thwarted", "beat back", "fought off": the subject defends itself."""
    lemma = verb.lemma_.lower()
    if lemma in ("beat", "push", "fight", "ward", "fend", "stave"):
        return _particle(verb) in _DEFEND_PARTICLES
    return lemma in DEFEND_VERBS


def _is_event_noun(tok: Token | None) -> bool:
    return tok is not None and tok.pos_ in ("NOUN", "PROPN", "VERB") and tok.lemma_.lower() in EVENT_NOUNS


def _subject(verb: Token) -> Token | None:
    # ("pro-Hadi forces": the parser may make the hyphen a subject of its own)
    subj = [t for t in _children(verb, "nsubj") if not t.is_punct]
    if subj:
        return subj[0]
    # "shot and wounded": a coordinated verb shares the first verb's subject
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _device_attacker(device: Token) -> Token | None:
    """Who planted a device: "a Taliban-planted IED", "a mine laid by the rebels", "an ISWAP IED"."""
    for c in device.children:
        if c.dep_ in ("amod", "acl") and c.lemma_.lower() in ("plant", "lay", "place", "set", "leave", "bury", "hide", "attach"):
            agent = next((g for g in c.children if g.dep_ == "agent"), None)
            if agent is not None and pobj(agent) is not None:
                return pobj(agent)
            pre = next((g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod", "nsubj") and g.i < c.i), None)
            if pre is not None:
                return pre
    for c in device.children:
        if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < device.i and _names_actor(c) and \
                c.lemma_.lower() not in DEVICE_NOUNS and c.lemma_.lower() not in ("roadside", "improvised", "explosive"):
            return c
    return None


def _struck_device(verb: Token) -> Token | None:
    """The mine or IED a vehicle or patrol hit, stepped on or ran over."""
    if verb.lemma_.lower() not in TRIGGER_DEVICE_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.lemma_.lower() not in DEVICE_NOUNS:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "over", "into", "onto")), None)
        obj = pobj(prep) if prep is not None else None
    return obj if obj is not None and obj.lemma_.lower() in DEVICE_NOUNS else None


#: things whose owner is the actor: "an army vehicle" is the army's
_OWNED = {"vehicle", "car", "truck", "convoy", "patrol", "tank", "helicopter", "aircraft", "plane", "boat",
          "ship", "position", "post", "base", "checkpoint", "camp", "outpost"}
#: weapons a people or a country's name before them makes that country's ("Russian missiles struck")
_OWNED_WEAPONS = {"missile", "rocket", "drone", "bomb", "shell", "jet", "warplane", "airstrike", "strike"}


def _owner(tok: Token | None) -> Token | None:
    """"an army vehicle" -> army, "a MINUSMA convoy" -> MINUSMA, "a convoy of AMISOM forces" ->
    forces; other nouns stay."""
    if tok is None or tok.lemma_.lower() not in _OWNED:
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    held = pobj(of) if of is not None else None
    if held is not None and _names_actor(held):
        return held
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < tok.i and _names_actor(c) and c.lower_ not in ("their", "its", "his", "her"):
            return c
    if tok.lemma_.lower() in NON_ACTOR_NOUNS:
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ in ("their", "its", "his", "her") and tok.head.pos_ in ("VERB", "AUX"):
            # "their vehicle stepped on a mine", "soldiers were injured when": the clause's subject
            head = tok.head
            while head.dep_ in ("advcl", "conj") and head.head.i != head.i:
                head = head.head
                subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    return subj
    return tok


def _between(tok: Token) -> tuple[Token | None, Token | None]:
    """"between X and Y" under ``tok``: the two sides."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    first = pobj(prep) if prep is not None else None
    if first is None or first.ent_type_ in ("GPE", "LOC", "FAC", "DATE") or not (_names_actor(first) or first.pos_ == "PROPN"):
        return None, None
    # the parser may hang "and Y" on any noun of X's phrase ("police from the station and gunmen")
    second = next((t for t in first.subtree if t.dep_ == "conj" and t.i > first.i and t.pos_ in ("NOUN", "PROPN")), None)
    return first, second


def _clash_with(noun: Token) -> Token | None:
    """"clashes with X", "an exchange of fire with X": the other side."""
    if noun.lemma_.lower() not in CLASH_NOUNS:
        return None
    with_ = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if with_ is None and noun.lemma_.lower() == "exchange":
        fire = next((pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if fire is not None:
            with_ = next((c for c in fire.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    return pobj(with_) if with_ is not None else None


def event_noun_roles(noun: Token) -> tuple[Token | None, Token | None]:
    """Sides named by an event noun: "an attack by X on Y", "clashes with X", "a Taliban attack"."""
    a1, a2 = noun_roles(noun)
    if a1 is None or a2 is None:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "from" and a1 is None:
                obj = pobj(c)
                if obj is not None and _names_actor(obj):
                    a1 = obj  # "fire from X"
    return a1, a2


def _attacker_in(noun: Token) -> Token | None:
    """The attacker an attack noun names ("a Taliban attack", "an attack by/of X"), or the noun
    itself when it is an actor ("repelled the militants")."""
    if _is_event_noun(noun) and noun.lemma_.lower() not in ("operation",):
        a1, _ = event_noun_roles(noun)
        return a1
    if noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() not in NON_ACTOR_NOUNS:
        return noun
    return None


def _exchanged_fire(verb: Token) -> Token | None:
    """"exchanging fire with X", "traded gunfire with X": X."""
    if verb.lemma_.lower() not in ("exchange", "trade"):
        return None
    if not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("fire", "gunfire", "shot", "bullet") for c in verb.children):
        return None
    with_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if with_ is None:
        obj = next(c for c in verb.children if c.dep_ in ("dobj", "obj"))
        with_ = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    return pobj(with_) if with_ is not None else None


def _event_via_preps(verb: Token) -> tuple[Token | None, Token | None]:
    """The sides of the happening a verb is attached to: "killed following an attack by X on Y",
    "wounded during clashes with X", "killed after being hit by X"."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    # "were killed, injured or captured during X": the parser may hang the list's tail (and the
    # prepositional phrase after it) on a participle below the first verb
    for v in list(verbs):
        for c in v.children:
            if c.dep_ == "advcl" and c.tag_ == "VBN" and not any(g.dep_.startswith("nsubj") for g in c.children):
                verbs.append(c)
                verbs.extend(g for g in c.children if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX"))
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verbs.append(verb.head)
    preps = [c for v in verbs for c in v.children]
    for c in preps:
        # "following" is often parsed as a verb ("were wounded following an ambush by X")
        if c.dep_ in ("prep", "xcomp", "advcl") and c.lower_ in _EVENT_PREPS:
            obj = pobj(c) or next((g for g in c.children if g.dep_ in ("dobj", "obj")), None)
            if _is_event_noun(obj):
                other = _clash_with(obj)
                if other is not None:
                    # "soldiers were killed in clashes with X": X is the other side, it acted
                    return other, None
                a1, a2 = event_noun_roles(obj)
                if a1 is not None or a2 is not None:
                    return a1, a2
            pcomp = next((g for g in c.children if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX")), None)
            if pcomp is not None and _exchanged_fire(pcomp) is not None:
                # "was killed after exchanging fire with police": the other side of the shoot-out
                return _exchanged_fire(pcomp), None
            if pcomp is not None:
                agent = next((g for g in pcomp.children if g.dep_ == "agent"), None)
                by = pobj(agent) if agent is not None else None
                if by is not None:
                    if by.lemma_.lower() in DEVICE_NOUNS or by.lemma_.lower() in WEAPON_NOUNS:
                        return _device_attacker(by), None
                    return by, None
    return None, None


_PLACE_ENTS = ("GPE", "LOC", "FAC")
#: what stands after a passive's "by" without doing the deed: places, times, means
_NOT_AGENTS = {"side", "road", "roadside", "river", "riverside", "way", "day", "night", "time", "morning", "evening",
               "afternoon", "hour", "minute", "week", "month", "year", "end", "means", "mistake", "accident",
               "chance", "order", "gate", "door", "window", "bank", "shore", "border", "entrance", "wall"}


def _past_place_appos(tok: Token) -> Token:
    """"On 5 May, in La Central, Colima, a police patrol was shot": the parser makes the place the
    subject and hangs the real one on it as an apposition; the first non-place apposition acts."""
    def placelike(t: Token) -> bool:
        first = t.left_edge
        return t.ent_type_ in _PLACE_ENTS or (
            t.pos_ == "PROPN" and first.i > 0 and t.doc[first.i - 1].lower_ in ("in", "near", "at"))

    t = tok
    for _ in range(4):
        # ("in Fortaleza, Ceara, a woman ...": a proper name in apposition to a place is the
        # place's province or country, whatever entity type the model gave it)
        if not (placelike(t) or (t.i != tok.i and t.pos_ == "PROPN" and t.dep_ == "appos")):
            return t if t.i != tok.i else tok
        nxt = next((c for c in t.children if c.dep_ == "appos"), None)
        if nxt is None:
            return tok
        t = nxt
    return tok


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _misparsed_agent(prep: Token) -> bool:
    """"a woman was shot to death in X neighbourhood by three armed men": the parser may read the
    passive's "by" as a plain preposition; with persons after it, it names who did it ("by the
    road", "by a river", "by 2 pm" name places and times)."""
    if prep.dep_ != "prep" or prep.lower_ != "by" or not _passive(prep.head):
        return False
    obj = pobj(prep)
    return obj is not None and obj.pos_ in ("NOUN", "PROPN") and actor_like(obj) \
        and obj.ent_type_ not in _PLACE_ENTS and obj.lemma_.lower() not in _NOT_AGENTS


def verb_roles(verb: Token) -> tuple[Token | None, Token | None]:
    actor1 = actor2 = None
    for c in verb.children:
        if c.dep_ == "nsubj" and not c.is_punct:
            actor1 = _past_place_appos(c)
        elif c.dep_ == "nsubjpass":
            actor2 = _past_place_appos(c)
        elif c.dep_ in ("dobj", "obj") and actor2 is None:
            # "fired mortars at X": the weapon is no target; X comes with "at" below
            if not (c.lemma_.lower() in WEAPON_NOUNS and c.pos_ == "NOUN"):
                actor2 = c
        elif c.dep_ == "agent" or _misparsed_agent(c):
            actor1 = pobj(c) or actor1
    if actor1 is None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        # "the force claimed to have seized weapons": the doer is the subject of the verb above
        actor1 = next((c for c in verb.head.children if c.dep_ == "nsubj" and not c.is_punct), None)
    if actor1 is None and verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB":
        # "his supporters responded by storming military buildings": the doer of the verb above
        actor1 = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "upon", "towards", "toward") and actor2 is None:
            obj = pobj(c)
            # "On 9 May, X fired at Y": a date before the verb is no target
            if obj is not None and c.i > verb.i and actor_like(obj) and obj.lemma_.lower() not in DEVICE_NOUNS:
                actor2 = obj
    lemma = verb.lemma_.lower()
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    # "the operation left 3 IS militants dead": the left are the victims; the operation's doer acts
    if lemma == "leave" and obj is not None and any(
            t.lower_ in ("dead", "injured", "wounded", "hurt") for t in obj.subtree if t.i > obj.i or t.dep_ in ("amod",)) | any(
            c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and c.lower_ in ("dead", "injured", "wounded", "hurt") for c in verb.children):
        subj = _subject(verb)
        a1 = subj
        if _is_event_noun(subj):
            a1, _ = event_noun_roles(subj)
            if a1 is None:
                a1 = next((c for c in subj.children if c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "NOUN")), None)
        return a1, obj
    # "killing 9 of them": "them" are the ones the verb above it hit ("attacked a militia check point")
    if obj is not None and obj.like_num and verb.dep_ in ("advcl", "xcomp", "conj") and any(
            g.lower_ in ("them", "those") for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
        above = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj")), None)
        if above is not None:
            a1, _ = verb_roles(verb.head)
            return a1, above
    # "forces repelled a Taliban attack": the attacker acts, the defender is its target
    if is_defence(verb):
        subj = _subject(verb)
        attacker = _attacker_in(obj) if obj is not None else None
        return attacker, subj
    # "troops suffered casualties after being hit by X", "the army came under fire from X"
    under = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"), None)
    if lemma in DEATH_VERBS:
        ev1, ev2 = _event_via_preps(verb)
        if ev1 is not None and ev2 is not None:
            # "died in clashes between youths and security forces": the fight's own sides
            return ev1, ev2
    if lemma in SUFFER_VERBS | DEATH_VERBS or (lemma == "come" and under is not None and _is_event_noun(pobj(under))):
        subj = _subject(verb)
        a1 = None
        src = next((c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")), None)
        if src is not None and pobj(src) is not None and _names_actor(pobj(src)):
            a1 = pobj(src)
        if a1 is None and under is not None and pobj(under) is not None:
            a1, _ = event_noun_roles(pobj(under))
        if a1 is None:
            a1, _ = _event_via_preps(verb)
        return a1, subj
    # "an army vehicle struck an IED", "their vehicle stepped on a landmine planted by X"
    if lemma in TRIGGER_DEVICE_VERBS and _children(verb, "nsubj"):
        device = _struck_device(verb)
        if device is not None:
            return _device_attacker(device), _owner(_subject(verb))
    # "were hit by a Taliban-planted IED": the device stands for whoever planted it
    if actor1 is not None and actor1.dep_ == "pobj" and actor1.head.dep_ == "agent" and \
            actor1.lemma_.lower() in (DEVICE_NOUNS | WEAPON_NOUNS):
        actor1 = _device_attacker(actor1) or actor1
    # "were shot and killed by Taliban militants": the agent hangs on the coordinated verb ("wounded
    # by Afghan forces fire": the fire stands for whoever fired it)
    if actor1 is None:
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            agent = next((c for c in conj.children if c.dep_ == "agent"), None)
            if agent is not None and pobj(agent) is not None:
                actor1 = pobj(agent)
                if actor1.lemma_.lower() in (DEVICE_NOUNS | WEAPON_NOUNS):
                    actor1 = _device_attacker(actor1) or actor1
                break
    # "a regime sniper shot and killed": the parser may glue the subject to a verb it read as a
    # noun ("sniper shot"), leaving the verb with a compound and no subject
    if actor1 is None and verb.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        glued = next((c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")), None)
        if glued is not None and actor_like(glued):
            actor1 = glued
    # "GNA and LNA forces clashed", "the NPA and the military engaged in a firefight": two sides
    if actor1 is not None and actor2 is None and lemma in SYMMETRIC_VERBS:
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
    # "two civilians were wounded when Afghan forces fired mortars": a passive that names only its
    # victims is told by the clause of time, whose subject acted
    if actor1 is None and any(c.dep_ == "nsubjpass" for c in verb.children):
        for cl in (c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"):
            if not any(g.dep_ in ("mark", "advmod") and g.lower_ in ("when", "as", "after", "while") for g in cl.children):
                continue
            subj = next((g for g in cl.children if g.dep_ == "nsubj"), None)
            if subj is not None and not _subject_is_target(cl) and cl.lemma_.lower() not in LIGHT_VERBS \
                    and subj.lemma_.lower() not in _WEAPON_SUBJECTS and actor_like(subj) and subj.pos_ != "PRON" \
                    and _named_force(subj):
                actor1 = subj
                break
    # "two soldiers were killed following an attack by X", "... during clashes with X"
    if actor1 is None:
        e1, e2 = _event_via_preps(verb)
        actor1 = e1
        actor2 = actor2 or e2
    # "clashes erupted between X and Y"
    if _is_event_noun(actor1) and actor2 is None:
        actor1 = None  # the happening as subject names no side
    if actor1 is None and actor2 is None:
        actor1, actor2 = _between(verb)
    return actor1, actor2


def _named_force(tok: Token) -> bool:
    """A state force or a named armed group: "as villagers tried to pursue the gunmen" tells what
    the villagers did, not who shot, and an unnamed group is what a later mention may name."""
    ref = actor_span(tok)
    a = _dictionary().resolve(ref.text) if ref is not None else None
    code = a.type.code if a is not None and a.type is not None else None
    return code in (1, 2, 8) or (code in (3, 4) and not a.name.startswith("Unidentified"))


def noun_roles(noun: Token) -> tuple[Token | None, Token | None]:
    actor1 = actor2 = None
    lemma = noun.lemma_.lower()
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "poss", "nmod") and c.pos_ in ("PROPN", "ADJ", "NOUN", "AUX") and c.i < noun.i and (
            (c.ent_type_ in ("NORP", "GPE", "ORG") and not _sentence_initial_word(c))
            or c.lemma_.lower() in ("coalition", "army", "military", "police", "rebel", "militant")
            or (c.pos_ in ("PROPN", "AUX") and _names_actor(c))
        ):
            actor1 = c  # "Israeli airstrikes", "Saudi-led coalition airstrikes", "an IS attack"
        elif c.dep_ == "acl" and c.lemma_.lower() in ("attribute", "blame"):
            to = next((g for g in c.children if g.dep_ in ("prep", "agent") and g.lower_ in ("to", "on", "by")), None)
            actor1 = (pobj(to) if to is not None else None) or actor1  # "an attack attributed to ADF fighters"
        elif c.dep_ == "acl" and c.lemma_.lower() in ("carry", "launch", "conduct", "stage", "mount", "perpetrate",
                                                       "commit", "claim", "plant", "lay"):
            agent = next((g for g in c.children if g.dep_ == "agent"), None)
            actor1 = (pobj(agent) if agent is not None else None) or actor1  # "an attack carried out by X"
        elif c.dep_ in ("prep", "agent") and c.lower_ == "by":
            actor1 = pobj(c) or actor1
        elif c.dep_ == "prep" and c.lower_ == "of" and lemma in EVENT_NOUNS and lemma not in ("exchange",) and actor1 is None:
            obj = pobj(c)
            if obj is not None and _names_actor(obj):
                actor1 = obj  # "an attack of pro-Houthi forces"
        elif c.dep_ == "prep" and c.lower_ in ("on", "against", "targeting"):
            if c.lower_ == "on" and noun.head.lemma_.lower() in ("blame", "pin"):
                continue  # "blamed the attacks on X": X is the accused, not the target
            actor2 = pobj(c) or actor2
    if actor1 is None and lemma in DEVICE_NOUNS:
        actor1 = _device_attacker(noun)  # "a Taliban-planted IED", "a mine laid by the rebels"
    if actor1 is None and actor2 is None and lemma in EVENT_NOUNS:
        # "clashes between X and Y", "clashes erupted between X and Y"
        actor1, actor2 = _between(noun)
        if actor1 is None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in LIGHT_VERBS:
            actor1, actor2 = _between(noun.head)
        if actor1 is None and lemma == "exchange":
            fire = next((pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if fire is not None:
                actor1, actor2 = _between(fire)  # "an exchange of fire between X and Y"
    if actor1 is None and actor2 is None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            _is_event_noun(noun.head.head) and noun.head.head.i != noun.i:
        # "an exchange of fire between X and Y": the noun above carries the sides
        return noun_roles(noun.head.head)
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.lemma_ in {
        "carry", "launch", "conduct", "stage", "mount", "claim", "perpetrate", "commit", "fire", "hold", "organize",
        "organise", "open",
    }:
        if actor1 is None:
            subj = _children(head, "nsubj")
            actor1 = subj[0] if subj else None
        if actor2 is None:
            # "gunmen opened fire on a patrol": the target hangs on the verb
            on = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against", "upon")), None)
            actor2 = pobj(on) if on is not None else None
    elif noun.dep_ == "nsubjpass" and head.lemma_ in {"carry", "launch", "conduct", "stage", "mount", "perpetrate"}:
        # "an attack has been launched on a military base by militants": the passive verb carries
        # the target and the doer
        if actor2 is None:
            on = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "upon")), None)
            actor2 = pobj(on) if on is not None else None
        if actor1 is None:
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            actor1 = pobj(agent) if agent is not None else None
    return actor1, actor2


def _named_hits(sent: Span) -> list[Token]:
    """Head tokens of the actors the dictionary names in the sentence."""
    out = []
    base = sent.start_char
    doc = sent.doc
    for m in _dictionary().find(sent.text):
        if m.kind == "monitor":
            continue  # "the OSCE SMM observed explosions": the observer is no side
        span = doc.char_span(base + m.start, base + m.end, alignment_mode="expand")
        if span is not None and len(span):
            out.append(span[-1])
    return out


#: verbs whose subject watched or counted what happened ("the OSCE SMM observed 75 explosions")
OBSERVING_VERBS = PERCEPTION_VERBS | {"observe", "monitor", "document", "count", "register", "note", "log"}


def _subject_of(tok: Token, verbs: set[str]) -> bool:
    """Does the phrase of ``tok`` stand as the subject of one of ``verbs``?"""
    while tok.dep_ in ("compound", "amod", "flat", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in verbs


def _observer(tok: Token) -> bool:
    """The subject of an observing verb is a witness, never the doer a fallback may pick."""
    return _subject_of(tok, OBSERVING_VERBS)


def _speaker(tok: Token) -> bool:
    """The subject of a verb of saying ("police said", "the army told reporters")."""
    return _subject_of(tok, SPEAKING_VERBS)


#: verbs whose subject speaks of a happening rather than takes part in it
SPEAKING_VERBS = {"say", "tell", "report", "add", "state", "confirm", "announce", "claim", "allege"}


def nearest_actor_like(sent: Span, trigger: Token, before: bool, lexicon_cues: list[Cue]) -> Token | None:
    """Fallback for parse failures: the closest armed/civilian/state noun on one side."""
    best = None
    for cue in lexicon_cues:
        if cue.cls not in ("armed_cue", "civilian_cue", "state_cue", "protest"):
            continue
        tok = sent.doc[cue.end - 1]
        if tok.pos_ not in ("NOUN", "PROPN") or _observer(tok):
            continue
        if not (sent.start <= tok.i < sent.end):
            continue
        if not before and _speaker(tok):
            continue  # "..., police said": who tells of it is not whom it was done to
        if before and tok.i < trigger.i:
            if best is None or tok.i > best.i:
                best = tok
        elif not before and tok.i > trigger.i:
            if best is None or tok.i < best.i:
                best = tok
    if best is None and before:
        # an actor the dictionary names ("Boko Haram/IS claimed to have attacked")
        for tok in _named_hits(sent):
            if tok.i < trigger.i and not _observer(tok) and (best is None or tok.i > best.i):
                best = tok
    if best is None and before:
        for ent in sent.ents:
            if ent.label_ in ("ORG", "NORP") and ent.end <= trigger.i and not _sentence_initial_word(ent.root) \
                    and not _observer(ent.root):
                best = ent.root
    return best


def antecedent(tok: Token) -> Token:
    """For a relative pronoun, the noun its clause modifies."""
    if tok.lemma_.lower() in ("who", "which", "that") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _acronym_misparse(tok: Token) -> bool:
    """"by IS snipers": the model reads "IS" as a verb; an upper-case word in a noun's slot."""
    return tok.pos_ in ("AUX", "VERB") and tok.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "compound", "npadvmod") \
        and tok.text.isupper() and len(tok.text) >= 2


def actor_like(tok: Token | None) -> bool:
    """Could this token head an actor phrase?  Dates, numbers and places of time are not."""
    if tok is None:
        return False
    tok = antecedent(tok)
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return False
    if tok.lemma_.lower() in NON_ACTOR_NOUNS and tok.pos_ == "NOUN":
        return False
    if _acronym_misparse(tok):
        return True
    return tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.lower_ not in ("it", "they", "he", "she", "we", "i", "you", "this", "which")


def actor_span(tok: Token | None, body_start: int = 0) -> SpanRef | None:
    """The actor phrase for ``tok``, never reaching back into the dateline."""
    if tok is None:
        return None
    tok = antecedent(tok)
    span = phrase_span(tok)
    if _acronym_misparse(tok):
        # "IS snipers": the noun the parser hung on the acronym belongs to its phrase
        noun = next((c for c in tok.rights if c.dep_ in ("attr", "dobj", "compound", "appos") and c.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None and noun.i == tok.i + 1:
            span = span.doc[span.start : noun.i + 1]
    last = span[-1]
    if last.i != tok.i and last.dep_ == "pobj" and last.head.lower_ == "of":
        # "the positions of the military forces of Azerbaijan": the holder's own "of X"
        of = next((c for c in last.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = pobj(of) if of is not None else None
        if obj is not None and (obj.ent_type_ in ("GPE", "NORP", "ORG") or obj.pos_ == "PROPN"):
            span = span.doc[span.start : max(span.end, obj.right_edge.i + 1)]
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i:
        # "Saudi-led coalition airstrikes": the modifier's own modifiers sit beside it
        left = span.start
        for sib in tok.head.children:
            if sib.i < tok.i and sib.dep_ in ("amod", "compound", "npadvmod", "nmod") and sib.i >= left - 3:
                left = min(left, sib.left_edge.i)
        span = span.doc[left : span.end]
    span = _widen_to_name(span)
    if span.start_char < body_start:
        first = token_at(span.doc, body_start)
        if first >= span.end:
            return None
        span = span.doc[first : span.end]
    while len(span) > 1 and span[0].is_punct:
        span = span[1:]
    return SpanRef.of(span)


def _widen_to_name(span: Span) -> Span:
    """A name the parse cut ("the Donbass People" of "the Donbass People's Militia", "the children"
    of "the children of fire initiative"): widen the phrase to the dictionary's whole name."""
    sent = span.sent
    base = sent.start_char
    doc = span.doc
    start, end = span.start_char, span.end_char
    text = doc.text
    for m in _dictionary().find(sent.text):
        if m.kind == "monitor":
            continue
        s0, s1 = base + m.start, base + m.end
        if s0 < end and s1 > start and (s0 < start or s1 > end):
            start, end = min(start, s0), max(end, s1)
        elif s1 <= start and start - s1 <= 1 and text[s1:start].strip(" -") == "" and m.kind != "state" \
                and span[0].pos_ in ("NOUN",) and s0 >= sent.start_char:
            # "IS militants" with the acronym cut off by the parse: the name modifies the noun
            start = s0
    if (start, end) == (span.start_char, span.end_char):
        return span
    wide = doc.char_span(start, end, alignment_mode="expand")
    return wide if wide is not None else span


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


def _subject_is_target(verb: Token) -> bool:
    """Constructions whose subject is attacked, not attacking: no fallback may make it actor 1."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if is_defence(verb) or lemma in SUFFER_VERBS:
        return True
    if lemma == "come" and any(c.dep_ == "prep" and c.lower_ == "under" for c in verb.children):
        return True
    if lemma in TRIGGER_DEVICE_VERBS and _children(verb, "nsubj"):
        return _struck_device(verb) is not None
    return False


#: things that "hit", "struck" or "killed" on their own: their user is someone else
_WEAPON_SUBJECTS = {"bomb", "ied", "device", "mine", "landmine", "shell", "rocket", "missile", "grenade",
                    "explosion", "blast", "explosive", "mortar", "projectile", "bullet", "car", "vehicle"}


def _weapon_subject(verb: Token) -> bool:
    """Is the subject of ``verb`` (or of the verb it hangs on) a weapon?"""
    for v in (verb, verb.head if verb.dep_ in ("advcl", "conj", "xcomp") else None):
        if v is None or v.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj.lemma_.lower() in _WEAPON_SUBJECTS
    return False


def _governing_target_verb(noun: Token) -> Token | None:
    """The defence or suffering verb a trigger noun hangs under, a few arcs up."""
    tok = prev = noun
    for _ in range(5):
        # ("died of gunshot wounds": the weapon word may modify the noun the verb takes)
        if tok.dep_ not in ("dobj", "obj", "pobj", "prep", "agent", "pcomp", "advcl", "conj", "compound") or tok.head.i == tok.i:
            return None
        tok = tok.head
        # ("died from gunfire", "died of gunshot wounds": whoever dies of it is hit, not the one firing)
        if tok.pos_ in ("VERB", "AUX") and (_subject_is_target(tok) or (
                tok.lemma_.lower() in DEATH_VERBS and prev.dep_ == "prep" and prev.lower_ in ("from", "of"))):
            return tok
        prev = tok
    return None


#: unarmed groups that act as crowds ("a group of local people", "villagers"): no dictionary
#: entry names them, but ACLED codes what they do (mob violence), so they keep their role
_CROWD_WORDS = {"group", "crowd", "mob", "villager", "resident", "local", "youth", "people", "community",
                "supporter", "relative", "neighbour", "neighbor", "inhabitant", "farmer", "herder", "trader",
                "vigilante", "student", "worker", "national", "citizen", "shopkeeper", "vendor", "hawker",
                "passenger", "fisherman"}


def _crowd_like(tok: Token) -> bool:
    if tok.ent_type_ == "NORP" and tok.pos_ == "PROPN" and tok.lower_.endswith("s") and tok.dep_ not in ("amod", "compound"):
        return True  # "Palestinians", "Hindus": a people as a group of persons
    if tok.lemma_.lower() not in _CROWD_WORDS:
        return False
    words = {t.lemma_.lower() for t in tok.subtree}
    return not words & {"armed", "gunman", "militant", "militia", "soldier", "police", "fighter", "rebel", "gang"}


def _resolvable(tok: Token) -> bool:
    """Does the phrase of ``tok`` name an actor at all ("two suspects", "the area" do not)?"""
    ref = actor_span(tok)
    return ref is not None and _dictionary().resolve(ref.text) is not None


#: nouns between "under" and the actor in "under the command / banner of X"
_UMBRELLA_NOUNS = {"command", "banner", "umbrella", "leadership", "flag", "control", "auspices"}


def _umbrella(tok: Token) -> Token | None:
    """"opposition rebels under OPS", "factions operating under the banner of X": fighters placed
    under a named group or operation act as that group, so X stands for the role."""
    holders = [tok, *(c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB")]
    for h in holders:
        under = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "under"), None)
        obj = pobj(under) if under is not None else None
        if obj is not None and obj.lemma_.lower() in _UMBRELLA_NOUNS:
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = pobj(of) if of is not None else None
        if obj is None:
            continue
        ref = actor_span(obj)
        # only a group the dictionary names: "under the leadership of <a person>" stays as it is
        hits = _dictionary().find(ref.text, any_country=True) if ref is not None else []
        if hits and all(m.kind != "state" for m in hits):
            return obj
    return None


#: armed units, which no dictionary entry names but which are plainly armed ("the 35th Armoured
#: Brigade", "a member of his escort"); a convoy may carry fuel or aid, so it is not one
ARMED_UNIT_NOUNS = {"brigade", "battalion", "regiment", "platoon", "squadron", "patrol", "garrison", "escort",
                    "bodyguard"}


def armed_unit(tok: Token) -> bool:
    """Does ``tok`` head the name of an armed unit, or of a member of one?"""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma in ARMED_UNIT_NOUNS or tok.lower_.rstrip("s") in ARMED_UNIT_NOUNS:
        return True
    if lemma in ("member", "element"):
        # "a member of his escort"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        held = pobj(of) if of is not None else None
        return held is not None and armed_unit(held)
    return False


def _settle(tok: Token | None) -> Token | None:
    """The token that stands for a role, or None: what the parse gave if its phrase names an actor;
    for a modifier that names none alone ("Israeli" of "Israeli airstrikes"), the noun it modifies."""
    if tok is not None and tok.pos_ == "ADJ" and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i \
            and tok.head.pos_ in ("NOUN", "PROPN") \
            and any(c.ent_type_ in ("NORP", "GPE", "ORG") for c in tok.head.lefts) and _resolvable(tok.head):
        # "an Afghan military airstrike": the adjective is no noun phrase, the noun it modifies is;
        # only with a people or a country named ("military reinforcements" names nobody)
        return tok.head
    if tok is not None and tok.lemma_.lower() in _OWNED_WEAPONS and tok.pos_ == "NOUN" and any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in tok.lefts) and _resolvable(tok):
        return tok  # "Russian missiles struck Kharkiv": the weapons' country fired them
    if not actor_like(tok):
        return None
    tok = _owner(tok)
    boss = _umbrella(tok)
    if boss is not None:
        return boss
    if _resolvable(tok) or _crowd_like(tok) or armed_unit(tok):
        return tok
    if tok.dep_ in ("compound", "amod", "nmod", "npadvmod", "poss") and tok.head.i > tok.i and _resolvable(tok.head):
        return tok.head
    return None


def _previous_subject(sent: Span, body_start: int) -> Token | None:
    """The actor-like subject of the main verb of the sentence before ``sent``, if any."""
    doc = sent.doc
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if prev.start == sent[0].sent.start:
        return None  # a clause read apart from its sentence: its sibling clause is no earlier sentence
    if prev.start_char < body_start:
        return None
    root = prev.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not actor_like(subj) or subj.pos_ == "PRON":
        return None
    return subj if _names_actor(subj) else None


REMAINS_NOUNS = {"body", "corpse", "remains", "bodies", "corpses"}
DISCOVERY_VERBS = {"recover", "find", "retrieve", "pull", "discover", "exhume", "identify", "locate", "search", "spot"}


def _found_as(trig_tok: Token) -> Token | None:
    """The subject of "X was found dead / killed / shot" when the trigger is the state found in."""
    head = trig_tok.head
    if trig_tok.dep_ not in ("xcomp", "oprd", "acomp", "ccomp", "advcl") or head.i == trig_tok.i \
            or head.lemma_.lower() not in DISCOVERY_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass" and c.i < trig_tok.i), None)


def _modifies(part: Token, whole: Token) -> bool:
    """Is ``part`` a modifier inside the phrase of ``whole`` ("police" in "suspected police elements")?"""
    whole = antecedent(whole)
    return part.i != whole.i and part.dep_ in ("compound", "amod", "nmod", "poss") \
        and part.i in {t.i for t in whole.subtree}


def find_roles(
    sent: Span, trig_tok: Token, noun_tok: Token, cues: list[Cue], body_start: int = 0
) -> tuple[Token | None, Token | None, bool]:
    """(actor1, actor2, actor1 came from the parse) for the happening carried by ``trig_tok``.

    ``noun_tok`` is the head trigger word when it is not the verb ("the drone strike that
    killed"); the nearest actor-like noun stands in where the parse gives nothing."""
    a1, a2 = (verb_roles(trig_tok) if trig_tok.pos_ in ("VERB", "AUX") else noun_roles(trig_tok))
    if trig_tok.lower_ in ("dead", "injured", "wounded") and trig_tok.dep_ in ("amod", "acomp", "oprd") and a2 is None:
        # "left 3 IS militants dead": the ones left dead are the victims
        victim = trig_tok.head if trig_tok.dep_ == "amod" else None
        if victim is not None and victim.pos_ in ("NOUN", "PROPN"):
            a2 = victim
            if a1 is not None and (a1.i == victim.i or a1.i in {t.i for t in victim.subtree}
                                   or victim.i in {t.i for t in a1.subtree}):
                a1 = None
    found = _found_as(trig_tok)
    if found is not None:
        # "a member of the state security was found killed": the one found is the victim, and
        # nothing in the finding names who did it
        a2 = found
        if a1 is not None and a1.i in {t.i for t in found.subtree}:
            a1 = None
    target_subject = _subject_is_target(trig_tok)
    if trig_tok.pos_ not in ("VERB", "AUX"):
        # "repelled a Taliban attack", "came under fire", "suffered casualties after being hit by
        # an IED": a verb above the trigger noun decides the sides
        gov = _governing_target_verb(trig_tok)
        if gov is not None:
            a1, a2 = verb_roles(gov)
            target_subject = True
    if noun_tok.i != trig_tok.i and noun_tok.pos_ in ("NOUN", "PROPN") and not target_subject:
        # "the US drone strike ... that killed": the weapon noun names the attacker best
        n1, n2 = noun_roles(noun_tok)
        a1 = n1 or a1
        a2 = a2 or n2
    if a2 is None and noun_tok.i != trig_tok.i and noun_tok.pos_ == "VERB" and noun_tok.dep_ == "conj" \
            and noun_tok.head.i == trig_tok.i:
        # "shot and killed a policewoman": the last verb's object is the first verb's too
        a2 = verb_roles(noun_tok)[1]
    a1 = _settle(a1)
    a2 = _settle(a2)
    a1_from_parse = a1 is not None
    if a1 is None and _weapon_subject(trig_tok):
        # "a roadside bomb hit an army truck, wounding two soldiers": the bomb's owner is not
        # named, and the nearest armed noun is the victim
        target_subject = True
    # "a drug trafficker was killed": a passive without its agent names only the victim, and
    # what stands before the verb is that victim or the place, not the attacker
    agentless_passive = trig_tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "nsubjpass" for c in trig_tok.children) and not any(
        c.dep_ == "agent" or _misparsed_agent(c) for c in trig_tok.children)
    # "police recovered the bodies": whoever finds the dead is not who killed them
    found_dead = trig_tok.lemma_.lower() in REMAINS_NOUNS and trig_tok.dep_ in ("dobj", "nsubjpass") \
        and trig_tok.head.lemma_.lower() in DISCOVERY_VERBS
    if a1 is None and not target_subject and not agentless_passive and not found_dead and found is None:
        a1 = nearest_actor_like(sent, trig_tok, True, cues)
    if a2 is None:
        a2 = nearest_actor_like(sent, trig_tok, False, cues)
    if a1 is not None and a1.idx < body_start:
        a1 = nearest_actor_like(sent.doc[max(sent.start, token_at(sent.doc, body_start)) : sent.end], trig_tok, True, cues)
        if a1 is not None and a1.idx < body_start:
            a1 = None
    if a1 is None and a2 is None and not target_subject:
        # "The police carried out an operation in X. A shoot-out broke out.": a sentence that
        # names nobody continues the story of the sentence before it
        a1 = _previous_subject(sent, body_start)
    if a1 is not None and a2 is not None and (antecedent(a1).i == antecedent(a2).i or _modifies(a1, a2) or _modifies(a2, a1)):
        # one noun cannot be both sides, nor one phrase ("police" of "police officers"): keep the
        # role the parse gave it
        if a1_from_parse:
            a2 = None
        else:
            a1 = None
    return a1, a2, a1_from_parse


#: how a story refers back to the person a killing or shooting was done to
VICTIM_REFS = {"victim", "he", "she", "man", "woman", "both", "they"}
#: words for crime as a trade: a victim tied to one is a gang member, an armed party (ACLED)
#: (organised crime only: ACLED codes the killing of a drug user or of a man with a criminal record
#: as an attack on a civilian)
CRIME_TRADES = {"trafficking", "traffic", "trafficker", "gang", "cartel", "faction", "dealer", "smuggling",
                "extortion", "militia"}
#: what ties a person to a crime: "had charges against him for", "was involved in", "had been
#: convicted of", "was a member of", "was a drug dealer"
CRIME_TIES = {"be", "have", "involve", "convict", "charge", "arrest", "accuse", "suspect", "link", "belong",
              "investigate", "record", "member", "wanted"}


def victim_tied_to_crime(sent: Span) -> bool:
    """Does the sentence say the victim was a criminal ("The victim had charges against him for
    drug trafficking", "Both victims were members of a gang")?  The doers' words ("killed by drug
    traffickers") do not count."""
    for tok in sent:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lemma_.lower() not in VICTIM_REFS:
            continue
        verb = tok.head
        if verb.lemma_.lower() not in CRIME_TIES:
            continue
        agents = {w.i for k in verb.children if k.dep_ == "agent" for w in k.subtree}
        said = {w.lemma_.lower() for w in verb.subtree if w.i != tok.i and w.i not in agents}
        if said & CRIME_TRADES:
            return True
    return False
