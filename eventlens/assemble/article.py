"""Assemble the mentions of one article into events.

All mentions of one happening ("gunmen shot two protesters" ... "the shooting" ... "the two
wounded") become one event filled from all of them; different happenings stay apart.  Two
mentions are the same happening when their types are compatible, their own dates overlap (or
one has none), their own places agree (or one has none), and neither is background while the
other is news.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

from eventlens.assemble.conventions import acled_actor_conventions
from eventlens.extract.counts import CountMention, merge_counts
from eventlens.extract.mentions import Mention, SpanRef
from eventlens.extract.typing import FOUGHT_CLASSES, PLOVER_OF_SUBTYPE, Typing, type_family
from eventlens.geodesy import location_km
from eventlens.resolve.time import TimeExpression
from eventlens.schema import (
    Actor,
    Article,
    Attribution,
    Claim,
    Count,
    CrowdSize,
    Event,
    Evidence,
    Location,
)

#: an event dated more than this before publication is recalled, not reported
BACKGROUND_AFTER_DAYS = 31
#: own places further apart than this are different happenings
SAME_PLACE_KM = 30.0

#: within the crowd family, the more severe reading wins when mentions merge
CROWD_SEVERITY = {
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Violent demonstration": 2,
    "Mob violence": 2,
    "Attack": 3,
    "Excessive force against protesters": 4,
}


#: the Battles sub-types for ground that changed hands
TERRITORIAL = {"Government regains territory", "Non-state actor overtakes territory"}

#: event types whose actor 1 a claim of responsibility may name
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


@dataclass
class ResolvedMention:
    """A mention with its own (sentence-level) time and place, before merging."""

    mention: Mention
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    event_date: dt.date | None = None
    date_precision: str = "unknown"
    date_span: SpanRef | None = None
    location: Location | None = None
    location_span: SpanRef | None = None
    #: True when the place was named in the mention's own sentence (not the dateline fallback)
    own_place: bool = False
    #: the sentence names only a region and the next sentences the town in it ("in western Niger.
    #: The attackers surrounded the mosque in Fambita"): as good as its own for where, though it
    #: does not vouch for the mention as a happening
    place_from_next: bool = False
    background: bool = False
    #: dated decades before publication: history, dropped with whatever refers to it
    history: bool = False
    actor1: Actor | None = None
    actor2: Actor | None = None
    extra_attribution: list = field(default_factory=list)
    extra_claims: list = field(default_factory=list)
    extra_counts: list[CountMention] = field(default_factory=list)
    #: the next sentence says the authorities intervened ("Police resorted to a baton charge")
    extra_intervention: bool = False
    #: a later sentence says the crowd turned violent ("The inmates burnt official documents")
    extra_crowd_violence: bool = False
    #: actors who claimed responsibility for this happening, resolved
    claimant_actors: list[Actor] = field(default_factory=list)
    #: for a mention without a date of its own: the last time expression before its sentence,
    #: used only to date a group none of whose mentions has a date
    context_time: TimeExpression | None = None


def _crowd_compatible(a: ResolvedMention, b: ResolvedMention) -> bool:
    def crowdish(rm: ResolvedMention) -> bool:
        t = rm.mention.typing
        roles = rm.mention.roles
        return t.event_type in ("Protests", "Riots") or (
            t.sub_event_type == "Attack" and (roles.victims_are_protesters or (roles.actor1_state and roles.actor2_unarmed))
        )

    return crowdish(a) and crowdish(b)


def _reports_itself(rm: ResolvedMention, lead_end: int) -> bool:
    """Does this mention report a happening on its own evidence?  A verb does; a bare noun needs a
    date, a place, a casualty figure, or the lead sentence (not a relative clause there)."""
    m = rm.mention
    return (
        m.verbal
        or rm.event_date is not None
        or rm.own_place
        or (m.sent_start < lead_end and "in_relative_clause" not in m.classes)
        or any((c.best or 0) > 0 for c in m.counts if c.kind in ("killed", "injured", "arrested", "abducted", "crowd"))
    )


def _intervenes(a: ResolvedMention, b: ResolvedMention) -> bool:
    """"Students protested ... Police arrested two of them": arrests or dispersal told right
    after a protest, with no date or place of their own, are the authorities' intervention in it."""
    return (
        b.mention.typing.event_type == "Protests"
        and a.mention.typing.sub_event_type in ("Arrests", "Protest with intervention")
        and a.event_date is None
        and not a.own_place
    )


