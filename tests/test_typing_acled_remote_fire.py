"""Short coded notes, on sentences we wrote: machine guns fired at a place from afar with nobody hit
(ACLED: shelling), fire answered with fire (armed clash), an armed group handing out relief
(change to group/activity), captives found dead in a later sentence (attack), and a crowd beating people
in a market story (mob violence)."""

from __future__ import annotations

import pytest
from typing_report import subs

from eventlens.evaluate.devscore import top_event as top


@pytest.mark.parametrize("text", [
    "On 5 January 2022, rebel forces reportedly fired machine guns at scattered areas of Karimabad district. "
    "No fatalities nor injuries were reported.",
    "On 5 January 2022, government forces fired medium weapons and sniper shots at residential neighbourhoods "
    "of Karimabad, with no report of casualties.",
])
def test_machine_guns_fired_at_a_place_are_shelling(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Shelling/artillery/missile attack", subs(extract(text))


@pytest.mark.parametrize("text,subs_ok", [
    # somebody hit: the fire reached people
    ("On 5 January 2022, rebel forces fired machine guns at a village in Karimabad district, killing two farmers.",
     {"Attack"}),
    # fire at an enemy, not at a place, stays a fight
    ("On 5 January 2022, rebel forces fired machine guns at army positions near Karimabad.",
     {"Armed clash"}),
])
def test_machine_gun_fire_that_is_no_shelling(extract, text, subs_ok):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type in subs_ok, subs(extract(text))


@pytest.mark.parametrize("text", [
    "On 5 January 2022, members of a local drug cartel handed out food parcels to poor families in Karimabad.",
    "On 5 January 2022, in Karimabad, members of the Gulf Cartel gave out boxes with rice to families in need.",
])
def test_an_armed_group_handing_out_relief_changes_its_activity(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Change to group/activity", subs(extract(text))


def test_relief_from_volunteers_is_no_event(extract):
    text = "On 5 January 2022, volunteers handed out food parcels to poor families in Karimabad."
    assert top(extract(text)) is None, subs(extract(text))


@pytest.mark.parametrize("text", [
    "On 5 January 2022, army troops responded to pro-rebel shelling near Karimabad, with no report of casualties.",
    "On 5 January 2022, government forces responded to militant fire near Karimabad. No casualties were reported.",
])
def test_fire_answered_with_fire_is_a_clash(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Armed clash", subs(extract(text))


def test_firefighters_answering_a_fire_are_no_clash(extract):
    text = "On 5 January 2022, firefighters responded to a fire at a warehouse in Karimabad."
    assert top(extract(text)) is None, subs(extract(text))


@pytest.mark.parametrize("text", [
    "On 5 January 2022, armed men kidnapped a teacher from his home in Karimabad. Two days later his body was found "
    "by a roadside.",
    "On 5 January 2022, gunmen abducted three herders near Karimabad. The victims were later killed.",
])
def test_captives_later_found_dead_were_attacked(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Attack", subs(extract(text))


def test_captives_later_freed_stay_abducted(extract):
    text = "On 5 January 2022, gunmen abducted three herders near Karimabad. They were released the next day."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Abduction/forced disappearance", subs(extract(text))


def test_traders_beating_inspectors_at_a_market_are_a_mob(extract):
    # two market words would make the story a market's; people beaten by a crowd are no figure of speech
    text = "On 5 January 2022, two tax inspectors were attacked by traders at the cattle market in Karimabad."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Mob violence", subs(extract(text))


def test_traders_attacking_a_currency_are_no_event(extract):
    text = "On 5 January 2022, traders attacked the rupee on the currency market in Karimabad as stock prices fell."
    assert top(extract(text)) is None, subs(extract(text))
