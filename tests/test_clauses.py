"""Two happenings told in separate clauses of one sentence give two events; one happening told
with two verbs stays one.  Sentences written for these tests."""

from __future__ import annotations

import pytest


def _types(events):
    return sorted(e.sub_event_type for e in events if not e.background)


def test_as_clause_with_its_own_strike_and_place_is_a_second_event(extract):
    text = ("Artillery shells killed three farmers in the village of Hulaipole on Wednesday, the regional "
            "governor said, as Ukraine said its drones had struck an oil refinery deep inside Russia.")
    events = extract(text, "2025-03-06")
    assert len(events) == 2
    countries = {e.location.iso3 for e in events if e.location}
    assert countries == {"UKR", "RUS"}


def test_coordinated_clauses_with_their_own_doers_give_two_events(extract):
    text = ("Police arrested the opposition leader Mamadou Keita at his home in Bamako on Monday, and his "
            "supporters responded by storming the ruling party's offices.")
    events = extract(text, "2024-03-05")
    assert len(events) == 2
    assert "Arrests" in _types(events)


def test_a_semicolon_joins_two_happenings_in_two_towns(extract):
    text = ("Jihadists attacked an army post in Boni on Saturday; meanwhile, gunmen abducted four traders "
            "near Mopti.")
    events = extract(text, "2023-07-03")
    assert _types(events) == ["Abduction/forced disappearance", "Armed clash"]


def test_an_after_clause_with_its_own_day_is_its_own_happening(extract):
    text = ("Crowds of students set fire to the ruling party's headquarters in Dhaka on Tuesday, a day "
            "after police opened fire on demonstrators, killing six people.")
    events = extract(text, "2024-07-17")
    assert len(events) == 2
    days = sorted(e.event_date.isoformat() for e in events if e.event_date)
    assert days == ["2024-07-15", "2024-07-16"]


@pytest.mark.parametrize("text", [
    # one attack told with two verbs sharing their doer
    "Gunmen stormed the village of Tungan Kudu on Sunday and killed 12 residents, police said.",
    # the outcome of the fighting
    "The clashes between the army and the rebels left five dead near Beni on Friday.",
    # one protest the police broke up
    "Protesters marched through the centre of Lima on Friday and were dispersed with tear gas.",
    "Protesters blocked the main road in Lima on Friday, and police fired tear gas at them.",
    # the other side of the same fight
    "Government troops attacked rebel positions near Goma on Monday, and the rebels fired back.",
    # a happening and its cause, with no day of its own
    "Police fired tear gas in Nairobi on Tuesday after protesters threw stones at them.",
    # the other side's claim about the same attack
    "Soldiers drove the insurgents away from the camp near Diffa on Sunday, while the insurgents claimed "
    "to have killed six soldiers in the attack.",
    # outcomes told with a borrowed auxiliary
    "Rebels clashed with soldiers near the village of Mbau on Friday, leaving two soldiers dead and "
    "three civilians wounded.",
])
def test_one_happening_told_with_two_verbs_stays_one_event(extract, text):
    assert len(extract(text, "2024-07-17")) == 1


def test_a_weapon_that_struck_something_is_a_strike(extract):
    events = extract("Ukrainian drones hit an oil refinery in the Saratov region overnight, the governor said.", "2025-11-09")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_a_crowd_storming_a_building_is_a_riot(extract):
    events = extract("Opposition supporters responded by storming the electoral commission's offices in Bamako.", "2024-03-05")
    assert [e.event_type for e in events] == ["Riots"]
