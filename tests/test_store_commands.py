"""ingest / query / export / rebuild commands, with a fake extractor instead of the model."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
import typer
from typer.testing import CliRunner

from eventlens.schema import Actor, ActorType, Article, Count, Event, Location
from eventlens.store import Store
from eventlens.store.commands import EXIT_INTERRUPTED, EXIT_QUARANTINED, register

PLACES = {
    "Kut": Location(name="Kut", admin1="Wasit", country="Iraq", iso3="IRQ", latitude=32.5128, longitude=45.8182, geo_precision=1),
    "Aleppo": Location(name="Aleppo", admin1="Aleppo", country="Syria", iso3="SYR", latitude=36.2021, longitude=37.1343, geo_precision=1),
}


def fake_extract(article: Article) -> list[Event]:
    """One event per line 'PLACE DATE KILLED' after the date line, like a tiny extractor."""
    out = []
    for i, line in enumerate(article.text.splitlines()):
        parts = line.split()
        if len(parts) != 3 or parts[0] not in PLACES:
            continue
        if parts[0] == "BOOM":
            raise ValueError("bad article")
        day = dt.date.fromisoformat(parts[1])
        n = int(parts[2])
        out.append(Event(
            event_id=f"{article.id}-{i}", doc_ids=[article.id], event_date=day, date_start=day, date_end=day,
            date_precision="day", event_type="Battles", sub_event_type="Armed clash",
            actor1=Actor(name="Military Forces", text="troops", type=ActorType.of(1)),
            location=PLACES[parts[0]], fatalities=Count(low=n, best=n, high=n),
        ))
    return out


def make_app(extract=fake_extract) -> typer.Typer:
    app = typer.Typer()
    register(app, extractor_factory=lambda: extract)
    return app


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("date 2024-03-03\nKut 2024-03-02 4\n", encoding="utf-8")
    (d / "b.txt").write_text("date 2024-03-04\nKut 2024-03-02 5\nAleppo 2024-03-03 2\n", encoding="utf-8")
    (d / "c.txt").write_text("date 2024-03-05\nAleppo 2024-03-05 1\n", encoding="utf-8")
    return d


def run(app, args, tmp_path):
    runner = CliRunner()
    return runner.invoke(app, args, catch_exceptions=False)


def test_ingest_query_export_rebuild(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    db = f"sqlite:///{tmp_path / 'ev.db'}"
    r = run(app, ["ingest", str(corpus), "--db", db], tmp_path)
    assert r.exit_code == 0, r.output
    assert "3 articles stored" in r.output
    r = run(app, ["ingest", str(corpus), "--db", db, "--quiet"], tmp_path)  # rerun: nothing new
    assert r.exit_code == 0
    s = Store.open(db)
    assert s.stats()["articles"] == 3 and s.stats()["events"] == 3
    s.close()

    r = run(app, ["query", "--db", db, "--country", "Iraq"], tmp_path)
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 1 and len(lines[0]["doc_ids"]) == 2
    r = run(app, ["query", "--db", db, "--since", "2024-03-03", "--format", "acled-csv"], tmp_path)
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["location"] for row in rows] == ["Aleppo", "Aleppo"]
    r = run(app, ["query", "--db", db, "--bbox", "44,29,48,34", "--type", "Armed clash", "--actor", "military"], tmp_path)
    assert len(r.stdout.splitlines()) == 1
    r = run(app, ["query", "--db", db, "--bbox", "nonsense"], tmp_path)
    assert r.exit_code == 2

    for fmt, name in [("jsonl", "o.jsonl"), ("acled-csv", "o.csv"), ("geojson", "o.geojson"), ("parquet", "o.parquet")]:
        out = tmp_path / "out" / name
        r = run(app, ["export", "--db", db, "--format", fmt, "-o", str(out)], tmp_path)
        assert r.exit_code == 0, r.output
        assert out.stat().st_size > 0
    assert len(json.loads((tmp_path / "out" / "o.geojson").read_text())["features"]) == 3
    acled = list(csv.DictReader((tmp_path / "out" / "o.csv").open()))
    kut = next(row for row in acled if row["location"] == "Kut")
    assert kut["source"] == "a; b"  # no outlet names in plain text files: article ids
    assert kut["fatalities"] == "4"  # ACLED's conservative figure: the lowest low

    r = run(app, ["rebuild", "--db", db], tmp_path)
    assert r.exit_code == 0 and "3 canonical events" in r.output
    r = run(app, ["db-stats", "--db", db], tmp_path)
    assert json.loads(r.stdout)["events_multi_source"] == 1


def test_ingest_interrupted_then_resumed(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = f"sqlite:///{tmp_path / 'ev.db'}"
    calls = {"n": 0}

    def interrupting(article):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return fake_extract(article)

    r = run(make_app(interrupting), ["ingest", str(corpus), "--db", db], tmp_path)
    assert r.exit_code == EXIT_INTERRUPTED
    assert "rerun" in r.output
    s = Store.open(db)
    assert s.stats()["articles"] == 1
    r = run(make_app(), ["ingest", str(corpus), "--db", db], tmp_path)
    assert r.exit_code == 0
    assert "1 already stored" in r.output
    assert s.stats()["articles"] == 3
    s.close()


def test_ingest_quarantines_failed_extraction(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (corpus / "d.txt").write_text("date 2024-03-05\nsomething odd\n", encoding="utf-8")

    def failing(article):
        if "odd" in article.text:
            raise ValueError("extractor choked")
        return fake_extract(article)

    db = f"sqlite:///{tmp_path / 'ev.db'}"
    q = tmp_path / "q.jsonl"
    r = run(make_app(failing), ["ingest", str(corpus), "--db", db, "--quarantine", str(q)], tmp_path)
    assert r.exit_code == EXIT_QUARANTINED
    item = json.loads(q.read_text().splitlines()[0])
    assert "extractor choked" in item["reason"]
    s = Store.open(db)
    assert s.stats()["articles"] == 3  # the failed one is not stored, so a rerun retries it
    s.close()
