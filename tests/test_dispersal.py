"""A crowd that disperses of itself met no intervention; one that police disperse did."""

from __future__ import annotations


def test_crowd_dispersing_of_itself_is_a_peaceful_protest(extract):
    text = ("ACCRA, Ghana (AP) — About 2,000 people rallied peacefully in Accra on Tuesday against the rising "
            "cost of living, and dispersed in the late afternoon.\n")
    events = extract(text, "2024-06-12")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_crowd_dispersed_by_police_is_an_intervention(extract):
    for text in (
        "ACCRA, Ghana (AP) — Police dispersed about 2,000 people who rallied in Accra on Tuesday against the rising cost of living.\n",
        "ACCRA, Ghana (AP) — About 2,000 people who rallied in Accra on Tuesday against the rising cost of living were dispersed by police.\n",
    ):
        events = extract(text, "2024-06-12")
        assert [e.sub_event_type for e in events] == ["Protest with intervention"], text


def test_police_hurt_after_a_riot_are_the_riots_casualties(extract):
    text = ("MUMBAI, India (Reuters) — Crowds threw stones at police and set vehicles on fire in the city of Nashik "
            "on Monday night. Twenty police officers were injured, and about 40 people were detained, police said.\n")
    events = extract(text, "2025-03-18")
    # one happening: the crowd's violence, with its injured (not a battle of its own)
    assert [e.event_type for e in events] == ["Riots"]
    assert events[0].injured.best == 20
