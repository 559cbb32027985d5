"""The `eventlens extract` command as a user runs it: inputs, the contract, formats, quarantine."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from eventlens.cli import EXIT_QUARANTINED, app

CONTRACT_FIELDS = {
    "event_id", "doc_ids", "event_date", "date_start", "date_end", "date_precision", "background",
    "event_type", "sub_event_type", "plover_type", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2",
    "location", "fatalities", "injured", "arrested", "crowd_size", "attribution", "claims", "confidence",
    "evidence",
}

STORY = (
    " date 2023-03-11 Bombing in Helmand\n\n"
    "LASHKAR GAH, Afghanistan (AFP) — A roadside bomb killed two soldiers in Helmand province on "
    "Thursday, a provincial police spokesman said.\n"
)


@pytest.fixture()
def runner():
    return CliRunner()


def test_extract_writes_the_contract_and_evidence(tmp_path, runner):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "helmand.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 1
    event = lines[0]
    assert set(event) == CONTRACT_FIELDS
    assert event["sub_event_type"] == "Remote explosive/landmine/IED"
    assert event["event_date"] == "2023-03-09"  # "on Thursday" before Saturday 11 March
    assert event["fatalities"]["best"] == 2
    assert event["location"]["admin1"] == "Helmand"
    body = STORY.split("\n", 2)[2]
    for ev in event["evidence"]:
        assert body[ev["start"] : ev["end"]] == ev["text"]


def test_jsonl_input_with_a_broken_line_quarantines_it_and_goes_on(tmp_path, runner):
    src = tmp_path / "feed.jsonl"
    good = {"id": "a1", "text": "Police fired tear gas to disperse students protesting in Dhaka on Monday.",
            "published": "2023-03-08"}
    src.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "a2"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    q = tmp_path / "q.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "--quarantine", str(q), "--quiet"])
    assert result.exit_code == EXIT_QUARANTINED
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert [e["doc_ids"] for e in events] == [["a1"]]
    items = [json.loads(line) for line in q.read_text().splitlines()]
    assert [i["origin"] for i in items] == [f"{src}:2", f"{src}:3"]
    assert all(i["reason"] for i in items)


def test_bad_files_are_set_aside_with_a_reason_and_the_batch_goes_on(tmp_path, runner):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--quiet"])
    assert result.exit_code == EXIT_QUARANTINED
    q = tmp_path / "out.jsonl.quarantine.jsonl"
    reasons = {json.loads(line)["origin"].rsplit("/", 1)[-1]: json.loads(line)["reason"] for line in q.read_text().splitlines()}
    assert set(reasons) == {"empty.txt", "junk.txt"}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["junk.txt"]
    assert len(out.read_text().splitlines()) == 1


def test_published_option_dates_undated_text(tmp_path, runner):
    src = tmp_path / "plain.txt"
    src.write_text("Gunmen kidnapped 20 students from a school in Kaduna state on Monday.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "--published", "2024-03-08", "--quiet"])
    assert result.exit_code == 0, result.output
    event = json.loads(out.read_text().splitlines()[0])
    assert event["event_date"] == "2024-03-04"
    assert event["sub_event_type"] == "Abduction/forced disappearance"


def test_acled_csv_and_geojson_formats(tmp_path, runner):
    src = tmp_path / "helmand.txt"
    src.write_text(STORY, encoding="utf-8")
    acled = tmp_path / "events.csv"
    assert runner.invoke(app, ["extract", str(src), "-o", str(acled), "--format", "acled-csv", "-q"]).exit_code == 0
    rows = list(csv.DictReader(acled.open()))
    assert rows[0]["event_type"] == "Explosions/Remote violence"
    assert rows[0]["admin1"] == "Helmand" and rows[0]["fatalities"] == "2"
    geo = tmp_path / "events.geojson"
    assert runner.invoke(app, ["extract", str(src), "-o", str(geo), "--format", "geojson", "-q"]).exit_code == 0
    fc = json.loads(geo.read_text())
    assert fc["type"] == "FeatureCollection" and fc["features"][0]["geometry"]["type"] == "Point"


def test_bad_published_date_is_a_usage_error(tmp_path, runner):
    src = tmp_path / "plain.txt"
    src.write_text("Nothing happened.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "--published", "08/03/2024"])
    assert result.exit_code == 2


def test_an_article_too_long_for_the_parser_is_set_aside_not_fatal(tmp_path, runner):
    src = tmp_path / "feed.jsonl"
    huge = {"id": "huge", "text": "Police arrested a man. " * 50_000, "published": "2023-03-08"}
    ok = {"id": "ok", "text": "Police fired tear gas to disperse students protesting in Dhaka on Monday.",
          "published": "2023-03-08"}
    src.write_text(json.dumps(huge) + "\n" + json.dumps(ok) + "\n", encoding="utf-8")
    out, q = tmp_path / "out.jsonl", tmp_path / "q.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "--quarantine", str(q), "-q"])
    assert result.exit_code == EXIT_QUARANTINED
    assert [json.loads(line)["doc_ids"] for line in out.read_text().splitlines()] == [["ok"]]
    item = json.loads(q.read_text().splitlines()[0])
    assert "too long for the parser" in item["reason"]


ACLED_HEADER = (
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3\n"
)


def test_acled_export_is_read_as_notes_and_scored_against_itself(tmp_path, runner):
    rows = (
        '1,4,AFG1,1,7-May-20,2020,1,Explosions/Remote violence,Remote explosive/landmine/IED,'
        'Unidentified Armed Group (Afghanistan),,3,Military Forces of Afghanistan (2004-2021),,1,13,'
        'Southern Asia,Afghanistan,Helmand,Lashkar Gah,,Lashkar Gah,31.5938,64.3716,1,Pajhwok,National,'
        '"On 7 May 2020, a roadside bomb killed two soldiers in Lashkar Gah city (Lashkar Gah, Helmand).",2,1,AFG\n'
    )
    src = tmp_path / "acled.csv"
    src.write_text(ACLED_HEADER + rows, encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    assert runner.invoke(app, ["extract", str(src), "-o", str(out), "-q"]).exit_code == 0
    event = json.loads(out.read_text().splitlines()[0])
    assert event["doc_ids"] == ["AFG1"] and event["event_date"] == "2020-05-07"
    report = tmp_path / "report.json"
    result = runner.invoke(app, ["evaluate", "--gold", str(src), "--pred", str(out), "--json", str(report)])
    assert result.exit_code == 0, result.output
    scores = json.loads(report.read_text())
    assert scores["detection"]["tp"] == 1
