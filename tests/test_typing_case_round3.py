"""CASE 2021 task 2 kinds, third round, on sentences we wrote: people who die are the victims,
never the doers; people harmed at a protest or by attacks on one are its marchers; violence still
plotted is no attack beside the arrest the sentence reports; troopers are the state's; and the
source of a report is no crowd at the scene."""

from __future__ import annotations

import pytest

from eventlens.evaluate.devscore import top_event as top
from eventlens.extract.mentions import _drop_planned_violence


def _subs(events):
    return [(e.sub_event_type, e.confidence) for e in events]


@pytest.mark.parametrize("text", [
    "Three marchers died from gunfire during a demonstration outside the ministry on Sunday, doctors said.",
    "Two students died of bullet wounds during a rally against fuel prices in the city centre.",
    "Two people were stabbed to death at a rally in the city centre on Monday.",
])
def test_protesters_who_died_are_victims(extract, text):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Excessive force against protesters", _subs(extract(text))


def test_a_doer_named_at_a_rally_keeps_the_attack(extract):
    ev = top(extract("Gunmen killed two people at a rally in the city centre on Monday."))
    assert ev is not None and ev.sub_event_type == "Attack"


def test_attacks_against_demonstrators_harm_protesters(extract):
    text = "Two women were killed and dozens wounded in Syrian attacks on peaceful protesters in Deraa on Friday."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Excessive force against protesters", _subs(extract(text))


def test_plotted_attacks_give_way_to_the_arrest(nlp, pipeline):
    doc = nlp("Troops detained five militants who had been plotting to launch attacks on schools in the district.")
    cues = pipeline._finder.lexicon.find(doc[:])
    kept = _drop_planned_violence(doc, cues)
    assert any(c.cls == "arrest" for c in kept)
    assert not any(c.cls == "attack" and c.trigger for c in kept), [(c.cls, c.phrase) for c in kept]


def test_planned_violence_alone_is_kept_for_the_modality_check(nlp, pipeline):
    # nothing done beside it: the cue stays, and the mention's own modality marks it threatened
    doc = nlp("The rebels threatened to attack the town.")
    cues = pipeline._finder.lexicon.find(doc[:])
    assert _drop_planned_violence(doc, cues) == cues


def test_troopers_taking_ground_is_the_government(extract):
    ev = top(extract("Philippine troopers captured two rebel camps in the hills over the weekend."))
    assert ev is not None and ev.sub_event_type == "Government regains territory"
    assert ev.actor1 is not None and ev.actor1.name == "Military Forces of the Philippines", ev.actor1


def test_state_troopers_stay_police(extract):
    # (a guard: "troopers" alone are soldiers, but a US state's troopers are its police)
    ev = top(extract("State troopers arrested two protesters outside the capitol in Austin on Friday."))
    assert ev is not None and "Police" in f"{ev.actor1.name if ev.actor1 else ''} {ev.actor2.name if ev.actor2 else ''}"


def test_the_reporting_source_is_no_crowd(extract):
    ev = top(extract("Several shops were set on fire in the market on Monday night, residents said."))
    assert ev is not None and ev.sub_event_type == "Looting/property destruction", _subs(
        extract("Several shops were set on fire in the market on Monday night, residents said."))


def test_a_deed_claimed_in_a_perfect_infinitive_is_the_main_verb(extract):
    text = ("The paramilitary force claimed to have seized a large haul of weapons and ammunition during a "
            "raid on a compound in Quetta.")
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Disrupted weapons use", _subs(extract(text))


def test_injured_in_a_clash_at_their_own_demonstration_is_a_riot(extract):
    # (a guard: harm at a protest makes victims of the marchers only when no fight is told)
    text = "At least five workers were injured in a clash with police during their demonstration demanding unpaid wages."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Violent demonstration", _subs(extract(text))


@pytest.mark.parametrize("text", [
    "A student suspected of having attacked the website of the electoral commission has been identified by "
    "cyber crime police.",
    "The army mobilized on Tuesday to help dig out hundreds of cars stuck in heavy snow, officials said.",
    "Troops were deployed to rescue residents trapped by the floods in the northern province.",
])
def test_hackers_and_relief_troops_are_no_event(extract, text):
    assert top(extract(text)) is None, _subs(extract(text))


def test_troops_sent_to_help_fight_are_a_deployment(extract):
    ev = top(extract("The government deployed soldiers to help the police fight the rebels in the north."))
    assert ev is not None and ev.sub_event_type == "Change to group/activity"


def test_a_mine_that_went_off_is_an_explosive(extract):
    ev = top(extract("A roadside mine went off near a police vehicle on the outskirts of the city at noon today."))
    assert ev is not None and ev.sub_event_type == "Remote explosive/landmine/IED"
    assert top(extract("The coal mine went bankrupt on Monday.")) is None


def test_riot_words_pass_the_wide_sentence_gate(extract):
    # the sentence model reads the strike still to come as the news; the riot told as done is one
    text = "Violent protests erupted in Peru on Monday ahead of a general strike that has been called for Friday."
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == "Violent demonstration", _subs(extract(text))


def test_riots_referred_back_to_stay_behind_the_gate(extract):
    text = 'The prime minister said on Twitter on Monday that the violent protests were "deeply distressing".'
    assert top(extract(text)) is None, _subs(extract(text))
