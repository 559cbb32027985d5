"""Adapters for the development gold sets under ``../shared/data`` (see its README).

Each adapter yields ``(Article, label)`` with a small typed label per set.  Nothing here copies the
data: it is read in place, and callers skip a set whose folder is absent (``data_root()`` is None
or the set's folder is missing) since a user's clone does not have it.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from eventlens.evaluate.gold import acled_csv_pairs
from eventlens.schema import Article, Event

NO_EVENT = "no event"

T = TypeVar("T")


def data_root(root: str | Path | None = None) -> Path | None:
    """The dev data folder: ``root``, else $EVENTLENS_DEVDATA, else ``../shared/data`` next to
    the working directory or to the repository; None when none exists."""
    repo = Path(__file__).resolve().parents[2]
    candidates = [root] if root is not None else [
        os.environ.get("EVENTLENS_DEVDATA"),
        Path.cwd() / ".." / "shared" / "data",
        repo / ".." / "shared" / "data",
    ]
    for cand in candidates:
        if cand and Path(cand).is_dir():
            return Path(cand)
    return None


def sample(items: Sequence[T], limit: int | None, seed: int = 13) -> list[T]:
    """A reproducible random subset of ``limit`` items, kept in their original order.

    Random rather than the first N because the files are sorted (by date, by country), so a
    head would measure one week or one country.  ``limit`` None or 0 keeps everything.
    """
    if not limit or limit >= len(items):
        return list(items)
    keep = sorted(random.Random(seed).sample(range(len(items)), limit))
    return [items[i] for i in keep]


def _folder(root: str | Path | None, name: str) -> Path:
    base = data_root(root)
    if base is None or not (base / name).is_dir():
        raise FileNotFoundError(f"dev set {name!r} not found (looked under {base or '../shared/data'})")
    return base / name


# --------------------------------------------------------------------------- ACLED


def acled_dev(root: str | Path | None = None, middle_east: bool = False) -> Iterator[tuple[Article, Event]]:
    """ACLED rows: the coder's notes as the article, event_date as its publication date."""
    folder = _folder(root, "acled_dev")
    pattern = "acled_middle_east_*.csv" if middle_east else "acled_global_*.csv"
    files = sorted(folder.glob(pattern))
    if not files:
        raise FileNotFoundError(f"no {pattern} in {folder}")
    for path in files:
        yield from acled_csv_pairs(path)


# --------------------------------------------------------------------------- CASE 2021 task 2

#: the task's codes -> ACLED sub-event types (spelled as schema.ACLED_TAXONOMY spells them)
CASE_CODE_TO_SUB: dict[str, str] = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
}
#: the task's "unseen" off-topic classes: not political violence or protest, so "no event" for us
CASE_OFF_TOPIC: tuple[str, ...] = ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB")


@dataclass(frozen=True)
class CaseLabel:
    code: str
    #: ACLED sub-event type, or NO_EVENT for the off-topic classes
    sub_event_type: str


def _case_codes(folder: Path) -> tuple[set[str], set[str]]:
    """(seen ACLED codes, unseen off-topic codes) as the task's own files list them."""
    seen, unseen = set(CASE_CODE_TO_SUB), set(CASE_OFF_TOPIC)
    types = folder / "event_types.txt"
    if types.is_file():
        seen = {ln.strip() for ln in types.read_text(encoding="utf-8").splitlines() if ln.strip()}
    note = folder / "event_types_note.txt"
    if note.is_file():
        # codes listed under the "UNSEEN" headings
        in_unseen = False
        found = set()
        for ln in note.read_text(encoding="utf-8").splitlines():
            if "UNSEEN" in ln.upper():
                in_unseen = True
            elif in_unseen and re.fullmatch(r"[A-Z_]+", ln.strip()):
                found.add(ln.strip())
        unseen = found or unseen
    unknown = seen - set(CASE_CODE_TO_SUB)
    if unknown:
        raise ValueError(f"CASE 2021 codes without an ACLED mapping: {sorted(unknown)}")
    return seen, unseen


