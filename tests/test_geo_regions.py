"""Regions against towns, the oceans, and the fallback of resolve_mentions (texts written for these
tests)."""

from __future__ import annotations

from spans import spans_of


def _resolve(gaz, text, *surfaces):
    return gaz.resolve_mentions(text, spans_of(text, *surfaces))


def test_bare_name_of_an_x_city_is_the_region(gaz):
    # Oklahoma City is "Oklahoma" only once "City" is dropped: the bare name is the state
    (t,) = _resolve(gaz, "Storms hit Oklahoma on Friday, the governor said.", "Oklahoma")
    assert t.place.feature == "admin1" and t.place.name == "Oklahoma"
    # ... unless the city is a metropolis of a million that goes by the short name
    (t,) = _resolve(gaz, "Protesters marched in New York on Friday.", "New York")
    assert t.place.feature == "place" and t.place.name == "New York City"


def test_country_alias_that_is_a_regions_own_name_means_the_region(gaz):
    text = "Settlers clashed with villagers in the West Bank on Friday."
    (t,) = gaz.find_toponyms(text)
    assert t.place.feature == "admin1" and t.place.name == "West Bank" and t.place.iso3 == "PSE"
    assert any(c.feature == "country" and c.iso3 == "PSE" for c in t.candidates[:3])


def test_oceans_are_places_without_a_country(gaz):
    text = "The storm crossed the Atlantic and reached Florida and Georgia, US forecasters said."
    atl = _resolve(gaz, text, "Atlantic", "Florida", "Georgia", "US")[0]
    assert atl.place.name == "Atlantic Ocean" and atl.place.iso3 is None  # not Atlantic County
    (t,) = gaz.find_toponyms("Ships were lost in the Indian Ocean.")
    assert t.text == "Indian Ocean" and t.place.iso3 is None  # not India


def test_oceans_carry_their_geonames_ids_and_points(gaz):
    text = "One tanker sank in the Atlantic, and a second was adrift in the Indian Ocean off Kenya."
    atl, ind = _resolve(gaz, text, "Atlantic", "Indian Ocean")
    assert atl.place.geonames_id == 3373405 and (atl.place.latitude, atl.place.longitude) == (10.0, -25.0)
    assert ind.place.geonames_id == 1545739 and ind.place.iso3 is None


def test_fallback_takes_the_town_the_articles_places_gather_around(gaz):
    # a street the gazetteer lacks, in a story whose towns lie around Dearborn: the town, not the
    # middle of Michigan
    text = ("Fire crews from Detroit and Dearborn Heights were called to Zorblatt Street in Dearborn "
            "late on Sunday. A man from Flint was treated for burns.")
    res = _resolve(gaz, text, "Detroit", "Dearborn Heights", "Zorblatt Street", "Dearborn", "Flint")
    fb = res[2]
    assert fb.kind == "fallback" and fb.place.feature == "place" and fb.place.admin1 == "Michigan"
    assert fb.place.name in ("Detroit", "Dearborn", "Dearborn Heights")


def test_small_place_abroad_without_support_falls_back(gaz):
    # "Middle East" is only a hamlet in Maryland: in an article on Syria nothing vouches for it
    text = "Shelling hit Aleppo and Idlib again, and Homs was quiet. Analysts said the Middle East could see a wider war."
    res = _resolve(gaz, text, "Aleppo", "Idlib", "Homs", "Middle East")
    assert res[3].kind == "fallback" and res[3].place.iso3 == "SYR"
    # a place the text vouches for ("in X") stays
    text2 = text.replace("Analysts said the Middle East", "Analysts in Middle East")
    res2 = _resolve(gaz, text2, "Aleppo", "Idlib", "Homs", "Middle East")
    assert res2[3].kind == "place" and res2[3].place.iso3 == "USA"


def test_in_the_x_does_not_vouch_for_a_town_abroad(gaz):
    # "in the X" is said of regions and seas: the Maryland hamlet called Middle East still lacks
    # support in an article on Syria
    text = "Rockets struck Aleppo and Idlib, and Homs was shelled. Diplomats in the Middle East urged calm."
    res = _resolve(gaz, text, "Aleppo", "Idlib", "Homs", "Middle East")
    assert res[3].kind == "fallback" and res[3].place.iso3 == "SYR"


def test_fallback_takes_the_region_the_articles_places_gather_in(gaz):
    # (three towns of Basra province, each over 50 km from the others: no town they gather around)
    text = "Fishermen from Qurna and Umm Qasr met in Basra, near the Zorblatt marshes, with Iraq's oil minister."
    # (marshes are an area: not put at the town named nearest, see _wide_name)
    res = _resolve(gaz, text, "Qurna", "Umm Qasr", "Basra", "Zorblatt marshes", "Iraq")
    fb = res[3]
    assert fb.kind == "fallback" and fb.place.feature == "admin1" and fb.place.admin1 == "Basra"
    # a word for a people names the country, not the region
    text2 = text.replace("near the Zorblatt marshes", "with Zorblattish elders")
    res2 = _resolve(gaz, text2, "Qurna", "Umm Qasr", "Basra", "Zorblattish", "Iraq")
    assert res2[3].kind == "fallback" and res2[3].place.feature == "country" and res2[3].place.iso3 == "IRQ"
