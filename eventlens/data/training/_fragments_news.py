"""Hand-written frames for LONG wire-style sentences (eventlens project, Apache-2.0).

The frames in _fragments_events/_fragments_none are mostly short and clean.  Sentences in real
articles are longer and carry attribution, dates, places, counts and background clauses; a model
trained only on short sentences reads those extras as evidence of an event.  These frames put the
same extras on both sides:

- NEWS_EVENTS: events that happened, told the way a wire story tells them (who said it, when,
  how far from which town, the toll, "the latest in ...").
- NEWS_NONE: hard sentences with violence words and the same extras but no new event: anniversaries
  and commemorations, history, trials and sentences for old crimes, budgets and arms purchases,
  protests called off, postponed or only planned, and metaphorical fights, attacks and battles.

Same syntax as _fragments_events.  Extra slots (filled by build_corpus): {lsrc} a long attribution,
{tail} a background clause for an event, {year} a past year, {nth} an anniversary ordinal,
{weapon} an arms-purchase item, {official} a named official's role.
"""

LSRC = [
    "a spokesman for the regional police command told reporters by telephone",
    "a senior security official, who asked not to be named because he was not authorised to speak to the media, said",
    "according to a statement issued by the army's media office late on the same day",
    "two residents reached by phone told the news agency",
    "the district commissioner told a local radio station",
    "a local rights group said in a report released the following day",
    "according to a hospital director in the town",
    "a military source told journalists on condition of anonymity",
    "the provincial governor's office said in a post on social media",
    "an official at the local government headquarters said",
    "according to an internal security report seen by reporters",
    "a spokeswoman for the humanitarian coordination office said",
    "according to witnesses and a medical worker at the scene",
]
TAIL = [
    "the latest in a string of attacks in the region",
    "the deadliest incident in the area since the start of the year",
    "days after a similar incident in a neighbouring district",
    "in an area where armed groups have been active for years",
    "amid rising tension ahead of next month's elections",
    "as the government struggles to contain the violence",
    "in a region that has been under a state of emergency since last year",
    "the second such incident this month",
]
YEAR = ["1994", "2002", "2008", "2011", "2013", "2014", "2015", "2016", "2017", "1982", "1989", "1999", "1971"]
NTH = ["first", "second", "fifth", "tenth", "20th", "25th", "30th", "40th", "50th", "third"]
WEAPON = ["attack helicopters", "armed drones", "armoured personnel carriers", "fighter jets", "artillery shells",
          "surface-to-air missiles", "patrol boats", "assault rifles", "anti-tank missiles", "rocket launchers"]
OFFICIAL = ["the defence minister", "the finance minister", "the interior minister", "the army chief of staff",
            "a parliamentary committee", "the prime minister", "the president's spokesman"]

