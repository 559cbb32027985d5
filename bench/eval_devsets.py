"""Run extraction over the development gold sets and print the figures of issues 3 and 4.

    .venv/bin/python bench/eval_devsets.py                      # default sample sizes
    .venv/bin/python bench/eval_devsets.py --limit 0            # every item of every set
    .venv/bin/python bench/eval_devsets.py --sets acled,case --json out.json
    .venv/bin/python bench/eval_devsets.py --baseline           # keyword floor, no engine

Data is read from ../shared/data (or --data / $EVENTLENS_DEVDATA); a missing set is skipped.
Samples are random with a fixed seed (the files are sorted by date or country), so figures
from two runs with the same --limit and --seed are comparable.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from eventlens.evaluate import devscore, devsets

SETS = ("acled", "case", "plover", "ucdp", "ipe")
#: default sample sizes (0 = all); ACLED and UCDP are big enough that a sample is the default
DEFAULT_LIMITS = {"acled": 1500, "case": 0, "plover": 0, "ucdp": 1500, "ipe": 3000}


def _load(name: str, root: Path | None, limit: int, seed: int) -> list:
    if name == "acled":
        return devsets.sample(list(devsets.acled_dev(root)), limit, seed)
    if name == "case":
        return devsets.sample(list(devsets.case2021_task2(root)), limit, seed)
    if name == "plover":
        return devsets.sample(list(devsets.plover_gold(root)), limit, seed)
    if name == "ucdp":
        return devsets.sample(list(devsets.ucdp_ged_syria(root)), limit, seed)
    if name == "ipe":
        # whole documents, so the sentence sample keeps documents' context and base rates
        return devsets.sample_by_document(list(devsets.india_police_events(root)), limit, seed)
    raise ValueError(name)


def _score(name: str, items: list, events: dict) -> dict:
    return {
        "acled": devscore.score_acled,
        "case": devscore.score_case,
        "plover": devscore.score_plover,
        "ucdp": devscore.score_ucdp,
        "ipe": devscore.score_ipe,
    }[name](items, events)


def _rows(prefix: str, value) -> list[tuple[str, str]]:
    """Flatten nested figures into (name, printable value) rows."""
    if isinstance(value, dict) and {"tp", "fp", "fn", "f1"} <= value.keys():
        return [(prefix, f"P {value['precision']:.3f}  R {value['recall']:.3f}  "
                         f"F1 {value['f1']:.3f}  (TP {value['tp']} FP {value['fp']} FN {value['fn']})")]
    if isinstance(value, dict) and {"accuracy", "correct", "n"} <= value.keys():
        acc = "-" if value["accuracy"] is None else f"{value['accuracy']:.3f}"
        return [(prefix, f"{acc}  ({value['correct']}/{value['n']})")]
    if isinstance(value, dict):
        out = []
        for k, v in value.items():
            out.extend(_rows(f"{prefix}.{k}" if prefix else k, v))
        return out
    if isinstance(value, float):
        return [(prefix, f"{value:.3f}")]
    return [(prefix, "-" if value is None else str(value))]


def load_pipeline(baseline: bool):
    if baseline:
        from eventlens.evaluate.baseline import KeywordBaseline

        return KeywordBaseline.load()
    from eventlens.engine.local import Pipeline  # the engine; absent until the lead lands it

    return Pipeline.load()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=",".join(SETS), help=f"comma list of {','.join(SETS)}")
    ap.add_argument("--limit", type=int, default=None,
                    help="items per set (0 = all; default: " +
                    ", ".join(f"{k} {v or 'all'}" for k, v in DEFAULT_LIMITS.items()) + ")")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--data", type=Path, default=None, help="dev data folder (default ../shared/data)")
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--baseline", action="store_true", help="use the keyword baseline, not the engine")
    ap.add_argument("--json", type=Path, default=None, help="write all figures here")
    ap.add_argument("--no-plover-claims", dest="plover_claims", action="store_false",
                    help="score PLOVER without records for statements and other PLOVER acts (the default has them, as `--plover`)")
    args = ap.parse_args(argv)

    console = Console()
    wanted = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in SETS]
    if unknown:
        ap.error(f"unknown sets {unknown}; choose from {SETS}")
    root = devsets.data_root(args.data)
    if root is None:
        console.print("[yellow]no dev data folder (../shared/data); nothing to do[/yellow]")
        return 0

    t0 = time.perf_counter()
    try:
        pipe = load_pipeline(args.baseline)
    except ImportError as exc:
        console.print(f"[red]the extraction engine cannot be imported ({exc}); "
                      f"--baseline runs the keyword floor instead[/red]")
        return 1
    load_s = time.perf_counter() - t0
    console.print(f"pipeline {type(pipe).__name__} loaded in {load_s:.1f}s; data {root}")
    results: dict = {"pipeline": type(pipe).__name__, "load_seconds": round(load_s, 2),
                     "seed": args.seed, "sets": {}}
    for name in wanted:
        limit = DEFAULT_LIMITS[name] if args.limit is None else args.limit
        try:
            items = _load(name, root, limit, args.seed)
        except FileNotFoundError as exc:
            console.print(f"[yellow]skip {name}: {exc}[/yellow]")
            continue
        errors: list[str] = []
        run_pipe = pipe
        if name == "plover" and not args.baseline and args.plover_claims:
            # PLOVER codes statements and acts ACLED leaves out (accusations, meetings, aid ...):
            # score the engine as a PLOVER user runs it, with `--plover` records on
            from eventlens.engine.local import Pipeline

            run_pipe = Pipeline.load(claim_records=True, plover=True)
        events, seconds = devscore.run_pipeline(run_pipe, [a for a, _ in items], args.n_process, errors)
        figures = _score(name, items, events)
        figures["extraction_errors"] = len(errors)
        for err in errors[:5]:
            console.print(f"[red]extraction error[/red] {err}")
        figures["timing"] = devscore.timing(len(items), seconds)
        figures["limit"] = limit
        results["sets"][name] = figures
        table = Table(title=f"{name} ({len(items)} items, {seconds:.1f}s, "
                            f"{figures['timing']['per_second']}/s)")
        table.add_column("figure")
        table.add_column("value", justify="right")
        for key, val in _rows("", {k: v for k, v in figures.items() if k != "timing"}):
            table.add_row(key, val)
        console.print(table)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
        console.print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
