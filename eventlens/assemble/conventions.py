"""ACLED's conventions for who is actor 1 and actor 2, applied once an event's type is known.

The parse gives "who did it" and "to whom" as written; ACLED codes some roles by the event type
rather than by the words:

* Protests: actor 1 is always "Protesters (Country)", the named group or party an associate;
  actor 2 is the intervening force ("Protest with intervention": the police unless named), the
  protesters' target under excessive force, and otherwise only counter-protesters.
* Riots: actor 1 is "Rioters (Country)"; in mob violence the victims are civilians.
* Violence against civilians: actor 2 is "Civilians (Country)", and an unnamed or civilian-looking
  perpetrator ("two men shot ...", "a person was found dead") is an unidentified armed group.
* Battles: both sides are armed; a side the text leaves unnamed is the state when the named side
  is not, else an unidentified armed group.  A state force named only as the target ("soldiers
  were killed") was attacked by an unidentified armed group; a fight in which nobody is named
  ("a shoot-out took place") is between unidentified armed groups.  Civilians are never a side.
* Explosions/Remote violence: an unnamed bomber or gunner ("artillery fire by an unknown
  party") is an unidentified armed group; an unnamed air force is unidentified military forces.
* Two states' forces written as one phrase ("forces of India and Pakistan exchanged fire"): the
  forces of the country where it happened lead.
* State first (the dictionary's ``state_first`` table): where ACLED's coders put the state's forces
  first in every battle with a non-state group (Brazil's police shoot-outs), they lead.
* Front lines (the dictionary's ``frontlines`` table): where monitors report fire across a frozen
  front without naming a side, ACLED codes the state against the armed group of that front.
* Strategic developments, arrests: the police arrest, civilians are arrested unless named.
"""

from __future__ import annotations

import datetime as dt

from eventlens.resolve.actors import ActorDictionary
from eventlens.schema import Actor, ActorType

#: sub-event types whose unnamed perpetrator ACLED codes as an unidentified armed group
_UNNAMED_BOMBER = frozenset(
    {"Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Chemical weapon"}
)
_ARMED = frozenset({1, 2, 3, 4, 8})


def _code(a: Actor | None) -> int | None:
    return a.type.code if a is not None and a.type is not None else None


def _is_state(a: Actor | None) -> bool:
    return _code(a) in (1, 8) and a is not None and a.country is not None and (
        a.name.startswith(("Military Forces of", "Police Forces of", "Government of"))
    )


#: nouns for kin groups; as a side in a fight they are clan militias ("the two families exchanged fire")
_KIN_WORDS = frozenset({"family", "families", "clan", "clans", "relatives", "kinsmen"})


def _kin(a: Actor | None) -> bool:
    words = a.text.lower().split() if a is not None else []
    return bool(words) and words[-1] in _KIN_WORDS


class _Maker:
    """Builds the generic and state actors of one event's country."""

    def __init__(self, iso3: str | None, country_name: str | None) -> None:
        self.iso3 = iso3
        self.dict = ActorDictionary.load()
        # the dictionary's spelling ("Turkey") so that names agree with resolved actors
        self.country_name = self.dict.country_name(iso3) or country_name

    def generic(self, category: str, label: str, inter: int) -> Actor:
        if self.iso3 and self.dict.country_name(self.iso3):
            return self.dict.generic_actor(category, self.iso3, label.lower())
        name = f"{label} ({self.country_name})" if self.country_name else label
        return Actor(name=name, text=label.lower(), type=ActorType.of(inter), country=self.iso3)

    def protesters(self) -> Actor:
        return self.generic("protesters", "Protesters", 6)

    def rioters(self) -> Actor:
        return self.generic("rioters", "Rioters", 5)

    def civilians(self) -> Actor:
        return self.generic("civilians", "Civilians", 7)

    def clan_militia(self) -> Actor:
        return self.generic("clan_militia", "Unidentified Clan Militia", 4)

    def armed_group(self) -> Actor:
        return self.generic("armed_group", "Unidentified Armed Group", 3)

    def state(self, category: str) -> Actor | None:
        if not self.iso3:
            return None
        return self.dict.state_actor(self.iso3, category, category, self.iso3)

    def unknown_air_force(self) -> Actor:
        return Actor(name="Unidentified Military Forces", text="military", type=ActorType.of(8))

    def frontline(self, when: dt.date | None) -> Actor | None:
        return self.dict.frontline_opponent(self.iso3, when) if self.iso3 else None

    def counterpart(self, known: Actor | None) -> Actor | None:
        """The unnamed other side of a battle: the state against non-state or foreign forces,
        an unidentified armed group against the state (or when nothing is known)."""
        if known is not None and _code(known) in (2, 3, 4, 8) and self.iso3:
            return self.state("military") or self.armed_group()
        return self.armed_group()


