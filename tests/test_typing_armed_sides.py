"""Who is armed on each side, read from the parse and the whole telling (ACLED codebook: armed on
both sides is a battle, unarmed victims an attack), and weapons named by what they are."""

from __future__ import annotations

import pytest

# the event a one-sentence test reads: the surest that is not background
from eventlens.evaluate.devscore import top_event as top


def subs(events):
    return [(e.sub_event_type, e.confidence) for e in events]


@pytest.mark.parametrize("text,sub", [
    # the victim behind a place and its province in apposition ("in X, Y, a patrol ...")
    ("On Tuesday, in El Naranjo, Colima, a state police patrol was shot by armed individuals.", "Armed clash"),
    # an attack that also struck armed people, told in a second sentence
    ("Gunmen shot dead the mayor of Tula in his car on Monday. His bodyguards, two police officers, were also "
     "killed.", "Armed clash"),
    # a member of an armed escort, which no dictionary names
    ("Gunmen opened fire on the governor's car in Jos on Monday, wounding a member of his escort.", "Armed clash"),
    # the one found killed is the victim
    ("Two militiamen were found killed near Baidoa on Wednesday.", "Armed clash"),
    # "Mine" in a place's name is no landmine; "anti-aircraft" guns are no aircraft
    ("Government forces fired mortars and small arms at rebel positions near Zolote Mine on Tuesday.",
     "Armed clash"),
    ("Troops fired anti-aircraft guns and small arms at militia positions near the airport on Friday.",
     "Armed clash"),
    # anti-aircraft guns fired at troops are heavy weapons, not the small arms of a firefight
    ("Militants attacked army positions outside Homs on Monday using anti-aircraft guns and mortars.",
     "Shelling/artillery/missile attack"),
    # heavy weapons used in a fight told as a fight
    ("The army and the rebels fought with small and heavy weapons near Kyauktaw on Sunday.", "Armed clash"),
    # forces sent are what the sentence reports; the fighting is its setting
    ("Army reinforcements arrived in Marib on Monday as battles continue on the frontlines.",
     "Change to group/activity"),
    # a protest whose crowd turned violent in the next sentence
    ("Inmates demonstrated at the central prison in Kaduna on Monday over a ban on visits. The inmates burnt "
     "mattresses in the cells.", "Violent demonstration"),
    ("Traders demonstrated outside the town hall in Mwanza on Friday against new market fees. There was a "
     "brawl between the traders and the police.", "Violent demonstration"),
])
def test_armed_sides(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, subs(extract(text))


def test_torches_at_a_vigil_are_no_arson(extract):
    ev = top(extract("Students protested against fee rises in Kisumu on Sunday. A second rally, with songs and "
                     "torches, was held later that night."))
    assert ev is not None and ev.sub_event_type == "Peaceful protest"


def test_by_after_a_place_still_names_the_attackers(extract):
    # the parser may read a passive's "by" as a plain preposition after a place phrase
    ev = top(extract("On Sunday, a farmer was shot to death in Pau Amarelo neighborhood by about four armed men."))
    assert ev is not None and ev.sub_event_type == "Attack"
    assert any(x.field == "actor1" and "armed men" in x.text for x in ev.evidence), ev.evidence


def test_off_duty_victim_stays_an_attack(extract):
    # an off-duty officer is a civilian (ACLED), even when a later sentence names him plainly
    ev = top(extract("Gunmen ambushed an off-duty police commander outside his home in Uruapan on Saturday. "
                     "The officer was wounded."))
    assert ev is not None and ev.sub_event_type == "Attack"


@pytest.mark.parametrize("text", [
    # the attackers' own phrase holds no victim ("police" of "police officers")
    "On Tuesday, in Jacmel, Sud-Est department, a man was tied up and beaten by police officers.",
    # a civilian the parse names is the one harmed; the checkpoint is where
    "On Friday, a police officer shot at a taxi driver in Kano who did not stop at a checkpoint.",
])
def test_civilian_victims_of_the_state(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Attack", subs(extract(text))
