"""Who says so: attribution ("a security source said") and claims (accusations, claims of
responsibility, denials) in a sentence, from the parse.

Sources are normalised to short role phrases as written ("security source", "AFP reporter",
"police spokesman Khalid Zadran", "Syrian Observatory for Human Rights"): determiners, numbers,
honorifics and ranks, a country's possessive ("Sudan's health ministry") and a leading place name
("Kabul police") are dropped; the span keeps the article's own words.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventlens.extract.spans import SpanRef, phrase_span, pobj

# mentions.py reads these three for roles and modality; keep their meaning stable
REPORTING_VERBS = {
    "say", "tell", "report", "confirm", "announce", "add", "state", "claim", "quote", "note",
    "explain", "allege", "assert", "accord", "write", "tweet",
}
DENY_HEADS = {"deny", "dismiss", "reject", "refute"}
PROTESTER_HEADS = {"protester", "protestor", "demonstrator", "marcher", "rally", "protest", "crowd"}

#: verbs whose subject is a source for what the sentence says
ATTRIBUTION_VERBS = REPORTING_VERBS - {"accord"} | {"post", "insist", "estimate", "count", "inform", "speak"}
#: perception verbs make a source only of people who were there to report
PERCEPTION_VERBS = {"see", "witness", "count", "hear", "observe", "film", "photograph", "watch", "describe"}
EYEWITNESS_HEADS = {
    "reporter", "correspondent", "journalist", "photographer", "cameraman", "witness", "eyewitness",
    "crew", "stringer", "videographer",
}
#: things that show rather than say; "video showed" is evidence, not a source
NON_SOURCE_HEADS = {
    "video", "footage", "image", "photo", "photograph", "picture", "clip", "recording", "data",
    "figure", "toll", "record", "document", "sign", "evidence", "study", "survey", "poll", "map",
    "attack", "blast", "explosion", "strike", "fighting", "violence", "incident", "people",
}
#: "a statement from X", "a spokesman for X"
CARRIER_HEADS = {"statement", "communique", "communiqué", "report", "message", "post", "release", "letter", "bulletin"}
SPOKES_HEADS = {"spokesman", "spokeswoman", "spokesperson", "official", "source", "representative"}
#: honorifics and ranks dropped before a name ("Major General Zaw Min Tun" -> "Zaw Min Tun")
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "sheikh", "major", "general",
    "gen", "maj", "colonel", "col", "lieutenant", "lt", "brigadier", "brig", "captain", "capt",
    "sergeant", "sgt", "commander", "cmdr", "admiral", "adm", "marshal", "corporal", "cpl",
    "lieutenant-colonel", "lieutenant-general", "major-general", "brigadier-general", "rev",
    "reverend", "mullah", "maulana",
}
#: wordings of the UN agencies that have one well-known short name
ALIASES = {
    "united nations children's agency": "UNICEF", "un children's agency": "UNICEF",
    "u.n. children's agency": "UNICEF", "united nations refugee agency": "UNHCR",
    "un refugee agency": "UNHCR", "u.n. refugee agency": "UNHCR",
}
ANONYMITY_WORDS = ("condition of anonymity", "not to be named", "declined to be named",
                   "not authorised to", "not authorized to", "not be identified", "declined to be identified")
PRONOUNS = {
    "i", "we", "you", "he", "she", "it", "they", "him", "her", "them", "us", "this", "that",
    "these", "those", "who", "which", "whom", "one", "someone", "anyone", "everyone", "nobody",
    "there",
}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}

# ---- claims ---------------------------------------------------------------------------------
ACCUSE_VERBS = {"accuse", "blame", "charge"}
#: criticism is an accusation only when it names whom it criticises ("denounced Serbia's crackdown")
CRITICISE_VERBS = {"condemn", "denounce", "criticise", "criticize", "censure", "fault"}
DENY_VERBS = {"deny", "refute", "distance"}
#: "rejected / dismissed X" is a denial only when X is an accusation
REBUT_VERBS = {"reject", "dismiss", "rebuff", "dispute", "contest"}
ALLEGATION_HEADS = {
    "accusation", "allegation", "claim", "charge", "report", "suggestion", "assertion", "account",
    "responsibility", "involvement", "blame", "story", "version",
}
CLAIM_VERBS = {"claim", "assume", "accept", "take", "admit", "acknowledge"}
#: what a group says it did: "said it had carried out / struck / fired / taken control of"
ACT_VERBS = {
    "carry", "strike", "fire", "attack", "kill", "target", "neutralise", "neutralize", "capture",
    "take", "shoot", "destroy", "launch", "conduct", "hit", "bomb", "shell", "ambush", "seize",
    "down", "execute", "behead", "abduct", "kidnap", "detonate", "storm", "raid", "overrun",
    "eliminate", "liquidate", "assassinate", "perpetrate", "stage", "mount", "intercept", "repel",
    "end", "resume",
}
#: nouns that name the happening, not a party to it
EVENT_NOUNS = PROTESTER_HEADS | {
    "attack", "strike", "bombing", "killing", "violence", "incident", "shooting", "blast",
    "explosion", "assault", "raid", "ambush", "massacre", "abduction", "kidnapping", "shelling",
    "airstrike", "operation", "death", "murder", "unrest", "clash", "fighting", "barrage", "salvo",
    "rocket", "missile", "shell", "drone", "mortar", "bomb", "grenade", "round", "ceasefire",
    "truce", "assassination", "execution", "destruction", "fire", "it", "this", "that",
    # what a party did, when the text criticises the deed ("Serbia's suppression of ...")
    "suppression", "crackdown", "repression", "treatment", "handling", "policy", "decision",
    "action", "conduct", "behaviour", "behavior", "occupation", "aggression", "invasion",
    "annexation", "move", "role",
}


@dataclass
class AttributionRef:
    source: str
    span: SpanRef
    #: the source is not named on purpose ("speaking on condition of anonymity")
    anonymous: bool = False


@dataclass
class ClaimRef:
    claimant: str
    kind: str
    target: str | None
    span: SpanRef


# ---------------------------------------------------------------------------------------------
# noun phrases


def _ent_end(tok: Token) -> int:
    """End token index of the named entity ``tok`` is in ("Syrian Observatory for Human Rights")."""
    if tok.ent_iob_ in ("B", "I") and tok.ent_type_ in ("ORG", "NORP", "FAC", "PERSON", "WORK_OF_ART"):
        for ent in tok.doc.ents:
            if ent.start <= tok.i < ent.end:
                return ent.end
    return tok.i + 1


def _np(head: Token) -> Span:
    """The noun phrase of a source or claimant: phrase_span, completed to the end of a name."""
    span = phrase_span(head)
    end = max(span.end, _ent_end(head))
    return head.doc[span.start:end]


def _clean_tokens(span: Span) -> list[Token]:
    doc = span.doc
    toks = list(span)
    # a country's possessive: "Ukraine's air force" -> "air force"; keep "Hamas's armed wing"
    drop: set[int] = set()
    for t in toks:
        if t.dep_ == "poss" and t.ent_type_ in ("GPE",) and t.head in toks:
            drop.update(x.i for x in t.subtree)
        if t.dep_ == "poss" and t.lower_ in ("its", "their", "his", "her", "our"):
            drop.add(t.i)
    out = [t for t in toks if t.i not in drop]
    # determiners, counts, punctuation at the edges
    while out and (out[0].dep_ in ("det", "nummod", "predet", "case", "punct", "advmod", "quantmod")
                   or out[0].lower_ in ("a", "an", "the", "some", "two", "three", "several", "many",
                                        "neighbouring", "neighboring")):
        out.pop(0)
    while out and out[-1].is_punct:
        out.pop()
    # a place name leading a common noun: "Kabul police spokesman" -> "police spokesman"
    while len(out) > 1 and out[0].ent_type_ == "GPE" and out[0].pos_ == "PROPN" and any(
        t.pos_ == "NOUN" for t in out[1:]
    ) and out[1].ent_type_ != "GPE" and out[1].text != "-":
        out.pop(0)
        while out and out[0].is_punct:
            out.pop(0)
    # "Britain-based", "London-based": where the source sits, not who it is
    based = {t.i for t in out if t.lower_ == "based" and t.i > 0 and doc[t.i - 1].text == "-"}
    for b in list(based):
        j = b - 1
        while j >= 0 and doc[j].i in {x.i for x in out} and j >= b - 3:
            based.add(j)
            if doc[j].text != "-":
                break
            j -= 1
    out = [t for t in out if t.i not in based]
    # ranks and honorifics before a name
    # (only inside the name: "commander of the Taliban" keeps its role)
    def is_title(k: int) -> bool:
        t = out[k]
        if t.lower_.rstrip(".") not in TITLES or t.ent_type_ == "ORG" or k + 1 >= len(out):
            return False
        nxt = out[k + 1]
        return nxt.i == t.i + 1 and nxt.pos_ == "PROPN" and (nxt.lower_.rstrip(".") in TITLES or nxt.ent_type_ == "PERSON"
                                                             or t.head.pos_ == "PROPN")
    titles = {out[k].i for k in range(len(out)) if is_title(k)}
    return [t for t in out if t.i not in titles]


def _text_of(toks: list[Token]) -> str:
    """The words as written (hyphens unspaced), first word lower-cased at a sentence start."""
    if not toks:
        return ""
    parts = []
    for k, t in enumerate(toks):
        word = t.text
        if k == 0 and t.is_sent_start and t.pos_ not in ("PROPN",) and not t.ent_type_ and word[:1].isupper():
            word = word.lower()
        ws = t.whitespace_ if k + 1 < len(toks) and toks[k + 1].i == t.i + 1 else " "
        parts.append(word + ws)
    return "".join(parts).strip()


def _role_name(head: Token) -> str:
    """Short role phrase for the source headed by ``head``."""
    span = _np(head)
    toks = _clean_tokens(span)
    name = _text_of(toks)
    # "spokesman for Lady Reading Hospital" -> "hospital spokesman"
    if head.lemma_.lower() in SPOKES_HEADS:
        prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
        obj = pobj(prep) if prep is not None else None
        if obj is not None:
            org = obj.lower_ if obj.pos_ == "PROPN" else _text_of(_clean_tokens(_np(obj)))
            name = f"{org} {name}".strip()
    # "the group's main spokesman, Mohammad Khurasani": the role and the name
    if head.pos_ == "NOUN":
        app = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)
        if app is not None:
            name = f"{name} {_text_of(_clean_tokens(_np(app)))}"
    return ALIASES.get(name.lower(), name)


def _claimant_name(head: Token) -> str:
    """Who makes a claim: a proper name in apposition beats its description
    ("the Islamist militant group al Shabaab" -> "al Shabaab")."""
    if head.pos_ == "NOUN":
        app = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if app is not None and head.lemma_.lower() in ("group", "movement", "organisation", "organization", "militia", "faction", "outfit"):
            return _text_of(_clean_tokens(_np(app)))
    return _role_name(head)


def _is_source(head: Token) -> bool:
    lemma = head.lemma_.lower()
    if head.pos_ == "PRON" or head.lower_ in PRONOUNS:
        return False
    if lemma in NON_SOURCE_HEADS or head.lower_ in NON_SOURCE_HEADS:
        return False
    return head.pos_ in ("NOUN", "PROPN", "X") or head.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")


def _conjuncts(head: Token) -> list[Token]:
    """"residents and a rebel spokesman" -> residents, spokesman."""
    out = [head]
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
            out.extend(_conjuncts(c))
    return out


def _carrier_source(head: Token) -> Token | None:
    """"a statement from the ministry" -> ministry; "the ministry's statement" -> ministry."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            obj = pobj(c)
            if obj is not None and _is_source(obj):
                return obj
        if c.dep_ == "poss" and _is_source(c):
            return c
    return None


