"""Property destroyed with a remote weapon is coded by the weapon (ACLED codebook: looting/property
destruction only when no other type fits), while a weapon that is itself destroyed stays the target
(sentences written for these tests)."""

from __future__ import annotations

import pytest


def _subtypes(events):
    return [e.sub_event_type for e in events if not e.background]


@pytest.mark.parametrize("text, expected", [
    ("On 2 March 2021, army units shelled and destroyed a mosque and a school in Chahar Bolak district.",
     "Shelling/artillery/missile attack"),
    ("On 2 March 2021, airstrikes by the air force hit residential areas and destroyed five houses in Namak Ab "
     "district.", "Air/drone strike"),
])
def test_property_destroyed_by_a_remote_weapon_is_the_weapons_event(extract, text, expected):
    assert _subtypes(extract(text, "2021-03-05")) == [expected]


def test_a_drone_destroyed_in_flight_is_no_air_strike(extract):
    text = "On 2 March 2021, air defence units intercepted and destroyed two drones over Kherson."
    assert _subtypes(extract(text, "2021-03-05")) == ["Disrupted weapons use"]


def test_shops_destroyed_by_a_crowd_stay_the_crowds_doing(extract):
    text = "On 2 March 2021, a crowd of villagers destroyed three shops owned by a trader in Kaliganj."
    assert _subtypes(extract(text, "2021-03-05")) == ["Mob violence"]