def _force_on_the_crowd(a: ResolvedMention, b: ResolvedMention) -> bool:
    """"Police fired live rounds at demonstrators, killing two ... Witnesses said police opened fire
    as the crowd tried to walk past": the state's force told again with no date or place of its
    own, after the force against the protest, is that force."""
    return (
        b.mention.typing.sub_event_type in ("Excessive force against protesters", "Protest with intervention")
        and a.mention.typing.sub_event_type == "Attack"
        and a.mention.roles.actor1_state
        # (gunfire: "two people were hurt and dozens detained" is no retelling of the shooting)
        and a.mention.classes & {"shoot", "firearm_cue", "live_fire"}
        and a.event_date is None
        and not a.own_place
        and not a.background and not b.background
    )


def _arrests_in_the_unrest(a: ResolvedMention, b: ResolvedMention) -> bool:
    """"Protesters set fire to the building ... Police arrived later and detained 22 people there":
    people arrested in a number, that day and there, after a protest or riot are its arrests (one
    event per happening; ACLED codes the protest or riot with its arrests). A person arrested by
    name ("police arrested the opposition leader") may be an event of its own and stays apart."""
    return (
        a.mention.typing.sub_event_type == "Arrests"
        and b.mention.typing.event_type in ("Protests", "Riots")
        and not a.background and not b.background
        and (a.event_date is None or a.event_date == b.event_date)
        and any(c.kind == "arrested" and (c.best or c.low or 0) > 1 for c in a.mention.counts)
    )


def _no_doer(rm: ResolvedMention) -> bool:
    """The mention names nobody who did it ("Seventeen people were killed")."""
    roles = rm.mention.roles
    return not (roles.actor1_named or roles.actor1_inter is not None or roles.actor1_crowd)


def _toll_of_the_unrest(attack: ResolvedMention, crowd: ResolvedMention) -> bool:
    """"Protesters set fire to parliament ... Seventeen people were killed in Kathmandu": deaths with
    no doer named, that day and there, in a story of a protest or riot are that happening's toll
    (the crowd event says who fired, or that the crowd fought)."""
    return (
        attack.mention.typing.sub_event_type == "Attack"
        and crowd.mention.typing.event_type in ("Protests", "Riots")
        and _no_doer(attack)
        and not attack.background and not crowd.background
        and attack.event_date is not None and attack.event_date == crowd.event_date
    )


def _toll_of_the_blow(toll: ResolvedMention, blow: ResolvedMention) -> bool:
    """"Russian missiles struck Kharkiv on Thursday ... two bodies had been pulled from the rubble":
    dead or wounded told later with no doer and no deed of their own, that day, are the toll of the
    violent happening told before them."""
    return (
        toll.mention.typing.sub_event_type == "Attack"
        and toll.mention.trigger_class in ("kill", "wound")
        and type_family(blow.mention.typing.event_type) == "violence"
        and blow.mention.sent_start < toll.mention.sent_start
        and _no_doer(toll)
        and not toll.background and not blow.background
        and toll.event_date in (None, blow.event_date)
    )


def _taken_in_the_battle(a: ResolvedMention, b: ResolvedMention) -> bool:
    """"... a firefight that spread through the streets. About 30 members of the group surrendered and
    were taken into custody": fighters captured or given up in a battle, told with no date or place
    of their own, are part of it (ACLED codes the battle)."""
    return (
        a.mention.typing.sub_event_type == "Arrests"
        and b.mention.typing.event_type == "Battles"
        and a.event_date is None
        and not a.own_place
        and not a.background and not b.background
    )


def _ground_left(rm: ResolvedMention) -> bool:
    """A capture told as ground the other side had left ("seized the area following the withdrawal of
    the army"): typed a non-violent transfer by the mention itself."""
    return rm.mention.typing.sub_event_type == "Non-violent transfer of territory" and "capture" in rm.mention.classes


def _same_capture(a: ResolvedMention, b: ResolvedMention) -> bool:
    """"Militants took control of the village. They seized it following the withdrawal of the army":
    one capture told twice, once with how the ground was taken; with no date or place of its own the
    second telling is the first one's."""
    ta, tb = a.mention.typing.sub_event_type, b.mention.typing.sub_event_type
    return (
        ((ta in TERRITORIAL and _ground_left(b)) or (tb in TERRITORIAL and _ground_left(a)))
        and (a.event_date is None or b.event_date is None or a.event_date == b.event_date)
        and not a.own_place
        and not a.background and not b.background
    )