# ---------------------------------------------------------------------------------------------
# attribution


def _anonymity(sent: Span, verb: Token) -> Span | None:
    """The words that keep the source anonymous, near the reporting verb."""
    low = sent.text.lower()
    for phrase in ANONYMITY_WORDS:
        k = low.find(phrase)
        if k < 0:
            continue
        start_char = sent.start_char + k
        span = sent.doc.char_span(start_char, start_char + len(phrase), alignment_mode="expand")
        if span is None:
            continue
        # only when it hangs off this reporting verb (", speaking on condition of anonymity")
        for t in span:
            anc = t
            for _ in range(6):
                if anc == verb or anc.head == verb:
                    lead = anc if anc.head == verb else t
                    left = min(lead.left_edge.i, span.start)
                    return sent.doc[left: max(span.end, lead.right_edge.i + 1)]
                if anc.head == anc:
                    break
                anc = anc.head
    return None


def find_attribution(sent: Span, body_start: int = 0) -> list[AttributionRef]:
    """Who reports what the sentence says.

    Covers the subject of a reporting verb ("a security source said", "X told AFP", "X
    confirmed"), a reporter who saw it ("an AFP correspondent saw"), "according to X", the agent
    of a passive report ("it was reported by X"), "a statement from X", "X put the toll at". Each
    coordinated source is its own entry; ``anonymous`` marks "speaking on condition of anonymity".
    """
    doc = sent.doc
    out: list[AttributionRef] = []
    seen: set[str] = set()

    def add(head: Token, words: Span, anonymous: bool = False) -> None:
        if head.idx < body_start:
            return
        name = _role_name(head)
        if not name or name.lower() in seen:
            return
        seen.add(name.lower())
        out.append(AttributionRef(name, SpanRef.of(words), anonymous))

    def sources(head: Token) -> list[Token]:
        res = []
        for h in _conjuncts(head):
            if h.lemma_.lower() in CARRIER_HEADS:
                inner = _carrier_source(h)
                if inner is not None:
                    res.append(inner)
                continue
            if h.lower_ in RELATIVE_PRONOUNS and h.head.dep_ == "relcl":
                h = h.head.head
            if _is_source(h):
                res.append(h)
        return res

    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") and not any(c.dep_ == "neg" for c in tok.children):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            reporting = lemma in ATTRIBUTION_VERBS
            if lemma == "put":
                # "unions put the figure at 280,000"
                reporting = any(c.dep_ == "dobj" and c.lemma_.lower() in ("figure", "toll", "number", "turnout", "count")
                                for c in tok.children)
            if lemma == "speak" and subj is None:
                reporting = False
            perceiving = lemma in PERCEPTION_VERBS and subj is not None and any(
                h.lemma_.lower() in EYEWITNESS_HEADS for h in _conjuncts(subj)
            )
            if (reporting or perceiving) and subj is not None:
                anon = _anonymity(sent, tok)
                # the words: subject through verb, plus "told AFP" and the anonymity clause
                left, right = min(subj.left_edge.i, tok.i), max(tok.i, subj.i) + 1
                if subj.i > tok.i:  # "said the ministry"
                    right = _np(subj).end
                for c in tok.children:
                    if c.dep_ in ("dative", "dobj") and lemma == "tell" and c.pos_ == "PROPN":
                        right = max(right, c.i + 1)
                if anon is not None and anon.start <= right + 2:
                    right = max(right, anon.end)
                words = doc[left:right]
                for h in sources(subj):
                    add(h, words, anonymous=anon is not None)
            if lemma in ATTRIBUTION_VERBS and agent is not None and subj is None:
                obj = pobj(agent)
                if obj is not None:
                    words = doc[min(tok.i, agent.i): _np(obj).end]
                    aux = [c for c in tok.children if c.dep_ == "auxpass"]
                    if aux:
                        words = doc[min(aux[0].i, words.start): words.end]
                    for h in sources(obj):
                        add(h, words)
        if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            obj = pobj(doc[tok.i + 1])
            if obj is not None:
                last = max(_np(h).end for h in _conjuncts(obj))
                for h in sources(obj):
                    add(h, doc[tok.i:last])
    # "..., speaking on condition of anonymity" with the source named by a pronoun or earlier
    if any(w in sent.text.lower() for w in ANONYMITY_WORDS):
        for a in out:
            a.anonymous = True
    return out


