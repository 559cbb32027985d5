"""Wording that hid, mistyped or invented events in session 15's checks: loitering munitions and
bombers called kamikazes, posts troops hold, ground handed over, raids flown or ending in arrests,
a protest stopped as it began, and stories with no event (an animal's attacks, a commemoration, a
weapons test, a crime between kin, a fraud ring, a rugby match, a diplomatic protest). Sentences
and articles written for these tests."""

from __future__ import annotations

import pytest


def _subs(events) -> list[str]:
    return sorted(e.sub_event_type for e in events)


# --- typing ---------------------------------------------------------------------------------------

TYPED_STORIES = [
    pytest.param("KYIV (AP) - Russian forces launched a wave of suicide drones at Odesa overnight, damaging two "
                 "apartment blocks, the regional governor said.",
                 "2024-06-15", ["Air/drone strike"], id="suicide_drones_are_air_strikes"),
    pytest.param("MAIDUGURI, Nigeria (AFP) - Two female kamikazes blew up near a crowded bus park on Sunday, killing "
                 "four people and injuring ten, police said.",
                 "2024-06-17", ["Suicide bomb"], id="kamikazes_on_foot_are_bombers"),
    pytest.param("YANGON (Reuters) - Government troops occupied two more hill posts held by the ethnic army on "
                 "Tuesday, state media reported.",
                 "2024-06-15", ["Government regains territory"], id="a_post_troops_hold_is_ground"),
    pytest.param("ISLAMABAD (AP) - The general took the post of army chief on Tuesday, the ministry said.",
                 "2024-06-15", [], id="a_post_a_person_takes_is_no_ground"),
    pytest.param("BAKU (AFP) - A district was handed over by Armenian forces to Azerbaijani control on Sunday under "
                 "the truce, officials said.",
                 "2024-06-15", ["Non-violent transfer of territory"], id="ground_handed_over"),
    # (no count of the dead: "heavy losses" is all the sentence gives)
    pytest.param("DAMASCUS (SANA) - The terrorists in the Hama countryside suffered heavy losses in raids by the "
                 "army's choppers on Friday, the army said.",
                 "2024-06-15", ["Air/drone strike"], id="a_raid_flown_by_helicopters"),
    pytest.param("ANKARA (Reuters) - Two militants detonated explosives on Wednesday, killing themselves, after "
                 "police surrounded their hideout near Ankara, officials said.",
                 "2024-06-15", ["Suicide bomb"], id="bombers_killed_by_their_own_charge"),
    pytest.param("LAGOS, Nigeria (AFP) - Police carried out raids in Ikorodu on Monday, arresting 40 suspected "
                 "separatist fighters, a spokesman said.",
                 "2024-06-15", ["Arrests"], id="a_police_raid_ending_in_arrests"),
    # a rebel group's raid and detentions are abductions (ACLED codebook), still no attack
    pytest.param("HASAKAH, Syria (AFP) - On Monday, QSD fighters raided a camp section near al-Hasakeh and detained "
                 "several women, a monitor said.",
                 "2024-06-15", ["Abduction/forced disappearance"], id="a_rebel_raid_ending_in_detentions"),
    pytest.param("TOULOUSE, France (AFP) - Riot police fired tear gas on Monday to clear hundreds of farmers from a "
                 "motorway near Toulouse, where they had been demonstrating against a cattle cull.",
                 "2024-06-15", ["Protest with intervention"], id="tear_gas_fired_to_clear_a_protest"),
    pytest.param("BARCELONA (Reuters) - A pro-independence demonstrator tosses a fence into a fire during a protest "
                 "against police action in Barcelona on Saturday.",
                 "2024-06-17", ["Peaceful protest"], id="a_fire_things_are_thrown_into_is_no_gunfire"),
    pytest.param("MINSK (AP) - Police detained six people who tried to protest outside the election commission on "
                 "Sunday, a rights group said.",
                 "2024-06-17", ["Protest with intervention"], id="an_attempted_protest_stopped_by_arrests"),
    # arrests made as a crowd staged sit-ins, with a named politician later in the sentence
    pytest.param("YEREVAN (Reuters) - Police arrested more than 100 people on Friday as opposition supporters staged "
                 "sit-ins in the capital, the latest in a week of protests against Prime Minister Karen Aslanyan.",
                 "2024-06-15", ["Protest with intervention"], id="arrests_as_a_crowd_staged_sit_ins"),
    pytest.param("MANDALAY, Myanmar (AP) - Calm crowds walked through the city centre on Sunday and went on to demand "
                 "the release of the detained president.",
                 "2024-06-17", ["Peaceful protest"], id="a_crowd_demanding_something_demonstrates"),
    # the same wording as the stories below that report nothing, where it does report an event
    pytest.param("NAIROBI (AP) - Nurses walked out of public hospitals across Kenya on Monday over unpaid wages, "
                 "their union said.",
                 "2024-06-18", ["Peaceful protest"], id="a_walkout"),
    pytest.param("CAIRO (AP) - Thousands gathered in the main square on Thursday to mark the anniversary of the "
                 "uprising, chanting against the government.",
                 "2024-01-26", ["Peaceful protest"], id="an_anniversary_with_slogans"),
    pytest.param("KAUNAS, Lithuania (AP) - Hundreds of residents protested outside the town hall on Wednesday "
                 "against a new waste plant.",
                 "2024-06-20", ["Peaceful protest"], id="residents_protesting"),
]


