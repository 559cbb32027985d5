"""The local engine: one process or a pool of processes, each loading the stages once.

``Pipeline`` is the public entry point for extraction::

    pipe = Pipeline.load()
    events = pipe.extract(article)
"""

from __future__ import annotations

import datetime as dt
import functools
import multiprocessing as mp
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Token

from eventlens.assemble.article import BACKGROUND_AFTER_DAYS, ResolvedMention, build_events
from eventlens.assemble.claims import claim_records, plover_records, threat_records
from eventlens.assemble.verify import ArticleView, EventVerifier, load_article_classifier
from eventlens.extract.attribution import DENY_HEADS
from eventlens.extract.classifier import SentenceClassifier
from eventlens.extract.counts import find_counts
from eventlens.extract.lexicon import Lexicon
from eventlens.extract.mentions import (
    OFFSET_UNIT_DAYS,
    Mention,
    MentionFinder,
    SpanRef,
    arrest_is_grievance,
    contraband_seizure,
    drop_cumulative_counts,
    find_attribution,
    find_claims,
    has_place_phrase,
    money_embezzled,
    state_handles_crowd,
)
from eventlens.extract.plover import load_typer, type_sentence
from eventlens.extract.roles import token_at, victim_tied_to_crime
from eventlens.extract.typing import retype_with_actors, type_family
from eventlens.extract.typing import typed as typing_of
from eventlens.ingest import parse_dateline
from eventlens.nlp import load_nlp
from eventlens.resolve.actors import ActorDictionary
from eventlens.resolve.geo import Gazetteer, locate_event
from eventlens.resolve.geo.locate import NAME_GOES_ON, LocatedEvent
from eventlens.resolve.time import TimeExpression, find_time_expressions, resolve_event_time
from eventlens.schema import Article, Event

#: events below this confidence are not output.  Measured on our samples: 0.5 keeps recall
#: (0.69 -> 0.68) and cuts false events on event-free articles from 21% to 9% (docs/evaluation.md).
DEFAULT_MIN_CONFIDENCE = 0.5

_ACTOR_MODIFIER = re.compile(
    r"-(?:led|backed|allied|funded|supported|sponsored|aligned|affiliated|linked|based|controlled|held|run)\b",
    re.IGNORECASE,
)


@dataclass
class ExtractionResult:
    article: Article
    events: list[Event]
    #: set when extraction of this article failed; the batch goes on
    error: str | None = None


