"""Actor dictionary and resolver (eventlens.resolve.actors). Texts written by us."""

from __future__ import annotations


import pycountry
import pytest

from eventlens.resolve.actors import ActorDictionary, ActorMatch, normalise
from eventlens.schema import Actor


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def test_load_is_cached(actors):
    assert ActorDictionary.load() is actors


# ------------------------------------------------------------------ dictionary
def test_every_pycountry_country_has_state_forces(actors):
    missing = []
    for c in pycountry.countries:
        for cat in ("military", "police", "government"):
            e = actors.state_entry(c.alpha_3, cat)
            if e is None or e.inter != 1 or e.country != c.alpha_3:
                missing.append((c.alpha_3, cat))
    assert missing == []
    assert actors.state_entry("IRQ").name == "Military Forces of Iraq"
    assert actors.state_entry("IRQ", "police").name == "Police Forces of Iraq"
    assert actors.state_entry("USA").name == "Military Forces of the United States"


def test_every_pycountry_country_is_in_the_demonym_table(actors):
    assert {c.alpha_3 for c in pycountry.countries} <= set(actors.countries)


def test_at_least_300_non_state_entries(actors):
    non_state = [e for e in actors.entries if 2 <= e.inter <= 6 and e.kind not in ("state", "international")]
    assert len(non_state) >= 300
    assert actors.stats()["non_state_entries"] == len(non_state)


def test_entries_are_well_formed(actors):
    names = [e.name for e in actors.entries]
    assert len(names) == len(set(names))
    for e in actors.entries:
        assert 1 <= e.inter <= 8, e.name
        assert e.country is None or e.country in actors.countries, e.name
        for a in e.affiliations:
            assert actors.get(a) is not None, (e.name, a)


def test_international_forces_are_external(actors):
    for name in (
        "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali",
        "ATMIS: African Union Transition Mission in Somalia",
        "NATO: North Atlantic Treaty Organization",
        "Global Coalition Against Daesh",
    ):
        assert actors.get(name).inter == 8
    assert actors.resolve("AMISOM troops", "SOM").name.startswith("ATMIS")
    assert actors.resolve("MONUSCO").type.code == 8


# --------------------------------------------------------------------- aliases
@pytest.mark.parametrize(
    "variant",
    ["Asaib Ahl al-Haq", "Asa'ib Ahl al-Haq", "Asa’ib Ahl al-Haq", "asaib ahl al haq", "AAH", "League of the Righteous"],
)
def test_alias_variants(actors, variant):
    actor = actors.resolve(variant, "IRQ")
    assert actor is not None and actor.name == "Asaib Ahl al-Haq"
    assert actor.text == variant
    assert actor.type.code == 3 and actor.country == "IRQ"


@pytest.mark.parametrize(
    "variant, name",
    [
        ("Kata'ib Hizballah", "Kataib Hezbollah"),
        ("Hashd al-Shaabi", "Popular Mobilization Forces"),
        ("al-Shabab", "Al Shabaab"),
        ("Daesh", "Islamic State (Iraq)"),
        ("ISIL", "Islamic State (Iraq)"),
        ("Houthi rebels", "Military Forces of Yemen (Supreme Political Council)"),
        ("Ansar Allah", "Military Forces of Yemen (Supreme Political Council)"),
        ("Boko Haram", "JAS: Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"),
        ("Kurdistan Workers' Party", "PKK: Kurdistan Workers Party"),
        ("Kurdistan Workers Party", "PKK: Kurdistan Workers Party"),
        ("People's Protection Units", "YPG: People's Protection Units"),
        ("Peoples Protection Units", "YPG: People's Protection Units"),
        ("Séléka", "Seleka"),
        ("IDF", "Military Forces of Israel"),
        ("Tatmadaw", "Military Forces of Myanmar"),
    ],
)
def test_named_variants(actors, variant, name):
    country = {"Kata'ib Hizballah": "IRQ", "Hashd al-Shaabi": "IRQ", "Daesh": "IRQ", "ISIL": "IRQ"}.get(variant)
    actor = actors.resolve(variant, country)
    assert actor is not None and actor.name == name


