"""Word lists used by the geoparser, kept as data.

DEMONYMS: ISO3 -> adjectives / nouns of nationality ("Iraqi" -> IRQ). Plurals in -s are added by
the loader, so list singulars. COUNTRY_ALIASES: short names news uses that the country tables lack.
STOP_WORDS: capitalised English words that are also place names somewhere (GeoNames has a town
called "Of", "Police", "Best", "Mobile", ...): never taken as a toponym on their own without an NER
place label.
"""

from __future__ import annotations

_DEMONYM_TABLE = """
AFG Afghan|Afghani
ALB Albanian
DZA Algerian
AND Andorran
AGO Angolan
ATG Antiguan
ARG Argentine|Argentinian|Argentinean
ARM Armenian
AUS Australian|Aussie
AUT Austrian
AZE Azerbaijani|Azeri
BHS Bahamian
BHR Bahraini
BGD Bangladeshi
BRB Barbadian
BLR Belarusian|Belarussian
BEL Belgian
BLZ Belizean
BEN Beninese
BTN Bhutanese
BOL Bolivian
BIH Bosnian|Bosniak|Herzegovinian
BWA Botswanan|Motswana|Batswana
BRA Brazilian
BRN Bruneian
BGR Bulgarian
BFA Burkinabe|Burkinabè
BDI Burundian
KHM Cambodian
CMR Cameroonian
CAN Canadian
CPV Cape Verdean
CAF Central African
TCD Chadian
CHL Chilean
CHN Chinese
COL Colombian
COM Comoran|Comorian
COG Congolese
CRI Costa Rican
CIV Ivorian
HRV Croatian|Croat
CUB Cuban
CYP Cypriot
CZE Czech
DNK Danish|Dane
DJI Djiboutian
DMA Dominican
ECU Ecuadorian|Ecuadorean
EGY Egyptian
SLV Salvadoran|Salvadorian
GNQ Equatorial Guinean|Equatoguinean
ERI Eritrean
EST Estonian
SWZ Swazi|Eswatini
ETH Ethiopian
FJI Fijian
FIN Finnish|Finn
FRA French|Frenchman|Frenchwoman
GAB Gabonese
GMB Gambian
GEO Georgian
DEU German
GHA Ghanaian
GRC Greek
GRD Grenadian
GTM Guatemalan
GIN Guinean
GNB Bissau-Guinean
GUY Guyanese
HTI Haitian
HND Honduran
HUN Hungarian
ISL Icelandic|Icelander
IND Indian
IDN Indonesian
IRN Iranian|Persian
IRQ Iraqi
IRL Irish
ISR Israeli
ITA Italian
JAM Jamaican
JPN Japanese
JOR Jordanian
KAZ Kazakh|Kazakhstani
KEN Kenyan
KIR I-Kiribati
PRK North Korean
KOR South Korean
XKX Kosovar|Kosovan
KWT Kuwaiti
KGZ Kyrgyz|Kyrgyzstani
LAO Lao|Laotian
LVA Latvian
LBN Lebanese
LSO Basotho|Mosotho
LBR Liberian
LBY Libyan
LIE Liechtensteiner
LTU Lithuanian
LUX Luxembourgish|Luxembourger
MDG Malagasy
MWI Malawian
MYS Malaysian
MDV Maldivian
MLI Malian
MLT Maltese
MHL Marshallese
MRT Mauritanian
MUS Mauritian
MEX Mexican
FSM Micronesian
MDA Moldovan
MCO Monegasque|Monacan
MNG Mongolian
MNE Montenegrin
MAR Moroccan
MOZ Mozambican
MMR Burmese|Myanmar
NAM Namibian
NRU Nauruan
NPL Nepali|Nepalese
NLD Dutch|Dutchman|Netherlands
NZL New Zealander|Kiwi
NIC Nicaraguan
NER Nigerien
NGA Nigerian
MKD Macedonian|North Macedonian
NOR Norwegian
OMN Omani
PAK Pakistani
PLW Palauan
PSE Palestinian
PAN Panamanian
PNG Papua New Guinean
PRY Paraguayan
PER Peruvian
PHL Filipino|Philippine|Filipina
POL Polish|Pole
PRT Portuguese
QAT Qatari
ROU Romanian
RUS Russian
RWA Rwandan
KNA Kittitian|Nevisian
LCA Saint Lucian
VCT Vincentian
WSM Samoan
SMR Sammarinese
STP Sao Tomean
SAU Saudi|Saudi Arabian
SEN Senegalese
SRB Serbian|Serb
SYC Seychellois
SLE Sierra Leonean
SGP Singaporean
SVK Slovak|Slovakian
SVN Slovenian|Slovene
SLB Solomon Islander
SOM Somali|Somalian
ZAF South African
SSD South Sudanese
ESP Spanish|Spaniard
LKA Sri Lankan
SDN Sudanese
SUR Surinamese
SWE Swedish|Swede
CHE Swiss
SYR Syrian
TWN Taiwanese
TJK Tajik|Tajikistani
TZA Tanzanian
THA Thai
TLS Timorese
TGO Togolese
TON Tongan
TTO Trinidadian|Tobagonian
TUN Tunisian
TUR Turkish|Turk
TKM Turkmen
TUV Tuvaluan
UGA Ugandan
UKR Ukrainian
ARE Emirati
GBR British|Briton|English|Scottish|Welsh
USA American
URY Uruguayan
UZB Uzbek|Uzbekistani
VUT Ni-Vanuatu
VEN Venezuelan
VNM Vietnamese
YEM Yemeni|Yemenite
ZMB Zambian
ZWE Zimbabwean
ESH Sahrawi
"""

