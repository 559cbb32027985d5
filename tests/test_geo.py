"""Gazetteer, toponym recognition/resolution and event geolocation (texts written for these tests)."""

from __future__ import annotations

import math

import pytest

from eventlens.resolve.geo import Gazetteer, locate_event, offset_point
from eventlens.resolve.geo.normalize import norm, skeleton


def _km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def _found(tops, surface):
    hits = [t for t in tops if t.text == surface]
    assert hits, f"{surface!r} not found in {[t.text for t in tops]}"
    return hits[0]


def test_normalisation_variants():
    assert norm("Al-Kūt") == "al kut"
    assert skeleton("Nasiriyah") == skeleton("Nassiriya") == skeleton("Nasiriya")
    assert skeleton("Basrah") == skeleton("Basra")
    assert skeleton("Mosoul") == skeleton("Mosul")
    assert norm("Ta'izz") == "taizz"
    assert norm("Москва") is None


def test_load_is_cached_and_the_index_reads_back(gaz):
    # (load time is measured by bench/gazetteer.py, not asserted here)
    again = Gazetteer.load()
    assert again is gaz
    from eventlens.resolve.geo.store import read_index

    arrays, meta = read_index(gaz.path)
    fresh = Gazetteer(arrays, meta, gaz.path)
    assert len(fresh) == len(gaz) and fresh.lookup("Kut")[0].geonames_id == gaz.lookup("Kut")[0].geonames_id


@pytest.mark.parametrize("name", ["Kut", "Al-Kut", "Al Kut", "al-Kut"])
def test_kut_variants(gaz, name):
    p = gaz.lookup(name)[0]
    assert norm(p.name) == "al kut"
    assert p.admin1 == "Wasit" and p.country == "Iraq" and p.iso3 == "IRQ"
    assert p.feature == "place"


def test_transliterations(gaz):
    for name in ("Nassiriya", "Nasiriya", "Nasiriyah", "An Nasiriyah"):
        p = gaz.lookup(name, iso3="IRQ")[0]
        assert p.geonames_id == 98854, name


def test_country_for_demonyms(gaz):
    assert gaz.country_for("Iraqi") == "IRQ"
    assert gaz.country_for("Iraq") == "IRQ"
    assert gaz.country_for("Syrian") == "SYR"
    assert gaz.country_for("Afghan") == "AFG"
    assert gaz.country_for("Afghans") == "AFG"
    assert gaz.country_for("the United States") == "USA"
    assert gaz.country_for("U.S.") == "USA"
    assert gaz.country_for("Blah") is None


def test_find_toponyms_in_article(gaz):
    text = (
        "KUT, Iraq — Gunmen shot dead two protesters in Kut on Saturday, and the Iraqi army "
        "sent troops from Al-Kut to Nassiriya, officials said."
    )
    tops = gaz.find_toponyms(text)
    kut = _found(tops, "Kut")
    assert norm(kut.place.name) == "al kut" and kut.place.admin1 == "Wasit"
    assert text[kut.start : kut.end] == "Kut"
    assert _found(tops, "Al-Kut").place.geonames_id == kut.place.geonames_id
    assert _found(tops, "Nassiriya").place.geonames_id == 98854
    iraqi = _found(tops, "Iraqi")
    assert iraqi.kind == "demonym" and iraqi.place.iso3 == "IRQ"
    assert _found(tops, "KUT").place.geonames_id == kut.place.geonames_id


def test_common_words_are_not_places(gaz):
    text = (
        "Police said the Best way to stop the violence was dialogue. Of the 40 people detained, "
        "most were released in May. Mobile phones were seized. Says who? Officials met on Monday."
    )
    tops = gaz.find_toponyms(text)
    assert [t.text for t in tops] == []


def test_person_with_place_name(gaz):
    text = "Coach Jordan Henderson praised the team, while President Chad Miller stayed home."
    assert gaz.find_toponyms(text) == []
    # the NER label saying PERSON does not overrule a well-known place
    text2 = "Protesters gathered in Kut on Friday."
    s = text2.index("Kut")
    tops = gaz.find_toponyms(text2, entity_spans=[(s, s + 3, "PERSON")])
    assert tops and norm(tops[0].place.name) == "al kut"


