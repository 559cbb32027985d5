"""Ingest: readers, datelines, bad input, quarantine. All inputs are written here."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from eventlens.ingest import (
    Dateline,
    QuarantineWriter,
    article_hash,
    parse_dateline,
    parse_published,
    read_inputs,
    strip_html,
)
from eventlens.schema import Article, QuarantineItem

TODAY = dt.date(2024, 6, 1)


def read(paths, **kw):
    warnings: list[tuple[str, str]] = []
    kw.setdefault("today", TODAY)
    recs = list(
        read_inputs([str(p) for p in paths], on_warning=lambda o, m: warnings.append((o, m)), **kw)
    )
    return recs, warnings


def articles(recs):
    return [r for r in recs if isinstance(r, Article)]


def quarantined(recs):
    return [r for r in recs if isinstance(r, QuarantineItem)]


def only_q(recs) -> QuarantineItem:
    assert len(recs) == 1 and isinstance(recs[0], QuarantineItem), recs
    return recs[0]


STORY = "KUT, Iraq (AFP) - Gunmen killed two policemen at a checkpoint on Saturday, police said.\n"


# ------------------------------------------------------------------ plain text


def test_text_with_date_line(tmp_path: Path):
    f = tmp_path / "kut.txt"
    f.write_text(" date 2022-01-08 Two police killed in Kut\n" + STORY, encoding="utf-8")
    (a,), warns = read([f])
    assert a.id == "kut"
    assert a.published == dt.date(2022, 1, 8)
    assert a.title == "Two police killed in Kut"
    assert a.text == STORY.strip()
    assert a.dateline == "KUT, Iraq"
    assert a.origin == str(f)
    assert warns == []


def test_text_without_date_uses_default_then_none(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text(STORY)
    (a,), warns = read([f], default_published=dt.date(2022, 2, 2))
    assert a.published == dt.date(2022, 2, 2) and a.title is None and warns == []
    (a,), warns = read([f])
    assert isinstance(a, Article) and a.published is None
    assert warns and "no publication date" in warns[0][1]


def test_text_unknown_suffix_is_text_and_date_word_is_not_a_date_line(tmp_path: Path):
    f = tmp_path / "story.md"
    f.write_text("date palms were burned near Basra.\r\nMore text.\r\n")
    (a,), _ = read([f])
    assert a.id == "story" and a.text == "date palms were burned near Basra.\nMore text."
    assert a.published is None


def test_text_absurd_and_unparseable_date_line(tmp_path: Path):
    f = tmp_path / "future.txt"
    f.write_text("date 3021-01-01 caption\n" + STORY)
    q = only_q(read([f])[0])
    assert q.reason == "absurd publication date 3021-01-01"
    assert q.origin == f"{f}:1"
    f.write_text("date 2022-13-45\n" + STORY)
    assert "unparseable publication date" in only_q(read([f])[0]).reason
    f.write_text("date 1850-01-01\n" + STORY)
    assert "absurd" in only_q(read([f])[0]).reason


def test_text_date_line_only(tmp_path: Path):
    f = tmp_path / "x.txt"
    f.write_text("date 2022-01-08 caption\n\n")
    assert "no text" in only_q(read([f])[0]).reason


def test_ids_stable_across_runs(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(STORY)
    (tmp_path / "a.txt").write_text(STORY)
    ids1 = [a.id for a in articles(read([tmp_path])[0])]
    ids2 = [a.id for a in articles(read([tmp_path])[0])]
    assert ids1 == ids2 == ["a", "sub/b"]


# ------------------------------------------------------------------ JSONL


def test_jsonl_good_and_bad_lines(tmp_path: Path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "d1", "text": STORY, "published": "2022-01-08", "title": "T",
                    "url": "https://example.org/1", "source": "AFP"}),
        '{"id": "d2", "text": "broken',  # line 2: broken JSON
        "",  # blank line: not data
        json.dumps({"id": "d3"}),  # line 4: missing text
        json.dumps(["not", "an", "object"]),  # line 5
        json.dumps({"id": 7, "text": "Protesters gathered.", "published": "2022-01-09T23:30:00+03:00"}),
        json.dumps({"text": "No id here.", "published": "3021-01-01"}),  # line 7 absurd
        json.dumps({"text": "No id, no date."}),  # line 8
        json.dumps({"id": "d9", "text": "x", "published": "yesterday"}),  # line 9
        json.dumps({"id": "d10", "text": 12}),  # line 10
    ]
    f.write_text("\n".join(lines) + "\n")
    recs, warns = read([f])
    kinds = [(type(r).__name__, r.origin) for r in recs]
    assert kinds == [
        ("Article", f"{f}:1"),
        ("QuarantineItem", f"{f}:2"),
        ("QuarantineItem", f"{f}:4"),
        ("QuarantineItem", f"{f}:5"),
        ("Article", f"{f}:6"),
        ("QuarantineItem", f"{f}:7"),
        ("Article", f"{f}:8"),
        ("QuarantineItem", f"{f}:9"),
        ("QuarantineItem", f"{f}:10"),
    ]
    a1, a6, a8 = articles(recs)
    assert (a1.id, a1.title, a1.url, a1.source, a1.published, a1.dateline) == (
        "d1", "T", "https://example.org/1", "AFP", dt.date(2022, 1, 8), "KUT, Iraq")
    assert a6.id == "7" and a6.published == dt.date(2022, 1, 9)  # publisher's own day
    assert a8.id == "batch:8" and a8.published is None
    reasons = [q.reason for q in quarantined(recs)]
    assert reasons[0].startswith("broken JSON")
    assert reasons[1] == "missing text field"
    assert "not an object" in reasons[2]
    assert reasons[3] == "absurd publication date 3021-01-01"
    assert "unparseable publication date 'yesterday'" == reasons[4]
    assert "not a string" in reasons[5]
    assert quarantined(recs)[0].raw == '{"id": "d2", "text": "broken'
    assert warns == [(str(f), "no publication date: only absolute dates can be resolved")]


def test_json_array_and_ndjson(tmp_path: Path):
    f = tmp_path / "arr.json"
    f.write_text(json.dumps([{"text": "One."}, {"nope": 1}]))
    recs, _ = read([f])
    assert isinstance(recs[0], Article) and recs[0].id == "arr:0"
    assert recs[1].origin == f"{f}[1]" and recs[1].reason == "missing text field"
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "o", "text": "Pretty."}, indent=2))
    (a,), _ = read([one])
    assert a.id == "o" and a.origin == str(one)
    jl = tmp_path / "lines.json"
    jl.write_text('{"text": "L1"}\n{"text": "L2"}\n')
    assert [a.id for a in read([jl])[0]] == ["lines:1", "lines:2"]
    g = tmp_path / "lines.ndjson"
    g.write_text('{"id": "x", "text": "Two."}\n')
    assert read([g])[0][0].id == "x"


def test_jsonl_long_line_streamed(tmp_path: Path):
    f = tmp_path / "big.jsonl"
    big = json.dumps({"id": "big", "text": "x" * 5000})
    f.write_text(json.dumps({"id": "a", "text": "ok"}) + "\n" + big + "\n"
                 + json.dumps({"id": "b", "text": "ok"}) + "\n")
    recs, _ = read([f], max_bytes=1000)  # the file is over the limit: still streamed
    assert [getattr(r, "id", None) for r in recs] == ["a", None, "b"]
    q = recs[1]
    assert q.origin == f"{f}:2" and "line too large" in q.reason and len(q.raw) <= 2000


# ------------------------------------------------------------------ CSV


def test_csv(tmp_path: Path):
    f = tmp_path / "batch.csv"
    f.write_text(
        "ID,Text,published,title,extra\n"
        'c1,"KUT, Iraq — Two killed.\nSecond paragraph.",2022-01-08,Kut,zz\n'
        "c2,,2022-01-08,empty,\n"
        "c3,fine,3021-01-01,,\n"
        "c4,a,b,c,d,e,f\n"
        "\n"
        ",no id,,,\n"
    )
    recs, _ = read([f])
    assert [(type(r).__name__, r.origin) for r in recs] == [
        ("Article", f"{f}:2"),
        ("QuarantineItem", f"{f}:4"),
        ("QuarantineItem", f"{f}:5"),
        ("QuarantineItem", f"{f}:6"),
        ("Article", f"{f}:8"),
    ]
    a = recs[0]
    assert a.id == "c1" and a.text == "KUT, Iraq — Two killed.\nSecond paragraph."
    assert a.dateline == "KUT, Iraq" and a.title == "Kut" and a.published == dt.date(2022, 1, 8)
    assert recs[1].reason == "missing text field"
    assert "absurd" in recs[2].reason
    assert "7 fields" in recs[3].reason and recs[3].raw == "c4,a,b,c,d,e,f\n"
    assert recs[4].id == "batch:8"


def test_csv_without_text_column(tmp_path: Path):
    f = tmp_path / "acled.csv"
    f.write_text("event_date,notes\n9-May-20,something\n")
    q = only_q(read([f])[0])
    assert q.origin == f"{f}:1" and "no 'text' column" in q.reason


# ------------------------------------------------------------------ feeds

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title>
<item>
  <title>Two killed in Kut</title>
  <link>https://example.org/kut</link>
  <guid>urn:example:1</guid>
  <pubDate>Sat, 08 Jan 2022 22:10:00 +0300</pubDate>
  <description>&lt;p&gt;KUT, Iraq (AFP) - Gunmen &amp;amp; others killed two.&lt;/p&gt;&lt;p&gt;More.&lt;/p&gt;</description>
</item>
<item>
  <title>Title only</title>
  <link>https://example.org/none</link>
</item>
<item>
  <title>Rich</title>
  <link>https://example.org/rich</link>
  <pubDate>not a date</pubDate>
  <content:encoded><![CDATA[<div>Body <b>bold</b></div><script>x()</script>]]></content:encoded>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Wire</title>
  <entry>
    <title type="html">Protest in &lt;i&gt;Basra&lt;/i&gt;</title>
    <link rel="alternate" href="https://example.org/basra"/>
    <id>tag:example.org,2022:basra</id>
    <published>2022-01-09T08:00:00Z</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>BASRA, Iraq — Hundreds protested.</p><p>Police watched.</p></div></content>
  </entry>
</feed>
"""


