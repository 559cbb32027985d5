"""Toponym resolution: country points, region coherence, people-words, names inside longer names
(texts written for these tests)."""

from __future__ import annotations

import pytest

from eventlens.geodesy import haversine_km as _km
from eventlens.resolve.geo.build import country_point, load_country_points
from eventlens.resolve.geo.gazetteer import _people_stems
from eventlens.resolve.geo.normalize import norm


def test_country_point_is_the_midpoint_of_two_centres():
    square = [[[10.0, 40.0], [12.0, 40.0], [12.0, 42.0], [10.0, 42.0], [10.0, 40.0]]]
    islet = [[[30.0, 0.0], [30.1, 0.0], [30.1, 0.1], [30.0, 0.1], [30.0, 0.0]]]
    lat, lon = country_point((40.0, 12.0), square + islet)  # the islet is not the largest polygon
    assert abs(lat - 40.5) < 0.01 and abs(lon - 11.5) < 0.01
    assert country_point(None, square) == pytest.approx((41.0, 11.0))
    assert country_point((5.0, 6.0), None) == (5.0, 6.0)


def test_vast_countries_get_a_central_point(gaz):
    pts = load_country_points()
    assert len(pts) > 200 and "USA" in pts
    russia = gaz.country_place("RUS")
    assert russia.longitude > 80  # Siberia, not the settled west
    usa = gaz.country_place("USA")
    assert _km(usa.latitude, usa.longitude, 39.0, -98.0) < 200  # Kansas, not the east coast


def test_people_stems():
    assert "ohio" in _people_stems("ohioans")
    assert "ontario" in _people_stems("ontarians")
    assert "texas" in _people_stems("texan")
    assert "minnesota" in _people_stems("minnesotans")
    assert _people_stems("dagestani") == ["dagestan"]
    assert _people_stems("londoner") == ["london"]
    assert _people_stems("ian") == []


def test_people_words_resolve_to_their_region(gaz, resolve_names):
    text = "Ohioans went to the polls on Tuesday, and many Texans stayed home."
    ohio, texas = resolve_names(text, "Ohioans", "Texans")
    assert ohio.place.name == "Ohio" and ohio.place.feature == "admin1"
    assert texas.place.name == "Texas"
    # and the matcher reads them as places too
    tops = gaz.find_toponyms("Thousands of Ohioans lined up for the vaccine in Columbus.")
    assert any(t.text == "Ohioans" and t.place.name == "Ohio" for t in tops)


def test_inverted_region_names_and_canadian_abbreviations(resolve_names):
    text = "Fighting was reported in Dagestan. Separately, a storm hit Victoria, B.C., on Monday."
    dag, bc = resolve_names(text, "Dagestan", "B.C.")
    assert dag.place.iso3 == "RUS" and dag.place.feature == "admin1"
    assert bc.place.name == "British Columbia"


def test_place_inside_a_longer_name(resolve_names):
    text = "Dockers at the Port of Los Angeles joined students from Colorado State University."
    port, uni = resolve_names(text, "Port of Los Angeles", "Colorado State University")
    assert port.text == "Los Angeles" and port.place.name == "Los Angeles"
    assert uni.text.startswith("Colorado") and uni.place.name == "Colorado"
    # a generic noun closing a name is not taken for it
    text = "Drivers raced at Brands Hatch on Sunday."
    assert resolve_names(text, "Brands Hatch") == [None]


def test_regions_shared_by_two_names_settle_both(resolve_names):
    # Huntsville, Alabama is the bigger town; the county names Texas's Huntsville
    text = ("The burn ban for Walker County was lifted on Monday after a meeting between the Huntsville "
            "fire chief and county officials. Huntsville firefighters had answered 40 grass fires.")
    walker, hv = resolve_names(text, "Walker County", "Huntsville")
    assert walker.place.admin1 == "Texas"
    assert hv.place.admin1 == "Texas"


def test_continent_aliases_are_exact(resolve_names):
    text = "Ministers in Brussels said the EU would answer."
    (eu,) = resolve_names(text, "EU")
    assert eu.place.name == "Europe"


def test_norm_ascii_fast_path_matches_the_general_path():
    for s in ("St. Louis", "O'Brien", "Ft.  Worth", "al-Kut", "NEW YORK", "Sant Julià de Lòria"):
        assert norm(s + " é") == norm(s) + " e"  # a non-ASCII letter takes the general path
