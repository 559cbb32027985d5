"""Who acted and on whom, read from the parse (eventlens.extract.roles). Sentences written by us."""

from __future__ import annotations

import pytest

from eventlens.extract.roles import actor_span, find_roles
from eventlens.resolve.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def roles(nlp, text: str, trigger: str, noun: str | None = None):
    """(actor 1 phrase, actor 2 phrase) for the trigger word (a verb, or the trigger noun)."""
    doc = nlp(text)
    trig = next(t for t in doc if t.text == trigger)
    noun_tok = next(t for t in doc if t.text == noun) if noun else trig
    a1, a2, _ = find_roles(trig.sent, trig, noun_tok, [])
    p1, p2 = actor_span(a1), actor_span(a2)
    return (p1.text if p1 else None), (p2.text if p2 else None)


def code(actors, phrase, iso):
    a = actors.resolve(phrase, iso) if phrase else None
    return a.type.code if a is not None and a.type is not None else None


def test_plain_subject_and_object(nlp):
    a1, a2 = roles(nlp, "Gunmen shot a shopkeeper outside his store in the market.", "shot")
    assert a1 == "Gunmen" and a2 == "a shopkeeper"


def test_opened_fire_on(nlp, actors):
    a1, a2 = roles(nlp, "Masked gunmen opened fire on a police patrol near the bridge.", "fire")
    assert a1 == "Masked gunmen" and code(actors, a2, "IRQ") == 1  # the patrol stands for the police


def test_defender_is_the_target_of_a_repelled_attack(nlp, actors):
    a1, a2 = roles(nlp, "Government troops repelled an attack by Al Shabaab fighters on their base.", "repelled")
    assert actors.resolve(a1, "SOM").name == "Al Shabaab"
    assert a2 == "Government troops" and code(actors, a2, "SOM") == 1


def test_attacker_named_before_the_attack_noun(nlp, actors):
    a1, a2 = roles(nlp, "The soldiers thwarted a Taliban assault on the district centre.", "thwarted")
    assert actors.resolve(a1, "AFG").name == "Taliban"
    assert code(actors, a2, "AFG") == 1


def test_victims_of_an_attack_noun(nlp, actors):
    a1, a2 = roles(nlp, "Three policemen were killed following an ambush by Taliban gunmen on their checkpoint.", "killed")
    assert actors.resolve(a1, "AFG").name == "Taliban"
    assert a2 == "Three policemen"


def test_clashes_with_name_the_other_side(nlp, actors):
    a1, a2 = roles(nlp, "Two soldiers were wounded during clashes with PKK militants near the border.", "wounded")
    assert actors.resolve(a1, "TUR").name.startswith("PKK")
    assert a2 == "Two soldiers"


def test_clashes_between_two_sides(nlp, actors):
    a1, a2 = roles(nlp, "Fierce clashes erupted between army units and tribal gunmen in the valley.", "clashes")
    assert code(actors, a1, "YEM") == 1
    assert a2 is not None and "gunmen" in a2


def test_vehicle_that_struck_a_mine_is_the_target(nlp, actors):
    a1, a2 = roles(nlp, "A police vehicle struck a landmine planted by insurgents outside the town.", "landmine")
    assert a1 == "insurgents"
    assert code(actors, a2, "MLI") == 1


def test_unclaimed_mine_leaves_the_attacker_open(nlp, actors):
    a1, a2 = roles(nlp, "An army truck hit a roadside bomb on the highway.", "bomb")
    assert a1 is None
    assert code(actors, a2, "BFA") == 1


def test_troops_that_suffer_are_the_target(nlp, actors):
    a1, a2 = roles(nlp, "Army units suffered losses after being hit by a rebel-planted bomb.", "bomb")
    assert a1 is not None and "rebel" in a1
    assert code(actors, a2, "COD") == 1


def test_came_under_fire_from(nlp, actors):
    a1, a2 = roles(nlp, "The convoy of peacekeepers came under fire from unidentified gunmen.", "fire")
    assert a1 == "unidentified gunmen"
    assert a2 is not None and "peacekeepers" in a2


def test_weapon_object_is_not_the_target(nlp, actors):
    a1, a2 = roles(nlp, "Separatist fighters fired mortars at the positions of the Ukrainian army.", "fired")
    assert "Separatist fighters" in a1
    assert actors.resolve(a2, "UKR").name == "Military Forces of Ukraine"


def test_cut_name_is_widened_to_the_dictionary_name(nlp, actors):
    a1, _ = roles(nlp, "Members of the Children of Fire Initiative set a warehouse ablaze in Izmir.", "ablaze")
    assert a1 is not None and actors.resolve(a1, "TUR").name == "Children of Fire"