NEWS_EVENTS = {
("violence", "Armed clash"): [
    "{sf} clashed with {ng} for several hours {when} near {town}, about [20|35|50|70] km from {town2}, leaving at least {n} soldiers and [an unknown number of|{N}] militants dead, {lsrc}.",
    "At least {N} people were killed {when} when fighting broke out between {sf} and {ng} in villages around {town} in {region}, {lsrc}, {tail}.",
    "{TOWN}, {month} {dnum} - Heavy gunfire was heard for most of {day} as {ng} attacked an army position on the edge of {town}, and troops fought back for hours, {lsrc}.",
    "The army said in a statement that its troops had repelled an assault by {ng} on a base in {region} {when}, killing {N} attackers and losing {n} of its own men, {tail}.",
],
("violence", "Attack"): [
    "{gunmen} stormed the village of {town} in {region} {when}, killing at least {N} civilians and burning homes, {lsrc}, {tail}.",
    "{TOWN}, {country} - {gunmen} shot dead {n} {civs} on a road outside {town} {when} and set fire to their vehicles, {lsrc}.",
    "At least {n} people, including a {civn}, were killed {when} when {gunmen} opened fire on a crowded market in {town}, {lsrc}.",
    "{ng} killed {N} villagers in an overnight raid on {town} in {region}, {lsrc}, adding that the attackers also stole cattle and burned granaries.",
    "A {civn} and his [wife|son|brother] were shot dead by {gunmen} at their home in {town} on the night of {dnum} {month}, {lsrc}, {tail}.",
],
("violence", "Air/drone strike"): [
    "{air} carried out a strike {when} on a gathering near {town} in {region}, killing at least {n} people, among them [women and children|a local commander|two brothers], {lsrc}.",
    "A drone struck a vehicle on the road between {town} and {town2} {when}, killing all {n} people inside, {lsrc}, {tail}.",
],
("violence", "Shelling/artillery/missile attack"): [
    "Shells fired by {shell} landed on a residential district of {town} {when}, killing {n} people and wounding {N} others, {lsrc}, {tail}.",
    "@UKR Russian missiles hit an apartment building and a power facility in {town} {when}, killing at least {n} people, the regional governor said on Telegram, {tail}.",
],
("violence", "Remote explosive/landmine/IED"): [
    "A roadside bomb tore through a minibus carrying {civs} near {town} in {region} {when}, killing {n} passengers and wounding {N}, {lsrc}, {tail}.",
    "{n} soldiers were killed {when} when their armoured vehicle hit an improvised explosive device on the road linking {town} and {town2}, {lsrc}.",
],
("violence", "Abduction/forced disappearance"): [
    "{gunmen} abducted {N} {civs} from a village near {town} in {region} {when}, and the kidnappers have since demanded a ransom, {lsrc}.",
    "A {civn} was seized from his home in {town} {when} by men in uniform and taken to an unknown location, his family said, {tail}.",
],
("protest", "Peaceful protest"): [
    "{size} {crowd} marched through central {town} on {day} {issue}, chanting and carrying placards, in what organisers described as the largest demonstration in the city [this year|in months], {lsrc}.",
    "{TOWN}, {country}, {month} {dnum} - {crowd} gathered {venue} in {town} on {day} {issue}, the [third|fourth|latest] day of protests [in the city|in the region], {lsrc}.",
    "{crowd} staged a peaceful sit-in {venue} in {town} {when} {issue} and dispersed in the evening without incident, {lsrc}.",
    "Protesters in {town} and at least [two|three|five] other cities took to the streets {when} {issue}, {lsrc}.",
],
("protest", "Protest with intervention"): [
    "{police} fired tear gas to disperse {size} {crowd} who had gathered {venue} in {town} {when} {issue}, and arrested [several|{n}|dozens of] demonstrators, {lsrc}.",
    "{police} broke up a demonstration by {crowd} in {town} on {day} and detained {n} organisers, {lsrc}, {tail}.",
],
("protest", "Excessive force against protesters"): [
    "{police} opened fire on {crowd} protesting {issue} in {town} {when}, killing {n} people and wounding {N}, {lsrc}.",
],
("riot", "Violent demonstration"): [
    "Protesters angry {issue} threw stones at police, blocked roads with burning tyres and set fire to a government building in {town} {when}, {lsrc}.",
    "{crowd} clashed with {police} in {town} on {day} after a protest {issue} turned violent, with [several|{n}] officers injured and shops looted, {lsrc}.",
],
("riot", "Mob violence"): [
    "@NGA,KEN,UGA,MWI,ZAF,HTI,MEX,BGD,IND,BOL,PER,GHA,MOZ A mob beat to death a man accused of [stealing a motorcycle|theft|witchcraft] in {town} {when} before police could intervene, {lsrc}.",
    "@NGA,KEN,ETH,CMR,COD,IND,PAK Youths from rival communities attacked each other with machetes and clubs in {town} {when}, leaving {n} people dead and several houses burned, {lsrc}.",
],
("strategic", "Arrests"): [
    "{police} arrested {N} people in {town} {when} on suspicion of [planning attacks|supplying weapons to armed groups|inciting violence], {lsrc}.",
    "Security forces detained a prominent opposition figure at his home in {town} {when}, his lawyer said, {tail}.",
],
("strategic", "Looting/property destruction"): [
    "{gunmen} looted shops and torched [a health centre|a school|the local council office] in {town} {when} before fleeing into the bush, {lsrc}.",
],
("strategic", "Disrupted weapons use"): [
    "Bomb disposal experts defused an explosive device found near a checkpoint in {town} {when}, {lsrc}, {tail}.",
],
("strategic", "Agreement"): [
    "Representatives of the government and {ng_or_party} signed a ceasefire agreement in {town} {when} after [two weeks|several days|months] of talks, {lsrc}.",
],
}

