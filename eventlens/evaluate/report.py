"""Scoring predicted events against gold events: detection, then field accuracy on matches."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field

from eventlens.evaluate.gold import GoldSet
from eventlens.evaluate.match import MatchRule, assign, location_km, same_admin1
from eventlens.evaluate.metrics import PRF, confusion, macro_f1
from eventlens.schema import Event

NONE_LABEL = "(none)"

#: field accuracy rows in report order, with how they read in the table
FIELD_LABELS: dict[str, str] = {
    "event_type": "event_type",
    "sub_event_type": "sub_event_type",
    "date": "date (exact day)",
    "date_day_gold": "date (exact day, gold to the day)",
    "admin1": "admin1",
    "location": "location within {km:g} km",
    "fatalities": "fatalities (best, exact)",
    "injured": "injured (best, exact)",
    "actor1_name": "actor1 canonical name",
    "actor1_inter": "actor1 inter code",
    "actor2_name": "actor2 canonical name",
    "actor2_inter": "actor2 inter code",
    "background": "background flag",
}


@dataclass
class FieldScore:
    """Correct out of the matched pairs whose gold event states the field."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += bool(ok)


@dataclass
class Report:
    detection: PRF
    n_gold: int
    n_pred: int
    n_pred_out_of_scope: int
    fields: dict[str, FieldScore]
    event_type_macro_f1: float | None
    sub_event_type_macro_f1: float | None
    event_type_confusion: dict[str, dict[str, int]]
    sub_event_type_confusion: dict[str, dict[str, int]]
    fatalities_mae: float | None
    negative_articles: int
    negative_articles_clean: int
    rule: MatchRule
    #: (gold event_id, pred event_id, match score)
    pairs: list[tuple[str, str, float]] = field(default_factory=list)
    unmatched_gold: list[str] = field(default_factory=list)
    unmatched_pred: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def false_event_rate(self) -> float | None:
        """Share of negative articles (gold: no event) on which something was predicted."""
        if not self.negative_articles:
            return None
        return 1.0 - self.negative_articles_clean / self.negative_articles

    def to_dict(self, with_pairs: bool = False) -> dict:
        out = {
            "detection": self.detection.to_dict(),
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "n_pred_out_of_scope": self.n_pred_out_of_scope,
            "fields": {
                name: {"accuracy": fs.accuracy, "correct": fs.correct, "n": fs.total}
                for name, fs in self.fields.items()
            },
            "event_type_macro_f1": self.event_type_macro_f1,
            "sub_event_type_macro_f1": self.sub_event_type_macro_f1,
            "event_type_confusion": self.event_type_confusion,
            "sub_event_type_confusion": self.sub_event_type_confusion,
            "fatalities_mae": self.fatalities_mae,
            "negatives": {
                "articles": self.negative_articles,
                "clean": self.negative_articles_clean,
                "false_event_rate": self.false_event_rate,
            },
            "rule": dataclasses.asdict(self.rule),
            "warnings": list(self.warnings),
        }
        if with_pairs:
            out["pairs"] = [list(p) for p in self.pairs]
            out["unmatched_gold"] = list(self.unmatched_gold)
            out["unmatched_pred"] = list(self.unmatched_pred)
        return out

    def to_rich_table(self, title: str = "eventlens evaluation"):
        from rich.table import Table

        def pct(x: float | None) -> str:
            return "-" if x is None else f"{100 * x:.1f}%"

        t = Table(title=title)
        t.add_column("section")
        t.add_column("metric")
        t.add_column("value", justify="right")
        t.add_column("n", justify="right")
        d = self.detection
        t.add_row("detection", "precision", pct(d.precision), f"{d.tp}/{d.tp + d.fp}")
        t.add_row("detection", "recall", pct(d.recall), f"{d.tp}/{d.tp + d.fn}")
        t.add_row("detection", "F1", pct(d.f1), f"TP {d.tp} FP {d.fp} FN {d.fn}")
        if self.n_pred_out_of_scope:
            t.add_row("detection", "pred events outside gold articles (ignored)", "",
                      str(self.n_pred_out_of_scope))
        if self.negative_articles:
            t.add_row("negatives", "false-event rate", pct(self.false_event_rate),
                      f"{self.negative_articles - self.negative_articles_clean}"
                      f"/{self.negative_articles}")
        for name, fs in self.fields.items():
            label = FIELD_LABELS.get(name, name).format(km=self.rule.location_km)
            t.add_row("matched", label, pct(fs.accuracy), f"{fs.correct}/{fs.total}")
        t.add_row("matched", "event_type macro-F1", pct(self.event_type_macro_f1), "")
        t.add_row("matched", "sub_event_type macro-F1", pct(self.sub_event_type_macro_f1), "")
        if self.fatalities_mae is not None:
            t.add_row("matched", "fatalities MAE", f"{self.fatalities_mae:.2f}", "")
        return t


