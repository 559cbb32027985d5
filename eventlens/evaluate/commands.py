"""``eventlens evaluate``: score a predicted JSONL against gold (JSONL or ACLED CSV)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("evaluate")
    def evaluate(
        gold: Path = typer.Option(..., "--gold", exists=True, dir_okay=False,
                                  help="gold events: our JSONL, or an ACLED CSV export"),
        pred: Path = typer.Option(..., "--pred", exists=True, dir_okay=False,
                                  help="predicted events (our JSONL)"),
        manifest: Optional[Path] = typer.Option(
            None, "--manifest", exists=True, dir_okay=False,
            help='JSONL {"id","kind","n_events"}: scope, and articles with no gold event'),
        json_out: Optional[Path] = typer.Option(None, "--json", help="also write the report as JSON"),
        date_days: int = typer.Option(2, "--date-days", help="date tolerance in days"),
        max_km: float = typer.Option(50.0, "--max-km", help="place tolerance in km"),
        type_level: str = typer.Option("family", "--type-level",
                                       help="family, event_type or any"),
        no_background: bool = typer.Option(False, "--no-background",
                                           help="drop background events on both sides"),
        strict_place: bool = typer.Option(False, "--strict-place",
                                          help="an event with no place on one side never matches"),
    ) -> None:
        """Score predicted events against gold events and print the report."""
        from rich.console import Console

        from eventlens.evaluate import MatchRule, load_gold, load_pred, score

        try:
            rule = MatchRule(date_tolerance_days=date_days, max_km=max_km, type_level=type_level,
                             include_background=not no_background,
                             missing_place_matches=not strict_place)
            gold_set = load_gold(gold, manifest=manifest)
            report = score(gold_set, load_pred(pred), rule)
        except ValueError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
        console = Console()
        console.print(report.to_rich_table(title=f"{pred.name} vs {gold.name}"))
        for warning in report.warnings:
            console.print(f"[yellow]warning:[/yellow] {warning}")
        if json_out is not None:
            json_out.write_text(json.dumps(report.to_dict(with_pairs=True), indent=2) + "\n",
                                encoding="utf-8")
