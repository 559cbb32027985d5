"""Given spans: a word that ends the demonyms of several countries ("Korean"), and names made only
of words for a side or a kind of place ("Middle East") that match a hamlet (texts written for
these tests)."""

from __future__ import annotations

from spans import spans_of


def test_shared_demonym_tail_means_the_country_the_article_names(gaz):
    text = ("Korean diplomats met officials in Washington and New York on Monday, and South Korea "
            "welcomed the talks.")
    res = gaz.resolve_mentions(text, spans_of(text, "Korean", "Washington", "New York", "South Korea"))
    assert res[0].place.iso3 == "KOR" and res[0].place.feature == "country"  # not the US


def test_shared_demonym_tail_opening_a_name_follows_the_article(gaz):
    text = ("Officials in Moscow and Beijing said talks on the Korean Peninsula would resume after "
            "Russia hosted envoys from North Korea.")
    res = gaz.resolve_mentions(text, spans_of(text, "Moscow", "Beijing", "Korean Peninsula", "Russia", "North Korea"))
    assert res[2].kind == "fallback" and res[2].place.iso3 == "PRK"  # not Moscow's region


def test_shared_demonym_tail_without_either_country_named(gaz):
    text = "Korean engineers arrived in Houston, Texas, on Tuesday."
    res = gaz.resolve_mentions(text, spans_of(text, "Korean", "Houston", "Texas"))
    assert res[0].place.iso3 == "KOR"  # the more populous of the two


def test_side_words_are_not_a_hamlet_of_that_name(gaz):
    text = "Soldiers from Fort Worth, Texas, who served in the Middle East came home to Austin on Friday."
    res = gaz.resolve_mentions(text, spans_of(text, "Fort Worth", "Texas", "Middle East", "Austin"))
    me = res[2]
    assert me.kind == "fallback" and me.place.admin1 != "Maryland"  # not Middle East, Maryland
    assert res[0].place.name == "Fort Worth" and res[3].place.admin1 == "Texas"


def test_dropped_side_words_no_longer_pull_a_town_to_their_state(gaz):
    text = ("A soldier from Manchester who had served in the Middle East was buried on Friday; his "
            "unit trained in Texas and Colorado before the tour.")
    res = gaz.resolve_mentions(text, spans_of(text, "Manchester", "Middle East", "Texas", "Colorado"))
    assert res[0].place.admin1 != "Maryland" and res[1].place.admin1 != "Maryland"


def test_abbreviated_word_with_a_stop_opens_a_name(gaz):
    # "St." and "Mt." are written with a stop that is no end of sentence
    text = "Two men were shot in St. Petersburg on Monday, police said."
    (t,) = gaz.find_toponyms(text)
    assert t.text == "St. Petersburg" and t.place.iso3 == "RUS"  # not Petersburg, Virginia
    text = "A third man was hurt near Mt. Pleasant, Iowa."
    assert [(t.text, t.place.admin1) for t in gaz.find_toponyms(text)] == [("Mt. Pleasant", "Iowa"), ("Iowa", "Iowa")]


def test_saints_possessive_is_not_joined_to_its_abbreviation(gaz):
    # (a guard on the rule above: a church, a school or a day named after a saint)
    text = "Crowds gathered in Chicago for the St. Patrick's Day parade."
    assert [t.text for t in gaz.find_toponyms(text)] == ["Chicago"]


def test_town_named_with_two_common_words_needs_a_locative_cue(gaz):
    text = "The festival opened on Saturday in Rock Hill, drawing thousands."
    assert [t.text for t in gaz.find_toponyms(text)] == ["Rock Hill"]
    # not without "in X", nor as "the X" (a building or an area)
    assert gaz.find_toponyms("Rock Hill scored twice before the break.") == []
    assert gaz.find_toponyms("Talks were held at the White House on Monday.") == []


def test_spellings_of_one_name_do_not_vouch_for_each_others_region(gaz):
    # "Suffolk City", "Suffolk County" and "Suffolk" share their readings: only Southold says which
    text = ("Suffolk City police and the Suffolk County medical examiner said the woman, who had lived "
            "in Southold, vanished in 1989. Suffolk detectives reopened the case.")
    res = gaz.resolve_mentions(text, spans_of(text, "Suffolk City", "Suffolk County", "Southold", "Suffolk"))
    assert [t.place.admin1 for t in res] == ["New York"] * 4


def test_two_counties_settle_on_the_state_that_holds_both(gaz):
    text = "Hall County and Forsyth County commissioners met on Tuesday. Hall and Forsyth officials agreed to share a landfill."
    res = gaz.resolve_mentions(text, spans_of(text, "Hall County", "Forsyth County", "Hall", "Forsyth"))
    assert {t.place.admin1 for t in res} == {"Georgia"}  # the one state with both counties
