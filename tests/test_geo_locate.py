"""Event location from notes with parenthesised units, unknown places and lead places (our texts)."""

from __future__ import annotations

from eventlens.resolve.geo import locate_event
from eventlens.resolve.geo.normalize import norm


def _locate(gaz, text, trigger, country=None):
    tops = gaz.find_toponyms(text)
    ev = text.index(trigger)
    return locate_event(text, ev, ev + len(trigger), tops, article_country=country, gazetteer=gaz)


def test_region_names_are_english(gaz):
    # "Donetska oblast" / "Al Janub" style local names give way to the English short name
    p = gaz.lookup("Kramatorsk", iso3="UKR")[0]
    assert p.admin1 == "Donetsk"
    assert gaz.lookup("Sidon", iso3="LBN")[0].admin1 == "South"


def test_parenthesis_resolves_the_place_before_it(gaz):
    text = "On 3 June 2021, traders protested outside the market in Rajkot city (Rajkot, Gujarat) over new fees."
    loc = _locate(gaz, text, "protested", "IND").location
    assert norm(loc.name) == "rajkot" and loc.admin1 == "Gujarat" and loc.iso3 == "IND"
    assert loc.geo_precision == 1


def test_parenthesis_places_an_unknown_village(gaz):
    text = "On 2 June 2021, two clans clashed over land in Zobbekwe village (Omoro district), injuring four."
    loc = _locate(gaz, text, "clashed", "UGA").location
    assert loc.name.startswith("Zobbekwe") and loc.iso3 == "UGA"
    assert loc.admin2 and "Omoro" in loc.admin2 and loc.admin1
    assert loc.geo_precision == 3


def test_names_inside_the_parenthesis_are_context_not_the_place(gaz):
    text = "On 9 June 2021, shells fell near a school in Kut (Wasit), wounding a guard."
    loc = _locate(gaz, text, "shells fell", "IRQ").location
    assert loc.admin1 == "Wasit" and loc.geo_precision == 1 and "Kut" in loc.name


def test_event_sentence_without_place_takes_the_lead_place(gaz):
    text = ("On 5 June 2021, police raided a house in Mombasa, Kenya. "
            "Two suspects were shot and injured during the raid.")
    loc = _locate(gaz, text, "were shot", "KEN")
    assert loc is not None and loc.method == "lead"
    assert loc.location.name == "Mombasa" and loc.location.iso3 == "KEN"


def test_dateline_still_beats_the_lead_place(gaz):
    text = "NAIROBI — Officials met in Mombasa last week. Two people were shot dead on Sunday."
    tops = gaz.find_toponyms(text)
    ev = text.index("were shot")
    dl = next(t for t in tops if t.text == "NAIROBI")
    loc = locate_event(text, ev, ev + 9, [t for t in tops if t is not dl], dateline_place=dl, gazetteer=gaz)
    assert loc.method == "dateline" and loc.location.name == "Nairobi"
