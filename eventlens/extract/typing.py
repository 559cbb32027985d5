"""From the cues of one mention to ACLED's event type / sub-event type and PLOVER's type.

The decision follows the ACLED codebook's distinctions that users filter on:
- protest vs. riot: violence *by the crowd* makes a riot;
- peaceful protest vs. protest with intervention (dispersal, tear gas, arrests) vs. excessive
  force against protesters (lethal force by state or state-affiliated actors);
- attack on civilians vs. armed clash: who is armed on both sides;
- remote violence by weapon: suicide > chemical > air/drone > grenade > IED > shelling.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventlens.schema import SUB_EVENT_PARENT

#: ACLED sub-event type -> PLOVER type.
PLOVER_OF_SUBTYPE: dict[str, str] = {
    "Armed clash": "ASSAULT",
    "Government regains territory": "ASSAULT",
    "Non-state actor overtakes territory": "ASSAULT",
    "Chemical weapon": "ASSAULT",
    "Air/drone strike": "ASSAULT",
    "Suicide bomb": "ASSAULT",
    "Shelling/artillery/missile attack": "ASSAULT",
    "Remote explosive/landmine/IED": "ASSAULT",
    "Grenade": "ASSAULT",
    "Sexual violence": "ASSAULT",
    "Attack": "ASSAULT",
    "Abduction/forced disappearance": "ASSAULT",
    "Peaceful protest": "PROTEST",
    "Protest with intervention": "PROTEST",
    "Excessive force against protesters": "ASSAULT",
    "Violent demonstration": "PROTEST",
    "Mob violence": "ASSAULT",
    "Agreement": "AGREE",
    "Arrests": "COERCE",
    "Change to group/activity": "MOBILIZE",
    "Disrupted weapons use": "COERCE",
    "Headquarters or base established": "MOBILIZE",
    "Looting/property destruction": "COERCE",
    "Non-violent transfer of territory": "RETREAT",
    "Other": "COERCE",
}

VIOLENT_CLASSES = {"kill", "shoot", "wound", "attack", "clash"}
REMOTE_CLASSES = {"airstrike", "shelling", "explosive", "suicide", "grenade", "chemical"}
#: guns and bombs: whoever uses them is armed, not a mob
ARMS_CLASSES = REMOTE_CLASSES | {"shoot", "firearm_cue", "shell_cue", "ied_cue", "bare_explosion"}


@dataclass(frozen=True)
class RoleInfo:
    """What the role finder learnt about the two sides, as ACLED inter codes where known."""

    actor1_inter: int | None = None
    actor2_inter: int | None = None
    victims_are_protesters: bool = False
    actor2_armed: bool = False
    actor1_state: bool = False
    #: the attackers are an unarmed group of people (villagers, a crowd, supporters)
    actor1_crowd: bool = False
    #: the other side is the state's forces (police, army)
    actor2_state: bool = False
    #: the parse names who acted ("set on fire by unknown individuals"), not only the nearest noun
    actor1_named: bool = False
    #: the first side is plainly unarmed people (activists, a community, party youths, Palestinians)
    actor1_unarmed: bool = False
    #: the other side is plainly unarmed people ("clashed with shopkeepers", "Indian nationals")
    actor2_unarmed: bool = False
    #: the victim is a civilian whatever the dictionary says: a soldier or policeman off duty
    #: (ACLED codes them as civilians) or members of a community
    actor2_off_duty: bool = False
    #: the two sides are written as one coordinated phrase ("Burundian and Rwandan soldiers clashed",
    #: "forces of India and Pakistan exchanged fire"), so their order says nothing about who began
    sides_coordinated: bool = False
    #: the attackers are several plain persons the parse names ("five persons", "three men",
    #: "citizens"): with no weapon of war in the sentence they act as a mob
    actor1_persons: bool = False


@dataclass(frozen=True)
class Typing:
    event_type: str
    sub_event_type: str
    plover_type: str
    #: 0-1: how clearly the cues decide the type
    certainty: float


def _t(event_type: str, sub: str, certainty: float) -> Typing:
    return Typing(event_type, sub, PLOVER_OF_SUBTYPE[sub], certainty)


def decide_type(classes: set[str], strong: set[str], roles: RoleInfo, main_cls: str | None = None) -> Typing | None:
    """``classes``: every cue class in the mention; ``strong``: trigger classes from non-weak cues;
    ``main_cls``: a strategic class carried by the sentence's main verb, which then decides."""
    has = classes.__contains__
    if has("harmed_captives"):
        # people seized and then killed or beaten: the violence decides (ACLED codebook)
        return _t("Violence against civilians", "Attack", 0.7)
    crowd_present = bool(classes & {"protest", "riot", "mob", "crowd_damage"})
    # "attacked the village, killed a civilian and burned shops", "raped a woman and stole goods":
    # harm to people outweighs the property taken or destroyed with it (ACLED codebook)
    # (an attack on a building with nobody hurt harms no people: "attacked and damaged the offices")
    harm_to_people = bool(classes & {"kill", "wound", "sexual", "abduct"}) or ("attack" in classes and not has("property_attack"))
    if "sexual" in strong and not (strong & REMOTE_CLASSES) and (crowd_present or main_cls == "change"):
        # "soldiers raped women as they dispersed the sit-in", "troops entered the village and raped
        # women": the sexual violence is the event, not the crowd or the movement beside it (ACLED codebook)
        return _t("Violence against civilians", "Sexual violence", 0.75)
    if main_cls == "loot" and "disrupted" in strong:
        main_cls = "disrupted"  # "soldiers destroyed a weapons cache": weapons put out of use (ACLED codebook)
    if main_cls in ("loot", "disrupted") and has("air_attack"):
        # "the air force destroyed a number of vehicles": destruction from the air is an air strike
        return _t("Explosions/Remote violence", "Air/drone strike", 0.75)
    if main_cls is not None and not (crowd_present and main_cls in ("loot", "arrest", "change", "withdraw")) \
            and not (main_cls == "loot" and harm_to_people):
        decided = _strategic(main_cls, classes, roles)
        if decided is not None:
            return decided
    violent = bool(classes & VIOLENT_CLASSES)
    lethal = bool(classes & {"kill", "shoot", "wound"})

    # --- crowds -------------------------------------------------------------------------
    if has("mob") and ("mob" in strong or violent):
        if has("demand") and (has("crowd_violence") or has("riot")):
            # "a mob of migrant workers pelted stones at police, demanding rations"
            return _t("Riots", "Violent demonstration", 0.7)
        return _t("Riots", "Mob violence", 0.8)
    crowd = has("protest") or has("riot") or roles.victims_are_protesters or has("crowd_damage")
    if strong & {"suicide", "explosive", "airstrike", "shelling", "grenade"} and not ("protest" in strong and not lethal) \
            and not (roles.actor1_crowd or roles.actor1_unarmed or has("crowd_damage")):
        # a bomb at a rally, a suicide bomber in a crowded restaurant that gunmen "stormed": the
        # weapon decides, not the crowd that suffered it
        crowd = False
    if crowd and "loot" in strong and "riot" not in strong and (roles.actor1_named or has("no_crowd") or has("few_doers")) \
            and not (has("protest") or has("mob") or (roles.actor1_crowd and not has("few_doers"))):
        # "three apartments were set on fire by unknown individuals", "a councillor's car was set on
        # fire", "two youths torched a car": burning with no crowd behind it (or none in the sentence,
        # or a handful of people) destroys property; it is no riot
        crowd = False
    if crowd and has("settlement_attack") and has("kill") and not (has("protest") or has("demand") or roles.actor1_crowd
                                                                   or roles.victims_are_protesters):
        # "the attackers stormed the village, killing 30": storming a village to kill is a raid, not
        # a riot, unless a crowd is named as the doer
        crowd = False
    # ("soldiers broke up a blockade by farmers": the crowd the state dispersed was protesting,
    # though a blockade alone is a weak protest word)
    if crowd and (has("protest") and ("protest" in strong or has("intervention")) or has("riot")
                  or roles.victims_are_protesters or has("crowd_damage")):
        # "police fired tear gas at the crowd and several people were hurt": injuries from crowd control
        # with nobody shot or killed are the intervention's (ACLED keeps excessive force for lethal force)
        hurt_by_crowd_control = has("intervention") and not classes & {"kill", "shoot", "firearm_cue", "grave_harm", "live_fire"} \
            and not has("excessive_force")
        if roles.victims_are_protesters and lethal and not hurt_by_crowd_control:
            if has("crowd_act") or ("clash" in strong and has("protest") and not roles.actor1_state):
                # ("protesters were killed during demonstrations and clashes": a crowd that fought)
                # "police fired on demonstrators who pelted stones": force against a crowd that was
                # violent itself is a violent demonstration (excessive force is for peaceful ones)
                return _t("Riots", "Violent demonstration", 0.7)
            if roles.actor1_state or roles.actor1_inter == 1:
                return _t("Protests", "Excessive force against protesters", 0.8)
            if (has("intervention") or has("excessive_force")) and not _crowd_named_doer(roles):
                # "protesters were killed when the army broke up the sit-in", "injuries among
                # demonstrators as the authorities suppressed their protests": the crowd-control
                # words say the state did the harm, though the parse names no doer
                return _t("Protests", "Excessive force against protesters", 0.7)
            if roles.actor1_inter is None and not roles.actor1_named and has("protest") and "protest" in strong:
                # "two demonstrators were shot dead during a march": deaths at a demonstration with no
                # doer named anywhere are the force that policed it (gunmen or a mob would be named)
                return _t("Protests", "Excessive force against protesters", 0.6)
            return _t("Violence against civilians", "Attack", 0.7)
        # "the demonstrators burned the police station": property the crowd itself destroyed
        crowd_damage = has("crowd_damage")
        if (has("riot") and "riot" in strong) or crowd_damage or (
            has("crowd_violence") and (has("protest") or has("riot"))
        ):
            if not has("protest") and not has("demand") and (
                roles.actor1_crowd or not (roles.actor1_state or has("riot_word"))
            ):
                # crowd violence with no protest to it (residents stoning police, a prison riot,
                # a crowd attacking migrants) is mob violence in ACLED's codebook
                return _t("Riots", "Mob violence", 0.6)
            return _t("Riots", "Violent demonstration", 0.7)
        if ((lethal and not hurt_by_crowd_control) or has("excessive_force")) and (roles.actor1_state or has("state_cue")) \
                and has("protest"):
            return _t("Protests", "Excessive force against protesters", 0.6)
        if has("protest") and (has("excessive_force") or ("kill" in classes and has("intervention"))) \
                and not _crowd_named_doer(roles):
            # "the authorities violently suppressed the protest", "three die in protest crackdown":
            # the press's words for force out of proportion, or deaths in a crowd's dispersal, name
            # the state's force whether or not the sentence names the state
            return _t("Protests", "Excessive force against protesters", 0.6)
        if has("intervention") or (has("arrest") and has("protest")) or (
                "protest" in strong and "attack" in strong and (roles.actor1_state or has("state_cue"))):
            # ("protesting residents were beaten up by police": force short of lethal breaks up a protest)
            return _t("Protests", "Protest with intervention", 0.75)
        if "protest" in strong and not (strong & REMOTE_CLASSES) and not (strong & VIOLENT_CLASSES):
            return _t("Protests", "Peaceful protest", 0.8)

    # --- remote violence, by weapon -------------------------------------------------------
    remote = classes & REMOTE_CLASSES
    if remote:
        if has("suicide"):
            return _t("Explosions/Remote violence", "Suicide bomb", 0.85)
        if has("chemical"):
            return _t("Explosions/Remote violence", "Chemical weapon", 0.8)
        if (has("disrupted") and "disrupted" in strong) or has("misfire"):
            return _t("Strategic developments", "Disrupted weapons use", 0.7)
        if has("airstrike") or (has("air_cue") and (has("explosive") or has("shelling"))) or has("air_attack"):
            return _t("Explosions/Remote violence", "Air/drone strike", 0.8)
        if has("grenade") and "shoot" in strong and roles.actor2_armed:
            # a grenade thrown at police who fire back is a direct engagement (ACLED codebook)
            return _t("Battles", "Armed clash", 0.65)
        if has("grenade"):
            return _t("Explosions/Remote violence", "Grenade", 0.8)
        if has("ied_cue") or (has("explosive") and not has("shelling") and (
                has("civilian_venue") or not _bare_explosion(classes) and ("explosive" in strong or not has("shell_cue")))):
            return _t("Explosions/Remote violence", "Remote explosive/landmine/IED", 0.7)
        # ("fought with both small and heavy weapons": the fight, told as such, decides)
        if (has("shelling") or _bare_explosion(classes)) and (
                has("firearm_cue") or has("clash_first") or has("clash_main")) and not has("air_cue") \
                and not (has("fire_at_homes") and not has("clash_first")):
            # heavy weapons together with small arms fire means a direct engagement (ACLED codebook)
            return _t("Battles", "Armed clash", 0.65)
        if has("shelling") or has("explosive"):
            return _t("Explosions/Remote violence", "Shelling/artillery/missile attack", 0.7)

    if has("air_attack"):
        return _t("Explosions/Remote violence", "Air/drone strike", 0.75)
    if has("arson") and not has("settlement_attack"):
        # (burning done in an attack on a village is part of an attack on its people: ACLED codebook)
        return _t("Strategic developments", "Looting/property destruction", 0.65)

    # --- direct violence --------------------------------------------------------------------
    if has("sexual"):
        return _t("Violence against civilians", "Sexual violence", 0.8)
    if has("abduct") and not has("kills_outnumber"):
        # (more people killed than taken in one raid: the killing decides; "killed a guard and
        # abducted 20 students" stays an abduction)
        return _t("Violence against civilians", "Abduction/forced disappearance", 0.8)
    if has("capture") and "capture" in strong and has("territory_cue"):
        if _handed_over(classes):
            return _t("Strategic developments", "Non-violent transfer of territory", 0.65)
        if roles.actor1_state or roles.actor1_inter == 1:
            return _t("Battles", "Government regains territory", 0.65)
        return _t("Battles", "Non-state actor overtakes territory", 0.65)
    if has("clash") and "clash" in strong:
        # (a crowd against the police riots; against a militia or rebels it fights a battle)
        # (deaths in a fight between two plainly unarmed sides, "two farmer groups", do not arm them)
        both_unarmed = roles.actor1_unarmed and roles.actor2_unarmed
        if ((roles.actor1_unarmed and not (roles.actor2_armed and not roles.actor2_state)) or roles.actor2_unarmed
                or has("unarmed_side")) \
                and not classes & {"firearm_cue", "shelling", "shell_cue", "explosive"} and not (has("kill") and not both_unarmed):
            # unarmed groups clashing (communities, party youths, a crowd and the police) riot
            if has("protest"):
                return _t("Riots", "Violent demonstration", 0.6)
            return _t("Riots", "Mob violence", 0.6)
        return _t("Battles", "Armed clash", 0.8)
    if has("property_attack") and not classes & {"kill", "wound"} and "shoot" not in strong:
        # an attack on a building, a pipeline or cattle with nobody hurt (ACLED codebook)
        return _t("Strategic developments", "Looting/property destruction", 0.6)
    if violent and (strong & VIOLENT_CLASSES or lethal):
        if roles.actor1_crowd and not roles.actor1_state:
            return _t("Riots", "Mob violence", 0.6)
        if roles.actor1_persons and not roles.actor1_state and not classes & ARMS_CLASSES:
            # "five persons beat up a man", "citizens attacked the police": a group of people with
            # no guns is an unorganised crowd (ACLED codebook: mob violence), whoever it harms
            return _t("Riots", "Mob violence", 0.55)
        if (roles.actor2_armed or (roles.actor2_inter in (1, 2, 3, 4, 8)) or has("untargeted_fire")) and not has("massacre"):
            return _t("Battles", "Armed clash", 0.65)
        return _t("Violence against civilians", "Attack", 0.65)

    # --- strategic developments ------------------------------------------------------------
    for cls, (sub, _, certainty) in STRATEGIC_SUBTYPES.items():
        if has(cls) and cls in strong:
            return _t("Strategic developments", sub, certainty)
    if has("riot") and "riot" in strong:
        return _t("Riots", "Violent demonstration", 0.5)
    if has("loot"):
        return _t("Strategic developments", "Looting/property destruction", 0.4)
    return None