# ---------------------------------------------------------------------------------------------
# claims


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, inherited along "said ..., accusing" and "denied ... and blamed"."""
    tok = verb
    for _ in range(4):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        climb = ("advcl", "xcomp", "conj", "pcomp") + (("ccomp",) if tok is not verb else ())
        if tok.dep_ in climb and tok.head != tok and tok.head.pos_ in ("VERB", "AUX"):
            if tok.dep_ == "conj" and any(c.dep_ == "nsubjpass" for c in tok.head.children):
                # "denied that its forces were involved and blamed ...": not the passive's subject
                tok = tok.head
                continue
            # "Russian forces dropped grenades, Ukraine's military said, accusing Moscow":
            # the participle belongs to the reporting verb beside it
            if tok.dep_ == "advcl":
                said = next((c for c in tok.head.children if c.dep_ == "parataxis" and c.lemma_.lower() in ATTRIBUTION_VERBS
                             and c.i < tok.i), None)
                if said is not None:
                    return next((c for c in said.children if c.dep_ == "nsubj"), None)
            tok = tok.head
            continue
        return None
    return None


def _resolve_claimant(subj: Token, sent: Span) -> Token | None:
    """A named claimant: pronouns go to the nearest named subject before them in the sentence."""
    if subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
        head = subj.head.head
        return head if _is_source(head) else None
    if subj.pos_ == "PRON" or subj.lower_ in PRONOUNS:
        prev = [t for t in sent if t.i < subj.i and t.dep_ in ("nsubj", "nsubjpass") and _is_source(t)]
        return prev[-1] if prev else None
    return subj if _is_source(subj) or subj.lemma_.lower() in ("government", "army") else None


def _target_of(tok: Token | None, sent: Span) -> str | None:
    if tok is None:
        return None
    if tok.pos_ == "PRON" or tok.lower_ in PRONOUNS:
        if tok.lower_ in ("it", "this", "that"):
            return None
        prev = [t for t in sent if t.i < tok.i and t.dep_ in ("dobj", "pobj", "nsubj") and t.pos_ in ("NOUN", "PROPN")
                and t.lemma_.lower() not in EVENT_NOUNS]
        return _claimant_name(prev[-1]) if prev else None
    if tok.lemma_.lower() in ("control", "charge", "command"):
        # "taken full control of Laukkaing"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return _target_of(pobj(of), sent) if of is not None and pobj(of) is not None else None
    if tok.lemma_.lower() in EVENT_NOUNS:
        # "condemned Serbia's crackdown": the possessor is the target
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
        return _claimant_name(poss) if poss is not None else None
    name = _claimant_name(tok)
    # quotes and possessives that the noun phrase left at the edge
    return name.strip("\"'“”‘’ ") or None


def _own_right(verb: Token) -> int:
    """End of the verb's own clause: its objects and modifiers, not "and ..." or ", saying ..."."""
    right = verb.i + 1
    for c in verb.rights:
        if c.dep_ in ("conj", "cc", "punct", "advcl", "parataxis", "relcl"):
            break
        right = max(right, c.right_edge.i + 1)
    return right


