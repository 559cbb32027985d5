"""Exports: JSONL round trip, flat CSV, ACLED CSV conventions, GeoJSON, Parquet."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from eventlens.export import (
    ACLED_COLUMNS,
    FLAT_COLUMNS,
    FORMATS,
    ExportError,
    acled_time_precision,
    iter_jsonl,
    write_events,
)
from eventlens.schema import (
    Actor,
    ActorType,
    Attribution,
    Count,
    CrowdSize,
    Event,
    Evidence,
    Location,
)


def _events() -> list[Event]:
    kut = Location(
        name="Kut", admin1="Wasit", country="Iraq", iso3="IRQ",
        latitude=32.5128, longitude=45.8182, geo_precision=1,
    )
    clash = Event(
        event_id="ev-1",
        doc_ids=["a1", "a2"],
        event_date=dt.date(2024, 3, 2),
        date_start=dt.date(2024, 3, 2),
        date_end=dt.date(2024, 3, 2),
        date_precision="day",
        event_type="Battles",
        sub_event_type="Armed clash",
        plover_type="ASSAULT",
        actor1=Actor(name="Military Forces of Iraq", text="Iraqi troops", type=ActorType.of(1), country="IRQ"),
        actor2=Actor(name="Islamic State", text="IS militants", type=ActorType.of(2)),
        assoc_actor_1=[
            Actor(name="Popular Mobilization Forces", text="PMF", type=ActorType.of(3)),
            Actor(name="Police Forces of Iraq", text="police", type=ActorType.of(1)),
        ],
        location=kut,
        fatalities=Count(low=3, best=5, high=7),
        injured=Count(best=4),
        attribution=[Attribution(source="security source", text="a security source said")],
        confidence=0.8,
        evidence=[Evidence(doc_id="a1", field="trigger", start=0, end=30, text="Clashes erupted near Kut.")],
    )
    protest = Event(
        event_id="ev-2",
        doc_ids=["a3"],
        event_date=dt.date(2024, 3, 10),
        date_start=dt.date(2024, 3, 8),
        date_end=dt.date(2024, 3, 12),
        date_precision="range",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1=Actor(name="Protesters (Iraq)", text="demonstrators", type=ActorType.of(6)),
        location=Location(name="Wasit", country="Iraq", iso3="IRQ", geo_precision=3),
        crowd_size=CrowdSize(low=150, high=200),
    )
    vague = Event(
        event_id="ev-3",
        doc_ids=["a4"],
        date_precision="unknown",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        actor1=Actor(name="Unidentified Armed Group (Iraq)", text="gunmen", type=ActorType.of(3)),
        actor2=Actor(name="Civilians (Iraq)", text="a farmer", type=ActorType.of(7)),
        fatalities=Count(best=1),
    )
    return [clash, protest, vague]


def test_formats_listed():
    assert set(FORMATS) == {"jsonl", "csv", "acled-csv", "geojson", "parquet"}


def test_unknown_format():
    with pytest.raises(ExportError, match="unknown export format"):
        write_events(_events(), io.StringIO(), "xml")


def test_jsonl_round_trip(tmp_path):
    path = tmp_path / "ev.jsonl"
    assert write_events(_events(), path, "jsonl") == 3
    back = list(iter_jsonl(path))
    assert back == _events()


def test_flat_csv():
    buf = io.StringIO()
    write_events(_events(), buf, "csv")
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0].keys()) == FLAT_COLUMNS
    assert rows[0]["doc_ids"] == "a1; a2"
    assert rows[0]["actor1_type"] == "1"
    assert rows[0]["fatalities_best"] == "5"
    assert rows[0]["background"] == "false"
    assert rows[1]["latitude"] == ""
    assert rows[1]["crowd_size_high"] == "200"


def test_acled_csv_columns_and_conventions():
    buf = io.StringIO()
    write_events(_events(), buf, "acled-csv", doc_sources={"a1": "AFP", "a2": "AFP"}, timestamp=1700000000)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS
    clash, protest, vague = rows
    assert clash["event_date"] == "2024-03-02" and clash["year"] == "2024"
    assert clash["time_precision"] == "1"
    assert clash["assoc_actor_1"] == "Popular Mobilization Forces; Police Forces of Iraq"
    assert (clash["inter1"], clash["inter2"], clash["interaction"]) == ("1", "2", "12")
    assert clash["fatalities"] == "3"  # low, ACLED's conservative figure
    assert clash["source"] == "AFP"  # deduplicated outlet names
    assert clash["iso"] == "368" and clash["country"] == "Iraq"
    assert clash["disorder_type"] == "Political violence"
    assert clash["notes"].startswith("On 2024-03-02, armed clash in Kut involving Military Forces of Iraq")
    assert clash["notes"].endswith('Reported as "Clashes erupted near Kut.".')
    assert clash["timestamp"] == "1700000000"
    assert float(clash["latitude"]) == pytest.approx(32.5128)
    # a range within one month is precision 2; the range start is the ACLED date
    # when there is no best day, but here event_date is given
    assert protest["time_precision"] == "2" and protest["event_date"] == "2024-03-10"
    assert protest["interaction"] == "60" and protest["inter2"] == "0"
    assert protest["tags"] == "crowd size=150-200"
    assert protest["disorder_type"] == "Demonstrations"
    assert vague["event_date"] == "" and vague["time_precision"] == "3"
    assert vague["fatalities"] == "1"  # best when no low
    assert vague["civilian_targeting"] == "Civilian targeting"
    assert vague["interaction"] == "37"


def test_acled_notes_quote_the_trigger_sentence():
    text = "KUT, Iraq - Tensions rose. Clashes erupted near Kut on Saturday, police said.\nMore later."
    start = text.index("Clashes")
    ev = _events()[0].model_copy(update={"evidence": [
        Evidence(doc_id="a1", field="trigger", start=start, end=start + 7, text="Clashes")]})
    buf = io.StringIO()
    write_events([ev], buf, "acled-csv", texts={"a1": text}.get)
    row = next(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row["notes"] == "Clashes erupted near Kut on Saturday, police said."


def test_acled_fatalities_unknown_is_zero():
    ev = Event(event_id="x", doc_ids=["d"], event_type="Protests", sub_event_type="Peaceful protest")
    buf = io.StringIO()
    write_events([ev], buf, "acled-csv")
    row = next(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row["fatalities"] == "0"
    assert row["source"] == "d"
    assert int(row["timestamp"]) > 1_600_000_000


@pytest.mark.parametrize(
    ("precision", "start", "end", "expected"),
    [
        ("day", None, None, 1),
        ("week", None, None, 2),
        ("range", dt.date(2024, 3, 1), dt.date(2024, 3, 20), 2),
        ("range", dt.date(2024, 3, 25), dt.date(2024, 4, 3), 3),
        ("month", None, None, 3),
        ("year", None, None, 3),
        ("unknown", None, None, 3),
    ],
)
def test_time_precision(precision, start, end, expected):
    ev = Event(event_id="x", doc_ids=[], date_precision=precision, date_start=start, date_end=end)
    assert acled_time_precision(ev) == expected


def test_geojson(capsys):
    buf = io.StringIO()
    n = write_events(_events(), buf, "geojson")
    assert n == 1
    fc = json.loads(buf.getvalue())
    assert fc["type"] == "FeatureCollection"
    (feat,) = fc["features"]
    assert feat["geometry"] == {"type": "Point", "coordinates": [45.8182, 32.5128]}
    assert feat["properties"]["event_id"] == "ev-1"
    assert "2 event(s) without coordinates omitted" in capsys.readouterr().err


def test_geojson_empty():
    buf = io.StringIO()
    assert write_events([], buf, "geojson") == 0
    assert json.loads(buf.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_parquet(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "ev.parquet"
    assert write_events(_events(), path, "parquet") == 3
    table = pq.read_table(path)
    assert table.column_names == list(FLAT_COLUMNS)
    rows = table.to_pylist()
    assert rows[0]["doc_ids"] == ["a1", "a2"]
    assert rows[0]["event_date"] == dt.date(2024, 3, 2)
    assert rows[0]["fatalities_low"] == 3
    assert rows[2]["latitude"] is None


def test_parquet_binary_stream():
    pq = pytest.importorskip("pyarrow.parquet")
    buf = io.BytesIO()
    write_events(_events(), buf, "parquet")
    assert pq.read_table(io.BytesIO(buf.getvalue())).num_rows == 3


def test_parquet_missing_pyarrow(monkeypatch, tmp_path):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError("no pyarrow")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(ExportError, match="needs pyarrow"):
        write_events(_events(), tmp_path / "x.parquet", "parquet")


def test_parquet_text_stream_without_buffer():
    pytest.importorskip("pyarrow")
    with pytest.raises(ExportError, match="binary"):
        write_events(_events(), io.StringIO(), "parquet")


def test_acled_csv_uses_acled_figures_for_vague_counts():
    from eventlens.export import acled_fatalities
    from eventlens.schema import Count

    # our record reads "dozens" as at least 24; ACLED's codebook codes it as 12
    assert acled_fatalities(Count(low=24, best=24), "dozens of people were killed") == 12
    assert acled_fatalities(Count(low=3, best=3, high=3), "killing three") == 3
    assert acled_fatalities(Count(), None) == 0
