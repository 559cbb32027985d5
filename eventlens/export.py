"""Write events to files: JSONL, flat CSV, ACLED-compatible CSV, GeoJSON, Parquet.

Every writer streams (one event at a time, or Parquet row groups of a few
thousand), so exporting a large store keeps memory flat.

ACLED CSV conventions (so ACLED analysis code runs unchanged on our output):

- ``event_date`` is ``YYYY-MM-DD`` (the best single day, else the range start).
- ``time_precision``: 1 = day; 2 = week, or a range that stays within one
  calendar month; 3 = month or vaguer (month, year, a longer range, unknown).
- ``fatalities`` follows ACLED's conservative convention: the ``low`` of our
  count where given, else ``best``; 0 when unknown (ACLED codes "no report"
  as 0, so a 0 there does not always mean "nobody died").
- ``inter1``/``inter2`` are ACLED's numeric actor codes 1-8 (0 when no actor),
  ``interaction`` is the two-digit pair, lower code first (``10`` for an actor
  acting alone, as in ACLED's codebook).
- ``source`` is the outlets that reported the event (from ``doc_sources``
  when given, else the article ids), joined by ``"; "``; ``source_scale``,
  ``region`` and ``admin3`` are left empty (we do not code them).
- ``notes`` is the sentence holding the trigger when article texts are given
  (``texts=``), else a summary built from the fields.
- ``timestamp`` is the export time as Unix seconds, unless given.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, TextIO

from .schema import Actor, Count, Event

#: Formats understood by :func:`write_events`.
FORMATS: tuple[str, ...] = ("jsonl", "csv", "acled-csv", "geojson", "parquet")

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

#: Flat CSV / Parquet columns: our field names, nested objects flattened with "_".
FLAT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "doc_ids",
    "event_date",
    "date_start",
    "date_end",
    "date_precision",
    "background",
    "event_type",
    "sub_event_type",
    "plover_type",
    "actor1_name",
    "actor1_text",
    "actor1_type",
    "actor1_country",
    "actor1_affiliations",
    "actor2_name",
    "actor2_text",
    "actor2_type",
    "actor2_country",
    "actor2_affiliations",
    "assoc_actor_1",
    "assoc_actor_2",
    "location_name",
    "admin1",
    "admin2",
    "country",
    "iso3",
    "latitude",
    "longitude",
    "geo_precision",
    "geonames_id",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injured_low",
    "injured_best",
    "injured_high",
    "arrested_low",
    "arrested_best",
    "arrested_high",
    "crowd_size_low",
    "crowd_size_high",
    "attribution",
    "claims",
    "confidence",
    "n_evidence",
)

LIST_SEP = "; "

_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


class ExportError(RuntimeError):
    """The export cannot be done (unknown format, missing optional package)."""


# --------------------------------------------------------------------------- rows


def _names(actors: Iterable[Actor]) -> str:
    return LIST_SEP.join(a.name for a in actors)


def _code(actor: Actor | None) -> int:
    return actor.type.code if actor is not None and actor.type is not None else 0


def acled_time_precision(event: Event) -> int:
    """ACLED time_precision: 1 day, 2 week or a range within one month, 3 vaguer."""
    p = event.date_precision
    if p == "day":
        return 1
    if p == "week":
        return 2
    if p == "range" and event.date_start and event.date_end:
        s, e = event.date_start, event.date_end
        if s == e:
            return 1
        if (s.year, s.month) == (e.year, e.month):
            return 2
    return 3


#: ACLED's codebook figures for vague reports; our record keeps its own reading ("dozens": low 24)
ACLED_VAGUE_FIGURES = {"dozens": 12, "hundreds": 100, "thousands": 1000}


def acled_fatalities(count: Count, phrase: str | None = None) -> int:
    """ACLED's conservative figure: low where given, else best; 0 when unknown.  When the words
    behind the count are vague ("dozens were killed"), ACLED's own figure for that word."""
    if phrase:
        words = set(phrase.lower().split())
        for word, figure in ACLED_VAGUE_FIGURES.items():
            if word in words:
                return figure
    if count.low is not None:
        return count.low
    if count.best is not None:
        return count.best
    return 0


