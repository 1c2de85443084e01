"""False positives found by written variants (session 29, issue 12; docs/monitor.md, "False positives by written variants
(session 29)").

Each sentence below names a person under an ICC warrant (a person of data/persons/) but reports no new fact, the ways real
news does: a warrant, an arrest, a surrender or a trip told in passing (with or without its date, "two years ago", "since
his arrest"), a question, a call, a wish, a denial (in English and in the other languages the monitor reads), a namesake, a
relative or agent of the person, another's trip, an anniversary, a hearing. Every candidate the rules give for one of them
is a false positive. They were written for the task, before the fixes, and run through the rules on a document dated
2025-09-10 (a Wednesday); those the rules cannot yet tell from news are marked ``xfail`` (strict: they fail the day they are
read right) with what they need. Each fix has a positive contrast below that must still fire.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from tests.monitor.probe import rule_candidates

from iccwatch.monitor import lexicon
from iccwatch.monitor.dates import find_dates
from iccwatch.monitor.documents import make_document
from iccwatch.monitor.extract import extract_candidates

DATE = "2025-09-10"
PUTIN = "vladimir-vladimirovich-putin"
NETANYAHU = "benjamin-netanyahu"
DUTERTE = "rodrigo-roa-duterte"
DELA_ROSA = "ronald-dela-rosa"

ARRESTS = [
    'The ICC, which issued a warrant for Vladimir Putin in 2023, has no police of its own.',
    "Rodrigo Duterte's arrest last year divided the Philippines.",
    'After his arrest in March, Rodrigo Duterte was flown to The Hague.',
    'Osama Elmasry Njeem, whose arrest in Turin in January caused an outcry, is back in Libya.',
    'Activists urged the police to arrest Benjamin Netanyahu if he lands in Dublin.',
    'Will Vladimir Putin be arrested if he travels to Brazil?',
    'Should he travel to South Africa, Vladimir Putin could be arrested.',
    'Human rights groups called on Mongolia to arrest Vladimir Putin.',
    'The Court asked all States parties to arrest Joseph Kony.',
    'Police denied reports that Benjamin Netanyahu had been arrested.',
    'The government refused to confirm rumours that Joseph Kony had been detained.',
    'Officials dismissed as fake news a claim that Omar al-Bashir was arrested in Khartoum.',
    'A man named Duterte was arrested in Cebu for drunk driving, police said.',
    "Paolo Duterte, the former president's son, said he feared being arrested.",
    "Rodrigo Duterte's lawyer was detained briefly at the airport on Tuesday and later released.",
    'A spokesman for Joseph Kony was arrested by Ugandan troops, the army said.',
    "The anniversary of Rodrigo Duterte's arrest was marked by rallies in Davao.",
    'Rodrigo Duterte appeared before the judges on Tuesday for the first time since his arrest.',
    'Rodrigo Duterte, who was arrested in Manila in March, appeared by video link on Friday.',
    "Critics say Benjamin Netanyahu risks arrest in any of the Court's 125 member States.",
    'Vladimir Putin, wanted by the ICC since 2023, avoided the summit.',
    'Joseph Kony, wanted by the ICC since 2005, has never been caught.',
    'The opposition demanded the arrest of Benjamin Netanyahu.',
    'Could Benjamin Netanyahu be detained on his way to Washington?',
    'If Vladimir Putin set foot in Mongolia, he would have to be arrested, the Court said.',
    'Ali Kushayb was arrested years ago and his trial has since ended.',
    'Hungary was asked whether it would arrest Benjamin Netanyahu, but gave no answer.',
    'It is unclear whether anyone will ever arrest Vladimir Putin.',
    'Police arrested dozens of protesters who demanded the arrest of Benjamin Netanyahu.',
    'Der Haftbefehl gegen Wladimir Putin wurde bereits 2023 erlassen; eine Festnahme ist nicht in Sicht.',
    "Les militants ont exhorté la police à arrêter Benjamin Netanyahou s'il se rend à Paris.",
    'Le gouvernement a démenti que Rodrigo Duterte ait été arrêté.',
    'La policía negó que Benjamin Netanyahu hubiera sido detenido.',
    'Activistas pidieron a las autoridades que detengan a Vladimir Putin si viaja a México.',
    'A polícia negou que Vladimir Putin tenha sido preso.',
    'Ativistas pediram que Vladimir Putin seja preso caso venha ao Brasil.',
    'La polizia ha smentito che Benjamin Netanyahu sia stato arrestato.',
    "Gli attivisti hanno chiesto l'arresto di Benjamin Netanyahu se arriverà a Roma.",
    'Nach seiner Festnahme im März wurde Rodrigo Duterte nach Den Haag gebracht.',
    'Menschenrechtler forderten die Festnahme von Benjamin Netanjahu.',
    'MANILA — A year after Rodrigo Duterte was arrested, his supporters rallied again. The former president is held in The Hague.',
    'Rodrigo Duterte was arrested and flown to The Hague, where he awaits trial. His lawyers say he is frail.',
    "Sara Duterte said on Tuesday her father's arrest was a kidnapping.",
    'The arrest of Rodrigo Duterte, in March last year, was the first of an Asian former head of state.',
    'Ali Kushayb fled to the Central African Republic and surrendered in 2020. His trial ended on Tuesday.',
    'No one has arrested Vladimir Putin, and no one will, the Kremlin said on Tuesday.',
    'Lawyers for Osama Elmasry Njeem said on Tuesday that his arrest in January had been unlawful.',
    'Khaled El Hishri, arrested in Berlin in July, appeared before the judges on Wednesday.',
    "Rodrigo Duterte's arrest on 11 March 2025 was broadcast live.",
    'Rodrigo Duterte was taken into custody on an ICC warrant in March. On Tuesday, his lawyers asked for his release.',
    'Police in Manila on Tuesday arrested a man who threatened the judges trying Rodrigo Duterte.',
    'Ugandan soldiers who hunted Joseph Kony for years said on Tuesday they had arrested none of his commanders.',
    'Italy arrested and then freed Osama Elmasry Njeem in January; on Tuesday, the ICC found it had failed its duties.',
    "Germany's arrest of Khaled El Hishri was hailed by rights groups as a model, one year on.",
    'Arrest Putin, protesters chanted outside the embassy on Tuesday.',
    'Philippine police said on Tuesday they were ready to arrest Ronald dela Rosa if the ICC asked.',
    'Ronald dela Rosa could be arrested any day now, his lawyer warned on Tuesday.',
    'Ronald dela Rosa has gone into hiding for fear of arrest, the Senate said on Tuesday.',
    'Rodrigo Duterte est détenu à La Haye depuis son arrestation en mars.',
    'Rodrigo Duterte fue detenido en marzo y trasladado a La Haya, donde espera su juicio.',
    'Rodrigo Duterte foi preso em março e levado para Haia, onde aguarda julgamento.',
    "Rodrigo Duterte è stato arrestato a marzo e portato all'Aia, dove attende il processo.",
    'Rodrigo Duterte wurde im März festgenommen und nach Den Haag gebracht, wo er auf seinen Prozess wartet.',
]

WARRANTS = [
    'The ICC, which issued a warrant for Vladimir Putin in 2023, has no police of its own.',
    'Vladimir Putin has been the subject of an ICC arrest warrant since March 2023.',
    'Benjamin Netanyahu, against whom the ICC issued a warrant last year, flew to Washington.',
    'The warrant issued against Joseph Kony in 2005 remains outstanding.',
    'Activists asked the ICC to issue a warrant for Min Aung Hlaing.',
    'Will the ICC issue a warrant for Min Aung Hlaing?',
    'The Prosecutor applied for a warrant for Min Aung Hlaing, and the judges have yet to decide.',
    'If the judges issue a warrant for Min Aung Hlaing, he could be arrested abroad.',
    'The ICC denied reports that it had issued a secret warrant for Benjamin Netanyahu.',
    "Officials declined to confirm whether a warrant had been issued for Yoav Gallant's aides.",
    'Israel rejected the warrants issued for Benjamin Netanyahu and Yoav Gallant as absurd.',
    "Hungary's prime minister called the warrant for Benjamin Netanyahu brazen.",
    'The anniversary of the warrant for Vladimir Putin passed without comment from the Kremlin.',
    'Russia opened a criminal case against the ICC judges who issued the warrant for Vladimir Putin.',
    'Maria Lvova-Belova, also under an ICC warrant since 2023, visited the region on Monday.',
    'Two years after the ICC issued a warrant for Vladimir Putin, he has not left friendly States.',
    'Vladimir Putin, wanted by the ICC, attended a concert in Moscow.',
    'The warrant for Omar al-Bashir was the first against a sitting head of state.',
    'A court in Manila heard a petition against the ICC warrant for Rodrigo Duterte.',
    "Benjamin Netanyahu's lawyers asked the Court to withdraw the warrant issued in November.",
    'The United States sanctioned the judges who issued the warrants for Benjamin Netanyahu and Yoav Gallant.',
    'Kremlin spokesman Dmitry Peskov called the ICC warrant for Vladimir Putin null and void.',
    'A warrant was issued on Monday for a namesake of Joseph Kony by a court in Gulu.',
    "Ugandan police issued a warrant on Tuesday for a man who claimed to be Joseph Kony's son.",
    'The ICC could issue a warrant for Min Aung Hlaing within weeks, diplomats said.',
    'Since the warrant was issued in 2023, Vladimir Putin has travelled to Mongolia and Tajikistan.',
    "The judges' decision to issue a warrant for Omar al-Bashir in 2009 angered the African Union.",
    'Should the ICC issue a warrant for Min Aung Hlaing, Bangladesh has said it would cooperate.',
    "Rumours that a warrant had been issued for Benjamin Netanyahu's ministers were denied.",
    'The Prosecutor said on Tuesday he had not requested any new warrant for Vladimir Putin.',
    "Le mandat d'arrêt émis contre Vladimir Poutine en 2023 reste en vigueur.",
    'La CPI, qui a émis un mandat contre Benjamin Netanyahou en novembre dernier, est sous pression.',
    "Des ONG ont demandé à la CPI d'émettre un mandat contre Min Aung Hlaing.",
    'La orden de arresto emitida contra Vladimir Putin en 2023 sigue vigente.',
    'La CPI, que emitió una orden de detención contra Benjamin Netanyahu el año pasado, recibió sanciones.',
    'O mandado de prisão emitido contra Vladimir Putin em 2023 continua válido.',
    "Il mandato d'arresto emesso contro Vladimir Putin nel 2023 è ancora valido.",
    'Der 2023 erlassene Haftbefehl gegen Wladimir Putin gilt weiterhin.',
    'Der IStGH, der im vergangenen Jahr einen Haftbefehl gegen Benjamin Netanjahu erließ, steht unter Druck.',
    'ICC warrant for Putin: two years on',
    'THE HAGUE — The judges who issued the warrant for Vladimir Putin said on Tuesday they would not be intimidated.',
    'The ICC issued warrants for Benjamin Netanyahu and Yoav Gallant. On Tuesday, Hungary left the Court.',
    'Vladimir Putin is wanted by the International Criminal Court on charges of deporting children.',
    'The ICC has issued an arrest warrant for Vladimir Putin, which obliges Mongolia to arrest him.',
    'An ICC arrest warrant has been issued for Benjamin Netanyahu, so he avoids European airspace.',
    'The ICC has an arrest warrant out for Benjamin Netanyahu.',
    'Vladimir Putin is subject to an ICC arrest warrant issued over the deportation of children.',
    'On Tuesday, Mongolia recalled the warrant the ICC issued for Vladimir Putin in March 2023.',
    'Ronald dela Rosa said on Tuesday he had not seen any ICC warrant issued against him.',
    'A warrant for Ronald dela Rosa may already have been issued under seal, his lawyer claimed on Tuesday.',
    "Ronald dela Rosa's lawyer said on Tuesday a warrant was issued, but the Court did not confirm it.",
    "The ICC on Tuesday rejected Israel's request to withdraw the warrants for Benjamin Netanyahu and Yoav Gallant.",
    'The ICC appeals chamber on Tuesday upheld the warrant for Benjamin Netanyahu.',
    'ICC judges on Tuesday refused to suspend the warrant for Benjamin Netanyahu.',
    'The ICC on Tuesday reminded States of the warrant issued for Vladimir Putin.',
    'Der IStGH hat am Dienstag die Staaten an den Haftbefehl gegen Wladimir Putin erinnert.',
    "La CPI a rappelé mardi aux États le mandat d'arrêt visant Vladimir Poutine.",
    'La CPI rechazó el martes la petición de Israel de retirar la orden contra Benjamin Netanyahu.',
    'O TPI rejeitou na terça-feira o pedido de Israel para retirar o mandado contra Benjamin Netanyahu.',
    'La CPI ha respinto martedì la richiesta di Israele di ritirare il mandato contro Benjamin Netanyahu.',
]

SURRENDERS = [
    'Rodrigo Duterte, who was flown to The Hague in March, appeared before the Court on Friday.',
    'The confirmation of charges hearing for Rodrigo Duterte opened in The Hague on Tuesday.',
    'Rodrigo Duterte made his first appearance before the ICC judges on Friday.',
    "The Philippines' surrender of Rodrigo Duterte last year still divides the country.",
    'Since his transfer to The Hague in March, Rodrigo Duterte has been held at Scheveningen.',
    'Activists urged Libya to hand Osama Elmasry Njeem over to the ICC.',
    'Will Hungary hand Benjamin Netanyahu over to the Court?',
    'Uganda said it would hand Joseph Kony over to the ICC if he were captured.',
    'Sudan has been asked many times to surrender Omar al-Bashir to the ICC.',
    'The Court asked Libya to surrender Saif al-Islam Gaddafi.',
    'Officials denied that Omar al-Bashir had been handed over to the ICC.',
    'Reports that Joseph Kony had surrendered were false, the army said.',
    "Rodrigo Duterte's lawyers asked the judges for his interim release.",
    "Rodrigo Duterte's daughter visited him at the detention centre in The Hague.",
    "The anniversary of Rodrigo Duterte's transfer to The Hague drew supporters to Davao.",
    'Rodrigo Duterte, detained in The Hague since March, was declared fit to stand trial.',
    'Sara Duterte flew to The Hague on Tuesday to see her father.',
    'Dominic Ongwen, who surrendered in 2015, is serving his sentence in Norway.',
    "Italy's decision to send Osama Elmasry Njeem home rather than to the ICC drew criticism.",
    'Germany could transfer Khaled El Hishri to The Hague within weeks, prosecutors said.',
    'A hearing on whether to surrender Khaled El Hishri to the ICC is set for next month.',
    "Rodrigo Duterte's spokesman said he would never surrender to the ICC.",
    "The Court's judges confirmed the charges against Rodrigo Duterte on Thursday.",
    "Rodrigo Duterte's trial is expected to open next year in The Hague.",
    'Vladimir Putin would only be handed over to The Hague if he were arrested first, lawyers noted.',
    'If Benjamin Netanyahu were arrested, he would be transferred to The Hague.',
    "Joseph Kony's former commander Dominic Ongwen was handed to the ICC a decade ago.",
    'Rodrigo Duterte appeared at the ICC on Friday, his first hearing since being handed over in March.',
    'Ali Kushayb, who surrendered to the Court in 2020, was sentenced on Tuesday.',
    'The remains of a plane that carried Rodrigo Duterte to The Hague in March were shown at a museum.',
    'Rodrigo Duterte comparece ante la CPI por primera vez desde su entrega en marzo.',
    'La audiencia de confirmación de cargos contra Rodrigo Duterte se abrió en La Haya.',
    'Rodrigo Duterte a comparu vendredi devant les juges de la CPI.',
    "L'audience de confirmation des charges de Rodrigo Duterte s'est ouverte mardi à La Haye.",
    'Des militants ont exhorté la Libye à remettre Osama Elmasry Njeem à la CPI.',
    'Rodrigo Duterte compareceu perante os juízes do TPI na sexta-feira.',
    'Rodrigo Duterte è comparso venerdì davanti ai giudici della CPI.',
    'Rodrigo Duterte erschien am Freitag zum ersten Mal vor den Richtern in Den Haag.',
    'Seit seiner Überstellung nach Den Haag im März sitzt Rodrigo Duterte in Scheveningen in Haft.',
    'Duterte in court: first ICC hearing',
    'Rodrigo Duterte, in ICC custody since March, turned 80 on Tuesday.',
    'Rodrigo Duterte was flown to The Hague last year. On Tuesday, the judges set a trial date.',
    "The judges on Tuesday postponed Rodrigo Duterte's confirmation hearing.",
    'Rodrigo Duterte appeared by video from the ICC detention centre on Tuesday.',
    'Rodrigo Duterte was brought to the courtroom on Tuesday for the hearing.',
    'Khaled El Hishri, transferred to The Hague in December, pleaded not guilty on Tuesday.',
    "Rodrigo Duterte's transfer to the ICC in March was lawful, the Supreme Court ruled on Tuesday.",
    "Rodrigo Duterte's supporters flew to The Hague on Tuesday to attend his hearing.",
    "Rodrigo Duterte's family arrived in The Hague on Tuesday for the hearing.",
    'Philippine officials said on Tuesday they would cooperate with the ICC if it sought the surrender of Ronald dela Rosa.',
    'Ronald dela Rosa said on Tuesday he would rather die than be brought to The Hague.',
    "Libya on Tuesday accepted the ICC's jurisdiction, but has not handed over Osama Elmasry Njeem.",
    'Rodrigo Duterte ist seit März in Den Haag in Haft; am Dienstag verschoben die Richter die Anhörung.',
    'Rodrigo Duterte comparaissait mardi par vidéo depuis le centre de détention de la CPI.',
    'Los seguidores de Rodrigo Duterte viajaron el martes a La Haya para asistir a la audiencia.',
]

PLANNED_VISITS = [
    'Should Vladimir Putin travel to Brazil next year, he could be arrested.',
    'Will Benjamin Netanyahu travel to Germany next month?',
    'The Kremlin denied that Vladimir Putin plans to visit South Africa in August.',
    'Vladimir Putin will not attend the summit in Johannesburg, the Kremlin said.',
    "Vladimir Putin's planned trip to Brazil was cancelled.",
    "Benjamin Netanyahu's spokesman refused to confirm whether he will travel to Hungary next week.",
    'Rumours that Vladimir Putin would visit Mongolia next month were denied by Ulaanbaatar.',
    'Activists urged Benjamin Netanyahu not to travel to Paris next week.',
    'Lula said Vladimir Putin would be arrested if he came to Rio next year.',
    "Dmitry Peskov, Vladimir Putin's spokesman, will travel to Beijing next week.",
    'Sergei Lavrov will represent Vladimir Putin at the summit in Rio next month.',
    'Vladimir Putin said he may send his foreign minister to the summit in New Delhi next month instead.',
    "Benjamin Netanyahu's wife will visit Budapest next week.",
    'Xi Jinping will visit Moscow next week, where he will meet Vladimir Putin.',
    'Narendra Modi will travel to Moscow next month to meet Vladimir Putin.',
    'Donald Trump will host Benjamin Netanyahu at the White House next week.',
    'It is not known whether Vladimir Putin will attend the BRICS summit in Brazil next year.',
    'Officials in Pretoria debated what they would do if Vladimir Putin came to the summit next month.',
    'A year ago, Vladimir Putin was due to visit Mongolia in September.',
    'Vladimir Putin was expected to attend the summit in Johannesburg in August 2023 but stayed home.',
    'Benjamin Netanyahu has no plans to visit Europe, his office said.',
    'Min Aung Hlaing may attend the summit in Kuala Lumpur next month, but nothing is confirmed.',
    'Will Putin go to Brazil? Kremlin silent on BRICS trip',
    "Vladimir Putin's invitation to the summit in Brazil next year drew protests.",
    'Hungary invited Benjamin Netanyahu to Budapest, but no date has been set.',
    'Brazil said it would arrest Vladimir Putin should he attend the summit next year.',
    'The Kremlin said on Tuesday it was too early to say whether Vladimir Putin would go to India.',
    'Vladimir Putin would like to visit Mongolia again one day, his aide said.',
    'Benjamin Netanyahu cancelled his trip to Argentina next week.',
    'Le Kremlin a démenti que Vladimir Poutine se rendra au Brésil le mois prochain.',
    'Vladimir Poutine ne participera pas au sommet de Johannesburg, a annoncé le Kremlin.',
    'Le voyage prévu de Benjamin Netanyahou à Paris a été annulé.',
    'El Kremlin negó que Vladimir Putin vaya a viajar a Brasil el próximo mes.',
    'Vladimir Putin no asistirá a la cumbre de Johannesburgo, dijo el Kremlin.',
    'O Kremlin negou que Vladimir Putin vá ao Brasil no próximo mês.',
    'Vladimir Putin não participará da cúpula no Rio, disse o Kremlin.',
    'Il Cremlino ha smentito che Vladimir Putin si recherà in Brasile il mese prossimo.',
    'Der Kreml dementierte, dass Wladimir Putin nächsten Monat nach Brasilien reisen werde.',
    'Wladimir Putin wird nicht am Gipfel in Johannesburg teilnehmen, teilte der Kreml mit.',
    'Sollte Benjamin Netanjahu nächste Woche nach Deutschland reisen, droht ihm die Festnahme.',
    'Vladimir Putin has been invited to the summit in Brazil next year, though he has not said whether he will go.',
    'Vladimir Putin could visit Mongolia next month, analysts speculated on Tuesday.',
    'Vladimir Putin is unlikely to travel to South Africa next month, officials said on Tuesday.',
    'Benjamin Netanyahu is not expected to attend the ceremony in Poland next month.',
    "Benjamin Netanyahu's route to Washington last year avoided European airspace.",
    "Vladimir Putin's aides are preparing for a summit in Alaska next week, the White House said; Kyiv objected.",
    "Vladimir Putin's foreign minister will attend the summit in Brazil next month on his behalf.",
    "Brazil wants Vladimir Putin to take part in next month's summit by video.",
    "Vladimir Putin will take part by video link in next month's summit in Rio.",
    'Vladimir Putin will address the summit in Johannesburg next month by video.',
    'Benjamin Netanyahu should not come to Germany next week, the Green party said.',
    'Vladimir Putin invited Narendra Modi to visit Moscow next month.',
    'Vladimir Putin will host Xi Jinping in Moscow next week.',
    'Wladimir Putin wird nächsten Monat per Video am Gipfel in Rio teilnehmen.',
    'Vladimir Poutine participera par vidéo au sommet de Rio le mois prochain.',
    'Vladimir Putin participará por videoconferencia en la cumbre de Río el mes próximo.',
    'Vladimir Putin vai participar por vídeo da cúpula do Rio no mês que vem.',
]

VISITS = [
    "Vladimir Putin's visit to Mongolia last year drew criticism from the ICC.",
    "A year after Vladimir Putin visited Mongolia, the Court's finding still rankles.",
    'Since his trip to Ulaanbaatar in 2024, Vladimir Putin has avoided States parties.',
    'Benjamin Netanyahu, who visited Budapest in April, is wanted by the ICC.',
    'Xi Jinping arrived in Moscow on Tuesday, where Vladimir Putin welcomed him.',
    'Narendra Modi landed in Moscow on Monday for talks with Vladimir Putin.',
    'Viktor Orbán flew to Washington on Monday to meet Donald Trump; Benjamin Netanyahu was not there.',
    "Vladimir Putin's spokesman Dmitry Peskov arrived in Beijing on Tuesday.",
    'Sergei Lavrov arrived in Rio on Tuesday to represent Vladimir Putin at the summit.',
    'Vladimir Putin took part in the summit in Johannesburg by video link on Tuesday.',
    'Vladimir Putin addressed the BRICS summit in Rio by video on Sunday.',
    'The Kremlin denied that Vladimir Putin was in Mongolia on Tuesday.',
    'Reports that Benjamin Netanyahu had landed in Cyprus were false, his office said.',
    'Vladimir Putin cancelled his visit to South Africa at the last minute.',
    "Benjamin Netanyahu's plane flew over France and Italy on Tuesday on its way to Washington.",
    'Vladimir Putin met Kim Jong Un in Moscow on Tuesday.',
    'Benjamin Netanyahu received Javier Milei in Jerusalem on Monday.',
    "Vladimir Putin's daughter attended a conference in Minsk on Tuesday.",
    'A man named Putin visited Tallinn last week, local media said.',
    'Two years ago, Vladimir Putin was in Kyrgyzstan for a summit.',
    'Vladimir Putin, who visited Mongolia in September 2024, was not arrested.',
    "The anniversary of Vladimir Putin's visit to Ulaanbaatar passed quietly.",
    "Vladimir Putin in Mongolia: the ICC's finding one year on",
    'Benjamin Netanyahu met Viktor Orbán on Tuesday by phone.',
    'Viktor Orbán, who hosted Benjamin Netanyahu in April, visited Washington on Tuesday.',
    "Maria Lvova-Belova's deputy visited Minsk on Monday.",
    "Benjamin Netanyahu's lawyer arrived in The Hague on Tuesday.",
    "Ukraine's president visited Mongolia on Tuesday, a year after Vladimir Putin did.",
    'Did Vladimir Putin fly over Poland on his way to Alaska?',
    'Vladimir Putin stayed in Moscow on Tuesday as leaders gathered in Rio.',
    'Wladimir Putin, der im vergangenen Jahr die Mongolei besuchte, wird vom IStGH gesucht.',
    'Le Kremlin a démenti que Vladimir Poutine se trouvait en Mongolie mardi.',
    'Vladimir Poutine a participé par visioconférence au sommet de Johannesburg mardi.',
    'Lavrov llegó el martes a Río en representación de Vladimir Putin.',
    'Vladimir Putin, que visitó Mongolia el año pasado, no fue detenido.',
    'Vladimir Putin participou por videoconferência da cúpula no Rio no domingo.',
    'Lavrov chegou ao Rio na terça-feira para representar Vladimir Putin.',
    'Vladimir Putin ha partecipato in videoconferenza al vertice di Johannesburg martedì.',
    'Lawrow traf am Dienstag in Rio ein, um Wladimir Putin zu vertreten.',
    'Der Kreml dementierte, dass Wladimir Putin am Dienstag in der Mongolei war.',
    'Vladimir Putin was in Mongolia last year, a trip the ICC has since ruled on.',
    'Xi Jinping visited Moscow on Tuesday for talks with Vladimir Putin.',
    'Benjamin Netanyahu welcomed Viktor Orbán in Jerusalem on Tuesday.',
    'Vladimir Putin spoke by phone with Cyril Ramaphosa on Tuesday.',
    'Vladimir Putin sent a message to the summit in Johannesburg on Tuesday.',
    "Vladimir Putin's envoy arrived in Pretoria on Tuesday.",
    'The Russian delegation, without Vladimir Putin, arrived in Rio on Tuesday.',
    "Vladimir Putin's visit to Mongolia in 2024 was on Tuesday recalled by the ICC.",
    'Vladimir Putin, in Moscow, watched the summit in Rio on Tuesday.',
    'Benjamin Netanyahu flew home from Washington on Tuesday.',
    'Vladimir Putin et Xi Jinping se sont entretenus mardi par téléphone.',
    'Xi Jinping llegó el martes a Moscú para reunirse con Vladimir Putin.',
    'Xi Jinping chegou a Moscou na terça-feira para se reunir com Vladimir Putin.',
    'Xi Jinping è arrivato martedì a Mosca per incontrare Vladimir Putin.',
    'Xi Jinping traf am Dienstag in Moskau ein, um Wladimir Putin zu treffen.',
]
#: Short documents (a headline, then the body), a third round written after the sentences above: the same, told across sentences.
DOCUMENTS = [
    ("Duterte's daughter visits him in The Hague", 'Sara Duterte flew to The Hague on Tuesday to see her father, who has been detained there since March.'),
    ('Putin skips summit', 'Vladimir Putin will not travel to Johannesburg next month. He will take part by video.'),
    (None, 'MANILA (Reuters) - Supporters of Rodrigo Duterte marked on Tuesday the first anniversary of his arrest and transfer to the International Criminal Court.'),
    ('Kony still at large', "Joseph Kony, the leader of the Lord's Resistance Army, has evaded arrest for two decades. Ugandan troops said on Tuesday they had killed three of his fighters."),
    (None, 'The ICC issued a warrant for Vladimir Putin in March 2023. He has since visited Mongolia and Tajikistan.'),
    (None, 'Hungary hosted Benjamin Netanyahu in April. On Tuesday, Viktor Orbán said Hungary was proud of it.'),
    (None, "Rodrigo Duterte's lawyers said on Tuesday he was too frail to attend his hearing. He was arrested in Manila in March and flown to The Hague the same day."),
    (None, 'Omar al-Bashir, who travelled to South Africa in 2015 without being arrested, is now in custody in Sudan.'),
    (None, 'Mongolia did not arrest Vladimir Putin during his visit last year, the ICC found in October 2024.'),
    ("ICC judges reject Duterte's bid for release", "The judges on Tuesday rejected Rodrigo Duterte's request for interim release. He has been in the Court's custody since his surrender by the Philippines."),
    (None, 'Vladimir Putin is wanted by the ICC. He has not left Russia for a State party since the warrant, except Mongolia.'),
    (None, 'The Prosecutor asked the judges on Tuesday to issue a warrant for Min Aung Hlaing. The judges have not yet decided.'),
    ('Netanyahu to visit Hungary? Budapest silent', 'Hungarian officials would neither confirm nor deny on Tuesday that Benjamin Netanyahu will visit Budapest next week.'),
    (None, "Benjamin Netanyahu's visit to Budapest in April, his first to Europe since the warrant, drew protests."),
    (None, 'Last year, Vladimir Putin travelled to Mongolia. This year he has stayed at home.'),
    (None, 'When Vladimir Putin visited Mongolia, the ICC said Mongolia should have arrested him.'),
    (None, "Vladimir Putin's arrival in Ulaanbaatar in September 2024 was a test for the Court."),
    (None, 'Rodrigo Duterte was arrested at Manila airport on 11 March 2025, his lawyers recalled on Tuesday.'),
    (None, 'Khaled El Hishri was arrested in Berlin in July, the ICC recalled on Tuesday as it set his first appearance.'),
    (None, 'Germany, which arrested Khaled El Hishri in July, handed him over to the Court in December, judges recalled on Tuesday.'),
    ('Hearing for Libyan suspect', 'Khaled El Hishri appeared before the ICC on Tuesday, months after his surrender by Germany.'),
    (None, 'Benjamin Netanyahu was expected in Budapest, but the trip never happened.'),
    (None, 'Supporters of Vladimir Putin travelled to Mongolia on Tuesday for a rally.'),
    (None, 'Relatives of Rodrigo Duterte arrived in The Hague on Tuesday.'),
    (None, "A plane carrying Benjamin Netanyahu's delegation landed in Budapest on Tuesday; he was not on board."),
    (None, 'Vladimir Putin said on Tuesday he had visited Mongolia many times.'),
    (None, 'Vladimir Putin was last in South Africa in 2018.'),
    (None, 'Omar al-Bashir visited South Africa, Jordan and Uganda during his years in power.'),
    (None, 'Joseph Kony has been sought since 2005 and was nearly captured in 2008.'),
    (None, 'Saif al-Islam Gaddafi was captured in 2011 by fighters in Zintan, who held him for years.'),
]


#: Variants the rules still read as news, and why (left; see the docs' section).
STILL_READ = {
    "The ICC has issued an arrest warrant for Vladimir Putin, which obliges Mongolia to arrest him.":
        "a warrant told in the present perfect with no day is the day's news to the rules; only the record knows it is old",
    "An ICC arrest warrant has been issued for Benjamin Netanyahu, so he avoids European airspace.":
        "a warrant told in the present perfect with no day is the day's news to the rules; only the record knows it is old",
    "A warrant for Ronald dela Rosa may already have been issued under seal, his lawyer claimed on Tuesday.":
        "a modal perfect ('may already have been issued') and a claim are not read as doubt on a warrant",
    "A year ago, Vladimir Putin was due to visit Mongolia in September.":
        "the month after the trigger is taken for the trip's, not 'a year ago' before it",
    "When Vladimir Putin visited Mongolia, the ICC said Mongolia should have arrested him.":
        "a trip in an opening 'when' clause with no day is the day's news to the rules (it is, when the document is of the trip)",
}


def _cases(texts: list[str]) -> list[Any]:
    return [pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=STILL_READ[t])) if t in STILL_READ else t for t in texts]


@pytest.mark.parametrize("text", _cases(ARRESTS))
def test_no_arrest_told(spec: Any, text: str) -> None:
    assert rule_candidates(spec, text, DATE) == []


@pytest.mark.parametrize("text", _cases(WARRANTS))
def test_no_warrant_told(spec: Any, text: str) -> None:
    assert rule_candidates(spec, text, DATE) == []


@pytest.mark.parametrize("text", _cases(SURRENDERS))
def test_no_surrender_told(spec: Any, text: str) -> None:
    assert rule_candidates(spec, text, DATE) == []


@pytest.mark.parametrize("text", _cases(PLANNED_VISITS))
def test_no_planned_visit_told(spec: Any, text: str) -> None:
    assert rule_candidates(spec, text, DATE) == []


@pytest.mark.parametrize("text", _cases(VISITS))
def test_no_visit_told(spec: Any, text: str) -> None:
    assert rule_candidates(spec, text, DATE) == []


@pytest.mark.parametrize(("title", "text"), [
    pytest.param(t, x, marks=pytest.mark.xfail(strict=True, reason=STILL_READ[x])) if x in STILL_READ else (t, x) for t, x in DOCUMENTS])
def test_no_fact_in_the_document(spec: Any, title: str | None, text: str) -> None:
    doc = make_document(text, title=title, date=DATE)
    assert [(c.type, c.person) for c in extract_candidates(doc, spec, mode="rules")] == []


def test_variants_are_many_per_type() -> None:
    # the task's ~40 variants for each type, some in the other languages
    for texts in (ARRESTS, WARRANTS, SURRENDERS, PLANNED_VISITS, VISITS):
        assert len(texts) >= 30 and len(set(texts)) == len(texts)


# --- contrasts: the same wordings telling a fact still fire, one for each fix -----------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    # a yes/no question is no fact; the statement is
    ("Benjamin Netanyahu will travel to Germany next month.", ("planned_visit", NETANYAHU, "DEU", "2025-10")),
    # "since his arrest" with no day of its own is background; with its own day it is read
    ("Rodrigo Duterte has been held since his arrest on Tuesday in Manila.", ("arrest", DUTERTE, "PHL", "2025-09-09")),
    ("Hours after his arrest on Tuesday, Rodrigo Duterte was flown to The Hague.", ("arrest", DUTERTE, None, "2025-09-09")),
    # "no one arrested X" is none; "police arrested X" is one
    ("Police arrested Vladimir Putin on Tuesday.", ("arrest", PUTIN, None, "2025-09-09")),
    # a custody "since" goes on; "now in ICC custody" is the handover
    ("Rodrigo Duterte is now in ICC custody.", ("surrender", DUTERTE, None, DATE)),
    # "would rather die than be brought" is none; "was brought" is one
    ("Ronald dela Rosa was brought to The Hague on Tuesday.", ("surrender", DELA_ROSA, None, "2025-09-09")),
    # a trip or an arrest denied in another language is none; told, it is read (and 'next month' is the next month's,
    # relative_periods, session 29)
    ("Vladimir Poutine se rendra au Brésil le mois prochain.", ("planned_visit", PUTIN, "BRA", "2025-10")),
    ("Vladimir Putin si recherà in Brasile il mese prossimo.", ("planned_visit", PUTIN, "BRA", "2025-10")),
    ("Vladimir Putin viajará a Brasil el próximo mes.", ("planned_visit", PUTIN, "BRA", "2025-10")),
    ("Wladimir Putin wird nächsten Monat nach Brasilien reisen.", ("planned_visit", PUTIN, "BRA", "2025-10")),
    ("Benjamin Netanyahu è stato arrestato martedì.", ("arrest", NETANYAHU, None, "2025-09-09")),
    # a trip counted back in days keeps its day (years now give a year, dropped as past)
    ("Vladimir Putin visited Mongolia three days ago.", ("visit", PUTIN, "MNG", "2025-09-07")),
    # a namesake introduced as "a man named" is someone else; the person named in full after is read
    ("A man named Putin visited Tallinn last week. Vladimir Putin visited Mongolia on Tuesday.", ("visit", PUTIN, "MNG", "2025-09-09")),
    # the person's wife travelling alone is no trip of the person's; the two together are
    ("Benjamin Netanyahu and his wife will visit Budapest next week.", ("planned_visit", NETANYAHU, "HUN", "2025-09")),
    # a name inside another's relative clause is not the traveller; the traveller's own relative clause leaves him so
    ("Benjamin Netanyahu, who is wanted by the ICC, visited Budapest on Tuesday.", ("visit", NETANYAHU, "HUN", "2025-09-09")),
    ("Mongolia's president hosted Vladimir Putin in Ulaanbaatar on Monday.", ("visit", PUTIN, "MNG", "2025-09-08")),
    # a trip wished for or asked of the person is none; one scheduled, or the purpose of a trip made, is read
    ("Benjamin Netanyahu is scheduled to visit Washington next week.", ("planned_visit", NETANYAHU, "USA", "2025-09")),
    ("Vladimir Putin flew to Mongolia on Tuesday to visit the memorial.", ("visit", PUTIN, "MNG", "2025-09-09")),
    # trips of a habit ("had visited Mongolia many times") are none; one trip, then another clause's habit, is read
    ("Vladimir Putin arrived in Mongolia on Tuesday for talks he has held there several times.", ("visit", PUTIN, "MNG", "2025-09-09")),
    ("Omar al-Bashir visited South Africa on Sunday, his first trip in months.", ("visit", "omar-hassan-ahmad-al-bashir", "ZAF", "2025-09-07")),
    # a trip recalled by the time since it is none; a trip dated, then the time since another act, is read
    ("Vladimir Putin visited Mongolia on Tuesday, a year after the ICC issued a warrant.", ("visit", PUTIN, "MNG", "2025-09-09")),
    # a German warrant dated 'bereits 2023' is old; one dated by its day is news
    ("Der IStGH hat am Dienstag einen Haftbefehl gegen Wladimir Putin erlassen.", ("warrant_issued", PUTIN, None, "2025-09-09")),
])
def test_the_fact_told_still_fires(spec: Any, text: str, want: tuple[Any, ...]) -> None:
    assert want in rule_candidates(spec, text, DATE)


@pytest.mark.parametrize(("language", "text", "want"), [
    (None, "He left two years ago.", ("2023", None)),
    (None, "He left a year ago.", ("2024", None)),
    (None, "He left eleven months ago.", ("2024-10", None)),
    (None, "He left a few years ago.", ("2015", "2024-12-31")),
    ("fr", "Il est parti il y a deux ans.", ("2023", None)),
    ("es", "Se fue hace dos años.", ("2023", None)),
    ("de", "Er reiste vor zwei Jahren ab.", ("2023", None)),
    ("it", "È partito due anni fa.", ("2023", None)),
    ("pt", "Ele partiu há dois anos.", ("2023", None)),
    ("de", "Der Haftbefehl wurde bereits 2023 erlassen.", ("2023", None)),
    ("fr", "Le mandat a été émis fin 2023.", ("2023", None)),
])
def test_years_counted_back_give_a_year(spec: Any, language: str | None, text: str, want: tuple[str, str | None]) -> None:
    words = spec.lexicon["languages"][language] if language else None
    with lexicon.reading(words):
        assert want in [(f.date, f.end_date) for f in find_dates(text, dt.date(2025, 9, 10), True)]