def _obj(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def _says_it_did(verb: Token, claimant: Token) -> Token | None:
    """"X said it (had) carried out / struck / fired": the act verb when its subject is the
    speaker itself (it, they, we, its fighters) or the same body ("the army")."""
    for comp in verb.children:
        if comp.dep_ not in ("ccomp", "conj") or comp.lemma_.lower() not in ACT_VERBS:
            continue
        if comp.dep_ == "conj" and comp.head != verb:
            continue
        if comp.lemma_.lower() in ("end", "resume") and not any(
            c.lemma_.lower() in ("ceasefire", "truce", "attack", "operation", "offensive") for c in comp.children
        ):
            continue
        if comp.lemma_.lower() == "take" and not any(c.lemma_.lower() in ("control", "responsibility") for c in comp.subtree):
            continue
        if any(c.dep_ in ("neg", "aux") and c.lower_ in ("not", "n't", "will", "would", "could", "might", "may", "never")
               for c in comp.children):
            continue
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        if subj.lower_ in ("it", "they", "we"):
            return comp
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subj.children):
            return comp
        same = {claimant.lemma_.lower()} | {c.lemma_.lower() for c in claimant.subtree}
        if subj.lemma_.lower() in same | ({"army", "military"} if same & {"army", "military"} else set()):
            return comp
    return None


