"""Property destruction, and words that name no happening the story reports: verdicts, sieges
described, prospects, drills, parades, tallies of a period (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _subtypes(events):
    return [e.sub_event_type for e in events if not e.background]


@pytest.mark.parametrize("text", [
    "Masked men smashed the windows of a ministry office in Thessaloniki on Tuesday, police said.",
    "Settlers uprooted about 200 olive trees belonging to Palestinian farmers near Nablus on Monday.",
    "Unidentified men burnt the main stand of the football stadium in Oyem on Sunday night.",
])
def test_damage_done_to_property_on_purpose_is_property_destruction(extract, text):
    assert _subtypes(extract(text)) == ["Looting/property destruction"]


def test_an_arson_attack_is_not_doubted_by_the_sentence_model(extract):
    # "attack" alone is a word the sentence model may veto; "arson attack" is not ambiguous
    events = extract("An anarchist cell carried out an arson attack on a cement plant outside Izmir on Friday, "
                     "causing damage but no injuries.")
    assert len(_subtypes(events)) == 1


def test_damage_by_nature_or_by_the_attack_itself_is_no_property_destruction(extract):
    assert extract("A storm destroyed 300 olive trees near Nablus on Monday.") == []
    events = extract("An air strike destroyed a field hospital in Idlib on Monday, killing four people.")
    assert _subtypes(events) == ["Air/drone strike"]


def test_arson_by_named_strangers_is_destruction_but_a_riot_keeps_its_fires(extract):
    assert _subtypes(extract("Three flats were set on fire by unknown individuals in Ponce on Tuesday.")) != ["Mob violence"]
    events = extract("Protesters set fire to a police station in Kaya on Tuesday.")
    assert _subtypes(events) == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    # a court's reason is a past deed, judged
    "A court in Lyon on Friday sentenced a man to 20 years in prison for stabbing his neighbour to death in 2021.",
    "The court found on Monday that the militia had run a policy of kidnapping villagers for ransom.",
    # a place described by what was done to it
    "Talks on reopening roads into the besieged city of Taiz ended on Thursday without a deal.",
    # only foreseen
    "The union voted on Monday to authorise a strike, raising the prospect of the first walkout at the plant in two years.",
    # shows and parades
    "Soldiers fired blank rounds at targets on Sunday to show reporters the new vehicles.",
    "Columns of troops marched past the president's stand during the parade on Sunday.",
    "The parade on Sunday showcased tanks, rocket launchers and fighter jets.",
    # the searchers of a drowning are no attackers
    "Residents and police recovered the bodies of four fishermen who drowned when their boat capsized on Sunday.",
    # tallies of a period or a rate
    "More than a decade of war has killed hundreds of thousands of people and destroyed roads and hospitals.",
    "Landmines kill about 1,000 people every year in the country, the ministry said on Monday.",
    "The war, a conflict that left perhaps a million people dead, is still taught in schools.",
    # fired from a job; power is no ground
    "The four officers involved were fired on Tuesday but have not been charged.",
    "The army seized power in a coup on Monday.",
])
def test_words_that_name_no_happening_of_the_story(extract, text):
    assert _subtypes(extract(text)) == []


def test_a_real_march_is_still_a_protest(extract):
    events = extract("Thousands of teachers marched through Nairobi on Monday to demand higher pay.")
    assert _subtypes(events) == ["Peaceful protest"]


def test_fired_on_with_a_shooter_is_still_gunfire(extract):
    assert _subtypes(extract("Two soldiers were fired on by gunmen near Kaya on Tuesday.")) == ["Armed clash"]


def test_according_to_is_no_agreement(extract):
    events = extract("Its fighters still hold two hostages, according to the military, and on Monday they "
                     "clashed with troops near Patikul.")
    assert "Agreement" not in _subtypes(events)


def test_a_patrol_done_is_a_movement_of_forces_but_routine_patrols_are_not(extract):
    events = extract("Russian military police conducted a patrol near Tal Tamr on Saturday, a monitor said.")
    assert _subtypes(events) == ["Change to group/activity"]
    assert extract("Troops at the base carried out routine patrols over the weekend, the ministry said.") == []


def test_soldiers_joining_an_armed_group_defect(extract):
    events = extract("Twelve soldiers and policemen joined the Taliban in Sholgara district on Friday, officials said.")
    assert _subtypes(events) == ["Change to group/activity"]
    assert extract("The new striker joined Arsenal on Monday.") == []


def test_bursts_of_heavy_machinegun_fire_are_shelling_but_small_arms_make_a_clash(extract):
    heavy = extract("Monitors recorded 20 bursts of fire involving heavy machine guns near Svitlodarsk on Tuesday.")
    assert _subtypes(heavy) == ["Shelling/artillery/missile attack"]
    mixed = extract("Monitors recorded 20 projectiles and bursts of fire involving small arms near Svitlodarsk on Tuesday.")
    assert _subtypes(mixed) == ["Armed clash"]


def test_heavy_calibre_machine_guns_and_fighting_vehicles_fire_like_artillery(extract):
    heavy = extract("Rebel forces fired 14.5mm and 12.7mm machine guns at farms east of Hays on Monday, "
                    "with no casualties reported.")
    assert _subtypes(heavy) == ["Shelling/artillery/missile attack"]
    ifv = extract("Government forces fired IFVs at rebel positions near Berezivske on Monday.")
    assert _subtypes(ifv) == ["Shelling/artillery/missile attack"]
    rifles = extract("Gunmen fired 7.62mm rifles at a police post in Kaya on Monday, killing two officers.")
    assert _subtypes(rifles) == ["Armed clash"]


def test_burning_material_in_the_street_makes_a_protest_violent(extract):
    events = extract("Residents blocked the main road in Ain Oussara with burning tyres on Monday to denounce water cuts.")
    assert _subtypes(events) == ["Violent demonstration"]
    # burning tyres in a field to drive off locusts is no protest
    assert extract("Farmers tried to drive the locusts away by beating pots and burning tyres in their fields.") == []


@pytest.mark.parametrize("text", [
    "Hundreds of lawyers protested outside the court in Tizi Ouzou on Monday, denouncing the detention of an activist.",
    "Followers of a cleric who was arrested for his sermons protested in Gujrat on Monday, demanding his release.",
    "Supporters of the arrested former president held a protest outside the courthouse in Yerevan on Monday.",
])
def test_an_arrest_the_crowd_protests_is_its_grievance_not_an_intervention(extract, text):
    events = extract(text)
    assert _subtypes(events) == ["Peaceful protest"] and all(e.arrested.best in (None, 0) for e in events)


def test_protesters_arrested_are_an_intervention(extract):
    events = extract("Hundreds protested in Minsk on Sunday and 20 of them were arrested.")
    assert _subtypes(events) == ["Protest with intervention"]


def test_a_group_clashing_with_rebels_fights_a_battle_but_with_police_riots(extract):
    militia = extract("Villagers from Okpanam clashed with Fulani militias near Asaba on Monday.")
    assert _subtypes(militia) == ["Armed clash"]
    police = extract("Shopkeepers clashed with police officers at the market in Temuco on Monday.")
    assert [e.event_type for e in police] == ["Riots"]


@pytest.mark.parametrize("text", [
    "Three civilians were kidnapped and killed by militants in Maymana on Monday.",
    "Soldiers detained and tortured a villager near Mrauk-U on Monday.",
])
def test_captives_killed_or_beaten_make_an_attack(extract, text):
    assert _subtypes(extract(text)) == ["Attack"]


def test_an_arrest_without_harm_stays_an_arrest(extract):
    assert _subtypes(extract("Police arrested and charged five men in Kaduna on Monday.")) == ["Arrests"]


def test_a_killing_of_other_people_beside_an_abduction_leaves_it_an_abduction(extract):
    events = extract("Gunmen killed a guard and abducted 20 students in Kaduna on Monday.")
    assert _subtypes(events) == ["Abduction/forced disappearance"]


def test_a_fighting_word_that_only_sets_the_scene_does_not_make_a_battle(extract):
    raid = extract("Rebels killed three villagers, including a woman, during an incursion near Mamove on Monday.")
    assert _subtypes(raid) == ["Attack"]
    fight = extract("Two soldiers were killed during clashes with rebels near Beni on Monday.")
    assert _subtypes(fight) == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "Two bombs planted by an unknown group injured four power company workers in Kabul on Monday.",
    "Militants carried out a remote explosive attack on a factory in Esenyurt on Monday, causing damage.",
    "An RCIED exploded as an army convoy passed near Afgooye on Monday.",
])
def test_planted_and_remote_bombs_are_ieds_not_shelling(extract, text):
    assert _subtypes(extract(text)) == ["Remote explosive/landmine/IED"]


def test_forces_building_fortifications_change_their_posture(extract):
    events = extract("Government forces established new fortifications east of Ad Durayhimi on Monday.")
    assert _subtypes(events) == ["Change to group/activity"]
    assert extract("Workers built a new flood barrier in Venice on Monday.") == []


def test_rubber_bullets_at_civilians_with_no_crowd_are_an_attack(extract):
    events = extract("Soldiers fired rubber bullets at fishermen in their boats off the coast of Gaza on Monday.")
    assert _subtypes(events) == ["Attack"]
    crowd = extract("Police fired tear gas at protesters in Nairobi on Monday.")
    assert _subtypes(crowd) == ["Protest with intervention"]


def test_a_verb_phrase_the_parser_splits_across_a_clause_still_counts(extract):
    # the parser reads "a motorcycle shot" as a noun inside "riding ..."; "shot dead" still reports a killing
    events = extract("Gunmen riding a motorcycle shot dead a civilian in the town of Mastumeh on Monday.")
    assert _subtypes(events) == ["Attack"]


def test_force_the_report_calls_excessive_against_a_peaceful_protest(extract):
    events = extract("Soldiers on Sunday violently suppressed a peaceful protest against the wall in Beit Jala.")
    assert _subtypes(events) == ["Excessive force against protesters"]
    dispersed = extract("Police used water cannon to disperse a rally in Bangkok on Sunday.")
    assert _subtypes(dispersed) == ["Protest with intervention"]


@pytest.mark.parametrize(("text", "subtype"), [
    ("Militants attacked the village of Mamangou on Saturday, killed one civilian and burned the shops.", "Attack"),
    ("A soldier raped a woman in Kamonyi village on Saturday and stole goods from her.", "Sexual violence"),
    ("Security forces abducted two civilians from Al Aram on Saturday.", "Abduction/forced disappearance"),
])
def test_harm_to_people_outweighs_property_and_state_abductions_stay_abductions(extract, text, subtype):
    assert _subtypes(extract(text)) == [subtype]


def test_a_grenade_answered_with_gunfire_is_an_armed_clash(extract):
    events = extract("Militants threw a hand grenade at a police post in Mogadishu on Monday. Police responded with gunfire.")
    assert _subtypes(events) == ["Armed clash"]
    alone = extract("Militants threw a hand grenade at a police post in Mogadishu on Monday, wounding two officers.")
    assert _subtypes(alone) == ["Grenade"]


def test_a_raid_whose_telling_reports_a_clash_is_an_armed_clash(extract):
    events = extract("More than 50 members of the security forces raided a suspected hideout in Kalgo village on "
                     "Tuesday. A clash broke out and three suspects were killed and a policeman was wounded.")
    assert _subtypes(events) == ["Armed clash"]
    beaten = extract("Soldiers raided a house in the village of Kalgo on Tuesday and beat two farmers.")
    assert _subtypes(beaten) == ["Attack"]


def test_armed_captives_make_a_clash_civilian_captives_an_abduction(extract):
    assert _subtypes(extract("Gunmen abducted four soldiers from a checkpoint near Gao on Sunday.")) == ["Armed clash"]
    assert _subtypes(extract("Gunmen abducted four teachers from a school near Gao on Sunday.")) == [
        "Abduction/forced disappearance"]
    # a noun's roles are loose: the kidnappers' own group is not a captive
    told = extract("The kidnappers were members of a gang based in the hills, police said of the abduction of "
                   "two traders near Gao on Sunday.")
    assert _subtypes(told) == ["Abduction/forced disappearance"]


def test_shelling_with_fire_both_ways_the_same_day_is_one_armed_clash(extract):
    told = ("On Tuesday, separatist forces fired 120mm mortars at army positions near Kalynivka. Monitors recorded "
            "40 explosions in both directions of the line near Kalynivka.")
    assert _subtypes(extract(told)) == ["Armed clash"]
    one_way = "On Tuesday, separatist forces fired 120mm mortars at army positions near Kalynivka."
    assert _subtypes(extract(one_way)) == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    "Unidentified gunmen shot dead a former army officer in Lome on Monday.",
    "Militants shot dead a civilian school guard in Logobou on Monday.",
    "Soldiers opened fire on a civilian vehicle near Dhuusamarreeb on Monday, wounding three people.",
    "Raiders attacked a cattle camp near Panyagoor on Monday, killing one herder.",
])
def test_retired_or_civilian_victims_and_civil_camps_make_an_attack_not_a_clash(extract, text):
    assert _subtypes(extract(text)) == ["Attack"]


def test_a_serving_soldier_shot_by_gunmen_is_a_clash(extract):
    assert _subtypes(extract("Gunmen shot dead a soldier in Lome on Monday.")) == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "Hundreds of traders barricaded the main road into Banfora on Sunday and demonstrated to demand the market reopen.",
    "Residents erected barricades on the main road in Kati on Sunday to protest against the election results.",
    "Police fired on demonstrators who pelted stones at them in Pulwama on Friday, killing one demonstrator.",
])
def test_barricades_and_stone_throwing_make_a_violent_demonstration(extract, text):
    assert _subtypes(extract(text)) == ["Violent demonstration"]


def test_barricaded_indoors_or_by_police_is_no_riot(extract):
    assert "Violent demonstration" not in _subtypes(extract(
        "Striking teachers barricaded themselves into an office of the ministry in Hinche on Sunday."))
    assert extract("Police set up barricades around the parliament in Kati on Sunday.") == []
    shot = extract("Police fired on peaceful demonstrators in Pulwama on Friday, killing one demonstrator.")
    assert _subtypes(shot) == ["Excessive force against protesters"]


@pytest.mark.parametrize("text", [
    "The government released 150 prisoners in Kabul on Tuesday to combat the spread of the coronavirus in jails.",
    "Firefighters battled the blaze at a warehouse in Kabul on Tuesday.",
    "The new minister vowed on Tuesday to fight against corruption in Kabul.",
])
def test_fighting_a_disease_a_fire_or_an_ill_is_no_clash(extract, text):
    assert "Armed clash" not in _subtypes(extract(text))


def test_armed_people_fighting_armed_people_is_a_clash_even_with_the_weak_verb(extract):
    assert _subtypes(extract("Soldiers fought the rebels near Kunduz on Tuesday.")) == ["Armed clash"]


def test_burning_in_an_attack_on_a_village_is_an_attack_on_its_people(extract):
    events = extract("Militants attacked the village of Kuda on Sunday and burned dozens of homes.")
    assert _subtypes(events) == ["Attack"]
    assert _subtypes(extract("Unknown men set fire to a school in Kuda on Sunday.")) == ["Looting/property destruction"]


def test_the_army_bombing_targets_is_an_air_strike_militants_bombing_is_an_explosion(extract):
    assert _subtypes(extract("The army bombed rebel positions near Kunduz on Sunday.")) == ["Air/drone strike"]
    assert _subtypes(extract("Militants bombed a bus station in Kunduz on Sunday.")) == ["Remote explosive/landmine/IED"]


def test_mass_arrests_of_migrant_workers_are_arrests(extract):
    events = extract("Police and immigration officers arrested more than 700 migrant workers in Kuala Lumpur on Friday.")
    assert _subtypes(events) == ["Arrests"]


@pytest.mark.parametrize("text", [
    "Two militants were killed when landmines they were planting exploded prematurely near Maidan Shar on Tuesday.",
    "Three militants died on Tuesday while making a bomb in a house in Srinagar.",
])
def test_a_bomb_that_goes_off_in_its_makers_hands_is_disrupted_weapons_use(extract, text):
    assert _subtypes(extract(text)) == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "Poland agreed on Tuesday to buy 48 light combat aircraft and 180 battle tanks from South Korea.",
    "Fans poured onto the pitch in Kolkata on Sunday to mob the players after the derby.",
    "Recruits demonstrated close-quarter combat drills at a passing-out ceremony in Mogadishu on Tuesday.",
    "Thousands gathered in Hiroshima on Sunday to mark the 78th anniversary of the atomic bombing.",
    "Veterans of the battle laid wreaths at a memorial to soldiers who died in the siege, on Tuesday in Dien Bien Phu.",
    "The court in The Hague on Thursday found the former commander guilty of war crimes including rape and murder.",
    "Its commandos have taken part in offensives against al-Shabaab in recent years, officials said on Tuesday.",
])
def test_kinds_of_things_displays_anniversaries_and_verdicts_report_no_happening(extract, text):
    assert _subtypes(extract(text)) == []


def test_fans_marching_and_chanting_in_a_sports_story_are_no_protest(extract):
    story = ("MANILA (AP) - The challenger kept marching forward in the title fight on Saturday and stopped the "
             "champion in the ninth round with a body shot that left the referee no choice.\n"
             "Many of the 12,000 fans at the arena waved flags and chanted his name as the boxer lifted the belt.\n"
             "It was the first world title for the 26-year-old, whose coach said a rematch could come next season.\n")
    assert extract(story) == []
    rally = "Thousands rallied outside parliament in Manila on Saturday, accusing the senate of betraying voters."
    assert _subtypes(extract(rally)) == ["Peaceful protest"]


def test_explosive_belts_make_a_suicide_bombing(extract):
    events = extract("Two of its members detonated explosive belts among crowds in Kerman on Wednesday, killing 89 people.")
    assert _subtypes(events) == ["Suicide bomb"]


def test_a_day_of_unrest_does_not_make_the_shot_crowd_violent(extract):
    events = extract("Soldiers opened fire on demonstrators in Ayacucho on Thursday, killing seven people, in the "
                     "deadliest day of unrest since the crisis began.")
    assert _subtypes(events) == ["Excessive force against protesters"]


def test_a_raid_that_kills_some_and_takes_others_is_an_attack(extract):
    events = extract("Rebel fighters raided a school near Mpondwe on Friday, killing 41 people and abducting six students.")
    assert _subtypes(events) == ["Attack"]
    assert _subtypes(extract("Gunmen abducted six students from a school near Mpondwe on Friday.")) == [
        "Abduction/forced disappearance"]


def test_arrests_for_negligence_and_tallies_over_long_periods_are_not_coded(extract):
    assert extract("Police in Hanoi detained the owner of the building on Tuesday on suspicion of violating "
                   "fire safety rules.") == []
    assert extract("About 800,000 people were killed in the genocide over roughly 100 days.") == []
    assert _subtypes(extract("Police detained 12 opposition politicians in Hanoi on Tuesday.")) == ["Arrests"]


def test_a_dispersed_crowd_with_a_demand_and_a_blocked_numbered_road_are_protests(extract):
    dispersed = extract("Police dispersed about 180 migrant labourers on a bridge in Rajkot on Friday who demanded to go home.")
    assert _subtypes(dispersed) == ["Protest with intervention"]
    assert _subtypes(extract("Farmers blocked the N1 near Beaufort West on Sunday.")) == ["Peaceful protest"]
    assert extract("Snow blocked the A7 near Lyon on Sunday.") == []
    assert extract("Police dispersed the crowd after the match in Rajkot on Friday.") == []


@pytest.mark.parametrize("text", [
    "Jihadists have waged an insurgency in Mali since 2012 that has spread to Niger and killed thousands of people.",
    "Jihadists linked to Al-Qaeda have killed thousands of civilians and soldiers in the region.",
])
def test_thousands_killed_over_an_insurgency_is_a_tally(extract, text):
    assert extract(text) == []


def test_violence_told_during_an_epidemic_is_still_violence(extract):
    beaten = extract("Five men beat up a shopkeeper with bamboo sticks in Mumbai on Sunday over a dispute about "
                     "wearing masks during the coronavirus pandemic.")
    # (several plain men with sticks are a mob in ACLED's codebook)
    assert _subtypes(beaten) == ["Mob violence"]
    assert extract("Cholera killed 12 people in a camp near Goma on Monday.") == []


def test_a_happening_recalled_by_the_years_since_it_is_not_news(extract):
    told = ("Hundreds of families have moved back into new homes in Marawi, officials said on Monday, six years "
            "after a months-long battle between the army and militants reduced its core to rubble.")
    assert extract(told) == []
    news = extract("Two years after the coup, soldiers shot dead three protesters in Yangon on Monday.")
    assert _subtypes(news) == ["Excessive force against protesters"]


@pytest.mark.parametrize("text", [
    "Survivors of massacres carried out in the highlands more than four decades ago testified on Monday in Guatemala City.",
    "Record floods have killed 100 people in Rio Grande do Sul, where soldiers worked on Thursday to rescue residents.",
    "Defence companies showed off drones and missiles as an arms fair opened in Abu Dhabi on Monday.",
    "Manufacturers presented surveillance and combat drones at the fair in Abu Dhabi on Monday.",
    "Officials unveiled the restored mosque in Mosul on Wednesday, eight years after it was destroyed during the battle.",
])
def test_decades_ago_nature_trade_fairs_and_years_after_report_no_happening(extract, text):
    assert [e for e in extract(text) if not e.background] == []


def test_stoning_people_is_crowd_violence(extract):
    assert _subtypes(extract("Protesters stoned the governor's convoy in Kano on Monday.")) == ["Violent demonstration"]
    assert _subtypes(extract("Villagers stoned two police officers in Ndhiwa on Monday.")) == ["Mob violence"]


@pytest.mark.parametrize("text", [
    # a period summed up, and the happening a period is counted from
    "Families who fled Aleppo during the years of fighting have been returning since the spring.",
    "Kassala has been slowly coming back to life since the fighting moved away from the city.",
    # tallies over a period, with the period on the conjunct
    "About 800 clinics have been damaged or destroyed since the start of the war, the ministry said.",
    # warships named and fitted out by their arms; a crew that marches on board
    "The navy commissioned a new guided-missile frigate in Sattahip on Thursday, armed with anti-ship missiles.",
    "The crew marched on board at a ceremony in Sattahip on Thursday.",
    # what a call asks for is not done yet; a habit is no happening
    "Traders called on Saturday for shops in Quetta to close on Monday in protest against a new tax.",
    "Shutdowns are a frequent form of protest in Quetta.",
    # an agreement torn up; a court's counts
    "The junta tore up the defence agreements with Paris on Monday.",
    "The former commander was convicted on Monday on 12 counts including murder and rape in Darfur in 2004.",
])
def test_periods_tallies_equipment_calls_and_undone_agreements_report_no_happening(extract, text):
    assert [e for e in extract(text, "2025-07-19") if not e.background] == []