def test_affiliations(actors):
    for name in ("members of Asaib Ahl al-Haq", "Kataib Hezbollah fighters"):
        assert "Popular Mobilization Forces" in actors.resolve(name, "IRQ").affiliations
    quds = actors.resolve("the Quds Force", "IRN")
    assert quds.name == "Quds Force" and quds.affiliations == ["Islamic Revolutionary Guard Corps"]
    assert quds.type.code == 1 and quds.country == "IRN"
    assert actors.get("Islamic Revolutionary Guard Corps").country == "IRN"


def test_same_alias_picked_by_article_country(actors):
    assert actors.resolve("SNA soldiers", "SOM").name == "Military Forces of Somalia"
    assert actors.resolve("SNA", "SYR").name == "JWS: Syrian National Army"
    assert actors.resolve("ADF rebels", "COD").name == "ADF: Allied Democratic Forces"
    assert actors.resolve("ADF", "CMR").name == "Ambazonia Defence Forces"
    # an alias qualified by a country only counts in stories about that country
    assert actors.resolve("Asayish", "SYR").name == "Syrian Asayish"
    assert actors.resolve("Asayish", "IRQ").name == "Asayish"
    assert actors.resolve("Labour Party", "NGA").name == "Labour Party (Nigeria)"


def test_per_country_actor_takes_article_country(actors):
    assert actors.resolve("Islamic State militants", "SYR").name == "Islamic State (Syria)"
    assert actors.resolve("Islamic State").name == "Islamic State"
    fulani = actors.resolve("Fulani militia", "MLI")
    assert fulani.name == "Fulani Ethnic Militia (Mali)" and fulani.type.code == 4


def test_mayi_mayi_groups_are_political_militias(actors):
    # ACLED's coding: the Mayi Mayi factions are political militias, the faction in parentheses
    mai = actors.resolve("Mai-Mai militiamen", "COD")
    assert mai.name == "Mayi Mayi Militia" and mai.type.code == 3
    raia = actors.resolve("Raia Mutomboki fighters", "COD")
    assert raia.name == "Mayi Mayi Militia (Raia Mutomboki)" and raia.type.code == 3
    assert actors.resolve("CODECO militiamen", "COD").type.code == 3


# --------------------------------------------------------------------- generic
@pytest.mark.parametrize(
    "phrase, name, code",
    [
        ("security forces", "Police Forces of Iraq", 1),
        ("Iraqi police", "Police Forces of Iraq", 1),
        ("Iraqi security forces", "Police Forces of Iraq", 1),
        ("policemen", "Police Forces of Iraq", 1),
        ("the army", "Military Forces of Iraq", 1),
        ("soldiers", "Military Forces of Iraq", 1),
        ("troops", "Military Forces of Iraq", 1),
        ("Iraqi army", "Military Forces of Iraq", 1),
        ("gunmen", "Unidentified Armed Group (Iraq)", 3),
        ("unidentified gunmen", "Unidentified Armed Group (Iraq)", 3),
        ("militants", "Unidentified Armed Group (Iraq)", 3),
        ("insurgents", "Unidentified Armed Group (Iraq)", 3),
        ("a suicide bomber", "Unidentified Armed Group (Iraq)", 3),
        ("protesters", "Protesters (Iraq)", 6),
        ("demonstrators", "Protesters (Iraq)", 6),
        ("rioters", "Rioters (Iraq)", 5),
        ("a mob", "Rioters (Iraq)", 5),
        ("civilians", "Civilians (Iraq)", 7),
        ("villagers", "Civilians (Iraq)", 7),
        ("residents", "Civilians (Iraq)", 7),
        ("students", "Civilians (Iraq)", 7),
        ("farmers", "Civilians (Iraq)", 7),
        ("a child", "Civilians (Iraq)", 7),
        ("the son of a policeman", "Civilians (Iraq)", 7),
        ("members of the security forces", "Police Forces of Iraq", 1),
        ("tribesmen", "Unidentified Tribal Militia (Iraq)", 4),
        ("the government", "Government of Iraq", 1),
    ],
)
def test_generic_with_article_country(actors, phrase, name, code):
    actor = actors.resolve(phrase, "IRQ")
    assert actor is not None, phrase
    assert (actor.name, actor.type.code, actor.country, actor.text) == (name, code, "IRQ", phrase)


