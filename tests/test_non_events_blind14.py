"""Stories with no event to code, of the kinds the session-11 blind batches tripped on, and the
protest typing they showed: an accident told as a killing, yearly tolls in a report, a party walking
out of coalition talks, a street blocked by parked trucks, missiles delivered, harm deplored in a
statement, a drone that "struck" a village (no labour strike), and injuries from tear gas (sentences
written for these tests)."""

from __future__ import annotations

import pytest


def _coded(events):
    return [(e.sub_event_type, e.background) for e in events]


@pytest.mark.parametrize("text", [
    # an accident named as the cause of death, with a police officer among the dead
    "At least nine people, including a police officer, were killed in a crush at a gospel concert at the national "
    "stadium in Lusaka on Saturday night, the home affairs minister said.",
    # a boat that capsized, the killing told as its outcome
    "KALEMIE, Democratic Republic of Congo (Reuters) - An overloaded passenger boat capsized on Lake Tanganyika on "
    "Monday just metres from the port of Kalemie, killing at least 19 people, and dozens more were missing, the "
    "provincial governor said.",
    # a yearly toll and a kind of harm deplored in a council statement
    "NEW YORK (Reuters) - The Security Council expressed grave concern on Monday about gang violence and sexual abuse "
    "in Haiti. It came after a briefing by the U.N. envoy, who told the council that more than 4,100 people were "
    "killed in gang-related violence in Haiti in 2024.",
    # a walkout from coalition talks
    "BRUSSELS (Reuters) - Talks to form a new Belgian government broke down on Monday after the centrist Les Engages "
    "party walked out, citing concerns about pensions, its leader told reporters.",
    # a street blocked by parked lorries
    "ALEPPO, Syria (Reuters) - A fire gutted a textile workshop in Aleppo on Sunday night, colleagues said. It took "
    "firefighters several hours to put it out because the narrow streets around the building were blocked by parked "
    "trucks.",
    # fighting as a lasting condition in a famine report
    "PORT SUDAN (Reuters) - Famine has spread to five areas of Sudan, a global hunger monitor said on Tuesday. Its "
    "report confirmed famine conditions in the Kalma camp near Nyala and in the western Nuba Mountains, where it said "
    "fighting and blocked roads had cut people off from markets and aid for months.",
    # weapons delivered
    "JAKARTA (Reuters) - Indonesia took delivery on Monday of the first batteries of supersonic cruise missiles it "
    "bought from India, the defence ministry said.",
])
def test_stories_without_a_happening_to_code(extract, text):
    assert _coded(extract(text, "2024-06-15")) == []


def test_a_boat_sunk_by_rebels_is_still_an_attack(extract):
    events = extract("Rebels sank a passenger boat on Lake Kivu on Friday, killing 12 people, officials said.",
                     "2024-06-15")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_killing_count_in_the_thousands_on_a_named_day_is_kept(extract):
    # a day named: one happening, however large
    events = extract("Russian forces killed more than 1,000 defenders in Mariupol on "
                     "Tuesday, Ukrainian officials said.", "2022-04-20")
    assert events and events[0].event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")


def test_mass_arrests_in_the_thousands_stay_arrests(extract):
    events = extract("Police have arrested more than 2,500 opposition activists in the district this week, the "
                     "party said on Friday.", "2024-06-15")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_a_drone_that_struck_a_village_is_no_labour_strike(extract):
    text = ("The army said the drone had been on a mission against militants and had struck the village of Kurmin "
            "Dangana in Kaduna state on Sunday by mistake, killing 30 people.")
    subs = [e.sub_event_type for e in extract(text, "2023-12-05")]
    assert "Peaceful protest" not in subs and subs == ["Air/drone strike"]


def test_injuries_from_tear_gas_are_intervention_not_excessive_force(extract):
    text = ("Police fired tear gas at hundreds of supporters who gathered outside the police station in Arusha on "
            "Wednesday to demand the opposition leader's release, and several people were hurt, witnesses said.")
    assert [e.sub_event_type for e in extract(text, "2025-04-10")] == ["Protest with intervention"]


def test_live_bullets_at_a_protest_are_excessive_force(extract):
    text = ("Five protesters were injured on Friday after security forces dispersed a sit-in in Basra using live "
            "bullets, a medical source said.")
    assert [e.sub_event_type for e in extract(text, "2020-02-08")] == ["Excessive force against protesters"]


def test_a_distance_from_a_town_places_the_event_near_it(extract):
    # README convention: "X km from Y" is geo precision 2 at Y, like "near Y"
    events = extract("OUAGADOUGOU, Burkina Faso (AFP) — Gunmen attacked a village about 20 km from the town of Dori "
                     "on Friday, killing 11 people, security sources said.", "2021-06-06")
    assert [(e.location.name, e.location.geo_precision) for e in events] == [("Dori", 2)]


def test_attackers_storming_a_village_to_kill_make_an_attack_not_a_riot(extract):
    text = ("OUAGADOUGOU, Burkina Faso (AFP) — The attackers stormed a village about 20 km from Dori overnight on "
            "Friday, killing 30 people, local sources said.")
    assert [e.sub_event_type for e in extract(text, "2021-06-06")] == ["Attack"]


def test_a_mob_storming_a_village_to_kill_is_still_mob_violence(extract):
    text = "A mob stormed a village near Dori on Friday, killing three men accused of witchcraft, police said."
    assert [e.sub_event_type for e in extract(text, "2021-06-06")] == ["Mob violence"]


@pytest.mark.parametrize("text", [
    # weapons fired in a drill the sentence names
    "ADAZI, Latvia (Reuters) - Hundreds of Latvian and Canadian soldiers fired tanks, mortars and anti-tank missiles "
    "on Tuesday in a live-fire exercise at the Adazi training area, part of NATO's spring drills in the Baltic region. "
    "Leopard tanks and self-propelled howitzers pounded targets on the heath as infantry advanced under smoke, in a "
    "scenario that officers said simulated a counter-attack.",
    # captives held, whose release is negotiated
    "DOHA (Reuters) - Qatar's prime minister said on Sunday that negotiations over the release of hostages held in "
    "Gaza were making progress but gave no details, speaking at a security forum in Doha.",
    # what a unit does, said of it
    "KHARKIV, Ukraine (Reuters) - The Danish defence minister visited Kharkiv on Thursday, meeting the regional "
    "governor and soldiers from a brigade fighting in the region, and toured a school that now teaches in a metro "
    "station.",
])
def test_drills_captives_held_and_units_described_are_no_happenings(extract, text):
    assert _coded(extract(text, "2024-05-16")) == []


def test_a_weapon_that_names_a_kind_of_unit_is_not_fired(nlp):
    from eventlens.extract.mentions import _names_a_kind

    doc = nlp("State television broadcast footage of missile units on high alert.")
    assert _names_a_kind(next(t for t in doc if t.lower_ == "missile"))
    doc = nlp("A missile hit the depot.")
    assert not _names_a_kind(next(t for t in doc if t.lower_ == "missile"))