def _damage_in_the_raid(a: ResolvedMention, b: ResolvedMention) -> bool:
    """"Gunmen killed 44 worshippers at a mosque ... They also set fire to the village market":
    property burned or looted by the attackers, that day and there, is part of the attack (one
    event per happening; ACLED codes the attack)."""
    return (
        a.mention.typing.sub_event_type == "Looting/property destruction"
        and type_family(b.mention.typing.event_type) == "violence"
        and (a.event_date is None or a.event_date == b.event_date)
        and not a.background
    )


def _conflict(a: ResolvedMention, b: ResolvedMention) -> bool:
    """Different days, places far apart, or news against background: never one happening."""
    if a.background != b.background:
        return True
    if a.history != b.history and a.event_date is not None and b.event_date is not None:
        # "last year's nationwide protests" (a year's summary) and "On 30 September last year, police
        # opened fire ... in Zahedan": the dated day is a happening of its own
        return True
    if a.mention.clause is not None and b.mention.clause is not None and a.mention.clause != b.mention.clause \
            and a.mention.sent_start == b.mention.sent_start:
        return True  # clauses of one sentence that the finder read as separate happenings
    if a.date_start and b.date_start and a.date_end and b.date_end:
        if a.date_start > b.date_end or b.date_start > a.date_end:
            return True
    if a.own_place and b.own_place and a.location and b.location and not _nested(a.location, b.location) and not (
            a.location.geonames_id and a.location.geonames_id == b.location.geonames_id):
        # (one "in Djibo", the other "30 km south of Djibo": both told from the same town)
        d = location_km(a.location, b.location)
        if d is not None and d > SAME_PLACE_KM:
            return True
    return False


def _nested(a: Location, b: Location) -> bool:
    """Is one place a region or country that holds the other ("Sagaing region" ... "Kanbalu")?"""
    for coarse, fine in ((a, b), (b, a)):
        if coarse.admin2 and coarse.name == coarse.admin2 and fine.name != coarse.name \
                and fine.admin2 == coarse.admin2 and fine.iso3 == coarse.iso3:
            return True  # a district or province ("Agusan del Sur" ... "the town of Loreto")
        if (coarse.geo_precision or 1) < 3:
            continue
        if coarse.admin1 is None and coarse.iso3 and coarse.iso3 == fine.iso3:
            return True  # country level
        if coarse.admin1 and coarse.admin1 == fine.admin1 and coarse.iso3 == fine.iso3:
            return True
    return False


def _is_follow_up(rm: ResolvedMention) -> bool:
    return rm.event_date is None and not rm.own_place and rm.mention.typing.event_type != "Strategic developments"


#: words for stopping a weapon in flight
INTERCEPT_WORDS = ("intercept", "shot down", "shoot down", "downed")


def _intercepted_in_the_attack(a: ResolvedMention, b: ResolvedMention) -> bool:
    """"Hezbollah fired more than 100 rockets at Meron ... most of the rockets had been intercepted":
    the interception told after the attack, with no day of its own, is part of that attack (ACLED
    codes the attack)."""
    trigger = a.mention.trigger.text.lower()
    return (
        a.mention.typing.sub_event_type == "Disrupted weapons use"
        and any(w in trigger for w in INTERCEPT_WORDS)
        and b.mention.typing.event_type == "Explosions/Remote violence"
        and b.mention.sent_start < a.mention.sent_start
        and a.event_date in (None, b.event_date)
        and not a.background and not b.background
    )


def _engagement_of(clash: ResolvedMention, shelling: ResolvedMention) -> bool:
    """"X fired mortars at Y's positions near Vodyane. Monitors recorded 75 explosions in both
    directions": fire both ways told of the same day and place makes the shelling one engagement;
    so does small arms fire told of it ("... recorded 7 shots involving small arms near Vodyane")."""
    return (
        clash.mention.typing.sub_event_type == "Armed clash"
        and ("clash_first" in clash.mention.classes or _small_arms_fire(clash))
        and shelling.mention.typing.sub_event_type == "Shelling/artillery/missile attack"
        and clash.event_date in (None, shelling.event_date)
    )


