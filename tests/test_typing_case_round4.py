"""CASE 2021 task 2 kinds, fourth round, on sentences we wrote: ground taken after the other side
pulled out, told beside a first telling of the capture, is a non-violent transfer; weapons in a store
are held, not fired, and found they are disrupted weapons use; harm that fell among demonstrators
was done to them."""

from __future__ import annotations

import pytest

from eventlens.evaluate.devscore import top_event as top


def _subs(events):
    return [(e.sub_event_type, e.confidence) for e in events]


# --- ground the other side left -------------------------------------------------------------


def test_capture_after_the_withdrawal_noun_is_a_transfer(extract):
    text = ("Rebel fighters have taken control of Kalama, a hill village 40 km west of the provincial capital. "
            "The rebels occupied the village following the withdrawal of army troops for reasons nobody gave.")
    events = extract(text)
    ev = top(events)
    assert ev is not None and ev.sub_event_type == "Non-violent transfer of territory", _subs(events)
    assert len(events) == 1, _subs(events)


def test_capture_with_fighting_after_a_withdrawal_stays_a_capture(extract):
    text = ("Rebel fighters have taken control of Kalama, a hill village 40 km west of the provincial capital. "
            "The rebels stormed the village following the withdrawal of army troops, killing four soldiers "
            "who had stayed behind.")
    ev = top(extract(text))
    assert ev is None or ev.sub_event_type != "Non-violent transfer of territory", _subs(extract(text))


def test_withdrawal_in_an_adjunct_without_a_capture_is_no_transfer(extract):
    # the pull-out is an earlier happening when the sentence reports an attack of its own
    text = "Gunmen attacked a bus near the border crossing following the withdrawal of the police from the area."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type != "Non-violent transfer of territory", _subs(extract(text))


# --- weapons in store -------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Soldiers of the federal police pose beside a stash of mortar shells belonging to the rebels found east of the town.",
    "Police guard a cache of rockets and grenades belonging to the insurgents discovered in a farmhouse near the river.",
])
def test_found_weapons_in_a_store_are_disrupted_use(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Disrupted weapons use", _subs(extract(text))


@pytest.mark.parametrize("text, sub", [
    ("Government artillery shelled a cache of rockets belonging to the rebels near the town on Monday.",
     "Shelling/artillery/missile attack"),
    ("Warplanes bombed a stockpile of shells near the front line on Tuesday.", "Air/drone strike"),
    ("Turkish jets destroyed a stash of rockets belonging to the militants near the border on Monday.", "Air/drone strike"),
])
def test_a_store_named_as_a_target_is_still_the_strike(extract, text, sub):
    # the weapon fired is not the one the store holds
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, _subs(extract(text))


# --- harm among demonstrators -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # (a town's name before the crowd noun made the parse read the crowd as the doer)
    "Serious injuries among Basra demonstrators as the provincial authorities suppressed their peaceful protests.",
    "Severe injuries among Kirkuk marchers as the city authorities crushed their peaceful protests on Sunday.",
    "Several deaths among demonstrators as the authorities suppressed the sit-in outside parliament.",
])
def test_harm_among_demonstrators_is_excessive_force(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Excessive force against protesters", _subs(extract(text))


def test_injuries_among_police_stay_the_crowds(extract):
    # harm among the police, not the crowd: the crowd fought
    text = "Injuries among police officers as demonstrators threw stones during the protest on Friday."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Violent demonstration", _subs(extract(text))


# --- an attack launched on a post ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "An attack has been launched on a Nigerian military base in Borno region, causing deaths and injuries, reports say.",
    "An attack was launched on an army base in the north of the region on Tuesday, causing deaths and injuries.",
])
def test_attack_launched_on_a_military_base_is_a_clash(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Armed clash", _subs(extract(text))


def test_attack_launched_on_a_village_stays_an_attack(extract):
    text = "An attack was launched on a farming village in the north of the region on Tuesday, killing six residents."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Attack", _subs(extract(text))


def test_passive_launch_names_target_and_doer(nlp):
    from eventlens.extract.roles import noun_roles

    doc = nlp("An attack was launched on a police station by the insurgents.")
    a1, a2 = noun_roles(doc[1])
    assert a1 is not None and a1.lower_ == "insurgents"
    assert a2 is not None and a2.lower_ == "station"


# --- "due to" a cause -------------------------------------------------------------------------


def test_harm_due_to_an_explosion_is_reported_not_scheduled(extract):
    text = ("Four shepherds suffered injuries on Sunday due to an explosion of a landmine planted by the "
            "militants in the hills of the province.")
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Remote explosive/landmine/IED", _subs(extract(text))


@pytest.mark.parametrize("text", [
    "Opposition groups are due to stage a protest in the capital on Friday.",
    "The rebels are due to attack the town next week, a commander warned.",
])
def test_due_to_with_a_verb_still_schedules(extract, text):
    assert top(extract(text)) is None, _subs(extract(text))


# --- a toll told before its cause ---------------------------------------------------------------


@pytest.mark.parametrize("text, sub", [
    ("Five villagers were killed after an air strike on the village on Monday.", "Air/drone strike"),
    ("Three people were wounded after a grenade attack on a bus station on Friday.", "Grenade"),
    ("Two people were injured following a bomb attack in the market on Monday.", "Remote explosive/landmine/IED"),
])
def test_harm_after_an_attack_is_the_attacks(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, _subs(extract(text))


def test_arrests_after_a_clash_keep_the_earlier_happening_apart(extract):
    # an arrest is an act of its own, not a toll: the "after" phrase stays an earlier happening
    text = "Ten protesters were arrested after a clash with police on Friday."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type != "Armed clash", _subs(extract(text))


# --- people captured are no ground taken ------------------------------------------------------


def test_people_captured_by_the_police_are_arrests(extract):
    text = "Police captured two suspected militants in a raid on a house in the city on Monday."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Arrests", _subs(extract(text))


def test_fighters_captured_by_troops_were_taken_in_a_fight(extract):
    # ACLED codes fighters that troops take as an armed clash
    text = "The army has captured a senior commander of the militant group in the town on Monday."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Armed clash", _subs(extract(text))


@pytest.mark.parametrize("text", [
    "Troops captured the town of Kalama from the rebels on Monday.",
    # ground taken beside the people taken: the ground decides
    "Government forces captured a rebel commander and seized the village on Monday.",
])
def test_ground_captured_stays_territory(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Government regains territory", _subs(extract(text))


def test_people_captured_by_others_are_taken_not_arrested(nlp):
    from eventlens.extract.mentions import _people_captured

    doc = nlp("Gunmen captured two journalists in the town on Monday.")
    assert _people_captured(doc[1:2]) == "abduct"
    doc = nlp("Police captured two suspects in the town on Monday.")
    assert _people_captured(doc[1:2]) == "arrest"
    doc = nlp("Troops captured two rebels near the front on Monday.")
    assert _people_captured(doc[1:2]) == "clash"
    doc = nlp("Troops captured the town on Monday.")
    assert _people_captured(doc[1:2]) is None
