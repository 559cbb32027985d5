"""Resolution of given spans: the article-country fallback, country aliases that name a city,
abbreviations, regions the article names (texts written for these tests)."""

from __future__ import annotations

from spans import spans_of

from eventlens.resolve.geo.gazetteer import _is_abbreviation


def test_unknown_span_falls_back_to_the_articles_country(gaz):
    text = ("Clashes near Zorblatt Creek left two dead, officials in Basra said. Police in Basra and "
            "Nasiriyah blamed a tribal dispute in southern Iraq.")
    spans = spans_of(text, "Zorblatt Creek", "Basra", "Basra", "Nasiriyah", "Iraq")
    res = gaz.resolve_mentions(text, spans)
    fb = res[0]
    assert fb is not None and fb.kind == "fallback"
    # (in the article's country: at the town named nearest to it, see test_geo_fallback_local)
    assert fb.place.iso3 == "IRQ" and fb.place.name == "Basrah"
    assert (fb.start, fb.end, fb.text) == (spans[0][0], spans[0][1], "Zorblatt Creek")
    assert all(t.kind != "fallback" for t in res[1:])
    # off: the span stays unresolved
    assert gaz.resolve_mentions(text, spans, fallback=False)[0] is None


def test_fallback_needs_a_country_from_the_article_or_the_caller(gaz):
    text = "They met at Zorblatt Creek."
    spans = spans_of(text, "Zorblatt Creek")
    assert gaz.resolve_mentions(text, spans) == [None]
    t = gaz.resolve_mentions(text, spans, context_iso3="KEN")[0]
    assert t.kind == "fallback" and t.place.iso3 == "KEN"


def test_fallback_takes_the_country_most_names_lie_in(gaz):
    text = "From Kirkuk to Mosul and Erbil, and on to Zorblatt Creek, the convoy left Damascus behind."
    res = gaz.resolve_mentions(text, spans_of(text, "Kirkuk", "Mosul", "Erbil", "Zorblatt Creek", "Damascus"))
    assert res[3].kind == "fallback" and res[3].place.iso3 == "IRQ"


def test_country_alias_that_is_a_citys_own_name_means_the_city(gaz):
    # a curated alias of a country ("Gaza" for Palestine) that is also the own name of a large
    # city of that country reads as the city; the country stays the runner-up
    text = "Air strikes hit Gaza overnight, health officials said."
    (t,) = gaz.find_toponyms(text)
    assert t.text == "Gaza" and t.place.feature == "place" and t.place.iso3 == "PSE"
    assert any(c.feature == "country" and c.iso3 == "PSE" for c in t.candidates[:3])


def test_abbreviation_is_not_a_town_spelt_alike(gaz):
    assert _is_abbreviation("EU") and _is_abbreviation("U.S.") and not _is_abbreviation("Eu")
    assert not _is_abbreviation("NATO") and not _is_abbreviation("A")
    text = "Ministers from France and Spain met in Brussels, where EU officials backed the plan."
    (t,) = gaz.resolve_mentions(text, spans_of(text, "EU"))
    assert t.place.iso3 is None and t.place.name == "Europe"  # not Eu, Normandy
    # written as a name, the town keeps its full score (the penalty is the abbreviation's)
    text2 = text.replace("EU", "Eu")
    (t2,) = gaz.resolve_mentions(text2, spans_of(text2, "Eu"))
    assert t2.score < t.score - 1.5


def test_region_the_article_names_holds_its_homonyms(gaz, monkeypatch):
    # Boone County and Clinton exist in many states; the state the article names outright wins
    # over states that only the other names' possible readings offer
    import eventlens.resolve.geo.gazetteer as gz

    text = ("Boone County officials said the new jail will open in May. Sheriffs from Montgomery "
            "County, Clinton and Hamilton toured it. Indiana law requires the county to staff it; "
            "Indiana officials agreed.")
    spans = spans_of(text, "Boone County", "Montgomery County", "Clinton", "Hamilton", "Indiana", "Indiana")
    res = gaz.resolve_mentions(text, spans)
    assert res[0].place.admin1 == "Indiana" and res[2].place.admin1 == "Indiana"
    monkeypatch.setattr(gz, "NAMED_REGION_BONUS", 0.0)
    assert gaz.resolve_mentions(text, spans)[0].place.admin1 != "Indiana"


def test_state_named_after_its_capital_with_the_word_state(gaz):
    text = "Gunmen attacked a village in Sokoto State on Sunday."
    (t,) = gaz.resolve_mentions(text, spans_of(text, "Sokoto State"))
    assert t.place.feature == "admin1" and t.place.iso3 == "NGA"


def test_letters_may_name_a_city_of_a_million_in_the_articles_country(gaz):
    # (letters no reading explains: after the country and its regions, its largest cities)
    text = "The band played two nights in Chicago before flying on to L.A. for the last show in California."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Chicago", "L.A.", "California")]
    res = gaz.resolve_mentions(text, spans)
    assert (res[1].place.name, res[1].place.feature, res[1].place.admin1) == ("Los Angeles", "place", "California")
    # a region's initials still come first ("S.D." is South Dakota, not San Diego)
    text = "The band played two nights in Chicago before driving on to Sioux Falls, S.D."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Chicago", "Sioux Falls", "S.D.")]
    assert gaz.resolve_mentions(text, spans)[2].place.name == "South Dakota"
