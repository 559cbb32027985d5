"""Cross-article dedup: the hard checks, the merge rules, and F1 on a labelled cluster set."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest

from eventlens.assemble.dedup import (
    Clusterer,
    best_match,
    blocking_window,
    cluster,
    counts_compatible,
    merge,
    why_not,
)
from eventlens.schema import Actor, ActorType, Count, CrowdSize, Event, Evidence, Location

DATA = Path(__file__).parent / "data" / "dedup_clusters.jsonl"

KUT = (32.5128, 45.8182)


def ev(
    eid: str,
    day: dt.date | None = dt.date(2024, 3, 2),
    *,
    doc: str | None = None,
    precision: str = "day",
    start: dt.date | None = None,
    end: dt.date | None = None,
    sub: str = "Armed clash",
    etype: str = "Battles",
    place: str = "Kut",
    latlon: tuple[float, float] | None = KUT,
    geo: int = 1,
    admin1: str = "Wasit",
    iso3: str = "IRQ",
    a1: tuple[str, int] | None = ("Military Forces of Iraq", 1),
    a2: tuple[str, int] | None = ("Islamic State (Iraq)", 2),
    deaths: Count | None = None,
    background: bool = False,
) -> Event:
    def actor(x):
        return Actor(name=x[0], text=x[0], type=ActorType.of(x[1])) if x else None

    return Event(
        event_id=eid,
        doc_ids=[doc or f"doc-{eid}"],
        event_date=day if precision == "day" else None,
        date_start=start or day,
        date_end=end or day,
        date_precision=precision,
        background=background,
        event_type=etype,
        sub_event_type=sub,
        actor1=actor(a1),
        actor2=actor(a2),
        location=Location(
            name=place, admin1=admin1, country="Iraq", iso3=iso3,
            latitude=latlon[0] if latlon else None, longitude=latlon[1] if latlon else None,
            geo_precision=geo,
        ),
        fatalities=deaths or Count(),
        confidence=0.6,
    )


def test_same_happening_merges():
    assert why_not(ev("a"), ev("b", latlon=(32.53, 45.83))) is None


def test_type_family():
    assert why_not(ev("a"), ev("b", sub="Attack", etype="Violence against civilians")) is None
    assert why_not(ev("a"), ev("b", sub="Peaceful protest", etype="Protests")) == "different type family"
    arrests = dict(sub="Arrests", etype="Strategic developments")
    assert why_not(ev("a", **arrests), ev("b", sub="Agreement", etype="Strategic developments")) is not None
    assert why_not(ev("a", **arrests), ev("b", **arrests)) is None


def test_dates():
    d = dt.date(2024, 3, 2)
    # day-precise reports must agree on the day (ACLED codes each day separately)
    assert why_not(ev("a", d), ev("b", d + dt.timedelta(days=1))) == "dates do not overlap"
    # a week or a month containing the day is compatible
    week = ev("b", None, precision="week", start=dt.date(2024, 2, 26), end=dt.date(2024, 3, 3))
    assert why_not(ev("a", d), week) is None
    # a 3-day range one day off still matches thanks to its 1-day tolerance
    rng = ev("b", None, precision="range", start=dt.date(2024, 3, 3), end=dt.date(2024, 3, 5))
    assert why_not(ev("a", d), rng) is None
    month = ev("b", None, precision="month", start=dt.date(2024, 2, 1), end=dt.date(2024, 2, 29))
    assert why_not(ev("a", d), month) == "dates do not overlap"
    assert why_not(ev("a", None, precision="unknown"), ev("b", None, precision="unknown")) == "no date"


def test_blocking_window_covers_tolerance():
    w = blocking_window(ev("b", None, precision="range", start=dt.date(2024, 3, 3), end=dt.date(2024, 3, 5)))
    assert w == (dt.date(2024, 3, 2), dt.date(2024, 3, 6))


def test_background_only_on_the_same_day():
    d = dt.date(2024, 3, 2)
    assert why_not(ev("a", d), ev("b", d, background=True)) is None
    week = ev("b", None, precision="week", start=dt.date(2024, 2, 26), end=dt.date(2024, 3, 3), background=True)
    assert why_not(ev("a", d), week) == "background vs current, dates differ"


def test_places():
    # 35 km apart: distinct at precision 1, the same at precision 2
    numaniyah = (32.5569, 45.4133)
    assert "km apart" in why_not(ev("a"), ev("b", place="Numaniyah", latlon=numaniyah))
    assert why_not(ev("a"), ev("b", place="near Kut", latlon=numaniyah, geo=2)) is None
    # precision 3 needs the same admin1
    assert why_not(ev("a"), ev("b", place="Wasit", latlon=(32.6, 45.7), geo=3)) is None
    assert why_not(ev("a"), ev("b", place="Basra", admin1="Basra", latlon=(30.5, 47.8), geo=3)) == "different admin1"
    assert why_not(ev("a"), ev("b", iso3="IRN")) == "different country"
    # no coordinates: names decide
    assert why_not(ev("a", latlon=None), ev("b", latlon=None)) is None
    assert why_not(ev("a", latlon=None), ev("b", place="Numaniyah", latlon=None)) is not None


def test_actors():
    assert why_not(ev("a"), ev("b", a1=("Islamic State (Iraq)", 2), a2=("Military Forces of Iraq", 1))) is None
    assert why_not(ev("a"), ev("b", a2=("Unidentified Armed Group (Iraq)", 3))) is None
    assert why_not(ev("a"), ev("b", a1=("Protesters (Iraq)", 6), a2=None)) == "actor types contradict"
    assert why_not(ev("a"), ev("b", a2=("Kataib Hezbollah", 3))) == "different armed groups"


def test_counts():
    assert counts_compatible(Count(low=3, best=5, high=7), Count(best=9))
    assert counts_compatible(Count(best=10), Count(best=40))  # tolls rise
    assert not counts_compatible(Count(best=0), Count(best=30))
    assert counts_compatible(Count(), Count(best=30))
    assert why_not(ev("a", deaths=Count(best=2)), ev("b", deaths=Count(best=80))) == "fatalities differ widely"


def test_merge_rules():
    d = dt.date(2024, 3, 2)
    week = ev("w", None, precision="week", start=dt.date(2024, 2, 26), end=dt.date(2024, 3, 3),
              place="Wasit", geo=3, latlon=(32.6, 45.7), deaths=Count(low=2, best=4, high=6))
    day = ev("d", d, a2=("Unidentified Armed Group (Iraq)", 3), deaths=Count(low=5, best=5, high=5))
    near = ev("n", d, place="near Kut", geo=2, deaths=Count(low=7, best=8, high=12))
    day.evidence.append(Evidence(doc_id="doc-d", field="trigger", start=0, end=5, text="clash"))
    m = merge([week, day, near], "E1")
    assert m.event_id == "E1"
    assert m.doc_ids == ["doc-w", "doc-d", "doc-n"]
    assert (m.date_precision, m.event_date) == ("day", d)
    assert (m.location.name, m.location.geo_precision) == ("Kut", 1)
    assert m.actor2.name == "Islamic State (Iraq)"  # named beats Unidentified
    assert m.fatalities == Count(low=2, best=5, high=12)  # UCDP: min low, median best, max high
    assert len(m.evidence) == 1
    assert 0.9 < m.confidence <= 0.99
    # the most reported best figure wins over the median
    m2 = merge([ev("a", deaths=Count(best=3)), ev("b", deaths=Count(best=3)), ev("c", deaths=Count(best=20))], "E2")
    assert m2.fatalities.best == 3 and m2.fatalities.high == 20
    crowd = merge(
        [ev("p", sub="Peaceful protest", etype="Protests").model_copy(update={"crowd_size": CrowdSize(low=100, high=200)}),
         ev("q", sub="Peaceful protest", etype="Protests").model_copy(update={"crowd_size": CrowdSize(low=150, high=400)})],
        "E3",
    )
    assert crowd.crowd_size == CrowdSize(low=100, high=400)
    with pytest.raises(ValueError):
        merge([], "x")


def test_best_match_prefers_closest():
    d = dt.date(2024, 3, 2)
    near_kut = ev("k", d)
    other = ev("o", d, place="Numaniyah", latlon=(32.5569, 45.4133))
    vague = ev("v", d, place="near Kut", geo=2, latlon=(32.52, 45.75))
    assert best_match(vague, [other, near_kut]).event_id == "k"
    assert best_match(ev("x", d + dt.timedelta(days=3)), [near_kut, other]) is None


def test_clusterer_is_incremental_and_deterministic():
    d = dt.date(2024, 3, 2)
    recs = [ev("a", d), ev("b", d, latlon=(32.52, 45.83)), ev("c", d + dt.timedelta(days=1)), ev("d", d)]
    c = Clusterer()
    assert [c.add(r) for r in recs] == ["a", "a", "c", "a"]
    events = c.events()
    assert [e.doc_ids for e in events] == [["doc-a", "doc-b", "doc-d"], ["doc-c"]]
    again, assigned = cluster(recs)
    assert again == events and assigned == ["a", "a", "c", "a"]


def _pairwise(gold: list[str], pred: list[str]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(gold)), 2):
        same_gold, same_pred = gold[i] == gold[j], pred[i] == pred[j]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def test_cluster_set_f1():
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = [r.pop("cluster") for r in rows]
    kinds = [r.pop("kind") for r in rows]
    assert len(set(gold)) >= 40 and "near-day" in kinds and "near-place" in kinds
    events = [Event.model_validate(r) for r in rows]
    _, pred = cluster(events)
    p, r, f1 = _pairwise(gold, pred)
    print(
        f"\ndedup on {len(events)} records / {len(set(gold))} happenings -> {len(set(pred))} events: "
        f"pairwise precision {p:.3f} recall {r:.3f} F1 {f1:.3f}"
    )
    assert f1 >= 0.9
