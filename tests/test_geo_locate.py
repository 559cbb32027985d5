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
    assert loc.geo_precision == 2  # known only by its district: the district, precision 2


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


# --- which of several names is where the event happened (our sentences) -------------------------------------------


def test_the_units_written_after_a_name_pick_its_reading(gaz):
    # "Islamabad" read alone is Pakistan's capital; here the district and province say otherwise
    text = "On 4 May 2021, gunmen killed two farmers in Islamabad area of Alishing district, Laghman."
    loc = _locate(gaz, text, "killed").location
    assert loc.iso3 == "AFG" and loc.admin1 == "Laghman"
    assert loc.geo_precision in (1, 2)


def test_an_unknown_place_falls_back_to_the_region_next_to_it(gaz):
    text = "On 6 June 2021, shells landed near Zorbavka, Luhansk, damaging a house."
    loc = _locate(gaz, text, "shells landed").location
    assert loc.name == "Zorbavka" and loc.iso3 == "UKR" and loc.admin1 == "Luhansk"
    assert loc.geo_precision == 3


def test_an_unknown_village_of_a_district_is_placed_at_the_district(gaz):
    text = "On 5 June 2021, militants attacked a police post in the Kharistan village of Muqur district, Badghis."
    loc = _locate(gaz, text, "attacked").location
    assert loc.name == "Kharistan" and loc.admin1 == "Badghis" and loc.admin2 == "Muqur"
    assert loc.geo_precision == 2


def test_a_province_is_a_region_not_its_town(gaz):
    text = "On 5 June 2021, militants attacked a checkpoint in Anbar province, killing a soldier."
    loc = _locate(gaz, text, "attacked").location
    assert loc.iso3 == "IRQ" and "Anbar" in loc.admin1 and loc.geo_precision == 3


def test_a_district_word_gives_precision_two(gaz):
    text = "On 5 June 2021, the army clashed with rebels in Djugu territory, Ituri, killing five."
    loc = _locate(gaz, text, "clashed").location
    assert loc.iso3 == "COD" and loc.admin1 == "Ituri" and loc.geo_precision == 2


def test_offset_from_a_town_moves_the_point(gaz):
    text = "On 8 June 2021, a roadside bomb exploded 20 km south of Kandahar, killing two soldiers."
    got = _locate(gaz, text, "exploded")
    town = next(t for t in gaz.find_toponyms(text) if t.text == "Kandahar").place
    assert got.method == "offset" and got.location.geo_precision == 2
    assert abs((town.latitude - got.location.latitude) * 111.2 - 20) < 1.0


def test_a_named_place_beats_the_landmark_that_describes_it(gaz):
    text = "On 8 June 2021, a roadside bomb exploded in Arghandab, 20 km north of Kandahar, killing two soldiers."
    got = _locate(gaz, text, "exploded")
    assert got.method == "sentence" and got.location.name.startswith("Arghandab")
    text = "On 7 June 2021, air raids hit Sirwah district west of Marib city, killing three fighters."
    assert _locate(gaz, text, "air raids").location.name == "Sirwah"


def test_origin_and_owner_countries_are_not_the_place(gaz):
    text = "On 9 June 2021, a man travelling from Kandahar was shot dead in Kabul."
    assert _locate(gaz, text, "shot dead").location.name == "Kabul"
    text = "On 7 June 2021, Turkish forces shelled a village near Manbij, wounding a child."
    got = _locate(gaz, text, "shelled")
    assert got.location.iso3 == "SYR" and got.method == "near" and got.location.geo_precision == 2


def test_a_partly_matched_name_does_not_place_the_event(gaz):
    # the gazetteer knows "Bab" (Al Bab, Aleppo) but not "Bab al Faraj"; the region written
    # after it is the best we know
    text = "On 9 June 2021, a bomb exploded in Bab al Faraj area in Raqqa countryside."
    loc = _locate(gaz, text, "exploded").location
    assert loc.admin1 == "Raqqa" and loc.geo_precision == 3 and loc.name == "Bab al Faraj"


def test_a_list_of_places_is_not_a_place_and_its_region(gaz):
    text = "On 9 June 2021, gunmen attacked villages in Mosul, Kirkuk and Diyala."
    loc = _locate(gaz, text, "attacked").location
    assert loc.name == "Mosul" and loc.geo_precision == 1


def test_a_region_by_its_initials_in_a_parenthesis(gaz):
    text = "On 9 June 2021, troops exchanged fire at Kirni sector area (Poonch district, J&K)."
    loc = _locate(gaz, text, "exchanged").location
    assert loc.iso3 == "IND" and loc.admin1 == "Jammu and Kashmir" and loc.geo_precision == 2


def test_a_street_named_after_a_town_is_not_that_town(gaz):
    text = "On 9 June 2021, protesters blocked Tahrir Street in Aden."
    loc = _locate(gaz, text, "blocked").location
    assert loc.admin1 == "Aden"
