"""The `eventlens` command line.

Exit status of `extract` and `ingest`: 0 when every input was processed, 3 when some input was
quarantined (see the quarantine file), 1 on a fatal error, 2 on a usage error.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from eventlens.schema import Event, QuarantineItem

app = typer.Typer(
    name="eventlens",
    help="News articles in; geolocated, coded political violence and protest events out.",
    no_args_is_help=True,
    add_completion=False,
)

EXIT_QUARANTINED = 3

err_console = Console(stderr=True)


def parse_date_option(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form")


def events_table(events: list[Event], limit: int = 60) -> Table:
    table = Table(title=f"{len(events)} events", show_lines=False)
    for col in ("date", "type", "sub-event type", "actor 1", "actor 2", "location", "killed", "injured", "bg", "doc"):
        table.add_column(col, overflow="fold")
    for e in events[:limit]:
        loc = e.location
        place = ", ".join(x for x in (loc.name, loc.admin1, loc.country) if x) if loc else ""
        table.add_row(
            str(e.event_date or ""),
            e.event_type or "",
            e.sub_event_type or "",
            e.actor1.name if e.actor1 else "",
            e.actor2.name if e.actor2 else "",
            place,
            "" if e.fatalities.best is None else str(e.fatalities.best),
            "" if e.injured.best is None else str(e.injured.best),
            "yes" if e.background else "",
            e.doc_ids[0] if e.doc_ids else "",
        )
    if len(events) > limit:
        table.caption = f"... and {len(events) - limit} more in the output file"
    return table


def _progress(quiet: bool) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} articles"),
        BarColumn(bar_width=None),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TextColumn("{task.fields[events]} events"),
        TimeElapsedColumn(),
        console=err_console,
        disable=quiet,
        transient=False,
    )


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursively) or - for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Output file (default: stdout)."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl | csv | acled-csv | geojson | parquet"),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for articles that carry none."),
    quarantine: Optional[Path] = typer.Option(
        None, help="Where refused input is kept with its reason (default: OUTPUT.quarantine.jsonl or ./quarantine.jsonl)."
    ),
    processes: int = typer.Option(1, "--processes", "-p", min=1, help="Worker processes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no table."),
    table: bool = typer.Option(True, help="Print a table of the events found (when writing to a file)."),
    model: Optional[str] = typer.Option(None, help="spaCy model package (default: the pinned English model)."),
    min_confidence: float = typer.Option(
        0.5, min=0.0, max=1.0, help="Leave out events below this confidence (0 keeps every candidate)."
    ),
    claims: bool = typer.Option(
        False, "--claims", help="Also output accusations, denials and threats made outside coded events as PLOVER records (ACCUSE, REJECT, THREATEN)."
    ),
    plover: bool = typer.Option(
        False, "--plover", help="Also type every sentence without a coded event in PLOVER (meetings, agreements, demands, aid, sanctions, ...) and output those records; implies --claims."
    ),
) -> None:
    """Read articles and write the events found in them."""
    from eventlens.engine.local import Pipeline
    from eventlens.evaluate.gold import acled_csv_articles, is_acled_csv
    from eventlens.export import FORMATS, write_events
    from eventlens.ingest import QuarantineWriter, read_inputs

    if fmt not in FORMATS:
        raise typer.BadParameter(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    default_published = parse_date_option(published)
    qpath = quarantine or (output.with_name(output.name + ".quarantine.jsonl") if output else Path("quarantine.jsonl"))
    if qpath.exists():
        qpath.unlink()  # one run, one quarantine file

    pipe = Pipeline.load(model, min_confidence=min_confidence, claim_records=claims, plover=plover)
    collected: list[Event] = []
    n_articles = 0
    started = time.perf_counter()
    with QuarantineWriter(qpath, echo=lambda m: err_console.print(f"[yellow]{m}[/yellow]")) as qw:
        # an ACLED CSV export is read as its notes, one article per event, dated by event_date,
        # so that `eventlens evaluate --gold` can score the output against the same file
        acled_paths = [p for p in paths if is_acled_csv(p)]
        other_paths = [p for p in paths if p not in acled_paths]
        records = itertools.chain(
            (art for p in acled_paths for art in acled_csv_articles(p)),
            read_inputs(other_paths, default_published=default_published,
                        on_warning=lambda origin, msg: err_console.print(f"[dim]warning {origin}: {msg}[/dim]"))
            if other_paths else (),
        )

        def articles():
            for rec in records:
                if isinstance(rec, QuarantineItem):
                    qw.write(rec)
                else:
                    yield rec

        with _progress(quiet) as progress:
            task = progress.add_task("extract", total=None, rate=0.0, events=0)
            for result in pipe.extract_many(articles(), n_process=processes):
                n_articles += 1
                if result.error:
                    qw.write(QuarantineItem(origin=result.article.origin or result.article.id,
                                            reason=result.error, raw=result.article.text[:2000]))
                collected.extend(result.events)
                elapsed = time.perf_counter() - started
                progress.update(task, advance=1, rate=n_articles / elapsed if elapsed else 0.0,
                                events=len(collected))
        n_quarantined = qw.count

    if output is None:
        write_events(collected, sys.stdout, fmt)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        write_events(collected, output, fmt)
        if table and not quiet:
            Console().print(events_table(collected))
    if not quiet:
        err_console.print(
            f"{n_articles} articles, {len(collected)} events"
            + (f" -> {output}" if output else "")
            + (f"; {n_quarantined} quarantined -> {qpath}" if n_quarantined else "")
        )
    if n_quarantined:
        raise typer.Exit(EXIT_QUARANTINED)
    elif qpath.exists() and qpath.stat().st_size == 0:
        qpath.unlink()


def _register_subcommands() -> None:
    from eventlens.evaluate.commands import register as register_evaluate

    register_evaluate(app)
    for modname in ("eventlens.resolve.geo.commands", "eventlens.store.commands", "eventlens.extract.train"):
        try:
            mod = __import__(modname, fromlist=["register"])
        except ModuleNotFoundError as exc:  # optional parts that need extras
            if exc.name and exc.name.startswith("eventlens"):
                continue
            raise
        mod.register(app)


_register_subcommands()


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
