"""Attribution (who says so), claims (accuse / claim responsibility / deny) and the standalone
claim records.  All sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlens.assemble.claims import claim_event_id, claim_records
from eventlens.extract.attribution import find_attribution, find_claims
from eventlens.schema import PLOVER_TYPES, Article


def _sent(nlp, text):
    return next(iter(nlp(text).sents))


def sources(nlp, text):
    return {a.source: a for a in find_attribution(_sent(nlp, text))}


def claims(nlp, text):
    return [(c.kind, c.claimant, c.target) for c in find_claims(_sent(nlp, text))]


# ---------------------------------------------------------------------------------------------
# attribution


@pytest.mark.parametrize(
    "text, source",
    [
        ("Two officers were hurt in the raid, a security source said.", "security source"),
        ("The convoy was hit near the bridge, the ministry said on Monday.", "ministry"),
        ("Three villagers died in the blaze, according to witnesses.", "witnesses"),
        ("A local teacher told Reuters that the school had been emptied.", "local teacher"),
        ("An AFP correspondent at the scene saw four burnt-out cars.", "AFP correspondent"),
        ("Seven people were killed, the Syrian Observatory for Human Rights said.",
         "Syrian Observatory for Human Rights"),
        ("Kabul police spokesman Colonel Tomas Ilunga said the boat sank at dawn.",
         "police spokesman Tomas Ilunga"),
        ("The death toll was confirmed by the health ministry.", "health ministry"),
        ("It was reported by state television that the bridge had collapsed.", "state television"),
        ("A statement from the interior ministry said 30 officers were hurt.", "interior ministry"),
        ("Eleven died, according to a spokesman for Central Valley Hospital.", "hospital spokesman"),
        ("Organisers put the turnout at 40,000.", "organisers"),
        ("A military official confirmed the strike.", "military official"),
    ],
)
def test_source_is_a_short_role_phrase(nlp, text, source):
    found = sources(nlp, text)
    assert source in found, found


def test_span_covers_the_attribution_words(nlp):
    text = "The market was shelled on Sunday, a security source told AFP."
    (a,) = find_attribution(_sent(nlp, text))
    assert a.span.text == "a security source told AFP"
    assert text[a.span.start : a.span.end] == a.span.text


def test_anonymous_source(nlp):
    text = "Five guards were killed, a police officer said on condition of anonymity."
    (a,) = find_attribution(_sent(nlp, text))
    assert a.source == "police officer" and a.anonymous
    assert "condition of anonymity" in a.span.text
    named = find_attribution(_sent(nlp, "Five guards were killed, the governor said."))
    assert not named[0].anonymous


def test_coordinated_sources_are_separate(nlp):
    found = sources(nlp, "Residents and a rebel commander said the town had fallen.")
    assert {"residents", "rebel commander"} <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        "A video showed gunmen firing at the crowd.",
        "He said the road was closed.",
        "Images shared online showed the mosque in ruins.",
    ],
)
def test_pronouns_and_pictures_are_not_sources(nlp, text):
    assert find_attribution(_sent(nlp, text)) == []


def test_negated_reporting_is_not_attribution(nlp):
    assert sources(nlp, "The ministry did not say how many were hurt.") == {}


def test_dateline_region_is_skipped(nlp):
    sent = _sent(nlp, "The army said the post was retaken.")
    assert find_attribution(sent, body_start=100) == []


# ---------------------------------------------------------------------------------------------
# claims


def test_blame_on(nlp):
    assert claims(nlp, "Washington blamed the raids on Iran-backed militias.") == [
        ("accuse", "Washington", "Iran-backed militias")
    ]


def test_blame_for_and_accuse_of(nlp):
    assert ("accuse", "governor", "bandits") in claims(nlp, "The governor blamed bandits for the killings.")
    assert ("accuse", "opposition party", "police") in claims(
        nlp, "The opposition party accused police of firing on marchers."
    )


def test_held_responsible_and_said_behind(nlp):
    assert ("accuse", "ministry", "rebels") in claims(nlp, "The ministry held the rebels responsible for the blast.")
    assert ("accuse", "army", "insurgents") in claims(nlp, "The army said the insurgents were behind the ambush.")


def test_claim_of_responsibility(nlp):
    assert claims(nlp, "The Northern Front claimed responsibility for the bombing.") == [
        ("claim responsibility", "Northern Front", None)
    ]
    assert claims(nlp, "The Northern Front claimed the ambush in a statement.")[0][0] == "claim responsibility"
    said = claims(nlp, "The Northern Front said it carried out the raid on the depot.")
    assert said and said[0][:2] == ("claim responsibility", "Northern Front")


def test_denials(nlp):
    assert claims(nlp, "The army denied involvement in the killings.") == [("deny", "army", None)]
    assert claims(nlp, "The rebels denied carrying out the attack.") == [("deny", "rebels", None)]
    assert claims(nlp, "The Kremlin rejected the accusations.") == [("deny", "Kremlin", None)]


def test_rejecting_a_proposal_is_not_a_denial(nlp):
    assert claims(nlp, "The government rejected the union's wage proposal.") == []


def test_relative_pronoun_claimant_is_resolved(nlp):
    found = claims(nlp, "Police arrested members of the Red Hand, which claimed responsibility for the blast.")
    assert ("claim responsibility", "Red Hand", None) in found


def test_pronoun_claimant_goes_to_the_named_subject(nlp):
    found = claims(nlp, "Two farmers said they blamed soldiers for the fire.")
    assert found == [("accuse", "farmers", "soldiers")]


def test_unresolvable_pronoun_is_skipped(nlp):
    assert claims(nlp, "It blamed the opposition for the unrest.") == []


def test_participle_inherits_the_speaker(nlp):
    text = "Drones hit the depot overnight, the regional army said, accusing Moscow of escalating the war."
    assert ("accuse", "regional army", "Moscow") in claims(nlp, text)


def test_negated_claim_is_not_a_claim(nlp):
    assert claims(nlp, "No group has claimed responsibility and the army did not blame anyone.") == []


# ---------------------------------------------------------------------------------------------
# standalone records


def test_claim_records(nlp):
    text = "Baghdad blamed the rocket fire on Kurdish militants. The militants denied it."
    art = Article(id="c1", text=text, published=dt.date(2023, 5, 2))
    found = [c for s in nlp(text).sents for c in find_claims(s)]
    recs = claim_records(art, found, "IRQ", art.published)
    by_plover = {r.plover_type: r for r in recs}
    assert set(by_plover) <= set(PLOVER_TYPES)
    acc = by_plover["ACCUSE"]
    assert acc.event_type is None and acc.sub_event_type is None
    assert acc.actor1.name == "Government of Iraq" and acc.actor1.text == "Baghdad"
    assert acc.actor2 is not None and acc.actor2.text == "Kurdish militants"
    assert acc.claims[0].kind == "accuse"
    ev = acc.evidence[0]
    assert ev.field == "claims" and text[ev.start : ev.end] == ev.text
    assert 0.4 <= acc.confidence <= 0.6
    assert acc.event_date == dt.date(2023, 5, 2) and acc.date_precision == "range"
    assert by_plover["REJECT"].claims[0].kind == "deny"
    # stable ids
    again = claim_records(art, found, "IRQ", art.published)
    assert [r.event_id for r in again] == [r.event_id for r in recs]
    assert acc.event_id == claim_event_id("c1", found[0].span.start)


def test_responsibility_claims_are_left_to_events(nlp):
    text = "The Northern Front claimed responsibility for the bombing."
    art = Article(id="c2", text=text, published=None)
    found = find_claims(_sent(nlp, text))
    assert claim_records(art, found, None, None) == []
    (rec,) = claim_records(art, found, None, None, include_responsibility=True)
    assert rec.plover_type is None and rec.date_precision == "unknown"


def test_threats_become_threaten_records_only_with_claims():
    from eventlens.engine.local import Pipeline

    text = "Al Shabaab vowed to kill Kenyan soldiers in Somalia."
    art = Article(id="t1", text=text, published=dt.date(2023, 3, 1))
    # a threat is not an attack that happened
    assert Pipeline.load().extract(art) == []
    (rec,) = Pipeline.load(claim_records=True).extract(art)
    assert rec.plover_type == "THREATEN" and rec.event_type is None
    assert rec.actor1.name == "Al Shabaab"
    assert rec.actor2 is not None and rec.actor2.country == "KEN"
    trig = next(e for e in rec.evidence if e.field == "trigger")
    assert text[trig.start : trig.end] == trig.text == "kill"


def test_an_attack_claimed_by_a_group_is_its_claim_of_responsibility(nlp):
    from eventlens.extract.attribution import find_claims
    doc = nlp("Five soldiers were killed near Gao on Friday in an attack claimed by the Islamic State group.")
    claims = find_claims(doc[:])
    assert [c.kind for c in claims] == ["claim responsibility"]
    assert "Islamic State" in claims[0].claimant