def _dates_the_lead(rm: ResolvedMention, lead_group: list[ResolvedMention], lead_end: int) -> bool:
    """"The toll from an assault on an army camp has risen to 71 ... Fighters attacked the camp
    late on Tuesday, pounding it with mortar shells": a later mention of the same family, dated,
    tells the undated lead happening, not another."""
    lead = lead_group[0]
    return (
        lead.mention.sent_start < lead_end
        and rm.mention.sent_start >= lead_end
        and all(o.event_date is None for o in lead_group)
        and rm.event_date is not None and not rm.background
        and type_family(rm.mention.typing.event_type) == type_family(lead.mention.typing.event_type)
        and not any(_conflict(rm, o) for o in lead_group)
    )


def compatible(a: ResolvedMention, b: ResolvedMention) -> bool:
    """Can newcomer ``a`` be the same happening as ``b``: compatible types and no conflict."""
    ta, tb = a.mention.typing, b.mention.typing
    if _conflict(a, b):
        return False
    same_type = ta.event_type == tb.event_type
    if ta.event_type == "Explosions/Remote violence" and same_type and ta.sub_event_type != tb.sub_event_type:
        # "the blast hit the lead lorry" after "an IED killed two drivers": a blast of no named
        # weapon is the same explosion; two named weapons are two
        same_type = "bare_explosion" in a.mention.classes or "bare_explosion" in b.mention.classes
    if ta.event_type == "Strategic developments" and ta.sub_event_type != tb.sub_event_type:
        same_type = False
    if _intervenes(a, b) or _force_on_the_crowd(a, b):
        return True
    if _taken_in_the_battle(a, b) or _arrests_in_the_unrest(a, b):
        return True
    if _toll_of_the_unrest(a, b) or _toll_of_the_unrest(b, a) or _toll_of_the_blow(a, b):
        return True
    if _damage_in_the_raid(a, b) or _same_capture(a, b):
        return True
    if _engagement_of(a, b) or _engagement_of(b, a) or _intercepted_in_the_attack(a, b):
        return True
    if not (same_type or _crowd_compatible(a, b)):
        # a follow-up with no date or place of its own ("the attack also left 150 wounded")
        # elaborates the happening before it when the family agrees
        # (only the newcomer ``a`` can be the follow-up: a group never stretches to a new dated event)
        follow_up = _is_follow_up(a) or (
            a.event_date is None and a.location is not None and b.location is not None and _nested(a.location, b.location)
        )
        if not follow_up or type_family(ta.event_type) != type_family(tb.event_type):
            return False
    return True


def _merge_actor_lists(primary: Actor | None, others: list[Actor | None]) -> tuple[Actor | None, list[Actor]]:
    assoc: list[Actor] = []
    seen = {primary.name} if primary else set()
    for a in others:
        if a is None:
            continue
        if primary is None:
            primary = a
            seen.add(a.name)
            continue
        if a.name not in seen:
            assoc.append(a)
            seen.add(a.name)
    return primary, assoc


def _count_of(cm: CountMention | None) -> Count:
    if cm is None:
        return Count()
    return Count(low=cm.low, best=cm.best, high=cm.high)


def event_id_for(doc_id: str, trigger_start: int, sub_event_type: str) -> str:
    digest = hashlib.sha1(f"{doc_id}|{trigger_start}|{sub_event_type}".encode()).hexdigest()
    return f"ev-{digest[:16]}"