_COUNTRY_ALIAS_TABLE = """
USA US|U.S.|U.S.A.|USA|United States|America|United States of America
GBR UK|U.K.|Britain|Great Britain|United Kingdom
RUS Russia|Soviet Union|USSR|U.S.S.R.
SYR Syria
IRN Iran
KOR South Korea
PRK North Korea
VNM Vietnam|Viet Nam
LAO Laos
BOL Bolivia
TZA Tanzania
VEN Venezuela
MDA Moldova
CIV Ivory Coast|Cote d'Ivoire
CZE Czech Republic|Czechia
MMR Myanmar|Burma
COD DR Congo|DRC|Democratic Republic of Congo|Democratic Republic of the Congo|Congo-Kinshasa
COG Republic of Congo|Congo-Brazzaville|Congo
PSE Palestine|Palestinian Territories|West Bank|Gaza|Gaza Strip
XKX Kosovo
TWN Taiwan
MKD North Macedonia|Macedonia
SWZ Eswatini|Swaziland
TUR Turkey|Turkiye
CPV Cape Verde
ARE UAE|U.A.E.|Emirates
TLS East Timor|Timor-Leste
VAT Vatican|Holy See
TTO T&T
"""

STOP_WORDS = frozenset(
    w.lower()
    for w in """
Of The A An And Or But She He It They We You I His Her Its Their Our My Your Act Route Lane Drive Boulevard Highway Interstate If In On At To For From By With About After Before Over Under Up Down Out
Police Mobile Best Says Said Say Saying Tell Told Asked News Post Times Herald Star Sun Mail
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Mr Mrs Ms Dr Sir President Prime Minister General Gen Col Lt Sgt Capt Gov Sen Rep Judge Chief King
Queen Prince Sheikh Imam Pope Bishop Father Reverend Officer Agent Commander
God Allah Christ Christmas Easter Ramadan Eid Islam Islamic Muslim Muslims Christian Jewish Sunni
Shia Shiite Kurdish Kurds Arab Arabs Arabic English Western Eastern Northern Southern Central
North South East West Northeast Northwest Southeast Southwest Midwest Middle Upper Lower Greater
Republic Democratic National Federal State States City Town Village County Province District Region
Army Navy Air Force Forces Council Court Party Union Ministry Government Office Department Center
Congress Parliament Senate Assembly Supreme Cabinet Legislature Tribunal Presidency Commission
Centre Hospital School University College Church Mosque Street Road Avenue Square Bridge Park
Market Hotel Airport Station Camp Base Hall House Tower Building Port River Lake Mount Island
Valley Beach Bay Hill Hills Lake Falls Springs Harbor Harbour Gate Gates
Man Woman Men Women People Child Children Family Friends Home Life Love Hope Faith Grace Joy
Peace War Victory Freedom Liberty Justice Unity Independence Progress Union Alliance Front
Time Day Week Month Year Today Tomorrow Yesterday Morning Evening Night Noon
One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next New Old Big Little
Good Bad Great Grand Fair Long Short High Low Deep Rich Gold Silver Golden Royal Holy Saint Santa
Green Red Blue White Black Brown Gray Grey Orange Pink Rose Violet Olive Ruby Pearl Diamond
Crystal Amber Ivy Iris Daisy Lily Lotus Jasmine Ash Oak Pine Cedar Maple Elm Palm Willow Hazel
Moon Star Stars Sky Ocean Sea Sand Stone Rock Fire Water Ice Snow Rain Storm Wind Cloud
Dollar Euro Bank Trade Fair Commerce Industry Energy Power Oil Gas Coal Steel Iron Copper
Why What When Where Who How This That These Those There Here Then Now Also Still Just Even Only
Yes No Not All Any Some Many Much More Most Less Few Every Each Both Other Another Such Same
Said Says Will Would Could Should Must May Might Can Cannot Shall Has Have Had Was Were Are Is Be
Been Being Do Does Did Done Get Got Go Goes Went Gone Come Came Make Made Take Took See Saw Seen
Read Write Call Called Help Work Works Play Show Shows Start Stop End Open Close Free Live Lives
Police Security Military Troops Soldiers Militants Rebels Protesters Gunmen Attack Attacks Bomb
Online Internet Web Video Photo Page Story Report Reports Update Breaking Live Watch Read More
Ltd Inc Corp Co Company Group Services Systems International Global Media Press Associated
Reuters Agence AFP AP BBC CNN Al Jazeera Twitter Facebook
Lincoln Washington Jackson Franklin Jefferson Madison Monroe Adams Clinton Hamilton Grant Lee
Carter Wilson Taylor Harrison Johnson Kennedy Nixon Ford Reagan Bush Obama Trump Biden
Paris Hilton Victoria Sydney Florence Austin Jordan Chad Georgia Charlotte Elizabeth Eugene
Marion Orlando Jackson Tyler Troy Lawrence Warren Mary Lynn Chester Clifton Homer Milton
"""
    .split()
)
# Person first names that are also big places stay recognisable with context; remove them from the
# unconditional stop list (they are handled by the person-name rules instead).
_KEEP = {"paris", "victoria", "sydney", "florence", "austin", "jordan", "chad", "georgia",
         "charlotte", "orlando", "washington", "lincoln", "jackson", "madison", "troy", "hamilton",
         "franklin", "clinton", "monroe", "warren", "lawrence", "tyler", "marion", "chester",
         "eugene", "elizabeth", "milton", "homer", "clifton", "lynn", "grant", "wilson", "taylor",
         "harrison", "johnson", "kennedy", "carter", "adams", "jefferson", "lee", "mary", "ford",
         "reagan", "nixon", "bush", "obama", "trump", "biden", "hilton"}
