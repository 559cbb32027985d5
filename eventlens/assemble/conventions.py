"""ACLED's conventions for who is actor 1 and actor 2, applied once an event's type is known."""

from __future__ import annotations

from eventlens.schema import Actor, ActorType


def _generic_actor(kind: str, inter: int, iso3: str | None, country_name: str | None) -> Actor:
    name = f"{kind} ({country_name})" if country_name else kind
    return Actor(name=name, text=kind.lower(), type=ActorType.of(inter), country=iso3)


def acled_actor_conventions(
    event_type: str,
    sub: str,
    actor1: Actor | None,
    actor2: Actor | None,
    assoc1: list[Actor],
    assoc2: list[Actor],
    iso3: str | None,
    country_name: str | None,
) -> tuple[Actor | None, Actor | None, list[Actor], list[Actor]]:
    """ACLED codes crowds as 'Protesters (Country)' / 'Rioters (Country)' with the named group as
    an associate, and the victims of violence against civilians as 'Civilians (Country)'."""

    def is_type(a: Actor | None, code: int) -> bool:
        return a is not None and a.type is not None and a.type.code == code

    if event_type == "Protests" and sub != "Excessive force against protesters":
        if not is_type(actor1, 6):
            if actor1 is not None and actor1.type is not None and actor1.type.code in (1, 8):
                # police are the intervening side, not the crowd
                actor2 = actor2 or actor1
            elif actor1 is not None:
                assoc1 = [actor1, *assoc1]
            actor1 = _generic_actor("Protesters", 6, iso3, country_name)
    elif event_type == "Riots":
        if not is_type(actor1, 5):
            if actor1 is not None and actor1.type is not None and actor1.type.code not in (1, 8):
                assoc1 = [actor1, *assoc1]
            elif actor1 is not None:
                actor2 = actor2 or actor1
            actor1 = _generic_actor("Rioters", 5, iso3, country_name)
    elif sub == "Excessive force against protesters":
        if not is_type(actor2, 6):
            actor2 = _generic_actor("Protesters", 6, iso3, country_name)
    elif event_type == "Violence against civilians":
        if actor2 is None or (actor2.type is not None and actor2.type.code not in (6, 7)):
            if actor2 is not None and actor2.type is not None and actor2.type.code in (6,):
                pass
            else:
                if actor2 is not None:
                    assoc2 = [actor2, *assoc2]
                actor2 = _generic_actor("Civilians", 7, iso3, country_name)
    # never the same actor on both sides
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name and event_type != "Battles":
        actor2 = None
    return actor1, actor2, assoc1, assoc2