def _label(x: str | None) -> str:
    return x if x else NONE_LABEL


def _count_best(ev: Event, name: str, none_is_zero: bool) -> int | None:
    best = getattr(ev, name).best
    return 0 if best is None and none_is_zero else best


def score(
    gold: GoldSet | Iterable[Event],
    pred: Iterable[Event] | GoldSet,
    rule: MatchRule | None = None,
) -> Report:
    """Match ``pred`` to ``gold`` under ``rule`` and score detection and fields."""
    rule = rule or MatchRule()
    if not isinstance(gold, GoldSet):
        events = list(gold)
        gold = GoldSet(events=events, articles={d for ev in events for d in ev.doc_ids})
    pred_events = list(pred.events if isinstance(pred, GoldSet) else pred)
    acled = gold.convention == "acled"

    gold_events = list(gold.events)
    if not rule.include_background:
        gold_events = [ev for ev in gold_events if not ev.background]
        pred_events = [ev for ev in pred_events if not ev.background]
    n_out = 0
    if gold.scoped:
        kept = [ev for ev in pred_events if set(ev.doc_ids) & gold.articles]
        n_out = len(pred_events) - len(kept)
        pred_events = kept

    pairs = assign(gold_events, pred_events, rule)
    matched_g = {g for g, _, _ in pairs}
    matched_p = {p for _, p, _ in pairs}

    fields = {name: FieldScore() for name in FIELD_LABELS}
    abs_errors: list[int] = []
    type_g, type_p, sub_g, sub_p = [], [], [], []
    for gi, pi, _ in pairs:
        g, p = gold_events[gi], pred_events[pi]
        if g.event_type:
            fields["event_type"].add(g.event_type == p.event_type)
        if g.sub_event_type:
            fields["sub_event_type"].add(g.sub_event_type == p.sub_event_type)
        type_g.append(_label(g.event_type))
        type_p.append(_label(p.event_type))
        sub_g.append(_label(g.sub_event_type))
        sub_p.append(_label(p.sub_event_type))
        if g.event_date:
            fields["date"].add(g.event_date == p.event_date)
            if g.date_precision == "day":
                fields["date_day_gold"].add(g.event_date == p.event_date)
        if g.location and g.location.admin1:
            fields["admin1"].add(same_admin1(p.location, g.location) is True)
        if g.location and g.location.latitude is not None and g.location.longitude is not None:
            km = location_km(g.location, p.location)
            fields["location"].add(km is not None and km <= rule.location_km)
        for name in ("fatalities", "injured"):
            gb = g.fatalities.best if name == "fatalities" else g.injured.best
            if gb is not None:
                pb = _count_best(p, name, none_is_zero=acled)
                fields[name].add(pb == gb)
                if name == "fatalities":
                    abs_errors.append(abs((pb or 0) - gb))
        for side in ("actor1", "actor2"):
            g_actor, p_actor = getattr(g, side), getattr(p, side)
            if g_actor:
                p_name = p_actor.name if p_actor else ""
                fields[f"{side}_name"].add(p_name.strip().casefold() == g_actor.name.strip().casefold())
                if g_actor.type:
                    p_code = p_actor.type.code if p_actor and p_actor.type else None
                    fields[f"{side}_inter"].add(p_code == g_actor.type.code)
        fields["background"].add(g.background == p.background)

    negatives = gold.negative_articles
    hit = {d for ev in pred_events for d in ev.doc_ids if d in negatives}
    return Report(
        detection=PRF(tp=len(pairs), fp=len(pred_events) - len(matched_p),
                      fn=len(gold_events) - len(matched_g)),
        n_gold=len(gold_events),
        n_pred=len(pred_events),
        n_pred_out_of_scope=n_out,
        fields=fields,
        event_type_macro_f1=macro_f1(type_g, type_p, sorted(set(type_g))) if pairs else None,
        sub_event_type_macro_f1=macro_f1(sub_g, sub_p, sorted(set(sub_g))) if pairs else None,
        event_type_confusion=confusion(type_g, type_p),
        sub_event_type_confusion=confusion(sub_g, sub_p),
        fatalities_mae=sum(abs_errors) / len(abs_errors) if abs_errors else None,
        negative_articles=len(negatives),
        negative_articles_clean=len(negatives) - len(hit),
        rule=rule,
        pairs=[(gold_events[g].event_id, pred_events[p].event_id, s) for g, p, s in pairs],
        unmatched_gold=[ev.event_id for i, ev in enumerate(gold_events) if i not in matched_g],
        unmatched_pred=[ev.event_id for i, ev in enumerate(pred_events) if i not in matched_p],
        warnings=list(gold.warnings) + [f"skipped gold row: {s}" for s in gold.skipped[:20]],
    )
