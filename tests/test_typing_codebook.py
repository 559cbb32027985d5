"""Typing by ACLED's codebook on sentences we wrote: territory, surrenders, how protests turn,
what the state does to a crowd, and reports that are no plans."""

from __future__ import annotations

import pytest

# the event a one-sentence test reads: the surest that is not background
from eventlens.evaluate.devscore import top_event as top


@pytest.mark.parametrize("text,sub", [
    # a battle that won ground is coded as the ground won
    ("Government troops fought rebels for hours near Talodi on Monday. The army then recaptured the town of "
     "Talodi from the rebels.", "Government regains territory"),
    # ground taken with no fight is a non-violent transfer of territory
    ("Rebel fighters entered the town of Baraawe on Tuesday and took control of it without any resistance.",
     "Non-violent transfer of territory"),
    ("Fighters of the militia retook the village of Kambi on Friday without firing a shot.",
     "Non-violent transfer of territory"),
    # the codebook lists surrenders among agreements
    ("Forty militiamen surrendered to the army in Beni on Sunday.", "Agreement"),
    # "non-violent" is no violent demonstration
    ("Police fired tear gas to break up a non-violent demonstration by teachers in Harare on Monday.",
     "Protest with intervention"),
    # a protest that turned violent, however the press grades it
    ("The march by farmers in Lahore turned extremely violent on Friday.", "Violent demonstration"),
    ("Students marched to parliament in Accra on Tuesday and scuffled with police outside the gates.",
     "Violent demonstration"),
    # force used on a crowd, named plainly
    ("Police used force against villagers protesting power cuts in Multan on Sunday.", "Protest with intervention"),
    # warning shots by the police are crowd control, not a shooting
    ("Taxi drivers protested against fuel prices in Kuito on Friday. Police fired shots in the air to "
     "disperse the crowd.", "Protest with intervention"),
    # an intervention told a sentence or two after the protest
    ("Nurses demonstrated outside the district hospital in Kisumu on Monday. They said they lacked protective "
     "equipment. Police intervened.", "Protest with intervention"),
    ("Some 30 workers staged a demonstration in Quezon City on Friday. They were arrested for violating "
     "lockdown rules during the coronavirus pandemic.", "Protest with intervention"),
])
def test_codebook_types(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, [(e.sub_event_type, e.confidence) for e in extract(text)]


def test_no_arrests_leave_a_protest_peaceful(extract):
    ev = top(extract("Some 30 workers staged a demonstration in Quezon City on Friday. No arrests were made."))
    assert ev is not None and ev.sub_event_type == "Peaceful protest"


def test_attacks_on_a_peaceful_crowd_are_not_its_violence(extract):
    ev = top(extract("Settlers attacked peaceful protesters in the village of Kafr Qaddum on Friday."))
    assert ev is not None and ev.event_type != "Riots"


def test_armed_men_firing_in_the_air_still_fire(extract):
    # no police and no crowd: gunmen's shots in the air are no crowd control
    events = extract("Gunmen fired shots in the air outside a bank in Gida Ayana on Monday.")
    assert top(events) is not None


@pytest.mark.parametrize("text,sub", [
    # a past happening reported by an announcing verb is no plan
    ("Twenty rebels have surrendered to the army in Kalehe, the military announced on Sunday.", "Agreement"),
    # "set off a bomb" is no "set to"
    ("Militants set off an explosive device in a car at a village in Kunar on Monday.",
     "Remote explosive/landmine/IED"),
])
def test_reports_are_not_plans(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub


def test_an_announced_plan_stays_a_plan(extract):
    assert top(extract("The union announced that teachers will strike in Nairobi next week.")) is None


@pytest.mark.parametrize("text,sub,inter1", [
    # several plain people who beat or attack someone with no guns are a mob, whoever they hit
    ("Five persons beat up a vegetable seller with iron rods in Nagpur on Saturday.", "Mob violence", 5),
    ("A tailor was beaten to death by four men in Rajshahi on Sunday.", "Mob violence", 5),
    ("At least six citizens attacked two traffic policemen in Arequipa on Monday.", "Mob violence", 5),
    # a pair of attackers, or attackers with guns, stay an armed group's attack
    ("Two men stabbed a bus conductor to death in Nagpur on Saturday.", "Attack", 3),
    ("Four men shot dead a bus conductor in Nagpur on Saturday.", "Attack", 3),
])
def test_plain_persons_as_mob(extract, text, sub, inter1):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub
    assert ev.actor1 is not None and ev.actor1.type is not None and ev.actor1.type.code == inter1


@pytest.mark.parametrize("text", [
    # an officer named by rank is the state's forces: killing one is fighting, not an attack on civilians
    "Gunmen shot dead a lieutenant near Daraa on Tuesday.",
    "Unknown attackers killed a sergeant in Gao on Friday.",
    "A ranger was shot dead by insurgents in Narathiwat on Monday.",
])
def test_ranked_officer_is_armed(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Armed clash"
