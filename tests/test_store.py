"""The store against real databases: SQLite always, PostgreSQL when EVENTLENS_TEST_PG_URL is set.

    export EVENTLENS_TEST_PG_URL=$(scripts/start_postgres.sh)
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from eventlens.assemble.dedup import cluster
from eventlens.schema import Actor, ActorType, Article, Count, Event, Evidence, Location
from eventlens.store import Store, StoreError, article_hash, normalize_url
from eventlens.store import store as store_mod
from eventlens.store.tables import metadata

PG_URL = os.environ.get("EVENTLENS_TEST_PG_URL")
DATA = Path(__file__).parent / "data" / "dedup_clusters.jsonl"

_pg = pytest.param(
    "postgresql",
    marks=[
        pytest.mark.postgres,
        pytest.mark.skipif(
            not PG_URL,
            reason="PostgreSQL tests need EVENTLENS_TEST_PG_URL (start one: scripts/start_postgres.sh)",
        ),
    ],
)


def _reset_pg(url: str) -> None:
    eng = create_engine(normalize_url(url))
    with eng.begin() as conn:
        metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    eng.dispose()


@pytest.fixture(params=["sqlite", _pg])
def store(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'ev.db'}"
    else:
        _reset_pg(PG_URL)
        url = PG_URL
    s = Store.open(url)
    yield s
    s.close()


KUT = Location(name="Kut", admin1="Wasit", country="Iraq", iso3="IRQ", latitude=32.5128, longitude=45.8182, geo_precision=1)
BASRA = Location(name="Basra", admin1="Basra", country="Iraq", iso3="IRQ", latitude=30.5085, longitude=47.7804, geo_precision=1)
ALEPPO = Location(name="Aleppo", admin1="Aleppo", country="Syria", iso3="SYR", latitude=36.2021, longitude=37.1343, geo_precision=1)


def article(i: str, text: str | None = None, source: str = "Wire") -> Article:
    return Article(id=i, text=text or f"Story {i}: clashes were reported.", published=dt.date(2024, 3, 3),
                   title=f"t{i}", source=source)


def event(eid: str, day=dt.date(2024, 3, 2), loc: Location = KUT, deaths: int | None = 4,
          etype="Battles", sub="Armed clash", a1=("Military Forces of Iraq", 1), a2=("Islamic State (Iraq)", 2)) -> Event:
    return Event(
        event_id=eid,
        doc_ids=["whatever"],
        event_date=day, date_start=day, date_end=day, date_precision="day",
        event_type=etype, sub_event_type=sub,
        actor1=Actor(name=a1[0], text=a1[0], type=ActorType.of(a1[1])) if a1 else None,
        actor2=Actor(name=a2[0], text=a2[0], type=ActorType.of(a2[1])) if a2 else None,
        location=loc,
        fatalities=Count(low=deaths, best=deaths, high=deaths) if deaths is not None else Count(),
        evidence=[Evidence(doc_id="x", field="trigger", start=0, end=5, text="Story")],
    )


def test_normalize_url():
    assert normalize_url(None) == "sqlite:///eventlens.db"
    assert normalize_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("data/ev.db") == "sqlite:///data/ev.db"
    assert normalize_url("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"


def test_open_migrates_to_head_and_matches_tables(store):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    assert store.revision() == "0001"
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diffs == []
    # opening again is a no-op
    again = Store.open(store.engine.url.render_as_string(hide_password=False))
    assert again.revision() == "0001"
    again.close()


def test_sqlite_wal(tmp_path):
    s = Store.open(f"sqlite:///{tmp_path / 'w.db'}")
    with s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    # a reader sees committed data while a writer holds an open transaction
    s.add_article(article("a1"), [event("e1")])
    writer = s.engine.connect()
    tx = writer.begin()
    writer.exec_driver_sql("INSERT INTO articles (id, content_hash, text, added_at) VALUES ('zz', 'h', 't', '2024-01-01')")
    assert [e.event_id for e in s.query()] == ["e1"]
    tx.rollback()
    writer.close()
    s.close()


def test_add_article_idempotent(store):
    a = article("a1")
    assert not store.has_article(article_hash(a))
    touched = store.add_article(a, [event("e1"), event("e2", loc=BASRA)])
    assert touched == ["e1", "e2"]
    assert store.has_article(article_hash(a))
    assert store.add_article(a, [event("e1")]) == []  # same content: skipped
    same_text_other_id = article("a1-copy", text=a.text)
    assert store.add_article(same_text_other_id, [event("e9")]) == []
    st = store.stats()
    assert (st["articles"], st["mentions"], st["events"], st["evidence"]) == (1, 2, 2, 2)
    assert store.article_text("a1") == a.text
    assert store.article_text("nope") is None
    ev = store.get_event("e1")
    assert ev.doc_ids == ["a1"]  # the store sets the mention's doc to its article
    assert store.get_event("nope") is None
    assert store.get_article("a1").source == "Wire"


def test_article_id_clash(store):
    store.add_article(article("a1"), [])
    with pytest.raises(StoreError, match="already stored"):
        store.add_article(article("a1", text="Different text entirely."), [])


def test_cross_article_merge(store):
    store.add_article(article("a1"), [event("e1", deaths=4)])
    near = KUT.model_copy(update={"name": "Al-Kut", "latitude": 32.52, "geo_precision": 1})
    touched = store.add_article(article("a2"), [event("e2", loc=near, deaths=6, a2=("Unidentified Armed Group (Iraq)", 3))])
    assert touched == ["e1"]
    store.add_article(article("a3"), [event("e3", day=dt.date(2024, 3, 3))])  # next day: its own event
    evs = list(store.query())
    assert [e.event_id for e in evs] == ["e1", "e3"]
    e1 = evs[0]
    assert e1.doc_ids == ["a1", "a2"]
    assert (e1.fatalities.low, e1.fatalities.best, e1.fatalities.high) == (4, 4, 6)
    assert e1.actor2.name == "Islamic State (Iraq)"
    assert len(store.event_mentions("e1")) == 2
    assert store.stats()["events_multi_source"] == 1


def test_one_transaction_per_article(store, monkeypatch):
    real = store_mod.dedup.merge
    calls = {"n": 0}

    def flaky(members, eid):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("boom")
        return real(members, eid)

    monkeypatch.setattr(store_mod.dedup, "merge", flaky)
    a = article("a1")
    with pytest.raises(RuntimeError):
        store.add_article(a, [event("e1"), event("e2", loc=BASRA)])
    assert not store.has_article(article_hash(a))
    assert store.stats()["mentions"] == 0 and store.stats()["events"] == 0
    monkeypatch.setattr(store_mod.dedup, "merge", real)
    assert store.add_article(a, [event("e1"), event("e2", loc=BASRA)]) == ["e1", "e2"]


def test_query_filters(store):
    store.add_article(article("a1", source="AFP"), [event("k", dt.date(2024, 3, 2))])
    store.add_article(article("a2"), [event("b", dt.date(2024, 4, 10), loc=BASRA, etype="Protests",
                                            sub="Peaceful protest", a1=("Protesters (Iraq)", 6), a2=None, deaths=None)])
    store.add_article(article("a3"), [event("s", dt.date(2024, 3, 20), loc=ALEPPO,
                                            a1=("Military Forces of Syria", 1), a2=("Hayat Tahrir al-Sham", 2))])

    def ids(**kw):
        return [e.event_id for e in store.query(**kw)]

    assert ids() == ["k", "s", "b"]
    assert ids(country="Iraq") == ["k", "b"]
    assert ids(country="irq") == ["k", "b"]
    assert ids(country="SYR") == ["s"]
    assert ids(admin1="wasit") == ["k"]
    assert ids(event_type="Protests") == ["b"]
    assert ids(event_type="Armed clash") == ["k", "s"]
    assert ids(actor="tahrir") == ["s"]
    assert ids(actor="50%_") == []
    assert ids(since="2024-03-10") == ["s", "b"]
    assert ids(since=dt.date(2024, 3, 1), until=dt.date(2024, 3, 31)) == ["k", "s"]
    assert ids(bbox=(44.0, 29.0, 48.5, 33.0)) == ["k", "b"]
    assert ids(bbox=(36.0, 35.0, 38.0, 37.0)) == ["s"]
    assert ids(limit=1) == ["k"]
    assert ids(country="Iraq", event_type="Battles", since="2024-03-01", until="2024-03-31") == ["k"]
    assert store.doc_sources()["a1"] == "AFP"


def _cluster_records() -> list[Event]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    for r in rows:
        r.pop("cluster"), r.pop("kind")
    return [Event.model_validate(r) for r in rows]


def test_store_dedup_matches_memory_and_rebuild(store):
    recs = _cluster_records()
    for i, ev in enumerate(recs):
        # one article per record; doc ids become the article ids
        store.add_article(article(f"art{i}", text=f"report {i}"), [ev])
    stored = {e.event_id: sorted(e.doc_ids) for e in store.query()}
    expected_events, _ = cluster([r.model_copy(update={"doc_ids": [f"art{i}"]}) for i, r in enumerate(recs)])
    assert stored == {e.event_id: sorted(e.doc_ids) for e in expected_events}
    before = [e.model_dump() for e in store.query()]
    assert store.rebuild() == len(stored)
    after = [e.model_dump() for e in store.query()]
    assert after == before
    assert store.stats()["event_sources"] == len(recs)
