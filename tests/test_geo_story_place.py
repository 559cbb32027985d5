"""A country written as the owner of a place, and wire stories filed from the capital that go on
about a town elsewhere (texts written for these tests)."""

from __future__ import annotations

from eventlens.resolve.geo import locate_event


def test_possessive_country_gives_way_to_the_region_it_owns(gaz):
    # the country says whose state it is; "in" places the state, not the whole country
    text = "On 3 May 2025, an air strike hit a market in Nigeria's Zamfara state, killing nine traders."
    tops = gaz.find_toponyms(text)
    ev = text.index("hit")
    loc = locate_event(text, ev, ev + 3, tops, gazetteer=gaz).location
    assert loc.name == "Zamfara" and loc.iso3 == "NGA" and loc.geo_precision == 3


def test_story_filed_from_the_capital_stays_at_the_town_it_told_of(extract):
    text = ("MAPUTO, Mozambique (AFP) — Insurgents attacked the town of Mueda in northern Mozambique on "
            "Friday, burning dozens of homes, residents said.\n\n"
            "Soldiers later detained twelve suspected insurgents, a military source said on Saturday.\n")
    events = extract(text, "2024-06-10")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].location is not None and arrests[0].location.name == "Mueda"


def test_story_about_the_capital_itself_keeps_the_dateline(extract):
    text = ("MAPUTO, Mozambique (AFP) — Officials met in Beira last week to discuss the budget.\n\n"
            "Police fired tear gas at protesters on Monday, witnesses said.\n")
    events = extract(text, "2024-06-10")
    assert events and events[0].location is not None and events[0].location.name == "Maputo"


def test_district_outside_the_owned_region_is_still_found_in_the_country(gaz):
    # the gazetteer draws Nduga outside Papua (the province was split); the country that owns the
    # region still holds the district the next sentence names
    text = ("On 4 April 2024, gunmen in Indonesia's Papua province burned a school. "
            "The school stood in a village in Nduga district, police said.")
    tops = gaz.find_toponyms(text)
    ev = text.index("burned")
    loc = locate_event(text, ev, ev + 6, tops, gazetteer=gaz).location
    assert "Nduga" in loc.name and loc.iso3 == "IDN" and loc.geo_precision == 2



def test_the_same_area_is_the_town_told_of_not_where_the_wounded_went(gaz):
    text = ("Gunmen attacked a market in Kaya on Friday, officials said. The wounded were later "
            "transferred to Ouagadougou. In the same area, gunmen killed nine herders in March.")
    tops = gaz.find_toponyms(text)
    ev = text.index("killed")
    loc = locate_event(text, ev, ev + 6, tops, article_country="BFA", gazetteer=gaz)
    assert loc.method == "anaphor" and loc.location.name == "Kaya"


def test_the_area_referred_back_to_keeps_the_units_it_was_written_with(gaz):
    # "Adh Dhalah" alone reads as the town of Ad Dali governorate; its parenthesis put it in Shabwah
    text = ("On 2 June 2021, fighters shelled farms in Adh Dhalah area (As Said, Shabwah). "
            "Hours later they shot at a truck in the same area.")
    tops = gaz.find_toponyms(text)
    ev = text.index("shot at")
    loc = locate_event(text, ev, ev + 7, tops, article_country="YEM", gazetteer=gaz)
    assert loc.method == "anaphor" and loc.location.admin1 == "Shabwah"