def acled_interaction(inter1: int, inter2: int) -> int:
    """Two-digit ACLED interaction code, lower inter code first (10 = actor 1 alone)."""
    if inter1 and inter2:
        lo, hi = sorted((inter1, inter2))
        return lo * 10 + hi
    return (inter1 or inter2) * 10


def _disorder_type(event: Event) -> str:
    if event.sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    if event.sub_event_type == "Mob violence":
        return "Political violence"
    return _DISORDER.get(event.event_type or "", "")


def _iso_numeric(iso3: str | None) -> str:
    if not iso3:
        return ""
    try:
        import pycountry

        c = pycountry.countries.get(alpha_3=iso3.upper())
    except (ImportError, LookupError, KeyError):
        return ""
    return str(int(c.numeric)) if c is not None else ""


def _best_date(event: Event) -> dt.date | None:
    return event.event_date or event.date_start or event.date_end


_SENT_END = ".!?\n"


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end] (cut at . ! ? or a line break)."""
    a = start
    while a > 0 and not (text[a - 1] in _SENT_END and (a >= len(text) or text[a].isspace())):
        a -= 1
    b = end
    while b < len(text) and text[b] not in _SENT_END:
        b += 1
    return " ".join(text[a : b + 1].split())


def _notes(event: Event, texts: Callable[[str], str | None] | None = None) -> str:
    """ACLED-style one-line summary: the trigger sentence when article texts are at hand."""
    triggers = [e for e in event.evidence if e.field == "trigger"] or event.evidence[:1]
    if texts is not None:
        for ev in triggers:
            text = texts(ev.doc_id)
            if text and 0 <= ev.start <= ev.end <= len(text):
                sent = _sentence_around(text, ev.start, ev.end)
                if sent:
                    return sent
    d = _best_date(event)
    place = event.location.name if event.location else "an unknown location"
    what = (event.sub_event_type or event.event_type or "event").lower()
    who = " and ".join(a.name for a in (event.actor1, event.actor2) if a is not None)
    note = f"On {d.isoformat() if d else 'an unknown date'}, {what} in {place}"
    note += f" involving {who}." if who else "."
    if triggers:
        note += f' Reported as "{" ".join(triggers[0].text.split())}".'
    return note


def _tags(event: Event) -> str:
    tags: list[str] = []
    cs = event.crowd_size
    if event.event_type in ("Protests", "Riots"):
        if cs.low is None and cs.high is None:
            tags.append("crowd size=no report")
        elif cs.low == cs.high or cs.high is None:
            tags.append(f"crowd size={cs.low}")
        elif cs.low is None:
            tags.append(f"crowd size=up to {cs.high}")
        else:
            tags.append(f"crowd size={cs.low}-{cs.high}")
    for name, c in (("injured", event.injured), ("arrested", event.arrested)):
        if c.best is not None:
            tags.append(f"{name}={c.best}")
    if event.background:
        tags.append("background")
    return LIST_SEP.join(tags)


def acled_row(
    event: Event,
    doc_sources: Mapping[str, str] | None = None,
    timestamp: int | None = None,
    texts: Callable[[str], str | None] | None = None,
) -> dict[str, Any]:
    """One event as an ACLED CSV row (column -> value; None becomes an empty cell)."""
    loc = event.location
    d = _best_date(event)
    i1, i2 = _code(event.actor1), _code(event.actor2)
    if doc_sources:
        srcs: list[str] = []
        for doc in event.doc_ids:
            s = doc_sources.get(doc) or doc
            if s not in srcs:
                srcs.append(s)
        source = LIST_SEP.join(srcs)
    else:
        source = LIST_SEP.join(event.doc_ids)
    return {
        "event_id_cnty": event.event_id,
        "event_date": d.isoformat() if d else None,
        "year": d.year if d else None,
        "time_precision": acled_time_precision(event),
        "disorder_type": _disorder_type(event),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1.name if event.actor1 else None,
        "assoc_actor_1": _names(event.assoc_actor_1),
        "inter1": i1,
        "actor2": event.actor2.name if event.actor2 else None,
        "assoc_actor_2": _names(event.assoc_actor_2),
        "inter2": i2,
        "interaction": acled_interaction(i1, i2),
        "civilian_targeting": "Civilian targeting" if i2 == 7 else "",
        "iso": _iso_numeric(loc.iso3 if loc else None),
        "region": None,
        "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "admin3": None,
        "location": loc.name if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "source": source,
        "source_scale": None,
        "notes": _notes(event, texts),
        "fatalities": acled_fatalities(
            event.fatalities, next((ev.text for ev in event.evidence if ev.field == "fatalities"), None)
        ),
        "tags": _tags(event),
        "timestamp": int(time.time()) if timestamp is None else timestamp,
    }


def _actor_cols(prefix: str, a: Actor | None) -> dict[str, Any]:
    return {
        f"{prefix}_name": a.name if a else None,
        f"{prefix}_text": a.text if a else None,
        f"{prefix}_type": a.type.code if a and a.type else None,
        f"{prefix}_country": a.country if a else None,
        f"{prefix}_affiliations": LIST_SEP.join(a.affiliations) if a else None,
    }


def flat_row(event: Event) -> dict[str, Any]:
    """One event as a flat row with our field names (nested objects joined by '_')."""
    loc = event.location
    row: dict[str, Any] = {
        "event_id": event.event_id,
        "doc_ids": LIST_SEP.join(event.doc_ids),
        "event_date": event.event_date,
        "date_start": event.date_start,
        "date_end": event.date_end,
        "date_precision": event.date_precision,
        "background": event.background,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "plover_type": event.plover_type,
    }
    row.update(_actor_cols("actor1", event.actor1))
    row.update(_actor_cols("actor2", event.actor2))
    row.update(
        {
            "assoc_actor_1": _names(event.assoc_actor_1),
            "assoc_actor_2": _names(event.assoc_actor_2),
            "location_name": loc.name if loc else None,
            "admin1": loc.admin1 if loc else None,
            "admin2": loc.admin2 if loc else None,
            "country": loc.country if loc else None,
            "iso3": loc.iso3 if loc else None,
            "latitude": loc.latitude if loc else None,
            "longitude": loc.longitude if loc else None,
            "geo_precision": loc.geo_precision if loc else None,
            "geonames_id": loc.geonames_id if loc else None,
        }
    )
    for name in ("fatalities", "injured", "arrested"):
        c: Count = getattr(event, name)
        row[f"{name}_low"], row[f"{name}_best"], row[f"{name}_high"] = c.low, c.best, c.high
    row["crowd_size_low"] = event.crowd_size.low
    row["crowd_size_high"] = event.crowd_size.high
    row["attribution"] = LIST_SEP.join(a.source for a in event.attribution)
    row["claims"] = LIST_SEP.join(
        f"{c.claimant}: {c.kind}" + (f" ({c.target})" if c.target else "") for c in event.claims
    )
    row["confidence"] = event.confidence
    row["n_evidence"] = len(event.evidence)
    return row


def _cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


# --------------------------------------------------------------------------- writers


def _write_jsonl(events: Iterable[Event], out: TextIO, **_: Any) -> int:
    n = 0
    for ev in events:
        out.write(json.dumps(ev.to_json_dict(), ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


def _write_csv_rows(
    events: Iterable[Event], out: TextIO, columns: tuple[str, ...], row: Callable[[Event], dict]
) -> int:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(columns)
    n = 0
    for ev in events:
        r = row(ev)
        w.writerow([_cell(r[c]) for c in columns])
        n += 1
    return n


def _write_flat_csv(events: Iterable[Event], out: TextIO, **_: Any) -> int:
    return _write_csv_rows(events, out, FLAT_COLUMNS, flat_row)


def _write_acled_csv(
    events: Iterable[Event],
    out: TextIO,
    doc_sources: Mapping[str, str] | None = None,
    timestamp: int | None = None,
    texts: Callable[[str], str | None] | None = None,
    **_: Any,
) -> int:
    ts = int(time.time()) if timestamp is None else timestamp
    return _write_csv_rows(
        events, out, ACLED_COLUMNS, lambda e: acled_row(e, doc_sources, ts, texts)
    )


def _write_geojson(events: Iterable[Event], out: TextIO, **_: Any) -> int:
    # Streamed by hand (not json.dump of one big dict) so memory stays flat.
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = skipped = 0
    for ev in events:
        loc = ev.location
        if loc is None or loc.latitude is None or loc.longitude is None:
            skipped += 1
            continue
        feature = {
            "type": "Feature",
            "id": ev.event_id,
            "geometry": {"type": "Point", "coordinates": [loc.longitude, loc.latitude]},
            "properties": ev.to_json_dict(),
        }
        if n:
            out.write(",\n")
        out.write(json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    if skipped:
        print(
            f"geojson: {skipped} event(s) without coordinates omitted ({n} written)",
            file=sys.stderr,
        )
    return n


def _parquet_schema():  # -> pyarrow.Schema
    import pyarrow as pa

    types: dict[str, Any] = {c: pa.string() for c in FLAT_COLUMNS}
    for c in ("event_date", "date_start", "date_end"):
        types[c] = pa.date32()
    types["background"] = pa.bool_()
    types["doc_ids"] = pa.list_(pa.string())
    for c in ("latitude", "longitude", "confidence"):
        types[c] = pa.float64()
    for c in FLAT_COLUMNS:
        if c.endswith(("_low", "_best", "_high", "_type")) and c not in (
            "event_type",
            "sub_event_type",
            "plover_type",
        ):
            types[c] = pa.int64()
    for c in ("geo_precision", "geonames_id", "n_evidence"):
        types[c] = pa.int64()
    return pa.schema([(c, types[c]) for c in FLAT_COLUMNS])


def _write_parquet(events: Iterable[Event], out: IO[bytes], batch_size: int = 5000, **_: Any) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # optional dependency
        raise ExportError(
            "Parquet export needs pyarrow: pip install 'eventlens[parquet]' (or pip install pyarrow)"
        ) from exc
    schema = _parquet_schema()
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict] = []

        def flush() -> None:
            cols = {c: [r[c] for r in batch] for c in FLAT_COLUMNS}
            writer.write_table(pa.table(cols, schema=schema))
            batch.clear()

        for ev in events:
            r = flat_row(ev)
            r["doc_ids"] = list(ev.doc_ids)  # a real list column, not a joined string
            batch.append(r)
            n += 1
            if len(batch) >= batch_size:
                flush()
        if batch or n == 0:
            flush()
    return n


_TEXT_WRITERS = {
    "jsonl": _write_jsonl,
    "csv": _write_flat_csv,
    "acled-csv": _write_acled_csv,
    "geojson": _write_geojson,
}


def write_events(
    events: Iterable[Event],
    out: TextIO | IO[bytes] | str | os.PathLike,
    fmt: str,
    *,
    doc_sources: Mapping[str, str] | None = None,
    timestamp: int | None = None,
    texts: Callable[[str], str | None] | None = None,
) -> int:
    """Write ``events`` to ``out`` (an open stream or a path) in ``fmt``; returns how many.

    ``fmt`` is one of :data:`FORMATS`. Parquet needs a path or a binary stream
    (a text stream with a ``.buffer``, such as stdout, also works) and pyarrow.
    ``doc_sources`` maps article id -> outlet name for the ACLED ``source``
    column; ``timestamp`` fixes the ACLED ``timestamp`` column (default: now);
    ``texts`` (article id -> text) lets ACLED ``notes`` quote the trigger sentence.
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    opts = {"doc_sources": doc_sources, "timestamp": timestamp, "texts": texts}
    if fmt == "parquet":
        if isinstance(out, (str, os.PathLike)):
            return _write_parquet(events, str(Path(out)), **opts)
        if isinstance(out, io.TextIOBase):
            buf = getattr(out, "buffer", None)
            if buf is None:
                raise ExportError("Parquet is binary: give a path or a binary stream")
            out.flush()
            return _write_parquet(events, buf, **opts)
        return _write_parquet(events, out, **opts)
    writer = _TEXT_WRITERS[fmt]
    if isinstance(out, (str, os.PathLike)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return writer(events, fh, **opts)
    return writer(events, out, **opts)  # type: ignore[arg-type]


def iter_jsonl(path: str | os.PathLike) -> Iterator[Event]:
    """Read events back from a JSONL export (one event a line)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield Event.model_validate_json(line)