NEWS_NONE = {
"anniversary": [
    "Relatives of the victims laid wreaths in {town} on {day} to mark the {nth} anniversary of the {year} massacre, in which soldiers killed {N} villagers, {lsrc}.",
    "Survivors and officials gathered at a memorial in {town} {when} to remember the {N} people killed when a car bomb exploded outside the central market in {year}.",
    "The town of {town} held a minute of silence on {day} for the victims of the attack that killed {N} people there {nth} years ago, and the mayor unveiled a plaque.",
    "{nth} anniversary ceremonies were held in {town} {when} for the police officers killed during the {year} uprising, {lsrc}.",
    "Church bells rang across {town} on {day} to commemorate the day in {year} when rebels overran the town and killed hundreds of residents.",
    "The president laid a wreath at the war memorial in {town} {when} to honour soldiers who died fighting insurgents since {year}.",
],
"history": [
    "In {year}, the army bombed {town} for weeks and more than {N}0 people were killed, a history that still shapes local politics, the historian said.",
    "The book recounts how militiamen burned {town} in {year} and how survivors rebuilt it over the following decades.",
    "Older residents of {town} still remember the night in {year} when rebels stormed the barracks and executed the soldiers inside.",
    "The documentary, which premiered in {town} {when}, tells the story of the {year} massacre through the testimony of survivors.",
    "{town} was the scene of fierce fighting in {year}, when government troops fought a rebel group that has since disarmed and become a political party.",
    "The exhibition in {town} shows photographs of the riots that shook the capital in {year}, when dozens of shops were burned.",
    "Historians say the bombing of {town} in {year} killed more people than officially admitted, according to a study published {when}.",
],
"old_trial": [
    "A court in {town} {when} sentenced a former militia commander to {N} years in prison for ordering the killing of {N} civilians in {year}, {lsrc}.",
    "The trial of {n} former soldiers accused of torturing and killing detainees at a camp near {town} in {year} opened {when} in the capital, {lsrc}.",
    "Prosecutors told the court in {town} on {day} that the defendant had led the gang that kidnapped and murdered a businessman in {year}.",
    "An appeals court upheld the conviction of a former police chief for the shooting of protesters in {town} in {year}, {lsrc}.",
    "The war crimes tribunal heard evidence {when} that rebels under the accused's command had raped and killed villagers around {town} in {year}.",
    "A judge in {town} acquitted {n} men charged over the {year} bombing of a bus station, citing a lack of evidence, {lsrc}.",
    "The former rebel leader pleaded not guilty {when} to charges of murder and pillage committed in {region} between {year} and 2018.",
    "Lawyers for the families of {N} people shot dead during the {year} protests in {town} asked the court on {day} to reopen the case.",
],
"budget_arms": [
    "{official} told parliament {when} that the government would spend {N} billion on defence next year, including new {weapon} for the fight against {ng}.",
    "The government of {country} signed a contract {when} to buy {n} {weapon} worth {N} million dollars, {lsrc}.",
    "The army took delivery of a batch of {weapon} at a ceremony in {town} {when}, and {official} said they would strengthen operations in {region}.",
    "Lawmakers approved a supplementary budget of {N} billion {when}, with a third earmarked for the police and the armed forces.",
    "{official} said on {day} that the country would build a factory near {town} to produce ammunition and {weapon} locally.",
    "The arms deal, which includes {weapon} and training for pilots, was criticised by opposition lawmakers as too expensive, {lsrc}.",
    "Military spending in {country} rose by {pct} percent last year, according to a report published {when} by a research institute.",
],
"called_off": [
    "Organisers called off a march planned for {day} in {town} {issue} after talks with the governor, {lsrc}.",
    "The union suspended a strike and a rally that had been scheduled for {dnum} {month} in {town}, saying the government had agreed to pay the arrears.",
    "Police in {town} banned a demonstration planned for {day} {issue}, citing security concerns, and the organisers said they would challenge the ban in court.",
    "Opposition parties postponed a rally due to be held in {town} {when} because of heavy rain, {lsrc}.",
    "{crowd} in {town} said they would hold a protest {venue} next week {issue} if the authorities did not respond to their demands.",
    "Activists are planning to march on the ministry in {town} on {dnum} {month} {issue}, and the police said they were preparing for the event.",
    "The protest that had been announced for {day} in {town} did not take place after the organisers were summoned by the police, {lsrc}.",
    "Student leaders urged their members in {town} to boycott classes and join a demonstration {issue} planned for the end of the month.",
],
"metaphor": [
    "The opposition launched a fierce attack on the government's budget in parliament {when}, accusing {official} of hiding the true size of the debt.",
    "The battle against inflation in {country} is far from over, {official} warned {when}, as food prices kept rising in {town}.",
    "{person} came under fire from party colleagues {when} after a leaked recording, and critics said his career had been shot down overnight.",
    "The health ministry declared war on malaria in {region} {when}, launching a campaign to distribute {N}0,000 bed nets.",
    "The new coach said his team would fight to the last minute against {team2}, in a clash that fans in {town} have been waiting for all season.",
    "A storm of criticism erupted {when} after {official} described the striking teachers as lazy, {lsrc}.",
    "Rival candidates traded blows in a televised debate in {town} {when}, attacking each other's records on jobs and security.",
    "The scandal exploded into the open {when} when a newspaper in {town} published the minister's bank records, {lsrc}.",
    "{company} is fighting a legal battle with the tax authorities of {country} that could cost it {N} million dollars, {lsrc}.",
    "Police chiefs in {town} said {when} they had stepped up their war on drugs and petty crime in the city centre.",
],
"aftermath_policy": [
    "The government of {country} announced {when} a compensation scheme for families whose homes were destroyed in last year's fighting around {town}, {lsrc}.",
    "Displaced families who fled the violence in {region} in {year} began returning to {town} {when} under a programme run by the UN refugee agency.",
    "Aid agencies said {when} that {N}0,000 people who fled the fighting around {town} last year still need food aid, {lsrc}.",
    "The report published {when} found that security forces killed {N} people during operations in {region} between {year} and last year.",
    "{official} visited {town} {when} to inspect the reconstruction of schools damaged during the insurgency, {lsrc}.",
    "A commission of inquiry into the {year} killings in {town} handed its findings to the president {when}, recommending the prosecution of {n} officers.",
],
"security_routine": [
    "Security was tight in {town} on {day} as thousands of worshippers gathered for the religious festival, and police said the day passed without incident.",
    "Soldiers were deployed to polling stations across {region} {when} ahead of the vote, {lsrc}, adding that no incidents had been reported.",
    "{sf} held a military parade in {town} {when} to mark independence day, showing off new armoured vehicles and {weapon}.",
    "The army began a joint training exercise with foreign troops near {town} {when}, firing live ammunition at a range outside the city, {lsrc}.",
    "The curfew imposed on {town} after last year's unrest was lifted {when}, the governor announced, as calm had returned to the city.",
],
"background_stats": [
    "More than {N},000 people have died in {region} since fighting began in {year}, and nearly half the population depends on food aid, {lsrc}.",
    "Attacks on [aid workers|teachers|health centres] in {country} have become more frequent in recent years, a trend that the UN blames on the spread of armed groups.",
    "{ng} have long operated in the forests south of {town}, where they levy taxes on traders and recruit young men, {lsrc}.",
    "Since {year}, kidnappings for ransom have become common on the highway between {town} and {town2}, and few travellers now make the journey at night.",
    "The region around {town} has been one of the most violent in {country} for more than a decade, according to figures compiled by a research group.",
    "{sf} have fought {ng} in {region} on and off since {year}, with neither side able to hold territory for long, analysts say.",
],
"reaction_comment": [
    "A spokesman for {sf} declined to comment when asked about the allegations, which first appeared on social media {when}.",
    "The embassy in {town} said it was following the situation closely and advised its citizens to avoid non-essential travel to {region}.",
    "{official} expressed condolences to the families of the victims {when} and said a committee would report within 30 days, {lsrc}.",
    "The foreign ministry of {country} summoned the ambassador of a neighbouring state {when} to protest against remarks made on television.",
    "In a televised address {when}, {official} appealed for calm and said security would be reinforced in {town} in the coming days.",
    "Rights groups said {when} that they had written to the authorities in {country} asking for information about detainees held since {year}.",
],
}
