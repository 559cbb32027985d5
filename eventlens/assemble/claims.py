"""Standalone PLOVER-style records for statements: accusations and denials made in sentences
where no ACLED event was coded ("Washington blamed the attacks on Iran-backed groups").

Which PLOVER type (of the 16 in ``schema.PLOVER_TYPES``):

- ``accuse`` -> **ACCUSE**: PLOVER folds CAMEO 11 (disapprove, criticise, accuse, blame) into
  ACCUSE.
- ``deny`` -> **REJECT**: a denial turns down an accusation. CAMEO's "deny responsibility" (016)
  sits in the statement group that PLOVER dropped, so no type is exact; REJECT (refuse,
  reject, dismiss) is the closest.
- ``claim responsibility`` -> **no record** unless ``include_responsibility=True``. PLOVER has
  no type for the statement itself (CAMEO 015 was dropped too); what it claims is an act
  (ASSAULT, COERCE, ...) that should be coded as an ACLED event from the sentence that reports
  the act. A claim with no coded event usually means the extractor missed that event, and
  calling it ASSAULT would be a guess. With the option on, these records come with
  ``plover_type`` None.

Each record has ``event_type`` and ``sub_event_type`` None, actor1 = the claimant and actor2 =
the target (both resolved with the actor dictionary), the claim in ``claims``, its words as
``claims`` evidence, and a confidence of 0.4-0.6: a claim without a named target scores under
the engine's default output threshold (0.5), so by default only statements that say who made
them and whom they are about come out.

Date: what is said is news on the day, so, as for events without a time word
(``assemble.article``), ``event_date`` is the publication date with the range
[published - 2 days, published] and precision "range"; with no publication date it is unknown.
"""

from __future__ import annotations

import datetime as dt

from eventlens.assemble.article import event_id_for
from eventlens.extract.attribution import ClaimRef
from eventlens.resolve.actors import ActorDictionary
from eventlens.schema import Actor, Article, Claim, Event, Evidence, Location

#: PLOVER type of a standalone record, by claim kind (None: no standalone record by default)
PLOVER_FOR_KIND: dict[str, str | None] = {
    "accuse": "ACCUSE",
    "deny": "REJECT",
    "claim responsibility": None,
}
#: same as assemble.article: wire copy without a time word reports the news of these last days
STATEMENT_WINDOW_DAYS = 2


def claim_event_id(doc_id: str, span_start: int) -> str:
    """Stable id: the same claim in the same article always gets the same id."""
    return event_id_for(doc_id, span_start, "claim")


def claim_records(
    article: Article,
    claims: list[ClaimRef],
    country_iso3: str | None,
    published: dt.date | None,
    *,
    actors: ActorDictionary | None = None,
    include_responsibility: bool = False,
) -> list[Event]:
    """PLOVER-style records for ``claims`` (from ``extract.attribution.find_claims``).

    Pass only the claims of sentences that carry no ACLED event and were not attached to one
    (the engine attaches the claims of the sentence after an event to that event): these
    records stand in for statements that are news themselves. The same claimant making the
    same kind of claim about the same target twice in one article gives one record with both
    spans as evidence. Offsets in the ClaimRef spans are character offsets into
    ``article.text``.
    """
    actors = actors or ActorDictionary.load()
    groups: dict[tuple[str, str, str], list[ClaimRef]] = {}
    for c in sorted(claims, key=lambda c: c.span.start):
        if c.kind not in PLOVER_FOR_KIND:
            continue
        if PLOVER_FOR_KIND[c.kind] is None and not include_responsibility:
            continue
        key = (c.claimant.lower(), c.kind, (c.target or "").lower())
        groups.setdefault(key, []).append(c)

    location = _country_location(country_iso3)
    out: list[Event] = []
    for refs in groups.values():
        first = refs[0]
        actor1 = _resolve_or_name(actors, first.claimant, country_iso3)
        actor2 = _resolve_or_name(actors, first.target, country_iso3)
        confidence = _confidence(first, actor1, actor2, actors)
        out.append(_statement_record(
            article, first.span.start, PLOVER_FOR_KIND[first.kind], actor1, actor2, location, published,
            confidence,
            evidence=[_evidence(article, "claims", r.span) for r in refs],
            claims=[Claim(claimant=r.claimant, kind=r.kind, target=r.target, text=r.span.text) for r in refs],
        ))
    return out