def case2021_task2(root: str | Path | None = None) -> Iterator[tuple[Article, CaseLabel]]:
    """CASE 2021 task 2 snippets with their fine-grained type mapped to our sub-event types."""
    folder = _folder(root, "case2021_task2")
    seen, unseen = _case_codes(folder)
    files = sorted((folder / "test_dataset").glob("*.tsv")) or sorted(folder.glob("*.tsv"))
    for path in files:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 3 or parts[0] == "id":
                    continue
                snippet_id, text, code = parts[0], "\t".join(parts[1:-1]), parts[-1].strip()
                if code in seen:
                    sub = CASE_CODE_TO_SUB[code]
                elif code in unseen:
                    sub = NO_EVENT
                else:
                    raise ValueError(f"{path}:{lineno}: unknown event type code {code!r}")
                yield (
                    Article(id=f"case2021-{snippet_id}", text=text.strip(), origin=f"{path}:{lineno}"),
                    CaseLabel(code=code, sub_event_type=sub),
                )


# --------------------------------------------------------------------------- PLOVER gold

#: the gold records follow an older PLOVER draft; our schema has the 16 types of the 2021 draft
PLOVER_LEGACY: dict[str, str] = {
    "FIGHT": "ASSAULT",
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",  # CAMEO 09x -> ACCUSE with mode "investigate" in CAMEO2PLOVER-2021
}


@dataclass(frozen=True)
class PloverLabel:
    record_id: str
    plover_type: str
    original_type: str
    mode: str | None = None
    context: str | None = None
    dead: int | None = None
    injured: int | None = None
    size: str | None = None
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    location: str | None = None


def _int_or_none(value) -> int | None:
    try:
        return int(str(value).replace(",", "").strip())
    except (TypeError, ValueError):
        return None


def _actor_texts(value) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(a.get("actorText", "") for a in value if isinstance(a, dict) and a.get("actorText"))
    return ()


def plover_gold(root: str | Path | None = None) -> Iterator[tuple[Article, PloverLabel]]:
    """PLOVER gold sentences (the DOCUMENT header record is skipped)."""
    folder = _folder(root, "plover_gold")
    records = json.loads((folder / "PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8"))
    for rec in records:
        if rec.get("event") == "DOCUMENT" or not rec.get("text"):
            continue
        original = rec["event"]
        loc = rec.get("eventLoc")
        yield (
            # the records' date is a placeholder (2000-01-01), so no publication date is given
            Article(id=rec["id"], text=rec["text"], origin=str(folder / "PLOVER_GSR_CAMEO.txt")),
            PloverLabel(
                record_id=rec["id"],
                plover_type=PLOVER_LEGACY.get(original, original),
                original_type=original,
                mode=rec.get("mode") or None,
                context=rec.get("context") or None,
                dead=_int_or_none(rec.get("dead")),
                injured=_int_or_none(rec.get("injured")),
                size=rec.get("size") or None,
                source=_actor_texts(rec.get("source")),
                target=_actor_texts(rec.get("target")),
                location=loc.get("name") if isinstance(loc, dict) else None,
            ),
        )


# --------------------------------------------------------------------------- UCDP GED Syria


@dataclass(frozen=True)
class UcdpLabel:
    ged_id: str
    best: int
    low: int
    high: int
    date_start: dt.date
    date_end: dt.date
    date_prec: int | None
    where_prec: int | None
    adm_1: str | None
    adm_2: str | None
    latitude: float | None
    longitude: float | None
    type_of_violence: int | None
    side_a: str = ""
    side_b: str = ""

    @property
    def deaths_range(self) -> tuple[int, int]:
        # a few rows have best outside low..high; take the widest span the row states
        vals = (self.low, self.best, self.high)
        return min(vals), max(vals)


