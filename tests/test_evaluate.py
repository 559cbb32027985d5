"""Scoring: matching rule, one-to-one assignment, gold formats, CLI, dev-set adapters."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from eventlens.evaluate import (
    MatchRule,
    acled_csv_articles,
    devscore,
    devsets,
    load_gold,
    load_pred,
    score,
)
from eventlens.evaluate.baseline import KeywordBaseline
from eventlens.evaluate.commands import register
from eventlens.evaluate.metrics import accuracy, macro_f1, prf_from_flags, weighted_f1
from eventlens.schema import Actor, ActorType, Count, Event, Evidence, Location

REPO = Path(__file__).resolve().parents[1]
D = dt.date(2021, 3, 14)


def ev(
    eid: str,
    doc: str = "a1",
    etype: str = "Protests",
    sub: str = "Peaceful protest",
    day: dt.date | None = D,
    lat: float | None = 10.0,
    lon: float | None = 20.0,
    admin1: str | None = "North",
    **kw,
) -> Event:
    return Event(
        event_id=eid,
        doc_ids=[doc],
        event_date=day,
        date_start=kw.pop("start", day),
        date_end=kw.pop("end", day),
        event_type=etype,
        sub_event_type=sub,
        location=Location(name="Town", admin1=admin1, country="Freedonia", latitude=lat,
                          longitude=lon, geo_precision=kw.pop("geo_precision", 1)),
        **kw,
    )


def write_jsonl(path: Path, events: list[Event]) -> Path:
    path.write_text("".join(json.dumps(e.to_json_dict()) + "\n" for e in events), encoding="utf-8")
    return path


def counts(report) -> tuple[int, int, int]:
    return report.detection.tp, report.detection.fp, report.detection.fn


# --------------------------------------------------------------------------- detection


def test_perfect_match_from_files(tmp_path):
    actor = Actor(name="Police Forces of Freedonia", text="police", type=ActorType.of(1))
    gold = [
        ev("g1", fatalities=Count(low=2, best=2, high=3), actor1=actor,
           actor2=Actor(name="Protesters (Freedonia)", text="protesters", type=ActorType.of(6))),
        ev("g2", doc="a2", etype="Battles", sub="Armed clash"),
    ]
    pred = [
        ev("p1", fatalities=Count(low=2, best=2, high=2),
           actor1=Actor(name="police forces of freedonia", text="the police", type=ActorType.of(1)),
           actor2=Actor(name="Rioters (Freedonia)", text="youths", type=ActorType.of(5))),
        ev("p2", doc="a2", etype="Battles", sub="Armed clash"),
    ]
    g = load_gold(write_jsonl(tmp_path / "gold.jsonl", gold))
    p = load_pred(write_jsonl(tmp_path / "pred.jsonl", pred))
    rep = score(g, p)
    assert counts(rep) == (2, 0, 0)
    assert rep.detection.f1 == 1.0
    for name in ("event_type", "sub_event_type", "date", "admin1", "location", "background"):
        assert rep.fields[name].accuracy == 1.0, name
    assert rep.fields["fatalities"].total == 1 and rep.fields["fatalities"].accuracy == 1.0
    assert rep.fields["actor1_name"].accuracy == 1.0  # case-insensitive canonical name
    assert rep.fields["actor1_inter"].accuracy == 1.0
    # actor 2 is scored the same way: here the victims are read as rioters, not protesters
    assert rep.fields["actor2_name"].accuracy == 0.0 and rep.fields["actor2_inter"].accuracy == 0.0
    assert rep.fields["actor2_name"].total == 1  # only the pair whose gold names an actor 2
    assert rep.fields["injured"].total == 0  # gold silent: not scored
    assert rep.fields["date_day_gold"].total == 0  # the gold gives no precision: only "date" counts it
    assert rep.event_type_macro_f1 == 1.0
    d = rep.to_dict(with_pairs=True)
    assert d["detection"]["tp"] == 2 and sorted(x[0] for x in d["pairs"]) == ["g1", "g2"]
    json.dumps(d)  # serialisable


def test_missed_and_false_events():
    gold = [ev("g1"), ev("g2", doc="a2")]
    pred = [ev("p1"), ev("p3", doc="a3")]
    rep = score(gold, pred)
    assert counts(rep) == (1, 1, 1)
    assert rep.unmatched_gold == ["g2"] and rep.unmatched_pred == ["p3"]
    assert rep.detection.precision == 0.5 and rep.detection.recall == 0.5


def test_manifest_negatives_and_scope(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [ev("g1")])
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(
        '{"id": "a1", "kind": "report", "n_events": 1}\n'
        '{"id": "neg1", "kind": "negative", "n_events": 0}\n'
        '{"id": "neg2", "kind": "negative", "n_events": 0}\n', encoding="utf-8")
    g = load_gold(gold, manifest=manifest)
    assert g.negative_articles == {"neg1", "neg2"}
    pred = [ev("p1"), ev("p2", doc="neg1"), ev("p9", doc="not-annotated")]
    rep = score(g, pred)
    assert counts(rep) == (1, 1, 0)  # the event on neg1 is a false event
    assert rep.n_pred_out_of_scope == 1  # the unannotated article is not scored
    assert rep.negative_articles == 2 and rep.negative_articles_clean == 1
    assert rep.false_event_rate == 0.5


def test_date_tolerance_edges():
    gold = [ev("g1")]
    assert counts(score(gold, [ev("p", day=D + dt.timedelta(days=2))])) == (1, 0, 0)
    assert counts(score(gold, [ev("p", day=D - dt.timedelta(days=2))])) == (1, 0, 0)
    assert counts(score(gold, [ev("p", day=D + dt.timedelta(days=3))])) == (0, 1, 1)
    # a range overlaps (or comes within tolerance of) the gold day
    rng = ev("p", day=None, start=D + dt.timedelta(days=2), end=D + dt.timedelta(days=9))
    assert counts(score(gold, [rng])) == (1, 0, 0)
    rng = ev("p", day=None, start=D + dt.timedelta(days=3), end=D + dt.timedelta(days=9))
    assert counts(score(gold, [rng])) == (0, 1, 1)
    assert counts(score(gold, [ev("p", day=D + dt.timedelta(days=3))],
                        MatchRule(date_tolerance_days=3))) == (1, 0, 0)
    # exact day is a field: within tolerance matches but the date counts wrong
    rep = score(gold, [ev("p", day=D + dt.timedelta(days=1))])
    assert rep.fields["date"].accuracy == 0.0
    # the exact-day figure counts only gold dated to the day
    dated = [ev("g1", date_precision="day"), ev("g2", doc="a2", day=D, date_precision="week")]
    rep = score(dated, [ev("p1", day=D + dt.timedelta(days=1)), ev("p2", doc="a2", day=D)])
    assert rep.fields["date"].total == 2 and rep.fields["date_day_gold"].total == 1
    assert rep.fields["date_day_gold"].accuracy == 0.0


def test_distance_tolerance_edges():
    gold = [ev("g1", lat=10.0, lon=20.0)]
    # one degree of latitude is about 111.2 km
    near = ev("p", lat=10.0 + 49.0 / 111.2, lon=20.0, admin1="Elsewhere")
    far = ev("p", lat=10.0 + 51.0 / 111.2, lon=20.0, admin1="North")
    assert counts(score(gold, [near])) == (1, 0, 0)
    assert counts(score(gold, [far])) == (0, 1, 1)  # coordinates decide when both have them
    rep = score(gold, [ev("p", lat=10.0 + 20.0 / 111.2, lon=20.0)])
    assert rep.fields["location"].accuracy == 1.0  # 20 km: within the 25 km field tolerance
    rep = score(gold, [ev("p", lat=10.0 + 30.0 / 111.2, lon=20.0)])
    assert counts(rep) == (1, 0, 0) and rep.fields["location"].accuracy == 0.0
    assert counts(score(gold, [far], MatchRule(max_km=60))) == (1, 0, 0)


def test_admin1_fallback_without_coordinates():
    gold = [ev("g1", admin1="Homs Governorate")]
    assert counts(score(gold, [ev("p", lat=None, lon=None, admin1="Homs")])) == (1, 0, 0)
    assert counts(score(gold, [ev("p", lat=None, lon=None, admin1="Hama")])) == (0, 1, 1)
    # region-level coordinates (a centroid) fall back to admin1
    region = ev("p", lat=12.0, lon=20.0, admin1="homs", geo_precision=3)
    assert counts(score(gold, [region])) == (1, 0, 0)
    # a country-level point (no admin1) is judged by its country, as leniently as no place at all
    country_only = ev("p", lat=48.0, lon=31.0, admin1=None, geo_precision=3)
    assert counts(score(gold, [country_only])) == (1, 0, 0)
    elsewhere = country_only.model_copy(update={"location": country_only.location.model_copy(update={"country": "Sylvania"})})
    assert counts(score(gold, [elsewhere])) == (0, 1, 1)
    # no place at all on one side: lenient by default, strict on request
    bare = ev("p").model_copy(update={"location": None})
    assert counts(score(gold, [bare])) == (1, 0, 0)
    assert counts(score(gold, [bare], MatchRule(missing_place_matches=False))) == (0, 1, 1)


def test_type_families():
    gold = [ev("g1", etype="Protests", sub="Peaceful protest")]
    riot = ev("p", etype="Riots", sub="Violent demonstration")
    rep = score(gold, [riot])
    assert counts(rep) == (1, 0, 0)  # same family: found, but the type is wrong
    assert rep.fields["event_type"].accuracy == 0.0
    assert rep.event_type_confusion == {"Protests": {"Riots": 1}}
    assert counts(score(gold, [riot], MatchRule(type_level="event_type"))) == (0, 1, 1)
    clash = ev("p", etype="Battles", sub="Armed clash")
    assert counts(score(gold, [clash])) == (0, 1, 1)
    assert counts(score(gold, [clash], MatchRule(type_level="any"))) == (1, 0, 0)
    with pytest.raises(ValueError):
        MatchRule(type_level="sub_event_type")


def test_one_to_one_two_gold_one_pred():
    gold = [ev("far", lat=10.3, lon=20.0), ev("close", lat=10.01, lon=20.0)]
    rep = score(gold, [ev("p", lat=10.0, lon=20.0)])
    assert counts(rep) == (1, 0, 1)
    assert rep.pairs[0][:2] == ("close", "p")  # the closer gold event gets the prediction


def test_assignment_maximises_matches():
    # p_both fits g_a (inside its range) better than g_b (2 days off); p_late fits only g_a.
    # Greedy by score would give p_both to g_a and leave g_b unmatched.
    g_a = ev("g_a", start=D, end=D + dt.timedelta(days=4))
    g_b = ev("g_b", day=D - dt.timedelta(days=2))
    p_both = ev("p_both")
    p_late = ev("p_late", day=D + dt.timedelta(days=5))
    rep = score([g_a, g_b], [p_both, p_late])
    assert counts(rep) == (2, 0, 0)
    assert {(g, p) for g, p, _ in rep.pairs} == {("g_a", "p_late"), ("g_b", "p_both")}


def test_background_events():
    gold = [ev("g1"), ev("old", day=D - dt.timedelta(days=400), background=True)]
    pred = [ev("p1"), ev("p_old", day=D - dt.timedelta(days=400), background=False)]
    rep = score(gold, pred)
    assert counts(rep) == (2, 0, 0)  # background events count like any other
    assert rep.fields["background"].correct == 1 and rep.fields["background"].total == 2
    rep = score(gold, pred, MatchRule(include_background=False))
    assert counts(rep) == (1, 1, 0)  # the gold one is dropped, the unflagged pred is not


def test_events_spanning_several_articles():
    gold = [ev("g1", doc="a1"), ev("g2", doc="a2")]
    merged = ev("p").model_copy(update={"doc_ids": ["a1", "a2"]})
    assert counts(score(gold, [merged])) == (1, 0, 1)  # still one event, one match


# --------------------------------------------------------------------------- ACLED CSV gold

ACLED_2020_HEADER = (
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,"
    "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,"
    "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
    "notes,fatalities,timestamp,iso3"
)


def write_acled(path: Path) -> Path:
    rows = [
        '101,999,FRD1,1,9-May-20,2020,1,Protests,Peaceful protest,Protesters (Freedonia),'
        'Teachers (Freedonia),6,,,0,60,Nowhere,Freedonia,North,Northside,,Townsville,10.0,20.0,1,'
        'Daily Bugle,National,"On 9 May 2020, teachers protested in Townsville over pay. '
        '[size=no report]",0,1589220519,FRD',
        '102,999,FRD2,2,2020-05-08,2020,2,Violence against civilians,Attack,'
        'Unidentified Armed Group (Freedonia),,3,Civilians (Freedonia),,7,37,Nowhere,Freedonia,'
        'South,Southside,,Villagetown,11.0,21.0,2,Daily Bugle,National,'
        '"Around 8 May 2020, gunmen killed 3 villagers near Villagetown. 3 fatalities.",3,1,FRD',
        '103,999,FRD3,3,8-May-20,2020,1,Battles,Armed clash,Military Forces of Freedonia,,1,Civil',
    ]
    path.write_text(ACLED_2020_HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_acled_csv_gold(tmp_path):
    path = write_acled(tmp_path / "acled.csv")
    g = load_gold(path)
    assert g.convention == "acled"
    assert [e.event_id for e in g.events] == ["FRD1", "FRD2"]
    assert len(g.skipped) == 1 and "FRD3" in g.skipped[0]  # the cut-off last row
    first, second = g.events
    assert first.event_date == dt.date(2020, 5, 9) and first.doc_ids == ["FRD1"]
    assert second.event_date == dt.date(2020, 5, 8) and second.date_precision == "week"
    assert first.actor1.type.code == 6 and first.assoc_actor_1[0].name == "Teachers (Freedonia)"
    assert first.actor2 is None
    assert second.fatalities.best == 3 and second.location.admin1 == "South"
    assert second.location.geo_precision == 2 and second.location.iso3 == "FRD"

    arts = acled_csv_articles(path)
    assert [a.id for a in arts] == ["FRD1", "FRD2"]
    assert arts[0].text.startswith("On 9 May 2020, teachers protested")
    assert arts[1].published == dt.date(2020, 5, 8)

    # ACLED convention: a pred with unknown fatalities reads as 0 against ACLED's 0
    pred = [ev("p1", doc="FRD1", day=dt.date(2020, 5, 9), admin1="north"),
            ev("p2", doc="FRD2", etype="Battles", sub="Armed clash", day=dt.date(2020, 5, 8),
               lat=11.0, lon=21.0, admin1="South", fatalities=Count(best=2))]
    rep = score(g, pred)
    assert counts(rep) == (2, 0, 0)  # Battles vs Violence against civilians: one family
    assert rep.fields["fatalities"].correct == 1 and rep.fields["fatalities"].total == 2
    assert rep.fatalities_mae == 0.5
    assert rep.fields["admin1"].accuracy == 1.0
    assert rep.fields["actor1_name"].accuracy == 0.0


def test_acled_newer_schema_and_bad_header(tmp_path):
    newer = tmp_path / "new.csv"
    newer.write_text(
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
        "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
        "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
        "source_scale,notes,fatalities,tags,timestamp\n"
        "FRD9,2023-02-01,2023,1,Demonstrations,Protests,Peaceful protest,Protesters (Freedonia),,"
        "Protesters,,,,Protesters only,,999,Nowhere,Freedonia,North,,,Townsville,10,20,1,Bugle,"
        "National,Farmers protested.,0,,1\n", encoding="utf-8")
    g = load_gold(newer)
    assert g.events[0].event_date == dt.date(2023, 2, 1)
    assert g.events[0].actor1.type.code == 6  # inter written out as a label
    bad = tmp_path / "bad.csv"
    bad.write_text("event_date,event_type\n2020-01-01,Protests\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing columns"):
        load_gold(bad)


# --------------------------------------------------------------------------- CLI


def test_cli_evaluate(tmp_path):
    app = typer.Typer()
    register(app)

    @app.command("noop")  # a second command keeps typer from collapsing to a single command
    def noop() -> None:
        pass

    gold = write_jsonl(tmp_path / "gold.jsonl", [ev("g1"), ev("g2", doc="a2")])
    pred = write_jsonl(tmp_path / "pred.jsonl", [ev("p1")])
    out = tmp_path / "report.json"
    res = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred),
                                   "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert "recall" in res.output and "50.0%" in res.output
    data = json.loads(out.read_text())
    assert data["detection"] == {"tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5,
                                 "f1": pytest.approx(2 / 3)}
    assert data["unmatched_gold"] == ["g2"]
    res = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred),
                                   "--type-level", "nonsense"])
    assert res.exit_code == 2


# --------------------------------------------------------------------------- metrics


def test_metrics_match_definitions():
    gold = ["a", "a", "b", "c", "c", "c"]
    pred = ["a", "b", "b", "c", "a", "x"]
    assert accuracy(gold, pred) == pytest.approx(3 / 6)
    # per label F1: a 0.5, b 0.667, c 0.5, x 0
    assert macro_f1(gold, pred) == pytest.approx((0.5 + 2 / 3 + 0.5 + 0) / 4)
    assert weighted_f1(gold, pred) == pytest.approx((0.5 * 2 + 2 / 3 * 1 + 0.5 * 3) / 6)
    sk = pytest.importorskip("sklearn.metrics")
    assert macro_f1(gold, pred) == pytest.approx(sk.f1_score(gold, pred, average="macro"))
    assert weighted_f1(gold, pred) == pytest.approx(sk.f1_score(gold, pred, average="weighted"))
    prf = prf_from_flags([True, True, False, False], [True, False, True, False])
    assert (prf.tp, prf.fp, prf.fn, prf.f1) == (1, 1, 1, 0.5)


# --------------------------------------------------------------------------- dev sets (tiny copies we write)


def write_devsets(root: Path) -> Path:
    case = root / "case2021_task2"
    (case / "test_dataset").mkdir(parents=True)
    (case / "event_types.txt").write_text("\n".join(devsets.CASE_CODE_TO_SUB) + "\n")
    (case / "event_types_note.txt").write_text(
        "1. SEEN\n\nARREST\n\n2. SUBTASK 2: additional \"UNSEEN\" EVENT TYPES\n\nORG_CRIME\n"
        "NATURAL_DISASTER\nMAN_MADE_DISASTER\nDIPLO\nATTRIB\n")
    (case / "test_dataset" / "test.tsv").write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tWarplanes bombed the market, killing 4 people.\tAIR_STRIKE\n"
        "2\tThe river flooded three villages after heavy rain.\tNATURAL_DISASTER\n"
        "3\tHundreds of nurses protested outside the ministry.\tPEACE_PROTEST\n")
    plover = root / "plover_gold"
    plover.mkdir()
    (plover / "PLOVER_GSR_CAMEO.txt").write_text(json.dumps([
        {"id": "DOC", "event": "DOCUMENT", "eventText": "header"},
        {"id": "P1", "event": "FIGHT", "text": "Rebels attacked an army post, killing 5 soldiers.",
         "dead": "5", "source": [{"actorText": "Rebels"}], "target": [{"actorText": "army"}],
         "date": "2000-01-01"},
        {"id": "P2", "event": "DEMAND", "text": "The minister demanded a ceasefire.",
         "source": [{"actorText": "minister"}], "target": ""},
    ]))
    ucdp = root / "ucdp_ged_syria"
    ucdp.mkdir()
    (ucdp / "ged.csv").write_text(
        "id,source_headline,source_office,date_start,date_end,date_prec,where_prec,adm_1,adm_2,"
        "latitude,longitude,type_of_violence,side_a,side_b,low,best,high\n"
        "1,2 killed in shelling on the eastern countryside,SOHR,2017-01-02,2017-01-02,1,1,"
        "Homs Governorate,X district,34.8,36.7,1,Government,Rebels,2,2,4\n"
        "2,R3591,SOHR,2017-01-03,2017-01-03,1,1,Homs Governorate,,34.8,36.7,1,A,B,1,1,1\n")
    ipe = root / "indiapoliceevents"
    ipe.mkdir()
    (ipe / "metadata.csv").write_text(",doc_id,date,url,full_text\n0,7,2002-03-01,u,t\n")
    (ipe / "sents.csv").write_text(
        ",doc_id,sent_id,sent_text,KILL,ARREST,ANY_ACTION,FAIL,FORCE\n"
        "0,7,0,Police arrested 12 people on Friday.,0,1,1,0,0\n"
        "1,7,1,2 men were killed when police opened fire.,1,0,1,0,1\n"
        "2,7,2,The city was calm.,0,0,0,0,0\n")
    return root


def test_devset_adapters_on_written_files(tmp_path):
    root = write_devsets(tmp_path)
    case = list(devsets.case2021_task2(root))
    assert [lab.sub_event_type for _, lab in case] == ["Air/drone strike", devsets.NO_EVENT,
                                                        "Peaceful protest"]
    plover = list(devsets.plover_gold(root))
    assert [(lab.plover_type, lab.original_type, lab.dead) for _, lab in plover] == [
        ("ASSAULT", "FIGHT", 5), ("REQUEST", "DEMAND", None)]
    assert plover[0][1].source == ("Rebels",) and plover[1][1].target == ()
    ucdp = list(devsets.ucdp_ged_syria(root))
    assert len(ucdp) == 1 and ucdp[0][0].published == dt.date(2017, 1, 2)
    assert ucdp[0][1].deaths_range == (2, 4)
    ipe = list(devsets.india_police_events(root))
    assert [(lab.kill, lab.arrest) for _, lab in ipe] == [(False, True), (True, False), (False, False)]
    assert ipe[0][0].published == dt.date(2002, 3, 1)
    with pytest.raises(FileNotFoundError):
        list(devsets.acled_dev(root))


def test_devscore_with_baseline(tmp_path):
    root = write_devsets(tmp_path)
    pipe = KeywordBaseline()
    items = list(devsets.case2021_task2(root))
    events, _ = devscore.run_pipeline(pipe, [a for a, _ in items])
    figs = devscore.score_case(items, events)
    assert figs["accuracy"] == 1.0 and figs["weighted_f1"] == 1.0
    items = list(devsets.india_police_events(root))
    events, _ = devscore.run_pipeline(pipe, [a for a, _ in items])
    figs = devscore.score_ipe(items, events)
    assert figs["ARREST"]["tp"] == 1 and figs["KILL"]["tp"] == 1 and figs["KILL"]["fp"] == 0
    items = list(devsets.ucdp_ged_syria(root))
    events, _ = devscore.run_pipeline(pipe, [a for a, _ in items])
    figs = devscore.score_ucdp(items, events)
    assert figs["deaths_best_exact"] == 1.0 and figs["violent_event_detected"] == 1.0


def test_kill_by_trigger_evidence():
    e = ev("k", etype="Violence against civilians", sub="Attack",
           evidence=[Evidence(doc_id="a1", field="trigger", start=0, end=6, text="killed")])
    assert devscore.is_kill(e)
    assert not devscore.is_kill(ev("k2", etype="Violence against civilians", sub="Attack"))
    assert devscore.top_event([ev("a", confidence=0.4), ev("b", confidence=0.9, background=True)]
                              ).event_id == "a"


def test_bench_script_plumbing(tmp_path):
    root = write_devsets(tmp_path / "data")
    spec = importlib.util.spec_from_file_location("eval_devsets", REPO / "bench" / "eval_devsets.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / "figs.json"
    rc = mod.main(["--baseline", "--data", str(root), "--sets", "acled,case,plover,ucdp,ipe",
                   "--limit", "0", "--json", str(out)])
    assert rc == 0
    figs = json.loads(out.read_text())
    assert set(figs["sets"]) == {"case", "plover", "ucdp", "ipe"}  # no acled folder: skipped
    assert figs["sets"]["plover"]["n"] == 2


@pytest.mark.devdata
def test_real_devsets_load():
    root = devsets.data_root()
    if root is None:
        pytest.skip("../shared/data not present")
    checks = {
        "acled_dev": (devsets.acled_dev, 5070),
        "case2021_task2": (devsets.case2021_task2, 1019),
        "plover_gold": (devsets.plover_gold, 322),
    }
    for folder, (fn, n) in checks.items():
        if (root / folder).is_dir():
            assert len(list(fn(root))) == n, folder


def test_hungarian_against_brute_force():
    import itertools
    import random

    from eventlens.evaluate.match import _hungarian_min

    rnd = random.Random(5)
    for _ in range(200):
        n = rnd.randint(1, 4)
        m = rnd.randint(n, 5)
        cost = [[rnd.choice([0.0, -1000.0 - rnd.random()]) for _ in range(m)] for _ in range(n)]
        got = _hungarian_min(cost)
        assert len({c for _, c in got}) == n == len(got)
        best = min(sum(cost[r][c] for r, c in enumerate(p))
                   for p in itertools.permutations(range(m), n))
        assert sum(cost[r][c] for r, c in got) == pytest.approx(best)


def test_run_pipeline_accepts_result_objects():
    from dataclasses import dataclass as _dc

    @_dc
    class Result:  # the shape of the local engine's ExtractionResult
        article: object
        events: list
        error: str | None = None

    class Fake:
        def extract_many(self, articles, n_process=1):
            for i, art in enumerate(articles):
                yield Result(art, [], "boom") if i else Result(art, [ev("x", doc=art.id)])

    from eventlens.schema import Article

    arts = [Article(id="a", text="t"), Article(id="b", text="u")]
    errors: list[str] = []
    events, seconds = devscore.run_pipeline(Fake(), arts, errors=errors)
    assert [e.event_id for e in events["a"]] == ["x"] and events["b"] == []
    assert errors == ["b: boom"] and seconds >= 0


def test_admin1_match_is_by_region_not_spelling():
    from eventlens.evaluate.match import admin1_equal

    # ACLED's spellings against GeoNames': the same first-order regions
    assert admin1_equal("Lower Shabelle", "SOM", "Shabeele Hoose", "SOM")
    assert admin1_equal("Sud-Kivu", "COD", "South Kivu", "COD")
    assert admin1_equal("Amhara", "ETH", "Amara", "ETH")
    assert admin1_equal("Idleb", "SYR", "Idlib", "SYR") and admin1_equal("Urozgan", "AFG", "Oruzgan", "AFG")
    # different regions, or the same name in another country, do not match
    assert not admin1_equal("Amhara", "ETH", "Oromia", "ETH")
    assert not admin1_equal("Sud-Kivu", "COD", "South Kivu", "RWA")
    assert not admin1_equal(None, "ETH", "Amhara", "ETH")


def test_an_offset_from_the_gold_town_names_the_same_place():
    # "60 km north of Banikoara": the gold coder kept the town's point, we moved it 60 km
    def at(eid, lat, gid, prec):
        e = ev(eid, lat=lat, admin1="Elsewhere" if eid == "p" else "North", geo_precision=prec)
        return e.model_copy(update={"location": e.location.model_copy(update={"geonames_id": gid})})
    gold = [at("g1", 10.0, 2395049, 2)]
    assert counts(score(gold, [at("p", 10.0 + 60.0 / 111.2, 2395049, 2)])) == (1, 0, 0)
    assert counts(score(gold, [at("p", 10.0 + 60.0 / 111.2, 999, 2)])) == (0, 1, 1)  # another place
    assert counts(score(gold, [at("p", 10.0 + 60.0 / 111.2, 2395049, 1)])) == (0, 1, 1)  # said to be in it
