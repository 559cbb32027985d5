"""PLOVER typing of sentences without a coded event (``--plover``)."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from eventlens.extract.plover import PLOVER_LABELS, load_typer, type_sentence
from eventlens.extract.train import train_classifier
from eventlens.schema import Article

CAPITALS = ("Nairobi", "Addis Ababa", "Kampala", "Kigali", "Dodoma", "Lusaka", "Accra", "Dakar")


@pytest.fixture(scope="module")
def tiny_typer():
    """A typer that knows three labels from sentences we write here (the shipped one may change)."""
    examples = []
    for a, b in zip(CAPITALS, CAPITALS[1:] + CAPITALS[:1]):
        examples += [
            (f"The foreign ministers of {a} and {b} met on Tuesday to discuss border trade.", "CONSULT", "t"),
            (f"The president held talks with his counterpart in {a} on regional security.", "CONSULT", "t"),
            (f"The government in {a} sent food aid and medicine to flood victims in {b}.", "AID", "t"),
            (f"Donors pledged emergency aid to families displaced by drought near {a}.", "AID", "t"),
            (f"The shilling weakened against the dollar in {a} as coffee exports fell.", "none", "t"),
            (f"Rain is expected across {a} and {b} for the rest of the week.", "none", "t"),
        ]
    typer, _ = train_classifier(examples, n_buckets=1 << 14, labels=PLOVER_LABELS)
    return typer


def test_a_meeting_is_consult_with_source_and_target(nlp, tiny_typer):
    doc = nlp("The Ugandan army chief met with the Congolese defence minister in Kampala on Monday to discuss border trade.")
    pm = type_sentence(next(doc.sents), tiny_typer)
    assert pm is not None and pm.plover_type == "CONSULT"
    assert pm.trigger.text == "met"
    assert pm.source.text == "The Ugandan army chief"
    assert pm.target.text == "the Congolese defence minister"


def test_reported_action_and_passive_agent(nlp, tiny_typer):
    doc = nlp("The ministry said the government had sent food aid to families in Gulu.")
    pm = type_sentence(next(doc.sents), tiny_typer)
    assert pm is not None and pm.plover_type == "AID"
    assert pm.trigger.text == "sent"  # the reported act, not "said"
    assert pm.source.text == "the government"
    doc = nlp("Food aid was delivered to displaced families by the World Food Programme on Sunday.")
    pm = type_sentence(next(doc.sents), tiny_typer)
    assert pm is not None and pm.source.text == "the World Food Programme"


def test_weather_is_no_plover_record(nlp, tiny_typer):
    doc = nlp("Heavy rain is expected across Kampala for the rest of the week.")
    assert type_sentence(next(doc.sents), tiny_typer) is None


STORY = (
    "KAMPALA, Uganda (Reuters) — Gunmen killed three traders at a market in Kasese on Sunday, police said.\n"
    "The Ugandan army chief met with the Congolese defence minister in Kampala on Monday to discuss border trade.\n"
    "Heavy rain is expected across Kampala for the rest of the week.\n"
)


def test_plover_records_come_only_with_the_option(pipeline, tiny_typer):
    art = Article(id="p", text=STORY, published=dt.date(2024, 3, 12))
    plain = pipeline.extract(art)
    assert [e.sub_event_type for e in plain] == ["Attack"]
    with_plover = copy.copy(pipeline)
    with_plover.plover_typer = tiny_typer
    with_plover.claim_records = True
    events = with_plover.extract(art)
    records = [e for e in events if e.event_type is None]
    assert [r.plover_type for r in records] == ["CONSULT"]
    meeting = records[0]
    assert meeting.actor1.text == "The Ugandan army chief"
    assert {ev.field for ev in meeting.evidence} >= {"trigger", "actor1", "actor2"}
    assert meeting.location is not None and meeting.location.iso3 == "UGA"
    # the killing is still the ACLED event it was, and no sentence is typed twice
    assert [e.sub_event_type for e in events if e.event_type] == [e.sub_event_type for e in plain]


def test_shipped_typer_has_its_provenance_beside_it(shipped_provenance):
    typer = load_typer()
    assert typer is not None and typer.labels == PLOVER_LABELS
    assert "ACLED and CASE 2021 data were not used" in shipped_provenance("plover_clf.npz")


def test_target_is_who_the_act_reaches_not_a_thing_or_a_day(nlp):
    from eventlens.extract.plover import _action_verb, _roles

    for text, source, target in (
        ("The Arab League chief paid an unannounced visit to Amman on Thursday.", "The Arab League chief", "Amman"),
        ("The rebels agreed on Saturday to hand over their weapons to United Nations peacekeepers.",
         "The rebels", "United Nations peacekeepers"),
        ("The European Union pledged emergency aid worth 20 million euros to Malawi on Monday.",
         "The European Union", "Malawi"),
    ):
        sent = next(nlp(text).sents)
        src, tgt = _roles(_action_verb(sent), sent)
        assert src is not None and src.text == source, text
        assert tgt is not None and tgt.text == target, text