def ucdp_ged_syria(root: str | Path | None = None, min_words: int = 3) -> Iterator[tuple[Article, UcdpLabel]]:
    """UCDP GED events: the source headline(s) as text, date_start as publication date.

    Rows whose headline is shorter than ``min_words`` words (some are bare reference codes)
    are skipped.  Several headlines (";"-joined in GED) become separate lines.
    """
    folder = _folder(root, "ucdp_ged_syria")
    for path in sorted(folder.glob("*.csv")):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                headline = (row.get("source_headline") or "").strip()
                if len(headline.split()) < min_words:
                    continue
                start = dt.date.fromisoformat(row["date_start"][:10])
                end = dt.date.fromisoformat(row["date_end"][:10])
                yield (
                    Article(
                        id=f"ucdp-{row['id']}",
                        text="\n".join(h.strip() for h in headline.split(";") if h.strip()),
                        published=start,
                        source=(row.get("source_office") or "").strip() or None,
                        origin=str(path),
                    ),
                    UcdpLabel(
                        ged_id=row["id"],
                        best=int(row["best"]),
                        low=int(row["low"]),
                        high=int(row["high"]),
                        date_start=start,
                        date_end=end,
                        date_prec=_int_or_none(row.get("date_prec")),
                        where_prec=_int_or_none(row.get("where_prec")),
                        adm_1=(row.get("adm_1") or "").strip() or None,
                        adm_2=(row.get("adm_2") or "").strip() or None,
                        latitude=float(row["latitude"]) if row.get("latitude") else None,
                        longitude=float(row["longitude"]) if row.get("longitude") else None,
                        type_of_violence=_int_or_none(row.get("type_of_violence")),
                        side_a=(row.get("side_a") or "").strip(),
                        side_b=(row.get("side_b") or "").strip(),
                    ),
                )


# --------------------------------------------------------------------------- IndiaPoliceEvents


@dataclass(frozen=True)
class IpeLabel:
    doc_id: str
    sent_id: int
    kill: bool
    arrest: bool
    force: bool
    fail: bool
    any_action: bool


def india_police_events(root: str | Path | None = None) -> Iterator[tuple[Article, IpeLabel]]:
    """IndiaPoliceEvents sentences with their KILL / ARREST / ... labels; the document's date
    (metadata.csv) is the publication date."""
    folder = _folder(root, "indiapoliceevents")
    dates: dict[str, dt.date] = {}
    meta = folder / "metadata.csv"
    if meta.is_file():
        with open(meta, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                try:
                    dates[row["doc_id"]] = dt.date.fromisoformat(row["date"][:10])
                except (KeyError, ValueError):
                    pass

    def flag(row: dict, name: str) -> bool:
        return (row.get(name) or "0").strip() in ("1", "True", "true")

    path = folder / "sents.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            doc, sent = row["doc_id"], int(row["sent_id"])
            yield (
                Article(
                    id=f"ipe-{doc}-{sent}",
                    text=row["sent_text"],
                    published=dates.get(doc),
                    origin=f"{path}:{doc}:{sent}",
                ),
                IpeLabel(
                    doc_id=doc,
                    sent_id=sent,
                    kill=flag(row, "KILL"),
                    arrest=flag(row, "ARREST"),
                    force=flag(row, "FORCE"),
                    fail=flag(row, "FAIL"),
                    any_action=flag(row, "ANY_ACTION"),
                ),
            )


def sample_by_document(items: Sequence[tuple[Article, IpeLabel]], limit: int | None,
                       seed: int = 13) -> list[tuple[Article, IpeLabel]]:
    """Whole documents, drawn at random, until about ``limit`` sentences (0/None: all)."""
    if not limit or limit >= len(items):
        return list(items)
    docs: dict[str, list[int]] = {}
    for i, (_, lab) in enumerate(items):
        docs.setdefault(lab.doc_id, []).append(i)
    order = list(docs)
    random.Random(seed).shuffle(order)
    keep: list[int] = []
    for doc in order:
        if len(keep) >= limit:
            break
        keep.extend(docs[doc])
    return [items[i] for i in sorted(keep)]


__all__ = [
    "CASE_CODE_TO_SUB",
    "CASE_OFF_TOPIC",
    "CaseLabel",
    "IpeLabel",
    "NO_EVENT",
    "PLOVER_LEGACY",
    "PloverLabel",
    "UcdpLabel",
    "acled_dev",
    "case2021_task2",
    "data_root",
    "india_police_events",
    "plover_gold",
    "sample",
    "sample_by_document",
    "ucdp_ged_syria",
]
