"""Given spans the gazetteer cannot place, or reads as a namesake abroad: the place the text puts
them in, the town named nearest, the country the name is built on, letters for a region
(texts written for these tests)."""

from __future__ import annotations

from spans import spans_of


def _resolve(gaz, text, *names):
    return gaz.resolve_mentions(text, spans_of(text, *names))


def test_building_takes_the_place_named_right_after_it(gaz):
    text = ("Delegates met at the Zorblatt Palace in Geneva on Monday; aides stayed behind in Paris "
            "and Lyon.")
    res = _resolve(gaz, text, "Zorblatt Palace", "Geneva", "Paris", "Lyon")
    assert res[0].kind == "fallback" and res[0].place.name == "Geneva" and res[0].place.iso3 == "CHE"


def test_unknown_spot_takes_the_town_named_nearest(gaz):
    # Denver, Boston and Chicago gather in no town or state: the stadium is put in the town named
    # beside it, not in the middle of the country
    text = ("The mayor of Denver spoke at Quorvale Stadium on Sunday. Weeks later, officials in Boston "
            "and in Chicago announced similar plans.")
    res = _resolve(gaz, text, "Denver", "Quorvale Stadium", "Boston", "Chicago")
    assert res[1].kind == "fallback" and res[1].place.name == "Denver"


def test_wide_unknown_name_keeps_the_country(gaz):
    # a sea, a coast or a people is not put in the nearest town
    text = "Officials in Denver said the Quorvale Basin, far from Boston and Chicago, was dry."
    res = _resolve(gaz, text, "Denver", "Quorvale Basin", "Boston", "Chicago")
    assert res[1].kind == "fallback" and res[1].place.feature == "country" and res[1].place.iso3 == "USA"
    assert res[1].place.geonames_id == gaz.country_place("USA").geonames_id  # the country's own id


def test_unknown_name_built_on_a_country_name(gaz):
    text = "Speakers in Moscow and Kazan compared the new rules with those of Nazi Germany."
    res = _resolve(gaz, text, "Moscow", "Kazan", "Nazi Germany")
    assert res[2].kind == "fallback" and res[2].place.iso3 == "DEU" and res[2].place.feature == "country"


def test_institution_named_after_a_place_abroad_is_not_there(gaz):
    # "St. Thomas" inside the university's name reads as a parish in Jamaica; the article is
    # about Texas, and the text says where the university is
    text = "She studied at the University of St. Thomas in Houston before working in Dallas and Austin."
    res = _resolve(gaz, text, "University of St. Thomas", "Houston", "Dallas", "Austin")
    assert res[0].place.iso3 == "USA" and res[0].place.name == "Houston"


def test_letters_for_the_articles_country(gaz):
    text = ("Platinum output in SA fell again, South African officials said, as miners in Rustenburg "
            "and Johannesburg went on strike.")
    res = _resolve(gaz, text, "SA", "South African", "Rustenburg", "Johannesburg")
    assert res[0].place.iso3 == "ZAF" and res[0].place.feature == "country"


def test_side_of_a_country_is_not_a_region_abroad(gaz):
    # "West Coast" is an alternate name of Western Australia; in a story about American cities it
    # is the American coast, which the gazetteer lacks: the country stands in
    text = "After stops in New York, Boston and Chicago, the prince spent a week on the West Coast."
    res = _resolve(gaz, text, "New York", "Boston", "Chicago", "West Coast")
    assert res[3].place.iso3 == "USA"


def test_institution_named_after_a_far_small_town_is_not_there(gaz, monkeypatch):
    # "Cornell" inside the name reads as a village in Wisconsin, far from every other place of the
    # article: the institution stands where the article's places are
    import eventlens.resolve.geo.gazetteer as gz

    text = "Researchers at Cornell University said fishermen in Seattle and Tacoma saw fewer salmon."
    names = ("Cornell University", "Seattle", "Tacoma")
    res = _resolve(gaz, text, *names)
    assert res[0].kind == "fallback" and res[0].place.admin1 == "Washington"
    monkeypatch.setattr(gz, "INNER_TOWN_POP", 0)
    assert _resolve(gaz, text, *names)[0].place.admin1 != "Washington"


def test_region_known_only_in_parts_named_by_sides(gaz):
    # the gazetteer has North, South, West, Central and East Darfur, not Darfur: the middle of
    # the parts, in Sudan, far west of the capital the article also names
    from eventlens.geodesy import haversine_km

    text = "Aid convoys reached Darfur on Monday after officials in Khartoum and Omdurman approved them."
    res = _resolve(gaz, text, "Darfur", "Khartoum", "Omdurman")
    t, khartoum = res[0], res[1].place
    assert t.kind == "fallback" and t.place.iso3 == "SDN" and t.place.name == "Darfur"
    assert haversine_km(t.place.latitude, t.place.longitude, khartoum.latitude, khartoum.longitude) > 500