def test_generic_names_keep_acled_country_names(actors):
    assert actors.resolve("gunmen", "COD").name == "Unidentified Armed Group (Democratic Republic of Congo)"
    assert actors.resolve("soldiers", "PHL").name == "Military Forces of the Philippines"
    assert actors.resolve("protesters", "CIV").name == "Protesters (Ivory Coast)"


def test_generic_without_country(actors):
    assert actors.resolve("gunmen").name == "Unidentified Armed Group"
    assert actors.resolve("protesters").name == "Protesters"
    assert actors.resolve("warplanes").name == "Unidentified Military Forces"


def test_demonym_overrides_article_country(actors):
    jets = actors.resolve("Israeli warplanes", "PSE")
    assert jets.name == "Military Forces of Israel" and jets.country == "ISR"
    assert jets.type.code == 8  # state forces outside their own country
    assert actors.resolve("Israeli warplanes", "ISR").type.code == 1
    assert actors.resolve("Russian forces", "UKR").name == "Military Forces of Russia"
    assert actors.resolve("Palestinian gunmen", "ISR").name == "Unidentified Armed Group (Palestine)"
    assert actors.resolve("Turkish drones", "IRQ").name == "Military Forces of Turkey"
    # the longest country name wins: South Sudan is not Sudan
    assert actors.resolve("South Sudanese civilians", "SDN").name == "Civilians (South Sudan)"
    assert actors.resolve("civilians in the Democratic Republic of Congo").name == (
        "Civilians (Democratic Republic of Congo)"
    )
    # a backer is not the actor
    assert actors.resolve("Iranian-backed militias", "IRQ").name == "Unidentified Armed Group (Iraq)"


def test_country_as_actor(actors):
    for phrase in ("the US", "the U.S.", "Washington", "the United States"):
        actor = actors.resolve(phrase, "IRQ")
        assert actor.name == "Government of the United States" and actor.country == "USA", phrase
    assert actors.resolve("the Kremlin", "UKR").name == "Government of Russia"
    assert actors.resolve("us", "IRQ") is None


def test_named_with_protest_head_gives_protesters(actors):
    actor = actors.resolve("ANC protesters", "ZAF")
    assert actor.name == "Protesters (South Africa)" and actor.type.code == 6
    assert actor.affiliations == ["ANC: African National Congress"]


def test_peacekeepers_resolve_to_the_local_mission(actors):
    assert actors.resolve("UN peacekeepers", "MLI").name.startswith("MINUSMA")
    assert actors.resolve("peacekeepers", "LBN").name.startswith("UNIFIL")


@pytest.mark.parametrize(
    "phrase", ["the explosion", "Monday", "a car bomb", "the city", "last week", "", "  ", "Iraqi", "rockets", "aah"]
)
def test_non_actor_phrases(actors, phrase):
    assert actors.resolve(phrase, "IRQ") is None


# ------------------------------------------------------------------------ find
ARTICLE = (
    "KUT, Iraq — Gunmen from Asa'ib Ahl al-Haq fired on Iraqi security forces on Saturday, a security "
    "source said. The Popular Mobilisation Forces denied it. US-led coalition aircraft later struck "
    "Islamic State hideouts, and Turkish drones hit PKK positions near Sinjar. Hamas's armed wing was "
    "not involved. Iraq's army sent reinforcements."
)


def test_find_spans_and_actors(actors):
    found = actors.find(ARTICLE, "IRQ")
    assert all(isinstance(m, ActorMatch) and isinstance(m.actor, Actor) for m in found)
    for m in found:
        assert ARTICLE[m.start : m.end] == m.text == m.actor.text
    got = [(m.text, m.actor.name) for m in found]
    assert got == [
        ("Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq"),
        ("Iraqi security forces", "Police Forces of Iraq"),
        ("Popular Mobilisation Forces", "Popular Mobilization Forces"),
        ("US-led coalition", "Global Coalition Against Daesh"),
        ("Islamic State", "Islamic State (Iraq)"),
        ("Turkish drones", "Military Forces of Turkey"),
        ("PKK", "PKK: Kurdistan Workers Party"),
        ("Hamas", "Hamas"),
        ("Iraq's army", "Military Forces of Iraq"),
    ]


