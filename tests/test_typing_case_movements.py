"""CASE 2021 task 2 kinds on sentences we wrote: forces moved or pulled back (ACLED: change to
group/activity), a town entered unopposed (non-violent transfer of territory), a "where" clause
telling what a protest did at the place it reached, crowd control told in an "as" clause beside the
protest it broke up, property burnt by a handful of people, and chemical weapons named as a
strike's target or grounds."""

from __future__ import annotations

import pytest

from eventlens.evaluate.devscore import top_event as top


@pytest.mark.parametrize("text,sub", [
    # armed forces pulled back or sent somewhere, with nobody in the story taking ground
    ("The militia pulled back from three villages north of Kadugli on Tuesday.", "Change to group/activity"),
    ("Hezbollah fighters pulled back from the hills east of the town on Sunday.", "Change to group/activity"),
    ("The government is moving troops to the desert region near its border with Mali.", "Change to group/activity"),
    # a town entered with no resistance changes hands without a fight
    ("Rebel fighters entered the town of Kidal on Monday and met no resistance.", "Non-violent transfer of territory"),
    # what the crowd did where the protests reached
    ("Protests against the election result spread to Bulawayo on Friday, where hundreds marched and some "
     "smashed shop windows.", "Violent demonstration"),
    # tear gas fired as the crowd rallied, though the parse hangs the clause on the crowd's demand
    ("Thousands of nurses rallied outside the health ministry in Nairobi on Monday for a second day calling on the "
     "government to back them in demands that the minister resign as police fired tear gas to disperse them.",
     "Protest with intervention"),
    ("Thousands of students rallied in Dhaka on Sunday in support of demands that the vice-chancellor step down as "
     "police fired tear gas to disperse them.", "Protest with intervention"),
    # a handful of people burning property destroy it (ACLED: looting/property destruction), no mob
    ("Three people torched two police patrol cars outside the station in Dayton on Wednesday.",
     "Looting/property destruction"),
    ("Two youths set fire to a councillor's car in Kumasi on Monday night.", "Looting/property destruction"),
    # the strike is the event; the chemical weapon is what it was aimed at or answered
    ("The air force launched airstrikes on rebel positions it accused of carrying out a chlorine attack on a "
     "village near Idlib.", "Air/drone strike"),
    ("The navy fired cruise missiles at three chemical weapons facilities near Homs on Friday.",
     "Shelling/artillery/missile attack"),
])
def test_case_movements_typed_by_codebook(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, [(e.sub_event_type, e.confidence) for e in extract(text)]


@pytest.mark.parametrize("text,sub", [
    # crowd control named in a relative clause about a law is the grievance, not this protest's
    ("Teachers marched in Lima on Monday to denounce a law that police used to break up strikes.", "Peaceful protest"),
    # a town entered with a fight is a battle
    ("Rebel fighters entered Kidal on Monday and clashed with the army.", "Armed clash"),
    # a crowd burning a shop is still a mob; chlorine dropped is still a chemical weapon
    ("A crowd of residents set fire to a shop owned by a councillor in Kumasi on Monday.", "Mob violence"),
    ("Government helicopters dropped chlorine on a village near Idlib on Friday, wounding ten people.",
     "Chemical weapon"),
])
def test_neighbours_unchanged(extract, text, sub):
    ev = top(extract(text))
    assert ev is not None and ev.sub_event_type == sub, [(e.sub_event_type, e.confidence) for e in extract(text)]


@pytest.mark.parametrize("text", [
    # police sent out are policing; forces that will be sent have not moved; a withdrawal dated years
    # back is history
    "Extra police units were sent to the city centre in Lagos on Friday.",
    "The army has withdrawn from Afghanistan in 2021, ending twenty years of war.",
    "The president said he would pull troops out of the region if talks succeed.",
    "The government plans to deploy troops to the border next month.",
])
def test_no_movement(extract, text):
    assert top(extract(text)) is None, [(e.sub_event_type, e.confidence) for e in extract(text)]


class _SureOfNothingClassifier:
    """A sentence model all but certain that every sentence reports no event."""

    def predict_proba(self, text: str) -> dict[str, float]:
        from eventlens.extract.mentions import WIDE_GATE_P_NONE

        return {"none": (WIDE_GATE_P_NONE + 1.0) / 2}


def test_ground_armed_men_take_passes_a_doubting_sentence_model(nlp):
    # a capture verb with a territory object and an armed doer is read as the parse shows it; the
    # same verb with no armed doer is left to the sentence model
    from eventlens.extract.lexicon import Lexicon
    from eventlens.extract.mentions import MentionFinder

    finder = MentionFinder(Lexicon.load(), _SureOfNothingClassifier())
    found = finder.find(nlp("After a surprise assault the army recovered the border regions the rebels had held."))
    assert [m.typing.sub_event_type for m in found] == ["Government regains territory"]
    assert not finder.find(nlp("The ruling party regained control of the city council after the vote."))


def test_a_retreat_after_fighting_is_part_of_the_fight(extract):
    events = extract("Rebels attacked an army position near Gao on Monday. After a heavy exchange of gunfire, the "
                     "rebel fighters withdrew.")
    assert [e.sub_event_type for e in events if not e.background] == ["Armed clash"], \
        [(e.sub_event_type, e.confidence) for e in events]
