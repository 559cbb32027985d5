"""CASE 2021 task 2 kinds on sentences we wrote: a killing told in an outcome clause of an attack
someone denies is as denied as the attack, and protesters killed at a demonstration with no doer
named anywhere are the force that policed it (ACLED: excessive force against protesters)."""

from __future__ import annotations

import pytest

from eventlens.evaluate.devscore import top_event as top


@pytest.mark.parametrize("text", [
    "The rebel spokesman denied his movement was behind the ambush, killing nine soldiers and wounding four.",
    "The ministry rejected allegations that its jets were responsible for a strike on a market near Idlib "
    "which left 20 people dead.",
])
def test_outcome_of_a_denied_attack_is_no_event(extract, text):
    assert top(extract(text)) is None, [(e.sub_event_type, e.confidence) for e in extract(text)]


@pytest.mark.parametrize("text,sub", [
    ("Two demonstrators were shot dead during a march against the election results in the capital.",
     "Excessive force against protesters"),
    ("Four protesters died from gunshot wounds during a rally outside the governor's office, a hospital "
     "official said.", "Excessive force against protesters"),
    # a doer named keeps the attack
    ("Two demonstrators were shot dead by unidentified gunmen during a march in the capital.", "Attack"),
    # an ambush told without a denial still kills
    ("Rebels ambushed an army convoy near Kandar, killing nine soldiers, the ministry said.", "Armed clash"),
])
def test_protest_deaths_and_undenied_attacks(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, [(e.sub_event_type, e.confidence) for e in extract(text)]