def test_rss(tmp_path: Path):
    f = tmp_path / "wire.rss"
    f.write_text(RSS)
    recs, _ = read([f])
    a, q, bad = recs
    assert a.id == "urn:example:1" and a.url == "https://example.org/kut"
    assert a.title == "Two killed in Kut" and a.source == "Example Wire"
    assert a.published == dt.date(2022, 1, 8)
    assert a.text == "KUT, Iraq (AFP) - Gunmen & others killed two.\nMore."
    assert a.dateline == "KUT, Iraq" and a.origin == f"{f}:4"
    assert isinstance(q, QuarantineItem) and "no description" in q.reason and q.origin == f"{f}:11"
    assert isinstance(bad, QuarantineItem) and "unparseable publication date" in bad.reason


def test_atom(tmp_path: Path):
    f = tmp_path / "wire.atom"
    f.write_text(ATOM)
    (a,), _ = read([f])
    assert a.id == "tag:example.org,2022:basra" and a.url == "https://example.org/basra"
    assert a.title == "Protest in Basra" and a.source == "Atom Wire"
    assert a.published == dt.date(2022, 1, 9)
    assert a.text == "BASRA, Iraq — Hundreds protested.\nPolice watched."
    assert a.dateline == "BASRA, Iraq"


def test_feed_malformed_and_entities(tmp_path: Path):
    f = tmp_path / "bad.xml"
    f.write_text("<rss><channel>\n<item><title>x</title>\n</channel></rss>")
    q = only_q(read([f])[0])
    assert q.reason.startswith("malformed XML") and q.origin == f"{f}:3"
    f.write_text('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaa">]>\n<rss/>')
    assert "entities" in only_q(read([f])[0]).reason
    f.write_text("<html><body>hi</body></html>")
    assert "not an RSS or Atom feed" in only_q(read([f])[0]).reason


