"""The state's answer to a protest told in a later sentence, seizures of drugs told with the
arrests made in them, and public money "looted" beside a protest (sentences we wrote)."""

from __future__ import annotations

import pytest
from typing_report import subs

from eventlens.evaluate.devscore import top_event as top

PUBLISHED = "2021-03-10"
PROTEST = "On 8 March 2021, hundreds of nurses staged a protest outside the health ministry in Lagos to demand unpaid wages."


@pytest.mark.parametrize("after", [
    # a negation elsewhere in the sentence denies something else, not the arrests
    "Police arrested nurses who did not have identity cards during the demonstration.",
    "The police did not allow the group to hold a demonstration, dispersed and detained many participants.",
    # the state's forces handling the crowd's bodies, told in the passive or with stopping verbs
    "The protesters were peacefully removed by the police.",
    "Soldiers stopped the protesters from setting up tents.",
    "Police reached the spot and controlled the crowd.",
])
def test_intervention_told_after_the_protest(extract, after):
    events = extract(f"{PROTEST} {after}", PUBLISHED)
    ev = top(events)
    assert ev is not None and ev.sub_event_type == "Protest with intervention", subs(events)


def test_crowd_stopped_before_the_protest_is_its_grievance(extract):
    events = extract("On 8 March 2021, hundreds of stranded labourers held a protest on the highway near Barwani, saying "
                     "they want to return home, after the police stopped them at the state border.", PUBLISHED)
    ev = top(events)
    assert ev is not None and ev.sub_event_type == "Peaceful protest", subs(events)


@pytest.mark.parametrize("after", [
    "No arrests were made.",
    "Police did not intervene.",
    "Nobody was detained.",
])
def test_intervention_denied_stays_peaceful(extract, after):
    events = extract(f"{PROTEST} {after}", PUBLISHED)
    ev = top(events)
    assert ev is not None and ev.sub_event_type == "Peaceful protest", subs(events)


@pytest.mark.parametrize("text", [
    "On 8 March 2021, federal police seized two tons of cocaine hidden in a lorry on the BR-116 highway near Curitiba. "
    "Three men were arrested.",
    "On 8 March 2021, soldiers dismantled a heroin laboratory near Culiacan. Two people were arrested.",
])
def test_drugs_seized_with_arrests_are_property_taken_by_the_state(extract, text):
    events = extract(text, PUBLISHED)
    ev = top(events)
    assert ev is not None and ev.sub_event_type == "Looting/property destruction", subs(events)
    assert ev.actor1 is not None and ev.actor1.type is not None and ev.actor1.type.code == 1


def test_arrests_with_no_seizure_stay_arrests(extract):
    events = extract("On 8 March 2021, police arrested three men in Culiacan over the killing of a shopkeeper.", PUBLISHED)
    ev = top(events)
    assert ev is not None and ev.sub_event_type == "Arrests", subs(events)


@pytest.mark.parametrize("text", [
    "On 8 March 2021, protesters gathered outside the parliament in Accra during a hearing on looted funds.",
    "On 8 March 2021, activists held a vigil outside the central bank in Accra and called for the return of looted public money.",
    # told in a sentence of its own after the march
    "On 8 March 2021, hundreds of teachers gathered at the main square in Accra and set out on a march to the ministry, "
    "in demonstration against low pay. They also demanded the return of looted funds. Protesters reached the ministry "
    "and chanted slogans against the minister.",
])
def test_looted_public_money_is_no_crowd_violence(extract, text):
    events = extract(text, PUBLISHED)
    ev = top(events)
    assert ev is not None and ev.sub_event_type == "Peaceful protest", subs(events)


def test_shops_looted_by_a_crowd_stay_a_riot(extract):
    events = extract("On 8 March 2021, rioters looted shops in Accra.", PUBLISHED)
    ev = top(events)
    assert ev is not None and ev.event_type == "Riots", subs(events)


@pytest.mark.parametrize("text", [
    "On 8 March 2021, a group of soldiers demonstrated in the streets of Bouar by firing their rifles into the air to "
    "demand unpaid allowances.",
    "On 8 March 2021, soldiers staged a demonstration at their camp in Bouar and fired shots in the air, demanding "
    "unpaid allowances.",
])
def test_demonstrators_firing_into_the_air_riot(extract, text):
    events = extract(text, PUBLISHED)
    ev = top(events)
    assert ev is not None and ev.sub_event_type == "Violent demonstration", subs(events)


@pytest.mark.parametrize("text", [
    "On 8 March 2021, hundreds of nurses staged a protest outside the health ministry in Lagos, and police fired shots "
    "into the air to disperse them.",
    "On 8 March 2021, police dispersed a protest by nurses outside the health ministry in Lagos and fired shots into the air.",
])
def test_police_firing_into_the_air_is_an_intervention(extract, text):
    events = extract(text, PUBLISHED)
    ev = top(events)
    assert ev is not None and ev.sub_event_type == "Protest with intervention", subs(events)