def build_events(
    article: Article,
    resolved: list[ResolvedMention],
    *,
    country_iso3: str | None,
    country_name: str | None,
    lead_end: int = 0,
) -> list[Event]:
    """``lead_end``: where the article's first sentence ends; the lead reports the main news."""
    groups: list[list[ResolvedMention]] = []
    for rm in resolved:
        # the newest compatible group first: reporting runs forward through one happening
        # (one member is enough to join, but the newcomer may conflict with none)
        fits = [g for g in reversed(groups)
                if any(compatible(rm, other) for other in g) and not any(_conflict(rm, other) for other in g)]
        target = fits[0] if fits else None
        if target is not None and target[0].mention.clause is not None:
            # groups begun by the clauses of one sentence: what follows tells more of its first
            # clause, the sentence's lead happening, more often than of an aside ("..., as
            # Ukraine said its drones had struck a refinery")
            head = target[0].mention
            target = min((g for g in fits if g[0].mention.clause is not None and g[0].mention.sent_start == head.sent_start),
                         key=lambda g: g[0].mention.clause[0])
        if target is None and groups and _dates_the_lead(rm, groups[0], lead_end):
            target = groups[0]
        if target is None:
            groups.append([rm])
        else:
            target.append(rm)

    events = []
    for g in groups:
        if not any(_reports_itself(rm, lead_end) for rm in g):
            continue  # only nouns that refer ("Islamic State attacks have declined"): no happening reported
        if any(rm.history for rm in g):
            continue  # "the battle" recalled from 1896
        if _ambient_crowd(g):
            continue  # "The crowd chanted slogans against Israel": the audience of a speech told of
        if _recalled_campaign(g):
            continue  # "the heaviest fighting since the 2021 coup", "launched an offensive in October 2023"
        events.append(_event_from_group(article, g, country_iso3, country_name, lead_end))
    return events


#: what any crowd does, protesting or not (a speech's audience chants, a festival's crowd gathers),
#: as the trigger words are written
CROWD_DOINGS = {"chanted", "gathered", "sang", "cheered", "waved", "shouted", "applauded"}


def _ambient_crowd(group: list[ResolvedMention]) -> bool:
    """A peaceful protest told only by what any crowd does ("The crowd chanted slogans against the
    United States"), with no day or place of its own: a crowd described, not a demonstration reported."""
    return all(
        rm.mention.typing.sub_event_type == "Peaceful protest"
        and rm.mention.verbal and rm.mention.trigger.text.lower().split()[0] in CROWD_DOINGS
        and rm.event_date is None
        # (a country is no place of its own: "slogans against Israel" names whom the crowd chants at)
        and not (rm.own_place and rm.location is not None and rm.location.geo_precision < 3)
        for rm in group
    )


#: nouns that name a stretch of fighting rather than one clash
CAMPAIGN_NOUNS = {"fighting", "offensive", "war", "campaign", "clashes", "hostilities", "insurgency", "conflict",
                  "counteroffensive", "counter-offensive", "operation", "operations", "advance"}


def _recalled_campaign(group: list[ResolvedMention]) -> bool:
    """A background happening told only by campaign nouns with no toll ("the heaviest fighting of
    the war", "the offensive it launched in October 2023"): the start or course of a campaign
    recalled, which is not coded (a recalled raid, strike or massacre is)."""
    return all(rm.background for rm in group) and all(
        not rm.mention.verbal and rm.mention.trigger.text.lower().split()[-1] in CAMPAIGN_NOUNS for rm in group
    ) and not any((c.best or 0) > 0 for rm in group for c in rm.mention.counts if c.kind in ("killed", "injured"))


def _small_arms_fire(rm: ResolvedMention) -> bool:
    """"Monitors recorded 7 shots involving small arms": rifle fire told with no target or victim, a
    count of the fire exchanged, not a fight or an attack of its own."""
    m = rm.mention
    return m.typing.sub_event_type == "Armed clash" and {"small_arms", "untargeted_fire"} <= m.classes


#: the target fires back
_RETURN_FIRE = re.compile(r"\b(?:respond(?:ed|ing)?|react(?:ed|ing)?|return(?:ed|ing)? fire|fired back|in response|retaliat\w*)\b", re.I)


def _armed_victims_hit(rm: ResolvedMention) -> bool:
    """Armed people, resolved to an armed actor, shot, killed or wounded in this mention."""
    m = rm.mention
    return m.typing.sub_event_type == "Armed clash" and m.roles.actor2_armed and bool(m.classes & {"kill", "wound", "shoot"}) \
        and rm.actor2 is not None and rm.actor2.type is not None and rm.actor2.type.code in (1, 2, 3, 4, 8)