def test_strip_html():
    assert strip_html("<p>a&nbsp;b</p><style>x{}</style><br/>c &amp; d") == "a b\nc & d"


# ------------------------------------------------------------------ bad input


def test_empty_and_whitespace_files(tmp_path: Path):
    for name in ("e.txt", "e.jsonl", "e.csv", "e.xml"):
        (tmp_path / name).write_bytes(b"")
        assert only_q(read([tmp_path / name])[0]).reason == "empty file"
    (tmp_path / "w.txt").write_text("  \n\n")
    assert "whitespace only" in only_q(read([tmp_path / "w.txt"])[0]).reason


def test_binary_files(tmp_path: Path):
    f = tmp_path / "junk.txt"
    f.write_bytes(bytes(range(256)) * 4)
    assert only_q(read([f])[0]).reason.startswith("binary file")
    g = tmp_path / "report.pdf"
    g.write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    assert only_q(read([g])[0]).reason == "binary file (PDF)"
    h = tmp_path / "junk.jsonl"
    h.write_bytes(b"\x00\x01\x02" * 100)
    assert only_q(read([h])[0]).reason.startswith("binary file")


def test_cp1252_decoded_with_warning(tmp_path: Path):
    f = tmp_path / "legacy.txt"
    f.write_bytes("date 2022-01-08\nPolice said the café’s owner – a local man – fled.".encode("cp1252"))
    (a,), warns = read([f])
    assert a.text == "Police said the café’s owner – a local man – fled."
    assert any("cp1252" in m for _, m in warns)


