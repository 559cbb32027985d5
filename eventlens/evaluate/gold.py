"""Reading gold and predicted event sets: our JSONL contract, or an ACLED CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventlens.schema import ACTOR_TYPES, Actor, ActorType, Article, Count, Event, Location

#: Columns an ACLED export must have for us to read it as gold (both the 2020 and newer schemas).
ACLED_REQUIRED_COLUMNS: tuple[str, ...] = (
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "notes",
    "fatalities",
)

# ACLED has used "9-May-20" (2020 exports), "2020-05-09" (API) and "09 May 2020" (web exports).
_ACLED_DATE_FORMATS = ("%Y-%m-%d", "%d-%b-%y", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%m/%d/%Y")
_TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
# Newer exports spell the actor type out instead of the inter code.
_INTER_BY_LABEL = {label.lower(): code for code, label in ACTOR_TYPES.items()}
_INTER_BY_LABEL.update(
    {"state forces": 1, "rebel group": 2, "political militia": 3, "identity militia": 4,
     "rioters": 5, "protesters": 6, "civilians": 7, "external/other forces": 8}
)


@dataclass
class GoldSet:
    """Gold events plus what is known about which articles were annotated.

    ``articles`` is the scope: every article id the gold speaks about (ids of gold events, plus
    manifest entries).  When ``scoped`` is true, predictions on other articles are ignored
    (counted in the report as out of scope) instead of counting as false events.
    """

    events: list[Event]
    articles: set[str] = field(default_factory=set)
    negative_articles: set[str] = field(default_factory=set)
    #: "jsonl" or "acled": ACLED gold records 0 fatalities when none are reported, so an unknown
    #: predicted count is read as 0 against it.
    convention: str = "jsonl"
    scoped: bool = False
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- JSONL


def read_events_jsonl(path: str | Path) -> list[Event]:
    """Events from a JSONL file (blank lines and ``#`` comment lines are skipped)."""
    out: list[Event] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                out.append(Event.model_validate_json(line))
            except ValueError as exc:
                raise ValueError(f"{path}:{lineno}: not an Event record: {exc}") from exc
    return out


def read_manifest(path: str | Path) -> list[dict]:
    """``samples/manifest.jsonl``: one ``{"id", "kind", "n_events"}`` object a line."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            row = json.loads(line)
            if "id" not in row:
                raise ValueError(f"{path}:{lineno}: manifest line without an id")
            rows.append(row)
    return rows


def is_acled_csv(path: str | Path) -> bool:
    """Is this file an ACLED CSV export (its notes then become articles)?"""
    path = Path(path)
    return path.suffix.lower() == ".csv" and path.is_file() and _looks_like_acled_csv(path)


def _looks_like_acled_csv(path: Path) -> bool:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        first = fh.readline()
    if first.lstrip().startswith("{"):
        return False
    header = {c.strip().lower() for c in next(csv.reader(io.StringIO(first)), [])}
    return "event_date" in header and "event_type" in header


def load_gold(path: str | Path, manifest: str | Path | None = None) -> GoldSet:
    """Gold from our JSONL contract or from an ACLED CSV export (told apart by the first line).

    With a manifest, its ids join the scope and ids with ``n_events == 0`` are negative
    articles; predictions on articles outside the scope are then not scored.
    """
    path = Path(path)
    if _looks_like_acled_csv(path):
        pairs = list(_iter_acled(path))
        gold = GoldSet(
            events=[ev for _, ev in pairs if ev is not None],
            convention="acled",
            skipped=[reason for reason, ev in pairs if ev is None],
        )
    else:
        gold = GoldSet(events=read_events_jsonl(path))
    for ev in gold.events:
        gold.articles.update(ev.doc_ids)
    if manifest is not None:
        apply_manifest(gold, read_manifest(manifest))
    return gold


def apply_manifest(gold: GoldSet, rows: Iterable[dict]) -> None:
    counts: dict[str, int] = {}
    for ev in gold.events:
        for doc in ev.doc_ids:
            counts[doc] = counts.get(doc, 0) + 1
    for row in rows:
        doc = str(row["id"])
        gold.articles.add(doc)
        n = row.get("n_events")
        if n == 0:
            gold.negative_articles.add(doc)
            if counts.get(doc):
                gold.warnings.append(f"manifest says {doc} has no events, gold has {counts[doc]}")
        elif isinstance(n, int) and n != counts.get(doc, 0):
            gold.warnings.append(f"manifest says {doc} has {n} events, gold has {counts.get(doc, 0)}")
    gold.scoped = True


def load_pred(path: str | Path) -> list[Event]:
    """Predicted events: our JSONL (one Event a line)."""
    return read_events_jsonl(path)


# --------------------------------------------------------------------------- ACLED CSV


def parse_acled_date(text: str) -> dt.date | None:
    text = (text or "").strip()
    for fmt in _ACLED_DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _inter(value: str | None) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        code = int(value)
        return code if code in ACTOR_TYPES else None  # 0 means "no actor" in ACLED
    return _INTER_BY_LABEL.get(value.lower())


def _actor(name: str | None, inter: str | None) -> Actor | None:
    name = (name or "").strip()
    if not name:
        return None
    code = _inter(inter)
    return Actor(name=name, text=name, type=ActorType.of(code) if code else None)


def _assoc(value: str | None) -> list[Actor]:
    return [Actor(name=n.strip(), text=n.strip()) for n in (value or "").split(";") if n.strip()]


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else None
    except ValueError:
        return None


def acled_row_id(row: dict) -> str:
    return (row.get("event_id_cnty") or "").strip() or (row.get("data_id") or "").strip()


def acled_row_to_event(row: dict) -> Event:
    """One ACLED row as our Event (doc_ids = the row's own id: each row is its own "article")."""
    row_id = acled_row_id(row)
    day = parse_acled_date(row["event_date"])
    geo = _int(row.get("geo_precision"))
    fatalities = _int(row.get("fatalities"))
    iso3 = (row.get("iso3") or "").strip() or None
    return Event(
        event_id=row_id,
        doc_ids=[row_id],
        event_date=day,
        date_start=day,
        date_end=day,
        date_precision=_TIME_PRECISION.get((row.get("time_precision") or "").strip(), "day"),
        event_type=row["event_type"].strip() or None,
        sub_event_type=row["sub_event_type"].strip() or None,
        actor1=_actor(row.get("actor1"), row.get("inter1")),
        actor2=_actor(row.get("actor2"), row.get("inter2")),
        assoc_actor_1=_assoc(row.get("assoc_actor_1")),
        assoc_actor_2=_assoc(row.get("assoc_actor_2")),
        location=Location(
            name=(row.get("location") or "").strip(),
            admin1=(row.get("admin1") or "").strip() or None,
            admin2=(row.get("admin2") or "").strip() or None,
            country=(row.get("country") or "").strip() or None,
            iso3=iso3,
            latitude=_float(row.get("latitude")),
            longitude=_float(row.get("longitude")),
            geo_precision=geo if geo in (1, 2, 3) else None,
        ),
        fatalities=Count(low=fatalities, best=fatalities, high=fatalities),
        confidence=1.0,
    )


def _iter_acled_rows(path: Path) -> Iterator[tuple[str | None, dict]]:
    """(problem or None, row) for every data row."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        header = [c.strip().lower() for c in reader.fieldnames or []]
        missing = [c for c in ACLED_REQUIRED_COLUMNS if c not in header]
        if missing:
            raise ValueError(f"{path}: not an ACLED export, missing columns {missing}")
        reader.fieldnames = header
        for lineno, row in enumerate(reader, 2):
            row_id = acled_row_id(row)
            if not row_id:
                yield f"{path}:{lineno}: no event_id_cnty or data_id", row
            elif parse_acled_date(row.get("event_date") or "") is None:
                yield f"{path}:{lineno}: unreadable event_date {row.get('event_date')!r}", row
            elif not (row.get("event_type") or "").strip() or not (row.get("country") or "").strip():
                # the dev export's last row is cut off mid-record
                yield f"{path}:{lineno}: incomplete row {row_id}", row
            else:
                yield None, row


def _iter_acled(path: Path) -> Iterator[tuple[str, Event | None]]:
    for problem, row in _iter_acled_rows(path):
        if problem:
            yield problem, None
        else:
            yield "", acled_row_to_event(row)


def acled_csv_pairs(path: str | Path) -> Iterator[tuple[Article, Event]]:
    """Each complete ACLED row as (Article with the notes as text, its gold Event)."""
    for problem, row in _iter_acled_rows(Path(path)):
        if problem:
            continue
        ev = acled_row_to_event(row)
        yield (
            Article(
                id=ev.doc_ids[0],
                text=(row.get("notes") or "").strip(),
                published=ev.event_date,
                source=(row.get("source") or "").strip() or None,
                origin=str(path),
            ),
            ev,
        )


def acled_csv_articles(path: str | Path) -> list[Article]:
    """Each ACLED row as an article: id = event_id_cnty (or data_id), text = notes,
    published = event_date.  ``load_gold(path)`` gives the matching gold events."""
    return [art for art, _ in acled_csv_pairs(path)]