#: strategic trigger class -> (sub-event type, certainty when the sentence's main verb carries it,
#: certainty when it is only present); checked in this order when no main verb decides
STRATEGIC_SUBTYPES: dict[str, tuple[str, float, float]] = {
    "arrest": ("Arrests", 0.75, 0.75),
    "loot": ("Looting/property destruction", 0.7, 0.7),
    "disrupted": ("Disrupted weapons use", 0.7, 0.7),
    "agreement": ("Agreement", 0.75, 0.7),
    "withdraw": ("Non-violent transfer of territory", 0.6, 0.5),
    "base": ("Headquarters or base established", 0.75, 0.6),
    "change": ("Change to group/activity", 0.55, 0.5),
}


#: any of these in the sentence means ground was fought over, not handed over
FOUGHT_CLASSES = VIOLENT_CLASSES | REMOTE_CLASSES | {"firearm_cue"}


def _handed_over(classes: set[str]) -> bool:
    """Ground taken with no fight: "took the town without resistance", or taken after the other
    side pulled out with no fighting told in the sentence (ACLED codebook: a non-violent transfer
    of territory).  Fighting words anywhere in the sentence say it was fought over."""
    return bool(classes & {"unopposed", "other_side_left"}) and not classes & FOUGHT_CLASSES


def _strategic(cls: str, classes: set[str], roles: RoleInfo) -> Typing | None:
    if cls == "capture" and "territory_cue" in classes and _handed_over(classes):
        return _t("Strategic developments", "Non-violent transfer of territory", 0.7)
    if cls == "capture" and "territory_cue" in classes:
        if roles.actor1_state or roles.actor1_inter == 1:
            return _t("Battles", "Government regains territory", 0.7)
        return _t("Battles", "Non-state actor overtakes territory", 0.65)
    if cls in STRATEGIC_SUBTYPES:
        sub, certainty, _ = STRATEGIC_SUBTYPES[cls]
        return _t("Strategic developments", sub, certainty)
    return None


