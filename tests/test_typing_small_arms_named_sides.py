"""Shelling told with small arms fire, and fights between sides the dictionary names as armed
(sentences written for these tests; the ACLED codebook codes both as armed clashes)."""

from __future__ import annotations

import pytest


def _happened(events):
    return [e for e in events if not e.background]


@pytest.mark.parametrize("text", [
    "On 14 June 2021, separatist forces fired 82mm mortars at army positions near Marinka, Donetsk. "
    "Monitors recorded 12 shots involving small arms near Marinka.",
    "On 14 June 2021, the rebel forces fired 120mm mortars at the government positions near Avdiivka, Donetsk. "
    "The monitoring mission counted 30 explosions and shots involving small arms near Avdiivka.",
])
def test_shelling_with_small_arms_fire_told_after_it_is_one_armed_clash(extract, text):
    events = _happened(extract(text, "2021-06-20"))
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")], events


def test_shelling_with_no_small_arms_named_stays_shelling(extract):
    text = ("On 14 June 2021, separatist forces fired 82mm mortars at army positions near Marinka, Donetsk. "
            "Monitors recorded 12 explosions near Marinka.")
    events = _happened(extract(text, "2021-06-20"))
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"], events


def test_groups_that_resolve_to_armed_actors_fight_a_battle(extract):
    # "groups" reads as plain people, but both sides are forces the dictionary names
    text = "On 3 June 2021, pro-Houthi groups clashed with the National Resistance forces near Al Khawkhah, Al Hudaydah."
    events = _happened(extract(text, "2021-06-20"))
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Battles", "Armed clash")], events


def test_party_supporters_fighting_each_other_stay_a_mob(extract):
    text = "On 3 June 2021, supporters of the ruling party clashed with opposition supporters in Lilongwe."
    events = _happened(extract(text, "2021-06-20"))
    assert [e.sub_event_type for e in events] == ["Mob violence"], events


def test_fire_told_without_a_gun_named_leaves_the_shelling_apart(extract):
    # "opening fire" names no gun: it does not make the shelling of the town part of the fight
    text = ("On 14 June 2021, border guards of the two countries fought near Isfana. Kyrgyz officials said Tajik "
            "forces had shelled the outskirts of Isfana, wounding three civilians. Each side accused the other "
            "of opening fire first.")
    events = _happened(extract(text, "2021-06-20"))
    assert "Shelling/artillery/missile attack" in [e.sub_event_type for e in events], events
