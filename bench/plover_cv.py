"""Held-out PLOVER figures for the engine with its PLOVER typer (``--plover``).

The shipped typer is trained on the PLOVER gold too (CC BY-SA 4.0), so ``eval_devsets.py --sets
plover`` scores it in-sample.  Here each of k folds of the gold is coded by the engine with a
typer trained without that fold (on our written sentences and the other folds), and the figures
are those of ``eval_devsets.py`` over all folds together.

    .venv/bin/python bench/plover_cv.py [--folds 5] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from eventlens.evaluate import devscore, devsets


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=None, help="dev data folder (default ../shared/data)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--min-p", type=float, default=None, help="override extract.plover.MIN_PROBABILITY")
    args = ap.parse_args(argv)
    console = Console()
    root = devsets.data_root(args.data)
    if root is None:
        console.print("[yellow]no dev data folder (../shared/data); nothing to do[/yellow]")
        return 0

    import eventlens.extract.plover as plover
    from eventlens.engine.local import Pipeline

    if args.min_p is not None:
        plover.MIN_PROBABILITY = args.min_p
    from eventlens.extract.plover import PLOVER_LABELS
    from eventlens.extract.train import _project_sentences, train_classifier

    items = list(devsets.plover_gold(root))
    written = [(t, lab, "eventlens-written") for t, lab, _ in _project_sentences(
        Path(__file__).resolve().parents[1] / "eventlens" / "data" / "training" / "plover_sentences.jsonl")]
    order = list(range(len(items)))
    random.Random(args.seed).shuffle(order)
    fold_of = {i: k % args.folds for k, i in enumerate(order)}
    pipe = Pipeline.load(claim_records=True, plover=True)
    events: dict = {}
    for f in range(args.folds):
        train = written + [(a.text, lab.plover_type, "plover-gsr") for i, (a, lab) in enumerate(items) if fold_of[i] != f]
        pipe.plover_typer, _ = train_classifier(train, labels=PLOVER_LABELS, seed=args.seed)
        for i, (art, _) in enumerate(items):
            if fold_of[i] == f:
                events[art.id] = pipe.extract(art)
    figures = devscore.score_plover(items, events)
    table = Table(title=f"PLOVER gold, {args.folds}-fold held-out typer ({len(written)} written sentences)")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key in ("n", "accuracy", "macro_f1", "weighted_f1", "sentences_with_event", "dead_exact",
                "source_as_actor1", "target_as_actor2"):
        if key in figures:
            value = figures[key]
            table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
    console.print(table)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, default=str), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