def _engagement(text: str, typing: Typing, group: list[ResolvedMention]) -> bool:
    """Does the telling of the happening show both sides fighting, so that a remote or one-sided
    attack typed from its lead mention is one armed clash (ACLED codebook)?"""
    clashes = [rm.mention for rm in group if rm.mention.typing.sub_event_type == "Armed clash"]
    sub = typing.sub_event_type
    if sub == "Shelling/artillery/missile attack" and any("clash_first" in m.classes for m in clashes):
        return True  # fire "in both directions" somewhere in the telling: an exchange
    if sub == "Shelling/artillery/missile attack" and any(_small_arms_fire(rm) for rm in group):
        # "X fired mortars at Y's positions. Monitors recorded shots involving small arms": shelling
        # with small arms fire in the same telling is a direct engagement (ACLED codebook)
        return True
    if sub in ("Grenade", "Shelling/artillery/missile attack") and any(
            _RETURN_FIRE.search(text[m.sent_start : m.sent_end]) for m in clashes):
        return True  # "threw a hand grenade at police ... Police responded with gunfire"
    # "gunmen shot the mayor dead. His bodyguards, two policemen, were also killed": one attack
    # that also shot, killed or hurt armed people is fighting between armed sides (ACLED codebook);
    # not when the telling shows the victim off duty ("ambushed the police chief, who was off duty")
    # (nor when it is told as a massacre: a mass killing of people who could not fight back)
    if sub == "Attack" and any(_armed_victims_hit(rm) for rm in group) \
            and not any(rm.mention.roles.actor2_off_duty or "massacre" in rm.mention.classes for rm in group):
        return True
    # "security forces raided a residence ... A clash broke out and 3 suspects were killed"
    return sub in ("Attack", "Abduction/forced disappearance") and any("clash" in m.classes for m in clashes)


