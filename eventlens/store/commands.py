"""CLI commands on the store: ingest, query, export, rebuild, db-stats.

``register(app)`` adds them to the main typer app. The extractor is a
parameter (``register(app, extractor_factory=...)``) so tests and other
front ends can run ingest without loading the spaCy model.

Exit status of ``ingest``: 0 all input stored, 3 some input quarantined,
130 interrupted (Ctrl-C; rerun the same command to continue: articles already
stored are skipped by content hash).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import typer

from ..schema import Article, Event, QuarantineItem

Extractor = Callable[[Article], list[Event]]
ExtractorFactory = Callable[[], Extractor]

EXIT_QUARANTINED = 3
EXIT_INTERRUPTED = 130


def default_extractor() -> Extractor:
    from eventlens.engine.local import Pipeline

    return Pipeline.load().extract


@dataclass
class IngestReport:
    seen: int = 0
    stored: int = 0
    skipped: int = 0
    quarantined: int = 0
    mentions: int = 0
    events_touched: int = 0
    interrupted: bool = False
    seconds: float = 0.0


def ingest_articles(
    store,
    records: Iterable[Article | QuarantineItem],
    extract: Extractor,
    quarantine=None,
    progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Extract and store each new article; one transaction per article.

    Articles already stored (same content hash) are skipped before extraction,
    so a rerun after an interruption continues where it stopped. Ctrl-C is
    caught between articles; an article being stored when it comes is rolled
    back whole.
    """
    from eventlens.ingest import article_hash

    rep = IngestReport()
    t0 = time.perf_counter()
    try:
        for rec in records:
            if isinstance(rec, QuarantineItem):
                rep.quarantined += 1
                if quarantine is not None:
                    quarantine.write(rec)
                continue
            rep.seen += 1
            if store.has_article(article_hash(rec)):
                rep.skipped += 1
                continue
            try:
                evs = extract(rec)
            except Exception as exc:  # one bad article must not stop a long ingest
                rep.quarantined += 1
                if quarantine is not None:
                    quarantine.write(
                        QuarantineItem(
                            origin=rec.origin or rec.id,
                            reason=f"extraction failed: {type(exc).__name__}: {exc}",
                            raw=rec.text[:2000],
                        )
                    )
                continue
            touched = store.add_article(rec, evs)
            rep.stored += 1
            rep.mentions += len(evs)
            rep.events_touched += len(touched)
            if progress is not None:
                progress(rep)
    except KeyboardInterrupt:
        rep.interrupted = True
    rep.seconds = time.perf_counter() - t0
    return rep


def _date(value: Optional[str], name: str) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form", param_hint=name)


def _bbox(value: Optional[str]) -> Optional[tuple[float, float, float, float]]:
    if value is None:
        return None
    try:
        w, s, e, n = (float(x) for x in value.split(","))
    except ValueError:
        raise typer.BadParameter("give the box as W,S,E,N in degrees, e.g. 44,29,48,34", param_hint="--bbox")
    if not (-90 <= s <= n <= 90 and -180 <= w <= 180 and -180 <= e <= 180):
        raise typer.BadParameter("box out of range: W,S,E,N with S <= N", param_hint="--bbox")
    return w, s, e, n


def _acled_opts(store, fmt: str) -> dict:
    """Outlet names and article texts for the ACLED source and notes columns."""
    if fmt != "acled-csv":
        return {}
    from functools import lru_cache

    return {"doc_sources": store.doc_sources(), "texts": lru_cache(maxsize=64)(store.article_text)}


DB_HELP = "Database URL: sqlite:///FILE (default sqlite:///eventlens.db) or postgresql://user@host/db."


