"""Arrests made in a number during a protest or riot belong to it (one event per happening, as ACLED
codes it); a person arrested by name stays an event of its own, and so does an arrest whose charge
names the unrest; deaths with no doer in a riot story are its toll; a campaign recalled without a toll
is not coded (stories written for these tests)."""

from __future__ import annotations


def test_people_detained_after_a_riot_are_the_riots_arrests(extract):
    text = ("LA PAZ, Bolivia (AP) - Hundreds of protesters stormed the electoral court in La Paz on Tuesday, smashing "
            "windows and setting fire to ballot boxes, officials said. Police arrived an hour later and detained 17 "
            "people at the building, a police spokesman said.")
    events = extract(text, "2024-03-13")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    assert events[0].arrested.best == 17


def test_a_leader_arrested_by_name_stays_an_arrest_of_its_own(extract):
    text = ("LA PAZ, Bolivia (AP) - Hundreds of protesters stormed the electoral court in La Paz on Tuesday, smashing "
            "windows and setting fire to ballot boxes, officials said. On Tuesday evening police arrested the "
            "opposition leader Luis Camacho at his home in La Paz, his party said.")
    subs = sorted(e.sub_event_type for e in extract(text, "2024-03-13"))
    assert subs == ["Arrests", "Violent demonstration"]


def test_an_arrest_on_charges_of_rioting_is_an_arrest(extract):
    # the crowd's deed is the charge, told of no day: the arrest is the news
    for text in ("DHAKA (AP) - Police arrested 12 students in Dhaka on Tuesday on charges of rioting.",
                 "LA PAZ (AP) - Police arrested the opposition leader Luis Camacho at his home in La Paz on Tuesday, "
                 "accusing him of inciting the unrest."):
        assert [e.sub_event_type for e in extract(text, "2024-03-13")] == ["Arrests"]


def test_deaths_with_no_doer_in_a_riot_story_are_the_riots_toll(extract):
    text = ("QUITO, Ecuador (AP) - Thousands of protesters set fire to the customs building in Quito on Monday and "
            "police fired tear gas to disperse them, witnesses said. Six people were killed in Quito and more than 40 "
            "were wounded on Monday, hospital officials said.")
    events = extract(text, "2024-03-13")
    assert len(events) == 1 and events[0].event_type in ("Riots", "Protests")
    assert events[0].fatalities.best == 6


def test_a_campaign_recalled_without_a_toll_is_not_coded(extract):
    text = ("MANDALAY, Myanmar (Reuters) - Resistance fighters seized a police station in Sagaing region on Friday, "
            "residents said. The area has seen some of the heaviest fighting since the military took power in "
            "February 2021. An alliance of ethnic armies launched an offensive in the north in October 2023.")
    assert [e for e in extract(text, "2024-06-15") if e.background] == []


def test_a_speech_audience_chanting_is_no_protest(extract):
    text = ("TEHRAN (Reuters) - Iran's president told a gathering of students in Tehran on Saturday that the country "
            "would answer any attack. The crowd chanted slogans against the United States.")
    assert [e for e in extract(text, "2024-11-03") if e.event_type == "Protests"] == []
