"""Stories with no event to code, of the kinds the session-10 blind batch tripped on: a domestic
killing and its arrest, a mock rescue at a parade, a massacre remembered, an accord in force, wildfires
that destroy homes, a bridge destroyed in an old battle, and a trial over an old massacre (sentences
and stories written for these tests)."""

from __future__ import annotations

import pytest


def _coded(events):
    return [(e.sub_event_type, e.background) for e in events]


@pytest.mark.parametrize("text", [
    # a domestic killing: the arrest and the victim "attacked outside his home" are that crime
    "Police in Eldoret have arrested a 29-year-old man suspected of killing his younger brother during a quarrel "
    "over a plot of land. The victim was attacked on Sunday evening outside his home and died in hospital.",
    # a drill at a parade
    "Marines staged a mock hostage rescue in front of the crowd at the national day parade in Dili on Saturday.",
    # what a ceremony remembers
    "Sirens sounded across Lidice on Saturday as the country held a ceremony to remember the victims of the massacre "
    "committed by German troops in June 1942.",
    # an accord in force
    "Buses returned to Kadugli on Wednesday and traders reopened their shops as a ceasefire held.",
    # nature's destruction
    "The fires, driven by strong winds, swept into the hills above Patras on Friday, destroying hundreds of homes.",
    # a bridge that an old battle destroyed, reopened today
    "A bridge over the Tigris that was destroyed during the battle to drive the militants out of Mosul reopened to "
    "traffic on Thursday, officials said.",
])
def test_stories_without_a_happening_to_code(extract, text):
    assert _coded(extract(text, "2024-06-15")) == []


def test_a_trial_over_an_old_massacre_codes_no_massacre(extract):
    text = ("A court in Freetown on Wednesday convicted a former rebel commander of crimes against humanity and "
            "sentenced him to 30 years in prison over the 1999 killings in the east of the city, after a trial that "
            "lasted two years. Rebel fighters opened fire on residents of Kissy on 6 January 1999, killing at least "
            "200 people, according to a commission of inquiry. The verdict was read out to a packed courtroom and "
            "the defendant's lawyers said they would appeal.")
    assert _coded(extract(text, "2024-06-15")) == []


def test_a_battle_for_a_city_named_by_its_year_is_a_period_not_a_happening(extract):
    text = "Much of Mosul was left in ruins by the 2017 battle, and reconstruction has been slow, the mayor said on Friday."
    assert _coded(extract(text, "2024-06-15")) == []


def test_a_bombing_recalled_in_a_when_clause_keeps_its_date(extract):
    text = ("A car bomb killed 12 people in Bogota on Thursday. It was the deadliest attack in the capital since "
            "February 2003, when guerrillas set off a car bomb at a social club, killing 36 people.")
    events = extract(text, "2019-01-19")
    assert sorted(_coded(events)) == [("Remote explosive/landmine/IED", False), ("Remote explosive/landmine/IED", True)]


def test_talks_on_a_truce_agree_no_truce(extract):
    text = ("Mediators said on Friday that talks on a truce of up to ten days between the army and the paramilitary "
            "forces would follow in Jeddah next week.")
    assert _coded(extract(text, "2024-06-15")) == []


@pytest.mark.parametrize("text", [
    "A song that became the anthem of the country's protest movement won an award at a music festival in Seville on "
    "Thursday night.",
    "The protest leaders met the interior minister in Lima on Monday to discuss next month's elections.",
])
def test_protest_naming_a_kind_of_thing_or_person_is_no_protest(extract, text):
    assert _coded(extract(text, "2024-06-15")) == []


def test_a_protest_march_is_still_a_protest(extract):
    text = "Thousands of teachers joined a protest march through the centre of Lima on Monday over unpaid wages."
    assert [s for s, _ in _coded(extract(text, "2024-06-15"))] == ["Peaceful protest"]
