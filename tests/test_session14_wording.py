"""Wording that hid or invented events in session 14's checks: a weather word in a unit's name, a
hyphen inside a listed phrase, an arms purchase signed as a "deal", a refusal to go to the picket
lines, a passive the parser reads as a complement, and a denial of arrests before the deed
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventlens.extract.lexicon import Lexicon


def _classes(nlp, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    return {(c.cls, c.phrase) for c in Lexicon.load().find(doc[:])}


def test_a_weather_word_in_a_units_or_operations_name_is_no_disaster(nlp):
    assert not any(cls == "disaster_context" for cls, _ in _classes(nlp, "A member of the Storm Corps was killed on Monday."))
    assert not any(cls == "disaster_context" for cls, _ in _classes(nlp, "Hamas called its raid Operation Al-Aqsa Flood."))
    # the weather itself, and a storm given a name, still are
    assert ("disaster_context", "storm") in _classes(nlp, "A storm killed five people in the north on Monday.")
    assert ("disaster_context", "Storm") in _classes(nlp, "Storm Daniel killed thousands in Derna.")


def test_a_hyphen_may_join_the_words_of_a_listed_phrase(nlp):
    assert ("crime_context", "money-laundering") in _classes(nlp, "The money-laundering ring was broken up.")
    assert ("ied_cue", "car-bomb") in _classes(nlp, "A car-bomb went off near the market.")


def test_killed_in_a_blast_beside_a_units_weather_name(extract):
    events = extract("A member of the Storm Brigade was killed in a limpet mine blast along the border in "
                     "Yanggang Province on Monday, local sources said.", "2024-06-15")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_an_arms_purchase_is_no_agreement(extract):
    assert extract("WARSAW (Reuters) - Poland signed a deal on Tuesday to buy 96 attack helicopters from the "
                   "United States for about $10 billion.", "2024-06-15") == []
    # a deal between the sides of a war is
    events = extract("JUBA (AFP) - The government and the rebels signed a peace deal on Tuesday in Juba, "
                     "mediators said.", "2024-06-15")
    assert [e.sub_event_type for e in events] == ["Agreement"]


def test_picket_lines_nobody_went_to_are_no_protest(extract):
    text = ("ANTOFAGASTA, Chile (Reuters) - Workers at the mine accepted the company's offer on Thursday. \"We did "
            "not want to go to the picket lines, but we were ready to,\" union leaders said.")
    assert extract(text, "2024-06-15") == []
    events = extract("ANTOFAGASTA, Chile (Reuters) - Hundreds of workers joined the picket lines outside the mine "
                     "on Thursday, union leaders said.", "2024-06-15")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_passive_read_as_a_complement_still_reports_the_deed(extract):
    events = extract("LUCKNOW, India (PTI) - A farmer says his daughter, 14, was gang-raped in a field near "
                     "the village on Monday, police said.", "2024-06-15")
    assert [(e.sub_event_type, e.background) for e in events] == [("Sexual violence", False)]


@pytest.mark.parametrize("text", [
    "PRETORIA (AFP) - No arrests have been made after about 20 foreign-owned shops were looted by a mob in "
    "Pretoria on Monday night, police said.",
])
def test_no_arrests_does_not_hide_the_deed_they_followed(extract, text):
    events = extract(text, "2024-06-15")
    assert events and all(e.sub_event_type != "Arrests" for e in events)


def test_protesters_breaking_into_a_building_riot(extract):
    events = extract("MAMELODI, South Africa (AFP) - A group of protesters tried to break into a shopping mall in "
                     "Mamelodi on Tuesday, police said.", "2024-06-15")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