def threat_records(
    article: Article,
    threats: list,
    country_iso3: str | None,
    published: dt.date | None,
    *,
    actors: ActorDictionary | None = None,
) -> list[Event]:
    """PLOVER THREATEN records for threatened violence that is not coded as having happened
    ("the group threatened to attack government buildings"): who threatens (actor 1), whom
    (actor 2), the trigger and role phrases as evidence, dated like a statement. ``threats`` are
    ``extract.mentions.Mention`` objects whose ``threatened`` flag is set."""
    actors = actors or ActorDictionary.load()
    location = _country_location(country_iso3)
    out: list[Event] = []
    for m in threats:
        actor1 = _resolve(actors, m.actor1.text, country_iso3) if m.actor1 is not None else None
        if actor1 is None:
            continue  # a threat by nobody named is no record
        actor2 = _resolve(actors, m.actor2.text, country_iso3) if m.actor2 is not None else None
        evidence = [_evidence(article, "trigger", m.trigger), _evidence(article, "actor1", m.actor1)]
        if actor2 is not None and m.actor2 is not None:
            evidence.append(_evidence(article, "actor2", m.actor2))
        conf = 0.5 + (0.05 if actor1.type is not None else 0.0) + (0.05 if actor2 is not None else 0.0)
        out.append(_statement_record(
            article, m.trigger.start, "THREATEN", actor1, actor2, location, published, round(conf, 3), evidence
        ))
    return out


def plover_records(
    article: Article,
    mentions: list,
    country_iso3: str | None,
    published: dt.date | None,
    *,
    actors: ActorDictionary | None = None,
) -> list[Event]:
    """PLOVER records for sentences the PLOVER typer reads (``extract.plover.PloverMention``):
    meetings, agreements, demands, aid, sanctions ... outside coded events. Source and target are
    resolved with the actor dictionary; the confidence is how clearly the typer chose the type
    over the runner-up (0.5-1)."""
    actors = actors or ActorDictionary.load()
    location = _country_location(country_iso3)
    out: list[Event] = []
    for m in mentions:
        actor1 = _resolve_or_name(actors, m.source.text if m.source else None, country_iso3)
        actor2 = _resolve_or_name(actors, m.target.text if m.target else None, country_iso3)
        evidence = [_evidence(article, field, ref)
                    for field, ref in (("trigger", m.trigger), ("actor1", m.source), ("actor2", m.target)) if ref is not None]
        out.append(_statement_record(
            article, m.sentence.start, m.plover_type, actor1, actor2, location, published,
            round(m.certainty, 3), evidence,
        ))
    return out


def _statement_record(
    article: Article,
    span_start: int,
    plover_type: str | None,
    actor1: Actor | None,
    actor2: Actor | None,
    location: Location | None,
    published: dt.date | None,
    confidence: float,
    evidence: list[Evidence],
    claims: list[Claim] | None = None,
) -> Event:
    """A PLOVER record for something said: no ACLED type, dated as news of the day (the last
    ``STATEMENT_WINDOW_DAYS`` before publication, precision "range"), placed in the country."""
    if published is None:
        event_date = start = end = None
        precision = "unknown"
    else:
        event_date, start, end = published, published - dt.timedelta(days=STATEMENT_WINDOW_DAYS), published
        precision = "range"
    return Event(
        event_id=claim_event_id(article.id, span_start),
        doc_ids=[article.id],
        event_date=event_date,
        date_start=start,
        date_end=end,
        date_precision=precision,
        event_type=None,
        sub_event_type=None,
        plover_type=plover_type,
        actor1=actor1,
        actor2=actor2,
        location=location,
        claims=claims or [],
        confidence=confidence,
        evidence=evidence,
    )


def _evidence(article: Article, field: str, ref) -> Evidence:
    """Evidence for ``field`` from a span reference (start, end, text) into the article."""
    return Evidence(doc_id=article.id, field=field, start=ref.start, end=ref.end, text=ref.text)


def _resolve_or_name(actors: ActorDictionary, text: str | None, iso3: str | None) -> Actor | None:
    """The dictionary's actor for ``text``, else an actor named as written; None without text."""
    if not text:
        return None
    return _resolve(actors, text, iso3) or Actor(name=text, text=text)


def _resolve(actors: ActorDictionary, text: str | None, iso3: str | None) -> Actor | None:
    if not text:
        return None
    act = actors.resolve(text, iso3)
    if act is not None and act.text != text:
        act = act.model_copy(update={"text": text})
    return act


def _confidence(ref: ClaimRef, actor1: Actor, actor2: Actor | None, actors: ActorDictionary) -> float:
    """0.4-0.6: who made the statement and whom it is about, each when the dictionary knows them."""
    conf = 0.45
    if actor1.type is not None:
        conf += 0.05
    if actor2 is not None:
        conf += 0.05 if actor2.type is not None else 0.03
    elif ref.kind == "accuse":
        conf -= 0.05  # an accusation of nobody in particular
    return round(min(0.6, max(0.4, conf)), 3)


def _country_location(iso3: str | None) -> Location | None:
    """The article's country, at region precision: a statement has no place of its own."""
    if not iso3:
        return None
    try:
        import pycountry

        c = pycountry.countries.get(alpha_3=iso3)
    except Exception:  # pycountry missing or a code it does not know
        c = None
    name = (getattr(c, "common_name", None) or c.name) if c is not None else iso3
    return Location(name=name, country=name, iso3=iso3, geo_precision=3)