def test_sentence_naming_nobody_continues_the_previous_one(nlp, actors):
    text = "The military police carried out a raid in the favela. A shoot-out broke out and one man died."
    doc = nlp(text)
    trig = next(t for t in doc if t.text == "shoot")
    a1, _, from_parse = find_roles(trig.sent, trig, trig, [])
    assert not from_parse and a1 is not None and a1.sent.start == 0
    assert actors.resolve(actor_span(a1).text, "BRA").name == "Military Forces of Brazil"


def test_place_misread_as_subject_gives_way_to_its_apposition(nlp, actors):
    # the parser makes "La Esperanza" the subject and hangs the patrol on it as an apposition
    a1, a2 = roles(nlp, "On 3 June 2021, in La Esperanza, Guerrero, a municipal police patrol was ambushed by "
                        "armed individuals.", "ambushed")
    assert code(actors, a1, "MEX") == 3
    assert code(actors, a2, "MEX") == 1


def test_agentless_passive_names_no_attacker(nlp):
    a1, a2 = roles(nlp, "In the town of Kamenge, a young trader was killed on Tuesday night.", "killed")
    assert a1 is None and a2 == "a young trader"


def test_exchanging_fire_names_the_other_side(nlp, actors):
    a1, a2 = roles(nlp, "A man was killed after exchanging fire with police officers in Recife.",
                   "killed")
    assert code(actors, a1, "BRA") == 1
    assert a2 == "A man"


def test_a_hyphen_the_parser_makes_a_subject_is_skipped(nlp, actors):
    a1, a2 = roles(nlp, "Pro-Hadi and affiliated forces thwarted a Houthi attack on the Qaniyah front.", "attack")
    assert a1 is not None and "Houthi" in a1
    assert a2 is not None and "forces" in a2


def test_coordinated_verbs_share_the_last_ones_object(extract):
    # "shot" has no object; "killed" has it, and the victim is armed: a battle, not an attack on civilians
    events = extract("Unknown gunmen shot and killed a policewoman in Kandahar on Monday.")
    assert [(e.sub_event_type, e.actor2.type.code) for e in events] == [("Armed clash", 1)]


def test_the_ones_left_dead_are_the_victims(extract):
    events = extract("An army operation near Tikrit on Monday left three IS militants dead.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.parametrize(("text", "noun"), [
    ("The OSCE SMM observed 18 explosions in both directions of the line near Kominternove.", "explosions"),
    ("UN monitors recorded 12 blasts near the airport on Monday.", "blasts"),
])
def test_who_observed_or_recorded_the_fire_is_no_doer(nlp, text, noun):
    a1, _ = roles(nlp, text, noun)
    assert a1 is None


def test_demonym_adjective_on_the_weapon_names_the_attacker(nlp, actors):
    # the adjectives are no noun phrase of their own: the modified noun stands for the side
    a1, _ = roles(nlp, "Four rebels were killed and two were wounded by a Nigerian military airstrike near the river.",
                  "airstrike")
    assert a1 == "a Nigerian military airstrike" and code(actors, a1, "NGA") == 1


def test_plain_military_adjective_is_not_promoted(nlp):
    a1, _ = roles(nlp, "The rebels brought military reinforcements to the front near the town.", "reinforcements")
    assert a1 != "military reinforcements"


def test_operation_named_in_a_list_of_participles(nlp, actors):
    # "killed, injured or captured during X": the phrase hangs on the last participle
    a1, a2 = roles(nlp, "Five ELN fighters were killed, wounded or detained during an operation carried out by "
                        "the army in the hills.", "killed")
    assert a1 == "the army" and code(actors, a1, "COL") == 1
    assert a2 == "Five ELN fighters"


def test_fighters_under_a_named_operation_act_as_it(nlp, actors):
    a1, _ = roles(nlp, "Dozens of fighters under Operation Inherent Resolve raided a farm near the town.", "raided")
    assert a1 is not None and actors.resolve(a1, "SYR").name == "Global Coalition Against Daesh"
    a1, _ = roles(nlp, "Militiamen under the command of Jonas Peterson raided a farm near the town.", "raided")
    assert a1 == "Militiamen"  # a person is no group


def test_passive_told_by_a_when_clause(nlp):
    a1, a2 = roles(nlp, "Three villagers were wounded when soldiers fired mortars at the hill.", "wounded")
    assert a1 == "soldiers" and a2 == "Three villagers"
    # the vehicle that struck a mine is no attacker
    a1, _ = roles(nlp, "Two soldiers were killed when their truck struck a landmine near the town.", "killed")
    assert a1 is None


def test_when_clause_of_bystanders_or_unnamed_men_names_no_attacker(nlp):
    a1, _ = roles(nlp, "A farmer was shot dead as villagers tried to chase the raiders into the bush.", "shot")
    assert a1 != "villagers"