STOP_WORDS = frozenset(w for w in STOP_WORDS if w not in _KEEP)

#: words that, right before a capitalised name, mark it as a person ("President Jordan ...").
PERSON_TITLES = frozenset(
    """mr mrs ms miss dr sir president minister gen general col colonel lt lieutenant sgt sergeant
    capt captain gov governor sen senator rep representative judge justice chief king queen prince
    princess sheikh imam pope bishop father reverend rev officer agent commander mayor coach
    professor prof dean director spokesman spokeswoman secretary ambassador deputy sheriff detective
    trooper cpl corporal pastor attorney councilman councilwoman commissioner superintendent principal
    manager chairman chairwoman coach senator congressman congresswoman dr""".split()
)

#: surname-like followers: "Jordan Henderson" is a person when the next word is capitalised and
#: not itself a place; handled in code. Lowercase connectors allowed inside multi-word names.
CONNECTORS = frozenset("of de la el al on upon the du des del da do di le les sur am an der y en".split())


def _parse(table: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in table.strip().splitlines():
        iso3, _, rest = line.strip().partition(" ")
        out[iso3] = [x.strip() for x in rest.split("|") if x.strip()]
    return out


DEMONYMS: dict[str, list[str]] = _parse(_DEMONYM_TABLE)

#: demonyms of a country above that name one of its first-level regions: (ISO3, region) -> words.
#: "English" is England's (gazetteers code it as the UK's constituent country), "British" the UK's.
REGION_DEMONYMS: dict[tuple[str, str], list[str]] = {
    ("GBR", "England"): ["English"],
    ("GBR", "Scotland"): ["Scottish"],
    ("GBR", "Wales"): ["Welsh"],
}
COUNTRY_ALIASES: dict[str, list[str]] = _parse(_COUNTRY_ALIAS_TABLE)

#: AP-style abbreviations of US states ("Alexandria, La.", "Charleston, W.Va."), by ISO 3166-2 suffix.
US_STATE_ABBREVIATIONS: dict[str, list[str]] = {
    k: v.split("|") for k, v in (line.split(" ", 1) for line in """
AL Ala.
AZ Ariz.
AR Ark.
CA Calif.
CO Colo.
CT Conn.
DE Del.
DC D.C.|DC
FL Fla.
GA Ga.
IL Ill.
IN Ind.
KS Kan.|Kans.
KY Ky.
LA La.
MD Md.
MA Mass.
MI Mich.
MN Minn.
MS Miss.
MO Mo.
MT Mont.
NE Neb.|Nebr.
NV Nev.
NH N.H.
NJ N.J.
NM N.M.
NY N.Y.
NC N.C.
ND N.D.
OK Okla.
OR Ore.
PA Pa.
RI R.I.
SC S.C.
SD S.D.
TN Tenn.
TX Tex.
VT Vt.
VA Va.
WA Wash.
WV W.Va.|W. Va.
WI Wis.
WY Wyo.
""".strip().splitlines())
}

#: Canadian province abbreviations ("Vancouver, B.C.", "St. John's, N.L."), by ISO 3166-2 suffix.
CA_PROVINCE_ABBREVIATIONS: dict[str, list[str]] = {
    k: v.split("|") for k, v in (line.split(" ", 1) for line in """
BC B.C.|BC
AB Alta.
SK Sask.
MB Man.
ON Ont.
QC Que.|Qué.
NB N.B.
NS N.S.
PE P.E.I.|PEI
NL N.L.|Nfld.|Nfld.-Lab.
YT Y.T.
NT N.W.T.|NWT
""".strip().splitlines())
}

#: extra names of continents (GeoNames codes), adjectives included: LGL and GeoWebNews tag them.
CONTINENT_NAMES: dict[str, list[str]] = {
    "EU": ["European", "Europeans", "European Union", "EU"],
    "AF": ["African", "Africans"],
    "AS": ["Asian", "Asians"],
    "NA": ["North American", "North Americans"],
    "SA": ["South American", "South Americans", "Latin America", "Latin American"],
    "OC": ["Oceania", "Oceanian"],
    "AN": ["Antarctic"],
}

#: the oceans, as places without a country (like the continents): GeoNames id, a central point
#: (GeoNames' own for the Atlantic and the Indian Ocean), names. News names them bare ("across the
#: Atlantic"), and the bare names are also towns and counties ("Atlantic County", "Pacific,
#: Missouri") that are almost never meant.
OCEANS: dict[str, tuple[int, tuple[float, float], list[str]]] = {
    "Atlantic Ocean": (3373405, (10.0, -25.0), ["Atlantic", "North Atlantic", "South Atlantic"]),
    "Pacific Ocean": (2363254, (0.0, -160.0), ["Pacific", "North Pacific", "South Pacific"]),
    "Indian Ocean": (1545739, (-10.0, 70.0), []),
    "Arctic Ocean": (2960860, (85.0, 0.0), ["Arctic"]),
    "Southern Ocean": (4036776, (-60.0, 0.0), []),
}
#: a nominal population for the oceans' prior (a continent's order of magnitude: see row_prior)
OCEAN_POPULATION = 1_000_000_000

#: verbs of saying: a lone surname-like place next to one is a person ("Scott said", "said Clark").
SAY_VERBS = frozenset("said says told added explained noted asked wrote stated replied according".split())

#: common given names and surnames (English-language news, plus frequent Arabic/Hispanic/Asian
#: ones) that are also place names somewhere. A lone one is a toponym only with a locative cue
#: ("in Scott"), an NER place label, or a very strong prior (a country, a capital, a big city).
PERSON_NAMES = frozenset(
    w.lower()
    for w in """
Smith Johnson Williams Brown Jones Miller Davis Garcia Rodriguez Wilson Martinez Anderson Taylor
Thomas Hernandez Moore Martin Jackson Thompson White Lopez Lee Gonzalez Harris Clark Lewis Robinson
Walker Perez Hall Young Allen Sanchez Wright King Scott Green Baker Adams Nelson Hill Ramirez
Campbell Mitchell Roberts Carter Phillips Evans Turner Torres Parker Collins Edwards Stewart Flores
Morris Nguyen Murphy Rivera Cook Rogers Morgan Peterson Cooper Reed Bailey Bell Gomez Kelly Howard
Ward Cox Diaz Richardson Wood Watson Brooks Bennett Gray Grey James Reyes Cruz Hughes Price Myers
Long Foster Sanders Ross Morales Powell Sullivan Russell Ortiz Jenkins Gutierrez Perry Butler
Barnes Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Kim Gonzales
Alexander Ramos Wallace Griffin West Cole Hayes Chavez Gibson Bryant Ellis Stevens Murray Ford
Marshall Owens McDonald Harrison Ruiz Kennedy Wells Alvarez Woods Mendoza Castillo Olson Webb
Washington Tucker Freeman Burns Henry Vasquez Snyder Simpson Crawford Jimenez Porter Mason Shaw
Gordon Wagner Hunter Romero Hicks Dixon Hunt Palmer Robertson Black Holmes Stone Meyer Boyd Mills
Warren Fox Rose Rice Moreno Schmidt Patel Ferguson Nichols Herrera Medina Ryan Fernandez Weaver
Daniels Stephens Gardner Payne Kelley Dunn Pierce Arnold Tran Spencer Peters Hawkins Grant Hansen
Castro Hoffman Hart Elliott Cunningham Knight Bradley Carroll Hudson Duncan Armstrong Berry Andrews
Johnston Ray Lane Riley Carpenter Perkins Aguilar Silva Richards Willis Matthews Chapman Lawrence
Garza Vargas Watkins Wheeler Larson Carlson Harper George Greene Burke Guzman Morrison Munoz Jacobs
Obrien Lawson Franklin Lynch Bishop Carr Salazar Austin Mendez Gilbert Jensen Williamson Montgomery
Harvey Oliver Howell Dean Hanson Weber Garrett Sims Burton Fuller Soto McCoy Welch Chen Schultz
Walters Reid Fields Walsh Little Fowler Bowman Davidson May Day Schneider Newman Brewer Lucas
Holland Wong Banks Santos Curtis Pearson Delgado Valdez Pena Rios Douglas Sandoval Barrett Hopkins
Keller Guerrero Stanley Bates Alvarado Beck Ortega Wade Estrada Contreras Barnett Caldwell Santiago
Lambert Powers Chambers Nunez Craig Leonard Lowe Rhodes Byrd Gregory Shelton Frazier Becker
Maldonado Fleming Vega Sutton Cohen Jennings Parks McDaniel Watts Barker Norris Vaughn Vazquez
Holt Schwartz Steele Benson Neal Dominguez Horton Terry Wolfe Hale Lyons Graves Haynes Miles Park
Warner Padilla Bush Thornton McCarthy Mann Zimmerman Erickson Fletcher McKinney Page Dawson Joseph
Marquez Reeves Klein Espinoza Baldwin Moran Love Robbins Higgins Ball Cortez Le Griffith Bowen
Sharp Cummings Ramsey Hardy Swanson Barber Acosta Luna Chandler Blair Daniel Cross Simon Dennis
Oconnor Quinn Gross Navarro Moss Fitzgerald Doyle McLaughlin Rojas Rodgers Stevenson Singh Yang
Figueroa Harmon Newton Paul Manning Garner McGee Reese Francis Burgess Adkins Goodman Curry Brady
Christensen Potter Walton Goodwin Mullins Molina Webster Fischer Campos Avila Sherman Todd Chang
Blake Malone Wolf Hodges Juarez Gill Farmer Hines Gallagher Duran Hubbard Cannon Miranda Wang
Saunders Tate Mack Hammond Carrillo Townsend Wise Ingram Barton Mejia Ayala Schroeder Hampton Rowe
Parsons Frank Waters Strickland Osborne Maxwell Chan Deleon Norman Harrington Casey Patton Logan
Bowers Mueller Glover Floyd Hartman Buchanan Cobb French Kramer McCormick Clarke Tyler Gibbs
Moody Conner Sparks McGuire Leon Bauer Norton Pope Flynn Hogan Robles Salinas Yates Lindsey Lloyd
Marsh McBride Owen Solis Pham Lang Pratt Lara Brock Ballard Trujillo Shaffer Drake Roman Aguirre
Morton Stokes Lamb Pacheco Patrick Cochran Shepherd Cain Burnett Hess Li Cervantes Olsen Briggs
Ochoa Cabrera Velasquez Montoya Roth Meyers Cardenas Fuentes Weiss Hoover Wilkinson Bolton Barr
Chu Trapani Sutherland Bassett Morrison Villanueva Nolan Kerr Levi Salah Barry Colin Gard Zara
John Michael David Robert William Richard Joseph Charles Christopher Daniel Matthew Anthony Mark
Donald Steven Andrew Kenneth Joshua Kevin Brian Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary
Nicholas Eric Jonathan Stephen Larry Justin Frank Brandon Benjamin Samuel Raymond Gregory Alexander
Patrick Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Noah Ethan
Jeremy Walter Christian Keith Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence
Jordan Jesse Bryan Billy Bruce Gabriel Joe Logan Albert Willie Alan Eugene Russell Vincent Philip
Bobby Johnny Bradley Roy Ralph Randy Wayne Howard Louis Mary Patricia Jennifer Linda Elizabeth
Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret Ashley Kimberly Emily Donna
Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca Sharon Laura Cynthia Amy Kathleen
Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine Christine Helen Debra Rachel
Carolyn Janet Maria Catherine Heather Diane Olivia Julie Joyce Victoria Ruth Virginia Lauren Kelly
Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria
Sara Janice Ann Kathryn Abigail Sophia Frances Jean Alice Judy Isabella Julia Grace Amber Denise
Danielle Marilyn Beverly Charlotte Natalie Theresa Diana Brittany Doris Kayla Alexis Lori Marie
Sam Barry Colin Allen Tom Tim Jim Bob Bill Mike Dave Steve Chris Nick Tony Ben Dan Matt Pat Ed Ted
Jan Kate Liz Sue Meg Beth Ali Omar Hassan Hussein Ahmed Mohamed Mohammed Muhammad Mahmoud Khalid
Karim Tariq Yusuf Youssef Ibrahim Ismail Salim Said Saleh Abbas Hamid Rashid Nasser Jamal Faisal
Carlos Juan Luis Miguel Pedro Jorge Manuel Antonio Francisco Javier Diego Pablo Rafael Fernando
Raul Sergio Andres Eduardo Ricardo Alberto Roberto Mario Ivan Igor Vladimir Sergei Dmitri Olga
Elena Natalia Tatiana Chen Wei Ming Jun Hong Yan Lin Liu Zhang Wu Zhou Huang Zhao Xu Sun Ma Hu
""".split()
)