def find_claims(sent: Span) -> list[ClaimRef]:
    """Accusations, claims of responsibility and denials in the sentence.

    kinds: "accuse" ("X blamed the attacks on Y", "X accused Y of", "X held Y responsible",
    "X said Y was behind", "X condemned Y"), "claim responsibility" ("X claimed responsibility
    for", "X claimed the attack", "X said it carried out"), "deny" ("X denied involvement",
    "X rejected the accusations", "X distanced itself from"). The claimant is a named subject;
    a pronoun or relative pronoun goes to the nearest named subject before it, else the claim is
    skipped.
    """
    doc = sent.doc
    out: list[ClaimRef] = []
    seen: set[tuple[str, str, str | None]] = set()

    def add(verb: Token, subj_tok: Token | None, kind: str, target: str | None, extra: Token | None = None) -> None:
        if subj_tok is None:
            return
        if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj_tok.children):
            return  # "no group has claimed responsibility"
        who = _resolve_claimant(subj_tok, sent)
        if who is None:
            return
        claimant = _claimant_name(who)
        if not claimant:
            return
        if target is not None and target.lower() == claimant.lower():
            target = None
        key = (claimant.lower(), kind, (target or "").lower() or None)
        # "blamed the killings on herders, accusing them of ...": one accusation
        if any(k[0] == key[0] and k[1] == kind and (k[2] == key[2] or key[2] is None) for k in seen):
            return
        seen.add(key)
        left = min(subj_tok.left_edge.i if subj_tok.i < verb.i else verb.i, verb.i)
        if subj_tok.i < verb.i and verb.i - subj_tok.i > 25:
            left = verb.i  # a far subject: the claim's own words only
        right = max(_own_right(verb) if extra is None else _own_right(extra), verb.i + 1)
        right = min(right, sent.end)
        while right - 1 > left and doc[right - 1].is_punct and not doc[right - 1].is_quote:
            right -= 1
        out.append(ClaimRef(claimant, kind, target, SpanRef.of(doc[left:right])))

    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        if any(c.dep_ == "neg" for c in tok.children):
            continue
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
        subj = _subject(tok)
        obj = _obj(tok)

        if lemma in ACCUSE_VERBS:
            if lemma == "charge" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
                continue
            if passive:
                # "Y has been accused of ... by X"
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                victim = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                if agent is not None and pobj(agent) is not None:
                    add(tok, pobj(agent), "accuse", _target_of(victim, sent))
                continue
            target = None
            if lemma == "blame":
                # "blamed the attacks on Y" / "blamed Y for the attacks"
                preps = list(tok.children) + ([g for g in obj.children] if obj is not None else [])
                on = next((c for c in preps if c.dep_ == "prep" and c.lower_ == "on"), None)
                if on is not None and pobj(on) is not None:
                    target = _target_of(pobj(on), sent)
                elif obj is not None:
                    target = _target_of(obj, sent)
            else:
                target = _target_of(obj, sent)
            add(tok, subj, "accuse", target)
        elif lemma in CRITICISE_VERBS and not passive:
            if obj is None:
                # "denounced as an ugly crime Serbia's suppression of ..."
                as_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
                as_obj = pobj(as_) if as_ is not None else None
                obj = next((c for c in as_obj.children if c.dep_ == "appos"), None) if as_obj is not None else None
            target = _target_of(obj, sent) if obj is not None else None
            if target is not None:
                add(tok, subj, "accuse", target)
        elif lemma == "hold" and obj is not None and any(
            c.lower_ in ("responsible", "accountable") for c in list(tok.children) + list(obj.children)
        ):
            add(tok, subj, "accuse", _target_of(obj, sent))
        elif lemma in CLAIM_VERBS and obj is not None and obj.lemma_.lower() == "responsibility":
            add(tok, subj, "claim responsibility", None)
        elif lemma == "claim" and obj is not None and obj.lemma_.lower() in EVENT_NOUNS | {"killing", "downing", "capture"}:
            add(tok, subj, "claim responsibility", None)
        elif lemma == "claim" and tok.dep_ == "acl" and tok.head.lemma_.lower() in EVENT_NOUNS | {"killing", "bombing"} \
                and (agent := next((c for c in tok.children if c.dep_ == "agent"), None)) is not None \
                and pobj(agent) is not None:
            add(tok, pobj(agent), "claim responsibility", None)  # "in an attack claimed by al Shabaab"
        elif lemma in DENY_VERBS:
            if lemma == "distance" and not any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
                continue
            add(tok, subj, "deny", None)
        elif lemma in REBUT_VERBS and obj is not None and obj.lemma_.lower() in ALLEGATION_HEADS:
            poss = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
            add(tok, subj, "deny", _claimant_name(poss) if poss is not None else None)
        elif lemma in ATTRIBUTION_VERBS and subj is not None:
            who = _resolve_claimant(subj, sent)
            if who is None:
                continue
            # "X said Y was behind / responsible for the attack"
            for comp in tok.children:
                if comp.dep_ != "ccomp" or comp.lemma_.lower() != "be":
                    continue
                csubj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
                behind = any(c.lower_ == "behind" for c in comp.children) or any(
                    c.lower_ in ("responsible",) for c in comp.children
                )
                if csubj is None or not behind:
                    continue
                if csubj.lower_ in ("it", "they", "we") or any(c.lower_ in ("its", "their", "our") for c in csubj.children):
                    add(tok, subj, "claim responsibility", None, extra=comp)
                else:
                    add(tok, subj, "accuse", _target_of(csubj, sent), extra=comp)
            act = _says_it_did(tok, who)
            if act is not None:
                target = _target_of(_obj(act), sent) if _obj(act) is not None else None
                add(tok, subj, "claim responsibility", target, extra=act)
            if lemma == "claim":
                # "claimed that its fighters had captured a hilltop"
                for comp in tok.children:
                    if comp.dep_ == "ccomp" and comp.lemma_.lower() in ACT_VERBS:
                        csubj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
                        if csubj is not None and (csubj.lower_ in ("it", "they", "we") or any(
                            c.lower_ in ("its", "their", "our") for c in csubj.children
                        )):
                            add(tok, subj, "claim responsibility", _target_of(_obj(comp), sent), extra=comp)
    return out
