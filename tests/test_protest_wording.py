"""Protests worded in ways the trigger words alone miss, on sentences we wrote: a protest whose
grievance runs for months, a protest march whose demand names violence, an act done as a form of
protest, and rails or tracks blocked by a crowd."""

from __future__ import annotations

import pytest
from typing_report import subs

# the event a one-sentence test reads: the surest that is not background
from eventlens.evaluate.devscore import top_event as top


@pytest.mark.parametrize("text", [
    # the period is the grievance's, not a tally of protests held over it
    "On 5 January 2022, clerks of the water board held a protest in Karimabad against the non-payment of "
    "their wages for the past four months.",
    "On 5 January 2022, nurses staged a sit-in outside the district hospital in Karimabad over wages withheld "
    "since the past five months.",
    # what the march demands is its topic, also when "protest" only names the kind of march
    "On 5 January 2022, dozens of farmers held a protest march to the police station in Karimabad, demanding "
    "that the police arrest the bandits who attack their herds.",
    # the act done as a form of protest is the protest
    "On 5 January 2022, detainees at the jail in Karimabad set their blankets on fire as a form of protest "
    "against the food.",
    # a railway line is a route a crowd blocks
    "On 5 January 2022, villagers blocked the railway tracks near Karimabad to demand drinking water.",
])
def test_protest_wording_is_a_protest_or_riot(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.event_type in ("Protests", "Riots"), subs(extract(text))


def test_protests_held_over_months_are_still_a_tally(extract):
    # a perfect tense with plural protests over a period sums many up
    text = "Teachers have held protests in Karimabad over the past three months."
    assert top(extract(text)) is None, subs(extract(text))


def test_a_form_of_protest_in_talk_is_no_happening(extract):
    # "a form of protest" as a thing talked about names no protest held
    text = "The minister said on Tuesday that violence is never an acceptable form of protest."
    assert top(extract(text)) is None, subs(extract(text))


@pytest.mark.parametrize("text,sub", [
    # a fight that broke out between people with no arms of war is a brawl
    ("On 5 January 2022, a fight broke out between rival councillors during a session of the town council "
     "in Karimabad.", "Mob violence"),
    ("On 5 January 2022, a fight between two groups of herders armed with sticks took place near Karimabad.",
     "Mob violence"),
    # between fighters it is a battle
    ("On 5 January 2022, a fight broke out between soldiers and rebels near Karimabad.", "Armed clash"),
])
def test_a_fight_that_broke_out_between_sides(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, subs(extract(text))


@pytest.mark.parametrize("text", [
    "The fight against corruption continues in Karimabad, the minister said on Tuesday.",
    "A fight broke out at the market in Karimabad on Tuesday.",
])
def test_a_fight_with_no_sides_or_a_campaign_is_no_event(extract, text):
    assert top(extract(text)) is None, subs(extract(text))
