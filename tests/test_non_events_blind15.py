"""Stories with no event to code, of the kinds the session-12 blind batches tripped on: deaths and
arrests after a crush at a handout, a music contest told in battle words, a flower show's "riot of
colour", a marksman who "shot his way to gold", a missile fired into the sea, a battle re-enacted
and gun salutes at a coronation (sentences written for these tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # the dead and the hurt of a crush, told with two coordinated verbs
    "SANAA, Yemen (AFP) - Nine people were killed and about 40 injured in a crush at a food handout outside a mosque "
    "in Sanaa on Tuesday, health officials said.",
    # the organiser held over a lapse
    "TAIZ, Yemen (AFP) - Police in Taiz said they had detained a businessman and three aides for failing to tell the "
    "authorities about a cash handout at which 12 people were trampled to death.",
    # a music contest told in battle words
    "LILONGWE, Malawi (Nation) - A church choir from Mzuzu won the national choir battle on Sunday. The conductor "
    "said every choir brought its heavy artillery, and the orchestra and the trumpet players were loud. The musician "
    "who led the drummers said the saxophone section had more firepower than anyone else.",
    # a profusion, not a crowd
    "KIGALI, Rwanda (New Times) - Coffee growers turned the city's convention centre into a riot of colour on Friday "
    "as the country's first speciality coffee fair opened.",
    # a sport's name and a prize won
    "JAKARTA (Antara) - An Indonesian army sergeant shot his way to gold in the women's 10-metre air rifle on Monday, "
    "the country's second shooting title of the Games.",
    # a missile fired into the sea, with no vessel anywhere
    "SEOUL (Reuters) - North Korea fired a short-range ballistic missile into the sea off its west coast on Wednesday, "
    "South Korea's military said.",
    # a battle re-enacted, its cannons on show
    "AUSTERLITZ, Czech Republic (CTK) - Cannon thundered across the fields near Brno on Saturday as some 1,200 "
    "re-enactors in period uniform staged the Battle of Austerlitz. About 15 cannons took part, the organisers said.",
    # gun salutes for a coronation
    "LONDON (PA) - Guns fired a 41-gun salute in Hyde Park on Tuesday to mark the king's birthday, a ceremonial "
    "tradition dating back centuries.",
])
def test_stories_without_a_happening_to_code(extract, text):
    assert [(e.sub_event_type, e.background) for e in extract(text, "2024-06-15")] == []


def test_a_missile_fired_at_a_ship_that_fell_into_the_sea_is_still_an_attack(extract):
    text = "Houthi rebels fired two anti-ship missiles at a tanker in the Red Sea on Saturday, one of which fell into the sea."
    assert [e.event_type for e in extract(text, "2024-04-07")] == ["Explosions/Remote violence"]


def test_gunmen_at_a_shooting_range_are_still_an_attack(extract):
    text = "Gunmen opened fire at a shooting range in Kabul on Saturday, killing three people."
    assert [e.sub_event_type for e in extract(text, "2024-04-07")] == ["Attack"]


def test_activists_arrested_for_a_protest_are_still_arrested(extract):
    events = extract("Police arrested 12 opposition activists in Ibb on Saturday for organising an illegal protest.",
                     "2024-04-07")
    # (a lapse is no reason like organising a protest: the arrests stay coded, as arrests or as intervention)
    assert [e.event_type for e in events] in (["Protests"], ["Strategic developments"])


def test_an_attack_with_dead_and_hurt_is_kept(extract):
    text = "Eleven people were killed and about 30 injured in an attack by gunmen on a market in Ibb on Saturday."
    assert [e.sub_event_type for e in extract(text, "2024-04-07")] == ["Attack"]


@pytest.mark.parametrize("text", [
    # effigies burned at a festival, with nothing the crowd is against
    "VARANASI, India (PTI) - Huge crowds gathered on Saturday evening to watch effigies of the demon king burst into "
    "flames as the city celebrated the festival, and more effigies were set alight by the river.",
    # a feast's processions and vigil
    "LALIBELA, Ethiopia (AFP) - The festivities began on Saturday with processions carrying replicas of the Ark from "
    "the churches to the river, where the faithful kept vigil through the night with chants and drums.",
    # an animal darted and driven back
    "ARUSHA, Tanzania (AFP) - Rangers fired a tranquilliser dart at a leopard that had strayed into a school on "
    "Monday, and the animal was loaded into a crate and driven back to the park.",
])
def test_rites_and_animals_are_no_events(extract, text):
    assert extract(text, "2025-10-06") == []


def test_effigies_burned_against_a_law_are_a_protest(extract):
    events = extract("Farmers burned effigies of the prime minister in Amritsar on Monday against the new farm laws.",
                     "2025-10-03")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_worshippers_protesting_a_closure_are_a_protest(extract):
    text = ("Police fired tear gas at hundreds of worshippers protesting against the closure of the mosque in Nairobi "
            "on Friday.")
    assert [e.sub_event_type for e in extract(text, "2025-10-03")] == ["Protest with intervention"]
