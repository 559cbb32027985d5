"""ACLED actor conventions by event type (eventlens.assemble.conventions). Actors written by us."""

from __future__ import annotations

import pytest

from eventlens.assemble.conventions import acled_actor_conventions
from eventlens.resolve.actors import ActorDictionary


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorDictionary.load()


def run(d, etype, sub, p1=None, p2=None, iso="IRQ"):
    a1 = d.resolve(p1, iso) if p1 else None
    a2 = d.resolve(p2, iso) if p2 else None
    return acled_actor_conventions(etype, sub, a1, a2, [], [], iso, None)


def code(a):
    return a.type.code if a is not None and a.type is not None else None


def test_protesters_are_actor1_with_the_group_as_associate(d):
    a1, a2, as1, _ = run(d, "Protests", "Peaceful protest", "supporters of the Sadrist Movement")
    assert (a1.name, code(a1)) == ("Protesters (Iraq)", 6)
    assert a2 is None
    assert any("Sadr" in a.name for a in as1)


def test_peaceful_protest_keeps_no_bystanders_as_actor2(d):
    _, a2, _, _ = run(d, "Protests", "Peaceful protest", "teachers", "residents")
    assert a2 is None


def test_intervention_defaults_to_the_police(d):
    _, a2, _, _ = run(d, "Protests", "Protest with intervention", "students", iso="TUR")
    assert (a2.name, code(a2)) == ("Police Forces of Turkey", 1)


def test_excessive_force_puts_the_force_first(d):
    a1, a2, _, _ = run(d, "Protests", "Excessive force against protesters", "demonstrators", "riot police")
    assert code(a1) == 1 and (a2.name, code(a2)) == ("Protesters (Iraq)", 6)


def test_riots_and_mob_violence(d):
    a1, a2, _, _ = run(d, "Riots", "Mob violence", "a mob", iso="IND")
    assert (a1.name, code(a1)) == ("Rioters (India)", 5)
    assert (a2.name, code(a2)) == ("Civilians (India)", 7)


def test_unnamed_or_civilian_looking_attacker_is_an_armed_group(d):
    a1, a2, _, _ = run(d, "Violence against civilians", "Attack", "two men", "a shopkeeper", iso="MEX")
    assert (a1.name, code(a1)) == ("Unidentified Armed Group (Mexico)", 3)
    assert (a2.name, code(a2)) == ("Civilians (Mexico)", 7)
    # the victim parsed as the doer ("a person was found dead")
    a1, a2, _, _ = run(d, "Violence against civilians", "Attack", "a person", iso="MEX")
    assert code(a1) == 3 and code(a2) == 7


def test_battle_fills_the_unnamed_side(d):
    a1, a2, _, _ = run(d, "Battles", "Armed clash", None, "Taliban fighters", iso="AFG")
    assert a1.name == "Taliban" and (a2.name, code(a2)) == ("Military Forces of Afghanistan", 1)
    a1, a2, _, _ = run(d, "Battles", "Armed clash", "Afghan soldiers", None, iso="AFG")
    assert code(a1) == 1 and code(a2) == 3
    _, a2, _, _ = run(d, "Battles", "Armed clash", "the army", "villagers", iso="AFG")
    assert code(a2) == 3  # civilians are never a side


def test_explosions_defaults(d):
    a1, _, _, _ = run(d, "Explosions/Remote violence", "Remote explosive/landmine/IED", iso="SOM")
    assert (a1.name, code(a1)) == ("Unidentified Armed Group (Somalia)", 3)
    a1, _, _, _ = run(d, "Explosions/Remote violence", "Air/drone strike", iso="SOM")
    assert code(a1) == 8


def test_arrests_by_the_police_of_civilians(d):
    a1, a2, _, _ = run(d, "Strategic developments", "Arrests", iso="PAK")
    assert (a1.name, code(a1)) == ("Police Forces of Pakistan", 1)
    assert (a2.name, code(a2)) == ("Civilians (Pakistan)", 7)


def test_country_names_follow_the_dictionary(d):
    # the gazetteer may call it "Türkiye"; actor names say "Turkey", as resolved actors do
    a1, _, _, _ = acled_actor_conventions("Protests", "Peaceful protest", None, None, [], [], "TUR", "Türkiye")
    assert a1.name == "Protesters (Turkey)"