def _crowd_named_doer(roles: RoleInfo) -> bool:
    """The parse names the crowd itself as the doer (not merely the nearest noun)."""
    return roles.actor1_named and (roles.actor1_crowd or roles.actor1_unarmed)


def _bare_explosion(classes: set[str]) -> bool:
    """Set by the mention finder when the only explosive words are "explosion"/"blast"."""
    return "bare_explosion" in classes


ARMED_INTER = {1, 2, 3, 4, 8}
#: state forces, rebels, political militias and foreign forces: armed by trade, never a mob
FIGHTING_INTER = {1, 2, 3, 8}


#: harm done to people: captives who are killed or beaten are attacked, not merely held
HARM_CLASSES = {"kill", "wound", "attack", "shoot", "sexual"}
#: a group's own arm for holding people ("Taliban intelligence agents", "HTS police")
POLICE_WORDS = {"police", "intelligence", "agents", "security", "policemen", "officers"}


def typed(sub: str, certainty: float) -> Typing:
    """The typing of an ACLED sub-event type, its event type and PLOVER type looked up."""
    return Typing(SUB_EVENT_PARENT[sub], sub, PLOVER_OF_SUBTYPE[sub], certainty)


def retype_with_actors(
    typing: Typing, actor1_inter: int | None, actor2_inter: int | None, roles: RoleInfo | None = None,
    verbal: bool = True, classes: frozenset[str] | set[str] = frozenset(), actor1_text: str = "",
) -> Typing:
    """Once actors are resolved: an 'attack' between two armed actors is a battle (ACLED codebook:
    violence against civilians needs unarmed victims; an off-duty soldier is one).  ``classes``
    are the mention's cue classes, ``actor1_text`` the words naming its doer."""
    if "crowd_damage" in classes and typing.sub_event_type == "Mob violence" and actor1_inter in (2, 3, 8):
        # the doers the parse took for a crowd are a named armed group: property destroyed
        return typed("Looting/property destruction", typing.certainty)
    if typing.sub_event_type == "Arrests" and actor1_inter in (2, 3, 4) and not classes & HARM_CLASSES \
            and not POLICE_WORDS & set(actor1_text.lower().split()):
        # arrests are the state's; a rebel group or militia that detains people abducts them
        # (ACLED codebook); its own police or intelligence arm acts as a state would
        return typed("Abduction/forced disappearance", typing.certainty)
    if typing.sub_event_type == "Attack" and actor1_inter == 1 and actor2_inter == 6:
        # the state's forces harming protesters: excessive force against protesters (ACLED codebook)
        return typed("Excessive force against protesters", typing.certainty)
    if roles is not None and roles.actor2_off_duty:
        return typing
    # who took the ground decides which side of ACLED's territorial pair it is
    if typing.sub_event_type == "Non-state actor overtakes territory" and actor1_inter == 1:
        return _t("Battles", "Government regains territory", typing.certainty)
    if typing.sub_event_type == "Government regains territory" and actor1_inter in (2, 3, 4):
        return _t("Battles", "Non-state actor overtakes territory", typing.certainty)
    if typing.sub_event_type == "Mob violence" and actor1_inter in (2, 3) and not roles_unarmed_other(roles):
        # "MS-13 members clashed with police": a named armed group is no mob
        return _t("Battles", "Armed clash", max(0.5, typing.certainty - 0.05))
    if typing.sub_event_type == "Mob violence" and "clash" in classes and actor1_inter in FIGHTING_INTER \
            and actor2_inter in FIGHTING_INTER:
        # "pro-Houthi groups fought the National Resistance forces": "groups" or "members" read as
        # plain people, but both sides are forces or armed groups the dictionary names
        return _t("Battles", "Armed clash", max(0.5, typing.certainty - 0.05))
    # an attacker nobody names is coded as an unidentified armed group: on armed victims
    # (a gang member shot by "unknown men", a soldier killed) that is a battle too
    if typing.sub_event_type == "Attack" and (actor1_inter in ARMED_INTER or actor1_inter is None) \
            and actor2_inter in ARMED_INTER:
        return _t("Battles", "Armed clash", max(0.5, typing.certainty - 0.05))
    # "gunmen abducted 9 soldiers": armed captives a verb shows taken, which ACLED codes as fighting
    # (a noun's roles are too loose: "the kidnappers were members of Abu Sayyaf")
    if typing.sub_event_type == "Abduction/forced disappearance" and verbal and roles is not None and roles.actor2_armed \
            and (actor1_inter in ARMED_INTER or actor1_inter is None) and actor2_inter in ARMED_INTER:
        return _t("Battles", "Armed clash", max(0.5, typing.certainty - 0.05))
    return typing


def roles_unarmed_other(roles: RoleInfo | None) -> bool:
    """A named militia fighting plainly unarmed people (party supporters) is still a mob."""
    return roles is not None and roles.actor2_unarmed


def type_family(event_type: str | None) -> str:
    """Coarse family used when deciding whether two mentions can be one happening."""
    if event_type in ("Protests", "Riots"):
        return "crowd"
    if event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return "violence"
    return "strategic"
