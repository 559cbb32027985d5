"""Short coded notes the rules missed or mistyped, on sentences we wrote: people taken in a fight,
people arrested at a protest, protests over a killing, joint demands of working people, and
property burnt with no crowd in the sentence."""

from __future__ import annotations

import pytest
from typing_report import subs

# the event a one-sentence test reads: the surest that is not background
from eventlens.evaluate.devscore import top_event as top


@pytest.mark.parametrize("text", [
    # arrests coordinated with killings or a fight are part of the fight
    "On 5 January 2022, soldiers killed three rebels and detained two others near Karimabad.",
    "On 5 January 2022, five militants were killed and two were arrested during a police operation in Karimabad.",
])
def test_people_taken_in_a_fight_are_part_of_the_fight(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.event_type == "Battles", subs(extract(text))


@pytest.mark.parametrize("text,sub", [
    # arrests for an earlier killing stay arrests
    ("On 5 January 2022, police arrested five men in Karimabad over the killing of a trader last month.", "Arrests"),
    # detained and beaten: the violence against the captives decides (unchanged)
    ("On 5 January 2022, police arrested and beat a journalist in Karimabad.", "Attack"),
])
def test_arrests_without_a_fight_beside_them(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, subs(extract(text))


@pytest.mark.parametrize("text", [
    "On 5 January 2022, police detained four activists taking part in an unauthorised rally in Karimabad.",
    "On 5 January 2022, police in Karimabad arrested six residents who were protesting against the closure of a clinic.",
])
def test_people_arrested_at_a_protest_are_an_intervention(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Protest with intervention", subs(extract(text))


def test_arrested_robbers_are_no_protest(extract):
    text = "On 5 January 2022, police arrested two men in Karimabad who had robbed a bank."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Arrests", subs(extract(text))


@pytest.mark.parametrize("text", [
    # what set the protest off
    "On 5 January 2022, relatives of the inmates protested outside the prison in Karimabad after guards killed "
    "three prisoners.",
    # the dead of the protest's cause are no toll of the protest, protesters or not
    "On 5 January 2022, students gathered outside the university in Karimabad to demonstrate against the killing "
    "of a protester last week.",
])
def test_a_killing_that_a_protest_is_about(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Peaceful protest", subs(extract(text))


@pytest.mark.parametrize("text", [
    "On 5 January 2022, workers of a textile factory in Karimabad demanded the payment of three months of unpaid wages.",
    "On 5 January 2022, hundreds of day labourers came out on the streets of Karimabad, demanding food rations.",
    "On 5 January 2022, farmers occupied the highway near Karimabad to demand higher prices for their wheat.",
])
def test_working_people_demanding_together_protest(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.event_type == "Protests", subs(extract(text))


@pytest.mark.parametrize("text", [
    # a leader's or a family's demand is a statement
    "On 5 January 2022, the opposition leader in Karimabad demanded the resignation of the interior minister.",
    "On 5 January 2022, relatives of the victims demanded justice after the attack in Karimabad.",
    # an aim the campaign has, not a happening
    "The students in Karimabad are demanding an end to a system that reserves government jobs for veterans' families.",
])
def test_demands_that_are_no_protest(extract, text):
    assert top(extract(text)) is None, subs(extract(text))


def test_a_demand_told_as_a_cause_is_no_protest(extract):
    text = ("On 5 January 2022, six construction workers were shot and injured by private security guards in "
            "Karimabad after the workers demanded overtime pay.")
    ev = top(extract(text))
    assert ev is not None and ev.event_type == "Violence against civilians", subs(extract(text))


@pytest.mark.parametrize("text,sub", [
    # nobody in the sentence to riot: property destroyed
    ("On 5 January 2022, a car belonging to a local councillor was set on fire in Karimabad.",
     "Looting/property destruction"),
    ("On 5 January 2022, the house of an environmental activist was set on fire in Karimabad.",
     "Looting/property destruction"),
    # a crowd that burns is a riot
    ("On 5 January 2022, protesters set fire to a police car in Karimabad.", "Violent demonstration"),
])
def test_property_burnt_with_or_without_a_crowd(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, subs(extract(text))


def test_cars_burnt_in_a_riot_story_stay_with_the_riot(extract):
    text = ("On 5 January 2022, hundreds of protesters threw stones at police in Karimabad. "
            "Several cars were set on fire in the town centre.")
    assert all(e.event_type != "Strategic developments" for e in extract(text)), subs(extract(text))


@pytest.mark.parametrize("text", [
    "On 5 January 2022, the government released 40 rebel prisoners from the central prison in Karimabad as part "
    "of the peace process.",
])
def test_prisoners_released_are_an_agreement(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Agreement", subs(extract(text))


@pytest.mark.parametrize("text", [
    "On 5 January 2022, the court in Karimabad released the suspects on bail.",
    "On 5 January 2022, police released the two journalists after questioning them in Karimabad.",
])
def test_other_releases_are_no_agreement(extract, text):
    assert top(extract(text)) is None, subs(extract(text))


@pytest.mark.parametrize("text", [
    # no subject in the parse: the group named before the demand
    "On 5 January 2022, employees of the municipal hospital in front of its gate in Karimabad demanding their salaries.",
    "On 5 January 2022, in Karimabad, a group of workers from different sectors marked labour day and demanded "
    "guarantees for their rights.",
])
def test_a_demand_whose_group_the_parse_misses(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.event_type == "Protests", subs(extract(text))


@pytest.mark.parametrize("text,sub", [
    # an attack on things with nobody hurt destroys property
    ("On 5 January 2022, unknown gunmen attacked and damaged the offices of a radio station in Karimabad. "
     "No casualties were reported.", "Looting/property destruction"),
    ("On 5 January 2022, militants raided several houses in Karimabad and looted food and motorcycles.",
     "Looting/property destruction"),
    ("On 5 January 2022, unidentified armed men attacked and damaged an oil pipeline near Karimabad.",
     "Looting/property destruction"),
    # people hurt, an armed post, or a village: unchanged
    ("On 5 January 2022, gunmen attacked a hotel in Karimabad, killing six guests.", "Attack"),
    ("On 5 January 2022, militants attacked a police station in Karimabad.", "Armed clash"),
    ("On 5 January 2022, rebels attacked the village of Karimabad.", "Attack"),
])
def test_attacks_on_property(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, subs(extract(text))


def test_an_attacked_vehicle_is_no_property(extract):
    # a vehicle carries people: an attack on it is no property destruction
    text = "On 5 January 2022, militants attacked and damaged a military vehicle near Karimabad."
    ev = top(extract(text))
    assert ev is not None and ev.event_type != "Strategic developments", subs(extract(text))


@pytest.mark.parametrize("text,sub", [
    # a weapon left from a war long over, with nobody using it now
    ("On 5 January 2022, a farmer was injured by a landmine laid during the Iran-Iraq War near Karimabad.", "Other"),
    ("On 5 January 2022, a woman was killed when a rocket leftover from the civil war exploded in Karimabad.", "Other"),
    ("On 5 January 2022, a roadside bomb killed two soldiers near Karimabad.", "Remote explosive/landmine/IED"),
    # "unexploded" alone does not date the bomb
    ("On 5 January 2022, a child was killed when an unexploded bomb went off in a house in Karimabad.",
     "Remote explosive/landmine/IED"),
])
def test_remnants_of_old_wars(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, subs(extract(text))


@pytest.mark.parametrize("text,sub", [
    # a side of the fight is plainly unarmed people, and no side an armed group: a riot
    ("On 5 January 2022, a clash broke out between street vendors and police officers in Karimabad.", "Mob violence"),
    ("On 5 January 2022, police officers fought with market vendors in Karimabad.", "Mob violence"),
    ("On 5 January 2022, clashes broke out between pro-government and opposition activists in Karimabad.",
     "Mob violence"),
    # armed on both sides, or a group that names armed people or a named gang: a battle
    ("On 5 January 2022, a clash between soldiers and rebels took place near Karimabad.", "Armed clash"),
    ("On 5 January 2022, army troops clashed with a group of rebel fighters near Karimabad.", "Armed clash"),
    ("On 5 January 2022, members of the Black Viper gang clashed with police officers in Karimabad.", "Armed clash"),
])
def test_fights_with_plainly_unarmed_sides(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, subs(extract(text))


def test_demonstrators_against_a_named_police_force_riot(extract):
    # the police named as an organisation are still the state's, not an armed group
    text = ("On 5 January 2022, a clash ensued between foreign demonstrators and Nepal Police in front of the "
            "parliament in Kathmandu.")
    ev = top(extract(text))
    assert ev is not None and ev.event_type == "Riots", subs(extract(text))
