"""Whoever survives or escapes an attack is its target, never its doer (sentences we wrote)."""

from __future__ import annotations

import pytest

from eventlens.evaluate.devscore import top_event as top


@pytest.mark.parametrize("text", [
    "On 5 January 2022, in Tepic, Nayarit, a police officer from Xalisco was attacked. "
    "The officer survived the attack.",
    "On 5 January 2022, a soldier was shot near Gao. The soldier survived the attack and was taken to hospital.",
    "On 5 January 2022, a police commander narrowly escaped an ambush on the road to Kidal.",
])
def test_survivor_is_not_the_attacker(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.actor1 is not None
    assert ev.actor1.type is None or ev.actor1.type.code != 1, (ev.actor1, ev.actor2)
    assert ev.actor2 is not None and ev.actor2.type is not None and ev.actor2.type.code == 1, ev.actor2
