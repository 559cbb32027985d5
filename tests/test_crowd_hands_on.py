"""Crowds and bystanders who lay hands on people: blows the parse shows a crowd dealing a person,
wounds told with their doers, fights between plainly unarmed groups, attempts that did harm, and
detainees who riot (sentences written for these tests; ACLED codes all of these as riots or attacks)."""

from __future__ import annotations

import pytest


def _happened(events):
    return [e for e in events if not e.background]


@pytest.mark.parametrize("text", [
    # blows a crowd deals a person, in a story about a market and a lockdown
    "On 4 March 2021, residents of the Barrio Sur neighbourhood hit a man they suspected of stealing motorbikes "
    "during the coronavirus lockdown.",
    # a wound told with its doers: traders are no market figure of speech here
    "On 12 March 2021, three reporters were injured by traders at the central market in Khulna for filming the "
    "traders who kept their shops open during the lockdown.",
    # villagers assaulting a shopkeeper over food
    "On 9 March 2021, villagers assaulted a grocer for selling short measures of rice in Sitapur during the "
    "lockdown.",
    # two unarmed groups fighting over food
    "On 2 March 2021, two groups of seasonal labourers clashed at the bus station in Gaya over the sharing of "
    "food parcels.",
])
def test_crowd_violence_against_people_is_coded(extract, text):
    events = _happened(extract(text, "2021-03-14"))
    assert [e.event_type for e in events] in (["Riots"], ["Violence against civilians"]), events


def test_a_passive_assault_by_traders_with_its_victims_lost_to_the_parse(extract):
    text = ("On 5 March 2021, in Puebla, Staff of the Municipal Office for Street Commerce and the Directorate of "
            "Markets were physically attacked by traders at a street market who had been told to close.")
    events = _happened(extract(text, "2021-03-14"))
    assert [e.event_type for e in events] == ["Riots"]


@pytest.mark.parametrize("text", [
    "The storm hit the coastal town of Puri on Monday.",
    "Thousands of shoppers hit the streets of Dhaka on Monday as the lockdown ended.",
    "The striker hit the post twice in the second half on Saturday.",
])
def test_hit_without_a_crowd_striking_a_person_is_no_attack(extract, text):
    assert _happened(extract(text, "2021-03-14")) == []


def test_an_attempted_killing_that_wounded_is_an_attack(extract):
    text = ("On 6 March 2021, unidentified gunmen attempted to assassinate a tribal elder in the qat market of "
            "Dar Saad, seriously injuring him.")
    events = _happened(extract(text, "2021-03-14"))
    assert len(events) == 1 and events[0].event_type == "Violence against civilians"


def test_an_attempted_lynching_that_burnt_a_house_is_mob_violence(extract):
    text = ("On 7 March 2021, dozens of youths tried to kill a murder suspect in Bugembe, torching his house, before "
            "police dispersed them.")
    events = _happened(extract(text, "2021-03-14"))
    assert [e.event_type for e in events] == ["Riots"]


def test_an_attempt_that_did_nothing_is_not_coded(extract):
    text = "On 7 March 2021, a man tried to stab a guard at the gate of the ministry in Dhaka."
    assert _happened(extract(text, "2021-03-14")) == []


def test_detained_fighters_who_riot_make_a_riot(extract):
    text = ("On 3 March 2021, Islamic State fighters held in the Ghweran prison in Hasakah rioted, tearing down "
            "several internal doors.")
    events = _happened(extract(text, "2021-03-14"))
    assert [e.event_type for e in events] == ["Riots"]


def test_the_crowds_own_violence_told_next_makes_the_protest_violent(extract):
    text = ("On 9 March 2021, inmates demonstrated at the central prison in Kenema after a guard tested positive for "
            "tuberculosis. The inmates set fire to two dormitories and fought with the guards.")
    events = _happened(extract(text, "2021-03-14"))
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_demonstrators_who_kill_a_suspect_turn_their_protest_violent(extract):
    text = ("On 10 March 2021, youths demonstrated in Kawangware over the killing of a shopkeeper. Demonstrators "
            "dragged one of the suspects from a house and beat him to death.")
    events = _happened(extract(text, "2021-03-14"))
    assert [e.event_type for e in events] == ["Riots"]


def test_violence_by_others_after_a_protest_stays_theirs(extract):
    text = ("On 10 March 2021, teachers marched in Nairobi over unpaid salaries. Gunmen later shot dead a "
            "shopkeeper in Kibera.")
    events = _happened(extract(text, "2021-03-14"))
    assert sorted(e.sub_event_type for e in events) == ["Attack", "Peaceful protest"]


def test_people_arrested_after_they_attacked_police_make_the_attack_the_event(extract):
    text = ("On 11 March 2021, in Barranquilla, 13 people were arrested after they attacked police officers with "
            "sticks and stones at a checkpoint.")
    events = _happened(extract(text, "2021-03-14"))
    assert [e.sub_event_type for e in events] == ["Mob violence"]
    assert events[0].actor2 is not None and events[0].actor2.type.code == 1


def test_an_arrest_for_a_deed_dated_apart_stays_an_arrest(extract):
    text = "On 11 March 2021, police in Quetta arrested five men for attacking a checkpoint in December 2019."
    events = _happened(extract(text, "2021-03-14"))
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_some_of_the_marchers_smashing_windows_turn_the_march_violent(extract):
    text = ("On 14 March 2021, hundreds of young men marched through the centre of Kano demanding the release of two "
            "detained preachers. Some of them smashed the windows of a bank and set fire to a car.")
    events = _happened(extract(text, "2021-03-15"))
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_the_police_who_told_of_a_killing_are_not_its_victims(extract):
    text = ("Amina Bello, a first-year student at the teachers' college, was beaten with sticks and stones and her "
            "body set on fire by a mob of classmates on Thursday, police said.")
    events = _happened(extract(text, "2021-03-15"))
    assert [e.event_type for e in events] == ["Violence against civilians"]
    assert events[0].actor2 is not None and events[0].actor2.type.code != 1