def _push(a: Actor | None, assoc: list[Actor]) -> list[Actor]:
    if a is None or any(x.name == a.name for x in assoc):
        return assoc
    return [a, *assoc]


def acled_actor_conventions(
    event_type: str,
    sub: str,
    actor1: Actor | None,
    actor2: Actor | None,
    assoc1: list[Actor],
    assoc2: list[Actor],
    iso3: str | None,
    country_name: str | None,
    event_date: dt.date | None = None,
    sides_coordinated: bool = False,
) -> tuple[Actor | None, Actor | None, list[Actor], list[Actor]]:
    """(actor1, actor2, assoc1, assoc2) recoded by ACLED's conventions for this event type.

    ``event_date`` picks the front-line convention in force (``frontlines`` in actors.yaml).
    ``sides_coordinated``: the text wrote both sides as one phrase ("Burundian and Rwandan soldiers
    clashed"), so its order does not say who began."""
    if iso3 is None:
        # no place found: the home country of a named state force or group stands in
        iso3 = next((a.country for a in (actor1, actor2) if a is not None and a.country and _code(a) in (1, 2, 3, 4)), None)
        country_name = None
    mk = _Maker(iso3, country_name)
    c1, c2 = _code(actor1), _code(actor2)

    if event_type == "Protests":
        if sub == "Excessive force against protesters":
            # the force is actor 1, the protesters actor 2
            crowd = actor1 if c1 == 6 else actor2 if c2 == 6 else None
            force = next((a for a in (actor1, actor2) if _code(a) in _ARMED), None)
            if crowd is not None and crowd.name != mk.protesters().name:
                assoc2 = _push(crowd, assoc2)
            actor1 = force or mk.state("police")
            actor2 = mk.protesters()
        else:
            crowd = mk.protesters()
            named = [a for a in (actor1,) if a is not None and _code(a) not in (1, 8)]
            forces = [a for a in (actor1, actor2) if _code(a) in (1, 8)]
            for a in named:
                if a.name != crowd.name and _code(a) != 7:
                    assoc1 = _push(a, assoc1)
            if sub == "Protest with intervention":
                actor2 = forces[0] if forces else mk.state("police")
            else:
                # a peaceful protest has no actor 2 but counter-protesters
                actor2 = actor2 if c2 == 6 and actor2 is not None and actor2.name != crowd.name else None
            actor1 = crowd
    elif event_type == "Riots":
        crowd = mk.rioters()
        if actor1 is not None and c1 != 5:
            if c1 in (1, 8):
                # the police met the crowd (which the parse may have given as actor 2)
                actor2 = actor1 if actor2 is None or c2 in (5, 6, 7) else actor2
            elif c1 != 7:
                assoc1 = _push(actor1, assoc1)
        elif actor1 is not None and actor1.name != crowd.name and c1 == 5:
            crowd = actor1  # rioters of another country, or a named group of rioters
        actor1 = crowd
        if c2 == 6:
            actor2 = actor2  # rioters against protesters stay
        if sub == "Mob violence" and actor2 is None:
            actor2 = mk.civilians()
    elif event_type == "Violence against civilians":
        if c1 in (None, 5, 6, 7):
            # the victim read as the doer ("a person was found dead") or an unnamed attacker
            if c1 == 7 and actor2 is None:
                actor2 = actor1
            actor1 = mk.armed_group()
        if _code(actor2) not in (6, 7):  # protesters attacked by non-state men stay protesters
            if actor2 is not None:
                assoc2 = _push(actor2, assoc2) if _code(actor2) not in (1, 2, 3, 4, 8) else assoc2
            actor2 = mk.civilians()
    elif event_type == "Battles":
        # someone who fires in a battle is armed, whatever the words ("a man shot at police"); families
        # that fight one another are clan militias ("clashes between two armed families")
        if c1 in (5, 6, 7):
            kin = _kin(actor1)
            actor1, c1 = (mk.clan_militia(), 4) if kin else (mk.armed_group(), 3)
            if kin and actor2 is None:
                actor2, c2 = mk.clan_militia(), 4
        if c2 in (5, 6, 7):
            actor2, c2 = (mk.clan_militia(), 4) if _kin(actor2) else (None, None)
        front = mk.frontline(event_date)
        if actor1 is None and actor2 is not None:
            if c2 in (1, 8):
                # "soldiers were killed", "a patrol was ambushed": the state was attacked
                actor1 = front if front is not None else mk.armed_group()
            else:
                # "2 PKK militants were killed": the named side leads, the state fills actor 2 (ACLED's
                # own rows put the named non-state side first about as often as the state)
                actor1, actor2 = actor2, None
        if actor1 is None:
            if front is not None:
                # unattributed fire across a frozen front line: the state and the front's group
                actor1, actor2 = mk.state("military"), front
            else:
                # nobody named ("a shoot-out took place", "gunfire involving unknown actors")
                actor1 = mk.armed_group()
                actor2 = actor2 or mk.armed_group()
        if _code(actor1) in (2, 3, 4) and _is_state(actor2) and actor2.country == iso3 and mk.dict.codes_state_first(iso3):
            # where ACLED codes the state first whoever fired first ("armed men exchanged fire with
            # military police during a patrol", Brazil), the state's forces lead (a state the
            # text never named, filled in below, does not)
            actor1, actor2 = actor2, actor1
        if actor2 is None:
            if front is not None and _is_state(actor1) and actor1.country == iso3:
                actor2 = front
            else:
                actor2 = mk.counterpart(actor1)
        if sides_coordinated and _code(actor1) == 8 and _is_state(actor2) and actor2.country == iso3:
            # two states' forces written as one phrase ("forces of India and Pakistan exchanged
            # fire"): ACLED puts the forces of the country where it happened first
            actor1, actor2 = actor2, actor1
    elif event_type == "Explosions/Remote violence":
        if c1 in (5, 6, 7):
            if actor2 is None:
                actor2 = actor1
            actor1 = None
        if actor1 is None:
            if sub == "Air/drone strike":
                actor1 = mk.unknown_air_force()
            elif sub in _UNNAMED_BOMBER:
                actor1 = mk.armed_group()
            elif sub == "Shelling/artillery/missile attack":
                # "artillery fire by an unknown party": an unidentified armed group; across a
                # frozen front line, the state
                actor1 = mk.state("military") if mk.frontline(event_date) else mk.armed_group()
    elif event_type == "Strategic developments":
        if sub == "Arrests":
            if actor1 is None or c1 in (5, 6, 7):
                if actor2 is None and actor1 is not None:
                    actor2 = actor1
                actor1 = mk.state("police")
            if actor2 is None:
                actor2 = mk.civilians()
        elif sub == "Looting/property destruction":
            if actor1 is None:
                actor1 = mk.armed_group()
            if actor2 is None:
                actor2 = mk.civilians()

    # never the same actor on both sides, but two state forces or two armed groups may fight
    if (
        actor1 is not None
        and actor2 is not None
        and actor1.name == actor2.name
        and event_type not in ("Battles",)
        and _code(actor1) not in (3, 4)
    ):
        actor2 = None
    return actor1, actor2, assoc1, assoc2