def register(app: typer.Typer, extractor_factory: ExtractorFactory | None = None) -> None:
    """Add ingest, query, export, rebuild and db-stats to ``app``."""
    make_extractor = extractor_factory or default_extractor

    def err(msg: str) -> None:
        typer.echo(msg, err=True)

    def open_store(db: Optional[str]):
        from . import Store, StoreError

        try:
            return Store.open(db)
        except StoreError as exc:
            raise typer.BadParameter(str(exc), param_hint="--db")

    @app.command()
    def ingest(
        paths: list[str] = typer.Argument(..., help="Files, folders (recursively) or - for stdin."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for articles that carry none."),
        quarantine: Path = typer.Option(Path("quarantine.jsonl"), help="Where refused input is kept with its reason."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress lines."),
    ) -> None:
        """Extract events from articles and store them; reruns skip what is stored."""
        from eventlens.ingest import QuarantineWriter, read_inputs

        default_published = _date(published, "--published")
        store = open_store(db)
        extract = make_extractor()
        last = [0.0]

        def progress(rep: IngestReport) -> None:
            now = time.perf_counter()
            if not quiet and now - last[0] > 2.0:
                last[0] = now
                err(f"  {rep.stored} stored, {rep.skipped} already there, {rep.mentions} events ...")

        warn = None if quiet else (lambda origin, msg: err(f"warning {origin}: {msg}"))
        echo = None if quiet else err
        with QuarantineWriter(quarantine, echo=echo) as qw:
            records = read_inputs(paths, default_published=default_published, on_warning=warn)
            rep = ingest_articles(store, records, extract, qw, progress)
        if quarantine.exists() and quarantine.stat().st_size == 0:
            quarantine.unlink()
        rate = rep.stored / rep.seconds if rep.seconds else 0.0
        if not quiet or rep.interrupted:
            err(
                f"{rep.stored} articles stored ({rate:.1f}/s), {rep.skipped} already stored, "
                f"{rep.mentions} events extracted, {rep.events_touched} canonical events touched"
                + (f"; {rep.quarantined} quarantined -> {quarantine}" if rep.quarantined else "")
            )
        store.close()
        if rep.interrupted:
            err("interrupted: rerun the same command to continue (stored articles are skipped)")
            raise typer.Exit(EXIT_INTERRUPTED)
        if rep.quarantined:
            raise typer.Exit(EXIT_QUARANTINED)

    @app.command()
    def query(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        country: Optional[str] = typer.Option(None, help="Country name or ISO3 code."),
        admin1: Optional[str] = typer.Option(None, help="First-level region name."),
        type_: Optional[str] = typer.Option(None, "--type", help="ACLED event type or sub-event type."),
        actor: Optional[str] = typer.Option(None, help="Part of an actor's name."),
        since: Optional[str] = typer.Option(None, help="From this day (YYYY-MM-DD), inclusive."),
        until: Optional[str] = typer.Option(None, help="To this day (YYYY-MM-DD), inclusive."),
        bbox: Optional[str] = typer.Option(None, help="W,S,E,N in degrees."),
        limit: Optional[int] = typer.Option(None, min=1, help="At most this many events."),
        fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl | csv | acled-csv | geojson | parquet"),
        output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file (default: stdout)."),
    ) -> None:
        """Print the canonical events that match the filters."""
        from eventlens.export import FORMATS, write_events

        if fmt not in FORMATS:
            raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
        store = open_store(db)
        events = store.query(
            country=country, admin1=admin1, event_type=type_, actor=actor,
            since=_date(since, "--since"), until=_date(until, "--until"), bbox=_bbox(bbox), limit=limit,
        )
        n = write_events(events, output if output else sys.stdout, fmt, **_acled_opts(store, fmt))
        if output:
            err(f"{n} events -> {output}")
        store.close()

    @app.command()
    def export(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        fmt: str = typer.Option(..., "--format", "-f", help="jsonl | csv | acled-csv | geojson | parquet"),
        output: Path = typer.Option(..., "-o", "--output", help="Output file."),
    ) -> None:
        """Write every canonical event to a file."""
        from eventlens.export import FORMATS, write_events

        if fmt not in FORMATS:
            raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
        store = open_store(db)
        output.parent.mkdir(parents=True, exist_ok=True)
        n = write_events(store.query(), output, fmt, **_acled_opts(store, fmt))
        err(f"{n} events -> {output}")
        store.close()

    @app.command()
    def rebuild(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
        """Recompute canonical events from the stored per-article events."""
        store = open_store(db)
        t0 = time.perf_counter()
        n = store.rebuild()
        err(f"{n} canonical events rebuilt in {time.perf_counter() - t0:.1f} s")
        store.close()

    @app.command("db-stats")
    def db_stats(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
        """Counts of articles, mentions and events in the store."""
        store = open_store(db)
        typer.echo(json.dumps(store.stats(), indent=2))
        store.close()