def test_foreign_state_forces_are_external(d):
    a1, _, _, _ = run(d, "Explosions/Remote violence", "Air/drone strike", "Turkish warplanes", iso="IRQ")
    assert (a1.name, code(a1)) == ("Military Forces of Turkey", 8)


def test_state_named_only_as_the_target_was_attacked(d):
    # "two soldiers were killed": the soldiers are actor 2, an unidentified group attacked them
    a1, a2, _, _ = run(d, "Battles", "Armed clash", None, "two soldiers", iso="NER")
    assert (a1.name, code(a1)) == ("Unidentified Armed Group (Niger)", 3)
    assert (a2.name, code(a2)) == ("Military Forces of Niger", 1)


def test_fight_with_nobody_named_is_between_unidentified_groups(d):
    a1, a2, _, _ = run(d, "Battles", "Armed clash", iso="HTI")
    assert code(a1) == 3 and code(a2) == 3 and a1.country == "HTI"


def test_unattributed_shelling_is_an_armed_group(d):
    a1, a2, _, _ = run(d, "Explosions/Remote violence", "Shelling/artillery/missile attack", iso="LBY")
    assert (a1.name, code(a1)) == ("Unidentified Armed Group (Libya)", 3) and a2 is None


def test_frontline_fire_is_the_state_against_the_front_group(d):
    import datetime as dt

    a1, a2, _, _ = acled_actor_conventions("Battles", "Armed clash", None, None, [], [], "UKR", None, dt.date(2019, 6, 1))
    assert (a1.name, code(a1)) == ("Military Forces of Ukraine", 1)
    assert code(a2) == 2 and a2.name.startswith("NAF")
    # a named state side gets the front's group as its counterpart
    a1, a2, _, _ = run(d, "Battles", "Armed clash", "Ukrainian troops", None, iso="UKR")
    assert code(a1) == 1 and a2.name.startswith("NAF")
    # the table has an end date: afterwards the ordinary default applies
    a1, a2, _, _ = acled_actor_conventions("Battles", "Armed clash", None, None, [], [], "UKR", None, dt.date(2023, 6, 1))
    assert code(a1) == 3 and code(a2) == 3


def test_named_actor_supplies_the_country_when_no_place_was_found(d):
    a1 = d.resolve("Taliban fighters", "AFG")
    _, a2, _, _ = acled_actor_conventions("Battles", "Armed clash", a1, None, [], [], None, None)
    assert (a2.name, code(a2)) == ("Military Forces of Afghanistan", 1)


def test_state_first_country_puts_the_police_first_in_a_shootout(d):
    # Brazil (the state_first table): "two armed men exchanged fire with military police"
    a1, a2, _, _ = run(d, "Battles", "Armed clash", "two armed men", "military police", iso="BRA")
    assert (a1.name, code(a1)) == ("Military Forces of Brazil", 1) and code(a2) == 3
    # the attackers lead elsewhere
    a1, a2, _, _ = run(d, "Battles", "Armed clash", "two armed men", "state police", iso="MEX")
    assert code(a1) == 3 and code(a2) == 1


def test_two_states_written_as_one_phrase_put_the_local_forces_first(d):
    india = d.resolve("Indian troops", "PAK")
    pakistan = d.resolve("Pakistani troops", "PAK")
    a1, a2, _, _ = acled_actor_conventions("Battles", "Armed clash", india, pakistan, [], [], "PAK", None,
                                           sides_coordinated=True)
    assert (a1.name, code(a1)) == ("Military Forces of Pakistan", 1) and code(a2) == 8
    # written as attacker and target, the order stands
    a1, _, _, _ = acled_actor_conventions("Battles", "Armed clash", india, pakistan, [], [], "PAK", None)
    assert a1.name == "Military Forces of India"


def test_families_fighting_are_clan_militias(d):
    a1, a2, _, _ = run(d, "Battles", "Armed clash", "two rival families", iso="LBN")
    assert (a1.name, code(a1)) == ("Unidentified Clan Militia (Lebanon)", 4) and code(a2) == 4
    # a man who shot at police is still an armed group
    a1, _, _, _ = run(d, "Battles", "Armed clash", "a man", "police", iso="LBN")
    assert code(a1) == 3
