"""Figures per development set (the ones issues 3 and 4 ask for), given a pipeline.

A pipeline is anything with ``extract_many(articles, n_process=...)`` yielding
``(article, events)`` (eventlens.engine.local.Pipeline; KeywordBaseline for a floor).
Each ``score_*`` function takes the adapter's ``(Article, label)`` items and returns a flat dict.
Macro-F1 is over the gold classes: a prediction of a class the gold never uses (e.g. "no event"
on ACLED) is an error for the gold class, not a class of its own.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from typing import Protocol

from eventlens.evaluate.devsets import NO_EVENT, CaseLabel, IpeLabel, PloverLabel, UcdpLabel
from eventlens.evaluate.gold import GoldSet
from eventlens.evaluate.match import TYPE_FAMILIES, MatchRule, admin1_equal, location_km
from eventlens.evaluate.metrics import accuracy, classification_summary, macro_f1, prf_from_flags
from eventlens.evaluate.report import score
from eventlens.schema import SUB_EVENT_PARENT, Article, Event

UNTYPED = "(untyped)"
_KILL_TRIGGER = re.compile(r"\b(kill\w*|shot dead|dead|death|died|murder\w*|lynch\w*|massacre\w*|"
                           r"fatal\w*|slain|slew|gunned down|executed|bodies|body)\b", re.I)
_VIOLENT_FAMILY = "political violence"


class PipelineLike(Protocol):
    def extract_many(self, articles, n_process: int = 1): ...


def run_pipeline(pipe: PipelineLike, articles: Sequence[Article], n_process: int = 1,
                 errors: list[str] | None = None) -> tuple[dict[str, list[Event]], float]:
    """Events per article id, and the wall time in seconds.

    ``extract_many`` may yield ``(article, events)`` pairs or result objects with ``article``,
    ``events`` and ``error`` (the local engine's ExtractionResult); errors are appended to
    ``errors`` when given, and such articles score as having no event.
    """
    t0 = time.perf_counter()
    out: dict[str, list[Event]] = {a.id: [] for a in articles}
    for item in pipe.extract_many(list(articles), n_process=n_process):
        if isinstance(item, tuple):
            art, events = item
        else:
            art, events = item.article, item.events
            if getattr(item, "error", None) and errors is not None:
                errors.append(f"{art.id}: {item.error}")
        out[art.id] = list(events)
    return out, time.perf_counter() - t0


def top_event(events: Sequence[Event], allow_background: bool = False) -> Event | None:
    """The highest-confidence event (first on ties), background ones left out unless allowed."""
    cands = [ev for ev in events if allow_background or not ev.background]
    if not cands:
        return None
    return max(cands, key=lambda ev: ev.confidence)  # max keeps the first of equals


def _rate(ok: Sequence[bool]) -> float | None:
    return sum(ok) / len(ok) if ok else None


def timing(n: int, seconds: float) -> dict:
    return {"n": n, "seconds": round(seconds, 2), "per_second": round(n / seconds, 1) if seconds else None}


# --------------------------------------------------------------------------- ACLED


def score_acled(items: Sequence[tuple[Article, Event]], events: dict[str, list[Event]],
                rule: MatchRule | None = None) -> dict:
    """Detection under the matching rule, then per-row figures on the top predicted event."""
    gold = GoldSet(events=[g for _, g in items], articles={a.id for a, _ in items},
                   convention="acled", scoped=True)
    preds = [ev for a, _ in items for ev in events.get(a.id, [])]
    rep = score(gold, preds, rule)

    type_g, type_p, sub_g, sub_p = [], [], [], []
    fat_exact, fat_exact_pos, fat_err = [], [], []
    actor_name, actor_inter, admin1, loc25 = [], [], [], []
    actor2_name, actor2_inter = [], []
    detected_any = []
    for art, g in items:
        top = top_event(events.get(art.id, []))
        detected_any.append(top is not None)
        type_g.append(g.event_type or UNTYPED)
        sub_g.append(g.sub_event_type or UNTYPED)
        type_p.append(NO_EVENT if top is None else top.event_type or UNTYPED)
        sub_p.append(NO_EVENT if top is None else top.sub_event_type or UNTYPED)
        # ACLED convention: no reported fatalities is 0, so unknown (or no event) reads as 0
        gf = g.fatalities.best or 0
        pf = (top.fatalities.best if top else None) or 0
        fat_exact.append(pf == gf)
        fat_err.append(abs(pf - gf))
        if gf > 0:
            fat_exact_pos.append(pf == gf)
        if g.actor1:
            pa = top.actor1 if top else None
            actor_name.append(bool(pa) and pa.name.strip().casefold() == g.actor1.name.strip().casefold())
            if g.actor1.type:
                actor_inter.append(bool(pa and pa.type) and pa.type.code == g.actor1.type.code)
        if g.actor2:
            pa2 = top.actor2 if top else None
            actor2_name.append(bool(pa2) and pa2.name.strip().casefold() == g.actor2.name.strip().casefold())
            if g.actor2.type:
                actor2_inter.append(bool(pa2 and pa2.type) and pa2.type.code == g.actor2.type.code)
        gl = g.location
        pl = top.location if top else None
        if gl and gl.admin1:
            admin1.append(bool(pl) and admin1_equal(pl.admin1, pl.iso3, gl.admin1, gl.iso3))
        if gl and gl.latitude is not None:
            km = location_km(gl, pl)
            loc25.append(km is not None and km <= 25.0)
    return {
        "rows": len(items),
        "detection": rep.detection.to_dict(),
        "rows_with_any_event": _rate(detected_any),
        "event_type_accuracy": accuracy(type_g, type_p),
        "event_type_macro_f1": macro_f1(type_g, type_p, sorted(set(type_g))),
        "sub_event_type_accuracy": accuracy(sub_g, sub_p),
        "sub_event_type_macro_f1": macro_f1(sub_g, sub_p, sorted(set(sub_g))),
        "fatalities_exact": _rate(fat_exact),
        "fatalities_exact_when_gold_positive": _rate(fat_exact_pos),
        "fatalities_mae": sum(fat_err) / len(fat_err) if fat_err else None,
        "actor1_name_accuracy": _rate(actor_name),
        "actor1_inter_accuracy": _rate(actor_inter),
        "actor2_name_accuracy": _rate(actor2_name),
        "actor2_inter_accuracy": _rate(actor2_inter),
        "admin1_accuracy": _rate(admin1),
        "location_within_25km": _rate(loc25),
        "matched_pairs": {k: v for k, v in rep.to_dict()["fields"].items() if v["n"]},
    }


# --------------------------------------------------------------------------- CASE 2021


def score_case(items: Sequence[tuple[Article, CaseLabel]], events: dict[str, list[Event]]) -> dict:
    """Snippet classification over the 25 sub-types plus "no event" (top event's sub-type)."""
    gold, pred, gold_t, pred_t = [], [], [], []
    for art, lab in items:
        top = top_event(events.get(art.id, []))
        p = NO_EVENT if top is None else top.sub_event_type or UNTYPED
        gold.append(lab.sub_event_type)
        pred.append(p)
        gold_t.append(SUB_EVENT_PARENT.get(lab.sub_event_type, NO_EVENT))
        pred_t.append(NO_EVENT if top is None else top.event_type or UNTYPED)
    out = classification_summary(gold, pred, sorted(set(gold)))
    typed = classification_summary(gold_t, pred_t, sorted(set(gold_t)))
    out.update({"event_type_accuracy": typed["accuracy"], "event_type_macro_f1": typed["macro_f1"],
                "event_type_weighted_f1": typed["weighted_f1"]})
    on_topic = [(g, p) for g, p in zip(gold, pred) if g != NO_EVENT]
    off_topic = [p for g, p in zip(gold, pred) if g == NO_EVENT]
    out["on_topic_detected"] = _rate([p != NO_EVENT for _, p in on_topic])
    out["off_topic_kept_clean"] = _rate([p == NO_EVENT for p in off_topic])
    return out


# --------------------------------------------------------------------------- PLOVER


def _actor_hit(texts: Sequence[str], ev: Event | None, which: str) -> bool:
    actor = getattr(ev, which) if ev else None
    if actor is None:
        return False
    mine = {actor.text.casefold(), actor.name.casefold()}
    return any(t.casefold() in m or (m and m in t.casefold()) for t in texts for m in mine)


def score_plover(items: Sequence[tuple[Article, PloverLabel]], events: dict[str, list[Event]]) -> dict:
    gold, pred, dead, injured, src, tgt = [], [], [], [], [], []
    for art, lab in items:
        top = top_event(events.get(art.id, []))
        gold.append(lab.plover_type)
        pred.append(NO_EVENT if top is None else top.plover_type or UNTYPED)
        if lab.dead is not None:
            dead.append(top is not None and top.fatalities.best == lab.dead)
        if lab.injured is not None:
            injured.append(top is not None and top.injured.best == lab.injured)
        if lab.source:
            src.append(_actor_hit(lab.source, top, "actor1"))
        if lab.target:
            tgt.append(_actor_hit(lab.target, top, "actor2"))
    out = classification_summary(gold, pred, sorted(set(gold)))
    out.update({
        "sentences_with_event": _rate([p != NO_EVENT for p in pred]),
        "dead_exact": _rate(dead), "dead_n": len(dead),
        "injured_exact": _rate(injured), "injured_n": len(injured),
        "source_as_actor1": _rate(src), "target_as_actor2": _rate(tgt),
    })
    return out


# --------------------------------------------------------------------------- UCDP


def score_ucdp(items: Sequence[tuple[Article, UcdpLabel]], events: dict[str, list[Event]]) -> dict:
    """Deaths on the top non-background event (unknown or none read as 0, as GED records 0)."""
    exact, within, err, violent, admin1 = [], [], [], [], []
    for art, lab in items:
        evs = events.get(art.id, [])
        top = top_event(evs)
        n = (top.fatalities.best if top else None) or 0
        lo, hi = lab.deaths_range
        exact.append(n == lab.best)
        within.append(lo <= n <= hi)
        err.append(abs(n - lab.best))
        violent.append(any(TYPE_FAMILIES.get(ev.event_type or "") == _VIOLENT_FAMILY
                           for ev in evs if not ev.background))
        if lab.adm_1:
            pl = top.location if top else None
            # the set is Syria's: a Syrian region's other spellings count
            admin1.append(bool(pl) and admin1_equal(pl.admin1, pl.iso3, lab.adm_1, "SYR"))
    return {
        "rows": len(items),
        "violent_event_detected": _rate(violent),
        "deaths_best_exact": _rate(exact),
        "deaths_within_low_high": _rate(within),
        "deaths_mae": sum(err) / len(err) if err else None,
        "admin1_accuracy": _rate(admin1),
    }


# --------------------------------------------------------------------------- IndiaPoliceEvents


def is_kill(ev: Event) -> bool:
    """Someone was killed: a positive fatality count, or a violent event whose trigger kills."""
    if (ev.fatalities.best or 0) > 0:
        return True
    if TYPE_FAMILIES.get(ev.event_type or "") != _VIOLENT_FAMILY:
        return False
    return any(e.field == "trigger" and _KILL_TRIGGER.search(e.text) for e in ev.evidence)


def is_arrest(ev: Event) -> bool:
    return ev.sub_event_type == "Arrests"


def _police(ev: Event) -> bool:
    """The question is what *police* did: actor1 state forces, or named as police."""
    a = ev.actor1
    return bool(a) and ((a.type is not None and a.type.code == 1)
                        or "police" in f"{a.name} {a.text}".casefold())


def score_ipe(items: Sequence[tuple[Article, IpeLabel]], events: dict[str, list[Event]]) -> dict:
    """Sentence-level detection; background events count (the question is what the text says)."""
    gk, ga, pk, pa, pk_pol, pa_pol = [], [], [], [], [], []
    for art, lab in items:
        evs = events.get(art.id, [])
        gk.append(lab.kill)
        ga.append(lab.arrest)
        pk.append(any(is_kill(ev) for ev in evs))
        pa.append(any(is_arrest(ev) for ev in evs))
        pk_pol.append(any(is_kill(ev) and _police(ev) for ev in evs))
        pa_pol.append(any(is_arrest(ev) and _police(ev) for ev in evs))
    return {
        "sentences": len(items),
        "documents": len({lab.doc_id for _, lab in items}),
        "KILL": prf_from_flags(gk, pk).to_dict(),
        "ARREST": prf_from_flags(ga, pa).to_dict(),
        "KILL_police_actor": prf_from_flags(gk, pk_pol).to_dict(),
        "ARREST_police_actor": prf_from_flags(ga, pa_pol).to_dict(),
    }


__all__ = [
    "is_arrest",
    "is_kill",
    "run_pipeline",
    "score_acled",
    "score_case",
    "score_ipe",
    "score_plover",
    "score_ucdp",
    "top_event",
    "timing",
]