class Pipeline:
    """Loads the spaCy model, lexicon, gazetteer and actor dictionary once; extracts events."""

    def __init__(
        self,
        nlp: Language,
        lexicon: Lexicon,
        gazetteer: Gazetteer,
        actors: ActorDictionary,
        model: str | None = None,
        classifier: SentenceClassifier | None = None,
        min_confidence: float = DEFAULT_MIN_CONFIDENCE,
        claim_records: bool = False,
        verifier: EventVerifier | None = None,
        plover_typer: SentenceClassifier | None = None,
        article_classifier: SentenceClassifier | None = None,
    ):
        self.nlp = nlp
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.actors = actors
        self.model = model
        self.classifier = classifier
        self.min_confidence = min_confidence
        #: also output accusations and denials outside coded events as PLOVER records
        self.claim_records = claim_records
        #: rescores each assembled event (its ``confidence``) before ``min_confidence`` applies
        self.verifier = verifier
        #: when set, sentences without a coded event are also typed in PLOVER (``--plover``)
        self.plover_typer = plover_typer
        #: reads a whole story for the verifier: does it report any event at all?
        self.article_classifier = article_classifier
        self._finder = MentionFinder(lexicon, classifier)

    @classmethod
    def load(
        cls, model: str | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE, claim_records: bool = False,
        verify: bool = True, plover: bool = False,
    ) -> "Pipeline":
        """``verify=False``: the rules' confidence alone, no verifier nor article classifier (what the verifier is trained on);
        ``plover=True``: also PLOVER records for sentences without a coded event (with claims)."""
        return cls(load_nlp(model), Lexicon.load(), Gazetteer.load(), ActorDictionary.load(), model,
                   SentenceClassifier.load(), min_confidence, claim_records or plover,
                   EventVerifier.load() if verify else None, load_typer() if plover else None,
                   load_article_classifier() if verify else None)

    # ------------------------------------------------------------------------------------
    def extract(self, article: Article) -> list[Event]:
        if len(article.text) > self.nlp.max_length:
            raise ValueError(
                f"article too long for the parser ({len(article.text):,} characters > {self.nlp.max_length:,}); "
                "split it into articles"
            )
        return self._extract_doc(article, self.nlp(_blank_dateline(article.text)))

    def candidates(self, article: Article) -> tuple[list[Event], ArticleView]:
        """The assembled events before the verifier and the confidence floor, with what the
        verifier reads of the article (for training it: ``eventlens train event-verifier``)."""
        doc = self.nlp(_blank_dateline(article.text))
        events, body_sents, _ = self._assemble(article, doc)
        return events, ArticleView.build(article, body_sents, self.classifier, self.article_classifier)

    def _extract_doc(self, article: Article, doc) -> list[Event]:
        events, body_sents, records = self._assemble(article, doc)
        if self.verifier is not None and events:
            # (the view reads every sentence with the classifier, and the article classifier the whole
            # text: only built when there is an event to rescore)
            events = self.verifier.rescore(events, ArticleView.build(article, body_sents, self.classifier, self.article_classifier))
        return [e for e in events + records if e.confidence >= self.min_confidence]

    def _assemble(self, article: Article, doc) -> tuple[list[Event], list[tuple[int, int]], list[Event]]:
        """The article's coded events, its body's sentences (character spans), and its PLOVER-only records."""
        text = article.text
        published = article.published
        entity_spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]

        # context country: the dateline first, then the places and demonyms of the story
        dateline_iso3 = None
        if article.dateline:
            dateline_iso3 = self.gazetteer.country_for(article.dateline.split(",")[-1].strip())
        toponyms = self.gazetteer.find_toponyms(text, entity_spans=entity_spans, context_iso3=dateline_iso3)
        # "Al Shabaab" is also a village in Iran: inside a group's name a place word is not a place
        named_actors = self.actors.find(text)
        group_spans = [(m.start, m.end) for m in named_actors if m.kind != "state"]
        toponyms = [
            t for t in toponyms
            if t.kind == "country" or not any(s <= t.start and t.end <= e for s, e in group_spans)
        ]
        toponyms = _drop_stray_villages(_follow_admin_hints(text, toponyms), text)
        dateline_place = None
        dl = parse_dateline(text)
        if dl is not None:
            # the dateline's own toponym carries its words as evidence
            dateline_place = next(
                (t for t in toponyms if dl.start <= t.start and t.end <= dl.end and t.kind != "country"), None
            )
            if dateline_place is not None and dateline_iso3 is None:
                dateline_iso3 = dateline_place.place.iso3
        if dateline_place is None and article.dateline:
            head = article.dateline.split(",")[0].strip()
            cands = self.gazetteer.lookup(head, iso3=dateline_iso3)
            dateline_place = cands[0] if cands else None
            if dateline_iso3 is None and dateline_place is not None:
                dateline_iso3 = dateline_place.iso3
        iso3 = dateline_iso3 or _majority_country(toponyms)
        if iso3 is None:
            # no place we know: the home country the named actors have in common ("NAF", "JNIM")
            homes = Counter(m.actor.country for m in named_actors if m.actor.country)
            iso3 = homes.most_common(1)[0][0] if homes else None
        country_name = _country_name(self.gazetteer, iso3)

        # "US-led coalition", "Iran-backed groups" name actors, not where something happened
        place_toponyms = [
            t for t in toponyms
            if not _ACTOR_MODIFIER.match(text, t.end) and not _speaks_for_state(doc, t.start, t.end)
        ]
        times = find_time_expressions(text, published)
        mentions = self._finder.find(doc, body_start=dl.body_start if dl else 0)

        resolved: list[ResolvedMention] = []
        by_sentence: dict[int, ResolvedMention] = {}
        # the place the text last put an event in (not the dateline's or the country's)
        last_told: LocatedEvent | None = None
        last_told_end = 0
        # ("the army said at the time that seven soldiers died": a statement made when it happened
        # dates what it tells)
        usable = [t for t in times if (t.told_before
                                       or not _dates_a_statement(doc, t.start, t.end, coarse=t.precision in ("month", "year")))
                  and not _names_a_thing(doc, t.start, t.end)]
        threats = []
        recalled_onsets: set[int] = set()
        # words that report a happening of their own (not a death or wound, which dates with its
        # cause); a whole-document lexicon scan, so only done when an "after" clause asks for it
        happening_words = functools.cache(lambda: {
            i for c in self.lexicon.find(doc[:]) if c.trigger and c.cls not in _OUTCOME_CLASSES
            for i in range(c.start, c.end)
        })
        # does any mention's sentence tell of the last few days (the anniversary rule below)?
        news_of_the_day = published is not None and any(
            t.event_date is not None and not t.reporting and 0 <= (published - t.event_date).days <= NEWS_DAYS
            and any(o.sent_start <= t.start < o.sent_end for o in mentions) for t in times)
        for m in mentions:
            if not m.realis:
                if m.threatened and not m.negated:
                    threats.append(m)  # a PLOVER THREATEN record when asked for (--claims)
                continue
            # "workers of a steel company, which closed a few years ago, held a protest": a
            # relative clause's date belongs to its noun, not to the happening
            own_times = [
                t for t in usable
                if not _in_other_clause(doc, t.start, t.end, m.trigger.start, m.trigger.end)
                and not (t.precision == "day" and _in_earlier_clause(doc, t.start, t.end, m.trigger, happening_words))
            ]
            if "in_relative_clause" in m.classes:
                # "a bridge that was destroyed during the battle reopened on Thursday": the main
                # clause's day is the reopening's; the clause dates its happening only by itself
                lo_rel, hi_rel = _relative_clause_span(doc, m.trigger.start)
                own_times = [t for t in own_times if t.end > lo_rel and t.start < hi_rel]
            # a mention read from one clause of its sentence is dated and placed by that clause
            # first; a coordinated clause without a date of its own shares its sentence's ("On
            # Tuesday, X did A, and Y did B"), an aside ("..., as Ukraine said its drones had
            # struck a refinery") does not
            lo, hi = m.clause or (m.sent_start, m.sent_end)
            te = resolve_event_time(own_times, lo, hi, published, m.trigger.start)
            offset = _offset_clause(doc, m.trigger) if te is None else None
            if te is None and offset is None and m.clause is not None and m.clause_join in ("", "conj", "semicolon"):
                te = resolve_event_time(own_times, m.sent_start, m.sent_end, published, m.trigger.start)
            if offset is not None and (m.clause_join == "sequence" or offset.governor.i not in happening_words()):
                # "The bombings came a day after a drone strike killed ...": counted back from the
                # day the other clause is dated, else from the story's lead happening (not when
                # that clause tells a happening itself, which the mention may stand for: "warplanes
                # struck Hodeidah on Monday, a day after a missile hit the airport")
                te = _offset_time(offset, usable, resolved, m, published)
            named_year = False
            if te is None:
                # "the 2019 Pulwama bombing, which killed 40": the year the noun's name carries
                te = _year_of_noun(doc, m.trigger, published)
                named_year = te is not None
            if te is not None and te.future:
                # "On 28 April, students blocked the tracks against cuts to admissions for next
                # year": a sentence that also dates the happening in the past reports it
                past = [t for t in own_times if not t.future]
                te_past = resolve_event_time(past, m.sent_start, m.sent_end, published, m.trigger.start) if past else None
                if te_past is None or te_past.relative:
                    continue
                te = te_past
            if m.wave_onset and te is not None and te.date_end is not None and published is not None and (
                    published - te.date_end).days > WAVE_ONSET_DAYS:
                recalled_onsets.add(m.sent_start)
                continue  # a wave of protests recalled from its first day: a summary, not an event
            if _claim_denied_next(doc, m):
                continue  # "Russia said its forces had captured X. Ukraine denied the claim."
            if "trial_article" in m.classes and (te is None or te.event_date is None):
                continue  # "convicted of abducting thousands of children": the charges of a trial
            if "anniversary_article" in m.classes and (te is None or te.event_date is None) \
                    and m.typing.event_type != "Protests" and not news_of_the_day:
                # "after nine days of fighting" in a story marking its 80th anniversary that reports
                # nothing of its own day (a march on the day is news, dated or told as a protest)
                continue
            rm = ResolvedMention(mention=m)
            if _before_modern_times(doc, m, anywhere=te is None):
                rm.history = True  # "the Battle of Lutzen in 1632": history, not data
            told_before = resolved[-1] if resolved else None
            if te is None and told_before is not None and told_before.history and (
                    m.sent_start - told_before.mention.sent_end <= 2) and _refers_back(
                    doc.char_span(m.sent_start, m.sent_end, alignment_mode="expand"), self.lexicon):
                # "... was shot dead on 8 May 1945. The killing set off riots ...": the story goes on
                # in the past it was telling
                rm.history = True
            if te is not None and te.event_date is not None:
                rm.event_date, rm.date_start, rm.date_end = te.event_date, te.date_start, te.date_end
                rm.date_precision = te.precision
                rm.date_span = SpanRef(te.start, te.end, te.text)
                if te.date_start is not None and te.date_end is not None and (
                        te.date_end - te.date_start).days > SUMMARY_WINDOW_DAYS:
                    rm.history = True  # "has killed dozens of guards in recent years": a tally, no one happening
                if published is not None and te.date_end is not None:
                    if (published - te.date_end).days > BACKGROUND_AFTER_DAYS:
                        rm.background = True
                    if (published - te.date_end).days > HISTORY_AFTER_DAYS:
                        rm.history = True  # "the Battle of Adwa, on March 1, 1896": history, not data
                    if rm.background and te.precision == "year" and (
                            not named_year or m.trigger.text.lower().split()[-1] in CAMPAIGN_NOUNS):
                        # "the fighting in 2017", "killed in clashes last year": a past known only
                        # to its year is a summary or a reminder, not a happening one can date (a
                        # happening named by its year, "the 2018 Konduga bombing", is one; "the 2017
                        # battle" for a city, fought over months, is not)
                        rm.history = True
                    if "trial_article" in m.classes and (published - te.date_end).days > TRIAL_HISTORY_DAYS:
                        rm.history = True  # "sentenced ... over the 2009 massacre": the trial's subject, not data
                    if te.date_start is not None and te.date_start > published:
                        continue  # scheduled, not happened
            # a clause that says where keeps to its own places; one that does not is placed as its
            # sentence is ("..., in Gao, and soldiers arrested five")
            event_places, p_lo, p_hi = place_toponyms, m.sent_start, m.sent_end
            if m.clause is not None and has_place_phrase(doc.char_span(lo, hi, alignment_mode="expand")):
                event_places = [t for t in place_toponyms if not (m.sent_start <= t.start < m.sent_end) or lo <= t.start < hi]
                p_lo, p_hi = lo, hi
            located = locate_event(
                text, p_lo, p_hi, event_places,
                dateline_place=dateline_place, article_country=iso3,
                next_happening=_next_happening(m, te, mentions, times, published),
                focus=(m.trigger.start, m.trigger.end),
            )
            if located is not None and located.method == "dateline" and last_told is not None and \
                    dateline_place is not None and last_told.location.iso3 == located.location.iso3 and \
                    sum(last_told_end <= s.start_char < m.sent_start for s in doc.sents) <= STORY_GAP_SENTENCES:
                # "MAPUTO, Mozambique — Insurgents stormed Macomia ... At least 10 soldiers were
                # killed": a wire story filed from the capital goes on at the place it last told of
                located = LocatedEvent(last_told.location.model_copy(), last_told.start, last_told.end,
                                       last_told.text, last_told.toponym, "story")
            if located is not None and located.method in _TOLD_PLACE and not rm.history:
                last_told, last_told_end = located, m.sent_end
            if located is not None:
                rm.location = located.location
                if located.start is not None and located.end is not None:
                    rm.location_span = SpanRef(located.start, located.end, located.text or "")
                rm.own_place = located.method in ("sentence", "offset", "near") and (
                    located.start is not None and m.sent_start <= located.start < m.sent_end
                )
                rm.place_from_next = located.method == "next_sentence"
            event_iso3 = (rm.location.iso3 if rm.location else None) or iso3
            if m.actor1 is not None:
                rm.actor1 = self.actors.resolve(m.actor1.text, event_iso3)
            if m.actor2 is not None:
                rm.actor2 = self.actors.resolve(m.actor2.text, event_iso3)
            a1_code = rm.actor1.type.code if rm.actor1 and rm.actor1.type else None
            a1_entry = self.actors.get(rm.actor1.name) if rm.actor1 else None
            if a1_entry is not None and a1_entry.kind == "party":
                a1_code = 5  # a party's supporters fight as a crowd, not as a militia (ACLED codebook)
            m.typing = retype_with_actors(
                m.typing,
                a1_code,
                rm.actor2.type.code if rm.actor2 and rm.actor2.type else None,
                m.roles,
                verbal=m.verbal,
                classes=m.classes,
                actor1_text=m.actor1.text if m.actor1 is not None else "",
            )
            seizure = _contraband_seized_with(doc, m) if m.typing.sub_event_type == "Arrests" else None
            if seizure is not None:
                # "police seized two tons of cocaine in a truck. Three men were arrested": the
                # seizure is the event, the arrests part of it (ACLED codes a seizure by the state
                # as property destruction), and the arresting state did it
                m.typing = typing_of("Looting/property destruction", m.typing.certainty)
                if rm.actor1 is None or rm.actor1.type is None or rm.actor1.type.code != 1:
                    seizer = next((c for c in seizure.children if c.dep_ == "nsubj"), None)
                    found = self.actors.resolve(doc[seizer.left_edge.i : seizer.i + 1].text, event_iso3) \
                        if seizer is not None else None
                    rm.actor1 = found if found is not None and found.type is not None and found.type.code == 1 \
                        else self.actors.state_actor(event_iso3, "police", "police", iso3) or rm.actor1
            if rm.event_date is None:
                rm.context_time = _narrative_time(usable, m.sent_start, published)
            resolved.append(rm)
            by_sentence[m.sent_start] = rm

        # a sentence without an event of its own may still say who reports or blames; it
        # speaks of the event in the sentence just before it
        body_start = dl.body_start if dl else 0
        sents = list(doc.sents)
        loose_claims = []
        for i, sent in enumerate(sents):
            if sent.start_char in by_sentence:
                continue
            host = by_sentence.get(sents[i - 1].start_char) if i else None
            # who reports or blames may come a sentence later ("No casualties were reported.
            # Washington blamed the attacks on ...")
            near = host or (by_sentence.get(sents[i - 2].start_char) if i > 1 else None)
            if near is None:
                if self.claim_records:
                    loose_claims.extend(find_claims(sent))
                continue
            near.extra_attribution.extend(find_attribution(sent, body_start))
            near.extra_claims.extend(find_claims(sent))
            # ("No arrests were made there": none; "arrested those who did not wear masks": some)
            if any(
                    (c.cls == "intervention" or (c.cls == "arrest" and not c.weak and not arrest_is_grievance(doc[c.end - 1])))
                    and not _denied_deed(doc[c.end - 1])
                    for c in self.lexicon.find(sent)) or state_handles_crowd(sent):
                # "Police intervened." / "They were arrested." / "Officers controlled the crowd." a
                # sentence or two after the protest
                near.extra_intervention = True
            if _crowd_turns_violent(sent, self.lexicon):
                # "The inmates burnt official documents." / "There was a brawl between the
                # demonstrators and the police." told after the protest
                near.extra_crowd_violence = True
            if host is None:
                continue
            # "No casualties were reported." / "Two of the wounded later died."
            host.extra_counts.extend(c for c in drop_cumulative_counts(sent, find_counts(sent)) if c.kind != "crowd")
            if host.event_date is None and sent.start_char not in recalled_onsets and _refers_back(sent, self.lexicon):
                # "The death toll rose to 84 on Tuesday. The bomber struck on Monday ...": a next
                # sentence that opens on the happening or its doers dates what the lead only counted
                own = [t for t in usable if not _in_other_clause(doc, t.start, t.end, sent.start_char)]
                te = resolve_event_time(own, sent.start_char, sent.end_char, published, sent.start_char)
                if te is not None and te.event_date is not None and not te.future and (
                    published is None or te.date_end is None or (published - te.date_end).days <= BACKGROUND_AFTER_DAYS
                ):
                    host.event_date, host.date_start, host.date_end = te.event_date, te.date_start, te.date_end
                    host.date_precision = te.precision
                    host.date_span = SpanRef(te.start, te.end, te.text)

        for rm in resolved:
            if rm.mention.typing.sub_event_type == "Attack" and rm.actor2 is not None and rm.actor2.type is not None \
                    and rm.actor2.type.code == 7 and not rm.mention.roles.actor2_off_duty:
                self._victim_in_crime(sents, rm)
            for c in rm.mention.claims + rm.extra_claims:
                if c.kind == "claim responsibility":
                    who = self.actors.resolve(c.claimant, iso3)
                    if who is not None and who.type is not None and who.type.code in (2, 3, 4):
                        rm.claimant_actors.append(who)
        lead_end = next((s.end_char for s in sents if s.end_char > body_start + 1), 0)
        events = build_events(article, resolved, country_iso3=iso3, country_name=country_name, lead_end=lead_end)
        records: list[Event] = []
        if loose_claims:
            # PLOVER ACCUSE / REJECT records for statements outside any coded event
            records += claim_records(article, loose_claims, iso3, published, actors=self.actors)
        if self.claim_records and threats:
            records += threat_records(article, threats, iso3, published, actors=self.actors)
        if self.plover_typer is not None:
            # what else the story reports in PLOVER's terms: sentences with no coded event,
            # claim or threat of their own
            taken = [rm.mention.trigger.start for rm in resolved] + [c.span.start for c in loose_claims] + [
                m.trigger.start for m in threats if m.actor1 is not None]
            typed = [
                pm for s in sents
                if s.end_char > body_start + 1 and not any(s.start_char <= c < s.end_char for c in taken)
                and (pm := type_sentence(s, self.plover_typer)) is not None
            ]
            records += plover_records(article, typed, iso3, published, actors=self.actors)
        return events, [(s.start_char, s.end_char) for s in sents if s.end_char > body_start + 1], records

    def _victim_in_crime(self, sents, rm: ResolvedMention) -> None:
        """"A man was shot dead ... The victim had charges against him for drug trafficking": ACLED
        codes a victim tied to organised crime as a gang member, so the killing is an armed clash."""
        later = [s for s in sents if s.start_char >= rm.mention.sent_end][:2]
        if not any(victim_tied_to_crime(s) for s in later):
            return
        iso3 = rm.actor2.country if rm.actor2 else None
        gang = self.actors.resolve("gang members", iso3)
        if gang is None:
            return
        rm.actor2 = gang.model_copy(update={"text": rm.actor2.text})
        rm.mention.typing = retype_with_actors(
            rm.mention.typing, rm.actor1.type.code if rm.actor1 and rm.actor1.type else None, 3,
            rm.mention.roles, verbal=rm.mention.verbal)

    # ------------------------------------------------------------------------------------
    def extract_many(
        self, articles: Iterable[Article], n_process: int = 1, batch_size: int = 16
    ) -> Iterator[ExtractionResult]:
        """Extract from many articles; failures are reported per article, never raised."""
        if n_process <= 1:
            for art in articles:
                yield _safe_extract(self, art)
            return
        ctx = mp.get_context("fork")
        with ctx.Pool(n_process, initializer=_init_worker,
                      initargs=(self.model, self.min_confidence, self.claim_records, self.verifier is not None,
                                self.plover_typer is not None)) as pool:
            yield from pool.imap(_worker_extract, articles, chunksize=max(1, batch_size // 4))


#: "Washington blamed ...", "Baghdad said ...": a capital or country as the subject of such a verb
#: stands for its government, not for the place where something happened
_GOVERNMENT_VERBS = {
    "say", "blame", "accuse", "deny", "condemn", "demand", "urge", "call", "warn", "claim",
    "announce", "state", "insist", "reject", "threaten", "vow", "respond", "confirm", "tell",
}


#: what carries a statement ("in a statement on Sunday", "in an interview on Monday"); not a
#: broadcast or a meeting, which may be where a happening took place
_STATEMENT_NOUNS = {"statement", "communique", "communiqué", "briefing", "interview", "speech", "address",
                    "post", "message", "release", "bulletin"}
#: "the death toll rose to 84 on Tuesday", "officials said on Sunday": the date is of the
#: statement or the update, not of the happening
_STATEMENT_VERBS = {"rise", "climb", "reach", "say", "announce", "report", "confirm", "tell", "increase",
                    "jump", "stand", "update", "add", "state", "publish", "release"}


#: what a crowd does to things: burns chairs, documents, tyres, smashes windows
_BURN_LEMMAS = {"burn", "smash", "vandalize", "vandalise"}
#: fights named by a noun ("There was a brawl between the demonstrators and the police")
_FIGHT_NOUNS = {"brawl", "scuffle", "clash", "fistfight", "confrontation", "riot", "rioting", "vandalism", "arson"}


def _relative_clause_span(doc, char: int) -> tuple[int, int]:
    """The characters of the relative clause the token at ``char`` stands in."""
    tok = doc[min(token_at(doc, char), len(doc) - 1)]
    while tok.dep_ != "relcl" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "relcl":
        return 0, len(doc.text)
    if tok.head.ent_type_ in ("DATE", "TIME") or any(c.lower_ == "when" for c in tok.children):
        tok = tok.head  # "since February 2019, when a bomber killed 40": the clause dates by its noun
    sub = list(tok.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)


def _contraband_seized_with(doc, m: Mention) -> Token | None:
    """The verb telling a seizure of drugs or contraband in the arrest's sentence or the one before it."""
    sents = list(doc.sents)
    at = next((i for i, s in enumerate(sents) if s.start_char <= m.sent_start < s.end_char), None)
    if at is None:
        return None
    return next((v for s in reversed(sents[max(0, at - 1) : at + 1]) if (v := contraband_seizure(s)) is not None), None)


def _denied_deed(tok: Token) -> bool:
    """Is the deed a cue word names said not to have happened: "no arrests were made", "nobody was
    detained", "police did not intervene", "made no arrests"?  Only the cue's own verb counts: a
    negation elsewhere ("arrested traders who did not wear masks") denies something else."""
    verbs = [tok]
    if tok.pos_ in ("NOUN", "PROPN") or tok.dep_ == "xcomp":
        verbs.append(tok.head)  # "did not make arrests", "did not try to disperse them"
    return any(
        c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
        or (c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("nobody", "none", "no-one"))
        for v in verbs for c in v.children
    )


def _crowd_turns_violent(sent, lexicon: Lexicon) -> bool:
    """Does a sentence with no event of its own tell of violence of the kind a crowd does (stones,
    fire set, a brawl, a clash, property burnt)?  Said of no one but the crowd, it follows the
    protest told before it; what the police do to the crowd is intervention, not this."""
    if any(t.dep_ == "neg" or (t.lower_ == "no" and t.dep_ == "det") for t in sent):
        return False
    doc = sent.doc
    cues = lexicon.find(sent)
    if any(c.cls == "intervention" for c in cues):
        return False  # "police used tear gas ..., and scuffles broke out": the dispersal, told as such
    # (a deed, or a fight named as such: "torches" carried at a vigil are no arson)
    if any(c.cls in ("riot", "crowd_violence") and not c.weak and not money_embezzled(doc[c.end - 1]) and (
            doc[c.start].pos_ == "VERB" or doc[c.end - 1].lemma_.lower() in _FIGHT_NOUNS) for c in cues):
        return True
    return any(t.lemma_.lower() in _BURN_LEMMAS and t.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "agent") and c.lemma_.lower() in ("police", "policeman", "officer", "force", "soldier", "guard")
        for c in t.children) for t in sent)