def _event_from_group(
    article: Article, group: list[ResolvedMention], iso3: str | None, country_name: str | None, lead_end: int = 0
) -> Event:
    doc_id = article.id
    lead = group[0]
    typing = lead.mention.typing
    for rm in group[1:]:
        t = rm.mention.typing
        if t.sub_event_type == "Looting/property destruction" and type_family(typing.event_type) == "violence":
            continue  # the damage done in an attack does not make it a looting
        if t.sub_event_type == "Disrupted weapons use" and typing.event_type == "Explosions/Remote violence":
            continue  # the rockets intercepted do not make the salvo a disruption
        if t.sub_event_type in CROWD_SEVERITY and typing.sub_event_type in CROWD_SEVERITY:
            if CROWD_SEVERITY[t.sub_event_type] > CROWD_SEVERITY[typing.sub_event_type]:
                typing = t
        elif typing.sub_event_type in TERRITORIAL and t.sub_event_type == "Armed clash":
            continue  # a battle that won ground is coded as the ground won (ACLED codebook)
        elif t.sub_event_type in TERRITORIAL and typing.sub_event_type == "Armed clash":
            typing = t
        elif t.certainty > typing.certainty + 0.1:
            typing = t
    if typing.sub_event_type in TERRITORIAL and any(_ground_left(rm) for rm in group) and not any(
            rm.mention.classes & FOUGHT_CLASSES for rm in group):
        # the capture told once as ground the other side had left, and no fighting anywhere in its
        # telling: a non-violent transfer of territory (ACLED codebook)
        typing = next(rm.mention.typing for rm in group if _ground_left(rm))
    bare = [rm for rm in group if "bare_explosion" in rm.mention.classes]
    if any(rm.mention.typing is typing for rm in bare):
        # the weapon is named by the mention that names it, not guessed from a bare "blast"
        typing = next((rm.mention.typing for rm in group if "bare_explosion" not in rm.mention.classes
                       and rm.mention.typing.event_type == typing.event_type), typing)
    if typing.event_type == "Explosions/Remote violence":
        # one explosion told twice, once as a suicide attack: the bomber decides the sub-type
        typing = next((rm.mention.typing for rm in group if rm.mention.typing.sub_event_type == "Suicide bomb"), typing)

    if typing.sub_event_type == "Excessive force against protesters" and any(
            rm.mention.typing.sub_event_type == "Violent demonstration" for rm in group):
        # a crowd that rioted is a violent demonstration however hard the state hit back (ACLED codebook)
        typing = next(rm.mention.typing for rm in group if rm.mention.typing.sub_event_type == "Violent demonstration")
    if typing.event_type == "Protests" and typing.sub_event_type != "Excessive force against protesters" and any(
            rm.extra_crowd_violence for rm in group):
        # a protest whose crowd went on to burn, stone or brawl is a violent demonstration (ACLED)
        typing = Typing("Riots", "Violent demonstration", PLOVER_OF_SUBTYPE["Violent demonstration"], typing.certainty)
    crowd_told = [rm.mention.typing for rm in group if rm.mention.typing.event_type in ("Protests", "Riots")]
    if typing.sub_event_type == "Arrests":
        # arrests made at a demonstration are the authorities' intervention in it, and fighters
        # taken in a battle are part of it: the event is the demonstration's or the battle's (ACLED
        # codebook); a peaceful demonstration becomes a protest with intervention below
        battle_told = [rm.mention.typing for rm in group if rm.mention.typing.event_type == "Battles"]
        if crowd_told:
            typing = max(crowd_told, key=lambda t: CROWD_SEVERITY.get(t.sub_event_type, 0))
        elif battle_told:
            typing = battle_told[0]
    if typing.sub_event_type == "Attack" and crowd_told and all(
            _no_doer(rm) for rm in group if rm.mention.typing.sub_event_type == "Attack"):
        # deaths with no doer named in a protest's or riot's story are its toll: the crowd's event
        # decides, and a demonstration's dead with no doer named are the force that policed it
        crowd = max(crowd_told, key=lambda t: CROWD_SEVERITY.get(t.sub_event_type, 0))
        typing = crowd if crowd.event_type == "Riots" else Typing(
            "Protests", "Excessive force against protesters", PLOVER_OF_SUBTYPE["Excessive force against protesters"],
            typing.certainty)
    if typing.sub_event_type == "Peaceful protest" and any(
        rm.extra_intervention or rm.mention.typing.sub_event_type == "Arrests" for rm in group
    ):
        typing = Typing("Protests", "Protest with intervention", "PROTEST", typing.certainty)
    if _engagement(article.text, typing, group):
        typing = Typing("Battles", "Armed clash", PLOVER_OF_SUBTYPE["Armed clash"], typing.certainty)
    # "police fired live rounds at opposition supporters, killing three ... they had gathered to
    # protest": lethal state force against a crowd the article shows protesting (ACLED codebook)
    state_on_crowd = [rm for rm in group if rm.mention.typing.sub_event_type == "Attack" and rm.mention.roles.actor1_state]
    crowd_types = [rm.mention.typing for rm in group if rm.mention.typing.event_type in ("Protests", "Riots")]
    if state_on_crowd and crowd_types:
        # (a crowd that rioted is a violent demonstration however hard the state hit back)
        if any(rm.mention.lethal for rm in state_on_crowd) and any(t.event_type == "Protests" for t in crowd_types) \
                and not any(t.event_type == "Riots" for t in crowd_types):
            typing = Typing("Protests", "Excessive force against protesters",
                            PLOVER_OF_SUBTYPE["Excessive force against protesters"], typing.certainty)
        elif typing.sub_event_type == "Attack":
            # the state's force against a crowd that protested or rioted: the crowd's event
            typing = max(crowd_types, key=lambda t: CROWD_SEVERITY.get(t.sub_event_type, 0))
    evidence: list[Evidence] = []

    def ev(fieldname: str, span: SpanRef | None) -> None:
        if span is not None:
            evidence.append(Evidence(doc_id=doc_id, field=fieldname, start=span.start, end=span.end, text=span.text))

    for rm in group:
        ev("trigger", rm.mention.trigger)

    # time: the first mention with its own date, else the time the story stood at when the
    # first of them was told, else the publication date
    dated = next((rm for rm in group if rm.event_date is not None), None)
    told = next((rm.context_time for rm in group if rm.context_time is not None), None)
    if dated is not None:
        event_date, start, end, precision = dated.event_date, dated.date_start, dated.date_end, dated.date_precision
        ev("event_date", dated.date_span)
    elif told is not None:
        event_date, start, end, precision = told.event_date, told.date_start, told.date_end, told.precision
        ev("event_date", SpanRef(told.start, told.end, told.text))
    elif article.published is not None:
        # wire copy without a time word reports the news of the day; we say so with a short range
        event_date, end = article.published, article.published
        start, precision = article.published - dt.timedelta(days=2), "range"
    else:
        event_date = start = end = None
        precision = "unknown"

    # place: the most precise own place, else the fallback of the lead mention
    placed = sorted(
        (rm for rm in group if rm.location is not None),
        # at equal precision a province beats the bare country
        key=lambda rm: (not (rm.own_place or rm.place_from_next), rm.location.geo_precision or 9, not rm.location.admin1),
    )
    location = placed[0].location if placed else None
    if placed:
        ev("location", placed[0].location_span)

    # actors
    actor1, assoc1 = _merge_actor_lists(None, [rm.actor1 for rm in group])
    actor2, assoc2 = _merge_actor_lists(None, [rm.actor2 for rm in group])
    for rm in group:
        if rm.actor1 is not None and rm.mention.actor1 is not None:
            ev("actor1" if actor1 and rm.actor1.name == actor1.name else "assoc_actor_1", rm.mention.actor1)
        if rm.actor2 is not None and rm.mention.actor2 is not None:
            ev("actor2" if actor2 and rm.actor2.name == actor2.name else "assoc_actor_2", rm.mention.actor2)
    actor1, actor2, assoc1, assoc2 = acled_actor_conventions(
        typing.event_type, typing.sub_event_type, actor1, actor2, assoc1, assoc2, iso3, country_name,
        event_date=event_date, sides_coordinated=any(rm.mention.roles.sides_coordinated for rm in group),
    )
    # "JNIM claimed responsibility": the claimant of an attack nobody is named for did it, as far
    # as the source goes (the claim itself stays in ``claims`` for the reader to weigh)
    claimant = next((a for rm in group for a in rm.claimant_actors), None)
    if claimant is not None and typing.event_type in VIOLENT_TYPES and (
        actor1 is None or actor1.name.startswith("Unidentified Armed Group")
    ) and (actor2 is None or actor2.name != claimant.name):
        actor1 = claimant

    # counts
    all_counts = [cm for rm in group for cm in rm.mention.counts + rm.extra_counts]
    merged = merge_counts(all_counts)
    fatalities = _count_of(merged.get("killed"))
    injured = _count_of(merged.get("injured"))
    arrested = _count_of(merged.get("arrested"))
    crowd_cm = merged.get("crowd")
    crowd = CrowdSize()
    if crowd_cm is not None and typing.event_type in ("Protests", "Riots") or (
        crowd_cm is not None and "protest" in {c for rm in group for c in rm.mention.classes}
    ):
        crowd = CrowdSize(low=crowd_cm.low if crowd_cm.low is not None else crowd_cm.best,
                          high=crowd_cm.high if crowd_cm.high is not None else crowd_cm.best)
        ev("crowd_size", SpanRef(crowd_cm.start, crowd_cm.end, crowd_cm.text))
    for name, cm in (("fatalities", merged.get("killed")), ("injured", merged.get("injured")), ("arrested", merged.get("arrested"))):
        if cm is not None:
            ev(name, SpanRef(cm.start, cm.end, cm.text))

    # who says so
    attribution: list[Attribution] = []
    claims: list[Claim] = []
    seen_src: set[str] = set()
    for rm in group:
        for a in rm.mention.attribution + rm.extra_attribution:
            if a.source.lower() not in seen_src:
                seen_src.add(a.source.lower())
                attribution.append(Attribution(source=a.source, text=a.span.text))
                ev("attribution", a.span)
        for c in rm.mention.claims + rm.extra_claims:
            claims.append(Claim(claimant=c.claimant, kind=c.kind, target=c.target, text=c.span.text))
            ev("claims", c.span)

    confidence = typing.certainty
    confidence += 0.08 if any(rm.own_place for rm in group) else -0.05
    confidence += 0.05 if dated is not None else -0.05
    confidence += 0.04 if actor1 is not None else 0.0
    confidence += 0.03 * min(len(group) - 1, 3)
    confidence += 0.1 if any(rm.mention.sent_start < lead_end for rm in group) else 0.0
    confidence = round(max(0.05, min(0.99, confidence)), 3)

    return Event(
        event_id=event_id_for(doc_id, lead.mention.trigger.start, typing.sub_event_type),
        doc_ids=[doc_id],
        event_date=event_date,
        date_start=start,
        date_end=end,
        date_precision=precision,
        background=lead.background,
        event_type=typing.event_type,
        sub_event_type=typing.sub_event_type,
        plover_type=typing.plover_type,
        actor1=actor1,
        actor2=actor2,
        assoc_actor_1=assoc1,
        assoc_actor_2=assoc2,
        location=location,
        fatalities=fatalities,
        injured=injured,
        arrested=arrested,
        crowd_size=crowd,
        attribution=attribution,
        claims=claims,
        confidence=confidence,
        evidence=evidence,
    )
