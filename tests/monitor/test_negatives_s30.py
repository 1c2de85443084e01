"""False positives found by written variants, second set (session 30, issue 12; docs/monitor.md, "False positives by written
variants, second set (session 30)").

Each sentence below names a person of data/persons/ or a State but reports no new fact of the type of its list, in kinds session
29's set (test_negatives_s29.py) did not try: arrests of others around the person (aides, kin, bodyguards, protesters,
journalists, opponents, an impersonator), house arrest and detention told as a condition, an arrest in a film, a book or a game,
a cardiac arrest, arrests the person's own police made of his opponents; planned trips that are invitations, wishes, agenda items,
trips of the person's ministers, envoys or relatives, summits the person is not said to attend; withdrawals from other bodies
(a treaty, a league, a council), promises, columns, a withdrawal rescinded or in effect long ago, a bill only tabled, troops or an
ambassador withdrawn; warrants sought, considered or issued by national courts or against others; surrenders of weapons, of
territory, of fighters to an army, a surrender refused. They were written for the task, before the fixes, and run through the
rules on a document dated 2025-09-10 (a Wednesday): every candidate the rules give for one of them is a false positive. Each fix
has a positive contrast below that must still fire.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.monitor.probe import rule_candidates

DATE = "2025-09-10"
PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
KONY = "joseph-kony"
GALLANT = "yoav-gallant"

ARRESTS = [
    'Police arrested three aides of Rodrigo Duterte in Davao on Tuesday.',
    "Rodrigo Duterte's bodyguards were arrested on Tuesday for carrying unlicensed guns.",
    'A nephew of Joseph Kony was arrested in Gulu on Monday on theft charges.',
    "Journalists covering Benjamin Netanyahu's speech were detained by police on Tuesday.",
    'Protesters who heckled Vladimir Putin were arrested in Moscow on Tuesday.',
    'Russian police arrested opponents of Vladimir Putin at a rally on Tuesday.',
    "Myanmar's police, loyal to Min Aung Hlaing, arrested dozens of students on Tuesday.",
    'Under Omar al-Bashir, thousands of opponents were arrested and tortured.',
    'Vladimir Putin suffered no cardiac arrest, the Kremlin said, dismissing rumours about his health.',
    'A fan of Rodrigo Duterte went into cardiac arrest at the rally on Tuesday.',
    'The crowd chanted for the arrest of Benjamin Netanyahu outside the parliament on Tuesday.',
    'In the new film, Vladimir Putin is arrested by Dutch police at an airport.',
    'The novel imagines Benjamin Netanyahu being arrested in Paris.',
    'In a video game released on Tuesday, players can arrest Vladimir Putin.',
    'Omar al-Bashir has been under house arrest in a military hospital since 2019.',
    'Omar al-Bashir remains in detention in Sudan, where he is held by the army.',
    'Ronald dela Rosa, as police chief, arrested thousands of drug suspects.',
    'Rodrigo Duterte ordered the arrest of Senator Leila de Lima in 2017.',
    "Min Aung Hlaing's junta arrested Aung San Suu Kyi in 2021.",
    'Ugandan police arrested a man impersonating Joseph Kony on Tuesday.',
    'Two men were arrested on Tuesday for threatening to kill Benjamin Netanyahu.',
    'A supporter of Rodrigo Duterte was arrested on Tuesday for cyberlibel against an ICC judge.',
    "An Israeli soldier was detained in Brazil on Tuesday after a complaint citing Benjamin Netanyahu's war.",
    'The detention conditions of Rodrigo Duterte were reviewed by the judges on Tuesday.',
    "Rodrigo Duterte's detention at Scheveningen was extended on Tuesday.",
    'Yoav Gallant warned on Tuesday that soldiers could be arrested abroad.',
    'The arrest of Vladimir Putin is a matter for States, the Prosecutor said on Tuesday.',
    "Rodrigo Duterte's former police chief was arrested on Tuesday on a local warrant.",
    "The man who shot at Rodrigo Duterte's convoy was arrested on Tuesday.",
    'A Duterte ally, Apollo Quiboloy, was arrested on Tuesday in Davao.',
    "Police on Tuesday arrested a man carrying a sign reading 'Arrest Netanyahu'.",
    "Des manifestants ont été arrêtés mardi devant l'ambassade lors de la visite de Benjamin Netanyahou.",
    'La police russe a arrêté mardi des opposants de Vladimir Poutine.',
    'La policía detuvo el martes a varios periodistas que cubrían el discurso de Vladimir Putin.',
    'Un sobrino de Joseph Kony fue detenido el martes en Gulu.',
    'A polícia prendeu na terça-feira manifestantes que protestavam contra Benjamin Netanyahu.',
    'La polizia ha arrestato martedì alcuni attivisti che contestavano Vladimir Putin.',
    'Die Polizei nahm am Dienstag mehrere Demonstranten fest, die gegen Benjamin Netanjahu protestierten.',
    'Omar al-Bashir steht seit 2019 unter Hausarrest.',
]

PLANNED_VISITS = [
    "Mongolia's president invited Vladimir Putin to visit Ulaanbaatar next year.",
    'Vladimir Putin has received an invitation to the G20 summit in South Africa next month.',
    'Benjamin Netanyahu said he wished to visit Argentina one day.',
    'A visit by Vladimir Putin to India is on the agenda of talks next week, officials said.',
    "Russia's foreign minister will visit Brazil next week to prepare the summit.",
    'Sergei Lavrov will travel to Pyongyang next week.',
    "Israel's foreign minister Gideon Saar will visit Berlin next week.",
    'The BRICS summit will be held in Brazil next year; Russia will be represented.',
    "South Africa will host the G20 summit next month; Vladimir Putin's attendance is uncertain.",
    "Benjamin Netanyahu's flight will cross Greek and Italian airspace, officials said.",
    "Mongolia's parliament will debate next week whether to host Vladimir Putin.",
    "Hungary's foreign minister will travel to Israel next week to invite Benjamin Netanyahu.",
    "Min Aung Hlaing's deputy will attend the ASEAN summit next month.",
    "Vladimir Putin's envoy Kirill Dmitriev will visit Washington next week.",
    "Argentina's president Javier Milei will visit Israel next month to meet Benjamin Netanyahu.",
    'Vladimir Putin plans to host a summit in Kazan next month.',
    'Vladimir Putin could be invited to the summit in Budapest, Viktor Orbán said.',
    'An invitation to Benjamin Netanyahu to visit Germany is under discussion, the chancellery said.',
    'A trip by Vladimir Putin to Turkey was discussed but not agreed, the Kremlin said on Tuesday.',
    "The ASEAN summit will take place in Kuala Lumpur next month, with Myanmar's seat left empty.",
    "Rodrigo Duterte's family will fly to The Hague next week to visit him.",
    'Sara Duterte will travel to The Hague next week to see her father.',
    'Vladimir Putin dreams of visiting the United States again, his spokesman said.',
    'Benjamin Netanyahu hopes Poland will invite him to the ceremony next year.',
    "Vladimir Putin's visit to Mongolia is expected to be discussed at the meeting next week.",
    'Le ministre des affaires étrangères de Vladimir Poutine se rendra au Brésil la semaine prochaine.',
    "La Mongolie a invité Vladimir Poutine à se rendre à Oulan-Bator l'an prochain.",
    'El canciller de Benjamin Netanyahu viajará a Madrid la próxima semana.',
    'Hungría invitó a Benjamin Netanyahu a visitar Budapest el año próximo.',
    'O chanceler russo Sergei Lavrov visitará o Brasil na próxima semana.',
    'Il ministro degli esteri di Vladimir Putin si recherà in Italia la prossima settimana.',
    'Ungarn hat Benjamin Netanjahu zu einem Besuch im nächsten Jahr eingeladen.',
    'Der russische Außenminister wird nächste Woche nach Brasilien reisen.',
    "Vladimir Putin's delegation will travel to China next week ahead of a summit he is not said to attend.",
]

WITHDRAWALS = [
    'Russia announced on Tuesday it would withdraw from the European Convention for the Prevention of Torture.',
    "Hungary announced on Tuesday it would leave the Council of Europe's commission.",
    'Burkina Faso, Mali and Niger announced on Tuesday their withdrawal from ECOWAS.',
    'Venezuela withdrew from the Organization of American States, the foreign ministry said on Tuesday.',
    'Israel said on Tuesday it would quit the UN Human Rights Council.',
    'The United States announced on Tuesday its withdrawal from UNESCO.',
    'Argentina announced on Tuesday that it would leave the World Health Organization.',
    'Lithuania announced on Tuesday its withdrawal from the Ottawa Convention on landmines.',
    'The opposition party promised on Tuesday to take the Philippines back into the ICC.',
    'A presidential candidate in Mongolia promised on Tuesday to take the country out of the ICC if elected.',
    'Hungary should withdraw from the ICC, a columnist argued on Tuesday.',
    'It is time for South Africa to leave the ICC, an op-ed in a Johannesburg daily argued on Tuesday.',
    'South Africa rescinded its notice of withdrawal from the ICC in 2017.',
    'A bill to withdraw Kenya from the Rome Statute was tabled in parliament on Tuesday.',
    'A motion to leave the ICC was tabled in the Namibian parliament on Tuesday but not debated.',
    'Burundi, which left the ICC in 2017, was criticised on Tuesday by the UN.',
    "The Philippines' withdrawal from the ICC took effect in 2019.",
    "Mali's junta threatened on Tuesday to leave the ICC, though it has not done so.",
    "Hungary's withdrawal from the ICC, announced in April, was criticised on Tuesday.",
    'Russian troops withdrew from the Kherson region, the defence ministry said on Tuesday.',
    'Israel withdrew its ambassador from Dublin on Tuesday.',
    'Burkina Faso withdrew its ambassador from The Hague on Tuesday.',
    'The candidate withdrew from the race for ICC prosecutor on Tuesday.',
    'Venezuela withdrew its request to the ICC Appeals Chamber on Tuesday.',
    'Le Mali a annoncé mardi son retrait de la CEDEAO.',
    "Un parti d'opposition promet de faire sortir le Burkina Faso de la CPI s'il gagne les élections.",
    'Venezuela anunció el martes su retiro de la Comisión Interamericana de Derechos Humanos.',
    'Un proyecto de ley para retirar a Venezuela del Estatuto de Roma fue presentado el martes en la Asamblea.',
    'O Brasil não vai sair do TPI, disse o ministro na terça-feira.',
    "L'Ungheria ha annunciato martedì il ritiro dall'OMS.",
    'Ungarn kündigte am Dienstag seinen Austritt aus der Weltgesundheitsorganisation an.',
    'Eine Oppositionspartei fordert den Austritt Ungarns aus dem IStGH.',
]

WARRANTS = [
    'A Russian court issued an arrest warrant on Tuesday for the ICC prosecutor Karim Khan.',
    "A Moscow court issued warrants for the ICC judges who ordered Vladimir Putin's arrest.",
    'A Philippine court issued a warrant on Tuesday for a senator allied with Rodrigo Duterte.',
    'An Argentine court is considering a warrant for Min Aung Hlaing under universal jurisdiction.',
    'Argentine judges issued an arrest warrant for Min Aung Hlaing in 2025 under universal jurisdiction.',
    'A Belgian complaint seeks a warrant against two Israeli soldiers.',
    'The Prosecutor is considering whether to seek new warrants in the Palestine situation.',
    'The ICC Prosecutor sought warrants for Taliban leaders in January; the judges have not ruled.',
    "The Prosecutor's request for a warrant for Min Aung Hlaing, filed last year, is still pending.",
    "Sudan's government issued warrants on Tuesday for leaders of the Rapid Support Forces.",
    'A Turkish court issued arrest warrants on Tuesday for 37 Israeli officials, including Benjamin Netanyahu.',
    'A Ugandan court issued a warrant on Tuesday for a Kony-era commander accused of looting.',
    'Police in Davao served a search warrant on Tuesday at a property linked to Rodrigo Duterte.',
    'A French judge issued an international warrant for Bashar al-Assad on Tuesday.',
    "Israel's attorney general said on Tuesday no warrant would be issued for soldiers.",
    "The Senate's sergeant-at-arms issued a warrant for a witness in the Duterte inquiry on Tuesday.",
    'Interpol declined on Tuesday to issue a red notice for Benjamin Netanyahu.',
    'The judges may issue warrants for Israeli ministers, analysts said on Tuesday.',
    "A warrant for Vladimir Putin's arrest has been the subject of a new documentary released Tuesday.",
    'The ICC Prosecutor said on Tuesday that he would seek further warrants in Libya.',
    'Un tribunal de Moscou a émis mardi des mandats contre des juges de la CPI.',
    'Un tribunal argentino emitió el martes una orden de captura contra Min Aung Hlaing.',
    'La fiscalía de la CPI estudia solicitar órdenes de arresto contra ministros israelíes.',
    'Um tribunal russo emitiu na terça-feira um mandado de prisão contra o procurador do TPI.',
    "Un tribunale russo ha emesso martedì un mandato d'arresto contro il procuratore della CPI.",
    'Ein Moskauer Gericht erließ am Dienstag Haftbefehle gegen Richter des IStGH.',
    'Die Anklagebehörde prüft, ob sie weitere Haftbefehle gegen israelische Minister beantragt.',
]

SURRENDERS = [
    'Rebels loyal to Joseph Kony surrendered their weapons to the Ugandan army on Tuesday.',
    'Forty LRA fighters surrendered to the Central African army on Tuesday.',
    'Ukraine will never surrender territory to Vladimir Putin, Kyiv said on Tuesday.',
    "Russia demands that Ukraine surrender the Donbas, Vladimir Putin's envoy said on Tuesday.",
    'Rapid Support Forces fighters surrendered to the Sudanese army in El Fasher on Tuesday.',
    "A commander of Joseph Kony's Lord's Resistance Army surrendered to Ugandan troops on Tuesday.",
    'Hamas will not surrender its weapons, Benjamin Netanyahu was told on Tuesday.',
    'Benjamin Netanyahu demanded on Tuesday that Hamas surrender.',
    "Rodrigo Duterte's supporters surrendered their firearms to police on Tuesday.",
    'The Philippines surrendered its claim to the shoal, critics of Rodrigo Duterte said.',
    'Vladimir Putin said on Tuesday that Russia would not surrender.',
    "Myanmar rebels surrendered a town to Min Aung Hlaing's army on Tuesday.",
    'The suspect in the Davao shooting surrendered to police on Tuesday.',
    'A Duterte-era police officer wanted in the Philippines surrendered to the NBI on Tuesday.',
    'Rodrigo Duterte refused to surrender his passport to the judges, his lawyer said on Tuesday.',
    'Ronald dela Rosa said on Tuesday he would never surrender to the ICC.',
    "Ronald dela Rosa's lawyer said on Tuesday his client would not surrender voluntarily.",
    'Joseph Kony offered to surrender in 2008 but never signed the peace deal.',
    'The Philippines will not surrender any other citizen to the ICC, a senator said on Tuesday.',
    "Les rebelles de la LRA de Joseph Kony se sont rendus mardi à l'armée centrafricaine.",
    "L'Ukraine ne cédera pas de territoire à Vladimir Poutine, a dit Kiev mardi.",
    'Los combatientes se rindieron el martes al ejército sudanés.',
    'Ronald dela Rosa dijo el martes que nunca se entregará a la CPI.',
    'Os rebeldes entregaram as armas ao exército na terça-feira.',
    "I ribelli di Joseph Kony si sono arresi martedì all'esercito ugandese.",
    'Die Rebellen ergaben sich am Dienstag der ugandischen Armee.',
]


# A second round, written after the first round's fixes (the same kinds and some new: a fiction told as a scene, a house arrest, a
# chant; a trip accepted "in principle" and one dated and then discussed left out as real plans): two fired before the fixes, one
# of them ("Opponents of X were rounded up") read right by the first round's fixes unchanged, the other (a play) by FICTION_FRAME.
ARRESTS_SECOND = [
    'Rodrigo Duterte remains in detention in The Hague, where he turned 80 in March.',
    'Omar al-Bashir, held in a military hospital, has not been handed over.',
    "Joseph Kony's fighters abducted children, who were later detained by the army.",
    "Ronald dela Rosa, who led Duterte's drug war, arrested suspects without warrants, the report said.",
    'A bodyguard of Min Aung Hlaing was detained on Tuesday in Bangkok.',
    'A cousin of Benjamin Netanyahu was briefly detained at Heathrow on Tuesday.',
    'Two journalists who interviewed Joseph Kony were detained in Juba on Tuesday.',
    'Thousands chanted "arrest Netanyahu" in Madrid on Tuesday.',
    'The protesters demanded that Hungary arrest Benjamin Netanyahu during his visit.',
    'In the play, a Dutch policeman arrests Vladimir Putin at Schiphol.',
    "The satire magazine's cover showed Benjamin Netanyahu being arrested.",
    "Rodrigo Duterte's police arrested hundreds of drug suspects every week in 2016.",
    'A man who shouted at Benjamin Netanyahu was arrested in Washington on Tuesday.',
    'Opponents of Min Aung Hlaing were rounded up and detained on Tuesday.',
    'The arrest of Ali Kushayb in 2020 was recalled on Tuesday by the judges.',
]

PLANNED_VISITS_SECOND = [
    'Vladimir Putin plans no trip abroad before the end of the year, the Kremlin said.',
    'Benjamin Netanyahu wants to visit the Gulf next year, an aide said.',
    "Benjamin Netanyahu's son will travel to Hungary next week.",
    "Benjamin Netanyahu's envoy Ron Dermer will travel to Washington next week.",
    "Min Aung Hlaing's foreign minister will attend the ASEAN meeting in Malaysia next month.",
    'Brazil will hold the BRICS summit next year and has invited Vladimir Putin.',
    'India is preparing for a possible visit by Vladimir Putin, though nothing is fixed.',
    "Vladimir Putin's plane is expected to cross Kazakh airspace, a flight tracker showed.",
    'The invitation to Benjamin Netanyahu to visit Argentina still stands, Javier Milei said on Tuesday.',
    'Vladimir Putin said he would gladly visit Mongolia if invited.',
    'Vladimir Poutine aimerait se rendre en Inde un jour, selon son porte-parole.',
    'Il presidente brasiliano ha invitato Vladimir Putin a visitare il Brasile.',
    'Wladimir Putin würde gerne nach Indien reisen, sagte sein Sprecher.',
    'Vladimir Putin gostaria de visitar o Brasil no próximo ano, disse o Kremlin.',
]

WITHDRAWALS_SECOND = [
    "Hungary's opposition pledged on Tuesday to reverse the withdrawal from the ICC if it wins the election.",
    'The Philippines may rejoin the ICC, a senator said on Tuesday.',
    'Burundi marked on Tuesday eight years since its withdrawal from the ICC took effect.',
    'Hungary withdrew its veto on the EU sanctions on Tuesday.',
    'South Africa withdrew its bill on leaving the ICC in 2017.',
    'Israel announced on Tuesday that it was leaving the talks in Doha.',
    'Russia quit the Council of Europe in 2022.',
    'Burkina Faso has notified the withdrawal of its troops from the regional force, the ministry said on Tuesday.',
    "Venezuela's congress voted on Tuesday to leave the Inter-American Court.",
    'Hungary is not withdrawing from the ICC again, the minister joked on Tuesday.',
]

WARRANTS_SECOND = [
    'The ICC judges declined on Tuesday to issue a warrant for a Hamas commander.',
    'An Israeli court issued a warrant on Tuesday for a protester who insulted Benjamin Netanyahu.',
    'Interpol refused to circulate the Russian warrant for the ICC judges on Tuesday.',
    'The judges issued a summons, not a warrant, for the suspect on Tuesday.',
    "A warrant for Joseph Kony's deputy was issued years ago.",
    'Le parquet de la CPI envisage de demander un mandat contre Min Aung Hlaing.',
]

SURRENDERS_SECOND = [
    "Joseph Kony's deputy surrendered to US forces in 2015.",
    "The Taliban surrendered Kabul's airport to no one, Haibatullah Akhundzada said.",
    "The rebels who fought Min Aung Hlaing's army surrendered on Tuesday in Shan state.",
    'Vladimir Putin demanded on Tuesday that Ukraine surrender four regions.',
    'Benjamin Netanyahu said on Tuesday that Hamas must surrender its hostages.',
    "Hundreds of gang members surrendered to Rodrigo Duterte's police in 2016.",
]


@pytest.mark.parametrize("text", ARRESTS + PLANNED_VISITS + WITHDRAWALS + WARRANTS + SURRENDERS + ARRESTS_SECOND + PLANNED_VISITS_SECOND
                         + WITHDRAWALS_SECOND + WARRANTS_SECOND + SURRENDERS_SECOND)
def test_no_fact_told(spec: Any, text: str) -> None:
    assert rule_candidates(spec, text, DATE) == []


def test_variants_are_many_per_type() -> None:
    assert all(len(group) >= 25 for group in (ARRESTS, PLANNED_VISITS, WITHDRAWALS, WARRANTS, SURRENDERS))
    every = ARRESTS + PLANNED_VISITS + WITHDRAWALS + WARRANTS + SURRENDERS
    assert len(set(every)) == len(every) >= 150
    second = ARRESTS_SECOND + PLANNED_VISITS_SECOND + WITHDRAWALS_SECOND + WARRANTS_SECOND + SURRENDERS_SECOND
    assert len(set(every + second)) == len(every) + len(second)


# Each fix, with a sentence that tells the fact and must still give it.
@pytest.mark.parametrize(("text", "want"), [
    # kin, adversaries and ministers named through the person (RELATIONAL_BEFORE, each language's too): the person's own fact fires
    ("Police arrested Joseph Kony and his nephew in Gulu on Tuesday.", ("arrest", KONY, None, "2025-09-09")),
    ("Critics decried the attendance of Vladimir Putin at the parade in Ulaanbaatar on Wednesday.", ("visit", PUTIN, "MNG", DATE)),
    ("Les opposants dénoncent la visite de Vladimir Poutine en Mongolie mardi.", ("visit", PUTIN, "MNG", "2025-09-09")),
    ("The defence minister of Israel, Yoav Gallant, will travel to Germany next week.", ("planned_visit", GALLANT, "DEU", "2025-09")),
    ("El ministro de Defensa de Israel, Yoav Gallant, viajará a Alemania la próxima semana.", ("planned_visit", GALLANT, "DEU", "2025-09")),
    ("Le président Vladimir Poutine se rendra au Brésil la semaine prochaine.", ("planned_visit", PUTIN, "BRA", "2025-09")),
    # a group and its relative clause (GROUP_CLAUSE), a group arrested in the passive (OTHERS_ARRESTED in each language)
    ("Police arrested Vladimir Putin, who had heckled protesters, on Tuesday.", ("arrest", PUTIN, None, "2025-09-09")),
    ("Protesters and Vladimir Putin were arrested on Tuesday in Moscow.", ("arrest", PUTIN, "RUS", "2025-09-09")),
    ("Des manifestants et Benjamin Netanyahou ont été arrêtés mardi à Paris.", ("arrest", NETANYAHU, "FRA", "2025-09-09")),
    ("Varios periodistas y Benjamin Netanyahu fueron detenidos el martes en Madrid.", ("arrest", NETANYAHU, "ESP", "2025-09-09")),
    ("Mehrere Demonstranten und Benjamin Netanjahu wurden am Dienstag in Berlin festgenommen.", ("arrest", NETANYAHU, "DEU", "2025-09-09")),
    ("La polizia ha arrestato martedì Vladimir Putin a Roma.", ("arrest", PUTIN, None, "2025-09-09")),
    ("Die Polizei nahm am Dienstag Benjamin Netanjahu in Berlin fest.", ("arrest", NETANYAHU, "DEU", "2025-09-09")),
    # a bill only tabled (BILL_TO_WITHDRAW): a bill passed, and a State's own word, still announce the leaving
    ("Kenya's parliament passed a bill on Tuesday to withdraw from the Rome Statute.", ("withdrawal_announced", None, "KEN", "2025-09-09")),
    ("Venezuela anunció el martes que se retira del Estatuto de Roma.", ("withdrawal_announced", None, "VEN", "2025-09-09")),
    # a trip as the topic of talks (TRIP_AS_TOPIC): a trip told, with something discussed in another clause, is still one
    ("Vladimir Putin will visit India next week, where trade will be discussed.", ("planned_visit", PUTIN, "IND", "2025-09")),
    # an intransitive "surrender" (a side giving up): a State's word that it will not hand the person over is still a refusal
    ("Sudan said on Tuesday it would not surrender Omar al-Bashir to the ICC.", ("refusal", "omar-hassan-ahmad-al-bashir", "SDN", None)),
    # a name qualifying an inquiry (RELATIONAL_AFTER): the Court's warrant for the person still fires
    ("The ICC issued a warrant for Rodrigo Duterte on Tuesday.", ("warrant_issued", "rodrigo-roa-duterte", None, "2025-09-09")),
    # a trip dated in its own phrase, then discussed, is still planned (TRIP_AS_TOPIC reads only a trip left undated)
    ("Benjamin Netanyahu's trip to Washington next week is on the agenda of the cabinet.", ("planned_visit", NETANYAHU, "USA", "2025-09")),
    # a sentence opened by a work of fiction gives nothing (extract.FICTION_FRAME); a video is no fiction
    ("In a video released on Tuesday, Vladimir Putin said he would visit India next week.", ("planned_visit", PUTIN, "IND", "2025-09")),
])
def test_the_fact_told_still_fires(spec: Any, text: str, want: tuple[Any, ...]) -> None:
    assert want in rule_candidates(spec, text, DATE)