def _refers_back(sent, lexicon: Lexicon) -> bool:
    """Does the sentence open with a definite reference to a happening or its doers ("The bomber
    struck ...", "The attack took place ...", "The gunmen fled ...")?"""
    head = sent[: min(len(sent), 4)]
    if not any(t.lower_ in ("the", "this", "that") for t in head):
        return False
    return any(
        c.trigger or c.cls in ("armed_cue",)
        for c in lexicon.find(head)
    )


def _in_other_clause(doc, start: int, end: int, trigger_char: int, trigger_end: int | None = None) -> bool:
    """Does the time expression at ``start:end`` sit in a relative clause that does not contain
    the trigger at ``trigger_char``?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span.root
    for _ in range(8):
        # only a true relative clause ("which closed a few years ago"): the parser hangs the
        # event's own time on participles ("workers demanding wages in Gazipur on Monday")
        if tok.dep_ == "relcl" and tok.head.i != tok.i:
            noun = tok.head
            if trigger_end is not None and trigger_char <= noun.idx < trigger_end and tok.lemma_.lower() not in _ONSET_VERBS:
                # "a bombing that tore through the market the previous day": its own time (but
                # "clashes that started on 2 May" tell only when a longer happening began)
                return False
            clause = {t.idx for t in tok.subtree}
            return trigger_char not in clause and not any(
                t.idx <= trigger_char < t.idx + len(t.text) for t in tok.subtree
            )
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_ONSET_VERBS = {"start", "begin", "commence"}


def _narrative_time(usable: list[TimeExpression], sent_start: int, published: dt.date | None) -> TimeExpression | None:
    """The time the story stands at when a sentence without a date of its own begins: the last
    time expression before it ("Police clashed with rioters on Thursday. ... In Marseille,
    16,000 people marched peacefully").  None when that one is background or undated; a
    scheduled date or a statement's date is passed over."""
    for t in reversed(usable):
        if t.end > sent_start or t.future or t.reporting:
            continue
        if t.event_date is None or t.date_start is None or (published is not None and t.date_start > published):
            return None
        if published is not None and (published - t.date_start).days > BACKGROUND_AFTER_DAYS:
            # the story has gone back in time ("in 2019", "since 2014"): its news date does not carry over
            return None
        return t
    return None


@dataclass(frozen=True)
class _Offset:
    """"a day after X", "two days before X", "hours after X": X counted from the happening the
    clause hangs on."""

    start: int  # characters covered by the "after" clause or phrase, with its quantity
    end: int
    days: int  # X lies this many days after (+) or before (-) the other happening
    text: str
    governor: Token  # the word the clause hangs on


_OFFSET_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _offset_clause(doc, trigger: SpanRef) -> _Offset | None:
    """Is the trigger inside an "after"/"before" clause or phrase measured by a quantity of time
    ("a day after a senior official was killed", "two days after the ambush")?"""
    trig = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if trig is None or len(trig) == 0:
        return None
    tok = trig.root
    for _ in range(8):
        clause = marker = None
        mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        if mark is not None:
            clause, marker = tok, mark
        elif tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ == "prep" and tok.head.lower_ in ("after", "before"):
            clause = marker = tok.head
        if clause is not None:
            # the quantity hangs on the marker, the clause or (as "came a day after") the verb above
            qty = next((c for c in (*marker.children, *clause.children, *clause.head.children)
                        if c.dep_ == "npadvmod" and c.right_edge.i == marker.i - 1
                        and c.lemma_.lower() in OFFSET_UNIT_DAYS), None)
            if qty is None or clause.head.i == clause.i:
                return None
            per = OFFSET_UNIT_DAYS[qty.lemma_.lower()]
            if per == 0:
                n = 0
            else:
                num = next((c for c in qty.children if c.dep_ in ("nummod", "det")), None)
                if num is None:
                    return None  # "days after": too vague to count
                n = _OFFSET_WORDS.get(num.lower_) or (int(num.text) if num.text.isdigit() else 0)
                if not 0 < n <= 31:
                    return None
            toks = [*clause.subtree, *qty.subtree]
            start = min(t.idx for t in toks)
            end = max(t.idx + len(t.text) for t in toks)
            sign = -1 if marker.lower_ == "after" else 1
            return _Offset(start, end, sign * n * per, doc.text[qty.idx: marker.idx + len(marker.text)], clause.head)
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


#: how many sentences may come between an event placed by the text and one that goes on in its place
STORY_GAP_SENTENCES = 1
#: how an event's place came from the text itself
_TOLD_PLACE = ("sentence", "offset", "near", "next_sentence", "anaphor", "story")


def _offset_time(offset: _Offset, usable: list[TimeExpression], resolved: list[ResolvedMention], m: Mention,
                 published: dt.date | None) -> TimeExpression | None:
    """The date of a happening told as "a day after X" (X's own, counted from the other one)."""
    gov = offset.governor
    own = [t for t in usable if m.sent_start <= t.start and t.end <= m.sent_end and t.precision == "day"
           and not t.future and not t.reporting and not offset.start <= t.start < offset.end]
    base = None
    if own:
        base = min(own, key=lambda t: abs(t.start - gov.idx)).event_date
    elif any(c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ in ("the", "this", "that") for d in c.children)
             for c in gov.children):
        # "The bombings came a day after ...": the story's lead happening, dated to the day
        lead = next((r for r in resolved if r.date_precision == "day" and r.event_date is not None
                     and not r.background), None)
        base = lead.event_date if lead is not None else None
    if base is None:
        return None
    day = base + dt.timedelta(days=offset.days)
    if published is not None and day > published:
        return None
    return TimeExpression(offset.start, offset.end, offset.text, day, day, day, "day", True, False)


