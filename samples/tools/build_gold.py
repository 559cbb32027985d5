"""Write samples/gold.jsonl and samples/manifest.jsonl from the coding below.

The coding is done by hand (see samples/README.md for the conventions); this script only
fills in gazetteer fields (GeoNames ids, coordinates, admin1 names) and validates every
record against eventlens.schema.Event.  Run: .venv/bin/python samples/tools/build_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from coding import (  # noqa: E402
    A,
    N,
    P,
    R,
    atleast,
    civ,
    day,
    ev,
    exact,
    mil,
    pol,
    span,
    uag,
    write_gold,
)

SAMPLES = Path(__file__).resolve().parents[1]

# --- 01 Kut: the defining example (exactly three events) -----------------------------------
d = "01_kut_protest"
# The brief's defining example: violence against protesters by an armed faction, with Asaib Ahl
# al-Haq as the perpetrator a member of parliament attributes it to (associate actor).
ev(d, 1, "Attack", day("2022-01-07"),
   uag("Iraq", "IRQ", "Gunmen belonging to an armed faction"),
   A("Protesters (Iraq)", "two protesters", 6, "IRQ"),
   P("Al-Kut", "IQ"), fat=N(), inj=exact(2), crowd=dict(low=150, high=200),
   assoc1=[A("Asaib Ahl al-Haq", "members of Asaib Ahl al-Haq", 3, "IRQ", ("Popular Mobilization Forces",))],
   attribution=[("security source", "a security source said"),
                ("member of parliament", "A member of parliament from Wasit province ... told AFP")],
   claims=[("member of parliament", "accuse", "Asaib Ahl al-Haq",
            "a video circulating online showed members of Asaib Ahl al-Haq firing at the protesters")])
ev(d, 2, "Air/drone strike", day("2020-01-03"),
   mil("the United States", "USA", "the American drone strike", 8),
   A("Military Forces of Iran", "Iranian general Qasem Soleimani", 8, "IRN"),
   P("Baghdad", "IQ"), background=True, fat=exact(2),
   assoc2=[A("Popular Mobilization Forces", "Abu Mahdi al-Muhandis, the deputy head of the Popular Mobilization Forces", 3, "IRQ")])
ev(d, 3, "Shelling/artillery/missile attack", span("2022-01-01", "2022-01-07", "week"),
   uag("Iraq", "IRQ", "rocket attacks"),
   mil("the United States", "USA", "troops of the US-led coalition", 8),
   R("Al Anbar", "IQ", "Ramadi"), fat=exact(0), inj=exact(0),
   claims=[("Washington", "accuse", "Iran-backed groups",
            "Washington blamed the attacks on Iran-backed groups.")])

d = "02_idlib_market_strike"
ev(d, 1, "Air/drone strike", day("2023-10-09"), mil("Russia", "RUS", "Russian warplanes", 8),
   civ("Syria", "SYR", "at least nine civilians"), P("Jisr ash Shughur", "SY"),
   fat=atleast(9), inj=atleast(30),
   attribution=[("Syrian Observatory for Human Rights", "a war monitor said"),
                ("AFP correspondent", "An AFP correspondent in the town saw")],
   claims=[("Russian defence ministry", "deny", None,
            "The Russian defence ministry denied that its aircraft had targeted civilian sites")])

d = "03_marib_clashes"
ev(d, 1, "Armed clash", day("2022-01-23"),
   mil("Yemen", "YEM", "Yemeni government forces"),
   A("Ansar Allah", "Houthi rebels", 2, "YEM"), P("Marib", "YE", 2), fat=atleast(14),
   attribution=[("military officials", "military officials on both sides said"),
                ("government military official", "a government military official said on condition of anonymity")],
   claims=[("Al-Masirah television", "claim responsibility", "hilltop",
            "claimed that its fighters had captured a strategic hilltop overlooking the road"),
           ("Military Forces of Yemen", "deny", None, "The army denied losing any position")])

d = "04_kabul_school_bombing"
ev(d, 1, "Suicide bomb", day("2022-09-30"), uag("Afghanistan", "AFG", "A suicide bomber"),
   civ("Afghanistan", "AFG", "Students"), P("Kabul", "AF"), fat=atleast(19), inj=exact(27),
   attribution=[("police", "Kabul police spokesman Khalid Zadran said")])
ev(d, 2, "Remote explosive/landmine/IED", day("2021-05-08"),
   uag("Afghanistan", "AFG", "a car bomb followed by two smaller blasts"),
   civ("Afghanistan", "AFG", "most of them students"), P("Kabul", "AF"), background=True,
   fat=exact(85))

d = "05_peshawar_mosque_bombing"
ev(d, 1, "Suicide bomb", day("2023-01-30"), uag("Pakistan", "PAK", "The bomber"),
   pol("Pakistan", "PAK", "Most of the dead were police officers"), P("Peshawar", "PK"),
   fat=atleast(84), inj=atleast(150),
   attribution=[("officials", "officials said"),
                ("hospital spokesman", "according to a spokesman for Lady Reading Hospital")],
   claims=[("commander of Tehreek-e-Taliban Pakistan", "claim responsibility", None,
            "A commander of the Pakistani Taliban ... claimed responsibility for the bombing"),
           ("Tehreek-e-Taliban Pakistan", "deny", None,
            "the group's main spokesman, Mohammad Khurasani, distanced the TTP from the attack")])

d = "06_turbat_roadside_bomb"
ev(d, 1, "Remote explosive/landmine/IED", day("2023-06-11"),
   A("Baloch Liberation Front", "The Baloch Liberation Front", 2, "PAK"),
   mil("Pakistan", "PAK", "a Frontier Corps vehicle"), P("Turbat", "PK", 2),
   fat=exact(2), inj=exact(3),
   attribution=[("Inter-Services Public Relations", "the military's media wing said")],
   claims=[("Baloch Liberation Front", "claim responsibility", None,
            "claimed responsibility in an emailed statement to journalists")])

d = "07_manipur_mob_arrests"
ev(d, 1, "Mob violence", day("2023-05-27"), A("Rioters (India)", "a mob", 5, "IND"),
   civ("India", "IND", "One man"), P("Churachandpur", "IN", 2), fat=exact(1),
   attribution=[("police officer", "a police officer in the district said, asking not to be named")])
ev(d, 2, "Arrests", day("2023-05-27"), pol("India", "IND", "Police in the state capital, Imphal"),
   civ("India", "IND", "12 people"), P("Imphal", "IN"), arr=exact(12),
   attribution=[("police", "Police in the state capital, Imphal, said")])

d = "08_sagaing_village_airstrike"
ev(d, 1, "Air/drone strike", day("2023-04-11"), mil("Myanmar", "MMR", "A Myanmar military air strike"),
   civ("Myanmar", "MMR", "about 100 people ... including women and children"),
   P("Kanbalu", "MM", 2), fat=N(None, 100, None),
   attribution=[("witnesses", "according to witnesses and local media")],
   claims=[("Military Forces of Myanmar", "claim responsibility", "People's Defence Force",
            "the army had targeted a ceremony held by the People's Defence Force")])

d = "09_laukkaing_captured"
ev(d, 1, "Non-state actor overtakes territory", day("2024-01-05"),
   A("Myanmar National Democratic Alliance Army", "The Myanmar National Democratic Alliance Army (MNDAA)",
     2, "MMR", ("Three Brotherhood Alliance",)),
   mil("Myanmar", "MMR", "hundreds of soldiers at the army's regional command"),
   P("Laukkai", "MM"),
   claims=[("Myanmar National Democratic Alliance Army", "claim responsibility", "Laukkaing",
            "said on Saturday it had taken full control of Laukkaing")])

d = "10_kuriga_school_abduction"
ev(d, 1, "Abduction/forced disappearance", day("2024-03-07"), uag("Nigeria", "NGA", "Gunmen"),
   civ("Nigeria", "NGA", "at least 287 pupils and teachers"), P("Kaduna", "NG", 2), fat=exact(1),
   attribution=[("teacher", "a teacher and local residents said")])
ev(d, 2, "Abduction/forced disappearance", day("2024-02-29"),
   uag("Nigeria", "NGA", "suspected Islamist militants"),
   civ("Nigeria", "NGA", "dozens of displaced women"), R("Borno", "NG", "Maiduguri"),
   background=True, attribution=[("UNICEF", "was confirmed by the United Nations children's agency")])

d = "11_boni_army_post_attack"
ev(d, 1, "Armed clash", day("2023-07-01"),
   A("JNIM", "The Al-Qaeda-linked Group for the Support of Islam and Muslims, known by its Arabic acronym JNIM",
     2, "MLI", ("Al Qaeda",)),
   mil("Mali", "MLI", "Malian soldiers"), P("Douentza", "ML", 2), fat=N(15, 35, None), inj=N(3, 3, None),
   attribution=[("army", "the army said in a statement read on state television")],
   claims=[("JNIM", "claim responsibility", None, "claimed the attack in a message on its propaganda channels"),
           ("Military Forces of Mali", "deny", None, "The army denied reports ... that the post had been overrun")])

d = "12_djibo_convoy_ied"
ev(d, 1, "Remote explosive/landmine/IED", day("2022-06-20"), uag("Burkina Faso", "BFA", "an improvised explosive device"),
   civ("Burkina Faso", "BFA", "Two truck drivers"), P("Djibo", "BF", 2), fat=exact(2), inj=exact(4),
   attribution=[("security source", "a security source told AFP")])
ev(d, 2, "Government regains territory", day("2022-06-18"), mil("Burkina Faso", "BFA", "the army"),
   uag("Burkina Faso", "BFA", "the jihadist fighters who had been occupying it"), P("Aribinda", "BF"),
   attribution=[("army", "the army said")])

d = "13_rutshuru_m23_advance"
ev(d, 1, "Non-state actor overtakes territory", day("2022-10-29"), A("M23", "M23 rebels", 2, "COD"),
   mil("Democratic Republic of Congo", "COD", "the army"), P("Rutshuru", "CD"),
   attribution=[("residents", "residents and a rebel spokesman said")])
ev(d, 2, "Shelling/artillery/missile attack", day("2022-10-30"),
   uag("Democratic Republic of Congo", "COD", "shells"),
   civ("Democratic Republic of Congo", "COD", "three civilians"), P("Sake", "CD", 2), inj=exact(3),
   attribution=[("local official", "a local official said")],
   claims=[("Military Forces of Democratic Republic of Congo", "accuse", "M23", "The army said the shells were fired by M23"),
           ("M23", "deny", None, "the rebels denied it")])

d = "14_ituri_camp_attack"
ev(d, 1, "Attack", day("2022-02-01"),
   A("CODECO", "members of the CODECO militia", 3, "COD", ("Lendu Ethnic Militia",)),
   civ("Democratic Republic of Congo", "COD", "displaced people"), P("Djugu", "CD", 2),
   fat=atleast(60), inj=N(None, 40, None),
   attribution=[("local officials", "local officials and a humanitarian source said"),
                ("AFP reporter", "An AFP reporter who reached the camp on Wednesday saw")])

d = "15_darfur_omdurman"
ev(d, 1, "Air/drone strike", day("2023-07-08"), mil("Sudan", "SDN", "a military aircraft"),
   civ("Sudan", "SDN", "at least 22 people"), P("Omdurman", "SD"), fat=atleast(22),
   attribution=[("health ministry", "Sudan's health ministry said")],
   claims=[("Military Forces of Sudan", "deny", None, "The army ... denied targeting civilians")])
ev(d, 2, "Armed clash", day("2023-07-08"), mil("Sudan", "SDN", "army troops"),
   A("Rapid Support Forces", "RSF fighters", 2, "SDN"), P("Omdurman", "SD"),
   attribution=[("witnesses", "witnesses said")])
ev(d, 3, "Sexual violence", span("2023-06-26", "2023-07-02", "week"),
   A("Rapid Support Forces", "RSF fighters and allied Arab militiamen", 2, "SDN"),
   civ("Sudan", "SDN", "at least eight women and girls"), P("El Geneina", "SD", 2),
   attribution=[("doctors", "doctors said")],
   claims=[("Rapid Support Forces", "deny", None, "An RSF adviser denied that its forces were involved")])

d = "16_mogadishu_mortars_harardhere"
ev(d, 1, "Shelling/artillery/missile attack", day("2023-01-16"), A("Al Shabaab", "al Shabaab", 2, "SOM"),
   mil("Somalia", "SOM", "the presidential palace"), P("Mogadishu", "SO"), fat=exact(0), inj=exact(0),
   attribution=[("police", "police said")],
   claims=[("Al Shabaab", "claim responsibility", None, "claimed responsibility in a statement on its Andalus radio station")])
ev(d, 2, "Government regains territory", day("2023-01-16"), mil("Somalia", "SOM", "Somali troops"),
   A("Al Shabaab", "al Shabaab", 2, "SOM"), P("Xarardheere", "SO"), fat=N(3, 3, None),
   assoc1=[A("Clan Militia (Somalia)", "clan militias", 4, "SOM")],
   attribution=[("information ministry", "the information ministry said")])

d = "17_amhara_drone_fano"
ev(d, 1, "Air/drone strike", day("2023-08-13"), mil("Ethiopia", "ETH", "federal forces"),
   civ("Ethiopia", "ETH", "at least 26 people"), P("Finote Selam", "ET"), fat=atleast(26), inj=exact(55),
   attribution=[("health official", "a local health official said")],
   claims=[("residents", "accuse", "Military Forces of Ethiopia", "Two residents said they blamed federal forces for the attack")])
ev(d, 2, "Non-state actor overtakes territory", span("2023-08-01", "2023-08-14", "month"),
   A("Fano", "fighters of the Fano militia", 4, "ETH"), None, P("Lalibela", "ET"),
   attribution=[("residents", "according to residents and a diplomatic source")])

d = "18_kenya_finance_bill_protests"
ev(d, 1, "Protest with intervention", day("2024-06-18"), A("Protesters (Kenya)", "hundreds of young protesters", 6, "KEN"),
   pol("Kenya", "KEN", "Kenyan police"), P("Nairobi", "KE"), arr=atleast(24), crowd=dict(low=200, high=None),
   attribution=[("AFP journalists", "AFP journalists saw"), ("Amnesty International Kenya", "Amnesty International Kenya said")])
ev(d, 2, "Peaceful protest", day("2024-06-18"), A("Protesters (Kenya)", "several hundred people", 6, "KEN"), None,
   P("Mombasa", "KE"), arr=exact(0), crowd=dict(low=300, high=None),
   attribution=[("police commander", "a local police commander said")])

d = "19_cauca_clash_jamundi"
ev(d, 1, "Armed clash", day("2023-09-16"), mil("Colombia", "COL", "Two Colombian soldiers"),
   A("Central General Staff", "members of the Carlos Patino front of the so-called Central General Staff (EMC)",
     2, "COL", ("FARC dissidents",)),
   P("Argelia", "CO", 2), fat=exact(2), inj=exact(4), attribution=[("army", "the army said")])
ev(d, 2, "Remote explosive/landmine/IED", day("2023-09-17"), uag("Colombia", "COL", "a motorcycle packed with explosives"),
   pol("Colombia", "COL", "three police officers"), P("Jamundi", "CO"), inj=exact(3),
   attribution=[("mayor", "the local mayor said")],
   claims=[("Police Forces of Colombia", "accuse", "Central General Staff", "The police blamed the EMC")])

d = "20_pasto_peace_agreement"
ev(d, 1, "Agreement", day("2024-09-07"), A("Government of Colombia", "Colombia's government", 1, "COL"),
   A("Comuneros del Sur", "the Comuneros del Sur, a splinter group of the ELN guerrillas", 2, "COL"),
   P("Pasto", "CO"), attribution=[("officials", "officials said")])

d = "21_culiacan_violence"
ev(d, 1, "Armed clash", day("2024-09-12"), A("Sinaloa Cartel", "Gunmen", 3, "MEX"),
   mil("Mexico", "MEX", "an army patrol"), P("Culiacan", "MX"), fat=exact(2), inj=exact(0), arr=exact(1),
   attribution=[("Defense Ministry", "the Defense Ministry said")])
ev(d, 2, "Attack", day("2024-09-13"), uag("Mexico", "MEX", ""), civ("Mexico", "MEX", "five men"),
   P("Culiacan", "MX", 2), fat=exact(5), attribution=[("state prosecutor", "the state prosecutor's office said")])
ev(d, 3, "Arrests", span("2024-07-01", "2024-07-31", "month"), pol("the United States", "USA", "U.S. agents"),
   A("Sinaloa Cartel", 'cartel leader Ismael "El Mayo" Zambada', 3, "MEX"), P("El Paso", "US", 2),
   background=True, arr=exact(1))

d = "22_santiago_metro_riots"
ev(d, 1, "Violent demonstration", day("2019-10-18"), A("Rioters (Chile)", "Protesters", 5, "CHL"),
   pol("Chile", "CHL", "Police"), P("Santiago", "CL"), inj=atleast(156), arr=exact(308),
   attribution=[("government", "The government said")])
ev(d, 2, "Peaceful protest", day("2019-10-18"), A("Protesters (Chile)", "hundreds of students", 6, "CHL"), None,
   P("Valparaiso", "CL"), crowd=dict(low=200, high=None), attribution=[("Reuters witness", "a Reuters witness said")])

d = "23_france_pension_protests"
ev(d, 1, "Violent demonstration", day("2023-03-23"), A("Rioters (France)", "groups of black-clad youths", 5, "FRA"),
   pol("France", "FRA", "police"), P("Paris", "FR"), arr=exact(103), crowd=dict(low=119000, high=800000),
   attribution=[("interior ministry", "the interior ministry said"), ("CGT union", "the CGT union said")])
ev(d, 2, "Peaceful protest", day("2023-03-23"), A("Protesters (France)", "around 16,000 people", 6, "FRA"), None,
   P("Marseille", "FR"), crowd=dict(low=16000, high=280000),
   attribution=[("police", "according to police"), ("unions", "unions put the figure at 280,000")])

d = "24_ukraine_strikes_intercepts"
ev(d, 1, "Shelling/artillery/missile attack", day("2023-10-31"), mil("Russia", "RUS", "A Russian missile", 8),
   civ("Ukraine", "UKR", "three people"), P("Kharkiv", "UA"), fat=exact(3), inj=exact(20),
   attribution=[("regional governor", "regional governor Oleh Synehubov said")])
ev(d, 2, "Air/drone strike", day("2023-10-31"), mil("Russia", "RUS", "Russian attack drones", 8),
   civ("Ukraine", "UKR", "four workers"), P("Odesa", "UA"), inj=exact(4),
   attribution=[("regional administration", "the regional administration said")])
ev(d, 3, "Disrupted weapons use", span("2023-10-31", "2023-11-01", "range"),
   mil("Ukraine", "UKR", "Ukraine's air force"), mil("Russia", "RUS", "Iranian-made Shahed drones", 8),
   R("Kyivska oblast", "UA", "Kyiv"), attribution=[("Ukrainian air force", "Ukraine's air force said")])

d = "25_chasiv_yar_gas"
ev(d, 1, "Chemical weapon", day("2024-05-03"), mil("Russia", "RUS", "Russian forces", 8),
   mil("Ukraine", "UKR", "Ukrainian positions"), P("Chasiv Yar", "UA", 2), inj=N(3, 3, None),
   attribution=[("Ukrainian military", "Ukraine's military said")],
   claims=[("Ukrainian military", "accuse", "Military Forces of Russia", "accusing Moscow of breaching the Chemical Weapons Convention"),
           ("Kremlin", "deny", None, "The Kremlin denied the accusation")])

d = "26_negros_clash_cotabato_grenade"
ev(d, 1, "Armed clash", day("2023-11-06"), mil("the Philippines", "PHL", "Philippine army troops"),
   A("New People's Army", "communist New People's Army rebels", 2, "PHL", ("Communist Party of the Philippines",)),
   P("Himamaylan", "PH", 2), fat=exact(3), attribution=[("military", "the military said")])
ev(d, 2, "Grenade", day("2023-11-05"), uag("Philippines", "PHL", "an unidentified man"),
   civ("Philippines", "PHL", "five people"), P("Cotabato", "PH"), inj=exact(5), attribution=[("police", "police said")])

d = "27_bangladesh_wage_protest_clash"
ev(d, 1, "Excessive force against protesters", day("2023-10-30"), pol("Bangladesh", "BGD", "Bangladesh police"),
   A("Protesters (Bangladesh)", "garment workers demanding higher wages", 6, "BGD"), P("Gazipur", "BD"),
   fat=exact(1), inj=atleast(10), crowd=dict(low=2000, high=None),
   attribution=[("police and union leaders", "police and union leaders said")])
ev(d, 2, "Mob violence", day("2023-10-29"), A("Rioters (Bangladesh)", "activists of the ruling Awami League", 5, "BGD", ("Awami League",)),
   A("Rioters (Bangladesh)", "the opposition Bangladesh Nationalist Party", 5, "BGD", ("Bangladesh Nationalist Party",)),
   P("Chattogram", "BD"), inj=exact(15), attribution=[("police", "police said")])

d = "28_nabatieh_drone_metula_rockets"
ev(d, 1, "Air/drone strike", day("2023-11-07"), mil("Israel", "ISR", "An Israeli drone strike", 8),
   A("Hezbollah", "two Hezbollah fighters", 3, "LBN"), P("Nabatieh", "LB", 2), fat=exact(2),
   attribution=[("security source", "a security source said")],
   claims=[("Military Forces of Israel", "claim responsibility", "Hezbollah", "The Israeli army said it had struck \"a terrorist cell\"")])
ev(d, 2, "Shelling/artillery/missile attack", day("2023-11-07"), A("Hezbollah", "Hezbollah", 3, "LBN"),
   mil("Israel", "ISR", "Israeli positions"), P("Metula", "IL", 2), fat=exact(0), inj=exact(0),
   attribution=[("Israeli army", "The Israeli army said")],
   claims=[("Hezbollah", "claim responsibility", None, "Hezbollah said it fired a salvo of rockets")])

d = "29_sinjil_settlers_jenin_arrests"
ev(d, 1, "Looting/property destruction", day("2023-09-15"), A("Settlers (Israel)", "Israeli settlers", 4, "ISR"),
   civ("Palestine", "PSE", "the Palestinian village of Sinjil"), P("Sinjil", "PS"), fat=exact(0), inj=exact(0),
   attribution=[("residents", "residents and the Palestinian Red Crescent said")],
   claims=[("Palestinian foreign ministry", "accuse", "Military Forces of Israel",
            "accused settlers of acting under the protection of the army")])
ev(d, 2, "Arrests", span("2023-09-15", "2023-09-16", "range"), mil("Israel", "ISR", "Israeli forces", 8),
   civ("Palestine", "PSE", "14 Palestinians"), P("Jenin", "PS"), arr=exact(14),
   attribution=[("Palestinian Prisoners' Society", "the Palestinian Prisoners' Society said")])

d = "30_sinjar_turkish_drone"
ev(d, 1, "Air/drone strike", day("2023-08-23"), mil("Turkey", "TUR", "A drone strike", 8),
   A("Sinjar Resistance Units", "two members of a local Yazidi armed group", 3, "IRQ",
     ("Kurdistan Workers' Party", "Popular Mobilization Forces")),
   P("Sinjar", "IQ", 2), fat=exact(2),
   attribution=[("security officials", "Iraqi security officials said")],
   claims=[("Turkish defence ministry", "claim responsibility", "Kurdistan Workers' Party",
            "it had \"neutralised\" two PKK militants in northern Iraq")])

d = "31_tarmiyah_ied_kirkuk_arrests"
ev(d, 1, "Remote explosive/landmine/IED", day("2023-05-03"), A("Islamic State", "The Islamic State group", 2, "IRQ"),
   mil("Iraq", "IRQ", "two Iraqi soldiers"), P("Tarmiyah", "IQ", 2), fat=exact(2), inj=exact(1),
   attribution=[("security sources", "security sources said")],
   claims=[("Islamic State", "claim responsibility", None, "claimed the attack in a statement on its Amaq news agency")])
ev(d, 2, "Arrests", day("2023-05-04"), mil("Iraq", "IRQ", "Iraqi counter-terrorism forces"),
   A("Islamic State", "five suspected Islamic State members", 2, "IRQ"), P("Kirkuk", "IQ"), arr=exact(5),
   attribution=[("Joint Operations Command", "the Joint Operations Command said")])

d = "32_manbij_handover"
ev(d, 1, "Non-violent transfer of territory", day("2019-10-15"), mil("Syria", "SYR", "Syrian government troops"),
   A("Syrian Democratic Forces", "the Kurdish-led Syrian Democratic Forces", 2, "SYR"), P("Manbij", "SY"),
   attribution=[("Syrian state media", "Syrian state media and a war monitor said")])

d = "33_ttp_ceasefire_quetta_bombing"
ev(d, 1, "Suicide bomb", day("2022-11-30"), A("Tehreek-e-Taliban Pakistan", "A suicide bomber", 2, "PAK"),
   pol("Pakistan", "PAK", "a police truck escorting polio vaccinators"), P("Quetta", "PK", 2),
   fat=exact(4), inj=atleast(20), attribution=[("officials", "officials said")],
   claims=[("Tehreek-e-Taliban Pakistan", "claim responsibility", None, "claimed responsibility for the bombing")])
ev(d, 2, "Change to group/activity", day("2022-11-28"),
   A("Tehreek-e-Taliban Pakistan", "the TTP", 2, "PAK"), None, R("Khyber Pakhtunkhwa", "PK", "Peshawar"),
   claims=[("Tehreek-e-Taliban Pakistan", "claim responsibility", None,
            "announced on Monday that it was ending the ceasefire")])

d = "34_cabo_delgado_insurgent_base"
ev(d, 1, "Headquarters or base established", span("2023-11-29", "2023-12-26", "month"),
   A("Islamic State", "Islamic State-linked insurgents", 2, "MOZ"), None, P("Macomia", "MZ", 2),
   attribution=[("residents", "residents and a local official said")])
ev(d, 2, "Attack", day("2023-12-24"), A("Islamic State", "insurgents", 2, "MOZ"),
   civ("Mozambique", "MOZ", "two fishermen"), P("Macomia", "MZ", 2), fat=exact(2),
   attribution=[("local source", "according to a local source and the monitoring project Cabo Ligado")])

d = "35_bokkos_village_attacks"
ev(d, 1, "Attack", span("2023-12-23", "2023-12-24", "range"), uag("Nigeria", "NGA", "Armed gangs"),
   civ("Nigeria", "NGA", "at least 160 people"), P("Bokkos", "NG", 2), fat=N(160, 160, 200), inj=atleast(300),
   attribution=[("local officials", "local officials said on Tuesday")],
   claims=[("local leaders", "accuse", "herders", "Local leaders blamed the killings on herders")])
ev(d, 2, "Arrests", day("2023-12-26"), mil("Nigeria", "NGA", "The army"), civ("Nigeria", "NGA", "eight suspects"),
   P("Bokkos", "NG"), arr=exact(8), attribution=[("army", "The army said")])

d = "36_farmers_march_ambala"
ev(d, 1, "Protest with intervention", day("2024-02-13"), A("Protesters (India)", "thousands of farmers", 6, "IND"),
   pol("India", "IND", "Indian police"), P("Ambala", "IN", 2), inj=atleast(24), crowd=dict(low=2000, high=None),
   attribution=[("farm leaders", "Farm leaders said")],
   claims=[("Police Forces of India", "deny", None, "police denied using rubber bullets")])

d = "37_ashkelon_rockets_intercepts"
ev(d, 1, "Shelling/artillery/missile attack", day("2021-05-11"), A("Hamas", "Hamas's armed wing", 2, "PSE"),
   civ("Israel", "ISR", "two women"), P("Ashkelon", "IL"), fat=exact(2), inj=N(3, 3, None),
   attribution=[("Israeli medics", "Israeli medics said")],
   claims=[("Hamas", "claim responsibility", None, "Hamas's armed wing claimed responsibility for the barrages")])
ev(d, 2, "Disrupted weapons use", day("2021-05-11"), mil("Israel", "ISR", "Israel's Iron Dome system"),
   A("Hamas", "Hamas", 2, "PSE"), P("Tel Aviv", "IL"), attribution=[("Reuters witness", "a Reuters witness saw")])


# --- 38-67: second batch, written without running the extractor on them ----------------------
d = "38_mali_algiers_accord_ended"
ev(d, 1, "Change to group/activity", day("2024-01-25"), A("Government of Mali", "Mali's military government", 1, "MLI"),
   None, P("Bamako", "ML"), attribution=[("state television", "according to a statement read on state television")])
ev(d, 2, "Non-violent transfer of territory", span("2023-08-01", "2023-08-31", "month"), mil("Mali", "MLI", "the army"),
   A("MINUSMA", "the peacekeepers", 8, None), P("Timbuktu", "ML", 2), background=True)
ev(d, 3, "Government regains territory", span("2023-11-01", "2023-11-30", "month"), mil("Mali", "MLI", "Malian troops"),
   A("Coordination of Azawad Movements", "the CMA rebels", 2, "MLI"), P("Kidal", "ML"), background=True,
   assoc1=[A("Wagner Group", "Russian paramilitaries of the Wagner Group", 8, "RUS")])

d = "39_barsalogho_trench_massacre"
ev(d, 1, "Attack", day("2024-08-24"),
   A("JNIM", "The Group for the Support of Islam and Muslims (JNIM), Al-Qaeda's affiliate in the Sahel", 2, "BFA", ("Al Qaeda",)),
   civ("Burkina Faso", "BFA", "at least 100 people, many of them civilians digging defensive trenches"),
   P("Kaya", "BF", 2), fat=atleast(100), inj=N(24, 24, None),
   assoc2=[A("Volunteers for the Defence of the Homeland", "members of the army's civilian auxiliaries, the Volunteers for the Defence of the Homeland (VDP)", 3, "BFA")],
   attribution=[("security sources", "security sources and residents said"), ("security source", "a security source told AFP")],
   claims=[("JNIM", "claim responsibility", None,
            "claimed responsibility for the attack on Sunday, saying its fighters had killed some 300 \"militiamen\"")])
ev(d, 2, "Armed clash", span("2024-06-01", "2024-06-30", "month"), A("JNIM", "JNIM fighters", 2, "BFA", ("Al Qaeda",)),
   mil("Burkina Faso", "BFA", "an army post"), R("Sahel", "BF", "Dori"), background=True, fat=atleast(100),
   attribution=[("security sources", "according to security sources")],
   claims=[("JNIM", "claim responsibility", None, "The group also claimed that attack.")])

d = "40_niamey_french_base_rally"
ev(d, 1, "Peaceful protest", day("2023-09-02"), A("Protesters (Niger)", "Around 20,000 people", 6, "NER"), None,
   P("Niamey", "NE"), arr=exact(0), crowd=dict(low=20000, high=50000),
   attribution=[("police", "according to police"), ("organisers", "organisers put the turnout at 50,000"),
                ("police officer", "a police officer at the scene said")])
ev(d, 2, "Remote explosive/landmine/IED", day("2023-08-31"), uag("Niger", "NER", "an explosive device"),
   mil("Niger", "NER", "five soldiers"), P("Tillaberi", "NE", 2), fat=exact(5), inj=exact(3),
   attribution=[("defence ministry", "Niger's defence ministry said on Friday")])

d = "41_marte_base_overrun_retaken"
ev(d, 1, "Non-state actor overtakes territory", day("2021-04-16"),
   A("Islamic State West Africa Province", "Jihadists from the Islamic State West Africa Province (ISWAP)", 2, "NGA", ("Islamic State",)),
   mil("Nigeria", "NGA", "troops"), P("Marte", "NG"), fat=atleast(5),
   attribution=[("military sources", "two military sources and a resident said")],
   claims=[("Islamic State West Africa Province", "claim responsibility", "Marte",
            "claimed the capture of the base in a statement carried by the Islamic State group's Amaq propaganda agency")])
ev(d, 2, "Government regains territory", day("2021-04-17"), mil("Nigeria", "NGA", "troops supported by air strikes"),
   A("Islamic State West Africa Province", "insurgents", 2, "NGA", ("Islamic State",)), P("Marte", "NG"),
   attribution=[("army", "an army spokesman said in a statement")])

d = "42_zamfara_abduction_gusau_mob"
ev(d, 1, "Abduction/forced disappearance", day("2022-02-13"), uag("Nigeria", "NGA", "Gunmen on motorcycles"),
   civ("Nigeria", "NGA", "at least 50 people, most of them women and children"), P("Maru", "NG", 2), fat=exact(2),
   attribution=[("residents", "residents said"), ("police spokesman", "A Zamfara police spokesman confirmed the attack")])
ev(d, 2, "Mob violence", day("2022-02-14"), A("Rioters (Nigeria)", "an angry crowd", 5, "NGA"),
   civ("Nigeria", "NGA", "two men accused of selling fuel to the bandits"), P("Gusau", "NG"), fat=exact(2), arr=exact(4),
   attribution=[("police", "police said")])
ev(d, 3, "Agreement", day("2022-02-10"), A("Government of Nigeria", "state officials", 1, "NGA"),
   uag("Nigeria", "NGA", "a bandit leader, Abu Radde"), P("Dan Musa", "NG"),
   assoc1=[civ("Nigeria", "NGA", "community leaders")],
   attribution=[("state government", "the state government said")])

d = "43_beni_adf_raid_ituri"
ev(d, 1, "Attack", day("2024-06-07"),
   A("Allied Democratic Forces", "Rebels of the Allied Democratic Forces (ADF)", 2, "COD", ("Islamic State",)),
   civ("Democratic Republic of Congo", "COD", "at least 40 civilians"), P("Oicha", "CD", 2),
   fat=atleast(40), inj=N(3, 3, None), attribution=[("local administrator", "the local administrator said")],
   claims=[("Islamic State", "claim responsibility", None, "The Islamic State group ... claimed the attack on its Telegram channels")])
ev(d, 2, "Armed clash", day("2024-06-08"), mil("Democratic Republic of Congo", "COD", "its troops"),
   A("Allied Democratic Forces", "six ADF fighters", 2, "COD", ("Islamic State",)), P("Oicha", "CD", 2), fat=exact(8),
   attribution=[("army", "The army said")])
ev(d, 3, "Sexual violence", span("2024-06-03", "2024-06-09", "week"), uag("Democratic Republic of Congo", "COD", "armed men"),
   civ("Democratic Republic of Congo", "COD", "11 women"), P("Bunia", "CD", 2),
   attribution=[("MSF", "the medical charity Doctors Without Borders (MSF) said")])

d = "44_goma_falls_kinshasa_embassies"
ev(d, 1, "Non-state actor overtakes territory", span("2025-01-26", "2025-01-27", "range"),
   A("M23", "M23 rebels", 2, "COD", ("Congo River Alliance",)), mil("Democratic Republic of Congo", "COD", "the army"),
   P("Goma", "CD"), fat=atleast(17), inj=atleast(360),
   attribution=[("residents", "residents and UN sources said"), ("doctors", "Doctors at Goma's main hospital said")],
   claims=[("Congo River Alliance", "claim responsibility", "Goma", "\"Goma is liberated,\" said a spokesman for the Congo River Alliance (AFC)"),
           ("Government of Democratic Republic of Congo", "accuse", "Military Forces of Rwanda",
            "Congo's government accused neighbouring Rwanda of sending its own troops to fight alongside the rebels"),
           ("Government of Rwanda", "deny", None, "Kigali denies backing the M23")])
ev(d, 2, "Violent demonstration", day("2025-01-28"),
   A("Rioters (Democratic Republic of Congo)", "hundreds of protesters", 5, "COD"),
   pol("Democratic Republic of Congo", "COD", "Police"), P("Kinshasa", "CD"), crowd=dict(low=200, high=None),
   attribution=[("Reuters witnesses", "Reuters witnesses said")])

d = "45_oromia_students_bus_abduction"
ev(d, 1, "Abduction/forced disappearance", day("2024-07-03"), uag("Ethiopia", "ETH", "Gunmen"),
   civ("Ethiopia", "ETH", "dozens of university students"), P("Gebre Guracha", "ET", 2), fat=exact(0), inj=exact(0),
   attribution=[("student and relatives", "a student who escaped and relatives of captives said")],
   claims=[("Oromia regional government", "accuse", "Oromo Liberation Army",
            "The Oromia regional government blamed the Oromo Liberation Army (OLA)"),
           ("Oromo Liberation Army", "deny", None, "The OLA denied any involvement."),
           ("Oromo Liberation Army", "accuse", "government-allied militias",
            "accusing government-allied militias of carrying it out")])

d = "46_el_fasher_camp_shelling_nyala"
ev(d, 1, "Shelling/artillery/missile attack", day("2024-08-11"),
   A("Rapid Support Forces", "the paramilitary Rapid Support Forces (RSF)", 2, "SDN"),
   civ("Sudan", "SDN", "at least 14 people"), P("El Fasher", "SD", 2), fat=atleast(14), inj=N(24, 24, None),
   attribution=[("Abu Shouk emergency response room", "a local volunteer group said")],
   claims=[("Rapid Support Forces", "deny", None, "The RSF ... denied targeting civilians")])
ev(d, 2, "Air/drone strike", day("2024-08-10"), mil("Sudan", "SDN", "the army"),
   A("Rapid Support Forces", "the RSF", 2, "SDN"), P("Nyala", "SD"), attribution=[("witnesses", "two witnesses said")])

d = "47_mogadishu_lido_beach_bombing"
ev(d, 1, "Suicide bomb", day("2024-08-02"), A("Al Shabaab", "the Islamist group al Shabaab", 2, "SOM"),
   civ("Somalia", "SOM", "At least 32 civilians"), P("Mogadishu", "SO"), fat=atleast(37), inj=exact(63), arr=exact(1),
   attribution=[("police", "police said")],
   claims=[("Al Shabaab", "claim responsibility", None,
            "said in a statement on its Andalus radio station that its fighters had carried out the attack")])
ev(d, 2, "Suicide bomb", day("2017-10-14"), uag("Somalia", "SOM", "a suicide truck bombing"),
   civ("Somalia", "SOM", "more than 500 people"), P("Mogadishu", "SO"), background=True, fat=atleast(500),
   claims=[("Government of Somalia", "accuse", "Al Shabaab", "The government blamed al Shabaab, which never claimed it.")])

d = "48_maputo_election_protest_shooting"
ev(d, 1, "Excessive force against protesters", day("2024-10-24"), pol("Mozambique", "MOZ", "Mozambican police"),
   A("Protesters (Mozambique)", "supporters of opposition presidential candidate Venancio Mondlane", 6, "MOZ"),
   P("Maputo", "MZ"), fat=atleast(3), inj=atleast(20), arr=N(24, 24, None), crowd=dict(low=200, high=None),
   attribution=[("Plataforma Decide", "a civil society group said"), ("witnesses", "witnesses said"),
                ("police", "Police said they had detained dozens of people")])
ev(d, 2, "Attack", day("2024-10-19"), uag("Mozambique", "MOZ", "Gunmen"),
   civ("Mozambique", "MOZ", "his lawyer, Elvino Dias, and Paulo Guambe, an official of the Podemos party"),
   P("Maputo", "MZ"), background=True, fat=exact(2),
   claims=[("Venancio Mondlane", "accuse", "security forces", "Mondlane accused the security forces of being behind the killings.")])

d = "49_bamenda_ied_ngarbuh"
ev(d, 1, "Remote explosive/landmine/IED", day("2023-05-16"),
   A("Ambazonia Defence Forces", "the Ambazonia Defence Forces (ADF), one of the main separatist militias", 2, "CMR",
     ("Ambazonian Separatists",)),
   mil("Cameroon", "CMR", "four soldiers"), P("Bamenda", "CM"), fat=exact(0), inj=exact(4),
   attribution=[("military source", "a military source said")],
   claims=[("Ambazonia Defence Forces", "claim responsibility", None,
            "A commander of the Ambazonia Defence Forces (ADF) ... claimed the attack in a video posted on social media"),
           ("Military Forces of Cameroon", "accuse", "Ambazonian Separatists", "The army blamed \"terrorists\"")])
ev(d, 2, "Attack", day("2020-02-14"), mil("Cameroon", "CMR", "soldiers"),
   civ("Cameroon", "CMR", "21 civilians, including 13 children"), R("North-West", "CM", "Bamenda"), background=True,
   fat=exact(21), assoc1=[A("Fulani Ethnic Militia", "armed ethnic Fulani auxiliaries", 4, "CMR")])

d = "50_paletwa_captured_kyauktaw_airstrike"
ev(d, 1, "Non-state actor overtakes territory", day("2024-01-14"),
   A("Arakan Army", "The Arakan Army, an ethnic armed group", 2, "MMR", ("Three Brotherhood Alliance",)),
   mil("Myanmar", "MMR", "soldiers"), R("Chin", "MM", "Hakha"),
   attribution=[("Arakan Army", "The group said in a statement")],
   claims=[("Arakan Army", "claim responsibility", "Paletwa",
            "said on Monday its fighters had captured the town of Paletwa in southern Chin state on Sunday")])
ev(d, 2, "Air/drone strike", day("2024-01-13"), mil("Myanmar", "MMR", "military jets"),
   civ("Myanmar", "MMR", "seven civilians, including three children"), P("Kyauktaw", "MM", 2), fat=exact(7),
   attribution=[("residents", "residents said")])

d = "51_paktika_pakistani_airstrikes"
ev(d, 1, "Air/drone strike", day("2024-12-24"), mil("Pakistan", "PAK", "Pakistani air strikes", 8),
   civ("Afghanistan", "AFG", "at least 46 people, most of them women and children"), R("Paktika", "AF", "Sharana"),
   fat=atleast(46),
   attribution=[("Taliban government spokesman", "a spokesman for the Taliban government said on Wednesday"),
                ("Pakistani security officials", "Two Pakistani security officials, speaking to AFP on condition of anonymity")],
   claims=[("Pakistani security officials", "claim responsibility", "Tehreek-e-Taliban Pakistan",
            "confirmed that jets had carried out the strikes, saying they had targeted hideouts of the Pakistani Taliban")])

d = "52_kabul_women_protest_dispersed"
ev(d, 1, "Protest with intervention", day("2022-08-13"), A("Protesters (Afghanistan)", "about 40 women", 6, "AFG"),
   mil("Afghanistan", "AFG", "Taliban fighters"), P("Kabul", "AF"), arr=exact(0), crowd=dict(low=40, high=None),
   attribution=[("AFP journalists", "AFP journalists saw"), ("organisers", "the organisers said")])
ev(d, 2, "Arrests", span("2022-08-01", "2022-08-07", "week"), pol("Afghanistan", "AFG", "Taliban intelligence agents"),
   civ("Afghanistan", "AFG", "two women rights activists"), P("Kabul", "AF"), arr=exact(2),
   attribution=[("relatives", "relatives said")])

d = "53_bajaur_rally_suicide_bombing"
ev(d, 1, "Suicide bomb", day("2023-07-30"),
   A("Islamic State Khorasan Province", "Islamic State Khorasan Province (ISKP), the group's regional affiliate", 2, "AFG",
     ("Islamic State",)),
   civ("Pakistan", "PAK", "members of the Jamiat Ulema-e-Islam-Fazl (JUI-F) party"), P("Khar", "PK"),
   fat=atleast(54), inj=N(None, 200, None),
   assoc2=[A("Jamiat Ulema-e-Islam (F)", "the Jamiat Ulema-e-Islam-Fazl (JUI-F) party", 3, "PAK")],
   attribution=[("officials", "officials said"), ("health official", "a provincial health official said")],
   claims=[("Islamic State Khorasan Province", "claim responsibility", None,
            "said in a statement on its Amaq news agency that one of its fighters had detonated an explosive vest")])
ev(d, 2, "Arrests", day("2023-07-31"), pol("Pakistan", "PAK", "Police"),
   civ("Pakistan", "PAK", "three men suspected of helping the bomber"), P("Khar", "PK"), arr=exact(3),
   attribution=[("officials", "officials said")])

d = "54_imran_khan_arrest_riots"
ev(d, 1, "Arrests", day("2023-05-09"), mil("Pakistan", "PAK", "Pakistani paramilitary Rangers"),
   A("Pakistan Tehreek-e-Insaf", "former prime minister Imran Khan", 3, "PAK"), P("Islamabad", "PK"), arr=exact(1),
   attribution=[("police", "police said")])
ev(d, 2, "Violent demonstration", day("2023-05-09"),
   A("Rioters (Pakistan)", "hundreds of PTI supporters", 5, "PAK", ("Pakistan Tehreek-e-Insaf",)),
   pol("Pakistan", "PAK", "Police"), P("Lahore", "PK"), crowd=dict(low=200, high=None),
   attribution=[("witnesses", "witnesses said")])
ev(d, 3, "Violent demonstration", day("2023-05-09"),
   A("Rioters (Pakistan)", "another crowd", 5, "PAK", ("Pakistan Tehreek-e-Insaf",)), None, P("Rawalpindi", "PK"),
   attribution=[("witnesses", "witnesses said")])

d = "55_srinagar_grenade_khanyar_gunfight"
ev(d, 1, "Grenade", day("2024-11-03"), uag("India", "IND", "Suspected militants"),
   civ("India", "IND", "12 people"), P("Srinagar", "IN"), fat=exact(0), inj=exact(12),
   attribution=[("police", "police said")])
ev(d, 2, "Armed clash", day("2024-11-02"), mil("India", "IND", "Indian army and police"),
   A("Lashkar-e-Taiba", "a top commander of the Pakistan-based militant group Lashkar-e-Taiba", 2, "PAK"),
   P("Srinagar", "IN"), fat=exact(1), inj=exact(4), assoc1=[pol("India", "IND", "police")],
   attribution=[("police", "police said")])
ev(d, 3, "Armed clash", day("2024-11-02"), mil("India", "IND", "troops"), uag("India", "IND", "two militants"),
   P("Anantnag", "IN", 2), fat=exact(2), attribution=[("army", "the army said")])

d = "56_imphal_student_march_jiribam"
ev(d, 1, "Protest with intervention", day("2024-09-09"), A("Protesters (India)", "thousands of students", 6, "IND"),
   pol("India", "IND", "Police"), P("Imphal", "IN"), inj=atleast(40), crowd=dict(low=2000, high=None),
   attribution=[("student leaders", "student leaders said")])
ev(d, 2, "Attack", day("2024-09-07"), uag("India", "IND", "gunmen"), civ("India", "IND", "a 63-year-old man"),
   P("Jiribam", "IN", 2), fat=exact(1), attribution=[("police", "police said")])

d = "57_marawi_mass_bombing"
ev(d, 1, "Remote explosive/landmine/IED", day("2023-12-03"), A("Islamic State", "the Islamic State group", 2, "PHL"),
   civ("Philippines", "PHL", "students and teachers of Mindanao State University"), P("Marawi", "PH"),
   fat=exact(4), inj=N(None, 50, None),
   attribution=[("officials", "officials said"), ("regional police chief", "the regional police chief said")],
   claims=[("Islamic State", "claim responsibility", None,
            "said in a statement on its Telegram channels that its fighters had detonated the bomb"),
           ("military officials", "accuse", "Dawlah Islamiyah",
            "Military officials said they suspected members of the local Dawlah Islamiyah group")])
ev(d, 2, "Armed clash", day("2023-12-01"), mil("the Philippines", "PHL", "troops"),
   A("Dawlah Islamiyah", "11 Dawlah Islamiyah militants", 2, "PHL", ("Islamic State",)), P("Ampatuan", "PH", 2),
   fat=exact(11), attribution=[("military", "the military said")])
ev(d, 3, "Disrupted weapons use", day("2023-12-04"), pol("the Philippines", "PHL", "police bomb experts"), None,
   P("Cotabato", "PH"), attribution=[("police spokesman", "a police spokesman said")])

d = "58_dhabba_terminal_drone_taiz"
ev(d, 1, "Air/drone strike", day("2022-10-21"), A("Ansar Allah", "Yemen's Houthi movement", 2, "YEM"), None,
   P("Ash Shihr", "YE", 2), fat=exact(0), inj=exact(0),
   attribution=[("government", "the internationally recognised government said")],
   claims=[("Ansar Allah", "claim responsibility", None,
            "A Houthi military spokesman said ... the group's forces had carried out a \"limited warning strike\"")])
ev(d, 2, "Shelling/artillery/missile attack", day("2022-10-20"), A("Ansar Allah", "Houthi shelling", 2, "YEM"),
   civ("Yemen", "YEM", "a child"), P("Taiz", "YE"), fat=exact(1), inj=exact(3),
   attribution=[("medical source", "a medical source and residents said")])

d = "59_aleppo_seized_idlib_strikes"
ev(d, 1, "Non-state actor overtakes territory", day("2024-11-30"),
   A("Hayat Tahrir al-Sham", "Rebels led by the Islamist group Hayat Tahrir al-Sham (HTS)", 2, "SYR"),
   mil("Syria", "SYR", "government forces"), P("Aleppo", "SY"),
   attribution=[("Syrian Observatory for Human Rights", "a war monitor said"), ("AFP correspondents", "AFP correspondents saw")])
ev(d, 2, "Air/drone strike", day("2024-12-01"), mil("Syria", "SYR", "Syrian and Russian warplanes"),
   civ("Syria", "SYR", "at least eight civilians"), P("Idlib", "SY"), fat=atleast(8), inj=N(24, 24, None),
   assoc1=[mil("Russia", "RUS", "Syrian and Russian warplanes", 8)],
   attribution=[("White Helmets", "the White Helmets rescue service said")])

d = "60_baghdad_green_zone_sadr"
ev(d, 1, "Violent demonstration", day("2022-08-29"),
   A("Rioters (Iraq)", "Supporters of Shiite cleric Moqtada Sadr", 5, "IRQ", ("Sadrist Movement",)),
   pol("Iraq", "IRQ", "Riot police"), P("Baghdad", "IQ"), crowd=dict(low=2000, high=None),
   attribution=[("AFP correspondents", "AFP correspondents saw")])
ev(d, 2, "Armed clash", span("2022-08-29", "2022-08-30", "range"),
   A("Saraya al-Salam", "gunmen from Saraya al-Salam, the armed wing of the Sadrist movement", 3, "IRQ", ("Sadrist Movement",)),
   mil("Iraq", "IRQ", "security forces"), P("Baghdad", "IQ"), fat=atleast(30), inj=atleast(570),
   assoc2=[A("Popular Mobilization Forces", "members of the Popular Mobilization Forces", 3, "IRQ")],
   attribution=[("medical sources", "medical sources said"), ("medics", "medics said on Tuesday")])

d = "61_gaza_ceasefire_deal_strike"
ev(d, 1, "Agreement", day("2025-01-15"), A("Government of Israel", "Israel", 1, "ISR"), A("Hamas", "Hamas", 2, "PSE"),
   P("Doha", "QA"), attribution=[("Qatar's prime minister", "Qatar's prime minister announced in Doha")])
ev(d, 2, "Air/drone strike", day("2025-01-16"), mil("Israel", "ISR", "an Israeli air strike", 8),
   civ("Palestine", "PSE", "12 members of one family"), P("Gaza", "PS"), fat=exact(12),
   attribution=[("civil defence agency", "the territory's civil defence agency said")],
   claims=[("Military Forces of Israel", "claim responsibility", "Hamas",
            "The Israeli military said it had struck \"a Hamas terrorist\" in the area")])

d = "62_beirut_protest_camp_attacked"
ev(d, 1, "Mob violence", day("2019-10-29"),
   A("Rioters (Lebanon)", "Hundreds of supporters of the Shi'ite movements Hezbollah and Amal", 5, "LBN",
     ("Hezbollah", "Amal Movement")),
   A("Protesters (Lebanon)", "demonstrators", 6, "LBN"), P("Beirut", "LB"), inj=atleast(10), crowd=dict(low=200, high=None),
   attribution=[("Reuters witnesses", "Reuters witnesses said"), ("Lebanese Red Cross", "The Lebanese Red Cross said")])
ev(d, 2, "Peaceful protest", day("2019-10-29"), A("Protesters (Lebanon)", "thousands of people", 6, "LBN"), None,
   P("Tripoli", "LB"), crowd=dict(low=2000, high=None))

d = "63_aguililla_police_ambush"
ev(d, 1, "Armed clash", day("2019-10-14"), A("Jalisco New Generation Cartel", "Gunmen", 3, "MEX"),
   pol("Mexico", "MEX", "a convoy of state police"), P("Aguililla", "MX", 2), fat=exact(13), inj=exact(9),
   attribution=[("state officials", "state officials said"), ("state security ministry", "the state security ministry said")],
   claims=[("Jalisco New Generation Cartel", "claim responsibility", None,
            "Banners left at the scene and signed by the Jalisco New Generation Cartel (CJNG)")])
ev(d, 2, "Armed clash", span("2015-05-01", "2015-05-31", "month"), A("Jalisco New Generation Cartel", "its gunmen", 3, "MEX"),
   mil("Mexico", "MEX", "an army helicopter"), R("Jalisco", "MX", "Guadalajara"), background=True, fat=exact(6))

d = "64_cali_siloe_shooting_bogota_riots"
ev(d, 1, "Excessive force against protesters", day("2021-05-03"), pol("Colombia", "COL", "Colombian police"),
   A("Protesters (Colombia)", "protesters", 6, "COL"), P("Cali", "CO"), fat=atleast(3), inj=atleast(12),
   attribution=[("human rights groups", "human rights groups said"),
                ("Francisco Isaias Cifuentes Network", "The local rights group Francisco Isaias Cifuentes Network said")],
   claims=[("Police Forces of Colombia", "deny", None,
            "The national police denied that officers had used live ammunition against peaceful demonstrators")])
ev(d, 2, "Violent demonstration", day("2021-05-04"), A("Rioters (Colombia)", "hooded demonstrators", 5, "COL"),
   pol("Colombia", "COL", "Riot police"), P("Bogota", "CO"), arr=exact(30), attribution=[("mayor", "the city's mayor said")])

d = "65_brasilia_congress_stormed"
ev(d, 1, "Violent demonstration", day("2023-01-08"),
   A("Rioters (Brazil)", "thousands of supporters of former President Jair Bolsonaro", 5, "BRA"),
   pol("Brazil", "BRA", "Police"), P("Brasilia", "BR"), arr=atleast(400), crowd=dict(low=2000, high=None),
   attribution=[("security secretariat", "the Federal District's security secretariat said")])
ev(d, 2, "Arrests", day("2023-01-09"), pol("Brazil", "BRA", "Brazilian police"), civ("Brazil", "BRA", "about 1,200 people"),
   P("Brasilia", "BR"), arr=N(None, 1200, None), attribution=[("justice ministry", "the justice ministry said")])

d = "66_cite_soleil_massacre_kenscoff"
ev(d, 1, "Attack", span("2024-12-06", "2024-12-07", "range"),
   A("Wharf Jeremie Gang", "Members of a gang", 3, "HTI", ("Viv Ansanm",)),
   civ("Haiti", "HTI", "at least 184 people, most of them elderly"), P("Port-au-Prince", "HT"), fat=atleast(184),
   attribution=[("Committee for Peace and Development", "a human rights group said"),
                ("United Nations", "The United Nations confirmed the toll")])
ev(d, 2, "Looting/property destruction", day("2024-12-08"), A("Viv Ansanm", "members of Viv Ansanm", 3, "HTI"),
   civ("Haiti", "HTI", "a medical clinic and several houses"), P("Kenscoff", "HT"), fat=exact(0), inj=exact(0),
   attribution=[("residents", "residents said")])

d = "67_chernihiv_missile_strike"
ev(d, 1, "Shelling/artillery/missile attack", day("2024-04-17"), mil("Russia", "RUS", "Three Russian missiles", 8),
   civ("Ukraine", "UKR", "at least 17 people"), P("Chernihiv", "UA"), fat=atleast(17), inj=exact(61),
   attribution=[("officials", "officials said"), ("Interior Minister", "Interior Minister Ihor Klymenko said")])
ev(d, 2, "Shelling/artillery/missile attack", day("2023-08-19"), mil("Russia", "RUS", "a Russian missile", 8),
   civ("Ukraine", "UKR", "seven people"), P("Chernihiv", "UA"), background=True, fat=exact(7))


# --- 68-87: third batch (session 4), written without running the extractor on them ---
d = "68_inates_army_camp_attack"
# 71 soldiers plus "dozens" (24) of attackers: low 71, best 95 (the convention of 11)
ev(d, 1, "Armed clash", day("2019-12-10"), A("Islamic State", "The Islamic State group", 2, "NER"),
   mil("Niger", "NER", "the country's army"), P("Ayorou", "NE", 2), fat=N(71, 95, None), inj=exact(12),
   attribution=[("defence ministry", "the defence ministry said on Thursday"), ("security sources", "security sources said"),
                ("defence ministry spokesman", "defence ministry spokesman Colonel Boubacar Hassan said on state television")],
   claims=[("Islamic State", "claim responsibility", None,
            "The Islamic State group claimed responsibility for the attack in a statement carried by its Amaq propaganda agency")])
ev(d, 2, "Armed clash", span("2017-10-01", "2017-10-31", "month"),
   A("Islamic State Greater Sahara", "The Islamic State in the Greater Sahara (ISGS)", 2, "NER", ("Islamic State",)),
   mil("Niger", "NER", "a joint patrol of American and Nigerien soldiers"), P("Ouallam", "NE", 2), background=True,
   fat=exact(8), assoc2=[mil("the United States", "USA", "American ... soldiers", 8)])

d = "69_zabarmari_rice_farmers_killed"
ev(d, 1, "Attack", day("2020-11-28"), A("Boko Haram", "fighters of the Boko Haram group", 2, "NGA"),
   civ("Nigeria", "NGA", "farm labourers"), P("Maiduguri", "NG", 2), fat=atleast(110), inj=exact(6),
   attribution=[("United Nations", "the United Nations said"),
                ("militia leader", "said Babakura Kolo, the leader of a local militia who helped recover the bodies"),
                ("residents", "Kolo and two residents said"), ("hospital source", "a hospital source said")])

d = "70_goma_sect_protest_crackdown"
ev(d, 1, "Excessive force against protesters", day("2023-08-30"),
   mil("Democratic Republic of Congo", "COD", "Congolese soldiers"),
   A("Protesters (Democratic Republic of Congo)", "members of a religious sect", 6, "COD"), P("Goma", "CD"),
   fat=atleast(43), inj=exact(56), arr=exact(158),
   attribution=[("army report", "according to an internal army report seen by Reuters"), ("witnesses", "witnesses said"),
                ("military governorate", "North Kivu's military governorate had put the toll at 10 dead")])

d = "71_bosaso_us_strike_afgooye_bomb"
ev(d, 1, "Air/drone strike", day("2024-05-31"), mil("the United States", "USA", "The U.S. military", 8),
   A("Islamic State Somalia Province", "three Islamic State fighters", 2, "SOM", ("Islamic State",)),
   P("Bosaso", "SO", 2), fat=exact(3),
   attribution=[("U.S. Africa Command", "U.S. Africa Command (AFRICOM) said in a statement released on Sunday"),
                ("Puntland security official", "A Puntland security official told Reuters")],
   claims=[("U.S. Africa Command", "claim responsibility", "Islamic State",
            "The U.S. military said it killed three Islamic State fighters in an air strike")])
ev(d, 2, "Remote explosive/landmine/IED", day("2024-06-02"), uag("Somalia", "SOM", "a roadside bomb"),
   mil("Somalia", "SOM", "a vehicle carrying Somali soldiers"), P("Afgooye", "SO", 2), fat=exact(3), inj=exact(2),
   attribution=[("military officer", "a military officer, Captain Abdi Nur, told Reuters by phone")])

d = "72_wad_madani_rsf_takeover"
ev(d, 1, "Non-state actor overtakes territory", day("2023-12-18"),
   A("Rapid Support Forces", "Sudan's paramilitary Rapid Support Forces (RSF)", 2, "SDN"),
   mil("Sudan", "SDN", "the army"), P("Wad Madani", "SD"),
   attribution=[("Rapid Support Forces", "the group said"),
                ("army", "the army confirmed on Tuesday that its troops had withdrawn")],
   claims=[("Rapid Support Forces", "claim responsibility", "Wad Madani",
            "The RSF captured the city after four days of fighting around it, the group said in a statement")])
ev(d, 2, "Looting/property destruction", day("2023-12-19"), A("Rapid Support Forces", "RSF fighters", 2, "SDN"),
   civ("Sudan", "SDN", "shops in the city's main market"), P("Wad Madani", "SD"),
   attribution=[("residents", "three residents told Reuters by phone")])

d = "73_pretoria_tigray_truce"
ev(d, 1, "Agreement", day("2022-11-02"), A("Government of Ethiopia", "Ethiopia's government", 1, "ETH"),
   A("Tigray People's Liberation Front", "the Tigray People's Liberation Front (TPLF)", 3, "ETH"), P("Pretoria", "ZA"),
   attribution=[("African Union mediator", "the African Union's mediator said"),
                ("AU envoy", "former Nigerian president Olusegun Obasanjo, the AU envoy, told reporters in Pretoria")])
# the side that lost Shire is never named in that sentence: the TPLF, with empty text
ev(d, 2, "Government regains territory", day("2022-10-17"), mil("Ethiopia", "ETH", "Federal troops"),
   A("Tigray People's Liberation Front", "", 3, "ETH"), P("Inda Silase", "ET"), background=True,
   attribution=[("government", "the government said")],
   claims=[("Government of Ethiopia", "claim responsibility", "Shire",
            "Federal troops captured the town of Shire, also known as Inda Selassie ... on 17 October, the government said")])

d = "74_baghdad_tayaran_twin_bombing"
ev(d, 1, "Suicide bomb", day("2021-01-21"), A("Islamic State", "The Islamic State group", 2, "IRQ"),
   civ("Iraq", "IRQ", "a crowded market in central Baghdad"), P("Baghdad", "IQ"), fat=atleast(32), inj=atleast(110),
   attribution=[("interior ministry", "the interior ministry said"), ("health ministry", "The health ministry said on Friday"),
                ("AFP photographer", "An AFP photographer saw")],
   claims=[("Islamic State", "claim responsibility", None,
            "In a statement carried by its Amaq propaganda agency, the Islamic State group said two of its \"martyrs\" had targeted a gathering of Shiites")])
ev(d, 2, "Suicide bomb", span("2018-01-01", "2018-01-31", "month"), uag("Iraq", "IRQ", "a double suicide bombing"),
   civ("Iraq", "IRQ", "31 people"), P("Baghdad", "IQ"), background=True, fat=exact(31))

d = "75_sukhnah_truffle_hunters_killed"
ev(d, 1, "Attack", day("2023-02-17"), A("Islamic State", "Islamic State group jihadists", 2, "SYR"),
   civ("Syria", "SYR", "most of them civilians gathering desert truffles"), P("As Sukhnah", "SY", 2), fat=atleast(53),
   assoc2=[mil("Syria", "SYR", "members of pro-government forces")],
   attribution=[("Syrian Observatory for Human Rights", "a war monitor said"),
                ("SANA", "State news agency SANA also reported 53 deaths")],
   claims=[("SANA", "accuse", "Islamic State", "blamed \"terrorists of ISIS\"")])
ev(d, 2, "Remote explosive/landmine/IED", day("2023-02-18"), uag("Syria", "SYR", "a landmine"),
   civ("Syria", "SYR", "two men"), P("Salamiyah", "SY", 2), fat=exact(2),
   attribution=[("Syrian Observatory for Human Rights", "the Observatory said")])

d = "76_dahyan_school_bus_strike"
ev(d, 1, "Air/drone strike", day("2018-08-09"), mil("Saudi Arabia", "SAU", "the Saudi-led coalition", 8),
   civ("Yemen", "YEM", "a bus carrying schoolchildren"), P("Saada", "YE", 2), fat=atleast(43), inj=atleast(61),
   attribution=[("medics and witnesses", "medics and witnesses said"),
                ("ICRC", "The International Committee of the Red Cross said"),
                ("Houthi health ministry", "The health ministry of the Houthi-run government in Sanaa said on Friday")],
   claims=[("Saudi-led coalition", "claim responsibility", None,
            "The coalition said the attack was a \"legitimate military action\""),
           ("Saudi-led coalition", "accuse", "Ansar Allah", "accused the Houthis of using children as human shields")])
ev(d, 2, "Shelling/artillery/missile attack", day("2018-08-08"), A("Ansar Allah", "the Houthis", 2, "YEM"),
   civ("Saudi Arabia", "SAU", "one resident"), P("Jizan", "SA"), fat=exact(1), inj=exact(11),
   attribution=[("coalition spokesman", "coalition spokesman Turki al-Maliki said")],
   claims=[("Ansar Allah", "claim responsibility", None,
            "The Houthis' Al Masirah television said the group had fired a missile at the city.")])

d = "77_kunduz_taloqan_sar_e_pul_fall"
ev(d, 1, "Non-state actor overtakes territory", day("2021-08-08"), A("Taliban", "Taliban fighters", 2, "AFG"),
   mil("Afghanistan", "AFG", "Government troops"), P("Kunduz", "AF"), fat=atleast(14), inj=atleast(30),
   attribution=[("provincial council member", "Amruddin Wali, a member of the Kunduz provincial council, said"),
                ("health official", "a health official said")],
   claims=[("Taliban", "claim responsibility", "Kunduz",
            "Taliban spokesman Zabihullah Mujahid said on Twitter that the group's fighters had \"conquered\" Kunduz")])
ev(d, 2, "Non-state actor overtakes territory", day("2021-08-08"), A("Taliban", "Taliban fighters", 2, "AFG"),
   mil("Afghanistan", "AFG", "Afghan forces"), P("Sar-e Pul", "AF"),
   attribution=[("provincial council head", "the head of the provincial council, Mohammad Noor Rahmani, said")])
ev(d, 3, "Non-state actor overtakes territory", day("2021-08-08"), A("Taliban", "the Taliban", 2, "AFG"),
   mil("Afghanistan", "AFG", "security forces"), P("Taloqan", "AF"),
   attribution=[("lawmaker", "A lawmaker from Takhar province said")])
ev(d, 4, "Non-state actor overtakes territory", day("2021-08-07"), A("Taliban", "the Taliban", 2, "AFG"),
   mil("Afghanistan", "AFG", "Government forces"), P("Sheberghan", "AF"),
   attribution=[("local officials", "local officials said")])

d = "78_jaranwala_churches_torched"
ev(d, 1, "Mob violence", day("2023-08-16"),
   A("Rioters (Pakistan)", "a mob of hundreds of Muslims", 5, "PAK", ("Tehreek-e-Labbaik Pakistan",)),
   civ("Pakistan", "PAK", "dozens of Christian homes"), P("Jaranwala", "PK"), fat=exact(0), crowd=dict(low=200, high=None),
   attribution=[("police", "police said"), ("officials", "officials said")])
ev(d, 2, "Arrests", day("2023-08-17"), pol("Pakistan", "PAK", "Pakistani police"), civ("Pakistan", "PAK", "129 suspects"),
   P("Jaranwala", "PK"), arr=exact(129), attribution=[("police", "Police said")])
ev(d, 3, "Mob violence", span("2009-08-01", "2009-08-31", "month"), A("Rioters (Pakistan)", "a mob", 5, "PAK"),
   civ("Pakistan", "PAK", "dozens of Christian homes"), P("Gojra", "PK"), background=True, fat=exact(8))

d = "79_jamia_aligarh_citizenship_protests"
ev(d, 1, "Violent demonstration", day("2019-12-15"),
   A("Rioters (India)", "protesters against a new citizenship law", 5, "IND"), pol("India", "IND", "Indian police"),
   P("New Delhi", "IN"), inj=atleast(60), arr=N(None, 50, None), crowd=dict(low=2000, high=None),
   attribution=[("police spokesman", "police spokesman M.S. Randhawa said"), ("students", "students said"),
                ("officials", "officials said")],
   claims=[("students", "accuse", "Police Forces of India",
            "Students accused police of beating them with batons while they were studying."),
           ("Police Forces of India", "deny", None, "denied reports that police had fired live rounds")])
ev(d, 2, "Protest with intervention", day("2019-12-15"),
   A("Protesters (India)", "hundreds of students of Aligarh Muslim University", 6, "IND"), pol("India", "IND", "police"),
   P("Aligarh", "IN"), inj=N(None, 60, None), crowd=dict(low=200, high=None),
   attribution=[("local officials", "local officials said")])

d = "80_naypyitaw_coup_detentions"
ev(d, 1, "Arrests", day("2021-02-01"), mil("Myanmar", "MMR", "Myanmar's military"),
   A("National League for Democracy",
     "Aung San Suu Kyi, President Win Myint and four other senior members of her ruling party", 3, "MMR"),
   P("Naypyitaw", "MM"), arr=exact(6),
   attribution=[("NLD spokesman", "Myo Nyunt, a spokesman for Suu Kyi's National League for Democracy (NLD), said by phone"),
                ("military", "In a statement read out on the military-owned Myawaddy TV")],
   claims=[("Military Forces of Myanmar", "claim responsibility", None,
            "the army said it had carried out the detentions in response to \"election fraud\"")])

d = "81_samal_resort_kidnapping"
ev(d, 1, "Abduction/forced disappearance", day("2015-09-21"), uag("Philippines", "PHL", "Armed men"),
   civ("Philippines", "PHL", "two Canadian tourists, a Norwegian resort manager and a Filipino woman"),
   P("Samal", "PH"), fat=exact(0), inj=exact(0),
   assoc2=[civ("Canada", "CAN", "two Canadian tourists"), civ("Norway", "NOR", "a Norwegian resort manager")],
   attribution=[("police and military officials", "police and military officials said"),
                ("regional police spokeswoman", "regional police spokeswoman Superintendent Antonietta Anas said")],
   claims=[("military spokesman", "accuse", "Abu Sayyaf",
            "troops were looking into whether the kidnappers were members of the Abu Sayyaf group")])
ev(d, 2, "Armed clash", day("2015-09-20"), mil("the Philippines", "PHL", "troops"),
   A("Abu Sayyaf", "Abu Sayyaf militants", 2, "PHL", ("Islamic State",)), P("Patikul", "PH", 2),
   fat=exact(2), inj=exact(1), attribution=[("army spokesman", "an army spokesman said")])

d = "82_bavispe_mormon_family_ambush"
ev(d, 1, "Attack", day("2019-11-04"), uag("Mexico", "MEX", "Gunmen"),
   civ("Mexico", "MEX", "three women and six children, all U.S. citizens from a breakaway Mormon community"),
   P("Bavispe", "MX", 2), fat=atleast(9), inj=exact(5), assoc2=[civ("United States", "USA", "U.S. citizens")],
   attribution=[("Mexican officials and relatives", "Mexican officials and relatives said"), ("relatives", "relatives said")],
   claims=[("Julian LeBaron", "accuse", "drug cartels",
            "He blamed drug cartels that control the smuggling routes along the border.")])
ev(d, 2, "Attack", span("2009-07-01", "2009-07-31", "month"), uag("Mexico", "MEX", "gunmen"),
   civ("Mexico", "MEX", "Benjamin LeBaron, an anti-crime activist, and his brother-in-law"),
   R("Chihuahua", "MX", "Chihuahua"), background=True, fat=exact(2))

d = "83_bogota_police_academy_car_bomb"
# the ELN is named only by the government it fights: actor1 stays unidentified (README, "Who did it")
ev(d, 1, "Suicide bomb", day("2019-01-17"), uag("Colombia", "COL", "A man"),
   pol("Colombia", "COL", "cadets attending a ceremony"), P("Bogota", "CO"), fat=atleast(21), inj=exact(68),
   attribution=[("officials", "officials said"),
                ("Defence Minister", "Defence Minister Guillermo Botero identified the driver as Jose Aldemar Rojas")],
   claims=[("Government of Colombia", "accuse", "National Liberation Army",
            "Colombia's government on Friday blamed Marxist ELN rebels for a car bomb attack on a police academy"),
           ("President Ivan Duque", "accuse", "National Liberation Army",
            "\"This terrorist act was carried out by the ELN,\" President Ivan Duque said")])
ev(d, 2, "Arrests", day("2019-01-17"), pol("Colombia", "COL", "Police"),
   civ("Colombia", "COL", "a man suspected of helping to prepare the attack"), P("Bogota", "CO"), arr=exact(1),
   attribution=[("chief prosecutor's office", "the chief prosecutor's office said")])
ev(d, 3, "Remote explosive/landmine/IED", span("2003-02-01", "2003-02-28", "month"),
   A("FARC", "the FARC guerrillas", 2, "COL"), civ("Colombia", "COL", "the El Nogal social club"), P("Bogota", "CO"),
   background=True, fat=exact(36))

d = "84_jacarezinho_police_raid"
ev(d, 1, "Armed clash", day("2021-05-06"), pol("Brazil", "BRA", "officers of the state's civil police"),
   A("Comando Vermelho", "members of the Comando Vermelho gang", 3, "BRA"), P("Rio de Janeiro", "BR"),
   fat=exact(28), inj=atleast(4), arr=exact(6),
   attribution=[("police", "police said"), ("witnesses", "Witnesses described men being shot after they had surrendered")],
   claims=[("residents and rights groups", "accuse", "Police Forces of Brazil",
            "Residents and rights groups accused officers of summary executions."),
           ("Police Forces of Brazil", "deny", None, "Police denied any executions.")])
ev(d, 2, "Peaceful protest", day("2021-05-07"), A("Protesters (Brazil)", "dozens of residents", 6, "BRA"), None,
   P("Rio de Janeiro", "BR"), crowd=dict(low=24, high=None), attribution=[("witnesses", "witnesses said")])

d = "85_haiti_missionaries_kidnapped"
ev(d, 1, "Abduction/forced disappearance", day("2021-10-16"), A("400 Mawozo", "A gang known as 400 Mawozo", 3, "HTI"),
   civ("Haiti", "HTI", "17 members of a U.S.-based missionary group, including five children"),
   P("Croix-des-Bouquets", "HT", 2),
   assoc2=[civ("United States", "USA", "16 Americans"), civ("Canada", "CAN", "one Canadian")],
   attribution=[("Center for Analysis and Research in Human Rights", "a human rights group ... said"),
                ("police official", "a senior police official said")])
ev(d, 2, "Abduction/forced disappearance", span("2021-04-01", "2021-04-30", "month"),
   A("400 Mawozo", "the same gang", 3, "HTI"),
   civ("Haiti", "HTI", "10 people, including five Catholic priests and two French citizens"),
   P("Croix-des-Bouquets", "HT"), background=True, assoc2=[civ("France", "FRA", "two French citizens")])
ev(d, 3, "Attack", day("2021-07-07"), uag("Haiti", "HTI", "gunmen"),
   A("Government of Haiti", "President Jovenel Moise", 1, "HTI"), P("Port-au-Prince", "HT", 2), background=True,
   fat=exact(1))

d = "86_sumy_palm_sunday_missile_strike"
ev(d, 1, "Shelling/artillery/missile attack", day("2025-04-13"), mil("Russia", "RUS", "Two Iskander ballistic missiles", 8),
   civ("Ukraine", "UKR", "35 people, including two children"), P("Sumy", "UA"), fat=atleast(35), inj=exact(117),
   attribution=[("Ukrainian officials", "Ukrainian officials said"),
                ("State Emergency Service", "Ukraine's State Emergency Service said"),
                ("acting mayor", "said Artem Kobzar, the city's acting mayor")],
   claims=[("Russian defence ministry", "claim responsibility", "a meeting of commanders of a Ukrainian army group",
            "Russia's defence ministry said the strike had hit a meeting of commanders of a Ukrainian army group in Sumy"),
           ("Russian defence ministry", "accuse", "Government of Ukraine",
            "accused Kyiv of using civilians as a human shield"),
           ("Ukrainian officials", "deny", None, "Ukrainian officials rejected the accusation.")])
ev(d, 2, "Shelling/artillery/missile attack", day("2025-04-04"), mil("Russia", "RUS", "a Russian missile", 8),
   civ("Ukraine", "UKR", "20 people, nine of them children"), P("Kryvyi Rih", "UA"), background=True, fat=exact(20),
   claims=[("Government of Russia", "claim responsibility", "a meeting of Ukrainian officers with Western instructors",
            "Moscow said that strike had targeted a meeting of Ukrainian officers with Western instructors at a restaurant.")])

d = "87_minneapolis_precinct_burned"
ev(d, 1, "Violent demonstration", day("2020-05-28"), A("Rioters (United States)", "Protesters", 5, "USA"),
   pol("the United States", "USA", "officers"), P("Minneapolis", "US"), crowd=dict(low=2000, high=None),
   attribution=[("Reuters witnesses", "Reuters witnesses said"), ("police department", "The police department said")])
ev(d, 2, "Arrests", day("2020-05-29"), pol("the United States", "USA", "state troopers"),
   civ("United States", "USA", "a CNN television crew"), P("Minneapolis", "US"), arr=exact(3),
   attribution=[("CNN", "CNN said")])
ev(d, 3, "Protest with intervention", day("2020-05-28"), A("Protesters (United States)", "hundreds of people", 6, "USA"),
   pol("the United States", "USA", "police"), P("New York City", "US"), arr=exact(72), crowd=dict(low=200, high=None),
   attribution=[("police", "police said")])
# Floyd's death, the cause of the unrest, is background (the convention of 48)
ev(d, 4, "Attack", day("2020-05-25"), pol("the United States", "USA", "officer Derek Chauvin"),
   civ("United States", "USA", "George Floyd"), P("Minneapolis", "US"), background=True, fat=exact(1))



# --- 88-102: fourth batch (session 5), written without running the extractor on them ---
d = "88_bamako_gendarmerie_school_attack"
# the school and the airport zone are one assault on one morning in one city: one event
ev(d, 1, "Armed clash", day("2024-09-17"),
   A("JNIM", "The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)", 2, "MLI", ("Al Qaeda",)),
   mil("Mali", "MLI", "young gendarmes"), P("Bamako", "ML"), fat=atleast(77), inj=exact(255),
   attribution=[("security document", "according to a confidential security document seen by AFP"),
                ("witnesses", "witnesses said"), ("government spokesman", "Its spokesman, Colonel Abdoulaye Maiga, said on state television")],
   claims=[("JNIM", "claim responsibility", None,
            "JNIM claimed responsibility in a statement on its propaganda channels")])
ev(d, 2, "Mob violence", day("2024-09-17"), A("Rioters (Mali)", "a crowd in the Sebenikoro neighbourhood", 5, "MLI"),
   civ("Mali", "MLI", "a man they accused of being an accomplice of the attackers"), P("Bamako", "ML"), fat=exact(1),
   attribution=[("police source", "according to a police source and videos verified by AFP")])
ev(d, 3, "Armed clash", span("2022-07-01", "2022-07-31", "month"), A("JNIM", "JNIM fighters", 2, "MLI", ("Al Qaeda",)),
   mil("Mali", "MLI", "the Kati military camp"), P("Kati", "ML"), background=True, fat=exact(1))
# not coded: JNIM's threat of further attacks, the army's denial about the civilian terminal, the insurgency since 2012

d = "89_ayacucho_airport_protest_shooting"
ev(d, 1, "Excessive force against protesters", day("2022-12-15"), mil("Peru", "PER", "Soldiers"),
   A("Protesters (Peru)", "demonstrators", 6, "PER"), P("Ayacucho", "PE"), fat=exact(7), inj=exact(52),
   crowd=dict(low=200, high=None),
   attribution=[("regional health directorate", "the regional health directorate said"), ("witnesses", "Witnesses said")],
   claims=[("Peruvian defence ministry", "deny", None,
            "soldiers had acted \"within the law\" after demonstrators tried to seize the airport and attacked troops with stones and slingshots")])
ev(d, 2, "Protest with intervention", day("2022-12-15"), A("Protesters (Peru)", "several hundred protesters", 6, "PER"),
   pol("Peru", "PER", "police"), P("Lima", "PE"), inj=exact(0), crowd=dict(low=300, high=None))
# the arrest that set off the unrest is background (the convention of 48 and 87)
ev(d, 3, "Arrests", day("2022-12-07"), pol("Peru", "PER", "police"),
   A("Government of Peru", "former President Pedro Castillo", 1, "PER"), P("Lima", "PE"), background=True, arr=exact(1))
# not coded: the state of emergency, the detention ruling, the 18 deaths since the protests began, the planned march on Lima

d = "90_dhaka_state_tv_torched_quota_protests"
ev(d, 1, "Violent demonstration", day("2024-07-18"),
   A("Rioters (Bangladesh)", "Students protesting against government job quotas", 5, "BGD"),
   pol("Bangladesh", "BGD", "police"), P("Dhaka", "BD"), fat=atleast(17), inj=atleast(200),
   crowd=dict(low=2000, high=None),
   attribution=[("hospital officials", "according to hospital officials"),
                ("doctor", "a doctor at Dhaka Medical College Hospital told AFP"),
                ("Bangladesh Television", "the broadcaster said on its Facebook page"), ("AFP reporters", "AFP reporters saw")])
# Abu Sayed's death is framed as the cause of the escalation: background (the convention of 48)
ev(d, 2, "Excessive force against protesters", day("2024-07-16"), pol("Bangladesh", "BGD", "police"),
   A("Protesters (Bangladesh)", "a demonstration outside Begum Rokeya University", 6, "BGD"), P("Rangpur", "BD"),
   background=True, fat=exact(1))
# not coded: the internet cut, the rejected offer of talks, the 7 August court hearing

d = "91_ben_gurion_missile_hodeidah_strikes"
ev(d, 1, "Shelling/artillery/missile attack", day("2025-05-04"), A("Ansar Allah", "the rebels", 2, "YEM"),
   civ("Israel", "ISR", "six people"), P("Lod", "IL", 2), fat=exact(0), inj=exact(6),
   attribution=[("Magen David Adom", "The Magen David Adom emergency service said"), ("AFP journalists", "AFP journalists saw")],
   claims=[("Ansar Allah", "claim responsibility", None,
            "said the group had fired a \"hypersonic ballistic missile\" at the airport")])
ev(d, 2, "Air/drone strike", day("2025-05-05"), mil("Israel", "ISR", "Israeli warplanes", 8),
   A("Ansar Allah", "Houthi terrorist infrastructure", 2, "YEM"), P("Al Hudaydah", "YE"), fat=exact(1), inj=exact(35),
   attribution=[("Israeli military", "The Israeli military said"), ("Houthi health ministry", "The Houthi-run health ministry said")],
   claims=[("Military Forces of Israel", "claim responsibility", "Ansar Allah",
            "targeted \"Houthi terrorist infrastructure\" at the port")])
# not coded: the failed interceptions, the threatened air blockade, Netanyahu's vow, the US campaign since mid-March

d = "92_luetzerath_coal_mine_protest"
# Luetzerath is missing from cities500 (its "Lutzerath" is a village in Rhineland-Palatinate): Erkelenz at precision 2
ev(d, 1, "Protest with intervention", day("2023-01-14"),
   A("Protesters (Germany)", "climate activists", 6, "DEU"), pol("Germany", "DEU", "German police"),
   P("Erkelenz", "DE", 2), inj=atleast(24), arr=exact(12), crowd=dict(low=15000, high=35000),
   attribution=[("police", "Police put the turnout"), ("organisers", "organisers said 35,000 people had come")],
   claims=[("organisers", "accuse", "Police Forces of Germany",
            "some of them struck on the head with batons, an accusation police said they would examine")])
ev(d, 2, "Peaceful protest", day("2023-01-13"), A("Protesters (Germany)", "about 1,500 people", 6, "DEU"), None,
   P("Berlin", "DE"), crowd=dict(low=1500, high=None))
# not coded: the five-day eviction of the occupiers (a summary), the RWE deal, next weekend's planned return

d = "93_mpondwe_school_attack_uganda"
# the killings and the abduction of six students are one raid: Attack (most victims killed)
ev(d, 1, "Attack", day("2023-06-16"),
   A("Allied Democratic Forces", "Fighters of the Allied Democratic Forces (ADF)", 2, "UGA", ("Islamic State",)),
   civ("Uganda", "UGA", "at least 41 people, most of them students"), P("Mpondwe", "UG"), fat=atleast(41), inj=exact(8),
   attribution=[("police and local officials", "police and local officials said"),
                ("mayor", "the mayor of Mpondwe-Lhubiriha, Selevest Mapoze, said"),
                ("Defence Minister", "Defence Minister Vincent Ssempijja told reporters at the scene on Saturday")])
ev(d, 2, "Arrests", day("2023-06-17"), pol("Uganda", "UGA", "Police"), civ("Uganda", "UGA", "20 people"),
   P("Mpondwe", "UG"), arr=exact(20), attribution=[("police spokesman", "police spokesman Fred Enanga said")])
ev(d, 3, "Attack", span("1998-06-01", "1998-06-30", "month"), A("Allied Democratic Forces", "ADF fighters", 2, "UGA"),
   civ("Uganda", "UGA", "80 students"), P("Fort Portal", "UG", 2), background=True, fat=exact(80))
# not coded: the pursuit into Congo, the joint operation since 2021, Museveni's vow

d = "94_paro_pilot_abduction_papua"
# Paro is missing from cities500: the regency capital the article names, Kenyam, at precision 2
ev(d, 1, "Abduction/forced disappearance", day("2023-02-07"),
   A("West Papua National Liberation Army", "fighters of the West Papua National Liberation Army", 2, "IDN"),
   civ("Indonesia", "IDN", "its New Zealand pilot"), P("Kenyam", "ID", 2),
   assoc2=[civ("New Zealand", "NZL", "its New Zealand pilot")],
   attribution=[("provincial police spokesman", "provincial police spokesman Ignatius Benny Adi Prabowo said")],
   claims=[("West Papua National Liberation Army", "claim responsibility", None,
            "its fighters had seized the pilot, Philip Mark Mehrtens, and torched the plane")])
ev(d, 2, "Attack", day("2023-02-06"), uag("Indonesia", "IDN", "gunmen"),
   civ("Indonesia", "IDN", "a motorcycle taxi driver"), P("Ilaga", "ID"), fat=exact(1),
   attribution=[("police", "police said")],
   claims=[("Police Forces of Indonesia", "accuse", "West Papua National Liberation Army", "Police blamed the rebels")])
# not coded: the evacuation of the construction workers, the rebels' demands, the 1969 vote

d = "95_columbia_hamilton_hall_ucla_camp"
# the occupation of Hamilton Hall and its clearance the same day are one protest with its intervention
ev(d, 1, "Protest with intervention", day("2024-04-30"),
   A("Protesters (United States)", "pro-Palestinian protesters", 6, "USA"),
   pol("the United States", "USA", "Hundreds of New York police officers in riot gear"), P("New York City", "US"),
   arr=exact(109), attribution=[("police", "Police said")])
ev(d, 2, "Mob violence", span("2024-04-30", "2024-05-01", "range"),
   A("Rioters (United States)", "a group of counter-protesters, many wearing masks", 5, "USA"),
   A("Protesters (United States)", "the encampment", 6, "USA"), P("Los Angeles", "US"), inj=atleast(15), arr=exact(0),
   attribution=[("witnesses", "according to witnesses and video footage"), ("student organisation", "a student organisation said"),
                ("Los Angeles police", "Los Angeles police said")])
# not coded: the wave of camps since 17 April and the 1,000 arrests (a summary), threatened expulsions, the Brown deal

d = "96_niamey_last_french_troops_leave"
ev(d, 1, "Non-violent transfer of territory", day("2023-12-22"), mil("Niger", "NER", "the Nigerien army"),
   mil("France", "FRA", "The last French soldiers", 8), P("Niamey", "NE"),
   attribution=[("Nigerien defence ministry", "the defence ministry in Niamey said in a statement"),
                ("French general staff", "France's general staff confirmed the departure")])
ev(d, 2, "Non-violent transfer of territory", day("2023-10-10"), mil("Niger", "NER", "Nigerien troops"),
   mil("France", "FRA", "", 8), P("Ouallam", "NE"), background=True)
# "the previous day" is the day before the ministry's Thursday statement
ev(d, 3, "Remote explosive/landmine/IED", day("2023-12-20"), uag("Niger", "NER", "an explosive device"),
   mil("Niger", "NER", "six soldiers"), P("Tillia", "NE", 2), fat=exact(6),
   attribution=[("defence ministry", "the defence ministry said on Thursday")])
# not coded: the undated coup, the rallies outside the base, the embassy closure, the Russian delegation's talks

d = "97_port_au_prince_kenyan_police_arrive"
ev(d, 1, "Headquarters or base established", day("2024-06-25"),
   A("Police Forces of Kenya", "The first contingent of Kenyan police officers", 8, "KEN"), None,
   P("Port-au-Prince", "HT"), attribution=[("Kenyan interior ministry", "Kenya's interior ministry said")])
ev(d, 2, "Looting/property destruction", day("2024-06-24"), A("Viv Ansanm", "members of the Viv Ansanm gang coalition", 3, "HTI"),
   pol("Haiti", "HTI", "the police station in Gressier"), P("Gressier", "HT"), fat=exact(0), inj=exact(0),
   attribution=[("national police union", "the national police union said"), ("residents", "Residents said")])
# not coded: the contingents expected in coming weeks, the Nairobi farewell ceremony, the January court ruling

d = "98_pahalgam_tourists_attack"
# the group's own claim names it (the convention of "Who did it"); India's accusation of Pakistan is a claim
ev(d, 1, "Attack", day("2025-04-22"),
   A("The Resistance Front", "The Resistance Front", 2, "IND", ("Lashkar-e-Taiba",)),
   civ("India", "IND", "tourists"), P("Pahalgam", "IN", 2), fat=atleast(26), inj=exact(17),
   assoc2=[civ("Nepal", "NPL", "a Nepali national")],
   attribution=[("officials", "officials said"), ("police", "police said"), ("witnesses", "Witnesses said")],
   claims=[("The Resistance Front", "claim responsibility", None, "claimed responsibility in a message on social media"),
           ("Indian officials", "accuse", "Government of Pakistan", "Indian officials accused Pakistan of backing cross-border terrorism."),
           ("Pakistan's defence minister", "deny", None, "denied that his country had any involvement")])
ev(d, 2, "Arrests", day("2025-04-23"), pol("India", "IND", "Police"), civ("India", "IND", "about 60 people"),
   P("Anantnag", "IN"), arr=N(None, 60, None), attribution=[("senior police officer", "a senior police officer said")])
ev(d, 3, "Suicide bomb", span("2019-02-01", "2019-02-28", "month"),
   A("Jaish-e-Mohammed", "a suicide car bomber from the Jaish-e-Mohammed group", 2, "IND"),
   pol("India", "IND", "40 paramilitary police officers"), P("Pulwama", "IN", 2), background=True, fat=exact(40))
# not coded: Modi's vow, the shutdown called for Thursday, the 2019 revocation of special status

d = "99_kerman_soleimani_memorial_bombings"
ev(d, 1, "Suicide bomb", day("2024-01-03"), A("Islamic State", "The Islamic State group", 2, "IRN"),
   civ("Iran", "IRN", "crowds"), P("Kerman", "IR"), fat=atleast(89), inj=atleast(280),
   attribution=[("health ministry", "Iran's health ministry"), ("Iranian state media", "Iranian state media reported")],
   claims=[("Islamic State", "claim responsibility", None,
            "In a statement on its Amaq news agency's Telegram channel, the group said two of its members had detonated explosive belts"),
           ("Iranian officials", "accuse", "Israel and the United States", "several Iranian officials had blamed Israel and the United States"),
           ("United States", "deny", None, "Washington said it had no involvement"),
           ("U.S. official", "accuse", "Islamic State Khorasan",
            "the attack appeared to have been carried out by Islamic State Khorasan")])
ev(d, 2, "Attack", span("2022-10-01", "2022-10-31", "month"), A("Islamic State", "a gunman", 2, "IRN"),
   civ("Iran", "IRN", "13 people"), P("Shiraz", "IR"), background=True, fat=exact(13),
   claims=[("Islamic State", "claim responsibility", None, "It claimed an assault on the Shah Cheragh shrine")])
# "a day after" the Wednesday bombings; Hamas's blame of Israel is an accusation: unidentified actor1
ev(d, 3, "Air/drone strike", day("2024-01-02"), uag("Lebanon", "LBN", "a drone strike"),
   A("Hamas", "a senior Hamas official", 2, "PSE"), P("Beirut", "LB"), background=True, fat=exact(1),
   claims=[("Hamas", "accuse", "Military Forces of Israel", "a drone strike in Beirut that Hamas blamed on Israel")])
# not coded: Raisi's and Khamenei's vows, the day of mourning and funerals

d = "100_banjska_monastery_gunfight_kosovo"
# the ambush at the bridge, the siege of the monastery and the police retaking the village are one clash
ev(d, 1, "Armed clash", day("2023-09-24"), uag("Kosovo", "XKX", "About 30 heavily armed men"),
   pol("Kosovo", "XKX", "a Kosovo police patrol"), P("Zvecan", "XK", 2), fat=exact(4), inj=exact(1), arr=exact(2),
   attribution=[("Kosovo officials", "Kosovo officials said"), ("police", "police said"),
                ("Interior Minister", "Interior Minister Xhelal Svecla said")],
   claims=[("Prime Minister Albin Kurti", "accuse", "Government of Serbia", "the attack had been organised by Belgrade"),
           ("Serbian President Aleksandar Vucic", "deny", None, "denied that his government had any role")])
ev(d, 2, "Violent demonstration", day("2023-05-29"), A("Rioters (Kosovo)", "Serb protesters", 5, "XKX"),
   A("KFOR", "KFOR troops", 8, None), P("Zvecan", "XK"), background=True, inj=atleast(90))
# not coded: the day of mourning, KFOR's readiness, the talks that broke down last week, the 2008 declaration

d = "101_damascus_sdf_integration_deal"
ev(d, 1, "Agreement", day("2025-03-10"),
   A("Government of Syria", "Syria's interim president Ahmed al-Sharaa", 1, "SYR"),
   A("Syrian Democratic Forces", "the Kurdish-led Syrian Democratic Forces", 2, "SYR"), P("Damascus", "SY"),
   attribution=[("presidency", "the presidency said")])
ev(d, 2, "Change to group/activity", day("2025-01-29"), A("Hayat Tahrir al-Sham", "HTS", 2, "SYR"), None,
   P("Damascus", "SY"), background=True)
# not coded: the coastal killings since Thursday (a summary), the Tishreen dam fighting "for months", Turkey's threat

d = "102_baidoa_grenade_moqokori_shabaab"
ev(d, 1, "Grenade", day("2023-12-11"), uag("Somalia", "SOM", "A man on a motorcycle"),
   civ("Somalia", "SOM", "a crowded tea shop"), P("Baidoa", "SO"), fat=exact(2), inj=exact(9),
   attribution=[("police", "police said"), ("police officer", "police officer Abdullahi Hassan told Reuters by phone")],
   claims=[("Police Forces of Somalia", "accuse", "Al Shabaab", "Police blamed the al Shabaab Islamist group, which has not commented.")])
# Moqokori is missing from cities500: the reference town the article names, Buulobarde, at precision 2
ev(d, 2, "Non-violent transfer of territory", day("2023-12-10"), A("Al Shabaab", "al Shabaab fighters", 2, "SOM"),
   mil("Somalia", "SOM", "government troops and allied clan militias"), P("Buulobarde", "SO", 2),
   attribution=[("residents", "residents said")],
   claims=[("Al Shabaab", "claim responsibility", "Moqokori", "its fighters had \"liberated\" the town")])
# not coded: the army's vow to retake the town, the ATMIS drawdown, last year's offensive (a summary)


# --- 103-117: fifth batch (session 6), written without running the extractor on them ---
d = "103_bara_villages_rsf_raid_dilling_shelling"
# a rights group and medics (not a party to the war) name the RSF: it is actor1
ev(d, 1, "Attack", day("2025-07-12"),
   A("Rapid Support Forces", "Fighters of Sudan's paramilitary Rapid Support Forces (RSF)", 2, "SDN"),
   civ("Sudan", "SDN", "at least 200 people, among them women and children"), P("Bara", "SD", 2),
   fat=atleast(200), inj=atleast(30),
   attribution=[("Emergency Lawyers", "a Sudanese rights group said"),
                ("medic", "A medic in El Obeid ... said")])
ev(d, 2, "Shelling/artillery/missile attack", day("2025-07-13"), A("Rapid Support Forces", "shells fired by the RSF", 2, "SDN"),
   civ("Sudan", "SDN", "five civilians"), P("Dilling", "SD"), fat=exact(5), inj=exact(14),
   attribution=[("medics", "according to medics at the town's hospital")])
# Zamzam is missing from cities500: El Fasher, which the article names, at precision 2
ev(d, 3, "Attack", span("2025-04-11", "2025-04-13", "range"), A("Rapid Support Forces", "its fighters", 2, "SDN"),
   civ("Sudan", "SDN", "more than 400 people"), P("El Fasher", "SD", 2), background=True, fat=atleast(400),
   attribution=[("United Nations", "according to the United Nations")])
# not coded: the fighting for Kordofan and the army's advance (summaries), the vow to break the sieges

d = "104_zaporizhzhia_glide_bombs_kherson_saratov"
ev(d, 1, "Air/drone strike", day("2025-11-07"), mil("Russia", "RUS", "Russian aircraft", 8),
   civ("Ukraine", "UKR", "four people"), P("Zaporizhzhia", "UA"), fat=exact(4), inj=exact(20),
   attribution=[("regional governor", "the regional governor said"), ("Governor Ivan Fedorov", "he said on Telegram")])
ev(d, 2, "Shelling/artillery/missile attack", day("2025-11-08"), mil("Russia", "RUS", "Russian artillery", 8),
   civ("Ukraine", "UKR", "a 61-year-old man"), P("Kherson", "UA"), fat=exact(1), inj=exact(2),
   attribution=[("regional military administration", "the regional military administration said")])
# "overnight into Sunday" before a Sunday publication: Saturday night and Sunday
ev(d, 3, "Air/drone strike", span("2025-11-08", "2025-11-09", "range"), mil("Ukraine", "UKR", "Ukrainian drones", 8),
   None, P("Saratov", "RU"), fat=exact(0), inj=exact(0),
   attribution=[("Ukrainian General Staff", "Ukraine's General Staff said"),
                ("Saratov governor", "Saratov's governor, Roman Busargin, said")],
   claims=[("Military Forces of Ukraine", "claim responsibility", "Saratov oil refinery",
            "Ukrainian drones hit the Saratov oil refinery on the Volga ... Ukraine's General Staff said")])
# not coded: the strikes on energy facilities "in recent months" and the near-daily attacks (summaries)

d = "105_nairobi_saba_saba_protests_ol_kalou"
ev(d, 1, "Protest with intervention", day("2025-07-07"), A("Protesters (Kenya)", "thousands of protesters", 6, "KEN"),
   pol("Kenya", "KEN", "Kenyan police"), P("Nairobi", "KE"), crowd=dict(low=2000, high=None),
   attribution=[("AFP journalists", "AFP journalists saw")])
# the crowd burns the police station before police fire: a riot (the convention of 01)
ev(d, 2, "Violent demonstration", day("2025-07-07"), A("Rioters (Kenya)", "protesters", 5, "KEN"),
   pol("Kenya", "KEN", "police"), P("Ol Kalou", "KE"), fat=exact(1), inj=N(3, 3, None),
   attribution=[("local official", "a local official said")])
# Ojwang's death, the cause of the protests' growth, is background (the convention of 48 and 87)
ev(d, 3, "Attack", day("2025-06-08"), pol("Kenya", "KEN", "three police officers"),
   civ("Kenya", "KEN", "Albert Ojwang, a teacher and blogger"), P("Nairobi", "KE"), background=True, fat=exact(1))
# not coded: the 31 deaths and 567 arrests nationwide (summaries), the 1990 uprising, last year's protests

d = "106_kathmandu_social_media_ban_protest_shooting"
ev(d, 1, "Excessive force against protesters", day("2025-09-08"), pol("Nepal", "NPL", "Police"),
   A("Protesters (Nepal)", "thousands of young people", 6, "NPL"), P("Kathmandu", "NP"), fat=exact(17),
   inj=atleast(100), crowd=dict(low=2000, high=None), attribution=[("hospital officials", "hospital officials said")])
ev(d, 2, "Excessive force against protesters", day("2025-09-08"), pol("Nepal", "NPL", "police"),
   A("Protesters (Nepal)", "a crowd outside the municipal office", 6, "NPL"), P("Itahari", "NP"), fat=exact(2),
   attribution=[("police", "police said")])
ev(d, 3, "Violent demonstration", day("2025-09-09"), A("Rioters (Nepal)", "Crowds of young protesters", 5, "NPL"),
   pol("Nepal", "NPL", "Riot police"), P("Kathmandu", "NP"), attribution=[("witnesses", "witnesses said")])
# not coded: the resignations, the lifting of the ban, the army's planned deployment, the 2008 abolition of the monarchy

d = "107_kurram_convoy_ambush_dera_ismail_khan_bomb"
# Mandori is missing from cities500: Alizai, which the article names, at precision 2
ev(d, 1, "Attack", day("2024-11-21"), uag("Pakistan", "PAK", "Gunmen"),
   civ("Pakistan", "PAK", "a convoy of passenger vehicles"), P("Alizai", "PK", 2),
   fat=atleast(42), inj=atleast(20),
   attribution=[("officials", "officials said"), ("local administration official", "a local administration official said")])
ev(d, 2, "Remote explosive/landmine/IED", day("2024-11-22"), A("Tehreek-e-Taliban Pakistan", "The Pakistani Taliban", 2, "PAK"),
   pol("Pakistan", "PAK", "a police vehicle"), P("Dera Ismail Khan", "PK", 2), fat=exact(2), inj=exact(3),
   attribution=[("police", "police said")],
   claims=[("Tehreek-e-Taliban Pakistan", "claim responsibility", None, "The Pakistani Taliban claimed responsibility in a statement.")])
ev(d, 3, "Attack", span("2024-10-01", "2024-10-31", "month"), uag("Pakistan", "PAK", "an attack on a convoy"),
   civ("Pakistan", "PAK", "15 people, most of them drivers and passengers"), P("Alizai", "PK", 2), background=True,
   fat=exact(15))
# not coded: the clashes since July (a summary), the planned talks, the internet cut, the traders' mourning closure

d = "108_doha_congo_m23_declaration_sake_clash"
ev(d, 1, "Agreement", day("2025-07-19"),
   A("Government of Democratic Republic of Congo", "The Democratic Republic of Congo's government", 1, "COD"),
   A("M23", "the Rwanda-backed M23 rebels", 2, "COD", ("Congo River Alliance",)), P("Doha", "QA"))
ev(d, 2, "Agreement", day("2025-06-27"), A("Government of Democratic Republic of Congo", "Congo", 1, "COD"),
   A("Government of Rwanda", "Rwanda", 1, "RWA"), P("Washington", "US"), background=True)
ev(d, 3, "Armed clash", day("2025-07-18"), A("M23", "M23 fighters", 2, "COD", ("Congo River Alliance",)),
   A("Wazalendo", "Wazalendo militiamen", 3, "COD"), P("Sake", "CD", 2), fat=atleast(7),
   attribution=[("residents", "residents and a local civil society leader said")])
ev(d, 4, "Non-state actor overtakes territory", day("2025-02-16"), A("M23", "The M23", 2, "COD", ("Congo River Alliance",)),
   mil("Democratic Republic of Congo", "COD", "government troops"), P("Bukavu", "CD"), background=True)
# not coded: the M23's control of North Kivu and its administration (summaries), earlier broken ceasefires, the mid-August target

d = "109_mexico_city_gen_z_march_palace_clashes"
ev(d, 1, "Violent demonstration", day("2025-11-15"), A("Rioters (Mexico)", "Hooded protesters", 5, "MEX"),
   pol("Mexico", "MEX", "police"), P("Mexico City", "MX"), inj=exact(120), arr=exact(20),
   crowd=dict(low=17000, high=None),
   attribution=[("security secretary", "Pablo Vazquez, the city's security secretary, said"),
                ("city government", "The city government put the turnout at about 17,000")])
ev(d, 2, "Peaceful protest", day("2025-11-15"), A("Protesters (Mexico)", "several thousand people", 6, "MEX"), None,
   P("Guadalajara", "MX"), crowd=dict(low=3000, high=None))
# the mayor's killing is recalled as what the marchers mourned: background; his killer's death is summed in
ev(d, 3, "Attack", day("2025-11-01"), uag("Mexico", "MEX", "One of the gunmen"),
   A("Government of Mexico", "Carlos Manzo, the mayor of Uruapan", 1, "MEX"), P("Uruapan", "MX"), background=True,
   fat=exact(2))
# not coded: the unnamed "other cities", Sheinbaum's remarks, the protests in Nepal and Indonesia, the vow to keep mobilising

d = "110_cali_truck_bomb_amalfi_police_helicopter"
# both attacks are blamed only by the president: actor1 unidentified, the blame an accusation
ev(d, 1, "Remote explosive/landmine/IED", day("2025-08-21"), uag("Colombia", "COL", "A truck packed with explosives"),
   civ("Colombia", "COL", "six civilians"), P("Cali", "CO"), fat=exact(6), inj=atleast(60),
   attribution=[("authorities", "authorities said")],
   claims=[("President Gustavo Petro", "accuse", "Jaime Martinez front",
            "President Gustavo Petro blamed the bombing on the Jaime Martinez front")])
ev(d, 2, "Arrests", day("2025-08-21"), pol("Colombia", "COL", "Police"), civ("Colombia", "COL", "two men"),
   P("Cali", "CO"), arr=exact(2), attribution=[("police", "the police said")])
ev(d, 3, "Air/drone strike", day("2025-08-21"), uag("Colombia", "COL", "a drone"),
   pol("Colombia", "COL", "police officers protecting a coca eradication operation"), P("Amalfi", "CO", 2),
   fat=exact(13), inj=exact(4), attribution=[("defence minister", "the defence minister, Pedro Sanchez, said")],
   claims=[("President Gustavo Petro", "accuse", "Clan del Golfo",
            "Petro said the Clan del Golfo, the country's largest drug trafficking group, was responsible")])
# not coded: the curfew for lorries, the stalled "total peace" policy, the 2016 peace deal, the reinforcement of bases

d = "111_chaung_u_paramotor_bombing_shwebo_arson"
# the Chaung-U village and Depayin are missing from cities500: the towns the article names, at precision 2
ev(d, 1, "Air/drone strike", day("2025-10-06"), mil("Myanmar", "MMR", "A Myanmar military paraglider"),
   civ("Myanmar", "MMR", "a crowd gathered for a Buddhist lantern festival"), P("Monywa", "MM", 2),
   fat=atleast(24), inj=exact(47),
   attribution=[("witnesses", "witnesses and a local resistance official said")])
ev(d, 2, "Looting/property destruction", day("2025-10-05"), mil("Myanmar", "MMR", "soldiers"),
   civ("Myanmar", "MMR", "about 200 houses"), P("Shwebo", "MM", 2), fat=exact(0), inj=exact(0),
   attribution=[("aid group member", "a member of a local aid group said")])
ev(d, 3, "Air/drone strike", day("2025-05-12"), mil("Myanmar", "MMR", "a military air strike"),
   civ("Myanmar", "MMR", "20 children and two teachers"), P("Shwebo", "MM", 2), background=True, fat=exact(22),
   attribution=[("National Unity Government", "according to the opposition National Unity Government and local residents")])
# not coded: the air attacks since 2021 (a summary), the 2021 coup, the planned election

d = "112_fambita_mosque_attack_tillaberi"
# only the government names the perpetrator: actor1 unidentified, the blame an accusation
ev(d, 1, "Attack", day("2025-03-21"), uag("Niger", "NER", "Gunmen"), civ("Niger", "NER", "44 civilians"),
   P("Tera", "NE", 2), fat=exact(44), inj=exact(13),
   attribution=[("interior ministry", "the interior ministry said in a statement read on state television")],
   claims=[("Government of Niger", "accuse", "Islamic State Sahel",
            "The ministry blamed the massacre on \"heavily armed terrorists\" from the Islamic State in the Sahel group")])
ev(d, 2, "Attack", span("2024-12-01", "2024-12-31", "month"), uag("Niger", "NER", "gunmen"),
   civ("Niger", "NER", "39 people"), P("Tera", "NE", 2), background=True, fat=exact(39),
   attribution=[("local officials", "according to local officials")])
# not coded: the mourning, the junta's takeover and expulsions, the planned joint force, the army's operation

d = "113_mirebalais_gangs_prison_petionville_lynching"
ev(d, 1, "Non-state actor overtakes territory", day("2025-03-31"),
   A("Viv Ansanm", "Heavily armed members of the Viv Ansanm gang coalition", 3, "HTI"), pol("Haiti", "HTI", "police"),
   P("Mirebalais", "HT"), attribution=[("national police union", "the national police union said")])
ev(d, 2, "Mob violence", day("2025-03-30"), A("Rioters (Haiti)", "residents of Petionville", 5, "HTI"),
   civ("Haiti", "HTI", "two young men"), P("Petionville", "HT"), fat=exact(2),
   attribution=[("police spokesman", "a police spokesman said")])
ev(d, 3, "Attack", day("2024-12-24"), A("Viv Ansanm", "gunmen", 3, "HTI"),
   civ("Haiti", "HTI", "two journalists and a police officer"), P("Port-au-Prince", "HT"), background=True, fat=exact(3),
   claims=[("Johnson Andre", "claim responsibility", None, "Johnson Andre, a gang leader known as Izo, claimed the attack in a video")])
# not coded: the displacement figures, the terrorist designation, the planned reinforcements

d = "114_leh_statehood_protest_wangchuk_detained"
# "yesterday" is the day before the Saturday publication
ev(d, 1, "Violent demonstration", day("2025-09-24"), A("Rioters (India)", "hundreds of young protesters", 5, "IND"),
   pol("India", "IND", "Police"), P("Leh", "IN"), fat=exact(4), inj=atleast(80), crowd=dict(low=200, high=None),
   attribution=[("officials", "officials said"), ("administration", "according to the administration")])
ev(d, 2, "Arrests", day("2025-09-26"), pol("India", "IND", "a team of police officers"),
   civ("India", "IND", "Climate activist Sonam Wangchuk"), P("Leh", "IN"), arr=exact(1),
   attribution=[("officials", "officials said"), ("senior official", "a senior official said")])
# not coded: the hunger strike (undated), the curfew and internet cut, the boycott of talks, the 2019 change of status

d = "115_maga_kebbi_schoolgirls_abducted"
# Maga is missing from cities500: Wasagu, which the article names, at precision 2
ev(d, 1, "Abduction/forced disappearance", day("2025-11-17"), uag("Nigeria", "NGA", "Gunmen"),
   civ("Nigeria", "NGA", "25 students"), P("Wasagu", "NG", 2), fat=exact(1), inj=exact(1),
   attribution=[("police", "police said"), ("state police spokesman", "state police spokesman Nafiu Abubakar said")])
ev(d, 2, "Abduction/forced disappearance", span("2020-12-01", "2020-12-31", "month"), uag("Nigeria", "NGA", "gunmen"),
   civ("Nigeria", "NGA", "more than 300 boys"), P("Kankara", "NG"), background=True)
# not coded: the search, the raids "over the past decade" (a summary), the postponed trip, the school closures

d = "116_damascus_israeli_strikes_sweida_clashes"
ev(d, 1, "Air/drone strike", day("2025-07-16"), mil("Israel", "ISR", "Israel", 8),
   mil("Syria", "SYR", "the Syrian defence ministry headquarters"), P("Damascus", "SY"), fat=exact(3), inj=exact(34),
   attribution=[("Syrian health ministry", "the Syrian health ministry said"), ("Reuters journalists", "Reuters journalists saw")],
   claims=[("Military Forces of Israel", "claim responsibility", "defence ministry headquarters",
            "The Israeli military said it had struck the headquarters")])
ev(d, 2, "Armed clash", day("2025-07-16"), mil("Syria", "SYR", "government troops"),
   A("Druze Militia (Syria)", "Druze gunmen", 4, "SYR"), P("Suwayda", "SY"), fat=atleast(40),
   attribution=[("Syrian Observatory for Human Rights", "according to the Syrian Observatory for Human Rights")])
ev(d, 3, "Agreement", day("2025-07-16"), A("Government of Syria", "the interior ministry", 1, "SYR"),
   A("Druze Militia (Syria)", "Druze community leaders", 4, "SYR"), P("Suwayda", "SY"))
# the kidnapping that set off the fighting is background (the convention of 48)
ev(d, 4, "Abduction/forced disappearance", day("2025-07-13"),
   A("Bedouin Militia (Syria)", "members of a Bedouin tribe", 4, "SYR"),
   civ("Syria", "SYR", "a Druze vegetable merchant"), P("Shahba", "SY", 2), background=True)
# not coded: the 300 deaths since Sunday and the tit-for-tat kidnappings (summaries), the US contacts

d = "117_los_angeles_immigration_raid_protests"
ev(d, 1, "Violent demonstration", day("2025-06-08"),
   A("Rioters (United States)", "Protesters against immigration raids", 5, "USA"),
   pol("the United States", "USA", "Police"), P("Los Angeles", "US"), arr=exact(27), crowd=dict(low=2000, high=None),
   attribution=[("police", "Police said")])
ev(d, 2, "Violent demonstration", day("2025-06-07"), A("Rioters (United States)", "crowds", 5, "USA"),
   pol("the United States", "USA", "Agents in riot gear"), P("Paramount", "US"),
   attribution=[("Reuters witnesses", "Reuters witnesses said")])
# the raids that set off the unrest are background (the convention of 48 and 87)
ev(d, 3, "Arrests", day("2025-06-06"), pol("the United States", "USA", "federal immigration agents"),
   civ("United States", "USA", "44 people"), P("Los Angeles", "US"), background=True, arr=exact(44),
   attribution=[("Immigration and Customs Enforcement", "according to Immigration and Customs Enforcement")])
# not coded: the National Guard and Marine deployments, Newsom's request, Bass's appeal


# --- 118-125: sixth batch (session 6, second helper), written without running the extractor on them ---
d = "118_antananarivo_water_cuts_riots_antsiranana"
# the march the police stop with tear gas turns into looting and arson the same day: one riot
ev(d, 1, "Violent demonstration", day("2025-09-25"),
   A("Rioters (Madagascar)", "Thousands of mostly young demonstrators", 5, "MDG"),
   pol("Madagascar", "MDG", "police"), P("Antananarivo", "MG"), fat=atleast(5), inj=N(24, 24, None),
   arr=exact(57), crowd=dict(low=2000, high=None),
   attribution=[("hospital source", "a hospital source said"), ("AFP journalists", "AFP journalists saw"),
                ("police", "Police said")])
ev(d, 2, "Violent demonstration", day("2025-09-25"), A("Rioters (Madagascar)", "several hundred protesters", 5, "MDG"),
   pol("Madagascar", "MDG", "police"), P("Antsiranana", "MG"), crowd=dict(low=300, high=None),
   attribution=[("local radio station", "a local radio station reported")])
# not coded: the curfew, the minister's dismissal, the march called for Monday

d = "119_thai_cambodian_border_clash_kantharalak_rockets"
# events in Thailand: Cambodia's forces operate abroad (8); each side blames the other for the clash
ev(d, 1, "Armed clash", day("2025-07-24"), mil("Thailand", "THA", "Thai soldiers"),
   mil("Cambodia", "KHM", "Cambodian troops", 8), P("Phanom Dong Rak", "TH", 2), fat=atleast(4),
   attribution=[("officials on both sides", "officials on both sides said")],
   claims=[("Military Forces of Thailand", "accuse", "Military Forces of Cambodia", "Each side said the other fired first."),
           ("Military Forces of Cambodia", "accuse", "Military Forces of Thailand", "Each side said the other fired first.")])
# Cambodia acknowledges firing, only denying civilian targets: it is actor1
ev(d, 2, "Shelling/artillery/missile attack", day("2025-07-24"), mil("Cambodia", "KHM", "Cambodian rockets", 8),
   civ("Thailand", "THA", "eight people, among them a child"), P("Kantharalak", "TH"), fat=exact(8), inj=exact(14),
   attribution=[("Thai health ministry", "the Thai health ministry said")],
   claims=[("Military Forces of Cambodia", "deny", None,
            "Cambodia's defence ministry said its forces had only fired at military targets.")])
# the mine the day before is recalled as what set off the clash: background (the convention of 48)
ev(d, 3, "Remote explosive/landmine/IED", day("2025-07-23"), uag("Thailand", "THA", "a landmine"),
   mil("Thailand", "THA", "five Thai soldiers on patrol"), P("Phanom Dong Rak", "TH", 2), background=True,
   inj=exact(5),
   claims=[("Government of Thailand", "accuse", "Military Forces of Cambodia", "Bangkok accused Cambodia of laying new mines"),
           ("Government of Cambodia", "deny", None, "which Phnom Penh denied")])
# not coded: the ambassador's expulsion, the border closure, the months of tension (a summary)

d = "120_wabag_sorcery_killing_enga_arrests"
ev(d, 1, "Mob violence", day("2025-06-07"), A("Rioters (Papua New Guinea)", "a mob", 5, "PNG"),
   civ("Papua New Guinea", "PNG", "a woman"), P("Wabag", "PG", 2), fat=exact(1),
   attribution=[("provincial police commander", "a provincial police commander said")])
ev(d, 2, "Arrests", day("2025-06-09"), pol("Papua New Guinea", "PNG", "Police in Papua New Guinea's Enga province"),
   civ("Papua New Guinea", "PNG", "four men"), P("Wabag", "PG"), arr=exact(4),
   attribution=[("provincial police commander", "a provincial police commander said")])
# Wapenamanda is missing from cities500: Wabag, which the article names, at precision 2
ev(d, 3, "Armed clash", day("2024-02-18"),
   A("Kaekin Communal Militia (Papua New Guinea)", "fighters from the Kaekin tribe", 4, "PNG"),
   A("Sikin Communal Militia (Papua New Guinea)", "members of the rival Sikin tribe and their allies", 4, "PNG"),
   P("Wabag", "PG", 2), background=True, fat=atleast(26), attribution=[("police", "police said at the time")])
# not coded: the attacks recorded "in the past decade" (a summary), the 2013 repeal, the promised police

d = "121_benin_park_w_army_posts_jnim_attack"
# 54 soldiers plus "several" (3) attackers: low 54, best 57 (the convention of 11)
ev(d, 1, "Armed clash", day("2025-04-17"),
   A("JNIM", "The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM)", 2, "MLI", ("Al Qaeda",)),
   mil("Benin", "BEN", "two army positions"), P("Banikoara", "BJ", 2), fat=N(54, 57, None),
   attribution=[("army chief of staff", "the army chief of staff said in a statement")],
   claims=[("JNIM", "claim responsibility", None, "claimed the attack in a message on its propaganda channels")])
ev(d, 2, "Armed clash", day("2025-01-08"), A("JNIM", "JNIM fighters", 2, "MLI", ("Al Qaeda",)),
   mil("Benin", "BEN", "a military post"), R("Alibori", "BJ", "Kandi"), background=True, fat=exact(28),
   attribution=[("government", "according to the government")])
# not coded: the reinforcements, the troop deployment to the north, the militants' move south (a summary)

d = "122_old_fangak_hospital_bombed_pieri_looted"
# Old Fangak and Pieri are missing from cities500 and no town is named: the province
ev(d, 1, "Air/drone strike", day("2025-05-03"), mil("South Sudan", "SSD", "two government helicopter gunships"),
   civ("South Sudan", "SSD", "a hospital run by Medecins Sans Frontieres"), R("Jonglei", "SS", "Bor"),
   fat=exact(7), inj=exact(20), attribution=[("Medecins Sans Frontieres", "the medical charity said")])
ev(d, 2, "Looting/property destruction", day("2025-05-03"), uag("South Sudan", "SSD", "unidentified armed men"),
   civ("South Sudan", "SSD", "the MSF facility in Pieri"), R("Jonglei", "SS", "Bor"), fat=exact(0), inj=exact(0),
   attribution=[("Medecins Sans Frontieres", "the charity said")])
# not coded: the fighting in Jonglei and Upper Nile and the displacement (summaries)

d = "123_santa_lucia_cockfight_massacre_guayas"
ev(d, 1, "Attack", day("2025-04-06"), uag("Ecuador", "ECU", "Gunmen dressed in military-style uniforms"),
   civ("Ecuador", "ECU", "a crowd at a cockfight"), P("Santa Lucia", "EC", 2), fat=exact(12), inj=N(3, 3, None),
   arr=exact(0), attribution=[("police", "police said on Monday"), ("police commander", "a police commander told reporters")])
ev(d, 2, "Abduction/forced disappearance", day("2024-12-08"), mil("Ecuador", "ECU", "soldiers"),
   civ("Ecuador", "ECU", "four boys aged between 11 and 15"), P("Guayaquil", "EC"), background=True)
# not coded: the runoff, the "internal armed conflict" and deployment, last year's homicide tally

d = "124_istanbul_imamoglu_detained_city_hall_protest"
# the mayor is coded as a government actor (the convention of 109)
ev(d, 1, "Arrests", day("2025-03-19"), pol("Turkey", "TUR", "Police"),
   A("Government of Turkey", "the city's mayor, Ekrem Imamoglu", 1, "TUR"), P("Istanbul", "TR"), arr=N(None, 100, None),
   attribution=[("Istanbul chief prosecutor's office", "the Istanbul chief prosecutor's office said")])
ev(d, 2, "Protest with intervention", day("2025-03-19"), A("Protesters (Turkey)", "thousands of people", 6, "TUR"),
   pol("Turkey", "TUR", "Turkish police"), P("Istanbul", "TR"), crowd=dict(low=2000, high=100000),
   attribution=[("AFP reporters", "AFP reporters saw"),
                ("Republican People's Party", "The main opposition Republican People's Party (CHP) said")])
# not coded: the 37 detained over social media posts (no single happening), the ban on demonstrations, the primary

d = "125_bijapur_maoist_ied_abujhmarh_gunfight"
# Ambeli, Kutru and Chhattisgarh's Bijapur are missing from cities500 (Bijapur there is Karnataka's):
# Bhairamgarh, which the article names, at precision 2
ev(d, 1, "Remote explosive/landmine/IED", day("2025-01-06"),
   A("Communist Party of India (Maoist)", "Maoist rebels", 2, "IND"),
   pol("India", "IND", "a vehicle carrying police commandos"), P("Bhairamgarh", "IN", 2), fat=exact(9),
   attribution=[("police", "police said"), ("police inspector-general", "said Sundarraj P., the police inspector-general")],
   claims=[("Communist Party of India (Maoist)", "claim responsibility", None,
            "The Communist Party of India (Maoist) claimed responsibility in a statement")])
ev(d, 2, "Armed clash", span("2025-01-04", "2025-01-05", "range"), pol("India", "IND", "police and paramilitary troops"),
   A("Communist Party of India (Maoist)", "Maoists", 2, "IND"), P("Narayanpur", "IN", 2), fat=exact(6),
   attribution=[("police", "police said")])
ev(d, 3, "Armed clash", day("2021-04-03"), A("Communist Party of India (Maoist)", "The Maoists", 2, "IND"),
   pol("India", "IND", "22 security personnel"), P("Sukma", "IN", 2), background=True, fat=exact(22))
# not coded: the 200 Maoists killed last year (a summary), the pledge to end the insurgency by March 2026


# --- 126-140: seventh batch (session 7), written without running the extractor on them ---
d = "126_kolokani_fuel_convoy_ambush_nioro_drone_strike"
# an ambush on an army-escorted convoy that kills soldiers is a clash; the drivers taken are part of it
ev(d, 1, "Armed clash", day("2025-09-14"),
   A("JNIM", "Fighters from al Qaeda's affiliate in the Sahel", 2, "MLI", ("Al Qaeda",)),
   mil("Mali", "MLI", "soldiers"), P("Kati", "ML", 2), fat=atleast(8),
   assoc2=[civ("Mali", "MLI", "several drivers")],
   attribution=[("security source", "a security source said")],
   claims=[("JNIM", "claim responsibility", None, "The Group for the Support of Islam and Muslims (JNIM) claimed the attack on its propaganda channels")])
ev(d, 2, "Air/drone strike", day("2025-09-13"), mil("Mali", "MLI", "Mali's army"),
   A("JNIM", "a gathering of the militants", 2, "MLI", ("Al Qaeda",)), P("Nioro", "ML", 2), fat=N(24, 24, None),
   attribution=[("army", "In a statement on Sunday evening, the army said")],
   claims=[("Military Forces of Mali", "claim responsibility", "JNIM",
            "the army said its drones had destroyed vehicles and killed \"dozens of terrorists\" near Nioro du Sahel")])
ev(d, 3, "Armed clash", day("2024-09-17"), A("JNIM", "its fighters", 2, "MLI", ("Al Qaeda",)),
   mil("Mali", "MLI", "a gendarmerie training school and the military airport"), P("Bamako", "ML"), background=True,
   fat=atleast(70))
# not coded: the announced fuel blockade and the tankers burned since (a summary), the coups, the convoy rule

d = "127_yelewata_massacre_makurdi_protest_kajuru_abduction"
# Yelewata is missing from cities500: Makurdi, "about 20 km" away, at precision 2; only the governor names herders
ev(d, 1, "Attack", span("2025-06-13", "2025-06-14", "range"), uag("Nigeria", "NGA", "Gunmen"),
   civ("Nigeria", "NGA", "residents"), P("Makurdi", "NG", 2), fat=atleast(100),
   attribution=[("survivors", "survivors said"), ("Amnesty International", "Amnesty International said")],
   claims=[("Benue state governor", "accuse", "armed herders",
            "Benue state governor Hyacinth Alia blamed the attack on \"armed herders\"")])
# some protesters throw stones back after the tear gas: still a protest with intervention (the convention of 70)
ev(d, 2, "Protest with intervention", day("2025-06-16"), A("Protesters (Nigeria)", "hundreds of young people", 6, "NGA"),
   pol("Nigeria", "NGA", "Police"), P("Makurdi", "NG"), crowd=dict(low=200, high=None),
   attribution=[("AFP reporter", "an AFP reporter saw")])
ev(d, 3, "Abduction/forced disappearance", day("2025-06-15"), uag("Nigeria", "NGA", "gunmen"),
   civ("Nigeria", "NGA", "12 passengers from a bus"), P("Kajuru", "NG", 2),
   attribution=[("police", "police in northwestern Kaduna state said")])
# not coded: Tinubu's expected visit, the decade of farmer-herder clashes (a summary), gangs' habits

d = "128_port_sudan_drone_strikes_nyala_airport"
# the army alone blames the RSF: actor1 unidentified, the blame an accusation; Sunday's strike is news of its own
ev(d, 1, "Air/drone strike", day("2025-05-06"), uag("Sudan", "SDN", "Drones"), None, P("Port Sudan", "SD"),
   attribution=[("witnesses", "witnesses said"), ("AFP correspondent", "An AFP correspondent saw"),
                ("military source", "a military source said")],
   claims=[("Military Forces of Sudan", "accuse", "Rapid Support Forces", "The army blamed the RSF for the strikes.")])
ev(d, 2, "Air/drone strike", day("2025-05-04"), uag("Sudan", "SDN", "drones"),
   mil("Sudan", "SDN", "the Osman Digna air base"), P("Port Sudan", "SD"),
   claims=[("Military Forces of Sudan", "accuse", "Rapid Support Forces", "The army blamed the RSF for the strikes.")])
ev(d, 3, "Air/drone strike", day("2025-05-05"), mil("Sudan", "SDN", "the air force"),
   A("Rapid Support Forces", "the RSF", 2, "SDN"), P("Nyala", "SD"),
   attribution=[("army spokesman", "Army spokesman Nabil Abdallah said on Tuesday")],
   claims=[("Military Forces of Sudan", "claim responsibility", "Rapid Support Forces",
            "the air force had destroyed a cargo plane carrying drones and weapons for the RSF at Nyala airport")])
# not coded: the RSF's hold on Nyala (a state, not a happening), the start of the war, the break with the UAE

d = "129_adan_yabaal_shabaab_takeover_jowhar_us_strike"
# Adan Yabaal is missing from cities500 and no town is named near it: the province (Middle Shabelle)
ev(d, 1, "Non-state actor overtakes territory", day("2025-04-16"), A("Al Shabaab", "Al Shabaab fighters", 2, "SOM"),
   mil("Somalia", "SOM", "government troops"), R("Shabeellaha Dhexe", "SO", "Jowhar"),
   attribution=[("residents", "residents and a local elder said")],
   claims=[("Al Shabaab", "claim responsibility", "Adan Yabaal",
            "Al Shabaab said in a statement on its radio station that its fighters had \"liberated\" the town")])
ev(d, 2, "Air/drone strike", day("2025-04-17"), mil("the United States", "USA", "The U.S. military", 8),
   A("Al Shabaab", "al Shabaab", 2, "SOM"), P("Jowhar", "SO", 2),
   attribution=[("U.S. military", "The U.S. military said in a statement")],
   claims=[("U.S. military", "claim responsibility", "Al Shabaab",
            "it had carried out an air strike against al Shabaab about 20 km north of Jowhar on Thursday")])
ev(d, 3, "Remote explosive/landmine/IED", day("2025-03-18"), A("Al Shabaab", "The group", 2, "SOM"),
   A("Government of Somalia", "President Hassan Sheikh Mohamud's convoy", 1, "SOM"), P("Mogadishu", "SO"), background=True,
   claims=[("Al Shabaab", "claim responsibility", None, "The group said it had carried out that attack.")])
# not coded: the towns retaken since February (a summary), the base's use since 2022, the AU mission's funding

d = "130_komanda_church_attack_adf_ituri"
# Komanda is missing from cities500: Bunia, "about 70 km" away, at precision 2; "the toll rose to 43": at least
ev(d, 1, "Attack", day("2025-07-27"),
   A("Allied Democratic Forces", "Rebels of the Allied Democratic Forces (ADF)", 2, "COD", ("Islamic State",)),
   civ("Democratic Republic of Congo", "COD", "worshippers who had gathered for a night vigil"), P("Bunia", "CD", 2),
   fat=atleast(43),
   attribution=[("officials and the United Nations", "officials and the United Nations said"),
                ("MONUSCO", "the UN peacekeeping mission, MONUSCO, said")],
   claims=[("Islamic State", "claim responsibility", None, "The Islamic State group ... claimed the attack in a statement on its Telegram channels.")])
ev(d, 2, "Armed clash", day("2025-07-28"), mil("Democratic Republic of Congo", "COD", "its troops"),
   A("Allied Democratic Forces", "the attackers", 2, "COD", ("Islamic State",)), P("Bunia", "CD", 2), fat=exact(4),
   attribution=[("army", "The Congolese army said"), ("army spokesman", "Army spokesman Jules Ngongo said")])
# villages of Lubero territory: Lubero at precision 2
ev(d, 3, "Attack", span("2025-02-01", "2025-02-28", "month"),
   A("Allied Democratic Forces", "its fighters", 2, "COD", ("Islamic State",)),
   civ("Democratic Republic of Congo", "COD", "more than 70 people"), P("Lubero", "CD", 2), background=True,
   fat=atleast(70), attribution=[("local officials", "according to local officials")])
# not coded: the joint operations since 2021, the thousands killed over the decade (summaries)

d = "131_macomia_insurgents_storm_town_rwandan_clash"
# storming, fighting and looting from Friday until the withdrawal on Saturday: one clash over an explicit span
ev(d, 1, "Armed clash", span("2024-05-10", "2024-05-11", "range"),
   A("Islamic State", "Islamic State-linked insurgents", 2, "MOZ"), mil("Mozambique", "MOZ", "government troops"),
   P("Macomia", "MZ"), fat=atleast(10),
   attribution=[("residents", "residents and a security source said"), ("security source", "the source said")],
   claims=[("Islamic State", "claim responsibility", None,
            "The Islamic State group said in a statement that its fighters had killed \"dozens\" of Mozambican soldiers")])
ev(d, 2, "Armed clash", day("2024-05-09"), mil("Rwanda", "RWA", "its troops", 8),
   A("Islamic State", "seven insurgents", 2, "MOZ"), P("Mocimboa da Praia", "MZ", 2), fat=exact(7),
   attribution=[("Rwanda Defence Force", "Rwanda's defence force said on Sunday")])
# Palma is missing from cities500 and no town is named near it: the province; its defenders are not named (empty text)
ev(d, 3, "Non-state actor overtakes territory", span("2021-03-01", "2021-03-31", "month"),
   A("Islamic State", "the militants", 2, "MOZ"), mil("Mozambique", "MOZ", ""), R("Cabo Delgado", "MZ", "Pemba"),
   background=True, fat=N(24, 24, None))
# not coded: the Rwandan deployment since 2021, the toll since 2017 (a summary), the SADC withdrawal

d = "132_ann_western_command_arakan_army_taungup_airstrike"
# the junta does not deny the claim; Maungdaw is missing from cities500 and no town is named: the province
ev(d, 1, "Non-state actor overtakes territory", day("2024-12-20"), A("Arakan Army", "The Arakan Army", 2, "MMR"),
   mil("Myanmar", "MMR", "the military's Western Command"), P("Ann", "MM"),
   attribution=[("Arakan Army", "In a statement on its Telegram channel, the group said")],
   claims=[("Arakan Army", "claim responsibility", "Ann",
            "the group said its fighters had taken full control of the base on Friday")])
ev(d, 2, "Air/drone strike", day("2024-12-19"), mil("Myanmar", "MMR", "military jets"),
   civ("Myanmar", "MMR", "eight civilians, including two children"), P("Taungup", "MM", 2), fat=exact(8),
   attribution=[("residents", "Residents said")])
ev(d, 3, "Non-state actor overtakes territory", day("2024-12-08"), A("Arakan Army", "it", 2, "MMR"),
   mil("Myanmar", "MMR", "the last military outpost there"), R("Rakhine", "MM", "Sittwe"), background=True)
# not coded: the 14 of 17 townships (a summary), the 2023 offensive, the 2021 coup, Bangladesh's border

d = "133_sambhal_mosque_survey_clashes_moradabad_arrests"
# the crowd stones police and burns vehicles: a riot; who shot the four is disputed (claims); its arrests are part of it
ev(d, 1, "Violent demonstration", day("2024-11-24"), A("Rioters (India)", "a crowd", 5, "IND"),
   pol("India", "IND", "police"), P("Sambhal", "IN"), fat=exact(4), inj=atleast(20), arr=exact(25),
   crowd=dict(low=200, high=None),
   attribution=[("officials", "officials said"),
                ("divisional commissioner", "said Moradabad divisional commissioner Aunjaneya Kumar Singh"),
                ("police", "Police said on Monday")],
   claims=[("families of the dead", "accuse", "Police Forces of India", "Their families said they had been shot by police"),
           ("district police chief", "deny", None, "denied that officers had fired live rounds")])
# "neighbouring Moradabad district": its seat at precision 2
ev(d, 2, "Arrests", day("2024-11-25"), pol("India", "IND", "police"),
   A("Samajwadi Party", "12 members of the opposition Samajwadi Party", 3, "IND"), P("Moradabad", "IN", 2),
   arr=exact(12), attribution=[("party spokesman", "a party spokesman said")])
# not coded: the internet cut, school closures and entry ban, the court order, the 2019 Ayodhya ruling

d = "134_indian_strikes_bahawalpur_muzaffarabad_poonch_shelling"
# jets firing missiles: air strikes; the nine sites and the 26 dead are a total, only the named places are coded
ev(d, 1, "Air/drone strike", day("2025-05-07"), mil("India", "IND", "Indian jets", 8),
   civ("Pakistan", "PAK", "13 people, among them women and children"), P("Bahawalpur", "PK"), fat=exact(13),
   attribution=[("Pakistani military spokesman", "Pakistan's military spokesman, Lieutenant General Ahmed Sharif Chaudhry, said")],
   claims=[("Indian defence ministry", "claim responsibility", "Jaish-e-Mohammed",
            "a complex in Bahawalpur that it said was the headquarters of the militant group Jaish-e-Mohammed")])
ev(d, 2, "Air/drone strike", day("2025-05-07"), mil("India", "IND", "a missile", 8),
   civ("Pakistan", "PAK", "three people"), P("Muzaffarabad", "PK"), fat=exact(3),
   attribution=[("Pakistani military spokesman", "he said")])
ev(d, 3, "Shelling/artillery/missile attack", day("2025-05-07"), mil("Pakistan", "PAK", "Pakistani artillery", 8),
   civ("India", "IND", "at least 12 civilians"), P("Punch", "IN"), fat=atleast(12), inj=exact(38),
   attribution=[("Indian army", "the Indian army said"), ("Indian army officials", "Indian army officials said")])
# only New Delhi names a perpetrator: unidentified, with the accusation and Islamabad's denial
ev(d, 4, "Attack", day("2025-04-22"), uag("India", "IND", ""),
   civ("India", "IND", "26 men, most of them tourists"), P("Pahalgam", "IN", 2), background=True, fat=exact(26),
   claims=[("Government of India", "accuse", "Pakistan-backed militants", "New Delhi blamed Pakistan-backed militants for the attack"),
           ("Government of Pakistan", "deny", None, "Islamabad denied any role")])
# not coded: the unnamed sites, Pakistan's vow to respond, the airspace closure, the treaty suspension, the expulsions

d = "135_doha_pakistan_afghanistan_ceasefire_urgun_strikes"
ev(d, 1, "Agreement", day("2025-10-18"), A("Government of Pakistan", "Pakistan", 1, "PAK"),
   A("Government of Afghanistan", "Afghanistan", 1, "AFG"), P("Doha", "QA"),
   attribution=[("Qatari foreign ministry", "Qatar's foreign ministry said on Sunday")])
# Pakistan's officials acknowledge the strikes: Pakistan is actor1 (the convention of 51)
ev(d, 2, "Air/drone strike", day("2025-10-17"), mil("Pakistan", "PAK", "Pakistani air strikes", 8),
   civ("Afghanistan", "AFG", "10 people, including three local cricketers"), P("Urgun", "AF", 2), fat=exact(10),
   attribution=[("Taliban government", "according to the Taliban government and the Afghanistan Cricket Board")],
   claims=[("Pakistani security officials", "claim responsibility", "Hafiz Gul Bahadur group",
            "Pakistani security officials said the strikes had targeted hideouts of a militant group led by Hafiz Gul Bahadur")])
# Mir Ali is missing from cities500: Miranshah, "about 25 km" away, at precision 2
ev(d, 3, "Suicide bomb", day("2025-10-17"),
   A("Hafiz Gul Bahadur Group", "a militant group led by Hafiz Gul Bahadur", 2, "PAK"),
   mil("Pakistan", "PAK", "a military camp"), P("Miran Shah", "PK", 2), fat=exact(6),
   attribution=[("Pakistani security officials", "the officials said")],
   claims=[("Hafiz Gul Bahadur Group", "claim responsibility", None, "the Hafiz Gul Bahadur group said it had carried out the attack")])
# not coded: the week of border fighting (a summary), the Istanbul meeting (planned), the closed crossings

d = "136_bogota_miguel_uribe_shot_morales_police_station"
# an opposition senator is coded as his party (the convention of 54); the teenager's detention is part of the attack
ev(d, 1, "Attack", day("2025-06-07"), uag("Colombia", "COL", "A gunman"),
   A("Democratic Centre", "Miguel Uribe Turbay, a senator for the opposition Democratic Centre party", 3, "COL"),
   P("Bogota", "CO"), inj=exact(3), arr=exact(1),
   attribution=[("defence minister", "Defence Minister Pedro Sanchez said"), ("police", "the police said")])
# only the police name FARC dissidents: unidentified, with an accusation (the convention of 19)
ev(d, 2, "Armed clash", day("2025-06-07"), uag("Colombia", "COL", "fighters"),
   pol("Colombia", "COL", "the police station in the town of Morales"), P("Morales", "CO"), inj=exact(2),
   attribution=[("police", "the police said")],
   claims=[("Police Forces of Colombia", "accuse", "FARC dissidents",
            "The police blamed dissidents of the former FARC rebel group who rejected the 2016 peace deal.")])
# not coded: Diana Turbay's death in 1991 (no place given), the candidates murdered around 1990 (a summary)

d = "137_irapuato_festival_shooting_celaya_firefight"
ev(d, 1, "Attack", day("2025-06-24"), uag("Mexico", "MEX", "Gunmen"),
   civ("Mexico", "MEX", "people celebrating a religious festival"), P("Irapuato", "MX"), fat=exact(12), inj=exact(20),
   arr=exact(0),
   attribution=[("local officials", "local officials said"), ("mayor", "said Irapuato's mayor, Lorena Alfaro")])
ev(d, 2, "Armed clash", day("2025-06-23"), mil("Mexico", "MEX", "soldiers"),
   uag("Mexico", "MEX", "four suspected cartel gunmen"), P("Celaya", "MX", 2), fat=exact(4), inj=exact(1),
   attribution=[("defence ministry", "the defence ministry said")])
ev(d, 3, "Attack", day("2020-07-01"), uag("Mexico", "MEX", "gunmen"), civ("Mexico", "MEX", "27 people"),
   P("Irapuato", "MX"), background=True, fat=exact(27))
# not coded: the cartels' turf war and last year's murder tally (summaries)

d = "138_pont_sonde_gran_grif_massacre_saint_marc_shootout"
# Pont-Sonde is missing from cities500: Saint-Marc, "about 20 km" away, at precision 2
ev(d, 1, "Attack", day("2024-10-03"), A("Gran Grif", "Members of the Gran Grif gang", 3, "HTI"),
   civ("Haiti", "HTI", "at least 70 people, including 10 women and three babies"), P("Saint-Marc", "HT", 2),
   fat=atleast(70), inj=exact(16),
   attribution=[("UN human rights office", "the United Nations human rights office said"), ("survivors", "survivors said")],
   claims=[("Luckson Elan", "claim responsibility", None,
            "Gran Grif's leader, Luckson Elan, said in a voice message ... that his fighters had attacked the town")])
ev(d, 2, "Armed clash", day("2024-10-04"), pol("Haiti", "HTI", "officers and soldiers"),
   A("Gran Grif", "at least two gang members", 3, "HTI"), P("Saint-Marc", "HT", 2), fat=atleast(2), inj=exact(1),
   assoc1=[mil("Haiti", "HTI", "soldiers")],
   attribution=[("police", "Police said"), ("police spokesman", "a police spokesman said")])
# not coded: the gangs' expansion and the half-year toll (summaries), the Kenyan-led mission's focus

d = "139_kyiv_overnight_strike_darnytskyi_refineries_hit"
# "overnight" before a Thursday publication: Wednesday night and Thursday; the deaths came from a missile
ev(d, 1, "Shelling/artillery/missile attack", span("2025-08-27", "2025-08-28", "range"),
   mil("Russia", "RUS", "Russia", 8), civ("Ukraine", "UKR", "at least 18 people, including four children"),
   P("Kyiv", "UA"), fat=atleast(18), inj=exact(48),
   attribution=[("city officials", "city officials said on Thursday"),
                ("head of Kyiv's military administration", "said Tymur Tkachenko, the head of Kyiv's military administration")],
   claims=[("Russian defence ministry", "claim responsibility", "military-industrial enterprises and air bases",
            "Russia's defence ministry said it had struck military-industrial enterprises and air bases")])
ev(d, 2, "Disrupted weapons use", span("2025-08-27", "2025-08-28", "range"), mil("Ukraine", "UKR", "air defences"),
   mil("Russia", "RUS", "598 drones and 31 missiles", 8), R("Kyivska oblast", "UA", "Kyiv"),
   attribution=[("Ukrainian air force", "Ukraine's air force said")])
ev(d, 3, "Air/drone strike", span("2025-08-27", "2025-08-28", "range"), mil("Ukraine", "UKR", "its drones", 8), None,
   P("Afipskiy", "RU"), fat=exact(0), inj=exact(0),
   attribution=[("Krasnodar regional authorities", "The Krasnodar regional authorities said")],
   claims=[("Military Forces of Ukraine", "claim responsibility", "Afipsky oil refinery",
            "Ukraine said its drones had hit the Afipsky oil refinery in Russia's Krasnodar region")])
ev(d, 4, "Air/drone strike", span("2025-08-27", "2025-08-28", "range"), mil("Ukraine", "UKR", "its drones", 8), None,
   P("Novokuybyshevsk", "RU"),
   claims=[("Military Forces of Ukraine", "claim responsibility", "Novokuibyshevsk refinery",
            "Ukraine said its drones had hit ... the Novokuibyshevsk refinery in the Samara region")])
# not coded: the EU's summoning of the envoy, the day of mourning, the proposed Putin-Zelenskiy meeting

d = "140_vrbas_backa_palanka_clashes_novi_sad_sns_office"
# protesters and party supporters stoning each other: a riot with the party's supporters as actor2
ev(d, 1, "Violent demonstration", day("2025-08-13"), A("Rioters (Serbia)", "Anti-government protesters", 5, "SRB"),
   A("Rioters (Serbia)", "supporters of Serbia's ruling party", 5, "SRB", ("Serbian Progressive Party",)),
   P("Vrbas", "RS"), inj=atleast(16), crowd=dict(low=200, high=None),
   attribution=[("interior ministry", "the interior ministry said")])
ev(d, 2, "Violent demonstration", day("2025-08-13"), A("Rioters (Serbia)", "Anti-government protesters", 5, "SRB"),
   A("Rioters (Serbia)", "supporters of Serbia's ruling party", 5, "SRB", ("Serbian Progressive Party",)),
   P("Backa Palanka", "RS"), attribution=[("local media", "local media reported")])
ev(d, 3, "Violent demonstration", day("2025-08-14"), A("Rioters (Serbia)", "masked protesters", 5, "SRB"),
   pol("Serbia", "SRB", "Police"), P("Novi Sad", "RS"), arr=exact(11),
   attribution=[("interior ministry", "the ministry said")])
ev(d, 4, "Peaceful protest", day("2025-08-14"), A("Protesters (Serbia)", "tens of thousands of people", 6, "SRB"), None,
   P("Belgrade", "RS"), crowd=dict(low=20000, high=None))
# not coded: the canopy collapse (an accident), Saturday's called-for rally, Vucic's accusations


# --- 141-150: eighth batch (late in session 7), written without running the extractor on them ---
d = "141_djibo_jnim_base_attack_drone_strikes"
# the group's own claim makes JNIM actor1; "between 50 and 100" people, most of them soldiers: low = best = 50
ev(d, 1, "Armed clash", day("2025-05-11"),
   A("JNIM", "Fighters of the al Qaeda-linked Group for the Support of Islam and Muslims (JNIM)", 2, "BFA", ("Al Qaeda",)),
   mil("Burkina Faso", "BFA", "troops"), P("Djibo", "BF"), fat=N(50, 50, 100),
   assoc2=[A("Volunteers for the Defense of the Homeland", "auxiliary volunteers", 3, "BFA")],
   attribution=[("security sources", "security sources and residents said"), ("resident", "a resident reached by telephone said")],
   claims=[("JNIM", "claim responsibility", None, "JNIM claimed the attack on Monday in a message published by its propaganda arm")])
# "about 40 km north of Djibo": Djibo at precision 2; "dozens of terrorists": 24
ev(d, 2, "Air/drone strike", day("2025-05-12"), mil("Burkina Faso", "BFA", "its drones"),
   A("JNIM", "a column of fighters", 2, "BFA", ("Al Qaeda",)), P("Djibo", "BF", 2), fat=N(24, 24, None),
   attribution=[("army", "The army said in a statement read on state television")],
   claims=[("Military Forces of Burkina Faso", "claim responsibility", "JNIM",
            "its drones had struck a column of fighters about 40 km north of Djibo on Monday, killing \"dozens of terrorists\"")])
# Barsalogho is missing from cities500: Kaya, "about 40 km" away, at precision 2 (as in 10)
ev(d, 3, "Attack", day("2024-08-24"), A("JNIM", "JNIM fighters", 2, "BFA", ("Al Qaeda",)),
   civ("Burkina Faso", "BFA", "hundreds of villagers who had been ordered to dig defensive trenches"), P("Kaya", "BF", 2),
   background=True, fat=N(200, 200, None),
   claims=[("JNIM", "claim responsibility", None, "in an attack the group later claimed")])
# not coded: the blockade of Djibo (a state), the 2022 coup, the share of territory outside state control

d = "142_kumbo_gunmen_kill_four_bamenda_separatist_camp_raid"
# only the army names separatists: actor1 unidentified, the blame an accusation
ev(d, 1, "Attack", day("2024-02-13"), uag("Cameroon", "CMR", "Gunmen"),
   civ("Cameroon", "CMR", "four people, including a primary school teacher"), P("Kumbo", "CM"), fat=exact(4), inj=exact(2),
   attribution=[("local officials", "local officials said"), ("municipal councillor", "a municipal councillor told Reuters")],
   claims=[("Military Forces of Cameroon", "accuse", "Ambazonian Separatists", "The army blamed Ambazonian separatist fighters")])
# "about 15 km from Bamenda": Bamenda at precision 2
ev(d, 2, "Armed clash", day("2024-02-12"), mil("Cameroon", "CMR", "soldiers"),
   A("Ambazonian Separatists", "seven fighters", 2, "CMR"), P("Bamenda", "CM", 2), fat=exact(7),
   attribution=[("army", "the army said")])
# not coded: the separatists' Youth Day stay-at-home order, the conflict's toll since 2017, habits, the collapsed talks

d = "143_ndjamena_psf_headquarters_assault_anse_attack"
# an opposition party is coded as in 136; the 25 arrests at the headquarters are part of the assault
ev(d, 1, "Armed clash", day("2024-02-28"), mil("Chad", "TCD", "Chadian troops"),
   A("Socialist Party Without Borders", "the opposition Socialist Party Without Borders (PSF)", 3, "TCD"),
   P("N'Djamena", "TD"), fat=atleast(4), arr=exact(25),
   attribution=[("public prosecutor", "the public prosecutor said"), ("residents", "residents said")])
# the attack the government gives as the cause of the assault: background (the convention of 48); only the
# government names the PSF, which denies it: unidentified, with the accusation and the denial; "several": 3
ev(d, 2, "Armed clash", day("2024-02-27"), uag("Chad", "TCD", ""),
   mil("Chad", "TCD", "the headquarters of the National Security Agency (ANSE)"), P("N'Djamena", "TD"),
   background=True, fat=N(3, 3, None),
   attribution=[("government", "The government said")],
   claims=[("Government of Chad", "accuse", "Socialist Party Without Borders", "It accused PSF members of carrying out that attack."),
           ("Socialist Party Without Borders", "deny", None, "The party denied any involvement")])
# not coded: Idriss Deby's death in April 2021 (no place given), the May election, the called "dead city" day

d = "144_tripoli_kikli_killed_clashes_martyrs_square_protest"
# Kikli's killing and the night's fighting are one clash, "late on Monday ... until early on Tuesday": a range
ev(d, 1, "Armed clash", span("2025-05-12", "2025-05-13", "range"),
   mil("Libya", "LBY", "Forces allied to the Government of National Unity, including the 444 Brigade"),
   A("Stability Support Apparatus", "the powerful Stability Support Apparatus (SSA)", 3, "LBY"), P("Tripoli", "LY"),
   fat=atleast(6),
   attribution=[("residents", "residents and security sources said"), ("health ministry", "The health ministry said")],
   claims=[("Libyan defence ministry", "claim responsibility", "Stability Support Apparatus",
            "The defence ministry said the operation in Abu Salim had been \"a success\"")])
ev(d, 2, "Peaceful protest", day("2025-05-13"), A("Protesters (Libya)", "several hundred people", 6, "LBY"), None,
   P("Tripoli", "LY"), crowd=dict(low=300, high=None), attribution=[("witnesses", "witnesses said")])
ev(d, 3, "Armed clash", span("2023-08-14", "2023-08-15", "range"), mil("Libya", "LBY", "the 444 Brigade"),
   A("Radaa Deterrence Force", "the Radaa force", 3, "LBY"), P("Tripoli", "LY"), background=True, fat=exact(55))
# not coded: the class suspensions and diverted flights, the 2014 split, the UN's offer of talks

d = "145_kirkuk_kurd_arab_clashes_erbil_rally"
# rival crowds stoning each other, shots from an unknown side, cars burned: a riot between two crowds (as in 140)
ev(d, 1, "Violent demonstration", day("2023-09-02"), A("Rioters (Iraq)", "Kurdish protesters", 5, "IRQ"),
   A("Rioters (Iraq)", "Arab and Turkmen demonstrators", 5, "IRQ"), P("Kirkuk", "IQ"), fat=exact(4), inj=exact(15),
   attribution=[("health official", "a health official said"), ("witnesses", "witnesses said")])
ev(d, 2, "Peaceful protest", day("2023-09-03"), A("Protesters (Iraq)", "several hundred people", 6, "IRQ"), None,
   P("Erbil", "IQ"), crowd=dict(low=300, high=None))
# not coded: the week-long road blockade (a summary), the curfew, the 2017 takeover (a year only), the court's suspension

d = "146_marawi_university_mass_bombing_cotabato_clash"
# the group's claim makes Islamic State actor1; the army's suspicion of Dawlah Islamiyah is an accusation;
# "between 42 and 50" wounded: low = best = 42, high 50
ev(d, 1, "Remote explosive/landmine/IED", day("2023-12-03"), A("Islamic State", "The Islamic State group", 2, "PHL"),
   civ("Philippines", "PHL", "students and teachers of Mindanao State University"), P("Marawi", "PH"),
   fat=exact(4), inj=N(42, 42, 50),
   attribution=[("officials", "officials said"), ("police", "police said")],
   claims=[("Islamic State", "claim responsibility", None, "The Islamic State group claimed the attack in a statement on Monday."),
           ("military officials", "accuse", "Dawlah Islamiyah", "Military officials said they suspected members of Dawlah Islamiyah")])
# the operation offered as the bombing's possible cause: background (the convention of 119's landmine);
# "about 50 km south of Cotabato City": Cotabato at precision 2
ev(d, 2, "Armed clash", day("2023-12-01"), mil("Philippines", "PHL", "troops"),
   A("Dawlah Islamiyah", "11 Dawlah Islamiyah fighters, among them a regional leader", 2, "PHL", ("Islamic State",)),
   P("Cotabato", "PH", 2), background=True, fat=exact(11), attribution=[("army", "the army said")])
# not coded: the 2017 siege (five months, a summary), the 2025 Bangsamoro election

d = "147_tak_bai_market_bomb_yala_shooting_anniversary"
# no perpetrator named but by the police: unidentified (empty text), the blame an accusation
ev(d, 1, "Remote explosive/landmine/IED", day("2024-10-25"), uag("Thailand", "THA", ""),
   mil("Thailand", "THA", "three paramilitary rangers"), P("Tak Bai", "TH"), inj=exact(4),
   assoc2=[civ("Thailand", "THA", "a food vendor")],
   attribution=[("police", "police said")],
   claims=[("Police Forces of Thailand", "accuse", "Barisan Revolusi Nasional", "Police blamed the Barisan Revolusi Nasional (BRN)")])
# "two days earlier" than Friday; Bannang Sata is missing from cities500: Yala, "about 30 km" away, at precision 2
ev(d, 2, "Attack", day("2024-10-23"), uag("Thailand", "THA", "gunmen on a motorcycle"),
   civ("Thailand", "THA", "a rubber tapper"), P("Yala", "TH", 2), fat=exact(1),
   attribution=[("police officer", "a police officer said")])
# seven shot and 78 suffocated in army trucks: 85 dead in one happening
ev(d, 3, "Excessive force against protesters", day("2004-10-25"), mil("Thailand", "THA", "Troops"),
   A("Protesters (Thailand)", "a crowd outside the district police station", 6, "THA"), P("Tak Bai", "TH"),
   background=True, fat=exact(85))
# not coded: the case's lapse, the prime minister's apology, the insurgency's toll since 2004, the stalled talks

d = "148_guayaquil_tv_studio_storming_nobol_police_killed"
# staff held at gunpoint until police freed them: a hostage-taking, with the 13 arrests and the injured in it
ev(d, 1, "Abduction/forced disappearance", day("2024-01-09"),
   uag("Ecuador", "ECU", "Hooded men armed with guns and explosives"), civ("Ecuador", "ECU", "journalists and staff"),
   P("Guayaquil", "EC"), fat=exact(0), inj=exact(2), arr=exact(13),
   attribution=[("national police commander", "the national police commander, Cesar Zapata, said")])
# Nobol is missing from cities500: Guayaquil, "about 30 km" away, at precision 2; gunmen against police: a clash
ev(d, 2, "Armed clash", day("2024-01-09"), uag("Ecuador", "ECU", "gunmen"), pol("Ecuador", "ECU", "two police officers"),
   P("Guayaquil", "EC", 2), fat=exact(2), attribution=[("police", "the police said")])
# not coded: Macias's escape (no violence), the "internal armed conflict" decree, the prison riots (several prisons),
# the homicide trend, the school closures

d = "149_nairobi_parliament_stormed_finance_bill_nyeri_march"
# a crowd that storms and burns parliament is a riot although police fire on it (the convention of 01);
# "between five and 13": low = best = 5, high 13; "more than 100" injured: at least
ev(d, 1, "Violent demonstration", day("2024-06-25"), A("Rioters (Kenya)", "Protesters", 5, "KEN"),
   pol("Kenya", "KEN", "police"), P("Nairobi", "KE"), fat=N(5, 5, 13), inj=atleast(100),
   crowd=dict(low=2000, high=None),
   attribution=[("rights groups", "according to rights groups"), ("Reuters witnesses", "Reuters witnesses said"),
                ("Kenya Medical Association", "the Kenya Medical Association said")])
ev(d, 2, "Peaceful protest", day("2024-06-25"), A("Protesters (Kenya)", "several hundred people", 6, "KEN"), None,
   P("Nyeri", "KE"), crowd=dict(low=300, high=None), attribution=[("local media", "local media reported")])
# the killing that fed the anger: background (the convention of 48); "last Thursday" before a Wednesday
ev(d, 3, "Excessive force against protesters", day("2024-06-20"), pol("Kenya", "KEN", "police"),
   A("Protesters (Kenya)", "a 29-year-old protester, Rex Kanyike Masai", 6, "KEN"), P("Nairobi", "KE"),
   background=True, fat=exact(1),
   attribution=[("family", "according to his family"),
                ("Independent Policing Oversight Authority", "the Independent Policing Oversight Authority")])
# not coded: the bill's passage, the army deployment, Thursday's called-for demonstrations

d = "150_karabakh_offensive_ceasefire_yerevan_protest"
# the offensive "on Tuesday and Wednesday" around Stepanakert (GeoNames: Khankendi) at precision 2; Azerbaijan
# fights on its recognised territory, so its forces are state forces (1)
ev(d, 1, "Armed clash", span("2023-09-19", "2023-09-20", "range"), mil("Azerbaijan", "AZE", "Azerbaijani troops"),
   A("Artsakh Defence Army", "ethnic Armenian forces", 2, "AZE"), P("Stepanakert", "AZ", 2),
   fat=atleast(200), inj=atleast(400),
   attribution=[("Karabakh officials", "Karabakh officials said")],
   claims=[("Government of Azerbaijan", "claim responsibility", "military positions",
            "Baku described the offensive as \"anti-terrorist measures\" and said it had taken more than 60 military positions")])
ev(d, 2, "Agreement", day("2023-09-20"),
   A("Artsakh Defence Army", "Ethnic Armenian leaders in Nagorno-Karabakh", 2, "AZE"),
   A("Government of Azerbaijan", "Azerbaijan", 1, "AZE"), P("Stepanakert", "AZ"),
   assoc2=[A("Military Forces of Russia", "Russian peacekeepers", 8, "RUS")],
   attribution=[("separatist authorities", "the separatist authorities said")])
# some bottles and stones thrown at a police cordon: still a protest with intervention (the convention of 70)
ev(d, 3, "Protest with intervention", day("2023-09-20"), A("Protesters (Armenia)", "thousands of people", 6, "ARM"),
   pol("Armenia", "ARM", "police"), P("Yerevan", "AM"), arr=exact(98), crowd=dict(low=2000, high=None),
   attribution=[("interior ministry", "the interior ministry said")])
# not coded: the Yevlakh talks (planned), the 1990s and 2020 wars (summaries)



# --- 151-165: ninth batch (session 8), written without running the extractor on them ---
d = "151_anderamboukane_villagers_killed_menaka_background"
# only the governor's office names Islamic State: unidentified, the blame an accusation; the hamlet "about 30 km
# from Anderamboukane" at precision 2; the burned granaries and stolen cattle are part of the attack
ev(d, 1, "Attack", day("2023-03-12"), uag("Mali", "MLI", "Gunmen on motorbikes"),
   civ("Mali", "MLI", "17 civilians"), P("Anderamboukane", "ML", 2), fat=exact(17),
   attribution=[("local officials", "local officials and a humanitarian source said"),
                ("local elected official", "a local elected official told AFP by telephone")],
   claims=[("regional governor's office", "accuse", "Islamic State Sahel Province",
            "The regional governor's office blamed \"terrorists of the Islamic State in the Sahel\"")])
# "on 9 March last year", "near Menaka town": precision 2; "Dozens of fighters": 24
ev(d, 2, "Armed clash", day("2022-03-09"),
   A("Islamic State Sahel Province", "Islamic State fighters", 2, "MLI", ("Islamic State",)),
   A("Movement for the Salvation of Azawad", "the Movement for the Salvation of Azawad (MSA), a Tuareg armed group allied with the government", 3, "MLI"),
   P("Menaka", "ML", 2), background=True, fat=N(24, 24, None),
   attribution=[("Movement for the Salvation of Azawad", "according to the MSA")])
# "about 20 km east of Menaka": precision 2; no perpetrator named at all: unidentified with empty text
ev(d, 3, "Remote explosive/landmine/IED", day("2023-03-13"), uag("Mali", "MLI", ""),
   mil("Mali", "MLI", "an army vehicle"), P("Menaka", "ML", 2), fat=exact(2),
   attribution=[("military source", "a military source said")])
# not coded: the UN's toll since 2022 (a summary), the promised reinforcements (planned)

d = "152_kano_hardship_protest_looting_abuja_tear_gas"
# a crowd that loots and burns is a riot although police tear-gas it (the convention of 118), with its 32 arrests
ev(d, 1, "Violent demonstration", day("2024-08-01"), A("Rioters (Nigeria)", "Protesters", 5, "NGA"),
   pol("Nigeria", "NGA", "Police"), P("Kano", "NG"), arr=exact(32),
   attribution=[("Reuters witness", "a Reuters witness said"), ("Kano police commissioner", "Kano police commissioner Salman Dogo said")])
# canisters thrown back at officers: still a protest with intervention (the convention of 70)
ev(d, 2, "Protest with intervention", day("2024-08-01"), A("Protesters (Nigeria)", "several hundred protesters", 6, "NGA"),
   pol("Nigeria", "NGA", "police"), P("Abuja", "NG"), crowd=dict(low=300, high=None),
   attribution=[("Reuters reporter", "a Reuters reporter saw")])
ev(d, 3, "Peaceful protest", day("2024-08-01"), A("Protesters (Nigeria)", "about 1,000 people", 6, "NGA"), None,
   P("Lagos", "NG"), crowd=dict(low=1000, high=None))
# not coded: the curfew, the ten days of protests called for, Amnesty's deaths across the country (no place)

d = "153_goma_displacement_camps_bombed_protest_rubaya"
# the army and the United States blame the M23, which denies: unidentified, empty text; the camps on
# "the western outskirts of Goma": precision 2; "more than 20" wounded: at least
ev(d, 1, "Shelling/artillery/missile attack", day("2024-05-03"), uag("Democratic Republic of Congo", "COD", ""),
   civ("Democratic Republic of Congo", "COD", "at least 12 people, most of them children"), P("Goma", "CD", 2),
   fat=atleast(12), inj=atleast(20),
   attribution=[("army", "the army and a local civil society leader said"), ("aid workers", "aid workers said")],
   claims=[("Military Forces of Democratic Republic of Congo", "accuse", "M23", "Congo's army blamed the M23"),
           ("United States", "accuse", "M23", "the United States said the attack came from positions held by the rebels and Rwandan troops"),
           ("M23", "deny", None, "The M23 denied responsibility and accused the army of shelling the camps itself.")])
ev(d, 2, "Protest with intervention", day("2024-05-04"),
   A("Protesters (Democratic Republic of Congo)", "hundreds of people", 6, "COD"),
   pol("Democratic Republic of Congo", "COD", "Police"), P("Goma", "CD"), crowd=dict(low=200, high=None),
   attribution=[("witnesses", "witnesses said")])
# recalled for context with its own date; Rubaya is missing from cities500: Goma, "about 50 km" away, at precision 2
ev(d, 3, "Non-state actor overtakes territory", day("2024-04-30"), A("M23", "the M23", 2, "COD"), None,
   P("Goma", "CD", 2), background=True)
# not coded: the M23's gains since late 2021 (a summary), the Angolan-mediated talks (planned)

d = "154_merowe_dam_drone_strike_wad_madani_retaken"
# only the army names the RSF: unidentified (empty text) with the accusation; infrastructure only, no actor2;
# "No one was hurt": 0; the power station "at the Merowe dam": precision 2
ev(d, 1, "Air/drone strike", day("2025-01-25"), uag("Sudan", "SDN", ""), None, P("Merowe", "SD", 2),
   fat=exact(0), inj=exact(0),
   attribution=[("national electricity company", "the national electricity company said")],
   claims=[("Military Forces of Sudan", "accuse", "Rapid Support Forces", "The army blamed the paramilitary Rapid Support Forces (RSF)")])
ev(d, 2, "Government regains territory", day("2025-01-11"), mil("Sudan", "SDN", "the army"),
   A("Rapid Support Forces", "The RSF", 2, "SDN"), P("Wad Madani", "SD"), background=True)
# not coded: the war's start in April 2023 (a month only, the start of a war), the RSF's drone habit, the vow to push on

d = "155_las_anod_shelling_somaliland_clashes"
# a hospital doctor names the shooter: Somaliland's forces (state forces of the de facto government) are actor1,
# with the ministry's denial a claim
ev(d, 1, "Shelling/artillery/missile attack", day("2023-02-06"), A("Military Forces of Somaliland", "Somaliland forces", 1, "SOM"),
   civ("Somalia", "SOM", "five civilians, including two children"), P("Las Anod", "SO"), fat=exact(5), inj=exact(14),
   attribution=[("hospital doctor", "a doctor at the town's general hospital said")],
   claims=[("Military Forces of Somaliland", "deny", None, "denied targeting civilians")])
# "on the western outskirts of the town": precision 2; deaths on both sides summed
ev(d, 2, "Armed clash", day("2023-02-05"), A("Military Forces of Somaliland", "Somaliland troops", 1, "SOM"),
   A("Dhulbahante Clan Militia", "fighters loyal to clan elders who reject the breakaway region's rule", 4, "SOM"),
   P("Las Anod", "SO", 2), fat=atleast(20),
   attribution=[("local elder", "according to a local elder and a Somaliland military officer")])
# the killing that raised the tension: background (the convention of 48)
ev(d, 3, "Attack", day("2022-12-26"), uag("Somalia", "SOM", "unknown gunmen"),
   civ("Somalia", "SOM", "an opposition politician, Abdifatah Abdullahi Abdi"), P("Las Anod", "SO"),
   background=True, fat=exact(1))
# not coded: the days of protests after the killing (a summary), the elders' declaration, the UN's displacement figure

d = "156_debre_tabor_fano_clash_finote_selam_drone"
ev(d, 1, "Armed clash", day("2024-03-03"), A("Fano", "Fano militiamen", 4, "ETH"),
   mil("Ethiopia", "ETH", "army positions"), P("Debre Tabor", "ET"), fat=atleast(10),
   attribution=[("residents", "residents and a hospital worker said")])
# witnesses (a neutral source) name a military drone: the army is actor1 although it did not comment
ev(d, 2, "Air/drone strike", day("2024-03-04"), mil("Ethiopia", "ETH", "a military drone"),
   civ("Ethiopia", "ETH", "eight passengers"), P("Finote Selam", "ET", 2), fat=exact(8),
   attribution=[("residents", "two residents said")])
# "near Dangila": precision 2; nobody named
ev(d, 3, "Abduction/forced disappearance", day("2024-03-02"), uag("Ethiopia", "ETH", "armed men"),
   civ("Ethiopia", "ETH", "12 passengers, including three university students"), P("Dangila", "ET", 2),
   attribution=[("police", "the town's police said")])
# not coded: the state of emergency, the threats to crush the insurgency and to march on the capital, the Tigray war

d = "157_qamishli_turkish_drone_sdf_funeral_protest"
# Turkey's own statement makes it actor1 (foreign forces abroad: 8); the strike "near" Qamishli at precision 2
ev(d, 1, "Air/drone strike", day("2024-08-23"), mil("Turkey", "TUR", "A Turkish drone", 8),
   A("Syrian Democratic Forces", "three members of the Kurdish-led Syrian Democratic Forces (SDF)", 2, "SYR"),
   P("Al Qamishli", "SY", 2), fat=exact(3),
   attribution=[("Syrian Democratic Forces", "the group said")],
   claims=[("Military Forces of Turkey", "claim responsibility", "Syrian Democratic Forces",
            "Turkey's defence ministry said its forces had \"neutralised\" three \"terrorists\" in northern Syria on Friday")])
# a funeral turned into a protest: a peaceful protest
ev(d, 2, "Peaceful protest", day("2024-08-24"), A("Protesters (Syria)", "thousands of people", 6, "SYR"), None,
   P("Al Qamishli", "SY"), crowd=dict(low=2000, high=None), attribution=[("AFP correspondent", "an AFP correspondent said")])
ev(d, 3, "Air/drone strike", day("2023-10-05"), mil("Turkey", "TUR", "a Turkish drone", 8), None,
   P("Al Qamishli", "SY", 2), background=True)
# not coded: the regular strikes (a habit), the 2019 defeat of Islamic State, the threatened ground offensive

d = "158_quetta_railway_station_suicide_bombing"
# the group's claim makes the BLA actor1; many of the dead were soldiers, civilians associated
ev(d, 1, "Suicide bomb", day("2024-11-09"),
   A("Balochistan Liberation Army", "The separatist Balochistan Liberation Army (BLA)", 2, "PAK"),
   mil("Pakistan", "PAK", "soldiers returning from duty"), P("Quetta", "PK"), fat=atleast(26), inj=exact(62),
   assoc2=[civ("Pakistan", "PAK", "passengers")],
   attribution=[("Balochistan official", "said Hamza Shafqaat, a senior official in Balochistan province"),
                ("security official", "a security official said")],
   claims=[("Balochistan Liberation Army", "claim responsibility", "troops",
            "claimed responsibility in a statement, saying it had targeted troops")])
# "In August": the whole month; "Musakhel district": its town at precision 2
ev(d, 2, "Attack", span("2024-08-01", "2024-08-31", "month"), A("Balochistan Liberation Army", "its fighters", 2, "PAK"),
   civ("Pakistan", "PAK", "23 passengers"), P("Musakhel", "PK", 2), background=True, fat=exact(23))
# not coded: the stepped-up attacks this year (a summary), the announced military operation (planned)

d = "159_nagpur_clashes_aurangzeb_tomb_protest"
# crowds stoning police and burning vehicles: a riot (the convention of 133); "about 50" detained: best only
ev(d, 1, "Violent demonstration", day("2025-03-17"), A("Rioters (India)", "crowds", 5, "IND"),
   pol("India", "IND", "police"), P("Nagpur", "IN"), inj=exact(33), arr=N(None, 50, None),
   attribution=[("police commissioner", "police commissioner Ravinder Singal told reporters")])
ev(d, 2, "Peaceful protest", day("2025-03-17"),
   A("Protesters (India)", "members of the Vishwa Hindu Parishad and Bajrang Dal", 6, "IND", ("Vishwa Hindu Parishad", "Bajrang Dal")),
   None, P("Nagpur", "IN"), attribution=[("police", "Police said the protest ended without incident.")])
# not coded: the curfew, the internet shutdown, the demand to demolish the tomb, the film

d = "160_mogok_tnla_capture_air_strike"
# the group's claim, undenied by the military, is coded (the convention of 132)
ev(d, 1, "Non-state actor overtakes territory", day("2024-07-24"),
   A("Ta'ang National Liberation Army", "The Ta'ang National Liberation Army (TNLA)", 2, "MMR", ("Three Brotherhood Alliance",)),
   mil("Myanmar", "MMR", "the military"), P("Mogok", "MM"),
   claims=[("Ta'ang National Liberation Army", "claim responsibility", "Mogok",
            "its fighters had taken the last army positions in the town")])
ev(d, 2, "Air/drone strike", day("2024-07-26"), mil("Myanmar", "MMR", "a military jet"),
   civ("Myanmar", "MMR", "11 civilians, including three children"), P("Mogok", "MM"), fat=exact(11),
   attribution=[("residents", "according to two residents and a local aid group")])
# not coded: the October offensive and its dozens of towns (a summary), the collapsed ceasefire, the planned Kunming talks

d = "161_caracas_election_protests_superlano_arrest_maracay"
# the National Guard is part of the armed forces; "Several people were detained": 3
ev(d, 1, "Protest with intervention", day("2024-07-30"), A("Protesters (Venezuela)", "thousands of people", 6, "VEN"),
   mil("Venezuela", "VEN", "National Guard troops"), P("Caracas", "VE"), arr=N(3, 3, None),
   crowd=dict(low=2000, high=None), attribution=[("AFP journalists", "AFP journalists saw"), ("witnesses", "witnesses said")])
# an opposition leader is coded as his party (the convention of 54)
ev(d, 2, "Arrests", day("2024-07-30"), pol("Venezuela", "VEN", "hooded agents"),
   A("Popular Will", "opposition leader Freddy Superlano", 3, "VEN"), P("Caracas", "VE"), arr=exact(1),
   attribution=[("Popular Will", "his Popular Will party said")])
ev(d, 3, "Violent demonstration", day("2024-07-29"), A("Rioters (Venezuela)", "protesters", 5, "VEN"), None,
   P("Maracay", "VE"), attribution=[("AFP", "according to videos verified by AFP")])
# not coded: Foro Penal's 11 deaths and Maduro's 700 arrests since Monday (summaries), the election, Saturday's rally

d = "162_dnipro_missile_strike_bryansk_oil_depot_drones"
# Russia's own statement that it struck Dnipro makes it actor1 (the convention of 86)
ev(d, 1, "Shelling/artillery/missile attack", day("2024-05-31"), mil("Russia", "RUS", "A Russian missile", 8),
   civ("Ukraine", "UKR", "at least four people"), P("Dnipro", "UA"), fat=atleast(4), inj=exact(20),
   attribution=[("regional governor", "regional governor Serhiy Lysak said")],
   claims=[("Military Forces of Russia", "claim responsibility", "military-industrial facilities",
            "Russia's defence ministry said its forces had struck \"military-industrial facilities\" in Dnipro")])
# "overnight into Saturday" before a Saturday publication: a range; the SBU source's claim makes Ukraine actor1
ev(d, 2, "Air/drone strike", span("2024-05-31", "2024-06-01", "range"), mil("Ukraine", "UKR", "drones", 8), None,
   P("Bryansk", "RU", 2), fat=exact(0), inj=exact(0),
   attribution=[("regional governor", "regional governor Alexander Bogomaz said")],
   claims=[("Military Forces of Ukraine", "claim responsibility", "oil depot",
            "A source in Ukraine's SBU security service told Reuters the strike on the depot ... was an SBU operation.")])
# not coded: the 29 December barrage on many cities (no single place), the drone campaign (a summary)

d = "163_paris_pension_protest_fires_lyon_march"
ev(d, 1, "Violent demonstration", day("2023-03-20"),
   A("Rioters (France)", "protesters angry at President Emmanuel Macron's pension reform", 5, "FRA"),
   pol("France", "FRA", "police"), P("Paris", "FR"), arr=exact(234),
   attribution=[("police prefecture", "the police prefecture said"), ("AFP journalists", "AFP journalists saw")])
ev(d, 2, "Peaceful protest", day("2023-03-20"), A("Protesters (France)", "about 2,000 people", 6, "FRA"), None,
   P("Lyon", "FR"), crowd=dict(low=2000, high=None), attribution=[("police", "police said")])
# not coded: the no-confidence votes and the use of the constitution to pass the law (political acts), the eight
# strike days since January (a summary), Thursday's called strike, the refuse strike (no demonstration)

d = "164_atlanta_police_car_burned_cop_city_shooting"
# the afternoon march that turned into smashing and burning is one riot (the convention of 118); "No one was injured": 0
ev(d, 1, "Violent demonstration", day("2023-01-21"), A("Rioters (United States)", "Protesters", 5, "USA"),
   pol("the United States", "USA", "Officers"), P("Atlanta", "US"), inj=exact(0), arr=exact(6),
   crowd=dict(low=300, high=None),
   attribution=[("Atlanta police chief", "Atlanta police chief Darin Schierbaum told reporters")])
# the killing that set off the riot: background (the convention of 48); the protest camp's activist shot in a raid
# is Excessive force, with the investigators' version an accusation and the family's a denial; the forest
# "southeast of the city": precision 2; a trooper wounded
ev(d, 2, "Excessive force against protesters", day("2023-01-18"), pol("the United States", "USA", "state troopers"),
   A("Protesters (United States)", "The activist, Manuel Teran", 6, "USA"), P("Atlanta", "US", 2),
   background=True, fat=exact(1), inj=exact(1),
   claims=[("Georgia Bureau of Investigation", "accuse", "Manuel Teran", "The Georgia Bureau of Investigation says Teran fired first"),
           ("friends and family", "deny", None, "friends and family dispute that account")])
# not coded: the year-long forest camp (a state), the governor's and mayor's words

d = "165_geneva_yemen_prisoner_swap_deal_harib_clash"
ev(d, 1, "Agreement", day("2023-03-20"), A("Government of Yemen", "Yemen's Saudi-backed government", 1, "YEM"),
   A("Ansar Allah", "the Houthi movement", 2, "YEM"), P("Geneva", "CH"),
   attribution=[("United Nations", "the United Nations said")])
# "in Harib district, south of Marib city": the district town at precision 2; the toll is the army's own
ev(d, 2, "Armed clash", day("2023-03-20"), mil("Yemen", "YEM", "government forces"),
   A("Ansar Allah", "a Houthi attack", 2, "YEM"), P("Harib", "YE", 2), fat=exact(10),
   attribution=[("government forces", "government forces said")],
   claims=[("Military Forces of Yemen", "claim responsibility", "Ansar Allah", "they repelled a Houthi attack in Harib district, south of Marib city, killing 10 rebels")])
# not coded: the exchange next month and the May meeting (planned), the truce and its expiry, the Saudi-Iran deal


# --- 166-180: tenth batch (session 9), written without running the extractor on them ---
d = "166_bujumbura_market_grenades_feruzi_shot_musaga_protest"
# witnesses name no perpetrator; the opposition's blame of the police is an accusation; a party leader killed is a
# civilian (the convention of 155)
ev(d, 1, "Attack", day("2015-05-23"), uag("Burundi", "BDI", "Gunmen"),
   civ("Burundi", "BDI", "a Burundian opposition leader and his bodyguard"), P("Bujumbura", "BI"), fat=exact(2),
   attribution=[("witnesses", "witnesses said"), ("neighbour", "a neighbour told Reuters")],
   claims=[("opposition politicians", "accuse", "Police Forces of Burundi",
            "Opposition politicians accused the police of carrying out the killing.")])
# only the police (an interested party) blame "insurgents" among the protesters, who deny it; "about 30": best only
ev(d, 2, "Grenade", day("2015-05-22"), uag("Burundi", "BDI", ""),
   civ("Burundi", "BDI", "at least two people"), P("Bujumbura", "BI"), fat=atleast(2), inj=N(None, 30, None),
   attribution=[("police spokesman", "police spokesman Pierre Nkurikiye said")],
   claims=[("Police Forces of Burundi", "accuse", "insurgents",
            "He blamed \"insurgents\" among the protesters opposed to President Pierre Nkurunziza's bid for a third term."),
           ("opposition leaders", "deny", None, "Opposition leaders denied any link to the blasts.")])
# live rounds at barricade protesters: Excessive force; Musaga is a district of the capital
ev(d, 3, "Excessive force against protesters", day("2015-05-21"), pol("Burundi", "BDI", "police"),
   A("Protesters (Burundi)", "protesters who had set up barricades in the Musaga neighbourhood", 6, "BDI"),
   P("Bujumbura", "BI"), fat=exact(1), attribution=[("Burundi Red Cross", "a Burundi Red Cross official said")])
# not coded: the protests since late April and their 20 deaths (a summary), the opposition's suspension of the talks

d = "167_bohoma_boko_haram_base_attack_lake_chad_air_strikes"
# "on Sunday night ... until Monday morning": a range; the Bohoma peninsula falls back to Lac province; the
# faction's video claim makes Boko Haram actor1; the insurgents' own dead are not given
ev(d, 1, "Armed clash", span("2020-03-22", "2020-03-23", "range"),
   A("Boko Haram", "Boko Haram fighters", 2, "NGA"), mil("Chad", "TCD", "Chadian soldiers"),
   R("Lac", "TD", "Bol"), fat=exact(92), inj=exact(47),
   attribution=[("president", "President Idriss Deby said"), ("security source", "a security source told AFP")],
   claims=[("Boko Haram", "claim responsibility", None,
            "Boko Haram's faction led by Abubakar Shekau claimed the attack in a video.")])
ev(d, 2, "Air/drone strike", day("2020-03-24"), mil("Chad", "TCD", "army aircraft"),
   A("Boko Haram", "insurgent positions", 2, "NGA"), R("Lac", "TD", "Bol"),
   attribution=[("army spokesman", "army spokesman Azem Bermandoa Agouna said")])
# "In February of that year" (2015): the whole month; Ngouboua is missing from cities500, its province is given
ev(d, 3, "Attack", span("2015-02-01", "2015-02-28", "month"), A("Boko Haram", "fighters who crossed the lake by boat", 2, "NGA"),
   civ("Chad", "TCD", "at least eight civilians"), R("Lac", "TD", "Bol"), background=True, fat=atleast(8))
# not coded: the attacks since 2015 (a summary), Deby's promised offensive, the task force's review

d = "168_nguetechewe_camp_suicide_bombing_mora_landmine"
# the governor's blame of Boko Haram is an accusation (no claim); Nguetechewe "about 30 km north-east of Mokolo"
ev(d, 1, "Suicide bomb", day("2020-08-02"), uag("Cameroon", "CMR", "A suicide bomber"),
   civ("Cameroon", "CMR", "families sleeping in the camp"), P("Mokolo", "CM", 2), fat=exact(17), inj=exact(16),
   attribution=[("local officials", "local officials said"), ("mayor", "the mayor of the local district told Reuters")],
   claims=[("regional governor", "accuse", "Boko Haram", "the region's governor, Midjiyawa Bakari, blamed Boko Haram")])
# "on a road near Mora": precision 2; nobody named
ev(d, 2, "Remote explosive/landmine/IED", day("2020-07-30"), uag("Cameroon", "CMR", ""),
   mil("Cameroon", "CMR", "an army vehicle"), P("Mora", "CM", 2), fat=exact(2), inj=exact(3),
   attribution=[("military source", "a military source said")])
# "Last week" before a Monday: the previous Monday to Sunday; only the region is given
ev(d, 3, "Abduction/forced disappearance", span("2020-07-27", "2020-08-02", "week"), uag("Cameroon", "CMR", "gunmen"),
   civ("Cameroon", "CMR", "11 young men"), R("Far North", "CM", "Maroua"),
   attribution=[("Amnesty International", "the rights group Amnesty International said in a statement")])
# not coded: the 75 civilians killed since March (a summary), the troop deployment

d = "169_bangui_outskirts_cpc_attack_repelled_bangassou"
# the rebels' toll is the prime minister's; the captured fighters are part of the battle (not arrests)
ev(d, 1, "Armed clash", day("2021-01-13"),
   A("Coalition of Patriots for Change", "Fighters of the Coalition of Patriots for Change (CPC)", 2, "CAF"),
   mil("Central African Republic", "CAF", "army positions"), P("Bimbo", "CF"), fat=exact(30),
   assoc2=[A("MINUSCA", "United Nations peacekeepers", 8, None), mil("Rwanda", "RWA", "Rwandan troops", 8)],
   attribution=[("prime minister", "Prime Minister Firmin Ngrebada said")])
# PK12, "the northern entrance to the city in the district of Begoua"
ev(d, 2, "Armed clash", day("2021-01-13"),
   A("Coalition of Patriots for Change", "another group", 2, "CAF"),
   A("MINUSCA", "One Rwandan peacekeeper", 8, None), P("Begoua", "CF"), fat=exact(1), inj=exact(1),
   attribution=[("MINUSCA", "the U.N. mission, MINUSCA, said in a statement")])
# recalled with its own date; the takeover after fighting is one event (the convention of 113)
ev(d, 3, "Non-state actor overtakes territory", day("2021-01-03"),
   A("Coalition of Patriots for Change", "rebels", 2, "CAF"), A("MINUSCA", "peacekeepers", 8, None),
   P("Bangassou", "CF"), background=True)
# not coded: the towns seized since the elections (a summary), the undated retaking of Bangassou, the elections and
# the court's confirmation, the accusation against Bozize, the Russian and Rwandan deployments

d = "170_honiara_parliament_riot_chinatown_looted"
# looting and burning by crowds are a riot (the convention of 118); "No deaths have been reported": 0 for both days
ev(d, 1, "Violent demonstration", day("2021-11-25"), A("Rioters (Solomon Islands)", "Crowds", 5, "SLB"),
   pol("Solomon Islands", "SLB", "Police"), P("Honiara", "SB"), fat=exact(0),
   attribution=[("police", "police and residents said"), ("resident", "a resident told Reuters")])
ev(d, 2, "Violent demonstration", day("2021-11-24"),
   A("Rioters (Solomon Islands)", "about 1,000 people, many of them from the island of Malaita", 5, "SLB"),
   pol("Solomon Islands", "SLB", "Officers"), P("Honiara", "SB"), fat=exact(0), crowd=dict(low=1000, high=None),
   attribution=[("police", "police said")])
# not coded: the 100 arrests since Wednesday (a summary), the curfew, the Australian and PNG deployments

d = "171_tbilisi_foreign_agents_law_protests_water_cannon"
# petrol bombs and stones from some in a crowd of tens of thousands: still a protest with intervention (the convention of 70)
ev(d, 1, "Protest with intervention", day("2023-03-08"), A("Protesters (Georgia)", "tens of thousands of protesters", 6, "GEO"),
   pol("Georgia", "GEO", "Georgian riot police"), P("Tbilisi", "GE"), crowd=dict(low=20000, high=None),
   attribution=[("AFP journalists", "AFP journalists saw")])
# "several thousand": 3,000
ev(d, 2, "Protest with intervention", day("2023-03-07"), A("Protesters (Georgia)", "several thousand people", 6, "GEO"),
   pol("Georgia", "GEO", "Police"), P("Tbilisi", "GE"), inj=exact(50), arr=exact(66),
   crowd=dict(low=3000, high=None), attribution=[("interior ministry", "The interior ministry said")])
ev(d, 3, "Peaceful protest", day("2023-03-08"), A("Protesters (Georgia)", "several hundred people", 6, "GEO"), None,
   P("Batumi", "GE"), crowd=dict(low=300, high=None), attribution=[("local media", "local media reported")])
# not coded: the first-reading vote, the veto vow, the bill's withdrawal (a political act), Thursday's called rally

d = "172_kumanovo_police_gunmen_battle"
# "from early Saturday until Sunday afternoon": a range; both sides' dead summed; "About 30" surrendered and held
ev(d, 1, "Armed clash", span("2015-05-09", "2015-05-10", "range"), pol("North Macedonia", "MKD", "Police"),
   uag("North Macedonia", "MKD", "a group of ethnic Albanian gunmen"), P("Kumanovo", "MK"),
   fat=exact(22), inj=exact(37), arr=N(None, 30, None),
   attribution=[("interior ministry", "the interior ministry said on Monday")])
# not coded: the 2001 conflict and peace deal (history), the planned rally, the mourning

d = "173_dak_lak_commune_offices_attacked_arrests"
# gunmen killing police are an Armed clash (the convention of 148); the two neighbouring commune offices attacked
# together are one happening; Cu Kuin district "some 20 km south-east of" Buon Ma Thuot: precision 2
ev(d, 1, "Armed clash", day("2023-06-11"),
   uag("Vietnam", "VNM", "About 40 men armed with guns, knives and petrol bombs"),
   pol("Vietnam", "VNM", "Four police officers"), P("Buon Ma Thuot", "VN", 2), fat=exact(9), inj=exact(2),
   assoc2=[civ("Vietnam", "VNM", "two commune officials and three civilians")],
   attribution=[("Ministry of Public Security", "the Ministry of Public Security said"),
                ("VnExpress", "according to the state-run VnExpress news site")])
# the sweeps are placed only in the province
ev(d, 2, "Arrests", day("2023-06-12"), pol("Vietnam", "VNM", "Vietnamese police"), civ("Vietnam", "VNM", "45 people"),
   R("Dak Lak", "VN", "Buon Ma Thuot"), arr=exact(45), attribution=[("state media", "state media said")])
# not coded: the 2001 and 2004 protests (history), the prime minister's orders, school closures

d = "174_colombo_galle_face_camp_attacked_mp_killed_homes_torched"
# loyalists marching from a meeting to beat protesters and tear down their camp: Mob violence against the protesters
ev(d, 1, "Mob violence", day("2022-05-09"), A("Rioters (Sri Lanka)", "hundreds of his supporters armed with sticks and iron rods", 5, "LKA"),
   A("Protesters (Sri Lanka)", "a peaceful protest camp", 6, "LKA"), P("Colombo", "LK"), inj=atleast(138),
   attribution=[("AFP reporters", "AFP reporters saw"), ("hospital official", "a hospital official said")])
# the lawmaker's shooting and the crowd's killing of him and his bodyguard are one happening; the MP is a government
# actor (the convention of 124); Nittambuwa, "a town in Gampaha district", is missing: Gampaha at precision 2
ev(d, 2, "Mob violence", day("2022-05-09"), A("Rioters (Sri Lanka)", "a crowd", 5, "LKA"),
   A("Government of Sri Lanka", "a ruling party lawmaker, Amarakeerthi Athukorala", 1, "LKA"), P("Gampaha", "LK", 2),
   fat=exact(3), inj=exact(2), attribution=[("police", "police said")])
# Medamulana "in the southern district of Hambantota" is missing: Hambantota at precision 2; property only
ev(d, 3, "Mob violence", day("2022-05-09"), A("Rioters (Sri Lanka)", "a crowd", 5, "LKA"), None,
   P("Hambantota", "LK", 2), attribution=[("police", "police said")])
# not coded: the resignation, the curfew, the homes of "several" politicians and the nationwide toll (summaries)

d = "175_senkata_fuel_plant_protesters_killed_sacaba"
# residents name the soldiers; the government's denial and its blame of "vandals" are claims; El Alto is missing
# from cities500: La Paz, the city it sits above, at precision 2; "dozens": 24
ev(d, 1, "Excessive force against protesters", day("2019-11-19"), mil("Bolivia", "BOL", "soldiers"),
   A("Protesters (Bolivia)", "supporters of former President Evo Morales", 6, "BOL"), P("La Paz", "BO", 2),
   fat=atleast(6), inj=N(24, 24, None), assoc1=[pol("Bolivia", "BOL", "police")],
   attribution=[("ombudsman's office", "the ombudsman's office said"), ("residents", "Residents said"),
                ("Reuters reporters", "Reuters reporters saw")],
   claims=[("Government of Bolivia", "deny", None, "The interim government said troops had not fired a single bullet"),
           ("Government of Bolivia", "accuse", "vandals",
            "accused \"vandals\" of trying to blow up the plant with dynamite")])
# "four days after", "on Friday": the Friday before the Tuesday; background as the earlier killing
ev(d, 2, "Excessive force against protesters", day("2019-11-15"), pol("Bolivia", "BOL", "police"),
   A("Protesters (Bolivia)", "coca growers marching from the Chapare region towards Cochabamba", 6, "BOL"),
   P("Sacaba", "BO"), background=True, fat=exact(9), assoc1=[mil("Bolivia", "BOL", "soldiers")],
   attribution=[("ombudsman", "according to the ombudsman")])
# not coded: Morales's resignation, the weeks of protests and the police mutiny (summaries), the promised elections

d = "176_managua_mothers_day_march_shooting_masaya_clashes"
# witnesses and a rights group name the police and pro-government gunmen; the vice president's blame is a claim;
# crowd: AFP's "tens of thousands" to the organisers' 500,000; "Between 70 and 90" wounded: low = best = 70, high 90
ev(d, 1, "Excessive force against protesters", day("2018-05-30"), pol("Nicaragua", "NIC", "Police"),
   A("Protesters (Nicaragua)", "a huge march", 6, "NIC"), P("Managua", "NI"), fat=atleast(8), inj=N(70, 70, 90),
   crowd=dict(low=20000, high=500000),
   assoc1=[A("Pro-Government Militia (Nicaragua)", "hooded gunmen loyal to President Daniel Ortega", 3, "NIC")],
   attribution=[("Nicaraguan Center for Human Rights", "the Nicaraguan Center for Human Rights (CENIDH) said"),
                ("witnesses", "witnesses said"), ("Red Cross", "according to the Red Cross")],
   claims=[("Government of Nicaragua", "accuse", "right-wing groups",
            "Vice President Rosario Murillo, Ortega's wife, blamed \"right-wing groups\" for the violence")])
# "overnight", reported on a Thursday morning: Wednesday night into Thursday
ev(d, 2, "Violent demonstration", span("2018-05-30", "2018-05-31", "range"),
   A("Rioters (Nicaragua)", "young people behind barricades", 5, "NIC"), pol("Nicaragua", "NIC", "riot police"),
   P("Masaya", "NI"), fat=exact(1), attribution=[("residents", "residents said on Thursday")])
# not coded: the 80 deaths since 18 April and the start of the protests (summaries), the suspended dialogue

d = "177_san_antonio_de_los_banos_havana_cardenas_protests"
ev(d, 1, "Peaceful protest", day("2021-07-11"), A("Protesters (Cuba)", "several hundred people", 6, "CUB"), None,
   P("San Antonio de los Banos", "CU"), crowd=dict(low=300, high=None),
   attribution=[("online videos", "Videos posted online showed")])
# beatings and detentions: a protest with intervention; "dozens": 24
ev(d, 2, "Protest with intervention", day("2021-07-11"), A("Protesters (Cuba)", "thousands", 6, "CUB"),
   pol("Cuba", "CUB", "Police and plain-clothes security agents"), P("Havana", "CU"), arr=N(24, 24, None),
   crowd=dict(low=2000, high=None), attribution=[("Reuters witnesses", "Reuters witnesses said")])
ev(d, 3, "Violent demonstration", day("2021-07-11"), A("Rioters (Cuba)", "protesters", 5, "CUB"), None,
   P("Cardenas", "CU"), attribution=[("Reuters", "according to videos verified by Reuters")])
# not coded: the 100 missing detainees across the island (a summary), the president's call, the internet cut

d = "178_guatemala_city_congress_set_on_fire_budget_protest"
# storming and burning Congress: a riot; its 22 arrests in it
ev(d, 1, "Violent demonstration", day("2020-11-21"), A("Rioters (Guatemala)", "A group of hooded men", 5, "GTM"),
   pol("Guatemala", "GTM", "Police"), P("Guatemala City", "GT"), arr=exact(22),
   attribution=[("AFP journalists", "AFP journalists saw"), ("police spokesman", "a police spokesman said")])
ev(d, 2, "Protest with intervention", day("2020-11-21"), A("Protesters (Guatemala)", "about 10,000 people", 6, "GTM"),
   pol("Guatemala", "GTM", "riot police"), P("Guatemala City", "GT"), inj=atleast(12),
   crowd=dict(low=10000, high=None),
   attribution=[("human rights ombudsman", "the human rights ombudsman's office said")])
# not coded: the budget vote, the vice president's call to resign, next Saturday's called protests

d = "179_batken_kyrgyz_tajik_border_fighting_samarkand_ceasefire"
# the fighting lies in Kyrgyzstan, so Tajikistan's forces are External/Other (8); each side's blame is a claim
ev(d, 1, "Armed clash", day("2022-09-16"), mil("Kyrgyzstan", "KGZ", "Border guards of the two countries"),
   mil("Tajikistan", "TJK", "Tajik troops", 8), P("Batken", "KG", 2), fat=atleast(24),
   attribution=[("Kyrgyz health ministry", "the Kyrgyz health ministry said"), ("Kyrgyz officials", "Kyrgyz officials said")],
   claims=[("Government of Kyrgyzstan", "accuse", "Military Forces of Tajikistan", "Each side blamed the other for opening fire first."),
           ("Government of Tajikistan", "accuse", "Military Forces of Kyrgyzstan",
            "said Kyrgyz troops had attacked its positions with tanks")])
# only the Kyrgyz border service (an interested party) names Tajik forces, and Tajikistan denies: unidentified;
# "the outskirts of Batken town": precision 2
ev(d, 2, "Shelling/artillery/missile attack", day("2022-09-16"), uag("Kyrgyzstan", "KGZ", ""),
   civ("Kyrgyzstan", "KGZ", "six civilians"), P("Batken", "KG", 2), fat=exact(0), inj=exact(6),
   attribution=[("Kyrgyz border service", "the service said")],
   claims=[("Kyrgyz border service", "accuse", "Military Forces of Tajikistan",
            "The Kyrgyz border service said Tajik forces had shelled the outskirts of Batken town"),
           ("Government of Tajikistan", "deny", None,
            "Tajikistan's foreign ministry denied that its forces had fired on civilian areas")])
ev(d, 3, "Agreement", day("2022-09-16"), A("Government of Kyrgyzstan", "Sadyr Japarov", 1, "KGZ"),
   A("Government of Tajikistan", "Emomali Rahmon", 1, "TJK"), P("Samarkand", "UZ"),
   attribution=[("presidential offices", "their offices said")])
# "In April last year": the whole month; "near the Tajik enclave of Vorukh": precision 2, so Kyrgyz forces are 8
ev(d, 4, "Armed clash", span("2021-04-01", "2021-04-30", "month"), mil("Tajikistan", "TJK", "the neighbours"),
   mil("Kyrgyzstan", "KGZ", "the neighbours", 8), P("Vorukh", "TJ", 2), background=True, fat=N(50, 50, None))
# not coded: the evacuations, the unmarked border (a state), Russia's call for talks

d = "180_dakar_sonko_verdict_riots_ziguinchor_pikine"
# "Dozens of people were hurt": 24; the looting is part of the night's riot
ev(d, 1, "Violent demonstration", day("2023-06-02"), A("Rioters (Senegal)", "Youths", 5, "SEN"),
   pol("Senegal", "SEN", "police"), P("Pikine", "SN"), inj=N(24, 24, None),
   attribution=[("medical sources", "medical sources said")])
# the minister's six dead in the capital; his blame of "occult forces" and the opposition's of the police are claims
ev(d, 2, "Violent demonstration", day("2023-06-01"), A("Rioters (Senegal)", "protesters", 5, "SEN"),
   pol("Senegal", "SEN", "police"), P("Dakar", "SN"), fat=exact(6),
   attribution=[("interior minister", "Interior Minister Antoine Diome said")],
   claims=[("Government of Senegal", "accuse", "occult forces", "accusing \"occult forces\" of stirring up the violence"),
           ("opposition", "accuse", "Police Forces of Senegal", "The opposition said police had shot at the crowds.")])
ev(d, 3, "Violent demonstration", day("2023-06-01"), A("Rioters (Senegal)", "youths", 5, "SEN"),
   pol("Senegal", "SEN", "security forces"), P("Ziguinchor", "SN"), fat=exact(3),
   attribution=[("local official", "a local official said")])
# not coded: the 500 arrests across the country (a summary), the verdict, Sonko's confinement since Sunday (a state),
# the party's call, the social media restrictions

d = "181_puyo_protester_killed_quito_strike_iza_arrest"
# the rights group names police; the ministry's explosive-device account is a denial; the 18 officers wounded "in the
# same confrontation" are the event's injured; demonstrators who only "tried to reach" the station stay protesters
# (the convention of 70)
ev(d, 1, "Excessive force against protesters", day("2022-06-21"), pol("Ecuador", "ECU", "police"),
   A("Protesters (Ecuador)", "demonstrators", 6, "ECU"), P("Puyo", "EC"), fat=exact(1), inj=exact(18),
   attribution=[("Alliance for Human Rights", "The Alliance for Human Rights said"),
                ("interior ministry", "The interior ministry said")],
   claims=[("interior ministry", "deny", None, "The interior ministry said he died while handling an explosive device")])
# "several people were treated": 3
ev(d, 2, "Protest with intervention", day("2022-06-21"),
   A("Protesters (Ecuador)", "thousands of Indigenous marchers", 6, "ECU"), pol("Ecuador", "ECU", "Riot police"),
   P("Quito", "EC"), inj=N(3, 3, None), crowd=dict(low=2000, high=None),
   attribution=[("volunteer medics", "according to volunteer medics")])
# the cause of the strike's leadership, recalled with its own date; the leader is coded with his organisation
# (the convention of 54); only the province is given
ev(d, 3, "Arrests", day("2022-06-14"), pol("Ecuador", "ECU", ""),
   A("Confederation of Indigenous Nationalities of Ecuador", "its president Leonidas Iza", 6, "ECU"),
   R("Cotopaxi", "EC", "Latacunga"), background=True, arr=exact(1))
# not coded: the state of emergency, the offer of talks and mediation, the blockades and well occupations (summaries)

d = "182_mandera_bus_attack_kenyan_strikes_gedo"
# "some 30 km from Mandera": precision 2; Al Shabaab's radio statement makes it actor1
ev(d, 1, "Attack", day("2014-11-22"), A("Al Shabaab", "Gunmen from Somalia's Al Shabaab", 2, "SOM"),
   civ("Kenya", "KEN", "28 passengers"), P("Mandera", "KE", 2), fat=exact(28),
   attribution=[("Mandera county officials", "Mandera county officials said"), ("survivors", "officials and survivors said")],
   claims=[("Al Shabaab", "claim responsibility", None, "Al Shabaab said in a radio statement that it had carried out the attack")])
# Kenya's own statement makes it actor1 (8, abroad); "more than 100": at least 100; the group's denial is a claim;
# only the region is given
ev(d, 2, "Air/drone strike", day("2014-11-23"), mil("Kenya", "KEN", "jets", 8),
   A("Al Shabaab", "the group's camp", 2, "SOM"), R("Gedo", "SO", "Garbahaarrey"), fat=atleast(100),
   attribution=[("Kenya Defence Forces", "Kenya's defence forces said on Sunday")],
   claims=[("Al Shabaab", "deny", None, "Al Shabaab said none of its men had died")])
# not coded: the Mombasa mosque raids (undated), the troop presence since 2011, the unions' plan

d = "183_wamena_riot_jayapura_students_clash"
# a student protest turned into burning and killing: a riot; police fired warning shots
ev(d, 1, "Violent demonstration", day("2019-09-23"),
   A("Rioters (Indonesia)", "Hundreds of high school students and residents", 5, "IDN"),
   pol("Indonesia", "IDN", "Police"), P("Wamena", "ID"), fat=atleast(26), attribution=[("police", "police said")])
# stone-throwing students and the security forces' fire are one clash; its 300 detentions are in it
ev(d, 2, "Violent demonstration", day("2019-09-23"), A("Rioters (Indonesia)", "university students", 5, "IDN"),
   pol("Indonesia", "IDN", "police"), P("Jayapura", "ID"), fat=exact(4), arr=atleast(300),
   assoc2=[mil("Indonesia", "IDN", "soldiers")], attribution=[("police spokesman", "a police spokesman said")])
# "in August": the whole month; the cause of the unrest, with its own date
ev(d, 3, "Arrests", span("2019-08-01", "2019-08-31", "month"), pol("Indonesia", "IDN", "police"),
   A("Civilians (Indonesia)", "Papuan students", 7, "IDN"), P("Surabaya", "ID"), background=True, arr=exact(43))
# not coded: the weeks of rallies and riots across Papua (a summary), the deployment, the internet restrictions

d = "184_rajouri_dhangri_gunmen_ied_protest"
# Dhangri "about 8 km from" Rajouri (GeoNames: Rajaori): precision 2; the officials' blame is an accusation
ev(d, 1, "Attack", day("2023-01-01"), uag("India", "IND", "two gunmen"),
   civ("India", "IND", "four Hindu civilians"), P("Rajaori", "IN", 2), fat=exact(4), inj=exact(6),
   attribution=[("senior police officer", "a senior police officer said")],
   claims=[("Government of India", "accuse", "militants based in Pakistan", "Officials blamed militants based in Pakistan")])
ev(d, 2, "Remote explosive/landmine/IED", day("2023-01-02"), uag("India", "IND", ""),
   civ("India", "IND", "two children"), P("Rajaori", "IN", 2), fat=exact(2), inj=exact(5),
   attribution=[("police", "police said")])
ev(d, 3, "Disrupted weapons use", day("2023-01-02"), mil("India", "IND", "Army bomb disposal experts"), None,
   P("Rajaori", "IN", 2), attribution=[("officials", "officials said")])
# "Hundreds": 200
ev(d, 4, "Peaceful protest", day("2023-01-02"), A("Protesters (India)", "Hundreds of residents", 6, "IND"), None,
   P("Rajaori", "IN"), crowd=dict(low=200, high=None))
# not coded: the rise in attacks since 2021 (a summary), re-arming village defence committees (a plan)

d = "185_gwadar_port_complex_attack_panjgur_grenade"
# the BLA's claim makes it actor1; eight attackers and two soldiers summed
ev(d, 1, "Armed clash", day("2024-03-20"),
   A("Balochistan Liberation Army", "Separatist fighters armed with guns and explosives", 2, "PAK"),
   mil("Pakistan", "PAK", "security forces"), P("Gwadar", "PK"), fat=exact(10),
   attribution=[("military's media wing", "the military's media wing said")],
   claims=[("Balochistan Liberation Army", "claim responsibility", None,
            "The Balochistan Liberation Army said its Majeed Brigade had carried out the attack")])
ev(d, 2, "Grenade", day("2024-03-19"), uag("Pakistan", "PAK", ""), civ("Pakistan", "PAK", "three people"),
   P("Panjgur", "PK"), fat=exact(0), inj=exact(3), attribution=[("local police official", "a local police official said")])
ev(d, 3, "Arrests", day("2024-03-21"), pol("Pakistan", "PAK", "The provincial counter-terrorism department"),
   civ("Pakistan", "PAK", "four men"), P("Turbat", "PK"), arr=exact(4))
# not coded: attacks on the corridor's projects (a habit), the compensation, the postponed traders' protest

d = "186_saint_louis_student_killed_dakar_vote_delay_protest"
# youths burning tyres and stoning police: a riot; the opposition's blame and the ministry's denial are claims
ev(d, 1, "Violent demonstration", day("2024-02-09"), A("Rioters (Senegal)", "youths", 5, "SEN"),
   pol("Senegal", "SEN", "police"), P("Saint-Louis", "SN"), fat=exact(1),
   attribution=[("Gaston Berger University", "his university and opposition politicians said")],
   claims=[("opposition", "accuse", "Police Forces of Senegal", "Opposition figures said he had been shot by police."),
           ("interior ministry", "deny", None, "The interior ministry said police had not used firearms in Saint-Louis")])
# "several hundred": 300; "dozens": 24
ev(d, 2, "Protest with intervention", day("2024-02-09"), A("Protesters (Senegal)", "several hundred protesters", 6, "SEN"),
   pol("Senegal", "SEN", "police"), P("Dakar", "SN"), arr=N(24, 24, None), crowd=dict(low=300, high=None),
   attribution=[("Reuters reporters", "Reuters reporters saw")])
# not coded: the postponement and the parliament vote (political acts), Tuesday's called march, the internet cut

d = "187_yerevan_police_station_seized_sasna_tsrer"
# storming a police station, killing an officer and holding hostages: one Armed clash with the police
ev(d, 1, "Armed clash", day("2016-07-17"), A("Sasna Tsrer", "About 20 gunmen", 3, "ARM"),
   pol("Armenia", "ARM", "police"), P("Yerevan", "AM"), fat=exact(1), inj=exact(4),
   attribution=[("National Security Service", "the National Security Service said")])
# "a few hundred": 200 (as "hundreds"); "about 20" detained: best only
ev(d, 2, "Protest with intervention", day("2016-07-17"),
   A("Protesters (Armenia)", "a few hundred supporters of the gunmen", 6, "ARM"), pol("Armenia", "ARM", "Police"),
   P("Yerevan", "AM"), arr=N(None, 20, None), crowd=dict(low=200, high=None),
   attribution=[("police spokesman", "a police spokesman said")])
# "arrested in June": the whole month; detained "along with six associates": seven
ev(d, 3, "Arrests", span("2016-06-01", "2016-06-30", "month"), pol("Armenia", "ARM", "Security forces"),
   civ("Armenia", "ARM", "Zhirayr Sefilyan ... along with six associates"), P("Yerevan", "AM"), background=True,
   arr=exact(7), attribution=[("security service", "the service said at the time")])
# not coded: the security council meeting, the calls to lay down arms

d = "188_belgrade_parliament_storming_lockdown_novi_sad"
# breaking into parliament, stones and burned police cars: a riot; 43 officers and 17 protesters hurt summed;
# "Several thousand": 3,000
ev(d, 1, "Violent demonstration", day("2020-07-07"), A("Rioters (Serbia)", "Protesters", 5, "SRB"),
   pol("Serbia", "SRB", "Police"), P("Belgrade", "RS"), inj=exact(60), arr=exact(23), crowd=dict(low=3000, high=None),
   attribution=[("police", "Police said"), ("AFP journalists", "AFP journalists saw")],
   claims=[("Aleksandar Vucic", "accuse", "extremists", "Vucic accused unnamed \"extremists\" of organising the violence")])
ev(d, 2, "Peaceful protest", day("2020-07-07"), A("Protesters (Serbia)", "several hundred people", 6, "SRB"), None,
   P("Novi Sad", "RS"), crowd=dict(low=300, high=None), attribution=[("local media", "local media reported")])
# not coded: the curfew announcement, the June election

d = "189_lima_protesters_killed_merino_cusco_march"
# the ombudsman names police pellets; the minister's denial is a claim; "Thousands": 2,000
ev(d, 1, "Excessive force against protesters", day("2020-11-14"), pol("Peru", "PER", "police"),
   A("Protesters (Peru)", "Thousands of mostly young protesters", 6, "PER"), P("Lima", "PE"), fat=exact(2),
   inj=atleast(94), crowd=dict(low=2000, high=None),
   attribution=[("health ministry", "the health ministry said"), ("ombudsman's office", "the national ombudsman's office said")],
   claims=[("Interior Minister Gaston Rodriguez", "deny", None, "police had not used lead ammunition")])
ev(d, 2, "Peaceful protest", day("2020-11-14"), A("Protesters (Peru)", "thousands of people", 6, "PER"), None,
   P("Cusco", "PE"), crowd=dict(low=2000, high=None), attribution=[("local radio", "local radio reported")])
# not coded: Vizcarra's removal (a political act), the 41 reported missing, the resignations

d = "190_temucuicui_catrillanca_shot_santiago_barricades_collipulli"
# Temucuicui "near the town of Ercilla": precision 2; the police's first version is an accusation, the family's a
# denial; the boy detained with him is in the event
ev(d, 1, "Attack", day("2018-11-14"), pol("Chile", "CHL", "a police special forces unit"),
   civ("Chile", "CHL", "Camilo Catrillanca, 24"), P("Ercilla", "CL", 2), fat=exact(1), arr=exact(1),
   attribution=[("family", "his family said")],
   claims=[("Police Forces of Chile", "accuse", "car theft suspects",
            "Police initially said officers had been chasing suspects in a car theft and had been fired upon"),
           ("family", "deny", None, "Catrillanca's family said he was unarmed")])
# barricades and stones: a riot; "several hundred": 300
ev(d, 2, "Violent demonstration", day("2018-11-15"), A("Rioters (Chile)", "Some protesters", 5, "CHL"),
   pol("Chile", "CHL", "police"), P("Santiago", "CL"), arr=exact(19), crowd=dict(low=300, high=None),
   attribution=[("police", "Police said")])
# lorries burned with nobody hurt: property destruction; "near Collipulli, some 30 km north of Ercilla": precision 2
ev(d, 3, "Looting/property destruction", day("2018-11-16"), uag("Chile", "CHL", "hooded men"), None,
   P("Collipulli", "CL", 2), fat=exact(0), inj=exact(0), attribution=[("police", "police said")])
# not coded: the chief's removal, the inquiry, next week's called march

d = "191_khagrachari_lynching_dighinala_shops_rangamati_clashes"
ev(d, 1, "Mob violence", day("2024-09-18"), A("Rioters (Bangladesh)", "a crowd", 5, "BGD"),
   civ("Bangladesh", "BGD", "a Bengali man accused of stealing a motorcycle"), P("Khagrachhari", "BD"), fat=exact(1),
   attribution=[("police", "police said")])
# Dighinala "about 40 km north of Khagrachari town" is missing: Khagrachhari at precision 2; a procession torching
# shops and homes: Mob violence (the convention of 174)
ev(d, 2, "Mob violence", day("2024-09-19"), A("Rioters (Bangladesh)", "a procession of Bengali residents", 5, "BGD"),
   civ("Bangladesh", "BGD", "indigenous people"), P("Khagrachhari", "BD", 2),
   attribution=[("local official", "a local official said")])
# only the indigenous groups (an interested party) name soldiers, and the army denies: unidentified
ev(d, 3, "Attack", day("2024-09-19"), uag("Bangladesh", "BGD", ""), civ("Bangladesh", "BGD", "three indigenous men"),
   P("Khagrachhari", "BD"), fat=exact(3),
   claims=[("indigenous groups", "accuse", "Military Forces of Bangladesh", "Indigenous groups said soldiers had opened fire on them."),
           ("Military Forces of Bangladesh", "deny", None, "The army said its troops had fired only in self-defence")])
# two communal crowds with sticks and stones: both Rioters (the convention of 140)
ev(d, 4, "Mob violence", day("2024-09-20"), A("Rioters (Bangladesh)", "groups of Paharis", 5, "BGD"),
   A("Rioters (Bangladesh)", "Bengalis", 5, "BGD"), P("Rangamati", "BD"), fat=exact(1), inj=atleast(50),
   attribution=[("hospital officials", "hospital officials said")])
# not coded: the five dead since Wednesday (a total), the ban on gatherings, the inquiry, the 1997 accord

d = "192_colombo_negombo_batticaloa_easter_bombings"
# one event per city; the government's naming of the group is an accusation (no claim yet); the 290 dead and 500
# wounded are a nationwide total; in Colombo only "Dozens of foreigners were among the dead": 24
ev(d, 1, "Suicide bomb", day("2019-04-21"), uag("Sri Lanka", "LKA", "bombers"),
   civ("Sri Lanka", "LKA", "Dozens of foreigners"), P("Colombo", "LK"), fat=N(24, 24, None),
   claims=[("Government of Sri Lanka", "accuse", "National Thowheeth Jama'ath",
            "A government spokesman said on Monday that ... National Thowheeth Jama'ath, was responsible")])
ev(d, 2, "Suicide bomb", day("2019-04-21"), uag("Sri Lanka", "LKA", "a bomber"), civ("Sri Lanka", "LKA", "worshippers"),
   P("Negombo", "LK"), fat=atleast(100), attribution=[("priest", "a priest said")],
   claims=[("Government of Sri Lanka", "accuse", "National Thowheeth Jama'ath",
            "A government spokesman said on Monday that ... National Thowheeth Jama'ath, was responsible")])
ev(d, 3, "Suicide bomb", day("2019-04-21"), uag("Sri Lanka", "LKA", ""), civ("Sri Lanka", "LKA", "many of them children"),
   P("Batticaloa", "LK"), fat=atleast(28), attribution=[("hospital official", "a hospital official said")],
   claims=[("Government of Sri Lanka", "accuse", "National Thowheeth Jama'ath",
            "A government spokesman said on Monday that ... National Thowheeth Jama'ath, was responsible")])
ev(d, 4, "Arrests", day("2019-04-21"), pol("Sri Lanka", "LKA", "Police"), civ("Sri Lanka", "LKA", "24 people"),
   P("Colombo", "LK"), arr=exact(24))
# "near the main airport at Katunayake" (GeoNames: Katunayaka): precision 2
ev(d, 5, "Disrupted weapons use", day("2019-04-21"), mil("Sri Lanka", "LKA", "air force bomb disposal experts"), None,
   P("Katunayaka", "LK", 2))
# not coded: the curfew, the social media block, the ignored warnings

d = "193_zawiya_drone_strikes_militia_clash_protest"
# the government's own statement makes it actor1; "no word on casualties": null
ev(d, 1, "Air/drone strike", day("2023-05-25"), mil("Libya", "LBY", "Libya's Tripoli-based Government of National Unity"),
   uag("Libya", "LBY", "\"criminal gangs\""), P("Az Zawiyah", "LY"),
   attribution=[("Government of National Unity", "the government said")])
# "dozens": 24
ev(d, 2, "Peaceful protest", day("2023-05-25"), A("Protesters (Libya)", "dozens of residents", 6, "LBY"), None,
   P("Az Zawiyah", "LY"), crowd=dict(low=24, high=None))
# reported as news of its own (the convention of 57): not background
ev(d, 3, "Armed clash", day("2023-05-21"), uag("Libya", "LBY", "two armed groups"), uag("Libya", "LBY", "two armed groups"),
   P("Az Zawiyah", "LY"), fat=exact(3), attribution=[("ambulance service", "according to the city's ambulance service")])
# not coded: the commander's detention (no detaining actor named), the first wave of raids (undated), the objections

d = "194_daraa_al_balad_deal_troops_enter_tafas_bomb"
ev(d, 1, "Agreement", day("2021-09-01"), A("Government of Syria", "the government", 1, "SYR"),
   A("Daraa Central Committee", "the central committee that represents Daraa al-Balad", 2, "SYR"), P("Dar'a", "SY"),
   assoc1=[mil("Russia", "RUS", "Russian-brokered", 8)],
   attribution=[("residents", "residents and a war monitor said")])
# troops entering and raising the flag "without any fighting": a non-violent transfer
ev(d, 2, "Non-violent transfer of territory", day("2021-09-02"), mil("Syria", "SYR", "Syrian government forces"), None,
   P("Dar'a", "SY"), assoc1=[mil("Russia", "RUS", "Russian military police", 8)],
   attribution=[("residents", "residents said")])
ev(d, 3, "Shelling/artillery/missile attack", day("2021-08-31"), mil("Syria", "SYR", "army shelling"),
   civ("Syria", "SYR", "two civilians"), P("Dar'a", "SY"), fat=exact(2),
   attribution=[("Syrian Observatory for Human Rights", "the Syrian Observatory for Human Rights said")])
ev(d, 4, "Remote explosive/landmine/IED", day("2021-08-30"), uag("Syria", "SYR", ""),
   civ("Syria", "SYR", "a former rebel commander"), P("Tafas", "SY"), fat=exact(1),
   attribution=[("Syrian Observatory for Human Rights", "the Observatory said")])
# not coded: the two-month siege (a summary), the 2018 deal (history), the displacement

d = "195_solhan_massacre_tadaryat_attack"
# Solhan "about 15 km from the town of Sebba" is missing: Sebba at precision 2; "overnight on Friday to Saturday": a
# range; the volunteers' post and the houses are one raid
ev(d, 1, "Attack", span("2021-06-04", "2021-06-05", "range"), uag("Burkina Faso", "BFA", "Gunmen"),
   civ("Burkina Faso", "BFA", "at least 132 civilians"), P("Sebba", "BF", 2), fat=atleast(132),
   assoc2=[A("Volunteers for the Defence of the Homeland", "the civilian defence volunteers", 3, "BFA")],
   attribution=[("government", "the government said"), ("local sources", "local sources said")],
   claims=[("Government of Burkina Faso", "accuse", "terrorists", "The government blamed \"terrorists\"")])
# Tadaryat, in Oudalan province, is missing: the region at precision 3
ev(d, 2, "Attack", day("2021-06-04"), uag("Burkina Faso", "BFA", ""), civ("Burkina Faso", "BFA", "14 people"),
   R("Sahel", "BF", "Dori"), fat=exact(14),
   assoc2=[A("Volunteers for the Defence of the Homeland", "a member of the volunteers", 3, "BFA")],
   attribution=[("security sources", "security sources said")])
# not coded: the mourning, the displacement total


d = "196_lome_protest_teargas_rapper_arrest"
# tear gas and batons on a gathering that had not yet marched: a protest with intervention; "Several hundred": 300;
# the collective's "dozens" detained: 24; "at least two people were hurt"
ev(d, 1, "Protest with intervention", day("2025-06-26"),
   A("Protesters (Togo)", "Several hundred people, most of them in their twenties", 6, "TGO"),
   pol("Togo", "TGO", "Police in Togo's capital"), P("Lome", "TG"), inj=atleast(2), arr=N(24, 24, None),
   crowd=dict(low=300, high=None),
   attribution=[("witnesses", "witnesses said"), ("civil society collective", "A civil society collective said")])
# the cause of the anger, recalled with its own date
ev(d, 2, "Arrests", day("2025-05-26"), pol("Togo", "TGO", "police"), civ("Togo", "TGO", "the rapper Aamron"),
   P("Lome", "TG"), background=True, arr=exact(1))
# not coded: the constitutional change (a political act), the undeclared-gatherings statement, next week's called
# protests, the slow internet

d = "197_dublin_riot_buses_burned_arrests"
# bottles and fireworks at police, buses and a tram burned, shops looted: one riot; its 34 arrests are in it; the
# police estimate of the crowd "200 to 300"; the commissioner's blame is a claim
ev(d, 1, "Violent demonstration", day("2023-11-23"), A("Rioters (Ireland)", "rioters", 5, "IRL"),
   pol("Ireland", "IRL", "Irish police"), P("Dublin", "IE"), inj=exact(9), arr=exact(34), crowd=dict(low=200, high=300),
   attribution=[("Garda Commissioner Drew Harris", "Garda Commissioner Drew Harris said on Friday")],
   claims=[("Garda Commissioner Drew Harris", "accuse", "far-right",
            "Harris blamed \"a lunatic, hooligan faction driven by far-right ideology\"")])
# not coded: the stabbing outside the school (a crime with no political side), the promised laws

d = "198_sokoto_student_killed_mob_suspects_arrested_riot"
ev(d, 1, "Mob violence", day("2022-05-12"), A("Rioters (Nigeria)", "a mob of fellow students", 5, "NGA"),
   civ("Nigeria", "NGA", "Deborah Samuel, a second-year student at Shehu Shagari College of Education"),
   P("Sokoto", "NG"), fat=exact(1), attribution=[("police", "police said")])
ev(d, 2, "Arrests", day("2022-05-13"), pol("Nigeria", "NGA", "Police"), civ("Nigeria", "NGA", "two suspects"),
   P("Sokoto", "NG"), arr=exact(2), attribution=[("police spokesman", "a police spokesman said")])
# smashing a cathedral's windows and burning a car: a riot; "Hundreds": 200; "no immediate reports of deaths": 0
ev(d, 3, "Violent demonstration", day("2022-05-14"), A("Rioters (Nigeria)", "hundreds of young men", 5, "NGA"),
   pol("Nigeria", "NGA", "police"), P("Sokoto", "NG"), fat=exact(0), crowd=dict(low=200, high=None),
   attribution=[("Reuters witness", "a Reuters witness said")])
# not coded: the curfew, the college's closure, the condemnations, Sunday's services (planned)

d = "199_ain_al_hilweh_fatah_islamists_clash_sidon"
# the ambush that started it and the night's fighting are one clash over a range (the convention of 144); the camp
# "on the edge of" Sidon: precision 2; "more than 30" wounded: at least 30
ev(d, 1, "Armed clash", span("2023-07-30", "2023-07-31", "range"),
   A("Fatah", "members of the Palestinian Fatah movement", 2, "PSE"), uag("Lebanon", "LBN", "Islamist militants"),
   P("Sidon", "LB", 2), fat=atleast(6), inj=atleast(30),
   attribution=[("Palestinian officials", "Palestinian officials and Lebanese security sources said"),
                ("Palestinian Red Crescent", "according to the Palestinian Red Crescent")],
   claims=[("Fatah", "accuse", "Islamist militants", "Fatah blamed the militants, who did not comment.")])
# not coded: the flight to Sidon, the army's reinforced checkpoints (a deployment), Monday's truce meeting (no deal)

d = "200_diallassagou_villages_massacre_moura_recalled"
# Diallassagou, "about 40 km" from Bankass, is missing: Bankass at precision 2; "Saturday night and Sunday": a range;
# the government's blame is an accusation
ev(d, 1, "Attack", span("2022-06-18", "2022-06-19", "range"), uag("Mali", "MLI", "gunmen"),
   civ("Mali", "MLI", "132 civilians"), P("Bankass", "ML", 2), fat=exact(132),
   attribution=[("local officials", "local officials said"), ("government", "said the attackers had killed 132 people")],
   claims=[("Government of Mali", "accuse", "Katiba Macina",
            "The government blamed the Katiba Macina, a jihadist group linked to al-Qaeda")])
# HRW (a neutral source) names the soldiers; the unnamed "foreign fighters" are left out; the army's account is a
# denial; Moura, "in the Djenne district", is missing: Djenne at precision 2; an explicit span: range
ev(d, 2, "Attack", span("2022-03-27", "2022-03-31", "range"), mil("Mali", "MLI", "Malian soldiers and foreign fighters"),
   civ("Mali", "MLI", "about 300 civilians"), P("Djenne", "ML", 2), background=True, fat=N(None, 300, None),
   attribution=[("Human Rights Watch", "Human Rights Watch said, citing witnesses")],
   claims=[("Military Forces of Mali", "deny", None, "The army said it had killed 203 militants there.")])
# not coded: the mourning, the violence in the area since 2015 (a summary), the election pledge, the UN team (planned)

d = "201_mastung_procession_suicide_bomb_hangu_mosque"
# "more than 50" wounded: at least 50; the police officer among the dead is an associate of the victims; the TTP's
# denial is a claim
ev(d, 1, "Suicide bomb", day("2023-09-29"), uag("Pakistan", "PAK", "A suicide bomber"),
   civ("Pakistan", "PAK", "worshippers"), P("Mastung", "PK"), fat=atleast(52), inj=atleast(50),
   assoc2=[pol("Pakistan", "PAK", "A senior police officer, Nawaz Gishkori")],
   attribution=[("officials", "officials said"), ("local administration official", "local administration official Atta Ullah said")],
   claims=[("Tehreek-e-Taliban Pakistan", "deny", None, "The Pakistani Taliban ... said they had nothing to do with it.")])
# "about a dozen": best 12
ev(d, 2, "Suicide bomb", day("2023-09-29"), uag("Pakistan", "PAK", "a suicide bomber"),
   pol("Pakistan", "PAK", "most of them police officers"), P("Hangu", "PK"), fat=exact(5), inj=N(None, 12, None),
   attribution=[("police", "police said")])
# not coded: the province's rise in violence (a summary), the minister's vow

d = "202_barrancas_footballer_father_kidnapped_eln"
# the ELN's own statement makes it actor1; the mother's release hours later is part of the abduction
ev(d, 1, "Abduction/forced disappearance", day("2023-10-28"),
   A("National Liberation Army", "armed men on motorcycles", 2, "COL"),
   civ("Colombia", "COL", "Luis Manuel Diaz and his wife, Cilenis Marulanda"), P("Barrancas", "CO"),
   attribution=[("National Liberation Army", "In a statement, the ELN said")],
   claims=[("National Liberation Army", "claim responsibility", None,
            "the ELN said its Northern War Front had carried out the abduction"),
           ("Government of Colombia", "accuse", "National Liberation Army",
            "The government had earlier said the rebels were responsible")])
# not coded: the search (a deployment), the ceasefire since August (a state), the next round of talks (planned)

d = "203_hama_rebels_take_city_halfaya_strikes_aleppo"
ev(d, 1, "Non-state actor overtakes territory", day("2024-12-05"),
   A("Hayat Tahrir al-Sham", "Rebels led by the Islamist group Hayat Tahrir al-Sham (HTS)", 2, "SYR"),
   mil("Syria", "SYR", "the army"), P("Hamah", "SY"),
   attribution=[("residents", "residents and the group said"), ("army", "The army said in a statement")])
ev(d, 2, "Air/drone strike", day("2024-12-04"), mil("Syria", "SYR", "Syrian and Russian warplanes"),
   civ("Syria", "SYR", "at least eight civilians, among them three children"), P("Halfaya", "SY"), fat=atleast(8),
   assoc1=[mil("Russia", "RUS", "Russian warplanes", 8)],
   attribution=[("Syrian Observatory for Human Rights", "the Syrian Observatory for Human Rights said")])
# recalled with its own date; the sentence names no opponent (the convention of 73)
ev(d, 3, "Non-state actor overtakes territory", day("2024-11-30"), A("Hayat Tahrir al-Sham", "the rebels", 2, "SYR"),
   mil("Syria", "SYR", ""), P("Aleppo", "SY"), background=True)
# not coded: the 1982 massacre (history), the displacement total, the calls for talks

d = "204_jeddah_sudan_declaration_civilians_khartoum_strikes"
ev(d, 1, "Agreement", day("2023-05-11"), mil("Sudan", "SDN", "Representatives of Sudan's army"),
   A("Rapid Support Forces", "the paramilitary Rapid Support Forces", 2, "SDN"), P("Jeddah", "SA"),
   attribution=[("US and Saudi mediators", "US and Saudi mediators said")])
# "no word on casualties": null (the convention of 193)
ev(d, 2, "Air/drone strike", day("2023-05-12"), mil("Sudan", "SDN", "army warplanes"),
   A("Rapid Support Forces", "RSF positions", 2, "SDN"), P("Khartoum", "SD"), attribution=[("residents", "residents said")])
# not coded: the start of the war on 15 April, the death and refugee totals, the truce talks to follow (planned)

d = "205_barcelona_catalan_officials_arrested_protest"
# the detained officials are coded as the regional government they serve; the ballot seizure is part of the operation
ev(d, 1, "Arrests", day("2017-09-20"), pol("Spain", "ESP", "Spain's Civil Guard police"),
   A("Government of Catalonia", "14 senior officials", 1, "ESP"), P("Barcelona", "ES"), arr=exact(14),
   attribution=[("Catalan government", "the Catalan government said")])
ev(d, 2, "Peaceful protest", day("2017-09-20"), A("Protesters (Spain)", "Some 40,000 people", 6, "ESP"), None,
   P("Barcelona", "ES"), crowd=dict(low=40000, high=None), attribution=[("city police", "according to the city police")])
# not coded: Thursday's called protests, the 1 October referendum (planned), the suspended law, the warnings

d = "206_mirebalais_gangs_seize_town"
# the gangs' own videos are a claim; the officers who withdrew are the opponent; "no word on casualties": null
ev(d, 1, "Non-state actor overtakes territory", day("2025-03-31"),
   A("Viv Ansanm", "Armed gangs belonging to the Viv Ansanm coalition", 3, "HTI"),
   pol("Haiti", "HTI", "police officers"), P("Mirebalais", "HT"),
   attribution=[("local officials", "local officials said"), ("mayor's office", "according to the mayor's office")],
   claims=[("Viv Ansanm", "claim responsibility", "Mirebalais",
            "saying Mirebalais was now under their control")])
# not coded: the push into Centre department in recent months (a summary), the request to the Kenyan-led mission,
# the displacement total

d = "207_nampula_police_fire_opposition_march"
# police fire on marchers, one killed: excessive force, the force as actor1; the police account of stones is not enough
# to make the crowd rioters (the convention of 70); "Several hundred": 300
ev(d, 1, "Excessive force against protesters", day("2024-11-06"), pol("Mozambique", "MOZ", "police"),
   A("Protesters (Mozambique)", "supporters of opposition leader Venancio Mondlane", 6, "MOZ"),
   P("Nampula", "MZ"), fat=exact(1), inj=atleast(3), crowd=dict(low=300, high=None),
   attribution=[("hospital", "a local hospital and rights groups said"), ("witnesses", "witnesses told AFP")])
# not coded: the week of called demonstrations, the closed shops, the 9 October vote and its result, next month's ruling

d = "208_lima_march_against_boluarte"
# police 8,000, organisers "more than 20,000": the lowest and highest estimates; "No arrests were reported": 0
ev(d, 1, "Peaceful protest", day("2023-07-19"), A("Protesters (Peru)", "Thousands of people", 6, "PER"), None,
   P("Lima", "PE"), arr=exact(0), crowd=dict(low=8000, high=20000),
   attribution=[("police", "police and organisers said")])
# not coded: the deaths earlier in the year (a summary), Castillo's removal (a political act), the 28 July protests
# (planned), the deployment

d = "209_tbilisi_protest_water_cannon_arrests"
# water cannon and tear gas on a crowd that was not violent: protest with intervention; the 43 detentions are part of it;
# the opposition's charge of excessive force is a claim
ev(d, 1, "Protest with intervention", day("2024-11-29"),
   A("Protesters (Georgia)", "thousands of people", 6, "GEO"), pol("Georgia", "GEO", "Georgian riot police"),
   P("Tbilisi", "GE"), arr=exact(43), crowd=dict(low=2000, high=None),
   attribution=[("interior ministry", "The interior ministry said on Saturday")],
   claims=[("opposition parties", "accuse", "Police Forces of Georgia",
            "Opposition parties accused the police of using excessive force against a peaceful crowd.")])
# not coded: the first night (only "a second night"), Thursday's announcement (a political act), Saturday's called rally

d = "210_monywa_village_houses_burned_soldiers"
# Nyaung Kone, "about 15 kilometres west of" Monywa, is missing: Monywa at precision 2; the taking of rice and
# livestock is part of the same raid; "No one was reported killed": 0
ev(d, 1, "Looting/property destruction", day("2023-02-04"), mil("Myanmar", "MMR", "Myanmar soldiers"),
   civ("Myanmar", "MMR", "residents"), P("Monywa", "MM", 2), fat=exact(0),
   attribution=[("residents", "residents and a local resistance group said")])
# not coded: the series of arson raids and the homes burned since 2021 (summaries), the 2021 coup (history)

d = "211_bujumbura_bus_station_grenade"
# the minister's blame names no group: an accusation, actor1 stays unidentified
ev(d, 1, "Grenade", day("2021-09-20"), uag("Burundi", "BDI", "a man"),
   civ("Burundi", "BDI", "commuters"), P("Bujumbura", "BI"), fat=exact(2), inj=atleast(30),
   attribution=[("police", "police said"), ("witnesses", "Witnesses said")],
   claims=[("Interior Minister Gervais Ndirakobuca", "accuse", "criminals seeking to destabilise the country",
            "\"criminals seeking to destabilise the country\" were responsible")])
# not coded: the earlier grenade attacks (a summary), the patrols

# --- 212-216: fresh batch (session 11), written without running the extractor on them ------------

d = "212_conakry_tear_gas_activists_missing_labe_march"
# tear gas on a crowd that only chanted: a protest with intervention, its detentions in it; "hundreds": 200
ev(d, 1, "Protest with intervention", day("2024-07-11"),
   A("Protesters (Guinea)", "hundreds of young people", 6, "GIN"), pol("Guinea", "GIN", "Police in Guinea's capital"),
   P("Conakry", "GN"), inj=atleast(5), arr=atleast(12), crowd=dict(low=200, high=None),
   attribution=[("witnesses", "witnesses and the organisers said"), ("health worker", "a local health worker said")])
# "dozens": 24; police watched without intervening
ev(d, 2, "Peaceful protest", day("2024-07-11"), A("Protesters (Guinea)", "dozens of people", 6, "GIN"), None,
   P("Labe", "GN"), crowd=dict(low=24, high=None), attribution=[("local journalist", "a local journalist said")])
# the cause of the protest, recalled with its own date (the convention of 48); only the FNDC (an interested party)
# names the special forces, and the government denies holding them: unidentified
ev(d, 3, "Abduction/forced disappearance", day("2024-07-09"), uag("Guinea", "GIN", "armed men in uniform"),
   civ("Guinea", "GIN", "Oumar Sylla, known as Foniké Menguè, and Mamadou Billo Bah"), P("Conakry", "GN"),
   background=True,
   assoc2=[A("National Front for the Defence of the Constitution",
             "leaders of the National Front for the Defence of the Constitution (FNDC)", 6, "GIN")],
   attribution=[("National Front for the Defence of the Constitution", "the movement said")],
   claims=[("National Front for the Defence of the Constitution", "accuse", "Military Forces of Guinea",
            "The FNDC accused the army's special forces of seizing them."),
           ("Government of Guinea", "deny", None, "The government has said it is not holding the pair")])
# not coded: next week's called protests, the ban on demonstrations, the dissolution, the UN's statement

d = "213_northern_samar_army_npa_clash_catarman_arrest"
# "in the hills above the town of Las Navas": precision 2; five rebels and a soldier: 6 dead; the party's version of
# who attacked is not a claim about the facts coded
ev(d, 1, "Armed clash", day("2024-03-04"),
   mil("the Philippines", "PHL", "Troops from the army's 20th Infantry Battalion"),
   A("New People's Army", "about 20 New People's Army rebels", 2, "PHL", ("Communist Party of the Philippines",)),
   P("Las Navas", "PH", 2), fat=exact(6), inj=exact(2),
   attribution=[("army", "Captain Jun Abad, a spokesman for the army's 8th Infantry Division")])
# a rebel officer's arrest: the rebel group is actor2
ev(d, 2, "Arrests", day("2024-03-05"), pol("the Philippines", "PHL", "police in Catarman"),
   A("New People's Army", "a man they described as a regional finance officer of the rebel movement", 2, "PHL",
     ("Communist Party of the Philippines",)),
   P("Catarman", "PH"), arr=exact(1), attribution=[("police", "police said")])
# not coded: the insurgency's toll since 1969 (a summary), the collapsed talks, the army's aim for the year

d = "214_dikwa_iswap_mortar_bombs_monguno_roadside_bomb"
# ISWAP's own statement makes it actor1; the victims are the civilians officials name (the convention of 86)
ev(d, 1, "Shelling/artillery/missile attack", day("2024-04-14"),
   A("Islamic State West Africa Province", "Islamic State-linked militants", 2, "NGA", ("Islamic State",)),
   civ("Nigeria", "NGA", "three civilians"), P("Dikwa", "NG"), fat=exact(3), inj=exact(10),
   attribution=[("local officials", "local officials and residents said")],
   claims=[("Islamic State West Africa Province", "claim responsibility", "Nigerian army base",
            "its fighters had targeted a Nigerian army base in the town")])
# "on a road near the town of Monguno": precision 2; unclaimed
ev(d, 2, "Remote explosive/landmine/IED", day("2024-04-13"), uag("Nigeria", "NGA", ""),
   mil("Nigeria", "NGA", "two soldiers"), P("Monguno", "NG", 2), fat=exact(2),
   attribution=[("military officers", "two military officers said on condition of anonymity")])
# not coded: the insurgency's toll since 2009 (a summary), ISWAP's split from Boko Haram, the camps

d = "215_mbinga_tundu_lissu_arrested_supporters_tear_gas"
# an opposition leader's detention is coded with his party (the convention of 161)
ev(d, 1, "Arrests", day("2025-04-09"), pol("Tanzania", "TZA", "Tanzanian police"),
   A("Chadema", "opposition leader Tundu Lissu", 3, "TZA"), P("Mbinga", "TZ"), arr=exact(1),
   attribution=[("Chadema", "his Chadema party said")])
# tear gas on supporters demanding his release: a protest with intervention; "several people were hurt": 3
ev(d, 2, "Protest with intervention", day("2025-04-09"), A("Protesters (Tanzania)", "a crowd of supporters", 6, "TZA"),
   pol("Tanzania", "TZA", "Police"), P("Mbinga", "TZ"), inj=N(3, 3, None), attribution=[("witnesses", "witnesses said")])
# recalled with its own date; the lawmaker coded with his party (the convention of 136)
ev(d, 3, "Attack", day("2017-09-07"), uag("Tanzania", "TZA", "gunmen"),
   A("Chadema", "Lissu, a former lawmaker", 3, "TZA"), P("Dodoma", "TZ"), background=True)
# not coded: the treason charge in court on Thursday, the "No reforms, no election" campaign, the lifted rally ban

d = "216_buenos_aires_pensioners_protest_clashes_photographer"
# stones, torn-down barriers and a burned police car: a riot, though police fire wounded a photographer (the
# convention of 01); "several thousand": 3,000; the minister's and the lawmakers' blame are claims
ev(d, 1, "Violent demonstration", day("2025-03-12"), A("Rioters (Argentina)", "some protesters", 5, "ARG"),
   pol("Argentina", "ARG", "riot police"), P("Buenos Aires", "AR"), inj=atleast(20), arr=exact(124),
   crowd=dict(low=3000, high=None),
   attribution=[("AFP journalists", "AFP journalists saw"), ("health authorities", "the health authorities of the city said"),
                ("security ministry", "according to the security ministry")],
   claims=[("Security Minister Patricia Bullrich", "accuse", "football hooligans",
            "Security Minister Patricia Bullrich blamed organised football hooligans for the violence"),
           ("opposition lawmakers", "accuse", "Police Forces of Argentina",
            "Opposition lawmakers accused the police of firing directly at people's bodies.")])
# not coded: the weekly Wednesday protests (a habit), the judge's release order, the protest protocol


# --- 237-241: fresh batch (session 12), written without running the extractor on them ---

d = "237_harare_soldiers_fire_on_rioters_mdc_offices_raided"
# a crowd that set a car and stalls alight, smashed windows and stoned police: a riot though soldiers then shot into it
# (the convention of 01), the three dead and 14 hurt in it; the soldiers' fire killed them, so the army is actor2 with
# the police (water cannon, tear gas) an associate; "several hundred": 300; both sides' blame are claims
ev(d, 1, "Violent demonstration", day("2018-08-01"),
   A("Rioters (Zimbabwe)", "several hundred MDC Alliance supporters", 5, "ZWE", ("MDC Alliance",)),
   mil("Zimbabwe", "ZWE", "soldiers"), P("Harare", "ZW"), fat=exact(3), inj=exact(14), crowd=dict(low=300, high=None),
   assoc2=[pol("Zimbabwe", "ZWE", "police")],
   attribution=[("police", "police spokeswoman Charity Charamba"), ("AFP photographer", "an AFP photographer saw")],
   claims=[("Government spokesman Nick Mangwana", "accuse", "MDC Alliance", "the opposition had \"incited\" the violence"),
           ("Nelson Chamisa", "accuse", "Military Forces of Zimbabwe",
            "accused the government of sending soldiers \"to shoot innocent civilians\"")])
# the party workers held at the party's offices are coded as the party (the convention of 215)
ev(d, 2, "Arrests", day("2018-08-02"), pol("Zimbabwe", "ZWE", "Zimbabwean police"),
   A("MDC Alliance", "16 people ... party workers", 3, "ZWE"), P("Harare", "ZW"), arr=exact(16),
   attribution=[("police", "police spokeswoman Charity Charamba told reporters")])
# not coded: Monday's election, the results due later on Thursday, the youths' threat to return to the streets, the
# soldiers' patrols and the shut shops, the observers' statement, Mugabe's departure last year (a political act)

d = "238_manda_bay_al_shabaab_attack_witu_bus"
# Al Shabaab's own statement makes it actor1; Manda Bay is missing from cities500: Lamu, "across the channel", at
# precision 2; the three Americans plus the four attackers the KDF says were killed: 7; the U.S. forces at the base
# are an associate of the Kenyan army that repelled the attack; the group's inflated figures and the KDF's dismissal
# are claims
ev(d, 1, "Armed clash", day("2020-01-05"), A("Al Shabaab", "Al Shabaab fighters", 2, "SOM"),
   mil("Kenya", "KEN", "soldiers"), P("Lamu", "KE", 2), fat=exact(7), inj=exact(2),
   assoc2=[A("Military Forces of the United States", "a U.S. soldier and two American contractors", 8, "USA")],
   attribution=[("U.S. Africa Command", "the U.S. military said"),
                ("Kenya Defence Forces", "Kenya Defence Forces spokesman Colonel Paul Njuguna said")],
   claims=[("Al Shabaab", "claim responsibility", "Manda Bay", "its fighters had stormed the base"),
           ("Kenya Defence Forces", "deny", None, "figures the Kenyan military dismissed as propaganda")])
# reported on Sunday as news of its own (the convention of 57), not framed as the cause; only the police (an interested
# party) name Al Shabaab: actor1 unidentified with an `accuse` claim; Nyongoro "near the town of Witu": precision 2
ev(d, 2, "Attack", day("2020-01-02"), uag("Kenya", "KEN", "gunmen"), civ("Kenya", "KEN", "three passengers"),
   P("Witu", "KE", 2), fat=exact(3), inj=exact(2), attribution=[("police", "police said on Sunday")],
   claims=[("Lamu county police commander Moses Murithi", "accuse", "Al Shabaab",
            "Lamu county police commander Moses Murithi blamed Al Shabaab")])
# recalled with its month; named in the reporter's voice; "about 60": best only
ev(d, 3, "Attack", span("2014-06-01", "2014-06-30", "month"), A("Al Shabaab", "Al Shabaab gunmen", 2, "SOM"),
   civ("Kenya", "KEN", "about 60 people"), P("Mpeketoni", "KE"), background=True, fat=N(None, 60, None))
# not coded: the repeated attacks on Lamu since 2014 (a summary), Kenya's 2011 deployment to Somalia (history), the
# hunt Africa Command promises, the travel advice

d = "239_koutruk_drone_bombs_imphal_women_blockade"
# fire from the hills and drone-dropped bombs on a village are one attack, coded by its new means as an air/drone strike
# on civilians; Koutruk, "about 20 km west of" Imphal, is missing: Imphal at precision 2; only the police (an
# interested party) name Kuki militants, and a Kuki body denies it: actor1 unidentified
ev(d, 1, "Air/drone strike", day("2024-09-01"), uag("India", "IND", "attackers"), civ("India", "IND", "Two people"),
   P("Imphal", "IN", 2), fat=exact(2), inj=exact(9), attribution=[("police", "police said")],
   claims=[("Manipur police", "accuse", "Kuki militants", "\"suspected Kuki militants\" had used \"high-tech drones\""),
           ("Kuki Inpi Manipur", "deny", None, "Kuki armed groups had played no part")])
# a road blockade the police watched without moving it: a peaceful protest; "hundreds": 200
ev(d, 2, "Peaceful protest", day("2024-09-02"), A("Protesters (India)", "hundreds of women", 6, "IND"), None,
   P("Imphal", "IN"), crowd=dict(low=200, high=None))
# not coded: the anti-drone unit and the paramilitary companies (planned), the chief minister's vow, the toll and the
# displaced since May last year (a summary, and the start of the conflict, the convention of 62), the closed shops

d = "240_rask_jaish_al_adl_police_station_attack"
# Jaish al-Adl's own statement makes it actor1; "overnight" but "at about 2 a.m." before a Friday publication: the
# publication day; 11 officers plus two attackers: 13; "several officers were wounded": 3 at least; Rask is GeoNames'
# Rasak; the minister's vow and his "neighbouring country" are not coded
ev(d, 1, "Armed clash", day("2023-12-15"), A("Jaish al-Adl", "Militants", 2, "IRN"),
   pol("Iran", "IRN", "11 police officers"), P("Rask", "IR"), fat=exact(13), inj=N(3, 3, None),
   attribution=[("state media", "Iranian state media reported"),
                ("deputy governor for security", "the province's deputy governor for security, Alireza Marhamati, told state television")],
   claims=[("Jaish al-Adl", "claim responsibility", None, "its fighters had carried out the attack")])
# recalled with its own date; the Guards are an associate of the police; the officials' version is a claim
ev(d, 2, "Excessive force against protesters", day("2022-09-30"), pol("Iran", "IRN", "police"),
   A("Protesters (Iran)", "protesters gathered outside a police station", 6, "IRN"), P("Zahedan", "IR"),
   background=True, fat=atleast(90), assoc1=[mil("Iran", "IRN", "members of the Revolutionary Guards")],
   attribution=[("rights groups", "according to rights groups")],
   claims=[("Iranian officials", "accuse", "armed separatists",
            "Officials said at the time that armed separatists had attacked the station")])
# not coded: Jaish al-Adl's attacks in recent years and the clashes in the province (summaries), last year's nationwide
# protests (a summary), Saturday's funeral, Iran's charge against Pakistan and its denial

d = "241_busayrah_sdf_tribal_fighters_clash_abu_khawla"
# the monitor (a neutral source) says the tribal fighters attacked: actor1; nine SDF and three tribal dead, "at least
# 12"; the SDF's blame of Damascus is a claim
ev(d, 1, "Armed clash", day("2023-08-29"),
   A("Akidat Tribal Militia (Syria)", "fighters from the Akidat, the largest tribe in the province", 4, "SYR"),
   A("Syrian Democratic Forces", "the U.S.-backed Syrian Democratic Forces", 2, "SYR"), P("Al Busayrah", "SY"),
   fat=atleast(12), attribution=[("Syrian Observatory for Human Rights", "a war monitor said")],
   claims=[("Syrian Democratic Forces", "accuse", "Government of Syria",
            "blaming the unrest on \"agents of the Damascus regime\"")])
# "several hundred": 300; no intervention reported
ev(d, 2, "Peaceful protest", day("2023-08-30"), A("Protesters (Syria)", "several hundred people", 6, "SYR"), None,
   P("Hajin", "SY"), crowd=dict(low=300, high=None),
   attribution=[("Syrian Observatory for Human Rights", "the Observatory said")])
# the arrest that set off the unrest, recalled with its day: background (the convention of 48); the commander is coded
# with his council, part of the SDF
ev(d, 3, "Arrests", day("2023-08-27"), A("Syrian Democratic Forces", "the SDF", 2, "SYR"),
   A("Deir ez-Zor Military Council", "Ahmad al-Khabil, known as Abu Khawla, the head of the Deir ez-Zor Military Council",
     2, "SYR", ("Syrian Democratic Forces",)),
   P("Al Hasakah", "SY"), background=True, arr=exact(1))
# not coded: the takeover of Dhiban's positions (unverified, and the SDF denies it), the 29 dead since Monday (a
# summary), the curfew and the reinforcements, the coalition's call, the planned meeting with the elders


# --- 247-251: fresh batch, written without running the extractor on them ---

d = "247_zurmi_bandits_kill_villagers_air_force_strike"
# the killings and the abductions in one night raid are one Attack (the convention of 93); "late on Sunday" before a
# Tuesday publication: 17 August; Kairu, "about 15 kilometres from the town of Zurmi", is missing: Zurmi at precision 2;
# only a community leader gives the toll (the police confirm the attack with no toll)
ev(d, 1, "Attack", day("2025-08-17"), uag("Nigeria", "NGA", "Gunmen on motorcycles"),
   civ("Nigeria", "NGA", "17 villagers"), P("Zurmi", "NG", 2), fat=exact(17),
   attribution=[("community leader", "according to Mustapha Garba, a community leader"),
                ("police", "Zamfara police spokesman Yazid Abubakar confirmed the attack")])
# the air force's own statement makes it actor1 (the convention of 218); "the same day" as its Monday statement;
# "a forest about 20 kilometres south of Zurmi": precision 2; "more than 20 bandits": at least 20
ev(d, 2, "Air/drone strike", day("2025-08-18"), mil("Nigeria", "NGA", "its jets"),
   uag("Nigeria", "NGA", "more than 20 bandits"), P("Zurmi", "NG", 2), fat=atleast(20),
   attribution=[("Nigerian Air Force", "the Nigerian Air Force said")])
# recalled with its own date: background
ev(d, 3, "Attack", day("2025-06-02"), uag("Nigeria", "NGA", "gunmen"),
   civ("Nigeria", "NGA", "at least 20 worshippers"), P("Kaura Namoda", "NG"), background=True, fat=atleast(20))
# not coded: the ransom demand and the threat to kill the captives, the tactical team sent, the governor's promised
# guard recruits, the bandits' habits and the thousands killed in recent years (a summary), the 2019 peace deal

d = "248_mongbwalu_codeco_attack_bunia_moto_drivers_protest"
# CODECO is named in the reporter's voice and by residents: actor1; nine attackers, two soldiers and four civilians:
# 15, "at least 15" in the lead; the looting of shops is part of the same happening
ev(d, 1, "Armed clash", day("2025-04-20"),
   A("CODECO", "Fighters of the CODECO militia", 3, "COD", ("Lendu Ethnic Militia",)),
   mil("Democratic Republic of Congo", "COD", "the army"), P("Mongbwalu", "CD"), fat=atleast(15),
   attribution=[("army spokesman", "Army spokesman in Ituri Lieutenant Jules Ngongo said"),
                ("civil society leader", "Dieudonne Lossa, a civil society leader in the town, said")])
# only the territory administrator (an official of the side CODECO fights) names CODECO, and the group is silent:
# actor1 unidentified with an `accuse` claim; Lopa, "about 30 kilometres north of Bunia": Bunia at precision 2
ev(d, 2, "Attack", day("2025-04-21"), uag("Democratic Republic of Congo", "COD", "gunmen"),
   civ("Democratic Republic of Congo", "COD", "five passengers"), P("Bunia", "CD", 2), fat=exact(5),
   attribution=[("Djugu territory administrator", "the administrator of Djugu territory said")],
   claims=[("administrator of Djugu territory", "accuse", "CODECO", "He blamed CODECO")])
# drivers parking across roads, cleared with tear gas: a protest with intervention; "hundreds": 200
ev(d, 3, "Protest with intervention", day("2025-04-22"),
   A("Protesters (Democratic Republic of Congo)", "hundreds of motorcycle taxi drivers", 6, "COD"),
   pol("Democratic Republic of Congo", "COD", "Police"), P("Bunia", "CD"), arr=exact(12),
   crowd=dict(low=200, high=None), attribution=[("police", "a police officer said")])
# recalled with its own date; the UN (neutral) names CODECO; Djaiba, "north of Djugu": Djugu at precision 2
ev(d, 4, "Attack", day("2025-02-10"), A("CODECO", "the militia", 3, "COD", ("Lendu Ethnic Militia",)),
   civ("Democratic Republic of Congo", "COD", "51 people"), P("Djugu", "CD", 2), background=True, fat=exact(51),
   attribution=[("United Nations", "according to the United Nations")])
# not coded: the killings since 2017 (a summary), the army's vow, the curfew, the Aru ceasefire "last year" (no date)

d = "249_sanaa_houthis_detain_un_staff_taiz_market_shell"
# the Houthis, the de facto authority in Sanaa, detaining UN staff in raids: Arrests, named by the UN and in the
# reporter's voice; Thursday before a Saturday publication
ev(d, 1, "Arrests", day("2024-06-06"), A("Ansar Allah", "Houthi security men", 2, "YEM"),
   civ("Yemen", "YEM", "11 employees of United Nations agencies"), P("Sanaa", "YE"), arr=exact(11),
   attribution=[("United Nations", "a UN spokesman in New York said on Friday")])
# only the city's governor (a party to the war) blames the Huthis, who do not answer: actor1 unidentified with empty
# text; coded as shelling of civilians
ev(d, 2, "Shelling/artillery/missile attack", day("2024-06-07"), uag("Yemen", "YEM", ""),
   civ("Yemen", "YEM", "a 10-year-old boy"), P("Taiz", "YE"), fat=exact(1), inj=exact(4),
   attribution=[("Al-Thawra hospital medics", "medics at the city's Al-Thawra hospital said")],
   claims=[("governor of Taiz", "accuse", "Ansar Allah", "The city's governor blamed the Houthis")])
# not coded: the televised "spy network" confessions, Guterres's call, the detentions of 2021 and 2023 (no date), the
# Red Sea attacks since November and the encirclement of Taiz since 2015 (summaries)

d = "250_al_mughayyir_settlers_tammun_drone_strike"
# the army's own statement makes it actor1 (8: Israeli forces in the West Bank, as in 302); the Al-Quds Brigades
# claim the dead as their fighters: actor2; "early on Thursday": the publication day
ev(d, 1, "Air/drone strike", day("2025-06-26"), mil("Israel", "ISR", "An Israeli drone strike", 8),
   A("Al-Quds Brigades", "three Palestinian militants", 2, "PSE", ("Palestinian Islamic Jihad",)), P("Tammun", "PS"),
   fat=exact(3), attribution=[("Israeli army", "The Israeli army said"), ("health ministry", "The Palestinian health ministry said")],
   claims=[("Military Forces of Israel", "claim responsibility", "a terrorist cell",
            "an aircraft had struck \"a terrorist cell\" in Tammun")])
# stones, burned cars and homes and four villagers beaten: an attack on civilians (the beatings make it more than
# property destruction); "No settlers were detained": 0 arrested
ev(d, 2, "Attack", day("2025-06-25"), A("Settlers (Israel)", "dozens of masked settlers", 4, "ISR"),
   civ("Palestine", "PSE", "four villagers"), P("Al Mughayyir", "PS"), inj=exact(4), arr=exact(0),
   attribution=[("village council head", "the village council head Amin Abu Alia told AFP"),
                ("Palestinian Red Crescent", "The Palestinian Red Crescent said"),
                ("AFP photographer", "An AFP photographer saw")])
# "overnight" before a Thursday publication: a range; detainees are civilians (the convention of 233)
ev(d, 3, "Arrests", span("2025-06-25", "2025-06-26", "range"), mil("Israel", "ISR", "Israeli forces", 8),
   civ("Palestine", "PSE", "at least 15 Palestinians"), P("Tubas", "PS"), arr=atleast(15),
   attribution=[("Palestinian Prisoners' Society", "the Palestinian Prisoners' Society said")])
# not coded: the army's review, the UN's settler-violence totals, the operation in the northern camps since January
# (a summary), the ministers' calls for annexation

d = "251_kathmandu_royalist_protest_riot_rpp_leaders_arrested"
# stones, burned buildings and vehicles and looted shops: a riot although police fired live rounds (the convention of
# 01), the two dead, "more than 110" hurt and 105 arrests in it; "Thousands": 2,000; the minister's blame is a claim
ev(d, 1, "Violent demonstration", day("2025-03-28"), A("Rioters (Nepal)", "supporters of Nepal's former king", 5, "NPL"),
   pol("Nepal", "NPL", "police"), P("Kathmandu", "NP"), fat=exact(2), inj=atleast(110), arr=exact(105),
   crowd=dict(low=2000, high=None),
   attribution=[("police", "Police spokesman Dinesh Kumar Acharya said"), ("officials", "officials said")],
   claims=[("Home Minister Ramesh Lekhak", "accuse", "Durga Prasai",
            "accused the protest's organiser, businessman Durga Prasai, of inciting the violence")])
# the counter-rally "ended without incident": a peaceful protest; "several thousand": 3,000
ev(d, 2, "Peaceful protest", day("2025-03-28"),
   A("Protesters (Nepal)", "several thousand supporters of the governing parties", 6, "NPL"), None,
   P("Kathmandu", "NP"), crowd=dict(low=3000, high=None))
# the leaders are coded as their party (the convention of 215)
ev(d, 3, "Arrests", day("2025-03-29"), pol("Nepal", "NPL", "police"),
   A("Rastriya Prajatantra Party", "two leaders of the pro-monarchy Rastriya Prajatantra Party", 3, "NPL"),
   P("Kathmandu", "NP"), arr=exact(2), attribution=[("Rastriya Prajatantra Party", "the party said")])
# the airport welcome that fuelled the campaign, recalled with its own date: background; "about 10,000" is the one
# estimate
ev(d, 4, "Peaceful protest", day("2025-03-09"), A("Protesters (Nepal)", "about 10,000 supporters", 6, "NPL"), None,
   P("Kathmandu", "NP"), background=True, crowd=dict(low=10000, high=None))
# not coded: the curfew and the soldiers' patrols, the protests called for next week, the monarchy's abolition in 2008


# --- 222-226: fresh batch (session 12), written without running the extractor on them ---

d = "222_gopalganj_awami_supporters_attack_ncp_rally"
# a crowd of party supporters charging another party's rally, smashing the stage and burning vehicles: Mob violence
# (the convention of 27), one event with the police and army fire that killed four; "dozens hurt": 24; "Several
# hundred men": 300; the Awami League's denial and its blame of the army are claims
ev(d, 1, "Mob violence", day("2025-07-16"),
   A("Rioters (Bangladesh)", "supporters of Bangladesh's banned Awami League", 5, "BGD", ("Awami League",)),
   A("Protesters (Bangladesh)", "a rally of the new student-led National Citizen Party (NCP)", 6, "BGD",
     ("National Citizen Party",)),
   P("Gopalganj", "BD"), fat=exact(4), inj=atleast(24), crowd=dict(low=300, high=None),
   assoc2=[pol("Bangladesh", "BGD", "police officers")],
   attribution=[("witnesses", "witnesses and police said"), ("hospital superintendent", "said Jibitesh Biswas, the superintendent of Gopalganj district hospital")],
   claims=[("Awami League", "deny", None, "its members had not been involved"),
           ("Awami League", "accuse", "Military Forces of Bangladesh", "accused the army of \"killing our supporters in cold blood\"")])
# "Police said on Thursday ... in raids across the town overnight": a range; the activists are coded as their party
# (the convention of 215)
ev(d, 2, "Arrests", span("2025-07-16", "2025-07-17", "range"), pol("Bangladesh", "BGD", "Police"),
   A("Awami League", "14 people ... Awami League activists suspected of taking part in the violence", 3, "BGD"),
   P("Gopalganj", "BD"), arr=exact(14), attribution=[("police", "Police said on Thursday")])
# not coded: the curfew, the NCP's Saturday rallies (planned), the ban on the Awami League in May and the NCP's founding
# (political acts), last year's uprising (a summary), Hasina's trial

d = "223_banibangou_soldiers_killed_army_post_attack"
# Banibangou is missing from cities500 and the article names no reference town: the Tillaberi region (precision 3);
# 34 soldiers plus "dozens of terrorists" (24): low 34, best 58; the ministry's "mercenaries" is an accusation, and
# the article's note on which groups operate there names no perpetrator
ev(d, 1, "Armed clash", day("2025-06-19"), uag("Niger", "NER", "hundreds of gunmen on motorbikes"),
   mil("Niger", "NER", "Thirty-four Nigerien soldiers"), R("Tillaberi", "NE", "Tillaberi"),
   fat=N(34, 58, None), inj=exact(14),
   attribution=[("defence ministry", "the defence ministry said")],
   claims=[("defence ministry", "accuse", "mercenaries in the pay of foreign powers",
            "The ministry described the attackers as \"mercenaries in the pay of foreign powers\"")])
# the air force strike the next day "north of Banibangou": the region again; "about 15": best only
ev(d, 2, "Air/drone strike", day("2025-06-20"), mil("Niger", "NER", "the air force"),
   uag("Niger", "NER", "a column of fighters withdrawing towards the Malian border"), R("Tillaberi", "NE", "Tillaberi"),
   fat=N(None, 15, None), attribution=[("defence ministry", "The ministry said")])
# recalled with its own date ("in March"): background; Fambita with no reference town: the region
ev(d, 3, "Attack", span("2025-03-01", "2025-03-31", "month"), uag("Niger", "NER", "gunmen"),
   civ("Niger", "NER", "44 worshippers"), R("Tillaberi", "NE", "Tillaberi"), background=True, fat=exact(44),
   attribution=[("Government of Niger", "according to the government")])
# not coded: the mourning, the 2023 coup, the planned joint force, France's denial (of a standing accusation)

d = "224_lima_gen_z_protest_one_dead_arequipa_march"
# stones, bottles, fireworks and torn-out barriers: a riot although a police officer shot a man dead (the conventions
# of 01 and 216); 24 civilians plus 84 officers: 108 hurt; "Thousands": 2,000; the president's blame is a claim
ev(d, 1, "Violent demonstration", day("2025-10-15"), A("Rioters (Peru)", "groups of protesters", 5, "PER"),
   pol("Peru", "PER", "police lines"), P("Lima", "PE"), fat=exact(1), inj=exact(108), arr=exact(10),
   crowd=dict(low=2000, high=None),
   attribution=[("AFP journalists", "AFP journalists saw"), ("ombudsman's office", "The ombudsman's office said"),
                ("police", "the police said")],
   claims=[("Interim President Jose Jeri", "accuse", "violent groups",
            "the march had been \"infiltrated by violent groups\"")])
# "several hundred": 300
ev(d, 2, "Peaceful protest", day("2025-10-15"), A("Protesters (Peru)", "several hundred people", 6, "PER"), None,
   P("Arequipa", "PE"), crowd=dict(low=300, high=None), attribution=[("local media", "local media reported")])
# not coded: Boluarte's removal and Jeri's swearing-in (political acts), the protests since last month and the killings
# of bus drivers this year (summaries), next week's transport strike (planned)

d = "225_aden_airport_attack_cabinet_arrival"
# only the government (an interested party) names the Huthis and says missiles, and they deny it: actor1
# unidentified with empty text; coded as a missile attack on the civilians gathered at the terminal
ev(d, 1, "Shelling/artillery/missile attack", day("2020-12-30"), uag("Yemen", "YEM", ""),
   civ("Yemen", "YEM", "officials, journalists and residents"), P("Aden", "YE"), fat=atleast(25), inj=atleast(110),
   attribution=[("AFP correspondent", "an AFP correspondent at the scene said"), ("interior minister", "according to the interior minister")],
   claims=[("Information Minister Moammar al-Eryani", "accuse", "Ansar Allah",
            "the airport had been hit by missiles fired by the Huthis"),
           ("Ansar Allah", "deny", None, "A spokesman for the Iran-backed rebels ... denied any role.")])
# the intercepted drone "Hours later": the same day; the coalition's blame of the Huthis is an accusation
ev(d, 2, "Disrupted weapons use", day("2020-12-30"), mil("Saudi Arabia", "SAU", "the Saudi-led coalition", 8),
   uag("Yemen", "YEM", ""), P("Aden", "YE"),
   attribution=[("Saudi-led coalition", "the Saudi-led coalition said")],
   claims=[("Saudi-led coalition", "accuse", "Ansar Allah", "It said the drone had been launched by the Huthis.")])
# recalled with its own date: background; "the rebels said they had carried out" makes them actor1; the air base
# "north of Lahij": Lahij at precision 2
ev(d, 3, "Air/drone strike", day("2019-01-10"), A("Ansar Allah", "a rebel drone", 2, "YEM"),
   mil("Yemen", "YEM", "at least six soldiers"), P("Lahij", "YE", 2), background=True, fat=atleast(6),
   claims=[("Ansar Allah", "claim responsibility", None, "an attack the rebels said they had carried out")])
# not coded: the cabinet's formation and the power-sharing deal (no dated signing), the 2015 intervention and the war's
# toll (summaries), the gunfire at the airport (part of the attack)

d = "226_solingen_festival_knife_attack_suspect_arrested"
# Islamic State's own claim makes it actor1 (the convention of 99)
ev(d, 1, "Attack", day("2024-08-23"), A("Islamic State", "The Islamic State group", 2, "DEU"),
   civ("Germany", "DEU", "people"), P("Solingen", "DE"), fat=exact(3), inj=exact(8),
   attribution=[("police", "police said")],
   claims=[("Islamic State", "claim responsibility", None,
            "The Islamic State group claimed responsibility on Saturday through its Amaq news agency")])
# the suspect who gave himself up to a patrol "late on Saturday", investigated for membership: coded with the group
ev(d, 2, "Arrests", day("2024-08-24"), pol("Germany", "DEU", "a police patrol"),
   A("Islamic State", "A 26-year-old Syrian man", 2, "DEU"), P("Solingen", "DE"), arr=exact(1),
   attribution=[("prosecutors", "prosecutors said"), ("officials", "officials said")])
# recalled with its own date: background; an attacker no group claimed: unidentified; the officer who died two days
# later is its death, the five others stabbed its injured
ev(d, 3, "Attack", day("2024-05-31"), uag("Germany", "DEU", "an Afghan man"),
   A("Protesters (Germany)", "an anti-Islam rally", 6, "DEU"), P("Mannheim", "DE"), background=True,
   fat=exact(1), inj=exact(5), assoc2=[pol("Germany", "DEU", "a police officer")])
# not coded: the festival's cancellation, the AfD rally and the counter-demonstration (called), the failed deportation,
# the knife-law pledge

# --- 217-221: fresh batch (session 11), written without running the extractor on them ---
d = "217_almaty_city_hall_burned_aktobe_protest"
# storming and burning the mayor's office, police vans and the prosecutor's office: one riot; the ministry's
# Thursday figures are Almaty's (eight officers dead, 317 hurt, "more than 200" detained); "Several thousand": 3,000
ev(d, 1, "Violent demonstration", day("2022-01-05"), A("Rioters (Kazakhstan)", "Protesters", 5, "KAZ"),
   pol("Kazakhstan", "KAZ", "police lines"), P("Almaty", "KZ"), fat=exact(8), inj=exact(317), arr=atleast(200),
   crowd=dict(low=3000, high=None),
   attribution=[("AFP correspondents", "AFP correspondents saw"), ("interior ministry", "The interior ministry said on Thursday")],
   claims=[("Kassym-Jomart Tokayev", "accuse", "terrorist bands", "blaming \"terrorist bands\" trained abroad")])
# stun grenades and tear gas on a crowd that only tried to approach the gates: a protest with intervention;
# "hundreds": 200; "no reports of deaths": 0
ev(d, 2, "Protest with intervention", day("2022-01-05"), A("Protesters (Kazakhstan)", "hundreds of protesters", 6, "KAZ"),
   pol("Kazakhstan", "KAZ", "police"), P("Aktobe", "KZ"), fat=exact(0), crowd=dict(low=200, high=None),
   attribution=[("local media", "local media reported")])
# not coded: the start of the wave in Zhanaozen on Sunday (the convention of 62), the government's resignation, the state
# of emergency and curfew, the CSTO request and deployment (planned), the internet cut

d = "218_tinzaouaten_rebels_malian_army_wagner_fighting"
# Tinzaouaten, "in the Abeibara district", is missing: Abeibara at precision 2; "on Thursday ... until Saturday": a
# range; the rebels engaged the convoy; the security source's "at least 40 ... on both sides" is the summed toll
ev(d, 1, "Armed clash", span("2024-07-25", "2024-07-27", "range"),
   A("Permanent Strategic Framework for the Defence of the People of Azawad",
     "The Permanent Strategic Framework for the Defence of the People of Azawad (CSP-DPA)", 2, "MLI"),
   mil("Mali", "MLI", "Malian troops"), P("Abeibara", "ML", 2), fat=atleast(40),
   assoc2=[A("Wagner Group", "Russian paramilitaries of the Wagner Group", 8, "RUS")],
   attribution=[("regional security source", "A regional security source told AFP"), ("army", "The army acknowledged in a statement")])
# the army's own statement makes it actor1; no toll given
ev(d, 2, "Air/drone strike", day("2024-07-28"), mil("Mali", "MLI", "the army said its drones"),
   A("Permanent Strategic Framework for the Defence of the People of Azawad", "rebel positions and vehicles", 2, "MLI"),
   P("Abeibara", "ML", 2), attribution=[("army", "the army said")])
# not coded: the fighting since 2023 (a summary), the 2020 takeover, the UN mission's departure, the flight to Algeria

d = "219_tudun_biri_army_drone_strike_celebration"
# the army's own admission makes it actor1; Tudun Biri, "in the Igabi area", is missing: Igabi at precision 2
ev(d, 1, "Air/drone strike", day("2023-12-03"), mil("Nigeria", "NGA", "A Nigerian army drone strike"),
   civ("Nigeria", "NGA", "villagers who had gathered to celebrate the Prophet Mohammed's birthday"),
   P("Igabi", "NG", 2), fat=atleast(85), inj=atleast(66),
   attribution=[("National Emergency Management Agency", "the country's emergency management agency said on Tuesday"),
                ("residents", "residents said")])
ev(d, 2, "Air/drone strike", day("2017-01-17"), mil("Nigeria", "NGA", "an air force jet"),
   civ("Nigeria", "NGA", "many of them women and children"), P("Rann", "NG"), background=True, fat=atleast(100))
# not coded: the investigation, the apology, the rebuilding pledge

d = "220_tunis_ghannouchi_arrested_supporters_gather"
# the opposition leader is coded as his party (the convention of 54)
ev(d, 1, "Arrests", day("2023-04-17"), pol("Tunisia", "TUN", "Tunisian police"),
   A("Ennahda", "Rached Ghannouchi, the leader of the Islamist Ennahda party", 3, "TUN"), P("Tunis", "TN"),
   arr=exact(1), attribution=[("Ennahda", "his party said"), ("interior ministry", "The interior ministry confirmed")])
# "several dozen": 36 (several = 3)
ev(d, 2, "Peaceful protest", day("2023-04-18"), A("Protesters (Tunisia)", "several dozen Ennahda supporters", 6, "TUN"),
   None, P("Tunis", "TN"), crowd=dict(low=36, high=None), attribution=[("Reuters witness", "a Reuters witness said")])
# not coded: the detentions since February (a summary), parliament's closure in July 2021 (a political act), the
# called protests later this week (planned)

d = "221_conakry_youths_shot_opposition_protest"
# shots into a chanting crowd: excessive force (no violence by the crowd is reported; the prosecutor's "damage to
# property" is only a charge); the 30 arrests in the capital that day are part of it; "At least seven" injured;
# "Hundreds": 200; the spokesman's denial is a claim
ev(d, 1, "Excessive force against protesters", day("2023-05-10"), mil("Guinea", "GIN", "gendarmes"),
   A("Protesters (Guinea)", "Hundreds of people, many of them teenagers", 6, "GIN"), P("Conakry", "GN"),
   fat=exact(2), inj=atleast(7), arr=exact(30), crowd=dict(low=200, high=None),
   assoc1=[pol("Guinea", "GIN", "police")],
   attribution=[("hospital sources", "hospital sources and their families said"), ("witnesses", "witnesses told AFP"),
                ("public prosecutor", "The public prosecutor said")],
   claims=[("Ousmane Gaoual Diallo", "deny", None,
            "denied that the security forces had been carrying live ammunition")])
# not coded: the ban on demonstrations since May 2022 and the deaths since (summaries), further protests (planned)


# --- 227-231: fresh batch (session 11), written without running the extractor on them ---
d = "227_nasir_white_army_overruns_garrison_un_helicopter_juba_arrests"
# the helicopter attack: only the information minister (an interested party) names the White Army, and the SPLM-IO
# denies a role: actor1 unidentified with the claims; the UN crew member plus the general and 27 soldiers: 29 dead;
# Nasir is missing from cities500: Upper Nile at precision 3; UNMISS is an associate of the army it was evacuating
ev(d, 1, "Armed clash", day("2025-03-07"), uag("South Sudan", "SSD", ""),
   mil("South Sudan", "SSD", "A South Sudanese army general and dozens of his soldiers"),
   R("Upper Nile", "SS", "Malakal"), fat=exact(29), inj=exact(2),
   assoc2=[A("UNMISS", "a United Nations helicopter", 8, None)],
   attribution=[("UNMISS", "The UN Mission in South Sudan (UNMISS) said"),
                ("Information Minister Michael Makuei", "Information Minister Michael Makuei told reporters in Juba")],
   claims=[("Information Minister Michael Makuei", "accuse", "White Army",
            "Makuei blamed the White Army, an armed youth militia drawn largely from the Nuer community"),
           ("SPLM-IO", "deny", None, "Machar's party, the SPLM-IO, denied any role in the attack")])
# the garrison's fall, named in the reporter's voice and confirmed by UNMISS; no figures
ev(d, 2, "Non-state actor overtakes territory", day("2025-03-04"),
   A("White Army", "armed youths of the White Army", 4, "SSD"), mil("South Sudan", "SSD", "the army garrison in Nasir"),
   R("Upper Nile", "SS", "Malakal"), attribution=[("UNMISS", "UNMISS confirmed the garrison had fallen")])
# "The same day" is Tuesday; the minister and the deputy army chief are coded as their party
ev(d, 3, "Arrests", day("2025-03-04"), mil("South Sudan", "SSD", "soldiers in Juba"),
   A("SPLM-IO", "Petroleum Minister Puot Kang Chol and the deputy army chief, General Gabriel Duop Lam", 2, "SSD"),
   P("Juba", "SS"), arr=exact(2), attribution=[("SPLM-IO", "the party said")])
# not coded: the days of fighting before Tuesday (no date), the troops around Machar's residence (a deployment), the
# 2013-2018 war and the 2018 deal (no place or date), the postponed elections, Uganda's possible troops

d = "228_douala_riot_garoua_tchiroma_supporters_shot_ekane_arrested"
# burning a gendarmerie post and ransacking police stations: a riot; the governor's four dead (security forces among
# them) and 105 arrests are its counts; gendarmes are military forces (the convention of 88)
ev(d, 1, "Violent demonstration", day("2025-10-26"), A("Rioters (Cameroon)", "crowds of young men", 5, "CMR"),
   mil("Cameroon", "CMR", "a gendarmerie post"), P("Douala", "CM"), fat=exact(4), arr=exact(105),
   assoc2=[pol("Cameroon", "CMR", "two police stations")],
   attribution=[("governor of the Littoral region", "according to the governor of the Littoral region, Samuel Dieudonne Ivaha Diboua")])
# residents name the soldiers; the crowd only chanted: excessive force; "hundreds": 200; the spokesman's denial a claim
ev(d, 2, "Excessive force against protesters", day("2025-10-27"), mil("Cameroon", "CMR", "soldiers"),
   A("Protesters (Cameroon)", "hundreds of Tchiroma's supporters", 6, "CMR"), P("Garoua", "CM"), fat=exact(2),
   crowd=dict(low=200, high=None),
   attribution=[("residents", "residents said"), ("local doctor", "a local doctor told AFP")],
   claims=[("government spokesman Rene Emmanuel Sadi", "deny", None,
            "denied that they had fired on peaceful demonstrators")])
# reported as news of its own (the convention of 57); the party leader coded as his party (the convention of 54)
ev(d, 3, "Arrests", day("2025-10-24"), mil("Cameroon", "CMR", "gendarmes"),
   A("MANIDEM", "Anicet Ekane, leader of the small MANIDEM party", 3, "CMR"), P("Douala", "CM"), arr=exact(1),
   attribution=[("lawyer", "his lawyer said")])
# not coded: the six dead in two days (a total), the results and Tchiroma's self-declared win (political acts), the
# called "ville morte" shutdowns (planned), February 2008 (riots in several cities, a summary)

d = "229_lashio_mndaa_hands_back_city_kyaukme_air_strike"
# troops entering "without any shooting" after the group withdrew: a non-violent transfer, the taker as actor1
ev(d, 1, "Non-violent transfer of territory", day("2025-04-22"), mil("Myanmar", "MMR", "Myanmar's military"),
   A("Myanmar National Democratic Alliance Army", "The Myanmar National Democratic Alliance Army (MNDAA)", 2, "MMR",
     ("Three Brotherhood Alliance",)),
   P("Lashio", "MM"), attribution=[("MNDAA", "The Myanmar National Democratic Alliance Army (MNDAA) said"),
                                   ("residents", "residents said")])
ev(d, 2, "Non-state actor overtakes territory", day("2024-08-03"),
   A("Myanmar National Democratic Alliance Army", "The MNDAA", 2, "MMR", ("Three Brotherhood Alliance",)),
   mil("Myanmar", "MMR", "the headquarters of the army's Northeastern Command"), P("Lashio", "MM"), background=True)
# residents name the military jet: actor1; "a village near the town of Kyaukme": precision 2
ev(d, 3, "Air/drone strike", day("2025-04-20"), mil("Myanmar", "MMR", "a military jet"),
   civ("Myanmar", "MMR", "three civilians"), P("Kyaukme", "MM", 2), fat=exact(3),
   attribution=[("residents", "Residents of a village near the town of Kyaukme ... said")],
   claims=[("Ta'ang National Liberation Army", "accuse", "Military Forces of Myanmar",
            "said the strike broke the truce the military declared after last month's earthquake")])
# not coded: the ceasefire and its extension, the earthquake, Beijing's cuts of power and trade, the "dozens of air
# strikes since the quake" (a summary), the promised elections

d = "230_baghdad_swedish_embassy_stormed_set_on_fire"
# storming and burning the embassy: a riot (the convention of 60), the later water cannon part of it; "Hundreds": 200;
# "several of its officers had been hurt": 3
ev(d, 1, "Violent demonstration", day("2023-07-20"),
   A("Rioters (Iraq)", "Hundreds of supporters of the influential Shiite cleric Moqtada al-Sadr", 5, "IRQ", ("Sadrist Movement",)),
   pol("Iraq", "IRQ", "Riot police"), P("Baghdad", "IQ"), inj=N(3, 3, None), arr=exact(20),
   crowd=dict(low=200, high=None), attribution=[("interior ministry", "The interior ministry said")])
# recalled with its own date; forcing their way into the compound is storming: a riot; "dozens": 24
ev(d, 2, "Violent demonstration", day("2023-06-29"),
   A("Rioters (Iraq)", "dozens of Sadr's followers", 5, "IRQ", ("Sadrist Movement",)), None, P("Baghdad", "IQ"),
   background=True, crowd=dict(low=24, high=None))
# not coded: the planned Stockholm protest, the earlier Koran burning (no place or date), the threat to cut ties, the
# ambassador's expulsion and the summoning (diplomatic acts), Sadr's call to rise up

d = "231_puerto_jordan_army_base_truck_bomb_saravena_drone"
# the army and the defence minister (interested parties) blame the ELN, which did not comment: actor1 unidentified;
# Puerto Jordan, "a village in the municipality of Tame", is missing: Tame at precision 2
ev(d, 1, "Remote explosive/landmine/IED", day("2024-09-17"), uag("Colombia", "COL", ""),
   mil("Colombia", "COL", "two soldiers"), P("Tame", "CO", 2), fat=exact(2), inj=exact(27),
   attribution=[("army", "the army said")],
   claims=[("Military Forces of Colombia", "accuse", "National Liberation Army",
            "The army and Defence Minister Ivan Velasquez blamed the ELN"),
           ("Defence Minister Ivan Velasquez", "accuse", "National Liberation Army",
            "The army and Defence Minister Ivan Velasquez blamed the ELN")])
# a drone dropping an explosive: an air/drone strike; no one named
ev(d, 2, "Air/drone strike", day("2024-09-17"), uag("Colombia", "COL", ""), pol("Colombia", "COL", "two officers"),
   P("Saravena", "CO"), inj=exact(2), attribution=[("police", "police said")])
# recalled with its month; the ELN's acknowledgement makes it actor1; "a rural area near Ocana": precision 2
ev(d, 3, "Armed clash", span("2023-03-01", "2023-03-31", "month"), A("National Liberation Army", "ELN fighters", 2, "COL"),
   mil("Colombia", "COL", "nine soldiers"), P("Ocana", "CO", 2), background=True, fat=exact(9),
   claims=[("National Liberation Army", "claim responsibility", None, "an attack the group later acknowledged in a statement")])
# not coded: the frozen talks and the recalled negotiators, the lapsed ceasefire, the rise in attacks (a summary), the
# cancelled Caracas round, the troops to be sent to Arauca, the war since 1964


# --- 232-236: fresh batch (session 13), written without running the extractor on them ---
d = "232_gabes_general_strike_march_chemical_complex"
# the general-strike march "on Tuesday": peaceful (no trouble, police kept their distance); crowd: "Tens of thousands"
# (20,000) to the union's "more than 100,000"; the UGTT that called it is an associate
ev(d, 1, "Peaceful protest", day("2025-10-21"), A("Protesters (Tunisia)", "Tens of thousands of people", 6, "TUN"), None,
   P("Gabes", "TN"), crowd=dict(low=20000, high=100000),
   assoc1=[A("UGTT: Tunisian General Labour Union", "the regional branch of the UGTT labour union", 6, "TUN")],
   attribution=[("Reuters reporter", "a Reuters reporter said")])
# stones and burning tyres, then tear gas: a riot; Chott Essalem is missing from cities500: Gabes at precision 2;
# "several officers were hurt": 3
ev(d, 2, "Violent demonstration", day("2025-10-17"), A("Rioters (Tunisia)", "youths", 5, "TUN"),
   pol("Tunisia", "TUN", "police"), P("Gabes", "TN", 2), inj=N(3, 3, None), arr=exact(14),
   attribution=[("interior ministry", "The interior ministry said")])
# recalled with its own date: background; forcing the gates of the complex is storming: a riot; "hundreds": 200
ev(d, 3, "Violent demonstration", day("2025-10-10"), A("Rioters (Tunisia)", "hundreds of protesters", 5, "TUN"),
   pol("Tunisia", "TUN", "police"), P("Gabes", "TN"), background=True, crowd=dict(low=200, high=None))
# not coded: the pupils' breathing difficulties after gas leaks (not political violence; a summary), the movement
# since last month (a summary), Saied's repair order, the called Tunis rally (planned), the UGTT's threatened strikes

d = "233_bawku_minibus_ambush_patrol_gunfight_arrests"
# "about 10 kilometres west of Bawku": Bawku at precision 2; the Kusasi association's blame is an interested
# party's accusation, so actor1 is unidentified
ev(d, 1, "Attack", day("2025-03-13"), uag("Ghana", "GHA", "Gunmen"),
   civ("Ghana", "GHA", "three passengers"), P("Bawku", "GH", 2), fat=exact(3), inj=exact(2),
   attribution=[("Upper East regional police command", "the Upper East regional police command said in a statement")],
   claims=[("Kusasi youth association", "accuse", "Mamprusi Ethnic Militia (Ghana)",
            "A Kusasi youth association accused an armed Mamprusi group of carrying out the killings.")])
# gunmen fired first on the patrol: actor1; the two attackers killed are the deaths, the soldier the injured
ev(d, 2, "Armed clash", day("2025-03-12"), uag("Ghana", "GHA", "gunmen"), mil("Ghana", "GHA", "a military patrol"),
   P("Bawku", "GH"), fat=exact(2), inj=exact(1), attribution=[("army", "the army said")])
# a search operation's arrests; the men are not tied to a named group
ev(d, 3, "Arrests", day("2025-03-13"), pol("Ghana", "GHA", "Police"), civ("Ghana", "GHA", "nine men"),
   P("Bawku", "GH"), arr=exact(9), attribution=[("police", "Police said")])
# not coded: the curfew, the chieftaincy dispute (history), the Mamprusi claimant's arrival in February (a political
# act, no place-and-day happening), the troops to be sent and the Asantehene's mediation (planned), the "more than 50"
# killed since January (a summary), the jihadist risk

d = "234_khuzdar_school_bus_suicide_bombing_kalat_quetta_grenade"
# no claim; ISPR (an interested party) blames "Indian proxies" and India denies: actor1 unidentified with the claims;
# "The toll rose to six": at least 6; "About 40" wounded: best only
ev(d, 1, "Suicide bomb", day("2025-05-21"), uag("Pakistan", "PAK", "A suicide bomber"),
   civ("Pakistan", "PAK", "a bus taking pupils to an army-run school"), P("Khuzdar", "PK"), fat=atleast(6),
   inj=N(None, 40, None),
   attribution=[("officials", "officials said"), ("district administration official", "a district administration official told Reuters")],
   claims=[("Inter-Services Public Relations", "accuse", "India",
            "blamed \"Indian proxies\" ... and said the attack had been planned in India"),
           ("Government of India", "deny", None, "New Delhi rejected the accusation as baseless.")])
# the army's own statement makes it actor1; "in Kalat district": Kalat at precision 2 (the convention of 158)
ev(d, 2, "Armed clash", day("2025-05-21"), mil("Pakistan", "PAK", "troops"), uag("Pakistan", "PAK", "four militants"),
   P("Kalat", "PK", 2), fat=exact(4), attribution=[("ISPR", "ISPR said")])
# "on Tuesday evening"; nobody named; "No one was arrested": 0
ev(d, 3, "Grenade", day("2025-05-20"), uag("Pakistan", "PAK", ""), civ("Pakistan", "PAK", "five people"),
   P("Quetta", "PK"), inj=exact(5), arr=exact(0), attribution=[("police", "police said")])
# not coded: the school closures, Sharif's vow, the India-Pakistan fighting (no place or date, a summary), the BLA's
# attacks this year (a summary), the insurgency

d = "235_ternopil_missile_strike_apartment_blocks_kharkiv_drones"
# Russia's own statement that it struck targets makes it actor1 (the convention of 86), with the victims the
# civilians Ukrainian officials name; "rose to 26": at least 26; 93 wounded exact
ev(d, 1, "Shelling/artillery/missile attack", day("2025-11-19"), mil("Russia", "RUS", "Russian missiles", 8),
   civ("Ukraine", "UKR", "two apartment buildings"), P("Ternopil", "UA"), fat=atleast(26), inj=exact(93),
   attribution=[("officials", "officials said"), ("State Emergency Service", "the State Emergency Service said")],
   claims=[("Ministry of Defence of Russia", "claim responsibility", "Ukrainian military-industrial and energy facilities",
            "Russia's defence ministry said it had struck Ukrainian military-industrial and energy facilities")])
ev(d, 2, "Air/drone strike", day("2025-11-19"), mil("Russia", "RUS", "Russian drones", 8),
   civ("Ukraine", "UKR", "nine people, including a child"), P("Kharkiv", "UA"), inj=exact(9),
   attribution=[("Mayor Ihor Terekhov", "Mayor Ihor Terekhov said")])
# recalled with its own date: background; a missile: Shelling/artillery/missile attack (the convention of 139)
ev(d, 3, "Shelling/artillery/missile attack", day("2025-07-31"), mil("Russia", "RUS", "a Russian missile", 8),
   civ("Ukraine", "UKR", "31 people, among them five children"), P("Kyiv", "UA"), background=True, fat=exact(31))
# not coded: the 476 drones and 48 missiles across the country and the interceptions (a nationwide total), the 22
# missing, the mourning, the US peace plan and Zelensky's talks in Turkey

d = "236_llallagua_police_killed_morales_blockade_vinto"
# blockaders hurling dynamite and stones (some firing guns) at an operation to clear the road: a riot (the convention
# of 01); the three officers and the young man: 4 dead (all sides summed); the minister's blame of Morales and
# Morales's denial are claims
ev(d, 1, "Violent demonstration", day("2025-06-11"),
   A("Rioters (Bolivia)", "supporters of former President Evo Morales", 5, "BOL"), pol("Bolivia", "BOL", "police"),
   P("Llallagua", "BO"), fat=exact(4), inj=atleast(30), arr=exact(17),
   assoc2=[mil("Bolivia", "BOL", "soldiers")],
   attribution=[("Government Minister Eduardo del Castillo", "Government Minister Eduardo del Castillo told reporters"),
                ("local hospital", "according to the local hospital")],
   claims=[("Government Minister Eduardo del Castillo", "accuse", "Evo Morales",
            "He accused Morales of ordering the violence from his stronghold in the Chapare."),
           ("Evo Morales", "deny", None, "Morales denied it on social media and said police had opened fire first.")])
# tear gas on blockaders who "withdrew without resisting": a protest with intervention with its detentions in it
ev(d, 2, "Protest with intervention", day("2025-06-12"), A("Protesters (Bolivia)", "The blockaders", 6, "BOL"),
   pol("Bolivia", "BOL", "police"), P("Vinto", "BO"), arr=exact(23),
   attribution=[("police commander", "a police commander said")])
# not coded: the blockades since 2 June (the start of a wave, the convention of 62), the five deaths since then (a
# summary), the court ruling and the election, the shortages, the offered talks (planned), the arrest warrant


# --- 242-246: fresh batch (session 13, w5), written without running the extractor on them ---
d = "242_gourma_rharous_boat_rocket_attack_bourem_camp"
# rockets fired at the river boat: a shelling/missile attack; no group claimed it and no one names one: actor1
# unidentified; the 49 civilians and 15 soldiers on board: 64 dead, the soldiers an associate of the civilian victims;
# Abakoira is missing from cities500: Gourma Rharous (named in the article) at precision 2
ev(d, 1, "Shelling/artillery/missile attack", day("2023-09-07"), uag("Mali", "MLI", "Assailants"),
   civ("Mali", "MLI", "a passenger boat on the Niger River"), P("Gourma-Rharous", "ML", 2), fat=exact(64),
   assoc2=[mil("Mali", "MLI", "15 soldiers travelling on board")],
   attribution=[("transitional government", "the transitional government said"), ("local officials", "local officials said")])
# "Hours earlier" on the same Thursday; JNIM's own statement makes it actor1; five soldiers plus "around 20" attackers:
# low 5, best 25 (the convention of 11)
ev(d, 2, "Armed clash", day("2023-09-07"),
   A("JNIM", "fighters of the al Qaeda-linked Group for the Support of Islam and Muslims (JNIM)", 2, "MLI", ("Al Qaeda",)),
   mil("Mali", "MLI", "the army camp in Bourem"), P("Bourem", "ML"), fat=N(5, 25, None),
   attribution=[("army", "The army said")],
   claims=[("JNIM", "claim responsibility", "the army camp in Bourem",
            "JNIM said in a statement on its propaganda channels that it had struck the camp")])
# not coded: the blockade of Timbuktu announced in August (a declaration and a standing siege, no single happening), the
# price rises, MINUSMA's withdrawal and the competition for its camps (summaries), the mourning, the escorts (planned)

d = "243_el_fasher_mosque_drone_strike_rsf_assault_repelled"
# only the army-aligned government (an interested party) names the RSF, which did not comment: actor1 unidentified
# with empty text and an `accuse` claim; "at least 75"; the neighbourhood is in the city: precision 1
ev(d, 1, "Air/drone strike", day("2025-09-19"), uag("Sudan", "SDN", ""),
   civ("Sudan", "SDN", "worshippers"), P("El Fasher", "SD"), fat=atleast(75),
   attribution=[("emergency response room", "a local emergency response room said")],
   claims=[("Government of Sudan", "accuse", "Rapid Support Forces",
            "Sudan's army-aligned government blamed the paramilitary Rapid Support Forces (RSF)")])
# the army's account of an RSF assault beaten back on Thursday: a clash with the attacker as actor1 (the convention of
# 233); "heavy losses" gives no number
ev(d, 2, "Armed clash", day("2025-09-18"), A("Rapid Support Forces", "an RSF assault", 2, "SDN"),
   mil("Sudan", "SDN", "its troops and allied fighters"), P("El Fasher", "SD"),
   attribution=[("army's 6th Infantry Division", "The army's 6th Infantry Division said on Friday")])
# recalled with its month: background; named in the reporter's voice; the UN's "at least 400" killed; Zamzam "about
# 15 km south of El Fasher" is missing from cities500: El Fasher at precision 2
ev(d, 3, "Attack", span("2025-04-01", "2025-04-30", "month"), A("Rapid Support Forces", "RSF fighters", 2, "SDN"),
   civ("Sudan", "SDN", "the Zamzam camp"), P("El Fasher", "SD", 2), background=True, fat=atleast(400),
   attribution=[("United Nations", "The United Nations said at the time")])
# not coded: the siege of more than a year (a summary), the rival government (a political act), Guterres's warning,
# the flight to Tawila (displacement), cholera and hunger

d = "244_bannu_cantonment_suicide_car_bombs_lakki_roadside_bomb"
# the car bombs and the gunmen's attempt to storm through the breach are one happening; Jaish al-Fursan's own claim
# makes it actor1 with the Hafiz Gul Bahadur group as its parent; the 13 civilians and five soldiers plus the 16
# attackers: 34 dead (all sides summed)
ev(d, 1, "Suicide bomb", day("2025-03-04"),
   A("Jaish al-Fursan", "Jaish al-Fursan, a faction allied with the militant commander Hafiz Gul Bahadur", 2, "PAK",
     ("Hafiz Gul Bahadur Group",)),
   mil("Pakistan", "PAK", "an army cantonment"), P("Bannu", "PK"), fat=exact(34), inj=exact(32),
   assoc2=[civ("Pakistan", "PAK", "Thirteen civilians")],
   attribution=[("local police chief Ziaud Din", "local police chief Ziaud Din said"),
                ("military's media wing", "The military's media wing said")],
   claims=[("Jaish al-Fursan", "claim responsibility", None, "claimed responsibility in a message to reporters")])
# no claim, nobody named; "in Lakki Marwat district": its seat Lakki at precision 2 (the convention of 158)
ev(d, 2, "Remote explosive/landmine/IED", day("2025-03-05"), uag("Pakistan", "PAK", ""),
   pol("Pakistan", "PAK", "a police van"), P("Lakki Marwat", "PK", 2), inj=exact(3),
   attribution=[("police", "police said")])
# recalled with its month: background; the seizure, the hostage-taking and the storming are one clash (the convention
# of 187); 33 militants and two commandos: 35 dead; the hostages are police officers of the counter-terrorism centre
ev(d, 3, "Armed clash", span("2022-12-01", "2022-12-31", "month"),
   A("Tehreek-e-Taliban Pakistan", "Pakistani Taliban detainees", 2, "PAK"), mil("Pakistan", "PAK", "commandos"),
   P("Bannu", "PK"), background=True, fat=exact(35), assoc2=[pol("Pakistan", "PAK", "officers")])
# not coded: the attacks on Bannu over three years (a summary), Sharif's vow, Islamabad's accusation against Kabul and
# Kabul's denial (no single happening), the traders' planned closure of the bazaar

d = "245_el_tambo_noboa_convoy_stoned_cotacachi_recalled"
# stones and concrete blocks hurled at the presidential convoy (shown by media video, a neutral source): a riot with
# the government as actor2; "on the road near the town of El Tambo": GeoNames' Tambo at precision 2; "About 500":
# crowd 500; the five arrests are part of it; CONAIE's "Several people were hurt": 3; the government's "attempt on his
# life" and bullet marks are an accusation, CONAIE's defence of its members a denial
ev(d, 1, "Violent demonstration", day("2025-10-07"), A("Rioters (Ecuador)", "Protesters", 5, "ECU"),
   A("Government of Ecuador", "a convoy carrying Ecuadorean President Daniel Noboa", 1, "ECU"),
   P("El Tambo", "EC", 2), inj=N(3, 3, None), arr=exact(5), crowd=dict(low=500, high=None),
   attribution=[("Energy and Environment Minister Ines Manzano", "Energy and Environment Minister Ines Manzano said"),
                ("local media", "Videos broadcast by local media showed"),
                ("CONAIE", "it said")],
   claims=[("Government of Ecuador", "accuse", "Rioters (Ecuador)", "in what the government called an attempt on his life"),
           ("Confederation of Indigenous Nationalities of Ecuador", "deny", None,
            "said its members had been exercising their right to protest")])
# recalled with its own date: background; soldiers clearing a blockade with no violence by the blockaders reported:
# excessive force (the convention of 70)
ev(d, 2, "Excessive force against protesters", day("2025-09-28"), mil("Ecuador", "ECU", "soldiers"),
   A("Protesters (Ecuador)", "a blockade on the highway at Cotacachi", 6, "ECU"), P("Cotacachi", "EC"),
   background=True, fat=exact(1))
# not coded: the two-week national strike and the blockades in several provinces (the convention of 62, a summary),
# the diesel subsidy decree, the state of emergency, the inauguration, the called march on Quito (planned)

d = "246_etchmiadzin_clergy_block_arrest_archbishop_detained"
# clergy and believers locking arms and pushing back, met with pepper spray, with no damage or attack reported: a
# protest with intervention; National Security Service officers as police forces; "hundreds": 200; "several people":
# 3 injured
ev(d, 1, "Protest with intervention", day("2025-06-28"),
   A("Protesters (Armenia)", "Clergy and hundreds of worshippers", 6, "ARM", ("Armenian Apostolic Church",)),
   pol("Armenia", "ARM", "officers of Armenia's National Security Service"), P("Etchmiadzin", "AM"),
   inj=N(3, 3, None), crowd=dict(low=200, high=None),
   attribution=[("AFP journalist", "according to an AFP journalist at the scene"), ("church", "The church said")])
# he gave himself up to investigators in Yerevan and was taken into custody the same day; the archbishop is a
# civilian with his church as affiliation
ev(d, 2, "Arrests", day("2025-06-28"), pol("Armenia", "ARM", "investigators"),
   A("Civilians (Armenia)", "Archbishop Mikael Ajapahyan", 7, "ARM", ("Armenian Apostolic Church",)), P("Yerevan", "AM"),
   arr=exact(1), attribution=[("lawyer", "his lawyer said")])
# recalled for context three days earlier: background; one archbishop plus "more than a dozen others": at least 13
ev(d, 3, "Arrests", day("2025-06-25"), pol("Armenia", "ARM", "security forces"),
   A("Civilians (Armenia)", "Archbishop Bagrat Galstanyan, along with more than a dozen others", 7, "ARM",
     ("Armenian Apostolic Church",)), P("Yerevan", "AM"), background=True, arr=atleast(13),
   attribution=[("National Security Service", "The National Security Service said")])
# not coded: the alleged plot to seize power (planned, and denied), the court hearing expected on Monday, Galstanyan's
# street protests last year (a summary), the 2024 handover of border villages, Pashinyan's call on the Catholicos,
# the opposition's rally on Tuesday (planned)


# --- 252-256: blind batch (session 13), written without running the extractor ---
d = "252_nikopol_shelling_marhanets_drone_kryvyi_rih_recalled"
# "Russian artillery shelled" in the reporter's voice: Russia as actor1 (the convention of 67); the dead at the bus
# stop and the wounded are civilians
ev(d, 1, "Shelling/artillery/missile attack", day("2025-05-20"), mil("Russia", "RUS", "Russian artillery", 8),
   civ("Ukraine", "UKR", "two people"), P("Nikopol", "UA"), fat=exact(2), inj=exact(5),
   attribution=[("Serhiy Lysak", "Serhiy Lysak, head of the Dnipropetrovsk regional military administration, wrote on Telegram")])
# "Overnight" before the Wednesday-morning statement: Tuesday night to Wednesday (range)
ev(d, 2, "Air/drone strike", span("2025-05-20", "2025-05-21", "range"), mil("Russia", "RUS", "a Russian drone", 8),
   civ("Ukraine", "UKR", "a five-storey apartment block"), P("Marhanets", "UA"), inj=exact(1),
   attribution=[("Serhiy Lysak", "Lysak said on Wednesday morning")])
# recalled with its own date: background; Russia's own statement that it struck a meeting makes it actor1 (the
# convention of 86), Kyiv's rejection a denial; the victims are the civilians the report names
ev(d, 3, "Shelling/artillery/missile attack", day("2025-04-04"), mil("Russia", "RUS", "a Russian ballistic missile", 8),
   civ("Ukraine", "UKR", "a residential area of Kryvyi Rih"), P("Kryvyi Rih", "UA"), background=True, fat=exact(20),
   claims=[("Ministry of Defence of Russia", "claim responsibility", "a meeting of Ukrainian commanders and Western instructors",
            "Russia's defence ministry said at the time that it had struck a meeting of Ukrainian commanders and Western instructors at a restaurant"),
           ("Government of Ukraine", "deny", None, "a claim Kyiv rejected as a lie")])
# not coded: the 93 drones and two missiles across the country and the interceptions (a nationwide total), the daily
# shelling since 2022 (a summary), the evacuation planned for next week, Lysak's warning, the Istanbul talks (a meeting
# that agreed nothing)

d = "253_buenos_aires_hospital_university_workers_march_cordoba"
# a union-called march that "ended peacefully": a peaceful protest with the calling unions as associates (the convention
# of 232); crowd from the police's "some forty thousand" to the organisers' "two hundred thousand"; "no one was
# detained": 0
ev(d, 1, "Peaceful protest", day("2025-08-13"),
   A("Protesters (Argentina)", "Tens of thousands of doctors, nurses, university teachers and students", 6, "ARG"), None,
   P("Buenos Aires", "AR"), arr=exact(0), crowd=dict(low=40000, high=200000),
   assoc1=[A("ATE: Association of State Workers", "the ATE state workers' union", 6, "ARG"),
           A("CONADU: National Federation of University Teachers", "the university teachers' federation CONADU", 6, "ARG")],
   attribution=[("police spokesman", "a police spokesman said")])
# a march of its own in another city the same day; "several thousand": 3,000
ev(d, 2, "Peaceful protest", day("2025-08-13"), A("Protesters (Argentina)", "several thousand teachers and students", 6, "ARG"),
   None, P("Cordoba", "AR"), crowd=dict(low=3000, high=None),
   attribution=[("La Voz", "the local newspaper La Voz reported")])
# recalled with its own date: background; the organisers' "more than 800,000" is the only estimate
ev(d, 3, "Peaceful protest", day("2024-04-23"), A("Protesters (Argentina)", "more than 800,000 people", 6, "ARG"), None,
   P("Buenos Aires", "AR"), background=True, crowd=dict(low=800000, high=None))
# not coded: the residents' rolling stoppages since late May and the weekly university walkouts (summaries), Adorni's
# accusation (no incident), the CGT's threatened general strike and next week's called march (planned), the vote

d = "254_emure_ekiti_school_bus_abduction_monarchs_killed_ado_march"
# nobody named: actor1 unidentified; the ten captives are civilians
ev(d, 1, "Abduction/forced disappearance", day("2024-01-29"), uag("Nigeria", "NGA", "Gunmen"),
   civ("Nigeria", "NGA", "six pupils, three teachers and a driver"), P("Emure-Ekiti", "NG"),
   attribution=[("police", "Ekiti police spokesman Sunday Abutu said")])
# "Later the same day"; "a road near Oke-Ako in Ikole local government area": Oke-Ako is missing from cities500, the
# LGA's seat Ikole-Ekiti at precision 2 (the convention of 158); traditional rulers are civilians; two killed, the
# third wounded
ev(d, 2, "Attack", day("2024-01-29"), uag("Nigeria", "NGA", "gunmen"),
   civ("Nigeria", "NGA", "three traditional rulers"), P("Ikole-Ekiti", "NG", 2), fat=exact(2), inj=exact(1),
   attribution=[("state government", "the state government said")])
# blocking a road for hours, "The march was peaceful": a peaceful protest; "hundreds": 200
ev(d, 3, "Peaceful protest", day("2024-01-30"), A("Protesters (Nigeria)", "hundreds of students and residents", 6, "NGA"),
   None, P("Ado-Ekiti", "NG"), crowd=dict(low=200, high=None))
# recalled with its own date: background; the federal government (an interested party) blames ISWAP: actor1
# unidentified with an `accuse` claim; "more than 40": at least 40
ev(d, 4, "Attack", day("2022-06-05"), uag("Nigeria", "NGA", "gunmen"),
   civ("Nigeria", "NGA", "worshippers"), P("Owo", "NG"), background=True, fat=atleast(40),
   claims=[("Government of Nigeria", "accuse", "Islamic State West Africa Province",
            "The federal government later blamed the Islamic State West Africa Province for that attack.")])
# not coded: the ransom video (unverified, no new happening), the governor's vow and the Amotekun deployment (planned),
# the school closures, kidnapping on southwestern highways (a habit)

d = "255_sargodha_mob_burns_christian_home_factory_arrests"
# a crowd that ransacks and burns a home and factory and stones the owner: Mob violence (the convention of 78 and 174),
# though the brief's "looting/property destruction by a mob" could also be read; the police's tear gas is part of it;
# the man and his son: 2 injured; "Hundreds": 200
ev(d, 1, "Mob violence", day("2024-05-25"), A("Rioters (Pakistan)", "Hundreds of men", 5, "PAK"),
   civ("Pakistan", "PAK", "an elderly Christian man"), P("Sargodha", "PK"), inj=exact(2), crowd=dict(low=200, high=None),
   attribution=[("police", "police said"), ("social media videos", "videos shared on social media")])
# "overnight", told on Sunday (the publication day): Saturday night to Sunday (range)
ev(d, 2, "Arrests", span("2024-05-25", "2024-05-26", "range"), pol("Pakistan", "PAK", "officers"),
   civ("Pakistan", "PAK", "44 suspects"), P("Sargodha", "PK"), arr=exact(44),
   attribution=[("regional police chief Shariq Kamal Siddiqui", "Regional police chief Shariq Kamal Siddiqui said on Sunday")])
# recalled with its own date: background; "No one was killed": 0
ev(d, 3, "Mob violence", day("2023-08-16"), A("Rioters (Pakistan)", "a mob", 5, "PAK"),
   civ("Pakistan", "PAK", "more than 20 churches and dozens of Christian homes"), P("Jaranwala", "PK"), background=True,
   fat=exact(0))
# not coded: the blasphemy case registered against the injured man (no detention), the families moved out, the
# demonstration called for Tuesday in Lahore (planned), the inquiry, lynchings over accusations (a summary)

d = "256_ndjamena_car_peace_deal_upc_3r_paoua_clash"
# one signing with two groups: the UPC as actor2 and the 3R as its associate; the Chadian host is a mediator, not a party
ev(d, 1, "Agreement", day("2025-04-19"),
   A("Government of Central African Republic", "The government of the Central African Republic", 1, "CAF"),
   A("Unity for Peace in Central Africa", "Unity for Peace in Central Africa (UPC)", 2, "CAF"), P("N'Djamena", "TD"),
   assoc2=[A("Return, Reclamation, Rehabilitation", "the Return, Reclamation and Rehabilitation group (3R)", 2, "CAF")],
   attribution=[("presidency", "the presidency said")])
# a local official and a MINUSCA source (neutral) name the 3R as the attacker: actor1, with its counter-account a
# denial; "near Paoua": precision 2
ev(d, 2, "Armed clash", day("2025-04-17"),
   A("Return, Reclamation, Rehabilitation", "3R fighters", 2, "CAF"),
   mil("Central African Republic", "CAF", "an army position"), P("Paoua", "CF", 2), fat=exact(2), inj=exact(3),
   attribution=[("local official", "according to a local official"), ("MINUSCA source", "a source in the UN peacekeeping mission, MINUSCA")],
   claims=[("Return, Reclamation, Rehabilitation", "deny", None,
            "The 3R said in a statement that its men had only responded to an attack by government forces.")])
# recalled with its own date: background; Koui "about 60 kilometres north of Bocaranga" is missing from cities500:
# Bocaranga at precision 2; the burned huts are part of the raid
ev(d, 3, "Attack", day("2025-02-15"), A("Return, Reclamation, Rehabilitation", "3R fighters", 2, "CAF"),
   civ("Central African Republic", "CAF", "six civilians"), P("Bocaranga", "CF", 2), background=True, fat=exact(6),
   attribution=[("MINUSCA", "according to MINUSCA")])
# not coded: the cantonment and disarmament within 60 days (planned), the December elections, the CPC alliance
# (history), the 2019 agreement (no date, the convention of 38), the ex-Seleka factions outside the talks

# --- 257-261: blind batch (session 13), written without running the extractor ---

d = "257_boulkessi_jnim_camp_attack_timbuktu_repelled"
# JNIM's own claim makes it actor1 (the convention of 11); "on Sunday" before a Tuesday publication: 1 June; only the
# soldiers' dead are counted ("at least 30"); JNIM's claim to hold the camp is denied by the army ("still held the
# position"): no territory event, the denial a `deny` claim; Boulkessi "in the Douentza district" is missing from
# cities500: Douentza at precision 2 (the convention of 158)
ev(d, 1, "Armed clash", day("2025-06-01"),
   A("JNIM", "The al Qaeda-linked Group for the Support of Islam and Muslims (JNIM)", 2, "MLI", ("Al Qaeda",)),
   mil("Mali", "MLI", "a Malian army camp at Boulkessi"), P("Douentza", "ML", 2), fat=atleast(30),
   attribution=[("security source", "a security source told AFP on condition of anonymity"),
                ("local elected official", "A local elected official in the Douentza district said")],
   claims=[("JNIM", "claim responsibility", "the camp",
            "claimed responsibility for the attack in a statement on its propaganda channels and said its fighters had taken control of the camp"),
           ("Military Forces of Mali", "deny", None,
            "the army said its troops had \"valiantly repelled\" a terrorist attack and still held the position")])
# gunmen who try to force their way into the camp are actor1 of the clash (the convention of 233), unnamed; "On
# Monday": 2 June; "Fourteen assailants": 14 dead; the arrests in the fighting are part of it, "several" 3
ev(d, 2, "Armed clash", day("2025-06-02"), uag("Mali", "MLI", "gunmen"),
   mil("Mali", "MLI", "the army's camp in Timbuktu"), P("Timbuktu", "ML"), fat=exact(14), arr=N(3, 3, None),
   attribution=[("army", "the army said"), ("residents", "Residents told AFP")])
# recalled with its month: background; "about 40": best only; Douentza at precision 2 as for e1
ev(d, 3, "Armed clash", span("2019-09-01", "2019-09-30", "month"), uag("Mali", "MLI", "a raid on the camp"),
   mil("Mali", "MLI", "about 40 soldiers"), P("Douentza", "ML", 2), background=True, fat=N(None, 40, None),
   attribution=[("Government of Mali", "according to the government at the time")])
# not coded: JNIM's warning and vow to keep attacking (threats), the reinforcements (planned), the dissolution of the
# parties "last month" and the coups of 2020 and 2021 (political acts), the Sahel's thousands dead (a summary)

d = "258_isulan_market_grenade_datu_piang_clash"
# "late on Sunday" before a Monday publication: 9 March; "No one was killed": 0; the provincial police director's
# "hallmarks of the Dawlah Islamiyah" is an interested party's accusation: actor1 unidentified with a claim
ev(d, 1, "Grenade", day("2025-03-09"), uag("Philippines", "PHL", "Two men on a motorcycle"),
   civ("Philippines", "PHL", "nine people, including two children"), P("Isulan", "PH"), fat=exact(0), inj=exact(9),
   attribution=[("police", "police said"), ("police chief", "said Lt. Col. Ramon Dizon, the town's police chief")],
   claims=[("provincial police director", "accuse", "Dawlah Islamiyah",
            "the attack bore the hallmarks of the Dawlah Islamiyah")])
# troops raiding a hideout start the fight: the army is actor1; the army names its opponent in a clash (the convention
# of 243); one soldier and three militants: 4 dead; "a marshy village near the town of Datu Piang": precision 2
ev(d, 2, "Armed clash", day("2025-03-08"), mil("Philippines", "PHL", "troops"),
   A("Dawlah Islamiyah", "a hideout of the Dawlah Islamiyah", 2, "PHL", ("Islamic State",)),
   P("Datu Piang", "PH", 2), fat=exact(4), inj=exact(2),
   attribution=[("army", "the army said"),
                ("6th Infantry Division spokesman", "said Maj. Andrew Linao, a spokesman for the army's 6th Infantry Division")])
# recalled with its own date: background; a bomb left on a motorcycle: IED; "more than 30" wounded: at least 30
ev(d, 3, "Remote explosive/landmine/IED", day("2018-08-28"), uag("Philippines", "PHL", "a homemade bomb"),
   civ("Philippines", "PHL", "three people"), P("Isulan", "PH"), background=True, fat=exact(3), inj=atleast(30))
# not coded: the checkpoints, the army's aim to dismantle the cells by year's end and the planned Bangsamoro elections
# (planned), the 2014 peace agreement (history), the MILF's decommissioning and the "string of bombings" (summaries)

d = "259_abidjan_opposition_rally_tear_gas_gagnoa_riot"
# a banned march dispersed with tear gas, the crowd only chanting: a protest with intervention; "hundreds": 200;
# "dozens" detained: 24, part of the event; Cocody is a district of Abidjan: precision 1
ev(d, 1, "Protest with intervention", day("2025-10-11"),
   A("Protesters (Ivory Coast)", "hundreds of opposition supporters", 6, "CIV", ("Common Front",)),
   pol("Ivory Coast", "CIV", "Ivorian police"), P("Abidjan", "CI"), arr=N(24, 24, None),
   crowd=dict(low=200, high=None),
   attribution=[("witnesses", "witnesses and a Reuters reporter said"), ("police source", "A police source said")])
# burned tyres, stones at gendarmes and a gendarmerie post set on fire: a riot; gendarmes are military forces (the
# convention of 88); "No one was killed": 0
ev(d, 2, "Violent demonstration", day("2025-10-11"), A("Rioters (Ivory Coast)", "youths", 5, "CIV"),
   mil("Ivory Coast", "CIV", "gendarmes"), P("Gagnoa", "CI"), fat=exact(0),
   attribution=[("residents", "residents said"), ("local official", "a local official said")])
# recalled with its own date as the cause of the ban: background; the officials are coded as their party (the
# convention of 54); the party's "political" is not a denial of a perpetrator
ev(d, 3, "Arrests", day("2025-10-03"), pol("Ivory Coast", "CIV", "police"),
   A("African Peoples' Party-Cote d'Ivoire", "two senior officials of Gbagbo's African Peoples' Party-Cote d'Ivoire (PPA-CI)",
     3, "CIV"), P("Abidjan", "CI"), background=True, arr=exact(2))
# not coded: the two-month ban on marches, the new marches called for next week and the boycott call (planned), the
# exclusions from the ballot (political acts), the deployment for the vote, the 2020 unrest (a summary)

d = "260_sidon_drone_strike_jamaa_islamiya_bint_jbeil_motorbike"
# the army's own statement makes it actor1 (8 abroad); the group names its dead official: actor2, the two wounded
# passers-by an associate of the victims; "in the southern Lebanese city of Sidon": precision 1
ev(d, 1, "Air/drone strike", day("2025-04-22"), mil("Israel", "ISR", "An Israeli drone strike", 8),
   A("Jamaa Islamiya", "an official of the Sunni Islamist group Jamaa Islamiya", 3, "LBN"), P("Sidon", "LB"),
   fat=exact(1), inj=exact(2), assoc2=[civ("Lebanon", "LBN", "two passers-by")],
   attribution=[("health ministry", "Lebanon's health ministry said"), ("AFP correspondent", "An AFP correspondent saw"),
                ("Jamaa Islamiya", "Jamaa Islamiya said in a statement")],
   claims=[("Military Forces of Israel", "claim responsibility", "a member of the group",
            "The Israeli army said it had struck a member of the group who had fired rockets at Israel")])
# "Late on Monday": 21 April; Hezbollah itself announces the death of its member: actor2
ev(d, 2, "Air/drone strike", day("2025-04-21"), mil("Israel", "ISR", "an Israeli drone", 8),
   A("Hezbollah", "a Hezbollah fighter", 3, "LBN"), P("Bint Jbeil", "LB"), fat=exact(1),
   attribution=[("health ministry", "the health ministry said"), ("Israeli army", "The Israeli army said")],
   claims=[("Military Forces of Israel", "claim responsibility", "a Hezbollah fighter",
            "The Israeli army said the man was a Hezbollah fighter")])
# recalled with its own date: background
ev(d, 3, "Air/drone strike", day("2025-04-01"), mil("Israel", "ISR", "an Israeli strike", 8),
   A("Hezbollah", "a Hezbollah official", 3, "LBN"), P("Beirut", "LB"), background=True, fat=exact(4),
   attribution=[("health ministry", "the health ministry said")])
# not coded: the ceasefire (undated), the near-daily strikes and the 190 dead since the truce (summaries), the troops
# on five hilltops (a standing deployment), Aoun's appeal, Katz's vow (a threat), the Lebanese army's deployment, the
# expected talks on Hezbollah's weapons (planned)

d = "261_dhaka_university_mob_killing_jahangirnagar_students_arrested"
# students beating a suspected thief to death: Mob violence (rioters against a civilian); "late on Wednesday": 18
# September (the beating, not the hour of death)
ev(d, 1, "Mob violence", day("2024-09-18"), A("Rioters (Bangladesh)", "a group of students", 5, "BGD"),
   civ("Bangladesh", "BGD", "a man they accused of stealing mobile phones"), P("Dhaka", "BD"), fat=exact(1),
   attribution=[("police", "police said")])
# "Hours earlier on Wednesday"; the victim is coded as the student wing he led (the convention of 54), with the Awami
# League its parent; Jahangirnagar University is in Savar: precision 1
ev(d, 2, "Mob violence", day("2024-09-18"), A("Rioters (Bangladesh)", "students at Jahangirnagar University", 5, "BGD"),
   A("Bangladesh Chhatra League", "Shamim Molla, a former local leader of the Bangladesh Chhatra League", 3, "BGD",
     ("Awami League",)), P("Savar", "BD"), fat=exact(1), attribution=[("police", "police said")])
# arrests the next day, reported as news: a separate event (the convention of 222)
ev(d, 3, "Arrests", day("2024-09-19"), pol("Bangladesh", "BGD", "Police"), civ("Bangladesh", "BGD", "six students"),
   P("Dhaka", "BD"), arr=exact(6),
   attribution=[("police officer", "said Masud Alam, a police officer at the Shahbagh station")])
# not coded: the Friday rally (planned), Yunus's condemnation, the 21 mob killings since 5 August (a summary), Hasina's
# flight and the uprising (political acts and a summary), the army's magistracy powers

# --- 262-266: blind batch (session 13), written without running the extractor ---
d = "262_douala_post_election_riot_garoua_shooting_ekane_arrest"
# a crowd that burns barricades, stones police and sets part of a police station ablaze is a riot although police then
# fired live rounds (the convention of 01); "Four people": exact; "Dozens ... detained": 24; the minister's charge of
# incitement against Tchiroma is an `accuse` claim (the convention of 236)
ev(d, 1, "Violent demonstration", day("2025-10-26"),
   A("Rioters (Cameroon)", "supporters of opposition candidate Issa Tchiroma Bakary", 5, "CMR"),
   pol("Cameroon", "CMR", "police"), P("Douala", "CM"), fat=exact(4), arr=N(24, 24, None),
   attribution=[("Governor Samuel Dieudonne Ivaha Diboua", "the governor of the Littoral region said")],
   claims=[("Territorial Administration Minister Paul Atanga Nji", "accuse", "Issa Tchiroma Bakary",
            "accused Tchiroma of \"calling for insurrection\"")])
# soldiers firing live rounds on supporters who were singing and waving flags (witnesses, a neutral source): excessive
# force; "hundreds": 200
ev(d, 2, "Excessive force against protesters", day("2025-10-27"), mil("Cameroon", "CMR", "soldiers"),
   A("Protesters (Cameroon)", "hundreds of supporters", 6, "CMR"), P("Garoua", "CM"), fat=exact(2),
   crowd=dict(low=200, high=None),
   attribution=[("witnesses", "witnesses said"), ("regional hospital doctor", "A doctor at the regional hospital said")])
# "Late on Monday"; an opposition leader is coded as his party (the convention of 161); Ekane plus "three other party
# officials": 4
ev(d, 3, "Arrests", day("2025-10-27"), pol("Cameroon", "CMR", "security forces"),
   A("MANIDEM", "Anicet Ekane, the leader of the small MANIDEM party", 3, "CMR"), P("Douala", "CM"), arr=exact(4),
   attribution=[("lawyer", "his lawyer said")])
# recalled with its own date: background; Kamto coded with his party (the article does not name it)
ev(d, 4, "Arrests", day("2019-01-28"), pol("Cameroon", "CMR", "police"),
   A("Cameroon Renaissance Movement", "runner-up Maurice Kamto", 3, "CMR"), P("Douala", "CM"), background=True,
   arr=exact(1))
# not coded: the election and the Constitutional Council's result, Tchiroma's call for three days of "ville morte"
# shutdowns from Wednesday (planned), the UN source's "dozens" killed across the country since the vote (a summary),
# the swearing-in (planned)

d = "263_islamabad_court_suicide_bombing"
# Jamaat-ul-Ahrar's own claim makes it actor1, with the Pakistani Taliban as its parent (the convention of 244); the
# interior minister's blame of "Indian-backed proxies" is an `accuse` claim; "twelve people": exact; 27 wounded: exact
ev(d, 1, "Suicide bomb", day("2025-11-11"),
   A("Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban", 2, "PAK", ("Tehreek-e-Taliban Pakistan",)),
   civ("Pakistan", "PAK", "lawyers, litigants and their families"), P("Islamabad", "PK"), fat=exact(12), inj=exact(27),
   attribution=[("Interior Minister Mohsin Naqvi", "Interior Minister Mohsin Naqvi told reporters at the scene"),
                ("Pakistan Institute of Medical Sciences", "said a spokesman for the Pakistan Institute of Medical Sciences"),
                ("officials", "officials said")],
   claims=[("Jamaat-ul-Ahrar", "claim responsibility", "those who implement un-Islamic laws",
            "claimed responsibility in a message sent to reporters"),
           ("Interior Minister Mohsin Naqvi", "accuse", "India",
            "Naqvi said the bombing was carried out by \"Indian-backed proxies\" operating from Afghanistan.")])
# recalled with its own date: background; nobody named; "at least 54"
ev(d, 2, "Suicide bomb", day("2008-09-20"), uag("Pakistan", "PAK", "a suicide truck bomb"),
   civ("Pakistan", "PAK", "the Marriott hotel"), P("Islamabad", "PK"), background=True, fat=atleast(54))
# not coded: the lawyers' boycott of courts on Wednesday (planned), Asif's warning of cross-border strikes (threatened),
# the violence in the northwest and Balochistan (a habit), the border fighting in October (a summary, no place)

d = "264_solenzo_vdp_killings_videos_hrw"
# Human Rights Watch (a neutral source) names the VDP: actor1; the government's "manipulation" statement is a `deny`
# claim; "on 10 and 11 March": an explicit range; "dozens": 24
ev(d, 1, "Attack", span("2025-03-10", "2025-03-11", "range"),
   A("Volunteers for the Defence of the Homeland",
     "members of the Volunteers for the Defence of the Homeland (VDP), the civilian auxiliaries who fight alongside the army",
     3, "BFA"),
   civ("Burkina Faso", "BFA", "dozens of civilians, most of them ethnic Fulani"), P("Solenzo", "BF"),
   fat=N(24, 24, None),
   attribution=[("Human Rights Watch", "Human Rights Watch said on Friday, citing videos circulating on social media and witnesses")],
   claims=[("Government of Burkina Faso", "deny", None,
            "the videos were a \"manipulation\" by \"terrorist\" propagandists seeking to divide Burkinabe")])
# recalled with its own date: background; HRW's finding names the soldiers; Soro "about 40 kilometres north of
# Ouahigouya" is missing from cities500: Ouahigouya at precision 2
ev(d, 2, "Attack", day("2024-02-25"), mil("Burkina Faso", "BFA", "soldiers"),
   civ("Burkina Faso", "BFA", "at least 179 villagers"), P("Ouahigouya", "BF", 2), background=True, fat=atleast(179),
   attribution=[("Human Rights Watch", "Human Rights Watch found after a months-long investigation")])
# not coded: the army's operations around Solenzo (undated, in the denial), JNIM's vow to "avenge" the victims
# (threatened), the junta's seizure of power in 2022 (undated, no place), the recruitment of volunteers, the UN's call

d = "265_uvira_m23_takes_town_sange_market_shelling"
# the takeover after the army and the Wazalendo pulled out overnight is one Non-state actor overtakes territory, with
# the withdrawn forces as actor2 (the convention of 108's Bukavu); the spokesman's "Uvira is liberated" a claim
ev(d, 1, "Non-state actor overtakes territory", day("2025-12-10"),
   A("M23", "Fighters of the Rwanda-backed M23 rebel group", 2, "COD", ("Congo River Alliance",)),
   mil("Democratic Republic of Congo", "COD", "government troops"), P("Uvira", "CD"),
   assoc2=[A("Wazalendo", "fighters of the Wazalendo militias", 3, "COD")],
   attribution=[("residents", "residents said"), ("resident", "a resident told The Associated Press by telephone")],
   claims=[("M23", "claim responsibility", "Uvira", "\"Uvira is liberated,\" M23 spokesman Lawrence Kanyuka wrote on X")])
# each side blames the other: actor1 unidentified with both accusations as claims; Sange "about 40 kilometres north of
# Uvira" is missing from cities500: Uvira at precision 2; "at least 36"
ev(d, 2, "Shelling/artillery/missile attack", day("2025-12-09"), uag("Democratic Republic of Congo", "COD", ""),
   civ("Democratic Republic of Congo", "COD", "at least 36 civilians"), P("Uvira", "CD", 2), fat=atleast(36),
   attribution=[("local civil society group", "according to a local civil society group")],
   claims=[("Military Forces of Democratic Republic of Congo", "accuse", "M23", "The army said the rebels had fired the shells"),
           ("M23", "accuse", "Military Forces of Democratic Republic of Congo",
            "the M23 accused the army and Burundian troops of bombing the area")])
# recalled with its own date: background (the convention of 108's Washington agreement)
ev(d, 3, "Agreement", day("2025-12-04"),
   A("Government of Democratic Republic of Congo", "Congolese President Felix Tshisekedi", 1, "COD"),
   A("Government of Rwanda", "Rwanda's Paul Kagame", 1, "RWA"), P("Washington", "US"), background=True)
# recalled with its own date: background
ev(d, 4, "Non-state actor overtakes territory", day("2025-02-16"),
   A("M23", "The M23", 2, "COD", ("Congo River Alliance",)),
   mil("Democratic Republic of Congo", "COD", "government troops"), P("Bukavu", "CD"), background=True)
# not coded: the "days of fighting to the north" (a summary), the seizure of Goma (undated), the flight into Burundi,
# the threatened push towards Fizi, Rwanda's backing of the group (a habit, denied)

d = "266_tunis_chebbi_arrested_hammami_detained"
# an opposition leader's arrest is coded with his coalition (the convention of 161); La Marsa is in cities500
ev(d, 1, "Arrests", day("2025-12-04"), pol("Tunisia", "TUN", "Tunisian police"),
   A("National Salvation Front", "Ahmed Nejib Chebbi, the 81-year-old head of the opposition National Salvation Front",
     3, "TUN"), P("La Marsa", "TN"), arr=exact(1),
   attribution=[("family", "his family said"), ("son", "his son told Reuters")])
# a lawyer with no party named: a civilian (the convention of 246's clerics)
ev(d, 2, "Arrests", day("2025-12-02"), pol("Tunisia", "TUN", "police"),
   civ("Tunisia", "TUN", "human rights lawyer Ayachi Hammami"), P("Tunis", "TN"), arr=exact(1),
   attribution=[("Tunisian League for Human Rights", "the Tunisian League for Human Rights said")])
# police watched but did not intervene: a peaceful protest with no actor2; "several thousand": 3000
ev(d, 3, "Peaceful protest", day("2025-11-29"), A("Protesters (Tunisia)", "several thousand people", 6, "TUN"), None,
   P("Tunis", "TN"), crowd=dict(low=3000, high=None))
# recalled with its own date: background; Issam Chebbi coded with his party
ev(d, 4, "Arrests", day("2023-02-22"), pol("Tunisia", "TUN", "police"),
   A("Republican Party", "Chebbi's brother Issam, who leads the Republican Party", 3, "TUN"), P("Tunis", "TN"),
   background=True, arr=exact(1))
# not coded: the appeals court's sentences last week (court rulings), the sweep that followed Saied's words (a
# summary), the 2021 closure of parliament (a political act), the march called for 10 December (planned)

# --- 267-271: blind batch (session 13, end check), written without running the extractor ---
d = "267_el_tarra_landmine_soldiers_tibu_drone_police"
# the army (an interested party) is the only one to name the ELN: actor1 unidentified, the weapon as its mention, and
# an `accuse` claim; "in a rural area of El Tarra": El Tarra at precision 2; "two ... five others"
ev(d, 1, "Remote explosive/landmine/IED", day("2025-03-12"), uag("Colombia", "COL", "a landmine"),
   mil("Colombia", "COL", "Two Colombian soldiers"), P("El Tarra", "CO", 2), fat=exact(2), inj=exact(5),
   attribution=[("army's Second Division", "the army's Second Division said in a statement")],
   claims=[("Military Forces of Colombia", "accuse", "National Liberation Army",
            "The army blamed the National Liberation Army (ELN) guerrilla group")])
# "Late on Wednesday": the same day; nobody claimed or named: unidentified; the station is in the town: precision 1
ev(d, 2, "Air/drone strike", day("2025-03-12"), uag("Colombia", "COL", "a drone"),
   pol("Colombia", "COL", "the police station in the town of Tibu"), P("Tibu", "CO"), inj=exact(2),
   attribution=[("police", "police said")])
# recalled with its own date for context: background; "near the town of Teorama": precision 2
ev(d, 3, "Remote explosive/landmine/IED", day("2025-02-24"), uag("Colombia", "COL", "a mine"),
   mil("Colombia", "COL", "a soldier"), P("Teorama", "CO", 2), background=True, fat=exact(1))
# not coded: the ELN-dissident war since mid-January and its 50,000 displaced (a summary), the minister's trip on
# Friday and the extra demining teams (planned), the requested corridor, Petro's suspension of the talks in January

d = "268_heraklion_farmers_airport_tear_gas_larissa_highway"
# farmers trying to force a gate, pushed back with tear gas, with nothing damaged and nobody hurt reported: a protest
# with intervention, its four detentions in it; "Several hundred": crowd 300; Heraklion is GeoNames' Irakleion
ev(d, 1, "Protest with intervention", day("2025-12-02"), A("Protesters (Greece)", "Several hundred farmers", 6, "GRC"),
   pol("Greece", "GRC", "Greek riot police"), P("Heraklion", "GR"), arr=exact(4), crowd=dict(low=300, high=None),
   attribution=[("police", "according to police and a Reuters witness"), ("Reuters witness", "a Reuters witness")])
# a road blockade that "ended peacefully": a peaceful protest; "near Larissa": precision 2; "about 1,500": crowd 1,500
ev(d, 2, "Peaceful protest", day("2025-12-02"), A("Protesters (Greece)", "about 1,500 farmers", 6, "GRC"), None,
   P("Larissa", "GR", 2), crowd=dict(low=1500, high=None), attribution=[("local police", "local police said")])
# recalled with its own date: background; "hundreds of vehicles" counts tractors, not people: no crowd size
ev(d, 3, "Peaceful protest", day("2024-02-20"), A("Protesters (Greece)", "Greek farmers", 6, "GRC"), None,
   P("Athens", "GR"), background=True)
# not coded: the threatened border blockades on Friday and the march on Athens before Christmas (planned), the
# subsidy fraud investigation, the minister's offer to meet (planned), the spread of protests (no single happening)

d = "269_kukawa_jas_iswap_lake_chad_clash_marte_base"
# two non-state groups: JAS (ACLED's Boko Haram) attacked ISWAP's camps, so it is actor1; named by a militia leader
# and a fisherman (not a party to the fight); "near the town of Kukawa": precision 2; "Dozens" killed but "at least 40
# bodies": at least 40; ISWAP's statement gives no toll
ev(d, 1, "Armed clash", day("2025-07-06"),
   A("Boko Haram", "Fighters loyal to the Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS) faction of Boko Haram", 2, "NGA"),
   A("Islamic State West Africa Province", "the rival Islamic State West Africa Province (ISWAP)", 2, "NGA", ("Islamic State",)),
   P("Kukawa", "NG", 2), fat=atleast(40),
   attribution=[("militia leader Babakura Kolo", "said Babakura Kolo, a leader of the anti-jihadist militia"),
                ("fisherman", "A fisherman who fled the area on Monday gave a similar account")])
# "Saturday night" before a Tuesday publication; the army's account of an attack it repelled: the attacker actor1
# (the convention of 233); three soldiers plus "several" attackers: low 3, best 6 (the convention of 121)
ev(d, 2, "Armed clash", day("2025-07-05"), A("Islamic State West Africa Province", "ISWAP fighters", 2, "NGA", ("Islamic State",)),
   mil("Nigeria", "NGA", "an army base in the town of Marte"), P("Marte", "NG"), fat=N(3, 6, None),
   attribution=[("army spokesman Captain Reuben Kovangiya", "army spokesman Captain Reuben Kovangiya said in a statement")])
# recalled with its month: background; "several soldiers": 3
ev(d, 3, "Armed clash", span("2025-05-01", "2025-05-31", "month"),
   A("Islamic State West Africa Province", "ISWAP fighters", 2, "NGA", ("Islamic State",)),
   mil("Nigeria", "NGA", "the same base"), P("Marte", "NG"), background=True, fat=N(3, 3, None))
# not coded: the fighting since the 2016 split and Shekau's death in 2021 (no place or date: history), the governor's
# ban on the fishermen's return (planned), the conflict's toll since 2009 (a summary)

d = "270_bukavu_m23_takes_governor_office_wfp_warehouse_looted"
# rebels walking in after the army pulled out, confirmed by residents and their own spokesman: Non-state actor
# overtakes territory with the army that left as actor2
ev(d, 1, "Non-state actor overtakes territory", day("2025-02-16"),
   A("M23", "Rwanda-backed M23 rebels", 2, "COD", ("Congo River Alliance",)),
   mil("Democratic Republic of Congo", "COD", "government troops"), P("Bukavu", "CD"),
   attribution=[("residents", "residents and a rebel spokesman said"), ("Reuters reporter", "a Reuters reporter saw")],
   claims=[("M23", "claim responsibility", "Bukavu", "\"We are here to restore order,\" M23 spokesman Willy Ngoma said")])
# Friday's seizure of Kavumu airport "about 30 km north of Bukavu" (Kavumu is missing from cities500): Bukavu at
# precision 2; the troops and Wazalendo who abandoned their positions as the losing side
ev(d, 2, "Non-state actor overtakes territory", day("2025-02-14"), A("M23", "the rebels", 2, "COD", ("Congo River Alliance",)),
   mil("Democratic Republic of Congo", "COD", "Congolese soldiers"), P("Bukavu", "CD", 2),
   assoc2=[A("Wazalendo", "allied Wazalendo militiamen", 3, "COD")],
   attribution=[("local officials", "according to local officials and security sources")])
# the warehouse break-in: armed men no one identifies (WFP says it does not know who): unidentified
ev(d, 3, "Looting/property destruction", day("2025-02-15"), uag("Democratic Republic of Congo", "COD", "armed men"),
   civ("Democratic Republic of Congo", "COD", "a World Food Programme warehouse in Bukavu"), P("Bukavu", "CD"),
   attribution=[("World Food Programme", "the U.N. agency said")])
# recalled with its own date: background; the sentence names no opponent (the convention of 73); the UN's "nearly
# 3,000" dead are for the fighting in and around Goma over days, not for the takeover: not put on it
ev(d, 4, "Non-state actor overtakes territory", day("2025-01-27"), A("M23", "the M23", 2, "COD", ("Congo River Alliance",)),
   mil("Democratic Republic of Congo", "COD", ""), P("Goma", "CD"), background=True)
# not coded: the overnight gunshots (no actor, target or harm), the accusation that Rwanda backs the M23 and its denial
# (general, no single happening), the push towards Uvira and Burundi's warning (threatened), Tshisekedi's call for
# sanctions, the Goma toll (a summary)

d = "271_kyaukme_army_retakes_tnla_village_air_strike"
# troops entering on Sunday (two days before the Tuesday report), confirmed by the TNLA's own withdrawal statement
ev(d, 1, "Government regains territory", day("2025-10-26"), mil("Myanmar", "MMR", "Troops"),
   A("Ta'ang National Liberation Army", "The Ta'ang National Liberation Army", 2, "MMR"), P("Kyaukme", "MM"),
   attribution=[("state media", "the Global New Light of Myanmar newspaper said"),
                ("Ta'ang National Liberation Army", "The Ta'ang National Liberation Army confirmed in a statement")])
# a rescue group (neutral) names military jets: actor1 the military; "a village about 20 kilometers from Kyaukme":
# precision 2; "more than a dozen" wounded: at least 12
ev(d, 2, "Air/drone strike", day("2025-10-27"), mil("Myanmar", "MMR", "military jets"),
   civ("Myanmar", "MMR", "seven civilians, including three children"), P("Kyaukme", "MM", 2),
   fat=exact(7), inj=atleast(12), attribution=[("local rescue group", "according to a local rescue group")])
# "in August last year": background, a month window; the sentence names no opponent: the army with empty text
ev(d, 3, "Non-state actor overtakes territory", span("2024-08-01", "2024-08-31", "month"),
   A("Ta'ang National Liberation Army", "The TNLA", 2, "MMR"), mil("Myanmar", "MMR", ""), P("Kyaukme", "MM"),
   background=True)
# not coded: the weeks of fighting and air strikes on the outskirts (a summary), the towns recaptured this year (a
# summary), China's pressure, the Kunming talks next month and the December election (planned), the 2021 coup

# --- 272-276: blind batch (session 13, end check), written without running the extractor ---
d = "272_coyomeapan_polling_station_shooting_tlapanala_ballots_burned"
# shots at voters queuing outside a polling station: an Attack; Morena's local branch (an interested party) blames a
# rival candidate's supporters, who deny it: actor1 unidentified with the claims; the voter and the volunteer wounded: 2
ev(d, 1, "Attack", day("2024-06-02"), uag("Mexico", "MEX", "Armed men"),
   civ("Mexico", "MEX", "a man who was queuing to vote"), P("Coyomeapan", "MX"), fat=exact(1), inj=exact(2),
   attribution=[("state officials", "state officials said"),
                ("Puebla state government", "the Puebla state government said in a statement")],
   claims=[("MORENA: National Regeneration Movement", "accuse", "supporters of a rival candidate",
            "The local branch of the ruling Morena party blamed supporters of a rival candidate for the municipal presidency"),
           ("rival candidate", "deny", None, "who rejected the accusation and called for a full investigation")])
# residents accusing officials of vote-buying storm the count and burn the ballot boxes: a riot (no opposing force
# named); "about 200": crowd 200; "No one was hurt": 0 (the convention of 154)
ev(d, 2, "Violent demonstration", day("2024-06-02"), A("Rioters (Mexico)", "a crowd of about 200 residents", 5, "MEX"),
   None, P("Tlapanala", "MX"), fat=exact(0), inj=exact(0), crowd=dict(low=200, high=None),
   attribution=[("National Electoral Institute", "the National Electoral Institute (INE) said")])
# recalled with its own date: background; a candidate is a civilian with her party as affiliation
ev(d, 3, "Attack", day("2024-04-01"), uag("Mexico", "MEX", ""),
   A("Civilians (Mexico)", "Gisela Gaytan, a Morena candidate for mayor of Celaya", 7, "MEX",
     ("MORENA: National Regeneration Movement",)), P("Celaya", "MX"), background=True, fat=exact(1))
# not coded: the Chiapas polling stations that did not open after armed groups' warnings (a threat, no happening), the
# troop deployment, the "more than 30" candidates killed since September (a summary), Sheinbaum's promises, the count

d = "273_kathmandu_teachers_march_school_bill_maitighar_water_cannon"
# the march "on Wednesday" ended peacefully: a peaceful protest; police about 25,000, the federation "more than
# 80,000"; "no one was detained": 0; the federation is an associate
ev(d, 1, "Peaceful protest", day("2025-04-09"), A("Protesters (Nepal)", "Tens of thousands of school teachers", 6, "NPL"),
   None, P("Kathmandu", "NP"), arr=exact(0), crowd=dict(low=25000, high=80000),
   assoc1=[A("NTF: Nepal Teachers' Federation", "the Nepal Teachers' Federation", 6, "NPL")],
   attribution=[("police", "Police put the crowd at about 25,000"), ("police spokesman", "a police spokesman said")])
# "The day before" (Tuesday): batons and water cannon on teachers trying to enter the prohibited zone, with detentions:
# a protest with intervention; "several hundred": 300; 12 detained; the federation's seven injured
ev(d, 2, "Protest with intervention", day("2025-04-08"), A("Protesters (Nepal)", "several hundred teachers", 6, "NPL"),
   pol("Nepal", "NPL", "police"), P("Kathmandu", "NP"), inj=exact(7), arr=exact(12), crowd=dict(low=300, high=None),
   attribution=[("federation", "the federation said")])
ev(d, 3, "Peaceful protest", day("2025-04-09"), A("Protesters (Nepal)", "several hundred teachers", 6, "NPL"), None,
   P("Pokhara", "NP"), crowd=dict(low=300, high=None), attribution=[("local media", "local media reported")])
# not coded: the school closures for more than a week (a summary of a campaign), the minister's talks without
# agreement, the threatened boycott of exam marking (planned), the bill tabled in 2023

d = "274_saada_migrant_centre_air_strike_sanaa_ras_isa_recalled"
# the U.S. military's own statement that it struck targets in Saada and Sanaa overnight makes it actor1 (the
# convention of 86); foreign victims are civilians of the country of the event with their nationality as an associate;
# "before dawn on Monday": the publication day
ev(d, 1, "Air/drone strike", day("2025-04-28"), mil("the United States", "USA", "A U.S. air strike", 8),
   civ("Yemen", "YEM", "a detention centre holding African migrants"), P("Saada", "YE"), fat=atleast(68), inj=exact(47),
   assoc2=[civ("Ethiopia", "ETH", "Ethiopian migrants")],
   attribution=[("Houthi-run interior ministry", "the Houthi-run interior ministry said"),
                ("al-Masirah television", "Footage broadcast by the group's al-Masirah television showed")],
   claims=[("U.S. Central Command", "claim responsibility", "Houthi targets in Saada",
            "its forces had struck Houthi targets in Saada and in the capital Sanaa overnight")])
# "overnight" before a morning publication: a range
ev(d, 2, "Air/drone strike", span("2025-04-27", "2025-04-28", "range"), mil("the United States", "USA", "strikes", 8),
   civ("Yemen", "YEM", "eight people, among them two children"), P("Sanaa", "YE"), fat=exact(8), inj=exact(12),
   attribution=[("Houthi health ministry", "the Houthi health ministry said")],
   claims=[("U.S. Central Command", "claim responsibility", "Houthi targets in Sanaa",
            "its forces had struck Houthi targets in Saada and in the capital Sanaa overnight")])
# recalled with its own date: background; Washington said it targeted the port; Ras Isa "north of Hodeidah" is
# missing from cities500: Al Hudaydah at precision 2
ev(d, 3, "Air/drone strike", day("2025-04-17"), mil("the United States", "USA", "U.S. strikes", 8),
   civ("Yemen", "YEM", "80 people, most of them port workers"), P("Al Hudaydah", "YE", 2), background=True,
   fat=exact(80), attribution=[("Houthi health ministry", "according to the Houthi health ministry")])
# not coded: the campaign launched on 15 March and its "more than 800 targets" (the start of a campaign, a summary), the
# Houthis' vow to respond and their attacks on Israel and shipping (threats, a habit), the war (a summary)

d = "275_agadez_swiss_woman_kidnapped_tera_army_operation"
# no claim, no one named: actor1 unidentified; the foreign victim is a civilian of Niger with her nationality as an
# associate (the convention of 85); the guard beaten: 1 injured
ev(d, 1, "Abduction/forced disappearance", day("2025-04-13"), uag("Niger", "NER", "Gunmen"),
   civ("Niger", "NER", "a Swiss woman"), P("Agadez", "NE"), inj=exact(1),
   assoc2=[civ("Switzerland", "CHE", "a Swiss woman")],
   attribution=[("security sources", "security sources and residents said"), ("security source", "a security source told AFP"),
                ("neighbour", "a neighbour said")])
# recalled with its own date: background
ev(d, 2, "Abduction/forced disappearance", day("2025-01-11"), uag("Niger", "NER", "armed men"),
   civ("Niger", "NER", "an Austrian woman in her seventies"), P("Agadez", "NE"), background=True,
   assoc2=[civ("Austria", "AUT", "an Austrian woman")])
# the ministry's own statement; two soldiers plus "about 30" attackers: low 2, best 32 (the convention of 11); "near the
# town of Tera": precision 2
ev(d, 3, "Armed clash", day("2025-04-11"), mil("Niger", "NER", "troops"), uag("Niger", "NER", "about 30 terrorists"),
   P("Tera", "NE", 2), fat=N(2, 32, None), inj=exact(4), attribution=[("defence ministry", "the defence ministry said")])
# not coded: the Swiss ministry's contact with the authorities (diplomatic), the Sahel kidnappings of a decade ago (a
# summary), the expulsion of French troops and the turn to Russia, the promise to restore security, the groups' attacks
# (a summary)

d = "276_luanda_fuel_price_riots_huambo_looting"
# the strike that turned into burning barricades, stoning and looting: one riot in the capital on Monday; the four dead
# include a police officer (all sides summed); "more than 500": at least 500; the minister's blame of UNITA and its
# denial are claims
ev(d, 1, "Violent demonstration", day("2025-07-28"), A("Rioters (Angola)", "Crowds of young men", 5, "AGO"),
   pol("Angola", "AGO", "Police"), P("Luanda", "AO"), fat=exact(4), inj=exact(21), arr=atleast(500),
   attribution=[("police", "police said"), ("Reuters witness", "a Reuters witness said"),
                ("police spokesman Mateus Rodrigues", "Police spokesman Mateus Rodrigues said")],
   claims=[("Interior Minister Manuel Homem", "accuse", "UNITA",
            "Interior Minister Manuel Homem accused the main opposition party UNITA of inciting the violence."),
           ("UNITA", "deny", None, "UNITA denied the accusation")])
# looting and arson in Huambo on Tuesday: a riot; "hundreds": 200; the boy shot dead is its death
ev(d, 2, "Violent demonstration", day("2025-07-29"), A("Rioters (Angola)", "hundreds of youths", 5, "AGO"),
   pol("Angola", "AGO", "police"), P("Huambo", "AO"), fat=exact(1), crowd=dict(low=200, high=None),
   attribution=[("local radio", "according to local radio"), ("Omunga", "the human rights group Omunga said")])
# recalled with its own date: background; tear gas and detentions: a protest with intervention; "several hundred": 300
ev(d, 3, "Protest with intervention", day("2025-07-12"), A("Protesters (Angola)", "several hundred people", 6, "AGO"),
   pol("Angola", "AGO", "police"), P("Luanda", "AO"), background=True, arr=exact(17), crowd=dict(low=300, high=None))
# not coded: the three-day strike as a work stoppage and its threatened renewal (planned), the calm in Luanda on
# Tuesday, the price rise, the 2023 protests (a year, a summary)

# --- 277-281: blind batch (session 14), written without running the extractor ---
d = "277_kulachi_police_post_ttp_attack_tank_constable_shot"
# militants attacking a police post who are fought off: an Armed clash (the convention of 148); the TTP's own statement
# makes it actor1; "late on Tuesday ... shortly before midnight" before a Wednesday report: Tuesday 12 November; five
# policemen plus two attackers: 7 dead (all sides summed); "Three other officers were wounded": 3; the post is in Kulachi
ev(d, 1, "Armed clash", day("2024-11-12"), A("Tehreek-e-Taliban Pakistan", "Pakistani Taliban fighters", 2, "PAK"),
   pol("Pakistan", "PAK", "a police checkpost"), P("Kulachi", "PK"), fat=exact(7), inj=exact(3),
   attribution=[("police", "police said on Wednesday"),
                ("district police officer Tariq Mehmood", "district police officer Tariq Mehmood told Reuters")],
   claims=[("Tehreek-e-Taliban Pakistan", "claim responsibility", None,
            "said in a statement sent to journalists that its fighters had carried out the attack")])
# gunmen shooting dead a police guard: an Armed clash (the convention of 148), nobody claimed or named: unidentified;
# "on Wednesday morning": the publication day; "No one else was hurt": injured 0
ev(d, 2, "Armed clash", day("2024-11-13"), uag("Pakistan", "PAK", "two gunmen on a motorcycle"),
   pol("Pakistan", "PAK", "a police constable who was guarding a team of polio vaccinators"), P("Tank", "PK"),
   fat=exact(1), inj=exact(0), attribution=[("local police", "local police said")])
# recalled with its own date: background; the group's own claim makes it actor1; Daraban is missing from cities500:
# the reference town the article names, Dera Ismail Khan, at precision 2
ev(d, 3, "Suicide bomb", day("2023-12-12"), A("Tehreek-e-Jihad Pakistan", "a suicide bomber", 2, "PAK"),
   mil("Pakistan", "PAK", "23 soldiers"), P("Dera Ismail Khan", "PK", 2), background=True, fat=exact(23),
   claims=[("Tehreek-e-Jihad Pakistan", "claim responsibility", None, "Tehreek-e-Jihad Pakistan ... claimed that attack")])
# not coded: the post's overrunning that police denied (negated), the 130 police killed this year (a summary), the
# search operation and the promised equipment (planned), the TTP's threat, Islamabad's accusation against Kabul (general)

d = "278_nairobi_finance_bill_protest_shooting_mombasa_eldoret"
# tear gas all day and a marcher shot dead by police in the evening, in the same city on the same day: one event, coded
# as Excessive force (the convention of 207 and 149's Rex Masai); Amnesty (a rights group, neutral) names the police;
# "thousands": crowd 2,000; "At least 12" treated: at least 12
ev(d, 1, "Excessive force against protesters", day("2024-06-20"), pol("Kenya", "KEN", "Kenyan police"),
   A("Protesters (Kenya)", "thousands of young people", 6, "KEN"), P("Nairobi", "KE"), fat=exact(1), inj=atleast(12),
   crowd=dict(low=2000, high=None),
   attribution=[("AFP journalists", "AFP journalists saw"), ("Amnesty International Kenya", "Amnesty International Kenya said"),
                ("Kenya Red Cross", "the Kenya Red Cross said")])
# a sit-in broken up with tear gas, 15 detained: a protest with intervention; "several hundred": 300
ev(d, 2, "Protest with intervention", day("2024-06-20"), A("Protesters (Kenya)", "several hundred protesters", 6, "KEN"),
   pol("Kenya", "KEN", "police"), P("Mombasa", "KE"), arr=exact(15), crowd=dict(low=300, high=None),
   attribution=[("local police commander", "a local police commander said")])
# "marched peacefully": a peaceful protest with no actor2; "several thousand": 3,000 (the convention of 171)
ev(d, 3, "Peaceful protest", day("2024-06-20"), A("Protesters (Kenya)", "several thousand people", 6, "KEN"), None,
   P("Eldoret", "KE"), crowd=dict(low=3000, high=None), attribution=[("local media", "local media reported")])
# not coded: the 200 arrests across the country since Tuesday (a nationwide total), the start of the protests on Tuesday
# (the convention of 62), the second-reading vote and the dropped taxes (political acts), the "total shutdown" and march
# called for next Tuesday (planned), the minister's warning (a threat)

d = "279_el_fasher_abu_shouk_rsf_shelling_market_drone"
# medics, a volunteer network and OCHA (neutral) name the RSF: actor1 the RSF, its spokesman's denial a `deny` claim;
# the camp "on the northern edge of El Fasher" is missing from cities500: El Fasher at precision 2 (the convention of
# 155's outskirts); "at least 40 ... and 19 wounded"
ev(d, 1, "Shelling/artillery/missile attack", day("2025-08-11"),
   A("Rapid Support Forces", "Sudan's paramilitary Rapid Support Forces", 2, "SDN"),
   civ("Sudan", "SDN", "the Abu Shouk camp for displaced people"), P("El Fasher", "SD", 2), fat=atleast(40), inj=exact(19),
   attribution=[("medics", "medics and the United Nations said"), ("OCHA", "The U.N. humanitarian office OCHA said"),
                ("Emergency Response Rooms", "according to the Emergency Response Rooms, a network of local volunteers"),
                ("doctor", "a doctor at the camp's clinic told Reuters")],
   claims=[("Rapid Support Forces", "deny", None, "An RSF spokesman denied targeting civilians")])
# only the army (an interested party) names the RSF: actor1 unidentified with an `accuse` claim (the convention of 243);
# "several others" wounded: 3
ev(d, 2, "Air/drone strike", day("2025-08-10"), uag("Sudan", "SDN", "a drone"),
   civ("Sudan", "SDN", "five passengers"), P("El Fasher", "SD"), fat=exact(5), inj=N(3, 3, None),
   attribution=[("local resistance committee", "according to a local resistance committee")],
   claims=[("Military Forces of Sudan", "accuse", "Rapid Support Forces",
            "The army's 6th Infantry Division ... accused the RSF of launching the drone")])
# recalled with its own date: background; the government's blame is an accusation; "about 70": best 70
ev(d, 3, "Air/drone strike", day("2025-01-24"), uag("Sudan", "SDN", "a drone strike"),
   civ("Sudan", "SDN", "about 70 patients and relatives"), P("El Fasher", "SD"), background=True, fat=N(None, 70, None),
   attribution=[("World Health Organization", "according to the World Health Organization")],
   claims=[("Government of Sudan", "accuse", "Rapid Support Forces", "Sudan's government blamed the RSF")])
# not coded: the war since April 2023 and the siege since May last year (a start and a summary), the RSF's claim to army
# positions near the airport that the army rejected (an unverified, denied territorial claim), the famine, the proposed
# truce (planned)

d = "280_kenscoff_gang_raid_looting_kidnappings_police_operation"
# the killings, looting, burning and abductions of one raid are one Attack (the conventions of 93 and 247); Viv Ansanm
# named in the reporter's voice and claimed by its leader; "at least seven": at least 7
ev(d, 1, "Attack", day("2025-01-27"), A("Viv Ansanm", "Heavily armed men from the Viv Ansanm gang coalition", 3, "HTI"),
   civ("Haiti", "HTI", "residents"), P("Kenscoff", "HT"), fat=atleast(7),
   attribution=[("local officials", "local officials and residents said"),
                ("Kenscoff mayor Massillon Jean", "Kenscoff mayor Massillon Jean told The Associated Press")],
   claims=[("Renel Destina", "claim responsibility", None,
            "a leader of the coalition, Renel Destina, known as Ti Lapli, said his men had come to \"clean out\" the area")])
# the police operation that fought the gangs: an Armed clash with the police as actor1 and the Kenyan officers abroad an
# associate (External/Other, the convention of 97); "several gang members were killed": 3; the Kenyan officer: 1
ev(d, 2, "Armed clash", day("2025-01-28"), pol("Haiti", "HTI", "Haitian police"),
   A("Viv Ansanm", "the gangs", 3, "HTI"), P("Kenscoff", "HT"), fat=N(3, 3, None), inj=exact(1),
   assoc1=[A("Police Forces of Kenya", "Kenyan officers of the U.N.-backed Multinational Security Support mission", 8, "KEN")],
   attribution=[("police spokesman Lionel Lazarre", "police spokesman Lionel Lazarre said")])
# recalled with its own date: background; houses burned with nobody killed: Looting/property destruction, "No one was
# killed": 0; Furcy "south of the town centre" is missing from cities500: Kenscoff at precision 2
ev(d, 3, "Looting/property destruction", day("2025-01-13"), A("Viv Ansanm", "members of the same coalition", 3, "HTI"),
   civ("Haiti", "HTI", "about 20 houses in the Furcy area"), P("Kenscoff", "HT", 2), background=True, fat=exact(0),
   attribution=[("residents", "residents said")])
# not coded: the ransom demand, Ti Lapli's threat against Petionville, the flight of hundreds of families (displacement),
# the planned self-defence brigades and the expected reinforcements (planned), the 5,600 killed last year (a summary)

d = "281_khulna_kuet_chhatra_dal_attack_rajshahi_clash_arrests"
# party activists charging a student march, who then fight back: Mob violence with the march as actor2 (the convention
# of 222), the BNP supporters folded into actor1's affiliations; "More than 50": at least 50; the JCD's charge that the
# marchers were Shibir activists is an `accuse` claim, Shibir's rejection a `deny`; KUET is in Khulna
ev(d, 1, "Mob violence", day("2025-02-18"),
   A("Rioters (Bangladesh)", "activists of the student wing of the Bangladesh Nationalist Party", 5, "BGD",
     ("Jatiyatabadi Chhatra Dal", "Bangladesh Nationalist Party")),
   A("Protesters (Bangladesh)", "students protesting against party politics", 6, "BGD"), P("Khulna", "BD"),
   inj=atleast(50),
   attribution=[("police and hospital officials", "police and hospital officials said"), ("witnesses", "Witnesses said")],
   claims=[("Jatiyatabadi Chhatra Dal", "accuse", "Islami Chhatra Shibir",
            "The JCD said the marchers were activists of Islami Chhatra Shibir"),
           ("Islami Chhatra Shibir", "deny", None, "Shibir rejected the claim")])
# "dispersing peacefully": a peaceful protest with no actor2; "hundreds": 200
ev(d, 2, "Peaceful protest", day("2025-02-19"), A("Protesters (Bangladesh)", "hundreds of students", 6, "BGD"), None,
   P("Dhaka", "BD"), crowd=dict(low=200, high=None))
# two party student wings fighting with sticks and bricks: Mob violence with both as rioters (the convention of 27);
# each blames the other: two `accuse` claims
ev(d, 3, "Mob violence", day("2025-02-19"),
   A("Rioters (Bangladesh)", "JCD ... activists", 5, "BGD", ("Jatiyatabadi Chhatra Dal", "Bangladesh Nationalist Party")),
   A("Rioters (Bangladesh)", "Shibir activists", 5, "BGD", ("Islami Chhatra Shibir", "Jamaat-e-Islami")),
   P("Rajshahi", "BD"), inj=atleast(12), attribution=[("university official", "a university official said")],
   claims=[("Jatiyatabadi Chhatra Dal", "accuse", "Islami Chhatra Shibir", "Each group accused the other of starting the fight."),
           ("Islami Chhatra Shibir", "accuse", "Jatiyatabadi Chhatra Dal", "Each group accused the other of starting the fight.")])
# "in raids overnight" reported on Thursday: a Wednesday-Thursday range; the detained activists coded as their student
# wing with the BNP as parent (the conventions of 215 and 261)
ev(d, 4, "Arrests", span("2025-02-19", "2025-02-20", "range"), pol("Bangladesh", "BGD", "Police in Khulna"),
   A("Jatiyatabadi Chhatra Dal", "six JCD activists", 3, "BGD", ("Bangladesh Nationalist Party",)), P("Khulna", "BD"),
   arr=exact(6), attribution=[("police", "Police in Khulna said on Thursday")])
# recalled with its own date: background; party activists attacking a student protest: Mob violence (the convention of
# 222); "hundreds": at least 200
ev(d, 5, "Mob violence", day("2024-07-15"),
   A("Rioters (Bangladesh)", "activists of the Bangladesh Chhatra League", 5, "BGD", ("Bangladesh Chhatra League", "Awami League")),
   A("Protesters (Bangladesh)", "students demanding reform of government job quotas", 6, "BGD"), P("Dhaka", "BD"),
   background=True, inj=atleast(200))
# not coded: the soldiers' arrival (no action), the BNP's expulsions (a party act), the campus closure, the march called
# for Sunday (planned), the uprising and Hasina's fall (a summary and a political act), the promised elections

# --- 282-286: blind batch (session 14), written without running the extractor ---
d = "282_kita_fuel_convoy_ambush_diema_air_strike"
# an ambush on an army-escorted convoy is an Armed clash (the convention of 126); JNIM's own claim makes it actor1 (the
# convention of 11); "on Sunday" before a Wednesday publication: 14 September; five soldiers plus "about a dozen"
# assailants: low 5, best 17 (the convention of 11); the army's denial of higher losses is a `deny` claim; "about 30
# kilometres west of the town of Kita": precision 2
ev(d, 1, "Armed clash", day("2025-09-14"),
   A("JNIM", "The al Qaeda-linked Group for the Support of Islam and Muslims (JNIM)", 2, "MLI", ("Al Qaeda",)),
   mil("Mali", "MLI", "soldiers"), P("Kita", "ML", 2), fat=N(5, 17, None),
   attribution=[("security source", "a security source told AFP"), ("army", "the army said in a statement")],
   claims=[("JNIM", "claim responsibility", "the convoy",
            "claimed the ambush on its propaganda channels, saying its fighters had killed \"dozens\" of soldiers and burned 30 tankers"),
           ("Military Forces of Mali", "deny", None, "The army denied that it had lost more than five men.")])
# "The next day" (and "on Monday afternoon"): 15 September; the general staff's own statement; "more than 20": at least
# 20; "in a forest near Diema": precision 2
ev(d, 2, "Air/drone strike", day("2025-09-15"), mil("Mali", "MLI", "army aircraft"),
   A("JNIM", "JNIM fighters \"who took part in the cowardly ambush\"", 2, "MLI", ("Al Qaeda",)),
   P("Diema", "ML", 2), fat=atleast(20),
   attribution=[("general staff", "the general staff said")])
# recalled with its own date: background; only Kayes is named (the "several other towns" are not coded); "more than
# 80": at least 80
ev(d, 3, "Armed clash", day("2025-07-01"), A("JNIM", "JNIM fighters", 2, "MLI", ("Al Qaeda",)),
   mil("Mali", "MLI", "army positions"), P("Kayes", "ML"), background=True, fat=atleast(80),
   attribution=[("army", "the army said at the time")])
# not coded: the two drivers unaccounted for (no abduction reported), JNIM's fuel blockade announced "in early
# September" and its warning to drivers (a threat), the queues and school closures, the drivers' union's threatened
# stoppage and the planned talks, the coups of 2020 and 2021 and the expulsion of French troops (undated summaries)

d = "283_zaporizhzhia_evening_missile_strike_odesa_port_drones"
# "Russian missiles" in the reporter's voice, with Russia's own statement as a claim (the convention of 86);
# "between 25 and 30" wounded: low = best 25, high 30; "on Monday evening" before a Tuesday publication: 13 October
ev(d, 1, "Shelling/artillery/missile attack", day("2025-10-13"), mil("Russia", "RUS", "Russian missiles", 8),
   civ("Ukraine", "UKR", "five people"), P("Zaporizhzhya", "UA"), fat=exact(5), inj=N(25, 25, 30),
   attribution=[("regional governor Ivan Fedorov", "regional governor Ivan Fedorov said"),
                ("State Emergency Service", "the State Emergency Service said")],
   claims=[("Russian defence ministry", "claim responsibility",
            "facilities of Ukraine's military-industrial complex and energy infrastructure",
            "Russia's defence ministry said it had carried out a strike with precision weapons on facilities of Ukraine's military-industrial complex and energy infrastructure")])
# "overnight" before a Tuesday-morning statement: Monday night and Tuesday (range); drones: Air/drone strike; the two
# port workers are civilians
ev(d, 2, "Air/drone strike", span("2025-10-13", "2025-10-14", "range"), mil("Russia", "RUS", "drones", 8),
   civ("Ukraine", "UKR", "two port workers"), P("Odesa", "UA"), inj=exact(2),
   attribution=[("Oleh Kiper", "the head of the regional military administration, Oleh Kiper, said on Tuesday morning")],
   claims=[("Russian defence ministry", "claim responsibility",
            "facilities of Ukraine's military-industrial complex and energy infrastructure",
            "Russia's defence ministry said it had carried out a strike with precision weapons on facilities of Ukraine's military-industrial complex and energy infrastructure")])
# recalled with its own date: background; missiles: Shelling/artillery/missile attack
ev(d, 3, "Shelling/artillery/missile attack", day("2022-10-09"), mil("Russia", "RUS", "Russian missiles", 8),
   civ("Ukraine", "UKR", "13 people"), P("Zaporizhzhya", "UA"), background=True, fat=exact(13))
# not coded: the 112 drones and six missiles across the country and the 86 downed (a nationwide total), the near-daily
# shelling of Zaporizhzhia (a habit), the occupation of the nuclear plant (a state), the request for Patriots and the
# Brussels meeting (planned), Zelenskiy's warning of strikes on refineries (threatened), the Kremlin's rejection of a
# ceasefire (a statement)

d = "284_argelia_army_emc_clash_suarez_councillor_kidnapped"
# the army names the front it clashed with (the convention of 19); two soldiers plus three dissidents: 5; the two
# dissidents captured in the fighting are part of the clash; El Plateado is missing from cities500: Argelia at
# precision 2; the army's denial that a third soldier was missing is negated, not an event
ev(d, 1, "Armed clash", day("2025-06-22"), mil("Colombia", "COL", "Troops"),
   A("Central General Staff", "fighters of the Carlos Patino front, part of the dissident faction known as the Central General Staff (EMC)",
     2, "COL", ("FARC dissidents",)),
   P("Argelia", "CO", 2), fat=exact(5), inj=exact(4), arr=exact(2),
   attribution=[("army", "the army said"), ("Third Division", "the army's Third Division said in a statement")])
# "On Monday afternoon": 23 June; the governor (an interested party) blames the Jaime Martinez front: actor1
# unidentified with an `accuse` claim; a councillor is a government actor (the convention of 109); "the rural area of
# the town": precision 2
ev(d, 2, "Abduction/forced disappearance", day("2025-06-23"), uag("Colombia", "COL", "armed men"),
   A("Government of Colombia", "Wilmer Rengifo, a councillor in the municipality of Suarez", 1, "COL"),
   P("Suarez", "CO", 2),
   attribution=[("family and town hall", "his family and the town hall said")],
   claims=[("Cauca governor Octavio Guzman", "accuse", "Central General Staff",
            "Cauca governor Octavio Guzman blamed the Jaime Martinez front, another EMC unit, for the abduction")])
# recalled with its own date: background; the army (a party) blames Mordisco's men: actor1 unidentified with an
# `accuse` claim; "the rural area of El Retorno": precision 2
ev(d, 3, "Armed clash", day("2025-04-27"), uag("Colombia", "COL", ""),
   mil("Colombia", "COL", "seven soldiers"), P("El Retorno", "CO", 2), background=True, fat=exact(7),
   claims=[("Military Forces of Colombia", "accuse", "Central General Staff",
            "in an attack the army blamed on men loyal to Mordisco")])
# not coded: the 2016 peace deal, the breakdown of talks (undated), the "armed strike" ordered for the coming weekend
# (planned), the 600 troops to be sent (a deployment, planned), Petro's words, the talks due next month, the 40 soldiers
# and police killed this year (a summary)

d = "285_falam_captured_chin_brotherhood_shwebo_village_air_strike"
# the alliance's own undenied statement (the convention of 132); the town's fall "on Sunday afternoon": 6 April; the
# spokesman's denial "a week earlier" predates the fall and is no denial of it
ev(d, 1, "Non-state actor overtakes territory", day("2025-04-06"),
   A("Chin Brotherhood", "The Chin Brotherhood, an alliance of six Chin armed groups", 2, "MMR"),
   mil("Myanmar", "MMR", "the last army positions in the town, a police station and the base of an infantry battalion"),
   P("Falam", "MM"),
   attribution=[("Chin Brotherhood", "said in a statement")],
   claims=[("Chin Brotherhood", "claim responsibility", "Falam",
            "said Monday they had taken full control of Falam")])
# "On Monday morning": 7 April; "a military jet" in the reporter's voice, the military's own statement that it struck
# "terrorist" positions a claim (the convention of 08); "about 15 kilometres north of Shwebo": precision 2; "about 20"
# wounded: best only
ev(d, 2, "Air/drone strike", day("2025-04-07"), mil("Myanmar", "MMR", "a military jet"),
   civ("Myanmar", "MMR", "at least 11 people, including four children"), P("Shwebo", "MM", 2),
   fat=atleast(11), inj=N(None, 20, None),
   attribution=[("residents", "residents said"),
                ("resident and People's Defence Force member", "a resident who helped bury the dead and a member of the local People's Defence Force told AP by telephone")],
   claims=[("Military Forces of Myanmar", "claim responsibility", "\"terrorist\" positions",
            "The military's information team said its forces had struck \"terrorist\" positions in the area")])
# recalled with its own date: background; Kyauk Ni Maw and Ramree are missing from cities500: the province (precision
# 3, the convention of 50); "about 40": best only
ev(d, 3, "Air/drone strike", day("2025-01-08"), mil("Myanmar", "MMR", "a jet"),
   civ("Myanmar", "MMR", "about 40 people"), R("Rakhine", "MM", "Sittwe"), background=True, fat=N(None, 40, None))
# not coded: the offensive launched in November and the alliance's losses since (a summary), the earthquake (a
# disaster), the truce (a state, undated), the aid agencies' accusations, the civilians killed since 2021 (a summary),
# the military's vow to retake towns and the planned administration and push on Hakha (threats, plans)

d = "286_tbilisi_presidential_palace_storming_batumi_march_organisers_detained"
# the afternoon rally and the evening attempt to break into the palace the same day are one riot (the convention of
# 118): protesters who pull down the fence, burn barricades and throw bottles are Rioters although police used water
# cannon; 21 officers plus six protesters: 27 injured; five detained at the scene; crowd from "tens of thousands"
# (20,000) to the organisers' "more than 100,000"; the prime minister's and the opposition's accusations are claims
ev(d, 1, "Violent demonstration", day("2025-10-04"), A("Rioters (Georgia)", "protesters", 5, "GEO"),
   pol("Georgia", "GEO", "Georgian riot police"), P("Tbilisi", "GE"), inj=exact(27), arr=exact(5),
   crowd=dict(low=20000, high=100000),
   attribution=[("Reuters reporters", "Reuters reporters saw"), ("interior ministry", "The interior ministry said"),
                ("health ministry", "The health ministry said")],
   claims=[("Prime Minister Irakli Kobakhidze", "accuse", "opposition",
            "Prime Minister Irakli Kobakhidze accused the opposition of attempting to \"overthrow the constitutional order\" with the backing of foreign intelligence services"),
           ("opposition parties", "accuse", "Government of Georgia",
            "accused the authorities of sending in provocateurs")])
# the publication day; the organisers are coded as protesters
ev(d, 2, "Arrests", day("2025-10-05"), pol("Georgia", "GEO", "police"),
   A("Protesters (Georgia)", "five organisers of the rally, among them the opera singer Paata Burchuladze", 6, "GEO"),
   P("Tbilisi", "GE"), arr=exact(5), attribution=[("interior ministry", "the interior ministry said")])
# "several thousand": 3,000
ev(d, 3, "Peaceful protest", day("2025-10-04"), A("Protesters (Georgia)", "several thousand people", 6, "GEO"), None,
   P("Batumi", "GE"), crowd=dict(low=3000, high=None))
# recalled with its own date: background; water cannon, tear gas and detentions: a protest with intervention;
# "thousands": 2,000
ev(d, 4, "Protest with intervention", day("2024-11-28"), A("Protesters (Georgia)", "thousands of protesters", 6, "GEO"),
   pol("Georgia", "GEO", "riot police"), P("Tbilisi", "GE"), background=True, arr=exact(43),
   crowd=dict(low=2000, high=None))
# not coded: the local elections and their results, the opposition's boycott, the evening rallies outside parliament
# since the EU bid was shelved (a summary), the government's decision to shelve it (a political act), the rally planned
# for next Saturday, the planned request to ban opposition parties (planned)

# --- 292-296: blind batch (session 15), written without running the extractor ---
d = "292_bahraich_procession_clash_lathi_charge_curfew"
# "on Sunday evening" before a Tuesday publication: 13 October; stone-throwing between two communal crowds with the
# shot fired from a rooftop in the middle of it is one happening: Mob violence with both sides Rioters (the convention
# of 140/191); "a village in the Mahsi area, about 40 km north of the district town of Bahraich": Bahraich (GeoNames
# "Bahraigh") at precision 2; "At least six" injured
ev(d, 1, "Mob violence", day("2024-10-13"),
   A("Rioters (India)", "members of the two communities", 5, "IND"),
   A("Rioters (India)", "a Hindu procession carrying a Durga idol for immersion", 5, "IND"),
   P("Bahraich", "IN", 2), fat=exact(1), inj=atleast(6),
   attribution=[("police", "Police said")])
# "On Monday": 14 October; a crowd that blocks the road, burns shops, a clinic and vehicles and stones police, then is
# lathi-charged and tear-gassed: a riot with the police as actor2 (the convention of 01); "several thousand": crowd
# 3,000; "Eight people were hurt": 8
ev(d, 2, "Violent demonstration", day("2024-10-14"),
   A("Rioters (India)", "a crowd of several thousand people carrying the man's body", 5, "IND"),
   pol("India", "IND", "Police"), P("Bahraich", "IN", 2), inj=exact(8), crowd=dict(low=3000, high=None),
   attribution=[("district magistrate", "district magistrate Monika Rani told reporters")])
# the publication day; the five named in the complaint are coded as civilians (the convention of 233); the house is in
# the same village
ev(d, 3, "Arrests", day("2024-10-15"), pol("India", "IND", "Police"),
   civ("India", "IND", "five men named in the family's complaint over the shooting"), P("Bahraich", "IN", 2),
   arr=exact(5), attribution=[("senior officer", "a senior officer said")])
# recalled with its own date: background; two communal crowds: Mob violence, both Rioters
ev(d, 4, "Mob violence", day("2023-07-31"), A("Rioters (India)", "Hindu and Muslim crowds", 5, "IND"),
   A("Rioters (India)", "Hindu and Muslim crowds", 5, "IND"), P("Nuh", "IN"), background=True, fat=exact(6))
# not coded: the curfew and the internet cut (states), the "more than 50" detained since Sunday (a total over days and
# places), the station officer's suspension, the police denial that officers abandoned their posts (negated), the
# deployments, the VHP's called shutdown on Thursday (planned), the opposition's accusations against the government

d = "293_ntoyo_funeral_adf_massacre_army_counteroffensive"
# "late on Monday" before a Wednesday publication: 8 September; ADF named by the territory's administrator and civil
# society (neutral sources), with Islamic State's own claim; the abductions and burnings are part of the one raid;
# Ntoyo is missing from cities500: Lubero at precision 2 (the convention of 130); "about 20" wounded: best only
ev(d, 1, "Attack", day("2025-09-08"),
   A("Allied Democratic Forces", "Rebels of the Allied Democratic Forces (ADF)", 2, "COD", ("Islamic State",)),
   civ("Democratic Republic of Congo", "COD", "mourners gathered in the village of Ntoyo"), P("Lubero", "CD", 2),
   fat=atleast(60), inj=N(None, 20, None),
   attribution=[("territory administrator", "the territory's administrator, Colonel Alain Kiwewa, told AFP"),
                ("civil society leader", "said Samuel Kakule, a civil society leader in the area")],
   claims=[("Islamic State", "claim responsibility", "\"Christians\"",
            "The Islamic State group ... claimed the massacre in a statement on its Amaq news agency on Tuesday")])
# "said on Tuesday that ... the same day": 9 September; the army's own statement; Ugandan troops are external forces
# (associate, 8); nine rebels plus one soldier: 10; "near Mangina": precision 2; the freed hostages are no event
ev(d, 2, "Armed clash", day("2025-09-09"), mil("Democratic Republic of Congo", "COD", "its troops"),
   A("Allied Democratic Forces", "an ADF position", 2, "COD", ("Islamic State",)), P("Mangina", "CD", 2),
   fat=exact(10), assoc1=[mil("Uganda", "UGA", "Ugandan soldiers", 8)],
   attribution=[("army spokesman", "army spokesman Lieutenant Marc Elongo said")])
# recalled with its own date: background; Komanda is missing from cities500: Bunia ("about 70 kilometres south of")
# at precision 2 (the convention of 130); "more than 40": at least 40
ev(d, 3, "Attack", day("2025-07-27"),
   A("Allied Democratic Forces", "ADF fighters", 2, "COD", ("Islamic State",)),
   civ("Democratic Republic of Congo", "COD", "more than 40 worshippers"), P("Bunia", "CD", 2), background=True,
   fat=atleast(40))
# not coded: the army's vow to track the rebels down (a threat), the national mourning, the army-denied attack on a
# second village (negated), the thousands killed over the decade and the joint operation since 2021 (summaries), M23's
# seizure of Goma and Bukavu "earlier this year" (no date) and the Qatar talks

d = "294_tuzantla_mayor_ambushed_bodyguards_killed"
# "on Saturday night" before a Monday publication: 14 June; only the governor (a party to the fight against the
# cartels) names La Familia Michoacana: actor1 unidentified with an `accuse` claim (the convention of 83); the mayor is
# a government actor (the convention of 109) and his bodyguards municipal police (associate); two bodyguards dead, the
# mayor and his driver wounded; "a few kilometres outside the town": precision 2; the prosecutor's denial that the
# mayor died is negation, not a claim about the perpetrator
ev(d, 1, "Attack", day("2025-06-14"), uag("Mexico", "MEX", "attackers in two pickup trucks"),
   A("Government of Mexico", "Mayor Ernesto Valdovinos Ruiz", 1, "MEX"), P("Tuzantla", "MX", 2),
   fat=exact(2), inj=exact(2),
   assoc2=[pol("Mexico", "MEX", "two of his bodyguards, both municipal police officers")],
   attribution=[("state prosecutor's office", "the Michoacan state prosecutor's office said in a statement on Sunday")],
   claims=[("Governor Alfredo Ramirez Bedolla", "accuse", "La Familia Michoacana",
            "Governor Alfredo Ramirez Bedolla said the attack bore the hallmarks of La Familia Michoacana")])
# "On Sunday afternoon": 15 June; the army first (the convention of 213) with the state police associate; three
# gunmen killed, two arrested, one soldier wounded; "in the hills near the town": precision 2
ev(d, 2, "Armed clash", day("2025-06-15"), mil("Mexico", "MEX", "soldiers"), uag("Mexico", "MEX", "Three gunmen"),
   P("Tuzantla", "MX", 2), fat=exact(3), inj=exact(1), arr=exact(2),
   assoc1=[pol("Mexico", "MEX", "state police")],
   attribution=[("defence ministry", "the defence ministry said")])
# recalled with its own date: background; "6 October last year": 2024; the killers are not named
ev(d, 3, "Attack", day("2024-10-06"), uag("Mexico", "MEX", ""),
   A("Government of Mexico", "Alejandro Arcos, the mayor of Chilpancingo", 1, "MEX"), P("Chilpancingo", "MX"),
   background=True, fat=exact(1))
# not coded: the banner threatening officials (a threat), the 300 troops to be sent (planned), the cartels' habit of
# targeting officials and the two dozen mayors killed since 2018 (summaries), the cartel rivalry (a state)

d = "295_beit_lid_settler_attack_qabatiya_raid_arrests"
# "on Tuesday" before a Wednesday publication: 11 November; arson with residents beaten: Attack (the convention of
# 250); the four Israelis detained by the army are its arrests; the stones thrown at soldiers are part of it; the
# foreign ministry's accusation and the army's denial are claims
ev(d, 1, "Attack", day("2025-11-11"), A("Settlers (Israel)", "Dozens of masked Israeli settlers", 4, "ISR"),
   civ("Palestine", "PSE", "four Palestinians from Beit Lid"), P("Beit Lid", "PS"), inj=exact(4), arr=exact(4),
   attribution=[("Palestinian Red Crescent", "The Palestinian Red Crescent said"),
                ("Israeli army", "The Israeli army said"), ("AFP", "Footage verified by AFP showed")],
   claims=[("Palestinian foreign ministry", "accuse", "Military Forces of Israel",
            "The Palestinian foreign ministry accused the army of giving the settlers cover."),
           ("Military Forces of Israel", "deny", None,
            "The army denied that its soldiers had stood by during the attack.")])
# a distinct village the same day: its own event; a car and a tractor burned, "No one was hurt there": property
# destruction with 0 killed and 0 injured (the convention of 29)
ev(d, 2, "Looting/property destruction", day("2025-11-11"), A("Settlers (Israel)", "The group", 4, "ISR"),
   civ("Palestine", "PSE", "a car and a tractor in an olive grove"), P("Deir Sharaf", "PS"),
   fat=exact(0), inj=exact(0),
   attribution=[("village council head", "the head of the village council, Khaled Daraghmeh, told AFP")])
# "overnight" before a Wednesday statement: a range; Israeli forces in the West Bank: 8 (the convention of 250);
# detainees are civilians (the convention of 233)
ev(d, 3, "Arrests", span("2025-11-11", "2025-11-12", "range"), mil("Israel", "ISR", "Israeli forces", 8),
   civ("Palestine", "PSE", "18 Palestinians, among them two former prisoners"), P("Qabatiya", "PS"), arr=exact(18),
   attribution=[("Palestinian Prisoners' Society", "the Palestinian Prisoners' Society said on Wednesday")])
# recalled with its own date: background; one killed and "about 100" injured: an attack on civilians
ev(d, 4, "Attack", day("2023-02-26"), A("Settlers (Israel)", "hundreds of settlers", 4, "ISR"),
   civ("Palestine", "PSE", "a Palestinian man"), P("Huwara", "PS"), background=True,
   fat=exact(1), inj=N(None, 100, None))
# not coded: the army chief's condemnation, the record number of settler attacks in October (a summary), the
# annexation bill due next week (planned), the ministers' calls for annexation

d = "296_ariege_farmers_cull_clash_a64_tractor_blockade"
# "on Thursday evening" before a Friday publication: 11 December; the day-long gathering and the evening stones, flares
# and burning barricades are one riot (the convention of 118/286), the police actor2 although it fired tear gas; the
# three officers injured and two farmers in custody are its counts; crowd 400 (prefecture) to 700 (union); the union's
# accusation of disproportionate force is a claim
ev(d, 1, "Violent demonstration", day("2025-12-11"),
   A("Rioters (France)", "hundreds of farmers", 5, "FRA"),
   pol("France", "FRA", "French riot police"), P("Les Bordes-sur-Arize", "FR"), inj=exact(3), arr=exact(2),
   crowd=dict(low=400, high=700),
   attribution=[("Ariege prefect", "the Ariege prefect said"), ("AFP photographer", "an AFP photographer saw")],
   claims=[("Coordination Rurale", "accuse", "Police Forces of France",
            "The Coordination Rurale accused the police of using \"disproportionate force\" against \"desperate breeders\"")])
# "Earlier on Thursday": 11 December; a tractor blockade that ends peacefully: Peaceful protest; "about 150 tractors"
# counts machines, not people: no crowd size; "near Carbonne": precision 2
ev(d, 2, "Peaceful protest", day("2025-12-11"), A("Protesters (France)", "The farmers", 6, "FRA"), None,
   P("Carbonne", "FR", 2), attribution=[("gendarmerie", "the local gendarmerie said")])
# "on Thursday afternoon"; dumping manure and tyres at the prefecture: Peaceful protest; "about 100": crowd 100
ev(d, 3, "Peaceful protest", day("2025-12-11"), A("Protesters (France)", "about 100 farmers", 6, "FRA"), None,
   P("Agen", "FR"), crowd=dict(low=100, high=None))
# not coded: the culls (a policy), the FNSEA's call to converge on Paris next Tuesday and the threatened blockade of
# fuel depots (planned, threatened), the minister's warning, the motorway blockades around Paris in January 2024
# (nearly two weeks across many places: a summary)


# --- 287-291: blind batch (session 15), written without running the extractor ---
d = "287_bukkuyum_villagers_abducted_tsafe_checkpoint_clash"
# the killings and the abductions of one raid are one event (the convention of 93), coded as an abduction (the
# convention of 10); "late on Sunday" before a Tuesday publication: 18 May; nobody named or claimed: unidentified;
# "Three" dead and "two others" wounded in words; Kairu is missing from cities500: "about 15 kilometres from the town
# of Bukkuyum" at precision 2
ev(d, 1, "Abduction/forced disappearance", day("2025-05-18"), uag("Nigeria", "NGA", "Armed bandits on motorcycles"),
   civ("Nigeria", "NGA", "more than 40 people, most of them women and children"), P("Bukkuyum", "NG", 2),
   fat=exact(3), inj=exact(2),
   attribution=[("police and residents", "police and residents said"),
                ("community leader Sani Abdullahi", "said a community leader, Sani Abdullahi, who told Reuters by telephone"),
                ("Zamfara police spokesman Yazid Abubakar", "Zamfara police spokesman Yazid Abubakar confirmed the raid")])
# bandits attacking a checkpoint who are fought off: an Armed clash with the attackers as actor1 (the convention of
# 277); the state's Community Protection Guards an associate of the army; eight bandits plus one guard: 9 (all sides
# summed); "On Monday": 19 May; "outside Tsafe": precision 2
ev(d, 2, "Armed clash", day("2025-05-19"), uag("Nigeria", "NGA", "bandits"),
   mil("Nigeria", "NGA", "soldiers"), P("Tsafe", "NG", 2), fat=exact(9),
   assoc2=[A("Community Protection Guards", "the state's Community Protection Guards", 3, "NGA")],
   attribution=[("army", "the army said"), ("army spokesman", "an army spokesman said in a statement")])
# recalled with its own date: background; Jangebe is missing from cities500: the reference town the article names,
# Talata Mafara, at precision 2; the denial concerns a ransom, not the abduction
ev(d, 3, "Abduction/forced disappearance", day("2021-02-26"), uag("Nigeria", "NGA", "gunmen"),
   civ("Nigeria", "NGA", "279 schoolgirls"), P("Talata Mafara", "NG", 2), background=True)
# not coded: the ransom (none demanded yet), the deployment of officers and soldiers, Bello Turji's threat, the 1,000
# guards to be recruited (planned), the gangs' raids and levies (a habit), the hundreds abducted since January (a
# summary), the girls' release

d = "288_tishreen_dam_drone_strike_sna_sdf_clash"
# the monitor (neutral) names "A Turkish drone": actor1 Turkey as External/Other (8); the SDF's charge an `accuse`
# claim, Turkey's statement a `deny`; "three or four" wounded: low = best 3, high 4; "about 25 kilometres south-east of
# Manbij": precision 2; "on Tuesday": the day before the Wednesday publication
ev(d, 1, "Air/drone strike", day("2025-01-07"), mil("Turkey", "TUR", "A Turkish drone", 8),
   civ("Syria", "SYR", "civilians"), P("Manbij", "SY", 2), fat=exact(4), inj=N(3, 3, 4),
   attribution=[("Syrian Observatory for Human Rights", "a war monitor said")],
   claims=[("Syrian Democratic Forces", "accuse", "Military Forces of Turkey",
            "accused Turkey of \"deliberately targeting civilians\""),
           ("Turkish defence ministry", "deny", None,
            "Turkey's defence ministry said its operations in Syria were aimed only at \"terrorists\"")])
# the attacking SNA factions are actor1; "Between 20 and 25" killed on both sides: low = best 20, high 25; the SNA's
# claim to two villages that the SDF denied is no territorial event, only claims on the clash (the convention of 03);
# "villages on the southern approaches to the dam": Manbij at precision 2, as for the strike
ev(d, 2, "Armed clash", day("2025-01-06"),
   A("Syrian National Army", "factions of the Turkish-backed Syrian National Army (SNA)", 2, "SYR"),
   A("Syrian Democratic Forces", "SDF positions", 2, "SYR"), P("Manbij", "SY", 2), fat=N(20, 20, 25),
   attribution=[("Syrian Observatory for Human Rights", "the Observatory said")],
   claims=[("Syrian National Army", "claim responsibility", "two villages", "The SNA said it had captured two villages"),
           ("Syrian Democratic Forces", "deny", None, "which the SDF denied, saying it had pushed the attackers back")])
# recalled with its own date (the 2019 event): background; a UN commission (neutral) names Ahrar al-Sharqiya: actor1,
# its denial a `deny`; Khalaf and her driver: 2; "on the M4 highway south of Tal Abyad": precision 2
ev(d, 3, "Attack", day("2019-10-12"),
   A("Ahrar al-Sharqiya", "fighters of Ahrar al-Sharqiya, an SNA faction", 2, "SYR", ("Syrian National Army",)),
   civ("Syria", "SYR", "the Kurdish politician Hevrin Khalaf and her driver"), P("Tall Abyad", "SY", 2),
   background=True, fat=exact(2),
   attribution=[("United Nations commission of inquiry", "A United Nations commission of inquiry later attributed the killing")],
   claims=[("Ahrar al-Sharqiya", "deny", None, "which has denied any role")])
# not coded: the fighting "for a fourth week" (a summary), Guler's threatened operation, the SDF's call for mediation
# and talks (planned), the capture of Manbij in December and Assad's fall (undated month, a political change), the
# 2019 Turkish offensive (the start of a campaign)

d = "289_chala_miners_blockade_cleared_lima_march_transport_strike_off"
# miners who hurl stones, burn tyres and wreck a toll booth while police clear the road: a riot (the convention of
# 236); "at least a dozen" hurt: at least 12; "No one was killed": 0; "between 15 and 20" detained: low = best 15, high
# 20; "Hundreds": crowd 200; "near the southern town of Chala": precision 2; the prime minister's blame of mining mafias
# an `accuse` claim, the federation's rejection a `deny`
ev(d, 1, "Violent demonstration", day("2025-07-09"), A("Rioters (Peru)", "Hundreds of miners", 5, "PER"),
   pol("Peru", "PER", "Peruvian police"), P("Chala", "PE", 2), fat=exact(0), inj=atleast(12), arr=N(15, 15, 20),
   crowd=dict(low=200, high=None),
   attribution=[("local television", "according to images broadcast by local television"),
                ("interior ministry", "The interior ministry said"),
                ("regional police chief Colonel Ruben Huaman", "said the regional police chief, Colonel Ruben Huaman")],
   claims=[("Prime Minister Eduardo Arana", "accuse", "illegal mining mafias",
            "Prime Minister Eduardo Arana accused \"illegal mining mafias\" of paying for the blockades."),
           ("miners' national federation", "deny", None, "The miners' national federation rejected that")])
# a march stopped with barriers and tear gas: a protest with intervention; "several thousand": 3,000; "On Tuesday": 8 July
ev(d, 2, "Protest with intervention", day("2025-07-08"), A("Protesters (Peru)", "several thousand miners", 6, "PER"),
   pol("Peru", "PER", "police"), P("Lima", "PE"), arr=exact(5), crowd=dict(low=3000, high=None),
   attribution=[("police", "police said")])
# "a peaceful rally": a peaceful protest with no actor2; "hundreds": 200
ev(d, 3, "Peaceful protest", day("2025-07-09"), A("Protesters (Peru)", "hundreds of miners", 6, "PER"), None,
   P("Nazca", "PE"), crowd=dict(low=200, high=None), attribution=[("local radio", "local radio reported")])
# not coded: the blockade since the weekend (a standing action summed up, the convention of 236), the threatened
# indefinite national strike (threatened), the transport strike called off for Thursday (called off), the promised
# police deployment, the drivers killed by gangs in the past year (a summary)

d = "290_mogadishu_damanyo_recruits_suicide_bombing_buulobarde_operation"
# al Shabaab's own claim makes it actor1; the government's figures ("at least 12" killed, "about two dozen" wounded:
# best 24) are the counts, al Shabaab's "more than 50" a claim and the government's dismissal a `deny`; recruits
# queuing to enlist are not yet soldiers: Civilians; "on Monday": 2 June
ev(d, 1, "Suicide bomb", day("2025-06-02"), A("Al Shabaab", "the Islamist group al Shabaab", 2, "SOM"),
   civ("Somalia", "SOM", "young men queuing to join the army"), P("Mogadishu", "SO"),
   fat=atleast(12), inj=N(None, 24, None),
   attribution=[("government", "the government said"),
                ("police officer", "a police officer at the scene told Reuters"),
                ("Information Minister Daud Aweys", "Information Minister Daud Aweys said")],
   claims=[("Al Shabaab", "claim responsibility", None,
            "said in a statement on its Andalus radio station that its fighters had carried out the attack and that \"more than 50 apostate soldiers\" had died"),
           ("Government of Somalia", "deny", None, "The government dismissed that figure as propaganda.")])
# the army's own statement of its operation (the convention of 282's Diema strike): actor1 the army with the macawisley
# clan militias an associate (Identity militia); "more than 40": at least 40; al Shabaab's denial of losses a `deny`;
# "near Buulobarde": precision 2; "on Sunday": 1 June
ev(d, 2, "Armed clash", day("2025-06-01"), mil("Somalia", "SOM", "its forces"),
   A("Al Shabaab", "al Shabaab fighters", 2, "SOM"), P("Buulobarde", "SO", 2), fat=atleast(40),
   assoc1=[A("Macawisley Militia", "local clan militias known as macawisley", 4, "SOM")],
   attribution=[("army", "The army said on Tuesday")],
   claims=[("Al Shabaab", "deny", None, "Al Shabaab said its fighters had repelled the attack and denied losing any men.")])
# recalled with its own date: background; two car bombs at one junction the same day: one event (Remote explosive);
# the group's own statement makes it actor1
ev(d, 3, "Remote explosive/landmine/IED", day("2022-10-29"), A("Al Shabaab", "Al Shabaab", 2, "SOM"),
   civ("Somalia", "SOM", "at least 121 people"), P("Mogadishu", "SO"), background=True, fat=atleast(121),
   claims=[("Al Shabaab", "claim responsibility", None, "Al Shabaab said it was behind that attack.")])
# not coded: al Shabaab's warnings and threat against recruitment centres, the continued recruitment, the towns retaken
# since February and the army's gains of 2022 and 2023 (summaries), the AU force's funding

d = "291_beoga_workers_killed_sugapa_firefight_ilaga_claim_denied"
# the rebels' own claim makes them actor1 (the convention of 94); the military's rejection of their "intelligence
# agents" charge a `deny`; "on Tuesday": 13 May; "on the edge of Beoga": precision 2
ev(d, 1, "Attack", day("2025-05-13"),
   A("West Papua National Liberation Army", "Separatist rebels", 2, "IDN", ("Free Papua Movement",)),
   civ("Indonesia", "IDN", "two construction workers"), P("Beoga", "ID", 2), fat=exact(2),
   attribution=[("police spokesman Ignatius Benny Adi Prabowo", "said police spokesman Ignatius Benny Adi Prabowo")],
   claims=[("West Papua National Liberation Army", "claim responsibility", None,
            "said it had killed the two men because they were \"intelligence agents of the Indonesian military disguised as labourers.\""),
           ("Military spokesman Col. Candra Kurniawan", "deny", None,
            "Military spokesman Col. Candra Kurniawan denied that, saying the men were civilians")])
# rebels who fire on a post and are fought off: an Armed clash with them as actor1, named by their own statement; one
# soldier plus "two or three" rebels: low = best 3, high 4; the group's denial of losses a `deny`; "On Thursday": 15 May
ev(d, 2, "Armed clash", day("2025-05-15"),
   A("West Papua National Liberation Army", "rebels", 2, "IDN", ("Free Papua Movement",)),
   mil("Indonesia", "IDN", "a military post"), P("Sugapa", "ID"), fat=N(3, 3, 4), inj=exact(1),
   attribution=[("military", "the military said")],
   claims=[("West Papua National Liberation Army", "claim responsibility", None, "said its fighters had attacked the post"),
           ("West Papua National Liberation Army", "deny", None, "said it had lost no one")])
# recalled with its own date: background; Paro is missing from cities500: the regency seat the article names, Kenyam,
# at precision 2 (the convention of 94)
ev(d, 3, "Abduction/forced disappearance", day("2023-02-07"),
   A("West Papua National Liberation Army", "The rebels", 2, "IDN", ("Free Papua Movement",)),
   civ("Indonesia", "IDN", "the New Zealand pilot Philip Mehrtens"), P("Kenyam", "ID", 2), background=True,
   assoc2=[civ("New Zealand", "NZL", "the New Zealand pilot Philip Mehrtens")])
# not coded: the rebels' claim to have killed two officers in Ilaga on Wednesday (denied by police: negated), the worker
# who escaped, the villagers' flight (displacement), the troops to be sent (planned), the 1969 vote (history), the
# insurgency since 2018 (a summary), Mehrtens's 19 months in captivity (a state)

# --- 302-306: blind batch (session 15), written without running the extractor ---
d = "302_ye_u_village_air_strike_kale_police_station_raid"
# "shortly after noon on Tuesday" before a Thursday publication: 19 August; the jet is named in the residents' and the
# reporter's voice, so the military is actor1, with its statement that it struck a PDF training camp a claim and its
# "no civilians had been targeted" a `deny` (the conventions of 02 and 285); Hnaw Kone is missing from cities500: "about
# 12 kilometres west of the town of Ye-u" at precision 2; "at least 18": at least 18; "Between 20 and 30" wounded: low =
# best 20, high 30
ev(d, 1, "Air/drone strike", day("2025-08-19"), mil("Myanmar", "MMR", "A jet"),
   civ("Myanmar", "MMR", "at least 18 people, six of them children"), P("Ye-u", "MM", 2),
   fat=atleast(18), inj=N(20, 20, 30),
   attribution=[("residents", "two residents told The Associated Press by telephone")],
   claims=[("Military Forces of Myanmar", "claim responsibility", "a training camp of the \"terrorist\" People's Defence Force",
            "The military's information team said ... its aircraft had struck a training camp of the \"terrorist\" People's Defence Force in the area"),
           ("Military Forces of Myanmar", "deny", None, "no civilians had been targeted")])
# "Late on Sunday": 17 August; an attack on a defended police station with a two-hour gunfight is an Armed clash with the
# attackers as actor1, named by their own statement (the convention of 291); the state newspaper's "driven off" confirms
# the attack without a toll, so the group's "three police officers" is the count; Kale is GeoNames' Kalemyo
ev(d, 2, "Armed clash", day("2025-08-17"),
   A("People's Defence Force", "fighters of the Kale People's Defence Force", 2, "MMR", ("National Unity Government",)),
   pol("Myanmar", "MMR", "the police station in Kale"), P("Kale", "MM"), fat=exact(3),
   attribution=[("Kale People's Defence Force", "the group said in a statement posted on social media"),
                ("Global New Light of Myanmar", "The state-run Global New Light of Myanmar said")],
   claims=[("People's Defence Force", "claim responsibility", "the police station in Kale",
            "It said three police officers had been killed and that its fighters had carried away a cache of weapons")])
# recalled with its own date: background; soldiers firing on protesters behind a barricade: Excessive force (the
# convention of 70); "at least 11"
ev(d, 3, "Excessive force against protesters", day("2021-04-07"), mil("Myanmar", "MMR", "soldiers"),
   A("Protesters (Myanmar)", "anti-coup protesters who had barricaded a street in the town", 6, "MMR"),
   P("Kale", "MM"), background=True, fat=atleast(11),
   attribution=[("residents", "according to residents at the time")])
# not coded: the coup "in February 2021" (a political change recalled in passing), the vow to retake lost areas and the
# December election with the opponents' promise to disrupt it (threats, plans), the AAPP's 7,000 civilians killed since
# the coup (a summary), the residents' denial that there was a camp (no event)

d = "303_tame_eln_drone_attack_argelia_abduction_ceasefire_talks"
# "on Wednesday night" before a Friday publication: 12 November; explosives dropped from drones: Air/drone strike; the
# ELN's Eastern War Front's own message makes it actor1; "on the outskirts of the town of Tame": precision 2
ev(d, 1, "Air/drone strike", day("2025-11-12"), A("National Liberation Army", "ELN rebels", 2, "COL"),
   mil("Colombia", "COL", "the base of an army battalion"), P("Tame", "CO", 2), fat=exact(2), inj=exact(5),
   attribution=[("army", "the army said in a statement")],
   claims=[("National Liberation Army", "claim responsibility", None,
            "The National Liberation Army's Eastern War Front said in a message posted on its channels that its \"special units\" had carried out the operation")])
# "arrested a man on Thursday": 13 November; a rebel arrested is coded with his group as actor2 (the convention of 213)
ev(d, 2, "Arrests", day("2025-11-13"), pol("Colombia", "COL", "Police"),
   A("National Liberation Army", "a man ... whom they described as a member of the ELN", 2, "COL"), P("Saravena", "CO"),
   arr=exact(1), attribution=[("police", "Police said they had arrested a man on Thursday")])
# "on Tuesday": 11 November; witnesses (neutral, through community leaders) name the Carlos Patino front, so the Central
# General Staff faction is actor1 (the convention of 19), FARC dissidents its parent; the driver's release is part of the
# abduction; "a rural road outside the town of Argelia": precision 2
ev(d, 3, "Abduction/forced disappearance", day("2025-11-11"),
   A("Central General Staff", "armed men ... of the Carlos Patino front, a group of dissidents of the former FARC rebels",
     2, "COL", ("FARC dissidents",)),
   civ("Colombia", "COL", "an Indigenous community leader and his driver"), P("Argelia", "CO", 2),
   attribution=[("local officials", "local officials said"),
                ("witnesses", "Witnesses told community leaders that the men wore armbands of the Carlos Patino front")])
# not coded: the minister's vow and the 600 troops to be sent (threat, deployment), the Caracas ceasefire talks (a
# draft, no agreement, another round planned), the suspension of the ELN talks and the Catatumbo offensive in January
# (a political act and an undated campaign), the 120 members of the security forces killed this year (a summary), the
# "string of attacks" (a summary)

d = "304_khulna_student_march_clash_police_fire_hartal_called"
# "on Monday": 15 September; a march that turns to hurled bricks and a burned police pickup and police box is a riot
# although police then fired on it (the convention of 01/149), with the student shot dead, the 40 treated (14 of them
# officers, "More than 40": at least 40) and the 23 detained overnight its counts (the convention of 183); "Several
# thousand": 3,000; the police denial of live fire and the committee's accusation are claims
ev(d, 1, "Violent demonstration", day("2025-09-15"), A("Rioters (Bangladesh)", "Several thousand students", 5, "BGD"),
   pol("Bangladesh", "BGD", "police"), P("Khulna", "BD"), fat=exact(1), inj=atleast(40), arr=exact(23),
   crowd=dict(low=3000, high=None),
   attribution=[("witnesses", "Witnesses said"),
                ("hospital deputy director", "its deputy director told AFP"),
                ("police", "Police said 23 people had been detained overnight")],
   claims=[("Police Forces of Bangladesh", "deny", None,
            "A police spokesman denied that officers had fired live rounds and said the student may have been hit by \"miscreants\" in the crowd."),
           ("students' coordinating committee", "accuse", "Police Forces of Bangladesh",
            "The students' coordinating committee accused police of \"shooting to kill\".")])
# recalled with its own date as the cause of the protests: background (the convention of 48); "a group of men" named by
# no one: unidentified; a student leader is a civilian
ev(d, 2, "Attack", day("2025-08-12"), uag("Bangladesh", "BGD", "a group of men"),
   civ("Bangladesh", "BGD", "a student leader"), P("Khulna", "BD"), background=True, fat=exact(1))
# "On Sunday": 14 September; a human chain and sit-in "without incident": Peaceful protest; "thousands": 2,000
ev(d, 3, "Peaceful protest", day("2025-09-14"), A("Protesters (Bangladesh)", "thousands of students", 6, "BGD"), None,
   P("Dhaka", "BD"), crowd=dict(low=2000, high=None))
# the publication day; a highway blockade dispersed peacefully: Peaceful protest; "hundreds": 200
ev(d, 4, "Peaceful protest", day("2025-09-16"), A("Protesters (Bangladesh)", "hundreds of students", 6, "BGD"), None,
   P("Jessore", "BD"), crowd=dict(low=200, high=None),
   attribution=[("local journalists", "local journalists said")])
# not coded: the nationwide general strike called for Thursday (planned), the ban on rallies in Khulna (a state), the
# judicial inquiry (planned), the 2024 uprising that toppled Sheikh Hasina (a summary, no date)

d = "305_kremenchuk_missile_strike_volgograd_refinery_drones"
# "on Friday evening" before a Saturday publication: 10 October; Russia's own statement that it struck the city makes it
# actor1 (the convention of 86), with its denial that homes were hit and that the figures are real a `deny`; "more than
# 30" wounded: at least 30
ev(d, 1, "Shelling/artillery/missile attack", day("2025-10-10"), mil("Russia", "RUS", "A Russian ballistic missile", 8),
   civ("Ukraine", "UKR", "seven people, including a 12-year-old girl"), P("Kremenchuk", "UA"),
   fat=exact(7), inj=atleast(30),
   attribution=[("regional officials", "regional officials said on Saturday"),
                ("Poltava governor Volodymyr Kohut", "said Volodymyr Kohut, the governor of the Poltava region"),
                ("Reuters reporters", "Reuters reporters at the scene saw")],
   claims=[("Military Forces of Russia", "claim responsibility", "a military-industrial enterprise",
            "Russia's defence ministry said its forces had struck \"a military-industrial enterprise\" in Kremenchuk"),
           ("Military Forces of Russia", "deny", None,
            "It said no residential buildings had been hit and called the casualty figures given by Ukrainian officials \"staged\".")])
# recalled with its own date: background
ev(d, 2, "Shelling/artillery/missile attack", day("2022-06-27"), mil("Russia", "RUS", "a Russian missile strike", 8),
   civ("Ukraine", "UKR", "a crowded shopping centre"), P("Kremenchuk", "UA"), background=True, fat=atleast(20))
# "Overnight into Saturday" before a Saturday publication: a range (the convention of 104); Kyiv's General Staff claim
# makes Ukraine actor1 (External/Other, 8) with no actor2; "no one had been hurt": 0 and 0; the governor's denial that
# output was affected a `deny`
ev(d, 3, "Air/drone strike", span("2025-10-10", "2025-10-11", "range"), mil("Ukraine", "UKR", "long-range drones", 8),
   None, P("Volgograd", "RU"), fat=exact(0), inj=exact(0),
   attribution=[("Ukrainian General Staff", "Ukraine's General Staff said"),
                ("Volgograd governor Andrei Bocharov", "The governor of the Volgograd region, Andrei Bocharov, said")],
   claims=[("Military Forces of Ukraine", "claim responsibility", "Volgograd oil refinery",
            "Ukraine hit the Volgograd oil refinery in southern Russia with long-range drones, Ukraine's General Staff said"),
           ("Volgograd governor Andrei Bocharov", "deny", None, "denied that the refinery's output had been affected")])
# not coded: Russia's 62 drones destroyed over six regions (a total across places), the repeated strikes since the start
# of the war (a summary), Zelenskiy's appeal for air defence, the prisoner-exchange talks later this month (planned)

d = "306_bali_convoy_ied_ambazonia_arrests_kumba_school"
# "on Saturday" before a Monday publication: 27 September; the ADF commander's video claim makes it actor1 with the army's
# blame of "terrorists" an `accuse` claim (the convention of 49); "about five kilometres from Bali": precision 2
ev(d, 1, "Remote explosive/landmine/IED", day("2025-09-27"),
   A("Ambazonia Defence Forces", "A commander of the Ambazonia Defence Forces, one of the main separatist militias", 2,
     "CMR", ("Ambazonian Separatists",)),
   mil("Cameroon", "CMR", "a convoy of four army vehicles"), P("Bali", "CM", 2), fat=exact(3), inj=exact(2),
   attribution=[("military source", "a military source said")],
   claims=[("Ambazonia Defence Forces", "claim responsibility", None,
            "A commander of the Ambazonia Defence Forces ... claimed the attack in a video posted on social media on Sunday"),
           ("Military Forces of Cameroon", "accuse", "Ambazonian Separatists", "The army blamed \"terrorists\"")])
# "On Sunday": 28 September; men arrested in a search are Civilians (the convention of 233); the gendarmes are part of
# the military forces; the beatings the residents allege are claims on the arrests, with the army's `deny`
ev(d, 2, "Arrests", day("2025-09-28"), mil("Cameroon", "CMR", "soldiers and gendarmes"),
   civ("Cameroon", "CMR", "27 people suspected of links to the separatists"), P("Bali", "CM"), arr=exact(27),
   attribution=[("local official", "a local official said")],
   claims=[("residents", "accuse", "Military Forces of Cameroon",
            "Residents told AFP that some of the men had been beaten in front of their families."),
           ("army spokesman", "deny", None, "An army spokesman denied any mistreatment")])
# recalled with its own date: background; only the government (a party) blames the separatists, who deny it: actor1
# unidentified with `accuse` and `deny` claims
ev(d, 3, "Attack", day("2020-10-24"), uag("Cameroon", "CMR", "gunmen"), civ("Cameroon", "CMR", "seven children"),
   P("Kumba", "CM"), background=True, fat=exact(7),
   claims=[("Government of Cameroon", "accuse", "Ambazonian Separatists", "The government blamed separatist fighters"),
           ("separatist leaders", "deny", None, "separatist leaders denied involvement")])
# not coded: the announced "lockdown" from Wednesday to Saturday (planned), the 2017 symbolic declaration of
# independence (a political act), the 2016 crackdown on lawyers and teachers and the 6,000 killed since (summaries)


# --- 297-301: blind batch (session 15), written without running the extractor ---
d = "297_diapaga_army_post_attack_drone_strike"
# an assault on an army post: an Armed clash (the convention of 11); JNIM's own claim makes it actor1; the auxiliaries
# an associate of the army; at least 23 defenders plus "About fifteen" attackers: low 23, best 38 (all sides summed);
# "on Saturday" before a Monday publication: 16 August; the attackers withdrew, so no territorial event
ev(d, 1, "Armed clash", day("2025-08-16"),
   A("JNIM", "The al Qaeda-linked Group for the Support of Islam and Muslims (JNIM)", 2, "BFA", ("Al Qaeda",)),
   mil("Burkina Faso", "BFA", "an army post"), P("Diapaga", "BF"), fat=N(23, 38, None),
   assoc2=[A("Volunteers for the Defence of the Homeland", "members of the civilian auxiliaries who fight alongside them", 3, "BFA")],
   attribution=[("security sources", "security sources told AFP on Monday"),
                ("security source", "one security source said")],
   claims=[("JNIM", "claim responsibility", None,
            "claimed the attack in a message on its propaganda channels, saying its fighters had killed \"dozens of soldiers and militiamen\"")])
# the army's own statement: actor1 the army; "a column of the assailants": JNIM by its claim to the attack; "on Saturday
# evening": 16 August; "dozens": 24; "about 30 kilometres north of Diapaga": precision 2
ev(d, 2, "Air/drone strike", day("2025-08-16"), mil("Burkina Faso", "BFA", "a drone strike"),
   A("JNIM", "a column of the assailants", 2, "BFA", ("Al Qaeda",)), P("Diapaga", "BF", 2), fat=atleast(24),
   attribution=[("army", "The army said in a statement read on state television on Sunday")],
   claims=[("Military Forces of Burkina Faso", "claim responsibility", "JNIM",
            "a drone strike on Saturday evening had killed dozens of \"terrorists\" in a column of the assailants")])
# recalled with its own date: background; an ambush on an army-escorted convoy is an Armed clash (the convention of
# 126); JNIM's later claim makes it actor1; Gaskinde is missing from cities500: Djibo, the town the article names, at
# precision 2
ev(d, 3, "Armed clash", day("2022-09-26"), A("JNIM", "JNIM", 2, "BFA", ("Al Qaeda",)),
   mil("Burkina Faso", "BFA", "an army-escorted supply convoy"), P("Djibo", "BF", 2), background=True,
   fat=atleast(37),
   claims=[("JNIM", "claim responsibility", None, "was later claimed by JNIM")])
# not coded: JNIM's claim to have overrun a post at Kompienga (denied by security sources: negated), the soldiers
# unaccounted for, the junta's vow, the 2022 coup (no date given), the deaths since 2015 and the territory outside state
# control (summaries)

d = "298_kalat_highway_passengers_killed_quetta_missing_sit_in"
# the BLA's own statement makes it actor1; the provincial spokesman's blame of "Indian-sponsored terrorists" an
# `accuse` claim; the roadblock, the killing of nine men and the shots at a car are one happening; "late on Wednesday"
# before a Thursday publication: 22 October; "near Kalat": precision 2
ev(d, 1, "Attack", day("2025-10-22"),
   A("Balochistan Liberation Army", "Separatist gunmen", 2, "PAK"),
   civ("Pakistan", "PAK", "nine men ... from Punjab province"), P("Kalat", "PK", 2), fat=exact(9), inj=exact(2),
   attribution=[("officials", "officials said on Thursday"), ("district official", "a district official said")],
   claims=[("Balochistan Liberation Army", "claim responsibility", None,
            "said in a statement that its fighters had carried out the attack"),
           ("Provincial government spokesman Shahid Rind", "accuse", "Indian-sponsored terrorists",
            "Provincial government spokesman Shahid Rind blamed \"Indian-sponsored terrorists\"")])
# a distinct place and day: its own event; the military's own statement; the militants are tied to the attack the BLA
# claimed; "On Thursday": the publication day, 23 October; "in the mountains near Surab": precision 2
ev(d, 2, "Armed clash", day("2025-10-23"), mil("Pakistan", "PAK", "security forces"),
   A("Balochistan Liberation Army", "five militants involved in the attack", 2, "PAK"), P("Surab", "PK", 2),
   fat=exact(5), inj=exact(1),
   attribution=[("Inter-Services Public Relations", "the military's media wing said")])
# a sit-in that "ended peacefully": Peaceful protest; crowd from the police's 250 to the organisers' 400 (the convention
# of 23); "on Tuesday": 21 October
ev(d, 3, "Peaceful protest", day("2025-10-21"), A("Protesters (Pakistan)", "relatives of missing people", 6, "PAK"), None,
   P("Quetta", "PK"), crowd=dict(low=250, high=400),
   attribution=[("police", "Police put the crowd at about 250"),
                ("Voice for Baloch Missing Persons", "the organisers, Voice for Baloch Missing Persons, said")])
# recalled with its own date: background; "12 April last year": 2024; never claimed: unidentified; "near Nushki":
# precision 2
ev(d, 4, "Attack", day("2024-04-12"), uag("Pakistan", "PAK", "gunmen"), civ("Pakistan", "PAK", "11 people"),
   P("Nushki", "PK", 2), background=True, fat=exact(11))
# not coded: the march to Islamabad next month and Saturday's shutter-down strike (planned), New Delhi's past
# rejections, the insurgency of two decades and the disappearances in recent years (summaries)

d = "299_gressier_gang_attack_carrefour_police_raid"
# residents and police name the Gran Ravine gang: actor1, with Viv Ansanm as its coalition; the shootings and the burning
# of homes are one Attack (the convention of 93); "Between 11 and 15": low = best 11, high 15; "at least 20" treated for
# gunshot wounds; "on Sunday" before a Tuesday publication: 13 July
ev(d, 1, "Attack", day("2025-07-13"), A("Gran Ravine", "Gang members", 3, "HTI", ("Viv Ansanm",)),
   civ("Haiti", "HTI", "residents"), P("Gressier", "HT"), fat=N(11, 11, 15), inj=atleast(20),
   attribution=[("local officials", "local officials said Monday"),
                ("deputy mayor", "Gressier's deputy mayor told reporters"),
                ("civil protection agency", "The civil protection agency said"),
                ("residents and police", "Residents and police said")])
# a police raid on a gang stronghold with gang members killed: Armed clash; the Kenyan MSS officers External/Other (8)
# associates (the convention of 4121); "at least six" killed; "On Monday": 14 July
ev(d, 2, "Armed clash", day("2025-07-14"), pol("Haiti", "HTI", "police officers"),
   A("Gran Ravine", "a Gran Ravine stronghold", 3, "HTI", ("Viv Ansanm",)), P("Carrefour", "HT"),
   fat=atleast(6), inj=exact(1),
   assoc1=[A("Police Forces of Kenya", "Kenyan members of the U.N.-backed Multinational Security Support mission", 8, "KEN")],
   attribution=[("police spokesman", "a police spokesman said")])
# not coded: Cherizier's threat to "burn" Petion-Ville (a threat), the police reinforcements, the flight towards Leogane
# (displacement), the gang's months-long push along National Road 2 and the 3,000 killed this year (summaries), the
# Security Council's discussion next month (planned)

d = "300_el_fasher_market_shelling_eastern_assault_repelled"
# the medics name the RSF: actor1 (the convention of 103), its denial a `deny` claim; "dozens" wounded: at least 24;
# "on Thursday" before a Saturday publication: 21 August; the Naivasha market "in the city centre": precision 1
ev(d, 1, "Shelling/artillery/missile attack", day("2025-08-21"),
   A("Rapid Support Forces", "Sudan's paramilitary Rapid Support Forces (RSF)", 2, "SDN"),
   civ("Sudan", "SDN", "at least 17 people at a crowded market"), P("El Fasher", "SD"),
   fat=atleast(17), inj=atleast(24),
   attribution=[("medics", "medics said"), ("Sudan Doctors Network", "the Sudan Doctors Network said"),
                ("local volunteer", "A local volunteer said")],
   claims=[("Rapid Support Forces", "deny", None,
            "The RSF denied targeting civilians, saying in a statement that it had struck \"military positions\"")])
# the attacker first: the RSF assault is actor1 (the convention of 3415); the Joint Forces an associate of the army;
# "between 40 and 50": low = best 40, high 50; "On Friday": 22 August; "the city's eastern districts": precision 1
ev(d, 2, "Armed clash", day("2025-08-22"), A("Rapid Support Forces", "a large RSF assault", 2, "SDN"),
   mil("Sudan", "SDN", "the army"), P("El Fasher", "SD"), fat=N(40, 40, 50),
   assoc2=[A("Joint Forces", "allied fighters of the Joint Forces, a coalition of former Darfur rebel groups", 2, "SDN")],
   attribution=[("army's Sixth Infantry Division", "the army's Sixth Infantry Division said in a statement")])
# not coded: the RSF's claim to have seized the division's headquarters (denied by the army: negated), the siege and
# famine warnings (a state), the aid convoy held up in Tawila (no violent happening), the start of the war in April 2023
# and its toll (summaries)

d = "301_kampala_nup_march_tear_gas_mukono_highway_blocked"
# a march stopped with tear gas and water cannon: Protest with intervention with its 37 arrests in it (the convention
# of 209); "hundreds": 200; "at least eight" treated; the police denial of rubber bullets a `deny` claim; "on Tuesday"
# before a Wednesday publication: 23 September
ev(d, 1, "Protest with intervention", day("2025-09-23"),
   A("Protesters (Uganda)", "hundreds of opposition supporters", 6, "UGA"), pol("Uganda", "UGA", "Ugandan police"),
   P("Kampala", "UG"), inj=atleast(8), arr=exact(37), crowd=dict(low=200, high=None),
   attribution=[("police spokesman Rogers Nsereko", "police spokesman Rogers Nsereko said"),
                ("hospital official", "A hospital official said")],
   claims=[("Police Forces of Uganda", "deny", None, "Police denied firing rubber bullets.")])
# burning tyres, blocking the highway and stoning police: a riot (Violent demonstration) with police actor2 and its five
# detentions in it; "dozens": crowd 24; "on Tuesday afternoon": 23 September; "In Mukono": precision 1
ev(d, 2, "Violent demonstration", day("2025-09-23"), A("Rioters (Uganda)", "dozens of party supporters", 5, "UGA"),
   pol("Uganda", "UGA", "police"), P("Mukono", "UG"), arr=exact(5), crowd=dict(low=24, high=None),
   attribution=[("Reuters witness", "a Reuters witness said"), ("police", "police said")])
# the raid a day before, the cause of the march: background (the convention of 48); the detained officials coded with
# their party (the conventions of 161 and 215); "late on Monday": 22 September
ev(d, 3, "Arrests", day("2025-09-22"), pol("Uganda", "UGA", "police"),
   A("National Unity Platform", "12 party officials, including its deputy secretary general", 3, "UGA"),
   P("Kampala", "UG"), background=True, arr=exact(12),
   attribution=[("National Unity Platform", "the party said")])
# not coded: the bigger march on parliament next Tuesday (planned) and the police vow to stop it (a threat), the
# charges, the January election, the 2021 election and the more than 50 killed in November 2020 (a summary of two days
# of unrest)


# --- 307-311: blind batch (session 15, end), written without running the extractor ---
d = "307_debre_markos_fano_clash_bichena_drone_strike"
# "on Sunday" before a Wednesday publication: 5 October; Fano attacking army positions: an Armed clash with Fano actor1
# (the convention of 156, an identity militia, 4); "at least 11 soldiers and an unknown number of militiamen": at least
# 11; "on the outskirts of Debre Markos": precision 2
ev(d, 1, "Armed clash", day("2025-10-05"), A("Fano", "Fighters of the Fano militia", 4, "ETH"),
   mil("Ethiopia", "ETH", "army positions"), P("Debre Mark'os", "ET", 2), fat=atleast(11),
   attribution=[("residents and a health worker", "two residents and a health worker at the town's referral hospital said")])
# "On Monday": 6 October; witnesses name the military's drone: the army is actor1 although it did not comment (the
# convention of 156); "between 12 and 15": low = best 12, high 15; "several others": 3; "on the road outside Bichena":
# precision 2
ev(d, 2, "Air/drone strike", day("2025-10-06"), mil("Ethiopia", "ETH", "a drone"),
   civ("Ethiopia", "ETH", "a minibus carrying market traders"), P("Bichena", "ET", 2), fat=N(12, 12, 15),
   inj=N(3, 3, None),
   attribution=[("residents and a local administrator", "residents and a local administrator said"),
                ("witnesses", "Witnesses said the drone belonged to the military")])
# "on Tuesday": 7 October; suspects detained are Civilians (the convention of 233)
ev(d, 3, "Arrests", day("2025-10-07"), pol("Ethiopia", "ETH", "Police in Bahir Dar"),
   civ("Ethiopia", "ETH", "38 people ... on suspicion of recruiting and supplying the militia"), P("Bahir Dar", "ET"),
   arr=exact(38), attribution=[("police", "Police in Bahir Dar said on Tuesday")])
# recalled with its own date: background; "Tigrayan fighters" named by residents and a rights group: the TPLF (the
# convention of 73); "dozens": 24
ev(d, 4, "Attack", day("2021-09-09"), A("Tigray People's Liberation Front", "Tigrayan fighters", 3, "ETH"),
   civ("Ethiopia", "ETH", "dozens of civilians"), P("Kobo", "ET"), background=True, fat=atleast(24),
   attribution=[("residents and a rights group", "according to residents and a rights group")])
# not coded: Fano's claim to have taken the prison and freed inmates (denied by the regional official: negated), the
# commanders' vow to march on Bahir Dar (a threat), the 2023 turn against the government and the state of emergency
# (undated / a state), the civilians killed in drone strikes since August 2023 (a summary), the telephone and internet cut

d = "308_hermel_border_clash_syrian_shelling_bint_jbeil_drone"
# "on Sunday" before a Tuesday publication: 16 March; Syrian troops fighting inside Lebanon are External/Other (8); the
# neutral security source names clan gunmen, so actor2 is a clan militia and Syria's blame of "Hezbollah militias" is
# an `accuse` claim with Hezbollah's `deny`; three soldiers plus "at least four" gunmen: at least 7; "near ... Hermel":
# precision 2 (GeoNames: El Hermel)
ev(d, 1, "Armed clash", day("2025-03-16"), mil("Syria", "SYR", "Syrian government forces", 8),
   A("Clan Militia (Lebanon)", "armed members of Lebanese clans", 4, "LBN"), P("Hermel", "LB", 2), fat=atleast(7),
   attribution=[("Syrian defence ministry", "Syria's defence ministry said"),
                ("Lebanese security source", "A Lebanese security source said")],
   claims=[("Military Forces of Syria", "accuse", "Hezbollah",
            "Syria's defence ministry said its troops had been attacked by \"Hezbollah militias\""),
           ("Hezbollah", "deny", None, "Hezbollah said in a statement that it had \"no connection\" to the events on the border.")])
# "On Monday": 17 March; "Syrian shells" reported as fact: Syria actor1 (8); the Lebanese army's return fire is part of
# the same exchange, not a separate event; Qasr is missing from cities500: Hermel, "about eight kilometres" away, at
# precision 2
ev(d, 2, "Shelling/artillery/missile attack", day("2025-03-17"), mil("Syria", "SYR", "shells fired from the Syrian side", 8),
   civ("Lebanon", "LBN", "a woman and her teenage son"), P("Hermel", "LB", 2), fat=exact(2), inj=exact(5),
   attribution=[("Lebanese health ministry", "Lebanon's health ministry said")])
# "on Monday afternoon": 17 March; Hezbollah mourning the man makes it actor2 (the convention of the Bint Jbeil strike in
# an earlier batch); Israel's own statement: actor1 (8)
ev(d, 3, "Air/drone strike", day("2025-03-17"), mil("Israel", "ISR", "an Israeli drone strike", 8),
   A("Hezbollah", "a Hezbollah fighter", 3, "LBN"), P("Bint Jbeil", "LB"), fat=exact(1),
   attribution=[("health ministry", "the health ministry said")],
   claims=[("Military Forces of Israel", "claim responsibility", "a Hezbollah fighter",
            "The Israeli army said it had targeted a Hezbollah fighter")])
# not coded: Syria's claim to have taken Hawsh al-Sayyed Ali (denied by the Lebanese army: an unverified territorial
# claim), the presidents' call and the defence ministers' planned meeting, the November ceasefire and the near-daily
# strikes (undated / a summary), the troops on five hilltops (a standing deployment), the Israeli minister's warning

d = "309_machala_prison_riot_duran_shooting_state_of_emergency"
# "on Sunday" before a Tuesday publication: 9 November; gangs fighting each other inside a prison: an Armed clash with
# the attacking Los Lobos actor1 (political militias, 3); "at least 17 inmates and a guard", the toll "rose to 18": at
# least 18; "At least 30" taken to hospital
ev(d, 1, "Armed clash", day("2025-11-09"), A("Los Lobos", "inmates belonging to Los Lobos", 3, "ECU"),
   A("Los Choneros", "members of Los Choneros", 3, "ECU"), P("Machala", "EC"), fat=atleast(18), inj=atleast(30),
   attribution=[("SNAI", "the national prison agency SNAI said"),
                ("police commander", "according to a police commander in El Oro province")])
# "late on Saturday": 8 November; the police's suspected link to the rivalry names no group: unidentified;
# "no one has been arrested": 0; GeoNames writes Duran as Eloy Alfaro
ev(d, 2, "Attack", day("2025-11-08"), uag("Ecuador", "ECU", "gunmen on motorcycles"),
   civ("Ecuador", "ECU", "five men"), P("Duran", "EC"), fat=exact(5), inj=exact(2), arr=exact(0),
   attribution=[("police", "police said")])
# "On Monday": 10 November; the soldiers an associate; the suspects coded with their gang (the convention of 303)
ev(d, 3, "Arrests", day("2025-11-10"), pol("Ecuador", "ECU", "police"),
   A("Los Lobos", "26 suspected members of Los Lobos", 3, "ECU"), P("Guayaquil", "EC"), arr=exact(26),
   assoc1=[mil("Ecuador", "ECU", "soldiers")],
   attribution=[("interior ministry", "the interior ministry said")])
# recalled with its own date: background
ev(d, 4, "Armed clash", day("2021-09-28"), A("Los Choneros", "Los Choneros", 3, "ECU"),
   A("Los Lobos", "Los Lobos", 3, "ECU"), P("Guayaquil", "EC"), background=True, fat=exact(119))
# not coded: the 60-day state of emergency and the suspended right of assembly (a state), the relatives waiting for news
# (no protest), the transport unions' threatened national strike from Thursday (a threat), the "repeated massacres"
# (a summary)

d = "310_lakki_marwat_police_bomb_chaman_bannu_traders_protest"
# "on Monday" before a Wednesday publication: 24 November; only the police chief (an interested party) blames the TTP,
# which denies it: actor1 unidentified with empty text, `accuse` and `deny` claims (the convention of 147); "near the
# town of Lakki Marwat": precision 2 (GeoNames: Lakki)
ev(d, 1, "Remote explosive/landmine/IED", day("2025-11-24"), uag("Pakistan", "PAK", ""),
   pol("Pakistan", "PAK", "a police van"), P("Lakki Marwat", "PK", 2), fat=exact(3), inj=exact(4),
   attribution=[("police", "police said"), ("district police chief Nazir Khan", "district police chief Nazir Khan told AFP")],
   claims=[("district police chief Nazir Khan", "accuse", "Tehreek-e-Taliban Pakistan",
            "He blamed \"Fitna al-Khawarij\", the term the government uses for the Pakistani Taliban (TTP)."),
           ("Tehreek-e-Taliban Pakistan", "deny", None,
            "The TTP said in a message to journalists that it had not carried out the attack.")])
# "On Tuesday": 25 November; shop closure and road blockade broken up with tear gas: Protest with intervention with its
# 14 detentions in it (the convention of 209); "at least six" hurt (the traders' figure, the only one)
ev(d, 2, "Protest with intervention", day("2025-11-25"), A("Protesters (Pakistan)", "shopkeepers in Bannu", 6, "PAK"),
   pol("Pakistan", "PAK", "Police"), P("Bannu", "PK"), inj=atleast(6), arr=exact(14),
   attribution=[("police official", "a police official said"), ("traders' leaders", "Traders' leaders said")])
# "on Tuesday": 25 November; a sit-in that "ended peacefully": Peaceful protest; crowd from the police's 3,000 to the
# organisers' 10,000 (the convention of 23); "near the Friendship Gate crossing": Chaman at precision 1
ev(d, 3, "Peaceful protest", day("2025-11-25"),
   A("Protesters (Pakistan)", "thousands of traders, porters and labourers", 6, "PAK"), None, P("Chaman", "PK"),
   crowd=dict(low=3000, high=10000),
   attribution=[("police", "Police put the crowd at about 3,000"), ("organisers", "the organisers said")])
# not coded: the march from Chaman to Quetta on 5 December and the threatened highway blockade (planned), the
# crossing's closure and the border fighting with Afghan forces in October (a state / a summary with no place), the
# rise in attacks since 2022 and the 500 police killed (summaries)

d = "311_kabankalan_npa_ambush_samar_clash_bukidnon_surrender"
# "on Friday" before a Monday publication: 13 June; an ambush on a patrol that fought back: an Armed clash (the
# convention of 126) with the NPA actor1, named by the army and claimed by its Southwest Negros command; "in the
# mountains outside Kabankalan City": precision 2 (GeoNames: Kabankalan)
ev(d, 1, "Armed clash", day("2025-06-13"),
   A("New People's Army", "Communist New People's Army guerrillas", 2, "PHL", ("Communist Party of the Philippines",)),
   mil("the Philippines", "PHL", "an army patrol"), P("Kabankalan", "PH", 2), fat=exact(2), inj=exact(3),
   attribution=[("military", "the military said"),
                ("army spokesman Lt. Col. Ramon Dizon", "said Lt. Col. Ramon Dizon, a spokesman for the army's 3rd Infantry Division")],
   claims=[("New People's Army", "claim responsibility", None,
            "The rebels' Southwest Negros command claimed the ambush in a statement on Saturday")])
# recalled with its own date: background; "near Himamaylan": precision 2
ev(d, 2, "Armed clash", day("2023-05-03"),
   A("New People's Army", "rebels", 2, "PHL", ("Communist Party of the Philippines",)),
   mil("the Philippines", "PHL", "soldiers guarding a road project"), P("Himamaylan", "PH", 2), background=True,
   fat=exact(4))
# "On Sunday": 15 June; the army's own statement; three rebels killed, "No soldiers were hurt"; "near San Jose de Buan":
# precision 2
ev(d, 3, "Armed clash", day("2025-06-15"), mil("the Philippines", "PHL", "troops of the 8th Infantry Division"),
   A("New People's Army", "about 20 guerrillas", 2, "PHL", ("Communist Party of the Philippines",)),
   P("San Jose de Buan", "PH", 2), fat=exact(3),
   attribution=[("8th Infantry Division", "the division said")])
# "on Saturday": 14 June; a surrender of fighters outside any battle is coded as an Agreement (ACLED lists surrenders
# among agreements; the convention of the Dan Musa bandit leader's deal), with the receiving army actor1 as the state
# side of an agreement; a surrender in a battle would be its arrests (the convention of 172); the party's "propaganda
# show" a `deny` claim
ev(d, 4, "Agreement", day("2025-06-14"), mil("the Philippines", "PHL", "the army's 4th Infantry Division"),
   A("New People's Army", "12 rebels from a guerrilla front operating in Bukidnon province", 2, "PHL",
     ("Communist Party of the Philippines",)),
   P("Malaybalay", "PH"), attribution=[("4th Infantry Division", "the division said")],
   claims=[("Communist Party of the Philippines", "deny", None,
            "called the surrenders a \"propaganda show\" staged with farmers who had never been guerrillas")])
# not coded: the rebels' planned raid on a mining camp (planned), the party's vow to "avenge" the dead (a threat), the
# cash and livelihood aid (a programme), the insurgency's toll since 1969, the NPA's strength and the stalled talks
# (summaries)

# --- 312-316: blind batch (session 15, end), written without running the extractor ---
d = "312_macomia_insurgents_seize_town_troops_retake_chiure_raid"
# the insurgents storm the town and hold its centre for three days: Non-state actor overtakes territory, named as
# "Islamic State-linked insurgents" in the reporter's voice (the convention of 131); "on Thursday" before a Tuesday
# publication: 11 September; "At least seven" killed, four of them soldiers; the group's "dozens" of soldiers is a claim
# the ministry calls "propaganda" (a `deny`)
ev(d, 1, "Non-state actor overtakes territory", day("2025-09-11"),
   A("Islamic State", "Islamic State-linked insurgents", 2, "MOZ"), mil("Mozambique", "MOZ", "government soldiers"),
   P("Macomia", "MZ"), fat=atleast(7),
   attribution=[("residents", "residents and a local official said"),
                ("local official", "the official told AFP, asking not to be named")],
   claims=[("Islamic State", "claim responsibility", None,
            "The Islamic State group said on its Amaq news outlet that its fighters had killed \"dozens\" of Mozambican soldiers"),
           ("Mozambican defence ministry", "deny", None, "a figure the ministry called \"propaganda\"")])
# the ministry's own statement; the Rwandan troops External/Other (8) associates of the army (the convention of 131);
# "on Sunday": 14 September, the day of fighting on the outskirts part of the recapture; "about a dozen": best 12
ev(d, 2, "Government regains territory", day("2025-09-14"), mil("Mozambique", "MOZ", "Mozambican troops"),
   A("Islamic State", "insurgents", 2, "MOZ"), P("Macomia", "MZ"), fat=N(None, 12, None),
   assoc1=[mil("Rwanda", "RWA", "Rwandan soldiers", 8)],
   attribution=[("Mozambican defence ministry", "the defence ministry said on Monday"),
                ("ministry spokesman Omar Saranga", "ministry spokesman Omar Saranga said")])
# a distinct place and day: its own event; "on Saturday": 13 September; "between three and five": low = best 3, high 5;
# the village is unnamed, "about 25 kilometres from the town of Chiure": Chiure at precision 2; the burning of huts and
# the chapel is part of the raid
ev(d, 3, "Attack", day("2025-09-13"), A("Islamic State", "insurgents", 2, "MOZ"),
   civ("Mozambique", "MOZ", "between three and five villagers"), P("Chiure", "MZ", 2), fat=N(3, 3, 5),
   attribution=[("residents", "two residents said by telephone")])
# recalled with its own date: background; an attack on police stations with a day of fighting: Armed clash (the
# convention of 302); the article names no group for that day: unidentified; "17 people, including two police officers"
ev(d, 4, "Armed clash", day("2017-10-05"), uag("Mozambique", "MOZ", "about 30 armed men"),
   pol("Mozambique", "MOZ", "three police stations"), P("Mocimboa da Praia", "MZ"), background=True, fat=exact(17))
# not coded: the minister's vow to "clean out" the district (a threat), the flight of hundreds of families
# (displacement), the 6,000 killed and a million displaced since 2017 (summaries), Rwanda's deployment in July 2021,
# the undated 2021 attack near Palma and TotalEnergies' plans

d = "313_qaladiza_turkish_drone_sulaymaniyah_teachers_protest"
# Turkey's defence ministry claims the strike: Turkey actor1 (External/Other, 8) (the convention of 30); the Kurdistan
# counter-terrorism service (not a party to the strike) names the dead as PKK members; "on Monday" before a Wednesday
# publication: 18 November; "near the town of Qaladiza": precision 2; two killed, a third man wounded
ev(d, 1, "Air/drone strike", day("2024-11-18"), mil("Turkey", "TUR", "A Turkish drone strike", 8),
   A("Kurdistan Workers' Party", "members of the Kurdistan Workers' Party (PKK)", 2, "TUR"), P("Qaladiza", "IQ", 2),
   fat=exact(2), inj=exact(1),
   attribution=[("Kurdistan counter-terrorism service", "the region's counter-terrorism service said"),
                ("medic", "a medic there said")],
   claims=[("Turkish defence ministry", "claim responsibility", "Kurdistan Workers' Party",
            "Turkey's defence ministry said on Tuesday that its forces had \"neutralised\" two \"terrorists\" in northern Iraq")])
# a march stopped with tear gas and water cannon, its 11 detentions part of it (the convention of 301); the Kurdistan
# region's security forces are coded as Iraq's police; "several thousand": crowd 3000; "several marchers" treated: 3;
# "on Tuesday": 19 November
ev(d, 2, "Protest with intervention", day("2024-11-19"),
   A("Protesters (Iraq)", "several thousand teachers and other public employees", 6, "IRQ"),
   pol("Iraq", "IRQ", "Security forces"), P("Sulaymaniyah", "IQ"), inj=N(3, 3, None), arr=exact(11),
   crowd=dict(low=3000, high=None),
   attribution=[("local rights group", "a local rights group said"), ("organisers", "Organisers said")])
# a sit-in that "ended without incident": Peaceful protest; "several hundred": 300; "on the same day": 19 November
ev(d, 3, "Peaceful protest", day("2024-11-19"), A("Protesters (Iraq)", "several hundred teachers", 6, "IRQ"), None,
   P("Ranya", "IQ"), crowd=dict(low=300, high=None),
   attribution=[("local journalist", "a local journalist said")])
# not coded: the union's threatened boycott of classes from next week (a threat), the PKK insurgency since 1984, the
# "long series" of Turkish raids, the strikes and protests since 2022 and the budget dispute since 2014 (summaries)

d = "314_nairobi_finance_bill_protest_kisumu_riot_activists_abducted"
# a crowd dispersed with tear gas, water cannon and rubber bullets, with no violence by the crowd: Protest with
# intervention, the 43 arrests part of it; "hundreds": crowd 200; nine treated; "on Tuesday" before a Wednesday
# publication: 10 February
ev(d, 1, "Protest with intervention", day("2026-02-10"),
   A("Protesters (Kenya)", "hundreds of young demonstrators", 6, "KEN"), pol("Kenya", "KEN", "Kenyan police"),
   P("Nairobi", "KE"), inj=exact(9), arr=exact(43), crowd=dict(low=200, high=None),
   attribution=[("police", "a police statement said"), ("Reuters witnesses", "Reuters witnesses saw"),
                ("Kenya Medical Association", "The Kenya Medical Association said")])
# burning tyres, blocking the road and stoning police vehicles: a riot (Violent demonstration) even though police then
# fired (the convention of 01 and 105); the death and "between 12 and 15" wounded (low = best 12, high 15) its counts;
# the police account of firing in the air a `deny`
ev(d, 2, "Violent demonstration", day("2026-02-10"), A("Rioters (Kenya)", "youths", 5, "KEN"),
   pol("Kenya", "KEN", "police"), P("Kisumu", "KE"), fat=exact(1), inj=N(12, 12, 15),
   attribution=[("Kenya National Commission on Human Rights", "the Kenya National Commission on Human Rights said")],
   claims=[("Police Forces of Kenya", "deny", None, "Police said officers had fired in the air")])
# "on Sunday night": 8 February; the only naming of the police is the Law Society's accusation, which the police deny:
# actor1 unidentified with `accuse` and `deny` claims (the rule on who did it); Westlands is a district of Nairobi
ev(d, 3, "Abduction/forced disappearance", day("2026-02-08"), uag("Kenya", "KEN", "men in plain clothes"),
   civ("Kenya", "KEN", "The two activists, a well-known online critic of the government and a youth organiser"),
   P("Nairobi", "KE"),
   attribution=[("Law Society of Kenya", "according to the Law Society of Kenya, which said witnesses had seen the abduction")],
   claims=[("Law Society of Kenya", "accuse", "Police Forces of Kenya",
            "The Law Society accused the police of being behind the abduction."),
           ("National police spokesman Muchiri Nyaga", "deny", None, "denied that officers were involved")])
# not coded: the "national shutdown" called for Friday (planned), the interior minister's warning (a threat), the
# dozens of critics abducted since the 2024 finance bill protests (a summary)

d = "315_houthi_missile_container_ship_us_strikes_salif"
# the Houthis' own claim and the reporter's voice make them actor1; the ship's crew are foreign victims: Civilians of the
# event's country with their nationalities as associates (the convention of 81); at sea "about 70 nautical miles west
# of the port of Hodeidah": Al Hudaydah at precision 2; "on Thursday" before a Saturday publication: 1 August; one
# sailor burned; the manager's account of limited damage against the "at risk of sinking" claim a `deny`
ev(d, 1, "Shelling/artillery/missile attack", day("2024-08-01"), A("Ansar Allah", "Yemen's Houthi movement", 2, "YEM"),
   civ("Yemen", "YEM", "a Liberian-flagged container ship"), P("Al Hudaydah", "YE", 2), inj=exact(1),
   assoc2=[A("Civilians (Philippines)", "21 Filipinos", 7, "PHL"), A("Civilians (Ukraine)", "two Ukrainians", 7, "UKR")],
   attribution=[("UKMTO", "the British military's United Kingdom Maritime Trade Operations (UKMTO) agency said"),
                ("ship's manager", "the ship's Greek manager said")],
   claims=[("Ansar Allah", "claim responsibility", "Aegean Lark",
            "Houthi military spokesman Yahya Saree said ... the group's naval forces had hit the ship with \"several missiles\""),
           ("ship's manager", "deny", None, "The manager said the damage was limited to a container bay.")])
# Central Command's own statement: the United States actor1 (External/Other, 8) with British forces an associate;
# "late on Friday": 2 August; Salif is in cities500 (precision 1); the disputed toll is coded from the only figures
# given, the health ministry's "between 11 and 14" killed (low = best 11, high 14) and "about 30" wounded (best 30);
# CENTCOM's "no indication" of civilian casualties a `deny`
ev(d, 2, "Air/drone strike", day("2024-08-02"), mil("the United States", "USA", "U.S. and British aircraft", 8),
   A("Ansar Allah", "Houthi targets", 2, "YEM"), P("As Salif", "YE"), fat=N(11, 11, 14), inj=N(None, 30, None),
   assoc1=[mil("the United Kingdom", "GBR", "British forces", 8)],
   attribution=[("U.S. Central Command", "the U.S. military's Central Command said"),
                ("Houthi-run health ministry", "The Houthi-run health ministry said")],
   claims=[("U.S. Central Command", "claim responsibility", "Ansar Allah",
            "hit radar sites, a drone storage building and a pier used to launch explosive boats"),
           ("U.S. Central Command", "deny", None, "there was \"no indication\" of civilian casualties")])
# recalled with its own date: background; "off the port of Mokha": Mocha at precision 2; "without injury": 0 and 0;
# the sinking two weeks later is its consequence, not a new event
ev(d, 3, "Shelling/artillery/missile attack", day("2024-02-18"), A("Ansar Allah", "two Houthi missiles", 2, "YEM"),
   civ("Yemen", "YEM", "the Belize-flagged Rubymar"), P("Mocha", "YE", 2), background=True,
   fat=exact(0), inj=exact(0))
# not coded: the drone attack on a U.S. destroyer that Saree claimed and a U.S. official said never happened (negated),
# the vow to widen attacks to the Mediterranean (a threat), the more than 70 vessels attacked since November and the
# two sunk (summaries), the Rubymar's sinking, the fall in Suez traffic

d = "316_tbilisi_rustaveli_water_cannon_arrests_batumi_march"
# a mass protest cleared with water cannon and pepper spray, with no violence by the crowd: Protest with intervention,
# its 107 detentions part of it; "from Sunday evening" to "early Monday" before a Monday publication: a range;
# "tens of thousands": crowd 20000 (the convention of 171); "At least 29" taken to hospital, three of them
# police; the ombudsman's complaints of beatings a claim, with the ministry's `deny`
ev(d, 1, "Protest with intervention", span("2024-12-01", "2024-12-02", "range"),
   A("Protesters (Georgia)", "tens of thousands of protesters", 6, "GEO"), pol("Georgia", "GEO", "Georgian riot police"),
   P("Tbilisi", "GE"), inj=atleast(29), arr=exact(107), crowd=dict(low=20000, high=None),
   attribution=[("interior ministry", "The interior ministry said on Monday"), ("health ministry", "the health ministry said")],
   claims=[("Public Defender's office", "accuse", "Police Forces of Georgia",
            "it had received complaints that some detainees had been beaten in police vans"),
           ("Georgian interior ministry", "deny", None, "which the ministry denied")])
# a march that "dispersed without incident": Peaceful protest; "several thousand": 3000; "on Sunday evening": 1 December
ev(d, 2, "Peaceful protest", day("2024-12-01"), A("Protesters (Georgia)", "several thousand people", 6, "GEO"), None,
   P("Batumi", "GE"), crowd=dict(low=3000, high=None),
   attribution=[("local media", "local media reported")])
# recalled with its own date: background; "In March 2023": the whole month (month window); water cannon and tear gas on
# crowds: Protest with intervention
ev(d, 3, "Protest with intervention", span("2023-03-01", "2023-03-31", "month"),
   A("Protesters (Georgia)", "crowds opposing a bill on \"foreign agents\"", 6, "GEO"), pol("Georgia", "GEO", "police"),
   P("Tbilisi", "GE"), background=True)
# not coded: the three earlier nights (the "fourth straight night": a summary), the "March for Europe" called for next
# Sunday and the walkout urged for Wednesday (planned), the October election, the bill's withdrawal, the weeks of
# protests in May (a summary), Zourabichvili's refusal to leave office (a political act)


# --- 317-321: blind batch (session 15, final check), written without running the extractor ---
d = "317_bocaranga_3r_rebels_seize_town_army_retakes"
# "at dawn on Saturday" before a Tuesday publication: 15 March; the rebels overrun the army post and hold the town
# centre: Non-state actor overtakes territory, the 3R named by a local official and a MINUSCA source (neutral);
# "At least five soldiers and two civilians": at least 7; the looting of the market is part of the takeover
ev(d, 1, "Non-state actor overtakes territory", day("2025-03-15"),
   A("Return, Reclamation, Rehabilitation", "fighters of the 3R rebel group", 2, "CAF"),
   mil("Central African Republic", "CAF", "its army post"), P("Bocaranga", "CF"), fat=atleast(7),
   attribution=[("local official", "a local official told AFP, asking not to be named"),
                ("MINUSCA source", "A source in the United Nations peacekeeping mission, MINUSCA, confirmed")])
# "On Monday": 17 March; the ministry's own statement; the Wagner instructors External/Other (8) associates (the
# convention of the Wagner Group elsewhere); "about twenty" rebels: best 20 (the 3R's "only two fighters" a claim on
# the count, coded as a `deny`); three soldiers wounded
ev(d, 2, "Government regains territory", day("2025-03-17"),
   mil("Central African Republic", "CAF", "Central African troops"),
   A("Return, Reclamation, Rehabilitation", "rebels", 2, "CAF"), P("Bocaranga", "CF"), fat=N(None, 20, None),
   inj=exact(3), assoc1=[A("Wagner Group", "Russian instructors of the Wagner Group", 8, "RUS")],
   attribution=[("defence ministry", "the defence ministry said"),
                ("ministry spokesman Major Guy Koyasse", "ministry spokesman Major Guy Koyasse said on state radio")],
   claims=[("Return, Reclamation, Rehabilitation", "deny", None,
            "The 3R said in a statement that its men had withdrawn \"to spare the population\" and had lost only two fighters.")])
# recalled with its own date: background; "Government forces and their Russian allies"
ev(d, 3, "Government regains territory", day("2021-05-24"),
   mil("Central African Republic", "CAF", "Government forces"),
   A("Return, Reclamation, Rehabilitation", "the group", 2, "CAF"), P("Bocaranga", "CF"), background=True,
   assoc1=[A("Wagner Group", "their Russian allies", 8, "RUS")])
# not coded: the flight of more than 4,000 people (displacement), the 2019 peace deal (undated), the march on Bangui
# after the December 2020 election (a summary with no place or day), the 3R's threat to "return in force" and the
# troops to be sent this week (a threat / a deployment)

d = "318_dayr_al_balah_house_strike_sderot_rockets"
# "late on Tuesday" before a Wednesday publication: 20 August; Israeli forces in Gaza are External/Other (8) (the
# convention of 61); "at least nine" killed, "at least 15" wounded (civil defence); the army's dispute of the figures
# and Hamas's statement that none of its members were there are two `deny` claims; GeoNames: Dayr al Balah
ev(d, 1, "Air/drone strike", day("2024-08-20"), mil("Israel", "ISR", "An Israeli air strike", 8),
   civ("Palestine", "PSE", "at least nine people ... four of them children"), P("Dayr al Balah", "PS"),
   fat=atleast(9), inj=atleast(15),
   attribution=[("civil defence agency", "the territory's civil defence agency said"),
                ("civil defence spokesman Mahmud Bassal", "civil defence spokesman Mahmud Bassal said"),
                ("AFP photographer", "An AFP photographer saw")],
   claims=[("Military Forces of Israel", "claim responsibility", "Hamas",
            "its aircraft had struck \"a Hamas terrorist\" who was operating from the house"),
           ("Military Forces of Israel", "deny", None,
            "the figures published by the civil defence \"do not match the information held by the army\""),
           ("Hamas", "deny", None, "Hamas said in a statement that none of its members were in the house at the time.")])
# "on Tuesday evening": 20 August; the Al-Quds Brigades' own claim makes them actor1, with Palestinian Islamic Jihad
# the parent; no victim named: no actor2; "fallen in open areas near the town": Sderot at precision 2; "No one was
# hurt": 0 and 0
ev(d, 2, "Shelling/artillery/missile attack", day("2024-08-20"),
   A("Al-Quds Brigades", "the armed wing of Islamic Jihad, the Al-Quds Brigades", 2, "PSE", ("Palestinian Islamic Jihad",)),
   None, P("Sderot", "IL", 2), fat=exact(0), inj=exact(0),
   attribution=[("Israeli military", "The Israeli military said"), ("Magen David Adom", "Israel's Magen David Adom rescue service said")],
   claims=[("Al-Quds Brigades", "claim responsibility", "Sderot",
            "said it had fired a salvo of rockets at the Israeli town of Sderot")])
# recalled with its own date: background; the civil defence's "more than 90": at least 90; Israel's own statement of
# the strike makes it actor1 and its charge of an inflated toll a `deny`
ev(d, 3, "Air/drone strike", day("2024-08-10"), mil("Israel", "ISR", "an Israeli strike", 8),
   civ("Palestine", "PSE", "displaced families"), P("Gaza", "PS"), background=True, fat=atleast(90),
   attribution=[("civil defence", "according to the civil defence")],
   claims=[("Government of Israel", "claim responsibility", "Hamas and Islamic Jihad militants",
            "Israel said at the time it had killed 19 Hamas and Islamic Jihad militants in that strike"),
           ("Government of Israel", "deny", None, "accused the agency of inflating the toll")])
# not coded: the military's warning to "act with force" (a threat), the evacuation orders for Khan Yunis, the Cairo
# ceasefire talks later this week (planned), the more than 40,000 killed since the war began (a summary)

d = "319_teixeira_de_freitas_mst_farm_occupation_eviction"
# a land occupation by landless families is a protest (ACLED codes MST occupations as protests); "before dawn on
# Sunday" before a Wednesday publication: 13 April; "a peaceful occupation": Peaceful protest with the MST an associate
# (the convention of the calling unions); "about 300 families" is no crowd count; "near the city": precision 2
ev(d, 1, "Peaceful protest", day("2025-04-13"),
   A("Protesters (Brazil)", "about 300 families of the Landless Workers' Movement (MST)", 6, "BRA"), None,
   P("Teixeira de Freitas", "BR", 2),
   assoc1=[A("MST: Landless Workers' Movement", "the Landless Workers' Movement (MST)", 6, "BRA")],
   attribution=[("MST", "the movement said")])
# "on Tuesday": 15 April, a distinct day; eviction with tear gas and rubber bullets and no deaths: Protest with
# intervention (the convention of 314), the secretariat's stones and sticks do not make it a riot (the convention of
# 70); "Between eight and ten": low = best 8, high 10; six arrested
ev(d, 2, "Protest with intervention", day("2025-04-15"),
   A("Protesters (Brazil)", "about 300 families of the Landless Workers' Movement (MST)", 6, "BRA"),
   pol("Brazil", "BRA", "Military police in Brazil's Bahia state"), P("Teixeira de Freitas", "BR", 2),
   inj=N(8, 8, 10), arr=exact(6),
   assoc1=[A("MST: Landless Workers' Movement", "the Landless Workers' Movement (MST)", 6, "BRA")],
   attribution=[("MST", "the movement said"),
                ("MST regional coordinator Evanildo Costa", "MST regional coordinator Evanildo Costa said"),
                ("police", "police said")],
   claims=[("Bahia public security secretariat", "accuse", "Protesters (Brazil)",
            "officers had been met with stones and sticks and had used \"proportionate means\"")])
# "On Monday": 14 April; a sit-in that "ended peacefully": Peaceful protest; "several hundred": crowd 300
ev(d, 3, "Peaceful protest", day("2025-04-14"), A("Protesters (Brazil)", "several hundred MST members", 6, "BRA"),
   None, P("Salvador", "BR"), crowd=dict(low=300, high=None),
   assoc1=[A("MST: Landless Workers' Movement", "MST", 6, "BRA")],
   attribution=[("MST", "the movement said")])
# recalled with its own date: background (the convention of Kichwamba 1998 and El Nogal 2003); police opening fire on a
# road blockade and killing 19: Excessive force against protesters, the force actor1; GeoNames: Eldorado dos Carajas
ev(d, 4, "Excessive force against protesters", day("1996-04-17"),
   pol("Brazil", "BRA", "military police"), A("Protesters (Brazil)", "19 landless workers", 6, "BRA"),
   P("Eldorado dos Carajas", "BR"), background=True, fat=exact(19))
# not coded: the eviction order (a court act), the national march on Brasilia in May and the further occupations
# (planned), the "Red April" campaign (a summary), the farm groups' lobbying

d = "320_tripoli_radaa_clashes_official_abducted_ceasefire"
# "late on Monday ... until early on Tuesday" before a Wednesday publication: a range 1-2 September; the GNU-aligned
# 444 Brigade is state forces, actor1 as in 144; "at least eight" killed; "between 20 and 25": low = best 20, high 25;
# Mitiga and Souq al-Juma are districts of Tripoli
ev(d, 1, "Armed clash", span("2025-09-01", "2025-09-02", "range"),
   mil("Libya", "LBY", "units of the 444 Brigade, which is aligned with Prime Minister Abdulhamid Dbeibah's Government of National Unity"),
   A("Radaa Deterrence Force", "the Radaa Deterrence Force", 3, "LBY"), P("Tripoli", "LY"), fat=atleast(8),
   inj=N(20, 20, 25),
   attribution=[("residents", "residents said"), ("Emergency Medicine Centre", "The Emergency Medicine Centre said")])
# "on Saturday": 30 August; only the family (an interested party) names a group linked to Radaa, which denies it:
# actor1 unidentified with `accuse` and `deny` claims (the rule on who did it); the official a civilian; GeoNames: Janzur
ev(d, 2, "Abduction/forced disappearance", day("2025-08-30"), uag("Libya", "LBY", "armed men"),
   civ("Libya", "LBY", "Mustafa al-Mahrouq, a senior official of the central bank's audit department"), P("Janzur", "LY"),
   attribution=[("family", "His family said")],
   claims=[("family of Mustafa al-Mahrouq", "accuse", "Radaa Deterrence Force",
            "His family said he was taken by a group linked to Radaa"),
           ("Radaa Deterrence Force", "deny", None,
            "the force denied any role and said it was \"searching for him like everyone else\"")])
# "on Tuesday evening": 2 September; a ceasefire announced by the Presidential Council between the two sides: an
# Agreement (the convention of 135: the parties are the actors, the announcer the attribution)
ev(d, 3, "Agreement", day("2025-09-02"), mil("Libya", "LBY", "forces loyal to the Tripoli government"),
   A("Radaa Deterrence Force", "the Radaa Deterrence Force", 3, "LBY"), P("Tripoli", "LY"),
   attribution=[("Presidential Council", "Libya's Presidential Council announced")])
# not coded: the diverted flights and shut schools, the government's vow to end the "rule of militias" and its threat
# to take Mitiga by force (threats), the protest called for Friday in Martyrs' Square (planned), the UN mission's
# warning, the 2014 split (a state)

d = "321_ahvaz_retirees_protest_dispersed_arrests_truckers"
# "on Sunday" before a Tuesday publication: 11 May; batons and pepper spray on a protest with no violence by the
# crowd: Protest with intervention, its detentions part of it (the convention of 301); "at least nine" detained;
# "several injured": 3; "Several hundred": crowd 300; the police chief's "without violence" a `deny`
ev(d, 1, "Protest with intervention", day("2025-05-11"),
   A("Protesters (Iran)", "retired steel and oil workers", 6, "IRN"), pol("Iran", "IRN", "Iranian police"),
   P("Ahvaz", "IR"), inj=N(3, 3, None), arr=atleast(9), crowd=dict(low=300, high=None),
   attribution=[("Human Rights Activists News Agency", "a rights group said"),
                ("HRANA", "The Human Rights Activists News Agency (HRANA) said")],
   claims=[("Khuzestan police chief", "deny", None,
            "Khuzestan's police chief said officers had dispersed an \"illegal gathering\" without violence.")])
# "on the same day": 11 May; "a peaceful rally": Peaceful protest; "about 200": crowd 200; GeoNames: Shush
ev(d, 2, "Peaceful protest", day("2025-05-11"),
   A("Protesters (Iran)", "about 200 retired workers of the Haft Tappeh sugar company", 6, "IRN"), None,
   P("Shush", "IR"), crowd=dict(low=200, high=None),
   attribution=[("HRANA", "HRANA said")])
# "On Monday night": 12 May, a distinct day: Arrests; the detained council members are civilians (the convention of 233)
ev(d, 3, "Arrests", day("2025-05-12"), pol("Iran", "IRN", "security forces"),
   civ("Iran", "IRN", "four members of the pensioners' council in Ahvaz"), P("Ahvaz", "IR"), arr=exact(4),
   attribution=[("relatives", "their relatives told the agency"), ("Tasnim", "The semi-official Tasnim news agency said")])
# not coded: the truckers' stoppage called from Thursday and the ministry's warning (planned / a threat), the weekly
# protests since 2022 and the currency's fall (summaries)

# --- 322-326: blind batch (session 15, final check), written without running the extractor ---

d = "322_tonj_cattle_raid_rumbek_communal_clash"
# "on Sunday" before a Wednesday publication: 10 August; herders and their families shot as they slept: Attack on
# civilians; the raiders are named only by Warrap's minister (an interested party) and Lakes denies it: actor1
# unidentified with `accuse` and `deny` claims; "about 35 kilometres east of the town of Tonj": precision 2; "between 20
# and 25" wounded: low = best 20, high 25
ev(d, 1, "Attack", day("2025-08-10"), uag("South Sudan", "SSD", "Armed raiders"),
   civ("South Sudan", "SSD", "herders and their families"), P("Tonj", "SS", 2), fat=atleast(14), inj=N(20, 20, 25),
   attribution=[("county commissioner", "the local county commissioner said on Wednesday")],
   claims=[("Warrap information minister", "accuse", "armed youths from Lakes state",
            "Warrap's information minister, Ring Deng Kuol, blamed armed youths from neighbouring Lakes state for the raid"),
           ("Lakes state officials", "deny", None, "saying no young men from their state had taken part")])
# two named sections of one community fighting: communal militias (identity militias, 4; the convention of 120);
# "on Monday": 11 August; "near the state capital Rumbek": precision 2
ev(d, 2, "Armed clash", day("2025-08-11"),
   A("Pakam Communal Militia (South Sudan)", "the Pakam", 4, "SSD"),
   A("Rup Communal Militia (South Sudan)", "the Rup", 4, "SSD"), P("Rumbek", "SS", 2), fat=exact(7),
   attribution=[("state police spokesman", "state police spokesman Elijah Mabor said")])
# recalled with its own date: background; "February 2024" alone: the whole month; "in the same part of Tonj county"
ev(d, 3, "Attack", span("2024-02-01", "2024-02-29", "month"), uag("South Sudan", "SSD", "gunmen"),
   civ("South Sudan", "SSD", "27 people"), P("Tonj", "SS", 2), background=True, fat=exact(27),
   attribution=[("county commissioner", "according to the commissioner")])
# not coded: the soldiers' recovery of the cattle that Warrap claims and the chiefs dispute (no violence reported), the
# hundreds killed every year (a summary), the youth leaders' vow to recover the cattle "by force" (a threat), the peace
# conference later this month and the disarmament campaign (planned)

d = "323_diema_jnim_fuel_convoy_ambush_niono_wedding_drone"
# "on Tuesday" before a Saturday publication: 16 September; JNIM's own claim names it; soldiers escorting the convoy
# "repelled" the attackers: Armed clash; "killing at least 11" (eight soldiers and three drivers; the army gives no
# figure for the attackers); JNIM's "21 soldiers" is a claim; "about 40 kilometres east of the town of Diema": precision 2
ev(d, 1, "Armed clash", day("2025-09-16"), A("JNIM", "The al Qaeda-linked group JNIM", 2, "MLI", ("Al Qaeda",)),
   mil("Mali", "MLI", "Malian soldiers"), P("Diema", "ML", 2), fat=atleast(11),
   assoc2=[civ("Mali", "MLI", "three truck drivers")],
   attribution=[("security sources", "two security sources said")],
   claims=[("JNIM", "claim responsibility", None,
            "claimed the ambush in a statement on its media channels, saying its fighters had destroyed \"dozens of tankers\" and killed 21 soldiers")])
# the army's own statement that it struck "in the Niono area" makes it actor1 (the convention of 08); the victims are
# the civilians residents describe; its denial of civilian deaths a `deny`; "late on Wednesday": 17 September; "about 30
# kilometres north of Niono": precision 2; "dozens" wounded: 24
ev(d, 2, "Air/drone strike", day("2025-09-17"), mil("Mali", "MLI", "The army"),
   civ("Mali", "MLI", "a wedding celebration"), P("Niono", "ML", 2), fat=atleast(23), inj=N(24, 24, None),
   attribution=[("residents and a local elected official", "residents and a local elected official said")],
   claims=[("Military Forces of Mali", "claim responsibility", "a gathering of armed terrorists",
            "it had carried out a strike in the Niono area against \"a gathering of armed terrorists preparing an attack\""),
           ("Military Forces of Mali", "deny", None, "denied that any civilians had been killed")])
# recalled with its own date: background; "In March 2024": the month window; the sentence names no perpetrator:
# unidentified; Amasrakad is not in cities500: "near Gao", Gao at precision 2
ev(d, 3, "Air/drone strike", span("2024-03-01", "2024-03-31", "month"), uag("Mali", "MLI", "a drone strike"),
   civ("Mali", "MLI", "at least 13 civilians, including seven children"), P("Gao", "ML", 2), background=True,
   fat=atleast(13), attribution=[("local officials", "according to local officials")])
# not coded: JNIM's fuel blockade "since early this month" (a summary), the rights groups' repeated accusations (a
# summary), JNIM's warning to transport companies (a threat), the promised escorts and investigation

d = "324_gazipur_garment_workers_highway_rubber_bullets_savar_factory"
# a sit-in on the highway cleared with rubber bullets and tear gas, no violence by the workers: Protest with
# intervention (the convention of 314); "several thousand": 3000; the death rumour denied by police and hospital ("no one
# had been killed"): fatalities 0 with the police `deny`; "on Monday" before a Tuesday publication: 10 March
ev(d, 1, "Protest with intervention", day("2025-03-10"),
   A("Protesters (Bangladesh)", "several thousand garment workers", 6, "BGD"), pol("Bangladesh", "BGD", "Bangladeshi police"),
   P("Gazipur", "BD"), fat=exact(0), inj=atleast(30), arr=exact(12), crowd=dict(low=3000, high=None),
   attribution=[("hospital doctor", "a doctor at the local government hospital said"),
                ("industrial police", "Gazipur industrial police official Sarwar Alam told AFP")],
   claims=[("Police Forces of Bangladesh", "deny", None, "Police and the hospital said no one had been killed")])
# workers storming, burning and beating: Rioters (Violent demonstration, in a labour dispute); "On Monday night":
# 10 March; Ashulia is not in cities500: "near Savar", Savar at precision 2; "hundreds": crowd 200
ev(d, 2, "Violent demonstration", day("2025-03-10"), A("Rioters (Bangladesh)", "hundreds of workers", 5, "BGD"),
   civ("Bangladesh", "BGD", "two managers"), P("Savar", "BD", 2), inj=exact(2), crowd=dict(low=200, high=None),
   attribution=[("factory owner", "the factory's owner said")])
# recalled with its own date: background; police firing on workers: Excessive force against protesters
ev(d, 3, "Excessive force against protesters", day("2023-11-08"), pol("Bangladesh", "BGD", "police"),
   A("Protesters (Bangladesh)", "workers", 6, "BGD"), P("Gazipur", "BD"), background=True, fat=exact(1))
# not coded: the wage protests of late 2023 (a summary), the highway blockade threatened from Thursday and the owners'
# warning of shutdowns (threats), the labour ministry's talks (planned)

d = "325_morozovsk_air_base_drones_moscow_antiwar_detentions"
# Ukraine's General Staff claim makes it actor1 (External/Other, 8; the convention of 104); the base is Russia's own
# forces at home (1); "overnight into Monday": Sunday night and Monday (range); "outside the town": precision 2;
# "No one was hurt": 0 and 0
ev(d, 1, "Air/drone strike", span("2025-02-23", "2025-02-24", "range"), mil("Ukraine", "UKR", "its drones", 8),
   mil("Russia", "RUS", "the Morozovsk air base"), P("Morozovsk", "RU", 2), fat=exact(0), inj=exact(0),
   attribution=[("Ukrainian General Staff", "Ukraine's General Staff said"),
                ("Rostov governor Yuri Slyusar", "Rostov regional governor Yuri Slyusar said")],
   claims=[("Military Forces of Ukraine", "claim responsibility", "Morozovsk air base",
            "its drones hit the Morozovsk air base ... damaging hangars and at least two Su-34 bombers")])
# recalled with its own date: background; the security service's claim makes Ukraine actor1
ev(d, 2, "Air/drone strike", day("2024-04-05"), mil("Ukraine", "UKR", "Ukraine", 8),
   mil("Russia", "RUS", "the same base"), P("Morozovsk", "RU", 2), background=True,
   claims=[("Security Service of Ukraine", "claim responsibility", None,
            "Kyiv's security service said several aircraft had been destroyed")])
# mourners laying flowers and holding blank sheets, detained by police: Protest with intervention, the detentions its
# arrests; "dozens": crowd 24; "on Monday evening": 24 February
ev(d, 3, "Protest with intervention", day("2025-02-24"), A("Protesters (Russia)", "dozens", 6, "RUS"),
   pol("Russia", "RUS", "police in Moscow"), P("Moscow", "RU"), arr=atleast(11), crowd=dict(low=24, high=None),
   attribution=[("OVD-Info", "OVD-Info, a group that monitors political arrests, said"),
                ("Reuters witnesses", "Reuters witnesses saw")])
# a one-man banner protest on another day and square: its own event; "On Sunday": 23 February
ev(d, 4, "Protest with intervention", day("2025-02-23"),
   A("Protesters (Russia)", "a 67-year-old retired engineer", 6, "RUS"), pol("Russia", "RUS", ""), P("Moscow", "RU"),
   arr=exact(1), attribution=[("OVD-Info", "OVD-Info said")])
# not coded: the 45 drones destroyed over six regions (a total across places), the more than 20,000 detained since
# 2022 (a summary), Medvedev's promised "retribution" (a threat), the Riyadh talks (planned), the engineer's charge

d = "326_tocoa_environmental_activist_killed_tegucigalpa_indigenous_march"
# "on Sunday night" before a Wednesday publication: 15 June; the committee's blame of the company's guards is an
# accusation by an interested party: actor1 unidentified with `accuse` and the company's `deny`; "No arrests have been
# made": arrested 0
ev(d, 1, "Attack", day("2025-06-15"), uag("Honduras", "HND", "Two gunmen on a motorcycle"),
   civ("Honduras", "HND", "Marcos Aguilar Zuniga, 46, a member of a committee"), P("Tocoa", "HN"),
   fat=exact(1), arr=exact(0),
   attribution=[("police", "police said"), ("police spokesman", "a police spokesman said")],
   claims=[("committee", "accuse", "security guards working for the mining company",
            "His committee accused security guards working for the mining company of carrying out the killing"),
           ("mining company", "deny", None, "the company \"categorically rejected\" any link to the crime")])
# a march that hands over a letter and disperses: Peaceful protest; "on Tuesday": 17 June; crowd: police 600,
# organisers about 1,500
ev(d, 2, "Peaceful protest", day("2025-06-17"),
   A("Protesters (Honduras)", "Lenca, Tolupan and Garifuna groups, joined by farmers from Colon", 6, "HND"), None,
   P("Tegucigalpa", "HN"), crowd=dict(low=600, high=1500),
   attribution=[("police", "Police estimated the crowd at 600"), ("organisers", "organisers said")])
# recalled with its own date: background; no perpetrator named: unidentified with empty text
ev(d, 3, "Attack", day("2024-09-14"), uag("Honduras", "HND", ""), civ("Honduras", "HND", "His colleague Juan Lopez"),
   P("Tocoa", "HN"), background=True, fat=exact(1))
# not coded: the highway blockade threatened from next Monday (a threat), the security forces sent to Tocoa, the 18
# defenders killed in 2023 (a summary), the years of campaigning against the mine

# --- 332-336: blind batch (session 16), written without running the extractor ---

d = "332_tsafe_bandits_abduct_villagers_maru_air_strike"
# "on Sunday" before a Wednesday publication: 9 November; the raid with its one killing and the abductions is one
# event (the convention of 10: Abduction with fatalities 1); Kabasa, "about 20 kilometres from the town of Tsafe", is
# missing from cities500: Tsafe at precision 2; "at least 43" taken (no arrested/injured given)
ev(d, 1, "Abduction/forced disappearance", day("2025-11-09"), uag("Nigeria", "NGA", "Armed bandits"),
   civ("Nigeria", "NGA", "at least 43 people, most of them women and children"), P("Tsafe", "NG", 2), fat=exact(1),
   attribution=[("police and residents", "police and residents said"),
                ("resident", "resident Lawali Sani told AFP by telephone"),
                ("police spokesman", "Zamfara police spokesman Yazid Abubakar confirmed the attack")])
# the air force's own statement makes it actor1 (the conventions of 218 and 247); "on Monday": 10 November; "a
# forest about 40 kilometres south of Maru": precision 2; "more than 30": at least 30
ev(d, 2, "Air/drone strike", day("2025-11-10"), mil("Nigeria", "NGA", "its jets"),
   uag("Nigeria", "NGA", "more than 30 terrorists, including two commanders"), P("Maru", "NG", 2), fat=atleast(30),
   attribution=[("Nigerian Air Force", "the Nigerian Air Force said"),
                ("air force spokesman", "Air force spokesman Olusola Akinboyewa said")],
   claims=[("Military Forces of Nigeria", "claim responsibility", "bandit hideouts",
            "its jets struck bandit hideouts in a forest about 40 kilometres south of Maru on Monday, killing \"more than 30 terrorists\"")])
# recalled with its own date ("on the night of 26 February" 2021): background; Jangebe is missing from cities500:
# "near Talata Mafara", Talata Mafara at precision 2; 279 taken, no deaths mentioned
ev(d, 3, "Abduction/forced disappearance", day("2021-02-26"), uag("Nigeria", "NGA", "gunmen"),
   civ("Nigeria", "NGA", "279 schoolgirls"), P("Talata Mafara", "NG", 2), background=True)
# not coded: the ransom demand and the threat to kill the captives (a threat), the two women said to have been freed
# after a part-payment (an unconfirmed release, no violence), the explosions residents heard (the same strike), the
# gangs' raids and kidnappings as a habit and the thousands killed (summaries), the girls' release "days later"
# (undated, no violence), the governor's refusal to negotiate and the promised guard recruits (plans)

d = "333_dangila_fano_clash_adet_market_drone_strike"
# "on Tuesday" before a Friday publication: 18 March; Fano attacking an army camp and fighting until the afternoon: an
# Armed clash with Fano actor1 (the convention of 307); "on the outskirts of the town of Dangila": precision 2; "at
# least 12 bodies, both soldiers and militiamen": at least 12 (all sides summed); Fano's "more than 50 soldiers" and its
# capture of Dangila are claims, and the regional official's denial that the town fell a `deny`
ev(d, 1, "Armed clash", day("2025-03-18"), A("Fano", "Fano fighters", 4, "ETH"),
   mil("Ethiopia", "ETH", "an army camp"), P("Dangila", "ET", 2), fat=atleast(12),
   attribution=[("residents", "two residents said")],
   claims=[("Fano", "claim responsibility", "Dangila",
            "said his fighters had killed more than 50 soldiers and taken control of Dangila itself"),
           ("regional government official", "deny", None,
            "A regional government official denied that the town had fallen")])
# "On Wednesday morning": 19 March; a neutral health worker names "a military drone": the military is actor1 with the
# government's denial a `deny` (the convention of 02); "a village about 10 kilometres from the town of Adet": Adet at
# precision 2; "between 15 and 20": low = best 15, high 20; "Dozens" wounded: 24
ev(d, 2, "Air/drone strike", day("2025-03-19"), mil("Ethiopia", "ETH", "a military drone"),
   civ("Ethiopia", "ETH", "between 15 and 20 people"), P("Adet", "ET", 2), fat=N(15, 15, 20), inj=N(24, 24, None),
   attribution=[("health worker", "a health worker at the local clinic said"),
                ("residents", "residents and a health worker said")],
   claims=[("Government of Ethiopia", "deny", None,
            "denied that the military had carried out any operation in the area")])
# recalled with its own date ("On 13 August that year", 2023): background; the sentence names no perpetrator:
# unidentified (the convention of 323)
ev(d, 3, "Air/drone strike", day("2023-08-13"), uag("Ethiopia", "ETH", "a drone strike"),
   civ("Ethiopia", "ETH", "at least 26 people"), P("Finote Selam", "ET"), background=True, fat=atleast(26),
   attribution=[("UN human rights office", "according to the United Nations human rights office")])
# not coded: Fano's claimed capture of Dangila (an unverified territorial claim the government denies), the war's start
# in August 2023 (a summary), the communication cuts (a state), the threatened "final offensive" on Bahir Dar (a threat)

d = "334_kisweh_israeli_strike_sukhnah_is_ambush"
# "on Tuesday" before a Thursday publication: 26 August; the Israeli military's own statement that it struck the Kisweh
# area makes Israel actor1 (External/Other, 8); the victims are Syria's soldiers; "on a hill near Kisweh, about 15
# kilometres south of the capital": Al Kiswah at precision 2
ev(d, 1, "Air/drone strike", day("2025-08-26"), mil("Israel", "ISR", "Israeli drones", 8),
   mil("Syria", "SYR", "six Syrian soldiers"), P("Kisweh", "SY", 2), fat=exact(6),
   attribution=[("SANA", "Syria's state news agency SANA said")],
   claims=[("Military Forces of Israel", "claim responsibility", "military infrastructure",
            "it had struck \"military infrastructure\" in the Kisweh area")])
# "Late on Wednesday": 27 August; an ambush on a patrol that returned fire: an Armed clash with IS actor1, named by the
# official and claimed on Amaq; "about 30 kilometres east of As Sukhnah": precision 2; "several others": 3
ev(d, 2, "Armed clash", day("2025-08-27"), A("Islamic State", "IS fighters", 2, "SYR"),
   mil("Syria", "SYR", "an army patrol"), P("As Sukhnah", "SY", 2), fat=exact(4), inj=N(3, 3, None),
   attribution=[("defence ministry official", "a defence ministry official told AFP")],
   claims=[("Islamic State", "claim responsibility", None,
            "IS claimed the ambush on its Amaq propaganda channel on Thursday")])
# recalled with its own date ("in May 2015"): background; the month window; IS overrunning the city after fighting
# with government forces: Non-state actor overtakes territory
ev(d, 3, "Non-state actor overtakes territory", span("2015-05-01", "2015-05-31", "month"),
   A("Islamic State", "IS fighters", 2, "SYR"), mil("Syria", "SYR", "government forces"), P("Tadmur", "SY"),
   background=True)
# not coded: the later destruction of Palmyra's temples (undated), the caliphate's loss in 2019 and Israel's hundreds of
# strikes since December (summaries), Assad's fall (undated political change), the talks and the round expected in
# Paris (planned), the foreign ministry's condemnation, the desert search and the warning (plans, threats)

d = "335_belgrade_slavija_clashes_novi_sad_blockades"
# the afternoon rally and the evening clashes on the same day and in the same city are one riot (the convention of
# 286): protesters hurling paving stones and setting bins on fire are Rioters although police used water cannon;
# "late on Saturday": 28 June; 48 officers plus 22 protesters: 70 injured; 38 detained; crowd police 36,000, the
# Archive about 140,000; the president's and the students' accusations are claims
ev(d, 1, "Violent demonstration", day("2025-06-28"), A("Rioters (Serbia)", "protesters", 5, "SRB"),
   pol("Serbia", "SRB", "Serbian riot police"), P("Belgrade", "RS"), inj=exact(70), arr=exact(38),
   crowd=dict(low=36000, high=140000),
   attribution=[("Reuters reporters", "Reuters reporters saw"),
                ("Interior Minister Ivica Dacic", "Interior Minister Ivica Dacic said on Sunday"),
                ("emergency services", "Emergency services said"),
                ("Archive of Public Gatherings", "An independent monitoring group, the Archive of Public Gatherings, put the crowd at about 140,000")],
   claims=[("President Aleksandar Vucic", "accuse", "\"foreign-backed\" groups",
            "President Aleksandar Vucic said the violence was organised by \"foreign-backed\" groups seeking to overthrow the state"),
           ("student organisers", "accuse", "Police Forces of Serbia",
            "Student organisers accused police of attacking peaceful people and said officers in plain clothes had provoked the clashes")])
# "On Sunday morning": the publication day; a sit-in blockade with "no reports of violence": Peaceful protest;
# "hundreds": 200
ev(d, 2, "Peaceful protest", day("2025-06-29"),
   A("Protesters (Serbia)", "hundreds of students and residents", 6, "SRB"), None, P("Novi Sad", "RS"),
   crowd=dict(low=200, high=None))
# recalled with its own date ("on 15 March"): background; crowd from the police's 107,000 to the Archive's 325,000
ev(d, 3, "Peaceful protest", day("2025-03-15"), A("Protesters (Serbia)", "a rally", 6, "SRB"), None,
   P("Belgrade", "RS"), background=True, crowd=dict(low=107000, high=325000),
   attribution=[("Archive of Public Gatherings", "according to the Archive of Public Gatherings"),
                ("police", "Police put that crowd at 107,000")])
# not coded: the Novi Sad canopy collapse of 1 November (an accident), Vucic's vow to punish those responsible, the
# threatened "acts of civil disobedience" and the rally planned in Kragujevac (threats, plans)

d = "336_loreto_npa_ambush_milagros_village_chief_shot"
# "on Monday" before a Wednesday publication: 6 October; an ambush on a patrol that fought back: an Armed clash (the
# convention of 311) with the NPA actor1, named by the army and claimed by its regional command; "in the mountains
# outside the town of Loreto": precision 2; two soldiers plus one rebel whose body was left behind: 3; four wounded;
# the rebels' "four soldiers" is a claim
ev(d, 1, "Armed clash", day("2025-10-06"),
   A("New People's Army", "Communist New People's Army guerrillas", 2, "PHL", ("Communist Party of the Philippines",)),
   mil("the Philippines", "PHL", "an army patrol"), P("Loreto", "PH", 2), fat=exact(3), inj=exact(4),
   attribution=[("military", "the military said"),
                ("army spokesman Lt. Col. Francisco Garcia", "said Lt. Col. Francisco Garcia, a spokesman for the army's 4th Infantry Division")],
   claims=[("New People's Army", "claim responsibility", None,
            "The rebels' regional command claimed the ambush in a statement on Tuesday ... It said four soldiers had been killed.")])
# "on Tuesday evening": 7 October; no perpetrator named: unidentified; the village chief is coded as a government actor
# (the convention of 109); "No arrests have been made": arrested 0
ev(d, 2, "Attack", day("2025-10-07"), uag("Philippines", "PHL", "unidentified gunmen on a motorcycle"),
   A("Government of the Philippines", "a village chief ... Rodel Baylon, 52", 1, "PHL"), P("Milagros", "PH"),
   fat=exact(1), arr=exact(0),
   attribution=[("police", "police said"), ("provincial police chief", "Provincial police chief Col. Jojo Mendoza said")])
# not coded: the nine local officials killed since 2022 and the insurgency since 1969 (summaries), the talks' collapse in
# 2017 (undated political act), Año's pledge to resume negotiations (a pledge), the pursuit operations and the vow to
# dismantle the unit (plans, threats)


# --- 342-346: blind batch (session 16), written without running the extractor ---

d = "342_titao_village_massacre_vdp_counterattack"
# "on Monday" before a Thursday publication: 6 October; gunmen shooting residents at a market: Attack on civilians; no
# claim and only a security source's "armed terrorist groups" (the junta's term): actor1 unidentified with an `accuse`
# claim (the convention of 195); "between 30 and 40": low = best 30, high 40; "Dozens" wounded: 24; an unnamed village
# "about 25 kilometres from the town of Titao": Titao at precision 2
ev(d, 1, "Attack", day("2025-10-06"), uag("Burkina Faso", "BFA", "Suspected jihadists"),
   civ("Burkina Faso", "BFA", "residents gathered at the weekly market"), P("Titao", "BF", 2),
   fat=N(30, 30, 40), inj=N(24, 24, None),
   attribution=[("local sources", "local sources and a security source said"),
                ("local official", "a local official told AFP by telephone")],
   claims=[("security source", "accuse", "armed terrorist groups",
            "The security source blamed \"armed terrorist groups\", the term the junta uses for jihadists")])
# "On Tuesday": 7 October; the VDP (pro-government militia, 3) tracking the assailants and fighting them: Armed clash with
# the VDP as actor1 (they engaged) and the same unidentified group as actor2; two volunteers plus "at least eight"
# attackers: at least 10 (all sides summed); "near the village": Titao at precision 2; the army's "neutralised" a claim
ev(d, 2, "Armed clash", day("2025-10-07"),
   A("Volunteers for the Defence of the Homeland",
     "members of the Volunteers for the Defence of the Homeland (VDP), the civilian auxiliaries who fight alongside the army",
     3, "BFA"),
   uag("Burkina Faso", "BFA", "a column of the assailants"), P("Titao", "BF", 2), fat=atleast(10),
   attribution=[("security source", "the security source said"),
                ("army", "The army said in a statement read on state television")],
   claims=[("Military Forces of Burkina Faso", "claim responsibility", "the column",
            "the auxiliaries had \"neutralised\" the column and recovered motorbikes and weapons")])
# recalled with its own date: background; "jihadists" generic: unidentified; Arbinda is GeoNames' Aribinda
ev(d, 3, "Attack", day("2019-12-24"), uag("Burkina Faso", "BFA", "jihadists"),
   civ("Burkina Faso", "BFA", "35 civilians, most of them women"), P("Arbinda", "BF"), background=True,
   fat=exact(35))
# not coded: the gunmen's warning weeks earlier (a threat), the operation "soon" to be launched (planned), the 20,000
# killed and two million displaced and the insurgency since 2015 (summaries), the junta's 2022 takeover (no event here)

d = "343_croix_des_bouquets_gang_attack_police_mss_clash"
# "on Sunday" before a Wednesday publication (the officials spoke Tuesday): 11 May; residents (a neutral source) name
# Viv Ansanm: actor1; the killings and the burning of some 40 houses are one Attack (the convention of 93); "at least
# nine"; "a neighbourhood on the edge of Croix-des-Bouquets": precision 1
ev(d, 1, "Attack", day("2025-05-11"), A("Viv Ansanm", "dozens of armed men from the Viv Ansanm gang coalition", 3, "HTI"),
   civ("Haiti", "HTI", "at least nine people"), P("Croix-des-Bouquets", "HT"), fat=atleast(9),
   attribution=[("local officials", "local officials and residents said Tuesday"),
                ("deputy mayor", "said Croix-des-Bouquets deputy mayor Jean-Robert Pierre"),
                ("civil protection agency", "The civil protection agency said")])
# "On Monday": 12 May; a police operation under heavy fire: Armed clash, police actor1 with the Kenyan MSS officers as
# External/Other (8) associates (the convention of 280); "several" gang members killed: 3; one officer wounded; the
# Kenyan "none of its officers were hurt" is part of the same count
ev(d, 2, "Armed clash", day("2025-05-12"), pol("Haiti", "HTI", "Haitian police"),
   A("Viv Ansanm", "the gangs", 3, "HTI"), P("Croix-des-Bouquets", "HT"), fat=N(3, 3, None), inj=exact(1),
   assoc1=[A("Police Forces of Kenya", "Kenyan officers of the U.N.-backed Multinational Security Support mission", 8, "KEN")],
   attribution=[("police spokesman Lionel Lazarre", "police spokesman Lionel Lazarre said")])
# recalled with its own date: background; "In April": the whole month; an attack on a police station: Armed clash (the
# convention of 187); "gangs" unnamed: unidentified
ev(d, 3, "Armed clash", span("2025-04-01", "2025-04-30", "month"), uag("Haiti", "HTI", "gangs"),
   pol("Haiti", "HTI", "the town's police station"), P("Croix-des-Bouquets", "HT"), background=True,
   attribution=[("officials", "officials said")])
# not coded: Cherizier's video threat against Petionville and the airport (a threat), the reinforced positions (a
# deployment), the 1,500 who fled (displacement), 400 Mawozo's months-long grip and the 1,600 killed this year
# (summaries), the mission's size

d = "344_qusra_settler_attack_jenin_raid_exchange_fire"
# "on Wednesday evening" before a Thursday publication: 2 October; stones, firebombs, burned houses and cars and five
# villagers beaten: Attack (the convention of 250/295); "no one had been arrested": 0; the foreign ministry's accusation
# and the army's rejection are claims; Qusra is GeoNames' Qusrah
ev(d, 1, "Attack", day("2024-10-02"), A("Settlers (Israel)", "Dozens of masked settlers", 4, "ISR"),
   civ("Palestine", "PSE", "five villagers"), P("Qusra", "PS"), inj=exact(5), arr=exact(0),
   attribution=[("Palestinian Red Crescent", "the Palestinian Red Crescent said"),
                ("village council head", "village council head Hani Odeh told AFP"),
                ("Israeli army", "The Israeli army said")],
   claims=[("Palestinian foreign ministry", "accuse", "Military Forces of Israel",
            "The Palestinian foreign ministry accused the army of giving settlers \"full protection\""),
           ("Military Forces of Israel", "deny", None, "a charge the army rejected")])
# a raid "that began late on Wednesday and lasted into Thursday morning": range; gunmen firing and troops firing back:
# Armed clash; Israeli forces in the West Bank are External/Other (8); the Al-Quds Brigades announce two of the dead as
# theirs: actor2 (the convention of 260); the disputed toll, army three and ministry four: low = best 3, high 4 (the
# lowest and highest figures given, as for ranges); "No soldiers were wounded" is one side only: injured null
ev(d, 2, "Armed clash", span("2024-10-02", "2024-10-03", "range"), mil("Israel", "ISR", "Israeli forces backed by a drone", 8),
   A("Al-Quds Brigades", "Gunmen", 2, "PSE", ("Palestinian Islamic Jihad",)), P("Janin", "PS"), fat=N(3, 3, 4),
   attribution=[("Israeli army", "the army said"), ("Palestinian health ministry", "The Palestinian health ministry gave a different toll")],
   claims=[("Military Forces of Israel", "claim responsibility", "three armed terrorists",
            "its forces had killed \"three armed terrorists\" in the exchange of fire"),
           ("Al-Quds Brigades", "claim responsibility", None, "said two of the dead were its fighters")])
# recalled with its own date: background; "July 2023" with no day: the whole month; 12 Palestinians and one soldier
# killed: an Armed clash with all sides summed (13); the sentence names no Palestinian group: unidentified, empty text
ev(d, 3, "Armed clash", span("2023-07-01", "2023-07-31", "month"),
   mil("Israel", "ISR", "hundreds of troops backed by drone strikes", 8), uag("Palestine", "PSE", ""),
   P("Janin", "PS"), background=True, fat=exact(13))
# not coded: the more than 700 killed since October (a summary), the Gaza war's start, Gallant's vow (a threat), the
# army's "looking into" the fourth death

d = "345_nantes_pension_march_riot_strasbourg_tractors"
# "on Thursday" before a Friday publication: 2 October; a breakaway group hurling stones and bottles, smashing bank
# windows and burning bins and cars: Rioters (Violent demonstration), police actor2 although it used tear gas and water
# cannon (the convention of 01); "Several hundred": crowd 300; four officers hurt and 17 detained are its counts
ev(d, 1, "Violent demonstration", day("2025-10-02"),
   A("Rioters (France)", "Several hundred people dressed in black", 5, "FRA"), pol("France", "FRA", "riot police"),
   P("Nantes", "FR"), inj=exact(4), arr=exact(17), crowd=dict(low=300, high=None),
   attribution=[("prefecture", "the local prefecture said"), ("AFP journalist", "an AFP journalist saw")])
# the Paris march "without major incident": Peaceful protest; crowd: police 24,000, CGT 90,000
ev(d, 2, "Peaceful protest", day("2025-10-02"), A("Protesters (France)", "The march from Place d'Italie", 6, "FRA"), None,
   P("Paris", "FR"), crowd=dict(low=24000, high=90000),
   attribution=[("police", "Police put the turnout in the capital at 24,000"), ("CGT", "the CGT union said")])
# "The previous day": the day before Thursday, 1 October (the convention of 96); tractors blocking traffic, ended
# peacefully: Peaceful protest; "around 300 farmers": crowd 300
ev(d, 3, "Peaceful protest", day("2025-10-01"), A("Protesters (France)", "around 300 farmers", 6, "FRA"), None,
   P("Strasbourg", "FR"), crowd=dict(low=300, high=None),
   attribution=[("local media", "local media reported")])
# recalled with its own date: background; setting fire to the city hall's door: Violent demonstration
ev(d, 4, "Violent demonstration", day("2023-03-23"), A("Rioters (France)", "protesters", 5, "FRA"), None,
   P("Bordeaux", "FR"), background=True)
# not coded: the nationwide turnout (half a million / 195,000: a total across places), the 16 October day of action and
# threatened refinery stoppages (planned, threats), the FNSEA's threat to block Paris, the 2023 protests of millions (a
# summary), the minister's promise of swift prosecution

d = "346_mazar_e_sharif_mosque_bombing_taliban_arrests"
# "during Friday prayers" before a Sunday publication: 14 March; ISKP's own Amaq claim makes it actor1 with Islamic
# State its parent; the disputed toll, police "at least 11" and hospital 17: low = best 11, high 17; "more than 30"
# wounded: at least 30
ev(d, 1, "Suicide bomb", day("2025-03-14"),
   A("Islamic State Khorasan Province", "Islamic State Khorasan Province (ISKP)", 2, "AFG", ("Islamic State",)),
   civ("Afghanistan", "AFG", "worshippers"), P("Mazar-i-Sharif", "AF"), fat=N(11, 11, 17), inj=atleast(30),
   attribution=[("Taliban police spokesman", "a Taliban police spokesman said"),
                ("hospital doctor", "A doctor at the city's main hospital, who asked not to be named, said")],
   claims=[("Islamic State Khorasan Province", "claim responsibility", "apostates",
            "claimed responsibility in a statement on its Amaq news agency on Saturday")])
# "on Saturday night": 15 March; Taliban intelligence (the de facto state's forces, the convention of 52); suspects
# helping the bomber are civilians (the convention of 53); "in the Dehdadi district outside the city": precision 2
ev(d, 2, "Arrests", day("2025-03-15"), pol("Afghanistan", "AFG", "Taliban intelligence forces"),
   civ("Afghanistan", "AFG", "six men suspected of helping to plan the attack"), P("Dehdadi", "AF", 2), arr=exact(6),
   attribution=[("interior ministry", "interior ministry spokesman Abdul Mateen Qani said on Sunday")])
# "on Thursday": 13 March; a roadside bomb on Taliban fighters; only a Taliban official blames the NRF, which denies:
# actor1 unidentified with `accuse` and `deny` (the rule on who did it); "near Bazarak": precision 2
ev(d, 3, "Remote explosive/landmine/IED", day("2025-03-13"), uag("Afghanistan", "AFG", "a roadside bomb"),
   mil("Afghanistan", "AFG", "a vehicle carrying Taliban fighters"), P("Bazarak", "AF", 2), fat=exact(2),
   attribution=[("local Taliban official", "a local Taliban official said")],
   claims=[("local Taliban official", "accuse", "National Resistance Front", "He blamed the National Resistance Front"),
           ("National Resistance Front", "deny", None, "The NRF denied any role")])
# recalled with its own date: background; "In October 2021": the whole month; claimed by the group: ISKP actor1;
# "more than 50": at least 50
ev(d, 4, "Suicide bomb", span("2021-10-01", "2021-10-31", "month"),
   A("Islamic State Khorasan Province", "the group", 2, "AFG", ("Islamic State",)),
   civ("Afghanistan", "AFG", "more than 50 worshippers"), P("Kunduz", "AF"), background=True, fat=atleast(50))
# not coded: ISKP's repeated attacks on Hazaras since 2021 (a summary), the Taliban's return in August 2021, the
# accusation against Pakistan and its denial (diplomatic, no event), the tightened security before Eid (planned)


# --- 327-331: blind batch (session 16), written without running the extractor ---

d = "327_kanyabayonga_m23_capture_kayna_shelling"
# "on Saturday" before a Sunday publication: 29 June; the rebels take the town after the troops and the Wazalendo pull
# back: Non-state actor overtakes territory (the convention of 13), the troops actor2 with the Wazalendo as associates;
# residents and a local official report it and the army acknowledges the withdrawal, so it is not an unverified claim;
# the "two days of fighting" before the pull-back are part of the takeover (the convention of 113)
ev(d, 1, "Non-state actor overtakes territory", day("2024-06-29"), A("M23", "M23 rebels", 2, "COD"),
   mil("Democratic Republic of Congo", "COD", "government troops"), P("Kanyabayonga", "CD"),
   assoc2=[A("Wazalendo", "allied militiamen", 3, "COD")],
   attribution=[("residents and a local official", "residents and a local official said"),
                ("army spokesman", "An army spokesman acknowledged on Sunday")])
# "On Friday": 28 June; only the army (a party) blames the M23, which denies it: actor1 unidentified with `accuse` and
# `deny` (the convention of 13); "at least five" dead; "around a dozen" wounded: best 12 only
ev(d, 2, "Shelling/artillery/missile attack", day("2024-06-28"), uag("Democratic Republic of Congo", "COD", "shells"),
   civ("Democratic Republic of Congo", "COD", "at least five civilians, two of them children"), P("Kayna", "CD"),
   fat=atleast(5), inj=N(None, 12, None),
   attribution=[("civil society leader", "said the head of a local civil society group, Jean-Claude Kasereka"),
                ("hospital nurse", "A nurse at the town's hospital said")],
   claims=[("Military Forces of Democratic Republic of Congo", "accuse", "M23", "The army blamed the M23 for the shelling."),
           ("M23", "deny", None, "denied that the rebels had fired on Kayna and accused government forces of shelling the town themselves")])
# recalled with its own date: background; Goma captured after the troops fled
ev(d, 3, "Non-state actor overtakes territory", day("2012-11-20"), A("M23", "it", 2, "COD"),
   mil("Democratic Republic of Congo", "COD", "government troops"), P("Goma", "CD"), background=True)
# not coded: Kanyuka's vow to "continue our march" towards Butembo (a threat), the displacement figures, the accusations
# that Rwanda backs the M23 (no single happening), next week's Angola talks (planned), the M23's withdrawal from Goma and
# its 2013 defeat and its return to arms in late 2021 (no dated single happening)

d = "328_kulachi_police_station_suicide_bombing_datta_khel_raid"
# "late on Thursday" before a Saturday publication: 10 April; the TTP's own claim makes it actor1 (the convention of
# 33); four policemen and a passer-by: 5; "At least 12" wounded
ev(d, 1, "Suicide bomb", day("2025-04-10"),
   A("Tehreek-e-Taliban Pakistan", "The Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP)", 2, "PAK"),
   pol("Pakistan", "PAK", "a police station"), P("Kulachi", "PK"), fat=exact(5), inj=atleast(12),
   assoc2=[civ("Pakistan", "PAK", "a passer-by")],
   attribution=[("police", "police said"), ("district police officer", "district police officer Sajjad Ahmed told reporters")],
   claims=[("Tehreek-e-Taliban Pakistan", "claim responsibility", None,
            "claimed responsibility for the bombing in a statement to journalists")])
# "on Friday": 11 April; a raid with an exchange of fire that kills eight militants and two soldiers: Armed clash, the
# security forces actor1, the militants unnamed (ISPR names no group): unidentified; 8 + 2 = 10
ev(d, 2, "Armed clash", day("2025-04-11"), mil("Pakistan", "PAK", "security forces"),
   uag("Pakistan", "PAK", "eight militants"), P("Datta Khel", "PK"), fat=exact(10),
   attribution=[("ISPR", "the military's media wing, Inter-Services Public Relations (ISPR), said in a statement")])
# recalled with its own date: background; "in January 2023": the month window; "more than 80": at least 80; the
# sentence names no perpetrator: unidentified
ev(d, 3, "Suicide bomb", span("2023-01-01", "2023-01-31", "month"), uag("Pakistan", "PAK", "a suicide bomber"),
   pol("Pakistan", "PAK", "most of them police officers"), P("Peshawar", "PK"), background=True, fat=atleast(80))
# not coded: the TTP's warning of more attacks on police (a threat), the end of the ceasefire in November 2022 (a
# change of activity recalled only as the start of a surge; the surge itself a summary), the armoured vehicles promised,
# Islamabad's accusation against Kabul and Kabul's denial (no happening)

d = "329_nairobi_finance_bill_protest_police_fire_mombasa_march"
# "on Thursday" before a Friday publication: 20 June; police firing live rounds on a crowd that had gathered
# peacefully: Excessive force against protesters, the police actor1; "at least two" dead; 47 injured at the hospital;
# "more than 100" arrested in the capital; "thousands": crowd 2000; the police denial of live ammunition a `deny`
ev(d, 1, "Excessive force against protesters", day("2024-06-20"), pol("Kenya", "KEN", "Kenyan police"),
   A("Protesters (Kenya)", "thousands of mostly young demonstrators", 6, "KEN"), P("Nairobi", "KE"),
   fat=atleast(2), inj=exact(47), arr=atleast(100), crowd=dict(low=2000, high=None),
   attribution=[("Amnesty International Kenya", "Amnesty International Kenya said"),
                ("Kenyatta National Hospital", "Kenyatta National Hospital said"),
                ("Law Society of Kenya", "according to the Law Society of Kenya")],
   claims=[("National Police Service", "deny", None, "denied using live ammunition")])
# the same day in Mombasa, no intervention: Peaceful protest; "about 1,000": crowd 1000
ev(d, 2, "Peaceful protest", day("2024-06-20"), A("Protesters (Kenya)", "about 1,000 people", 6, "KEN"), None,
   P("Mombasa", "KE"), crowd=dict(low=1000, high=None),
   attribution=[("local police commander", "a local police commander said")])
# not coded: the vote to advance the finance bill (a legislative act), the dropped levies, the march to State House
# called for Sunday and called off on Friday (planned, then cancelled), the call to wear black and stay home

d = "330_kanbalu_village_airstrike_indaw_outpost_captured"
# "on Saturday" before a Tuesday publication: 16 November; a military jet named by residents makes the army actor1,
# its own statement a claim with the PDF as target and its denial of civilian deaths a `deny` (the convention of 08);
# "between 15 and 20": low = best 15, high 20; "Dozens more" wounded: 24; the village "about 20 kilometres west of the
# town of Kanbalu" is missing from cities500: Kanbalu at precision 2
ev(d, 1, "Air/drone strike", day("2024-11-16"), mil("Myanmar", "MMR", "A military jet"),
   civ("Myanmar", "MMR", "families who had fled fighting elsewhere"), P("Kanbalu", "MM", 2),
   fat=N(15, 15, 20), inj=N(24, 24, None),
   attribution=[("residents and a local resistance group", "residents and a local resistance group said"),
                ("resident", "a resident who helped dig the graves told AP by telephone")],
   claims=[("Military Forces of Myanmar", "claim responsibility", "People's Defence Force",
            "the air force had struck \"terrorists\" of the People's Defence Force in the area"),
           ("Military Forces of Myanmar", "deny", None, "He denied that any civilians had been killed.")])
# "fighting that began on Saturday night and ended on Sunday morning": a range 16-17 November; the group's own,
# undenied claim (the convention of 132) makes it actor1; the outpost's capture: Non-state actor overtakes territory
# (the convention of 113); nine soldiers plus two fighters: at least 11; the five prisoners are not arrests (169);
# "on a hill overlooking the town of Indaw": precision 2
ev(d, 2, "Non-state actor overtakes territory", span("2024-11-16", "2024-11-17", "range"),
   A("People's Defence Force", "resistance fighters", 2, "MMR", ("National Unity Government",)),
   mil("Myanmar", "MMR", "at least nine soldiers"), P("Indaw", "MM", 2), fat=atleast(11),
   attribution=[("People's Defence Force", "the local People's Defence Force said in a statement on Monday")],
   claims=[("People's Defence Force", "claim responsibility", "a military outpost",
            "its fighters had killed at least nine soldiers, taken five prisoner and seized rifles, mortars and ammunition")])
# recalled with its own date: background; "about 170": best 170 only; Pazigyi is in Kanbalu township: precision 2
ev(d, 3, "Air/drone strike", day("2023-04-11"), mil("Myanmar", "MMR", "an air strike"),
   civ("Myanmar", "MMR", "about 170 people"), P("Kanbalu", "MM", 2), background=True, fat=N(None, 170, None))
# not coded: the soldiers still holding Indaw town (a state), the PDF's plan to advance on the town (planned), the
# hundreds of air strikes on Sagaing (a summary), the February 2021 coup, the borderland losses (a summary)

d = "331_maravatio_candidate_killed_navolato_soldiers_clash"
# "on Monday" before a Wednesday publication: 26 February; a banner signed by La Familia Michoacana claiming the
# killing makes it actor1 (the convention of the signed banners in the CJNG article); the candidate a civilian with his
# party as affiliation (the convention of 272); his wounded driver: 1
ev(d, 1, "Attack", day("2024-02-26"), A("La Familia Michoacana", "Gunmen", 3, "MEX"),
   A("Civilians (Mexico)", "Armando Villegas, 51, who was seeking the ruling Morena party's nomination for mayor of Maravatio",
     7, "MEX", ("MORENA: National Regeneration Movement",)),
   P("Maravatio", "MX"), fat=exact(1), inj=exact(1),
   attribution=[("Michoacan attorney general's office", "the Michoacan attorney general's office said")],
   claims=[("La Familia Michoacana", "claim responsibility", None,
            "a banner signed by La Familia Michoacana ... saying Villegas had been killed for \"working with the enemy\"")])
# "on Tuesday": 27 February; armed men opening fire on a patrol, a firefight: Armed clash with the unnamed gunmen
# actor1; four attackers killed, two soldiers wounded, three arrested at the scene (part of the clash); "near": prec 2
ev(d, 2, "Armed clash", day("2024-02-27"), uag("Mexico", "MEX", "a group of armed men"),
   mil("Mexico", "MEX", "soldiers on patrol"), P("Navolato", "MX", 2), fat=exact(4), inj=exact(2), arr=exact(3),
   attribution=[("Defense Ministry", "the Defense Ministry said")])
# not coded: the reported capture of a Sinaloa Cartel leader (denied: "There was no such arrest"), the two dozen
# office-seekers killed since September (a summary), the 2 June election and Morena's march on Sunday (planned)


# --- 337-341: blind batch (session 16), written without running the extractor ---

d = "337_mogadishu_car_bomb_jilib_us_air_strike"
# "on Tuesday evening" before a Wednesday publication: 11 November; a parked car set off by remote control: Remote
# explosive/landmine/IED (not a suicide bomb); al Shabaab's own claim on Andalus makes it actor1; most dead were tea-shop
# customers: civilians as actor2, the two wounded officers an associate; "at least seven" and "more than 20"
ev(d, 1, "Remote explosive/landmine/IED", day("2025-11-11"), A("Al Shabaab", "the Islamist group al Shabaab", 2, "SOM"),
   civ("Somalia", "SOM", "customers of the tea shop"), P("Mogadishu", "SO"), fat=atleast(7), inj=atleast(20),
   assoc2=[pol("Somalia", "SOM", "two of the wounded were police officers")],
   attribution=[("police", "police said"), ("police spokesman", "police spokesman Abdifatah Aden Hassan told reporters")],
   claims=[("Al Shabaab", "claim responsibility", "apostate soldiers and their collaborators",
            "Al Shabaab said in a statement carried by its Andalus radio station that its fighters had targeted \"apostate soldiers and their collaborators\"")])
# AFRICOM's own statement: the United States actor1 (External/Other, 8); "on Sunday": 9 November; "about 50 kilometres
# north of the town of Jilib": precision 2; its count of three fighters killed, its "no civilians were hurt" not coded as
# injured 0 (it speaks of civilians only); al Shabaab's denial of any deaths a `deny`
ev(d, 2, "Air/drone strike", day("2025-11-09"), mil("the United States", "USA", "The U.S. military's Africa Command (AFRICOM)", 8),
   A("Al Shabaab", "al Shabaab", 2, "SOM"), P("Jilib", "SO", 2), fat=exact(3),
   attribution=[("AFRICOM", "the U.S. military's Africa Command (AFRICOM) said on Tuesday")],
   claims=[("AFRICOM", "claim responsibility", "Al Shabaab", "it had carried out an air strike against al Shabaab on Sunday"),
           ("Al Shabaab", "deny", None, "Al Shabaab said none of its members had died.")])
# recalled with its own date: background; the government's blame is an accusation and the group never claimed it:
# actor1 unidentified with an `accuse` claim; Zoobe junction is inside Mogadishu (precision 1); "more than 500"
ev(d, 3, "Remote explosive/landmine/IED", day("2017-10-14"), uag("Somalia", "SOM", "a truck bomb"),
   civ("Somalia", "SOM", "the crowded Zoobe junction"), P("Mogadishu", "SO"), background=True, fat=atleast(500),
   claims=[("Government of Somalia", "accuse", "Al Shabaab", "The government blamed al Shabaab, which never claimed it.")])
# not coded: the president's vow to "finish the job" next year (a threat/plan), the stepped-up security before the
# elections (planned), the years of fighting (a summary), the destroyed stalls (part of e1)

d = "338_gulf_of_aden_houthi_missile_bulk_carrier_hodeidah_strikes"
# "on Friday" before a Saturday publication: 8 March; the Houthis' own claim makes them actor1; the ship is the victim,
# Civilians of the event's country (the convention of 315); "about 90 nautical miles southeast of Aden": Aden at
# precision 2; "no one on board was hurt": 0 and 0
ev(d, 1, "Shelling/artillery/missile attack", day("2024-03-08"), A("Ansar Allah", "Yemen's Houthi rebels", 2, "YEM"),
   civ("Yemen", "YEM", "a bulk carrier"), P("Aden", "YE", 2), fat=exact(0), inj=exact(0),
   attribution=[("UKMTO", "The British military's United Kingdom Maritime Trade Operations centre said")],
   claims=[("Ansar Allah", "claim responsibility", "Malta-flagged ship",
            "Houthi military spokesman Yahya Saree said ... the group's naval forces had struck the Malta-flagged ship")])
# Central Command's own statement: the United States actor1 (External/Other, 8) with British forces an associate;
# "Late on Friday": 8 March; "at Hodeidah airport": Al Hudaydah at precision 1; Al-Masirah's two killed and five wounded
ev(d, 2, "Air/drone strike", day("2024-03-08"), mil("the United States", "USA", "U.S. and British aircraft", 8),
   A("Ansar Allah", "Houthi missile launchers and a drone storage site", 2, "YEM"), P("Al Hudaydah", "YE"),
   fat=exact(2), inj=exact(5), assoc1=[mil("the United Kingdom", "GBR", "British aircraft", 8)],
   attribution=[("Al-Masirah", "The Houthi-run Al-Masirah television said"),
                ("U.S. Central Command", "the U.S. Central Command called")],
   claims=[("U.S. Central Command", "claim responsibility", "Ansar Allah",
            "Central Command said it had destroyed \"imminent threats\" to shipping")])
# recalled with its own date: background; "a Houthi missile" in the reporter's voice; "south of Aden": precision 2;
# the crew's fire-fighting says nothing of casualties: counts null
ev(d, 3, "Shelling/artillery/missile attack", day("2024-01-26"), A("Ansar Allah", "a Houthi missile", 2, "YEM"),
   civ("Yemen", "YEM", "the fuel tanker Marlin Luanda"), P("Aden", "YE", 2), background=True)
# not coded: the drone attack on a U.S. destroyer that Saree claimed and a U.S. official said never happened (negated),
# the dozens of vessels targeted since November (a summary), the rerouting of shipping, al-Houthi's threat to
# "escalate" (a threat)

d = "339_saravena_eln_drone_attack_base_piendamo_blockade"
# "on Sunday" before a Tuesday publication: 31 August; charges dropped from drones: Air/drone strike; the Eastern War
# Front's own message makes the ELN actor1 (the convention of 303); "in the northeastern town of Saravena": precision 1
ev(d, 1, "Air/drone strike", day("2025-08-31"),
   A("National Liberation Army", "Rebels of the National Liberation Army (ELN)", 2, "COL"),
   mil("Colombia", "COL", "an army base"), P("Saravena", "CO"), fat=exact(2), inj=exact(7),
   attribution=[("army", "the army said"), ("18th Brigade", "the army's 18th Brigade said in a statement")],
   claims=[("National Liberation Army", "claim responsibility", None,
            "the ELN's Eastern War Front said its \"aerial unit\" had carried out the attack")])
# a farmers' road blockade cleared with tear gas and a water cannon, no violence by the farmers reported: Protest with
# intervention; "on Monday": 1 September (the blockade's earlier days are not dated separately); "near the town of
# Piendamo": precision 2; "at least nine" hurt; crowd: police 600, organisers about 1,500
ev(d, 2, "Protest with intervention", day("2025-09-01"), A("Protesters (Colombia)", "hundreds of farmers", 6, "COL"),
   pol("Colombia", "COL", "riot police"), P("Piendamo", "CO", 2), inj=atleast(9), arr=exact(5),
   crowd=dict(low=600, high=1500),
   attribution=[("Cauca governor's office", "the Cauca governor's office said"), ("police", "Police said")])
# recalled with its own date: background; the government's blame is an accusation (the convention of 83): actor1
# unidentified with an `accuse` claim; Puerto Jordan is not in cities500: "a village in Arauquita municipality",
# Arauquita at precision 2; "more than 20" wounded
ev(d, 3, "Remote explosive/landmine/IED", day("2024-09-17"), uag("Colombia", "COL", "a truck packed with explosives"),
   mil("Colombia", "COL", "a base in Puerto Jordan"), P("Arauquita", "CO", 2), background=True, fat=exact(2),
   inj=atleast(20),
   claims=[("Government of Colombia", "accuse", "National Liberation Army", "The government blamed that bombing on the ELN.")])
# not coded: the minister's vow to respond and the 600 troops deployed (a deployment), the war since 1964 and the talks
# suspended in January (a summary, a political act), the three-day blockade before Monday (not separately dated), the
# farmers' threat to return to the highway next week (a threat)

d = "340_khambhat_ram_navami_procession_clash_police_firing"
# "on Sunday afternoon" before a Tuesday publication: 6 April; two communities stoning each other and burning shops,
# houses and motorcycles: one Mob violence with both sides Rioters (the convention of 292); "between 15 and 20"
# injured: low = best 15, high 20
ev(d, 1, "Mob violence", day("2025-04-06"), A("Rioters (India)", "Members of the two communities", 5, "IND"),
   A("Rioters (India)", "a Ram Navami procession", 5, "IND"), P("Khambhat", "IN"), fat=exact(1), inj=N(15, 15, 20),
   attribution=[("police", "police said"), ("district police chief", "district police chief Rajesh Gadhiya said")])
# "On Monday evening": 7 April; a crowd demanding the release of detainees fired on with live rounds: Excessive force
# against protesters although police say stones were thrown (the convention of 70), the police version a claim
ev(d, 2, "Excessive force against protesters", day("2025-04-07"), pol("India", "IND", "Police"),
   A("Protesters (India)", "a crowd of several hundred people", 6, "IND"), P("Khambhat", "IN"), fat=exact(1),
   inj=exact(3), crowd=dict(low=300, high=None),
   attribution=[("relatives and a hospital official", "relatives and a hospital official said")],
   claims=[("Police Forces of India", "accuse", "Protesters (India)",
            "Police said officers had fired in self-defence after the crowd threw stones at the building")])
# recalled with its own date: background; clashes between crowds at a procession: Mob violence, both Rioters
ev(d, 3, "Mob violence", day("2022-04-10"), A("Rioters (India)", "clashes during a Ram Navami procession", 5, "IND"),
   A("Rioters (India)", "clashes during a Ram Navami procession", 5, "IND"), P("Khambhat", "IN"), background=True,
   fat=exact(1))
# not coded: the curfew and internet suspension (states), the 28 arrested "by Tuesday" (a total over days), the
# magisterial inquiry, the 2022 demolitions (undated), the opposition's accusation and the minister's denial (political),
# the shutdown called for Thursday (planned)

d = "341_kharkiv_missile_strike_kindrashivka_retaken"
# "on Thursday afternoon" before a Friday publication: 6 June; Russia's own claim of a strike on a military-industrial
# facility makes it actor1 (External/Other, 8; the convention of 86) with the civilians Ukrainian officials name as
# actor2; governor three, mayor five: "between three and five" low = best 3, high 5; "at least 25" wounded
ev(d, 1, "Shelling/artillery/missile attack", day("2024-06-06"), mil("Russia", "RUS", "Russian missiles", 8),
   civ("Ukraine", "UKR", "a residential area of Kharkiv"), P("Kharkiv", "UA"), fat=N(3, 3, 5), inj=atleast(25),
   attribution=[("regional governor Oleh Syniehubov", "Regional governor Oleh Syniehubov said"),
                ("Kharkiv mayor Ihor Terekhov", "Kharkiv Mayor Ihor Terekhov put the toll at five")],
   claims=[("Military Forces of Russia", "claim responsibility", "a facility of the military-industrial complex",
            "Russia's defence ministry said its forces had struck \"a facility of the military-industrial complex\" in Kharkiv with Iskander missiles")])
# "on Wednesday": 5 June (the day of the retaking, not of the Friday statement); confirmed by Russian bloggers and not
# denied by Moscow, so coded; "north of the town of Kupiansk" but the village itself is in cities500: Kindrashivka
# at precision 1
ev(d, 2, "Government regains territory", day("2024-06-05"), mil("Ukraine", "UKR", "its troops"),
   mil("Russia", "RUS", "Russian forces", 8), P("Kindrashivka", "UA"),
   attribution=[("Ukrainian General Staff", "Ukraine's General Staff said on Friday"),
                ("Russian military bloggers", "Russian military bloggers acknowledged")])
# recalled with its own date: background; guided bombs dropped from aircraft: Air/drone strike; "killing 19"
ev(d, 3, "Air/drone strike", day("2024-05-25"), mil("Russia", "RUS", "two Russian guided bombs", 8),
   civ("Ukraine", "UKR", "a crowded hardware hypermarket"), P("Kharkiv", "UA"), background=True, fat=exact(19))
# not coded: Russia's claim to Staromaiorske, which Ukraine denies (an unverified territorial claim), the cross-border
# push since May (a summary), the warned offensive on Sumy and Putin's "buffer zone" (threats), Kyiv's appeal


# --- 347-351: blind batch (session 16, end check), written without running the extractor ---

d = "347_el_fasher_rsf_shelling_mellit_drone_strike"
# "on Monday" before a Tuesday publication: 11 August; "Shelling by ... the RSF" in the reporter's voice: RSF actor1
# with the civilians as actor2; the doctor's 11 and the committee's 15: "between 11 and 15" low = best 11, high 15;
# "dozens" wounded: 24; the kitchen is in a district of the city: El Fasher at precision 1
ev(d, 1, "Shelling/artillery/missile attack", day("2025-08-11"),
   A("Rapid Support Forces", "Sudan's paramilitary Rapid Support Forces (RSF)", 2, "SDN"),
   civ("Sudan", "SDN", "a communal kitchen and neighbouring houses"), P("El Fasher", "SD"), fat=N(11, 11, 15),
   inj=N(24, 24, None),
   attribution=[("doctor at the Saudi Hospital", "a doctor at the Saudi Hospital told AFP"),
                ("El Fasher Resistance Committee", "The El Fasher Resistance Committee, a volunteer network that records casualties, said")])
# "on Sunday": 10 August (not the Monday of the statement); the army's own claim makes it actor1; "about 60 kilometres
# north of El Fasher" but "near the town of Mellit": Mellit at precision 2; "about 40 rebels": best 40 only; the RSF's
# denial of any deaths a `deny`
ev(d, 2, "Air/drone strike", day("2025-08-10"), mil("Sudan", "SDN", "its drones"),
   A("Rapid Support Forces", "a column of RSF vehicles", 2, "SDN"), P("Mellit", "SD", 2), fat=N(None, 40, None),
   attribution=[("army", "the army said")],
   claims=[("Military Forces of Sudan", "claim responsibility", "Rapid Support Forces",
            "the army said its drones had struck a column of RSF vehicles on Sunday near the town of Mellit"),
           ("Rapid Support Forces", "deny", None,
            "An RSF adviser ... said none of the group's fighters had been killed and that the drones had hit lorries carrying goods to market")])
# recalled with its own date: background; the RSF overran an army division headquarters: Non-state actor overtakes
# territory (the convention of 17)
ev(d, 3, "Non-state actor overtakes territory", day("2023-10-26"), A("Rapid Support Forces", "Its fighters", 2, "SDN"),
   mil("Sudan", "SDN", "the army's 16th Infantry Division headquarters"), P("Nyala", "SD"), background=True)
# not coded: the RSF commander's warning to storm the city "within days" (a threat), the army's vow, the siege since May
# 2024 and the war since April 2023 (summaries), the families fleeing to Tawila, the famine and the "more than 300"
# killed since July (a summary)

d = "348_tyre_israeli_drone_strike_car_hezbollah_rockets_meron"
# "on Wednesday" before a Thursday publication: 3 July; the Israeli military's own claim makes it actor1
# (External/Other, 8, the convention of 28); "on the outskirts of ... Tyre": precision 2; two dead, a passer-by wounded
ev(d, 1, "Air/drone strike", day("2024-07-03"), mil("Israel", "ISR", "An Israeli drone strike", 8),
   A("Hezbollah", "a senior Hezbollah field commander and another man", 3, "LBN"), P("Tyre", "LB", 2), fat=exact(2),
   inj=exact(1),
   attribution=[("security source", "a security source said"), ("Lebanon's civil defence", "Lebanon's civil defence said")],
   claims=[("Military Forces of Israel", "claim responsibility", "Hezbollah",
            "The Israeli military said its aircraft had \"eliminated\" the commander of a Hezbollah unit")])
# "on Wednesday evening": 3 July; Hezbollah's own claim; the Meron base is on the mountain near the village: Meron at
# precision 2; "two soldiers had been lightly hurt": injured 2, deaths not mentioned: null
ev(d, 2, "Shelling/artillery/missile attack", day("2024-07-03"), A("Hezbollah", "Hezbollah", 3, "LBN"),
   mil("Israel", "ISR", "an air surveillance base on Mount Meron and ... army positions in the Upper Galilee"),
   P("Meron", "IL", 2), inj=exact(2),
   attribution=[("Israeli military", "The Israeli military said")],
   claims=[("Hezbollah", "claim responsibility", None,
            "it had fired more than 100 Katyusha rockets at an air surveillance base on Mount Meron")])
# "Early on Thursday": the publication day, 4 July; the army's own claim; only "a house"/"a military structure" is hit
# and no victim is named: no actor2 (the convention of 104); "no immediate word on casualties": null
ev(d, 3, "Air/drone strike", day("2024-07-04"), mil("Israel", "ISR", "Israeli jets", 8), None, P("Bint Jbeil", "LB"),
   attribution=[("NNA", "Lebanon's state news agency NNA reported")],
   claims=[("Military Forces of Israel", "claim responsibility", "Hezbollah",
            "The Israeli army said it had hit \"a Hezbollah military structure\" in the area")])
# recalled with its own date: background; Israel never confirmed it and the blame comes from Hezbollah and Hamas:
# actor1 unidentified with `accuse` claims (the convention of 99); al-Arouri "and six other people": 7
ev(d, 4, "Air/drone strike", day("2024-01-02"), uag("Lebanon", "LBN", "an attack on an apartment"),
   A("Hamas", "Hamas deputy leader Saleh al-Arouri", 2, "PSE"), P("Beirut", "LB"), background=True, fat=exact(7),
   claims=[("Hezbollah", "accuse", "Military Forces of Israel", "which Hezbollah and Hamas blamed on Israel"),
           ("Hamas", "accuse", "Military Forces of Israel", "which Hezbollah and Hamas blamed on Israel")])
# not coded: Gallant's warning of a war that would send Lebanon "back to the stone age" (a threat), Nasrallah's vow to
# keep up attacks, the exchanges since 8 October and the displacement (summaries), the brush fires (part of e2)

d = "349_ponce_enriquez_miners_blockade_cuenca_prison_riot"
# "on Wednesday" before a Thursday publication: the clearance on 11 June is coded, the blockade's start "since
# Tuesday" (10 June) is not dated separately (the convention of 339); trucks and rocks on the road, no violence by the miners: Protest with intervention;
# Camilo Ponce Enriquez is not in cities500, "about 45 kilometres south of the town of Naranjal": Naranjal at
# precision 2; "no injuries were reported": 0; crowd: police 800, association 3,000
ev(d, 1, "Protest with intervention", day("2025-06-11"),
   A("Protesters (Ecuador)", "hundreds of small-scale gold miners", 6, "ECU"), pol("Ecuador", "ECU", "Police"),
   P("Naranjal", "EC", 2), inj=exact(0), arr=exact(14), crowd=dict(low=800, high=3000),
   assoc2=[mil("Ecuador", "ECU", "soldiers")],
   attribution=[("authorities", "authorities said"), ("police", "police said")])
# "on Monday night" with control regained "early on Tuesday": a range 9-10 June; inmates burning mattresses and taking
# guards hostage in protest at transfers: Violent demonstration (Rioters), the police who retook the blocks actor2 with
# the soldiers an associate; "at least five" dead, eight injured; the minister's blame of Los Lobos an `accuse`
ev(d, 2, "Violent demonstration", span("2025-06-09", "2025-06-10", "range"),
   A("Rioters (Ecuador)", "Prisoners protesting against the planned transfer of several gang leaders", 5, "ECU"),
   pol("Ecuador", "ECU", "Police"), P("Cuenca", "EC"), fat=atleast(5), inj=exact(8),
   assoc2=[mil("Ecuador", "ECU", "soldiers")],
   attribution=[("SNAI", "the national prison agency SNAI said")],
   claims=[("Interior Minister John Reimberg", "accuse", "Los Lobos",
            "accused the leaders of the Los Lobos gang of ordering the riot from their cells")])
# recalled with its own date: background; two gangs fighting inside a prison: Armed clash (the convention of 309);
# "at least 119"
ev(d, 3, "Armed clash", day("2021-09-28"), A("Los Lobos", "members of Los Lobos", 3, "ECU"),
   A("Los Choneros", "Los Choneros", 3, "ECU"), P("Guayaquil", "EC"), background=True, fat=atleast(119))
# not coded: the blockade's first day (Tuesday, not separately reported), the threatened national mining strike, the
# closure decree and the planned transfers, the "repeated massacres" (a summary), the state of emergency and military
# control of prisons

d = "350_dhaka_university_quota_clash_chhatra_league_chattogram_curfew"
# "on Tuesday" before a Wednesday publication: 16 July; protesters and BCL activists attacking each other: one Mob
# violence, both sides Rioters (the convention of 292), the BCL with its parent party; "near the Muradpur junction" is
# inside the city: precision 1; "Dozens" treated: 24
ev(d, 1, "Mob violence", day("2024-07-16"), A("Rioters (Bangladesh)", "student protesters", 5, "BGD"),
   A("Rioters (Bangladesh)", "activists of the ruling party's student wing", 5, "BGD",
     ("Bangladesh Chhatra League", "Awami League")), P("Chattogram", "BD"), fat=exact(3), inj=N(24, 24, None),
   attribution=[("police", "police said"), ("police officer at the scene", "a police officer at the scene said")])
# "overnight" before a Wednesday-morning statement: a range 16-17 July; 37 detained, "most of them protesters"
ev(d, 2, "Arrests", span("2024-07-16", "2024-07-17", "range"), pol("Bangladesh", "BGD", "Police"),
   A("Protesters (Bangladesh)", "37 people ... most of them protesters", 6, "BGD"), P("Chattogram", "BD"), arr=exact(37),
   attribution=[("police", "Police said on Wednesday")])
# "On Monday": 15 July; news of its own (the convention of 57), not background; BCL activists charging a march and
# students fighting back with stones: Mob violence, BCL actor1; "More than 250": at least 250; each side's blame a claim
ev(d, 3, "Mob violence", day("2024-07-15"),
   A("Rioters (Bangladesh)", "BCL activists armed with iron rods and sticks", 5, "BGD",
     ("Bangladesh Chhatra League", "Awami League")),
   A("Rioters (Bangladesh)", "students marching across the Dhaka University campus", 5, "BGD"), P("Dhaka", "BD"),
   inj=atleast(250),
   attribution=[("witnesses", "witnesses said"), ("doctor at Dhaka Medical College Hospital", "a doctor at Dhaka Medical College Hospital told AFP")],
   claims=[("Bangladesh Chhatra League", "accuse", "Protesters (Bangladesh)", "Each side blamed the other for starting the violence."),
           ("Protesters (Bangladesh)", "accuse", "Bangladesh Chhatra League", "Each side blamed the other for starting the violence.")])
# "on Tuesday afternoon": 16 July; a road sit-in that dispersed peacefully: Peaceful protest; "several thousand": 3,000
ev(d, 4, "Peaceful protest", day("2024-07-16"), A("Protesters (Bangladesh)", "several thousand students", 6, "BGD"),
   None, P("Rajshahi", "BD"), crowd=dict(low=3000, high=None), attribution=[("police", "police said")])
# not coded: the curfew and the closure of universities (states/decisions), Quader's "fitting reply" (a threat), the
# "complete shutdown" called for Thursday (planned), two weeks of demonstrations (a summary), the 2018 scrapping and
# the June High Court ruling (political/judicial acts)

d = "351_ndop_school_attack_batibo_separatist_camp_raid"
# "on Monday" before a Tuesday publication: 8 September; only the governor names separatists and the ADF denies:
# actor1 unidentified (the convention of 142), the blame an `accuse`, the ADF's denial a `deny` and its counter-blame an
# `accuse`; the burnt classrooms are part of the attack; one teacher killed, two pupils wounded
ev(d, 1, "Attack", day("2025-09-08"), uag("Cameroon", "CMR", "Gunmen"),
   civ("Cameroon", "CMR", "a teacher and two pupils at a government secondary school"), P("Ndop", "CM"), fat=exact(1),
   inj=exact(2),
   attribution=[("local officials", "local officials said"), ("school administrator", "a school administrator told Reuters by telephone")],
   claims=[("regional governor", "accuse", "Ambazonian Separatists", "The regional governor blamed Anglophone separatist fighters"),
           ("Ambazonia Defence Forces", "deny", None, "denied that its fighters had been involved"),
           ("Ambazonia Defence Forces", "accuse", "Military Forces of Cameroon", "accused the army of staging the attack")])
# "on Saturday" (said on Monday): 6 September; a raid on an armed camp: Armed clash; "about 10 kilometres from the town
# of Batibo": precision 2; disputed tolls: the commander's two and the army's eight give low = best 2, high 8 (the
# convention of 341); the burned houses are only an accusation: a claim, not an event
ev(d, 2, "Armed clash", day("2025-09-06"), mil("Cameroon", "CMR", "soldiers"),
   A("Ambazonian Separatists", "a separatist camp", 2, "CMR"), P("Batibo", "CM", 2), fat=N(2, 2, 8),
   attribution=[("army", "the army said on Monday")],
   claims=[("General No Pity", "deny", None, "only two of his men had died"),
           ("General No Pity", "accuse", "Military Forces of Cameroon", "accused soldiers of burning houses in a nearby village")])
# recalled with its own date: background; the government's blame and no claim: unidentified with an `accuse`;
# "more than a dozen" wounded: at least 12
ev(d, 3, "Attack", day("2020-10-24"), uag("Cameroon", "CMR", "gunmen"),
   civ("Cameroon", "CMR", "seven children"), P("Kumba", "CM"), background=True, fat=exact(7), inj=atleast(12),
   claims=[("Government of Cameroon", "accuse", "Ambazonian Separatists", "The government blamed separatists for that attack, which no group claimed.")])
# not coded: the two-week "lockdown" called from next Monday (planned/threatened), the school boycott since 2017 (a
# habit), the burning of houses (an accusation only), the 2016 crackdown and the conflict's 6,000 dead (summaries)

# --- 352-356: blind batch (session 16, end check), written without running the extractor ---

d = "352_cabo_delgado_village_beheadings_rwandan_counterattack"
# "on Sunday" before a Thursday publication: 12 October; the reporter names the attackers "Islamic State-linked
# insurgents" and the group's own Amaq statement claims the killings: Islamic State actor1; beheadings and burned homes
# are one Attack; "between six and eight": low = best 6, high 8; an unnamed village "about 35 kilometres southwest of
# ... Mocimboa da Praia": Mocimboa da Praia at precision 2
ev(d, 1, "Attack", day("2025-10-12"), A("Islamic State", "Islamic State-linked insurgents", 2, "MOZ"),
   civ("Mozambique", "MOZ", "between six and eight villagers"), P("Mocimboa da Praia", "MZ", 2), fat=N(6, 6, 8),
   attribution=[("residents", "residents and a local official said on Thursday"),
                ("local official", "the local official said, asking not to be named")],
   claims=[("Islamic State", "claim responsibility", "Christians",
            "The Islamic State group said in a statement on its Amaq outlet that its fighters had killed eight \"Christians\"")])
# "On Tuesday": 14 October (not the Wednesday of the statement); Rwandan troops abroad are External/Other (8); an
# assault on a hideout with hours of fighting: Armed clash; "More than a dozen" insurgents: at least 12; two Rwandan
# soldiers wounded (the only injuries given, coded as in 343); "in the forest near the village": precision 2
ev(d, 2, "Armed clash", day("2025-10-14"), mil("Rwanda", "RWA", "Rwandan troops", 8),
   A("Islamic State", "the militants", 2, "MOZ"), P("Mocimboa da Praia", "MZ", 2), fat=atleast(12), inj=exact(2),
   attribution=[("Rwanda Defence Force", "the Rwanda Defence Force said in a statement on Wednesday")])
# recalled with its own date: background; insurgents overrunning the town and holding it ten days: Non-state actor
# overtakes territory (the convention of 131), the garrison actor2; Palma is missing from cities500 and no reference
# town is named: the province (precision 3); "dozens" killed: 24
ev(d, 3, "Non-state actor overtakes territory", day("2021-03-24"), A("Islamic State", "insurgents", 2, "MOZ"),
   mil("Mozambique", "MOZ", "its army garrison"), R("Cabo Delgado", "MZ", "Pemba"), background=True,
   fat=N(24, 24, None))
# not coded: the note warning the insurgents would return (a threat), the police units to be sent (planned), the seizure
# of Macomia the army denied (negated), the 6,000 killed since October 2017 (a summary), TotalEnergies' suspension and
# planned restart (no event), the Rwandan deployment since 2021

d = "353_zakho_oil_field_drone_sulaymaniyah_salary_protest"
# "on Wednesday" before a Thursday publication: 16 July; no claim and only the KRG's blame of PMF "outlaw groups" and
# Kataib Hezbollah's denial: actor1 unidentified with `accuse` and `deny`; an oil field with no one hurt: no actor2
# (the convention of the refinery strikes in 139), "No one was hurt": 0 and 0; "near the town of Zakho": GeoNames'
# Zaxo at precision 2
ev(d, 1, "Air/drone strike", day("2025-07-16"), uag("Iraq", "IRQ", "An explosive-laden drone"), None,
   P("Zakho", "IQ", 2), fat=exact(0), inj=exact(0),
   attribution=[("officials", "officials said"), ("Kurdistan interior ministry", "the region's interior ministry said")],
   claims=[("Kurdistan Regional Government interior ministry", "accuse", "Popular Mobilization Forces",
            "The Kurdistan Regional Government's interior ministry blamed \"outlaw groups\" within the Popular Mobilization Forces"),
           ("Kataib Hezbollah", "deny", None, "Kataib Hezbollah ... denied any involvement in a statement on Telegram")])
# "on Tuesday": 15 July; a march dispersed with tear gas and water cannon, no violence by the marchers: Protest with
# intervention, its seven detentions part of it; the Kurdistan region's security forces coded as Iraq's police (the
# convention of 313); "several hundred": crowd 300; "At least 15" treated
ev(d, 2, "Protest with intervention", day("2025-07-15"),
   A("Protesters (Iraq)", "several hundred public employees", 6, "IRQ"), pol("Iraq", "IRQ", "security forces"),
   P("Sulaymaniyah", "IQ"), inj=atleast(15), arr=exact(7), crowd=dict(low=300, high=None),
   attribution=[("local rights group", "a local rights group said")])
# "on the same day": 15 July; a sit-in that "ended peacefully": Peaceful protest; "about 300": crowd 300; Kalar is
# GeoNames' Kelar
ev(d, 3, "Peaceful protest", day("2025-07-15"), A("Protesters (Iraq)", "about 300 teachers", 6, "IRQ"), None,
   P("Kalar", "IQ"), crowd=dict(low=300, high=None),
   attribution=[("local journalist", "a local journalist said")])
# recalled with its own date: background; unclaimed: unidentified; the Yemeni workers are Civilians (Iraq) with their
# nationality as associate (the convention of 81); the Khor Mor field "near Chamchamal": GeoNames' Jamjamal, precision 2
ev(d, 4, "Air/drone strike", day("2024-04-26"), uag("Iraq", "IRQ", "the drone strike"),
   civ("Iraq", "IRQ", "four Yemeni workers"), P("Chamchamal", "IQ", 2), background=True, fat=exact(4),
   assoc2=[civ("Yemen", "YEM", "four Yemeni workers")])
# not coded: the "more than a dozen" attacks since July (a summary), the halted production, the unions' open-ended
# strike threatened for next week, Sunday's planned meeting in Baghdad, the export halt since March 2023

d = "354_venezuela_post_election_unrest_maracaibo_shooting_valencia"
# "on Monday night" before a Wednesday publication: 29 July; troops firing on a crowd banging pots: Excessive force
# against protesters, the force actor1; the National Guard is part of the armed forces (the convention of 161); the
# government's "armed commandos" a claim; "between five and seven" wounded: low = best 5, high 7
ev(d, 1, "Excessive force against protesters", day("2024-07-29"), mil("Venezuela", "VEN", "National Guard troops"),
   A("Protesters (Venezuela)", "a crowd banging pots and pans", 6, "VEN"), P("Maracaibo", "VE"),
   fat=exact(2), inj=N(5, 5, 7),
   attribution=[("Foro Penal", "the rights group Foro Penal said, citing witnesses and relatives")],
   claims=[("Government of Venezuela", "accuse", "armed commandos",
            "The government said the troops had come under attack from \"armed commandos\" paid by the opposition")])
# "Earlier on Monday": 29 July; a crowd toppling and dragging a statue: Rioters (Violent demonstration); no force seen:
# no actor2
ev(d, 2, "Violent demonstration", day("2024-07-29"), A("Rioters (Venezuela)", "a crowd", 5, "VEN"), None,
   P("Coro", "VE"), attribution=[("AP", "according to videos verified by the AP")])
# "on Tuesday afternoon": 30 July; setting fire to the party office and stoning police: Rioters with police actor2 (the
# convention of 01); "Dozens" detained: 24
ev(d, 3, "Violent demonstration", day("2024-07-30"), A("Rioters (Venezuela)", "demonstrators", 5, "VEN"),
   pol("Venezuela", "VEN", "police"), P("Valencia", "VE"), arr=N(24, 24, None),
   attribution=[("state police commander", "a state police commander told local radio")])
# not coded: Saab's 749 arrests since Monday and Foro Penal's 11 dead nationwide (summaries), the election and the
# council's declaration (political acts), Machado's march called for Saturday (planned), Maduro's warning (a threat),
# the 2014 and 2017 protest waves (summaries)

d = "355_beoga_pilot_shot_plane_burned_rebel_camp_raid"
# "on Tuesday" before a Thursday publication: 10 February; the TPNPB's own statement makes it actor1 (the convention of
# 94) with the Free Papua Movement its parent; the shooting and the burning of the plane are one Attack; "No one else was
# hurt": injured 0; the carrier's rejection of the rebels' reason a `deny` (the convention of 291)
ev(d, 1, "Attack", day("2026-02-10"),
   A("West Papua National Liberation Army", "Separatist rebels", 2, "IDN", ("Free Papua Movement",)),
   civ("Indonesia", "IDN", "a pilot"), P("Beoga", "ID"), fat=exact(1), inj=exact(0),
   attribution=[("police spokesman Ignatius Benny Adi Prabowo", "said regional police spokesman Ignatius Benny Adi Prabowo")],
   claims=[("West Papua National Liberation Army", "claim responsibility", "the aircraft",
            "its fighters had carried out the killing because the aircraft was \"transporting military personnel and supplies\""),
           ("the carrier", "deny", None, "The small carrier that operated the plane rejected that")])
# "On Wednesday": 11 February; a raid that sets off an hour-long gunfight: Armed clash; soldiers actor1 with the
# police an associate; three dead by both accounts: 3; the TPNPB's charge that two were villagers an `accuse`; "in
# the hills outside Beoga": precision 2
ev(d, 2, "Armed clash", day("2026-02-11"), mil("Indonesia", "IDN", "soldiers and police of a joint task force"),
   A("West Papua National Liberation Army", "a rebel camp", 2, "IDN", ("Free Papua Movement",)), P("Beoga", "ID", 2),
   fat=exact(3), assoc1=[pol("Indonesia", "IDN", "soldiers and police of a joint task force")],
   attribution=[("task force", "the task force said")],
   claims=[("West Papua National Liberation Army", "accuse", "Military Forces of Indonesia",
            "accused the troops of killing two villagers who were tending their gardens")])
# recalled with its own date: background; police blame and TPNPB denial: actor1 unidentified with `accuse` and `deny`,
# empty text; the New Zealand pilot is Civilians (Indonesia) with his nationality as associate (the convention of 291);
# "a village in Mimika regency, near the mining town of Timika": Timika at precision 2
ev(d, 3, "Attack", day("2024-08-05"), uag("Indonesia", "IDN", ""),
   civ("Indonesia", "IDN", "New Zealand helicopter pilot Glen Conning"), P("Timika", "ID", 2), background=True,
   fat=exact(1), assoc2=[civ("New Zealand", "NZL", "New Zealand helicopter pilot Glen Conning")],
   claims=[("Police Forces of Indonesia", "accuse", "West Papua National Liberation Army", "Police blamed the rebels at the time"),
           ("West Papua National Liberation Army", "deny", None, "the TPNPB denied any role")])
# not coded: Sambom's threat to shoot down aircraft (a threat), the suspended flights, the 300 soldiers to be sent
# (planned), the 1969 vote (history), the insurgency's decade (a summary)

d = "356_esenyurt_mayor_arrest_protest_detentions_gezi"
# "on Thursday evening" before a Saturday publication: 31 October; a crowd pushed back with tear gas and pepper spray,
# some trying to remove barriers but no rioting: Protest with intervention (the convention of 171), its 22 detentions
# part of it; "Several thousand": crowd 3000; four officers hurt, the only injuries given (coded as in 343)
ev(d, 1, "Protest with intervention", day("2024-10-31"), A("Protesters (Turkey)", "Several thousand people", 6, "TUR"),
   pol("Turkey", "TUR", "Riot police"), P("Esenyurt", "TR"), inj=exact(4), arr=exact(22), crowd=dict(low=3000, high=None),
   attribution=[("AFP journalist", "an AFP journalist saw"),
                ("Istanbul police department", "The Istanbul police department said")])
# the mayor's arrest "on Wednesday" (30 October), framed as the cause of the protest: background (the convention of 48
# and 89); a mayor coded as a government actor (the convention of 124); the raid on his home is not placed more
# precisely than the city: Istanbul
ev(d, 2, "Arrests", day("2024-10-30"), pol("Turkey", "TUR", "Police"),
   A("Government of Turkey", "Ahmet Ozer, the mayor of Esenyurt", 1, "TUR"), P("Istanbul", "TR"), background=True,
   arr=exact(1))
# "On Friday evening": 1 November; a rally that "ended without incident": Peaceful protest with the CHP an associate;
# "tens of thousands ... according to the CHP": crowd 20,000; the ban on demonstrations does not make it a riot
ev(d, 3, "Peaceful protest", day("2024-11-01"), A("Protesters (Turkey)", "tens of thousands of people", 6, "TUR"), None,
   P("Beylikduzu", "TR"), crowd=dict(low=20000, high=None),
   assoc1=[A("CHP: Republican People's Party", "party leader Ozgur Ozel", 6, "TUR")],
   attribution=[("CHP", "according to the CHP")])
# recalled with its own date: background; a sit-in cleared with tear gas and water cannon: Protest with intervention;
# Gezi Park is in Istanbul: precision 1
ev(d, 4, "Protest with intervention", day("2013-05-31"),
   A("Protesters (Turkey)", "a sit-in against plans to build on the park", 6, "TUR"), pol("Turkey", "TUR", "officers"),
   P("Istanbul", "TR"), background=True)
# not coded: the court's jailing order and the trustee's appointment (judicial and political acts), the governor's ban
# on demonstrations (a ban), the CHP's Sunday rally in Esenyurt (planned), the weeks of nationwide Gezi protests and the
# trustees since 2016 (summaries), the March local elections


def main() -> None:
    write_gold(SAMPLES)


if __name__ == "__main__":
    main()
