"""Typing by ACLED's codebook on sentences we wrote, for the kinds of snippet CASE 2021 task 2
scores: weapons found or cleared, sexual violence beside a crowd or a troop movement, prisoner
swaps, protests that were attempted when the state stepped in, protests that are only the grounds of
a penalty, and aircraft lost in accidents."""

from __future__ import annotations

import pytest

# the event a one-sentence test reads: the surest that is not background
from eventlens.evaluate.devscore import top_event as top


@pytest.mark.parametrize("text,sub", [
    # weapons found before use, told by a participle on the weapons (ACLED: disrupted weapons use)
    ("Police in Kirkuk on Monday displayed a stash of rockets found in a militant hideout.",
     "Disrupted weapons use"),
    ("Fishermen reported two rocket bombs discovered on a beach near Kisumu on Wednesday.",
     "Disrupted weapons use"),
    # mines cleared are mines made safe, not a mine attack
    ("Army engineers have cleared more than 500 landmines in Kandahar province and destroyed them.",
     "Disrupted weapons use"),
    # sexual violence is the event, not the crowd being dispersed or the troops' movement
    ("Soldiers raped several women as they dispersed a sit-in outside the ministry in Conakry on Monday.",
     "Sexual violence"),
    ("Army troops entered a village near Bor on Sunday and raped at least six women.", "Sexual violence"),
    # a prisoner swap between two states is an agreement (ACLED codebook)
    ("Russia and Ukraine exchanged prisoners of war near Donetsk on Friday.", "Agreement"),
    # a protest under way when the police stepped in is a protest with intervention
    ("Several activists were detained by police in Moscow on Sunday while trying to hold a demonstration.",
     "Protest with intervention"),
    ("Police used tear gas against protesters in Istanbul on Monday in an attempt to stop them from "
     "marching to parliament.", "Protest with intervention"),
    # a crowd that fought: deaths among protesters in clashes make a violent demonstration
    ("Four protesters were killed during anti-government demonstrations and clashes in Basra on Monday.",
     "Violent demonstration"),
    # what aircraft destroy, they destroy from the air
    ("Turkish jets destroyed weapon depots and hideouts used by PKK militants in northern Iraq on Sunday.",
     "Air/drone strike"),
    ("The Syrian Air Force destroyed a number of militant vehicles near Zardana on Monday.", "Air/drone strike"),
    # weapons destroyed on the ground are weapons put out of use
    ("Soldiers destroyed a weapons cache near Gao on Friday.", "Disrupted weapons use"),
    # the source of a report is no party to it: vigilantes quoted make no mob
    ("Boko Haram militants attacked three villages in Borno state on Monday, leaving 30 people dead, "
     "according to vigilantes.", "Attack"),
    # ground recovered by the army is ground regained
    ("The army recovered three villages near the border from the rebels on Tuesday.",
     "Government regains territory"),
    # protest words the sentence makes plain
    ("Activists staged a die-in outside city hall in Minneapolis on Monday.", "Peaceful protest"),
    ("Police halted a march by teachers in Istanbul on Saturday, dispersing the crowd.", "Protest with intervention"),
    # what is expected ("ahead of", "in anticipation of") is not what happened
    ("Police arrested dozens of activists in Cairo on Monday in anticipation of mass protests.", "Arrests"),
    # a chemical weapon named outright is reported, however dry the finding that reports it
    ("An international team has determined that the government carried out a chemical attack on Douma on "
     "December 23.", "Chemical weapon"),
    # the dead a crowd gathers to mourn are its cause, not this protest's toll
    ("Thousands of protesters rallied across the country on Saturday to mourn dozens of demonstrators killed "
     "last month in a raid on a sit-in.", "Peaceful protest"),
])
def test_case_kinds_typed_by_codebook(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, [(e.sub_event_type, e.confidence) for e in extract(text)]


@pytest.mark.parametrize("text", [
    # the protest is the grounds of the penalty, not news of its own
    "Belarus has expelled two Polish diplomats for taking part in unauthorised protests in Minsk.",
    "A court fined three students for joining a protest in Minsk last month.",
    # an aircraft in an accident is no sign of war
    "Authorities say a dozen people have been killed in a plane crash near Cali on Sunday.",
    # an attack named as the grounds of sanctions or expulsions is their reason, not news here
    "Canada announced new sanctions against Syria on Friday in response to its alleged chemical weapons attack "
    "on Douma.",
    "The EU imposed sanctions on five officers over the shooting of protesters in Minsk.",
    "Ten Russian diplomats were expelled by Britain after a nerve agent attack on a former spy in Salisbury.",
    # forces sent against protests still to come
    "Israel deployed extra police units to Jerusalem on Thursday in anticipation of angry demonstrations after "
    "Friday prayers.",
    # what troops wait for has not happened
    "Army units in eastern Latakia were waiting on Monday for a final order to launch the assault on the militants.",
    # market words stay market words
    "Shares rallied and bonds marched higher on Friday.",
])
def test_no_event(extract, text):
    assert top(extract(text)) is None, [(e.sub_event_type, e.confidence) for e in extract(text)]


@pytest.mark.parametrize("text,sub", [
    # an arrest over a rape stays an arrest; a protest against a rape stays a protest
    ("Police arrested two men in Lagos on Friday over the rape of a teenager.", "Arrests"),
    ("Hundreds of women marched in Delhi on Saturday to protest against the rape of a schoolgirl.",
     "Peaceful protest"),
    # houses destroyed by fighters stay property destruction; gunmen at a rally still attack it
    ("Militants destroyed four houses and a school near Gao on Friday.", "Looting/property destruction"),
    ("Four protesters were shot dead by unknown gunmen during a demonstration in Basra on Monday.", "Attack"),
    ("Police shot dead four protesters during clashes in Basra on Monday.", "Excessive force against protesters"),
    # killing done by the state to a crowd is still excessive force
    ("Police killed three protesters who were demanding the release of detained activists in Lagos on Monday.",
     "Excessive force against protesters"),
    ("Soldiers shot dead two protesters in Minsk on Friday after the EU imposed sanctions.",
     "Excessive force against protesters"),
    # activists held for a protest they had only planned are arrested, the protest never happened
    ("Police detained three activists in Moscow on Sunday who were planning to stage a protest next week.",
     "Arrests"),
])
def test_neighbours_unchanged(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, [(e.sub_event_type, e.confidence) for e in extract(text)]


def test_planned_protest_with_future_arrests_stays_unreal(extract):
    events = extract("Activists will try to hold a rally in Moscow on Sunday, and police say they will detain "
                     "anyone who joins.")
    assert top(events) is None, [(e.sub_event_type, e.confidence) for e in events]


class _DoubtingClassifier:
    """A sentence model that finds every sentence unlikely to report an event (but not sure of it)."""

    def __init__(self, p_none: float):
        self.p_none = p_none

    def predict_proba(self, text: str) -> dict[str, float]:
        return {"none": self.p_none}


def test_sit_ins_vouch_for_the_rallies_told_with_them(nlp):
    # "rally" is a market word too, so a doubting sentence model may drop it; a sit-in beside it
    # says which kind of rally is meant
    from eventlens.extract.lexicon import Lexicon
    from eventlens.extract.mentions import GATE_P_NONE, WIDE_GATE_P_NONE, MentionFinder

    finder = MentionFinder(Lexicon.load(), _DoubtingClassifier((GATE_P_NONE + WIDE_GATE_P_NONE) / 2))
    assert not finder.find(nlp("Rallies were held in Lahore on Friday against the hanging of a cleric."))
    found = finder.find(nlp("Rallies and sit-ins were held in Lahore on Friday against the hanging of a cleric."))
    assert [m.typing.sub_event_type for m in found] == ["Peaceful protest"]


@pytest.mark.parametrize("text,sub", [
    # a unit pulling out with nobody in the story taking the ground changes its activity
    ("French troops withdrew from a military base near Gao on Monday.", "Change to group/activity"),
    # ground handed over or entered by the other side changes hands without a fight
    ("French troops withdrew from a military base near Gao on Monday and handed it over to the Malian army.",
     "Non-violent transfer of territory"),
    ("Government troops have withdrawn from the town of Ansongo, leaving it in the hands of the rebels.",
     "Non-violent transfer of territory"),
    ("Malian troops took over a base near Gao on Monday after French troops withdrew from it.",
     "Non-violent transfer of territory"),
])
def test_withdrawal_is_a_transfer_only_when_someone_takes_the_ground(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, [(e.sub_event_type, e.confidence) for e in extract(text)]