#: years before this are not a happening's date but a count or history
HISTORY_YEAR_MIN = 1900


def _before_modern_times(doc, m, anywhere: bool) -> bool:
    """The mention's sentence dates what it tells to a year before HISTORY_YEAR_MIN ("killed at
    the Battle of Lutzen in 1632"; the dater reads no date there, such numbers being mostly counts):
    a year after a preposition with no noun after it ("in 1632 homes" is a count).  Unless
    ``anywhere``, the year must hang on the trigger (the sentence has a date of its own)."""
    span = doc.char_span(m.sent_start, m.sent_end, alignment_mode="expand")
    trig = doc.char_span(m.trigger.start, m.trigger.end, alignment_mode="expand")
    for tok in span if span is not None else ():
        if not (tok.text.isdigit() and len(tok.text) == 4 and 1000 <= int(tok.text) < HISTORY_YEAR_MIN):
            continue
        if not anywhere and (trig is None or not any(a.i in range(trig.start, trig.end) for a in tok.ancestors)):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of", "since", "during", "from", "until", "by") and (
                nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
            return True
    return False


def _year_of_noun(doc, trigger: SpanRef, published: dt.date | None) -> TimeExpression | None:
    """The year written before the happening's noun ("the 2019 Pulwama bombing", "the 2008 Mumbai
    attacks"), for the noun itself or a relative clause on it ("the 2017 attack, in which militants
    killed eight").  Only before a singular noun or a name: "the 2000 protesters" is a count."""
    trig = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if trig is None or len(trig) == 0:
        return None
    noun = trig.root
    if noun.pos_ != "NOUN":
        verb = noun if noun.pos_ in ("VERB", "AUX") else noun.head
        if verb.dep_ == "conj" and verb.head.dep_ == "relcl":
            verb = verb.head  # "which killed 40 and wounded 35"
        if verb.dep_ != "relcl":
            return None
        noun = verb.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in _NAMED_NOT_DATED:
        # "the 2016 peace agreement" names the accord (see _names_a_thing); but "the 1995 Srebrenica
        # massacre" is dated by its name, as history
        return None
    named = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    for holder in (noun, *named):
        for y in holder.children:
            if not (y.i < noun.i and y.dep_ in ("nummod", "compound", "amod") and y.ent_type_ == "DATE"
                    and y.text.isdigit() and len(y.text) == 4):
                continue
            if noun.tag_ == "NNS" and not named:
                return None  # "the 2000 protesters"
            year = int(y.text)
            top = published.year if published is not None else year
            if not HISTORY_YEAR_MIN <= year <= top:
                return None
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
            if published is not None:
                last = min(last, published)
            mid = first + dt.timedelta(days=(last - first).days // 2)
            return TimeExpression(y.idx, y.idx + len(y.text), y.text, first, last, mid, "year", False, False)
    return None


#: lexicon classes that tell the outcome of a happening rather than one of its own
_OUTCOME_CLASSES = {"kill", "wound"}

#: words that open a clause or phrase told as earlier than the verb it hangs on
_EARLIER_MARKERS = {"after", "following"}


def _in_earlier_clause(doc, start: int, end: int, trigger: SpanRef, happening_words: Callable[[], set[int]]) -> bool:
    """Is the trigger inside an "after ..." clause or phrase that leaves the time expression out,
    hung on a word for another happening?

    "Police arrested 100 people on Thursday after a mob set fire to churches": Thursday dates
    the arrests; the mob's deed came before it.  Not so when the verb is no happening of its
    own ("Floyd died on Monday after an officer knelt on his neck": the same day).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    trig = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if span is None or trig is None or len(span) == 0 or len(trig) == 0:
        return False
    time_ids = {t.i for t in span}
    tok = trig.root
    for _ in range(8):
        clause = None
        if tok.dep_ == "advcl" and any(c.dep_ in ("mark", "prep") and c.lower_ in _EARLIER_MARKERS for c in tok.children):
            clause = tok
        elif tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ == "prep" and tok.head.lower_ in _EARLIER_MARKERS:
            clause = tok.head
        if clause is not None:
            head = clause.head
            return not any(t.i in time_ids for t in clause.subtree) and head.i in happening_words()
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


#: dated things that are violent happenings themselves: their year dates them
_DATED_HAPPENINGS = {"massacre", "genocide", "war", "uprising", "revolution", "coup"}
#: things a date may name without dating the happening beside them: "the 9 October election",
#: "the October 2021 vote", "the 2015 peace agreement"
_DATED_THINGS = {"election", "vote", "poll", "referendum", "agreement", "accord", "deal", "decree", "law",
                 "constitution", "budget", "ballot", "runoff", "run-off", "summit", "census", "resolution", "coup",
                 "revolution", "uprising", "war", "anniversary", "massacre", "genocide", "earthquake", "ceasefire",
                 "truce", "treaty", "plan", "report", "ruling", "verdict", "order"}
#: what a year before the noun names without dating a happening
_NAMED_NOT_DATED = _DATED_THINGS - _DATED_HAPPENINGS


_REPORT_VERBS = {"say", "claim", "report", "announce", "allege", "state", "assert"}
_DENIED_THINGS = {"claim", "report", "it", "this", "that", "statement", "allegation", "account", "assertion"}


def _claim_denied_next(doc, m) -> bool:
    """A happening told only as someone's claim ("its forces had captured X", said the ministry)
    that the next sentence denies ("Ukraine denied the claim"): unverified, not coded."""
    span = doc.char_span(m.trigger.start, m.trigger.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok, reported = span.root, False
    for _ in range(6):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in _REPORT_VERBS:
            reported = True
            break
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if not reported:
        return False
    sent = span.root.sent
    nxt = doc[sent.end].sent if sent.end < len(doc) else None
    for s in (sent, nxt):
        if s is None:
            continue
        for t in s:
            if t.lemma_.lower() in DENY_HEADS and t.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _DENIED_THINGS for c in t.children):
                return True
    return False


def _names_a_thing(doc, start: int, end: int) -> bool:
    """Is the expression part of a noun's name ("the 9 October election", "the 2015 accord")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.dep_ not in ("compound", "nmod", "amod", "nummod", "npadvmod", "poss"):
        return False
    head = root.head
    return head.i >= span.end and head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in _DATED_THINGS


def _dates_a_statement(doc, start: int, end: int, coarse: bool = False) -> bool:
    """Does the expression date a statement, a claim or a count update rather than a happening?
    ``coarse``: the expression names a month or a year, which a claim shares with its deed."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    while head.dep_ == "prep" and head.head.i != head.i:
        head = head.head
    if head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.lemma_.lower() in _CLAIM_VERBS and (
            head.lemma_.lower() not in ("life", "lives")):
        head = head.head  # "claimed responsibility on Thursday for the bombings": the claim's day
    if head.pos_ == "NOUN" and head.lemma_.lower() in _STATEMENT_NOUNS and head.dep_ == "pobj" and \
            head.head.lower_ == "in":
        return True  # "In a statement on Sunday evening, the army said ...": the statement's day
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if head.lemma_.lower() in _STATEMENT_VERBS:
        return True
    if head.lemma_.lower() in _CLAIM_VERBS and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives") for c in head.children):
        # "claimed responsibility for the attack on Sunday" (not "claimed 12 lives"); but "it
        # claimed an assault on a shrine in October 2022" dates the assault as well
        return not (coarse and head.lemma_.lower() == "claim" and any(
            c.dep_ == "dobj" and c.lemma_.lower() not in ("responsibility", "credit") for c in head.children))
    # "the death toll rose to 84 on Tuesday": the day the count was updated, not of the event
    if head.lemma_.lower() in _TOLL_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in ("toll", "number", "count", "tally", "figure")
        for c in head.children
    ):
        return True
    # "the ministry lowered the death toll to 89 on Thursday": likewise
    return head.lemma_.lower() in _TOLL_REVISING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("toll", "tally") for c in head.children)


#: a time window longer than this ("in recent years", "between 2016 and 2018") dates no single happening
SUMMARY_WINDOW_DAYS = 400

#: what happened this many days before publication is the news of the day
NEWS_DAYS = 7

#: happenings this long before publication are history: not coded, even as background (ACLED's
#: own coverage starts in 1997)
HISTORY_AFTER_DAYS = 30 * 365
#: words for fighting that lasts months: one named by its year is a period, not a happening
CAMPAIGN_NOUNS = {"battle", "battles", "war", "siege", "offensive", "campaign", "conflict", "insurgency", "uprising",
                  "fighting", "occupation"}
#: in a story about a trial, a happening this old is what the court tried
TRIAL_HISTORY_DAYS = 365

#: the first day of a wave of protests this long before publication is recalled, not reported
WAVE_ONSET_DAYS = 3

#: statements about a happening: their date is the statement's
_CLAIM_VERBS = {"claim", "deny", "accuse", "blame", "condemn", "declare", "vow", "warn"}

#: verbs that update a casualty count
_TOLL_VERBS = {"rise", "climb", "reach", "increase", "jump", "grow", "mount", "soar", "hit", "stand"}
#: verbs by which someone revises a casualty count ("raised the death toll to 40")
_TOLL_REVISING_VERBS = {"raise", "lower", "revise", "put", "update", "increase", "reduce", "cut", "bring"}


def _next_happening(m, te, mentions, times, published) -> int | None:
    """Where the article turns from ``m``'s happening to another: the sentence of the next mention
    of another kind, or dated to another day; a fresh mention of the same kind and day ("Armed
    fighters attacked the camp at Inates late on Tuesday") may still be telling the same one."""
    for o in mentions:
        if o.sent_start <= m.sent_start or o.anaphoric:
            continue
        if type_family(o.typing.event_type) != type_family(m.typing.event_type):
            return o.sent_start
        days = {t.event_date for t in times if o.sent_start <= t.start < o.sent_end and t.event_date and not t.reporting}
        if days and te is not None and te.event_date is not None and te.event_date not in days:
            return o.sent_start
        if days and published is not None and all((published - d).days > BACKGROUND_AFTER_DAYS for d in days):
            return o.sent_start  # "It claimed an assault on a shrine in October 2022": a recalled one
    return None


def _speaks_for_state(doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.dep_ == "poss" and root.head.dep_ == "nsubj":
        root = root.head  # "Cambodia's defence ministry said its forces had only fired at ...": who speaks
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _GOVERNMENT_VERBS


def _safe_extract(pipe: Pipeline, art: Article) -> ExtractionResult:
    try:
        return ExtractionResult(art, pipe.extract(art))
    except Exception as exc:  # one bad article never stops a batch
        return ExtractionResult(art, [], f"extraction failed: {type(exc).__name__}: {exc}")


def _blank_dateline(text: str) -> str:
    """The parser sees the body without its dateline ("KUT, Iraq (AFP) —" wrecks the first
    sentence's parse); blanks keep every character offset as it is."""
    dl = parse_dateline(text)
    if dl is not None and dl.body_start > 2:
        # ending the blanks on ". " keeps the lead's first word a sentence opener: after bare
        # blanks the tagger reads "Gunmen" or "Militants" as a name and its lemma is lost
        return " " * (dl.body_start - 2) + ". " + text[dl.body_start :]
    if dl is not None and dl.body_start > 0:
        return " " * dl.body_start + text[dl.body_start :]
    return text


_WORKER: Pipeline | None = None


def _init_worker(model: str | None, min_confidence: float, claim_records: bool, verify: bool, plover: bool) -> None:
    global _WORKER
    _WORKER = Pipeline.load(model, min_confidence, claim_records, verify=verify, plover=plover)


def _worker_extract(art: Article) -> ExtractionResult:
    assert _WORKER is not None
    return _safe_extract(_WORKER, art)


_HINT_GAP = re.compile(r"\s*[,(]\s*$")


def _follow_admin_hints(text: str, toponyms: list) -> list:
    """"Novotroitske, Donetsk", "Al Birayn checkpoint (Sabir al Mawadim, Taizz)": the region or
    country written right after a place says where it is.  A reading elsewhere gives way to a
    candidate inside that region, or is dropped so that the region itself places the event."""
    out = []
    for i, t in enumerate(toponyms):
        hint = toponyms[i + 1] if i + 1 < len(toponyms) else None
        if (
            t.kind != "place" or hint is None or hint.start - t.end > 40
            or not _HINT_GAP.match(text[t.end : hint.start].split(")")[0])
            or "." in text[t.end : hint.start]
            # "Bosaso, U.S. Africa Command said": a country that opens a name is no hint
            or (hint.kind == "country" and NAME_GOES_ON.match(text, hint.end))
        ):
            out.append(t)
            continue
        # "(Sabir al Mawadim, Taizz)": the last name of the bracket is the widest
        j = i + 1
        while j + 1 < len(toponyms) and re.fullmatch(r"\s*,\s*", text[toponyms[j].end : toponyms[j + 1].start]):
            j += 1
        region = toponyms[j].place
        def inside(p) -> bool:
            if p.iso3 != region.iso3:
                return False
            return toponyms[j].kind == "country" or not region.admin1 or p.admin1 == region.admin1
        if inside(t.place):
            out.append(t)
            continue
        better = next((c for c in t.candidates if inside(c)), None)
        if better is not None:
            t.place = better
            out.append(t)
        # else: dropped; the hint itself stays and places the event
    return out


#: a place this small, alone in its country, in an article whose other places agree on
#: another country, is a misreading ("Pir" of "Pir Laka area ..., Paktika" is not in Romania)
STRAY_PLACE_MAX_POPULATION = 50_000


def _drop_stray_villages(toponyms: list, text: str = "") -> list:
    # (each name counts once: "the Abu Shouk camp" twice is one word for India, not two)
    counts = Counter(iso3 for iso3, _ in {(t.place.iso3, t.text.lower()) for t in toponyms if t.place.iso3})
    if not counts:
        return toponyms
    top, n_top = counts.most_common(1)[0]
    if n_top < 2:
        return toponyms
    return [
        t for t in toponyms
        if not (
            t.place.iso3 and t.place.iso3 != top and counts[t.place.iso3] == 1 and (
                (t.kind == "place" and (t.place.population or 0) < STRAY_PLACE_MAX_POPULATION)
                # "overran the town of Palma" in a story about Mozambique is not Palma de Mallorca
                or (t.kind == "place" and _SMALL_PLACE_OF.search(text[max(0, t.start - 30) : t.start]))
                # "the North Zone of Rio de Janeiro" is not Cameroon's North region
                or (t.kind in ("admin1", "admin2") and t.text.lower() in GENERIC_REGION_WORDS)
            )
        )
    ]


#: "the town of X", "a village of": the text calls the place small
_SMALL_PLACE_OF = re.compile(r"\b(?:town|village|hamlet|locality)\s+of\s+$", re.I)

#: region names that are also plain words of direction or position
GENERIC_REGION_WORDS = {"north", "south", "east", "west", "central", "centre", "center", "northern", "southern",
                        "eastern", "western", "upper", "lower", "coast", "littoral", "capital", "north east",
                        "north west", "south east", "south west", "northeast", "northwest", "southeast",
                        "southwest", "mid-west", "far north", "plateau", "lakes", "islands", "interior",
                        # a region across several countries that one of them also names a province after
                        "sahel", "sahara", "maghreb", "levant", "horn of africa", "great lakes"}


def _majority_country(toponyms) -> str | None:
    counts = Counter(t.place.iso3 for t in toponyms if getattr(t, "place", None) is not None and t.place.iso3)
    return counts.most_common(1)[0][0] if counts else None


def _country_name(gaz: Gazetteer, iso3: str | None) -> str | None:
    if iso3 is None:
        return None
    try:
        import pycountry

        c = pycountry.countries.get(alpha_3=iso3)
        if c is None:
            return None
        return getattr(c, "common_name", None) or c.name
    except Exception:
        return None


def today() -> dt.date:
    return dt.date.today()