def test_find_prefers_longest(actors):
    found = actors.find("Islamic State West Africa Province fighters attacked.")
    assert [m.actor.name for m in found] == ["Islamic State (West Africa)"]


def test_acronyms_match_only_in_capitals(actors):
    assert [m.text for m in actors.find("AAH and PKK fighters")] == ["AAH", "PKK"]
    assert actors.find("aah, she said, the pkk is far") == []
    assert actors.find("Let us go, said the man.") == []
    assert [m.actor.name for m in actors.find("LeT claimed the attack.")] == ["Lashkar-e-Taiba"]
    assert actors.find("This is what it is.") == []
    assert [m.text for m in actors.find("The attack was claimed by IS on Friday.")] == ["IS"]
    # a wire headline in capitals: a two-letter acronym there is a word
    assert actors.find("WHO IS TO BLAME FOR THE FIRE") == []
    assert actors.find("us troops") == []
    assert [m.actor.name for m in actors.find("US troops left.")] == ["Military Forces of the United States"]


def test_backer_is_not_the_actor_in_find(actors):
    assert actors.find("US-backed fighters advanced.") == []


def test_normalise():
    assert normalise("Asa'ib Ahl al-Haq") == "asaib ahl al haq"
    assert normalise("Séléka  rebels") == "seleka rebels"
    assert normalise("Iraq's army") == "iraq s army"


def test_load_other_file(tmp_path):
    path = tmp_path / "mini.yaml"
    path.write_text(
        "countries:\n  IRQ: {name: Iraq, dem: [Iraqi]}\n"
        "force_nouns:\n  police: [police]\n"
        "generic_nouns:\n  armed_group: [gunmen]\n"
        "actors:\n  - {name: Test Brigade, inter: 3, country: IRQ, aliases: [TB Brigade]}\n",
        encoding="utf-8",
    )
    mini = ActorDictionary.load(path)
    assert mini is ActorDictionary.load(path)
    assert mini.resolve("TB Brigade").name == "Test Brigade"
    assert mini.resolve("Iraqi police").name == "Police Forces of Iraq"
    assert mini.resolve("gunmen", "IRQ").name == "Unidentified Armed Group (Iraq)"


def test_find_reads_a_long_article_the_same_as_its_parts(actors):
    # (its speed is measured by bench/gazetteer.py, not asserted here)
    text = " ".join([ARTICLE] * 12)  # about 700 words
    assert 600 <= len(text.split()) <= 800
    once = [(m.actor.name, m.text) for m in actors.find(ARTICLE, "IRQ")]
    twelve = [(m.actor.name, m.text) for m in actors.find(text, "IRQ")]
    assert once and twelve == once * 12


# ------------------------------------------------------------ issue 4 additions
def test_group_aliases_match_in_both_numbers(actors):
    # the dictionary lists "Tiv militia"; news writes "Tiv militias" as well
    assert actors.resolve("Tiv militias", "NGA").name == "Tiv Ethnic Militia (Nigeria)"
    assert actors.resolve("armed Tiv militia", "NGA").type.code == 4


def test_what_an_actor_holds_stands_for_it(actors):
    a = actors.resolve("the positions of the Azerbaijani army", "AZE")
    assert (a.name, a.type.code) == ("Military Forces of Azerbaijan", 1)
    a = actors.resolve("a checkpoint of the federal police", "IRQ")
    assert (a.name, a.type.code) == ("Police Forces of Iraq", 1)


def test_acled_style_names_keep_the_old_spellings_as_aliases(actors):
    assert actors.resolve("SDF", "SYR").name == "QSD: Syrian Democratic Forces"
    assert actors.resolve("Saudi-led coalition warplanes", "YEM").name == "Operation Restoring Hope"
    assert actors.resolve("ISWAP", "NGA").name == "Islamic State (West Africa)"
    assert actors.resolve("pro-government militia members", "AFG").type.code == 3