def test_invalid_utf8_quarantined(tmp_path: Path):
    f = tmp_path / "broken.txt"
    # valid UTF-8 accents followed by a stray byte: damaged UTF-8, not cp1252
    data = "Café in Kut ".encode() + b"\xff\xfe" + b" end"
    f.write_bytes(data)
    q = only_q(read([f])[0])
    bad = data.index(b"\xff")
    assert q.reason == f"invalid UTF-8 at byte {bad}"


def test_utf8_bom_and_utf16(tmp_path: Path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbfdate 2022-01-08 cap\nText.")
    (a,), _ = read([f])
    assert a.published == dt.date(2022, 1, 8) and a.text == "Text."
    g = tmp_path / "u16.txt"
    g.write_bytes("Text in UTF-16.".encode("utf-16"))
    (a,), warns = read([g])
    assert a.text == "Text in UTF-16." and any("UTF-16" in m for _, m in warns)
    h = tmp_path / "bom.jsonl"
    h.write_bytes(b"\xef\xbb\xbf" + b'{"id": "j", "text": "ok"}\n')
    assert read([h])[0][0].id == "j"


def test_invalid_line_in_jsonl(tmp_path: Path):
    f = tmp_path / "mixed.jsonl"
    good = b'{"id": "a", "text": "ok"}\n'
    bad = b'{"id": "b", "text": "caf\xc3\xa9 \xff"}\n'
    f.write_bytes(good + bad + good.replace(b'"a"', b'"c"'))
    recs, _ = read([f])
    assert [type(r).__name__ for r in recs] == ["Article", "QuarantineItem", "Article"]
    at = len(good) + bad.index(b"\xff")
    assert recs[1].origin == f"{f}:2" and recs[1].reason == f"invalid UTF-8 at byte {at}"
    # a cp1252 line is decoded, with one warning for the file
    f.write_bytes(good + '{"id": "b", "text": "café"}\n'.encode("cp1252"))
    recs, warns = read([f])
    legacy = [w for w in warns if "cp1252" in w[1]]
    assert recs[1].text == "café" and len(legacy) == 1 and legacy[0][0] == f"{f}:2"
    assert (str(f), "2 articles without publication date: only absolute dates can be resolved") in warns


def test_large_text_file_not_read(tmp_path: Path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:  # sparse: 52 MB on paper, nothing on disk
        fh.truncate(52_000_000)
    q = only_q(read([f])[0])
    assert q.reason == "file too large (52 MB > 20 MB limit)"
    g = tmp_path / "small.txt"
    g.write_text("x" * 2000)
    assert only_q(read([g], max_bytes=1000)[0]).reason == "file too large (2 kB > 1 kB limit)"


def test_missing_path(tmp_path: Path):
    q = only_q(read([tmp_path / "nope.txt"])[0])
    assert q.reason == "no such file or folder"


# ------------------------------------------------------------------ folders and stdin


def test_folder_recursive_sorted_hidden_skipped(tmp_path: Path):
    root = tmp_path / "corpus"
    (root / "b").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("hidden")
    (root / ".hidden.txt").write_text("hidden")
    (root / "b" / "z.txt").write_text("Z text.")
    (root / "a.jsonl").write_text('{"text": "A1"}\n{"text": "A2"}\n')
    (root / "c.txt").write_bytes(b"")
    recs, _ = read([root])
    assert [(type(r).__name__, getattr(r, "id", r.origin)) for r in recs] == [
        ("Article", "a:1"),
        ("Article", "a:2"),
        ("Article", "b/z"),
        ("QuarantineItem", str(root / "c.txt")),
    ]


def test_stdin_text_and_jsonl():
    (a,), _ = read(["-"], stdin=io.StringIO("\n date 2022-01-08 cap\n" + STORY))
    assert a.id == "stdin" and a.published == dt.date(2022, 1, 8) and a.origin == "<stdin>"
    recs, _ = read(["-"], stdin=io.BytesIO(b'\n  {"id": "s1", "text": "one"}\n{bad\n'))
    assert recs[0].id == "s1" and recs[1].origin == "<stdin>:3"
    assert only_q(read(["-"], stdin=io.BytesIO(b"  \n"))[0]).reason == "empty input"


def test_stdin_binary_stream_wrapper():
    class FakeStdin:  # like sys.stdin: text on top, bytes in .buffer
        buffer = io.BytesIO(b'{"id": "b1", "text": "x"}\n')

    (a,), _ = read(["-"], stdin=FakeStdin())
    assert a.id == "b1"


# ------------------------------------------------------------------ datelines


@pytest.mark.parametrize(
    "text, dl_text, place, country, agency",
    [
        ("KUT, Iraq — Gunmen", "KUT, Iraq", "KUT", "Iraq", None),
        ("KUT, Iraq (AFP) - Gunmen", "KUT, Iraq", "KUT", "Iraq", "AFP"),
        ("BAGHDAD (Reuters) - Gunmen", "BAGHDAD", "BAGHDAD", None, "Reuters"),
        ("Kut, Iraq, Jan 8 (AFP) - Gunmen", "Kut, Iraq", "Kut", "Iraq", "AFP"),
        ("NEW DELHI: Police", "NEW DELHI", "NEW DELHI", None, None),
        ("  AL-QAIM, Iraq—Gunmen", "AL-QAIM, Iraq", "AL-QAIM", "Iraq", None),
        ("Sharm el-Sheikh, Egypt – Talks", "Sharm el-Sheikh, Egypt", "Sharm el-Sheikh", "Egypt", None),
        ("SPRINGFIELD, Ill., May 3 (AP) — A", "SPRINGFIELD, Ill.", "SPRINGFIELD", "Ill.", "AP"),
        ("BAGHDAD (Reuters) -\nPolice said", "BAGHDAD", "BAGHDAD", None, "Reuters"),
    ],
)
def test_dateline_variants(text, dl_text, place, country, agency):
    d = parse_dateline(text)
    assert isinstance(d, Dateline)
    assert (d.text, d.place, d.country, d.agency) == (dl_text, place, country, agency)
    assert text[d.start : d.end] == dl_text
    assert text[d.body_start :][:1].isalpha()


def test_dateline_date_text():
    d = parse_dateline("Kut, Iraq, 8 January 2022 (AFP) - Gunmen")
    assert d is not None and d.date_text == "8 January 2022"


@pytest.mark.parametrize(
    "text",
    [
        "Police said: two were killed.",
        "BREAKING: two killed",
        "Baghdad — a city of millions",
        "Iraqi forces — backed by jets — advanced",
        "Tuesday, March 3 — protesters",
        "10:30 am: blast",
        "The attack, in Kut — killed two",
        "Gunmen killed two policemen.",
        "",
    ],
)
def test_not_datelines(text):
    assert parse_dateline(text) is None


# ------------------------------------------------------------------ hash, dates, quarantine


def test_article_hash_normalises():
    a = Article(id="a", text="Two  killed\r\nin Kut. Café", published=dt.date(2022, 1, 8))
    b = Article(id="b", text="Two killed in Kut. Cafe\u0301 ", published=dt.date(2022, 1, 8))
    c = Article(id="a", text="Two killed in Kut. Café", published=dt.date(2022, 1, 9))
    assert article_hash(a) == article_hash(b) != article_hash(c)
    assert len(article_hash(a)) == 64


def test_parse_published():
    assert parse_published("2022-01-08", today=TODAY) == (dt.date(2022, 1, 8), None)
    assert parse_published("2022-01-08T10:00:00Z", today=TODAY)[0] == dt.date(2022, 1, 8)
    assert parse_published("2022-01-08 10:00", today=TODAY)[0] == dt.date(2022, 1, 8)
    assert parse_published(None) == (None, None)
    assert parse_published("  ") == (None, None)
    assert parse_published("2025-06-03", today=TODAY)[1] == "absurd publication date 2025-06-03"
    assert parse_published("2025-06-02", today=TODAY)[1] is None  # a year ahead: allowed
    assert parse_published(1641600000)[1].startswith("unparseable")


def test_quarantine_writer(tmp_path: Path):
    f = tmp_path / "q" / "quarantine.jsonl"
    said: list[str] = []
    with QuarantineWriter(f, echo=said.append) as q:
        q.write(QuarantineItem(origin="a.jsonl:2", reason="broken JSON", raw="x" * 5000))
        q.write(QuarantineItem(origin="b.txt", reason="empty file"))
    assert q.count == 2
    assert said == ["quarantined a.jsonl:2: broken JSON", "quarantined b.txt: empty file"]
    with QuarantineWriter(f, echo=None) as q2:  # appends
        q2.write(QuarantineItem(origin="c", reason="r"))
    rows = [json.loads(line) for line in f.read_text().splitlines()]
    assert [r["origin"] for r in rows] == ["a.jsonl:2", "b.txt", "c"]
    assert rows[0]["raw"].startswith("x" * 1900) and len(rows[0]["raw"]) == 2000
    assert rows[0]["raw"].endswith("[5,000 characters in all]")
    assert rows[1]["raw"] is None


def test_quarantine_writer_default_echo_to_stderr(capsys):
    with QuarantineWriter(None) as q:
        q.write(QuarantineItem(origin="x.txt:3", reason="binary file"))
    assert capsys.readouterr().err == "quarantined x.txt:3: binary file\n"
    assert q.count == 1


def test_nothing_raises_on_mixed_folder(tmp_path: Path):
    # every record is accounted for: one Article or QuarantineItem per unit
    (tmp_path / "a.txt").write_bytes(b"\x00\x00")
    (tmp_path / "b.csv").write_text("text\n")
    (tmp_path / "c.xml").write_text("<feed xmlns='http://www.w3.org/2005/Atom'/>")
    (tmp_path / "d.jsonl").write_text("[]\n")
    recs, warns = read([tmp_path])
    assert [type(r).__name__ for r in recs] == ["QuarantineItem", "QuarantineItem"]
    assert any("no items" in m for _, m in warns)
    assert any("no data rows" in m for _, m in warns)


def test_csv_bad_bytes_and_long_field(tmp_path: Path):
    f = tmp_path / "mixed.csv"
    long_text = "word " * 40_000  # 200 kB: over csv's default field limit
    f.write_bytes(b"id,text\nr1,caf\xc3\xa9 \xff\n" + f"r2,{long_text}\n".encode())
    recs, _ = read([f])
    assert isinstance(recs[0], QuarantineItem) and recs[0].origin == f"{f}:2"
    assert recs[0].reason.startswith("invalid UTF-8 at byte")
    assert isinstance(recs[1], Article) and len(recs[1].text) == len(long_text.strip())


def test_named_pipe(tmp_path: Path):
    import os
    import threading

    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)

    def writer():
        with open(fifo, "wb") as w:
            w.write(b'{"id": "p1", "text": "piped"}\n')

    t = threading.Thread(target=writer)
    t.start()
    recs, _ = read([fifo])
    t.join(5)
    assert [r.id for r in recs] == ["p1"]


def test_reader_bug_quarantines_rest_of_file(tmp_path: Path, monkeypatch):
    import eventlens.ingest.readers as readers

    def boom(text):
        if "boom" in text:
            raise ValueError("kaboom")
        return None

    monkeypatch.setattr(readers, "parse_dateline", boom)
    f = tmp_path / "x.jsonl"
    f.write_text('{"text": "fine"}\n{"text": "boom"}\n{"text": "never read"}\n')
    g = tmp_path / "y.txt"
    g.write_text("next file is read")
    recs, _ = read([f, g])
    assert [type(r).__name__ for r in recs] == ["Article", "QuarantineItem", "Article"]
    assert "ValueError: kaboom" in recs[1].reason
