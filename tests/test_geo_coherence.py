"""Resolution rules around an article's other names: same-name mentions, nearby places, counties
named after cities, region demonyms, and region points (texts written for these tests)."""

from __future__ import annotations

import numpy as np
import pytest

from eventlens.geodesy import haversine_km as _km
from eventlens.resolve.geo import gazetteer as G
from eventlens.resolve.geo.build import REGION_SPAN_DEG, _area_point


def test_other_mentions_of_the_same_name_do_not_vouch_for_its_reading(gaz):
    # two mentions of "Paris" close together used to vote for each other's (foreign) country
    text = ("The Paris school board met on Monday. Teachers from across Illinois came to the session. "
            "Paris parents asked about the budget.")
    i = text.rindex("Paris")
    res = gaz.resolve_mentions(text, [(4, 9), (text.index("Illinois"), text.index("Illinois") + 8), (i, i + 5)])
    assert [(t.place.iso3, t.place.admin1) for t in (res[0], res[2])] == [("USA", "Illinois")] * 2


def test_a_county_named_after_a_city_spanning_counties_means_the_city(resolve_names):
    res = resolve_names("After ten years in Chicago she opened a small restaurant in New York last spring.",
                   "Chicago", "New York")
    assert res[1].place.feature == "place" and res[1].place.name == "New York City"
    # the county by its full name is still the county
    res = resolve_names("Voters in New York County and Kings County turned out early.", "New York County")
    assert res[0].place.feature == "admin2"


def test_a_county_named_after_the_city_beside_it_means_the_city(gaz):
    # St. Louis is an independent city outside St. Louis County (three times its people); a town
    # inside the county (Lemay) used to pull the bare name to the county
    text = "Two men from Lemay were charged with a burglary in St. Louis, Missouri."
    by = {t.text: t.place for t in gaz.find_toponyms(text)}
    assert (by["St. Louis"].feature, by["St. Louis"].admin1) == ("place", "Missouri")
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Lemay", "St. Louis", "Missouri")]
    assert gaz.resolve_mentions(text, spans)[1].place.feature == "place"
    # the county by its full name is still the county
    text = "Deputies in St. Louis County searched the woods."
    assert gaz.resolve_mentions(text, [(12, 28)])[0].place.feature == "admin2"


def test_priors_one_at_a_time_agree_on_the_city_spanning_counties(gaz):
    from eventlens.resolve.geo.normalize import norm

    rows, flags = gaz._key_rows(gaz._query_keys("New York"))
    one = gaz._prior(rows, flags, None)
    (keep, batched, _ex), = gaz._name_priors([(rows, flags, None, False)])
    assert keep is None and np.array_equal(one, batched)
    county = [i for i, r in enumerate(rows.tolist()) if gaz._feat[r] == 2 and gaz._norm_name(r) == norm("New York County")]
    city = [i for i, r in enumerate(rows.tolist()) if gaz._feat[r] == 3 and gaz._pop[r] > 1_000_000]
    assert county and city and one[county[0]] < one[city[0]]


def test_region_demonyms_name_the_region(gaz, resolve_names):
    tops = gaz.find_toponyms("The English side beat the Welsh team on Saturday, while British fans watched.")
    by = {t.text: t.place for t in tops}
    assert by["English"].name == "England" and by["English"].feature == "admin1" and by["English"].iso3 == "GBR"
    assert by["Welsh"].name == "Wales" and by["Welsh"].feature == "admin1"
    assert by["British"].feature == "country" and by["British"].iso3 == "GBR"
    res = resolve_names("Scottish and English officials met in Glasgow.", "Scottish", "English", "Glasgow")
    assert [t.place.name for t in res] == ["Scotland", "England", "Glasgow"]
    assert all(t.kind == "demonym" for t in res[:2])


def test_nearby_places_pull_a_small_town_over_a_larger_namesake(monkeypatch, resolve_names):
    text = "The fire started in Hanover on Monday. Crews from Norwich and White River Junction helped put it out."
    res = resolve_names(text, "Hanover", "Norwich", "White River Junction")
    hanover = res[0].place
    assert hanover.admin1 == "New Hampshire"
    assert _km(hanover.latitude, hanover.longitude, res[1].place.latitude, res[1].place.longitude) < G.NEARBY_KM
    monkeypatch.setattr(G, "NEARBY_BONUS", 0.0)
    assert resolve_names(text, "Hanover", "Norwich", "White River Junction")[0].place.admin1 != "New Hampshire"


def test_places_a_county_or_two_away_still_count_as_nearby(monkeypatch, gaz):
    # Norfolk, Nebraska lies some 100-150 km from Sioux City and Vermillion (another state each),
    # beyond NEARBY_KM; Norfolk, Virginia is ten times its size and 1,500 km away
    text = "Crews from Sioux City and Vermillion were sent to Norfolk on Tuesday."
    by = {t.text: t.place for t in gaz.find_toponyms(text)}
    norfolk = by["Norfolk"]
    assert (norfolk.admin1, norfolk.iso3) == ("Nebraska", "USA")
    d = min(_km(norfolk.latitude, norfolk.longitude, by[n].latitude, by[n].longitude) for n in ("Sioux City", "Vermillion"))
    assert G.NEARBY_KM < d < G.NEARBY_FADE_KM
    # (with the bonus ending at NEARBY_KM, the larger namesake wins)
    monkeypatch.setattr(G, "NEARBY_FADE_KM", G.NEARBY_KM + 1e-6)
    assert {t.text: t.place for t in gaz.find_toponyms(text)}["Norfolk"].admin1 == "Virginia"


def test_nearby_towns_do_not_turn_a_country_into_its_capital(resolve_names):
    res = resolve_names("Farmers from Texcoco, Chalco and Ecatepec marched against water cuts across Mexico.",
                   "Texcoco", "Chalco", "Ecatepec", "Mexico")
    assert res[3].place.feature == "country" and res[3].place.iso3 == "MEX"
    assert {t.place.iso3 for t in res} == {"MEX"}


def test_vast_region_point_is_the_middle_of_its_extent():
    # many towns along the southern edge, a few far to the north: the mean sits in the south
    lats = [49.0 + 0.1 * (i % 10) for i in range(200)] + [56.0, 57.5, 59.0, 60.0]
    lons = [-120.0 + 0.1 * (i // 10) for i in range(200)] + [-125.0, -130.0, -122.0, -128.0]
    lat, lon = _area_point(lats, lons, country=False)
    assert 60.0 - 49.0 > REGION_SPAN_DEG
    assert lat == pytest.approx((49.0 + 60.0) / 2, abs=0.05) and lon == pytest.approx((-130.0 - 118.1) / 2, abs=0.1)
    # a compact region keeps the mean of its settled cells
    lat, lon = _area_point([40.0, 40.2, 40.4, 41.0], [-80.0, -80.2, -80.4, -81.0], country=False)
    assert lat == pytest.approx(40.4, abs=0.05) and lon == pytest.approx(-80.4, abs=0.05)


def test_vast_region_across_the_antimeridian():
    lats = [50.0 + 0.1 * (i % 10) for i in range(100)] + [60.0, 62.0, 64.0]
    lons = [179.0 + 0.1 * (i // 10) for i in range(100)] + [-175.0, -172.0, 175.0]
    lat, lon = _area_point([a for a in lats], [((b + 180) % 360) - 180 for b in lons], country=False)
    assert lat == pytest.approx(57.0, abs=0.05)
    assert -180.0 <= lon <= 180.0 and _km(0, lon, 0, -178.5) < 20