def test_brazil_military_police_is_a_military_corps(actors):
    assert actors.resolve("Military Police officers", "BRA").name == "Military Forces of Brazil"
    assert actors.resolve("the Civil Police", "BRA").name == "Police Forces of Brazil"


def test_frontline_table(actors):
    import datetime as dt

    naf = actors.frontline_opponent("UKR", dt.date(2020, 5, 1))
    assert naf is not None and naf.type.code == 2 and naf.country == "UKR"
    assert actors.frontline_opponent("UKR", dt.date(2022, 6, 1)) is None
    assert actors.frontline_opponent("FRA") is None


def test_clan_and_communal_militiamen(actors):
    assert actors.resolve("Marehan clan militiamen", "SOM").name == "Unidentified Clan Militia (Somalia)"
    assert actors.resolve("communal militiamen", "NGA").type.code == 4
    assert actors.resolve("armed pastoralists", "SDN").type.code == 4


def test_global_coalition_short_name(actors):
    assert actors.resolve("Global Coalition warplanes", "SYR").name == "Global Coalition Against Daesh"


def test_restricted_alias_found_for_any_country_when_asked(actors):
    assert not actors.find("units under OPS")
    assert [m.actor.name for m in actors.find("units under OPS", any_country=True)] == ["Operation Peace Spring"]


def test_monitoring_mission_is_no_side_but_places_the_story(actors):
    # the observer never resolves to an actor, but find() gives its country
    assert actors.resolve("the OSCE SMM", None) is None
    [m] = actors.find("The OSCE SMM recorded 12 explosions near a village.")
    assert m.kind == "monitor" and m.actor.country == "UKR"


def test_a_backer_named_before_the_head_is_not_the_actor(actors):
    assert actors.resolve("Islah-affiliated military forces", "YEM").name == "Military Forces of Yemen"
    assert actors.resolve("Hezbollah-backed fighters", "SYR").name == "Unidentified Armed Group (Syria)"
    # "linked" fighters belong to the group
    assert actors.resolve("Islamic State-linked insurgents", "MOZ").name == "Islamic State (Mozambique)"
    assert actors.resolve("Hamas militants", "PSE").name == "Hamas"


def test_fighters_of_a_clan_or_tribe_are_an_identity_militia(actors):
    assert actors.resolve("gunmen from the Saad clan", "SOM").name == "Unidentified Clan Militia (Somalia)"
    assert actors.resolve("two rival clans", "PHL").type.code == 4
    assert actors.resolve("gunmen from a rival tribe", "IRQ").name == "Unidentified Tribal Militia (Iraq)"
    assert actors.resolve("gunmen", "IRQ").name == "Unidentified Armed Group (Iraq)"


def test_country_restricted_descriptive_names(actors):
    assert actors.resolve("suspected Islamist militants", "MOZ").name == "Islamist Militia (Mozambique)"
    assert actors.resolve("suspected Islamist militants", "NGA").name == "Unidentified Armed Group (Nigeria)"
    assert actors.resolve("opposition factions", "SYR").type.code == 2
    assert actors.resolve("pro-STC forces", "YEM").type.code == 1
    assert actors.resolve("LDU personnel", "UGA").name == "Military Forces of Uganda"


def test_a_militia_named_by_its_home_place_is_communal(actors):
    # a militia known by the village or area it comes from is that community's (ACLED: identity militia)
    a = actors.resolve("militiamen from Okoroba", "NGA")
    assert (a.name, a.type.code) == ("Unidentified Communal Militia (Nigeria)", 4)
    assert actors.resolve("a militia from the Lower Kiri area", "SSD").type.code == 4
    # not a country, not bare militiamen, not gunmen
    assert actors.resolve("militiamen from Chad", "SDN").type.code == 3
    assert actors.resolve("militiamen", "SOM").type.code == 3
    assert actors.resolve("gunmen from the village", "NGA").type.code == 3


def test_militiamen_match_a_militia_alias(actors):
    a = actors.resolve("suspected Fulani militiamen", "MLI")
    assert (a.name, a.type.code) == ("Fulani Ethnic Militia (Mali)", 4)
