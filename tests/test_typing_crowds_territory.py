"""Typing by ACLED's codebook on sentences we wrote: what a crowd throws, force against protesters
that the sentence does not pin on a named unit, ground left by the other side, new armed units and
bases, chemical weapons in a story with laboratory words, and aircraft that are targets."""

from __future__ import annotations

import pytest

# the event a one-sentence test reads: the surest that is not background
from eventlens.evaluate.devscore import top_event as top


def subs(events):
    return [(e.sub_event_type, round(e.confidence, 2)) for e in events]


@pytest.mark.parametrize("text,sub", [
    # things thrown by hand at people are the crowd's violence, and no shelling
    ("Dozens of people were arrested at a demonstration in Leeds on Saturday after projectiles were thrown "
     "at police.", "Violent demonstration"),
    ("Hundreds of students marched to the ministry in Quito on Friday and some threw bottles at riot police.",
     "Violent demonstration"),
    # the crowd's violence told in the sentence after its protest
    ("Thousands of people protested outside the parliament in Sofia on Wednesday evening. Some threw bottles "
     "at police, who pushed them back with shields.", "Violent demonstration"),
    # the press's words for force out of proportion, whether or not the state is named
    ("The authorities violently suppressed a peaceful protest in Minsk on Sunday, detaining hundreds of people.",
     "Excessive force against protesters"),
    # deaths in a crowd's dispersal
    ("Three protesters died in Lima on Saturday as the authorities cracked down on the rally.",
     "Excessive force against protesters"),
    # the state's forces killing protesters, named after the actors are resolved
    ("More than 30 protesters were killed in Khartoum on Monday when soldiers broke up a sit-in outside the "
     "army headquarters.", "Excessive force against protesters"),
    # ground taken after the other side pulled out, with no fighting told
    ("Rebels recaptured the town of Kalo on Sunday after government troops pulled out.",
     "Non-violent transfer of territory"),
    # a territory noun the lexicon does not list
    ("Islamic militants seized two oil fields near Sirte on Tuesday.", "Non-state actor overtakes territory"),
    # new armed units and bases ("bases", which the small model reads as the plural of "basis")
    ("Special groups of troops have been formed in four regions of the country, the defence ministry said on "
     "Monday.", "Change to group/activity"),
    ("Turkish troops set up two new bases near the border town of Zakho on Monday.",
     "Headquarters or base established"),
    ("The army established a number of barracks near Soran on Tuesday.", "Headquarters or base established"),
    # a chemical weapon is a weapon, even beside laboratory words
    ("Chlorine munitions were dropped on the town of Latamneh on Saturday, a watchdog said on Monday, after "
     "laboratory tests confirmed the presence of the toxic chemical.", "Chemical weapon"),
    # anti-aircraft guns are heavy weapons, neither aircraft nor small arms
    ("Militants attacked army positions south of Aleppo with anti-aircraft guns and mortars on Monday.",
     "Shelling/artillery/missile attack"),
    # aircraft hit on the ground are the target of the missile
    ("A missile hit the air base near Taif on Monday, destroying two helicopters.",
     "Shelling/artillery/missile attack"),
    ("Soldiers have been engaged in a fire exchange with militants near Mandera since morning.", "Armed clash"),
    # the state's hands on the crowd: an intervention
    ("Protesters lay in the street in Beirut on Thursday, chanting slogans, as security forces struggled to drag "
     "them out of the way.", "Protest with intervention"),
    # a crowd forcing its way in ("hundreds of protesters": the people counted are the doers)
    ("Hundreds of protesters broke into the governor's office in Basra on Monday.", "Violent demonstration"),
    # aircraft named as the doers of a raid ("choppers" too)
    ("Dozens were killed in raids by army choppers on the village of Kafr Nabl on Monday.", "Air/drone strike"),
    # a tank's fire is shelling
    ("At least six rangers were killed on Sunday in a tank attack that officials blamed on a militia.",
     "Shelling/artillery/missile attack"),
    ("Rebel factions continue to fortify their positions close to the frontlines in rural Idlib.",
     "Change to group/activity"),
])
def test_codebook_types(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, subs(extract(text))


def test_ground_taken_then_left_is_taken(extract):
    # the captors' own withdrawal afterwards is no transfer without a fight
    ev = top(extract("Soldiers captured the hill near Kidal on Monday and withdrew on Tuesday."))
    assert ev is not None and ev.sub_event_type == "Government regains territory", subs(extract(
        "Soldiers captured the hill near Kidal on Monday and withdrew on Tuesday."))


def test_ground_left_after_fighting_is_fought_over(extract):
    text = "Rebels recaptured the town of Kalo on Sunday after heavy fighting forced government troops to pull out."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Non-state actor overtakes territory", subs(extract(text))


@pytest.mark.parametrize("text", [
    "A chlorine leak at a chemical plant in Dahej killed three workers on Monday.",
    "Opposition parties formed a new alliance in Lusaka on Monday.",
    "Residents of Kisumu formed a group to clean the river on Saturday.",
])
def test_no_event(extract, text):
    assert top(extract(text)) is None, subs(extract(text))


def test_a_protest_against_an_execution_is_no_killing(extract):
    text = "Rallies were held across Pakistan on Friday against the execution of a popular cleric."
    assert all(e.event_type != "Violence against civilians" for e in extract(text)), subs(extract(text))


def test_a_crowd_beaten_back_is_no_excessive_force_when_it_fought(extract):
    # the crowd is the doer the parse names: its own violence, not force against it
    text = "Protesters in Athens lit fires amid clouds of tear gas fired by police during clashes on Thursday."
    assert all(e.sub_event_type != "Excessive force against protesters" for e in extract(text)), subs(extract(text))


def test_one_person_throwing_a_rock_is_no_crowd(extract):
    text = "A man on a bicycle threw a rock at a nurse in Monterrey on Tuesday and injured her."
    ev = top(extract(text))
    assert ev is not None and ev.event_type != "Riots", subs(extract(text))


def test_a_forced_withdrawal_was_fought_for(extract):
    text = "Tribesmen took control of several checkpoints on Monday, as pro-Houthi forces were forced to withdraw."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Non-state actor overtakes territory", subs(extract(text))


def test_a_unit_named_after_its_drones_is_formed_not_striking(extract):
    text = "The commander said on Monday that his forces have formed a Drone Organisation with bases in the south."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Change to group/activity", subs(extract(text))


def test_police_chasing_thieves_is_no_protest(extract):
    assert top(extract("Police chased the thieves through the market in Gafsa on Tuesday.")) is None
