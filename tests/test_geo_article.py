"""One article, one reading: names that recur, regions written as their towns, owner countries
(our sentences)."""

from __future__ import annotations

from eventlens.resolve.geo import locate_event


def _locate(gaz, text, trigger, country=None, drop=()):
    tops = [t for t in gaz.find_toponyms(text) if t.text not in drop]
    ev = text.index(trigger)
    return locate_event(text, ev, ev + len(trigger), tops, article_country=country, gazetteer=gaz)


def test_a_name_keeps_the_region_another_mention_gives_it(gaz):
    # the second "Vodyane" alone would read as a village far from Donetsk
    text = ("On 4 June 2021, mortar rounds fell near Vodyane, Donetsk. "
            "Monitors later counted twenty explosions near Vodyane.")
    loc = _locate(gaz, text, "counted", "UKR").location
    assert loc.iso3 == "UKR" and loc.admin1 == "Donetsk"
    assert loc.name == "Vodyane"


def test_a_town_named_like_its_region_places_an_unknown_village(gaz):
    text = "On 4 June 2021, artillery shelled Bara in the southern countryside of Idleb."
    loc = _locate(gaz, text, "shelled").location
    assert loc.iso3 == "SYR" and loc.admin1 == "Idlib" and loc.name == "Bara"


def test_an_owner_country_does_not_make_the_article_foreign(gaz):
    # "Turkish forces" says who shelled, not where: the Syrian names stay
    text = "On 4 June 2021, Turkish forces shelled Dardara in al-Hasakeh."
    tops = gaz.find_toponyms(text)
    assert any(t.text == "al-Hasakeh" and t.place.iso3 == "SYR" for t in tops)
    loc = _locate(gaz, text, "shelled").location
    assert loc.iso3 == "SYR" and loc.admin1 == "Al-Hasakah"


def test_a_transliteration_of_a_name_is_not_a_variant(gaz):
    text = "On 4 June 2021, Turkish forces shelled villages in Ar-Raqqa."
    assert any(t.text == "Ar-Raqqa" and t.place.iso3 == "SYR" for t in gaz.find_toponyms(text))


def test_an_owner_country_still_vouches_for_its_own_places(gaz):
    text = "On 4 June 2021, officials met in Tarinkot, Uruzgan, after an airstrike by US military forces."
    assert any(t.text == "Tarinkot" and t.place.iso3 == "AFG" for t in gaz.find_toponyms(text))


def test_a_list_of_provinces_is_not_an_unknown_place_and_its_region(gaz):
    text = "On 4 June 2021, police units raided hideouts in Zarwanak, Ghor, Laghman, and Balkh provinces."
    loc = _locate(gaz, text, "raided").location
    assert loc.name != "Zarwanak"


def test_initials_of_a_region_pick_the_country_of_a_shared_district_name(gaz):
    # Poonch is a district on both sides of the line of control: "J&K" is India's side even
    # in an article whose names lean to Pakistan
    text = "On 4 June 2021, troops of India and Pakistan traded fire at Tarkundi sector (Poonch district, J&K)."
    loc = _locate(gaz, text, "traded", "PAK").location
    assert loc.iso3 == "IND" and loc.admin1 == "Jammu and Kashmir"


def test_governorates_under_a_grouping_region_are_first_level(gaz):
    # Iraqi Kurdistan groups three governorates that GeoNames (and the news) treat as first-level
    town = next(p for p in gaz.lookup("Erbil", iso3="IRQ") if p.feature == "place")
    assert town.admin1 == "Erbil"
    assert any(p.feature == "admin1" for p in gaz.lookup("Sulaymaniyah", iso3="IRQ"))


def test_a_continent_is_no_event_place(gaz):
    # "Gbagbo's African Peoples' Party": a continent lies in no country, so the event falls back
    # to the places the article gives it, not to "Africa"
    text = ("ABIDJAN, Ivory Coast (AFP) — Police arrested two senior officials of Gbagbo's African "
            "Peoples' Party on 3 October, accusing them of calling for an insurrection.")
    located = _locate(gaz, text, "arrested", "CIV")
    assert located is not None and located.location.iso3 == "CIV"
