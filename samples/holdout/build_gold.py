"""Write samples/holdout/gold.jsonl and manifest.jsonl from the hand coding below.

The held-out set follows the conventions of samples/README.md; the gazetteer fields come
from the same GeoNames look-ups as samples/tools/geo.py (imported, not copied), and every
record is validated against eventlens.schema.Event.
Run: .venv/bin/python samples/holdout/build_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HOLDOUT = Path(__file__).resolve().parent
sys.path.insert(0, str(HOLDOUT.parent / "tools"))
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

WAGNER = ("Wagner Group", 8, "RUS")

# --- 01 Haiti: gang raid on Pont-Sonde (not in cities500: Saint-Marc, 20 km away, prec 2) ---
d = "01_pont_sonde_gang_raid"
ev(d, 1, "Attack", day("2024-10-03"), A("Gran Grif", "Members of the Gran Grif gang", 3, "HTI"),
   civ("Haiti", "HTI", "at least 70 people, among them ten women and three babies"),
   P("Saint-Marc", "HT", 2), fat=atleast(70), inj=exact(16),
   attribution=[("UN human rights office", "the United Nations human rights office said"),
                ("civil protection agency", "the civil protection agency said")],
   claims=[("Gran Grif", "claim responsibility", None,
            "a man presenting himself as one of its leaders said the raid was revenge")])
# not coded: the threat that "other towns in the valley would be next"; 3,600 killed since January

# --- 02 Niger: army post near Ouallam; IS Sahel claims, the army denies losing the post -----
d = "02_ouallam_army_post"
# ACLED sums all sides: 29 soldiers plus "about 20" attackers (as 11_boni in samples/)
ev(d, 1, "Armed clash", day("2024-12-10"),
   A("Islamic State Sahel Province", "The Islamic State Sahel Province", 2, "NER", ("Islamic State",)),
   mil("Niger", "NER", "Twenty-nine Nigerien soldiers"), P("Ouallam", "NE", 2),
   fat=N(29, 49, None), inj=atleast(3),
   attribution=[("defence ministry", "the defence ministry said in a statement read on state television")],
   claims=[("Islamic State Sahel Province", "claim responsibility", None,
            "said in a statement on its propaganda channels that its fighters had carried out the attack"),
           ("Military Forces of Niger", "deny", None,
            "The ministry rejected that account, saying the post \"remains firmly in the hands\" of the army")])
ev(d, 2, "Air/drone strike", span("2024-12-05", "2024-12-11", "week"),
   mil("Niger", "NER", "the army"), uag("Niger", "NER", "\"terrorists\""),
   R("Tillaberi", "NE", "Tillaberi"), fat=atleast(24),
   attribution=[("army", "the army said")])

# --- 03 Cameroon: Bafut abduction, Kumbo school burnt, background Kumba 2020 ----------------
d = "03_bafut_school_abduction"
ev(d, 1, "Abduction/forced disappearance", day("2024-05-20"), uag("Cameroon", "CMR", "Gunmen"),
   civ("Cameroon", "CMR", "at least 11 pupils and two teachers"), P("Bafut", "CM"), fat=exact(1),
   attribution=[("local officials", "local officials said")],
   claims=[("governor of the North-West region", "accuse", "Ambazonian separatists",
            "blamed \"Ambazonian separatist fighters\" for the kidnapping"),
           ("separatist spokesman", "deny", None,
            "denied that its fighters were involved")])
ev(d, 2, "Looting/property destruction", day("2024-05-18"), uag("Cameroon", "CMR", "gunmen"),
   civ("Cameroon", "CMR", "a government primary school"), P("Kumbo", "CM"),
   fat=exact(0), inj=exact(0), attribution=[("teachers' union", "according to a teachers' union")])
ev(d, 3, "Attack", day("2020-10-24"), uag("Cameroon", "CMR", "gunmen"),
   civ("Cameroon", "CMR", "seven children"), P("Kumba", "CM"), background=True, fat=exact(7))
# not coded: the separatists' ordered lockdown "from next Monday"

# --- 04 Georgia: Tbilisi rally dispersed -------------------------------------------------------
d = "04_tbilisi_agent_law_protest"
ev(d, 1, "Protest with intervention", day("2024-04-30"),
   A("Protesters (Georgia)", "thousands of people", 6, "GEO"),
   pol("Georgia", "GEO", "Georgian riot police"), P("Tbilisi", "GE"),
   inj=atleast(11), arr=exact(63), crowd=dict(low=10000, high=50000),
   attribution=[("AFP journalists", "AFP journalists estimated the crowd"),
                ("interior ministry", "The interior ministry said")])
# not coded: the rally called for Thursday; the protests that stopped last year's bill (summary)

# --- 05 Senegal: riots after Sonko's sentence, one event per city -------------------------
d = "05_sonko_verdict_riots"
ev(d, 1, "Violent demonstration", day("2023-06-01"), A("Rioters (Senegal)", "young men", 5, "SEN"),
   pol("Senegal", "SEN", "police"), P("Dakar", "SN"), fat=exact(4),
   attribution=[("interior minister", "interior minister Antoine Felix Diome told state television")])
ev(d, 2, "Violent demonstration", day("2023-06-01"), A("Rioters (Senegal)", "crowds", 5, "SEN"),
   pol("Senegal", "SEN", "a police station"), P("Ziguinchor", "SN"), fat=exact(2),
   attribution=[("interior minister", "the minister said")])
# not coded: "hundreds detained across the country" (no place); the March 2021 protests (summary)

# --- 06 Pakistan: Madyan lynching (not in cities500: Mingora, 55 km, prec 2); Sialkot 2021 --
d = "06_swat_mob_lynching"
ev(d, 1, "Mob violence", day("2024-06-20"), A("Rioters (Pakistan)", "A mob", 5, "PAK"),
   civ("Pakistan", "PAK", "a man accused of desecrating the Koran"), P("Mingora", "PK", 2),
   fat=exact(1), inj=atleast(8), arr=exact(0),
   attribution=[("police", "police said"), ("police official", "said Zahidullah Khan, a police official in Swat district")])
ev(d, 2, "Mob violence", span("2021-12-01", "2021-12-31", "month"),
   A("Rioters (Pakistan)", "a mob", 5, "PAK"),
   civ("Sri Lanka", "LKA", "a Sri Lankan factory manager"), P("Sialkot", "PK"),
   background=True, fat=exact(1))

# --- 07 Nigeria: Gwoza wedding bombing; Chibok April 2014 in background -------------------
d = "07_gwoza_wedding_bombing"
# suspicion on Boko Haram is the article's, not a naming: actor1 stays unidentified
ev(d, 1, "Suicide bomb", day("2024-06-29"),
   uag("Nigeria", "NGA", "A woman carrying a baby on her back"),
   civ("Nigeria", "NGA", "Children, women and pregnant women"), P("Gwoza", "NG"),
   fat=atleast(18), inj=exact(42),
   attribution=[("state emergency management agency", "the state emergency management agency said")])
ev(d, 2, "Abduction/forced disappearance", span("2014-04-01", "2014-04-30", "month"),
   A("Boko Haram", "Boko Haram fighters", 2, "NGA"), civ("Nigeria", "NGA", "276 schoolgirls"),
   P("Chibok", "NG"), background=True)

# --- 08 Yemen: US/UK strikes near Hodeidah overnight before a Friday publication -----------
d = "08_hodeidah_us_strikes"
ev(d, 1, "Air/drone strike", span("2024-01-11", "2024-01-12", "range"),
   mil("the United States", "USA", "US warplanes and a submarine", 8),
   A("Ansar Allah", "the Houthis", 2, "YEM"), P("Al Hudaydah", "YE", 2),
   fat=exact(5), inj=exact(6),
   assoc1=[mil("the United Kingdom", "GBR", "British Typhoon jets", 8)],
   attribution=[("US Central Command", "The US Central Command said"),
                ("Houthi military spokesman", "Houthi military spokesman Yahya Saree said")],
   claims=[("Military Forces of the United States", "claim responsibility", "Ansar Allah",
            "the US military said on Friday, in retaliation for Houthi attacks on merchant shipping")])
# not coded: the Houthis' vow that the strikes "will not go unpunished"; attacks on ships since November

# --- 09 Libya: Tripoli fighting Monday night and Tuesday, truce late Tuesday ----------------
d = "09_tripoli_brigade_clashes"
b444 = A("444 Brigade", "the 444 Brigade", 3, "LBY", ("Government of National Unity",))
radaa = A("Special Deterrence Force", "the Special Deterrence Force, known as Radaa", 3, "LBY",
          ("Government of National Unity",))
ev(d, 1, "Armed clash", span("2023-08-14", "2023-08-15", "range"), b444, radaa, P("Tripoli", "LY"),
   fat=atleast(55), inj=exact(146),
   attribution=[("Emergency Medicine Centre", "the Emergency Medicine Centre said on Wednesday")])
ev(d, 2, "Agreement", day("2023-08-15"), b444, radaa, P("Tripoli", "LY"),
   attribution=[("social council of Souq al-Jumaa", "the social council of the Souq al-Jumaa district ... announced")])

# --- 10 Thailand: Rueso roadside bomb, Yala grenade --------------------------------------------
d = "10_narathiwat_roadside_bomb"
ev(d, 1, "Remote explosive/landmine/IED", day("2024-03-12"), uag("Thailand", "THA", "A roadside bomb"),
   mil("Thailand", "THA", "paramilitary rangers"), P("Rueso", "TH", 2), fat=exact(2), inj=exact(3),
   attribution=[("police", "police said"), ("police officer", "a police officer in the district told AFP")],
   claims=[("Police Forces of Thailand", "accuse", "Barisan Revolusi Nasional",
            "Police said they suspected the Barisan Revolusi Nasional (BRN)"),
           ("Barisan Revolusi Nasional", "deny", None, "the group \"had no part\" in the bombing")])
ev(d, 2, "Grenade", day("2024-03-11"),
   uag("Thailand", "THA", "an unidentified man on a motorcycle"),
   pol("Thailand", "THA", "two officers"), P("Yala", "TH"), inj=exact(2),
   attribution=[("local police", "local police said")])

# --- 11 Ecuador: TV studio seized in Guayaquil, hostages freed, 13 arrested ----------------
d = "11_guayaquil_tv_takeover"
# hostage-taking is coded as abduction; the rescue and arrests belong to the same happening
ev(d, 1, "Abduction/forced disappearance", day("2024-01-09"), uag("Ecuador", "ECU", "Masked gunmen"),
   civ("Ecuador", "ECU", "presenters and technicians"), P("Guayaquil", "EC"),
   fat=exact(0), inj=exact(2), arr=exact(13),
   attribution=[("police", "police said"), ("police commander", "Police commander Cesar Zapata said")])
# not coded: the "internal armed conflict" decree, the state of emergency, Fito's escape, threats

# --- 12 Guinea: live fire on FNDC protesters in Conakry ------------------------------------
d = "12_conakry_protest_shooting"
ev(d, 1, "Excessive force against protesters", day("2022-07-28"),
   pol("Guinea", "GIN", "Guinean security forces"),
   A("Protesters (Guinea)", "protesters", 6, "GIN"), P("Conakry", "GN"),
   fat=atleast(2), inj=atleast(24), arr=N(None, 30, None),
   assoc2=[A("National Front for the Defence of the Constitution",
             "the National Front for the Defence of the Constitution (FNDC)", 6, "GIN")],
   attribution=[("medical sources", "according to medical sources and a coalition of civil society groups"),
                ("hospital staff", "according to hospital staff"),
                ("security source", "a security source said")],
   claims=[("Government of Guinea", "deny", None,
            "denied that they had used firearms")])
# not coded: next Thursday's protest, Friday's stay-at-home call, the ECOWAS sanctions threat

# --- 13 Tunisia: Ghannouchi arrested Monday, peaceful rally Tuesday ------------------------
d = "13_ghannouchi_arrest"
ev(d, 1, "Arrests", day("2023-04-17"), pol("Tunisia", "TUN", "Tunisian police"),
   civ("Tunisia", "TUN", "Rached Ghannouchi"), P("Tunis", "TN"), arr=exact(1),
   assoc2=[A("Ennahdha", "the Islamist-inspired Ennahdha party", 7, "TUN")],
   attribution=[("Ennahdha", "his party said"), ("interior ministry", "The interior ministry confirmed the arrest")])
ev(d, 2, "Peaceful protest", day("2023-04-18"),
   A("Protesters (Tunisia)", "several dozen supporters", 6, "TUN"), None, P("Tunis", "TN"),
   crowd=dict(low=36, high=None), attribution=[("AFP photographer", "an AFP photographer said")])
# not coded: Saturday's planned march; the 2021 suspension of parliament; detentions since February

# --- 14 Mali: army (with Wagner) retakes Kidal; rebels shelled Tessalit two days earlier ----
d = "14_kidal_army_retakes"
csp = A("CSP-PSD", "The Permanent Strategic Framework (CSP), the rebel alliance", 2, "MLI")
ev(d, 1, "Government regains territory", day("2023-11-14"), mil("Mali", "MLI", "Malian troops"),
   csp, P("Kidal", "ML"),
   assoc1=[A(WAGNER[0], "fighters of the Russian paramilitary group Wagner", WAGNER[1], WAGNER[2])],
   attribution=[("junta leader", "junta leader Colonel Assimi Goita said in a statement read on state television"),
                ("security source", "according to a security source and local residents")])
ev(d, 2, "Shelling/artillery/missile attack", day("2023-11-12"),
   dict(csp, text="the rebels"), mil("Mali", "MLI", "the army camp in Tessalit"), P("Tessalit", "ML"),
   inj=exact(2), attribution=[("army", "The army said")],
   claims=[("CSP-PSD", "claim responsibility", None, "the rebels said they had shelled the army camp in Tessalit")])
# not coded: "after days of air strikes" (no date, no place), the vow to keep fighting

# --- 15 CAR: 3R sexual violence near Bocaranga earlier this month; clash near Paoua --------
d = "15_bocaranga_abuses_paoua_clash"
r3 = A("3R", "Members of the 3R armed group", 2, "CAF")
ev(d, 1, "Sexual violence", span("2024-02-01", "2024-02-19", "month"), r3,
   civ("Central African Republic", "CAF", "at least five women"), P("Bocaranga", "CF", 2),
   attribution=[("MINUSCA", "the United Nations peacekeeping mission MINUSCA said on Monday")],
   claims=[("3R", "deny", None, "A spokesman for 3R ... rejected the accusation")])
ev(d, 2, "Armed clash", day("2024-02-18"), mil("Central African Republic", "CAF", "soldiers"),
   dict(r3, text="3R fighters"), P("Paoua", "CF", 2), fat=atleast(3), inj=exact(1),
   assoc1=[A(WAGNER[0], "Russian instructors", WAGNER[1], WAGNER[2])],
   attribution=[("army", "the army said")])
# not coded: 3R's threat to attack Bocaranga

# --- 16 New Caledonia: second night of riots in Noumea, overnight before Wednesday --------
d = "16_noumea_riots"
ev(d, 1, "Violent demonstration", span("2024-05-14", "2024-05-15", "range"),
   A("Rioters (New Caledonia)", "rioters", 5, "NCL"),
   pol("France", "FRA", "police officers and gendarmes"), P("Noumea", "NC"),
   fat=exact(3), inj=exact(64), arr=atleast(130),
   attribution=[("French high commissioner", "the French high commissioner said on Wednesday"),
                ("AFP photographer", "an AFP photographer saw")])
# not coded: the state of emergency, the reinforcements, Paita's barricades (no incident)


def main() -> None:
    write_gold(HOLDOUT)


if __name__ == "__main__":
    main()
