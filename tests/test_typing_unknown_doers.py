"""Doers the story cannot name ("unknown people") are no crowd: ACLED codes them as an unidentified
armed group, so their beating of civilians is an attack, not mob violence (sentences we wrote)."""

from __future__ import annotations

import pytest

from eventlens.evaluate.devscore import top_event as top


def subs(events):
    return [(e.sub_event_type, e.actor1 and e.actor1.name) for e in events]


@pytest.mark.parametrize("text", [
    "On 5 January 2022, supporters of the opposition party were assaulted by unknown people in Zomba.",
    "On 5 January 2022, two traders were beaten by unidentified people near the market in Zomba.",
])
def test_unknown_people_attack_civilians(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Attack", subs(extract(text))


def test_a_named_crowd_still_riots(extract):
    text = "On 5 January 2022, a group of villagers beat a suspected thief to death in Zomba."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Mob violence", subs(extract(text))