@pytest.mark.parametrize(("text", "published", "expected"), TYPED_STORIES)
def test_stories_typed_by_the_codebook(extract, text, published, expected):
    assert _subs(extract(text, published)) == expected


@pytest.mark.parametrize(("text", "published", "absent"), [
    pytest.param("TOULOUSE, France (AFP) - Riot police fired tear gas on Monday evening to clear hundreds of farmers "
                 "who were trying to stop vets from culling a herd of sick cattle at a farm near Foix, officials "
                 "said.", "2024-06-15", "Attack", id="less_lethal_rounds_fired_to_clear_people"),
    pytest.param("IDLIB, Syria (AP) - Syrian troops pushed into a rebel-held enclave on Wednesday, clashing with "
                 "insurgents and capturing a village, widening an offensive that had previously involved mainly "
                 "aerial bombings.", "2024-06-20", "Air/drone strike", id="an_earlier_stage_of_an_offensive"),
])
def test_wording_that_must_not_type_the_event(extract, text, published, absent):
    assert absent not in _subs(extract(text, published))


# --- no event -------------------------------------------------------------------------------------

NO_EVENT_STORIES = [
    pytest.param("TOKYO (Kyodo) - A bear mauled a 70-year-old woman to death in her garden in Akita prefecture on "
                 "Thursday, police said, as Japan faces a record number of deadly bear attacks this year and local "
                 "officials ask for help from the military.",
                 "2024-10-25", id="an_animals_attacks_are_nobodys_attack"),
    pytest.param("HUALIEN, Taiwan (AP) - Helicopters dropped food to the stranded hikers, and about 60 people were "
                 "walked out through a tunnel on Friday morning, the fire department said.",
                 "2024-04-06", id="people_walked_out_of_a_gorge_made_no_walkout"),
    pytest.param("POTOCARI, Bosnia (AFP) - Thousands of people gathered at the memorial centre on Thursday to mark 29 "
                 "years since the massacre, as the remains of nine more victims were laid to rest.",
                 "2024-07-12", id="a_crowd_gathered_to_mark_an_anniversary_is_a_commemoration"),
    pytest.param("VALPARAISO, Chile (AFP) - Two men have been charged with starting the February wildfire that killed "
                 "130 people near Valparaiso, prosecutors said on Friday, in the deadliest blaze in decades.\n\n"
                 "Police arrested the two men on Thursday after investigators traced the first flames to a hillside "
                 "where they had been burning rubbish. Firefighters had fought the forest fire for a week, and a "
                 "heatwave and strong winds had spread it into the hills.",
                 "2024-05-10", id="arrests_in_a_wildfire_story_are_for_the_fire"),
    pytest.param("DHAKA (AFP) - The country's security forces were responsible for hundreds of enforced disappearances "
                 "during the former prime minister's 15 years in power, many of them carried out by an elite police "
                 "unit that held detainees in secret cells, a rights group said in a report on Wednesday.",
                 "2025-07-16", id="a_tally_of_abuses_over_years_in_power_is_no_event"),
    pytest.param("LOS ANGELES (AP) - The publisher said on Thursday that the latest instalment of its military shooter "
                 "series had sold five million copies in three days, a record for the franchise.\n\n"
                 "The game lets 64 players fight across cities in Egypt and Tajikistan, blowing up buildings with "
                 "tanks, helicopters and drones. Reviewers praised its destruction effects.\n\n"
                 "The studio said servers struggled at launch as the franchise's fans queued to play.",
                 "2025-10-17", id="a_video_game_story_has_no_war_in_it"),
    pytest.param("WARSAW (PAP) - Border guards detained 30 people from the Middle East travelling in the trailer of a "
                 "lorry on Saturday, authorities said. The case is linked to an international gang involved in "
                 "illegal migration.",
                 "2024-06-16", id="migrants_held_at_a_border_are_no_political_arrest"),
    pytest.param("TIANJIN, China (Xinhua) - Fresh explosions shook the port area on Saturday near the site of "
                 "Wednesday's blasts at a warehouse storing dangerous chemicals, and authorities evacuated residents "
                 "after cyanide was found nearby.",
                 "2024-08-15", id="a_chemical_store_that_blew_up_is_an_accident"),
    pytest.param("SEOUL (Yonhap) - The navy test-fired a new ship-launched cruise missile into waters off the west "
                 "coast on Thursday, the military said.\n\n"
                 "The missile was fired from a destroyer and hit a target vessel after flying 300 km, the Joint Chiefs "
                 "of Staff said. The weapon will be deployed on frigates from next year.",
                 "2024-06-14", id="a_weapons_test_is_no_attack"),
    pytest.param("RECIFE, Brazil (AP) - Police have charged a 40-year-old man with murder after his wife was found "
                 "stabbed to death in their home, officers said on Monday.\n\n"
                 "Neighbours called police on Saturday night after hearing screams, and officers arrested her husband "
                 "in the building's garage.",
                 "2024-06-17", id="a_killing_between_kin_is_crime_not_political_violence"),
    pytest.param("NOIDA, India (AFP) - Police have arrested 60 people who ran a fake call centre and cheated elderly "
                 "Americans out of millions of dollars, officers said on Thursday.\n\n"
                 "Those arrested, including two ringleaders, face charges of cheating, impersonation and criminal "
                 "conspiracy, police said. Scammers have used such centres for years.",
                 "2024-08-22", id="a_fraud_rings_arrests_are_crime"),
    pytest.param("ROME (AFP) - France unleashed an aerial bombardment to crush Italy 60-20 in the Six Nations on "
                 "Sunday, scoring nine tries.\n\n"
                 "The visitors' fly-half kicked 14 points and the fullback scored twice before half-time, and the "
                 "coach praised his players after the match. The championship ends next week.",
                 "2024-03-04", id="an_aerial_game_in_a_match_report_is_no_air_strike"),
    pytest.param("VILNIUS (Reuters) - The foreign ministry summoned Belarus's charge d'affaires on Wednesday to "
                 "protest against repeated violations of its airspace.",
                 "2024-06-19", id="a_government_summoning_an_envoy_to_protest"),
    pytest.param("BEIJING (AP) - China lodged a formal protest with Japan on Monday over the visit.",
                 "2024-06-18", id="a_formal_protest_lodged"),
    pytest.param("SATTAHIP, Thailand (AP) - Marines came ashore at a beach near the naval base on Friday in an "
                 "amphibious landing exercise, as landing craft and amphibious assault vehicles carried hundreds of "
                 "troops onto the sand during the annual multinational drills.",
                 "2025-03-01", id="assault_vehicles_in_a_landing_exercise"),
    pytest.param("KAMPALA (AFP) - Soldiers joined police and Red Cross volunteers on Saturday in digging for "
                 "survivors after landslides triggered by heavy rain buried four villages in the east, killing at "
                 "least 12 people.",
                 "2024-11-30", id="a_landslide_killing_people_beside_soldiers_digging"),
    pytest.param("MUNICH (dpa) - A 70-year-old man has been arrested on suspicion of killing his neighbour with a "
                 "spade after an argument over a garden fence in a village in Bavaria, police said on Tuesday.",
                 "2025-05-20", id="a_quarrel_between_neighbours"),
    pytest.param("BREMEN, Germany (dpa) - The city's police opened their training centre and shooting range to the "
                 "public on Sunday, drawing some 5,000 visitors to a day of demonstrations, simulators and "
                 "recruitment stands.",
                 "2025-06-02", id="an_open_days_demonstrations"),
    pytest.param("LISBON (Lusa) - Police said on Thursday they had broken up a pickpocket ring that stole hundreds of "
                 "phones from tourists on the city's trams and sold them abroad.",
                 "2025-06-06", id="a_pickpocket_ring"),
    pytest.param("MACHAKOS, Kenya (Xinhua) - A swarm of bees attacked pupils at a primary school on Wednesday, "
                 "stinging more than 40 children, the county education officer said.",
                 "2025-06-05", id="a_swarm_of_bees"),
]


@pytest.mark.parametrize(("text", "published"), NO_EVENT_STORIES)
def test_stories_with_no_event_to_code(extract, text, published):
    assert extract(text, published) == []