def test_context_picks_the_country(gaz):
    tops = gaz.find_toponyms("Troops were deployed in Georgia after clashes near Tbilisi.")
    assert _found(tops, "Georgia").place.feature == "country"
    tops = gaz.find_toponyms("A storm hit Atlanta, Georgia, and Savannah on Monday.")
    g = _found(tops, "Georgia").place
    assert g.feature == "admin1" and g.iso3 == "USA"


def test_context_iso3_argument(gaz):
    tops = gaz.find_toponyms("Clashes were reported in Alexandria.", context_iso3="USA")
    assert tops[0].place.iso3 == "USA"
    tops = gaz.find_toponyms("Clashes were reported in Alexandria.")
    assert tops[0].place.iso3 == "EGY"


def test_offset_point():
    lat, lon = offset_point(33.0, 44.0, 10.0, "southeast")
    assert lat < 33.0 and lon > 44.0
    assert abs(_km(33.0, 44.0, lat, lon) - 10.0) < 0.05


def test_locate_offset_southeast_of_baghdad(gaz):
    text = "A roadside bomb exploded 10 km southeast of Baghdad on Sunday, killing three soldiers."
    tops = gaz.find_toponyms(text)
    ev = text.index("exploded")
    loc = locate_event(text, ev, ev + len("exploded"), tops)
    assert loc is not None and loc.method == "offset"
    assert loc.location.geo_precision == 2
    assert loc.location.name == "Baghdad" and loc.location.iso3 == "IRQ"
    b = gaz.lookup("Baghdad")[0]
    assert abs(_km(b.latitude, b.longitude, loc.location.latitude, loc.location.longitude) - 10) < 0.5
    assert loc.location.latitude < b.latitude and loc.location.longitude > b.longitude
    assert loc.text.startswith("10 km southeast of Baghdad")


def test_locate_region_only(gaz):
    text = "Gunmen attacked a checkpoint in Anbar province on Tuesday, a security source said."
    tops = gaz.find_toponyms(text)
    ev = text.index("attacked")
    loc = locate_event(text, ev, ev + 8, tops)
    assert loc.location.geo_precision == 3
    assert norm(loc.location.admin1).replace("-", " ") == "al anbar" and loc.location.iso3 == "IRQ"
    assert "Anbar" in loc.text


def test_locate_prefers_in_town_over_other_places(gaz):
    text = (
        "Officials in Baghdad said on Monday that gunmen killed two protesters in Nasiriyah, "
        "the capital of Dhi Qar province."
    )
    tops = gaz.find_toponyms(text)
    ev = text.index("killed")
    loc = locate_event(text, ev, ev + 6, tops)
    assert loc.location.geonames_id == 98854 and loc.location.geo_precision == 1


def test_locate_dateline_fallback(gaz):
    text = "KUT, Iraq — Police arrested five men on Saturday.\n\nThe men were released later."
    tops = gaz.find_toponyms(text)
    dateline = tops[0]
    assert dateline.text == "KUT"
    ev = text.index("released")
    loc = locate_event(text, ev, ev + 8, tops, dateline_place=dateline)
    assert loc.method == "dateline" and norm(loc.location.name) == "al kut"
    # a dateline given as a string, and the article country as the last resort
    loc = locate_event("The men were released.", 13, 21, [], dateline_place="Kut, Iraq")
    assert norm(loc.location.name) == "al kut"
    loc = locate_event("The men were released.", 13, 21, [], article_country="Iraq")
    assert loc.location.iso3 == "IRQ" and loc.location.geo_precision == 3 and loc.method == "country"
    assert locate_event("The men were released.", 13, 21, []) is None


def test_location_of(gaz):
    p = gaz.lookup("Kut")[0]
    loc = gaz.location_of(p, 1)
    assert loc.admin1 == "Wasit" and loc.country == "Iraq" and loc.iso3 == "IRQ"
    assert loc.geonames_id == 99131 and loc.geo_precision == 1
    assert abs(loc.latitude - 32.51) < 0.05
